// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QList>

#include "article.h"
#include "articleanalyzer.h"
#include "referencedata.h"

// Our own reports of rounds 18 and 19 (tests/data/points: six outlets on round 19, two quoting the
// Russian envoy, one article on round 18), analysed as the app analyses files.
namespace PointsFixture {

inline QList<Article> articles()
{
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    QList<Article> out;
    const QDir dir(QStringLiteral(MASAR_TEST_DATA_DIR) + QStringLiteral("/points"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        out.append(analyzer.analyzeFile(dir.filePath(name)));
    return out;
}

} // namespace PointsFixture
