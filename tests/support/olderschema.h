// SPDX-License-Identifier: GPL-3.0-or-later
// What the upgrade tests run to turn a database made now back into one an older schema left:
// the steps that undo the newest migrations, newest first, beside each other so a new
// migration adds its own undo here and every upgrade test stays true to its word.
#pragma once

#include <QString>
#include <QStringList>

namespace antrian::test {

// Undoes schema 8 (the floor: standards, first calls, breaks index, alerts), on either engine.
inline QStringList undoSchemaDownTo7()
{
    return {QStringLiteral("DROP TABLE floor_alerts"),
            QStringLiteral("DROP INDEX events_counter_breaks"),
            QStringLiteral("ALTER TABLE tickets DROP COLUMN first_called_at"),
            QStringLiteral("ALTER TABLE services DROP COLUMN target_wait_minutes"),
            QStringLiteral("ALTER TABLE services DROP COLUMN target_percent"),
            QStringLiteral("ALTER TABLE services DROP COLUMN target_service_minutes"),
            QStringLiteral("ALTER TABLE branch DROP COLUMN break_limit_minutes"),
            QStringLiteral("DELETE FROM schema_version WHERE version >= 8")};
}

} // namespace antrian::test
