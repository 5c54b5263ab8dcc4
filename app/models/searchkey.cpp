// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchkey.h"

QString SearchKey::of(const QString &text)
{
    // Stand-in until ArabicNormalizer is on main: only case differences are ignored.
    return text.toCaseFolded();
}
