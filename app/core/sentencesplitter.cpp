// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <QtGlobal>

namespace {

icu::BreakIterator *threadIterator()
{
    // A break iterator is not thread-safe and costly to create; one per thread is cheap.
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createSentenceInstance(icu::Locale("ar"), status));
        if (U_FAILURE(status))
            qFatal("SentenceSplitter: ICU has no sentence break rules (%s)", u_errorName(status));
        return it;
    }();
    return iterator.get();
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x200F) || c == QChar(0x200E);
}

// ICU ends a sentence after «د.» (doctor) and other one-letter abbreviations. ICU's own
// suppression list cannot be used: it has no Arabic data, and a suppression of «د.» also
// matches the end of any word ending in د (see the ICU notes). So a sentence is joined to
// the next one when its last word is a single letter followed by a full stop.
bool endsWithLetterAbbreviation(const QString &text, int end)
{
    int i = end - 1;
    while (i >= 0 && isSpace(text.at(i)))
        --i;
    if (i < 1 || text.at(i) != u'.')
        return false;
    const QChar letter = text.at(i - 1);
    return letter.isLetter() && (i < 2 || !text.at(i - 2).isLetterOrNumber());
}

} // namespace

QList<TextSegment> SentenceSplitter::sentences(const QString &text)
{
    return sentences(text, TextSegment {0, int(text.size())});
}

QList<TextSegment> SentenceSplitter::sentences(const QString &text, TextSegment range)
{
    QList<TextSegment> out;
    if (range.length() <= 0)
        return out;
    icu::UnicodeString chunk(false, reinterpret_cast<const UChar *>(text.utf16()) + range.start,
                             range.length());
    icu::BreakIterator *it = threadIterator();
    it->setText(chunk);

    int pending = -1; // start of a sentence being joined across an abbreviation
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        int s = range.start + start;
        int e = range.start + end;
        if (pending >= 0)
            s = pending;
        if (endsWithLetterAbbreviation(text, e) && end < chunk.length()) {
            pending = s;
            continue;
        }
        pending = -1;
        while (s < e && isSpace(text.at(s)))
            ++s;
        while (e > s && isSpace(text.at(e - 1)))
            --e;
        if (e > s)
            out.append(TextSegment {s, e});
    }
    return out;
}
