#include "core/facts/factkinds.h"

#include "core/facts/countrytagger.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace pl::facts {

namespace {

QRegularExpression re(const char* pattern) {
    return QRegularExpression(QString::fromUtf8(pattern), QRegularExpression::UseUnicodePropertiesOption |
                                                              QRegularExpression::CaseInsensitiveOption);
}

bool has(const QRegularExpression& r, const QString& text) {
    return r.match(text).hasMatch();
}

/// Characters of `s` before `at` (at most n) and after `end` (at most n).
QString before(const QString& s, qsizetype at, qsizetype n) {
    const qsizetype from = std::max<qsizetype>(0, at - n);
    return s.mid(from, at - from);
}
QString after(const QString& s, qsizetype end, qsizetype n) {
    return s.mid(end, n);
}

// --- Money ---------------------------------------------------------------------------------------------

/// Fines and penalty caps: 과징금, 벌금, "… 중 더 큰 금액".
const QRegularExpression& fineCue() {
    static const QRegularExpression r = re(
        R"(과징금|벌금|과태료|벌칙|제재금|이행강제금|penalt|\bfines?\b|중\s*(?:더\s*)?(?:큰|높은|많은)\s*(?:금액|쪽|것))");
    return r;
}
/// A threshold: "X 이상의 가치", "X 초과 비용", "X 미만 기업".
const QRegularExpression& thresholdAfter() {
    static const QRegularExpression r = re(
        R"(^\s*(?:이상|초과|미만|이하|以上|以下|超|or more|and above)(?![이가을를]\s)(?!\s*(?:을|를)?\s*(?:투자|투입|지원|편성|확보|출연|소요)))");
    return r;
}
/// An example or a hypothetical: 예시, 예를 들어, 가령.
const QRegularExpression& exampleCue() {
    static const QRegularExpression r = re(
        R"(예시|예를\s*들어|예컨대|가령|e\.g\.|for example|for instance|가정\s*시|가정하면|가정할|경우\s*예)");
    return r;
}
/// Prices, fees, salaries.
const QRegularExpression& priceCue() {
    static const QRegularExpression r = re(
        R"(구독료|구독|요금|가격|이용료|사용료|수수료|단가|요율|월급|연봉|급여|임금|보수|상금|입장료|판매가|정가|수강료|등록금|per\s+(?:month|user|seat|token)|/\s*월|/\s*month|토큰당|1인당|인당|건당|개당|시간당)");
    return r;
}
/// One company's figures.
const QRegularExpression& corporateCue() {
    static const QRegularExpression r = re(
        R"(매출|영업\s*이익|순이익|기업\s*가치|시가\s*총액|가치\s*평가|밸류에이션|인수|합병|펀딩|시리즈\s*[A-F]|컴퓨팅\s*비용|학습\s*비용|훈련\s*비용|계약|수주|투자\s*유치|유치(?:했|하였|한)|revenue|valuation|acqui|raised|funding round)");
    return r;
}
/// Figures for a whole market, industry or economy.
const QRegularExpression& marketCue() {
    static const QRegularExpression r = re(
        R"(시장|산업\s*규모|전망|예측|예상(?!\s*(?:되는|된)?\s*(?:예산|사업비))|성장(?:할|하여|해|했|하였|률|세)|CAGR|연평균|투자\s*총액|민간\s*투자|벤처|\bVC\b|스타트업|거래|유치|경제(?:적)?\s*효과|파급\s*효과|부가\s*가치|GDP|수출|지출|도달|대비|증가한|감소한|\d\s*%|평균|market|forecast|industry)");
    return r;
}
/// A market or industry figure covers many companies.
const QRegularExpression& aggregateCue() {
    static const QRegularExpression r = re(
        R"(전\s*세계|글로벌|세계|시장|업계|총액|전체|평균|기업들|스타트업들|\d+\s*건의|분기|global|worldwide)");
    return r;
}
/// Public money: 예산, 국비, 투입, 지원, 출연, 편성, 확보, 기금 …
const QRegularExpression& budgetCue() {
    static const QRegularExpression r = re(
        R"(예산|국비|지방비|정부|국고|투자|투입|지원|출연|편성|확보|집행|기금|펀드|보조|사업비|재정|자금|공약|융자|조성|grant|fund|budget|appropriat|allocat|invest|subsid|pledge)");
    return r;
}
/// Public money named right after the amount: "X의 예산", "X 규모의 공공 투자", "X를 투입".
const QRegularExpression& budgetAfter() {
    static const QRegularExpression r = re(
        R"(^\s*(?:\([^)]{0,30}\)\s*)?(?:여|가량|내외|수준)?\s*(?:규모\s*)?(?:의|을|를|이|가|으로|로)?\s*(?:규모의\s*)?(?:추가\s*)?(?:공공|정부|국가|예산|국비|국고|재정|기금|펀드|지원금?|보조금|출연금?|사업비|정책\s*자금|투입|편성|출연|지원(?:하|한|할|키|을|을|\s)))");
    return r;
}
/// A public body right before the amount: "정부는 X", "연방 정부가 X".
const QRegularExpression& publicBefore() {
    static const QRegularExpression r = re(
        R"((?:정부|국가|연방|국회|의회|위원회|부처|예산|국비|공공|지자체|[가-힣]부(?:는|가)|[가-힣]청(?:은|이))[^.]{0,20}$)");
    return r;
}
/// A private body right before the amount: "포드 재단 2000만 달러", "OpenAI Inc. $…".
const QRegularExpression& privateBodyBefore() {
    static const QRegularExpression r = re(
        R"((?<![가-힣])(?!국립|국가|공공|정부|연방|한국|국제)[가-힣A-Za-z]{1,10}\s?(?:재단|기업|社|Inc\.?|Corp\.?|LLC|Ltd\.?)\s*$)");
    return r;
}

QString actorFromCurrency(const QString& currency) {
    static const QHash<QString, QString> byCurrency = {
        {QStringLiteral("KRW"), QStringLiteral("KR")}, {QStringLiteral("USD"), QStringLiteral("US")},
        {QStringLiteral("EUR"), QStringLiteral("EU")}, {QStringLiteral("GBP"), QStringLiteral("GB")},
        {QStringLiteral("JPY"), QStringLiteral("JP")}, {QStringLiteral("CNY"), QStringLiteral("CN")},
        {QStringLiteral("CAD"), QStringLiteral("CA")}, {QStringLiteral("SGD"), QStringLiteral("SG")},
        {QStringLiteral("AUD"), QStringLiteral("AU")}, {QStringLiteral("INR"), QStringLiteral("IN")},
        {QStringLiteral("TWD"), QStringLiteral("TW")}, {QStringLiteral("CHF"), QStringLiteral("CH")},
    };
    return byCurrency.value(currency);
}

/// Whose money: the body the sentence names nearest before the amount, else after it, else the country
/// the passage's section is about, else the country whose currency it is.
QString actorOf(const QString& sentence, qsizetype at, const QString& sectionCountry,
                const QString& currency) {
    const QList<CountryMention> mentions = countryMentions(sentence);
    const CountryMention* best = nullptr;
    for (const CountryMention& m : mentions)
        if (m.at < at)
            best = &m;
    if (!best && !mentions.isEmpty())
        best = &mentions.constFirst();
    if (best && best->code != QStringLiteral("OECD") && best->code != QStringLiteral("UN"))
        return best->code;
    if (!sectionCountry.isEmpty())
        return sectionCountry;
    const QString byCurrency = actorFromCurrency(currency);
    return byCurrency.isEmpty() ? QStringLiteral("KR") : byCurrency;
}

QString moneyKind(const QString& s, qsizetype at, qsizetype end, const MoneyFact& m, bool tableOrList) {
    const QString near = before(s, at, 25) + QLatin1Char(' ') + after(s, end, 25);
    const QString close = before(s, at, 14) + QLatin1Char(' ') + after(s, end, 14);
    const bool publicAfter = has(budgetAfter(), after(s, end, 30));
    if (has(fineCue(), s))
        return QStringLiteral("other");
    if (has(thresholdAfter(), after(s, end, 12)))
        return QStringLiteral("other");
    if (has(exampleCue(), s) && !publicAfter)
        return QStringLiteral("other");
    if (m.rate == u"per_month" || has(priceCue(), close))
        return QStringLiteral("price");
    if (has(privateBodyBefore(), before(s, at, 16)))
        return QStringLiteral("corporate");
    if (publicAfter)
        return QStringLiteral("budget");
    const bool publicNear = has(publicBefore(), before(s, at, 30));
    // Private money named just before the amount: "민간부문에서 55억 달러가 투자".
    static const QRegularExpression privateBefore =
        re(R"(민간(?!\s*(?:과|와|·|및)\s*(?:정부|공공))[^.]{0,20}$)");
    if (has(privateBefore, before(s, at, 24)) && !publicNear)
        return QStringLiteral("market");
    if ((has(corporateCue(), near) || (has(corporateCue(), s) && !has(budgetCue(), near))) && !publicNear)
        return has(aggregateCue(), near) ? QStringLiteral("market") : QStringLiteral("corporate");
    if (has(marketCue(), s) && !publicNear)
        return QStringLiteral("market");
    if (has(budgetCue(), s) || publicNear) {
        // Investment by a company ("Microsoft, 15억 달러 투자", "AI 기업 G42에 … 투자") is no public money: a
        // company named in the sentence and no government.
        // Case matters here: a capitalised Latin name (Microsoft, OpenAI), not any Latin word.
        static const QRegularExpression company(
            QStringLiteral("기업|社|자회사|스타트업|(?<![A-Za-z])[A-Z][a-z]+(?:[A-Z][a-z]*)?(?![A-Za-z])"),
            QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression government = re(
            R"(정부|행정부|대통령|백악관|의회|국회|위원회|부처|장관|총리|집행위|연방|[가-힣]{2,}부(?:는|가|와|의|\s)|국가|공공|예산|국비|재정|기금)");
        if (!publicNear && !has(government, s) && has(company, s))
            return QStringLiteral("corporate");
        return QStringLiteral("budget");
    }
    // A plan's tables and bullets list what the programme costs; elsewhere an amount without a cue is
    // nothing a budget chart should add up.
    return tableOrList || !m.period.isEmpty() ? QStringLiteral("budget") : QStringLiteral("other");
}

QString periodKey(const MoneyFact& m) {
    return m.currency + QLatin1Char('|') + QString::number(m.amount, 'g', 12) + QLatin1Char('|') +
           QString::number(m.amountMax.value_or(-1), 'g', 12) + QLatin1Char('|') + m.period +
           QLatin1Char('|') + m.rate + QLatin1Char('|') + m.actor;
}

/// An amount named as the whole in its sentence: "총 1조 96억원", "합계 X", "X 중".
const QRegularExpression& wholeBefore() {
    static const QRegularExpression r =
        re(R"((?:총|전체|합계|총액|총사업비|모두|합산|total)\s*(?:[가-힣]{0,6}\s*)?$)");
    return r;
}

// --- Dates ---------------------------------------------------------------------------------------------

const QRegularExpression& sourceLine() {
    static const QRegularExpression r = re(
        R"(^\s*(?:[\d①-⑳*]+\s*[).]?\s*|※\s*)?(?:출처|자료|원문|참고\s*문헌|참고|Source|References?|주\s*[:：])\s*[:：)]?)");
    return r;
}
const QRegularExpression& sourceCue() {
    static const QRegularExpression r = re(
        R"(Retrieved|검색일?|accessed|접속일?|https?://|www\.|\.pdf\b|\.html?\b|\.com\b|\.org\b|\.kr\b|보도자료\s*\(|재인용|정리\s*,)");
    return r;
}
/// A source's date at the end of a reference: "…, 2024.09.19", "…, 2024.9", "(2024.10.)".
const QRegularExpression& dottedDate() {
    static const QRegularExpression r = re(R"(^\d{4}\s?[.,]\s?\d{1,2}(?:\s?\.\s?\d{1,2})?\.?$)");
    return r;
}
const QRegularExpression& reportName() {
    static const QRegularExpression r =
        re(R"(보고서|리포트|Report|Index|Review|Outlook|Survey|Predictions|백서|동향|지수|브리프|Brief)");
    return r;
}
const QRegularExpression& forecastCue() {
    static const QRegularExpression r = re(
        R"(전망|예측|예상(?!\s*(?:이다|된다))|추정|성장할|도달할|늘어날|증가할|CAGR|연평균|따르면|의하면|according to|forecast|expected to reach|projected)");
    return r;
}
const QRegularExpression& planCue() {
    static const QRegularExpression r = re(
        R"(까지|부터|이후|以後|~|∼|예정|목표|계획|추진|착수|마련|단계적|시행(?:한다|될|할|되|하며|하고)|적용|완료|기한|마감|이내|도입할|할\s*것|하기로|운영|신청|접수|공모|모집|by\s+\d{4}|until|from\s+\d{4}|deadline|will\b)");
    return r;
}
const QRegularExpression& statisticCue() {
    static const QRegularExpression r = re(
        R"(대비|기준|증가|감소|늘어|줄어|비중|점유율|순위|\d+\s*위|조사|설문|통계|집계|추정|시장|투자액|건수|\d+\s*%|퍼센트|배\s*증가|이래|동안|연속|가장\s*많은|\d+\s*개의|\d+\s*건|\d+\s*명|실적|현황|추이|비율|(?:회사|기업|건|논문|특허|인력|기관|국가|사용자|이용자)\s*수(?![가-힣])|stat)");
    return r;
}
const QRegularExpression& industryCue() {
    static const QRegularExpression r = re(
        R"(출시|선보|공개한\s*(?:모델|서비스|제품)|(?:모델|서비스|제품|칩|플랫폼)을?\s*(?:공개|발표|출시)|설립(?:된|했|하였)|창업|상장|인수(?:했|하였)|launch|release|unveil|기업|社|(?:[A-Za-z][A-Za-z0-9]+)\s?(?:는|은|가|이)\s)");
    return r;
}
const QRegularExpression& governmentCue() {
    static const QRegularExpression r = re(
        R"(정부|행정부|대통령|백악관|의회|국회|위원회|부처|장관|총리|집행위|연방|주정부|[가-힣]{2,}부(?:는|가|와|의|\s)|[가-힣]{2,}청(?:은|이|의)|[가-힣]{1,}법|법안|법률|행정명령|전략|계획|정책|이니셔티브|가이드라인|지침|규제|협약|선언|원칙|정상\s*회의|성명|강령|조정계획|EU|UN|OECD|G7|G20|NSF|NIST)");
    return r;
}
const QRegularExpression& policyVerb() {
    static const QRegularExpression r = re(
        R"(발표|제정|시행|서명|발효|출범|통과|채택|합의|공포|수립|의결|개최|설치|발의|승인|공개|도입|개정|선포|체결|발간|마련|확정|신설|지정|출시|제안|가결|비준|signed|enacted|passed|launched|announced|adopted|issued|published)");
    return r;
}

/// The year of a date's start ("2024-03" → 2024), or 0 for an open start.
int yearOf(const QString& start) {
    return start.left(4).toInt();
}

/// The first day of a gold-style point ("2024", "2024-03", "2024-03-05", "2024-Q2", "2024-H2"), or invalid.
QDate firstDay(const QString& point) {
    const int year = yearOf(point);
    if (year <= 0)
        return {};
    if (point.size() >= 10)
        return QDate::fromString(point.left(10), QStringLiteral("yyyy-MM-dd"));
    if (point.size() >= 7 && point.at(5) == u'Q')
        return QDate(year, 3 * (point.mid(6, 1).toInt() - 1) + 1, 1);
    if (point.size() >= 7 && point.at(5) == u'H')
        return QDate(year, point.mid(6, 1).toInt() == 2 ? 7 : 1, 1);
    if (point.size() >= 7)
        return QDate(year, std::clamp(point.mid(5, 2).toInt(), 1, 12), 1);
    return QDate(year, 1, 1);
}

/// Whether the date, or the end of the period, lies after the document's own date: the plan's future.
bool afterDocument(const DateFact& d, const DocumentContext& context, int documentYear) {
    const QString last = d.end.isEmpty() || d.end == u"open" ? d.start : d.end;
    // A document dated by its year alone (1 January): only a later year is its future.
    const bool yearOnly = context.documentDate.month() == 1 && context.documentDate.day() == 1;
    if (context.documentDate.isValid() && !yearOnly) {
        const QDate day = firstDay(last);
        return day.isValid() && day > context.documentDate;
    }
    return documentYear > 0 && yearOf(last) > documentYear;
}

const QRegularExpression& deadlineAfter() {
    static const QRegularExpression r = re(
        R"(^\s*[.)]?\s*(?:까지|부터|이후부터|이내|中|前|後|以前|以後|by\b|until\b|from\b)(?!\s*(?:[가-힣]+\s)?[가-힣]*(?:된|되었던|했던)\s))");
    return r;
}

/// Who acts in a date's clause.
enum class Actor { None, Government, Industry };

/// Whether a subject phrase names a public body: a government, parliament, ministry, agency or an
/// international body ("미국 백악관의 … 부비서실장은", "국가 AI 이니셔티브실(NAIIO)도", "EU 집행위는").
const QRegularExpression& governmentBody() {
    static const QRegularExpression r = re(
        R"(정부|행정부|대통령|백악관|의회|국회|위원회|집행위|이사회|부처|장관|총리|국무|연방|국립|국가|주지사|지자체|당국|규제\s*기관|[가-힣]{2,}(?:부|처|청|실)(?:은|는|이|가|도|와|과)$|\b(?:EU|UN|OECD|G7|G20|NSF|NIST|FTC|DOD|DOE|GPAI|ITU|UNESCO|WTO|IMF)\b)");
    return r;
}
/// Whether a subject phrase names a company or a research body outside government: 기업, 업체, 社, 시장조사
/// 기관, 대학, 연구소, a Latin company name ("토터스 인텔리전스(Tortoise Intelligence)가", "CB인사이트는").
const QRegularExpression& industryBody() {
    static const QRegularExpression r = re(
        R"(기업|업체|社|회사|스타트업|시장\s*조사|조사\s*기관|기관인|리서치|인사이트|컨설팅|그룹|대학|연구소|싱크탱크|Inc\b|Corp\b)");
    return r;
}
/// A name given in Latin capitals in parentheses after its Korean spelling: "토터스 인텔리전스(Tortoise
/// Intelligence)가". Case matters.
const QRegularExpression& latinNameInParentheses() {
    static const QRegularExpression r(
        QStringLiteral(R"(\(\s*[A-Z][a-z]+(?:\s[A-Z][A-Za-z&]+)+\s*\)(?:은|는|이|가|도)$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return r;
}

/// The subject phrase acting in the clause of a date: the words ending in 은/는/이/가/도 nearest before
/// the date inside its clause, else, for a date that opens its sentence, the first such words after it
/// ("2024년 1월 29일 미국 백악관의 브루스 리드 부비서실장은 …"). A subject that is a figure (예산은, 수는),
/// a document (보고서에서는) or a place in a text names no actor.
Actor clauseActor(const QString& s, qsizetype at, qsizetype end) {
    static const QRegularExpression subject =
        re(R"(((?:[^\s]+\s){0,3}[^\s]*?[가-힣A-Za-z0-9)\]’'」](?:은|는|이|가|도))(?=[\s,]|$))");
    static const QRegularExpression notActor = re(
        R"((?:예산|규모|수|비중|금액|투자|건수|액|율|률|시장|보고서|자료|조사|연구|결과|설문|지수|에서는|에서|에는|것|점|바|때|해|년|월|일|[\d%])(?:은|는|이|가|도)$|(?:하|되|있|없|않|같|시키|이|보|주|나|오|지)는$)");
    static const QRegularExpression clauseEnd = re(R"((?:다\.|[며고서]\s*,|[,;:]|으나|지만|는데|하여)\s)");
    // A particle is one only where Korean puts it: 이/은 after a final consonant, 가/는 after a vowel
    // (전문가, 국가, 평가 are words, not "전문 + 가"); 도 ends nouns too (제도, 정도, 인도).
    auto particleFits = [](const QString& phrase) {
        const QChar marker = phrase.back();
        const QChar last = phrase.size() >= 2 ? phrase.at(phrase.size() - 2) : QChar();
        if (last.unicode() < 0xAC00 || last.unicode() > 0xD7A3)
            return true;
        const bool final = (last.unicode() - 0xAC00) % 28 != 0;
        if (marker == u'가' || marker == u'는')
            return !final;
        if (marker == u'이' || marker == u'은')
            return final;
        static const QRegularExpression nounInDo = re(
            R"((?:제|정|속|지|태|연|년|용|빈|강|밀|인|의|시|각|한|진|척|온|고|적|보|주|수|경|전|호|명|난|농|순|처)도$)");
        return !has(nounInDo, phrase);
    };
    auto judge = [&](const QString& phrase) {
        if (!particleFits(phrase) || has(notActor, phrase))
            return Actor::None;
        if (has(governmentBody(), phrase))
            return Actor::Government;
        if (has(industryBody(), phrase) || has(latinNameInParentheses(), phrase))
            return Actor::Industry;
        return countryMentions(phrase).isEmpty() ? Actor::None : Actor::Government;
    };
    QString head = s.left(at);
    if (const auto m =
            [&] {
                QRegularExpressionMatch last;
                for (auto it = clauseEnd.globalMatch(head); it.hasNext();)
                    last = it.next();
                return last;
            }();
        m.hasMatch())
        head = head.mid(m.capturedEnd());
    QRegularExpressionMatch last;
    for (auto it = subject.globalMatch(head); it.hasNext();)
        if (const QRegularExpressionMatch m = it.next(); particleFits(m.captured(1)))
            last = m;
    if (last.hasMatch())
        return judge(last.captured(1));
    static const QRegularExpression lead = re(R"(^[\s▲•□○◦▪■●※❍◎◇◆▶►\-–·(]*$)");
    if (!has(lead, head))
        return Actor::None;
    // After a date that opens the sentence, the whole noun phrase up to the subject's particle names the
    // actor ("2024년 1월, 미국 국립과학재단(NSF: …)과 협력 기관은").
    const QString tail = after(s, end, 90);
    QRegularExpressionMatch first;
    for (auto it = subject.globalMatch(tail); it.hasNext() && !first.hasMatch();)
        if (const QRegularExpressionMatch m = it.next(); particleFits(m.captured(1)))
            first = m;
    static const QRegularExpression sentenceEnd = re(R"(\.\s|[며고]\s*,\s)");
    if (first.hasMatch() && !has(sentenceEnd, tail.left(first.capturedStart())))
        return judge(tail.left(first.capturedEnd()));
    return Actor::None;
}

QString dateKind(const QString& own, const QString& s, qsizetype at, qsizetype end, const DateFact& d,
                 const text::Passage& p, const DocumentContext& context, int documentYear) {
    const QString dateText = d.text;
    const QString tail = after(s, end, 30);
    // Sources: reference lines, footnotes' dates, access dates.
    if (has(sourceLine(), own) || has(sourceCue(), own))
        return QStringLiteral("citation");
    // A reference: Latin text around the date (a source's title and publisher) that ends in a date.
    const qsizetype offset = std::max(0, d.at.offset);
    const QString window = p.text.mid(std::max<qsizetype>(0, offset - 80), 80 + dateText.size() + 40);
    const qsizetype latin = std::count_if(window.begin(), window.end(),
                                          [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); });
    const qsizetype hangul = std::count_if(
        window.begin(), window.end(), [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
    const bool latinLine = latin > 3 * std::max<qsizetype>(hangul, 1) && latin >= 12;
    static const QRegularExpression referenceDate =
        re(R"((?:,|\.)\s*\d{4}\s?[.,]\s?\d{1,2}\.?(?:\s?\d{1,2}\.?)?\s*(?:\(|$))");
    if (latinLine && has(referenceDate, p.text.mid(offset, 60)))
        return QStringLiteral("citation");
    const QString ownTail = after(own, end, 40);
    const bool endsReference = ownTail.trimmed().size() <= 3 || ownTail.trimmed().startsWith(u'(') ||
                               before(own, at, 2).trimmed().endsWith(u',');
    // A reference's date follows its publisher or title; a Korean label before the date ("진흥정책 2016년 •
    // 'AI R&D 전략'(The National …)") is a table's row, not a reference.
    const QString ownBefore = own.left(at);
    const qsizetype latinBefore = std::count_if(ownBefore.begin(), ownBefore.end(),
                                                [](QChar c) { return c.unicode() < 0x80 && c.isLetter(); });
    const qsizetype hangulBefore = std::count_if(ownBefore.begin(), ownBefore.end(), [](QChar c) {
        return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
    });
    if (latinLine && endsReference && (latinBefore >= hangulBefore || ownBefore.trimmed().endsWith(u',')))
        return QStringLiteral("citation");
    if (has(dottedDate(), dateText) && p.kind == text::Passage::Kind::Note && endsReference)
        return QStringLiteral("citation");
    if (d.inName && has(reportName(), after(own, end, 14) + before(own, at, 30)) &&
        !has(governmentCue(), before(own, at, 20)))
        return QStringLiteral("citation");
    // An author-year citation in the text: "(김현석, 2020)", "(엔비디아, '23)", "(Smith et al., 2021)".
    // A name and a date in parentheses before a launch ("OpenAI(챗GPT, '22.11월) 출시") date a product
    // instead, unless the name is a person's ("et al.", a three-syllable Korean name).
    static const QRegularExpression authorBefore = re(R"(\(\s*(?:[^()]{0,80};\s*)?([^()\d;]{2,40}),\s*$)");
    static const QRegularExpression closeAfter = re(R"(^\s*[a-z]?\s*\))");
    if (const QRegularExpressionMatch author = authorBefore.match(before(own, at, 120));
        author.hasMatch() && has(closeAfter, after(own, end, 4))) {
        static const QRegularExpression person = re(R"(et\s*al\.?|^[가-힣]{3}$|\bTeam$)");
        static const QRegularExpression launch = re(R"(출시|공개|선보|launch|release)");
        QString following = after(own, end, 90);
        following.truncate(following.indexOf(QStringLiteral("다.")) >= 0
                               ? following.indexOf(QStringLiteral("다."))
                               : following.size());
        if (has(person, author.captured(1).trimmed()) || !has(launch, following))
            return QStringLiteral("citation");
    }
    // The document's own date: its cover, its title's year.
    const int year = yearOf(d.start);
    const QString title = context.title.simplified();
    const bool inTitle = title.size() >= 8 && title.contains(dateText) &&
                         p.text.simplified().contains(title.left(std::min<qsizetype>(title.size(), 16)));
    if (inTitle || (p.page <= 1 && year == documentYear &&
                    (d.inName || p.kind == text::Passage::Kind::Heading || own.trimmed().size() < 30)))
        return QStringLiteral("document");
    const bool open = d.end == u"open" || d.start == u"open";
    const bool future = afterDocument(d, context, documentYear);
    const QString around = before(s, at, 40) + QLatin1Char(' ') + tail;
    // The plan saying what it will do ("지원할 방침이다", "추진할 계획이다", "시행할 예정").
    static const QRegularExpression planStatement =
        re(R"((?:할|될|한다|된다)\s*(?:방침|계획|예정)|하기로|추진한다|지원한다|방침이다|계획이다|예정이다)");
    const bool plans = has(planStatement, s.mid(end));
    if ((future || open || has(deadlineAfter(), tail)) && !has(governmentCue(), s) && !plans &&
        (has(forecastCue(), s) || has(statisticCue(), s)))
        return QStringLiteral("background");
    // What the plan will do is not told in the past tense; a "future" date told so means the document's own
    // date is wrong (a cover year misread) and the sentence is judged like any other.
    static const QRegularExpression pastTense =
        re(R"((?:했|하였|되었|됐|였|었|았|혔)(?:다|으며|고|는데|음|던)|바\s*있)");
    // "By then" told in the past tense with a count is a statistic ("…에 따르면 2024년 5월까지 17개 주에서
    // … 제정하였고").
    static const QRegularExpression accordingTo = re(R"((?:따르면|의하면|according to)\s*$)");
    static const QRegularExpression count = re(R"(\d+\s*(?:개|건|명|곳|개국|개사)(?![가-힣]{2}))");
    if (has(deadlineAfter(), tail) && !open && !future && has(pastTense, s.mid(at)) &&
        (has(accordingTo, before(s, at, 12)) || has(count, tail)))
        return QStringLiteral("background");
    if (open || has(deadlineAfter(), tail) || (future && !has(pastTense, s.mid(at))))
        return QStringLiteral("schedule");
    if (d.relative && !(plans && year >= documentYear && !has(pastTense, s.mid(at))))
        return QStringLiteral("background");
    // A fiscal year names the period a budget is for ("2025회계연도 대통령 예산안", "FY2025").
    static const QRegularExpression fiscalYear =
        re(R"(회계\s*연도|^FY|^\s*(?:년도|연도)\s*(?:예산|본예산|추경))");
    if (has(fiscalYear, dateText) || has(fiscalYear, tail))
        return QStringLiteral("schedule");
    // What the plan says it will do, told of a time already come ("바이든 행정부는 2024년 여름까지 … 채용할
    // 계획이며"), is still its schedule.
    if (plans && !has(pastTense, s.mid(at)))
        return QStringLiteral("schedule");
    if (d.precision == u"quarter")
        return QStringLiteral("background");
    // Who acted then: a public body's act is a policy event, a company's or a research body's (a product
    // launched, a report or forecast released) an industry event. Not when the date dates a figure
    // ("2023년 기준", "2016년 대비", "2023년의 5%") or the act is a figure rising or falling.
    // A table of laws: a date followed by a bill's or an order's number ("9월 4일 SB 896", "제14110호").
    static const QRegularExpression billAfter(
        QStringLiteral(
            R"(^\s*(?:[A-Z]{1,3}\.?\s?\d{2,5}\b|H\.\s?R\.\s?\d+|제\s?\d+\s?호|행정명령\s*(?:제\s*)?\d+|Executive Order\s+\d+))"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (has(billAfter, tail))
        return QStringLiteral("policy_event");
    static const QRegularExpression figureTail =
        re(R"(^\s*(?:기준|대비|이래|이후|동안|현재|사이|보다|의\s))");
    if (const Actor actor = clauseActor(s, at, end); actor != Actor::None && !has(figureTail, tail)) {
        static const QRegularExpression predicate = re(
            R"((?<![가-힣])([가-힣]*?)(했|하였|되었|됐|시켰|혔|하여|되어|해|하고|되고|하며|되며|한|된|할|될|하는|되는|함|됨|한다|된다|하기로|하겠)(?:다|으며|고|는데|음|던|으나|지만|어|서|며)?(?=[\s,.)\x{2070}-\x{209F}¹²³]|$))");
        static const QRegularExpression notVerb = re(R"(^(?:대|위|관|통|의|인|못|말|가|그러|이러|또)$)");
        static const QRegularExpression figureVerb =
            re(R"(^(?:증가|감소|기록|차지|달성|집계|상승|하락|성장|급증|급감|확대|축소|추가|도달|해당)$)");
        QRegularExpressionMatch verb;
        for (auto it = predicate.globalMatch(s, end); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedStart() - end > 140)
                break;
            if (!has(notVerb, m.captured(1))) {
                verb = m;
                break;
            }
        }
        static const QRegularExpression futureEnding = re(R"(^(?:할|될|하기로|하겠)$)");
        const bool futureAct = verb.hasMatch() && (has(futureEnding, verb.captured(2)) ||
                                                   has(planCue(), s.mid(verb.capturedEnd(), 8)));
        // A past date's act is told whatever the tense of the first verb ("가트너는 2024년 6월, 시장이 …
        // 성장할 것으로 예측했다"); only the plan's future needs a verb that is no plan.
        const bool planned = future && futureAct;
        if (actor == Actor::Industry && !planned)
            return QStringLiteral("industry_event");
        if (actor == Actor::Government && verb.hasMatch() && !planned && !has(figureVerb, verb.captured(1)))
            return QStringLiteral("policy_event");
    }
    // A company's product news: an unnamed subject launching or showing products, no government in sight
    // ("2024년 9월 구글은 'Gemini at Work' 행사에서 새로운 Gemini 모델 … 출시하였다").
    static const QRegularExpression productAct = re(R"(출시|선보|소개(?:하였|했|한)|공개(?:하였|했|한))");
    static const QRegularExpression productNoun =
        re(R"(모델|서비스|제품|플랫폼|에이전트|칩|기능|행사|버전|앱|솔루션)");
    if (has(productAct, s.mid(end)) && has(productNoun, s) && !has(governmentCue(), s) &&
        !has(statisticCue(), around) && !has(figureTail, tail))
        return QStringLiteral("industry_event");
    const bool statistic = has(statisticCue(), around) && !has(policyVerb(), tail.left(20));
    static const QRegularExpression industryVerb = re(R"(출시|선보|공개|설립|창업|launch|release|unveil)");
    if (statistic && !has(industryVerb, tail.left(16)))
        return QStringLiteral("background");
    if (has(industryCue(), around) && !has(governmentCue(), around))
        return QStringLiteral("industry_event");
    // A figure's or table's caption ([그림 2-4] 2013-2023 글로벌 AI 투자): the years of its statistics.
    static const QRegularExpression caption =
        re(R"(^\s*[\[<【(]?\s*(?:그림|표|도표|Figure|Fig\.|Table|Chart)\s*[\dⅠ-Ⅻ]+(?:[-.]\d+)*)");
    if (has(caption, own))
        return QStringLiteral("background");
    const bool policy = has(policyVerb(), s) && has(governmentCue(), s);
    // A numbered section title ("2. 2024년 인공지능 정책 동향") dates its subject, not an act.
    static const QRegularExpression sectionTitle = re(R"(^\s*(?:\d{1,2}|[IVX]{1,4}|[가-하])\s*[.)]\s+\S)");
    if (has(sectionTitle, own) && own.trimmed().size() < 40 && !has(policyVerb(), own))
        return QStringLiteral("background");
    if (p.kind == text::Passage::Kind::Heading && !policy)
        return QStringLiteral("background");
    if (statistic)
        return QStringLiteral("background");
    if (policy || has(policyVerb(), around))
        return QStringLiteral("policy_event");
    if (year >= documentYear && has(planCue(), tail.left(12)))
        return QStringLiteral("schedule");
    if (has(governmentCue(), around) && !has(pastTense, s.mid(at)))
        return QStringLiteral("policy_event");
    return year >= documentYear && documentYear > 0 && !has(pastTense, s.mid(at))
               ? QStringLiteral("schedule")
               : QStringLiteral("background");
}

/// What happened and who did it, as a person would write it on a timeline: the sentence's actor (its
/// subject, when it is a government, a body or a company), what was acted on (a quoted title, else the words
/// before the verb) and the act ("바이든 대통령 행정명령 서명", "EU AI법 발효"). Empty when the sentence has
/// no act.
QString eventLabel(const QString& sentence, qsizetype at, qsizetype end) {
    // The date itself and the markers around it are no part of what happened.
    QString s = sentence.left(at) + QString(end - at, u' ') + sentence.mid(end);
    // Other dates of the sentence are their own events; blank them (keeping offsets).
    static const QRegularExpression otherDate = re(
        R"((?:19|20)\d{2}\s?년(?:\s?\d{1,2}\s?월)?(?:\s?\d{1,2}\s?일)?|[’‘'`]\d{2}(?:\.\s?\d{1,2}(?:\.\d{1,2})?)?\.?(?:년|월)?|\d{1,2}\s?월\s?\d{1,2}\s?일)");
    for (auto it = otherDate.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        s.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    static const QRegularExpression act = re(
        R"((발표|제정|시행|서명|발효|출범|통과|채택|합의|공포|수립|의결|개최|설치|발의|승인|공개|도입|개정|선포|체결|발간|마련|확정|신설|출시|선보|착수|개시|개소|시작|완료|적용|금지|가결|비준|지정|선정|출간|설립|제출|개통|착공|준공)(?:했|하였|한|하고|하며|하여|해|된|되었|되어|됨|될|할|함|하는|\s|$|[.,)·]))");
    QRegularExpressionMatch verb;
    for (auto it = act.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!verb.hasMatch() || m.capturedStart() >= end) {
            verb = m;
            if (m.capturedStart() >= end)
                break;
        }
    }
    if (!verb.hasMatch())
        return {};
    const QString verbNoun = verb.captured(1);
    const qsizetype verbAt = verb.capturedStart(1);
    // What was acted on: the nearest quoted title before the act, else the last words before it.
    static const QRegularExpression quoted = re(R"([‘'「『“"《〈]([^’'」』”"》〉]{2,80})[’'」』”"》〉])");
    QString object;
    for (auto it = quoted.globalMatch(s.left(verbAt)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        static const QRegularExpression styleText = re(R"(^[a-z\-]+\s?:\s?[a-z\-]+;?$)");
        if (!has(styleText, m.captured(1).trimmed()))
            object = QStringLiteral("「%1」").arg(m.captured(1).simplified());
    }
    static const QRegularExpression particleEnd =
        re(R"((?:을|를|에|의|이|가|은|는|로|으로|에서|에게|와|과|도|만)$)");
    static const QRegularExpression subjectRe =
        re(R"((?:^|\s)((?:[가-힣A-Za-z0-9·&]+\s)?[가-힣A-Za-z0-9·&()]+?)(?:은|는|이|가|에서)\s)");
    const QString beforeVerb = s.left(verbAt).simplified();
    if (object.isEmpty()) {
        QStringList words = beforeVerb.split(u' ', Qt::SkipEmptyParts);
        QStringList kept;
        while (!words.isEmpty() && kept.size() < 3) {
            QString w = words.takeLast();
            const bool hadParticle = has(particleEnd, w) && w.size() > 1;
            w.remove(particleEnd);
            if (w.isEmpty())
                break;
            // A subject or an adverbial ends the object: stop at it once something is kept.
            if (hadParticle && !kept.isEmpty())
                break;
            kept.prepend(w);
        }
        object = kept.join(u' ');
        // A parenthesis closed inside the object opens before it: take the name it explains along
        // ("백서(White Paper on AI)").
        if (object.count(u')') > object.count(u'(')) {
            const qsizetype objectAt = beforeVerb.lastIndexOf(object);
            const qsizetype open = objectAt > 0 ? beforeVerb.lastIndexOf(u'(', objectAt) : -1;
            if (open > 0) {
                const qsizetype wordStart = beforeVerb.lastIndexOf(u' ', open - 1) + 1;
                object = beforeVerb.mid(wordStart, objectAt + object.size() - wordStart);
            }
        }
    }
    // Who: the subject before the act, when it names an actor.
    QString subject;
    for (auto it = subjectRe.globalMatch(s.left(verbAt)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString candidate = m.captured(1).simplified();
        static const QRegularExpression connective =
            re(R"(^(?:그리고|또한|이후|한편|특히|이에|이어|이어서|이번에|최근|먼저|다만|또|아울러)\s)");
        candidate.remove(connective);
        static const QRegularExpression actor = re(
            R"(정부|행정부|대통령|총리|장관|의회|국회|위원회|집행위|[가-힣]{1,8}(?:부|처|청|원|처|공단|재단|기구|연구소|협의회)$|[A-Z]{2,}|[A-Z][a-z]+)");
        if (has(actor, candidate) || !countryMentions(candidate).isEmpty()) {
            subject = candidate;
            break;
        }
    }
    if (!subject.isEmpty() && object.contains(subject))
        subject.clear();
    QString label = QStringList{subject, object, verbNoun}.join(u' ').simplified();
    static const QRegularExpression leading = re(R"(^[\s▲•□○◦▪■●※❍◎◇◆▶►\-–·,.)]+)");
    label.remove(leading);
    if (label.size() > 48)
        label = label.left(47).trimmed() + QStringLiteral("…");
    return label == verbNoun ? QString() : label;
}

} // namespace

namespace detail {

QString sentenceAround(const QString& text, qsizetype from, qsizetype to, qsizetype* at) {
    static const QRegularExpression sentenceEnd =
        re(R"((?<![\d\s])\.(?=\s)|다\.|[?!。]\s|\n|\t|(?:^|\s)[▲•□○◦▪■●※❍◎◇◆▶►](?=\s))");
    qsizetype start = 0;
    auto it = sentenceEnd.globalMatch(text.left(from));
    while (it.hasNext())
        start = it.next().capturedEnd();
    const QRegularExpressionMatch endMatch = sentenceEnd.match(text, to);
    const qsizetype end = endMatch.hasMatch() ? endMatch.capturedStart() + 1 : text.size();
    if (at)
        *at = from - start;
    return text.mid(start, std::min(end, text.size()) - start);
}

} // namespace detail

void classifyMoney(QList<MoneyFact>& money, const QList<text::Passage>& passages,
                   const QStringList& passageCountry, const DocumentContext& context) {
    Q_UNUSED(context);
    for (MoneyFact& m : money) {
        if (m.at.passage < 0 || m.at.passage >= passages.size())
            continue;
        const text::Passage& p = passages.at(m.at.passage);
        const qsizetype from = std::max(0, m.at.offset);
        qsizetype at = 0;
        const QString s = detail::sentenceAround(p.text, from, from + m.text.size(), &at);
        // Tables and bullets (□ ○ - ※ *) of a plan list its programmes and what they cost.
        static const QRegularExpression bullet = re(R"(^\s*[□○◦▪■●※❍◎◇◆▶►\-*·]\s)");
        const bool tableOrList = p.kind == text::Passage::Kind::TableCell ||
                                 p.kind == text::Passage::Kind::ListItem || has(bullet, p.text);
        m.kind = moneyKind(s, at, at + m.text.size(), m, tableOrList);
        m.actor =
            m.kind == u"budget" ? actorOf(s, at, passageCountry.value(m.at.passage), m.currency) : QString();
        m.counted = true;
        m.countNote.clear();
    }
    // A conversion has the kind and actor of what it converts and is counted with it.
    for (MoneyFact& m : money) {
        if (m.convertedFrom < 0 || m.convertedFrom >= money.size())
            continue;
        const MoneyFact& original = money.at(m.convertedFrom);
        m.kind = original.kind;
        m.actor = original.actor;
        m.counted = false;
        m.countNote = QStringLiteral("conversion of %1").arg(original.text);
    }
    // Parts inside a stated whole: "총 1조 96억원 중 … 3,516억원", "1억 달러(국립과학재단 4800만 달러, …)".
    for (qsizetype i = 0; i < money.size(); ++i) {
        MoneyFact& m = money[i];
        if (!m.counted || m.at.passage < 0 || m.at.passage >= passages.size())
            continue;
        const QString& text = passages.at(m.at.passage).text;
        for (qsizetype k = i - 1; k >= 0; --k) {
            const MoneyFact& whole = money.at(k);
            if (whole.at.passage != m.at.passage)
                break;
            if (whole.convertedFrom >= 0 || whole.currency != m.currency || whole.amount <= m.amount)
                continue;
            const qsizetype wholeEnd = whole.at.offset + whole.text.size();
            if (whole.at.offset < 0 || m.at.offset < wholeEnd)
                continue;
            const QString between = text.mid(wholeEnd, m.at.offset - wholeEnd);
            if (between.contains(QStringLiteral("다.")) || between.contains(u'\n'))
                break;
            const bool insideParentheses = between.count(u'(') > between.count(u')');
            const bool namedWhole =
                has(wholeBefore(), before(text, whole.at.offset, 10)) && between.contains(u'중');
            if (insideParentheses || namedWhole) {
                m.counted = false;
                m.countNote = QStringLiteral("part of %1").arg(whole.text);
                break;
            }
        }
    }
    // The same amount for the same period stated again (a summary and its section, a table and its text).
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < money.size(); ++i) {
        MoneyFact& m = money[i];
        if (!m.counted || m.kind != u"budget")
            continue;
        const QString key = periodKey(m);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            m.counted = false;
            m.countNote =
                QStringLiteral("repeat of %1 (p. %2)").arg(money.at(*it).text).arg(money.at(*it).at.page);
        } else {
            seen.insert(key, i);
        }
    }
}

void classifyDates(QList<DateFact>& dates, const QList<text::Passage>& passages,
                   const DocumentContext& context) {
    int documentYear = context.documentDate.isValid() ? context.documentDate.year() : 0;
    if (documentYear == 0) {
        for (const DateFact& d : dates)
            documentYear = std::max(documentYear, std::min(yearOf(d.start), 2100));
    }
    for (DateFact& d : dates) {
        if (d.at.passage < 0 || d.at.passage >= passages.size())
            continue;
        const text::Passage& p = passages.at(d.at.passage);
        const qsizetype from = std::max(0, d.at.offset);
        qsizetype at = 0;
        const QString own = detail::sentenceAround(p.text, from, from + d.text.size(), &at);
        // A date alone in a table cell, a row's first column or a heading: what it dates follows it (the
        // rest of the row, the next cell), past the bullet that starts it.
        QString s = own;
        static const QRegularExpression lead = re(R"(^[\s▲•□○◦▪■●※❍◎◇◆▶►\-–·]+)");
        if (own.size() - at - d.text.size() < 4) {
            const qsizetype ownStart = from - at;
            QString rest = p.text.mid(ownStart + own.size());
            // The following cells of the row, up to a sentence's worth.
            for (qsizetype k = d.at.passage + 1; rest.simplified().size() < 24 && k < passages.size() &&
                                                 k <= d.at.passage + 3 && passages.at(k).page == p.page;
                 ++k)
                rest += QLatin1Char(' ') + passages.at(k).text;
            rest = rest.simplified();
            while (!rest.isEmpty()) {
                rest.remove(lead);
                qsizetype ignored = 0;
                const QString piece = detail::sentenceAround(rest, 0, 0, &ignored);
                s += QLatin1Char(' ') + piece;
                if (s.size() - own.size() >= 16 || piece.size() >= rest.size())
                    break;
                rest = rest.mid(piece.size());
            }
        }
        d.kind = dateKind(own, s, at, at + d.text.size(), d, p, context, documentYear);
        if (d.kind == u"policy_event" || d.kind == u"schedule" || d.kind == u"industry_event") {
            const QString label = eventLabel(s, at, at + d.text.size());
            if (!label.isEmpty())
                d.label = label;
        }
    }
}

} // namespace pl::facts
