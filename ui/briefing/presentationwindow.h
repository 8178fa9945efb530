#pragma once

#include <QWidget>
#include <memory>

namespace pl::ui {

class BriefingRenderer;

/// A briefing shown one item per slide, full screen, drawn by the same renderer as the PDF. ←/→, PgUp/PgDn,
/// Space and Backspace step, Home/End jump, Esc leaves. The slide number is shown on every slide.
class PresentationWindow : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)

public:
    explicit PresentationWindow(std::unique_ptr<BriefingRenderer> renderer, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    int currentSlide() const { return m_slide; }
    int slideCount() const;
    void showSlide(int index);

signals:
    void slideChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    std::unique_ptr<BriefingRenderer> m_renderer;
    int m_slide = 0;
};

} // namespace pl::ui
