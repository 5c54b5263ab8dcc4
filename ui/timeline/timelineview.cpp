// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QAbstractItemModel>
#include <QApplication>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include "daterangeformatter.h"
#include "modelwatch.h"
#include "roundsroles.h"
#include "statementwalk.h"
#include "uilanguage.h"
#include "viewstate.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int LabelLanes = 3;
constexpr double TopPadding = 6.0;
const QColor MarkerColor(0x37, 0x47, 0x4f);
const QColor SelectedColor(0x1a, 0x5f, 0xd6);
const QColor HighlightColor(0xff, 0xb3, 0x00);
const QColor GridColor(0xd9, 0xdd, 0xe3);
const QColor MonthTickColor(0xb0, 0xb6, 0xbf);
const QColor AxisTextColor(0x3c, 0x44, 0x4d);

} // namespace

TimelineView::TimelineView(const ReferenceData &reference, QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    retranslate();
    setThemes(reference.themes());
}

void TimelineView::retranslate()
{
    setAccessibleName(tr("Timeline of the rounds"));
    setAccessibleDescription(
        tr("Rounds of the Astana talks by date. Arrow keys step through the rounds, plus and minus zoom."));
}

TimelineView::~TimelineView() = default;

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (m_model) {
        // Any structural or data change can move a round or change its statements.
        const auto invalidate = [this]() { invalidateCache(); };
        m_modelConnections = watchModel(m_model, this, invalidate);
        m_modelConnections.append(connect(m_model, &QObject::destroyed, this, invalidate));
    }
    if (m_selectionModel && m_selectionModel->model() != m_model)
        setSelectionModel(nullptr);
    invalidateCache();
}

void TimelineView::setSelectionModel(QItemSelectionModel *selectionModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_selectionConnections))
        disconnect(connection);
    m_selectionConnections.clear();
    if (selectionModel && !m_model)
        setModel(selectionModel->model());
    if (selectionModel && selectionModel->model() != m_model) {
        qWarning("TimelineView: the selection model belongs to another model; ignored");
        selectionModel = nullptr;
    }
    m_selectionModel = selectionModel;
    if (m_selectionModel) {
        const auto repaint = [this]() { update(); };
        m_selectionConnections = {
            connect(m_selectionModel, &QItemSelectionModel::selectionChanged, this, repaint),
            connect(m_selectionModel, &QItemSelectionModel::currentChanged, this, repaint),
        };
    }
    update();
}

void TimelineView::setThemes(const QList<ThemeInfo> &themes)
{
    m_themes = themes;
    m_themeSlot.clear();
    for (int i = 0; i < m_themes.size(); ++i)
        m_themeSlot.insert(m_themes.at(i).id, i);
    setVisibleThemes(m_visibleThemes);
    m_themeFilterActive = false;
    invalidateCache();
}

void TimelineView::setVisibleThemes(const QStringList &themeIds)
{
    m_visibleThemes = themeIds;
    m_visibleSlots.clear();
    for (const QString &id : themeIds) {
        const auto slot = m_themeSlot.constFind(id);
        if (slot != m_themeSlot.cend())
            m_visibleSlots.insert(*slot);
    }
    m_themeFilterActive = true;
    update();
}

void TimelineView::clearThemeFilter()
{
    m_visibleThemes.clear();
    m_visibleSlots.clear();
    m_themeFilterActive = false;
    update();
}

void TimelineView::setHighlightedRounds(const QStringList &roundIds)
{
    m_highlighted = roundIds;
    update();
}

QSize TimelineView::sizeHint() const
{
    return {900, 320};
}

QSize TimelineView::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {200, metrics.lineSpacing() * 9};
}

void TimelineView::invalidateCache()
{
    m_cacheValid = false;
    m_textWidths.clear();
    update();
}

void TimelineView::ensureCache() const
{
    if (!m_cacheValid)
        rebuildCache();
}

void TimelineView::rebuildCache() const
{
    using namespace RoundsRoles;
    m_cacheValid = true;
    m_rounds.clear();
    const int noThemeSlot = int(m_themes.size());
    if (m_model) {
        const int rows = m_model->rowCount();
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model->index(row, 0);
            const QVariant type = index.data(NodeTypeRole);
            if (type.isValid() && type.toInt() != RoundNode)
                continue;
            RoundEntry entry;
            entry.start = index.data(StartDateRole).toDate();
            if (!entry.start.isValid())
                continue;
            entry.index = index;
            entry.end = index.data(EndDateRole).toDate();
            entry.number = index.data(RoundNumberRole).toInt();
            entry.id = index.data(RoundIdRole).toString();
            entry.articles = index.data(ArticleCountRole).toInt();
            entry.themeCounts.fill(0, noThemeSlot + 1);
            countStatements(index, &entry);
            m_rounds.append(entry);
        }
    }
    QList<QDate> dates;
    dates.reserve(m_rounds.size());
    for (const RoundEntry &entry : std::as_const(m_rounds))
        dates.append(entry.start);
    // Keep the user's zoom across model changes; a first fill shows everything.
    const bool wasFitAll = m_geometry.roundCount() == 0 || m_geometry.isFitAll();
    const double start = m_geometry.visibleStart();
    const double end = m_geometry.visibleEnd();
    m_geometry.setRoundDates(dates);
    if (!wasFitAll)
        m_geometry.setVisibleRange(start, end);
    syncGeometry();
}

void TimelineView::countStatements(const QModelIndex &round, RoundEntry *entry) const
{
    using namespace RoundsRoles;
    const int noThemeSlot = int(m_themes.size());
    // The model's aggregate, which follows its filters, spares walking every statement.
    const QVariant aggregate = round.data(MainThemeCountsRole);
    if (aggregate.isValid()) {
        const QVariantMap counts = aggregate.toMap();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            entry->themeCounts[m_themeSlot.value(it.key(), noThemeSlot)] += it.value().toInt();
            entry->statements += it.value().toInt();
        }
        return;
    }
    forEachStatement(round, [&](const QModelIndex &statement) {
        ++entry->themeCounts[m_themeSlot.value(statement.data(MainThemeRole).toString(), noThemeSlot)];
        ++entry->statements;
    });
}

double TimelineView::edgePadding() const
{
    return QFontMetricsF(font()).height() * 1.6;
}

void TimelineView::syncGeometry() const
{
    m_geometry.setWidth(width());
    m_geometry.setPadding(edgePadding());
    m_geometry.setLayoutDirection(layoutDirection());
}

QString TimelineView::monthLabel(int month) const
{
    return displayLocale().monthName(month, QLocale::ShortFormat);
}

QLocale TimelineView::displayLocale() const
{
    // Levantine month names (كانون الثاني, شباط…) in Arabic, as the sample articles use.
    return UiLanguage::locale();
}

int TimelineView::textWidth(const QFontMetricsF &metrics, const QString &text) const
{
    // Shaping Arabic is the costly part of measuring; labels repeat on every repaint. The same
    // text is measured in several sizes (month and round numbers, exports).
    const QString key = QString::number(metrics.height(), 'f', 2) + u'\x1f' + text;
    const auto found = m_textWidths.constFind(key);
    if (found != m_textWidths.cend())
        return *found;
    const int width = int(std::ceil(metrics.horizontalAdvance(text)));
    m_textWidths.insert(key, width);
    return width;
}

TimelineView::Frame TimelineView::makeFrame(const QSizeF &size, const TimelineGeometry &source,
                                            bool exported) const
{
    ensureCache();
    Frame frame;
    frame.size = size;
    frame.geometry = source;
    frame.geometry.setWidth(size.width());
    frame.geometry.setPadding(edgePadding());
    frame.geometry.setLayoutDirection(layoutDirection());
    frame.geometry.setVisibleRange(source.visibleStart(), source.visibleEnd());

    frame.exported = exported;
    frame.font = font();
    if (exported) {
        // A chart for a report or a slide: the text grows with the frame, as it would on a
        // printed page, from the pane's size up to about two and a half times it.
        const double factor = std::clamp(size.height() / 450.0, 1.0, 2.4);
        if (frame.font.pointSizeF() > 0)
            frame.font.setPointSizeF(frame.font.pointSizeF() * factor);
        else
            frame.font.setPixelSize(qRound(frame.font.pixelSize() * factor));
    }
    const QFontMetricsF metrics(frame.font);
    frame.lineHeight = metrics.height();
    // Exported rounds carry their dates under their number: two lines per lane.
    frame.laneHeight = std::ceil(metrics.height() * (exported ? 2 : 1) + 4);
    frame.markerRadius = std::max(4.0, std::round(metrics.height() * 0.38));
    frame.markSize = std::max(4.0, std::round(metrics.height() * 0.55));
    frame.markHeight = frame.markSize;
    // From the bottom: year row, month row, label lanes, then the marker line.
    frame.axisRowHeight = std::ceil(metrics.height() + 4);
    frame.axisTop = size.height() - 2 * frame.axisRowHeight - 2;
    frame.laneTop = frame.axisTop - LabelLanes * frame.laneHeight - 2;
    frame.markerY = frame.laneTop - frame.markerRadius - 3;
    frame.marksTop = TopPadding + frame.lineHeight; // room for a cluster's count
    growMarks(frame);
    return frame;
}

void TimelineView::growMarks(Frame &frame) const
{
    // A tall picture (an export for a slide) would show short stacks at the foot of an empty
    // area: let the marks grow until the tallest stack fills most of the height. Only frames
    // taller than the usual pane grow, and never so wide that neighbouring stacks touch.
    const double maxGrowth = std::clamp(frame.size.height() / 320.0, 1.0, 4.0);
    if (maxGrowth <= 1.0)
        return;
    int tallest = 0;
    QList<double> stackXs;
    for (int round = 0; round < m_rounds.size(); ++round) {
        const QList<int> counts = visibleCounts(m_rounds.at(round));
        const int total = std::accumulate(counts.cbegin(), counts.cend(), 0);
        if (total == 0)
            continue;
        tallest = std::max(tallest, total);
        stackXs.append(frame.geometry.roundX(round));
    }
    // Only stacks can collide: a round without marks leaves the space above its marker free.
    std::sort(stackXs.begin(), stackXs.end());
    double narrowest = frame.size.width();
    for (int i = 1; i < stackXs.size(); ++i)
        narrowest = std::min(narrowest, stackXs.at(i) - stackXs.at(i - 1) - 2);
    if (tallest == 0)
        return;
    const double room = frame.markerY - (frame.markerRadius + 3) - frame.marksTop;
    const double fitting = std::floor(std::min(room * 0.85 / tallest, narrowest));
    frame.markSize = std::clamp(fitting, frame.markSize, std::round(frame.markSize * maxGrowth));
    // Where the neighbours keep the marks narrow, they may still grow upwards, up to thrice as
    // tall as wide (a bar segment, still a mark).
    frame.markHeight = std::clamp(std::floor(room * 0.85 / tallest), frame.markSize, frame.markSize * 3);
}

QModelIndex TimelineView::roundIndex(int round) const
{
    ensureCache();
    if (round < 0 || round >= m_rounds.size())
        return {};
    return m_rounds.at(round).index;
}

int TimelineView::entryForIndex(const QModelIndex &index) const
{
    ensureCache();
    QModelIndex top = index;
    while (top.parent().isValid())
        top = top.parent();
    if (!top.isValid())
        return -1;
    for (int i = 0; i < m_rounds.size(); ++i) {
        if (m_rounds.at(i).index.row() == top.row() && m_rounds.at(i).index.model() == top.model())
            return i;
    }
    return -1;
}

QModelIndex TimelineView::roundAt(const QPoint &pos) const
{
    const Frame frame = widgetFrame();
    if (pos.y() < 0 || pos.y() > frame.axisTop)
        return {};
    const int round = frame.geometry.roundAt(pos.x(), frame.markerRadius + 3);
    return roundIndex(round);
}

QRect TimelineView::markerRect(const QModelIndex &round) const
{
    const int entry = entryForIndex(round);
    if (entry < 0)
        return {};
    const Frame frame = widgetFrame();
    const double x = frame.geometry.roundX(entry);
    const double r = frame.markerRadius;
    return QRectF(x - r, frame.markerY - r, 2 * r, 2 * r).toAlignedRect();
}

QList<TimelineView::Mark> TimelineView::marks(const QModelIndex &round) const
{
    const int entry = entryForIndex(round);
    if (entry < 0)
        return {};
    return marksFor(widgetFrame(), entry);
}

QList<TimelineView::Mark> TimelineView::exportedMarks(const QModelIndex &round, const QSizeF &size) const
{
    const int entry = entryForIndex(round);
    if (entry < 0)
        return {};
    return marksFor(makeFrame(size, m_geometry, true), entry);
}

QList<int> TimelineView::visibleCounts(const RoundEntry &entry) const
{
    if (!m_themeFilterActive)
        return entry.themeCounts;
    QList<int> counts = entry.themeCounts;
    for (int slot = 0; slot < counts.size(); ++slot) {
        if (!m_visibleSlots.contains(slot))
            counts[slot] = 0;
    }
    return counts;
}

QColor TimelineView::themeColor(int slot) const
{
    if (slot >= 0 && slot < m_themes.size())
        return QColor::fromString(m_themes.at(slot).color);
    return noThemeColor();
}

QString TimelineView::themeIdAt(int slot) const
{
    return slot >= 0 && slot < m_themes.size() ? m_themes.at(slot).id : QString();
}

QList<TimelineView::Mark> TimelineView::marksFor(const Frame &frame, int round) const
{
    const RoundEntry &entry = m_rounds.at(round);
    const QList<int> counts = visibleCounts(entry);
    int total = 0;
    for (int count : counts)
        total += count;
    if (total == 0)
        return {};

    const double s = frame.markSize;
    const double h = frame.markHeight;
    const double gap = frame.markerRadius + 3;
    const double spacing = frame.geometry.spacingAround(round);
    const int maxColumns = std::clamp(int((spacing - 2) / s), 1, 8);
    const int rowsAbove = std::max(0, int((frame.markerY - gap - frame.marksTop) / h));
    const TimelineGeometry::StackLayout layout
        = TimelineGeometry::stackLayout(total, maxColumns, rowsAbove, 0);

    QList<Mark> result;
    result.reserve(layout.markCount);
    const double x = frame.geometry.roundX(round);
    // Marks are grouped by theme; a clustered mark takes the theme of the statement at its middle.
    int slot = 0;
    int runEnd = counts.value(0);
    for (int i = 0; i < layout.markCount; ++i) {
        const int first = i * layout.statementsPerMark;
        const int statements = std::min(layout.statementsPerMark, total - first);
        const int middle = first + statements / 2;
        while (middle >= runEnd && slot + 1 < counts.size())
            runEnd += counts.at(++slot);
        // Across by the marks' width, up by their height.
        const QPointF centre(x + frame.geometry.markOffset(layout, i, s, gap).x(),
                             frame.markerY + frame.geometry.markOffset(layout, i, h, gap).y());
        Mark mark;
        mark.rect = QRectF(centre.x() - s / 2 + 0.5, centre.y() - h / 2 + 0.5, s - 1, h - 1);
        mark.themeId = themeIdAt(slot);
        mark.statements = statements;
        result.append(mark);
    }
    return result;
}

bool TimelineView::isSelected(int round) const
{
    if (!m_selectionModel)
        return false;
    return m_selectionModel->isSelected(m_rounds.at(round).index);
}

int TimelineView::currentRound() const
{
    if (!m_selectionModel)
        return -1;
    return entryForIndex(m_selectionModel->currentIndex());
}

void TimelineView::selectRound(int round, bool toggle)
{
    if (!m_selectionModel || round < 0)
        return;
    const QModelIndex index = m_rounds.at(round).index;
    const auto flags = toggle ? QItemSelectionModel::Toggle : QItemSelectionModel::ClearAndSelect;
    m_selectionModel->setCurrentIndex(index, flags | QItemSelectionModel::Rows);
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintFrame(&painter, widgetFrame(), event->rect());
    if (hasFocus()) {
        const int round = currentRound();
        if (round >= 0) {
            const QRect marker = markerRect(m_rounds.at(round).index).adjusted(-4, -4, 4, 4);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(SelectedColor, 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(marker);
        }
    }
    if (m_brushing && m_dragging) {
        // The window being brushed, over everything.
        const QRectF band
            = QRectF(QPointF(m_pressPos.x(), 0), QPointF(m_lastDragPos.x(), height())).normalized();
        painter.fillRect(band, QColor(0x1a, 0x5f, 0xd6, 48));
        painter.setPen(QPen(SelectedColor, 1));
        painter.drawLine(band.topLeft(), band.bottomLeft());
        painter.drawLine(band.topRight(), band.bottomRight());
    }
}

void TimelineView::render(QPainter *painter, const QRectF &target, const QColor &background,
                          bool exported) const
{
    ensureCache();
    painter->save();
    painter->setClipRect(target);
    painter->translate(target.topLeft());
    const QRectF area(QPointF(0, 0), target.size());
    if (background.alpha() > 0)
        painter->fillRect(area, background);
    paintFrame(painter, makeFrame(target.size(), m_geometry, exported), area);
    painter->restore();
}

void TimelineView::paintFrame(QPainter *painter, const Frame &frame, const QRectF &exposed) const
{
    Q_UNUSED(exposed);
    painter->setLayoutDirection(layoutDirection());
    painter->setFont(frame.font);
    paintAxis(painter, frame);
    paintRounds(painter, frame);
}

void TimelineView::paintAxis(QPainter *painter, const Frame &frame) const
{
    const TimelineGeometry &g = frame.geometry;
    const QLocale locale = displayLocale();
    const QFontMetricsF metrics(painter->font());
    const double width = frame.size.width();
    const QDate first = QDate::fromJulianDay(qint64(std::floor(g.visibleStart())));
    const QDate last = QDate::fromJulianDay(qint64(std::ceil(g.visibleEnd())));
    const double monthRowTop = frame.axisTop;
    const double yearRowTop = frame.axisTop + frame.axisRowHeight;

    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(GridColor);
    painter->drawLine(QPointF(0, frame.axisTop), QPointF(width, frame.axisTop));

    // Months: a tick each, and one kind of label for all of them: names when the longest fits in
    // the narrowest month, else month numbers, else none (level of detail).
    const double dayWidth = std::abs(g.xForDay(1) - g.xForDay(0));
    if (dayWidth * 28 >= 4) {
        QFont small = painter->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        const QFontMetricsF smallMetrics(small);
        int longestName = 0;
        int longestNumber = 0;
        for (int m = 1; m <= 12; ++m) {
            longestName = std::max(longestName, textWidth(smallMetrics, monthLabel(m)));
            longestNumber = std::max(longestNumber, textWidth(smallMetrics, QString::number(m)));
        }
        const double narrowest = dayWidth * 28;
        const bool names = longestName + 6 <= narrowest;
        const bool numbers = !names && longestNumber + 4 <= narrowest;
        painter->save();
        painter->setFont(small);
        for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
            const double x = g.xForDate(month);
            painter->setPen(MonthTickColor);
            painter->drawLine(QPointF(x, monthRowTop), QPointF(x, monthRowTop + 4));
            if (!names && !numbers)
                continue;
            const double next = g.xForDate(month.addMonths(1));
            const QRectF cell(std::min(x, next), monthRowTop + 1, std::abs(next - x), frame.axisRowHeight);
            if (cell.right() < 0 || cell.left() > width)
                continue;
            painter->setPen(AxisTextColor);
            painter->drawText(cell, Qt::AlignCenter,
                              names ? monthLabel(month.month()) : QString::number(month.month()));
        }
        painter->restore();
    }

    // Years: gridline at 1 January, label centred in the year's visible part.
    for (int year = first.year(); year <= last.year(); ++year) {
        const double x = g.xForDate(QDate(year, 1, 1));
        const double next = g.xForDate(QDate(year + 1, 1, 1));
        if (x >= 0 && x <= width) {
            painter->setPen(QPen(GridColor, 1));
            painter->drawLine(QPointF(x, 0), QPointF(x, frame.size.height()));
        }
        const double left = std::max(0.0, std::min(x, next));
        const double right = std::min(width, std::max(x, next));
        const QString label = QString::number(year);
        if (right - left < textWidth(metrics, label) + 4)
            continue;
        QFont bold = painter->font();
        bold.setBold(true);
        painter->save();
        painter->setFont(bold);
        painter->setPen(AxisTextColor);
        painter->drawText(QRectF(left, yearRowTop, right - left, frame.axisRowHeight), Qt::AlignCenter,
                          label);
        painter->restore();
    }
}

void TimelineView::paintRounds(QPainter *painter, const Frame &frame) const
{
    // The round line.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(MarkerColor, 1));
    painter->drawLine(QPointF(0, frame.markerY), QPointF(frame.size.width(), frame.markerY));
    paintMarks(painter, frame);
    paintMarkers(painter, frame);
}

void TimelineView::paintMarks(QPainter *painter, const Frame &frame) const
{
    const TimelineGeometry &g = frame.geometry;
    const double width = frame.size.width();
    const double r = frame.markerRadius;
    const QFontMetricsF metrics(painter->font());
    // Statement marks: plain rects without antialiasing, so colours stay exact and fills are fast.
    QList<QRectF> counted;
    for (int round = 0; round < m_rounds.size(); ++round) {
        const double x = g.roundX(round);
        if (x < -r * 10 || x > width + r * 10)
            continue;
        const QList<Mark> marks = marksFor(frame, round);
        int clusteredTotal = 0;
        double top = frame.markerY;
        for (const Mark &mark : marks) {
            painter->fillRect(mark.rect, themeColor(m_themeSlot.value(mark.themeId, int(m_themes.size()))));
            top = std::min(top, mark.rect.top());
            clusteredTotal += mark.statements;
        }
        if (frame.exported)
            paintMarkLabels(painter, frame, round, marks);
        if (!marks.isEmpty() && marks.first().statements > 1) {
            // Clustered: say how many statements the stack stands for, unless a neighbour's count
            // already took the place (close rounds would run their numbers together).
            const QString count = QString::number(clusteredTotal);
            const double w = textWidth(metrics, count) + 4;
            const QRectF box(x - w / 2, top - frame.lineHeight - 1, w, frame.lineHeight);
            if (std::any_of(counted.cbegin(), counted.cend(),
                            [&box](const QRectF &other) { return other.intersects(box); }))
                continue;
            counted.append(box);
            painter->setPen(AxisTextColor);
            painter->drawText(box, Qt::AlignCenter, count);
        }
    }
}

QList<TimelineView::Placement> TimelineView::placeBadges(const Frame &frame,
                                                         const QFontMetricsF &metrics) const
{
    // Labels in up to LabelLanes lanes under the line, placed left to right on screen; a label
    // that fits in no lane is left out (it appears when zoomed in). Exported frames add the
    // round's dates under its number where a lane has room for them.
    const TimelineGeometry &g = frame.geometry;
    QList<int> byX = g.chronologicalOrder();
    if (layoutDirection() == Qt::RightToLeft)
        std::reverse(byX.begin(), byX.end());
    QList<Placement> placements;
    QList<double> laneEnd(LabelLanes, -1e9);
    const double minimum = frame.exported ? frame.lineHeight + 4 : frame.laneHeight;
    for (int round : std::as_const(byX)) {
        const RoundEntry &entry = m_rounds.at(round);
        const double x = g.roundX(round);
        const QString number = entry.number > 0 ? QString::number(entry.number)
                                                : entry.index.data(RoundsRoles::CityRole).toString();
        QStringList labels {number};
        if (frame.exported)
            labels.prepend(number + u'\n' + shortDates(entry));
        Placement placement {round, x, number, {}};
        int chosen = -1;
        double labelWidth = minimum;
        double left = x;
        for (const QString &label : std::as_const(labels)) {
            double widest = 0;
            for (const QString &line : label.split(u'\n'))
                widest = std::max<double>(widest, textWidth(metrics, line));
            labelWidth = std::max(widest + 8, minimum);
            // An export has no panning: its badges stay inside the frame.
            left = frame.exported
                ? std::clamp(x - labelWidth / 2, 0.0, std::max(0.0, frame.size.width() - labelWidth))
                : x - labelWidth / 2;
            const auto lane = std::find_if(laneEnd.cbegin(), laneEnd.cend(),
                                           [left](double end) { return left >= end + 2; });
            if (lane != laneEnd.cend()) {
                chosen = int(lane - laneEnd.cbegin());
                placement.label = label;
                break;
            }
        }
        if (x < -labelWidth || x > frame.size.width() + labelWidth)
            continue;
        if (chosen >= 0) {
            const QRectF candidate(left, 0, labelWidth, frame.laneHeight - 2);
            laneEnd[chosen] = candidate.right();
            placement.badge = candidate.translated(0, frame.laneTop + chosen * frame.laneHeight + 1);
        }
        placements.append(placement);
    }
    return placements;
}

void TimelineView::paintMarkLabels(QPainter *painter, const Frame &frame, int round,
                                   const QList<Mark> &marks) const
{
    // In an export, a one-column stack with room beside it names its themes: "Terrorism 3" next
    // to each run of marks tall enough for a line of text, on the reading end of the stack.
    if (marks.isEmpty() || std::any_of(marks.cbegin(), marks.cend(), [&marks](const Mark &m) {
            return std::abs(m.rect.center().x() - marks.first().rect.center().x()) > 1;
        }))
        return;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    // Free width up to the next stack on the side the labels go (the end of the reading line).
    const double x = frame.geometry.roundX(round);
    double room = (rtl ? x : frame.size.width() - x) - frame.markSize;
    for (int other = 0; other < m_rounds.size(); ++other) {
        const double distance = rtl ? x - frame.geometry.roundX(other) : frame.geometry.roundX(other) - x;
        const QList<int> counts = visibleCounts(m_rounds.at(other));
        if (other != round && distance > 0 && std::accumulate(counts.cbegin(), counts.cend(), 0) > 0)
            room = std::min(room, distance - frame.markSize * 1.5 - 6);
    }
    QFont small = frame.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF metrics(small);
    if (room < metrics.height() * 3)
        return;
    painter->save();
    painter->setFont(small);
    painter->setPen(AxisTextColor);
    for (qsizetype first = 0; first < marks.size();) {
        qsizetype last = first;
        int statements = marks.at(first).statements;
        while (last + 1 < marks.size() && marks.at(last + 1).themeId == marks.at(first).themeId)
            statements += marks.at(++last).statements;
        const QRectF run = marks.at(first).rect.united(marks.at(last).rect);
        first = last + 1;
        const int slot = m_themeSlot.value(marks.at(last).themeId, -1);
        if (run.height() < metrics.height() * 0.9 || slot < 0)
            continue;
        const QString text
            = m_themes.at(slot).name.in(UiLanguage::current()) + u' ' + QString::number(statements);
        // A label that does not fit whole is left out: a clipped theme name reads as another word.
        if (textWidth(metrics, text) > room)
            continue;
        const QRectF box(rtl ? run.left() - 4 - room : run.right() + 4, run.top(), room, run.height());
        // Absolute: the painter's right-to-left direction would mirror the alignment back.
        painter->drawText(box, Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                          text);
    }
    painter->restore();
}

QString TimelineView::shortDates(const RoundEntry &entry) const
{
    // "23–24 Jan" or "30 Jan–1 Feb": the year is on the axis below.
    const QLocale locale = displayLocale();
    const auto month
        = [&locale](const QDate &d) { return locale.monthName(d.month(), QLocale::ShortFormat); };
    if (!entry.end.isValid() || entry.end == entry.start)
        return QString::number(entry.start.day()) + u' ' + month(entry.start);
    if (entry.end.month() == entry.start.month())
        return QString::number(entry.start.day()) + u'–' + QString::number(entry.end.day()) + u' '
            + month(entry.start);
    return QString::number(entry.start.day()) + u' ' + month(entry.start) + u'–'
        + QString::number(entry.end.day()) + u' ' + month(entry.end);
}

void TimelineView::paintMarkers(QPainter *painter, const Frame &frame) const
{
    const double r = frame.markerRadius;
    const QFontMetricsF metrics(painter->font());
    const QList<Placement> placements = placeBadges(frame, metrics);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(MarkerColor, 1));
    for (const Placement &placement : std::as_const(placements)) {
        if (!placement.badge.isEmpty())
            painter->drawLine(QPointF(placement.x, frame.markerY + r),
                              QPointF(placement.x, placement.badge.top()));
    }
    for (const Placement &placement : std::as_const(placements)) {
        if (placement.badge.isEmpty())
            continue;
        const bool selected = isSelected(placement.round);
        const bool highlighted = m_highlighted.contains(m_rounds.at(placement.round).id);
        painter->setPen(selected ? QPen(SelectedColor, 1.5) : QPen(GridColor, 1));
        painter->setBrush(selected ? SelectedColor : (highlighted ? HighlightColor : QColor(Qt::white)));
        painter->drawRoundedRect(placement.badge, 4, 4);
        painter->setPen(selected ? QColor(Qt::white) : AxisTextColor);
        painter->drawText(placement.badge, Qt::AlignCenter, placement.label);
    }
    for (const Placement &placement : std::as_const(placements)) {
        const RoundEntry &entry = m_rounds.at(placement.round);
        const double x = placement.x;
        const bool selected = isSelected(placement.round);
        const bool highlighted = m_highlighted.contains(entry.id);
        // Marker: filled when articles report the round, hollow otherwise.
        if (highlighted) {
            painter->setPen(QPen(HighlightColor, 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(QPointF(x, frame.markerY), r + 3, r + 3);
        }
        const QColor color = selected ? SelectedColor : MarkerColor;
        painter->setPen(QPen(color, 2));
        painter->setBrush(entry.articles > 0 ? color : QColor(Qt::white));
        painter->drawEllipse(QPointF(x, frame.markerY), r - 1, r - 1);
    }
    painter->setBrush(Qt::NoBrush);
}

QString TimelineView::toolTipFor(int round) const
{
    using namespace RoundsRoles;
    const RoundEntry &entry = m_rounds.at(round);
    const QLocale locale = displayLocale();
    const QString title
        = entry.number > 0 ? tr("Round %1").arg(entry.number) : entry.index.data(CityRole).toString();
    const QString dates = DateRangeFormatter::format(entry.start, entry.end, locale);
    QString venue = entry.index.data(CityRole).toString();
    const QString capital = entry.index.data(CapitalNameRole).toString();
    if (!capital.isEmpty() && capital != venue)
        venue = capital;
    QStringList lines {title, dates};
    if (!venue.isEmpty())
        lines.append(venue);
    lines.append(entry.articles > 0 ? tr("%n statement(s)", nullptr, entry.statements)
                                    : tr("No article yet"));
    return lines.join(u'\n');
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int round = entryForIndex(roundAt(help->pos()));
        if (round >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(round), this,
                               markerRect(m_rounds.at(round).index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LayoutDirectionChange:
        syncGeometry();
        update();
        break;
    case QEvent::LanguageChange:
        retranslate();
        // Month names and digits change with the language.
        m_textWidths.clear();
        invalidateCache();
        break;
    case QEvent::FontChange:
    case QEvent::LocaleChange:
        m_textWidths.clear();
        syncGeometry();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    ensureCache();
    syncGeometry();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    m_lastDragPos = m_pressPos;
    m_dragging = false;
    // Shift+drag brushes a date window instead of panning.
    m_brushing = event->modifiers() & Qt::ShiftModifier;
    if (m_brushing) {
        event->accept();
        return;
    }
    const int round = entryForIndex(roundAt(m_pressPos));
    if (round >= 0)
        selectRound(round, event->modifiers() & Qt::ControlModifier);
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(m_brushing ? Qt::SizeHorCursor : Qt::ClosedHandCursor);
    }
    if (m_dragging && m_brushing) {
        m_lastDragPos = pos;
        update();
        return;
    }
    if (m_dragging) {
        ensureCache();
        syncGeometry();
        m_geometry.pan(pos.x() - m_lastDragPos.x());
        m_lastDragPos = pos;
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging)
        unsetCursor();
    if (m_dragging && m_brushing) {
        ensureCache();
        syncGeometry();
        const QDate a = m_geometry.dateForX(m_pressPos.x());
        const QDate b = m_geometry.dateForX(event->position().x());
        m_brushing = false;
        m_dragging = false;
        update();
        if (a.isValid() && b.isValid())
            Q_EMIT dateWindowBrushed(std::min(a, b), std::max(a, b));
        return;
    }
    m_brushing = false;
    m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const int steps = delta.y() != 0 ? delta.y() : delta.x();
    if (steps == 0) {
        event->ignore();
        return;
    }
    ensureCache();
    syncGeometry();
    // One notch (120) zooms by 2^(1/4).
    m_geometry.zoom(std::pow(2.0, steps / 480.0), event->position().x());
    update();
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    ensureCache();
    syncGeometry();
    int target = -1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        // Arrow keys move the way they point on screen; the geometry knows which way time runs.
        target = m_geometry.visualNeighbour(currentRound(), event->key() == Qt::Key_Left ? -1 : 1);
        break;
    case Qt::Key_Home:
        target = m_geometry.earliestRound();
        break;
    case Qt::Key_End:
        target = m_geometry.latestRound();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (target >= 0) {
        selectRound(target, false);
        m_geometry.ensureVisible(m_geometry.roundDay(target), edgePadding());
        update();
    }
    event->accept();
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void TimelineView::fitAll()
{
    ensureCache();
    m_geometry.fitAll();
    update();
}

void TimelineView::zoomIn()
{
    ensureCache();
    syncGeometry();
    const int round = currentRound();
    const double anchor = round >= 0 ? m_geometry.roundX(round) : width() / 2.0;
    m_geometry.zoom(1.5, anchor);
    update();
}

void TimelineView::zoomOut()
{
    ensureCache();
    syncGeometry();
    const int round = currentRound();
    const double anchor = round >= 0 ? m_geometry.roundX(round) : width() / 2.0;
    m_geometry.zoom(1 / 1.5, anchor);
    update();
}

void TimelineView::followViewState(const ViewState *state)
{
    followThemes(state, this);
    connect(state, &ViewState::dateWindowChanged, this, &TimelineView::fitAll);
}
