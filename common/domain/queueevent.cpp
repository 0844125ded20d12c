// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueevent.h"

#include "core/vocabulary.h"

namespace antrian {

namespace {
constexpr Words<EventKind, 28> kEventKinds{{
        {EventKind::Issued, u"issued"},
        {EventKind::Called, u"called"},
        {EventKind::Recalled, u"recalled"},
        {EventKind::Started, u"started"},
        {EventKind::Finished, u"finished"},
        {EventKind::NoShow, u"no_show"},
        {EventKind::Transferred, u"transferred"},
        {EventKind::Cancelled, u"cancelled"},
        {EventKind::Reinstated, u"reinstated"},
        {EventKind::Expired, u"expired"},
        {EventKind::CounterPaused, u"counter_paused"},
        {EventKind::CounterResumed, u"counter_resumed"},
        {EventKind::ServicePaused, u"service_paused"},
        {EventKind::ServiceResumed, u"service_resumed"},
        {EventKind::ConfigImported, u"config_imported"},
        {EventKind::CounterLogin, u"counter_login"},
        {EventKind::CounterLogout, u"counter_logout"},
        {EventKind::AccountLocked, u"staff_locked"},
        {EventKind::AccountUnlocked, u"staff_unlocked"},
        {EventKind::PinChanged, u"staff_pin_changed"},
        {EventKind::StaffAdded, u"staff_added"},
        {EventKind::StaffDisabled, u"staff_disabled"},
        {EventKind::StaffEnabled, u"staff_enabled"},
        {EventKind::StaffRoleChanged, u"staff_role_changed"},
        {EventKind::Rated, u"rated"},
        {EventKind::SkmAnswered, u"skm_answered"},
        {EventKind::FollowUpClosed, u"follow_up_closed"},
        {EventKind::AlertHandled, u"alert_handled"},
}};
} // namespace

QString eventKindKey(EventKind kind) { return wordOf(kEventKinds, kind); }
std::optional<EventKind> eventKindFromKey(QStringView key) { return valueOf(kEventKinds, key); }

} // namespace antrian
