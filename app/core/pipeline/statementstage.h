// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"
#include "statementextractor.h"

// The statements of the article (StatementExtractor), with the header lines left out.
class StatementStage : public AnalysisStage
{
public:
    StatementStage(const CueLexicon &lexicon, const ReferenceData &reference)
        : m_extractor(lexicon, reference)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    StatementExtractor m_extractor;
};
