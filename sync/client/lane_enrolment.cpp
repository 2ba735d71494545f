#include "sync/client/lane_enrolment.h"

#include "sync/protocol/json.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <sys/stat.h>

namespace retailos::sync {

namespace {

struct EnrolText
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

// The answer's members, each checked (R-3.10: nothing received is trusted).
Result<LaneCredential> readCredential(const json::Value &root, bool withCredential)
{
    json::Reader r(root);
    LaneCredential c;
    c.terminalId = r.uuid("terminal_id");
    c.tenantId = r.uuid("tenant_id");
    c.storeId = r.code("store_id");
    c.laneId = r.code("lane_id");
    c.name = r.optionalText("name", 200).value_or("");
    if (withCredential) c.credential = r.string("credential", 20, 200);
    if (const auto scopes = r.optionalArray("scopes", 64))
        for (std::size_t i = 0; i < scopes->size(); ++i) {
            const json::Value s = (*scopes)[i];
            if (!s.isString() || !json::isText(s.toString(), 200)) {
                r.fail("scopes", "must be texts");
                break;
            }
            c.scopes.emplace_back(s.toString());
        }
    c.ackedThrough = r.optionalInteger("acked_through", 0, json::kMaxSafeInt).value_or(0);
    if (!r.ok())
        return fail(u"sync.enrol.bad_answer"_qs, EnrolText::tr("Head office's answer to the enrolment is not usable "
                                                               "(%1 %2).").arg(QString::fromStdString(r.error().field),
                                                                               QString::fromStdString(r.error().message)));
    for (char ch : c.credential)
        if (ch <= ' ' || ch > '~')
            return fail(u"sync.enrol.bad_answer"_qs, EnrolText::tr("Head office sent a credential this lane cannot use."));
    return c;
}

} // namespace

Result<LaneCredential> enrolLane(HttpsClient &client, const EnrolmentRequest &request)
{
    json::Writer w;
    w.beginObject().field("code", request.code).field("request_id", request.requestId);
    if (request.storeId.empty()) w.nullField("store_id");
    else w.field("store_id", request.storeId);
    if (request.laneId.empty()) w.nullField("lane_id");
    else w.field("lane_id", request.laneId);
    w.field("journal_public_key", request.journalPublicKey).field("software", request.software).endObject();
    const auto answer = client.request("POST", "/v1/enrol", w.text(), {"Content-Type: application/json"});
    if (!answer)
        return fail(u"sync.enrol.unreachable"_qs, EnrolText::tr("Head office could not be reached (%1): %2")
                                                      .arg(QString::fromStdString(answer.error().code),
                                                           QString::fromStdString(answer.error().message)));
    std::string parseError;
    const auto doc = json::Document::parse(answer->body, &parseError);
    std::string code;
    if (doc && doc->root().isObject()) {
        const json::Value c = doc->root().member("error").member("code");
        if (c.isString() && json::isCode(c.toString())) code = c.toString();
    }
    switch (answer->status) {
    case 201: break;
    case 401:
        return fail(u"sync.enrol.code_invalid"_qs, EnrolText::tr("Head office does not accept this enrolment code: it "
                                                                 "is mistyped, used or expired. Ask head office for a new one."));
    case 409:
        return fail(u"sync.enrol.mismatch"_qs, EnrolText::tr("This enrolment code is for another store, lane or lane "
                                                             "PC (%1). Check the lane's store and lane, or ask head office "
                                                             "for the right code.").arg(QString::fromStdString(code)));
    case 429:
        return fail(u"sync.enrol.rate_limited"_qs, EnrolText::tr("Too many enrolment attempts: wait 15 minutes and try "
                                                                 "again."));
    default:
        return fail(u"sync.enrol.unreachable"_qs, EnrolText::tr("Head office could not enrol this lane (HTTP %1 %2): "
                                                                "try again later.").arg(answer->status)
                                                      .arg(QString::fromStdString(code)));
    }
    if (!doc || !doc->root().isObject())
        return fail(u"sync.enrol.bad_answer"_qs, EnrolText::tr("Head office's answer to the enrolment is not JSON."));
    auto credential = readCredential(doc->root(), true);
    if (!credential) return credential;
    // a configured lane is enrolled as itself or not at all.
    if ((!request.storeId.empty() && credential->storeId != request.storeId)
        || (!request.laneId.empty() && credential->laneId != request.laneId))
        return fail(u"sync.enrol.bad_answer"_qs, EnrolText::tr("Head office enrolled this lane as %1/%2, not as the "
                                                               "configured %3/%4.")
                                                     .arg(QString::fromStdString(credential->storeId),
                                                          QString::fromStdString(credential->laneId),
                                                          QString::fromStdString(request.storeId),
                                                          QString::fromStdString(request.laneId)));
    return credential;
}

Result<> saveLaneCredential(const QString &path, const LaneCredential &c)
{
    json::Writer w;
    w.beginObject()
        .field("terminal_id", c.terminalId)
        .field("tenant_id", c.tenantId)
        .field("store_id", c.storeId)
        .field("lane_id", c.laneId)
        .field("name", c.name)
        .field("credential", c.credential)
        .key("scopes").beginArray();
    for (const std::string &s : c.scopes) w.value(s);
    w.endArray().field("acked_through", c.ackedThrough).endObject();
    QSaveFile file(path);
    // Only the lane's user may read it, from the first byte on.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(w.text().data(), qint64(w.text().size())) != qint64(w.text().size()) || !file.commit())
        return fail(u"sync.credential.write"_qs, EnrolText::tr("The lane's credential could not be saved to %1: %2")
                                                     .arg(path, file.errorString()));
    return {};
}

Result<LaneCredential> loadLaneCredential(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return fail(u"sync.credential.missing"_qs, EnrolText::tr("This lane is not enrolled yet (no credential file %1).")
                                                       .arg(path));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(u"sync.credential.permissions"_qs,
                    EnrolText::tr("The credential file %1 can be read or changed by other users: it is not used. "
                                  "Make it readable by the lane's user only (chmod 600) or enrol the lane again.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return fail(u"sync.credential.damaged"_qs, EnrolText::tr("The credential file %1 cannot be read.").arg(path));
    const QByteArray bytes = file.readAll();
    std::string parseError;
    const auto doc = json::Document::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())), &parseError);
    auto credential = doc && doc->root().isObject() ? readCredential(doc->root(), true)
                                                   : Result<LaneCredential>(std::unexpected(Error{}));
    if (!credential)
        return fail(u"sync.credential.damaged"_qs, EnrolText::tr("The credential file %1 is damaged: enrol the lane "
                                                                 "again.").arg(path));
    return credential;
}

} // namespace retailos::sync
