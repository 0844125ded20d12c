// SPDX-License-Identifier: GPL-3.0-or-later
#include "counteractions.h"

namespace antrian {

bool isAllowed(CounterAction action, const CounterView &view)
{
    const bool holds = view.current.has_value();
    const bool called = holds && view.current->status == TicketStatus::Called;
    const bool serving = holds && view.current->status == TicketStatus::Serving;
    const bool paused = view.state == CounterState::Paused;
    switch (action) {
    case CounterAction::CallNext: return !holds && !paused && !view.queue.isEmpty();
    case CounterAction::Recall:
    case CounterAction::Start:
    case CounterAction::NoShow: return called;
    case CounterAction::Finish: return serving;
    case CounterAction::Transfer: return holds;
    case CounterAction::Pause: return !holds && !paused;
    case CounterAction::Resume: return paused;
    case CounterAction::Reinstate: return !view.reinstatable.isEmpty();
    case CounterAction::Logout: return !holds;
    }
    return false;
}

} // namespace antrian
