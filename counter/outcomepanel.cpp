// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomepanel.h"

#include "actionbutton.h"
#include "deskmodel.h"

#include "core/translation.h"
#include "queue/queueengine.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace antrian::counter {

namespace {
// Number keys 1..9; a tenth outcome and later are chosen by touch or mouse alone.
constexpr int kNumberedKeys = 9;
} // namespace

OutcomePanel::OutcomePanel(DeskModel &desk, QWidget *parent) : QWidget(parent), m_desk(desk)
{
    setObjectName(QStringLiteral("outcomePanel"));
    setFocusPolicy(Qt::StrongFocus); // holds the focus while open (DeskPage), so digits choose
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("outcomeTitle"));
    m_title->setWordWrap(true);

    auto *noteRow = new QHBoxLayout;
    noteRow->setSpacing(10);
    m_noteLabel = new QLabel(tr("Note for the follow-up"), this);
    m_noteLabel->setObjectName(QStringLiteral("outcomeNoteLabel"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("outcomeNote"));
    m_note->setMaxLength(QueueEngine::kMaxOutcomeNoteLength);
    m_note->setPlaceholderText(tr("Optional: what must follow"));
    m_noteLabel->setBuddy(m_note);
    // Only a click puts the cursor in the note: focus moving on by itself when the action keys
    // hide must not land here, or the number keys would type into it instead of choosing.
    m_note->setFocusPolicy(Qt::ClickFocus);
    noteRow->addWidget(m_noteLabel);
    noteRow->addWidget(m_note, 1);
    // Enter leaves the field, so that the number keys choose again instead of typing.
    connect(m_note, &QLineEdit::returnPressed, this, [this] { setFocus(); });

    m_keys = new QGridLayout;
    m_keys->setSpacing(8);
    m_plain = new ActionButton(QKeySequence(Qt::Key_F4), tr("Finish without outcome"), QString(), this);
    m_plain->setObjectName(QStringLiteral("finishWithoutOutcomeButton"));
    connect(m_plain, &QPushButton::clicked, this, [this] { m_desk.finish(); });
    m_back = new ActionButton(QKeySequence(Qt::Key_Escape), tr("Back"), QString(), this);
    m_back->setObjectName(QStringLiteral("outcomeBackButton"));
    connect(m_back, &QPushButton::clicked, this, [this] { m_desk.cancelOutcomeChoice(); });

    layout->addWidget(m_title);
    layout->addLayout(noteRow);
    layout->addLayout(m_keys, 1);
}

void OutcomePanel::rebuildKeys(const QList<ServiceOutcome> &outcomes)
{
    qDeleteAll(m_outcomeKeys);
    m_outcomeKeys.clear();
    m_codes.clear();
    const QString lang = currentLanguage();
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const ServiceOutcome &o = outcomes.at(i);
        const QKeySequence key = i < kNumberedKeys ? QKeySequence(Qt::Key_1 + int(i)) : QKeySequence();
        // Resolved in green, a follow-up in blue, the rest plain: told apart at a glance.
        const QString variant = o.resolved ? QStringLiteral("go") : o.followUp ? QStringLiteral("blue") : QString();
        auto *b = new ActionButton(key, o.displayName(lang), variant, this);
        b->setObjectName(QStringLiteral("outcomeButton_%1").arg(o.code));
        const QString code = o.code;
        connect(b, &QPushButton::clicked, this, [this, code] { choose(code); });
        m_outcomeKeys.append(b);
        m_codes.append(code);
    }
    // The outcomes first, three to a row as the action keys, then the plain finish and Back.
    QList<ActionButton *> all = m_outcomeKeys;
    all << m_plain << m_back;
    for (qsizetype i = 0; i < all.size(); ++i)
        m_keys->addWidget(all.at(i), int(i / 3), int(i % 3));
}

void OutcomePanel::showDesk()
{
    const QList<ServiceOutcome> &outcomes = m_desk.outcomes();
    QStringList codes;
    bool anyFollowUp = false;
    for (const ServiceOutcome &o : outcomes) {
        codes.append(o.code);
        anyFollowUp = anyFollowUp || o.followUp;
    }
    // Rebuilt when the config changed (names in another language come with a new window).
    if (codes != m_codes)
        rebuildKeys(outcomes);
    m_noteLabel->setVisible(anyFollowUp);
    m_note->setVisible(anyFollowUp);

    const auto &view = m_desk.view();
    const QString code = view && view->current ? view->current->code : QString();
    const bool required = m_desk.outcomeRequired();
    m_title->setText(required ? tr("Outcome of %1 (required): press its number.").arg(code)
                              : tr("Outcome of %1: press its number.").arg(code));
    // A required outcome: the plain key stays to say so when pressed, and finishes nothing.
    m_plain->setTitle(required ? tr("Choose the outcome") : tr("Finish without outcome"));
    m_plain->setVariant(required ? QString() : QStringLiteral("blue"));
    if (!m_desk.isBusy()) {
        const bool enabled = m_desk.isEnabled(CounterAction::Finish);
        for (ActionButton *b : std::as_const(m_outcomeKeys))
            b->setEnabled(enabled);
        m_plain->setEnabled(enabled);
    }
}

void OutcomePanel::reset()
{
    m_note->clear();
}

void OutcomePanel::choose(const QString &code)
{
    m_desk.finish(FinishOptions{code, m_note->text().trimmed()});
}

} // namespace antrian::counter
