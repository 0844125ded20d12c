// SPDX-License-Identifier: GPL-3.0-or-later
// The network fails under a branch on PostgreSQL: the server restarts, a backend is terminated,
// a link goes silent (a proxy in the test that stops passing bytes, as a pulled cable does).
// Each is noticed within seconds, reconnected by itself, caught up, and leaves every rule of the
// queue intact. PostgreSQL only (ANTRIAN_TEST_ENGINE=postgresql, set by CTest).
#include "testsupport.h"
#include "pgcluster.h"

#include "feed/changefeed.h"
#include "queue/counterqueue.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>

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
    // The next COMMIT goes through to the server, and nothing comes back on its connection from
    // then on: the reply lost on the way, the one moment an app cannot know what happened.
    void loseTheNextCommitsAnswer() { m_loseCommitAnswer = true; }

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
                auto answersLost = std::make_shared<bool>(false);
                auto pipe = [this, answersLost](QTcpSocket *from, QTcpSocket *to, bool toServer) {
                    connect(from, &QTcpSocket::readyRead, from, [this, from, to, toServer, answersLost] {
                        const QByteArray bytes = from->readAll();
                        if (toServer && bytes.contains("COMMIT") && m_loseCommitAnswer.exchange(false))
                            *answersLost = true;
                        if (!m_silent && !(!toServer && *answersLost))
                            to->write(bytes); // silent: dropped on the floor
                    });
                };
                pipe(app, server, true);
                pipe(server, app, false);
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
    std::atomic<bool> m_loseCommitAnswer{false};
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

QString throughProxy(const QString &location, const SilentLinkProxy &proxy)
{
    QString via = location;
    via.replace(QStringLiteral(":%1/").arg(PgCluster::instance().port()), QStringLiteral(":%1/").arg(proxy.port()));
    return via;
}

bool saysConnectionLost(const Error &e)
{
    return e.message.contains(QStringLiteral("lost")) || e.message.contains(QStringLiteral("terputus"));
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
    void serverRestartUnderARunningFeedLosesNoEvent();
    void backendEndedWhileTheCounterSatIdleIsReplacedAtItsNextPress();
    void backendEndedMidActionFailsThatActionWithNothingDoneAndTheNextWorks();
    void commitWhoseAnswerIsLostIsReportedAsUnknownAndTheCounterShowsWhatWasSaved();
    void silentLinkIsNoticedWithinFiveSecondsAndRecovers();
};

void TestPgOutage::initTestCase()
{
    if (!testOnPostgres())
        QSKIP("PostgreSQL only: run with ANTRIAN_TEST_ENGINE=postgresql (CTest does)");
    QVERIFY2(PgCluster::instance().ok(), qPrintable(PgCluster::instance().error()));
}

void TestPgOutage::serverRestartUnderARunningFeedLosesNoEvent()
{
    Fixture f;
    ChangeFeed feed(f.path());
    QSignalSpy arrived(&feed, &ChangeFeed::eventsArrived);
    QSignalSpy unavailable(&feed, &ChangeFeed::unavailable);
    QVERIFY(feed.start(-1, 20).ok());
    f.issue(QStringLiteral("A"));
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(arrived).size(), 1, 5000);

    QVERIFY(PgCluster::instance().restart().ok());
    // The feed may have looked while the server was down (and said so) or only after it was back
    // (and reconnected at once); either way it catches up below.
    qInfo("feed said unavailable %lld times during the restart", qint64(unavailable.size()));

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

void TestPgOutage::backendEndedWhileTheCounterSatIdleIsReplacedAtItsNextPress()
{
    Fixture f;
    ChangeFeed feed(f.path());
    QSignalSpy arrived(&feed, &ChangeFeed::eventsArrived);
    QVERIFY(feed.start(-1, 20).ok());
    for (int i = 0; i < 3; ++i)
        f.issue(QStringLiteral("A"));
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(arrived).size(), 3, 5000);

    // Every connection to this database but the test's own superuser one is cut while idle: the
    // counter's and the feed's (a server restarted at night does the same). Meanwhile another
    // PC goes on issuing.
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

    // Nothing of the counter's next press had reached the server: it runs on a fresh connection
    // at once, instead of greeting the clerk with "connection lost" while the server is up.
    auto call = f.engine().callNext(1);
    QVERIFY2(call.ok(), why(call).constData());
    QCOMPARE(call->code, QStringLiteral("A-001"));
    QCOMPARE(count(PgCluster::instance(), f.path(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'called'")), 1);
    // The feed caught up on everything, the other PC's issues included, each once.
    QTRY_COMPARE_WITH_TIMEOUT(idsOf(arrived).size(), 6, 5000);
    const QList<qint64> delivered = idsOf(arrived);
    QCOMPARE(QSet<qint64>(delivered.cbegin(), delivered.cend()).size(), 6);
}

void TestPgOutage::backendEndedMidActionFailsThatActionWithNothingDoneAndTheNextWorks()
{
    Fixture f;
    for (int i = 0; i < 3; ++i)
        f.issue(QStringLiteral("A"));
    // Another PC is in the middle of a write, so the counter's call waits on the write lock,
    // inside its transaction, when its backend is ended.
    auto otherPc = Database::open(f.path());
    QVERIFY(otherPc.ok());
    auto writing = std::make_unique<WriteTransaction>(**otherPc);
    QVERIFY(writing->isOpen());

    Result<Ticket> first = Error::storage(QStringLiteral("not run"));
    Result<Ticket> second = Error::storage(QStringLiteral("not run"));
    std::atomic<bool> firstDone{false};
    const QString location = f.path();
    std::thread counterPc([&] {
        auto db = Database::open(location);
        if (!db)
            return;
        QueueEngine counter(**db, f.clock());
        first = counter.callNext(1);
        firstDone = true;
        QThread::msleep(Database::kReconnectMs + 100);
        second = counter.callNext(1);
    });
    const QString database = PgCluster::databaseOf(f.path());
    int ended = 0;
    for (int tries = 0; ended == 0 && tries < 250; ++tries) {
        QTest::qWait(20);
        ended = count(PgCluster::instance(), f.path(),
                      QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                     " WHERE datname = '%1' AND wait_event = 'advisory'").arg(database));
    }
    QCOMPARE(ended, 1);
    QTRY_VERIFY_WITH_TIMEOUT(firstDone.load(), 5000);
    writing.reset(); // the other PC's write ends
    counterPc.join();

    QVERIFY(!first.ok());
    QCOMPARE(first.error().kind, Error::Kind::Storage);
    QVERIFY2(saysConnectionLost(first.error()), qPrintable(first.error().message));
    QVERIFY2(second.ok(), why(second).constData());
    QCOMPARE(second->code, QStringLiteral("A-001"));
    // The action that failed left nothing behind: one call, one event for it.
    QCOMPARE(count(PgCluster::instance(), f.path(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'called'")), 1);
    QCOMPARE(count(PgCluster::instance(), f.path(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'called'")), 1);
}

void TestPgOutage::commitWhoseAnswerIsLostIsReportedAsUnknownAndTheCounterShowsWhatWasSaved()
{
    Fixture f;
    for (int i = 0; i < 3; ++i)
        f.issue(QStringLiteral("A"));
    SilentLinkProxy proxy(quint16(PgCluster::instance().port()));
    auto db = Database::open(throughProxy(f.path(), proxy)); // the counter PC, across the cable
    QVERIFY2(db.ok(), why(db).constData());
    (*db)->setStatementDeadline(Database::kAppStatementDeadlineMs);
    QueueEngine counter(**db, f.clock());

    proxy.loseTheNextCommitsAnswer();
    auto call = counter.callNext(1);
    QVERIFY(!call.ok());
    QCOMPARE(call.error().kind, Error::Kind::Storage);
    // Not "failed": the server got the COMMIT, and the clerk must not press again blindly.
    QVERIFY2(call.error().message.contains(QStringLiteral("not known")) || call.error().message.contains(QStringLiteral("tidak diketahui")),
             qPrintable(call.error().message));
    // It was saved, once.
    QCOMPARE(count(PgCluster::instance(), f.path(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'called'")), 1);

    // Once the server answers again, what the counter's screen reads is what the server holds:
    // A-001 at counter 1, called once. Nothing was repeated by itself.
    Result<CounterView> view = Error::storage(QStringLiteral("not yet"));
    QElapsedTimer back;
    back.start();
    while (!view && back.elapsed() < 5000) {
        QTest::qWait(100);
        view = readCounterView(counter, 1);
    }
    QVERIFY2(view.ok(), why(view).constData());
    QVERIFY(view->current.has_value());
    QCOMPARE(view->current->code, QStringLiteral("A-001"));
    QCOMPARE(view->current->status, TicketStatus::Called);
    QCOMPARE(count(PgCluster::instance(), f.path(), QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'called'")), 1);
}

void TestPgOutage::silentLinkIsNoticedWithinFiveSecondsAndRecovers()
{
    Fixture f;
    SilentLinkProxy proxy(quint16(PgCluster::instance().port()));
    const QString viaProxy = throughProxy(f.path(), proxy);
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
