// SPDX-License-Identifier: GPL-3.0-or-later
#include "cueindex.h"

#include <algorithm>

#include "bystart.h"

CueIndex::CueIndex(QList<Match> sortedMatches)
    : m_all(std::move(sortedMatches))
{
    for (const Match &m : std::as_const(m_all))
        m_byKind[size_t(m.kind)].append(m);
}

int CueIndex::countIn(Kind kind, TextSegment segment) const
{
    const QList<Match> &list = of(kind);
    const auto from = firstFrom(list, segment.start);
    const auto to = firstFrom(list, segment.end);
    return int(to - from);
}

const CueIndex::Match *CueIndex::firstIn(Kind kind, TextSegment segment) const
{
    const QList<Match> &list = of(kind);
    const auto it = firstFrom(list, segment.start);
    return it != list.cend() && it->start < segment.end ? &*it : nullptr;
}

const CueIndex::Match *CueIndex::lastIn(Kind kind, TextSegment segment) const
{
    const QList<Match> &list = of(kind);
    auto it = firstFrom(list, segment.end);
    if (it == list.cbegin())
        return nullptr;
    --it;
    return it->start >= segment.start ? &*it : nullptr;
}

const CueIndex::Match *CueIndex::endingAt(Kind kind, int nend) const
{
    const QList<Match> &list = of(kind);
    QList<int> &order = m_nendSorted[size_t(kind)];
    if (!m_nendReady[size_t(kind)]) {
        order.resize(list.size());
        for (int i = 0; i < int(list.size()); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&list](int a, int b) { return list.at(a).nend < list.at(b).nend; });
        m_nendReady[size_t(kind)] = true;
    }
    const auto it = std::lower_bound(order.cbegin(), order.cend(), nend,
                                     [&list](int i, int value) { return list.at(i).nend < value; });
    return it != order.cend() && list.at(*it).nend == nend ? &list.at(*it) : nullptr;
}

const CueIndex::Match *CueIndex::startingAt(Kind kind, int start) const
{
    const QList<Match> &list = of(kind);
    const auto it = firstFrom(list, start);
    return it != list.cend() && it->start == start ? &*it : nullptr;
}
