#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QString>

/// Writes small PDFs with known Korean text at known places (QPdfWriter, Nanum fonts), so import tests do not
/// depend on files they cannot see.
namespace fixtures {

struct TextItem {
    QString text;
    QPointF baseline; ///< points, origin top-left
    double size = 11;
};

using Page = QList<TextItem>;

/// Writes pages of positioned text to `path`; `creator` is stored as the PDF Creator; `rules[i]` are lines
/// drawn on page i (table borders, 0.4 pt). False on failure.
bool writePdf(const QString& path, const QList<Page>& pages,
              const QString& creator = QStringLiteral("PolicyLens tests"), const QString& title = QString(),
              const QList<QList<QLineF>>& rules = {});

} // namespace fixtures
