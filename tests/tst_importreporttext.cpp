// SPDX-License-Identifier: GPL-3.0-or-later
// The words of an import report, which the library keeps as data: English as the CLI prints it,
// Arabic as the window shows it, and the same report re-worded after a language switch.
#include <QRegularExpression>
#include <QTest>

#include "importreporttext.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

namespace {

ImportReport addedAndDuplicates()
{
    ImportReport r;
    r.added = {u"/in/a.txt"_s, u"/in/b.txt"_s};
    r.duplicates = {ImportReport::Duplicate {u"/in/c.txt"_s, u"/old/a.txt"_s, false},
                    ImportReport::Duplicate {u"/in/d.txt"_s, u"002_466ff97fe79cedee.txt"_s, true}};
    return r;
}

ImportReport refusals()
{
    ImportReport r;
    r.refused
        = {ImportReport::Refusal {u"/in/e.txt"_s, DecodedDocument::Error::Empty,
                                  Diagnostic {Diagnostic::Code::FileEmpty, {u"/in/e.txt"_s}}},
           ImportReport::Refusal {u"/in/f.png"_s, DecodedDocument::Error::Binary,
                                  Diagnostic {Diagnostic::Code::FileBinary, {u"/in/f.png"_s, u"PNG"_s}}}};
    return r;
}

ImportReport cancelled()
{
    ImportReport r;
    r.added = {u"/in/a.txt"_s};
    r.notImported = {u"/in/g.txt"_s, u"/in/h.txt"_s, u"/in/i.txt"_s};
    r.cancelled = true;
    return r;
}

ImportReport stopped()
{
    ImportReport r;
    r.notImported = {u"/in/a.txt"_s};
    r.storageError = Diagnostic {Diagnostic::Code::ArticleNotStored,
                                 {u"/tmp/library.sqlite"_s, u"/in/a.txt"_s, u"disk I/O error"_s}};
    return r;
}

} // namespace

class TestImportReportText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishAsTheCommandLinePrintsIt_data();
    void englishAsTheCommandLinePrintsIt();
    void arabicAsTheWindowShowsIt_data();
    void arabicAsTheWindowShowsIt();
};

void TestImportReportText::initTestCase()
{
    QVERIFY(UiLanguage::install(Language::English, QStringLiteral(MASAR_QM_DIR)));
}

void TestImportReportText::englishAsTheCommandLinePrintsIt_data()
{
    QTest::addColumn<ImportReport>("report");
    QTest::addColumn<QStringList>("lines"); // details(): the summary, then one line per file

    QTest::newRow("added, and duplicates of a stored article and of a sample")
        << addedAndDuplicates()
        << QStringList {
               u"2 articles added, 2 duplicates, 0 files refused."_s, u"added: /in/a.txt"_s,
               u"added: /in/b.txt"_s, u"duplicate: /in/c.txt (same text as /old/a.txt)"_s,
               u"duplicate: /in/d.txt (same text as the built-in sample 002_466ff97fe79cedee.txt)"_s};
    QTest::newRow("refusals: the reason, then the decoder's words")
        << refusals()
        << QStringList {
               u"0 articles added, 0 duplicates, 2 files refused."_s,
               u"refused (empty): /in/e.txt: the file is empty"_s,
               u"refused (binary, not text): /in/f.png: the file is binary data (PNG), not a text or HTML "
               "article"_s};
    QTest::newRow("cancelled: the files not imported")
        << cancelled()
        << QStringList {u"1 article added, 0 duplicates, 0 files refused. Import cancelled: 3 files not "
                        "imported; the articles already added are kept."_s,
                        u"added: /in/a.txt"_s, u"not imported (cancelled): /in/g.txt"_s,
                        u"not imported (cancelled): /in/h.txt"_s, u"not imported (cancelled): /in/i.txt"_s};
    QTest::newRow("stopped by the library")
        << stopped()
        << QStringList {u"0 articles added, 0 duplicates, 0 files refused. The import stopped: Library "
                        "/tmp/library.sqlite: cannot store /in/a.txt: disk I/O error"_s,
                        u"not imported (cancelled): /in/a.txt"_s};
}

void TestImportReportText::englishAsTheCommandLinePrintsIt()
{
    QFETCH(ImportReport, report);
    QFETCH(QStringList, lines);
    QCOMPARE(ImportReportText::details(report).split(u'\n'), lines);
    QCOMPARE(ImportReportText::summary(report), lines.constFirst());
}

void TestImportReportText::arabicAsTheWindowShowsIt_data()
{
    QTest::addColumn<ImportReport>("report");
    QTest::addColumn<QString>("shown"); // what the Arabic details must contain as it is
    QTest::newRow("duplicate of a sample")
        << addedAndDuplicates() << u"العيّنة المدمجة 002_466ff97fe79cedee.txt"_s;
    QTest::newRow("refusals") << refusals() << u"بيانات ثنائية"_s;
    QTest::newRow("cancelled") << cancelled() << u"أُلغي الاستيراد"_s;
    QTest::newRow("stopped by the library") << stopped() << u"توقّف الاستيراد"_s;
}

void TestImportReportText::arabicAsTheWindowShowsIt()
{
    QFETCH(ImportReport, report);
    QFETCH(QString, shown);
    const QString english = ImportReportText::details(report);
    QVERIFY(UiLanguage::install(Language::Arabic, QStringLiteral(MASAR_QM_DIR)));
    const QString arabic = ImportReportText::details(report);
    QVERIFY(UiLanguage::install(Language::English, QStringLiteral(MASAR_QM_DIR)));
    QVERIFY2(arabic.contains(shown), qPrintable(arabic));
    QCOMPARE(arabic.count(u'\n'), english.count(u'\n')); // one line per file in both
    // Not one English word of ours left (paths and the decoder's "PNG" aside).
    for (const QString &word : {u"added"_s, u"duplicate"_s, u"refused"_s, u"cancelled"_s, u"stopped"_s})
        QVERIFY2(!arabic.contains(word), qPrintable(arabic));
    QCOMPARE(ImportReportText::details(report), english); // back in English, from the same data
}

QTEST_MAIN(TestImportReportText)
#include "tst_importreporttext.moc"
