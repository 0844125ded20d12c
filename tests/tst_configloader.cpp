// SPDX-License-Identifier: GPL-3.0-or-later
// ConfigLoader: the bundled sample loads as shipped, and every malformed branch file is refused
// with "FILE:LINE: FIELD.PATH: what was expected", all problems at once, nothing partly accepted.
#include "testsupport.h"

#include "config/configloader.h"
#include "core/translation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace antrian;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(ANTRIAN_TEST_DATA "/config/") + QString::fromLatin1(name);
}

// tests/data/config/small-branch.json: a valid branch, written one field a line where it matters.
QByteArray smallBranchJson()
{
    QFile file(dataFile("small-branch.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The small branch with one piece of text changed; `from` must occur exactly once, so that
// the line numbers of a row stay those of the file.
QByteArray smallBranchWith(const char *from, const char *to)
{
    QByteArray json = smallBranchJson();
    if (json.count(from) != 1)
        qFatal("test data: \"%s\" does not occur exactly once in small-branch.json", from);
    return json.replace(from, to);
}

QString hoursText(const DayHours &h)
{
    if (!h.isOpen())
        return QStringLiteral("closed");
    auto hhmm = [](int m) { return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0')); };
    return hhmm(h.openMinute) + u'-' + hhmm(h.closeMinute);
}

} // namespace

class TestConfigLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void bundledSampleLoads();
    void smallBranchFixtureIsValid();
    void malformedFileIsRefusedWithLineAndField_data();
    void malformedFileIsRefusedWithLineAndField();
    void everyProblemIsReportedOnItsOwnLine();
    void unreadablePathIsNamed_data();
    void unreadablePathIsNamed();
    void underscoreKeysAreComments();
    void closingAt2400IsAccepted();
    void byteOrderMarkKeepsLineNumbers();
    void counterServiceInOtherCaseIsNotSilentlyDropped();
    void englishNamesAndVoicePackAreRead();
    void outcomesRatingModeAndRequiredOutcomeAreRead();
    void bundledSampleOffersTheThreeOutcomes();
    void serviceStandardsAreReadOrDefaulted_data();
    void serviceStandardsAreReadOrDefaulted();
    void bundledSampleStatesItsStandards();
    void serviceNameThatReadsAsThePriorityBarIsWarnedAbout_data();
    void serviceNameThatReadsAsThePriorityBarIsWarnedAbout();
    void bundledSampleHasNothingToWarnAbout();
    void initWithAConfigPrintsItsWarningsAndImportsIt();

private:
    QTemporaryDir m_dir;
};

void TestConfigLoader::bundledSampleLoads()
{
    const auto loaded = ConfigLoader::fromFile(ConfigLoader::bundledSamplePath());
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    const BranchConfig &b = *loaded;

    QCOMPARE(b.services.size(), 3);
    QCOMPARE(b.services.at(0).code, QStringLiteral("A"));
    QCOMPARE(b.services.at(0).name, QStringLiteral("Layanan Nasabah"));
    QCOMPARE(b.services.at(1).code, QStringLiteral("B"));
    QCOMPARE(b.services.at(1).name, QStringLiteral("Teller"));
    QCOMPARE(b.services.at(2).code, QStringLiteral("P"));
    QVERIFY(!b.services.at(0).priority);
    QVERIFY(!b.services.at(1).priority);
    QVERIFY(b.services.at(2).priority);
    QCOMPARE(b.counters.size(), 6);

    const CalendarConfig &cal = b.calendar;
    QCOMPARE(cal.timeZone.id(), QByteArray("Asia/Jakarta"));
    QCOMPARE(cal.lastTicketMinutesBeforeClose, 15);
    const QStringList weekly{hoursText(cal.weekly[0]), hoursText(cal.weekly[1]), hoursText(cal.weekly[2]),
                             hoursText(cal.weekly[3]), hoursText(cal.weekly[4]), hoursText(cal.weekly[5]),
                             hoursText(cal.weekly[6])};
    QCOMPARE(weekly, (QStringList{"08:00-15:00", "08:00-15:00", "08:00-15:00", "08:00-15:00", "08:00-15:00",
                                  "08:00-12:00", "closed"}));

    const QDate christmas(2026, 12, 25);
    QVERIFY(cal.days.contains(christmas));
    QCOMPARE(hoursText(cal.days.value(christmas).hours), QStringLiteral("closed"));
    QCOMPARE(cal.days.value(christmas).name, QStringLiteral("Hari Raya Natal"));
    const QDate christmasEve(2026, 12, 24);
    QVERIFY(cal.days.contains(christmasEve));
    QCOMPARE(hoursText(cal.days.value(christmasEve).hours), QStringLiteral("08:00-12:00"));
}

void TestConfigLoader::smallBranchFixtureIsValid()
{
    // Every row below breaks this file in one place; it must be valid to begin with.
    const auto loaded = ConfigLoader::fromJson(smallBranchJson(), QStringLiteral("branch.json"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->services.size(), 2);
    QCOMPARE(loaded->counters.size(), 2);
}

void TestConfigLoader::malformedFileIsRefusedWithLineAndField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");    // empty: the file as a whole
    QTest::addColumn<QString>("expected"); // part of what the message says was expected

    auto row = [](const char *name, const QByteArray &json, int line, const char *field, const char *expected) {
        QTest::newRow(name) << json << line << QString::fromUtf8(field) << QString::fromUtf8(expected);
    };

    row("not JSON at all", "this is not a config file", 1, "", "not valid JSON");
    row("missing comma", smallBranchWith("\"KCP Test\",", "\"KCP Test\""), 5, "", "not valid JSON");
    row("top level is an array", "[\n  { \"branch\": { \"name\": \"X\" } }\n]\n", 1, "",
        "expected a JSON object { ... } at the top level");
    row("missing branch", smallBranchWith("\"branch\":", "\"_branch\":"), 1, "branch",
        "missing; expected an object { ... }");
    row("branch name empty", smallBranchWith("\"KCP Test\"", "\"  \""), 4, "branch.name", "must not be empty");
    row("language fr", smallBranchWith("\"language\": \"id\"", "\"language\": \"fr\""), 5, "branch.language",
        "expected one of id, en, got \"fr\"");
    row("endOfDay never", smallBranchWith("\"expire\"", "\"never\""), 6, "branch.endOfDay",
        "expected one of expire, keep, got \"never\"");
    row("unknown time zone", smallBranchWith("Asia/Jakarta", "Asia/Jakarte"), 9, "calendar.timeZone",
        "unknown time zone \"Asia/Jakarte\"; expected an IANA name");
    row("unknown day key monday", smallBranchWith("\"mon\":", "\"monday\":"), 12, "calendar.hours.monday",
        "unknown field; expected one of: mon, tue, wed, thu, fri, sat, sun");
    row("time 8:00", smallBranchWith("\"mon\": { \"open\": \"08:00\"", "\"mon\": { \"open\": \"8:00\""), 12,
        "calendar.hours.mon.open", "expected a time of day as \"HH:MM\" (00:00 to 24:00), got \"8:00\"");
    row("time 25:00", smallBranchWith("\"tue\": { \"open\": \"08:00\", \"close\": \"15:00\"",
                                      "\"tue\": { \"open\": \"08:00\", \"close\": \"25:00\""),
        13, "calendar.hours.tue.close", "expected a time of day as \"HH:MM\" (00:00 to 24:00), got \"25:00\"");
    row("time 24:30", smallBranchWith("\"close\": \"12:00\" },", "\"close\": \"24:30\" },"), 14,
        "calendar.hours.sat.close", "got \"24:30\"");
    row("time as a number", smallBranchWith("\"close\": \"12:00\" },", "\"close\": 12 },"), 14,
        "calendar.hours.sat.close", "expected a time of day as \"HH:MM\" (00:00 to 24:00), got 12");
    row("close before open", smallBranchWith("\"close\": \"12:00\" },", "\"close\": \"07:30\" },"), 14,
        "calendar.hours.sat.close", "closing time must be after opening time");
    row("holiday date 2026-13-01", smallBranchWith("2026-12-25", "2026-13-01"), 18, "calendar.holidays[0].date",
        "expected a date as \"YYYY-MM-DD\"");
    row("date twice across holidays and special days", smallBranchWith("2026-12-24", "2026-12-25"), 21,
        "calendar.specialDays[0].date", "2026-12-25 is listed twice among holidays and special days");
    row("priority reason code with capitals", smallBranchWith("\"elderly\"", "\"Elderly\""), 25,
        "priorityReasons[0].code", "expected a lower-case word");
    row("unknown top-level field servics", smallBranchWith("\"services\": [\n", "\"servics\": [\n"), 27, "servics",
        "unknown field; expected one of: branch, calendar, priorityReasons, outcomes, services, counters");
    row("unknown service field dailyLimt", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimt\": 600"), 36,
        "services[1].dailyLimt", "unknown field; expected one of: code, name");
    row("service code AB", smallBranchWith("\"code\": \"B\"", "\"code\": \"AB\""), 34, "services[1].code",
        "expected one capital letter A-Z (the ticket prefix), got \"AB\"");
    row("service code lower-case a", smallBranchWith("\"code\": \"B\"", "\"code\": \"a\""), 34, "services[1].code",
        "expected one capital letter A-Z (the ticket prefix), got \"a\"");
    row("service code used twice", smallBranchWith("\"code\": \"B\"", "\"code\": \"A\""), 34, "services[1].code",
        "service code \"A\" is used twice");
    row("dailyLimit 0", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 0"), 36, "services[1].dailyLimit",
        "expected a whole number from 1 to 9999");
    row("dailyLimit 10000", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 10000"), 36,
        "services[1].dailyLimit", "expected a whole number from 1 to 9999");
    row("dailyLimit 12.5", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 12.5"), 36,
        "services[1].dailyLimit", "expected a whole number from 1 to 9999");
    row("dailyLimit as text", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": \"100\""), 36,
        "services[1].dailyLimit", "expected a whole number from 1 to 9999");
    row("targetWaitMinutes 0", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 600, \"targetWaitMinutes\": 0"), 36,
        "services[1].targetWaitMinutes", "expected a whole number from 1 to 240");
    row("targetWaitMinutes 241", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 600, \"targetWaitMinutes\": 241"), 36,
        "services[1].targetWaitMinutes", "expected a whole number from 1 to 240");
    row("targetPercent 0", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 600, \"targetPercent\": 0"), 36,
        "services[1].targetPercent", "expected a whole number from 1 to 100");
    row("targetPercent 101", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 600, \"targetPercent\": 101"), 36,
        "services[1].targetPercent", "expected a whole number from 1 to 100");
    row("targetPercent 80.5", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 600, \"targetPercent\": 80.5"), 36,
        "services[1].targetPercent", "expected a whole number from 1 to 100");
    row("targetServiceMinutes 0", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 600, \"targetServiceMinutes\": 0"), 36,
        "services[1].targetServiceMinutes", "expected a whole number from 1 to 480");
    row("targetServiceMinutes 481", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 600, \"targetServiceMinutes\": 481"), 36,
        "services[1].targetServiceMinutes", "expected a whole number from 1 to 480");
    row("breakLimitMinutes 0", smallBranchWith("\"endOfDay\": \"expire\"", "\"endOfDay\": \"expire\", \"breakLimitMinutes\": 0"), 6,
        "branch.breakLimitMinutes", "expected a whole number from 1 to 240");
    row("breakLimitMinutes as text", smallBranchWith("\"endOfDay\": \"expire\"", "\"endOfDay\": \"expire\", \"breakLimitMinutes\": \"15\""), 6,
        "branch.breakLimitMinutes", "expected a whole number from 1 to 240");
    row("active service served by no counter", smallBranchWith("\"services\": [\"B\", \"A\"]", "\"services\": [\"A\"]"),
        33, "services[1]", "service \"B\" is served by no active counter");
    row("policy fastest", smallBranchWith("\"oldest\"", "\"fastest\""), 40, "counters[0].policy",
        "expected one of oldest, service_order, got \"fastest\"");
    row("counter number missing", smallBranchWith("\"number\": 2,", "\"_number\": 2,"), 41, "counters[1].number",
        "missing; expected the counter number");
    row("counter number twice", smallBranchWith("\"number\": 2,", "\"number\": 1,"), 42, "counters[1].number",
        "counter 1 is defined twice");
    row("counter number 0", smallBranchWith("\"number\": 2,", "\"number\": 0,"), 42, "counters[1].number",
        "expected a whole number from 1 to 99");
    row("counter with unknown service Z", smallBranchWith("[\"B\", \"A\"]", "[\"B\", \"Z\"]"), 43,
        "counters[1].services[1]", "unknown service \"Z\"; expected a code from services[]");
    row("counter with no services", smallBranchWith("[\"B\", \"A\"]", "[]"), 43, "counters[1].services",
        "a counter must serve at least one service");
    // Outcomes go on line 26, after the priority reasons, so no line below moves.
    auto withOutcomes = [](const char *outcomes) {
        QByteArray json = smallBranchJson();
        return json.replace("  ],\n  \"services\"", QByteArray("  ], \"outcomes\": [") + outcomes + "],\n  \"services\"");
    };
    row("outcome code with capitals", withOutcomes(R"({ "code": "Selesai", "name": "Selesai", "nameEn": "Resolved" })"), 26,
        "outcomes[0].code", "expected a lower-case word such as \"selesai\"");
    row("outcome code twice",
        withOutcomes(R"({ "code": "selesai", "name": "Selesai", "nameEn": "Resolved" },)"
                     R"({ "code": "selesai", "name": "Tuntas", "nameEn": "Done" })"),
        26, "outcomes[1].code", "\"selesai\" is used twice");
    row("outcome without an English name", withOutcomes(R"({ "code": "selesai", "name": "Selesai" })"), 26,
        "outcomes[0].nameEn", "missing; expected a text value");
    row("outcome resolved as text", withOutcomes(R"({ "code": "selesai", "name": "Selesai", "nameEn": "Resolved", "resolved": "yes" })"),
        26, "outcomes[0].resolved", "expected true or false");
    row("unknown outcome field", withOutcomes(R"({ "code": "selesai", "name": "Selesai", "nameEn": "Resolved", "solved": true })"),
        26, "outcomes[0].solved", "unknown field; expected one of: code, name, nameEn, resolved, followUp");
    row("outcome required with no outcomes", smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 600, \"outcomeRequired\": true"),
        36, "services[1].outcomeRequired", "an outcome is required but the branch lists no \"outcomes\"");
    row("rating stars", smallBranchWith("\"endOfDay\": \"expire\"", "\"endOfDay\": \"expire\", \"rating\": \"stars\""), 6,
        "branch.rating", "expected one of faces, skm, off, got \"stars\"");
}

void TestConfigLoader::malformedFileIsRefusedWithLineAndField()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const auto loaded = ConfigLoader::fromJson(json, QStringLiteral("branch.json"));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, Error::Kind::BadInput);

    const QString message = loaded.error().message;
    const QString place = field.isEmpty() ? QStringLiteral("branch.json:%1: ").arg(line)
                                          : QStringLiteral("branch.json:%1: %2: ").arg(line).arg(field);
    const QStringList lines = message.split(u'\n');
    const bool found = std::any_of(lines.begin(), lines.end(), [&](const QString &l) {
        return l.startsWith(place) && l.contains(expected);
    });
    QVERIFY2(found, qPrintable(QStringLiteral("no line \"%1...%2\" in:\n%3").arg(place, expected, message)));
}

void TestConfigLoader::everyProblemIsReportedOnItsOwnLine()
{
    const QString path = dataFile("several-problems.json");
    const auto loaded = ConfigLoader::fromFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, Error::Kind::BadInput);

    const QStringList lines = loaded.error().message.split(u'\n');
    const QStringList places{path + QStringLiteral(":5: branch.language: "),
                             path + QStringLiteral(":11: calendar.hours.wed.open: "),
                             path + QStringLiteral(":18: services[0].dailyLimit: "),
                             path + QStringLiteral(":22: counters[0].policy: ")};
    QCOMPARE(lines.size(), places.size());
    for (int i = 0; i < places.size(); ++i)
        QVERIFY2(lines.at(i).startsWith(places.at(i)), qPrintable(lines.at(i)));
}

void TestConfigLoader::unreadablePathIsNamed_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("no-such-folder/branch.json"));
    QTest::newRow("a directory") << m_dir.path();
}

void TestConfigLoader::unreadablePathIsNamed()
{
    QFETCH(QString, path);
    const auto loaded = ConfigLoader::fromFile(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, Error::Kind::BadInput);
    QVERIFY2(loaded.error().message.startsWith(path), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(QStringLiteral("config file")), qPrintable(loaded.error().message));
    QVERIFY(!loaded.error().message.contains(u'\n'));
}

void TestConfigLoader::underscoreKeysAreComments()
{
    QByteArray json = smallBranchJson();
    json.replace("\"name\": \"KCP Test\",", "\"name\": \"KCP Test\", \"_note\": \"ganti nama\",");
    json.replace("\"sun\": null", "\"sun\": null, \"_why\": { \"any\": [\"shape\"] }");
    json.replace("\"code\": \"B\",", "\"code\": \"B\", \"_todo\": 42,");
    json.replace("\"number\": 2,", "\"number\": 2, \"_\": null,");
    const auto loaded = ConfigLoader::fromJson(json, QStringLiteral("branch.json"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->name, QStringLiteral("KCP Test"));
    QCOMPARE(loaded->services.at(1).code, QStringLiteral("B"));
    QCOMPARE(loaded->counters.at(1).number, 2);
}

void TestConfigLoader::closingAt2400IsAccepted()
{
    const auto loaded = ConfigLoader::fromJson(smallBranchWith("\"close\": \"12:00\" },", "\"close\": \"24:00\" },"),
                                               QStringLiteral("branch.json"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->calendar.weekly[5].openMinute, 8 * 60);
    QCOMPARE(loaded->calendar.weekly[5].closeMinute, 24 * 60);
    QVERIFY(loaded->calendar.weekly[5].isOpen());
}

void TestConfigLoader::byteOrderMarkKeepsLineNumbers()
{
    // Windows editors (Notepad) may save the file with a UTF-8 byte order mark.
    const QByteArray json = "\xEF\xBB\xBF" + smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 0");
    const auto loaded = ConfigLoader::fromJson(json, QStringLiteral("branch.json"));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.startsWith(QStringLiteral("branch.json:36: services[1].dailyLimit: ")),
             qPrintable(loaded.error().message));
}

void TestConfigLoader::counterServiceInOtherCaseIsNotSilentlyDropped()
{
    // Counter 2 lists "a" for service "A". Either refuse it there, or take it as "A"; never
    // accept it as written, which the database then fails to link to any service.
    const auto loaded = ConfigLoader::fromJson(smallBranchWith("[\"B\", \"A\"]", "[\"B\", \"a\"]"),
                                               QStringLiteral("branch.json"));
    if (!loaded.ok()) {
        QVERIFY2(loaded.error().message.contains(QStringLiteral("branch.json:43: counters[1].services[1]: ")),
                 qPrintable(loaded.error().message));
        return;
    }
    QCOMPARE(loaded->counters.at(1).services, (QStringList{"B", "A"}));
}

void TestConfigLoader::englishNamesAndVoicePackAreRead()
{
    // The lobby in English shows English counter names and running text; a voice pack named
    // relative to the config file is found beside it, wherever the import was run from.
    QTemporaryDir dir;
    QByteArray json = smallBranchJson();
    json.replace("\"name\": \"KCP Test\",",
                 "\"name\": \"KCP Test\", \"runningTextEn\": \"Welcome\", \"voicePack\": \"suara\",");
    json.replace("\"number\": 2,", "\"number\": 2, \"nameEn\": \"Counter Two\",");
    QFile file(dir.filePath(QStringLiteral("branch.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    const auto loaded = ConfigLoader::fromFile(file.fileName());
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->displayRunningText(QStringLiteral("en")), QStringLiteral("Welcome"));
    QCOMPARE(loaded->voicePack, dir.filePath(QStringLiteral("suara")));
    const CounterConfig *two = loaded->counter(2);
    QVERIFY(two);
    QCOMPARE(two->displayName(QStringLiteral("en")), QStringLiteral("Counter Two"));
    QCOMPARE(two->displayName(QStringLiteral("id")), two->name);
}

void TestConfigLoader::outcomesRatingModeAndRequiredOutcomeAreRead()
{
    QByteArray json = smallBranchJson();
    json.replace("\"endOfDay\": \"expire\"", "\"endOfDay\": \"expire\", \"rating\": \"skm\"");
    json.replace("  ],\n  \"services\"",
                 "  ], \"outcomes\": [{ \"code\": \"selesai\", \"name\": \"Selesai\", \"nameEn\": \"Resolved\", \"resolved\": true },"
                 " { \"code\": \"tindak_lanjut\", \"name\": \"Tindak lanjut\", \"nameEn\": \"Follow-up\", \"followUp\": true }],\n"
                 "  \"services\"");
    json.replace("\"dailyLimit\": 600", "\"dailyLimit\": 600, \"outcomeRequired\": true");
    const auto loaded = ConfigLoader::fromJson(json, QStringLiteral("branch.json"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->rating, RatingMode::Skm);
    QCOMPARE(loaded->outcomes.size(), 2);
    const ServiceOutcome *done = loaded->outcome(QStringLiteral("selesai"));
    QVERIFY(done);
    QVERIFY(done->resolved);
    QVERIFY(!done->followUp);
    QCOMPARE(done->displayName(QStringLiteral("en")), QStringLiteral("Resolved"));
    const ServiceOutcome *later = loaded->outcome(QStringLiteral("tindak_lanjut"));
    QVERIFY(later);
    QVERIFY(!later->resolved);
    QVERIFY(later->followUp);
    QVERIFY(!loaded->service(QStringLiteral("A"))->outcomeRequired);
    QVERIFY(loaded->service(QStringLiteral("B"))->outcomeRequired);
    // Unsaid, the pad shows faces.
    const auto plain = ConfigLoader::fromJson(smallBranchJson(), QStringLiteral("branch.json"));
    QVERIFY(plain.ok());
    QCOMPARE(plain->rating, RatingMode::Faces);
    QVERIFY(plain->outcomes.isEmpty());
}

void TestConfigLoader::bundledSampleOffersTheThreeOutcomes()
{
    const auto loaded = ConfigLoader::fromFile(ConfigLoader::bundledSamplePath());
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QStringList codes;
    for (const ServiceOutcome &o : loaded->outcomes)
        codes << QStringLiteral("%1 resolved=%2 followUp=%3").arg(o.code).arg(o.resolved).arg(o.followUp);
    QCOMPARE(codes, (QStringList{"selesai resolved=1 followUp=0", "perlu_tindak_lanjut resolved=0 followUp=1",
                                 "dirujuk resolved=0 followUp=0"}));
    QCOMPARE(loaded->rating, RatingMode::Faces);
}

void TestConfigLoader::serviceStandardsAreReadOrDefaulted_data()
{
    QTest::addColumn<QByteArray>("extra"); // added to service B after its dailyLimit
    QTest::addColumn<int>("targetWait");
    QTest::addColumn<int>("targetPercent");
    QTest::addColumn<int>("targetService");

    // The default service time target is twice the average service time (10 when not given).
    QTest::newRow("none given") << QByteArray() << 15 << 80 << 20;
    QTest::newRow("average 7 gives service target 14") << QByteArray(", \"averageServiceMinutes\": 7") << 15 << 80 << 14;
    QTest::newRow("all given") << QByteArray(", \"targetWaitMinutes\": 5, \"targetPercent\": 90, \"targetServiceMinutes\": 12")
                               << 5 << 90 << 12;
    QTest::newRow("lowest") << QByteArray(", \"targetWaitMinutes\": 1, \"targetPercent\": 1, \"targetServiceMinutes\": 1")
                            << 1 << 1 << 1;
    QTest::newRow("highest") << QByteArray(", \"targetWaitMinutes\": 240, \"targetPercent\": 100, \"targetServiceMinutes\": 480")
                             << 240 << 100 << 480;
}

void TestConfigLoader::serviceStandardsAreReadOrDefaulted()
{
    QFETCH(QByteArray, extra);
    QFETCH(int, targetWait);
    QFETCH(int, targetPercent);
    QFETCH(int, targetService);
    const QByteArray json = smallBranchWith("\"dailyLimit\": 600", "\"dailyLimit\": 600" + extra);
    const auto loaded = ConfigLoader::fromJson(json, QStringLiteral("branch.json"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    const ServiceConfig *b = loaded->service(QStringLiteral("B"));
    QCOMPARE(b->targetWaitMinutes, targetWait);
    QCOMPARE(b->targetPercent, targetPercent);
    QCOMPARE(b->targetServiceMinutes, targetService);
    QCOMPARE(loaded->breakLimitMinutes, 15);
}

void TestConfigLoader::bundledSampleStatesItsStandards()
{
    // The sample says its standards outright, so an installer sees where to set them.
    QFile file(ConfigLoader::bundledSamplePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    for (const char *key : {"targetWaitMinutes", "targetPercent", "targetServiceMinutes"})
        QCOMPARE(json.count(key), 3);
    QCOMPARE(json.count("breakLimitMinutes"), 1);
    const auto loaded = ConfigLoader::fromJson(json, QStringLiteral("branch.json"));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    const ServiceConfig *teller = loaded->service(QStringLiteral("B"));
    QCOMPARE(teller->targetWaitMinutes, 10);
    QCOMPARE(teller->targetPercent, 85);
    QCOMPARE(teller->targetServiceMinutes, 8);
}

void TestConfigLoader::serviceNameThatReadsAsThePriorityBarIsWarnedAbout_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("warned");
    QTest::newRow("Prioritas alone") << "Prioritas" << true;
    QTest::newRow("Priority alone") << "Priority" << true;
    QTest::newRow("Layanan Prioritas") << "Layanan Prioritas" << true;
    QTest::newRow("Priority service") << "Priority service" << true;
    QTest::newRow("Antrian Prioritas (khusus)") << "Antrian Prioritas (khusus)" << true;
    QTest::newRow("upper case") << "PRIORITAS" << true;
    QTest::newRow("Nasabah Prioritas") << "Nasabah Prioritas" << false;
    QTest::newRow("Priority Banking") << "Priority Banking" << false;
    QTest::newRow("Prioritas VIP") << "Prioritas VIP" << false;
    QTest::newRow("Layanan Nasabah") << "Layanan Nasabah" << false;
    QTest::newRow("Teller") << "Teller" << false;
    QTest::newRow("Layanan khusus") << "Layanan khusus" << false; // says nothing of priority
}

void TestConfigLoader::serviceNameThatReadsAsThePriorityBarIsWarnedAbout()
{
    QFETCH(QString, name);
    QFETCH(bool, warned);
    QCOMPARE(ConfigLoader::nameReadsAsPriorityBar(name), warned);
    // And in a whole config, naming the field; the config still loads.
    auto config = ConfigLoader::fromJson(smallBranchWith("\"name\": \"Teller\"", qPrintable(QStringLiteral("\"name\": \"%1\"").arg(name))),
                                         QStringLiteral("branch.json"));
    QVERIFY2(config.ok(), config ? "" : qPrintable(config.error().message));
    const QStringList warnings = ConfigLoader::warnings(*config);
    QCOMPARE(warnings.size(), warned ? 1 : 0);
    if (warned)
        QVERIFY2(warnings.first().startsWith(QStringLiteral("services[1].name \"%1\"").arg(name)), qPrintable(warnings.first()));
}

void TestConfigLoader::bundledSampleHasNothingToWarnAbout()
{
    auto sample = ConfigLoader::fromFile(ConfigLoader::bundledSamplePath());
    QVERIFY(sample.ok());
    QCOMPARE(ConfigLoader::warnings(*sample), QStringList());
}

void TestConfigLoader::initWithAConfigPrintsItsWarningsAndImportsIt()
{
    QTemporaryDir dir;
    const QString configPath = dir.filePath(QStringLiteral("branch.json"));
    QFile file(configPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(smallBranchWith("\"name\": \"Teller\"", "\"name\": \"Prioritas\""));
    file.close();
    const QString db = dir.filePath(QStringLiteral("antrian.db"));
    const test::ProcessResult r = test::runCtl({"--db", db, "--lang", "en", "--config", configPath, "init"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("warning: services[1].name \"Prioritas\": can be taken for the kiosk's priority service"),
             r.err.constData());
    const test::ProcessResult status = test::runCtl({"--db", db, "--json", "status"});
    QVERIFY2(status.out.contains("Prioritas"), status.out.constData()); // imported all the same
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
