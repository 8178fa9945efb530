#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

/// What the user adds to a library: highlights with notes, tags and typed facts, and corrections of
/// extracted facts. Kept apart from the extractor's output and anchored so that they survive re-import.
namespace pl::annotation {

/// Which document a record belongs to. The path and content hash are the anchor; the id is a cache that is
/// null while the document is out of the library (removed, or being replaced).
struct DocumentAnchor {
    QString path;
    QString sha256;
    std::optional<qint64> docId;
    friend bool operator==(const DocumentAnchor&, const DocumentAnchor&) = default;
};

/// A fact the user states about a passage. Dates use the gold convention of facts::DateFact (start/end as
/// YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-H1/H2; end empty for a point, "open" for an open end); amounts
/// are in base units of an ISO 4217 currency as facts::MoneyFact.
struct TypedFact {
    enum class Kind { Date, Amount, Target, Institution };
    Kind kind = Kind::Date;
    QString text; ///< as printed in the quote, or as the user typed it
    // Date
    QString start;
    QString end;
    QString precision; ///< day|month|quarter|half|year|decade
    // Amount
    double amount = 0;
    std::optional<double> amountMax;
    QString currency;
    QString period;
    // Target, Institution
    QString value;
    QString label; ///< what it is about, short

    QJsonObject toJson() const;
    static std::optional<TypedFact> fromJson(const QJsonObject& json);
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);
    friend bool operator==(const TypedFact&, const TypedFact&) = default;
};

/// A highlight of a passage or part of it, with the user's colour, note and tags, and optionally a fact.
struct Annotation {
    qint64 id = 0;
    DocumentAnchor document;
    int page = 0;        ///< 1-based
    QList<QRectF> boxes; ///< on that page, PDF points, top-left origin
    QString quote;       ///< the highlighted text, as stored in the passages
    QString color = QStringLiteral("#ffd54f");
    QString note;
    QStringList tags;
    std::optional<TypedFact> fact;
    bool detached = false; ///< the quote was not found in the current version of the document
    QDateTime created;
    QDateTime modified;

    friend bool operator==(const Annotation&, const Annotation&) = default;
};

/// The user's verdict on one extracted date or amount. Identified by what stays when a document is
/// imported again (document anchor, kind, the fact's printed text, page and the hash of its passage), never
/// by the fact's row id, which changes at every import.
struct FactCorrection {
    enum class Kind { Date, Amount };
    enum class Action { Edit, Reject };
    qint64 id = 0;
    DocumentAnchor document;
    Kind kind = Kind::Date;
    QString factText;    ///< the fact as printed (DateFact::text, MoneyFact::text)
    int page = 0;        ///< 1-based
    QString passageHash; ///< passageHash() of the passage it was read in
    Action action = Action::Edit;
    /// For Edit: the new value, in the form `extract --json` prints a fact of that kind ({"start", "end",
    /// "precision"} or {"amount", "amount_max", "currency", "period"}).
    QJsonObject value;
    QString reason; ///< for Reject: "not-a-date", "wrong-amount" or the user's words
    bool detached = false;
    QDateTime created;
    QDateTime modified;

    static QString kindName(Kind kind);
    static QString actionName(Action action);
    friend bool operator==(const FactCorrection&, const FactCorrection&) = default;
};

/// A stable fingerprint of a passage's text, insensitive to whitespace differences between imports.
QString passageHash(const QString& passageText);

} // namespace pl::annotation
