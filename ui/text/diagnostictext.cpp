// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostictext.h"

#include <QDate>
#include <QDir>

#include "daterangeformatter.h"
#include "displaynames.h"
#include "referencedata.h"

using Code = Diagnostic::Code;

namespace {

QString arg(const Diagnostic &d, int i)
{
    return d.args.value(i);
}

// An ISO date argument in the current locale's words; anything else as it is.
QString dateArg(const Diagnostic &d, int i)
{
    const QDate date = QDate::fromString(arg(d, i), Qt::ISODate);
    return date.isValid() ? DateRangeFormatter::formatDate(date) : arg(d, i);
}

// A path argument as the user's system writes paths.
QString pathArg(const Diagnostic &d, int i)
{
    return QDir::toNativeSeparators(arg(d, i));
}

// The codes worded as "Library <path>: <what went wrong>", whose what can also be the reason
// inside library_moved_aside or library_damaged_not_moved. Listed, not a range of the enum, so
// that a code added next to them is not taken for one by accident.
bool isLibraryProblem(Code code)
{
    switch (code) {
    case Code::LibraryCannotOpen:
    case Code::LibraryNoWal:
    case Code::LibraryIntegrityFailed:
    case Code::LibraryNewerSchema:
    case Code::StoreFailed:
    case Code::ArticleNotStored:
    case Code::ArticleUnreadable:
        return true;
    default:
        return false;
    }
}

} // namespace

QString DiagnosticText::describe(const Diagnostic &d)
{
    if (d.code == Code::Legacy)
        return arg(d, 0);
    if (d.isFailure())
        return failure(d);
    if (d.code <= Code::TruncatedCharacter)
        return decoding(d);
    if (d.code <= Code::NoMainContent)
        return analysis(d);
    if (d.code <= Code::ThemeRemoved)
        return correction(d);
    return library(d);
}

QString DiagnosticText::failure(const Diagnostic &d)
{
    QString problem;
    switch (d.code) {
    case Code::FileEmpty:
        problem = tr("the file is empty");
        break;
    case Code::FileOnlyWhiteSpace:
        problem = tr("the file contains only white space");
        break;
    case Code::PageWithoutText:
        problem = tr("the page contains no readable text");
        break;
    case Code::FileBinary:
        problem = tr("the file is binary data (%1), not a text or HTML article").arg(arg(d, 1));
        break;
    case Code::FileNulBytes:
        problem = tr("the file contains NUL bytes: it is binary data, not text");
        break;
    case Code::FileControlBytes:
        problem = tr("the file is mostly control bytes: it is binary data, not text");
        break;
    case Code::FileTooLarge:
        problem = tr("the file is larger than %1 MB and is not an article").arg(arg(d, 1));
        break;
    case Code::EncodingUnrecognised:
        problem = tr("the encoding of the file could not be recognised");
        break;
    case Code::FileIsFolder:
        problem = tr("this is a folder, not a file");
        break;
    case Code::FileMissing:
        problem = tr("the file does not exist");
        break;
    case Code::FileCannotOpen:
        problem = tr("the file cannot be opened: %1").arg(arg(d, 1));
        break;
    default:
        problem = tr("the file cannot be read: %1").arg(arg(d, 1));
        break;
    }
    const QString name = arg(d, 0);
    if (name.isEmpty())
        return problem.left(1).toUpper() + problem.mid(1);
    return tr("%1: %2").arg(name, problem);
}

QString DiagnosticText::decoding(const Diagnostic &d)
{
    switch (d.code) {
    case Code::EncodingGuessed:
        return tr("The encoding could not be detected reliably; the text was decoded as %1, the usual "
                  "encoding of older Arabic news sites.")
            .arg(arg(d, 0));
    case Code::DeclaredEncodingUnknown:
        return tr("The page declares the unknown encoding “%1”; the encoding was detected instead.")
            .arg(arg(d, 0));
    case Code::DeclaredEncodingWithoutBom:
        return tr("The page declares %1 but has no byte order mark; the encoding was detected instead.")
            .arg(arg(d, 0));
    case Code::DeclaredEncodingButUtf8:
        return tr("The page declares %1 but its content is UTF-8; it was decoded as UTF-8.").arg(arg(d, 0));
    case Code::DeclaredEncodingContradicted:
        return tr("The page declares %1 but its content looks like %2; it was decoded as %2.")
            .arg(arg(d, 0), arg(d, 1));
    case Code::DeclaredEncodingInvalid:
        return tr("The page declares %1 but contains bytes that are invalid in %1; the encoding was "
                  "detected instead.")
            .arg(arg(d, 0));
    case Code::EncodingLowConfidence:
        return tr("The encoding was detected as %1 with low confidence; the text may be garbled.")
            .arg(arg(d, 0));
    case Code::InvalidBytesReplaced:
        return tr("Some bytes are invalid in %1 and were replaced.").arg(arg(d, 0));
    default:
        return tr("The file ends in the middle of a %1 character; the last byte was ignored.").arg(arg(d, 0));
    }
}

QString DiagnosticText::analysis(const Diagnostic &d)
{
    switch (d.code) {
    case Code::PageDateMismatch:
        return tr("The page's date (%1) does not fit «%2»: the article may be older than the date on the "
                  "page.")
            .arg(dateArg(d, 0), arg(d, 1));
    case Code::RoundDatesDiffer:
        return tr("The text dates round %1 %2 to %3; the reference table says %4 to %5.")
            .arg(arg(d, 0), dateArg(d, 1), dateArg(d, 2), dateArg(d, 3), dateArg(d, 4));
    case Code::VenueNameOfAnotherTime:
        return tr("The text calls the venue «%1»; at the time of round %2 the Kazakh capital was named %3.")
            .arg(arg(d, 0), arg(d, 1), arg(d, 2));
    case Code::HeadlineBodyDisagree:
        return tr("The headline names round %1 but the body is about round %2; round %2 was chosen.")
            .arg(arg(d, 0), arg(d, 1));
    case Code::TwoNumbersForOneRound:
        return tr("«%3» gives two numbers for one round; round %1 was chosen over %2.")
            .arg(arg(d, 0), arg(d, 1), arg(d, 2));
    case Code::NumberingDateDisagree:
        return tr("The text numbers the round %1 but its dates are those of round %2.")
            .arg(arg(d, 0), arg(d, 1));
    case Code::NotAboutTalks:
        return tr("Astana is named, but the article is about another event, not a round of the talks.");
    case Code::RoundInferred:
        return roundInferred(d);
    case Code::MetadataDateConflict:
        return tr("The page's metadata dates it %1, but its text says %2; the metadata was used.")
            .arg(dateArg(d, 0), dateArg(d, 1));
    default:
        return tr("No part of the page stood out as the article; all of its text was kept.");
    }
}

QString DiagnosticText::roundInferred(const Diagnostic &d)
{
    const QString how = arg(d, 1);
    if (how == u"dates")
        return tr("The text does not number the round; round %1 follows from the dates it gives.")
            .arg(arg(d, 0));
    if (how == u"publication")
        return tr("The text does not number the round; round %1 follows from the publication date.")
            .arg(arg(d, 0));
    if (how == u"next")
        return tr("The text speaks of the coming round without a number; round %1 is the next one after "
                  "the publication date.")
            .arg(arg(d, 0));
    return tr("The text does not number the round; round %1 was inferred.").arg(arg(d, 0));
}

namespace {

// A kind id from the stored code's arguments, in words; an id this version does not know as is.
QString kindName(const QString &id)
{
    bool ok = false;
    const ArticleKind kind = articleKindFromId(id, &ok);
    return ok ? DisplayNames::kind(kind) : id;
}

} // namespace

QString DiagnosticText::correction(const Diagnostic &d)
{
    switch (d.code) {
    case Code::KindCorrected:
        return tr("Kind corrected by the user to %1 (the analysis said %2).")
            .arg(kindName(arg(d, 0)), kindName(arg(d, 1)));
    case Code::RoundCorrected:
        return tr("Main round corrected by the user to %1 (the analysis said %2).").arg(arg(d, 0), arg(d, 1));
    case Code::RoundSet:
        return tr("Main round set by the user to %1 (the analysis found none).").arg(arg(d, 0));
    case Code::ThemeAdded:
        // The user cannot add themes, only terms to them: the built-in reference names them all.
        return tr("Theme %1 added by the user.")
            .arg(DisplayNames::theme(ReferenceData::builtIn(), arg(d, 0)));
    default:
        return tr("Theme %1 removed by the user.")
            .arg(DisplayNames::theme(ReferenceData::builtIn(), arg(d, 0)));
    }
}

QString DiagnosticText::library(const Diagnostic &d)
{
    if (isLibraryProblem(d.code))
        return tr("Library %1: %2").arg(pathArg(d, 0), libraryProblem(d));
    switch (d.code) {
    case Code::LibraryCannotCreateFolder:
        return tr("Cannot create the folder %1 for the library.").arg(pathArg(d, 0));
    case Code::LibraryMovedAside:
        return tr("The library %1 could not be used (%2). It was moved to %3 and a new, empty library "
                  "was started.")
            .arg(pathArg(d, 0), reason(d.reasonAt(2)), pathArg(d, 1));
    case Code::LibraryDamagedNotMoved:
        return tr("The library %1 is damaged (%2) and could not be moved aside.")
            .arg(pathArg(d, 0), reason(d.reasonAt(1)));
    default:
        return tr("Cannot write %1: %2").arg(pathArg(d, 0), arg(d, 1));
    }
}

// What went wrong with the library, without naming it: the callers name it once.
QString DiagnosticText::libraryProblem(const Diagnostic &d)
{
    switch (d.code) {
    case Code::LibraryNoWal:
        return tr("cannot switch to WAL journaling");
    case Code::LibraryIntegrityFailed:
        return tr("integrity check failed: %1").arg(arg(d, 1));
    case Code::LibraryNewerSchema:
        return tr("the library was written by a newer Masar (schema %1; this version reads up to %2)")
            .arg(arg(d, 1), arg(d, 2));
    case Code::ArticleNotStored:
        return tr("cannot store %1: %2").arg(pathArg(d, 1), arg(d, 2));
    case Code::ArticleUnreadable:
        return tr("article %1 (%2) cannot be read: %3").arg(arg(d, 1), pathArg(d, 2), arg(d, 3));
    default: // LibraryCannotOpen, StoreFailed: SQLite's message says it
        return arg(d, 1);
    }
}

// The reason inside another library diagnostic, which already names the library.
QString DiagnosticText::reason(const Diagnostic &d)
{
    return isLibraryProblem(d.code) ? libraryProblem(d) : describe(d);
}
