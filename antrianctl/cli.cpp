// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "help.h"

#include "app/logging.h"
#include "config/configloader.h"
#include "core/clock.h"
#include "core/translation.h"
#include "queue/queueengine.h"
#include "storage/branchstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QLoggingCategory>

#include <cstdio>

Q_LOGGING_CATEGORY(lcCli, "antrian.ctl", QtInfoMsg)

namespace antrian::cli {

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

Cli::Cli() = default;
Cli::~Cli() = default;

int Cli::run(const QStringList &arguments)
{
    // The help texts below are translated as they are built, so the language comes first.
    installTranslationsFromArguments(arguments);
    m_parser.setApplicationDescription(helpDescription());
    m_parser.addHelpOption();
    m_parser.addOptions({
            {QStringLiteral("db"), Tr::tr("Database file (default %1).").arg(Database::defaultLocation()), Tr::tr("path")},
            {QStringLiteral("config"), Tr::tr("Import this branch config file first (validated whole)."), Tr::tr("file")},
            {QStringLiteral("now"), Tr::tr("Fixed clock, ISO 8601 (2026-11-23T09:00:00+07:00)."), Tr::tr("time")},
            {QStringLiteral("json"), Tr::tr("Print JSON for scripts.")},
            {QStringLiteral("lang"), Tr::tr("Language: id (default) or en."), Tr::tr("lang")},
            {QStringLiteral("log-file"), Tr::tr("Append the log to this file (default: the journal under systemd, else stderr)."),
             Tr::tr("file")},
    });
    // Then each command's own, in the order of the table; two commands may share one.
    QStringList added;
    for (const Command &command : commands()) {
        for (const Option &option : command.options) {
            const QString name = QLatin1String(option.name);
            if (added.contains(name))
                continue;
            added.append(name);
            m_parser.addOption({name, translated(option.description), option.valueName ? translated(option.valueName) : QString()});
        }
    }
    m_parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("What to do; see the list above."));

    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    logging::install(m_parser.value(QStringLiteral("log-file")));
    QStringList positional = m_parser.positionalArguments();
    const QString word = positional.value(0).toLower();
    if (m_parser.isSet(QStringLiteral("help"))) {
        const Command *command = findCommand(word);
        write(stdout, command ? commandHelp(*command) : m_parser.helpText());
        return Ok;
    }
    m_json = m_parser.isSet(QStringLiteral("json"));
    const QString lang = m_parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !installTranslations(lang))
        return usage(Tr::tr("--lang: expected id or en, got \"%1\"").arg(lang));

    if (positional.isEmpty())
        return usage(Tr::tr("no command given; try --help"));
    const Command *command = findCommand(word);
    if (!command)
        return usage(Tr::tr("unknown command \"%1\"; try --help").arg(word));
    return runCommand(*command, word, positional.mid(1));
}

int Cli::fail(const Error &error)
{
    write(stderr, QStringLiteral("antrianctl: %1\n").arg(error.message));
    if (logging::writesToFile())
        qCWarning(lcCli).noquote() << m_parser.positionalArguments().value(0) << "failed:" << error.message;
    const char *kind = error.kind == Error::Kind::BadInput ? "bad_input"
            : error.kind == Error::Kind::Refused          ? "refused"
                                                          : "storage";
    if (m_json) {
        const QJsonObject o{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                         {QStringLiteral("message"), error.message}}}};
        write(stdout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + u'\n');
    }
    return exitCodeFor(error);
}

int Cli::usage(const QString &message)
{
    return fail(Error::badInput(message));
}

int Cli::print(const QJsonValue &json, const QString &text)
{
    if (m_json) {
        const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    } else {
        write(stdout, text.endsWith(u'\n') ? text : text + u'\n');
    }
    return Ok;
}

Outcome Cli::open(bool create)
{
    // The config is validated before the database is touched, so a bad file changes nothing.
    std::optional<BranchConfig> config;
    const QString configPath = m_parser.value(QStringLiteral("config"));
    if (!configPath.isEmpty()) {
        auto loaded = ConfigLoader::fromFile(configPath);
        if (!loaded)
            return loaded.error();
        config = *loaded;
        for (const QString &warning : ConfigLoader::warnings(*config)) // imported all the same
            write(stderr, QStringLiteral("antrianctl: %1 %2\n").arg(Tr::tr("warning:"), warning));
    }

    auto db = Database::open(m_parser.value(QStringLiteral("db")),
                             create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    // init with no --config starts a new database with the sample branch, and never
    // replaces the setup of a database that already has one.
    m_importedSample = create && !config && !BranchStore(*m_db).isInitialised();
    if (m_importedSample) {
        auto sample = ConfigLoader::fromFile(ConfigLoader::bundledSamplePath());
        if (!sample)
            return sample.error();
        config = *sample;
    }

    const QString now = m_parser.value(QStringLiteral("now"));
    if (now.isEmpty()) {
        m_clock = Database::clockFor(m_db->location()); // the server's, on PostgreSQL
    } else {
        // Without an offset, --now is read in the branch's zone, which needs the setup first.
        QTimeZone zone = config ? config->calendar.timeZone : QTimeZone();
        if (!config) {
            auto stored = QueueEngine(*m_db, *Database::clockFor(m_db->location())).branch();
            zone = stored ? stored->config.calendar.timeZone : QTimeZone::utc();
        }
        const QDateTime parsed = parseNow(now, zone);
        if (!parsed.isValid())
            return Error::badInput(Tr::tr("--now: expected an ISO 8601 time such as 2026-11-23T09:00:00+07:00, got \"%1\"").arg(now));
        m_clock = std::make_shared<FixedClock>(parsed);
    }
    m_engine = std::make_unique<QueueEngine>(*m_db, *m_clock);
    if (config) {
        if (Outcome imported = m_engine->importConfig(*config); !imported)
            return imported;
    }
    auto branch = m_engine->branch();
    if (!branch)
        return branch.error();
    if (m_parser.value(QStringLiteral("lang")).isEmpty())
        installTranslations(branch->config.language);
    return Done{};
}

int Cli::runCommand(const Command &command, const QString &word, const QStringList &args)
{
    // Before opening anything: on SQLite the answer is the same whatever the file holds.
    if (command.postgresOnly && engineOf(m_parser.value(QStringLiteral("db"))) != Engine::PostgreSQL)
        return usage(translated(command.postgresOnly));
    if (command.needs != Needs::Nothing) {
        if (Outcome opened = open(command.needs == Needs::NewDatabase); !opened)
            return fail(opened.error());
    }
    Session session{word, args, m_parser, m_db.get(), m_clock.get(), m_engine.get(), m_importedSample};
    auto printed = command.handler(session);
    if (!printed)
        return fail(printed.error());
    const int printedCode = print(printed->json, printed->text);
    return printedCode != Ok ? printedCode : printed->exitCode;
}

} // namespace antrian::cli
