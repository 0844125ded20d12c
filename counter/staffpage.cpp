// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpage.h"

#include "sentence.h"
#include "staffmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace antrian::counter {

namespace {

using Action = StaffModel::Action;

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("kind", QStringLiteral("fieldLabel"));
    label->setBuddy(buddy);
    return label;
}

QLineEdit *pinField(const char *name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QString::fromLatin1(name));
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(8);
    field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return field;
}

void fillRoles(QComboBox *combo)
{
    for (StaffRole role : {StaffRole::Staff, StaffRole::Supervisor})
        combo->addItem(staffRoleDisplayName(role), QVariant::fromValue(int(role)));
}

QString person(const StaffMember &m)
{
    return QStringLiteral("%1 (%2)").arg(m.fullName, m.username);
}

} // namespace

StaffPage::StaffPage(StaffModel &model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("staffPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Staff accounts"), this);
    title->setObjectName(QStringLiteral("staffTitle"));

    m_messageBar = new QFrame(this);
    m_messageBar->setObjectName(QStringLiteral("staffMessageBar"));
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(16, 8, 16, 8);
    m_message = new QLabel(m_messageBar);
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    messageLayout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_listPage = buildList();
    m_addPage = buildAddForm();
    m_pinPage = buildPinForm();
    m_rolePage = buildRoleForm();
    m_confirmPage = buildConfirm();
    for (QWidget *page : {m_listPage, m_addPage, m_pinPage, m_rolePage, m_confirmPage})
        m_stack->addWidget(page);

    layout->addWidget(title);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);

    connect(&m_model, &StaffModel::changed, this, &StaffPage::showModel);
    connect(&m_model, &StaffModel::actionFinished, this, [this](StaffModel::Action, bool ok) { onFinished(ok); });
    // The model's reset forgets the selection: the same account stays chosen.
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] { selectUsername(m_selected); });
    showModel();
}

QPushButton *StaffPage::addButton(QWidget *parent, const char *name, const QString &title, const QString &variant)
{
    auto *b = new QPushButton(title, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setProperty("kind", QStringLiteral("panelButton"));
    if (!variant.isEmpty())
        b->setProperty("variant", variant);
    return b;
}

// A Cancel button on `row` and Esc on `page`: back to the table, nothing changed.
void StaffPage::addCancel(QWidget *page, QLayout *row, const char *name)
{
    QPushButton *cancel = addButton(page, name, tr("Cancel"));
    row->addWidget(cancel);
    connect(cancel, &QPushButton::clicked, this, &StaffPage::backToList);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &StaffPage::backToList);
}

QWidget *StaffPage::buildList()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(StaffModel::FullNameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_selected = current.data(StaffModel::UsernameRole).toString();
        showModel();
    });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_add = addButton(page, "staffAddButton", tr("Add account…"), QStringLiteral("blue"));
    m_disable = addButton(page, "staffDisableButton", tr("Disable…"));
    m_enable = addButton(page, "staffEnableButton", tr("Enable…"));
    m_resetPin = addButton(page, "staffResetPinButton", tr("Reset PIN…"));
    m_role = addButton(page, "staffRoleButton", tr("Change role…"));
    m_unlock = addButton(page, "staffUnlockButton", tr("Unlock"));
    for (QPushButton *b : {m_add, m_disable, m_enable, m_resetPin, m_role, m_unlock})
        buttons->addWidget(b);
    buttons->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, [this] { open(Form::Add); });
    connect(m_disable, &QPushButton::clicked, this, [this] { open(Form::Disable); });
    connect(m_enable, &QPushButton::clicked, this, [this] { open(Form::Enable); });
    connect(m_resetPin, &QPushButton::clicked, this, [this] { open(Form::Pin); });
    connect(m_role, &QPushButton::clicked, this, [this] { open(Form::Role); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { m_model.unlock(m_selected); });

    m_reason = new QLabel(page);
    m_reason->setObjectName(QStringLiteral("staffReason"));
    m_reason->setWordWrap(true);

    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_reason);
    return page;
}

QWidget *StaffPage::buildAddForm()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    auto *heading = new QLabel(tr("Add an account"), page);
    heading->setObjectName(QStringLiteral("staffFormTitle"));

    auto *who = new QFormLayout;
    who->setSpacing(10);
    m_newUsername = new QLineEdit(page);
    m_newUsername->setObjectName(QStringLiteral("staffNewUsername"));
    m_newUsername->setPlaceholderText(tr("lower case, no spaces: what they type at login"));
    m_newFullName = new QLineEdit(page);
    m_newFullName->setObjectName(QStringLiteral("staffNewFullName"));
    m_newFullName->setPlaceholderText(tr("as the others see it, e.g. Siti Rahma"));
    m_newRole = new QComboBox(page);
    m_newRole->setObjectName(QStringLiteral("staffNewRole"));
    fillRoles(m_newRole);
    who->addRow(fieldLabel(tr("Username"), m_newUsername, page), m_newUsername);
    who->addRow(fieldLabel(tr("Full name"), m_newFullName, page), m_newFullName);
    who->addRow(fieldLabel(tr("Role"), m_newRole, page), m_newRole);

    auto *notice = new QLabel(tr("Now hand the keyboard to the new staff member: they type their own PIN twice "
                                 "(4 to 8 digits). Nobody else should see it."),
                              page);
    notice->setObjectName(QStringLiteral("staffAddNotice"));
    notice->setProperty("kind", QStringLiteral("handOver"));
    notice->setWordWrap(true);

    auto *pins = new QFormLayout;
    pins->setSpacing(10);
    m_newPin = pinField("staffNewPin", page);
    m_newPinAgain = pinField("staffNewPinAgain", page);
    pins->addRow(fieldLabel(tr("PIN"), m_newPin, page), m_newPin);
    pins->addRow(fieldLabel(tr("PIN again"), m_newPinAgain, page), m_newPinAgain);

    auto *row = new QHBoxLayout;
    m_addSave = addButton(page, "staffAddSaveButton", tr("Add the account"), QStringLiteral("blue"));
    row->addWidget(m_addSave);
    addCancel(page, row, "staffAddCancelButton");
    row->addStretch(1);
    connect(m_addSave, &QPushButton::clicked, this, &StaffPage::confirm);
    connect(m_newPinAgain, &QLineEdit::returnPressed, this, &StaffPage::confirm);
    connect(m_newUsername, &QLineEdit::returnPressed, m_newFullName, qOverload<>(&QWidget::setFocus));
    connect(m_newFullName, &QLineEdit::returnPressed, m_newPin, qOverload<>(&QWidget::setFocus));
    connect(m_newPin, &QLineEdit::returnPressed, m_newPinAgain, qOverload<>(&QWidget::setFocus));

    layout->addWidget(heading);
    layout->addLayout(who);
    layout->addWidget(notice);
    layout->addLayout(pins);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QWidget *StaffPage::buildPinForm()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_pinTitle = new QLabel(page);
    m_pinTitle->setObjectName(QStringLiteral("staffFormTitle"));
    m_pinNotice = new QLabel(page);
    m_pinNotice->setObjectName(QStringLiteral("staffPinNotice"));
    m_pinNotice->setProperty("kind", QStringLiteral("handOver"));
    m_pinNotice->setWordWrap(true);

    auto *pins = new QFormLayout;
    pins->setSpacing(10);
    m_pin = pinField("staffPin", page);
    m_pinAgain = pinField("staffPinAgain", page);
    pins->addRow(fieldLabel(tr("New PIN"), m_pin, page), m_pin);
    pins->addRow(fieldLabel(tr("New PIN again"), m_pinAgain, page), m_pinAgain);

    auto *row = new QHBoxLayout;
    m_pinSave = addButton(page, "staffPinSaveButton", tr("Set the new PIN"), QStringLiteral("blue"));
    row->addWidget(m_pinSave);
    addCancel(page, row, "staffPinCancelButton");
    row->addStretch(1);
    connect(m_pinSave, &QPushButton::clicked, this, &StaffPage::confirm);
    connect(m_pin, &QLineEdit::returnPressed, m_pinAgain, qOverload<>(&QWidget::setFocus));
    connect(m_pinAgain, &QLineEdit::returnPressed, this, &StaffPage::confirm);

    layout->addWidget(m_pinTitle);
    layout->addWidget(m_pinNotice);
    layout->addLayout(pins);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QWidget *StaffPage::buildRoleForm()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_roleTitle = new QLabel(page);
    m_roleTitle->setObjectName(QStringLiteral("staffFormTitle"));
    m_roleCombo = new QComboBox(page);
    m_roleCombo->setObjectName(QStringLiteral("staffRoleCombo"));
    fillRoles(m_roleCombo);
    auto *form = new QFormLayout;
    form->addRow(fieldLabel(tr("New role"), m_roleCombo, page), m_roleCombo);

    auto *row = new QHBoxLayout;
    m_roleSave = addButton(page, "staffRoleSaveButton", tr("Change the role"), QStringLiteral("blue"));
    row->addWidget(m_roleSave);
    addCancel(page, row, "staffRoleCancelButton");
    row->addStretch(1);
    connect(m_roleSave, &QPushButton::clicked, this, &StaffPage::confirm);

    layout->addWidget(m_roleTitle);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QWidget *StaffPage::buildConfirm()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_confirmText = new QLabel(page);
    m_confirmText->setObjectName(QStringLiteral("staffConfirmText"));
    m_confirmText->setWordWrap(true);
    auto *row = new QHBoxLayout;
    m_confirmButton = addButton(page, "staffConfirmButton", QString(), QStringLiteral("blue"));
    row->addWidget(m_confirmButton);
    addCancel(page, row, "staffConfirmCancelButton");
    row->addStretch(1);
    connect(m_confirmButton, &QPushButton::clicked, this, &StaffPage::confirm);

    layout->addWidget(m_confirmText);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QString StaffPage::selectedUsername() const
{
    return m_model.member(m_selected) ? m_selected : QString();
}

void StaffPage::selectUsername(const QString &username)
{
    m_selected = username;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex index = m_model.index(row, 0);
        if (index.data(StaffModel::UsernameRole).toString() == username) {
            m_table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            break;
        }
    }
    showModel();
}

void StaffPage::open(Form form)
{
    const StaffMember *m = m_model.member(m_selected);
    if (form != Form::Add && !m)
        return;
    m_form = form;
    m_formUsername = form == Form::Add ? QString() : m_selected;
    m_model.clearMessage();
    switch (form) {
    case Form::None: break;
    case Form::Add:
        m_newUsername->clear();
        m_newFullName->clear();
        m_newRole->setCurrentIndex(0);
        m_newPin->clear();
        m_newPinAgain->clear();
        m_stack->setCurrentWidget(m_addPage);
        m_newUsername->setFocus();
        break;
    case Form::Pin:
        m_pinTitle->setText(tr("New PIN for %1").arg(person(*m)));
        m_pinNotice->setText(tr("Hand the keyboard to %1: they type their new PIN twice (4 to 8 digits). The old PIN "
                                "stops working, and a lock is lifted.")
                                     .arg(m->fullName));
        m_pin->clear();
        m_pinAgain->clear();
        m_stack->setCurrentWidget(m_pinPage);
        m_pin->setFocus();
        break;
    case Form::Role:
        m_roleTitle->setText(tr("Role of %1, now %2").arg(person(*m), staffRoleDisplayName(m->role)));
        m_roleCombo->setCurrentIndex(m_roleCombo->findData(int(m->role == StaffRole::Staff ? StaffRole::Supervisor
                                                                                           : StaffRole::Staff)));
        m_stack->setCurrentWidget(m_rolePage);
        m_roleCombo->setFocus();
        break;
    case Form::Disable: {
        const int counter = m_model.counterOf(m->id);
        m_confirmText->setText(
                counter > 0 ? tr("Disable the account of %1? They are logged in at counter %2: that session ends now, "
                                 "and they can no longer log in. The account is kept for the records.")
                                      .arg(person(*m))
                                      .arg(counter)
                            : tr("Disable the account of %1? They can no longer log in. The account is kept for the "
                                 "records.")
                                      .arg(person(*m)));
        m_confirmButton->setText(counter > 0 ? tr("Disable and end the session") : tr("Disable the account"));
        m_stack->setCurrentWidget(m_confirmPage);
        m_confirmButton->setFocus();
        break;
    }
    case Form::Enable:
        m_confirmText->setText(tr("Enable the account of %1? They can log in again with their PIN.").arg(person(*m)));
        m_confirmButton->setText(tr("Enable the account"));
        m_stack->setCurrentWidget(m_confirmPage);
        m_confirmButton->setFocus();
        break;
    }
    showModel();
}

void StaffPage::backToList()
{
    m_form = Form::None;
    m_formUsername.clear();
    // A PIN never stays in a field once the form is closed.
    for (QLineEdit *field : {m_newPin, m_newPinAgain, m_pin, m_pinAgain})
        field->clear();
    m_stack->setCurrentWidget(m_listPage);
    m_table->setFocus();
    showModel();
}

void StaffPage::confirm()
{
    if (m_model.isBusy())
        return;
    switch (m_form) {
    case Form::None: break;
    case Form::Add: {
        NewStaff staff;
        staff.username = m_newUsername->text().trimmed();
        staff.fullName = m_newFullName->text().trimmed();
        staff.role = StaffRole(m_newRole->currentData().toInt());
        m_model.add(staff, m_newPin->text(), m_newPinAgain->text());
        break;
    }
    case Form::Pin: m_model.resetPin(m_formUsername, m_pin->text(), m_pinAgain->text()); break;
    case Form::Role: m_model.setRole(m_formUsername, StaffRole(m_roleCombo->currentData().toInt())); break;
    case Form::Disable: m_model.disable(m_formUsername); break;
    case Form::Enable: m_model.enable(m_formUsername); break;
    }
}

void StaffPage::onFinished(bool ok)
{
    if (m_form == Form::None)
        return;
    if (ok) {
        const QString username = m_form == Form::Add ? m_newUsername->text().trimmed().toLower() : m_formUsername;
        backToList();
        m_selected = username; // the account just changed (or added) stays chosen
        selectUsername(username);
        return;
    }
    // Refused: the form stays for another try, the PINs typed again from the start.
    if (m_form == Form::Add) {
        m_newPin->clear();
        m_newPinAgain->clear();
        m_newPin->setFocus();
    } else if (m_form == Form::Pin) {
        m_pin->clear();
        m_pinAgain->clear();
        m_pin->setFocus();
    }
}

void StaffPage::showModel()
{
    const QString username = selectedUsername();
    const QList<std::pair<QPushButton *, Action>> buttons{{m_add, Action::Add},           {m_disable, Action::Disable},
                                                          {m_enable, Action::Enable},     {m_resetPin, Action::ResetPin},
                                                          {m_role, Action::ChangeRole},   {m_unlock, Action::Unlock}};
    for (const auto &[button, action] : buttons) {
        const QString why = m_model.refusal(action, username);
        button->setEnabled(why.isEmpty() && !m_model.isBusy());
        button->setToolTip(sentence(why));
    }
    // Under the keys, the reason that greys them all (who is signed in), or the chosen
    // account's own; the others (already enabled, not locked) are in each key's tooltip.
    QString reason = m_model.refusal(Action::Add);
    const StaffMember *chosen = m_model.member(username);
    if (reason.isEmpty() && !chosen)
        reason = tr("choose an account in the list to change it");
    else if (reason.isEmpty() && chosen->id == m_model.actor().id)
        reason = m_model.refusal(Action::Disable, username);
    m_reason->setText(sentence(reason));
    for (QPushButton *b : {m_addSave, m_pinSave, m_roleSave, m_confirmButton})
        b->setEnabled(!m_model.isBusy());
    // A form about an account that is gone or changed meanwhile closes.
    if ((m_form == Form::Disable || m_form == Form::Enable || m_form == Form::Pin || m_form == Form::Role)
        && !m_model.isBusy() && !m_model.member(m_formUsername))
        backToList();

    m_message->setText(sentence(m_model.message()));
    m_messageBar->setVisible(!m_model.message().isEmpty());
    if (m_messageBar->property("error").toBool() != m_model.messageIsError()) {
        m_messageBar->setProperty("error", m_model.messageIsError());
        for (QWidget *w : {static_cast<QWidget *>(m_messageBar), static_cast<QWidget *>(m_message)}) {
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }
}

} // namespace antrian::counter
