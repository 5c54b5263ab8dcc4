// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>

#include "articleserializer.h"
#include "jsontextwriter.h"

class QIODevice;

// Writes `masar analyze` output one article at a time, so that nothing but the article being
// written is held: the JSON document (the same bytes as ArticleSerializer::toJsonDocument), JSON
// Lines (one compact article object per line) or CSV (the same bytes as toCsv). Each write()
// reaches the device before it returns.
class ArticleStreamWriter
{
public:
    enum class Format
    {
        Json,
        JsonLines,
        Csv,
    };

    ArticleStreamWriter(QIODevice *device, Format format, ArticleSerializer::Describe describe = {});

    // The format's opening (the JSON document's head, the CSV header), then articles, then end().
    void begin();
    void write(const Article &article);
    void end();

    // The whole output for `articles` at once (toJsonDocument, toCsv and the tests).
    static QByteArray written(const QList<Article> &articles, Format format,
                              const ArticleSerializer::Describe &describe = {});

    // False once a write to the device failed (a full disk, a closed pipe).
    bool ok() const { return m_ok; }

private:
    void flush();

    QIODevice *m_device;
    Format m_format;
    ArticleSerializer::Describe m_describe;
    QByteArray m_buffer;
    // The document's writer lives from begin() to end(): it knows how deep it is.
    std::optional<JsonTextWriter> m_document;
    bool m_ok = true;
};
