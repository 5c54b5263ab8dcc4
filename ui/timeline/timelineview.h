// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QItemSelectionModel>
#include <QList>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include "referencedata.h"
#include "timelinegeometry.h"

// The rounds timeline: one marker per round at its date (earliest on the right under
// right-to-left), its statements stacked above it in their main theme's colour, year gridlines and
// month/year labels. Reads the model only through RoundsRoles (top-level rows are rounds); shares
// selection through a QItemSelectionModel. All positions come from TimelineGeometry; coordinates
// are mirrored, never the painter.
class ViewState;

class TimelineView : public QWidget
{
    Q_OBJECT

public:
    // One drawn statement mark (for hit-testing and tests).
    struct Mark
    {
        QRectF rect;
        QString themeId;
        int statements = 1; // > 1 when marks are clustered
    };

    // The themes' colours and order come from reference; setThemes() can replace them.
    explicit TimelineView(const ReferenceData &reference, QWidget *parent = nullptr);
    ~TimelineView() override;

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    // Must be a selection model of model(); a null model() is taken from it.
    void setSelectionModel(QItemSelectionModel *selectionModel);
    QItemSelectionModel *selectionModel() const { return m_selectionModel; }

    // The theme table for colours and order.
    void setThemes(const QList<ThemeInfo> &themes);
    // Only marks of these themes are drawn (statements without a theme are hidden too).
    void setVisibleThemes(const QStringList &themeIds);
    void clearThemeFilter();
    // Follows the window's filters from now on: the themes drawn, and a new date window shows
    // all of its rounds. Exports without a window set the themes themselves.
    void followViewState(const ViewState *state);
    bool hasThemeFilter() const { return m_themeFilterActive; }
    QStringList visibleThemes() const { return m_visibleThemes; }
    // Rounds (RoundIdRole values) to highlight, e.g. search hits.
    void setHighlightedRounds(const QStringList &roundIds);
    QStringList highlightedRounds() const { return m_highlighted; }

    // The grey of statements without a theme.
    static QColor noThemeColor() { return QColor(0xb8, 0xb8, 0xb8); }

    const TimelineGeometry &timelineGeometry() const { return m_geometry; }
    // The name the month axis gives month 1..12 in the UI language (when names fit).
    QString monthLabel(int month) const;
    // The model index of the round under pos (widget coordinates), or invalid.
    QModelIndex roundAt(const QPoint &pos) const;
    // The round's marker in widget coordinates, or an empty rect.
    QRect markerRect(const QModelIndex &round) const;
    // The round's statement marks as laid out in the widget.
    QList<Mark> marks(const QModelIndex &round) const;
    // The top-level index (column 0) of the i-th round known to the view.
    QModelIndex roundIndex(int round) const;

    // Paints the same timeline (same visible dates, direction and filters) into any painter,
    // laid out for target's size. background may be transparent. An exported frame (a chart for a
    // report) scales its text with the height, gives each round its dates and labels the marks
    // where there is room; otherwise it is laid out as the widget of that size would be.
    using QWidget::render;
    void render(QPainter *painter, const QRectF &target, const QColor &background = Qt::white,
                bool exported = false) const;
    // The round's marks as render(…, exported = true) lays them out in a frame of that size.
    QList<Mark> exportedMarks(const QModelIndex &round, const QSizeF &size) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // Shift+drag over the timeline: the dates under the two ends, earlier first.
    void dateWindowBrushed(const QDate &from, const QDate &to);

public Q_SLOTS:
    void fitAll();
    void zoomIn();
    void zoomOut();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void retranslate();
    // Per-round aggregate, rebuilt only when the model changes.
    struct RoundEntry
    {
        QPersistentModelIndex index;
        QDate start;
        QDate end;
        int number = 0;
        QString id;
        QString label; // number, or the city for an unnumbered meeting
        int articles = 0;
        int statements = 0;
        // Statements per theme position (m_themes order; the last slot is "no theme").
        QList<int> themeCounts;
    };
    // Everything that depends on the output size: computed for the widget or for render().
    struct Frame
    {
        TimelineGeometry geometry;
        QSizeF size;
        double markerY = 0;
        double markerRadius = 0;
        double markSize = 0;
        double marksTop = 0;
        double laneTop = 0;
        double laneHeight = 0;
        double axisTop = 0;
        double lineHeight = 0;
        double markHeight = 0; // marks grow taller than wide to fill a tall export
        double axisRowHeight = 0; // the month and year rows
        QFont font;
        bool exported = false; // render(): text scales with the height, rounds show their dates
    };

    struct Placement
    {
        int round = 0;
        double x = 0;
        QString label;
        QRectF badge; // empty: no lane had room
    };

    void invalidateCache();
    void ensureCache() const;
    void rebuildCache() const;
    void countStatements(const QModelIndex &round, RoundEntry *entry) const;
    void syncGeometry() const;
    Frame widgetFrame() const { return makeFrame(size(), m_geometry); }
    double edgePadding() const;
    Frame makeFrame(const QSizeF &size, const TimelineGeometry &source, bool exported = false) const;
    void growMarks(Frame &frame) const;
    void paintFrame(QPainter *painter, const Frame &frame, const QRectF &exposed) const;
    void paintAxis(QPainter *painter, const Frame &frame) const;
    void paintRounds(QPainter *painter, const Frame &frame) const;
    void paintMarks(QPainter *painter, const Frame &frame) const;
    void paintMarkers(QPainter *painter, const Frame &frame) const;
    void paintMarkLabels(QPainter *painter, const Frame &frame, int round, const QList<Mark> &marks) const;
    QList<Placement> placeBadges(const Frame &frame, const QFontMetricsF &metrics) const;
    QString shortDates(const RoundEntry &entry) const;
    QList<Mark> marksFor(const Frame &frame, int round) const;
    QList<int> visibleCounts(const RoundEntry &entry) const;
    QColor themeColor(int slot) const;
    QString themeIdAt(int slot) const;
    bool isSelected(int round) const;
    int currentRound() const;
    int entryForIndex(const QModelIndex &index) const;
    void selectRound(int round, bool toggle);
    QString toolTipFor(int round) const;
    QLocale displayLocale() const;
    int textWidth(const QFontMetricsF &metrics, const QString &text) const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selectionModel;
    QList<QMetaObject::Connection> m_modelConnections;
    QList<QMetaObject::Connection> m_selectionConnections;
    QList<ThemeInfo> m_themes;
    QHash<QString, int> m_themeSlot;
    QStringList m_visibleThemes;
    QSet<int> m_visibleSlots;
    bool m_themeFilterActive = false;
    QStringList m_highlighted;

    mutable QList<RoundEntry> m_rounds;
    mutable bool m_cacheValid = false;
    mutable QHash<QString, int> m_textWidths;
    // Kept in step with the widget's width and direction; the visible window lives here.
    mutable TimelineGeometry m_geometry;

    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    bool m_brushing = false; // Shift+drag: a date window, not a pan
};
