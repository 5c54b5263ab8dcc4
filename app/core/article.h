// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "diagnostic.h"

// Value types produced by the analysis. Offsets are UTF-16 code-unit offsets into Article::text,
// the text that is displayed, never into a normalised copy.

// Round numbers are those of rounds.json: 1..22 for the numbered rounds, 0 for the unnumbered
// Doha meeting of the guarantors (7 December 2024); NoRound when an article or a statement
// belongs to no round.
constexpr int NoRound = -1;

struct ThemeSpan
{
    QString theme;
    int start = 0;
    int end = 0;

    friend bool operator==(const ThemeSpan &a, const ThemeSpan &b)
    {
        return a.theme == b.theme && a.start == b.start && a.end == b.end;
    }
};

struct Statement
{
    int round = NoRound;
    QString speaker; // actor id from actors.json
    QString stance; // one of the stance ids of DESIGN.md
    QStringList themes; // theme ids in order of first occurrence inside the statement
    int start = 0;
    int end = 0;
    QString text; // Article::text.mid(start, end - start)
    QStringList corrections; // what the user changed on this statement, for display; empty from the analysis
};

struct DateRange
{
    enum class Origin
    {
        Text,
        Reference,
    };
    QDate start;
    QDate end;
    Origin from = Origin::Reference;

    bool isValid() const { return start.isValid() && end.isValid(); }
};

enum class ArticleKind
{
    Report,
    Announcement,
    Analysis,
};

struct Article
{
    QString file; // path as given
    bool ok = false;
    Diagnostic failure; // why, when ok is false
    QString encoding; // e.g. "UTF-8", "windows-1256"
    QString format; // "text" or "html"
    QString text; // the plain text that was analysed and is displayed
    QString title;
    QString source;
    QDate published;
    int round = NoRound; // the main round
    ArticleKind kind = ArticleKind::Analysis;
    QList<int> mentionedRounds;
    DateRange roundDates; // invalid when unknown
    QString venue;
    QStringList themes; // ids in order of first occurrence
    QList<ThemeSpan> themeSpans;
    QList<Statement> statements;
    Diagnostics warnings;
    QStringList corrections; // what the user changed, for display; never set by the analysis
    QString url; // the page's address (PageMetadata::url), for display; set by the library, not stored here
};

QString articleKindId(ArticleKind kind);
ArticleKind articleKindFromId(const QString &id, bool *ok = nullptr);

Q_DECLARE_METATYPE(ThemeSpan)
Q_DECLARE_METATYPE(Statement)
Q_DECLARE_METATYPE(Article)
