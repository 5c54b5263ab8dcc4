// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscontext.h"

#include "bystart.h"

namespace {

TextSegment holding(const QList<TextSegment> &segments, int pos)
{
    // The last segment starting at or before pos is the only one that can hold it.
    auto it = firstFrom(segments, pos + 1);
    if (it != segments.cbegin() && (--it)->contains(pos))
        return *it;
    return TextSegment {pos, pos};
}

} // namespace

TextSegment AnalysisContext::sentenceOf(int pos) const
{
    return holding(sentences, pos);
}

TextSegment AnalysisContext::lineOf(int pos) const
{
    return holding(lines, pos);
}

bool AnalysisContext::inMainSentence(int pos) const
{
    return holding(mainSentences, pos).length() > 0;
}

void AnalysisContext::addMainSentence(int pos)
{
    const TextSegment s = sentenceOf(pos);
    if (s.length() == 0)
        return;
    const auto it = firstFrom(mainSentences, s.start);
    if (it != mainSentences.cend() && *it == s)
        return;
    mainSentences.insert(it - mainSentences.cbegin(), s);
}
