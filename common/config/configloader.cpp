// SPDX-License-Identifier: GPL-3.0-or-later
#include "configloader.h"

#include "jsonlinemap.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <initializer_list>

namespace antrian {

namespace {

// lupdate files these strings under "ConfigLoader", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};

// Walks the JSON document, converting fields and collecting every problem with its place.
class Checker
{
public:
    Checker(const QString &source, const QByteArray &json) : m_source(source), m_lines(json) {}

    void fail(const QString &path, const QString &what)
    {
        m_errors.append(QStringLiteral("%1:%2: %3: %4")
                                .arg(m_source)
                                .arg(m_lines.lineOf(path))
                                .arg(path.isEmpty() ? QStringLiteral("(top level)") : path, what));
    }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    QString report() const { return m_errors.join(u'\n'); }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    // Names any key of `object` that is not in `known` (keys starting with "_" are comments).
    void onlyKnownKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> known)
    {
        QStringList names;
        for (const char *k : known)
            names.append(QString::fromLatin1(k));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.key().startsWith(u'_') && !names.contains(it.key()))
                fail(join(path, it.key()), Tr::tr("unknown field; expected one of: %1").arg(names.join(QStringLiteral(", "))));
        }
    }

    QString string(const QJsonObject &o, const QString &path, const char *key, bool required,
                   const QString &fallback = {})
    {
        const QString p = join(path, QString::fromLatin1(key));
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(p, Tr::tr("missing; expected a text value"));
            return fallback;
        }
        if (!v.isString()) {
            fail(p, Tr::tr("expected a text value"));
            return fallback;
        }
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            fail(p, Tr::tr("must not be empty"));
        return s;
    }

    int integer(const QJsonObject &o, const QString &path, const char *key, int min, int max, int fallback)
    {
        const QString p = join(path, QString::fromLatin1(key));
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            fail(p, Tr::tr("expected a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(join(path, QString::fromLatin1(key)), Tr::tr("expected true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QString oneOf(const QJsonObject &o, const QString &path, const char *key, const QStringList &allowed,
                  const QString &fallback)
    {
        const QString s = string(o, path, key, false, fallback);
        if (!allowed.contains(s)) {
            fail(join(path, QString::fromLatin1(key)),
                 Tr::tr("expected one of %1, got \"%2\"").arg(allowed.join(QStringLiteral(", ")), s));
            return fallback;
        }
        return s;
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(join(path, QString::fromLatin1(key)), Tr::tr("missing; expected an object { ... }"));
            return {};
        }
        if (!v.isObject())
            fail(join(path, QString::fromLatin1(key)), Tr::tr("expected an object { ... }"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(join(path, QString::fromLatin1(key)), Tr::tr("missing; expected a list [ ... ]"));
            return {};
        }
        if (!v.isArray())
            fail(join(path, QString::fromLatin1(key)), Tr::tr("expected a list [ ... ]"));
        return v.toArray();
    }

    // "08:00" -> 480; "24:00" allowed for closing at midnight. -1 on error (reported).
    int timeOfDay(const QJsonObject &o, const QString &path, const char *key)
    {
        const QString p = join(path, QString::fromLatin1(key));
        const QJsonValue v = o.value(QLatin1String(key));
        static const QRegularExpression re(QStringLiteral("^([01]\\d|2[0-4]):([0-5]\\d)$"));
        const auto m = re.match(v.toString());
        const int minutes = m.hasMatch() ? m.captured(1).toInt() * 60 + m.captured(2).toInt() : -1;
        if (!v.isString() || minutes < 0 || minutes > 24 * 60) {
            fail(p, Tr::tr("expected a time of day as \"HH:MM\" (00:00 to 24:00), got %1")
                            .arg(v.isUndefined() ? Tr::tr("nothing") : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
            return -1;
        }
        return minutes;
    }

    DayHours hours(const QJsonObject &o, const QString &path)
    {
        const int open = timeOfDay(o, path, "open");
        const int close = timeOfDay(o, path, "close");
        if (open >= 0 && close >= 0 && close <= open) {
            fail(join(path, QStringLiteral("close")), Tr::tr("closing time must be after opening time"));
            return {};
        }
        return {open, close};
    }

    QDate date(const QJsonObject &o, const QString &path)
    {
        const QDate d = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!d.isValid())
            fail(join(path, QStringLiteral("date")), Tr::tr("expected a date as \"YYYY-MM-DD\""));
        return d;
    }

private:
    QString m_source;
    JsonLineMap m_lines;
    QStringList m_errors;
};

void readBranch(Checker &c, const QJsonObject &root, BranchConfig &config)
{
    const QString path = QStringLiteral("branch");
    const QJsonObject b = c.object(root, {}, "branch", true);
    c.onlyKnownKeys(b, path, {"name", "code", "language", "announcementLanguage", "runningText", "runningTextEn",
                              "endOfDay", "noShowReinstateMinutes", "voicePack", "rating",
                              "breakLimitMinutes"});
    config.name = c.string(b, path, "name", true);
    config.code = c.string(b, path, "code", false);
    const QStringList languages{QStringLiteral("id"), QStringLiteral("en")};
    config.language = c.oneOf(b, path, "language", languages, QStringLiteral("id"));
    config.announcementLanguage = c.oneOf(b, path, "announcementLanguage", languages, config.language);
    config.runningText = c.string(b, path, "runningText", false);
    config.runningTextEn = c.string(b, path, "runningTextEn", false);
    config.voicePack = c.string(b, path, "voicePack", false);
    config.endOfDay = endOfDayFromKey(c.oneOf(b, path, "endOfDay", endOfDayKeys(), endOfDayKey(EndOfDay::Expire)))
                              .value_or(EndOfDay::Expire);
    config.noShowReinstateMinutes = c.integer(b, path, "noShowReinstateMinutes", 0, 240, 15);
    config.rating = ratingModeFromKey(c.oneOf(b, path, "rating", ratingModeKeys(), ratingModeKey(RatingMode::Faces)))
                            .value_or(RatingMode::Faces);
    config.breakLimitMinutes = c.integer(b, path, "breakLimitMinutes", 1, 240, 15);
}

void readCalendar(Checker &c, const QJsonObject &root, CalendarConfig &cal)
{
    const QString path = QStringLiteral("calendar");
    const QJsonObject o = c.object(root, {}, "calendar", true);
    c.onlyKnownKeys(o, path, {"timeZone", "hours", "lastTicketMinutesBeforeClose", "holidays", "specialDays"});

    const QString zone = c.string(o, path, "timeZone", true);
    if (!zone.isEmpty()) {
        cal.timeZone = QTimeZone(zone.toUtf8());
        if (!cal.timeZone.isValid())
            c.fail(path + QStringLiteral(".timeZone"),
                   Tr::tr("unknown time zone \"%1\"; expected an IANA name such as Asia/Jakarta").arg(zone));
    }
    cal.lastTicketMinutesBeforeClose = c.integer(o, path, "lastTicketMinutesBeforeClose", 0, 600, 0);

    static const char *const dayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const QString hoursPath = path + QStringLiteral(".hours");
    const QJsonObject hours = c.object(o, path, "hours", true);
    c.onlyKnownKeys(hours, hoursPath, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"});
    for (int i = 0; i < 7; ++i) {
        const QString dayPath = hoursPath + u'.' + QLatin1String(dayKeys[i]);
        const QJsonValue v = hours.value(QLatin1String(dayKeys[i]));
        if (v.isUndefined() || v.isNull()) {
            cal.weekly[i] = DayHours::closed();
        } else if (!v.isObject()) {
            c.fail(dayPath, Tr::tr("expected {\"open\": \"HH:MM\", \"close\": \"HH:MM\"} or null for closed"));
        } else {
            c.onlyKnownKeys(v.toObject(), dayPath, {"open", "close"});
            cal.weekly[i] = c.hours(v.toObject(), dayPath);
        }
    }

    auto readDays = [&](const char *key, bool holiday) {
        const QString listPath = path + u'.' + QLatin1String(key);
        const QJsonArray list = c.array(o, path, key, false);
        for (int i = 0; i < list.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(listPath).arg(i);
            const QJsonObject d = list.at(i).toObject();
            if (holiday)
                c.onlyKnownKeys(d, itemPath, {"date", "name"});
            else
                c.onlyKnownKeys(d, itemPath, {"date", "name", "open", "close"});
            CalendarDay day;
            day.date = c.date(d, itemPath);
            day.name = c.string(d, itemPath, "name", false);
            if (!holiday)
                day.hours = c.hours(d, itemPath);
            if (day.date.isValid() && cal.days.contains(day.date))
                c.fail(itemPath + QStringLiteral(".date"),
                       Tr::tr("%1 is listed twice among holidays and special days").arg(day.date.toString(Qt::ISODate)));
            if (day.date.isValid())
                cal.days.insert(day.date, day);
        }
    };
    readDays("holidays", true);
    readDays("specialDays", false);
}

void readPriorityReasons(Checker &c, const QJsonObject &root, BranchConfig &config)
{
    const QJsonArray list = c.array(root, {}, "priorityReasons", false);
    static const QRegularExpression codeRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("priorityReasons[%1]").arg(i);
        const QJsonObject o = list.at(i).toObject();
        c.onlyKnownKeys(o, path, {"code", "name", "nameEn"});
        PriorityReason r{c.string(o, path, "code", true), c.string(o, path, "name", true),
                         c.string(o, path, "nameEn", false)};
        if (!r.code.isEmpty() && !codeRe.match(r.code).hasMatch())
            c.fail(path + QStringLiteral(".code"), Tr::tr("expected a lower-case word such as \"elderly\""));
        for (const PriorityReason &other : std::as_const(config.priorityReasons)) {
            if (other.code == r.code)
                c.fail(path + QStringLiteral(".code"), Tr::tr("\"%1\" is used twice").arg(r.code));
        }
        config.priorityReasons.append(r);
    }
}

void readOutcomes(Checker &c, const QJsonObject &root, BranchConfig &config)
{
    const QJsonArray list = c.array(root, {}, "outcomes", false);
    static const QRegularExpression codeRe(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("outcomes[%1]").arg(i);
        if (!list.at(i).isObject()) {
            c.fail(path, Tr::tr("expected an object { ... }"));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        c.onlyKnownKeys(o, path, {"code", "name", "nameEn", "resolved", "followUp"});
        ServiceOutcome outcome{c.string(o, path, "code", true), c.string(o, path, "name", true),
                               c.string(o, path, "nameEn", true), c.boolean(o, path, "resolved", false),
                               c.boolean(o, path, "followUp", false)};
        if (!outcome.code.isEmpty() && !codeRe.match(outcome.code).hasMatch())
            c.fail(path + QStringLiteral(".code"), Tr::tr("expected a lower-case word such as \"selesai\""));
        else if (config.outcome(outcome.code))
            c.fail(path + QStringLiteral(".code"), Tr::tr("\"%1\" is used twice").arg(outcome.code));
        config.outcomes.append(outcome);
    }
}

void readServices(Checker &c, const QJsonObject &root, BranchConfig &config)
{
    const QJsonArray list = c.array(root, {}, "services", true);
    if (list.isEmpty() && root.value(QLatin1String("services")).isArray())
        c.fail(QStringLiteral("services"), Tr::tr("the branch needs at least one service"));
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z]$"));
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("services[%1]").arg(i);
        if (!list.at(i).isObject()) {
            c.fail(path, Tr::tr("expected an object { ... }"));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        c.onlyKnownKeys(o, path, {"code", "name", "nameEn", "description", "descriptionEn", "dailyLimit",
                                  "averageServiceMinutes", "priority", "active", "outcomeRequired",
                                  "targetWaitMinutes", "targetPercent", "targetServiceMinutes"});
        ServiceConfig s;
        s.code = c.string(o, path, "code", true);
        if (!s.code.isEmpty() && !codeRe.match(s.code).hasMatch())
            c.fail(path + QStringLiteral(".code"),
                   Tr::tr("expected one capital letter A-Z (the ticket prefix), got \"%1\"").arg(s.code));
        else if (config.service(s.code))
            c.fail(path + QStringLiteral(".code"), Tr::tr("service code \"%1\" is used twice").arg(s.code));
        s.name = c.string(o, path, "name", true);
        s.nameEn = c.string(o, path, "nameEn", false);
        s.description = c.string(o, path, "description", false);
        s.descriptionEn = c.string(o, path, "descriptionEn", false);
        s.dailyLimit = c.integer(o, path, "dailyLimit", 1, 9999, 999);
        s.averageServiceMinutes = c.integer(o, path, "averageServiceMinutes", 1, 240, 10);
        s.priority = c.boolean(o, path, "priority", false);
        s.active = c.boolean(o, path, "active", true);
        s.outcomeRequired = c.boolean(o, path, "outcomeRequired", false);
        if (s.outcomeRequired && config.outcomes.isEmpty())
            c.fail(path + QStringLiteral(".outcomeRequired"),
                   Tr::tr("an outcome is required but the branch lists no \"outcomes\"; add them or set it to false"));
        s.targetWaitMinutes = c.integer(o, path, "targetWaitMinutes", 1, 240, 15);
        s.targetPercent = c.integer(o, path, "targetPercent", 1, 100, 80);
        s.targetServiceMinutes = c.integer(o, path, "targetServiceMinutes", 1, 480, 2 * s.averageServiceMinutes);
        config.services.append(s);
    }
}

void readCounters(Checker &c, const QJsonObject &root, BranchConfig &config)
{
    const QJsonArray list = c.array(root, {}, "counters", true);
    if (list.isEmpty() && root.value(QLatin1String("counters")).isArray())
        c.fail(QStringLiteral("counters"), Tr::tr("the branch needs at least one counter"));
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("counters[%1]").arg(i);
        if (!list.at(i).isObject()) {
            c.fail(path, Tr::tr("expected an object { ... }"));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        c.onlyKnownKeys(o, path, {"number", "name", "nameEn", "services", "policy", "active"});
        CounterConfig counter;
        if (!o.contains(QLatin1String("number")))
            c.fail(path + QStringLiteral(".number"), Tr::tr("missing; expected the counter number"));
        counter.number = c.integer(o, path, "number", 1, 99, 0);
        if (counter.number > 0 && config.counter(counter.number))
            c.fail(path + QStringLiteral(".number"), Tr::tr("counter %1 is defined twice").arg(counter.number));
        counter.name = c.string(o, path, "name", false);
        if (counter.name.isEmpty())
            counter.name = QStringLiteral("Loket %1").arg(counter.number);
        counter.nameEn = c.string(o, path, "nameEn", false);
        if (counter.nameEn.isEmpty() && !o.contains(QLatin1String("name")))
            counter.nameEn = QStringLiteral("Counter %1").arg(counter.number);
        counter.policy = callPolicyFromKey(c.oneOf(o, path, "policy", callPolicyKeys(),
                                                   callPolicyKey(CallPolicy::OldestFirst)))
                                 .value_or(CallPolicy::OldestFirst);
        counter.active = c.boolean(o, path, "active", true);
        const QJsonArray services = c.array(o, path, "services", true);
        if (services.isEmpty() && o.value(QLatin1String("services")).isArray())
            c.fail(path + QStringLiteral(".services"), Tr::tr("a counter must serve at least one service"));
        for (int j = 0; j < services.size(); ++j) {
            const QString code = services.at(j).toString();
            const QString sp = QStringLiteral("%1.services[%2]").arg(path).arg(j);
            if (!config.service(code))
                c.fail(sp, Tr::tr("unknown service \"%1\"; expected a code from services[]").arg(code));
            else if (counter.services.contains(config.service(code)->code))
                c.fail(sp, Tr::tr("service \"%1\" is listed twice").arg(code));
            else
                counter.services.append(config.service(code)->code); // as the service spells it
        }
        config.counters.append(counter);
    }
    for (int i = 0; i < config.services.size(); ++i) {
        const ServiceConfig &s = config.services.at(i);
        if (s.active && !s.code.isEmpty() && config.countersServing(s.code).isEmpty())
            c.fail(QStringLiteral("services[%1]").arg(i),
                   Tr::tr("service \"%1\" is served by no active counter; add it to a counter or set \"active\": false")
                           .arg(s.code));
    }
}

} // namespace

bool ConfigLoader::nameReadsAsPriorityBar(const QString &serviceName)
{
    // Words that say what it is but not for whom: with only these beside "prioritas", a
    // customer reads the kiosk's priority bar into it.
    static const QSet<QString> priorityWords{QStringLiteral("prioritas"), QStringLiteral("priority"),
                                             QStringLiteral("priorities"), QStringLiteral("prioritized")};
    static const QSet<QString> plainWords{
            QStringLiteral("layanan"), QStringLiteral("pelayanan"), QStringLiteral("service"), QStringLiteral("services"),
            QStringLiteral("antrian"), QStringLiteral("antrean"), QStringLiteral("queue"), QStringLiteral("loket"),
            QStringLiteral("counter"), QStringLiteral("khusus"), QStringLiteral("special"), QStringLiteral("the"),
            QStringLiteral("untuk"), QStringLiteral("for"), QStringLiteral("dan"), QStringLiteral("and")};
    static const QRegularExpression notLetters(QStringLiteral("[^\\p{L}\\p{N}]+"));
    bool priority = false;
    for (const QString &word : serviceName.toLower().split(notLetters, Qt::SkipEmptyParts)) {
        if (priorityWords.contains(word))
            priority = true;
        else if (!plainWords.contains(word))
            return false; // a qualifier: "Nasabah", "Banking", "VIP", ...
    }
    return priority;
}

QStringList ConfigLoader::warnings(const BranchConfig &config)
{
    QStringList out;
    for (int i = 0; i < config.services.size(); ++i) {
        const ServiceConfig &s = config.services.at(i);
        const QList<std::pair<const char *, QString>> names{{"name", s.name}, {"nameEn", s.nameEn}};
        for (const auto &[key, name] : names) {
            if (!name.isEmpty() && nameReadsAsPriorityBar(name))
                out << Tr::tr("services[%1].%2 \"%3\": can be taken for the kiosk's priority service for the elderly, "
                              "disabled and pregnant; say whom it is for, e.g. \"Nasabah Prioritas\" or \"Priority Banking\"")
                                .arg(i)
                                .arg(QLatin1String(key), name);
        }
    }
    return out;
}

Result<BranchConfig> ConfigLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error::badInput(Tr::tr("%1 is a folder, not a config file").arg(path));
    if (!QFileInfo(path).isFile())
        return Error::badInput(Tr::tr("%1: no such config file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(Tr::tr("%1: cannot read config file: %2").arg(path, file.errorString()));
    auto config = fromJson(file.readAll(), path);
    // A voice pack beside the config file is named relative to it.
    if (config && !config->voicePack.isEmpty() && QFileInfo(config->voicePack).isRelative())
        config->voicePack = QFileInfo(path).absoluteDir().absoluteFilePath(config->voicePack);
    return config;
}

Result<BranchConfig> ConfigLoader::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::badInput(Tr::tr("%1:%2: not valid JSON: %3")
                                       .arg(sourceName)
                                       .arg(JsonLineMap::lineAtOffset(json, parseError.offset))
                                       .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Error::badInput(Tr::tr("%1:1: expected a JSON object { ... } at the top level").arg(sourceName));

    Checker c(sourceName, json);
    const QJsonObject root = doc.object();
    c.onlyKnownKeys(root, {}, {"branch", "calendar", "priorityReasons", "outcomes", "services", "counters"});
    BranchConfig config;
    readBranch(c, root, config);
    readCalendar(c, root, config.calendar);
    readPriorityReasons(c, root, config);
    readOutcomes(c, root, config); // before the services, whose outcomeRequired needs them
    readServices(c, root, config);
    readCounters(c, root, config);
    if (c.hasErrors())
        return Error::badInput(c.report());
    return config;
}

} // namespace antrian
