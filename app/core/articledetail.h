// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
        ArticleDetail detail {std::move(article->themeSpans), std::move(article->roundEvidence),
                              std::move(article->kindEvidence), std::move(article->datesEvidence)};
        article->themeSpans = {};
        article->roundEvidence = {};
        article->kindEvidence = {};
        article->datesEvidence = {};
        return detail;
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
