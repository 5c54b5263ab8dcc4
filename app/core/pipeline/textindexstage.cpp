// SPDX-License-Identifier: GPL-3.0-or-later
#include "textindexstage.h"

#include "analysiscontext.h"
#include "arabicnormalizer.h"
#include "cuelexicon.h"
#include "sentencesplitter.h"
#include "textscan.h"

void TextIndexStage::run(AnalysisContext &c) const
{
    c.norm = ArabicNormalizer::instance().normalize(c.text());
    c.cues = CueIndex(m_cues.find(c.norm));
    c.lines = TextScan::lines(c.text());
    c.sentences = SentenceSplitter::sentences(c.text());
}
