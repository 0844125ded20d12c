// SPDX-License-Identifier: GPL-3.0-or-later
#include "outofservicepage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace antrian::counter {

OutOfServicePage::OutOfServicePage(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("outOfServicePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 48, 64, 48);
    layout->setSpacing(20);
    layout->addStretch(1);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("outOfServiceTitle"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("outOfServiceDetail"));
    m_reasonCaption = new QLabel(this);
    m_reasonCaption->setObjectName(QStringLiteral("outOfServiceReasonCaption"));
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("outOfServiceReason"));
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse); // IT copies it into a ticket
    for (QLabel *label : {m_title, m_detail, m_reasonCaption, m_reason}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
        layout->addWidget(label);
    }
    layout->addStretch(2);
    setScale(1.0);
    retranslate();
}

void OutOfServicePage::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

void OutOfServicePage::retranslate()
{
    m_title->setText(tr("This counter is out of service"));
    m_detail->setText(tr("It cannot use the queue database, so no one can be called or served here. "
                         "Please tell your supervisor. The counter comes back by itself as soon as "
                         "the database answers again."));
    m_reasonCaption->setText(tr("Technical reason (for IT):"));
}

void OutOfServicePage::setScale(double scale)
{
    auto px = [scale](int size) { return QString::number(qRound(size * scale)); };
    // Own colours, whatever the window's style sheet says: this page must stand out.
    setStyleSheet(QStringLiteral("QFrame#outOfServicePage { background: #7F1D1D; }"
                                 "QLabel { color: #FFFFFF; background: transparent; }"
                                 "QLabel#outOfServiceTitle { font-size: %1px; font-weight: bold; }"
                                 "QLabel#outOfServiceDetail { font-size: %2px; }"
                                 "QLabel#outOfServiceReasonCaption { font-size: %3px; color: #FECACA; }"
                                 "QLabel#outOfServiceReason { font-size: %3px; font-family: \"DejaVu Sans Mono\"; }")
                          .arg(px(40), px(22), px(16)));
}

} // namespace antrian::counter
