// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "diagnostictext.h"
#include "importreporttext.h"

using namespace Qt::Literals::StringLiterals;

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(report.cancelled ? tr("Import cancelled") : tr("Import finished"));
    m_summary = new QLabel(ImportReportText::summary(report));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QStringList lines;
    for (const ImportReport::Duplicate &d : report.duplicates)
        lines.append(tr("Duplicate, not added: %1 — same text as %2")
                         .arg(QDir::toNativeSeparators(d.path), ImportReportText::duplicateOf(d)));
    for (const ImportReport::Refusal &r : report.refused)
        lines.append(tr("Refused (%1): %2")
                         .arg(ImportReportText::reasonText(r.reason), DiagnosticText::describe(r.failure)));
    for (const QString &path : report.notImported)
        lines.append(tr("Not imported: %1").arg(QDir::toNativeSeparators(path)));
    for (const QString &path : report.added)
        lines.append(tr("Added: %1").arg(QDir::toNativeSeparators(path)));
    // Plain text: file names and messages are shown as they are, never as markup.
    m_details = new QPlainTextEdit(lines.join(u'\n'));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(720, 420);
}

QString ImportReportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportReportDialog::detailsText() const
{
    return m_details->toPlainText();
}
