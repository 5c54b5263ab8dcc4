// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "article.h"

// The five sample articles built into the app (":/masar/samples/*.txt"), analysed.
namespace SampleCorpus {

QList<Article> load();

} // namespace SampleCorpus
