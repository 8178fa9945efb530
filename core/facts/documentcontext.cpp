#include "core/facts/documentcontext.h"

namespace pl::facts {

DocumentContext documentContextFor(const QString& date, const QString& title) {
    DocumentContext context;
    context.title = title;
    const QString d = date.trimmed();
    context.documentDate = QDate::fromString(d.left(10), Qt::ISODate);
    if (!context.documentDate.isValid() && d.size() >= 7)
        context.documentDate = QDate::fromString(d.left(7), QStringLiteral("yyyy-MM"));
    if (!context.documentDate.isValid() && d.size() >= 4)
        context.documentDate = QDate::fromString(d.left(4), QStringLiteral("yyyy"));
    return context;
}

} // namespace pl::facts
