// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "article.h"

// Words for the evidence behind an article's main round: the «Why round N?» line of the detail
// pane. Translated when shown.
class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)

public:
    static QString reason(Evidence::Reason reason);
    // «Why round 14?» as a link, then the strongest pieces of evidence with the words they point
    // at; rich text with the article's words escaped. Empty when there is nothing to say.
    static QString whyLine(const QString &roundName, int round, const QList<Evidence> &evidence,
                           const QString &text);
    // The places in the text of the evidence for `round`, strongest first.
    static QList<std::pair<int, int>> spans(int round, const QList<Evidence> &evidence);
};
