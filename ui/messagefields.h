// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QWidget;

namespace Sendcheck {

// The test message's own fields: subject, text and attachments. They are rows of the settings
// form, so they line up with the profile's fields, but they belong to the message, not to the
// profile: nothing here is saved with it.
class MessageFields : public QObject
{
    Q_OBJECT
public:
    // Makes the fields as children of `owner` and adds their rows to `form`.
    MessageFields(QWidget *owner, QFormLayout *form);

    [[nodiscard]] QString subject() const;
    [[nodiscard]] QString body() const;
    [[nodiscard]] QStringList attachments() const;

private:
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QListWidget *m_attachments = nullptr;
};

} // namespace Sendcheck
