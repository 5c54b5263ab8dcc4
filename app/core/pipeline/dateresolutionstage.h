// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

// Relative dates («أمس», «الشهر الجاري») resolved against the publication date; one that does
// not fit it is a warning (the page may carry a later date than the article's).
class DateResolutionStage : public AnalysisStage
{
public:
    void run(AnalysisContext &context) const override;
};
