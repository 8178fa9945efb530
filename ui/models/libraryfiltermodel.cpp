#include "ui/models/libraryfiltermodel.h"

#include "ui/models/librarymodel.h"

namespace pl::ui {

LibraryFilterModel::LibraryFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Korean, QLocale::SouthKorea)) {
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(LibraryModel::SortRole);
}

void LibraryFilterModel::setFilterText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the supported way to re-run the filter.
    m_filter = trimmed;
    invalidateFilter();
}

void LibraryFilterModel::setDocumentFilter(std::optional<QSet<qint64>> docIds) {
    m_docIds = std::move(docIds);
    invalidateFilter();
}

bool LibraryFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* model = sourceModel();
    if (m_docIds && !m_docIds->contains(
                        model->index(sourceRow, 0, sourceParent).data(LibraryModel::DocIdRole).toLongLong()))
        return false;
    if (m_filter.isEmpty())
        return true;
    for (int column :
         {int(LibraryModel::TitleColumn), int(LibraryModel::DateColumn), int(LibraryModel::IssuerColumn),
          int(LibraryModel::CountriesColumn), int(LibraryModel::TagsColumn)}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return model->index(sourceRow, 0, sourceParent)
        .data(LibraryModel::PathRole)
        .toString()
        .contains(m_filter, Qt::CaseInsensitive);
}

} // namespace pl::ui
