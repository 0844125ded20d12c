// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratingcommands.h"

#include "output.h"

#include "core/clock.h"
#include "core/translation.h"
#include "queue/queueengine.h"
#include "staff/staffstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace antrian::cli {

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

// Two decimals, as the regulation reports its figures.
double twoDecimals(double value)
{
    return std::round(value * 100.0) / 100.0;
}

Result<Printed> rate(Session &s)
{
    const bool skm = s.options.isSet(QStringLiteral("skm"));
    if (s.args.size() != (skm ? 1 : 2))
        return Error::badInput(Tr::tr("usage: antrianctl rate CODE 1..5, or rate CODE --skm A,B,C,D,E,F,G,H,I (nine answers 1..4)"));
    const QString code = s.args.first();
    Result<Ticket> rated = Error::storage({});
    if (skm) {
        QList<int> answers;
        for (const QString &part : s.options.value(QStringLiteral("skm")).split(u',')) {
            bool ok = false;
            const int answer = part.trimmed().toInt(&ok);
            if (!ok)
                return Error::badInput(Tr::tr("--skm: expected nine whole numbers 1..4 separated by commas, got \"%1\"")
                                               .arg(s.options.value(QStringLiteral("skm"))));
            answers.append(answer);
        }
        rated = s.engine->rateSkm(code, answers);
    } else {
        bool ok = false;
        const int score = s.args.at(1).toInt(&ok);
        if (!ok)
            return Error::badInput(Tr::tr("a rating is a score from 1 to 5, not \"%1\"").arg(s.args.at(1)));
        rated = s.engine->rate(code, score);
    }
    if (!rated)
        return rated.error();
    const BranchConfig &config = s.engine->branch()->config;
    const QString text = skm ? Tr::tr("%1: SKM questionnaire recorded (counter %2)").arg(rated->code).arg(rated->counterNumber)
                             : Tr::tr("%1 rated %2 of 5 (counter %3)").arg(rated->code).arg(*rated->rating).arg(rated->counterNumber);
    return Printed{ticketJson(*rated, config.calendar.timeZone), text};
}

QJsonObject figuresJson(const SkmFigures &f)
{
    const QString lang = currentLanguage();
    QJsonArray elements;
    for (int i = 0; i < kSkmElementCount; ++i) {
        const SkmElement &e = skmElements().at(i);
        elements.append(QJsonObject{{QStringLiteral("key"), QLatin1String(e.key)},
                                    {QStringLiteral("name"), e.displayName(lang)},
                                    {QStringLiteral("mean"), f.hasRespondents() ? QJsonValue(twoDecimals(f.elementMeans[i])) : QJsonValue()}});
    }
    const bool known = f.hasRespondents();
    return QJsonObject{{QStringLiteral("elements"), elements},
                       {QStringLiteral("ikm"), known ? QJsonValue(f.ikm) : QJsonValue()},
                       {QStringLiteral("grade"), known ? QJsonValue(skmGradeLetter(f.grade)) : QJsonValue()},
                       {QStringLiteral("gradeLabel"), known ? QJsonValue(skmGradeLabel(f.grade, lang)) : QJsonValue()},
                       {QStringLiteral("respondents"), f.respondents}};
}

QString figuresLine(const SkmFigures &f)
{
    if (!f.hasRespondents())
        return Tr::tr("no questionnaire answered");
    return Tr::tr("IKM %1, grade %2 (%3), %n respondent(s)", nullptr, f.respondents)
            .arg(QString::number(f.ikm, 'f', 2), skmGradeLetter(f.grade), skmGradeLabel(f.grade, currentLanguage()));
}

QString figuresText(const SkmReport &r, const BranchConfig &config)
{
    const QString lang = currentLanguage();
    QList<QStringList> rows{{Tr::tr("Element"), Tr::tr("All")}};
    for (const ServiceSkm &service : r.services)
        rows.first().append(service.serviceCode);
    for (int i = 0; i < kSkmElementCount; ++i) {
        auto mean = [i](const SkmFigures &f) {
            return f.hasRespondents() ? QString::number(f.elementMeans[i], 'f', 2) : QStringLiteral("-");
        };
        QStringList row{QStringLiteral("%1. %2").arg(i + 1).arg(skmElements().at(i).displayName(lang)), mean(r.overall)};
        for (const ServiceSkm &service : r.services)
            row.append(mean(service.figures));
        rows.append(row);
    }
    QString out = Tr::tr("SKM %1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)) + u'\n'
            + table(rows) + u'\n' + Tr::tr("All services: %1").arg(figuresLine(r.overall)) + u'\n';
    for (const ServiceSkm &service : r.services) {
        const ServiceConfig *sc = config.service(service.serviceCode);
        out += QStringLiteral("%1 %2: %3\n").arg(service.serviceCode, sc ? sc->displayName(lang) : QString(),
                                                  figuresLine(service.figures));
    }
    return out;
}

Result<Printed> skm(Session &s)
{
    if (!s.args.isEmpty())
        return Error::badInput(Tr::tr("usage: antrianctl skm [--from YYYY-MM-DD] [--to YYYY-MM-DD]"));
    const QDate today = s.engine->calendar().businessDate(s.clock->nowUtc());
    auto from = dateOption(s, "from", today);
    if (!from)
        return from.error();
    auto to = dateOption(s, "to", *from);
    if (!to)
        return to.error();
    if (*to < *from)
        return Error::badInput(Tr::tr("--to %1 is before --from %2").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    auto report = s.engine->skmReport(*from, *to);
    if (!report)
        return report.error();
    const BranchConfig &config = s.engine->branch()->config;
    QJsonObject json = figuresJson(report->overall);
    json.insert(QStringLiteral("from"), from->toString(Qt::ISODate));
    json.insert(QStringLiteral("to"), to->toString(Qt::ISODate));
    QJsonArray services;
    for (const ServiceSkm &service : report->services) {
        QJsonObject o = figuresJson(service.figures);
        const ServiceConfig *sc = config.service(service.serviceCode);
        o.insert(QStringLiteral("code"), service.serviceCode);
        o.insert(QStringLiteral("name"), sc ? sc->displayName(currentLanguage()) : QString());
        services.append(o);
    }
    json.insert(QStringLiteral("services"), services);
    return Printed{json, figuresText(*report, config)};
}

Result<Printed> followUps(Session &s)
{
    if (!s.args.isEmpty())
        return Error::badInput(Tr::tr("usage: antrianctl followups"));
    auto list = s.engine->followUps();
    if (!list)
        return list.error();
    auto staff = StaffStore(*s.db).list();
    if (!staff)
        return staff.error();
    QHash<qint64, QString> usernames;
    for (const StaffMember &m : *staff)
        usernames.insert(m.id, m.username);
    const BranchConfig &config = s.engine->branch()->config;
    const QTimeZone zone = config.calendar.timeZone;
    QJsonArray array;
    QList<QStringList> rows{{Tr::tr("Code"), Tr::tr("Service"), Tr::tr("Counter"), Tr::tr("Staff"), Tr::tr("Finished"),
                             Tr::tr("Outcome"), Tr::tr("Note")}};
    for (const Ticket &t : *list) {
        const ServiceOutcome *outcome = config.outcome(t.outcome);
        const QString staffName = usernames.value(t.staffId);
        QJsonObject o = ticketJson(t, zone);
        o.insert(QStringLiteral("staff"), staffName.isEmpty() ? QJsonValue() : QJsonValue(staffName));
        o.insert(QStringLiteral("outcomeName"), outcome ? outcome->displayName(currentLanguage()) : t.outcome);
        array.append(o);
        rows.append({t.code, t.serviceCode, t.counterNumber > 0 ? QString::number(t.counterNumber) : QStringLiteral("-"),
                     staffName.isEmpty() ? QStringLiteral("-") : staffName,
                     currentLocale().toString(t.finishedAt.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm")),
                     outcome ? outcome->displayName(currentLanguage()) : t.outcome,
                     t.outcomeNote.isEmpty() ? QStringLiteral("-") : t.outcomeNote});
    }
    return Printed{array, table(rows) + Tr::tr("%n follow-up(s) open", nullptr, int(list->size())) + u'\n'};
}

// followup close CODE [--by USERNAME]
Result<Printed> followUp(Session &s)
{
    if (s.args.size() != 2 || s.args.first() != u"close")
        return Error::badInput(Tr::tr("usage: antrianctl followup close CODE [--by USERNAME]"));
    qint64 staffId = 0;
    const QString by = s.options.value(QStringLiteral("by"));
    if (!by.isEmpty()) {
        auto member = StaffStore(*s.db).byUsername(by.trimmed().toLower());
        if (!member)
            return member.error();
        if (!member->has_value())
            return Error::badInput(Tr::tr("there is no staff account \"%1\"; see: antrianctl staff list").arg(by));
        staffId = (*member)->id;
    }
    auto closed = s.engine->closeFollowUp(s.args.at(1), staffId);
    if (!closed)
        return closed.error();
    const BranchConfig &config = s.engine->branch()->config;
    return Printed{ticketJson(*closed, config.calendar.timeZone), Tr::tr("the follow-up of %1 is closed").arg(closed->code)};
}

} // namespace

QList<Command> ratingCommands()
{
    return {
            {.names = {QStringLiteral("rate")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "CODE 1..5"),
                        QT_TRANSLATE_NOOP("antrianctl", "the customer's rating of a finished ticket (five faces)")},
                       {QT_TRANSLATE_NOOP("antrianctl", "CODE --skm 4,3,4,4,3,4,4,4,3"),
                        QT_TRANSLATE_NOOP("antrianctl", "one SKM questionnaire: nine answers 1..4")}},
             .options = {{"skm", QT_TRANSLATE_NOOP("antrianctl", "rate: the nine SKM answers, comma-separated."),
                          QT_TRANSLATE_NOOP("antrianctl", "answers")}},
             .handler = rate},
            {.names = {QStringLiteral("skm")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "[--from DATE] [--to DATE]"),
                        QT_TRANSLATE_NOOP("antrianctl", "SKM figures: each element's mean, the IKM and its grade")}},
             .options = {{"from", QT_TRANSLATE_NOOP("antrianctl", "skm: first business date YYYY-MM-DD (default today)."),
                          QT_TRANSLATE_NOOP("antrianctl", "date")},
                         {"to", QT_TRANSLATE_NOOP("antrianctl", "skm: last business date YYYY-MM-DD (default --from)."),
                          QT_TRANSLATE_NOOP("antrianctl", "date")}},
             .handler = skm},
            {.names = {QStringLiteral("followups")},
             .forms = {{"", QT_TRANSLATE_NOOP("antrianctl", "tickets whose outcome needs a follow-up, not closed yet")}},
             .handler = followUps},
            {.names = {QStringLiteral("followup")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "close CODE [--by USERNAME]"),
                        QT_TRANSLATE_NOOP("antrianctl", "take a ticket off the follow-up list")}},
             .options = {{"by", QT_TRANSLATE_NOOP("antrianctl", "followup close: the staff member who closes it."),
                          QT_TRANSLATE_NOOP("antrianctl", "username")}},
             .handler = followUp},
    };
}

} // namespace antrian::cli
