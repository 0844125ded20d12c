// SPDX-License-Identifier: GPL-3.0-or-later
// CounterState: what a counter is doing now, as the board, the status and the counter screens
// show it. Stored in counters.state ("open", "paused", "closed") and sent as those words in JSON.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace antrian {

enum class CounterState {
    Open,   // someone logged in and not on a break
    Paused, // on a break
    Closed, // nobody logged in
};

QString counterStateKey(CounterState state);
std::optional<CounterState> counterStateFromKey(QStringView key);
QStringList counterStateKeys();

} // namespace antrian
