// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicelistmodel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace antrian::kiosk {

namespace {
// lupdate files these strings under "ServiceListModel", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceListModel)
};

// "m-banking", "e-KTP": a word with a hyphen inside is one word to a reader. Text layout may
// break a line after any hyphen ("m-" / "banking"); a word joiner after it forbids that and
// draws nothing.
QString keepHyphenatedWordsWhole(QString text)
{
    static const QRegularExpression inWord(QStringLiteral("(?<=\\w)-(?=\\w)"));
    return text.replace(inWord, QStringLiteral("-\u2060"));
}
} // namespace

ServiceListModel::ServiceListModel(QObject *parent) : QAbstractListModel(parent) {}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceStatus &s = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return keepHyphenatedWordsWhole(s.service.displayName(m_language));
    case CodeRole: return s.service.code;
    case DescriptionRole: return keepHyphenatedWordsWhole(s.service.displayDescription(m_language));
    case WaitingRole: return s.waiting;
    case WaitingTextRole:
        return s.waiting == 0 ? Tr::tr("No one waiting") : Tr::tr("%n people waiting", nullptr, s.waiting);
    case AvailableRole: return !s.limitReached && !s.paused;
    case UnavailableTextRole:
        if (s.paused)
            return Tr::tr("Not available at the moment");
        if (s.limitReached)
            return Tr::tr("Today's tickets are all taken");
        return QString();
    case PriorityServiceRole: return s.service.priority;
    default: return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{CodeRole, "code"},
            {NameRole, "name"},
            {DescriptionRole, "description"},
            {WaitingRole, "waiting"},
            {WaitingTextRole, "waitingText"},
            {AvailableRole, "available"},
            {UnavailableTextRole, "unavailableText"},
            {PriorityServiceRole, "priorityService"}};
}

void ServiceListModel::setServices(const QList<ServiceStatus> &services)
{
    const bool sameShape = services.size() == m_services.size()
            && std::equal(services.begin(), services.end(), m_services.begin(),
                          [](const ServiceStatus &a, const ServiceStatus &b) { return a.service.code == b.service.code; });
    if (sameShape) {
        m_services = services;
        if (!m_services.isEmpty())
            emit dataChanged(index(0), index(int(m_services.size()) - 1));
        return;
    }
    beginResetModel();
    m_services = services;
    endResetModel();
    emit countChanged();
}

void ServiceListModel::retranslate(const QString &language)
{
    m_language = language;
    if (!m_services.isEmpty())
        emit dataChanged(index(0), index(int(m_services.size()) - 1));
}

const ServiceStatus *ServiceListModel::service(const QString &code) const
{
    for (const ServiceStatus &s : m_services) {
        if (s.service.code == code)
            return &s;
    }
    return nullptr;
}

bool ServiceListModel::isAvailable(const QString &code) const
{
    const ServiceStatus *s = service(code);
    return s && !s->limitReached && !s->paused;
}

} // namespace antrian::kiosk
