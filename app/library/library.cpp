// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include "correctionapplier.h"
#include "storedreanalysis.h"
#include "textdecoder.h"

using namespace Qt::Literals::StringLiterals;

Library::Library()
    : m_articles(m_db)
    , m_corrections(m_db)
    , m_lexicon(m_db)
    , m_profile(AnalysisProfile::create({}))
{
}

bool Library::open(const QString &path, Diagnostic *error)
{
    if (!openDatabase(path, LibraryDatabase::Check::Full, error))
        return false;
    Diagnostics problems;
    adoptStored(m_articles.all(&problems, m_samples.size()), problems);
    return true;
}

bool Library::openWithoutArticles(const QString &path, Diagnostic *error)
{
    return openDatabase(path, LibraryDatabase::Check::Deferred, error);
}

bool Library::openForImport(const QString &path, Diagnostic *error)
{
    if (!openDatabase(path, LibraryDatabase::Check::Full, error))
        return false;
    m_importOnly = true;
    return true;
}

void Library::useSamplesOnly()
{
    m_importOnly = false;
    m_entries.clear();
    m_index.clear();
    m_problems.clear();
    m_storedLoaded = true;
    m_reference = m_profile->referenceData();
    loadSamples();
}

bool Library::openDatabase(const QString &path, LibraryDatabase::Check check, Diagnostic *error)
{
    m_importOnly = false;
    m_entries.clear();
    m_index.clear();
    resetDisplay();
    m_problems.clear();
    m_storedLoaded = false;
    if (!m_db.open(path, check, error))
        return false;
    m_profile = AnalysisProfile::create(m_lexicon.terms());
    m_reference = m_profile->referenceData();
    loadSamples();
    return true;
}

bool Library::setAsideDamaged(const Diagnostic &problem, Diagnostic *error)
{
    m_entries.clear();
    m_index.clear();
    resetDisplay();
    m_storedLoaded = true; // the fresh library holds nothing to read
    if (!m_db.setAsideAfterOpen(problem, error))
        return false;
    // The lexicon lived in the damaged file too.
    reloadProfile();
    return true;
}

void Library::adoptStored(StoredArticles stored, const Diagnostics &problems)
{
    m_problems = problems;
    m_entries = std::move(stored.entries);
    m_index.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries.at(i).fingerprint, i);
    m_uncorrected.clear();
    if (stored.leading == m_samples.size() && stored.analyses.size() == stored.leading + m_entries.size()) {
        m_display = std::move(stored.analyses);
        for (qsizetype i = 0; i < m_samples.size(); ++i)
            m_display[i] = m_samples.at(i).article;
    } else {
        resetDisplay();
        m_display.append(stored.analyses.mid(stored.leading));
    }
    m_storedLoaded = true;
}

void Library::resetDisplay()
{
    m_display.clear();
    m_uncorrected.clear();
    for (const LibraryArticle &s : std::as_const(m_samples))
        m_display.append(s.article);
}

LibraryArticle Library::storedAt(qsizetype i) const
{
    const qsizetype d = displayIndex(i);
    const auto uncorrected = m_uncorrected.constFind(d);
    return m_entries.at(i).with(uncorrected != m_uncorrected.cend() ? *uncorrected : m_display.at(d));
}

QList<LibraryArticle> Library::stored() const
{
    QList<LibraryArticle> out;
    out.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        out.append(storedAt(i));
    return out;
}

void Library::loadSamples()
{
    m_samples.clear();
    const QDir dir(u":/masar/samples"_s);
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        const DecodedDocument doc = TextDecoder::decode(bytes, path);
        m_samples.append(m_profile->analyzed(doc, bytes, path));
    }
    resetDisplay(); // the stored articles are read after
}

void Library::reloadProfile()
{
    m_profile = AnalysisProfile::create(m_lexicon.terms());
    m_reference = m_profile->referenceData();
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        LibraryArticle &s = m_samples[i];
        s.article = m_profile->reanalyze(s);
        s.analysisVersion = m_profile->version();
        m_display[i] = s.article;
    }
}

bool Library::isReadOnly(const QString &fingerprint) const
{
    return std::any_of(m_samples.cbegin(), m_samples.cend(),
                       [&](const LibraryArticle &s) { return s.fingerprint == fingerprint; });
}

bool Library::contains(const QString &fingerprint) const
{
    if (m_importOnly && !m_articles.sourcePathOf(fingerprint).isNull())
        return true;
    return m_index.contains(fingerprint) || isReadOnly(fingerprint);
}

QString Library::sourceOf(const QString &fingerprint) const
{
    if (m_importOnly) {
        const QString stored = m_articles.sourcePathOf(fingerprint);
        if (!stored.isNull())
            return stored;
    }
    if (m_index.contains(fingerprint))
        return m_entries.at(m_index.value(fingerprint)).sourcePath;
    for (const LibraryArticle &s : m_samples) {
        if (s.fingerprint == fingerprint)
            return QFileInfo(s.sourcePath).fileName();
    }
    return {};
}

bool Library::addArticles(QList<LibraryArticle> *batch, Diagnostic *error)
{
    if (!m_articles.add(batch, error))
        return false;
    if (m_importOnly)
        return true; // in the file, where contains() looks
    for (LibraryArticle &a : *batch) {
        ArticleStore::leaveText(&a);
        ArticleDetail::takeFrom(&a.article); // in the file now, read for the article shown
        m_index.insert(a.fingerprint, m_entries.size());
        m_entries.append(StoredEntry::of(a));
        m_display.append(a.article);
    }
    return true;
}

bool Library::replaceAnalyses(const QList<LibraryArticle> &articles, Diagnostic *error)
{
    if (!m_articles.updateAnalyses(articles, error))
        return false;
    for (const LibraryArticle &a : articles) {
        const auto it = m_index.constFind(a.fingerprint);
        if (it == m_index.constEnd())
            continue;
        m_entries[it.value()].analysisVersion = a.analysisVersion;
        const qsizetype d = displayIndex(it.value());
        m_display[d] = a.article;
        ArticleDetail::takeFrom(&m_display[d]); // in the file, as when the library is read
        m_uncorrected.remove(d); // corrections are laid over the new analysis when next asked for
    }
    return true;
}

int Library::staleCount() const
{
    const QString current = m_profile->version();
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [&](const StoredEntry &e) { return e.analysisVersion != current; }));
}

bool Library::addTerm(const LexiconStore::Term &term, Diagnostic *error)
{
    if (!m_lexicon.add(term, error))
        return false;
    reloadProfile();
    return true;
}

bool Library::removeTerm(const LexiconStore::Term &term, Diagnostic *error)
{
    if (!m_lexicon.remove(term, error))
        return false;
    reloadProfile();
    return true;
}

QList<Article> Library::articlesForDisplay() const
{
    const QList<Correction> corrections = m_db.isOpen() ? m_corrections.all() : QList<Correction>();
    // Back to the analyses as stored, then the corrections of now laid over them: in place, so
    // that the list stays shared with the model that holds the last one given (when it is, the
    // first change copies it once and the model lets go of its copy when given this one).
    for (auto it = m_uncorrected.cbegin(); it != m_uncorrected.cend(); ++it)
        m_display[it.key()] = it.value();
    m_uncorrected.clear();
    QSet<QString> corrected;
    for (const Correction &c : corrections)
        corrected.insert(c.article);
    const CorrectionApplier applier(m_profile->referenceData());
    for (const QString &fingerprint : std::as_const(corrected)) {
        const auto it = m_index.constFind(fingerprint);
        if (it == m_index.cend())
            continue; // a sample (read-only) or an article no longer stored
        const qsizetype d = displayIndex(it.value());
        m_uncorrected.insert(d, m_display.at(d));
        applier.apply(&m_display[d], fingerprint, corrections);
    }
    return m_display;
}

PointEdits Library::pointEdits() const
{
    PointEdits edits;
    if (!m_db.isOpen())
        return edits;
    const auto statement
        = [this](const QString &fingerprint, int start, int end) -> std::optional<PointEdits::Statement> {
        const auto it = m_index.constFind(fingerprint);
        if (it == m_index.cend())
            return std::nullopt;
        return PointEdits::Statement {m_entries.at(it.value()).id, start, end};
    };
    for (const Correction &c : m_corrections.all()) {
        const auto from = statement(c.article, c.statementStart, c.statementEnd);
        QString article;
        int start = 0;
        int end = 0;
        if (!from)
            continue;
        if (c.field == Correction::Field::PointSplit) {
            edits.alone.append(*from);
        } else if (c.field == Correction::Field::PointMerge
                   && Correction::fromPointKey(c.value, &article, &start, &end)) {
            if (const auto into = statement(article, start, end))
                edits.joins.append({*from, *into});
        }
    }
    return edits;
}

std::optional<QSet<qint64>> Library::search(const QString &key) const
{
    // The index is of trigrams: a shorter key has no entry in it.
    if (key.size() < 3 || !m_storedLoaded)
        return std::nullopt;
    return m_articles.search(key);
}

QList<LibraryArticle> Library::reanalyzed(const QList<LibraryArticle> &articles) const
{
    const QString path = m_db.path();
    const std::shared_ptr<const AnalysisProfile> profile = m_profile;
    const QList<QList<LibraryArticle>> chunks = StoredReanalysis::chunks(articles);
    QList<LibraryArticle> out;
    out.reserve(articles.size());
    const QList<QList<LibraryArticle>> done = QtConcurrent::blockingMapped<QList<QList<LibraryArticle>>>(
        chunks,
        [&](const QList<LibraryArticle> &chunk) { return StoredReanalysis::run(path, chunk, *profile); });
    for (const QList<LibraryArticle> &chunk : done)
        out.append(chunk);
    return out;
}
