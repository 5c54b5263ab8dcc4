// SPDX-License-Identifier: GPL-3.0-or-later
#include "arabicnormalizer.h"

#include <algorithm>
#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

namespace {

// Ranges whose code points can change under the rules. Everything else passes through
// unchanged, which the rules confirm: they only touch Arabic letters, marks, digits and
// compatibility forms.
struct Range
{
    char32_t first;
    char32_t last;
};
constexpr Range kRanges[] = {
    {0x00A0, 0x00FF}, // NBSP and Latin-1 compatibility characters
    {0x0300, 0x036F}, // combining marks that ride on Arabic in the wild
    {0x0600, 0x06FF}, // Arabic
    {0x0750, 0x077F}, // Arabic Supplement
    {0x08A0, 0x08FF}, // Arabic Extended-A
    {0x200B, 0x200F}, // zero-width characters and bidi marks
    {0x202A, 0x202E}, // bidi embeddings
    {0x2066, 0x2069}, // bidi isolates
    {0xFB50, 0xFDFF}, // Arabic Presentation Forms-A
    {0xFE70, 0xFEFF}, // Arabic Presentation Forms-B and BOM
    {0xFF10, 0xFF19}, // full-width digits
};

} // namespace

QString ArabicNormalizer::rules()
{
    // Applied after NFKC (see the constructor), so presentation forms and the lam-alef ligature
    // are plain letters by then. [:scx=Arab:] rather than [:sc=Arab:]: harakat have
    // Script=Inherited (see ICU notes).
    return uR"(
[[:Mn:]&[:scx=Arab:]] > ;
[\u0640 \u200B-\u200F \u202A-\u202E \u2066-\u2069 \uFEFF] > ;
\u00A0 > ' ' ;
[\u0622\u0623\u0625\u0671\u0672\u0673] > \u0627 ;
\u0624 > \u0648 ;
\u0626 > \u064A ;
\u0649 > \u064A ;
\u06CC > \u064A ;
\u06A9 > \u0643 ;
\u0629 > \u0647 ;
\u06C0 > \u0647 ;
\u0660 > 0 ; \u0661 > 1 ; \u0662 > 2 ; \u0663 > 3 ; \u0664 > 4 ;
\u0665 > 5 ; \u0666 > 6 ; \u0667 > 7 ; \u0668 > 8 ; \u0669 > 9 ;
\u06F0 > 0 ; \u06F1 > 1 ; \u06F2 > 2 ; \u06F3 > 3 ; \u06F4 > 4 ;
\u06F5 > 5 ; \u06F6 > 6 ; \u06F7 > 7 ; \u06F8 > 8 ; \u06F9 > 9 ;
\u066B > '.' ; \u066C > ',' ;
)"_s;
}

const ArabicNormalizer &ArabicNormalizer::instance()
{
    static const ArabicNormalizer normalizer;
    return normalizer;
}

ArabicNormalizer::ArabicNormalizer()
{
    const QString ruleText = rules();
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    std::unique_ptr<icu::Transliterator> translit(icu::Transliterator::createFromRules(
        icu::UnicodeString(u"masar-ar-fold"),
        icu::UnicodeString(reinterpret_cast<const UChar *>(ruleText.utf16()), int32_t(ruleText.size())),
        UTRANS_FORWARD, parseError, status));
    if (U_FAILURE(status) || !translit)
        qFatal("ArabicNormalizer: ICU rejected the folding rules (%s, line %d)", u_errorName(status),
               parseError.line);
    // NFKC through Normalizer2 rather than a "::NFKC;" rule: naming a transliterator by id makes
    // ICU build its whole registry of ~700 transliterators, some 40 ms at every start.
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status))
        qFatal("ArabicNormalizer: ICU has no NFKC data (%s)", u_errorName(status));

    m_index.assign(0x10000, 0);
    for (const Range &range : kRanges) {
        for (char32_t cp = range.first; cp <= range.last; ++cp) {
            if (!u_isdefined(UChar32(cp)))
                continue;
            icu::UnicodeString s;
            nfkc->normalize(icu::UnicodeString(UChar32(cp)), s, status);
            translit->transliterate(s);
            const QString out = QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
            if (out != QString::fromUcs4(&cp, 1)) {
                m_replacements.append({out, u_charType(UChar32(cp)) == U_NON_SPACING_MARK});
                m_index[cp] = quint16(m_replacements.size());
            }
        }
    }
    // Combining marks from other scripts (e.g. U+0654 hamza above is Arabic, but a stray U+0301)
    // are left alone: they do not occur in Arabic news and removing them would hide real text.
}

NormalizedText ArabicNormalizer::normalize(const QString &original) const
{
    NormalizedText result;
    const qsizetype n = original.size();
    result.originalLength = int(n);
    // Written through pointers: appending to three containers per unit was most of the cost. The
    // output is no longer than the input unless a ligature expands, so it grows only then.
    qsizetype capacity = n;
    QChar *text = nullptr;
    int *from = nullptr;
    int *to = nullptr;
    const auto resize = [&](qsizetype size) {
        result.text.resize(size);
        result.from.resize(size);
        result.to.resize(size);
        text = result.text.data();
        from = result.from.data();
        to = result.to.data();
    };
    resize(capacity);
    const QChar *in = original.constData();
    qsizetype out = 0;
    for (qsizetype i = 0; i < n;) {
        const char16_t u = in[i].unicode();
        const quint16 index = m_index[u];
        const int start = int(i);
        if (index == 0) {
            // Kept; a surrogate pair is kept whole, both units mapping to the pair.
            const qsizetype len
                = (QChar::isHighSurrogate(u) && i + 1 < n && in[i + 1].isLowSurrogate()) ? 2 : 1;
            const int end = int(i + len);
            // An earlier ligature may have pushed the output past the input's length.
            if (out + len > capacity) {
                capacity = std::max(capacity * 2, out + len);
                resize(capacity);
            }
            for (qsizetype k = 0; k < len; ++k) {
                text[out] = in[i + k];
                from[out] = start;
                to[out] = end;
                ++out;
            }
            i += len;
            continue;
        }
        const Replacement &replacement = m_replacements.at(index - 1);
        const int end = start + 1;
        if (replacement.text.isEmpty()) {
            // A removed combining mark belongs to the letter before it: a span ending at that
            // letter must cover its marks, or a highlight would split the grapheme.
            if (out > 0 && replacement.nonSpacingMark && to[out - 1] == start)
                to[out - 1] = end;
        } else {
            if (out + replacement.text.size() > capacity) {
                capacity = std::max(capacity * 2, out + replacement.text.size());
                resize(capacity);
            }
            for (const QChar c : replacement.text) {
                text[out] = c;
                from[out] = start;
                to[out] = end;
                ++out;
            }
        }
        ++i;
    }
    resize(out);
    return result;
}

QString ArabicNormalizer::normalized(const QString &original) const
{
    return normalize(original).text;
}
