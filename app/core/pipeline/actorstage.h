// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"
#include "termmatcher.h"

class ReferenceData;

// Who is named where: the actors of actors.json, the statement nouns (البيان الختامي) and bare
// titles (الوزير), the longest name winning where two overlap.
class ActorStage : public AnalysisStage
{
public:
    explicit ActorStage(const ReferenceData &reference);
    void run(AnalysisContext &context) const override;

private:
    const ReferenceData &m_reference;
    TermMatcher m_names;
};
