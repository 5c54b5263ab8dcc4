// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct Article;

// What names an article in lists and cards: its title, else the start of its first sentence (a
// file name says nothing about the article), else, for an empty text, its file name.
class ArticleLabel
{
public:
    // `text` is the article's text (Article::text may have been left in the library).
    static QString of(const Article &article, const QString &text);
    // The first sentence of `text`, cut at a word boundary after at most `maxLength` characters,
    // with an ellipsis when cut.
    static QString firstSentence(const QString &text, int maxLength = MaxLength);

    static constexpr int MaxLength = 70;
};
