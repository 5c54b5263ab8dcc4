// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationdatestage.h"

#include "analysiscontext.h"
#include "bystart.h"
#include "cuelexicon.h"
#include "referencedata.h"
#include "tense.h"

namespace {

using Relative = DateMention::Relative;

// Days from the event the weekday names to the day the text was written.
int writtenAfter(Relative relative)
{
    switch (relative) {
    case Relative::Yesterday:
        return 1;
    case Relative::DayBeforeYesterday:
        return 2;
    case Relative::Tomorrow:
        return -1;
    default:
        return 0;
    }
}

bool talksSentence(const AnalysisContext &c, TextSegment sentence)
{
    return c.cues.anyIn(CueLexicon::AstanaName, sentence) || c.cues.anyIn(CueLexicon::RoundNoun, sentence)
        || c.cues.anyIn(CueLexicon::HoldingWord, sentence)
        || c.cues.anyIn(CueLexicon::StatementNoun, sentence);
}

// The day with `weekday` the text speaks of: in a text looking ahead, «اليوم» and «أمس» are
// before the round (the latest such day), «غدا» is its first day; otherwise the day on or nearest
// the round's days, within a week before and a few days after.
QDate eventDay(const RoundInfo &info, int weekday, Relative relative, bool ahead)
{
    if (ahead && relative != Relative::Tomorrow) {
        for (QDate day = info.start.addDays(-1); day >= info.start.addDays(-14); day = day.addDays(-1)) {
            if (day.dayOfWeek() == weekday)
                return day;
        }
        return {};
    }
    QDate best;
    int bestDistance = INT_MAX;
    for (QDate day = info.start.addDays(-7); day <= info.end.addDays(3); day = day.addDays(1)) {
        if (day.dayOfWeek() != weekday)
            continue;
        const int distance = day < info.start ? int(day.daysTo(info.start))
            : day > info.end                  ? int(info.end.daysTo(day))
                                              : 0;
        if (distance < bestDistance) {
            best = day;
            bestDistance = distance;
        }
    }
    return best;
}

// «في هذا الأربعاء 15 مارس»: the demonstrative makes the weekday the writer's own.
bool thisDay(const AnalysisContext &c, const DateMention &d, const QSet<QString> &demonstratives)
{
    const QString &s = c.norm.text;
    int e = c.norm.normalizedPos(d.start);
    while (e > 0 && !s.at(e - 1).isLetter())
        --e;
    int b = e;
    while (b > 0 && s.at(b - 1).isLetter())
        --b;
    return demonstratives.contains(s.mid(b, e - b));
}

} // namespace

// «اليوم الثلاثاء 3 ديسمبر 2024», «في هذا الأربعاء 15 مارس 2017» in the first paragraph; without
// a year («اليوم الخميس، 9 من حزيران»), the main round's year when that makes it fall within half
// a year of the round.
QDate PublicationDateStage::fromLead(const AnalysisContext &c, const RoundInfo *info) const
{
    for (const TextSegment &s : c.sentences) {
        if (s.start < std::max(c.headerEnd, c.bodyStart) || c.excluded.contains(s.start))
            continue;
        for (auto d = firstFrom(c.dates, s.start); d != c.dates.cend() && d->start < s.end; ++d) {
            if (!d->day || !d->month
                || (d->relative != Relative::Today
                    && !(d->weekday && thisDay(c, *d, m_lexicon.words(CueLexicon::Demonstrative)))))
                continue;
            if (d->year)
                return QDate(d->year, d->month, d->day);
            const QDate guess = info ? QDate(info->start.year(), d->month, d->day) : QDate();
            if (guess.isValid() && std::abs(guess.daysTo(info->start)) <= 183)
                return guess;
        }
        return {}; // the first paragraph's first sentence only
    }
    return {};
}

QDate PublicationDateStage::fromRelativeDay(const AnalysisContext &c, const RoundInfo &info) const
{
    const bool ahead = Tense::looksAhead(Tense::cues(c));
    QDate latest;
    for (const DateMention &d : c.dates) {
        if (!d.weekday || d.day || c.excluded.contains(d.start))
            continue;
        const TextSegment sentence = c.sentenceOf(d.start);
        const bool relativeDay = d.relative == Relative::Today || d.relative == Relative::Yesterday
            || d.relative == Relative::DayBeforeYesterday || d.relative == Relative::Tomorrow;
        // A bare weekday («انطلقت الثلاثاء») dates a report only in a sentence about its round.
        if (relativeDay ? !talksSentence(c, sentence)
                        : ((!c.cues.anyIn(CueLexicon::PastCue, sentence)
                            && !c.cues.anyIn(CueLexicon::StatementNoun, sentence))
                           || !c.inMainSentence(d.start)))
            continue;
        const QDate event = eventDay(info, d.weekday, d.relative, ahead);
        if (!event.isValid())
            continue;
        // «اليوم الأربعاء» says when the text was written; other weekdays only bound it, and
        // the latest of them is the nearest to it.
        const QDate written = event.addDays(writtenAfter(d.relative));
        if (d.relative == Relative::Today)
            return written;
        if (!latest.isValid() || written > latest)
            latest = written;
    }
    return latest;
}

void PublicationDateStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    if (a.published.isValid())
        return;
    const RoundInfo *info = a.round != NoRound ? m_reference.round(a.round) : nullptr;
    a.published = fromLead(c, info);
    if (!a.published.isValid() && info)
        a.published = fromRelativeDay(c, *info);
}
