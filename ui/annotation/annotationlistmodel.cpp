#include "ui/annotation/annotationlistmodel.h"

#include <QCollator>
#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QJsonObject>
#include <QLocale>
#include <QRectF>

namespace pl::ui {

using annotation::Annotation;
using annotation::FactCorrection;

namespace {

QString elided(const QString& s, int length) {
    const QString t = s.simplified();
    return t.size() > length ? t.left(length - 1) + QChar(0x2026) : t;
}

} // namespace

AnnotationListModel::AnnotationListModel(QObject* parent) : QAbstractListModel(parent) {}

void AnnotationListModel::setRecords(QList<Annotation> annotations, QList<FactCorrection> corrections,
                                     QHash<qint64, QString> titles) {
    beginResetModel();
    m_annotations = std::move(annotations);
    m_corrections = std::move(corrections);
    m_titles = std::move(titles);
    endResetModel();
}

QStringList AnnotationListModel::tags() const {
    QStringList all;
    for (const Annotation& a : m_annotations)
        for (const QString& t : a.tags)
            if (!all.contains(t))
                all.append(t);
    QCollator collator{QLocale(QLocale::Korean)};
    std::sort(all.begin(), all.end(), collator);
    return all;
}

int AnnotationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_annotations.size() + m_corrections.size());
}

QString AnnotationListModel::titleOf(const annotation::DocumentAnchor& anchor) const {
    if (anchor.docId && m_titles.contains(*anchor.docId))
        return m_titles.value(*anchor.docId);
    return QFileInfo(anchor.path).fileName();
}

QVariant AnnotationListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row < m_annotations.size())
        return annotationData(m_annotations.at(row), role);
    return correctionData(m_corrections.at(row - m_annotations.size()), role);
}

QVariant AnnotationListModel::annotationData(const Annotation& a, int role) const {
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines;
        lines << tr("%1 · p. %2").arg(elided(titleOf(a.document), 28)).arg(a.page);
        lines << QStringLiteral("“%1”").arg(elided(a.quote, 70));
        QStringList extra;
        if (a.fact)
            extra << tr("fact: %1")
                         .arg(a.fact->kind == annotation::TypedFact::Kind::Date     ? tr("date")
                              : a.fact->kind == annotation::TypedFact::Kind::Amount ? tr("amount")
                              : a.fact->kind == annotation::TypedFact::Kind::Target ? tr("target")
                                                                                    : tr("institution"));
        if (!a.note.isEmpty())
            extra << elided(a.note, 60);
        if (!a.tags.isEmpty())
            extra << QStringLiteral("#") + a.tags.join(QStringLiteral(" #"));
        if (!a.document.docId)
            extra << tr("document removed: comes back when it is imported again");
        else if (a.detached)
            extra << tr("not found in the current version of the document");
        if (!extra.isEmpty())
            lines << extra.join(QStringLiteral(" · "));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        return a.note.isEmpty() ? a.quote : a.note + QStringLiteral("\n\n“") + a.quote + QStringLiteral("”");
    case Qt::DecorationRole:
        return QColor(a.color);
    case Qt::ForegroundRole:
        if (!a.document.docId || a.detached)
            return QColor(Qt::gray);
        return {};
    case FactRole::DocId:
        return a.document.docId.value_or(0);
    case FactRole::Page:
        return a.page;
    case FactRole::Box:
        return a.boxes.isEmpty() ? QRectF() : a.boxes.constFirst();
    case FactRole::Origin:
        return int(FactOrigin::Source::UserMade);
    case FactRole::RecordId:
    case RecordIdRole:
        return a.id;
    case IsCorrectionRole:
        return false;
    case BoxesRole:
        return QVariant::fromValue(a.boxes);
    case QuoteRole:
        return a.quote;
    case NoteRole:
        return a.note;
    case TagsRole:
        return a.tags;
    case DetachedRole:
        return a.detached;
    case DocumentMissingRole:
        return !a.document.docId.has_value();
    case DocumentTitleRole:
        return titleOf(a.document);
    case FactKindRole:
        return a.fact ? annotation::TypedFact::kindName(a.fact->kind) : QString();
    default:
        return {};
    }
}

QVariant AnnotationListModel::correctionData(const FactCorrection& c, int role) const {
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines;
        lines << tr("%1 · p. %2").arg(elided(titleOf(c.document), 28)).arg(c.page);
        if (c.action == FactCorrection::Action::Reject) {
            lines << (c.kind == FactCorrection::Kind::Date ? tr("Rejected “%1”: not a date")
                                                           : tr("Rejected “%1”: wrong amount"))
                         .arg(c.factText);
        } else if (c.kind == FactCorrection::Kind::Date) {
            const QString end = c.value.value(QStringLiteral("end")).toString();
            lines << tr("Corrected “%1” → %2")
                         .arg(c.factText, c.value.value(QStringLiteral("start")).toString() +
                                              (end.isEmpty() ? QString() : QStringLiteral(" ~ ") + end));
        } else {
            lines << tr("Corrected “%1” → %2 %3")
                         .arg(c.factText,
                              QLocale().toString(c.value.value(QStringLiteral("amount")).toDouble(), 'f', 0),
                              c.value.value(QStringLiteral("currency")).toString());
        }
        if (!c.document.docId)
            lines << tr("document removed: comes back when it is imported again");
        else if (c.detached)
            lines << tr("not found in the current version of the document");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        return tr("Your correction of an extracted fact. The extractor's output stays as it was read; "
                  "Restore forgets the correction.");
    case Qt::DecorationRole:
        return QColor(c.action == FactCorrection::Action::Reject ? QColor(229, 115, 115)
                                                                 : QColor(100, 181, 246));
    case Qt::ForegroundRole:
        if (!c.document.docId || c.detached)
            return QColor(Qt::gray);
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setItalic(true);
        return f;
    }
    case FactRole::DocId:
        return c.document.docId.value_or(0);
    case FactRole::Page:
        return c.page;
    case FactRole::Origin:
        return int(FactOrigin::Source::Edited);
    case FactRole::RecordId:
    case RecordIdRole:
        return c.id;
    case FactRole::FactText:
    case QuoteRole:
        return c.factText;
    case IsCorrectionRole:
        return true;
    case TagsRole:
        return QStringList();
    case DetachedRole:
        return c.detached;
    case DocumentMissingRole:
        return !c.document.docId.has_value();
    case DocumentTitleRole:
        return titleOf(c.document);
    case FactKindRole:
        return FactCorrection::kindName(c.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{FactRole::DocId, "docId"},
                  {FactRole::Page, "page"},
                  {FactRole::Box, "box"},
                  {IsCorrectionRole, "isCorrection"},
                  {RecordIdRole, "recordId"},
                  {BoxesRole, "boxes"},
                  {QuoteRole, "quote"},
                  {NoteRole, "note"},
                  {TagsRole, "tags"},
                  {DetachedRole, "detached"},
                  {DocumentMissingRole, "documentMissing"},
                  {DocumentTitleRole, "documentTitle"},
                  {FactKindRole, "factKind"}});
    return names;
}

AnnotationTagFilter::AnnotationTagFilter(QObject* parent) : QSortFilterProxyModel(parent) {}

void AnnotationTagFilter::setTag(const QString& tag) {
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateRowsFilter();
}

bool AnnotationTagFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_tag.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(AnnotationListModel::TagsRole).toStringList().contains(m_tag);
}

} // namespace pl::ui
