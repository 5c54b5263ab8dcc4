// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "textsegment.h"

// Splits text into sentences with ICU's sentence break iterator (UAX #29: breaks after . ! ؟ ۔
// and at paragraph ends), trimmed of surrounding white space. Safe to call from several threads.
class SentenceSplitter
{
public:
    static QList<TextSegment> sentences(const QString &text);
    static QList<TextSegment> sentences(const QString &text, TextSegment range);
};
