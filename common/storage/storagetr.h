// SPDX-License-Identifier: GPL-3.0-or-later
// The translation context of the storage layer's messages: lupdate files them under
// "Database", the context they are looked up in, whichever storage file says them.
#pragma once

#include <QCoreApplication>

namespace antrian::storage {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace antrian::storage
