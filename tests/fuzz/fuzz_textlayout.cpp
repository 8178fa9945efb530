// Text reconstruction: words with boxes, as Poppler gives them, through layout and document assembly.
#include "core/text/documentassembler.h"
#include "core/text/pagelayout.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzInput in(data, size);
    const bool hancom = in.byte() & 1;
    QList<pl::text::PageLines> pages;
    int order = 0;
    while (!in.atEnd() && pages.size() < 4) {
        const QSizeF pageSize(100 + in.word() % 1200, 100 + in.word() % 1200);
        QList<pl::text::Word> words;
        const int count = in.byte() % 48;
        for (int i = 0; i < count && !in.atEnd(); ++i) {
            pl::text::Word w;
            const double x = in.word() % 1400, y = in.word() % 1400;
            w.box = QRectF(x - 50, y - 50, in.byte() % 120, 1 + in.byte() % 40);
            w.spaceAfter = in.byte() & 1;
            w.order = (in.byte() & 7) ? order++ : -1;
            w.text = in.text(24);
            words.append(w);
        }
        pl::text::PageLines page;
        page.size = pageSize;
        page.lines = pl::text::layoutPage(words, pageSize);
        pages.append(page);
    }
    pl::text::DocumentAssembler assembler(hancom);
    (void)assembler.assemble(pages);
    return 0;
}
