// A PostgreSQL 15 of the test's own on 127.0.0.1:<free port>: initdb into a
// temporary directory, started with pg_ctl, stopped and deleted when the
// object goes (also after a failed check). Never the machine's database
// service. As root (CI) the server runs as the `postgres` user through
// runuser: PostgreSQL refuses to run as root.
//
// One instance per test executable, a fresh database per test case
// (createDatabase is a CREATE DATABASE, ~0.1 s; initdb takes a second or two).
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace retailos::test {

class PrivatePostgres
{
public:
    PrivatePostgres();
    ~PrivatePostgres();
    PrivatePostgres(const PrivatePostgres &) = delete;
    PrivatePostgres &operator=(const PrivatePostgres &) = delete;

    // Empty on success, else why PostgreSQL does not run here (with its log).
    // Normally fsync, synchronous_commit and full_page_writes are off (fast;
    // a test instance need not survive a power cut); `durable` keeps
    // PostgreSQL's defaults, for benchmarks that must pay for durability.
    QString start(bool durable = false);

    // Creates an empty database (a fresh name when `name` is empty) and
    // returns its URL, postgresql://postgres@127.0.0.1:PORT/NAME. Empty on
    // failure, and `error` says why.
    QString createDatabase(QString *error = nullptr, const QString &name = {});

    // The URL of a database on this server (which need not exist).
    QString url(const QString &database) const;
    quint16 port() const { return m_port; }
    QString serverLog() const;

    // pg_ctl stop -m fast (kill if it will not stop), then the directory goes.
    void stop();

private:
    // Runs a server program (as `postgres` when we are root); empty on
    // success, else its output.
    QString run(const QString &program, const QStringList &arguments, int timeoutMs);
    void startWatchdog();

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    quint16 m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
    int m_databases = 0;
};

} // namespace retailos::test
