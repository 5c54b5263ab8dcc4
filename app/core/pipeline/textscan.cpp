// SPDX-License-Identifier: GPL-3.0-or-later
#include "textscan.h"

#include <QList>

namespace TextScan {

// Arabic letters, tashkeel and digits, and ASCII, answered without Qt's Unicode tables: this runs
// over every character of every line.
static bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'0' && u <= u'9') || ((u | 0x20) >= u'a' && (u | 0x20) <= u'z');
    if (u >= 0x0621 && u <= 0x0669)
        return true; // letters, tatweel, tashkeel and Arabic-Indic digits
    return c.isLetterOrNumber() || c.isMark();
}

int wordCount(const QString &text, TextSegment seg)
{
    int words = 0;
    bool inWord = false;
    for (int i = seg.start; i < seg.end; ++i) {
        const bool letter = isWordChar(text.at(i));
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

QString trimmedQuotes(QString s)
{
    static const QString quotes = QStringLiteral("\"'“”«»()[]:-–—,،. ");
    while (!s.isEmpty() && quotes.contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && quotes.contains(s.back()))
        s.chop(1);
    return s;
}

QList<TextSegment> lines(const QString &text)
{
    QList<TextSegment> out;
    int start = 0;
    for (int i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u'\n') {
            int s = start;
            int e = i;
            while (s < e && (text.at(s).isSpace() || text.at(s) == QChar(0x2022) || text.at(s) == u'*'))
                ++s;
            while (e > s && text.at(e - 1).isSpace())
                --e;
            if (e > s)
                out.append(TextSegment {s, e});
            start = i + 1;
        }
    }
    return out;
}

TextSegment clauseAround(const QString &text, TextSegment sentence, int start, int end)
{
    int from = start;
    while (from > sentence.start && !isComma(text.at(from - 1)))
        --from;
    int to = end;
    while (to < sentence.end && !isComma(text.at(to)))
        ++to;
    return TextSegment {from, to};
}

} // namespace TextScan
