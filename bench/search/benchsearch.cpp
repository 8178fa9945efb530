// Search latency on a large synthetic library: our Searcher (policylens tokenizer) against plain FTS5
// trigram.
//
//   bench_search [--library PATH] [--trigram PATH] [--sources DIR] [--pages N] [--repeat N] [--profile]
//
// The library is built once through pl::store::Library::addDocument (real schema, real tokenizer) from
// paragraphs of the sample source texts, shuffled and recombined with a fixed seed, and kept for later runs.

#include "core/search/searcher.h"
#include "core/search/searchquery.h"
#include "core/store/library.h"
#include "core/store/statement.h"
#include "core/text/textnormalizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <limits>
#include <sqlite3.h>

namespace {

using pl::store::Statement;
using pl::text::Passage;

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

struct Options {
    QString library;
    QString trigram;
    QString sources;
    int pages = 100000;
    int pagesPerDocument = 100;
    int pageBytes = 3000; ///< about the UTF-8 text of an average page of the samples (1.2 MB / 377 pages)
    int repeat = 5;
    bool profile = false;
    QByteArray pragma; ///< run on both connections before timing, e.g. "PRAGMA mmap_size=2147483648"
};

// ---------------------------------------------------------------------------------------------------------
// Synthesis

struct Paragraph {
    QString text;
    Passage::Kind kind = Passage::Kind::Paragraph;
};

QString stripMarkdown(QString line) {
    line.replace(QStringLiteral("**"), QString());
    line.replace(QStringLiteral("\\*"), QStringLiteral("*"));
    line.replace(QStringLiteral("\\"), QString());
    return line.trimmed();
}

/// Splits a long paragraph into pieces of at most `limit` characters at spaces, as a page break would.
QStringList splitLong(const QString& text, int limit) {
    QStringList pieces;
    QString rest = text;
    while (rest.size() > limit) {
        qsizetype cut = rest.lastIndexOf(QLatin1Char(' '), limit);
        if (cut < limit / 2)
            cut = limit;
        pieces.append(rest.left(cut).trimmed());
        rest = rest.mid(cut).trimmed();
    }
    if (!rest.isEmpty())
        pieces.append(rest);
    return pieces;
}

/// The source texts as passages: headings, list items, table cells and paragraphs, in their own words.
QList<Paragraph> loadParagraphs(const QString& dir) {
    QList<Paragraph> pool;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines =
            pl::text::normalizeText(QString::fromUtf8(f.readAll())).split(QLatin1Char('\n'));
        for (QString line : lines) {
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(QStringLiteral("---")) ||
                line.startsWith(QStringLiteral("![")))
                continue;
            Paragraph p;
            if (line.startsWith(QLatin1Char('#'))) {
                p.kind = Passage::Kind::Heading;
                while (line.startsWith(QLatin1Char('#')))
                    line.remove(0, 1);
            } else if (line.startsWith(QStringLiteral("- ")) || line.startsWith(QStringLiteral("* "))) {
                p.kind = Passage::Kind::ListItem;
                line.remove(0, 2);
            } else if (line.contains(QLatin1Char('|')) || line.contains(QLatin1Char('\t'))) {
                const QStringList cells = line.split(QRegularExpression(QStringLiteral("[|\\t]")));
                for (const QString& cell : cells) {
                    const QString c = stripMarkdown(cell);
                    if (!c.isEmpty() && !c.startsWith(QStringLiteral("--")) &&
                        !c.startsWith(QStringLiteral(":-")))
                        pool.append({c, Passage::Kind::TableCell});
                }
                continue;
            }
            const QString text = stripMarkdown(line);
            if (text.size() < 2)
                continue;
            for (const QString& piece : splitLong(text, 600))
                pool.append({piece, p.kind});
        }
    }
    return pool;
}

/// Pages of ~`pageBytes` UTF-8 bytes, each a few passages picked at random from the pool; about a third
/// of the longer ones are the first half of one paragraph joined to the second half of another, so that
/// the library has more distinct passages than the pool.
class PageSynthesiser {
public:
    PageSynthesiser(const QList<Paragraph>& pool, int pageBytes) : m_pool(pool), m_pageBytes(pageBytes) {}

    QList<Passage> page(int pageNo) {
        QList<Passage> passages;
        const int target = int(m_rng.bounded(m_pageBytes / 2, m_pageBytes * 3 / 2));
        int bytes = 0;
        double y = 72;
        while (bytes < target && passages.size() < 40) {
            const Paragraph& a = m_pool[int(m_rng.bounded(qsizetype(m_pool.size())))];
            // Tables give the pool many short cells; keep about half so that kinds come out in the
            // samples' proportions (about half paragraphs, a quarter table cells).
            if (a.kind == Passage::Kind::TableCell && m_rng.bounded(2) == 0)
                continue;
            Passage p;
            p.kind = a.kind;
            p.text = a.text;
            if (a.kind == Passage::Kind::Paragraph || a.kind == Passage::Kind::ListItem) {
                const Paragraph& b = m_pool[int(m_rng.bounded(qsizetype(m_pool.size())))];
                if (a.text.size() > 40 && b.text.size() > 40 && m_rng.bounded(3) == 0) {
                    const qsizetype cutA = a.text.indexOf(QLatin1Char(' '), a.text.size() / 2);
                    const qsizetype cutB = b.text.indexOf(QLatin1Char(' '), b.text.size() / 2);
                    if (cutA > 0 && cutB > 0)
                        p.text = a.text.left(cutA) + b.text.mid(cutB);
                }
            }
            p.page = pageNo;
            const int lines = int(std::max<qsizetype>(1, (p.text.size() + 37) / 38));
            for (int i = 0; i < lines; ++i)
                p.lineBoxes.append(QRectF(QPointF(72, y + i * 16), QPointF(523, y + i * 16 + 12)));
            p.box = QRectF(QPointF(72, y), QPointF(523, y + lines * 16 - 4));
            y += lines * 16 + 8;
            bytes += int(p.text.toUtf8().size());
            passages.append(p);
        }
        return passages;
    }

private:
    const QList<Paragraph>& m_pool;
    int m_pageBytes;
    QRandomGenerator m_rng{20250601};
};

pl::pdf::ImportedDocument synthesiseDocument(PageSynthesiser& synth, int docNo, int pageCount) {
    static const QStringList issuers{QStringLiteral("과학기술정보통신부"), QStringLiteral("관계부처 합동"),
                                     QStringLiteral("소프트웨어정책연구소"),
                                     QStringLiteral("한국과학기술한림원")};
    pl::pdf::ImportedDocument doc;
    doc.fileName = QStringLiteral("synthetic-%1.pdf").arg(docNo, 5, 10, QLatin1Char('0'));
    doc.path = QStringLiteral("/bench/synthetic/") + doc.fileName;
    doc.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(doc.fileName.toUtf8(), QCryptographicHash::Sha256).toHex());
    doc.fileSize = qint64(pageCount) * 20000;
    doc.fileModified = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    doc.issuer = issuers[docNo % issuers.size()];
    doc.date = QDate(2019 + docNo % 7, 1 + docNo % 12, 1 + docNo % 28).toString(Qt::ISODate);
    doc.producer = QStringLiteral("bench_search");
    for (int n = 1; n <= pageCount; ++n) {
        const QList<Passage> passages = synth.page(n);
        QStringList texts;
        for (const Passage& p : passages)
            texts.append(p.text);
        doc.pages.append({n, 595, 842, texts.join(QStringLiteral("\n\n")), false, false});
        doc.passages.append(passages);
        if (doc.title.isEmpty())
            for (const Passage& p : passages)
                if (p.kind == Passage::Kind::Heading && p.text.size() > 4) {
                    doc.title = p.text.left(60);
                    break;
                }
    }
    return doc;
}

bool buildLibrary(const Options& o) {
    const QList<Paragraph> pool = loadParagraphs(o.sources);
    if (pool.isEmpty()) {
        out() << "no source texts (*.txt) in " << o.sources << Qt::endl;
        return false;
    }
    out() << "building " << o.pages << " pages from " << pool.size() << " source passages in " << o.sources
          << " -> " << o.library << Qt::endl;
    const QString partial = o.library + QStringLiteral(".part");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    QElapsedTimer timer;
    timer.start();
    {
        auto lib = pl::store::Library::open(partial);
        if (!lib) {
            out() << lib.error().toString() << Qt::endl;
            return false;
        }
        PageSynthesiser synth(pool, o.pageBytes);
        const int documents = (o.pages + o.pagesPerDocument - 1) / o.pagesPerDocument;
        for (int d = 0; d < documents; ++d) {
            const int pages = std::min(o.pagesPerDocument, o.pages - d * o.pagesPerDocument);
            const auto added = (*lib)->addDocument(synthesiseDocument(synth, d + 1, pages));
            if (!added) {
                out() << added.error().toString() << Qt::endl;
                return false;
            }
            if ((d + 1) % 50 == 0)
                out() << "  " << (d + 1) * o.pagesPerDocument << " pages, " << timer.elapsed() / 1000 << " s"
                      << Qt::endl;
        }
        // As an import of the whole library would leave it (ImportJob compacts after large imports).
        QElapsedTimer compact;
        compact.start();
        if (const auto merged = (*lib)->compactIndexAfter(std::numeric_limits<qint64>::max() / 8); !merged)
            out() << merged.error().toString() << Qt::endl;
        out() << "index compacted in " << QString::number(compact.elapsed() / 1000.0, 'f', 1) << " s"
              << Qt::endl;
        (*lib)->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile::remove(o.library);
    if (!QFile::rename(partial, o.library)) {
        out() << "cannot rename " << partial << Qt::endl;
        return false;
    }
    out() << "library built in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Plain FTS5 trigram over the same passage texts

/// An sqlite3 connection that closes itself.
struct Connection {
    sqlite3* db = nullptr;
    explicit Connection(const QString& path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(db);
            db = nullptr;
        }
    }
    ~Connection() { sqlite3_close_v2(db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    bool exec(const char* sql) const {
        char* err = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &err) == SQLITE_OK)
            return true;
        out() << "sqlite: " << QString::fromUtf8(err ? err : "error") << Qt::endl;
        sqlite3_free(err);
        return false;
    }
};

bool buildTrigram(const Options& o) {
    out() << "building the trigram index -> " << o.trigram << Qt::endl;
    const QString partial = o.trigram + QStringLiteral(".part");
    QFile::remove(partial);
    QElapsedTimer timer;
    timer.start();
    {
        Connection c(partial);
        if (!c.db)
            return false;
        Statement attach(c.db, "ATTACH DATABASE ?1 AS lib");
        attach.bind(1, o.library);
        if (!attach.exec())
            return false;
        // Same shape as ours: the text in a table, an external-content index over it.
        if (!c.exec("PRAGMA journal_mode=WAL; BEGIN;"
                    "CREATE TABLE passages(id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
                    "INSERT INTO passages SELECT id, text FROM lib.passages ORDER BY id;"
                    "CREATE VIRTUAL TABLE passage_index USING fts5(text, content='passages', "
                    "content_rowid='id', tokenize='trigram');"
                    "INSERT INTO passage_index(passage_index) VALUES('rebuild');"
                    "COMMIT; DETACH DATABASE lib; PRAGMA wal_checkpoint(TRUNCATE);"))
            return false;
    }
    QFile::remove(o.trigram);
    QFile::rename(partial, o.trigram);
    out() << "trigram index built in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s"
          << Qt::endl;
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Sizes

struct IndexSize {
    qint64 textBytes = 0;
    qint64 passages = 0;
    qint64 indexBytes = 0;
    qint64 fileBytes = 0;
};

IndexSize indexSize(sqlite3* db, const QString& path) {
    IndexSize s;
    {
        Statement st(db, "SELECT count(*), sum(length(CAST(text AS BLOB))) FROM passages");
        if (st.next()) {
            s.passages = st.int64(0);
            s.textBytes = st.int64(1);
        }
    }
    // Every shadow table of the FTS5 index (data, idx, docsize, config); the content is the passages table.
    Statement st(db, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'passage\\_index\\_%' ESCAPE '\\'");
    if (st.next())
        s.indexBytes = st.int64(0);
    s.fileBytes = QFileInfo(path).size();
    return s;
}

// ---------------------------------------------------------------------------------------------------------
// Queries

struct Query {
    QString text;
    int terms = 0;
};

QList<Query> queries() {
    const char* const one[] = {"데이터",   "예산",     "법",     "인공지능", "AI",       "반도체",
                               "클라우드", "개인정보", "저작권", "생성형",   "투자",     "인재",
                               "규제",     "윤리",     "신뢰성", "스타트업", "엔비디아", "오픈AI",
                               "GPT-4",    "챗GPT",    "표준화", "바우처",   "OECD",     "2,655억"};
    const char* const two[] = {
        "초거대 AI",     "학습용 데이터",   "인공지능 반도체", "디지털 플랫폼", "개인정보 보호", "AI 윤리",
        "생성형 AI",     "클라우드 컴퓨팅", "국가 전략",       "데이터 댐",     "저작권 침해",   "인재 양성",
        "규제 샌드박스", "공공 데이터",     "언어 모델",       "유럽 연합",     "AI 반도체",     "연구 개발",
        "스타트업 지원", "한국어 말뭉치",   "행정명령 미국",   "GPU 확보"};
    const char* const three[] = {
        "인공지능 반도체 투자", "초거대 AI 플랫폼",   "학습용 데이터 구축", "AI 안전 연구소",
        "생성형 AI 저작권",     "개인정보 보호 법",   "디지털 권리 장전",   "공공 부문 AI",
        "클라우드 데이터 센터", "미국 AI 행정명령",   "EU AI 법",           "국가 AI 위원회",
        "연구 개발 예산",       "AI 인재 양성",       "초거대 AI 경쟁력",   "한국어 데이터 구축",
        "반도체 수출 규제",     "오픈소스 언어 모델", "중소기업 AI 바우처", "딥페이크 선거 규제",
        "의료 AI 규제",         "AI 기본법 제정"};
    QList<Query> qs;
    for (const char* q : one)
        qs.append({QString::fromUtf8(q), 1});
    for (const char* q : two)
        qs.append({QString::fromUtf8(q), 2});
    for (const char* q : three)
        qs.append({QString::fromUtf8(q), 3});
    return qs;
}

/// The query as plain FTS5 would take it: each word a quoted string, all of them required.
/// Trigram finds nothing for a word shorter than three characters, so such queries cannot be run.
std::optional<QString> trigramExpression(const QString& query) {
    QStringList parts;
    for (const QString& word : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() < 3)
            return std::nullopt;
        parts.append(QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                     QLatin1Char('"'));
    }
    return parts.join(QLatin1Char(' '));
}

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
    int samples = 0;
};

Stats stats(QList<double> ms) {
    Stats s;
    s.samples = int(ms.size());
    if (ms.isEmpty())
        return s;
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) {
        return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(p * (ms.size() - 1) + 0.5))];
    };
    s.p50 = pct(0.50);
    s.p95 = pct(0.95);
    s.max = ms.back();
    return s;
}

QString ms(double v) {
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

/// Runs `run` once to warm up (its time in `first`), then `repeat` times; milliseconds of each timed run.
template <typename F> QList<double> timeRuns(int repeat, F&& run, double* first = nullptr) {
    QList<double> t;
    QElapsedTimer timer;
    timer.start();
    run();
    if (first)
        *first = timer.nsecsElapsed() / 1e6;
    for (int i = 0; i < repeat; ++i) {
        timer.start();
        run();
        t.append(timer.nsecsElapsed() / 1e6);
    }
    return t;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

struct Profile {
    double matches = 0; ///< passages that match
    double count = 0;   ///< SELECT count(*) … MATCH: walking the posting lists
    double ftsRank = 0; ///< … ORDER BY rank LIMIT 20 on the index alone: + bm25 for every match
    double sql = 0;     ///< the Searcher's capped match statement (index only, its own weight)
    double search = 0;  ///< Searcher::search: + sampling, content rows, verification, snippets
};

Profile profileQuery(const pl::store::Library& lib, const QString& query, int repeat) {
    Profile p;
    const auto parsed = pl::search::SearchQuery::parse(query);
    if (!parsed)
        return p;
    const QString expr = parsed->ftsExpression();
    auto stepAll = [&](const char* sql, bool searcherBinds) {
        Statement st(lib.handle(), sql);
        st.bind(1, expr);
        if (searcherBinds)
            st.bind(2, parsed->phraseGroups())
                .bind(3, qint64(0))
                .bind(4, std::numeric_limits<qint64>::max())
                .bind(5, pl::search::Searcher::kMatchCap);
        qint64 n = 0;
        while (st.next())
            n += searcherBinds ? 1 : st.int64(0);
        return n;
    };
    p.matches = double(stepAll("SELECT count(*) FROM passage_index WHERE passage_index MATCH ?1", false));
    p.count = median(timeRuns(
        repeat, [&] { stepAll("SELECT count(*) FROM passage_index WHERE passage_index MATCH ?1", false); }));
    p.ftsRank = median(timeRuns(repeat, [&] {
        stepAll("SELECT rowid FROM passage_index WHERE passage_index MATCH ?1 ORDER BY rank LIMIT 20", false);
    }));
    p.sql = median(timeRuns(repeat, [&] { stepAll(pl::search::Searcher::matchSql(), true); }));
    const pl::search::Searcher searcher(lib);
    p.search = median(timeRuns(repeat, [&] { (void)searcher.search(query, 20); }));
    return p;
}

int run(const Options& o) {

    if (!QFileInfo::exists(o.library) && !buildLibrary(o))
        return 1;
    if (!QFileInfo::exists(o.trigram) && !buildTrigram(o))
        return 1;

    auto lib = pl::store::Library::open(o.library);
    if (!lib) {
        out() << lib.error().toString() << Qt::endl;
        return 1;
    }
    Connection tri(o.trigram, SQLITE_OPEN_READWRITE);
    if (!tri.db) {
        out() << "cannot open " << o.trigram << Qt::endl;
        return 1;
    }
    if (!o.pragma.isEmpty()) {
        out() << "with " << QString::fromUtf8(o.pragma) << " on both connections" << Qt::endl;
        (void)(*lib)->exec(o.pragma.constData());
        tri.exec(o.pragma.constData());
    }
    const IndexSize ours = indexSize((*lib)->handle(), o.library);
    const IndexSize plain = indexSize(tri.db, o.trigram);
    qint64 documents = 0, pages = 0;
    {
        Statement st((*lib)->handle(), "SELECT count(*), sum(page_count) FROM documents");
        if (st.next()) {
            documents = st.int64(0);
            pages = st.int64(1);
        }
    }
    out() << "\nlibrary: " << documents << " documents, " << pages << " pages, " << ours.passages
          << " passages, " << QString::number(ours.textBytes / 1e6, 'f', 1) << " MB of passage text, file "
          << QString::number(ours.fileBytes / 1e6, 'f', 1) << " MB\n";
    out() << "index bytes per byte of text: policylens "
          << QString::number(double(ours.indexBytes) / ours.textBytes, 'f', 2) << " ("
          << QString::number(ours.indexBytes / 1e6, 'f', 1) << " MB), trigram "
          << QString::number(double(plain.indexBytes) / plain.textBytes, 'f', 2) << " ("
          << QString::number(plain.indexBytes / 1e6, 'f', 1) << " MB)\n"
          << Qt::endl;

    const pl::search::Searcher searcher(**lib);
    Statement triStmt(tri.db, "SELECT rowid, text, bm25(passage_index) FROM passage_index "
                              "WHERE passage_index MATCH ?1 ORDER BY rank LIMIT 20");
    QList<double> oursMs[4], triMs[4];
    int triSkipped[4] = {}, count[4] = {};
    struct Slow {
        double ms;
        QString query;
        int hits;
    };
    QList<Slow> perQuery;
    QList<double> firstMs; // each query's first run: the Searcher's share estimates not yet cached
    for (const Query& q : queries()) {
        ++count[q.terms];
        int hits = 0;
        double first = 0;
        const QList<double> t = timeRuns(
            o.repeat,
            [&] {
                const auto r = searcher.search(q.text, 20);
                hits = r ? int(r->hits.size()) : -1;
            },
            &first);
        firstMs.append(first);
        oursMs[q.terms].append(t);
        perQuery.append({median(t), q.text, hits});
        if (const auto expr = trigramExpression(q.text)) {
            triMs[q.terms].append(timeRuns(o.repeat, [&] {
                triStmt.reset();
                triStmt.bind(1, *expr);
                while (triStmt.next())
                    (void)triStmt.text(1);
            }));
        } else {
            ++triSkipped[q.terms];
        }
    }

    out() << "| query class | queries | policylens p50 | p95 | max | trigram p50 | p95 | max | trigram n/a "
             "(word < 3 "
             "chars) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    QList<double> allOurs;
    for (int k = 1; k <= 3; ++k) {
        const Stats a = stats(oursMs[k]), b = stats(triMs[k]);
        allOurs.append(oursMs[k]);
        out() << "| " << k << " term" << (k > 1 ? "s" : "") << " | " << count[k] << " | " << ms(a.p50)
              << " | " << ms(a.p95) << " | " << ms(a.max) << " | "
              << (b.samples ? ms(b.p50) : QStringLiteral("–")) << " | "
              << (b.samples ? ms(b.p95) : QStringLiteral("–")) << " | "
              << (b.samples ? ms(b.max) : QStringLiteral("–")) << " | " << triSkipped[k] << " |\n";
    }
    const Stats all = stats(allOurs);
    out() << "\nall queries (ms, " << o.repeat << " warm runs each): policylens p50 " << ms(all.p50)
          << ", p95 " << ms(all.p95) << ", max " << ms(all.max) << " (goal p95 <= 20 ms)\n";
    const Stats cold = stats(firstMs);
    out()
        << "first run of each query (its terms' shares not yet estimated unless an earlier query had them): "
           "p50 "
        << ms(cold.p50) << ", p95 " << ms(cold.p95) << ", max " << ms(cold.max) << "\n";
    std::sort(perQuery.begin(), perQuery.end(), [](const Slow& a, const Slow& b) { return a.ms > b.ms; });
    out() << "slowest (median ms, hits):";
    for (int i = 0; i < std::min<qsizetype>(8, perQuery.size()); ++i)
        out() << " " << perQuery[i].query << " " << ms(perQuery[i].ms) << " (" << perQuery[i].hits << ")"
              << (i + 1 < 8 ? ";" : "");
    out() << Qt::endl;

    if (o.profile) {
        out() << "\n| profile (median ms) | matches | count(*) MATCH | + bm25 ORDER BY rank LIMIT 20 "
                 "| Searcher match statement (capped) | Searcher::search |\n"
                 "| --- | ---: | ---: | ---: | ---: | ---: |\n";
        for (const Query& q : queries()) {
            const Profile p = profileQuery(**lib, q.text, o.repeat);
            out() << "| " << q.text << " | " << qint64(p.matches) << " | " << ms(p.count) << " | "
                  << ms(p.ftsRank) << " | " << ms(p.sql) << " | " << ms(p.search) << " |\n";
        }
        out() << Qt::flush;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    const QString here = QFileInfo(QString::fromLocal8Bit(argv[0])).absolutePath();
    o.sources = QStringLiteral("/work/shared/corpus/seeds/source");
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        const QString v = i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        if (a == QStringLiteral("--library")) {
            o.library = v, ++i;
        } else if (a == QStringLiteral("--trigram")) {
            o.trigram = v, ++i;
        } else if (a == QStringLiteral("--sources")) {
            o.sources = v, ++i;
        } else if (a == QStringLiteral("--pages")) {
            o.pages = v.toInt(), ++i;
        } else if (a == QStringLiteral("--repeat")) {
            o.repeat = std::max(1, v.toInt()), ++i;
        } else if (a == QStringLiteral("--pragma")) {
            o.pragma = v.toUtf8(), ++i;
        } else if (a == QStringLiteral("--profile")) {
            o.profile = true;
        } else {
            std::fprintf(stderr, "usage: bench_search [--library PATH] [--trigram PATH] [--sources DIR] "
                                 "[--pages N] [--repeat N] [--pragma SQL] [--profile]\n");
            return 2;
        }
    }
    if (o.pages < 1)
        o.pages = 1;
    if (o.library.isEmpty())
        o.library = here + QStringLiteral("/search-%1.policylens").arg(o.pages);
    if (o.trigram.isEmpty())
        o.trigram = o.library + QStringLiteral(".trigram.sqlite");
    return run(o);
}
