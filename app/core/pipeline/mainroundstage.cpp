// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainroundstage.h"

#include <QHash>

#include "analysiscontext.h"
#include "referencedata.h"

namespace {

// A round of the reference table the date falls in (or a day either side).
const RoundInfo *roundAround(const ReferenceData &data, const QDate &date, int slackDays)
{
    for (const RoundInfo &r : data.rounds()) {
        if (r.number > 0 && date >= r.start.addDays(-slackDays) && date <= r.end.addDays(slackDays))
            return &r;
    }
    return nullptr;
}

} // namespace

void MainRoundStage::run(AnalysisContext &c) const
{
    c.article.round = scoredRound(c);
    if (c.article.round == NoRound)
        c.article.round = inferredRound(c);
}

int MainRoundStage::scoredRound(const AnalysisContext &c) const
{
    QHash<int, int> score;
    QHash<int, int> first;
    const int leadEnd
        = c.sentences.isEmpty() ? 0 : c.sentences.at(std::min<qsizetype>(1, c.sentences.size() - 1)).end;
    for (const RoundMention &r : c.rounds) {
        if (!r.isExplicit() || r.inSpan)
            continue;
        int s = 2;
        if (r.start < std::max(leadEnd, c.headerEnd))
            s += 3;
        const TextSegment sentence = c.sentenceOf(r.start);
        if (c.cues.anyIn(CueLexicon::PastCue, sentence) || c.cues.anyIn(CueLexicon::FutureCue, sentence)
            || c.cues.anyIn(CueLexicon::StatementNoun, sentence))
            s += 1;
        score[r.number] += s;
        if (!first.contains(r.number))
            first.insert(r.number, r.start);
    }
    int best = NoRound;
    for (auto it = score.cbegin(); it != score.cend(); ++it) {
        if (best == NoRound || it.value() > score.value(best)
            || (it.value() == score.value(best) && first.value(it.key()) < first.value(best)))
            best = it.key();
    }
    return best;
}

// With no number in the text, a relative mention or a dated report can still name the round.
int MainRoundStage::inferredRound(const AnalysisContext &c) const
{
    const Article &a = c.article;
    const bool aboutAstana = !c.cues.of(CueLexicon::AstanaName).isEmpty();
    if (!aboutAstana)
        return NoRound;
    bool hasNext = false;
    for (const RoundMention &r : c.rounds) {
        hasNext = hasNext || r.relative == RoundMention::Relative::Next
            || r.relative == RoundMention::Relative::Current;
    }
    if (a.published.isValid() && !c.rounds.isEmpty()) {
        if (hasNext) {
            for (const RoundInfo &r : m_reference.rounds()) {
                if (r.number > 0 && r.start >= a.published)
                    return r.number;
            }
        } else if (const RoundInfo *r = roundAround(m_reference, a.published, 2)) {
            return r->number;
        }
    }
    for (const DateMention &d : c.dates) {
        if (d.day && d.month && d.year && !c.excluded.contains(d.start)) {
            if (const RoundInfo *r = roundAround(m_reference, QDate(d.year, d.month, d.day), 0))
                return r->number;
        }
    }
    return NoRound;
}
