// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundwarningsstage.h"

#include "analysiscontext.h"
#include "textscan.h"

namespace {

using Reason = Evidence::Reason;
using Code = Diagnostic::Code;

QString number(int round)
{
    return QString::number(round);
}

bool isMention(const Evidence &e)
{
    return e.reason == Reason::Mention || e.reason == Reason::HeadlineMention
        || e.reason == Reason::LeadMention;
}

} // namespace

void RoundWarningsStage::headlineAndBody(AnalysisContext &c)
{
    const Article &a = c.article;
    for (const Evidence &e : a.roundEvidence) {
        if (e.reason == Reason::HeadlineMention && e.round != a.round) {
            c.article.warnings.append({Code::HeadlineBodyDisagree, {number(e.round), number(a.round)}});
            return;
        }
    }
}

// Two mentions a few filler words apart, with different numbers, name one round twice.
void RoundWarningsStage::twoNumbers(AnalysisContext &c)
{
    for (qsizetype i = 0; i + 1 < c.rounds.size(); ++i) {
        const RoundMention &x = c.rounds.at(i);
        const RoundMention &y = c.rounds.at(i + 1);
        if (!x.isExplicit() || !y.isExplicit() || x.number == y.number || x.inSpan || y.inSpan)
            continue;
        const TextSegment between {x.end, y.start};
        if (between.length() < 0 || TextScan::wordCount(c.text(), between) > 2
            || c.text().mid(between.start, between.length()).contains(QChar(0x060C)))
            continue;
        const int chosen = x.number == c.article.round ? x.number
            : y.number == c.article.round              ? y.number
                                                       : NoRound;
        if (chosen == NoRound)
            continue;
        c.article.warnings.append({Code::TwoNumbersForOneRound,
                                   {number(chosen), number(chosen == x.number ? y.number : x.number),
                                    c.text().mid(x.start, y.end - x.start)}});
        return;
    }
}

// Numbered as one round, dated (with a year) as another.
void RoundWarningsStage::numberingAndDates(AnalysisContext &c)
{
    const Article &a = c.article;
    bool numbered = false;
    for (const Evidence &e : a.roundEvidence)
        numbered = numbered || (isMention(e) && e.round == a.round);
    if (!numbered)
        return;
    for (const Evidence &e : a.roundEvidence) {
        if (e.reason == Reason::TextDate && e.round != a.round) {
            c.article.warnings.append({Code::NumberingDateDisagree, {number(a.round), number(e.round)}});
            return;
        }
    }
}

void RoundWarningsStage::inferredOrUnrelated(AnalysisContext &c)
{
    Article &a = c.article;
    if (a.round == NoRound) {
        const bool reviewed = std::any_of(a.roundEvidence.cbegin(), a.roundEvidence.cend(),
                                          [](const Evidence &e) { return e.round == NoRound; });
        const bool astana = std::any_of(
            c.cues.of(CueLexicon::AstanaName).cbegin(), c.cues.of(CueLexicon::AstanaName).cend(),
            [&](const CueIndex::Match &m) { return !c.excluded.contains(m.start); });
        if (!reviewed && astana && c.rounds.isEmpty())
            a.warnings.append({Code::NotAboutTalks, {}});
        return;
    }
    const auto numbered = std::any_of(a.roundEvidence.cbegin(), a.roundEvidence.cend(),
                                      [&](const Evidence &e) { return isMention(e) && e.round == a.round; });
    if (numbered)
        return;
    Reason strongest = Reason::TextDate;
    int weight = -1;
    for (const Evidence &e : a.roundEvidence) {
        if (e.round == a.round && e.weight > weight) {
            strongest = e.reason;
            weight = e.weight;
        }
    }
    QString how = QStringLiteral("dates");
    if (a.round == 0)
        how = QStringLiteral("doha");
    else if (strongest == Reason::PublicationDate)
        how = QStringLiteral("publication");
    else if (strongest == Reason::NextAfterPublication || strongest == Reason::PreviousRound)
        how = QStringLiteral("next");
    a.warnings.append({Code::RoundInferred, {number(a.round), how}});
}

void RoundWarningsStage::run(AnalysisContext &c) const
{
    if (c.article.round != NoRound) {
        headlineAndBody(c);
        twoNumbers(c);
        numberingAndDates(c);
    }
    inferredOrUnrelated(c);
}
