// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QUndoCommand>

#include "correction.h"

class Library;

// One correction as an undoable step: redo stores the new correction (or removes the target's),
// undo puts back what was stored before. Each step is its own transaction in the library.
class CorrectionCommand : public QUndoCommand
{
public:
    // Called after every redo/undo with an error message, empty on success.
    using Changed = std::function<void(const QString &error)>;

    CorrectionCommand(Library &library, const Correction &correction, const QString &text, Changed changed);

    void redo() override;
    void undo() override;

private:
    void store(const std::optional<Correction> &value);

    Library &m_library;
    Correction m_target;
    std::optional<Correction> m_before;
    std::optional<Correction> m_after;
    Changed m_changed;
};
