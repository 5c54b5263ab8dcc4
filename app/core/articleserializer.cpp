// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleserializer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "articlestreamwriter.h"
#include "jsontextwriter.h"

using namespace Qt::Literals::StringLiterals;

namespace ArticleSerializer {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue roundOrNull(int round)
{
    return round != NoRound ? QJsonValue(round) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray diagnosticsJson(const Diagnostics &list, const Describe &describe)
{
    QJsonArray out;
    for (const Diagnostic &d : list)
        out.append(toJson(d, describe));
    return out;
}

QJsonArray evidenceJson(const QList<Evidence> &list, const QString &text)
{
    QJsonArray out;
    for (const Evidence &e : list) {
        QJsonObject o {{u"reason"_s, Evidence::reasonId(e.reason)},
                       {u"round"_s, roundOrNull(e.round)},
                       {u"weight"_s, e.weight}};
        // Offsets into "text", like theme_spans: the words themselves are one slice away.
        if (e.start >= 0 && e.end <= text.size()) {
            o.insert(u"start"_s, e.start);
            o.insert(u"end"_s, e.end);
        }
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject toJson(const Diagnostic &d, const Describe &describe)
{
    QJsonObject o {{u"code"_s, Diagnostic::codeId(d.code)}, {u"args"_s, QJsonArray::fromStringList(d.args)}};
    if (describe)
        o.insert(u"message"_s, describe(d));
    return o;
}

Diagnostic diagnosticFromJson(const QJsonValue &value)
{
    if (value.isString())
        return Diagnostic {Diagnostic::Code::Legacy, {value.toString()}};
    const QJsonObject o = value.toObject();
    Diagnostic d;
    if (!Diagnostic::codeFromId(o.value(u"code"_s).toString(), &d.code)) {
        // A code from a newer version: keep its words if it brought any.
        return Diagnostic {Diagnostic::Code::Legacy, {o.value(u"message"_s).toString()}};
    }
    for (const QJsonValue &arg : o.value(u"args"_s).toArray())
        d.args.append(arg.toString());
    return d;
}

QJsonObject toJson(const Article &a, const Describe &describe)
{
    QJsonObject o;
    o.insert(u"file"_s, a.file);
    o.insert(u"ok"_s, a.ok);
    if (!a.ok) {
        o.insert(u"error"_s, toJson(a.failure, describe));
        return o;
    }
    o.insert(u"encoding"_s, a.encoding);
    o.insert(u"format"_s, a.format);
    o.insert(u"text"_s, a.text);
    o.insert(u"title"_s, stringOrNull(a.title));
    o.insert(u"source"_s, stringOrNull(a.source));
    o.insert(u"outlet"_s, stringOrNull(a.outlet));
    o.insert(u"url"_s, stringOrNull(a.url));
    o.insert(u"published"_s, dateOrNull(a.published));
    o.insert(u"round"_s, roundOrNull(a.round));
    o.insert(u"kind"_s, articleKindId(a.kind));
    QJsonArray mentioned;
    for (int r : a.mentionedRounds)
        mentioned.append(r);
    o.insert(u"mentioned_rounds"_s, mentioned);
    if (a.roundDates.isValid()) {
        o.insert(u"round_dates"_s,
                 QJsonObject {
                     {u"start"_s, a.roundDates.start.toString(Qt::ISODate)},
                     {u"end"_s, a.roundDates.end.toString(Qt::ISODate)},
                     {u"from"_s, a.roundDates.from == DateRange::Origin::Text ? u"text"_s : u"reference"_s}});
    } else {
        o.insert(u"round_dates"_s, QJsonValue(QJsonValue::Null));
    }
    o.insert(u"venue"_s, stringOrNull(a.venue));
    o.insert(u"themes"_s, QJsonArray::fromStringList(a.themes));
    QJsonArray spans;
    for (const ThemeSpan &s : a.themeSpans)
        spans.append(QJsonObject {{u"theme"_s, s.theme}, {u"start"_s, s.start}, {u"end"_s, s.end}});
    o.insert(u"theme_spans"_s, spans);
    QJsonArray statements;
    for (const Statement &s : a.statements) {
        statements.append(QJsonObject {{u"round"_s, roundOrNull(s.round)},
                                       {u"speaker"_s, s.speaker},
                                       {u"stance"_s, stanceId(s.stance)},
                                       {u"themes"_s, QJsonArray::fromStringList(s.themes)},
                                       {u"start"_s, s.start},
                                       {u"end"_s, s.end},
                                       {u"text"_s, s.text}});
    }
    o.insert(u"statements"_s, statements);
    o.insert(u"warnings"_s, diagnosticsJson(a.warnings, describe));
    o.insert(u"evidence"_s,
             QJsonObject {{u"round"_s, evidenceJson(a.roundEvidence, a.text)},
                          {u"kind"_s, evidenceJson(a.kindEvidence, a.text)},
                          {u"round_dates"_s, evidenceJson(a.datesEvidence, a.text)}});
    return o;
}

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// null (or, from versions before the Doha meeting was a round, absent) is no round.
int roundFrom(const QJsonValue &v)
{
    return v.isDouble() ? v.toInt() : NoRound;
}

QDate dateFrom(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

// Evidence of an unknown reason (a newer version's) or outside the text is left out: it explains,
// it decides nothing.
QList<Evidence> evidenceFrom(const QJsonValue &v, qsizetype textSize)
{
    QList<Evidence> out;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        Evidence e;
        if (!Evidence::reasonFromId(o.value(u"reason"_s).toString(), &e.reason))
            continue;
        e.round = roundFrom(o.value(u"round"_s));
        e.weight = o.value(u"weight"_s).toInt();
        e.start = o.value(u"start"_s).toInt(-1);
        e.end = o.value(u"end"_s).toInt(-1);
        if (e.start > e.end || e.end > textSize)
            e.start = e.end = -1;
        out.append(e);
    }
    return out;
}

QStringList stringsFrom(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

bool fromJson(const QJsonObject &o, Article *article, QString *error)
{
    Article a;
    if (!o.value(u"file"_s).isString() || !o.value(u"ok"_s).isBool())
        return fail(error, u"not an article: \"file\" or \"ok\" missing"_s);
    a.file = o.value(u"file"_s).toString();
    a.ok = o.value(u"ok"_s).toBool();
    if (!a.ok) {
        a.failure = diagnosticFromJson(o.value(u"error"_s));
        *article = a;
        return true;
    }
    if (!o.value(u"text"_s).isString())
        return fail(error, u"article \"%1\": no text"_s.arg(a.file));
    a.encoding = o.value(u"encoding"_s).toString();
    a.format = o.value(u"format"_s).toString();
    a.text = o.value(u"text"_s).toString();
    a.title = o.value(u"title"_s).toString();
    a.source = o.value(u"source"_s).toString();
    a.outlet = o.value(u"outlet"_s).toString();
    a.url = o.value(u"url"_s).toString();
    a.published = dateFrom(o.value(u"published"_s));
    a.round = roundFrom(o.value(u"round"_s));
    bool kindOk = false;
    a.kind = articleKindFromId(o.value(u"kind"_s).toString(), &kindOk);
    if (!kindOk)
        return fail(error, u"article \"%1\": unknown kind"_s.arg(a.file));
    for (const QJsonValue &r : o.value(u"mentioned_rounds"_s).toArray())
        a.mentionedRounds.append(r.toInt());
    const QJsonObject dates = o.value(u"round_dates"_s).toObject();
    if (!dates.isEmpty()) {
        a.roundDates.start = dateFrom(dates.value(u"start"_s));
        a.roundDates.end = dateFrom(dates.value(u"end"_s));
        a.roundDates.from = dates.value(u"from"_s).toString() == u"text" ? DateRange::Origin::Text
                                                                         : DateRange::Origin::Reference;
    }
    a.venue = o.value(u"venue"_s).toString();
    a.themes = stringsFrom(o.value(u"themes"_s));
    const auto inText
        = [&a](int start, int end) { return start >= 0 && start <= end && end <= a.text.size(); };
    for (const QJsonValue &v : o.value(u"theme_spans"_s).toArray()) {
        const QJsonObject s = v.toObject();
        const ThemeSpan span {s.value(u"theme"_s).toString(), s.value(u"start"_s).toInt(-1),
                              s.value(u"end"_s).toInt(-1)};
        if (!inText(span.start, span.end))
            return fail(error, u"article \"%1\": a theme span lies outside the text"_s.arg(a.file));
        a.themeSpans.append(span);
    }
    for (const QJsonValue &v : o.value(u"statements"_s).toArray()) {
        const QJsonObject s = v.toObject();
        Statement st;
        st.round = roundFrom(s.value(u"round"_s));
        st.speaker = s.value(u"speaker"_s).toString();
        stanceFromId(s.value(u"stance"_s).toString(), &st.stance); // unknown: "other"
        st.themes = stringsFrom(s.value(u"themes"_s));
        st.start = s.value(u"start"_s).toInt(-1);
        st.end = s.value(u"end"_s).toInt(-1);
        st.text = s.value(u"text"_s).toString();
        if (!inText(st.start, st.end))
            return fail(error, u"article \"%1\": a statement lies outside the text"_s.arg(a.file));
        a.statements.append(st);
    }
    for (const QJsonValue &w : o.value(u"warnings"_s).toArray())
        a.warnings.append(diagnosticFromJson(w));
    const QJsonObject evidence = o.value(u"evidence"_s).toObject();
    a.roundEvidence = evidenceFrom(evidence.value(u"round"_s), a.text.size());
    a.kindEvidence = evidenceFrom(evidence.value(u"kind"_s), a.text.size());
    a.datesEvidence = evidenceFrom(evidence.value(u"round_dates"_s), a.text.size());
    *article = a;
    return true;
}

namespace {

void writeRound(JsonTextWriter &w, int round)
{
    if (round != NoRound)
        w.integer(round);
    else
        w.null();
}

void writeDate(JsonTextWriter &w, const QDate &date)
{
    if (date.isValid())
        w.string(date.toString(Qt::ISODate));
    else
        w.null();
}

void writeStrings(JsonTextWriter &w, const QStringList &list)
{
    w.beginArray();
    for (const QString &s : list)
        w.string(s);
    w.endArray();
}

void writeDiagnostic(JsonTextWriter &w, const Diagnostic &d, const Describe &describe)
{
    w.beginObject();
    w.key("args"_L1);
    writeStrings(w, d.args);
    w.key("code"_L1);
    w.string(Diagnostic::codeId(d.code));
    if (describe) {
        w.key("message"_L1);
        w.string(describe(d));
    }
    w.endObject();
}

void writeEvidence(JsonTextWriter &w, const QList<Evidence> &list, qsizetype textSize)
{
    w.beginArray();
    for (const Evidence &e : list) {
        const bool inText = e.start >= 0 && e.end <= textSize;
        w.beginObject();
        if (inText) {
            w.key("end"_L1);
            w.integer(e.end);
        }
        w.key("reason"_L1);
        w.string(Evidence::reasonId(e.reason));
        w.key("round"_L1);
        writeRound(w, e.round);
        if (inText) {
            w.key("start"_L1);
            w.integer(e.start);
        }
        w.key("weight"_L1);
        w.integer(e.weight);
        w.endObject();
    }
    w.endArray();
}

void writeRoundDates(JsonTextWriter &w, const DateRange &dates)
{
    if (!dates.isValid()) {
        w.null();
        return;
    }
    w.beginObject();
    w.key("end"_L1);
    w.string(dates.end.toString(Qt::ISODate));
    w.key("from"_L1);
    w.string(dates.from == DateRange::Origin::Text ? u"text" : u"reference");
    w.key("start"_L1);
    w.string(dates.start.toString(Qt::ISODate));
    w.endObject();
}

void writeStatements(JsonTextWriter &w, const QList<Statement> &statements)
{
    w.beginArray();
    for (const Statement &s : statements) {
        w.beginObject();
        w.key("end"_L1);
        w.integer(s.end);
        w.key("round"_L1);
        writeRound(w, s.round);
        w.key("speaker"_L1);
        w.string(s.speaker);
        w.key("stance"_L1);
        w.string(stanceId(s.stance));
        w.key("start"_L1);
        w.integer(s.start);
        w.key("text"_L1);
        w.string(s.text);
        w.key("themes"_L1);
        writeStrings(w, s.themes);
        w.endObject();
    }
    w.endArray();
}

void writeThemeSpans(JsonTextWriter &w, const QList<ThemeSpan> &spans)
{
    w.beginArray();
    for (const ThemeSpan &s : spans) {
        w.beginObject();
        w.key("end"_L1);
        w.integer(s.end);
        w.key("start"_L1);
        w.integer(s.start);
        w.key("theme"_L1);
        w.string(s.theme);
        w.endObject();
    }
    w.endArray();
}

void writeAllEvidence(JsonTextWriter &w, const Article &a)
{
    w.beginObject();
    w.key("kind"_L1);
    writeEvidence(w, a.kindEvidence, a.text.size());
    w.key("round"_L1);
    writeEvidence(w, a.roundEvidence, a.text.size());
    w.key("round_dates"_L1);
    writeEvidence(w, a.datesEvidence, a.text.size());
    w.endObject();
}

void writeFailure(JsonTextWriter &w, const Article &a, const Describe &describe)
{
    w.key("error"_L1);
    writeDiagnostic(w, a.failure, describe);
    w.key("file"_L1);
    w.string(a.file);
    w.key("ok"_L1);
    w.boolean(false);
}

} // namespace

// The keys of toJson(Article), in QJsonObject's (sorted) order.
void writeJson(JsonTextWriter &w, const Article &a, const Describe &describe)
{
    w.beginObject();
    if (!a.ok) {
        writeFailure(w, a, describe);
        w.endObject();
        return;
    }
    w.key("encoding"_L1);
    w.string(a.encoding);
    w.key("evidence"_L1);
    writeAllEvidence(w, a);
    w.key("file"_L1);
    w.string(a.file);
    w.key("format"_L1);
    w.string(a.format);
    w.key("kind"_L1);
    w.string(articleKindId(a.kind));
    w.key("mentioned_rounds"_L1);
    w.beginArray();
    for (int r : a.mentionedRounds)
        w.integer(r);
    w.endArray();
    w.key("ok"_L1);
    w.boolean(true);
    w.key("outlet"_L1);
    w.stringOrNull(a.outlet);
    w.key("published"_L1);
    writeDate(w, a.published);
    w.key("round"_L1);
    writeRound(w, a.round);
    w.key("round_dates"_L1);
    writeRoundDates(w, a.roundDates);
    w.key("source"_L1);
    w.stringOrNull(a.source);
    w.key("statements"_L1);
    writeStatements(w, a.statements);
    w.key("text"_L1);
    w.string(a.text);
    w.key("theme_spans"_L1);
    writeThemeSpans(w, a.themeSpans);
    w.key("themes"_L1);
    writeStrings(w, a.themes);
    w.key("title"_L1);
    w.stringOrNull(a.title);
    w.key("url"_L1);
    w.stringOrNull(a.url);
    w.key("venue"_L1);
    w.stringOrNull(a.venue);
    w.key("warnings"_L1);
    w.beginArray();
    for (const Diagnostic &d : a.warnings)
        writeDiagnostic(w, d, describe);
    w.endArray();
    w.endObject();
}

QByteArray toJsonDocument(const QList<Article> &articles, const Describe &describe)
{
    return ArticleStreamWriter::written(articles, ArticleStreamWriter::Format::Json, describe);
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvHeader()
{
    const QStringList header {u"file"_s,
                              u"ok"_s,
                              u"error"_s,
                              u"encoding"_s,
                              u"format"_s,
                              u"title"_s,
                              u"source"_s,
                              u"published"_s,
                              u"round"_s,
                              u"kind"_s,
                              u"round_start"_s,
                              u"round_end"_s,
                              u"venue"_s,
                              u"article_themes"_s,
                              u"statement_round"_s,
                              u"speaker"_s,
                              u"stance"_s,
                              u"statement_themes"_s,
                              u"start"_s,
                              u"end"_s,
                              u"statement"_s,
                              u"warnings"_s};
    return header.join(u',') + u"\r\n"_s;
}

QString csvRows(const Article &a, const Describe &describe)
{
    const auto words = [&describe](const Diagnostic &d) { return describe ? describe(d) : d.debugString(); };
    const QStringList common {a.file,
                              a.ok ? u"true"_s : u"false"_s,
                              a.ok ? QString() : words(a.failure),
                              a.encoding,
                              a.format,
                              a.title,
                              a.source,
                              a.published.toString(Qt::ISODate),
                              a.round != NoRound ? QString::number(a.round) : QString(),
                              a.ok ? articleKindId(a.kind) : QString(),
                              a.roundDates.start.toString(Qt::ISODate),
                              a.roundDates.end.toString(Qt::ISODate),
                              a.venue,
                              a.themes.join(u' ')};
    QStringList warnings;
    for (const Diagnostic &w : a.warnings)
        warnings.append(words(w));
    const QString warningsColumn = warnings.join(u" | "_s);
    QString out;
    const auto emitRow = [&](const QStringList &statementColumns) {
        QStringList row = common + statementColumns;
        row.append(warningsColumn);
        for (QString &f : row)
            f = csvField(f);
        out += row.join(u',') + u"\r\n"_s;
    };
    if (a.statements.isEmpty())
        emitRow(QStringList(7));
    for (const Statement &s : a.statements) {
        emitRow({s.round != NoRound ? QString::number(s.round) : QString(), s.speaker, stanceId(s.stance),
                 s.themes.join(u' '), QString::number(s.start), QString::number(s.end), s.text});
    }
    return out;
}

QByteArray toCsv(const QList<Article> &articles, const Describe &describe)
{
    return ArticleStreamWriter::written(articles, ArticleStreamWriter::Format::Csv, describe);
}

} // namespace ArticleSerializer
