// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisorpage.h"

#include "floormodel.h"
#include "floorpage.h"
#include "followuppage.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace antrian::counter {

SupervisorPage::SupervisorPage(FloorModel &model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("supervisorPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_floor = new FloorPage(m_model, m_tabs);
    m_followUps = new FollowUpPage(m_model, m_tabs);

    // STAFF TAB: a placeholder until StaffPage (counter/staffpage.*) is plugged in with
    // setStaffPage(new StaffPage(staffModel)).
    m_staffTab = new QWidget(m_tabs);
    m_staffTab->setObjectName(QStringLiteral("staffTabPlaceholder"));
    auto *placeholder = new QVBoxLayout(m_staffTab);
    placeholder->addWidget(new QLabel(tr("Staff accounts are managed here."), m_staffTab), 0, Qt::AlignCenter);

    m_tabs->addTab(m_floor, tr("&Floor"));
    m_tabs->addTab(m_followUps, tr("F&ollow-ups"));
    m_tabs->addTab(m_staffTab, tr("&Staff"));

    layout->addWidget(m_tabs, 1);

    // The follow-up count in its tab's title, so a new one is seen from the floor.
    connect(&m_model, &FloorModel::changed, this, [this] {
        const int n = int(m_model.view().followUps.size());
        m_tabs->setTabText(m_tabs->indexOf(m_followUps), n > 0 ? tr("F&ollow-ups (%1)").arg(n) : tr("F&ollow-ups"));
    });
}

void SupervisorPage::setStaffPage(QWidget *page)
{
    const int index = m_tabs->indexOf(m_staffTab);
    m_tabs->removeTab(index);
    m_staffTab->deleteLater();
    m_staffTab = page;
    m_tabs->insertTab(index, page, tr("&Staff"));
}

} // namespace antrian::counter
