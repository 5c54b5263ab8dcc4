// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "referencedata.h"
#include "roundcomparison.h"

// A RoundComparison in the user's words, as sections of lines with a side for each round, for the
// comparison view and its picture alike.
class ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonText)

public:
    enum class Change
    {
        Gained, // only the second round has it
        Lost, // only the first
        Kept,
    };

    struct Line
    {
        QString from; // empty: the first round has nothing here
        QString to;
        Change change = Change::Kept;
    };

    struct Section
    {
        QString title;
        QList<Line> lines;
    };

    static QList<Section> sections(const RoundComparison &comparison, const ReferenceData &reference);
    // "Round 18 (15–16 June 2022)".
    static QString roundTitle(int round, const ReferenceData &reference);

private:
    static Section themes(const RoundComparison &c, const ReferenceData &reference);
    static QString pointLine(const RoundComparison &c, int point, const ReferenceData &reference);
};
