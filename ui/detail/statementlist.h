// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QPersistentModelIndex>

// The statements of one round: speaker and stance, the sentence, and a chip per theme in the
// theme's colour. Each row remembers the model index of its statement.
class StatementList : public QListWidget
{
    Q_OBJECT

public:
    struct Chip
    {
        QString label;
        QColor color;
    };

    explicit StatementList(QWidget *parent = nullptr);

    void addStatement(const QPersistentModelIndex &index, const QString &heading, const QString &text,
                      const QList<Chip> &chips);
    // A line that is no statement (how many more there are): it cannot be selected.
    void addNote(const QString &text);
    QModelIndex statementIndex(int row) const;
    int rowOf(const QModelIndex &statement) const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateRowHeights();
};
