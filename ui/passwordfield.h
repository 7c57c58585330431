// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialresult.h"
#include "credentials/credentialstore.h"
#include "smtp/secretbuffer.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <map>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Sendcheck {

// The password box of a profile (or, with Kind::ImapPassword, of its read-back mailbox when
// that is another account: the keychain's "imap" entry, ProfileImap): typing a password and leaving
// the box (or starting a session) saves it in the CredentialStore under the profile's id; a saved
// password is never read back into the box. When there is no secure storage the password is kept in
// memory for this session only, and the box says so.
//
// What is typed leaves the box as one SecretBuffer (commit()); the session copy is a buffer
// too. The line edit's own storage cannot be wiped from here: QLineEdit keeps its text in a
// private QString (and the input method may have seen it). The box is emptied with setText(),
// which drops its undo history (clear() would keep each removed character there), and the
// text's bytes, then held only by commit()'s copy, are overwritten.
class PasswordField : public QWidget
{
    Q_OBJECT
public:
    enum class State {
        Unknown, // still asking the store
        Saved, // in the system keychain
        NotSaved,
        SessionOnly, // no secure storage: kept in memory until the program ends
        Problem, // the store refused (locked, denied); see the status text
    };
    using SecretCallback = std::function<void(std::optional<SecretBuffer> secret, QString error)>;

    explicit PasswordField(CredentialStore *store, QWidget *parent = nullptr,
                           CredentialStore::Kind kind = CredentialStore::Kind::Password);

    // Shows the state for another profile. Unsaved typing for the previous one is saved first.
    void setProfileId(const QString &profileId);
    [[nodiscard]] QString profileId() const { return m_profileId; }
    // Saves what was typed (if anything) for the current profile.
    void commit();
    // The secret for the current profile: what is typed, else the session copy, else the store.
    // A buffer of the caller's own (the session copy stays here for the next send).
    void fetchSecret(SecretCallback done);
    // Keeps a secret in memory only (the practice server's lab password); `note` replaces the
    // "kept for this session only" status for that profile.
    void setSessionSecret(const QString &profileId, QByteArrayView secret,
                          const QString &note = QString());
    void forget(const QString &profileId);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void stateChanged(Sendcheck::PasswordField::State state);

private:
    void setState(State state, const QString &detail = QString());
    void refreshFromStore();
    void write(const QString &profileId, SecretBuffer secret);
    [[nodiscard]] bool isMailbox() const { return m_kind == CredentialStore::Kind::ImapPassword; }
    void readStored(const QString &profileId, CredentialStore::Callback done);

    QPointer<CredentialStore> m_store;
    CredentialStore::Kind m_kind;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_showButton = nullptr;
    QLabel *m_status = nullptr;
    QString m_profileId;
    State m_state = State::Unknown;
    QString m_detail;
    std::map<QString, SecretBuffer> m_sessionSecrets; // each wiped when replaced or removed
    QHash<QString, QString> m_sessionNotes;
    bool m_storeUnavailable = false;
    quint64 m_generation = 0; // answers for an earlier profile are ignored
};

} // namespace Sendcheck
