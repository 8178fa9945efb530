#pragma once

#include <QString>

namespace pl::store {

/// A document as the library lists it.
struct DocumentRecord {
    qint64 id = 0;
    QString path;
    QString fileName;
    QString sha256;
    qint64 fileSize = 0;
    QString title;
    QString issuer;
    QString date;
    QString producer;
    int pageCount = 0;
    bool encrypted = false;
    bool needsOcr = false;
    bool noText = false;
    QString importedAt;
    int passageCount = 0;
};

/// A page as stored.
struct PageRecord {
    int number = 0;
    double width = 0;
    double height = 0;
    QString text;
    bool noText = false;
    bool needsOcr = false;
};

} // namespace pl::store
