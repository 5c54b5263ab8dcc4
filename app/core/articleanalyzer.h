// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QByteArray>
#include <QString>

#include "article.h"
#include "dateextractor.h"
#include "themematcher.h"

class AnalysisStage;
struct AnalysisContext;
class CueLexicon;
class ReferenceData;
struct DecodedDocument;

// Turns one article into an Article: round, kind, dates, venue, source, themes and statements.
// analyzeDocument() is the one way in (the CLI, the import, the samples and re-analysis all come
// through it); it runs the stages of app/core/pipeline in order over one AnalysisContext.
// Const and thread-safe: one analyzer serves every worker of an import.
class ArticleAnalyzer
{
public:
    explicit ArticleAnalyzer(const ReferenceData &data);
    ArticleAnalyzer(const ReferenceData &data, const CueLexicon &cues);
    ~ArticleAnalyzer();
    ArticleAnalyzer(const ArticleAnalyzer &) = delete;
    ArticleAnalyzer &operator=(const ArticleAnalyzer &) = delete;

    Article analyzeDocument(const DecodedDocument &document, const QString &fileName) const;
    // Decode, then analyzeDocument().
    Article analyzeFile(const QString &path) const;
    Article analyzeBytes(const QByteArray &bytes, const QString &fileName) const;

    const ReferenceData &referenceData() const { return m_data; }

    // Changes whenever the built-in analysis could give another result: its rules (a generation
    // bumped with them) and its word lists and reference data (a hash of resources/*.json). A
    // library re-analyses what an older version stored.
    static QString version();

    // For tests and tools: runs the stages in order until `stop` says a stage was the last, and
    // hands over what the context holds then. `document` must outlive the context.
    using StopAfter = std::function<bool(const AnalysisStage &)>;
    void runStages(AnalysisContext &context, const QString &fileName, const StopAfter &stop) const;

private:
    const ReferenceData &m_data;
    const CueLexicon &m_cues;
    ThemeMatcher m_themes;
    DateExtractor m_dates;
    std::vector<std::unique_ptr<AnalysisStage>> m_stages;
};
