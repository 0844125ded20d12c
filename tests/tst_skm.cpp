// SPDX-License-Identifier: GPL-3.0-or-later
// The SKM arithmetic of Permenpan RB 14/2017: each element's mean, the IKM (mean of the nine
// element means x 25, two decimals) and its grade, on answers whose figures are worked out by
// hand beside each row.
#include "ratings/skm.h"

#include <QTest>

using namespace antrian;

Q_DECLARE_METATYPE(antrian::SkmGrade)

namespace {

SkmAnswers answers(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != kSkmElementCount)
        qFatal("test data: \"%s\" is not nine answers", qPrintable(text));
    SkmAnswers a{};
    for (int i = 0; i < kSkmElementCount; ++i)
        a[i] = parts.at(i).toInt();
    return a;
}

} // namespace

class TestSkm : public QObject
{
    Q_OBJECT

private slots:
    void figuresOfTheAnswersAreWorkedOutByHand_data();
    void figuresOfTheAnswersAreWorkedOutByHand();
    void gradeFollowsTheAnnexBoundsToTheHundredth_data();
    void gradeFollowsTheAnnexBoundsToTheHundredth();
    void noRespondentGivesNoFigures();
    void theNineElementsHaveStableKeysInTheirOrder();
};

void TestSkm::figuresOfTheAnswersAreWorkedOutByHand_data()
{
    QTest::addColumn<QStringList>("responses"); // one questionnaire a string, nine answers
    QTest::addColumn<QString>("means");         // each element's mean, two decimals
    QTest::addColumn<double>("ikm");
    QTest::addColumn<SkmGrade>("grade");

    // 9 x 4 / 9 = 4.00; x 25 = 100.00.
    QTest::newRow("everyone very satisfied") << QStringList{"4,4,4,4,4,4,4,4,4"}
                                             << "4.00,4.00,4.00,4.00,4.00,4.00,4.00,4.00,4.00" << 100.00 << SkmGrade::A;
    // 1.00 x 25 = 25.00: the lowest IKM there is.
    QTest::newRow("everyone dissatisfied") << QStringList{"1,1,1,1,1,1,1,1,1", "1,1,1,1,1,1,1,1,1"}
                                           << "1.00,1.00,1.00,1.00,1.00,1.00,1.00,1.00,1.00" << 25.00 << SkmGrade::D;
    // Sum 4+3+4+4+3+4+4+4+3 = 33; 33 / 9 = 3.6667; x 25 = 91.6667 -> 91.67.
    QTest::newRow("the issue's example") << QStringList{"4,3,4,4,3,4,4,4,3"}
                                         << "4.00,3.00,4.00,4.00,3.00,4.00,4.00,4.00,3.00" << 91.67 << SkmGrade::A;
    // Element sums 7,6,7,8,6,7,8,7,6 over 2 = 3.5,3,3.5,4,3,3.5,4,3.5,3; their sum 31;
    // 31 / 9 = 3.4444; x 25 = 86.1111 -> 86.11.
    QTest::newRow("two respondents") << QStringList{"4,3,4,4,3,4,4,4,3", "3,3,3,4,3,3,4,3,3"}
                                     << "3.50,3.00,3.50,4.00,3.00,3.50,4.00,3.50,3.00" << 86.11 << SkmGrade::B;
    // Each element (2+3+4) / 3 = 3.00; x 25 = 75.00.
    QTest::newRow("three respondents 2, 3, 4") << QStringList{"2,2,2,2,2,2,2,2,2", "3,3,3,3,3,3,3,3,3", "4,4,4,4,4,4,4,4,4"}
                                               << "3.00,3.00,3.00,3.00,3.00,3.00,3.00,3.00,3.00" << 75.00 << SkmGrade::C;
    // Sum 8 x 3 + 4 = 28; 28 / 9 = 3.1111; x 25 = 77.7778 -> 77.78.
    QTest::newRow("one element better") << QStringList{"3,3,3,3,3,3,3,3,4"}
                                        << "3.00,3.00,3.00,3.00,3.00,3.00,3.00,3.00,4.00" << 77.78 << SkmGrade::B;
    // Sum 8 x 2 + 3 = 19 -> 2.1111 x 25 = 52.7778 -> 52.78.
    QTest::newRow("mostly dissatisfied") << QStringList{"2,2,3,2,2,2,2,2,2"}
                                         << "2.00,2.00,3.00,2.00,2.00,2.00,2.00,2.00,2.00" << 52.78 << SkmGrade::D;
    // Element sums 3+4=7 (x5), 3+3=6 (x4): 5 x 3.5 + 4 x 3 = 29.5; / 9 = 3.2778; x 25 = 81.9444 -> 81.94.
    QTest::newRow("four and three") << QStringList{"3,3,3,3,3,3,3,3,3", "4,4,4,4,4,3,3,3,3"}
                                    << "3.50,3.50,3.50,3.50,3.50,3.00,3.00,3.00,3.00" << 81.94 << SkmGrade::B;
}

void TestSkm::figuresOfTheAnswersAreWorkedOutByHand()
{
    QFETCH(QStringList, responses);
    QFETCH(QString, means);
    QFETCH(double, ikm);
    QFETCH(SkmGrade, grade);

    QList<SkmAnswers> all;
    for (const QString &r : std::as_const(responses))
        all.append(answers(r));
    const SkmFigures f = skmFigures(all);
    QCOMPARE(f.respondents, int(responses.size()));
    QStringList shown;
    for (double m : f.elementMeans)
        shown << QString::number(m, 'f', 2);
    QCOMPARE(shown.join(u','), means);
    QCOMPARE(QString::number(f.ikm, 'f', 2), QString::number(ikm, 'f', 2));
    QCOMPARE(f.ikm, ikm); // rounded to two decimals itself, not only when shown
    QCOMPARE(skmGradeLetter(f.grade), skmGradeLetter(grade));
}

void TestSkm::gradeFollowsTheAnnexBoundsToTheHundredth_data()
{
    QTest::addColumn<double>("ikm");
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("labelId");
    QTest::addColumn<QString>("labelEn");

    QTest::newRow("25.00") << 25.00 << "D" << "Tidak baik" << "Poor";
    QTest::newRow("64.99") << 64.99 << "D" << "Tidak baik" << "Poor";
    QTest::newRow("65.00") << 65.00 << "C" << "Kurang baik" << "Fair";
    QTest::newRow("76.60") << 76.60 << "C" << "Kurang baik" << "Fair";
    QTest::newRow("76.61") << 76.61 << "B" << "Baik" << "Good";
    QTest::newRow("88.30") << 88.30 << "B" << "Baik" << "Good";
    QTest::newRow("88.31") << 88.31 << "A" << "Sangat baik" << "Very good";
    QTest::newRow("100.00") << 100.00 << "A" << "Sangat baik" << "Very good";
}

void TestSkm::gradeFollowsTheAnnexBoundsToTheHundredth()
{
    QFETCH(double, ikm);
    QFETCH(QString, letter);
    QFETCH(QString, labelId);
    QFETCH(QString, labelEn);

    const SkmGrade grade = skmGradeOf(ikm);
    QCOMPARE(skmGradeLetter(grade), letter);
    QCOMPARE(skmGradeLabel(grade, QStringLiteral("id")), labelId);
    QCOMPARE(skmGradeLabel(grade, QStringLiteral("en")), labelEn);
}

void TestSkm::noRespondentGivesNoFigures()
{
    const SkmFigures f = skmFigures({});
    QVERIFY(!f.hasRespondents());
    QCOMPARE(f.respondents, 0);
    QCOMPARE(f.ikm, 0.0);
}

void TestSkm::theNineElementsHaveStableKeysInTheirOrder()
{
    QStringList keys;
    for (const SkmElement &e : skmElements())
        keys << QString::fromLatin1(e.key);
    QCOMPARE(keys, (QStringList{"persyaratan", "prosedur", "waktu_pelayanan", "biaya_tarif", "produk_layanan",
                                "kompetensi_pelaksana", "perilaku_pelaksana", "sarana_prasarana", "penanganan_pengaduan"}));
    QCOMPARE(skmElements().at(7).displayName(QStringLiteral("id")), QStringLiteral("Sarana dan prasarana"));
    QCOMPARE(skmElements().at(8).displayName(QStringLiteral("en")), QStringLiteral("Complaint handling"));
}

QTEST_GUILESS_MAIN(TestSkm)
#include "tst_skm.moc"
