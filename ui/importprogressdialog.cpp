// SPDX-License-Identifier: GPL-3.0-or-later
#include "importprogressdialog.h"

ImportProgressDialog::ImportProgressDialog(QWidget *parent)
    : QProgressDialog(parent)
{
    setWindowTitle(tr("Importing articles"));
    setCancelButtonText(tr("Cancel"));
    setWindowModality(Qt::WindowModal);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(0);
    setAccessibleName(tr("Import progress"));
}

void ImportProgressDialog::setProgress(int done, int total)
{
    setMaximum(std::max(total, 1));
    setValue(done);
    setLabelText(tr("Reading and analysing article %1 of %2…").arg(done).arg(total));
}
