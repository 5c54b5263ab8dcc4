// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

class ReferenceData;

// Report, announcement or analysis: from the publication date against the round's dates where
// both are known, else from the tense of the sentences about the round.
class KindStage : public AnalysisStage
{
public:
    explicit KindStage(const ReferenceData &reference)
        : m_reference(reference)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    const ReferenceData &m_reference;
};
