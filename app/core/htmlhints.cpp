// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlhints.h"

#include <algorithm>
#include <optional>

#include <QJsonArray>
#include <QJsonObject>

#include "arabicnormalizer.h"
#include "jsonfile.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int NegativeWeight = -2;
constexpr int PositiveWeight = 1;
constexpr std::size_t MaxAttributeBytes = 512; // class lists longer than this are generated noise
constexpr int MaxWordsPerAttribute = 24;

bool isAsciiLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isAsciiUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

// Words of a class or id list, lower case, in a buffer of their own: this runs for every element
// of a page, so it allocates nothing.
struct Words
{
    char buffer[MaxAttributeBytes];
    std::string_view at[MaxWordsPerAttribute];
    int count = 0;
};

// "mostRead_box widget-3" → most, read, box, widget. Bytes outside ASCII letters separate words too,
// so Arabic class names are simply not matched.
void splitWords(std::string_view value, bool splitCamelCase, Words *words)
{
    words->count = 0;
    std::size_t length = 0; // of the word being read, which ends at words->buffer + end
    std::size_t end = 0;
    char previous = 0;
    auto finish = [&] {
        if (length > 0 && words->count < MaxWordsPerAttribute)
            words->at[words->count++] = std::string_view(words->buffer + end - length, length);
        length = 0;
    };
    for (std::size_t i = 0; i < std::min(value.size(), MaxAttributeBytes); ++i) {
        const char c = value[i];
        const bool letter = isAsciiLower(c) || isAsciiUpper(c);
        if (!letter || (splitCamelCase && isAsciiUpper(c) && isAsciiLower(previous)))
            finish();
        if (letter) {
            words->buffer[end++] = isAsciiUpper(c) ? char(c - 'A' + 'a') : c;
            ++length;
        }
        previous = c;
    }
    finish();
}

bool isEdgePunctuation(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

// Counts go with the headings of comment boxes: «التعليقات (12)», «3 تعليقات».
bool isEdgeNoise(QChar c)
{
    return isEdgePunctuation(c) || c.isDigit();
}

// ArabicNormalizer's folding for the characters labels and titles are made of, without its map back
// to the original (which costs more than the folding on strings this short). Any other character
// sends the whole string to the normalizer; tst_pagemetadata checks that both agree.
std::optional<QString> quickFold(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    qsizetype n = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        char16_t mapped = u;
        if (u < 0x80 || (u >= 0x0627 && u <= 0x063A && u != 0x0629) || (u >= 0x0641 && u <= 0x0648)
            || u == 0x064A || u == 0x0621)
            mapped = u;
        else if (u == 0x0622 || u == 0x0623 || u == 0x0625 || u == 0x0671)
            mapped = 0x0627; // alef forms
        else if (u == 0x0624)
            mapped = 0x0648; // waw with hamza
        else if (u == 0x0626 || u == 0x0649)
            mapped = 0x064A; // yeh with hamza, alef maqsura
        else if (u == 0x0629)
            mapped = 0x0647; // ta marbuta
        else if (u >= 0x0660 && u <= 0x0669)
            mapped = char16_t(u'0' + (u - 0x0660));
        else if ((u >= 0x064B && u <= 0x0652) || u == 0x0640)
            continue; // harakat, tatweel
        else if (u == 0x00A0)
            mapped = u' ';
        else
            return std::nullopt;
        out[n++] = QChar(mapped);
    }
    out.truncate(n);
    return out;
}

} // namespace

const HtmlHints &HtmlHints::builtIn()
{
    static const HtmlHints hints = [] {
        HtmlHints h;
        QString error;
        if (!h.load(u":/masar/data/html_hints.json"_s, &error))
            qFatal("Built-in HTML hints are broken: %s", qPrintable(error));
        return h;
    }();
    return hints;
}

void HtmlHints::addWordHint(WordHints *hints, const QString &hint, int weight)
{
    const std::string bytes = hint.toStdString();
    Words split;
    splitWords(bytes, false, &split);
    if (split.count == 0)
        return;
    const int id = int(hints->words.size());
    hints->words.emplace_back(split.at, split.at + split.count);
    hints->weights.push_back(weight);
    // The key views the first word's own string, which stays where it is when the outer vector grows.
    hints->byFirstWord[hints->words.back().front()].push_back(id);
}

bool HtmlHints::load(const QString &path, QString *error)
{
    QJsonObject root;
    if (!JsonFile::readObject(path, &root, error))
        return false;
    const std::pair<const char16_t *, WordHints *> sections[]
        = {{u"class_id", &m_classId}, {u"role", &m_role}, {u"itemprop", &m_itemprop}};
    for (const auto &[section, hints] : sections) {
        const QJsonObject o = root.value(QString::fromUtf16(section)).toObject();
        if (o.isEmpty()) {
            *error = u"%1: section \"%2\" is missing"_s.arg(path, QString::fromUtf16(section));
            return false;
        }
        for (const QJsonValue &v : o.value(u"negative"_s).toArray())
            addWordHint(hints, v.toString(), NegativeWeight);
        for (const QJsonValue &v : o.value(u"positive"_s).toArray())
            addWordHint(hints, v.toString(), PositiveWeight);
    }
    for (const QJsonValue &v : root.value(u"furniture_elements"_s).toArray())
        m_furnitureNames.push_back(v.toString().toLower().toStdString());
    m_furnitureElements.clear();
    m_furnitureElements.insert(m_furnitureNames.begin(), m_furnitureNames.end());
    for (const QJsonValue &v : root.value(u"phrases"_s).toArray()) {
        const QString folded = fold(v.toString());
        if (!folded.isEmpty()) {
            m_phrases.insert(folded);
            m_longestPhrase = std::max(m_longestPhrase, folded.size());
            const int chars = int(folded.size() - folded.count(u' '));
            m_shortestPhraseChars
                = m_shortestPhraseChars == 0 ? chars : std::min(m_shortestPhraseChars, chars);
        }
    }
    for (const QJsonValue &v : root.value(u"title_separators"_s).toArray()) {
        m_titleSeparators.append(v.toString());
        for (const QChar c : v.toString()) {
            if (!c.isSpace()
                && std::find(m_separatorMarks.begin(), m_separatorMarks.end(), c.unicode())
                    == m_separatorMarks.end())
                m_separatorMarks.push_back(c.unicode());
        }
    }
    for (const QJsonValue &v : root.value(u"title_noise"_s).toArray())
        m_titleNoise.insert(fold(v.toString()));
    for (const QJsonValue &v : root.value(u"outlet_classes"_s).toArray())
        addWordHint(&m_outletClasses, v.toString(), PositiveWeight);
    if (m_phrases.isEmpty() || m_titleSeparators.isEmpty()) {
        *error = u"%1: phrases and title_separators must not be empty"_s.arg(path);
        return false;
    }
    return true;
}

int HtmlHints::matchWords(const WordHints &hints, std::string_view value, bool splitCamelCase)
{
    if (value.empty())
        return 0;
    Words words;
    splitWords(value, splitCamelCase, &words);
    int sum = 0;
    int seen[MaxWordsPerAttribute]; // a hint counts once however often its words come back
    int seenCount = 0;
    for (int i = 0; i < words.count; ++i) {
        const auto it = hints.byFirstWord.find(words.at[i]);
        if (it == hints.byFirstWord.end())
            continue;
        for (const int id : it->second) {
            const std::vector<std::string> &hint = hints.words[std::size_t(id)];
            if (i + int(hint.size()) > words.count || !std::equal(hint.begin(), hint.end(), words.at + i))
                continue;
            if (std::find(seen, seen + seenCount, id) != seen + seenCount
                || seenCount == MaxWordsPerAttribute)
                continue;
            seen[seenCount++] = id;
            sum += hints.weights[std::size_t(id)];
        }
    }
    return sum;
}

int HtmlHints::weight(std::string_view classes, std::string_view id, std::string_view role,
                      std::string_view itemprop) const
{
    return matchWords(m_classId, classes, true) + matchWords(m_classId, id, true)
        + matchWords(m_role, role, false) + matchWords(m_itemprop, itemprop, false);
}

bool HtmlHints::isOutletElement(std::string_view classes, std::string_view id) const
{
    return matchWords(m_outletClasses, classes, true) + matchWords(m_outletClasses, id, true) > 0;
}

bool HtmlHints::mayHaveTitleSeparator(QStringView title) const
{
    for (const QChar c : title) {
        // Arabic letters are never separators: most characters of a title stop here.
        const char16_t u = c.unicode();
        if (u >= 0x0600 && u <= 0x06FF)
            continue;
        if (std::find(m_separatorMarks.begin(), m_separatorMarks.end(), u) != m_separatorMarks.end())
            return true;
    }
    return false;
}

bool HtmlHints::isFurnitureElement(std::string_view name) const
{
    return m_furnitureElements.count(name) > 0;
}

bool HtmlHints::isPhrase(const QString &folded) const
{
    return folded.size() <= m_longestPhrase && m_phrases.contains(folded);
}

qsizetype HtmlHints::phrasePrefix(const QString &folded) const
{
    const qsizetype limit = std::min(folded.size(), m_longestPhrase);
    for (qsizetype end = limit; end > 0; --end) {
        if (end < folded.size() && !isEdgePunctuation(folded.at(end)))
            continue; // not a word boundary
        qsizetype trimmed = end;
        while (trimmed > 0 && isEdgePunctuation(folded.at(trimmed - 1)))
            --trimmed;
        if (trimmed > 0 && m_phrases.contains(folded.left(trimmed)))
            return end;
    }
    return 0;
}

bool HtmlHints::quickFoldAgrees(const QString &text)
{
    const std::optional<QString> quick = quickFold(text);
    return !quick || *quick == ArabicNormalizer::instance().normalized(text);
}

QString HtmlHints::fold(const QString &text)
{
    std::optional<QString> quick = quickFold(text);
    const QString normalized = quick ? std::move(*quick) : ArabicNormalizer::instance().normalized(text);
    qsizetype start = 0;
    qsizetype end = normalized.size();
    while (start < end && isEdgeNoise(normalized.at(start)))
        ++start;
    while (end > start && isEdgeNoise(normalized.at(end - 1)))
        --end;
    // Lower case and single spaces in one pass: this runs for every short element of a page.
    QString folded(end - start, Qt::Uninitialized);
    qsizetype out = 0;
    bool space = false;
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = normalized.at(i);
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && out > 0)
            folded[out++] = u' ';
        space = false;
        folded[out++] = c.unicode() < 0x80
            ? QChar(
                char16_t(c.unicode() >= 'A' && c.unicode() <= 'Z' ? c.unicode() + ('a' - 'A') : c.unicode()))
            : c.toLower();
    }
    folded.truncate(out);
    return folded;
}
