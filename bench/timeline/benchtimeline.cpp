// Paint time of the timeline view with many events, panning: ms per frame and frames per second.
//   bench_timeline [--events N] [--frames N] [--width W] [--height H] [--json]
// Runs offscreen (QT_QPA_PLATFORM=offscreen is set when no platform is named) and renders the widget into
// an image, as the screen would, frame after frame while the visible range moves.

#include "ui/facts/timelinemodel.h"
#include "ui/views/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

using namespace pl::ui;

namespace {

QList<TimelineEvent> makeEvents(int count) {
    // Fixed seed: every run draws the same library.
    QRandomGenerator random(20231114);
    const QStringList documents = {
        QStringLiteral("초거대AI 경쟁력 강화 방안"), QStringLiteral("인공지능 국가전략"),
        QStringLiteral("디지털 뉴딜 종합계획"),      QStringLiteral("AI 반도체 산업 성장 전략"),
        QStringLiteral("데이터 산업 진흥 기본계획"), QStringLiteral("2024년 국내외 인공지능 산업 동향")};
    const QStringList labels = {
        QStringLiteral("학습용 데이터 구축"), QStringLiteral("AI 반도체 실증"),
        QStringLiteral("전문인재 양성"),      QStringLiteral("규제 개선 과제 발굴"),
        QStringLiteral("컴퓨팅 자원 제공"),   QStringLiteral("플래그십 프로젝트 착수")};
    QList<TimelineEvent> events;
    events.reserve(count);
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        const int year = 1990 + int(random.bounded(45));
        const int month = 1 + int(random.bounded(12));
        e.start = year + (month - 1) / 12.0;
        const quint32 kind = random.bounded(100);
        if (kind < 35) {
            e.kind = TimelineEvent::Kind::Period;
            e.end = e.start + 1 + random.bounded(6);
            e.openEnd = kind < 5;
            e.text = QStringLiteral("'%1~'%2")
                         .arg(year % 100, 2, 10, QLatin1Char('0'))
                         .arg(int(e.end) % 100, 2, 10, QLatin1Char('0'));
        } else {
            e.kind = TimelineEvent::Kind::Point;
            e.end = e.start + 1 / 12.0;
            e.text = QStringLiteral("'%1.%2").arg(year % 100, 2, 10, QLatin1Char('0')).arg(month);
        }
        e.label = labels.at(i % labels.size());
        e.document = documents.at(int(random.bounded(documents.size())));
        e.docId = 1 + documents.indexOf(e.document);
        e.page = 1 + i % 200;
        events.append(e);
    }
    return events;
}

struct Run {
    QString name;
    double meanMs = 0;
    double p95Ms = 0;
    double fps = 0;
    int labelled = 0;
};

Run pan(TimelineView& view, const QString& name, double from, double to, int frames) {
    view.setVisibleRange(from, to);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image); // warm-up: fonts, glyph caches
    QList<double> times;
    times.reserve(frames);
    QElapsedTimer total;
    total.start();
    for (int f = 0; f < frames; ++f) {
        // Back and forth, 12 px a frame: a steady drag.
        view.panByPixels((f / 60) % 2 == 0 ? -12 : 12);
        QElapsedTimer t;
        t.start();
        view.render(&image);
        times.append(t.nsecsElapsed() / 1e6);
    }
    const double elapsed = total.nsecsElapsed() / 1e6;
    std::sort(times.begin(), times.end());
    Run run;
    run.name = name;
    run.meanMs = elapsed / frames;
    run.p95Ms = times.at(int(times.size() * 0.95));
    run.fps = 1000.0 / run.meanMs;
    run.labelled = view.labelledCount();
    return run;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int count = 10000;
    int frames = 300;
    int width = 1600;
    int height = 600;
    bool json = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto next = [&]() { return i + 1 < args.size() ? args.at(++i).toInt() : 0; };
        if (a == QStringLiteral("--events"))
            count = next();
        else if (a == QStringLiteral("--frames"))
            frames = next();
        else if (a == QStringLiteral("--width"))
            width = next();
        else if (a == QStringLiteral("--height"))
            height = next();
        else if (a == QStringLiteral("--json"))
            json = true;
    }
    if (QFontDatabase::families().contains(QStringLiteral("NanumGothic"))) {
        QFont font = QApplication::font();
        font.setFamilies({QStringLiteral("NanumGothic")});
        QApplication::setFont(font);
    }

    TimelineModel model;
    QElapsedTimer load;
    load.start();
    model.setEvents(makeEvents(count));
    TimelineView view;
    view.resize(width, height);
    view.setModel(&model);
    const double loadMs = load.nsecsElapsed() / 1e6;

    const QList<Run> runs = {
        pan(view, QStringLiteral("everything (1990-2035)"), 1988, 2037, frames),
        pan(view, QStringLiteral("ten years"), 2015, 2025, frames),
        pan(view, QStringLiteral("one year"), 2023, 2024, frames),
    };

    QTextStream out(stdout);
    if (json) {
        QJsonObject o{{QStringLiteral("events"), count},
                      {QStringLiteral("frames"), frames},
                      {QStringLiteral("width"), width},
                      {QStringLiteral("height"), height},
                      {QStringLiteral("load_ms"), loadMs}};
        for (const Run& r : runs)
            o.insert(r.name, QJsonObject{{QStringLiteral("mean_ms"), r.meanMs},
                                         {QStringLiteral("p95_ms"), r.p95Ms},
                                         {QStringLiteral("fps"), r.fps},
                                         {QStringLiteral("labelled"), r.labelled}});
        out << QJsonDocument(o).toJson();
        return 0;
    }
    out << count << " events, " << width << "x" << height << " px, " << frames
        << " frames per run; model + view " << QString::number(loadMs, 'f', 1) << " ms to load\n";
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("visible range"), -24)
               .arg(QStringLiteral("mean ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("fps"), 7)
               .arg(QStringLiteral("labelled"), 8);
    for (const Run& r : runs)
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(r.name, -24)
                   .arg(r.meanMs, 8, 'f', 2)
                   .arg(r.p95Ms, 8, 'f', 2)
                   .arg(r.fps, 7, 'f', 0)
                   .arg(r.labelled, 8);
    return 0;
}
