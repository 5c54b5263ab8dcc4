// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontextwriter.h"

JsonTextWriter::JsonTextWriter(QByteArray *out, Layout layout)
    : m_out(out)
    , m_compact(layout == Layout::Compact)
{
}

void JsonTextWriter::indent(qsizetype level)
{
    if (!m_compact)
        m_out->append(4 * level, ' ');
}

// A value in an array starts its own line; after a key it follows on the key's line.
void JsonTextWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_out->append(m_compact ? "," : ",\n");
    level.empty = false;
    indent(m_levels.size());
}

void JsonTextWriter::open(char bracket)
{
    beforeValue();
    m_out->append(bracket);
    if (!m_compact)
        m_out->append('\n');
    m_levels.append(Level {});
}

void JsonTextWriter::close(char bracket)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    if (!m_levels.last().empty && !m_compact)
        m_out->append('\n');
    m_levels.removeLast();
    indent(m_levels.size());
    m_out->append(bracket);
}

void JsonTextWriter::beginObject()
{
    open('{');
}

void JsonTextWriter::endObject()
{
    close('}');
}

void JsonTextWriter::beginArray()
{
    open('[');
}

void JsonTextWriter::endArray()
{
    close(']');
}

void JsonTextWriter::key(QLatin1StringView name)
{
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
#ifndef QT_NO_DEBUG
    QByteArray &last = m_levels.last().lastKey;
    Q_ASSERT_X(last.isEmpty() || last < QByteArrayView(name), "JsonTextWriter::key", "keys out of order");
    last = QByteArray(name.data(), name.size());
#endif
    beforeValue();
    m_out->append('"');
    m_out->append(name.data(), name.size());
    m_out->append(m_compact ? "\":" : "\": ");
    m_afterKey = true;
}

void JsonTextWriter::string(QStringView value)
{
    beforeValue();
    m_out->append('"');
    appendEscaped(m_out, value);
    m_out->append('"');
}

void JsonTextWriter::integer(qint64 value)
{
    beforeValue();
    m_out->append(QByteArray::number(value));
}

void JsonTextWriter::boolean(bool value)
{
    beforeValue();
    m_out->append(value ? "true" : "false");
}

void JsonTextWriter::null()
{
    beforeValue();
    m_out->append("null");
}

void JsonTextWriter::stringOrNull(QStringView value)
{
    if (value.isEmpty())
        null();
    else
        string(value);
}

namespace {

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

char *writeUnicodeEscape(char *cursor, char16_t u)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    *cursor++ = hexDigit(u >> 12);
    *cursor++ = hexDigit((u >> 8) & 0xf);
    *cursor++ = hexDigit((u >> 4) & 0xf);
    *cursor++ = hexDigit(u & 0xf);
    return cursor;
}

char *writeAsciiEscaped(char *cursor, char16_t u)
{
    char letter = 0;
    switch (u) {
    case u'"':
        letter = '"';
        break;
    case u'\\':
        letter = '\\';
        break;
    case u'\b':
        letter = 'b';
        break;
    case u'\f':
        letter = 'f';
        break;
    case u'\n':
        letter = 'n';
        break;
    case u'\r':
        letter = 'r';
        break;
    case u'\t':
        letter = 't';
        break;
    default:
        return writeUnicodeEscape(cursor, u);
    }
    *cursor++ = '\\';
    *cursor++ = letter;
    return cursor;
}

char *writeUtf8(char *cursor, char32_t c)
{
    if (c < 0x800) {
        *cursor++ = char(0xc0 | (c >> 6));
    } else if (c < 0x10000) {
        *cursor++ = char(0xe0 | (c >> 12));
        *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
    } else {
        *cursor++ = char(0xf0 | (c >> 18));
        *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
        *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
    }
    *cursor++ = char(0x80 | (c & 0x3f));
    return cursor;
}

} // namespace

void JsonTextWriter::appendEscaped(QByteArray *out, QStringView value)
{
    // Six bytes is the most one UTF-16 unit can take (an escape); the rest is cut off after.
    const qsizetype before = out->size();
    out->resize(before + 6 * value.size());
    char *const begin = out->data() + before;
    char *cursor = begin;
    const char16_t *p = value.utf16();
    const char16_t *const end = p + value.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u < 0x20 || u == u'"' || u == u'\\')
                cursor = writeAsciiEscaped(cursor, u);
            else
                *cursor++ = char(u);
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            cursor = writeUtf8(cursor, QChar::surrogateToUcs4(u, *p++));
        } else if (QChar::isSurrogate(u)) {
            cursor = writeUnicodeEscape(cursor, u);
        } else {
            cursor = writeUtf8(cursor, u);
        }
    }
    out->truncate(before + (cursor - begin));
}
