// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounddatesstage.h"

#include "analysiscontext.h"
#include "bystart.h"
#include "referencedata.h"
#include "textscan.h"

namespace {

// An event word in the same clause (اتفاق، مذكرة، منذ…) or another round claims the date.
bool tiedToOtherEvent(const AnalysisContext &c, const DateMention &d)
{
    const TextSegment clause = TextScan::clauseAround(c.text(), c.sentenceOf(d.start), d.start, d.end);
    if (c.cues.anyIn(CueLexicon::EventWord, clause))
        return true;
    for (auto r = firstFrom(c.rounds, clause.start); r != c.rounds.cend() && r->start < clause.end; ++r) {
        if (r->number > 0 && r->number != c.article.round)
            return true;
    }
    return false;
}

// The day and month the text says, the year from the text or, when it is open or does not fit,
// from the reference when the month agrees with it.
bool dayMonthRange(const DateMention &d, const RoundInfo &info, QDate *start, QDate *end)
{
    int year = d.year;
    if (!year && d.resolvedStart.isValid())
        year = d.resolvedStart.year();
    if ((!year || !d.resolvedStart.isValid()) && !d.year
        && (d.month == info.start.month() || d.month == info.end.month()))
        year = info.start.year();
    if (!year)
        return false;
    *start = QDate(year, d.month, d.day);
    *end = d.lastDay ? QDate(year, d.month, d.lastDay) : *start;
    return true;
}

} // namespace

DateRange RoundDatesStage::fromText(const AnalysisContext &c, const RoundInfo &info) const
{
    QDate start;
    QDate end;
    for (const bool byWeekday : {false, true}) {
        if (start.isValid() || (byWeekday && c.article.kind != ArticleKind::Report))
            break;
        for (const DateMention &d : c.dates) {
            if (c.excluded.contains(d.start) || !c.inMainSentence(d.start)
                || !c.cues.anyIn(CueLexicon::HoldingWord, c.sentenceOf(d.start)) || tiedToOtherEvent(c, d))
                continue;
            QDate ds;
            QDate de;
            if (!byWeekday && d.day && d.month) {
                if (!dayMonthRange(d, info, &ds, &de))
                    continue;
            } else if (byWeekday && !d.day && d.weekday && d.resolvedStart.isValid()) {
                ds = de = d.resolvedStart;
            } else {
                continue;
            }
            if (!ds.isValid() || !de.isValid())
                continue;
            if (!start.isValid() || ds < start)
                start = ds;
            if (!end.isValid() || de > end)
                end = de;
        }
    }
    return DateRange {start, end, DateRange::Origin::Text};
}

void RoundDatesStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    const RoundInfo *info = a.round != NoRound ? m_reference.round(a.round) : nullptr;
    if (!info)
        return;
    DateRange range = fromText(c, *info);
    if (!range.start.isValid()) {
        a.roundDates = DateRange {info->start, info->end, DateRange::Origin::Reference};
        return;
    }
    // One day from the text: the other end from the reference when they agree.
    if (range.start == range.end) {
        if (range.start == info->start)
            range.end = info->end;
        else if (range.start == info->end)
            range.start = info->start;
    }
    a.roundDates = range;
    if (range.start != info->start || range.end != info->end) {
        a.warnings.append(
            {Diagnostic::Code::RoundDatesDiffer,
             {QString::number(a.round), range.start.toString(Qt::ISODate), range.end.toString(Qt::ISODate),
              info->start.toString(Qt::ISODate), info->end.toString(Qt::ISODate)}});
    }
}
