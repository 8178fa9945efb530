#include "ui/views/countrymatrixpane.h"

#include "ui/facts/countrymatrixmodel.h"
#include "ui/facts/factselection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

constexpr int countriesChecked = 8; // the most mentioned start checked
constexpr int themeColumnWidth = 230;
constexpr int maxRowHeight = 130;

/// A country's dates as a small lane: one tick per date across the years every row shares, first and last
/// year written at the ends.
class CountryLaneDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setRange(double from, double to) {
        m_from = from;
        m_to = to;
    }
    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyledItemDelegate::paint(p, option, QModelIndex()); // background and selection only
        const auto years = index.data(CountryMatrixModel::EventYearsRole).value<QList<double>>();
        const QRectF r = QRectF(option.rect).adjusted(6, 6, -6, -6);
        if (years.isEmpty() || m_to <= m_from)
            return;
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const double axisY = r.top() + 28;
        p->setPen(option.palette.color(QPalette::Mid));
        p->drawLine(QPointF(r.left(), axisY), QPointF(r.right(), axisY));
        p->setPen(QPen(QColor(0, 114, 178, 150), 2));
        for (double y : years) {
            const double x = r.left() + (y - m_from) / (m_to - m_from) * r.width();
            p->drawLine(QPointF(x, axisY - 8), QPointF(x, axisY + 8));
        }
        p->setPen(option.palette.color(QPalette::Text));
        p->drawText(QRectF(r.left(), r.top(), r.width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                    index.data().toString());
        p->setPen(option.palette.color(QPalette::PlaceholderText));
        const QRectF labels(r.left(), axisY + 10, r.width(), 16);
        p->drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, QString::number(int(m_from)));
        p->drawText(labels, Qt::AlignRight | Qt::AlignVCenter, QString::number(int(m_to)));
        p->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const override { return {180, 64}; }

private:
    double m_from = 0;
    double m_to = 0;
};

} // namespace

CountryMatrixPane::CountryMatrixPane(CountryMatrixModel* model, FactSelection* selection, QWidget* parent)
    : QWidget(parent), m_model(model), m_selection(selection), m_chooseFile(defaultSaveFileChooser()),
      m_chooser(new QListWidget(this)), m_matrix(new QTableView(this)), m_stack(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("countryPane"));
    m_chooser->setObjectName(QStringLiteral("countryChooser"));
    m_chooser->setMaximumWidth(200);
    m_chooser->setToolTip(tr("Countries and bodies mentioned in the library, most mentioned first"));
    connect(m_chooser, &QListWidget::itemChanged, this, [this]() {
        m_userChose = true;
        applyChoice();
    });

    m_matrix->setObjectName(QStringLiteral("countryMatrix"));
    m_matrix->setModel(model);
    m_matrix->setWordWrap(true);
    m_matrix->setTextElideMode(Qt::ElideRight);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->horizontalHeader()->setDefaultSectionSize(themeColumnWidth);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_matrix->verticalHeader()->setDefaultSectionSize(maxRowHeight);
    m_matrix->setColumnWidth(CountryMatrixModel::BudgetColumn, 110);
    // The country's lane and total first, where they can be seen without scrolling.
    m_matrix->horizontalHeader()->moveSection(CountryMatrixModel::TimelineColumn, 0);
    m_matrix->horizontalHeader()->moveSection(CountryMatrixModel::BudgetColumn, 1);
    auto* lanes = new CountryLaneDelegate(m_matrix);
    m_matrix->setItemDelegateForColumn(CountryMatrixModel::TimelineColumn, lanes);
    connect(m_matrix, &QTableView::clicked, this, &CountryMatrixPane::activate);
    connect(model, &QAbstractItemModel::modelReset, this, [this, lanes]() {
        double from = 1e9, to = -1e9;
        for (int r = 0; r < m_model->rowCount(); ++r)
            for (double y : m_model->index(r, CountryMatrixModel::TimelineColumn)
                                .data(CountryMatrixModel::EventYearsRole)
                                .value<QList<double>>()) {
                from = std::min(from, std::floor(y));
                to = std::max(to, std::floor(y) + 1);
            }
        lanes->setRange(from, to);
    });

    auto* empty =
        new QLabel(tr("No country or body (EU, OECD …) is named in the library's documents yet."), this);
    empty->setObjectName(QStringLiteral("countryEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_matrix);
    m_stack->addWidget(empty);

    auto* csv = new QToolButton(this);
    csv->setObjectName(QStringLiteral("countryExportCsv"));
    csv->setText(tr("CSV…"));
    csv->setToolTip(tr("Save every quote with its country, theme and citation as CSV"));
    connect(csv, &QToolButton::clicked, this, [this]() {
        const QString path = m_chooseFile(this, tr("Save the comparison"), QStringLiteral("countries.csv"),
                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto* html = new QToolButton(this);
    html->setObjectName(QStringLiteral("countryExportHtml"));
    html->setText(tr("HTML…"));
    html->setToolTip(tr("Save the matrix as a web page with quotes and citations"));
    connect(html, &QToolButton::clicked, this, [this]() {
        const QString path = m_chooseFile(this, tr("Save the comparison"), QStringLiteral("countries.html"),
                                          tr("Web pages (*.html)"));
        if (!path.isEmpty())
            exportHtml(path);
    });

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Compare:"), side));
    sideLayout->addWidget(m_chooser, 1);
    auto* exports = new QHBoxLayout;
    exports->addWidget(csv);
    exports->addWidget(html);
    exports->addStretch(1);
    sideLayout->addLayout(exports);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(side);
    layout->addWidget(m_stack, 1);
    connect(model, &QAbstractItemModel::modelReset, this, &CountryMatrixPane::reloadCountries);
    reloadCountries();
}

void CountryMatrixPane::reloadCountries() {
    const QStringList available = m_model->availableCountries();
    if (available == m_available && m_chooser->count() > 0)
        return; // our own choice reset the model; the list stands
    m_available = available;
    // Keep the user's choice across reloads; a first look checks the most mentioned.
    QStringList checked;
    for (int i = 0; i < m_chooser->count(); ++i)
        if (m_chooser->item(i)->checkState() == Qt::Checked)
            checked << m_chooser->item(i)->data(Qt::UserRole).toString();
    const bool first = !m_userChose;
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    for (qsizetype i = 0; i < available.size(); ++i) {
        auto* item = new QListWidgetItem(CountryMatrixModel::countryName(available.at(i)), m_chooser);
        item->setData(Qt::UserRole, available.at(i));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        const bool on = first ? i < countriesChecked : checked.contains(available.at(i));
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_stack->setCurrentIndex(available.isEmpty() ? 1 : 0);
    if (!available.isEmpty())
        QMetaObject::invokeMethod(this, &CountryMatrixPane::applyChoice, Qt::QueuedConnection);
}

void CountryMatrixPane::applyChoice() {
    QStringList codes;
    for (int i = 0; i < m_chooser->count(); ++i)
        if (m_chooser->item(i)->checkState() == Qt::Checked)
            codes << m_chooser->item(i)->data(Qt::UserRole).toString();
    m_model->setCountries(codes);
}

void CountryMatrixPane::activate(const QModelIndex& index) {
    if (!index.isValid())
        return;
    m_selection->setCountry(index.data(CountryMatrixModel::CountryCodeRole).toString());
    if (index.column() < int(CountryMatrixModel::Theme::Count) &&
        index.data(CountryMatrixModel::QuoteCountRole).toInt() > 0)
        m_selection->showSource(index.data(FactRole::DocId).toLongLong(), index.data(FactRole::Page).toInt(),
                                index.data(FactRole::Box).toRectF());
}

bool CountryMatrixPane::exportCsv(const QString& path) {
    return writeExport(this, path, m_model->toCsv());
}

bool CountryMatrixPane::exportHtml(const QString& path) {
    return writeExport(this, path, m_model->toHtml().toUtf8());
}

} // namespace pl::ui
