// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

class CueLexicon;
class ReferenceData;

// The host city as the text writes it («في العاصمة الكازاخية نور سلطان»), from a sentence about
// the main round; a name the Kazakh capital did not have at the time is a warning.
class VenueStage : public AnalysisStage
{
public:
    VenueStage(const CueLexicon &lexicon, const ReferenceData &reference)
        : m_lexicon(lexicon)
        , m_reference(reference)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    void checkCapitalName(AnalysisContext &context) const;

    const CueLexicon &m_lexicon;
    const ReferenceData &m_reference;
};
