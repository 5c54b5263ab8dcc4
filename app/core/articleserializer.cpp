// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleserializer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace ArticleSerializer {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Article &a)
{
    QJsonObject o;
    o.insert(u"file"_s, a.file);
    o.insert(u"ok"_s, a.ok);
    if (!a.ok) {
        o.insert(u"error"_s, a.error);
        return o;
    }
    o.insert(u"encoding"_s, a.encoding);
    o.insert(u"format"_s, a.format);
    o.insert(u"text"_s, a.text);
    o.insert(u"title"_s, stringOrNull(a.title));
    o.insert(u"source"_s, stringOrNull(a.source));
    o.insert(u"published"_s, dateOrNull(a.published));
    o.insert(u"round"_s, a.round > 0 ? QJsonValue(a.round) : QJsonValue(QJsonValue::Null));
    o.insert(u"kind"_s, articleKindId(a.kind));
    QJsonArray mentioned;
    for (int r : a.mentionedRounds)
        mentioned.append(r);
    o.insert(u"mentioned_rounds"_s, mentioned);
    if (a.roundDates.isValid()) {
        o.insert(u"round_dates"_s,
                 QJsonObject {
                     {u"start"_s, a.roundDates.start.toString(Qt::ISODate)},
                     {u"end"_s, a.roundDates.end.toString(Qt::ISODate)},
                     {u"from"_s, a.roundDates.from == DateRange::Origin::Text ? u"text"_s : u"reference"_s}});
    } else {
        o.insert(u"round_dates"_s, QJsonValue(QJsonValue::Null));
    }
    o.insert(u"venue"_s, stringOrNull(a.venue));
    o.insert(u"themes"_s, QJsonArray::fromStringList(a.themes));
    QJsonArray spans;
    for (const ThemeSpan &s : a.themeSpans)
        spans.append(QJsonObject {{u"theme"_s, s.theme}, {u"start"_s, s.start}, {u"end"_s, s.end}});
    o.insert(u"theme_spans"_s, spans);
    QJsonArray statements;
    for (const Statement &s : a.statements) {
        statements.append(
            QJsonObject {{u"round"_s, s.round > 0 ? QJsonValue(s.round) : QJsonValue(QJsonValue::Null)},
                         {u"speaker"_s, s.speaker},
                         {u"stance"_s, s.stance},
                         {u"themes"_s, QJsonArray::fromStringList(s.themes)},
                         {u"start"_s, s.start},
                         {u"end"_s, s.end},
                         {u"text"_s, s.text}});
    }
    o.insert(u"statements"_s, statements);
    o.insert(u"warnings"_s, QJsonArray::fromStringList(a.warnings));
    return o;
}

QByteArray toJsonDocument(const QList<Article> &articles)
{
    QJsonArray list;
    for (const Article &a : articles)
        list.append(toJson(a));
    const QJsonObject root {
        {u"tool"_s, u"masar"_s}, {u"version"_s, QStringLiteral(MASAR_VERSION)}, {u"articles"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray toCsv(const QList<Article> &articles)
{
    const QStringList header {u"file"_s,
                              u"ok"_s,
                              u"error"_s,
                              u"encoding"_s,
                              u"format"_s,
                              u"title"_s,
                              u"source"_s,
                              u"published"_s,
                              u"round"_s,
                              u"kind"_s,
                              u"round_start"_s,
                              u"round_end"_s,
                              u"venue"_s,
                              u"article_themes"_s,
                              u"statement_round"_s,
                              u"speaker"_s,
                              u"stance"_s,
                              u"statement_themes"_s,
                              u"start"_s,
                              u"end"_s,
                              u"statement"_s,
                              u"warnings"_s};
    QString out = header.join(u',') + u"\r\n"_s;
    for (const Article &a : articles) {
        const QStringList common {a.file,
                                  a.ok ? u"true"_s : u"false"_s,
                                  a.error,
                                  a.encoding,
                                  a.format,
                                  a.title,
                                  a.source,
                                  a.published.toString(Qt::ISODate),
                                  a.round > 0 ? QString::number(a.round) : QString(),
                                  a.ok ? articleKindId(a.kind) : QString(),
                                  a.roundDates.start.toString(Qt::ISODate),
                                  a.roundDates.end.toString(Qt::ISODate),
                                  a.venue,
                                  a.themes.join(u' ')};
        auto emitRow = [&](const QStringList &statementColumns) {
            QStringList row = common + statementColumns;
            row.append(a.warnings.join(u" | "_s));
            for (QString &f : row)
                f = csvField(f);
            out += row.join(u',') + u"\r\n"_s;
        };
        if (a.statements.isEmpty())
            emitRow(QStringList(7));
        for (const Statement &s : a.statements) {
            emitRow({s.round > 0 ? QString::number(s.round) : QString(), s.speaker, s.stance,
                     s.themes.join(u' '), QString::number(s.start), QString::number(s.end), s.text});
        }
    }
    return out.toUtf8();
}

} // namespace ArticleSerializer
