// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include "analysisprofile.h"
#include "libraryarticle.h"

class Library;

// Analyses every stored article again with the library's current profile, on all cores, and
// stores the new analyses in one transaction: after a lexicon edit or a new version of Masar.
// Corrections are stored apart and stay. Cancelling stores nothing.
class ReanalysisJob : public QObject
{
    Q_OBJECT

public:
    explicit ReanalysisJob(Library &library, QObject *parent = nullptr);
    ~ReanalysisJob() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged(int done, int total);
    // ok: the new analyses are stored; error: why not (nothing when cancelled).
    void finished(bool ok, const std::optional<Diagnostic> &error);

private:
    void finish();

    Library &m_library;
    std::shared_ptr<const AnalysisProfile> m_profile;
    QThreadPool m_pool; // not the global one, which the window's painting needs
    using Watcher = QFutureWatcher<QList<LibraryArticle>>;
    static constexpr int ChunkSize = 64;
    Watcher m_watcher;
    int m_total = 0;
    bool m_cancelled = false;
};
