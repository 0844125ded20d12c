// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaywindow.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScreen>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcDisplay)

namespace antrian::display {

namespace {
// After the board first shows: long enough for a call announced at start-up to blink
// (4 x 600 ms); the blink is then ended at once, so the picture shows the settled screen.
constexpr int kSettleMs = 2600;

QQuickItem *itemNamed(QQuickItem *root, QStringView name)
{
    if (!root || root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = itemNamed(child, name))
            return found;
    }
    return nullptr;
}
} // namespace

DisplayWindow::DisplayWindow(BoardViewModel *view, DisplayOptions options, QObject *parent)
    : QObject(parent), m_view(view), m_options(std::move(options))
{
}

DisplayWindow::~DisplayWindow() = default;

Outcome DisplayWindow::show()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->setInitialProperties({{QStringLiteral("board"), QVariant::fromValue(m_view)}});
    m_engine->load(QUrl(QStringLiteral("qrc:/Antrian/Display/Main.qml")));
    const auto roots = m_engine->rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
    if (!m_window)
        return Error::storage(tr("the display screen (Main.qml) could not be loaded; see the messages above"));

    const QList<QScreen *> screens = QGuiApplication::screens();
    if (m_options.screen >= 0) {
        if (m_options.screen >= screens.size())
            return Error::badInput(tr("--screen %1: this computer has %n screen(s)", nullptr, int(screens.size()))
                                           .arg(m_options.screen));
        m_window->setScreen(screens.at(m_options.screen));
        m_window->setGeometry(screens.at(m_options.screen)->geometry());
    }
    if (m_options.windowSize.isValid()) {
        m_window->resize(m_options.windowSize);
        m_window->show();
    } else {
        m_window->showFullScreen();
        m_window->setCursor(Qt::BlankCursor); // a TV: nobody points at it
    }
    return Done{};
}

void DisplayWindow::saveScreenshot(const QString &path, std::function<void(int)> done)
{
    auto shoot = [this, path, done] {
        QTimer::singleShot(kSettleMs, this, [this, path, done] {
            if (QQuickItem *newest = m_window ? itemNamed(m_window->contentItem(), u"newestCall") : nullptr)
                QMetaObject::invokeMethod(newest, "settle");
            const QImage image = m_window ? m_window->grabWindow() : QImage();
            if (image.isNull() || !image.save(path, "PNG")) {
                qCCritical(lcDisplay, "could not save the screenshot to %s", qPrintable(path));
                done(4);
                return;
            }
            qCInfo(lcDisplay, "screenshot saved to %s (%dx%d)", qPrintable(path), image.width(), image.height());
            done(0);
        });
    };
    if (m_view->isReady() || !m_view->isAvailable())
        shoot(); // the board, or the out-of-service page
    else
        connect(m_view, &BoardViewModel::boardChanged, this, shoot, Qt::SingleShotConnection);
}

} // namespace antrian::display
