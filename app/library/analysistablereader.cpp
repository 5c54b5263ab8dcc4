// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysistablereader.h"

#include <tuple>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {

int roundFrom(const QVariant &v)
{
    return v.isNull() ? NoRound : v.toInt();
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

bool AnalysisTableReader::Cursor::seek(qint64 id)
{
    while (valid && query.value(0).toLongLong() < id)
        next();
    return valid && query.value(0).toLongLong() == id;
}

AnalysisTableReader::AnalysisTableReader(const QSqlDatabase &db, Parts parts)
    : m_db(db)
    , m_parts(parts)
{
}

bool AnalysisTableReader::start(QString *error, qint64 only)
{
    const bool detail = m_parts != Parts::WithoutDetail;
    const bool rest = m_parts != Parts::DetailOnly;
    const std::tuple<Cursor *, const char *, const char *, bool> queries[] = {
        {&m_facts,
         "SELECT article, file, title, source, outlet, url, published, round, kind, mentioned_rounds, "
         "round_start, round_end, round_dates_from, venue, themes FROM facts",
         "article", true},
        {&m_statements, "SELECT article, round, speaker, stance, themes, start, \"end\" FROM statements",
         "article, position", rest},
        {&m_spans, "SELECT article, theme, start, \"end\" FROM theme_spans", "article, position", detail},
        {&m_warnings, "SELECT article, code, args FROM warnings", "article, position", rest},
        {&m_evidence, "SELECT article, decision, reason, round, weight, start, \"end\" FROM evidence",
         "article, decision, position", detail},
    };
    for (const auto &[cursor, select, order, wanted] : queries) {
        cursor->valid = false;
        if (!wanted)
            continue;
        cursor->query = QSqlQuery(m_db);
        cursor->query.setForwardOnly(true);
        cursor->query.prepare(u"%1%2 ORDER BY %3"_s.arg(QLatin1StringView(select),
                                                        only != 0 ? u" WHERE article = ?"_s : QString(),
                                                        QLatin1StringView(order)));
        if (only != 0)
            cursor->query.addBindValue(only);
        if (!cursor->query.exec()) {
            if (error)
                *error = cursor->query.lastError().text();
            return false;
        }
        cursor->next();
    }
    return true;
}

bool AnalysisTableReader::read(qint64 id, Article *article)
{
    if (!m_facts.seek(id))
        return false;
    article->ok = true;
    readFacts(article);
    m_facts.next();
    readStatements(id, article);
    readSpans(id, article);
    readWarnings(id, article);
    readEvidence(id, article);
    // Appending one row at a time leaves up to half of each list unused; at 100k articles and half
    // a million statements that slack was a fifth of the window's memory.
    article->statements.squeeze();
    article->themeSpans.squeeze();
    article->warnings.squeeze();
    article->roundEvidence.squeeze();
    article->kindEvidence.squeeze();
    article->datesEvidence.squeeze();
    return true;
}

void AnalysisTableReader::readFacts(Article *a)
{
    const QSqlQuery &q = m_facts.query;
    a->file = q.value(1).toString();
    a->title = q.value(2).toString();
    a->source = m_strings.string(q.value(3).toString());
    a->outlet = m_strings.string(q.value(4).toString());
    a->url = q.value(5).toString();
    a->published = dateFrom(q.value(6));
    a->round = roundFrom(q.value(7));
    a->kind = articleKindFromId(q.value(8).toString());
    for (const QString &r : q.value(9).toString().split(u',', Qt::SkipEmptyParts))
        a->mentionedRounds.append(r.toInt());
    a->roundDates.start = dateFrom(q.value(10));
    a->roundDates.end = dateFrom(q.value(11));
    a->roundDates.from
        = q.value(12).toString() == u"text"_s ? DateRange::Origin::Text : DateRange::Origin::Reference;
    a->venue = m_strings.string(q.value(13).toString());
    a->themes = m_strings.ids(q.value(14).toString());
}

void AnalysisTableReader::readStatements(qint64 id, Article *a)
{
    const int length = int(a->text.size());
    for (; m_statements.seek(id); m_statements.next()) {
        const QSqlQuery &q = m_statements.query;
        Statement s;
        s.round = roundFrom(q.value(1));
        s.speaker = m_strings.string(q.value(2).toString());
        stanceFromId(q.value(3).toString(), &s.stance); // unknown: "other"
        s.themes = m_strings.ids(q.value(4).toString());
        s.start = q.value(5).toInt();
        s.end = q.value(6).toInt();
        // Offsets outside the text cannot come from the analysis of this text: left out.
        if (s.start < 0 || s.start > s.end || s.end > length)
            continue;
        s.text = a->text.mid(s.start, s.end - s.start);
        a->statements.append(std::move(s));
    }
}

void AnalysisTableReader::readSpans(qint64 id, Article *a)
{
    const int length = int(a->text.size());
    for (; m_spans.seek(id); m_spans.next()) {
        const QSqlQuery &q = m_spans.query;
        const ThemeSpan span {m_strings.string(q.value(1).toString()), q.value(2).toInt(),
                              q.value(3).toInt()};
        if (span.start >= 0 && span.start <= span.end && span.end <= length)
            a->themeSpans.append(span);
    }
}

void AnalysisTableReader::readWarnings(qint64 id, Article *a)
{
    for (; m_warnings.seek(id); m_warnings.next()) {
        const QSqlQuery &q = m_warnings.query;
        Diagnostic d;
        for (const QJsonValue &arg : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
            d.args.append(arg.toString());
        // A code from a newer version reads as a legacy warning, its arguments kept.
        if (!Diagnostic::codeFromId(q.value(1).toString(), &d.code))
            d.code = Diagnostic::Code::Legacy;
        a->warnings.append(d);
    }
}

void AnalysisTableReader::readEvidence(qint64 id, Article *a)
{
    const int length = int(a->text.size());
    for (; m_evidence.seek(id); m_evidence.next()) {
        const QSqlQuery &q = m_evidence.query;
        Evidence e;
        // Evidence of an unknown reason explains, it decides nothing: left out.
        if (!Evidence::reasonFromId(q.value(2).toString(), &e.reason))
            continue;
        e.round = roundFrom(q.value(3));
        e.weight = q.value(4).toInt();
        e.start = q.value(5).toInt();
        e.end = q.value(6).toInt();
        if (e.start > e.end || e.end > length)
            e.start = e.end = -1;
        const QString decision = q.value(1).toString();
        if (decision == u"round"_s)
            a->roundEvidence.append(e);
        else if (decision == u"kind"_s)
            a->kindEvidence.append(e);
        else if (decision == u"round_dates"_s)
            a->datesEvidence.append(e);
    }
}
