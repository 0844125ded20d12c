// SPDX-License-Identifier: GPL-3.0-or-later
// PcmOutput: plays one sound on the loudspeaker. It lives on a playback thread of its own,
// one per announcement, so a sound driver that hangs holds up that thread and never the board.
#pragma once

#include "announce/pcm.h"

#include <QObject>

#include <functional>
#include <memory>

namespace antrian::display {

class PcmOutput : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Plays `pcm`; emits finished() once: with an empty error when it has been heard, or
    // with the reason it could not be played.
    virtual void play(const Pcm &pcm) = 0;
    // Stops at once (muted); finished() need not follow.
    virtual void cancel() = 0;

signals:
    void finished(const QString &error);
};

// Makes an output; called on the playback thread.
using PcmOutputFactory = std::function<std::unique_ptr<PcmOutput>()>;

// The default sound device through Qt Multimedia's QAudioSink.
PcmOutputFactory audioSinkOutput();

} // namespace antrian::display
