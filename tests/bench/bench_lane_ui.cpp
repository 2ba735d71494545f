// The lane window's scan path: a keyboard-wedge scan typed into the real
// LaneWindow (spontaneous key events, as from the window system, so the
// WedgeScanFilter takes the burst for a scan) until the basket view has
// painted the new line. Beside it, in turns in the same run: the same keys
// typed into a bare QLineEdit whose Enter appends a row to a QTableView (what
// Qt and the X server cost by themselves), and a bare prepared SQLite look-up
// of the same barcode (what the database costs). A new sale starts every
// --basket scans (the old one is voided). Figures are printed, never asserted.
// Both windows run under the lane's theme (an application-wide style sheet);
// --theme none shows what the theme itself costs.
//   bench_lane_ui [--items N] [--scans N] [--basket N] [--work DIR] [--show-on auto|xvfb|offscreen] [--theme NAME|none]
#include "app/ui/basket_model.h"
#include "app/ui/error_banner.h"
#include "app/ui/lane_window.h"
#include "app/ui/sale_page.h"
#include "app/ui/theme.h"
#include "app/ui/wedge_scan_filter.h"
#include "core/catalogue/catalogue.h"
#include "core/lane/lane_services.h"
#include "core/sale/sale_session.h"
#include "core/settings/settings.h"
#include "core/staff/role.h"
#include "tests/bench/bench_lane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <sqlite3.h>

using namespace retailos;
using bench::Clock;
using bench::die;
using bench::must;

namespace {

// Counts paint events of one widget once armed (armed when the model has
// inserted the row the scan should show).
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget *watched) : m_watched(watched) { watched->installEventFilter(this); }
    ~PaintProbe() override
    {
        if (m_watched)
            m_watched->removeEventFilter(this);
    }

    void reset()
    {
        armed = false;
        painted = false;
    }
    bool armed = false;
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && armed && watched == m_watched)
            painted = true;
        return false;
    }

private:
    QPointer<QWidget> m_watched;
};

// Types `code` + Enter into `target` as window-system keys, then runs the
// event loop until the probe's widget has painted the new row. Returns
// {total µs, µs spent in the Enter key (scan handled, line in the model)}.
std::pair<double, double> typeAndWaitForPaint(QWidget *target, const QString &code, PaintProbe &probe, const char *what)
{
    probe.reset();
    const auto start = Clock::now();
    QTest::keyClicks(target, code);
    const auto enter = Clock::now();
    QTest::keyClick(target, Qt::Key_Return);
    const double enterMicros = bench::microsSince(enter);
    if (!probe.armed)
        die(QString::fromLatin1(what) + u": no row was inserted for "_qs + code + u" (an error, a dialog?)"_qs);
    const auto deadline = start + std::chrono::seconds(10);
    while (!probe.painted) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (Clock::now() > deadline)
            die(QString::fromLatin1(what) + u": the new row was not painted within 10 s"_qs);
    }
    const double total = bench::microsSince(start);
    // Whatever else the scan left queued runs now, outside the timing.
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    return {total, enterMicros};
}

// show() → the window's first paint done (what `retailos ui --exit-when-ready`
// does not wait for: it prints its ready line before the first paint).
double showUntilPainted(QWidget &window, const char *what)
{
    PaintProbe probe(&window);
    probe.armed = true;
    const auto start = Clock::now();
    window.show();
    const auto deadline = start + std::chrono::seconds(10);
    while (!probe.painted) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (Clock::now() > deadline)
            die(QString::fromLatin1(what) + u": not painted within 10 s of show()"_qs);
    }
    return bench::microsSince(start);
}

void drain()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

struct Code
{
    QString scanned;   // as the scanner types it (EAN-13 / UPC-A)
    QByteArray key;    // as stored (GTIN-14)
};

// Distinct items sold by the piece with no age limit (a weighed or an
// age-restricted item opens a dialog), read from the replica itself.
QList<Code> sampleCodes(sqlite3 *db, int count, quint32 seed)
{
    sqlite3_stmt *maxId = nullptr;
    sqlite3_prepare_v2(db, "SELECT max(id) FROM products", -1, &maxId, nullptr);
    if (sqlite3_step(maxId) != SQLITE_ROW)
        die(u"empty catalogue"_qs);
    const qint64 top = sqlite3_column_int64(maxId, 0);
    sqlite3_finalize(maxId);
    sqlite3_stmt *pick = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT b.code FROM product_barcodes b JOIN products p ON p.id = b.product_id "
                       "WHERE b.product_id = ?1 AND p.unit = 'each' AND p.age_limit = 0 AND p.active = 1 "
                       "AND substr(b.code, 1, 1) = '0' LIMIT 1",
                       -1, &pick, nullptr);
    QRandomGenerator rng(seed);
    QSet<qint64> used;
    QList<Code> codes;
    for (int attempts = 0; codes.size() < count; ++attempts) {
        if (attempts > count * 50)
            die(u"too few plain items in the catalogue for the scans asked for"_qs);
        const qint64 id = 1 + qint64(rng.bounded(quint64(top)));
        if (used.contains(id))
            continue;
        sqlite3_bind_int64(pick, 1, id);
        if (sqlite3_step(pick) == SQLITE_ROW) {
            used.insert(id);
            const QByteArray key(reinterpret_cast<const char *>(sqlite3_column_text(pick, 0)));
            const QString gtin14 = QString::fromLatin1(key);
            codes.append({gtin14.mid(gtin14.startsWith(u"00") ? 2 : 1), key});
        }
        sqlite3_reset(pick);
    }
    sqlite3_finalize(pick);
    return codes;
}

// The reference window: a line edit whose Enter appends a row to a table.
class BareWindow : public QWidget
{
public:
    BareWindow()
    {
        auto *layout = new QVBoxLayout(this);
        m_model.setColumnCount(5);
        m_view = new QTableView(this);
        m_view->setModel(&m_model);
        m_view->verticalHeader()->hide();
        m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_view->setFocusPolicy(Qt::NoFocus);
        m_edit = new QLineEdit(this);
        layout->addWidget(m_view, 1);
        layout->addWidget(m_edit);
        connect(m_edit, &QLineEdit::returnPressed, this, [this] {
            const QString code = m_edit->text();
            m_edit->clear();
            m_model.appendRow({new QStandardItem(u"Item "_qs + code), new QStandardItem(u"1"_qs),
                               new QStandardItem(u"1,99"_qs), new QStandardItem(), new QStandardItem(u"1,99"_qs)});
            m_view->selectRow(m_model.rowCount() - 1);
            m_view->scrollToBottom();
        });
    }
    QLineEdit *edit() const { return m_edit; }
    QTableView *view() const { return m_view; }
    QStandardItemModel *model() { return &m_model; }

private:
    QStandardItemModel m_model;
    QTableView *m_view = nullptr;
    QLineEdit *m_edit = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    // The X server first: no threads may exist when it is forked, and the
    // application needs its platform before it is built.
    const bench::BenchDisplay display = bench::startDisplay(bench::showOnArgument(argc, argv));
    qputenv("QT_QPA_PLATFORM", display.platform.toLatin1());
    if (display.platform == u"xcb")
        qputenv("DISPLAY", display.display.toLatin1());
    // The user's configuration and data stay untouched.
    QTemporaryDir home;
    qputenv("RETAILOS_CONFIG", QFile::encodeName(home.path() + u"/retailos.json"));
    qputenv("RETAILOS_DATA_DIR", QFile::encodeName(home.path() + u"/data"));
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home.path()));

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_lane_ui"_qs);
    QCommandLineParser parser;
    QCommandLineOption itemsOpt(u"items"_qs, u"Catalogue size."_qs, u"n"_qs, u"1000000"_qs);
    QCommandLineOption scansOpt(u"scans"_qs, u"Scans to time."_qs, u"n"_qs, u"1000"_qs);
    QCommandLineOption basketOpt(u"basket"_qs, u"Lines per sale."_qs, u"n"_qs, u"50"_qs);
    QCommandLineOption workOpt(u"work"_qs, u"Folder for the replica (kept between runs)."_qs, u"dir"_qs);
    QCommandLineOption showOnOpt(u"show-on"_qs, u"auto (Xvfb if it starts), xvfb or offscreen."_qs, u"where"_qs,
                                 u"auto"_qs);
    QCommandLineOption themeOpt(u"theme"_qs, u"The lane theme, or none."_qs, u"name"_qs, u"default"_qs);
    parser.addOptions({itemsOpt, scansOpt, basketOpt, workOpt, showOnOpt, themeOpt});
    parser.process(app);
    const qint64 items = parser.value(itemsOpt).toLongLong();
    const int scans = parser.value(scansOpt).toInt();
    const int basket = std::max(1, parser.value(basketOpt).toInt());
    const QString theme = parser.value(themeOpt);
    QTemporaryDir tmp;
    const QString work = parser.isSet(workOpt) ? parser.value(workOpt) : tmp.path();
    QDir().mkpath(work);

    // The replica bench_lane_start opens, with the lane key `retailos ui` keeps beside it.
    const QString path = work + u"/lane-ui-" + QString::number(items) + u".db";
    bench::ensureLaneReplica(path, items);
    LaneOptions options = LaneOptions::fromSettings(Settings::defaults());
    options.databasePath = path;
    options.keyPath = QFileInfo(path).absolutePath() + u"/lane-key.pem";
    auto lane = must(LaneServices::open(options), "lane");
    // A supervisor may void the sale every --basket scans without an approval.
    if (!lane->staff().findByCode(u"7101"))
        must(lane->staff().createUser({u"7101"_qs, u"Bench Supervisor"_qs, {RoleId::Supervisor.toString()}, QString()},
                                      u"2468", lane->now()),
             "staff");
    must(lane->signIn(u"7101", u"2468"), "sign in");
    SaleSession &session = lane->session();
    if (session.hasOpenSale())
        must(session.voidSale(u"customer_left"_qs), "void the restored basket");

    // Scan codes, and the bare look-up of the same codes.
    const int warm = std::min(scans, 2 * basket);
    const QList<Code> codes = sampleCodes(lane->database().handle(), scans + warm, 17);
    sqlite3_stmt *bare = nullptr;
    sqlite3_prepare_v2(lane->database().handle(), "SELECT product_id FROM product_barcodes WHERE code = ?1", -1, &bare,
                       nullptr);
    auto bareLookup = [&](const QByteArray &key) {
        const auto start = Clock::now();
        sqlite3_bind_text(bare, 1, key.constData(), int(key.size()), SQLITE_STATIC);
        if (sqlite3_step(bare) != SQLITE_ROW)
            die(u"bare look-up missed "_qs + QString::fromLatin1(key));
        sqlite3_reset(bare);
        return bench::microsSince(start);
    };

    // The lane window as `retailos ui` builds it, and the bare window beside it.
    QLocale::setDefault(options.locale);
    if (theme != u"none")
        must(ui::applyTheme(app, theme), "theme");   // application-wide, so the bare window has it too
    ui::LaneWindowOptions windowOptions;
    ui::LaneWindow window(*lane, options.locale, windowOptions);
    // Shown first, so the lane window does not pay for Qt's first paint
    // (fonts, glyph caches) alone.
    BareWindow bareWindow;
    bareWindow.resize(window.sizeHint().expandedTo(window.minimumSize()));
    bareWindow.move(bareWindow.width() + 16, 0);
    const double bareShowMicros = showUntilPainted(bareWindow, "bare window");
    window.move(0, 0);
    const double laneShowMicros = showUntilPainted(window, "lane window");
    bareWindow.resize(window.size());
    if (!QTest::qWaitForWindowExposed(&window) || !QTest::qWaitForWindowExposed(&bareWindow))
        die(u"the windows were not exposed"_qs);
    window.activateWindow();
    const bool active = QTest::qWaitForWindowActive(&window, 2000);
    drain();

    ui::SalePage *page = window.salePage();
    if (window.currentPage() != page)
        die(u"the lane window is not selling (signed in?)"_qs);
    auto *scanInput = window.findChild<QLineEdit *>(u"scanInput"_qs);
    QWidget *laneTarget = QApplication::focusWidget();
    if (!laneTarget || laneTarget->window() != &window)
        laneTarget = scanInput;   // the window is not active (no window manager)
    if (!laneTarget)
        die(u"no scan input in the lane window"_qs);

    PaintProbe laneProbe(page->basketView()->viewport());
    QObject::connect(page->basketModel(), &QAbstractItemModel::rowsInserted, &laneProbe, [&] { laneProbe.armed = true; });
    PaintProbe bareProbe(bareWindow.view()->viewport());
    QObject::connect(bareWindow.model(), &QAbstractItemModel::rowsInserted, &bareProbe, [&] { bareProbe.armed = true; });

    QList<double> laneTimes, laneEnter, bareQtTimes, bareDbTimes;
    auto newSale = [&] {
        if (session.hasOpenSale())
            must(session.voidSale(u"customer_left"_qs), "void sale");
        bareWindow.model()->setRowCount(0);
        drain();
    };
    auto oneScan = [&](const Code &code, bool timed) {
        if (session.sale().lines.size() >= basket)
            newSale();
        const double db = bareLookup(code.key);
        // The wedge filter is application-wide: off while typing into the bare window.
        window.wedge()->setEnabled(false);
        const auto qt = typeAndWaitForPaint(bareWindow.edit(), code.scanned, bareProbe, "bare window");
        window.wedge()->setEnabled(true);
        const qsizetype before = session.sale().lines.size();
        const auto inLane = typeAndWaitForPaint(laneTarget, code.scanned, laneProbe, "lane window");
        if (session.sale().lines.size() != before + 1)
            die(u"the scan of "_qs + code.scanned + u" did not add a line: "_qs + page->banner()->text());
        if (!timed)
            return;
        bareDbTimes.append(db);
        bareQtTimes.append(qt.first);
        laneTimes.append(inLane.first);
        laneEnter.append(inLane.second);
    };
    // One warm basket for both paths, as a lane that has been selling a while.
    for (int i = 0; i < warm; ++i)
        oneScan(codes.at(scans + i), false);
    newSale();
    for (int i = 0; i < scans; ++i)
        oneScan(codes.at(i), true);
    newSale();
    sqlite3_finalize(bare);

    const QString platform = display.describe() + (active ? QString() : u", window not active"_qs);
    const QJsonObject on{{u"platform"_qs, platform},
                         {u"theme"_qs, theme},
                         {u"scans"_qs, scans},
                         {u"basket"_qs, basket}};
    const QString b = u"lane_ui"_qs;
    for (double p : {50.0, 99.0}) {
        const QString suffix = p == 50.0 ? u"p50"_qs : u"p99"_qs;
        bench::printFigure({b, u"scan_to_paint_"_qs + suffix, bench::percentile(laneTimes, p), u"us"_qs,
                            u"bare_qt_lineedit_to_paint_"_qs + suffix, bench::percentile(bareQtTimes, p),
                            p == 99.0 ? u"p99 <= 16000 us (one frame)"_qs : QString()},
                           on);
    }
    for (double p : {50.0, 99.0}) {
        const QString suffix = p == 50.0 ? u"p50"_qs : u"p99"_qs;
        bench::printFigure({b, u"scan_enter_to_line_"_qs + suffix, bench::percentile(laneEnter, p), u"us"_qs,
                            u"bare_sqlite_lookup_"_qs + suffix, bench::percentile(bareDbTimes, p), QString()},
                           on);
    }
    bench::printFigure({b, u"scan_to_paint_max"_qs, bench::percentile(laneTimes, 100), u"us"_qs,
                        u"bare_qt_lineedit_to_paint_max"_qs, bench::percentile(bareQtTimes, 100), QString()},
                       on);
    bench::printFigure({b, u"window_show_to_painted"_qs, laneShowMicros, u"us"_qs, u"bare_window_show_to_painted"_qs,
                        bareShowMicros, QString()},
                       on);
    bench::printFigure({b, u"catalogue_items"_qs, double(lane->catalogue().productCount().value_or(0)), u"items"_qs,
                        QString(), 0, QString()},
                       on);

    // Leave the replica as found: no open sale, nobody signed in.
    (void)lane->signOut();
    bareWindow.close();
    window.close();
    return 0;   // the X server stops at exit, after the application
}
