// SPDX-License-Identifier: GPL-3.0-or-later
#include "correction.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

QString Correction::fieldId(Field field)
{
    switch (field) {
    case Field::MainRound:
        return u"round"_s;
    case Field::Kind:
        return u"kind"_s;
    case Field::StatementTheme:
        return u"statement_theme"_s;
    case Field::PointSplit:
        return u"point_split"_s;
    case Field::PointMerge:
        return u"point_merge"_s;
    }
    return {};
}

bool Correction::fieldFromId(const QString &id, Field *field)
{
    for (Field f :
         {Field::MainRound, Field::Kind, Field::StatementTheme, Field::PointSplit, Field::PointMerge}) {
        if (fieldId(f) == id) {
            *field = f;
            return true;
        }
    }
    return false;
}

Correction Correction::mainRound(const QString &article, int round)
{
    Correction c;
    c.article = article;
    c.field = Field::MainRound;
    c.value = QString::number(round);
    return c;
}

Correction Correction::kind(const QString &article, const QString &kindId)
{
    Correction c;
    c.article = article;
    c.field = Field::Kind;
    c.value = kindId;
    return c;
}

Correction Correction::statementTheme(const QString &article, int start, int end, const QString &theme,
                                      bool add)
{
    Correction c;
    c.article = article;
    c.field = Field::StatementTheme;
    c.statementStart = start;
    c.statementEnd = end;
    c.theme = theme;
    c.value = add ? u"add"_s : u"remove"_s;
    return c;
}

Correction Correction::pointSplit(const QString &article, int start, int end)
{
    Correction c;
    c.article = article;
    c.field = Field::PointSplit;
    c.statementStart = start;
    c.statementEnd = end;
    c.value = u"split"_s;
    return c;
}

Correction Correction::pointMerge(const QString &article, int start, int end, const QString &intoArticle,
                                  int intoStart, int intoEnd)
{
    Correction c;
    c.article = article;
    c.field = Field::PointMerge;
    c.statementStart = start;
    c.statementEnd = end;
    c.value = pointKey(intoArticle, intoStart, intoEnd);
    return c;
}

QString Correction::pointKey(const QString &article, int start, int end)
{
    return u"%1:%2-%3"_s.arg(article).arg(start).arg(end);
}

bool Correction::fromPointKey(const QString &key, QString *article, int *start, int *end)
{
    const qsizetype colon = key.lastIndexOf(u':');
    const QStringList range = key.mid(colon + 1).split(u'-');
    bool okStart = false;
    bool okEnd = false;
    if (colon <= 0 || range.size() != 2)
        return false;
    *start = range.at(0).toInt(&okStart);
    *end = range.at(1).toInt(&okEnd);
    *article = key.left(colon);
    return okStart && okEnd;
}
