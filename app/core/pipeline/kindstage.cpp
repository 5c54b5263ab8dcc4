// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindstage.h"

#include "analysiscontext.h"
#include "referencedata.h"

void KindStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    if (a.round == NoRound) {
        a.kind = ArticleKind::Analysis;
        return;
    }
    QList<TextSegment> about;
    if (c.titleLine.length() > 0)
        about.append(c.titleLine);
    for (const RoundMention &r : std::as_const(c.rounds)) {
        if (r.number == a.round || r.relative == RoundMention::Relative::Current
            || (r.relative == RoundMention::Relative::Next && r.number == 0))
            about.append(c.sentenceOf(r.start));
    }
    int future = 0;
    int past = 0;
    for (const TextSegment &segment : std::as_const(about)) {
        future += c.cues.countIn(CueLexicon::FutureCue, segment);
        past += c.cues.countIn(CueLexicon::PastCue, segment);
    }
    a.kind = future > past ? ArticleKind::Announcement : ArticleKind::Report;
    const RoundInfo *info = m_reference.round(a.round);
    if (a.published.isValid() && info)
        a.kind = a.published < info->start ? ArticleKind::Announcement : ArticleKind::Report;
}
