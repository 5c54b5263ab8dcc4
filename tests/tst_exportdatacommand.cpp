// SPDX-License-Identifier: GPL-3.0-or-later
// `masar import` then `masar export-data` as a user runs them: real executable, no display.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "csvreader.h"

using namespace Qt::Literals::StringLiterals;

namespace {

int runMasar(const QStringList &arguments, QByteArray *err = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MASAR_EXECUTABLE), arguments);
    if (!p.waitForFinished(120000))
        return -1;
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestExportDataCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void badArguments_data();
    void badArguments();
    void damagedLibraryIsNamedInEnglish_data();
    void damagedLibraryIsNamedInEnglish();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void TestExportDataCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(u"library.sqlite"_s);
    // An article of the test data that is not one of the built-in samples, so the library stores it.
    QCOMPARE(runMasar({u"import"_s, u"--library"_s, m_library,
                       QStringLiteral(MASAR_TEST_DATA_DIR) + u"/export/round10-sochi.txt"_s}),
             0);
}

void TestExportDataCommand::filters_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("onlyRound"); // every exported statement is of this round; 0: any
    QTest::addColumn<QString>("onlyTheme");
    QTest::newRow("all statements, csv") << QStringList {} << u"csv"_s << 0 << QString();
    QTest::newRow("one round, csv") << QStringList {u"--round"_s, u"10"_s} << u"csv"_s << 10 << QString();
    QTest::newRow("one round, json") << QStringList {u"--round"_s, u"22"_s} << u"json"_s << 22 << QString();
    QTest::newRow("one theme, csv") << QStringList {u"--theme"_s, u"terrorism"_s} << u"csv"_s << 0
                                    << u"terrorism"_s;
}

void TestExportDataCommand::filters()
{
    QFETCH(QStringList, filters);
    QFETCH(QString, format);
    QFETCH(int, onlyRound);
    QFETCH(QString, onlyTheme);
    const QString out = m_dir.filePath(u"out."_s + format);
    QFile::remove(out);
    QByteArray err;
    QCOMPARE(runMasar(QStringList {u"export-data"_s, u"--format"_s, format, u"--library"_s, m_library}
                          + filters + QStringList {out},
                      &err),
             0);
    QFile file(out);
    QVERIFY2(file.open(QIODevice::ReadOnly), err.constData());
    const QByteArray bytes = file.readAll();

    QList<int> rounds;
    QList<QStringList> themes;
    if (format == u"csv") {
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), "CSV for LibreOffice starts with a UTF-8 BOM");
        QList<QStringList> rows;
        QVERIFY(CsvReader::parse(QString::fromUtf8(bytes.mid(3)), &rows));
        QVERIFY(rows.size() > 1);
        const QStringList header = rows.first();
        const qsizetype roundColumn = header.indexOf(u"round"_s);
        const qsizetype themesColumn = header.indexOf(u"themes"_s);
        QVERIFY2(roundColumn >= 0 && themesColumn >= 0, qPrintable(header.join(u',')));
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), header.size());
            rounds.append(rows.at(i).at(roundColumn).toInt());
            themes.append(
                rows.at(i).at(themesColumn).split(QRegularExpression(u"[ ;,]+"_s), Qt::SkipEmptyParts));
        }
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(u"statements").toArray();
        QVERIFY(!list.isEmpty());
        for (const QJsonValue &v : list) {
            rounds.append(v.toObject().value(u"round").toInt());
            QStringList t;
            for (const QJsonValue &id : v.toObject().value(u"themes").toArray())
                t.append(id.toString());
            themes.append(t);
        }
    }
    QVERIFY(!rounds.isEmpty());
    for (int r : std::as_const(rounds)) {
        if (onlyRound)
            QCOMPARE(r, onlyRound);
    }
    if (onlyRound == 0 && onlyTheme.isEmpty()) // the imported article and the samples are there
        QVERIFY(rounds.contains(10) && rounds.contains(22));
    for (const QStringList &t : std::as_const(themes)) {
        if (!onlyTheme.isEmpty())
            QVERIFY2(t.contains(onlyTheme), qPrintable(t.join(u' ')));
    }
}

void TestExportDataCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no output") << QStringList {u"export-data"_s, u"--format"_s, u"csv"_s};
    QTest::newRow("unknown format") << QStringList {u"export-data"_s, u"--format"_s, u"xml"_s, u"out.xml"_s};
}

void TestExportDataCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QByteArray err;
    QCOMPARE(runMasar(arguments + QStringList {u"--library"_s, m_library}, &err), 2);
    QVERIFY(!err.isEmpty());
}

void TestExportDataCommand::damagedLibraryIsNamedInEnglish_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("export-data") << u"export-data"_s;
    QTest::newRow("import") << u"import"_s;
}

// The library reports codes; the command line words them in English, its language.
void TestExportDataCommand::damagedLibraryIsNamedInEnglish()
{
    QFETCH(QString, command);
    const QString library = m_dir.filePath(command + u"-damaged.sqlite"_s);
    QFile file(library);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QByteArray("this is not an SQLite database\n").repeated(100)) > 0);
    file.close();
    const QStringList arguments = command == u"import"
        ? QStringList {u"import"_s, u"--library"_s, library,
                       QStringLiteral(MASAR_TEST_DATA_DIR) + u"/export/round10-sochi.txt"_s}
        : QStringList {u"export-data"_s, u"--format"_s, u"csv"_s,
                       u"--library"_s,   library,       m_dir.filePath(u"damaged.csv"_s)};
    QByteArray err;
    QCOMPARE(runMasar(arguments, &err), 0); // a fresh library was started
    const QString words = QString::fromUtf8(err);
    QVERIFY2(words.contains(u"The library %1 could not be used ("_s.arg(library)), qPrintable(words));
    QVERIFY2(words.contains(u"). It was moved to %1.broken-"_s.arg(library)), qPrintable(words));
    QVERIFY2(words.contains(u"a new, empty library was started."_s), qPrintable(words));
}

QTEST_GUILESS_MAIN(TestExportDataCommand)
#include "tst_exportdatacommand.moc"
