#include "core/text/titlefinder.h"

#include "core/text/textnormalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace pl::text {

namespace {

bool isSyllable(QChar c) {
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

int letters(const QString& s) {
    int n = 0;
    for (QChar c : s)
        n += c.isLetter() ? 1 : 0;
    return n;
}

QString squashed(const QString& s) {
    QString out;
    for (QChar c : s)
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    return out;
}

/// The labels of Korean government cover forms and press-release heads. A line that is one, or starts with
/// one and gives its value, labels something; it is not the title.
bool isLabel(const QString& line) {
    static const QStringList labels = {
        QStringLiteral("보도시점"),   QStringLiteral("보도일시"), QStringLiteral("보도일자"),
        QStringLiteral("배포일시"),   QStringLiteral("배포일자"), QStringLiteral("배포일"),
        QStringLiteral("엠바고"),     QStringLiteral("담당부서"), QStringLiteral("담당과장"),
        QStringLiteral("담당자"),     QStringLiteral("책임자"),   QStringLiteral("사업목적"),
        QStringLiteral("사업명"),     QStringLiteral("사업기간"), QStringLiteral("사업예산"),
        QStringLiteral("사업개요"),   QStringLiteral("소관부처"), QStringLiteral("주관기관"),
        QStringLiteral("발주기관"),   QStringLiteral("수요기관"), QStringLiteral("의안번호"),
        QStringLiteral("발의연월일"), QStringLiteral("발의자"),   QStringLiteral("제안자"),
        QStringLiteral("제안이유"),   QStringLiteral("주요내용"), QStringLiteral("문의"),
        QStringLiteral("연락처"),     QStringLiteral("전화"),     QStringLiteral("작성자"),
        QStringLiteral("작성일"),     QStringLiteral("문서번호"), QStringLiteral("개정일자"),
        QStringLiteral("개정번호"),   QStringLiteral("목차"),     QStringLiteral("차례"),
        QStringLiteral("붙임"),       QStringLiteral("일시"),     QStringLiteral("장소"),
        QStringLiteral("의사일정"),   QStringLiteral("tel"),      QStringLiteral("fax")};
    const QString s = squashed(line);
    for (const QString& l : labels) {
        if (s == l)
            return true;
        if (s.startsWith(l) && line.contains(QLatin1Char(':')))
            return true;
    }
    // 소관부처 국토교통부: a label and its value on one line.
    const QString first = squashed(line.section(QLatin1Char(' '), 0, 0));
    for (const QString& l : labels)
        if (first == l && line.contains(QLatin1Char(' ')))
            return true;
    // A signature: a name, a body and an office (윤석대 한국수자원공사 사장).
    static const QRegularExpression signature(QStringLiteral(
        "^\\S{2,4}\\s+\\S+\\s+(사장|장관|차관|청장|원장|위원장|처장|국장|과장|이사장|대표|총장)$"));
    return signature.match(line).hasMatch();
}

/// What a line says when it names only the kind of document (제안요청서(RFP), 검 토 보 고, 보도자료).
enum class Genre { None, Press, Other };

Genre genreOf(const QString& text) {
    QString s = text;
    static const QRegularExpression parenthetical(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    s.remove(parenthetical);
    s = squashed(s);
    static const QSet<QString> press = {QStringLiteral("보도자료"), QStringLiteral("보도참고자료"),
                                        QStringLiteral("보도설명자료"), QStringLiteral("설명자료"),
                                        QStringLiteral("pressrelease")};
    static const QSet<QString> other = {
        QStringLiteral("제안요청서"), QStringLiteral("과업지시서"), QStringLiteral("과업내용서"),
        QStringLiteral("검토보고"),   QStringLiteral("검토보고서"), QStringLiteral("회의록"),
        QStringLiteral("보고서"),     QStringLiteral("결과보고서"), QStringLiteral("공고"),
        QStringLiteral("공고문"),     QStringLiteral("입찰공고"),   QStringLiteral("안내서"),
        QStringLiteral("계획서"),     QStringLiteral("사업계획서"), QStringLiteral("제안서"),
        QStringLiteral("참고자료"),   QStringLiteral("rfp")};
    if (press.contains(s))
        return Genre::Press;
    if (other.contains(s))
        return Genre::Other;
    return Genre::None;
}

bool isFileName(const QString& s) {
    static const QRegularExpression re(QStringLiteral("\\.(hwpx?|docx?|pptx?|xlsx?|pdf|txt|indd)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(s.trimmed()).hasMatch();
}

struct Candidate {
    int line = 0;
    QString text;
    double em = 0;
    QRectF box;
};

/// The block of lines set in the type of `lines[first]` (within 12 %) that follow it in reading order,
/// each starting within 2.5 type sizes below the one before; a label or a line of smaller type between ends
/// it.
QList<Candidate> blockFrom(const QList<std::optional<Candidate>>& all, int first, double em,
                           const QSet<int>& taken = {}) {
    // Top to bottom from the first line: lines of other type sizes beside or between (a sponsor's name in
    // a smaller type, a parenthesis) are passed over; a label, or a gap of more than 2.5 type sizes, ends it.
    QList<Candidate> below;
    for (const auto& c : all)
        if (c && c->line != all[first]->line && !taken.contains(c->line) &&
            c->box.top() >= all[first]->box.top() - 0.5 * em)
            below.append(*c);
    std::stable_sort(below.begin(), below.end(),
                     [](const Candidate& a, const Candidate& b) { return a.box.top() < b.box.top(); });
    QList<Candidate> block{*all[first]};
    double bottom = all[first]->box.bottom();
    for (const Candidate& c : below) {
        if (c.box.top() - bottom > 2.5 * em)
            break;
        if (c.em == 0) {
            if (c.box.top() > bottom - 0.3 * em)
                break; // a label below ends the block; one beside it (사업명 | the subject) does not
            continue;
        }
        if (c.em < em * 0.88 || c.em > em * 1.14)
            continue;
        // A press release's sub-heads (- … -) and the body's bullets are set in the headline's type in
        // some releases; a title line never starts with one.
        // (A short phrase between dashes is a part of the title: - 노면요철포장 편 -.)
        static const QRegularExpression part(QStringLiteral("^[-–―]\\s*\\S.{0,12}\\s*[-–―]$"));
        if (!detectBullet(c.text).symbol.isEmpty() && !part.match(c.text).hasMatch())
            break;
        block.append(c);
        bottom = std::max(bottom, c.box.bottom());
    }
    std::stable_sort(block.begin(), block.end(), [](const Candidate& a, const Candidate& b) {
        return std::abs(a.box.top() - b.box.top()) > 0.3 * a.box.height() ? a.box.top() < b.box.top()
                                                                          : a.box.left() < b.box.left();
    });
    return block;
}

QString joined(const QList<Candidate>& block) {
    QStringList parts;
    for (const Candidate& c : block)
        parts.append(c.text);
    return parts.join(QLatin1Char(' ')).simplified().left(200);
}

} // namespace

QString closeLetterSpacing(const QString& line) {
    const QStringList tokens = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    for (qsizetype i = 0; i < tokens.size();) {
        qsizetype j = i;
        while (j < tokens.size() && tokens[j].size() == 1 && isSyllable(tokens[j][0]))
            ++j;
        if (j - i >= 3) {
            out.append(tokens.mid(i, j - i).join(QString()));
            i = j;
        } else {
            out.append(tokens[i]);
            ++i;
        }
    }
    return out.join(QLatin1Char(' '));
}

/// An official letter (시행문, 기안문: 수신 · (경유) · 제목): the value of its 제목 field, on the label's
/// line or beside it.
QString letterSubject(const QList<TextLine>& lines) {
    static const QRegularExpression field(QStringLiteral("^제\\s*목\\s*[:：]?\\s*(.*)$"));
    bool addressed = false;
    for (const TextLine& l : lines)
        addressed = addressed || squashed(l.text).startsWith(QStringLiteral("수신"));
    if (!addressed)
        return {};
    for (const TextLine& label : lines) {
        const QString t = normalizeText(label.text).simplified();
        // The label may stand last in a column of labels read as one line (수신 (경유) 제목).
        const qsizetype at = t.lastIndexOf(QStringLiteral("제목"));
        if (at < 0)
            continue;
        const auto m = field.match(t.mid(at));
        if (!m.hasMatch())
            continue;
        if (m.capturedLength(1) >= 4)
            return m.captured(1);
        // The value beside the label: the line to its right on the same baseline as its last line.
        const QRectF& b = label.wordBoxes.isEmpty() ? label.box : label.wordBoxes.constLast();
        for (const TextLine& v : lines) {
            const double overlap = std::min(v.box.bottom(), b.bottom()) - std::max(v.box.top(), b.top());
            if (&v != &label && v.box.left() > b.right() &&
                overlap > 0.5 * std::min(v.box.height(), b.height()))
                return normalizeText(v.text).simplified();
        }
    }
    return {};
}

QString findTitle(const QList<TextLine>& lines, const QSizeF& pageSize, double* prominence) {
    if (const QString subject = letterSubject(lines); subject.size() >= 4) {
        if (prominence)
            *prominence = 2; // the form says it: no guess from type sizes
        return subject;
    }
    QList<std::optional<Candidate>> all;
    all.reserve(lines.size());
    const double height = pageSize.height() > 0 ? pageSize.height() : 842;
    for (int i = 0; i < lines.size(); ++i) {
        const TextLine& l = lines[i];
        const QString text = closeLetterSpacing(normalizeText(l.text).simplified());
        // Not a title: below the upper part, too short, mostly figures (a table row), a line of running text,
        // a bracketed note ([시행 2025. 1. 1.], <개정 …>), a file name.
        const bool figures = letters(text) * 10 < 3 * QString(text).remove(QLatin1Char(' ')).size();
        if (l.box.top() > height * 0.6 || letters(text) < 3 || figures || text.size() > 70 ||
            text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('<')) || isFileName(text)) {
            all.append(std::nullopt);
            continue;
        }
        Candidate c{i, text, l.em > 0 ? l.em : l.box.height() * 0.6, l.box};
        if (isLabel(text))
            c.em = 0; // a label ends a block and is never one
        all.append(c);
    }
    int top = -1;
    for (int i = 0; i < all.size(); ++i)
        if (all[i] && all[i]->em > 0 && (top < 0 || all[i]->em > all[top]->em * 1.02))
            top = i;
    if (top < 0)
        return {};
    // The topmost line set in the largest type starts the title.
    int first = top;
    for (int i = 0; i < all.size(); ++i)
        if (all[i] && all[i]->em >= all[top]->em * 0.88 && all[i]->box.top() < all[first]->box.top())
            first = i;
    if (prominence) {
        QList<double> ems;
        for (const TextLine& l : lines)
            if (l.em > 0)
                ems.append(l.em);
        std::sort(ems.begin(), ems.end());
        *prominence = ems.isEmpty() ? 1 : all[top]->em / ems[ems.size() / 2];
    }
    QList<Candidate> block = blockFrom(all, first, all[first]->em);
    // A first line set smaller just above: the year or the programme in brackets that Korean covers put
    // before the title's main line (2026년『AI-반도체 해외실증 지원』 / 사업 공모 안내서).
    static const QRegularExpression kicker(QStringLiteral("^(19|20)\\d{2}\\s*년|[』」》”’]$"));
    for (const auto& c : all) {
        const Candidate& head = block.first();
        if (!c || c->em == 0 || c->line == head.line || c->em < 0.7 * head.em || c->em >= 0.88 * head.em)
            continue;
        const double gap = head.box.top() - c->box.bottom();
        const bool above = gap > -0.3 * head.em && gap < 1.2 * head.em;
        const bool overlapping =
            std::min(c->box.right(), head.box.right()) > std::max(c->box.left(), head.box.left());
        if (above && overlapping && kicker.match(c->text).hasMatch()) {
            block.prepend(*c);
            break;
        }
    }
    const QString title = joined(block);
    // A patent gazette (KIPO's front page, INID codes): "(12) 공개특허공보(A)" with "(11) 공개번호 10-…".
    static const QRegularExpression gazette(QStringLiteral("\\(12\\)\\s*(\\S*공보)"));
    static const QRegularExpression number(QStringLiteral("\\(11\\)\\s*(?:공개|등록)번호\\s*([0-9][0-9-]+)"));
    if (const auto g = gazette.match(title); g.hasMatch()) {
        QString kind = g.captured(1);
        kind.remove(QRegularExpression(QStringLiteral("\\(.*$")));
        for (const TextLine& l : lines)
            if (const auto n = number.match(normalizeText(l.text)); n.hasMatch())
                return kind + QLatin1Char(' ') + n.captured(1);
        // The number in the column beside its code: KIPO's numbers read 10-2023-0087131.
        static const QRegularExpression kipo(
            QStringLiteral("(?<![0-9-])([1-4]0-(19|20)[0-9]{2}-[0-9]{7})(?![0-9])"));
        bool afterCode = false;
        for (const TextLine& l : lines) {
            const QString t = normalizeText(l.text);
            afterCode = afterCode || t.contains(QStringLiteral("(11)"));
            if (const auto n = kipo.match(t); afterCode && n.hasMatch())
                return kind + QLatin1Char(' ') + n.captured(1);
        }
    }
    const Genre genre = genreOf(title);
    if (genre == Genre::None)
        return title;
    // The cover names the project in a field: [사업명 : 생성형 AI 서비스 시범 도입], 과업명: …
    static const QRegularExpression projectField(
        QStringLiteral("^[\\[(<〔【]?\\s*(?:사\\s*업\\s*명|과\\s*업\\s*명|용\\s*역\\s*명|건\\s*명)\\s*[:：]"
                       "\\s*(.+?)\\s*[\\])>〕】]?$"));
    for (const TextLine& l : lines) {
        if (l.box.top() > height * 0.6)
            continue;
        if (const auto m = projectField.match(normalizeText(l.text).simplified()); m.hasMatch())
            return genre == Genre::Press ? m.captured(1) : title + QStringLiteral(": ") + m.captured(1);
    }
    // Only the kind of document: the subject is what is set next largest.
    QSet<int> used;
    for (const Candidate& c : block)
        used.insert(c.line);
    // Not a heading of the body (Ⅰ. 사업개요, 1. 개요, 가. …): the cover's subject.
    static const QRegularExpression heading(QStringLiteral("^([IVXⅠ-Ⅻ]+|[0-9]{1,2}|[가-하])[.)]\\s"));
    auto subjectLine = [&](int i) {
        return all[i] && all[i]->em > 0 && !used.contains(all[i]->line) &&
               genreOf(all[i]->text) == Genre::None && !heading.match(all[i]->text).hasMatch();
    };
    int next = -1;
    for (int i = 0; i < all.size(); ++i)
        if (subjectLine(i) && (next < 0 || all[i]->em > all[next]->em * 1.02))
            next = i;
    if (next < 0)
        return title;
    int subjectFirst = next;
    for (int i = 0; i < all.size(); ++i)
        if (subjectLine(i) && all[i]->em >= all[next]->em * 0.88 &&
            all[i]->box.top() < all[subjectFirst]->box.top())
            subjectFirst = i;
    const QString subject = joined(blockFrom(all, subjectFirst, all[subjectFirst]->em, used));
    if (genre == Genre::Press)
        return subject;
    return block.first().line < subjectFirst ? title + QStringLiteral(": ") + subject
                                             : subject + QLatin1Char(' ') + title;
}

QString titleFromFileName(const QString& name) {
    static const QRegularExpression ext(QStringLiteral("\\.(hwpx?|docx?|pptx?|xlsx?|pdf|txt|indd)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString base = normalizeText(name).trimmed();
    base.remove(ext);
    base = base.simplified();
    // Working names are not titles: underscores, versions, drafts, attachments, bare numbers.
    static const QRegularExpression working(
        QStringLiteral(
            "_|최종|수정|초안|붙임|별첨|사본|복사본|^untitled|^제목\\s*없음|^[0-9\\s.()-]+$|v[0-9]"),
        QRegularExpression::CaseInsensitiveOption);
    if (letters(base) < 3 || working.match(base).hasMatch())
        return {};
    return base;
}

} // namespace pl::text
