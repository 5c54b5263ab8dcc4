// SPDX-License-Identifier: GPL-3.0-or-later
// Statements as CSV/JSON: what the filtered tree shows, readable back by an independent parser.
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "csvreader.h"
#include "referencedata.h"
#include "roundsmodel.h"
#include "statementexporter.h"
#include "statementtable.h"
#include "themefilterproxymodel.h"

using namespace Qt::Literals::StringLiterals;

namespace {

Article article(const QString &file, int round, const QList<std::pair<QString, QStringList>> &statements)
{
    Article a;
    a.file = file;
    a.ok = true;
    a.encoding = u"UTF-8"_s;
    a.format = u"text"_s;
    a.title = u"عنوان، مع \"اقتباس\""_s;
    a.source = u"وكالة سبوتنيك"_s;
    a.published = QDate(2019, 4, 26);
    a.round = round;
    a.kind = ArticleKind::Report;
    for (const auto &[text, themes] : statements) {
        Statement s;
        s.round = round;
        s.speaker = u"guarantors"_s;
        s.stance = Statement::Stance::Affirm;
        s.themes = themes;
        s.start = int(a.text.size());
        a.text += text;
        s.end = int(a.text.size());
        s.text = text;
        a.text += u"\n"_s;
        a.statements.append(s);
    }
    return a;
}

} // namespace

class TestStatementExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void csvRoundTrips_data();
    void csvRoundTrips();
    void jsonHasTheSameRows();
    void correctionsAreCodesWordedByTheCaller_data();
    void correctionsAreCodesWordedByTheCaller();
    void writeReplacesWholeFile();

private:
    QList<Article> m_articles;
};

void TestStatementExporter::init()
{
    m_articles = {
        article(u"/tmp/a, b.txt"_s, 12,
                {{u"أكدت الدول الضامنة، في بيانها، سيادة سوريا."_s, {u"sovereignty"_s}},
                 {u"ودعا إلى \"عودة\" اللاجئين\nإلى ديارهم."_s, {u"refugees"_s, u"humanitarian"_s}}}),
        article(u"/tmp/c.txt"_s, 20, {{u"وأدانت الضربات الإسرائيلية."_s, {u"israeli_strikes"_s}}}),
    };
}

void TestStatementExporter::csvRoundTrips_data()
{
    QTest::addColumn<QStringList>("themes");
    QTest::addColumn<QList<int>>("rounds");
    QTest::addColumn<QStringList>("expected"); // statement texts, in order
    const QString s1 = u"أكدت الدول الضامنة، في بيانها، سيادة سوريا."_s;
    const QString s2 = u"ودعا إلى \"عودة\" اللاجئين\nإلى ديارهم."_s;
    const QString s3 = u"وأدانت الضربات الإسرائيلية."_s;
    QTest::newRow("no filter: every statement") << QStringList() << QList<int>() << QStringList {s1, s2, s3};
    QTest::newRow("theme filter") << QStringList {u"refugees"_s, u"israeli_strikes"_s} << QList<int>()
                                  << QStringList {s2, s3};
    QTest::newRow("round filter") << QStringList() << QList<int> {20} << QStringList {s3};
    QTest::newRow("nothing matches") << QStringList {u"oil"_s} << QList<int>() << QStringList();
}

void TestStatementExporter::csvRoundTrips()
{
    QFETCH(QStringList, themes);
    QFETCH(QList<int>, rounds);
    QFETCH(QStringList, expected);
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles(m_articles);
    ThemeFilterProxyModel filtered;
    filtered.setSourceModel(&model);
    QAbstractItemModelTester tester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filtered.setThemes(themes);
    const QSet<int> roundSet(rounds.cbegin(), rounds.cend());
    const QByteArray bytes = StatementExporter::toCsv(StatementTable::fromModel(filtered, roundSet));

    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QList<QStringList> rows;
    QVERIFY2(CsvReader::parse(QString::fromUtf8(bytes.mid(3)), &rows), bytes.constData());
    QCOMPARE(rows.size(), expected.size() + 1);
    const QStringList header = rows.takeFirst();
    QCOMPARE(header, StatementExporter::csvHeader());
    QStringList texts;
    for (const QStringList &row : std::as_const(rows)) {
        QCOMPARE(row.size(), header.size());
        texts.append(row.at(header.indexOf(u"statement"_s)));
        const Article &a = row.at(header.indexOf(u"round"_s)) == u"12" ? m_articles.at(0) : m_articles.at(1);
        QCOMPARE(row.at(header.indexOf(u"file"_s)), a.file);
        QCOMPARE(row.at(header.indexOf(u"title"_s)), a.title);
        QCOMPARE(row.at(header.indexOf(u"source"_s)), a.source);
        QCOMPARE(row.at(header.indexOf(u"published"_s)), u"2019-04-26"_s);
        QCOMPARE(row.at(header.indexOf(u"speaker"_s)), u"guarantors"_s);
        QCOMPARE(row.at(header.indexOf(u"stance"_s)), u"affirm"_s);
        const RoundInfo *info = ReferenceData::builtIn().round(a.round);
        QVERIFY(info);
        QCOMPARE(row.at(header.indexOf(u"round_start"_s)), info->start.toString(Qt::ISODate));
        const int start = row.at(header.indexOf(u"start"_s)).toInt();
        const int end = row.at(header.indexOf(u"end"_s)).toInt();
        QCOMPARE(a.text.mid(start, end - start), texts.last());
    }
    QCOMPARE(texts, expected);
}

void TestStatementExporter::jsonHasTheSameRows()
{
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles(m_articles);
    const QList<StatementRow> rows = StatementTable::fromModel(model);
    const QJsonObject root = QJsonDocument::fromJson(StatementExporter::toJson(rows)).object();
    const QJsonArray list = root.value(u"statements"_s).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1).toObject().value(u"text"_s).toString(), m_articles.at(0).statements.at(1).text);
    QCOMPARE(list.at(1).toObject().value(u"themes"_s).toArray().size(), 2);
    QCOMPARE(list.at(2).toObject().value(u"round"_s).toInt(), 20);
}

void TestStatementExporter::correctionsAreCodesWordedByTheCaller_data()
{
    QTest::addColumn<bool>("described");
    QTest::addColumn<QString>("csv"); // the corrections column of the corrected statement
    QTest::newRow("no describer: codes and arguments")
        << false << u"theme_added(oil) | theme_removed(refugees)"_s;
    QTest::newRow("described: the caller's words")
        << true << u"[theme_added: oil] | [theme_removed: refugees]"_s;
}

void TestStatementExporter::correctionsAreCodesWordedByTheCaller()
{
    QFETCH(bool, described);
    QFETCH(QString, csv);
    m_articles[0].statements[1].corrections = {Diagnostic {Diagnostic::Code::ThemeAdded, {u"oil"_s}},
                                               Diagnostic {Diagnostic::Code::ThemeRemoved, {u"refugees"_s}}};
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles(m_articles);
    const QList<StatementRow> rows = StatementTable::fromModel(model);
    QCOMPARE(rows.at(1).corrections, m_articles.at(0).statements.at(1).corrections);
    // A stand-in for DiagnosticText (ui/), which the library does not know.
    const StatementExporter::Describe describe = [](const Diagnostic &d) -> QString {
        return u'[' + Diagnostic::codeId(d.code) + u": "_s + d.args.join(u',') + u']';
    };
    const StatementExporter::Describe none;

    QList<QStringList> table;
    QVERIFY(CsvReader::parse(
        QString::fromUtf8(StatementExporter::toCsv(rows, described ? describe : none).mid(3)), &table));
    const qsizetype column = table.first().indexOf(u"corrections"_s);
    QCOMPARE(table.at(2).at(column), csv);
    QCOMPARE(table.at(1).at(column), QString()); // the statement nobody corrected

    const QJsonArray list
        = QJsonDocument::fromJson(StatementExporter::toJson(rows, described ? describe : none))
              .object()
              .value(u"statements"_s)
              .toArray();
    const QJsonArray corrections = list.at(1).toObject().value(u"corrections"_s).toArray();
    QCOMPARE(corrections.size(), 2);
    const QJsonObject added = corrections.at(0).toObject();
    QCOMPARE(added.value(u"code"_s).toString(), u"theme_added"_s);
    QCOMPARE(added.value(u"args"_s).toArray(), QJsonArray {u"oil"_s});
    QCOMPARE(added.contains(u"message"_s), described);
    if (described)
        QCOMPARE(added.value(u"message"_s).toString(), u"[theme_added: oil]"_s);
    QVERIFY(list.at(0).toObject().value(u"corrections"_s).toArray().isEmpty());
}

void TestStatementExporter::writeReplacesWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    RoundsModel model(ReferenceData::builtIn());
    model.setArticles(m_articles);
    Diagnostic error;
    QVERIFY2(StatementExporter::write(path, StatementExporter::Format::Csv, StatementTable::fromModel(model),
                                      {}, &error),
             qPrintable(error.debugString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), StatementExporter::toCsv(StatementTable::fromModel(model)));
    QVERIFY(!StatementExporter::write(dir.filePath(u"no/such/dir/out.csv"_s), StatementExporter::Format::Csv,
                                      {}, {}, &error));
    // A code with the file and the system's reason, for the caller to word.
    QCOMPARE(error.code, Diagnostic::Code::CannotWriteFile);
    QCOMPARE(error.args.value(0), dir.filePath(u"no/such/dir/out.csv"_s));
    QVERIFY(!error.args.value(1).isEmpty());
}

QTEST_GUILESS_MAIN(TestStatementExporter)
#include "tst_statementexporter.moc"
