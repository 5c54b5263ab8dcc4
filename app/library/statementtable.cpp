// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementtable.h"

#include <QAbstractItemModel>

#include "article.h"
#include "roundsroles.h"

using namespace RoundsRoles;

namespace StatementTable {

StatementRow rowOf(const QModelIndex &st)
{
    const QModelIndex article = st.parent();
    const QModelIndex round = article.parent();
    StatementRow row;
    row.round = round.data(RoundNumberRole).toInt();
    row.roundStart = article.data(StartDateRole).toDate();
    row.roundEnd = article.data(EndDateRole).toDate();
    if (!row.roundStart.isValid()) {
        row.roundStart = round.data(StartDateRole).toDate();
        row.roundEnd = round.data(EndDateRole).toDate();
    }
    row.published = article.data(PublishedRole).toDate();
    row.speaker = st.data(SpeakerRole).toString();
    row.stance = stanceId(Statement::Stance(st.data(StanceRole).toInt()));
    row.themes = st.data(ThemesRole).toStringList();
    row.articleTitle = article.data(ArticleTitleRole).toString();
    row.source = article.data(ArticleSourceRole).toString();
    row.file = article.data(ArticleFileRole).toString();
    row.start = st.data(StatementStartRole).toInt();
    row.end = st.data(StatementEndRole).toInt();
    row.text = st.data(StatementTextRole).toString();
    row.corrections = st.data(CorrectionsRole).value<Diagnostics>();
    row.libraryId = article.data(LibraryIdRole).toLongLong();
    return row;
}

QList<StatementRow> fromModel(const QAbstractItemModel &model, const QSet<int> &rounds)
{
    QList<StatementRow> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex round = model.index(r, 0);
        const int number = round.data(RoundNumberRole).toInt();
        if (!rounds.isEmpty() && !rounds.contains(number))
            continue;
        for (int a = 0; a < model.rowCount(round); ++a) {
            const QModelIndex article = model.index(a, 0, round);
            for (int s = 0; s < model.rowCount(article); ++s) {
                const QModelIndex st = model.index(s, 0, article);
                if (st.data(NodeTypeRole).toInt() == StatementNode)
                    rows.append(rowOf(st));
            }
        }
    }
    return rows;
}

} // namespace StatementTable
