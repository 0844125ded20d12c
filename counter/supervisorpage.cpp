// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervisorpage.h"

#include "floormodel.h"
#include "floorpage.h"
#include "followuppage.h"
#include "reportpage.h"
#include "staffingpage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace antrian::counter {

SupervisorPage::SupervisorPage(FloorModel &model, QWidget *staffPage, QWidget *parent)
    : QWidget(parent), m_model(model), m_staffTab(staffPage)
{
    setObjectName(QStringLiteral("supervisorPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_floor = new FloorPage(m_model, m_tabs);
    m_followUps = new FollowUpPage(m_model, m_tabs);

    m_tabs->addTab(m_floor, tr("&Floor"));
    m_tabs->addTab(m_followUps, tr("F&ollow-ups"));
    m_tabs->addTab(m_staffTab, tr("&Staff"));
    m_tabs->addTab(new ReportPage(m_model.backend(), m_tabs), tr("&Reports"));
    m_tabs->addTab(new StaffingPage(m_model.backend().supervisor(), m_tabs), tr("Staffin&g"));

    layout->addWidget(m_tabs, 1);

    // The follow-up count in its tab's title, so a new one is seen from the floor.
    connect(&m_model, &FloorModel::changed, this, [this] {
        const int n = int(m_model.view().followUps.size());
        m_tabs->setTabText(m_tabs->indexOf(m_followUps), n > 0 ? tr("F&ollow-ups (%1)").arg(n) : tr("F&ollow-ups"));
    });
}

} // namespace antrian::counter
