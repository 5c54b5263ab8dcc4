// SPDX-License-Identifier: GPL-3.0-or-later
#include "tense.h"

#include "analysiscontext.h"
#include "bystart.h"

namespace {

using Reason = Evidence::Reason;

// The first two sentences after the header: what the article reports first, counted twice.
QList<TextSegment> lead(const AnalysisContext &c)
{
    QList<TextSegment> out;
    for (const TextSegment &s : c.sentences) {
        if (s.start >= c.headerEnd && !c.excluded.contains(s.start) && out.size() < 2)
            out.append(s);
    }
    return out;
}

QList<TextSegment> aboutTheRound(const AnalysisContext &c)
{
    SpanSet about;
    if (c.titleLine.length() > 0)
        about.add(c.titleLine);
    for (const TextSegment &s : lead(c))
        about.add(s);
    for (const TextSegment &s : c.mainSentences)
        about.add(s);
    for (const RoundMention &r : c.rounds) {
        if (r.relative == RoundMention::Relative::Current || r.relative == RoundMention::Relative::Next)
            about.add(c.sentenceOf(r.start));
    }
    return about.segments();
}

void addCues(const AnalysisContext &c, CueLexicon::Kind kind, Reason reason, TextSegment segment,
             QList<Evidence> *out)
{
    const QList<CueIndex::Match> &list = c.cues.of(kind);
    for (auto m = firstFrom(list, segment.start); m != list.cend() && m->start < segment.end; ++m)
        out->append({reason, c.article.round, 1, m->start, m->end});
}

} // namespace

namespace Tense {

QList<Evidence> cues(const AnalysisContext &c)
{
    QList<Evidence> out;
    for (const TextSegment &segment : lead(c)) {
        addCues(c, CueLexicon::FutureCue, Reason::FutureTense, segment, &out);
        addCues(c, CueLexicon::PastCue, Reason::PastTense, segment, &out);
    }
    for (const TextSegment &segment : aboutTheRound(c)) {
        addCues(c, CueLexicon::FutureCue, Reason::FutureTense, segment, &out);
        addCues(c, CueLexicon::PastCue, Reason::PastTense, segment, &out);
        // «تنطلق غدا» looks ahead; «أمس» more often dates what someone said than the round.
        for (auto d = firstFrom(c.dates, segment.start); d != c.dates.cend() && d->start < segment.end; ++d) {
            if (d->relative == DateMention::Relative::Tomorrow)
                out.append({Reason::FutureTense, c.article.round, 1, d->start, d->end});
        }
    }
    return out;
}

bool looksAhead(const QList<Evidence> &cues)
{
    int future = 0;
    for (const Evidence &e : cues)
        future += e.reason == Reason::FutureTense ? 1 : -1;
    return future > 0;
}

} // namespace Tense
