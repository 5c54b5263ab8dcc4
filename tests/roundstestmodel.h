// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDate>
#include <QStandardItemModel>
#include <QStringList>
#include <QVariantMap>

#include "referencedata.h"
#include "roundsroles.h"

// Small hand-built models that answer the RoundsRoles contract (round → article → statement), so
// widget tests do not depend on the real RoundsModel.
namespace RoundsTestModel {

struct TestRound
{
    int number = 0;
    QString id;
    QDate start;
    QDate end;
    QString city;
    int articles = 0; // statements are spread over this many articles (0: none, drawn hollow)
    QList<QStringList> statements; // each statement's theme ids; the first is its main theme
};

// The reference rounds (all of them, in date order) without any article.
inline QList<TestRound> referenceRounds()
{
    QList<TestRound> rounds;
    for (const RoundInfo &info : ReferenceData::builtIn().rounds()) {
        TestRound round;
        round.number = info.number;
        round.id = info.id;
        round.start = info.start;
        round.end = info.end;
        round.city = info.city.ar;
        rounds.append(round);
    }
    std::stable_sort(rounds.begin(), rounds.end(),
                     [](const TestRound &a, const TestRound &b) { return a.start < b.start; });
    return rounds;
}

// Gives `round` count statements in one article, cycling through themeIds for their main themes.
inline void addStatements(TestRound &round, int count, const QStringList &themeIds)
{
    round.articles = qMax(round.articles, 1);
    for (int i = 0; i < count; ++i)
        round.statements.append(QStringList {themeIds.at(i % themeIds.size())});
}

inline std::unique_ptr<QStandardItemModel> build(const QList<TestRound> &rounds)
{
    using namespace RoundsRoles;
    auto model = std::make_unique<QStandardItemModel>();
    for (const TestRound &round : rounds) {
        auto *roundItem = new QStandardItem(round.id);
        roundItem->setData(RoundNode, NodeTypeRole);
        roundItem->setData(round.number, RoundNumberRole);
        roundItem->setData(round.id, RoundIdRole);
        roundItem->setData(round.start, StartDateRole);
        roundItem->setData(round.end, EndDateRole);
        roundItem->setData(round.city, CityRole);
        roundItem->setData(round.articles, ArticleCountRole);
        roundItem->setData(int(round.statements.size()), StatementCountRole);

        QVariantMap counts;
        QStringList themes;
        QList<QStandardItem *> articles;
        for (int a = 0; a < round.articles; ++a) {
            auto *article = new QStandardItem(QStringLiteral("article"));
            article->setData(ArticleNode, NodeTypeRole);
            article->setData(round.number, RoundNumberRole);
            articles.append(article);
        }
        for (int s = 0; s < round.statements.size(); ++s) {
            const QStringList &statementThemes = round.statements.at(s);
            auto *statement = new QStandardItem(QStringLiteral("statement"));
            statement->setData(StatementNode, NodeTypeRole);
            statement->setData(round.number, RoundNumberRole);
            statement->setData(statementThemes, ThemesRole);
            statement->setData(statementThemes.value(0), MainThemeRole);
            for (const QString &theme : statementThemes) {
                counts[theme] = counts.value(theme).toInt() + 1;
                if (!themes.contains(theme))
                    themes.append(theme);
            }
            if (!articles.isEmpty())
                articles.at(s % articles.size())->appendRow(statement);
            else
                roundItem->appendRow(statement);
        }
        for (QStandardItem *article : articles)
            roundItem->appendRow(article);
        roundItem->setData(counts, ThemeCountsRole);
        roundItem->setData(themes, ThemesRole);
        model->appendRow(roundItem);
    }
    return model;
}

} // namespace RoundsTestModel
