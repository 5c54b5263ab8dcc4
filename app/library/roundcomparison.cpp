// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundcomparison.h"

#include <algorithm>

#include "pointlexicon.h"

namespace {

QList<RoundComparison::ThemeChange> themeChanges(int from, int to, const QList<StatementRow> &rows)
{
    QList<RoundComparison::ThemeChange> out;
    for (const StatementRow &row : rows) {
        for (const QString &theme : row.themes) {
            auto it = std::find_if(out.begin(), out.end(), [&](const auto &c) { return c.theme == theme; });
            if (it == out.end())
                it = out.insert(out.end(), RoundComparison::ThemeChange {theme, 0, 0});
            if (row.round == from)
                ++it->from;
            if (row.round == to)
                ++it->to;
        }
    }
    return out;
}

QStringList speakersOnlyIn(int round, int other, const QList<StatementRow> &rows)
{
    QStringList in;
    QStringList inOther;
    for (const StatementRow &row : rows) {
        QStringList &list = row.round == round ? in : inOther;
        if (row.round == round || row.round == other) {
            if (!list.contains(row.speaker))
                list.append(row.speaker);
        }
    }
    QStringList out;
    for (const QString &speaker : std::as_const(in)) {
        if (!inOther.contains(speaker))
            out.append(speaker);
    }
    return out;
}

} // namespace

QList<RoundComparison::ThemeChange> RoundComparison::gainedThemes() const
{
    QList<ThemeChange> out;
    std::copy_if(themes.cbegin(), themes.cend(), std::back_inserter(out),
                 [](const ThemeChange &c) { return c.to > 0 && c.from == 0; });
    return out;
}

QList<RoundComparison::ThemeChange> RoundComparison::lostThemes() const
{
    QList<ThemeChange> out;
    std::copy_if(themes.cbegin(), themes.cend(), std::back_inserter(out),
                 [](const ThemeChange &c) { return c.from > 0 && c.to == 0; });
    return out;
}

RoundComparison RoundComparison::compare(int from, int to, const QList<StatementRow> &allRows,
                                         const PointLexicon &lexicon, const PointEdits &edits)
{
    RoundComparison out;
    out.fromRound = from;
    out.toRound = to;
    QList<StatementRow> rows;
    for (int round : {from, to}) {
        for (const StatementRow &row : allRows) {
            if (row.round == round)
                rows.append(row);
        }
        if (from == to)
            break;
    }
    out.themes = themeChanges(from, to, rows);
    out.onlyFrom = speakersOnlyIn(from, to, rows);
    out.onlyTo = speakersOnlyIn(to, from, rows);
    out.points = PointGrouper::group(rows, lexicon, edits);

    QList<QSet<QString>> stems;
    for (const Point &p : std::as_const(out.points))
        stems.append(lexicon.stems(rows.at(p.canonical).text));
    QList<Repeated> candidates;
    for (int a = 0; a < out.points.size(); ++a) {
        for (int b = 0; b < out.points.size(); ++b) {
            if (out.points.at(a).round != from || out.points.at(b).round != to || from == to)
                continue;
            const StatementRow &ra = rows.at(out.points.at(a).canonical);
            const StatementRow &rb = rows.at(out.points.at(b).canonical);
            const double score = PointGrouper::similarity(stems.at(a), stems.at(b));
            if (PointGrouper::sameSubject(ra, rb) && score >= lexicon.threshold())
                candidates.append(Repeated {a, b, score});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Repeated &x, const Repeated &y) { return x.similarity > y.similarity; });
    QSet<int> matched;
    for (const Repeated &c : std::as_const(candidates)) {
        if (matched.contains(c.from) || matched.contains(c.to))
            continue;
        matched.insert(c.from);
        matched.insert(c.to);
        out.repeated.append(c);
    }
    for (int p = 0; p < out.points.size(); ++p) {
        if (matched.contains(p))
            continue;
        (out.points.at(p).round == from ? out.droppedPoints : out.newPoints).append(p);
    }
    out.rows = rows;
    return out;
}
