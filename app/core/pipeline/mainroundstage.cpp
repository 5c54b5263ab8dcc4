// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainroundstage.h"

#include <QSet>

#include "analysiscontext.h"
#include "arabicnormalizer.h"
#include "bystart.h"
#include "dateextractor.h"
#include "referencedata.h"

namespace {

using Reason = Evidence::Reason;

// A report comes out while its round is held or soon after; a piece dated this long after the
// round it names looks back on it.
constexpr int RetrospectiveDays = 30;
// How far ahead «الجولة المقبلة» may reach from the publication date.
constexpr int AnnouncementReachDays = 120;

bool inHeadline(const AnalysisContext &c, int pos)
{
    return c.titleLine.contains(pos) || pos < c.headerEnd;
}

// The first two sentences after the header lines.
int leadEnd(const AnalysisContext &c)
{
    int seen = 0;
    int end = c.headerEnd;
    for (const TextSegment &s : c.sentences) {
        if (s.start < c.headerEnd || c.excluded.contains(s.start))
            continue;
        end = s.end;
        if (++seen == 2)
            break;
    }
    return end;
}

bool talksSentence(const AnalysisContext &c, TextSegment sentence)
{
    return c.cues.anyIn(CueLexicon::AstanaName, sentence) || c.cues.anyIn(CueLexicon::RoundNoun, sentence)
        || c.cues.anyIn(CueLexicon::HoldingWord, sentence);
}

bool speaksOfComingRound(const AnalysisContext &c)
{
    return std::any_of(c.rounds.cbegin(), c.rounds.cend(), [](const RoundMention &r) {
        return r.relative == RoundMention::Relative::Next || r.relative == RoundMention::Relative::Current;
    });
}

// «اليوم», «أمس», «الشهر الجاري»: a text that speaks of its own days is not looking back. (A page
// date that does not fit them is a later one, and the warning says so.)
bool speaksOfNow(const AnalysisContext &c)
{
    using Relative = DateMention::Relative;
    return std::any_of(c.dates.cbegin(), c.dates.cend(), [&](const DateMention &d) {
        const bool day = d.relative == Relative::Today || d.relative == Relative::Yesterday
            || d.relative == Relative::Tomorrow || d.relative == Relative::DayBeforeYesterday;
        const bool month = d.relative == Relative::Current
            && (d.unit == DateMention::Unit::Day || d.unit == DateMention::Unit::Month);
        return (day || month) && !c.excluded.contains(d.start);
    });
}

} // namespace

MainRoundStage::MainRoundStage(const ReferenceData &reference)
    : m_reference(reference)
{
    for (const RoundInfo &r : reference.rounds())
        m_roundsByCity[ArabicNormalizer::instance().normalized(r.city.ar)].append(r.number);
}

void MainRoundStage::Tally::add(const Evidence &e)
{
    score[e.round] += e.weight;
    if (!first.contains(e.round) || (e.start >= 0 && e.start < first.value(e.round)))
        first.insert(e.round, e.start >= 0 ? e.start : INT_MAX);
    items.append(e);
}

int MainRoundStage::Tally::best() const
{
    int best = NoRound;
    for (auto it = score.cbegin(); it != score.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        if (best == NoRound || it.value() > score.value(best)
            || (it.value() == score.value(best) && first.value(it.key()) < first.value(best)))
            best = it.key();
    }
    return best;
}

QList<const RoundInfo *> MainRoundStage::roundsOn(const QDate &date, int slackBefore, int slackAfter) const
{
    QList<const RoundInfo *> out;
    for (const RoundInfo &r : m_reference.rounds()) {
        if (date >= r.start.addDays(-slackBefore) && date <= r.end.addDays(slackAfter))
            out.append(&r);
    }
    return out;
}

void MainRoundStage::addMentions(const AnalysisContext &c, Tally &tally) const
{
    const int lead = leadEnd(c);
    const bool coming = speaksOfComingRound(c);
    for (const RoundMention &r : c.rounds) {
        if (!r.isExplicit() || r.inSpan)
            continue;
        if (r.previous) {
            // «الجولة الـ15 الماضية» in a piece on «الجولة الجديدة»: the new one is the next.
            tally.add({Reason::PreviousRound, r.number, 1, r.start, r.end});
            if (coming && m_reference.round(r.number + 1))
                tally.add({Reason::PreviousRound, r.number + 1, 3, r.start, r.end});
            continue;
        }
        Evidence e {Reason::Mention, r.number, 2, r.start, r.end};
        if (inHeadline(c, r.start)) {
            e.reason = Reason::HeadlineMention;
            e.weight = 5;
        } else if (r.start < lead) {
            e.reason = Reason::LeadMention;
            e.weight = 5;
        }
        const TextSegment sentence = c.sentenceOf(r.start);
        if (c.cues.anyIn(CueLexicon::PastCue, sentence) || c.cues.anyIn(CueLexicon::FutureCue, sentence)
            || c.cues.anyIn(CueLexicon::StatementNoun, sentence))
            e.weight += 1;
        tally.add(e);
    }
}

// A day the text gives in a sentence about the talks that falls on one round's days: with a year,
// within them; without one, on the first or last day of exactly one round («23 جانفي الجاري»).
void MainRoundStage::addDates(const AnalysisContext &c, Tally &tally) const
{
    const int lead = leadEnd(c);
    for (const DateMention &d : c.dates) {
        // In a sentence about the talks, or in the header and lead of a text about them.
        const bool near = talksSentence(c, c.sentenceOf(d.start))
            || (d.start < lead && !c.cues.of(CueLexicon::AstanaName).isEmpty());
        if (!d.day || !d.month || c.excluded.contains(d.start) || !near)
            continue;
        QList<const RoundInfo *> matches;
        if (d.year) {
            const QDate date(d.year, d.month, d.day);
            if (date.isValid())
                matches = roundsOn(date, 0, 0);
        } else {
            for (const RoundInfo &r : m_reference.rounds()) {
                for (const QDate &day : {r.start, r.end}) {
                    if (day.month() == d.month && (day.day() == d.day || day.day() == d.lastDay)
                        && !matches.contains(&r))
                        matches.append(&r);
                }
            }
        }
        if (matches.size() == 1)
            tally.add({Reason::TextDate, matches.first()->number, 3, d.start, d.end});
    }
}

void MainRoundStage::addPublication(const AnalysisContext &c, Tally &tally) const
{
    const QDate published = c.article.published;
    if (!published.isValid() || c.cues.of(CueLexicon::AstanaName).isEmpty())
        return;
    const QList<const RoundInfo *> during = roundsOn(published, 1, 2);
    if (during.size() == 1)
        tally.add({Reason::PublicationDate, during.first()->number, 3, -1, -1});
    if (!during.isEmpty() || !speaksOfComingRound(c))
        return;
    const RoundInfo *next = nullptr;
    for (const RoundInfo &r : m_reference.rounds()) {
        if (r.start > published && (!next || r.start < next->start))
            next = &r;
    }
    if (next && published.daysTo(next->start) <= AnnouncementReachDays)
        tally.add({Reason::NextAfterPublication, next->number, 3, -1, -1});
}

// «اجتماع أستانا في العاصمة القطرية الدوحة»: a city that hosted one meeting only names it.
void MainRoundStage::addVenues(const AnalysisContext &c, Tally &tally) const
{
    for (const CueIndex::Match &v : c.cues.of(CueLexicon::Venue)) {
        if (c.excluded.contains(v.start) || !c.cues.anyIn(CueLexicon::AstanaName, c.sentenceOf(v.start)))
            continue;
        const QList<int> hosted = m_roundsByCity.value(c.norm.text.mid(v.nstart, v.nend - v.nstart));
        if (hosted.size() == 1)
            tally.add({Reason::Venue, hosted.first(), 4, v.start, v.end});
    }
}

// The one round that began in the month (and part of it, and year where known) a date names.
const RoundInfo *MainRoundStage::onlyRoundIn(const DateMention &d, const QDate &published) const
{
    int year = d.year;
    if (!year && published.isValid() && d.relative != DateMention::Relative::None) {
        DateMention resolved = d;
        DateExtractor::resolve(resolved, published);
        year = resolved.resolvedStart.isValid() ? resolved.resolvedStart.year() : 0;
    }
    const RoundInfo *only = nullptr;
    for (const RoundInfo &r : m_reference.rounds()) {
        const int day = r.start.day();
        const bool partFits = d.part == DateMention::Part::Whole
            || (d.part == DateMention::Part::Early && day <= 10)
            || (d.part == DateMention::Part::Middle && day > 10 && day <= 20)
            || (d.part == DateMention::Part::Late && day > 20);
        if (r.start.month() != d.month || (year && r.start.year() != year) || !partFits)
            continue;
        if (only)
            return nullptr;
        only = &r;
    }
    return only;
}

// «الجولة المقبلة من المحادثات ستعقد أواخر أكتوبر القادم»: the month names the next round; in a
// report of a round that has ended, the article's round is the one before it.
void MainRoundStage::addNextRoundDates(const AnalysisContext &c, Tally &tally) const
{
    const TextSegment lead {c.headerEnd, leadEnd(c)};
    const bool report = c.cues.anyIn(CueLexicon::PastCue, lead);
    for (const RoundMention &r : c.rounds) {
        if (r.relative != RoundMention::Relative::Next || c.excluded.contains(r.start))
            continue;
        const TextSegment sentence = c.sentenceOf(r.start);
        for (auto d = firstFrom(c.dates, sentence.start); d != c.dates.cend() && d->start < sentence.end;
             ++d) {
            if (!d->month)
                continue;
            const RoundInfo *next = onlyRoundIn(*d, c.article.published);
            const int number = next ? (report ? next->number - 1 : next->number) : NoRound;
            if (next && m_reference.round(number))
                tally.add({Reason::NextRoundDated, number, 3, d->start, d->end});
        }
    }
}

QList<Evidence> MainRoundStage::reviewEvidence(const AnalysisContext &c, const Tally &tally, int best) const
{
    QSet<int> named;
    int mentionScore = 0;
    bool headlineOrLead = false;
    for (const Evidence &e : tally.items) {
        if (e.reason == Reason::Mention || e.reason == Reason::HeadlineMention
            || e.reason == Reason::LeadMention) {
            named.insert(e.round);
            mentionScore += e.weight;
            headlineOrLead = headlineOrLead || (e.round == best && e.reason != Reason::Mention);
        }
    }
    if (named.size() >= 4 && tally.score.value(best) * 10 < mentionScore * 4)
        return {{Reason::ManyRounds, NoRound, int(named.size()), -1, -1}};
    const TextSegment header {0, std::max(c.headerEnd, c.lines.isEmpty() ? 0 : c.lines.first().end)};
    if (const CueIndex::Match *marker = c.cues.firstIn(CueLexicon::AnalysisMarker, header);
        marker && !headlineOrLead)
        return {{Reason::AnalysisMarker, NoRound, 1, marker->start, marker->end}};
    const RoundInfo *info = m_reference.round(best);
    const QDate published = c.article.published;
    if (info && published.isValid() && info->end.daysTo(published) > RetrospectiveDays && !speaksOfNow(c))
        return {{Reason::LongAfter, NoRound, int(info->end.daysTo(published)), -1, -1}};
    return {};
}

void MainRoundStage::run(AnalysisContext &c) const
{
    Tally tally;
    addMentions(c, tally);
    addDates(c, tally);
    addPublication(c, tally);
    addVenues(c, tally);
    addNextRoundDates(c, tally);
    int best = tally.best();
    QList<Evidence> evidence = tally.items;
    if (best != NoRound) {
        const QList<Evidence> review = reviewEvidence(c, tally, best);
        if (!review.isEmpty()) {
            best = NoRound;
            evidence += review;
        }
    }
    c.article.round = best;
    c.article.roundEvidence = evidence;
    // Where its dates and venue are to be found: the sentences that name the round or date it.
    for (const RoundMention &r : std::as_const(c.rounds)) {
        if (best != NoRound && r.isExplicit() && r.number == best)
            c.addMainSentence(r.start);
    }
    // A month given for «the next round» speaks of that one, not of this.
    for (const Evidence &e : std::as_const(evidence)) {
        if (best != NoRound && e.round == best && e.start >= 0 && e.reason != Reason::NextRoundDated)
            c.addMainSentence(e.start);
    }
    keepStrongest(&c.article.roundEvidence, best);
}

// What explains the decision: the evidence for the chosen round and its strongest rivals, not
// every mention of a page that lists hundreds.
void MainRoundStage::keepStrongest(QList<Evidence> *evidence, int chosen)
{
    std::stable_sort(evidence->begin(), evidence->end(), [chosen](const Evidence &a, const Evidence &b) {
        if ((a.round == chosen) != (b.round == chosen))
            return a.round == chosen;
        return a.weight > b.weight;
    });
    if (evidence->size() > MaxEvidence)
        evidence->resize(MaxEvidence);
}
