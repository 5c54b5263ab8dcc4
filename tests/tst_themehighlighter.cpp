// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "themehighlighter.h"

using namespace Qt::Literals::StringLiterals;

class TestThemeHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranges_data();
    void ranges();
    void backgroundKeepsHueAndIsLight();
};

namespace {

QList<ThemeInfo> lexicon()
{
    return {ThemeInfo {u"terrorism"_s, {}, u"#d62728"_s, {}},
            ThemeInfo {u"refugees"_s, {}, u"#ff7f0e"_s, {}}};
}

} // namespace

void TestThemeHighlighter::ranges_data()
{
    QTest::addColumn<QList<ThemeSpan>>("spans");
    QTest::addColumn<int>("length");
    QTest::addColumn<QList<int>>("expected"); // start, end pairs
    QTest::addColumn<QStringList>("colors"); // underline colour per range

    QTest::newRow("spans kept in order at their offsets")
        << QList<ThemeSpan> {{u"terrorism"_s, 4, 10}, {u"refugees"_s, 12, 20}} << 30
        << QList<int> {4, 10, 12, 20} << QStringList {u"#d62728"_s, u"#ff7f0e"_s};
    QTest::newRow("span past the end is clipped") << QList<ThemeSpan> {{u"refugees"_s, 25, 40}} << 30
                                                  << QList<int> {25, 30} << QStringList {u"#ff7f0e"_s};
    QTest::newRow("span outside the text is dropped")
        << QList<ThemeSpan> {{u"refugees"_s, 35, 40}, {u"terrorism"_s, -5, 0}} << 30 << QList<int> {}
        << QStringList {};
    QTest::newRow("empty span is dropped")
        << QList<ThemeSpan> {{u"refugees"_s, 5, 5}} << 30 << QList<int> {} << QStringList {};
    QTest::newRow("theme missing from the lexicon is grey")
        << QList<ThemeSpan> {{u"nope"_s, 0, 3}} << 30 << QList<int> {0, 3} << QStringList {u"#a0a0a4"_s};
    QTest::newRow("overlapping spans both kept")
        << QList<ThemeSpan> {{u"terrorism"_s, 0, 10}, {u"refugees"_s, 5, 15}} << 30
        << QList<int> {0, 10, 5, 15} << QStringList {u"#d62728"_s, u"#ff7f0e"_s};
}

void TestThemeHighlighter::ranges()
{
    QFETCH(QList<ThemeSpan>, spans);
    QFETCH(int, length);
    QFETCH(QList<int>, expected);
    QFETCH(QStringList, colors);

    const ThemeHighlighter highlighter(lexicon());
    const QList<ThemeHighlighter::Range> ranges = highlighter.ranges(spans, length);
    QList<int> offsets;
    QStringList underlines;
    for (const ThemeHighlighter::Range &range : ranges) {
        offsets << range.start << range.end;
        underlines << range.format.underlineColor().name();
        QCOMPARE(range.format.background().color(), highlighter.background(range.theme));
    }
    QCOMPARE(offsets, expected);
    QCOMPARE(underlines, colors);
}

void TestThemeHighlighter::backgroundKeepsHueAndIsLight()
{
    const ThemeHighlighter highlighter(lexicon());
    for (const ThemeInfo &theme : lexicon()) {
        const QColor base = QColor::fromString(theme.color);
        const QColor background = highlighter.background(theme.id);
        QVERIFY(background.lightnessF() > 0.75);
        // Hue is an angle: 359° and 0° are neighbours.
        const int difference = qAbs(background.hslHue() - base.hslHue()) % 360;
        QVERIFY2(qMin(difference, 360 - difference) <= 3, qPrintable(theme.id));
    }
}

QTEST_MAIN(TestThemeHighlighter)
#include "tst_themehighlighter.moc"
