// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcm.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace antrian {

namespace {

// lupdate files these strings under "Pcm", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pcm)
};

qint16 sampleAt(const QByteArray &samples, qint64 frame)
{
    qint16 s = 0;
    std::memcpy(&s, samples.constData() + 2 * frame, 2);
    return s;
}

void putSample(QByteArray &samples, qint64 frame, qint16 value)
{
    std::memcpy(samples.data() + 2 * frame, &value, 2);
}

template<typename T>
T readLE(const char *p)
{
    return qFromLittleEndian<T>(p);
}

} // namespace

void Pcm::appendSilence(int ms)
{
    if (ms > 0)
        samples.append(QByteArray(2 * qint64(sampleRate) * ms / 1000, '\0'));
}

double Pcm::rms() const
{
    const qint64 n = frames();
    if (n == 0)
        return 0.0;
    double sum = 0.0;
    for (qint64 i = 0; i < n; ++i) {
        const double s = sampleAt(samples, i);
        sum += s * s;
    }
    return std::sqrt(sum / double(n));
}

Pcm resampled(const Pcm &pcm, int rate)
{
    if (pcm.sampleRate == rate || pcm.sampleRate <= 0 || rate <= 0)
        return pcm;
    Pcm out;
    out.sampleRate = rate;
    const qint64 in = pcm.frames();
    const qint64 n = in * rate / pcm.sampleRate;
    out.samples.resize(2 * n);
    for (qint64 i = 0; i < n; ++i) {
        const double pos = double(i) * pcm.sampleRate / rate;
        const qint64 a = qint64(pos);
        const qint64 b = qMin(a + 1, in - 1);
        const double t = pos - double(a);
        const double v = (1.0 - t) * sampleAt(pcm.samples, a) + t * sampleAt(pcm.samples, b);
        putSample(out.samples, i, qint16(std::lround(v)));
    }
    return out;
}

Result<Pcm> decodeWav(const QByteArray &bytes)
{
    const char *data = bytes.constData();
    if (bytes.size() < 12 || std::memcmp(data, "RIFF", 4) != 0 || std::memcmp(data + 8, "WAVE", 4) != 0)
        return Error::badInput(Tr::tr("not a WAV file (no RIFF/WAVE header)"));
    int channels = 0;
    int rate = 0;
    int bits = 0;
    int format = 0;
    const char *pcmData = nullptr;
    qint64 pcmSize = 0;
    for (qint64 at = 12; at + 8 <= bytes.size();) {
        const char *chunk = data + at;
        const qint64 size = readLE<quint32>(chunk + 4);
        const qint64 body = at + 8;
        const qint64 available = qMin(size, bytes.size() - body);
        if (std::memcmp(chunk, "fmt ", 4) == 0 && available >= 16) {
            format = readLE<quint16>(data + body);
            channels = readLE<quint16>(data + body + 2);
            rate = int(readLE<quint32>(data + body + 4));
            bits = readLE<quint16>(data + body + 14);
            if (format == 0xFFFE && available >= 26) // WAVE_FORMAT_EXTENSIBLE: the real format follows
                format = readLE<quint16>(data + body + 24);
        } else if (std::memcmp(chunk, "data", 4) == 0) {
            pcmData = data + body;
            pcmSize = available;
        }
        at = body + size + (size & 1); // chunks are padded to an even length
    }
    if (format != 1 || bits != 16)
        return Error::badInput(Tr::tr("not 16-bit integer PCM (format %1, %2 bits); save it as 16-bit PCM WAV")
                                       .arg(format)
                                       .arg(bits));
    if (channels < 1 || rate < 1000 || !pcmData)
        return Error::badInput(Tr::tr("the WAV file has no sound data"));

    Pcm pcm;
    pcm.sampleRate = rate;
    const qint64 frames = pcmSize / (2 * channels);
    pcm.samples.resize(2 * frames);
    for (qint64 i = 0; i < frames; ++i) {
        int sum = 0;
        for (int c = 0; c < channels; ++c)
            sum += readLE<qint16>(pcmData + 2 * (i * channels + c));
        putSample(pcm.samples, i, qint16(sum / channels));
    }
    return resampled(pcm, Pcm::kRate);
}

Result<Pcm> readWavFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("%1: %2").arg(path, file.errorString()));
    auto pcm = decodeWav(file.readAll());
    if (!pcm)
        return Error::badInput(QStringLiteral("%1: %2").arg(path, pcm.error().message));
    return pcm;
}

QByteArray encodeWav(const Pcm &pcm)
{
    QByteArray out(44, '\0');
    char *h = out.data();
    const quint32 dataSize = quint32(pcm.samples.size());
    std::memcpy(h, "RIFF", 4);
    qToLittleEndian<quint32>(36 + dataSize, h + 4);
    std::memcpy(h + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, h + 16);
    qToLittleEndian<quint16>(1, h + 20); // integer PCM
    qToLittleEndian<quint16>(1, h + 22); // mono
    qToLittleEndian<quint32>(quint32(pcm.sampleRate), h + 24);
    qToLittleEndian<quint32>(quint32(pcm.sampleRate) * 2, h + 28);
    qToLittleEndian<quint16>(2, h + 32);
    qToLittleEndian<quint16>(16, h + 34);
    std::memcpy(h + 36, "data", 4);
    qToLittleEndian<quint32>(dataSize, h + 40);
    QByteArray samples = pcm.samples;
    if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian) {
        for (qint64 i = 0; i < pcm.frames(); ++i)
            qToLittleEndian<qint16>(sampleAt(pcm.samples, i), samples.data() + 2 * i);
    }
    return out + samples;
}

} // namespace antrian
