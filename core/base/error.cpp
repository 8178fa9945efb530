#include "core/base/error.h"

namespace pl {

QString Error::toString() const {
    return file.isEmpty() ? message : file + QStringLiteral(": ") + message;
}

QString Error::kindName() const {
    switch (kind) {
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::NotPdf:
        return QStringLiteral("not-a-pdf");
    case Kind::Damaged:
        return QStringLiteral("damaged");
    case Kind::PasswordRequired:
        return QStringLiteral("password-required");
    case Kind::WrongPassword:
        return QStringLiteral("wrong-password");
    case Kind::NoPages:
        return QStringLiteral("no-pages");
    case Kind::Io:
        return QStringLiteral("io");
    case Kind::Database:
        return QStringLiteral("database");
    case Kind::Usage:
        return QStringLiteral("usage");
    case Kind::Query:
        return QStringLiteral("query");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace pl
