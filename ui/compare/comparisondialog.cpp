// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisondialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include "biditext.h"
#include "chartexporter.h"
#include "comparisonexporter.h"
#include "comparisonpicture.h"
#include "comparisontext.h"
#include "comparisonview.h"
#include "displaynames.h"
#include "pointlexicon.h"
#include "referencedata.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

namespace {

enum ExportKind
{
    Csv,
    Json,
    Picture,
};

} // namespace

ComparisonDialog::ComparisonDialog(const ReferenceData &reference, RowsOf rowsOf, QWidget *parent)
    : QDialog(parent)
    , m_reference(reference)
    , m_rowsOf(std::move(rowsOf))
{
    setObjectName(u"comparisonDialog"_s);
    m_from = new QComboBox;
    m_to = new QComboBox;
    m_swap = new QPushButton;
    fillRoundBoxes();
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_from, 1);
    choice->addWidget(m_swap);
    choice->addWidget(m_to, 1);
    m_view = new ComparisonView;
    m_exportCsv = new QPushButton;
    m_exportJson = new QPushButton;
    m_exportPicture = new QPushButton;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    for (QPushButton *b : {m_exportCsv, m_exportJson, m_exportPicture})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *box : {m_from, m_to})
        connect(box, &QComboBox::currentIndexChanged, this, &ComparisonDialog::update);
    connect(m_swap, &QPushButton::clicked, this,
            [this] { setRounds(m_to->currentData().toInt(), m_from->currentData().toInt()); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { askExport(Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { askExport(Json); });
    connect(m_exportPicture, &QPushButton::clicked, this, [this] { askExport(Picture); });
    resize(1100, 700);
    retranslate();
}

void ComparisonDialog::fillRoundBoxes()
{
    for (QComboBox *box : {m_from, m_to}) {
        const QSignalBlocker blocker(box);
        const QVariant current = box->currentData();
        box->clear();
        for (const RoundInfo &round : m_reference.rounds())
            box->addItem(DisplayNames::roundName(round), round.number);
        if (current.isValid())
            box->setCurrentIndex(box->findData(current));
    }
}

void ComparisonDialog::retranslate()
{
    setWindowTitle(tr("Compare rounds"));
    m_from->setAccessibleName(tr("First round"));
    m_to->setAccessibleName(tr("Second round"));
    m_swap->setText(tr("⇄ S&wap"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportJson->setText(tr("Export &JSON…"));
    m_exportPicture->setText(tr("Export &picture…"));
    fillRoundBoxes();
    update();
}

void ComparisonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ComparisonDialog::setRounds(int from, int to)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setCurrentIndex(m_from->findData(from));
        m_to->setCurrentIndex(m_to->findData(to));
    }
    update();
}

void ComparisonDialog::update()
{
    const int from = m_from->currentData().toInt();
    const int to = m_to->currentData().toInt();
    const bool valid = m_from->currentIndex() >= 0 && m_to->currentIndex() >= 0 && from != to;
    for (QPushButton *b : {m_exportCsv, m_exportJson, m_exportPicture})
        b->setEnabled(valid);
    if (!valid) {
        m_comparison = RoundComparison();
        m_view->clear();
        return;
    }
    m_comparison = RoundComparison::compare(from, to, m_rowsOf(from, to), PointLexicon::builtIn());
    m_view->showComparison(ComparisonText::roundTitle(from, m_reference),
                           ComparisonText::roundTitle(to, m_reference),
                           ComparisonText::sections(m_comparison, m_reference));
}

bool ComparisonDialog::exportData(const QString &path, bool csv, QString *error) const
{
    const QByteArray bytes
        = csv ? ComparisonExporter::toCsv(m_comparison) : ComparisonExporter::toJson(m_comparison);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(BidiText::isolateLtr(path), file.errorString());
        return false;
    }
    return true;
}

bool ComparisonDialog::exportPicture(const QString &path, QString *error) const
{
    ChartExporter::Options options;
    options.format = ChartExporter::formatOfPath(path).value_or(ChartExporter::Format::Png);
    options.scale = ChartExporter::defaultScale(options.size);
    const QString fromTitle = ComparisonText::roundTitle(m_comparison.fromRound, m_reference);
    const QString toTitle = ComparisonText::roundTitle(m_comparison.toRound, m_reference);
    ChartReport::Content content;
    content.title = tr("What changed from %1 to %2").arg(fromTitle, toTitle);
    content.showLegend = false;
    content.caption
        = tr("Statements: %1 · Masar %2, %3")
              .arg(UiLanguage::locale().toString(m_comparison.rows.size()), QStringLiteral(MASAR_VERSION),
                   UiLanguage::locale().toString(QDate::currentDate(), QLocale::LongFormat));
    content.direction = UiLanguage::isArabic() ? Qt::RightToLeft : Qt::LeftToRight;
    const QList<ComparisonText::Section> sections = ComparisonText::sections(m_comparison, m_reference);
    return ChartExporter::exportReport(
        content,
        [&](QPainter *painter, const QRectF &rect) {
            ComparisonPicture::paint(painter, rect, fromTitle, toTitle, sections, content.direction);
        },
        options, path, error);
}

void ComparisonDialog::askExport(int kind)
{
    const QString filter = kind == Csv ? tr("CSV (*.csv)")
        : kind == Json                 ? tr("JSON (*.json)")
                                       : tr("Pictures (*.png *.svg *.pdf)");
    const QString suggested = u"compare-%1-%2.%3"_s.arg(m_comparison.fromRound)
                                  .arg(m_comparison.toRound)
                                  .arg(kind == Csv        ? u"csv"_s
                                           : kind == Json ? u"json"_s
                                                          : u"png"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the comparison"), suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = kind == Picture ? exportPicture(path, &error) : exportData(path, kind == Csv, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export"), error);
}
