// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/discoveryoptions.h"
#include "discovery/discoveryresult.h"
#include "profiles/profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Sendcheck {

class CredentialStore;
class Discovery;
class DnsResolver;
class OAuthPanel;
class PasswordField;
class ProfileStore;
class ProviderCatalog;

// "New profile from address…": type the address, watch discovery's sources fill in (core/
// discovery), pick a server (the recommended one is preselected: TLS on 465 before STARTTLS on
// 587), type the password (saved to the keychain through the CredentialStore) or sign in with
// the preset's OAuth provider, and the profile is saved to the ProfileStore.
class NewProfileDialog : public QDialog
{
    Q_OBJECT
public:
    NewProfileDialog(ProfileStore *profiles, CredentialStore *credentials,
                     const ProviderCatalog *catalog, QWidget *parent = nullptr);
    ~NewProfileDialog() override;

    // For tests and the screenshot: where discovery looks (default: the environment, see
    // DiscoveryOptions::fromEnvironment) and the resolver it asks (default: the system's,
    // through libunbound). The resolver is not owned.
    void setDiscoveryOptions(const DiscoveryOptions &options);
    void setResolver(DnsResolver *resolver) { m_externalResolver = resolver; }

    // Starts discovery for `address` (as the "Find settings" button does).
    void findSettings(const QString &address);
    // Saves the profile as the Save button does; false (and the reason shown) on failure.
    bool saveProfile();

    [[nodiscard]] const DiscoveryResult &result() const { return m_result; }
    [[nodiscard]] QTreeWidget *sourcesView() const { return m_sources; }
    [[nodiscard]] QTreeWidget *candidatesView() const { return m_candidates; }
    [[nodiscard]] QLineEdit *addressEdit() const { return m_address; }
    [[nodiscard]] PasswordField *passwordField() const { return m_password; }
    [[nodiscard]] QComboBox *signInChoice() const { return m_signIn; }
    [[nodiscard]] QString savedProfileId() const { return m_savedId; }
    [[nodiscard]] bool isFinished() const { return m_result.finished; }

Q_SIGNALS:
    void discoveryFinished();
    void profileSaved(const QString &profileId);

public Q_SLOTS:
    void reject() override;

private:
    void onChanged();
    void fillSources();
    void fillCandidates();
    void onCandidateChosen();
    void updateSignIn();
    void updateButtons();
    [[nodiscard]] const DiscoveryCandidate *chosenCandidate() const;
    [[nodiscard]] QString uniqueName(const QString &wanted) const;

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    const ProviderCatalog *m_catalog;
    DiscoveryOptions m_options;
    DnsResolver *m_externalResolver = nullptr;
    std::unique_ptr<DnsResolver> m_ownResolver;
    std::unique_ptr<Discovery> m_discovery;
    DiscoveryResult m_result;
    Profile m_profile; // the one being made; its id keys the keychain entry
    QString m_savedId;

    QLineEdit *m_address = nullptr;
    QPushButton *m_find = nullptr;
    QCheckBox *m_offline = nullptr;
    QLabel *m_state = nullptr;
    QTreeWidget *m_sources = nullptr;
    QTreeWidget *m_candidates = nullptr;
    QLabel *m_candidateNote = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_userName = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_signIn = nullptr;
    PasswordField *m_password = nullptr;
    OAuthPanel *m_oauth = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sendcheck
