// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "textsegment.h"

// Small scans over the original text shared by the stages.
namespace TextScan {

// Words (runs of letters, digits and marks) in a segment.
int wordCount(const QString &text, TextSegment segment);
// The segment's text without the quotes, brackets, dashes and commas around it.
QString trimmedQuotes(QString s);
// Lines of the text with bullets and white space trimmed; empty lines left out.
QList<TextSegment> lines(const QString &text);
// Arabic or Latin comma.
inline bool isComma(QChar c)
{
    return c == QChar(0x060C) || c == u',';
}
// The clause around [start, end): from the comma before to the comma after, inside `sentence`.
TextSegment clauseAround(const QString &text, TextSegment sentence, int start, int end);

} // namespace TextScan
