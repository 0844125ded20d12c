// SPDX-License-Identifier: GPL-3.0-or-later
// StaffManagement: what a supervisor does to staff accounts. Only a supervisor may, nobody
// disables themselves, the last supervisor stays one, and every change is an event naming who
// made it. (Disabling ending the counter session is in tst_staffsessions.)
#include "stafffixture.h"

#include "core/translation.h"
#include "staff/staffmanagement.h"

#include <QJsonDocument>
#include <QJsonObject>

Q_DECLARE_METATYPE(antrian::EventKind)

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kAndiPin = QStringLiteral("5829");

// Siti (staff) and Budi (supervisor) from Staffed, and Andi (staff), whom the changes are made to.
struct Managed
{
    Staffed s;
    StaffManagement management{s.f.db(), s.f.clock(), quickPolicy()};

    Managed()
    {
        QVERIFY(management.add(StaffActor::installer(), {QStringLiteral("andi"), QStringLiteral("Andi Wijaya"), StaffRole::Staff},
                               kAndiPin));
    }
    StaffActor as(const QString &username) { return StaffActor::staff(s.member(username).id); }

    // One change of the table below, made by `by` to `target`.
    Result<StaffMember> change(const QString &operation, const StaffActor &by, const QString &target = QStringLiteral("andi"))
    {
        if (operation == u"add")
            return management.add(by, {QStringLiteral("eka"), QStringLiteral("Eka Putri"), StaffRole::Staff}, QStringLiteral("6031"));
        if (operation == u"disable") {
            auto r = management.disable(by, target);
            return r ? Result<StaffMember>(r->member) : Result<StaffMember>(r.error());
        }
        if (operation == u"enable")
            return management.enable(by, target);
        if (operation == u"reset-pin")
            return management.resetPin(by, target, QStringLiteral("6142"));
        if (operation == u"role")
            return management.setRole(by, target, StaffRole::Supervisor);
        if (operation == u"unlock")
            return management.unlock(by, target);
        return Error::badInput(QStringLiteral("no operation %1").arg(operation));
    }
    // The newest event of `kind`: its staff id and its detail.
    std::pair<qint64, QJsonObject> lastEvent(EventKind kind)
    {
        QSqlQuery q = s.f.db().exec(QStringLiteral("SELECT staff_id, detail FROM events WHERE kind = ? ORDER BY id DESC"),
                                    {eventKindKey(kind)});
        if (!q.next())
            return {-1, {}};
        return {q.value(0).toLongLong(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()};
    }
};

void addOperations()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<EventKind>("kind");
    QTest::newRow("add") << QStringLiteral("add") << EventKind::StaffAdded;
    QTest::newRow("disable") << QStringLiteral("disable") << EventKind::StaffDisabled;
    QTest::newRow("enable") << QStringLiteral("enable") << EventKind::StaffEnabled;
    QTest::newRow("reset-pin") << QStringLiteral("reset-pin") << EventKind::PinChanged;
    QTest::newRow("role") << QStringLiteral("role") << EventKind::StaffRoleChanged;
    QTest::newRow("unlock") << QStringLiteral("unlock") << EventKind::AccountUnlocked;
}

} // namespace

class TestStaffManagement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void aClerkIsRefusedEveryChangeAndNothingChanges_data() { addOperations(); }
    void aClerkIsRefusedEveryChangeAndNothingChanges();
    void aDisabledSupervisorIsRefused_data() { addOperations(); }
    void aDisabledSupervisorIsRefused();
    void everyChangeIsAnEventNamingTheSupervisor_data() { addOperations(); }
    void everyChangeIsAnEventNamingTheSupervisor();
    void theInstallersChangeNamesNoSupervisor();
    void aSupervisorCannotDisableThemselves();
    void theLastSupervisorStays_data();
    void theLastSupervisorStays();
    void roleChangeIsRecordedFromAndTo();
    void resetPinTakesTheNewPinAndLiftsTheLock();
    void signInLetsOnlyASupervisorManage_data();
    void signInLetsOnlyASupervisorManage();
};

void TestStaffManagement::aClerkIsRefusedEveryChangeAndNothingChanges()
{
    QFETCH(QString, operation);
    QFETCH(EventKind, kind);
    Managed m;
    if (operation == u"enable")
        QVERIFY(m.change(QStringLiteral("disable"), StaffActor::installer()).ok());
    const int before = m.s.events(kind);
    const StaffMember andi = m.s.member(QStringLiteral("andi"));
    auto r = m.change(operation, m.as(QStringLiteral("siti")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Refused);
    QCOMPARE(r.error().message, QStringLiteral("only a supervisor may manage staff accounts; siti is staff"));
    QCOMPARE(m.s.events(kind), before);
    const StaffMember after = m.s.member(QStringLiteral("andi"));
    QCOMPARE(after.active, andi.active);
    QCOMPARE(after.role, andi.role);
    QCOMPARE(after.pin.hash, andi.pin.hash);
    QCOMPARE(m.s.member(QStringLiteral("eka")).id, 0); // not added
}

void TestStaffManagement::aDisabledSupervisorIsRefused()
{
    QFETCH(QString, operation);
    Managed m;
    QVERIFY(m.management.add(StaffActor::installer(), {QStringLiteral("dewi"), QStringLiteral("Dewi Lestari"), StaffRole::Supervisor},
                             QStringLiteral("8052")));
    if (operation == u"enable")
        QVERIFY(m.change(QStringLiteral("disable"), StaffActor::installer()).ok());
    QVERIFY(m.change(QStringLiteral("disable"), m.as(QStringLiteral("budi")), QStringLiteral("dewi")).ok());
    auto r = m.change(operation, m.as(QStringLiteral("dewi")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("the account dewi is disabled and may not manage staff accounts"));
}

void TestStaffManagement::everyChangeIsAnEventNamingTheSupervisor()
{
    QFETCH(QString, operation);
    QFETCH(EventKind, kind);
    Managed m;
    if (operation == u"enable")
        QVERIFY(m.change(QStringLiteral("disable"), StaffActor::installer()).ok());
    auto r = m.change(operation, m.as(QStringLiteral("budi")));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    const auto [staffId, detail] = m.lastEvent(kind);
    QCOMPARE(staffId, r->id); // the account changed
    QCOMPARE(detail.value(QStringLiteral("by")).toInteger(), m.s.member(QStringLiteral("budi")).id);
}

void TestStaffManagement::theInstallersChangeNamesNoSupervisor()
{
    Managed m;
    QVERIFY(m.management.disable(StaffActor::installer(), QStringLiteral("andi")).ok());
    const auto [staffId, detail] = m.lastEvent(EventKind::StaffDisabled);
    QCOMPARE(staffId, m.s.member(QStringLiteral("andi")).id);
    QVERIFY(!detail.contains(QStringLiteral("by")));
}

void TestStaffManagement::aSupervisorCannotDisableThemselves()
{
    Managed m;
    QVERIFY(m.management.add(StaffActor::installer(), {QStringLiteral("dewi"), QStringLiteral("Dewi Lestari"), StaffRole::Supervisor},
                             QStringLiteral("8052")));
    auto r = m.management.disable(m.as(QStringLiteral("budi")), QStringLiteral("budi"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("you cannot disable your own account; ask another supervisor"));
    QVERIFY(m.s.member(QStringLiteral("budi")).active);
    QVERIFY(m.management.disable(m.as(QStringLiteral("dewi")), QStringLiteral("budi")).ok());
}

void TestStaffManagement::theLastSupervisorStays_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("byHimself");
    QTest::newRow("disabled by the installer") << QStringLiteral("disable") << false;
    QTest::newRow("made staff by the installer") << QStringLiteral("role") << false;
    QTest::newRow("making himself staff") << QStringLiteral("role") << true;
}

void TestStaffManagement::theLastSupervisorStays()
{
    QFETCH(QString, operation);
    QFETCH(bool, byHimself);
    Managed m;
    const StaffActor by = byHimself ? m.as(QStringLiteral("budi")) : StaffActor::installer();
    auto attempt = [&] {
        if (operation == u"disable") {
            auto r = m.management.disable(by, QStringLiteral("budi"));
            return r ? Result<StaffMember>(r->member) : Result<StaffMember>(r.error());
        }
        return m.management.setRole(by, QStringLiteral("budi"), StaffRole::Staff);
    };
    auto refused = attempt();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("Budi Santoso (budi) is the last supervisor of this branch; make another account a supervisor first"));
    QCOMPARE(m.s.member(QStringLiteral("budi")).role, StaffRole::Supervisor);
    QVERIFY(m.s.member(QStringLiteral("budi")).active);
    // A disabled supervisor does not count; an enabled second one does.
    QVERIFY(m.management.add(StaffActor::installer(), {QStringLiteral("dewi"), QStringLiteral("Dewi Lestari"), StaffRole::Supervisor},
                             QStringLiteral("8052")));
    QVERIFY(m.management.disable(m.as(QStringLiteral("budi")), QStringLiteral("dewi")).ok());
    QVERIFY(!attempt().ok());
    QVERIFY(m.management.enable(m.as(QStringLiteral("budi")), QStringLiteral("dewi")).ok());
    QVERIFY(attempt().ok());
}

void TestStaffManagement::roleChangeIsRecordedFromAndTo()
{
    Managed m;
    auto r = m.management.setRole(m.as(QStringLiteral("budi")), QStringLiteral("andi"), StaffRole::Supervisor);
    QVERIFY(r.ok());
    QCOMPARE(r->role, StaffRole::Supervisor);
    const QJsonObject detail = m.lastEvent(EventKind::StaffRoleChanged).second;
    QCOMPARE(detail.value(QStringLiteral("from")).toString(), QStringLiteral("staff"));
    QCOMPARE(detail.value(QStringLiteral("to")).toString(), QStringLiteral("supervisor"));
    auto again = m.management.setRole(m.as(QStringLiteral("budi")), QStringLiteral("andi"), StaffRole::Supervisor);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().message, QStringLiteral("Andi Wijaya (andi) is already supervisor"));
    // Andi, a supervisor now, may manage.
    QVERIFY(m.management.unlock(m.as(QStringLiteral("andi")), QStringLiteral("siti")).ok());
}

void TestStaffManagement::resetPinTakesTheNewPinAndLiftsTheLock()
{
    Managed m;
    for (int i = 0; i < 5; ++i)
        (void)m.s.sessions.accounts().authenticate(QStringLiteral("andi"), QStringLiteral("1357"));
    QVERIFY(m.s.member(QStringLiteral("andi")).isLockedAt(m.s.f.clock().nowUtc()));
    auto weak = m.management.resetPin(m.as(QStringLiteral("budi")), QStringLiteral("andi"), QStringLiteral("1111"));
    QVERIFY(!weak.ok());
    QCOMPARE(weak.error().kind, Error::Kind::BadInput);
    QVERIFY(m.management.resetPin(m.as(QStringLiteral("budi")), QStringLiteral("andi"), QStringLiteral("6142")).ok());
    QVERIFY(!m.s.sessions.accounts().authenticate(QStringLiteral("andi"), kAndiPin).ok());
    QVERIFY(m.s.sessions.accounts().authenticate(QStringLiteral("andi"), QStringLiteral("6142")).ok());
}

void TestStaffManagement::signInLetsOnlyASupervisorManage_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("refusal"); // empty: signed in
    QTest::newRow("supervisor") << QStringLiteral("budi") << kBudiPin << QString();
    QTest::newRow("clerk") << QStringLiteral("siti") << kSitiPin
                           << QStringLiteral("only a supervisor may manage staff accounts; siti is staff");
    QTest::newRow("wrong PIN") << QStringLiteral("budi") << QStringLiteral("1357") << QStringLiteral("wrong username or PIN");
}

void TestStaffManagement::signInLetsOnlyASupervisorManage()
{
    QFETCH(QString, username);
    QFETCH(QString, pin);
    QFETCH(QString, refusal);
    Managed m;
    auto r = m.management.signIn(username, pin);
    QCOMPARE(r ? QString() : r.error().message, refusal);
    if (r)
        QCOMPARE(r->id, m.s.member(username).id);
}

QTEST_GUILESS_MAIN(TestStaffManagement)
#include "tst_staffmanagement.moc"
