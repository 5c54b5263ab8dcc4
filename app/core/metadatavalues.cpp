// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatavalues.h"

#include <optional>
#include <tuple>

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include "htmlhints.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MaxAddressLength = 2048;
constexpr qsizetype MaxDateLength = 64;
constexpr int MaxSiteNameWords = 5;

QString asciiDigits(QString s)
{
    for (QChar &c : s) {
        if (c >= QChar(0x0660) && c <= QChar(0x0669))
            c = QChar(u'0' + (c.unicode() - 0x0660));
        else if (c >= QChar(0x06F0) && c <= QChar(0x06F9))
            c = QChar(u'0' + (c.unicode() - 0x06F0));
    }
    return s;
}

QDate dateIn(int year, int month, int day, int firstYear, int lastYear)
{
    if (year < firstYear || year > lastYear)
        return {};
    return QDate(year, month, day);
}

QDate numericDate(const QString &v)
{
    static const QRegularExpression yearFirst(uR"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"_s);
    static const QRegularExpression compact(uR"(^(\d{4})(\d{2})(\d{2})(?!\d))"_s);
    static const QRegularExpression yearLast(uR"(^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d))"_s);
    for (const QRegularExpression *re : {&yearFirst, &compact}) {
        const QRegularExpressionMatch m = re->match(v);
        if (m.hasMatch())
            return dateIn(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), 1990, 2100);
    }
    const QRegularExpressionMatch m = yearLast.match(v);
    if (!m.hasMatch())
        return {};
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    const int year = m.captured(3).toInt();
    if (a > 12 && b <= 12)
        return dateIn(year, b, a, 1990, 2100); // 25/01/2017
    if (b > 12 && a <= 12)
        return dateIn(year, a, b, 1990, 2100); // 01/25/2017
    return {}; // 03/04/2017: either way round
}

QDate wordedDate(const QString &v)
{
    const QDateTime rfc = QDateTime::fromString(v, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.date();
    const QLocale c = QLocale::c();
    for (const QString &format : {u"d MMMM yyyy"_s, u"MMMM d, yyyy"_s, u"d MMM yyyy"_s, u"MMM d, yyyy"_s,
                                  u"dddd, MMMM d, yyyy"_s, u"ddd, d MMM yyyy"_s}) {
        const QDate d = c.toDate(v, format);
        if (d.isValid())
            return dateIn(d.year(), d.month(), d.day(), 1990, 2100);
    }
    return {};
}

// "january-27,-2024" or "27-jan-2024" in a slug: with the month named, nothing is ambiguous.
QDate namedMonthInPath(const QString &path)
{
    // Whole names or the usual abbreviations, so that "mayor-12-2024" is no date.
    static const QString names = u"(january|february|march|april|may|june|july|august|september|october|"
                                 "november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"_s;
    static const QRegularExpression monthFirst(u"(?<![a-z])"_s + names
                                                   + uR"([-_.](\d{1,2}),?[-_.](\d{4})(?!\d))"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(uR"((?<!\d)(\d{1,2})[-_.])"_s + names
                                                 + uR"([-_.](\d{4})(?!\d))"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QStringList months {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                     u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    for (const auto &[re, monthGroup, dayGroup] :
         {std::tuple {&monthFirst, 1, 2}, std::tuple {&dayFirst, 2, 1}}) {
        const QRegularExpressionMatch m = re->match(path);
        if (!m.hasMatch())
            continue;
        const int month = int(months.indexOf(m.captured(monthGroup).toLower().left(3))) + 1;
        const QDate d = dateIn(m.captured(3).toInt(), month, m.captured(dayGroup).toInt(), 2000, 2099);
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace

QDate MetadataValues::parseDate(const QString &value)
{
    if (value.size() > MaxDateLength)
        return {};
    const QString v = asciiDigits(value.trimmed());
    if (v.isEmpty())
        return {};
    if (v.front().isDigit()) {
        const QDate d = numericDate(v);
        if (d.isValid())
            return d;
    }
    return wordedDate(v);
}

QDate MetadataValues::dateInUrl(const QString &url)
{
    if (url.isEmpty() || url.size() > MaxAddressLength)
        return {};
    const QString path = asciiDigits(QUrl(url).path(QUrl::FullyDecoded));
    static const QRegularExpression slashes(uR"(/(\d{4})/(\d{1,2})/(\d{1,2})(?=$|[/_.-]))"_s);
    static const QRegularExpression separated(uR"((?<!\d)(\d{4})([-_.])(\d{1,2})\2(\d{1,2})(?!\d))"_s);
    static const QRegularExpression compact(uR"((?:^|[/_.-])(\d{4})(\d{2})(\d{2})(?=$|[/_.-]))"_s);
    struct Pattern
    {
        const QRegularExpression *re;
        int year, month, day;
    };
    if (const QDate named = namedMonthInPath(path); named.isValid())
        return named;
    for (const Pattern &p :
         {Pattern {&slashes, 1, 2, 3}, Pattern {&separated, 1, 3, 4}, Pattern {&compact, 1, 2, 3}}) {
        QRegularExpressionMatchIterator it = p.re->globalMatch(path);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QDate d = dateIn(m.captured(p.year).toInt(), m.captured(p.month).toInt(),
                                   m.captured(p.day).toInt(), 2000, 2099);
            if (d.isValid())
                return d;
        }
    }
    return {};
}

QString MetadataValues::webAddress(const QString &href, const QString &base)
{
    QString h = href.trimmed();
    if (h.isEmpty() || h.size() > MaxAddressLength)
        return {};
    QUrl url(h, QUrl::TolerantMode);
    if (url.isRelative()) {
        const QUrl b(base, QUrl::TolerantMode);
        if (!base.isEmpty() && b.isValid() && !b.isRelative())
            url = b.resolved(url);
        else if (h.startsWith(u"//"_s))
            url = QUrl(u"https:"_s + h, QUrl::TolerantMode);
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return {};
    url.setFragment({});
    const QString out = url.toString(QUrl::FullyEncoded);
    return out.size() <= MaxAddressLength ? out : QString();
}

QString MetadataValues::savedFromAddress(const QString &comment)
{
    static const QRegularExpression savedFrom(uR"(saved from url=\((\d{1,5})\)(\S+))"_s);
    const QRegularExpressionMatch m = savedFrom.match(comment);
    if (!m.hasMatch())
        return {};
    // The number is the address's length; what follows it on the line is not part of it.
    const qsizetype length = m.captured(1).toInt();
    const QString address = m.captured(2);
    return webAddress(length > 0 && length < address.size() ? address.left(length) : address);
}

MetadataValues::TitleParts MetadataValues::splitSiteName(const QString &title, const QString &outlet,
                                                         const QString &pageHeadline,
                                                         const QStringList &separators)
{
    const QString t = title.simplified();
    if (!HtmlHints::builtIn().mayHaveTitleSeparator(t) && !separators.isEmpty()
        && separators == HtmlHints::builtIn().titleSeparators())
        return {t, {}};
    // Folding costs more than the rest: only for titles that have a separator, and once.
    std::optional<QString> foldedOutlet;
    std::optional<QString> foldedHeadline;
    auto isOutlet = [&](const QString &part) {
        if (outlet.isEmpty())
            return false;
        if (!foldedOutlet)
            foldedOutlet = HtmlHints::fold(outlet);
        const QString f = HtmlHints::fold(part);
        return !f.isEmpty() && !foldedOutlet->isEmpty() && f.contains(*foldedOutlet);
    };
    auto isInHeadline = [&](const QString &part) {
        if (pageHeadline.isEmpty())
            return false;
        if (!foldedHeadline)
            foldedHeadline = HtmlHints::fold(pageHeadline);
        return foldedHeadline->contains(HtmlHints::fold(part));
    };
    // The headline as the page shows it, with the site's name before or after it.
    for (const QString &separator : separators) {
        if (pageHeadline.isEmpty())
            break;
        const QStringView v(t);
        const qsizetype h = pageHeadline.size();
        if (v.startsWith(pageHeadline) && v.sliced(h).startsWith(separator))
            return {pageHeadline, t.mid(h + separator.size()).trimmed()};
        if (v.endsWith(pageHeadline) && v.first(v.size() - h).endsWith(separator))
            return {pageHeadline, t.left(t.size() - h - separator.size()).trimmed()};
    }
    for (const QString &separator : separators) {
        const qsizetype last = t.lastIndexOf(separator);
        if (last > 0) {
            const QString head = t.left(last).trimmed();
            const QString tail = t.mid(last + separator.size()).trimmed();
            const bool shortTail = tail.count(u' ') + 1 <= MaxSiteNameWords && head.size() >= 2 * tail.size();
            if (!tail.isEmpty() && !head.isEmpty() && (isOutlet(tail) || (shortTail && !isInHeadline(tail))))
                return {head, tail};
        }
        const qsizetype first = t.indexOf(separator);
        if (first > 0) {
            const QString head = t.left(first).trimmed();
            const QString rest = t.mid(first + separator.size()).trimmed();
            if (!rest.isEmpty() && isOutlet(head))
                return {rest, head};
        }
    }
    return {t, {}};
}
