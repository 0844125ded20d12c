// SPDX-License-Identifier: GPL-3.0-or-later
// StaffPage: the supervisor's Staff tab. A table of the accounts (username, full name, role,
// enabled or disabled, locked, at which counter now) with the changes under it: Add, Disable,
// Enable, Reset PIN, Change role, Unlock. A change the rules refuse is greyed, with the reason
// beside it; a PIN is typed twice, masked, by the staff member themself (the form says to hand
// them the keyboard); disabling says whose session at which counter it ends. It shows what the
// StaffModel holds and asks it for every change.
#pragma once

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace antrian::counter {

class StaffModel;

class StaffPage : public QWidget
{
    Q_OBJECT
public:
    explicit StaffPage(StaffModel &model, QWidget *parent = nullptr);

    // The account chosen in the table; empty for none.
    QString selectedUsername() const;
    void selectUsername(const QString &username);

private:
    enum class Form { None, Add, Pin, Role, Disable, Enable };

    QWidget *buildList();
    QWidget *buildAddForm();
    QWidget *buildPinForm();
    QWidget *buildRoleForm();
    QWidget *buildConfirm();
    QPushButton *addButton(QWidget *parent, const char *name, const QString &title, const QString &variant = {});
    void addCancel(QWidget *page, QLayout *row, const char *name);
    void open(Form form);
    void backToList();
    void confirm();
    void showModel();
    void onFinished(bool ok);

    StaffModel &m_model;
    Form m_form = Form::None;
    QString m_formUsername; // whom the open form is about
    QString m_selected;     // kept across the model's resets

    QFrame *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;

    QWidget *m_listPage = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_enable = nullptr;
    QPushButton *m_resetPin = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_reason = nullptr;

    QWidget *m_addPage = nullptr;
    QLineEdit *m_newUsername = nullptr;
    QLineEdit *m_newFullName = nullptr;
    QComboBox *m_newRole = nullptr;
    QLineEdit *m_newPin = nullptr;
    QLineEdit *m_newPinAgain = nullptr;
    QPushButton *m_addSave = nullptr;

    QWidget *m_pinPage = nullptr;
    QLabel *m_pinTitle = nullptr;
    QLabel *m_pinNotice = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinAgain = nullptr;
    QPushButton *m_pinSave = nullptr;

    QWidget *m_rolePage = nullptr;
    QLabel *m_roleTitle = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QPushButton *m_roleSave = nullptr;

    QWidget *m_confirmPage = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirmButton = nullptr;
};

} // namespace antrian::counter
