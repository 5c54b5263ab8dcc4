// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

#include "comparisontext.h"

// Two rounds side by side: a column for each (mirrored with the window in Arabic, so the first
// round stands on the right), a section per kind of change, what only one round has tinted on its
// side (gained in green, lost in red).
class ComparisonView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ComparisonView(QWidget *parent = nullptr);

    void showComparison(const QString &fromTitle, const QString &toTitle,
                        const QList<ComparisonText::Section> &sections);
    // The tint of a side that has what the other has not.
    static QColor tint(ComparisonText::Change change);
};
