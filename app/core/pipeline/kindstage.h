// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "analysisstage.h"
#include "article.h"

class ReferenceData;

// Report, announcement or analysis. Published before the round began: an announcement; after it
// ended: a report; while it was held, or with no date, the tense of what the text says about the
// round decides («ستعقد», «المقبلة», «غدا» against «اختتمت», «عقدت», «أمس»). Without a main round:
// an analysis. The evidence goes with the article.
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
