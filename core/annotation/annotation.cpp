#include "core/annotation/annotation.h"

#include <QCryptographicHash>

namespace pl::annotation {

namespace {

QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QString TypedFact::kindName(Kind kind) {
    switch (kind) {
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Amount:
        return QStringLiteral("amount");
    case Kind::Target:
        return QStringLiteral("target");
    case Kind::Institution:
        return QStringLiteral("institution");
    }
    return {};
}

std::optional<TypedFact::Kind> TypedFact::kindFromName(const QString& name) {
    for (Kind k : {Kind::Date, Kind::Amount, Kind::Target, Kind::Institution})
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

QJsonObject TypedFact::toJson() const {
    QJsonObject o;
    o[QStringLiteral("kind")] = kindName(kind);
    o[QStringLiteral("text")] = text;
    o[QStringLiteral("label")] = label;
    switch (kind) {
    case Kind::Date:
        o[QStringLiteral("start")] = start;
        o[QStringLiteral("end")] = orNull(end);
        o[QStringLiteral("precision")] = precision;
        break;
    case Kind::Amount:
        o[QStringLiteral("amount")] = amount;
        o[QStringLiteral("amount_max")] = amountMax ? QJsonValue(*amountMax) : QJsonValue();
        o[QStringLiteral("currency")] = currency;
        o[QStringLiteral("period")] = orNull(period);
        break;
    case Kind::Target:
    case Kind::Institution:
        o[QStringLiteral("value")] = value;
        break;
    }
    return o;
}

std::optional<TypedFact> TypedFact::fromJson(const QJsonObject& o) {
    const auto kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    TypedFact f;
    f.kind = *kind;
    f.text = o.value(QStringLiteral("text")).toString();
    f.label = o.value(QStringLiteral("label")).toString();
    f.start = o.value(QStringLiteral("start")).toString();
    f.end = o.value(QStringLiteral("end")).toString();
    f.precision = o.value(QStringLiteral("precision")).toString();
    f.amount = o.value(QStringLiteral("amount")).toDouble();
    if (o.value(QStringLiteral("amount_max")).isDouble())
        f.amountMax = o.value(QStringLiteral("amount_max")).toDouble();
    f.currency = o.value(QStringLiteral("currency")).toString();
    f.period = o.value(QStringLiteral("period")).toString();
    f.value = o.value(QStringLiteral("value")).toString();
    return f;
}

QString FactCorrection::kindName(Kind kind) {
    return kind == Kind::Date ? QStringLiteral("date") : QStringLiteral("amount");
}

QString FactCorrection::actionName(Action action) {
    return action == Action::Edit ? QStringLiteral("edit") : QStringLiteral("reject");
}

QString passageHash(const QString& passageText) {
    QString compact;
    compact.reserve(passageText.size());
    for (const QChar c : passageText)
        if (!c.isSpace())
            compact.append(c);
    return QString::fromLatin1(
        QCryptographicHash::hash(compact.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace pl::annotation
