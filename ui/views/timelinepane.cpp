#include "ui/views/timelinepane.h"

#include "ui/facts/factroles.h"
#include "ui/facts/factselection.h"
#include "ui/facts/timelinefiltermodel.h"
#include "ui/views/scopebar.h"
#include "ui/views/timelineview.h"

#include <QCheckBox>
#include <QMenu>
#include <QToolButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace pl::ui {

namespace {
QSpinBox* yearBox(const QString& objectName, const QString& anyText, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(1949, 2100); // the minimum reads as "any"
    box->setSpecialValueText(anyText);
    box->setValue(box->minimum());
    box->setKeyboardTracking(false);
    return box;
}
} // namespace

TimelinePane::TimelinePane(TimelineFilterModel* events, FactSelection* selection, QWidget* parent)
    : QWidget(parent), m_events(events), m_selection(selection), m_view(new TimelineView(this)),
      m_lanes(new QComboBox(this)),
      m_from(yearBox(QStringLiteral("timelineFrom"), tr("from any year"), this)),
      m_to(yearBox(QStringLiteral("timelineTo"), tr("to any year"), this)),
      m_points(new QCheckBox(tr("Dates"), this)), m_periods(new QCheckBox(tr("Periods"), this)),
      m_summary(new QLabel(this)) {
    setObjectName(QStringLiteral("timelinePane"));
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(events);

    m_lanes->setObjectName(QStringLiteral("timelineLanes"));
    m_lanes->addItem(tr("Lanes by document"), int(TimelineView::Lanes::Document));
    m_lanes->addItem(tr("Lanes by country"), int(TimelineView::Lanes::Country));
    m_lanes->addItem(tr("Lanes by strategy"), int(TimelineView::Lanes::Strategy));
    connect(m_lanes, &QComboBox::currentIndexChanged, this,
            [this]() { m_view->setLanes(TimelineView::Lanes(m_lanes->currentData().toInt())); });

    m_points->setObjectName(QStringLiteral("timelinePoints"));
    m_periods->setObjectName(QStringLiteral("timelinePeriods"));
    m_points->setChecked(true);
    m_periods->setChecked(true);
    m_points->setToolTip(tr("Show single dates (2023. 4. 14., '23.上)"));
    m_periods->setToolTip(tr("Show periods ('22~'26, '24~)"));
    connect(m_points, &QCheckBox::toggled, events, &TimelineFilterModel::setShowPoints);
    connect(m_periods, &QCheckBox::toggled, events, &TimelineFilterModel::setShowPeriods);
    // Policy events and the plans' schedules by default; the rest on request, citations never.
    auto* more = new QToolButton(this);
    more->setObjectName(QStringLiteral("timelineKinds"));
    more->setText(tr("More"));
    more->setToolTip(tr("Policy events and the plans' schedules are shown; add other kinds of date"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* kindsMenu = new QMenu(more);
    QAction* industry =
        kindsMenu->addAction(tr("Industry events (a model released, a company's report)"));
    industry->setObjectName(QStringLiteral("timelineIndustry"));
    industry->setCheckable(true);
    QAction* background = kindsMenu->addAction(tr("Background years (statistics, surveys, forecasts)"));
    background->setObjectName(QStringLiteral("timelineBackground"));
    background->setCheckable(true);
    more->setMenu(kindsMenu);
    connect(industry, &QAction::toggled, events, &TimelineFilterModel::setShowIndustryEvents);
    connect(background, &QAction::toggled, events, &TimelineFilterModel::setShowBackground);
    connect(m_from, &QSpinBox::valueChanged, this, &TimelinePane::applyRange);
    connect(m_to, &QSpinBox::valueChanged, this, &TimelinePane::applyRange);

    auto* fit = new QToolButton(this);
    fit->setObjectName(QStringLiteral("timelineFit"));
    fit->setText(tr("Fit"));
    fit->setToolTip(
        tr("Show the years the events fall in (or double-click an empty spot); the few far outliers are "
           "left to panning. Wheel zooms, dragging pans."));
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);

    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(4, 4, 4, 0);
    controls->addWidget(m_lanes);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addWidget(m_points);
    controls->addWidget(m_periods);
    controls->addWidget(more);
    controls->addWidget(fit);
    controls->addStretch(1);
    controls->addWidget(m_summary);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(new ScopeBar(selection, this));
    layout->addWidget(m_view, 1);

    connect(m_view, &TimelineView::eventActivated, this, [this](int row) {
        const QModelIndex index = m_events->index(row, 0);
        m_selection->showSource(index.data(FactRole::DocId).toLongLong(), index.data(FactRole::Page).toInt(),
                                index.data(FactRole::Box).toRectF());
    });
    // A new selection shows all of what it kept.
    connect(selection, &FactSelection::changed, m_view, &TimelineView::fitAll);
    connect(events, &QAbstractItemModel::modelReset, this, &TimelinePane::updateSummary);
    connect(events, &QAbstractItemModel::rowsInserted, this, &TimelinePane::updateSummary);
    connect(events, &QAbstractItemModel::rowsRemoved, this, &TimelinePane::updateSummary);
    connect(events, &QAbstractItemModel::layoutChanged, this, &TimelinePane::updateSummary);
    updateSummary();
}

void TimelinePane::applyRange() {
    const int from = m_from->value() == m_from->minimum() ? 0 : m_from->value();
    const int to = m_to->value() == m_to->minimum() ? 0 : m_to->value();
    m_events->setYearRange(from, to);
    m_view->fitAll();
}

void TimelinePane::updateSummary() {
    m_summary->setText(tr("%n event(s)", nullptr, m_events->rowCount()));
}

} // namespace pl::ui
