// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes through decoding and the whole analysis, as text and as HTML.
#include <cstddef>
#include <cstdint>

#include "articleanalyzer.h"
#include "referencedata.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ArticleAnalyzer analyzer(ReferenceData::builtIn());
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &name : {u"fuzz.txt"_s, u"fuzz.html"_s}) {
        const Article a = analyzer.analyzeBytes(bytes, name);
        // Offsets must always index the text the user sees.
        for (const Statement &s : a.statements) {
            if (s.start < 0 || s.end > a.text.size() || s.start > s.end)
                __builtin_trap();
        }
        for (const ThemeSpan &s : a.themeSpans) {
            if (s.start < 0 || s.end > a.text.size() || s.start >= s.end)
                __builtin_trap();
        }
    }
    return 0;
}
