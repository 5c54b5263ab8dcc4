// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// The role contract of the rounds tree (round → article → statement). Every view reads the
// model only through these roles, so any model that answers them can be shown (tests use small
// hand-built models). Roles carry data, never colours or widgets, and no language: names come in
// the language the model was last given (RoundsModel::setLanguage), and switching it re-announces
// every row.
namespace RoundsRoles {

enum NodeType
{
    RoundNode,
    ArticleNode,
    StatementNode,
};

enum Role
{
    NodeTypeRole = Qt::UserRole + 1, // int NodeType
    RoundNumberRole, // int; 0 for the unnumbered Doha meeting. Article/statement: the round they sit under
    RoundIdRole, // QString "round-12", "doha-2024"
    StartDateRole, // QDate: round dates (reference, or the text's where an article gives them)
    EndDateRole, // QDate
    CityRole, // QString: round: the city's name; article: venue as written in it
    CapitalNameRole, // QString: the name the Kazakh capital had at the time
    ObserversRole, // QStringList
    UnEnvoyRole, // QString
    OutcomeRole, // QString
    ArticleCountRole, // int: round: articles under it
    StatementCountRole, // int: round: statements attributed to it; article: its statements under this round
    ThemesRole, // QStringList theme ids: round/article: union in order; statement: its themes
    MainThemeRole, // QString: statement: its first theme, or empty
    ThemeCountsRole, // QVariantMap theme id → number of statements (round node)
    KindRole, // int ArticleKind (article and statement; round: invalid)
    ArticleTitleRole, // QString
    ArticleSourceRole, // QString
    ArticleFileRole, // QString path or resource
    ArticleTextRole, // QString: the article's full displayed text (article and statement nodes)
    PublishedRole, // QDate
    ThemeSpansRole, // QVariant(QList<ThemeSpan>): article: all spans; statement: spans inside it
    StatementTextRole, // QString
    SpeakerRole, // QString actor id
    StanceRole, // int Statement::Stance
    StatementStartRole, // int offset into ArticleTextRole
    StatementEndRole, // int
    WarningsRole, // QVariant(Diagnostics): round: warnings of its articles; article: its own
    SearchTextRole, // QString: normalised text used by the search proxy
    CorrectionsRole, // QVariant(Diagnostics): what the user corrected (article: its own; statement: its own)
    RoundEvidenceRole, // QVariant(QList<Evidence>): article: what decided its main round
    ArticleUrlRole, // QString: the page's http(s) address from its markup, or empty (article and statement)
    LibraryIdRole, // qint64: article and statement: Article::libraryId (0 when the text is in memory)
    MainThemeCountsRole, // QVariantMap: round: main theme id (MainThemeRole, "" for none) → statements
};

} // namespace RoundsRoles
