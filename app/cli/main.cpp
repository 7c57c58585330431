// SPDX-License-Identifier: GPL-3.0-or-later
// sendcheck-cli: the Sendcheck engine without a window, for scripts, servers and tests.
#include "cliapplication.h"
#include "clioutput.h"
#include "commandregistry.h"

#include "i18n/translations.h"

#include <QLoggingCategory>

#include <QCoreApplication>

static void printOverview()
{
    QString text = QCoreApplication::translate("CliCommand",
                                               "Usage: sendcheck-cli COMMAND [OPTIONS]\n\n"
                                               "Sets up and proves outgoing mail (SMTP) "
                                               "settings.\n\nCommands:")
        + QLatin1Char('\n');
    for (const auto &command : CommandRegistry::commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(command.name.leftJustified(12), command.translatedSummary());
    text
        += QLatin1Char('\n')
        + QCoreApplication::translate(
               "CliCommand", "'sendcheck-cli COMMAND --help' describes a command and its options.");
    CliOutput::out(text);
}

int main(int argc, char *argv[])
{
    // A QCoreApplication, or a QGuiApplication (offscreen) when a PDF is asked for.
    const std::unique_ptr<QCoreApplication> application = createCliApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("sendcheck"));
    QCoreApplication::setOrganizationName(QStringLiteral("sendcheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SENDCHECK_VERSION));

    // Debug output is for developers who ask for it (QT_LOGGING_RULES), not for every run.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("sendcheck.*.debug=false"));
    Sendcheck::installTranslations(app);

    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    if (name.isEmpty() || name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        printOverview();
        return name.isEmpty() ? CliOutput::ExitUsage : CliOutput::ExitOk;
    }
    if (name == QLatin1String("--version")) {
        CliOutput::out(
            QStringLiteral("sendcheck-cli %1").arg(QCoreApplication::applicationVersion()));
        return CliOutput::ExitOk;
    }
    const CliCommand *command = CommandRegistry::find(name);
    if (!command) {
        CliOutput::err(
            QCoreApplication::translate("CliCommand", "sendcheck-cli: unknown command '%1'.")
                .arg(name));
        printOverview();
        return CliOutput::ExitUsage;
    }
    // QCommandLineParser wants "program name" first: give it "sendcheck-cli COMMAND".
    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(QStringLiteral("sendcheck-cli %1").arg(name));
    return command->run(commandArguments);
}
