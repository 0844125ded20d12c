// SPDX-License-Identifier: GPL-3.0-or-later
// OutcomePanel: the choice Finish opens when the branch lists outcomes. One big key per outcome
// (its number 1..N is its shortcut), a short note for a follow-up, "Finish without outcome"
// (F4) when the service allows it, and Back (Esc), which leaves the ticket in service. It takes
// the place of the action keys while open; the DeskModel holds whether it is.
#pragma once

#include "config/branchconfig.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace antrian::counter {

class ActionButton;
class DeskModel;

class OutcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomePanel(DeskModel &desk, QWidget *parent = nullptr);

    // Redraws from the desk: the keys of its outcomes, the plain finish as its service allows.
    void showDesk();
    // The note is cleared for the next ticket.
    void reset();

private:
    void rebuildKeys(const QList<ServiceOutcome> &outcomes);
    void choose(const QString &code);

    DeskModel &m_desk;
    QLabel *m_title = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QGridLayout *m_keys = nullptr;
    QList<ActionButton *> m_outcomeKeys;
    QStringList m_codes; // of m_outcomeKeys, in order
    ActionButton *m_plain = nullptr;
    ActionButton *m_back = nullptr;
};

} // namespace antrian::counter
