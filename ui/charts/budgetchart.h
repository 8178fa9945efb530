#pragma once

#include <QWidget>
#include <memory>

class QAbstractItemModel;

namespace pl::ui {

/// Stacked bars over a table model: one bar per row (the vertical header names it), one stacked segment per
/// column (the horizontal header names it), values read from Qt::DisplayRole as numbers. Our own small
/// interface, so that Qt Charts (deprecated upstream from Qt 6.10) stays inside this folder.
class BudgetChart : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetChart)

public:
    explicit BudgetChart(QWidget* parent = nullptr);
    ~BudgetChart() override;

    void setModel(QAbstractItemModel* model);
    /// The unit the values are in, shown on the value axis (억원, 조원, million USD).
    void setValueTitle(const QString& title);
    /// What the chart says when the model has no rows.
    void setEmptyText(const QString& text);
    /// The number of bars and stacked segments drawn now (for tests).
    int barCount() const;
    int segmentCount() const;
    /// Where the bar segment for a model cell is drawn, in this widget's coordinates (for tests).
    QRectF segmentRect(int row, int column) const;

signals:
    /// A bar segment was clicked: the model's row (category) and column (series).
    void segmentClicked(int row, int column);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pl::ui
