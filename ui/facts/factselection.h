#pragma once

#include <QList>
#include <QObject>
#include <QRectF>
#include <QString>

namespace pl::ui {

/// The one selection the analytic views share: a document, a strategy node's pages in it, a country and a
/// time range. Every view narrows to it and sets it; asking for a fact's source goes through it too, so the
/// main window connects the reader once.
class FactSelection : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactSelection)

public:
    explicit FactSelection(QObject* parent = nullptr);

    qint64 docId() const { return m_docId; }
    int firstPage() const { return m_firstPage; }
    int lastPage() const { return m_lastPage; }
    /// What the node or document is called, for "narrowed to …" labels; empty when nothing is selected.
    QString scopeLabel() const { return m_scopeLabel; }
    QString country() const { return m_country; }
    bool hasScope() const { return m_docId != 0; }

    /// Narrows to pages firstPage..lastPage of a document (a strategy node); 0, 0 means the whole document.
    void setScope(qint64 docId, int firstPage, int lastPage, const QString& label);
    void setCountry(const QString& country);
    void clear();

    /// Whether a fact read at this document and page, about this country, lies inside the selection.
    bool contains(qint64 docId, int page, const QString& country) const;

    /// Asks for a fact's source to be shown: the document at that page with the box highlighted.
    void showSource(qint64 docId, int page, const QRectF& box);

signals:
    void changed();
    void sourceRequested(qint64 docId, int page, const QList<QRectF>& boxes);

private:
    qint64 m_docId = 0;
    int m_firstPage = 0;
    int m_lastPage = 0;
    QString m_scopeLabel;
    QString m_country;
};

} // namespace pl::ui
