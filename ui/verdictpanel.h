// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnosis/explanation.h"
#include "smtp/smtpreply.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;

namespace Sendcheck {

struct SessionResult;

// The answer to "did it work?": green or red, the plain-language explanation with causes and
// numbered fixes, why Sendcheck reads the failure that way (and how sure it is), the provider
// hint, the server's own words, and the TLS details. Everything
// is plain text: server words never render as markup.
class VerdictPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Running, Success, Failure, Stopped };

    explicit VerdictPanel(QWidget *parent = nullptr);

    // Back to the empty state: no result, no label.
    void clear();
    // Which run the result belongs to: profile, server and time (shown small under the title,
    // with the topic id of a failure, for tickets). Kept until clear().
    void setRunLabel(const QString &label);
    [[nodiscard]] QString runLabel() const;
    void showRunning(const QString &what);
    // `messageReply`: the answer to the final dot when a message was sent (not only a
    // connection test).
    // `practice`: the message went to the practice server, whose Received messages list has it.
    void showSuccess(const SessionResult &result, const std::optional<SmtpReply> &messageReply,
                     bool practice = false);
    void showFailure(const SessionResult &result, const Explanation &explanation);
    void showStopped();
    void showProblem(const QString &title, const QString &text); // refused before connecting

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString topic() const { return m_topic; }
    // Everything shown, as one text (for tests and copy).
    [[nodiscard]] QString text() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reset(); // empties the result; the run label stays
    void updateRunLine();
    void setState(State state);
    void setSection(QLabel *heading, QLabel *body, const QString &text);
    QLabel *addLabel(const QString &name, bool heading = false);
    void applyColours();
    // Keeps `box` (the header, the details) as tall as its wrapped lines need at its width.
    static void fitToWidth(QWidget *box);

    State m_state = State::Empty;
    QString m_topic;
    QFrame *m_header = nullptr;
    QWidget *m_content = nullptr; // the details, in a scroll area
    QLabel *m_mark = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_runLine = nullptr; // run label and topic id, small
    QString m_runLabel;
    QLabel *m_summary = nullptr;
    QLabel *m_why = nullptr; // "Why this explanation?": how sure, and what it rests on
    QLabel *m_causesHeading = nullptr;
    QLabel *m_causes = nullptr;
    QLabel *m_fixesHeading = nullptr;
    QLabel *m_fixes = nullptr;
    QLabel *m_hintHeading = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_serverHeading = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_referenceHeading = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_tlsHeading = nullptr;
    QLabel *m_tls = nullptr;
};

} // namespace Sendcheck
