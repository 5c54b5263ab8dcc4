// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "articleanalyzer.h"
#include "decodeddocument.h"
#include "lexiconstore.h"
#include "libraryarticle.h"
#include "referencedata.h"

// The analysis as the library runs it: the built-in reference data with the user's lexicon terms
// added, its analyzer, and a version string that changes with the app version and the lexicon,
// so that stored analyses can be recognised as stale. Immutable; share it between threads with
// std::shared_ptr (the analyzer refers to the reference data held here).
class AnalysisProfile
{
public:
    explicit AnalysisProfile(const QList<LexiconStore::Term> &addedTerms = {},
                             const ReferenceData &base = ReferenceData::builtIn());
    AnalysisProfile(const AnalysisProfile &) = delete;
    AnalysisProfile &operator=(const AnalysisProfile &) = delete;

    static std::shared_ptr<const AnalysisProfile> create(const QList<LexiconStore::Term> &addedTerms);

    const ReferenceData &referenceData() const { return m_data; }
    const ArticleAnalyzer &analyzer() const { return *m_analyzer; }
    QString version() const { return m_version; }

    // A decoded file (its bytes, as read from `path`) as the library stores it: where it came from,
    // what the decoder said, its bytes' hash and size, and its analysis with this profile.
    LibraryArticle analyzed(const DecodedDocument &doc, const QByteArray &bytes, const QString &path) const;
    // The decoder's result rebuilt from what the library stores: text, title, page metadata, warnings.
    static DecodedDocument storedDocument(const LibraryArticle &stored);
    // Analyses a stored article again from its stored text, as the decoder once gave it.
    Article reanalyze(const LibraryArticle &stored) const;

private:
    ReferenceData m_data;
    std::unique_ptr<ArticleAnalyzer> m_analyzer;
    QString m_version;
};
