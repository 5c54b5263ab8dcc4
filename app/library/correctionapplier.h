// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "article.h"
#include "correction.h"

class ReferenceData;

// Lays the user's corrections over an analysed article: a correction wins over the analysis, and
// each one leaves a code in Article::corrections (or Statement::corrections) so that it is shown
// as a correction, in whatever language the window has then. Corrections of statements that the
// analysis no longer finds are skipped.
class CorrectionApplier
{
public:
    explicit CorrectionApplier(const ReferenceData &reference);

    // Applies the corrections whose article is `fingerprint`.
    void apply(Article *article, const QString &fingerprint, const QList<Correction> &corrections) const;

private:
    void applyRound(Article *article, int round) const;
    void applyStatementTheme(Article *article, const Correction &c) const;

    const ReferenceData &m_reference;
};
