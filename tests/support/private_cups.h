// A cupsd of the test's own on 127.0.0.1:<free port>: its own configuration,
// spool and logs in a temporary directory, never the machine's print
// service. Needs the Debian packages cups-daemon, cups-client and cups (the
// socket backend); start() says why when cupsd cannot run here.
#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace retailos::test {

inline quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

inline bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

inline QString findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {u"/usr/sbin"_qs, u"/sbin"_qs, u"/usr/bin"_qs});
    return path;
}

// A cupsd of the test's own, on 127.0.0.1:<free port>. Stopped (killed if it
// will not stop) when the object goes, also after a failed check.
class PrivateCups
{
public:
    ~PrivateCups() { stop(); }

    // Empty on success, else why cupsd does not run here.
    QString start()
    {
        const QString cupsd = findTool(u"cupsd"_qs);
        if (cupsd.isEmpty())
            return u"cupsd is not installed (Debian package cups-daemon; scripts/bootstrap.sh installs it)"_qs;
        m_lpadmin = findTool(u"lpadmin"_qs);
        if (m_lpadmin.isEmpty())
            return u"lpadmin is not installed (Debian package cups-client)"_qs;
        if (!QFileInfo(u"/usr/lib/cups/backend/socket"_qs).isExecutable())
            return u"the CUPS socket backend /usr/lib/cups/backend/socket is missing (Debian package cups)"_qs;
        if (!m_dir.isValid())
            return u"no temporary directory: "_qs + m_dir.errorString();

        // The backends run as the unprivileged CUPS user (lp): it must be
        // able to reach the spool inside the temporary directory.
        const QString root = m_dir.path();
        const auto reachable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                          | QFile::ReadOther | QFile::ExeOther;
        QFile::setPermissions(root, reachable);
        for (const QString &sub : {u"spool"_qs, u"cache"_qs, u"state"_qs, u"tmp"_qs, u"log"_qs}) {
            if (!QDir(root).mkpath(sub))
                return u"cannot create "_qs + root + u'/' + sub;
            QFile::setPermissions(root + u'/' + sub, reachable);
        }

        m_port = freePort();
        if (m_port == 0)
            return u"no free loopback port for cupsd"_qs;
        m_server = u"127.0.0.1:%1"_qs.arg(m_port);

        const QString conf = root + u"/cupsd.conf"_qs;
        const QString filesConf = root + u"/cups-files.conf"_qs;
        const bool written =
            writeFile(conf, uR"(Listen 127.0.0.1:%1
Browsing No
BrowseLocalProtocols none
DefaultShared No
WebInterface No
LogLevel warn
DirtyCleanInterval 0
DefaultAuthType None
<Location />
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Location /admin>
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
)"_qs.arg(m_port))
            && writeFile(filesConf, uR"(ServerRoot %1
RequestRoot %1/spool
CacheDir %1/cache
StateDir %1/state
TempDir %1/tmp
ErrorLog %1/log/error_log
AccessLog %1/log/access_log
PageLog %1/log/page_log
User lp
Group lp
SystemGroup root
Sandboxing relaxed
FileDevice No
)"_qs.arg(root));
        if (!written)
            return u"cannot write the cupsd configuration into "_qs + root;

        m_cupsd.setProgram(cupsd);
        m_cupsd.setArguments({u"-f"_qs, u"-c"_qs, conf, u"-s"_qs, filesConf});
        m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
        m_cupsd.start();
        if (!m_cupsd.waitForStarted(5000))
            return u"cupsd does not start: "_qs + m_cupsd.errorString();

        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            if (m_cupsd.state() != QProcess::Running)
                return u"cupsd exited with code %1: %2"_qs.arg(m_cupsd.exitCode()).arg(diagnostics());
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return {};
            QTest::qWait(100);
        }
        return u"cupsd does not accept connections on %1 after 15 s: %2"_qs.arg(m_server, diagnostics());
    }

    // A raw queue (no PPD, no filter) sending to `deviceUri`. Empty on success.
    QString addRawQueue(const QString &queue, const QString &deviceUri)
    {
        QProcess lpadmin;
        lpadmin.setProcessChannelMode(QProcess::MergedChannels);
        lpadmin.start(m_lpadmin, {u"-h"_qs, m_server, u"-p"_qs, queue, u"-E"_qs, u"-v"_qs, deviceUri});
        if (!lpadmin.waitForFinished(20000)) {
            lpadmin.kill();
            lpadmin.waitForFinished(2000);
            return u"lpadmin did not finish: "_qs + lpadmin.errorString();
        }
        if (lpadmin.exitStatus() != QProcess::NormalExit || lpadmin.exitCode() != 0)
            return u"lpadmin failed (%1): %2 %3"_qs.arg(lpadmin.exitCode())
                .arg(QString::fromLocal8Bit(lpadmin.readAll()).trimmed(), diagnostics());
        return {};
    }

    QString server() const { return m_server; }
    // What cupsd saved about its queues (written at once: DirtyCleanInterval 0).
    QString printersConf() const
    {
        QFile file(m_dir.path() + u"/printers.conf"_qs);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QString diagnostics()
    {
        QString text = QString::fromLocal8Bit(m_cupsd.readAll()).trimmed();
        QFile log(m_dir.path() + u"/log/error_log"_qs);
        if (log.open(QIODevice::ReadOnly))
            text += u"\nerror_log: "_qs + QString::fromLocal8Bit(log.readAll()).trimmed();
        return text;
    }

    void stop()
    {
        if (m_cupsd.state() == QProcess::NotRunning)
            return;
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(5000)) {
            m_cupsd.kill();
            m_cupsd.waitForFinished(5000);
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_cupsd;
    QString m_lpadmin;
    quint16 m_port = 0;
    QString m_server;
};
} // namespace retailos::test
