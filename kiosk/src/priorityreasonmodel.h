// SPDX-License-Identifier: GPL-3.0-or-later
// PriorityReasonModel: the reasons a customer may take a priority ticket (elderly, disabled,
// pregnant, as the branch config lists them), named in the screen's language.
#pragma once

#include "config/branchconfig.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace antrian::kiosk {

class PriorityReasonModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the reasons come from the branch config")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // "Elderly, Person with disability, Pregnant": for the priority button's second line.
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole };

    PriorityReasonModel(QList<PriorityReason> reasons, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The branch's reasons, after a config import; unchanged reasons leave the list alone.
    void setReasons(const QList<PriorityReason> &reasons);
    void retranslate(const QString &language);
    // The reason's name in the current language; empty for an unknown code.
    QString nameOf(const QString &code) const;
    bool contains(const QString &code) const { return !nameOf(code).isEmpty(); }
    QString summary() const;

signals:
    void countChanged();
    void summaryChanged();

private:
    QList<PriorityReason> m_reasons;
    QString m_language = QStringLiteral("id");
};

} // namespace antrian::kiosk
