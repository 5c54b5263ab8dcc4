// SPDX-License-Identifier: GPL-3.0-or-later
#include "themematcher.h"

#include <algorithm>

ThemeMatcher::ThemeMatcher(const QList<ThemeInfo> &themes)
{
    m_ids.reserve(themes.size());
    for (const ThemeInfo &theme : themes) {
        const int key = int(m_ids.size());
        m_ids.append(theme.id);
        for (const QString &term : theme.terms)
            m_matcher.addTerm(term, key);
    }
    m_matcher.build();
}

const ThemeMatcher &ThemeMatcher::builtIn()
{
    static const ThemeMatcher matcher(ReferenceData::builtIn().themes());
    return matcher;
}

QList<ThemeSpan> ThemeMatcher::spans(const NormalizedText &text) const
{
    const QList<TermMatcher::Match> matches = m_matcher.findAll(text.text);
    QList<ThemeSpan> out;
    out.reserve(matches.size());
    for (const TermMatcher::Match &m : matches)
        out.append({m_ids.at(m.key), text.originalStart(m.start), text.originalEnd(m.end)});
    // The map back is monotonic, so the matcher's order (start, then longest) is kept.
    return out;
}

QStringList ThemeMatcher::themesInOrder(const QList<ThemeSpan> &spans, int from, int to)
{
    QStringList ids;
    for (const ThemeSpan &span : spans) {
        if (span.start >= from && span.start < to && !ids.contains(span.theme))
            ids.append(span.theme);
    }
    return ids;
}
