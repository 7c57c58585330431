// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagefields.h"

#include "formrow.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sendcheck {

// The texts keep the settings form's translation context, where they have always been.
MessageFields::MessageFields(QWidget *owner, QFormLayout *form) : QObject(owner)
{
    m_subject = new QLineEdit(
        QCoreApplication::translate("Sendcheck::SettingsForm", "Sendcheck test message"), owner);
    addFormRow(form, owner, QCoreApplication::translate("Sendcheck::SettingsForm", "Su&bject:"),
               m_subject, QStringLiteral("subject"));
    m_subject->setAccessibleDescription(QCoreApplication::translate(
        "Sendcheck::SettingsForm", "The subject line of the test message."));
    m_body = new QPlainTextEdit(owner);
    m_body->setTabChangesFocus(true);
    m_body->setPlainText(QCoreApplication::translate("Sendcheck::SettingsForm",
                                                     "This is a test message from Sendcheck."));
    m_body->setMaximumHeight(m_body->fontMetrics().lineSpacing() * 5);
    addFormRow(form, owner, QCoreApplication::translate("Sendcheck::SettingsForm", "Messa&ge:"),
               m_body, QStringLiteral("body"));
    m_body->setAccessibleDescription(
        QCoreApplication::translate("Sendcheck::SettingsForm", "The text of the test message."));

    auto *attachRow = new QWidget(owner);
    auto *attachLayout = new QHBoxLayout(attachRow);
    attachLayout->setContentsMargins(0, 0, 0, 0);
    m_attachments = new QListWidget(attachRow);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setAccessibleName(
        QCoreApplication::translate("Sendcheck::SettingsForm", "Attachments"));
    m_attachments->setAccessibleDescription(QCoreApplication::translate(
        "Sendcheck::SettingsForm", "Files sent with the test message."));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().lineSpacing() * 3 + 8);
    auto *attachButtons = new QVBoxLayout;
    auto *addAttachment = new QPushButton(
        QCoreApplication::translate("Sendcheck::SettingsForm", "Add\u2026"), attachRow);
    addAttachment->setAccessibleName(
        QCoreApplication::translate("Sendcheck::SettingsForm", "Add attachment"));
    addAttachment->setAccessibleDescription(QCoreApplication::translate(
        "Sendcheck::SettingsForm", "Chooses a file to send with the test message."));
    auto *removeAttachment = new QPushButton(
        QCoreApplication::translate("Sendcheck::SettingsForm", "Remove"), attachRow);
    removeAttachment->setAccessibleName(
        QCoreApplication::translate("Sendcheck::SettingsForm", "Remove attachment"));
    removeAttachment->setAccessibleDescription(QCoreApplication::translate(
        "Sendcheck::SettingsForm", "Removes the selected file from the test message."));
    attachButtons->addWidget(addAttachment);
    attachButtons->addWidget(removeAttachment);
    attachLayout->addWidget(m_attachments, 1);
    attachLayout->addLayout(attachButtons);
    auto *attachLabel
        = new QLabel(QCoreApplication::translate("Sendcheck::SettingsForm", "Attachments:"), owner);
    attachLabel->setBuddy(m_attachments);
    form->addRow(attachLabel, attachRow);
    connect(addAttachment, &QPushButton::clicked, this, [this, owner] {
        const QStringList files = QFileDialog::getOpenFileNames(
            owner, QCoreApplication::translate("Sendcheck::SettingsForm", "Attach files"));
        for (const QString &file : files)
            m_attachments->addItem(file);
    });
    connect(removeAttachment, &QPushButton::clicked, this,
            [this] { delete m_attachments->currentItem(); });
}

QString MessageFields::subject() const
{
    return m_subject->text();
}

QString MessageFields::body() const
{
    return m_body->toPlainText();
}

QStringList MessageFields::attachments() const
{
    QStringList files;
    for (int i = 0; i < m_attachments->count(); ++i)
        files.append(m_attachments->item(i)->text());
    return files;
}

} // namespace Sendcheck
