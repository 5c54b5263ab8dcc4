// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One article of the synthetic corpus: the file as written and what the analysis should find in it.
// The ground truth is known by construction (the generator put it there), never computed by the
// analyzer.
struct GeneratedArticle
{
    struct StatementTruth
    {
        QString speaker; // actor id
        int round = 0;
    };

    QString id; // "a000042"
    QString fileName; // id + ".txt" or ".html"
    QByteArray bytes; // the file's content in its encoding
    QString encoding; // "UTF-8", "UTF-8-BOM", "UTF-16LE", "windows-1256"
    QString format; // "text" or "html"
    // The text a reader sees (paragraphs joined by '\n'); for HTML without script, navigation
    // and footer. Boilerplate lines are part of it.
    QString visibleText;
    QStringList boilerplateLines; // "read also" lines and the comment form: no theme counts there

    QString kind; // "report", "announcement" or "analysis"
    int round = 0; // 0 for analysis pieces
    QString roundMention; // the main round as written in the lead
    QDate roundStart; // the reference dates of the main round
    QDate roundEnd;
    QString datesText; // the round's dates as written, or empty when the text gives none
    QDate published; // invalid when the page shows no date
    QString source; // agency named in a header line or an «المصدر:» line, else empty
    QMap<QString, QString> themeTerms; // theme id → the lexicon term written in the body
    QList<StatementTruth> statements;
    QStringList tags; // the constructions used, for the accuracy breakdown

    QStringList themes() const { return themeTerms.keys(); }
    QJsonObject truthJson() const;
    static GeneratedArticle fromTruthJson(const QJsonObject &json);
};
