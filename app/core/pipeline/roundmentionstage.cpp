// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundmentionstage.h"

#include <algorithm>

#include "analysiscontext.h"
#include "bystart.h"
#include "referencedata.h"
#include "roundmentionfinder.h"

namespace {

bool insidePersonName(const AnalysisContext &c, const RoundMention &r)
{
    auto it = firstFrom(c.actors, r.start + 1);
    if (it == c.actors.cbegin())
        return false;
    --it;
    return it->form == ActorMention::Form::Named && it->start <= r.start && it->end > r.start
        && c.reference.actor(it->actor) && c.reference.actor(it->actor)->kind == ActorInfo::Kind::Person;
}

} // namespace

void RoundMentionStage::run(AnalysisContext &c) const
{
    const RoundMentionFinder finder(m_lexicon, std::max(30, m_reference.lastRoundNumber() + 3));
    c.rounds = finder.find(c.norm, c.cues);
    c.rounds.erase(std::remove_if(c.rounds.begin(), c.rounds.end(),
                                  [&](const RoundMention &r) {
                                      return c.excluded.contains(r.start) || insidePersonName(c, r);
                                  }),
                   c.rounds.end());
}
