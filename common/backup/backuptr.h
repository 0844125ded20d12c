// SPDX-License-Identifier: GPL-3.0-or-later
// The translation context of the backup and restore messages: lupdate files them under
// "Backup", whichever file of common/backup says them.
#pragma once

#include <QCoreApplication>

namespace antrian::backup {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

} // namespace antrian::backup
