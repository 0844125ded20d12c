// SPDX-License-Identifier: GPL-3.0-or-later
// Pcm: a mono 16-bit sound in memory, and its WAV file form. What the lobby hears is built as
// one Pcm (chime, pause, voice) so that the loudspeaker and `antrian-display --say --wav` get
// the very same samples. Core only: no audio device here, just samples and bytes.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace antrian {

struct Pcm
{
    // espeak-ng's rate and the chime's: everything is converted to it once, when loaded.
    static constexpr int kRate = 22050;

    int sampleRate = kRate;
    QByteArray samples; // signed 16-bit, native byte order, one channel

    qint64 frames() const { return samples.size() / 2; }
    double seconds() const { return sampleRate > 0 ? double(frames()) / sampleRate : 0.0; }
    bool isEmpty() const { return samples.isEmpty(); }

    // Appends `other` (of the same rate) and silence of `ms` milliseconds.
    void append(const Pcm &other) { samples.append(other.samples); }
    void appendSilence(int ms);
    // Root mean square of the samples, 0 (silence) to 32767 (full scale).
    double rms() const;
};

// `pcm` at `rate`, by linear interpolation (enough for speech and a chime).
Pcm resampled(const Pcm &pcm, int rate);

// A RIFF/WAVE file of 16-bit integer PCM, any rate and channel count (mixed down to one), as
// a Pcm at Pcm::kRate. Anything else (float, 24-bit, compressed) is refused with the reason.
Result<Pcm> decodeWav(const QByteArray &bytes);
Result<Pcm> readWavFile(const QString &path);
// The 44-byte-header WAV file of `pcm`.
QByteArray encodeWav(const Pcm &pcm);

} // namespace antrian
