// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <QSet>
#include <QString>
#include <QStringList>

// What tells page furniture from the article on a saved news page, from resources/html_hints.json:
// words of class and id attributes (sidebar, related, most-read, …), ARIA roles and microdata
// properties, furniture element names (AMP ads and sidebars), and the Arabic phrases that open
// "read also", "most read" or comment boxes. Sites change faster than code, so none of this is in
// C++. Immutable after load(); safe to share between threads.
class HtmlHints
{
public:
    // Not copyable: the lookup tables view strings the object owns; a move keeps them where they are.
    HtmlHints() = default;
    HtmlHints(const HtmlHints &) = delete;
    HtmlHints &operator=(const HtmlHints &) = delete;
    HtmlHints(HtmlHints &&) = default;
    HtmlHints &operator=(HtmlHints &&) = default;

    static const HtmlHints &builtIn();

    bool load(const QString &path, QString *error);

    // Sum of the hints of an element's attributes: each negative word -2, each positive word +1.
    // Below zero means furniture.
    int weight(std::string_view classes, std::string_view id, std::string_view role,
               std::string_view itemprop) const;
    bool isFurnitureElement(std::string_view name) const;

    // fold() the text first. True when the whole text is one of the phrases.
    bool isPhrase(const QString &folded) const;
    // Length of the phrase the folded text starts with (ending at a word boundary), or 0.
    qsizetype phrasePrefix(const QString &folded) const;
    // The phrases are this many UTF-16 units long at most, folded.
    qsizetype longestPhrase() const { return m_longestPhrase; }
    // The phrases have at least this many characters other than spaces, folded.
    int shortestPhraseChars() const { return m_shortestPhraseChars; }

    // " | ", " - ", …: what separates a headline from the site's name in <title>.
    const QStringList &titleSeparators() const { return m_titleSeparators; }
    // False when no separator can be in the title: one look at each character instead of a search
    // for each separator.
    bool mayHaveTitleSeparator(QStringView title) const;
    // A part of <title> that names neither the article nor the site ("طباعة" on a print view).
    bool isTitleNoise(const QString &folded) const { return m_titleNoise.contains(folded); }
    // The site's logo or name in the page's banner, a last resort for the outlet.
    bool isOutletElement(std::string_view classes, std::string_view id) const;

    // Arabic folding, lower case, whitespace collapsed, punctuation at both ends removed.
    static QString fold(const QString &text);
    // For tests: fold()'s shortcut gives what ArabicNormalizer gives, wherever it applies.
    static bool quickFoldAgrees(const QString &text);

private:
    struct WordHints
    {
        std::unordered_map<std::string_view, std::vector<int>> byFirstWord; // first word → hint ids
        std::vector<std::vector<std::string>> words; // per hint id
        std::vector<int> weights; // per hint id
    };

    static void addWordHint(WordHints *hints, const QString &hint, int weight);
    static int matchWords(const WordHints &hints, std::string_view value, bool splitCamelCase);

    WordHints m_classId;
    WordHints m_role;
    WordHints m_itemprop;
    WordHints m_outletClasses;
    QSet<QString> m_titleNoise;
    std::vector<std::string> m_furnitureNames; // not changed after load(): the set below views them
    std::unordered_set<std::string_view> m_furnitureElements;
    QSet<QString> m_phrases;
    qsizetype m_longestPhrase = 0;
    int m_shortestPhraseChars = 0;
    QStringList m_titleSeparators;
    std::vector<char16_t> m_separatorMarks; // the separators' characters other than spaces
};
