// SPDX-License-Identifier: GPL-3.0-or-later
// Two rounds' statements, written by us, compared: themes gained and lost, points new, dropped and
// repeated, speakers of one round only. The expected changes were set by reading the sentences.
#include <QTest>

#include "pointlexicon.h"
#include "roundcomparison.h"

using namespace Qt::Literals::StringLiterals;

namespace {

StatementRow row(int round, const QString &file, const QString &speaker, const QString &stance,
                 const QStringList &themes, const QString &text)
{
    StatementRow r;
    r.round = round;
    r.file = file;
    r.speaker = speaker;
    r.stance = stance;
    r.themes = themes;
    r.text = text;
    return r;
}

QList<StatementRow> rows()
{
    const QString g = u"guarantors"_s;
    return {
        row(21, u"r21a.txt"_s, g, u"affirm"_s, {u"sovereignty"_s},
            u"أكدت الدول الضامنة التزامها بسيادة سوريا ووحدتها واستقلالها وسلامة أراضيها"_s),
        row(21, u"r21a.txt"_s, g, u"condemn"_s, {u"israeli_strikes"_s},
            u"ودانت الدول الضامنة الهجمات العسكرية الإسرائيلية المتواصلة على سوريا"_s),
        row(21, u"r21b.txt"_s, g, u"call"_s, {u"refugees"_s},
            u"ودعت إلى تسهيل العودة الآمنة والطوعية للاجئين والنازحين إلى أماكن إقامتهم الأصلية"_s),
        row(21, u"r21b.txt"_s, u"un"_s, u"affirm"_s, {u"political_process"_s},
            u"وقال المبعوث الأممي إن اللجنة الدستورية يجب أن تستأنف اجتماعاتها في جنيف"_s),
        // A round that is not compared.
        row(20, u"r20.txt"_s, u"iran"_s, u"affirm"_s, {u"oil"_s},
            u"وأكدت إيران استمرار إمداد سوريا بالنفط"_s),
        row(22, u"r22a.txt"_s, g, u"affirm"_s, {u"sovereignty"_s},
            u"جددت الدول الضامنة تمسكها بسيادة الجمهورية العربية السورية واستقلالها ووحدة أراضيها وسلامتها"_s),
        row(22, u"r22a.txt"_s, g, u"condemn"_s, {u"israeli_strikes"_s},
            u"كما أدانت الدول الثلاث الهجمات الإسرائيلية المتواصلة على الأراضي السورية"_s),
        row(22, u"r22b.txt"_s, g, u"warn"_s, {u"humanitarian"_s, u"sanctions"_s},
            u"وحذرت من تدهور الوضع الإنساني في سوريا بسبب العقوبات الأحادية المفروضة عليها"_s),
        row(22, u"r22b.txt"_s, u"turkey"_s, u"affirm"_s, {u"separatism"_s},
            u"وقال الوفد التركي إن أنقرة ستواصل التصدي للتنظيمات الانفصالية شرق الفرات"_s),
    };
}

QStringList themeIds(const QList<RoundComparison::ThemeChange> &changes)
{
    QStringList out;
    for (const auto &c : changes)
        out.append(u"%1:%2>%3"_s.arg(c.theme).arg(c.from).arg(c.to));
    return out;
}

// The first words of each listed point's canonical wording, to name it in a comparison.
QStringList pointNames(const RoundComparison &c, const QList<int> &points)
{
    QStringList out;
    for (int p : points)
        out.append(c.rows.at(c.points.at(p).canonical).text.section(u' ', 0, 1));
    return out;
}

} // namespace

class TestRoundComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void themes();
    void points();
    void speakers();
    void reversedComparisonSwapsTheChanges();
};

void TestRoundComparison::themes()
{
    const RoundComparison c = RoundComparison::compare(21, 22, rows(), PointLexicon::builtIn());
    QCOMPARE(themeIds(c.gainedThemes()),
             (QStringList {u"humanitarian:0>1"_s, u"sanctions:0>1"_s, u"separatism:0>1"_s}));
    QCOMPARE(themeIds(c.lostThemes()), (QStringList {u"refugees:1>0"_s, u"political_process:1>0"_s}));
    // Round 20's oil is in neither.
    QVERIFY(!themeIds(c.themes).join(u' ').contains(u"oil"_s));
    QCOMPARE(themeIds(c.themes).size(), 7);
}

void TestRoundComparison::points()
{
    const RoundComparison c = RoundComparison::compare(21, 22, rows(), PointLexicon::builtIn());
    QCOMPARE(pointNames(c, c.droppedPoints), (QStringList {u"ودعت إلى"_s, u"وقال المبعوث"_s}));
    QCOMPARE(pointNames(c, c.newPoints), (QStringList {u"وحذرت من"_s, u"وقال الوفد"_s}));
    QStringList repeated;
    for (const RoundComparison::Repeated &r : c.repeated) {
        QCOMPARE(c.points.at(r.from).round, 21);
        QCOMPARE(c.points.at(r.to).round, 22);
        repeated.append(pointNames(c, {r.from}).constFirst() + u" → "_s + pointNames(c, {r.to}).constFirst());
    }
    repeated.sort();
    QCOMPARE(repeated, (QStringList {u"أكدت الدول → جددت الدول"_s, u"ودانت الدول → كما أدانت"_s}));
}

void TestRoundComparison::speakers()
{
    const RoundComparison c = RoundComparison::compare(21, 22, rows(), PointLexicon::builtIn());
    QCOMPARE(c.onlyFrom, QStringList {u"un"_s});
    QCOMPARE(c.onlyTo, QStringList {u"turkey"_s});
}

void TestRoundComparison::reversedComparisonSwapsTheChanges()
{
    const RoundComparison forward = RoundComparison::compare(21, 22, rows(), PointLexicon::builtIn());
    const RoundComparison back = RoundComparison::compare(22, 21, rows(), PointLexicon::builtIn());
    QCOMPARE(themeIds(back.lostThemes()).size(), forward.gainedThemes().size());
    QCOMPARE(pointNames(back, back.newPoints), pointNames(forward, forward.droppedPoints));
    QCOMPARE(pointNames(back, back.droppedPoints), pointNames(forward, forward.newPoints));
    QCOMPARE(back.repeated.size(), forward.repeated.size());
    QCOMPARE(back.onlyFrom, forward.onlyTo);
}

QTEST_GUILESS_MAIN(TestRoundComparison)
#include "tst_roundcomparison.moc"
