// SPDX-License-Identifier: GPL-3.0-or-later
// KioskApp: the kiosk put together: the queue worker (every write off the screen's thread), the
// change feed, the printer, the view-model and the QML window; kiosk mode and --screenshot. With
// --rating-pad the same shell (database watch, language, kiosk mode) shows the rating pad of one
// counter (RatingPadController) instead of the ticket screens.
// main() builds one from the command line; the UI tests build one on their own database.
#pragma once

#include "kioskcontroller.h"
#include "kioskoptions.h"
#include "ratingpad.h"

#include "core/clock.h"
#include "feed/feedthread.h"
#include "queue/queueworker.h"

#include <QObject>
#include <QQmlApplicationEngine>

#include <functional>
#include <memory>

class QQuickWindow;

namespace antrian {
class StaffWorker;
}

namespace antrian::kiosk {

class PrintService;

class KioskApp : public QObject
{
    Q_OBJECT
public:
    // `clock` must outlive the app.
    KioskApp(QString dbLocation, const Clock &clock, BranchConfig branch, QString language, KioskOptions options,
             KioskTimings timings = {}, RatingPadTimings padTimings = {}, QObject *parent = nullptr);
    ~KioskApp() override;

    // Opens the database on the worker, starts the feed, loads the window and shows it. A
    // database that cannot be used is not a failure: the out-of-service page shows instead.
    Outcome start();

    KioskController *controller() { return m_controller.get(); }
    // The rating pad's view-model; null unless --rating-pad.
    RatingPadController *pad() { return m_pad.get(); }
    QQuickWindow *window() const { return m_window; }
    PrintService &printer() { return *m_printer; }

    // Waits for the screen --screen asks for, saves it as a PNG at `path`, then calls `done`
    // with the exit code (0 saved; 2 the screen cannot be shown now; 4 not saved).
    void saveScreenshot(const QString &path, std::function<void(int)> done);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enterKioskMode();
    void showPadScreen(); // the --screen of a rating pad, about a made-up ticket

    QString m_location;
    const Clock &m_clock;
    BranchConfig m_branch;
    QString m_language;
    KioskOptions m_options;
    KioskTimings m_timings;
    RatingPadTimings m_padTimings;
    std::unique_ptr<QueueWorker> m_worker;
    std::unique_ptr<FeedThread> m_feed;
    std::unique_ptr<PrintService> m_printer;
    std::unique_ptr<KioskController> m_controller;
    std::unique_ptr<StaffWorker> m_staff; // names who served, for the pad
    std::unique_ptr<RatingPadController> m_pad;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    bool m_kioskCursor = false;
};

} // namespace antrian::kiosk
