// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QObject>

#include "diagnostic.h"
#include "storedarticles.h"

// Reads a library's stored articles on a thread of its own, through a read-only connection of its
// own (a connection belongs to the thread that opened it), while the window is already painted
// and usable. Progress and the end are signalled in the thread that started it.
class StoredArticleReader : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        StoredArticles articles;
        Diagnostics problems;
        bool cancelled = false;
        // The file failed the integrity check: nothing was read; the library is to be set aside.
        std::optional<Diagnostic> damaged;
    };

    explicit StoredArticleReader(QObject *parent = nullptr);
    // Waits for the reading thread: the library file must outlive neither.
    ~StoredArticleReader() override;

    // `leading`: room for the samples at the front of the analyses (StoredArticles).
    void start(const QString &libraryPath, qsizetype leading = 0);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    // What was read; valid after finished().
    Result takeResult();

    // Reads in the calling thread (what start() runs).
    static Result read(const QString &libraryPath, const std::atomic<bool> &cancelled,
                       const std::function<void(int, int)> &progress, qsizetype leading = 0);

Q_SIGNALS:
    void progressChanged(int read, int total);
    void finished();

private:
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};
