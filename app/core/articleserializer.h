// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "article.h"

class JsonTextWriter;

// The `masar analyze` contract (DESIGN.md): one JSON object per run, or CSV with one row per
// statement (articles without statements get one row with empty statement columns).
namespace ArticleSerializer {

// Words for a diagnostic, given by the caller that knows the language (the CLI). Without it the
// output holds codes and arguments only, as the library stores them.
using Describe = std::function<QString(const Diagnostic &)>;

// Diagnostics as {"code": id, "args": […]} (plus "message" when described).
QJsonObject toJson(const Diagnostic &diagnostic, const Describe &describe = {});
// Also reads the plain strings that versions before codes wrote (as Code::Legacy).
Diagnostic diagnosticFromJson(const QJsonValue &value);

QJsonObject toJson(const Article &article, const Describe &describe = {});
// The inverse of toJson, for articles stored as JSON. False (and *error set) when `object` is not
// an article of the contract; unknown keys are ignored so that newer files still load.
bool fromJson(const QJsonObject &object, Article *article, QString *error = nullptr);
// toJson(article) written as text, byte for byte as QJsonDocument::Indented lays it out, without
// building the object: what `masar analyze` writes.
void writeJson(JsonTextWriter &writer, const Article &article, const Describe &describe = {});
QByteArray toJsonDocument(const QList<Article> &articles, const Describe &describe = {});
QByteArray toCsv(const QList<Article> &articles, const Describe &describe = {});
// The CSV's header line and one article's rows (CRLF line ends), for writing as they come.
QString csvHeader();
QString csvRows(const Article &article, const Describe &describe = {});
// RFC 4180 field quoting.
QString csvField(const QString &value);

} // namespace ArticleSerializer
