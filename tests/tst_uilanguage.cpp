// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include "mainwindow.h"
#include "uilanguage.h"

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

    QString error;
    QVERIFY2(UiLanguage::install(language, QStringLiteral(MASAR_QM_DIR), &error), qPrintable(error));
    QCOMPARE(UiLanguage::current(), language);
    QCOMPARE(QGuiApplication::layoutDirection(), direction);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), fileMenu);
    QCOMPARE(QLocale().language(), localeLanguage);

    MainWindow window;
    QCOMPARE(window.layoutDirection(), direction);
    QCOMPARE(window.roundList()->layoutDirection(), direction);
    // Rounds are named in the UI's language.
    QCOMPARE(window.filteredModel()->index(0, 0).data().toString(),
             language == u"ar"_s ? u"الجولة 1"_s : u"Round 1"_s);
}

void TestUiLanguage::unknownLanguageFallsBackToArabic()
{
    QVERIFY(!UiLanguage::isSupported(u"fr"_s));
    QVERIFY(UiLanguage::install(u"fr"_s, QStringLiteral(MASAR_QM_DIR)));
    QCOMPARE(UiLanguage::current(), u"ar"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
}

void TestUiLanguage::storedLanguage()
{
    QSettings().clear();
    QCOMPARE(UiLanguage::stored(), u"ar"_s);
    UiLanguage::store(u"en"_s);
    QCOMPARE(UiLanguage::stored(), u"en"_s);
    QSettings().setValue(u"ui/language"_s, u"xx"_s);
    QCOMPARE(UiLanguage::stored(), u"ar"_s);
    QSettings().clear();
}

void TestUiLanguage::missingTranslationIsReported()
{
    QString error;
    QVERIFY(!UiLanguage::install(u"en"_s, u"/nonexistent"_s, &error));
    QVERIFY2(error.contains(u"/nonexistent/masar_en.qm"_s), qPrintable(error));
    QVERIFY(UiLanguage::install(u"ar"_s, QStringLiteral(MASAR_QM_DIR)));
}

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
