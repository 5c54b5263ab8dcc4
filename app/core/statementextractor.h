// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "actormention.h"
#include "article.h"
#include "cueindex.h"
#include "spanset.h"
#include "textsegment.h"

class ReferenceData;
struct AnalysisContext;
struct RoundMention;

// Finds the points of final statements and the declarations of officials: one statement per
// clause that carries a reporting or stance verb and has a speaker. Clauses are ICU sentences cut
// further where a comma is followed by a new verb («، مؤكدة…», «، ودعا…»). Each statement is
// attributed to a round: the one named before its verb in the sentence, else the round whose
// statement the article is recapping (الجولة السابقة … وجاء في بيانها), else the main round.
class StatementExtractor
{
public:
    StatementExtractor(const CueLexicon &lexicon, const ReferenceData &data);

    // `headlines`: the title and header lines, which restate the article and are never statements.
    QList<Statement> extract(const AnalysisContext &context, const SpanSet &headlines) const;

    // Clause boundaries inside one sentence (exposed for tests).
    static QList<TextSegment> clauses(const QString &text, TextSegment sentence, const CueIndex &cues);

private:
    // What carries over from clause to clause and sentence to sentence.
    struct Walk
    {
        QString lastSpeaker;
        int contextRound = 0;
        QString clauseSpeaker; // speaker of the previous clause in this sentence
        bool clauseVoice = false;
        QList<const RoundMention *> sentenceRounds;
    };
    struct Speaker
    {
        QString id;
        bool statementVoice = false; // the joint statement speaks (البيان … أكد)
    };

    void extractSentence(const AnalysisContext &c, TextSegment sentence, Walk &walk,
                         QList<Statement> *out) const;
    // The clause's reporting verb (first) and the cue that gives its stance (strong), or nulls.
    std::pair<const CueIndex::Match *, const CueIndex::Match *> clauseCues(const AnalysisContext &c,
                                                                           TextSegment clause) const;
    Speaker speakerOf(const AnalysisContext &c, TextSegment sentence, TextSegment clause,
                      const CueIndex::Match &verb, const Walk &walk) const;
    Speaker resolve(const AnalysisContext &c, qsizetype index) const;
    QString lastPersonBefore(const AnalysisContext &c, int pos, const QString &side = {}) const;
    QString lastBodyBefore(const AnalysisContext &c, const ActorMention &generic) const;
    QString groupOfList(const AnalysisContext &c, qsizetype index) const;
    QString lastGroupBefore(const AnalysisContext &c, int pos) const;
    bool afterRoleWord(const AnalysisContext &c, int start) const;
    int roundOf(const AnalysisContext &c, const Speaker &speaker, const CueIndex::Match &verb,
                Walk &walk) const;
    static Statement statementOf(const AnalysisContext &c, TextSegment clause);
    static void extend(const AnalysisContext &c, Statement *statement, const Statement &more);
    bool notAfter(int round, int mainRound) const;

    const CueLexicon &m_lexicon;
    const ReferenceData &m_data;
};
