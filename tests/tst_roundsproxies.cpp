// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "actorfilterproxymodel.h"
#include "combinedfilterproxymodel.h"
#include "datewindowproxymodel.h"
#include "roundsfixture.h"
#include "roundsmodel.h"
#include "searchfilterproxymodel.h"
#include "themefilterproxymodel.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsFixture;
using namespace RoundsRoles;

namespace {

const QList<Article> &corpus()
{
    static const QList<Article> articles {twoRoundReport(), turkishStatement(), roundWithoutStatements(),
                                          analysisPiece()};
    return articles;
}

QString st(int article, int statement)
{
    return u"    "_s + statementKey(corpus().at(article), statement);
}

// Every row of the fixture tree, for filters that should keep everything.
QStringList fullTree()
{
    return {u"round-5"_s, u"  d.txt"_s, u"round-19"_s, u"  a.txt"_s,  st(0, 2),     u"round-20"_s,
            u"  a.txt"_s, st(0, 0),     st(0, 1),      u"round-21"_s, u"  b.txt"_s, st(1, 0)};
}

} // namespace

class TestRoundsProxies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void themeFilter_data();
    void themeFilter();
    void themeFilterKeepsEveryRound();
    void themeFilterFollowsSourceChanges();
    void actorFilter_data();
    void actorFilter();
    void dateWindow_data();
    void dateWindow();
    void search_data();
    void search();
    void storedTextIsSearchedThroughHits_data();
    void storedTextIsSearchedThroughHits();
    void chainedFilters();
    void aggregatesFollowTheFilter_data();
    void aggregatesFollowTheFilter();
    void chainedAggregates();
    void combinedKeepsWhatTheChainKeeps_data();
    void combinedKeepsWhatTheChainKeeps();
    void articleChildrenAsTheFilterKeepsThem_data();
    void articleChildrenAsTheFilterKeepsThem();
};

void TestRoundsProxies::init()
{
    QLocale::setDefault(QLocale::c());
}

void TestRoundsProxies::themeFilter_data()
{
    QTest::addColumn<QStringList>("themes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no theme: everything") << QStringList {} << fullTree();
    QTest::newRow("one theme, one statement")
        << QStringList {u"terrorism"_s} << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 1)};
    QTest::newRow("second theme of a statement counts")
        << QStringList {u"deescalation"_s}
        << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 1), u"round-21"_s, u"  b.txt"_s, st(1, 0)};
    QTest::newRow("several themes: union")
        << QStringList {u"refugees"_s, u"sovereignty"_s}
        << QStringList {u"round-19"_s, u"  a.txt"_s, st(0, 2), u"round-20"_s, u"  a.txt"_s, st(0, 0)};
    QTest::newRow("theme no statement has") << QStringList {u"oil"_s} << QStringList {};
}

void TestRoundsProxies::themeFilter()
{
    QFETCH(QStringList, themes);
    QFETCH(QStringList, expected);

    RoundsModel source(ReferenceData::builtIn());
    ThemeFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setKeepEmptyRounds(false);
    proxy.setSourceModel(&source);
    source.setArticles(corpus());
    QSignalSpy changed(&proxy, &ThemeFilterProxyModel::themesChanged);
    proxy.setThemes(themes);
    QCOMPARE(changed.count(), themes.isEmpty() ? 0 : 1);
    QCOMPARE(dumpTree(&proxy, false), themes.isEmpty() ? dumpTree(&source, false) : expected);
    QCOMPARE(dumpTree(&proxy), expected);
}

void TestRoundsProxies::themeFilterKeepsEveryRound()
{
    RoundsModel source(ReferenceData::builtIn());
    ThemeFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.setArticles(corpus());
    QVERIFY(proxy.keepEmptyRounds());
    proxy.setThemes({u"terrorism"_s});
    QCOMPARE(proxy.rowCount(), source.rowCount());
    QCOMPARE(dumpTree(&proxy), (QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 1)}));
    // Round 5's article has no matching statement: the round stays, its article goes.
    const QModelIndex round5 = proxy.mapFromSource(source.roundIndex(5));
    QVERIFY(round5.isValid());
    QCOMPARE(proxy.rowCount(round5), 0);

    proxy.setKeepEmptyRounds(false);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setKeepEmptyRounds(true);
    QCOMPARE(proxy.rowCount(), source.rowCount());
}

void TestRoundsProxies::themeFilterFollowsSourceChanges()
{
    RoundsModel source(ReferenceData::builtIn());
    ThemeFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setKeepEmptyRounds(false);
    proxy.setSourceModel(&source);
    proxy.setThemes({u"deescalation"_s});
    QCOMPARE(proxy.rowCount(), 0);
    QSignalSpy inserts(&proxy, &QAbstractItemModel::rowsInserted);
    source.addArticles({turkishStatement()});
    QVERIFY(inserts.count() >= 1);
    QCOMPARE(dumpTree(&proxy), (QStringList {u"round-21"_s, u"  b.txt"_s, st(1, 0)}));
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    source.setArticles({});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestRoundsProxies::actorFilter_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("affiliated");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no actor: everything") << QString() << false << fullTree();
    QTest::newRow("a person") << u"lavrentiev"_s << false
                              << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 1)};
    QTest::newRow("a country alone") << u"russia"_s << false
                                     << QStringList {u"round-19"_s, u"  a.txt"_s, st(0, 2)};
    QTest::newRow("a country with its officials")
        << u"russia"_s << true
        << QStringList {u"round-19"_s, u"  a.txt"_s, st(0, 2), u"round-20"_s, u"  a.txt"_s, st(0, 1)};
    QTest::newRow("turkey through its foreign minister")
        << u"turkey"_s << true << QStringList {u"round-21"_s, u"  b.txt"_s, st(1, 0)};
    QTest::newRow("turkey alone said nothing") << u"turkey"_s << false << QStringList {};
    QTest::newRow("unknown actor") << u"nobody"_s << true << QStringList {};
}

void TestRoundsProxies::actorFilter()
{
    QFETCH(QString, actor);
    QFETCH(bool, affiliated);
    QFETCH(QStringList, expected);

    RoundsModel source(ReferenceData::builtIn());
    ActorFilterProxyModel proxy(ReferenceData::builtIn());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.setArticles(corpus());
    proxy.setIncludeAffiliated(affiliated);
    proxy.setActor(actor);
    QCOMPARE(dumpTree(&proxy), expected);
    QCOMPARE(proxy.rowCount(), source.rowCount());
}

void TestRoundsProxies::dateWindow_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expectedRounds");

    QTest::newRow("2023 only") << QDate(2023, 1, 1) << QDate(2023, 12, 31) << QStringList {u"round-20"_s};
    QTest::newRow("window ends on a round's first day")
        << QDate(2022, 12, 1) << QDate(2023, 6, 20) << QStringList {u"round-20"_s};
    QTest::newRow("window starts on a round's last day")
        << QDate(2023, 6, 21) << QDate(2023, 12, 31) << QStringList {u"round-20"_s};
    QTest::newRow("open start") << QDate() << QDate(2017, 3, 1) << QStringList {u"round-1"_s, u"round-2"_s};
    QTest::newRow("open end, Doha last")
        << QDate(2024, 11, 1) << QDate() << QStringList {u"round-22"_s, u"doha-2024"_s};
    QTest::newRow("between rounds") << QDate(2020, 1, 1) << QDate(2020, 12, 31) << QStringList {};
}

void TestRoundsProxies::dateWindow()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expectedRounds);

    RoundsModel source(ReferenceData::builtIn());
    DateWindowProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.setArticles(corpus());
    QSignalSpy changed(&proxy, &DateWindowProxyModel::windowChanged);
    proxy.setWindow(from, to);
    QCOMPARE(changed.count(), 1);
    QStringList rounds;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rounds.append(proxy.index(row, 0).data(RoundIdRole).toString());
    QCOMPARE(rounds, expectedRounds);
    // A kept round keeps its subtree.
    const QModelIndex round20 = proxy.mapFromSource(source.roundIndex(20));
    if (round20.isValid())
        QCOMPARE(dumpTree(&proxy).mid(0, 4), (QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 0), st(0, 1)}));

    proxy.setWindow({}, {});
    QCOMPARE(proxy.rowCount(), source.rowCount());
}

void TestRoundsProxies::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("blank query: everything") << u"  "_s << fullTree();
    QTest::newRow("plain word in one statement")
        << u"لافرنتييف"_s << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 1)};
    QTest::newRow("query without hamza or tashkeel finds الإرهَاب")
        << u"الارهاب"_s << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 1)};
    QTest::newRow("query with tashkeel finds the bare word")
        << u"التَّهدِئة"_s << QStringList {u"round-21"_s, u"  b.txt"_s, st(1, 0)};
    QTest::newRow("tatweel in the text is ignored")
        << u"اللاجئين"_s << QStringList {u"round-19"_s, u"  a.txt"_s, st(0, 2)};
    QTest::newRow("taa marbuta written as haa")
        << u"سوريه"_s << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 0)};
    QTest::newRow("alef maqsura written as yaa")
        << u"علي ضرورة"_s << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 1)};
    QTest::newRow("hamza on alef dropped: أدلب for إدلب")
        << u"ادلب"_s << QStringList {u"round-21"_s, u"  b.txt"_s, st(1, 0)};
    QTest::newRow("speaker's English name")
        << u"fidan"_s << QStringList {u"round-21"_s, u"  b.txt"_s, st(1, 0)};
    QTest::newRow("hit on an article title keeps its statements")
        << u"ختام الجولة"_s << QStringList {u"round-19"_s, u"  a.txt"_s, st(0, 2), u"round-20"_s,
                                            u"  a.txt"_s,  st(0, 0),     st(0, 1)};
    QTest::newRow("hit on a round's name keeps all of it")
        << u"round 20"_s << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 0), st(0, 1)};
    QTest::newRow("no hit") << u"كيميائي"_s << QStringList {};
}

void TestRoundsProxies::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    RoundsModel source(ReferenceData::builtIn());
    SearchFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setKeepEmptyRounds(false);
    proxy.setSourceModel(&source);
    source.setArticles(corpus());
    proxy.setQuery(query);
    QCOMPARE(dumpTree(&proxy), expected);
}

void TestRoundsProxies::storedTextIsSearchedThroughHits_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("hits");
    QTest::addColumn<bool>("indexAsked");
    QTest::addColumn<QStringList>("expected");

    // b.txt's text is "in the library" (id 7): only the index can find a word of it.
    QTest::newRow("a stored article in the hits is kept with its statements")
        << u"ادلب"_s << QList<qint64> {7} << true << QStringList {u"round-21"_s, u"  b.txt"_s, st(1, 0)};
    QTest::newRow("a stored article the index did not hit is left out")
        << u"ادلب"_s << QList<qint64> {} << true << QStringList {};
    QTest::newRow("hits of another id keep nothing of it")
        << u"ادلب"_s << QList<qint64> {8} << true << QStringList {};
    QTest::newRow("articles in memory are still searched in their statements")
        << u"لافرنتييف"_s << QList<qint64> {} << true << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 1)};
    QTest::newRow("no index answer (short key): the speaker's name still finds it")
        << u"fidan"_s << QList<qint64> {} << false << QStringList {u"round-21"_s, u"  b.txt"_s, st(1, 0)};
}

void TestRoundsProxies::storedTextIsSearchedThroughHits()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, hits);
    QFETCH(bool, indexAsked);
    QFETCH(QStringList, expected);

    QList<Article> articles = corpus();
    const QString storedText = articles[1].text;
    articles[1].libraryId = 7;
    articles[1].text.clear();
    for (Statement &statement : articles[1].statements)
        statement.text.clear();
    RoundsModel source(ReferenceData::builtIn());
    int reads = 0;
    source.setTextSource([&](qint64 id) {
        ++reads;
        return id == 7 ? storedText : QString();
    });
    SearchFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setKeepEmptyRounds(false);
    proxy.setSourceModel(&source);
    source.setArticles(articles);
    const SearchFilterProxyModel::StoredHits stored = indexAsked
        ? SearchFilterProxyModel::StoredHits(QSet<qint64>(hits.cbegin(), hits.cend()))
        : std::nullopt;
    proxy.setQuery(query, stored);
    QCOMPARE(dumpTree(&proxy), expected);

    // The text left in the library comes back through the source, once for both roles.
    const QModelIndex article = source.index(0, 0, source.roundIndex(21));
    const QModelIndex statement = source.index(0, 0, article);
    QCOMPARE(article.data(LibraryIdRole).toLongLong(), 7);
    QCOMPARE(article.data(ArticleTextRole).toString(), storedText);
    const Statement &original = corpus().at(1).statements.at(0);
    QCOMPARE(statement.data(StatementTextRole).toString(), original.text);
    QCOMPARE(reads, 1);
}

void TestRoundsProxies::chainedFilters()
{
    // The main window chains the filters: theme, then actor, then search.
    RoundsModel source(ReferenceData::builtIn());
    ThemeFilterProxyModel themes;
    SearchFilterProxyModel search;
    QAbstractItemModelTester tester(&search, QAbstractItemModelTester::FailureReportingMode::QtTest);
    themes.setSourceModel(&source);
    search.setSourceModel(&themes);
    source.setArticles(corpus());
    themes.setThemes({u"deescalation"_s});
    search.setQuery(u"إدلب"_s);
    QCOMPARE(dumpTree(&search), (QStringList {u"round-21"_s, u"  b.txt"_s, st(1, 0)}));
    QCOMPARE(search.rowCount(), source.rowCount());
    themes.setThemes({u"sovereignty"_s});
    QCOMPARE(dumpTree(&search), QStringList {});
}

using Counts = QVariantMap;

void TestRoundsProxies::aggregatesFollowTheFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("round");
    QTest::addColumn<int>("articles");
    QTest::addColumn<int>("statements");
    QTest::addColumn<Counts>("themeCounts");
    QTest::addColumn<Counts>("mainThemeCounts");

    // Round 20 of the fixture: a.txt, guarantors (sovereignty) and lavrentiev (terrorism,
    // deescalation); round 21: b.txt, fidan (deescalation).
    QTest::newRow("no criterion: the source's")
        << u"themes"_s << QString() << 20 << 1 << 2
        << Counts {{u"sovereignty"_s, 1}, {u"terrorism"_s, 1}, {u"deescalation"_s, 1}}
        << Counts {{u"sovereignty"_s, 1}, {u"terrorism"_s, 1}};
    QTest::newRow("theme: only the statements kept")
        << u"themes"_s << u"deescalation"_s << 20 << 1 << 1
        << Counts {{u"terrorism"_s, 1}, {u"deescalation"_s, 1}} << Counts {{u"terrorism"_s, 1}};
    QTest::newRow("theme: a round kept empty counts nothing")
        << u"themes"_s << u"terrorism"_s << 21 << 0 << 0 << Counts {} << Counts {};
    QTest::newRow("speaker") << u"actor"_s << u"guarantors"_s << 20 << 1 << 1
                             << Counts {{u"sovereignty"_s, 1}} << Counts {{u"sovereignty"_s, 1}};
    QTest::newRow("search hit in a statement")
        << u"search"_s << u"لافرنتييف"_s << 20 << 1 << 1
        << Counts {{u"terrorism"_s, 1}, {u"deescalation"_s, 1}} << Counts {{u"terrorism"_s, 1}};
    QTest::newRow("search hit on the title keeps the article's statements")
        << u"search"_s << u"ختام الجولة"_s << 20 << 1 << 2
        << Counts {{u"sovereignty"_s, 1}, {u"terrorism"_s, 1}, {u"deescalation"_s, 1}}
        << Counts {{u"sovereignty"_s, 1}, {u"terrorism"_s, 1}};
    QTest::newRow("search hit on the round's name keeps all of it")
        << u"search"_s << u"round 21"_s << 21 << 1 << 1 << Counts {{u"deescalation"_s, 1}}
        << Counts {{u"deescalation"_s, 1}};
    QTest::newRow("search without a hit")
        << u"search"_s << u"كيميائي"_s << 20 << 0 << 0 << Counts {} << Counts {};
}

void TestRoundsProxies::aggregatesFollowTheFilter()
{
    QFETCH(QString, filter);
    QFETCH(QString, value);
    QFETCH(int, round);
    QFETCH(int, articles);
    QFETCH(int, statements);
    QFETCH(Counts, themeCounts);
    QFETCH(Counts, mainThemeCounts);

    RoundsModel source(ReferenceData::builtIn());
    ThemeFilterProxyModel themes;
    ActorFilterProxyModel actor(ReferenceData::builtIn());
    SearchFilterProxyModel search;
    RoundsFilterProxyModel *proxy = filter == u"themes"_s ? static_cast<RoundsFilterProxyModel *>(&themes)
        : filter == u"actor"_s                            ? static_cast<RoundsFilterProxyModel *>(&actor)
                                                          : &search;
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy->setSourceModel(&source);
    source.setArticles(corpus());
    const QModelIndex shown = proxy->mapFromSource(source.roundIndex(round));
    // Make the views' usual reads before the change, so that a stale aggregate would show.
    QCOMPARE(shown.data(StatementCountRole).toInt(),
             source.roundIndex(round).data(StatementCountRole).toInt());
    QSignalSpy changed(proxy, &QAbstractItemModel::dataChanged);
    if (filter == u"themes"_s)
        themes.setThemes(value.isEmpty() ? QStringList {} : QStringList {value});
    else if (filter == u"actor"_s)
        actor.setActor(value);
    else
        search.setQuery(value);

    QVERIFY(shown.isValid());
    QCOMPARE(shown.data(ArticleCountRole).toInt(), articles);
    QCOMPARE(shown.data(StatementCountRole).toInt(), statements);
    QCOMPARE(shown.data(ThemeCountsRole).toMap(), themeCounts);
    QCOMPARE(shown.data(MainThemeCountsRole).toMap(), mainThemeCounts);
    QCOMPARE(shown.siblingAtColumn(RoundsModel::StatementsColumn).data().toString(),
             statements > 0 ? QString::number(statements) : QString());
    if (articles == 1) { // that article holds every statement counted
        const QModelIndex article = proxy->index(0, 0, shown);
        QCOMPARE(article.data(StatementCountRole).toInt(), statements);
        QCOMPARE(article.siblingAtColumn(RoundsModel::StatementsColumn).data().toString(),
                 QString::number(statements));
    }
    // The rows kept at the top are the same before and after, yet what is under the round
    // changed: the views that draw from the aggregates must hear of it.
    if (!value.isEmpty()) {
        const bool announced
            = std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
                  const QModelIndex from = args.at(0).toModelIndex();
                  const QModelIndex to = args.at(1).toModelIndex();
                  return !from.parent().isValid() && from.row() <= shown.row() && shown.row() <= to.row();
              });
        QVERIFY(announced);
    }
    if (filter == u"search"_s)
        QCOMPARE(search.isHit(shown), articles > 0);
}

void TestRoundsProxies::chainedAggregates()
{
    // Each proxy of a chain counts what it keeps of what the one before it kept.
    RoundsModel source(ReferenceData::builtIn());
    ThemeFilterProxyModel themes;
    SearchFilterProxyModel search;
    themes.setSourceModel(&source);
    search.setSourceModel(&themes);
    source.setArticles(corpus());
    const QModelIndex round20 = search.mapFromSource(themes.mapFromSource(source.roundIndex(20)));
    themes.setThemes({u"deescalation"_s});
    QCOMPARE(round20.data(StatementCountRole).toInt(), 1); // the search passes the theme filter's on
    search.setQuery(u"سيادة"_s); // guarantors' statement, which the theme filter took away
    QCOMPARE(round20.data(StatementCountRole).toInt(), 0);
    QCOMPARE(round20.data(ArticleCountRole).toInt(), 0);
    QVERIFY(!search.isHit(round20));
    search.setQuery(u"خفض"_s);
    QCOMPARE(round20.data(StatementCountRole).toInt(), 1);
    QCOMPARE(round20.data(ThemeCountsRole).toMap(), (Counts {{u"terrorism"_s, 1}, {u"deescalation"_s, 1}}));
    themes.setThemes({});
    QCOMPARE(round20.data(StatementCountRole).toInt(), 1); // only lavrentiev's says خفض
    QVERIFY(search.isHit(round20));
}

void TestRoundsProxies::combinedKeepsWhatTheChainKeeps_data()
{
    QTest::addColumn<QStringList>("themes");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // without the rounds kept empty

    QTest::newRow("theme and search") << QStringList {u"deescalation"_s} << QString() << QDate() << QDate()
                                      << u"إدلب"_s << QStringList {u"round-21"_s, u"  b.txt"_s, st(1, 0)};
    QTest::newRow("a search hit the theme filter took away")
        << QStringList {u"sovereignty"_s} << QString() << QDate() << QDate() << u"لافرنتييف"_s
        << QStringList {};
    QTest::newRow("speaker in a date window")
        << QStringList {} << u"lavrentiev"_s << QDate(2023, 1, 1) << QDate(2023, 12, 31) << QString()
        << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 1)};
    QTest::newRow("date window alone")
        << QStringList {} << QString() << QDate(2023, 1, 1) << QDate() << QString()
        << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 0), st(0, 1),
                        u"round-21"_s, u"  b.txt"_s, st(1, 0)};
    QTest::newRow("hit on a round's name, narrowed by a theme")
        << QStringList {u"terrorism"_s} << QString() << QDate() << QDate() << u"round 20"_s
        << QStringList {u"round-20"_s, u"  a.txt"_s, st(0, 1)};
    QTest::newRow("hit on a title, narrowed by a speaker")
        << QStringList {} << u"russia"_s << QDate() << QDate() << u"ختام الجولة"_s
        << QStringList {u"round-19"_s, u"  a.txt"_s, st(0, 2), u"round-20"_s, u"  a.txt"_s, st(0, 1)};
}

void TestRoundsProxies::combinedKeepsWhatTheChainKeeps()
{
    QFETCH(QStringList, themes);
    QFETCH(QString, actor);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    RoundsModel source(ReferenceData::builtIn());
    source.setArticles(corpus());
    ThemeFilterProxyModel chainThemes;
    ActorFilterProxyModel chainActor(ReferenceData::builtIn());
    DateWindowProxyModel chainWindow;
    SearchFilterProxyModel chainSearch;
    chainThemes.setSourceModel(&source);
    chainActor.setSourceModel(&chainThemes);
    chainWindow.setSourceModel(&chainActor);
    chainSearch.setSourceModel(&chainWindow);
    CombinedFilterProxyModel combined(ReferenceData::builtIn());
    QAbstractItemModelTester tester(&combined, QAbstractItemModelTester::FailureReportingMode::QtTest);
    combined.setSourceModel(&source);
    for (const bool includeAffiliated : {false, true}) {
        chainActor.setIncludeAffiliated(includeAffiliated);
        combined.setIncludeAffiliated(includeAffiliated);
        chainThemes.setThemes(themes);
        chainActor.setActor(actor);
        chainWindow.setWindow(from, to);
        chainSearch.setQuery(query);
        combined.setThemes(themes);
        combined.setActor(actor);
        combined.setWindow(from, to);
        combined.setQuery(query);
        QCOMPARE(dumpTree(&combined, false), dumpTree(&chainSearch, false));
        QCOMPARE(combined.rowCount(), chainSearch.rowCount());
        for (int row = 0; row < combined.rowCount(); ++row) {
            const QModelIndex round = combined.index(row, 0);
            QCOMPARE(round.data(StatementCountRole), chainSearch.index(row, 0).data(StatementCountRole));
            QCOMPARE(round.data(ThemeCountsRole), chainSearch.index(row, 0).data(ThemeCountsRole));
        }
    }
    // With Lavrentiev counted for Russia (the last pass), as the window counts him.
    QCOMPARE(dumpTree(&combined), expected);
}

void TestRoundsProxies::articleChildrenAsTheFilterKeepsThem_data()
{
    QTest::addColumn<QStringList>("themes");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("childless"); // the kept articles without a kept statement, by round

    QTest::newRow("no filter: an article without statements")
        << QStringList {} << QString() << QStringList {u"round-5 d.txt"_s};
    QTest::newRow("title hit without statements")
        << QStringList {} << u"انطلاق الجولة"_s << QStringList {u"round-5 d.txt"_s};
    QTest::newRow("title hit keeps the statements") << QStringList {} << u"ختام الجولة"_s << QStringList {};
    QTest::newRow("statement hit") << QStringList {} << u"إدلب"_s << QStringList {};
    QTest::newRow("a theme with a search")
        << QStringList {u"terrorism"_s} << u"ختام الجولة"_s << QStringList {};
}

// hasChildren() of an article row is answered without mapping the row's children (a tree view
// asks it of every row): it must say what rowCount() finds once they are mapped.
void TestRoundsProxies::articleChildrenAsTheFilterKeepsThem()
{
    QFETCH(QStringList, themes);
    QFETCH(QString, query);
    QFETCH(QStringList, childless);

    RoundsModel source(ReferenceData::builtIn());
    source.setArticles(corpus());
    CombinedFilterProxyModel combined(ReferenceData::builtIn());
    QAbstractItemModelTester tester(&combined, QAbstractItemModelTester::FailureReportingMode::QtTest);
    combined.setSourceModel(&source);
    combined.setThemes(themes);
    combined.setQuery(query);
    QStringList found;
    for (int r = 0; r < combined.rowCount(); ++r) {
        const QModelIndex round = combined.index(r, 0);
        for (int a = 0; a < combined.rowCount(round); ++a) {
            const QModelIndex article = combined.index(a, 0, round);
            const bool answered = combined.hasChildren(article);
            QCOMPARE(answered, combined.rowCount(article) > 0);
            QVERIFY(!combined.hasChildren(article.siblingAtColumn(1)));
            if (!answered)
                found.append(round.data(RoundIdRole).toString() + u' '
                             + article.data(ArticleFileRole).toString());
        }
    }
    QCOMPARE(found, childless);
}

QTEST_GUILESS_MAIN(TestRoundsProxies)
#include "tst_roundsproxies.moc"
