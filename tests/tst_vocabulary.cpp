// SPDX-License-Identifier: GPL-3.0-or-later
// The words each vocabulary is stored and configured as: every value goes to its word and back,
// the words are exactly those databases, config files and scripts already hold, and a word the
// table does not know gives nothing (never a silent default).
#include "config/branchconfig.h"
#include "domain/counterstate.h"
#include "domain/queueevent.h"

#include <QTest>

using namespace antrian;

namespace {

// Each value with the word it must keep; `words` is the vocabulary's own list, when it has one.
template<typename E>
void checkRoundTrip(const QList<std::pair<E, QString>> &table, QString (*key)(E),
                    std::optional<E> (*fromKey)(QStringView), const QStringList &words = {})
{
    QStringList expected;
    for (const auto &[value, word] : table) {
        QCOMPARE(key(value), word);
        QVERIFY2(fromKey(word) == value, qPrintable(word));
        expected.append(word);
    }
    if (!words.isEmpty())
        QCOMPARE(words, expected);
    for (const QString &unknown : {QString(), QStringLiteral("unknown"), expected.first().toUpper(),
                                   expected.first() + QLatin1Char(' ')})
        QVERIFY2(!fromKey(unknown), qPrintable(unknown));
}

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void everyCallPolicyRoundTripsThroughItsWord();
    void everyEndOfDayRoundTripsThroughItsWord();
    void everyCounterStateRoundTripsThroughItsWord();
    void everyRatingModeRoundTripsThroughItsWord();
    void everyEventKindRoundTripsThroughItsWord();
    void anUnknownEventKindGivesNothing();
};

void TestVocabulary::everyCallPolicyRoundTripsThroughItsWord()
{
    checkRoundTrip<CallPolicy>({{CallPolicy::OldestFirst, QStringLiteral("oldest")},
                                {CallPolicy::ServiceOrder, QStringLiteral("service_order")}},
                               callPolicyKey, callPolicyFromKey, callPolicyKeys());
}

void TestVocabulary::everyEndOfDayRoundTripsThroughItsWord()
{
    checkRoundTrip<EndOfDay>({{EndOfDay::Expire, QStringLiteral("expire")}, {EndOfDay::Keep, QStringLiteral("keep")}},
                             endOfDayKey, endOfDayFromKey, endOfDayKeys());
}

void TestVocabulary::everyCounterStateRoundTripsThroughItsWord()
{
    checkRoundTrip<CounterState>({{CounterState::Open, QStringLiteral("open")},
                                  {CounterState::Paused, QStringLiteral("paused")},
                                  {CounterState::Closed, QStringLiteral("closed")}},
                                 counterStateKey, counterStateFromKey, counterStateKeys());
}

void TestVocabulary::everyRatingModeRoundTripsThroughItsWord()
{
    checkRoundTrip<RatingMode>({{RatingMode::Faces, QStringLiteral("faces")},
                                {RatingMode::Skm, QStringLiteral("skm")},
                                {RatingMode::Off, QStringLiteral("off")}},
                               ratingModeKey, ratingModeFromKey, ratingModeKeys());
}

void TestVocabulary::everyEventKindRoundTripsThroughItsWord()
{
    checkRoundTrip<EventKind>({
                                      {EventKind::Issued, QStringLiteral("issued")},
                                      {EventKind::Called, QStringLiteral("called")},
                                      {EventKind::Recalled, QStringLiteral("recalled")},
                                      {EventKind::Started, QStringLiteral("started")},
                                      {EventKind::Finished, QStringLiteral("finished")},
                                      {EventKind::NoShow, QStringLiteral("no_show")},
                                      {EventKind::Transferred, QStringLiteral("transferred")},
                                      {EventKind::Cancelled, QStringLiteral("cancelled")},
                                      {EventKind::Reinstated, QStringLiteral("reinstated")},
                                      {EventKind::Expired, QStringLiteral("expired")},
                                      {EventKind::CounterPaused, QStringLiteral("counter_paused")},
                                      {EventKind::CounterResumed, QStringLiteral("counter_resumed")},
                                      {EventKind::ServicePaused, QStringLiteral("service_paused")},
                                      {EventKind::ServiceResumed, QStringLiteral("service_resumed")},
                                      {EventKind::ConfigImported, QStringLiteral("config_imported")},
                                      {EventKind::CounterLogin, QStringLiteral("counter_login")},
                                      {EventKind::CounterLogout, QStringLiteral("counter_logout")},
                                      {EventKind::AccountLocked, QStringLiteral("staff_locked")},
                                      {EventKind::AccountUnlocked, QStringLiteral("staff_unlocked")},
                                      {EventKind::PinChanged, QStringLiteral("staff_pin_changed")},
                                      {EventKind::StaffAdded, QStringLiteral("staff_added")},
                                      {EventKind::StaffDisabled, QStringLiteral("staff_disabled")},
                                      {EventKind::StaffEnabled, QStringLiteral("staff_enabled")},
                                      {EventKind::StaffRoleChanged, QStringLiteral("staff_role_changed")},
                                      {EventKind::Rated, QStringLiteral("rated")},
                                      {EventKind::SkmAnswered, QStringLiteral("skm_answered")},
                                      {EventKind::FollowUpClosed, QStringLiteral("follow_up_closed")},
                              },
                              eventKindKey, eventKindFromKey);
}

void TestVocabulary::anUnknownEventKindGivesNothing()
{
    // Written by a newer version: read as "not a kind I know", never as some other kind.
    QVERIFY(!eventKindFromKey(u"rating_given"));
    QVERIFY(!eventKindFromKey(u"Issued"));
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
