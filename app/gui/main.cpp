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

namespace {
// The window's command line; --help prints it before any window (or display) exists.
struct GuiOptions
{
    QCommandLineOption screenshot {
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render a scene to FILE (PNG) and exit."),
        QStringLiteral("FILE")};
    QCommandLineOption scene {QStringLiteral("scene"),
                              QApplication::translate("main", "The scene for --screenshot: %1.")
                                  .arg(ScreenshotScene::sceneNames().join(QStringLiteral(", "))),
                              QStringLiteral("NAME"), QStringLiteral("main")};
    QCommandLineOption configDir {
        QStringLiteral("config-dir"),
        QApplication::translate("main", "Keep profiles in DIR instead of the default folder."),
        QStringLiteral("DIR")};
    QCommandLineOption dark {QStringLiteral("dark"),
                             QApplication::translate("main", "Use a dark palette.")};
    QCommandLineOption benchmark {
        QStringLiteral("benchmark-gui"),
        QApplication::translate("main",
                                "Measure start-up, idle memory and a 100,000-line "
                                "transcript, print the figures as JSON and exit.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QApplication::translate("main", "Set up and prove outgoing mail settings."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({screenshot, scene, configDir, dark, benchmark});
    }
};

void setNames()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(SENDCHECK_VERSION));
    QCoreApplication::setApplicationName(QStringLiteral("sendcheck"));
    QCoreApplication::setOrganizationName(QStringLiteral("sendcheck"));
}
} // namespace

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
    // --help too: a console application is enough, so it works over SSH and in scripts.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0
            || std::strcmp(argv[i], "--help-all") == 0 || std::strcmp(argv[i], "-?") == 0) {
            QCoreApplication console(argc, argv);
            setNames();
            if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
                QLoggingCategory::setFilterRules(QStringLiteral("sendcheck.*.debug=false"));
            installTranslations(console);
            const GuiOptions cli;
            QCommandLineParser parser;
            cli.addTo(parser);
            std::fputs(qPrintable(parser.helpText()), stdout);
            return 0;
        }
    }
    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Sendcheck"));
    // Debug output is for developers who ask for it (QT_LOGGING_RULES), not for every run.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sendcheck.*.debug=false"));
    installTranslations(app);

    const GuiOptions cli;
    const QCommandLineOption &screenshot = cli.screenshot;
    const QCommandLineOption &scene = cli.scene;
    const QCommandLineOption &configDir = cli.configDir;
    const QCommandLineOption &dark = cli.dark;
    const QCommandLineOption &benchmark = cli.benchmark;
    QCommandLineParser parser;
    cli.addTo(parser);
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
