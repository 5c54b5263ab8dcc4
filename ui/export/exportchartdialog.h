// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>
#include <QImage>
#include <QString>

#include "chartexporter.h"
#include "chartkind.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

// File → Export chart…: which chart, the format (PNG, SVG, PDF), the size or the paper, title,
// legend and background, and the file, with a preview of the page as it will be written. Only
// collects the choice; MainWindow renders it (and the preview) with ChartExporter. The last
// choice is kept in QSettings so that repeated exports for a report come out alike.
class ExportChartDialog : public QDialog
{
    Q_OBJECT

public:
    using Chart = ChartKind;

    struct Choice
    {
        Chart chart = Chart::Timeline;
        ChartExporter::Options options;
        QString title; // empty: the generated one
        bool legend = true;
        // Only rounds fromRound … toRound of what the window shows; 0: no bound on that side.
        int fromRound = 0;
        int toRound = 0;
        QString fileName;
    };
    // Paints the page of a choice into an image of about the given size.
    using PreviewRenderer = std::function<QImage(const Choice &choice, const QSize &size)>;

    explicit ExportChartDialog(QWidget *parent = nullptr);

    // options.scale is resolved: "automatic" becomes ChartExporter::defaultScale(size).
    Choice choice() const;
    void setChoice(const Choice &choice);
    // A scale of 0 in setChoice() or in the settings means "automatic".
    bool isAutomaticScale() const;
    // The title shown as the field's placeholder: what an empty title becomes.
    void setDefaultTitle(const QString &title);
    // The highest round number the range fields offer.
    void setRoundRange(int lastRound);
    void setPreviewRenderer(const PreviewRenderer &renderer);
    // Renders the preview now (it otherwise follows each change on the next event-loop turn).
    void updatePreview();
    QImage previewImage() const { return m_preview; }

    void loadSettings();
    void saveSettings() const;

    QLineEdit *fileNameEdit() const { return m_fileName; }

    void accept() override;

private:
    void createFields();
    void connectFields();
    QWidget *createSizeRow();
    void applyPreset(int index);
    void formatChanged();
    void browse();
    void updateOkButton();
    void schedulePreview();

    QComboBox *m_chart = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_presets = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_paper = nullptr;
    QSpinBox *m_fromRound = nullptr;
    QSpinBox *m_toRound = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_legend = nullptr;
    QCheckBox *m_transparent = nullptr;
    QLineEdit *m_fileName = nullptr;
    QLabel *m_previewLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_previewTimer = nullptr;
    PreviewRenderer m_renderer;
    QImage m_preview;
};
