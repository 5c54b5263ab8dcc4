// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlhints.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "arabicnormalizer.h"

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

// Words of a class or id list: "mostRead_box widget-3" → most, read, box, widget. Bytes outside
// ASCII letters separate words too, so Arabic class names are simply not matched.
std::vector<std::string> splitWords(std::string_view value, bool splitCamelCase)
{
    std::vector<std::string> words;
    std::string word;
    char previous = 0;
    const std::size_t length = std::min(value.size(), MaxAttributeBytes);
    for (std::size_t i = 0; i < length && int(words.size()) < MaxWordsPerAttribute; ++i) {
        const char c = value[i];
        const bool letter = isAsciiLower(c) || isAsciiUpper(c);
        const bool boundary = !letter || (splitCamelCase && isAsciiUpper(c) && isAsciiLower(previous));
        if (boundary && !word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
        if (letter)
            word.push_back(isAsciiUpper(c) ? char(c - 'A' + 'a') : c);
        previous = c;
    }
    if (!word.empty() && int(words.size()) < MaxWordsPerAttribute)
        words.push_back(std::move(word));
    return words;
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
    std::vector<std::string> words = splitWords(hint.toStdString(), false);
    if (words.empty())
        return;
    const int id = int(hints->words.size());
    hints->byFirstWord[words.front()].push_back(id);
    hints->words.push_back(std::move(words));
    hints->weights.push_back(weight);
}

bool HtmlHints::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot be read: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1: not valid JSON: %2"_s.arg(path, parseError.errorString());
        return false;
    }
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
        m_furnitureElements.insert(v.toString().toLower().toStdString());
    for (const QJsonValue &v : root.value(u"phrases"_s).toArray()) {
        const QString folded = fold(v.toString());
        if (!folded.isEmpty()) {
            m_phrases.insert(folded);
            m_longestPhrase = std::max(m_longestPhrase, folded.size());
        }
    }
    for (const QJsonValue &v : root.value(u"title_separators"_s).toArray())
        m_titleSeparators.append(v.toString());
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
    const std::vector<std::string> words = splitWords(value, splitCamelCase);
    int sum = 0;
    std::vector<int> seen; // a hint counts once however often its words come back
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto it = hints.byFirstWord.find(words[i]);
        if (it == hints.byFirstWord.end())
            continue;
        for (const int id : it->second) {
            const std::vector<std::string> &hint = hints.words[std::size_t(id)];
            if (i + hint.size() > words.size() || !std::equal(hint.begin(), hint.end(), words.begin() + i))
                continue;
            if (std::find(seen.begin(), seen.end(), id) != seen.end())
                continue;
            seen.push_back(id);
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

bool HtmlHints::isFurnitureElement(std::string_view name) const
{
    return !m_furnitureElements.empty() && m_furnitureElements.count(std::string(name)) > 0;
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

QString HtmlHints::fold(const QString &text)
{
    QString folded = ArabicNormalizer::instance().normalized(text).toLower().simplified();
    qsizetype start = 0;
    qsizetype end = folded.size();
    while (start < end && isEdgeNoise(folded.at(start)))
        ++start;
    while (end > start && isEdgeNoise(folded.at(end - 1)))
        --end;
    return folded.mid(start, end - start);
}
