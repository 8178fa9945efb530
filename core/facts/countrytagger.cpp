#include "core/facts/countrytagger.h"

#include "core/facts/headingnumber.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pl::facts {

namespace {

/// Names of countries and bodies as Korean documents print them, with their codes.
const QList<std::pair<QString, QString>>& countryNames() {
    static const QList<std::pair<QString, QString>> names = [] {
        QList<std::pair<QString, QString>> n;
        auto add = [&n](const char16_t* code, std::initializer_list<const char16_t*> words) {
            for (const char16_t* w : words)
                n.append({QString::fromUtf16(w), QString::fromUtf16(code)});
        };
        add(u"US", {u"미국", u"美", u"United States", u"USA"});
        add(u"CN", {u"중국", u"中", u"China"});
        add(u"JP", {u"일본", u"日", u"Japan"});
        add(u"GB", {u"영국", u"英", u"United Kingdom"});
        add(u"DE", {u"독일", u"獨", u"独", u"Germany"});
        add(u"FR", {u"프랑스", u"佛", u"仏", u"France"});
        add(u"CA", {u"캐나다", u"加", u"Canada"});
        add(u"SG", {u"싱가포르", u"싱가폴", u"Singapore"});
        add(u"KR", {u"우리나라", u"대한민국", u"한국", u"韓", u"Korea"});
        add(u"IN", {u"인도", u"India"});
        add(u"AU", {u"호주", u"濠", u"Australia"});
        add(u"IT", {u"이탈리아", u"伊", u"Italy"});
        add(u"ES", {u"스페인", u"Spain"});
        add(u"NL", {u"네덜란드", u"Netherlands"});
        add(u"SE", {u"스웨덴", u"Sweden"});
        add(u"FI", {u"핀란드", u"Finland"});
        add(u"DK", {u"덴마크", u"Denmark"});
        add(u"NO", {u"노르웨이", u"Norway"});
        add(u"CH", {u"스위스", u"Switzerland"});
        add(u"IL", {u"이스라엘", u"Israel"});
        add(u"RU", {u"러시아", u"露", u"Russia"});
        add(u"TW", {u"대만", u"Taiwan"});
        add(u"VN", {u"베트남", u"Vietnam"});
        add(u"ID", {u"인도네시아", u"Indonesia"});
        add(u"BR", {u"브라질", u"Brazil"});
        add(u"AE", {u"아랍에미리트", u"UAE"});
        add(u"SA", {u"사우디아라비아", u"사우디"});
        add(u"EE", {u"에스토니아", u"Estonia"});
        add(u"IE", {u"아일랜드", u"Ireland"});
        add(u"NZ", {u"뉴질랜드", u"New Zealand"});
        add(u"EU", {u"EU", u"유럽연합", u"유럽 연합", u"European Union", u"유럽집행위원회", u"歐"});
        add(u"OECD", {u"OECD", u"경제협력개발기구"});
        add(u"UN", {u"UN", u"유엔", u"국제연합", u"UNESCO", u"유네스코", u"United Nations"});
        add(u"G7", {u"G7", u"주요 7개국", u"주요7개국"});
        add(u"G20", {u"G20", u"주요 20개국"});
        add(u"GPAI", {u"GPAI", u"글로벌 인공지능 파트너십", u"AI 글로벌 파트너십"});
        add(u"ASEAN", {u"ASEAN", u"아세안"});
        add(u"APEC", {u"APEC"});
        add(u"NATO", {u"NATO", u"나토"});
        // Longer names first, so that 인도네시아 is not read as 인도.
        std::stable_sort(n.begin(), n.end(),
                         [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        return n;
    }();
    return names;
}

bool isHangulName(const QString& name) {
    if (name.isEmpty())
        return false;
    for (QChar c : name)
        if (!(c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3))
            return false;
    return true;
}

bool isHanjaAbbreviation(const QString& name) {
    return name.size() == 1 && name[0].unicode() >= 0x4E00 && name[0].unicode() <= 0x9FFF;
}

bool isLatinWord(const QString& name) {
    return !name.isEmpty() && name[0].unicode() < 0x80;
}

/// Where a country name occurs as a word of its own. Korean names may carry particles (미국은, 미국의); Latin
/// names and acronyms must stand alone (EU, not EUR; UN, not UNIT); Hanja abbreviations count only where they
/// label something (美 정부, (中), 中·日), since the same characters start many ordinary words.
struct Mention {
    qsizetype at = 0;
    qsizetype length = 0;
    QString code;
};

QList<Mention> mentionsIn(const QString& text) {
    QList<Mention> out;
    QList<bool> taken(text.size(), false);
    for (const auto& [name, code] : countryNames()) {
        for (qsizetype from = 0;;) {
            const qsizetype at = text.indexOf(name, from);
            if (at < 0)
                break;
            from = at + 1;
            const qsizetype end = at + name.size();
            bool clash = false;
            for (qsizetype k = at; k < end; ++k)
                clash = clash || taken[k];
            if (clash)
                continue;
            const QChar before = at > 0 ? text[at - 1] : QChar(u' ');
            const QChar after = end < text.size() ? text[end] : QChar(u' ');
            if (isLatinWord(name)) {
                if (before.isLetterOrNumber() || (after.isLetter() && after.unicode() < 0x80) ||
                    after.isDigit())
                    continue;
            } else if (isHanjaAbbreviation(name)) {
                const bool labelBefore = before.isSpace() || before.isPunct() || at == 0;
                const bool labelAfter =
                    after.isSpace() || after.isPunct() || isHanjaAbbreviation(QString(after));
                if (!labelBefore || !labelAfter || (before.unicode() >= 0x4E00 && before.unicode() <= 0x9FFF))
                    continue;
            } else {
                // Hangul names: not inside a longer Hangul word on the left (e.g. 인도 in 가이드라인도).
                if (before.unicode() >= 0xAC00 && before.unicode() <= 0xD7A3)
                    continue;
                if (name == QStringLiteral("인도") || name == QStringLiteral("한국")) {
                    // 인도 is also "delivery"/"guidance"; 한국 starts names of Korean institutions, which are
                    // about the body, not the country.
                    static const QRegularExpression loose(
                        QStringLiteral("^(?:인도(?:하|되|적|주의)|한국(?:어|형|판|은행|전자|[가-힣]{2,}원|["
                                       "가-힣]{2,}회|[가-힣]{2,}공사|[가-힣]{2,}단))"));
                    if (loose.match(QStringView(text).mid(at)).hasMatch())
                        continue;
                }
            }
            for (qsizetype k = at; k < end; ++k)
                taken[k] = true;
            out.append(Mention{at, name.size(), code});
        }
    }
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.at < b.at; });
    return out;
}

/// The country a heading is about: the first named one, or the partner of a pair (OECD-GPAI, 한-아세안).
QString headingCountry(const QString& title, bool mustLead) {
    const QList<Mention> m = mentionsIn(title);
    if (m.isEmpty())
        return {};
    static const QRegularExpression leading(QStringLiteral("^[\\s(\\[<【〈「『‘'\"“]*"));
    const qsizetype lead = leading.match(title).capturedLength();
    if (mustLead && m.first().at > lead)
        return {};
    if (m.size() >= 2 && m[1].at == m[0].at + m[0].length + 1 &&
        (title[m[1].at - 1] == QLatin1Char('-') || title[m[1].at - 1] == QChar(u'–')))
        return m[1].code;
    return m.first().code;
}

/// A passage that says at its start which country it is about: "(中) …", "美 국무부는 …", "[일본] …", or,
/// outside any country's section, "미국은 …" / "2023년 5월 G7 정상들은 …".
QString labelledCountry(const QString& text, bool allowSubject) {
    static const QRegularExpression label(
        QStringLiteral("^[\\s*※○•·\\-–]*(?:[(\\[【〈<]\\s*([^()\\[\\]【】〈〉<>]{1,12}?)\\s*[)\\]】〉>]|(["
                       "\\x{4E00}-\\x{9FFF}])(?=[\\s·,]))"));
    const QRegularExpressionMatch m = label.match(text);
    if (m.hasMatch()) {
        const QString inside = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        const QList<Mention> found = mentionsIn(inside);
        if (found.size() == 1 && found.first().length >= inside.trimmed().size() - 1)
            return found.first().code;
        if (!found.isEmpty())
            return {};
    }
    if (!allowSubject)
        return {};
    // The subject of the first sentence, after a date or a connective.
    static const QRegularExpression opening(
        QStringLiteral("^\\s*(?:(?:또한|한편|이후|이에|특히|그리고|아울러)\\s*,?\\s*)?(?:(?:19|20)\\d{2}"
                       "년\\s*(?:\\d{1,2}월\\s*)?(?:\\d{1,2}일\\s*)?,?\\s*)?"));
    const qsizetype start = opening.match(text).capturedLength();
    const QList<Mention> found = mentionsIn(text.mid(start, 40));
    if (found.isEmpty() || found.first().at != 0)
        return {};
    const Mention& first = found.first();
    static const QRegularExpression subject(
        QStringLiteral("^(?:은|는|이|가|의|\\s*정부|\\s*[(（]|\\s+[가-힣]{1,8}(?:은|는|이|가)\\s)"));
    if (!subject.match(QStringView(text).mid(start + first.length)).hasMatch())
        return {};
    return first.code;
}

using Passage = text::Passage;

struct Scope {
    int rank = 0;
    QString country;
    bool group = false; ///< the heading named several bodies (기타 기구(G7, G20 등)): its parts come below
};

} // namespace

QStringList tagCountries(const QList<text::Passage>& passages, const DocumentContext& context) {
    Q_UNUSED(context);
    QStringList tags(passages.size());
    QList<Scope> scopes;
    HeadingSequence sequence;
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const text::Passage& p = passages[i];
        const std::optional<HeadingNumber> h = readHeadingNumber(p);
        if (h && sequence.accept(*h)) {
            while (!scopes.isEmpty() && scopes.last().rank >= h->rank())
                scopes.removeLast();
            // Chapters and sections name their country anywhere in the title (제3절 기타 기구(G7, G20 등));
            // lower headings only when they start with it (1) G7의 … 선언), so "3. 미국과의 협력" inside the
            // EU section stays with the EU.
            const bool major = h->style == HeadingNumber::Style::Chapter ||
                               h->style == HeadingNumber::Style::Section ||
                               h->style == HeadingNumber::Style::Roman;
            const Scope* enclosing = nullptr;
            for (qsizetype s = scopes.size() - 1; s >= 0 && !enclosing; --s)
                if (!scopes[s].country.isEmpty())
                    enclosing = &scopes[s];
            Scope scope{h->rank(), {}, false};
            // Inside one country's section a sub-heading about another country is still that country's
            // business (영국 … (1) 미국 AI안전연구소와 MOU); inside a group section it names the member.
            if (major || !enclosing || enclosing->group) {
                scope.country = headingCountry(h->title, !major);
                scope.group = major && mentionsIn(h->title).size() >= 2;
            }
            scopes.append(scope);
        } else if (!h && p.kind == Passage::Kind::Heading && p.text.size() <= 40) {
            // An unnumbered heading (a new article, 맺음말) ends the numbered sub-sections, not the chapter.
            while (!scopes.isEmpty() && scopes.last().rank > int(HeadingNumber::Style::Section))
                scopes.removeLast();
        }
        QString current;
        for (qsizetype s = scopes.size() - 1; s >= 0 && current.isEmpty(); --s)
            current = scopes[s].country;
        // Inside a country's section only an explicit label moves a passage to another country.
        const QString own = labelledCountry(p.text, current.isEmpty());
        tags[i] = own.isEmpty() ? current : own;
    }
    return tags;
}

QList<CountryMention> countryMentions(const QString& text) {
    QList<CountryMention> out;
    for (const Mention& m : mentionsIn(text))
        out.append(CountryMention{m.at, m.length, m.code});
    return out;
}

QList<CountryFacts> summariseCountries(const QList<text::Passage>& passages, const QStringList& tags) {
    QList<CountryFacts> out;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < tags.size() && i < passages.size(); ++i) {
        const QString& c = tags[i];
        if (c.isEmpty())
            continue;
        auto it = index.find(c);
        if (it == index.end()) {
            it = index.insert(c, out.size());
            out.append(CountryFacts{c, {}, {}});
        }
        CountryFacts& f = out[*it];
        f.passages.append(int(i));
        if (f.pages.isEmpty() || f.pages.last() != passages[i].page)
            if (!f.pages.contains(passages[i].page))
                f.pages.append(passages[i].page);
    }
    return out;
}

QStringList koreanCountryNames() {
    QStringList out;
    for (const auto& [name, code] : countryNames())
        if (isHangulName(name) && !out.contains(name))
            out.append(name);
    return out;
}

} // namespace pl::facts
