// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcriptpanel.h"

#include "diagnosis/lineexplanation.h"
#include "smtp/sessionfailure.h"
#include "svgicon.h"
#include "transcriptmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace Sendcheck {

TranscriptPanel::TranscriptPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildSearchRow(layout);
    buildLines(layout);
    connect(m_search, &QLineEdit::textChanged, this, &TranscriptPanel::applyFilter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TranscriptPanel::applyFilter);
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_view);
    copyShortcut->setContext(Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &TranscriptPanel::copy);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TranscriptPanel::currentLineChanged);
}

void TranscriptPanel::buildSearchRow(QVBoxLayout *layout)
{
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("transcriptSearch"));
    m_search->setPlaceholderText(tr("Search the transcript"));
    m_search->setAccessibleName(tr("Search the transcript"));
    m_search->setAccessibleDescription(
        tr("Shows where this text is in the transcript, for example AUTH."));
    m_search->setClearButtonEnabled(true);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("transcriptFilter"));
    m_filter->setAccessibleName(tr("Show lines"));
    m_filter->setAccessibleDescription(tr("Chooses which lines of the transcript are shown."));
    m_filter->addItem(tr("All lines"), TranscriptModel::allDirections());
    m_filter->addItem(tr("Commands and replies"),
                      (1 << int(Direction::Client)) | (1 << int(Direction::Server)));
    m_filter->addItem(tr("Server replies"), 1 << int(Direction::Server));
    m_filter->addItem(tr("TLS"), 1 << int(Direction::Tls));
    m_filter->addItem(tr("Errors"), 1 << int(Direction::Error));
    auto *copyButton = new QPushButton(tr("Copy"), this);
    copyButton->setIcon(SvgIcon::actionIcon(SvgIcon::Name::Copy));
    copyButton->setObjectName(QStringLiteral("copyTranscript"));
    copyButton->setAccessibleName(tr("Copy the transcript"));
    copyButton->setToolTip(
        tr("Copies the selected lines (or all). Passwords were never recorded."));
    copyButton->setAccessibleDescription(copyButton->toolTip());
    auto *searchLabel = new QLabel(tr("Find:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filter);
    searchRow->addWidget(copyButton);
    layout->addLayout(searchRow);
    connect(copyButton, &QPushButton::clicked, this, &TranscriptPanel::copy);
}

void TranscriptPanel::buildLines(QVBoxLayout *layout)
{
    m_model = new TranscriptModel(this);
    m_model->setPalette(palette());
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("transcript"));
    m_view->setAccessibleName(tr("Transcript"));
    m_view->setAccessibleDescription(
        tr("The conversation with the server, line by line: select a line to see what it means."));
    m_view->setUniformItemSizes(true);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setTextElideMode(Qt::ElideRight);
    const int iconSide = m_view->fontMetrics().height() - 2;
    m_view->setIconSize(QSize(iconSide, iconSide));
    layout->addWidget(m_view, 1);
    m_lineInfo = new QLabel(this);
    m_lineInfo->setObjectName(QStringLiteral("lineExplanation"));
    m_lineInfo->setAccessibleName(tr("What the selected line means"));
    m_lineInfo->setTextFormat(Qt::PlainText);
    m_lineInfo->setWordWrap(true);
    m_lineInfo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_lineInfo->setText(tr("Select a line to see what it means."));
    m_lineInfo->setMinimumHeight(m_lineInfo->fontMetrics().lineSpacing() * 2);
    layout->addWidget(m_lineInfo);
}

void TranscriptPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_model)
        m_model->setPalette(palette());
}

void TranscriptPanel::applyFilter()
{
    m_model->setFilter(m_search->text(), m_filter->currentData().toInt());
}

void TranscriptPanel::explainCurrentLine(const DiagnosisContext &session)
{
    const QModelIndex index = m_view->currentIndex();
    m_lineInfo->setText(index.isValid()
                            ? LineExplanation::forEntry(m_model->entryAt(index.row()), session)
                            : tr("Select a line to see what it means."));
}

void TranscriptPanel::selectLast(Direction direction, const QString &start)
{
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const TranscriptEntry &entry = m_model->entryAt(row);
        if (entry.direction == direction && (start.isEmpty() || entry.text.startsWith(start))) {
            m_view->setCurrentIndex(m_model->index(row));
            return;
        }
    }
}

void TranscriptPanel::selectRefusal(const SessionFailure &failure)
{
    if (failure.reply)
        selectLast(Direction::Server, QString::number(failure.reply->code));
    else
        selectLast(Direction::Error);
}

QString TranscriptPanel::text(bool selectionOnly) const
{
    QStringList lines;
    if (selectionOnly) {
        QModelIndexList rows = m_view->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        for (const QModelIndex &index : rows)
            lines.append(TranscriptModel::lineText(m_model->entryAt(index.row())));
    } else {
        for (int row = 0; row < m_model->rowCount(); ++row)
            lines.append(TranscriptModel::lineText(m_model->entryAt(row)));
    }
    return lines.join(QLatin1Char('\n'));
}

void TranscriptPanel::copy()
{
    const bool selection = m_view->selectionModel()->selectedRows().size() > 1;
    QApplication::clipboard()->setText(text(selection) + QLatin1Char('\n'));
    Q_EMIT copied(selection ? tr("The selected lines were copied.")
                            : tr("The transcript was copied."));
}

} // namespace Sendcheck
