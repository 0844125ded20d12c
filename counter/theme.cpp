// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QtGlobal>

namespace antrian::counter {

double scaleFor(int height)
{
    return qBound(0.85, height / 768.0, 2.2);
}

QString styleSheet(int height)
{
    const double s = scaleFor(height);
    auto px = [s](double size) { return QString::number(qRound(size * s)) + QStringLiteral("px"); };
    // Colours: navy header, white cards on a light grey page, text near black (contrast
    // above 12:1); each action colour keeps white text above 4.5:1.
    QString css = QStringLiteral(R"(
QWidget#counterWindow { background: #E9EDF3; }
QWidget { font-family: "DejaVu Sans"; color: #111827; font-size: @14@; }
QFrame#header { background: #0B2E59; }
QFrame#header QLabel { color: #FFFFFF; }
QLabel#counterTitle { font-size: @24@; font-weight: bold; }
QLabel#staffName { font-size: @18@; }
QLabel#clockLabel { font-size: @24@; font-weight: bold; }
QLabel#branchState { font-size: @15@; color: #C7D2FE; }
QFrame#ticketCard, QFrame#queueCard, QFrame#loginCard {
    background: #FFFFFF; border: 1px solid #CBD5E1; border-radius: @12@; }
QLabel#ticketCaption { font-size: @22@; font-weight: bold; color: #374151; }
QLabel#ticketCaption[state="called"] { color: #1D4ED8; }
QLabel#ticketCaption[state="serving"] { color: #15803D; }
QLabel#ticketCaption[state="paused"] { color: #B45309; }
QLabel#ticketCode { font-size: @120@; font-weight: bold; color: #0B2E59; }
QLabel#ticketCode[state="idle"] { font-size: @56@; color: #6B7280; }
QLabel#ticketCode[state="paused"] { font-size: @72@; color: #B45309; }
QLabel#ticketService { font-size: @28@; font-weight: bold; }
QLabel#priorityBadge { font-size: @18@; font-weight: bold; color: #FFFFFF; background: #B91C1C;
    border-radius: @6@; padding: @4@ @12@; }
QLabel[kind="factName"] { font-size: @16@; color: #4B5563; }
QLabel[kind="factValue"] { font-size: @24@; font-weight: bold; }
QLabel#ticketHint { font-size: @17@; color: #374151; }
QLabel#ticketService[state="idle"], QLabel#ticketService[state="paused"] { font-size: @22@; color: #1F2937; }
QFrame#messageBar { border-radius: @8@; background: #DBEAFE; }
QFrame#messageBar[error="true"] { background: #B91C1C; }
QLabel#deskMessage { font-size: @18@; font-weight: bold; color: #1E3A8A; }
QFrame#messageBar[error="true"] QLabel { color: #FFFFFF; }
QPushButton[kind="action"] { border-radius: @10@; border: 2px solid #94A3B8; background: #FFFFFF;
    min-height: @52@; padding: @2@ @8@; }
QPushButton[kind="action"]:focus { border: 3px solid #F59E0B; }
QPushButton[kind="action"] QLabel { color: #111827; background: transparent; }
QPushButton[kind="action"] QLabel#actionTitle { font-size: @19@; font-weight: bold; }
QPushButton[kind="action"] QLabel#actionKey { font-size: @14@; font-weight: bold; color: #334155;
    border: 1px solid #64748B; border-radius: @4@; padding: 0 @6@; }
QPushButton[kind="action"][variant="go"] { background: #15803D; border-color: #15803D; }
QPushButton[kind="action"][variant="blue"] { background: #1D4ED8; border-color: #1D4ED8; }
QPushButton[kind="action"][variant="warn"] { background: #B45309; border-color: #B45309; }
QPushButton[kind="action"][variant="danger"] { background: #B91C1C; border-color: #7F1D1D; }
QPushButton[kind="action"][variant="go"] QLabel, QPushButton[kind="action"][variant="blue"] QLabel,
QPushButton[kind="action"][variant="warn"] QLabel, QPushButton[kind="action"][variant="danger"] QLabel { color: #FFFFFF; }
QPushButton[kind="action"][variant="go"] QLabel#actionKey, QPushButton[kind="action"][variant="blue"] QLabel#actionKey,
QPushButton[kind="action"][variant="warn"] QLabel#actionKey, QPushButton[kind="action"][variant="danger"] QLabel#actionKey {
    color: #FFFFFF; border-color: #FFFFFF; }
QPushButton[kind="action"]:disabled { background: #E5E7EB; border-color: #D1D5DB; }
QPushButton[kind="action"] QLabel:disabled { color: #8B95A3; }
QPushButton[kind="action"] QLabel#actionKey:disabled, QPushButton[kind="action"][variant] QLabel#actionKey:disabled {
    color: #8B95A3; border-color: #C4CAD3; }
QLabel#queueTitle { font-size: @22@; font-weight: bold; }
QLabel[kind="serviceChip"] { font-size: @16@; font-weight: bold; background: #E0E7FF; color: #1E3A8A;
    border-radius: @6@; padding: @4@ @10@; }
QListView, QListWidget { border: none; background: #FFFFFF; font-size: @18@; outline: none; }
QListWidget::item { padding: @10@; border-bottom: 1px solid #E5E7EB; }
QListWidget::item:selected { background: #1D4ED8; color: #FFFFFF; }
QLabel#panelHint { font-size: @15@; color: #4B5563; }
QLabel#emptyQueue { font-size: @20@; color: #6B7280; }
QLabel#loginTitle { font-size: @32@; font-weight: bold; color: #0B2E59; }
QLabel#loginBranch { font-size: @18@; color: #374151; }
QLabel[kind="fieldLabel"] { font-size: @18@; font-weight: bold; }
QLineEdit, QComboBox { font-size: @22@; padding: @8@; border: 2px solid #94A3B8; border-radius: @8@;
    background: #FFFFFF; min-height: @36@; }
QLineEdit:focus, QComboBox:focus { border-color: #1D4ED8; }
QComboBox:disabled { color: #111827; background: #F1F5F9; }
QComboBox { padding-right: @52@; } /* the text ends before the arrow, elided, never under it */
QComboBox::drop-down { border: none; width: @44@; subcontrol-origin: border; }
QComboBox::down-arrow { image: url(:/counter/icons/chevron-down.png); width: @22@; height: @22@; }
QComboBox:disabled::drop-down { width: 0px; }
QComboBox QAbstractItemView { font-size: @20@; }
QPushButton#loginButton { font-size: @22@; font-weight: bold; color: #FFFFFF; background: #15803D;
    border: none; border-radius: @10@; min-height: @56@; }
QPushButton#loginButton:disabled { background: #9CA3AF; }
QLabel#loginMessage { font-size: @18@; font-weight: bold; color: #1E3A8A; }
QLabel#loginMessage[error="true"] { color: #B91C1C; }
QPushButton[kind="panelButton"] { font-size: @18@; font-weight: bold; min-height: @48@; border-radius: @8@;
    border: 2px solid #94A3B8; background: #FFFFFF; padding: 0 @16@; }
QPushButton#supervisorLogout { font-size: @18@; font-weight: bold; color: #FFFFFF; background: transparent;
    border: 2px solid #FFFFFF; border-radius: @8@; padding: @6@ @20@; }
QPushButton#supervisorLogout:focus { border-color: #F59E0B; }
QLabel[kind="floorCaption"] { font-size: @17@; font-weight: bold; color: #0B2E59; }
QLabel#floorMessage { font-size: @16@; font-weight: bold; color: #1E3A8A; }
QLabel#floorUpdated { font-size: @14@; color: #1E3A8A; }
QLabel#floorNoAlerts, QLabel#followUpEmpty { font-size: @17@; color: #374151; background: #FFFFFF;
    border: 1px solid #CBD5E1; border-radius: @8@; padding: @12@; }
QTableWidget { font-size: @15@; border: 1px solid #CBD5E1; background: #FFFFFF; gridline-color: #E5E7EB;
    selection-background-color: #1D4ED8; selection-color: #FFFFFF; }
QHeaderView::section { font-size: @14@; font-weight: bold; color: #1F2937; background: #F1F5F9; padding: @4@ @6@;
    border: none; border-bottom: 1px solid #CBD5E1; }
QPushButton[kind="tableButton"] { font-size: @14@; font-weight: bold; color: #1D4ED8; background: #FFFFFF;
    border: 2px solid #1D4ED8; border-radius: @6@; padding: 0 @10@; margin: @2@; }
QTabWidget::pane { border: none; }
QTabBar::tab { font-size: @17@; font-weight: bold; color: #374151; background: #DDE3EC; padding: @8@ @20@;
    border-top-left-radius: @8@; border-top-right-radius: @8@; margin-right: @4@; }
QTabBar::tab:selected { background: #FFFFFF; color: #0B2E59; }
QPushButton[kind="panelButton"][variant="blue"] { background: #1D4ED8; color: #FFFFFF; border-color: #1D4ED8; }
QPushButton[kind="panelButton"]:disabled { background: #E5E7EB; color: #9CA3AF; border-color: #D1D5DB; }
QLabel#outcomeTitle { font-size: @20@; font-weight: bold; color: #0B2E59; }
QLabel#outcomeNoteLabel { font-size: @17@; font-weight: bold; }
QLineEdit#outcomeNote { font-size: @18@; padding: @4@ @8@; min-height: @30@; }
QLabel#staffTitle { font-size: @26@; font-weight: bold; color: #0B2E59; }
QLabel#staffFormTitle { font-size: @22@; font-weight: bold; }
QLabel[kind="handOver"] { font-size: @18@; font-weight: bold; color: #92400E; background: #FEF3C7;
    border-radius: @8@; padding: @10@ @14@; }
QLabel#staffReason { font-size: @16@; color: #4B5563; }
QLabel#staffConfirmText { font-size: @20@; }
QFrame#staffMessageBar { border-radius: @8@; background: #DBEAFE; }
QFrame#staffMessageBar[error="true"] { background: #B91C1C; }
QLabel#staffMessage { font-size: @18@; font-weight: bold; color: #1E3A8A; }
QFrame#staffMessageBar[error="true"] QLabel { color: #FFFFFF; }
QTableView#staffTable { font-size: @17@; background: #FFFFFF; alternate-background-color: #F1F5F9;
    border: 1px solid #CBD5E1; border-radius: @8@; selection-background-color: #1D4ED8; selection-color: #FFFFFF; }
QTableView#staffTable::item { padding: @6@ @10@; }
QHeaderView::section { font-size: @15@; font-weight: bold; color: #374151; background: #E5E7EB; border: none;
    padding: @6@ @10@; }
)");
    // Replace every @N@ with N pixels at this scale.
    QString out;
    out.reserve(css.size());
    qsizetype i = 0;
    while (i < css.size()) {
        if (css.at(i) == u'@') {
            const qsizetype end = css.indexOf(u'@', i + 1);
            out += px(css.mid(i + 1, end - i - 1).toDouble());
            i = end + 1;
        } else {
            out += css.at(i++);
        }
    }
    return out;
}

} // namespace antrian::counter
