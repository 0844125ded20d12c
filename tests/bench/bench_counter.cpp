// SPDX-License-Identifier: GPL-3.0-or-later
// bench_counter: figures for the counter station on this machine, printed for a person to
// read; never a pass/fail (DESIGN.md, Testing).
//
//   (a) "Call next" to the ticket on screen: F1 pressed on the real window (offscreen) until
//       the ticket's code is in its label, and until the ticket panel has been painted; with
//       the database quiet, and with another process issuing a ticket every 20 ms;
//   (b) a ticket issued by another process (as the kiosk does) until it is in this counter's
//       waiting list, from that process's commit;
//   (c) the PIN hash (PBKDF2-HMAC-SHA256, 600,000 iterations) and a whole login: Enter in the
//       PIN field until the desk is shown.
//
//   QT_QPA_PLATFORM=offscreen bench_counter [--rounds 300] [--queue 200] [--logins 10]
#include "counterstation.h"

#include "staff/pinhash.h"
#include "ticketpanel.h"

#include "benchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStorageInfo>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

using namespace antrian;
using namespace antrian::test;
using namespace antrian::bench;

namespace {

// Presses F1 `rounds` times at counter 3, serving each ticket (untimed) before the next.
void benchCallNext(Fixture &f, const BranchConfig &branch, int rounds, const char *label)
{
    Station s(f.path(), f.clock(), branch, 3);
    if (!s.logIn(QStringLiteral("siti"), QStringLiteral("4821")))
        fatal(QStringLiteral("login failed: %1").arg(s.text("loginMessage")));
    auto *panel = s.window->findChild<counter::TicketPanel *>();
    const QString idle = s.shownCode();
    std::vector<double> toLabel, toPixels;
    for (int i = 0; i < rounds; ++i) {
        if (!QTest::qWaitFor([&] { return s.button("callNextButton")->isEnabled(); }, 5000))
            fatal(QStringLiteral("Call next never became possible (queue empty?)"));
        const qint64 start = steadyNs();
        QTest::keyClick(s.window.get(), Qt::Key_F1);
        while (s.shownCode() == idle)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        const qint64 shown = steadyNs();
        panel->repaint(); // synchronous: the ticket drawn, not only set
        const qint64 painted = steadyNs();
        toLabel.push_back(double(shown - start) / 1e6);
        toPixels.push_back(double(painted - start) / 1e6);
        s.desk().start();
        s.settle();
        s.desk().finish();
        s.settle();
    }
    say(QStringLiteral("  %1").arg(QLatin1String(label)));
    say(QStringLiteral("    to the code in the label: %1").arg(msSummary(toLabel)));
    say(QStringLiteral("    to the panel painted:     %1").arg(msSummary(toPixels)));
    s.desk().logout();
    if (!QTest::qWaitFor([&] { return !s.desk().isActive(); }, 5000))
        fatal(QStringLiteral("logout did not finish"));
}

std::unique_ptr<RunningProgram> startWriter(const Fixture &f, const QString &service, int count, int pauseMs)
{
    auto writer = std::make_unique<RunningProgram>();
    if (!writer->start(streamWriterPath(), {QStringLiteral("--db"), f.path(), QStringLiteral("--service"), service,
                                            QStringLiteral("--count"), QString::number(count), QStringLiteral("--now"),
                                            QStringLiteral("2026-11-23T09:00:00+07:00"), QStringLiteral("--pause-ms"),
                                            QString::number(pauseMs)}))
        fatal(QStringLiteral("cannot start %1").arg(streamWriterPath()));
    return writer;
}

// Another process issues `count` tickets; each is timed from its commit to this counter's list.
void benchFeedToList(Fixture &f, const BranchConfig &branch, int count)
{
    Station s(f.path(), f.clock(), branch, 4); // counter 4 serves A only
    if (!s.logIn(QStringLiteral("siti"), QStringLiteral("4821")))
        fatal(QStringLiteral("login failed: %1").arg(s.text("loginMessage")));
    QHash<QString, qint64> committed;
    QHash<QString, qint64> listed;
    auto *model = s.desk().waitingList();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&](const QModelIndex &, int first, int last) {
        const qint64 now = steadyNs();
        for (int row = first; row <= last; ++row)
            listed.insert(model->index(row).data(counter::WaitingListModel::CodeRole).toString(), now);
    });
    const auto writer = startWriter(f, QStringLiteral("A"), count, 50);
    QObject::connect(&writer->process(), &QProcess::readyReadStandardOutput, &writer->process(), [&] {
        for (const QByteArray &line : writer->takeLines()) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() == 3)
                committed.insert(QString::fromLatin1(parts.at(0)), parts.at(2).toLongLong());
        }
    });
    if (!QTest::qWaitFor([&] { return listed.size() >= count && committed.size() >= count; }, 60000))
        fatal(QStringLiteral("only %1 of %2 tickets reached the list").arg(listed.size()).arg(count));
    writer->waitForExit(30000);
    std::vector<double> latency;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        if (listed.contains(it.key()))
            latency.push_back(double(listed.value(it.key()) - it.value()) / 1e6);
    }
    say(QStringLiteral("  another process's commit to this counter's list: %1").arg(msSummary(latency)));
}

void benchLogin(Fixture &f, const BranchConfig &branch, int logins)
{
    std::vector<double> hash;
    for (int i = 0; i < logins; ++i) {
        const qint64 start = steadyNs();
        if (!hashPin(QStringLiteral("4821")))
            fatal(QStringLiteral("hashPin failed"));
        hash.push_back(double(steadyNs() - start) / 1e6);
    }
    say(QStringLiteral("  PIN hash, %1 iterations: %2").arg(kPinIterations).arg(msSummary(hash)));

    addStaff(f.db(), f.clock(), QStringLiteral("andi"), QStringLiteral("Andi Wijaya"), QStringLiteral("5193"), StaffPolicy{});
    Station s(f.path(), f.clock(), branch, 5, StaffPolicy{});
    std::vector<double> login;
    for (int i = 0; i < logins; ++i) {
        const qint64 start = steadyNs();
        if (!s.logIn(QStringLiteral("andi"), QStringLiteral("5193")))
            fatal(QStringLiteral("login failed: %1").arg(s.text("loginMessage")));
        login.push_back(double(steadyNs() - start) / 1e6);
        s.desk().logout();
        if (!QTest::qWaitFor([&] { return !s.desk().isActive(); }, 5000))
            fatal(QStringLiteral("logout did not finish"));
    }
    say(QStringLiteral("  login, Enter in the PIN field to the desk shown: %1").arg(msSummary(login)));
}

// The offscreen platform says this for every window shown; it says nothing about the figures.
QtMessageHandler g_previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Counter station figures: call-to-screen, feed-to-list, login."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("rounds"), QStringLiteral("Call next presses per scenario."), QStringLiteral("n"), QStringLiteral("300")},
                       {QStringLiteral("queue"), QStringLiteral("Tickets waiting beyond those called."), QStringLiteral("n"), QStringLiteral("200")},
                       {QStringLiteral("logins"), QStringLiteral("PIN hashes and logins to time."), QStringLiteral("n"), QStringLiteral("10")}});
    parser.process(app);
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int queue = parser.value(QStringLiteral("queue")).toInt();
    const int logins = parser.value(QStringLiteral("logins")).toInt();
    QLoggingCategory::setFilterRules(QStringLiteral("antrian.*.info=false"));
    g_previousHandler = qInstallMessageHandler(quietHandler);

    const BranchConfig branch = withRoomForEveryTicket(sampleBranch());
    Fixture f(branch);
    addStaff(f.db(), f.clock(), QStringLiteral("siti"), QStringLiteral("Siti Rahma"), QStringLiteral("4821"));
    // Counter 3 serves B then A: a morning's queue of both, long enough for every round.
    for (int i = 0; i < 2 * rounds + queue; ++i)
        f.issue(i % 3 ? QStringLiteral("B") : QStringLiteral("A"));
    const QStorageInfo storage(f.path());
    say(QStringLiteral("bench_counter: Qt %1, %2 CPU(s), database %3 on %4 (%5)")
                .arg(QLatin1String(qVersion()))
                .arg(QThread::idealThreadCount())
                .arg(f.path(), QString::fromUtf8(storage.device()), QString::fromUtf8(storage.fileSystemType())));

    say(QStringLiteral("(a) Call next (F1) to the ticket on screen, %1 presses each, %2+ tickets waiting").arg(rounds).arg(queue));
    benchCallNext(f, branch, rounds, "database quiet:");
    const auto writer = startWriter(f, QStringLiteral("B"), 0, 20);
    benchCallNext(f, branch, rounds, "another process issuing a ticket every 20 ms:");
    writer->kill();

    say(QStringLiteral("(b) A ticket issued elsewhere, in this counter's list (change feed polls every %1 ms)")
                .arg(ChangeFeed::kDefaultIntervalMs));
    benchFeedToList(f, branch, 100);

    say(QStringLiteral("(c) Login"));
    benchLogin(f, branch, logins);
    return 0;
}
