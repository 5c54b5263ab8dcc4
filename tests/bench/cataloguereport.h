// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "article.h"

// Scores the analysis against truth in the real-news catalogue's format (one JSON object per
// line: main_round, kind, round_start/round_end, published, themes, themes_borderline,
// statements…; see tests/data/realstyle/README.md): per-field accuracy and one line per article
// that misses something.
class CatalogueReport
{
public:
    struct Truth
    {
        QString id;
        QString file;
        int round = NoRound;
        QString kind;
        QDate roundStart;
        QDate roundEnd;
        QDate published;
        QString venue;
        QList<int> otherRounds;
        QStringList themes;
        QStringList borderline;
        QList<std::pair<QString, int>> statements; // speaker, round
    };

    static Truth truthFromJson(const QJsonObject &row);
    // Reads a truth file; false with *error when it cannot be read or a line is not JSON.
    static bool readTruth(const QString &path, QList<Truth> *rows, QString *error);

    void add(const Truth &truth, const Article &result);

    double roundAccuracy() const { return ratio(m_roundOk, m_articles); }
    double kindAccuracy() const { return ratio(m_kindOk, m_articles); }
    double datesAccuracy() const { return ratio(m_datesOk, m_withDates); }
    double publishedAccuracy() const { return ratio(m_publishedOk, m_withPublished); }
    double themePrecision() const { return ratio(m_themeTp, m_themeTp + m_themeFp); }
    double themeRecall() const { return ratio(m_themeTp, m_themeTp + m_themeFn); }
    double themeF1() const;
    double statementRecall() const { return ratio(m_statementHits, m_statementsExpected); }
    double statementPrecision() const { return ratio(m_statementHits, m_statementsFound); }
    double venueAccuracy() const { return ratio(m_venueOk, m_withRoundTruth); }

    // The figures as a Markdown table, with the counts behind each.
    QString summary() const;
    // One line per article with a miss: "012: round 9 → 20; kind …".
    QString misses() const { return m_missLines.join(u'\n'); }

private:
    static double ratio(int a, int b) { return b == 0 ? 1.0 : double(a) / double(b); }
    void scoreThemes(const Truth &truth, const Article &result, QStringList *missed);
    void scoreStatements(const Truth &truth, const Article &result, QStringList *missed);

    int m_articles = 0;
    int m_roundOk = 0;
    int m_kindOk = 0;
    int m_withDates = 0;
    int m_datesOk = 0;
    int m_withPublished = 0;
    int m_publishedOk = 0;
    int m_withRoundTruth = 0;
    int m_venueOk = 0;
    int m_themeTp = 0;
    int m_themeFp = 0;
    int m_themeFn = 0;
    int m_statementsExpected = 0;
    int m_statementsFound = 0;
    int m_statementHits = 0;
    QStringList m_missLines;
};
