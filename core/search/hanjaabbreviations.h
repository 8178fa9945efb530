#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

namespace pl::search {

/// Korean documents abbreviate a country by the first character of its Hanja name: 美 for 미국 (美國), 韓 for
/// 한국 (韓國), 印 for 인도 (印度), 露 for 러시아 (露國). The Hanja names come from libhangul's dictionary
/// (Debian libhangul-data, lines "reading:hanja:meaning"): an entry names a country when its reading is the
/// country's Korean name and it has a meaning (미국:美國:아메리카합중국, not 미국:尾局:), or when its meaning
/// is the name and its Hanja is a one-character name with 國 (불국:佛國:프랑스).
class HanjaAbbreviations {
public:
    /// The shipped dictionary ($POLICYLENS_HANJA_DICTIONARY, else libhangul's), for the Korean names the
    /// country tagger knows; read once, on first use. Empty when the dictionary is missing.
    static const HanjaAbbreviations& shared();
    /// From a dictionary's text, for these Korean names (tests).
    static HanjaAbbreviations fromText(QByteArrayView dictionary, const QStringList& names);

    /// 미국 → 美, 米; empty when the name has none.
    QStringList abbreviationsOf(const QString& name) const { return m_abbreviations.value(name); }
    /// 美 → 미국.
    QStringList namesOf(const QString& hanja) const { return m_names.value(hanja); }
    bool isEmpty() const { return m_abbreviations.isEmpty(); }

    /// The Hangul reading of a word written in Hanja (直系尊屬 → 직계존속, 感應形 → 감응형): the dictionary's
    /// longest words first, single characters for the rest; empty when a character has no reading.
    static QString readingOf(const QString& hanja);
    /// The same from a dictionary's text (tests).
    static QString readingOf(const QString& hanja, QByteArrayView dictionary);

private:
    QHash<QString, QStringList> m_abbreviations;
    QHash<QString, QStringList> m_names;
};

} // namespace pl::search
