// SPDX-License-Identifier: GPL-3.0-or-later
// What the upgrade tests run to turn a database made now back into one an older schema left:
// the steps that undo the newest migrations, newest first, beside each other so a new
// migration adds its own undo here and every upgrade test stays true to its word.
#pragma once

#include <QString>
#include <QStringList>

namespace antrian::test {

// Undoes schema 9 (the report's index of session and transfer events), on either engine.
inline QStringList undoSchemaDownTo8()
{
    return {QStringLiteral("DROP INDEX events_sessions"), QStringLiteral("DELETE FROM schema_version WHERE version >= 9")};
}

// Undoes schemas 9 and 8 (the floor: standards, first calls, breaks index, alerts), on either engine.
inline QStringList undoSchemaDownTo7()
{
    return undoSchemaDownTo8() + QStringList{QStringLiteral("DROP TABLE floor_alerts"),
            QStringLiteral("DROP INDEX events_counter_breaks"),
            QStringLiteral("ALTER TABLE tickets DROP COLUMN first_called_at"),
            QStringLiteral("ALTER TABLE services DROP COLUMN target_wait_minutes"),
            QStringLiteral("ALTER TABLE services DROP COLUMN target_percent"),
            QStringLiteral("ALTER TABLE services DROP COLUMN target_service_minutes"),
            QStringLiteral("ALTER TABLE branch DROP COLUMN break_limit_minutes"),
            QStringLiteral("DELETE FROM schema_version WHERE version >= 8")};
}

// Undoes schemas 9, 8 and 7 (outcomes, ratings, the SKM survey), on either engine.
inline QStringList undoSchemaDownTo6()
{
    QStringList steps = undoSchemaDownTo7();
    steps << QStringLiteral("DROP INDEX tickets_follow_up_open") << QStringLiteral("DROP TABLE skm_responses")
          << QStringLiteral("DROP TABLE outcomes");
    for (const char *column : {"outcome", "outcome_note", "follow_up", "follow_up_closed_at", "follow_up_closed_by"})
        steps << QStringLiteral("ALTER TABLE tickets DROP COLUMN %1").arg(QLatin1String(column));
    return steps << QStringLiteral("ALTER TABLE services DROP COLUMN outcome_required")
                 << QStringLiteral("ALTER TABLE branch DROP COLUMN rating")
                 << QStringLiteral("DELETE FROM schema_version WHERE version >= 7");
}

} // namespace antrian::test
