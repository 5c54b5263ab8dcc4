// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <climits>

#include <QList>
#include <QStringList>

#include "article.h"
#include "normalizedtext.h"
#include "referencedata.h"
#include "termmatcher.h"

// The theme lexicon as a matcher: finds every theme term in an article and reports the spans in
// the original text. Built from a list of themes so that an edited lexicon can replace the
// built-in one. Immutable after construction, hence safe to share between threads.
class ThemeMatcher
{
public:
    ThemeMatcher() = default;
    explicit ThemeMatcher(const QList<ThemeInfo> &themes);

    // The matcher for ReferenceData::builtIn().themes(), built once.
    static const ThemeMatcher &builtIn();

    QStringList themeIds() const { return m_ids; }

    // Spans in original offsets of `text`, sorted by start (then longest first). Phrases of two
    // themes may overlap; within one theme overlapping matches are reduced to the longest.
    QList<ThemeSpan> spans(const NormalizedText &text) const;

    // Theme ids by first occurrence among the spans that start in [from, to), so that each span
    // counts for exactly one of several adjacent ranges (sentences, clauses).
    static QStringList themesInOrder(const QList<ThemeSpan> &spans, int from = 0, int to = INT_MAX);

private:
    QStringList m_ids; // key of a term = index into m_ids
    TermMatcher m_matcher;
};
