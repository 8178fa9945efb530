// Without libFuzzer (the GCC build of the test suite): runs a harness over its seed corpus and regression
// inputs, then over a fixed number of mutations of them (bit flips, insertions, cuts; fixed seed), so that a
// short fuzz of every target is part of the ordinary test run. The libFuzzer build (CMake preset `fuzz`)
// explores far more.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void run(const QByteArray& input) {
    (void)LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
}

QByteArray mutate(QByteArray b, QRandomGenerator& random) {
    const int edits = 1 + random.bounded(8);
    for (int i = 0; i < edits; ++i) {
        const int op = random.bounded(4);
        const qsizetype at = b.isEmpty() ? 0 : random.bounded(int(b.size()));
        if (op == 0 && !b.isEmpty())
            b[at] = char(b[at] ^ (1 << random.bounded(8)));
        else if (op == 1)
            b.insert(at, char(random.bounded(256)));
        else if (op == 2 && !b.isEmpty())
            b.remove(at, 1 + random.bounded(int(std::min<qsizetype>(16, b.size() - at))));
        else if (!b.isEmpty())
            b.insert(at, b.mid(random.bounded(int(b.size())), 1 + random.bounded(8)));
    }
    return b;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int mutations = 2000;
    if (args.size() >= 2 && args.first() == QStringLiteral("--mutations")) {
        mutations = args.at(1).toInt();
        args = args.mid(2);
    }
    QList<QByteArray> seeds;
    for (const QString& root : args) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                seeds.append(f.readAll());
        }
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seed inputs in the folders given\n");
        return 2;
    }
    for (const QByteArray& s : seeds)
        run(s);
    QRandomGenerator random(20261122);
    for (int i = 0; i < mutations; ++i)
        run(mutate(seeds.at(random.bounded(int(seeds.size()))), random));
    std::printf("%lld seed inputs and %d mutations ran without a crash\n",
                static_cast<long long>(seeds.size()), mutations);
    return 0;
}
