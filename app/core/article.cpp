// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <array>

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

namespace {

using Reason = Evidence::Reason;

// In the order of the enum; the ids are part of the JSON contract (docs/analyze.md).
constexpr std::array<const char *, size_t(Reason::DatesFromReference) + 1> ReasonIds {
    "mention",
    "headline_mention",
    "lead_mention",
    "previous_round",
    "text_date",
    "publication_date",
    "next_after_publication",
    "next_round_dated",
    "venue",
    "many_rounds",
    "analysis_marker",
    "long_after",
    "published_before",
    "published_during",
    "published_after",
    "future_tense",
    "past_tense",
    "dates_from_text",
    "dates_from_reference",
};

} // namespace

QString Evidence::reasonId(Reason reason)
{
    return QString::fromLatin1(ReasonIds[size_t(reason)]);
}

bool Evidence::reasonFromId(const QString &id, Reason *reason)
{
    for (size_t i = 0; i < ReasonIds.size(); ++i) {
        if (id == QLatin1StringView(ReasonIds[i])) {
            *reason = Reason(i);
            return true;
        }
    }
    return false;
}

namespace {

// In the order of Statement::Stance.
const QStringList &stanceIds()
{
    static const QStringList ids {u"affirm"_s,  u"condemn"_s, u"call"_s,  u"reject"_s,
                                  u"welcome"_s, u"concern"_s, u"agree"_s, u"announce"_s,
                                  u"propose"_s, u"warn"_s,    u"other"_s};
    return ids;
}

} // namespace

QString stanceId(Statement::Stance stance)
{
    return stanceIds().value(int(stance), u"other"_s);
}

bool stanceFromId(const QString &id, Statement::Stance *stance)
{
    const qsizetype index = stanceIds().indexOf(id);
    if (index < 0)
        return false;
    *stance = Statement::Stance(index);
    return true;
}
