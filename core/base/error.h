#pragma once

#include <QString>
#include <expected>

namespace pl {

/// A failure a user can read: what went wrong, with which file, and a machine-readable kind.
struct Error {
    enum class Kind {
        NotFound,
        NotPdf,
        Damaged,
        PasswordRequired,
        WrongPassword,
        NoPages,
        Io,
        Database,
        Usage,
        Query,
        Cancelled,
        Internal,
    };

    Kind kind = Kind::Internal;
    QString message;
    QString file;

    /// "file: message" when a file is known.
    QString toString() const;
    /// A stable short word for the kind ("not-a-pdf", "damaged" …) used in JSON output.
    QString kindName() const;
};

inline std::unexpected<Error> fail(Error::Kind kind, QString message, QString file = {}) {
    return std::unexpected(Error{kind, std::move(message), std::move(file)});
}

template <typename T> using Result = std::expected<T, Error>;

} // namespace pl
