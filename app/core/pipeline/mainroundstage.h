// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

class ReferenceData;

// The round the article is mainly about: the explicit number most talked about, weighted to the
// title and lead; with no number, a relative mention or a dated report against the reference.
class MainRoundStage : public AnalysisStage
{
public:
    explicit MainRoundStage(const ReferenceData &reference)
        : m_reference(reference)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    int scoredRound(const AnalysisContext &context) const;
    int inferredRound(const AnalysisContext &context) const;

    const ReferenceData &m_reference;
};
