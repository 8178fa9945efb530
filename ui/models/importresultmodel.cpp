#include "ui/models/importresultmodel.h"

#include <QBrush>
#include <QFileInfo>
#include <QPalette>

namespace pl::ui {

ImportResultModel::ImportResultModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportResultModel::append(const import::ImportOutcome& outcome) {
    const int row = int(m_outcomes.size());
    beginInsertRows({}, row, row);
    m_outcomes.append(outcome);
    endInsertRows();
}

void ImportResultModel::clear() {
    if (m_outcomes.isEmpty())
        return;
    beginResetModel();
    m_outcomes.clear();
    endResetModel();
}

int ImportResultModel::failureCount() const {
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(), [](const import::ImportOutcome& o) {
        return o.status == import::ImportOutcome::Status::Failed;
    }));
}

QString ImportResultModel::reasonFor(const Error& error) {
    switch (error.kind) {
    case Error::Kind::NotFound:
        return tr("file not found");
    case Error::Kind::NotPdf:
        return tr("not a PDF file");
    case Error::Kind::Damaged:
        return tr("the PDF is damaged");
    case Error::Kind::PasswordRequired:
        return tr("the PDF is protected by a password");
    case Error::Kind::WrongPassword:
        return tr("wrong password");
    case Error::Kind::NoPages:
        return tr("the PDF has no pages");
    case Error::Kind::Cancelled:
        return tr("cancelled");
    case Error::Kind::Io:
    case Error::Kind::Database:
    case Error::Kind::Usage:
    case Error::Kind::Query:
    case Error::Kind::Internal:
        break;
    }
    return error.message;
}

QString ImportResultModel::statusText(import::ImportOutcome::Status status) {
    switch (status) {
    case import::ImportOutcome::Status::Added:
        return tr("Added");
    case import::ImportOutcome::Status::Replaced:
        return tr("Updated");
    case import::ImportOutcome::Status::Unchanged:
        return tr("Already in the library");
    case import::ImportOutcome::Status::Failed:
        return tr("Failed");
    case import::ImportOutcome::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int ImportResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int ImportResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const import::ImportOutcome& outcome = m_outcomes.at(index.row());
    const bool failed = outcome.status == import::ImportOutcome::Status::Failed;
    switch (role) {
    case PathRole:
        return outcome.path;
    case StatusRole:
        return int(outcome.status);
    case FailedRole:
        return failed;
    case DocIdRole:
        return outcome.ok() ? outcome.docId : qint64(0);
    case Qt::ToolTipRole:
        if (failed)
            return QStringLiteral("%1\n%2").arg(outcome.path, outcome.error.message);
        return outcome.path;
    case Qt::ForegroundRole:
        if (failed && index.column() != FileColumn)
            return QBrush(QColor(0xd0, 0x30, 0x30));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PagesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(outcome.path).fileName();
        case ResultColumn:
            return statusText(outcome.status);
        case PagesColumn:
            return outcome.pages > 0 ? QString::number(outcome.pages) : QString();
        case ReasonColumn:
            if (failed || outcome.status == import::ImportOutcome::Status::Cancelled)
                return reasonFor(outcome.error);
            if (outcome.needsOcr)
                return tr("scanned pages: text needs OCR");
            return outcome.title;
        }
        return {};
    default:
        return {};
    }
}

QVariant ImportResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case ResultColumn:
        return tr("Result");
    case PagesColumn:
        return tr("Pages");
    case ReasonColumn:
        return tr("Details");
    }
    return {};
}

QHash<int, QByteArray> ImportResultModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PathRole, QByteArrayLiteral("path"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(FailedRole, QByteArrayLiteral("failed"));
    names.insert(DocIdRole, QByteArrayLiteral("docId"));
    return names;
}

} // namespace pl::ui
