// SPDX-License-Identifier: GPL-3.0-or-later
// "New profile from address…": discovery fills the sources and servers, the recommended server
// is preselected, the preset's OAuth sign-in is offered, and Save writes the profile and its
// password (to the credential store, under the profile's id); Cancel leaves nothing behind.
#include "credentials/memorycredentialstore.h"
#include "newprofiledialog.h"
#include "passwordfield.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Sendcheck;

class TestNewProfileDialog : public QObject
{
    Q_OBJECT

    static void discover(NewProfileDialog &dialog, const QString &address)
    {
        DiscoveryOptions options;
        options.offline = true; // no network in tests: presets and the snapshot
        dialog.setDiscoveryOptions(options);
        QSignalSpy finished(&dialog, &NewProfileDialog::discoveryFinished);
        dialog.findSettings(address);
        QVERIFY(finished.wait(5000));
    }

private Q_SLOTS:
    void savesTheRecommendedServerAndPassword()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore credentials;
        NewProfileDialog dialog(&profiles, &credentials, &ProviderCatalog::builtIn());
        dialog.show();
        discover(dialog, QStringLiteral("anna@gmail.com"));

        QCOMPARE(dialog.sourcesView()->topLevelItemCount(), int(dialog.result().sources.size()));
        QVERIFY(dialog.sourcesView()->topLevelItem(1)->text(2).contains(QLatin1String("Gmail")));
        QTreeWidgetItem *chosen = dialog.candidatesView()->currentItem();
        QVERIFY(chosen);
        QCOMPARE(chosen->text(0), QStringLiteral("smtp.gmail.com"));
        QCOMPARE(chosen->text(1), QStringLiteral("465"));
        // Gmail's preset has OAuth: offered beside the password.
        QCOMPARE(dialog.signInChoice()->count(), 2);
        QVERIFY(dialog.signInChoice()->itemText(1).contains(QLatin1String("Google")));
        QCOMPARE(dialog.signInChoice()->currentIndex(), 0);

        dialog.passwordField()->lineEdit()->setText(QStringLiteral("abcd efgh ijkl mnop"));
        QSignalSpy saved(&dialog, &NewProfileDialog::profileSaved);
        QVERIFY(dialog.saveProfile());
        QCOMPARE(saved.size(), 1);
        const QString id = dialog.savedProfileId();

        ProfileStore reread(dir.path());
        QString error;
        QVERIFY2(reread.load(&error), qPrintable(error));
        const Profile *profile = reread.findById(id);
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("anna@gmail.com"));
        QCOMPARE(profile->host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(profile->port, quint16(465));
        QCOMPARE(profile->security, Security::ImplicitTls);
        QCOMPARE(profile->presetId, QStringLiteral("gmail"));
        QCOMPARE(profile->from, QStringLiteral("anna@gmail.com"));
        QCOMPARE(profile->userName, QStringLiteral("anna@gmail.com"));
        QCOMPARE(profile->signIn, Profile::SignIn::Password);

        bool read = false;
        QObject context;
        credentials.read(id, &context, [&read](const CredentialResult &result) {
            read = result.ok() && !result.secret.isEmpty();
        });
        QTRY_VERIFY(read);
    }

    void pickingAnotherServer()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore credentials;
        NewProfileDialog dialog(&profiles, &credentials, &ProviderCatalog::builtIn());
        discover(dialog, QStringLiteral("bob@web.de"));
        QTreeWidget *servers = dialog.candidatesView();
        QVERIFY(servers->topLevelItemCount() >= 2);
        QCOMPARE(servers->currentItem()->text(1), QStringLiteral("465"));
        for (int i = 0; i < servers->topLevelItemCount(); ++i) {
            if (servers->topLevelItem(i)->text(1) == QLatin1String("587"))
                servers->setCurrentItem(servers->topLevelItem(i));
        }
        QVERIFY(dialog.saveProfile());
        QCOMPARE(profiles.findById(dialog.savedProfileId())->port, quint16(587));
        QCOMPARE(profiles.findById(dialog.savedProfileId())->security, Security::StartTls);
    }

    void outlookDefaultsToOAuth()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore credentials;
        NewProfileDialog dialog(&profiles, &credentials, &ProviderCatalog::builtIn());
        discover(dialog, QStringLiteral("carol@outlook.com"));
        QCOMPARE(dialog.candidatesView()->currentItem()->text(1), QStringLiteral("587"));
        QCOMPARE(dialog.signInChoice()->currentData().toString(), QStringLiteral("oauth"));
        QVERIFY(dialog.passwordField()->isHidden());
    }

    void badAddressSavesNothing()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore credentials;
        NewProfileDialog dialog(&profiles, &credentials, &ProviderCatalog::builtIn());
        discover(dialog, QStringLiteral("not-an-address"));
        QCOMPARE(dialog.sourcesView()->topLevelItemCount(), 1);
        QVERIFY(dialog.sourcesView()->topLevelItem(0)->text(2).contains(
            QLatin1String("not an email address")));
        QCOMPARE(dialog.candidatesView()->topLevelItemCount(), 0);
        QVERIFY(!dialog.saveProfile());
        QVERIFY(profiles.findByName(QStringLiteral("not-an-address")) == nullptr);
    }

    void cancelLeavesNoPassword()
    {
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MemoryCredentialStore credentials;
        auto *dialog = new NewProfileDialog(&profiles, &credentials, &ProviderCatalog::builtIn());
        discover(*dialog, QStringLiteral("dora@gmx.de"));
        dialog->passwordField()->lineEdit()->setText(QStringLiteral("typed-then-cancelled"));
        dialog->passwordField()->commit(); // as leaving the box does
        QTRY_COMPARE(credentials.size(), 1);
        dialog->reject();
        QTRY_COMPARE(credentials.size(), 0);
        QVERIFY(profiles.findByName(QStringLiteral("dora@gmx.de")) == nullptr);
        delete dialog;
    }
};

QTEST_MAIN(TestNewProfileDialog)
#include "tst_newprofiledialog.moc"
