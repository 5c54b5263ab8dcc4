// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportchartdialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ChartKey = u"export/chart"_s;
const QString FormatKey = u"export/format"_s;
const QString WidthKey = u"export/width"_s;
const QString HeightKey = u"export/height"_s;
const QString ScaleKey = u"export/scale"_s;
const QString PaperKey = u"export/paper"_s;
const QString TitleKey = u"export/title"_s;
const QString LegendKey = u"export/legend"_s;
const QString FromRoundKey = u"export/fromRound"_s;
const QString ToRoundKey = u"export/toRound"_s;
const QString TransparentKey = u"export/transparent"_s;
const QString FileKey = u"export/file"_s;

using Format = ChartExporter::Format;

struct Paper
{
    QPageSize::PageSizeId page;
    QPageLayout::Orientation orientation;
    QSize pixels; // the same paper at 300 dpi, for PNG and SVG
};

const QList<Paper> &papers()
{
    static const QList<Paper> list {
        {QPageSize::A4, QPageLayout::Landscape, {3508, 2480}},
        {QPageSize::A4, QPageLayout::Portrait, {2480, 3508}},
        {QPageSize::Letter, QPageLayout::Landscape, {3300, 2550}},
        {QPageSize::Letter, QPageLayout::Portrait, {2550, 3300}},
    };
    return list;
}

const QList<std::pair<QString, Format>> &formatIds()
{
    static const QList<std::pair<QString, Format>> ids {
        {u"png"_s, Format::Png}, {u"svg"_s, Format::Svg}, {u"pdf"_s, Format::Pdf}};
    return ids;
}

QString idOf(Format format)
{
    for (const auto &[id, f] : formatIds()) {
        if (f == format)
            return id;
    }
    return u"png"_s;
}

Format formatOf(const QString &id)
{
    for (const auto &[i, f] : formatIds()) {
        if (i == id)
            return f;
    }
    return Format::Png;
}

QString chartId(ChartKind kind)
{
    return kind == ChartKind::Themes ? u"themes"_s
        : kind == ChartKind::HeatMap ? u"heatmap"_s
                                     : u"timeline"_s;
}

ChartKind chartOf(const QString &id)
{
    return id == u"themes" ? ChartKind::Themes : id == u"heatmap" ? ChartKind::HeatMap : ChartKind::Timeline;
}

int paperIndex(QPageSize::PageSizeId page, QPageLayout::Orientation orientation)
{
    for (qsizetype i = 0; i < papers().size(); ++i) {
        if (papers().at(i).page == page && papers().at(i).orientation == orientation)
            return int(i);
    }
    return 0;
}

} // namespace

ExportChartDialog::ExportChartDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export chart"));

    createFields();
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
    QWidget *sizeRow = createSizeRow();
    form->addRow(label(tr("&Chart:"), m_chart), m_chart);
    form->addRow(label(tr("F&ormat:"), m_format), m_format);
    form->addRow(label(tr("&Size:"), m_width), sizeRow);
    form->addRow(label(tr("&Paper (PDF):"), m_paper), m_paper);
    form->addRow(label(tr("S&cale:"), m_scale), m_scale);
    auto *rounds = new QHBoxLayout;
    rounds->addWidget(m_fromRound, 1);
    rounds->addWidget(new QLabel(u"–"_s));
    rounds->addWidget(m_toRound, 1);
    form->addRow(label(tr("&Rounds:"), m_fromRound), rounds);
    form->addRow(label(tr("T&itle:"), m_title), m_title);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_transparent);
    form->addRow(label(tr("&File:"), m_fileName), file);

    m_previewLabel = new QLabel;
    m_previewLabel->setObjectName(u"exportPreview"_s);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setMinimumSize(480, 300);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportChartDialog::updatePreview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addWidget(m_previewLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportChartDialog::browse);
    connectFields();

    Choice defaults;
    defaults.options.scale = 0.0;
    setChoice(defaults);
}

void ExportChartDialog::createFields()
{
    m_chart = new QComboBox;
    m_chart->addItem(tr("Timeline of the rounds"), int(Chart::Timeline));
    m_chart->addItem(tr("Themes per round"), int(Chart::Themes));
    m_chart->addItem(tr("Heat map of themes and rounds"), int(Chart::HeatMap));
    m_format = new QComboBox;
    m_format->addItem(tr("PNG image"), int(Format::Png));
    m_format->addItem(tr("SVG drawing (text stays text)"), int(Format::Svg));
    m_format->addItem(tr("PDF page (text stays text)"), int(Format::Pdf));
    m_paper = new QComboBox;
    m_paper->addItem(tr("A4, landscape"));
    m_paper->addItem(tr("A4, portrait"));
    m_paper->addItem(tr("Letter, landscape"));
    m_paper->addItem(tr("Letter, portrait"));

    // Western digits and a decimal point, as everywhere else in the UI (ar_SY would write pixel
    // counts in Arabic-Indic digits).
    QLocale digits = QLocale::c();
    digits.setNumberOptions(QLocale::OmitGroupSeparator);
    m_scale = new QDoubleSpinBox;
    m_scale->setLocale(digits);
    // 0 stands for "automatic", shown as words at the bottom of the range.
    m_scale->setRange(0.0, ChartExporter::MaxScale);
    m_scale->setSingleStep(0.25);
    m_scale->setDecimals(2);
    m_scale->setSpecialValueText(tr("Automatic"));
    m_scale->setToolTip(tr("Larger scales draw text and marks bigger; automatic lays the chart out "
                           "for about 1920 × 1080 and scales it up to the image size."));

    m_fromRound = new QSpinBox;
    m_toRound = new QSpinBox;
    for (QSpinBox *box : {m_fromRound, m_toRound}) {
        box->setLocale(digits);
        box->setRange(0, 99);
        // 0: the rounds the window shows, from the first or up to the last.
        box->setSpecialValueText(tr("As shown"));
    }
    m_title = new QLineEdit;
    m_legend = new QCheckBox(tr("Show the &legend of theme colours"));
    m_transparent = new QCheckBox(tr("&Transparent background (PNG, SVG)"));
}

void ExportChartDialog::connectFields()
{
    connect(m_fileName, &QLineEdit::textChanged, this, &ExportChartDialog::updateOkButton);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportChartDialog::formatChanged);
    for (QComboBox *box : {m_chart, m_paper})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportChartDialog::schedulePreview);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportChartDialog::schedulePreview);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportChartDialog::schedulePreview);
    for (QSpinBox *box : {m_fromRound, m_toRound})
        connect(box, &QSpinBox::valueChanged, this, &ExportChartDialog::schedulePreview);
    connect(m_title, &QLineEdit::textChanged, this, &ExportChartDialog::schedulePreview);
    for (QCheckBox *box : {m_legend, m_transparent})
        connect(box, &QCheckBox::toggled, this, &ExportChartDialog::schedulePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportChartDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportChartDialog::reject);
}

QWidget *ExportChartDialog::createSizeRow()
{
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    QLocale digits = QLocale::c();
    digits.setNumberOptions(QLocale::OmitGroupSeparator);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setLocale(digits);
        box->setRange(16, ChartExporter::MaxDimension);
        box->setSuffix(tr(" px"));
        box->setAccelerated(true);
    }
    m_presets = new QComboBox;
    m_presets->addItem(tr("Presets"));
    const QList<std::pair<QString, QSize>> screens {
        {tr("HD"), {1280, 720}},      {tr("Full HD"), {1920, 1080}}, {tr("QHD"), {2560, 1440}},
        {tr("4K UHD"), {3840, 2160}}, {tr("8K UHD"), {7680, 4320}},
    };
    for (const auto &[name, size] : screens)
        m_presets->addItem(tr("%1, %2 × %3").arg(name).arg(size.width()).arg(size.height()), size);
    // Paper presets choose the PDF's paper and the same paper at 300 dpi for images.
    for (int i = 0; i < m_paper->count(); ++i)
        m_presets->addItem(m_paper->itemText(i), i);
    connect(m_presets, &QComboBox::activated, this, &ExportChartDialog::applyPreset);
    auto *row = new QWidget;
    auto *size = new QHBoxLayout(row);
    size->setContentsMargins(0, 0, 0, 0);
    size->addWidget(m_width, 1);
    size->addWidget(new QLabel(u"×"_s));
    size->addWidget(m_height, 1);
    size->addWidget(m_presets);
    return row;
}

void ExportChartDialog::applyPreset(int index)
{
    const QVariant data = m_presets->itemData(index);
    if (data.typeId() == QMetaType::QSize) {
        m_width->setValue(data.toSize().width());
        m_height->setValue(data.toSize().height());
    } else if (data.isValid()) {
        const Paper &paper = papers().at(data.toInt());
        m_paper->setCurrentIndex(data.toInt());
        m_width->setValue(paper.pixels.width());
        m_height->setValue(paper.pixels.height());
    }
    m_presets->setCurrentIndex(0);
}

ExportChartDialog::Choice ExportChartDialog::choice() const
{
    Choice result;
    result.chart = Chart(m_chart->currentData().toInt());
    result.options.format = Format(m_format->currentData().toInt());
    result.options.size = QSize(m_width->value(), m_height->value());
    result.options.scale
        = isAutomaticScale() ? ChartExporter::defaultScale(result.options.size) : m_scale->value();
    result.options.transparent = m_transparent->isChecked();
    const Paper &paper = papers().at(std::max(0, m_paper->currentIndex()));
    result.options.page = paper.page;
    result.options.orientation = paper.orientation;
    result.title = m_title->text().trimmed();
    result.legend = m_legend->isChecked();
    result.fromRound = m_fromRound->value();
    result.toRound = m_toRound->value();
    result.fileName = m_fileName->text().trimmed();
    return result;
}

void ExportChartDialog::setChoice(const Choice &choice)
{
    m_chart->setCurrentIndex(std::max(0, m_chart->findData(int(choice.chart))));
    m_fileName->setText(choice.fileName);
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(choice.options.format))));
    m_width->setValue(choice.options.size.width());
    m_height->setValue(choice.options.size.height());
    m_paper->setCurrentIndex(paperIndex(choice.options.page, choice.options.orientation));
    m_scale->setValue(choice.options.scale);
    m_transparent->setChecked(choice.options.transparent);
    m_title->setText(choice.title);
    m_legend->setChecked(choice.legend);
    m_fromRound->setValue(choice.fromRound);
    m_toRound->setValue(choice.toRound);
    formatChanged();
    updateOkButton();
}

bool ExportChartDialog::isAutomaticScale() const
{
    return m_scale->value() <= m_scale->minimum();
}

void ExportChartDialog::setDefaultTitle(const QString &title)
{
    m_title->setPlaceholderText(title);
}

void ExportChartDialog::setRoundRange(int lastRound)
{
    for (QSpinBox *box : {m_fromRound, m_toRound})
        box->setMaximum(std::max(1, lastRound));
}

void ExportChartDialog::setPreviewRenderer(const PreviewRenderer &renderer)
{
    m_renderer = renderer;
    schedulePreview();
}

void ExportChartDialog::schedulePreview()
{
    if (m_renderer)
        m_previewTimer->start(0);
}

void ExportChartDialog::updatePreview()
{
    m_previewTimer->stop();
    if (!m_renderer)
        return;
    m_preview = m_renderer(choice(), m_previewLabel->contentsRect().size());
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
}

void ExportChartDialog::formatChanged()
{
    const Format format = Format(m_format->currentData().toInt());
    const bool pdf = format == Format::Pdf;
    for (QWidget *pixels :
         {static_cast<QWidget *>(m_width), static_cast<QWidget *>(m_height), static_cast<QWidget *>(m_scale)})
        pixels->setEnabled(!pdf);
    m_paper->setEnabled(pdf);
    m_transparent->setEnabled(!pdf);
    // The file's extension follows the format.
    const QString name = m_fileName->text().trimmed();
    if (!name.isEmpty() && ChartExporter::formatOfPath(name) != format) {
        const QFileInfo info(name);
        const QString base
            = ChartExporter::formatOfPath(name) ? name.left(name.size() - info.suffix().size() - 1) : name;
        m_fileName->setText(base + u'.' + idOf(format));
    }
    schedulePreview();
}

void ExportChartDialog::loadSettings()
{
    const QSettings settings;
    Choice stored;
    stored.chart = chartOf(settings.value(ChartKey).toString());
    stored.options.format = formatOf(settings.value(FormatKey).toString());
    stored.options.size
        = QSize(settings.value(WidthKey, 1920).toInt(), settings.value(HeightKey, 1080).toInt());
    stored.options.scale = settings.value(ScaleKey, 0.0).toDouble();
    const Paper &paper = papers().value(settings.value(PaperKey, 0).toInt(), papers().first());
    stored.options.page = paper.page;
    stored.options.orientation = paper.orientation;
    stored.options.transparent = settings.value(TransparentKey, false).toBool();
    stored.title = settings.value(TitleKey).toString();
    stored.legend = settings.value(LegendKey, true).toBool();
    stored.fromRound = settings.value(FromRoundKey, 0).toInt();
    stored.toRound = settings.value(ToRoundKey, 0).toInt();
    stored.fileName = settings.value(FileKey).toString();
    setChoice(stored);
}

void ExportChartDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(ChartKey, chartId(Chart(m_chart->currentData().toInt())));
    settings.setValue(FormatKey, idOf(Format(m_format->currentData().toInt())));
    settings.setValue(WidthKey, m_width->value());
    settings.setValue(HeightKey, m_height->value());
    settings.setValue(ScaleKey, isAutomaticScale() ? 0.0 : m_scale->value());
    settings.setValue(PaperKey, m_paper->currentIndex());
    settings.setValue(TransparentKey, m_transparent->isChecked());
    settings.setValue(TitleKey, m_title->text().trimmed());
    settings.setValue(LegendKey, m_legend->isChecked());
    settings.setValue(FromRoundKey, m_fromRound->value());
    settings.setValue(ToRoundKey, m_toRound->value());
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
    const Format format = Format(m_format->currentData().toInt());
    const QString suffix = idOf(format);
    QString start = m_fileName->text().trimmed();
    if (start.isEmpty()) {
        start = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + u"/masar-"_s
            + chartId(Chart(m_chart->currentData().toInt())) + u'.' + suffix;
    }
    const QString filter = format == Format::Svg ? tr("SVG drawings (*.svg)")
        : format == Format::Pdf                  ? tr("PDF documents (*.pdf)")
                                                 : tr("PNG images (*.png)");
    QString chosen = QFileDialog::getSaveFileName(this, tr("Export chart"), start, filter);
    if (chosen.isEmpty())
        return;
    if (!chosen.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        chosen += u'.' + suffix;
    m_fileName->setText(QDir::toNativeSeparators(chosen));
}

void ExportChartDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_fileName->text().trimmed().isEmpty());
}
