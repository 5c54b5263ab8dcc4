// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedreanalysis.h"

#include "articlestore.h"
#include "readonlyconnection.h"

namespace StoredReanalysis {

QList<QList<LibraryArticle>> chunks(const QList<LibraryArticle> &articles, int size)
{
    QList<QList<LibraryArticle>> out;
    for (qsizetype i = 0; i < articles.size(); i += size)
        out.append(articles.mid(i, size));
    return out;
}

QList<LibraryArticle> run(const QString &libraryPath, const QList<LibraryArticle> &chunk,
                          const AnalysisProfile &profile)
{
    const ReadOnlyConnection connection(libraryPath);
    QList<LibraryArticle> out;
    out.reserve(chunk.size());
    for (LibraryArticle a : chunk) {
        if (a.article.libraryId != 0
            && !(connection.isOpen() && ArticleStore::readLeftInputs(connection.database(), &a)))
            a.article.text = QString();
        if (a.article.text.isNull()) {
            out.append(a);
            continue;
        }
        a.article = profile.reanalyze(a);
        a.analysisVersion = profile.version();
        ArticleStore::leaveText(&a);
        out.append(std::move(a));
    }
    return out;
}

} // namespace StoredReanalysis
