// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaynames.h"

#include "pastedarticle.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

QString DisplayNames::stance(Statement::Stance stance)
{
    using Stance = Statement::Stance;
    switch (stance) {
    case Stance::Affirm:
        return tr("affirms");
    case Stance::Condemn:
        return tr("condemns");
    case Stance::Call:
        return tr("calls for");
    case Stance::Reject:
        return tr("rejects");
    case Stance::Welcome:
        return tr("welcomes");
    case Stance::Concern:
        return tr("expresses concern");
    case Stance::Agree:
        return tr("agrees");
    case Stance::Announce:
        return tr("announces");
    case Stance::Propose:
        return tr("proposes");
    case Stance::Warn:
        return tr("warns");
    case Stance::Other:
        break;
    }
    return tr("other");
}

QString DisplayNames::kind(ArticleKind kind)
{
    switch (kind) {
    case ArticleKind::Report:
        return tr("report");
    case ArticleKind::Announcement:
        return tr("announcement");
    case ArticleKind::Analysis:
        break;
    }
    return tr("analysis");
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

QString DisplayNames::source(const QString &stored)
{
    return stored == QStringView(PastedArticle::SourceId) ? tr("pasted") : stored;
}
