// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl: the queue from the command line, for supervisors, installers, scripts and tests.
#include "cli.h"

#include "core/translation.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace {

// `report --pdf FILE` draws the report's charts (Qt Charts, on the graphics view), which needs
// a QApplication; every other command stays a QCoreApplication, with no graphics at all.
bool drawsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!drawsPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // A PDF needs no screen: off-screen unless told otherwise, so a server with no X display
    // (or one whose DISPLAY no longer answers) writes it all the same.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("antrianctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    antrian::installTranslations(QStringLiteral("id"));
    antrian::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
