// SPDX-License-Identifier: GPL-3.0-or-later
// Erlang C against published cases and at its edges: the formula the staffing advisor trusts.
#include "staffing/erlangc.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace antrian;

class TestErlangC : public QObject
{
    Q_OBJECT

private slots:
    void probabilityOfWaitingMatchesPublishedCases_data()
    {
        QTest::addColumn<int>("counters");
        QTest::addColumn<double>("load");
        QTest::addColumn<double>("expected");
        // The usual textbook cases (e.g. the call-centre example of 10 erlangs on 14 agents).
        QTest::newRow("A=10, c=14") << 14 << 10.0 << 0.1741;
        QTest::newRow("A=20, c=25") << 25 << 20.0 << 0.2091;
    }
    void probabilityOfWaitingMatchesPublishedCases()
    {
        QFETCH(int, counters);
        QFETCH(double, load);
        QFETCH(double, expected);
        QVERIFY2(std::abs(erlangC(counters, load) - expected) < 0.00005, qPrintable(QString::number(erlangC(counters, load), 'f', 6)));
    }

    void serviceLevelWithinTwentySecondsIsEightyEightPointEightPercent()
    {
        // A = 10, c = 14, AHT 180 s: 88.8% are answered within 20 s.
        const double within = 1.0 - probabilityWaitLongerThan(14, 10.0, 20.0, 180.0);
        QCOMPARE(std::round(within * 1000.0) / 10.0, 88.8);
    }

    void waitQuantileIsTheInverseOfTheWaitDistribution()
    {
        // P(W > quantile) must be exactly 1 - q.
        const double t = waitQuantile(14, 10.0, 180.0, 0.95);
        QVERIFY(t > 0);
        QVERIFY(std::abs(probabilityWaitLongerThan(14, 10.0, t, 180.0) - 0.05) < 1e-12);
    }

    void waitQuantileIsZeroWhenFewEnoughWait()
    {
        // C(14, 10) = 0.174 < 1 - 0.8: the 80th-percentile customer does not wait at all.
        QCOMPARE(waitQuantile(14, 10.0, 180.0, 0.8), 0.0);
    }

    void noLoadNeedsNoCounterAndNeverWaits()
    {
        QCOMPARE(erlangC(3, 0.0), 0.0);
        QCOMPARE(probabilityWaitLongerThan(3, 0.0, 0.0, 5.0), 0.0);
        QCOMPARE(waitQuantile(0, 0.0, 5.0, 0.9), 0.0);
        QCOMPARE(countersNeeded(0.0, 5.0, 10.0), 0);
    }

    void countersNotAboveTheLoadWaitForever_data()
    {
        QTest::addColumn<int>("counters");
        QTest::addColumn<double>("load");
        QTest::newRow("c = A") << 5 << 5.0;
        QTest::newRow("c < A") << 4 << 5.5;
        QTest::newRow("no counter") << 0 << 0.5;
    }
    void countersNotAboveTheLoadWaitForever()
    {
        QFETCH(int, counters);
        QFETCH(double, load);
        QCOMPARE(erlangC(counters, load), 1.0);
        QCOMPARE(probabilityWaitLongerThan(counters, load, 100.0, 5.0), 1.0);
        QCOMPARE(waitQuantile(counters, load, 5.0, 0.9), std::numeric_limits<double>::infinity());
    }

    void countersNeededIsTheFewestWithinTarget_data()
    {
        QTest::addColumn<double>("load");
        QTest::addColumn<double>("aht");
        QTest::addColumn<double>("target");
        QTest::newRow("teller, 45/h x 4 min, 10 min") << 3.0 << 4.0 << 10.0;
        QTest::newRow("customer service, 15/h x 12 min, 20 min") << 3.0 << 12.0 << 20.0;
        QTest::newRow("tight target, 10 erlangs, 3 min") << 10.0 << 5.0 << 0.5;
        QTest::newRow("light load") << 0.2 << 10.0 << 15.0;
        QTest::newRow("a large hall, 180 erlangs") << 180.0 << 6.0 << 2.0;
    }
    void countersNeededIsTheFewestWithinTarget()
    {
        QFETCH(double, load);
        QFETCH(double, aht);
        QFETCH(double, target);
        const int c = countersNeeded(load, aht, target);
        QVERIFY(c > load);
        QVERIFY(waitQuantile(c, load, aht, 0.9) <= target);
        if (c - 1 > load)
            QVERIFY(waitQuantile(c - 1, load, aht, 0.9) > target);
    }

    void manyCountersStayFinite()
    {
        // Factorials would overflow long before this; the recurrence does not.
        const double c = erlangC(2000, 1950.0);
        QVERIFY(std::isfinite(c));
        QVERIFY(c > 0.0 && c < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestErlangC)
#include "tst_erlangc.moc"
