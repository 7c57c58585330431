// SPDX-License-Identifier: GPL-3.0-or-later
#include "newprofiledialog.h"

#include "credentials/credentialstore.h"
#include "discovery/discovery.h"
#include "dns/unbounddnsresolver.h"
#include "oauthpanel.h"
#include "palettecolors.h"
#include "passwordfield.h"
#include "portprobedialog.h"
#include "probe/portprobe.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"
#include "report/discoveryreport.h"
#include "svgicon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sendcheck {

namespace {
enum CandidateRole { IndexRole = Qt::UserRole + 1 };
enum CandidateColumn {
    ServerColumn,
    PortColumn,
    SecurityColumn,
    SourceColumn,
    TriedColumn,
    NoteColumn
};

// What the probe found for one row: the outcome and the summary, in its colour.
void showAttempt(QTreeWidgetItem *item, const ProbeAttemptResult &attempt, const QPalette &palette)
{
    const QString text
        = QStringLiteral("%1: %2").arg(probeOutcomeLabel(attempt.outcome), attempt.summary());
    item->setText(TriedColumn, text);
    item->setToolTip(TriedColumn,
                     attempt.fix().isEmpty() ? text : text + QLatin1Char('\n') + attempt.fix());
    item->setForeground(TriedColumn,
                        PaletteColors::accent(palette, PortProbeDialog::outcomeHue(attempt)));
}
} // namespace

NewProfileDialog::NewProfileDialog(ProfileStore *profiles, CredentialStore *credentials,
                                   const ProviderCatalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_catalog(catalog)
    , m_options(DiscoveryOptions::fromEnvironment())
    , m_profile(Profile::create(QString()))
{
    setWindowTitle(tr("New Profile from Address"));
    auto *layout = new QVBoxLayout(this);

    auto *addressRow = new QHBoxLayout;
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("anna@example.com"));
    m_address->setAccessibleName(tr("Email address"));
    m_find = new QPushButton(tr("&Find settings"), this);
    m_find->setDefault(true);
    m_offline = new QCheckBox(tr("&Offline (bundled data only)"), this);
    addressRow->addWidget(new QLabel(tr("&Email address:"), this));
    static_cast<QLabel *>(addressRow->itemAt(0)->widget())->setBuddy(m_address);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_find);
    addressRow->addWidget(m_offline);
    layout->addLayout(addressRow);

    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    m_sources = new QTreeWidget(this);
    m_sources->setHeaderLabels({tr("Source"), tr("Asked"), tr("Outcome")});
    m_sources->setRootIsDecorated(false);
    m_sources->setSelectionMode(QAbstractItemView::NoSelection);
    m_sources->setAccessibleName(tr("Sources"));
    m_sources->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_sources->setColumnWidth(0, 150);
    m_sources->setColumnWidth(1, 310);
    layout->addWidget(new QLabel(tr("Where Sendcheck looked, in order:"), this));
    layout->addWidget(m_sources, 3);

    m_candidates = new QTreeWidget(this);
    m_candidates->setHeaderLabels({tr("Server"), tr("Port"), tr("Security"), tr("Found by"),
                                   tr("Tried from here"), QString()});
    m_candidates->setRootIsDecorated(false);
    m_candidates->setAccessibleName(tr("Servers to try"));
    m_candidates->setColumnWidth(ServerColumn, 150);
    m_candidates->setColumnWidth(PortColumn, 55);
    m_candidates->setColumnWidth(SecurityColumn, 80);
    m_candidates->setColumnWidth(SourceColumn, 80);
    m_candidates->setColumnWidth(TriedColumn, 370);
    layout->addWidget(new QLabel(tr("Servers to try (the recommended one is selected):"), this));
    layout->addWidget(m_candidates, 2);
    auto *probeRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Servers tried"));
    m_progress->setFormat(tr("%v of %m servers tried"));
    m_stopProbe = new QPushButton(tr("S&top testing"), this);
    m_stopProbe->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Stop));
    m_stopProbe->setToolTip(tr("The servers tried so far keep their result."));
    probeRow->addWidget(m_progress, 1);
    probeRow->addWidget(m_stopProbe);
    layout->addLayout(probeRow);
    m_progress->setVisible(false);
    m_stopProbe->setVisible(false);
    m_candidateNote = new QLabel(this);
    m_candidateNote->setWordWrap(true);
    layout->addWidget(m_candidateNote);

    auto *form = new QFormLayout;
    m_form = form;
    m_name = new QLineEdit(this);
    form->addRow(tr("Profile &name:"), m_name);
    m_userName = new QLineEdit(this);
    form->addRow(tr("&User name:"), m_userName);
    m_signIn = new QComboBox(this);
    form->addRow(tr("Sign &in with:"), m_signIn);
    m_password = new PasswordField(credentials, this);
    m_password->setProfileId(m_profile.id);
    form->addRow(tr("&Password:"), m_password);
    m_oauth = new OAuthPanel(credentials, this);
    form->addRow(QString(), m_oauth);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    // For screen readers: what each control does or what goes in it.
    m_address->setAccessibleDescription(
        tr("The address you send from, for example anna@example.com."));
    m_find->setAccessibleDescription(
        tr("Looks up the server settings for this address and tests them."));
    m_offline->setAccessibleDescription(
        tr("Looks only in the data that comes with Sendcheck, without going online."));
    m_sources->setAccessibleDescription(
        tr("Where the settings were looked for, and what each place answered."));
    m_candidates->setAccessibleDescription(
        tr("The servers found and how each test went: select one to use it."));
    m_stopProbe->setAccessibleDescription(m_stopProbe->toolTip());
    m_name->setAccessibleDescription(tr("A name for the new profile, for example Work mail."));
    m_userName->setAccessibleDescription(
        tr("The name you sign in with, often your e-mail address."));
    m_signIn->setAccessibleDescription(
        tr("Whether to sign in with a password or with the provider's OAuth sign-in."));
    m_buttons->button(QDialogButtonBox::Save)
        ->setAccessibleDescription(tr("Saves the new profile with the chosen server."));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes this window without saving."));

    connect(m_find, &QPushButton::clicked, this, [this] { findSettings(m_address->text()); });
    connect(m_address, &QLineEdit::returnPressed, this,
            [this] { findSettings(m_address->text()); });
    connect(m_candidates, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_userPicked = true;
        onCandidateChosen();
    });
    connect(m_stopProbe, &QPushButton::clicked, this, &NewProfileDialog::stopProbe);
    connect(m_signIn, &QComboBox::currentIndexChanged, this, &NewProfileDialog::updateSignIn);
    connect(m_name, &QLineEdit::textChanged, this, &NewProfileDialog::updateButtons);
    connect(m_userName, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_oauth->setUserName(text); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (saveProfile())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewProfileDialog::reject);
    m_state->setText(tr("Type the address you send from and press Find settings."));
    updateSignIn();
    updateButtons();
    resize(900, 660);
}

NewProfileDialog::~NewProfileDialog() = default;

void NewProfileDialog::setDiscoveryOptions(const DiscoveryOptions &options)
{
    m_options = options;
    m_offline->setChecked(options.offline);
}

void NewProfileDialog::findSettings(const QString &address)
{
    m_error->setVisible(false);
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
        m_probe.reset();
    }
    m_progress->setVisible(false);
    m_stopProbe->setVisible(false);
    m_userPicked = false;
    m_discovery.reset();
    m_result = DiscoveryResult {};
    m_address->setText(address);
    DiscoveryOptions options = m_options;
    options.offline = options.offline || m_offline->isChecked();
    DnsResolver *resolver = m_externalResolver;
    if (!resolver && !options.offline) {
        if (!m_ownResolver)
            m_ownResolver = std::make_unique<UnboundDnsResolver>(DnsSettings {});
        resolver = m_ownResolver.get();
    }
    m_discovery = std::make_unique<Discovery>(resolver, options, nullptr, m_catalog);
    connect(m_discovery.get(), &Discovery::changed, this, &NewProfileDialog::onChanged);
    const bool probe = !options.offline;
    connect(m_discovery.get(), &Discovery::finished, this, [this, probe] {
        onChanged();
        Q_EMIT discoveryFinished();
        // Then every server found, tried from here (not offline: that asks nobody).
        if (probe)
            startProbe();
    });
    m_discovery->start(address);
    onChanged();
}

void NewProfileDialog::onChanged()
{
    if (!m_discovery)
        return;
    m_result = m_discovery->result();
    fillSources();
    fillCandidates();
    updateState();
    if (m_name->text().isEmpty() && m_result.addressValid())
        m_name->setText(uniqueName(m_result.address));
    updateButtons();
}

void NewProfileDialog::updateState()
{
    if (!m_result.finished)
        m_state->setText(tr("Looking for the settings of %1…").arg(m_result.address));
    else if (isProbing())
        m_state->setText(tr("Trying the servers found and the usual ports on their hosts (%1 "
                            "in all) at once, without a password: only EHLO, STARTTLS and QUIT "
                            "are sent.")
                             .arg(m_probe->candidates().size()));
    else
        m_state->setText(m_result.recommendationReason() + QLatin1Char(' ')
                         + tr("(bundled ISPDB snapshot of %1)").arg(m_result.snapshotDate));
}

bool NewProfileDialog::isProbing() const
{
    return m_probe && m_probe->isRunning();
}

void NewProfileDialog::startProbe()
{
    const QList<ProbeCandidate> candidates = m_result.probeCandidates(m_probePorts);
    if (candidates.isEmpty())
        return;
    m_probe = std::make_unique<PortProbe>();
    m_probe->setCandidates(candidates);
    m_probe->setOptions(m_probeOptions);
    m_probeStopped = false;
    connect(m_probe.get(), &PortProbe::attemptFinished, this,
            [this](int, const ProbeAttemptResult &attempt) {
                m_progress->setValue(m_progress->value() + 1);
                for (int row = 0; row < m_candidates->topLevelItemCount(); ++row) {
                    QTreeWidgetItem *item = m_candidates->topLevelItem(row);
                    const int index = item->data(0, IndexRole).toInt();
                    if (m_result.candidates.value(index).probe == attempt.candidate)
                        showAttempt(item, attempt, palette());
                }
            });
    connect(m_probe.get(), &PortProbe::finished, this, &NewProfileDialog::onProbeFinished);
    m_progress->setRange(0, int(candidates.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_stopProbe->setVisible(true);
    m_probe->start();
    fillCandidates(); // "Trying…" in each row
    updateState();
}

void NewProfileDialog::stopProbe()
{
    if (!isProbing())
        return;
    m_probeStopped = true;
    m_probe->cancel();
}

void NewProfileDialog::onProbeFinished()
{
    // A port that works though no source lists it becomes a row of its own ("probe").
    m_result.setProbe(m_probe->result());
    m_progress->setVisible(false);
    m_stopProbe->setVisible(false);
    // What works from here is preselected, unless a row was picked by hand meanwhile.
    fillCandidates(!m_userPicked);
    updateState();
    if (!m_probeStopped)
        Q_EMIT reportReady(DiscoveryReport::make(m_result));
    Q_EMIT probeFinished();
}

void NewProfileDialog::fillSources()
{
    m_sources->clear();
    for (const DiscoverySource &source : std::as_const(m_result.sources)) {
        auto *item = new QTreeWidgetItem(m_sources);
        item->setText(0, DiscoverySource::kindLabel(source.kind));
        item->setText(1, source.urlOrName);
        item->setToolTip(1, source.urlOrName);
        QString outcome = DiscoverySource::outcomeLabel(source.outcome);
        if (!source.detail.isEmpty())
            outcome += QStringLiteral(": ") + source.detail;
        item->setText(2, outcome);
        item->setToolTip(2, outcome);
        if (source.outcome == DiscoverySource::Outcome::Found) {
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
        }
    }
}

void NewProfileDialog::fillCandidates(bool preferRecommended)
{
    const QString before
        = chosenCandidate() && !preferRecommended ? chosenCandidate()->describe() : QString();
    const QSignalBlocker blocker(m_candidates);
    m_candidates->clear();
    const std::optional<qsizetype> best = m_result.recommended();
    QTreeWidgetItem *select = nullptr;
    for (qsizetype i = 0; i < m_result.candidates.size(); ++i) {
        const DiscoveryCandidate &candidate = m_result.candidates.at(i);
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setData(ServerColumn, IndexRole, int(i));
        item->setText(ServerColumn, candidate.probe.host);
        item->setText(PortColumn, QString::number(candidate.probe.port));
        item->setText(SecurityColumn,
                      candidate.probe.security == Security::ImplicitTls ? tr("TLS from the start")
                          : candidate.probe.security == Security::StartTls ? tr("STARTTLS")
                                                                           : tr("none"));
        item->setText(SourceColumn, candidate.probe.source);
        if (const ProbeAttemptResult *attempt = m_result.probeAttempt(i))
            showAttempt(item, *attempt, palette());
        else if (candidate.probe.security == Security::None && (m_result.probe || isProbing()))
            item->setText(TriedColumn, tr("Not tried: no encryption"));
        else if (isProbing())
            item->setText(TriedColumn, tr("Trying…"));
        if (best && *best == i)
            item->setText(NoteColumn, tr("recommended"));
        else if (candidate.probe.source == QLatin1String("guess"))
            item->setText(NoteColumn, tr("guess"));
        else if (candidate.probe.source == QLatin1String("probe"))
            item->setText(NoteColumn, tr("found by trying"));
        else if (!candidate.trusted)
            item->setText(NoteColumn, tr("untrusted"));
        if (candidate.describe() == before)
            select = item;
        else if (!select && best && *best == i)
            select = item;
    }
    // "TLS from the start" (and its translations) shows whole.
    m_candidates->resizeColumnToContents(SecurityColumn);
    if (!select && m_candidates->topLevelItemCount() > 0)
        select = m_candidates->topLevelItem(0);
    if (select)
        m_candidates->setCurrentItem(select);
    onCandidateChosen();
}

const DiscoveryCandidate *NewProfileDialog::chosenCandidate() const
{
    const QTreeWidgetItem *item = m_candidates->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, IndexRole).toInt();
    if (index < 0 || index >= m_result.candidates.size())
        return nullptr;
    return &m_result.candidates.at(index);
}

void NewProfileDialog::onCandidateChosen()
{
    const DiscoveryCandidate *candidate = chosenCandidate();
    if (!candidate) {
        m_candidateNote->clear();
        updateSignIn();
        updateButtons();
        return;
    }
    QStringList note;
    if (candidate->probe.source == QLatin1String("guess"))
        note << tr("A guess: the name exists, but nothing says it takes mail. "
                   "Test the profile before relying on it.");
    else if (candidate->probe.source == QLatin1String("probe"))
        note << tr("Found by trying the usual ports on this host: no source lists this port, "
                   "but it works from here.");
    else if (!candidate->trusted)
        note << tr("From an untrusted answer (plain HTTP, or a file for "
                   "another domain): check it with your provider.");
    // What the probe found, when it did not work from here.
    const ProbeAttemptResult *attempt
        = m_result.probeAttempt(m_candidates->currentItem()->data(0, IndexRole).toInt());
    if (attempt && (attempt->outcome != ProbeOutcome::Works || !attempt->fix().isEmpty())) {
        note << tr("Tried from here: %1.").arg(attempt->summary());
        if (!attempt->fix().isEmpty())
            note << attempt->fix();
    }
    m_candidateNote->setText(note.join(QLatin1Char(' ')));
    if (!candidate->userName.isEmpty())
        m_userName->setText(candidate->userName);
    // Offer the preset's OAuth sign-in where it has one.
    const Provider *preset
        = candidate->presetId.isEmpty() ? nullptr : m_catalog->find(candidate->presetId);
    const QString wanted = m_signIn->currentData().toString();
    const QSignalBlocker blocker(m_signIn);
    m_signIn->clear();
    m_signIn->addItem(tr("Password"), QStringLiteral("password"));
    if (preset && preset->oauth) {
        m_signIn->addItem(tr("Sign in with %1").arg(preset->oauth->signInName),
                          QStringLiteral("oauth"));
        if (preset->secretKind == SecretKind::OAuth || wanted == QLatin1String("oauth"))
            m_signIn->setCurrentIndex(1);
    }
    updateSignIn();
    updateButtons();
}

void NewProfileDialog::updateSignIn()
{
    const bool oauth = m_signIn->currentData().toString() == QLatin1String("oauth");
    m_form->setRowVisible(m_password, !oauth);
    m_form->setRowVisible(m_oauth, oauth);
    const DiscoveryCandidate *candidate = chosenCandidate();
    if (oauth && candidate) {
        if (const Provider *preset = m_catalog->find(candidate->presetId)) {
            Profile profile = m_profile;
            profile.presetId = preset->id;
            profile.userName = m_userName->text();
            m_oauth->setProfile(profile, *preset);
            m_oauth->setUserName(m_userName->text());
        }
    } else {
        m_oauth->cancelSignIn();
    }
}

void NewProfileDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(chosenCandidate() && !m_name->text().trimmed().isEmpty());
}

QString NewProfileDialog::uniqueName(const QString &wanted) const
{
    QString name = wanted;
    for (int n = 2; m_profiles->findByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

bool NewProfileDialog::saveProfile()
{
    const DiscoveryCandidate *candidate = chosenCandidate();
    if (!candidate)
        return false;
    Profile profile = m_profile;
    profile.name = m_name->text().trimmed();
    profile.presetId = candidate->presetId;
    profile.host = candidate->probe.host;
    profile.port = candidate->probe.port;
    profile.security = candidate->probe.security;
    profile.userName = m_userName->text().trimmed();
    profile.from = m_result.asciiAddress;
    const bool oauth = m_signIn->currentData().toString() == QLatin1String("oauth");
    profile.signIn = oauth ? Profile::SignIn::OAuth : Profile::SignIn::Password;
    if (oauth)
        m_oauth->applyTo(profile);
    QString error;
    if (!m_profiles->add(profile, &error) || !m_profiles->save(&error)) {
        m_profiles->remove(profile.id);
        m_error->setText(tr("The profile was not saved: %1").arg(error));
        m_error->setVisible(true);
        return false;
    }
    if (!oauth)
        m_password->commit(); // to the keychain, under the profile's id
    m_savedId = profile.id;
    Q_EMIT profileSaved(profile.id);
    return true;
}

void NewProfileDialog::reject()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
    // A password typed for a profile that was never saved must not stay in the keychain.
    // Nor tokens from a sign-in for it.
    if (m_savedId.isEmpty()) {
        m_password->forget(m_profile.id);
        if (m_oauth->state() == OAuthPanel::State::SignedIn)
            m_credentials->removeOAuthTokens(m_profile.id, this, [](const CredentialResult &) {});
    }
    m_oauth->cancelSignIn();
    QDialog::reject();
}

} // namespace Sendcheck
