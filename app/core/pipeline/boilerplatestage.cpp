// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplatestage.h"

#include "analysiscontext.h"
#include "textscan.h"

void BoilerplateStage::run(AnalysisContext &c) const
{
    for (const TextSegment &line : std::as_const(c.lines)) {
        // A cue opening the line (a bullet or two may stand before it).
        const TextSegment opening {line.start, line.start + 3};
        if (c.cues.anyIn(CueLexicon::BoilerplateLine, opening))
            c.excluded.add(line);
        if (c.cues.anyIn(CueLexicon::CommentForm, opening) && TextScan::wordCount(c.text(), line) <= 12) {
            c.excluded.add(TextSegment {line.start, int(c.text().size())});
            break;
        }
    }
}
