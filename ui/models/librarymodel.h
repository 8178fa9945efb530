#pragma once

#include "core/store/documentrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace pl::ui {

/// The documents of a library as a table: one row per document, in the order the library lists them, with
/// the countries read from its facts and the user's tags.
class LibraryModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column {
        TitleColumn,
        IssuerColumn,
        DateColumn,
        PagesColumn,
        CountriesColumn,
        TagsColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role {
        DocIdRole = Qt::UserRole + 1, ///< qint64
        PathRole,                     ///< QString, the PDF file
        NeedsOcrRole,                 ///< bool
        SortRole,                     ///< what the column sorts by (numbers as numbers)
        EncryptedRole,                ///< bool, the PDF needs a password to open
        CountriesRole,                ///< QStringList, ISO codes, most mentioned first
        TagsRole,                     ///< QStringList, the user's tags
        YearRole,                     ///< int, the year of the document's date, 0 when unknown
    };

    explicit LibraryModel(QObject* parent = nullptr);

    /// Replaces the contents; views restore their selection by document id afterwards.
    void setDocuments(QList<store::DocumentRecord> documents, QHash<qint64, QStringList> countries = {},
                      QHash<qint64, QStringList> tags = {});
    const QList<store::DocumentRecord>& documents() const { return m_documents; }
    std::optional<store::DocumentRecord> documentById(qint64 id) const;
    int rowOf(qint64 id) const;
    QStringList countriesOf(qint64 id) const { return m_countries.value(id); }
    QStringList tagsOf(qint64 id) const { return m_tags.value(id); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString flagsText(const store::DocumentRecord& doc) const;
    QString flagsToolTip(const store::DocumentRecord& doc) const;

    QList<store::DocumentRecord> m_documents;
    QHash<qint64, QStringList> m_countries;
    QHash<qint64, QStringList> m_tags;
};

} // namespace pl::ui
