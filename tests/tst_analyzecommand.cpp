// SPDX-License-Identifier: GPL-3.0-or-later
// `masar analyze` as a user runs it: the real executable in a child process, no display.
#include <sys/stat.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAnalyzeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitStatus_data();
    void exitStatus();
    void everyCommandParsesAlike_data();
    void everyCommandParsesAlike();
    void jsonContract();
    void folderIsWalked();
    void csvHasOneRowPerStatement();
    void jsonLinesAreTheDocumentsArticles();
    void resultsComeOutBeforeLaterInputsAreRead();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    QString m_seeds;
    QTemporaryDir m_dir;
};

TestAnalyzeCommand::Run TestAnalyzeCommand::run(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MASAR_EXECUTABLE), arguments);
    if (!p.waitForFinished(60000))
        qFatal("masar did not finish");
    return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
}

void TestAnalyzeCommand::initTestCase()
{
    m_seeds = QStringLiteral(MASAR_TEST_DATA_DIR) + u"/seeds"_s;
    QVERIFY(m_dir.isValid());
    QFile empty(m_dir.filePath(u"empty.txt"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
}

void TestAnalyzeCommand::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::newRow("all analysed") << QStringList {u"analyze"_s, u"SEEDS"_s} << 0;
    QTest::newRow("one empty file fails") << QStringList {u"analyze"_s, u"SEEDS"_s, u"EMPTY"_s} << 1;
    QTest::newRow("missing file fails") << QStringList {u"analyze"_s, u"/nonexistent/article.txt"_s} << 1;
    QTest::newRow("no path is a usage error") << QStringList {u"analyze"_s} << 2;
    QTest::newRow("unknown format is a usage error")
        << QStringList {u"analyze"_s, u"--format"_s, u"xml"_s, u"SEEDS"_s} << 2;
    QTest::newRow("unknown option is a usage error")
        << QStringList {u"analyze"_s, u"--frobnicate"_s, u"SEEDS"_s} << 2;
}

void TestAnalyzeCommand::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    arguments.replaceInStrings(u"SEEDS"_s, m_seeds);
    arguments.replaceInStrings(u"EMPTY"_s, m_dir.filePath(u"empty.txt"_s));
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, status);
    if (status == 1) {
        const QJsonArray articles = QJsonDocument::fromJson(r.out).object().value(u"articles").toArray();
        QVERIFY(!articles.isEmpty());
        bool reported = false;
        for (const QJsonValue &v : articles) {
            const QJsonObject o = v.toObject();
            if (!o.value(u"ok").toBool()) {
                reported = true;
                // The code for machines, the words for people.
                const QJsonObject error = o.value(u"error").toObject();
                QVERIFY(!error.value(u"code").toString().isEmpty());
                QVERIFY(error.value(u"message")
                            .toString()
                            .contains(error.value(u"args").toArray().at(0).toString()));
                QCOMPARE(o.keys(), (QStringList {u"error"_s, u"file"_s, u"ok"_s}));
            }
        }
        QVERIFY(reported);
    }
    if (status == 2)
        QVERIFY(!r.err.isEmpty());
}

void TestAnalyzeCommand::everyCommandParsesAlike_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"analyze", "import", "export-data", "export-chart", "points", "compare"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

// The subcommands share their parsing (CommandLine::parse): the help on stdout with status 0, an
// unknown option named on stderr with status 2, before the subcommand does anything.
void TestAnalyzeCommand::everyCommandParsesAlike()
{
    QFETCH(QString, command);
    const Run help = run({command, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Usage: "), help.out.constData());
    const Run unknown = run({command, u"--frobnicate"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("Unknown option 'frobnicate'."), unknown.err.constData());
    QVERIFY(unknown.out.isEmpty());
}

void TestAnalyzeCommand::jsonContract()
{
    const Run r = run({u"analyze"_s, u"--format"_s, u"json"_s, m_seeds + u"/002_466ff97fe79cedee.txt"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(u"tool").toString(), u"masar"_s);
    QVERIFY(!root.value(u"version").toString().isEmpty());
    const QJsonObject a = root.value(u"articles").toArray().at(0).toObject();
    const QStringList keys {
        u"encoding"_s,         u"evidence"_s, u"file"_s,       u"format"_s,    u"kind"_s,
        u"mentioned_rounds"_s, u"ok"_s,       u"outlet"_s,     u"published"_s, u"round"_s,
        u"round_dates"_s,      u"source"_s,   u"statements"_s, u"text"_s,      u"theme_spans"_s,
        u"themes"_s,           u"title"_s,    u"url"_s,        u"venue"_s,     u"warnings"_s};
    QCOMPARE(a.keys(), keys);
    // Each decision carries what decided it, pointing into the text.
    const QJsonObject evidence = a.value(u"evidence").toObject();
    QCOMPARE(evidence.keys(), (QStringList {u"kind"_s, u"round"_s, u"round_dates"_s}));
    const QJsonArray roundEvidence = evidence.value(u"round").toArray();
    QVERIFY(!roundEvidence.isEmpty());
    bool named = false;
    for (const QJsonValue &v : roundEvidence) {
        const QJsonObject e = v.toObject();
        QVERIFY(!e.value(u"reason").toString().isEmpty());
        if (e.contains(u"start") && e.value(u"round").toInt() == 11) {
            const int start = e.value(u"start").toInt();
            const QString words = a.value(u"text").toString().mid(start, e.value(u"end").toInt() - start);
            named = named || words.contains(u"11"_s) || words.contains(u"عشر"_s);
        }
    }
    QVERIFY(named);
    QCOMPARE(a.value(u"encoding").toString(), u"UTF-8"_s);
    QCOMPARE(a.value(u"format").toString(), u"text"_s);
    QCOMPARE(a.value(u"round").toInt(), 11);
    QCOMPARE(a.value(u"round_dates").toObject().value(u"start").toString(), u"2018-11-28"_s);
    const QString text = a.value(u"text").toString();
    for (const QJsonValue &v : a.value(u"theme_spans").toArray()) {
        const QJsonObject s = v.toObject();
        QVERIFY(s.value(u"end").toInt() > s.value(u"start").toInt());
        QVERIFY(s.value(u"end").toInt() <= text.size());
    }
    for (const QJsonValue &v : a.value(u"statements").toArray()) {
        const QJsonObject s = v.toObject();
        const int start = s.value(u"start").toInt();
        QCOMPARE(text.mid(start, s.value(u"end").toInt() - start), s.value(u"text").toString());
        QCOMPARE(s.keys(),
                 (QStringList {u"end"_s, u"round"_s, u"speaker"_s, u"stance"_s, u"start"_s, u"text"_s,
                               u"themes"_s}));
    }
}

void TestAnalyzeCommand::folderIsWalked()
{
    const Run r = run({u"analyze"_s, m_seeds});
    const QJsonArray articles = QJsonDocument::fromJson(r.out).object().value(u"articles").toArray();
    QCOMPARE(articles.size(), 5);
    QVERIFY(articles.at(0).toObject().value(u"file").toString().endsWith(u"000_9e61edb7ab7a6c13.txt"_s));
}

void TestAnalyzeCommand::csvHasOneRowPerStatement()
{
    const Run json = run({u"analyze"_s, m_seeds});
    int statements = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.out).object().value(u"articles").toArray())
        statements += int(std::max<qsizetype>(1, v.toObject().value(u"statements").toArray().size()));
    const Run csv = run({u"analyze"_s, u"--format"_s, u"csv"_s, m_seeds});
    QCOMPARE(csv.exitCode, 0);
    // Statements have no line breaks of their own, so rows are lines here.
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), statements + 1);
    QVERIFY(lines.first().startsWith("file,ok,error,"));
}

void TestAnalyzeCommand::jsonLinesAreTheDocumentsArticles()
{
    // Many files, so that workers finish out of order; the output keeps the order of the input.
    QStringList arguments {u"analyze"_s, u"--format"_s, u"jsonl"_s};
    QStringList files;
    const QStringList seeds = QDir(m_seeds).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (int copy = 0; copy < 12; ++copy) {
        for (const QString &seed : seeds)
            files.append(QDir(m_seeds).filePath(seed));
    }
    files.insert(7, m_dir.filePath(u"empty.txt"_s)); // a failure in the middle keeps its place
    const Run lines = run(arguments + files);
    QCOMPARE(lines.exitCode, 1);
    const Run document = run(QStringList {u"analyze"_s} + files);
    const QJsonArray articles = QJsonDocument::fromJson(document.out).object().value(u"articles").toArray();
    QCOMPARE(articles.size(), files.size());

    const QList<QByteArray> rows = lines.out.split('\n');
    QCOMPARE(rows.size(), files.size() + 1); // the last line ends too
    QVERIFY(rows.last().isEmpty());
    for (int i = 0; i < files.size(); ++i) {
        QJsonParseError error;
        const QJsonObject line = QJsonDocument::fromJson(rows.at(i), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(line.value(u"file").toString(), files.at(i));
        QCOMPARE(line, articles.at(i).toObject());
    }
}

// The results stream: the articles before an input that cannot be read yet are written while it
// waits. The last input is a FIFO with no writer; the test feeds it only after it has read the
// first two results, so a command that held its output until the end would never give them.
void TestAnalyzeCommand::resultsComeOutBeforeLaterInputsAreRead()
{
    const QString fifo = m_dir.filePath(u"later.txt"_s);
    QVERIFY(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString first = m_seeds + u"/000_9e61edb7ab7a6c13.txt"_s;
    const QString second = m_seeds + u"/002_466ff97fe79cedee.txt"_s;
    QProcess p;
    p.start(QStringLiteral(MASAR_EXECUTABLE), {u"analyze"_s, u"--format"_s, u"jsonl"_s, first, second, fifo});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    while (out.count('\n') < 2) {
        QVERIFY2(p.waitForReadyRead(60000), "no result came out while the last input was not readable");
        out += p.readAllStandardOutput();
    }
    QVERIFY(p.state() == QProcess::Running); // still waiting for the FIFO
    const QList<QByteArray> rows = out.split('\n');
    QCOMPARE(QJsonDocument::fromJson(rows.at(0)).object().value(u"file").toString(), first);
    QCOMPARE(QJsonDocument::fromJson(rows.at(1)).object().value(u"file").toString(), second);

    QFile feed(fifo);
    QVERIFY(feed.open(QIODevice::WriteOnly));
    QFile seed(first);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    feed.write(seed.readAll());
    feed.close();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    out += p.readAllStandardOutput();
    QCOMPARE(out.count('\n'), 3);
    QCOMPARE(QJsonDocument::fromJson(out.split('\n').at(2)).object().value(u"file").toString(), fifo);
}

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
