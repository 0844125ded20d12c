// SPDX-License-Identifier: GPL-3.0-or-later
// ServiceListModel: the start screen's service buttons, one per active service, in config
// order: name and description in the screen's language, people waiting now, and whether a
// touch can issue a ticket (not when the daily limit is reached or the service is paused).
#pragma once

#include "queue/branchstatus.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace antrian::kiosk {

class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the kiosk's services come from the branch status")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        WaitingRole,
        WaitingTextRole,
        AvailableRole,
        UnavailableTextRole,
        PriorityServiceRole,
    };
    Q_ENUM(Role)

    explicit ServiceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // New figures from the engine; the same services in the same order update in place.
    void setServices(const QList<ServiceStatus> &services);
    // Names, descriptions and texts again, after a language switch.
    void retranslate(const QString &language);

    const ServiceStatus *service(const QString &code) const;
    bool isAvailable(const QString &code) const;

signals:
    void countChanged();

private:
    QList<ServiceStatus> m_services;
    QString m_language = QStringLiteral("id");
};

} // namespace antrian::kiosk
