// SPDX-License-Identifier: GPL-3.0-or-later
#include "priorityreasonmodel.h"

#include <algorithm>

namespace antrian::kiosk {

PriorityReasonModel::PriorityReasonModel(QList<PriorityReason> reasons, QObject *parent)
    : QAbstractListModel(parent), m_reasons(std::move(reasons))
{
}

int PriorityReasonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reasons.size());
}

QVariant PriorityReasonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PriorityReason &r = m_reasons.at(index.row());
    switch (role) {
    case CodeRole: return r.code;
    case Qt::DisplayRole:
    case NameRole: return nameOf(r.code);
    default: return {};
    }
}

QHash<int, QByteArray> PriorityReasonModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}};
}

void PriorityReasonModel::setReasons(const QList<PriorityReason> &reasons)
{
    const auto same = [](const PriorityReason &a, const PriorityReason &b) {
        return a.code == b.code && a.name == b.name && a.nameEn == b.nameEn;
    };
    if (std::equal(reasons.begin(), reasons.end(), m_reasons.begin(), m_reasons.end(), same))
        return;
    beginResetModel();
    m_reasons = reasons;
    endResetModel();
    emit countChanged();
    emit summaryChanged();
}

void PriorityReasonModel::retranslate(const QString &language)
{
    m_language = language;
    if (!m_reasons.isEmpty())
        emit dataChanged(index(0), index(int(m_reasons.size()) - 1));
    emit summaryChanged();
}

QString PriorityReasonModel::summary() const
{
    QStringList names;
    for (const PriorityReason &r : m_reasons)
        names << nameOf(r.code);
    return names.join(QStringLiteral(", "));
}

QString PriorityReasonModel::nameOf(const QString &code) const
{
    for (const PriorityReason &r : m_reasons) {
        if (r.code == code)
            return m_language == u"en" && !r.nameEn.isEmpty() ? r.nameEn : r.name;
    }
    return {};
}

} // namespace antrian::kiosk
