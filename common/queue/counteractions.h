// SPDX-License-Identifier: GPL-3.0-or-later
// CounterAction: what the person at a counter can do, and when each is allowed given what
// the counter holds. The screen enables a button only when isAllowed() says so; the engine
// still decides, and tst_counterqueue checks the two agree in every state.
#pragma once

#include "counterqueue.h"

namespace antrian {

enum class CounterAction {
    CallNext,
    Recall,
    Start,
    Finish,
    NoShow,
    Transfer,
    Pause,
    Resume,
    Reinstate,
    Logout,
};

bool isAllowed(CounterAction action, const CounterView &view);

} // namespace antrian
