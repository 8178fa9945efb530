#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace pl::ui {

class FactSelection;

/// "Narrowed to: 초거대 AI 기술·산업 인프라 확충 ✕" above a view that follows the shared selection; hidden
/// while nothing is selected.
class ScopeBar : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeBar)

public:
    ScopeBar(FactSelection* selection, QWidget* parent = nullptr);

private:
    void update();
    FactSelection* m_selection;
    QLabel* m_label;
    QToolButton* m_clear;
};

} // namespace pl::ui
