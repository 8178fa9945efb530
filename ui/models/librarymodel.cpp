#include "ui/models/librarymodel.h"

#include <QFileInfo>

namespace pl::ui {

namespace {

QString displayTitle(const store::DocumentRecord& doc) {
    if (!doc.title.trimmed().isEmpty())
        return doc.title;
    return doc.fileName.isEmpty() ? QFileInfo(doc.path).fileName() : doc.fileName;
}

} // namespace

LibraryModel::LibraryModel(QObject* parent) : QAbstractTableModel(parent) {}

void LibraryModel::setDocuments(QList<store::DocumentRecord> documents) {
    // A reset is cheap for a library of a few hundred documents and keeps proxies simple; views restore
    // their selection by document id afterwards.
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

std::optional<store::DocumentRecord> LibraryModel::documentById(qint64 id) const {
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_documents.at(row);
}

int LibraryModel::rowOf(qint64 id) const {
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i).id == id)
            return int(i);
    }
    return -1;
}

int LibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_documents.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::DocumentRecord& doc = m_documents.at(index.row());
    switch (role) {
    case DocIdRole:
        return doc.id;
    case PathRole:
        return doc.path;
    case NeedsOcrRole:
        return doc.needsOcr;
    case Qt::ToolTipRole:
        if (index.column() == FlagsColumn && doc.needsOcr)
            return tr(
                "The pages are scanned images: their text cannot be searched until it is recognised (OCR).");
        return doc.path;
    case SortRole:
        if (index.column() == PagesColumn)
            return doc.pageCount;
        if (index.column() == FlagsColumn)
            return doc.needsOcr ? 1 : 0;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return displayTitle(doc);
        case DateColumn:
            return doc.date;
        case IssuerColumn:
            return doc.issuer;
        case PagesColumn:
            return role == Qt::DisplayRole ? QVariant(QString::number(doc.pageCount))
                                           : QVariant(doc.pageCount);
        case FlagsColumn:
            if (doc.needsOcr)
                return tr("Needs OCR");
            if (doc.noText)
                return tr("No text");
            return QString();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PagesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case IssuerColumn:
        return tr("Issuer");
    case PagesColumn:
        return tr("Pages");
    case FlagsColumn:
        return tr("Flags");
    }
    return {};
}

QHash<int, QByteArray> LibraryModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DocIdRole, QByteArrayLiteral("docId"));
    names.insert(PathRole, QByteArrayLiteral("path"));
    names.insert(NeedsOcrRole, QByteArrayLiteral("needsOcr"));
    names.insert(SortRole, QByteArrayLiteral("sortKey"));
    return names;
}

} // namespace pl::ui
