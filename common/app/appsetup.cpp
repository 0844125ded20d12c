// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsetup.h"

#include "config/configloader.h"
#include "app/logging.h"
#include "core/translation.h"
#include "queue/queueengine.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace antrian {

namespace {
// lupdate files these strings under "AppSetup", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AppSetup)
};
// Imports `config` (when given) and reads the branch's setup.
Result<BranchConfig> readBranch(const QString &location, const std::optional<BranchConfig> &config)
{
    auto db = Database::open(location, config ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!db)
        return db.error();
    const std::shared_ptr<Clock> clock = Database::clockFor(location);
    QueueEngine engine(**db, *clock);
    if (config) {
        if (Outcome imported = engine.importConfig(*config); !imported)
            return imported.error();
    }
    auto branch = engine.branch();
    if (!branch)
        return branch.error();
    return branch->config;
}
} // namespace

void AppSetup::addStandardOptions(QCommandLineParser &parser)
{
    parser.addOptions({
            {QStringLiteral("db"), Tr::tr("Database file (default %1).").arg(Database::defaultLocation()), Tr::tr("path")},
            {QStringLiteral("config"), Tr::tr("Import this branch config file first (validated whole)."), Tr::tr("file")},
            {QStringLiteral("lang"), Tr::tr("Language: id (Indonesian, default) or en."), Tr::tr("lang")},
            {QStringLiteral("now"), Tr::tr("Start the clock at this moment, ISO 8601 (2026-11-23T09:00:00+07:00)."), Tr::tr("time")},
            {QStringLiteral("screenshot"), Tr::tr("Render the first screen, save it as a PNG and exit."), Tr::tr("file")},
            {QStringLiteral("log-file"), Tr::tr("Append the log to this file (default: the journal under systemd, else stderr)."),
             Tr::tr("file")},
    });
}

Outcome AppSetup::parseArguments(QCommandLineParser &parser)
{
    if (!parser.parse(QCoreApplication::arguments()))
        return Error::badInput(parser.errorText());
    // Before anything else logs; a log file that cannot be opened is said and left behind.
    logging::install(parser.value(QStringLiteral("log-file")));
    // The names as typed; asking isSet() for an option the parser lacks only warns.
    const QStringList given = parser.optionNames();
    if (given.contains(QStringLiteral("help")) || given.contains(QStringLiteral("h")))
        parser.showHelp(0);
    if (given.contains(QStringLiteral("version")) || given.contains(QStringLiteral("v")))
        parser.showVersion();
    return Done{};
}

Result<AppSetup> AppSetup::prepare(const QCommandLineParser &parser)
{
    AppSetup setup;
    setup.m_location = parser.value(QStringLiteral("db"));
    if (setup.m_location.isEmpty())
        setup.m_location = Database::defaultLocation();
    setup.m_screenshot = parser.value(QStringLiteral("screenshot"));

    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && normaliseLanguage(lang).isEmpty())
        return Error::badInput(Tr::tr("--lang: expected id or en, got \"%1\"").arg(lang));

    std::optional<BranchConfig> config;
    const QString configPath = parser.value(QStringLiteral("config"));
    if (!configPath.isEmpty()) {
        auto loaded = ConfigLoader::fromFile(configPath);
        if (!loaded)
            return loaded.error();
        config = *loaded;
    }

    if (Result<BranchConfig> branch = readBranch(setup.m_location, config); branch) {
        setup.m_branch = *branch;
    } else if (branch.error().kind == Error::Kind::Storage) {
        setup.m_fault = branch.error().message;
        if (config)
            setup.m_branch = *config; // else the defaults: Indonesian, unless --lang says otherwise
    } else {
        return branch.error();
    }

    const QString now = parser.value(QStringLiteral("now"));

    if (now.isEmpty()) {
        setup.m_clock = Database::clockFor(setup.m_location); // the server's, on PostgreSQL
    } else {
        const QDateTime start = parseNow(now, setup.m_branch.calendar.timeZone);
        if (!start.isValid())
            return Error::badInput(Tr::tr("--now: expected an ISO 8601 time such as 2026-11-23T09:00:00+07:00, got \"%1\"").arg(now));
        setup.m_clock = std::make_shared<ShiftedClock>(start);
    }

    setup.m_language = lang.isEmpty() ? setup.m_branch.language : normaliseLanguage(lang);
    installTranslations(setup.m_language);
    return setup;
}

} // namespace antrian
