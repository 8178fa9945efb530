#include "ui/facts/libraryfacts.h"

#include "core/annotation/annotationstore.h"
#include "core/annotation/correctedfacts.h"
#include "core/store/library.h"

#include <QJsonArray>

namespace pl::ui {

namespace {

constexpr int shortTitleLength = 22;

QRectF boxFrom(const QJsonValue& value) {
    const QJsonArray a = value.toArray();
    if (a.size() != 4)
        return {};
    return QRectF(QPointF(a.at(0).toDouble(), a.at(1).toDouble()),
                  QPointF(a.at(2).toDouble(), a.at(3).toDouble()));
}

facts::Provenance provenanceFrom(const QJsonObject& o) {
    facts::Provenance at;
    at.page = o.value(QStringLiteral("page")).toInt();
    at.passage = o.value(QStringLiteral("passage")).toInt(-1);
    at.box = boxFrom(o.value(QStringLiteral("box")));
    return at;
}

QStringList stringsFrom(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

facts::StrategyNode nodeFrom(const QJsonObject& o) {
    facts::StrategyNode n;
    n.title = o.value(QStringLiteral("title")).toString();
    n.level = o.value(QStringLiteral("level")).toString();
    n.years = stringsFrom(o.value(QStringLiteral("years")));
    n.amounts = stringsFrom(o.value(QStringLiteral("amounts")));
    n.ministries = stringsFrom(o.value(QStringLiteral("ministries")));
    n.status = o.value(QStringLiteral("status")).toString();
    n.at = provenanceFrom(o);
    for (const QJsonValue& c : o.value(QStringLiteral("children")).toArray())
        n.children.append(nodeFrom(c.toObject()));
    return n;
}

/// "origin" and "record" as annotation::correctedFacts marks the user's facts.
FactOrigin originFrom(const QJsonObject& o) {
    const QString origin = o.value(QStringLiteral("origin")).toString();
    FactOrigin out;
    if (origin == QStringLiteral("user"))
        out.source = FactOrigin::Source::UserMade;
    else if (origin == QStringLiteral("edited"))
        out.source = FactOrigin::Source::Edited;
    out.recordId = o.value(QStringLiteral("record")).toInteger();
    return out;
}

} // namespace

QString FactsDocument::passageText(int passage) const {
    return passage >= 0 && passage < passages.size() ? passages.at(passage).text : QString();
}

QString FactsDocument::countryOf(int passage) const {
    return passage >= 0 && passage < facts.passageCountry.size() ? facts.passageCountry.at(passage)
                                                                 : QString();
}

QString FactsDocument::shortTitle() const {
    const QString t = title.simplified();
    if (t.size() <= shortTitleLength)
        return t;
    return t.left(shortTitleLength - 1).trimmed() + QChar(0x2026);
}

QList<FactsDocument::Section> FactsDocument::strategySections() const {
    // A single vision on top carries the strategies as its children; otherwise the roots are the strategies.
    QList<facts::StrategyNode> tops = facts.strategy;
    if (tops.size() == 1 && !tops.constFirst().children.isEmpty())
        tops = tops.constFirst().children;
    // Goals sit beside the strategies under a vision but are not parts of the document; keep strategies.
    QList<facts::StrategyNode> strategies;
    for (const facts::StrategyNode& n : std::as_const(tops))
        if (n.level == QStringLiteral("strategy"))
            strategies.append(n);
    if (!strategies.isEmpty())
        tops = strategies;
    QList<Section> sections;
    for (qsizetype i = 0; i < tops.size(); ++i) {
        const int first = tops.at(i).at.page;
        const int next =
            i + 1 < tops.size() ? tops.at(i + 1).at.page : (pageCount > 0 ? pageCount + 1 : first + 1);
        sections.append({tops.at(i).title, first, std::max(first, next - 1)});
    }
    return sections;
}

QString FactsDocument::strategySectionAt(int page) const {
    for (const Section& s : strategySections())
        if (page >= s.firstPage && page <= s.lastPage)
            return s.title;
    return {};
}

FactsDocument LibraryFacts::documentFromJson(qint64 docId, const QString& title, const QJsonObject& json,
                                             QList<text::Passage> passages) {
    FactsDocument d;
    d.docId = docId;
    d.title = title;
    d.passages = std::move(passages);
    facts::DocumentFacts& f = d.facts;
    for (const QJsonValue& v : json.value(QStringLiteral("dates")).toArray()) {
        const QJsonObject o = v.toObject();
        facts::DateFact date;
        date.text = o.value(QStringLiteral("text")).toString();
        date.start = o.value(QStringLiteral("start")).toString();
        date.end = o.value(QStringLiteral("end")).toString();
        date.precision = o.value(QStringLiteral("precision")).toString();
        date.label = o.value(QStringLiteral("label")).toString();
        date.yearInferred = o.value(QStringLiteral("year_inferred")).toBool();
        date.relative = o.value(QStringLiteral("relative")).toBool();
        date.inName = o.value(QStringLiteral("in_name")).toBool();
        date.kind = o.value(QStringLiteral("kind")).toString();
        date.at = provenanceFrom(o);
        f.dates.append(date);
        d.dateOrigins.append(originFrom(o));
    }
    for (const QJsonValue& v : json.value(QStringLiteral("money")).toArray()) {
        const QJsonObject o = v.toObject();
        facts::MoneyFact m;
        m.text = o.value(QStringLiteral("text")).toString();
        m.amount = o.value(QStringLiteral("amount")).toDouble();
        if (o.value(QStringLiteral("amount_max")).isDouble())
            m.amountMax = o.value(QStringLiteral("amount_max")).toDouble();
        m.currency = o.value(QStringLiteral("currency")).toString();
        m.period = o.value(QStringLiteral("period")).toString();
        m.rate = o.value(QStringLiteral("rate")).toString();
        m.convertedFrom = o.value(QStringLiteral("converted_from")).toInt(-1);
        m.kind = o.value(QStringLiteral("kind")).toString();
        m.actor = o.value(QStringLiteral("actor")).toString();
        m.counted = o.value(QStringLiteral("counted")).toBool(true);
        m.countNote = o.value(QStringLiteral("count_note")).toString();
        m.at = provenanceFrom(o);
        f.money.append(m);
        d.moneyOrigins.append(originFrom(o));
    }
    for (const QJsonValue& v : json.value(QStringLiteral("outline")).toArray()) {
        const QJsonObject o = v.toObject();
        facts::OutlineItem h;
        h.title = o.value(QStringLiteral("title")).toString();
        h.level = o.value(QStringLiteral("level")).toInt();
        h.numbering = o.value(QStringLiteral("numbering")).toString();
        h.at = provenanceFrom(o);
        f.outline.append(h);
    }
    d.rejectedFacts = int(json.value(QStringLiteral("rejected")).toArray().size());
    for (const QJsonValue& v : json.value(QStringLiteral("strategy")).toArray())
        f.strategy.append(nodeFrom(v.toObject()));
    int highestPassage = int(d.passages.size()) - 1;
    for (const QJsonValue& v : json.value(QStringLiteral("countries")).toArray()) {
        const QJsonObject o = v.toObject();
        facts::CountryFacts c;
        c.country = o.value(QStringLiteral("country")).toString();
        for (const QJsonValue& p : o.value(QStringLiteral("pages")).toArray())
            c.pages.append(p.toInt());
        for (const QJsonValue& p : o.value(QStringLiteral("passages")).toArray()) {
            c.passages.append(p.toInt());
            highestPassage = std::max(highestPassage, p.toInt());
        }
        f.countries.append(c);
    }
    // The JSON carries countries grouped; the views ask per passage.
    f.passageCountry = QStringList(highestPassage + 1, QString());
    for (const facts::CountryFacts& c : std::as_const(f.countries))
        for (int p : c.passages)
            if (p >= 0 && f.passageCountry.at(p).isEmpty())
                f.passageCountry[p] = c.country;
    return d;
}

Result<LibraryFacts> LibraryFacts::load(const store::Library& library) {
    LibraryFacts all;
    const annotation::AnnotationStore::Records records = annotation::AnnotationStore::readAll(library);
    const auto documents = library.documents();
    if (!documents)
        return std::unexpected(documents.error());
    for (const store::DocumentRecord& record : *documents) {
        auto json = library.facts(record.id);
        if (!json)
            return std::unexpected(json.error());
        const bool missing = !json->has_value();
        if (missing) {
            // Imported before facts were read, or by an older extractor: read them now, in memory (the
            // window's writer stores them once; this read path never writes).
            auto read = library.readFacts(record.id);
            if (!read)
                return std::unexpected(read.error());
            *json = std::move(*read);
        }
        auto stored = library.passages(record.id);
        if (!stored)
            return std::unexpected(stored.error());
        QList<text::Passage> passages = std::move(*stored);
        const QJsonObject corrected = annotation::correctedFacts(
            json->value_or(QJsonObject()), record.id, passages, records.annotations, records.corrections);
        FactsDocument d = documentFromJson(record.id, record.title.isEmpty() ? record.fileName : record.title,
                                           corrected, std::move(passages));
        d.date = record.date;
        d.pageCount = record.pageCount;
        d.factsMissing = missing;
        all.documents.append(std::move(d));
    }
    return all;
}

const FactsDocument* LibraryFacts::document(qint64 docId) const {
    for (const FactsDocument& d : documents)
        if (d.docId == docId)
            return &d;
    return nullptr;
}

} // namespace pl::ui
