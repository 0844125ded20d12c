// SPDX-License-Identifier: GPL-3.0-or-later
// The announcement sentence and the queue that plays announcements one at a time.
#include "testsupport.h"

#include "announce/announcement.h"
#include "announce/announcementqueue.h"
#include "announce/speaker.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace antrian;
using namespace antrian::test;

namespace {

// Records what it was asked to play; finishes by itself after `finishAfterMs` (at once, inside
// play(), for 0; never for -1: the test finishes it by hand).
class FakeSpeaker : public Speaker
{
public:
    explicit FakeSpeaker(int finishAfterMs) : m_finishAfterMs(finishAfterMs) {}

    void play(const Announcement &a) override
    {
        if (m_playing)
            overlapped = true;
        m_playing = true;
        played.append(a.text);
        ++m_generation;
        if (m_finishAfterMs == 0) {
            finishNow();
        } else if (m_finishAfterMs > 0) {
            const int generation = m_generation;
            QTimer::singleShot(m_finishAfterMs, this, [this, generation] {
                if (generation == m_generation && m_playing)
                    finishNow();
            });
        }
    }
    void stop() override
    {
        m_playing = false;
        ++stops;
    }
    void finishNow()
    {
        m_playing = false;
        emit finished();
    }
    bool isPlaying() const { return m_playing; }

    QStringList played;
    int stops = 0;
    bool overlapped = false;

private:
    int m_finishAfterMs;
    bool m_playing = false;
    int m_generation = 0;
};

Announcement call(const QString &code, int counter, qint64 eventId, bool recall = false)
{
    auto a = buildAnnouncement(code, counter, QStringLiteral("id"));
    if (!a)
        qFatal("%s", qPrintable(a.error().message));
    a->eventId = eventId;
    a->recall = recall;
    return *a;
}

QString sentence(const QString &code, int counter)
{
    return call(code, counter, 0).text;
}

} // namespace

class TestAnnounce : public QObject
{
    Q_OBJECT

private slots:
    // The sentence.
    void indonesianSentenceSaysTheLetterTheNumberAndTheCounter();
    void sentenceForEveryKindOfNumber_data();
    void sentenceForEveryKindOfNumber();
    void speechPausesAfterTheLetterSoItIsSaidAsALetter();
    void everyCodeTheSampleBranchCanIssueHasASentence();
    void malformedCodeOrCounterIsRefusedWithTheReason_data();
    void malformedCodeOrCounterIsRefusedWithTheReason();

    // The queue.
    void burstOfCallsIsPlayedInOrderOneAtATime();
    void newCallNeverCutsOffTheOneBeingSpoken();
    void sameEventIsAnnouncedOnce();
    void recallIsAnnouncedAgain();
    void mutedQueuePlaysNothingAndDropsWhatWaited();
    void stuckSpeakerIsGivenUpOnAndTheNextCallIsPlayed();
    void speakerWithoutAnyAudioStillGetsEveryCall();
    void startedAndFinishedAreSignalledForEachAnnouncement();
};

void TestAnnounce::indonesianSentenceSaysTheLetterTheNumberAndTheCounter()
{
    QCOMPARE(sentence(QStringLiteral("A-123"), 3),
             QStringLiteral("Nomor antrian A seratus dua puluh tiga, silakan ke loket tiga"));
    auto en = buildAnnouncement(QStringLiteral("A-123"), 3, QStringLiteral("en"));
    QVERIFY(en.ok());
    QCOMPARE(en->text, QStringLiteral("Ticket number A one hundred twenty-three, please go to counter three"));
    QCOMPARE(en->language, QStringLiteral("en"));
    QCOMPARE(en->ticketCode, QStringLiteral("A-123"));
    QCOMPARE(en->counterNumber, 3);
}

void TestAnnounce::sentenceForEveryKindOfNumber_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("indonesian");
    QTest::addColumn<QString>("english");
    QTest::newRow("A-000 (zero)") << "A-000" << 1 << "Nomor antrian A nol, silakan ke loket satu"
                                  << "Ticket number A zero, please go to counter one";
    QTest::newRow("A-001") << "A-001" << 1 << "Nomor antrian A satu, silakan ke loket satu"
                           << "Ticket number A one, please go to counter one";
    QTest::newRow("B-010") << "B-010" << 2 << "Nomor antrian B sepuluh, silakan ke loket dua"
                           << "Ticket number B ten, please go to counter two";
    QTest::newRow("B-011") << "B-011" << 10 << "Nomor antrian B sebelas, silakan ke loket sepuluh"
                           << "Ticket number B eleven, please go to counter ten";
    QTest::newRow("P-019") << "P-019" << 11 << "Nomor antrian P sembilan belas, silakan ke loket sebelas"
                           << "Ticket number P nineteen, please go to counter eleven";
    QTest::newRow("A-100") << "A-100" << 12 << "Nomor antrian A seratus, silakan ke loket dua belas"
                           << "Ticket number A one hundred, please go to counter twelve";
    QTest::newRow("A-101") << "A-101" << 19 << "Nomor antrian A seratus satu, silakan ke loket sembilan belas"
                           << "Ticket number A one hundred one, please go to counter nineteen";
    QTest::newRow("C-111") << "C-111" << 20 << "Nomor antrian C seratus sebelas, silakan ke loket dua puluh"
                           << "Ticket number C one hundred eleven, please go to counter twenty";
    QTest::newRow("A-999") << "A-999" << 21 << "Nomor antrian A sembilan ratus sembilan puluh sembilan, silakan ke loket dua puluh satu"
                           << "Ticket number A nine hundred ninety-nine, please go to counter twenty-one";
    QTest::newRow("A-1000") << "A-1000" << 99 << "Nomor antrian A seribu, silakan ke loket sembilan puluh sembilan"
                            << "Ticket number A one thousand, please go to counter ninety-nine";
    QTest::newRow("Z-9999") << "Z-9999" << 6
                            << "Nomor antrian Z sembilan ribu sembilan ratus sembilan puluh sembilan, silakan ke loket enam"
                            << "Ticket number Z nine thousand nine hundred ninety-nine, please go to counter six";
    QTest::newRow("no dash") << "Q123" << 4 << "Nomor antrian Q seratus dua puluh tiga, silakan ke loket empat"
                             << "Ticket number Q one hundred twenty-three, please go to counter four";
}

void TestAnnounce::sentenceForEveryKindOfNumber()
{
    QFETCH(QString, code);
    QFETCH(int, counter);
    QFETCH(QString, indonesian);
    QFETCH(QString, english);
    auto id = buildAnnouncement(code, counter, QStringLiteral("id"));
    auto en = buildAnnouncement(code, counter, QStringLiteral("en"));
    QVERIFY2(id.ok(), id ? "" : qPrintable(id.error().message));
    QVERIFY2(en.ok(), en ? "" : qPrintable(en.error().message));
    QCOMPARE(id->text, indonesian);
    QCOMPARE(en->text, english);
}

void TestAnnounce::speechPausesAfterTheLetterSoItIsSaidAsALetter()
{
    auto id = buildAnnouncement(QStringLiteral("A-123"), 3, QStringLiteral("id"));
    QCOMPARE(id->speech, QStringLiteral("Nomor antrian A, seratus dua puluh tiga, silakan ke loket tiga."));
    auto en = buildAnnouncement(QStringLiteral("A-123"), 3, QStringLiteral("en"));
    QCOMPARE(en->speech, QStringLiteral("Ticket number A, one hundred twenty-three, please go to counter three."));
    // An unknown language is spoken in Indonesian, the branch default.
    auto other = buildAnnouncement(QStringLiteral("A-123"), 3, QStringLiteral("fr"));
    QCOMPARE(other->language, QStringLiteral("id"));
    QCOMPARE(other->text, id->text);
}

void TestAnnounce::everyCodeTheSampleBranchCanIssueHasASentence()
{
    const BranchConfig branch = sampleBranch();
    for (const ServiceConfig &service : branch.services) {
        for (int seq : {1, service.dailyLimit}) {
            const QString code = formatTicketCode(service.code, seq);
            for (const CounterConfig &counter : branch.counters) {
                for (const QString &lang : {QStringLiteral("id"), QStringLiteral("en")}) {
                    auto a = buildAnnouncement(code, counter.number, lang);
                    QVERIFY2(a.ok(), qPrintable(code));
                    QVERIFY2(a->text.contains(u' ' + service.code + u' '), qPrintable(a->text));
                    for (QChar c : a->text)
                        QVERIFY2(!c.isDigit(), qPrintable(a->text));
                }
            }
        }
    }
}

void TestAnnounce::malformedCodeOrCounterIsRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "" << 1 << "\"\"";
    QTest::newRow("two letters") << "AB-12" << 1 << "AB-12";
    QTest::newRow("lower case") << "a-12" << 1 << "a-12";
    QTest::newRow("no number") << "A-" << 1 << "A-";
    QTest::newRow("digits only") << "123" << 1 << "123";
    QTest::newRow("counter zero") << "A-001" << 0 << "counter number 0";
    QTest::newRow("negative counter") << "A-001" << -2 << "counter number -2";
}

void TestAnnounce::malformedCodeOrCounterIsRefusedWithTheReason()
{
    QFETCH(QString, code);
    QFETCH(int, counter);
    QFETCH(QString, mentions);
    auto a = buildAnnouncement(code, counter, QStringLiteral("id"));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().kind, Error::Kind::BadInput);
    QVERIFY2(a.error().message.contains(mentions), qPrintable(a.error().message));
}

void TestAnnounce::burstOfCallsIsPlayedInOrderOneAtATime()
{
    FakeSpeaker speaker(15);
    AnnouncementQueue queue(&speaker);
    queue.setPauseMs(5);
    QStringList expected;
    for (int i = 1; i <= 12; ++i) {
        const QString code = formatTicketCode(QStringLiteral("B"), i);
        queue.enqueue(call(code, 1 + i % 4, i));
        expected.append(sentence(code, 1 + i % 4));
    }
    QCOMPARE(speaker.played.size(), 1); // the first at once, the rest wait
    QCOMPARE(queue.pendingCount(), 11);
    QTRY_COMPARE_WITH_TIMEOUT(speaker.played.size(), 12, 5000);
    QTRY_VERIFY(!queue.isBusy());
    QCOMPARE(speaker.played, expected);
    QVERIFY(!speaker.overlapped);
    QCOMPARE(speaker.stops, 0);
}

void TestAnnounce::newCallNeverCutsOffTheOneBeingSpoken()
{
    FakeSpeaker speaker(-1);
    AnnouncementQueue queue(&speaker);
    queue.setPauseMs(1);
    queue.enqueue(call(QStringLiteral("A-001"), 1, 1));
    queue.enqueue(call(QStringLiteral("A-002"), 2, 2));
    QTest::qWait(50);
    QCOMPARE(speaker.played, QStringList{sentence(QStringLiteral("A-001"), 1)});
    QVERIFY(speaker.isPlaying());
    QCOMPARE(speaker.stops, 0);
    speaker.finishNow();
    QTRY_COMPARE(speaker.played.size(), 2);
    QCOMPARE(speaker.played.last(), sentence(QStringLiteral("A-002"), 2));
    QVERIFY(!speaker.overlapped);
}

void TestAnnounce::sameEventIsAnnouncedOnce()
{
    FakeSpeaker speaker(0);
    AnnouncementQueue queue(&speaker);
    queue.setPauseMs(1);
    queue.enqueue(call(QStringLiteral("A-007"), 1, 42));
    queue.enqueue(call(QStringLiteral("A-007"), 1, 42));
    QTest::qWait(30);
    QCOMPARE(speaker.played.size(), 1);
}

void TestAnnounce::recallIsAnnouncedAgain()
{
    FakeSpeaker speaker(0);
    AnnouncementQueue queue(&speaker);
    queue.setPauseMs(1);
    queue.enqueue(call(QStringLiteral("A-007"), 1, 42));
    queue.enqueue(call(QStringLiteral("A-007"), 1, 43, true));
    QTRY_COMPARE(speaker.played.size(), 2);
    QCOMPARE(speaker.played.at(0), speaker.played.at(1));
}

void TestAnnounce::mutedQueuePlaysNothingAndDropsWhatWaited()
{
    FakeSpeaker speaker(-1);
    AnnouncementQueue queue(&speaker);
    queue.setPauseMs(1);
    queue.enqueue(call(QStringLiteral("A-001"), 1, 1));
    queue.enqueue(call(QStringLiteral("A-002"), 1, 2));
    queue.setMuted(true);
    QCOMPARE(speaker.stops, 1); // the one being said stops at once
    QCOMPARE(queue.pendingCount(), 0);
    queue.enqueue(call(QStringLiteral("A-003"), 1, 3));
    QTest::qWait(30);
    QCOMPARE(speaker.played.size(), 1);
    QVERIFY(!queue.isBusy());

    queue.setMuted(false);
    queue.enqueue(call(QStringLiteral("A-004"), 1, 4));
    QCOMPARE(speaker.played.last(), sentence(QStringLiteral("A-004"), 1));

    AnnouncementQueue silent(nullptr); // no speaker at all: nothing to play through, no crash
    silent.enqueue(call(QStringLiteral("A-005"), 1, 5));
    QVERIFY(!silent.isBusy());
}

void TestAnnounce::stuckSpeakerIsGivenUpOnAndTheNextCallIsPlayed()
{
    FakeSpeaker speaker(-1);
    AnnouncementQueue queue(&speaker);
    queue.setPauseMs(1);
    queue.setTimeoutMs(100);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not finish within 100 ms")));
    queue.enqueue(call(QStringLiteral("A-001"), 1, 1));
    queue.enqueue(call(QStringLiteral("A-002"), 2, 2));
    QTRY_COMPARE_WITH_TIMEOUT(speaker.played.size(), 2, 2000);
    QCOMPARE(speaker.stops, 1);
    speaker.finishNow(); // the second finishes normally
    QTRY_VERIFY(!queue.isBusy());
    QCOMPARE(queue.pendingCount(), 0);
}

void TestAnnounce::speakerWithoutAnyAudioStillGetsEveryCall()
{
    FakeSpeaker speaker(0); // finishes inside play(): a machine with no sound at all
    AnnouncementQueue queue(&speaker);
    queue.setPauseMs(0);
    for (int i = 1; i <= 5; ++i)
        queue.enqueue(call(formatTicketCode(QStringLiteral("A"), i), 1, i));
    QTRY_COMPARE(speaker.played.size(), 5);
    QVERIFY(!speaker.overlapped);
}

void TestAnnounce::startedAndFinishedAreSignalledForEachAnnouncement()
{
    FakeSpeaker speaker(5);
    AnnouncementQueue queue(&speaker);
    queue.setPauseMs(1);
    QSignalSpy started(&queue, &AnnouncementQueue::started);
    QSignalSpy finished(&queue, &AnnouncementQueue::finished);
    queue.enqueue(call(QStringLiteral("A-001"), 1, 1));
    queue.enqueue(call(QStringLiteral("A-001"), 1, 2, true));
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(started.count(), 2);
    QCOMPARE(started.at(0).at(0).value<Announcement>().eventId, 1);
    QVERIFY(started.at(1).at(0).value<Announcement>().recall);
    QCOMPARE(finished.at(1).at(0).value<Announcement>().eventId, 2);
}

QTEST_GUILESS_MAIN(TestAnnounce)
#include "tst_announce.moc"
