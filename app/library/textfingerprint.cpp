// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfingerprint.h"

#include <QCryptographicHash>

#include "arabicnormalizer.h"

namespace TextFingerprint {

QString of(const QString &text)
{
    const QString folded = ArabicNormalizer::instance().normalized(text).simplified();
    return QString::fromLatin1(QCryptographicHash::hash(folded.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString exactHash(const QString &text)
{
    return bytesHash(text.toUtf8());
}

QString bytesHash(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace TextFingerprint
