// SPDX-License-Identifier: GPL-3.0-or-later
#include "addtermcommand.h"

#include "diagnostictext.h"
#include "library.h"

AddTermCommand::AddTermCommand(Library &library, const LexiconStore::Term &term, const QString &text,
                               Changed changed)
    : QUndoCommand(text)
    , m_library(library)
    , m_term(term)
    , m_wasThere(library.addedTerms().contains(term))
    , m_changed(std::move(changed))
{
}

void AddTermCommand::redo()
{
    Diagnostic error;
    const bool ok = m_library.addTerm(m_term, &error);
    if (m_changed)
        m_changed(ok ? QString() : DiagnosticText::describe(error));
}

void AddTermCommand::undo()
{
    Diagnostic error;
    // A term the user had added before this step stays.
    const bool ok = m_wasThere || m_library.removeTerm(m_term, &error);
    if (m_changed)
        m_changed(ok ? QString() : DiagnosticText::describe(error));
}
