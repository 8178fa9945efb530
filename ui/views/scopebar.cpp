#include "ui/views/scopebar.h"

#include "ui/facts/countrymatrixmodel.h"
#include "ui/facts/factselection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace pl::ui {

ScopeBar::ScopeBar(FactSelection* selection, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_label(new QLabel(this)), m_clear(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_label->setObjectName(QStringLiteral("scopeLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_clear->setObjectName(QStringLiteral("clearScope"));
    m_clear->setText(tr("Show all"));
    m_clear->setToolTip(tr("Forget the selection and show every document"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, selection, &FactSelection::clear);
    connect(selection, &FactSelection::changed, this, &ScopeBar::update);
    update();
}

void ScopeBar::update() {
    QStringList parts;
    if (m_selection->hasScope()) {
        QString scope = m_selection->scopeLabel();
        if (m_selection->firstPage() > 0)
            scope += tr(" (pp. %1–%2)").arg(m_selection->firstPage()).arg(m_selection->lastPage());
        parts << scope;
    }
    if (!m_selection->country().isEmpty())
        parts << CountryMatrixModel::countryName(m_selection->country());
    m_label->setText(tr("Narrowed to: %1").arg(parts.join(QStringLiteral(" · "))));
    setVisible(!parts.isEmpty());
}

} // namespace pl::ui
