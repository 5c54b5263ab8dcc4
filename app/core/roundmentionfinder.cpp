// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundmentionfinder.h"

#include <algorithm>

#include "monthlexicon.h"
#include "normalizedtext.h"
#include "ordinallexicon.h"
#include "wordscan.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using Match = CueLexicon::Match;

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x00AB)
        || c == QChar(0x00BB);
}

bool isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013);
}

bool isGap(QChar c)
{
    // Quotes and dashes sit between a round noun and its number in news copy
    // (الجولة “20”، أستانا-17); they do not end the phrase.
    return c.isSpace() || isQuote(c) || isDash(c) || c == u'(';
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

QString wordAt(const QString &s, int p)
{
    return s.mid(p, wordEnd(s, p) - p);
}

// The word before the one starting at p (normalised), or "".
QString previousWord(const QString &s, int p)
{
    int e = p;
    while (e > 0 && !s.at(e - 1).isLetterOrNumber())
        --e;
    int b = e;
    while (b > 0 && s.at(b - 1).isLetterOrNumber())
        --b;
    return s.mid(b, e - b);
}

} // namespace

RoundMentionFinder::RoundMentionFinder(const CueLexicon &lexicon, int highestNumber)
    : m_lexicon(lexicon)
    , m_highest(highestNumber)
{
}

// Digits at p, optionally after «ال» (the folded «الـ»): the value, and *end past the digits.
// Digits glued to a following preposition («الجولة 19من مسار») still count.
int RoundMentionFinder::digitsAt(const QString &s, int p, int *end) const
{
    int q = p;
    if (s.mid(q, 2) == u"ال"_s) {
        q += 2;
        while (q < s.size() && (s.at(q) == u' ' || isDash(s.at(q))))
            ++q;
    }
    int value = 0;
    int digits = 0;
    while (q < s.size() && s.at(q).isDigit() && digits < 4) {
        value = value * 10 + s.at(q).digitValue();
        ++q;
        ++digits;
    }
    if (digits == 0)
        return 0;
    if (q < s.size() && s.at(q).isLetterOrNumber()
        && !m_lexicon.words(CueLexicon::GluedFollower).contains(wordAt(s, q)))
        return 0;
    // «الجولة 12/5», «12-13» or «21–22 ديسمبر»: dates or ranges, not a round number.
    if (q + 1 < s.size() && (s.at(q) == u'/' || s.at(q) == u'.' || isDash(s.at(q))) && s.at(q + 1).isDigit())
        return 0;
    // «أستانا 15 حزيران», «الجولة 12 أيار»: a day of a date.
    if (MonthLexicon::instance().monthAt(s, WordScan::skipSpaces(s, q)).value > 0)
        return 0;
    *end = q;
    return value;
}

// «الخامس عشر من حزيران», «الخامس عشر- السادس عشر من حزيران»: a day of the month, not a round.
bool RoundMentionFinder::isDayOfMonth(const QString &s, int end) const
{
    int p = WordScan::skipSpaces(s, end);
    if (p < s.size() && isDash(s.at(p))) {
        p = WordScan::skipSpaces(s, p + 1);
        const OrdinalLexicon::Match second = OrdinalLexicon::instance().matchAt(s, p);
        if (second.value > 0)
            p = WordScan::skipSpaces(s, p + second.length);
    }
    if (m_lexicon.words(CueLexicon::OfWord).contains(wordAt(s, p)))
        p = WordScan::skipSpaces(s, wordEnd(s, p));
    return MonthLexicon::instance().monthAt(s, p).value > 0;
}

// The cue that covers the word starting at normalised offset p (clitics may precede its start).
const Match *RoundMentionFinder::cueAtWord(const Scan &scan, int p) const
{
    const QList<Match> &cues = scan.cues.all();
    const QString &s = scan.text.text;
    const auto it = std::lower_bound(cues.cbegin(), cues.cend(), p,
                                     [](const Match &m, int pos) { return m.nstart < pos; });
    const Match *best = nullptr;
    for (auto i = it; i != cues.cend() && i->nstart <= p + 3; ++i) {
        bool attached = true;
        for (int k = p; k < i->nstart; ++k)
            attached = attached && s.at(k).isLetter();
        if (attached && (!best || i->nend > best->nend))
            best = &*i;
    }
    return best;
}

// Whether a cue of `kind` comes within `words` words after `from`, before a sentence end or a
// cue of `stopKind`.
bool RoundMentionFinder::cueWithinWords(const Scan &scan, int from, int words, CueLexicon::Kind kind,
                                        CueLexicon::Kind stopKind) const
{
    const QString &s = scan.text.text;
    int p = from;
    for (int w = 0; w < words && p < s.size(); ++w) {
        while (p < s.size() && !s.at(p).isLetterOrNumber()) {
            if (s.at(p) == u'.' || s.at(p) == u'\n' || s.at(p) == QChar(0x061F))
                return false;
            ++p;
        }
        if (const Match *m = cueAtWord(scan, p)) {
            if (m->kind == stopKind)
                return false;
            if (m->kind == kind)
                return true;
        }
        p = std::max(p + 1, wordEnd(s, p));
    }
    return false;
}

void RoundMentionFinder::record(Scan &scan, int nstart, int nend, int number, RoundMention::Relative rel,
                                bool byDigits) const
{
    const QString &s = scan.text.text;
    RoundMention m;
    int b = nstart;
    while (b > 0 && s.at(b - 1).isLetter())
        --b;
    int q = b;
    while (q > 0 && s.at(q - 1).isSpace())
        --q;
    // «منذ الجولة الأولى وحتى العشرين»: a bound of a span of time, not the topic.
    m.inSpan = q < b && scan.cues.endingAt(CueLexicon::SpanWord, q) != nullptr;
    m.number = number;
    m.relative = rel;
    m.start = scan.text.originalStart(nstart);
    m.end = scan.text.originalEnd(nend);
    m.byDigits = byDigits;
    // «الجولة الـ15 الماضية», «أستانا 7 أواخر الشهر الماضي»: the round before the one in question.
    m.previous
        = number > 0 && cueWithinWords(scan, nend, 3, CueLexicon::RelativePrevious, CueLexicon::RoundNoun);
    scan.out.append(m);
}

// «أستانا 17», «أستانا-17», «أستانا8», «"أستانا"12», «“أستانا “19», «أستانا ثلاثة».
void RoundMentionFinder::astanaMention(Scan &scan, const Match &cue) const
{
    const QString &s = scan.text.text;
    int p = cue.nend;
    while (p < s.size() && p - cue.nend < 4 && (s.at(p) == u' ' || isDash(s.at(p)) || isQuote(s.at(p))))
        ++p;
    int end = 0;
    const int value = digitsAt(s, p, &end);
    if (value >= 1 && value <= m_highest) {
        record(scan, cue.nstart, end, value, RoundMention::Relative::None, true);
        return;
    }
    // A cardinal word names the round too, but not in «أستانا ثلاث مرات» ("three times").
    const OrdinalLexicon::Match cardinal = OrdinalLexicon::instance().cardinalAt(s, p);
    if (cardinal.value < 1 || cardinal.value > m_highest)
        return;
    const int after = WordScan::skipSpaces(s, p + cardinal.length);
    if (m_lexicon.words(CueLexicon::CountNoun).contains(wordAt(s, after)))
        return;
    record(scan, cue.nstart, p + cardinal.length, cardinal.value, RoundMention::Relative::None, false);
}

// «هذه الجولة»: the demonstrative stands before the noun.
RoundMention::Relative RoundMentionFinder::demonstrativeBefore(const Scan &scan, const Match &cue) const
{
    const QString &s = scan.text.text;
    int b = cue.nstart;
    while (b > 0 && s.at(b - 1).isLetter())
        --b;
    int q = b - 1;
    while (q > 0 && s.at(q).isSpace())
        --q;
    return scan.cues.endingAt(CueLexicon::RelativeCurrent, q + 1) ? RoundMention::Relative::Current
                                                                  : RoundMention::Relative::None;
}

// The number after a round noun at p: an ordinal («الجولة الثالثة»; «جولة ثالثة» after a noun
// without the article) or digits. 0 when there is none; -1 when there is one but it is not a
// round of the talks.
int RoundMentionFinder::numberAfterNoun(const Scan &scan, const Match &noun, int p, int *end,
                                        bool *byDigits) const
{
    const QString &s = scan.text.text;
    OrdinalLexicon::Match ord = OrdinalLexicon::instance().matchAt(s, p);
    // After «الجولة» the ordinal carries the article; a bare «ثالثة» there is "a third". An
    // indefinite noun takes the indefinite ordinal («في جولة خامسة»).
    const bool definiteNoun = !m_lexicon.words(CueLexicon::IndefiniteRoundNoun)
                                   .contains(s.mid(noun.nstart, noun.nend - noun.nstart));
    if (ord.value > 0 && ord.definite != definiteNoun)
        ord = OrdinalLexicon::Match {};
    int digitEnd = 0;
    const int digits = digitsAt(s, p, &digitEnd);
    if (ord.value == 0 && digits == 0)
        return 0;
    const int value = ord.value > 0 ? ord.value : digits;
    *end = ord.value > 0 ? p + ord.length : digitEnd;
    *byDigits = ord.value == 0;
    if (value < 1 || value > m_highest)
        return -1;
    // Another forum's meeting or session: not a round of the talks.
    if (cueWithinWords(scan, *end, 4, CueLexicon::NonAstanaContext, CueLexicon::AstanaName))
        return -1;
    // «الجولة الأولى التي تعقد منذ…»: first since, not round one.
    if (value == 1 && cueWithinWords(scan, *end, 3, CueLexicon::FalseFirstFollower))
        return -1;
    if (ord.value > 0 && isDayOfMonth(s, *end))
        return -1;
    return value;
}

void RoundMentionFinder::nounMention(Scan &scan, const Match &cue) const
{
    const QString &s = scan.text.text;
    RoundMention::Relative relative = demonstrativeBefore(scan, cue);
    int relativeEnd = relative != RoundMention::Relative::None ? cue.nend : -1;
    int p = skipGap(s, cue.nend);
    for (int step = 0; step < 4 && p < s.size(); ++step) {
        int end = 0;
        bool byDigits = false;
        const int value = numberAfterNoun(scan, cue, p, &end, &byDigits);
        if (value < 0)
            return;
        if (value > 0) {
            record(scan, cue.nstart, end, value, RoundMention::Relative::None, byDigits);
            rangeAfter(scan, end);
            return;
        }
        const Match *m = cueAtWord(scan, p);
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
    if (relative != RoundMention::Relative::None
        && !cueWithinWords(scan, relativeEnd, 3, CueLexicon::NonAstanaContext, CueLexicon::AstanaName))
        record(scan, cue.nstart, relativeEnd, 0, relative, false);
}

// «الجولات من الأولى حتى السادسة»: the ordinal after «حتى» closes a range that opened with the
// mention just recorded; both are bounds, not the topic.
void RoundMentionFinder::rangeAfter(Scan &scan, int end) const
{
    const QString &s = scan.text.text;
    const int p = WordScan::skipSpaces(s, end);
    if (!m_lexicon.words(CueLexicon::RangeTo).contains(wordAt(s, p)))
        return;
    const int q = WordScan::skipSpaces(s, wordEnd(s, p));
    const OrdinalLexicon::Match second = OrdinalLexicon::instance().matchAt(s, q);
    if (second.value < 1 || second.value > m_highest || !second.definite)
        return;
    scan.out.last().inSpan = true;
    record(scan, q, q + second.length, second.value, RoundMention::Relative::None, false);
    scan.out.last().inSpan = true;
}

QList<RoundMention> RoundMentionFinder::find(const NormalizedText &text, const CueIndex &index) const
{
    Scan scan {text, index, {}};
    for (const Match &cue : index.all()) {
        if (cue.kind == CueLexicon::AstanaName)
            astanaMention(scan, cue);
        else if (cue.kind == CueLexicon::RoundNoun)
            nounMention(scan, cue);
    }
    QList<RoundMention> &out = scan.out;
    std::sort(out.begin(), out.end(),
              [](const RoundMention &a, const RoundMention &b) { return a.start < b.start; });
    // A phrase found from two cues (a noun and «أستانا» inside it) is kept once.
    out.erase(std::unique(out.begin(), out.end(),
                          [](const RoundMention &a, const RoundMention &b) {
                              return a.start < b.end && b.start < a.end && a.number == b.number;
                          }),
              out.end());
    markSpans(scan);
    return out;
}

// «من أستانا 1 … إلى أستانا 13», «من الجولة الأولى حتى السادسة»: both ends of a range are bounds,
// not the topic.
void RoundMentionFinder::markSpans(Scan &scan) const
{
    const QString &s = scan.text.text;
    QList<RoundMention> &out = scan.out;
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        if (out[i].isExplicit() && out[i + 1].isExplicit()
            && m_lexicon.words(CueLexicon::RangeFrom)
                   .contains(previousWord(s, scan.text.normalizedPos(out[i].start)))
            && m_lexicon.words(CueLexicon::RangeTo)
                   .contains(previousWord(s, scan.text.normalizedPos(out[i + 1].start)))
            && out[i + 1].start - out[i].end < 400) {
            out[i].inSpan = true;
            out[i + 1].inSpan = true;
        }
    }
}
