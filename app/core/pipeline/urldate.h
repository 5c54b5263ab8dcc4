// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// The date a news address carries in its path: «/2017/1/25/…», «/2018/07/31/…», «…-2024-12-03-…».
// A month alone («/2017/07/») or a six-digit slug («211122») is too ambiguous to be a date.
namespace UrlDate {

QDate fromUrl(const QString &url);

} // namespace UrlDate
