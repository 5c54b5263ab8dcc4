// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

QString ImportReport::reasonId(DecodedDocument::Error reason)
{
    switch (reason) {
    case DecodedDocument::Error::None:
        return {};
    case DecodedDocument::Error::Empty:
        return u"empty"_s;
    case DecodedDocument::Error::Binary:
        return u"binary"_s;
    case DecodedDocument::Error::TooLarge:
        return u"too-large"_s;
    case DecodedDocument::Error::UnknownEncoding:
        return u"encoding-unknown"_s;
    case DecodedDocument::Error::Unreadable:
        return u"unreadable"_s;
    }
    return {};
}

QString ImportReport::reasonText(DecodedDocument::Error reason)
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

QString ImportReport::summary() const
{
    QString s = tr("%n article(s) added", nullptr, int(added.size())) + u", "_s
        + tr("%n duplicate(s)", nullptr, int(duplicates.size())) + u", "_s
        + tr("%n file(s) refused", nullptr, int(refused.size())) + u'.';
    if (cancelled)
        s += u' '
            + tr("Import cancelled: %n file(s) not imported; the articles already added are kept.", nullptr,
                 int(notImported.size()));
    if (!storageError.isEmpty())
        s += u' ' + tr("The import stopped: %1").arg(storageError);
    return s;
}

QString ImportReport::details(const std::function<QString(const Diagnostic &)> &describe) const
{
    QStringList lines {summary()};
    for (const QString &path : added)
        lines.append(tr("added: %1").arg(QDir::toNativeSeparators(path)));
    for (const Duplicate &d : duplicates)
        lines.append(
            tr("duplicate: %1 (same text as %2)").arg(QDir::toNativeSeparators(d.path), d.duplicateOf));
    for (const Refusal &r : refused)
        lines.append(tr("refused (%1): %2").arg(reasonText(r.reason), describe(r.failure)));
    for (const QString &path : notImported)
        lines.append(tr("not imported (cancelled): %1").arg(QDir::toNativeSeparators(path)));
    return lines.join(u'\n');
}
