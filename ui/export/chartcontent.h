// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include "chartkind.h"
#include "chartreport.h"
#include "referencedata.h"

class QAbstractItemModel;

// What an exported chart says about itself, read from the model it draws (after the filters):
// the default title, the legend of the colours it uses and the caption (counts, dates, version).
// In the UI language; the window and `masar export-chart` build it the same way.
class ChartContent
{
    Q_DECLARE_TR_FUNCTIONS(ChartContent)

public:
    struct Summary
    {
        int rounds = 0;
        int firstRound = 0; // smallest and largest round number shown (0: none numbered)
        int lastRound = 0;
        int articles = 0;
        int statements = 0;
        int sources = 0;
        QDate from;
        QDate to;
    };

    struct Request
    {
        ChartKind kind = ChartKind::Timeline;
        QString title; // empty: defaultTitle()
        QStringList visibleThemes; // empty: all
        bool showLegend = true;
        QDate today; // for the caption; invalid: the current date
    };

    static Summary summarize(const QAbstractItemModel &model);
    static QString defaultTitle(ChartKind kind, const Summary &summary);
    static QString caption(const Summary &summary, const QDate &today);
    // The colours the chart uses, in the theme table's order, named in the UI language.
    static QList<ChartReport::LegendEntry> legend(ChartKind kind, const QAbstractItemModel &model,
                                                  const QList<ThemeInfo> &themes,
                                                  const QStringList &visibleThemes);
    static ChartReport::Content build(const Request &request, const QAbstractItemModel &model,
                                      const QList<ThemeInfo> &themes);
};
