#pragma once

#include "core/text/documentassembler.h"

#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

/// Policy facts read out of a document's passages: dates and periods, amounts, the strategy tree and the
/// countries a passage is about. Every fact keeps its provenance (passage index, page, box).
namespace pl::facts {

/// Where a fact was read: the passage's index in document order, its 1-based page, and a box on that page
/// that covers the fact's text (PDF points, top-left origin, as the passages' boxes).
struct Provenance {
    int passage = -1;
    int page = 0;
    QRectF box;
    int offset = -1; ///< where the fact's text starts in the passage's text, or -1
};

/// What the extractors know about the document as a whole.
struct DocumentContext {
    QDate documentDate; ///< the cover date, else the PDF date; may be invalid
    QString title;
};

/// A date or period. start/end use the gold conventions: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-H1/H2;
/// end is empty for a point and "open" for an open end; start is "open" for an open start.
struct DateFact {
    QString text;
    QString start;
    QString end;
    QString precision; ///< day|month|quarter|half|year|decade
    bool yearInferred = false;
    bool relative = false;
    bool inName = false; ///< a year inside a title or a proper name (AI 전략 2019)
    QString label;       ///< what happened, short, for the timeline
    /// policy_event | schedule | industry_event | background | citation | document (see factkinds.h)
    QString kind;
    Provenance at;
};

/// An amount of money in base units of an ISO 4217 currency.
struct MoneyFact {
    QString text;
    double amount = 0;
    std::optional<double> amountMax; ///< the high end of a range
    QString currency;
    QString period;         ///< 2022-2026, 2023, 2016-open … or empty
    QString rate;           ///< per_year, per_month or empty
    int convertedFrom = -1; ///< index of the item this one converts (3,500만 유로(약 518억 원)), or -1
    QString kind;           ///< budget | market | corporate | price | other (see factkinds.h)
    QString actor;          ///< whose money a budget item is: KR, US, EU … or a body's name; else empty
    /// Whether a sum counts this item: not a conversion, a part of a stated whole, a repeat of the same
    /// amount for the same period. countNote says why not.
    bool counted = true;
    QString countNote;
    Provenance at;
};

/// A heading of the document outline (Ⅰ., 1., 가., 제N장, 제N절 …).
struct OutlineItem {
    QString title;
    int level = 0; ///< 1 = top
    QString numbering;
    Provenance at;
};

/// A node of the strategy tree: vision > goal | strategy > task_group > task > subtask.
struct StrategyNode {
    QString title;
    QString level;
    QStringList years;
    QStringList amounts;
    QStringList ministries;
    QString status; ///< 신규, 강화, 계속 … or empty
    Provenance at;
    QList<StrategyNode> children;
};

/// The passages that are about one country or body (ISO 3166 alpha-2, or EU, OECD, UN, G7 …).
struct CountryFacts {
    QString country;
    QList<int> pages;
    QList<int> passages;
};

/// Two spellings a document itself says are the same: a name and the other script's spelling in
/// parentheses (하이퍼클로바(HyperCLOVA), LLaMA(라마), 인공지능(AI: Artificial Intelligence)), a title and
/// its short form (「인공지능법(AI Act)」), a name and the short name it introduces ((이하 "AI기본법"이라
/// 한다), (약칭: 과기정통부), (이하 K-water)).
struct AliasFact {
    QString term;  ///< the spelling before the parenthesis
    QString alias; ///< the spelling the document gives for it
    Provenance at;
};

struct DocumentFacts {
    QList<DateFact> dates;
    QList<MoneyFact> money;
    QList<OutlineItem> outline;
    QList<StrategyNode> strategy;
    QStringList passageCountry; ///< per passage: its country code, or empty
    QList<CountryFacts> countries;
    QList<AliasFact> aliases;
};

/// Runs every extractor over the passages of one document (in document order).
DocumentFacts extractFacts(const QList<text::Passage>& passages, const DocumentContext& context);

} // namespace pl::facts
