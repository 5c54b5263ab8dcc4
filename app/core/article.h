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
    // The stances of DESIGN.md; stanceId() gives their ids for JSON, SQL and the command line.
    enum class Stance
    {
        Affirm,
        Condemn,
        Call,
        Reject,
        Welcome,
        Concern,
        Agree,
        Announce,
        Propose,
        Warn,
        Other,
    };

    int round = NoRound;
    QString speaker; // actor id from actors.json
    Stance stance = Stance::Other;
    QStringList themes; // theme ids in order of first occurrence inside the statement
    int start = 0;
    int end = 0;
    QString text; // Article::text.mid(start, end - start)
    // What the user changed on this statement (theme_added, theme_removed), laid over the analysis
    // when the library is shown; empty from the analysis. Codes, so that ui/ words them in its language.
    Diagnostics corrections;
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

// What weighed in a decision of the analysis (the main round, the kind, the round's dates): a
// mention, a date, a cue, with the round it speaks for, its weight and where it stands in the text.
struct Evidence
{
    enum class Reason
    {
        Mention, // «الجولة 14», «أستانا-7» in the body
        HeadlineMention, // … in the headline or the header lines
        LeadMention, // … in the first sentences
        PreviousRound, // «الجولة الـ15 الماضية»: the round before the one the article is about
        TextDate, // a date in the text within the round's days
        PublicationDate, // the publication date falls within the round's days
        NextAfterPublication, // «الجولة المقبلة» and the first round after the publication date
        NextRoundDated, // «الجولة المقبلة … أواخر أكتوبر»: the one round held then is the next
        Venue, // the text names the one city that hosted this meeting (الدوحة)
        ManyRounds, // many rounds named, none dominant: a review of the process
        AnalysisMarker, // «تحليل», «مقالات الرأي» above the text, and no round in its headline or lead
        LongAfter, // published long after the round it names: a retrospective
        PublishedBefore, // kind: published before the round began
        PublishedDuring, // kind: published while it was held (the tense decides)
        PublishedAfter, // kind: published after it ended
        FutureTense, // kind: «ستعقد», «المقبلة», «غدا» in a sentence about the round
        PastTense, // kind: «اختتمت», «عقدت» in a sentence about the round
        DatesFromText, // round dates: a date the text gives for the round
        DatesFromReference, // round dates: none in the text, the reference table's
    };
    Reason reason = Reason::Mention;
    int round = -1; // NoRound when it speaks for none
    int weight = 0;
    int start = -1; // offsets into Article::text; -1 when the evidence is not in the text
    int end = -1;

    friend bool operator==(const Evidence &a, const Evidence &b)
    {
        return a.reason == b.reason && a.round == b.round && a.weight == b.weight && a.start == b.start
            && a.end == b.end;
    }
    static QString reasonId(Reason reason);
    static bool reasonFromId(const QString &id, Reason *reason);
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
    // Why round, kind and round dates are what they are.
    QList<Evidence> roundEvidence;
    QList<Evidence> kindEvidence;
    QList<Evidence> datesEvidence;
    // What the user changed (kind_corrected, round_corrected, round_set), laid over the analysis when
    // the library is shown; never set by the analysis, never stored (the corrections table is).
    Diagnostics corrections;
    QString url; // the page's address, from its markup (PageMetadata::url), or empty
    QString outlet; // the site that published it, from its markup (og:site_name…), or empty
    // A stored article's row in the library when its text was left there to save memory: then
    // `text` and the statements' `text` are empty, and whoever shows them asks the library for the
    // text by this id. 0 when the text is here.
    qint64 libraryId = 0;
};

QString articleKindId(ArticleKind kind);
QString stanceId(Statement::Stance stance);
// False (and *stance untouched) for an id that is not a stance of DESIGN.md.
bool stanceFromId(const QString &id, Statement::Stance *stance);
ArticleKind articleKindFromId(const QString &id, bool *ok = nullptr);

Q_DECLARE_METATYPE(ThemeSpan)
Q_DECLARE_METATYPE(Evidence)
Q_DECLARE_METATYPE(Statement)
Q_DECLARE_METATYPE(Article)
