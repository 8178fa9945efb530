#include "ui/annotation/factdialog.h"

#include "ui/facts/moneyformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pl::ui {

namespace {

using annotation::TypedFact;

// The gold forms of facts.h: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-H1/H2 (and "open" for an open end).
bool isDate(const QString& s) {
    static const QRegularExpression form(
        QStringLiteral(R"(^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?$)"));
    return form.match(s).hasMatch();
}

QString precisionOf(const QString& date) {
    if (date.contains(QStringLiteral("-Q")))
        return QStringLiteral("quarter");
    if (date.contains(QStringLiteral("-H")))
        return QStringLiteral("half");
    if (date.size() == 10)
        return QStringLiteral("day");
    if (date.size() == 7)
        return QStringLiteral("month");
    return QStringLiteral("year");
}

} // namespace

FactDialog::FactDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("factDialog"));
    setWindowTitle(tr("Fact"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("factKind"));
    m_kind->addItem(tr("Date or period"), int(TypedFact::Kind::Date));
    m_kind->addItem(tr("Amount"), int(TypedFact::Kind::Amount));
    m_kind->addItem(tr("Target"), int(TypedFact::Kind::Target));
    m_kind->addItem(tr("Institution"), int(TypedFact::Kind::Institution));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("factText"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("factLabel"));
    m_label->setPlaceholderText(tr("What it is about (optional)"));

    m_pages = new QStackedWidget(this);
    auto* datePage = new QWidget(m_pages);
    auto* dateForm = new QFormLayout(datePage);
    dateForm->setContentsMargins(0, 0, 0, 0);
    m_start = new QLineEdit(datePage);
    m_start->setObjectName(QStringLiteral("factStart"));
    m_start->setPlaceholderText(tr("2025, 2025-03, 2025-03-31, 2025-Q2, 2025-H1"));
    m_end = new QLineEdit(datePage);
    m_end->setObjectName(QStringLiteral("factEnd"));
    m_end->setPlaceholderText(tr("empty for a point in time; \"open\" for no end"));
    m_precision = new QComboBox(datePage);
    m_precision->setObjectName(QStringLiteral("factPrecision"));
    m_precision->addItem(tr("Day"), QStringLiteral("day"));
    m_precision->addItem(tr("Month"), QStringLiteral("month"));
    m_precision->addItem(tr("Quarter"), QStringLiteral("quarter"));
    m_precision->addItem(tr("Half year"), QStringLiteral("half"));
    m_precision->addItem(tr("Year"), QStringLiteral("year"));
    m_precision->addItem(tr("Decade"), QStringLiteral("decade"));
    dateForm->addRow(tr("From"), m_start);
    dateForm->addRow(tr("Until"), m_end);
    dateForm->addRow(tr("Precision"), m_precision);
    m_pages->addWidget(datePage);

    auto* amountPage = new QWidget(m_pages);
    auto* amountForm = new QFormLayout(amountPage);
    amountForm->setContentsMargins(0, 0, 0, 0);
    m_amount = new QDoubleSpinBox(amountPage);
    m_amount->setObjectName(QStringLiteral("factAmount"));
    m_amount->setRange(0, 1e16);
    m_amount->setDecimals(0);
    m_amount->setGroupSeparatorShown(true);
    m_amountReads = new QLabel(amountPage);
    m_amountReads->setObjectName(QStringLiteral("factAmountReads"));
    m_amountMax = new QLineEdit(amountPage);
    m_amountMax->setObjectName(QStringLiteral("factAmountMax"));
    m_amountMax->setPlaceholderText(tr("the high end of a range (optional)"));
    m_currency = new QComboBox(amountPage);
    m_currency->setObjectName(QStringLiteral("factCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("KRW"), QStringLiteral("USD"), QStringLiteral("EUR"),
                          QStringLiteral("JPY"), QStringLiteral("CNY"), QStringLiteral("GBP")});
    m_period = new QLineEdit(amountPage);
    m_period->setObjectName(QStringLiteral("factPeriod"));
    m_period->setPlaceholderText(tr("2022-2026, 2025 … (optional)"));
    amountForm->addRow(tr("Amount"), m_amount);
    amountForm->addRow(QString(), m_amountReads);
    amountForm->addRow(tr("Up to"), m_amountMax);
    amountForm->addRow(tr("Currency"), m_currency);
    amountForm->addRow(tr("Period"), m_period);
    m_pages->addWidget(amountPage);

    auto* valuePage = new QWidget(m_pages);
    auto* valueForm = new QFormLayout(valuePage);
    valueForm->setContentsMargins(0, 0, 0, 0);
    m_value = new QLineEdit(valuePage);
    m_value->setObjectName(QStringLiteral("factValue"));
    valueForm->addRow(tr("Value"), m_value);
    m_pages->addWidget(valuePage);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("factProblem"));
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(176, 0, 32));
    m_problem->setPalette(warn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("As printed"), m_text);
    form->addRow(tr("About"), m_label);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &FactDialog::updateState);
    for (QLineEdit* edit : {m_start, m_end, m_amountMax, m_value, m_text})
        connect(edit, &QLineEdit::textChanged, this, &FactDialog::updateState);
    connect(m_start, &QLineEdit::textEdited, this, [this](const QString& s) {
        if (isDate(s.trimmed()))
            m_precision->setCurrentIndex(m_precision->findData(precisionOf(s.trimmed())));
    });
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &FactDialog::updateState);
    connect(m_currency, &QComboBox::currentTextChanged, this, &FactDialog::updateState);
    updateState();
}

void FactDialog::setFact(const TypedFact& fact, bool kindFixed) {
    m_kind->setCurrentIndex(m_kind->findData(int(fact.kind)));
    m_kind->setEnabled(!kindFixed);
    m_text->setText(fact.text);
    m_text->setReadOnly(kindFixed);
    m_label->setText(fact.label);
    m_label->setVisible(!kindFixed);
    m_start->setText(fact.start);
    m_end->setText(fact.end);
    const int precision =
        m_precision->findData(fact.precision.isEmpty() ? precisionOf(fact.start) : fact.precision);
    m_precision->setCurrentIndex(std::max(0, precision));
    m_amount->setValue(fact.amount);
    m_amountMax->setText(fact.amountMax ? QString::number(*fact.amountMax, 'f', 0) : QString());
    m_currency->setCurrentText(fact.currency.isEmpty() ? QStringLiteral("KRW") : fact.currency);
    m_period->setText(fact.period);
    m_value->setText(fact.value);
    setWindowTitle(kindFixed ? tr("Correct the value") : tr("Mark as fact"));
    updateState();
}

TypedFact FactDialog::fact() const {
    TypedFact f;
    f.kind = TypedFact::Kind(m_kind->currentData().toInt());
    f.text = m_text->text().trimmed();
    f.label = m_label->text().trimmed();
    switch (f.kind) {
    case TypedFact::Kind::Date:
        f.start = m_start->text().trimmed();
        f.end = m_end->text().trimmed();
        f.precision = m_precision->currentData().toString();
        break;
    case TypedFact::Kind::Amount: {
        f.amount = m_amount->value();
        bool ok = false;
        const double max = QString(m_amountMax->text()).remove(QLatin1Char(',')).toDouble(&ok);
        if (ok)
            f.amountMax = max;
        f.currency = m_currency->currentText().trimmed().toUpper();
        f.period = m_period->text().trimmed();
        break;
    }
    case TypedFact::Kind::Target:
    case TypedFact::Kind::Institution:
        f.value = m_value->text().trimmed();
        break;
    }
    return f;
}

QString FactDialog::problem() const {
    const TypedFact f = fact();
    switch (f.kind) {
    case TypedFact::Kind::Date:
        if (!isDate(f.start))
            return tr("Give the start as 2025, 2025-03, 2025-03-31, 2025-Q2 or 2025-H1.");
        if (!f.end.isEmpty() && f.end != QStringLiteral("open") && !isDate(f.end))
            return tr("Give the end in the same form, or \"open\", or leave it empty.");
        return {};
    case TypedFact::Kind::Amount:
        if (f.amount <= 0)
            return tr("Give an amount greater than zero.");
        if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(f.currency).hasMatch())
            return tr("Give the currency as a three-letter code (KRW, USD, EUR …).");
        if (!m_amountMax->text().trimmed().isEmpty() && (!f.amountMax || *f.amountMax < f.amount))
            return tr("The high end of a range must be a number not below the amount.");
        return {};
    case TypedFact::Kind::Target:
    case TypedFact::Kind::Institution:
        if (f.value.isEmpty())
            return tr("Give a value.");
        return {};
    }
    return {};
}

void FactDialog::updateState() {
    const auto kind = TypedFact::Kind(m_kind->currentData().toInt());
    m_pages->setCurrentIndex(kind == TypedFact::Kind::Date ? 0 : kind == TypedFact::Kind::Amount ? 1 : 2);
    m_amountReads->setText(
        m_amount->value() > 0
            ? MoneyFormat::original(m_amount->value(), m_currency->currentText().trimmed().toUpper())
            : QString());
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace pl::ui
