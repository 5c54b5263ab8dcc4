// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "roundcomparison.h"

// A RoundComparison as `masar compare` writes it. JSON: {"from", "to", "themes": [{theme, from, to,
// change}], "points": {"new", "dropped", "repeated"}, "speakers": {"only_from", "only_to"}}, a point
// as `masar points` gives it. CSV (UTF-8 with a BOM, RFC 4180, CRLF): one line per change, its
// section (theme, point, speaker) and change (gained, lost, kept, new, dropped, repeated,
// only_from, only_to), with the counts or wordings of both rounds.
namespace ComparisonExporter {

QByteArray toJson(const RoundComparison &comparison);
QByteArray toCsv(const RoundComparison &comparison);

} // namespace ComparisonExporter
