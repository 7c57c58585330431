// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "i18n/translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sendcheck"));
    QApplication::setOrganizationName(QStringLiteral("sendcheck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sendcheck"));
    Sendcheck::installTranslations(app);
    Sendcheck::MainWindow window;
    window.show();
    return app.exec();
}
