// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "diagnostic.h"

// The words for what core and library report as codes: a refused file, a decoding or analysis
// warning, a correction by the user, a library that cannot be opened or written. Translated at the
// moment they are shown, so that a language switch re-words them. Needs no widgets: the command
// line prints the same sentences (in English, its source language).
class DiagnosticText
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticText)

public:
    static QString describe(const Diagnostic &diagnostic);

private:
    static QString failure(const Diagnostic &diagnostic);
    static QString decoding(const Diagnostic &diagnostic);
    static QString analysis(const Diagnostic &diagnostic);
    static QString roundInferred(const Diagnostic &diagnostic);
    static QString correction(const Diagnostic &diagnostic);
    static QString library(const Diagnostic &diagnostic);
    static QString libraryProblem(const Diagnostic &diagnostic);
    static QString reason(const Diagnostic &diagnostic);
};
