// SPDX-License-Identifier: GPL-3.0-or-later
// OutOfServicePage: what the counter shows, over the whole window, while it cannot use the
// queue database (not found, unreadable, unwritable, or removed under it): that serving is
// paused, what to do, and the technical reason for whoever comes to fix it. The window puts
// it up and takes it down as CounterBackend's DatabaseWatch says.
#pragma once

#include <QFrame>

class QLabel;

namespace antrian::counter {

class OutOfServicePage : public QFrame
{
    Q_OBJECT
public:
    explicit OutOfServicePage(QWidget *parent = nullptr);

    // The storage layer's words, shown as they are (for staff and IT).
    void setReason(const QString &reason);
    void retranslate();
    void setScale(double scale);

private:
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_reasonCaption = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace antrian::counter
