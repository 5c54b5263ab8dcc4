// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "articleserializer.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString correctionsText(const Diagnostics &corrections, const StatementExporter::Describe &describe)
{
    QStringList words;
    for (const Diagnostic &c : corrections)
        words.append(describe ? describe(c) : c.debugString());
    return words.join(u" | "_s);
}

QJsonArray correctionsJson(const Diagnostics &corrections, const StatementExporter::Describe &describe)
{
    QJsonArray list;
    for (const Diagnostic &c : corrections)
        list.append(ArticleSerializer::toJson(c, describe));
    return list;
}

} // namespace

QStringList StatementExporter::csvHeader()
{
    return {u"round"_s,  u"round_start"_s, u"round_end"_s, u"published"_s,  u"speaker"_s,
            u"stance"_s, u"themes"_s,      u"title"_s,     u"source"_s,     u"file"_s,
            u"start"_s,  u"end"_s,         u"statement"_s, u"corrections"_s};
}

QByteArray StatementExporter::toCsv(const QList<StatementRow> &rows, const Describe &describe)
{
    QString out = csvHeader().join(u',') + u"\r\n"_s;
    for (const StatementRow &r : rows) {
        QStringList fields {QString::number(r.round),
                            iso(r.roundStart),
                            iso(r.roundEnd),
                            iso(r.published),
                            r.speaker,
                            r.stance,
                            r.themes.join(u' '),
                            r.articleTitle,
                            r.source,
                            r.file,
                            QString::number(r.start),
                            QString::number(r.end),
                            r.text,
                            correctionsText(r.corrections, describe)};
        for (QString &f : fields)
            f = ArticleSerializer::csvField(f);
        out += fields.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray StatementExporter::toJson(const QList<StatementRow> &rows, const Describe &describe)
{
    QJsonArray list;
    for (const StatementRow &r : rows) {
        list.append(QJsonObject {{u"round"_s, r.round},
                                 {u"round_start"_s, isoOrNull(r.roundStart)},
                                 {u"round_end"_s, isoOrNull(r.roundEnd)},
                                 {u"published"_s, isoOrNull(r.published)},
                                 {u"speaker"_s, r.speaker},
                                 {u"stance"_s, r.stance},
                                 {u"themes"_s, QJsonArray::fromStringList(r.themes)},
                                 {u"title"_s, r.articleTitle},
                                 {u"source"_s, r.source},
                                 {u"file"_s, r.file},
                                 {u"start"_s, r.start},
                                 {u"end"_s, r.end},
                                 {u"text"_s, r.text},
                                 {u"corrections"_s, correctionsJson(r.corrections, describe)}});
    }
    const QJsonObject root {
        {u"tool"_s, u"masar"_s}, {u"version"_s, QStringLiteral(MASAR_VERSION)}, {u"statements"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool StatementExporter::write(const QString &path, Format format, const QList<StatementRow> &rows,
                              const Describe &describe, Diagnostic *error)
{
    QSaveFile file(path);
    const QByteArray bytes = format == Format::Csv ? toCsv(rows, describe) : toJson(rows, describe);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Diagnostic {Diagnostic::Code::CannotWriteFile, {path, file.errorString()}};
        return false;
    }
    return true;
}
