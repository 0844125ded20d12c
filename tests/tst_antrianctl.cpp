// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl as scripts and people use it: JSON shapes, exit codes, messages, config import.
#include "ctlfixture.h"

#include "config/configloader.h"
#include "staff/countersessions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QXmlStreamReader>

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kMonday = QStringLiteral("2026-11-23T09:00:00+07:00");

// One message of antrianctl's .ts file for `lang`, by its source text.
struct TsMessage
{
    QString translation;
    bool finished = false;
};

QHash<QString, TsMessage> antrianctlMessages(const QString &lang)
{
    QFile file(QStringLiteral(ANTRIAN_SOURCE_DIR "/resources/translations/antrianctl_%1.ts").arg(lang));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QHash<QString, TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // Vanished and obsolete messages are no longer looked up.
            if (context == u"antrianctl" && type != u"vanished" && type != u"obsolete")
                messages.insert(source, {translation, type.isEmpty() && !translation.isEmpty()});
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(file.fileName()), qPrintable(xml.errorString()));
    return messages;
}

// The command table as antrianctl gives it (help --json), in the language `langArgs` ask for.
QJsonArray commandTable(const QStringList &langArgs)
{
    const ProcessResult r = runCtl(langArgs + QStringList{"--json", "help"});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out).array();
}

// Each form of each command: its usage ("pause|resume SERVICE") and help line(s).
QList<QPair<QString, QString>> helpLines(const QJsonArray &table)
{
    QList<QPair<QString, QString>> lines;
    for (const QJsonValue &command : table) {
        for (const QJsonValue &form : command.toObject().value("forms").toArray())
            lines.append({form.toObject().value("usage").toString(), form.toObject().value("help").toString()});
    }
    return lines;
}

} // namespace

class TestAntrianctl : public QObject
{
    Q_OBJECT

private slots:
    void initImportsTheBundledSampleBranch();
    void issuePrintsCodeServiceAheadAndEstimate();
    void callPrintsTheCalledTicket();
    void issueWithNobodyAtTheCountersHasNoEstimate();
    void aClockSetBackStillCallsInTheOrderOfIssue();
    void ticketsListsEveryTicketOfTheDay();
    void statusShowsServicesAndCounters();
    void exitCodes_data();
    void exitCodes();
    void refusalsSayWhyInWords();
    void jsonErrorsAreMachineReadable();
    void badConfigChangesNothingAndNamesFileLineAndField();
    void reimportKeepsTicketsAndRenamesServices();
    void nowWithoutOffsetIsBranchLocalTime();
    void storageFailureExitsWithFour();
    void indonesianIsTheDefaultLanguage();
    void helpListsEveryCommandOfTheTableOnItsOwnLine_data();
    void helpListsEveryCommandOfTheTableOnItsOwnLine();
    void eachHelpLineIsItsOwnMessageInTheTranslations_data();
    void eachHelpLineIsItsOwnMessageInTheTranslations();
    void everyCommandHasItsOwnHelp_data();
    void everyCommandHasItsOwnHelp();
    void helpCommandPrintsWhatHelpOptionPrints();
    void versionNamesTheAppAndTheSchemaItWritesWithoutOpeningADatabase();
};

void TestAntrianctl::initImportsTheBundledSampleBranch()
{
    CtlFixture f;
    const QJsonObject status = f.json({"status"}).object();
    QCOMPARE(status.value("branch").toString(), QStringLiteral("Bank Nusantara KCP Sudirman"));
    QCOMPARE(status.value("services").toArray().size(), 3);
    QCOMPARE(status.value("counters").toArray().size(), 6);
    QCOMPARE(status.value("open").toBool(), true);
    // Running init again on the same file keeps it working (and keeps its tickets).
    QCOMPARE(f.ctl({"issue", "A"}).exitCode, 0);
    QCOMPARE(runCtl({"--db", f.path(), "init"}).exitCode, 0);
    QCOMPARE(f.json({"tickets"}).array().size(), 1);
}

void TestAntrianctl::issuePrintsCodeServiceAheadAndEstimate()
{
    CtlFixture f;
    f.staff({3, 4, 5, 6}); // the counters serving A
    f.ctl({"issue", "A"});
    const QJsonObject o = f.json({"issue", "A"}).object();
    QCOMPARE(o.value("code").toString(), QStringLiteral("A-002"));
    QCOMPARE(o.value("service").toString(), QStringLiteral("A"));
    QCOMPARE(o.value("ahead").toInt(), 1);
    // One ahead, 12 minutes a customer, four counters serve A: ceil(12 / 4) = 3.
    QCOMPARE(o.value("estimatedWaitMinutes").toInt(), 3);
    QCOMPARE(o.value("status").toString(), QStringLiteral("waiting"));
    QCOMPARE(o.value("issuedAt").toString(), QStringLiteral("2026-11-23T09:00:00+07:00"));

    const QJsonObject p = f.json({"issue", "A", "--reason", "elderly"}).object();
    QCOMPARE(p.value("priority").toBool(), true);
    QCOMPARE(p.value("priorityReason").toString(), QStringLiteral("elderly"));
    QCOMPARE(p.value("ahead").toInt(), 0);
}

void TestAntrianctl::aClockSetBackStillCallsInTheOrderOfIssue()
{
    // Issue 12, as antrianctl --now showed it: B-003 "at 09:05" after B-001 (09:10) and B-002 (09:20).
    CtlFixture f;
    f.ctl({"issue", "B"}, QStringLiteral("2026-11-23T09:10:00+07:00"));
    f.ctl({"issue", "B"}, QStringLiteral("2026-11-23T09:20:00+07:00"));
    const QJsonObject third = f.json({"issue", "B"}, QStringLiteral("2026-11-23T09:05:00+07:00")).object();
    QCOMPARE(third.value("code").toString(), QStringLiteral("B-003"));
    QCOMPARE(third.value("ahead").toInt(), 2);
    QCOMPARE(f.json({"call", "1"}).object().value("code").toString(), QStringLiteral("B-001"));
    QCOMPARE(f.json({"call", "2"}).object().value("code").toString(), QStringLiteral("B-002"));
    QCOMPARE(f.json({"call", "3"}).object().value("code").toString(), QStringLiteral("B-003"));
}

void TestAntrianctl::issueWithNobodyAtTheCountersHasNoEstimate()
{
    // Issue 12: after init nobody is logged in, and the ticket promised "no need to wait".
    CtlFixture f;
    const QJsonObject o = f.json({"issue", "A"}).object();
    QCOMPARE(o.value("ahead").toInt(), 0);
    QVERIFY(o.contains("estimatedWaitMinutes"));
    QVERIFY(o.value("estimatedWaitMinutes").isNull());
    QCOMPARE(o.value("estimatedWait").toString(), QStringLiteral("no counter is serving this service now"));
    const QJsonObject status = f.json({"status"}).object();
    for (const QJsonValue &c : status.value("counters").toArray())
        QCOMPARE(c.toObject().value("state").toString(), QStringLiteral("closed"));
    for (const QJsonValue &service : status.value("services").toArray()) {
        QCOMPARE(service.toObject().value("openCounters").toInt(), 0);
        QVERIFY(service.toObject().value("estimatedWaitMinutes").isNull());
    }
}

void TestAntrianctl::callPrintsTheCalledTicket()
{
    CtlFixture f;
    f.ctl({"issue", "B"});
    const QJsonObject o = f.json({"call", "2"}).object();
    QCOMPARE(o.value("code").toString(), QStringLiteral("B-001"));
    QCOMPARE(o.value("status").toString(), QStringLiteral("called"));
    QCOMPARE(o.value("counter").toInt(), 2);
    QCOMPARE(f.ctl({"recall", "2"}).exitCode, 0);
    QCOMPARE(f.ctl({"start", "2"}).exitCode, 0);
    const QJsonObject done = f.json({"finish", "2"}).object();
    QCOMPARE(done.value("status").toString(), QStringLiteral("done"));
    QCOMPARE(done.value("recallCount").toInt(), 1);
}

void TestAntrianctl::ticketsListsEveryTicketOfTheDay()
{
    CtlFixture f;
    f.ctl({"issue", "A"});
    f.ctl({"issue", "B"});
    f.ctl({"call", "1"});
    const QJsonArray list = f.json({"tickets"}).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value("code").toString(), QStringLiteral("A-001"));
    QCOMPARE(list.at(0).toObject().value("status").toString(), QStringLiteral("waiting"));
    QVERIFY(list.at(0).toObject().value("counter").isNull());
    QCOMPARE(list.at(1).toObject().value("code").toString(), QStringLiteral("B-001"));
    QCOMPARE(list.at(1).toObject().value("service").toString(), QStringLiteral("B"));
    QCOMPARE(list.at(1).toObject().value("status").toString(), QStringLiteral("called"));
    QCOMPARE(list.at(1).toObject().value("counter").toInt(), 1);

    QCOMPARE(f.json({"tickets", "--status", "called"}).array().size(), 1);
    QCOMPARE(f.json({"tickets", "--service", "a"}).array().size(), 1);
    QCOMPARE(f.json({"tickets", "--date", "2026-11-22"}).array().size(), 0);
    const ProcessResult table = f.ctl({"tickets"});
    QVERIFY(table.out.contains("A-001"));
    QVERIFY(table.out.contains("2 tickets"));
}

void TestAntrianctl::statusShowsServicesAndCounters()
{
    CtlFixture f;
    f.ctl({"issue", "A"});
    f.ctl({"issue", "A"});
    f.ctl({"call", "4"});
    const QJsonObject s = f.json({"status"}).object();
    const QJsonObject a = s.value("services").toArray().at(0).toObject();
    QCOMPARE(a.value("code").toString(), QStringLiteral("A"));
    QCOMPARE(a.value("waiting").toInt(), 1);
    QCOMPARE(a.value("issuedToday").toInt(), 2);
    const QJsonObject c4 = s.value("counters").toArray().at(3).toObject();
    QCOMPARE(c4.value("number").toInt(), 4);
    QCOMPARE(c4.value("ticket").toObject().value("code").toString(), QStringLiteral("A-001"));
    const ProcessResult text = f.ctl({"status"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Bank Nusantara KCP Sudirman"));
    QVERIFY(text.out.contains("A-001 (called)"));
}

void TestAntrianctl::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("now");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no command") << QStringList{} << kMonday << 2;
    QTest::newRow("unknown command") << QStringList{"serve"} << kMonday << 2;
    QTest::newRow("issue without service") << QStringList{"issue"} << kMonday << 2;
    QTest::newRow("unknown service") << QStringList{"issue", "Z"} << kMonday << 2;
    QTest::newRow("unknown reason") << QStringList{"issue", "A", "--reason", "vip"} << kMonday << 2;
    QTest::newRow("counter not a number") << QStringList{"call", "three"} << kMonday << 2;
    QTest::newRow("unknown counter") << QStringList{"call", "9"} << kMonday << 2;
    QTest::newRow("bad --now") << QStringList{"status"} << QStringLiteral("Monday morning") << 2;
    QTest::newRow("bad --status") << QStringList{"tickets", "--status", "lost"} << kMonday << 2;
    QTest::newRow("transfer without target") << QStringList{"transfer", "1"} << kMonday << 2;
    QTest::newRow("closed on Sunday") << QStringList{"issue", "A"} << QStringLiteral("2026-11-22T10:00:00+07:00") << 3;
    QTest::newRow("nothing waiting") << QStringList{"call", "1"} << kMonday << 3;
    QTest::newRow("finish with nothing") << QStringList{"finish", "1"} << kMonday << 3;
    QTest::newRow("issue") << QStringList{"issue", "B"} << kMonday << 0;
    QTest::newRow("status") << QStringList{"status"} << kMonday << 0;
    QTest::newRow("help") << QStringList{"--help"} << kMonday << 0;
}

void TestAntrianctl::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QString, now);
    QFETCH(int, exitCode);
    CtlFixture f;
    const ProcessResult r = f.ctl(args, now);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    if (exitCode != 0)
        QVERIFY(r.err.startsWith("antrianctl: "));
}

void TestAntrianctl::refusalsSayWhyInWords()
{
    CtlFixture f;
    QCOMPARE(QString::fromUtf8(f.ctl({"issue", "A"}, "2026-11-22T10:00:00+07:00").err).trimmed(),
             QStringLiteral("antrianctl: branch closed until Mon 08:00"));
    QCOMPARE(QString::fromUtf8(f.ctl({"call", "2"}).err).trimmed(),
             QStringLiteral("antrianctl: no ticket waiting for counter 2"));
    for (int i = 0; i < 4; ++i)
        f.ctl({"issue", "A"});
    f.ctl({"call", "3"});
    f.ctl({"start", "3"});
    QCOMPARE(QString::fromUtf8(f.ctl({"call", "3"}).err).trimmed(),
             QStringLiteral("antrianctl: counter 3 is already serving A-001"));
}

void TestAntrianctl::jsonErrorsAreMachineReadable()
{
    CtlFixture f;
    const QJsonObject o = f.json({"call", "1"}).object();
    QCOMPARE(o.value("error").toObject().value("kind").toString(), QStringLiteral("refused"));
    QCOMPARE(o.value("error").toObject().value("message").toString(), QStringLiteral("no ticket waiting for counter 1"));
}

void TestAntrianctl::badConfigChangesNothingAndNamesFileLineAndField()
{
    CtlFixture f;
    f.ctl({"issue", "A"});
    QFile sample(QStringLiteral(ANTRIAN_SOURCE_DIR "/resources/branch.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray json = sample.readAll();
    json.replace("\"name\": \"Bank Nusantara KCP Sudirman\"", "\"name\": \"Renamed\"");
    json.replace("\"dailyLimit\": 600", "\"dailyLimit\": \"lots\"");
    const QString bad = f.dir() + QStringLiteral("/bad.json");
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    const int line = int(json.left(json.indexOf("\"lots\"")).count('\n')) + 1;

    const ProcessResult r = f.ctl({"--config", bad, "status"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("%1:%2: services[1].dailyLimit: expected a whole number").arg(bad).arg(line).toUtf8()),
             r.err.constData());
    QCOMPARE(f.json({"status"}).object().value("branch").toString(), QStringLiteral("Bank Nusantara KCP Sudirman"));
    QCOMPARE(f.json({"tickets"}).array().size(), 1);

    const ProcessResult missing = f.ctl({"--config", f.dir() + QStringLiteral("/absent.json"), "status"});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("no such config file"));
}

void TestAntrianctl::reimportKeepsTicketsAndRenamesServices()
{
    CtlFixture f;
    f.ctl({"issue", "A"});
    BranchConfig config = sampleBranch();
    QFile sample(QStringLiteral(ANTRIAN_SOURCE_DIR "/resources/branch.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray json = sample.readAll();
    json.replace("\"name\": \"Teller\"", "\"name\": \"Kasir\"");
    const QString changed = f.dir() + QStringLiteral("/changed.json");
    QFile out(changed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    QCOMPARE(f.ctl({"--config", changed, "status"}).exitCode, 0);
    const QJsonObject s = f.json({"status"}).object();
    QCOMPARE(s.value("services").toArray().at(1).toObject().value("name").toString(), QStringLiteral("Kasir"));
    QCOMPARE(f.json({"tickets"}).array().size(), 1);
    QCOMPARE(f.json({"issue", "A"}).object().value("code").toString(), QStringLiteral("A-002"));
}

void TestAntrianctl::nowWithoutOffsetIsBranchLocalTime()
{
    CtlFixture f;
    const QJsonObject o = f.json({"issue", "A"}, QStringLiteral("2026-11-23T08:30:00")).object();
    QCOMPARE(o.value("issuedAt").toString(), QStringLiteral("2026-11-23T08:30:00+07:00"));
}

void TestAntrianctl::storageFailureExitsWithFour()
{
    CtlFixture f;
    {
        // Stands in for a full disk or a failing drive at the moment of writing.
        if (testOnPostgres()) {
            // PostgreSQL's triggers call a function; written as the superuser.
            const QString database = PgCluster::databaseOf(f.path());
            auto function = PgCluster::instance().runSql(
                    QStringLiteral("CREATE FUNCTION fail_insert() RETURNS trigger LANGUAGE plpgsql"
                                   " AS $$ BEGIN RAISE EXCEPTION 'disk I/O error'; END $$"),
                    database);
            QVERIFY2(function, function ? "" : qPrintable(function.error().message));
            auto trigger = PgCluster::instance().runSql(
                    QStringLiteral("CREATE TRIGGER fail_insert BEFORE INSERT ON tickets"
                                   " FOR EACH ROW EXECUTE FUNCTION fail_insert()"),
                    database);
            QVERIFY2(trigger, trigger ? "" : qPrintable(trigger.error().message));
        } else {
            auto db = Database::open(f.path());
            QVERIFY(db.ok());
            QString error;
            (*db)->exec(QStringLiteral("CREATE TRIGGER fail_insert BEFORE INSERT ON tickets"
                                       " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"),
                        {}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }
    const ProcessResult r = f.ctl({"issue", "A"});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains("disk I/O error"));
    // Nothing half-written: no number was used up.
    auto db = Database::open(f.path());
    QSqlQuery q = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM daily_sequences"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestAntrianctl::indonesianIsTheDefaultLanguage()
{
    CtlFixture f;
    const ProcessResult r = runCtl({"--db", f.path(), "--now", "2026-11-22T10:00:00+07:00", "issue", "A"});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(QString::fromUtf8(r.err).trimmed(), QStringLiteral("antrianctl: cabang tutup hingga Sen 08:00"));
}

void TestAntrianctl::helpListsEveryCommandOfTheTableOnItsOwnLine_data()
{
    QTest::addColumn<QStringList>("langArgs");
    QTest::addColumn<QString>("lang");
    QTest::newRow("Indonesian by default") << QStringList{} << QStringLiteral("id");
    QTest::newRow("English with --lang en") << QStringList{"--lang", "en"} << QStringLiteral("en");
}

void TestAntrianctl::helpListsEveryCommandOfTheTableOnItsOwnLine()
{
    QFETCH(QStringList, langArgs);
    QFETCH(QString, lang);
    const auto english = helpLines(commandTable({"--lang", "en"}));
    const auto shown = helpLines(commandTable(langArgs));
    QVERIFY(!english.isEmpty());
    QCOMPARE(shown.size(), english.size());
    const ProcessResult help = runCtl(langArgs + QStringList{"--help"});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    const QHash<QString, TsMessage> messages = antrianctlMessages(lang);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const auto &[usage, lines] = shown.at(i);
        QVERIFY2(!lines.isEmpty(), qPrintable(usage + QStringLiteral(": no help line")));
        // "  usage" then its help on the same line or the next, each further line under it.
        QStringList escaped;
        for (const QString &line : lines.split(u'\n'))
            escaped.append(QRegularExpression::escape(line));
        const QRegularExpression expected(QStringLiteral("^  %1\\s+%2$").arg(QRegularExpression::escape(usage), escaped.join(QStringLiteral("\n +"))),
                                          QRegularExpression::MultilineOption);
        QVERIFY2(expected.match(text).hasMatch(), qPrintable(QStringLiteral("not in the help: %1  %2").arg(usage, lines)));
        // Looked up on its own: the English line is a message of its own, shown as translated.
        const QString &source = english.at(i).second;
        QVERIFY2(messages.contains(source), qPrintable(QStringLiteral("no message of its own in antrianctl_%1.ts: %2").arg(lang, source)));
        if (lang == u"id") {
            QVERIFY2(messages.value(source).finished, qPrintable(QStringLiteral("not translated: %1").arg(source)));
            QCOMPARE(lines, messages.value(source).translation);
        } else {
            QCOMPARE(lines, source);
        }
    }
}

void TestAntrianctl::eachHelpLineIsItsOwnMessageInTheTranslations_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("id") << QStringLiteral("id");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestAntrianctl::eachHelpLineIsItsOwnMessageInTheTranslations()
{
    // So a new command's line leaves the translation of every other line as it was.
    QFETCH(QString, lang);
    const auto english = helpLines(commandTable({"--lang", "en"}));
    QVERIFY(!english.isEmpty());
    const QHash<QString, TsMessage> messages = antrianctlMessages(lang);
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        qsizetype held = 0;
        for (const auto &line : english)
            held += it.key().contains(line.second) ? 1 : 0;
        QVERIFY2(held <= 1, qPrintable(QStringLiteral("one message holds %1 help lines: %2").arg(held).arg(it.key().left(80))));
    }
}

void TestAntrianctl::everyCommandHasItsOwnHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("option");
    QTest::newRow("init") << "init" << "init" << "";
    QTest::newRow("issue") << "issue" << "issue SERVICE" << "--reason <code>";
    QTest::newRow("call") << "call" << "call COUNTER" << "";
    for (const char *action : {"recall", "start", "noshow"})
        QTest::newRow(action) << action << "recall|start|noshow COUNTER" << "";
    QTest::newRow("finish") << "finish" << "finish COUNTER --outcome CODE [--note TEXT]" << "--outcome <code>";
    QTest::newRow("transfer") << "transfer" << "transfer COUNTER [SERVICE]" << "--to-counter <number>";
    QTest::newRow("cancel") << "cancel" << "cancel|reinstate CODE" << "";
    QTest::newRow("reinstate") << "reinstate" << "cancel|reinstate CODE" << "";
    QTest::newRow("pause") << "pause" << "pause|resume SERVICE" << "";
    QTest::newRow("resume") << "resume" << "pause|resume COUNTER" << "";
    QTest::newRow("status") << "status" << "status" << "";
    QTest::newRow("tickets") << "tickets" << "tickets" << "--status <status>";
    QTest::newRow("staff") << "staff" << "staff release COUNTER" << "--name <name>";
    QTest::newRow("role") << "role" << "role list|remove [NAME]" << "--kind <kind>";
    QTest::newRow("help") << "help" << "help [COMMAND]" << "";
    QTest::newRow("version") << "version" << "version" << "";
}

void TestAntrianctl::everyCommandHasItsOwnHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, line);
    QFETCH(QString, option);
    const ProcessResult own = runCtl({"--lang", "en", command, "--help"});
    QCOMPARE(own.exitCode, 0);
    const QString text = QString::fromUtf8(own.out);
    QVERIFY2(text.contains(QStringLiteral("\n  ") + line) || text.startsWith(QStringLiteral("  ") + line), qPrintable(text));
    if (!option.isEmpty())
        QVERIFY2(text.contains(QStringLiteral("  ") + option), qPrintable(text));
    // Its own lines only: not the list of every command.
    QVERIFY2(!text.contains(QStringLiteral("Exit codes:")), qPrintable(text));
    const ProcessResult asked = runCtl({"--lang", "en", "help", command});
    QCOMPARE(asked.exitCode, 0);
    QCOMPARE(asked.out, own.out);
}

void TestAntrianctl::helpCommandPrintsWhatHelpOptionPrints()
{
    const ProcessResult option = runCtl({"--lang", "en", "--help"});
    const ProcessResult command = runCtl({"--lang", "en", "help"});
    QCOMPARE(command.exitCode, 0);
    QCOMPARE(command.out, option.out);
    const ProcessResult unknown = runCtl({"--lang", "en", "help", "serve"});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(QString::fromUtf8(unknown.err).trimmed(), QStringLiteral("antrianctl: unknown command \"serve\"; try --help"));
}

void TestAntrianctl::versionNamesTheAppAndTheSchemaItWritesWithoutOpeningADatabase()
{
    QTemporaryDir dir;
    const QString absent = dir.filePath(QStringLiteral("absent.db"));
    const ProcessResult r = runCtl({"--db", absent, "--json", "version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!QFile::exists(absent));
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(o.value("version").toString()).hasMatch(),
             r.out.constData());
    CtlFixture f;
    QCOMPARE(o.value("schemaVersion").toInt(), f.json({"init"}).object().value("schemaVersion").toInt());
    QVERIFY(o.value("schemaVersion").toInt() > 0);
    const ProcessResult text = runCtl({"--lang", "en", "version"});
    QCOMPARE(QString::fromUtf8(text.out).trimmed(),
             QStringLiteral("antrianctl %1, database schema version %2").arg(o.value("version").toString()).arg(o.value("schemaVersion").toInt()));
}

QTEST_GUILESS_MAIN(TestAntrianctl)
#include "tst_antrianctl.moc"
