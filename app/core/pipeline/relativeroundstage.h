// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

// Numbers for the relative mentions («الجولة السابقة», «المقبلة») now that the main round and
// the kind are known; the other rounds the article mentions; the sentences about the main round.
class RelativeRoundStage : public AnalysisStage
{
public:
    void run(AnalysisContext &context) const override;
};
