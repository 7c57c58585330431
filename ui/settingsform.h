// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace Sendcheck {

class CredentialStore;
class MessageFields;
class OAuthPanel;
class PasswordField;
class ProviderCatalog;
struct Provider;

// The settings of one profile and the test message: preset, server, sign-in, addresses,
// message, and the advanced settings. Maps a Profile to widgets and back; it does not save.
class SettingsForm : public QWidget
{
    Q_OBJECT
public:
    SettingsForm(const ProviderCatalog *catalog, CredentialStore *store, QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    // The profile as edited (id and name kept from setProfile()).
    [[nodiscard]] Profile profile() const;

    // Fills host, port, security, mechanism (and a fixed user name) from a preset.
    void applyPreset(const QString &presetId);
    [[nodiscard]] QString presetHints() const;

    [[nodiscard]] QString subject() const;
    [[nodiscard]] QString body() const;
    [[nodiscard]] QStringList attachments() const;
    [[nodiscard]] PasswordField *passwordField() const { return m_password; }
    // The read-back mailbox's own password, when it is another account (keychain "imap").
    [[nodiscard]] PasswordField *mailboxPasswordField() const { return m_mailboxPassword; }
    [[nodiscard]] OAuthPanel *oauthPanel() const { return m_oauth; }
    // Password or "Sign in with ..."; only offered for a preset with OAuth sign-in.
    void setSignIn(Profile::SignIn signIn);
    // The profile's name as the list shows it (a new profile takes its preset's name).
    void setProfileName(const QString &name) { m_profile.name = name; }
    [[nodiscard]] Profile::SignIn signIn() const;
    // The verdict's fix for a port that expects TLS from the start: the security changes, the
    // port stays (it is the port the server said yes to).
    void switchSecurityKeepingPort(Security security);

Q_SIGNALS:
    void edited();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateRowWrapping();
    void buildAdvanced(QWidget *container, CredentialStore *store);
    void buildReadBackMailbox(QFormLayout *form, QWidget *container, CredentialStore *store);
    // The mailbox password row shows while the mailbox user is another account that signs in
    // with a password of its own (ProfileImap::isOtherAccount, not with OAuth).
    void updateMailboxPasswordRow();
    void showReadBackMailbox(const Profile &profile, const Provider *provider);
    [[nodiscard]] ProfileImap readBackMailbox() const;
    void showHints(const Provider *provider);
    void showSignIn(const Provider *provider);
    void onSignInChosen();
    void onSignedIn(const QString &account);
    void onSecurityChanged();
    void onPortChanged(int port);
    void setSecurity(Security security);
    void setMechanism(AuthMechanism mechanism);
    [[nodiscard]] Security security() const;
    [[nodiscard]] AuthMechanism mechanism() const;

    const ProviderCatalog *m_catalog;
    Profile m_profile;
    QPointer<QWidget> m_room; // the scroll area's viewport the form lies in
    bool m_loading = false;
    QString m_lastUser; // From follows the user name while it was empty or the same
    bool m_followingRule = false; // a port or mode set by ProfileRules, not by the user

    QComboBox *m_preset = nullptr;
    QLabel *m_hints = nullptr;
    QComboBox *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_mechanism = nullptr;
    QFormLayout *m_form = nullptr;
    QFormLayout *m_advancedForm = nullptr;
    QComboBox *m_signIn = nullptr;
    QLineEdit *m_user = nullptr;
    PasswordField *m_password = nullptr;
    OAuthPanel *m_oauth = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    MessageFields *m_message = nullptr; // subject, text, attachments: the message, not the profile
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_ehlo = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPlainTextEdit *m_trusted = nullptr;
    QCheckBox *m_allowPlain = nullptr;
    // The read-back mailbox (Profile::imap): empty fields follow the preset.
    QCheckBox *m_imapReadBack = nullptr;
    QLineEdit *m_imapHost = nullptr;
    QSpinBox *m_imapPort = nullptr;
    QComboBox *m_imapSecurity = nullptr;
    QLineEdit *m_imapUser = nullptr;
    PasswordField *m_mailboxPassword = nullptr;
    QLabel *m_plainWarning = nullptr;
};

} // namespace Sendcheck
