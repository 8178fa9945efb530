#include "app/gui/startup.h"
#include "ui/views/mainwindow.h"

#include <QApplication>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QTextStream err(stderr);
    auto options = pl::app::parseArguments(app.arguments().mid(1), err);
    if (!options)
        return 2;
    if (options->helpOnly) {
        err << pl::app::usage();
        return 0;
    }
    pl::app::setUpApplication(app, *options);
    auto window = pl::app::createWindow(*options);
    if (!window) {
        err << "policylens: cannot open the library: " << window.error().toString() << "\n";
        return 1;
    }
    (*window)->show();
    pl::app::runStartupActions(window->get(), *options);
    return app.exec();
}
