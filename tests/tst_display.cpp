// SPDX-License-Identifier: GPL-3.0-or-later
// The lobby display driven headless: real database, real QML screen, a fake speaker in place
// of the chime and voice. What a customer in the lobby would see and hear.
#include "quickitems.h"
#include "testsupport.h"

#include "displaywindow.h"
#include "lobbydisplay.h"
#include "speaker/lobbyspeaker.h"
#include "speaker/voicerenderer.h"

#include "announce/speaker.h"
#include "calendar/branchstate.h"
#include "core/translation.h"
#include "scenegraph.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Antrian_DisplayPlugin)

using namespace antrian;
using namespace antrian::display;
using namespace antrian::test;

namespace {

// Says nothing; remembers what it was asked to say, and takes a little time to say it.
class FakeSpeaker : public Speaker
{
public:
    void play(const Announcement &a) override
    {
        if (m_busy)
            overlapped = true;
        m_busy = true;
        said.append(a.text);
        QTimer::singleShot(20, this, [this] {
            if (!m_busy)
                return;
            m_busy = false;
            emit finished();
        });
    }
    void stop() override { m_busy = false; }

    QStringList said;
    bool overlapped = false;

private:
    bool m_busy = false;
};

// A speech engine that says anything as 0.1 s of sound, fails every time, or hangs in its
// first sentence until the test lets it go.
class FakeEngine : public SpeechEngine
{
public:
    enum class Mode { Speaks, Fails, HangsFirst };
    explicit FakeEngine(Mode mode) : m_mode(mode) {}
    ~FakeEngine() override { letGo(); }

    Result<Pcm> synthesize(const QString &, const QString &) override
    {
        if (m_mode == Mode::Fails)
            return Error::storage(QStringLiteral("fake engine: broken"));
        if (m_mode == Mode::HangsFirst && m_calls.fetch_add(1) == 0) {
            stuck = true;
            m_release.acquire();
            stuck = false;
        }
        Pcm pcm;
        pcm.samples = QByteArray(2 * Pcm::kRate / 10, '\x20');
        return pcm;
    }
    void letGo() { m_release.release(100); }

    std::atomic<bool> stuck = false;

private:
    Mode m_mode;
    std::atomic<int> m_calls = 0;
    QSemaphore m_release;
};

// What reached the loudspeaker: the length of each sound played. The first sound may block
// its playback thread, or never be reported done; the others take 10 ms.
class Heard : public std::enable_shared_from_this<Heard>
{
public:
    enum class Mode { Plays, BlocksFirst, EndlessFirst };
    explicit Heard(Mode mode) : m_mode(mode) {}
    PcmOutputFactory factory()
    {
        return [self = shared_from_this()] { return std::make_unique<Output>(self); };
    }
    QList<double> sounds() const
    {
        QMutexLocker lock(&m_mutex);
        return m_sounds;
    }
    int count() const { return int(sounds().size()); }
    void letGo() { m_release.release(100); }

private:
    class Output : public PcmOutput
    {
    public:
        explicit Output(std::shared_ptr<Heard> heard) : m_heard(std::move(heard)) {}
        void play(const Pcm &pcm) override
        {
            int n = 0;
            {
                QMutexLocker lock(&m_heard->m_mutex);
                n = int(m_heard->m_sounds.size());
                m_heard->m_sounds.append(pcm.seconds());
            }
            if (n == 0 && m_heard->m_mode == Mode::BlocksFirst) {
                m_heard->m_release.acquire();
                return;
            }
            if (n == 0 && m_heard->m_mode == Mode::EndlessFirst)
                return;
            QTimer::singleShot(10, this, [this] { emit finished({}); });
        }
        void cancel() override {}

    private:
        std::shared_ptr<Heard> m_heard;
    };

    Mode m_mode;
    mutable QMutex m_mutex;
    QList<double> m_sounds;
    QSemaphore m_release;
};

// The display on a fixture's database, its window loaded at `size`.
class Lobby
{
public:
    // `voice`: a speaker of the test's own instead of the fake one.
    explicit Lobby(Fixture &f, QSize size = {1920, 1080}, Speaker *voice = nullptr)
        : display(f.path(), f.clock(), voice ? voice : &speaker)
    {
        display.announcements()->setPauseMs(5);
        started = display.start(5);
        DisplayOptions options;
        options.windowSize = size;
        window = std::make_unique<DisplayWindow>(display.view(), options);
        shown = window->show();
    }

    // Found through the visual tree: delegates of a Repeater or ListView are not QObject
    // children of the window.
    QQuickItem *item(const char *name) const
    {
        return window->window() ? findItem(window->window()->contentItem(), QString::fromLatin1(name)) : nullptr;
    }
    QString text(const char *name) const
    {
        QQuickItem *i = item(name);
        return i ? i->property("text").toString() : QStringLiteral("(no %1)").arg(QLatin1String(name));
    }
    // The text of `child` inside the item `parent` (a counter tile, a waiting chip).
    QString textIn(const char *parent, const char *child) const
    {
        QQuickItem *p = item(parent);
        QQuickItem *c = p ? findItem(p, QString::fromLatin1(child)) : nullptr;
        return c ? c->property("text").toString() : QStringLiteral("(no %1/%2)").arg(QLatin1String(parent), QLatin1String(child));
    }
    bool isShown(const char *name) const
    {
        QQuickItem *i = item(name);
        return i && i->isVisible() && i->height() > 0;
    }

    FakeSpeaker speaker;
    LobbyDisplay display;
    std::unique_ptr<DisplayWindow> window;
    Outcome started = Done{};
    Outcome shown = Done{};
};

ProcessResult runDisplay(const QStringList &args)
{
    RunOptions options;
    options.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return runProgram(QStringLiteral(ANTRIAN_DISPLAY_PATH), args, options);
}

QString sentence(const char *code, int counter)
{
    return buildAnnouncement(QString::fromLatin1(code), counter, QStringLiteral("id"))->text;
}

QRectF sceneRect(QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

} // namespace

class TestDisplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { installTranslations(QStringLiteral("id")); }

    void callMadeThroughTheCoreIsShownLargeAndAnnouncedOnce();
    void burstOfCallsFromAnotherProcessIsAnnouncedOnceEachInOrder();
    void recallIsAnnouncedAgainAndSaysSo();
    void mutedDisplayShowsEveryCallAndSaysNothing();
    void waitingCountsFollowTheKiosk();
    void pausedAndClosedCountersAreShownAsSuch();
    void closedScreenAtAFixedClockSaysWhenWeOpen_data();
    void closedScreenAtAFixedClockSaysWhenWeOpen();
    void boardInvitesTicketsOnlyWhileTheKioskTakesThem_data();
    void boardInvitesTicketsOnlyWhileTheKioskTakesThem();
    void lostDatabaseIsShownToTheLobby();
    void lostServerKeepsTheBoardUpWithTheOfflineMark();
    void failingSpeechEngineStillChimesEveryCallAndOneWarningIsLogged();
    void boardListsPassTheModelTester();
    void screenshotOptionSavesTheScreenAndExits();
    void badOptionsAreRefusedWithTheReason_data();
    void badOptionsAreRefusedWithTheReason();
    void missingDatabaseIsRefusedWithHowToCreateIt();
    void nothingOverlapsOrLeavesTheScreen_data();
    void nothingOverlapsOrLeavesTheScreen();

    void hungSpeechEngineCostsOneVoiceWhileTheBoardGoesOn();
    void hungOrEndlessSoundIsGivenUpAndTheNextCallIsHeard_data();
    void hungOrEndlessSoundIsGivenUpAndTheNextCallIsHeard();
    void englishBoardShowsEnglishCounterNamesAndRunningText();
    void runningTextMovesOnlyWhileTheBranchIsOpen_data();
    void runningTextMovesOnlyWhileTheBranchIsOpen();
    void longCounterNameWrapsAtAReadableSize();
    void previousCallsFillTheRoomBesideTheNewestCall();
    void finishedTicketIsNotShownAsTheNewestCallAtStart();
    void softwareRasterisersAreToldFromGraphicsCards_data();
    void softwareRasterisersAreToldFromGraphicsCards();
};

void TestDisplay::initTestCase()
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

void TestDisplay::callMadeThroughTheCoreIsShownLargeAndAnnouncedOnce()
{
    Fixture f;
    f.staff({1});
    Lobby lobby(f);
    QVERIFY2(lobby.started.ok() && lobby.shown.ok(), "display did not start");
    QTRY_VERIFY(lobby.display.view()->isReady());
    QVERIFY(lobby.isShown("welcome"));

    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(4).ok());
    QTRY_COMPARE_WITH_TIMEOUT(lobby.text("newestTicket"), QStringLiteral("A-001"), 5000);
    QCOMPARE(lobby.text("newestCounter"), QStringLiteral("LOKET 4"));
    QCOMPARE(lobby.textIn("counter4", "ticket"), QStringLiteral("A-001"));
    QCOMPARE(lobby.textIn("counter1", "ticket"), QStringLiteral("–"));
    QVERIFY(!lobby.isShown("welcome"));
    QTRY_COMPARE(lobby.speaker.said, QStringList{sentence("A-001", 4)});
    QTest::qWait(300);
    QCOMPARE(lobby.speaker.said.size(), 1);
    QCOMPARE(lobby.display.view()->callSerial(), 1); // the highlight blinked once for it
}

void TestDisplay::burstOfCallsFromAnotherProcessIsAnnouncedOnceEachInOrder()
{
    Fixture f;
    for (int i = 0; i < 4; ++i)
        f.issue(QStringLiteral("A"));
    for (int i = 0; i < 2; ++i)
        f.issue(QStringLiteral("B"));
    Lobby lobby(f);
    QVERIFY(lobby.started.ok());
    // Four counters pressing "next" one right after the other in other processes, then one
    // more through the core: five calls within a few hundred milliseconds.
    const QString now = mondayMorning().toString(Qt::ISODate);
    QStringList expected;
    for (int counter = 1; counter <= 4; ++counter) {
        const ProcessResult r = runCtl({"--db", f.path(), "--now", now, "--json", "call", QString::number(counter)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString code = QJsonDocument::fromJson(r.out).object().value(QLatin1String("code")).toString();
        expected.append(buildAnnouncement(code, counter, QStringLiteral("id"))->text);
    }
    QVERIFY(f.engine().markNoShow(3).ok());
    QVERIFY(f.engine().callNext(3).ok());
    expected.append(sentence("B-002", 3));
    QTRY_COMPARE_WITH_TIMEOUT(lobby.speaker.said.size(), 5, 10000);
    QCOMPARE(lobby.speaker.said, expected);
    QVERIFY(!lobby.speaker.overlapped);
    QTest::qWait(300);
    QCOMPARE(lobby.speaker.said.size(), 5);
    QCOMPARE(lobby.text("newestTicket"), QStringLiteral("B-002"));
    QCOMPARE(lobby.display.view()->previousCalls()->count(), 4);
}

void TestDisplay::recallIsAnnouncedAgainAndSaysSo()
{
    Fixture f;
    f.issue(QStringLiteral("B"));
    Lobby lobby(f);
    QVERIFY(f.engine().callNext(2).ok());
    QTRY_COMPARE_WITH_TIMEOUT(lobby.speaker.said.size(), 1, 5000);
    QVERIFY(f.engine().recall(2).ok());
    QTRY_COMPARE_WITH_TIMEOUT(lobby.speaker.said.size(), 2, 5000);
    QCOMPARE(lobby.speaker.said.at(1), sentence("B-001", 2));
    QTRY_COMPARE(lobby.display.view()->newestRecall(), true);
    QCOMPARE(lobby.display.view()->callSerial(), 2);
    QVERIFY(lobby.display.view()->previousCalls()->count() == 0); // one ticket, one line
}

void TestDisplay::mutedDisplayShowsEveryCallAndSaysNothing()
{
    Fixture f;
    f.staff({1, 2});
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    Lobby lobby(f);
    lobby.display.setMuted(true);
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().callNext(2).ok());
    QTRY_COMPARE_WITH_TIMEOUT(lobby.text("newestTicket"), QStringLiteral("A-002"), 5000);
    QTRY_COMPARE(lobby.textIn("counter1", "ticket"), QStringLiteral("A-001"));
    QTest::qWait(200);
    QVERIFY(lobby.speaker.said.isEmpty());
    QCOMPARE(lobby.display.view()->callSerial(), 2); // the screen still blinks
}

void TestDisplay::waitingCountsFollowTheKiosk()
{
    Fixture f;
    Lobby lobby(f);
    QTRY_COMPARE(lobby.textIn("waitingB", "waitingCount"), QStringLiteral("0"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(runCtl({"--db", f.path(), "--now", mondayMorning().toString(Qt::ISODate), "issue", "B"}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(lobby.textIn("waitingB", "waitingCount"), QStringLiteral("3"), 5000);
    QCOMPARE(lobby.textIn("waitingA", "waitingCount"), QStringLiteral("0"));
}

void TestDisplay::pausedAndClosedCountersAreShownAsSuch()
{
    Fixture f;
    f.staff({2}); // counter 3: nobody logged in, so it is closed
    Lobby lobby(f);
    QTRY_COMPARE(lobby.textIn("counter3", "ticket"), QStringLiteral("TUTUP"));
    QVERIFY(f.engine().pauseCounter(2).ok());
    QTRY_COMPARE_WITH_TIMEOUT(lobby.textIn("counter2", "ticket"), QStringLiteral("ISTIRAHAT"), 5000);
    QVERIFY(f.engine().resumeCounter(2).ok());
    QTRY_COMPARE_WITH_TIMEOUT(lobby.textIn("counter2", "ticket"), QStringLiteral("–"), 5000);
}

void TestDisplay::closedScreenAtAFixedClockSaysWhenWeOpen_data()
{
    // The kiosk's words (branchStateAt), not the display's own.
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("reopens");
    QTest::newRow("Sunday, id") << "id" << jakarta(2026, 11, 22, 10, 0) << "Kami sedang tutup" << ""
                                << "besok, Senin 23 November 2026, pukul 08.00";
    QTest::newRow("Sunday, en") << "en" << jakarta(2026, 11, 22, 10, 0) << "We are closed" << ""
                                << "tomorrow, Monday 23 November 2026, at 08:00";
    QTest::newRow("before opening") << "id" << jakarta(2026, 11, 23, 6, 30) << "Kami sedang tutup" << ""
                                    << "hari ini pukul 08.00";
    QTest::newRow("Christmas") << "id" << jakarta(2026, 12, 25, 9, 0) << "Hari ini kami tutup" << "Hari Raya Natal"
                               << "besok, Sabtu 26 Desember 2026, pukul 08.00";
    QTest::newRow("Saturday afternoon") << "id" << jakarta(2026, 11, 28, 13, 0) << "Kami sedang tutup" << ""
                                        << "Senin 30 November 2026 pukul 08.00";
}

void TestDisplay::closedScreenAtAFixedClockSaysWhenWeOpen()
{
    QFETCH(QString, lang);
    QFETCH(QDateTime, now);
    QFETCH(QString, title);
    QFETCH(QString, reason);
    QFETCH(QString, reopens);
    installTranslations(lang);
    Fixture f(sampleBranch(), now);
    Lobby lobby(f);
    QTRY_VERIFY(lobby.isShown("closedScreen"));
    QVERIFY(!lobby.isShown("board"));
    QCOMPARE(lobby.text("closedTitle"), title);
    QCOMPARE(lobby.text("closedReason"), reason);
    QCOMPARE(lobby.text("nextOpeningDay"), reopens);
    QCOMPARE(lobby.text("branchName"), QStringLiteral("Bank Nusantara KCP Sudirman"));
    // The kiosk at the same moment says the same.
    const BranchState state = branchStateAt(BranchCalendar(sampleBranch().calendar), now);
    QCOMPARE(state.title, title);
    QCOMPARE(state.reopens, reopens);
}

void TestDisplay::boardInvitesTicketsOnlyWhileTheKioskTakesThem_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("invitation");
    QTest::addColumn<QString>("notice");
    QTest::newRow("open") << jakarta(2026, 11, 23, 9, 0)
                          << "Silakan ambil nomor antrian di mesin antrian dan tunggu panggilan Anda." << "";
    // Issue 12: at 14:50, past the 14:45 cutoff, the board said "Silakan ambil nomor antrian".
    QTest::newRow("past the last ticket")
            << jakarta(2026, 11, 23, 14, 50) << "Pengambilan nomor antrian hari ini sudah ditutup"
            << "Pengambilan nomor antrian hari ini sudah ditutup. Nasabah yang sudah memiliki nomor antrian tetap akan dilayani.";
}

void TestDisplay::boardInvitesTicketsOnlyWhileTheKioskTakesThem()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, invitation);
    QFETCH(QString, notice);
    installTranslations(QStringLiteral("id"));
    Fixture f(sampleBranch(), now);
    Lobby lobby(f);
    QTRY_VERIFY(lobby.display.view()->isReady());
    QVERIFY(lobby.isShown("board"));
    QCOMPARE(lobby.text("invitation"), invitation);
    QCOMPARE(lobby.isShown("notice"), !notice.isEmpty());
    if (!notice.isEmpty())
        QCOMPARE(lobby.text("noticeText"), notice);
}

void TestDisplay::lostDatabaseIsShownToTheLobby()
{
    Fixture f;
    Lobby lobby(f);
    QTRY_VERIFY(lobby.display.view()->isReady());
    QVERIFY(!lobby.isShown("notice"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be read")));
    lobby.display.view()->setAvailability(false, QStringLiteral("disk I/O error"));
    QTRY_VERIFY(lobby.isShown("notice"));
    QVERIFY(lobby.text("noticeText").startsWith(QStringLiteral("Layar terputus dari sistem antrian")));
    lobby.display.view()->setAvailability(true, {});
    QTRY_VERIFY(!lobby.isShown("notice"));
}

void TestDisplay::lostServerKeepsTheBoardUpWithTheOfflineMark()
{
    // A branch on PostgreSQL: the connection goes, the board it showed stays, marked offline.
    Fixture f;
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    Lobby lobby(f);
    QTRY_VERIFY(lobby.display.view()->isReady());
    QTRY_COMPARE(lobby.text("newestTicket"), QStringLiteral("A-001"));
    lobby.display.view()->setKeepsBoardOffline(true);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be read")));
    lobby.display.view()->setAvailability(false, QStringLiteral("connection to the database server lost"));
    QTRY_VERIFY(lobby.isShown("notice"));
    QVERIFY(lobby.text("noticeText").startsWith(QStringLiteral("Layar terputus dari sistem antrian")));
    QVERIFY(!lobby.isShown("outOfService"));
    QVERIFY(lobby.isShown("board"));
    QCOMPARE(lobby.text("newestTicket"), QStringLiteral("A-001"));
    lobby.display.view()->setAvailability(true, {});
    QTRY_VERIFY(!lobby.isShown("notice"));
}

void TestDisplay::failingSpeechEngineStillChimesEveryCallAndOneWarningIsLogged()
{
    // The real speaker with an engine that fails at once: the chime alone for each call, the
    // announcement queue never left waiting, one warning for the lot.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("calls are chimed but not spoken: fake engine")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
    auto heard = std::make_shared<Heard>(Heard::Mode::Plays);
    LobbySpeaker speaker({}, std::make_shared<FakeEngine>(FakeEngine::Mode::Fails), heard->factory());
    QSignalSpy finished(&speaker, &Speaker::finished);
    const Announcement call = *buildAnnouncement(QStringLiteral("A-001"), 1, QStringLiteral("id"));
    for (int i = 1; i <= 3; ++i) {
        speaker.play(call);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), i, 5000);
    }
    QCOMPARE(heard->sounds(), QList<double>(3, lobbyChime().seconds()));
}

void TestDisplay::boardListsPassTheModelTester()
{
    Fixture f;
    for (int i = 0; i < 9; ++i)
        f.issue(i % 3 ? QStringLiteral("A") : QStringLiteral("B"));
    Lobby lobby(f);
    BoardViewModel *view = lobby.display.view();
    QAbstractItemModelTester counters(view->counters(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester calls(view->previousCalls(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester services(view->services(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int round = 0; round < 2; ++round) {
        for (int counter = 1; counter <= 4; ++counter) {
            QVERIFY(f.engine().callNext(counter).ok());
            QVERIFY(f.engine().markNoShow(counter).ok());
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(view->previousCalls()->count(), BoardViewModel::kPreviousCalls, 5000);
    QCOMPARE(view->counters()->count(), 4);
    QCOMPARE(view->services()->count(), 3);
    QCOMPARE(view->counters()->data(view->counters()->index(0), Qt::UserRole).toInt(), 1);
}

void TestDisplay::nothingOverlapsOrLeavesTheScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("sample");
    QTest::newRow("1920x1080, 6 counters") << QSize(1920, 1080) << true;
    QTest::newRow("3840x2160, 6 counters") << QSize(3840, 2160) << true;
    QTest::newRow("1080x1920 portrait, 6 counters") << QSize(1080, 1920) << true;
    QTest::newRow("1366x768, 4 counters") << QSize(1366, 768) << false;
}

void TestDisplay::nothingOverlapsOrLeavesTheScreen()
{
    QFETCH(QSize, size);
    QFETCH(bool, sample);
    Fixture f(sample ? sampleBranch() : smallBranch());
    for (int i = 0; i < 8; ++i)
        f.issue(QStringLiteral("A"));
    for (int counter = 3; counter <= (sample ? 6 : 4); ++counter)
        QVERIFY(f.engine().callNext(counter).ok());
    Lobby lobby(f, size);
    QTRY_COMPARE_WITH_TIMEOUT(lobby.display.view()->previousCalls()->count(), sample ? 3 : 1, 5000);
    QTRY_COMPARE(lobby.window->window()->size(), size);
    QTest::qWait(50);

    const QRectF screen(QPointF(0, 0), QSizeF(size));
    QList<QRectF> boxes;
    QStringList names;
    const int counters = sample ? 6 : 4;
    for (int n = 1; n <= counters; ++n) {
        QQuickItem *tile = lobby.item(qPrintable(QStringLiteral("counter%1").arg(n)));
        QVERIFY2(tile, qPrintable(QStringLiteral("no tile for counter %1").arg(n)));
        boxes.append(sceneRect(tile));
        names.append(QStringLiteral("counter %1").arg(n));
    }
    for (const char *name : {"newestCall", "previousCalls"}) {
        boxes.append(sceneRect(lobby.item(name)));
        names.append(QLatin1String(name));
    }
    for (int i = 0; i < boxes.size(); ++i) {
        QVERIFY2(screen.contains(boxes.at(i)), qPrintable(names.at(i) + QStringLiteral(" leaves the screen")));
        QVERIFY2(boxes.at(i).width() > size.width() * 0.15 && boxes.at(i).height() > size.height() * 0.05,
                 qPrintable(names.at(i) + QStringLiteral(" is too small to read")));
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes.at(i).intersects(boxes.at(j)), qPrintable(names.at(i) + QStringLiteral(" overlaps ") + names.at(j)));
    }
    // The newest ticket is the largest text on the screen, large enough to read across a hall.
    // (contentHeight: the text as laid out, after shrinking to fit its box.)
    const qreal newest = lobby.item("newestTicket")->property("contentHeight").toReal();
    QVERIFY2(newest >= 0.12 * std::min(size.width(), size.height()), qPrintable(QString::number(newest)));
    for (int n = 1; n <= counters; ++n) {
        QQuickItem *tile = lobby.item(qPrintable(QStringLiteral("counter%1").arg(n)));
        const qreal ticket = findItem(tile, u"ticket")->property("contentHeight").toReal();
        QVERIFY2(newest > 1.2 * ticket, qPrintable(QStringLiteral("newest %1, counter %2: %3").arg(newest).arg(n).arg(ticket)));
    }
}

void TestDisplay::screenshotOptionSavesTheScreenAndExits()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    const QString png = QFileInfo(f.path()).dir().filePath(QStringLiteral("board.png"));
    const ProcessResult r = runDisplay({"--db", f.path(), "--now", mondayMorning().toString(Qt::ISODate), "--lang", "en",
                                        "--screenshot", png});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1920, 1080));
    // The newest call's amber panel is there, settled after its blink: a pixel of its margin.
    QCOMPARE(image.pixelColor(40, 400), QColor(QStringLiteral("#ffc629")));
}

void TestDisplay::badOptionsAreRefusedWithTheReason_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("size") << QStringList{"--size", "big"} << "--size";
    QTest::newRow("tiny size") << QStringList{"--size", "10x10"} << "1920x1080";
    QTest::newRow("screen") << QStringList{"--screen", "-1"} << "--screen";
    QTest::newRow("language") << QStringList{"--lang", "fr"} << "--lang";
    QTest::newRow("argument") << QStringList{"now"} << "\"now\"";
}

void TestDisplay::badOptionsAreRefusedWithTheReason()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    Fixture f;
    const ProcessResult r = runDisplay(QStringList{"--db", f.path()} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
}

void TestDisplay::missingDatabaseIsRefusedWithHowToCreateIt()
{
    // Not an exit any more: the out-of-service page, and the log says how to create it.
    QTemporaryDir empty;
    const QString png = empty.filePath(QStringLiteral("shot.png"));
    const ProcessResult r = runDisplay({"--db", empty.filePath(QStringLiteral("none.db")), "--screenshot", png});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("antrianctl init"), r.err.constData());
    QVERIFY(!QImage(png).isNull());
}

void TestDisplay::hungSpeechEngineCostsOneVoiceWhileTheBoardGoesOn()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    auto engine = std::make_shared<FakeEngine>(FakeEngine::Mode::HangsFirst);
    auto heard = std::make_shared<Heard>(Heard::Mode::Plays);
    LobbySpeaker speaker({}, engine, heard->factory());
    speaker.setVoiceLimitMs(300);
    Lobby lobby(f, {1920, 1080}, &speaker);
    QTRY_VERIFY(lobby.display.view()->isReady());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^calls are chimed but not spoken: ")));

    QVERIFY(f.engine().callNext(1).ok());
    QTRY_VERIFY_WITH_TIMEOUT(engine->stuck, 5000);
    // While the engine is stuck in A-001's sentence, the GUI thread's timers fire and the
    // next call comes up on the board as usual.
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, [&] { ticks += engine->stuck ? 1 : 0; });
    tick.start(10);
    QVERIFY(f.engine().callNext(2).ok());
    QTRY_COMPARE_WITH_TIMEOUT(lobby.text("newestTicket"), QStringLiteral("A-002"), 5000);
    QTRY_VERIFY(ticks >= 5);

    // A-001 costs its voice only: its chime alone, then A-002 with chime and voice.
    QTRY_COMPARE_WITH_TIMEOUT(heard->count(), 2, 5000);
    QVERIFY(engine->stuck); // abandoned, never joined
    QCOMPARE(heard->sounds().at(0), lobbyChime().seconds());
    QCOMPARE(heard->sounds().at(1), lobbyChime().seconds() + kChimeToVoiceMs / 1000.0 + 0.1);
    engine->letGo();
}

void TestDisplay::hungOrEndlessSoundIsGivenUpAndTheNextCallIsHeard_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("blocks inside play") << int(Heard::Mode::BlocksFirst);
    QTest::newRow("never says it is done") << int(Heard::Mode::EndlessFirst);
}

void TestDisplay::hungOrEndlessSoundIsGivenUpAndTheNextCallIsHeard()
{
    QFETCH(int, mode);
    Fixture f;
    f.issue(QStringLiteral("B"));
    f.issue(QStringLiteral("B"));
    auto heard = std::make_shared<Heard>(Heard::Mode(mode));
    LobbySpeaker speaker({}, std::make_shared<FakeEngine>(FakeEngine::Mode::Speaks), heard->factory());
    speaker.setPlaybackMarginMs(200);
    Lobby lobby(f, {1920, 1080}, &speaker);
    QSignalSpy finished(lobby.display.announcements(), &AnnouncementQueue::finished);
    QTRY_VERIFY(lobby.display.view()->isReady());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^calls cannot be heard: ")));

    QVERIFY(f.engine().callNext(2).ok());
    QTRY_COMPARE_WITH_TIMEOUT(heard->count(), 1, 5000);
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, [&] { ++ticks; });
    tick.start(10);
    QVERIFY(f.engine().callNext(3).ok());
    QTRY_COMPARE_WITH_TIMEOUT(lobby.text("newestTicket"), QStringLiteral("B-002"), 5000);
    QCOMPARE(heard->count(), 1); // B-002 waits its turn: never over the one in hand
    QTRY_VERIFY(ticks >= 5);

    // The stuck sound is given up after its length and the margin; B-002 is heard in full.
    QTRY_COMPARE_WITH_TIMEOUT(heard->count(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
    QCOMPARE(finished.at(1).at(0).value<Announcement>().ticketCode, QStringLiteral("B-002"));
    QCOMPARE(heard->sounds().at(1), lobbyChime().seconds() + kChimeToVoiceMs / 1000.0 + 0.1);
    heard->letGo();
}

void TestDisplay::englishBoardShowsEnglishCounterNamesAndRunningText()
{
    installTranslations(QStringLiteral("en"));
    Fixture f(sampleBranch());
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(4).ok());
    Lobby lobby(f);
    QTRY_COMPARE_WITH_TIMEOUT(lobby.text("newestTicket"), QStringLiteral("A-001"), 5000);
    const QString counterName = lobby.display.view()->newestCounterName();
    const QString tileName = lobby.textIn("counter4", "counterName");
    const QString running = lobby.text("runningText");
    installTranslations(QStringLiteral("id"));
    QCOMPARE(counterName, QStringLiteral("Customer Service 1"));
    QCOMPARE(tileName, QStringLiteral("Customer Service 1"));
    QVERIFY2(running.startsWith(QStringLiteral("Welcome to Bank Nusantara")), qPrintable(running));
}

void TestDisplay::runningTextMovesOnlyWhileTheBranchIsOpen_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("moves");
    QTest::newRow("Monday morning, open") << jakarta(2026, 11, 23, 9, 0) << true;
    QTest::newRow("Sunday, closed") << jakarta(2026, 11, 22, 10, 0) << false;
    QTest::newRow("Christmas, closed") << jakarta(2026, 12, 25, 9, 0) << false;
}

void TestDisplay::runningTextMovesOnlyWhileTheBranchIsOpen()
{
    QFETCH(QDateTime, now);
    QFETCH(bool, moves);
    Fixture f(sampleBranch(), now);
    Lobby lobby(f);
    QTRY_VERIFY(lobby.display.view()->isReady());
    QTRY_COMPARE(lobby.isShown("closedScreen"), !moves);
    QQuickItem *label = lobby.item("runningText");
    QVERIFY(label && label->isVisible());
    // Past the opening pause: a moving text has left its starting place by now.
    const qreal start = label->x();
    QTest::qWait(3600);
    QCOMPARE(label->x() != start, moves);
}

void TestDisplay::longCounterNameWrapsAtAReadableSize()
{
    // "Layanan Nasabah 2" under counter 5 of the sample branch: too wide for one line in its
    // band at 1920x1080; it used to shrink to about 17 px.
    Fixture f(sampleBranch());
    Lobby lobby(f);
    QTRY_VERIFY(lobby.display.view()->isReady());
    QTRY_COMPARE(lobby.textIn("counter5", "counterName"), QStringLiteral("Layanan Nasabah 2"));
    QQuickItem *name = findItem(lobby.item("counter5"), u"counterName");
    const qreal u = 1.0; // 1920x1080: one design pixel is one pixel
    // Laid out whole, on at most two lines, each as tall as a 20 px letter or more: not shrunk.
    QCOMPARE(name->property("fontSizeMode").toInt(), 0); // Text.FixedSize
    QVERIFY2(name->property("font").value<QFont>().pixelSize() >= 20 * u,
             qPrintable(QString::number(name->property("font").value<QFont>().pixelSize())));
    QVERIFY(name->property("lineCount").toInt() <= 2);
    QVERIFY2(!name->property("truncated").toBool(), qPrintable(QStringLiteral("%1 lines, %2 wide, %3 tall").arg(name->property("lineCount").toInt()).arg(name->width()).arg(name->height())));
    QVERIFY(name->property("contentWidth").toReal() <= name->width() + 0.5);
}

void TestDisplay::previousCallsFillTheRoomBesideTheNewestCall()
{
    Fixture f(sampleBranch());
    for (int i = 0; i < 12; ++i)
        f.issue(i % 2 ? QStringLiteral("A") : QStringLiteral("B"));
    // Six counters call; three of them let their customer go and call the next.
    for (int counter = 1; counter <= 6; ++counter) {
        f.clock().advanceSecs(30);
        QVERIFY(f.engine().callNext(counter).ok());
    }
    for (int counter = 1; counter <= 3; ++counter) {
        f.clock().advanceSecs(30);
        QVERIFY(f.engine().markNoShow(counter).ok());
        QVERIFY(f.engine().callNext(counter).ok());
    }
    Lobby lobby(f);
    QTRY_COMPARE_WITH_TIMEOUT(lobby.display.view()->previousCalls()->count(), BoardViewModel::kPreviousCalls, 5000);
    QTest::qWait(50);
    QQuickItem *list = lobby.item("previousCalls");
    QVERIFY(list);
    int whole = 0;
    for (QQuickItem *row : list->property("contentItem").value<QQuickItem *>()->childItems()) {
        if (row->isVisible() && row->y() + row->height() <= list->height() + 0.5) {
            ++whole;
            QVERIFY2(row->height() >= 50, qPrintable(QString::number(row->height())));
        }
    }
    // 1920x1080: four rows fit where three were shown with room left over.
    QVERIFY2(whole >= 4, qPrintable(QString::number(whole)));
}

void TestDisplay::finishedTicketIsNotShownAsTheNewestCallAtStart()
{
    Fixture f(sampleBranch());
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("B"));
    QVERIFY(f.engine().callNext(4).ok()); // A-001, still on its way to counter 4
    f.clock().advanceSecs(60);
    QVERIFY(f.engine().callNext(1).ok()); // B-001, served and done before the display starts
    QVERIFY(f.engine().start(1).ok());
    QVERIFY(f.engine().finish(1).ok());
    Lobby lobby(f);
    QTRY_VERIFY(lobby.display.view()->isReady());
    QTRY_COMPARE(lobby.text("newestTicket"), QStringLiteral("A-001"));
    QCOMPARE(lobby.text("newestCounter"), QStringLiteral("LOKET 4"));
    QCOMPARE(lobby.display.view()->previousCalls()->count(), 1); // B-001 under earlier calls
}

void TestDisplay::softwareRasterisersAreToldFromGraphicsCards_data()
{
    QTest::addColumn<QString>("renderer");
    QTest::addColumn<bool>("software");
    QTest::newRow("llvmpipe") << "llvmpipe (LLVM 15.0.6, 256 bits)" << true;
    QTest::newRow("softpipe") << "softpipe" << true;
    QTest::newRow("swrast") << "Mesa swrast" << true;
    QTest::newRow("Microsoft basic") << "GDI Generic Software Rasterizer" << true;
    QTest::newRow("Intel") << "Mesa Intel(R) UHD Graphics 620 (KBL GT2)" << false;
    QTest::newRow("AMD") << "AMD Radeon Vega 8 Graphics (radeonsi, raven, LLVM 15.0.6, DRM 3.49)" << false;
    QTest::newRow("virgl") << "virgl (Intel(R) Iris(R) Xe Graphics)" << false;
}

void TestDisplay::softwareRasterisersAreToldFromGraphicsCards()
{
    QFETCH(QString, renderer);
    QFETCH(bool, software);
    QCOMPARE(quickapp::SceneGraph::isSoftwareRasteriser(renderer), software);
}

QTEST_MAIN(TestDisplay)
#include "tst_display.moc"
