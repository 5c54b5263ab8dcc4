// SPDX-License-Identifier: GPL-3.0-or-later
#include "accuracyreport.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

void AccuracyReport::miss(const QString &field, const GeneratedArticle &truth, const QString &detail)
{
    for (const QString &tag : truth.tags) {
        Miss &m = m_misses[field + u" | "_s + tag];
        ++m.count;
        if (m.examples.size() < 8)
            m.examples.append(truth.id + u": "_s + detail);
    }
}

void AccuracyReport::add(const GeneratedArticle &truth, const Article &result)
{
    ++m_articles;
    for (const QString &tag : truth.tags)
        ++m_tagCount[tag];
    if (!result.ok) {
        ++m_failed;
        miss(u"error"_s, truth, result.failure.debugString());
        return;
    }

    // The generated corpus has no Doha articles: its round 0 is "none".
    const int expectedRound = truth.round > 0 ? truth.round : NoRound;
    if (result.round == expectedRound)
        ++m_roundOk;
    else
        miss(u"round"_s, truth,
             u"expected %1 («%2»), got %3"_s.arg(truth.round).arg(truth.roundMention).arg(result.round));

    const QString kind = articleKindId(result.kind);
    if (kind == truth.kind)
        ++m_kindOk;
    else
        miss(u"kind"_s, truth, u"expected %1, got %2 (round %3)"_s.arg(truth.kind, kind).arg(result.round));

    if (truth.round > 0) {
        ++m_withRound;
        if (result.roundDates.start == truth.roundStart && result.roundDates.end == truth.roundEnd)
            ++m_datesOk;
        else
            miss(u"dates"_s, truth,
                 u"expected %1..%2 from «%3», got %4..%5"_s.arg(
                     truth.roundStart.toString(Qt::ISODate), truth.roundEnd.toString(Qt::ISODate),
                     truth.datesText, result.roundDates.start.toString(Qt::ISODate),
                     result.roundDates.end.toString(Qt::ISODate)));
    }
    if (truth.published.isValid()) {
        ++m_withPublished;
        if (result.published == truth.published)
            ++m_publishedOk;
        else
            miss(u"published"_s, truth,
                 u"expected %1, got %2"_s.arg(truth.published.toString(Qt::ISODate),
                                              result.published.toString(Qt::ISODate)));
    }
    if (!truth.source.isEmpty()) {
        ++m_withSource;
        if (result.source == truth.source)
            ++m_sourceOk;
        else
            miss(u"source"_s, truth, u"expected «%1», got «%2»"_s.arg(truth.source, result.source));
    }

    const QStringList expected = truth.themes();
    for (const QString &t : expected) {
        if (result.themes.contains(t)) {
            ++m_themeTp;
        } else {
            ++m_themeFn;
            Miss &m = m_themeMisses[u"missed "_s + t];
            ++m.count;
            if (m.examples.size() < 5)
                m.examples.append(truth.id + u": «"_s + truth.themeTerms.value(t) + u'»');
        }
    }
    for (const QString &t : result.themes) {
        if (!expected.contains(t)) {
            ++m_themeFp;
            QString where;
            for (const ThemeSpan &s : result.themeSpans) {
                if (s.theme == t) {
                    where = result.text.mid(s.start, s.end - s.start);
                    break;
                }
            }
            Miss &m = m_themeMisses[u"extra "_s + t];
            ++m.count;
            if (m.examples.size() < 5)
                m.examples.append(truth.id + u": «"_s + where + u'»');
        }
    }
    if (result.themes.size() != expected.size() || m_themeFn + m_themeFp > 0) {
        bool exact = result.themes.size() == expected.size();
        for (const QString &t : expected)
            exact = exact && result.themes.contains(t);
        if (!exact)
            miss(
                u"themes"_s, truth,
                u"expected {%1}, got {%2}"_s.arg(expected.join(u','), QStringList(result.themes).join(u',')));
    }

    QList<std::pair<QString, int>> found;
    for (const Statement &s : result.statements)
        found.append({s.speaker, s.round});
    for (const GeneratedArticle::StatementTruth &s : truth.statements) {
        ++m_statementsExpected;
        const qsizetype at = found.indexOf(std::pair<QString, int> {s.speaker, s.round});
        if (at >= 0) {
            ++m_statementHits;
            found.removeAt(at);
        } else {
            QStringList speakers;
            for (const Statement &st : result.statements)
                speakers.append(st.speaker + u'@' + QString::number(st.round));
            Miss &m = m_statementMisses[s.speaker];
            ++m.count;
            if (m.examples.size() < 5)
                m.examples.append(truth.id + u": round "_s + QString::number(s.round) + u", analysis has "_s
                                  + speakers.join(u' '));
        }
    }
}

QString AccuracyReport::summary() const
{
    QString out;
    QTextStream s(&out);
    s.setRealNumberNotation(QTextStream::FixedNotation);
    s.setRealNumberPrecision(2);
    s << "articles            " << m_articles << " (" << m_failed << " not analysed)\n";
    s << "main round          " << 100 * roundAccuracy() << " %\n";
    s << "kind                " << 100 * kindAccuracy() << " %\n";
    s << "round dates         " << 100 * datesAccuracy() << " % of " << m_withRound << " with a round\n";
    s << "page date           " << 100 * publishedAccuracy() << " % of " << m_withPublished << " dated\n";
    s << "source              " << 100 * sourceAccuracy() << " % of " << m_withSource << " with a source\n";
    s << "themes precision    " << 100 * themePrecision() << " %\n";
    s << "themes recall       " << 100 * themeRecall() << " %\n";
    s << "statements (speaker+round) recall " << 100 * statementRecall() << " % of " << m_statementsExpected
      << '\n';
    return out;
}

QString AccuracyReport::failures(int examples) const
{
    QString out;
    QTextStream s(&out);
    s.setRealNumberNotation(QTextStream::FixedNotation);
    s.setRealNumberPrecision(1);
    // Only tags that explain something: miss rate in the tag well above the field's average.
    QMap<QString, int> fieldTotals;
    for (auto it = m_misses.cbegin(); it != m_misses.cend(); ++it) {
        const QString field = it.key().section(u" | "_s, 0, 0);
        if (it.key().endsWith(u"kind:report") || it.key().endsWith(u"kind:announcement")
            || it.key().endsWith(u"kind:analysis"))
            fieldTotals[field] += it.value().count;
    }
    for (auto it = m_misses.cbegin(); it != m_misses.cend(); ++it) {
        const QString field = it.key().section(u" | "_s, 0, 0);
        const QString tag = it.key().section(u" | "_s, 1);
        const int inTag = m_tagCount.value(tag);
        const double rate = inTag ? double(it.value().count) / inTag : 0;
        const double base = m_articles ? double(fieldTotals.value(field)) / m_articles : 0;
        if (rate < 0.05 || rate < 1.5 * base)
            continue;
        s << field << " misses with " << tag << ": " << it.value().count << " of " << inTag << " ("
          << 100 * rate << " %)\n";
        for (int i = 0; i < std::min<qsizetype>(examples, it.value().examples.size()); ++i)
            s << "    " << it.value().examples.at(i) << '\n';
    }
    for (auto it = m_statementMisses.cbegin(); it != m_statementMisses.cend(); ++it) {
        s << "statements of " << it.key() << " not found: " << it.value().count << '\n';
        for (int i = 0; i < std::min<qsizetype>(examples, it.value().examples.size()); ++i)
            s << "    " << it.value().examples.at(i) << '\n';
    }
    for (auto it = m_themeMisses.cbegin(); it != m_themeMisses.cend(); ++it) {
        s << "themes " << it.key() << ": " << it.value().count << '\n';
        for (int i = 0; i < std::min<qsizetype>(examples, it.value().examples.size()); ++i)
            s << "    " << it.value().examples.at(i) << '\n';
    }
    return out;
}
