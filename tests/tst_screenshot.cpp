// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "mainwindow.h"

using namespace Qt::Literals::StringLiterals;

// The real app in a real (virtual) X server: `masar --round 20 --screenshot FILE` under xvfb-run.
// The screenshots stay in the build folder (tests/screenshots/) for people to look at.
class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realWindow_data();
    void realWindow();
};

void TestScreenshot::realWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("arabic") << u"ar"_s;
    QTest::newRow("english") << u"en"_s;
}

// An X server of the test's own on a display it picks itself (-displayfd), so that two suites
// running at once never race for a display number as «xvfb-run -a» does.
bool startXvfb(QProcess *xvfb, QString *display)
{
    const QString binary = QStandardPaths::findExecutable(u"Xvfb"_s);
    if (binary.isEmpty())
        return false;
    xvfb->start(binary,
                {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1600x1000x24"_s, u"-nolisten"_s, u"tcp"_s});
    QByteArray out;
    while (!out.contains('\n') && xvfb->waitForReadyRead(30000))
        out += xvfb->readAllStandardOutput();
    *display = u":"_s + QString::fromLatin1(out.trimmed());
    return out.trimmed().toInt() >= 0 && out.contains('\n');
}

void TestScreenshot::realWindow()
{
    QFETCH(QString, language);
    if (QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty())
        QSKIP("Xvfb is not installed");
    QProcess xvfb;
    QString display;
    QVERIFY2(startXvfb(&xvfb, &display), "Xvfb did not start");

    const QString folder = QDir::current().absoluteFilePath(u"screenshots"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + u"/masar-"_s + language + u"-round20.png"_s;
    QFile::remove(file);

    // Fresh settings and library folders: no remembered geometry or language from anyone's earlier
    // runs, and the user's own library is never touched (another build may have a newer schema).
    QTemporaryDir config;
    QTemporaryDir data;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"DISPLAY"_s, display);
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    env.insert(u"XDG_DATA_HOME"_s, data.path());
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(MASAR_EXECUTABLE),
              {u"--lang"_s, language, u"--round"_s, u"20"_s, u"--screenshot"_s, file});
    const bool quit = app.waitForFinished(60000);
    xvfb.terminate();
    xvfb.waitForFinished(10000);
    QVERIFY2(quit, "masar did not quit after the screenshot");
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);

    QVERIFY2(QFile::exists(file), qPrintable(file));
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), MainWindow::defaultSize());
    // Not blank: a real window has text, lines and theme colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
