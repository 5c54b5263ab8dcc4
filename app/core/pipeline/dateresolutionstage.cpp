// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateresolutionstage.h"

#include "analysiscontext.h"
#include "dateextractor.h"

void DateResolutionStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    if (!a.published.isValid())
        return;
    for (DateMention &d : c.dates) {
        if (d.relative == DateMention::Relative::None && d.year)
            continue;
        if (!DateExtractor::resolve(d, a.published) && d.relative != DateMention::Relative::None
            && !c.excluded.contains(d.start)) {
            a.warnings.append({Diagnostic::Code::PageDateMismatch,
                               {a.published.toString(Qt::ISODate), c.text().mid(d.start, d.end - d.start)}});
        }
    }
}
