// SPDX-License-Identifier: GPL-3.0-or-later
// Saved news pages of ten layouts (tests/data/html, written by us): the text kept from each holds every
// paragraph of the article and no line of the page's furniture, its metadata is read right, and the
// share of kept words that belong to the article (precision) stays at or above 0.95.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "articleanalyzer.h"
#include "referencedata.h"
#include "testdiagnostics.h"
#include "textdecoder.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString dataDir()
{
    return QStringLiteral(MASAR_TEST_DATA_DIR) + u"/html"_s;
}

QJsonObject truthOf(const QString &page)
{
    QFile f(dataDir() + u'/' + QFileInfo(page).completeBaseName() + u".json"_s);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

QStringList words(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    QStringList out;
    for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

// Kept words that are the article's, each article word used once / all kept words; and / article words.
std::pair<double, double> precisionAndRecall(const QString &kept, const QStringList &paragraphs)
{
    QHash<QString, int> article;
    int articleWords = 0;
    for (const QString &p : paragraphs) {
        for (const QString &w : words(p)) {
            ++article[w];
            ++articleWords;
        }
    }
    const QStringList keptWords = words(kept);
    int matched = 0;
    for (const QString &w : keptWords) {
        auto it = article.find(w);
        if (it != article.end() && it.value() > 0) {
            --it.value();
            ++matched;
        }
    }
    const double precision = keptWords.isEmpty() ? 0.0 : double(matched) / keptWords.size();
    const double recall = articleWords == 0 ? 0.0 : double(matched) / articleWords;
    return {precision, recall};
}

DecodedDocument decodePage(const QString &page)
{
    QFile f(dataDir() + u'/' + page);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return TextDecoder::decode(f.readAll(), page);
}

} // namespace

class TestHtmlPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pages_data();
    void keepsEveryParagraph_data() { pages_data(); }
    void keepsEveryParagraph();
    void dropsEveryFurnitureLine_data() { pages_data(); }
    void dropsEveryFurnitureLine();
    void readsMetadata_data() { pages_data(); }
    void readsMetadata();
    void precision_data() { pages_data(); }
    void precision();
    void analysis_data() { pages_data(); }
    void analysis();
};

void TestHtmlPages::pages_data()
{
    QTest::addColumn<QString>("page");
    const QStringList pages = QDir(dataDir()).entryList({u"*.html"_s}, QDir::Files, QDir::Name);
    QVERIFY(pages.size() >= 8);
    for (const QString &page : pages) {
        const QJsonObject truth = truthOf(page);
        QVERIFY2(!truth.isEmpty(), qPrintable(page));
        QTest::newRow(qPrintable(page + u": "_s + truth.value(u"layout"_s).toString())) << page;
    }
}

void TestHtmlPages::keepsEveryParagraph()
{
    QFETCH(QString, page);
    const DecodedDocument doc = decodePage(page);
    QVERIFY2(doc.ok(), qPrintable(doc.failure.debugString()));
    QCOMPARE(doc.format, u"html"_s);
    QVERIFY2(doc.warnings.isEmpty(), qPrintable(debugStrings(doc.warnings)));
    const QStringList paragraphs = doc.text.split(u"\n\n"_s);
    for (const QString &p : strings(truthOf(page).value(u"paragraphs"_s))) {
        QVERIFY2(paragraphs.contains(p) || doc.text.contains(p),
                 qPrintable(u"missing «%1» in:\n%2"_s.arg(p, doc.text)));
    }
}

void TestHtmlPages::dropsEveryFurnitureLine()
{
    QFETCH(QString, page);
    const DecodedDocument doc = decodePage(page);
    QVERIFY(doc.ok());
    for (const QString &line : strings(truthOf(page).value(u"furniture"_s))) {
        QVERIFY2(!doc.text.contains(line), qPrintable(u"kept «%1» in:\n%2"_s.arg(line, doc.text)));
    }
}

void TestHtmlPages::readsMetadata()
{
    QFETCH(QString, page);
    const QJsonObject truth = truthOf(page);
    const DecodedDocument doc = decodePage(page);
    QVERIFY(doc.ok());
    const PageMetadata &m = doc.metadata;
    QCOMPARE(m.title, truth.value(u"title"_s).toString());
    QCOMPARE(doc.title, m.title);
    QCOMPARE(m.outlet, truth.value(u"outlet"_s).toString());
    QCOMPARE(m.url, truth.value(u"url"_s).toString());
    QCOMPARE(m.published.toString(Qt::ISODate), truth.value(u"published"_s).toString());
    QCOMPARE(m.urlDate.toString(Qt::ISODate), truth.value(u"url_date"_s).toString());
}

void TestHtmlPages::precision()
{
    QFETCH(QString, page);
    const DecodedDocument doc = decodePage(page);
    QVERIFY(doc.ok());
    const auto [precision, recall]
        = precisionAndRecall(doc.text, strings(truthOf(page).value(u"paragraphs"_s)));
    qInfo("%-22s precision %.3f  recall %.3f", qPrintable(page), precision, recall);
    QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
    QVERIFY2(recall >= 0.99, qPrintable(QString::number(recall)));
}

// The analysis of the kept article: the round, its dates, the page's date, title and outlet are
// the article's, and no statement comes from the furniture (the other rounds its lists name).
void TestHtmlPages::analysis()
{
    QFETCH(QString, page);
    const QJsonObject truth = truthOf(page);
    static const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const Article a = analyzer.analyzeFile(dataDir() + u'/' + page);
    QVERIFY2(a.ok, qPrintable(a.failure.debugString()));
    QCOMPARE(a.round, truth.value(u"round"_s).toInt());
    QCOMPARE(a.roundDates.start.toString(Qt::ISODate), truth.value(u"start"_s).toString());
    QCOMPARE(a.roundDates.end.toString(Qt::ISODate), truth.value(u"end"_s).toString());
    const QString published = truth.value(u"published"_s).isString() ? truth.value(u"published"_s).toString()
                                                                     : truth.value(u"url_date"_s).toString();
    QCOMPARE(a.published.toString(Qt::ISODate), published);
    QCOMPARE(a.title, truth.value(u"title"_s).toString());
    QCOMPARE(a.outlet, truth.value(u"outlet"_s).toString());
    QCOMPARE(a.url, truth.value(u"url"_s).toString());
    const QStringList paragraphs = strings(truth.value(u"paragraphs"_s));
    QVERIFY(!a.statements.isEmpty());
    for (const Statement &st : a.statements) {
        const bool inArticle = std::any_of(paragraphs.cbegin(), paragraphs.cend(),
                                           [&](const QString &p) { return p.contains(st.text); });
        QVERIFY2(inArticle, qPrintable(u"statement from outside the article: «%1»"_s.arg(st.text)));
        QCOMPARE(st.round, a.round);
    }
    for (const QString &expected : strings(truth.value(u"statements"_s))) {
        const bool found = std::any_of(a.statements.cbegin(), a.statements.cend(), [&](const Statement &st) {
            return st.text.contains(expected) || expected.contains(st.text);
        });
        QVERIFY2(found, qPrintable(u"statement not found: «%1»"_s.arg(expected)));
    }
}

QTEST_GUILESS_MAIN(TestHtmlPages)
#include "tst_htmlpages.moc"
