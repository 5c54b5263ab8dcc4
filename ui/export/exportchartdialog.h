// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

#include "chartexporter.h"

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

// File → Export chart as PNG…: which chart, the image's size, scale and background, and the file.
// Only collects the choice; MainWindow renders it with ChartExporter. The last choice is kept in
// QSettings so that repeated exports for a report come out alike.
class ExportChartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Chart
    {
        Timeline,
        Themes,
    };

    struct Choice
    {
        Chart chart = Chart::Timeline;
        ChartExporter::Options options;
        QString fileName;
    };

    explicit ExportChartDialog(QWidget *parent = nullptr);

    // options.scale is resolved: "automatic" becomes ChartExporter::defaultScale(size).
    Choice choice() const;
    void setChoice(const Choice &choice);
    // A scale of 0 in setChoice() or in the settings means "automatic".
    bool isAutomaticScale() const;

    void loadSettings();
    void saveSettings() const;

    QLineEdit *fileNameEdit() const { return m_fileName; }

    void accept() override;

private:
    void browse();
    void updateOkButton();

    QComboBox *m_chart = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QComboBox *m_background = nullptr;
    QLineEdit *m_fileName = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
