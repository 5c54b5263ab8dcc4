// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QUndoCommand>

#include "lexiconstore.h"

class Library;

// Adding a term to a theme as an undoable step. After each redo/undo the lexicon has changed and
// `changed` is called (the owner re-analyses so that the term is highlighted everywhere).
class AddTermCommand : public QUndoCommand
{
public:
    using Changed = std::function<void(const QString &error)>;

    AddTermCommand(Library &library, const LexiconStore::Term &term, const QString &text, Changed changed);

    void redo() override;
    void undo() override;

private:
    Library &m_library;
    LexiconStore::Term m_term;
    bool m_wasThere = false;
    Changed m_changed;
};
