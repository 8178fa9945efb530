#include "core/annotation/correctedfacts.h"

#include "core/annotation/quotelocator.h"

#include <QJsonArray>
#include <optional>

namespace pl::annotation {

namespace {

QString passageTextAt(const QList<text::Passage>& passages, int index) {
    return index >= 0 && index < passages.size() ? passages.at(index).text : QString();
}

/// The correction of an extracted fact: same printed text, page and passage.
const FactCorrection* correctionFor(const QList<FactCorrection>& corrections, FactCorrection::Kind kind,
                                    const QJsonObject& fact, const QList<text::Passage>& passages) {
    const QString text = fact.value(QStringLiteral("text")).toString();
    const int page = fact.value(QStringLiteral("page")).toInt();
    QString hash;
    for (const FactCorrection& c : corrections) {
        if (c.kind != kind || c.factText != text || c.page != page)
            continue;
        if (hash.isEmpty())
            hash = passageHash(passageTextAt(passages, fact.value(QStringLiteral("passage")).toInt(-1)));
        if (c.passageHash == hash)
            return &c;
    }
    return nullptr;
}

QJsonArray boxJson(const QRectF& b) {
    return QJsonArray{b.left(), b.top(), b.right(), b.bottom()};
}

} // namespace

QJsonObject correctedFacts(const QJsonObject& facts, qint64 docId, const QList<text::Passage>& passages,
                           const QList<Annotation>& annotations,
                           const QList<FactCorrection>& allCorrections) {
    QList<FactCorrection> corrections;
    for (const FactCorrection& c : allCorrections)
        if (c.document.docId == docId && !c.detached)
            corrections.append(c);
    QJsonObject out = facts;
    QJsonArray rejected;

    const auto markRejected = [&](QJsonObject fact, const FactCorrection& c) {
        fact[QStringLiteral("kind")] = FactCorrection::kindName(c.kind);
        fact[QStringLiteral("record")] = c.id;
        fact[QStringLiteral("reason")] = c.reason;
        rejected.append(fact);
    };

    QJsonArray dates;
    for (const QJsonValue& v : facts.value(QStringLiteral("dates")).toArray()) {
        QJsonObject d = v.toObject();
        const FactCorrection* c = correctionFor(corrections, FactCorrection::Kind::Date, d, passages);
        if (c && c->action == FactCorrection::Action::Reject) {
            markRejected(d, *c);
            continue;
        }
        if (c) {
            d[QStringLiteral("extracted")] =
                QJsonObject{{QStringLiteral("start"), d.value(QStringLiteral("start"))},
                            {QStringLiteral("end"), d.value(QStringLiteral("end"))},
                            {QStringLiteral("precision"), d.value(QStringLiteral("precision"))}};
            d[QStringLiteral("start")] = c->value.value(QStringLiteral("start")).toString();
            d[QStringLiteral("end")] = c->value.value(QStringLiteral("end")).toString().isEmpty()
                                           ? QJsonValue()
                                           : c->value.value(QStringLiteral("end"));
            d[QStringLiteral("precision")] = c->value.value(QStringLiteral("precision")).toString();
            d.remove(QStringLiteral("in_name"));
            d.remove(QStringLiteral("relative"));
            d[QStringLiteral("origin")] = QStringLiteral("edited");
            d[QStringLiteral("record")] = c->id;
        }
        dates.append(d);
    }

    // Amounts point at each other (a printed conversion names its source): renumber those links.
    const QJsonArray extractedMoney = facts.value(QStringLiteral("money")).toArray();
    QJsonArray money;
    QList<int> newIndex(extractedMoney.size(), -1);
    for (qsizetype i = 0; i < extractedMoney.size(); ++i) {
        QJsonObject m = extractedMoney.at(i).toObject();
        const FactCorrection* c = correctionFor(corrections, FactCorrection::Kind::Amount, m, passages);
        if (c && c->action == FactCorrection::Action::Reject) {
            markRejected(m, *c);
            continue;
        }
        if (c) {
            QJsonObject was;
            for (const char* key : {"amount", "amount_max", "currency", "period"})
                was[QLatin1String(key)] = m.value(QLatin1String(key));
            m[QStringLiteral("extracted")] = was;
            for (const char* key : {"amount", "amount_max", "currency", "period"})
                if (c->value.contains(QLatin1String(key)))
                    m[QLatin1String(key)] = c->value.value(QLatin1String(key));
            if (!c->value.contains(QStringLiteral("amount_max")))
                m[QStringLiteral("amount_max")] = QJsonValue();
            m[QStringLiteral("origin")] = QStringLiteral("edited");
            m[QStringLiteral("record")] = c->id;
        }
        newIndex[i] = int(money.size());
        money.append(m);
    }
    for (qsizetype i = 0; i < money.size(); ++i) {
        QJsonObject m = money.at(i).toObject();
        const QJsonValue from = m.value(QStringLiteral("converted_from"));
        if (from.isDouble()) {
            const int k = from.toInt();
            const int mapped = k >= 0 && k < newIndex.size() ? newIndex.at(k) : -1;
            m[QStringLiteral("converted_from")] = mapped >= 0 ? QJsonValue(mapped) : QJsonValue();
            money[i] = m;
        }
    }

    // Built only for a document the user stated facts in: it copies the document's text.
    std::optional<QuoteLocator> locator;
    for (const Annotation& a : annotations) {
        if (a.document.docId != docId || a.detached || !a.fact)
            continue;
        const TypedFact& t = *a.fact;
        if (t.kind != TypedFact::Kind::Date && t.kind != TypedFact::Kind::Amount)
            continue;
        QJsonObject o;
        o[QStringLiteral("text")] = t.text.isEmpty() ? a.quote : t.text;
        if (t.kind == TypedFact::Kind::Date) {
            o[QStringLiteral("start")] = t.start;
            o[QStringLiteral("end")] = t.end.isEmpty() ? QJsonValue() : QJsonValue(t.end);
            o[QStringLiteral("precision")] = t.precision;
            o[QStringLiteral("label")] =
                !t.label.isEmpty() ? t.label : (a.note.isEmpty() ? o.value(QStringLiteral("text")) : a.note);
        } else {
            o[QStringLiteral("amount")] = t.amount;
            o[QStringLiteral("amount_max")] = t.amountMax ? QJsonValue(*t.amountMax) : QJsonValue();
            o[QStringLiteral("currency")] = t.currency.isEmpty() ? QStringLiteral("KRW") : t.currency;
            o[QStringLiteral("period")] = t.period.isEmpty() ? QJsonValue() : QJsonValue(t.period);
            o[QStringLiteral("rate")] = QJsonValue();
            o[QStringLiteral("converted_from")] = QJsonValue();
        }
        o[QStringLiteral("page")] = a.page;
        o[QStringLiteral("box")] = boxJson(a.boxes.isEmpty() ? QRectF() : a.boxes.constFirst());
        if (!locator)
            locator.emplace(passages);
        const auto place = locator->locate(a.quote, a.page);
        o[QStringLiteral("passage")] = place ? place->firstPassage : -1;
        o[QStringLiteral("origin")] = QStringLiteral("user");
        o[QStringLiteral("record")] = a.id;
        (t.kind == TypedFact::Kind::Date ? dates : money).append(o);
    }
    out[QStringLiteral("dates")] = dates;
    out[QStringLiteral("money")] = money;
    out[QStringLiteral("rejected")] = rejected;
    return out;
}

} // namespace pl::annotation
