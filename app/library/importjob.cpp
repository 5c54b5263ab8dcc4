// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <QDateTime>
#include <QFile>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentMap>

#include "library.h"
#include "textdecoder.h"

ImportJob::ImportJob(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ImportJob::finish);
}

ImportJob::~ImportJob()
{
    stopWorkers();
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void ImportJob::start(const QStringList &files)
{
    Q_ASSERT(!m_running);
    m_profile = m_library.profile();
    m_files = files;
    m_items.assign(size_t(std::min<qsizetype>(files.size(), LookAhead)), Item {});
    m_arrived.assign(size_t(files.size()), false);
    m_indices.clear();
    for (int i = 0; i < files.size(); ++i)
        m_indices.append(i);
    m_report = ImportReport {};
    m_pending.clear();
    m_pendingFingerprints.clear();
    m_next = 0;
    m_taken = 0;
    m_claimed = 0;
    m_done = 0;
    m_cancel = false;
    m_failed = false;
    m_arrivals.clear();
    m_drainPosted = false;
    m_running = true;
    Q_EMIT progressChanged(0, int(files.size()));
    m_watcher.setFuture(QtConcurrent::map(&m_pool, m_indices, [this](int) { work(); }));
}

void ImportJob::cancel()
{
    if (!m_running)
        return;
    stopWorkers();
}

void ImportJob::stopWorkers()
{
    {
        const QMutexLocker lock(&m_windowMutex);
        m_cancel = true;
    }
    m_watcher.cancel();
    m_windowMoved.wakeAll();
}

void ImportJob::moveWindow()
{
    {
        const QMutexLocker lock(&m_windowMutex);
        m_taken = m_next;
    }
    m_windowMoved.wakeAll();
}

bool ImportJob::waitForRoom(int index)
{
    const QMutexLocker lock(&m_windowMutex);
    while (!m_cancel && index >= m_taken + LookAhead) {
        ++m_waiting;
        m_windowMoved.wait(&m_windowMutex);
        --m_waiting;
    }
    return !m_cancel;
}

int ImportJob::workersWaitingForRoom()
{
    const QMutexLocker lock(&m_windowMutex);
    return m_waiting;
}

// Runs in a worker thread: touches only the slot of its file, read by the job's thread after the
// queued call (or after the whole map has finished).
void ImportJob::work()
{
    const int index = m_claimed.fetch_add(1);
    if (index >= m_files.size() || !waitForRoom(index))
        return;
    if (m_gate)
        m_gate(index);
    if (m_cancel)
        return;
    Item &item = slot(index);
    const QString &path = m_files.at(index);
    QFile file(path);
    QByteArray bytes;
    DecodedDocument doc;
    if (file.open(QIODevice::ReadOnly)) {
        bytes = file.read(TextDecoder::MaxBytes + 1);
        doc = TextDecoder::decode(bytes, path);
    } else {
        doc = TextDecoder::decodeFile(path); // says why it cannot be read
    }
    if (!doc.ok()) {
        item.error = doc.error;
        item.failure = doc.failure;
    } else {
        item.article = m_profile->analyzed(doc, bytes, path);
    }
    item.index = index;
    item.done = true;
    bool post = false;
    {
        const QMutexLocker lock(&m_arrivalsMutex);
        m_arrivals.append(index);
        post = !std::exchange(m_drainPosted, true);
    }
    if (post)
        QMetaObject::invokeMethod(this, &ImportJob::drainArrivals, Qt::QueuedConnection);
}

void ImportJob::drainArrivals()
{
    QList<int> arrivals;
    {
        const QMutexLocker lock(&m_arrivalsMutex);
        arrivals.swap(m_arrivals);
        m_drainPosted = false;
    }
    if (!m_running)
        return;
    for (int index : std::as_const(arrivals)) {
        if (!m_arrived[size_t(index)]) {
            m_arrived[size_t(index)] = true;
            ++m_done;
        }
    }
    Q_EMIT progressChanged(m_done, int(m_files.size()));
    takeInOrder();
}

// A batch is committed as soon as it is full, even when many results arrive at once: a killed
// process loses at most one batch, and the pending texts stay bounded by the batch size.
void ImportJob::takeInOrder()
{
    const int before = m_next;
    while (m_running && m_next < m_files.size() && m_arrived[size_t(m_next)]) {
        take(m_next++);
        if (m_pending.size() >= m_batchSize && !commit())
            return;
    }
    if (m_next != before)
        moveWindow();
}

void ImportJob::take(int index)
{
    Item &item = slot(index);
    const QString &path = m_files.at(index);
    if (item.error != DecodedDocument::Error::None) {
        m_report.refused.append(ImportReport::Refusal {path, item.error, item.failure});
    } else if (m_library.contains(item.article.fingerprint)) {
        const QString &fingerprint = item.article.fingerprint;
        m_report.duplicates.append(ImportReport::Duplicate {path, m_library.sourceOf(fingerprint),
                                                            m_library.isReadOnly(fingerprint)});
    } else if (m_pendingFingerprints.contains(item.article.fingerprint)) {
        QString first;
        for (const LibraryArticle &p : std::as_const(m_pending)) {
            if (p.fingerprint == item.article.fingerprint)
                first = p.sourcePath;
        }
        m_report.duplicates.append(ImportReport::Duplicate {path, first});
    } else {
        item.article.importedAt = QDateTime::currentDateTimeUtc();
        m_pendingFingerprints.insert(item.article.fingerprint);
        m_pending.append(std::move(item.article));
    }
    // The text is in m_pending now, or no longer needed; the slot is free for the file
    // LookAhead places on.
    item = Item {};
}

bool ImportJob::commit()
{
    if (m_pending.isEmpty() || m_failed)
        return !m_failed;
    QList<LibraryArticle> batch = std::move(m_pending);
    m_pending.clear();
    m_pendingFingerprints.clear();
    Diagnostic error;
    if (!m_library.addArticles(&batch, &error)) {
        // Nothing of this batch was stored: stop, and say which files are not in the library.
        m_failed = true;
        m_report.storageError = error;
        for (const LibraryArticle &a : std::as_const(batch))
            m_report.notImported.append(a.sourcePath);
        stopWorkers();
        return false;
    }
    for (const LibraryArticle &a : std::as_const(batch))
        m_report.added.append(a.sourcePath);
    Q_EMIT articlesAdded(batch);
    return true;
}

void ImportJob::finish()
{
    if (!m_running)
        return;
    // Everything the workers finished is in its slot now, arrived or not.
    for (int i = m_next; i < m_files.size(); ++i) {
        const Item &item = slot(i);
        if (item.done && item.index == i && !m_failed) {
            if (!m_arrived[size_t(i)]) {
                m_arrived[size_t(i)] = true;
                ++m_done;
            }
            take(i);
            if (m_pending.size() >= m_batchSize)
                commit();
        } else {
            m_report.notImported.append(m_files.at(i));
        }
    }
    m_next = int(m_files.size());
    commit();
    m_report.cancelled = m_cancel && !m_failed;
    m_running = false;
    m_items.clear();
    Q_EMIT progressChanged(m_done, int(m_files.size()));
    Q_EMIT finished(m_report);
}
