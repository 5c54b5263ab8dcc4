// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplatestage.h"

#include <QHash>

#include "analysiscontext.h"
#include "cuelexicon.h"
#include "textscan.h"
#include "wordscan.h"

namespace {

constexpr int ParagraphWords = 15;
constexpr int ShortLineWords = 12;

bool endsSentence(QChar c)
{
    return c == u'.' || c == QChar(0x061F) || c == u'!' || c == u'?';
}

} // namespace

bool BoilerplateStage::isParagraph(const QString &text, TextSegment line)
{
    const QStringView s = QStringView(text).sliced(line.start, line.length());
    if (s.startsWith(u"http") || s.startsWith(u"www."))
        return false; // an address: its slug has many words but it is no prose
    const int words = TextScan::wordCount(text, line);
    return words >= ParagraphWords || (words >= 8 && endsSentence(text.at(line.end - 1)));
}

// Menus («الرئيسية | أخبار | تقارير»), section labels («برجاف|دولي»), share bars («Facebook
// Twitter whatsapp»), counters («1,312 مشاهدة») and addresses.
bool BoilerplateStage::isFurniture(const AnalysisContext &c, TextSegment line) const
{
    const QStringView s = QStringView(c.text()).sliced(line.start, line.length());
    if (s.startsWith(u"http") || s.startsWith(u"www."))
        return true;
    const int bars = int(s.count(u'|'));
    const int words = TextScan::wordCount(c.text(), line);
    if (bars >= 2 || (bars == 1 && words <= 4))
        return true;
    // A long line is furniture only as a ticker, whose separators («logo») are Latin: an Arabic
    // paragraph goes no further.
    if (words > ShortLineWords
        && std::none_of(s.cbegin(), s.cend(), [](QChar ch) { return ch.unicode() < 128 && ch.isLetter(); }))
        return false;
    // Word by word over the folded copy the analysis made already: no allocation but the lower-
    // casing of Latin words (share bars are written in English too).
    const QStringView n = QStringView(c.norm.text)
                              .sliced(c.norm.normalizedPos(line.start),
                                      c.norm.normalizedPos(line.end) - c.norm.normalizedPos(line.start));
    int furniture = 0;
    int total = 0;
    QHash<QStringView, int> repeats;
    for (qsizetype i = 0; i < n.size();) {
        while (i < n.size() && !WordScan::isWordChar(n.at(i)))
            ++i;
        const qsizetype from = i;
        while (i < n.size() && WordScan::isWordChar(n.at(i)))
            ++i;
        if (i == from)
            break;
        const QStringView w = n.sliced(from, i - from);
        ++total;
        const bool word = isFurnitureWord(w);
        if (word || w.front().isDigit())
            ++furniture;
        // «logo … logo … logo»: a ticker's separator between headlines.
        if (word && ++repeats[w] >= 3)
            return true;
    }
    return total > 0 && furniture >= 2 && furniture * 10 >= total * 6;
}

BoilerplateStage::BoilerplateStage(const CueLexicon &lexicon)
{
    for (const QString &w : lexicon.words(CueLexicon::FurnitureWord))
        m_furniture.append(w);
    std::sort(m_furniture.begin(), m_furniture.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
}

// Without making a string of every word: the share bar's words are few and sorted.
bool BoilerplateStage::isFurnitureWord(QStringView word) const
{
    const auto it = std::lower_bound(
        m_furniture.cbegin(), m_furniture.cend(), word,
        [](const QString &a, QStringView b) { return QStringView(a).compare(b, Qt::CaseInsensitive) < 0; });
    return it != m_furniture.cend() && QStringView(*it).compare(word, Qt::CaseInsensitive) == 0;
}

void BoilerplateStage::run(AnalysisContext &c) const
{
    for (const TextSegment &line : std::as_const(c.lines)) {
        // A cue opening the line (a bullet or two may stand before it).
        const TextSegment opening {line.start, line.start + 3};
        if (c.cues.anyIn(CueLexicon::BoilerplateLine, opening) || isFurniture(c, line))
            c.excluded.add(line);
        if (c.cues.anyIn(CueLexicon::CommentForm, opening) && TextScan::wordCount(c.text(), line) <= 12) {
            c.excluded.add(TextSegment {line.start, int(c.text().size())});
            break;
        }
    }
    markHeaderLists(c);
}

// Before the first paragraph, three or more short lines with no blank line between them are a
// list: a menu, a ticker, other headlines. The headline itself stands apart; the page's date line
// and the agency line are not part of a list (copied text often runs them together with the title).
void BoilerplateStage::markHeaderLists(AnalysisContext &c) const
{
    const QString &text = c.text();
    const auto blankBefore = [&](qsizetype i) {
        const int from = c.lines.at(i - 1).end;
        return QStringView(text).sliced(from, c.lines.at(i).start - from).count(u'\n') > 1;
    };
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= c.lines.size(); ++i) {
        const bool end = i == c.lines.size()
            || (isParagraph(text, c.lines.at(i)) && !c.excluded.contains(c.lines.at(i).start));
        const bool isShort = !end && TextScan::wordCount(text, c.lines.at(i)) <= ShortLineWords
            && !isHeaderFact(c, c.lines.at(i));
        if (end || !isShort || (i > 0 && blankBefore(i))) {
            if (i - runStart >= 3) {
                for (qsizetype k = runStart; k < i; ++k)
                    c.excluded.add(c.lines.at(k));
            }
            runStart = isShort ? i : i + 1;
        }
        if (end)
            break;
    }
}

// A date line, an agency line or furniture already marked.
bool BoilerplateStage::isHeaderFact(const AnalysisContext &c, TextSegment line) const
{
    if (c.excluded.contains(line.start))
        return true;
    const TextSegment opening {line.start, line.start + 3};
    if (c.cues.anyIn(CueLexicon::AgencyWord, opening) || c.cues.anyIn(CueLexicon::AgencyName, opening))
        return true;
    const QStringView s = QStringView(c.text()).sliced(line.start, line.length());
    int digits = 0;
    for (QChar ch : s)
        digits += ch.isDigit() ? 1 : 0;
    return digits >= 4; // a date or a time
}
