#include "core/facts/aliasminer.h"

#include "core/facts/countrytagger.h"
#include "core/text/textnormalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pl::facts {

namespace {

bool isHangul(QChar c) {
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

bool isLatin(QChar c) {
    return c.unicode() < 0x80 && c.isLetter();
}

bool hasHangul(const QString& s) {
    for (QChar c : s)
        if (isHangul(c))
            return true;
    return false;
}

int latinLetters(const QString& s) {
    int n = 0;
    for (QChar c : s)
        n += isLatin(c) ? 1 : 0;
    return n;
}

int hangulSyllables(const QString& s) {
    int n = 0;
    for (QChar c : s)
        n += isHangul(c) ? 1 : 0;
    return n;
}

const QString kOpeners = QStringLiteral("「『《〈“‘\"'[<");
const QString kClosers = QStringLiteral("」』》〉”’\"']>");

QString trimQuotes(QString s) {
    s = s.trimmed();
    while (!s.isEmpty() && (kOpeners.contains(s.front()) || kClosers.contains(s.front())))
        s.remove(0, 1);
    while (!s.isEmpty() && (kOpeners.contains(s.back()) || kClosers.contains(s.back())))
        s.chop(1);
    return s.trimmed();
}

/// A word a Korean phrase ends a modifier with (정부의, 기업이 …): the phrase before it is not the name.
bool endsWithParticle(const QString& word) {
    static const QStringList particles = {QStringLiteral("의"), QStringLiteral("을"), QStringLiteral("를"),
                                          QStringLiteral("은"), QStringLiteral("는"), QStringLiteral("이"),
                                          QStringLiteral("가"), QStringLiteral("에"), QStringLiteral("로"),
                                          QStringLiteral("와"), QStringLiteral("과"), QStringLiteral("및"),
                                          QStringLiteral("도"), QStringLiteral("서"), QStringLiteral("고"),
                                          QStringLiteral("한"), QStringLiteral("된"), QStringLiteral("할"),
                                          QStringLiteral("될"), QStringLiteral("인"), QStringLiteral("던")};
    for (const QString& p : particles)
        if (word.endsWith(p))
            return true;
    return false;
}

/// A character a name may hold (letters, digits, and the joiners of compound names).
bool nameChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('&') || c == QChar(0x00B7) ||
           c == QLatin1Char('.') || c == QLatin1Char('+');
}

/// The words (eojeol) before `end`, nearest last, at most `max`.
QStringList wordsBefore(const QString& text, qsizetype end, int max) {
    QStringList words;
    qsizetype i = end;
    while (words.size() < max) {
        while (i > 0 && text.at(i - 1) == QLatin1Char(' '))
            --i;
        const qsizetype stop = i;
        while (i > 0 && nameChar(text.at(i - 1)))
            --i;
        if (i == stop)
            break;
        words.prepend(text.mid(i, stop - i));
        if (i == 0 || text.at(i - 1) != QLatin1Char(' '))
            break; // punctuation before the word ends the phrase
    }
    // Dots and hyphens belong inside a name, not at its edges.
    for (QString& w : words) {
        while (!w.isEmpty() && !w.front().isLetterOrNumber())
            w.remove(0, 1);
        while (!w.isEmpty() && !w.back().isLetterOrNumber() && w.back() != QLatin1Char('+'))
            w.chop(1);
    }
    words.removeAll(QString());
    return words;
}

/// The name a parenthesis at `open` follows: a quoted or bracketed title that closes right before it
/// (「인공지능법」(…)), else the words before it — for a name in Latin letters as many as form one Latin
/// run (EU AI Act), for a Korean name one word, or two when the other spelling has several words and the
/// first word does not end in a particle (대규모 언어모델(Large Language Model)).
QString nameBefore(const QString& text, qsizetype open, int otherWords) {
    qsizetype end = open;
    while (end > 0 && text.at(end - 1) == QLatin1Char(' '))
        --end;
    if (end == 0)
        return {};
    const QChar last = text.at(end - 1);
    const qsizetype closer = kClosers.indexOf(last);
    if (closer >= 0) {
        const QChar opener = kOpeners.at(closer);
        const qsizetype from = text.lastIndexOf(opener, end - 2);
        if (from < 0 || end - 1 - from > 60)
            return {};
        return trimQuotes(text.mid(from + 1, end - 2 - from));
    }
    if (isLatin(last) || last.isDigit() || last == QLatin1Char('+')) {
        QStringList latin;
        const QStringList words = wordsBefore(text, end, 5);
        for (qsizetype k = words.size() - 1; k >= 0; --k) {
            if (hasHangul(words[k]))
                break;
            latin.prepend(words[k]);
        }
        if (!latin.isEmpty() && hasHangul(latin.last()))
            return {};
        if (!latin.isEmpty())
            return latin.join(QLatin1Char(' '));
        // A name that mixes the scripts (챗GPT, K-클라우드) is one word.
        return words.isEmpty() ? QString() : words.last();
    }
    const QStringList words = wordsBefore(text, end, 2);
    if (words.isEmpty())
        return {};
    if (otherWords >= 2 && words.size() == 2 && !endsWithParticle(words[0]) && hasHangul(words[0]) &&
        !words[0].front().isDigit())
        return words.join(QLatin1Char(' '));
    return words.last();
}

/// A spelling in Latin letters that can be a name: starts with a letter, two letters or more, at most six
/// words, not an abbreviation of the apparatus (e.g., cf., vs., p.) and not a citation.
bool latinName(const QString& s) {
    static const QSet<QString> apparatus = {
        QStringLiteral("eg"),     QStringLiteral("ie"),    QStringLiteral("cf"),   QStringLiteral("vs"),
        QStringLiteral("etc"),    QStringLiteral("ex"),    QStringLiteral("ver"),  QStringLiteral("no"),
        QStringLiteral("p"),      QStringLiteral("pp"),    QStringLiteral("fig"),  QStringLiteral("table"),
        QStringLiteral("source"), QStringLiteral("see"),   QStringLiteral("new"),  QStringLiteral("old"),
        QStringLiteral("total"),  QStringLiteral("draft"), QStringLiteral("note"), QStringLiteral("unit")};
    if (s.isEmpty() || !isLatin(s.front()) || latinLetters(s) < 2 || hasHangul(s))
        return false;
    if (s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 6)
        return false;
    QString first = s.section(QLatin1Char(' '), 0, 0).toLower();
    first.remove(QLatin1Char('.'));
    if (apparatus.contains(first))
        return false;
    for (QChar c : s)
        if (!(nameChar(c) || c == QLatin1Char(' ') || c == QLatin1Char('\'')))
            return false;
    // Not arithmetic (blocksize - m - 1), a web address (www.kwater.or.kr) or a lone variable.
    static const QRegularExpression notAName(
        QStringLiteral("\\s-\\s|^www\\.|[a-z0-9]\\.[a-z]{2,}(\\.|$)|(^|\\s)[a-z](\\s|$)"));
    return !notAName.match(s).hasMatch();
}

/// A Korean spelling that can be a name: two syllables or more, mostly Hangul, not a country (OpenAI(미국)
/// says where, not what), not a note (안, 가칭, 예정 …).
bool koreanName(const QString& s) {
    static const QSet<QString> notes = {
        QStringLiteral("가칭"), QStringLiteral("예정"), QStringLiteral("잠정"), QStringLiteral("예시"),
        QStringLiteral("계획"), QStringLiteral("추진"), QStringLiteral("완료"), QStringLiteral("신규"),
        QStringLiteral("계속"), QStringLiteral("단위"), QStringLiteral("참고"), QStringLiteral("별첨"),
        QStringLiteral("확정"), QStringLiteral("검토"), QStringLiteral("협의")};
    if (hangulSyllables(s) < 2 || s.size() > 30 || notes.contains(s) ||
        s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 3)
        return false;
    for (QChar c : s)
        if (!(nameChar(c) || c == QLatin1Char(' ')))
            return false;
    if (s.front().isDigit())
        return false;
    // The country alone, perhaps with a particle or a suffix (미국, 美國, 중국계).
    const auto countries = countryMentions(s);
    return !(countries.size() == 1 && countries[0].length + 1 >= s.size());
}

/// The spellings a parenthesis gives for the name before it: "AI: Artificial Intelligence" gives both.
QStringList segments(const QString& inner) {
    static const QRegularExpression sep(QStringLiteral("\\s*[:;,/：]\\s*"));
    QStringList out;
    for (const QString& part : inner.split(sep, Qt::SkipEmptyParts)) {
        const QString p = trimQuotes(part);
        if (!p.isEmpty())
            out.append(p);
    }
    return out;
}

/// The short name of "(이하 "X"라 한다)", "(이하 X)", "(이하 'X'이라 함)", "(약칭: X)".
QString introducedName(const QString& inner) {
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(?:이하|약칭|약어)\\s*[:：]?\\s*[\"'“‘「『]?\\s*([^\"'”’」』,]+?)\\s*[\"'”’」』]?\\s*"
        "(?:(?:이)?라(?:고)?\\s*(?:한다|함|칭함|칭한다|부른다)|로\\s*(?:약칭|칭)(?:함|한다)?|,.*)?\\s*$"));
    const auto m = re.match(trimQuotes(inner));
    if (!m.hasMatch())
        return {};
    return m.captured(1).trimmed();
}

bool plausiblePair(const QString& term, const QString& alias) {
    const QString a = aliasKey(term);
    const QString b = aliasKey(alias);
    if (a.size() < 2 || b.size() < 2 || a == b)
        return false;
    // A short form inside the long one (한국수자원공사(이하 "공사")) abbreviates, it does not name: searching
    // for it would find every 공사.
    if (a.contains(b) || b.contains(a))
        return false;
    bool anyLetter = false;
    for (QChar c : b)
        anyLetter = anyLetter || c.isLetter();
    return anyLetter;
}

static const QRegularExpression kYear(QStringLiteral("(?<![0-9])(19|20)[0-9]{2}(?![0-9])"));

} // namespace

QString aliasKey(const QString& spelling) {
    const QString n = text::normalizeText(spelling).toCaseFolded();
    QString out;
    out.reserve(n.size());
    for (QChar c : n)
        if (c.isLetterOrNumber() || c == QLatin1Char('&') || c == QLatin1Char('+'))
            out.append(c);
    return out;
}

QList<AliasFact> aliasesIn(const QString& raw) {
    const QString text = text::normalizeText(raw);
    QList<AliasFact> out;
    auto add = [&](const QString& term, const QString& alias, qsizetype offset) {
        const QString t = term.simplified();
        const QString a = alias.simplified();
        if (!plausiblePair(t, a))
            return;
        AliasFact f;
        f.term = t;
        f.alias = a;
        f.at.offset = int(offset);
        out.append(f);
    };
    for (qsizetype open = text.indexOf(QLatin1Char('(')); open >= 0;
         open = text.indexOf(QLatin1Char('('), open + 1)) {
        const qsizetype close = text.indexOf(QLatin1Char(')'), open + 1);
        if (close < 0 || close - open > 90)
            continue;
        const QString inner = text.mid(open + 1, close - open - 1).trimmed();
        if (inner.isEmpty() || inner.contains(QLatin1Char('(')))
            continue;
        const QString introduced = introducedName(inner);
        if (!introduced.isEmpty()) {
            const QString name = nameBefore(text, open, 1);
            if (!name.isEmpty() && (koreanName(introduced) || latinName(introduced)) &&
                aliasKey(introduced).size() >= 2)
                add(name, introduced, open);
            continue;
        }
        if (kYear.match(inner).hasMatch())
            continue; // (OpenAI, 2023): a citation
        const QStringList spellings = segments(inner);
        if (spellings.isEmpty() || spellings.size() > 3)
            continue;
        int words = 1;
        for (const QString& s : spellings)
            words = std::max(words, int(s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size()));
        const QString name = nameBefore(text, open, words);
        if (name.isEmpty())
            continue;
        if (hasHangul(name) && !name.contains(QLatin1Char(' ')) && hangulSyllables(name) <= 2 &&
            endsWithParticle(name))
            continue; // 않은(Unique), 겹쳐(Layering): a word of a sentence, not a name
        if (hasHangul(name)) {
            // 하이퍼클로바(HyperCLOVA), 인공지능(AI: Artificial Intelligence): the other script's spelling.
            if (name.size() > 40)
                continue;
            for (const QString& s : spellings)
                if (latinName(s) || (s.size() <= 12 && text::isHanWord(s)))
                    add(name, s, open);
        } else if (latinName(name) && (latinLetters(name) >= 4 || name != name.toLower())) {
            // LLaMA(라마), EU AI Act(인공지능법).
            for (const QString& s : spellings)
                if (koreanName(s))
                    add(name, s, open);
        }
    }
    return out;
}

QList<AliasFact> mineAliases(const QList<text::Passage>& passages) {
    QList<AliasFact> found;
    QSet<QString> seen;
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const text::Passage& p = passages[i];
        if (!p.text.contains(QLatin1Char('(')))
            continue;
        for (AliasFact f : aliasesIn(p.text)) {
            QString a = aliasKey(f.term), b = aliasKey(f.alias);
            if (b < a)
                std::swap(a, b);
            if (seen.contains(a + QLatin1Char('\n') + b))
                continue;
            seen.insert(a + QLatin1Char('\n') + b);
            f.at.passage = int(i);
            f.at.page = p.page;
            f.at.box = p.box;
            found.append(f);
        }
    }
    // A word given three or more different spellings is a category, not a name: 함수(GMAC-Gen),
    // 함수(CMAC-Gen), 함수(PBKDF) name three functions, none of them "함수". The same for a spelling given to
    // three words. A word given different spellings in two places is one too (인증(GCM), 인증(CCM)); the
    // spellings of one parenthesis (인공지능(AI: Artificial Intelligence)) are one definition. Spellings that
    // extend one another (라마(Llama), 라마(Llama-2-70B)) are one name.
    using Given = QList<std::pair<QString, QString>>; // (place, the other side's key)
    QHash<QString, Given> perTerm, perAlias;
    for (const AliasFact& f : found) {
        const QString place = QStringLiteral("%1:%2").arg(f.at.passage).arg(f.at.offset);
        perTerm[aliasKey(f.term)].append({place, aliasKey(f.alias)});
        perAlias[aliasKey(f.alias)].append({place, aliasKey(f.term)});
    }
    auto category = [](const Given& given) {
        for (qsizetype i = 0; i < given.size(); ++i)
            for (qsizetype j = i + 1; j < given.size(); ++j)
                if (given[i].first != given[j].first && !given[i].second.contains(given[j].second) &&
                    !given[j].second.contains(given[i].second))
                    return true;
        return false;
    };
    QList<AliasFact> out;
    for (const AliasFact& f : found)
        if (!category(perTerm.value(aliasKey(f.term))) && !category(perAlias.value(aliasKey(f.alias))))
            out.append(f);
    return out;
}

} // namespace pl::facts
