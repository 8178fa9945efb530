#include "ui/charts/budgetchart.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QStackedLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QVBarModelMapper>
#include <QtCharts/QValueAxis>
#include <cmath>

namespace pl::ui {

namespace {
const QColor seriesColors[] = {QColor(0, 114, 178),   QColor(213, 94, 0),   QColor(0, 158, 115),
                               QColor(204, 121, 167), QColor(86, 180, 233), QColor(230, 159, 0),
                               QColor(120, 94, 240),  QColor(100, 100, 100)};
}

struct BudgetChart::Private {
    QAbstractItemModel* model = nullptr;
    QChart* chart = nullptr;
    QChartView* view = nullptr;
    QStackedBarSeries* series = nullptr;
    QVBarModelMapper* mapper = nullptr;
    QBarCategoryAxis* categories = nullptr;
    QValueAxis* values = nullptr;
    QLabel* empty = nullptr;
    QStackedLayout* stack = nullptr;
};

BudgetChart::BudgetChart(QWidget* parent) : QWidget(parent), d(std::make_unique<Private>()) {
    d->chart = new QChart;
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setBackgroundRoundness(0);
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->chart->legend()->setFont(font());
    d->chart->legend()->setShowToolTips(true);
    d->series = new QStackedBarSeries(d->chart);
    d->series->setBarWidth(0.6);
    d->chart->addSeries(d->series);
    d->categories = new QBarCategoryAxis(d->chart);
    d->categories->setLabelsFont(font());
    d->values = new QValueAxis(d->chart);
    d->values->setLabelsFont(font());
    d->values->setTitleFont(font());
    d->values->setLabelFormat(QStringLiteral("%.0f"));
    d->chart->addAxis(d->categories, Qt::AlignBottom);
    d->chart->addAxis(d->values, Qt::AlignLeft);
    d->series->attachAxis(d->categories);
    d->series->attachAxis(d->values);
    d->mapper = new QVBarModelMapper(this);
    d->mapper->setSeries(d->series);
    d->mapper->setFirstRow(0);

    d->view = new QChartView(d->chart, this);
    d->view->setObjectName(QStringLiteral("budgetChartView"));
    d->view->setRenderHint(QPainter::Antialiasing);
    d->empty = new QLabel(this);
    d->empty->setObjectName(QStringLiteral("budgetChartEmpty"));
    d->empty->setAlignment(Qt::AlignCenter);
    d->empty->setWordWrap(true);
    d->empty->setMargin(16);
    d->empty->setForegroundRole(QPalette::PlaceholderText);
    d->stack = new QStackedLayout(this);
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->empty);

    connect(d->series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet* set) {
        const int column = int(d->series->barSets().indexOf(set));
        if (column >= 0)
            emit segmentClicked(index, column);
    });
}

BudgetChart::~BudgetChart() = default;

void BudgetChart::setModel(QAbstractItemModel* model) {
    if (d->model)
        disconnect(d->model, nullptr, this, nullptr);
    d->model = model;
    auto refresh = [this]() {
        QAbstractItemModel* m = d->model;
        const int rows = m ? m->rowCount() : 0;
        const int columns = m ? m->columnCount() : 0;
        d->mapper->setModel(nullptr);
        d->series->clear();
        QStringList names;
        double top = 0;
        for (int r = 0; r < rows; ++r) {
            names << m->headerData(r, Qt::Vertical).toString();
            double sum = 0;
            for (int c = 0; c < columns; ++c)
                sum += m->index(r, c).data().toDouble();
            top = std::max(top, sum);
        }
        if (rows > 0 && columns > 0) {
            d->mapper->setFirstBarSetColumn(0);
            d->mapper->setLastBarSetColumn(columns - 1);
            d->mapper->setRowCount(rows);
            d->mapper->setModel(m);
            const QList<QBarSet*> sets = d->series->barSets();
            for (qsizetype i = 0; i < sets.size(); ++i) {
                sets.at(i)->setColor(seriesColors[i % qsizetype(std::size(seriesColors))]);
                sets.at(i)->setBorderColor(Qt::white);
            }
        }
        d->categories->setCategories(names);
        // Years stand upright when there are many of them, so none is cut to "…".
        d->categories->setLabelsAngle(rows > 8 ? -90 : 0);
        // A round top a little above the tallest bar.
        const double magnitude = top > 0 ? std::pow(10.0, std::floor(std::log10(top))) : 1;
        d->values->setRange(0, top > 0 ? std::ceil(top * 1.08 / magnitude * 2) * magnitude / 2 : 1);
        d->values->applyNiceNumbers();
        d->values->setLabelFormat(top < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
        d->stack->setCurrentIndex(rows == 0 ? 1 : 0);
    };
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, refresh);
    }
    refresh();
}

void BudgetChart::setValueTitle(const QString& title) {
    d->values->setTitleText(title);
}

void BudgetChart::setEmptyText(const QString& text) {
    d->empty->setText(text);
}

int BudgetChart::barCount() const {
    return int(d->categories->count());
}

int BudgetChart::segmentCount() const {
    return int(d->series->count());
}

QRectF BudgetChart::segmentRect(int row, int column) const {
    const QList<QBarSet*> sets = d->series->barSets();
    if (column < 0 || column >= sets.size() || row < 0 || row >= sets.at(column)->count())
        return {};
    double below = 0;
    for (int c = 0; c < column; ++c)
        below += sets.at(c)->at(row);
    const double value = sets.at(column)->at(row);
    const QPointF bottom = d->chart->mapToPosition(QPointF(row, below), d->series);
    const QPointF top = d->chart->mapToPosition(QPointF(row, below + value), d->series);
    const QPointF next = d->chart->mapToPosition(QPointF(row + 1, below), d->series);
    const double width = (next.x() - bottom.x()) * d->series->barWidth();
    const QRectF inScene(QPointF(bottom.x() - width / 2, top.y()),
                         QPointF(bottom.x() + width / 2, bottom.y()));
    const QPolygon inView = d->view->mapFromScene(inScene);
    return QRectF(inView.boundingRect()).translated(d->view->mapTo(this, QPoint(0, 0)));
}

} // namespace pl::ui
