// SPDX-License-Identifier: GPL-3.0-or-later
#include "termination.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <ctime>
#include <thread>

#include <semaphore.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTermination, "antrian.app.termination", QtInfoMsg)

namespace antrian {

namespace {

int g_pipe[2] = {-1, -1};       // the handler writes the signal number, the event loop reads it
sem_t g_guard;                  // posted by the handler: sem_post is async-signal-safe
volatile std::sig_atomic_t g_signal = 0;

extern "C" void onTerminationSignal(int sig)
{
    if (g_signal == 0) {
        g_signal = sig;
        sem_post(&g_guard);
    }
    const char byte = char(sig);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}

// Waits for the first signal, gives the orderly quit its time, then ends the process.
void guard()
{
    while (sem_wait(&g_guard) != 0) {
    }
    timespec left{kOrderlyQuitMs / 1000, (kOrderlyQuitMs % 1000) * 1000000L};
    while (nanosleep(&left, &left) != 0) {
    }
    static const char message[] = "antrian: did not quit in time after a termination signal; ending now\n";
    [[maybe_unused]] const ssize_t written = ::write(STDERR_FILENO, message, sizeof message - 1);
    ::_exit(128 + int(g_signal));
}

} // namespace

void quitOnTerminationSignals()
{
    static bool installed = false;
    if (installed || !QCoreApplication::instance())
        return;
    installed = true;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0 || sem_init(&g_guard, 0, 0) != 0) {
        qCWarning(lcTermination) << "cannot watch for termination signals; they end the app the hard way";
        return;
    }
    std::thread(guard).detach();

    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) == 1)
            qCInfo(lcTermination) << "signal" << int(byte) << "received; quitting";
        // exit(), not quit(): Qt 6's quit() first asks every window to close, and a kiosk in
        // kiosk mode refuses, so quit() would be ignored and the guard would end the app the hard way.
        QCoreApplication::exit(0);
    });

    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    qCDebug(lcTermination) << "SIGTERM and SIGINT quit the app";
}

} // namespace antrian
