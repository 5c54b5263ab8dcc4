// SPDX-License-Identifier: GPL-3.0-or-later
#include "biditext.h"

QString BidiText::isolate(const QString &piece)
{
    if (piece.isEmpty())
        return piece;
    return QChar(FirstStrongIsolate) + piece + QChar(PopDirectionalIsolate);
}

QString BidiText::isolateLtr(const QString &piece)
{
    if (piece.isEmpty())
        return piece;
    return QChar(LeftToRightIsolate) + piece + QChar(PopDirectionalIsolate);
}

QString BidiText::stripped(QString text)
{
    text.remove(QChar(FirstStrongIsolate));
    text.remove(QChar(LeftToRightIsolate));
    text.remove(QChar(PopDirectionalIsolate));
    return text;
}
