#include "core/facts/factsjson.h"

namespace pl::facts {

namespace {

QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonArray boxJson(const QRectF& b) {
    return QJsonArray{b.left(), b.top(), b.right(), b.bottom()};
}

void addProvenance(QJsonObject& o, const Provenance& at) {
    o[QStringLiteral("page")] = at.page;
    o[QStringLiteral("box")] = boxJson(at.box);
    o[QStringLiteral("passage")] = at.passage;
}

QJsonArray stringsJson(const QStringList& list) {
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QJsonObject nodeJson(const StrategyNode& n) {
    QJsonObject o;
    o[QStringLiteral("title")] = n.title;
    o[QStringLiteral("level")] = n.level;
    o[QStringLiteral("years")] = stringsJson(n.years);
    o[QStringLiteral("amounts")] = stringsJson(n.amounts);
    o[QStringLiteral("ministries")] = stringsJson(n.ministries);
    o[QStringLiteral("status")] = orNull(n.status);
    addProvenance(o, n.at);
    QJsonArray children;
    for (const StrategyNode& c : n.children)
        children.append(nodeJson(c));
    o[QStringLiteral("children")] = children;
    return o;
}

} // namespace

QJsonArray datesJson(const QList<DateFact>& dates) {
    QJsonArray arr;
    for (const DateFact& d : dates) {
        QJsonObject o;
        o[QStringLiteral("text")] = d.text;
        o[QStringLiteral("start")] = d.start;
        o[QStringLiteral("end")] = orNull(d.end);
        o[QStringLiteral("precision")] = d.precision;
        o[QStringLiteral("label")] = d.label;
        if (d.yearInferred)
            o[QStringLiteral("year_inferred")] = true;
        if (d.relative)
            o[QStringLiteral("relative")] = true;
        if (d.inName)
            o[QStringLiteral("in_name")] = true;
        o[QStringLiteral("kind")] = orNull(d.kind);
        addProvenance(o, d.at);
        arr.append(o);
    }
    return arr;
}

QJsonArray moneyJson(const QList<MoneyFact>& money) {
    QJsonArray arr;
    for (const MoneyFact& m : money) {
        QJsonObject o;
        o[QStringLiteral("text")] = m.text;
        o[QStringLiteral("amount")] = m.amount;
        o[QStringLiteral("amount_max")] = m.amountMax ? QJsonValue(*m.amountMax) : QJsonValue();
        o[QStringLiteral("currency")] = m.currency;
        o[QStringLiteral("period")] = orNull(m.period);
        o[QStringLiteral("rate")] = orNull(m.rate);
        o[QStringLiteral("converted_from")] =
            m.convertedFrom >= 0 ? QJsonValue(m.convertedFrom) : QJsonValue();
        o[QStringLiteral("kind")] = orNull(m.kind);
        o[QStringLiteral("actor")] = orNull(m.actor);
        o[QStringLiteral("counted")] = m.counted;
        if (!m.countNote.isEmpty())
            o[QStringLiteral("count_note")] = m.countNote;
        addProvenance(o, m.at);
        arr.append(o);
    }
    return arr;
}

QJsonArray outlineJson(const QList<OutlineItem>& outline) {
    QJsonArray arr;
    for (const OutlineItem& h : outline) {
        QJsonObject o;
        o[QStringLiteral("title")] = h.title;
        o[QStringLiteral("level")] = h.level;
        o[QStringLiteral("numbering")] = orNull(h.numbering);
        addProvenance(o, h.at);
        arr.append(o);
    }
    return arr;
}

QJsonArray strategyJson(const QList<StrategyNode>& nodes) {
    QJsonArray arr;
    for (const StrategyNode& n : nodes)
        arr.append(nodeJson(n));
    return arr;
}

QJsonArray countriesJson(const QList<CountryFacts>& countries) {
    QJsonArray arr;
    for (const CountryFacts& c : countries) {
        QJsonArray pages, passages;
        for (int p : c.pages)
            pages.append(p);
        for (int p : c.passages)
            passages.append(p);
        arr.append(QJsonObject{{QStringLiteral("country"), c.country},
                               {QStringLiteral("pages"), pages},
                               {QStringLiteral("passages"), passages}});
    }
    return arr;
}

QJsonArray aliasesJson(const QList<AliasFact>& aliases) {
    QJsonArray arr;
    for (const AliasFact& a : aliases) {
        QJsonObject o;
        o[QStringLiteral("term")] = a.term;
        o[QStringLiteral("alias")] = a.alias;
        addProvenance(o, a.at);
        arr.append(o);
    }
    return arr;
}

} // namespace pl::facts
