// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include "statementtable.h"

class PointLexicon;

// One point of a round's statement as the sources reported it: the statements (rows of the table
// given to PointGrouper) that say the same thing, from one or more articles.
struct Point
{
    int round = 0;
    int canonical = -1; // the most complete wording: the member with the most content stems
    QList<int> members; // indexes into the rows, in the rows' order
    int sources = 0; // distinct articles among the members
};

// Groups the statements of each round into points. Two statements report the same point when they
// are of the same round and speaker, share a theme (or both have none), and their content
// words agree: the mean of the Jaccard index and the overlap coefficient of their stem sets
// (PointLexicon::stems) reaches the lexicon's threshold. Jaccard alone punishes the outlet that
// reports a point in a short clause; overlap alone lets a short statement join anything that
// contains its few words; the mean asks for both a shared core and comparable extent.
//
// Statements are taken from the most complete down, and each joins the point whose canonical
// wording it is most similar to, or opens a point of its own: comparing with the canonical wording
// only (not with every member) keeps a chain of small rewordings from drifting into another point.
// What the user changed in the grouping (Correction::PointSplit and PointMerge, read by the
// library), naming statements of stored articles by their row and offsets.
struct PointEdits
{
    struct Statement
    {
        qint64 article = 0; // StatementRow::libraryId
        int start = 0;
        int end = 0;
        friend bool operator==(const Statement &a, const Statement &b)
        {
            return a.article == b.article && a.start == b.start && a.end == b.end;
        }
    };
    QList<Statement> alone; // split off: a point of its own
    QList<std::pair<Statement, Statement>> joins; // the first's point joins the second's, in order

    bool isEmpty() const { return alone.isEmpty() && joins.isEmpty(); }
};

namespace PointGrouper {

// Same speaker and a shared theme (or neither has one): the condition, besides the words, for two
// statements to be one point. Not the stance: it is the outlet's reporting verb, and real reports
// of one point differ in it («أكد البيان … رفضها لمحاولات خلق كيانات انفصالية» and «رفض محاولات
// إقامة حكم ذاتي»). Rounds are not compared (RoundComparison matches points across rounds with it).
bool sameSubject(const StatementRow &a, const StatementRow &b);
double similarity(const QSet<QString> &a, const QSet<QString> &b);
// The points of `rows`, round by round in the rows' order, and within a round by first member;
// then the user's edits: splits first, then merges, each as the user made them (an edit naming a
// statement that is not in the rows, or two of different rounds, does nothing).
QList<Point> group(const QList<StatementRow> &rows, const PointLexicon &lexicon,
                   const PointEdits &edits = {});

} // namespace PointGrouper
