// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QAbstractItemModel>
#include <QChartView>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QStringList>

#include "pointgrouper.h"
#include "referencedata.h"

class ViewState;

// Each chosen theme's share of the points of each round's statement (PointGrouper over what the
// model shows), one line per theme across all rounds in the table's order. The chosen themes are
// the window's theme filter; with none chosen, the three themes of the most points. Qt Charts
// does not mirror: under right-to-left the rounds are laid out latest-first. Clicking a point of a
// line asks for its round. The points are grouped again only while the chart is shown, a round per
// turn of the event loop (a large library's rounds take a second each), the title saying how far.
class ThemeTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit ThemeTrendChart(const ReferenceData &reference, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setVisibleThemes(const QStringList &themeIds);
    void clearThemeFilter();
    void followViewState(const ViewState *state);

    // What is drawn: the themes of the lines, the rounds left to right, and a line's shares (in
    // percent) in that order.
    QStringList lineThemes() const;
    QList<int> roundsLeftToRight() const;
    QList<double> shares(const QString &theme) const;
    // The round under a point of the plot, as clicked (for tests and the mouse alike).
    int roundAt(const QPointF &value) const;

    // Groups every round's points now instead of a round per event-loop turn.
    void rebuildNow();
    bool isComputing() const { return !m_queue.isEmpty(); }
    // The user's splits and merges (Library::pointEdits), asked at each regrouping.
    void setPointEdits(std::function<PointEdits()> edits) { m_pointEdits = std::move(edits); }

Q_SIGNALS:
    void roundClicked(int round);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Shares
    {
        QList<int> rounds; // left to right
        QStringList themes;
        QList<QList<double>> values; // per theme, per round
    };

    // Below this height the chart drops its title and axis titles, so the round numbers fit.
    static constexpr int CompactHeight = 380;
    void applyCompactness();
    // Points per round and per theme, as the rounds are grouped one by one.
    struct Tally
    {
        QHash<int, int> points;
        QHash<int, QHash<QString, int>> withTheme;
        QHash<QString, int> overall;
    };

    void scheduleRebuild();
    void start();
    void step();
    void tallyRound(int round, const PointEdits &edits, Tally *tally) const;
    Shares sharesOf(const Tally &tally) const;
    void draw(const Shares &shares);

    const ReferenceData &m_reference;
    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_watch;
    QStringList m_chosen;
    Shares m_shown;
    QString m_title;
    bool m_dirty = true;
    QList<int> m_queue; // rounds still to group
    Tally m_tally;
    PointEdits m_edits; // read once for a whole grouping: each read is a query of the library
    std::function<PointEdits()> m_pointEdits;
};
