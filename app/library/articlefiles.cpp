// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefiles.h"

#include <QDir>
#include <QDirIterator>

using namespace Qt::Literals::StringLiterals;

namespace ArticleFiles {

bool isArticleFile(const QFileInfo &info)
{
    static const QStringList extensions {u"txt"_s, u"text"_s, u"html"_s, u"htm"_s, u"xhtml"_s};
    const QString suffix = info.suffix().toLower();
    return suffix.isEmpty() || extensions.contains(suffix);
}

QStringList collect(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            out.append(path); // a missing or unreadable file is reported by whoever reads it
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            if (isArticleFile(it.fileInfo()))
                found.append(it.filePath());
        }
        found.sort();
        out += found;
    }
    return out;
}

} // namespace ArticleFiles
