// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionpanel.h"

#include "domainpanel.h"
#include "flowlayout.h"
#include "historypanel.h"
#include "practicepanel.h"
#include "readbackview.h"
#include "reportactions.h"
#include "stagestrip.h"
#include "svgicon.h"
#include "trainerpanel.h"
#include "transcriptpanel.h"
#include "verdictpanel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sendcheck {

SessionPanel::SessionPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildActions());
    m_strip = new StageStrip(this);
    m_strip->setObjectName(QStringLiteral("stageStrip"));
    layout->addWidget(m_strip);
    m_trainer = new TrainerPanel(this);
    layout->addWidget(m_trainer);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Session, practice server and history"));
    m_sessionTab = buildSessionTab();
    m_tabs->addTab(m_sessionTab, tr("Session"));
    layout->addWidget(m_tabs, 1);
}

QLayout *SessionPanel::buildActions()
{
    // Wraps onto a second line where a language's words do not fit beside each other.
    auto *actions = new FlowLayout;
    m_testButton = new QPushButton(tr("Test &connection"), this);
    m_testButton->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Test));
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setToolTip(tr("Connects, secures and signs in, then stops: nothing is sent."));
    m_testButton->setAccessibleDescription(m_testButton->toolTip());
    m_sendButton = new QPushButton(tr("Se&nd test message"), this);
    m_sendButton->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Send));
    m_sendButton->setObjectName(QStringLiteral("sendTestMessage"));
    m_sendButton->setAccessibleName(tr("Send test message"));
    m_sendButton->setAccessibleDescription(
        tr("Sends the test message with these settings and shows each step."));
    m_sendButton->setDefault(true);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Stop));
    m_stopButton->setObjectName(QStringLiteral("stop"));
    m_stopButton->setAccessibleName(tr("Stop"));
    m_stopButton->setAccessibleDescription(tr("Stops the test that is running."));
    m_checkArrival = new QCheckBox(tr("Check that it arrived"), this);
    m_checkArrival->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Arrived));
    m_checkArrival->setObjectName(QStringLiteral("checkArrival"));
    m_checkArrival->setAccessibleName(tr("Check that it arrived"));
    m_checkArrival->setToolTip(
        tr("After the message is accepted, look for it in the mailbox (IMAP, read-only, with "
           "the same sign-in) and show whether it reached the inbox or the spam folder, and "
           "how the receiver judged it."));
    m_checkArrival->setAccessibleDescription(m_checkArrival->toolTip());
    actions->addWidget(m_testButton);
    actions->addWidget(m_sendButton);
    actions->addWidget(m_checkArrival);
    actions->addWidget(m_stopButton);
    connect(m_testButton, &QPushButton::clicked, this, &SessionPanel::testRequested);
    connect(m_sendButton, &QPushButton::clicked, this, &SessionPanel::sendRequested);
    connect(m_stopButton, &QPushButton::clicked, this, &SessionPanel::stopRequested);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_readBack)
            m_readBack->cancel();
    });
    return actions;
}

QWidget *SessionPanel::buildSessionTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->setChildrenCollapsible(false);
    m_transcript = new TranscriptPanel(split);
    // The verdict, and under it the read-back's answer ("Check that it arrived").
    auto *answer = new QWidget(split);
    auto *answerLayout = new QVBoxLayout(answer);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    m_verdict = new VerdictPanel(answer);
    m_verdict->setObjectName(QStringLiteral("verdictPanel"));
    m_readBack = new ReadBackView(answer);
    m_readBack->setObjectName(QStringLiteral("readBackView"));
    answerLayout->addWidget(m_verdict, 1);
    answerLayout->addWidget(m_readBack, 1);
    split->addWidget(m_transcript);
    split->addWidget(answer);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    layout->addWidget(buildFixButton(tab), 0, Qt::AlignLeft);
    m_reportActions = new ReportActions(tab);
    m_reportActions->setObjectName(QStringLiteral("sessionReport"));
    layout->addWidget(m_reportActions);
    return tab;
}

QPushButton *SessionPanel::buildFixButton(QWidget *parent)
{
    m_fixButton = new QPushButton(parent);
    m_fixButton->setObjectName(QStringLiteral("verdictFix"));
    m_fixButton->setAccessibleName(tr("Fix the setting"));
    m_fixButton->setAccessibleDescription(
        tr("Changes the setting the verdict names; run the test again afterwards."));
    m_fixButton->hide();
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        m_fixButton->hide();
        Q_EMIT fixRequested();
    });
    return m_fixButton;
}

void SessionPanel::offerFix(const QString &label)
{
    m_fixButton->setText(label);
    if (!label.isEmpty())
        m_fixButton->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_fixButton->setVisible(!label.isEmpty());
}

void SessionPanel::showSessionTab()
{
    m_tabs->setCurrentWidget(m_sessionTab);
}

void SessionPanel::addPracticeTab(PracticePanel *panel)
{
    m_practice = panel;
    m_readBack->setPracticePanel(panel);
    m_tabs->addTab(panel, tr("Practice server"));
}

void SessionPanel::showPracticeTab()
{
    m_tabs->setCurrentWidget(m_practice);
}

void SessionPanel::addHistoryTab(HistoryPanel *panel)
{
    m_history = panel;
    m_tabs->addTab(panel, tr("History"));
}

void SessionPanel::showHistoryTab()
{
    m_tabs->setCurrentWidget(m_history);
}

void SessionPanel::addServerTab(QWidget *panel)
{
    m_server = panel;
    m_tabs->addTab(panel, tr("Server"));
}

void SessionPanel::showServerTab()
{
    m_tabs->setCurrentWidget(m_server);
}

void SessionPanel::addDomainTab(DomainPanel *panel)
{
    m_domain = panel;
    m_tabs->addTab(panel, tr("Domain"));
}

void SessionPanel::showDomainTab()
{
    m_tabs->setCurrentWidget(m_domain);
}

bool SessionPanel::checkArrival() const
{
    return m_checkArrival->isChecked();
}

void SessionPanel::setCheckArrival(bool on)
{
    m_checkArrival->setChecked(on);
}

void SessionPanel::setActionsEnabled(bool start, bool stop)
{
    m_testButton->setEnabled(start);
    m_sendButton->setEnabled(start);
    m_trainer->setStepEnabled(start);
    m_stopButton->setEnabled(stop);
}

} // namespace Sendcheck
