// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Unicode isolates for text composed from pieces of either direction. Without them a Latin file
// name inside the Arabic interface is reordered by the bidi algorithm («002_466ff.txt» shows as
// «466ff.txt_002»), and an Arabic name in an English sentence drags the punctuation after it.
class BidiText
{
public:
    // FSI … PDI: the piece takes the direction of its first strong letter, whatever surrounds it.
    static QString isolate(const QString &piece);
    // LRI … PDI: always left to right (file names, paths, addresses).
    static QString isolateLtr(const QString &piece);
    // The text without the isolate marks, for comparisons and clipboard-like uses.
    static QString stripped(QString text);

    static constexpr char16_t FirstStrongIsolate = 0x2068;
    static constexpr char16_t LeftToRightIsolate = 0x2066;
    static constexpr char16_t PopDirectionalIsolate = 0x2069;
};
