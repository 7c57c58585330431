// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QListWidgetItem;

namespace Sendcheck {

class ProfileStore;

// The list of profiles with Add, Duplicate, Rename and Delete. It edits and saves the
// ProfileStore and says which profile is chosen; the window loads that one into the settings.
class ProfileListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileListPanel(ProfileStore *store, QWidget *parent = nullptr);

    // Lists the store's profiles again with `currentId` chosen, without announcing it.
    void refresh(const QString &currentId);
    // Chooses `id` (currentChanged() follows if the choice changes); false if it is not listed.
    bool select(const QString &id);
    // Chooses the first profile if none is chosen.
    void selectFirst();
    [[nodiscard]] QString currentId() const;
    // The list itself (not the buttons) is locked while a session runs.
    void setListEnabled(bool enabled);

    // Adds a profile called `name` (numbered if the name is taken) and chooses it; returns
    // its id, or an empty one if it could not be saved.
    QString add(const QString &name);
    void duplicateCurrent();
    void renameCurrent();
    void deleteCurrent();
    // Pins a server certificate's fingerprint in profile `id` for `host`:`port`; the updated
    // profile, or nothing if there is no such profile, it now names another server (a pin for
    // the old one would never apply), or it could not be saved. With `mailbox` the pin is the
    // read-back mailbox server's (ProfileImap::pins), bound to its host and port the same way.
    std::optional<Profile> trustCertificate(const QString &id, const QString &host, quint16 port,
                                            const QByteArray &fingerprint, bool mailbox = false);

Q_SIGNALS:
    // The store is about to change: the window saves the settings form's edits first.
    void aboutToEdit();
    void currentChanged(const QString &id); // empty: no profile is chosen
    void duplicated(const Profile &copy);
    void removing(const QString &id); // the profile is about to leave the store
    void notice(const QString &text); // for the status bar

private:
    void onItemRenamed(QListWidgetItem *item);

    ProfileStore *m_store;
    QListWidget *m_list = nullptr;
};

} // namespace Sendcheck
