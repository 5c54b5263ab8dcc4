// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Something core or library has to tell the user: why a file was refused, a warning about an
// article (a guessed encoding, dates that disagree), a correction the user made, or why the
// library could not be opened or written. Core and library keep the code and its arguments, never
// words: ui/ turns them into a sentence in the current language, so that switching the language
// re-words old warnings and corrections too. Arguments are plain values (file paths as Qt gives
// them, ISO dates, round numbers, ids, phrases quoted from the text, the system's own messages),
// in the order each code documents.
struct Diagnostic
{
    // In groups: isFailure() and ui/DiagnosticText tell a group by the last code of the one before
    // it, so a new code goes inside its group and a new group before Legacy.
    enum class Code
    {
        // The file was refused. args: file name, then what is said below.
        FileEmpty,
        FileOnlyWhiteSpace,
        PageWithoutText,
        FileBinary, // kind of data («PNG image»)
        FileNulBytes,
        FileControlBytes,
        FileTooLarge, // limit in MB
        EncodingUnrecognised,
        FileIsFolder,
        FileMissing,
        FileCannotOpen, // the system's reason
        FileCannotRead, // the system's reason

        // Decoding warnings.
        EncodingGuessed, // encoding used
        DeclaredEncodingUnknown, // declared name
        DeclaredEncodingWithoutBom, // declared encoding
        DeclaredEncodingButUtf8, // declared encoding
        DeclaredEncodingContradicted, // declared, used
        DeclaredEncodingInvalid, // declared encoding
        EncodingLowConfidence, // encoding used
        InvalidBytesReplaced, // encoding
        TruncatedCharacter, // encoding

        // Analysis warnings.
        PageDateMismatch, // page date (ISO), the phrase that does not fit it
        RoundDatesDiffer, // round, text start, text end, reference start, reference end (ISO)
        VenueNameOfAnotherTime, // venue as written, round, the capital's name then
        HeadlineBodyDisagree, // round of the headline, round chosen from the body
        TwoNumbersForOneRound, // round chosen, the other number, the phrase
        NumberingDateDisagree, // round as numbered, round the dates point to
        NotAboutTalks, // (none): Astana is named, but for another event
        RoundInferred, // round, how: "dates", "publication", "next" or "doha"
        MetadataDateConflict, // date in the page's metadata, date in the body (ISO)
        NoMainContent, // (none): no block of the page stood out; all its text was kept

        // The user's corrections, laid over the analysis when the library is shown (never stored).
        KindCorrected, // kind id chosen by the user, kind id the analysis gave
        RoundCorrected, // round chosen by the user, round the analysis gave
        RoundSet, // round chosen by the user (the analysis found none)
        ThemeAdded, // theme id
        ThemeRemoved, // theme id

        // The library and the files it writes. args: the library's path first, unless said.
        LibraryCannotCreateFolder, // the folder (not the library's path)
        LibraryCannotOpen, // SQLite's message
        LibraryNoWal, // (only the path): the file does not take WAL journaling
        LibraryIntegrityFailed, // SQLite's messages
        LibraryNewerSchema, // schema of the file, newest schema this version reads
        LibraryMovedAside, // where the file was moved, then the reason (withReason())
        LibraryDamagedNotMoved, // the reason (withReason())
        StoreFailed, // SQLite's message: a read or write of the library failed
        ArticleNotStored, // the article's file, SQLite's message
        ArticleUnreadable, // row id, the article's file, what is wrong with the stored analysis
        CannotWriteFile, // the file (not the library's path), the system's reason

        // A warning stored as words by a version before codes; args: the words.
        Legacy,
    };

    Code code = Code::Legacy;
    QStringList args;

    friend bool operator==(const Diagnostic &a, const Diagnostic &b)
    {
        return a.code == b.code && a.args == b.args;
    }

    // A file the decoder refused; the codes after FileCannotRead are no refusals.
    bool isFailure() const { return code <= Code::FileCannotRead; }

    // A diagnostic whose reason is another one (a library set aside because it failed its check):
    // the reason goes at the end of `args`, as its id and then its own arguments, so that a
    // Diagnostic stays a flat list of strings; reasonAt() takes it back out.
    static Diagnostic withReason(Code code, QStringList args, const Diagnostic &reason);
    // The reason that withReason() put at `index` of args; Legacy (with the words there) when its
    // id is unknown.
    Diagnostic reasonAt(int index) const;

    // Stable ids for JSON and SQL ("page_date_mismatch"); codeFromId() is their inverse.
    static QString codeId(Code code);
    static bool codeFromId(const QString &id, Code *code);
    // "page_date_mismatch(2025-01-23, «…»)": for logs and test messages, not for users.
    QString debugString() const;
};

using Diagnostics = QList<Diagnostic>;

Q_DECLARE_METATYPE(Diagnostic)
