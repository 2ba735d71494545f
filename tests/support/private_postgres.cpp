// PrivatePostgres (private_postgres.h): initdb, pg_ctl and libpq for CREATE DATABASE.
#include "tests/support/private_postgres.h"

#include "tests/support/private_cups.h" // freePort, writeFile

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <libpq-fe.h>

#include <csignal>
#include <memory>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace retailos::test {

namespace {

const QString postgresBin = u"/usr/lib/postgresql/15/bin"_qs;

QString libpqError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

// Changes the owner of a whole tree (the server must own its data directory).
bool chownTree(const QString &path, uid_t uid, gid_t gid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return false;
    if (!QFileInfo(path).isDir() || QFileInfo(path).isSymLink())
        return true;
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries)
        if (!chownTree(entry.filePath(), uid, gid))
            return false;
    return true;
}

} // namespace

PrivatePostgres::PrivatePostgres() = default;

PrivatePostgres::~PrivatePostgres()
{
    stop();
}

QString PrivatePostgres::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path()); // postgres may not be able to read the caller's folder
    if (m_asPostgresUser)
        process.start(u"runuser"_qs, QStringList{u"-u"_qs, u"postgres"_qs, u"--"_qs, program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return QFileInfo(program).fileName() + u" does not start: "_qs + process.errorString();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return QFileInfo(program).fileName() + u" did not finish within %1 s: "_qs.arg(timeoutMs / 1000)
               + QString::fromLocal8Bit(process.readAll()).trimmed();
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QFileInfo(program).fileName() + u" failed (exit code %1): "_qs.arg(process.exitCode())
               + QString::fromLocal8Bit(process.readAll()).trimmed();
    return {};
}

QString PrivatePostgres::start(bool durable)
{
    m_bin = postgresBin;
    for (const QString &tool : {u"initdb"_qs, u"pg_ctl"_qs, u"postgres"_qs}) {
        if (!QFileInfo(m_bin + u'/' + tool).isExecutable())
            return m_bin + u'/' + tool
                   + u" is missing: PostgreSQL 15 server binaries (Debian package postgresql-15; scripts/bootstrap.sh installs it)"_qs;
    }
    if (!m_dir.isValid())
        return u"no temporary directory: "_qs + m_dir.errorString();
    m_data = m_dir.filePath(u"data"_qs);

    m_asPostgresUser = ::geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            return u"running as root, but there is no user 'postgres' to run PostgreSQL as (it refuses root)"_qs;
        if (!chownTree(m_dir.path(), user->pw_uid, user->pw_gid))
            return u"cannot give "_qs + m_dir.path() + u" to the postgres user"_qs;
    }

    // Trust authentication: a throw-away instance reachable only on loopback
    // and through a socket in its own temporary directory.
    if (QString failed = run(m_bin + u"/initdb"_qs,
                             {u"-D"_qs, m_data, u"-U"_qs, u"postgres"_qs, u"-A"_qs, u"trust"_qs, u"-E"_qs, u"UTF8"_qs,
                              u"--locale=C"_qs, u"--no-sync"_qs, u"--no-instructions"_qs},
                             120000);
        !failed.isEmpty())
        return failed;

    // fsync and synchronous_commit off: a test instance need not survive a
    // power cut, and the suites run faster. Never do this on a real server.
    QFile conf(m_data + u"/postgresql.conf"_qs);
    if (!conf.open(QIODevice::Append | QIODevice::Text))
        return u"cannot append to "_qs + conf.fileName();
    conf.write(u"\n# PrivatePostgres (tests)\n"
               "listen_addresses = '127.0.0.1'\n"
               "unix_socket_directories = '%1'\n"
               "max_connections = 100\n"
               "shared_buffers = 32MB\n"
               "dynamic_shared_memory_type = mmap\n"
               "logging_collector = off\n"
               "log_min_messages = warning\n"_qs.arg(m_dir.path())
                   .toUtf8());
    if (!durable)
        conf.write("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
    conf.close();
    QFile hba(m_data + u"/pg_hba.conf"_qs);
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return u"cannot write "_qs + hba.fileName();
    hba.write("local all all trust\nhost all all 127.0.0.1/32 trust\n");
    hba.close();

    // A port found free may be taken before the server binds it: try a few.
    QString lastFailure;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        if (m_port == 0)
            return u"no free loopback port for PostgreSQL"_qs;
        lastFailure = run(m_bin + u"/pg_ctl"_qs,
                          {u"-D"_qs, m_data, u"-l"_qs, m_dir.filePath(u"server.log"_qs), u"-o"_qs,
                           u"-p %1"_qs.arg(m_port), u"-w"_qs, u"-t"_qs, u"60"_qs, u"start"_qs},
                          90000);
        if (lastFailure.isEmpty()) {
            m_running = true;
            startWatchdog();
            const QByteArray conninfo = url(u"postgres"_qs).toUtf8();
            if (PQping(conninfo.constData()) == PQPING_OK)
                return {};
            return u"PostgreSQL started but does not accept connections on 127.0.0.1:%1. Server log:\n"_qs.arg(m_port)
                   + serverLog();
        }
        if (!serverLog().contains(u"could not bind"_qs))
            break;
    }
    return lastFailure + u"\nServer log:\n"_qs + serverLog();
}

void PrivatePostgres::startWatchdog()
{
    // pg_ctl detaches the server from us: if this test process dies (a crash,
    // a CTest timeout) no destructor runs. A small shell outside the process
    // waits for it to go and then stops the server and deletes the directory.
    const QString stopAs = m_asPostgresUser ? u"runuser -u postgres -- "_qs : QString();
    const QString script = uR"(while kill -0 %1 2>/dev/null; do sleep 1; done; )"
                           uR"(if [ -f '%3/postmaster.pid' ]; then %2'%4/pg_ctl' -D '%3' -m immediate stop; rm -rf '%5'; fi)"_qs
                               .arg(QCoreApplication::applicationPid())
                               .arg(stopAs, m_data, m_bin, m_dir.path());
    QProcess watchdog;
    watchdog.setProgram(u"/bin/sh"_qs);
    watchdog.setArguments({u"-c"_qs, script});
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
}

QString PrivatePostgres::url(const QString &database) const
{
    return u"postgresql://postgres@127.0.0.1:%1/%2"_qs.arg(m_port).arg(database);
}

QString PrivatePostgres::createDatabase(QString *error, const QString &name)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (!m_running)
        return fail(u"the private PostgreSQL is not running"_qs);
    const QString database = name.isEmpty() ? u"test_%1"_qs.arg(++m_databases) : name;
    const QByteArray conninfo = url(u"postgres"_qs).toUtf8();
    const std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.constData()), &PQfinish);
    if (!conn || PQstatus(conn.get()) != CONNECTION_OK)
        return fail(u"cannot connect to the private PostgreSQL: "_qs + libpqError(conn.get()));
    const QByteArray sql = u"CREATE DATABASE \"%1\""_qs.arg(database).toUtf8();
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn.get(), sql.constData()), &PQclear);
    if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        return fail(u"CREATE DATABASE %1 failed: "_qs.arg(database) + libpqError(conn.get()));
    return url(database);
}

QString PrivatePostgres::serverLog() const
{
    QFile log(m_dir.filePath(u"server.log"_qs));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()).trimmed() : QString();
}

void PrivatePostgres::stop()
{
    if (!m_running)
        return;
    m_running = false;
    const QString failed = run(m_bin + u"/pg_ctl"_qs, {u"-D"_qs, m_data, u"-m"_qs, u"fast"_qs, u"-w"_qs, u"-t"_qs, u"30"_qs, u"stop"_qs},
                               45000);
    if (failed.isEmpty())
        return;
    // It will not stop: kill the postmaster named in postmaster.pid, so no
    // server outlives the test (its children exit when it is gone).
    QFile pidFile(m_data + u"/postmaster.pid"_qs);
    if (pidFile.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const qint64 pid = QString::fromLatin1(pidFile.readLine()).trimmed().toLongLong(&ok);
        if (ok && pid > 1)
            ::kill(static_cast<pid_t>(pid), SIGKILL);
    }
}

} // namespace retailos::test
