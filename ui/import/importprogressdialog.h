// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProgressDialog>

// Progress of an import: files read so far out of all, and a Cancel button.
class ImportProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    explicit ImportProgressDialog(QWidget *parent = nullptr);

    // Updates at most ten times a second, and always at the start and the end.
    void setProgress(int done, int total);

private:
    QElapsedTimer m_sinceUpdate;
};
