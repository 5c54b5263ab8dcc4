// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "article.h"
#include "referencedata.h"

// Names shown to the user for the ids the analysis produces: stances are translated here, themes
// and actors come from the reference data in the UI's language.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString stance(Statement::Stance stance);
    static QString kind(ArticleKind kind);
    static QString theme(const ReferenceData &reference, const QString &id);
    static QString actor(const ReferenceData &reference, const QString &id);
    static QString roundName(const RoundInfo &round);
    // An article's source as stored: an outlet's name, or the word for a pasted text's.
    static QString source(const QString &stored);
};
