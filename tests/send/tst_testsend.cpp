// SPDX-License-Identifier: GPL-3.0-or-later
// TestSend: one profile (plus the request) -> server settings, credentials and the message, or a
// problem naming the field; the keychain played by MemoryCredentialStore.
#include "credentials/memorycredentialstore.h"
#include "message/messagesource.h"
#include "oauth/oauthaccess.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"
#include "send/testsend.h"
#include "smtp/smtpsession.h"
#include "testcertificates.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <type_traits>

using namespace Sendcheck;

namespace {

// What one job reported.
struct Report
{
    std::optional<PreparedSend> prepared;
    std::optional<TestSendProblem> problem;
    bool lookedUpSignIn = false;
    bool answeredInsideStart = false;
};

bool writeSecret(CredentialStore &store, const QString &id, const QByteArray &secret,
                 bool oauth = false)
{
    std::optional<bool> ok;
    QObject context;
    const auto done = [&](const CredentialResult &result) { ok = result.ok(); };
    if (oauth)
        store.writeOAuthTokens(id, secret, &context, done);
    else
        store.write(id, secret, &context, done);
    return QTest::qWaitFor([&] { return ok.has_value(); }, 5000) && *ok;
}

// A real CA file (TestCertificates'), set up by initTestCase: TestSend reads it.
QString caFilePath;

Profile passwordProfile()
{
    Profile profile = Profile::create(QStringLiteral("Lab"));
    profile.host = QStringLiteral("smtp.example.org");
    profile.port = 2525;
    profile.security = Security::StartTls;
    profile.mechanism = AuthMechanism::Login;
    profile.userName = QStringLiteral("me@example.org");
    profile.from = QStringLiteral("me@example.org");
    profile.defaultTo = {QStringLiteral("you@example.org"), QStringLiteral("them@example.org")};
    profile.ehloName = QStringLiteral("box.example.org");
    profile.timeoutSeconds = 20;
    profile.caFile = caFilePath;
    profile.pins = {{profile.host, profile.port, QByteArray(64, 'a')},
                    {QStringLiteral("smtp.example.org"), 465, QByteArray(64, 'b')},
                    {QStringLiteral("evil.example"), 2525, QByteArray(64, 'c')}};
    profile.allowPlainAuth = true;
    return profile;
}

TestSendRequest requestFor(const Profile &profile)
{
    TestSendRequest request;
    request.profile = profile;
    request.subject = QStringLiteral("Hello");
    request.textBody = QStringLiteral("Body");
    return request;
}

// A request is move-only when it carries a secret; the tests reuse theirs, so run() starts the
// job with a copy (the secret in a buffer of the copy's own).
TestSendRequest copyOf(const TestSendRequest &request)
{
    TestSendRequest copy;
    copy.profile = request.profile;
    copy.stopAfter = request.stopAfter;
    copy.cc = request.cc;
    copy.subject = request.subject;
    copy.textBody = request.textBody;
    copy.htmlBody = request.htmlBody;
    copy.attachments = request.attachments;
    copy.messageId = request.messageId;
    copy.readBack = request.readBack;
    copy.readBackUser = request.readBackUser;
    if (request.secret)
        copy.secret = SecretBuffer(request.secret->view());
    return copy;
}

void compareSettings(const ServerSettings &a, const ServerSettings &b)
{
    QCOMPARE(a.host, b.host);
    QCOMPARE(a.port, b.port);
    QCOMPARE(a.security, b.security);
    QCOMPARE(a.mechanism, b.mechanism);
    QCOMPARE(a.userName, b.userName);
    QCOMPARE(a.ehloName, b.ehloName);
    QCOMPARE(a.caFile, b.caFile);
    QCOMPARE(a.pinnedSha256, b.pinnedSha256);
    QCOMPARE(a.allowPlainAuth, b.allowPlainAuth);
    QCOMPARE(a.timeouts.greeting, b.timeouts.greeting);
    QCOMPARE(a.timeouts.dataTermination, b.timeouts.dataTermination);
}

} // namespace

class TestTestSend : public QObject
{
    Q_OBJECT

private:
    ProviderCatalog m_catalog = ProviderCatalog::loadDefault();
    TestSupport::TestCertificates m_certificates;

    Report run(CredentialStore *store, const TestSendRequest &request,
               TestSend::SecretLookup lookup = {}, TestSend::SecretLookup mailboxLookup = {})
    {
        OAuthAccess oauth(store);
        TestSend job(store, &oauth, &m_catalog);
        if (lookup)
            job.setSecretLookup(std::move(lookup));
        if (mailboxLookup)
            job.setMailboxSecretLookup(std::move(mailboxLookup));
        Report report;
        bool inStart = true;
        connect(&job, &TestSend::lookingUpSignIn, this, [&] { report.lookedUpSignIn = true; });
        connect(&job, &TestSend::prepared, this, [&] {
            QVERIFY(!report.prepared && !report.problem); // exactly once
            report.prepared = job.takePrepared();
            report.answeredInsideStart = inStart;
        });
        connect(&job, &TestSend::failed, this, [&](const TestSendProblem &problem) {
            QVERIFY(!report.prepared && !report.problem);
            report.problem = problem;
            report.answeredInsideStart = inStart;
        });
        job.start(copyOf(request));
        inStart = false;
        const bool answered
            = QTest::qWaitFor([&] { return report.prepared || report.problem; }, 5000);
        Q_UNUSED(answered) // the callers check what was reported
        QTest::qWait(20); // nothing more may come
        return report;
    }

    // A Microsoft 365 profile that signs in with OAuth through the app "test-client".
    Profile oauthProfile()
    {
        Profile profile = passwordProfile();
        profile.presetId = QStringLiteral("microsoft-365");
        profile.signIn = Profile::SignIn::OAuth;
        profile.mechanism = AuthMechanism::XOAuth2;
        profile.oauthClientId = QStringLiteral("test-client");
        return profile;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_certificates.isValid(), qPrintable(m_certificates.errorString()));
        caFilePath = m_certificates.caCertPath();
    }

    void passwordFromTheKeychain()
    {
        MemoryCredentialStore store;
        const Profile profile = passwordProfile();
        QVERIFY(writeSecret(store, profile.id, "Pl4nted-S3cret"));
        const Report report = run(&store, requestFor(profile));
        QVERIFY(report.prepared);
        QVERIFY(!report.answeredInsideStart); // the keychain answers from the event loop
        QVERIFY(!report.lookedUpSignIn);
        const PreparedSend &send = *report.prepared;
        QCOMPARE(send.profile, profile);
        compareSettings(send.settings, profile.toServerSettings());
        QCOMPARE(send.settings.timeouts.greeting, std::chrono::milliseconds(20000));
        // Only the pin made for this host and port reaches the session.
        QCOMPARE(send.settings.pinnedSha256, QList<QByteArray> {QByteArray(64, 'a')});
        QCOMPARE(send.credentials.userName, QStringLiteral("me@example.org"));
        QCOMPARE(send.credentials.secret.view().toByteArray(), QByteArray("Pl4nted-S3cret"));
        QCOMPARE(send.credentials.kind, Credentials::Kind::Password);
        QVERIFY(!send.stopAfter);
        QVERIFY(send.message);
        QCOMPARE(send.message->from().addrSpec(), QStringLiteral("me@example.org"));
        QCOMPARE(
            send.message->envelopeRecipients(),
            QStringList({QStringLiteral("you@example.org"), QStringLiteral("them@example.org")}));
        QCOMPARE(send.message->subject(), QStringLiteral("Hello"));
        QCOMPARE(send.message->textBody(), QStringLiteral("Body"));
        QVERIFY(send.notes.isEmpty());

        // Applied to a session, the message goes as prepared.
        SmtpSession session;
        QString error;
        QVERIFY2(send.applyTo(session, 1, &error), qPrintable(error));
    }

    void tokenKindFollowsTheMethod()
    {
        MemoryCredentialStore store;
        Profile profile = passwordProfile();
        profile.mechanism = AuthMechanism::XOAuth2; // a token pasted as the "password"
        QVERIFY(writeSecret(store, profile.id, "token"));
        const Report report = run(&store, requestFor(profile));
        QVERIFY(report.prepared);
        QCOMPARE(report.prepared->credentials.kind, Credentials::Kind::OAuthToken);
    }

    void theSecretIsMovedNotCopied()
    {
        static_assert(!std::is_copy_constructible_v<PreparedSend>);
        static_assert(!std::is_copy_constructible_v<TestSendRequest>);
        static_assert(
            std::is_same_v<decltype(TestSendRequest::secret), std::optional<SecretBuffer>>);
        static_assert(std::is_same_v<TestSend::SecretDone,
                                     std::function<void(std::optional<SecretBuffer>, QString)>>);
        MemoryCredentialStore store;
        const Profile profile = passwordProfile();

        // Handed in: the request's buffer is the one that ends in the prepared send.
        TestSendRequest request = requestFor(profile);
        request.secret = SecretBuffer(QByteArrayView("Pl4nted-S3cret"));
        const char *given = request.secret->data();
        TestSend job(&store, nullptr, &m_catalog);
        std::optional<PreparedSend> prepared;
        connect(&job, &TestSend::prepared, this, [&] { prepared = job.takePrepared(); });
        job.start(std::move(request));
        QVERIFY(prepared);
        QCOMPARE(static_cast<const void *>(prepared->credentials.secret.data()),
                 static_cast<const void *>(given));
        QCOMPARE(prepared->credentials.secret.view(), QByteArrayView("Pl4nted-S3cret"));

        // From a lookup (the password box): its buffer, moved on.
        const char *looked = nullptr;
        TestSend lookupJob(&store, nullptr, &m_catalog);
        lookupJob.setSecretLookup([&](TestSend::SecretDone done) {
            SecretBuffer typed(QByteArrayView("typed"));
            looked = typed.data();
            done(std::move(typed), QString());
        });
        std::optional<PreparedSend> fromLookup;
        connect(&lookupJob, &TestSend::prepared, this,
                [&] { fromLookup = lookupJob.takePrepared(); });
        lookupJob.start(requestFor(profile));
        QVERIFY(fromLookup);
        QCOMPARE(static_cast<const void *>(fromLookup->credentials.secret.data()),
                 static_cast<const void *>(looked));
    }

    void aSecretNotTakenIsWiped()
    {
        MemoryCredentialStore store;
        TestSendRequest request = requestFor(passwordProfile());
        request.secret = SecretBuffer(QByteArrayView("Pl4nted-S3cret"));
        TestSend job(&store, nullptr, &m_catalog);
        const char *bytes = nullptr;
        qsizetype size = 0;
        // A receiver that only looks (the window copies it into its session's own buffer).
        connect(&job, &TestSend::prepared, this, [&](const PreparedSend &send) {
            bytes = send.credentials.secret.data();
            size = send.credentials.secret.size();
            QCOMPARE(send.credentials.secret.view(), QByteArrayView("Pl4nted-S3cret"));
        });
        job.start(std::move(request));
        QVERIFY(bytes && size > 0);
        // Still the job's allocation (freed with the job), overwritten when prepared() returned.
        QVERIFY(std::all_of(bytes, bytes + size, [](char c) { return c == '\0'; }));
    }

    void givenSecretWinsOverTheKeychain()
    {
        MemoryCredentialStore store;
        const Profile profile = passwordProfile();
        QVERIFY(writeSecret(store, profile.id, "saved"));
        TestSendRequest request = requestFor(profile);
        request.secret = SecretBuffer(QByteArrayView("given"));
        const Report report = run(&store, request);
        QVERIFY(report.prepared);
        QVERIFY(report.answeredInsideStart); // nothing to look up
        QCOMPARE(report.prepared->credentials.secret.view().toByteArray(), QByteArray("given"));

        // A secret without a user name to sign in with.
        request.profile.userName.clear();
        const Report noUser = run(&store, request);
        QVERIFY(noUser.problem);
        QCOMPARE(noUser.problem->field, TestSendProblem::Field::UserName);
    }

    void noSignInNeedsNoSecret_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<AuthMechanism>("mechanism");
        QTest::newRow("no user name") << QString() << AuthMechanism::Auto;
        QTest::newRow("no sign-in") << QStringLiteral("me") << AuthMechanism::None;
    }
    void noSignInNeedsNoSecret()
    {
        QFETCH(QString, user);
        QFETCH(AuthMechanism, mechanism);
        MemoryCredentialStore store;
        store.simulateFailure(CredentialResult::Status::AccessDenied); // must not be asked
        Profile profile = passwordProfile();
        profile.userName = user;
        profile.mechanism = mechanism;
        const Report report = run(&store, requestFor(profile));
        QVERIFY(report.prepared);
        QVERIFY(report.answeredInsideStart);
        QVERIFY(report.prepared->credentials.secret.isEmpty());
        QCOMPARE(report.prepared->credentials.userName, user);
    }

    // A read-back from another account than the sending one takes that mailbox's own password
    // from the keychain (its own kind, never the sending password); the same account needs none.
    void readBackMailboxPasswordFromTheKeychain()
    {
        MemoryCredentialStore store;
        Profile profile = passwordProfile();
        QVERIFY(writeSecret(store, profile.id, "Pl4nted-S3cret"));
        TestSendRequest request = requestFor(profile);
        request.readBack = true;
        Report report = run(&store, request);
        QVERIFY(report.prepared);
        QVERIFY(!report.prepared->readBackSecret); // the same account: the send's secret

        profile.imap.userName = QStringLiteral("inbox@example.org");
        request = requestFor(profile);
        request.readBack = true;
        report = run(&store, request);
        // None saved: the sending secret is tried, and the note says how to save its own.
        QVERIFY(report.prepared);
        QVERIFY(!report.prepared->readBackSecret);
        QCOMPARE(report.prepared->notes.size(), 1);
        QVERIFY2(report.prepared->notes.constFirst().contains(QStringLiteral("inbox@example.org"))
                     && report.prepared->notes.constFirst().contains(
                         QStringLiteral("password set --imap")),
                 qPrintable(report.prepared->notes.constFirst()));

        std::optional<bool> written;
        QObject context;
        store.writeImapPassword(profile.id, "Pl4nted-Mailbox", &context,
                                [&](const CredentialResult &result) { written = result.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 5000) && *written);
        report = run(&store, request);
        QVERIFY(report.prepared);
        QCOMPARE(report.prepared->credentials.secret.view().toByteArray(),
                 QByteArray("Pl4nted-S3cret"));
        QVERIFY(report.prepared->readBackSecret);
        QCOMPARE(report.prepared->readBackSecret->view().toByteArray(),
                 QByteArray("Pl4nted-Mailbox"));

        // A flag naming the sending user again needs no mailbox password; without read-back
        // none is read either.
        request.readBackUser = profile.userName;
        QVERIFY(!run(&store, request).prepared->readBackSecret);
        request = requestFor(profile);
        QVERIFY(!run(&store, request).prepared->readBackSecret);

        // The two secrets are records of their own kinds: neither is handed out as the other.
        std::optional<QByteArray> password;
        store.read(profile.id, &context,
                   [&](CredentialResult result) { password = result.secret.view().toByteArray(); });
        QVERIFY(QTest::qWaitFor([&] { return password.has_value(); }, 5000));
        QCOMPARE(*password, QByteArray("Pl4nted-S3cret"));
    }

    void passwordProblems()
    {
        MemoryCredentialStore store;
        const Profile profile = passwordProfile();
        Report report = run(&store, requestFor(profile));
        QVERIFY(report.problem);
        QCOMPARE(report.problem->field, TestSendProblem::Field::Password);
        QCOMPARE(report.problem->title, QStringLiteral("No password"));
        QCOMPARE(report.problem->keychainStatus, std::optional(CredentialResult::Status::NotFound));
        QVERIFY2(report.problem->detail.contains(QStringLiteral("\"Lab\"")),
                 qPrintable(report.problem->detail));

        store.simulateFailure(CredentialResult::Status::AccessDenied);
        report = run(&store, requestFor(profile));
        QVERIFY(report.problem);
        QCOMPARE(report.problem->keychainStatus,
                 std::optional(CredentialResult::Status::AccessDenied));
        QVERIFY(!report.problem->reason.isEmpty());

        // A profile that was never saved has no keychain entry to ask for.
        Profile unsaved = profile;
        unsaved.id.clear();
        report = run(&store, requestFor(unsaved));
        QVERIFY(report.problem);
        QCOMPARE(report.problem->field, TestSendProblem::Field::Password);
        QVERIFY(!report.problem->keychainStatus);
    }

    void secretLookupReplacesTheKeychain()
    {
        MemoryCredentialStore store; // empty: only the lookup knows the password
        const Profile profile = passwordProfile();
        int asked = 0;
        Report report = run(&store, requestFor(profile), [&](TestSend::SecretDone done) {
            ++asked;
            done(SecretBuffer(QByteArrayView("typed")), QString());
        });
        QCOMPARE(asked, 1);
        QVERIFY(report.prepared);
        QCOMPARE(report.prepared->credentials.secret.view().toByteArray(), QByteArray("typed"));

        report = run(&store, requestFor(profile), [](TestSend::SecretDone done) {
            done(std::nullopt, QStringLiteral("Type it in the box."));
        });
        QVERIFY(report.problem);
        QCOMPARE(report.problem->field, TestSendProblem::Field::Password);
        QCOMPARE(report.problem->detail, QStringLiteral("Type it in the box."));
    }

    // The window's mailbox password box answers for another account's mailbox (what is typed
    // counts before it is saved); asked only for another account, and a box without one says
    // why in a note while the sending secret is tried.
    void mailboxLookupReplacesTheKeychain()
    {
        MemoryCredentialStore store;
        Profile profile = passwordProfile();
        QVERIFY(writeSecret(store, profile.id, "Pl4nted-S3cret"));
        int asked = 0;
        const auto typed = [&](TestSend::SecretDone done) {
            ++asked;
            done(SecretBuffer(QByteArrayView("typed-mailbox")), QString());
        };
        TestSendRequest request = requestFor(profile);
        request.readBack = true;
        Report report = run(&store, request, {}, typed);
        QCOMPARE(asked, 0); // the sending account's own mailbox
        QVERIFY(report.prepared && !report.prepared->readBackSecret);

        profile.imap.userName = QStringLiteral("inbox@example.org");
        request = requestFor(profile);
        request.readBack = true;
        report = run(&store, request, {}, typed);
        QCOMPARE(asked, 1);
        QVERIFY(report.prepared && report.prepared->readBackSecret);
        QCOMPARE(report.prepared->readBackSecret->view().toByteArray(),
                 QByteArray("typed-mailbox"));
        QVERIFY(report.prepared->notes.isEmpty());

        report = run(&store, request, {}, [](TestSend::SecretDone done) {
            done(std::nullopt, QStringLiteral("none is saved; type it in the box"));
        });
        QVERIFY(report.prepared && !report.prepared->readBackSecret);
        QCOMPARE(report.prepared->notes.size(), 1);
        QVERIFY2(report.prepared->notes.constFirst().contains(QStringLiteral("type it in the box")),
                 qPrintable(report.prepared->notes.constFirst()));
    }

    void settingsAndMessageProblems_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QStringList>("cc");
        QTest::addColumn<QStringList>("attachments");
        QTest::addColumn<TestSendProblem::Field>("field");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("value");
        const QString from = QStringLiteral("me@example.org");
        const QStringList to {QStringLiteral("you@example.org")};
        QTest::newRow("no server")
            << QStringLiteral(" ") << from << to << QStringList() << QStringList()
            << TestSendProblem::Field::Server << QStringLiteral("Which server?") << QString();
        QTest::newRow("no sender") << QStringLiteral("h") << QString() << to << QStringList()
                                   << QStringList() << TestSendProblem::Field::From
                                   << QStringLiteral("The From address is not usable") << QString();
        QTest::newRow("bad sender")
            << QStringLiteral("h") << QStringLiteral("not an address") << to << QStringList()
            << QStringList() << TestSendProblem::Field::From
            << QStringLiteral("The From address is not usable") << QStringLiteral("not an address");
        QTest::newRow("bad recipient")
            << QStringLiteral("h") << from
            << QStringList {QStringLiteral("a@b"), QStringLiteral("x y")} << QStringList()
            << QStringList() << TestSendProblem::Field::To
            << QStringLiteral("A To address is not usable") << QStringLiteral("x y");
        QTest::newRow("bad copy") << QStringLiteral("h") << from << to
                                  << QStringList {QStringLiteral("@")} << QStringList()
                                  << TestSendProblem::Field::Cc
                                  << QStringLiteral("A Cc address is not usable")
                                  << QStringLiteral("@");
        QTest::newRow("nobody") << QStringLiteral("h") << from << QStringList() << QStringList()
                                << QStringList() << TestSendProblem::Field::To
                                << QStringLiteral("Who should get the test message?") << QString();
        QTest::newRow("missing attachment")
            << QStringLiteral("h") << from << to << QStringList()
            << QStringList {QStringLiteral("/nonexistent/file.pdf")}
            << TestSendProblem::Field::Message << QStringLiteral("The test message cannot be sent")
            << QString();
    }
    void settingsAndMessageProblems()
    {
        QFETCH(QString, host);
        QFETCH(QString, from);
        QFETCH(QStringList, to);
        QFETCH(QStringList, cc);
        QFETCH(QStringList, attachments);
        QFETCH(TestSendProblem::Field, field);
        QFETCH(QString, title);
        QFETCH(QString, value);
        MemoryCredentialStore store;
        store.simulateFailure(CredentialResult::Status::AccessDenied); // found before asking
        Profile profile = passwordProfile();
        profile.host = host;
        profile.from = from;
        profile.defaultTo = to;
        TestSendRequest request = requestFor(profile);
        request.cc = cc;
        request.attachments = attachments;
        const Report report = run(&store, request);
        QVERIFY(report.problem);
        QVERIFY(report.answeredInsideStart);
        QCOMPARE(report.problem->field, field);
        QCOMPARE(report.problem->title, title);
        QCOMPARE(report.problem->value, value);
        QVERIFY(!report.problem->detail.isEmpty());
        if (!value.isEmpty())
            QVERIFY(!report.problem->reason.isEmpty());
    }

    void stopStageDecidesWhatIsNeeded()
    {
        MemoryCredentialStore store;
        Profile profile = passwordProfile();
        profile.userName.clear(); // no secret needed
        profile.from.clear();
        profile.defaultTo.clear();

        // A connection test needs no message at all.
        TestSendRequest request = requestFor(profile);
        request.stopAfter = Stage::Auth;
        Report report = run(&store, request);
        QVERIFY(report.prepared);
        QVERIFY(!report.prepared->message);
        QCOMPARE(report.prepared->stopAfter, std::optional(Stage::Auth));

        // Stopping after MAIL FROM needs a sender, not a recipient.
        request.stopAfter = Stage::MailFrom;
        report = run(&store, request);
        QVERIFY(report.problem);
        QCOMPARE(report.problem->field, TestSendProblem::Field::From);
        request.profile.from = QStringLiteral("me@example.org");
        report = run(&store, request);
        QVERIFY(report.prepared);
        QVERIFY(report.prepared->message);
        QCOMPARE(report.prepared->message->to().size(), 1);

        // Stopping after RCPT TO needs a recipient.
        request.stopAfter = Stage::RcptTo;
        report = run(&store, request);
        QVERIFY(report.problem);
        QCOMPARE(report.problem->field, TestSendProblem::Field::To);

        QVERIFY(!TestSend::needsSender(Stage::Ehlo));
        QVERIFY(TestSend::needsSender(std::nullopt));
        QVERIFY(!TestSend::needsRecipients(Stage::MailFrom));
    }

    void oauthNotSetUpOrNotSignedIn()
    {
        MemoryCredentialStore store;
        Profile profile = oauthProfile();
        profile.oauthClientId.clear();
        Report report = run(&store, requestFor(profile));
        QVERIFY(report.problem);
        QCOMPARE(report.problem->field, TestSendProblem::Field::SignIn);
        QCOMPARE(report.problem->oauthStatus, OAuthOutcome::Status::NotConfigured);
        QCOMPARE(report.problem->title, QStringLiteral("The sign-in with Microsoft is not set up"));
        QVERIFY(report.problem->detail.contains(QStringLiteral("client id")));
        QVERIFY(!report.lookedUpSignIn);

        report = run(&store, requestFor(oauthProfile()));
        QVERIFY(report.problem);
        QVERIFY(report.lookedUpSignIn);
        QCOMPARE(report.problem->oauthStatus, OAuthOutcome::Status::NotSignedIn);
        QCOMPARE(report.problem->title, QStringLiteral("Not signed in with Microsoft"));
        QCOMPARE(report.problem->signInName, QStringLiteral("Microsoft"));
    }

    void oauthTokenFromTheKeychain()
    {
        MemoryCredentialStore store;
        const Profile profile = oauthProfile();
        const auto config
            = OAuthConfig::forProfile(profile, m_catalog.find(profile.presetId), nullptr);
        QVERIFY(config);
        OAuthTokens tokens;
        tokens.accessToken = "Pl4nted-Access-T0ken";
        tokens.refreshToken = "Pl4nted-Refresh-T0ken";
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        tokens.account = QStringLiteral("alex@example.com");
        tokens.markIssuedFor(*config);
        QVERIFY(writeSecret(store, profile.id, tokens.serialize(), true));
        QVERIFY(writeSecret(store, profile.id, "a-password-that-must-not-be-used"));

        const Report report = run(&store, requestFor(profile));
        QVERIFY(report.prepared);
        QVERIFY(report.lookedUpSignIn);
        const Credentials &credentials = report.prepared->credentials;
        QCOMPARE(credentials.kind, Credentials::Kind::OAuthToken);
        QCOMPARE(credentials.secret.view().toByteArray(), QByteArray("Pl4nted-Access-T0ken"));
        QCOMPARE(credentials.userName, QStringLiteral("me@example.org"));
        QCOMPARE(credentials.signedInAccount, QStringLiteral("alex@example.com"));
        compareSettings(report.prepared->settings, profile.toServerSettings());

        // "No sign-in" needs no token.
        Profile none = profile;
        none.mechanism = AuthMechanism::None;
        const Report noSignIn = run(&store, requestFor(none));
        QVERIFY(noSignIn.prepared);
        QVERIFY(!noSignIn.lookedUpSignIn);
        QVERIFY(noSignIn.prepared->credentials.secret.isEmpty());
    }

    // The issue 17 reproduction: a profile file whose id is "<another profile's id>/oauth"
    // made the next send read that profile's OAuth token entry and send it to the imported
    // profile's server as a password. An import gets a new id, and an id that is not one the
    // store issues reads nothing at all.
    void importedProfileCannotBorrowAnotherProfilesSecret()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore store;
        QString error;
        Profile victim = oauthProfile();
        victim.name = QStringLiteral("Victim");
        QVERIFY(profiles.add(victim, &error));
        OAuthTokens tokens;
        tokens.accessToken = "Victims-Access-T0ken";
        tokens.refreshToken = "Victims-Refresh-T0ken";
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(writeSecret(store, victim.id, tokens.serialize(), true));
        QVERIFY(writeSecret(store, victim.id, "Victims-Password"));

        // Someone else's file: a password sign-in to their server, with a chosen id.
        for (const QString &forgedId : {victim.id + QStringLiteral("/oauth"), victim.id}) {
            Profile shared = passwordProfile();
            shared.name = QStringLiteral("Shared settings ") + forgedId.right(5);
            shared.host = QStringLiteral("smtp.attacker.example");
            QJsonObject object = shared.toJson();
            object.insert(QStringLiteral("id"), forgedId);
            const QString path = dir.filePath(QStringLiteral("shared.json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QJsonDocument(object).toJson());
            file.close();
            const auto imported = ProfileStore::importProfile(path, &error);
            QVERIFY2(imported, qPrintable(error));
            QVERIFY(profiles.add(*imported, &error));

            const Report report = run(&store, requestFor(*imported));
            QVERIFY(!report.prepared);
            QVERIFY(report.problem);
            QCOMPARE(report.problem->field, TestSendProblem::Field::Password);
            QCOMPARE(report.problem->keychainStatus, CredentialResult::Status::NotFound);
        }

        // Even a profile that carries such an id (made in memory, never through the store)
        // gets nothing: the id is refused before a keychain key is built from it.
        Profile forged = passwordProfile();
        forged.id = victim.id + QStringLiteral("/oauth");
        const Report report = run(&store, requestFor(forged));
        QVERIFY(!report.prepared);
        QVERIFY(report.problem);
        QCOMPARE(report.problem->keychainStatus, CredentialResult::Status::Error);
        QVERIFY(!report.problem->detail.contains(QStringLiteral("Victims")));
    }

    // The extra CA file is read with a limit and must hold a certificate before any session
    // is prepared: /dev/zero is refused at once.
    void unusableCaFileIsAProblem_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("wording");
        QTest::newRow("endless") << QStringLiteral("/dev/zero") << QStringLiteral("larger than");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/ca.pem")
                                 << QStringLiteral("cannot be read");
        QTest::newRow("not a certificate") << QString() << QStringLiteral("no certificate");
    }

    void unusableCaFileIsAProblem()
    {
        QFETCH(QString, path);
        QFETCH(QString, wording);
        QTemporaryDir dir;
        if (path.isEmpty()) { // a file that is there and small, but holds no certificate
            path = dir.filePath(QStringLiteral("ca.pem"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        }
        MemoryCredentialStore store;
        Profile profile = passwordProfile();
        profile.caFile = path;
        QVERIFY(writeSecret(store, profile.id, "secret"));
        QElapsedTimer timer;
        timer.start();
        const Report report = run(&store, requestFor(profile));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!report.prepared);
        QVERIFY(report.problem);
        QCOMPARE(report.problem->field, TestSendProblem::Field::CaFile);
        QCOMPARE(report.problem->value, path);
        QVERIFY2(report.problem->detail.contains(wording), qPrintable(report.problem->detail));
    }

    void deletedJobReportsNothing()
    {
        MemoryCredentialStore store;
        const Profile profile = passwordProfile();
        QVERIFY(writeSecret(store, profile.id, "secret"));
        bool reported = false;
        TestSend::SecretDone pending;
        {
            auto job = std::make_unique<TestSend>(&store, nullptr, &m_catalog);
            connect(job.get(), &TestSend::prepared, this, [&] { reported = true; });
            connect(job.get(), &TestSend::failed, this, [&] { reported = true; });
            job->start(requestFor(profile)); // the keychain has not answered yet
        }
        QTest::qWait(100);
        QVERIFY(!reported);

        // A lookup that answers after the job is gone (the window's password box) is ignored.
        {
            auto job = std::make_unique<TestSend>(&store, nullptr, &m_catalog);
            job->setSecretLookup([&](TestSend::SecretDone done) { pending = std::move(done); });
            connect(job.get(), &TestSend::prepared, this, [&] { reported = true; });
            job->start(requestFor(profile));
        }
        QVERIFY(pending);
        pending(SecretBuffer(QByteArrayView("late")), QString());
        QVERIFY(!reported);
    }
};

QTEST_GUILESS_MAIN(TestTestSend)
#include "tst_testsend.moc"
