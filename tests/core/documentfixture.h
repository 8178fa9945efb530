#pragma once

#include "core/pdf/importeddocument.h"

#include <QFileInfo>

/// An imported document built in memory: one page, one passage per paragraph, stacked 20 points apart.
inline pl::pdf::ImportedDocument makeDocument(const QString& path, const QString& sha,
                                              const QStringList& paragraphs, const QString& date = {}) {
    pl::pdf::ImportedDocument d;
    d.path = path;
    d.fileName = QFileInfo(path).fileName();
    d.sha256 = sha;
    d.title = d.fileName;
    d.date = date;
    pl::pdf::ImportedPage page;
    page.number = 1;
    page.width = 595;
    page.height = 842;
    page.text = paragraphs.join(QStringLiteral("\n\n"));
    d.pages.append(page);
    double y = 100;
    for (const QString& t : paragraphs) {
        pl::text::Passage p;
        p.text = t;
        p.page = 1;
        p.box = QRectF(60, y, 400, 12);
        p.lineBoxes = {p.box};
        d.passages.append(p);
        y += 20;
    }
    return d;
}
