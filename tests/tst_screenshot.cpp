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

void TestScreenshot::realWindow()
{
    QFETCH(QString, language);
    const QString xvfbRun = QStandardPaths::findExecutable(u"xvfb-run"_s);
    if (xvfbRun.isEmpty())
        QSKIP("xvfb-run is not installed");

    const QString folder = QDir::current().absoluteFilePath(u"screenshots"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + u"/masar-"_s + language + u"-round20.png"_s;
    QFile::remove(file);

    // A fresh settings folder: no remembered geometry or language from anyone's earlier runs.
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(xvfbRun,
              {u"-a"_s, u"-s"_s, u"-screen 0 1600x1000x24"_s, QStringLiteral(MASAR_EXECUTABLE), u"--lang"_s,
               language, u"--round"_s, u"20"_s, u"--screenshot"_s, file});
    QVERIFY2(app.waitForFinished(60000), "masar did not quit after the screenshot");
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
