// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "importreport.h"
#include "libraryarticle.h"

class ImportJob;
class ImportProgressDialog;
class ImportReportDialog;
class Library;
class QWidget;

// Runs an import for the window: the job in the background, the progress dialog with its Cancel
// button, and the report at the end. One import at a time.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(Library &library, QWidget *window, QObject *parent = nullptr);
    ~ImportController() override;

    // Files and folders (walked recursively); false when an import is already running.
    bool importPaths(const QStringList &paths);
    bool isRunning() const;
    void setBatchSize(int size) { m_batchSize = size; }
    // For tests, passed to every job (see ImportJob::setWorkerGate).
    void setWorkerGate(std::function<void(int index)> gate) { m_gate = std::move(gate); }
    // For files the user opened («masar FILE…», "Open with"): the report window appears only when
    // something went wrong; the status bar has the counts otherwise.
    void setReportOnlyProblems(bool onlyProblems) { m_reportOnlyProblems = onlyProblems; }

    ImportProgressDialog *progressDialog() const { return m_progress; }
    // The report of the last import while it is open, else null.
    ImportReportDialog *reportDialog() const;

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged(int done, int total);
    void articlesAdded(const QList<LibraryArticle> &articles);
    void finished(const ImportReport &report);

private:
    void done(const ImportReport &report);

    Library &m_library;
    QWidget *m_window = nullptr;
    ImportJob *m_job = nullptr;
    ImportProgressDialog *m_progress = nullptr;
    QPointer<ImportReportDialog> m_reportDialog;
    int m_batchSize = 50;
    std::function<void(int index)> m_gate;
    bool m_reportOnlyProblems = false;
};
