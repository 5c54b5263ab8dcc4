// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindstage.h"

#include "analysiscontext.h"
#include "referencedata.h"
#include "tense.h"

namespace {

using Reason = Evidence::Reason;
constexpr qsizetype MaxTenseEvidence = 6;

} // namespace

void KindStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    a.kindEvidence.clear();
    if (a.round == NoRound) {
        a.kind = ArticleKind::Analysis;
        return;
    }
    const QList<Evidence> cues = Tense::cues(c);
    const ArticleKind byTense = Tense::looksAhead(cues) ? ArticleKind::Announcement : ArticleKind::Report;
    const RoundInfo *info = m_reference.round(a.round);
    if (a.published.isValid() && info && a.published < info->start) {
        a.kind = ArticleKind::Announcement;
        a.kindEvidence.append({Reason::PublishedBefore, a.round, 1, -1, -1});
    } else if (a.published.isValid() && info && a.published > info->end) {
        a.kind = ArticleKind::Report;
        a.kindEvidence.append({Reason::PublishedAfter, a.round, 1, -1, -1});
    } else {
        if (a.published.isValid() && info)
            a.kindEvidence.append({Reason::PublishedDuring, a.round, 1, -1, -1});
        a.kind = byTense;
        // The cues of the tense that won, then the others: enough to see why, not every verb.
        for (const Evidence &e : cues) {
            if (a.kindEvidence.size() < MaxTenseEvidence
                && (e.reason == Reason::FutureTense) == (a.kind == ArticleKind::Announcement))
                a.kindEvidence.append(e);
        }
    }
}
