// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreporttext.h"

#include <QDir>

#include "diagnostictext.h"

using namespace Qt::Literals::StringLiterals;

QString ImportReportText::summary(const ImportReport &report)
{
    //: The three counts of an import: added, duplicates, refused (the language's own commas)
    QString s = tr("%1, %2, %3.")
                    .arg(tr("%n article(s) added", nullptr, int(report.added.size())),
                         tr("%n duplicate(s)", nullptr, int(report.duplicates.size())),
                         tr("%n file(s) refused", nullptr, int(report.refused.size())));
    if (report.cancelled)
        s += u' '
            + tr("Import cancelled: %n file(s) not imported; the articles already added are kept.", nullptr,
                 int(report.notImported.size()));
    if (report.storageError)
        s += u' ' + tr("The import stopped: %1").arg(DiagnosticText::describe(*report.storageError));
    return s;
}

QString ImportReportText::details(const ImportReport &report)
{
    QStringList lines {summary(report)};
    for (const QString &path : report.added)
        lines.append(tr("added: %1").arg(QDir::toNativeSeparators(path)));
    for (const ImportReport::Duplicate &d : report.duplicates)
        lines.append(
            tr("duplicate: %1 (same text as %2)").arg(QDir::toNativeSeparators(d.path), duplicateOf(d)));
    for (const ImportReport::Refusal &r : report.refused)
        lines.append(tr("refused (%1): %2").arg(reasonText(r.reason), DiagnosticText::describe(r.failure)));
    for (const QString &path : report.notImported)
        lines.append(tr("not imported (cancelled): %1").arg(QDir::toNativeSeparators(path)));
    return lines.join(u'\n');
}

QString ImportReportText::reasonText(DecodedDocument::Error reason)
{
    switch (reason) {
    case DecodedDocument::Error::None:
        return {};
    case DecodedDocument::Error::Empty:
        return tr("empty");
    case DecodedDocument::Error::Binary:
        return tr("binary, not text");
    case DecodedDocument::Error::TooLarge:
        return tr("too large");
    case DecodedDocument::Error::UnknownEncoding:
        return tr("encoding unknown");
    case DecodedDocument::Error::Unreadable:
        return tr("unreadable");
    }
    return {};
}

QString ImportReportText::duplicateOf(const ImportReport::Duplicate &duplicate)
{
    if (duplicate.ofSample)
        return tr("the built-in sample %1").arg(duplicate.duplicateOf);
    return QDir::toNativeSeparators(duplicate.duplicateOf);
}
