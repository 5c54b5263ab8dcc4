// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "articletextview.h"
#include "biditext.h"
#include "daterangeformatter.h"
#include "diagnostictext.h"
#include "displaynames.h"
#include "evidencetext.h"
#include "pointgrouper.h"
#include "pointlexicon.h"
#include "roundsroles.h"
#include "searchkey.h"
#include "statementtable.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsRoles;

namespace {

QLabel *fieldLabel(QWidget *parent)
{
    // Card values include article titles: plain text only.
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QModelIndex roundOf(const QModelIndex &index)
{
    QModelIndex round = index.siblingAtColumn(0);
    while (round.parent().isValid())
        round = round.parent();
    return round;
}

bool isWebAddress(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
        && !url.host().isEmpty();
}

QString listSeparator()
{
    return UiLanguage::isArabic() ? u"، "_s : u", "_s;
}

} // namespace

DetailPane::DetailPane(const ReferenceData &reference, QWidget *parent)
    : QWidget(parent)
    , m_reference(reference)
    , m_highlighter(reference.themes())
{
    auto *cardWidget = new QWidget;
    auto *cardLayout = new QVBoxLayout(cardWidget);
    m_title = new QLabel(cardWidget);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    cardLayout->addWidget(m_title);
    m_card = new QFormLayout;
    m_card->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_card->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_dates = fieldLabel(cardWidget);
    m_venue = fieldLabel(cardWidget);
    m_guarantors = fieldLabel(cardWidget);
    m_observers = fieldLabel(cardWidget);
    m_envoy = fieldLabel(cardWidget);
    m_outcome = fieldLabel(cardWidget);
    m_articles = fieldLabel(cardWidget);
    m_warnings = fieldLabel(cardWidget);
    m_warnings->setStyleSheet(u"QLabel { color: #a03000; }"_s);
    for (QLabel *field :
         {m_dates, m_venue, m_guarantors, m_observers, m_envoy, m_outcome, m_articles, m_warnings})
        m_card->addRow(new QLabel(cardWidget), field); // worded by retranslate()
    cardLayout->addLayout(m_card);
    cardLayout->addStretch();
    auto *cardScroll = new QScrollArea;
    cardScroll->setWidget(cardWidget);
    cardScroll->setWidgetResizable(true);
    cardScroll->setFrameShape(QFrame::NoFrame);

    makeLists();
    m_text = new ArticleTextView;
    m_legend = new QListWidget;
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);
    m_legend->setFocusPolicy(Qt::NoFocus);
    m_legend->setMaximumWidth(230);
    // Shown only with an article's themes in it, so an empty box does not sit beside the text.
    m_legend->hide();

    QWidget *textRow = makeTextRow();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"detailSplitter"_s);
    splitter->addWidget(cardScroll);
    splitter->addWidget(m_lists);
    splitter->addWidget(textRow);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    retranslate();
    clear();
}

// The round's points and its statements, a tab each, both opening the article of the row chosen.
void DetailPane::makeLists()
{
    m_statements = new StatementList;
    m_statements->setObjectName(u"statementList"_s);
    m_points = new StatementList(StatementList::Kind::Points);
    m_points->setObjectName(u"pointList"_s);
    m_lists = new QTabWidget;
    m_lists->setObjectName(u"statementTabs"_s);
    m_lists->setDocumentMode(true);
    m_lists->addTab(m_points, QString()); // worded by retranslate()
    m_lists->addTab(m_statements, QString());
    m_points->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_points, &QWidget::customContextMenuRequested, this, &DetailPane::showPointMenu);
    for (StatementList *list : {m_statements, m_points}) {
        connect(list, &QListWidget::currentRowChanged, this, [this, list](int row) {
            const QModelIndex statement = list->statementIndex(row);
            if (!statement.isValid() || statement == m_statement)
                return;
            showStatement(statement);
            Q_EMIT statementActivated(statement);
        });
    }
}

void DetailPane::retranslate()
{
    const QList<std::pair<QLabel *, QString>> rows {
        {m_dates, tr("Dates:")},         {m_venue, tr("Venue:")},       {m_guarantors, tr("Guarantors:")},
        {m_observers, tr("Observers:")}, {m_envoy, tr("UN envoy:")},    {m_outcome, tr("Outcome:")},
        {m_articles, tr("Articles:")},   {m_warnings, tr("Warnings:")},
    };
    for (const auto &[field, title] : rows) {
        if (auto *label = qobject_cast<QLabel *>(m_card->labelForField(field)))
            label->setText(title);
    }
    m_text->setAccessibleName(tr("Article text"));
    m_text->setPlaceholderText(
        tr("Select a statement to read its article here, with every theme highlighted in its colour."));
    m_legend->setAccessibleName(tr("Themes highlighted in the article"));
    m_lists->setTabText(0, tr("&Points"));
    m_lists->setTabToolTip(0,
                           tr("Each point of the round's statement once, with the sources that report it"));
    m_lists->setTabText(1, tr("&Statements"));
    m_lists->setTabToolTip(1, tr("Every statement of every article, article by article"));
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The card, the statements and the legend are composed words: compose them again.
        refresh();
    }
    QWidget::changeEvent(event);
}

void DetailPane::refresh()
{
    const QPersistentModelIndex shown = m_statement.isValid() ? m_statement
        : m_article.isValid()                                 ? m_article
                                                              : m_round;
    m_round = QPersistentModelIndex();
    m_article = QPersistentModelIndex();
    if (shown.isValid())
        showIndex(shown);
    else
        clear();
}

void DetailPane::releaseLists()
{
    m_statements->clear();
    m_points->clear();
    m_listed.clear();
    m_shownPoints.clear();
    m_pointOfRow.clear();
}

void DetailPane::clear()
{
    m_round = QPersistentModelIndex();
    m_article = QPersistentModelIndex();
    m_statement = QPersistentModelIndex();
    m_title->setText(tr("Select a round"));
    for (QLabel *label :
         {m_dates, m_venue, m_guarantors, m_observers, m_envoy, m_outcome, m_articles, m_warnings})
        setField(label, {});
    m_statements->clear();
    m_points->clear();
    m_listed.clear();
    m_text->showText({});
    m_shownText.clear();
    m_why->hide();
    showSource({});
    m_legend->clear();
    m_legend->hide();
}

// The article's text with the source link over it and the themes' legend beside it.
QWidget *DetailPane::makeTextRow()
{
    makeSourceLink();
    makeWhyLine();
    auto *textRow = new QWidget;
    auto *textColumn = new QVBoxLayout(textRow);
    textColumn->setContentsMargins(0, 0, 0, 0);
    textColumn->addWidget(m_source);
    textColumn->addWidget(m_why);
    auto *textLayout = new QHBoxLayout;
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_legend);
    textColumn->addLayout(textLayout, 1);
    return textRow;
}

void DetailPane::makeWhyLine()
{
    m_why = new QLabel;
    m_why->setObjectName(u"whyLine"_s);
    m_why->setTextFormat(Qt::RichText); // the article's words in it are escaped
    m_why->setWordWrap(true);
    m_why->setOpenExternalLinks(false);
    m_why->hide();
    connect(m_why, &QLabel::linkActivated, this, [this] {
        const QModelIndex article = m_article;
        m_text->setEvidence(
            m_text->showsEvidence() || !article.isValid()
                ? QList<std::pair<int, int>> {}
                : EvidenceText::spans(m_round.data(RoundNumberRole).toInt(),
                                      article.data(RoundEvidenceRole).value<QList<Evidence>>()));
    });
}

void DetailPane::makeSourceLink()
{
    // The page's address as a link that only a click follows: nothing is loaded to show it.
    m_source = new QLabel;
    m_source->setObjectName(u"articleSource"_s);
    m_source->setTextFormat(Qt::RichText);
    m_source->setOpenExternalLinks(false);
    m_source->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_source->setWordWrap(true);
    m_source->hide();
    m_openUrl = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    connect(m_source, &QLabel::linkActivated, this, &DetailPane::openSource);
}

void DetailPane::showSource(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    if (!isWebAddress(url)) {
        m_source->clear();
        m_source->hide();
        return;
    }
    const QString link = u"<a href=\"%1\">%2</a>"_s.arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                        url.toDisplayString().toHtmlEscaped());
    m_source->setText(tr("Source: %1").arg(link));
    m_source->setToolTip(url.toDisplayString());
    m_source->show();
}

void DetailPane::openSource(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (isWebAddress(url) && m_openUrl)
        m_openUrl(url);
}

void DetailPane::setField(QLabel *label, const QString &text)
{
    label->setText(text);
    m_card->setRowVisible(label, !text.isEmpty());
}

QStringList DetailPane::cardTexts() const
{
    QStringList texts {m_title->text()};
    for (const QLabel *label :
         {m_dates, m_venue, m_guarantors, m_observers, m_envoy, m_outcome, m_articles, m_warnings})
        texts.append(label->text());
    return texts;
}

void DetailPane::showIndex(const QModelIndex &index)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    const QModelIndex round = roundOf(index);
    if (round != m_round)
        showRound(round);
    switch (index.data(NodeTypeRole).toInt()) {
    case ArticleNode:
        showArticle(index.siblingAtColumn(0));
        break;
    case StatementNode:
        showStatement(index.siblingAtColumn(0));
        break;
    default:
        break;
    }
}

void DetailPane::showRound(const QModelIndex &round)
{
    m_round = round;
    m_article = QPersistentModelIndex();
    m_statement = QPersistentModelIndex();
    const RoundInfo *info = m_reference.round(round.data(RoundNumberRole).toInt());
    const QString name = info ? DisplayNames::roundName(*info) : round.data(Qt::DisplayRole).toString();
    m_title->setText(name);
    setField(m_dates,
             DateRangeFormatter::format(round.data(StartDateRole).toDate(), round.data(EndDateRole).toDate(),
                                        UiLanguage::locale()));
    setField(m_venue, venueText(round, info));
    QStringList guarantors;
    if (const ActorInfo *voice = m_reference.actor(m_reference.statementVoice())) {
        for (const QString &id : voice->members)
            guarantors.append(BidiText::isolate(DisplayNames::actor(m_reference, id)));
    }
    setField(m_guarantors, guarantors.join(listSeparator()));
    QStringList observers = round.data(ObserversRole).toStringList();
    for (QString &observer : observers)
        observer = BidiText::isolate(observer);
    setField(m_observers, observers.join(listSeparator()));
    setField(m_envoy, round.data(UnEnvoyRole).toString());
    setField(m_outcome, round.data(OutcomeRole).toString());

    const QStringList corrections = fillArticles(round);
    fillPoints();
    QStringList warnings;
    for (const Diagnostic &w : round.data(WarningsRole).value<Diagnostics>())
        warnings.append(DiagnosticText::describe(w));
    setField(m_warnings, cappedLines(warnings + corrections, MaxCardLines, [](int more) {
                 return tr("… and %n more warning(s)", nullptr, more);
             }));

    m_text->showText({});
    m_shownText.clear();
    m_why->hide();
    showSource({});
    m_legend->clear();
    m_legend->hide();
}

QString DetailPane::statementHeading(const QModelIndex &statement) const
{
    QString heading = tr("%1 — %2").arg(
        BidiText::isolate(DisplayNames::actor(m_reference, statement.data(SpeakerRole).toString())),
        DisplayNames::stance(Statement::Stance(statement.data(StanceRole).toInt())));
    if (!statement.data(CorrectionsRole).value<Diagnostics>().isEmpty())
        heading = tr("%1 (corrected)").arg(heading);
    return heading;
}

QList<StatementList::Chip> DetailPane::themeChips(const QModelIndex &statement) const
{
    QList<StatementList::Chip> chips;
    const QStringList themes = statement.data(ThemesRole).toStringList();
    for (const QString &theme : themes)
        chips.append({DisplayNames::theme(m_reference, theme), m_highlighter.color(theme)});
    return chips;
}

void DetailPane::addStatement(const QModelIndex &statement)
{
    m_statements->addStatement(statement, statementHeading(statement),
                               statement.data(StatementTextRole).toString(), themeChips(statement));
    m_listed.append(statement);
}

// Where a statement was reported: the article's source (or its title) and publication date.
QString DetailPane::sourceLine(const QModelIndex &statement) const
{
    const QModelIndex article = statement.parent();
    QString source = DisplayNames::source(article.data(ArticleSourceRole).toString());
    if (source.isEmpty())
        source = article.data(ArticleTitleRole).toString();
    const QDate published = article.data(PublishedRole).toDate();
    if (!published.isValid())
        return BidiText::isolate(source);
    return tr("%1, %2").arg(BidiText::isolate(source),
                            UiLanguage::locale().toString(published, QLocale::ShortFormat));
}

// The listed statements grouped into points, in the order of their first statement.
void DetailPane::fillPoints()
{
    m_points->clear();
    QList<StatementRow> rows;
    rows.reserve(m_listed.size());
    for (const QPersistentModelIndex &statement : std::as_const(m_listed))
        rows.append(StatementTable::rowOf(statement));
    m_shownPoints
        = PointGrouper::group(rows, PointLexicon::builtIn(), m_pointEdits ? m_pointEdits() : PointEdits());
    m_pointOfRow.clear();
    for (int p = 0; p < m_shownPoints.size(); ++p) {
        addPoint(m_shownPoints.at(p));
        m_pointOfRow.resize(m_points->count(), p);
    }
    if (m_statements->count() > m_listed.size())
        m_points->addNote(
            tr("Points of the first %n statement(s) only: narrow the round with the search or the "
               "filters.",
               nullptr, int(m_listed.size())));
}

void DetailPane::showPointMenu(const QPoint &pos)
{
    const int row = m_points->indexAt(pos).row();
    const int p = m_pointOfRow.value(row, -1);
    const QModelIndex statement = m_points->statementIndex(row);
    if (p < 0 || !statement.isValid())
        return;
    const Point &point = m_shownPoints.at(p);
    QMenu menu(this);
    QAction *split = menu.addAction(tr("&Split this source off its point"));
    split->setEnabled(point.members.size() > 1);
    connect(split, &QAction::triggered, this, [this, statement] { Q_EMIT pointSplitRequested(statement); });
    QMenu *merge = menu.addMenu(tr("&Merge this point with"));
    const QModelIndex canonical = m_listed.at(point.canonical);
    for (int other = 0; other < m_shownPoints.size(); ++other) {
        if (other == p)
            continue;
        const QModelIndex into = m_listed.at(m_shownPoints.at(other).canonical);
        const QString text = into.data(StatementTextRole).toString();
        QAction *action = merge->addAction(QFontMetrics(font()).elidedText(text, Qt::ElideRight, 480));
        connect(action, &QAction::triggered, this,
                [this, canonical, into] { Q_EMIT pointMergeRequested(canonical, into); });
    }
    merge->setEnabled(!merge->isEmpty());
    menu.exec(m_points->viewport()->mapToGlobal(pos));
}

void DetailPane::addPoint(const Point &point)
{
    const QModelIndex canonical = m_listed.at(point.canonical);
    const QString heading
        = tr("%1 · reported by %n source(s)", nullptr, point.sources).arg(statementHeading(canonical));
    m_points->addStatement(
        canonical,
        point.sources > 1 ? heading : tr("%1 · %2").arg(statementHeading(canonical), sourceLine(canonical)),
        canonical.data(StatementTextRole).toString(), themeChips(canonical));
    if (point.sources < 2)
        return;
    // The canonical wording's own source first, then the others in the round's order.
    m_points->addStatement(canonical, tr("↳ Source: %1").arg(sourceLine(canonical)),
                           tr("(the wording above)"), {});
    for (int member : point.members) {
        if (member == point.canonical)
            continue;
        const QModelIndex statement = m_listed.at(member);
        m_points->addStatement(statement, tr("↳ Source: %1").arg(sourceLine(statement)),
                               statement.data(StatementTextRole).toString(), {});
    }
}

// The card's article lines and the statement list of the round; returns the corrections' words.
// A round of a large archive has thousands of each: the first ones are shown, with how many more
// there are, since nobody reads further than that in a card, and the pane is filled again at each
// change of the filters.
QStringList DetailPane::fillArticles(const QModelIndex &round)
{
    QStringList articles;
    QStringList corrections;
    m_statements->clear();
    m_listed.clear();
    const QAbstractItemModel *model = round.model();
    // The round's count, which follows the filters, spares asking each article past the last one
    // listed for its rows (a filtering proxy maps an article's rows to count them).
    const QVariant total = round.data(StatementCountRole);
    int listed = 0;
    int counted = 0;
    for (int a = 0; a < model->rowCount(round); ++a) {
        const QModelIndex article = model->index(a, 0, round);
        QString line = article.data(Qt::DisplayRole).toString(); // isolated by the model
        const QString source = DisplayNames::source(article.data(ArticleSourceRole).toString());
        if (!source.isEmpty())
            line = tr("%1 (%2)").arg(line, BidiText::isolate(source));
        // What the user corrected wins over the analysis and says so, in the language shown now.
        const Diagnostics corrected = article.data(CorrectionsRole).value<Diagnostics>();
        if (!corrected.isEmpty())
            line = tr("%1 (corrected)").arg(line);
        for (const Diagnostic &c : corrected)
            corrections.append(DiagnosticText::describe(c));
        articles.append(u"• "_s + line);
        if (listed >= MaxStatements && total.isValid())
            continue;
        const int rows = model->rowCount(article);
        counted += rows;
        for (int s = 0; s < rows && listed < MaxStatements; ++s, ++listed)
            addStatement(model->index(s, 0, article));
    }
    const int statements = total.isValid() ? total.toInt() : counted;
    if (statements > listed)
        m_statements->addNote(
            tr("… and %n more statement(s): narrow the round with the search or the filters.", nullptr,
               statements - listed));
    setField(m_articles,
             articles.isEmpty() ? tr("No article about this round yet")
                                : cappedLines(articles, MaxCardLines, [](int more) {
                                      return tr("… and %n more article(s)", nullptr, more);
                                  }));
    return corrections;
}

QString DetailPane::cappedLines(const QStringList &lines, int max, const std::function<QString(int)> &more)
{
    if (lines.size() <= max)
        return lines.join(u'\n');
    return (lines.mid(0, max) + QStringList {more(int(lines.size()) - max)}).join(u'\n');
}

QString DetailPane::venueText(const QModelIndex &round, const RoundInfo *info) const
{
    // The city as it was called then; a Kazakh capital since renamed also gets today's name
    // (Nur-Sultan, now Astana).
    const QString city = round.data(CityRole).toString();
    const QString capital = round.data(CapitalNameRole).toString();
    const bool inCapital = info && info->city.en == info->capitalName.en;
    QString today;
    if (!m_reference.rounds().isEmpty())
        today = m_reference.rounds().constLast().capitalName.in(UiLanguage::current());
    return inCapital && !today.isEmpty() && capital != today
        ? tr("%1 (now %2)").arg(BidiText::isolate(city), BidiText::isolate(today))
        : city;
}

void DetailPane::showArticle(const QModelIndex &article)
{
    m_statement = QPersistentModelIndex();
    m_statements->setCurrentRow(-1);
    m_points->setCurrentRow(-1);
    showArticleText(article);
    m_text->selectRange(0, 0);
}

void DetailPane::showStatement(const QModelIndex &statement)
{
    m_statement = statement;
    for (StatementList *list : {m_statements, m_points}) {
        const int row = list->rowOf(statement);
        if (row >= 0 && list->currentRow() != row) {
            const QSignalBlocker blocker(list);
            list->setCurrentRow(row);
        }
    }
    showArticleText(statement.parent());
    m_text->selectRange(statement.data(StatementStartRole).toInt(), statement.data(StatementEndRole).toInt());
}

void DetailPane::showArticleText(const QModelIndex &article)
{
    if (article == m_article)
        return;
    m_article = article;
    const QString text = article.data(ArticleTextRole).toString();
    const QList<ThemeSpan> spans = article.data(ThemeSpansRole).value<QList<ThemeSpan>>();
    m_text->showText(text);
    m_shownText = text;
    showSource(article.data(ArticleUrlRole).toString());
    m_text->setHighlights(m_highlighter.ranges(spans, int(text.size())));
    m_text->setSearchHits(m_searchKey.isEmpty() ? QList<TextRange>() : SearchKey::find(text, m_searchKey));
    fillLegend(spans);
    showWhy(article);
}

void DetailPane::setSearchKey(const QString &key)
{
    if (key == m_searchKey)
        return;
    m_searchKey = key;
    m_text->setSearchHits(key.isEmpty() ? QList<TextRange>() : SearchKey::find(m_shownText, key));
}

void DetailPane::showWhy(const QModelIndex &article)
{
    const int round = m_round.data(RoundNumberRole).toInt();
    const RoundInfo *info = m_reference.round(round);
    const QString line = info
        ? EvidenceText::whyLine(DisplayNames::roundName(*info), round,
                                article.data(RoundEvidenceRole).value<QList<Evidence>>(),
                                article.data(ArticleTextRole).toString())
        : QString();
    m_why->setText(line);
    m_why->setVisible(!line.isEmpty());
}

void DetailPane::fillLegend(const QList<ThemeSpan> &spans)
{
    m_legend->clear();
    QStringList themes;
    for (const ThemeSpan &span : spans) {
        if (!themes.contains(span.theme))
            themes.append(span.theme);
    }
    const int side = fontMetrics().height() - 4;
    for (const QString &theme : std::as_const(themes)) {
        QPixmap swatch(side, side);
        swatch.fill(m_highlighter.background(theme));
        auto *item = new QListWidgetItem(QIcon(swatch), DisplayNames::theme(m_reference, theme), m_legend);
        item->setToolTip(item->text());
    }
    m_legend->setVisible(m_legend->count() > 0);
}
