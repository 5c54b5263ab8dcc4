// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "article.h"
#include "pagemetadata.h"

// One article of the user's library as stored: what the decoder made of the file, where it came
// from, and the analysis (without corrections, which are stored apart and applied on top).
//
// The original bytes are not kept, only their SHA-256 and size: the decoded text is what the
// analysis and every offset refer to, so it is enough to re-analyse; keeping the bytes would
// roughly double the file (up to 20 MB per article) for no use inside Masar, while the hash still
// tells whether a file on disk is the one imported.
struct LibraryArticle
{
    qint64 id = 0; // rowid; 0 before it is stored
    QString fingerprint; // TextFingerprint::of(text)
    QString sourcePath;
    QString documentTitle; // the decoder's title (an HTML page's headline), kept for re-analysis
    PageMetadata documentMeta; // what an HTML page's markup said, kept for re-analysis
    Diagnostics decoderWarnings;
    QString originalSha256;
    qint64 originalSize = 0;
    QDateTime importedAt;
    QString analysisVersion; // AnalysisProfile::version() of the analysis below
    Article article; // ok; text, encoding and format as decoded
};
