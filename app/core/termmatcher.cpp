// SPDX-License-Identifier: GPL-3.0-or-later
#include "termmatcher.h"

#include <algorithm>

#include <queue>

#include "arabicnormalizer.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char16_t kAlef = u'\u0627';
constexpr char16_t kAlefWasla = u'\u0671';
constexpr char16_t kLam = u'\u0644';
constexpr char16_t kWaw = u'\u0648';
constexpr char16_t kFeh = u'\u0641';
constexpr char16_t kBeh = u'\u0628';
constexpr char16_t kKaf = u'\u0643';

// The longest clitic chain: conjunction + preposition + article (وبال, فكال).
constexpr int kMaxPrefix = 4;

// Token that stands for a paragraph break in the compressed text: no term spans it.
constexpr char16_t kBreak = u'\n';

bool isQuote(char16_t c)
{
    switch (c) {
    case u'"':
    case u'\'':
    case u'\u00AB': // «
    case u'\u00BB': // »
    case u'\u2018':
    case u'\u2019':
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u2039':
    case u'\u203A':
        return true;
    default:
        return false;
    }
}

// News text quotes names inside phrases (محادثات “أستانا”), so quotation marks separate words
// like spaces do.
// Read for every character of every text: Arabic and ASCII are answered without a call.
inline bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x0600 && u <= 0x06FF) // Arabic letters and marks: the common case
        return false;
    if (u < 0x80) // QChar::isSpace() and isQuote() on ASCII
        return u == u' ' || (u >= u'\t' && u <= u'\r') || u == u'"' || u == u'\'';
    return c.isSpace() || isQuote(u);
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\u2028' || c == u'\u2029' || c == u'\v' || c == u'\f';
}

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    if (u >= 0x0621 && u <= 0x064A) // Arabic letters
        return true;
    return c.isLetterOrNumber() || c.isMark();
}

// Letters and digits written together («أستانا8», «الـ17») are two words: a term ends where the
// script of the word changes from letters to digits or back.
bool continuesWord(QChar previous, QChar next)
{
    return isWordChar(next) && (previous.isDigit() == next.isDigit());
}

enum class Prefix
{
    Invalid,
    Clitics, // nothing, or only conjunction / preposition
    WithArticle, // ends with the article ال, which then belongs to the matched noun
};

// Proclitics as Arabic writes them: [و|ف]? [ب|ك|ل]? [ال]?, where ل + ال is written لل.
Prefix classifyPrefix(QStringView p)
{
    qsizetype i = 0;
    if (i < p.size() && (p[i] == kWaw || p[i] == kFeh))
        ++i;
    char16_t preposition = 0;
    if (i < p.size() && (p[i] == kBeh || p[i] == kKaf || p[i] == kLam))
        preposition = p[i++].unicode();
    const QStringView rest = p.mid(i);
    if (rest.isEmpty())
        return Prefix::Clitics;
    if (preposition == kLam)
        return rest == u"\u0644" ? Prefix::Clitics : Prefix::Invalid; // لل: the article lost its alef
    return rest == u"\u0627\u0644" ? Prefix::WithArticle : Prefix::Invalid;
}

QString foldSeparators(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (isQuote(c.unicode()))
            c = u' ';
    }
    return out.simplified();
}

} // namespace

void TermMatcher::addTerm(const QString &term, int key)
{
    QString raw = term.trimmed();
    const bool openEnd = raw.endsWith(u'*');
    while (raw.endsWith(u'*'))
        raw.chop(1);

    // The article is recognised on the raw word: after folding, أ and إ also become ا, and
    // «ألغام» or «إلغاء» do not start with an article.
    QStringList words;
    QList<bool> definite;
    const QStringList rawWords = foldSeparators(raw).split(u' ', Qt::SkipEmptyParts);
    for (const QString &rawWord : rawWords) {
        const QString word = ArabicNormalizer::instance().normalized(rawWord);
        if (word.isEmpty())
            continue;
        const auto firstLetter
            = std::find_if(rawWord.cbegin(), rawWord.cend(), [](QChar c) { return c.isLetter(); });
        definite.append(firstLetter != rawWord.cend()
                        && (firstLetter->unicode() == kAlef || firstLetter->unicode() == kAlefWasla)
                        && word.startsWith(u"\u0627\u0644") && word.size() >= 4);
        words.append(word);
    }
    if (words.isEmpty())
        return;

    // A leading article is optional in the text (إرهاب, للإرهاب), so it is left to the prefix
    // rules.
    if (definite.first())
        words.first().remove(0, 2);
    addPattern(words.join(u' '), key, openEnd);

    // A noun and its adjectives agree in definiteness: a phrase written all definite is also
    // written all indefinite (الأسلحة الكيميائية, أسلحة كيميائية).
    if (words.size() > 1 && !definite.contains(false)) {
        for (qsizetype i = 1; i < words.size(); ++i)
            words[i].remove(0, 2);
        addPattern(words.join(u' '), key, openEnd);
    }
}

void TermMatcher::addPattern(const QString &text, int key, bool openEnd)
{
    for (const Pattern &p : std::as_const(m_patterns)) {
        if (p.key == key && p.openEnd == openEnd && p.text == text)
            return;
    }
    Pattern pattern;
    pattern.text = text;
    pattern.key = key;
    pattern.openEnd = openEnd;
    pattern.wordStart = isWordChar(text.front());
    pattern.wordEnd = isWordChar(text.back());
    m_patterns.append(pattern);
    m_built = false;
}

void TermMatcher::build()
{
    // Dense character classes keep the DFA small: only the few dozen characters the terms use
    // get a column, everything else shares class 0, which leads back to the root.
    m_classOf.assign(0x10000, 0);
    m_classCount = 1;
    for (const Pattern &p : std::as_const(m_patterns)) {
        for (const QChar c : p.text) {
            if (m_classOf[c.unicode()] == 0)
                m_classOf[c.unicode()] = quint16(m_classCount++);
        }
    }

    const int classes = m_classCount;
    m_delta.assign(size_t(classes), -1);
    std::vector<std::vector<int>> outputs(1);
    int nodeCount = 1;
    for (int index = 0; index < m_patterns.size(); ++index) {
        int node = 0;
        for (const QChar c : std::as_const(m_patterns[index].text)) {
            const size_t slot = size_t(node) * classes + charClass(c.unicode());
            if (m_delta[slot] < 0) {
                m_delta[slot] = nodeCount++;
                m_delta.resize(size_t(nodeCount) * classes, -1);
                outputs.emplace_back();
            }
            node = m_delta[slot];
        }
        outputs[size_t(node)].push_back(index);
    }

    linkFailures(outputs, nodeCount);

    m_outFirst.assign(size_t(nodeCount) + 1, 0);
    m_outPatterns.clear();
    for (int node = 0; node < nodeCount; ++node) {
        m_outFirst[size_t(node)] = int(m_outPatterns.size());
        m_outPatterns.insert(m_outPatterns.end(), outputs[size_t(node)].begin(), outputs[size_t(node)].end());
    }
    m_outFirst[size_t(nodeCount)] = int(m_outPatterns.size());
    m_firstOutput.resize(size_t(nodeCount));
    for (int node = 0; node < nodeCount; ++node)
        m_firstOutput[size_t(node)] = outputs[size_t(node)].empty() ? m_dictLink[size_t(node)] : node;

    qsizetype longest = 1;
    for (const Pattern &p : std::as_const(m_patterns))
        longest = std::max(longest, p.text.size());
    m_ringMask = 1;
    while (m_ringMask + 1 < longest)
        m_ringMask = m_ringMask * 2 + 1;
    m_built = true;
}

void TermMatcher::linkFailures(const std::vector<std::vector<int>> &outputs, int nodeCount)
{
    // Breadth-first: failure links, then the full transition table, and dictionary links so
    // that every pattern ending at a position is reported without walking dead failure links.
    const int classes = m_classCount;
    std::vector<int> fail(size_t(nodeCount), 0);
    m_dictLink.assign(size_t(nodeCount), -1);
    std::queue<int> queue;
    for (int c = 0; c < classes; ++c) {
        int &next = m_delta[size_t(c)];
        if (next < 0) {
            next = 0;
        } else {
            fail[size_t(next)] = 0;
            queue.push(next);
        }
    }
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop();
        const int f = fail[size_t(node)];
        for (int c = 0; c < classes; ++c) {
            int &next = m_delta[size_t(node) * classes + c];
            const int viaFail = m_delta[size_t(f) * classes + c];
            if (next < 0) {
                next = viaFail;
                continue;
            }
            fail[size_t(next)] = viaFail;
            m_dictLink[size_t(next)]
                = outputs[size_t(viaFail)].empty() ? m_dictLink[size_t(viaFail)] : viaFail;
            queue.push(next);
        }
    }
}

QList<TermMatcher::Match> TermMatcher::findAll(const QString &normalised) const
{
    return findAll(normalised, nullptr);
}

QList<TermMatcher::Match> TermMatcher::findAll(const QString &normalised, qint64 *unitsRead) const
{
    qint64 units = 0;
    QList<Match> found;
    if (!m_built || m_patterns.isEmpty() || normalised.isEmpty())
        return found;

    // The automaton reads the text with every run of separators folded into one space (or one
    // paragraph-break token). Instead of building that folded copy, which would cost more than
    // the matching itself, a small ring remembers where the last units read came from: enough
    // to place the start of the longest term. Prefix and word-end checks look at the
    // normalised text directly, since letters are never folded.
    const QChar *in = normalised.constData();
    const int length = int(normalised.size());
    std::vector<int> ring(size_t(m_ringMask) + 1, 0);
    int read = 0; // units fed to the automaton
    int wordEndCache = -1; // end of the word the last open-ended match ran into
    int state = 0;
    for (int i = 0; i < length;) {
        const int at = i;
        QChar c = in[i];
        if (isSeparator(c)) {
            int lineBreaks = 0;
            for (; i < length && isSeparator(in[i]); ++i) {
                const char16_t u = in[i].unicode();
                lineBreaks += isLineBreak(u) ? (u == u'\u2029' ? 2 : 1) : 0;
            }
            c = lineBreaks >= 2 ? QChar(kBreak) : QChar(u' ');
        } else {
            ++i;
        }
        ring[size_t(read & m_ringMask)] = at;
        ++read;
        state = m_delta[size_t(state) * m_classCount + charClass(c.unicode())];
        for (int node = m_firstOutput[size_t(state)]; node >= 0; node = m_dictLink[size_t(node)]) {
            for (int o = m_outFirst[size_t(node)]; o < m_outFirst[size_t(node) + 1]; ++o) {
                const Pattern &p = m_patterns.at(m_outPatterns[size_t(o)]);
                // Terms never end with a separator, so the last unit read is a single unit.
                int end = at + 1;
                int start = ring[size_t((read - int(p.text.size())) & m_ringMask)];
                const bool wordContinues = end < length && continuesWord(in[end - 1], in[end]);
                if (p.wordEnd && wordContinues && !p.openEnd)
                    continue;
                if (p.wordStart) {
                    int wordStart = start;
                    while (wordStart > 0 && start - wordStart <= kMaxPrefix
                           && continuesWord(in[wordStart], in[wordStart - 1])) {
                        --wordStart;
                        ++units;
                    }
                    if (start - wordStart > kMaxPrefix)
                        continue;
                    const Prefix prefix = classifyPrefix(QStringView(in + wordStart, start - wordStart));
                    if (prefix == Prefix::Invalid)
                        continue;
                    if (prefix == Prefix::WithArticle)
                        start -= 2;
                }
                if (p.openEnd && wordContinues) {
                    if (wordEndCache < end) {
                        wordEndCache = end;
                        while (wordEndCache < length && isWordChar(in[wordEndCache])) {
                            ++wordEndCache;
                            ++units;
                        }
                    }
                    end = wordEndCache;
                }
                found.append({p.key, start, end});
            }
        }
    }
    if (unitsRead)
        *unitsRead = units + length;
    return longestPerKey(std::move(found));
}

// For one key keep the longest of overlapping matches: sweeping in start order, a match that
// overlaps the last kept one replaces it only when longer. In text order at the end.
QList<TermMatcher::Match> TermMatcher::longestPerKey(QList<Match> found)
{
    std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
        if (a.key != b.key)
            return a.key < b.key;
        if (a.start != b.start)
            return a.start < b.start;
        return a.end > b.end;
    });
    QList<Match> kept;
    kept.reserve(found.size());
    for (const Match &m : std::as_const(found)) {
        if (!kept.isEmpty() && kept.last().key == m.key && m.start < kept.last().end) {
            if (m.end - m.start > kept.last().end - kept.last().start)
                kept.last() = m;
            continue;
        }
        kept.append(m);
    }
    std::sort(kept.begin(), kept.end(), [](const Match &a, const Match &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end;
        return a.key < b.key;
    });
    return kept;
}
