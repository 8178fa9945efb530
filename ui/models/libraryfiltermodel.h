#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace pl::ui {

/// Sorts a LibraryModel the way a Korean reader expects (QCollator, Korean locale) and keeps the rows whose
/// title, issuer, date or file path contain the filter text.
class LibraryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryFilterModel)

public:
    explicit LibraryFilterModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_filter; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QCollator m_collator;
    QString m_filter;
};

} // namespace pl::ui
