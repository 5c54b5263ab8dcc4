// SPDX-License-Identifier: GPL-3.0-or-later
// Every diagnostic code has words in both languages, with its arguments in them, and the words
// follow the language installed at the moment they are asked for.
#include <QApplication>
#include <QRegularExpression>
#include <QTest>

#include "diagnostictext.h"
#include "uilanguage.h"

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Diagnostic::Code)

class TestDiagnosticText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeIsWorded_data();
    void everyCodeIsWorded();
    void switchingLanguageRewordsAStoredWarning();
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
        for (int c = 0; c < int(Diagnostic::Code::Legacy); ++c) {
            const auto code = Diagnostic::Code(c);
            const Diagnostic probe {code, {}};
            QStringList args;
            QStringList shown;
            if (probe.isFailure()) {
                args = {u"/tmp/x/article-07.txt"_s, u"PNG"_s};
                shown = {u"/tmp/x/article-07.txt"_s};
            } else if (code == Diagnostic::Code::RoundDatesDiffer) {
                args = {u"12"_s, u"2019-04-24"_s, u"2019-04-26"_s, u"2019-04-25"_s, u"2019-04-26"_s};
                shown = {u"12"_s};
            } else if (code == Diagnostic::Code::RoundInferred) {
                args = {u"16"_s, u"dates"_s};
                shown = {u"16"_s};
            } else if (code == Diagnostic::Code::NotAboutTalks || code == Diagnostic::Code::NoMainContent) {
                args = {};
            } else if (code == Diagnostic::Code::MetadataDateConflict) {
                args = {u"2019-04-26"_s, u"2019-04-25"_s};
            } else {
                args = {u"windows-1256"_s, u"17"_s, u"«أستانا 17»"_s};
                shown = {args.at(0)};
            }
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
