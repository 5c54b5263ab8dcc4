// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QMetaType>
#include <QStyledItemDelegate>

// Paints a statement row of StatementList: the heading (speaker and stance) in bold, the sentence
// wrapped to the list's width, then a chip per theme in the theme's colour, laid out in the
// list's direction. Painted rather than made of widgets, so that a round's few hundred rows cost
// a few strings each, not a widget tree. Rows without a heading (notes) are painted as usual.
class StatementDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Chip
    {
        QString label;
        QColor color;
    };

    enum Role
    {
        HeadingRole = Qt::UserRole + 10, // QString; empty on a note
        BodyRole, // QString: the sentence, shown as plain text
        ChipsRole, // QVariant(QList<Chip>)
    };

    explicit StatementDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect heading;
        QRect body;
        QList<QRect> chips; // one per chip, in visual positions
        int height = 0;
    };

    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    static int availableWidth(const QStyleOptionViewItem &option);
    static QFont boldOf(const QFont &font);
};

Q_DECLARE_METATYPE(StatementDelegate::Chip)
