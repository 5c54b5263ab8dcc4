// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include "diagnostic.h"
#include "libraryarticle.h"

class AnalysisProfile;

// Text copied from a browser (plain text or HTML) made into an article of the library, decoded and
// analysed as the same content in a file would be. It has no file: its source path says it was
// pasted and when («pasted:2026-12-04T19:20:00»), its source is the outlet the text names, or
// SourceId when it names none, and its import time is the paste's.
namespace PastedArticle {

// Stored as the source of an article whose text names none; the ui words it.
inline constexpr char16_t SourceId[] = u"pasted";

// False with the decoder's reason in `failure` (empty text, binary, too large…), its file being
// the paste's source path.
bool make(const QString &content, bool html, const AnalysisProfile &profile, const QDateTime &now,
          LibraryArticle *out, Diagnostic *failure);

} // namespace PastedArticle
