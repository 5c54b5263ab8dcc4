// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "actormention.h"
#include "article.h"
#include "cueindex.h"
#include "datemention.h"
#include "decodeddocument.h"
#include "normalizedtext.h"
#include "roundmention.h"
#include "spanset.h"
#include "textsegment.h"

class ReferenceData;

// Everything the analysis of one article knows, passed from stage to stage: what was found in the
// text (with original offsets unless named n…) and the result so far. Each stage reads what the
// earlier ones left and adds its part; none keeps state of its own between articles.
struct AnalysisContext
{
    AnalysisContext(const DecodedDocument &document, const ReferenceData &reference)
        : document(document)
        , reference(reference)
    {
    }

    const DecodedDocument &document;
    const ReferenceData &reference;

    NormalizedText norm;
    CueIndex cues;
    QList<TextSegment> lines;
    QList<TextSegment> sentences;
    SpanSet excluded; // page furniture and boilerplate: no round, date, theme or statement counts there
    QList<DateMention> dates; // sorted by start
    QList<RoundMention> rounds; // sorted by start
    QList<ActorMention> actors; // sorted by start, overlaps resolved
    TextSegment titleLine; // the headline line in the text, if any
    int headerEnd = 0; // end of the header lines (date line, source line, headline)
    int bodyStart = 0; // start of the first paragraph
    QList<TextSegment> mainSentences; // sentences that speak of the main round, sorted

    Article article;

    const QString &text() const { return article.text; }
    // The sentence holding `pos`, or an empty segment at pos.
    TextSegment sentenceOf(int pos) const;
    // The line holding `pos`, or an empty segment at pos.
    TextSegment lineOf(int pos) const;
    bool inMainSentence(int pos) const;
    // Adds the sentence holding `pos` to mainSentences, keeping them sorted and unique.
    void addMainSentence(int pos);
};
