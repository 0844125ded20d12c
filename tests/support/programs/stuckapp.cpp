// SPDX-License-Identifier: GPL-3.0-or-later
// A test app whose GUI thread is stuck for good after its termination hook is installed:
// the orderly quit can never run, so only the guard thread of common/app/termination can end
// it. tst_termination sends it SIGTERM.
#include "app/termination.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    antrian::quitOnTerminationSignals();
    QTimer::singleShot(0, [] {
        std::printf("stuck\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(3600); // a call that never returns, on the GUI thread
    });
    return QCoreApplication::exec();
}
