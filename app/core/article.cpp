// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

using namespace Qt::Literals::StringLiterals;

QString articleKindId(ArticleKind kind)
{
    switch (kind) {
    case ArticleKind::Report:
        return u"report"_s;
    case ArticleKind::Announcement:
        return u"announcement"_s;
    case ArticleKind::Analysis:
        break;
    }
    return u"analysis"_s;
}

ArticleKind articleKindFromId(const QString &id, bool *ok)
{
    if (ok)
        *ok = true;
    if (id == u"report")
        return ArticleKind::Report;
    if (id == u"announcement")
        return ArticleKind::Announcement;
    if (ok)
        *ok = (id == u"analysis");
    return ArticleKind::Analysis;
}
