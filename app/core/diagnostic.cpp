// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <array>
#include <utility>

namespace {

using Code = Diagnostic::Code;

// In the order of the enum; the ids are part of the JSON contract (docs/analyze.md).
constexpr std::array<std::pair<Code, const char *>, size_t(Code::Legacy) + 1> Ids {{
    {Code::FileEmpty, "file_empty"},
    {Code::FileOnlyWhiteSpace, "file_only_white_space"},
    {Code::PageWithoutText, "page_without_text"},
    {Code::FileBinary, "file_binary"},
    {Code::FileNulBytes, "file_nul_bytes"},
    {Code::FileControlBytes, "file_control_bytes"},
    {Code::FileTooLarge, "file_too_large"},
    {Code::EncodingUnrecognised, "encoding_unrecognised"},
    {Code::FileIsFolder, "file_is_folder"},
    {Code::FileMissing, "file_missing"},
    {Code::FileCannotOpen, "file_cannot_open"},
    {Code::FileCannotRead, "file_cannot_read"},
    {Code::EncodingGuessed, "encoding_guessed"},
    {Code::DeclaredEncodingUnknown, "declared_encoding_unknown"},
    {Code::DeclaredEncodingWithoutBom, "declared_encoding_without_bom"},
    {Code::DeclaredEncodingButUtf8, "declared_encoding_but_utf8"},
    {Code::DeclaredEncodingContradicted, "declared_encoding_contradicted"},
    {Code::DeclaredEncodingInvalid, "declared_encoding_invalid"},
    {Code::EncodingLowConfidence, "encoding_low_confidence"},
    {Code::InvalidBytesReplaced, "invalid_bytes_replaced"},
    {Code::TruncatedCharacter, "truncated_character"},
    {Code::PageDateMismatch, "page_date_mismatch"},
    {Code::RoundDatesDiffer, "round_dates_differ"},
    {Code::VenueNameOfAnotherTime, "venue_name_of_another_time"},
    {Code::HeadlineBodyDisagree, "headline_body_disagree"},
    {Code::TwoNumbersForOneRound, "two_numbers_for_one_round"},
    {Code::NumberingDateDisagree, "numbering_date_disagree"},
    {Code::NotAboutTalks, "not_about_talks"},
    {Code::RoundInferred, "round_inferred"},
    {Code::MetadataDateConflict, "metadata_date_conflict"},
    {Code::NoMainContent, "no_main_content"},
    {Code::KindCorrected, "kind_corrected"},
    {Code::RoundCorrected, "round_corrected"},
    {Code::RoundSet, "round_set"},
    {Code::ThemeAdded, "theme_added"},
    {Code::ThemeRemoved, "theme_removed"},
    {Code::LibraryCannotCreateFolder, "library_cannot_create_folder"},
    {Code::LibraryCannotOpen, "library_cannot_open"},
    {Code::LibraryNoWal, "library_no_wal"},
    {Code::LibraryIntegrityFailed, "library_integrity_failed"},
    {Code::LibraryNewerSchema, "library_newer_schema"},
    {Code::LibraryMovedAside, "library_moved_aside"},
    {Code::LibraryDamagedNotMoved, "library_damaged_not_moved"},
    {Code::StoreFailed, "store_failed"},
    {Code::ArticleNotStored, "article_not_stored"},
    {Code::ArticleUnreadable, "article_unreadable"},
    {Code::CannotWriteFile, "cannot_write_file"},
    {Code::Legacy, "legacy"},
}};
constexpr bool inEnumOrder()
{
    for (size_t i = 0; i < Ids.size(); ++i) {
        if (size_t(Ids[i].first) != i || Ids[i].second == nullptr)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "every code has an id, in the order of the enum");

} // namespace

QString Diagnostic::codeId(Code code)
{
    return QString::fromLatin1(Ids[size_t(code)].second);
}

bool Diagnostic::codeFromId(const QString &id, Code *code)
{
    for (const auto &[c, name] : Ids) {
        if (id == QLatin1StringView(name)) {
            *code = c;
            return true;
        }
    }
    return false;
}

Diagnostic Diagnostic::withReason(Code code, QStringList args, const Diagnostic &reason)
{
    args.append(codeId(reason.code));
    args.append(reason.args);
    return Diagnostic {code, args};
}

Diagnostic Diagnostic::reasonAt(int index) const
{
    Diagnostic reason;
    if (!codeFromId(args.value(index), &reason.code))
        return Diagnostic {Code::Legacy, {args.mid(index).join(u", ")}};
    reason.args = args.mid(index + 1);
    return reason;
}

QString Diagnostic::debugString() const
{
    return codeId(code) + u'(' + args.join(u", ") + u')';
}
