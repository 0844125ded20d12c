// SPDX-License-Identifier: GPL-3.0-or-later
// Engine and staff messages are written as clauses ("counter 3 is paused; resume it first");
// on screen they start with a capital.
#pragma once

#include <QString>

namespace antrian::counter {

inline QString sentence(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.at(0).toUpper() + text.mid(1);
}

} // namespace antrian::counter
