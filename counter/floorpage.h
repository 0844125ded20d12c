// SPDX-License-Identifier: GPL-3.0-or-later
// FloorPage: the live floor as a supervisor watches it (FloorModel's view, nothing computed
// again): the alerts with a "Handled" key each, each service against its standards, every
// counter with whom it serves. Each row carries its own keys (pause or resume a service, send
// its line to another, release a counter), and each asks to be confirmed first, saying what
// will happen; the answers show on the page's message line.
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QDialog;
class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;

namespace antrian::counter {

class FloorModel;

class FloorPage : public QWidget
{
    Q_OBJECT
public:
    explicit FloorPage(FloorModel &model, QWidget *parent = nullptr);

    // The confirmation showing now, if any (tests press its keys).
    QDialog *confirmation() const { return m_confirm; }

private:
    void showFloor();
    void showServices();
    void showCounters();
    void showAlerts();
    // Asks `question`; runs `action` once confirmed with `yes`. `choice`, if given, is shown
    // under the question (the service to send a line to).
    void confirm(const QString &question, const QString &yes, std::function<void()> action, QComboBox *choice = nullptr);

    void pauseOrResume(const QString &serviceCode);
    void sendWaiting(const QString &serviceCode);
    void release(int counter);

    FloorModel &m_model;
    QFrame *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_updated = nullptr;
    QTableWidget *m_services = nullptr;
    QTableWidget *m_counters = nullptr;
    QTableWidget *m_alerts = nullptr;
    QLabel *m_noAlerts = nullptr;
    QDialog *m_confirm = nullptr;
};

} // namespace antrian::counter
