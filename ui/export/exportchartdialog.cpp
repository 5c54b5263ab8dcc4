// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportchartdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ChartKey = u"export/chart"_s;
const QString WidthKey = u"export/width"_s;
const QString HeightKey = u"export/height"_s;
const QString ScaleKey = u"export/scale"_s;
const QString TransparentKey = u"export/transparent"_s;
const QString FileKey = u"export/file"_s;

} // namespace

ExportChartDialog::ExportChartDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export chart as PNG"));

    m_chart = new QComboBox;
    m_chart->addItem(tr("Timeline of the rounds"), int(Chart::Timeline));
    m_chart->addItem(tr("Themes per round"), int(Chart::Themes));

    m_width = new QSpinBox;
    m_height = new QSpinBox;
    // Western digits and a decimal point, as everywhere else in the UI (ar_SY would write pixel
    // counts in Arabic-Indic digits).
    QLocale digits = QLocale::c();
    digits.setNumberOptions(QLocale::OmitGroupSeparator);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setLocale(digits);
        box->setRange(16, ChartExporter::MaxDimension);
        box->setSuffix(tr(" px"));
        box->setAccelerated(true);
    }
    auto *size = new QHBoxLayout;
    size->addWidget(m_width, 1);
    size->addWidget(new QLabel(u"×"_s));
    size->addWidget(m_height, 1);
    auto *presets = new QComboBox;
    presets->addItem(tr("Presets"));
    const QList<QSize> presetSizes {{1280, 720}, {1920, 1080}, {3840, 2160}, {7680, 4320}, {2480, 3508}};
    for (const QSize &preset : presetSizes)
        presets->addItem(tr("%1 × %2").arg(preset.width()).arg(preset.height()), preset);
    connect(presets, &QComboBox::activated, this, [this, presets](int index) {
        const QSize preset = presets->itemData(index).toSize();
        if (preset.isValid()) {
            m_width->setValue(preset.width());
            m_height->setValue(preset.height());
        }
        presets->setCurrentIndex(0);
    });
    size->addWidget(presets);

    m_scale = new QDoubleSpinBox;
    m_scale->setLocale(digits);
    // 0 stands for "automatic", shown as words at the bottom of the range.
    m_scale->setRange(0.0, ChartExporter::MaxScale);
    m_scale->setSingleStep(0.25);
    m_scale->setDecimals(2);
    m_scale->setSpecialValueText(tr("Automatic"));
    m_scale->setToolTip(tr("Larger scales draw text and marks bigger; automatic lays the chart out "
                           "for about 1920 × 1080 and scales it up to the image size."));

    m_background = new QComboBox;
    m_background->addItem(tr("White"), false);
    m_background->addItem(tr("Transparent"), true);

    m_fileName = new QLineEdit;
    m_fileName->setPlaceholderText(tr("Choose a file…"));
    // File paths read left to right even in the Arabic UI.
    m_fileName->setLayoutDirection(Qt::LeftToRight);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_fileName, 1);
    file->addWidget(browse);

    auto *form = new QFormLayout;
    // Rows whose field is a layout need the label's buddy set by hand for the mnemonic to work.
    const auto label = [](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text);
        result->setBuddy(buddy);
        return result;
    };
    form->addRow(label(tr("&Chart:"), m_chart), m_chart);
    form->addRow(label(tr("&Size:"), m_width), size);
    form->addRow(label(tr("S&cale:"), m_scale), m_scale);
    form->addRow(label(tr("B&ackground:"), m_background), m_background);
    form->addRow(label(tr("&File:"), m_fileName), file);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportChartDialog::browse);
    connect(m_fileName, &QLineEdit::textChanged, this, &ExportChartDialog::updateOkButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportChartDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportChartDialog::reject);

    Choice defaults;
    defaults.options.scale = 0.0;
    setChoice(defaults);
}

ExportChartDialog::Choice ExportChartDialog::choice() const
{
    Choice result;
    result.chart = Chart(m_chart->currentData().toInt());
    result.options.size = QSize(m_width->value(), m_height->value());
    result.options.scale
        = isAutomaticScale() ? ChartExporter::defaultScale(result.options.size) : m_scale->value();
    result.options.transparent = m_background->currentData().toBool();
    result.fileName = m_fileName->text().trimmed();
    return result;
}

void ExportChartDialog::setChoice(const Choice &choice)
{
    m_chart->setCurrentIndex(std::max(0, m_chart->findData(int(choice.chart))));
    m_width->setValue(choice.options.size.width());
    m_height->setValue(choice.options.size.height());
    m_scale->setValue(choice.options.scale);
    m_background->setCurrentIndex(choice.options.transparent ? 1 : 0);
    m_fileName->setText(choice.fileName);
    updateOkButton();
}

bool ExportChartDialog::isAutomaticScale() const
{
    return m_scale->value() <= m_scale->minimum();
}

void ExportChartDialog::loadSettings()
{
    const QSettings settings;
    Choice stored;
    stored.chart = settings.value(ChartKey).toString() == u"themes" ? Chart::Themes : Chart::Timeline;
    stored.options.size
        = QSize(settings.value(WidthKey, 1920).toInt(), settings.value(HeightKey, 1080).toInt());
    stored.options.scale = settings.value(ScaleKey, 0.0).toDouble();
    stored.options.transparent = settings.value(TransparentKey, false).toBool();
    stored.fileName = settings.value(FileKey).toString();
    setChoice(stored);
}

void ExportChartDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(ChartKey,
                      m_chart->currentData().toInt() == int(Chart::Themes) ? u"themes"_s : u"timeline"_s);
    settings.setValue(WidthKey, m_width->value());
    settings.setValue(HeightKey, m_height->value());
    settings.setValue(ScaleKey, isAutomaticScale() ? 0.0 : m_scale->value());
    settings.setValue(TransparentKey, m_background->currentData().toBool());
    settings.setValue(FileKey, m_fileName->text().trimmed());
}

void ExportChartDialog::accept()
{
    if (m_fileName->text().trimmed().isEmpty())
        return;
    saveSettings();
    QDialog::accept();
}

void ExportChartDialog::browse()
{
    QString start = m_fileName->text().trimmed();
    if (start.isEmpty()) {
        start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u'/'
            + (m_chart->currentData().toInt() == int(Chart::Themes) ? u"masar-themes.png"_s
                                                                    : u"masar-timeline.png"_s);
    }
    QString chosen
        = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"), start, tr("PNG images (*.png)"));
    if (chosen.isEmpty())
        return;
    if (!chosen.endsWith(u".png"_s, Qt::CaseInsensitive))
        chosen += u".png"_s;
    m_fileName->setText(QDir::toNativeSeparators(chosen));
}

void ExportChartDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_fileName->text().trimmed().isEmpty());
}
