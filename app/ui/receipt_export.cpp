// Receipts saved as text and PDF (see receipt_export.h).
#include "app/ui/receipt_export.h"

#include "core/sale/receipt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace retailos::ui {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptExport)
};

constexpr int kColumns = 42;            // as on 80 mm paper
constexpr double kPageWidthMm = 80.0;
constexpr double kMarginMm = 4.0;

Result<QString> prepare(const QString &directory, const QString &name)
{
    if (directory.isEmpty() || !QDir().mkpath(directory))
        return fail(u"receipt.save"_qs, ExportText::tr("The receipts folder %1 cannot be created.").arg(directory));
    return QDir(directory).filePath(name);
}

} // namespace

QString receiptFileName(const ReceiptDocument &receipt, const QString &laneId, const QString &suffix)
{
    return QStringLiteral("receipt-%1-%2%3.%4")
        .arg(laneId)
        .arg(receipt.receiptNumber, 6, 10, QLatin1Char('0'))
        .arg(receipt.copy ? u"-copy"_qs : QString(), suffix);
}

Result<QString> saveReceiptText(const ReceiptDocument &receipt, const QString &laneId, const QString &directory)
{
    auto path = prepare(directory, receiptFileName(receipt, laneId, u"txt"_qs));
    if (!path)
        return path;
    // QSaveFile: a full disk never leaves half a receipt behind.
    QSaveFile file(*path);
    const QByteArray text = renderReceiptText(receipt, kColumns).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(u"receipt.save"_qs, ExportText::tr("The receipt could not be saved as %1: %2").arg(*path, file.errorString()));
    return path;
}

Result<QString> saveReceiptPdf(const ReceiptDocument &receipt, const QString &laneId, const QString &directory)
{
    auto path = prepare(directory, receiptFileName(receipt, laneId, u"pdf"_qs));
    if (!path)
        return path;
    const QStringList lines = renderReceiptText(receipt, kColumns).split(u'\n');

    QFont mono(u"DejaVu Sans Mono"_qs);
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(7.5);   // 42 columns in the 72 mm between the margins
    constexpr int dpi = 300;
    const auto mmToPx = [](double mm) { return mm / 25.4 * dpi; };

    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"receipt.save"_qs, ExportText::tr("The receipt could not be saved as %1: %2").arg(*path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(dpi);
        pdf.setTitle(ExportText::tr("Receipt %1").arg(receipt.receiptNumber));
        pdf.setCreator(u"Retail OS"_qs);
        // One page as long as the receipt, measured in the writer's own dots.
        const QFontMetricsF metrics(mono, &pdf);
        const double step = metrics.lineSpacing() * 1.05;
        const double heightMm = 2 * kMarginMm + double(std::max<qsizetype>(lines.size(), 1)) * step / dpi * 25.4;
        pdf.setPageSize(QPageSize(QSizeF(kPageWidthMm, heightMm), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        if (!painter.isActive())
            return fail(u"receipt.save"_qs, ExportText::tr("The receipt could not be drawn as a PDF."));
        painter.setFont(mono);
        double y = mmToPx(kMarginMm) + metrics.ascent();
        for (const QString &line : lines) {
            painter.drawText(QPointF(mmToPx(kMarginMm), y), line);
            y += step;
        }
    }
    if (!file.commit())
        return fail(u"receipt.save"_qs, ExportText::tr("The receipt could not be saved as %1: %2").arg(*path, file.errorString()));
    return path;
}

} // namespace retailos::ui
