// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuppage.h"

#include "floormodel.h"

#include "core/translation.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace antrian::counter {

namespace {
enum Column { ColCode, ColService, ColCounter, ColStaff, ColFinished, ColOutcome, ColNote, ColClose, ColumnCount };
} // namespace

FollowUpPage::FollowUpPage(FloorModel &model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("followUpPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("followUpMessage"));
    m_message->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("followUpTable"));
    m_table->setHorizontalHeaderLabels({tr("Ticket"), tr("Service"), tr("Counter"), tr("Staff"), tr("Finished at"),
                                        tr("Outcome"), tr("Note"), QString()});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ColNote, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_empty = new QLabel(tr("No follow-ups open. Tickets finished with an outcome that needs a follow-up are listed here."), this);
    m_empty->setObjectName(QStringLiteral("followUpEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addStretch(0);
    connect(&m_model, &FloorModel::changed, this, &FollowUpPage::showList);
    showList();
}

void FollowUpPage::showList()
{
    m_message->setText(m_model.message());
    const FloorView &v = m_model.view();
    const QString lang = currentLanguage();
    const QTimeZone zone = v.branch.calendar.timeZone;
    const QLocale locale = currentLocale();
    m_table->setRowCount(int(v.followUps.size()));
    for (int row = 0; row < v.followUps.size(); ++row) {
        const Ticket &t = v.followUps.at(row).ticket;
        const ServiceConfig *service = v.branch.service(t.serviceCode);
        const CounterConfig *counter = v.branch.counter(t.counterNumber);
        const ServiceOutcome *outcome = v.branch.outcome(t.outcome);
        const QString outcomeName = outcome ? (lang == u"en" && !outcome->nameEn.isEmpty() ? outcome->nameEn : outcome->name)
                                            : t.outcome;
        const QStringList cells{
                t.code,
                service ? QStringLiteral("%1 · %2").arg(t.serviceCode, service->displayName(lang)) : t.serviceCode,
                counter ? QStringLiteral("%1 · %2").arg(t.counterNumber).arg(counter->displayName(lang))
                        : QString::number(t.counterNumber),
                v.followUps.at(row).staffName.isEmpty() ? QStringLiteral("—") : v.followUps.at(row).staffName,
                t.finishedAt.isValid() ? locale.toString(t.finishedAt.toTimeZone(zone), QStringLiteral("d MMM HH:mm")) : QString(),
                outcomeName,
                t.outcomeNote.isEmpty() ? QStringLiteral("—") : t.outcomeNote,
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column)); // a long note whole
            m_table->setItem(row, column, item);
        }
        auto *cell = new QWidget(m_table);
        auto *cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(2, 0, 2, 0);
        auto *close = new QPushButton(tr("Close"), cell);
        cellLayout->addWidget(close);
        cellLayout->addStretch(1);
        close->setObjectName(QStringLiteral("closeFollowUp"));
        close->setProperty("kind", QStringLiteral("tableButton"));
        close->setProperty("code", t.code);
        const QString code = t.code;
        connect(close, &QPushButton::clicked, this, [this, code] { askClose(code); });
        m_table->setCellWidget(row, ColClose, cell);
    }
    m_table->setVisible(!v.followUps.isEmpty());
    m_empty->setVisible(v.followUps.isEmpty());
}

void FollowUpPage::askClose(const QString &code)
{
    if (m_confirm)
        m_confirm->deleteLater();
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Confirm"),
                                tr("Close the follow-up of %1? It leaves this list, recorded as closed by you.").arg(code),
                                QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("followUpConfirm"));
    QPushButton *ok = m_confirm->addButton(tr("Close follow-up"), QMessageBox::AcceptRole);
    ok->setObjectName(QStringLiteral("confirmYes"));
    QPushButton *no = m_confirm->addButton(tr("Cancel"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("confirmNo"));
    m_confirm->setDefaultButton(no);
    QMessageBox *box = m_confirm;
    connect(box, &QMessageBox::finished, this, [this, box, ok, code] {
        if (box->clickedButton() == ok)
            m_model.closeFollowUp(code);
        if (m_confirm == box)
            m_confirm = nullptr;
        box->deleteLater();
    });
    box->open();
}

} // namespace antrian::counter
