// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include <QWidget>

#include "articlefiles.h"
#include "importjob.h"
#include "importprogressdialog.h"
#include "importreportdialog.h"

ImportController::ImportController(Library &library, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_window(window)
{
}

ImportController::~ImportController()
{
    delete m_job; // waits for its workers
}

bool ImportController::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool ImportController::importPaths(const QStringList &paths)
{
    if (isRunning())
        return false;
    delete m_job;
    m_job = new ImportJob(m_library);
    m_job->setBatchSize(m_batchSize);
    m_job->setWorkerGate(m_gate);
    if (!m_progress) {
        m_progress = new ImportProgressDialog(m_window);
        connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    }
    connect(m_job, &ImportJob::progressChanged, this, [this](int doneCount, int total) {
        m_progress->setProgress(doneCount, total);
        Q_EMIT progressChanged(doneCount, total);
    });
    connect(m_job, &ImportJob::articlesAdded, this, &ImportController::articlesAdded);
    connect(m_job, &ImportJob::finished, this, &ImportController::done);
    if (m_reportDialog)
        m_reportDialog->close();
    m_progress->setProgress(0, 0);
    m_progress->show();
    m_job->start(ArticleFiles::collect(paths));
    return true;
}

ImportReportDialog *ImportController::reportDialog() const
{
    return m_reportDialog.data();
}

void ImportController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ImportController::done(const ImportReport &report)
{
    m_progress->hide();
    const bool problems = !report.refused.isEmpty() || report.cancelled || report.storageError;
    if (m_reportOnlyProblems && !problems) {
        Q_EMIT finished(report);
        return;
    }
    auto *dialog = new ImportReportDialog(report, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reportDialog = dialog;
    dialog->open();
    Q_EMIT finished(report);
}
