#pragma once

#include "core/annotation/annotation.h"
#include "ui/facts/factroles.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace pl::ui {

/// The library's annotations and fact corrections, one row each (annotations first, by document and page).
class AnnotationListModel : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Role {
        IsCorrectionRole = FactRole::FirstModelRole, ///< bool
        RecordIdRole,                                ///< qint64, annotation or correction id
        BoxesRole,                                   ///< QList<QRectF>
        QuoteRole,                                   ///< QString
        NoteRole,                                    ///< QString
        TagsRole,                                    ///< QStringList
        DetachedRole,                                ///< bool, the text was not found in the current version
        DocumentMissingRole,                         ///< bool, the document was removed from the library
        DocumentTitleRole,                           ///< QString
        FactKindRole,                                ///< QString: date, amount, target, institution or empty
    };

    explicit AnnotationListModel(QObject* parent = nullptr);

    /// titles: document id → title, for the documents in the library.
    void setRecords(QList<annotation::Annotation> annotations, QList<annotation::FactCorrection> corrections,
                    QHash<qint64, QString> titles);
    /// Every tag in use, sorted for Korean.
    QStringList tags() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant annotationData(const annotation::Annotation& a, int role) const;
    QVariant correctionData(const annotation::FactCorrection& c, int role) const;
    QString titleOf(const annotation::DocumentAnchor& anchor) const;

    QList<annotation::Annotation> m_annotations;
    QList<annotation::FactCorrection> m_corrections;
    QHash<qint64, QString> m_titles;
};

/// Keeps the rows carrying one tag; an empty tag keeps every row.
class AnnotationTagFilter : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationTagFilter)

public:
    explicit AnnotationTagFilter(QObject* parent = nullptr);
    void setTag(const QString& tag);
    QString tag() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_tag;
};

} // namespace pl::ui
