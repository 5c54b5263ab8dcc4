// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfile.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace JsonFile {

bool readObject(const QString &path, QJsonObject *root, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot be read: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    *root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1: not valid JSON: %2"_s.arg(path, parseError.errorString());
        return false;
    }
    return true;
}

} // namespace JsonFile
