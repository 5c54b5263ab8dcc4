// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "importreport.h"

class QLabel;
class QPlainTextEdit;

// The end of an import: how many articles were added, which files were duplicates and which
// were refused and why, and whether the import was cancelled.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);

    QString summaryText() const;
    QString detailsText() const;

private:
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_details = nullptr;
};
