// SPDX-License-Identifier: GPL-3.0-or-later
#include "themechart.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QLegend>
#include <QMouseEvent>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include "biditext.h"
#include "modelwatch.h"
#include "roundsroles.h"
#include "statementwalk.h"
#include "uilanguage.h"
#include "viewstate.h"

using namespace Qt::Literals::StringLiterals;

ThemeChart::ThemeChart(const ReferenceData &reference, QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setAnimationOptions(QChart::NoAnimation);
    // The view's frame is enough of a border; the plot gets the room.
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    m_themes = reference.themes();
    scheduleRebuild();
}

ThemeChart::~ThemeChart() = default;

void ThemeChart::setModel(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (m_model) {
        const auto schedule = [this]() { scheduleRebuild(); };
        m_modelConnections = watchModel(m_model, this, schedule);
    }
    if (m_selectionModel && m_selectionModel->model() != m_model)
        m_selectionModel = nullptr;
    scheduleRebuild();
}

void ThemeChart::setSelectionModel(QItemSelectionModel *selectionModel)
{
    if (selectionModel && !m_model)
        setModel(selectionModel->model());
    if (selectionModel && selectionModel->model() != m_model) {
        qWarning("ThemeChart: the selection model belongs to another model; ignored");
        selectionModel = nullptr;
    }
    if (m_selectionModel)
        disconnect(m_selectionModel, nullptr, this, nullptr);
    m_selectionModel = selectionModel;
    if (m_selectionModel)
        connect(m_selectionModel, &QItemSelectionModel::currentChanged, this,
                &ThemeChart::placeSelectionBand);
}

void ThemeChart::setThemes(const QList<ThemeInfo> &themes)
{
    m_themes = themes;
    scheduleRebuild();
}

void ThemeChart::setVisibleThemes(const QStringList &themeIds)
{
    m_visibleThemes = themeIds;
    m_themeFilterActive = true;
    scheduleRebuild();
}

void ThemeChart::clearThemeFilter()
{
    m_visibleThemes.clear();
    m_themeFilterActive = false;
    scheduleRebuild();
}

void ThemeChart::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    // Never touch the series synchronously: a model change can arrive from a bar's own click
    // handler, and deleting a series item there crashes Qt 6.4 (QTBUG-115072).
    QMetaObject::invokeMethod(
        this,
        [this]() {
            if (m_rebuildPending)
                rebuild();
        },
        Qt::QueuedConnection);
}

void ThemeChart::rebuildNow()
{
    rebuild();
}

QMap<QString, int> ThemeChart::countsFor(const QModelIndex &round) const
{
    using namespace RoundsRoles;
    QMap<QString, int> counts;
    const QVariantMap aggregated = round.data(ThemeCountsRole).toMap();
    if (!aggregated.isEmpty()) {
        for (auto it = aggregated.cbegin(); it != aggregated.cend(); ++it)
            counts.insert(it.key(), it.value().toInt());
        return counts;
    }
    // No aggregate: count the statements' themes under the round.
    forEachStatement(round, [&counts](const QModelIndex &statement) {
        const QStringList themes = statement.data(ThemesRole).toStringList();
        for (const QString &theme : themes)
            ++counts[theme];
    });
    return counts;
}

void ThemeChart::clearChart()
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    // Qt Charts removes the old axes' items with deleteLater: flush them now, or an off-screen
    // render before the next event-loop turn draws them too. Safe here: rebuild never runs inside
    // a series' own event handler (see scheduleRebuild).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_categoryRounds.clear();
    m_categoryLabels.clear();
    m_setThemes.clear();
    m_sets.clear();
}

QList<QPersistentModelIndex> ThemeChart::roundsInDrawingOrder() const
{
    using namespace RoundsRoles;
    // Rounds in date order; reversed under right-to-left because bar series cannot be reversed.
    QList<QPersistentModelIndex> rounds;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            const QVariant type = index.data(NodeTypeRole);
            if ((type.isValid() && type.toInt() != RoundNode)
                || !index.data(StartDateRole).toDate().isValid())
                continue;
            rounds.append(index);
        }
    }
    std::stable_sort(rounds.begin(), rounds.end(),
                     [](const QPersistentModelIndex &a, const QPersistentModelIndex &b) {
                         return a.data(StartDateRole).toDate() < b.data(StartDateRole).toDate();
                     });
    if (layoutDirection() == Qt::RightToLeft)
        std::reverse(rounds.begin(), rounds.end());
    return rounds;
}

QList<const ThemeInfo *> ThemeChart::themesShown(const QList<QMap<QString, int>> &counts) const
{
    QList<const ThemeInfo *> shown;
    for (const ThemeInfo &theme : std::as_const(m_themes)) {
        if (m_themeFilterActive && !m_visibleThemes.contains(theme.id))
            continue;
        const bool present
            = std::any_of(counts.cbegin(), counts.cend(),
                          [&theme](const QMap<QString, int> &c) { return c.value(theme.id) > 0; });
        if (present)
            shown.append(&theme);
    }
    // The legend lists sets in insertion order from the left: reverse it to read right to left.
    if (layoutDirection() == Qt::RightToLeft)
        std::reverse(shown.begin(), shown.end());
    return shown;
}

// One bar set per theme shown; returns the tallest stack.
int ThemeChart::fillSeries(QStackedBarSeries *series, const QList<QMap<QString, int>> &counts)
{
    QList<int> &totals = m_totals;
    totals.fill(0, counts.size());
    const QList<const ThemeInfo *> shown = themesShown(counts);
    for (const ThemeInfo *theme : shown) {
        auto *set = new QBarSet(theme->name.in(UiLanguage::current()));
        const QColor color = QColor::fromString(theme->color);
        set->setColor(color);
        set->setBorderColor(color.darker(115));
        for (int i = 0; i < counts.size(); ++i) {
            const int value = counts.at(i).value(theme->id);
            set->append(value);
            totals[i] += value;
        }
        series->append(set);
        m_sets.append(set);
        m_setThemes.append(theme->id);
    }
    return totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend());
}

void ThemeChart::addAxes(QStackedBarSeries *series, int maxTotal)
{
    QChart *chart = this->chart();
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_categoryLabels);
    categoryAxis->setTitleText(tr("Round"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);

    auto *valueAxis = new QValueAxis;
    // Five equal steps of a whole number, so every tick is an integer count.
    const int step = std::max(1, (maxTotal + 4) / 5);
    m_axisMax = step * 5;
    valueAxis->setRange(0, m_axisMax);
    valueAxis->setTickCount(6);
    valueAxis->setMinorTickCount(0);
    // "%d" draws no labels at all with localised numbers in Qt Charts 6.4; "%.0f" does.
    valueAxis->setLabelFormat(u"%.0f"_s);
    valueAxis->setTitleText(tr("Statements"));
    chart->addAxis(valueAxis, layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(valueAxis);
}

void ThemeChart::connectSeries(QStackedBarSeries *series)
{
    // The legend may be hidden (compact): the segment under the pointer names its theme.
    connect(series, &QStackedBarSeries::hovered, this, [](bool entered, int index, QBarSet *set) {
        if (entered)
            QToolTip::showText(QCursor::pos(),
                               BidiText::isolate(set->label()) + u": "_s + QString::number(set->at(index)));
        else
            QToolTip::hideText();
    });
    // Queued: the click is still being delivered by the series' item (QTBUG-115072).
    connect(
        series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) { selectCategory(index); },
        Qt::QueuedConnection);
}

void ThemeChart::rebuild()
{
    using namespace RoundsRoles;
    m_rebuildPending = false;
    clearChart();
    QList<QMap<QString, int>> counts;
    for (const QPersistentModelIndex &round : roundsInDrawingOrder()) {
        m_categoryRounds.append(round);
        const int number = round.data(RoundNumberRole).toInt();
        m_categoryLabels.append(number > 0 ? QString::number(number) : round.data(CityRole).toString());
        counts.append(countsFor(round));
    }
    auto *series = new QStackedBarSeries;
    const int maxTotal = fillSeries(series, counts);
    series->setBarWidth(0.7);
    QChart *chart = this->chart();
    chart->addSeries(series);
    addAxes(series, maxTotal);

    setAccessibleName(tr("Themes per round"));
    m_title = tr("Themes per round");
    // Western digits, as in the rest of the UI and in the articles (ar_SY would give Arabic-Indic).
    chart->setLocalizeNumbers(false);
    chart->setLocale(UiLanguage::locale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    applyCompactness(viewport()->height());
    connectSeries(series);
    placeSelectionBand();
}

void ThemeChart::placeSelectionBand()
{
    QChart *chart = this->chart();
    if (!m_band) {
        m_band = new QGraphicsRectItem(chart);
        m_band->setPen(QPen(QColor(0x3c, 0x44, 0x4d, 150), 1.5));
        m_band->setBrush(QColor(0x3c, 0x44, 0x4d, 28));
        // Above the chart's background, below its grid and bars.
        m_band->setZValue(-0.5);
        connect(chart, &QChart::plotAreaChanged, this, &ThemeChart::placeSelectionBand);
    }
    const QList<QAbstractSeries *> series = chart->series();
    QModelIndex current
        = m_selectionModel ? m_selectionModel->currentIndex().siblingAtColumn(0) : QModelIndex();
    while (current.parent().isValid())
        current = current.parent();
    const int category = categoryForRound(current);
    if (category < 0 || series.isEmpty()) {
        m_band->hide();
        return;
    }
    const QPointF topStart = chart->mapToPosition(QPointF(category - 0.45, m_axisMax), series.first());
    const QPointF bottomEnd = chart->mapToPosition(QPointF(category + 0.45, 0), series.first());
    m_band->setRect(QRectF(topStart, bottomEnd).normalized());
    m_band->show();
}

QRectF ThemeChart::toViewport(const QRectF &chartRect) const
{
    return mapFromScene(chart()->mapToScene(chartRect)).boundingRect();
}

QRectF ThemeChart::plotAreaRect() const
{
    return toViewport(chart()->plotArea());
}

QPointF ThemeChart::stackTop(const QModelIndex &round) const
{
    const int category = categoryForRound(round);
    const QList<QAbstractSeries *> series = chart()->series();
    if (category < 0 || series.isEmpty())
        return {-1, -1};
    const QPointF point = chart()->mapToPosition(QPointF(category, m_totals.value(category)), series.first());
    return mapFromScene(chart()->mapToScene(point));
}

QRectF ThemeChart::selectionBand() const
{
    return m_band && m_band->isVisible() ? toViewport(m_band->rect()) : QRectF();
}

void ThemeChart::selectCategory(int category)
{
    const QModelIndex round = roundForCategory(category);
    if (!m_selectionModel || !round.isValid())
        return;
    m_selectionModel->setCurrentIndex(round, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QStringList ThemeChart::categories() const
{
    return m_categoryLabels;
}

QStringList ThemeChart::legendThemes() const
{
    return m_setThemes;
}

QModelIndex ThemeChart::roundForCategory(int category) const
{
    return category >= 0 && category < m_categoryRounds.size() ? QModelIndex(m_categoryRounds.at(category))
                                                               : QModelIndex();
}

int ThemeChart::categoryForRound(const QModelIndex &round) const
{
    for (int i = 0; i < m_categoryRounds.size(); ++i) {
        if (m_categoryRounds.at(i) == round)
            return i;
    }
    return -1;
}

QPoint ThemeChart::barPosition(const QModelIndex &round, const QString &themeId) const
{
    const int category = categoryForRound(round);
    const int setIndex = m_setThemes.indexOf(themeId);
    const QList<QAbstractSeries *> series = chart()->series();
    if (category < 0 || setIndex < 0 || series.isEmpty())
        return {-1, -1};
    // Stacked: the segment sits on top of the sets added before it.
    double below = 0;
    for (int s = 0; s < setIndex; ++s)
        below += m_sets.at(s)->at(category);
    const double value = m_sets.at(setIndex)->at(category);
    const QPointF scenePoint = chart()->mapToPosition(QPointF(category, below + value / 2), series.first());
    return mapFromScene(chart()->mapToScene(scenePoint));
}

bool ThemeChart::valueAxisOnRight() const
{
    const QList<QAbstractAxis *> axes = chart()->axes(Qt::Vertical);
    return !axes.isEmpty() && axes.first()->alignment() == Qt::AlignRight;
}

void ThemeChart::render(QPainter *painter, const QRectF &target, const QColor &background)
{
    renderScene(painter, target, background, true);
}

void ThemeChart::renderPlot(QPainter *painter, const QRectF &target)
{
    renderScene(painter, target, Qt::transparent, false);
}

void ThemeChart::renderScene(QPainter *painter, const QRectF &target, const QColor &background, bool chrome)
{
    if (m_rebuildPending)
        rebuild();
    QChart *chart = this->chart();
    const QRectF oldGeometry = chart->geometry();
    const bool oldBackground = chart->isBackgroundVisible();
    // Lay the chart out for the target's size, independent of the widget's size.
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    chart->setBackgroundVisible(false);
    applyCompactness(chrome ? target.height() : 0.0);
    // On a report page the axes' text grows with the plot, as the page's own text does.
    const QList<QAbstractAxis *> axes = chart->axes();
    QList<std::pair<QFont, QFont>> oldFonts;
    for (QAbstractAxis *axis : axes) {
        oldFonts.append({axis->labelsFont(), axis->titleFont()});
        if (chrome)
            continue;
        QFont labels = axis->labelsFont();
        labels.setPixelSize(qRound(std::clamp(target.height() / 40.0, 9.0, 28.0)));
        QFont title = labels;
        title.setBold(true);
        axis->setLabelsFont(labels);
        axis->setTitleFont(title);
    }
    // The chart lays its axes out on a posted LayoutRequest; deliver it before painting.
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    if (chart->layout()) {
        chart->layout()->invalidate();
        chart->layout()->activate();
    }
    placeSelectionBand();
    painter->save();
    if (background.alpha() > 0)
        painter->fillRect(target, background);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene()->render(painter, target, QRectF(QPointF(0, 0), target.size()), Qt::IgnoreAspectRatio);
    painter->restore();
    chart->setBackgroundVisible(oldBackground);
    for (qsizetype i = 0; i < axes.size(); ++i) {
        axes.at(i)->setLabelsFont(oldFonts.at(i).first);
        axes.at(i)->setTitleFont(oldFonts.at(i).second);
    }
    applyCompactness(viewport()->height());
    chart->setGeometry(oldGeometry);
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    placeSelectionBand();
}

void ThemeChart::mousePressEvent(QMouseEvent *event)
{
    // QTBUG-118669: QChartView::mousePressEvent dereferences itemAt() without a check in 6.4.
    if (!scene() || !itemAt(event->position().toPoint())) {
        event->ignore();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ThemeChart::applyCompactness(double height)
{
    // A short chart (the main window's top pane) keeps its height for the bars: the window's theme
    // list is the legend there, and the tab names the chart. Fifteen legend entries in one row
    // would be elided to a few letters each anyway.
    const bool compact = height < CompactHeight;
    chart()->setTitle(compact ? QString() : m_title);
    chart()->legend()->setVisible(!compact && !m_sets.isEmpty());
}

void ThemeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    applyCompactness(viewport()->height());
}

void ThemeChart::changeEvent(QEvent *event)
{
    // Names, titles and the value axis's side all follow the language and its direction.
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::LanguageChange)
        scheduleRebuild();
    QChartView::changeEvent(event);
}

void ThemeChart::followViewState(const ViewState *state)
{
    followThemes(state, this);
}
