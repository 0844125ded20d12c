// SPDX-License-Identifier: GPL-3.0-or-later
// PIN hashing: PBKDF2-HMAC-SHA256 through OpenSSL's libcrypto, with a random salt and the
// iteration count stored beside the hash so it can be raised later. A PIN is never stored,
// logged or compared in plain text; hashes are compared in constant time.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace antrian {

// OWASP's figure for PBKDF2-HMAC-SHA256 (2023). About 0.2 s here: run it off the UI thread.
inline constexpr int kPinIterations = 600000;
inline constexpr int kPinSaltBytes = 16;
inline constexpr int kPinHashBytes = 32;

struct PinHash
{
    QByteArray hash;
    QByteArray salt;
    int iterations = 0;

    bool isSet() const { return !hash.isEmpty() && !salt.isEmpty() && iterations > 0; }
};

// Raw PBKDF2-HMAC-SHA256; empty on failure. Exposed so tests can pin it to published vectors.
QByteArray pbkdf2Sha256(const QByteArray &secret, const QByteArray &salt, int iterations, int length);

// Hashes `pin` with a fresh random salt (RAND_bytes). Fails only if the system has no
// randomness to give or OpenSSL fails.
Result<PinHash> hashPin(const QString &pin, int iterations = kPinIterations);

// Whether `pin` matches `stored`, with the stored salt and iterations. Constant-time compare
// (CRYPTO_memcmp); false for an unset hash.
bool verifyPin(const QString &pin, const PinHash &stored);

} // namespace antrian
