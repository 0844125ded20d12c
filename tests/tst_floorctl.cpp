// SPDX-License-Identifier: GPL-3.0-or-later
// `antrianctl floor`: the same picture as FloorReader as JSON with the names scripts rely on,
// alerts handled by id, and the supervisor's actions from the floor, with their exit codes.
#include "ctlfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kLater = QStringLiteral("2026-11-23T09:25:00+07:00");

QStringList keys(const QJsonValue &v)
{
    QStringList k = v.toObject().keys();
    k.sort();
    return k;
}

} // namespace

class TestFloorCtl : public QObject
{
    Q_OBJECT

private slots:
    void floorJsonNamesEveryFieldOfTheFloor();
    void floorHandleTakesAnAlertOffTheFloor();
    void floorReleaseAndSendActOnTheQueue();
};

void TestFloorCtl::floorJsonNamesEveryFieldOfTheFloor()
{
    CtlFixture f;
    QVERIFY(f.ok());
    f.staff({1});
    QCOMPARE(f.ctl({"issue", "B"}).exitCode, 0);
    QCOMPARE(f.ctl({"issue", "B"}).exitCode, 0);
    QCOMPARE(f.ctl({"call", "1"}).exitCode, 0);
    QCOMPARE(f.ctl({"start", "1"}).exitCode, 0);

    const QJsonObject floor = f.json({"floor"}, kLater).object();
    QCOMPARE(keys(floor), (QStringList{"alerts", "businessDate", "counters", "now", "services"}));
    QCOMPARE(floor.value("businessDate").toString(), QStringLiteral("2026-11-23"));
    QCOMPARE(floor.value("now").toString(), QStringLiteral("2026-11-23T09:25:00+07:00"));

    const QJsonObject one = floor.value("counters").toArray().at(0).toObject();
    QCOMPARE(keys(one), (QStringList{"breakMinutes", "breakSince", "idleWhileWaitingSince", "name", "number", "staff",
                                     "state", "ticket"}));
    QCOMPARE(one.value("state").toString(), QStringLiteral("open"));
    QCOMPARE(keys(one.value("staff")), (QStringList{"id", "name"}));
    const QJsonObject ticket = one.value("ticket").toObject();
    QCOMPARE(keys(ticket), (QStringList{"code", "minutes", "pastTarget", "service", "since", "status"}));
    QCOMPARE(ticket.value("code").toString(), QStringLiteral("B-001"));
    QCOMPARE(ticket.value("status").toString(), QStringLiteral("serving"));
    QCOMPARE(ticket.value("minutes").toInt(), 25);
    QCOMPARE(ticket.value("pastTarget").toBool(), true); // the sample teller's target is 8 minutes
    QVERIFY(floor.value("counters").toArray().at(1).toObject().value("staff").isNull());

    QJsonObject teller;
    for (const QJsonValue &s : floor.value("services").toArray()) {
        if (s.toObject().value("code").toString() == u"B")
            teller = s.toObject();
    }
    QCOMPARE(keys(teller), (QStringList{"calledWithinTargetPercent", "code", "issued", "longestWaitMinutes", "name",
                                        "noShow", "paused", "served", "targetPercent", "targetServiceMinutes",
                                        "targetWaitMinutes", "waitLevel", "waiting"}));
    QCOMPARE(teller.value("waiting").toInt(), 1);
    QCOMPARE(teller.value("longestWaitMinutes").toInt(), 25);
    QCOMPARE(teller.value("targetWaitMinutes").toInt(), 10);
    QCOMPARE(teller.value("waitLevel").toString(), QStringLiteral("red"));
    QCOMPARE(teller.value("issued").toInt(), 2);
    QCOMPARE(teller.value("calledWithinTargetPercent").toInt(), 100);
    QCOMPARE(teller.value("targetPercent").toInt(), 85);

    const QJsonArray alerts = floor.value("alerts").toArray();
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(keys(alerts.at(0)), (QStringList{"clearedAt", "counter", "id", "kind", "minutes", "raisedAt", "service"}));
    QCOMPARE(alerts.at(0).toObject().value("kind").toString(), QStringLiteral("service_past_target"));
    QCOMPARE(alerts.at(0).toObject().value("raisedAt").toString(), QStringLiteral("2026-11-23T09:10:00+07:00"));
    QCOMPARE(alerts.at(0).toObject().value("minutes").toInt(), 15);

    const ProcessResult text = f.ctl({"floor"}, kLater);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("B-001"));
    QVERIFY(text.out.contains("Wait past target"));
}

void TestFloorCtl::floorHandleTakesAnAlertOffTheFloor()
{
    CtlFixture f;
    QVERIFY(f.ok());
    QCOMPARE(f.ctl({"issue", "A"}).exitCode, 0);
    const QJsonArray alerts = f.json({"floor"}, kLater).object().value("alerts").toArray();
    QCOMPARE(alerts.size(), 1);
    const QString id = QString::number(alerts.at(0).toObject().value("id").toInt());

    QCOMPARE(f.ctl({"floor", "handle", id}, kLater).exitCode, 0);
    QVERIFY(f.json({"floor"}, kLater).object().value("alerts").toArray().isEmpty());
    QCOMPARE(f.ctl({"floor", "handle", id}, kLater).exitCode, 3);   // already handled
    QCOMPARE(f.ctl({"floor", "handle", "999"}, kLater).exitCode, 2); // no such alert
    QCOMPARE(f.ctl({"floor", "handle", "x"}, kLater).exitCode, 2);
    QCOMPARE(f.ctl({"floor", "sideways"}, kLater).exitCode, 2);
}

void TestFloorCtl::floorReleaseAndSendActOnTheQueue()
{
    CtlFixture f;
    QVERIFY(f.ok());
    f.staff({3});
    QCOMPARE(f.ctl({"issue", "A"}).exitCode, 0);
    QCOMPARE(f.ctl({"issue", "A"}).exitCode, 0);
    QCOMPARE(f.ctl({"call", "3"}).exitCode, 0); // counter 3 serves B, then A

    const QJsonObject released = f.json({"floor", "release", "3"}).object();
    QCOMPARE(released.value("putBack").toString(), QStringLiteral("A-001"));
    QCOMPARE(f.ctl({"floor", "release", "3"}).exitCode, 3); // nobody there now

    const QJsonObject sent = f.json({"floor", "send", "A", "B"}).object();
    QCOMPARE(sent.value("tickets").toArray(), (QJsonArray{"A-001", "A-002"}));
    QCOMPARE(f.ctl({"floor", "send", "A", "B"}).exitCode, 3); // nobody waits in A now
}

QTEST_GUILESS_MAIN(TestFloorCtl)
#include "tst_floorctl.moc"
