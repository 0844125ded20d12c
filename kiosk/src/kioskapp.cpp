// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskapp.h"

#include "printservice.h"

#include "core/result.h"
#include "staff/staffworker.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QQuickWindow>
#include <QScreen>
#include <QTimer>

namespace antrian::kiosk {

namespace {
// lupdate files these strings under "KioskApp", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KioskApp)
};
} // namespace

KioskApp::KioskApp(QString dbLocation, const Clock &clock, BranchConfig branch, QString language,
                   KioskOptions options, KioskTimings timings, RatingPadTimings padTimings, QObject *parent)
    : QObject(parent),
      m_location(std::move(dbLocation)),
      m_clock(clock),
      m_branch(std::move(branch)),
      m_language(std::move(language)),
      m_options(std::move(options)),
      m_timings(timings),
      m_padTimings(padTimings)
{
    m_timings.returnSeconds = m_options.returnSeconds;
}

KioskApp::~KioskApp()
{
    // The window goes first: QML bindings must not outlive the controller they read.
    m_engine.reset();
    m_pad.reset();
    m_controller.reset();
    if (m_kioskCursor)
        QGuiApplication::restoreOverrideCursor();
}

Outcome KioskApp::start()
{
    // A database that cannot be used now is no reason to stop: the kiosk shows its
    // out-of-service page and connects when the database is back.
    m_worker = std::make_unique<QueueWorker>(m_location, m_clock);
    if (Outcome started = m_worker->start(DatabaseThread::Opening::WaitForDatabase); !started)
        return started;
    m_feed = std::make_unique<FeedThread>(m_location);
    m_printer = std::make_unique<PrintService>(PrintService::transportFor(m_options.printer));
    qCInfo(lcKiosk, "printer: %s", qPrintable(m_printer->describe()));
    m_controller = std::make_unique<KioskController>(*m_worker, &m_feed->feed(), *m_printer, m_clock, m_branch,
                                                     m_language, m_timings);
    if (m_options.isRatingPad()) {
        m_staff = std::make_unique<StaffWorker>(m_location, m_clock);
        if (Outcome started = m_staff->start(DatabaseThread::Opening::WaitForDatabase); !started)
            return started;
        m_pad = std::make_unique<RatingPadController>(*m_worker, m_staff.get(), &m_feed->feed(), m_options.ratingPad,
                                                      m_branch, m_language, m_padTimings);
        connect(m_controller.get(), &KioskController::languageChanged, m_pad.get(),
                [this] { m_pad->setLanguage(m_controller->language()); });
        // The next customer starts in the branch's language.
        connect(m_pad.get(), &RatingPadController::wentIdle, m_controller.get(),
                [this] { m_controller->switchLanguage(m_language); });
    }
    m_feed->follow(); // once the controller listens: the feed's signals come from its own thread

    m_engine = std::make_unique<QQmlApplicationEngine>();
    connect(m_controller.get(), &KioskController::languageChanged, m_engine.get(), &QQmlEngine::retranslate);
    QVariantMap properties{{QStringLiteral("kiosk"), QVariant::fromValue(m_controller.get())},
                           {QStringLiteral("logoSource"),
                            m_options.logo.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_options.logo)},
                           {QStringLiteral("width"), m_options.size.width()},
                           {QStringLiteral("height"), m_options.size.height()}};
    if (m_pad)
        properties.insert(QStringLiteral("pad"), QVariant::fromValue(m_pad.get()));
    m_engine->setInitialProperties(properties);
    m_engine->load(QUrl(QStringLiteral("qrc:/Antrian/Kiosk/Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        return Error::storage(Tr::tr("the kiosk screen could not be loaded (see the messages above)"));
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window)
        return Error::storage(Tr::tr("the kiosk screen is not a window"));
    m_window->installEventFilter(this);
    if (m_options.kioskMode)
        enterKioskMode();
    else
        m_window->show();
    m_controller->start();
    return Done{};
}

void KioskApp::enterKioskMode()
{
    m_window->setFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    m_kioskCursor = true;
    // Under a kiosk compositor (cage) or a bare X server there is no window manager to honour
    // "full screen": the window covers its screen by itself, and follows it if it changes.
    if (QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen()) {
        m_window->setGeometry(screen->geometry());
        connect(screen, &QScreen::geometryChanged, m_window, [this](const QRect &geometry) { m_window->setGeometry(geometry); });
    }
    m_window->showFullScreen();
}

bool KioskApp::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::TouchBegin:
        case QEvent::MouseButtonPress:
            m_controller->touched();
            if (m_pad)
                m_pad->touched();
            break;
        case QEvent::Close:
            if (m_options.kioskMode) {
                // Alt+F4 and the window manager's close: a kiosk stays. Stop it with the
                // service manager (systemctl stop) or a signal.
                event->ignore();
                return true;
            }
            break;
        case QEvent::KeyPress:
        case QEvent::ShortcutOverride:
            if (m_options.kioskMode) {
                const auto *key = static_cast<QKeyEvent *>(event);
                if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_F4
                    || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
                    return true;
            }
            break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void KioskApp::showPadScreen()
{
    switch (m_options.screen) {
    case KioskOptions::Screen::PadFaces: m_pad->showPreview(RatingPadController::Screen::Faces); break;
    case KioskOptions::Screen::PadSkm: m_pad->showPreview(RatingPadController::Screen::Skm); break;
    case KioskOptions::Screen::PadThanks: m_pad->showPreview(RatingPadController::Screen::Thanks); break;
    default: break; // idle, as it starts
    }
}

void KioskApp::saveScreenshot(const QString &path, std::function<void(int)> done)
{
    // Settles once the first status is in, then gives the scene time to lay out and draw.
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll, path, done] {
        const auto screen = m_controller->screen();
        const bool outOfService = screen == KioskController::Screen::OutOfService;
        if (!m_controller->hasStatus() && !outOfService)
            return;
        poll->stop();
        poll->deleteLater();
        if (outOfService) {
            // Whatever --screen asked for, this is the screen a customer would see now.
            qCWarning(lcKiosk, "out of service: %s", qPrintable(m_controller->outOfServiceReason()));
        } else if (m_pad) {
            showPadScreen();
        } else if (m_options.screen == KioskOptions::Screen::Closed && screen != KioskController::Screen::Closed) {
            qCCritical(lcKiosk, "--screen closed: the branch takes tickets at this time; pick a --now outside its hours");
            done(2);
            return;
        } else if (m_options.screen == KioskOptions::Screen::Ticket
                   && !m_controller->showPreview(m_controller->firstAvailableService())) {
            qCCritical(lcKiosk, "--screen ticket: no service takes tickets at this time; pick a --now within its hours");
            done(2);
            return;
        }
        QTimer::singleShot(400, this, [this, path, done] {
            const QImage image = m_window->grabWindow();
            if (image.isNull() || !image.save(path, "PNG")) {
                qCCritical(lcKiosk, "could not save the screenshot to %s", qPrintable(path));
                done(4);
                return;
            }
            qCInfo(lcKiosk, "screenshot saved to %s (%dx%d)", qPrintable(path), image.width(), image.height());
            done(0);
        });
    });
    poll->start();
}

} // namespace antrian::kiosk
