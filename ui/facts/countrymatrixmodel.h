#pragma once

#include "ui/facts/factroles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QRectF>
#include <QStringList>

namespace pl::ui {

struct LibraryFacts;

/// A sentence quoted from a document, with where it stands.
struct CountryQuote {
    QString text;
    qint64 docId = 0;
    QString document;
    int page = 0;
    QRectF box;
    double focus = 0; ///< the share of its document's passages that are about the country
    QString citation() const;
};

/// Countries and bodies (EU, OECD …) × themes (strategy and plans, budget, regulation and law, institutions,
/// talent, compute, data); each cell holds quotes with citations from the passages about that country whose
/// text names the theme. Two more columns: the country's timeline lane (the years its dates fall in) and the
/// total of the amounts read in its passages.
class CountryMatrixModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryMatrixModel)

public:
    enum class Theme { Strategy, Budget, Regulation, Institutions, Talent, Compute, Data, Count };
    enum Column { FirstThemeColumn = 0, TimelineColumn = int(Theme::Count), BudgetColumn, ColumnCount };
    enum Role {
        QuotesRole = FactRole::FirstModelRole, ///< QVariantList of QVariantMap {text, docId, document, page,
                                               ///< box, citation}
        QuoteCountRole,                        ///< int
        CountryCodeRole,                       ///< QString, ISO code or body
        EventYearsRole,                        ///< QList<double>, fractional years of the country's dates
        BudgetKrwRole,                         ///< double, total of counted amounts converted at table rates
    };

    explicit CountryMatrixModel(QObject* parent = nullptr);

    void setFacts(const LibraryFacts& facts);
    /// The budget rows (BudgetModel or a filter over it) whose counted KRW totals make the budget column.
    void setBudgetSource(QAbstractItemModel* budget);
    /// The countries to compare, in order (none: an empty matrix).
    void setCountries(const QStringList& codes);
    /// Every country the library mentions, most mentioned first (the start).
    void showAllCountries();
    /// Every country the library mentions, most mentioned first.
    QStringList availableCountries() const { return m_available; }
    static QString countryName(const QString& code);
    static QString themeName(Theme theme);

    const QList<CountryQuote>& quotes(int row, Theme theme) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Every quote, one line per quote: country, theme, quote, document, page (UTF-8 with a byte-order mark).
    QByteArray toCsv() const;
    /// The matrix as a standalone HTML page, quotes and citations in the cells.
    QString toHtml() const;

    /// Whether a passage's text is about the theme (keyword match, Korean and English).
    static bool mentions(const QString& text, Theme theme);

private:
    struct CountryRow {
        QString code;
        QList<CountryQuote> quotes[int(Theme::Count)];
        QList<double> eventYears;
        double budgetKrw = 0;
        int passages = 0;
    };
    void rebuild();
    void sumBudgets();

    QList<CountryRow> m_all;
    QStringList m_available;
    QStringList m_chosen;
    bool m_showAll = true;
    QList<const CountryRow*> m_rows;
    QAbstractItemModel* m_budget = nullptr;
};

} // namespace pl::ui
