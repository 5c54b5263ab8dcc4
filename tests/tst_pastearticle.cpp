// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Paste article and text dropped on the window, as a reader copying from a browser does: the
// clipboard (offscreen) holds our own article as plain text or as HTML.
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "library.h"
#include "librarycontroller.h"
#include "librarywiring.h"
#include "mainwindow.h"
#include "roundsmodel.h"
#include "roundsroles.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoundsRoles;

namespace {

// One of our reports of round 19 (tests/data/points): its first line names the outlet.
QString report()
{
    QFile file(QStringLiteral(MASAR_TEST_DATA_DIR) + u"/points/round19-a2.txt"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString withoutOutlet(const QString &text)
{
    return text.section(u'\n', 2); // the outlet's line and the blank one after it
}

QString asHtml(const QString &text)
{
    QStringList paragraphs = text.split(u"\n\n"_s, Qt::SkipEmptyParts);
    QString html = u"<html><head><meta charset=\"utf-8\"></head><body><article>"_s;
    html += u"<h1>"_s + paragraphs.takeFirst().toHtmlEscaped() + u"</h1>"_s;
    for (const QString &p : std::as_const(paragraphs))
        html += u"<p>"_s + p.toHtmlEscaped() + u"</p>"_s;
    return html + u"</article></body></html>"_s;
}

QAction *pasteAction(const LibraryController &controller)
{
    for (QAction *action : controller.editActions()) {
        if (action && action->shortcut() == QKeySequence(QKeySequence::Paste))
            return action;
    }
    return nullptr;
}

int currentRound(MainWindow &window)
{
    QModelIndex index = window.selectionModel()->currentIndex();
    while (index.parent().isValid())
        index = index.parent();
    return index.data(RoundNumberRole).toInt();
}

} // namespace

class TestPasteArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pasteFromTheClipboard_data();
    void pasteFromTheClipboard();
    void ctrlVOnTheTimelinePastes();
    void samePasteTwiceAddsOnce();
    void droppedTextIsPasted();
    void emptyClipboardAddsNothing();

private:
    QTemporaryDir m_dir;
    QString m_report;
};

void TestPasteArticle::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_report = report();
    QVERIFY(!m_report.isEmpty());
}

void TestPasteArticle::pasteFromTheClipboard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("source");
    QTest::newRow("plain text naming its outlet") << m_report << false << u"صحيفة الرصيف"_s;
    QTest::newRow("plain text naming none") << withoutOutlet(m_report) << false << u"pasted"_s;
    QTest::newRow("a web page naming none") << asHtml(withoutOutlet(m_report)) << true << u"pasted"_s;
}

void TestPasteArticle::pasteFromTheClipboard()
{
    QFETCH(QString, text);
    QFETCH(bool, html);
    QFETCH(QString, source);
    const QString path
        = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".sqlite"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    {
        Library library;
        Diagnostic error;
        QVERIFY2(library.open(path, &error), qPrintable(error.debugString()));
        MainWindow window(library.referenceData());
        LibraryController &controller = *LibraryWiring::attach(library, &window);
        window.model()->setArticles(library.articlesForDisplay());
        window.show();
        const int shown = int(window.model()->articles().size());
        auto *mime = new QMimeData;
        if (html)
            mime->setHtml(text);
        else
            mime->setText(text);
        QGuiApplication::clipboard()->setMimeData(mime);
        QAction *paste = pasteAction(controller);
        QVERIFY(paste);
        QVERIFY(paste->isEnabled());
        paste->trigger();
        QCOMPARE(library.stored().size(), 1);
        QCOMPARE(window.model()->articles().size(), shown + 1);
        QCOMPARE(currentRound(window), 19); // its round is selected
        const LibraryArticle stored = library.stored().constFirst();
        QCOMPARE(stored.article.source, source);
        QVERIFY2(stored.sourcePath.startsWith(u"pasted:"_s), qPrintable(stored.sourcePath));
        QVERIFY(stored.importedAt >= before && stored.importedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(stored.article.round, 19);
    }
    // It stays: the library holds it after a restart, with its text.
    Library again;
    Diagnostic error;
    QVERIFY2(again.open(path, &error), qPrintable(error.debugString()));
    QCOMPARE(again.stored().size(), 1);
    QVERIFY(again.storedText(again.stored().constFirst().id).contains(u"الهجمات العسكرية الإسرائيلية"_s));
}

void TestPasteArticle::ctrlVOnTheTimelinePastes()
{
    Library library;
    Diagnostic error;
    QVERIFY(library.open(m_dir.filePath(u"ctrlv.sqlite"_s), &error));
    MainWindow window(library.referenceData());
    LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QGuiApplication::clipboard()->setText(m_report);
    // The search field pastes into itself: no article from it.
    auto *search = window.findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(search);
    search->setFocus();
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Paste);
    QCOMPARE(library.stored().size(), 0);
    QVERIFY(search->text().startsWith(u"صحيفة الرصيف"_s));
    search->clear();
    auto *timeline = window.findChild<QWidget *>(u"timeline"_s);
    QVERIFY(timeline);
    timeline->setFocus();
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Paste);
    QCOMPARE(library.stored().size(), 1);
}

void TestPasteArticle::samePasteTwiceAddsOnce()
{
    Library library;
    Diagnostic error;
    QVERIFY(library.open(m_dir.filePath(u"twice.sqlite"_s), &error));
    MainWindow window(library.referenceData());
    LibraryController &controller = *LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    QSignalSpy status(&controller, &LibraryController::statusMessage);
    QVERIFY(controller.pasteArticle(m_report, {}));
    QVERIFY(!controller.pasteArticle(m_report, {}));
    QCOMPARE(library.stored().size(), 1);
    QVERIFY(status.last().at(0).toString().contains(u"pasted:"_s)); // names the first paste
}

void TestPasteArticle::droppedTextIsPasted()
{
    Library library;
    Diagnostic error;
    QVERIFY(library.open(m_dir.filePath(u"drop.sqlite"_s), &error));
    MainWindow window(library.referenceData());
    LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    window.show();
    QMimeData mime;
    mime.setText(m_report);
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(library.stored().size(), 1);
    QCOMPARE(currentRound(window), 19);

    // A link dragged from a page is no text to paste.
    QMimeData link;
    link.setUrls({QUrl(u"https://example.com/news/1"_s)});
    link.setText(u"https://example.com/news/1"_s);
    QDragEnterEvent enterLink(centre, Qt::CopyAction, &link, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enterLink);
    QVERIFY(!enterLink.isAccepted());
}

void TestPasteArticle::emptyClipboardAddsNothing()
{
    Library library;
    Diagnostic error;
    QVERIFY(library.open(m_dir.filePath(u"empty.sqlite"_s), &error));
    MainWindow window(library.referenceData());
    LibraryController &controller = *LibraryWiring::attach(library, &window);
    window.model()->setArticles(library.articlesForDisplay());
    QSignalSpy status(&controller, &LibraryController::statusMessage);
    QGuiApplication::clipboard()->setText(u"   \n  "_s);
    pasteAction(controller)->trigger();
    QCOMPARE(library.stored().size(), 0);
    QCOMPARE(status.size(), 1);
    QVERIFY(!status.last().at(0).toString().isEmpty());
}

QTEST_MAIN(TestPasteArticle)
#include "tst_pastearticle.moc"
