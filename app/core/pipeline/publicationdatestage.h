// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysisstage.h"

class ReferenceData;

// A report without a date line is dated by the weekday it names («اختتمت اليوم الأربعاء»),
// placed within the main round's reference dates.
class PublicationDateStage : public AnalysisStage
{
public:
    explicit PublicationDateStage(const ReferenceData &reference)
        : m_reference(reference)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    const ReferenceData &m_reference;
};
