#pragma once

#include "core/annotation/annotation.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace pl::ui {

/// Asks for a typed fact — a date or period, an amount, a target or an institution — prefilled from the
/// quoted text. With the kind fixed it edits the value of an extracted date or amount.
class FactDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactDialog)

public:
    explicit FactDialog(QWidget* parent = nullptr);

    void setFact(const annotation::TypedFact& fact, bool kindFixed);
    annotation::TypedFact fact() const;
    /// Empty when the fields make a valid fact, else what is wrong (shown under the fields).
    QString problem() const;

private:
    void updateState();

    QComboBox* m_kind;
    QLineEdit* m_text;
    QStackedWidget* m_pages;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QComboBox* m_precision;
    QDoubleSpinBox* m_amount;
    QLabel* m_amountReads; ///< the amount as the budget view will show it (1,200억원)
    QLineEdit* m_amountMax;
    QComboBox* m_currency;
    QLineEdit* m_period;
    QLineEdit* m_value;
    QLineEdit* m_label;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace pl::ui
