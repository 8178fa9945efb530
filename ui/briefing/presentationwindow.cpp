#include "ui/briefing/presentationwindow.h"

#include "ui/export/briefingrenderer.h"

#include <QKeyEvent>
#include <QPainter>

namespace pl::ui {

PresentationWindow::PresentationWindow(std::unique_ptr<BriefingRenderer> renderer, QWidget* parent)
    : QWidget(parent, Qt::Window), m_renderer(std::move(renderer)) {
    setObjectName(QStringLiteral("presentationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setWindowTitle(tr("Presentation: %1").arg(m_renderer->briefing().name));
    setCursor(Qt::BlankCursor);
}

PresentationWindow::~PresentationWindow() = default;

int PresentationWindow::slideCount() const {
    return m_renderer->slideCount();
}

void PresentationWindow::showSlide(int index) {
    const int clamped = std::clamp(index, 0, slideCount() - 1);
    if (clamped == m_slide)
        return;
    m_slide = clamped;
    update();
    emit slideChanged(m_slide);
}

void PresentationWindow::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x20, 0x20, 0x20));
    m_renderer->paintSlide(&painter, m_slide, rect());
}

void PresentationWindow::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        showSlide(m_slide + 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showSlide(m_slide - 1);
        break;
    case Qt::Key_Home:
        showSlide(0);
        break;
    case Qt::Key_End:
        showSlide(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PresentationWindow::mousePressEvent(QMouseEvent* event) {
    showSlide(m_slide + (event->button() == Qt::RightButton ? -1 : 1));
}

} // namespace pl::ui
