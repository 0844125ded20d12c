// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementwatchdog.h"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include <sys/socket.h>

namespace antrian {

struct StatementWatchdog::State
{
    using Clock = std::chrono::steady_clock;
    struct Armed
    {
        int socket;
        Clock::time_point deadline;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::map<int, Armed> armed;
    int nextToken = 1;
    // When the thread looks next by itself. A statement armed with a later deadline needs no
    // wake-up: the thread finds it then. Waking it for every statement cost each one a switch
    // to this thread and back (on PostgreSQL about half of an issue's time, bench_core).
    Clock::time_point wakeAt = Clock::time_point::max();

    void run()
    {
        std::unique_lock lock(mutex);
        while (true) {
            if (armed.empty()) {
                wakeAt = Clock::time_point::max();
                changed.wait(lock);
                continue;
            }
            auto first = armed.begin();
            for (auto it = armed.begin(); it != armed.end(); ++it) {
                if (it->second.deadline < first->second.deadline)
                    first = it;
            }
            if (Clock::now() < first->second.deadline) {
                wakeAt = first->second.deadline;
                changed.wait_until(lock, wakeAt);
                continue;
            }
            // Past its deadline: the statement's call returns as from a closed connection.
            ::shutdown(first->second.socket, SHUT_RDWR);
            armed.erase(first);
        }
    }
};

StatementWatchdog::StatementWatchdog() : m_state(new State)
{
    std::thread([state = m_state] { state->run(); }).detach();
}

StatementWatchdog &StatementWatchdog::instance()
{
    static StatementWatchdog watchdog;
    return watchdog;
}

int StatementWatchdog::arm(int socket, int ms)
{
    std::lock_guard lock(m_state->mutex);
    const int token = m_state->nextToken++;
    const auto deadline = State::Clock::now() + std::chrono::milliseconds(ms);
    m_state->armed[token] = {socket, deadline};
    if (deadline < m_state->wakeAt) {
        m_state->wakeAt = deadline;
        m_state->changed.notify_one();
    }
    return token;
}

void StatementWatchdog::disarm(int token)
{
    std::lock_guard lock(m_state->mutex);
    m_state->armed.erase(token);
}

} // namespace antrian
