// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanalysisjob.h"

#include <QtConcurrent/QtConcurrentMap>

#include "library.h"

ReanalysisJob::ReanalysisJob(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    connect(&m_watcher, &QFutureWatcher<LibraryArticle>::progressValueChanged, this,
            [this](int value) { Q_EMIT progressChanged(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<LibraryArticle>::finished, this, &ReanalysisJob::finish);
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
    m_watcher.setFuture(QtConcurrent::mapped(&m_pool, m_library.stored(), [profile](const LibraryArticle &a) {
        LibraryArticle out = a;
        out.article = profile->reanalyze(a);
        out.analysisVersion = profile->version();
        return out;
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
    if (!m_library.replaceAnalyses(m_watcher.future().results(), &error)) {
        Q_EMIT finished(false, error);
        return;
    }
    Q_EMIT finished(true, std::nullopt);
}
