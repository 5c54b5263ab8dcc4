// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecorpus.h"

#include <QDir>

#include "articleanalyzer.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

namespace SampleCorpus {

QList<Article> load()
{
    const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const QDir samples(u":/masar/samples"_s);
    QList<Article> articles;
    for (const QString &name : samples.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
        articles.append(analyzer.analyzeFile(samples.filePath(name)));
    return articles;
}

} // namespace SampleCorpus
