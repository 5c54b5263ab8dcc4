// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemDelegate>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

#include "articletextview.h"
#include "biditext.h"
#include "detailpane.h"
#include "diagnostictext.h"
#include "mainwindow.h"
#include "roundsfixture.h"
#include "roundsmodel.h"
#include "statementlist.h"
#include "themefilterlist.h"
#include "uilanguage.h"
#include "windowparts.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsFixture;
using namespace RoundsRoles;

namespace {

QModelIndex findRound(const QAbstractItemModel *model, int number)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(RoundNumberRole).toInt() == number)
            return index;
    }
    return {};
}

QModelIndex findStatement(const QAbstractItemModel *model, int round, const QString &speaker)
{
    const QModelIndex roundIndex = findRound(model, round);
    for (int a = 0; a < model->rowCount(roundIndex); ++a) {
        const QModelIndex article = model->index(a, 0, roundIndex);
        for (int s = 0; s < model->rowCount(article); ++s) {
            const QModelIndex statement = model->index(s, 0, article);
            if (statement.data(SpeakerRole).toString() == speaker)
                return statement;
        }
    }
    return {};
}

void select(MainWindow &window, const QModelIndex &index)
{
    window.selectionModel()->setCurrentIndex(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

Article markupArticle()
{
    Article a;
    a.file = u"markup.html"_s;
    a.ok = true;
    a.round = 3;
    a.title = u"<b>عنوان</b>"_s;
    const QString sentence
        = u"وقال <b>البيان</b> <img src=\"file:///etc/hostname\"> <a href=\"http://example.com\">رابط</a> &amp; مكافحة الإرهاب."_s;
    a.text = a.title % u"\n"_s % sentence;
    a.statements = {statementOf(a.text, sentence, 3, u"guarantors"_s, u"affirm"_s, {u"terrorism"_s})};
    a.themeSpans = {spanOf(a.text, u"مكافحة الإرهاب"_s, u"terrorism"_s)};
    a.themes = {u"terrorism"_s};
    return a;
}

} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clickingRoundFillsCard_data();
    void clickingRoundFillsCard();
    void statementHighlightsSpans();
    void articleShowsTextWithoutSelection();
    void paneStatementSelectsInList();
    void articleTextIsPlain();
    void whyRoundLightsTheDecidingWords();
    void filtersDriveTheList();
    void statementListFollowsTheFilters_data();
    void statementListFollowsTheFilters();
    void filteringAwayTheCurrentRowClearsThePane();
    void sourceLinkOpensOnlyOnClick_data();
    void sourceLinkOpensOnlyOnClick();
    void correctionsFollowTheLanguage_data();
    void correctionsFollowTheLanguage();
    void largeRoundIsListedInPart();
    void pointsGroupTheSourcesOfOneStatement();
    void statementRowsArePainted_data();
    void statementRowsArePainted();
};

void TestDetailPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(UiLanguage::install(Language::Arabic, QStringLiteral(MASAR_QM_DIR)));
}

void TestDetailPane::clickingRoundFillsCard_data()
{
    QTest::addColumn<int>("round");
    QTest::addColumn<QStringList>("expectedCard"); // title, dates, venue, then the card must contain
    QTest::addColumn<int>("statements");

    QTest::newRow("round 20 with two statements")
        << 20 << QStringList {u"الجولة 20"_s, u"20\u201321 حزيران 2023"_s, u"أستانا"_s} << 2;
    QTest::newRow("round 10 in Sochi, no article")
        << 10 << QStringList {u"الجولة 10"_s, u"30\u201331 تموز 2018"_s, u"سوتشي"_s} << 0;
    QTest::newRow("round 13 under the name Nur-Sultan")
        << 13 << QStringList {u"الجولة 13"_s, u"1\u20132 آب 2019"_s, u"نور سلطان (اليوم أستانا)"_s} << 0;
}

void TestDetailPane::clickingRoundFillsCard()
{
    QFETCH(int, round);
    QFETCH(QStringList, expectedCard);
    QFETCH(int, statements);

    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles({twoRoundReport(), turkishStatement()});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTreeView *list = WindowParts::roundList(window);
    const QModelIndex index = findRound(list->model(), round);
    QVERIFY(index.isValid());
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QCOMPARE(window.selectionModel()->currentIndex(), index);

    const DetailPane *pane = WindowParts::detailPane(window);
    const QStringList shown = pane->cardTexts();
    // Names are isolated where they are composed into a line (checked below); the words are these.
    QStringList card;
    for (const QString &text : shown)
        card.append(BidiText::stripped(text));
    QCOMPARE(card.mid(0, 3), expectedCard);
    // Guarantors, observers, envoy and outcome come from the reference table.
    const RoundInfo *info = ReferenceData::builtIn().round(round);
    QCOMPARE(card.at(3), u"روسيا، تركيا، إيران"_s);
    QCOMPARE(shown.at(3),
             BidiText::isolate(u"روسيا"_s) + u"، "_s + BidiText::isolate(u"تركيا"_s) + u"، "_s
                 + BidiText::isolate(u"إيران"_s));
    QCOMPARE(card.at(4), info->observers.ar.join(u"، "_s));
    QCOMPARE(card.at(5), info->unEnvoy.ar);
    QCOMPARE(card.at(6), info->outcome.ar);
    QCOMPARE(pane->statementList()->count(), statements);
    if (statements == 0)
        QCOMPARE(card.at(7), u"لا مقال عن هذه الجولة بعد"_s);
    else
        QVERIFY2(card.at(7).contains(twoRoundReport().title), qPrintable(card.at(7)));
    QVERIFY(pane->articleView()->toPlainText().isEmpty());
}

void TestDetailPane::statementHighlightsSpans()
{
    MainWindow window(ReferenceData::builtIn());
    const Article a = twoRoundReport();
    window.model()->setArticles({a});
    window.show();
    const QModelIndex statement = findStatement(window.filteredModel(), 20, u"lavrentiev"_s);
    QVERIFY(statement.isValid());
    select(window, statement);

    const DetailPane *pane = WindowParts::detailPane(window);
    ArticleTextView *view = pane->articleView();
    QCOMPARE(view->toPlainText(), a.text);
    QCOMPARE(view->textCursor().selectionStart(), a.statements.at(1).start);
    QCOMPARE(view->textCursor().selectionEnd(), a.statements.at(1).end);
    QCOMPARE(view->textCursor().selectedText(), a.statements.at(1).text);

    // Every theme span of the article, at its offsets, in its theme's colour.
    const ThemeHighlighter colours(ReferenceData::builtIn().themes());
    const QList<QTextEdit::ExtraSelection> selections = view->extraSelections();
    QCOMPARE(selections.size(), a.themeSpans.size());
    for (int i = 0; i < selections.size(); ++i) {
        const ThemeSpan &span = a.themeSpans.at(i);
        QCOMPARE(selections.at(i).cursor.selectionStart(), span.start);
        QCOMPARE(selections.at(i).cursor.selectionEnd(), span.end);
        QCOMPARE(selections.at(i).cursor.selectedText(), a.text.mid(span.start, span.end - span.start));
        QCOMPARE(selections.at(i).format.background().color(), colours.background(span.theme));
    }
    QCOMPARE(pane->statementList()->currentRow(), 1);
    QCOMPARE(view->document()->defaultTextOption().textDirection(), Qt::RightToLeft);
}

void TestDetailPane::articleShowsTextWithoutSelection()
{
    MainWindow window(ReferenceData::builtIn());
    const Article a = twoRoundReport();
    window.model()->setArticles({a});
    const QModelIndex round19 = findRound(window.filteredModel(), 19);
    select(window, window.filteredModel()->index(0, 0, round19));
    ArticleTextView *view = WindowParts::detailPane(window)->articleView();
    QCOMPARE(view->toPlainText(), a.text);
    QVERIFY(!view->textCursor().hasSelection());
    QCOMPARE(view->extraSelections().size(), a.themeSpans.size());
    QCOMPARE(WindowParts::detailPane(window)->statementList()->count(), 1);
}

void TestDetailPane::paneStatementSelectsInList()
{
    MainWindow window(ReferenceData::builtIn());
    const Article a = twoRoundReport();
    window.model()->setArticles({a});
    select(window, findRound(window.filteredModel(), 20));
    StatementList *statements = WindowParts::detailPane(window)->statementList();
    QCOMPARE(statements->count(), 2);
    statements->setCurrentRow(0);
    const QModelIndex current = window.selectionModel()->currentIndex();
    QCOMPARE(current.data(NodeTypeRole).toInt(), int(StatementNode));
    QCOMPARE(current.data(SpeakerRole).toString(), u"guarantors"_s);
    QVERIFY(window.selectionModel()->isSelected(current));
    QCOMPARE(WindowParts::detailPane(window)->articleView()->textCursor().selectionStart(),
             a.statements.at(0).start);
}

void TestDetailPane::articleTextIsPlain()
{
    MainWindow window(ReferenceData::builtIn());
    const Article a = markupArticle();
    window.model()->setArticles({a});
    select(window, findStatement(window.filteredModel(), 3, u"guarantors"_s));
    ArticleTextView *view = WindowParts::detailPane(window)->articleView();
    // Shown literally, character for character, with the offsets intact.
    QCOMPARE(view->toPlainText(), a.text);
    QCOMPARE(view->textCursor().selectedText(), a.statements.at(0).text);
    QCOMPARE(view->extraSelections().at(0).cursor.selectedText(), u"مكافحة الإرهاب"_s);
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QVERIFY(!it.fragment().charFormat().isImageFormat());
            QVERIFY(!it.fragment().charFormat().isAnchor());
            QVERIFY(it.fragment().charFormat().fontWeight() != QFont::Bold);
        }
    }
    QVERIFY(!view->loadResource(QTextDocument::ImageResource, QUrl(u"file:///etc/hostname"_s)).isValid());
    QVERIFY(view->document()->toHtml().contains(u"&lt;img src="_s));
    // The title in the card is plain too.
    QVERIFY(WindowParts::detailPane(window)->cardTexts().at(7).contains(u"<b>عنوان</b>"_s));
}

void TestDetailPane::whyRoundLightsTheDecidingWords()
{
    MainWindow window(ReferenceData::builtIn());
    Article a = markupArticle();
    // The analysis chose round 3 for the word «البيان» and a markup-looking headline.
    const int at = int(a.text.indexOf(u"البيان"_s));
    a.roundEvidence = {Evidence {Evidence::Reason::HeadlineMention, 3, 5, 0, int(a.title.size())},
                       Evidence {Evidence::Reason::Mention, 3, 2, at, at + 6},
                       Evidence {Evidence::Reason::PublicationDate, 3, 3, -1, -1}};
    window.model()->setArticles({a});
    select(window, findStatement(window.filteredModel(), 3, u"guarantors"_s));
    QLabel *why = WindowParts::detailPane(window)->whyLine();
    QVERIFY(why->isVisibleTo(WindowParts::detailPane(window)));
    // The headline's markup is shown as text inside the line's own link markup.
    QVERIFY2(why->text().contains(u"&lt;b&gt;"_s), qPrintable(why->text()));
    QVERIFY(why->text().contains(u"href=\"why\""_s));
    ArticleTextView *view = WindowParts::detailPane(window)->articleView();
    const qsizetype themes = view->extraSelections().size();
    Q_EMIT why->linkActivated(u"why"_s);
    // Both placed pieces of evidence are lit, the strongest first; the publication date has no place.
    QCOMPARE(view->extraSelections().size(), themes + 2);
    QCOMPARE(view->extraSelections().at(themes).cursor.selectionStart(), 0);
    QCOMPARE(view->extraSelections().at(themes + 1).cursor.selectedText(), u"البيان"_s);
    QCOMPARE(view->extraSelections().at(themes + 1).format.fontUnderline(), true);
    Q_EMIT why->linkActivated(u"why"_s); // and put out again
    QCOMPARE(view->extraSelections().size(), themes);
}

void TestDetailPane::filtersDriveTheList()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles({twoRoundReport(), turkishStatement()});
    const QAbstractItemModel *model = window.filteredModel();
    QCOMPARE(model->rowCount(), ReferenceData::builtIn().rounds().size());

    WindowParts::themeFilter(window)->setCheckedThemes({u"terrorism"_s});
    QCOMPARE(dumpTree(model),
             (QStringList {u"round-20"_s, u"  a.txt"_s, u"    "_s + statementKey(twoRoundReport(), 1)}));
    // Every round stays on the list (and the timeline) while filtering.
    QCOMPARE(model->rowCount(), ReferenceData::builtIn().rounds().size());

    WindowParts::themeFilter(window)->setCheckedThemes({});
    WindowParts::searchField(window)->setText(u"ادلب"_s);
    QCOMPARE(dumpTree(model),
             (QStringList {u"round-21"_s, u"  b.txt"_s, u"    "_s + statementKey(turkishStatement(), 0)}));
    WindowParts::searchField(window)->clear();
    QCOMPARE(dumpTree(model).size(), 3 + 4 + 3);
}

void TestDetailPane::statementListFollowsTheFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("themes");
    QTest::addColumn<QStringList>("speakers"); // of the rows listed for round 20, in order

    QTest::newRow("no filter: both statements")
        << QString() << QStringList {} << QStringList {u"guarantors"_s, u"lavrentiev"_s};
    QTest::newRow("search for a speaker's words")
        << u"لافرنتييف"_s << QStringList {} << QStringList {u"lavrentiev"_s};
    QTest::newRow("theme") << QString() << QStringList {u"sovereignty"_s} << QStringList {u"guarantors"_s};
    QTest::newRow("search and theme that exclude each other")
        << u"لافرنتييف"_s << QStringList {u"sovereignty"_s} << QStringList {};
}

void TestDetailPane::statementListFollowsTheFilters()
{
    // The round stays current (and on the list) while the filters change what is under it: the
    // pane must list what they keep, not what it listed when the round was chosen.
    QFETCH(QString, query);
    QFETCH(QStringList, themes);
    QFETCH(QStringList, speakers);

    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles({twoRoundReport(), turkishStatement()});
    QVERIFY(window.selectRound(20));
    const StatementList *list = WindowParts::detailPane(window)->statementList();
    QCOMPARE(list->count(), 2);
    WindowParts::searchField(window)->setText(query);
    WindowParts::themeFilter(window)->setCheckedThemes(themes);
    QCOMPARE(window.selectionModel()->currentIndex().data(RoundNumberRole).toInt(), 20);
    QStringList listed;
    for (int row = 0; row < list->count(); ++row)
        listed.append(list->statementIndex(row).data(SpeakerRole).toString());
    QCOMPARE(listed, speakers);
}

void TestDetailPane::filteringAwayTheCurrentRowClearsThePane()
{
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles({twoRoundReport()});
    select(window, findStatement(window.filteredModel(), 19, u"russia"_s));
    QVERIFY(WindowParts::detailPane(window)->currentStatement().isValid());
    WindowParts::themeFilter(window)->setCheckedThemes({u"terrorism"_s});
    // The statement is gone; the pane must not hold on to it.
    QVERIFY(!WindowParts::detailPane(window)->currentStatement().isValid());
    WindowParts::themeFilter(window)->setCheckedThemes({});
    select(window, findRound(window.filteredModel(), 20));
    QCOMPARE(WindowParts::detailPane(window)->statementList()->count(), 2);
}

void TestDetailPane::sourceLinkOpensOnlyOnClick_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown"); // empty: no link at all
    QTest::newRow("an https address, shown decoded")
        << u"https://a.example/%D8%AE%D8%A8%D8%B1/1"_s << u"https://a.example/خبر/1"_s;
    QTest::newRow("no address") << QString() << QString();
    QTest::newRow("javascript: is never a link") << u"javascript:alert(1)"_s << QString();
    QTest::newRow("file: is never a link") << u"file:///etc/passwd"_s << QString();
    QTest::newRow("markup in an address is not an address")
        << u"https://a.example/\"><img src=x>"_s << QString();
}

void TestDetailPane::sourceLinkOpensOnlyOnClick()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    MainWindow window(ReferenceData::builtIn());
    Article a = twoRoundReport();
    a.url = url;
    window.model()->setArticles({a});
    DetailPane *pane = WindowParts::detailPane(window);
    QList<QUrl> opened;
    pane->setUrlOpener([&](const QUrl &u) { opened.append(u); });
    select(window, findStatement(window.filteredModel(), 20, u"lavrentiev"_s));
    QLabel *link = pane->sourceLink();
    QCOMPARE(link->isHidden(), shown.isEmpty());
    QVERIFY(!link->openExternalLinks());
    QVERIFY(opened.isEmpty()); // showing it loads and opens nothing
    if (shown.isEmpty())
        return;
    QVERIFY2(link->text().contains(shown), qPrintable(link->text()));
    QVERIFY2(link->text().contains(u"المصدر"_s), qPrintable(link->text()));
    Q_EMIT link->linkActivated(url);
    QCOMPARE(opened, QList<QUrl> {QUrl(url)});
    Q_EMIT link->linkActivated(u"javascript:alert(1)"_s);
    QCOMPARE(opened.size(), 1);
    // A round without a shown article has no source line.
    select(window, findRound(window.filteredModel(), 10));
    QVERIFY(link->isHidden());
}

void TestDetailPane::correctionsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("then");
    QTest::newRow("English, then Arabic") << u"en"_s << u"ar"_s;
    QTest::newRow("Arabic, then English") << u"ar"_s << u"en"_s;
}

// The model keeps the corrections as codes: after a language switch the card words the same
// articles again, nothing re-read, and the words are those of the new language.
void TestDetailPane::correctionsFollowTheLanguage()
{
    QFETCH(QString, first);
    QFETCH(QString, then);
    Article corrected = twoRoundReport();
    corrected.corrections = {Diagnostic {Diagnostic::Code::RoundCorrected, {u"20"_s, u"19"_s}},
                             Diagnostic {Diagnostic::Code::KindCorrected, {u"report"_s, u"analysis"_s}}};
    const auto languageOf = [](const QString &id) {
        Language language = Language::Arabic;
        languageFromId(id, &language);
        return language;
    };
    MainWindow window(ReferenceData::builtIn());
    QVERIFY(UiLanguage::install(languageOf(first), QStringLiteral(MASAR_QM_DIR)));
    window.model()->setArticles({corrected, turkishStatement()});
    QStringList words;
    for (const QString &language : {first, then}) {
        QVERIFY(UiLanguage::install(languageOf(language), QStringLiteral(MASAR_QM_DIR)));
        QCoreApplication::processEvents(); // the window re-words itself on LanguageChange
        QVERIFY(window.selectRound(21));
        QVERIFY(window.selectRound(20));
        const QString warnings = WindowParts::detailPane(window)->cardTexts().at(8);
        QStringList expected;
        for (const Diagnostic &c : std::as_const(corrected.corrections))
            expected.append(DiagnosticText::describe(c));
        QVERIFY2(warnings.endsWith(expected.join(u'\n')), qPrintable(warnings));
        words.append(expected.join(u'\n'));
    }
    QVERIFY(words.at(0) != words.at(1));
    const QString english = words.at(first == u"en" ? 0 : 1);
    const QString arabic = words.at(first == u"en" ? 1 : 0);
    // The words of today's card, in English, from the codes.
    QCOMPARE(english,
             u"Main round corrected by the user to 20 (the analysis said 19).\n"
             "Kind corrected by the user to report (the analysis said analysis)."_s);
    QVERIFY2(arabic.contains(u"الجولة الرئيسية"_s) && arabic.contains(u"تقرير"_s), qPrintable(arabic));
    QVERIFY(UiLanguage::install(Language::Arabic, QStringLiteral(MASAR_QM_DIR))); // as initTestCase left it
}

// A round of a large archive: 50 articles with 8 statements each. The pane lists the first
// statements and card lines and says how many more there are; the list's rows stay selectable.
void TestDetailPane::largeRoundIsListedInPart()
{
    constexpr int Articles = 50;
    constexpr int PerArticle = 8;
    QList<Article> many;
    for (int a = 0; a < Articles; ++a) {
        Article article = twoRoundReport();
        article.file = u"many-%1.txt"_s.arg(a);
        article.title = u"مقال رقم %1 عن الجولة"_s.arg(a);
        QStringList sentences;
        for (int s = 0; s < PerArticle; ++s)
            sentences.append(u"وأكدت الدول الضامنة في البند %1 من المقال %2 التزامها."_s.arg(s).arg(a));
        article.text = article.title + u'\n' + sentences.join(u' ');
        article.statements.clear();
        for (const QString &sentence : std::as_const(sentences))
            article.statements.append(
                statementOf(article.text, sentence, 20, u"guarantors"_s, u"affirm"_s, {}));
        article.themeSpans.clear();
        article.warnings.clear();
        many.append(article);
    }
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(many);
    QVERIFY(window.selectRound(20));
    const DetailPane *pane = WindowParts::detailPane(window);
    const StatementList *list = pane->statementList();
    QCOMPARE(list->count(), DetailPane::MaxStatements + 1);
    QVERIFY(list->statementIndex(DetailPane::MaxStatements - 1).isValid());
    const QListWidgetItem *note = list->item(DetailPane::MaxStatements);
    QVERIFY(!list->statementIndex(DetailPane::MaxStatements).isValid());
    QVERIFY(!(note->flags() & Qt::ItemIsSelectable));
    const int more = Articles * PerArticle - DetailPane::MaxStatements;
    QVERIFY2(note->text().contains(QString::number(more)), qPrintable(note->text()));
    // The card's article field: the first lines, then how many more.
    const QStringList articleLines = pane->cardTexts().at(7).split(u'\n');
    QCOMPARE(articleLines.size(), DetailPane::MaxCardLines + 1);
    QVERIFY2(articleLines.last().contains(QString::number(Articles - DetailPane::MaxCardLines)),
             qPrintable(articleLines.last()));
}

// Three outlets report one point of round 20's statement in their own words; the first also
// reports another point. The pane lists the point once with its three sources, then the other.
void TestDetailPane::pointsGroupTheSourcesOfOneStatement()
{
    const QStringList sentences {
        u"وأكدت الدول الضامنة التزامها الثابت بسيادة الجمهورية العربية السورية ووحدتها واستقلالها وسلامة أراضيها."_s,
        u"وجددت الدول الضامنة التزامها بسيادة سوريا ووحدة أراضيها واستقلالها."_s,
        u"وشدد البيان على الالتزام الثابت بسيادة سوريا واستقلالها ووحدتها."_s,
    };
    const QString other = u"ودعت الدول الضامنة إلى تهيئة الظروف للعودة الآمنة والطوعية للاجئين والنازحين."_s;
    QList<Article> articles;
    for (int i = 0; i < sentences.size(); ++i) {
        Article a;
        a.ok = true;
        a.file = u"/tmp/outlet%1.txt"_s.arg(i);
        a.source = u"منفذ %1"_s.arg(i + 1);
        a.title = u"ختام الجولة العشرين %1"_s.arg(i + 1);
        a.text = a.title + u'\n' + sentences.at(i) + (i == 0 ? u' ' + other : QString());
        a.mentionedRounds = {20};
        a.statements
            = {statementOf(a.text, sentences.at(i), 20, u"guarantors"_s, u"affirm"_s, {u"sovereignty"_s})};
        if (i == 0)
            a.statements.append(statementOf(a.text, other, 20, u"guarantors"_s, u"call"_s, {u"refugees"_s}));
        articles.append(a);
    }
    MainWindow window(ReferenceData::builtIn());
    window.model()->setArticles(articles);
    QVERIFY(window.selectRound(20));
    const DetailPane *pane = WindowParts::detailPane(window);
    QCOMPARE(pane->listTabs()->currentWidget(), pane->pointList()); // points first
    StatementList *points = pane->pointList();
    // The point (its fullest wording), a line per source, then the other point.
    QCOMPARE(points->count(), 1 + 3 + 1);
    const auto textOf
        = [&](int row) { return points->statementIndex(row).data(StatementTextRole).toString(); };
    QCOMPARE(textOf(0), sentences.at(0));
    QVERIFY2(points->item(0)->text().contains(u"3"_s), qPrintable(points->item(0)->text()));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(textOf(1 + i), sentences.at(i));
    QVERIFY2(points->item(2)->text().contains(u"منفذ 2"_s), qPrintable(points->item(2)->text()));
    QCOMPARE(textOf(4), other);
    QVERIFY2(!points->item(4)->text().contains(u"3"_s), qPrintable(points->item(4)->text()));
    // The statement list still has every statement.
    QCOMPARE(pane->statementList()->count(), 4);

    // A source opens its article at its sentence.
    points->setCurrentRow(3);
    QCOMPARE(pane->articleView()->toPlainText(), articles.at(2).text);
    QCOMPARE(pane->articleView()->textCursor().selectedText(), sentences.at(2));
    QCOMPARE(window.selectionModel()->currentIndex().data(StatementTextRole).toString(), sentences.at(2));
}

void TestDetailPane::statementRowsArePainted_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("chipOnTheRight");

    QTest::newRow("Arabic window: chips from the right") << Qt::RightToLeft << true;
    QTest::newRow("English window: chips from the left") << Qt::LeftToRight << false;
}

void TestDetailPane::statementRowsArePainted()
{
    // Rows are painted, not made of widgets: a round of hundreds of statements must not cost a
    // widget tree each. What a reader needs of them is still there: the sentence wraps to the
    // list's width and each theme has its chip, on the side the window reads from.
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, chipOnTheRight);

    StatementList list;
    list.setLayoutDirection(direction);
    list.resize(600, 300);
    const QColor chipColor(200, 30, 40);
    const QString sentence = u"وأكدت الدول الضامنة في البيان الختامي التزامها الثابت بسيادة سوريا ووحدة "
                             u"أراضيها وبمواصلة العمل المشترك على خفض التصعيد في إدلب."_s;
    list.addStatement(QPersistentModelIndex(), u"الدول الضامنة — تؤكد"_s, sentence,
                      {{u"السيادة"_s, chipColor}});
    list.addNote(u"… ملاحظة"_s);
    QCOMPARE(list.count(), 2);
    QVERIFY(!list.itemWidget(list.item(0)));
    QCOMPARE(list.item(0)->text(), u"الدول الضامنة — تؤكد: "_s + sentence);

    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QStyleOptionViewItem option;
    option.initFrom(list.viewport());
    option.font = list.font();
    option.widget = &list;
    const QModelIndex row = list.model()->index(0, 0);
    const QAbstractItemDelegate *delegate = list.itemDelegate();
    list.resize(900, 300);
    QCoreApplication::processEvents();
    const int wide = delegate->sizeHint(option, row).height();
    list.resize(220, 300);
    QCoreApplication::processEvents();
    const int narrow = delegate->sizeHint(option, row).height();
    QVERIFY2(narrow > wide, qPrintable(u"%1 ≤ %2"_s.arg(narrow).arg(wide)));
    QCOMPARE(list.visualRect(row).height(), narrow); // the list laid its rows out again

    list.resize(600, 300);
    QCoreApplication::processEvents();
    const QImage image = list.viewport()->grab().toImage();
    const QRect rowRect = list.visualRect(row);
    int left = 0;
    int right = 0;
    for (int y = rowRect.top(); y <= rowRect.bottom(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == chipColor)
                ++(x < image.width() / 2 ? left : right);
        }
    }
    QVERIFY2(left + right > 100, "the theme's chip is painted in its colour");
    QCOMPARE(right > left, chipOnTheRight);
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
