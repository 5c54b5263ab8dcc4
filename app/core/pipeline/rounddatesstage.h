// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"
#include "article.h"
#include "datemention.h"

class CueLexicon;
class ReferenceData;
struct RoundInfo;

// The main round's dates: from the text where a sentence about the round says when it is held,
// else from the reference table. Days with a month win; a bare weekday («انطلقت الأربعاء»)
// counts only in a report, and only when no day of the month is given. A disagreement with the
// reference is a warning.
class RoundDatesStage : public AnalysisStage
{
public:
    RoundDatesStage(const CueLexicon &lexicon, const ReferenceData &reference)
        : m_lexicon(lexicon)
        , m_reference(reference)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    DateRange fromText(const AnalysisContext &context, const RoundInfo &info) const;
    static int score(const DateMention &d, const DateRange &range, const RoundInfo &info);

    const CueLexicon &m_lexicon;
    const ReferenceData &m_reference;
};
