#pragma once

#include "ui/facts/factscopefiltermodel.h"

namespace pl::ui {

/// The timeline events inside the shared selection, a year range and the kinds asked for (points, periods).
class TimelineFilterModel : public FactScopeFilterModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineFilterModel)

public:
    explicit TimelineFilterModel(QObject* parent = nullptr);

    /// Keeps events that overlap [fromYear, toYear] (whole years, inclusive); 0 means no bound.
    void setYearRange(int fromYear, int toYear);
    void setShowPoints(bool show);
    void setShowPeriods(bool show);
    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_fromYear = 0;
    int m_toYear = 0;
    bool m_points = true;
    bool m_periods = true;
};

} // namespace pl::ui
