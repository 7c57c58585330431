// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordfield.h"

#include "relativefont.h"

#include "credentials/credentialstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sendcheck {

PasswordField::PasswordField(CredentialStore *store, QWidget *parent, CredentialStore::Kind kind)
    : QWidget(parent), m_store(store), m_kind(kind)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(isMailbox() ? QStringLiteral("mailboxPassword")
                                      : QStringLiteral("password"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(isMailbox() ? tr("Mailbox password") : tr("Password"));
    m_edit->setAccessibleDescription(
        isMailbox() ? tr("The password of the mailbox user, who is another account than the one "
                         "that sends; it is kept in your system keychain, never in the profile.")
                    : tr("The password for the user name; it is kept in your system keychain, "
                         "never in the profile."));
    m_edit->setClearButtonEnabled(true);
    m_showButton = new QPushButton(this);
    m_showButton->setObjectName(isMailbox() ? QStringLiteral("showMailboxPassword")
                                            : QStringLiteral("showPassword"));
    m_showButton->setCheckable(true);
    // Never narrower than "Show" or "Hide" (in every language and font size).
    m_showButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_showButton->setText(tr("Show"));
    m_showButton->setAccessibleName(tr("Show password"));
    m_showButton->setToolTip(tr("Show or hide what you type"));
    m_showButton->setAccessibleDescription(m_showButton->toolTip());
    row->addWidget(m_edit, 1);
    row->addWidget(m_showButton);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(isMailbox() ? QStringLiteral("mailboxPasswordStatus")
                                        : QStringLiteral("passwordStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Password status"));
    setRelativeFontSize(m_status, 0.9);
    layout->addWidget(m_status);

    connect(m_showButton, &QPushButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showButton->setText(shown ? tr("Hide") : tr("Show"));
        m_showButton->setAccessibleName(shown ? tr("Hide password") : tr("Show password"));
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &PasswordField::commit);
    setState(State::NotSaved);
}

QString PasswordField::statusText() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("Checking the system keychain\u2026");
    case State::Saved:
        return tr("\u2714 Saved in your system keychain. Type a new password to replace it.");
    case State::NotSaved:
        return isMailbox() ? tr("No mailbox password saved yet: the mailbox is tried with the "
                                "sending password.")
                           : tr("No password saved for this profile yet.");
    case State::SessionOnly:
        if (m_sessionNotes.contains(m_profileId))
            return m_sessionNotes.value(m_profileId);
        return tr("Secure storage unavailable: the password is kept for this session only.");
    case State::Problem:
        return tr("The system keychain did not answer: %1").arg(m_detail);
    }
    return {};
}

void PasswordField::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    m_status->setText(statusText());
    m_edit->setPlaceholderText(state == State::Saved || state == State::SessionOnly
                                   ? tr("(saved; leave empty to keep it)")
                                   : QString());
    Q_EMIT stateChanged(state);
}

void PasswordField::setProfileId(const QString &profileId)
{
    commit();
    m_profileId = profileId;
    m_edit->clear();
    m_showButton->setChecked(false);
    refreshFromStore();
}

void PasswordField::refreshFromStore()
{
    const quint64 generation = ++m_generation;
    if (m_profileId.isEmpty()) {
        setState(State::NotSaved);
        return;
    }
    if (m_sessionSecrets.count(m_profileId) > 0) {
        setState(State::SessionOnly);
        return;
    }
    if (!m_store || m_storeUnavailable) {
        setState(State::NotSaved);
        return;
    }
    setState(State::Unknown);
    // Only the status is used: the secret read here is dropped at once.
    readStored(m_profileId, [this, generation](const CredentialResult &result) {
        if (generation != m_generation)
            return;
        switch (result.status) {
        case CredentialResult::Status::Ok:
            setState(State::Saved);
            break;
        case CredentialResult::Status::NotFound:
            setState(State::NotSaved);
            break;
        case CredentialResult::Status::Unavailable:
            m_storeUnavailable = true;
            setState(State::NotSaved);
            m_status->setText(tr(
                "Secure storage unavailable: a password you type is kept for this session only."));
            break;
        default:
            setState(State::Problem, result.message);
            break;
        }
    });
}

void PasswordField::commit()
{
    QString typed = m_edit->text(); // shares the line edit's own text
    if (typed.isEmpty() || m_profileId.isEmpty())
        return;
    // setText(), not clear(): clear() records each removed character in the undo history.
    // Afterwards `typed` is the only holder of the text's bytes, so takeUtf8() overwrites the
    // box's former text where it is. What QLineEdit copied elsewhere (a display string, the
    // input method's state) is out of reach.
    m_edit->setText(QString());
    write(m_profileId, SecretBuffer::takeUtf8(typed));
}

void PasswordField::write(const QString &profileId, SecretBuffer secret)
{
    // Kept in memory until the store confirms, so a send started right now can use it.
    const SecretBuffer &kept
        = m_sessionSecrets.insert_or_assign(profileId, std::move(secret)).first->second;
    m_sessionNotes.remove(profileId);
    if (!m_store || m_storeUnavailable) {
        if (profileId == m_profileId)
            setState(State::SessionOnly);
        return;
    }
    if (profileId == m_profileId)
        setState(State::Unknown);
    const auto written = [this, profileId](const CredentialResult &result) {
        if (result.ok()) {
            m_sessionSecrets.erase(profileId);
            if (profileId == m_profileId)
                setState(State::Saved);
        } else if (result.status == CredentialResult::Status::Unavailable) {
            m_storeUnavailable = true;
            if (profileId == m_profileId)
                setState(State::SessionOnly);
        } else if (profileId == m_profileId) {
            setState(State::Problem, result.message);
        }
    };
    if (isMailbox())
        m_store->writeImapPassword(profileId, kept.view(), this, written);
    else
        m_store->write(profileId, kept.view(), this, written);
}

void PasswordField::readStored(const QString &profileId, CredentialStore::Callback done)
{
    if (isMailbox())
        m_store->readImapPassword(profileId, this, std::move(done));
    else
        m_store->read(profileId, this, std::move(done));
}

void PasswordField::setSessionSecret(const QString &profileId, QByteArrayView secret,
                                     const QString &note)
{
    m_sessionSecrets.insert_or_assign(profileId, SecretBuffer(secret));
    if (!note.isEmpty())
        m_sessionNotes.insert(profileId, note);
    if (profileId == m_profileId)
        setState(State::SessionOnly);
}

void PasswordField::forget(const QString &profileId)
{
    m_sessionSecrets.erase(profileId);
    m_sessionNotes.remove(profileId);
    if (!m_store || m_storeUnavailable)
        return;
    if (isMailbox())
        m_store->removeImapPassword(profileId, this, [](const CredentialResult &) {});
    else
        m_store->remove(profileId, this, [](const CredentialResult &) {});
}

void PasswordField::fetchSecret(SecretCallback done)
{
    commit();
    if (const auto it = m_sessionSecrets.find(m_profileId); it != m_sessionSecrets.end()) {
        done(SecretBuffer(it->second.view()), QString());
        return;
    }
    if (!m_store || m_storeUnavailable || m_profileId.isEmpty()) {
        done(std::nullopt,
             isMailbox() ? tr("No mailbox password has been given.")
                         : tr("No password has been given for this profile."));
        return;
    }
    readStored(m_profileId, [done, mailbox = isMailbox()](CredentialResult result) {
        if (result.ok())
            done(std::move(result.secret), QString());
        else if (result.status == CredentialResult::Status::NotFound && mailbox)
            done(std::nullopt, tr("none is saved; type it in the Mailbox password box"));
        else if (result.status == CredentialResult::Status::NotFound)
            done(std::nullopt,
                 tr("No password is saved for this profile (%1). Type it in the "
                    "Password box.")
                     .arg(result.message));
        else
            done(std::nullopt, result.message);
    });
}

} // namespace Sendcheck
