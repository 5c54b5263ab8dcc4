// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

// Marks what is not the article: "read also" lines and everything from a comment form on.
class BoilerplateStage : public AnalysisStage
{
public:
    void run(AnalysisContext &context) const override;
};
