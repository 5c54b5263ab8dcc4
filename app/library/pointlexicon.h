// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// The words that the grouping of statements into points steers by, read from resources/points.json:
// function words to leave out, the clitics and endings to strip from a word before comparing, and
// the similarity at which two statements report the same point. Kept as data so that a linguist can
// tune them without touching PointGrouper.
class PointLexicon
{
public:
    // resources/points.json, read once.
    static const PointLexicon &builtIn();
    // False, with what is wrong in `error` (for developers: the file ships with Masar), when the
    // file is not such a lexicon.
    bool load(const QString &path, QString *error);

    // The stems that stand for `text`'s content words: folded like the search (SearchKey), function
    // words left out, clitics and one ending stripped where a stem of three letters remains.
    QSet<QString> stems(const QString &text) const;

    double threshold() const { return m_threshold; }
    // Statements with fewer stems are too short to be compared; each is a point of its own.
    int minStems() const { return m_minStems; }

private:
    QString stem(const QString &word) const;

    double m_threshold = 0.5;
    int m_minStems = 3;
    QStringList m_prefixes; // longest first
    QStringList m_suffixes; // longest first
    QStringList m_pronounSuffixes; // longest first
    QString m_article;
    QSet<QString> m_stopwords;
    QSet<QString> m_stopStems;
};
