// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterstate.h"

#include "core/vocabulary.h"

namespace antrian {

namespace {
constexpr Words<CounterState, 3> kCounterStates{{
        {CounterState::Open, u"open"},
        {CounterState::Paused, u"paused"},
        {CounterState::Closed, u"closed"},
}};
} // namespace

QString counterStateKey(CounterState state) { return wordOf(kCounterStates, state); }
std::optional<CounterState> counterStateFromKey(QStringView key) { return valueOf(kCounterStates, key); }
QStringList counterStateKeys() { return allWords(kCounterStates); }

} // namespace antrian
