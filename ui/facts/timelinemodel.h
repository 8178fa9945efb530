#pragma once

#include "ui/facts/factroles.h"

#include <QAbstractListModel>
#include <QList>
#include <QRectF>
#include <QString>

namespace pl::ui {

struct LibraryFacts;

/// One dated thing on the timeline: a point or a period, in fractional years (2023.5 = 1 July 2023).
struct TimelineEvent {
    enum class Kind { Point, Period };
    Kind kind = Kind::Point;
    double start = 0;       ///< the first moment covered
    double end = 0;         ///< the first moment no longer covered (a point covers its day, month, year …)
    bool openStart = false; ///< "~ 2025": start is where the text stops saying
    bool openEnd = false;   ///< "2016 ~": end is where the text stops saying
    QString text;           ///< as printed: '22~'26, 2023년 3월
    QString label;          ///< what happens, short
    QString sentence;       ///< the passage it was read in
    QString precision;      ///< day|month|quarter|half|year|decade
    qint64 docId = 0;
    QString document; ///< lane key: the document's short title
    QString country;  ///< lane key: the passage's country, or empty
    QString strategy; ///< lane key: the top strategy node whose pages hold it, or empty
    int page = 0;
    QRectF box;
    FactOrigin origin;  ///< the user's own date, or one the user corrected
    QList<int> alsoOn;  ///< other pages of the document that state the same event
    QString factKind;   ///< policy_event, schedule, industry_event, background, citation, document; empty: the user's
    QString startValue; ///< start and end in the stored form (2023, 2023-Q2, open …)
    QString endValue;
};

/// The dates and periods of every document as timeline events. Years inside names ("AI 전략 2019") are not
/// events and are left out. The same event stated again in a document (the summary, then the section: the
/// same dates and the same label) is one event with several sources.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)

public:
    enum Role {
        StartRole = FactRole::FirstModelRole, ///< double, fractional year
        EndRole,                              ///< double, fractional year (exclusive)
        OpenStartRole,                        ///< bool
        OpenEndRole,                          ///< bool
        KindRole,                             ///< int, TimelineEvent::Kind
        LabelRole,                            ///< QString
        TextRole,                             ///< QString, the date as printed
        DocumentLaneRole,                     ///< QString
        CountryLaneRole,                      ///< QString
        StrategyLaneRole,                     ///< QString
        PrecisionRole,                        ///< QString
        FactKindRole,                         ///< QString, TimelineEvent::factKind
        AlsoOnRole,                           ///< QList<int>, other pages stating the same event
    };

    explicit TimelineModel(QObject* parent = nullptr);

    void setFacts(const LibraryFacts& facts);
    void setEvents(QList<TimelineEvent> events);
    const QList<TimelineEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The span a date in the stored form covers: "2023" → [2023, 2024), "2023-Q2" → [2023.25, 2023.5).
    /// Returns false for "open" and anything unreadable.
    static bool spanOf(const QString& date, double* start, double* end);

private:
    QList<TimelineEvent> m_events;
};

} // namespace pl::ui
