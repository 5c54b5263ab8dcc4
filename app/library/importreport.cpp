// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreport.h"

using namespace Qt::Literals::StringLiterals;

QString ImportReport::reasonId(DecodedDocument::Error reason)
{
    switch (reason) {
    case DecodedDocument::Error::None:
        return {};
    case DecodedDocument::Error::Empty:
        return u"empty"_s;
    case DecodedDocument::Error::Binary:
        return u"binary"_s;
    case DecodedDocument::Error::TooLarge:
        return u"too-large"_s;
    case DecodedDocument::Error::UnknownEncoding:
        return u"encoding-unknown"_s;
    case DecodedDocument::Error::Unreadable:
        return u"unreadable"_s;
    }
    return {};
}
