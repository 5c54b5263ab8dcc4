// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprogressdialog.h"

ImportProgressDialog::ImportProgressDialog(QWidget *parent)
    : QProgressDialog(parent)
{
    setWindowTitle(tr("Importing articles"));
    setCancelButtonText(tr("Cancel"));
    // Not modal: a modal QProgressDialog spins the event loop inside setValue(), re-entering the
    // import from its own progress signal. The controller refuses a second import instead.
    setWindowModality(Qt::NonModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(0);
    setAccessibleName(tr("Import progress"));
}

void ImportProgressDialog::setProgress(int done, int total)
{
    // A repaint per file would make the window thread the bottleneck of a fast import.
    if (done != 0 && done != total && m_sinceUpdate.isValid() && m_sinceUpdate.elapsed() < 100)
        return;
    m_sinceUpdate.start();
    setMaximum(std::max(total, 1));
    setValue(done);
    setLabelText(tr("Reading and analysing article %1 of %2…").arg(done).arg(total));
}
