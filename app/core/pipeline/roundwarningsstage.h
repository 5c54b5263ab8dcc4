// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

// What the user should know about the main round the evidence chose: the headline names another
// round; one phrase gives two numbers («الجولة الثامنة من أستانا-7»); the text numbers the round
// one way and dates it as another; the round is not numbered at all and was inferred; or Astana is
// named but the text is about something else.
class RoundWarningsStage : public AnalysisStage
{
public:
    void run(AnalysisContext &context) const override;

private:
    static void headlineAndBody(AnalysisContext &context);
    static void twoNumbers(AnalysisContext &context);
    static void numberingAndDates(AnalysisContext &context);
    static void inferredOrUnrelated(AnalysisContext &context);
};
