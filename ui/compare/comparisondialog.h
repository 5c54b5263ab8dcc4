// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>

#include "roundcomparison.h"

class ComparisonView;
class QComboBox;
class QPushButton;
class ReferenceData;

// Rounds → Compare rounds: two rounds chosen (the current one and the one before, at first), what
// changed between them side by side, and its export as CSV, JSON or a picture (PNG, SVG, PDF
// through ChartExporter). The statements come from `rowsOf`: what the window shows of the two
// rounds, its filters applied.
class ComparisonDialog : public QDialog
{
    Q_OBJECT

public:
    using RowsOf = std::function<QList<StatementRow>(int from, int to)>;

    ComparisonDialog(const ReferenceData &reference, RowsOf rowsOf, QWidget *parent = nullptr);

    void setRounds(int from, int to);
    const RoundComparison &comparison() const { return m_comparison; }
    ComparisonView *view() const { return m_view; }

    // What the export buttons write; false with the reason in `error` (names the file).
    bool exportData(const QString &path, bool csv, QString *error) const;
    bool exportPicture(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();
    void fillRoundBoxes();
    void askExport(int kind);

    const ReferenceData &m_reference;
    RowsOf m_rowsOf;
    RoundComparison m_comparison;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QPushButton *m_swap = nullptr;
    ComparisonView *m_view = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_exportPicture = nullptr;
};
