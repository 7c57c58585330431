// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelistpanel.h"

#include "profiles/profilerules.h"
#include "profiles/profilestore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sendcheck {

ProfileListPanel::ProfileListPanel(ProfileStore *store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setMaximumWidth(280);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Profiles"), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setAccessibleDescription(tr("Your saved profiles: choose one to edit and test it."));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    label->setBuddy(m_list);
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    auto addButton
        = [this, &row](const QString &text, const QString &accessible, const QString &name) {
              auto *button = new QPushButton(text, this);
              button->setObjectName(name);
              button->setAccessibleName(accessible);
              row->addWidget(button);
              return button;
          };
    QPushButton *add = addButton(tr("Add"), tr("Add profile"), QStringLiteral("addProfile"));
    QPushButton *duplicate
        = addButton(tr("Duplicate"), tr("Duplicate profile"), QStringLiteral("duplicateProfile"));
    add->setAccessibleDescription(tr("Adds a new, empty profile."));
    duplicate->setAccessibleDescription(tr("Adds a copy of the selected profile."));
    layout->addLayout(row);
    row = new QHBoxLayout;
    QPushButton *rename
        = addButton(tr("Rename"), tr("Rename profile"), QStringLiteral("renameProfile"));
    QPushButton *remove
        = addButton(tr("Delete"), tr("Delete profile"), QStringLiteral("deleteProfile"));
    rename->setAccessibleDescription(tr("Gives the selected profile a new name."));
    remove->setAccessibleDescription(tr("Deletes the selected profile and its saved password."));
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] { this->add(tr("New profile")); });
    connect(duplicate, &QPushButton::clicked, this, &ProfileListPanel::duplicateCurrent);
    connect(rename, &QPushButton::clicked, this, &ProfileListPanel::renameCurrent);
    connect(remove, &QPushButton::clicked, this, &ProfileListPanel::deleteCurrent);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        Q_EMIT currentChanged(current ? current->data(Qt::UserRole).toString() : QString());
    });
    connect(m_list, &QListWidget::itemChanged, this, &ProfileListPanel::onItemRenamed);
}

void ProfileListPanel::refresh(const QString &currentId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Profile &profile : m_store->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (profile.id == currentId)
            m_list->setCurrentItem(item);
    }
}

bool ProfileListPanel::select(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void ProfileListPanel::selectFirst()
{
    if (m_list->count() > 0 && !m_list->currentItem())
        m_list->setCurrentRow(0);
}

QString ProfileListPanel::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileListPanel::setListEnabled(bool enabled)
{
    m_list->setEnabled(enabled);
}

QString ProfileListPanel::add(const QString &name)
{
    Q_EMIT aboutToEdit();
    QString unique = name;
    for (int n = 2; m_store->findByName(unique); ++n)
        unique = QStringLiteral("%1 %2").arg(name).arg(n);
    const Profile profile = Profile::create(unique);
    QString error;
    if (!m_store->add(profile, &error) || !m_store->save(&error)) {
        Q_EMIT notice(error);
        return {};
    }
    refresh(profile.id);
    Q_EMIT currentChanged(profile.id);
    return profile.id;
}

void ProfileListPanel::duplicateCurrent()
{
    Q_EMIT aboutToEdit();
    const Profile *source = m_store->findById(currentId());
    if (!source)
        return;
    Profile copy = *source;
    copy.id = Profile::newId();
    QString name = tr("%1 (copy)").arg(source->name);
    for (int n = 2; m_store->findByName(name); ++n)
        name = tr("%1 (copy %2)").arg(source->name).arg(n);
    copy.name = name;
    const QString sourceId = source->id;
    QString error;
    if (!m_store->add(copy, &error) || !m_store->save(&error)) {
        Q_EMIT notice(error);
        return;
    }
    refresh(sourceId);
    select(copy.id);
    Q_EMIT duplicated(copy);
    Q_EMIT notice(tr("Copied. The password is not copied: type it for the new profile."));
}

void ProfileListPanel::renameCurrent()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void ProfileListPanel::onItemRenamed(QListWidgetItem *item)
{
    const QString id = item->data(Qt::UserRole).toString();
    const Profile *found = m_store->findById(id);
    if (!found || found->name == item->text())
        return;
    const QString oldName = found->name;
    Q_EMIT aboutToEdit();
    Profile profile = *m_store->findById(id);
    profile.name = item->text().trimmed();
    QString error;
    if (profile.name.isEmpty() || !m_store->update(profile, &error) || !m_store->save(&error)) {
        Q_EMIT notice(error.isEmpty() ? tr("A profile needs a name.") : error);
        const QSignalBlocker blocker(m_list);
        item->setText(oldName);
    }
}

void ProfileListPanel::deleteCurrent()
{
    const QString id = currentId();
    const Profile *profile = m_store->findById(id);
    if (!profile)
        return;
    // A name is the user's text, never markup: plain text, so "<b>" or a link stays as typed.
    QMessageBox question(
        QMessageBox::Question, tr("Delete profile"),
        tr("Delete the profile \u201c%1\u201d and its saved password?").arg(profile->name),
        QMessageBox::Yes | QMessageBox::No, this);
    question.setObjectName(QStringLiteral("deleteProfileQuestion"));
    question.setTextFormat(Qt::PlainText);
    question.setDefaultButton(QMessageBox::No);
    if (question.exec() != QMessageBox::Yes)
        return;
    Q_EMIT removing(id);
    m_store->remove(id);
    QString error;
    if (!m_store->save(&error))
        Q_EMIT notice(error);
    refresh(QString());
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        Q_EMIT currentChanged(QString());
}

std::optional<Profile> ProfileListPanel::trustCertificate(const QString &id, const QString &host,
                                                          quint16 port,
                                                          const QByteArray &fingerprint,
                                                          bool mailbox)
{
    if (!m_store->findById(id) || fingerprint.isEmpty())
        return std::nullopt;
    Q_EMIT aboutToEdit();
    Profile updated = *m_store->findById(id);
    if (mailbox) {
        const CertificatePin pin {host.trimmed(), port, fingerprint};
        if (!pin.host.isEmpty() && !updated.imap.pins.contains(pin))
            updated.imap.pins.append(pin);
        QString error;
        if (!m_store->update(updated, &error) || !m_store->save(&error)) {
            Q_EMIT notice(error);
            return std::nullopt;
        }
        Q_EMIT notice(tr("The mailbox server's certificate is trusted for \u201c%1\u201d. Send "
                         "again to read the message back.")
                          .arg(updated.name));
        return updated;
    }
    ProfileRules::addPin(updated, host, port, fingerprint);
    ProfileRules::keepPinsForServer(updated);
    if (!updated.pinsFor(host, port).contains(fingerprint)) {
        Q_EMIT notice(tr("The certificate was not trusted: \u201c%1\u201d now names another "
                         "server than %2:%3.")
                          .arg(updated.name, host)
                          .arg(port));
        return std::nullopt;
    }
    QString error;
    if (!m_store->update(updated, &error) || !m_store->save(&error)) {
        Q_EMIT notice(error);
        return std::nullopt;
    }
    Q_EMIT notice(
        tr("The certificate is trusted for \u201c%1\u201d. Try again.").arg(updated.name));
    return updated;
}

} // namespace Sendcheck
