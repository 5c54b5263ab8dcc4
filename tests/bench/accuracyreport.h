// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "article.h"
#include "generatedarticle.h"

// Compares the analysis of generated articles with their ground truth: main round, kind, round
// dates, page date, source, theme set (precision and recall) and statements; keeps counts per
// construction tag and examples of each kind of miss.
class AccuracyReport
{
public:
    void add(const GeneratedArticle &truth, const Article &result);

    int articles() const { return m_articles; }
    double roundAccuracy() const { return ratio(m_roundOk, m_articles); }
    double kindAccuracy() const { return ratio(m_kindOk, m_articles); }
    // Over articles whose truth has a round.
    double datesAccuracy() const { return ratio(m_datesOk, m_withRound); }
    // Over articles whose page shows a date.
    double publishedAccuracy() const { return ratio(m_publishedOk, m_withPublished); }
    double sourceAccuracy() const { return ratio(m_sourceOk, m_withSource); }
    double themePrecision() const { return ratio(m_themeTp, m_themeTp + m_themeFp); }
    double themeRecall() const { return ratio(m_themeTp, m_themeTp + m_themeFn); }
    // Expected (speaker, round) pairs found among the statements, as a multiset.
    double statementRecall() const { return ratio(m_statementHits, m_statementsExpected); }
    int failedArticles() const { return m_failed; }

    // The figures, one per line.
    QString summary() const;
    // Misses per field and construction, with up to `examples` examples each.
    QString failures(int examples) const;

private:
    struct Miss
    {
        int count = 0;
        QStringList examples;
    };
    static double ratio(int a, int b) { return b == 0 ? 1.0 : double(a) / double(b); }
    void miss(const QString &field, const GeneratedArticle &truth, const QString &detail);

    int m_articles = 0;
    int m_failed = 0;
    int m_roundOk = 0;
    int m_kindOk = 0;
    int m_withRound = 0;
    int m_datesOk = 0;
    int m_withPublished = 0;
    int m_publishedOk = 0;
    int m_withSource = 0;
    int m_sourceOk = 0;
    int m_themeTp = 0;
    int m_themeFp = 0;
    int m_themeFn = 0;
    int m_statementsExpected = 0;
    int m_statementHits = 0;
    QHash<QString, int> m_tagCount;
    QMap<QString, Miss> m_misses; // "field | tag" → miss
    QMap<QString, Miss> m_themeMisses; // "missed theme" / "extra theme"
    QMap<QString, Miss> m_statementMisses; // by expected speaker
};
