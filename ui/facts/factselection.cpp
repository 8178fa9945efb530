#include "ui/facts/factselection.h"

namespace pl::ui {

FactSelection::FactSelection(QObject* parent) : QObject(parent) {}

void FactSelection::setScope(qint64 docId, int firstPage, int lastPage, const QString& label) {
    if (docId == m_docId && firstPage == m_firstPage && lastPage == m_lastPage && label == m_scopeLabel)
        return;
    m_docId = docId;
    m_firstPage = firstPage;
    m_lastPage = lastPage;
    m_scopeLabel = label;
    emit changed();
}

void FactSelection::setCountry(const QString& country) {
    if (country == m_country)
        return;
    m_country = country;
    emit changed();
}

void FactSelection::clear() {
    if (m_docId == 0 && m_country.isEmpty())
        return;
    m_docId = 0;
    m_firstPage = m_lastPage = 0;
    m_scopeLabel.clear();
    m_country.clear();
    emit changed();
}

bool FactSelection::contains(qint64 docId, int page, const QString& country) const {
    if (m_docId != 0) {
        if (docId != m_docId)
            return false;
        if (m_firstPage > 0 && (page < m_firstPage || page > m_lastPage))
            return false;
    }
    return m_country.isEmpty() || country == m_country;
}

void FactSelection::showSource(qint64 docId, int page, const QRectF& box) {
    if (docId == 0 || page < 1)
        return;
    emit sourceRequested(docId, page, box.isEmpty() ? QList<QRectF>() : QList<QRectF>{box});
}

} // namespace pl::ui
