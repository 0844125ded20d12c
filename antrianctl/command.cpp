// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "backupcommands.h"
#include "doctorcommands.h"
#include "floorcommands.h"
#include "help.h"
#include "queuecommands.h"
#include "ratingcommands.h"
#include "reportcommands.h"
#include "simulationcommands.h"
#include "rolecommands.h"
#include "setupcommands.h"
#include "staffcommands.h"

#include <QCoreApplication>

namespace antrian::cli {

const QList<Command> &commands()
{
    // Each area keeps its rows beside their handlers; this is the order of the help.
    static const QList<Command> all = queueCommands() + ratingCommands() + reportCommands() + simulationCommands() + floorCommands() + staffCommands() + roleCommands() + setupCommands() + backupCommands() + doctorCommands() + helpCommands();
    return all;
}

const Command *findCommand(const QString &word)
{
    for (const Command &command : commands()) {
        if (command.names.contains(word))
            return &command;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("antrianctl", text);
}

Result<QDate> dateOption(const Session &s, const char *name, const QDate &fallback, const QString &usage)
{
    const QString text = s.options.value(QLatin1String(name));
    if (text.isEmpty()) {
        if (!fallback.isValid())
            return Error::badInput(usage);
        return fallback;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return Error::badInput(QCoreApplication::translate("antrianctl", "--%1: expected YYYY-MM-DD, got \"%2\"")
                                       .arg(QLatin1String(name), text));
    return date;
}

} // namespace antrian::cli
