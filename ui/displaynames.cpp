// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaynames.h"

#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

QString DisplayNames::stance(const QString &id)
{
    if (id == u"affirm"_s)
        return tr("affirms");
    if (id == u"condemn"_s)
        return tr("condemns");
    if (id == u"call"_s)
        return tr("calls for");
    if (id == u"reject"_s)
        return tr("rejects");
    if (id == u"welcome"_s)
        return tr("welcomes");
    if (id == u"concern"_s)
        return tr("expresses concern");
    if (id == u"agree"_s)
        return tr("agrees");
    if (id == u"announce"_s)
        return tr("announces");
    if (id == u"propose"_s)
        return tr("proposes");
    if (id == u"warn"_s)
        return tr("warns");
    if (id == u"other"_s || id.isEmpty())
        return tr("other");
    return id;
}

QString DisplayNames::kind(const QString &id)
{
    if (id == u"report"_s)
        return tr("report");
    if (id == u"announcement"_s)
        return tr("announcement");
    if (id == u"analysis"_s)
        return tr("analysis");
    return id;
}

QString DisplayNames::theme(const ReferenceData &reference, const QString &id)
{
    const ThemeInfo *info = reference.theme(id);
    if (!info)
        return id;
    return info->name.in(UiLanguage::current());
}

QString DisplayNames::actor(const ReferenceData &reference, const QString &id)
{
    const ActorInfo *info = reference.actor(id);
    if (!info)
        return id.isEmpty() ? tr("unknown speaker") : id;
    return info->name.in(UiLanguage::current());
}

QString DisplayNames::roundName(const RoundInfo &round)
{
    return round.name.in(UiLanguage::current());
}
