#pragma once

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace pl::ui {

/// Sorts a LibraryModel the way a Korean reader expects (QCollator, Korean locale) and keeps the rows whose
/// title, issuer, date, countries, tags or file path contain the filter text, optionally only those of one
/// collection.
class LibraryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryFilterModel)

public:
    explicit LibraryFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }
    /// Keeps only these documents (a collection); nullopt keeps all.
    void setDocumentFilter(std::optional<QSet<qint64>> docIds);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QCollator m_collator;
    QString m_filter;
    std::optional<QSet<qint64>> m_docIds;
};

} // namespace pl::ui
