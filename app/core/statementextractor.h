// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "actormention.h"
#include "article.h"
#include "cuelexicon.h"
#include "roundmention.h"
#include "textsegment.h"

class ReferenceData;

// Finds the points of final statements and the declarations of officials: one statement per
// clause that carries a reporting or stance verb and has a speaker. Clauses are ICU sentences cut
// further where a comma is followed by a new verb («، مؤكدة…», «، ودعا…»). Each statement is
// attributed to a round: the one named before its verb in the sentence, else the round whose
// statement the article is recapping (الجولة السابقة … وجاء في بيانها), else the main round.
class StatementExtractor
{
public:
    struct Input
    {
        const QString *text = nullptr;
        QList<TextSegment> sentences;
        QList<CueLexicon::Match> cues;
        QList<ActorMention> actors; // sorted by start, overlaps resolved
        QList<RoundMention> rounds; // resolved numbers, sorted by start
        QList<ThemeSpan> themeSpans; // sorted by start
        QList<TextSegment> excluded; // boilerplate: never statements
        int mainRound = 0;
    };

    explicit StatementExtractor(const ReferenceData &data);

    QList<Statement> extract(const Input &input) const;

    // Clause boundaries inside one sentence (exposed for tests).
    static QList<TextSegment> clauses(const QString &text, TextSegment sentence,
                                      const QList<CueLexicon::Match> &cues);

private:
    const ReferenceData &m_data;
};
