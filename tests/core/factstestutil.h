#pragma once

#include "core/text/documentassembler.h"

#include <QRectF>
#include <QString>

/// A passage as the importer would store it: the text laid out on `lines` lines of equal width starting at
/// y = 100 on page `page`, with a passage box that unites the line boxes.
inline pl::text::Passage makePassage(const QString& text, int page = 1, int lines = 1) {
    pl::text::Passage p;
    p.text = text;
    p.page = page;
    for (int i = 0; i < lines; ++i)
        p.lineBoxes.append(QRectF(60, 100 + i * 14, 470, 12));
    p.box = p.lineBoxes.constFirst();
    for (const QRectF& b : p.lineBoxes)
        p.box = p.box.united(b);
    return p;
}
