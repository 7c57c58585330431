// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "history/historystore.h"
#include "history/runcomparison.h"
#include "report/report.h"
#include "report/reportformat.h"
#include "reportactions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sendcheck {

namespace {
constexpr int IdRole = Qt::UserRole;
enum Column { TimeColumn, ProfileColumn, ServerColumn, ResultColumn, KindColumn, ColumnCount };

QString shortTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

HistoryPanel::HistoryPanel(HistoryStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("historyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Profile:"), this);
    m_profileFilter = new QComboBox(this);
    m_profileFilter->setObjectName(QStringLiteral("historyProfile"));
    m_profileFilter->setAccessibleName(tr("Show runs of profile"));
    m_profileFilter->setAccessibleDescription(tr("Shows only the runs of the chosen profile."));
    m_profileFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterLabel->setBuddy(m_profileFilter);
    m_compareButton = new QPushButton(tr("Compare with &last success"), this);
    m_compareButton->setObjectName(QStringLiteral("compareWithLastSuccess"));
    m_compareButton->setToolTip(tr("What changed since this profile last worked: settings, TLS, "
                                   "certificate, the server's greeting and capabilities, and "
                                   "where the conversations part."));
    m_compareButton->setAccessibleDescription(m_compareButton->toolTip());
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteRun"));
    m_deleteButton->setToolTip(tr("Removes this run from the history."));
    m_deleteButton->setAccessibleDescription(m_deleteButton->toolTip());
    bar->addWidget(filterLabel);
    bar->addWidget(m_profileFilter);
    bar->addStretch(1);
    bar->addWidget(m_compareButton);
    bar->addWidget(m_deleteButton);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    m_list = new QTreeWidget(split);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Runs"));
    m_list->setAccessibleDescription(
        tr("Your earlier runs, newest first: select one to see its report."));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Time"), tr("Profile"), tr("Server"), tr("Result"), tr("Kind")});
    m_list->header()->moveSection(KindColumn, ProfileColumn); // shown after the time
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *details = new QWidget(split);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_comparison = new QLabel(details);
    m_comparison->setObjectName(QStringLiteral("historyComparison"));
    m_comparison->setAccessibleName(tr("Comparison with the last success"));
    m_comparison->setTextFormat(Qt::PlainText);
    m_comparison->setWordWrap(true);
    m_comparison->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comparison->setFrameShape(QFrame::StyledPanel);
    m_comparison->setMargin(6);
    m_comparison->setVisible(false);
    m_report = new QTextBrowser(details);
    m_report->setObjectName(QStringLiteral("historyReport"));
    m_report->setAccessibleName(tr("Report"));
    m_report->setAccessibleDescription(tr("The report of the selected run."));
    m_report->setOpenLinks(false);
    detailsLayout->addWidget(m_comparison);
    detailsLayout->addWidget(m_report, 1);
    m_actions = new ReportActions(details);
    detailsLayout->addWidget(m_actions);
    split->addWidget(m_list);
    split->addWidget(details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({150, 500});
    layout->addWidget(split, 1);

    connect(m_profileFilter, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryPanel::showRun);
    connect(m_compareButton, &QPushButton::clicked, this, &HistoryPanel::compareWithLastSuccess);
    connect(m_deleteButton, &QPushButton::clicked, this, &HistoryPanel::deleteRun);
    connect(m_actions, &ReportActions::notice, this, &HistoryPanel::notice);
    refresh();
}

void HistoryPanel::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void HistoryPanel::refresh()
{
    const qint64 current = currentRunId();
    const QString profile = m_profileFilter->currentData().toString();
    m_list->clear();
    if (!m_store->isOpen()) {
        fillProfiles({});
        showRun();
        return;
    }
    QString error;
    const auto entries = m_store->list(QString(), 0, &error);
    if (!entries) {
        setNotice(error);
        fillProfiles({});
        showRun();
        return;
    }
    QStringList names;
    for (const HistoryEntry &entry : *entries) {
        const QString name = entry.profileName.isEmpty() ? tr("(not saved)") : entry.profileName;
        if (!names.contains(name))
            names << name;
        if (!profile.isEmpty() && name != profile)
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(TimeColumn, IdRole, entry.id);
        item->setText(TimeColumn, shortTime(entry.time));
        item->setText(ProfileColumn, name);
        item->setText(ServerColumn,
                      entry.host.isEmpty()
                          ? QString()
                          : QStringLiteral("%1:%2").arg(entry.host).arg(entry.port));
        item->setText(ResultColumn,
                      entry.ok
                          ? tr("\u2714 Worked")
                          : (entry.topic.isEmpty() ? tr("\u2718 Failed")
                                                   : tr("\u2718 Failed (%1)").arg(entry.topic)));
        item->setForeground(ResultColumn,
                            entry.ok ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb4, 0x23, 0x18));
        item->setText(KindColumn, kindLabel(entry.kind));
    }
    names.sort(Qt::CaseInsensitive);
    fillProfiles(names);
    if (current == 0 || !selectRun(current))
        showRun();
}

QString HistoryPanel::kindLabel(const QString &kind)
{
    switch (Report::kindFromName(kind).value_or(Report::Kind(-1))) {
    case Report::Kind::Send:
        return tr("Test send");
    case Report::Kind::Domain:
        return tr("Domain check");
    case Report::Kind::Server:
        return tr("Server check");
    case Report::Kind::Probe:
        return tr("Port probe");
    case Report::Kind::Discovery:
        return tr("Discovery");
    }
    return kind;
}

void HistoryPanel::record(const Report &report)
{
    if (!m_store->isOpen())
        return;
    QString error;
    const std::optional<qint64> id = m_store->record(report, &error);
    if (!id) {
        Q_EMIT notice(tr("This run is not kept in the history: %1").arg(error));
        return;
    }
    refresh();
}

void HistoryPanel::fillProfiles(const QStringList &names)
{
    const QString chosen = m_profileFilter->currentData().toString();
    m_profileFilter->clear();
    m_profileFilter->addItem(tr("All profiles"), QString());
    for (const QString &name : names)
        m_profileFilter->addItem(name, name);
    const int index = m_profileFilter->findData(chosen);
    m_profileFilter->setCurrentIndex(index < 0 ? 0 : index);
}

bool HistoryPanel::selectRun(qint64 id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(TimeColumn, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

qint64 HistoryPanel::currentRunId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(TimeColumn, IdRole).toLongLong() : 0;
}

qint64 HistoryPanel::firstRunId() const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(0);
    return item ? item->data(TimeColumn, IdRole).toLongLong() : 0;
}

int HistoryPanel::runCount() const
{
    return m_list->topLevelItemCount();
}

QStringList HistoryPanel::rowTexts(int row) const
{
    QStringList texts;
    if (const QTreeWidgetItem *item = m_list->topLevelItem(row)) {
        for (int column = 0; column < ColumnCount; ++column)
            texts << item->text(column);
    }
    return texts;
}

void HistoryPanel::showRun()
{
    setComparison(QString(), {});
    const qint64 id = currentRunId();
    m_compareButton->setEnabled(id != 0);
    m_deleteButton->setEnabled(id != 0);
    if (id == 0) {
        m_actions->clear();
        m_report->setPlainText(m_store->isOpen()
                                   ? (runCount() == 0 ? tr("No runs in the history yet.")
                                                      : tr("Pick a run to see its report."))
                                   : QString());
        return;
    }
    QString error;
    const std::optional<Report> report = m_store->load(id, &error);
    if (!report) {
        m_actions->clear();
        m_report->setPlainText(error);
        return;
    }
    m_actions->setReport(*report);
    m_report->setHtml(
        QString::fromUtf8(ReportFormat::renderText(*report, ReportFormat::Format::Html)));
}

void HistoryPanel::compareWithLastSuccess()
{
    const qint64 id = currentRunId();
    if (id == 0)
        return;
    QString error;
    const std::optional<Report> run = m_store->load(id, &error);
    if (!run) {
        setComparison(error, {});
        return;
    }
    const std::optional<HistoryEntry> success = m_store->lastSuccessBefore(id, &error);
    if (!success) {
        setComparison(error.isEmpty() ? tr("There is no earlier successful run of this profile "
                                           "to compare with.")
                                      : error,
                      {});
        return;
    }
    const std::optional<Report> before = m_store->load(success->id, &error);
    if (!before) {
        setComparison(error, {});
        return;
    }
    const RunComparison comparison = RunComparison::compare(*before, *run);
    setComparison(tr("Compared with %1, the last time it worked:").arg(shortTime(success->time)),
                  comparison.toLines());
}

void HistoryPanel::setComparison(const QString &heading, const QStringList &lines)
{
    QStringList text {heading};
    // RunComparison indents the lines that belong to the one before (then/now).
    for (const QString &line : lines)
        text << (line.startsWith(QLatin1Char(' ')) ? QStringLiteral("    ") + line.trimmed()
                                                   : QStringLiteral("\u2022 ") + line);
    m_comparison->setText(text.join(QLatin1Char('\n')));
    m_comparison->setVisible(!heading.isEmpty());
}

QString HistoryPanel::comparisonText() const
{
    return m_comparison->isVisibleTo(this) ? m_comparison->text() : QString();
}

QString HistoryPanel::reportText() const
{
    return m_report->toPlainText();
}

void HistoryPanel::deleteRun()
{
    const qint64 id = currentRunId();
    QString error;
    if (id == 0)
        return;
    if (!m_store->remove(id, &error)) {
        Q_EMIT notice(error);
        return;
    }
    refresh();
    Q_EMIT notice(tr("The run was removed from the history."));
}

} // namespace Sendcheck
