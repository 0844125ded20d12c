// SPDX-License-Identifier: GPL-3.0-or-later
// After service, through QueueEngine: the outcome chosen at finish (required or optional, the
// follow-up list), the customer's rating (faces or the SKM questionnaire) with its refusals,
// the ticket a counter's rating pad asks about, and the SKM figures of a date range.
#include "testsupport.h"

#include "core/translation.h"
#include "domain/queueevent.h"
#include "sqlrows.h"

#include <QTest>

using namespace antrian;
using namespace antrian::test;

Q_DECLARE_METATYPE(antrian::Error::Kind)
Q_DECLARE_METATYPE(antrian::RatingMode)

namespace {

BranchConfig outcomeBranch(bool outcomeRequired = false, RatingMode rating = RatingMode::Faces)
{
    BranchConfig c = smallBranch();
    c.outcomes = {{QStringLiteral("selesai"), QStringLiteral("Selesai"), QStringLiteral("Resolved"), true, false},
                  {QStringLiteral("perlu_tindak_lanjut"), QStringLiteral("Perlu tindak lanjut"), QStringLiteral("Needs follow-up"),
                   false, true},
                  {QStringLiteral("dirujuk"), QStringLiteral("Dirujuk"), QStringLiteral("Referred"), false, false}};
    c.services[0].outcomeRequired = outcomeRequired; // A
    c.rating = rating;
    return c;
}

qint64 staffIdOf(const Database &db, int counter)
{
    return queryScalar(db, QStringLiteral("SELECT id FROM staff WHERE username = ?"), {QStringLiteral("staff%1").arg(counter)})
            .toLongLong();
}

// Issues an A ticket and serves it at counter 1 by its logged-in staff member, up to finish.
Ticket serveAtCounterOne(Fixture &f, qint64 staffId)
{
    const Ticket t = f.issue(QStringLiteral("A"));
    if (!f.engine().callNext(1, staffId) || !f.engine().start(1, staffId))
        QTest::qFail("could not call and start the ticket at counter 1", __FILE__, __LINE__);
    return t;
}

Ticket stored(Fixture &f, const QString &code)
{
    auto list = f.engine().tickets({});
    for (const Ticket &t : *list) {
        if (t.code == code)
            return t;
    }
    QTest::qFail(qPrintable(QStringLiteral("no ticket %1").arg(code)), __FILE__, __LINE__);
    return {};
}

int events(const Database &db, EventKind kind)
{
    return queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ?"), {eventKindKey(kind)}).toInt();
}

QList<int> answersOf(const QString &text)
{
    QList<int> answers;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        answers.append(part.toInt());
    return answers;
}

} // namespace

class TestOutcomes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void finishTakesTheOutcomeItsServiceRequires_data();
    void finishTakesTheOutcomeItsServiceRequires();
    void followUpOutcomesListUntilClosed();
    void closingAFollowUpIsRefusedWhenThereIsNoneOpen();
    void ratingIsRefusedUnlessTheTicketIsFinishedAndUnrated_data();
    void ratingIsRefusedUnlessTheTicketIsFinishedAndUnrated();
    void ratingIsStoredWithTheCounterAndStaffOfTheTicket();
    void padAsksAboutTheCountersLastFinishedTicketWithinThirtySeconds_data();
    void padAsksAboutTheCountersLastFinishedTicketWithinThirtySeconds();
    void skmFiguresOfADateRangeOverallAndPerService();
};

void TestOutcomes::finishTakesTheOutcomeItsServiceRequires_data()
{
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("finished");
    QTest::addColumn<Error::Kind>("refusal"); // when not finished
    QTest::addColumn<QString>("storedOutcome");
    QTest::addColumn<bool>("followUp");

    const auto none = Error::Kind::Storage; // not read when finished
    QTest::newRow("optional, none given") << false << "" << "" << true << none << "" << false;
    QTest::newRow("optional, resolved") << false << "selesai" << "" << true << none << "selesai" << false;
    QTest::newRow("optional, a note alone") << false << "" << "called back tomorrow" << true << none << "" << false;
    QTest::newRow("required, none given") << true << "" << "" << false << Error::Kind::Refused << "" << false;
    QTest::newRow("required, only a note") << true << "" << "no outcome" << false << Error::Kind::Refused << "" << false;
    QTest::newRow("required, resolved") << true << "selesai" << "" << true << none << "selesai" << false;
    QTest::newRow("required, follow-up with a note") << true << "perlu_tindak_lanjut" << "KTP tertinggal" << true << none
                                                     << "perlu_tindak_lanjut" << true;
    QTest::newRow("required, referred") << true << "dirujuk" << "" << true << none << "dirujuk" << false;
    QTest::newRow("code in capitals") << true << "SELESAI" << "" << true << none << "selesai" << false;
    QTest::newRow("unknown code") << false << "beres" << "" << false << Error::Kind::BadInput << "" << false;
    QTest::newRow("unknown code where required") << true << "beres" << "" << false << Error::Kind::BadInput << "" << false;
    QTest::newRow("note too long") << false << "selesai" << QString(QueueEngine::kMaxOutcomeNoteLength + 1, u'x') << false
                                   << Error::Kind::BadInput << "" << false;
}

void TestOutcomes::finishTakesTheOutcomeItsServiceRequires()
{
    QFETCH(bool, required);
    QFETCH(QString, outcome);
    QFETCH(QString, note);
    QFETCH(bool, finished);
    QFETCH(Error::Kind, refusal);
    QFETCH(QString, storedOutcome);
    QFETCH(bool, followUp);

    Fixture f(outcomeBranch(required));
    f.staff({1});
    const qint64 staff = staffIdOf(f.db(), 1);
    const Ticket t = serveAtCounterOne(f, staff);

    auto r = f.engine().finish(1, staff, {outcome, note});
    QCOMPARE(r.ok(), finished);
    const Ticket after = stored(f, t.code);
    if (!finished) {
        QCOMPARE(r.error().kind, refusal);
        QVERIFY(!r.error().message.isEmpty());
        // Nothing changed: the customer is still being served, and the counter can finish again.
        QCOMPARE(after.status, TicketStatus::Serving);
        QVERIFY(after.outcome.isEmpty());
        QCOMPARE(events(f.db(), EventKind::Finished), 0);
        QVERIFY2(f.engine().finish(1, staff, {QStringLiteral("selesai"), {}}).ok(), "a finish with an outcome after the refusal");
        return;
    }
    QCOMPARE(after.status, TicketStatus::Done);
    QCOMPARE(after.outcome, storedOutcome);
    QCOMPARE(after.outcomeNote, note);
    QCOMPARE(after.followUp, followUp);
    // What finish returned is what it stored.
    QCOMPARE(r->outcome, after.outcome);
    QCOMPARE(r->outcomeNote, after.outcomeNote);
    QCOMPARE(r->followUp, after.followUp);
    const QString detail = queryScalar(f.db(), QStringLiteral("SELECT detail FROM events WHERE kind = 'finished'")).toString();
    QCOMPARE(detail, storedOutcome.isEmpty() ? QString() : QStringLiteral("{\"outcome\":\"%1\"}").arg(storedOutcome));
}

void TestOutcomes::followUpOutcomesListUntilClosed()
{
    Fixture f(outcomeBranch());
    f.staff({1, 4});
    const qint64 staff = staffIdOf(f.db(), 1);
    const qint64 supervisor = staffIdOf(f.db(), 4);
    const QStringList outcomes{QStringLiteral("selesai"), QStringLiteral("perlu_tindak_lanjut"), QStringLiteral("dirujuk"),
                               QStringLiteral("perlu_tindak_lanjut")};
    QStringList codes;
    for (const QString &outcome : outcomes) {
        codes << serveAtCounterOne(f, staff).code;
        QVERIFY(f.engine().finish(1, staff, {outcome, QStringLiteral("note for ") + codes.last()}).ok());
    }

    auto open = f.engine().followUps();
    QVERIFY(open.ok());
    QStringList listed;
    for (const Ticket &t : *open)
        listed << QStringLiteral("%1 %2 %3 counter %4 staff %5").arg(t.code, t.serviceCode, t.outcomeNote).arg(t.counterNumber).arg(t.staffId == staff);
    QCOMPARE(listed, (QStringList{QStringLiteral("A-002 A note for A-002 counter 1 staff 1"),
                                  QStringLiteral("A-004 A note for A-004 counter 1 staff 1")}));
    QVERIFY(open->first().finishedAt.isValid());

    auto closed = f.engine().closeFollowUp(QStringLiteral("A-002"), supervisor);
    QVERIFY2(closed.ok(), closed.ok() ? "" : qPrintable(closed.error().message));
    QCOMPARE(closed->followUpClosedBy, supervisor);
    QCOMPARE(closed->followUpClosedAt, f.clock().nowUtc());
    const Ticket kept = stored(f, QStringLiteral("A-002"));
    QCOMPARE(kept.followUpClosedBy, supervisor);
    QVERIFY(!kept.followUpOpen());
    QCOMPARE(queryScalar(f.db(), QStringLiteral("SELECT staff_id FROM events WHERE kind = ?"),
                         {eventKindKey(EventKind::FollowUpClosed)})
                     .toLongLong(),
             supervisor);
    open = f.engine().followUps();
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().code, QStringLiteral("A-004"));
}

void TestOutcomes::closingAFollowUpIsRefusedWhenThereIsNoneOpen()
{
    Fixture f(outcomeBranch());
    f.staff({1});
    const qint64 staff = staffIdOf(f.db(), 1);
    serveAtCounterOne(f, staff);
    QVERIFY(f.engine().finish(1, staff, {QStringLiteral("selesai"), {}}).ok());
    serveAtCounterOne(f, staff);
    QVERIFY(f.engine().finish(1, staff, {QStringLiteral("perlu_tindak_lanjut"), {}}).ok());
    QVERIFY(f.engine().closeFollowUp(QStringLiteral("A-002"), staff).ok());

    for (const char *code : {"A-001", "A-002"}) {
        auto again = f.engine().closeFollowUp(QString::fromLatin1(code), staff);
        QVERIFY2(!again.ok(), code);
        QCOMPARE(again.error().kind, Error::Kind::Refused);
    }
    QCOMPARE(events(f.db(), EventKind::FollowUpClosed), 1);
    QCOMPARE(f.engine().closeFollowUp(QStringLiteral("Z-999"), staff).error().kind, Error::Kind::BadInput);
}

void TestOutcomes::ratingIsRefusedUnlessTheTicketIsFinishedAndUnrated_data()
{
    QTest::addColumn<RatingMode>("mode");
    QTest::addColumn<QString>("before");  // the ticket: waiting, serving, done, rated (faces), skm
    QTest::addColumn<QString>("answer");  // "4" a faces score; "4,3,..." an SKM questionnaire
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<Error::Kind>("refusal");

    const auto none = Error::Kind::Storage;
    const QString skm = QStringLiteral("4,3,4,4,3,4,4,4,3");
    QTest::newRow("faces on a finished ticket") << RatingMode::Faces << "done" << "5" << true << none;
    QTest::newRow("faces 1 is a score too") << RatingMode::Faces << "done" << "1" << true << none;
    QTest::newRow("faces while still waiting") << RatingMode::Faces << "waiting" << "4" << false << Error::Kind::Refused;
    QTest::newRow("faces while being served") << RatingMode::Faces << "serving" << "4" << false << Error::Kind::Refused;
    QTest::newRow("faces twice") << RatingMode::Faces << "rated" << "3" << false << Error::Kind::Refused;
    QTest::newRow("faces after an SKM questionnaire") << RatingMode::Skm << "skm" << "3" << false << Error::Kind::Refused;
    QTest::newRow("faces 0") << RatingMode::Faces << "done" << "0" << false << Error::Kind::BadInput;
    QTest::newRow("faces 6") << RatingMode::Faces << "done" << "6" << false << Error::Kind::BadInput;
    QTest::newRow("faces with rating off") << RatingMode::Off << "done" << "4" << false << Error::Kind::Refused;
    QTest::newRow("skm on a finished ticket") << RatingMode::Skm << "done" << skm << true << none;
    QTest::newRow("skm while being served") << RatingMode::Skm << "serving" << skm << false << Error::Kind::Refused;
    QTest::newRow("skm twice") << RatingMode::Skm << "skm" << skm << false << Error::Kind::Refused;
    QTest::newRow("skm after faces") << RatingMode::Skm << "rated" << skm << false << Error::Kind::Refused;
    QTest::newRow("skm with eight answers") << RatingMode::Skm << "done" << "4,3,4,4,3,4,4,4" << false << Error::Kind::BadInput;
    QTest::newRow("skm with ten answers") << RatingMode::Skm << "done" << "4,3,4,4,3,4,4,4,3,4" << false << Error::Kind::BadInput;
    QTest::newRow("skm with an answer 5") << RatingMode::Skm << "done" << "4,3,4,4,5,4,4,4,3" << false << Error::Kind::BadInput;
    QTest::newRow("skm with an answer 0") << RatingMode::Skm << "done" << "0,3,4,4,3,4,4,4,3" << false << Error::Kind::BadInput;
    QTest::newRow("skm with rating off") << RatingMode::Off << "done" << skm << false << Error::Kind::Refused;
}

void TestOutcomes::ratingIsRefusedUnlessTheTicketIsFinishedAndUnrated()
{
    QFETCH(RatingMode, mode);
    QFETCH(QString, before);
    QFETCH(QString, answer);
    QFETCH(bool, accepted);
    QFETCH(Error::Kind, refusal);

    // Set up with ratings on, then the branch's mode as the row has it.
    Fixture f(outcomeBranch(false, mode == RatingMode::Off ? RatingMode::Faces : mode));
    f.staff({1});
    const qint64 staff = staffIdOf(f.db(), 1);
    const Ticket t = before == u"waiting" ? f.issue(QStringLiteral("A")) : serveAtCounterOne(f, staff);
    if (before != u"waiting" && before != u"serving")
        QVERIFY(f.engine().finish(1, staff).ok());
    if (before == u"rated")
        QVERIFY(f.engine().rate(t.code, 2).ok());
    if (before == u"skm")
        QVERIFY(f.engine().rateSkm(t.code, answersOf(QStringLiteral("1,1,1,1,1,1,1,1,1"))).ok());
    if (mode == RatingMode::Off)
        QVERIFY(f.engine().importConfig(outcomeBranch(false, RatingMode::Off)).ok());
    const int ratedBefore = events(f.db(), EventKind::Rated) + events(f.db(), EventKind::SkmAnswered);
    const QVariant scoreBefore = queryScalar(f.db(), QStringLiteral("SELECT rating FROM tickets WHERE id = ?"), {t.id});

    const bool skm = answer.contains(u',');
    auto r = skm ? f.engine().rateSkm(t.code, answersOf(answer)) : f.engine().rate(t.code, answer.toInt());
    QCOMPARE(r.ok(), accepted);
    const int ratedAfter = events(f.db(), EventKind::Rated) + events(f.db(), EventKind::SkmAnswered);
    const QVariant scoreAfter = queryScalar(f.db(), QStringLiteral("SELECT rating FROM tickets WHERE id = ?"), {t.id});
    const int questionnaires = queryScalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM skm_responses WHERE ticket_id = ?"), {t.id}).toInt();
    if (!accepted) {
        QCOMPARE(r.error().kind, refusal);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(ratedAfter, ratedBefore);
        QCOMPARE(scoreAfter, scoreBefore);
        QCOMPARE(questionnaires, before == u"skm" ? 1 : 0);
        return;
    }
    QCOMPARE(ratedAfter, ratedBefore + 1);
    QVERIFY(r->isRated());
    QVERIFY(stored(f, t.code).isRated());
    if (skm) {
        QCOMPARE(questionnaires, 1);
        QVERIFY(scoreAfter.isNull());
    } else {
        QCOMPARE(scoreAfter.toInt(), answer.toInt());
        QCOMPARE(*r->rating, answer.toInt());
        QCOMPARE(questionnaires, 0);
    }
}

void TestOutcomes::ratingIsStoredWithTheCounterAndStaffOfTheTicket()
{
    Fixture f(outcomeBranch(false, RatingMode::Skm));
    f.staff({1, 2});
    const qint64 staff = staffIdOf(f.db(), 1);
    const Ticket faces = serveAtCounterOne(f, staff);
    QVERIFY(f.engine().finish(1, staff).ok());
    const Ticket survey = serveAtCounterOne(f, staff);
    QVERIFY(f.engine().finish(1, staff).ok());

    QVERIFY(f.engine().rate(faces.code, 4).ok());
    QVERIFY(f.engine().rateSkm(survey.code, answersOf(QStringLiteral("4,3,4,4,3,4,4,4,3"))).ok());

    const QString counterOne = queryScalar(f.db(), QStringLiteral("SELECT id FROM counters WHERE number = 1")).toString();
    const QString serviceA = queryScalar(f.db(), QStringLiteral("SELECT id FROM services WHERE code = 'A'")).toString();
    const QString who = QString::number(staff);
    QCOMPARE(queryRows(f.db(), QStringLiteral("SELECT kind, counter_id, staff_id, detail FROM events"
                                               " WHERE kind IN ('rated', 'skm_answered') ORDER BY id")),
             (QStringList{QStringLiteral("rated|%1|%2|{\"score\":4}").arg(counterOne, who),
                          QStringLiteral("skm_answered|%1|%2|{\"answers\":[4,3,4,4,3,4,4,4,3]}").arg(counterOne, who)}));
    QCOMPARE(queryRows(f.db(), QStringLiteral("SELECT business_date, service_id, counter_id, staff_id, answered_at,"
                                               " u1, u2, u3, u4, u5, u6, u7, u8, u9 FROM skm_responses")),
             (QStringList{QStringLiteral("2026-11-23|%1|%2|%3|%4|4|3|4|4|3|4|4|4|3")
                                  .arg(serviceA, counterOne, who)
                                  .arg(f.clock().nowUtc().toMSecsSinceEpoch())}));
}

void TestOutcomes::padAsksAboutTheCountersLastFinishedTicketWithinThirtySeconds_data()
{
    QTest::addColumn<QString>("steps"); // "finish1 A", "finish2", "wait N", "rate", "off"
    QTest::addColumn<QString>("asked"); // the ticket counter 1's pad asks about, or "-"

    QTest::newRow("just finished") << "finish1;wait 10" << "A-001";
    QTest::newRow("at once") << "finish1" << "A-001";
    QTest::newRow("thirty seconds on") << "finish1;wait 30" << "A-001";
    QTest::newRow("thirty-one seconds on") << "finish1;wait 31" << "-";
    QTest::newRow("already rated") << "finish1;wait 5;rate" << "-";
    QTest::newRow("the last of two") << "finish1;wait 5;finish1" << "A-002";
    QTest::newRow("the last is rated, the one before is not") << "finish1;wait 5;finish1;rate" << "-";
    QTest::newRow("another counter's finish") << "finish2" << "-";
    QTest::newRow("nothing finished") << "" << "-";
    QTest::newRow("rating off") << "finish1;off" << "-";
}

void TestOutcomes::padAsksAboutTheCountersLastFinishedTicketWithinThirtySeconds()
{
    QFETCH(QString, steps);
    QFETCH(QString, asked);

    Fixture f(outcomeBranch());
    f.staff({1, 2});
    QString last;
    for (const QString &step : steps.split(u';', Qt::SkipEmptyParts)) {
        const QStringList w = step.split(u' ');
        if (w.first() == u"finish1" || w.first() == u"finish2") {
            const int counter = w.first() == u"finish1" ? 1 : 2;
            const qint64 staff = staffIdOf(f.db(), counter);
            last = f.issue(QStringLiteral("A")).code;
            QVERIFY(f.engine().callNext(counter, staff).ok());
            QVERIFY(f.engine().start(counter, staff).ok());
            QVERIFY(f.engine().finish(counter, staff).ok());
        } else if (w.first() == u"wait") {
            f.clock().set(f.clock().nowUtc().addSecs(w.at(1).toInt()));
        } else if (w.first() == u"rate") {
            QVERIFY(f.engine().rate(last, 5).ok());
        } else if (w.first() == u"off") {
            QVERIFY(f.engine().importConfig(outcomeBranch(false, RatingMode::Off)).ok());
        }
    }
    auto ask = f.engine().ticketToRate(1);
    QVERIFY2(ask.ok(), ask.ok() ? "" : qPrintable(ask.error().message));
    QCOMPARE(ask->has_value() ? (*ask)->code : QStringLiteral("-"), asked);
    QCOMPARE(f.engine().ticketToRate(9).error().kind, Error::Kind::BadInput);
}

void TestOutcomes::skmFiguresOfADateRangeOverallAndPerService()
{
    Fixture f(outcomeBranch(false, RatingMode::Skm));
    f.staff({1, 3});
    const qint64 staff1 = staffIdOf(f.db(), 1);
    const qint64 staff3 = staffIdOf(f.db(), 3);
    auto serveAndRate = [&](const QString &service, int counter, qint64 staff, const QString &answers) {
        const QString code = f.issue(service).code;
        QVERIFY(f.engine().callNext(counter, staff).ok());
        QVERIFY(f.engine().start(counter, staff).ok());
        QVERIFY(f.engine().finish(counter, staff).ok());
        if (!answers.isEmpty())
            QVERIFY(f.engine().rateSkm(code, answersOf(answers)).ok());
    };
    // Monday: two A at counter 1, one B at counter 3, one A left unrated.
    serveAndRate(QStringLiteral("A"), 1, staff1, QStringLiteral("4,3,4,4,3,4,4,4,3"));
    serveAndRate(QStringLiteral("A"), 1, staff1, QStringLiteral("3,3,3,4,3,3,4,3,3"));
    serveAndRate(QStringLiteral("B"), 3, staff3, QStringLiteral("2,2,2,2,2,2,2,2,2"));
    serveAndRate(QStringLiteral("A"), 1, staff1, QString());
    // Tuesday: one more A, outside a Monday-only range.
    f.clock().set(jakarta(2026, 11, 24, 9, 0));
    serveAndRate(QStringLiteral("A"), 1, staff1, QStringLiteral("1,1,1,1,1,1,1,1,1"));

    const QDate monday(2026, 11, 23), tuesday(2026, 11, 24);
    auto report = f.engine().skmReport(monday, monday);
    QVERIFY(report.ok());
    // Element sums 4+3+2=9, 3+3+2=8, 9, 10, 8, 9, 10, 9, 8 over 3 respondents: their sum is 80,
    // 80 / 3 / 9 = 2.9630; x 25 = 74.0741 -> 74.07, grade C.
    QCOMPARE(report->overall.respondents, 3);
    QCOMPARE(report->overall.ikm, 74.07);
    QCOMPARE(skmGradeLetter(report->overall.grade), QStringLiteral("C"));
    QCOMPARE(report->overall.elementMeans[3], 10.0 / 3);
    QCOMPARE(report->services.size(), 2);
    // A: the "two respondents" row of tst_skm, 86.11 (B); B: all 2, 50.00 (D).
    QCOMPARE(report->services.at(0).serviceCode, QStringLiteral("A"));
    QCOMPARE(report->services.at(0).figures.respondents, 2);
    QCOMPARE(report->services.at(0).figures.ikm, 86.11);
    QCOMPARE(report->services.at(1).serviceCode, QStringLiteral("B"));
    QCOMPARE(report->services.at(1).figures.ikm, 50.00);
    QCOMPARE(skmGradeLetter(report->services.at(1).figures.grade), QStringLiteral("D"));

    auto both = f.engine().skmReport(monday, tuesday);
    QCOMPARE(both->overall.respondents, 4);
    // 80 + 9 = 89 over 4 x 9 answers: 2.4722 x 25 = 61.8056 -> 61.81.
    QCOMPARE(both->overall.ikm, 61.81);
    auto none = f.engine().skmReport(QDate(2026, 11, 25), QDate(2026, 11, 30));
    QCOMPARE(none->overall.respondents, 0);
    QVERIFY(none->services.isEmpty());
}

QTEST_GUILESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
