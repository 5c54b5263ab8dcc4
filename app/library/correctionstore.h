// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>

#include "correction.h"
#include "diagnostic.h"

class LibraryDatabase;

// The corrections table: at most one correction per target; each write is one transaction.
class CorrectionStore
{
public:
    explicit CorrectionStore(LibraryDatabase &database);

    QList<Correction> all() const;
    std::optional<Correction> find(const Correction &target) const;
    // Stores `correction`, replacing any earlier one of the same target.
    bool put(const Correction &correction, Diagnostic *error);
    // Removes the correction of the target (its value is ignored); no such row is no error.
    bool remove(const Correction &target, Diagnostic *error);

private:
    LibraryDatabase &m_db;
};
