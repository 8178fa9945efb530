#pragma once

#include "ui/views/savefilechooser.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTableView;

namespace pl::ui {

class CountryMatrixModel;
class FactSelection;

/// Country comparison: choose countries and bodies (EU, OECD …) and read the matrix of themes with quotes and
/// citations, each country's dates as a small lane and its budget total; export as CSV or HTML. Clicking a
/// cell narrows the other views to that country and shows the quote in the reader.
class CountryMatrixPane : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountryMatrixPane)

public:
    CountryMatrixPane(CountryMatrixModel* model, FactSelection* selection, QWidget* parent = nullptr);

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    QTableView* matrix() const { return m_matrix; }
    QListWidget* chooser() const { return m_chooser; }
    bool exportCsv(const QString& path);
    bool exportHtml(const QString& path);

private:
    void reloadCountries();
    void applyChoice();
    void activate(const QModelIndex& index);

    CountryMatrixModel* m_model;
    FactSelection* m_selection;
    SaveFileChooser m_chooseFile;
    QListWidget* m_chooser;
    QTableView* m_matrix;
    QStackedWidget* m_stack;
    QStringList m_available;  ///< what the chooser lists
    bool m_userChose = false; ///< the user checked or unchecked a country: keep their choice
};

} // namespace pl::ui
