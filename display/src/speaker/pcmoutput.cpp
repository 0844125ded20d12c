// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcmoutput.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QBuffer>
#include <QCoreApplication>
#include <QMediaDevices>

namespace antrian::display {

namespace {

// lupdate files these strings under "PcmOutput", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PcmOutput)
};

QString describe(QAudio::Error error)
{
    switch (error) {
    case QAudio::OpenError:
        return Tr::tr("the sound device could not be opened");
    case QAudio::IOError:
        return Tr::tr("the sound device failed while playing");
    case QAudio::UnderrunError:
        return Tr::tr("the sound device ran dry");
    case QAudio::FatalError:
        return Tr::tr("the sound device is not usable");
    case QAudio::NoError:
        break;
    }
    return {};
}

class AudioSinkOutput : public PcmOutput
{
public:
    void play(const Pcm &pcm) override
    {
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        if (device.isNull()) {
            done(Tr::tr("this computer has no sound output"));
            return;
        }
        QAudioFormat format;
        format.setSampleRate(pcm.sampleRate);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        m_buffer.setData(pcm.samples);
        m_buffer.open(QIODevice::ReadOnly);
        m_sink = std::make_unique<QAudioSink>(device, format);
        connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
            if (state == QAudio::IdleState) // everything written has been played
                done({});
            else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError)
                done(describe(m_sink->error()));
        });
        m_sink->start(&m_buffer);
        if (m_sink->error() != QAudio::NoError)
            done(describe(m_sink->error()));
    }

    void cancel() override
    {
        m_done = true;
        if (m_sink)
            m_sink->stop();
    }

private:
    void done(const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        if (m_sink)
            m_sink->stop();
        emit finished(error);
    }

    QBuffer m_buffer;
    std::unique_ptr<QAudioSink> m_sink;
    bool m_done = false;
};

} // namespace

PcmOutputFactory audioSinkOutput()
{
    return [] { return std::make_unique<AudioSinkOutput>(); };
}

} // namespace antrian::display
