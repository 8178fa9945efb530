#pragma once

#include "core/import/importjob.h"

#include <QAbstractTableModel>
#include <QList>

namespace pl::ui {

/// One row per file of the imports of this session, newest last: what happened to it and, when it failed,
/// why in words a user understands.
class ImportResultModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultModel)

public:
    enum Column { FileColumn, ResultColumn, PagesColumn, ReasonColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< QString, the file
        StatusRole,                  ///< int, import::ImportOutcome::Status
        FailedRole,                  ///< bool
        DocIdRole,                   ///< qint64, 0 unless the file is in the library
    };

    explicit ImportResultModel(QObject* parent = nullptr);

    void append(const import::ImportOutcome& outcome);
    void clear();
    const QList<import::ImportOutcome>& outcomes() const { return m_outcomes; }
    int failureCount() const;

    /// Why an import failed, for people rather than logs.
    static QString reasonFor(const Error& error);
    static QString statusText(import::ImportOutcome::Status status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<import::ImportOutcome> m_outcomes;
};

} // namespace pl::ui
