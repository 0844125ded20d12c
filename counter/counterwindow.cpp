// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterwindow.h"


#include "counterbackend.h"
#include "deskmodel.h"
#include "deskpage.h"
#include "floormodel.h"
#include "loginmodel.h"
#include "loginpage.h"
#include "outofservicepage.h"
#include "staffmodel.h"
#include "staffpage.h"
#include "supervisorpage.h"
#include "theme.h"

#include "calendar/branchcalendar.h"
#include "calendar/branchstate.h"
#include "storage/database.h"
#include "core/translation.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace antrian::counter {

CounterWindow::CounterWindow(CounterBackend &backend, const BranchConfig &branch, int fixedCounter, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_branch(branch)
{
    setObjectName(QStringLiteral("counterWindow"));
    setWindowTitle(tr("Antrian counter"));
    m_login = new LoginModel(backend, fixedCounter, this);
    m_desk = new DeskModel(backend, this);
    m_floor = new FloorModel(backend, this);
    m_staffModel = new StaffModel(backend, this);
    m_staffModel->setTimeZone(m_branch.calendar.timeZone);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("header"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(24, 8, 24, 8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("counterTitle"));
    m_staff = new QLabel(header);
    m_staff->setObjectName(QStringLiteral("staffName"));
    titles->addWidget(m_title);
    titles->addWidget(m_staff);
    auto *times = new QVBoxLayout;
    times->setSpacing(0);
    m_clock = new QLabel(header);
    m_clock->setObjectName(QStringLiteral("clockLabel"));
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_branchState = new QLabel(header);
    m_branchState->setObjectName(QStringLiteral("branchState"));
    m_branchState->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    times->addWidget(m_clock);
    times->addWidget(m_branchState);
    m_supervisorLogout = new QPushButton(tr("Log out"), header);
    m_supervisorLogout->setObjectName(QStringLiteral("supervisorLogout"));
    m_supervisorLogout->setVisible(false);
    headerLayout->addLayout(titles, 1);
    headerLayout->addWidget(m_supervisorLogout);
    headerLayout->addSpacing(24);
    headerLayout->addLayout(times);

    m_pages = new QStackedWidget(this);
    m_loginPage = new LoginPage(*m_login, m_branch.name, m_pages);
    m_deskPage = new DeskPage(*m_desk, m_pages);
    m_deskPage->setTimeZone(m_branch.calendar.timeZone);
    m_outOfServicePage = new OutOfServicePage(m_pages);
    m_supervisorPage = new SupervisorPage(*m_floor, new StaffPage(*m_staffModel), m_pages);
    m_pages->addWidget(m_loginPage);
    m_pages->addWidget(m_deskPage);
    m_pages->addWidget(m_supervisorPage);
    m_pages->addWidget(m_outOfServicePage);
    layout->addWidget(header);
    layout->addWidget(m_pages, 1);

    connect(m_login, &LoginModel::loggedIn, this, [this](const CounterSession &session) {
        m_desk->begin(session);
        showWorkPage(m_deskPage);
        m_loginPage->reset();
        showHeader();
    });
    connect(m_login, &LoginModel::supervisorSignedIn, this, [this](const StaffMember &supervisor) {
        m_floor->begin(supervisor);
        m_staffModel->setActor(supervisor);
        showWorkPage(m_supervisorPage);
        m_loginPage->reset();
        showHeader();
    });
    connect(m_supervisorLogout, &QPushButton::clicked, this, &CounterWindow::supervisorLogout);
    connect(m_desk, &DeskModel::loggedOut, this, [this](const QString &reason, bool isError) {
        showWorkPage(m_loginPage);
        m_login->setNotice(reason.isEmpty() ? tr("You are logged out. The counter is closed until someone logs in.")
                                            : reason,
                           isError);
        m_login->refreshSeats();
        m_loginPage->reset();
        showHeader();
        if (m_closing)
            close();
    });
    connect(m_login, &LoginModel::changed, this, [this] { m_deskPage->setSeats(m_login->seats()); });

    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &CounterWindow::showHeader);
    m_clockTimer->start();

    connect(&m_backend.watch(), &DatabaseWatch::outOfServiceChanged, this, &CounterWindow::onServiceChanged);

    resize(1366, 768);
    applyScale();
    showHeader();
    if (m_backend.watch().isOutOfService())
        onServiceChanged(true);
    m_login->refreshSeats();
}

CounterWindow::~CounterWindow() = default;

QWidget *CounterWindow::currentPage() const
{
    return m_pages->currentWidget();
}

QWidget *CounterWindow::workPage() const
{
    if (m_desk->isActive())
        return m_deskPage;
    if (m_floor->isActive())
        return m_supervisorPage;
    return m_loginPage;
}

void CounterWindow::supervisorLogout()
{
    // Signing in claimed nothing: leaving needs no write.
    m_floor->end();
    m_staffModel->setActor(StaffMember{});
    showWorkPage(m_loginPage);
    m_login->setNotice(tr("You are signed out of the floor."), false);
    m_login->refreshSeats();
    m_loginPage->reset();
    showHeader();
}

void CounterWindow::showWorkPage(QWidget *page)
{
    if (m_backend.watch().isOutOfService())
        return; // the out-of-service page stays until the database is back
    m_pages->setCurrentWidget(page);
}

void CounterWindow::onServiceChanged(bool outOfService)
{
    if (outOfService) {
        m_outOfServicePage->setReason(m_backend.watch().reason());
        m_pages->setCurrentWidget(m_outOfServicePage);
        return;
    }
    m_pages->setCurrentWidget(workPage());
    // Whatever happened meanwhile: the branch (its setup may be another file's now), the
    // seats, the session and the queue are read again.
    m_backend.queue().run<Result<BranchConfig>>(
            [](QueueEngine &e) -> Result<BranchConfig> {
                auto branch = e.branch();
                if (!branch)
                    return branch.error();
                return branch->config;
            },
            this, [this](Result<BranchConfig> branch) {
                if (!branch)
                    return;
                m_branch = *branch;
                m_deskPage->setTimeZone(m_branch.calendar.timeZone);
                m_staffModel->setTimeZone(m_branch.calendar.timeZone);
                showHeader();
            });
    auto readAgain = [this] {
        m_login->refreshSeats();
        if (m_desk->isActive()) {
            m_desk->heartbeat();
            m_desk->refresh();
        }
        m_floor->refresh();
    };
    readAgain();
    // The workers' connections reopen a lost file a moment after they saw it go: once more then.
    QTimer::singleShot(Database::kReconnectMs + 100, this, readAgain);
}

void CounterWindow::showHeader()
{
    if (m_backend.watch().isOutOfService())
        m_outOfServicePage->setReason(m_backend.watch().reason()); // a newer cause, if any
    const QDateTime now = m_backend.clock().nowUtc();
    const BranchCalendar calendar(m_branch.calendar);
    const QLocale locale = currentLocale();
    m_clock->setText(locale.toString(calendar.toLocal(now), QStringLiteral("ddd d MMM  HH:mm")));
    if (m_backend.watch().isOutOfService()) {
        m_branchState->setText(tr("Out of service"));
    } else {
        // In the kiosk's and the display's words: open, past the last ticket, closed, a holiday.
        m_branchState->setText(branchStateAt(calendar, now).summary);
    }
    if (m_desk->isActive()) {
        const CounterSession &s = m_desk->session();
        const CounterConfig *c = m_branch.counter(s.counterNumber);
        m_title->setText(c && !c->name.isEmpty() && c->name != tr("Counter %1").arg(s.counterNumber)
                                 ? tr("Counter %1 · %2").arg(s.counterNumber).arg(c->name)
                                 : tr("Counter %1").arg(s.counterNumber));
        m_staff->setText(s.role == StaffRole::Supervisor ? tr("%1 · supervisor").arg(s.fullName) : s.fullName);
    } else if (m_floor->isActive()) {
        const StaffMember &s = m_floor->supervisor();
        m_title->setText(tr("%1 · the floor").arg(m_branch.name));
        m_staff->setText(tr("%1 · supervisor").arg(s.fullName.isEmpty() ? s.username : s.fullName));
    } else {
        m_title->setText(m_branch.name);
        m_staff->setText(tr("Counter station"));
    }
    // Signing out of the floor needs no database; it waits with the page for the database to be back.
    m_supervisorLogout->setVisible(m_floor->isActive() && !m_desk->isActive() && !m_backend.watch().isOutOfService());
}

void CounterWindow::applyScale()
{
    // Style sheets are not cheap to apply: only when the height changed noticeably.
    if (m_styledHeight > 0 && qAbs(height() - m_styledHeight) < m_styledHeight / 20)
        return;
    m_styledHeight = height();
    setStyleSheet(counter::styleSheet(height()));
    m_deskPage->setScale(scaleFor(height()));
    m_outOfServicePage->setScale(scaleFor(height()));
}

void CounterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void CounterWindow::closeEvent(QCloseEvent *event)
{
    // Leaving properly closes the counter for the display and the estimates; a counter that
    // still holds a customer is left as it is for whoever logs in next.
    if (!m_closing && m_desk->isActive() && m_desk->isEnabled(CounterAction::Logout)) {
        m_closing = true;
        event->ignore();
        m_desk->logout();
        // Should the database not answer, the window still closes.
        QTimer::singleShot(3000, this, [this] { close(); });
        return;
    }
    event->accept();
}

} // namespace antrian::counter
