// SPDX-License-Identifier: GPL-3.0-or-later
// FollowUpPage: the tickets whose outcome asked for a follow-up not closed yet (FloorModel's
// follow-up list, read with the floor), with the note the counter wrote, and a "Close" key
// each that asks to be confirmed first.
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QMessageBox;
class QTableWidget;

namespace antrian::counter {

class FloorModel;

class FollowUpPage : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpPage(FloorModel &model, QWidget *parent = nullptr);

    QMessageBox *confirmation() const { return m_confirm; }

private:
    void showList();
    void askClose(const QString &code);

    FloorModel &m_model;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QMessageBox *m_confirm = nullptr;
};

} // namespace antrian::counter
