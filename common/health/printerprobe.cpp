// SPDX-License-Identifier: GPL-3.0-or-later
#include "printerprobe.h"

#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace antrian {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Waits for `events` on `fd` for at most `ms`; false on timeout or error.
bool waitFor(int fd, short events, int ms)
{
    pollfd p{fd, events, 0};
    int r;
    do {
        r = ::poll(&p, 1, ms);
    } while (r < 0 && errno == EINTR);
    return r > 0 && (p.revents & events);
}

// Sends the status query and reads what comes back within the deadline.
void askStatus(int fd, PrinterAnswer &a)
{
    const QByteArray query = EscPosStatus::query();
    if (!waitFor(fd, POLLOUT, kPrinterAnswerTimeoutMs) || ::write(fd, query.constData(), size_t(query.size())) != query.size())
        return;
    QByteArray reply;
    QElapsedTimer waited;
    waited.start();
    while (reply.size() < EscPosStatus::kReplySize) {
        const int left = kPrinterAnswerTimeoutMs - int(waited.elapsed());
        if (left <= 0 || !waitFor(fd, POLLIN, left))
            break;
        char buffer[16];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        reply.append(buffer, n);
    }
    a.condition = EscPosStatus::interpret(reply);
    a.answered = a.condition.level != PrinterCondition::Level::Unknown;
}

} // namespace

PrinterAnswer probeEscPosTcp(const QString &host, int port)
{
    PrinterAnswer a;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int resolved = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found);
    if (resolved != 0) {
        a.error = QString::fromLocal8Bit(::gai_strerror(resolved));
        return a;
    }
    for (addrinfo *ai = found; ai && !a.reached; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0) {
            a.error = systemError(errno);
            continue;
        }
        int error = 0;
        if (::connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                error = ETIMEDOUT;
                if (waitFor(fd, POLLOUT, kPrinterConnectTimeoutMs)) {
                    socklen_t size = sizeof error;
                    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
                }
            }
        }
        if (error == 0) {
            a.reached = true;
            a.error.clear();
            askStatus(fd, a);
        } else {
            a.error = systemError(error);
        }
        ::close(fd);
    }
    ::freeaddrinfo(found);
    return a;
}

PrinterAnswer probeEscPosDevice(const QString &path)
{
    PrinterAnswer a;
    // Non-blocking: opening or writing a device whose printer is off must not wait for it.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        a.error = systemError(errno);
        return a;
    }
    a.reached = true;
    // A plain file (a spool file, a test's) collects tickets: a query written there would
    // end up on paper, so it is only asked of a device.
    struct stat st;
    if (::fstat(fd, &st) == 0 && !S_ISREG(st.st_mode))
        askStatus(fd, a);
    ::close(fd);
    return a;
}

} // namespace antrian
