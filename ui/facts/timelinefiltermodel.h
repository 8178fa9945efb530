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
    /// Which kinds of date are events on the timeline: policy events and the plans' schedules by default;
    /// industry events and background years on request. Citations and the document's own date never are.
    /// The user's own dates (no kind) always show.
    void setShowIndustryEvents(bool show);
    void setShowBackground(bool show);
    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_fromYear = 0;
    int m_toYear = 0;
    bool m_points = true;
    bool m_periods = true;
    bool m_industry = false;
    bool m_background = false;
};

} // namespace pl::ui
