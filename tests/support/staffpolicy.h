// SPDX-License-Identifier: GPL-3.0-or-later
// The staff policy of every test that logs someone in: real PBKDF2 with few iterations, so the
// suites run in seconds. The real count is pinned in tst_pinhash and addStoresAHashNeverThePin;
// tst_counterui has one test with it, to show the screen keeps answering while it hashes.
#pragma once

#include "staff/staffpolicy.h"

namespace antrian::test {

inline StaffPolicy quickPolicy()
{
    StaffPolicy p;
    p.pinIterations = 1000;
    return p;
}

} // namespace antrian::test
