// SPDX-License-Identifier: GPL-3.0-or-later
#include "portprobedialog.h"

#include "palettecolors.h"
#include "probe/portprobe.h"
#include "probe/probeexplanation.h"
#include "profiles/cafile.h"
#include "report/probereport.h"
#include "svgicon.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sendcheck {

namespace {

enum Column { PortColumn, SecurityColumn, ResultColumn, ConnectColumn, DetailsColumn };

} // namespace

int PortProbeDialog::outcomeHue(const ProbeAttemptResult &attempt)
{
    switch (attempt.outcome) {
    case ProbeOutcome::Works:
        return attempt.authMechanisms.isEmpty() ? PaletteColors::Amber : PaletteColors::Green;
    case ProbeOutcome::Refused:
    case ProbeOutcome::NoAnswer:
    case ProbeOutcome::WrongMode:
        return PaletteColors::Amber;
    case ProbeOutcome::Certificate:
    case ProbeOutcome::Interception:
    case ProbeOutcome::Error:
        return PaletteColors::Red;
    }
    return PaletteColors::Amber;
}

PortProbeDialog::PortProbeDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_probe(new PortProbe(this))
{
    setObjectName(QStringLiteral("portProbeDialog"));
    setWindowTitle(tr("Test all ports"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("probeTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels(
        {tr("Port"), tr("Security"), tr("Result"), tr("Connect"), tr("Details")});
    m_table->header()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleDescription(
        tr("Each port and security setting tried, with its result: select a row for details."));
    layout->addWidget(m_table, 1);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("probeExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_explanation);

    m_recommendation = new QLabel(this);
    m_recommendation->setObjectName(QStringLiteral("probeRecommendation"));
    m_recommendation->setWordWrap(true);
    m_recommendation->setTextFormat(Qt::PlainText);
    QFont bold = m_recommendation->font();
    bold.setBold(true);
    m_recommendation->setFont(bold);
    layout->addWidget(m_recommendation);

    auto *buttons = new QDialogButtonBox(this);
    m_use = buttons->addButton(tr("Use this setting"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useProbeSetting"));
    m_use->setAccessibleDescription(
        tr("Puts the selected port and security setting into the profile."));
    m_use->setEnabled(false);
    m_again = buttons->addButton(tr("Test again"), QDialogButtonBox::ActionRole);
    m_again->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Probe));
    m_again->setAccessibleDescription(tr("Tries all the settings again."));
    m_again->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close)
        ->setAccessibleDescription(tr("Closes this window."));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (const auto candidate = selectedWorkingCandidate()) {
            Q_EMIT settingChosen(*candidate);
            accept();
        }
    });
    connect(m_again, &QPushButton::clicked, this, &PortProbeDialog::start);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &PortProbeDialog::showSelected);

    connect(m_probe, &PortProbe::attemptStarted, this, &PortProbeDialog::onStarted);
    connect(m_probe, &PortProbe::attemptFinished, this, &PortProbeDialog::onAttemptFinished);
    connect(m_probe, &PortProbe::finished, this, &PortProbeDialog::onFinished);

    ProbeOptions options;
    if (!profile.caFile.isEmpty()) {
        QString ignored;
        if (const auto certificates = CaFile::read(profile.caFile, &ignored))
            options.extraCaCertificates = *certificates;
    }
    for (const CertificatePin &pin : profile.pins) {
        if (pin.host == profile.host)
            options.pinnedSha256.append(pin.sha256);
    }
    options.ehloName = profile.ehloName;
    if (profile.timeoutSeconds > 0)
        options.timeout
            = std::min(options.timeout, std::chrono::milliseconds(profile.timeoutSeconds * 1000));
    m_probe->setOptions(options);
    m_probe->setCandidates(PortProbe::defaultCandidates(profile.host, QStringLiteral("profile")));
    resize(820, 460);
}

PortProbeDialog::~PortProbeDialog() = default;

void PortProbeDialog::setCandidates(const QList<ProbeCandidate> &candidates)
{
    m_probe->setCandidates(candidates);
}

void PortProbeDialog::setAttemptTimeout(std::chrono::milliseconds timeout)
{
    ProbeOptions options = m_probe->options();
    options.timeout = timeout;
    m_probe->setOptions(options);
}

bool PortProbeDialog::isRunning() const
{
    return m_probe->isRunning();
}

const PortProbeResult &PortProbeDialog::probeResult() const
{
    return m_probe->result();
}

QString PortProbeDialog::securityLabel(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return tr("TLS from the start");
    case Security::StartTls:
        return tr("STARTTLS");
    case Security::None:
        return tr("None");
    }
    return QString();
}

void PortProbeDialog::start()
{
    if (m_probe->isRunning())
        return;
    m_table->clear();
    m_explanation->clear();
    m_recommendation->clear();
    m_use->setEnabled(false);
    m_again->setEnabled(false);
    const double seconds = double(m_probe->options().timeout.count()) / 1000.0;
    m_heading->setText(tr("Trying %n settings of %1 at once, without a password (at most %2 s "
                          "each). Only EHLO, STARTTLS and QUIT are sent.",
                          nullptr, int(m_probe->candidates().size()))
                           .arg(m_profile.host)
                           .arg(seconds));
    m_probe->start();
}

void PortProbeDialog::onStarted(int index, const ProbeCandidate &candidate)
{
    auto *item = new QTreeWidgetItem;
    item->setText(PortColumn,
                  candidate.host == m_profile.host
                      ? QString::number(candidate.port)
                      : QStringLiteral("%1:%2").arg(candidate.host).arg(candidate.port));
    item->setText(SecurityColumn, securityLabel(candidate.security));
    item->setText(ResultColumn, tr("Trying…"));
    m_table->insertTopLevelItem(index, item);
    for (int column = 0; column < DetailsColumn; ++column)
        m_table->resizeColumnToContents(column);
}

void PortProbeDialog::onAttemptFinished(int index, const ProbeAttemptResult &attempt)
{
    QTreeWidgetItem *item = m_table->topLevelItem(index);
    if (!item)
        return;
    item->setText(ResultColumn, probeOutcomeLabel(attempt.outcome));
    item->setForeground(ResultColumn, PaletteColors::accent(palette(), outcomeHue(attempt)));
    item->setText(ConnectColumn,
                  attempt.connectMs < 0 ? QStringLiteral("–") : tr("%1 ms").arg(attempt.connectMs));
    item->setText(DetailsColumn, attempt.summary());
    item->setToolTip(DetailsColumn, attempt.transcript.join(QLatin1Char('\n')));
    for (int column = 0; column < DetailsColumn; ++column)
        m_table->resizeColumnToContents(column);
    if (item->isSelected())
        showSelected();
}

void PortProbeDialog::onFinished(const PortProbeResult &result)
{
    m_again->setEnabled(true);
    if (const ProbeAttemptResult *best = result.recommendedAttempt()) {
        m_recommendation->setText(tr("Recommended: port %1 with %2. %3")
                                      .arg(best->candidate.port)
                                      .arg(securityLabel(best->candidate.security), result.reason));
        QTreeWidgetItem *item = m_table->topLevelItem(int(*result.recommended));
        item->setText(ResultColumn, tr("%1 (recommended)").arg(probeOutcomeLabel(best->outcome)));
        m_table->setCurrentItem(item);
    } else {
        m_recommendation->setText(result.reason);
        if (m_table->topLevelItemCount() > 0 && !m_table->currentItem())
            m_table->setCurrentItem(m_table->topLevelItem(0));
    }
    for (int column = 0; column < DetailsColumn; ++column)
        m_table->resizeColumnToContents(column);
    showSelected();
    Q_EMIT reportReady(ProbeReport::make(result, m_profile));
    Q_EMIT probeFinished();
}

std::optional<ProbeCandidate> PortProbeDialog::selectedWorkingCandidate() const
{
    QTreeWidgetItem *item = m_table->currentItem();
    const int index = item ? m_table->indexOfTopLevelItem(item) : -1;
    const PortProbeResult &result = m_probe->result();
    if (m_probe->isRunning() || index < 0 || index >= result.attempts.size())
        return std::nullopt;
    const ProbeAttemptResult &attempt = result.attempts.at(index);
    if (attempt.outcome != ProbeOutcome::Works)
        return std::nullopt;
    return attempt.candidate;
}

void PortProbeDialog::showSelected()
{
    QTreeWidgetItem *item = m_table->currentItem();
    const int index = item ? m_table->indexOfTopLevelItem(item) : -1;
    const PortProbeResult &result = m_probe->result();
    const auto working = selectedWorkingCandidate();
    m_use->setEnabled(working.has_value());
    m_use->setText(
        working ? tr("Use %1 on port %2").arg(securityLabel(working->security)).arg(working->port)
                : tr("Use this setting"));
    if (index < 0 || index >= result.attempts.size() || item->text(ResultColumn) == tr("Trying…")) {
        m_explanation->clear();
        return;
    }
    const ProbeAttemptResult &attempt = result.attempts.at(index);
    const Explanation explanation = probeExplanation(attempt);
    QStringList text;
    text << explanation.title << explanation.summary;
    if (!attempt.fix().isEmpty())
        text << attempt.fix();
    else if (attempt.outcome != ProbeOutcome::Works && !explanation.fixes.isEmpty())
        text << explanation.fixes.first();
    if (!attempt.interceptionIssuer.isEmpty())
        text << tr("Certificate issuer: %1").arg(attempt.interceptionIssuer);
    if (attempt.outcome != ProbeOutcome::Works && !attempt.detail.isEmpty())
        text << tr("Technical detail: %1").arg(attempt.detail);
    text << QStringLiteral("[%1]").arg(attempt.topic);
    m_explanation->setText(text.join(QLatin1Char('\n')));
}

} // namespace Sendcheck
