// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include "libraryarticle.h"

class LibraryDatabase;

// The articles table: whole articles in, whole articles out. Every write is one transaction.
class ArticleStore
{
    Q_DECLARE_TR_FUNCTIONS(ArticleStore)

public:
    explicit ArticleStore(LibraryDatabase &database);

    // Inserts the batch in one transaction and sets the ids; nothing is stored on failure.
    bool add(QList<LibraryArticle> *batch, QString *error);
    // Replaces the analyses (and their version) of stored articles, in one transaction.
    bool updateAnalyses(const QList<LibraryArticle> &articles, QString *error);

    // Every stored article, in import order. Rows that cannot be read are skipped and described
    // in *problems (one message per row).
    QList<LibraryArticle> all(QStringList *problems = nullptr) const;
    QSet<QString> fingerprints() const;
    // Fingerprint → source path, to say what an import duplicates.
    QString sourceOf(const QString &fingerprint) const;
    int count() const;

private:
    LibraryDatabase &m_db;
};
