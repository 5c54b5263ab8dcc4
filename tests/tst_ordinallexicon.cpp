// SPDX-License-Identifier: GPL-3.0-or-later
#include <QList>
#include <QTest>
#include <QThread>

#include "arabicnormalizer.h"
#include "ordinallexicon.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Hand-checked gold list, independent of ICU: the unit word in both genders and, from 20 on, the
// tens word in the nominative and the oblique case.
struct Gold
{
    int value;
    QString masculine;
    QString feminine;
    QString tensNominative; // empty below 20
    QString tensOblique;
};

QList<Gold> goldList()
{
    return {
        {1, u"الأول"_s, u"الأولى"_s, {}, {}},
        {2, u"الثاني"_s, u"الثانية"_s, {}, {}},
        {3, u"الثالث"_s, u"الثالثة"_s, {}, {}},
        {4, u"الرابع"_s, u"الرابعة"_s, {}, {}},
        {5, u"الخامس"_s, u"الخامسة"_s, {}, {}},
        {6, u"السادس"_s, u"السادسة"_s, {}, {}},
        {7, u"السابع"_s, u"السابعة"_s, {}, {}},
        {8, u"الثامن"_s, u"الثامنة"_s, {}, {}},
        {9, u"التاسع"_s, u"التاسعة"_s, {}, {}},
        {10, u"العاشر"_s, u"العاشرة"_s, {}, {}},
        {11, u"الحادي عشر"_s, u"الحادية عشرة"_s, {}, {}},
        {12, u"الثاني عشر"_s, u"الثانية عشرة"_s, {}, {}},
        {13, u"الثالث عشر"_s, u"الثالثة عشرة"_s, {}, {}},
        {14, u"الرابع عشر"_s, u"الرابعة عشرة"_s, {}, {}},
        {15, u"الخامس عشر"_s, u"الخامسة عشرة"_s, {}, {}},
        {16, u"السادس عشر"_s, u"السادسة عشرة"_s, {}, {}},
        {17, u"السابع عشر"_s, u"السابعة عشرة"_s, {}, {}},
        {18, u"الثامن عشر"_s, u"الثامنة عشرة"_s, {}, {}},
        {19, u"التاسع عشر"_s, u"التاسعة عشرة"_s, {}, {}},
        {20, {}, {}, u"العشرون"_s, u"العشرين"_s},
        {21, u"الحادي"_s, u"الحادية"_s, u"والعشرون"_s, u"والعشرين"_s},
        {22, u"الثاني"_s, u"الثانية"_s, u"والعشرون"_s, u"والعشرين"_s},
        {25, u"الخامس"_s, u"الخامسة"_s, u"والعشرون"_s, u"والعشرين"_s},
        {30, {}, {}, u"الثلاثون"_s, u"الثلاثين"_s},
        {34, u"الرابع"_s, u"الرابعة"_s, u"والثلاثون"_s, u"والثلاثين"_s},
        {40, {}, {}, u"الأربعون"_s, u"الأربعين"_s},
        {57, u"السابع"_s, u"السابعة"_s, u"والخمسون"_s, u"والخمسين"_s},
        {63, u"الثالث"_s, u"الثالثة"_s, u"والستون"_s, u"والستين"_s},
        {88, u"الثامن"_s, u"الثامنة"_s, u"والثمانون"_s, u"والثمانين"_s},
        {99, u"التاسع"_s, u"التاسعة"_s, u"والتسعون"_s, u"والتسعين"_s},
    };
}

// Decorates a phrase the way copy-pasted news does: a tatweel after the article and a fatha after
// letters, so that the lookup must go through normalisation.
QString decorated(const QString &phrase)
{
    QString out;
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        out += phrase.at(i);
        if (phrase.at(i) == u' ')
            continue;
        if (i == 1 && phrase.startsWith(u"ال"_s))
            out += u'\u0640';
        else if (i % 2 == 0)
            out += u'\u064E';
    }
    return out;
}

} // namespace

class TestOrdinalLexicon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldForms_data();
    void goldForms();
    void inRunningText_data();
    void inRunningText();
    void notOrdinals_data();
    void notOrdinals();
    void sharedBetweenThreads();
};

void TestOrdinalLexicon::goldForms_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("value");
    for (const Gold &g : goldList()) {
        QList<QPair<QString, QString>> forms; // name suffix, phrase
        const QList<QPair<QString, QString>> units = g.masculine.isEmpty()
            ? QList<QPair<QString, QString>> {{u"plain"_s, QString()}}
            : QList<QPair<QString, QString>> {{u"masc"_s, g.masculine}, {u"fem"_s, g.feminine}};
        for (const auto &[gender, unit] : units) {
            if (g.tensNominative.isEmpty()) {
                forms.append({gender, unit});
                continue;
            }
            const QString sep = unit.isEmpty() ? QString() : u" "_s;
            forms.append({gender + u" nominative"_s, unit + sep + g.tensNominative});
            forms.append({gender + u" oblique"_s, unit + sep + g.tensOblique});
        }
        for (const auto &[name, phrase] : std::as_const(forms)) {
            const QByteArray row = QByteArray::number(g.value) + ' ' + name.toUtf8();
            QTest::newRow(row.constData()) << phrase << g.value;
            QTest::newRow(QByteArray(row + " with tashkeel and tatweel").constData())
                << decorated(phrase) << g.value;
        }
    }
    // Real tashkeel as printed, mixed gender as news writes it, and the spaced «و العشرين».
    QTest::newRow("tashkeel as printed") << u"الثَّانِيَةَ عَشْرَةَ"_s << 12;
    QTest::newRow("tatweel as printed") << u"الـــحـاديـة عشــرة"_s << 11;
    QTest::newRow("mixed: feminine unit, masculine ten 11") << u"الحادية عشر"_s << 11;
    QTest::newRow("mixed: feminine unit, masculine ten 12") << u"الثانية عشر"_s << 12;
    QTest::newRow("mixed: masculine unit, feminine ten") << u"الحادي عشرة"_s << 11;
    QTest::newRow("alef maksura written as yeh") << u"الاولي"_s << 1;
    QTest::newRow("spaced waw") << u"الحادية و العشرين"_s << 21;
    QTest::newRow("double space as ICU writes 21") << u"الحادي  والعشرون"_s << 21;
    QTest::newRow("arabic hamza dropped") << u"الاربعين"_s << 40;
}

void TestOrdinalLexicon::goldForms()
{
    QFETCH(QString, phrase);
    QFETCH(int, value);
    QCOMPARE(OrdinalLexicon::instance().valueOf(phrase), value);
}

void TestOrdinalLexicon::inRunningText_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("at"); // the original text where the match starts
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("matched"); // normalised text of the whole match, clitic included
    QTest::addColumn<bool>("definite");

    QTest::newRow("longest wins: 22 not 2") << u"واختتمت الجولة الثانية والعشرين من محادثات أستانا"_s
                                            << u"الثانية"_s << 22 << u"الثانيه والعشرين"_s << true;
    QTest::newRow("unit alone before a non-ten word")
        << u"في الجولة الثانية من المحادثات"_s << u"الثانية"_s << 2 << u"الثانيه"_s << true;
    QTest::newRow("kasra on the last letter")
        << u"الجولة العاشرةِ في أستانا"_s << u"العاشرةِ"_s << 10 << u"العاشره"_s << true;
    QTest::newRow("clitic waw") << u"الجولتين العاشرة والحادية عشرة"_s << u"والحادية"_s << 11
                                << u"والحاديه عشره"_s << true;
    QTest::newRow("clitic lam with the article")
        << u"تمهيدا للثالثة عشرة"_s << u"للثالثة"_s << 13 << u"للثالثه عشره"_s << true;
    QTest::newRow("clitic bi with the article")
        << u"بالسابعة عشرة"_s << u"بالسابعة"_s << 17 << u"بالسابعه عشره"_s << true;
    QTest::newRow("indefinite") << u"عقد جولة ثالثة في أيار"_s << u"ثالثة"_s << 3 << u"ثالثه"_s << false;
    QTest::newRow("indefinite with clitic: for the first time")
        << u"يلتقون لأول مرة"_s << u"لأول"_s << 1 << u"لاول"_s << false;
    QTest::newRow("indefinite compound")
        << u"جولة حادية عشرة"_s << u"حادية"_s << 11 << u"حاديه عشره"_s << false;
    QTest::newRow("line break ends the phrase")
        << u"الجولة الثانية\nعشرة"_s << u"الثانية"_s << 2 << u"الثانيه"_s << true;
}

void TestOrdinalLexicon::inRunningText()
{
    QFETCH(QString, sentence);
    QFETCH(QString, at);
    QFETCH(int, value);
    QFETCH(QString, matched);
    QFETCH(bool, definite);
    const NormalizedText text = ArabicNormalizer::instance().normalize(sentence);
    const QString norm = ArabicNormalizer::instance().normalized(at);
    const int pos = int(text.text.indexOf(norm));
    QVERIFY(pos >= 0);
    const OrdinalLexicon::Match m = OrdinalLexicon::instance().matchAt(text.text, pos);
    QCOMPARE(m.value, value);
    QCOMPARE(text.text.mid(pos, m.length), matched);
    QCOMPARE(m.definite, definite);
}

void TestOrdinalLexicon::notOrdinals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pos"); // in normalised text
    QTest::newRow("prefix of a longer word") << u"الأولويات"_s << 0;
    QTest::newRow("ordinal letters then more letters") << u"الثانوية"_s << 0;
    QTest::newRow("the round itself") << u"الجولة"_s << 0;
    QTest::newRow("cardinal twenty (no article)") << u"عشرين"_s << 0;
    QTest::newRow("cardinal thirty (no article)") << u"ثلاثون"_s << 0;
    QTest::newRow("cardinal eleven") << u"أحد عشر"_s << 0;
    QTest::newRow("tens of") << u"العشرات"_s << 0;
    QTest::newRow("not at a word start") << u"والثانية"_s << 2;
    QTest::newRow("past the end") << u"الثانية"_s << 7;
    QTest::newRow("empty") << QString() << 0;
}

void TestOrdinalLexicon::notOrdinals()
{
    QFETCH(QString, text);
    QFETCH(int, pos);
    const QString norm = ArabicNormalizer::instance().normalized(text);
    QCOMPARE(OrdinalLexicon::instance().matchAt(norm, pos).value, 0);
    if (pos == 0)
        QCOMPARE(OrdinalLexicon::instance().valueOf(text), 0);
}

void TestOrdinalLexicon::sharedBetweenThreads()
{
    // First use from several threads at once: the lexicon is built once and only read.
    QList<int> results(4, -1);
    QList<QThread *> threads;
    for (int i = 0; i < 4; ++i) {
        threads.append(QThread::create([&results, i] {
            int sum = 0;
            for (int k = 0; k < 200; ++k)
                sum += OrdinalLexicon::instance().valueOf(u"الثانية والعشرين"_s);
            results[i] = sum;
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    QCOMPARE(results, QList<int>(4, 22 * 200));
}

QTEST_GUILESS_MAIN(TestOrdinalLexicon)
#include "tst_ordinallexicon.moc"
