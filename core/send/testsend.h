// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedsend.h"
#include "testsendproblem.h"
#include "testsendrequest.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Sendcheck {

class CredentialStore;
class OAuthAccess;
class ProviderCatalog;

// One preparation of a test send, the same for the window and the CLI: a profile (plus
// overrides) becomes server settings, credentials and a test message, or a problem that says
// which field is wrong and why. The password comes from the request (given directly), else
// from the secret lookup if one is set (the window's password box), else from the
// CredentialStore; an OAuth profile's token from OAuthAccess (renewed first when it is about
// to expire). Nothing here blocks: start() returns at once and the job reports by emitting
// prepared() or failed() exactly once. When nothing has to be looked up (no sign-in, a secret
// given, a problem in the settings) or the lookup answers at once, that happens before start()
// returns, so connect first. Deleting the job drops an answer still to come.
//
// The secret travels as one SecretBuffer, moved from where it entered (the request, the lookup,
// the keychain, the OAuth token) into the PreparedSend. A receiver of prepared() that keeps the
// send takes it with takePrepared(); whatever is not taken is wiped when prepared() returns.
class TestSend : public QObject
{
    Q_OBJECT

public:
    using SecretDone = std::function<void(std::optional<SecretBuffer> secret, QString error)>;
    // Finds the password: calls `done` once with it, or with nullopt and why there is none.
    using SecretLookup = std::function<void(SecretDone done)>;

    // `store` and `oauth` may be null when nothing is to be read from them; `catalog` (null:
    // the built-in one) names the OAuth provider of a preset. All must outlive the job.
    TestSend(CredentialStore *store, OAuthAccess *oauth, const ProviderCatalog *catalog,
             QObject *parent = nullptr);
    ~TestSend() override;

    void setSecretLookup(SecretLookup lookup) { m_secretLookup = std::move(lookup); }
    // Finds the read-back mailbox's own password (another account than the sending one), in
    // place of the store's "imap" entry: the window's mailbox password box, which also knows
    // what was typed but not yet saved. Without it the store is asked.
    void setMailboxSecretLookup(SecretLookup lookup) { m_mailboxLookup = std::move(lookup); }
    // Takes the request's secret, if any (hence by value: std::move the request in).
    void start(TestSendRequest request);
    // The prepared send, moved out of the job: only while prepared() is being emitted (the job
    // wipes the secret when the emission returns), and only once.
    [[nodiscard]] PreparedSend takePrepared();

    // A profile that names no server cannot be sent with at all (checked first by start()).
    [[nodiscard]] static std::optional<TestSendProblem> checkServer(const Profile &profile);
    // A profile's extra CA file must be readable, at most CaFile::maxBytes, and hold a
    // certificate (checked second, before anything is looked up).
    [[nodiscard]] static std::optional<TestSendProblem> checkCaFile(const Profile &profile);
    // Whether a session that stops after `stopAfter` sends MAIL FROM, and so needs a sender.
    [[nodiscard]] static bool needsSender(std::optional<Stage> stopAfter);
    // Whether it sends RCPT TO, and so needs a recipient.
    [[nodiscard]] static bool needsRecipients(std::optional<Stage> stopAfter);
    // Whether the profile signs in with a password (or key) that must be found first.
    [[nodiscard]] static bool needsPassword(const Profile &profile);
    // Whether it signs in with an OAuth token that must be found (and maybe renewed) first.
    [[nodiscard]] static bool needsOAuthToken(const Profile &profile);

Q_SIGNALS:
    // The saved OAuth sign-in is being read (and renewed at the provider if it expires soon).
    void lookingUpSignIn();
    void prepared(const Sendcheck::PreparedSend &send);
    void failed(const Sendcheck::TestSendProblem &problem);

private:
    [[nodiscard]] std::optional<TestSendProblem> buildMessage(const TestSendRequest &request);
    [[nodiscard]] const ProviderCatalog &catalog();
    void lookUpPassword();
    void lookUpOAuthToken();
    void lookUpMailboxPassword();
    void finishWithSecret(SecretBuffer secret);
    void finish();
    void fail(TestSendProblem problem);

    CredentialStore *m_store;
    OAuthAccess *m_oauth;
    const ProviderCatalog *m_catalog;
    std::unique_ptr<ProviderCatalog> m_loadedCatalog; // when none was given
    SecretLookup m_secretLookup;
    SecretLookup m_mailboxLookup;
    PreparedSend m_send;
    // Another account's mailbox to read back from, whose own password is still to be looked up;
    // empty: none (or looked up already).
    QString m_mailboxUser;
    bool m_started = false;
    bool m_done = false;
    bool m_emitting = false; // prepared() is being emitted: takePrepared() may be called
};

} // namespace Sendcheck
