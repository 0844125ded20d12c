#include "cli.h"

#include "output.h"
#include "rolecommands.h"
#include "staffcommands.h"

#include "config/configloader.h"
#include "core/clock.h"
#include "core/translation.h"
#include "queue/queueengine.h"
#include "storage/branchstore.h"
#include "storage/database.h"
#include "storage/roles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

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

// Counter numbers and the like: a whole number of at least 1, or 0 for "not given".
int positiveNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n > 0 ? n : 0;
}

const QStringList kCommands{
        QStringLiteral("init"),   QStringLiteral("issue"),   QStringLiteral("call"),      QStringLiteral("recall"),
        QStringLiteral("start"),  QStringLiteral("finish"),  QStringLiteral("noshow"),    QStringLiteral("transfer"),
        QStringLiteral("cancel"), QStringLiteral("reinstate"), QStringLiteral("pause"),   QStringLiteral("resume"),
        QStringLiteral("status"), QStringLiteral("tickets"), QStringLiteral("staff"),   QStringLiteral("role"),
};

} // namespace

Cli::Cli() = default;
Cli::~Cli() = default;

int Cli::run(const QStringList &arguments)
{
    // The help texts below are translated as they are built, so the language comes first.
    installTranslationsFromArguments(arguments);
    m_parser.setApplicationDescription(
            Tr::tr("Antrian queue system, from the command line.\n\n"
               "Commands:\n"
               "  init                         create the database and import the branch config\n"
               "  issue SERVICE                take a ticket (--priority, --reason CODE)\n"
               "  call COUNTER                 call the next ticket to a counter\n"
               "  recall|start|finish|noshow COUNTER\n"
               "                               act on the ticket a counter holds\n"
               "  transfer COUNTER [SERVICE]   send the counter's ticket to another service\n"
               "                               (--to-counter N: straight to counter N)\n"
               "  cancel|reinstate CODE        withdraw a waiting ticket / bring back a no-show\n"
               "  pause|resume COUNTER         a counter's break\n"
               "  pause|resume SERVICE         stop / restart issuing tickets for a service\n"
               "  status                       the branch now\n"
               "  tickets                      today's tickets (--date, --all, --status, --service)\n"
               "  staff add USERNAME --name \"Full Name\" [--role supervisor]\n"
               "                               a staff account; the PIN is typed at the terminal\n"
               "                               (or given as one line on stdin), never as an argument\n"
               "  staff passwd USERNAME        set a new PIN the same way; lifts a lock\n"
               "  staff list                   accounts, locks, and who is at which counter\n"
               "  staff unlock|disable|enable USERNAME\n"
               "  staff release COUNTER        log out whoever holds a counter (an app that crashed)\n"
               "  role add NAME --kind kiosk|counter|display|supervisor\n"
               "                               a PC's login on a PostgreSQL server; the password is\n"
               "                               read like a PIN, the line for its ~/.pgpass printed\n"
               "  role list|remove [NAME]      the PCs' roles on the server\n\n"
               "Exit codes: 0 done, 2 bad usage or input, 3 refused by a queue rule, 4 storage failure."));
    m_parser.addHelpOption();
    m_parser.addOptions({
            {QStringLiteral("db"), Tr::tr("Database file (default %1).").arg(Database::defaultLocation()), Tr::tr("path")},
            {QStringLiteral("config"), Tr::tr("Import this branch config file first (validated whole)."), Tr::tr("file")},
            {QStringLiteral("now"), Tr::tr("Fixed clock, ISO 8601 (2026-11-23T09:00:00+07:00)."), Tr::tr("time")},
            {QStringLiteral("json"), Tr::tr("Print JSON for scripts.")},
            {QStringLiteral("lang"), Tr::tr("Language: id (default) or en."), Tr::tr("lang")},
            {QStringLiteral("priority"), Tr::tr("issue: a priority ticket.")},
            {QStringLiteral("reason"), Tr::tr("issue: priority reason code from the config."), Tr::tr("code")},
            {QStringLiteral("to-counter"), Tr::tr("transfer: straight to this counter."), Tr::tr("number")},
            {QStringLiteral("date"), Tr::tr("tickets: business date YYYY-MM-DD (default today)."), Tr::tr("date")},
            {QStringLiteral("all"), Tr::tr("tickets: every business date.")},
            {QStringLiteral("status"), Tr::tr("tickets: only this status (waiting, called, ...)."), Tr::tr("status")},
            {QStringLiteral("service"), Tr::tr("tickets: only this service."), Tr::tr("code")},
            {QStringLiteral("name"), Tr::tr("staff add: the person's full name."), Tr::tr("name")},
            {QStringLiteral("role"), Tr::tr("staff add: staff (default) or supervisor."), Tr::tr("role")},
            {QStringLiteral("kind"), Tr::tr("role add: kiosk, counter, display or supervisor."), Tr::tr("kind")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("What to do; see the list above."));

    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        write(stdout, m_parser.helpText());
        return Ok;
    }
    m_json = m_parser.isSet(QStringLiteral("json"));
    const QString lang = m_parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !installTranslations(lang))
        return usage(Tr::tr("--lang: expected id or en, got \"%1\"").arg(lang));

    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return usage(Tr::tr("no command given; try --help"));
    const QString command = positional.takeFirst().toLower();
    if (!kCommands.contains(command))
        return usage(Tr::tr("unknown command \"%1\"; try --help").arg(command));
    return dispatch(command, positional);
}

int Cli::fail(const Error &error)
{
    write(stderr, QStringLiteral("antrianctl: %1\n").arg(error.message));
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

int Cli::dispatch(const QString &command, const QStringList &args)
{
    if (command == u"init")
        return init();
    // Before opening anything: on SQLite the answer is the same whatever the file holds.
    if (command == u"role" && engineOf(m_parser.value(QStringLiteral("db"))) != Engine::PostgreSQL)
        return usage(RoleCommands::sqliteHasNoRoles());
    if (Outcome opened = open(false); !opened)
        return fail(opened.error());
    if (command == u"issue")
        return issue(args);
    if (command == u"transfer")
        return transfer(args);
    if (command == u"cancel" || command == u"reinstate")
        return ticketCommand(command, args);
    if (command == u"status")
        return status();
    if (command == u"tickets")
        return tickets();
    if (command == u"staff")
        return staff(args);
    if (command == u"role")
        return role(args);
    return counterCommand(command, args);
}

int Cli::init()
{
    if (Outcome opened = open(true); !opened)
        return fail(opened.error());
    // The schema is there: the group roles get their grants on it (again, if init ran before).
    if (m_db->engine() == Engine::PostgreSQL) {
        if (Outcome groups = Roles(*m_db).applyGroups(); !groups)
            return fail(groups.error());
    }
    auto branch = m_engine->branch();
    if (!branch)
        return fail(branch.error());
    const BranchConfig &c = branch->config;
    const QString source = m_importedSample ? Tr::tr("the bundled sample branch")
            : m_parser.isSet(QStringLiteral("config")) ? m_parser.value(QStringLiteral("config"))
                                                        : Tr::tr("its existing setup");
    QStringList services, counters;
    for (const ServiceConfig &s : c.services)
        services.append(s.code);
    for (const CounterConfig &k : c.counters)
        counters.append(QString::number(k.number));
    return print(QJsonObject{{QStringLiteral("database"), m_db->location()},
                             {QStringLiteral("branch"), c.name},
                             {QStringLiteral("services"), int(c.services.size())},
                             {QStringLiteral("counters"), int(c.counters.size())},
                             {QStringLiteral("schemaVersion"), m_db->schemaVersion()}},
                 Tr::tr("Database %1 is ready: %2, from %3.\nServices: %4. Counters: %5.")
                         .arg(m_db->location(), c.name, source, services.join(QStringLiteral(", ")),
                              counters.join(QStringLiteral(", ")))
                         + (m_db->engine() == Engine::PostgreSQL
                                    ? u'\n' + Tr::tr("Group roles antrian_kiosk, antrian_counter, antrian_display and antrian_supervisor are ready; "
                                                     "add one login per PC with: antrianctl role add NAME --kind KIND")
                                    : QString()));
}

int Cli::issue(const QStringList &args)
{
    if (args.size() != 1)
        return usage(Tr::tr("usage: antrianctl issue SERVICE [--priority] [--reason CODE]"));
    IssueOptions options;
    options.priority = m_parser.isSet(QStringLiteral("priority"));
    options.priorityReason = m_parser.value(QStringLiteral("reason"));
    auto issued = m_engine->issue(args.first(), options);
    if (!issued)
        return fail(issued.error());
    const BranchConfig &config = m_engine->branch()->config;
    return print(issuedJson(*issued, config.calendar.timeZone), issuedText(*issued, config));
}

int Cli::counterCommand(const QString &command, const QStringList &args)
{
    const int counter = args.size() == 1 ? positiveNumber(args.first()) : 0;
    const bool serviceGiven = args.size() == 1 && counter == 0 && args.first().size() == 1 && args.first().at(0).isLetter();
    if ((command == u"pause" || command == u"resume") && serviceGiven) {
        const QString code = args.first().toUpper();
        Outcome r = command == u"pause" ? m_engine->pauseService(code) : m_engine->resumeService(code);
        if (!r)
            return fail(r.error());
        return print(QJsonObject{{QStringLiteral("service"), code}, {QStringLiteral("paused"), command == u"pause"}},
                     command == u"pause" ? Tr::tr("service %1 paused: the kiosk issues no tickets for it").arg(code)
                                         : Tr::tr("service %1 resumed").arg(code));
    }
    if (counter == 0)
        return usage(Tr::tr("usage: antrianctl %1 COUNTER (the counter's number)").arg(command));
    if (command == u"pause" || command == u"resume") {
        Outcome r = command == u"pause" ? m_engine->pauseCounter(counter) : m_engine->resumeCounter(counter);
        if (!r)
            return fail(r.error());
        return print(QJsonObject{{QStringLiteral("counter"), counter},
                                 {QStringLiteral("state"), command == u"pause" ? QStringLiteral("paused") : QStringLiteral("open")}},
                     command == u"pause" ? Tr::tr("counter %1 paused").arg(counter) : Tr::tr("counter %1 open").arg(counter));
    }
    Result<Ticket> r = command == u"call" ? m_engine->callNext(counter)
            : command == u"recall"        ? m_engine->recall(counter)
            : command == u"start"         ? m_engine->start(counter)
            : command == u"finish"        ? m_engine->finish(counter)
                                          : m_engine->markNoShow(counter);
    if (!r)
        return fail(r.error());
    const BranchConfig &config = m_engine->branch()->config;
    return print(ticketJson(*r, config.calendar.timeZone), ticketLine(*r, config));
}

int Cli::transfer(const QStringList &args)
{
    const int counter = !args.isEmpty() ? positiveNumber(args.first()) : 0;
    TransferTarget target;
    target.serviceCode = args.value(1);
    const QString toCounter = m_parser.value(QStringLiteral("to-counter"));
    target.counterNumber = toCounter.isEmpty() ? 0 : positiveNumber(toCounter);
    if (counter == 0 || args.size() > 2 || (target.serviceCode.isEmpty() && toCounter.isEmpty())
        || (!toCounter.isEmpty() && target.counterNumber == 0))
        return usage(Tr::tr("usage: antrianctl transfer COUNTER SERVICE, or transfer COUNTER [SERVICE] --to-counter N"));
    auto r = m_engine->transfer(counter, target);
    if (!r)
        return fail(r.error());
    const BranchConfig &config = m_engine->branch()->config;
    return print(ticketJson(*r, config.calendar.timeZone), ticketLine(*r, config));
}

int Cli::ticketCommand(const QString &command, const QStringList &args)
{
    if (args.size() != 1)
        return usage(Tr::tr("usage: antrianctl %1 CODE (a ticket code such as A-001)").arg(command));
    auto r = command == u"cancel" ? m_engine->cancel(args.first()) : m_engine->reinstate(args.first());
    if (!r)
        return fail(r.error());
    const BranchConfig &config = m_engine->branch()->config;
    return print(ticketJson(*r, config.calendar.timeZone), ticketLine(*r, config));
}

int Cli::status()
{
    auto s = m_engine->status();
    if (!s)
        return fail(s.error());
    const BranchCalendar calendar = m_engine->calendar();
    return print(statusJson(*s, calendar.timeZone()), statusText(*s, calendar));
}

int Cli::tickets()
{
    TicketFilter filter;
    const BranchCalendar calendar = m_engine->calendar();
    if (!m_parser.isSet(QStringLiteral("all"))) {
        const QString date = m_parser.value(QStringLiteral("date"));
        filter.from = date.isEmpty() ? calendar.businessDate(m_clock->nowUtc()) : QDate::fromString(date, Qt::ISODate);
        if (!filter.from.isValid())
            return usage(Tr::tr("--date: expected YYYY-MM-DD, got \"%1\"").arg(date));
        filter.to = filter.from;
    }
    const QString status = m_parser.value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        filter.status = statusFromKey(status);
        if (!filter.status)
            return usage(Tr::tr("--status: expected waiting, called, serving, done, no_show, cancelled or expired"));
    }
    filter.serviceCode = m_parser.value(QStringLiteral("service"));
    auto list = m_engine->tickets(filter);
    if (!list)
        return fail(list.error());
    QJsonArray array;
    for (const Ticket &t : *list)
        array.append(ticketJson(t, calendar.timeZone()));
    return print(array, ticketsTable(*list, calendar.timeZone()));
}

int Cli::staff(const QStringList &args)
{
    StaffCommands commands(*m_db, *m_clock, *m_engine, m_parser);
    auto printed = commands.run(args);
    if (!printed)
        return fail(printed.error());
    return print(printed->json, printed->text);
}

int Cli::role(const QStringList &args)
{
    auto printed = RoleCommands(*m_db, m_parser).run(args);
    if (!printed)
        return fail(printed.error());
    return print(printed->json, printed->text);
}

} // namespace antrian::cli
