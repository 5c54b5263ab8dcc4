// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointgrouper.h"

#include <algorithm>
#include <functional>
#include <numeric>

#include <QHash>
#include <QSet>

#include "pointlexicon.h"

namespace {

// Which article a row comes from: its file, or for an article without one its title and source.
QString articleOf(const StatementRow &row)
{
    return row.file.isEmpty() ? row.articleTitle + u'\n' + row.source : row.file;
}

// The points being built: each point's members by article, with how similar each is to the
// canonical wording. An article reports a point once: in real reports, two statements of one
// article that looked alike were two points («رفض الأجندات الانفصالية» and «تجدد التزامها بسيادة
// سوريا»). So a point holds one statement per article, the one most similar to its canonical
// wording; a statement displaced by a closer one of its article looks for another point.
class Grouping
{
public:
    Grouping(const QList<StatementRow> &rows, const PointLexicon &lexicon)
        : m_rows(rows)
        , m_lexicon(lexicon)
    {
        m_stems.reserve(rows.size());
        for (const StatementRow &row : rows)
            m_stems.append(lexicon.stems(row.text));
    }

    int stemCount(int row) const { return int(m_stems.at(row).size()); }

    void place(int row)
    {
        QSet<int> refused; // points that keep a closer statement of this row's article
        for (;;) {
            double score = 0.0;
            const int p = bestPoint(row, refused, &score);
            if (p < 0) {
                m_points.append({{articleOf(m_rows.at(row)), {row, 2.0}}}); // the canonical stays
                m_canonicals.append(row);
                if (stemCount(row) >= m_lexicon.minStems()) {
                    QHash<QString, QList<int>> &index = m_byStem[subjectKey(row)];
                    for (const QString &stem : m_stems.at(row))
                        index[stem].append(int(m_points.size() - 1));
                }
                return;
            }
            Member &slot = m_points[p][articleOf(m_rows.at(row))];
            const Member displaced = slot;
            slot = {row, score};
            if (displaced.row < 0)
                return;
            row = displaced.row; // looks again, without this point
            refused = {p};
        }
    }

    QList<Point> points() const
    {
        QList<Point> out;
        for (int p = 0; p < m_points.size(); ++p) {
            Point point {
                m_rows.at(m_canonicals.at(p)).round, m_canonicals.at(p), {}, int(m_points.at(p).size())};
            for (const Member &m : m_points.at(p))
                point.members.append(m.row);
            std::sort(point.members.begin(), point.members.end());
            out.append(point);
        }
        return out;
    }

private:
    struct Member
    {
        int row = -1;
        double score = 0.0;
    };

    // The point whose canonical wording `row` is most similar to, at the threshold, among those of
    // its round and subject where it would be its article's closest statement; -1 for none.
    int bestPoint(int row, const QSet<int> &refused, double *bestScore) const
    {
        if (stemCount(row) < m_lexicon.minStems())
            return -1;
        const QString article = articleOf(m_rows.at(row));
        int best = -1;
        for (int p : candidates(row)) {
            const int canonical = m_canonicals.at(p);
            if (refused.contains(p) || !PointGrouper::sameSubject(m_rows.at(canonical), m_rows.at(row)))
                continue;
            const double score = PointGrouper::similarity(m_stems.at(canonical), m_stems.at(row));
            const auto held = m_points.at(p).constFind(article);
            if (score < m_lexicon.threshold() || score <= *bestScore
                || (held != m_points.at(p).cend() && held->score >= score))
                continue;
            best = p;
            *bestScore = score;
        }
        return best;
    }

    // Points are only ever joined within a round and a speaker, and a point whose canonical wording
    // shares no stem with the statement scores 0: an index by both spares comparing a statement
    // with every point of a large library's round.
    QString subjectKey(int row) const
    {
        return QString::number(m_rows.at(row).round) + u'\n' + m_rows.at(row).speaker;
    }

    // The points of the row's round and speaker whose canonical wording shares a stem with it, in
    // the order they were made (which decides between equal scores).
    QList<int> candidates(int row) const
    {
        const auto index = m_byStem.constFind(subjectKey(row));
        if (index == m_byStem.cend())
            return {};
        QList<int> out;
        for (const QString &stem : m_stems.at(row))
            out.append(index->value(stem));
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    const QList<StatementRow> &m_rows;
    const PointLexicon &m_lexicon;
    QList<QSet<QString>> m_stems;
    QList<QHash<QString, Member>> m_points; // article → its statement in the point
    QList<int> m_canonicals;
    QHash<QString, QHash<QString, QList<int>>> m_byStem; // round and speaker → stem → points
};

int rowOf(const QList<StatementRow> &rows, const PointEdits::Statement &s)
{
    for (int i = 0; i < rows.size(); ++i) {
        const StatementRow &r = rows.at(i);
        if (r.libraryId == s.article && r.start == s.start && r.end == s.end)
            return i;
    }
    return -1;
}

int pointOf(const QList<Point> &points, int row)
{
    for (int p = 0; p < points.size(); ++p) {
        if (points.at(p).members.contains(row))
            return p;
    }
    return -1;
}

// A point's canonical wording and sources again, after its members changed.
void settle(Point *point, const QList<StatementRow> &rows, const std::function<int(int)> &stemCount)
{
    std::sort(point->members.begin(), point->members.end());
    point->canonical = *std::max_element(point->members.cbegin(), point->members.cend(), [&](int a, int b) {
        return stemCount(a) < stemCount(b) || (stemCount(a) == stemCount(b) && a > b);
    });
    QSet<QString> articles;
    for (int m : std::as_const(point->members))
        articles.insert(articleOf(rows.at(m)));
    point->sources = int(articles.size());
}

void applyEdits(QList<Point> *points, const QList<StatementRow> &rows, const PointEdits &edits,
                const std::function<int(int)> &stemCount)
{
    for (const PointEdits::Statement &s : edits.alone) {
        const int row = rowOf(rows, s);
        const int p = row < 0 ? -1 : pointOf(*points, row);
        if (p < 0 || points->at(p).members.size() < 2)
            continue;
        (*points)[p].members.removeOne(row);
        settle(&(*points)[p], rows, stemCount);
        points->append(Point {rows.at(row).round, row, {row}, 1});
    }
    for (const auto &[from, into] : edits.joins) {
        const int a = rowOf(rows, from);
        const int b = rowOf(rows, into);
        const int pa = a < 0 ? -1 : pointOf(*points, a);
        const int pb = b < 0 ? -1 : pointOf(*points, b);
        if (pa < 0 || pb < 0 || pa == pb || points->at(pa).round != points->at(pb).round)
            continue;
        (*points)[pb].members += points->at(pa).members;
        settle(&(*points)[pb], rows, stemCount);
        points->removeAt(pa);
    }
}

} // namespace

namespace PointGrouper {

bool sameSubject(const StatementRow &a, const StatementRow &b)
{
    if (a.speaker != b.speaker)
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

QList<Point> group(const QList<StatementRow> &rows, const PointLexicon &lexicon, const PointEdits &edits)
{
    Grouping grouping(rows, lexicon);
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    // Most complete first (ties in the rows' order), so that a point's first member is its canonical.
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return grouping.stemCount(a) > grouping.stemCount(b); });
    for (int row : std::as_const(order))
        grouping.place(row);

    QList<Point> points = grouping.points();
    if (!edits.isEmpty())
        applyEdits(&points, rows, edits, [&](int row) { return grouping.stemCount(row); });
    QHash<int, int> roundOrder; // round → where it first appears in the rows
    for (int i = 0; i < rows.size(); ++i)
        roundOrder.insert(rows.at(i).round, roundOrder.value(rows.at(i).round, i));
    std::stable_sort(points.begin(), points.end(), [&](const Point &a, const Point &b) {
        const int ra = roundOrder.value(a.round), rb = roundOrder.value(b.round);
        return ra != rb ? ra < rb : a.members.constFirst() < b.members.constFirst();
    });
    return points;
}

} // namespace PointGrouper
