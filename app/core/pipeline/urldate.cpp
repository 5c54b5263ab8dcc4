// SPDX-License-Identifier: GPL-3.0-or-later
#include "urldate.h"

#include <QRegularExpression>
#include <QUrl>

namespace UrlDate {

QDate fromUrl(const QString &url)
{
    // Percent-encoded Arabic slugs hold no digits of their own; decoding them keeps the
    // patterns simple.
    const QString path = QUrl(url).path(QUrl::FullyDecoded);
    static const QRegularExpression slashed(
        QStringLiteral("/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?:/|$|[^\\d])"));
    static const QRegularExpression dashed(
        QStringLiteral("(?:^|[^\\d])((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})(?:[^\\d]|$)"));
    for (const QRegularExpression *re : {&slashed, &dashed}) {
        const QRegularExpressionMatch m = re->match(path);
        if (!m.hasMatch())
            continue;
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace UrlDate
