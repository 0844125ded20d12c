// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinhash.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace antrian {

namespace {
// lupdate files these strings under "PinHash", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PinHash)
};
} // namespace

QByteArray pbkdf2Sha256(const QByteArray &secret, const QByteArray &salt, int iterations, int length)
{
    if (iterations < 1 || length < 1)
        return {};
    QByteArray out(length, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                                     iterations, EVP_sha256(), length, reinterpret_cast<unsigned char *>(out.data()));
    if (ok != 1)
        return {};
    return out;
}

Result<PinHash> hashPin(const QString &pin, int iterations)
{
    PinHash h;
    h.iterations = iterations;
    h.salt = QByteArray(kPinSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(h.salt.data()), kPinSaltBytes) != 1)
        return Error::storage(Tr::tr("the system gave no randomness for a PIN salt"));
    QByteArray secret = pin.toUtf8();
    h.hash = pbkdf2Sha256(secret, h.salt, iterations, kPinHashBytes);
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (h.hash.isEmpty())
        return Error::storage(Tr::tr("the PIN could not be hashed"));
    return h;
}

bool verifyPin(const QString &pin, const PinHash &stored)
{
    // The stored length is not trusted: a damaged, shorter hash would otherwise match a prefix.
    if (!stored.isSet() || stored.hash.size() != kPinHashBytes)
        return false;
    QByteArray secret = pin.toUtf8();
    const QByteArray candidate = pbkdf2Sha256(secret, stored.salt, stored.iterations, kPinHashBytes);
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (candidate.size() != stored.hash.size())
        return false;
    return CRYPTO_memcmp(candidate.constData(), stored.hash.constData(), size_t(candidate.size())) == 0;
}

} // namespace antrian
