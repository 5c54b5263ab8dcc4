// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "articleserializer.h"
#include "pointexporter.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString changeOf(const RoundComparison::ThemeChange &c)
{
    if (c.from == 0)
        return u"gained"_s;
    return c.to == 0 ? u"lost"_s : u"kept"_s;
}

QJsonArray pointsJson(const RoundComparison &c, const QList<int> &points)
{
    QJsonArray out;
    for (int p : points)
        out.append(PointExporter::pointJson(c.points.at(p), c.rows));
    return out;
}

QString canonicalText(const RoundComparison &c, int point)
{
    return c.rows.at(c.points.at(point).canonical).text;
}

} // namespace

namespace ComparisonExporter {

QByteArray toJson(const RoundComparison &c)
{
    QJsonArray themes;
    for (const RoundComparison::ThemeChange &t : c.themes)
        themes.append(QJsonObject {
            {u"theme"_s, t.theme}, {u"from"_s, t.from}, {u"to"_s, t.to}, {u"change"_s, changeOf(t)}});
    QJsonArray repeated;
    for (const RoundComparison::Repeated &r : c.repeated) {
        repeated.append(QJsonObject {{u"from"_s, PointExporter::pointJson(c.points.at(r.from), c.rows)},
                                     {u"to"_s, PointExporter::pointJson(c.points.at(r.to), c.rows)},
                                     {u"similarity"_s, r.similarity}});
    }
    const QJsonObject root {{u"tool"_s, u"masar"_s},
                            {u"version"_s, QStringLiteral(MASAR_VERSION)},
                            {u"from"_s, c.fromRound},
                            {u"to"_s, c.toRound},
                            {u"themes"_s, themes},
                            {u"points"_s,
                             QJsonObject {{u"new"_s, pointsJson(c, c.newPoints)},
                                          {u"dropped"_s, pointsJson(c, c.droppedPoints)},
                                          {u"repeated"_s, repeated}}},
                            {u"speakers"_s,
                             QJsonObject {{u"only_from"_s, QJsonArray::fromStringList(c.onlyFrom)},
                                          {u"only_to"_s, QJsonArray::fromStringList(c.onlyTo)}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const RoundComparison &c)
{
    QList<QStringList> lines {
        {u"section"_s, u"change"_s, u"id"_s, u"from"_s, u"to"_s, u"from_text"_s, u"to_text"_s}};
    for (const RoundComparison::ThemeChange &t : c.themes)
        lines.append(
            {u"theme"_s, changeOf(t), t.theme, QString::number(t.from), QString::number(t.to), {}, {}});
    const auto point = [&](const QString &change, int from, int to) {
        const int any = from >= 0 ? from : to;
        const StatementRow &canonical = c.rows.at(c.points.at(any).canonical);
        lines.append({u"point"_s, change, canonical.speaker,
                      from >= 0 ? QString::number(c.points.at(from).sources) : QString(),
                      to >= 0 ? QString::number(c.points.at(to).sources) : QString(),
                      from >= 0 ? canonicalText(c, from) : QString(),
                      to >= 0 ? canonicalText(c, to) : QString()});
    };
    for (const RoundComparison::Repeated &r : c.repeated)
        point(u"repeated"_s, r.from, r.to);
    for (int p : c.droppedPoints)
        point(u"dropped"_s, p, -1);
    for (int p : c.newPoints)
        point(u"new"_s, -1, p);
    for (const QString &s : c.onlyFrom)
        lines.append({u"speaker"_s, u"only_from"_s, s, {}, {}, {}, {}});
    for (const QString &s : c.onlyTo)
        lines.append({u"speaker"_s, u"only_to"_s, s, {}, {}, {}, {}});
    QString out;
    for (QStringList &fields : lines) {
        for (QString &f : fields)
            f = ArticleSerializer::csvField(f);
        out += fields.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace ComparisonExporter
