// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Identity of an article for duplicate detection and corrections: the SHA-256 of its text after
// the matching normalisation (tashkeel, tatweel, hamza forms, ة/ه, ى/ي, digits) with whitespace
// collapsed, so that the same article saved twice by different sites or encodings is one article.
namespace TextFingerprint {

QString of(const QString &text);
// SHA-256 of the exact stored text (hex), to check that a stored article is whole.
QString exactHash(const QString &text);
QString bytesHash(const QByteArray &bytes);

} // namespace TextFingerprint
