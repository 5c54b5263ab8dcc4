// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "normalizedtext.h"

// Folds Arabic text for matching: presentation forms and ligatures (NFKC), tashkeel and other
// combining marks, tatweel, alef forms (أ إ آ ٱ → ا), hamza carriers (ؤ → و, ئ → ي), ى → ي,
// ة → ه, Persian yeh/keheh, and Arabic-Indic / Persian digits → ASCII.
//
// The folding rules are an ICU rule-based transliterator. ICU transliterators do not report
// where their output came from, and every rule here maps one code point on its own, so the
// transliterator is run once per code point of the Arabic blocks when the normaliser is built
// and the results are kept in a table. Normalising a text is then a table walk that records the
// original range of each output unit. That keeps offsets exact, is lock-free for concurrent use
// and costs nothing per call to ICU.
class ArabicNormalizer
{
public:
    static const ArabicNormalizer &instance();

    NormalizedText normalize(const QString &original) const;
    QString normalized(const QString &original) const;

    // The ICU rules, exposed for tests and documentation.
    static QString rules();

private:
    ArabicNormalizer();
    // Output for a code point that the rules change; code points absent from the table are kept.
    QHash<char32_t, QString> m_table;
};
