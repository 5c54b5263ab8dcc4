// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "analysisprofile.h"
#include "libraryarticle.h"

// Re-analysis of stored articles, whose texts are not in memory: the work is cut into chunks,
// and each chunk reads its texts through a connection of its own in the thread that runs it,
// analyses them and leaves the texts again, so that memory stays that of a few chunks of text.
namespace StoredReanalysis {

QList<QList<LibraryArticle>> chunks(const QList<LibraryArticle> &articles, int size = 64);
// The chunk analysed with `profile`; an article whose text cannot be read keeps its analysis and
// version (it stays stale).
QList<LibraryArticle> run(const QString &libraryPath, const QList<LibraryArticle> &chunk,
                          const AnalysisProfile &profile);

} // namespace StoredReanalysis
