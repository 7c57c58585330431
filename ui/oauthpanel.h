// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oauth/oauthoutcome.h"
#include "profiles/profile.h"
#include "providers/provider.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Sendcheck {

class CredentialStore;
class OAuthAccess;
class OAuthSignIn;

// The "Sign in with Google/Microsoft" part of the settings: the app registration (client id,
// tenant, client secret), the button that runs the browser sign-in, who is signed in, and
// "Sign out". Tokens go from OAuthSignIn straight to the keychain (OAuthAccess::save); this
// widget only ever shows the account name, never a token or the client secret.
class OAuthPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State {
        Checking, // asking the keychain what is saved
        NotSignedIn,
        SignedIn,
        SigningIn, // waiting for the browser
        Problem, // the last sign-in, sign-out or keychain read failed; see statusText()
    };
    // Opens the provider's page; replaceable so tests and screenshots never start a browser.
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit OAuthPanel(CredentialStore *store, QWidget *parent = nullptr);
    ~OAuthPanel() override;

    // Shows `profile`'s registration and sign-in state for `preset` (which has `oauth`). A
    // sign-in still running for another profile is cancelled.
    void setProfile(const Profile &profile, const Provider &preset);
    // Writes the fields this panel edits (client id, tenant, signed-in account) into `profile`.
    void applyTo(Profile &profile) const;
    // The user name as typed in the form: for the login hint and the "token belongs to" check.
    void setUserName(const QString &userName);
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // Cancels a running sign-in, e.g. when the form switches back to password sign-in.
    void cancelSignIn();

    void signIn();
    void signOut();
    // Reads again what the keychain holds (after a send found the sign-in expired, ...).
    void refresh();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString account() const { return m_account; }
    [[nodiscard]] QString mismatchWarning() const;
    [[nodiscard]] QUrl authorizationUrl() const { return m_authorizationUrl; }

Q_SIGNALS:
    void edited();
    // A sign-in finished and its tokens are in the keychain.
    void signedIn(const QString &account);
    void signedOut();
    void stateChanged(Sendcheck::OAuthPanel::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Cancels a running sign-in without waiting for (or showing) its answer.
    void dropSignIn();
    void applyColors();
    void setState(State state, const QString &detail = QString());
    void updateWarning();
    void onAuthorizationUrl(const QUrl &url);
    void onSignInFinished(const OAuthOutcome &outcome);
    [[nodiscard]] Profile currentProfile() const;

    std::unique_ptr<OAuthAccess> m_access;
    QPointer<OAuthSignIn> m_signIn;
    Profile m_profile;
    std::optional<Provider> m_preset; // has `oauth`
    QString m_account;
    QString m_userName;
    QUrl m_authorizationUrl;
    State m_state = State::NotSignedIn;
    QString m_detail;
    quint64 m_generation = 0; // keychain answers for an earlier profile are ignored
    UrlOpener m_openUrl;

    QLineEdit *m_clientId = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QByteArray m_savedClientSecret; // from the saved sign-in, in memory only
    QLabel *m_help = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_signOutButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_warning = nullptr;
    QWidget *m_waiting = nullptr;
    QLineEdit *m_link = nullptr;
    QPushButton *m_copyLink = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Sendcheck
