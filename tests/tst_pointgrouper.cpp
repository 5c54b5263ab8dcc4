// SPDX-License-Identifier: GPL-3.0-or-later
// Statements of one round reported by several outlets in their own words, grouped into points. The
// sentences are ours, written in the manner of Arabic agency reports (each outlet rewords the final
// statement: other verbs, other order, a clause more or less). The expected groups were made by
// reading the sentences, before the grouper ran.
#include <QTest>

#include "pointgrouper.h"
#include "pointlexicon.h"

using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture
{
    QString label;
    StatementRow row;
};

StatementRow row(int round, const QString &file, const QString &speaker, const QString &stance,
                 const QStringList &themes, const QString &text)
{
    StatementRow r;
    r.round = round;
    r.file = file;
    r.source = file.section(u'.', 0, 0);
    r.speaker = speaker;
    r.stance = stance;
    r.themes = themes;
    r.text = text;
    return r;
}

// Six articles on round 22; two of them also quote the Russian envoy; one article on round 21.
QList<Fixture> fixtures()
{
    const QStringList sov {u"sovereignty"_s};
    const QStringList ter {u"terrorism"_s};
    const QStringList esc {u"deescalation"_s};
    const QString g = u"guarantors"_s;
    return {
        {u"sov-a1"_s,
         row(22, u"a1.txt"_s, g, u"affirm"_s, sov,
             u"أكدت الدول الضامنة التزامها الثابت بسيادة الجمهورية العربية السورية ووحدتها واستقلالها وسلامة أراضيها، ورفضها كل محاولات خلق وقائع جديدة على الأرض"_s)},
        {u"ter-a1"_s,
         row(22, u"a1.txt"_s, g, u"affirm"_s, ter,
             u"وأعربت عن عزمها على مواصلة التعاون من أجل القضاء نهائياً على تنظيم داعش وجبهة النصرة وسائر التنظيمات الإرهابية"_s)},
        {u"sov-a2"_s,
         row(22, u"a2.txt"_s, g, u"affirm"_s, sov,
             u"جددت الدول الضامنة التزامها بسيادة الجمهورية العربية السورية ووحدة أراضيها واستقلالها وسلامتها"_s)},
        {u"ter-a2"_s,
         row(22, u"a2.txt"_s, g, u"affirm"_s, ter,
             u"كما اتفقت على مواصلة التعاون للقضاء على تنظيم داعش وجبهة النصرة وجميع التنظيمات الإرهابية الأخرى"_s)},
        {u"sov-a3"_s,
         row(22, u"a3.txt"_s, g, u"affirm"_s, sov,
             u"وشدد البيان على الالتزام الثابت بسيادة سوريا واستقلالها ووحدتها وسلامة أراضيها"_s)},
        {u"ter-a3"_s,
         row(22, u"a3.txt"_s, g, u"affirm"_s, ter,
             u"وجدد البيان العزم على مواصلة التعاون لمكافحة الإرهاب والقضاء على داعش والنصرة والتنظيمات المرتبطة بهما"_s)},
        {u"sov-a4"_s,
         row(22, u"a4.txt"_s, g, u"affirm"_s, sov,
             u"وأكد المجتمعون تمسكهم بسيادة الجمهورية العربية السورية ووحدتها واستقلالها وسلامة أراضيها"_s)},
        {u"lav-a4"_s,
         row(22, u"a4.txt"_s, u"lavrentiev"_s, u"warn"_s, esc,
             u"وقال المبعوث الروسي ألكسندر لافرنتييف إن الوضع في إدلب ما زال مقلقاً وإن وقف إطلاق النار في منطقة خفض التصعيد يجب أن يصمد"_s)},
        {u"sov-a5"_s,
         row(22, u"a5.txt"_s, g, u"affirm"_s, sov,
             u"كما أكدت الدول الثلاث احترامها لسيادة سوريا ووحدة أراضيها واستقلالها، رافضة خلق وقائع جديدة على الأرض"_s)},
        {u"lav-a5"_s,
         row(22, u"a5.txt"_s, u"lavrentiev"_s, u"warn"_s, esc,
             u"وحذر لافرنتييف من أن الوضع في إدلب لا يزال مقلقا، داعيا إلى صمود وقف إطلاق النار في منطقة خفض التصعيد"_s)},
        {u"sov-a6"_s,
         row(22, u"a6.txt"_s, g, u"affirm"_s, sov,
             u"والتزمت الأطراف بسيادة سوريا ووحدتها واستقلالها وسلامة أراضيها"_s)},
        // The same words from another speaker, in another stance, or in another round are other points.
        {u"sov-turkey-a6"_s,
         row(22, u"a6.txt"_s, u"turkey"_s, u"affirm"_s, sov,
             u"وأكدت تركيا التزامها بسيادة سوريا ووحدتها واستقلالها وسلامة أراضيها"_s)},
        {u"sov-round21"_s,
         row(21, u"b1.txt"_s, g, u"affirm"_s, sov,
             u"جددت الدول الضامنة التزامها بسيادة الجمهورية العربية السورية ووحدة أراضيها واستقلالها وسلامتها"_s)},
        // A second point of an article, in words close to its first: an article reports a point once.
        {u"sep-a6"_s,
         row(22, u"a6.txt"_s, g, u"reject"_s, {u"separatism"_s, u"sovereignty"_s},
             u"ورفضت الدول الضامنة الأجندات الانفصالية الهادفة إلى تقويض سيادة سوريا ووحدتها وسلامة أراضيها"_s)},
        // Same round, speaker, stance and theme, another point: only the words tell them apart.
        {u"sov-golan-a2"_s,
         row(22, u"a2.txt"_s, g, u"affirm"_s, sov,
             u"وأكدت الدول الضامنة أن الجولان أرض سورية محتلة وأن قرار ضمه باطل ولاغ"_s)},
        {u"ter-separate-a3"_s,
         row(22, u"a3.txt"_s, g, u"affirm"_s, ter,
             u"وأكد البيان ضرورة الفصل بين فصائل المعارضة المسلحة المعتدلة والجماعات الإرهابية في إدلب"_s)},
    };
}

} // namespace

class TestPointGrouper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groups_data();
    void groups();
    void canonicalIsTheMostComplete();
    void editsSplitAndMerge();
    void similarityBounds_data();
    void similarityBounds();
    void stemsFoldAndStrip();
};

void TestPointGrouper::groups_data()
{
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<int>("sources");
    QTest::newRow("sovereignty, six outlets")
        << QStringList {u"sov-a1"_s, u"sov-a2"_s, u"sov-a3"_s, u"sov-a4"_s, u"sov-a5"_s, u"sov-a6"_s} << 6;
    QTest::newRow("terrorism, three outlets") << QStringList {u"ter-a1"_s, u"ter-a2"_s, u"ter-a3"_s} << 3;
    QTest::newRow("the envoy quoted by two") << QStringList {u"lav-a4"_s, u"lav-a5"_s} << 2;
    QTest::newRow("another speaker") << QStringList {u"sov-turkey-a6"_s} << 1;
    QTest::newRow("another round") << QStringList {u"sov-round21"_s} << 1;
    QTest::newRow("another point of the same article") << QStringList {u"sep-a6"_s} << 1;
    QTest::newRow("another point, same theme") << QStringList {u"sov-golan-a2"_s} << 1;
    QTest::newRow("another terrorism point") << QStringList {u"ter-separate-a3"_s} << 1;
}

void TestPointGrouper::groups()
{
    QFETCH(QStringList, labels);
    QFETCH(int, sources);
    const QList<Fixture> all = fixtures();
    QList<StatementRow> rows;
    for (const Fixture &f : all)
        rows.append(f.row);
    const QList<Point> points = PointGrouper::group(rows, PointLexicon::builtIn());
    // Every statement is in exactly one point.
    QList<int> seen;
    for (const Point &p : points)
        seen.append(p.members);
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen.size(), rows.size());
    QCOMPARE(QSet<int>(seen.cbegin(), seen.cend()).size(), rows.size());

    const auto indexOf = [&](const QString &label) {
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).label == label)
                return i;
        }
        return -1;
    };
    const int first = indexOf(labels.constFirst());
    const auto point = std::find_if(points.cbegin(), points.cend(),
                                    [&](const Point &p) { return p.members.contains(first); });
    QVERIFY(point != points.cend());
    QStringList got;
    for (int member : point->members)
        got.append(all.at(member).label);
    QCOMPARE(got, labels);
    QCOMPARE(point->sources, sources);
    QCOMPARE(point->round, all.at(first).row.round);
}

void TestPointGrouper::canonicalIsTheMostComplete()
{
    QList<StatementRow> rows;
    for (const Fixture &f : fixtures())
        rows.append(f.row);
    const QList<Point> points = PointGrouper::group(rows, PointLexicon::builtIn());
    // sov-a1 names sovereignty, unity, independence, territorial integrity and the refusal of new
    // facts on the ground: the fullest of the six.
    const auto sovereignty
        = std::find_if(points.cbegin(), points.cend(), [](const Point &p) { return p.members.contains(0); });
    QVERIFY(sovereignty != points.cend());
    QCOMPARE(sovereignty->canonical, 0);
    // Points come round by round in the rows' order: round 22's before round 21's.
    QCOMPARE(points.constFirst().round, 22);
    QCOMPARE(points.constLast().round, 21);
}

// The user's edits name statements by article row and offsets: give each fixture row its own.
void TestPointGrouper::editsSplitAndMerge()
{
    const QList<Fixture> all = fixtures();
    QList<StatementRow> rows;
    QHash<QString, int> at;
    for (int i = 0; i < all.size(); ++i) {
        StatementRow r = all.at(i).row;
        r.libraryId = 100 + i;
        r.start = 10 * i;
        r.end = 10 * i + 5;
        rows.append(r);
        at.insert(all.at(i).label, i);
    }
    const auto key = [&](const QString &label) {
        const StatementRow &r = rows.at(at.value(label));
        return PointEdits::Statement {r.libraryId, r.start, r.end};
    };
    const auto pointWith = [](const QList<Point> &points, int row) {
        return *std::find_if(points.cbegin(), points.cend(),
                             [&](const Point &p) { return p.members.contains(row); });
    };
    PointEdits edits;
    edits.alone.append(key(u"sov-a1"_s)); // the canonical wording itself
    edits.joins.append({key(u"ter-a1"_s), key(u"sov-a2"_s)});
    edits.joins.append({key(u"lav-a4"_s), key(u"sov-round21"_s)}); // another round: nothing
    const QList<Point> points = PointGrouper::group(rows, PointLexicon::builtIn(), edits);
    const Point alone = pointWith(points, at.value(u"sov-a1"_s));
    QCOMPARE(alone.members, QList<int> {at.value(u"sov-a1"_s)});
    QCOMPARE(alone.sources, 1);
    // The five other outlets' sovereignty wordings and the three terrorism ones are one point now;
    // its canonical wording is the fullest left.
    const Point merged = pointWith(points, at.value(u"sov-a2"_s));
    QCOMPARE(merged.members.size(), 5 + 3);
    QVERIFY(merged.members.contains(at.value(u"ter-a3"_s)));
    QCOMPARE(merged.sources, 6);
    QVERIFY(merged.canonical != at.value(u"sov-a1"_s));
    QVERIFY(merged.members.contains(merged.canonical));
    QCOMPARE(pointWith(points, at.value(u"lav-a4"_s)).members.size(), 2);
    // Every statement is still in exactly one point.
    int total = 0;
    for (const Point &p : points)
        total += int(p.members.size());
    QCOMPARE(total, rows.size());
}

void TestPointGrouper::similarityBounds_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<double>("expected");
    QTest::newRow("same") << QStringList {u"x"_s, u"y"_s} << QStringList {u"y"_s, u"x"_s} << 1.0;
    QTest::newRow("disjoint") << QStringList {u"x"_s} << QStringList {u"y"_s} << 0.0;
    QTest::newRow("empty") << QStringList {} << QStringList {u"y"_s} << 0.0;
    // 2 shared of 4 in all (Jaccard 0.5), 2 of the smaller 2 (overlap 1): mean 0.75.
    QTest::newRow("subset") << QStringList {u"x"_s, u"y"_s} << QStringList {u"x"_s, u"y"_s, u"z"_s, u"w"_s}
                            << 0.75;
}

void TestPointGrouper::similarityBounds()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(double, expected);
    const double got
        = PointGrouper::similarity(QSet<QString>(a.cbegin(), a.cend()), QSet<QString>(b.cbegin(), b.cend()));
    QCOMPARE(got, expected);
}

void TestPointGrouper::stemsFoldAndStrip()
{
    const PointLexicon &lexicon = PointLexicon::builtIn();
    // Tashkeel and hamza folded, «و» and «ب» stripped, function words and the statement's
    // boilerplate («أكدت الدول الضامنة») left out.
    const QSet<QString> a = lexicon.stems(u"أكدت الدول الضامنة التزامَها بسيادة سوريا"_s);
    const QSet<QString> b = lexicon.stems(u"وسيادة سوريا والتزامها"_s);
    QCOMPARE(a, b);
    QVERIFY(!a.isEmpty());
    QVERIFY(lexicon.stems(u"في على من إلى"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestPointGrouper)
#include "tst_pointgrouper.moc"
