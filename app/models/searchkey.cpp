// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchkey.h"

#include "arabicnormalizer.h"

QString SearchKey::of(const QString &text)
{
    // The normaliser folds the Arabic differences; case folding covers the English names.
    return ArabicNormalizer::instance().normalized(text).toCaseFolded();
}
