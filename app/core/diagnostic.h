// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Something the decoder or the analysis has to tell the user: why a file was refused, or a warning
// about an article (a guessed encoding, dates that disagree). Core and library keep the code and
// its arguments, never words: ui/ turns them into a sentence in the current language, so that
// switching the language re-words old warnings too. Arguments are plain values (file names,
// ISO dates, round numbers, phrases quoted from the text), in the order each code documents.
struct Diagnostic
{
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

        // A warning stored as words by a version before codes; args: the words.
        Legacy,
    };

    Code code = Code::Legacy;
    QStringList args;

    friend bool operator==(const Diagnostic &a, const Diagnostic &b)
    {
        return a.code == b.code && a.args == b.args;
    }

    bool isFailure() const { return code <= Code::FileCannotRead; }

    // Stable ids for JSON and SQL ("page_date_mismatch"); codeFromId() is their inverse.
    static QString codeId(Code code);
    static bool codeFromId(const QString &id, Code *code);
    // "page_date_mismatch(2025-01-23, «…»)": for logs and test messages, not for users.
    QString debugString() const;
};

using Diagnostics = QList<Diagnostic>;

Q_DECLARE_METATYPE(Diagnostic)
