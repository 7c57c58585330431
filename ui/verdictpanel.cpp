// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictpanel.h"

#include "relativefont.h"

#include "diagnosis/evidencetext.h"
#include "palettecolors.h"
#include "smtp/smtpsession.h"
#include "stagestrip.h"
#include "svgicon.h"
#include "tlstext.h"
#include "transcript/transcriptentry.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Sendcheck {

namespace {
// A stage as the stage strip names it, with the finer stage where the strip's step holds
// several ("Send (Recipients)"): one name for each thing on screen.
QString placeName(Stage stage)
{
    const int step = StageStrip::stepFor(stage);
    const QString strip = step >= 0 ? StageStrip::stepName(step) : QString();
    const QString fine = stageLabel(stage);
    if (strip.isEmpty() || strip == fine)
        return fine;
    return QStringLiteral("%1 (%2)").arg(strip, fine);
}
} // namespace

VerdictPanel::VerdictPanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Verdict"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_header = new QFrame(this);
    m_header->setObjectName(QStringLiteral("verdictHeader"));
    m_header->setAutoFillBackground(true);
    m_header->setFrameShape(QFrame::StyledPanel);
    auto *headerLayout = new QHBoxLayout(m_header);
    m_mark = new QLabel(m_header);
    m_mark->setAlignment(Qt::AlignTop);
    m_title = new QLabel(m_header);
    m_title->setObjectName(QStringLiteral("verdictTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setRelativeFontSize(m_title, 1.25, true);
    m_runLine = new QLabel(m_header);
    m_runLine->setObjectName(QStringLiteral("verdictRun"));
    m_runLine->setTextFormat(Qt::PlainText);
    m_runLine->setWordWrap(true);
    m_runLine->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setRelativeFontSize(m_runLine, 0.85);
    auto *titles = new QVBoxLayout;
    titles->setContentsMargins(0, 0, 0, 0);
    titles->addWidget(m_title);
    titles->addWidget(m_runLine);
    headerLayout->addWidget(m_mark, 0, Qt::AlignTop);
    headerLayout->addLayout(titles, 1);
    outer->addWidget(m_header);
    // A wrapped title must never be cut to its first line: a layout asks a label's height for
    // its width only when it places it, so a short pane squeezed the header below it. The
    // header's minimum follows its width instead; the pane grows and the details scroll.
    m_header->installEventFilter(this);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Verdict details"));
    scroll->setAccessibleDescription(tr("What happened in the test and what to do next."));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_content = content;
    content->setObjectName(QStringLiteral("verdictContent"));
    // Likewise the details scroll rather than squeeze their labels.
    content->installEventFilter(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    scroll->setWidget(content);
    // The first lines of the details stay in view when the pane is short (the title above
    // may take several lines).
    scroll->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 8);
    outer->addWidget(scroll, 1);

    m_summary = addLabel(QStringLiteral("verdictSummary"));
    m_why = addLabel(QStringLiteral("verdictWhy"));
    QFont whyFont = m_why->font();
    whyFont.setItalic(true); // a note on the explanation, not part of it
    m_why->setFont(whyFont);
    m_causesHeading = addLabel(QString(), true);
    m_causes = addLabel(QStringLiteral("verdictCauses"));
    m_fixesHeading = addLabel(QString(), true);
    m_fixes = addLabel(QStringLiteral("verdictFixes"));
    m_hintHeading = addLabel(QString(), true);
    m_hint = addLabel(QStringLiteral("verdictProviderHint"));
    m_serverHeading = addLabel(QString(), true);
    m_server = addLabel(QStringLiteral("verdictServerText"));
    setFixedPitchFont(m_server);
    m_referenceHeading = addLabel(QString(), true);
    m_reference = addLabel(QStringLiteral("verdictReference"));
    m_tlsHeading = addLabel(QString(), true);
    m_tls = addLabel(QStringLiteral("verdictTls"));
    setFixedPitchFont(m_tls);
    for (QLabel *label :
         {m_summary, m_why, m_causesHeading, m_causes, m_fixesHeading, m_fixes, m_hintHeading,
          m_hint, m_serverHeading, m_server, m_referenceHeading, m_reference, m_tlsHeading, m_tls})
        layout->addWidget(label);
    layout->addStretch(1);
    // Names for screen readers (a section's body takes its heading's words when shown).
    m_title->setAccessibleName(tr("Verdict"));
    const QList<std::pair<QLabel *, QString>> names {
        {m_summary, tr("Summary")},           {m_why, tr("Why this explanation?")},
        {m_causes, tr("Likely causes:")},     {m_fixes, tr("What to do:")},
        {m_hint, tr("About this provider:")}, {m_server, tr("The server's own words:")},
        {m_reference, tr("Reference:")},      {m_tls, tr("Encryption (TLS):")}};
    for (const auto &[label, name] : names)
        label->setAccessibleName(name);
    for (QLabel *heading : {m_causesHeading, m_fixesHeading, m_hintHeading, m_serverHeading,
                            m_referenceHeading, m_tlsHeading})
        heading->setAccessibleName(tr("Heading"));
    clear();
}

QLabel *VerdictPanel::addLabel(const QString &name, bool heading)
{
    auto *label = new QLabel(this);
    if (!name.isEmpty())
        label->setObjectName(name);
    // Server words and TLS library texts pass through here: never rich text.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (heading) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

void VerdictPanel::setSection(QLabel *heading, QLabel *body, const QString &text)
{
    body->setText(text);
    if (heading) {
        body->setAccessibleName(heading->text());
        heading->setAccessibleName(heading->text());
    }
    body->setVisible(!text.isEmpty());
    if (heading)
        heading->setVisible(!text.isEmpty());
}

void VerdictPanel::setState(State state)
{
    m_state = state;
    applyColours();
}

void VerdictPanel::applyColours()
{
    QPalette palette = this->palette();
    std::optional<SvgIcon::Name> icon;
    switch (m_state) {
    case State::Success:
        palette.setColor(QPalette::Window, PaletteColors::tint(palette, PaletteColors::Green));
        icon = SvgIcon::Name::StatusPass;
        break;
    case State::Failure:
        palette.setColor(QPalette::Window, PaletteColors::tint(palette, PaletteColors::Red));
        icon = SvgIcon::Name::StatusFail;
        break;
    case State::Stopped:
        palette.setColor(QPalette::Window, PaletteColors::tint(palette, PaletteColors::Amber));
        icon = SvgIcon::Name::StatusStopped;
        break;
    case State::Running:
        icon = SvgIcon::Name::StatusRunning;
        break;
    case State::Empty:
        break;
    }
    // As tall as the title's first line, drawn for the screen's pixel ratio (crisp at 200%).
    const int side = m_title->fontMetrics().height();
    m_mark->setFixedSize(side, side);
    m_mark->setPixmap(
        icon ? SvgIcon::ownIcon(*icon, palette).pixmap(QSize(side, side), devicePixelRatioF())
             : QPixmap());
    m_header->setPalette(palette);
    m_header->setAccessibleName(m_title->text());
}

void VerdictPanel::clear()
{
    m_runLabel.clear();
    reset();
}

void VerdictPanel::setRunLabel(const QString &label)
{
    m_runLabel = label;
    updateRunLine();
}

QString VerdictPanel::runLabel() const
{
    return m_runLine->text();
}

void VerdictPanel::updateRunLine()
{
    QStringList parts;
    if (!m_runLabel.isEmpty())
        parts.append(m_runLabel);
    if (!m_topic.isEmpty())
        parts.append(tr("topic %1").arg(m_topic));
    m_runLine->setText(parts.join(QStringLiteral(" \u00B7 ")));
    m_runLine->setAccessibleName(tr("Run"));
    m_runLine->setVisible(!parts.isEmpty());
}

void VerdictPanel::reset()
{
    m_topic.clear();
    updateRunLine();
    m_title->setText(tr("Press \u201cTest connection\u201d or \u201cSend test message\u201d."));
    for (QLabel *label :
         {m_summary, m_why, m_causes, m_fixes, m_hint, m_server, m_reference, m_tls})
        setSection(nullptr, label, QString());
    for (QLabel *label : {m_causesHeading, m_fixesHeading, m_hintHeading, m_serverHeading,
                          m_referenceHeading, m_tlsHeading})
        label->setVisible(false);
    setState(State::Empty);
}

void VerdictPanel::showRunning(const QString &what)
{
    reset();
    m_title->setText(what);
    setState(State::Running);
}

void VerdictPanel::showStopped()
{
    reset();
    m_title->setText(tr("Stopped. Nothing more was sent."));
    setState(State::Stopped);
}

void VerdictPanel::showProblem(const QString &title, const QString &text)
{
    reset();
    m_title->setText(title);
    setSection(nullptr, m_summary, text);
    setState(State::Failure);
}

void VerdictPanel::showSuccess(const SessionResult &result,
                               const std::optional<SmtpReply> &messageReply, bool practice)
{
    reset();
    const std::optional<SmtpReply> words = messageReply ? messageReply : result.lastReply;
    if (messageReply) {
        m_title->setText(tr("It works: the server accepted the test message."));
        QString summary = tr("Sent in %1 ms.").arg(result.totalMs);
        summary += QLatin1Char(' ')
            + (practice ? tr("The practice server kept it: see \u201cReceived messages\u201d on "
                             "the Practice server tab.")
                        : tr("Look for it in the recipient's mailbox (and its spam folder): the "
                             "server took responsibility for delivering it."));
        setSection(nullptr, m_summary, summary);
    } else {
        m_title->setText(tr("Connection test passed: everything up to \u201c%1\u201d works.")
                             .arg(stageLabel(result.stage)));
        setSection(nullptr, m_summary,
                   tr("No message was sent. Use \u201cSend test message\u201d to prove the whole "
                      "way."));
    }
    if (words) {
        m_serverHeading->setText(tr("The server's own words:"));
        setSection(m_serverHeading, m_server, visibleText(words->toOneLine()));
    }
    m_tlsHeading->setText(tr("Encryption (TLS):"));
    setSection(m_tlsHeading, m_tls, TlsText::details(result.tls));
    setState(State::Success);
}

void VerdictPanel::showFailure(const SessionResult &result, const Explanation &explanation)
{
    reset();
    m_topic = explanation.topic;
    updateRunLine();
    m_title->setText(explanation.title.isEmpty()
                         ? tr("Failed at \u201c%1\u201d.").arg(placeName(result.failure.stage))
                         : explanation.title);
    setSection(nullptr, m_summary,
               tr("Stopped at \u201c%1\u201d. ").arg(placeName(result.failure.stage))
                   + explanation.summary);
    if (explanation.severity != Explanation::Severity::Info) {
        setSection(nullptr, m_why, EvidenceText::whyLine(explanation));
        m_why->setAccessibleName(tr("Why this explanation?"));
    }
    QStringList causes;
    for (const QString &cause : explanation.causes)
        causes.append(QStringLiteral("\u2022 ") + cause);
    m_causesHeading->setText(tr("Likely causes:"));
    setSection(m_causesHeading, m_causes, causes.join(QLatin1Char('\n')));
    QStringList fixes;
    for (qsizetype i = 0; i < explanation.fixes.size(); ++i)
        fixes.append(QStringLiteral("%1. %2").arg(i + 1).arg(explanation.fixes.at(i)));
    m_fixesHeading->setText(tr("What to do:"));
    setSection(m_fixesHeading, m_fixes, fixes.join(QLatin1Char('\n')));
    m_hintHeading->setText(tr("About this provider:"));
    setSection(m_hintHeading, m_hint, explanation.providerHint);
    QString serverWords = explanation.serverText;
    if (serverWords.isEmpty() && result.failure.reply)
        serverWords = result.failure.reply->toOneLine();
    if (serverWords.isEmpty())
        serverWords = result.failure.detail;
    m_serverHeading->setText(result.failure.reply ? tr("The server's own words:")
                                                  : tr("The technical message:"));
    setSection(m_serverHeading, m_server, visibleText(serverWords));
    m_referenceHeading->setText(tr("Reference:"));
    setSection(m_referenceHeading, m_reference, explanation.reference);
    if (result.tls.used || !result.tls.chain.isEmpty()) {
        m_tlsHeading->setText(tr("Encryption (TLS):"));
        setSection(m_tlsHeading, m_tls, TlsText::details(result.tls));
    }
    setState(explanation.severity == Explanation::Severity::Info ? State::Stopped : State::Failure);
}

QString VerdictPanel::text() const
{
    QStringList parts {m_title->text()};
    if (!m_runLine->isHidden() && !m_runLine->text().isEmpty())
        parts.append(m_runLine->text());
    for (const QLabel *label : {m_summary, m_why, m_causesHeading, m_causes, m_fixesHeading,
                                m_fixes, m_hintHeading, m_hint, m_serverHeading, m_server,
                                m_referenceHeading, m_reference, m_tlsHeading, m_tls}) {
        if (!label->isHidden() && !label->text().isEmpty())
            parts.append(label->text());
    }
    return parts.join(QLatin1Char('\n'));
}

bool VerdictPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_header || watched == m_content)
        && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        fitToWidth(static_cast<QWidget *>(watched));
    return QWidget::eventFilter(watched, event);
}

void VerdictPanel::fitToWidth(QWidget *box)
{
    const int needed = box->heightForWidth(box->width());
    if (needed > 0 && needed != box->minimumHeight())
        box->setMinimumHeight(needed);
}

void VerdictPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyColours();
}

} // namespace Sendcheck
