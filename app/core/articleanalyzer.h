// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "article.h"
#include "statementextractor.h"
#include "termmatcher.h"
#include "themematcher.h"

class ReferenceData;
struct DecodedDocument;

// Turns one article into an Article: decoding, round, kind, dates, venue, source, themes and
// statements. Const and thread-safe: one analyzer can serve every worker of an import.
class ArticleAnalyzer
{
public:
    explicit ArticleAnalyzer(const ReferenceData &data);

    Article analyzeFile(const QString &path) const;
    Article analyzeBytes(const QByteArray &bytes, const QString &fileName) const;
    Article analyzeDocument(const DecodedDocument &document, const QString &fileName) const;

    const ReferenceData &referenceData() const { return m_data; }

private:
    const ReferenceData &m_data;
    ThemeMatcher m_themes;
    TermMatcher m_actors;
    StatementExtractor m_statements;
};
