// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysistables.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

#include "searchkey.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Qt binds a null QString as SQL NULL; the text columns want text.
QString text(const QString &s)
{
    return s.isNull() ? QString(u""_s) : s;
}

QVariant roundOrNull(int round)
{
    return round == NoRound ? QVariant(QMetaType::fromType<int>()) : QVariant(round);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.prepare(sql);
    return q;
}

} // namespace

AnalysisTables::AnalysisTables(const QSqlDatabase &db)
    : m_db(db)
    , m_facts(
          prepared(db,
                   u"INSERT INTO facts (article, file, title, source, outlet, url, published, round, kind, "
                   "mentioned_rounds, round_start, round_end, round_dates_from, venue, themes) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s))
    , m_statements(prepared(db,
                            u"INSERT INTO statements (article, position, round, speaker, stance, themes, "
                            "start, \"end\") VALUES (?,?,?,?,?,?,?,?)"_s))
    , m_spans(prepared(
          db, u"INSERT INTO theme_spans (article, position, theme, start, \"end\") VALUES (?,?,?,?,?)"_s))
    , m_warnings(prepared(db, u"INSERT INTO warnings (article, position, code, args) VALUES (?,?,?,?)"_s))
    , m_evidence(prepared(db,
                          u"INSERT INTO evidence (article, decision, position, reason, round, weight, start, "
                          "\"end\") VALUES (?,?,?,?,?,?,?,?)"_s))
    , m_search(prepared(db, u"INSERT INTO search (rowid, folded) VALUES (?,?)"_s))
{
}

QString AnalysisTables::joined(const QStringList &ids)
{
    return text(ids.join(u','));
}

QString AnalysisTables::joined(const QList<int> &rounds)
{
    QStringList out;
    for (int r : rounds)
        out.append(QString::number(r));
    return joined(out);
}

bool AnalysisTables::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool AnalysisTables::insert(qint64 id, const Article &a)
{
    return insertFacts(id, a) && insertStatements(id, a) && insertSpans(id, a) && insertWarnings(id, a)
        && insertEvidence(id, u"round"_s, a.roundEvidence) && insertEvidence(id, u"kind"_s, a.kindEvidence)
        && insertEvidence(id, u"round_dates"_s, a.datesEvidence);
}

bool AnalysisTables::insertFacts(qint64 id, const Article &a)
{
    QSqlQuery &q = m_facts;
    q.addBindValue(id);
    q.addBindValue(text(a.file));
    q.addBindValue(text(a.title));
    q.addBindValue(text(a.source));
    q.addBindValue(text(a.outlet));
    q.addBindValue(text(a.url));
    q.addBindValue(dateOrNull(a.published));
    q.addBindValue(roundOrNull(a.round));
    q.addBindValue(articleKindId(a.kind));
    q.addBindValue(joined(a.mentionedRounds));
    q.addBindValue(dateOrNull(a.roundDates.start));
    q.addBindValue(dateOrNull(a.roundDates.end));
    q.addBindValue(a.roundDates.isValid()
                       ? QVariant(a.roundDates.from == DateRange::Origin::Text ? u"text"_s : u"reference"_s)
                       : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(text(a.venue));
    q.addBindValue(joined(a.themes));
    return run(q);
}

bool AnalysisTables::insertStatements(qint64 id, const Article &a)
{
    for (qsizetype i = 0; i < a.statements.size(); ++i) {
        const Statement &s = a.statements.at(i);
        m_statements.addBindValue(id);
        m_statements.addBindValue(int(i));
        m_statements.addBindValue(roundOrNull(s.round));
        m_statements.addBindValue(text(s.speaker));
        m_statements.addBindValue(stanceId(s.stance));
        m_statements.addBindValue(joined(s.themes));
        m_statements.addBindValue(s.start);
        m_statements.addBindValue(s.end);
        if (!run(m_statements))
            return false;
    }
    return true;
}

bool AnalysisTables::insertSpans(qint64 id, const Article &a)
{
    for (qsizetype i = 0; i < a.themeSpans.size(); ++i) {
        const ThemeSpan &s = a.themeSpans.at(i);
        m_spans.addBindValue(id);
        m_spans.addBindValue(int(i));
        m_spans.addBindValue(text(s.theme));
        m_spans.addBindValue(s.start);
        m_spans.addBindValue(s.end);
        if (!run(m_spans))
            return false;
    }
    return true;
}

bool AnalysisTables::insertWarnings(qint64 id, const Article &a)
{
    for (qsizetype i = 0; i < a.warnings.size(); ++i) {
        const Diagnostic &w = a.warnings.at(i);
        m_warnings.addBindValue(id);
        m_warnings.addBindValue(int(i));
        m_warnings.addBindValue(Diagnostic::codeId(w.code));
        m_warnings.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(w.args)).toJson(QJsonDocument::Compact)));
        if (!run(m_warnings))
            return false;
    }
    return true;
}

bool AnalysisTables::insertEvidence(qint64 id, const QString &decision, const QList<Evidence> &evidence)
{
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        const Evidence &e = evidence.at(i);
        m_evidence.addBindValue(id);
        m_evidence.addBindValue(decision);
        m_evidence.addBindValue(int(i));
        m_evidence.addBindValue(Evidence::reasonId(e.reason));
        m_evidence.addBindValue(roundOrNull(e.round));
        m_evidence.addBindValue(e.weight);
        m_evidence.addBindValue(e.start);
        m_evidence.addBindValue(e.end);
        if (!run(m_evidence))
            return false;
    }
    return true;
}

bool AnalysisTables::remove(qint64 id)
{
    QSqlQuery q(m_db);
    for (const char *table : {"facts", "statements", "theme_spans", "warnings", "evidence"}) {
        q.prepare(u"DELETE FROM %1 WHERE article = ?"_s.arg(QLatin1StringView(table)));
        q.addBindValue(id);
        if (!run(q))
            return false;
    }
    return true;
}

bool AnalysisTables::index(qint64 id, const QString &articleText, const QString &title,
                           const QString &fileName)
{
    // Title and file name are searched too (the window's search always found articles by them).
    m_search.addBindValue(id);
    m_search.addBindValue(
        SearchKey::of(QStringList {articleText, title, QFileInfo(fileName).fileName()}.join(u'\n')));
    return run(m_search);
}
