// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendsupport.h"

#include "clioutput.h"

#include "credentials/keychaincredentialstore.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/topicids.h"
#include "oauth/oauthaccess.h"
#include "profiles/profilestore.h"
#include "send/testsend.h"
#include "smtp/smtpsession.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Sendcheck;

namespace {

// The texts keep the context of `send`, the command they belong to.
struct SendCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)
};

} // namespace

const Profile *findSavedProfile(ProfileStore &store, const QString &name, QString *error)
{
    if (!store.load(error))
        return nullptr;
    const Profile *found = store.find(name);
    if (!found)
        *error = SendCommand::tr(
                     "There is no profile called \"%1\" ('sendcheck-cli profile list' shows them).")
                     .arg(name);
    return found;
}

std::optional<Profile> loadProfileForSend(const QString &name, QString *error)
{
    if (name.isEmpty())
        return Profile();
    ProfileStore store;
    const Profile *found = findSavedProfile(store, name, error);
    if (!found)
        return std::nullopt;
    return *found;
}

OAuthOutcome
awaitOAuth(const std::function<void(QObject *, std::function<void(const OAuthOutcome &)>)> &call)
{
    QEventLoop loop;
    OAuthOutcome result;
    call(&loop, [&](const OAuthOutcome &outcome) {
        result = outcome;
        loop.quit();
    });
    loop.exec();
    return result;
}

QString problemText(const TestSendProblem &problem, const Profile &profile)
{
    switch (problem.field) {
    case TestSendProblem::Field::Server:
        return SendCommand::tr("--host is required (or --profile, or --preset).");
    case TestSendProblem::Field::From:
        if (problem.value.isEmpty())
            return SendCommand::tr("--from is required to send a message.");
        return SendCommand::tr("%1 %2: %3")
            .arg(QStringLiteral("--from"), problem.value, problem.reason);
    case TestSendProblem::Field::To:
        if (problem.value.isEmpty())
            return SendCommand::tr("--to is required to send a message.");
        return SendCommand::tr("%1 %2: %3")
            .arg(QStringLiteral("--to"), problem.value, problem.reason);
    case TestSendProblem::Field::Cc:
        return SendCommand::tr("%1 %2: %3")
            .arg(QStringLiteral("--cc"), problem.value, problem.reason);
    case TestSendProblem::Field::Message:
        return problem.detail;
    case TestSendProblem::Field::UserName:
        return SendCommand::tr("a password was given but no --user.");
    case TestSendProblem::Field::Password:
        if (!problem.keychainStatus)
            return SendCommand::tr(
                "--user is set but no password was given: use --password-stdin or "
                "--password-env VAR (or a saved profile with 'sendcheck-cli password "
                "set').");
        if (*problem.keychainStatus == CredentialResult::Status::NotFound)
            return SendCommand::tr(
                       "No password is saved for \"%1\" (%2). Save one with 'sendcheck-cli "
                       "password set --profile \"%1\"', or give it with --password-stdin.")
                .arg(profile.name, problem.reason);
        return problem.reason
            + SendCommand::tr(
                   " Give the password with --password-stdin or --password-env instead.");
    case TestSendProblem::Field::SignIn:
        if (problem.oauthStatus == OAuthOutcome::Status::NotSignedIn
            || problem.oauthStatus == OAuthOutcome::Status::SignInExpired)
            return problem.detail + QLatin1Char(' ')
                + SendCommand::tr("Sign in with 'sendcheck-cli oauth login --profile \"%1\"'.")
                      .arg(profile.name);
        return problem.detail;
    case TestSendProblem::Field::CaFile:
        return problem.detail;
    }
    return problem.detail;
}

std::optional<PreparedSend> prepareSend(TestSendRequest request, int *exitCode)
{
    const Profile profile = request.profile;
    KeychainCredentialStore keychain;
    OAuthAccess oauth(&keychain);
    TestSend job(&keychain, &oauth, nullptr);
    std::optional<PreparedSend> prepared;
    std::optional<TestSendProblem> problem;
    QEventLoop loop;
    QObject::connect(&job, &TestSend::prepared, &loop, [&] {
        prepared = job.takePrepared(); // the secret's one buffer, moved on to the sessions
        loop.quit();
    });
    QObject::connect(&job, &TestSend::failed, &loop, [&](const TestSendProblem &found) {
        problem = found;
        loop.quit();
    });
    job.start(std::move(request));
    if (!prepared && !problem)
        loop.exec();
    if (problem) {
        const QString text = problemText(*problem, profile);
        if (problem->field == TestSendProblem::Field::SignIn) {
            CliOutput::err(text);
            *exitCode = 7; // a sign-in failure, found before connecting
        } else {
            CliOutput::err(QStringLiteral("sendcheck-cli send: ") + text);
            *exitCode = CliOutput::ExitUsage;
        }
        return std::nullopt;
    }
    for (const QString &note : std::as_const(prepared->notes))
        CliOutput::err(note);
    return prepared;
}

static DiagnosisContext contextFor(const SessionResult &result, const Profile &profile)
{
    return DiagnosisContext::forProfile(profile, result.tls.used, result.oauthError);
}

void printExplanation(const SessionResult &result, const Profile &profile)
{
    if (!result.failure.isFailure() || result.failure.kind == FailureKind::Cancelled)
        return;
    const Explanation explanation = Diagnoser::explain(result.failure, contextFor(result, profile));
    if (!explanation.isValid())
        return;
    QString text = QStringLiteral("\n%1 [%2]\n%3\n")
                       .arg(explanation.title, explanation.topic, explanation.summary);
    if (!explanation.causes.isEmpty()) {
        text += SendCommand::tr("Likely causes:") + QLatin1Char('\n');
        for (const QString &cause : explanation.causes)
            text += QStringLiteral("  - ") + cause + QLatin1Char('\n');
    }
    if (!explanation.fixes.isEmpty()) {
        text += SendCommand::tr("What to do:") + QLatin1Char('\n');
        for (qsizetype i = 0; i < explanation.fixes.size(); ++i)
            text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(explanation.fixes[i]);
    }
    // The fix the window offers as a button, as the flag that does it here.
    if (explanation.topic == Topic::NetExpectsImplicitTls)
        text += SendCommand::tr("Fix: run again with --security tls (and the same --port).")
            + QLatin1Char('\n');
    if (!explanation.providerHint.isEmpty())
        text += SendCommand::tr("Provider note: ") + explanation.providerHint + QLatin1Char('\n');
    if (!explanation.reference.isEmpty())
        text += SendCommand::tr("Reference: ") + explanation.reference + QLatin1Char('\n');
    CliOutput::out(text);
}

void addExplanationJson(QJsonObject &object, const SessionResult &result, const Profile &profile)
{
    if (!result.failure.isFailure())
        return;
    const Explanation explanation = Diagnoser::explain(result.failure, contextFor(result, profile));
    object.insert(QStringLiteral("topic"), explanation.topic);
    object.insert(QStringLiteral("confidence"), explanation.confidenceName());
    object.insert(QStringLiteral("explanation"), explanation.toJson());
}
