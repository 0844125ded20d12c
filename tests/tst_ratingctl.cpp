// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl after service: finish --outcome/--note, rate (faces and --skm), skm, followups and
// followup close, and what tickets --json shows of them; exit codes as every command's.
#include "ctlfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

// The bundled sample branch with `from` replaced by `to` (each must occur once).
QByteArray sampleWith(const QList<std::pair<QByteArray, QByteArray>> &changes)
{
    QFile file(QStringLiteral(ANTRIAN_SOURCE_DIR "/resources/branch.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample branch");
    QByteArray json = file.readAll();
    for (const auto &[from, to] : changes) {
        if (json.count(from) != 1)
            qFatal("test data: \"%s\" does not occur exactly once in branch.json", from.constData());
        json.replace(from, to);
    }
    return json;
}

// Teller (B) tickets require an outcome; the pad asks `rating`.
QByteArray branchWith(const char *rating, bool tellerOutcomeRequired = false)
{
    return sampleWith({{"\"rating\": \"faces\"", QByteArray("\"rating\": \"") + rating + '"'},
                       {"\"dailyLimit\": 600,", tellerOutcomeRequired ? "\"dailyLimit\": 600, \"outcomeRequired\": true,"
                                                                      : "\"dailyLimit\": 600,"}});
}

// Issues a B ticket and serves it at counter 1, up to finish; its code.
QString serveAtCounterOne(const CtlFixture &f)
{
    const QString code = f.json({"issue", "B"}).object().value("code").toString();
    if (f.ctl({"call", "1"}).exitCode != 0 || f.ctl({"start", "1"}).exitCode != 0)
        QTest::qFail("could not call and start at counter 1", __FILE__, __LINE__);
    return code;
}

QJsonObject ticketOf(const CtlFixture &f, const QString &code)
{
    for (const QJsonValue &v : f.json({"tickets"}).array()) {
        if (v.toObject().value("code").toString() == code)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestRatingCtl : public QObject
{
    Q_OBJECT

private slots:
    void finishWithAnOutcomeShowsInTickets();
    void finishLineNamesTheOutcomeApartFromTheStatusWord_data();
    void finishLineNamesTheOutcomeApartFromTheStatusWord();
    void finishIsRefusedWithoutARequiredOrWithAnUnknownOutcome_data();
    void finishIsRefusedWithoutARequiredOrWithAnUnknownOutcome();
    void rateStoresOneFacesScoreOrOneQuestionnaire_data();
    void rateStoresOneFacesScoreOrOneQuestionnaire();
    void skmPrintsTheElementMeansTheIkmAndItsGrade();
    void followUpsAreListedWithTheirNoteAndClosed();
};

void TestRatingCtl::finishWithAnOutcomeShowsInTickets()
{
    CtlFixture f;
    const QString code = serveAtCounterOne(f);
    const ProcessResult done = f.ctl({"--json", "finish", "1", "--outcome", "dirujuk", "--note", "ke kantor pusat"});
    QCOMPARE(done.exitCode, 0);
    const QJsonObject t = ticketOf(f, code);
    QCOMPARE(t.value("status").toString(), QStringLiteral("done"));
    QCOMPARE(t.value("outcome").toString(), QStringLiteral("dirujuk"));
    QCOMPARE(t.value("outcomeNote").toString(), QStringLiteral("ke kantor pusat"));
    QVERIFY(t.value("rating").isNull());
    // A ticket finished the old way has neither.
    const QString plain = serveAtCounterOne(f);
    QCOMPARE(f.ctl({"finish", "1"}).exitCode, 0);
    QVERIFY(ticketOf(f, plain).value("outcome").isNull());
    QVERIFY(ticketOf(f, plain).value("outcomeNote").isNull());
}

void TestRatingCtl::finishLineNamesTheOutcomeApartFromTheStatusWord_data()
{
    QTest::addColumn<QStringList>("options"); // after "finish 1"
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("named");       // in the line; empty: no outcome named

    QTest::newRow("selesai, English") << QStringList{"--outcome", "selesai"} << "en" << "outcome: Resolved";
    QTest::newRow("dirujuk, English") << QStringList{"--outcome", "dirujuk"} << "en" << "outcome: Referred elsewhere";
    QTest::newRow("follow-up, Indonesian") << QStringList{"--outcome", "perlu_tindak_lanjut"} << "id" << "Perlu tindak lanjut";
    QTest::newRow("none") << QStringList{} << "en" << "";
}

void TestRatingCtl::finishLineNamesTheOutcomeApartFromTheStatusWord()
{
    QFETCH(QStringList, options);
    QFETCH(QString, lang);
    QFETCH(QString, named);

    CtlFixture f;
    const QString code = serveAtCounterOne(f);
    // The fixture's --lang en comes first; the last --lang given is the one used.
    const ProcessResult r = f.ctl(QStringList{"--lang", lang, "finish", "1"} + options);
    QCOMPARE(r.exitCode, 0);
    const QString line = QString::fromUtf8(r.out).trimmed();
    QVERIFY2(line.startsWith(code), qPrintable(line));
    if (named.isEmpty())
        QVERIFY2(!line.contains(QStringLiteral("outcome")) && !line.contains(QStringLiteral("hasil")), qPrintable(line));
    else
        QVERIFY2(line.contains(named), qPrintable(line));
    // --json keeps its fields: the outcome's code, not its name.
    if (!options.isEmpty())
        QCOMPARE(ticketOf(f, code).value("outcome").toString(), options.at(1));
}

void TestRatingCtl::finishIsRefusedWithoutARequiredOrWithAnUnknownOutcome_data()
{
    QTest::addColumn<bool>("required");
    QTest::addColumn<QStringList>("finish");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("required and none given") << true << QStringList{"finish", "1"} << 3 << "needs an outcome";
    QTest::newRow("required, a note alone") << true << QStringList{"finish", "1", "--note", "x"} << 3 << "needs an outcome";
    QTest::newRow("unknown code") << false << QStringList{"finish", "1", "--outcome", "beres"} << 2 << "unknown outcome \"beres\"";
    QTest::newRow("required and given") << true << QStringList{"finish", "1", "--outcome", "selesai"} << 0 << "";
}

void TestRatingCtl::finishIsRefusedWithoutARequiredOrWithAnUnknownOutcome()
{
    QFETCH(bool, required);
    QFETCH(QStringList, finish);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    CtlFixture f(branchWith("faces", required));
    const QString code = serveAtCounterOne(f);
    const ProcessResult r = f.ctl(finish);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(ticketOf(f, code).value("status").toString(), exitCode == 0 ? QStringLiteral("done") : QStringLiteral("serving"));
}

void TestRatingCtl::rateStoresOneFacesScoreOrOneQuestionnaire_data()
{
    QTest::addColumn<QByteArray>("rating"); // the branch's mode
    QTest::addColumn<QString>("before");    // waiting, serving, done, rated
    QTest::addColumn<QStringList>("rate");  // after "rate CODE"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QJsonValue>("stored"); // tickets --json "rating" afterwards
    QTest::addColumn<bool>("skmAnswered");

    const QStringList skm{"--skm", "4,3,4,4,3,4,4,4,3"};
    QTest::newRow("faces 5") << QByteArray("faces") << "done" << QStringList{"5"} << 0 << QJsonValue(5) << false;
    QTest::newRow("faces 6") << QByteArray("faces") << "done" << QStringList{"6"} << 2 << QJsonValue() << false;
    QTest::newRow("faces as a word") << QByteArray("faces") << "done" << QStringList{"good"} << 2 << QJsonValue() << false;
    QTest::newRow("no score") << QByteArray("faces") << "done" << QStringList{} << 2 << QJsonValue() << false;
    QTest::newRow("still waiting") << QByteArray("faces") << "waiting" << QStringList{"4"} << 3 << QJsonValue() << false;
    QTest::newRow("being served") << QByteArray("faces") << "serving" << QStringList{"4"} << 3 << QJsonValue() << false;
    QTest::newRow("twice") << QByteArray("faces") << "rated" << QStringList{"4"} << 3 << QJsonValue(1) << false;
    QTest::newRow("rating off") << QByteArray("off") << "done" << QStringList{"4"} << 3 << QJsonValue() << false;
    QTest::newRow("skm") << QByteArray("skm") << "done" << skm << 0 << QJsonValue() << true;
    QTest::newRow("skm eight answers") << QByteArray("skm") << "done" << QStringList{"--skm", "4,3,4,4,3,4,4,4"} << 2
                                       << QJsonValue() << false;
    QTest::newRow("skm an answer 5") << QByteArray("skm") << "done" << QStringList{"--skm", "4,3,4,4,5,4,4,4,3"} << 2
                                     << QJsonValue() << false;
    QTest::newRow("skm not numbers") << QByteArray("skm") << "done" << QStringList{"--skm", "a,b"} << 2 << QJsonValue() << false;
    QTest::newRow("skm after faces") << QByteArray("skm") << "rated" << skm << 3 << QJsonValue(1) << false;
    QTest::newRow("skm with rating off") << QByteArray("off") << "done" << skm << 3 << QJsonValue() << false;
}

void TestRatingCtl::rateStoresOneFacesScoreOrOneQuestionnaire()
{
    QFETCH(QByteArray, rating);
    QFETCH(QString, before);
    QFETCH(QStringList, rate);
    QFETCH(int, exitCode);
    QFETCH(QJsonValue, stored);
    QFETCH(bool, skmAnswered);

    CtlFixture f(branchWith(rating.constData()));
    const QString code = before == u"waiting" ? f.json({"issue", "B"}).object().value("code").toString() : serveAtCounterOne(f);
    if (before == u"done" || before == u"rated")
        QCOMPARE(f.ctl({"finish", "1"}).exitCode, 0);
    if (before == u"rated")
        QCOMPARE(f.ctl({"rate", code, "1"}).exitCode, 0);

    const ProcessResult r = f.ctl(QStringList{"rate", code} + rate);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    if (exitCode != 0)
        QVERIFY(!r.err.trimmed().isEmpty());
    const QJsonObject t = ticketOf(f, code);
    QCOMPARE(t.value("rating"), stored);
    QCOMPARE(t.value("skmAnswered").toBool(), skmAnswered);
}

void TestRatingCtl::skmPrintsTheElementMeansTheIkmAndItsGrade()
{
    CtlFixture f(branchWith("skm"));
    for (const char *answers : {"4,3,4,4,3,4,4,4,3", "3,3,3,4,3,3,4,3,3"}) {
        const QString code = serveAtCounterOne(f);
        QCOMPARE(f.ctl({"finish", "1"}).exitCode, 0);
        QCOMPARE(f.ctl({"rate", code, "--skm", QString::fromLatin1(answers)}).exitCode, 0);
    }
    // Element means 3.5,3,3.5,4,3,3.5,4,3.5,3: their sum 31, / 9 x 25 = 86.11, grade B (tst_skm).
    const QJsonObject o = f.json({"skm", "--from", "2026-11-23", "--to", "2026-11-23"}).object();
    QCOMPARE(o.value("ikm").toDouble(), 86.11);
    QCOMPARE(o.value("grade").toString(), QStringLiteral("B"));
    QCOMPARE(o.value("gradeLabel").toString(), QStringLiteral("Good"));
    QCOMPARE(o.value("respondents").toInt(), 2);
    const QJsonArray elements = o.value("elements").toArray();
    QCOMPARE(elements.size(), 9);
    QCOMPARE(elements.at(0).toObject().value("key").toString(), QStringLiteral("persyaratan"));
    QCOMPARE(elements.at(0).toObject().value("name").toString(), QStringLiteral("Requirements"));
    QCOMPARE(elements.at(0).toObject().value("mean").toDouble(), 3.5);
    QCOMPARE(elements.at(3).toObject().value("mean").toDouble(), 4.0);
    const QJsonArray services = o.value("services").toArray();
    QCOMPARE(services.size(), 1);
    QCOMPARE(services.at(0).toObject().value("code").toString(), QStringLiteral("B"));
    QCOMPARE(services.at(0).toObject().value("ikm").toDouble(), 86.11);
    QCOMPARE(services.at(0).toObject().value("elements").toArray().size(), 9);

    // In Indonesian, the regulation's words.
    ProcessResult id = runCtl({"--db", f.path(), "--now", kCtlMonday, "--lang", "id", "--json", "skm"});
    QCOMPARE(id.exitCode, 0);
    const QJsonObject inId = QJsonDocument::fromJson(id.out).object();
    QCOMPARE(inId.value("gradeLabel").toString(), QStringLiteral("Baik"));
    QCOMPARE(inId.value("elements").toArray().at(7).toObject().value("name").toString(), QStringLiteral("Sarana dan prasarana"));

    const ProcessResult text = f.ctl({"skm"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("IKM 86.11, grade B (Good), 2 respondent"), text.out.constData());
    // A day with none: no figures, and nothing made up.
    const QJsonObject empty = f.json({"skm", "--from", "2026-11-24"}).object();
    QCOMPARE(empty.value("respondents").toInt(), 0);
    QVERIFY(empty.value("ikm").isNull());
    QCOMPARE(f.ctl({"skm", "--from", "2026-11-24", "--to", "2026-11-01"}).exitCode, 2);
    QCOMPARE(f.ctl({"skm", "--from", "23-11-2026"}).exitCode, 2);
}

void TestRatingCtl::followUpsAreListedWithTheirNoteAndClosed()
{
    CtlFixture f;
    f.staff({1});
    const QString first = serveAtCounterOne(f);
    QCOMPARE(f.ctl({"finish", "1", "--outcome", "perlu_tindak_lanjut", "--note", "KTP tertinggal"}).exitCode, 0);
    const QString second = serveAtCounterOne(f);
    QCOMPARE(f.ctl({"finish", "1", "--outcome", "selesai"}).exitCode, 0);

    const QJsonArray open = f.json({"followups"}).array();
    QCOMPARE(open.size(), 1);
    const QJsonObject item = open.at(0).toObject();
    QCOMPARE(item.value("code").toString(), first);
    QCOMPARE(item.value("service").toString(), QStringLiteral("B"));
    QCOMPARE(item.value("counter").toInt(), 1);
    QCOMPARE(item.value("outcome").toString(), QStringLiteral("perlu_tindak_lanjut"));
    QCOMPARE(item.value("outcomeName").toString(), QStringLiteral("Needs follow-up"));
    QCOMPARE(item.value("outcomeNote").toString(), QStringLiteral("KTP tertinggal"));
    QVERIFY(!item.value("finishedAt").toString().isEmpty());
    const ProcessResult text = f.ctl({"followups"});
    QVERIFY2(text.out.contains("KTP tertinggal") && text.out.contains("1 follow-up open"), text.out.constData());

    QCOMPARE(f.ctl({"followup", "close", second}).exitCode, 3); // never on the list
    QCOMPARE(f.ctl({"followup", "close", first, "--by", "nobody"}).exitCode, 2);
    QCOMPARE(f.ctl({"followup", "close", first}).exitCode, 0);
    QCOMPARE(f.json({"followups"}).array().size(), 0);
    QCOMPARE(f.ctl({"followup", "close", first}).exitCode, 3); // closed already
    QCOMPARE(f.ctl({"followup", "open", first}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRatingCtl)
#include "tst_ratingctl.moc"
