// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

// A value the reference data gives in both languages (a round's city, a theme's name). Callers
// ask for the one they show, so no role or field is tied to a language.
template<typename T> struct Localized
{
    T ar;
    T en;

    const T &in(Language language) const { return language == Language::English ? en : ar; }
};
