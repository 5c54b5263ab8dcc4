// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "article.h"
#include "libraryarticle.h"

// What the library keeps of a stored article besides its analysis (ArticleStore::leaveText()
// leaves the rest in the file).
struct StoredEntry
{
    qint64 id = 0;
    QString fingerprint;
    QString sourcePath;
    QString analysisVersion;
    QDateTime importedAt;
    qint64 originalSize = 0;

    static StoredEntry of(const LibraryArticle &a)
    {
        return {a.id, a.fingerprint, a.sourcePath, a.analysisVersion, a.importedAt, a.originalSize};
    }
    LibraryArticle with(const Article &analysis) const
    {
        LibraryArticle a;
        a.id = id;
        a.fingerprint = fingerprint;
        a.sourcePath = sourcePath;
        a.analysisVersion = analysisVersion;
        a.importedAt = importedAt;
        a.originalSize = originalSize;
        a.article = analysis;
        return a;
    }
};

// The stored articles as read from the file: the entries, and their analyses in the same order
// after `leading` empty slots. The library puts its samples in those slots and gives the views
// that very list: at 100k articles a copy of it is 50 MB, and one of LibraryArticle 80 MB.
struct StoredArticles
{
    QList<StoredEntry> entries;
    QList<Article> analyses;
    qsizetype leading = 0;

    qsizetype size() const { return entries.size(); }
};
