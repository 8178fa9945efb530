#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace pl::ui {

class FactSelection;
class TimelineFilterModel;
class TimelineView;

/// The timeline with its controls: lanes by document, country or strategy node; a year range; points and
/// periods; fit. Follows the shared selection and shows a clicked event's source.
class TimelinePane : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePane)

public:
    TimelinePane(TimelineFilterModel* events, FactSelection* selection, QWidget* parent = nullptr);
    TimelineView* view() const { return m_view; }

private:
    void applyRange();
    void updateSummary();

    TimelineFilterModel* m_events;
    FactSelection* m_selection;
    TimelineView* m_view;
    QComboBox* m_lanes;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QCheckBox* m_points;
    QCheckBox* m_periods;
    QLabel* m_summary;
};

} // namespace pl::ui
