// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QList>

#include "article.h"

// What the analysis found that only the article shown needs: where its themes are and why its
// round (kind, dates) is what it is. A stored article leaves them in the library with its text, and the model
// asks for them when a view does (RoundsModel::setDetailSource).
struct ArticleDetail
{
    QList<ThemeSpan> themeSpans;
    QList<Evidence> roundEvidence;
    QList<Evidence> kindEvidence;
    QList<Evidence> datesEvidence;

    static ArticleDetail of(const Article &article)
    {
        return {article.themeSpans, article.roundEvidence, article.kindEvidence, article.datesEvidence};
    }
    // Takes them out of the article.
    static ArticleDetail takeFrom(Article *article)
    {
        return {std::exchange(article->themeSpans, {}), std::exchange(article->roundEvidence, {}),
                std::exchange(article->kindEvidence, {}), std::exchange(article->datesEvidence, {})};
    }
    // Puts them back.
    void into(Article *article) const
    {
        article->themeSpans = themeSpans;
        article->roundEvidence = roundEvidence;
        article->kindEvidence = kindEvidence;
        article->datesEvidence = datesEvidence;
    }
};
