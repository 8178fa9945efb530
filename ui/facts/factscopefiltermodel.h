#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace pl::ui {

class FactSelection;

/// Keeps the rows of a fact model that lie inside the shared selection (document, strategy node pages,
/// country), read through the common FactRole roles; follows the selection as it changes.
class FactScopeFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactScopeFilterModel)

public:
    explicit FactScopeFilterModel(QObject* parent = nullptr);

    /// The selection to follow; nullptr (the default) keeps every row.
    void setSelection(FactSelection* selection);
    FactSelection* selection() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QPointer<FactSelection> m_selection;
    QMetaObject::Connection m_connection;
};

} // namespace pl::ui
