// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedarticle.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject GeneratedArticle::truthJson() const
{
    QJsonObject terms;
    for (auto it = themeTerms.cbegin(); it != themeTerms.cend(); ++it)
        terms.insert(it.key(), it.value());
    QJsonArray statementArray;
    for (const StatementTruth &s : statements)
        statementArray.append(QJsonObject {{u"speaker"_s, s.speaker}, {u"round"_s, s.round}});
    return QJsonObject {
        {u"id"_s, id},
        {u"file"_s, fileName},
        {u"encoding"_s, encoding},
        {u"format"_s, format},
        {u"kind"_s, kind},
        {u"round"_s, round},
        {u"round_mention"_s, roundMention},
        {u"round_start"_s, dateValue(roundStart)},
        {u"round_end"_s, dateValue(roundEnd)},
        {u"dates_text"_s, datesText},
        {u"published"_s, dateValue(published)},
        {u"source"_s, source},
        {u"themes"_s, QJsonArray::fromStringList(themes())},
        {u"theme_terms"_s, terms},
        {u"statements"_s, statementArray},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"boilerplate"_s, QJsonArray::fromStringList(boilerplateLines)},
    };
}

GeneratedArticle GeneratedArticle::fromTruthJson(const QJsonObject &json)
{
    GeneratedArticle a;
    a.id = json.value(u"id").toString();
    a.fileName = json.value(u"file").toString();
    a.encoding = json.value(u"encoding").toString();
    a.format = json.value(u"format").toString();
    a.kind = json.value(u"kind").toString();
    a.round = json.value(u"round").toInt();
    a.roundMention = json.value(u"round_mention").toString();
    a.roundStart = QDate::fromString(json.value(u"round_start").toString(), Qt::ISODate);
    a.roundEnd = QDate::fromString(json.value(u"round_end").toString(), Qt::ISODate);
    a.datesText = json.value(u"dates_text").toString();
    a.published = QDate::fromString(json.value(u"published").toString(), Qt::ISODate);
    a.source = json.value(u"source").toString();
    const QJsonObject terms = json.value(u"theme_terms").toObject();
    for (auto it = terms.constBegin(); it != terms.constEnd(); ++it)
        a.themeTerms.insert(it.key(), it.value().toString());
    const QJsonArray statementArray = json.value(u"statements").toArray();
    for (const QJsonValue &v : statementArray) {
        const QJsonObject s = v.toObject();
        a.statements.append(StatementTruth {s.value(u"speaker").toString(), s.value(u"round").toInt()});
    }
    const QJsonArray tagArray = json.value(u"tags").toArray();
    for (const QJsonValue &v : tagArray)
        a.tags.append(v.toString());
    const QJsonArray boilerplate = json.value(u"boilerplate").toArray();
    for (const QJsonValue &v : boilerplate)
        a.boilerplateLines.append(v.toString());
    return a;
}
