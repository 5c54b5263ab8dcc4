// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

#include "analysisstage.h"
#include "article.h"
#include "datemention.h"

class ReferenceData;
struct RoundInfo;

// The round the article is mainly about, by weighing evidence for each candidate: the numbers the
// text gives (more in the headline and lead, less for a round named as a past one), the dates it
// gives and the publication date checked against the reference table, «الجولة المقبلة» after the
// publication date, the one city that hosted a meeting. A review of many rounds, an analysis
// piece without a round in its headline or lead, or a piece published long after its round has
// no main round. The evidence goes with the article.
class MainRoundStage : public AnalysisStage
{
public:
    explicit MainRoundStage(const ReferenceData &reference);
    void run(AnalysisContext &context) const override;

private:
    struct Tally
    {
        QHash<int, int> score;
        QHash<int, int> first; // position of the earliest evidence, for ties
        QList<Evidence> items;
        void add(const Evidence &e);
        int best() const;
    };

    void addMentions(const AnalysisContext &c, Tally &tally) const;
    void addDates(const AnalysisContext &c, Tally &tally) const;
    void addPublication(const AnalysisContext &c, Tally &tally) const;
    void addVenues(const AnalysisContext &c, Tally &tally) const;
    void addNextRoundDates(const AnalysisContext &c, Tally &tally) const;
    const RoundInfo *onlyRoundIn(const DateMention &d, const QDate &published) const;
    // The evidence that the piece is not about one round, or an empty list.
    QList<Evidence> reviewEvidence(const AnalysisContext &c, const Tally &tally, int best) const;
    QList<const RoundInfo *> roundsOn(const QDate &date, int slackBefore, int slackAfter) const;
    static void keepStrongest(QList<Evidence> *evidence, int chosen);
    static constexpr qsizetype MaxEvidence = 12;

    const ReferenceData &m_reference;
    QHash<QString, QList<int>> m_roundsByCity; // folded city name → rounds held there
};
