// SPDX-License-Identifier: GPL-3.0-or-later
#include "themestage.h"

#include "analysiscontext.h"
#include "themematcher.h"

void ThemeStage::run(AnalysisContext &c) const
{
    Article &a = c.article;
    for (const ThemeSpan &span : m_themes.spans(c.norm)) {
        if (c.excluded.contains(span.start))
            continue;
        a.themeSpans.append(span);
        if (!a.themes.contains(span.theme))
            a.themes.append(span.theme);
    }
}
