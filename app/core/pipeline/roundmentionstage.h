// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

class ReferenceData;

// The places where the text refers to a round (RoundMentionFinder), outside the page furniture.
class RoundMentionStage : public AnalysisStage
{
public:
    explicit RoundMentionStage(const ReferenceData &reference)
        : m_reference(reference)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    const ReferenceData &m_reference;
};
