// SPDX-License-Identifier: GPL-3.0-or-later
// Trust in the window (issue 17): the certificate dialog names the host and port it pins for,
// a pin is made for that server only, the settings form drops pins when the server changes,
// and a profile's name is shown as the text it is, never as markup.
#include "certificatedialog.h"
#include "credentials/memorycredentialstore.h"
#include "profilelistpanel.h"
#include "profiles/profilestore.h"
#include "providers/providercatalog.h"
#include "settingsform.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sendcheck;

class TestTrustUi : public QObject
{
    Q_OBJECT

private:
    static TlsInfo untrusted()
    {
        TlsInfo tls;
        tls.used = true;
        tls.errors = {QStringLiteral("The certificate is self-signed, and untrusted")};
        CertificateInfo leaf;
        leaf.subject = QStringLiteral("relay.lan");
        leaf.issuer = QStringLiteral("relay.lan");
        leaf.sha256
            = QStringLiteral("AB:") + QStringLiteral("CD:").repeated(30) + QStringLiteral("EF");
        tls.chain = {leaf};
        return tls;
    }

private Q_SLOTS:
    void dialogNamesTheServerItPinsFor()
    {
        CertificateDialog dialog(untrusted(), QStringLiteral("relay.lan"), 2525);
        dialog.show();
        QCOMPARE(dialog.host(), QStringLiteral("relay.lan"));
        QCOMPARE(dialog.port(), quint16(2525));
        QVERIFY(dialog.trustButton()->text().contains(QStringLiteral("relay.lan:2525")));
        bool introNamesIt = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            introNamesIt = introNamesIt
                || (label->text().contains(QStringLiteral("relay.lan:2525"))
                    && label->textFormat() == Qt::PlainText);
        QVERIFY(introNamesIt);
        const QString shots = qEnvironmentVariable("SENDCHECK_TRUST_SCREENSHOT");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots));
    }

    void trustPinsForThatServerOnly()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        ProfileListPanel panel(&store);
        const QString id = panel.add(QStringLiteral("Lab"));
        QVERIFY(!id.isEmpty());
        Profile lab = *store.findById(id);
        lab.host = QStringLiteral("relay.lan");
        lab.port = 2525;
        QString error;
        QVERIFY(store.update(lab, &error));
        const QByteArray fingerprint(64, 'a');

        const auto updated
            = panel.trustCertificate(id, QStringLiteral("relay.lan"), 2525, fingerprint);
        QVERIFY(updated);
        QCOMPARE(updated->pins,
                 (QList<CertificatePin> {{QStringLiteral("relay.lan"), 2525, fingerprint}}));
        QVERIFY(updated->toServerSettings().pinnedSha256.contains(fingerprint));

        // The session ran against a server the profile no longer names: nothing is pinned.
        QVERIFY(!panel.trustCertificate(id, QStringLiteral("relay.lan"), 465, QByteArray(64, 'b')));
        QVERIFY(!panel.trustCertificate(id, QStringLiteral("evil.lan"), 2525, QByteArray(64, 'b')));
        QCOMPARE(store.findById(id)->pins.size(), 1);
    }

    void formDropsPinsWhenTheServerChanges()
    {
        const ProviderCatalog catalog = ProviderCatalog::loadDefault();
        MemoryCredentialStore credentials;
        SettingsForm form(&catalog, &credentials);
        Profile lab = Profile::create(QStringLiteral("Lab"));
        lab.host = QStringLiteral("relay.lan");
        lab.port = 2525;
        lab.security = Security::StartTls;
        lab.pins = {{QStringLiteral("relay.lan"), 2525, QByteArray(64, 'a')}};
        form.setProfile(lab);
        QCOMPARE(form.profile().pins, lab.pins);

        auto *host = form.findChild<QComboBox *>(QStringLiteral("host"));
        QVERIFY(host);
        host->setEditText(QStringLiteral("evil.lan"));
        QVERIFY(form.profile().pins.isEmpty()); // the old server's pin does not follow
        QVERIFY(form.profile().toServerSettings().pinnedSha256.isEmpty());

        // A fingerprint typed now is for the server named now.
        auto *trusted = form.findChild<QPlainTextEdit *>(QStringLiteral("trustedCertificates"));
        QVERIFY(trusted);
        trusted->setPlainText(QString(64, QLatin1Char('a')) + QLatin1Char('\n')
                              + QString(64, QLatin1Char('b')));
        QCOMPARE(form.profile().pins,
                 (QList<CertificatePin> {{QStringLiteral("evil.lan"), 2525, QByteArray(64, 'b')}}));

        host->setEditText(QStringLiteral("relay.lan"));
        QCOMPARE(form.profile().pins.size(), 2); // back on its server, the pin is there
    }

    void profileNameIsShownAsPlainText()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        ProfileListPanel panel(&store);
        panel.show();
        const QString name = QStringLiteral("<b>Boss</b> <a href=\"https://evil.example\">x</a>");
        const QString id = panel.add(name);
        QVERIFY(!id.isEmpty());
        QVERIFY(panel.select(id));

        std::optional<Qt::TextFormat> format;
        QString text;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            format = box->textFormat();
            text = box->text();
            box->button(QMessageBox::No)->click();
        });
        panel.deleteCurrent();
        QVERIFY(format);
        QCOMPARE(*format, Qt::PlainText);
        QVERIFY(text.contains(name));
        QVERIFY(store.findById(id)); // "No" keeps it
    }
};

QTEST_MAIN(TestTrustUi)
#include "tst_trustui.moc"
