// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

// Writes JSON text in the layout of QJsonDocument::Indented (four spaces a level, `"key": value`,
// a container's brackets on lines of their own), straight from the values. Building a QJsonObject
// per article and then serialising it cost more than analysing the article, and `masar analyze`
// output must not change with the writer, so the layout is Qt's to the byte.
//
// Compact is QJsonDocument::Compact's layout (no white space at all), for one article per line.
//
// Keys are written in the order given. QJsonObject keeps its keys sorted, so callers give them in
// sorted order; debug builds assert it.
class JsonTextWriter
{
public:
    enum class Layout
    {
        Indented,
        Compact,
    };

    explicit JsonTextWriter(QByteArray *out, Layout layout = Layout::Indented);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);

    void string(QStringView value);
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    // The contract's optional strings and rounds: null when absent.
    void stringOrNull(QStringView value);

    // JSON string escaping as Qt does it: UTF-8, `\uXXXX` (lower-case hex) for control characters
    // without a short form and for unpaired surrogates, '/' left alone.
    static void appendEscaped(QByteArray *out, QStringView value);

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void indent(qsizetype level);

    struct Level
    {
        bool empty = true;
#ifndef QT_NO_DEBUG
        QByteArray lastKey;
#endif
    };
    QByteArray *m_out;
    bool m_compact = false;
    QVarLengthArray<Level, 8> m_levels;
    bool m_afterKey = false;
};
