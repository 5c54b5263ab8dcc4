// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include "analysisprofile.h"
#include "articlestore.h"
#include "correctionstore.h"
#include "lexiconstore.h"
#include "libraryarticle.h"
#include "librarydatabase.h"
#include "pointgrouper.h"
#include "storedarticles.h"

// The user's library as the app sees it: the built-in sample corpus (always there, read-only,
// never stored) and the stored articles, analysed with the current lexicon, with the user's
// corrections laid over them. Lives in the thread that opened it (the database connection does).
class Library
{
public:
    Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // Opens the database (setting aside a broken one: see database().notice()) and loads it.
    bool open(const QString &path, Diagnostic *error);
    // The same without reading the stored articles, for a window that paints first: the samples
    // and the reference are there at once; a StoredArticleReader reads the rest in the background
    // and adoptStored() takes it. Until then storedLoaded() is false, and nothing may be added.
    bool openWithoutArticles(const QString &path, Diagnostic *error);
    // Its analyses become the list the views are given: read them with samples().size() leading
    // slots, or they are copied once.
    void adoptStored(StoredArticles stored, const Diagnostics &problems);
    // For commands that only add (masar import): the database and the samples, without reading
    // the stored articles; contains() and sourceOf() ask the file, and addArticles() keeps nothing
    // in memory, so that neither a large library nor a large import costs more than a batch.
    bool openForImport(const QString &path, Diagnostic *error);
    // The built-in samples alone, with no file behind them (an export given no library): nothing
    // can be added, and no query runs.
    void useSamplesOnly();
    // The background read found the file damaged (LibraryDatabase::checkIntegrity): it is set
    // aside and a fresh library takes its place, as open() does with a damaged file.
    bool setAsideDamaged(const Diagnostic &problem, Diagnostic *error);
    bool storedLoaded() const { return m_storedLoaded; }

    LibraryDatabase &database() { return m_db; }
    CorrectionStore &corrections() { return m_corrections; }
    const CorrectionStore &corrections() const { return m_corrections; }

    std::shared_ptr<const AnalysisProfile> profile() const { return m_profile; }
    // The reference data with the user's added terms, for all that the window shows: one object
    // for the library's lifetime, brought up to date in place when the lexicon changes, so views
    // keep a reference to it (the profile itself is replaced, for the analysis threads' sake).
    const ReferenceData &referenceData() const { return m_reference; }

    const QList<LibraryArticle> &samples() const { return m_samples; }
    // The stored articles as stored (without corrections), put together at each call: the library
    // keeps what the window needs of them in two lists (see m_entries), so a large one is not held
    // twice. storedCount() does not put them together.
    QList<LibraryArticle> stored() const;
    qsizetype storedCount() const { return m_entries.size(); }
    // The stored rows that could not be read at open() (article_unreadable…).
    Diagnostics loadProblems() const { return m_problems; }

    bool isReadOnly(const QString &fingerprint) const;
    bool contains(const QString &fingerprint) const;
    // Where the article with this fingerprint came from, for "duplicate of …": its source path, or
    // the file name of the built-in sample (isReadOnly() says which); ui/ words it.
    QString sourceOf(const QString &fingerprint) const;

    // Stores a batch (one transaction) and keeps it.
    bool addArticles(QList<LibraryArticle> *batch, Diagnostic *error);
    // Stores new analyses of stored articles (one transaction) and keeps them.
    bool replaceAnalyses(const QList<LibraryArticle> &articles, Diagnostic *error);
    // Stored articles whose analysis is older than profile().
    int staleCount() const;

    // The lexicon: adding or removing a term rebuilds profile() and re-analyses the samples; the
    // stored articles need reanalyzed() + replaceAnalyses() (ReanalysisJob does it in the background).
    QList<LexiconStore::Term> addedTerms() const { return m_lexicon.terms(); }
    bool addTerm(const LexiconStore::Term &term, Diagnostic *error);
    bool removeTerm(const LexiconStore::Term &term, Diagnostic *error);

    // Samples and stored articles with corrections applied: what the views show.
    QList<Article> articlesForDisplay() const;
    // The user's splits and merges of points, for PointGrouper, in the order they were made; edits
    // of articles no longer stored are left out.
    PointEdits pointEdits() const;

    // The text of a stored article, which is not kept in memory (ArticleStore::leaveText); null
    // for an id the library does not have.
    QString storedText(qint64 id) const { return m_articles.storedText(id); }
    // Its theme spans and evidence, not kept in memory either; `text` is its storedText().
    ArticleDetail storedDetail(qint64 id, const QString &text) const
    {
        return ArticleStore::storedDetail(m_db.database(), id, text);
    }
    // The stored articles whose text, title or file name contains `key` (SearchKey::of, at least
    // three characters); nullopt when the index could not be read.
    std::optional<QSet<qint64>> search(const QString &key) const;

    // Re-runs the analysis of stored `articles` with profile() on all cores (blocking), reading
    // their texts from the library file; the results, like stored(), leave the text there.
    QList<LibraryArticle> reanalyzed(const QList<LibraryArticle> &articles) const;

private:
    bool openDatabase(const QString &path, LibraryDatabase::Check check, Diagnostic *error);
    void loadSamples();
    void reloadProfile();

    LibraryArticle storedAt(qsizetype i) const;
    // Where stored article i sits in m_display.
    qsizetype displayIndex(qsizetype i) const { return m_samples.size() + i; }
    void resetDisplay();

    LibraryDatabase m_db;
    ArticleStore m_articles;
    CorrectionStore m_corrections;
    LexiconStore m_lexicon;
    std::shared_ptr<const AnalysisProfile> m_profile;
    ReferenceData m_reference;
    bool m_storedLoaded = false;
    bool m_importOnly = false; // openForImport(): stored articles stay in the file
    QList<LibraryArticle> m_samples;
    QList<StoredEntry> m_entries; // the stored articles, in the order they were stored
    // The samples' analyses, then the stored articles' (m_entries' order), with the user's
    // corrections laid over: the list articlesForDisplay() gives the views, shared rather than
    // copied (at 100k articles a copy is 50 MB). Corrections are laid over when it is asked for.
    mutable QList<Article> m_display;
    // The analyses of the articles corrected in m_display, as stored: by index into m_display.
    mutable QHash<qsizetype, Article> m_uncorrected;
    QHash<QString, qsizetype> m_index; // fingerprint → index into m_entries
    Diagnostics m_problems;
};
