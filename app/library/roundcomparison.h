// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include "pointgrouper.h"
#include "statementtable.h"

class PointLexicon;

// What changed from one round to another, from the statements of both (StatementTable rows) and
// their points (PointGrouper): the themes that appear or vanish (with the statements that carry
// each), the points that are new, dropped or repeated, and the speakers present in only one.
// Points of the two rounds are matched as PointGrouper groups statements: same subject
// (PointGrouper::sameSubject) and canonical wordings similar enough; the most similar pairs first,
// each point matched at most once.
struct RoundComparison
{
    struct ThemeChange
    {
        QString theme;
        int from = 0; // statements of the first round with the theme
        int to = 0;
    };
    struct Repeated
    {
        int from = -1; // index into points
        int to = -1;
        double similarity = 0.0;
    };

    int fromRound = 0;
    int toRound = 0;
    QList<StatementRow> rows; // the statements of both rounds, the first round's first
    QList<Point> points; // their points (members index rows), the first round's first
    QList<ThemeChange> themes; // every theme of either round, in the order of first use
    QList<int> newPoints; // indexes into points: the second round's points without a match
    QList<int> droppedPoints; // the first round's points without a match
    QList<Repeated> repeated;
    QStringList onlyFrom; // speakers of the first round only
    QStringList onlyTo;

    QList<ThemeChange> gainedThemes() const; // to > 0, from == 0
    QList<ThemeChange> lostThemes() const; // from > 0, to == 0

    // `rows` may hold other rounds: only `from`'s and `to`'s statements are compared. The rounds
    // should differ (with one round, every point counts as dropped).
    static RoundComparison compare(int from, int to, const QList<StatementRow> &rows,
                                   const PointLexicon &lexicon, const PointEdits &edits = {});
};
