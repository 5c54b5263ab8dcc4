// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedarticlereader.h"

#include <QtConcurrent/QtConcurrentRun>

#include "articlestore.h"
#include "librarydatabase.h"
#include "readonlyconnection.h"

using namespace Qt::Literals::StringLiterals;

StoredArticleReader::StoredArticleReader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &StoredArticleReader::finished);
}

StoredArticleReader::~StoredArticleReader()
{
    cancel();
    // A future whose result was taken is no longer valid, and waiting on it would never end.
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void StoredArticleReader::start(const QString &libraryPath, qsizetype leading)
{
    if (isRunning())
        return;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto cancelled = m_cancelled;
    // Queued to this object's thread: the reading thread only posts.
    const auto progress = [this](int read, int total) {
        QMetaObject::invokeMethod(
            this, [this, read, total] { Q_EMIT progressChanged(read, total); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([libraryPath, cancelled, progress, leading] {
        return read(libraryPath, *cancelled, progress, leading);
    }));
}

void StoredArticleReader::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

StoredArticleReader::Result StoredArticleReader::takeResult()
{
    if (!m_watcher.future().isValid() || !m_watcher.isFinished())
        return {};
    return m_watcher.future().takeResult();
}

StoredArticleReader::Result StoredArticleReader::read(const QString &libraryPath,
                                                      const std::atomic<bool> &cancelled,
                                                      const std::function<void(int, int)> &progress,
                                                      qsizetype leading)
{
    Result result;
    const ReadOnlyConnection connection(libraryPath);
    if (!connection.isOpen()) {
        result.problems.append(
            Diagnostic {Diagnostic::Code::LibraryCannotOpen, {libraryPath, connection.error()}});
    } else if (Diagnostic problem;
               !LibraryDatabase::checkIntegrity(connection.database(), libraryPath, &problem)) {
        // Checked here, not at open, so that the window need not wait for it.
        result.damaged = problem;
    } else {
        result.articles = ArticleStore::readAll(
            connection.database(), libraryPath, &result.problems,
            [&](int read, int total) {
                if (progress)
                    progress(read, total);
                return !cancelled.load();
            },
            leading);
        result.cancelled = cancelled.load();
    }
    return result;
}
