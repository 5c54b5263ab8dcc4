// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementstage.h"

#include "analysiscontext.h"

void StatementStage::run(AnalysisContext &c) const
{
    SpanSet headlines;
    const QString &title = c.article.title;
    for (const TextSegment &line : std::as_const(c.lines)) {
        if (line.end <= c.headerEnd
            || (!title.isEmpty() && QStringView(c.text()).sliced(line.start, line.length()) == title))
            headlines.add(line);
    }
    c.article.statements = m_extractor.extract(c, headlines);
}
