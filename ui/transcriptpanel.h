// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transcript/transcriptentry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QVBoxLayout;

namespace Sendcheck {

struct DiagnosisContext;
struct SessionFailure;
class TranscriptModel;

// The live transcript: find and filter, the lines themselves, what the selected line means,
// and Copy (the engine recorded secrets redacted, so a copy carries none).
class TranscriptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptPanel(QWidget *parent = nullptr);

    [[nodiscard]] TranscriptModel *model() const { return m_model; }
    [[nodiscard]] QListView *view() const { return m_view; }
    // "What the selected line means", below the lines.
    [[nodiscard]] QLabel *lineInfo() const { return m_lineInfo; }

    // Explains the selected line; `session`: the settings of the session it belongs to.
    void explainCurrentLine(const DiagnosisContext &session);
    // Selects the last line from `direction` that starts with `start` (any line if empty).
    void selectLast(Direction direction, const QString &start = {});
    // Selects the line that shows `failure`: the server's refusal, or else the error line.
    void selectRefusal(const SessionFailure &failure);
    // The transcript (selected lines, or all) as text, as it goes to the clipboard.
    [[nodiscard]] QString text(bool selectionOnly) const;
    // Copies the selected lines (all when at most one is selected) to the clipboard.
    void copy();

Q_SIGNALS:
    void currentLineChanged();
    void copied(const QString &notice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildSearchRow(QVBoxLayout *layout);
    void buildLines(QVBoxLayout *layout);
    void applyFilter();

    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    TranscriptModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_lineInfo = nullptr;
};

} // namespace Sendcheck
