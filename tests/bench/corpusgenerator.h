// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "generatedarticle.h"

class ReferenceData;
struct RoundInfo;

// Writes a deterministic synthetic corpus of Arabic news articles about the Astana rounds: reports,
// announcements and analysis pieces from templates written for this generator, with every round,
// both month-name families, ordinal words and digits, several statements and themes, some HTML and
// windows-1256 files. The same seed and index always give the same article, so articles can be
// generated in any order or in parallel.
class CorpusGenerator
{
public:
    CorpusGenerator(const ReferenceData &reference, quint64 seed);

    GeneratedArticle article(int index) const;

    // Every theme term of the lexicon, without the trailing '*' (the pattern list given to ripgrep).
    QStringList lexiconTerms() const;

    // A plain folding for checks independent of the analyzer: no tashkeel or tatweel, one alef,
    // ى→ي, ة→ه, Arabic-Indic digits → ASCII.
    static QString fold(const QString &text);

private:
    struct ThemeChoice
    {
        QString id;
        QStringList terms; // usable in a noun frame and free of any other theme's term
    };

    const ReferenceData &m_reference;
    quint64 m_seed;
    QList<ThemeChoice> m_themes;
    QList<const RoundInfo *> m_rounds; // numbered rounds, in order
};
