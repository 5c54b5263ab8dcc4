// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorstage.h"

#include <algorithm>

#include "analysiscontext.h"
#include "referencedata.h"

ActorStage::ActorStage(const ReferenceData &reference)
    : m_reference(reference)
{
    for (qsizetype i = 0; i < reference.actors().size(); ++i) {
        for (const QString &term : reference.actors().at(i).terms)
            m_names.addTerm(term, int(i));
    }
    m_names.build();
}

void ActorStage::run(AnalysisContext &c) const
{
    QList<ActorMention> actors;
    for (const auto &m : m_names.findAll(c.norm.text))
        actors.append(ActorMention {ActorMention::Form::Named, m_reference.actors().at(m.key).id,
                                    c.norm.originalStart(m.start), c.norm.originalEnd(m.end)});
    for (const CueIndex::Match &cue : c.cues.of(CueLexicon::StatementNoun))
        actors.append(ActorMention {ActorMention::Form::StatementNoun, {}, cue.start, cue.end});
    for (const CueIndex::Match &cue : c.cues.of(CueLexicon::GenericTitle))
        actors.append(ActorMention {ActorMention::Form::GenericTitle, {}, cue.start, cue.end});
    for (const CueIndex::Match &cue : c.cues.of(CueLexicon::GenericBody))
        actors.append(ActorMention {ActorMention::Form::GenericBody, {}, cue.start, cue.end});
    // Stable, as the cues came in text order before: equal mentions keep their order.
    std::stable_sort(actors.begin(), actors.end(), [](const ActorMention &x, const ActorMention &y) {
        return x.start != y.start ? x.start < y.start : (x.end - x.start) > (y.end - y.start);
    });
    QList<ActorMention> kept;
    for (const ActorMention &m : std::as_const(actors)) {
        if (!kept.isEmpty() && m.start < kept.last().end) {
            if (m.end - m.start > kept.last().end - kept.last().start)
                kept.last() = m;
            continue;
        }
        kept.append(m);
    }
    c.actors = kept;
}
