#include "ui/models/librarymodel.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace pl::ui {

namespace {

QString displayTitle(const store::DocumentRecord& doc) {
    if (!doc.title.trimmed().isEmpty())
        return doc.title;
    return doc.fileName.isEmpty() ? QFileInfo(doc.path).fileName() : doc.fileName;
}

int yearOf(const QString& date) {
    static const QRegularExpression year(QStringLiteral("(19|20)\\d\\d"));
    const QRegularExpressionMatch match = year.match(date);
    return match.hasMatch() ? match.captured(0).toInt() : 0;
}

} // namespace

LibraryModel::LibraryModel(QObject* parent) : QAbstractTableModel(parent) {}

void LibraryModel::setDocuments(QList<store::DocumentRecord> documents, QHash<qint64, QStringList> countries,
                                QHash<qint64, QStringList> tags) {
    // A reset is cheap for a library of a few hundred documents and keeps proxies simple.
    beginResetModel();
    m_documents = std::move(documents);
    m_countries = std::move(countries);
    m_tags = std::move(tags);
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

QString LibraryModel::flagsText(const store::DocumentRecord& doc) const {
    QStringList flags;
    if (doc.needsOcr)
        flags.append(tr("Needs OCR"));
    else if (doc.noText)
        flags.append(tr("No text"));
    if (doc.encrypted)
        flags.append(tr("Password"));
    return flags.join(QStringLiteral(", "));
}

QString LibraryModel::flagsToolTip(const store::DocumentRecord& doc) const {
    QStringList lines;
    if (doc.needsOcr)
        lines.append(
            tr("The pages are scanned images: their text cannot be searched until it is recognised (OCR)."));
    else if (doc.noText)
        lines.append(tr("The PDF holds no text to search."));
    if (doc.encrypted)
        lines.append(tr("The PDF is protected by a password."));
    return lines.isEmpty() ? doc.path : lines.join(QLatin1Char('\n'));
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
    case EncryptedRole:
        return doc.encrypted;
    case CountriesRole:
        return m_countries.value(doc.id);
    case TagsRole:
        return m_tags.value(doc.id);
    case YearRole:
        return yearOf(doc.date);
    case Qt::ToolTipRole:
        if (index.column() == FlagsColumn)
            return flagsToolTip(doc);
        if (index.column() == CountriesColumn && !m_countries.value(doc.id).isEmpty())
            return m_countries.value(doc.id).join(QStringLiteral(", "));
        return doc.path;
    case SortRole:
        if (index.column() == PagesColumn)
            return doc.pageCount;
        if (index.column() == FlagsColumn)
            return (doc.needsOcr ? 4 : 0) + (doc.noText ? 2 : 0) + (doc.encrypted ? 1 : 0);
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
        case CountriesColumn: {
            // The three most mentioned, then how many more: the column stays narrow, the tooltip has all.
            const QStringList countries = m_countries.value(doc.id);
            if (role == SortRole || countries.size() <= 3)
                return countries.join(QStringLiteral(", "));
            return tr("%1 +%2").arg(countries.mid(0, 3).join(QStringLiteral(", "))).arg(countries.size() - 3);
        }
        case TagsColumn:
            return m_tags.value(doc.id).join(QStringLiteral(", "));
        case FlagsColumn:
            return flagsText(doc);
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
    case CountriesColumn:
        return tr("Countries");
    case TagsColumn:
        return tr("Tags");
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
    names.insert(EncryptedRole, QByteArrayLiteral("encrypted"));
    names.insert(CountriesRole, QByteArrayLiteral("countries"));
    names.insert(TagsRole, QByteArrayLiteral("tags"));
    names.insert(YearRole, QByteArrayLiteral("year"));
    return names;
}

} // namespace pl::ui
