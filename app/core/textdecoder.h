// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "decodeddocument.h"

// Turns the bytes of an article file (plain text or HTML, in any common Arabic encoding) into plain
// text. Encodings are detected and decoded with ICU because Qt 6 only guarantees the UTF codecs and
// Latin-1. Reentrant: several threads may decode at once.
class TextDecoder
{
public:
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024; // larger inputs are refused

    // fileName is only used for messages and to recognise HTML by its extension.
    static DecodedDocument decode(const QByteArray &bytes, const QString &fileName = {});
    // Never reads more than MaxBytes + 1 bytes; I/O problems give Error::Unreadable.
    static DecodedDocument decodeFile(const QString &path);
};
