// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QPersistentModelIndex>

#include "statementdelegate.h"

// The statements of one round: speaker and stance, the sentence, and a chip per theme in the
// theme's colour (painted by StatementDelegate). Each row remembers the model index of its
// statement.
class StatementList : public QListWidget
{
    Q_OBJECT

public:
    using Chip = StatementDelegate::Chip;

    // What the list holds, for its accessible name.
    enum class Kind
    {
        Statements,
        Points,
    };

    explicit StatementList(Kind kind = Kind::Statements, QWidget *parent = nullptr);

    void addStatement(const QPersistentModelIndex &index, const QString &heading, const QString &text,
                      const QList<Chip> &chips);
    // A line that is no statement (how many more there are): it cannot be selected.
    void addNote(const QString &text);
    QModelIndex statementIndex(int row) const;
    int rowOf(const QModelIndex &statement) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Kind m_kind;
};
