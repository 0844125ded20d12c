// SPDX-License-Identifier: GPL-3.0-or-later
// Speaker: what the announcement queue plays announcements through. The lobby display
// implements it with a chime, recorded clips and espeak-ng (display/src/speaker/lobbyspeaker);
// tests with a fake that records each call.
// Core only: no sound here, just the contract the queue relies on.
#pragma once

#include "announce/announcement.h"

#include <QObject>

namespace antrian {

class Speaker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Chime, then say `announcement`. Emits finished() once when done, also when it could
    // not speak (no speech engine: the chime alone), so the queue always moves on.
    virtual void play(const Announcement &announcement) = 0;
    // Abandons the announcement being played, at once, without emitting finished(). Must
    // never block: the queue calls it on the GUI thread.
    virtual void stop() = 0;

signals:
    void finished();
};

} // namespace antrian
