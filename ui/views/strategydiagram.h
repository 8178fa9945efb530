#pragma once

#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QRectF>
#include <QStringList>
#include <QWidget>

class QAbstractItemModel;

namespace pl::ui {

/// A document's strategy tree as a diagram: boxes for the vision, strategies and tasks, left to right,
/// joined by connectors. The same layout is painted on screen, into a PNG and written as SVG.
class StrategyDiagram : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyDiagram)

public:
    explicit StrategyDiagram(QWidget* parent = nullptr);

    /// A StrategyTreeModel; root is the document row to draw.
    void setModel(QAbstractItemModel* model);
    void setRoot(const QModelIndex& documentRow);
    /// Levels drawn below the document; deeper nodes are left to the tree.
    void setDepth(int depth);
    int depth() const { return m_depth; }
    int nodeCount() const { return int(m_nodes.size()); }
    QRectF nodeRect(int i) const { return m_nodes.value(i).rect; }
    QModelIndex nodeIndex(int i) const { return m_nodes.value(i).index; }

    QImage toImage(double scale = 2.0) const;
    QByteArray toSvg() const;

    QSize sizeHint() const override;

signals:
    void nodeActivated(const QModelIndex& index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Node {
        QRectF rect;
        QStringList lines; ///< the title wrapped to fit the box
        QString detail;    ///< years · amounts · ministries
        QString status;
        QString level;
        int parent = -1;
        QPersistentModelIndex index;
    };
    void relayout();
    double place(const QModelIndex& index, int depth, int parent, double* nextY);
    void paintDiagram(QPainter& p) const;

    QPointer<QAbstractItemModel> m_model;
    QPersistentModelIndex m_root;
    int m_depth = 3;
    QList<Node> m_nodes;
    QSizeF m_size;
};

} // namespace pl::ui
