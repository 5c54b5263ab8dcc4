// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Word-boundary helpers shared by the lexicons that scan normalised text. Normalised text has no
// tashkeel or tatweel left, so a word is a run of letters and digits.
namespace WordScan {

inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

inline bool isWordStart(const QString &text, int pos)
{
    return pos >= 0 && pos < text.size() && isWordChar(text.at(pos))
        && (pos == 0 || !isWordChar(text.at(pos - 1)));
}

inline bool isWordEnd(const QString &text, int pos)
{
    return pos >= text.size() || !isWordChar(text.at(pos));
}

// End of the run of word characters starting at pos.
inline int wordEnd(const QString &text, int pos)
{
    while (pos < text.size() && isWordChar(text.at(pos)))
        ++pos;
    return pos;
}

// First position at or after pos that is not horizontal or vertical white space.
inline int skipSpaces(const QString &text, int pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    return pos;
}

} // namespace WordScan
