// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "pointgrouper.h"
#include "statementtable.h"

// Points (PointGrouper over `rows`) as `masar points` writes them. JSON: one object per point with
// its canonical wording, its sources' count and every report (outlet, date, title, file, offsets,
// sentence). CSV (UTF-8 with a BOM, RFC 4180, CRLF, like StatementExporter): one line per report,
// the point's number and canonical wording repeated, so that a spreadsheet can group by point.
namespace PointExporter {

QByteArray toJson(const QList<Point> &points, const QList<StatementRow> &rows);
// One point as toJson() lists it.
QJsonObject pointJson(const Point &point, const QList<StatementRow> &rows);
QByteArray toCsv(const QList<Point> &points, const QList<StatementRow> &rows);

} // namespace PointExporter
