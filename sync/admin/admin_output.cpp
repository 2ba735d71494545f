// retailos-admin output (see admin_output.h).
#include "sync/admin/admin_output.h"

#include "core/csv/csv_reader.h"
#include "core/money/money.h"
#include "sync/admin/admin_requests.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace retailos::admin {

namespace {

struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(RetailosAdmin)
};

using sync::json::Value;

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString textOf(const Value &v)
{
    if (!v.exists() || v.isNull())
        return {};
    if (v.isString())
        return q(v.toString());
    if (v.isInt())
        return QString::number(v.toInt());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    return q(v.dump());
}

QString intOf(const Value &v)
{
    return v.isInt() ? QString::number(v.toInt()) : QStringLiteral("-");
}

QString moneyOf(const Value &amount, const QString &currencyCode)
{
    if (!amount.isInt())
        return {};
    auto currency = Currency::fromCode(currencyCode);
    if (!currency)
        return QString::number(amount.toInt());   // minor units of an unknown currency: at least exact
    return Money(amount.toInt(), *currency).toDecimalString();
}

} // namespace

ApiError readApiError(int status, std::string_view body)
{
    ApiError e;
    e.status = status;
    std::string why;
    auto doc = sync::json::Document::parse(body, &why);
    const Value error = doc ? doc->root().member("error") : Value();
    if (!error.isObject() || !error.member("code").isString()) {
        e.code = QStringLiteral("bad_response");
        e.message = AdminText::tr("the server answered HTTP %1 without the protocol's error body").arg(status);
        return e;
    }
    e.code = q(error.member("code").toString());
    e.message = q(error.member("message").toString());
    e.requestId = q(error.member("request_id").toString());
    const Value details = error.member("details");
    if (details.isObject()) {
        if (details.member("array").isString())
            e.detailsArray = q(details.member("array").toString());
        if (details.member("index").isInt())
            e.detailsIndex = details.member("index").toInt();
        if (details.member("field").isString())
            e.detailsField = q(details.member("field").toString());
    }
    return e;
}

QString csvColumnOf(const QString &fieldPath)
{
    // The last member name of the path: "products[3].barcodes[0]" → "barcodes".
    static const QRegularExpression member(QStringLiteral("([a-z_]+)(\\[\\d+\\])*$"));
    const auto m = member.match(fieldPath);
    const QString name = m.hasMatch() ? m.captured(1) : fieldPath;
    static const QHash<QString, QString> columns{
        {QStringLiteral("department_id"), QStringLiteral("department")},
        {QStringLiteral("tax_class_id"), QStringLiteral("tax_class")},
        {QStringLiteral("amount"), QStringLiteral("price")},
        {QStringLiteral("effective_from"), QStringLiteral("price_from")},
        {QStringLiteral("effective_to"), QStringLiteral("price_to")},
        {QStringLiteral("store_id"), QStringLiteral("store")},
        {QStringLiteral("id"), QStringLiteral("department")},
    };
    return columns.value(name, name);
}

QString describeApiError(const ApiError &error, const RecordBatch *batch)
{
    QString where;
    if (batch && error.detailsIndex && (error.detailsArray.isEmpty() || error.detailsArray == batch->array)
        && *error.detailsIndex >= 0 && size_t(*error.detailsIndex) < batch->lines.size()) {
        const qint64 line = batch->lines[size_t(*error.detailsIndex)];
        where = error.detailsField.isEmpty()
                    ? AdminText::tr("line %1: ").arg(line)
                    : AdminText::tr("line %1, %2: ").arg(line).arg(csvColumnOf(error.detailsField));
    } else if (!error.detailsField.isEmpty()) {
        where = error.detailsField + QStringLiteral(": ");
    }
    QString text = AdminText::tr("error: %1%2 (%3, HTTP %4").arg(where, error.message, error.code).arg(error.status);
    if (!error.requestId.isEmpty())
        text += AdminText::tr(", request %1").arg(error.requestId);
    text += u')';
    return text;
}

QString describeTransportError(const sync::HttpsError &error)
{
    const QString reason = q(error.message);
    const std::string_view code = error.code;
    namespace e = sync::https_error;
    if (code == e::TlsVerifyFailed)
        return AdminText::tr("the server's certificate is not trusted: %1\n"
                             "Give the CA that signed it with --ca-file, and use the host name the certificate "
                             "names in --server. Nothing was sent.").arg(reason);
    if (code == e::PinMismatch)
        return AdminText::tr("the server's certificate key does not match --pin: %1\n"
                             "Either the server's key was replaced (ask its operator for the new pin) or this "
                             "is not your server. Nothing was sent.").arg(reason);
    if (code == e::ConnectFailed)
        return AdminText::tr("cannot reach the server: %1\nCheck --server (host and port) and the network.").arg(reason);
    if (code == e::Timeout)
        return AdminText::tr("the server did not answer in time: %1\n"
                             "A write may or may not have been applied; running the same command again is safe.")
            .arg(reason);
    if (code == e::RedirectRefused)
        return AdminText::tr("the server answered with a redirect, which is never followed: %1\n"
                             "Put the server's real address in --server.").arg(reason);
    if (code == e::ResponseTooLarge)
        return AdminText::tr("the server's answer was too large: %1").arg(reason);
    if (code == e::InvalidConfig)
        return AdminText::tr("cannot use these settings: %1").arg(reason);
    return AdminText::tr("the server's answer was broken: %1").arg(reason);
}

QString formatIssue(const ImportIssue &issue)
{
    return issue.column.isEmpty() ? AdminText::tr("line %1: %2").arg(issue.line).arg(issue.message)
                                  : AdminText::tr("line %1, %2: %3").arg(issue.line).arg(issue.column, issue.message);
}

QString groupEnrolmentCode(const QString &code)
{
    QString plain;
    for (const QChar c : code) {
        if (c != u'-' && !c.isSpace())
            plain += c.toUpper();
    }
    QString grouped;
    for (qsizetype i = 0; i < plain.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped += u'-';
        grouped += plain.mid(i, 4);
    }
    return grouped;
}

QString formatUtc(std::optional<qint64> ms)
{
    if (!ms)
        return AdminText::tr("never");
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString formatOffset(qint64 ms)
{
    const qint64 magnitude = ms < 0 ? -ms : ms;
    const QString sign = ms > 0 ? QStringLiteral("+") : ms < 0 ? QStringLiteral("-") : QString();
    if (magnitude < 1000)
        return sign + QString::number(magnitude) + QStringLiteral(" ms");
    // Tenths of a second without floating point.
    const qint64 tenths = (magnitude + 50) / 100;
    return sign + QString::number(tenths / 10) + u'.' + QString::number(tenths % 10) + QStringLiteral(" s");
}

// Columns padded to their widest cell, two spaces apart; the first row is the header.
QString plainTable(const QList<QStringList> &rows)
{
    const QStringList &header = rows.first();
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c + 1 < row.size())
                line += row[c].leftJustified(widths[c]) + QStringLiteral("  ");
            else
                line += row[c];
        }
        out += line.trimmed() + u'\n';
    }
    return out;
}

QString terminalsTable(const Value &terminals)
{
    const QStringList header{
        AdminText::tr("terminal"), AdminText::tr("store"), AdminText::tr("lane"), AdminText::tr("name"),
        AdminText::tr("state"), AdminText::tr("last contact"), AdminText::tr("software"), AdminText::tr("clock offset"),
        AdminText::tr("acked"), AdminText::tr("outbox head"), AdminText::tr("unacked"), AdminText::tr("rejected"),
        AdminText::tr("held"), AdminText::tr("conflicts"), AdminText::tr("lag")};
    QList<QStringList> rows{header};
    for (std::size_t i = 0; i < terminals.size(); ++i) {
        const Value t = terminals[i];
        const Value contact = t.member("last_contact_at");
        const Value offset = t.member("clock_offset_ms");
        QStringList lag;
        const Value lags = t.member("lag");
        if (lags.isObject()) {
            for (std::string_view scope : lags.keys())
                lag.append(q(scope) + u' ' + intOf(lags.member(scope)));
        }
        rows.append(QStringList{
            textOf(t.member("terminal_id")), textOf(t.member("store_id")), textOf(t.member("lane_id")),
            textOf(t.member("name")), textOf(t.member("state")),
            formatUtc(contact.isInt() ? std::optional<qint64>(contact.toInt()) : std::nullopt),
            t.member("software").isString() ? textOf(t.member("software")) : QStringLiteral("-"),
            offset.isInt() ? formatOffset(offset.toInt()) : QStringLiteral("-"),
            intOf(t.member("acked_through")), intOf(t.member("outbox_head")), intOf(t.member("unacked")),
            intOf(t.member("rejected_count")), intOf(t.member("held_count")), intOf(t.member("conflicts")),
            lag.isEmpty() ? QStringLiteral("-") : lag.join(QStringLiteral(", "))});
    }
    QString out = plainTable(rows);
    if (terminals.size() == 0)
        out += AdminText::tr("(no terminals)") + u'\n';
    return out;
}

QString eventsTable(const Value &events)
{
    QList<QStringList> rows{{AdminText::tr("received"), AdminText::tr("store"), AdminText::tr("lane"), AdminText::tr("seq"),
                             AdminText::tr("type"), AdminText::tr("status"), AdminText::tr("code"), AdminText::tr("message")}};
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Value e = events[i];
        const Value at = e.member("received_at");
        rows.append({formatUtc(at.isInt() ? std::optional<qint64>(at.toInt()) : std::nullopt), textOf(e.member("store_id")),
                     textOf(e.member("lane_id")), intOf(e.member("seq")), textOf(e.member("type")),
                     textOf(e.member("status")), textOf(e.member("code")), textOf(e.member("message"))});
    }
    return plainTable(rows);
}

QString flagsTable(const Value &flags)
{
    QList<QStringList> rows{{AdminText::tr("raised"), AdminText::tr("store"), AdminText::tr("flag"), AdminText::tr("subject"),
                             AdminText::tr("detail")}};
    for (std::size_t i = 0; i < flags.size(); ++i) {
        const Value f = flags[i];
        const Value at = f.member("raised_at");
        rows.append({formatUtc(at.isInt() ? std::optional<qint64>(at.toInt()) : std::nullopt), textOf(f.member("store_id")),
                     textOf(f.member("flag")), textOf(f.member("subject")), textOf(f.member("detail"))});
    }
    return plainTable(rows);
}

QString tokensTable(const Value &tokens)
{
    QList<QStringList> rows{{AdminText::tr("token"), AdminText::tr("role"), AdminText::tr("stores"), AdminText::tr("created"),
                             AdminText::tr("expires"), AdminText::tr("revoked")}};
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Value t = tokens[i];
        QStringList stores;
        const Value list = t.member("store_ids");
        for (std::size_t k = 0; k < list.size(); ++k) stores.append(textOf(list[k]));
        const Value revoked = t.member("revoked_at");
        QString id = textOf(t.member("credential_id"));
        if (t.member("current").toBool()) id += AdminText::tr(" (this one)");
        rows.append({id, textOf(t.member("role")), stores.isEmpty() ? AdminText::tr("all") : stores.join(u','),
                     formatUtc(t.member("created_at").toInt()), formatUtc(t.member("expires_at").toInt()),
                     revoked.isInt() ? formatUtc(revoked.toInt()) : QStringLiteral("-")});
    }
    return plainTable(rows);
}

QByteArray salesCsvHeader()
{
    return "sale_id,store_id,lane_id,terminal_id,receipt_number,completed_at_utc,completed_at_local,cashier_id,"
           "customer_id,currency,subtotal,discount,tax,rounding,total,cash,card,gift_card,store_credit,voided,"
           "voided_at_utc\n";
}

QByteArray salesCsvRows(const Value &sales, const QString &timeZone)
{
    const QTimeZone zone = timeZone.isEmpty() ? QTimeZone() : QTimeZone(timeZone.toUtf8());
    auto utc = [](const Value &ms) {
        return ms.isInt() ? QDateTime::fromMSecsSinceEpoch(ms.toInt(), Qt::UTC).toString(Qt::ISODateWithMs) : QString();
    };
    QByteArray out;
    for (std::size_t i = 0; i < sales.size(); ++i) {
        Value sale = sales[i];
        // A sale may arrive as its stored event payload (a JSON string): read it.
        std::unique_ptr<sync::json::Document> payload;
        if (sale.member("payload").isString()) {
            payload = sync::json::Document::parse(sale.member("payload").toString(), nullptr);
            if (payload && payload->root().isObject())
                sale = payload->root();
        }
        const QString currency = textOf(sale.member("currency"));
        const Value completed = sale.member("completed_at");
        const QString local = completed.isInt() && zone.isValid()
            ? QDateTime::fromMSecsSinceEpoch(completed.toInt(), zone).toString(Qt::ISODate)
            : QString();
        const Value voided = sales[i].member("voided").exists() ? sales[i].member("voided") : sale.member("voided");
        const Value tenders = sale.member("tenders");
        auto tender = [&](std::string_view kind) {
            return tenders.isObject() ? moneyOf(tenders.member(kind), currency) : QString();
        };
        const QStringList fields{
            textOf(sale.member("sale_id")), textOf(sale.member("store_id")), textOf(sale.member("lane_id")),
            textOf(sale.member("terminal_id")), textOf(sale.member("receipt_number")), utc(completed), local,
            textOf(sale.member("cashier_id")), textOf(sale.member("customer_id")), currency,
            moneyOf(sale.member("subtotal"), currency), moneyOf(sale.member("discount"), currency),
            moneyOf(sale.member("tax"), currency), moneyOf(sale.member("rounding"), currency),
            moneyOf(sale.member("total"), currency), tender("cash"), tender("card"), tender("gift_card"),
            tender("store_credit"),
            voided.isBool() && voided.toBool() ? QStringLiteral("yes") : QStringLiteral("no"),
            utc(sales[i].member("voided_at"))};
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (f > 0)
                out += ',';
            out += csvField(fields[f]);
        }
        out += '\n';
    }
    return out;
}

} // namespace retailos::admin
