// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// The word lists and hints under resources/ are JSON objects: read one, or say in `error` (the
// path first) why it cannot be read.
namespace JsonFile {

bool readObject(const QString &path, QJsonObject *root, QString *error);

} // namespace JsonFile
