// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Arabic ordinal words 1–99 («الثانية والعشرين», «الحادي عشر», «ثالث») found in normalised text.
//
// The words are generated from ICU's RBNF ordinal rule sets, never typed in: ICU gives the
// nominative definite forms in both genders; the lexicon adds what news copy also writes and RBNF
// does not produce: the oblique case (a final ون on a token → ين), mixed gender («الحادية عشر»,
// matched through keys that drop the final ه of every token) and the indefinite forms without the
// article («جولة ثالثة», «لأول مرة»). RBNF's parse() is not used: it returns shorter numbers on a
// prefix («الثانية والعشرين» → 2).
//
// Built once on first use; every member is const afterwards, so it is safe to share between threads.
class OrdinalLexicon
{
public:
    static const OrdinalLexicon &instance();

    struct Match
    {
        int value = 0; // 0 if nothing matched
        int length = 0; // in normalised UTF-16 units, from pos, clitic included
        bool definite = false; // written with the article («الثالثة», not «ثالثة»)
        int cliticLength = 0; // units of a leading clitic (و، ف، ب، ك، ل) inside `length`
    };

    // The longest ordinal phrase starting at the word start `pos` of normalised text and ending at
    // a word end. A clitic (و، ف، ب، ك، ل, also «لل» for ل + ال) may lead the first word.
    Match matchAt(const QString &normalised, int pos) const;

    // A cardinal number word of 1..30 at `pos` («ثلاثة», «اثنا عشر», «عشرين»), as in «أستانا ثلاثة».
    // From ICU's cardinal rule sets, with the oblique and gender folds of the ordinals.
    Match cardinalAt(const QString &normalised, int pos) const;

    // The value of a whole phrase, raw or normalised; 0 if it is not exactly one ordinal.
    int valueOf(const QString &phrase) const;

    // The first word of every phrase, with its final ه dropped as matchAt() folds it. Lets a caller
    // skip words that cannot start an ordinal without calling matchAt() on each.
    QStringList firstWords() const;

    // Number of lookup keys, for tests and diagnostics.
    int size() const { return int(m_entries.size()); }

private:
    OrdinalLexicon();
    void add(const QStringList &tokens, int value, bool definite);

    struct Entry
    {
        int value = 0;
        bool definite = false;
    };
    // Key: tokens with the final ه dropped, joined by one space.
    QHash<QString, Entry> m_entries;
    QHash<QString, Entry> m_cardinals;

    Match lookup(const QHash<QString, Entry> &entries, const QString &normalised, int pos) const;
};
