// CUPS transport (see cups_transport.h).
#include "drivers/transport/cups_transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cups/cups.h>

#include <algorithm>

namespace retailos::drivers {

namespace {
struct CupsText
{
    Q_DECLARE_TR_FUNCTIONS(CupsTransport)
};

QString lastCupsError()
{
    return QString::fromUtf8(cupsLastErrorString());
}

// A slow print service aborts the request instead of hanging the worker.
int giveUp(http_t *, void *)
{
    return 0;
}

const char *jobStateName(int state)
{
    switch (state) {
    case IPP_JSTATE_PENDING: return "pending";
    case IPP_JSTATE_HELD: return "held";
    case IPP_JSTATE_PROCESSING: return "processing";
    case IPP_JSTATE_STOPPED: return "stopped";
    case IPP_JSTATE_CANCELED: return "cancelled";
    case IPP_JSTATE_ABORTED: return "aborted";
    case IPP_JSTATE_COMPLETED: return "completed";
    }
    return "unknown";
}
} // namespace

CupsTransport::CupsTransport(QString server, QString queue) : m_server(std::move(server)), m_queue(std::move(queue)) {}

CupsTransport::~CupsTransport()
{
    close();
}

Result<> CupsTransport::open(int timeoutMs)
{
    close();
    // cupsCreateJob looks the queue up through the thread's default server
    // (libcups keeps it per thread): point it at this one too, so the queue
    // is found where the connection goes. Only this device's worker thread
    // talks to CUPS.
    cupsSetServer(m_server.isEmpty() ? nullptr : m_server.toUtf8().constData());
    QByteArray host;
    int port = ippPort();
    if (m_server.isEmpty()) {
        host = cupsServer();   // CUPS_SERVER, client.conf, or the local domain socket
    } else if (m_server.startsWith(u'/')) {
        host = m_server.toLocal8Bit();
    } else {
        const qsizetype colon = m_server.lastIndexOf(u':');
        bool ok = true;
        if (colon > 0 && !m_server.endsWith(u']'))
            port = m_server.mid(colon + 1).toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return fail(u"device.settings"_qs, CupsText::tr("The print service address %1 is not valid.").arg(m_server));
        host = (colon > 0 && !m_server.endsWith(u']') ? m_server.left(colon) : m_server).toUtf8();
        if (host.startsWith('[') && host.endsWith(']'))
            host = host.mid(1, host.size() - 2);
    }
    m_http = httpConnect2(host.constData(), port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED, 1, timeoutMs, nullptr);
    if (!m_http) {
        const QString where = m_server.isEmpty() ? QString::fromLocal8Bit(host) : m_server;
        return fail(u"device.unreachable"_qs,
                    CupsText::tr("The print service at %1 is not running or does not answer (%2).").arg(where, lastCupsError()));
    }

    // Ask for the queue now: a missing or closed queue is a lane that cannot
    // print, told before any job is made.
    httpSetTimeout(m_http, std::max(1, timeoutMs) / 1000.0, giveUp, nullptr);
    const QByteArray queue = m_queue.toUtf8();
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(), "/printers/%s",
                     queue.constData());
    ipp_t *request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    static const char *const wanted[] = {"printer-is-accepting-jobs", "printer-state-message"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 2, nullptr, wanted);
    ipp_t *response = cupsDoRequest(m_http, request, "/");   // frees the request
    const ipp_status_t status = cupsLastError();
    QString refusal;
    if (status == IPP_STATUS_ERROR_NOT_FOUND) {
        refusal = CupsText::tr("The print queue %1 does not exist (%2).").arg(m_queue, lastCupsError());
    } else if (!response || status > IPP_STATUS_OK_EVENTS_COMPLETE) {
        refusal = CupsText::tr("The print service does not answer for the queue %1: %2").arg(m_queue, lastCupsError());
    } else if (ipp_attribute_t *accepting = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN);
               accepting && !ippGetBoolean(accepting, 0)) {
        ipp_attribute_t *message = ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT);
        refusal = CupsText::tr("The print queue %1 does not accept jobs (%2).")
                      .arg(m_queue, message ? QString::fromUtf8(ippGetString(message, 0, nullptr)) : QString());
    }
    ippDelete(response);
    if (!refusal.isEmpty()) {
        close();
        return fail(u"device.unreachable"_qs, refusal);
    }
    return {};
}

Result<> CupsTransport::write(const QByteArray &bytes, int timeoutMs)
{
    if (!m_http)
        return fail(u"device.closed"_qs, CupsText::tr("The connection to the print service for %1 is closed.").arg(describe()));
    QElapsedTimer timer;
    timer.start();
    const auto left = [&] { return std::max(1, timeoutMs - int(timer.elapsed())); };
    httpSetTimeout(m_http, left() / 1000.0, giveUp, nullptr);

    const QByteArray queue = m_queue.toUtf8();
    const int job = cupsCreateJob(m_http, queue.constData(), "Retail OS receipt", 0, nullptr);
    if (job == 0) {
        if (cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND)
            return fail(u"device.unreachable"_qs,
                        CupsText::tr("The print queue %1 does not exist (%2).").arg(m_queue, lastCupsError()));
        return fail(u"device.unreachable"_qs,
                    CupsText::tr("The print service refused a job for %1: %2").arg(m_queue, lastCupsError()));
    }
    const auto abandon = [&](const QString &message) {
        const QString why = message;
        cupsCancelJob2(m_http, queue.constData(), job, 0);
        return fail(u"device.write"_qs, why);
    };
    if (cupsStartDocument(m_http, queue.constData(), job, "receipt", CUPS_FORMAT_RAW, 1) != HTTP_STATUS_CONTINUE)
        return abandon(CupsText::tr("The print service did not take the receipt for %1: %2").arg(m_queue, lastCupsError()));
    if (cupsWriteRequestData(m_http, bytes.constData(), size_t(bytes.size())) != HTTP_STATUS_CONTINUE) {
        cupsFinishDocument(m_http, queue.constData());
        return abandon(CupsText::tr("Sending the receipt to %1 failed: %2").arg(m_queue, lastCupsError()));
    }
    if (cupsFinishDocument(m_http, queue.constData()) > IPP_STATUS_OK_EVENTS_COMPLETE)
        return abandon(CupsText::tr("The print service did not accept the receipt for %1: %2").arg(m_queue, lastCupsError()));

    // Follow the job: queued is not printed. A job still waiting when the
    // time is up may print later, so it stays queued and the caller is told.
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(), "/printers/%s",
                     queue.constData());
    int state = IPP_JSTATE_PENDING;
    QString stateMessage;
    for (;;) {
        httpSetTimeout(m_http, left() / 1000.0, giveUp, nullptr);
        ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
        ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
        static const char *const wanted[] = {"job-state", "job-printer-state-message"};
        ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 2, nullptr, wanted);
        ipp_t *response = cupsDoRequest(m_http, request, "/");   // frees the request
        if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE) {
            ippDelete(response);
            return fail(u"device.write"_qs,
                        CupsText::tr("Job %1 on %2 was sent, but its state cannot be read (%3); check the printer before "
                                     "printing again.")
                            .arg(job)
                            .arg(m_queue, lastCupsError()));
        }
        if (ipp_attribute_t *attr = ippFindAttribute(response, "job-state", IPP_TAG_ENUM))
            state = ippGetInteger(attr, 0);
        if (ipp_attribute_t *attr = ippFindAttribute(response, "job-printer-state-message", IPP_TAG_TEXT))
            stateMessage = QString::fromUtf8(ippGetString(attr, 0, nullptr));
        ippDelete(response);
        if (state == IPP_JSTATE_COMPLETED)
            return {};
        if (state >= IPP_JSTATE_STOPPED)
            return fail(u"device.write"_qs, CupsText::tr("Job %1 on %2 was %3: %4")
                                                .arg(job)
                                                .arg(m_queue, QString::fromLatin1(jobStateName(state)), stateMessage));
        if (timer.elapsed() >= timeoutMs)
            return fail(u"device.write"_qs,
                        CupsText::tr("Job %1 on %2 is still %3 in the print queue (%4); it may still print, check the "
                                     "printer before printing again.")
                            .arg(job)
                            .arg(m_queue, QString::fromLatin1(jobStateName(state)), stateMessage));
        QThread::msleep(50);
    }
}

Result<QByteArray> CupsTransport::read(int, int)
{
    return fail(u"device.one_way"_qs, CupsText::tr("%1 cannot answer back.").arg(describe()));
}

void CupsTransport::close()
{
    if (!m_http)
        return;
    httpClose(m_http);
    m_http = nullptr;
}

} // namespace retailos::drivers
