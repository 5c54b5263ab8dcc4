// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QTextCharFormat>

#include "article.h"
#include "referencedata.h"

// Turns theme spans (offsets into an article's text) into character formats in the themes'
// colours. Kept apart from the widgets so the offsets and colours can be tested without painting.
class ThemeHighlighter
{
public:
    struct Range
    {
        int start = 0;
        int end = 0;
        QString theme;
        QTextCharFormat format;
    };

    explicit ThemeHighlighter(const QList<ThemeInfo> &themes);

    // One range per span that lies within [0, textLength), clipped to it, in the order of the
    // spans; spans of themes missing from the lexicon get a neutral grey.
    QList<Range> ranges(const QList<ThemeSpan> &spans, int textLength) const;

    QColor color(const QString &theme) const;
    // The background used for a theme: its colour, lightened so that black text stays readable.
    QColor background(const QString &theme) const;

private:
    QList<ThemeInfo> m_themes;
};
