// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

#include "roundsroles.h"

// Calls fn(statement index) for each statement under a round of a rounds tree (roundsroles.h):
// under its articles, or directly under the round in flatter models such as hand-built ones.
// For views that need statements a model gives no aggregate for.
template<typename Fn> void forEachStatement(const QModelIndex &round, Fn fn)
{
    using namespace RoundsRoles;
    const QAbstractItemModel *model = round.model();
    if (!model)
        return;
    for (int c = 0; c < model->rowCount(round); ++c) {
        const QModelIndex child = model->index(c, 0, round);
        const int type = child.data(NodeTypeRole).toInt();
        if (type == StatementNode) {
            fn(child);
        } else if (type == ArticleNode) {
            for (int s = 0; s < model->rowCount(child); ++s)
                fn(model->index(s, 0, child));
        }
    }
}
