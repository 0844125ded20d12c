// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmodel.h"

namespace antrian::display {

RowModel::RowModel(QStringList roles, QObject *parent) : QAbstractListModel(parent), m_roles(std::move(roles)) {}

void RowModel::setRows(const QList<QVariantMap> &rows)
{
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        emit countChanged();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) != m_rows.at(i)) {
            m_rows[i] = rows.at(i);
            emit dataChanged(index(int(i)), index(int(i)));
        }
    }
}

int RowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = role - Qt::UserRole;
    if (r < 0 || r >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(m_roles.at(r));
}

QHash<int, QByteArray> RowModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + i, m_roles.at(i).toUtf8());
    return names;
}

} // namespace antrian::display
