// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "i18n/translations.h"

#include <QLoggingCategory>

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sendcheck"));
    QApplication::setOrganizationName(QStringLiteral("sendcheck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sendcheck"));
    // Debug output is for developers who ask for it (QT_LOGGING_RULES), not for every run.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sendcheck.*.debug=false"));
    Sendcheck::installTranslations(app);
    Sendcheck::MainWindow window;
    window.show();
    return app.exec();
}
