// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

class CueLexicon;
class ReferenceData;

// The places where the text refers to a round (RoundMentionFinder), outside the page furniture and
// outside people's names («الرئيس نور سلطان نزارباييف» is not the city).
class RoundMentionStage : public AnalysisStage
{
public:
    RoundMentionStage(const CueLexicon &lexicon, const ReferenceData &reference)
        : m_lexicon(lexicon)
        , m_reference(reference)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    const CueLexicon &m_lexicon;
    const ReferenceData &m_reference;
};
