// SPDX-License-Identifier: GPL-3.0-or-later
// FloorPage: the live floor as a supervisor watches it (FloorModel's view, nothing computed
// again): each service against its standards, every counter with whom it serves, and the
// alerts with a "Handled" key each. The actions (pause or resume a service, send its line to
// another, release a counter) ask to be confirmed first, saying what will happen; their
// answers show on the page's message line.
#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QMessageBox;
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
    QMessageBox *confirmation() const { return m_confirm; }

private:
    void showFloor();
    void showServices();
    void showCounters();
    void showAlerts();
    void showActions();
    QString selectedService() const;
    int selectedCounter() const;
    // Asks `question`; runs `action` once confirmed with `yes`.
    void confirm(const QString &question, const QString &yes, std::function<void()> action);

    void pauseOrResume();
    void sendWaiting();
    void release();

    FloorModel &m_model;
    QFrame *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_updated = nullptr;
    QTableWidget *m_services = nullptr;
    QTableWidget *m_counters = nullptr;
    QTableWidget *m_alerts = nullptr;
    QLabel *m_noAlerts = nullptr;
    QPushButton *m_pause = nullptr;
    QComboBox *m_sendTarget = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_release = nullptr;
    QMessageBox *m_confirm = nullptr;
};

} // namespace antrian::counter
