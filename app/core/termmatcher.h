// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QList>
#include <QString>

// Finds lexicon terms in normalised Arabic text in one pass, whatever the number of terms.
//
// ICU has neither a multi-pattern matcher nor an Arabic stemmer, so this is a hand-written
// Aho–Corasick automaton (a full DFA over the characters the terms use) plus the light
// prefix rules of Arabic IR (Larkey's light10, Lucene's ArabicStemmer):
// - a term matches at a word start or after proclitics attached to it: a conjunction و/ف, then a
//   preposition ب/ك/ل, then the article ال (ل + ال is written لل);
// - a term written with the article also matches without it (the article is then an optional
//   clitic), so «الإرهاب» finds إرهاب, والإرهاب, للإرهاب, بالإرهاب; a phrase whose words all carry
//   the article (noun and adjectives) also matches with none: «الغارات الجوية» finds غارات جوية;
// - a term ends at a word end, unless it ends with '*': then its last word may take any ending
//   («انفصالي*» finds الانفصالية, انفصاليين) and the match runs to the end of that word;
// - the words of a multi-word term match across any run of spaces and quotation marks, but not
//   across a paragraph break (a blank line).
//
// Matching is linear in the text plus the number of matches. After build() the object is
// immutable, so findAll() may run on several threads at once.
class TermMatcher
{
public:
    struct Match
    {
        int key = -1;
        // Offsets into the normalised text. Conjunctions and prepositions attached to the term
        // are excluded; a definite article written in the text is included.
        int start = 0;
        int end = 0;

        friend bool operator==(const Match &a, const Match &b)
        {
            return a.key == b.key && a.start == b.start && a.end == b.end;
        }
    };

    // `term` is raw Arabic as written in the lexicon; it is normalised with ArabicNormalizer.
    // Terms that normalise to nothing are ignored. Call build() after adding terms.
    void addTerm(const QString &term, int key);
    void build();

    // Distinct patterns, including the indefinite forms of definite phrases.
    int termCount() const { return int(m_patterns.size()); }

    // `normalised` must come from ArabicNormalizer. Matches are sorted by start (then longest
    // first); for one key, overlapping matches are reduced to the longest.
    QList<Match> findAll(const QString &normalised) const;
    // The same, also telling how many text units were read in all: the text once, plus what the
    // word-boundary checks read around matches. Linear matching keeps it within a small multiple of
    // the text's length whatever the text; tests check that instead of timing the matching.
    QList<Match> findAll(const QString &normalised, qint64 *unitsRead) const;

private:
    struct Pattern
    {
        QString text; // normalised, single spaces, without the optional article and the '*'
        int key = -1;
        bool openEnd = false; // the term ended with '*'
        bool wordStart = true; // the term starts with a letter or digit: check the prefix
        bool wordEnd = true; // the term ends with a letter or digit: check the word end
    };

    void addPattern(const QString &text, int key, bool openEnd);
    // Failure and dictionary links, and the full transition table, breadth-first.
    void linkFailures(const std::vector<std::vector<int>> &outputs, int nodeCount);
    static QList<Match> longestPerKey(QList<Match> found);
    int charClass(char16_t c) const { return m_classOf[c]; }

    QList<Pattern> m_patterns;
    bool m_built = false;
    int m_classCount = 1; // class 0: characters that occur in no term
    std::vector<quint16> m_classOf; // UTF-16 unit -> class
    std::vector<int> m_delta; // node * m_classCount + class -> node
    std::vector<int> m_outFirst; // node -> first index into m_outPatterns, size nodes + 1
    std::vector<int> m_outPatterns; // patterns whose text ends exactly at a node
    std::vector<int> m_dictLink; // node -> nearest proper suffix node with outputs, or -1
    std::vector<int>
        m_firstOutput; // node -> itself if it has outputs, else m_dictLink: one load per unit read
    int m_ringMask = 0; // 2^k - 1 with 2^k >= the longest pattern
};
