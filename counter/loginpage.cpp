// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginpage.h"

#include "loginmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QVBoxLayout>

#include <algorithm>

namespace antrian::counter {

namespace {

constexpr int kMessageMinHeight = 56; // two lines: the usual refusal


QString sentence(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("kind", QStringLiteral("fieldLabel"));
    label->setBuddy(buddy);
    return label;
}

} // namespace

LoginPage::LoginPage(LoginModel &login, const QString &branchName, QWidget *parent) : QWidget(parent), m_login(login)
{
    setObjectName(QStringLiteral("loginPage"));
    auto *outer = new QVBoxLayout(this);
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("loginCard"));
    card->setMinimumWidth(560);
    card->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(8);

    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    auto *branch = new QLabel(branchName, card);
    branch->setObjectName(QStringLiteral("loginBranch"));
    branch->setWordWrap(true);

    m_counter = new QComboBox(card);
    m_counter->setObjectName(QStringLiteral("loginCounter"));
    m_username = new QLineEdit(card);
    m_username->setObjectName(QStringLiteral("loginUsername"));
    m_username->setMaxLength(32);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhLowercaseOnly | Qt::ImhNoPredictiveText);
    m_pin = new QLineEdit(card);
    m_pin->setObjectName(QStringLiteral("loginPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_pin));
    m_button = new QPushButton(card);
    m_button->setObjectName(QStringLiteral("loginButton"));
    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(kMessageMinHeight);
    m_modeButton = new QPushButton(card);
    m_modeButton->setObjectName(QStringLiteral("supervisorModeButton"));
    m_modeButton->setProperty("kind", QStringLiteral("panelButton"));
    m_counterLabel = fieldLabel(tr("&Counter"), m_counter, card);

    layout->addWidget(m_title);
    layout->addWidget(branch);
    layout->addSpacing(16);
    layout->addWidget(m_counterLabel);
    layout->addWidget(m_counter);
    layout->addSpacing(8);
    layout->addWidget(fieldLabel(tr("&Username"), m_username, card));
    layout->addWidget(m_username);
    layout->addSpacing(8);
    layout->addWidget(fieldLabel(tr("&PIN"), m_pin, card));
    layout->addWidget(m_pin);
    layout->addSpacing(16);
    layout->addWidget(m_button);
    layout->addWidget(m_message);
    layout->addWidget(m_modeButton);

    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_username, &QLineEdit::returnPressed, this, [this] { m_pin->setFocus(); });
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_button, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_modeButton, &QPushButton::clicked, this, [this] {
        m_login.setSupervisorMode(!m_login.isSupervisorMode());
        reset();
    });
    connect(&m_login, &LoginModel::changed, this, &LoginPage::showLogin);
    showLogin();
}

int LoginPage::chosenCounter() const
{
    return m_login.fixedCounter() > 0 ? m_login.fixedCounter() : m_counter->currentData().toInt();
}

void LoginPage::reset()
{
    m_username->clear();
    m_pin->clear();
    m_username->setFocus();
}

void LoginPage::submit()
{
    if (m_login.isBusy())
        return;
    if (m_username->text().trimmed().isEmpty()) {
        m_username->setFocus();
        return;
    }
    m_login.login(m_username->text(), m_pin->text(), chosenCounter());
}

void LoginPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitCounterList(); // the style sheet's font is known once shown
}

void LoginPage::fitCounterList()
{
    // "Loket 4 · Layanan Nasabah 1 — kosong" whole: the card widens for the longest entry (up
    // to its maximum; past that the text is elided before the arrow, never run under it).
    m_counter->ensurePolished();
    int widest = 0;
    for (int i = 0; i < m_counter->count(); ++i)
        widest = std::max(widest, m_counter->fontMetrics().horizontalAdvance(m_counter->itemText(i)));
    // What the frame, padding and arrow take, from the style sheet: the list's width less its text field's.
    QStyleOptionComboBox option;
    option.initFrom(m_counter);
    option.rect = QRect(0, 0, 1000, m_counter->height());
    const QRect field = m_counter->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, m_counter);
    m_counter->setMinimumWidth(widest + (option.rect.width() - field.width()) + 2);
}

void LoginPage::showLogin()
{
    // The counter list, keeping the choice across updates.
    const int fixed = m_login.fixedCounter();
    const int chosen = fixed > 0 ? fixed : chosenCounter();
    QStringList texts;
    QList<int> numbers;
    for (const CounterSeat &seat : m_login.seats()) {
        QString holder;
        if (seat.session && !seat.stale)
            holder = seat.session->fullName;
        else if (seat.session)
            holder = tr("%1 (app not responding)").arg(seat.session->fullName);
        else
            holder = tr("free");
        texts.append(tr("Counter %1 · %2 — %3").arg(seat.counter.number).arg(seat.counter.name, holder));
        numbers.append(seat.counter.number);
    }
    bool same = m_counter->count() == texts.size();
    for (int i = 0; same && i < texts.size(); ++i)
        same = m_counter->itemText(i) == texts.at(i);
    if (!same) {
        m_counter->clear();
        for (int i = 0; i < texts.size(); ++i)
            m_counter->addItem(texts.at(i), numbers.at(i));
    }
    fitCounterList();

    const int index = m_counter->findData(chosen);
    if (index >= 0)
        m_counter->setCurrentIndex(index);
    m_counter->setEnabled(fixed == 0);

    const bool supervisor = m_login.isSupervisorMode();
    m_title->setText(supervisor ? tr("Supervisor sign-in") : tr("Counter login"));
    m_counterLabel->setVisible(!supervisor);
    m_counter->setVisible(!supervisor);
    m_modeButton->setText(supervisor ? tr("Back to the counter login") : tr("Supervisor: watch the floor"));

    const bool busy = m_login.isBusy();
    m_button->setEnabled(!busy);
    m_modeButton->setEnabled(!busy);
    m_button->setText(busy ? tr("Checking PIN…") : supervisor ? tr("Sign in to the floor (Enter)") : tr("Log in (Enter)"));
    m_username->setEnabled(!busy);
    m_pin->setEnabled(!busy);
    m_message->setText(sentence(m_login.message()));
    // A refusal of three lines ("counter 3 is in use by ...; ask them to log out, or ...")
    // shown whole: the card grows for it.
    m_message->setMinimumHeight(std::max(kMessageMinHeight, m_message->heightForWidth(m_message->width())));
    if (m_message->property("error").toBool() != m_login.messageIsError()) {
        m_message->setProperty("error", m_login.messageIsError());
        m_message->style()->unpolish(m_message);
        m_message->style()->polish(m_message);
    }
    if (m_wasBusy && !busy && !m_login.message().isEmpty()) {
        // Refused: the PIN is typed again, the username stays.
        m_pin->clear();
        m_pin->setFocus();
    }
    m_wasBusy = busy;
}

} // namespace antrian::counter
