// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeheatmap.h"

#include <algorithm>

#include <QEvent>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>

#include "modelwatch.h"
#include "roundsroles.h"
#include "uilanguage.h"
#include "viewstate.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QColor EmptyCellColor(0xf1, 0xf2, 0xf4);
const QColor GridLineColor(0xff, 0xff, 0xff);
const QColor LabelColor(0x3c, 0x44, 0x4d);

QColor blend(const QColor &color, double share)
{
    const double s = std::clamp(share, 0.0, 1.0);
    return QColor::fromRgbF(float(1.0 - s * (1.0 - color.redF())), float(1.0 - s * (1.0 - color.greenF())),
                            float(1.0 - s * (1.0 - color.blueF())));
}

QFont fontOf(double pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    font.setBold(bold);
    return font;
}

} // namespace

ThemeHeatMap::ThemeHeatMap(const ReferenceData &reference, QWidget *parent)
    : QWidget(parent)
    , m_themes(reference.themes())
{
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
}

void ThemeHeatMap::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (m_model)
        m_modelConnections = watchModel(m_model, this, [this] { invalidate(); });
    invalidate();
}

void ThemeHeatMap::setSelectionModel(QItemSelectionModel *selectionModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_selectionConnections))
        disconnect(connection);
    m_selectionConnections.clear();
    m_selectionModel = selectionModel;
    if (m_selectionModel) {
        m_selectionConnections.append(connect(m_selectionModel, &QItemSelectionModel::currentChanged, this,
                                              qOverload<>(&QWidget::update)));
        m_selectionConnections.append(connect(m_selectionModel, &QItemSelectionModel::selectionChanged, this,
                                              qOverload<>(&QWidget::update)));
    }
    update();
}

void ThemeHeatMap::setThemes(const QList<ThemeInfo> &themes)
{
    m_themes = themes;
    invalidate();
}

void ThemeHeatMap::setVisibleThemes(const QStringList &themeIds)
{
    m_visibleThemes = themeIds;
    m_themeFilterActive = true;
    invalidate();
}

void ThemeHeatMap::clearThemeFilter()
{
    m_visibleThemes.clear();
    m_themeFilterActive = false;
    invalidate();
}

void ThemeHeatMap::followViewState(const ViewState *state)
{
    followThemes(state, this);
}

void ThemeHeatMap::invalidate()
{
    m_valid = false;
    update();
}

void ThemeHeatMap::ensureData() const
{
    using namespace RoundsRoles;
    if (m_valid)
        return;
    m_valid = true;
    m_columns.clear();
    m_rows.clear();
    QHash<QString, int> totals;
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const QModelIndex round = m_model->index(row, 0);
        const QVariant type = round.data(NodeTypeRole);
        if ((type.isValid() && type.toInt() != RoundNode) || !round.data(StartDateRole).toDate().isValid())
            continue;
        Column column;
        column.round = round;
        const int number = round.data(RoundNumberRole).toInt();
        column.label = number > 0 ? QString::number(number) : round.data(CityRole).toString();
        column.statements = round.data(StatementCountRole).toInt();
        const QVariantMap counts = round.data(ThemeCountsRole).toMap();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            column.counts.insert(it.key(), it.value().toInt());
            totals[it.key()] += it.value().toInt();
        }
        m_columns.append(column);
    }
    std::stable_sort(m_columns.begin(), m_columns.end(), [](const Column &a, const Column &b) {
        return a.round.data(StartDateRole).toDate() < b.round.data(StartDateRole).toDate();
    });
    if (layoutDirection() == Qt::RightToLeft)
        std::reverse(m_columns.begin(), m_columns.end());
    for (const ThemeInfo &theme : std::as_const(m_themes)) {
        if (totals.value(theme.id) > 0 && (!m_themeFilterActive || m_visibleThemes.contains(theme.id)))
            m_rows.append(&theme);
    }
}

QModelIndex ThemeHeatMap::roundForColumn(int column) const
{
    ensureData();
    return column >= 0 && column < m_columns.size() ? QModelIndex(m_columns.at(column).round) : QModelIndex();
}

QStringList ThemeHeatMap::rowThemes() const
{
    ensureData();
    QStringList ids;
    for (const ThemeInfo *theme : std::as_const(m_rows))
        ids.append(theme->id);
    return ids;
}

double ThemeHeatMap::share(int column, const QString &themeId) const
{
    ensureData();
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).statements <= 0)
        return -1;
    const Column &c = m_columns.at(column);
    return double(c.counts.value(themeId)) / c.statements;
}

ThemeHeatMap::Grid ThemeHeatMap::gridFor(const QSizeF &size) const
{
    ensureData();
    Grid grid;
    grid.fontSize = std::clamp(std::min(size.height() / 34.0, size.width() / 80.0), 8.0, 22.0);
    const QFontMetricsF metrics(fontOf(grid.fontSize));
    double widest = 0;
    for (const ThemeInfo *theme : std::as_const(m_rows))
        widest = std::max(widest, metrics.horizontalAdvance(theme->name.in(UiLanguage::current())));
    grid.labelWidth = std::min(widest + grid.fontSize, size.width() * 0.35);
    // Below the cells: the round numbers, then the axis title beside the shade scale.
    const double bottom = grid.fontSize * 4.2;
    const double width = std::max(1.0, size.width() - grid.labelWidth - grid.fontSize * 0.5);
    const double left = layoutDirection() == Qt::RightToLeft ? grid.fontSize * 0.5 : grid.labelWidth;
    grid.cells = QRectF(left, grid.fontSize * 0.5, width,
                        std::max(1.0, size.height() - bottom - grid.fontSize * 0.5));
    grid.columnWidth = m_columns.isEmpty() ? 0 : grid.cells.width() / m_columns.size();
    grid.rowHeight = m_rows.isEmpty() ? 0 : std::min(grid.cells.height() / m_rows.size(), grid.fontSize * 4);
    grid.cells.setHeight(grid.rowHeight * m_rows.size());
    return grid;
}

QRectF ThemeHeatMap::cellIn(const Grid &grid, int column, int row) const
{
    return QRectF(grid.cells.left() + column * grid.columnWidth, grid.cells.top() + row * grid.rowHeight,
                  grid.columnWidth, grid.rowHeight);
}

QRectF ThemeHeatMap::cellRect(int column, const QString &themeId) const
{
    const int row = int(rowThemes().indexOf(themeId));
    if (row < 0 || column < 0 || column >= m_columns.size())
        return {};
    return cellIn(gridFor(size()), column, row);
}

void ThemeHeatMap::paintGrid(QPainter *painter, const QSizeF &size) const
{
    const Grid grid = gridFor(size);
    const QFont font = fontOf(grid.fontSize * 0.85);
    const bool numbers = grid.columnWidth >= grid.fontSize * 2.4 && grid.rowHeight >= grid.fontSize * 1.2;
    painter->setFont(font);
    for (int c = 0; c < m_columns.size(); ++c) {
        for (int r = 0; r < m_rows.size(); ++r) {
            const QRectF cell = cellIn(grid, c, r);
            const double s = share(c, m_rows.at(r)->id);
            const QColor fill = s < 0 ? EmptyCellColor : blend(QColor::fromString(m_rows.at(r)->color), s);
            painter->fillRect(cell, fill);
            if (numbers && s > 0) {
                painter->setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
                painter->drawText(cell, Qt::AlignCenter, QString::number(qRound(s * 100)) + u'%');
            }
        }
    }
    // Thin white lines keep neighbouring cells of similar shade apart.
    painter->setPen(QPen(GridLineColor, std::max(1.0, grid.fontSize / 12)));
    for (int c = 1; c < m_columns.size(); ++c) {
        const double x = grid.cells.left() + c * grid.columnWidth;
        painter->drawLine(QPointF(x, grid.cells.top()), QPointF(x, grid.cells.bottom()));
    }
    for (int r = 1; r < m_rows.size(); ++r) {
        const double y = grid.cells.top() + r * grid.rowHeight;
        painter->drawLine(QPointF(grid.cells.left(), y), QPointF(grid.cells.right(), y));
    }
    paintLabels(painter, grid);
    paintScale(painter, grid, size);
    if (const int selected = selectedColumn(); selected >= 0 && !m_rows.isEmpty()) {
        painter->setPen(QPen(LabelColor, std::max(2.0, grid.fontSize / 6)));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(cellIn(grid, selected, 0).topLeft(),
                                 cellIn(grid, selected, int(m_rows.size()) - 1).bottomRight()));
    }
}

void ThemeHeatMap::paintLabels(QPainter *painter, const Grid &grid) const
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    painter->setPen(LabelColor);
    painter->setFont(fontOf(grid.fontSize));
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRectF cell = cellIn(grid, 0, r);
        const QRectF label = rtl
            ? QRectF(grid.cells.right() + grid.fontSize * 0.5, cell.top(),
                     grid.labelWidth - grid.fontSize * 0.5, cell.height())
            : QRectF(0, cell.top(), grid.labelWidth - grid.fontSize * 0.5, cell.height());
        const QString name = m_rows.at(r)->name.in(UiLanguage::current());
        painter->drawText(label,
                          Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                          QFontMetricsF(painter->font()).elidedText(name, Qt::ElideRight, label.width()));
    }
    const int selected = selectedColumn();
    const double top = grid.cells.bottom() + grid.fontSize * 0.2;
    // Numbers thin out when the columns are too narrow for every one.
    const int every = std::max(1, int(std::ceil(grid.fontSize * 1.8 / std::max(1.0, grid.columnWidth))));
    for (int c = 0; c < m_columns.size(); ++c) {
        if (c % every != 0 && c != selected)
            continue;
        painter->setFont(fontOf(grid.fontSize, c == selected));
        const QRectF cell = cellIn(grid, c, 0);
        painter->drawText(
            QRectF(cell.left() - grid.columnWidth, top, grid.columnWidth * 3, grid.fontSize * 1.5),
            Qt::AlignHCenter | Qt::AlignTop, m_columns.at(c).label);
    }
}

void ThemeHeatMap::paintScale(QPainter *painter, const Grid &grid, const QSizeF &size) const
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const double y = grid.cells.bottom() + grid.fontSize * 2.0;
    const double h = grid.fontSize * 1.5;
    painter->setFont(fontOf(grid.fontSize * 0.9));
    const QString title = tr("Round · cell: share of the round's statements with the theme");
    const double barWidth = std::min(grid.fontSize * 8, size.width() * 0.2);
    // The scale's end labels sit outside the bar: keep room for "100%" inside the frame.
    const double endRoom = QFontMetricsF(painter->font()).horizontalAdvance(u"100%"_s) + 6;
    const QRectF bar(rtl ? grid.cells.left() + endRoom : grid.cells.right() - barWidth - endRoom,
                     y + h * 0.25, barWidth, h * 0.5);
    QLinearGradient gradient(rtl ? bar.topRight() : bar.topLeft(), rtl ? bar.topLeft() : bar.topRight());
    gradient.setColorAt(0, Qt::white);
    gradient.setColorAt(1, LabelColor);
    painter->fillRect(bar, gradient);
    painter->setPen(LabelColor);
    painter->drawRect(bar);
    const QRectF zero(rtl ? bar.right() + 4 : bar.left() - grid.fontSize * 3 - 4, y, grid.fontSize * 3, h);
    painter->drawText(zero, Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                      u"0%"_s);
    const QRectF full(rtl ? bar.left() - grid.fontSize * 4 - 4 : bar.right() + 4, y, grid.fontSize * 4, h);
    painter->drawText(full, Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                      u"100%"_s);
    const double room = grid.cells.width() - barWidth - endRoom - grid.fontSize * 4;
    const QRectF text(rtl ? grid.cells.right() - room : grid.cells.left(), y, std::max(0.0, room), h);
    painter->drawText(text, Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                      QFontMetricsF(painter->font()).elidedText(title, Qt::ElideRight, text.width()));
}

int ThemeHeatMap::selectedColumn() const
{
    if (!m_selectionModel)
        return -1;
    const QModelIndex current = m_selectionModel->currentIndex();
    if (!current.isValid())
        return -1;
    QModelIndex round = current.siblingAtColumn(0);
    while (round.parent().isValid())
        round = round.parent();
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).round == round)
            return c;
    }
    return -1;
}

int ThemeHeatMap::columnAt(const QPointF &pos) const
{
    const Grid grid = gridFor(size());
    if (grid.columnWidth <= 0 || pos.x() < grid.cells.left() || pos.x() >= grid.cells.right()
        || pos.y() < grid.cells.top() || pos.y() > grid.cells.bottom() + grid.fontSize * 1.6)
        return -1;
    return std::min(int(m_columns.size()) - 1, int((pos.x() - grid.cells.left()) / grid.columnWidth));
}

void ThemeHeatMap::render(QPainter *painter, const QRectF &target, const QColor &background) const
{
    painter->save();
    if (background.alpha() > 0)
        painter->fillRect(target, background);
    painter->translate(target.topLeft());
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintGrid(painter, target.size());
    painter->restore();
}

void ThemeHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintGrid(&painter, size());
}

void ThemeHeatMap::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex round = roundForColumn(columnAt(event->position()));
    if (event->button() != Qt::LeftButton || !round.isValid() || !m_selectionModel) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_selectionModel->setCurrentIndex(round, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ThemeHeatMap::changeEvent(QEvent *event)
{
    // Column order and names follow the direction and the language.
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::LanguageChange)
        invalidate();
    QWidget::changeEvent(event);
}

QSize ThemeHeatMap::sizeHint() const
{
    return {800, 320};
}

QSize ThemeHeatMap::minimumSizeHint() const
{
    return {240, 160};
}
