// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundmentionstage.h"

#include <algorithm>

#include "analysiscontext.h"
#include "referencedata.h"
#include "roundmentionfinder.h"

void RoundMentionStage::run(AnalysisContext &c) const
{
    const RoundMentionFinder finder(std::max(30, m_reference.lastRoundNumber() + 3));
    c.rounds = finder.find(c.norm, c.cues);
    c.rounds.erase(std::remove_if(c.rounds.begin(), c.rounds.end(),
                                  [&](const RoundMention &r) { return c.excluded.contains(r.start); }),
                   c.rounds.end());
}
