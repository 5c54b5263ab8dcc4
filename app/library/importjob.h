// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QWaitCondition>

#include "analysisprofile.h"
#include "importreport.h"
#include "libraryarticle.h"

class Library;

// Imports files into a Library: decoding and analysis run on all cores (QtConcurrent); the
// results are taken in file order in the library's thread, duplicates are recognised, and the
// new articles are committed in batches (one transaction each), so that a killed process loses
// at most the batch in progress. cancel() stops reading new files and keeps what finished.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(Library &library, QObject *parent = nullptr);
    ~ImportJob() override;

    void setBatchSize(int size) { m_batchSize = size; }
    int batchSize() const { return m_batchSize; }
    // For tests: called by a worker before it reads the file at `index` (it may block there), so
    // that a test can hold the import at a known point instead of racing it.
    using WorkerGate = std::function<void(int index)>;
    void setWorkerGate(WorkerGate gate) { m_gate = std::move(gate); }
    // How many files a worker may be ahead of the next one taken, and, for tests, how many workers
    // wait for the job's thread to take files before going on.
    static constexpr int lookAhead() { return LookAhead; }
    int workersWaitingForRoom();

    // Starts importing `files` (already expanded, see ArticleFiles::collect). Returns at once.
    void start(const QStringList &files);
    bool isRunning() const { return m_running; }
    const ImportReport &report() const { return m_report; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged(int done, int total);
    // A batch was committed: these articles are in the library now.
    void articlesAdded(const QList<LibraryArticle> &articles);
    void finished(const ImportReport &report);

private:
    struct Item
    {
        int index = -1; // the file it holds, once done
        bool done = false;
        LibraryArticle article;
        DecodedDocument::Error error = DecodedDocument::Error::None;
        Diagnostic failure;
    };

    // A worker's turn: claims the next file in order, waits until it is within LookAhead files of
    // the next one to be taken, then reads and analyses it.
    void work();
    bool waitForRoom(int index);
    // Workers stay within LookAhead files of m_next, so a ring of LookAhead items holds them all.
    Item &slot(int index) { return m_items[size_t(index % LookAhead)]; }
    // The job's thread took files up to m_next: workers waiting for room may go on.
    void moveWindow();
    void stopWorkers();
    void drainArrivals();
    void takeInOrder();
    void take(int index);
    bool commit();
    void finish();

    Library &m_library;
    std::shared_ptr<const AnalysisProfile> m_profile;
    QStringList m_files;
    std::vector<Item> m_items; // a ring: slot()
    std::vector<bool> m_arrived;
    QList<int> m_indices;
    // Not the global pool: Qt's raster paint engine uses that one, and a window would stop
    // painting while an import kept it busy.
    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    std::atomic<bool> m_cancel {false};
    // Files are claimed in order, whatever blocks of the map QtConcurrent hands a thread, so that
    // the file the job's thread waits for is always being worked on. Workers stay within
    // LookAhead files of it: results waiting for their turn (text and analysis each) are bounded,
    // however far the analysis runs ahead of the commits.
    static constexpr int LookAhead = 128;
    std::atomic<int> m_claimed {0};
    QMutex m_windowMutex;
    QWaitCondition m_windowMoved;
    int m_taken = 0; // m_next as the workers see it, under m_windowMutex
    int m_waiting = 0; // workers in waitForRoom(), under m_windowMutex
    // Finished indices handed from the workers to the job's thread. One queued call drains them
    // all, so that a fast import cannot flood the event loop and starve the window's timers.
    QMutex m_arrivalsMutex;
    QList<int> m_arrivals;
    bool m_drainPosted = false;
    QList<LibraryArticle> m_pending;
    QSet<QString> m_pendingFingerprints;
    ImportReport m_report;
    int m_next = 0;
    int m_done = 0;
    int m_batchSize = 50;
    WorkerGate m_gate;
    bool m_running = false;
    bool m_failed = false;
};
