// SPDX-License-Identifier: GPL-3.0-or-later
// Theme: the counter screen's look in one place: high-contrast colours, and sizes that grow
// with the window so the same layout reads well on a 1366x768 counter PC and a 1920x1080
// monitor.
#pragma once

#include <QString>

namespace antrian::counter {

// The style sheet for a window of `height` pixels (sizes scale from a 768-pixel design).
QString styleSheet(int height);
// The scale styleSheet() uses, for sizes set in code (the list rows).
double scaleFor(int height);

} // namespace antrian::counter
