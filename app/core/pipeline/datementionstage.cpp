// SPDX-License-Identifier: GPL-3.0-or-later
#include "datementionstage.h"

#include "analysiscontext.h"

void DateMentionStage::run(AnalysisContext &c) const
{
    c.dates = m_extractor.extract(c.norm);
}
