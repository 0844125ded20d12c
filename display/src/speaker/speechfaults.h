// SPDX-License-Identifier: GPL-3.0-or-later
// Speech faults on purpose: `antrian-display --speech-fault NAME` (hidden from --help) swaps
// the engine or the sound output for one that misbehaves the way broken audio stacks were
// seen to, so that tests (and an installer in doubt) can watch the board carry on.
//   hang-voice   the speech engine never returns        fail-voice   the engine fails at once
//   hang-sound   playing blocks its thread for good      endless-sound  the sound never ends
#pragma once

#include "pcmoutput.h"
#include "speechengine.h"

#include "core/result.h"

namespace antrian::display {

struct SpeechParts
{
    std::shared_ptr<SpeechEngine> engine;
    PcmOutputFactory output;
};

// The real parts (espeak-ng and the default sound device), with the fault `name` put in;
// empty `name`: no fault. An unknown name is refused.
Result<SpeechParts> speechParts(const QString &faultName);

} // namespace antrian::display
