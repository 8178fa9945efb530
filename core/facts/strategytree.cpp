#include "core/facts/strategytree.h"

#include "core/facts/headingnumber.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace pl::facts {

namespace {

using Kind = text::Passage::Kind;

// ---- what a node says about itself ------------------------------------------------------------------------

QStringList capturesOf(const QRegularExpression& re, const QString& text) {
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString s = it.next().captured(0).trimmed();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

QStringList yearsIn(const QString& text) {
    // '23, ‘23.4월, '22~'26, '23.下, (23~), 2023년, 2024-2026년 … as printed.
    static const QRegularExpression re(
        QStringLiteral("(?:~\\s*)?[’‘'`]\\d{2}(?:\\.\\s?(?:\\d{1,2}(?:\\.\\d{1,2})?|[上下]))?(?:년|월)?"
                       "(?:\\s*~\\s*(?:[’‘'`]?\\d{2}(?:\\.\\d{1,2})?(?:년|월)?|\\d{1,2}월?(?!\\d))?)?"
                       "|(?<=\\()\\d{2}~(?:\\d{2})?"
                       "|(?<![\\d.,])(?:19|20)\\d{2}(?!\\d|억|만|조|원|개|명)(?:년)?(?:\\s*\\d{1,2}월)?"
                       "(?:\\s*[~\\-–]\\s*(?:(?:19|20)?\\d{2})(?:년)?)?"));
    return capturesOf(re, text);
}

QStringList amountsIn(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral("\\d[\\d,.]*\\s*(?:조|억|천만|백만|만|천)(?:\\s*\\d[\\d,.]*\\s*(?:억|천만|백만|만|천))"
                       "*\\s*(?:원|달러|유로|엔|위안|파운드)"
                       "|\\d[\\d,.]*\\s*(?:원|달러|유로)(?![가-힣])"
                       "|[$€£¥]\\s?\\d[\\d,.]*\\s*(?:[KMB]|million|billion|bn)?"));
    return capturesOf(re, text);
}

/// Ministries and agencies named as responsible, usually in parentheses: ('23~, 고용부), (과기정통·행안부).
QStringList ministriesIn(const QString& text) {
    static const QRegularExpression group(QStringLiteral("[(\\[（]([^()\\[\\]（）]{2,60})[)\\]）]"));
    static const QRegularExpression agency(
        QStringLiteral("^(?:관계부처|[가-힣]{1,6}(?:부|처|청|위|위원회))$"));
    static const QSet<QString> notAgencies{
        QStringLiteral("정부"),   QStringLiteral("일부"),     QStringLiteral("전부"),
        QStringLiteral("내부"),   QStringLiteral("외부"),     QStringLiteral("본부"),
        QStringLiteral("세부"),   QStringLiteral("상부"),     QStringLiteral("하부"),
        QStringLiteral("지부"),   QStringLiteral("학부"),     QStringLiteral("간부"),
        QStringLiteral("대부"),   QStringLiteral("중앙정부"), QStringLiteral("지방정부"),
        QStringLiteral("범정부"), QStringLiteral("신청"),     QStringLiteral("요청"),
        QStringLiteral("대처"),   QStringLiteral("출처"),     QStringLiteral("상위"),
        QStringLiteral("하위"),   QStringLiteral("단위"),     QStringLiteral("범위"),
        QStringLiteral("순위"),   QStringLiteral("행위"),     QStringLiteral("지위"),
        QStringLiteral("분위"),   QStringLiteral("부처")};
    QStringList out;
    for (auto it = group.globalMatch(text); it.hasNext();) {
        const QString inside = it.next().captured(1);
        const QStringList parts =
            inside.split(QRegularExpression(QStringLiteral("\\s*[,·ㆍ/+]\\s*|\\s+")), Qt::SkipEmptyParts);
        // "과기정통·행안부": a shared suffix is printed once, on the last name.
        QString sharedSuffix;
        if (!parts.isEmpty() && parts.last().endsWith(QChar(u'부')))
            sharedSuffix = QStringLiteral("부");
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QString name = parts[i].trimmed();
            if (name == QStringLiteral("과기정통") && !sharedSuffix.isEmpty())
                name += sharedSuffix;
            if (!agency.match(name).hasMatch() || notAgencies.contains(name))
                continue;
            if (!out.contains(name))
                out.append(name);
        }
    }
    // Bracketed names: [교육부] … + [과기정통부] …
    return out;
}

/// 신규 / 강화 / 계속 printed after the item (as a mark, not as a word of the sentence).
QString statusIn(const QString& text, QString* strippedTitle) {
    static const QRegularExpression re(
        QStringLiteral("(?:(?<=[)\\]’'”\"*])|(?<=\\s))\\s*[\\[<(]?(신규|강화|계속|확대|보완)[\\]>)]?\\s*$"));
    static const QRegularExpression plainNew(QStringLiteral("\\s(신규)\\s*$"));
    QRegularExpressionMatch m = re.match(text);
    if (m.hasMatch()) {
        const QString word = m.captured(1);
        const QString before = text.left(m.capturedStart()).trimmed();
        // "… 역량 강화" is the title's own verb; "… 역량 강화 강화" or "…('23~) 강화" carries a mark.
        const bool afterParen = before.endsWith(QLatin1Char(')')) || before.endsWith(QLatin1Char(']')) ||
                                before.endsWith(QLatin1Char(',')) || before.endsWith(QStringLiteral("’")) ||
                                before.endsWith(QLatin1Char('\'')) || before.endsWith(QStringLiteral("하고"));
        if (word == QStringLiteral("신규") || afterParen || before.endsWith(word)) {
            if (strippedTitle)
                *strippedTitle = before;
            return word;
        }
    }
    m = plainNew.match(text);
    if (m.hasMatch()) {
        if (strippedTitle)
            *strippedTitle = text.left(m.capturedStart()).trimmed();
        return m.captured(1);
    }
    if (strippedTitle)
        *strippedTitle = text;
    return {};
}

bool hasTopicLabel(const QString& text) {
    // "(초거대AI 데이터) …", "① (공평성) …": a topic in parentheses opens a ○ item in Korean plans.
    static const QRegularExpression re(QStringLiteral("^[\\x{2460}-\\x{2473}]?\\s*\\([^()]{1,30}\\)\\s*\\S"));
    return re.match(text).hasMatch();
}

bool startsWithCircled(const QString& text) {
    return !text.isEmpty() && text[0].unicode() >= 0x2460 && text[0].unicode() <= 0x2473;
}

QString cleanBulletText(QString text) {
    text = text.trimmed();
    static const QRegularExpression leading(QStringLiteral("^[-–○◦•∙·▪□■❏❑◼▣]\\s*"));
    text.remove(leading);
    return text.trimmed();
}

bool isNoteText(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:\\*|※|⇒|→|▶|▷|◇|◆|☞|<|〈|\\[예시\\]|\\(예시\\))"));
    return re.match(text).hasMatch();
}

bool isTaskBullet(const QString& b) {
    static const QString marks = QStringLiteral("□■❏❑◼▣");
    return b.size() == 1 && marks.contains(b);
}

bool isSubtaskBullet(const QString& b) {
    static const QString marks = QStringLiteral("○◦•∙·▪-–◎");
    return b.size() == 1 && marks.contains(b);
}

// ---- layout ----------------------------------------------------------------------------------------------

/// Whether a passage sits inside a table: beside a table cell of the same page at the same height, or between
/// cells beside it above and below (a row label is centred on a row of several passages).
bool besideTableCell(const QList<text::Passage>& passages, qsizetype i) {
    const text::Passage& p = passages[i];
    bool above = false;
    bool below = false;
    for (qsizetype j = std::max<qsizetype>(0, i - 30); j < std::min(passages.size(), i + 30); ++j) {
        const text::Passage& c = passages[j];
        if (j == i || c.kind != Kind::TableCell || c.page != p.page)
            continue;
        const bool sideBySide = c.box.right() <= p.box.left() + 2 || c.box.left() >= p.box.right() - 2;
        if (!sideBySide)
            continue;
        const double overlap = std::min(p.box.bottom(), c.box.bottom()) - std::max(p.box.top(), c.box.top());
        if (overlap > 0.5 * std::min(p.box.height(), c.box.height()))
            return true;
        // A row may hold several passages beside one centred label, so the cell above can be a row away.
        above = above || (c.box.bottom() <= p.box.top() + 2 && p.box.top() - c.box.bottom() < 80);
        below = below || (c.box.top() >= p.box.bottom() - 2 && c.box.top() - p.box.bottom() < 40);
    }
    return above && below;
}

/// The label of the table row a passage stands in: the nearest cell to its left ("개인정보" | 논의 방향 …).
QString rowLabel(const QList<text::Passage>& passages, qsizetype i) {
    const text::Passage& p = passages[i];
    QString best;
    double bestGap = 40;
    for (qsizetype j = std::max<qsizetype>(0, i - 30); j < std::min(passages.size(), i + 30); ++j) {
        const text::Passage& c = passages[j];
        if (j == i || c.kind != Kind::TableCell || c.page != p.page || c.box.right() > p.box.left() + 2)
            continue;
        const double gap = std::max({0.0, c.box.top() - p.box.bottom(), p.box.top() - c.box.bottom()});
        if (gap < bestGap) {
            bestGap = gap;
            best = c.text.trimmed();
        }
    }
    // A narrow cell wraps a word between syllables ("개인정 보"): join it again.
    const QStringList parts = best.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (best.size() <= 12 &&
        std::any_of(parts.begin(), parts.end(), [](const QString& w) { return w.size() == 1; }))
        best = parts.join(QString());
    return best;
}

/// One passage or a list item with the paragraphs that continue it (lines wrapped under the item's text).
struct Item {
    qsizetype first = 0;
    QString text;
};

QList<Item> joinContinuations(const QList<text::Passage>& passages) {
    QList<Item> items;
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const text::Passage& p = passages[i];
        if (!items.isEmpty() && p.kind == Kind::Paragraph && !isNoteText(p.text)) {
            const text::Passage& head = passages[items.last().first];
            const qsizetype lastIndex = i - 1;
            const bool follows = lastIndex >= 0 && (lastIndex == items.last().first ||
                                                    passages[lastIndex].kind == Kind::Paragraph);
            if (head.kind == Kind::ListItem && follows && p.box.left() > head.box.left() + 3 &&
                p.page - passages[lastIndex].page <= 1 && !readHeadingNumber(p)) {
                items.last().text += QLatin1Char(' ') + p.text.trimmed();
                continue;
            }
        }
        items.append(Item{i, p.text.trimmed()});
    }
    return items;
}

// ---- the tree --------------------------------------------------------------------------------------------

enum class Rank { Vision, Goal, Strategy, TaskGroup, Task, Subtask };

QString levelName(Rank r) {
    switch (r) {
    case Rank::Vision:
        return QStringLiteral("vision");
    case Rank::Goal:
        return QStringLiteral("goal");
    case Rank::Strategy:
        return QStringLiteral("strategy");
    case Rank::TaskGroup:
        return QStringLiteral("task_group");
    case Rank::Task:
        return QStringLiteral("task");
    case Rank::Subtask:
        return QStringLiteral("subtask");
    }
    return {};
}

struct FlatNode {
    StrategyNode node;
    int parent = -1;
    Rank rank = Rank::Subtask;
    int number = 0;
    bool removed = false;
};

/// An open ○/- item: its indent, and whether unlabelled items that follow at the same indent belong to it.
struct OpenSubtask {
    int node = -1;
    double indent = 0;
    bool labelled = false;
    bool virtualChild = false; ///< an unlabelled item hung under a labelled sibling of the same indent
};

class TreeBuilder {
public:
    explicit TreeBuilder(const QList<text::Passage>& passages) : m_passages(passages) {}

    QList<StrategyNode> build();

private:
    int add(Rank rank, int parent, const QString& title, qsizetype passage, const QString& ownText);
    void closeBelow(Rank rank);
    void handle(const Item& item);
    bool handleStructure(const Item& item, const text::Passage& p);
    void handleBullet(const Item& item, const text::Passage& p);

    const QList<text::Passage>& m_passages;
    QList<FlatNode> m_nodes;
    int m_vision = -1;
    int m_strategy = -1;
    int m_taskGroup = -1;
    int m_task = -1;
    int m_lastGoal = -1;
    int m_lastTaskGroupNumber = 0;
    bool m_goalMode = false;
    bool m_strategyListMode = false;
    bool m_skipping = false; ///< inside a 참고/붙임 box
    QList<OpenSubtask> m_open;
    int m_lastPlain = -1; ///< last subtask not numbered ①②…, the parent of an enumeration that follows
    int m_enumerationParent = -1;
};

int TreeBuilder::add(Rank rank, int parent, const QString& title, qsizetype passage, const QString& ownText) {
    FlatNode f;
    f.rank = rank;
    f.parent = parent;
    f.node.level = levelName(rank);
    QString stripped;
    f.node.status = statusIn(title, &stripped);
    f.node.title = stripped;
    f.node.years = yearsIn(ownText);
    f.node.amounts = amountsIn(ownText);
    f.node.ministries = ministriesIn(ownText);
    const text::Passage& p = m_passages[passage];
    f.node.at = Provenance{int(passage), p.page, p.box};
    m_nodes.append(f);
    return int(m_nodes.size() - 1);
}

void TreeBuilder::closeBelow(Rank rank) {
    if (rank <= Rank::Strategy) {
        m_strategy = -1;
        m_lastTaskGroupNumber = 0;
    }
    if (rank <= Rank::TaskGroup)
        m_taskGroup = -1;
    if (rank <= Rank::Task)
        m_task = -1;
    m_open.clear();
    m_lastPlain = -1;
    m_enumerationParent = -1;
}

QList<StrategyNode> TreeBuilder::build() {
    for (const Item& item : joinContinuations(m_passages))
        handle(item);
    // Assemble the forest, children in document order.
    QList<QList<int>> children(m_nodes.size());
    QList<int> roots;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].removed)
            continue;
        int parent = m_nodes[i].parent;
        bool gone = false;
        for (int a = parent; a >= 0; a = m_nodes[a].parent)
            gone = gone || m_nodes[a].removed;
        if (gone)
            continue;
        (parent >= 0 ? children[parent] : roots).append(i);
    }
    std::function<StrategyNode(int)> make = [&](int i) {
        StrategyNode n = m_nodes[i].node;
        for (int c : children[i])
            n.children.append(make(c));
        return n;
    };
    QList<StrategyNode> out;
    for (int r : roots)
        out.append(make(r));
    return out;
}

void TreeBuilder::handle(const Item& item) {
    const text::Passage& p = m_passages[item.first];
    if (item.text.isEmpty())
        return;
    if (handleStructure(item, p))
        return;
    if (m_skipping || m_strategy < 0)
        return;
    if ((p.kind == Kind::Note || p.bullet == QStringLiteral("※")) && item.text.size() > 1) {
        // A note printed at an item's own indent is not part of that item: it ends it.
        for (qsizetype k = m_open.size() - 1; k >= 0; --k) {
            if (std::abs(m_open[k].indent - p.box.left()) <= 2 && !m_open[k].virtualChild) {
                m_open.resize(k);
                break;
            }
        }
        return;
    }
    if (p.kind == Kind::TableCell || item.text.startsWith(QLatin1Char('<')) ||
        item.text.startsWith(QStringLiteral("〈"))) {
        // A table or its caption ends what a labelled item gathers under it.
        for (OpenSubtask& o : m_open)
            o.labelled = false;
        return;
    }
    handleBullet(item, p);
}

bool TreeBuilder::handleStructure(const Item& item, const text::Passage& p) {
    const QString& text = item.text;
    const bool block = p.kind == Kind::Heading || p.kind == Kind::Paragraph;
    if (!block && p.kind != Kind::ListItem)
        return false;

    // A chapter (Ⅰ., VI.) closes the strategy being read; the vision stays the root of what follows.
    static const QRegularExpression chapter(
        QStringLiteral("^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4})(?:\\.|\\s)\\s*\\S.{0,40}$"));
    if (block && chapter.match(text).hasMatch()) {
        closeBelow(Rank::Strategy);
        m_goalMode = false;
        m_strategyListMode = false;
        m_skipping = false;
        return true;
    }

    // 참고 / 붙임 boxes explain; they hold no tasks.
    static const QRegularExpression reference(
        QStringLiteral("^[\\[<【〈]?\\s*(?:참고|붙임|별첨)\\s*\\d*\\s*[\\]>】〉]?(?:\\s|$)"));
    if (block && reference.match(text).hasMatch()) {
        m_skipping = true;
        m_goalMode = false;
        closeBelow(Rank::TaskGroup);
        return true;
    }

    static const QRegularExpression vision(
        QStringLiteral("^[<\\[]?\\s*비\\s*전(?:\\s*[·•ㆍ/"
                       ",및&]?\\s*목\\s*표)?(?:\\s*[>\\]]?\\s*[:：]|\\s+|[>\\]])\\s*(\\S.*)$"));
    // A label, not a sentence that mentions a vision (비전으로 삼아 …).
    if (block && m_vision < 0 && text.size() <= 150) {
        const QRegularExpressionMatch m = vision.match(text);
        if (m.hasMatch()) {
            QString title = m.captured(1).trimmed();
            QString rest;
            // The first goal is often printed on the vision's last line.
            static const QRegularExpression sentenceEnd(QStringLiteral("(?:다|니다)\\s*\\.\\s*"));
            const QRegularExpressionMatch e = sentenceEnd.match(title);
            if (e.hasMatch() && e.capturedEnd() < title.size()) {
                rest = title.mid(e.capturedEnd()).trimmed();
                title = title.left(e.capturedEnd()).trimmed();
            }
            m_vision = add(Rank::Vision, -1, title, item.first, title);
            m_goalMode = true;
            m_lastGoal = rest.isEmpty() ? -1 : add(Rank::Goal, m_vision, rest, item.first, rest);
            return true;
        }
    }

    static const QRegularExpression strategy(QStringLiteral(
        "^[<\\[【]?\\s*(?:추진\\s*)?전략\\s*(\\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦ])\\s*[\\].:)>】]?\\s*[.:]?\\s*(\\S.{0,80})$"));
    if (block) {
        const QRegularExpressionMatch m = strategy.match(text);
        if (m.hasMatch()) {
            static const QString romans = QStringLiteral("ⅠⅡⅢⅣⅤⅥⅦ");
            const QString n = m.captured(1);
            const int number = romans.contains(n) ? int(romans.indexOf(n)) + 1 : n.toInt();
            // A plan states its strategies in a summary first and in full later: the later one stands.
            for (FlatNode& f : m_nodes)
                if (f.rank == Rank::Strategy && f.number == number && !f.removed)
                    f.removed = true;
            closeBelow(Rank::Strategy);
            m_goalMode = false;
            m_strategyListMode = false;
            m_skipping = false;
            m_strategy = add(Rank::Strategy, m_vision, m.captured(2).trimmed(), item.first, text);
            m_nodes[m_strategy].number = number;
            return true;
        }
    }

    if (m_goalMode) {
        static const QRegularExpression strategiesLabel(
            QStringLiteral("^[<\\[]?\\s*(?:추진\\s*)?전략\\s*[>\\]]?$"));
        static const QRegularExpression goalLabel(
            QStringLiteral("^[<\\[]?\\s*목\\s*표\\s*[>\\]]?\\s*[:：]?\\s*(.*)$"));
        if (strategiesLabel.match(text).hasMatch()) {
            m_goalMode = false;
            m_strategyListMode = true;
            return true;
        }
        if (p.kind == Kind::Paragraph) {
            const QRegularExpressionMatch g = goalLabel.match(text);
            const QString goal = g.hasMatch() ? g.captured(1).trimmed() : text;
            if (goal.startsWith(QLatin1Char('+')) && m_lastGoal >= 0) {
                FlatNode& f = m_nodes[m_lastGoal];
                f.node.title += QLatin1Char(' ') + goal;
                return true;
            }
            static const QRegularExpression notGoal(QStringLiteral("^(?:[<〈\\[【(]|출처|자료|주[:)])"));
            if (goal.size() >= 6 && !readHeadingNumber(p) && !notGoal.match(goal).hasMatch()) {
                m_lastGoal = add(Rank::Goal, m_vision, goal, item.first, goal);
                return true;
            }
        }
        m_goalMode = false;
        m_strategyListMode = p.kind == Kind::Paragraph && readHeadingNumber(p).has_value();
    }

    if (m_strategyListMode) {
        const std::optional<HeadingNumber> h = readHeadingNumber(p);
        if (h && h->style == HeadingNumber::Style::Arabic) {
            for (FlatNode& f : m_nodes)
                if (f.rank == Rank::Strategy && f.number == h->number && !f.removed)
                    f.removed = true;
            const int s = add(Rank::Strategy, m_vision, h->title, item.first, text);
            m_nodes[s].number = h->number;
            return true;
        }
        m_strategyListMode = false;
    }

    // Numbered 추진과제 under a strategy: "1 민간의 …", "추진과제 2. …".
    static const QRegularExpression taskGroup(
        QStringLiteral("^(?:(?:추진\\s*)?과제\\s*)?(\\d{1,2})(?:[.)]|\\s)\\s*(\\S.{3,90})$"));
    if (block && m_strategy >= 0) {
        const QRegularExpressionMatch m = taskGroup.match(text);
        if (m.hasMatch() && m.captured(1).toInt() == m_lastTaskGroupNumber + 1 &&
            !isNoteText(m.captured(2))) {
            closeBelow(Rank::TaskGroup);
            m_skipping = false;
            m_lastTaskGroupNumber = m.captured(1).toInt();
            m_taskGroup = add(Rank::TaskGroup, m_strategy, m.captured(2).trimmed(), item.first, text);
            return true;
        }
    }
    return false;
}

void TreeBuilder::handleBullet(const Item& item, const text::Passage& p) {
    const QString text = cleanBulletText(item.text);
    if (p.kind == Kind::ListItem && isTaskBullet(p.bullet)) {
        if (besideTableCell(m_passages, item.first))
            return;
        closeBelow(Rank::Task);
        m_task = add(Rank::Task, m_taskGroup >= 0 ? m_taskGroup : m_strategy, text, item.first, text);
        return;
    }
    if (m_task < 0)
        return;

    if (p.kind == Kind::Paragraph) {
        // A row of a table that spells out the item above it (주제 | 논의 방향 | 부처).
        const int parent = !m_open.isEmpty() ? m_open.last().node : m_lastPlain;
        if (parent >= 0 && text.size() >= 15 && !isNoteText(text) &&
            besideTableCell(m_passages, item.first)) {
            const QString label = rowLabel(m_passages, item.first);
            add(Rank::Subtask, parent, label.isEmpty() ? text : label + QStringLiteral(": ") + text,
                item.first, text);
        }
        return;
    }
    if (p.kind != Kind::ListItem || !isSubtaskBullet(p.bullet) || isNoteText(text))
        return;
    if (besideTableCell(m_passages, item.first))
        return;

    const double indent = p.box.left();
    if (startsWithCircled(text)) {
        // ①②③ enumerate what the item before them announced.
        if (m_enumerationParent < 0)
            m_enumerationParent = m_lastPlain >= 0 ? m_lastPlain : m_task;
        add(Rank::Subtask, m_enumerationParent, text, item.first, text);
        return;
    }
    m_enumerationParent = -1;
    const bool labelled = hasTopicLabel(text);
    int parent = m_task;
    bool virtualChild = false;
    while (!m_open.isEmpty()) {
        const OpenSubtask& top = m_open.last();
        if (top.indent > indent + 2) {
            m_open.removeLast();
            continue;
        }
        if (std::abs(top.indent - indent) <= 2) {
            if (top.virtualChild) {
                m_open.removeLast();
                continue;
            }
            if (!labelled && top.labelled) {
                parent = top.node;
                virtualChild = true;
                break;
            }
            m_open.removeLast();
            continue;
        }
        parent = top.node;
        break;
    }
    const int node = add(Rank::Subtask, parent, text, item.first, text);
    m_open.append(OpenSubtask{node, indent, labelled, virtualChild});
    m_lastPlain = node;
}

} // namespace

QList<OutlineItem> buildOutline(const QList<text::Passage>& passages, const DocumentContext& context) {
    Q_UNUSED(context);
    QList<OutlineItem> out;
    HeadingSequence sequence;
    QList<int> ranks; // the ranks in use, for dense levels
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const std::optional<HeadingNumber> h = readHeadingNumber(passages[i]);
        if (!h || !sequence.accept(*h))
            continue;
        if (!ranks.contains(h->rank())) {
            ranks.append(h->rank());
            std::sort(ranks.begin(), ranks.end());
        }
        OutlineItem o;
        o.title = h->title;
        o.numbering = h->numbering;
        o.level = int(ranks.indexOf(h->rank())) + 1;
        o.at = Provenance{int(i), passages[i].page, passages[i].box};
        out.append(o);
    }
    return out;
}

QList<StrategyNode> buildStrategyTree(const QList<text::Passage>& passages, const DocumentContext& context) {
    Q_UNUSED(context);
    return TreeBuilder(passages).build();
}

} // namespace pl::facts
