// SPDX-License-Identifier: GPL-3.0-or-later
// The rating pad (antrian-kiosk --rating-pad COUNTER), headless: the counter finishes a ticket
// through the engine, the pad's controller hears it on the change feed and asks; touches on it
// (and, once, on the real QML window) store the rating, checked in the database. Also the
// binary's --rating-pad option and its screenshots.
#include "kioskparts.h"

#include "kioskapp.h"
#include "ratingpad.h"

#include "core/translation.h"
#include "sqlrows.h"
#include "staff/countersessions.h"
#include "staff/staffworker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPointingDevice>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Antrian_KioskPlugin)

using namespace antrian;
using namespace antrian::kiosk;
using namespace antrian::test;
using antrian::kiosk::test::quick;
using PadScreen = RatingPadController::Screen;

namespace {

constexpr int kPadCounter = 2;

BranchConfig branchRating(RatingMode mode)
{
    BranchConfig c = smallBranch();
    c.rating = mode;
    return c;
}

// Shorter screens, so a test does not wait 30 s; each still runs on its own timer.
RatingPadTimings quickPad()
{
    RatingPadTimings t;
    t.thanksMs = 50;
    t.noticeMs = 50;
    return t;
}

// The staff member logged in at `counter` (Fixture::staff names them "Staff N").
qint64 staffAt(Fixture &f, int counter)
{
    auto session = CounterSessions(f.db(), f.clock()).sessionAt(counter);
    return session && session->has_value() ? (*session)->staffId : 0;
}

// A customer served start to finish at `counter` by whoever is logged in there.
Ticket serve(Fixture &f, int counter)
{
    const qint64 staff = staffAt(f, counter);
    const Ticket issued = f.issue(QStringLiteral("A"));
    if (!f.engine().callNext(counter, staff) || !f.engine().start(counter, staff))
        qFatal("could not call and start %s", qPrintable(issued.code));
    auto done = f.engine().finish(counter, staff);
    if (!done)
        qFatal("could not finish %s: %s", qPrintable(issued.code), qPrintable(done.error().message));
    return *done;
}

Ticket stored(Fixture &f, const QString &code)
{
    const auto tickets = f.engine().tickets(TicketFilter{});
    for (const Ticket &t : *tickets) {
        if (t.code == code)
            return t;
    }
    qFatal("no ticket %s", qPrintable(code));
}

QStringList skmRows(Fixture &f)
{
    return queryRows(f.db(), QStringLiteral("SELECT u1, u2, u3, u4, u5, u6, u7, u8, u9 FROM skm_responses"));
}

// The pad's parts on a fixture's database, with a live feed as the app has.
struct Pad
{
    explicit Pad(Fixture &f, RatingPadTimings timings = quickPad(), int counter = kPadCounter)
        : worker(f.path(), f.clock()), staff(f.path(), f.clock()), feed(f.path())
    {
        if (!worker.start().ok() || !staff.start().ok() || !feed.start(-1, 5).ok())
            qFatal("the pad's parts did not start");
        controller = std::make_unique<RatingPadController>(worker, &staff, &feed, counter, f.engine().branch()->config,
                                                           QStringLiteral("en"), timings);
    }
    // Every job posted to the worker so far has answered (it runs them in order).
    void settle()
    {
        bool done = false;
        worker.run<int>([](QueueEngine &) { return 0; }, controller.get(), [&done](int) { done = true; });
        QTRY_VERIFY(done);
    }
    // The feed has delivered everything committed so far, and the pad has acted on it.
    void catchUp()
    {
        feed.poll();
        QCoreApplication::processEvents();
        settle();
    }

    QueueWorker worker;
    StaffWorker staff;
    ChangeFeed feed;
    std::unique_ptr<RatingPadController> controller;
};

} // namespace

class TestRatingPad : public QObject
{
    Q_OBJECT
private slots:
    void init() { installTranslations(QStringLiteral("en")); }

    void finishAtItsCounterAsksWithFacesTheTicketAndWhoServed();
    void touchingAFaceStoresThatScoreOnTheTicket_data();
    void touchingAFaceStoresThatScoreOnTheTicket();
    void finishAtAnotherCounterLeavesThePadIdle();
    void noTouchForTheQuestionTimeReturnsToIdleAndStoresNothing();
    void aTouchRestartsTheTimeAQuestionWaits();
    void skmModeAsksNineQuestionsAndStoresOneQuestionnaire();
    void backOnTheSkmQuestionsChangesAnAnswer();
    void offModeAsksNothing();
    void aSecondFinishReplacesTheQuestionWithTheNewTicket();
    void aRefusalShowsANoticeThenIdle();
    void ratedElsewhereMeanwhilePutsTheQuestionAway();
    void touchingAFaceInTheWindowStoresIt();
    void ratingPadForACounterTheBranchLacksIsBadUsage();
    void screenshotsOfThePad_data();
    void screenshotsOfThePad();
};

void TestRatingPad::finishAtItsCounterAsksWithFacesTheTicketAndWhoServed()
{
    Fixture f;
    f.staff({kPadCounter});
    Pad pad(f);
    QCOMPARE(pad.controller->screen(), PadScreen::Idle);
    QSignalSpy shown(pad.controller.get(), &RatingPadController::questionShown);
    const Ticket t = serve(f, kPadCounter);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Faces);
    QCOMPARE(pad.controller->ticketCode(), t.code);
    QCOMPARE(shown.size(), 1);
    QTRY_COMPARE(pad.controller->staffName(), QStringLiteral("Staff %1").arg(kPadCounter));
    QCOMPARE(pad.controller->faceWords().size(), 5);
    QCOMPARE(pad.controller->counterName(), QStringLiteral("Loket %1").arg(kPadCounter));
}

void TestRatingPad::touchingAFaceStoresThatScoreOnTheTicket_data()
{
    QTest::addColumn<int>("score");
    QTest::newRow("very bad") << 1;
    QTest::newRow("good") << 4;
    QTest::newRow("very good") << 5;
}

void TestRatingPad::touchingAFaceStoresThatScoreOnTheTicket()
{
    QFETCH(int, score);
    Fixture f;
    f.staff({kPadCounter});
    Pad pad(f);
    const Ticket t = serve(f, kPadCounter);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Faces);
    pad.controller->rate(score);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Thanks);
    QCOMPARE(stored(f, t.code).rating.value_or(0), score);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Idle);
    // A second touch meanwhile stores nothing more (the thanks screen takes no faces).
    pad.controller->rate(1);
    pad.settle();
    QCOMPARE(stored(f, t.code).rating.value_or(0), score);
}

void TestRatingPad::finishAtAnotherCounterLeavesThePadIdle()
{
    Fixture f;
    f.staff({1, kPadCounter});
    Pad pad(f);
    QSignalSpy shown(pad.controller.get(), &RatingPadController::questionShown);
    serve(f, 1);
    pad.catchUp();
    QCOMPARE(pad.controller->screen(), PadScreen::Idle);
    QCOMPARE(shown.size(), 0);
    // The same pad does ask for its own counter.
    serve(f, kPadCounter);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Faces);
}

void TestRatingPad::noTouchForTheQuestionTimeReturnsToIdleAndStoresNothing()
{
    Fixture f;
    f.staff({kPadCounter});
    RatingPadTimings timings = quickPad();
    timings.questionMs = 30;
    Pad pad(f, timings);
    QSignalSpy shown(pad.controller.get(), &RatingPadController::questionShown);
    QSignalSpy idle(pad.controller.get(), &RatingPadController::wentIdle);
    const Ticket t = serve(f, kPadCounter);
    QTRY_COMPARE(idle.size(), 1);
    QCOMPARE(shown.size(), 1); // it did ask, then put the question away
    QCOMPARE(pad.controller->screen(), PadScreen::Idle);
    QCOMPARE(pad.controller->ticketCode(), QString());
    pad.controller->rate(4); // too late: no question is showing
    pad.settle();
    QVERIFY(!stored(f, t.code).rating.has_value());
}

void TestRatingPad::aTouchRestartsTheTimeAQuestionWaits()
{
    // The question waits questionMs after the last touch, not after it appeared: touches on
    // the SKM questions keep it up for as long as the customer answers.
    Fixture f(branchRating(RatingMode::Skm));
    f.staff({kPadCounter});
    RatingPadTimings timings = quickPad();
    timings.questionMs = 60000;
    Pad pad(f, timings);
    serve(f, kPadCounter);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Skm);
    QTest::qWait(300);
    QVERIFY(pad.controller->questionTimeLeftMs() <= timings.questionMs - 300);
    pad.controller->answer(3);
    QVERIFY(pad.controller->questionTimeLeftMs() > timings.questionMs - 300);
    QTest::qWait(300);
    pad.controller->touched(); // a touch anywhere on the pad, not only on an answer
    QVERIFY(pad.controller->questionTimeLeftMs() > timings.questionMs - 300);
}

void TestRatingPad::skmModeAsksNineQuestionsAndStoresOneQuestionnaire()
{
    Fixture f(branchRating(RatingMode::Skm));
    f.staff({kPadCounter});
    Pad pad(f);
    serve(f, kPadCounter);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Skm);
    const QList<int> answers{4, 3, 4, 4, 3, 4, 4, 4, 3};
    for (int i = 0; i < answers.size(); ++i) {
        QCOMPARE(pad.controller->questionIndex(), i);
        QCOMPARE(pad.controller->elementName(), skmElements().at(i).displayName(QStringLiteral("en")));
        QCOMPARE(pad.controller->answerWords().size(), 4);
        QVERIFY(!pad.controller->questionText().isEmpty());
        QVERIFY(skmRows(f).isEmpty()); // nothing stored before the ninth answer
        pad.controller->answer(answers.at(i));
    }
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Thanks);
    QCOMPARE(skmRows(f), QStringList{QStringLiteral("4|3|4|4|3|4|4|4|3")});
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Idle);
}

void TestRatingPad::backOnTheSkmQuestionsChangesAnAnswer()
{
    Fixture f(branchRating(RatingMode::Skm));
    f.staff({kPadCounter});
    Pad pad(f);
    serve(f, kPadCounter);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Skm);
    pad.controller->back(); // nothing before the first question
    QCOMPARE(pad.controller->questionIndex(), 0);
    pad.controller->answer(1);
    pad.controller->answer(2);
    QCOMPARE(pad.controller->questionIndex(), 2);
    pad.controller->back();
    QCOMPARE(pad.controller->questionIndex(), 1);
    QCOMPARE(pad.controller->givenAnswer(), 2); // shown as given
    pad.controller->answer(4);
    for (int i = 2; i < kSkmElementCount; ++i)
        pad.controller->answer(3);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Thanks);
    QCOMPARE(skmRows(f), QStringList{QStringLiteral("1|4|3|3|3|3|3|3|3")});
}

void TestRatingPad::offModeAsksNothing()
{
    Fixture f(branchRating(RatingMode::Off));
    f.staff({kPadCounter});
    Pad pad(f);
    QVERIFY(pad.controller->ratingOff());
    QSignalSpy shown(pad.controller.get(), &RatingPadController::questionShown);
    const Ticket t = serve(f, kPadCounter);
    pad.catchUp();
    QCOMPARE(pad.controller->screen(), PadScreen::Idle);
    QCOMPARE(shown.size(), 0);
    pad.controller->rate(5);
    pad.settle();
    QVERIFY(!stored(f, t.code).rating.has_value());
}

void TestRatingPad::aSecondFinishReplacesTheQuestionWithTheNewTicket()
{
    Fixture f(branchRating(RatingMode::Skm));
    f.staff({kPadCounter});
    Pad pad(f);
    const Ticket first = serve(f, kPadCounter);
    QTRY_COMPARE(pad.controller->ticketCode(), first.code);
    pad.controller->answer(2); // half-way through the first customer's questions
    const Ticket second = serve(f, kPadCounter);
    QTRY_COMPARE(pad.controller->ticketCode(), second.code);
    QCOMPARE(pad.controller->screen(), PadScreen::Skm);
    QCOMPARE(pad.controller->questionIndex(), 0); // the new customer starts at the first
    for (int i = 0; i < kSkmElementCount; ++i)
        pad.controller->answer(4);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Thanks);
    QVERIFY(!stored(f, first.code).isRated());
    QVERIFY(stored(f, second.code).skmAnswered);
    QCOMPARE(skmRows(f).size(), 1);
}

void TestRatingPad::aRefusalShowsANoticeThenIdle()
{
    // The engine refuses (here: rated already, by a keypad the pad's feed has not shown yet):
    // the pad says so briefly and goes idle, nothing stuck.
    Fixture f;
    f.staff({kPadCounter});
    Pad pad(f);
    const Ticket t = serve(f, kPadCounter);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Faces);
    pad.feed.stop();
    QVERIFY(f.engine().rate(t.code, 2).ok());
    pad.controller->rate(5);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Notice);
    QVERIFY2(pad.controller->noticeText().contains(t.code), qPrintable(pad.controller->noticeText()));
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Idle);
    QCOMPARE(stored(f, t.code).rating.value_or(0), 2);
}

void TestRatingPad::ratedElsewhereMeanwhilePutsTheQuestionAway()
{
    Fixture f;
    f.staff({kPadCounter});
    Pad pad(f);
    const Ticket t = serve(f, kPadCounter);
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Faces);
    QVERIFY(f.engine().rate(t.code, 3).ok()); // antrianctl rate, or the counter's keypad
    QTRY_COMPARE(pad.controller->screen(), PadScreen::Idle);
}

void TestRatingPad::touchingAFaceInTheWindowStoresIt()
{
    Fixture f;
    f.staff({kPadCounter});
    KioskOptions options;
    options.ratingPad = kPadCounter;
    options.screen = KioskOptions::Screen::PadIdle;
    options.size = QSize(1280, 800);
    KioskApp app(f.path(), f.clock(), f.engine().branch()->config, QStringLiteral("en"), options, quick(), quickPad());
    QVERIFY(app.start().ok());
    QVERIFY(app.pad());
    QQuickItem *root = app.window()->contentItem();
    QTRY_VERIFY(findItem(root, u"padIdle") && findItem(root, u"padIdle")->isVisible());
    QCOMPARE(findItem(root, u"padCounterName")->property("text").toString(), QStringLiteral("Loket 2"));
    QVERIFY(!findItem(root, u"startScreen")->isVisible());

    const Ticket t = serve(f, kPadCounter);
    QTRY_VERIFY(findItem(root, u"padFaces")->isVisible());
    QVERIFY(findItem(root, u"padTicketCode")->property("text").toString().contains(t.code));
    QQuickItem *face = findItem(root, u"face_4");
    QVERIFY(face);
    const QPoint p = face->mapToScene(QPointF(face->width() / 2, face->height() / 2)).toPoint();
    QPointingDevice *touch = QTest::createTouchDevice();
    QTest::touchEvent(app.window(), touch).press(0, p, app.window());
    QTest::touchEvent(app.window(), touch).release(0, p, app.window());
    QTRY_VERIFY(findItem(root, u"padThanks")->isVisible());
    QCOMPARE(stored(f, t.code).rating.value_or(0), 4);
    QTRY_VERIFY(findItem(root, u"padIdle")->isVisible());
}

void TestRatingPad::ratingPadForACounterTheBranchLacksIsBadUsage()
{
    Fixture f;
    const ProcessResult r = runProgram(QStringLiteral(ANTRIAN_KIOSK_PATH),
                                       {QStringLiteral("--db"), f.path(), QStringLiteral("--rating-pad"),
                                        QStringLiteral("9"), QStringLiteral("--screenshot"),
                                        QDir::temp().filePath(QStringLiteral("never.png"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--rating-pad") && r.err.contains("9"), r.err.constData());
    const ProcessResult word = runProgram(QStringLiteral(ANTRIAN_KIOSK_PATH),
                                          {QStringLiteral("--db"), f.path(), QStringLiteral("--rating-pad"),
                                           QStringLiteral("three")});
    QCOMPARE(word.exitCode, 2);
    QVERIFY2(word.err.contains("--rating-pad"), word.err.constData());
}

void TestRatingPad::screenshotsOfThePad_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("size");
    for (const char *screen : {"pad-idle", "pad-faces", "pad-skm", "pad-thanks"}) {
        for (const char *lang : {"id", "en"})
            QTest::addRow("%s %s", screen, lang) << QString::fromLatin1(screen) << QString::fromLatin1(lang)
                                                 << QStringLiteral("1280x800");
    }
    QTest::newRow("pad-faces full HD") << QStringLiteral("pad-faces") << QStringLiteral("id") << QStringLiteral("1920x1080");
}

void TestRatingPad::screenshotsOfThePad()
{
    QFETCH(QString, screen);
    QFETCH(QString, lang);
    QFETCH(QString, size);
    Fixture f;
    QTemporaryDir dir;
    // ANTRIAN_PAD_SHOTS=DIR keeps them, for a person to look at.
    const QString keep = qEnvironmentVariable("ANTRIAN_PAD_SHOTS");
    const QString png = (keep.isEmpty() ? dir.path() : keep)
            + QStringLiteral("/%1-%2-%3.png").arg(screen, lang, size);
    const ProcessResult r = runProgram(QStringLiteral(ANTRIAN_KIOSK_PATH),
                                       {QStringLiteral("--db"), f.path(), QStringLiteral("--rating-pad"),
                                        QString::number(kPadCounter), QStringLiteral("--screen"), screen,
                                        QStringLiteral("--lang"), lang, QStringLiteral("--size"), size,
                                        QStringLiteral("--now"), QStringLiteral("2026-11-23T09:00:00+07:00"),
                                        QStringLiteral("--screenshot"), png});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(size.section(u'x', 0, 0).toInt(), size.section(u'x', 1, 1).toInt()));
}

QTEST_MAIN(TestRatingPad)
#include "tst_ratingpad.moc"
