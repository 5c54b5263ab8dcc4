// SPDX-License-Identifier: GPL-3.0-or-later
#include "relativeroundstage.h"

#include <algorithm>

#include "analysiscontext.h"

namespace {

int resolvedNumber(const RoundMention &r, const Article &a)
{
    switch (r.relative) {
    case RoundMention::Relative::Previous:
        return a.round - 1;
    case RoundMention::Relative::Next:
        return a.kind == ArticleKind::Announcement ? a.round : a.round + 1;
    case RoundMention::Relative::Current:
        return a.round;
    case RoundMention::Relative::None:
        break;
    }
    return r.number;
}

} // namespace

void RelativeRoundStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    for (RoundMention &r : c.rounds) {
        if (r.isExplicit() || a.round <= 0)
            continue;
        r.number = std::max(0, resolvedNumber(r, a));
    }
    for (const RoundMention &r : std::as_const(c.rounds)) {
        if (r.number > 0 && r.number != a.round && !a.mentionedRounds.contains(r.number))
            a.mentionedRounds.append(r.number);
    }
    std::sort(a.mentionedRounds.begin(), a.mentionedRounds.end());

    for (const RoundMention &r : std::as_const(c.rounds)) {
        if (!r.isExplicit() && r.number == a.round && a.round > 0)
            c.addMainSentence(r.start);
    }
}
