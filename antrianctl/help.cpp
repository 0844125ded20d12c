// SPDX-License-Identifier: GPL-3.0-or-later
#include "help.h"

#include "storage/schema.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace antrian::cli {

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

// Where the help texts start, in the list of commands and of options.
constexpr int kHelpColumn = 31;

QString tableText(const char *text)
{
    return text && *text ? translated(text) : QString();
}

// "  left" and the help from kHelpColumn on, or on the next line when `left` is too long;
// each further line of the help under the first.
QString helpLines(const QString &left, const QString &help)
{
    QString out = QStringLiteral("  ") + left;
    if (help.isEmpty())
        return out + u'\n';
    QStringList lines = help.split(u'\n');
    if (out.size() < kHelpColumn)
        out = out.leftJustified(kHelpColumn) + lines.takeFirst();
    for (const QString &line : lines)
        out += u'\n' + QString(kHelpColumn, u' ') + line;
    return out + u'\n';
}

QString usage(const Command &command, const Form &form)
{
    const QString synopsis = tableText(form.synopsis);
    const QString names = command.names.join(u'|');
    return synopsis.isEmpty() ? names : names + u' ' + synopsis;
}

QString formLines(const Command &command)
{
    QString out;
    for (const Form &form : command.forms)
        out += helpLines(usage(command, form), tableText(form.help));
    return out;
}

QString optionText(const Option &option)
{
    const QString name = QStringLiteral("--") + QLatin1String(option.name);
    return option.valueName ? name + QStringLiteral(" <") + tableText(option.valueName) + u'>' : name;
}

QJsonObject commandJson(const Command &command)
{
    QJsonArray forms;
    for (const Form &form : command.forms)
        forms.append(QJsonObject{{QStringLiteral("usage"), usage(command, form)}, {QStringLiteral("help"), tableText(form.help)}});
    QJsonArray options;
    for (const Option &option : command.options)
        options.append(QLatin1String(option.name));
    return QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(command.names)},
                       {QStringLiteral("forms"), forms},
                       {QStringLiteral("options"), options},
                       {QStringLiteral("readsSecret"), command.readsSecret}};
}

Result<Printed> help(Session &s)
{
    if (s.args.isEmpty())
        return Printed{commandsJson(), s.options.helpText()};
    // "help staff add" is the help of staff, as "staff add --help" is.
    const QString word = s.args.first().toLower();
    const Command *command = findCommand(word);
    if (!command)
        return Error::badInput(Tr::tr("unknown command \"%1\"; try --help").arg(word));
    return Printed{commandJson(*command), commandHelp(*command)};
}

// The schema version is the one this antrianctl creates and migrates to; it refuses a newer one.
Result<Printed> version(Session &)
{
    const QString app = QCoreApplication::applicationVersion();
    const int schema = latestSchemaVersion();
    return Printed{QJsonObject{{QStringLiteral("version"), app}, {QStringLiteral("schemaVersion"), schema}},
                   Tr::tr("antrianctl %1, database schema version %2").arg(app).arg(schema)};
}

} // namespace

QString helpDescription()
{
    QString commandList;
    for (const Command &command : commands())
        commandList += formLines(command);
    return Tr::tr("Antrian queue system, from the command line.") + QStringLiteral("\n\n") + Tr::tr("Commands:") + u'\n'
            + commandList + u'\n'
            + Tr::tr("Exit codes: 0 done, 2 bad usage or input, 3 refused by a queue rule, 4 storage failure, 5 doctor found a failure.");
}

QString commandHelp(const Command &command)
{
    QString out = formLines(command);
    if (!command.options.isEmpty()) {
        out += u'\n' + Tr::tr("Options:") + u'\n';
        for (const Option &option : command.options)
            out += helpLines(optionText(option), tableText(option.description));
    }
    if (command.readsSecret)
        out += u'\n' + Tr::tr("A PIN or password is read at the terminal, or as one line of stdin; never from the arguments.") + u'\n';
    if (command.needs != Needs::Nothing)
        out += u'\n' + Tr::tr("Every command also takes --db, --config, --now, --json and --lang; see antrianctl --help.") + u'\n';
    return out;
}

QJsonArray commandsJson()
{
    QJsonArray array;
    for (const Command &command : commands())
        array.append(commandJson(command));
    return array;
}

QList<Command> helpCommands()
{
    return {
            {.names = {QStringLiteral("help")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "[COMMAND]"),
                        QT_TRANSLATE_NOOP("antrianctl", "this list, or the help of one command (also: COMMAND --help)")}},
             .needs = Needs::Nothing,
             .handler = help},
            {.names = {QStringLiteral("version")},
             .forms = {{"", QT_TRANSLATE_NOOP("antrianctl", "the version of antrianctl and of the database schema it writes")}},
             .needs = Needs::Nothing,
             .handler = version},
    };
}

} // namespace antrian::cli
