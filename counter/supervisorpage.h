// SPDX-License-Identifier: GPL-3.0-or-later
// SupervisorPage: what a supervisor signed in to the floor sees (no counter of their own):
// the tabs Floor, Follow-ups, Staff and Reports. (The window's header names the supervisor and holds the
// Log out key.)
#pragma once

#include "staff/staffmember.h"

#include <QWidget>

class QTabWidget;

namespace antrian::counter {

class FloorModel;
class FloorPage;
class FollowUpPage;

class SupervisorPage : public QWidget
{
    Q_OBJECT
public:
    // `staffPage`: the Staff tab (StaffPage), taken over by the tabs.
    SupervisorPage(FloorModel &model, QWidget *staffPage, QWidget *parent = nullptr);

    FloorPage *floorPage() const { return m_floor; }
    FollowUpPage *followUpPage() const { return m_followUps; }
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *staffTab() const { return m_staffTab; }

private:
    FloorModel &m_model;
    QTabWidget *m_tabs = nullptr;
    FloorPage *m_floor = nullptr;
    FollowUpPage *m_followUps = nullptr;
    QWidget *m_staffTab = nullptr;
};

} // namespace antrian::counter
