// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl: the queue from the command line, for supervisors, installers, scripts and tests.
#include "cli.h"

#include "core/translation.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("antrianctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    antrian::installTranslations(QStringLiteral("id"));
    antrian::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
