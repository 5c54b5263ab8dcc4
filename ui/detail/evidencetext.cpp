// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencetext.h"

#include <algorithm>

using Reason = Evidence::Reason;

namespace {

// At most this many pieces of evidence on the line; the text shows all of them when lit.
constexpr int LineItems = 3;

QList<Evidence> forRound(int round, const QList<Evidence> &evidence)
{
    QList<Evidence> out;
    for (const Evidence &e : evidence) {
        if (e.round == round)
            out.append(e);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Evidence &a, const Evidence &b) { return a.weight > b.weight; });
    return out;
}

} // namespace

QString EvidenceText::reason(Reason reason)
{
    switch (reason) {
    case Reason::Mention:
        return tr("named in the text");
    case Reason::HeadlineMention:
        return tr("named in the headline");
    case Reason::LeadMention:
        return tr("named in the first sentences");
    case Reason::PreviousRound:
        return tr("the round before it is named");
    case Reason::TextDate:
        return tr("a date of its days");
    case Reason::PublicationDate:
        return tr("published during it");
    case Reason::NextAfterPublication:
        return tr("the next round after the publication date");
    case Reason::NextRoundDated:
        return tr("the month given for the next round");
    case Reason::Venue:
        return tr("the only meeting held in that city");
    case Reason::ManyRounds:
        return tr("many rounds named, none above the others");
    case Reason::AnalysisMarker:
        return tr("marked as analysis or opinion");
    case Reason::LongAfter:
        return tr("published long after the round");
    case Reason::PublishedBefore:
        return tr("published before the round");
    case Reason::PublishedDuring:
        return tr("published while it was held");
    case Reason::PublishedAfter:
        return tr("published after it");
    case Reason::FutureTense:
        return tr("future tense");
    case Reason::PastTense:
        return tr("past tense");
    case Reason::DatesFromText:
        return tr("dates given in the text");
    case Reason::DatesFromReference:
        return tr("dates from the reference table");
    }
    return {};
}

QString EvidenceText::whyLine(const QString &roundName, int round, const QList<Evidence> &evidence,
                              const QString &text)
{
    const QList<Evidence> items = forRound(round, evidence);
    if (items.isEmpty())
        return {};
    QStringList parts;
    for (const Evidence &e : items.mid(0, LineItems)) {
        QString part = reason(e.reason).toHtmlEscaped();
        if (e.start >= 0 && e.end <= text.size() && e.end > e.start)
            part = tr("«%1» (%2)").arg(text.mid(e.start, e.end - e.start).toHtmlEscaped(), part);
        parts.append(part);
    }
    return tr("<a href=\"why\">Why %1?</a> %2").arg(roundName.toHtmlEscaped(), parts.join(tr("; ")));
}

QList<std::pair<int, int>> EvidenceText::spans(int round, const QList<Evidence> &evidence)
{
    QList<std::pair<int, int>> out;
    for (const Evidence &e : forRound(round, evidence)) {
        if (e.start >= 0 && e.end > e.start)
            out.append({e.start, e.end});
    }
    return out;
}
