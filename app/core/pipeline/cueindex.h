// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QList>

#include "cuelexicon.h"
#include "textsegment.h"

// The cue matches of one text, sorted by start, with one sorted list per kind, so that "is there
// a past-tense cue in this sentence" costs a binary search instead of a walk over every cue of the
// article. Long pages (archives, tag pages) carry tens of thousands of cues.
class CueIndex
{
public:
    using Match = CueLexicon::Match;
    using Kind = CueLexicon::Kind;

    CueIndex() = default;
    explicit CueIndex(QList<Match> sortedMatches);

    const QList<Match> &all() const { return m_all; }
    // The matches of one kind, sorted by start.
    const QList<Match> &of(Kind kind) const { return m_byKind[size_t(kind)]; }

    bool anyIn(Kind kind, TextSegment segment) const { return firstIn(kind, segment) != nullptr; }
    int countIn(Kind kind, TextSegment segment) const;
    const Match *firstIn(Kind kind, TextSegment segment) const;
    const Match *lastIn(Kind kind, TextSegment segment) const;
    // A match of `kind` that ends exactly at normalised offset `nend`, or null.
    const Match *endingAt(Kind kind, int nend) const;
    // A match of `kind` starting exactly at original offset `start`, or null.
    const Match *startingAt(Kind kind, int start) const;

private:
    QList<Match> m_all;
    std::array<QList<Match>, size_t(CueLexicon::KindCount)> m_byKind;
    // Indices into m_byKind sorted by nend, made for a kind the first time it is asked for: only
    // two kinds ever are. One article's index lives in one thread.
    mutable std::array<QList<int>, size_t(CueLexicon::KindCount)> m_nendSorted;
    mutable std::array<bool, size_t(CueLexicon::KindCount)> m_nendReady {};
};
