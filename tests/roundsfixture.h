// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hand-built articles and a readable dump of the rounds tree, shared by the model and proxy tests.
// The articles are written for the tests: they do not depend on the analysis.

#include <QAbstractItemModel>
#include <QStringList>

#include "article.h"
#include "roundsroles.h"

namespace RoundsFixture {

using namespace Qt::Literals::StringLiterals;

inline Statement statementOf(const QString &text, const QString &sentence, int round, const QString &speaker,
                             const QString &stance, const QStringList &themes)
{
    Statement s;
    s.round = round;
    s.speaker = speaker;
    stanceFromId(stance, &s.stance);
    s.themes = themes;
    s.start = int(text.indexOf(sentence));
    Q_ASSERT(s.start >= 0);
    s.end = s.start + int(sentence.size());
    s.text = sentence;
    return s;
}

inline ThemeSpan spanOf(const QString &text, const QString &term, const QString &theme)
{
    const int start = int(text.indexOf(term));
    Q_ASSERT(start >= 0);
    return ThemeSpan {theme, start, start + int(term.size())};
}

// Round 20's report that also attributes one statement to round 19.
inline Article twoRoundReport()
{
    Article a;
    a.file = u"a.txt"_s;
    a.ok = true;
    a.title = u"ختام الجولة العشرين"_s;
    a.source = u"وكالة سانا"_s;
    a.published = QDate(2023, 6, 21);
    a.round = 20;
    a.kind = ArticleKind::Report;
    a.venue = u"أستانا"_s;
    const QString s1 = u"أكدت الدول الضامنة التزامها بسيادة سورية ووحدة أراضيها."_s;
    const QString s2 = u"وشدد لافرنتييف على ضرورة مكافحة الإرهَاب وخفض التصعيد."_s;
    const QString s3 = u"وكانت روسيا قد دعت في الجولة السابقة إلى عودة اللاجـئين."_s;
    a.text = a.title % u"\n"_s % s1 % u' ' % s2 % u' ' % s3;
    a.statements = {
        statementOf(a.text, s1, 20, u"guarantors"_s, u"affirm"_s, {u"sovereignty"_s}),
        statementOf(a.text, s2, 20, u"lavrentiev"_s, u"call"_s, {u"terrorism"_s, u"deescalation"_s}),
        statementOf(a.text, s3, 19, u"russia"_s, u"call"_s, {u"refugees"_s}),
    };
    a.themeSpans = {
        spanOf(a.text, u"بسيادة سورية"_s, u"sovereignty"_s),
        spanOf(a.text, u"مكافحة الإرهَاب"_s, u"terrorism"_s),
        spanOf(a.text, u"خفض التصعيد"_s, u"deescalation"_s),
        spanOf(a.text, u"عودة اللاجـئين"_s, u"refugees"_s),
    };
    a.themes = {u"sovereignty"_s, u"terrorism"_s, u"deescalation"_s, u"refugees"_s};
    a.roundDates = {QDate(2023, 6, 20), QDate(2023, 6, 21), DateRange::Origin::Reference};
    a.warnings = {Diagnostic {Diagnostic::Code::Legacy, {u"a.txt: warning one"_s}}};
    return a;
}

inline Article turkishStatement()
{
    Article a;
    a.file = u"b.txt"_s;
    a.ok = true;
    a.title = u"تركيا وخفض التصعيد"_s;
    a.round = 21;
    a.kind = ArticleKind::Announcement;
    const QString s1 = u"وقال فيدان إن بلاده تعمل على التهدئة في إدلب."_s;
    a.text = a.title % u"\n"_s % s1;
    a.statements = {statementOf(a.text, s1, 21, u"fidan"_s, u"announce"_s, {u"deescalation"_s})};
    a.themeSpans = {spanOf(a.text, u"التهدئة"_s, u"deescalation"_s)};
    a.themes = {u"deescalation"_s};
    // The text gives other dates than the reference table: the round keeps the table's.
    a.roundDates = {QDate(2024, 1, 20), QDate(2024, 1, 21), DateRange::Origin::Text};
    a.warnings = {Diagnostic {Diagnostic::Code::RoundDatesDiffer,
                              {u"21"_s, u"2024-01-20"_s, u"2024-01-21"_s, u"2024-01-24"_s, u"2024-01-25"_s}}};
    return a;
}

inline Article analysisPiece()
{
    Article a;
    a.file = u"c.txt"_s;
    a.ok = true;
    a.title = u"قراءة في مسار أستانا"_s;
    a.text = a.title;
    a.kind = ArticleKind::Analysis;
    return a;
}

inline Article roundWithoutStatements()
{
    Article a;
    a.file = u"d.txt"_s;
    a.ok = true;
    a.title = u"انطلاق الجولة الخامسة"_s;
    a.text = a.title;
    a.round = 5;
    a.kind = ArticleKind::Announcement;
    return a;
}

inline Article unknownRound()
{
    Article a = roundWithoutStatements();
    a.file = u"e.txt"_s;
    a.round = 40;
    return a;
}

// One line per node: rounds by id, articles by file, statements by speaker and offset, indented by
// depth. With skipEmptyRounds, rounds without children are left out (the table has 23).
inline void dumpRows(const QAbstractItemModel *model, const QModelIndex &parent, int depth,
                     bool skipEmptyRounds, QStringList &out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        QString line;
        switch (index.data(RoundsRoles::NodeTypeRole).toInt()) {
        case RoundsRoles::RoundNode:
            if (skipEmptyRounds && !model->hasChildren(index))
                continue;
            line = index.data(RoundsRoles::RoundIdRole).toString();
            break;
        case RoundsRoles::ArticleNode:
            line = index.data(RoundsRoles::ArticleFileRole).toString();
            break;
        case RoundsRoles::StatementNode:
            line = index.data(RoundsRoles::SpeakerRole).toString() % u'@'
                % QString::number(index.data(RoundsRoles::StatementStartRole).toInt());
            break;
        }
        out.append(QString(depth * 2, u' ') % line);
        dumpRows(model, index, depth + 1, skipEmptyRounds, out);
    }
}

inline QStringList dumpTree(const QAbstractItemModel *model, bool skipEmptyRounds = true)
{
    QStringList out;
    dumpRows(model, {}, 0, skipEmptyRounds, out);
    return out;
}

// "speaker@offset" of a statement of one of the fixtures, to write expected rows readably.
inline QString statementKey(const Article &article, int statement)
{
    return article.statements.at(statement).speaker % u'@'
        % QString::number(article.statements.at(statement).start);
}

} // namespace RoundsFixture
