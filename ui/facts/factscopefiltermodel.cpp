#include "ui/facts/factscopefiltermodel.h"

#include "ui/facts/factroles.h"
#include "ui/facts/factselection.h"

namespace pl::ui {

FactScopeFilterModel::FactScopeFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void FactScopeFilterModel::setSelection(FactSelection* selection) {
    disconnect(m_connection);
    m_selection = selection;
    if (selection)
        m_connection =
            connect(selection, &FactSelection::changed, this, [this]() { invalidateRowsFilter(); });
    invalidateRowsFilter();
}

FactSelection* FactScopeFilterModel::selection() const {
    return m_selection;
}

bool FactScopeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_selection)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_selection->contains(index.data(FactRole::DocId).toLongLong(), index.data(FactRole::Page).toInt(),
                                 index.data(FactRole::Country).toString());
}

} // namespace pl::ui
