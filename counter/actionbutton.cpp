// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionbutton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QStyle>

namespace antrian::counter {

ActionButton::ActionButton(const QKeySequence &key, const QString &title, const QString &variant, QWidget *parent)
    : QPushButton(parent)
{
    setProperty("kind", QStringLiteral("action"));
    setProperty("variant", variant);
    // A QShortcut rather than setShortcut(): that one animates a click and acts 100 ms later.
    auto *shortcut = new QShortcut(key, this);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (isEnabled() && isVisible())
            click();
    });
    // The F-keys are the keyboard's way in; focus stays in the lists and fields.
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(10);
    m_key = new QLabel(key.toString(QKeySequence::NativeText), this);
    m_key->setObjectName(QStringLiteral("actionKey"));
    m_key->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setWordWrap(true);
    m_title->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(m_key, 0, Qt::AlignVCenter);
    layout->addWidget(m_title, 1, Qt::AlignVCenter);
    setAccessibleName(title);
    setToolTip(QStringLiteral("%1 (%2)").arg(title, key.toString(QKeySequence::NativeText)));
}

void ActionButton::setTitle(const QString &title)
{
    if (m_title->text() == title)
        return;
    m_title->setText(title);
    setAccessibleName(title);
    setToolTip(QStringLiteral("%1 (%2)").arg(title, m_key->text()));
}

QString ActionButton::title() const
{
    return m_title->text();
}

void ActionButton::setVariant(const QString &variant)
{
    if (property("variant").toString() == variant)
        return;
    setProperty("variant", variant);
    // Property selectors in the style sheet are only looked at again after a re-polish.
    for (QWidget *w : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_title)}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

} // namespace antrian::counter
