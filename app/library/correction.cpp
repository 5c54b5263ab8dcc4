// SPDX-License-Identifier: GPL-3.0-or-later
#include "correction.h"

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
    }
    return {};
}

bool Correction::fieldFromId(const QString &id, Field *field)
{
    for (Field f : {Field::MainRound, Field::Kind, Field::StatementTheme}) {
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
