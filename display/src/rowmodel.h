// SPDX-License-Identifier: GPL-3.0-or-later
// RowModel: a list for QML whose rows are maps of role name to value. The board's three lists
// (counters, previous calls, waiting per service) are small and change a few rows at a time;
// rows that stay the same are left alone, so a delegate keeps its animation.
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>
#include <QVariantMap>

namespace antrian::display {

class RowModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    // `roles`: the names QML binds to, in the order of their role numbers.
    explicit RowModel(QStringList roles, QObject *parent = nullptr);

    // Rows keep their place: same count, only changed rows are signalled; else a reset.
    void setRows(const QList<QVariantMap> &rows);
    const QList<QVariantMap> &rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QStringList m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace antrian::display
