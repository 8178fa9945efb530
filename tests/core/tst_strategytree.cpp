#include "core/facts/facts.h"
#include "core/facts/strategytree.h"

#include <QTest>

using namespace pl::facts;
using pl::text::Passage;

namespace {

/// A passage as the assembler makes them: its kind, bullet, left edge and place on a page.
struct Line {
    Passage::Kind kind;
    QString bullet;
    double x;
    QString text;
};

Line heading(const QString& t) {
    return {Passage::Kind::Heading, {}, 57, t};
}
Line para(const QString& t, double x = 57) {
    return {Passage::Kind::Paragraph, {}, x, t};
}
Line item(const QString& bullet, double x, const QString& t) {
    return {Passage::Kind::ListItem, bullet, x, t};
}
Line note(const QString& t, double x = 57) {
    return {Passage::Kind::Note, QStringLiteral("※"), x, t};
}

QList<Passage> passagesOf(const QList<Line>& lines) {
    QList<Passage> out;
    double y = 60;
    int page = 1;
    for (const Line& l : lines) {
        Passage p;
        p.kind = l.kind;
        p.bullet = l.bullet;
        p.text = l.text;
        p.level = l.bullet.isEmpty() ? 0 : 1;
        if (y > 760) {
            y = 60;
            ++page;
        }
        p.page = page;
        p.box = QRectF(l.x, y, 520 - l.x, 14);
        p.lineBoxes = {p.box};
        y += 20;
        out.append(p);
    }
    return out;
}

/// The forest as lines "depth level title", depth-first.
void flatten(const QList<StrategyNode>& nodes, int depth, QStringList& out) {
    for (const StrategyNode& n : nodes) {
        out.append(QStringLiteral("%1 %2 %3").arg(depth).arg(n.level, n.title));
        flatten(n.children, depth + 1, out);
    }
}

QStringList outline(const QList<Line>& lines) {
    QStringList out;
    flatten(buildStrategyTree(passagesOf(lines), {}), 0, out);
    return out;
}

const QString task = QStringLiteral("□");
const QString sub = QStringLiteral("○");
const QString dash = QStringLiteral("-");

} // namespace

Q_DECLARE_METATYPE(Line)

class TstStrategyTree : public QObject {
    Q_OBJECT
private slots:
    void tree_data() {
        QTest::addColumn<QList<Line>>("lines");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("전략N, numbered 추진과제, □ tasks, ○/- subtasks by indent")
            << QList<Line>{heading(QStringLiteral("Ⅲ. 전략 및 추진과제")),
                           para(QStringLiteral("전략1. 데이터 인프라 확충")),
                           heading(QStringLiteral("1 학습용 데이터 구축")),
                           item(task, 57, QStringLiteral("텍스트 데이터 보강")),
                           item(sub, 57, QStringLiteral("분야별 텍스트 데이터 200종 구축")),
                           item(dash, 78, QStringLiteral("도서 15만권 분량 확보")),
                           item(sub, 57, QStringLiteral("한국어 말뭉치 구축")),
                           heading(QStringLiteral("2 컴퓨팅 자원 제공")),
                           item(task, 57, QStringLiteral("대용량 컴퓨팅 자원 제공")),
                           para(QStringLiteral("전략2. 혁신 생태계 조성")),
                           heading(QStringLiteral("1 응용서비스 프로젝트 추진")),
                           item(task, 57, QStringLiteral("플래그십 프로젝트 추진"))}
            << QStringList{QStringLiteral("0 strategy 데이터 인프라 확충"),
                           QStringLiteral("1 task_group 학습용 데이터 구축"),
                           QStringLiteral("2 task 텍스트 데이터 보강"),
                           QStringLiteral("3 subtask 분야별 텍스트 데이터 200종 구축"),
                           QStringLiteral("4 subtask 도서 15만권 분량 확보"),
                           QStringLiteral("3 subtask 한국어 말뭉치 구축"),
                           QStringLiteral("1 task_group 컴퓨팅 자원 제공"),
                           QStringLiteral("2 task 대용량 컴퓨팅 자원 제공"),
                           QStringLiteral("0 strategy 혁신 생태계 조성"),
                           QStringLiteral("1 task_group 응용서비스 프로젝트 추진"),
                           QStringLiteral("2 task 플래그십 프로젝트 추진")};

        QTest::newRow("vision and goals above the strategies")
            << QList<Line>{heading(QStringLiteral("Ⅱ. 비전 및 추진전략")),
                           para(QStringLiteral(
                               "비전: 인공지능으로 국민의 삶을 바꾸겠습니다. 한국어 플랫폼 세계 1위")),
                           para(QStringLiteral("+ 비영어권 시장 선점")),
                           para(QStringLiteral("전문 특화분야 세계 1위 도전")),
                           heading(QStringLiteral("Ⅲ. 전략 및 추진과제")),
                           para(QStringLiteral("전략1. 인프라 확충")),
                           item(task, 57, QStringLiteral("데이터 보강"))}
            << QStringList{QStringLiteral("0 vision 인공지능으로 국민의 삶을 바꾸겠습니다."),
                           QStringLiteral("1 goal 한국어 플랫폼 세계 1위 + 비영어권 시장 선점"),
                           QStringLiteral("1 goal 전문 특화분야 세계 1위 도전"),
                           QStringLiteral("1 strategy 인프라 확충"), QStringLiteral("2 task 데이터 보강")};

        QTest::newRow("a summary's strategy gives way to the full one")
            << QList<Line>{para(QStringLiteral("전략1. 인프라 확충")),
                           item(task, 57, QStringLiteral("(데이터) 텍스트 데이터 보강")),
                           heading(QStringLiteral("Ⅵ. 전략 및 추진과제")),
                           para(QStringLiteral("전략1. 인프라 확충")),
                           heading(QStringLiteral("1 학습용 데이터 구축")),
                           item(task, 57, QStringLiteral("텍스트 데이터 보강"))}
            << QStringList{QStringLiteral("0 strategy 인프라 확충"),
                           QStringLiteral("1 task_group 학습용 데이터 구축"),
                           QStringLiteral("2 task 텍스트 데이터 보강")};

        QTest::newRow("참고 boxes and notes are not tasks")
            << QList<Line>{para(QStringLiteral("전략1. 인프라 확충")),
                           heading(QStringLiteral("1 학습용 데이터 구축")),
                           item(task, 57, QStringLiteral("텍스트 데이터 보강")),
                           item(QStringLiteral("•"), 78, QStringLiteral("* 도서 15만권 분량")),
                           note(QStringLiteral("관계부처 T/F 활용")),
                           heading(QStringLiteral("참고 학습용 데이터 사업 추진방향")),
                           item(task, 57, QStringLiteral("초거대 AI 학습 방식")),
                           item(sub, 57, QStringLiteral("사전학습 후 미세조정")),
                           heading(QStringLiteral("2 원천기술 확보")),
                           item(task, 57, QStringLiteral("차세대 기술 개발"))}
            << QStringList{QStringLiteral("0 strategy 인프라 확충"),
                           QStringLiteral("1 task_group 학습용 데이터 구축"),
                           QStringLiteral("2 task 텍스트 데이터 보강"),
                           QStringLiteral("1 task_group 원천기술 확보"),
                           QStringLiteral("2 task 차세대 기술 개발")};

        QTest::newRow("a chapter after the strategies ends them")
            << QList<Line>{para(QStringLiteral("전략1. 인프라 확충")),
                           item(task, 57, QStringLiteral("데이터 보강")),
                           heading(QStringLiteral("Ⅶ. 향후 계획")),
                           item(task, 57, QStringLiteral("세부기획 및 예산 반영 협의"))}
            << QStringList{QStringLiteral("0 strategy 인프라 확충"), QStringLiteral("1 task 데이터 보강")};

        QTest::newRow("a topic-labelled item gathers the unlabelled items after it")
            << QList<Line>{para(QStringLiteral("전략1. 인프라 확충")),
                           item(task, 57, QStringLiteral("컴퓨팅 자원 제공")),
                           item(QStringLiteral("•"), 78, QStringLiteral("(컴퓨팅자원) 지원 용량 대폭 확대")),
                           item(QStringLiteral("•"), 78, QStringLiteral("중소기업 대상 컴퓨팅자원 제공")),
                           item(QStringLiteral("•"), 78, QStringLiteral("(교육) 교원 연수 추진")),
                           item(QStringLiteral("•"), 78, QStringLiteral("AI교육 선도학교 시범 수업")),
                           item(QStringLiteral("•"), 114, QStringLiteral("일반학교로 단계적 확산"))}
            << QStringList{QStringLiteral("0 strategy 인프라 확충"),
                           QStringLiteral("1 task 컴퓨팅 자원 제공"),
                           QStringLiteral("2 subtask (컴퓨팅자원) 지원 용량 대폭 확대"),
                           QStringLiteral("3 subtask 중소기업 대상 컴퓨팅자원 제공"),
                           QStringLiteral("2 subtask (교육) 교원 연수 추진"),
                           QStringLiteral("3 subtask AI교육 선도학교 시범 수업"),
                           QStringLiteral("4 subtask 일반학교로 단계적 확산")};

        QTest::newRow("①②③ enumerate the item before them")
            << QList<Line>{para(QStringLiteral("전략3. 신뢰성 제고")),
                           item(task, 57, QStringLiteral("신뢰성 평가")),
                           item(QStringLiteral("•"), 78, QStringLiteral("검증 데이터셋 구축")),
                           para(QStringLiteral("< 검증 데이터 구축 방안(안) >")),
                           item(QStringLiteral("•"), 78,
                                QStringLiteral("① (공평성) 차별·편향성 검증 데이터")),
                           item(QStringLiteral("•"), 78, QStringLiteral("② (성능) 성능 평가 질문·답변"))}
            << QStringList{QStringLiteral("0 strategy 신뢰성 제고"), QStringLiteral("1 task 신뢰성 평가"),
                           QStringLiteral("2 subtask 검증 데이터셋 구축"),
                           QStringLiteral("3 subtask ① (공평성) 차별·편향성 검증 데이터"),
                           QStringLiteral("3 subtask ② (성능) 성능 평가 질문·답변")};

        QTest::newRow("bullets outside any strategy are not tasks")
            << QList<Line>{heading(QStringLiteral("Ⅰ. 추진 배경")),
                           item(task, 57, QStringLiteral("초거대 AI 시대 개막")),
                           item(sub, 57, QStringLiteral("챗GPT 출시 이후 경쟁 가속"))}
            << QStringList{};
    }

    void tree() {
        QFETCH(QList<Line>, lines);
        QFETCH(QStringList, expected);
        QCOMPARE(outline(lines), expected);
    }

    void attributes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("years");
        QTest::addColumn<QStringList>("amounts");
        QTest::addColumn<QStringList>("ministries");
        QTest::addColumn<QString>("status");

        QTest::newRow("신규 mark after the period")
            << QStringLiteral("초거대AI 한계돌파 기술 개발 착수('24~) 신규")
            << QStringLiteral("초거대AI 한계돌파 기술 개발 착수('24~)") << QStringList{QStringLiteral("'24~")}
            << QStringList{} << QStringList{} << QStringLiteral("신규");
        QTest::newRow("강화 mark after the ministry")
            << QStringLiteral("한국어 말뭉치 구축('23년 25종, 문체부) 강화")
            << QStringLiteral("한국어 말뭉치 구축('23년 25종, 문체부)")
            << QStringList{QStringLiteral("'23년")} << QStringList{} << QStringList{QStringLiteral("문체부")}
            << QStringLiteral("강화");
        QTest::newRow("강화 as the title's own verb is no mark")
            << QStringLiteral("분야별 활용 역량 강화") << QStringLiteral("분야별 활용 역량 강화")
            << QStringList{} << QStringList{} << QStringList{} << QString();
        QTest::newRow("shared ministry suffix and a range with an amount")
            << QStringLiteral("딥러닝 개선 기술개발('22~'26, 2,655억원, 과기정통·행안부)")
            << QStringLiteral("딥러닝 개선 기술개발('22~'26, 2,655억원, 과기정통·행안부)")
            << QStringList{QStringLiteral("'22~'26")} << QStringList{QStringLiteral("2,655억원")}
            << QStringList{QStringLiteral("과기정통부"), QStringLiteral("행안부")} << QString();
        QTest::newRow("a month range within one year")
            << QStringLiteral("5대 전문영역 발굴('23.2~3) → 예산반영 추진('23.4~)")
            << QStringLiteral("5대 전문영역 발굴('23.2~3) → 예산반영 추진('23.4~)")
            << QStringList{QStringLiteral("'23.2~3"), QStringLiteral("'23.4~")} << QStringList{}
            << QStringList{} << QString();
        QTest::newRow("four-digit years; 정부 is not a ministry")
            << QStringLiteral("범정부 협의체 운영(2023년, 정부·교육부)")
            << QStringLiteral("범정부 협의체 운영(2023년, 정부·교육부)")
            << QStringList{QStringLiteral("2023년")} << QStringList{} << QStringList{QStringLiteral("교육부")}
            << QString();
    }

    void attributes() {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QStringList, years);
        QFETCH(QStringList, amounts);
        QFETCH(QStringList, ministries);
        QFETCH(QString, status);
        const QList<StrategyNode> tree = buildStrategyTree(
            passagesOf({para(QStringLiteral("전략1. 인프라 확충")), item(task, 57, text)}), {});
        QCOMPARE(tree.size(), 1);
        QCOMPARE(tree.first().children.size(), 1);
        const StrategyNode& n = tree.first().children.first();
        QCOMPARE(n.title, title);
        QCOMPARE(n.years, years);
        QCOMPARE(n.amounts, amounts);
        QCOMPARE(n.ministries, ministries);
        QCOMPARE(n.status, status);
    }

    void amountsPrintedUnderATaskBelongToItAndAbove() {
        const QList<Passage> passages = passagesOf(
            {para(QStringLiteral("전략1. 인프라 확충")), item(task, 57, QStringLiteral("학습용 데이터 구축")),
             item(sub, 70, QStringLiteral("텍스트 데이터 200종 구축")),
             note(QStringLiteral("※ 데이터 구축 사업('23년 476억원, 과기정통부)")),
             item(task, 57, QStringLiteral("차세대 모델 개발")),
             item(sub, 70, QStringLiteral("한계돌파 기술 개발('22~'26, 2,655억원)"))});
        const pl::facts::DocumentFacts f = pl::facts::extractFacts(passages, {});
        QCOMPARE(f.strategy.size(), 1);
        const StrategyNode& strategy = f.strategy.first();
        QCOMPARE(strategy.amounts, (QStringList{QStringLiteral("476억원"), QStringLiteral("2,655억원")}));
        QCOMPARE(strategy.children.size(), 2);
        QCOMPARE(strategy.children.at(0).amounts, QStringList{QStringLiteral("476억원")});
        QCOMPARE(strategy.children.at(1).amounts, QStringList{QStringLiteral("2,655억원")});
    }

    void provenancePointsAtTheNodesPassage() {
        QList<Line> lines{para(QStringLiteral("전략1. 인프라 확충")),
                          heading(QStringLiteral("1 학습용 데이터 구축"))};
        for (int i = 0; i < 40; ++i)
            lines.append(item(i % 2 ? sub : task, 57, QStringLiteral("항목 %1 추진").arg(i)));
        const QList<Passage> passages = passagesOf(lines);
        const QList<StrategyNode> tree = buildStrategyTree(passages, {});
        QList<const StrategyNode*> stack;
        for (const StrategyNode& n : tree)
            stack.append(&n);
        int seen = 0;
        while (!stack.isEmpty()) {
            const StrategyNode* n = stack.takeLast();
            ++seen;
            QVERIFY(n->at.passage >= 0 && n->at.passage < passages.size());
            const Passage& p = passages[n->at.passage];
            QCOMPARE(n->at.page, p.page);
            QCOMPARE(n->at.box, p.box);
            QVERIFY(QRectF(0, 0, 595, 842).contains(n->at.box));
            QVERIFY(p.text.contains(n->title));
            for (const StrategyNode& c : n->children)
                stack.append(&c);
        }
        QCOMPARE(seen, 42);
        QVERIFY(passages.last().page > 1);
    }

    void outlineFromNumberedHeadings() {
        const QList<Passage> passages =
            passagesOf({heading(QStringLiteral("제1장 서론")), heading(QStringLiteral("제1절 연구 배경")),
                        para(QStringLiteral("1. 그간의 경과")),
                        para(QStringLiteral("17) https://www.ai.gov")), para(QStringLiteral("1) 개요")),
                        heading(QStringLiteral("제2절 연구 방법")), heading(QStringLiteral("제2장 현황"))});
        const QList<OutlineItem> items = buildOutline(passages, {});
        QStringList got;
        for (const OutlineItem& o : items)
            got.append(QStringLiteral("%1 %2 %3").arg(o.level).arg(o.numbering, o.title));
        QCOMPARE(got, (QStringList{QStringLiteral("1 제1장 서론"), QStringLiteral("2 제1절 연구 배경"),
                                   QStringLiteral("3 1. 그간의 경과"), QStringLiteral("4 1) 개요"),
                                   QStringLiteral("2 제2절 연구 방법"), QStringLiteral("1 제2장 현황")}));
    }
};

QTEST_GUILESS_MAIN(TstStrategyTree)
#include "tst_strategytree.moc"
