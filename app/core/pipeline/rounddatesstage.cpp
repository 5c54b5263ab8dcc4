// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounddatesstage.h"

#include "analysiscontext.h"
#include "bystart.h"
#include "cuelexicon.h"
#include "referencedata.h"
#include "textscan.h"

namespace {

// An event word in the same clause (اتفاق، مذكرة، منذ…) or another round claims the date.
// «بعد الـ 20 من كانون الأول»: a bound of the date, not the date.
bool bounded(const AnalysisContext &c, const DateMention &d, const QSet<QString> &bounds)
{
    const QString &s = c.norm.text;
    int e = c.norm.normalizedPos(d.start);
    while (e > 0 && !s.at(e - 1).isLetter())
        --e;
    int b = e;
    while (b > 0 && s.at(b - 1).isLetter())
        --b;
    return bounds.contains(s.mid(b, e - b));
}

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

// How well a range the text gives fits being the round's dates: two days and a year make it a
// statement of the dates; agreeing with the reference makes it the final ones («بين 14 و17 من
// حزيران» tentatively, «يومي 15 و16 يونيو 2022» in the end).
int RoundDatesStage::score(const DateMention &d, const DateRange &range, const RoundInfo &info)
{
    int s = (d.lastDay ? 2 : 0) + (d.year ? 1 : 0);
    if (range.start == info.start && range.end == info.end)
        s += 4;
    else if (range.start <= info.end && range.end >= info.start)
        s += 2;
    return s;
}

DateRange RoundDatesStage::fromText(const AnalysisContext &c, const RoundInfo &info) const
{
    DateRange best {{}, {}, DateRange::Origin::Text};
    int bestScore = -1;
    DateRange weekdays {{}, {}, DateRange::Origin::Text};
    for (const DateMention &d : c.dates) {
        if (c.excluded.contains(d.start) || !c.inMainSentence(d.start)
            || !c.cues.anyIn(CueLexicon::HoldingWord, c.sentenceOf(d.start)) || tiedToOtherEvent(c, d)
            || bounded(c, d, m_lexicon.words(CueLexicon::DateBound)))
            continue;
        DateRange range {{}, {}, DateRange::Origin::Text};
        if (d.day && d.month) {
            if (!dayMonthRange(d, info, &range.start, &range.end) || !range.isValid())
                continue;
            if (const int s = score(d, range, info); s > bestScore) {
                best = range;
                bestScore = s;
            }
        } else if (!d.day && d.weekday && d.resolvedStart.isValid()) {
            // «يومي الاثنين والثلاثاء», relative to the page's date: together they span the round.
            if (!weekdays.start.isValid() || d.resolvedStart < weekdays.start)
                weekdays.start = d.resolvedStart;
            if (!weekdays.end.isValid() || d.resolvedStart > weekdays.end)
                weekdays.end = d.resolvedStart;
        }
    }
    if (best.isValid() || c.article.kind != ArticleKind::Report)
        return best;
    return weekdays;
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
