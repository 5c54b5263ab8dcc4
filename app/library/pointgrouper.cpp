// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointgrouper.h"

#include <algorithm>
#include <numeric>

#include <QHash>

#include "pointlexicon.h"

namespace {

// Which article a row comes from: its file, or for an article without one its title and source.
QString articleOf(const StatementRow &row)
{
    return row.file.isEmpty() ? row.articleTitle + u'\n' + row.source : row.file;
}

} // namespace

namespace PointGrouper {

bool sameSubject(const StatementRow &a, const StatementRow &b)
{
    if (a.speaker != b.speaker || a.stance != b.stance)
        return false;
    if (a.themes.isEmpty() || b.themes.isEmpty())
        return a.themes.isEmpty() && b.themes.isEmpty();
    return std::any_of(a.themes.cbegin(), a.themes.cend(),
                       [&](const QString &t) { return b.themes.contains(t); });
}

double similarity(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const QSet<QString> &small = a.size() <= b.size() ? a : b;
    const QSet<QString> &large = a.size() <= b.size() ? b : a;
    const auto shared = double(
        std::count_if(small.cbegin(), small.cend(), [&](const QString &s) { return large.contains(s); }));
    const double jaccard = shared / double(a.size() + b.size() - shared);
    const double overlap = shared / double(small.size());
    return (jaccard + overlap) / 2.0;
}

QList<Point> group(const QList<StatementRow> &rows, const PointLexicon &lexicon)
{
    QList<QSet<QString>> stems;
    stems.reserve(rows.size());
    for (const StatementRow &row : rows)
        stems.append(lexicon.stems(row.text));
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    // Most complete first (ties in the rows' order), so that a point's first member is its canonical.
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return stems.at(a).size() > stems.at(b).size(); });

    QList<Point> points;
    for (int row : std::as_const(order)) {
        int best = -1;
        double bestScore = 0.0;
        if (stems.at(row).size() >= lexicon.minStems()) {
            for (int p = 0; p < points.size(); ++p) {
                const int canonical = points.at(p).canonical;
                if (stems.at(canonical).size() < lexicon.minStems()
                    || rows.at(canonical).round != rows.at(row).round
                    || !sameSubject(rows.at(canonical), rows.at(row)))
                    continue;
                const double score = similarity(stems.at(canonical), stems.at(row));
                if (score >= lexicon.threshold() && score > bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
        }
        if (best < 0) {
            points.append(Point {rows.at(row).round, row, {row}, 0});
            continue;
        }
        points[best].members.append(row);
    }
    QHash<int, int> roundOrder; // round → where it first appears in the rows
    for (int i = 0; i < rows.size(); ++i)
        roundOrder.insert(rows.at(i).round, roundOrder.value(rows.at(i).round, i));
    for (Point &point : points) {
        std::sort(point.members.begin(), point.members.end());
        QSet<QString> articles;
        for (int member : std::as_const(point.members))
            articles.insert(articleOf(rows.at(member)));
        point.sources = int(articles.size());
    }
    std::stable_sort(points.begin(), points.end(), [&](const Point &a, const Point &b) {
        const int ra = roundOrder.value(a.round), rb = roundOrder.value(b.round);
        return ra != rb ? ra < rb : a.members.constFirst() < b.members.constFirst();
    });
    return points;
}

} // namespace PointGrouper
