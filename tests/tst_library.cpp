// SPDX-License-Identifier: GPL-3.0-or-later
// The library: import reports, storage across restarts, damaged files set aside, cancelled
// imports, corrections and lexicon edits that survive restart and re-analysis.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "analysisprofile.h"
#include "articlefiles.h"
#include "articlegenerator.h"
#include "articleserializer.h"
#include "articlestore.h"
#include "importjob.h"
#include "library.h"
#include "searchkey.h"
#include "storedarticlereader.h"
#include "testdiagnostics.h"
#include "textdecoder.h"
#include "textfingerprint.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// A stored article's text stays in the library file (ArticleStore::leaveText).
QString textOf(const Library &library, const Article &a)
{
    return a.libraryId != 0 ? library.storedText(a.libraryId) : a.text;
}

// The article as it was analysed: text, statement texts, theme spans and evidence back in place.
Article withText(const Library &library, Article a)
{
    a.text = textOf(library, a);
    if (a.libraryId != 0)
        library.storedDetail(a.libraryId, a.text).into(&a);
    for (Statement &s : a.statements)
        s.text = a.text.mid(s.start, s.end - s.start);
    a.libraryId = 0;
    return a;
}

// A stored article with what only re-analysis reads back from the file (ArticleStore::leaveText).
LibraryArticle withInputs(Library &library, LibraryArticle a)
{
    if (!ArticleStore::readLeftInputs(library.database().database(), &a))
        qFatal("article %lld is not in the library", a.id);
    return a;
}

ImportReport runImport(Library &library, const QStringList &paths, int batchSize = 50)
{
    ImportJob job(library);
    job.setBatchSize(batchSize);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start(ArticleFiles::collect(paths));
    if (job.isRunning() && !finished.wait(120000))
        qFatal("import did not finish");
    return job.report();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// open(), or what the window does: open without the articles, then read them on another
// connection, which checks the file first.
bool openAndRead(Library &library, const QString &path, bool deferred, Diagnostic *error)
{
    if (!deferred)
        return library.open(path, error);
    if (!library.openWithoutArticles(path, error))
        return false;
    const std::atomic<bool> running {false};
    StoredArticleReader::Result read = StoredArticleReader::read(library.database().path(), running, {});
    if (read.damaged)
        return library.setAsideDamaged(*read.damaged, error);
    library.adoptStored(std::move(read.articles), read.problems);
    return true;
}

// Every field of every stored article, for comparing two opens of one library.
QList<QByteArray> snapshot(const Library &library)
{
    QList<QByteArray> out;
    for (const LibraryArticle &a : library.stored()) {
        QJsonObject o = ArticleSerializer::toJson(a.article);
        o.insert(u"fingerprint"_s, a.fingerprint);
        o.insert(u"source_path"_s, a.sourcePath);
        o.insert(u"imported_at"_s, a.importedAt.toString(Qt::ISODateWithMs));
        o.insert(u"original_sha256"_s, a.originalSha256);
        o.insert(u"analysis_version"_s, a.analysisVersion);
        out.append(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return out;
}

QString withTashkeelAndSpaces(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        out += c;
        if (c == QChar(0x0644)) // lam takes a fatha: the normalisation must fold it away
            out += QChar(0x064E);
        if (c == u' ')
            out += u"  "_s;
    }
    return out;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importReport_data();
    void importReport();
    void importReportCounts();
    void reopenGivesSameContent();
    void reimportAddsNothing_data();
    void reimportAddsNothing();
    void importOnlyLibraryStoresWithoutKeeping();
    void damagedLibraryIsSetAside_data();
    void damagedLibraryIsSetAside();
    void problemsAreCodesNamingTheLibrary_data();
    void problemsAreCodesNamingTheLibrary();
    void articleWithoutStoredAnalysisIsReanalysed();
    void cancelKeepsWhatFinished();
    void importStaysWithinItsLookAhead();
    void correctionsSurviveRestartAndReanalysis();
    void shownListIsTheLibrarysOwn_data();
    void shownListIsTheLibrarysOwn();
    void addedTermHighlightsAfterReanalysis();
    void pageMetadataIsStoredAndGivenBack();
    void schemaOneLibraryIsUpgradedWithoutLoss();
    void schemaTwoImportIsUpgradedWithoutLoss();
    void proseWarningsBecomeCodesOnReanalysis();
    void backgroundReaderGivesWhatOpenReads();
    void backgroundReaderStopsWhenCancelled();
    void storedTextIsSearchedInTheIndex_data();
    void storedTextIsSearchedInTheIndex();

private:
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_libraryPath;
    ImportReport m_report;
};

void TestLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"articles"_s);
    QVERIFY(QDir().mkpath(m_folder + u"/sub"_s));
    const QString data = QStringLiteral(MASAR_TEST_DATA_DIR);
    auto put = [&](const QString &name, const QByteArray &bytes) {
        return writeFile(m_folder + u'/' + name, bytes);
    };
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QVERIFY(put(u"01-utf8.txt"_s, ArticleGenerator::text(1).toUtf8()));
    QVERIFY(put(u"02-utf16.txt"_s, utf16(ArticleGenerator::text(2))));
    QVERIFY(put(u"03-windows-1256.txt"_s, readFile(data + u"/decoding/arabic-windows-1256.txt"_s)));
    QVERIFY(put(u"04-page.html"_s, readFile(data + u"/decoding/news-windows-1256.html"_s)));
    QVERIFY(put(u"05-no-extension"_s, ArticleGenerator::text(5).toUtf8()));
    QVERIFY(put(u"06-empty.txt"_s, QByteArray()));
    QVERIFY(put(u"07-binary.txt"_s,
                QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) + QByteArray(400, '\0')));
    QVERIFY(put(u"08-same-text-in-utf8.txt"_s, readFile(data + u"/decoding/arabic-utf8.txt"_s)));
    QVERIFY(put(u"sub/09-tashkeel-copy.txt"_s, withTashkeelAndSpaces(ArticleGenerator::text(1)).toUtf8()));
    QVERIFY(put(u"sub/10-sample-copy.txt"_s, readFile(data + u"/seeds/002_466ff97fe79cedee.txt"_s)));
    QVERIFY(put(u"sub/11-too-large.txt"_s, QByteArray(TextDecoder::MaxBytes + 10, 'a')));
    QVERIFY(put(u"sub/12-picture.png"_s, QByteArray("\x89PNG", 4)));

    m_libraryPath = m_dir.filePath(u"lib/library.sqlite"_s);
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(m_libraryPath, &error), qPrintable(error.debugString()));
    QVERIFY(library.database().setAsidePath().isEmpty());
    m_report = runImport(library, {m_folder, m_dir.filePath(u"missing.txt"_s)}, 2);
}

void TestLibrary::importReport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>(
        "outcome"); // added | duplicate:<file name of the original> | duplicate:sample:<its file name>
                    // | refused:<reason id>:<code of the decoder's diagnostic> | absent
    QTest::newRow("UTF-8 text") << u"01-utf8.txt"_s << u"added"_s;
    QTest::newRow("UTF-16 with BOM") << u"02-utf16.txt"_s << u"added"_s;
    QTest::newRow("windows-1256") << u"03-windows-1256.txt"_s << u"added"_s;
    QTest::newRow("HTML in windows-1256") << u"04-page.html"_s << u"added"_s;
    QTest::newRow("no extension, sniffed") << u"05-no-extension"_s << u"added"_s;
    QTest::newRow("empty file") << u"06-empty.txt"_s << u"refused:empty:file_empty"_s;
    QTest::newRow("binary file") << u"07-binary.txt"_s << u"refused:binary:file_binary"_s;
    QTest::newRow("same text in another encoding")
        << u"08-same-text-in-utf8.txt"_s << u"duplicate:03-windows-1256.txt"_s;
    QTest::newRow("same text with tashkeel and spaces, in a subfolder")
        << u"sub/09-tashkeel-copy.txt"_s << u"duplicate:01-utf8.txt"_s;
    QTest::newRow("copy of a built-in sample")
        << u"sub/10-sample-copy.txt"_s << u"duplicate:sample:002_466ff97fe79cedee.txt"_s;
    QTest::newRow("too large") << u"sub/11-too-large.txt"_s << u"refused:too-large:file_too_large"_s;
    QTest::newRow("not an article file") << u"sub/12-picture.png"_s << u"absent"_s;
    QTest::newRow("missing file") << u"../missing.txt"_s << u"refused:unreadable:file_missing"_s;
}

void TestLibrary::importReport()
{
    QFETCH(QString, file);
    QFETCH(QString, outcome);
    const QString path = QDir::cleanPath(m_folder + u'/' + file);
    QStringList found;
    if (m_report.added.contains(path))
        found.append(u"added"_s);
    for (const ImportReport::Duplicate &d : std::as_const(m_report.duplicates)) {
        if (d.path == path) {
            // A sample by its file name (the words are ui/'s), a stored article by its path.
            found.append(d.ofSample ? u"duplicate:sample:"_s + d.duplicateOf
                                    : u"duplicate:"_s + QFileInfo(d.duplicateOf).fileName());
            if (!d.ofSample)
                QVERIFY2(QFileInfo::exists(d.duplicateOf), qPrintable(d.duplicateOf));
        }
    }
    for (const ImportReport::Refusal &r : std::as_const(m_report.refused)) {
        if (QDir::cleanPath(r.path) == path) {
            found.append(u"refused:"_s + ImportReport::reasonId(r.reason) + u':'
                         + Diagnostic::codeId(r.failure.code));
            QCOMPARE(QDir::cleanPath(r.failure.args.value(0)), path);
        }
    }
    if (found.isEmpty())
        found.append(u"absent"_s);
    QCOMPARE(found, QStringList {outcome});
}

void TestLibrary::importReportCounts()
{
    QCOMPARE(m_report.added.size(), 5);
    QCOMPARE(m_report.duplicates.size(), 3);
    QCOMPARE(m_report.refused.size(), 4);
    QVERIFY(m_report.notImported.isEmpty());
    QVERIFY(!m_report.cancelled);
    QVERIFY(!m_report.storageError);
    // A refusal keeps the decoder's code and arguments, for ui/ to word.
    const auto binary = std::find_if(m_report.refused.cbegin(), m_report.refused.cend(), [](const auto &r) {
        return r.reason == DecodedDocument::Error::Binary;
    });
    QVERIFY(binary != m_report.refused.cend());
    QCOMPARE(binary->failure.debugString(), u"file_binary("_s + m_folder + u"/07-binary.txt, PNG)"_s);
}

void TestLibrary::reopenGivesSameContent()
{
    Library first;
    Diagnostic error;
    QVERIFY2(first.open(m_libraryPath, &error), qPrintable(error.debugString()));
    const QList<QByteArray> before = snapshot(first);
    QCOMPARE(before.size(), 5);
    QVERIFY(first.loadProblems().isEmpty());
    for (const LibraryArticle &a : first.stored()) {
        QVERIFY(a.article.ok);
        QVERIFY(a.article.text.isEmpty()); // left in the file
        QCOMPARE(a.fingerprint, TextFingerprint::of(first.storedText(a.id)));
        QVERIFY(a.importedAt.isValid());
        QVERIFY(a.originalSha256.isEmpty()); // left in the file too
        QCOMPARE(withInputs(first, a).originalSha256, TextFingerprint::bytesHash(readFile(a.sourcePath)));
    }
    QStringList encodings;
    for (const LibraryArticle &a : first.stored())
        encodings.append(a.article.encoding);
    QVERIFY2(encodings.contains(u"UTF-16LE"_s) && encodings.contains(u"windows-1256"_s),
             qPrintable(encodings.join(u' ')));
    // What repeats from article to article is held once (StringPool): the version, the ids.
    const QList<LibraryArticle> &stored = first.stored();
    QHash<QString, QString> ids;
    int repeats = 0;
    const auto checkShared = [&](const QString &id) {
        const auto seen = ids.constFind(id);
        if (seen == ids.cend()) {
            ids.insert(id, id);
            return true;
        }
        ++repeats;
        return seen->isSharedWith(id);
    };
    for (const LibraryArticle &a : stored) {
        QVERIFY(a.analysisVersion.isSharedWith(stored.first().analysisVersion));
        QCOMPARE(a.article.file, a.sourcePath);
        QVERIFY(a.article.file.isSharedWith(a.sourcePath)); // one string, not two
        for (const Statement &statement : a.article.statements) {
            QVERIFY2(checkShared(statement.speaker), qPrintable(statement.speaker));
            for (const QString &theme : statement.themes)
                QVERIFY2(checkShared(theme), qPrintable(theme));
        }
    }
    QVERIFY2(repeats > 10, qPrintable(QString::number(repeats)));

    Library second;
    QVERIFY2(second.open(m_libraryPath, &error), qPrintable(error.debugString()));
    QCOMPARE(snapshot(second), before);
    // The samples are always there and are not stored.
    QCOMPARE(second.samples().size(), 5);
    QCOMPARE(second.articlesForDisplay().size(), 10);
    QVERIFY(second.isReadOnly(second.samples().first().fingerprint));
    QVERIFY(!second.isReadOnly(second.stored().first().fingerprint));
}

void TestLibrary::reimportAddsNothing_data()
{
    QTest::addColumn<bool>("importOnly");
    QTest::newRow("the window's library: duplicates found in memory") << false;
    QTest::newRow("masar import's: duplicates found in the file") << true;
}

void TestLibrary::reimportAddsNothing()
{
    QFETCH(bool, importOnly);
    Library library;
    Diagnostic error;
    QVERIFY2(importOnly ? library.openForImport(m_libraryPath, &error) : library.open(m_libraryPath, &error),
             qPrintable(error.debugString()));
    const ImportReport again = runImport(library, {m_folder});
    QCOMPARE(again.added.size(), 0);
    QCOMPARE(again.duplicates.size(), 8);
    // Each names what it duplicates: a stored file of the first import, or a sample.
    Library reference;
    QVERIFY2(reference.open(m_libraryPath, &error), qPrintable(error.debugString()));
    QSet<QString> storedPaths;
    for (const LibraryArticle &a : reference.stored())
        storedPaths.insert(a.sourcePath);
    int ofStored = 0;
    for (const ImportReport::Duplicate &d : again.duplicates) {
        QVERIFY2(d.ofSample || storedPaths.contains(d.duplicateOf),
                 qPrintable(d.path + u" → "_s + d.duplicateOf));
        ofStored += d.ofSample ? 0 : 1;
    }
    QVERIFY(ofStored >= 5);
    QCOMPARE(library.stored().size(), importOnly ? 0 : 5);
}

void TestLibrary::importOnlyLibraryStoresWithoutKeeping()
{
    const QString path = m_dir.filePath(u"import-only/library.sqlite"_s);
    Library library;
    Diagnostic error;
    QVERIFY2(library.openForImport(path, &error), qPrintable(error.debugString()));
    // Batches of two: duplicates of files stored batches earlier are found in the file.
    const ImportReport report = runImport(library, {m_folder}, 2);
    QCOMPARE(report.added.size(), m_report.added.size());
    QCOMPARE(report.duplicates.size(), m_report.duplicates.size());
    QVERIFY(library.stored().isEmpty());

    Library reopened;
    QVERIFY2(reopened.open(path, &error), qPrintable(error.debugString()));
    QCOMPARE(reopened.stored().size(), m_report.added.size());
    for (const LibraryArticle &a : reopened.stored()) {
        QVERIFY(library.contains(a.fingerprint));
        QCOMPARE(library.sourceOf(a.fingerprint), a.sourcePath);
    }
    QVERIFY(!library.contains(TextFingerprint::of(u"نص لم يستورد قط"_s)));
    QVERIFY(library.sourceOf(TextFingerprint::of(u"نص لم يستورد قط"_s)).isEmpty());
}

void TestLibrary::damagedLibraryIsSetAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QStringList>("reasons"); // the codes the notice may give as the reason
    QTest::addColumn<bool>("deferred"); // opened for a window: the check runs with the reading
    // SQLite refuses the file outright or opens it and fails the check, as the damage decides.
    const QStringList broken {u"library_cannot_open"_s, u"library_integrity_failed"_s};
    for (const bool deferred : {false, true}) {
        const char *how = deferred ? ", read in the background" : "";
        QTest::addRow("not a database at all%s", how)
            << u"text"_s << QStringList {u"library_cannot_open"_s} << deferred;
        QTest::addRow("a database cut in half%s", how) << u"truncated"_s << broken << deferred;
        QTest::addRow("pages overwritten with garbage%s", how) << u"garbage-pages"_s << broken << deferred;
        QTest::addRow("written by a newer schema%s", how)
            << u"newer-schema"_s << QStringList {u"library_newer_schema"_s} << deferred;
    }
}

void TestLibrary::damagedLibraryIsSetAside()
{
    QFETCH(QString, damage);
    QFETCH(QStringList, reasons);
    QFETCH(bool, deferred);
    const QString dir = m_dir.filePath(u"damaged-"_s + damage + (deferred ? u"-deferred"_s : QString()));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/library.sqlite"_s;
    if (damage == u"text") {
        QVERIFY(writeFile(path, QByteArray("this is not an SQLite database\n").repeated(100)));
    } else {
        {
            Library library;
            Diagnostic error;
            QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
            QCOMPARE(runImport(library, {m_folder}).added.size(), 5);
            QSqlQuery q(library.database().database());
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            if (damage == u"newer-schema")
                QVERIFY(q.exec(u"PRAGMA user_version=99"_s));
        }
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 8192);
        if (damage == u"truncated")
            bytes.truncate(bytes.size() / 2);
        if (damage == u"garbage-pages")
            bytes.replace(4096, 8192, QByteArray(8192, '\x5a'));
        QVERIFY(writeFile(path, bytes));
    }
    const QByteArray original = readFile(path);

    Library library;
    Diagnostic error;
    QVERIFY2(openAndRead(library, path, deferred, &error), qPrintable(error.debugString()));
    const QString aside = library.database().setAsidePath();
    QVERIFY2(!aside.isEmpty(), "the damaged file was used instead of set aside");
    QVERIFY(aside.startsWith(path + u".broken-"_s));
    QCOMPARE(readFile(aside), original); // moved, never deleted or changed
    // The notice is a code with the paths and the reason, for ui/ to word.
    const std::optional<Diagnostic> notice = library.database().notice();
    QVERIFY(notice);
    QCOMPARE(notice->code, Diagnostic::Code::LibraryMovedAside);
    QCOMPARE(notice->args.mid(0, 2), (QStringList {path, aside}));
    const Diagnostic reason = notice->reasonAt(2);
    QVERIFY2(reasons.contains(Diagnostic::codeId(reason.code)), qPrintable(reason.debugString()));
    QCOMPARE(reason.args.value(0), path);
    if (damage == u"newer-schema")
        QCOMPARE(reason.args, (QStringList {path, u"99"_s, QString::number(LibraryDatabase::SchemaVersion)}));
    QVERIFY(library.stored().isEmpty());
    QCOMPARE(library.samples().size(), 5);
    // The fresh library works.
    QCOMPARE(runImport(library, {m_folder + u"/01-utf8.txt"_s}).added.size(), 1);
}

void TestLibrary::problemsAreCodesNamingTheLibrary_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("code");
    QTest::newRow("its folder cannot be created") << u"no-folder"_s << u"library_cannot_create_folder"_s;
    QTest::newRow("a write fails: store_failed with SQLite's message") << u"no-table"_s << u"store_failed"_s;
}

// What goes wrong comes back as a code with the library's path and the details as arguments, never
// as words (ui/ words them, tst_diagnostictext checks the words).
void TestLibrary::problemsAreCodesNamingTheLibrary()
{
    QFETCH(QString, problem);
    QFETCH(QString, code);
    const QString dir = m_dir.filePath(u"problem-"_s + problem);
    QVERIFY(QDir().mkpath(dir));
    Library library;
    Diagnostic error;
    if (problem == u"no-folder") {
        QVERIFY(writeFile(dir + u"/file"_s, "not a folder"));
        QVERIFY(!library.open(dir + u"/file/sub/library.sqlite"_s, &error));
        QCOMPARE(Diagnostic::codeId(error.code), code);
        QCOMPARE(error.args, QStringList {dir + u"/file/sub"_s});
        return;
    }
    const QString path = dir + u"/library.sqlite"_s;
    QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
    QSqlQuery q(library.database().database());
    if (problem == u"no-table") {
        QVERIFY(q.exec(u"DROP TABLE corrections"_s));
        QVERIFY(!library.corrections().put(Correction::kind(u"f"_s, u"report"_s), &error));
        QCOMPARE(Diagnostic::codeId(error.code), code);
        QCOMPARE(error.args.value(0), path);
        QVERIFY2(!error.args.value(1).isEmpty(), qPrintable(error.debugString())); // Qt's or SQLite's words
        return;
    }
    QFAIL("a problem without its check");
}

// An article whose analysis rows are gone (a schema-2 analysis that did not parse is migrated that
// way) keeps its text and comes back stale, and re-analysis gives it an analysis again.
void TestLibrary::articleWithoutStoredAnalysisIsReanalysed()
{
    const QString path = m_dir.filePath(u"no-analysis/library.sqlite"_s);
    {
        Library library;
        Diagnostic error;
        QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
        QCOMPARE(runImport(library, {m_folder + u"/01-utf8.txt"_s}).added.size(), 1);
        QCOMPARE(library.staleCount(), 0);
        QSqlQuery q(library.database().database());
        QVERIFY(q.exec(u"DELETE FROM facts"_s));
        QVERIFY(q.exec(u"DELETE FROM statements"_s));
    }
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
    QVERIFY(library.loadProblems().isEmpty());
    QCOMPARE(library.stored().size(), 1);
    QVERIFY(library.stored().first().analysisVersion.isEmpty());
    QVERIFY(library.stored().first().article.statements.isEmpty());
    QVERIFY(!library.storedText(library.stored().first().id).isEmpty());
    QCOMPARE(library.staleCount(), 1);
    QVERIFY(library.replaceAnalyses(library.reanalyzed(library.stored()), &error));
    QCOMPARE(library.staleCount(), 0);
    Library reopened;
    QVERIFY2(reopened.open(path, &error), qPrintable(error.debugString()));
    QCOMPARE(reopened.staleCount(), 0);
    QVERIFY(!reopened.stored().first().article.statements.isEmpty());
}

void TestLibrary::importStaysWithinItsLookAhead()
{
    if (QThread::idealThreadCount() < 2)
        QSKIP("needs two workers: one held at the first file, one running ahead");
    const QString folder = m_dir.filePath(u"ahead"_s);
    const int files = ImportJob::lookAhead() + 40;
    QVERIFY(ArticleGenerator::writeFolder(folder, files));
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(m_dir.filePath(u"ahead-library/library.sqlite"_s), &error),
             qPrintable(error.debugString()));
    ImportJob job(library);
    QSemaphore firstMayGo;
    std::atomic<bool> firstHeld {true};
    std::atomic<int> furthest {-1};
    job.setWorkerGate([&](int index) {
        if (index == 0) {
            firstMayGo.acquire();
            firstHeld = false;
        } else if (firstHeld && index > furthest) {
            furthest = index; // one worker runs ahead: no race on the maximum
        }
    });
    // However the test ends, the held worker goes, or the job could not be destroyed.
    const auto letGo = qScopeGuard([&] {
        if (firstHeld)
            firstMayGo.release();
    });
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start(ArticleFiles::collect({folder}));
    // The first file cannot be taken, so the other worker goes on until it is lookAhead() files
    // ahead of it, and waits there instead of reading the rest.
    QTRY_VERIFY_WITH_TIMEOUT(job.workersWaitingForRoom() == 1, 30000);
    QCOMPARE(furthest.load(), ImportJob::lookAhead() - 1);
    firstMayGo.release();
    QVERIFY(finished.wait(120000));
    QCOMPARE(job.workersWaitingForRoom(), 0);
    QCOMPARE(job.report().added.size() + job.report().duplicates.size(), files);
}

void TestLibrary::cancelKeepsWhatFinished()
{
    const QString folder = m_dir.filePath(u"many"_s);
    QVERIFY(ArticleGenerator::writeFolder(folder, 400));
    const QString path = m_dir.filePath(u"cancel/library.sqlite"_s);
    int added = 0;
    {
        Library library;
        Diagnostic error;
        QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
        ImportJob job(library);
        job.setBatchSize(10);
        QSignalSpy progress(&job, &ImportJob::progressChanged);
        QSignalSpy finished(&job, &ImportJob::finished);
        connect(&job, &ImportJob::progressChanged, &job, [&job](int done) {
            if (done >= 30)
                job.cancel();
        });
        job.start(ArticleFiles::collect({folder}));
        QVERIFY(finished.wait(120000));
        const ImportReport report = job.report();
        QVERIFY(report.cancelled);
        QVERIFY2(report.added.size() >= 30 && report.added.size() < 400,
                 qPrintable(QString::number(report.added.size())));
        QCOMPARE(report.total(), 400);
        QCOMPARE(report.added.size() + report.notImported.size(), 400);
        // The files left out are named, and none of them was added.
        for (const QString &left : report.notImported)
            QVERIFY2(!report.added.contains(left), qPrintable(left));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(library.stored().size(), report.added.size());
        added = int(report.added.size());
    }
    Library reopened;
    Diagnostic error;
    QVERIFY2(reopened.open(path, &error), qPrintable(error.debugString()));
    QCOMPARE(reopened.stored().size(), added);
    // The rest can be imported later; nothing is imported twice.
    const ImportReport rest = runImport(reopened, {folder});
    QCOMPARE(rest.added.size(), 400 - added);
    QCOMPARE(rest.duplicates.size(), added);
}

void TestLibrary::correctionsSurviveRestartAndReanalysis()
{
    const QString path = m_dir.filePath(u"corrections/library.sqlite"_s);
    QString fingerprint;
    Statement statement;
    QString addedTheme;
    QString removedTheme;
    Diagnostics articleCorrections; // what the article and its first statement say was corrected
    Diagnostics statementCorrections;
    {
        Library library;
        Diagnostic error;
        QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
        QCOMPARE(runImport(library, {m_folder + u"/01-utf8.txt"_s}).added.size(), 1);
        const LibraryArticle a = library.stored().first();
        fingerprint = a.fingerprint;
        QVERIFY(!a.article.statements.isEmpty());
        QVERIFY(a.article.round != 7);
        statement = a.article.statements.first();
        QVERIFY(!statement.themes.isEmpty());
        removedTheme = statement.themes.first();
        addedTheme = statement.themes.contains(u"oil"_s) ? u"sanctions"_s : u"oil"_s;
        QVERIFY(a.article.kind != ArticleKind::Analysis);
        // Codes with the values on both sides, never words: ui/ words them in its language.
        using Code = Diagnostic::Code;
        articleCorrections
            = {a.article.round == NoRound
                   ? Diagnostic {Code::RoundSet, {u"7"_s}}
                   : Diagnostic {Code::RoundCorrected, {u"7"_s, QString::number(a.article.round)}},
               Diagnostic {Code::KindCorrected, {u"analysis"_s, articleKindId(a.article.kind)}}};
        statementCorrections
            = {Diagnostic {Code::ThemeAdded, {addedTheme}}, Diagnostic {Code::ThemeRemoved, {removedTheme}}};
        QVERIFY(library.corrections().put(Correction::mainRound(fingerprint, 7), &error));
        QVERIFY(library.corrections().put(Correction::kind(fingerprint, u"analysis"_s), &error));
        QVERIFY(library.corrections().put(
            Correction::statementTheme(fingerprint, statement.start, statement.end, addedTheme, true),
            &error));
        QVERIFY(library.corrections().put(
            Correction::statementTheme(fingerprint, statement.start, statement.end, removedTheme, false),
            &error));
    }
    auto check = [&](const Library &library) {
        QCOMPARE(library.corrections().all().size(), 4);
        const QList<Article> shown = library.articlesForDisplay();
        const Article &a = shown.last();
        QCOMPARE(a.round, 7);
        QCOMPARE(a.kind, ArticleKind::Analysis);
        QCOMPARE(debugStrings(a.corrections), debugStrings(articleCorrections)); // round and kind
        const Statement &s = a.statements.first();
        QCOMPARE(s.start, statement.start);
        QCOMPARE(s.round, 7); // followed the article to its corrected round
        QVERIFY(s.themes.contains(addedTheme));
        QVERIFY(!s.themes.contains(removedTheme));
        QCOMPARE(debugStrings(s.corrections), debugStrings(statementCorrections));
        // The stored analysis itself is untouched.
        QVERIFY(library.stored().first().article.statements.first().themes.contains(removedTheme));
    };
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
    check(library);
    const QString before = library.stored().first().analysisVersion;
    QVERIFY(library.addTerm({u"humanitarian"_s, u"كتب التقرير"_s}, &error));
    QCOMPARE(library.staleCount(), 1);
    QVERIFY(library.replaceAnalyses(library.reanalyzed(library.stored()), &error));
    QCOMPARE(library.staleCount(), 0);
    QVERIFY(library.stored().first().analysisVersion != before);
    check(library);

    Library reopened;
    QVERIFY2(reopened.open(path, &error), qPrintable(error.debugString()));
    QCOMPARE(reopened.staleCount(), 0);
    check(reopened);
    // An undone correction is gone for good.
    QVERIFY(reopened.corrections().remove(Correction::kind(fingerprint, {}), &error));
    QCOMPARE(reopened.articlesForDisplay().last().kind, library.stored().first().article.kind);
}

void TestLibrary::shownListIsTheLibrarysOwn_data()
{
    QTest::addColumn<int>("leading"); // -1: open(); else read in the background with this many slots
    QTest::addColumn<bool>("readListShown");
    QTest::newRow("opened") << -1 << false;
    QTest::newRow("read in the background, room for the samples") << 5 << true;
    QTest::newRow("read in the background without room") << 0 << false;
}

// The views are given the library's own list of analyses, not a copy (at 100k articles a copy is
// 50 MB), with the corrections laid over it in place and taken back from it.
void TestLibrary::shownListIsTheLibrarysOwn()
{
    QFETCH(int, leading);
    QFETCH(bool, readListShown);
    Library library;
    Diagnostic error;
    const Article *read = nullptr;
    if (leading < 0) {
        QVERIFY2(library.open(m_libraryPath, &error), qPrintable(error.debugString()));
    } else {
        QVERIFY2(library.openWithoutArticles(m_libraryPath, &error), qPrintable(error.debugString()));
        QCOMPARE(library.samples().size(), 5);
        const std::atomic<bool> running {false};
        StoredArticleReader::Result result = StoredArticleReader::read(m_libraryPath, running, {}, leading);
        read = result.articles.analyses.constData();
        library.adoptStored(std::move(result.articles), result.problems);
    }
    const qsizetype samples = library.samples().size();
    const QList<LibraryArticle> stored = library.stored();
    QCOMPARE(stored.size(), 5);
    const QList<Article> shown = library.articlesForDisplay();
    QCOMPARE(shown.size(), samples + stored.size());
    for (qsizetype i = 0; i < samples; ++i)
        QCOMPARE(shown.at(i).file, library.samples().at(i).article.file);
    for (qsizetype i = 0; i < stored.size(); ++i)
        QCOMPARE(shown.at(samples + i).libraryId, stored.at(i).id);
    QCOMPARE(library.articlesForDisplay().constData(), shown.constData()); // given again, not copied
    QCOMPARE(shown.constData() == read, readListShown);

    const ArticleKind kind = stored.first().article.kind;
    const ArticleKind other = kind == ArticleKind::Analysis ? ArticleKind::Report : ArticleKind::Analysis;
    const Correction correction = Correction::kind(stored.first().fingerprint, articleKindId(other));
    QVERIFY(library.corrections().put(correction, &error));
    QCOMPARE(library.articlesForDisplay().at(samples).kind, other);
    QCOMPARE(library.stored().first().article.kind, kind); // the stored analysis as it was
    QCOMPARE(shown.at(samples).kind, kind); // and a list given before keeps what it showed
    QVERIFY(library.corrections().remove(correction, &error));
    const QList<Article> after = library.articlesForDisplay();
    QCOMPARE(after.at(samples).kind, kind);
    QVERIFY(after.at(samples).corrections.isEmpty());
}

void TestLibrary::addedTermHighlightsAfterReanalysis()
{
    const QString path = m_dir.filePath(u"lexicon/library.sqlite"_s);
    const QString term = u"كتب التقرير"_s;
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
    QCOMPARE(
        runImport(library, {m_folder + u"/01-utf8.txt"_s, m_folder + u"/05-no-extension"_s}).added.size(), 2);
    auto spansOfTerm = [&](const Library &lib) {
        int n = 0;
        for (const Article &shown : lib.articlesForDisplay()) {
            const Article a = withText(lib, shown);
            for (const ThemeSpan &s : a.themeSpans) {
                if (s.theme == u"sanctions" && textOf(lib, a).mid(s.start, s.end - s.start) == term)
                    ++n;
            }
        }
        return n;
    };
    QCOMPARE(spansOfTerm(library), 0);
    QVERIFY(library.addTerm({u"sanctions"_s, term}, &error));
    QVERIFY(library.replaceAnalyses(library.reanalyzed(library.stored()), &error));
    QCOMPARE(spansOfTerm(library), 2);

    Library reopened;
    QVERIFY2(reopened.open(path, &error), qPrintable(error.debugString()));
    QCOMPARE(reopened.addedTerms().size(), 1);
    QCOMPARE(spansOfTerm(reopened), 2);
    QVERIFY(reopened.removeTerm({u"sanctions"_s, term}, &error));
    QCOMPARE(reopened.staleCount(), 2);
}

void TestLibrary::pageMetadataIsStoredAndGivenBack()
{
    const QString page = QStringLiteral(MASAR_TEST_DATA_DIR) + u"/html/json-ld.html"_s;
    const DecodedDocument decoded = TextDecoder::decodeFile(page);
    QVERIFY(decoded.ok());
    QVERIFY(!decoded.metadata.url.isEmpty() && decoded.metadata.published.isValid());
    const QString path = m_dir.filePath(u"metadata/library.sqlite"_s);
    {
        Library library;
        Diagnostic error;
        QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
        QCOMPARE(runImport(library, {page}).added.size(), 1);
        QVERIFY(library.stored().first().documentMeta.isEmpty()); // in the file, not in memory
        QCOMPARE(withInputs(library, library.stored().first()).documentMeta, decoded.metadata);
    }
    Library reopened;
    Diagnostic error;
    QVERIFY2(reopened.open(path, &error), qPrintable(error.debugString()));
    const LibraryArticle stored = reopened.stored().first();
    QVERIFY(stored.documentMeta.isEmpty() && stored.documentTitle.isEmpty());
    // Re-analysis starts from the same document the decoder gave, metadata included.
    const LibraryArticle full = withInputs(reopened, stored);
    QCOMPARE(full.documentMeta, decoded.metadata);
    QCOMPARE(full.documentTitle, decoded.title);
    const DecodedDocument again = AnalysisProfile::storedDocument(full);
    QCOMPARE(again.metadata, decoded.metadata);
    QCOMPARE(again.text, decoded.text);
    QCOMPARE(again.title, decoded.title);
    // The page's address reaches the views.
    QCOMPARE(reopened.articlesForDisplay().last().url, decoded.metadata.url);
    QVERIFY(reopened.articlesForDisplay().first().url.isEmpty()); // a sample: plain text
    // Re-analysis reads the metadata back from the file, which alone gives the address.
    QVERIFY(reopened.replaceAnalyses(reopened.reanalyzed(reopened.stored()), &error));
    QCOMPARE(reopened.articlesForDisplay().last().url, decoded.metadata.url);
    QCOMPARE(reopened.articlesForDisplay().last().published, decoded.metadata.published);
}

void TestLibrary::schemaOneLibraryIsUpgradedWithoutLoss()
{
    // A library as version 1 wrote it: no document_meta column.
    const QString path = m_dir.filePath(u"schema1/library.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    Article article;
    article.ok = true;
    article.text = ArticleGenerator::text(3);
    article.title = u"عنوان قديم"_s;
    QJsonObject analysis = ArticleSerializer::toJson(article);
    analysis.remove(u"text"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *statement :
             {"CREATE TABLE articles (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE, source_path "
              "TEXT "
              "NOT NULL, encoding TEXT NOT NULL, format TEXT NOT NULL, document_title TEXT NOT NULL DEFAULT "
              "'', "
              "decoder_warnings TEXT NOT NULL DEFAULT '[]', text TEXT NOT NULL, text_sha256 TEXT NOT NULL, "
              "original_sha256 TEXT NOT NULL, original_size INTEGER NOT NULL, imported_at TEXT NOT NULL, "
              "analysis_version TEXT NOT NULL, analysis TEXT NOT NULL)",
              "CREATE TABLE corrections (article TEXT NOT NULL, field TEXT NOT NULL, statement_start INTEGER "
              "NOT "
              "NULL, statement_end INTEGER NOT NULL, theme TEXT NOT NULL, value TEXT NOT NULL, created_at "
              "TEXT NOT "
              "NULL, PRIMARY KEY (article, field, statement_start, statement_end, theme))",
              "CREATE TABLE lexicon_terms (theme TEXT NOT NULL, term TEXT NOT NULL, added_at TEXT NOT NULL, "
              "PRIMARY "
              "KEY (theme, term))",
              "PRAGMA user_version=1"})
            QVERIFY2(q.exec(QString::fromLatin1(statement)), qPrintable(q.lastError().text()));
        q.prepare(u"INSERT INTO articles (fingerprint, source_path, encoding, format, document_title, text, "
                  "text_sha256, original_sha256, original_size, imported_at, analysis_version, analysis) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s);
        for (const QVariant &v :
             QVariantList {TextFingerprint::of(article.text), u"/old/page.html"_s, u"UTF-8"_s, u"html"_s,
                           article.title, article.text, TextFingerprint::exactHash(article.text), u"00"_s, 10,
                           u"2025-01-01T00:00:00.000"_s, u"0.0.1"_s,
                           QString::fromUtf8(QJsonDocument(analysis).toJson())})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"schema1"_s);

    Library library;
    Diagnostic error;
    QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
    QVERIFY(library.database().setAsidePath().isEmpty());
    QCOMPARE(library.stored().size(), 1);
    const LibraryArticle a = library.stored().first();
    QCOMPARE(library.storedText(a.id), article.text);
    QCOMPARE(a.article.title, article.title);
    QCOMPARE(withInputs(library, a).documentTitle, article.title);
    QVERIFY(withInputs(library, a).documentMeta.isEmpty());
    QSqlQuery q(library.database().database());
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), LibraryDatabase::SchemaVersion);
    QVERIFY(q.exec(u"SELECT document_meta FROM articles"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"{}"_s);
    // New articles go in beside the old one.
    QCOMPARE(runImport(library, {m_folder + u"/01-utf8.txt"_s}).added.size(), 1);
    QCOMPARE(library.stored().size(), 2);
}

// An analysis stored by a version that wrote warnings as words: they are kept as they were
// written until the background re-analysis (its version is older) replaces them with codes.
// tests/data/library/schema2-import.sqlite was made by `masar import` of schema 2 (commit b88600d)
// from our own test articles (tests/data/library/README.md). What it held is read here with plain
// SQL and the JSON reader of that schema; after the upgrade the library must give back the same.
void TestLibrary::schemaTwoImportIsUpgradedWithoutLoss()
{
    const QString path = m_dir.filePath(u"schema2/library.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(QFile::copy(QStringLiteral(MASAR_TEST_DATA_DIR) + u"/library/schema2-import.sqlite"_s, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QHash<qint64, QJsonObject> before;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema2"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(u"SELECT id, text, analysis FROM articles"_s));
        while (q.next()) {
            QJsonObject json = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            json.insert(u"text"_s, q.value(1).toString());
            Article article;
            QVERIFY(ArticleSerializer::fromJson(json, &article));
            before.insert(q.value(0).toLongLong(), ArticleSerializer::toJson(article));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"schema2"_s);
    QCOMPARE(before.size(), 44); // 40 realstyle articles, 2 HTML pages, 2 windows-1256 files

    Library library;
    Diagnostic error;
    QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
    QVERIFY(library.database().setAsidePath().isEmpty());
    QVERIFY(library.loadProblems().isEmpty());
    QCOMPARE(library.stored().size(), before.size());
    int statements = 0;
    for (const LibraryArticle &a : library.stored()) {
        QVERIFY(before.contains(a.id));
        QCOMPARE(ArticleSerializer::toJson(withText(library, a.article)), before.value(a.id));
        statements += int(a.article.statements.size());
    }
    QVERIFY(statements > 44); // the fixture is not a library of empty analyses
    QSqlQuery q(library.database().database());
    QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), LibraryDatabase::SchemaVersion);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM pragma_table_info('articles') WHERE name = 'analysis'"_s)
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // the JSON column is gone: the tables hold the analysis
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM statements"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), statements);
}

void TestLibrary::proseWarningsBecomeCodesOnReanalysis()
{
    const QString path = m_dir.filePath(u"prose/library.sqlite"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    // Sample 000 with a line of our own: a sample itself is a duplicate, never stored.
    const QString seed = m_dir.filePath(u"prose/000-copy.txt"_s);
    {
        QFile f(seed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readFile(QStringLiteral(MASAR_TEST_DATA_DIR) + u"/seeds/000_9e61edb7ab7a6c13.txt"_s));
        f.write("\nنسخة محفوظة للاختبار.\n");
    }
    const QString prose
        = u"The page's date (23 January 2025) does not fit «11 و12 من تشرين الثاني الجاري»."_s;
    {
        Library library;
        Diagnostic error;
        QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
        QCOMPARE(runImport(library, {seed}).added.size(), 1);
        // As an old version stored a warning: its words, under the code of words without a code.
        QSqlQuery q(library.database().database());
        QVERIFY(q.exec(u"DELETE FROM warnings"_s));
        q.prepare(
            u"INSERT INTO warnings (article, position, code, args) SELECT id, 0, 'legacy', ? FROM articles"_s);
        q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray {prose}).toJson(QJsonDocument::Compact)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"UPDATE articles SET analysis_version = '0.1.0'"_s));
    }
    Library library;
    Diagnostic error;
    QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
    QCOMPARE(library.stored().size(), 1);
    QCOMPARE(library.stored().first().article.warnings,
             (Diagnostics {Diagnostic {Diagnostic::Code::Legacy, {prose}}}));
    QCOMPARE(library.staleCount(), 1);
    QVERIFY(library.replaceAnalyses(library.reanalyzed(library.stored()), &error));
    const Diagnostics warnings = library.stored().first().article.warnings;
    QVERIFY(!warnings.isEmpty());
    for (const Diagnostic &w : warnings)
        QVERIFY2(w.code != Diagnostic::Code::Legacy, qPrintable(w.debugString()));
    QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(),
                        [](const Diagnostic &w) { return w.code == Diagnostic::Code::PageDateMismatch; }));
    QCOMPARE(library.staleCount(), 0);
}

// A window opens the library without its articles and reads them on another thread: what it
// ends up with is what a plain open() gives, and it reports its progress on the way.
void TestLibrary::backgroundReaderGivesWhatOpenReads()
{
    Library plain;
    Diagnostic error;
    QVERIFY2(plain.open(m_libraryPath, &error), qPrintable(error.debugString()));
    QVERIFY(plain.storedLoaded());

    Library deferred;
    QVERIFY2(deferred.openWithoutArticles(m_libraryPath, &error), qPrintable(error.debugString()));
    QVERIFY(!deferred.storedLoaded());
    QVERIFY(deferred.stored().isEmpty());
    QCOMPARE(deferred.samples().size(), 5); // the samples are there at once

    StoredArticleReader reader;
    QSignalSpy finished(&reader, &StoredArticleReader::finished);
    QSignalSpy progress(&reader, &StoredArticleReader::progressChanged);
    reader.start(deferred.database().path());
    QVERIFY(finished.wait(60000));
    StoredArticleReader::Result result = reader.takeResult();
    QVERIFY(!result.cancelled);
    QVERIFY(result.problems.isEmpty());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 5);
    QCOMPARE(progress.last().at(1).toInt(), 5);
    deferred.adoptStored(std::move(result.articles), result.problems);
    QVERIFY(deferred.storedLoaded());
    QCOMPARE(snapshot(deferred), snapshot(plain));
    QVERIFY(deferred.contains(plain.stored().first().fingerprint));
}

void TestLibrary::backgroundReaderStopsWhenCancelled()
{
    const QString folder = m_dir.filePath(u"reader-articles"_s);
    QVERIFY(ArticleGenerator::writeFolder(folder, 300));
    const QString path = m_dir.filePath(u"reader/library.sqlite"_s);
    {
        Library library;
        Diagnostic error;
        QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
        const ImportReport report = runImport(library, {folder});
        QVERIFY(report.added.size() > 256);
    }
    const std::atomic<bool> running {false};
    const StoredArticleReader::Result all = StoredArticleReader::read(path, running, {});
    QVERIFY(all.articles.size() > 256);
    QVERIFY(!all.cancelled);
    // Asked to stop before it starts: it stops at its first look, after one stretch of rows.
    const std::atomic<bool> stop {true};
    const StoredArticleReader::Result part = StoredArticleReader::read(path, stop, {});
    QVERIFY(part.cancelled);
    QVERIFY(part.articles.size() < all.articles.size());
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"

void TestLibrary::storedTextIsSearchedInTheIndex_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<bool>("hit");

    // A word taken from the stored text itself, then changed the way a user types it.
    QTest::newRow("a word of the text") << u"word"_s << true << true;
    QTest::newRow("the word with tashkeel and tatweel") << u"decorated"_s << true << true;
    QTest::newRow("a word of no article") << u"كيميائيات"_s << true << false;
    QTest::newRow("two letters: too short for the index") << u"ال"_s << false << false;
}

void TestLibrary::storedTextIsSearchedInTheIndex()
{
    QFETCH(QString, query);
    QFETCH(bool, answered);
    QFETCH(bool, hit);

    Library library;
    Diagnostic error;
    QVERIFY2(library.open(m_libraryPath, &error), qPrintable(error.debugString()));
    QVERIFY(!library.stored().isEmpty());
    const LibraryArticle a = library.stored().first();
    // The text is not in memory; the library gives it back.
    QVERIFY(a.article.text.isEmpty());
    QCOMPARE(a.article.libraryId, a.id);
    const QString text = library.storedText(a.id);
    QCOMPARE(TextFingerprint::of(text), a.fingerprint);

    // The longest word of the text, so that it is rare among the stored articles.
    QString word;
    for (const QString &w : text.split(QRegularExpression(u"\\s+"_s))) {
        if (w.size() > word.size() && w.at(0).isLetter() && w.back().isLetter())
            word = w;
    }
    QVERIFY(word.size() >= 5);
    if (query == u"word")
        query = word;
    else if (query == u"decorated")
        query = word.left(2) + u"\u064E\u0640"_s + word.mid(2);

    const std::optional<QSet<qint64>> hits = library.search(SearchKey::of(query.simplified()));
    QCOMPARE(hits.has_value(), answered);
    if (answered)
        QCOMPARE(hits->contains(a.id), hit);
    if (hit) {
        // Every hit's text holds the word, folded as the search folds it.
        for (qint64 id : *hits)
            QVERIFY(!SearchKey::find(library.storedText(id), SearchKey::of(word)).isEmpty());
    }
}
