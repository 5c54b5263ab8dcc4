// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include "analysisstage.h"
#include "textsegment.h"

// The header lines above the first paragraph of a saved page or copied text: the page's date
// lines, an agency line, the headline, the page's address. Sets the publication date (the date
// line nearest the headline; a page often shows the day it was rendered too), the source and the
// title. A date that «اليوم الثلاثاء» in the text contradicts is the page's, not the article's.
class HeaderStage : public AnalysisStage
{
public:
    void run(AnalysisContext &context) const override;

private:
    struct Header
    {
        int titleIndex = -1;
        QList<std::pair<int, QDate>> dates; // line index, date
        QDate urlDate;
    };
    Header scan(AnalysisContext &context, qsizetype zoneEnd) const;
    QDate chosenDate(const Header &header) const;
    bool contradictedByToday(AnalysisContext &context, const QDate &date) const;
};
