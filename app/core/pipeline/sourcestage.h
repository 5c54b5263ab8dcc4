// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "analysisstage.h"
#include "textsegment.h"

class CueLexicon;

// The outlet or agency the text names when no header line did: «المصدر: …», «بحسب وكالة …»,
// «نقلت قناة …», a dateline «دمشق-سانا» or «(الأناضول)».
class SourceStage : public AnalysisStage
{
public:
    explicit SourceStage(const CueLexicon &lexicon)
        : m_lexicon(lexicon)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    QString agencyNameAfter(const AnalysisContext &context, int start, int end, TextSegment line) const;

    const CueLexicon &m_lexicon;
};
