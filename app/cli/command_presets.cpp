// SPDX-License-Identifier: GPL-3.0-or-later
// `sendcheck-cli presets [--json]`: the provider presets, built-in and the user's own.
#include "clioutput.h"
#include "commandregistry.h"

#include "providers/providercatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Sendcheck;

namespace {

// Texts are looked up as PresetsCommand::tr("...") so that lupdate sees each one with its context.
struct PresetsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PresetsCommand)
};

int runPresets(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        PresetsCommand::tr(
            "Lists the provider presets: the built-in ones and any *.json files in %1, which add "
            "presets or replace a built-in one with the same id.")
            .arg(ProviderCatalog::userPresetDirectory()));
    const QCommandLineOption jsonOption(QStringLiteral("json"), PresetsCommand::tr("Print JSON."));
    parser.addOption(jsonOption);
    if (!CliOutput::parseOrExplain(parser, arguments))
        return CliOutput::ExitUsage;

    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    for (const QString &error : catalog.errors())
        CliOutput::err(PresetsCommand::tr("Preset problem: %1").arg(error));

    if (parser.isSet(jsonOption)) {
        QJsonArray presets;
        for (const Provider &provider : catalog.all())
            presets.append(provider.toJson());
        CliOutput::printJson(
            {{QStringLiteral("presets"), presets},
             {QStringLiteral("errors"), QJsonArray::fromStringList(catalog.errors())}});
    } else {
        for (const Provider &provider : catalog.all()) {
            const Provider::Port *port = provider.recommendedPort();
            QString line = QStringLiteral("%1 %2 %3:%4 %5")
                               .arg(provider.id.leftJustified(24), provider.name,
                                    provider.hosts.first().host)
                               .arg(port->port)
                               .arg(securityName(port->security));
            if (provider.hosts.size() > 1)
                line += PresetsCommand::tr(" (+%1 more servers)").arg(provider.hosts.size() - 1);
            if (provider.confidence == Confidence::CheckWithProvider)
                line += PresetsCommand::tr(" [check with provider]");
            CliOutput::out(line);
        }
    }
    return catalog.errors().isEmpty() ? CliOutput::ExitOk : CliOutput::ExitFailure;
}

const CommandRegistration
    registration({QStringLiteral("presets"),
                  QT_TRANSLATE_NOOP("CliCommand", "List the mail provider presets."), runPresets});

} // namespace
