// SPDX-License-Identifier: GPL-3.0-or-later
// SpeechEngine: turns words into sound. The lobby speaker calls it on a worker thread, never
// on the GUI thread, and gives up on a call that takes too long: the engine may then be
// called again, from a new worker, while the abandoned call is still inside it.
#pragma once

#include "announce/pcm.h"
#include "core/result.h"

#include <memory>

namespace antrian::display {

class SpeechEngine
{
public:
    virtual ~SpeechEngine() = default;
    // `text` said in `language` ("id" or "en") as PCM at Pcm::kRate, or why not.
    virtual Result<Pcm> synthesize(const QString &text, const QString &language) = 0;
};

// libespeak-ng in this process (Debian espeak-ng-data has the Indonesian voice "id").
std::shared_ptr<SpeechEngine> makeEspeakEngine();

} // namespace antrian::display
