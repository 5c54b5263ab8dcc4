// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

class CueLexicon;

// The first stage: the normalised copy of the text, the cue matches, lines and ICU sentences
// every later stage works on.
class TextIndexStage : public AnalysisStage
{
public:
    explicit TextIndexStage(const CueLexicon &cues)
        : m_cues(cues)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    const CueLexicon &m_cues;
};
