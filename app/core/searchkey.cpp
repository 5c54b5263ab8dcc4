// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchkey.h"

#include "arabicnormalizer.h"

namespace {

// Unit by unit (simple case folding), so that folding keeps the normaliser's offset map valid.
void foldCase(QString *text)
{
    for (QChar &c : *text) {
        if (!c.isSurrogate())
            c = QChar(QChar::toCaseFolded(c.unicode()));
    }
}

} // namespace

QString SearchKey::of(const QString &text)
{
    // The normaliser folds the Arabic differences; case folding covers the English names.
    QString out = ArabicNormalizer::instance().normalized(text);
    foldCase(&out);
    return out;
}

QList<TextRange> SearchKey::find(const QString &text, const QString &key)
{
    QList<TextRange> out;
    if (key.isEmpty())
        return out;
    NormalizedText folded = ArabicNormalizer::instance().normalize(text);
    foldCase(&folded.text);
    for (qsizetype at = folded.text.indexOf(key); at >= 0; at = folded.text.indexOf(key, at + key.size())) {
        const int start = folded.originalStart(int(at));
        const int end = folded.originalEnd(int(at + key.size()));
        if (end > start)
            out.append(TextRange {start, end});
    }
    return out;
}
