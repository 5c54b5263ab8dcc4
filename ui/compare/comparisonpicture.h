// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include "comparisontext.h"

class QPainter;

// The comparison drawn for a report page (ChartExporter: PNG, SVG, PDF, text kept as text): a
// column per round under its title, mirrored under right-to-left, the sections as in the view,
// the sides that only one round has tinted. The text shrinks until it fits the rectangle; what
// still does not fit is cut, and a last line says how many lines were left out.
namespace ComparisonPicture {

void paint(QPainter *painter, const QRectF &rect, const QString &fromTitle, const QString &toTitle,
           const QList<ComparisonText::Section> &sections, Qt::LayoutDirection direction);

} // namespace ComparisonPicture
