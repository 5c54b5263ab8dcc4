// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "biditext.h"
#include "roundsfixture.h"
#include "roundsmodel.h"
#include "searchkey.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsFixture;
using namespace RoundsRoles;

class TestRoundsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyRoundFromTheStart();
    void treeShape_data();
    void treeShape();
    void roundAggregates();
    void dohaArticleSitsUnderTheDohaMeeting();
    void roundKeepsReferenceDatesAgainstText();
    void articleAndStatementRoles();
    void detailOfStoredArticlesComesFromTheSource();
    void searchKeys_data();
    void searchKeys();
    void setArticlesResets();
    void addArticlesInsertsUnderExistingRounds();
    void displayTextFollowsLanguage();
    void headersAndRoleNames();
};

void TestRoundsModel::init()
{
    QLocale::setDefault(QLocale::c());
}

void TestRoundsModel::everyRoundFromTheStart()
{
    RoundsModel model(ReferenceData::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ReferenceData &reference = ReferenceData::builtIn();
    QCOMPARE(model.rowCount(), reference.rounds().size());
    QCOMPARE(model.columnCount(), int(RoundsModel::ColumnCount));
    QDate previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(NodeTypeRole).toInt(), int(RoundNode));
        QVERIFY(!model.hasChildren(index));
        const QDate start = index.data(StartDateRole).toDate();
        QVERIFY2(!previous.isValid() || previous <= start, qPrintable(index.data(RoundIdRole).toString()));
        previous = start;
    }
    QCOMPARE(model.index(0, 0).data(RoundNumberRole).toInt(), 1);
    const QModelIndex last = model.index(model.rowCount() - 1, 0);
    QCOMPARE(last.data(RoundIdRole).toString(), u"doha-2024"_s);
    QCOMPARE(last.data(RoundNumberRole).toInt(), 0);

    // Reference facts are there before any article.
    const QModelIndex round10 = model.roundIndex(10);
    QCOMPARE(round10.data(CityRole).toString(), u"سوتشي"_s); // the model's language: Arabic first
    QVERIFY(!round10.data(CapitalNameRole).toString().isEmpty());
    QCOMPARE(round10.data(StartDateRole).toDate(), QDate(2018, 7, 30));
    QVERIFY(!round10.data(OutcomeRole).toString().isEmpty());
    QVERIFY(!round10.data(ObserversRole).toStringList().isEmpty());
    QCOMPARE(round10.data(ArticleCountRole).toInt(), 0);
    QVERIFY(!model.roundIndex(40).isValid());
}

void TestRoundsModel::treeShape_data()
{
    QTest::addColumn<QList<Article>>("articles");
    QTest::addColumn<QStringList>("expected");

    const Article a = twoRoundReport();
    const Article b = turkishStatement();
    QTest::newRow("article with statements in two rounds sits under both")
        << QList<Article> {a}
        << QStringList {u"round-19"_s,
                        u"  a.txt"_s,
                        u"    "_s + statementKey(a, 2),
                        u"round-20"_s,
                        u"  a.txt"_s,
                        u"    "_s + statementKey(a, 0),
                        u"    "_s + statementKey(a, 1)};
    QTest::newRow("analysis piece has no node") << QList<Article> {analysisPiece()} << QStringList {};
    QTest::newRow("article without statements sits under its round")
        << QList<Article> {roundWithoutStatements()} << QStringList {u"round-5"_s, u"  d.txt"_s};
    QTest::newRow("round missing from the table is left out")
        << QList<Article> {unknownRound()} << QStringList {};
    QTest::newRow("two articles in date order of their rounds")
        << QList<Article> {b, roundWithoutStatements(), a}
        << QStringList {u"round-5"_s,
                        u"  d.txt"_s,
                        u"round-19"_s,
                        u"  a.txt"_s,
                        u"    "_s + statementKey(a, 2),
                        u"round-20"_s,
                        u"  a.txt"_s,
                        u"    "_s + statementKey(a, 0),
                        u"    "_s + statementKey(a, 1),
                        u"round-21"_s,
                        u"  b.txt"_s,
                        u"    "_s + statementKey(b, 0)};
}

void TestRoundsModel::treeShape()
{
    QFETCH(QList<Article>, articles);
    QFETCH(QStringList, expected);

    RoundsModel model(ReferenceData::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles(articles);
    QCOMPARE(dumpTree(&model), expected);
    QCOMPARE(model.rowCount(), ReferenceData::builtIn().rounds().size());
    QCOMPARE(model.articles().size(), articles.size());
}

void TestRoundsModel::roundAggregates()
{
    RoundsModel model(ReferenceData::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Article second = twoRoundReport();
    second.file = u"a2.txt"_s;
    second.statements.removeFirst();
    const Diagnostic another {Diagnostic::Code::PageDateMismatch, {u"2023-06-21"_s, u"أمس"_s}};
    second.warnings = {another, twoRoundReport().warnings.constFirst()};
    model.setArticles({twoRoundReport(), second});

    const QModelIndex round20 = model.roundIndex(20);
    QCOMPARE(round20.data(ArticleCountRole).toInt(), 2);
    QCOMPARE(round20.data(StatementCountRole).toInt(), 3);
    QCOMPARE(round20.data(ThemesRole).toStringList(),
             (QStringList {u"sovereignty"_s, u"terrorism"_s, u"deescalation"_s}));
    QCOMPARE(round20.data(MainThemeRole).toString(), u"sovereignty"_s);
    const QVariantMap counts = round20.data(ThemeCountsRole).toMap();
    QCOMPARE(counts.value(u"sovereignty"_s).toInt(), 1);
    QCOMPARE(counts.value(u"terrorism"_s).toInt(), 2);
    QCOMPARE(counts.value(u"deescalation"_s).toInt(), 2);
    QVERIFY(!counts.contains(u"refugees"_s));
    // Each warning once, in the order the articles bring them.
    QCOMPARE(round20.data(WarningsRole).value<Diagnostics>(),
             (Diagnostics {twoRoundReport().warnings.constFirst(), another}));

    const QModelIndex round19 = model.roundIndex(19);
    QCOMPARE(round19.data(StatementCountRole).toInt(), 2);
    QCOMPARE(round19.data(ThemeCountsRole).toMap().value(u"refugees"_s).toInt(), 2);
    // The article under round 19 counts only round 19's statement.
    QCOMPARE(model.index(0, 0, round19).data(StatementCountRole).toInt(), 1);
}

void TestRoundsModel::dohaArticleSitsUnderTheDohaMeeting()
{
    RoundsModel model(ReferenceData::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Article doha = turkishStatement();
    doha.round = 0;
    for (Statement &s : doha.statements)
        s.round = 0;
    Article none = turkishStatement();
    none.file = u"c.txt"_s;
    none.round = NoRound;
    for (Statement &s : none.statements)
        s.round = NoRound;
    model.setArticles({doha, none});
    const QModelIndex meeting = model.roundIndex(0);
    QVERIFY(meeting.isValid());
    QCOMPARE(meeting.data(RoundIdRole).toString(), u"doha-2024"_s);
    QCOMPARE(model.rowCount(meeting), 1);
    QCOMPARE(model.index(0, 0, meeting).data(ArticleFileRole).toString(), u"b.txt"_s);
    // An article of no round is under none of them.
    int articles = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        articles += model.rowCount(model.index(r, 0));
    QCOMPARE(articles, 1);
}

void TestRoundsModel::roundKeepsReferenceDatesAgainstText()
{
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles({turkishStatement()});
    const QModelIndex round21 = model.roundIndex(21);
    const RoundInfo *info = ReferenceData::builtIn().round(21);
    QCOMPARE(round21.data(StartDateRole).toDate(), info->start);
    QCOMPARE(round21.data(EndDateRole).toDate(), info->end);
    QCOMPARE(round21.data(WarningsRole).value<Diagnostics>(), turkishStatement().warnings);
    // The article node gives what its text says.
    const QModelIndex article = model.index(0, 0, round21);
    QCOMPARE(article.data(StartDateRole).toDate(), QDate(2024, 1, 20));
    QCOMPARE(article.data(EndDateRole).toDate(), QDate(2024, 1, 21));
}

void TestRoundsModel::articleAndStatementRoles()
{
    RoundsModel model(ReferenceData::builtIn());
    const Article a = twoRoundReport();
    model.setArticles({a});
    const QModelIndex article = model.index(0, 0, model.roundIndex(20));
    QCOMPARE(article.data(NodeTypeRole).toInt(), int(ArticleNode));
    QCOMPARE(article.data(RoundNumberRole).toInt(), 20);
    QCOMPARE(article.data(KindRole).toInt(), int(ArticleKind::Report));
    QCOMPARE(article.data(ArticleTextRole).toString(), a.text);
    QCOMPARE(article.data(ArticleSourceRole).toString(), a.source);
    QCOMPARE(article.data(PublishedRole).toDate(), a.published);
    QCOMPARE(article.data(ThemeSpansRole).value<QList<ThemeSpan>>(), a.themeSpans);

    const QModelIndex statement = model.index(1, 0, article);
    QCOMPARE(statement.data(NodeTypeRole).toInt(), int(StatementNode));
    QCOMPARE(statement.data(SpeakerRole).toString(), u"lavrentiev"_s);
    QCOMPARE(statement.data(StanceRole).toInt(), int(Statement::Stance::Call));
    QCOMPARE(statement.data(StatementStartRole).toInt(), a.statements.at(1).start);
    QCOMPARE(statement.data(StatementEndRole).toInt(), a.statements.at(1).end);
    QCOMPARE(statement.data(StatementTextRole).toString(), a.statements.at(1).text);
    QCOMPARE(statement.data(MainThemeRole).toString(), u"terrorism"_s);
    QCOMPARE(statement.data(ArticleTextRole).toString(), a.text);
    // Only the spans inside the statement.
    QCOMPARE(statement.data(ThemeSpansRole).value<QList<ThemeSpan>>(),
             (QList<ThemeSpan> {a.themeSpans.at(1), a.themeSpans.at(2)}));
    QCOMPARE(statement.parent(), article);
}

// A stored article's spans and evidence stay in the library, like its text: the model asks for
// them when a view does, and keeps those of the last few articles.
void TestRoundsModel::detailOfStoredArticlesComesFromTheSource()
{
    const Article full = twoRoundReport();
    Article stored = full;
    stored.libraryId = 7;
    stored.text.clear();
    for (Statement &statement : stored.statements)
        statement.text.clear();
    ArticleDetail::takeFrom(&stored);
    const QList<Evidence> evidence {Evidence {Evidence::Reason::HeadlineMention, 20, 5, 0, 5}};
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles({stored});
    const QModelIndex article = model.index(0, 0, model.roundIndex(20));
    QVERIFY(article.data(ThemeSpansRole).value<QList<ThemeSpan>>().isEmpty()); // no source yet

    QList<qint64> asked;
    QStringList texts;
    model.setDetailSource([&](qint64 id, const QString &text) {
        asked.append(id);
        texts.append(text);
        return ArticleDetail {full.themeSpans, evidence, {}, {}};
    });
    model.setTextSource([&](qint64) { return full.text; });
    QCOMPARE(article.data(ThemeSpansRole).value<QList<ThemeSpan>>(), full.themeSpans);
    QCOMPARE(article.data(RoundEvidenceRole).value<QList<Evidence>>(), evidence);
    const QModelIndex statement = model.index(1, 0, article);
    QCOMPARE(statement.data(ThemeSpansRole).value<QList<ThemeSpan>>(),
             (QList<ThemeSpan> {full.themeSpans.at(1), full.themeSpans.at(2)}));
    QCOMPARE(asked, QList<qint64> {7}); // asked once, then kept
    QCOMPARE(texts, QStringList {full.text}); // with the text source's text

    // An article whose text is in memory has its detail with it.
    model.setArticles({full});
    QCOMPARE(model.index(0, 0, model.roundIndex(20)).data(ThemeSpansRole).value<QList<ThemeSpan>>(),
             full.themeSpans);
    QCOMPARE(asked, QList<qint64> {7});
}

void TestRoundsModel::searchKeys_data()
{
    QTest::addColumn<bool>("stored");
    QTest::addColumn<int>("statementRow"); // under round 20's article; -1: the article itself
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("found");

    QTest::newRow("statement in memory: its text") << false << 1 << u"مكافحة الارهاب"_s << true;
    QTest::newRow("statement in memory: its speaker") << false << 1 << u"لافرنتييف"_s << true;
    QTest::newRow("statement in memory: not another's text") << false << 0 << u"مكافحة"_s << false;
    QTest::newRow("stored statement: its speaker") << true << 1 << u"Lavrentiev"_s << true;
    QTest::newRow("stored statement: not its text (the index has it)") << true << 1 << u"مكافحة"_s << false;
    QTest::newRow("stored statements keep their own speakers") << true << 0 << u"لافرنتييف"_s << false;
    QTest::newRow("stored statement: the other speaker") << true << 0 << u"الدول الضامنة"_s << true;
    QTest::newRow("stored article: its title") << true << -1 << u"ختام الجولة"_s << true;
    QTest::newRow("stored article: not its body") << true << -1 << u"مكافحة"_s << false;
}

// What the search proxy matches against (SearchTextRole): a stored article's text and its
// statements' are in the library, whose index searches them, so here only the speakers' names.
void TestRoundsModel::searchKeys()
{
    QFETCH(bool, stored);
    QFETCH(int, statementRow);
    QFETCH(QString, words);
    QFETCH(bool, found);
    Article a = twoRoundReport();
    if (stored) {
        a.libraryId = 7;
        a.text.clear();
        for (Statement &statement : a.statements)
            statement.text.clear();
    }
    RoundsModel model(ReferenceData::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Another article first, so that keys shared between articles are not simply the first ones.
    model.setArticles({turkishStatement(), a});
    const QModelIndex article = model.index(0, 0, model.roundIndex(20));
    QCOMPARE(article.data(LibraryIdRole).toLongLong(), stored ? 7 : 0);
    const QModelIndex node = statementRow < 0 ? article : model.index(statementRow, 0, article);
    QVERIFY(node.isValid());
    QCOMPARE(node.data(SearchTextRole).toString().contains(SearchKey::of(words)), found);
}

void TestRoundsModel::setArticlesResets()
{
    RoundsModel model(ReferenceData::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.setArticles({twoRoundReport()});
    model.setArticles({turkishStatement()});
    QCOMPARE(resets.count(), 2);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(dumpTree(&model),
             (QStringList {u"round-21"_s, u"  b.txt"_s, u"    "_s + statementKey(turkishStatement(), 0)}));
    model.setArticles({});
    QCOMPARE(dumpTree(&model), QStringList {});
    QCOMPARE(model.rowCount(), ReferenceData::builtIn().rounds().size());
}

void TestRoundsModel::addArticlesInsertsUnderExistingRounds()
{
    RoundsModel model(ReferenceData::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticles({turkishStatement()});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    Article another = turkishStatement();
    another.file = u"b2.txt"_s;
    model.addArticles({twoRoundReport(), analysisPiece(), another});

    QCOMPARE(resets.count(), 0);
    // a.txt under rounds 19 and 20, b2.txt under round 21; the analysis piece adds no row.
    QCOMPARE(inserts.count(), 3);
    const QList<QVariant> last = inserts.last();
    QCOMPARE(last.at(0).toModelIndex(), model.roundIndex(21));
    QCOMPARE(last.at(1).toInt(), 1);
    QCOMPARE(last.at(2).toInt(), 1);
    QCOMPARE(changes.count(), 3); // the rounds' counts changed
    QCOMPARE(model.articles().size(), 4);
    QCOMPARE(model.roundIndex(21).data(ArticleCountRole).toInt(), 2);
    QCOMPARE(dumpTree(&model).size(), 3 + 4 + 5);
}

void TestRoundsModel::displayTextFollowsLanguage()
{
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles({twoRoundReport()});
    const QModelIndex round10 = model.roundIndex(10);
    QCOMPARE(round10.data().toString(), u"الجولة 10"_s);
    QCOMPARE(round10.siblingAtColumn(RoundsModel::VenueColumn).data().toString(), u"سوتشي"_s);
    // The Levantine month name, whatever the process's default locale.
    QVERIFY(round10.siblingAtColumn(RoundsModel::DatesColumn).data().toString().contains(u"تموز"_s));
    QCOMPARE(round10.data(CityRole).toString(), u"سوتشي"_s);

    // A switch announces every row changed, but is not a reset: views keep selection and expansion.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(Language::English);
    QCOMPARE(resets.count(), 0);
    QVERIFY(!changes.isEmpty());
    const auto announced = [&changes](const QModelIndex &index) {
        return std::any_of(changes.cbegin(), changes.cend(), [&index](const QList<QVariant> &c) {
            const QModelIndex top = c.at(0).toModelIndex();
            const QModelIndex bottom = c.at(1).toModelIndex();
            return top.parent() == index.parent() && top.row() <= index.row() && index.row() <= bottom.row();
        });
    };
    const QModelIndex statement = model.index(1, 0, model.index(0, 0, model.roundIndex(20)));
    QVERIFY(announced(model.roundIndex(10)));
    QVERIFY(announced(statement));
    QCOMPARE(model.roundIndex(10).data().toString(), u"Round 10"_s);
    QCOMPARE(model.roundIndex(10).siblingAtColumn(RoundsModel::VenueColumn).data().toString(), u"Sochi"_s);
    QCOMPARE(model.roundIndex(10).data(CityRole).toString(), u"Sochi"_s);
    QCOMPARE(model.roundIndex(10).siblingAtColumn(RoundsModel::DatesColumn).data().toString(),
             u"30\u201331 July 2018"_s);
    // Speaker and sentence, each in an isolate of its own.
    const QString shown = statement.data().toString();
    QVERIFY(shown.startsWith(QChar(BidiText::FirstStrongIsolate) + u"Alexander Lavrentiev"_s
                             + QChar(BidiText::PopDirectionalIsolate) + u": "_s
                             + QChar(BidiText::FirstStrongIsolate)));
    QCOMPARE(model.roundIndex(20).siblingAtColumn(RoundsModel::StatementsColumn).data().toString(), u"2"_s);
}

void TestRoundsModel::headersAndRoleNames()
{
    RoundsModel model(ReferenceData::builtIn());
    // The words come from the ui; the model announces them.
    QVERIFY(!model.headerData(0, Qt::Horizontal).isValid());
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    const QStringList labels {u"R"_s, u"D"_s, u"V"_s, u"S"_s};
    model.setHeaderLabels(labels);
    QCOMPARE(headers.count(), 1);
    for (int column = 0; column < RoundsModel::ColumnCount; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), labels.at(column));
    QVERIFY(!model.headerData(RoundsModel::ColumnCount, Qt::Horizontal).isValid());
    const QHash<int, QByteArray> names = model.roleNames();
    for (int role = NodeTypeRole; role <= SearchTextRole; ++role)
        QVERIFY2(names.contains(role), qPrintable(QString::number(role)));
    QCOMPARE(names.value(SpeakerRole), QByteArray("speaker"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

QTEST_GUILESS_MAIN(TestRoundsModel)
#include "tst_roundsmodel.moc"
