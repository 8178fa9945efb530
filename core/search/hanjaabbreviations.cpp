#include "core/search/hanjaabbreviations.h"

#include "core/facts/countrytagger.h"
#include "core/text/textnormalizer.h"

#include <QFile>
#include <QMutex>
#include <QSet>

#ifndef POLICYLENS_HANJA_DICTIONARY
#define POLICYLENS_HANJA_DICTIONARY "/usr/share/libhangul/hanja/hanja.txt"
#endif

namespace pl::search {

namespace {

using text::isHan;

/// $POLICYLENS_HANJA_DICTIONARY, else libhangul's dictionary where the build found it.
QString dictionaryPath() {
    const QString path = qEnvironmentVariable("POLICYLENS_HANJA_DICTIONARY");
    return path.isEmpty() ? QStringLiteral(POLICYLENS_HANJA_DICTIONARY) : path;
}

/// Calls `entry(reading, hanja, meaning)` for each "reading:hanja:meaning" line of libhangul's dictionary.
template <typename Entry> void forEachEntry(QByteArrayView dictionary, Entry entry) {
    qsizetype pos = 0;
    const qsizetype size = dictionary.size();
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && dictionary[end] != '\n')
            ++end;
        const QByteArrayView line = dictionary.sliced(pos, end - pos);
        pos = end + 1;
        if (line.isEmpty() || line[0] == '#')
            continue;
        const qsizetype c1 = line.indexOf(':');
        if (c1 <= 0)
            continue;
        const qsizetype c2 = line.sliced(c1 + 1).indexOf(':');
        if (c2 <= 0)
            continue;
        QByteArrayView meaning = line.sliced(c1 + 1 + c2 + 1);
        while (!meaning.isEmpty() && (meaning.back() == '\r' || meaning.back() == ' '))
            meaning.chop(1);
        entry(line.sliced(0, c1), line.sliced(c1 + 1, c2), meaning);
    }
}

} // namespace

HanjaAbbreviations HanjaAbbreviations::fromText(QByteArrayView dictionary, const QStringList& names) {
    HanjaAbbreviations out;
    QSet<QByteArray> wanted;
    for (const QString& n : names)
        wanted.insert(n.toUtf8());
    const QByteArray country = QStringLiteral("國").toUtf8();
    auto add = [&](const QString& name, const QString& hanja) {
        const QList<uint> ucs = hanja.toUcs4();
        if (ucs.isEmpty() || !isHan(ucs[0]))
            return;
        const QString first = QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs.constData()), 1);
        QStringList& a = out.m_abbreviations[name];
        if (!a.contains(first))
            a.append(first);
        QStringList& n = out.m_names[first];
        if (!n.contains(name))
            n.append(name);
    };
    forEachEntry(dictionary, [&](QByteArrayView reading, QByteArrayView hanja, QByteArrayView meaning) {
        if (meaning.isEmpty())
            return; // 미국:尾局: is a common noun, not the country
        if (wanted.contains(reading.toByteArray())) {
            add(QString::fromUtf8(reading), QString::fromUtf8(hanja));
        } else if (wanted.contains(meaning.toByteArray())) {
            const QString h = QString::fromUtf8(hanja);
            if (h.size() == 2 && h.endsWith(QString::fromUtf8(country)))
                add(QString::fromUtf8(meaning), h);
        }
    });
    return out;
}

QString HanjaAbbreviations::readingOf(const QString& hanja, QByteArrayView dictionary) {
    const QList<uint> chars = hanja.toUcs4();
    if (chars.isEmpty() || chars.size() > 16)
        return {};
    for (uint c : chars)
        if (!isHan(c))
            return {};
    const QByteArray wanted = hanja.toUtf8();
    // Every dictionary word inside the query, with its reading: (start in characters, length) → reading.
    QHash<QString, QString> readings;
    forEachEntry(dictionary, [&](QByteArrayView reading, QByteArrayView word, QByteArrayView) {
        if (!QByteArrayView(wanted).contains(word))
            return;
        const QString w = QString::fromUtf8(word);
        if (!readings.contains(w))
            readings.insert(w, QString::fromUtf8(reading));
    });
    // Longest words first, left to right.
    QString out;
    const QString text = hanja;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype len = std::min<qsizetype>(text.size() - i, 8);
        for (; len > 0; --len) {
            const auto it = readings.constFind(text.mid(i, len));
            if (it != readings.constEnd() && it->size() == len) {
                out += *it;
                break;
            }
        }
        if (len == 0)
            return {};
        i += len;
    }
    return out;
}

QString HanjaAbbreviations::readingOf(const QString& hanja) {
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(hanja); it != cache.constEnd())
        return *it;
    QFile f(dictionaryPath());
    QString reading;
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray text = f.readAll();
        reading = readingOf(hanja, text);
    }
    cache.insert(hanja, reading);
    return reading;
}

const HanjaAbbreviations& HanjaAbbreviations::shared() {
    static const HanjaAbbreviations table = [] {
        QFile f(dictionaryPath());
        if (!f.open(QIODevice::ReadOnly))
            return HanjaAbbreviations();
        const QByteArray text = f.readAll();
        return fromText(text, facts::koreanCountryNames());
    }();
    return table;
}

} // namespace pl::search
