// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthpanel.h"

#include "relativefont.h"
#include "svgicon.h"

#include "oauth/oauthaccess.h"
#include "oauth/oauthconfig.h"
#include "oauth/oauthsignin.h"
#include "palettecolors.h"
#include "smtp/oauthservererror.h"
#include "smtp/secretbuffer.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sendcheck {

namespace {
QLabel *smallLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setRelativeFontSize(label, 0.9);
    return label;
}
} // namespace

OAuthPanel::OAuthPanel(CredentialStore *store, QWidget *parent)
    : QWidget(parent)
    , m_access(std::make_unique<OAuthAccess>(store))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setAccessibleName(tr("OAuth sign-in"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(4);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("oauthClientId"));
    m_clientId->setAccessibleName(tr("Client id"));
    m_clientId->setAccessibleDescription(
        tr("The client id of your app registration with the provider."));
    m_clientId->setPlaceholderText(tr("from your app registration"));
    auto *clientIdLabel = new QLabel(tr("Client id:"), this);
    clientIdLabel->setBuddy(m_clientId);
    form->addRow(clientIdLabel, m_clientId);
    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(QStringLiteral("oauthTenant"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setToolTip(tr("Your organisation's directory (tenant) id or domain. Leave it empty "
                            "for the usual choice."));
    m_tenant->setAccessibleDescription(m_tenant->toolTip());
    m_tenantLabel = new QLabel(tr("Tenant:"), this);
    m_tenantLabel->setBuddy(m_tenant);
    form->addRow(m_tenantLabel, m_tenant);
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("oauthClientSecret"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setAccessibleDescription(
        tr("The client secret of your app registration, if it has one."));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setClearButtonEnabled(true);
    // Held in this box until the sign-in ends; then it goes to the keychain with the tokens.
    m_clientSecret->setPlaceholderText(tr("kept with the sign-in, never in the profile"));
    m_secretLabel = new QLabel(tr("Client secret:"), this);
    m_secretLabel->setBuddy(m_clientSecret);
    form->addRow(m_secretLabel, m_clientSecret);
    outer->addLayout(form);

    m_help = new QLabel(this);
    m_help->setObjectName(QStringLiteral("oauthHelp"));
    m_help->setAccessibleName(tr("How OAuth sign-in works here"));
    m_help->setWordWrap(true);
    // Rich text only for our own words and the preset's https link, escaped.
    m_help->setTextFormat(Qt::RichText);
    m_help->setOpenExternalLinks(true);
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    outer->addWidget(m_help);

    auto *buttons = new QHBoxLayout;
    m_signInButton = new QPushButton(this);
    m_signInButton->setObjectName(QStringLiteral("oauthSignIn"));
    m_signInButton->setAccessibleName(tr("Sign in with the provider"));
    m_signInButton->setAccessibleDescription(
        tr("Opens the provider's sign-in page in your browser."));
    m_signOutButton = new QPushButton(tr("Sign out"), this);
    m_signOutButton->setObjectName(QStringLiteral("oauthSignOut"));
    m_signOutButton->setAccessibleName(tr("Sign out"));
    m_signOutButton->setToolTip(
        tr("Removes the sign-in from your system keychain. The app registration stays."));
    m_signOutButton->setAccessibleDescription(m_signOutButton->toolTip());
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_signOutButton);
    buttons->addStretch(1);
    outer->addLayout(buttons);

    m_status = smallLabel(this, QStringLiteral("oauthStatus"));
    m_status->setAccessibleName(tr("Sign-in status"));
    outer->addWidget(m_status);
    m_warning = smallLabel(this, QStringLiteral("oauthWarning"));
    m_warning->setAccessibleName(tr("Sign-in warning"));
    m_warning->setVisible(false);
    outer->addWidget(m_warning);

    m_waiting = new QWidget(this);
    m_waiting->setObjectName(QStringLiteral("oauthWaiting"));
    auto *waitingLayout = new QVBoxLayout(m_waiting);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->setSpacing(2);
    auto *linkNote = smallLabel(m_waiting, QString());
    linkNote->setText(tr("No browser opened? Open this address in one yourself:"));
    linkNote->setAccessibleName(linkNote->text());
    waitingLayout->addWidget(linkNote);
    auto *linkRow = new QHBoxLayout;
    // A read-only box rather than a label: the address is long, and a box can be scrolled,
    // selected and copied without widening the form.
    m_link = new QLineEdit(m_waiting);
    m_link->setObjectName(QStringLiteral("oauthAddress"));
    m_link->setAccessibleName(tr("Sign-in address"));
    m_link->setAccessibleDescription(
        tr("The sign-in address: open it in a browser if none opened."));
    m_link->setReadOnly(true);
    m_copyLink = new QPushButton(tr("Cop&y"), m_waiting);
    m_copyLink->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Copy));
    m_copyLink->setObjectName(QStringLiteral("oauthCopyAddress"));
    m_copyLink->setAccessibleName(tr("Copy the sign-in address"));
    m_copyLink->setAccessibleDescription(tr("Copies the sign-in address to the clipboard."));
    m_cancel = new QPushButton(tr("Cancel"), m_waiting);
    m_cancel->setObjectName(QStringLiteral("oauthCancel"));
    m_cancel->setAccessibleName(tr("Cancel the sign-in"));
    m_cancel->setAccessibleDescription(tr("Stops waiting for the sign-in."));
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copyLink);
    linkRow->addWidget(m_cancel);
    waitingLayout->addLayout(linkRow);
    m_waiting->setVisible(false);
    outer->addWidget(m_waiting);

    connect(m_signInButton, &QPushButton::clicked, this, &OAuthPanel::signIn);
    connect(m_signOutButton, &QPushButton::clicked, this, &OAuthPanel::signOut);
    connect(m_cancel, &QPushButton::clicked, this, &OAuthPanel::cancelSignIn);
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        // The address holds the client id and a one-time challenge, no secret.
        if (m_authorizationUrl.isValid())
            QApplication::clipboard()->setText(m_authorizationUrl.toString(QUrl::FullyEncoded));
    });
    for (QLineEdit *edit : {m_clientId, m_tenant}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { Q_EMIT edited(); });
    }
    setState(State::NotSignedIn);
}

OAuthPanel::~OAuthPanel()
{
    // Shared with the outcome it came from: overwritten if this is the last holder (filling a
    // shared QByteArray would only zero a fresh copy).
    SecretBuffer::release(m_savedClientSecret);
    dropSignIn();
}

void OAuthPanel::dropSignIn()
{
    if (!m_signIn)
        return;
    m_signIn->disconnect(this);
    m_signIn->cancel();
    m_signIn->deleteLater();
    m_signIn = nullptr;
}

void OAuthPanel::setProfile(const Profile &profile, const Provider &preset)
{
    dropSignIn(); // its answer would belong to the other profile
    m_profile = profile;
    m_preset = preset;
    const Provider::OAuth &oauth = *preset.oauth;
    m_clientId->setText(profile.oauthClientId);
    m_tenant->setText(profile.oauthTenant);
    m_tenant->setPlaceholderText(tr("%1 (the default)").arg(oauth.defaultTenant));
    m_tenantLabel->setVisible(oauth.usesTenant());
    m_tenant->setVisible(oauth.usesTenant());
    m_secretLabel->setVisible(oauth.clientSecretUsual);
    m_clientSecret->setVisible(oauth.clientSecretUsual);
    m_clientSecret->clear();
    m_signInButton->setText(tr("Sign in with %1").arg(oauth.signInName));
    m_signInButton->setAccessibleName(m_signInButton->text());
    m_signInButton->setAccessibleName(m_signInButton->text());
    QString help = tr("Sendcheck signs in as an app that you (or your organisation) register "
                      "with %1; the client id comes from that registration.")
                       .arg(oauth.signInName)
                       .toHtmlEscaped();
    if (oauth.registrationHelpUrl.startsWith(QLatin1String("https://")))
        help += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(oauth.registrationHelpUrl.toHtmlEscaped(),
                         tr("How to register an app").toHtmlEscaped());
    m_help->setText(help);
    m_account = profile.oauthAccount;
    refresh();
}

void OAuthPanel::applyTo(Profile &profile) const
{
    profile.oauthClientId = m_clientId->text().trimmed();
    if (m_preset && m_preset->oauth->usesTenant())
        profile.oauthTenant = m_tenant->text().trimmed();
    profile.oauthAccount = m_profile.oauthAccount;
}

Profile OAuthPanel::currentProfile() const
{
    Profile profile = m_profile;
    applyTo(profile);
    profile.userName = m_userName;
    return profile;
}

void OAuthPanel::setUserName(const QString &userName)
{
    m_userName = userName.trimmed();
    updateWarning();
}

void OAuthPanel::refresh()
{
    const quint64 generation = ++m_generation;
    if (m_profile.id.isEmpty() || !m_preset) {
        setState(State::NotSignedIn);
        return;
    }
    SecretBuffer::release(m_savedClientSecret);
    // Without a client id there is no app registration, so no sign-in to show.
    const auto config = OAuthConfig::forProfile(currentProfile(), &*m_preset, nullptr);
    if (!config) {
        m_account.clear();
        setState(State::NotSignedIn);
        return;
    }
    setState(State::Checking);
    m_access->signedIn(m_profile, *config, this, [this, generation](const OAuthOutcome &outcome) {
        if (generation != m_generation || m_state == State::SigningIn)
            return;
        if (outcome.ok()) {
            m_savedClientSecret = outcome.tokens.clientSecret;
            if (!outcome.tokens.account.isEmpty())
                m_profile.oauthAccount = outcome.tokens.account;
            m_account = m_profile.oauthAccount;
            setState(State::SignedIn);
        } else if (outcome.status == OAuthOutcome::Status::NotSignedIn) {
            m_account.clear();
            setState(State::NotSignedIn);
        } else {
            m_account.clear();
            setState(State::Problem, outcome.message);
        }
    });
}

void OAuthPanel::signIn()
{
    if (m_signIn || !m_preset)
        return;
    QString error;
    const std::optional<OAuthConfig> config
        = OAuthConfig::forProfile(currentProfile(), &*m_preset, &error);
    if (!config) {
        setState(State::Problem, error);
        return;
    }
    ++m_generation; // a keychain answer still on its way is out of date now
    auto *run = new OAuthSignIn(*config, this);
    // A new sign-in keeps the registration's client secret unless a new one is typed.
    run->setClientSecret(m_clientSecret->text().isEmpty() ? m_savedClientSecret
                                                          : m_clientSecret->text().toUtf8());
    connect(run, &OAuthSignIn::authorizationUrlReady, this, &OAuthPanel::onAuthorizationUrl);
    connect(run, &OAuthSignIn::finished, this, &OAuthPanel::onSignInFinished);
    m_signIn = run;
    m_authorizationUrl.clear();
    m_link->clear();
    setState(State::SigningIn);
    run->start();
}

void OAuthPanel::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel(); // finished(Cancelled) follows
}

void OAuthPanel::onAuthorizationUrl(const QUrl &url)
{
    m_authorizationUrl = url;
    m_link->setText(url.toString(QUrl::FullyEncoded));
    m_link->setCursorPosition(0);
    if (!m_openUrl || !m_openUrl(url))
        setState(State::SigningIn,
                 tr("No browser could be opened: copy the address below into one."));
}

void OAuthPanel::onSignInFinished(const OAuthOutcome &outcome)
{
    if (m_signIn)
        m_signIn->deleteLater();
    m_signIn = nullptr;
    m_authorizationUrl.clear();
    m_link->clear();
    if (!outcome.ok()) {
        if (outcome.status == OAuthOutcome::Status::Cancelled) {
            setState(m_account.isEmpty() ? State::NotSignedIn : State::SignedIn,
                     tr("The sign-in was cancelled."));
        } else {
            setState(State::Problem, outcome.message);
        }
        return;
    }
    OAuthTokens tokens = outcome.tokens; // with the client secret the sign-in was given
    m_clientSecret->clear();
    const Profile profile = currentProfile();
    setState(State::Checking);
    m_access->save(profile, tokens, this, [this, profile](const OAuthOutcome &saved) {
        if (profile.id != m_profile.id)
            return;
        if (!saved.ok()) {
            m_account.clear();
            setState(State::Problem, saved.message);
            return;
        }
        m_profile.oauthAccount = saved.tokens.account;
        m_account = saved.tokens.account;
        setState(State::SignedIn);
        Q_EMIT signedIn(m_account);
        Q_EMIT edited();
    });
    tokens.wipe();
}

void OAuthPanel::signOut()
{
    if (m_profile.id.isEmpty() || m_signIn)
        return;
    const QString id = m_profile.id;
    ++m_generation;
    m_access->signOut(m_profile, this, [this, id](const OAuthOutcome &outcome) {
        if (id != m_profile.id)
            return;
        if (!outcome.ok()) {
            setState(State::Problem, outcome.message);
            return;
        }
        m_profile.oauthAccount.clear();
        m_account.clear();
        setState(State::NotSignedIn, tr("Signed out: the sign-in was removed from your keychain."));
        Q_EMIT signedOut();
        Q_EMIT edited();
    });
}

QString OAuthPanel::statusText() const
{
    QString text;
    switch (m_state) {
    case State::Checking:
        text = tr("Checking the system keychain\u2026");
        break;
    case State::NotSignedIn:
        text = tr("Not signed in.");
        break;
    case State::SignedIn:
        text = m_account.isEmpty() ? tr("\u2714 Signed in (%1 did not say with which account).")
                                         .arg(m_preset ? m_preset->oauth->signInName : QString())
                                   : tr("\u2714 Signed in as %1.").arg(m_account);
        break;
    case State::SigningIn:
        text = tr("Waiting for the browser\u2026 Sign in with %1 there and allow Sendcheck to "
                  "send mail.")
                   .arg(m_preset ? m_preset->oauth->signInName : QString());
        break;
    case State::Problem:
        return tr("\u2716 %1").arg(m_detail);
    }
    if (!m_detail.isEmpty())
        text += QLatin1Char(' ') + m_detail;
    return text;
}

QString OAuthPanel::mismatchWarning() const
{
    if (m_state != State::SignedIn || !OAuthServerError::accountsDiffer(m_userName, m_account))
        return {};
    return tr("\u26A0 The user name is %1, but the sign-in is for %2: the server will refuse, "
              "because the token belongs to %2. Change the user name, or sign in again as %1.")
        .arg(m_userName, m_account);
}

void OAuthPanel::updateWarning()
{
    const QString warning = mismatchWarning();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void OAuthPanel::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    const bool running = state == State::SigningIn;
    m_signInButton->setEnabled(!running && state != State::Checking);
    m_signOutButton->setVisible(state == State::SignedIn);
    m_waiting->setVisible(running);
    m_clientId->setReadOnly(running);
    m_tenant->setReadOnly(running);
    m_status->setText(statusText());
    updateWarning();
    applyColors();
    Q_EMIT stateChanged(state);
}

void OAuthPanel::applyColors()
{
    const QPalette base = palette();
    auto paint = [&base](QLabel *label, std::optional<int> hue) {
        QPalette colored = base;
        if (hue)
            colored.setColor(QPalette::WindowText, PaletteColors::accent(base, *hue));
        label->setPalette(colored);
    };
    std::optional<int> statusHue;
    if (m_state == State::Problem)
        statusHue = PaletteColors::Red;
    else if (m_state == State::SignedIn)
        statusHue = PaletteColors::Green;
    paint(m_status, statusHue);
    paint(m_warning, PaletteColors::Red);
}

void OAuthPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

} // namespace Sendcheck
