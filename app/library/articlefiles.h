// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>
#include <QStringList>

// Which files are articles: .txt, .text, .html, .htm, .xhtml and files with no extension (the
// decoder sniffs those).
namespace ArticleFiles {

bool isArticleFile(const QFileInfo &info);
// Files named as they are; folders walked recursively for article files, each folder's files
// sorted so that an import always meets them in the same order.
QStringList collect(const QStringList &paths);

} // namespace ArticleFiles
