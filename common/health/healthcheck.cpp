// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcheck.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace antrian {

namespace {
// lupdate files these strings under "Health", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Health)
};

QString statusWord(HealthCheck::Status status)
{
    switch (status) {
    case HealthCheck::Status::Ok: return Tr::tr("OK");
    case HealthCheck::Status::Warning: return Tr::tr("WARNING");
    case HealthCheck::Status::Failed: return Tr::tr("FAILED");
    case HealthCheck::Status::Skipped: return Tr::tr("SKIPPED");
    }
    return {};
}
} // namespace

HealthCheck HealthCheck::ok(QString name, QString message, QJsonObject detail)
{
    return {std::move(name), Status::Ok, std::move(message), std::move(detail)};
}

HealthCheck HealthCheck::warning(QString name, QString message, QJsonObject detail)
{
    return {std::move(name), Status::Warning, std::move(message), std::move(detail)};
}

HealthCheck HealthCheck::failed(QString name, QString message, QJsonObject detail)
{
    return {std::move(name), Status::Failed, std::move(message), std::move(detail)};
}

HealthCheck HealthCheck::skipped(QString name, QString message, QJsonObject detail)
{
    return {std::move(name), Status::Skipped, std::move(message), std::move(detail)};
}

QString statusKey(HealthCheck::Status status)
{
    switch (status) {
    case HealthCheck::Status::Ok: return QStringLiteral("ok");
    case HealthCheck::Status::Warning: return QStringLiteral("warning");
    case HealthCheck::Status::Failed: return QStringLiteral("failed");
    case HealthCheck::Status::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

bool healthOk(const QList<HealthCheck> &checks)
{
    return std::none_of(checks.begin(), checks.end(), [](const HealthCheck &c) { return c.status == HealthCheck::Status::Failed; });
}

QJsonObject healthJson(const QList<HealthCheck> &checks)
{
    QJsonArray array;
    for (const HealthCheck &c : checks)
        array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                 {QStringLiteral("status"), statusKey(c.status)},
                                 {QStringLiteral("message"), c.message},
                                 {QStringLiteral("detail"), c.detail}});
    return {{QStringLiteral("ok"), healthOk(checks)}, {QStringLiteral("checks"), array}};
}

QString healthText(const QList<HealthCheck> &checks)
{
    int statusWidth = 0;
    int nameWidth = 0;
    for (const HealthCheck &c : checks) {
        statusWidth = std::max(statusWidth, int(statusWord(c.status).size()));
        nameWidth = std::max(nameWidth, int(c.name.size()));
    }
    QString out;
    for (const HealthCheck &c : checks)
        out += statusWord(c.status).leftJustified(statusWidth + 2) + c.name.leftJustified(nameWidth + 2) + c.message + u'\n';
    return out;
}

} // namespace antrian
