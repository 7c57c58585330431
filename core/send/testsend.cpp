// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsend.h"

#include "credentials/credentialstore.h"
#include "oauth/oauthaccess.h"
#include "oauth/oauthconfig.h"
#include "profiles/cafile.h"
#include "providers/providercatalog.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Sendcheck {

Q_LOGGING_CATEGORY(lcSend, "sendcheck.send")

namespace {

TestSendProblem problem(TestSendProblem::Field field, const QString &title, const QString &detail)
{
    TestSendProblem p;
    p.field = field;
    p.title = title;
    p.detail = detail;
    return p;
}

// The title the window shows for an OAuth sign-in that cannot be used.
QString signInTitle(OAuthOutcome::Status status, const QString &provider)
{
    switch (status) {
    case OAuthOutcome::Status::NotSignedIn:
        return TestSend::tr("Not signed in with %1").arg(provider);
    case OAuthOutcome::Status::SignInExpired:
        return TestSend::tr("The sign-in with %1 has expired").arg(provider);
    case OAuthOutcome::Status::NotConfigured:
        return TestSend::tr("The sign-in with %1 is not set up").arg(provider);
    case OAuthOutcome::Status::KeychainError:
        return TestSend::tr("The system keychain did not give the sign-in");
    default:
        return TestSend::tr("The sign-in with %1 could not be renewed").arg(provider);
    }
}

} // namespace

TestSend::TestSend(CredentialStore *store, OAuthAccess *oauth, const ProviderCatalog *catalog,
                   QObject *parent)
    : QObject(parent), m_store(store), m_oauth(oauth), m_catalog(catalog)
{ }

TestSend::~TestSend() = default;

const ProviderCatalog &TestSend::catalog()
{
    if (m_catalog)
        return *m_catalog;
    if (!m_loadedCatalog)
        m_loadedCatalog = std::make_unique<ProviderCatalog>(ProviderCatalog::loadDefault());
    return *m_loadedCatalog;
}

std::optional<TestSendProblem> TestSend::checkServer(const Profile &profile)
{
    if (!profile.host.trimmed().isEmpty())
        return std::nullopt;
    return problem(TestSendProblem::Field::Server, tr("Which server?"),
                   tr("Choose a preset or type the server's name first."));
}

std::optional<TestSendProblem> TestSend::checkCaFile(const Profile &profile)
{
    if (profile.caFile.isEmpty())
        return std::nullopt;
    QString why;
    if (CaFile::read(profile.caFile, &why))
        return std::nullopt;
    TestSendProblem p
        = problem(TestSendProblem::Field::CaFile, tr("The CA file cannot be used"), why);
    p.value = profile.caFile;
    p.reason = why;
    return p;
}

bool TestSend::needsSender(std::optional<Stage> stopAfter)
{
    return !stopAfter || *stopAfter >= Stage::MailFrom;
}

bool TestSend::needsRecipients(std::optional<Stage> stopAfter)
{
    return !stopAfter || *stopAfter >= Stage::RcptTo;
}

bool TestSend::needsPassword(const Profile &profile)
{
    return !profile.usesOAuth() && !profile.userName.isEmpty()
        && profile.mechanism != AuthMechanism::None;
}

bool TestSend::needsOAuthToken(const Profile &profile)
{
    return profile.usesOAuth() && profile.mechanism != AuthMechanism::None;
}

void TestSend::start(TestSendRequest request)
{
    Q_ASSERT(!m_started); // one job, one preparation
    m_started = true;
    m_send.profile = request.profile;
    m_send.settings = request.profile.toServerSettings();
    m_send.stopAfter = request.stopAfter;
    if (auto found = checkServer(request.profile)) {
        fail(*found);
        return;
    }
    if (auto found = checkCaFile(request.profile)) {
        fail(*found);
        return;
    }
    if (auto found = buildMessage(request)) {
        fail(*found);
        return;
    }

    const Profile &profile = m_send.profile;
    if (request.readBack) {
        const QString mailboxUser = request.readBackUser.trimmed().isEmpty()
            ? profile.imap.userName.trimmed()
            : request.readBackUser.trimmed();
        // An OAuth token opens the named mailbox itself (XOAUTH2); a password is one account's.
        if (!mailboxUser.isEmpty() && mailboxUser != profile.userName.trimmed()
            && !SaslClient::isOAuth(profile.mechanism) && !profile.usesOAuth())
            m_mailboxUser = mailboxUser;
    }
    m_send.credentials.userName = profile.userName;
    m_send.credentials.kind = SaslClient::isOAuth(profile.mechanism) || profile.usesOAuth()
        ? Credentials::Kind::OAuthToken
        : Credentials::Kind::Password;
    if (request.secret) {
        if (profile.userName.isEmpty()) {
            TestSendProblem p
                = problem(TestSendProblem::Field::UserName, tr("No user name"),
                          tr("A password was given, but no user name to sign in with."));
            fail(p);
            return;
        }
        finishWithSecret(std::move(*request.secret));
    } else if (needsOAuthToken(profile)) {
        lookUpOAuthToken();
    } else if (needsPassword(profile)) {
        lookUpPassword();
    } else {
        finish();
    }
}

std::optional<TestSendProblem> TestSend::buildMessage(const TestSendRequest &request)
{
    if (!needsSender(request.stopAfter))
        return std::nullopt;
    const Profile &profile = request.profile;
    TestMessage message;
    QString why;
    const auto from = Address::parse(profile.from, &why);
    if (profile.from.isEmpty() || !from) {
        TestSendProblem p
            = problem(TestSendProblem::Field::From, tr("The From address is not usable"),
                      profile.from.isEmpty() ? tr("Type the sender's address.") : why);
        p.value = profile.from;
        p.reason = why;
        return p;
    }
    message.setFrom(*from);

    const auto parseList
        = [&](const QStringList &texts, TestSendProblem::Field field, const QString &title,
              QList<Address> *into) -> std::optional<TestSendProblem> {
        for (const QString &text : texts) {
            const auto address = Address::parse(text, &why);
            if (!address) {
                TestSendProblem p = problem(field, title, QStringLiteral("%1: %2").arg(text, why));
                p.value = text;
                p.reason = why;
                return p;
            }
            into->append(*address);
        }
        return std::nullopt;
    };
    QList<Address> to;
    QList<Address> cc;
    if (auto found = parseList(profile.defaultTo, TestSendProblem::Field::To,
                               tr("A To address is not usable"), &to))
        return found;
    if (auto found
        = parseList(request.cc, TestSendProblem::Field::Cc, tr("A Cc address is not usable"), &cc))
        return found;
    if (to.isEmpty() && cc.isEmpty()) {
        if (needsRecipients(request.stopAfter))
            return problem(TestSendProblem::Field::To, tr("Who should get the test message?"),
                           tr("Type at least one address in To."));
        to = {*from}; // MAIL FROM needs no recipient, but a message has one
    }
    message.setTo(to);
    message.setCc(cc);
    message.setSubject(request.subject);
    message.setTextBody(request.textBody);
    message.setHtmlBody(request.htmlBody);
    message.setAttachments(request.attachments);
    message.setMessageId(request.messageId);
    const QStringList problems = message.validate();
    if (!problems.isEmpty())
        return problem(TestSendProblem::Field::Message, tr("The test message cannot be sent"),
                       problems.join(QLatin1Char('\n')));
    m_send.message = message;
    return std::nullopt;
}

void TestSend::lookUpPassword()
{
    const Profile &profile = m_send.profile;
    if (m_secretLookup) {
        const QPointer<TestSend> self(this);
        m_secretLookup([self](std::optional<SecretBuffer> secret, const QString &error) {
            if (!self || self->m_done)
                return; // stopped meanwhile; `secret` is wiped as it goes
            if (secret) {
                self->finishWithSecret(std::move(*secret));
                return;
            }
            self->fail(problem(TestSendProblem::Field::Password, tr("No password"), error));
        });
        return;
    }
    if (!m_store || profile.id.isEmpty()) {
        fail(problem(TestSendProblem::Field::Password, tr("No password"),
                     tr("No password was given, and a profile that is not saved has none in "
                        "the keychain.")));
        return;
    }
    qCDebug(lcSend) << "reading the password for profile" << profile.id;
    m_store->read(profile.id, this, [this](CredentialResult result) {
        if (result.ok()) {
            finishWithSecret(std::move(result.secret));
            return;
        }
        TestSendProblem p = problem(TestSendProblem::Field::Password, tr("No password"),
                                    result.status == CredentialResult::Status::NotFound
                                        ? tr("No password is saved for \"%1\" (%2).")
                                              .arg(m_send.profile.name, result.message)
                                        : result.message);
        p.keychainStatus = result.status;
        p.reason = result.message;
        fail(p);
    });
}

void TestSend::lookUpOAuthToken()
{
    const Profile &profile = m_send.profile;
    const Provider *preset = catalog().find(profile.presetId);
    const QString signInName = preset && preset->oauth ? preset->oauth->signInName : tr("OAuth");
    const auto signInProblem = [signInName](const OAuthOutcome &outcome) {
        QString detail = outcome.message;
        if (outcome.status == OAuthOutcome::Status::NetworkError
            || outcome.status == OAuthOutcome::Status::TimedOut)
            detail += QStringLiteral("\n\n") + tr("Check the internet connection and try again.");
        TestSendProblem p = problem(TestSendProblem::Field::SignIn,
                                    signInTitle(outcome.status, signInName), detail);
        p.oauthStatus = outcome.status;
        p.reason = outcome.message;
        p.signInName = signInName;
        return p;
    };
    QString error;
    const std::optional<OAuthConfig> config = OAuthConfig::forProfile(profile, preset, &error);
    if (!config || !m_oauth) {
        fail(signInProblem(OAuthOutcome::failure(OAuthOutcome::Status::NotConfigured, error)));
        return;
    }
    Q_EMIT lookingUpSignIn();
    // The tokens go from the keychain (refreshed at the provider if they are about to expire)
    // straight into the credentials.
    m_oauth->usableTokens(
        profile, *config, this, [this, signInProblem](const OAuthOutcome &outcome) {
            if (!outcome.ok()) {
                fail(signInProblem(outcome));
                return;
            }
            if (!outcome.message.isEmpty())
                m_send.notes.append(outcome.message);
            m_send.credentials = OAuthAccess::credentialsFor(m_send.profile, outcome.tokens);
            finish();
        });
}

void TestSend::finishWithSecret(SecretBuffer secret)
{
    m_send.credentials.secret = std::move(secret);
    finish();
}

void TestSend::lookUpMailboxPassword()
{
    // Without a password of its own (none saved, or the keychain cannot say), the mailbox is
    // tried with the sending secret, as before there was one: the same account may well sign
    // in under another spelling of its name. Said in a note, never silently.
    const auto withSendingSecret = [this](const QString &note) {
        m_send.notes.append(note);
        m_mailboxUser.clear();
        finish();
    };
    const Profile &profile = m_send.profile;
    const QString saveHint
        = tr("No password is saved for the mailbox %1 (another account than the one that "
             "sends), so it is read with the sending password. Save its own with: "
             "sendcheck-cli password set --imap --profile \"%2\"")
              .arg(m_mailboxUser, profile.name);
    const auto cannotRead = [this](const QString &why) {
        return tr("The password for the mailbox %1 could not be read (%2), so it is read with "
                  "the sending password.")
            .arg(m_mailboxUser, why);
    };
    if (m_mailboxLookup) {
        qCDebug(lcSend) << "asking for the mailbox password of profile" << profile.id;
        m_mailboxLookup([this, withSendingSecret, cannotRead](std::optional<SecretBuffer> secret,
                                                              const QString &error) {
            if (secret && !secret->isEmpty()) {
                m_send.readBackSecret = std::move(*secret);
                finish();
            } else {
                withSendingSecret(cannotRead(error));
            }
        });
        return;
    }
    if (!m_store || profile.id.isEmpty()) {
        withSendingSecret(saveHint);
        return;
    }
    qCDebug(lcSend) << "reading the mailbox password for profile" << profile.id;
    m_store->readImapPassword(
        profile.id, this, [this, saveHint, withSendingSecret, cannotRead](CredentialResult result) {
            if (result.ok()) {
                m_send.readBackSecret = std::move(result.secret);
                finish();
            } else if (result.status == CredentialResult::Status::NotFound) {
                withSendingSecret(saveHint);
            } else {
                withSendingSecret(cannotRead(result.message));
            }
        });
}

void TestSend::finish()
{
    if (!m_mailboxUser.isEmpty() && !m_send.readBackSecret) {
        lookUpMailboxPassword();
        return;
    }
    m_done = true;
    m_emitting = true;
    Q_EMIT prepared(m_send);
    m_emitting = false;
    // Taken by the receiver (takePrepared()), or copied into its session's own buffer: this job
    // keeps none.
    m_send.credentials.secret.wipe();
    if (m_send.readBackSecret)
        m_send.readBackSecret->wipe();
}

PreparedSend TestSend::takePrepared()
{
    Q_ASSERT(m_emitting); // only from a receiver of prepared()
    return std::move(m_send);
}

void TestSend::fail(TestSendProblem found)
{
    m_done = true;
    qCDebug(lcSend) << "not prepared:" << int(found.field);
    Q_EMIT failed(found);
}

} // namespace Sendcheck
