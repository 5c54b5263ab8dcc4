// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestreamwriter.h"

#include <QBuffer>
#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

ArticleStreamWriter::ArticleStreamWriter(QIODevice *device, Format format,
                                         ArticleSerializer::Describe describe)
    : m_device(device)
    , m_format(format)
    , m_describe(std::move(describe))
{
}

void ArticleStreamWriter::begin()
{
    switch (m_format) {
    case Format::Json:
        m_document.emplace(&m_buffer);
        m_document->beginObject();
        m_document->key("articles"_L1);
        m_document->beginArray();
        break;
    case Format::JsonLines:
        break;
    case Format::Csv:
        m_buffer = ArticleSerializer::csvHeader().toUtf8();
        break;
    }
    flush();
}

void ArticleStreamWriter::write(const Article &article)
{
    switch (m_format) {
    case Format::Json:
        ArticleSerializer::writeJson(*m_document, article, m_describe);
        break;
    case Format::JsonLines: {
        JsonTextWriter line(&m_buffer, JsonTextWriter::Layout::Compact);
        ArticleSerializer::writeJson(line, article, m_describe);
        m_buffer.append('\n');
        break;
    }
    case Format::Csv:
        m_buffer = ArticleSerializer::csvRows(article, m_describe).toUtf8();
        break;
    }
    flush();
}

void ArticleStreamWriter::end()
{
    if (m_format == Format::Json) {
        m_document->endArray();
        m_document->key("tool"_L1);
        m_document->string(u"masar");
        m_document->key("version"_L1);
        m_document->string(QStringLiteral(MASAR_VERSION));
        m_document->endObject();
        m_buffer.append('\n');
        m_document.reset();
    }
    flush();
}

QByteArray ArticleStreamWriter::written(const QList<Article> &articles, Format format,
                                        const ArticleSerializer::Describe &describe)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    ArticleStreamWriter writer(&buffer, format, describe);
    writer.begin();
    for (const Article &a : articles)
        writer.write(a);
    writer.end();
    return out;
}

void ArticleStreamWriter::flush()
{
    if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size())
        m_ok = false;
    m_buffer.clear();
}
