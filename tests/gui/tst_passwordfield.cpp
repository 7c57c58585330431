// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordfield.h"

#include "credentials/memorycredentialstore.h"

#include <QLineEdit>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace Sendcheck;

// What is typed in the password box leaves it as one SecretBuffer; the box's former text is
// overwritten where it is (issue 17: wiping did not reach shared copies).
class TestPasswordField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedTextIsTakenAndOverwritten()
    {
        MemoryCredentialStore store;
        PasswordField field(&store);
        field.setProfileId(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QTest::keyClicks(field.lineEdit(), QStringLiteral("Pl4nted-S3cret")); // typed
        QVERIFY(field.lineEdit()->isUndoAvailable());
        // A copy that shares the line edit's text, as every QString from text() does.
        const QString shared = field.lineEdit()->text();
        std::optional<SecretBuffer> fetched;
        field.fetchSecret([&](std::optional<SecretBuffer> secret, const QString &) {
            fetched = std::move(secret);
        });
        QVERIFY(fetched);
        QCOMPARE(fetched->view(), QByteArrayView("Pl4nted-S3cret"));
        QVERIFY(field.lineEdit()->text().isEmpty());
        QVERIFY(!field.lineEdit()->isUndoAvailable()); // clear() would keep it in the history
        // The bytes the box held are zeros now (the length stays: only the content is gone).
        QCOMPARE(shared.size(), qsizetype(14));
        QVERIFY(std::all_of(shared.begin(), shared.end(), [](QChar c) { return c.isNull(); }));
    }

    void theSessionCopyIsABufferOfItsOwn()
    {
        PasswordField field(nullptr); // no store: kept for this session only
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        field.setProfileId(id);
        field.setSessionSecret(id, QByteArrayView("practice"));
        const char *first = nullptr;
        const char *second = nullptr;
        for (const char **where : {&first, &second}) {
            field.fetchSecret([&](std::optional<SecretBuffer> secret, const QString &) {
                QVERIFY(secret);
                QCOMPARE(secret->view(), QByteArrayView("practice"));
                *where = secret->data();
            });
        }
        QVERIFY(first && second); // each fetch gets its own buffer, wiped by its receiver
    }
};

QTEST_MAIN(TestPasswordField)
#include "tst_passwordfield.moc"
