// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl report: the table, --json with the names scripts rely on, --csv and where it went,
// and bad usage (dates, --by) as exit 2 with a sentence saying what was wrong.
#include "ctlfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

// The sample branch's Monday: B-001 issued at 09:00, called at 09:04 by counter 1, served
// 09:05-09:11; a second B waits. Its figures: wait 4, walk 1, service 6, one of each.
void serveOne(const CtlFixture &f)
{
    const auto step = [&](const QStringList &args, const char *now) {
        if (f.ctl(args, QString::fromLatin1(now)).exitCode != 0)
            QTest::qFail(qPrintable(args.join(u' ') + QStringLiteral(" failed")), __FILE__, __LINE__);
    };
    step({"issue", "B"}, "2026-11-23T09:00:00+07:00");
    step({"issue", "B"}, "2026-11-23T09:01:00+07:00");
    step({"call", "1"}, "2026-11-23T09:04:00+07:00");
    step({"start", "1"}, "2026-11-23T09:05:00+07:00");
    step({"finish", "1"}, "2026-11-23T09:11:00+07:00");
}

const char *const kLater = "2026-11-23T12:00:00+07:00";

} // namespace

class TestReportCtl : public QObject
{
    Q_OBJECT

private slots:
    void reportJsonNamesEveryFigureAsScriptsReadThem();
    void reportTablePrintsMinutesWithOneDecimalDashesAndTheDefinitions();
    void reportCsvIsWrittenAndSaysWhere();
    void badDatesOrGroupingAreBadUsage_data();
    void badDatesOrGroupingAreBadUsage();
};

void TestReportCtl::reportJsonNamesEveryFigureAsScriptsReadThem()
{
    CtlFixture f;
    serveOne(f);
    const QJsonObject o = f.json({"report", "--from", "2026-11-23", "--to", "2026-11-23", "--by", "service"},
                                 QString::fromLatin1(kLater))
                                  .object();
    for (const char *key : {"by", "from", "to", "branch", "timeZone", "generatedAt", "rows", "total", "definitions"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value("by").toString(), QStringLiteral("service"));
    QCOMPARE(o.value("generatedAt").toString(), QStringLiteral("2026-11-23T05:00:00.000Z"));
    const QJsonObject total = o.value("total").toObject();
    QCOMPARE(total.value("issued").toInt(), 2);
    QCOMPARE(total.value("served").toInt(), 1);
    QCOMPARE(total.value("waitMeanMinutes").toDouble(), 4.0);
    QCOMPARE(total.value("waitP90Minutes").toDouble(), 4.0);
    QCOMPARE(total.value("walkMeanMinutes").toDouble(), 1.0);
    QCOMPARE(total.value("serviceMedianMinutes").toDouble(), 6.0);
    QCOMPARE(total.value("withinTargetPercent").toDouble(), 100.0);
    QVERIFY(total.value("ratingMean").isNull());
    QVERIFY(total.value("resolvedPercent").isNull());
    QVERIFY(!total.contains("idleWhileWaitingMinutes")); // staff rows only
    bool teller = false;
    for (const QJsonValue &v : o.value("rows").toArray()) {
        const QJsonObject row = v.toObject();
        QVERIFY(row.contains("key") && row.contains("label"));
        if (row.value("key").toString() == u"B") {
            teller = true;
            QCOMPARE(row.value("issued").toInt(), 2);
        }
    }
    QVERIFY(teller);
    const QJsonObject staff = f.json({"report", "--from", "2026-11-23", "--to", "2026-11-23", "--by", "staff"},
                                     QString::fromLatin1(kLater))
                                      .object();
    QVERIFY(staff.value("total").toObject().contains("idleWhileWaitingMinutes"));
}

void TestReportCtl::reportTablePrintsMinutesWithOneDecimalDashesAndTheDefinitions()
{
    CtlFixture f;
    serveOne(f);
    const ProcessResult r = f.ctl({"report", "--from", "2026-11-23", "--to", "2026-11-23", "--by", "hour"},
                                  QString::fromLatin1(kLater));
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("09:00-10:00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" 4.0 ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" - ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("- Wait: from issue to the first call")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Rows: the hour a ticket was issued")), qPrintable(text));
}

void TestReportCtl::reportCsvIsWrittenAndSaysWhere()
{
    CtlFixture f;
    serveOne(f);
    const QString path = f.folder().filePath(QStringLiteral("day.csv"));
    const ProcessResult r = f.ctl({"report", "--from", "2026-11-23", "--to", "2026-11-23", "--by", "day", "--csv", path},
                                  QString::fromLatin1(kLater));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("CSV written to %1").arg(path)), r.out.constData());
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFkey,label,issued,served,"));
    QVERIFY2(bytes.contains("\r\n2026-11-23,"), bytes.constData());
    QVERIFY(QFile::exists(f.folder().filePath(QStringLiteral("day-definitions.txt"))));
}

void TestReportCtl::badDatesOrGroupingAreBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --from") << QStringList{"--to", "2026-11-23", "--by", "day"} << "usage: antrianctl report";
    QTest::newRow("not a date") << QStringList{"--from", "23/11/2026", "--to", "2026-11-23", "--by", "day"}
                                << "--from: expected YYYY-MM-DD, got \"23/11/2026\"";
    QTest::newRow("no such day") << QStringList{"--from", "2026-02-30", "--to", "2026-11-23", "--by", "day"}
                                 << "--from: expected YYYY-MM-DD";
    QTest::newRow("to before from") << QStringList{"--from", "2026-11-23", "--to", "2026-11-22", "--by", "day"}
                                    << "--to 2026-11-22 is before --from 2026-11-23";
    QTest::newRow("unknown --by") << QStringList{"--from", "2026-11-23", "--to", "2026-11-23", "--by", "week"}
                                  << "--by: expected service, counter, staff, hour or day, got \"week\"";
    QTest::newRow("no --by") << QStringList{"--from", "2026-11-23", "--to", "2026-11-23"} << "--by: expected";
}

void TestReportCtl::badDatesOrGroupingAreBadUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    CtlFixture f;
    const ProcessResult r = f.ctl(QStringList{"report"} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestReportCtl)
#include "tst_reportctl.moc"
