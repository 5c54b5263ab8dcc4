// SPDX-License-Identifier: GPL-3.0-or-later
#include "themetrendchart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QEvent>
#include <QHash>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>

#include "displaynames.h"
#include "modelwatch.h"
#include "pointgrouper.h"
#include "pointlexicon.h"
#include "statementtable.h"
#include "themehighlighter.h"
#include "uilanguage.h"
#include "viewstate.h"

using namespace Qt::Literals::StringLiterals;

ThemeTrendChart::ThemeTrendChart(const ReferenceData &reference, QWidget *parent)
    : QChartView(parent)
    , m_reference(reference)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void ThemeTrendChart::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_watch))
        disconnect(c);
    m_model = model;
    m_watch
        = model ? watchModel(model, this, [this] { scheduleRebuild(); }) : QList<QMetaObject::Connection>();
    scheduleRebuild();
}

void ThemeTrendChart::setVisibleThemes(const QStringList &themeIds)
{
    m_chosen = themeIds;
    scheduleRebuild();
}

void ThemeTrendChart::clearThemeFilter()
{
    setVisibleThemes({});
}

void ThemeTrendChart::followViewState(const ViewState *state)
{
    followThemes(state, this);
}

void ThemeTrendChart::scheduleRebuild()
{
    // Grouping a large library's points costs seconds: not for a tab nobody looks at.
    m_dirty = true;
    if (isVisible())
        start();
}

void ThemeTrendChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_dirty)
        start();
}

void ThemeTrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        scheduleRebuild();
    QChartView::changeEvent(event);
}

void ThemeTrendChart::start()
{
    const bool running = isComputing();
    m_dirty = false;
    m_tally = Tally();
    m_edits = m_pointEdits ? m_pointEdits() : PointEdits();
    m_queue.clear();
    for (const RoundInfo &round : m_reference.rounds())
        m_queue.append(round.number);
    if (!running)
        QTimer::singleShot(0, this, &ThemeTrendChart::step);
}

void ThemeTrendChart::step()
{
    if (m_queue.isEmpty())
        return;
    tallyRound(m_queue.takeFirst(), m_edits, &m_tally);
    if (!m_queue.isEmpty()) {
        const int total = int(m_reference.rounds().size());
        chart()->setTitle(
            tr("Grouping the points of each round… %1 of %2").arg(total - m_queue.size()).arg(total));
        QTimer::singleShot(0, this, &ThemeTrendChart::step);
        return;
    }
    m_shown = sharesOf(m_tally);
    draw(m_shown);
}

void ThemeTrendChart::rebuildNow()
{
    m_dirty = false;
    m_queue.clear();
    Tally tally;
    const PointEdits edits = m_pointEdits ? m_pointEdits() : PointEdits();
    for (const RoundInfo &round : m_reference.rounds())
        tallyRound(round.number, edits, &tally);
    m_shown = sharesOf(tally);
    draw(m_shown);
}

void ThemeTrendChart::tallyRound(int round, const PointEdits &edits, Tally *tally) const
{
    if (!m_model)
        return;
    const QList<StatementRow> rows = StatementTable::fromModel(*m_model, {round});
    for (const Point &p : PointGrouper::group(rows, PointLexicon::builtIn(), edits)) {
        ++tally->points[p.round];
        for (const QString &theme : rows.at(p.canonical).themes) {
            ++tally->withTheme[p.round][theme];
            ++tally->overall[theme];
        }
    }
}

ThemeTrendChart::Shares ThemeTrendChart::sharesOf(const Tally &tally) const
{
    Shares out;
    out.themes = m_chosen;
    if (out.themes.isEmpty()) {
        for (const ThemeInfo &t : m_reference.themes()) {
            if (tally.overall.value(t.id) > 0)
                out.themes.append(t.id);
        }
        std::stable_sort(out.themes.begin(), out.themes.end(), [&](const QString &a, const QString &b) {
            return tally.overall.value(a) > tally.overall.value(b);
        });
        out.themes = out.themes.mid(0, 3);
    }
    for (const RoundInfo &round : m_reference.rounds())
        out.rounds.append(round.number);
    if (layoutDirection() == Qt::RightToLeft)
        std::reverse(out.rounds.begin(), out.rounds.end());
    for (const QString &theme : std::as_const(out.themes)) {
        QList<double> values;
        for (int round : std::as_const(out.rounds)) {
            const int total = tally.points.value(round);
            values.append(total > 0 ? 100.0 * tally.withTheme.value(round).value(theme) / total : 0.0);
        }
        out.values.append(values);
    }
    return out;
}

void ThemeTrendChart::draw(const Shares &shares)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_title
        = (m_chosen.isEmpty() ? tr("Share of each round's points, for the three themes with the most points "
                                   "(check themes in the list to choose)")
                              : tr("Share of each round's points with the chosen themes"));
    auto *x = new QBarCategoryAxis;
    for (int round : shares.rounds) {
        const RoundInfo *info = m_reference.round(round);
        // The unnumbered Doha meeting by its city, as the theme chart names it.
        x->append(round == 0 && info ? info->city.in(UiLanguage::current()) : QString::number(round));
    }
    x->setTitleText(tr("Round"));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%d%"_s);
    y->setTitleText(tr("Share of the points"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    const ThemeHighlighter colours(m_reference.themes());
    for (qsizetype t = 0; t < shares.themes.size(); ++t) {
        auto *line = new QLineSeries;
        line->setName(DisplayNames::theme(m_reference, shares.themes.at(t)));
        line->setColor(colours.color(shares.themes.at(t)));
        line->setPointsVisible(true);
        for (qsizetype i = 0; i < shares.rounds.size(); ++i)
            line->append(double(i), shares.values.at(t).at(i));
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        connect(line, &QLineSeries::clicked, this, [this](const QPointF &point) {
            const int round = roundAt(point);
            if (round >= 0)
                Q_EMIT roundClicked(round);
        });
    }
    c->legend()->setVisible(!shares.themes.isEmpty());
    applyCompactness();
}

void ThemeTrendChart::applyCompactness()
{
    const bool compact = height() < CompactHeight;
    chart()->setTitle(compact ? QString() : m_title);
    for (QAbstractAxis *axis : chart()->axes())
        axis->setTitleVisible(!compact);
    setToolTip(compact ? m_title : QString());
}

void ThemeTrendChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    applyCompactness();
}

QStringList ThemeTrendChart::lineThemes() const
{
    return m_shown.themes;
}

QList<int> ThemeTrendChart::roundsLeftToRight() const
{
    return m_shown.rounds;
}

QList<double> ThemeTrendChart::shares(const QString &theme) const
{
    const qsizetype t = m_shown.themes.indexOf(theme);
    return t < 0 ? QList<double>() : m_shown.values.at(t);
}

int ThemeTrendChart::roundAt(const QPointF &value) const
{
    const int i = qRound(value.x());
    return i >= 0 && i < m_shown.rounds.size() ? m_shown.rounds.at(i) : -1;
}
