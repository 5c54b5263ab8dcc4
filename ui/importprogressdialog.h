// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProgressDialog>

// Progress of an import: files read so far out of all, and a Cancel button. Window-modal and
// shown through the event loop, so the window keeps repainting while the import runs.
class ImportProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    explicit ImportProgressDialog(QWidget *parent = nullptr);

    void setProgress(int done, int total);
};
