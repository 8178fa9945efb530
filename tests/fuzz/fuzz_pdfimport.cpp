// PDF import through Poppler on arbitrary bytes: a reason or a document, never a crash or a hang.
#include "core/pdf/pdfimporter.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.pdf"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    pl::pdf::PdfImporter::Options options;
    options.password = QStringLiteral("policylens");
    (void)pl::pdf::PdfImporter::importFile(path, options);
    return 0;
}
