// SPDX-License-Identifier: GPL-3.0-or-later
// JsonTextWriter against Qt's own writer: whatever it writes must be what QJsonDocument::Indented
// writes for the same value, so that `masar analyze` output does not depend on which one ran.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "jsontextwriter.h"

using namespace Qt::Literals::StringLiterals;

class TestJsonTextWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAreEscapedAsQtDoes_data();
    void stringsAreEscapedAsQtDoes();
    void layoutIsQtIndented();
    void emptyContainers();
};

void TestJsonTextWriter::stringsAreEscapedAsQtDoes_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << u"plain words, with / slash"_s;
    QTest::newRow("quote and backslash") << u"he said \"no\" \\ twice"_s;
    QTest::newRow("short escapes") << u"a\bb\fc\nd\re\tf"_s;
    QTest::newRow("other control characters") << u"x\u0001y\u001fz\u0000w"_s;
    QTest::newRow("delete is not escaped") << u"a\u007fb"_s;
    QTest::newRow("arabic") << u"اختتمت الجولة الثامنة عشرة من أستانا"_s;
    QTest::newRow("bidi controls and tatweel") << u"\u200fالـجولة\u202b١٢\u202c"_s;
    QTest::newRow("three-byte utf-8") << u"€ ﷲ \uFEFF"_s;
    QTest::newRow("surrogate pair") << QString::fromUcs4(U"emoji \U0001F600 end");
    QTest::newRow("lone high surrogate") << u"a"_s + QChar(0xD83D) + u"b"_s;
    QTest::newRow("lone high surrogate at the end") << u"a"_s + QChar(0xD83D);
    QTest::newRow("lone low surrogate") << u"a"_s + QChar(0xDE00) + u"b"_s;
    QTest::newRow("two high surrogates") << QString(QChar(0xD83D)) + QChar(0xD83D) + QChar(0xDE00);
}

void TestJsonTextWriter::stringsAreEscapedAsQtDoes()
{
    QFETCH(QString, value);
    const QByteArray qt = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Indented);
    QByteArray ours;
    JsonTextWriter w(&ours);
    w.beginArray();
    w.string(value);
    w.endArray();
    ours.append('\n');
    QCOMPARE(ours, qt);
}

void TestJsonTextWriter::layoutIsQtIndented()
{
    const QJsonObject inner {{u"n"_s, -42}, {u"s"_s, u"v"_s}};
    const QJsonObject root {{u"a"_s, QJsonArray {1, u"x"_s, QJsonValue::Null, true, inner, QJsonArray {2}}},
                            {u"b"_s, false},
                            {u"c"_s, inner},
                            {u"d"_s, QJsonValue::Null}};
    QByteArray ours;
    JsonTextWriter w(&ours);
    w.beginObject();
    w.key("a"_L1);
    w.beginArray();
    w.integer(1);
    w.string(u"x");
    w.null();
    w.boolean(true);
    const auto writeInner = [&w] {
        w.beginObject();
        w.key("n"_L1);
        w.integer(-42);
        w.key("s"_L1);
        w.stringOrNull(u"v");
        w.endObject();
    };
    writeInner();
    w.beginArray();
    w.integer(2);
    w.endArray();
    w.endArray();
    w.key("b"_L1);
    w.boolean(false);
    w.key("c"_L1);
    writeInner();
    w.key("d"_L1);
    w.stringOrNull(QString());
    w.endObject();
    ours.append('\n');
    QCOMPARE(ours, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void TestJsonTextWriter::emptyContainers()
{
    const QJsonObject root {{u"list"_s, QJsonArray {}}, {u"map"_s, QJsonObject {}}};
    QByteArray ours;
    JsonTextWriter w(&ours);
    w.beginObject();
    w.key("list"_L1);
    w.beginArray();
    w.endArray();
    w.key("map"_L1);
    w.beginObject();
    w.endObject();
    w.endObject();
    ours.append('\n');
    QCOMPARE(ours, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QTEST_GUILESS_MAIN(TestJsonTextWriter)
#include "tst_jsontextwriter.moc"
