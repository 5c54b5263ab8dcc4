// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundmentionfinder.h"

#include <algorithm>

#include "monthlexicon.h"
#include "normalizedtext.h"
#include "ordinallexicon.h"

using namespace Qt::Literals::StringLiterals;

namespace {

bool isGap(QChar c)
{
    // Quotes and dashes sit between a round noun and its number in news copy
    // (الجولة “20”، أستانا-17); they do not end the phrase.
    return c.isSpace() || c == u'"' || c == u'\'' || c == QChar(0x201C) || c == QChar(0x201D)
        || c == QChar(0x00AB) || c == QChar(0x00BB) || c == u'-' || c == QChar(0x2013) || c == u'(';
}

int skipGap(const QString &s, int p)
{
    while (p < s.size() && isGap(s.at(p)))
        ++p;
    return p;
}

int wordEnd(const QString &s, int p)
{
    while (p < s.size() && s.at(p).isLetterOrNumber())
        ++p;
    return p;
}

// Digits at p, optionally after «ال» (the folded «الـ»): returns the value and moves *end past them.
int digitsAt(const QString &s, int p, int *end)
{
    int q = p;
    if (s.mid(q, 2) == u"ال"_s) {
        q += 2;
        while (q < s.size() && (s.at(q) == u' ' || s.at(q) == u'-'))
            ++q;
    }
    int value = 0;
    int digits = 0;
    while (q < s.size() && s.at(q).isDigit() && digits < 4) {
        value = value * 10 + s.at(q).digitValue();
        ++q;
        ++digits;
    }
    if (digits == 0 || (q < s.size() && (s.at(q).isLetterOrNumber())))
        return 0;
    // «الجولة 12/5» or «12-13» are dates or ranges, not a round number.
    if (q + 1 < s.size() && (s.at(q) == u'/' || s.at(q) == u'.') && s.at(q + 1).isDigit())
        return 0;
    // «21–22 ديسمبر»: a range of days.
    if (q + 1 < s.size() && (s.at(q) == u'-' || s.at(q) == QChar(0x2013)) && s.at(q + 1).isDigit())
        return 0;
    // «أستانا 15 حزيران» or «الجولة 12 أيار»: a day of a date, not a round number.
    int r = q;
    while (r < s.size() && s.at(r) == u' ')
        ++r;
    if (MonthLexicon::instance().monthAt(s, r).value > 0)
        return 0;
    *end = q;
    return value;
}

// The cue that covers the word starting at normalised offset p (clitics may precede its start).
const CueLexicon::Match *cueAtWord(const QList<CueLexicon::Match> &cues, const QString &s, int p)
{
    const auto it = std::lower_bound(cues.cbegin(), cues.cend(), p,
                                     [](const CueLexicon::Match &m, int pos) { return m.nstart < pos; });
    const CueLexicon::Match *best = nullptr;
    for (auto i = it; i != cues.cend() && i->nstart <= p + 3; ++i) {
        bool attached = true;
        for (int k = p; k < i->nstart; ++k)
            attached = attached && s.at(k).isLetter();
        if (attached && (!best || i->nend > best->nend))
            best = &*i;
    }
    return best;
}

bool cueWithinWords(const QList<CueLexicon::Match> &cues, const QString &s, int from, int words,
                    CueLexicon::Kind kind, CueLexicon::Kind stopKind = CueLexicon::KindCount)
{
    int p = from;
    for (int w = 0; w < words && p < s.size(); ++w) {
        while (p < s.size() && !s.at(p).isLetterOrNumber()) {
            if (s.at(p) == u'.' || s.at(p) == u'\n' || s.at(p) == QChar(0x061F))
                return false;
            ++p;
        }
        if (const CueLexicon::Match *m = cueAtWord(cues, s, p)) {
            if (m->kind == stopKind)
                return false;
            if (m->kind == kind)
                return true;
        }
        p = std::max(p + 1, wordEnd(s, p));
    }
    return false;
}

} // namespace

QList<RoundMention> RoundMentionFinder::find(const NormalizedText &text, const CueIndex &index) const
{
    const QList<CueLexicon::Match> &cues = index.all();
    const QString &s = text.text;
    const OrdinalLexicon &ordinals = OrdinalLexicon::instance();
    QList<RoundMention> out;

    auto spanBefore = [&](int nstart) {
        int b = nstart;
        while (b > 0 && s.at(b - 1).isLetter())
            --b;
        int q = b;
        while (q > 0 && s.at(q - 1).isSpace())
            --q;
        return q < b && index.endingAt(CueLexicon::SpanWord, q) != nullptr;
    };
    auto record = [&](int nstart, int nend, int number, RoundMention::Relative rel, bool byDigits) {
        RoundMention m;
        m.inSpan = spanBefore(nstart);
        m.number = number;
        m.relative = rel;
        m.start = text.originalStart(nstart);
        m.end = text.originalEnd(nend);
        m.byDigits = byDigits;
        out.append(m);
    };

    for (const CueLexicon::Match &cue : cues) {
        if (cue.kind == CueLexicon::AstanaName) {
            int end = 0;
            // «أستانا 17», «أستانا-17», «أستانا8»: the number follows on the same line.
            int p = cue.nend;
            while (p < s.size() && p - cue.nend < 2 && (s.at(p) == u' ' || s.at(p) == u'-'))
                ++p;
            const int value = digitsAt(s, p, &end);
            if (value >= 1 && value <= m_highest)
                record(cue.nstart, end, value, RoundMention::Relative::None, true);
            continue;
        }
        if (cue.kind != CueLexicon::RoundNoun)
            continue;

        RoundMention::Relative relative = RoundMention::Relative::None;
        int relativeEnd = -1;
        // «هذه الجولة»: the demonstrative stands before the noun.
        {
            int b = cue.nstart;
            while (b > 0 && s.at(b - 1).isLetter())
                --b;
            int q = b - 1;
            while (q > 0 && s.at(q).isSpace())
                --q;
            if (q + 1 <= b && index.endingAt(CueLexicon::RelativeCurrent, q + 1)) {
                relative = RoundMention::Relative::Current;
                relativeEnd = cue.nend;
            }
        }

        int p = skipGap(s, cue.nend);
        bool found = false;
        for (int step = 0; step < 4 && p < s.size() && !found; ++step) {
            OrdinalLexicon::Match ord = ordinals.matchAt(s, p);
            // After a round noun the ordinal carries the article (الجولة الثالثة); a bare
            // «ثالثة» is "a third", not a number.
            if (!ord.definite)
                ord = OrdinalLexicon::Match {};
            int digitEnd = 0;
            const int digits = digitsAt(s, p, &digitEnd);
            if (ord.value > 0 || digits > 0) {
                const int value = ord.value > 0 ? ord.value : digits;
                const int end = ord.value > 0 ? p + ord.length : digitEnd;
                if (value < 1 || value > m_highest)
                    break;
                // Another forum's meeting or session: not a round of the talks.
                if (cueWithinWords(cues, s, end, 4, CueLexicon::NonAstanaContext, CueLexicon::AstanaName))
                    break;
                // «الجولة الأولى التي تعقد منذ…»: first since, not round one.
                if (value == 1 && cueWithinWords(cues, s, end, 3, CueLexicon::FalseFirstFollower))
                    break;
                record(cue.nstart, end, value, RoundMention::Relative::None, ord.value == 0);
                found = true;
                break;
            }
            const CueLexicon::Match *m = cueAtWord(cues, s, p);
            if (!m)
                break;
            if (m->kind == CueLexicon::RelativePrevious || m->kind == CueLexicon::RelativeNext
                || m->kind == CueLexicon::RelativeCurrent) {
                if (relative == RoundMention::Relative::None) {
                    relative = m->kind == CueLexicon::RelativePrevious ? RoundMention::Relative::Previous
                        : m->kind == CueLexicon::RelativeNext          ? RoundMention::Relative::Next
                                                                       : RoundMention::Relative::Current;
                    relativeEnd = m->nend;
                }
            } else if (m->kind != CueLexicon::RoundNounFiller && m->kind != CueLexicon::AstanaName) {
                break;
            }
            p = skipGap(s, std::max(m->nend, wordEnd(s, p)));
        }
        if (!found && relative != RoundMention::Relative::None
            && !cueWithinWords(cues, s, relativeEnd, 3, CueLexicon::NonAstanaContext, CueLexicon::AstanaName))
            record(cue.nstart, relativeEnd, 0, relative, false);
    }
    std::sort(out.begin(), out.end(),
              [](const RoundMention &a, const RoundMention &b) { return a.start < b.start; });
    // A phrase found from two cues (a noun and «أستانا» inside it) is kept once.
    out.erase(std::unique(out.begin(), out.end(),
                          [](const RoundMention &a, const RoundMention &b) {
                              return a.start < b.end && b.start < a.end && a.number == b.number;
                          }),
              out.end());
    return out;
}
