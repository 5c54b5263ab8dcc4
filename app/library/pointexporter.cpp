// SPDX-License-Identifier: GPL-3.0-or-later
#include "pointexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "articleserializer.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue isoOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject reportJson(const StatementRow &r)
{
    return QJsonObject {{u"source"_s, r.source},      {u"published"_s, isoOrNull(r.published)},
                        {u"title"_s, r.articleTitle}, {u"file"_s, r.file},
                        {u"start"_s, r.start},        {u"end"_s, r.end},
                        {u"text"_s, r.text}};
}

} // namespace

namespace PointExporter {

QJsonObject pointJson(const Point &p, const QList<StatementRow> &rows)
{
    const StatementRow &canonical = rows.at(p.canonical);
    QJsonArray reports;
    for (int member : p.members)
        reports.append(reportJson(rows.at(member)));
    return QJsonObject {
        {u"round"_s, p.round},           {u"speaker"_s, canonical.speaker},
        {u"stance"_s, canonical.stance}, {u"themes"_s, QJsonArray::fromStringList(canonical.themes)},
        {u"text"_s, canonical.text},     {u"sources"_s, p.sources},
        {u"reports"_s, reports}};
}

QByteArray toJson(const QList<Point> &points, const QList<StatementRow> &rows)
{
    QJsonArray list;
    for (const Point &p : points)
        list.append(pointJson(p, rows));
    const QJsonObject root {
        {u"tool"_s, u"masar"_s}, {u"version"_s, QStringLiteral(MASAR_VERSION)}, {u"points"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QList<Point> &points, const QList<StatementRow> &rows)
{
    const QStringList header {u"point"_s,   u"round"_s,      u"speaker"_s, u"stance"_s,    u"themes"_s,
                              u"sources"_s, u"point_text"_s, u"source"_s,  u"published"_s, u"title"_s,
                              u"file"_s,    u"start"_s,      u"end"_s,     u"statement"_s};
    QString out = header.join(u',') + u"\r\n"_s;
    for (int number = 0; number < points.size(); ++number) {
        const Point &p = points.at(number);
        const StatementRow &canonical = rows.at(p.canonical);
        for (int member : p.members) {
            const StatementRow &r = rows.at(member);
            QStringList fields {QString::number(number + 1),
                                QString::number(p.round),
                                canonical.speaker,
                                canonical.stance,
                                canonical.themes.join(u' '),
                                QString::number(p.sources),
                                canonical.text,
                                r.source,
                                r.published.isValid() ? r.published.toString(Qt::ISODate) : QString(),
                                r.articleTitle,
                                r.file,
                                QString::number(r.start),
                                QString::number(r.end),
                                r.text};
            for (QString &f : fields)
                f = ArticleSerializer::csvField(f);
            out += fields.join(u',') + u"\r\n"_s;
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace PointExporter
