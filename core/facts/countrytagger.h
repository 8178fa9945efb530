#pragma once

#include "core/facts/facts.h"

namespace pl::facts {

/// For each passage, the country or body it is about (ISO 3166 alpha-2, EU, OECD, UN, G7 …) or an empty
/// string.
QStringList tagCountries(const QList<text::Passage>& passages, const DocumentContext& context);

/// A country or body named in a text: where, and its code.
struct CountryMention {
    qsizetype at = 0;
    qsizetype length = 0;
    QString code;
};
/// Every country or body the text names, in text order.
QList<CountryMention> countryMentions(const QString& text);

/// The Korean names of the countries the tagger knows (미국, 중국, 러시아 …), without abbreviations.
QStringList koreanCountryNames();

/// Groups the per-passage tags into one entry per country, in order of first appearance.
QList<CountryFacts> summariseCountries(const QList<text::Passage>& passages, const QStringList& tags);

} // namespace pl::facts
