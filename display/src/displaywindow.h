// SPDX-License-Identifier: GPL-3.0-or-later
// DisplayWindow: the QML window of the lobby TV (qrc:/Antrian/Display/Main.qml) bound to the
// board view-model: full screen on the chosen screen, or a window of a given size, and the
// --screenshot that renders it to a PNG.
#pragma once

#include "boardviewmodel.h"
#include "displayoptions.h"

#include "core/result.h"

#include <QObject>
#include <QQmlApplicationEngine>

#include <functional>
#include <memory>

class QQuickWindow;

namespace antrian::display {

class DisplayWindow : public QObject
{
    Q_OBJECT
public:
    DisplayWindow(BoardViewModel *view, DisplayOptions options, QObject *parent = nullptr);
    ~DisplayWindow() override;

    // Loads the QML and shows the window.
    Outcome show();
    QQuickWindow *window() const { return m_window; }

    // Once the board is on screen, saves the window as a PNG at `path` and calls `done` with
    // the exit code (0 saved, 4 not saved).
    void saveScreenshot(const QString &path, std::function<void(int)> done);

private:
    BoardViewModel *m_view;
    DisplayOptions m_options;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace antrian::display
