// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QMetaObject>

class QAbstractItemModel;
class QObject;

// Calls `changed` on every change of a model that can move rows or alter their data (reset,
// inserts, removals, moves, layout and data changes). The views that paint a whole model at once
// (timeline, theme chart) redo their layout on any of them. Returns the connections so that a
// view can drop them when it is given another model.
QList<QMetaObject::Connection> watchModel(QAbstractItemModel *model, QObject *context,
                                          const std::function<void()> &changed);
