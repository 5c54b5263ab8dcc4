// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"
#include "dateextractor.h"

// Every date expression of the text (DateExtractor), unresolved.
class DateMentionStage : public AnalysisStage
{
public:
    explicit DateMentionStage(const DateExtractor &extractor)
        : m_extractor(extractor)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    const DateExtractor &m_extractor;
};
