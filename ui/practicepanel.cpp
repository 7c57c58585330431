// SPDX-License-Identifier: GPL-3.0-or-later
#include "practicepanel.h"

#include "relativefont.h"

#include "practice/practiceimapserver.h"
#include "practice/practiceserver.h"
#include "practice/scenarioscript.h"
#include "transcript/transcriptentry.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Sendcheck {

PracticePanel::PracticePanel(PracticeServer *server, QWidget *parent)
    : QWidget(parent), m_server(server), m_imap(new PracticeImapServer(server, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A mail server inside Sendcheck, on this computer only. Sign in "
                                "as practice / practice. Choose a scenario to make it fail on "
                                "purpose and see how each failure is explained."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(QStringLiteral("practiceStartStop"));
    m_startStop->setAccessibleDescription(
        tr("Starts or stops the practice server on this computer."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("practiceStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    row->addWidget(m_startStop);
    row->addWidget(m_status, 1);
    layout->addLayout(row);

    auto *form = new QFormLayout;
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("practiceScenario"));
    m_scenario->setAccessibleName(tr("Practice scenario"));
    m_scenario->setAccessibleDescription(
        tr("Chooses how the practice server behaves, for example that it refuses the password."));
    const QStringList names = Scenario::names();
    for (const QString &name : names)
        m_scenario->addItem(name, name);
    auto *scenarioLabel = new QLabel(tr("Scenario:"), this);
    scenarioLabel->setBuddy(m_scenario);
    form->addRow(scenarioLabel, m_scenario);
    m_scenarioDescription = new QLabel(this);
    m_scenarioDescription->setTextFormat(Qt::PlainText);
    m_scenarioDescription->setWordWrap(true);
    form->addRow(m_scenarioDescription);
    form->addRow(buildScenarioFileRow());
    layout->addLayout(form);

    auto *receivedLabel = new QLabel(tr("Received messages:"), this);
    layout->addWidget(receivedLabel);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_messages = new QListWidget(split);
    m_messages->setObjectName(QStringLiteral("practiceMessages"));
    m_messages->setAccessibleName(tr("Received messages"));
    m_messages->setAccessibleDescription(
        tr("The messages the practice server received: select one to read it."));
    receivedLabel->setBuddy(m_messages);
    m_messageView = new QPlainTextEdit(split);
    m_messageView->setObjectName(QStringLiteral("practiceMessageView"));
    m_messageView->setAccessibleName(tr("The selected message and its session"));
    m_messageView->setAccessibleDescription(
        tr("The selected message as the server received it, with its session."));
    m_messageView->setReadOnly(true);
    setFixedPitchFont(m_messageView);
    split->addWidget(m_messages);
    split->addWidget(m_messageView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_startStop, &QPushButton::clicked, this, &PracticePanel::toggleServer);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &PracticePanel::applyScenario);
    connect(m_server, &PracticeServer::messageReceived, this, &PracticePanel::addMessage);
    connect(m_messages, &QListWidget::currentRowChanged, this, &PracticePanel::showMessage);
    for (const ReceivedMessage &message : m_server->receivedMessages())
        addMessage(message);
    applyScenario();
    refresh();
}

void PracticePanel::syncMailbox()
{
    if (!m_server->isListening()) {
        m_imap->stop();
        return;
    }
    if (m_imap->imapsPort() != 0)
        return;
    m_imapError.clear();
    if (!m_imap->start(m_server->address(), 0, 0))
        m_imapError = m_imap->errorString();
}

quint16 PracticePanel::imapsPort() const
{
    return m_server->isListening() ? m_imap->imapsPort() : quint16(0);
}

void PracticePanel::refresh()
{
    syncMailbox();
    if (m_server->isListening()) {
        m_startStop->setText(tr("Stop server"));
        QString status = tr("Running on %1: port %2 (STARTTLS), port %3 (TLS).")
                             .arg(m_server->address().toString())
                             .arg(m_server->smtpPort())
                             .arg(m_server->tlsPort());
        if (m_imap->imapsPort() != 0)
            status += QLatin1Char(' ')
                + tr("Mailbox (IMAP): port %1 (STARTTLS), port %2 (TLS).")
                      .arg(m_imap->imapPort())
                      .arg(m_imap->imapsPort());
        else if (!m_imapError.isEmpty())
            status
                += QLatin1Char(' ') + tr("The mailbox (IMAP) could not start: %1").arg(m_imapError);
        m_status->setText(status);
    } else {
        m_startStop->setText(tr("Start server"));
        m_status->setText(m_server->errorString().isEmpty()
                              ? tr("Stopped.")
                              : tr("Stopped: %1").arg(m_server->errorString()));
    }
    m_startStop->setAccessibleName(m_startStop->text().remove(QLatin1Char('&')));
}

void PracticePanel::toggleServer()
{
    if (m_server->isListening()) {
        m_server->stop();
    } else {
        const quint16 previous = m_server->smtpPort();
        // The same ports as before when they are free, so saved profiles keep working.
        if (previous == 0 || !m_server->start(QHostAddress::LocalHost, previous, 0))
            m_server->start(QHostAddress::LocalHost, 0, 0);
        if (m_server->isListening())
            Q_EMIT serverStarted(m_server->smtpPort());
    }
    refresh();
}

bool PracticePanel::setScenario(const QString &name)
{
    const int index = m_scenario->findData(name);
    if (index < 0)
        return false;
    m_scenario->setCurrentIndex(index);
    applyScenario();
    return true;
}

QString PracticePanel::scenario() const
{
    return m_scenario->currentData().toString();
}

QLayout *PracticePanel::buildScenarioFileRow()
{
    auto *row = new QHBoxLayout;
    m_loadScenario = new QPushButton(tr("Load scenario file\u2026"), this);
    m_loadScenario->setObjectName(QStringLiteral("practiceLoadScenario"));
    m_loadScenario->setAccessibleName(tr("Load scenario file"));
    m_loadScenario->setAccessibleDescription(
        tr("A text file with one rule per line, such as \u201crcpt: 550 5.1.1 No such "
           "user\u201d: the stage, then the reply the practice server gives there."));
    m_loadScenario->setToolTip(m_loadScenario->accessibleDescription());
    m_scenarioFileError = new QLabel(this);
    m_scenarioFileError->setObjectName(QStringLiteral("practiceScenarioFileError"));
    m_scenarioFileError->setTextFormat(Qt::PlainText); // the file's own words, never markup
    m_scenarioFileError->setWordWrap(true);
    m_scenarioFileError->hide();
    row->addWidget(m_loadScenario, 0, Qt::AlignTop);
    row->addWidget(m_scenarioFileError, 1);
    connect(m_loadScenario, &QPushButton::clicked, this, &PracticePanel::chooseScenarioFile);
    return row;
}

void PracticePanel::chooseScenarioFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load a practice scenario"), QFileInfo(m_fileScenarioPath).path(),
        tr("Scenario files (*.txt *.scenario);;All files (*)"));
    if (!path.isEmpty())
        loadScenarioFile(path);
}

bool PracticePanel::loadScenarioFile(const QString &path)
{
    QList<ScenarioRule> rules;
    QString error;
    if (!ScenarioScript::parseFile(path, &rules, &error)) {
        m_scenarioFileError->setText(tr("This scenario file cannot be used, so the practice "
                                        "server keeps its scenario. %1")
                                         .arg(error));
        m_scenarioFileError->show();
        return false;
    }
    m_scenarioFileError->clear();
    m_scenarioFileError->hide();
    m_fileScenario = Scenario();
    m_fileScenario.addRules(rules);
    m_fileScenarioPath = path;
    const QString entry = QStringLiteral("file:") + path;
    const QString label = tr("File: %1").arg(QFileInfo(path).fileName());
    int index = m_scenario->findData(entry);
    if (index < 0) {
        // One file entry at a time: the last one loaded.
        const int previous
            = m_scenario->findData(QStringLiteral("file:"), Qt::UserRole, Qt::MatchStartsWith);
        if (previous >= 0)
            m_scenario->removeItem(previous);
        m_scenario->addItem(label, entry);
        index = m_scenario->count() - 1;
    }
    if (m_scenario->currentIndex() == index)
        applyScenario(); // the file was loaded again: its new rules
    else
        m_scenario->setCurrentIndex(index);
    return true;
}

QString PracticePanel::scenarioFileError() const
{
    return m_scenarioFileError->isHidden() ? QString() : m_scenarioFileError->text();
}

void PracticePanel::applyScenario()
{
    const QString name = m_scenario->currentData().toString();
    if (name.startsWith(QLatin1String("file:"))) {
        m_server->setScenario(m_fileScenario);
        m_scenarioDescription->setText(
            tr("Your own scenario from %1: %n rule(s), each making its stage fail.", nullptr,
               int(m_fileScenario.rules().size()))
                .arg(QDir::toNativeSeparators(m_fileScenarioPath)));
        return;
    }
    Scenario scenario;
    if (!name.isEmpty() && name != QLatin1String("accept"))
        scenario.add(name);
    m_server->setScenario(scenario);
    m_scenarioDescription->setText(Scenario::describe(name));
}

void PracticePanel::addMessage(const ReceivedMessage &message)
{
    auto *item = new QListWidgetItem(
        tr("%1  from %2 to %3")
            .arg(QLocale().toString(message.received.toLocalTime().time(), QLocale::ShortFormat),
                 visibleText(message.mailFrom.isEmpty() ? QStringLiteral("<>") : message.mailFrom),
                 visibleText(message.rcptTo.join(QStringLiteral(", ")))));
    item->setData(Qt::UserRole, message.sessionId);
    item->setData(Qt::UserRole + 1, message.sessionTranscript);
    item->setData(Qt::UserRole + 2, QString::fromUtf8(message.data));
    m_messages->addItem(item);
    while (m_messages->count() > PracticeServer::DefaultMaxStoredMessages)
        delete m_messages->takeItem(0);
}

void PracticePanel::showMessage(int row)
{
    QListWidgetItem *item = m_messages->item(row);
    if (!item) {
        m_messageView->clear();
        return;
    }
    // Each line made visible on its own: the message and session come from a client.
    auto visibleLines = [](const QString &text) {
        QStringList lines = text.split(QStringLiteral("\r\n"));
        for (QString &line : lines)
            line = visibleText(line);
        return lines.join(QLatin1Char('\n'));
    };
    QString session = item->data(Qt::UserRole + 1).toString();
    session.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // Not every font has the lock emoji; the words say the same.
    session.replace(QStringLiteral("\U0001F512"), QStringLiteral("[TLS]"));
    QStringList sessionLines = session.split(QLatin1Char('\n'));
    for (QString &line : sessionLines)
        line = visibleText(line);
    m_messageView->setPlainText(tr("Session:\n%1\n\nMessage:\n%2")
                                    .arg(sessionLines.join(QLatin1Char('\n')),
                                         visibleLines(item->data(Qt::UserRole + 2).toString())));
}

} // namespace Sendcheck
