// SPDX-License-Identifier: GPL-3.0-or-later
// Every diagnostic code has words in both languages, with its arguments in them, and the words
// follow the language installed at the moment they are asked for: warnings, corrections and the
// library's problems alike.
#include <QApplication>
#include <QRegularExpression>
#include <QTest>

#include "diagnostictext.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Diagnostic::Code)

namespace {

using Code = Diagnostic::Code;

const QString libraryPath = u"/tmp/x/library.sqlite"_s;

// Arguments for a probe of `code`, and those of them that its words must show as they are.
void probeArgs(Code code, QStringList *args, QStringList *shown)
{
    const Diagnostic probe {code, {}};
    if (probe.isFailure()) {
        *args = {u"/tmp/x/article-07.txt"_s, u"PNG"_s};
        *shown = {u"/tmp/x/article-07.txt"_s};
        return;
    }
    switch (code) {
    case Code::RoundDatesDiffer:
        *args = {u"12"_s, u"2019-04-24"_s, u"2019-04-26"_s, u"2019-04-25"_s, u"2019-04-26"_s};
        *shown = {u"12"_s};
        return;
    case Code::RoundInferred:
        *args = {u"16"_s, u"dates"_s};
        *shown = {u"16"_s};
        return;
    case Code::NotAboutTalks:
    case Code::NoMainContent:
        return;
    case Code::MetadataDateConflict:
        *args = {u"2019-04-26"_s, u"2019-04-25"_s};
        return;
    case Code::KindCorrected: // kinds and themes are named in the language, not shown as ids
        *args = {u"announcement"_s, u"report"_s};
        return;
    case Code::ThemeAdded:
    case Code::ThemeRemoved:
        *args = {u"terrorism"_s};
        return;
    case Code::RoundCorrected:
        *args = {u"17"_s, u"16"_s};
        *shown = *args;
        return;
    case Code::RoundSet:
        *args = {u"17"_s};
        *shown = *args;
        return;
    case Code::LibraryCannotCreateFolder:
        *args = {u"/tmp/x"_s};
        *shown = *args;
        return;
    case Code::LibraryMovedAside:
        *args = Diagnostic::withReason(
                    code, {libraryPath, libraryPath + u".broken-1"_s},
                    Diagnostic {Code::LibraryIntegrityFailed, {libraryPath, u"row 3 missing"_s}})
                    .args;
        *shown = {libraryPath, libraryPath + u".broken-1"_s, u"row 3 missing"_s};
        return;
    case Code::LibraryDamagedNotMoved:
        *args = Diagnostic::withReason(
                    code, {libraryPath},
                    Diagnostic {Code::LibraryCannotOpen, {libraryPath, u"file is not a database"_s}})
                    .args;
        *shown = {libraryPath, u"file is not a database"_s};
        return;
    case Code::CannotWriteFile:
        *args = {u"/tmp/x/out.csv"_s, u"Permission denied"_s};
        *shown = *args;
        return;
    default:
        break;
    }
    if (code >= Code::LibraryCannotOpen) { // the library's path, then what its code documents
        *args = {libraryPath, u"9"_s, u"/tmp/x/a.txt"_s, u"disk I/O error"_s};
        *shown = {libraryPath};
        return;
    }
    *args = {u"windows-1256"_s, u"17"_s, u"«أستانا 17»"_s};
    *shown = {args->at(0)};
}

} // namespace

class TestDiagnosticText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeIsWorded_data();
    void everyCodeIsWorded();
    void newCodesInEnglish_data();
    void newCodesInEnglish();
    void switchingLanguageRewordsAStoredWarning();
    void switchingLanguageRewordsACorrection();
    void reasonRidesInTheArguments_data();
    void reasonRidesInTheArguments();
    void codesRoundTripThroughTheirIds();
};

void TestDiagnosticText::everyCodeIsWorded_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Diagnostic::Code>("code");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("shown"); // arguments that must appear as they are

    const QStringList languages {u"en"_s, u"ar"_s};
    for (const QString &lang : languages) {
        for (int c = 0; c < int(Code::Legacy); ++c) {
            const auto code = Code(c);
            QStringList args;
            QStringList shown;
            probeArgs(code, &args, &shown);
            QTest::addRow("%s: %s", qPrintable(lang), qPrintable(Diagnostic::codeId(code)))
                << lang << code << args << shown;
        }
    }
}

void TestDiagnosticText::everyCodeIsWorded()
{
    QFETCH(QString, language);
    QFETCH(Diagnostic::Code, code);
    QFETCH(QStringList, args);
    QFETCH(QStringList, shown);
    Language chosen = Language::Arabic;
    QVERIFY(languageFromId(language, &chosen));
    QVERIFY(UiLanguage::install(chosen, QStringLiteral(MASAR_QM_DIR)));
    const QString words = DiagnosticText::describe(Diagnostic {code, args});
    QVERIFY(words.size() > 20);
    QVERIFY2(!words.contains(QRegularExpression(u"%\\d"_s)), qPrintable(words));
    for (const QString &arg : shown)
        QVERIFY2(words.contains(arg), qPrintable(words));
    static const QRegularExpression arabicLetter(u"[\\x{0621}-\\x{064A}]"_s);
    if (language == u"ar")
        QVERIFY2(words.contains(arabicLetter), qPrintable(words));
    else
        QVERIFY2(words.contains(QRegularExpression(u"[a-z]{4}"_s)), qPrintable(words));
}

void TestDiagnosticText::newCodesInEnglish_data()
{
    QTest::addColumn<Diagnostic>("diagnostic");
    QTest::addColumn<QString>("english");

    const Diagnostic integrity {Code::LibraryIntegrityFailed, {libraryPath, u"row 3 missing"_s}};
    QTest::newRow("kind corrected: kinds by their names")
        << Diagnostic {Code::KindCorrected, {u"announcement"_s, u"report"_s}}
        << u"Kind corrected by the user to announcement (the analysis said report)."_s;
    QTest::newRow("round corrected") << Diagnostic {Code::RoundCorrected, {u"7"_s, u"5"_s}}
                                     << u"Main round corrected by the user to 7 (the analysis said 5)."_s;
    QTest::newRow("round set") << Diagnostic {Code::RoundSet, {u"7"_s}}
                               << u"Main round set by the user to 7 (the analysis found none)."_s;
    QTest::newRow("theme added: the theme by its name")
        << Diagnostic {Code::ThemeAdded, {u"terrorism"_s}} << u"Theme Terrorism added by the user."_s;
    QTest::newRow("theme removed: an unknown theme by its id")
        << Diagnostic {Code::ThemeRemoved, {u"no_such_theme"_s}}
        << u"Theme no_such_theme removed by the user."_s;
    QTest::newRow("library: cannot create its folder")
        << Diagnostic {Code::LibraryCannotCreateFolder, {u"/tmp/x"_s}}
        << u"Cannot create the folder /tmp/x for the library."_s;
    QTest::newRow("library: cannot open")
        << Diagnostic {Code::LibraryCannotOpen, {libraryPath, u"unable to open database file"_s}}
        << u"Library /tmp/x/library.sqlite: unable to open database file"_s;
    QTest::newRow("library: no WAL") << Diagnostic {Code::LibraryNoWal, {libraryPath}}
                                     << u"Library /tmp/x/library.sqlite: cannot switch to WAL journaling"_s;
    QTest::newRow("library: integrity check")
        << integrity << u"Library /tmp/x/library.sqlite: integrity check failed: row 3 missing"_s;
    QTest::newRow("library: newer schema")
        << Diagnostic {Code::LibraryNewerSchema, {libraryPath, u"9"_s, u"2"_s}}
        << u"Library /tmp/x/library.sqlite: the library was written by a newer Masar (schema 9; this version "
           "reads up to 2)"_s;
    QTest::newRow("library: moved aside, the reason without the path again")
        << Diagnostic::withReason(Code::LibraryMovedAside, {libraryPath, libraryPath + u".broken-1"_s},
                                  integrity)
        << u"The library /tmp/x/library.sqlite could not be used (integrity check failed: row 3 missing). It "
           u"was "
           "moved to /tmp/x/library.sqlite.broken-1 and a new, empty library was started."_s;
    QTest::newRow("library: damaged, not moved")
        << Diagnostic::withReason(
               Code::LibraryDamagedNotMoved, {libraryPath},
               Diagnostic {Code::LibraryCannotOpen, {libraryPath, u"file is not a database"_s}})
        << u"The library /tmp/x/library.sqlite is damaged (file is not a database) and could not be moved aside."_s;
    QTest::newRow("store failed") << Diagnostic {Code::StoreFailed, {libraryPath, u"disk I/O error"_s}}
                                  << u"Library /tmp/x/library.sqlite: disk I/O error"_s;
    QTest::newRow("article not stored, a % in the message stays")
        << Diagnostic {Code::ArticleNotStored, {libraryPath, u"/tmp/a.txt"_s, u"50% %2 full"_s}}
        << u"Library /tmp/x/library.sqlite: cannot store /tmp/a.txt: 50% %2 full"_s;
    QTest::newRow("article unreadable")
        << Diagnostic {Code::ArticleUnreadable, {libraryPath, u"12"_s, u"/tmp/a.txt"_s, u"no text"_s}}
        << u"Library /tmp/x/library.sqlite: article 12 (/tmp/a.txt) cannot be read: no text"_s;
    QTest::newRow("cannot write a file")
        << Diagnostic {Code::CannotWriteFile, {u"/tmp/out.csv"_s, u"Permission denied"_s}}
        << u"Cannot write /tmp/out.csv: Permission denied"_s;
}

void TestDiagnosticText::newCodesInEnglish()
{
    QFETCH(Diagnostic, diagnostic);
    QFETCH(QString, english);
    QVERIFY(UiLanguage::install(Language::English, QStringLiteral(MASAR_QM_DIR)));
    QCOMPARE(DiagnosticText::describe(diagnostic), english);
}

void TestDiagnosticText::switchingLanguageRewordsAStoredWarning()
{
    // The same stored warning, asked for after each switch.
    const Diagnostic stored {Diagnostic::Code::NotAboutTalks, {}};
    QVERIFY(UiLanguage::install(Language::English, QStringLiteral(MASAR_QM_DIR)));
    const QString english = DiagnosticText::describe(stored);
    QVERIFY(UiLanguage::install(Language::Arabic, QStringLiteral(MASAR_QM_DIR)));
    const QString arabic = DiagnosticText::describe(stored);
    QVERIFY(english.contains(u"Astana"_s));
    QVERIFY(arabic.contains(u"أستانا"_s));
    QVERIFY(english != arabic);
    // Words stored by an older version are shown as they were written.
    QCOMPARE(DiagnosticText::describe(Diagnostic {Diagnostic::Code::Legacy, {u"كما كُتب"_s}}), u"كما كُتب"_s);
}

void TestDiagnosticText::switchingLanguageRewordsACorrection()
{
    // One correction as the library hands it out (the codes are what it keeps), worded after each
    // switch: nothing is read again, the same value gives the words of the language installed.
    const Diagnostic correction {Code::RoundCorrected, {u"7"_s, u"5"_s}};
    QVERIFY(UiLanguage::install(Language::English, QStringLiteral(MASAR_QM_DIR)));
    const QString english = DiagnosticText::describe(correction);
    QVERIFY(UiLanguage::install(Language::Arabic, QStringLiteral(MASAR_QM_DIR)));
    const QString arabic = DiagnosticText::describe(correction);
    QCOMPARE(english, u"Main round corrected by the user to 7 (the analysis said 5)."_s);
    QVERIFY(arabic != english);
    QVERIFY2(arabic.contains(u"الجولة الرئيسية"_s), qPrintable(arabic));
    QVERIFY2(arabic.contains(u'7') && arabic.contains(u'5'), qPrintable(arabic));
    QVERIFY(!arabic.contains(u"corrected"_s));
    QVERIFY(UiLanguage::install(Language::English, QStringLiteral(MASAR_QM_DIR)));
    QCOMPARE(DiagnosticText::describe(correction), english);
}

void TestDiagnosticText::reasonRidesInTheArguments_data()
{
    QTest::addColumn<Diagnostic>("reason");
    QTest::newRow("a reason with arguments")
        << Diagnostic {Code::LibraryNewerSchema, {libraryPath, u"9"_s, u"2"_s}};
    QTest::newRow("a reason with only the path") << Diagnostic {Code::LibraryNoWal, {libraryPath}};
    QTest::newRow("a reason without arguments") << Diagnostic {Code::NoMainContent, {}};
}

void TestDiagnosticText::reasonRidesInTheArguments()
{
    QFETCH(Diagnostic, reason);
    const QStringList before {libraryPath, libraryPath + u".broken-1"_s};
    const Diagnostic d = Diagnostic::withReason(Code::LibraryMovedAside, before, reason);
    QCOMPARE(d.code, Code::LibraryMovedAside);
    QCOMPARE(d.args.mid(0, 2), before);
    QCOMPARE(d.reasonAt(2), reason);
    // An id from a newer version comes back as words, never as another code.
    Diagnostic unknown = d;
    unknown.args[2] = u"no_such_code"_s;
    QCOMPARE(unknown.reasonAt(2).code, Code::Legacy);
}

void TestDiagnosticText::codesRoundTripThroughTheirIds()
{
    QSet<QString> ids;
    for (int c = 0; c <= int(Diagnostic::Code::Legacy); ++c) {
        const QString id = Diagnostic::codeId(Diagnostic::Code(c));
        QVERIFY(!id.isEmpty());
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        Diagnostic::Code back {};
        QVERIFY(Diagnostic::codeFromId(id, &back));
        QCOMPARE(int(back), c);
    }
    Diagnostic::Code unknown {};
    QVERIFY(!Diagnostic::codeFromId(u"no_such_code"_s, &unknown));
}

QTEST_MAIN(TestDiagnosticText)
#include "tst_diagnostictext.moc"
