// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctioncommand.h"

#include "diagnostictext.h"
#include "library.h"

CorrectionCommand::CorrectionCommand(Library &library, const Correction &correction, const QString &text,
                                     Changed changed)
    : QUndoCommand(text)
    , m_library(library)
    , m_target(correction)
    , m_before(library.corrections().find(correction))
    , m_after(correction)
    , m_changed(std::move(changed))
{
}

void CorrectionCommand::redo()
{
    store(m_after);
}

void CorrectionCommand::undo()
{
    store(m_before);
}

void CorrectionCommand::store(const std::optional<Correction> &value)
{
    Diagnostic error;
    const bool ok = value ? m_library.corrections().put(*value, &error)
                          : m_library.corrections().remove(m_target, &error);
    if (m_changed)
        m_changed(ok ? QString() : DiagnosticText::describe(error));
}
