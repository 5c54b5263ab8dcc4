// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "article.h"

// The `masar analyze` contract (DESIGN.md): one JSON object per run, or CSV with one row per
// statement (articles without statements get one row with empty statement columns).
namespace ArticleSerializer {

QJsonObject toJson(const Article &article);
// The inverse of toJson, for articles stored as JSON. False (and *error set) when `object` is not
// an article of the contract; unknown keys are ignored so that newer files still load.
bool fromJson(const QJsonObject &object, Article *article, QString *error = nullptr);
QByteArray toJsonDocument(const QList<Article> &articles);
QByteArray toCsv(const QList<Article> &articles);
// RFC 4180 field quoting.
QString csvField(const QString &value);

} // namespace ArticleSerializer
