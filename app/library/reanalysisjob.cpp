// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanalysisjob.h"

#include <algorithm>

#include <QtConcurrent/QtConcurrentMap>

#include "library.h"
#include "storedreanalysis.h"

ReanalysisJob::ReanalysisJob(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    // The future counts chunks; the user is told articles.
    connect(&m_watcher, &Watcher::progressValueChanged, this,
            [this](int value) { Q_EMIT progressChanged(std::min(value * ChunkSize, m_total), m_total); });
    connect(&m_watcher, &Watcher::finished, this, &ReanalysisJob::finish);
}

ReanalysisJob::~ReanalysisJob()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void ReanalysisJob::start()
{
    m_cancelled = false;
    m_profile = m_library.profile();
    const std::shared_ptr<const AnalysisProfile> profile = m_profile;
    const QString path = m_library.database().path();
    m_total = int(m_library.storedCount());
    m_watcher.setFuture(QtConcurrent::mapped(&m_pool, StoredReanalysis::chunks(m_library.stored(), ChunkSize),
                                             [profile, path](const QList<LibraryArticle> &chunk) {
                                                 return StoredReanalysis::run(path, chunk, *profile);
                                             }));
}

void ReanalysisJob::cancel()
{
    m_cancelled = true;
    m_watcher.cancel();
}

void ReanalysisJob::finish()
{
    if (m_cancelled || m_watcher.isCanceled()) {
        Q_EMIT finished(false, std::nullopt);
        return;
    }
    Diagnostic error;
    QList<LibraryArticle> results;
    results.reserve(m_total);
    for (const QList<LibraryArticle> &chunk : m_watcher.future().results())
        results.append(chunk);
    if (!m_library.replaceAnalyses(results, &error)) {
        Q_EMIT finished(false, error);
        return;
    }
    Q_EMIT finished(true, std::nullopt);
}
