// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelwatch.h"

#include <QAbstractItemModel>

QList<QMetaObject::Connection> watchModel(QAbstractItemModel *model, QObject *context,
                                          const std::function<void()> &changed)
{
    return {
        QObject::connect(model, &QAbstractItemModel::modelReset, context, changed),
        QObject::connect(model, &QAbstractItemModel::rowsInserted, context, changed),
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, changed),
        QObject::connect(model, &QAbstractItemModel::rowsMoved, context, changed),
        QObject::connect(model, &QAbstractItemModel::layoutChanged, context, changed),
        QObject::connect(model, &QAbstractItemModel::dataChanged, context, changed),
    };
}
