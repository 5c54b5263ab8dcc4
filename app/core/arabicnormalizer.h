// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QList>
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

    struct Replacement
    {
        QString text; // empty: the code point is removed
        bool nonSpacingMark = false;
    };
    // For each UTF-16 unit: 0 if the rules keep it, else 1 + its index in m_replacements. A flat
    // table because normalising looked up every non-ASCII character; the rules only change code
    // points of the BMP, so a surrogate pair is always kept.
    std::vector<quint16> m_index;
    QList<Replacement> m_replacements;
};
