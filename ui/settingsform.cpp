// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsform.h"

#include "formrow.h"
#include "messagefields.h"

#include "oauthpanel.h"
#include "passwordfield.h"
#include "profiles/profilerules.h"
#include "providers/providercatalog.h"
#include "providers/providertext.h"
#include "smtp/saslclient.h"
#include "smtp/serversettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sendcheck {

namespace {
QStringList splitAddresses(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

QString fingerprintWithColons(const QByteArray &hex)
{
    QString out;
    for (int i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            out += QLatin1Char(':');
        out += QString::fromLatin1(hex.mid(i, 2)).toUpper();
    }
    return out;
}
} // namespace

SettingsForm::SettingsForm(const ProviderCatalog *catalog, CredentialStore *store, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // A narrow form (a small screen, German, a large font) puts fields under their labels
    // instead of pushing them out of view (updateRowWrapping()).
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    outer->addLayout(form);

    auto addRow = [form, this](const QString &label, QWidget *field, const QString &name) {
        addFormRow(form, this, label, field, name);
    };

    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Choose a provider\u2026"), QString());
    if (m_catalog) {
        for (const Provider &provider : m_catalog->all())
            m_preset->addItem(provider.name, provider.id);
    }
    addRow(tr("&Preset:"), m_preset, QStringLiteral("preset"));
    m_preset->setAccessibleDescription(tr("Fills in the server settings of a known provider."));
    m_hints = new QLabel(this);
    m_hints->setObjectName(QStringLiteral("presetHints"));
    m_hints->setWordWrap(true);
    // Rich text only for the catalog's own notes and links, escaped; never server text.
    m_hints->setTextFormat(Qt::RichText);
    m_hints->setOpenExternalLinks(true);
    m_hints->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_hints->setAccessibleName(tr("Provider hints"));
    m_hints->setVisible(false);
    form->addRow(m_hints);

    m_host = new QComboBox(this);
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    // As wide as the form: a long host name (smtp.office365.com) must show whole, not its tail.
    m_host->setSizePolicy(QSizePolicy::Expanding, m_host->sizePolicy().verticalPolicy());
    addRow(tr("Se&rver:"), m_host, QStringLiteral("host"));
    m_host->setAccessibleDescription(tr("The outgoing mail server, for example smtp.example.com."));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    addRow(tr("P&ort:"), m_port, QStringLiteral("port"));
    m_port->setAccessibleDescription(
        tr("The server's port, usually 587 for STARTTLS or 465 for TLS from the start."));
    m_security = new QComboBox(this);
    m_security->addItem(tr("STARTTLS (usually port 587)"), int(Security::StartTls));
    m_security->addItem(tr("TLS from the start (usually port 465)"), int(Security::ImplicitTls));
    m_security->addItem(tr("None: unencrypted (local relays only)"), int(Security::None));
    addRow(tr("S&ecurity:"), m_security, QStringLiteral("security"));
    m_security->setAccessibleDescription(
        tr("How the connection is encrypted: STARTTLS, TLS from the start, or none."));
    m_mechanism = new QComboBox(this);
    m_mechanism->addItem(tr("Automatic (the strongest offered)"), int(AuthMechanism::Auto));
    m_mechanism->addItem(QStringLiteral("PLAIN"), int(AuthMechanism::Plain));
    m_mechanism->addItem(QStringLiteral("LOGIN"), int(AuthMechanism::Login));
    m_mechanism->addItem(QStringLiteral("CRAM-MD5"), int(AuthMechanism::CramMd5));
    m_mechanism->addItem(tr("XOAUTH2 (OAuth token)"), int(AuthMechanism::XOAuth2));
    m_mechanism->addItem(tr("OAUTHBEARER (OAuth token)"), int(AuthMechanism::OAuthBearer));
    m_mechanism->addItem(tr("No sign-in"), int(AuthMechanism::None));
    addRow(tr("AUTH &mechanism:"), m_mechanism, QStringLiteral("mechanism"));
    m_mechanism->setAccessibleDescription(tr(
        "How the user name and password are sent when signing in; Automatic suits most servers."));
    m_signIn = new QComboBox(this);
    addRow(tr("S&ign in with:"), m_signIn, QStringLiteral("signIn"));
    m_signIn->setAccessibleDescription(
        tr("Whether to sign in with a password or with the provider's OAuth sign-in."));
    m_user = new QLineEdit(this);
    addRow(tr("&User name:"), m_user, QStringLiteral("userName"));
    m_user->setAccessibleDescription(tr("The name you sign in with, often your e-mail address."));
    m_password = new PasswordField(store, this);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password->lineEdit());
    form->addRow(passwordLabel, m_password);
    m_oauth = new OAuthPanel(store, this);
    m_oauth->setObjectName(QStringLiteral("oauthPanel"));
    form->addRow(tr("Account:"), m_oauth);
    form->setRowVisible(m_signIn, false);
    form->setRowVisible(m_oauth, false);

    m_from = new QLineEdit(this);
    m_from->setPlaceholderText(tr("you@example.com"));
    addRow(tr("&From:"), m_from, QStringLiteral("from"));
    m_from->setAccessibleDescription(
        tr("The sender address of the test message, for example you@example.com."));
    m_to = new QLineEdit(this);
    m_to->setPlaceholderText(tr("friend@example.com, another@example.com"));
    addRow(tr("&To:"), m_to, QStringLiteral("to"));
    m_to->setAccessibleDescription(
        tr("Who receives the test message; separate several addresses with commas."));
    m_message = new MessageFields(this, form);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setText(tr("&Advanced"));
    m_advancedToggle->setAccessibleName(tr("Advanced settings"));
    m_advancedToggle->setAccessibleDescription(tr("Shows or hides the advanced settings."));
    m_advancedToggle->setAutoRaise(true);
    outer->addWidget(m_advancedToggle);
    m_advanced = new QWidget(this);
    m_advanced->setObjectName(QStringLiteral("advanced"));
    buildAdvanced(m_advanced, store);
    m_advanced->setVisible(false);
    outer->addWidget(m_advanced);
    outer->addStretch(1);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    // Long choices ("None: unencrypted (local relays only)") show whole in the list; the box
    // itself may be narrower than the longest one.
    for (QComboBox *box : {m_preset, m_host, m_security, m_mechanism, m_signIn}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { applyPreset(m_preset->itemData(index).toString()); });
    connect(m_security, &QComboBox::currentIndexChanged, this, &SettingsForm::onSecurityChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsForm::onPortChanged);
    connect(m_signIn, &QComboBox::activated, this, &SettingsForm::onSignInChosen);
    connect(m_user, &QLineEdit::textChanged, m_oauth, &OAuthPanel::setUserName);
    // A user name that is an address is usually the From address too: From follows it while
    // From is empty or was the same as the user name.
    connect(m_user, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString from = m_from->text().trimmed();
        if ((from.isEmpty() || from == m_lastUser.trimmed())
            && text.trimmed().contains(QLatin1Char('@')))
            m_from->setText(text.trimmed());
        m_lastUser = text;
    });
    connect(m_oauth, &OAuthPanel::signedIn, this, &SettingsForm::onSignedIn);
    auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_host, &QComboBox::editTextChanged, this, changed);
    connect(m_port, &QSpinBox::valueChanged, this, changed);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, changed);
    for (QLineEdit *edit : {m_user, m_from, m_to, m_ehlo, m_caFile})
        connect(edit, &QLineEdit::textEdited, this, changed);
    connect(m_timeout, &QSpinBox::valueChanged, this, changed);
    connect(m_trusted, &QPlainTextEdit::textChanged, this, changed);
    connect(m_oauth, &OAuthPanel::edited, this, changed);
    connect(m_allowPlain, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_plainWarning->setVisible(on);
        changed();
    });
}

void SettingsForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateRowWrapping();
}

void SettingsForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // In a scroll area the room is the viewport's width, which can shrink below the form's.
    if (parentWidget() && parentWidget() != m_room) {
        if (m_room)
            m_room->removeEventFilter(this);
        m_room = parentWidget();
        m_room->installEventFilter(this);
    }
    updateRowWrapping();
}

bool SettingsForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_room && event->type() == QEvent::Resize)
        updateRowWrapping();
    return QWidget::eventFilter(watched, event);
}

namespace {
// Labels beside fields while both fit whole in `room`; else every label above its field. (Qt's
// WrapLongRows decides row by row and can still leave a field narrower than it needs.)
void wrapRowsIfNarrow(QFormLayout *form, int room)
{
    int labels = 0;
    int fields = 0;
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
        if (label && label->widget() && !label->widget()->isHidden())
            labels = qMax(labels, label->sizeHint().width());
        if (field && !(field->widget() && field->widget()->isHidden()))
            fields = qMax(fields, field->minimumSize().width());
    }
    const QMargins margins = form->contentsMargins();
    const int needed
        = margins.left() + labels + qMax(0, form->horizontalSpacing()) + fields + margins.right();
    const QFormLayout::RowWrapPolicy policy
        = room < needed ? QFormLayout::WrapAllRows : QFormLayout::DontWrapRows;
    if (form->rowWrapPolicy() != policy)
        form->setRowWrapPolicy(policy);
}
} // namespace

void SettingsForm::updateRowWrapping()
{
    const QMargins margins = layout()->contentsMargins();
    const int room
        = (m_room ? qMin(width(), m_room->width()) : width()) - margins.left() - margins.right();
    wrapRowsIfNarrow(m_form, room);
    wrapRowsIfNarrow(m_advancedForm, room);
}

void SettingsForm::buildAdvanced(QWidget *container, CredentialStore *store)
{
    auto *form = new QFormLayout(container);
    m_advancedForm = form;
    form->setContentsMargins(12, 0, 0, 0);
    auto addRow = [form, container](const QString &label, QWidget *field, const QString &name) {
        field->setObjectName(name);
        auto *buddyLabel = new QLabel(label, container);
        buddyLabel->setBuddy(field);
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(buddyLabel, field);
    };
    m_ehlo = new QLineEdit(container);
    m_ehlo->setPlaceholderText(tr("(this computer's name)"));
    addRow(tr("EHLO name:"), m_ehlo, QStringLiteral("ehloName"));
    m_ehlo->setAccessibleDescription(tr("The name this computer gives the server in EHLO; leave it "
                                        "empty for this computer's name."));
    m_timeout = new QSpinBox(container);
    m_timeout->setRange(0, ProfileRules::maxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    // What "Standard" means, in numbers: the engine's own defaults.
    const Timeouts standard;
    using std::chrono::duration_cast;
    using std::chrono::minutes;
    using std::chrono::seconds;
    m_timeout->setSpecialValueText(
        tr("Standard (%1 min per reply)").arg(duration_cast<minutes>(standard.command).count()));
    const QString standardTimes
        = tr("Standard waits %1 s to connect, %2 s for the TLS handshake, %3 min for the "
             "greeting and each reply, and %4 min for the answer to the message. A number of "
             "seconds here caps every one of these waits.")
              .arg(duration_cast<seconds>(standard.connect).count())
              .arg(duration_cast<seconds>(standard.tlsHandshake).count())
              .arg(duration_cast<minutes>(standard.greeting).count())
              .arg(duration_cast<minutes>(standard.dataTermination).count());
    m_timeout->setToolTip(standardTimes);
    m_timeout->setAccessibleDescription(standardTimes);
    addRow(tr("Timeout:"), m_timeout, QStringLiteral("timeout"));
    auto *caRow = new QWidget(container);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(caRow);
    auto *browse = new QPushButton(tr("Browse\u2026"), caRow);
    browse->setAccessibleName(tr("Choose a CA file"));
    browse->setAccessibleDescription(tr("Chooses a file of CA certificates to trust."));
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(browse);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_caFile->setAccessibleDescription(
        tr("A file of extra CA certificates to trust, for example company-ca.pem."));
    auto *caLabel = new QLabel(tr("CA file:"), container);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("CA certificates (PEM)"), QString(),
                                           tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
            Q_EMIT edited();
        }
    });
    m_trusted = new QPlainTextEdit(container);
    m_trusted->setTabChangesFocus(true);
    m_trusted->setPlaceholderText(
        tr("SHA-256 fingerprints you chose to trust for this server and port, one per "
           "line"));
    m_trusted->setMaximumHeight(m_trusted->fontMetrics().lineSpacing() * 3 + 10);
    addRow(tr("Trusted certificates:"), m_trusted, QStringLiteral("trustedCertificates"));
    m_trusted->setAccessibleDescription(m_trusted->placeholderText());
    // The box and its words side by side, the words wrapping (a check box's own text cannot,
    // and in German it is wider than a small screen's form). The label clicks the box.
    auto *plainRow = new QWidget(container);
    auto *plainLayout = new QHBoxLayout(plainRow);
    plainLayout->setContentsMargins(0, 0, 0, 0);
    m_allowPlain = new QCheckBox(plainRow);
    m_allowPlain->setObjectName(QStringLiteral("allowPlainAuth"));
    auto *plainLabel = new QLabel(tr("Allow sign-in without encryption"), plainRow);
    plainLabel->setObjectName(QStringLiteral("allowPlainAuthLabel"));
    plainLabel->setWordWrap(true);
    plainLabel->setBuddy(m_allowPlain);
    m_allowPlain->setAccessibleName(plainLabel->text().remove(QLatin1Char('&')));
    m_allowPlain->setAccessibleDescription(
        tr("Lets the password be sent over an unencrypted connection; for local relays only."));
    plainLayout->addWidget(m_allowPlain);
    plainLayout->addWidget(plainLabel, 1);
    form->addRow(plainRow);
    m_plainWarning = new QLabel(
        tr("\u26A0 Your user name and password will cross the network readable by anyone on "
           "the way. Only for a server on this computer or a lab network."),
        container);
    m_plainWarning->setObjectName(QStringLiteral("plainWarning"));
    m_plainWarning->setTextFormat(Qt::PlainText);
    m_plainWarning->setWordWrap(true);
    m_plainWarning->setVisible(false);
    form->addRow(m_plainWarning);
    buildReadBackMailbox(form, container, store);
}

void SettingsForm::buildReadBackMailbox(QFormLayout *form, QWidget *container,
                                        CredentialStore *store)
{
    // Compact: a heading line with the switch, then server, port and mode on one row, then the
    // user; every field left empty follows the preset (shown as the placeholder).
    m_imapReadBack = new QCheckBox(tr("Check that it arrived"), container);
    m_imapReadBack->setObjectName(QStringLiteral("imapReadBack"));
    m_imapReadBack->setAccessibleName(tr("Check that each test message arrived"));
    m_imapReadBack->setAccessibleDescription(
        tr("Reads each test message back from this mailbox over IMAP (read-only); with an OAuth "
           "sign-in, the sign-in also asks for mailbox access."));
    m_imapReadBack->setToolTip(m_imapReadBack->accessibleDescription());
    auto *readBackLabel = new QLabel(tr("Read-back mailbox:"), container);
    readBackLabel->setBuddy(m_imapReadBack);
    form->addRow(readBackLabel, m_imapReadBack);

    auto *serverRow = new QWidget(container);
    auto *serverLayout = new QHBoxLayout(serverRow);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    m_imapHost = new QLineEdit(serverRow);
    m_imapHost->setObjectName(QStringLiteral("imapHost"));
    m_imapHost->setAccessibleName(tr("Mailbox server (IMAP)"));
    m_imapHost->setAccessibleDescription(
        tr("The server the test message is read back from, such as imap.example.com. Empty: "
           "the preset's, else the sending server."));
    m_imapPort = new QSpinBox(container);
    m_imapPort->setObjectName(QStringLiteral("imapPort"));
    m_imapPort->setRange(0, 65535);
    m_imapPort->setSpecialValueText(tr("auto"));
    m_imapPort->setAccessibleName(tr("Mailbox port"));
    m_imapPort->setAccessibleDescription(tr("auto: the preset's port, else 993 (143 with "
                                            "STARTTLS)."));
    m_imapSecurity = new QComboBox(container);
    m_imapSecurity->setObjectName(QStringLiteral("imapSecurity"));
    m_imapSecurity->addItem(tr("auto"), -1);
    m_imapSecurity->addItem(tr("TLS from the start"), int(Security::ImplicitTls));
    m_imapSecurity->addItem(tr("STARTTLS"), int(Security::StartTls));
    m_imapSecurity->setAccessibleName(tr("Mailbox encryption"));
    m_imapSecurity->setAccessibleDescription(
        tr("How the mailbox connection is encrypted: TLS from the start (port 993) or STARTTLS "
           "(port 143); auto follows the port."));
    // Port and encryption get a row of their own: beside the host they pushed the form wider
    // than a 1024x600 screen in Spanish.
    serverLayout->addWidget(m_imapHost, 1);
    auto *serverLabel = new QLabel(tr("IMAP server:"), container);
    serverLabel->setBuddy(m_imapHost);
    form->addRow(serverLabel, serverRow);
    auto *portRow = new QWidget(container);
    auto *portLayout = new QHBoxLayout(portRow);
    portLayout->setContentsMargins(0, 0, 0, 0);
    portLayout->addWidget(m_imapPort);
    portLayout->addWidget(m_imapSecurity, 1);
    auto *portLabel = new QLabel(tr("IMAP port:"), container);
    portLabel->setBuddy(m_imapPort);
    form->addRow(portLabel, portRow);

    m_imapUser = new QLineEdit(container);
    m_imapUser->setObjectName(QStringLiteral("imapUser"));
    m_imapUser->setPlaceholderText(tr("(the user above, same password)"));
    m_imapUser->setAccessibleName(tr("Mailbox user"));
    m_imapUser->setAccessibleDescription(
        tr("Leave it empty to read with the sending account. Another account signs in with its "
           "own password, typed in the box below and kept in your system keychain."));
    m_imapUser->setToolTip(m_imapUser->accessibleDescription());
    auto *userLabel = new QLabel(tr("IMAP user:"), container);
    userLabel->setBuddy(m_imapUser);
    form->addRow(userLabel, m_imapUser);

    m_mailboxPassword = new PasswordField(store, container, CredentialStore::Kind::ImapPassword);
    m_mailboxPassword->setObjectName(QStringLiteral("mailboxPasswordField"));
    auto *mailboxPasswordLabel = new QLabel(tr("IMAP password:"), container);
    mailboxPasswordLabel->setBuddy(m_mailboxPassword->lineEdit());
    form->addRow(mailboxPasswordLabel, m_mailboxPassword);
    form->setRowVisible(m_mailboxPassword, false);
    connect(m_imapUser, &QLineEdit::textChanged, this, &SettingsForm::updateMailboxPasswordRow);
    connect(m_user, &QLineEdit::textChanged, this, &SettingsForm::updateMailboxPasswordRow);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this,
            &SettingsForm::updateMailboxPasswordRow);

    const auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_imapReadBack, &QCheckBox::toggled, this, changed);
    connect(m_imapHost, &QLineEdit::textEdited, this, changed);
    connect(m_imapUser, &QLineEdit::textEdited, this, changed);
    connect(m_imapPort, &QSpinBox::valueChanged, this, changed);
    connect(m_imapSecurity, &QComboBox::currentIndexChanged, this, changed);
}

void SettingsForm::updateMailboxPasswordRow()
{
    ProfileImap imap;
    imap.userName = m_imapUser->text();
    const bool ownPassword = imap.isOtherAccount(m_user->text())
        && signIn() != Profile::SignIn::OAuth && !SaslClient::isOAuth(mechanism());
    m_advancedForm->setRowVisible(m_mailboxPassword, ownPassword);
}

void SettingsForm::showReadBackMailbox(const Profile &profile, const Provider *provider)
{
    const ProfileImap &imap = profile.imap;
    m_imapReadBack->setChecked(imap.readBack);
    m_imapHost->setText(imap.host);
    // What an empty field means for this profile: the preset's mailbox, else the SMTP host.
    const bool presetMailbox = provider && provider->imap && provider->imap->hasMailbox;
    m_imapHost->setPlaceholderText(presetMailbox ? provider->imap->host : tr("(the SMTP server)"));
    m_imapPort->setValue(imap.port);
    m_imapSecurity->setCurrentIndex(
        qMax(0, m_imapSecurity->findData(imap.security ? int(*imap.security) : -1)));
    m_imapUser->setText(imap.userName);
}

ProfileImap SettingsForm::readBackMailbox() const
{
    ProfileImap imap;
    imap.readBack = m_imapReadBack->isChecked();
    imap.host = m_imapHost->text().trimmed();
    imap.port = quint16(m_imapPort->value());
    const int mode = m_imapSecurity->currentData().toInt();
    if (mode >= 0)
        imap.security = Security(mode);
    imap.userName = m_imapUser->text().trimmed();
    // Certificates trusted for the mailbox server are not shown in the form; they stay with
    // the server they were trusted for (a pin is bound to its host and port).
    imap.pins = m_profile.imap.pins;
    return imap;
}

void SettingsForm::setSecurity(Security security)
{
    m_security->setCurrentIndex(m_security->findData(int(security)));
}

void SettingsForm::setMechanism(AuthMechanism mechanism)
{
    m_mechanism->setCurrentIndex(m_mechanism->findData(int(mechanism)));
}

void SettingsForm::switchSecurityKeepingPort(Security security)
{
    const QScopedValueRollback following(m_followingRule, true);
    setSecurity(security); // edited() follows from onSecurityChanged()
}

Security SettingsForm::security() const
{
    return Security(m_security->currentData().toInt());
}

AuthMechanism SettingsForm::mechanism() const
{
    return AuthMechanism(m_mechanism->currentData().toInt());
}

void SettingsForm::onSecurityChanged()
{
    if (m_loading)
        return;
    if (!m_followingRule) {
        // The port follows the mode (the preset's port for it, or the usual one).
        const QScopedValueRollback following(m_followingRule, true);
        const Provider *provider = m_catalog ? m_catalog->find(m_profile.presetId) : nullptr;
        m_port->setValue(
            ProfileRules::portForNewSecurity(quint16(m_port->value()), security(), provider));
    }
    Q_EMIT edited();
}

void SettingsForm::onPortChanged(int port)
{
    if (m_loading || m_followingRule)
        return;
    // The mode follows a port that implies one (the preset's list, then the well-known ports).
    const Provider *provider = m_catalog ? m_catalog->find(m_profile.presetId) : nullptr;
    const auto implied = ProfileRules::securityForNewPort(quint16(port), security(), provider);
    if (implied && *implied != security()) {
        const QScopedValueRollback following(m_followingRule, true);
        setSecurity(*implied);
    }
}

void SettingsForm::applyPreset(const QString &presetId)
{
    const Provider *provider = m_catalog ? m_catalog->find(presetId) : nullptr;
    const Provider *previous = m_catalog ? m_catalog->find(m_profile.presetId) : nullptr;
    if (previous && previous->oauth)
        m_oauth->applyTo(m_profile); // keep what was typed in the OAuth fields
    if (!provider) {
        ProfileRules::clearPreset(m_profile);
        m_preset->setCurrentIndex(0);
        showHints(nullptr);
        showSignIn(nullptr);
        Q_EMIT edited();
        return;
    }
    m_profile.userName = m_user->text();
    ProfileRules::applyPreset(m_profile, *provider, nullptr, previous);
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(m_profile.presetId)));
    showHints(provider);
    m_loading = true;
    m_host->clear();
    for (const Provider::Host &host : provider->hosts)
        m_host->addItem(host.host, host.host);
    if (!provider->hosts.isEmpty())
        m_host->setEditText(m_profile.host);
    if (provider->recommendedPort()) {
        setSecurity(m_profile.security);
        m_port->setValue(m_profile.port);
    }
    setMechanism(m_profile.mechanism);
    if (!provider->userName.isEmpty())
        m_user->setText(m_profile.userName);
    m_user->setPlaceholderText(providerText(provider->userNameHint));
    showSignIn(provider);
    m_loading = false;
    Q_EMIT edited();
}

void SettingsForm::showHints(const Provider *provider)
{
    if (!provider
        || (provider->notes.isEmpty() && provider->helpLinks.isEmpty()
            && provider->secretKind == SecretKind::AccountPassword)) {
        m_hints->clear();
        m_hints->setVisible(false);
        return;
    }
    QString html;
    const QString linkList = [provider] {
        QStringList links;
        for (const Provider::Link &link : provider->helpLinks) {
            if (link.url.startsWith(QLatin1String("https://")))
                links.append(
                    QStringLiteral("<a href=\"%1\">%2</a>")
                        .arg(link.url.toHtmlEscaped(), providerText(link.title).toHtmlEscaped()));
        }
        return links.join(QStringLiteral(" \u00B7 "));
    }();
    if (provider->secretKind == SecretKind::AppPassword && !m_profile.usesOAuth()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("%1 needs an app password, not your account password.")
                             .arg(provider->name)
                             .toHtmlEscaped());
    } else if (provider->secretKind == SecretKind::ApiKey
               || provider->secretKind == SecretKind::SmtpKey
               || provider->secretKind == SecretKind::SmtpCredentials) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("%1 uses a key or credentials made for SMTP as the password.")
                             .arg(provider->name)
                             .toHtmlEscaped());
    }
    if (!provider->notes.isEmpty()) {
        html += QStringLiteral("<ul style=\"margin-left:0; -qt-list-indent:1\">");
        for (const QString &note : provider->notes)
            html += QStringLiteral("<li>%1</li>").arg(providerText(note).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!linkList.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("How to:").toHtmlEscaped(), linkList);
    m_hints->setText(html);
    m_hints->setVisible(true);
}

QString SettingsForm::presetHints() const
{
    QTextDocument document;
    document.setHtml(m_hints->text());
    return document.toPlainText();
}

void SettingsForm::setProfile(const Profile &profile)
{
    m_loading = true;
    m_profile = profile;
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(profile.presetId)));
    const Provider *provider = m_catalog ? m_catalog->find(profile.presetId) : nullptr;
    showHints(provider);
    m_host->clear();
    if (provider) {
        for (const Provider::Host &host : provider->hosts)
            m_host->addItem(host.host, host.host);
        m_user->setPlaceholderText(providerText(provider->userNameHint));
    } else {
        m_user->setPlaceholderText(QString());
    }
    m_host->setEditText(profile.host);
    m_port->setValue(profile.port);
    setSecurity(profile.security);
    setMechanism(profile.mechanism);
    m_user->setText(profile.userName);
    m_lastUser = profile.userName;
    m_from->setText(profile.from);
    m_to->setText(profile.defaultTo.join(QStringLiteral(", ")));
    m_ehlo->setText(profile.ehloName);
    m_timeout->setValue(profile.timeoutSeconds);
    m_caFile->setText(profile.caFile);
    QStringList trusted;
    for (const QByteArray &hex : profile.pinsFor(profile.host, profile.port))
        trusted.append(fingerprintWithColons(hex));
    m_trusted->setPlainText(trusted.join(QLatin1Char('\n')));
    m_allowPlain->setChecked(profile.allowPlainAuth);
    m_plainWarning->setVisible(profile.allowPlainAuth);
    showReadBackMailbox(profile, provider);
    m_password->setProfileId(profile.id);
    m_mailboxPassword->setProfileId(profile.id);
    m_oauth->setUserName(profile.userName);
    showSignIn(provider);
    updateMailboxPasswordRow();
    m_loading = false;
}

void SettingsForm::showSignIn(const Provider *provider)
{
    const bool offered = provider && provider->oauth;
    {
        const QSignalBlocker blocker(m_signIn);
        m_signIn->clear();
        if (offered) {
            m_signIn->addItem(provider->secretKind == SecretKind::AppPassword ? tr("App password")
                                                                              : tr("Password"),
                              int(Profile::SignIn::Password));
            m_signIn->addItem(tr("%1 account (OAuth)").arg(provider->oauth->signInName),
                              int(Profile::SignIn::OAuth));
            m_signIn->setCurrentIndex(m_signIn->findData(int(m_profile.signIn)));
        }
    }
    if (offered)
        m_oauth->setProfile(m_profile, *provider);
    else
        m_oauth->cancelSignIn();
    const bool oauth = offered && m_profile.usesOAuth();
    m_form->setRowVisible(m_signIn, offered);
    m_form->setRowVisible(m_password, !oauth);
    m_form->setRowVisible(m_oauth, oauth);
    // The token decides the mechanism (XOAUTH2); nothing to choose.
    m_mechanism->setEnabled(!oauth);
}

void SettingsForm::setSignIn(Profile::SignIn signIn)
{
    const int index = m_signIn->findData(int(signIn));
    if (index < 0)
        return;
    m_signIn->setCurrentIndex(index);
    onSignInChosen();
}

Profile::SignIn SettingsForm::signIn() const
{
    return m_signIn->count() > 0 ? Profile::SignIn(m_signIn->currentData().toInt())
                                 : Profile::SignIn::Password;
}

void SettingsForm::onSignInChosen()
{
    const Profile::SignIn chosen = signIn();
    if (chosen == m_profile.signIn)
        return;
    const Provider *provider = m_catalog ? m_catalog->find(m_profile.presetId) : nullptr;
    m_profile.mechanism = mechanism();
    ProfileRules::setSignIn(m_profile, chosen, provider);
    if (chosen != Profile::SignIn::OAuth)
        m_oauth->cancelSignIn();
    setMechanism(m_profile.mechanism);
    const bool oauth = m_profile.usesOAuth();
    m_form->setRowVisible(m_password, !oauth);
    m_form->setRowVisible(m_oauth, oauth);
    updateMailboxPasswordRow();
    m_mechanism->setEnabled(!oauth);
    showHints(provider);
    if (!m_loading)
        Q_EMIT edited();
}

void SettingsForm::onSignedIn(const QString &account)
{
    m_profile.oauthAccount = account;
    if (m_user->text().trimmed().isEmpty() && !account.isEmpty())
        m_user->setText(account); // textChanged tells the panel
}

Profile SettingsForm::profile() const
{
    Profile profile = m_profile;
    profile.host = m_host->currentText().trimmed();
    profile.port = quint16(m_port->value());
    profile.security = security();
    profile.mechanism = mechanism();
    profile.userName = m_user->text().trimmed();
    profile.from = m_from->text().trimmed();
    profile.defaultTo = splitAddresses(m_to->text());
    profile.ehloName = m_ehlo->text().trimmed();
    profile.timeoutSeconds = m_timeout->value();
    profile.caFile = m_caFile->text().trimmed();
    QList<QByteArray> fingerprints;
    const QStringList lines = m_trusted->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const auto hex = Profile::normalizeSha256(line);
        if (hex && !fingerprints.contains(*hex))
            fingerprints.append(*hex);
    }
    // Pins shown for the server the form was loaded with stay with that server (and go when
    // the host or port changes); a fingerprint typed now is for the server named now.
    ProfileRules::editPins(profile, m_profile, fingerprints);
    profile.allowPlainAuth = m_allowPlain->isChecked();
    profile.imap = readBackMailbox();
    const Provider *provider = m_catalog ? m_catalog->find(profile.presetId) : nullptr;
    if (ProfileRules::offersOAuth(provider))
        m_oauth->applyTo(profile);
    else
        profile.signIn = Profile::SignIn::Password;
    return profile;
}

QString SettingsForm::subject() const
{
    return m_message->subject();
}

QString SettingsForm::body() const
{
    return m_message->body();
}

QStringList SettingsForm::attachments() const
{
    return m_message->attachments();
}

} // namespace Sendcheck
