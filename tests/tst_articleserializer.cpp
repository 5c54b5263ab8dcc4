// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "articleserializer.h"
#include "articlestreamwriter.h"
#include "csvreader.h"
#include "jsontextwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace {

Article sample()
{
    Article a;
    a.file = u"dir/x, \"quoted\".txt"_s;
    a.ok = true;
    a.encoding = u"UTF-8"_s;
    a.format = u"text"_s;
    a.text = u"قال الوزير: \"نعم\"، ثم\nغادر."_s;
    a.round = 12;
    a.kind = ArticleKind::Report;
    a.roundDates = DateRange {QDate(2019, 4, 25), QDate(2019, 4, 26), DateRange::Origin::Text};
    a.themes = {u"terrorism"_s};
    a.themeSpans = {ThemeSpan {u"terrorism"_s, 0, 3}};
    a.statements = {Statement {
        12, u"kazakhstan"_s, Statement::Stance::Other, {u"terrorism"_s}, 0, 17, a.text.left(17), {}}};
    return a;
}

} // namespace

class TestArticleSerializer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonNullsAndTypes();
    void roundsRoundTrip_data();
    void roundsRoundTrip();
    void failedArticleHasOnlyError();
    void diagnosticsFromJson_data();
    void diagnosticsFromJson();
    void describedDiagnosticsCarryTheirWords();
    void csvRoundTrips();
    void csvField_data();
    void csvField();
    void fromJsonRestoresWhatToJsonWrote();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void writtenJsonIsQtsLayoutOfToJson_data();
    void writtenJsonIsQtsLayoutOfToJson();
    void streamedFormatsAreQtsLayouts_data() { writtenJsonIsQtsLayoutOfToJson_data(); }
    void streamedFormatsAreQtsLayouts();
    void streamStopsOnAFailedDevice();
};

void TestArticleSerializer::jsonNullsAndTypes()
{
    const QJsonObject o = ArticleSerializer::toJson(sample());
    QVERIFY(o.value(u"title").isNull());
    QVERIFY(o.value(u"published").isNull());
    QCOMPARE(o.value(u"round").toInt(), 12);
    QCOMPARE(o.value(u"kind").toString(), u"report"_s);
    QCOMPARE(o.value(u"round_dates").toObject().value(u"from").toString(), u"text"_s);
    QCOMPARE(o.value(u"statements").toArray().at(0).toObject().value(u"speaker").toString(), u"kazakhstan"_s);
    const QJsonObject root = QJsonDocument::fromJson(ArticleSerializer::toJsonDocument({sample()})).object();
    QCOMPARE(root.value(u"tool").toString(), u"masar"_s);
    QCOMPARE(root.value(u"articles").toArray().size(), 1);
}

void TestArticleSerializer::roundsRoundTrip_data()
{
    QTest::addColumn<int>("round");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("a numbered round") << 12 << QByteArray("12");
    QTest::newRow("the Doha meeting is round 0, not none") << 0 << QByteArray("0");
    QTest::newRow("no round is null") << NoRound << QByteArray("null");
}

void TestArticleSerializer::roundsRoundTrip()
{
    QFETCH(int, round);
    QFETCH(QByteArray, json);
    Article a = sample();
    a.round = round;
    a.statements.first().round = round;
    const QJsonObject o = ArticleSerializer::toJson(a);
    const QByteArray written
        = QJsonDocument(QJsonArray {o.value(u"round"),
                                    o.value(u"statements").toArray().at(0).toObject().value(u"round")})
              .toJson(QJsonDocument::Compact);
    QCOMPARE(written, "[" + json + "," + json + "]");
    Article back;
    QVERIFY(ArticleSerializer::fromJson(o, &back));
    QCOMPARE(back.round, round);
    QCOMPARE(back.statements.first().round, round);
}

void TestArticleSerializer::failedArticleHasOnlyError()
{
    Article a;
    a.file = u"bad.bin"_s;
    a.failure = Diagnostic {Diagnostic::Code::FileBinary, {u"bad.bin"_s, u"PNG image"_s}};
    const QJsonObject o = ArticleSerializer::toJson(a);
    QCOMPARE(o.keys(), (QStringList {u"error"_s, u"file"_s, u"ok"_s}));
    QCOMPARE(o.value(u"ok").toBool(), false);
    const QJsonObject error = o.value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), u"file_binary"_s);
    QCOMPARE(error.value(u"args").toArray().at(0).toString(), u"bad.bin"_s);
    QVERIFY(!error.contains(u"message"));
}

void TestArticleSerializer::diagnosticsFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("code and arguments")
        << QByteArray(R"({"code":"round_dates_differ","args":["12","2019-04-25","2019-04-26","a","b"]})")
        << int(Diagnostic::Code::RoundDatesDiffer)
        << QStringList {u"12"_s, u"2019-04-25"_s, u"2019-04-26"_s, u"a"_s, u"b"_s};
    QTest::newRow("words stored before codes")
        << QByteArray(R"("The text dates round 12…")") << int(Diagnostic::Code::Legacy)
        << QStringList {u"The text dates round 12…"_s};
    QTest::newRow("a newer version's code keeps its words")
        << QByteArray(R"({"code":"from_the_future","args":["x"],"message":"said so"})")
        << int(Diagnostic::Code::Legacy) << QStringList {u"said so"_s};
}

void TestArticleSerializer::diagnosticsFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(int, code);
    QFETCH(QStringList, args);
    // Wrapped in an array: QJsonDocument does not parse a bare string.
    const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
    const Diagnostic d = ArticleSerializer::diagnosticFromJson(value);
    QCOMPARE(int(d.code), code);
    QCOMPARE(d.args, args);
}

void TestArticleSerializer::describedDiagnosticsCarryTheirWords()
{
    const Diagnostic d {Diagnostic::Code::EncodingGuessed, {u"windows-1256"_s}};
    const QJsonObject plain = ArticleSerializer::toJson(d);
    QVERIFY(!plain.contains(u"message"));
    const QJsonObject described = ArticleSerializer::toJson(
        d, [](const Diagnostic &x) -> QString { return u"guessed "_s + x.args.value(0); });
    QCOMPARE(described.value(u"message").toString(), u"guessed windows-1256"_s);
    QCOMPARE(described.value(u"code").toString(), u"encoding_guessed"_s);
}

void TestArticleSerializer::csvRoundTrips()
{
    const Article a = sample();
    QList<QStringList> rows;
    QVERIFY(CsvReader::parse(QString::fromUtf8(ArticleSerializer::toCsv({a})), &rows));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).size(), rows.at(1).size());
    const QStringList &header = rows.at(0);
    const QStringList &row = rows.at(1);
    QCOMPARE(row.at(header.indexOf(u"file"_s)), a.file);
    QCOMPARE(row.at(header.indexOf(u"statement"_s)), a.statements.first().text);
    QCOMPARE(row.at(header.indexOf(u"round_start"_s)), u"2019-04-25"_s);
}

void TestArticleSerializer::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"أستانا"_s << u"أستانا"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote doubled") << u"say \"x\""_s << u"\"say \"\"x\"\"\""_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("arabic comma needs no quotes") << u"أ، ب"_s << u"أ، ب"_s;
}

void TestArticleSerializer::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(ArticleSerializer::csvField(value), expected);
}

void TestArticleSerializer::fromJsonRestoresWhatToJsonWrote()
{
    Article a = sample();
    a.title = u"عنوان"_s;
    a.published = QDate(2019, 4, 26);
    a.mentionedRounds = {11, 13};
    a.venue = u"نور سلطان"_s;
    a.warnings = {Diagnostic {Diagnostic::Code::PageDateMismatch, {u"2019-04-26"_s, u"أمس"_s}},
                  Diagnostic {Diagnostic::Code::Legacy, {u"w"_s}}};
    Article back;
    QString error;
    QVERIFY2(ArticleSerializer::fromJson(ArticleSerializer::toJson(a), &back, &error), qPrintable(error));
    // Every field, compared through an independent serialisation of both.
    QCOMPARE(ArticleSerializer::toJson(back), ArticleSerializer::toJson(a));
    QCOMPARE(back.roundDates.from, DateRange::Origin::Text);
    QCOMPARE(back.statements.first().speaker, u"kazakhstan"_s);
    QCOMPARE(back.published, QDate(2019, 4, 26));
    QCOMPARE(back.warnings, a.warnings);
}

void TestArticleSerializer::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no file") << QByteArray(R"({"ok":true,"text":"x","kind":"report"})");
    QTest::newRow("no text") << QByteArray(R"({"file":"f","ok":true,"kind":"report"})");
    QTest::newRow("unknown kind") << QByteArray(R"({"file":"f","ok":true,"text":"x","kind":"poem"})");
    QTest::newRow("span outside the text")
        << QByteArray(R"({"file":"f","ok":true,"text":"abc","kind":"report",)"
                      R"("theme_spans":[{"theme":"oil","start":1,"end":9}]})");
    QTest::newRow("statement outside the text")
        << QByteArray(R"({"file":"f","ok":true,"text":"abc","kind":"report",)"
                      R"("statements":[{"start":-1,"end":2,"text":"ab"}]})");
}

void TestArticleSerializer::fromJsonRejects()
{
    QFETCH(QByteArray, json);
    Article a;
    QString error;
    QVERIFY(!ArticleSerializer::fromJson(QJsonDocument::fromJson(json).object(), &a, &error));
    QVERIFY(!error.isEmpty());
}

void TestArticleSerializer::writtenJsonIsQtsLayoutOfToJson_data()
{
    QTest::addColumn<Article>("article");
    QTest::addColumn<bool>("described");
    QTest::newRow("report with statement and dates") << sample() << false;
    Article full = sample();
    full.title = u"العنوان"_s;
    full.source = u"وكالة"_s;
    full.outlet = u"Outlet"_s;
    full.url = u"https://example.org/a?b=1&c=\"2\""_s;
    full.published = QDate(2019, 4, 27);
    full.venue = u"نور سلطان"_s;
    full.mentionedRounds = {11, 12, 0};
    full.warnings = {Diagnostic {Diagnostic::Code::EncodingGuessed, {u"windows-1256"_s}},
                     Diagnostic {Diagnostic::Code::Legacy, {u"نص قديم"_s}}};
    full.roundEvidence = {Evidence {Evidence::Reason::HeadlineMention, 12, 3, 0, 5},
                          Evidence {Evidence::Reason::Mention, NoRound, -1, -1, -1},
                          Evidence {Evidence::Reason::LeadMention, 11, 1, 2, 4000}};
    full.kindEvidence = {Evidence {Evidence::Reason::PastTense, NoRound, 2, 6, 12}};
    QTest::newRow("every field, evidence in and outside the text") << full << false;
    QTest::newRow("every field, diagnostics described") << full << true;
    Article none = sample();
    none.round = NoRound;
    none.roundDates = {};
    none.themes.clear();
    none.themeSpans.clear();
    none.statements = {Statement {NoRound, u"unknown"_s, Statement::Stance::Other, {}, 1, 2, u"x"_s, {}}};
    QTest::newRow("no round, no dates, empty lists") << none << false;
    Article doha = sample();
    doha.round = 0;
    doha.roundDates = DateRange {QDate(2024, 12, 7), QDate(2024, 12, 7), DateRange::Origin::Reference};
    QTest::newRow("Doha is round 0, dates from the reference") << doha << false;
    Article failed;
    failed.file = u"bad.bin"_s;
    failed.failure = Diagnostic {Diagnostic::Code::FileBinary, {u"bad.bin"_s, u"PNG image"_s}};
    QTest::newRow("failed article") << failed << false;
    QTest::newRow("failed article, described") << failed << true;
}

// writeJson is what `masar analyze` writes; toJson is what the library stores. They are two
// pieces of code and must say the same thing in the same bytes.
void TestArticleSerializer::writtenJsonIsQtsLayoutOfToJson()
{
    QFETCH(Article, article);
    QFETCH(bool, described);
    const ArticleSerializer::Describe describe = described
        ? ArticleSerializer::Describe(
            [](const Diagnostic &d) -> QString { return u"words: "_s + d.args.join(u'|'); })
        : ArticleSerializer::Describe();
    QByteArray written;
    JsonTextWriter w(&written);
    w.beginArray();
    ArticleSerializer::writeJson(w, article, describe);
    w.endArray();
    written.append('\n');
    const QJsonArray expected {ArticleSerializer::toJson(article, describe)};
    QCOMPARE(written, QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

// What `masar analyze` streams, article by article, is what Qt would lay out for the whole: the
// document as QJsonDocument::Indented, each JSON line as QJsonDocument::Compact.
void TestArticleSerializer::streamedFormatsAreQtsLayouts()
{
    QFETCH(Article, article);
    QFETCH(bool, described);
    const ArticleSerializer::Describe describe = described
        ? ArticleSerializer::Describe(
            [](const Diagnostic &d) -> QString { return u"w: "_s + d.args.join(u'|'); })
        : ArticleSerializer::Describe();
    const QList<Article> two {article, sample()};

    const QJsonObject document {
        {u"articles"_s,
         QJsonArray {ArticleSerializer::toJson(article, describe),
                     ArticleSerializer::toJson(sample(), describe)}},
        {u"tool"_s, u"masar"_s},
        {u"version"_s, QStringLiteral(MASAR_VERSION)},
    };
    QCOMPARE(ArticleStreamWriter::written(two, ArticleStreamWriter::Format::Json, describe),
             QJsonDocument(document).toJson(QJsonDocument::Indented));

    const QByteArray lines
        = ArticleStreamWriter::written(two, ArticleStreamWriter::Format::JsonLines, describe);
    QCOMPARE(lines,
             QJsonDocument(ArticleSerializer::toJson(article, describe)).toJson(QJsonDocument::Compact) + '\n'
                 + QJsonDocument(ArticleSerializer::toJson(sample(), describe)).toJson(QJsonDocument::Compact)
                 + '\n');
    QCOMPARE(lines.count('\n'), 2); // one article a line, whatever its text holds

    const QByteArray csv = ArticleStreamWriter::written(two, ArticleStreamWriter::Format::Csv, describe);
    QVERIFY(csv.startsWith(ArticleSerializer::csvHeader().toUtf8()));
    // A row per statement, one for an article with none (csvRoundTrips checks the fields).
    const auto rows = [](const Article &a) { return std::max<qsizetype>(1, a.statements.size()); };
    QCOMPARE(csv.count("\r\n"), 1 + rows(article) + rows(sample()));
}

void TestArticleSerializer::streamStopsOnAFailedDevice()
{
    QBuffer closed; // never opened: every write fails
    ArticleStreamWriter writer(&closed, ArticleStreamWriter::Format::JsonLines);
    QVERIFY(writer.ok());
    writer.begin();
    writer.write(sample());
    QVERIFY(!writer.ok());
}

QTEST_GUILESS_MAIN(TestArticleSerializer)
#include "tst_articleserializer.moc"
