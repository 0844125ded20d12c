// SPDX-License-Identifier: GPL-3.0-or-later
// ActionButton: one big counter action with its key shown on it ("F1  Call next"). The key
// works only while the button is enabled, so a key can never do what the button may not.
#pragma once

#include <QKeySequence>
#include <QPushButton>

class QLabel;

namespace antrian::counter {

class ActionButton : public QPushButton
{
    Q_OBJECT
public:
    // `variant`: "go", "blue", "warn", "danger" or "" (plain), a colour of the theme.
    ActionButton(const QKeySequence &key, const QString &title, const QString &variant, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setVariant(const QString &variant);

private:
    QLabel *m_key = nullptr;
    QLabel *m_title = nullptr;
};

} // namespace antrian::counter
