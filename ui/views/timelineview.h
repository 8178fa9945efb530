#pragma once

#include <QList>
#include <QPointer>
#include <QRectF>
#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QScrollBar;

namespace pl::ui {

/// Draws timeline events (a TimelineModel, or a filter over it) in swimlanes: points as marks, periods as
/// bars whose open ends fade out, labels placed so they never overlap (those that find no room are left to
/// the tooltip). Wheel zooms about the cursor, dragging pans, double-click fits; from the keyboard + and -
/// zoom, the arrows pan and Home fits. Hover shows the sentence; a click asks for the event's source.
class TimelineView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    enum class Lanes { Document, Country, Strategy };

    explicit TimelineView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const { return m_model; }
    void setLanes(Lanes lanes);
    Lanes lanes() const { return m_lanes; }
    QStringList laneNames() const { return m_laneNames; }

    /// The visible years, fractional.
    double visibleFrom() const { return m_from; }
    double visibleTo() const { return m_to; }
    void setVisibleRange(double from, double to);
    /// Shows every event with a little room either side.
    void fitAll();
    void zoom(double factor, double aroundX);
    void panByPixels(double dx);

    /// Where the event in this model row was drawn in the last paint (empty if not drawn), for tests and
    /// keyboard use.
    QRectF eventRect(int row) const;
    /// The model row of the event drawn at a point, or -1.
    int rowAt(const QPointF& pos) const { return hitTest(pos); }
    /// How many events the last paint drew with their label, and how many without (no room).
    int labelledCount() const { return m_labelled; }
    int unlabelledCount() const { return m_unlabelled; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user clicked an event: the row in the model.
    void eventActivated(int row);
    void visibleRangeChanged(double from, double to);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Item {
        double start = 0;
        double end = 0;
        bool openStart = false;
        bool openEnd = false;
        bool period = false;
        int lane = 0;
        int row = 0; ///< in the model
        QString caption;
        float captionWidth = 0;
    };
    void reload();
    void layoutLanes();
    double toX(double year) const;
    double toYear(double x) const;
    QRectF plotRect() const;
    int hitTest(const QPointF& pos) const;
    void drawAxis(QPainter& p, const QRectF& plot);
    double laneHeight() const;
    void updateLaneScroll();

    QPointer<QAbstractItemModel> m_model;
    Lanes m_lanes = Lanes::Document;
    QStringList m_laneNames;
    QList<Item> m_items;
    QList<QList<int>> m_laneItems; ///< per lane, indices into m_items by start
    double m_minYear = 0;
    double m_maxYear = 0;
    double m_from = 2015;
    double m_to = 2030;
    bool m_fitted = false;

    // From the last paint: drawn rectangles for hit tests, most recent on top.
    QList<QPair<QRectF, int>> m_drawn;
    int m_labelled = 0;
    int m_unlabelled = 0;

    QScrollBar* m_laneScroll; ///< when the lanes are more than the view holds
    bool m_scrollsLanes = false;

    QPointF m_pressPos;
    double m_pressFrom = 0;
    bool m_dragging = false;
};

} // namespace pl::ui
