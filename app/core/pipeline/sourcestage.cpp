// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcestage.h"

#include "analysiscontext.h"
#include "arabicnormalizer.h"
#include "bystart.h"
#include "cuelexicon.h"
#include "textscan.h"

namespace {

// A source marker («بحسب», «نقلت») just before the agency word, on its line.
bool markedBefore(const AnalysisContext &c, const CueIndex::Match &agency, TextSegment line)
{
    const QList<CueIndex::Match> &markers = c.cues.of(CueLexicon::SourceMarker);
    const int from = std::max(line.start, agency.start - 24);
    for (auto it = firstFrom(markers, from); it != markers.cend() && it->start < agency.start; ++it) {
        if (it->end <= agency.start)
            return true;
    }
    return false;
}

// «دمشق-سانا», «(الأناضول)»: the agency's name right after a dash or bracket near the line start.
bool isDateline(const QString &text, const CueIndex::Match &agency, TextSegment line)
{
    int q = agency.start - 1;
    while (q > line.start && text.at(q).isSpace())
        --q;
    return agency.start - line.start < 30 && q >= line.start
        && (text.at(q) == u'-' || text.at(q) == u'(' || text.at(q) == QChar(0x2013));
}

} // namespace

void SourceStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    if (!a.source.isEmpty())
        return;
    for (const CueIndex::Match &cue : c.cues.all()) {
        if (cue.kind != CueLexicon::AgencyWord && cue.kind != CueLexicon::AgencyName)
            continue;
        TextSegment line = c.lineOf(cue.start);
        if (line.length() == 0)
            line = TextSegment {cue.start, cue.end};
        const bool marked = markedBefore(c, cue, line);
        if (cue.kind == CueLexicon::AgencyName) {
            if (marked || isDateline(c.text(), cue, line)) {
                a.source = c.text().mid(cue.start, cue.end - cue.start);
                return;
            }
            continue;
        }
        if (!marked)
            continue;
        a.source = agencyNameAfter(c, cue.start, cue.end, line);
        if (!a.source.isEmpty())
            return;
    }
}

// «وكالة سبوتنيك الروسية، فإن…»: the agency word and the name after it, to the next punctuation,
// at most four words, stopping at a particle that ends the name.
QString SourceStage::agencyNameAfter(const AnalysisContext &c, int start, int end, TextSegment line) const
{
    const QString &text = c.text();
    int e = end;
    int words = 0;
    while (e < line.end && words < 4) {
        const QChar ch = text.at(e);
        if (TextScan::isComma(ch) || ch == u'.' || ch == u':' || ch == u'\n' || ch == u'(')
            break;
        if (ch.isSpace() && e + 1 < line.end && !text.at(e + 1).isSpace())
            ++words;
        ++e;
    }
    const QStringList parts = text.mid(start, e - start).split(u' ', Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &p : parts) {
        const QString n = ArabicNormalizer::instance().normalized(TextScan::trimmedQuotes(p));
        if (m_lexicon.words(CueLexicon::SourceNameStop).contains(n))
            break;
        kept.append(p);
    }
    return TextScan::trimmedQuotes(kept.join(u' '));
}
