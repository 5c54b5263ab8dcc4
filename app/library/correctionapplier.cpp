// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctionapplier.h"

#include "referencedata.h"

CorrectionApplier::CorrectionApplier(const ReferenceData &reference)
    : m_reference(reference)
{
}

void CorrectionApplier::apply(Article *article, const QString &fingerprint,
                              const QList<Correction> &corrections) const
{
    for (const Correction &c : corrections) {
        if (c.article != fingerprint)
            continue;
        switch (c.field) {
        case Correction::Field::MainRound:
            applyRound(article, c.value.toInt());
            break;
        case Correction::Field::Kind: {
            bool ok = false;
            const ArticleKind kind = articleKindFromId(c.value, &ok);
            if (!ok)
                break;
            if (kind != article->kind) {
                article->corrections.append(
                    Diagnostic {Diagnostic::Code::KindCorrected, {c.value, articleKindId(article->kind)}});
            }
            article->kind = kind;
            break;
        }
        case Correction::Field::StatementTheme:
            applyStatementTheme(article, c);
            break;
        case Correction::Field::PointSplit:
        case Correction::Field::PointMerge:
            break; // how statements group into points, not the article: PointGrouper applies them
        }
    }
}

void CorrectionApplier::applyRound(Article *article, int round) const
{
    const int old = article->round;
    if (round == old)
        return;
    // The statements the analysis gave to the old main round follow the article to its new round.
    for (Statement &s : article->statements) {
        if (s.round == old)
            s.round = round;
    }
    article->round = round;
    article->mentionedRounds.removeAll(round);
    if (const RoundInfo *info = round != NoRound ? m_reference.round(round) : nullptr)
        article->roundDates = DateRange {info->start, info->end, DateRange::Origin::Reference};
    else
        article->roundDates = DateRange {};
    article->corrections.append(
        old != NoRound
            ? Diagnostic {Diagnostic::Code::RoundCorrected, {QString::number(round), QString::number(old)}}
            : Diagnostic {Diagnostic::Code::RoundSet, {QString::number(round)}});
}

void CorrectionApplier::applyStatementTheme(Article *article, const Correction &c) const
{
    for (Statement &s : article->statements) {
        if (s.start != c.statementStart || s.end != c.statementEnd)
            continue;
        const bool add = c.value == u"add";
        if (add && !s.themes.contains(c.theme)) {
            s.themes.append(c.theme);
            s.corrections.append(Diagnostic {Diagnostic::Code::ThemeAdded, {c.theme}});
            if (!article->themes.contains(c.theme))
                article->themes.append(c.theme);
        } else if (!add && s.themes.contains(c.theme)) {
            s.themes.removeAll(c.theme);
            s.corrections.append(Diagnostic {Diagnostic::Code::ThemeRemoved, {c.theme}});
        }
        return;
    }
}
