// SPDX-License-Identifier: GPL-3.0-or-later
// Number words for the lobby announcements, in Indonesian and English, for every number a
// branch can issue (1 to 9999) and the counters (1 to 99).
#include "announce/numberwords.h"

#include <QTest>

using namespace antrian;

class TestNumberWords : public QObject
{
    Q_OBJECT

private slots:
    void indonesianWords_data();
    void indonesianWords();
    void englishWords_data();
    void englishWords();
    void everyTicketNumberHasWordsWithoutDigitsOrDoubleSpaces();
    void languageCodePicksTheWords();
};

void TestNumberWords::indonesianWords_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("words");
    const QList<std::pair<qint64, const char *>> rows{
            {0, "nol"},
            {1, "satu"},
            {2, "dua"},
            {7, "tujuh"},
            {9, "sembilan"},
            {10, "sepuluh"},
            {11, "sebelas"},
            {12, "dua belas"},
            {15, "lima belas"},
            {19, "sembilan belas"},
            {20, "dua puluh"},
            {21, "dua puluh satu"},
            {45, "empat puluh lima"},
            {99, "sembilan puluh sembilan"},
            {100, "seratus"},
            {101, "seratus satu"},
            {110, "seratus sepuluh"},
            {111, "seratus sebelas"},
            {119, "seratus sembilan belas"},
            {123, "seratus dua puluh tiga"},
            {200, "dua ratus"},
            {305, "tiga ratus lima"},
            {999, "sembilan ratus sembilan puluh sembilan"},
            {1000, "seribu"},
            {1001, "seribu satu"},
            {1011, "seribu sebelas"},
            {1020, "seribu dua puluh"},
            {1100, "seribu seratus"},
            {1999, "seribu sembilan ratus sembilan puluh sembilan"},
            {2000, "dua ribu"},
            {2024, "dua ribu dua puluh empat"},
            {9999, "sembilan ribu sembilan ratus sembilan puluh sembilan"},
            {10000, "sepuluh ribu"},
            {11000, "sebelas ribu"},
            {100000, "seratus ribu"},
            {250500, "dua ratus lima puluh ribu lima ratus"},
            {1000000, "satu juta"},
            {1001000, "satu juta seribu"},
            {2500000000, "dua miliar lima ratus juta"},
            {-5, "minus lima"},
    };
    for (const auto &[n, words] : rows)
        QTest::addRow("%lld", n) << n << QString::fromUtf8(words);
}

void TestNumberWords::indonesianWords()
{
    QFETCH(qint64, number);
    QFETCH(QString, words);
    QCOMPARE(indonesianNumberWords(number), words);
}

void TestNumberWords::englishWords_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("words");
    const QList<std::pair<qint64, const char *>> rows{
            {0, "zero"},
            {1, "one"},
            {10, "ten"},
            {11, "eleven"},
            {13, "thirteen"},
            {19, "nineteen"},
            {20, "twenty"},
            {21, "twenty-one"},
            {99, "ninety-nine"},
            {100, "one hundred"},
            {101, "one hundred one"},
            {111, "one hundred eleven"},
            {123, "one hundred twenty-three"},
            {999, "nine hundred ninety-nine"},
            {1000, "one thousand"},
            {1020, "one thousand twenty"},
            {2000, "two thousand"},
            {9999, "nine thousand nine hundred ninety-nine"},
            {12345, "twelve thousand three hundred forty-five"},
            {1000000, "one million"},
            {-3, "minus three"},
    };
    for (const auto &[n, words] : rows)
        QTest::addRow("%lld", n) << n << QString::fromUtf8(words);
}

void TestNumberWords::englishWords()
{
    QFETCH(qint64, number);
    QFETCH(QString, words);
    QCOMPARE(englishNumberWords(number), words);
}

void TestNumberWords::everyTicketNumberHasWordsWithoutDigitsOrDoubleSpaces()
{
    // Ticket sequences run to 9999: a single bad number would be said wrong all day long.
    for (qint64 n = 0; n <= 9999; ++n) {
        for (const QString &words : {indonesianNumberWords(n), englishNumberWords(n)}) {
            QVERIFY2(!words.isEmpty(), qPrintable(QString::number(n)));
            QVERIFY2(!words.contains(QLatin1String("  ")) && words == words.trimmed(), qPrintable(words));
            for (QChar c : words)
                QVERIFY2(!c.isDigit(), qPrintable(words));
        }
        // "satu ratus", "satu ribu" and "satu belas" are not said.
        const QString id = indonesianNumberWords(n);
        QVERIFY2(!id.contains(QLatin1String("satu ratus")) && !id.contains(QLatin1String("satu ribu"))
                         && !id.contains(QLatin1String("satu belas")) && !id.contains(QLatin1String("satu puluh")),
                 qPrintable(id));
        QVERIFY2(n == 0 || !id.contains(QLatin1String("nol")), qPrintable(id));
    }
}

void TestNumberWords::languageCodePicksTheWords()
{
    QCOMPARE(numberWords(3, QStringLiteral("id")), QStringLiteral("tiga"));
    QCOMPARE(numberWords(3, QStringLiteral("en")), QStringLiteral("three"));
    QCOMPARE(numberWords(3, QStringLiteral("xx")), QStringLiteral("tiga"));
}

QTEST_GUILESS_MAIN(TestNumberWords)
#include "tst_numberwords.moc"
