#include "ui/facts/timelinefiltermodel.h"

#include "ui/facts/timelinemodel.h"

namespace pl::ui {

TimelineFilterModel::TimelineFilterModel(QObject* parent) : FactScopeFilterModel(parent) {}

void TimelineFilterModel::setYearRange(int fromYear, int toYear) {
    if (fromYear == m_fromYear && toYear == m_toYear)
        return;
    m_fromYear = fromYear;
    m_toYear = toYear;
    invalidateRowsFilter();
}

void TimelineFilterModel::setShowPoints(bool show) {
    if (show == m_points)
        return;
    m_points = show;
    invalidateRowsFilter();
}

void TimelineFilterModel::setShowPeriods(bool show) {
    if (show == m_periods)
        return;
    m_periods = show;
    invalidateRowsFilter();
}

void TimelineFilterModel::setShowIndustryEvents(bool show) {
    if (show == m_industry)
        return;
    m_industry = show;
    invalidateRowsFilter();
}

void TimelineFilterModel::setShowBackground(bool show) {
    if (show == m_background)
        return;
    m_background = show;
    invalidateRowsFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = TimelineEvent::Kind(index.data(TimelineModel::KindRole).toInt());
    if ((kind == TimelineEvent::Kind::Point && !m_points) ||
        (kind == TimelineEvent::Kind::Period && !m_periods))
        return false;
    const QString factKind = index.data(TimelineModel::FactKindRole).toString();
    const bool shown = factKind.isEmpty() || factKind == QStringLiteral("policy_event") ||
                       factKind == QStringLiteral("schedule") ||
                       (m_industry && factKind == QStringLiteral("industry_event")) ||
                       (m_background && factKind == QStringLiteral("background"));
    if (!shown)
        return false;
    const double start = index.data(TimelineModel::StartRole).toDouble();
    const double end = index.data(TimelineModel::EndRole).toDouble();
    const bool openStart = index.data(TimelineModel::OpenStartRole).toBool();
    const bool openEnd = index.data(TimelineModel::OpenEndRole).toBool();
    if (m_fromYear > 0 && !openEnd && end <= m_fromYear)
        return false;
    if (m_toYear > 0 && !openStart && start >= m_toYear + 1)
        return false;
    return FactScopeFilterModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace pl::ui
