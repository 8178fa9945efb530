#pragma once

#include "core/store/documentrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace pl::ui {

/// The documents of a library as a table: one row per document, in the order the library lists them.
class LibraryModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column { TitleColumn, DateColumn, IssuerColumn, PagesColumn, FlagsColumn, ColumnCount };
    enum Role {
        DocIdRole = Qt::UserRole + 1, ///< qint64
        PathRole,                     ///< QString, the PDF file
        NeedsOcrRole,                 ///< bool
        SortRole,                     ///< what the column sorts by (numbers as numbers)
    };

    explicit LibraryModel(QObject* parent = nullptr);

    /// Replaces the contents; rows whose document is still there keep their place in views.
    void setDocuments(QList<store::DocumentRecord> documents);
    const QList<store::DocumentRecord>& documents() const { return m_documents; }
    std::optional<store::DocumentRecord> documentById(qint64 id) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<store::DocumentRecord> m_documents;
};

} // namespace pl::ui
