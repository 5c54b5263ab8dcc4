// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One thing the user changed in the analysis of one article. A correction names its article by
// fingerprint and a statement by its offsets, so it outlives re-analysis and re-import.
struct Correction
{
    enum class Field
    {
        MainRound, // value: the round number ("0" for none)
        Kind, // value: "report" | "announcement" | "analysis"
        StatementTheme, // theme set; value: "add" | "remove"
        PointSplit, // the statement stands as a point of its own; value: "split"
        PointMerge, // the statement's point joins another's; value: that statement (pointKey())
    };

    QString article; // TextFingerprint of the article
    Field field = Field::MainRound;
    int statementStart = -1; // StatementTheme, PointSplit, PointMerge
    int statementEnd = -1;
    QString theme; // StatementTheme only
    QString value;

    // Two corrections of the same thing: the later replaces the earlier.
    bool sameTarget(const Correction &other) const
    {
        return article == other.article && field == other.field && statementStart == other.statementStart
            && statementEnd == other.statementEnd && theme == other.theme;
    }
    friend bool operator==(const Correction &a, const Correction &b)
    {
        return a.sameTarget(b) && a.value == b.value;
    }

    static QString fieldId(Field field);
    static bool fieldFromId(const QString &id, Field *field);

    static Correction mainRound(const QString &article, int round);
    static Correction kind(const QString &article, const QString &kindId);
    static Correction statementTheme(const QString &article, int start, int end, const QString &theme,
                                     bool add);
    static Correction pointSplit(const QString &article, int start, int end);
    static Correction pointMerge(const QString &article, int start, int end, const QString &intoArticle,
                                 int intoStart, int intoEnd);
    // A statement named in a PointMerge's value: "<fingerprint>:<start>-<end>".
    static QString pointKey(const QString &article, int start, int end);
    static bool fromPointKey(const QString &key, QString *article, int *start, int *end);
};
