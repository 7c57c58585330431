// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestProfileCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result cli(const QStringList &args, const QByteArray &input = QByteArray())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(TestSupport::cliPath(), args);
        Result result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString configDir() const { return m_home.filePath(QStringLiteral("config")); }
    QString profilesFile() const
    {
        return configDir() + QStringLiteral("/sendcheck/sendcheck/profiles.json");
    }
    QJsonObject show(const QString &name)
    {
        const Result r = cli(
            {QStringLiteral("profile"), QStringLiteral("show"), name, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void init() { QDir(configDir()).removeRecursively(); }

    void presets()
    {
        Result r = cli({QStringLiteral("presets")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("smtp.gmail.com:587 starttls")));
        QVERIFY(r.out.contains(QStringLiteral("practice")));
        r = cli({QStringLiteral("presets"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray presets = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("presets"))
                                       .toArray();
        QVERIFY(presets.size() >= 20);

        // A broken user preset file is reported by name; the rest still lists.
        const QString dir = configDir() + QStringLiteral("/sendcheck/sendcheck/presets");
        QVERIFY(QDir().mkpath(dir));
        QFile broken(dir + QStringLiteral("/mine.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"id\": \"mine\", \"name\": \"Mine\", \"hosts\": []}");
        broken.close();
        r = cli({QStringLiteral("presets")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("mine.json"))
                     && r.err.contains(QStringLiteral("\"mine\"")),
                 qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("smtp.gmail.com")));
    }

    void addShowEditListRemove()
    {
        Result r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Work"),
                        QStringLiteral("--preset"), QStringLiteral("microsoft-365"),
                        QStringLiteral("--user"), QStringLiteral("me@example.org"),
                        QStringLiteral("--to"), QStringLiteral("a@example.org"),
                        QStringLiteral("--to"), QStringLiteral("b@example.org")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("465"))); // the preset's note about port 465
        QJsonObject work = show(QStringLiteral("work"));
        QCOMPARE(work.value(QStringLiteral("host")).toString(),
                 QStringLiteral("smtp.office365.com"));
        QCOMPARE(work.value(QStringLiteral("port")).toInt(), 587);
        QCOMPARE(work.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QCOMPARE(work.value(QStringLiteral("defaultTo")).toArray().size(), 2);
        const QString id = work.value(QStringLiteral("id")).toString();

        // Same name again: refused.
        r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("WORK"),
                 QStringLiteral("--host"), QStringLiteral("x.example")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already")));
        // No server given: explained.
        r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Empty")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--host")));
        // A bad value names its flag and changes nothing.
        r = cli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Work"),
                 QStringLiteral("--port"), QStringLiteral("70000")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--port")));
        QCOMPARE(show(QStringLiteral("Work")).value(QStringLiteral("port")).toInt(), 587);

        r = cli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Work"),
                 QStringLiteral("--port"), QStringLiteral("25"), QStringLiteral("--rename"),
                 QStringLiteral("Office"), QStringLiteral("--timeout"), QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject office = show(QStringLiteral("Office"));
        QCOMPARE(office.value(QStringLiteral("id")).toString(), id); // id survives the rename
        QCOMPARE(office.value(QStringLiteral("port")).toInt(), 25);
        QCOMPARE(office.value(QStringLiteral("user")).toString(), QStringLiteral("me@example.org"));
        QCOMPARE(office.value(QStringLiteral("timeoutSeconds")).toInt(), 20);

        r = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("Office")));
        QVERIFY(!r.out.contains(QStringLiteral("Work")));

        r = cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Office")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Office")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no profile")));
    }

    void exportImport()
    {
        Result r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Lab"),
                        QStringLiteral("--host"), QStringLiteral("relay.lan"),
                        QStringLiteral("--port"), QStringLiteral("2525"),
                        QStringLiteral("--pin-sha256"), QString(64, QLatin1Char('A'))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString file = m_home.filePath(QStringLiteral("lab.json"));
        r = cli({QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("Lab"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = cli({QStringLiteral("profile"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1); // the name is taken
        QVERIFY(r.err.contains(QStringLiteral("--name")));
        // The file trusts a certificate: said, and refused without --accept-trust (standard
        // input is no terminal here, so nobody can be asked).
        r = cli({QStringLiteral("profile"), QStringLiteral("import"), file,
                 QStringLiteral("--name"), QStringLiteral("Lab copy")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QString(64, QLatin1Char('a')) + QStringLiteral(" for relay.lan:2525")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--accept-trust")), qPrintable(r.err));
        QVERIFY(show(QStringLiteral("Lab copy")).isEmpty()); // nothing imported
        r = cli({QStringLiteral("profile"), QStringLiteral("import"), file,
                 QStringLiteral("--name"), QStringLiteral("Lab copy"),
                 QStringLiteral("--accept-trust")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject lab = show(QStringLiteral("Lab"));
        QJsonObject copy = show(QStringLiteral("Lab copy"));
        QVERIFY(copy.value(QStringLiteral("id")) != lab.value(QStringLiteral("id")));
        copy.remove(QStringLiteral("id"));
        copy.insert(QStringLiteral("name"), QStringLiteral("Lab"));
        QJsonObject labWithoutId = lab;
        labWithoutId.remove(QStringLiteral("id"));
        QCOMPARE(copy, labWithoutId);
    }

    // The read-back mailbox: set with profile add/edit, shown, exported and imported with the
    // profile; an imported mailbox server other than the sending one is among the trust asked.
    void readBackMailboxIsKeptAndCarried()
    {
        Result r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Shop"),
                        QStringLiteral("--host"), QStringLiteral("smtp.shop.example"),
                        QStringLiteral("--user"), QStringLiteral("owner@shop.example"),
                        QStringLiteral("--read-back"), QStringLiteral("on"),
                        QStringLiteral("--imap-host"), QStringLiteral("imap.shop.example"),
                        QStringLiteral("--imap-port"), QStringLiteral("143")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject imap = show(QStringLiteral("Shop")).value(QStringLiteral("imap")).toObject();
        QCOMPARE(imap.value(QStringLiteral("read_back")).toBool(), true);
        QCOMPARE(imap.value(QStringLiteral("host")).toString(),
                 QStringLiteral("imap.shop.example"));
        QCOMPARE(imap.value(QStringLiteral("port")).toInt(), 143);
        r = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Shop")});
        QVERIFY2(r.out.contains(QStringLiteral("Read-back mailbox:")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("imap.shop.example:143")));

        r = cli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Shop"),
                 QStringLiteral("--imap-port"), QString(), QStringLiteral("--imap-security"),
                 QStringLiteral("starttls"), QStringLiteral("--imap-user"),
                 QStringLiteral("inbox@shop.example")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        imap = show(QStringLiteral("Shop")).value(QStringLiteral("imap")).toObject();
        QVERIFY(!imap.contains(QStringLiteral("port"))); // back to the default
        QCOMPARE(imap.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QCOMPARE(imap.value(QStringLiteral("user")).toString(),
                 QStringLiteral("inbox@shop.example"));
        r = cli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Shop"),
                 QStringLiteral("--imap-security"), QStringLiteral("none")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--imap-security")), qPrintable(r.err));

        const QString file = m_home.filePath(QStringLiteral("shop.json"));
        r = cli(
            {QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("Shop"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("profile"), QStringLiteral("import"), file,
                 QStringLiteral("--name"), QStringLiteral("Shop copy")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("imap.shop.example (IMAP) as inbox@shop.example")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("profile"), QStringLiteral("import"), file,
                 QStringLiteral("--name"), QStringLiteral("Shop copy"),
                 QStringLiteral("--accept-trust")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(show(QStringLiteral("Shop copy")).value(QStringLiteral("imap")).toObject(), imap);
    }

    // Everything a file can ask to trust is named before anything is saved.
    void importNamesTheTrustItAsksFor()
    {
        const QString file = m_home.filePath(QStringLiteral("trusting.json"));
        const QJsonObject profile {
            {QStringLiteral("id"), QStringLiteral("whatever")},
            {QStringLiteral("name"), QStringLiteral("Trusting")},
            {QStringLiteral("host"), QStringLiteral("mail.example.net")},
            {QStringLiteral("port"), 25},
            {QStringLiteral("security"), QStringLiteral("none")},
            {QStringLiteral("allowPlainAuth"), true},
            {QStringLiteral("pins"),
             QJsonArray {QJsonObject {{QStringLiteral("host"), QStringLiteral("mail.example.net")},
                                      {QStringLiteral("port"), 25},
                                      {QStringLiteral("sha256"), QString(64, QLatin1Char('d'))}}}}};
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(QJsonObject {{QStringLiteral("sendcheckProfile"), 1},
                                             {QStringLiteral("profile"), profile}})
                      .toJson());
        out.close();
        Result r = cli({QStringLiteral("profile"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1);
        for (const QString &said :
             {QString(64, QLatin1Char('d')) + QStringLiteral(" for mail.example.net:25"),
              QStringLiteral("without any encryption"), QStringLiteral("allowPlainAuth")})
            QVERIFY2(r.err.contains(said), qPrintable(r.err));
        QVERIFY(show(QStringLiteral("Trusting")).isEmpty());

        // A CA file that cannot be one is refused even with --accept-trust, at once.
        QJsonObject withCa = profile;
        withCa.insert(QStringLiteral("caFile"), QStringLiteral("/dev/zero"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(withCa).toJson());
        out.close();
        r = cli({QStringLiteral("profile"), QStringLiteral("import"), file,
                 QStringLiteral("--accept-trust")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("larger than")), qPrintable(r.err));
        QVERIFY(show(QStringLiteral("Trusting")).isEmpty());

        // A file that asks for nothing special imports as before.
        QJsonObject plain = profile;
        plain.insert(QStringLiteral("security"), QStringLiteral("starttls"));
        plain.insert(QStringLiteral("port"), 587);
        plain.remove(QStringLiteral("allowPlainAuth"));
        plain.remove(QStringLiteral("pins"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(plain).toJson());
        out.close();
        r = cli({QStringLiteral("profile"), QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!show(QStringLiteral("Trusting")).isEmpty());
        QVERIFY(show(QStringLiteral("Trusting")).value(QStringLiteral("id")).toString()
                != QStringLiteral("whatever"));
    }

    void corruptFileIsReported()
    {
        QVERIFY(QDir().mkpath(QFileInfo(profilesFile()).path()));
        QFile file(profilesFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
        file.close();
        const Result r = cli({QStringLiteral("profile"), QStringLiteral("list")});
        QVERIFY2(r.err.contains(QStringLiteral("profiles.json.corrupt-")), qPrintable(r.err));
        QCOMPARE(QDir(QFileInfo(profilesFile()).path())
                     .entryList({QStringLiteral("profiles.json.corrupt-*")})
                     .size(),
                 1);
    }

    void passwordWithoutSecureStorage()
    {
        Result r = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("P"),
                        QStringLiteral("--preset"), QStringLiteral("practice")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--profile"),
                 QStringLiteral("P")},
                "planted-secret-4711\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Secure storage is unavailable")),
                 qPrintable(r.err));
        QFile profiles(profilesFile());
        QVERIFY(profiles.open(QIODevice::ReadOnly));
        QVERIFY(!profiles.readAll().contains("planted-secret-4711"));
        r = cli({QStringLiteral("password"), QStringLiteral("set")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--profile")));
        r = cli({QStringLiteral("password"), QStringLiteral("set"), QStringLiteral("--profile"),
                 QStringLiteral("nope")},
                "x");
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
