// The network fails under a branch on PostgreSQL: the server restarts, a backend is terminated,
// a link goes silent (a proxy in the test that stops passing bytes, as a pulled cable does).
// Each is noticed within seconds, reconnected by itself, caught up, and leaves every rule of the
// queue intact. PostgreSQL only (ANTRIAN_TEST_ENGINE=postgresql, set by CTest).
#include "testsupport.h"
#include "pgcluster.h"

#include "feed/changefeed.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QSet>
#include <QThread>

#include <atomic>

using namespace antrian;
using namespace antrian::test;

namespace {

// Passes TCP between the apps and the server; blackhole(true) makes every connection, old and
// new, swallow what it is sent and answer nothing, without closing: what a pulled cable does.
class SilentLinkProxy : public QObject
{
public:
    explicit SilentLinkProxy(quint16 serverPort) : m_serverPort(serverPort)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~SilentLinkProxy() override
    {
        QMetaObject::invokeMethod(this, [this] { delete m_server; m_server = nullptr; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    void blackhole(bool on) { m_silent = on; }

private:
    void listen()
    {
        m_server = new QTcpServer;
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *app = m_server->nextPendingConnection()) {
                auto *server = new QTcpSocket(app);
                server->connectToHost(QHostAddress::LocalHost, m_serverPort);
                auto pipe = [this](QTcpSocket *from, QTcpSocket *to) {
                    connect(from, &QTcpSocket::readyRead, from, [this, from, to] {
                        const QByteArray bytes = from->readAll();
                        if (!m_silent)
                            to->write(bytes); // silent: dropped on the floor
                    });
                };
                pipe(app, server);
                pipe(server, app);
                connect(app, &QTcpSocket::disconnected, app, &QObject::deleteLater);
                connect(server, &QTcpSocket::disconnected, app, [app] { app->disconnectFromHost(); });
            }
        });
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_serverPort;
    quint16 m_port = 0;
    std::atomic<bool> m_silent{false};
};

// The message of a failed result, for QVERIFY2 (which builds its message also when it passes).
template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().message.toLocal8Bit();
}

QList<qint64> idsOf(const QSignalSpy &arrived)
{
    QList<qint64> ids;
    for (const QList<QVariant> &args : arrived) {
        for (const QueueEvent &e : args.at(0).value<QList<QueueEvent>>())
            ids.append(e.id);
    }
    return ids;
}

int count(PgCluster &cluster, const QString &location, const QString &sql)
{
    auto rows = cluster.runSql(sql, PgCluster::databaseOf(location));
    return rows && !rows->isEmpty() ? rows->constFirst().constFirst().toInt() : -1;
}

} // namespace

class TestPgOutage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverRestartUnderARunningFeedIsSeenAndCaughtUp();
    void terminatedBackendFailsOneActionClearlyAndTheNextWorks();
    void silentLinkIsNoticedWithinFiveSecondsAndRecovers();
};

void TestPgOutage::initTestCase()
{
    if (!testOnPostgres())
        QSKIP("PostgreSQL only: run with ANTRIAN_TEST_ENGINE=postgresql (CTest does)");
    QVERIFY2(PgCluster::instance().ok(), qPrintable(PgCluster::instance().error()));
}

void TestPgOutage::serverRestartUnderARunningFeedIsSeenAndCaughtUp()
{
    Fixture f;
    ChangeFeed feed(f.path());
    QSignalSpy arrived(&feed, &ChangeFeed::eventsArrived);
    QSignalSpy unavailable(&feed, &ChangeFeed::unavailable);
    QVERIFY(feed.start(-1, 20).ok());
    f.issue(QStringLiteral("A"));
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(arrived).size(), 1, 5000);

    QVERIFY(PgCluster::instance().restart().ok());
    QTRY_VERIFY_WITH_TIMEOUT(!unavailable.isEmpty(), 5000);

    // Writes after the restart: the engine's own connection was cut too and comes back by itself.
    QElapsedTimer back;
    back.start();
    Result<IssuedTicket> issued = Error::storage(QStringLiteral("not yet"));
    while (!issued && back.elapsed() < 5000) {
        issued = f.engine().issue(QStringLiteral("A"));
        if (!issued)
            QTest::qWait(100);
    }
    QVERIFY2(issued.ok(), why(issued).constData());
    QCOMPARE(issued->ticket.code, QStringLiteral("A-002")); // numbering went on, no gap, no repeat
    f.issue(QStringLiteral("B"));
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(arrived).size(), 3, 5000);
    const QList<qint64> ids = idsOf(arrived);
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY2(ids.at(i) > ids.at(i - 1), "an event delivered twice or out of order");
}

void TestPgOutage::terminatedBackendFailsOneActionClearlyAndTheNextWorks()
{
    Fixture f;
    ChangeFeed feed(f.path());
    QSignalSpy arrived(&feed, &ChangeFeed::eventsArrived);
    QVERIFY(feed.start(-1, 20).ok());
    for (int i = 0; i < 3; ++i)
        f.issue(QStringLiteral("A"));
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(arrived).size(), 3, 5000);

    // Every connection to this database but the test's own superuser one is cut: the counter's
    // and the feed's. Meanwhile another PC goes on issuing.
    const QString database = PgCluster::databaseOf(f.path());
    auto cut = PgCluster::instance().runSql(
            QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                           " WHERE datname = '%1' AND pid <> pg_backend_pid()").arg(database));
    QVERIFY2(cut.ok(), why(cut).constData());
    auto otherPc = Database::open(f.path());
    QVERIFY(otherPc.ok());
    QueueEngine issuer(**otherPc, f.clock());
    QVERIFY(issuer.issue(QStringLiteral("A")).ok());
    QVERIFY(issuer.issue(QStringLiteral("B")).ok());

    // The counter's next press meets the cut connection: refused with the reason, nothing done.
    auto call = f.engine().callNext(1);
    QVERIFY(!call.ok());
    QCOMPARE(call.error().kind, Error::Kind::Storage);
    QVERIFY2(call.error().message.contains(QStringLiteral("lost")) || call.error().message.contains(QStringLiteral("terputus")),
             why(call).constData());
    QCOMPARE(count(PgCluster::instance(), f.path(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'called'")), 0);

    // Pressed again a moment later: reconnected, and exactly one ticket is called.
    QTest::qWait(Database::kReconnectMs + 100);
    auto again = f.engine().callNext(1);
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(again->code, QStringLiteral("A-001"));
    QCOMPARE(count(PgCluster::instance(), f.path(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'called'")), 1);
    // The feed caught up on everything, the other PC's issues included, each once.
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(arrived).size(), 6, 5000);
    const QList<qint64> delivered = idsOf(arrived);
    QCOMPARE(QSet<qint64>(delivered.cbegin(), delivered.cend()).size(), 6);
}

void TestPgOutage::silentLinkIsNoticedWithinFiveSecondsAndRecovers()
{
    Fixture f;
    SilentLinkProxy proxy(quint16(PgCluster::instance().port()));
    QString viaProxy = f.path();
    viaProxy.replace(QStringLiteral(":%1/").arg(PgCluster::instance().port()), QStringLiteral(":%1/").arg(proxy.port()));
    QVERIFY(viaProxy != f.path());

    ChangeFeed feed(viaProxy); // a display's feed on the other side of the cable
    QSignalSpy arrived(&feed, &ChangeFeed::eventsArrived);
    QSignalSpy unavailable(&feed, &ChangeFeed::unavailable);
    feed.follow(20);
    QTRY_VERIFY_WITH_TIMEOUT(feed.isRunning(), 5000);
    QTest::qWait(300);
    f.issue(QStringLiteral("A"));
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(arrived).size(), 1, 5000);

    proxy.blackhole(true);
    QElapsedTimer noticed;
    noticed.start();
    f.issue(QStringLiteral("A")); // a notification the feed will never get
    QTRY_VERIFY_WITH_TIMEOUT(!unavailable.isEmpty(), 5000);
    qInfo("silent link noticed after %lld ms", noticed.elapsed());
    QVERIFY2(unavailable.constLast().at(0).toString().contains(QStringLiteral("lost"))
                     || unavailable.constLast().at(0).toString().contains(QStringLiteral("terputus")),
             qPrintable(unavailable.constLast().at(0).toString()));

    proxy.blackhole(false);
    f.issue(QStringLiteral("B"));
    // Back by itself: the missed event and the new one, each once.
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(arrived).size(), 3, 15000);
    const QList<qint64> delivered = idsOf(arrived);
    QCOMPARE(QSet<qint64>(delivered.cbegin(), delivered.cend()).size(), 3);
}

QTEST_MAIN(TestPgOutage)
#include "tst_pgoutage.moc"
