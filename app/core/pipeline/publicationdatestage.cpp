// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationdatestage.h"

#include "analysiscontext.h"
#include "referencedata.h"

void PublicationDateStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    const RoundInfo *info = a.round != NoRound ? m_reference.round(a.round) : nullptr;
    if (a.published.isValid() || !info || a.kind != ArticleKind::Report)
        return;
    QDate best;
    for (const DateMention &d : std::as_const(c.dates)) {
        if (!d.weekday || d.day || c.excluded.contains(d.start))
            continue;
        const bool today = d.relative == DateMention::Relative::Today;
        if (!today && !c.inMainSentence(d.start)
            && !c.cues.anyIn(CueLexicon::StatementNoun, c.sentenceOf(d.start)))
            continue;
        for (QDate day = info->start.addDays(-1); day <= info->end.addDays(today ? 6 : 2);
             day = day.addDays(1)) {
            if (day.dayOfWeek() == d.weekday && (!best.isValid() || day > best)) {
                best = day;
                break;
            }
        }
        if (today && best.isValid())
            break;
    }
    a.published = best;
}
