// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/keychaincredentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "darkpalette.h"
#include "guibenchmark.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "screenshotscene.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace Sendcheck;

int main(int argc, char *argv[])
{
    QElapsedTimer processClock; // for --benchmark-gui: start-up as a person waits for it
    processClock.start();
    // --version answers before QApplication exists, so it works without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("sendcheck %s\n", SENDCHECK_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(QStringLiteral(SENDCHECK_VERSION));
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
    parser.addVersionOption();
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
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark-gui"),
        QApplication::translate("main",
                                "Measure start-up, idle memory and a 100,000-line "
                                "transcript, print the figures as JSON and exit."));
    parser.addOptions({screenshot, scene, configDir, dark, benchmark});
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

    if (parser.isSet(benchmark)) {
        // Throwaway profiles and an in-memory store: measuring touches nothing of the user's.
        QTemporaryDir scratch;
        MemoryCredentialStore store;
        MainWindowOptions options;
        options.configDirectory = scratch.path();
        options.practiceCertificateDirectory = scratch.path();
        options.historyPath = scratch.filePath(QStringLiteral("history.sqlite"));
        MainWindow window(&store, options);
        GuiBenchmark run(&window, processClock);
        run.start();
        return app.exec();
    }

    KeychainCredentialStore keychain;
    MainWindowOptions options;
    options.configDirectory = parser.value(configDir);
    MainWindow window(&keychain, options);
    window.show();
    return app.exec();
}
