// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include "analysisstage.h"

class CueLexicon;
class ReferenceData;
struct DateMention;
struct RoundInfo;

// The publication date when the header gave none: a full date with its weekday in the first
// sentence («أسدل الستار في هذا الأربعاء 15 مارس 2017»), else a relative day the text gives for
// the round («اختتمت اليوم الثلاثاء», «انتهت أمس الأربعاء», «تنطلق غدا الاثنين») placed on the main
// round's reference days.
class PublicationDateStage : public AnalysisStage
{
public:
    PublicationDateStage(const CueLexicon &lexicon, const ReferenceData &reference)
        : m_lexicon(lexicon)
        , m_reference(reference)
    {
    }
    void run(AnalysisContext &context) const override;

private:
    QDate fromLead(const AnalysisContext &context, const RoundInfo *info) const;
    QDate fromRelativeDay(const AnalysisContext &context, const RoundInfo &info) const;

    const CueLexicon &m_lexicon;
    const ReferenceData &m_reference;
};
