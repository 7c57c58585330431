// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/keychaincredentialstore.h"
#include "darkpalette.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "screenshotscene.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>

#include <cstdio>

using namespace Sendcheck;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sendcheck"));
    QApplication::setOrganizationName(QStringLiteral("sendcheck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sendcheck"));
    // Debug output is for developers who ask for it (QT_LOGGING_RULES), not for every run.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sendcheck.*.debug=false"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Set up and prove outgoing mail settings."));
    parser.addHelpOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render a scene to FILE (PNG) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption scene(
        QStringLiteral("scene"),
        QApplication::translate("main", "The scene for --screenshot: %1.")
            .arg(ScreenshotScene::sceneNames().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("main"));
    const QCommandLineOption configDir(
        QStringLiteral("config-dir"),
        QApplication::translate("main", "Keep profiles in DIR instead of the default folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption dark(QStringLiteral("dark"),
                                  QApplication::translate("main", "Use a dark palette."));
    parser.addOptions({screenshot, scene, configDir, dark});
    parser.process(app);

    if (parser.isSet(dark) || qEnvironmentVariableIntValue("SENDCHECK_DARK") == 1)
        applyDarkPalette(app);

    if (parser.isSet(screenshot)) {
        ScreenshotScene shot(parser.value(scene), parser.value(screenshot));
        QString error;
        if (!shot.start(&error)) {
            std::fprintf(stderr, "sendcheck: %s\n", qPrintable(error));
            return 2;
        }
        return app.exec();
    }

    KeychainCredentialStore keychain;
    MainWindowOptions options;
    options.configDirectory = parser.value(configDir);
    MainWindow window(&keychain, options);
    window.show();
    return app.exec();
}
