// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

// The header lines at the top of a saved page or copied text: the page's date line (a full date
// on a short line), an agency line, and the headline (a short line that is not a sentence).
// Sets the publication date, the source and the title they give.
class HeaderStage : public AnalysisStage
{
public:
    void run(AnalysisContext &context) const override;
};
