// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include "analysisstage.h"
#include "textsegment.h"

class CueLexicon;

// Marks what is not the article in a copied or crawled text: "read also" and tag lines, tickers,
// menus (items between bars), share bars and counters, and everything from a comment form on;
// before the first paragraph, runs of three or more short lines (lists of other headlines).
// Nothing is removed from the text; the marked lines count for no round, date, theme or statement.
class BoilerplateStage : public AnalysisStage
{
public:
    explicit BoilerplateStage(const CueLexicon &lexicon);
    void run(AnalysisContext &context) const override;

    // A line of prose: long, or a sentence ending in a full stop.
    static bool isParagraph(const QString &text, TextSegment line);

private:
    bool isFurniture(const AnalysisContext &context, TextSegment line) const;
    void markHeaderLists(AnalysisContext &context) const;
    bool isHeaderFact(const AnalysisContext &context, TextSegment line) const;

    bool isFurnitureWord(QStringView word) const;

    QList<QString> m_furniture; // sorted without regard to case
};
