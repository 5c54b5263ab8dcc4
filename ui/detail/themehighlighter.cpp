// SPDX-License-Identifier: GPL-3.0-or-later
#include "themehighlighter.h"

#include <algorithm>

ThemeHighlighter::ThemeHighlighter(const QList<ThemeInfo> &themes)
    : m_themes(themes)
{
}

QColor ThemeHighlighter::color(const QString &theme) const
{
    for (const ThemeInfo &info : m_themes) {
        if (info.id == theme) {
            const QColor color = QColor::fromString(info.color);
            if (color.isValid())
                return color;
        }
    }
    return QColor(Qt::gray);
}

QColor ThemeHighlighter::background(const QString &theme) const
{
    // Mix 35 % of the theme colour into white: the hue stays recognisable next to the legend
    // swatch and dark text keeps its contrast on every colour of the lexicon.
    const QColor c = color(theme);
    const auto mix = [](int channel) { return 255 - (255 - channel) * 35 / 100; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QList<ThemeHighlighter::Range> ThemeHighlighter::ranges(const QList<ThemeSpan> &spans, int textLength) const
{
    QList<Range> result;
    for (const ThemeSpan &span : spans) {
        const int start = std::max(span.start, 0);
        const int end = std::min(span.end, textLength);
        if (start >= end)
            continue;
        Range range;
        range.start = start;
        range.end = end;
        range.theme = span.theme;
        range.format.setBackground(background(span.theme));
        range.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        range.format.setUnderlineColor(color(span.theme));
        result.append(range);
    }
    return result;
}
