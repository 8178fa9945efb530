#include "ui/facts/timelinemodel.h"

#include "core/annotation/annotation.h"
#include "ui/facts/libraryfacts.h"

#include <QDate>
#include <QFont>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace pl::ui {

namespace {

double yearFraction(int year, int month, int day) {
    const QDate date(year, month, day);
    if (!date.isValid())
        return year + (month - 1) / 12.0;
    return year + (date.dayOfYear() - 1) / double(date.daysInYear());
}

} // namespace

TimelineModel::TimelineModel(QObject* parent) : QAbstractListModel(parent) {}

bool TimelineModel::spanOf(const QString& date, double* start, double* end) {
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|Q([1-4])|H([12])))?$"));
    const QRegularExpressionMatch m = form.match(date);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    if (!m.captured(3).isEmpty()) {
        const QDate day(year, m.captured(2).toInt(), m.captured(3).toInt());
        if (!day.isValid())
            return false;
        *start = yearFraction(year, day.month(), day.day());
        *end = *start + 1.0 / day.daysInYear();
    } else if (!m.captured(2).isEmpty()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return false;
        *start = year + (month - 1) / 12.0;
        *end = year + month / 12.0;
    } else if (!m.captured(4).isEmpty()) {
        const int quarter = m.captured(4).toInt();
        *start = year + (quarter - 1) / 4.0;
        *end = year + quarter / 4.0;
    } else if (!m.captured(5).isEmpty()) {
        const int half = m.captured(5).toInt();
        *start = year + (half - 1) / 2.0;
        *end = year + half / 2.0;
    } else {
        *start = year;
        *end = year + 1;
    }
    return true;
}

void TimelineModel::setFacts(const LibraryFacts& facts) {
    QList<TimelineEvent> events;
    for (const FactsDocument& d : facts.documents) {
        QHash<QString, qsizetype> stated; // doc's event key → index in events
        const auto keyOf = [](const facts::DateFact& f) {
            static const QRegularExpression spacing(QStringLiteral("[\\s\\p{P}]"),
                                                    QRegularExpression::UseUnicodePropertiesOption);
            QString label = f.label;
            label.remove(spacing);
            return f.start + QLatin1Char('|') + f.end + QLatin1Char('|') + label;
        };
        const QList<FactsDocument::Section> sections = d.strategySections();
        const QString lane = d.shortTitle();
        for (qsizetype i = 0; i < d.facts.dates.size(); ++i) {
            const facts::DateFact& f = d.facts.dates.at(i);
            if (f.inName)
                continue;
            TimelineEvent e;
            double s0 = 0, s1 = 0, e0 = 0, e1 = 0;
            const bool hasStart = spanOf(f.start, &s0, &s1);
            const bool hasEnd = spanOf(f.end, &e0, &e1);
            e.openStart = f.start == QStringLiteral("open");
            e.openEnd = f.end == QStringLiteral("open");
            if (!hasStart && !(e.openStart && hasEnd))
                continue;
            if (f.end.isEmpty()) {
                e.kind = TimelineEvent::Kind::Point;
                e.start = s0;
                e.end = s1;
            } else {
                e.kind = TimelineEvent::Kind::Period;
                e.start = hasStart ? s0 : e0;
                e.end = hasEnd ? e1 : s1;
            }
            e.text = f.text;
            e.label = f.label.isEmpty() ? f.text : f.label;
            e.sentence = d.passageText(f.at.passage);
            e.precision = f.precision;
            e.docId = d.docId;
            e.document = lane;
            e.country = d.countryOf(f.at.passage);
            for (const FactsDocument::Section& s : sections)
                if (f.at.page >= s.firstPage && f.at.page <= s.lastPage)
                    e.strategy = s.title;
            e.page = f.at.page;
            e.box = f.at.box;
            e.origin = d.dateOrigin(i);
            e.factKind = f.kind;
            e.startValue = f.start;
            e.endValue = f.end;
            if (e.origin.source == FactOrigin::Source::Extracted && !f.label.isEmpty()) {
                const QString key = keyOf(f);
                if (const auto first = stated.constFind(key); first != stated.cend()) {
                    TimelineEvent& kept = events[*first];
                    if (e.page != kept.page && !kept.alsoOn.contains(e.page))
                        kept.alsoOn.append(e.page);
                    continue;
                }
                stated.insert(key, events.size());
            }
            events.append(e);
        }
    }
    setEvents(std::move(events));
}

void TimelineModel::setEvents(QList<TimelineEvent> events) {
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent& a, const TimelineEvent& b) { return a.start < b.start; });
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2").arg(e.text, e.label);
    case Qt::ToolTipRole: {
        QString tip = e.sentence.isEmpty() ? e.label : e.sentence;
        if (!e.alsoOn.isEmpty()) {
            QStringList pages;
            for (int p : e.alsoOn)
                pages << QString::number(p);
            tip += QLatin1Char('\n') + tr("Also stated on p. %1").arg(pages.join(QStringLiteral(", ")));
        }
        return tip;
    }
    case AlsoOnRole:
        return QVariant::fromValue(e.alsoOn);
    case FactRole::Sentence:
        return e.sentence.isEmpty() ? e.label : e.sentence;
    case FactRole::DocId:
        return e.docId;
    case FactRole::Page:
        return e.page;
    case FactRole::Box:
        return e.box;
    case FactRole::Country:
        return e.country;
    case FactRole::Origin:
        return int(e.origin.source);
    case FactRole::RecordId:
        return e.origin.recordId;
    case FactRole::FactText:
        return e.text;
    case FactRole::PassageHash:
        return annotation::passageHash(e.sentence);
    case FactRole::FactValue:
        return QJsonObject{{QStringLiteral("start"), e.startValue},
                           {QStringLiteral("end"), e.endValue},
                           {QStringLiteral("precision"), e.precision}};
    case Qt::FontRole:
        if (e.origin.source != FactOrigin::Source::Extracted) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case StartRole:
        return e.start;
    case EndRole:
        return e.end;
    case OpenStartRole:
        return e.openStart;
    case OpenEndRole:
        return e.openEnd;
    case KindRole:
        return int(e.kind);
    case LabelRole:
        return e.label;
    case TextRole:
        return e.text;
    case DocumentLaneRole:
        return e.document;
    case CountryLaneRole:
        return e.country;
    case StrategyLaneRole:
        return e.strategy;
    case PrecisionRole:
        return e.precision;
    case FactKindRole:
        return e.factKind;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{FactRole::DocId, "docId"},
                  {FactRole::Page, "page"},
                  {FactRole::Box, "box"},
                  {FactRole::Country, "country"},
                  {FactRole::Sentence, "sentence"},
                  {FactRole::Origin, "origin"},
                  {FactRole::RecordId, "recordId"},
                  {FactRole::FactText, "factText"},
                  {StartRole, "start"},
                  {EndRole, "end"},
                  {OpenStartRole, "openStart"},
                  {OpenEndRole, "openEnd"},
                  {KindRole, "kind"},
                  {LabelRole, "label"},
                  {TextRole, "text"},
                  {DocumentLaneRole, "documentLane"},
                  {CountryLaneRole, "countryLane"},
                  {StrategyLaneRole, "strategyLane"},
                  {PrecisionRole, "precision"},
                  {FactKindRole, "factKind"},
                  {AlsoOnRole, "alsoOn"}});
    return names;
}

} // namespace pl::ui
