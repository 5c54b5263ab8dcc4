// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include "mainwindow.h"
#include "uilanguage.h"
#include "windowparts.h"

using namespace Qt::Literals::StringLiterals;

// The real translators (Qt's qtbase_<lang> and our compiled masar_<lang>.qm) decide the layout.
class TestUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void direction_data();
    void direction();
    void unknownLanguageFallsBackToArabic();
    void storedLanguage();
    void missingTranslationIsReported();
};

void TestUiLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestUiLanguage::direction_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QLocale::Language>("localeLanguage");

    QTest::newRow("arabic: right to left") << u"ar"_s << Qt::RightToLeft << u"&ملف"_s << QLocale::Arabic;
    QTest::newRow("english: left to right") << u"en"_s << Qt::LeftToRight << u"&File"_s << QLocale::English;
    QTest::newRow("back to arabic after english")
        << u"ar"_s << Qt::RightToLeft << u"&ملف"_s << QLocale::Arabic;
}

void TestUiLanguage::direction()
{
    QFETCH(QString, language);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(QString, fileMenu);
    QFETCH(QLocale::Language, localeLanguage);

    Language chosen = Language::Arabic;
    QVERIFY(languageFromId(language, &chosen));
    QString error;
    QVERIFY2(UiLanguage::install(chosen, QStringLiteral(MASAR_QM_DIR), &error), qPrintable(error));
    QCOMPARE(UiLanguage::current(), chosen);
    QCOMPARE(languageId(UiLanguage::current()), language);
    QCOMPARE(QGuiApplication::layoutDirection(), direction);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), fileMenu);
    QCOMPARE(QLocale().language(), localeLanguage);

    MainWindow window(ReferenceData::builtIn());
    QCOMPARE(window.layoutDirection(), direction);
    QCOMPARE(WindowParts::roundList(window)->layoutDirection(), direction);
    // Rounds are named in the UI's language.
    QCOMPARE(window.filteredModel()->index(0, 0).data().toString(),
             language == u"ar"_s ? u"الجولة 1"_s : u"Round 1"_s);
}

void TestUiLanguage::unknownLanguageFallsBackToArabic()
{
    // An unknown id is refused at the edge and leaves the language as it was.
    Language language = Language::English;
    QVERIFY(!languageFromId(u"fr"_s, &language));
    QCOMPARE(language, Language::English);
    QSettings().setValue(u"ui/language"_s, u"fr"_s);
    QCOMPARE(UiLanguage::stored(), Language::Arabic);
    QSettings().clear();
}

void TestUiLanguage::storedLanguage()
{
    QSettings().clear();
    QCOMPARE(UiLanguage::stored(), Language::Arabic);
    UiLanguage::store(Language::English);
    QCOMPARE(UiLanguage::stored(), Language::English);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s); // the id at the settings edge
    QSettings().setValue(u"ui/language"_s, u"xx"_s);
    QCOMPARE(UiLanguage::stored(), Language::Arabic);
    QSettings().clear();
}

void TestUiLanguage::missingTranslationIsReported()
{
    QString error;
    QVERIFY(!UiLanguage::install(Language::English, u"/nonexistent"_s, &error));
    QVERIFY2(error.contains(u"/nonexistent/masar_en.qm"_s), qPrintable(error));
    QVERIFY(UiLanguage::install(Language::Arabic, QStringLiteral(MASAR_QM_DIR)));
}

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
