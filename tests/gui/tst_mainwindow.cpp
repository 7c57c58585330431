// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop window driven offscreen against its own in-process practice server.
#include "certificatedialog.h"
#include "credentials/memorycredentialstore.h"
#include "diagnosis/diagnoser.h"
#include "fakeauthserver.h"
#include "mainwindow.h"
#include "oauth/oauthaccess.h"
#include "oauthpanel.h"
#include "passwordfield.h"
#include "practice/practiceserver.h"
#include "practicepanel.h"
#include "providers/providercatalog.h"
#include "secretscan.h"
#include "settingsform.h"
#include "smtp/smtpsession.h"
#include "stagestrip.h"
#include "transcript/transcript.h"
#include "transcriptmodel.h"
#include "verdictpanel.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Sendcheck;

namespace {
constexpr int SessionTimeoutMs = 20000;

MainWindowOptions optionsFor(const QTemporaryDir &dir)
{
    MainWindowOptions options;
    options.configDirectory = dir.path();
    options.practiceSmtpPort = 0; // tests run in parallel
    options.practiceTlsPort = 0;
    // Every run is kept in the history: here, where the planted-secret scans look too.
    options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    return options;
}

bool transcriptHas(const TranscriptModel *model, Direction direction, const QString &start)
{
    for (const TranscriptEntry &entry : model->entries()) {
        if (entry.direction == direction && entry.text.startsWith(start))
            return true;
    }
    return false;
}

std::optional<QByteArray> readStore(CredentialStore &store, const QString &id)
{
    std::optional<QByteArray> secret;
    bool done = false;
    QObject context;
    store.read(id, &context, [&](const CredentialResult &result) {
        if (result.ok())
            secret = result.secret.view().toByteArray();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return std::nullopt;
    return secret;
}

std::optional<CredentialResult::Status> oauthEntryStatus(CredentialStore &store, const QString &id)
{
    std::optional<CredentialResult::Status> status;
    QObject context;
    store.readOAuthTokens(id, &context,
                          [&](const CredentialResult &result) { status = result.status; });
    if (!QTest::qWaitFor([&] { return status.has_value(); }, 5000))
        return std::nullopt;
    return status;
}

// Saves `tokens` as if the profile's provider had issued them to its app registration.
bool saveTokens(CredentialStore &store, const Profile &profile, OAuthTokens tokens)
{
    const ProviderCatalog catalog = ProviderCatalog::loadDefault();
    const auto config = OAuthConfig::forProfile(profile, catalog.find(profile.presetId), nullptr);
    if (!config)
        return false;
    tokens.markIssuedFor(*config);
    OAuthAccess access(&store);
    std::optional<bool> ok;
    QObject context;
    access.save(profile, tokens, &context, [&](const OAuthOutcome &outcome) { ok = outcome.ok(); });
    return QTest::qWaitFor([&] { return ok.has_value(); }, 5000) && *ok;
}

OAuthTokens sampleTokens(const QByteArray &accessToken, const QString &account)
{
    OAuthTokens tokens;
    tokens.accessToken = accessToken;
    tokens.refreshToken = "Pl4nted-Refresh-T0ken-def";
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    tokens.grantedScopes = {QStringLiteral("https://outlook.office.com/SMTP.Send")};
    tokens.account = account;
    return tokens;
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index); // what a click or the keyboard does
}

// A new profile from an OAuth preset, in OAuth mode, that talks to the window's practice
// server (which checks XOAUTH2 against the token it is given).
Profile oauthPracticeProfile(MainWindow &window, const QString &presetId,
                             const QString &clientId = QStringLiteral("test-client-id"))
{
    const QString id = window.addProfile(QStringLiteral("Work"));
    SettingsForm *form = window.settingsForm();
    form->oauthPanel()->setUrlOpener([](const QUrl &) { return false; });
    form->applyPreset(presetId);
    form->setSignIn(Profile::SignIn::OAuth);
    Profile profile = form->profile();
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = window.practiceServer()->smtpPort();
    profile.security = Security::StartTls;
    profile.caFile = window.practiceServer()->certificate().certificatePath();
    profile.userName = QStringLiteral("alex@example.com");
    profile.from = QStringLiteral("alex@example.com");
    profile.defaultTo = {QStringLiteral("friend@example.org")};
    profile.oauthClientId = clientId;
    form->setProfile(profile);
    window.saveCurrentProfile();
    return *window.profileStore().findById(id);
}

// Everything the window shows or would hand to a screen reader: labels, boxes, buttons,
// tooltips, accessible names, the status bar.
QByteArray allWidgetText(QMainWindow &window)
{
    QStringList texts;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        texts << widget->toolTip() << widget->accessibleName() << widget->whatsThis();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->text() << edit->placeholderText();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *box = qobject_cast<QComboBox *>(widget))
            texts << box->currentText();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts << plain->toPlainText();
    }
    texts << window.statusBar()->currentMessage();
    return texts.join(QLatin1Char('\n')).toUtf8();
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRunSendsToPracticeServer();
    void testConnectionSendsNothing();
    void presetFillsServerSettings();
    void passwordGoesToCredentialStore();
    void passwordKeptForSessionWithoutKeychain();
    void failureScenarioShowsExplanation_data();
    void failureScenarioShowsExplanation();
    void untrustedCertificateOpensDialog();
    void trainerStepsOneStageAtATime();
    void transcriptAppendsHundredThousandLines();
    void oauthAreaOnlyForOAuthPresets();
    void oauthSignedInStateFromSavedTokens();
    void oauthSignInShowsAddressAndCancels();
    void oauthSendWithoutTokensSaysNotSignedIn();
    void oauthSendWithSavedTokens();
    void oauthStopWhileGettingTheSignIn();
    void oauthSignInThroughBrowser();
    void plantedSecretsNeverLeak_data();
    void plantedSecretsNeverLeak();
};

void TestMainWindow::firstRunSendsToPracticeServer()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.show();
    QVERIFY(window.practiceServer()->isListening());
    QCOMPARE(window.profileStore().profiles().size(), 1);
    const Profile practice = window.profileStore().profiles().first();
    QCOMPARE(practice.presetId, QStringLiteral("practice"));
    QCOMPARE(practice.port, window.practiceServer()->smtpPort());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("profiles.json"))));
    QCOMPARE(window.currentProfileId(), practice.id);

    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.findChild<QPushButton *>(QStringLiteral("sendTestMessage"))->click();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
    QVERIFY(window.verdictPanel()->text().contains(QStringLiteral("TLS")));
    const TranscriptModel *model = window.transcriptModel();
    QVERIFY(model->rowCount() > 10);
    QCOMPARE(model->rowCount(), int(window.session()->transcript()->entries().size()));
    QVERIFY(transcriptHas(model, Direction::Server, QStringLiteral("220")));
    QVERIFY(transcriptHas(model, Direction::Client, QStringLiteral("STARTTLS")));
    QVERIFY(
        transcriptHas(model, Direction::Client, QStringLiteral("MAIL FROM:<you@practice.test>")));
    QVERIFY(
        transcriptHas(model, Direction::Client, QStringLiteral("RCPT TO:<friend@practice.test>")));
    for (int step = 0; step < StageStrip::stepCount(); ++step)
        QCOMPARE(window.stageStrip()->stepState(step), StageStrip::StepState::Done);
    QCOMPARE(window.practiceServer()->receivedMessages().size(), 1);
    QVERIFY(window.session()->result().tls.verified); // the CA file of the first-run profile

    // The copy is redacted: the lab password's AUTH PLAIN payload never appears.
    const QString copied = window.transcriptText(false);
    QVERIFY(copied.contains(QStringLiteral("AUTH")));
    QVERIFY(!copied.contains(QStringLiteral("AHByYWN0aWNlAHByYWN0aWNl")));
    QCOMPARE(copied.count(QLatin1Char('\n')) + 1, model->rowCount());

    // Search narrows the view and clearing it brings every line back.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("transcriptSearch"));
    search->setText(QStringLiteral("RCPT TO"));
    QCOMPARE(model->rowCount(), 1);
    search->clear();
    QCOMPARE(model->rowCount(), model->totalCount());

    // Selecting a command explains it.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entryAt(row).text.startsWith(QStringLiteral("MAIL FROM"))) {
            window.transcriptView()->setCurrentIndex(model->index(row));
            break;
        }
    }
    QVERIFY2(window.lineExplanation().contains(QStringLiteral("envelope sender")),
             qPrintable(window.lineExplanation()));

    // A second window on the same folder is not a first run.
    MainWindow again(&store, optionsFor(dir));
    QCOMPARE(again.profileStore().profiles().size(), 1);
}

void TestMainWindow::testConnectionSendsNothing()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(transcriptHas(window.transcriptModel(), Direction::Client, QStringLiteral("AUTH")));
    QVERIFY(
        !transcriptHas(window.transcriptModel(), Direction::Client, QStringLiteral("MAIL FROM")));
    QCOMPARE(window.practiceServer()->receivedMessages().size(), 0);
    QCOMPARE(window.stageStrip()->stepState(4), StageStrip::StepState::Done);
    QCOMPARE(window.stageStrip()->stepState(5), StageStrip::StepState::Pending);
}

void TestMainWindow::presetFillsServerSettings()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.addProfile(QStringLiteral("Shop mail"));
    auto *preset = window.findChild<QComboBox *>(QStringLiteral("preset"));
    const int gmail = preset->findData(QStringLiteral("gmail"));
    QVERIFY(gmail > 0);
    preset->setCurrentIndex(gmail);
    Q_EMIT preset->activated(gmail); // what a click or the keyboard does
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("host"))->currentText(),
             QStringLiteral("smtp.gmail.com"));
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 587);
    QCOMPARE(
        Security(window.findChild<QComboBox *>(QStringLiteral("security"))->currentData().toInt()),
        Security::StartTls);
    QVERIFY(window.settingsForm()->presetHints().contains(QStringLiteral("app password")));

    // Switching to TLS from the start takes the preset's port for it.
    auto *security = window.findChild<QComboBox *>(QStringLiteral("security"));
    security->setCurrentIndex(security->findData(int(Security::ImplicitTls)));
    QCOMPARE(window.findChild<QSpinBox *>(QStringLiteral("port"))->value(), 465);

    window.saveCurrentProfile();
    const Profile *saved = window.profileStore().findById(window.currentProfileId());
    QVERIFY(saved);
    QCOMPARE(saved->presetId, QStringLiteral("gmail"));
    QCOMPARE(saved->host, QStringLiteral("smtp.gmail.com"));
    QCOMPARE(saved->port, quint16(465));
    QCOMPARE(saved->security, Security::ImplicitTls);
}

void TestMainWindow::passwordGoesToCredentialStore()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    const QString id = window.addProfile(QStringLiteral("Work"));
    QVERIFY(!id.isEmpty());
    PasswordField *field = window.settingsForm()->passwordField();
    QTRY_COMPARE(field->state(), PasswordField::State::NotSaved);
    const QString secret = QStringLiteral("s3cret-\u00fc-pass");
    QTest::keyClicks(field->lineEdit(), QStringLiteral("s3cret-"));
    field->lineEdit()->insert(secret.mid(7)); // keyClicks takes Latin-1 only
    QTest::keyClick(field->lineEdit(), Qt::Key_Return); // editingFinished
    QTRY_COMPARE(field->state(), PasswordField::State::Saved);
    QVERIFY(field->statusText().contains(QStringLiteral("system keychain")));
    QVERIFY(field->lineEdit()->text().isEmpty()); // not left in the widget
    QCOMPARE(readStore(store, id), std::optional<QByteArray>(secret.toUtf8()));
    window.saveCurrentProfile();
    QFile file(dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret"));

    // Back on the profile later, the box says it is saved without showing it.
    window.selectProfile(window.profileStore().profiles().first().id);
    window.selectProfile(id);
    QTRY_COMPARE(field->state(), PasswordField::State::Saved);
    QVERIFY(field->lineEdit()->text().isEmpty());
}

void TestMainWindow::passwordKeptForSessionWithoutKeychain()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    store.simulateFailure(CredentialResult::Status::Unavailable);
    MainWindow window(&store, optionsFor(dir));
    window.addProfile(QStringLiteral("Work"));
    PasswordField *field = window.settingsForm()->passwordField();
    QTest::keyClicks(field->lineEdit(), QStringLiteral("pw"));
    field->commit();
    QTRY_COMPARE(field->state(), PasswordField::State::SessionOnly);
    QVERIFY2(field->statusText().contains(QStringLiteral("secure storage unavailable"),
                                          Qt::CaseInsensitive),
             qPrintable(field->statusText()));
    QVERIFY(field->statusText().contains(QStringLiteral("session only")));
    QCOMPARE(store.size(), 0);
}

void TestMainWindow::failureScenarioShowsExplanation_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Stage>("stage");
    QTest::newRow("banner-421") << QStringLiteral("banner-421") << Stage::Banner;
    QTest::newRow("auth-535") << QStringLiteral("auth-535") << Stage::Auth;
    QTest::newRow("auth-534-app-password")
        << QStringLiteral("auth-534-app-password") << Stage::Auth;
    QTest::newRow("rcpt-550") << QStringLiteral("rcpt-550") << Stage::RcptTo;
    QTest::newRow("relay-554") << QStringLiteral("relay-554") << Stage::RcptTo;
    QTest::newRow("data-554") << QStringLiteral("data-554") << Stage::Data;
    QTest::newRow("greylist-451") << QStringLiteral("greylist-451") << Stage::RcptTo;
}

void TestMainWindow::failureScenarioShowsExplanation()
{
    QFETCH(QString, scenario);
    QFETCH(Stage, stage);
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    QVERIFY(window.practicePanel()->setScenario(scenario));
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.sendTestMessage();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    const SessionResult &result = window.session()->result();
    QCOMPARE(result.failure.stage, stage);
    DiagnosisContext context;
    context.host = QStringLiteral("127.0.0.1");
    context.port = window.practiceServer()->smtpPort();
    context.presetId = QStringLiteral("practice");
    context.tlsActive = result.tls.used;
    const Explanation expected = Diagnoser::explain(result.failure, context);
    QVERIFY(expected.isValid());
    QCOMPARE(window.verdictPanel()->topic(), expected.topic);
    QVERIFY(window.verdictPanel()->state() == VerdictPanel::State::Failure
            || window.verdictPanel()->state() == VerdictPanel::State::Stopped);
    const QString shown = window.verdictPanel()->text();
    QVERIFY2(shown.contains(expected.title), qPrintable(shown));
    QVERIFY(shown.contains(expected.summary));
    if (!expected.fixes.isEmpty())
        QVERIFY(shown.contains(QStringLiteral("1. ") + expected.fixes.first()));
    QVERIFY(shown.contains(QString::number(result.failure.reply->code)));
    QCOMPARE(window.stageStrip()->stepState(StageStrip::stepFor(stage)),
             StageStrip::StepState::Failed);
    QVERIFY(!window.lineExplanation().isEmpty());
}

void TestMainWindow::untrustedCertificateOpensDialog()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.show();
    const QString id = window.addProfile(QStringLiteral("Lab server"));
    Profile profile = *window.profileStore().findById(id);
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = window.practiceServer()->smtpPort();
    profile.security = Security::StartTls;
    profile.userName = QStringLiteral("practice");
    profile.from = QStringLiteral("me@lab.test");
    profile.defaultTo = {QStringLiteral("you@lab.test")};
    window.settingsForm()->setProfile(profile);
    window.saveCurrentProfile();
    QTest::keyClicks(window.settingsForm()->passwordField()->lineEdit(),
                     QStringLiteral("practice"));

    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    QSignalSpy dialogs(&window, &MainWindow::certificateDialogShown);
    window.sendTestMessage();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(window.session()->result().failure.kind, FailureKind::TlsCertificate);
    QCOMPARE(window.practiceServer()->receivedMessages().size(), 0);
    QCOMPARE(dialogs.size(), 1);
    auto *dialog = dialogs.first().first().value<CertificateDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QByteArray expected
        = *Profile::normalizeSha256(window.practiceServer()->certificateFingerprint());
    QCOMPARE(dialog->fingerprint(), expected);
    // Nothing is trusted until the person says so.
    QVERIFY(window.profileStore().findById(id)->pins.isEmpty());
    // The dialog pins for the server the session used, and says so.
    QCOMPARE(dialog->host(), profile.host);
    QCOMPARE(dialog->port(), profile.port);
    dialog->trustButton()->click();
    QCOMPARE(window.profileStore().findById(id)->pins,
             (QList<CertificatePin> {{profile.host, profile.port, expected}}));

    finished.clear();
    window.sendTestMessage();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(window.session()->result().tls.pinned);
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
    QCOMPARE(dialogs.size(), 1);
}

void TestMainWindow::trainerStepsOneStageAtATime()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.setTrainerMode(true);
    QVERIFY2(window.narration().contains(QStringLiteral("greeting")),
             qPrintable(window.narration()));
    QSignalSpy steps(&window, &MainWindow::trainerStepFinished);
    auto *step = window.findChild<QPushButton *>(QStringLiteral("stepThrough"));
    step->click();
    QVERIFY(steps.wait(SessionTimeoutMs));
    // Only the greeting so far; EHLO is announced, not sent.
    QVERIFY(transcriptHas(window.transcriptModel(), Direction::Server, QStringLiteral("220")));
    QVERIFY(!transcriptHas(window.transcriptModel(), Direction::Client, QStringLiteral("EHLO")));
    QVERIFY2(window.narration().contains(QStringLiteral("EHLO")), qPrintable(window.narration()));
    step->click();
    QVERIFY(steps.wait(SessionTimeoutMs));
    QVERIFY(transcriptHas(window.transcriptModel(), Direction::Client, QStringLiteral("EHLO")));
    QVERIFY(
        !transcriptHas(window.transcriptModel(), Direction::Client, QStringLiteral("STARTTLS")));
    QVERIFY2(window.narration().contains(QStringLiteral("STARTTLS")),
             qPrintable(window.narration()));
    // One command per click: each click adds exactly one client command to the transcript.
    auto clientCommands = [&] {
        int count = 0;
        for (const TranscriptEntry &entry : window.transcriptModel()->entries())
            count += entry.direction == Direction::Client
                    && QRegularExpression(QStringLiteral("^([A-Z]+)( |$)"))
                           .match(entry.text)
                           .hasMatch()
                ? 1
                : 0;
        return count;
    };
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    while (finished.isEmpty()) {
        QVERIFY(steps.size() < 15);
        const int before = clientCommands();
        const bool messageNext = window.narration().contains(QStringLiteral("the message"));
        step->click();
        QVERIFY(steps.wait(SessionTimeoutMs));
        if (!messageNext) // the message itself is data, not a command
            QCOMPARE(clientCommands(), before + 1);
    }
    // greeting, EHLO, STARTTLS, EHLO, AUTH, MAIL, RCPT, DATA, the message, QUIT
    QCOMPARE(steps.size(), 10);
    QCOMPARE(window.practiceServer()->receivedMessages().size(), 1);
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
    // The larger-font option reaches the labels that set their own size too (the verdict).
    auto *title = window.findChild<QLabel *>(QStringLiteral("verdictTitle"));
    QVERIFY(title);
    const qreal normal = title->font().pointSizeF();
    window.setLargeFont(true);
    QCOMPARE(title->font().pointSizeF(), normal * 1.5);
    QVERIFY(title->font().bold());
    window.setLargeFont(false);
    QCOMPARE(title->font().pointSizeF(), normal);
}

void TestMainWindow::transcriptAppendsHundredThousandLines()
{
    TranscriptModel model;
    QListView view;
    view.setUniformItemSizes(true);
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    connect(&model, &TranscriptModel::flushed, &view, [&view] { view.scrollToBottom(); });

    constexpr int Total = 100000;
    constexpr int Batch = 500; // lines per event-loop turn, faster than any real server
    int appended = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    connect(&heartbeat, &QTimer::timeout, &view, [&] {
        const qint64 now = clock.elapsed();
        longestStall = qMax(longestStall, now - lastTick);
        lastTick = now;
        if (appended < Total) {
            for (int i = 0; i < Batch; ++i, ++appended) {
                TranscriptEntry entry;
                entry.elapsedMs = appended;
                entry.direction = Direction(appended % 5);
                entry.text = QStringLiteral("line %1").arg(appended);
                entry.insideTls = appended % 2;
                model.append(entry);
            }
        }
    });
    lastTick = clock.elapsed();
    heartbeat.start();
    QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() == Total, 60000);
    heartbeat.stop();
    qInfo("100,000 transcript lines appended in %lld ms; longest event-loop stall %lld ms",
          clock.elapsed(), longestStall);

    QCOMPARE(model.rowCount(), Total);
    QCOMPARE(model.pendingCount(), 0);
    for (int row : {0, 1, 4999, 50000, Total - 1}) {
        QCOMPARE(model.entryAt(row).text, QStringLiteral("line %1").arg(row));
        QCOMPARE(model.entryAt(row).direction, Direction(row % 5));
    }
    QVERIFY(model.data(model.index(Total - 1), Qt::DisplayRole)
                .toString()
                .endsWith(QStringLiteral("line 99999")));
    QTRY_COMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    model.setFilter(QStringLiteral("line 9999"), TranscriptModel::allDirections());
    QCOMPARE(model.rowCount(), 11); // 9999 and 99990..99999
    model.setFilter(QString(), 1 << int(Direction::Error));
    QCOMPARE(model.rowCount(), Total / 5);
    model.setFilter(QString(), TranscriptModel::allDirections());
    QCOMPARE(model.rowCount(), Total);
}

void TestMainWindow::oauthAreaOnlyForOAuthPresets()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    const QString id = window.addProfile(QStringLiteral("Shop mail"));
    SettingsForm *form = window.settingsForm();
    auto *preset = window.findChild<QComboBox *>(QStringLiteral("preset"));
    auto *signIn = window.findChild<QComboBox *>(QStringLiteral("signIn"));
    auto *mechanism = window.findChild<QComboBox *>(QStringLiteral("mechanism"));
    OAuthPanel *panel = form->oauthPanel();
    PasswordField *password = form->passwordField();
    auto *tenant = panel->findChild<QLineEdit *>(QStringLiteral("oauthTenant"));
    auto *clientId = panel->findChild<QLineEdit *>(QStringLiteral("oauthClientId"));
    auto *secret = panel->findChild<QLineEdit *>(QStringLiteral("oauthClientSecret"));
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("oauthSignIn"));
    QVERIFY(signIn && tenant && clientId && secret && button && mechanism);
    auto shown = [form](QWidget *widget) { return widget->isVisibleTo(form); };

    // No preset, and a preset without OAuth: no choice, the password box only.
    QVERIFY(!shown(signIn));
    QVERIFY(!shown(panel));
    QVERIFY(shown(password));
    choose(preset, QStringLiteral("sendgrid"));
    QVERIFY(!shown(signIn));
    QVERIFY(!shown(panel));
    QVERIFY(shown(password));

    // Gmail offers the choice, starting with the app password.
    choose(preset, QStringLiteral("gmail"));
    QVERIFY(shown(signIn));
    QCOMPARE(signIn->count(), 2);
    QCOMPARE(signIn->currentText(), QStringLiteral("App password"));
    QVERIFY(!shown(panel));
    QVERIFY(shown(password));
    QVERIFY(form->presetHints().contains(QStringLiteral("needs an app password")));
    choose(signIn, int(Profile::SignIn::OAuth));
    QVERIFY(shown(panel));
    QVERIFY(!shown(password));
    QVERIFY(!shown(tenant)); // Google has no tenants
    QVERIFY(shown(secret)); // Google's desktop clients come with a secret
    QCOMPARE(button->text(), QStringLiteral("Sign in with Google"));
    QCOMPARE(AuthMechanism(mechanism->currentData().toInt()), AuthMechanism::XOAuth2);
    QVERIFY(!mechanism->isEnabled());
    QVERIFY(!form->presetHints().contains(QStringLiteral("needs an app password")));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("oauthHelp"))
                ->text()
                .contains(QStringLiteral("href=\"https://developers.google.com/")));

    // Microsoft: a tenant, no client secret.
    choose(preset, QStringLiteral("microsoft-365"));
    QVERIFY(shown(panel));
    QVERIFY(shown(tenant));
    QVERIFY(!shown(secret));
    QCOMPARE(tenant->placeholderText(), QStringLiteral("organizations (the default)"));
    QCOMPARE(button->text(), QStringLiteral("Sign in with Microsoft"));
    QTest::keyClicks(clientId, QStringLiteral("0000-client"));
    QTest::keyClicks(tenant, QStringLiteral("example.com"));
    window.saveCurrentProfile();
    const Profile *saved = window.profileStore().findById(id);
    QCOMPARE(saved->signIn, Profile::SignIn::OAuth);
    QCOMPARE(saved->oauthClientId, QStringLiteral("0000-client"));
    QCOMPARE(saved->oauthTenant, QStringLiteral("example.com"));
    QCOMPARE(saved->mechanism, AuthMechanism::XOAuth2);

    // The sign-in choice and the registration come back from profiles.json.
    {
        MainWindow again(&store, optionsFor(dir));
        again.selectProfile(id);
        QCOMPARE(again.profileStore().findById(id)->signIn, Profile::SignIn::OAuth);
        auto *againSignIn = again.findChild<QComboBox *>(QStringLiteral("signIn"));
        QCOMPARE(Profile::SignIn(againSignIn->currentData().toInt()), Profile::SignIn::OAuth);
        QCOMPARE(again.settingsForm()
                     ->oauthPanel()
                     ->findChild<QLineEdit *>(QStringLiteral("oauthClientId"))
                     ->text(),
                 QStringLiteral("0000-client"));
        QVERIFY(again.settingsForm()->oauthPanel()->isVisibleTo(again.settingsForm()));
    }

    // Outlook.com's default tenant is the personal accounts' one.
    choose(preset, QStringLiteral("outlook-com"));
    QCOMPARE(tenant->placeholderText(), QStringLiteral("consumers (the default)"));
    QCOMPARE(clientId->text(), QStringLiteral("0000-client")); // same provider, same app

    // Back to the password: the box returns and keeps working as before.
    choose(preset, QStringLiteral("microsoft-365"));
    choose(signIn, int(Profile::SignIn::Password));
    QVERIFY(!shown(panel));
    QVERIFY(shown(password));
    QVERIFY(mechanism->isEnabled());
    QVERIFY(AuthMechanism(mechanism->currentData().toInt()) != AuthMechanism::XOAuth2);
    QTest::keyClicks(password->lineEdit(), QStringLiteral("pw-for-365"));
    QTest::keyClick(password->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(password->state(), PasswordField::State::Saved);
    QCOMPARE(readStore(store, id), std::optional<QByteArray>("pw-for-365"));
    window.saveCurrentProfile();
    QCOMPARE(window.profileStore().findById(id)->signIn, Profile::SignIn::Password);
    QCOMPARE(window.profileStore().findById(id)->oauthClientId, QStringLiteral("0000-client"));

    // A preset without OAuth takes the choice away again.
    choose(signIn, int(Profile::SignIn::OAuth));
    choose(preset, QStringLiteral("sendgrid"));
    QVERIFY(!shown(signIn));
    QVERIFY(!shown(panel));
    QVERIFY(shown(password));
    window.saveCurrentProfile();
    QCOMPARE(window.profileStore().findById(id)->signIn, Profile::SignIn::Password);
}

void TestMainWindow::oauthSignedInStateFromSavedTokens()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    const Profile profile = oauthPracticeProfile(window, QStringLiteral("microsoft-365"));
    OAuthPanel *panel = window.settingsForm()->oauthPanel();
    QTRY_COMPARE(panel->state(), OAuthPanel::State::NotSignedIn);
    QCOMPARE(panel->statusText(), QStringLiteral("Not signed in."));
    auto *signOut = panel->findChild<QPushButton *>(QStringLiteral("oauthSignOut"));
    QVERIFY(!signOut->isVisibleTo(panel));

    QVERIFY(saveTokens(store, profile,
                       sampleTokens("Pl4nted-Access-T0ken", QStringLiteral("alex@example.com"))));
    // Shown when the profile is opened again.
    window.selectProfile(window.profileStore().profiles().first().id);
    window.selectProfile(profile.id);
    QTRY_COMPARE(panel->state(), OAuthPanel::State::SignedIn);
    QVERIFY2(panel->statusText().contains(QStringLiteral("Signed in as alex@example.com")),
             qPrintable(panel->statusText()));
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("oauthStatus"))->text(),
             panel->statusText());
    QVERIFY(signOut->isVisibleTo(panel));
    auto *warning = panel->findChild<QLabel *>(QStringLiteral("oauthWarning"));
    QVERIFY(!warning->isVisibleTo(panel));

    // A user name that is not the signed-in account: the server would refuse the token.
    auto *user = window.findChild<QLineEdit *>(QStringLiteral("userName"));
    user->clear();
    QTest::keyClicks(user, QStringLiteral("sam@example.com"));
    QVERIFY(warning->isVisibleTo(panel));
    QVERIFY2(warning->text().contains(QStringLiteral("token belongs to alex@example.com")),
             qPrintable(warning->text()));
    user->clear();
    QTest::keyClicks(user, QStringLiteral("Alex@Example.com"));
    QVERIFY(!warning->isVisibleTo(panel));

    // Sign out removes the tokens, not the password entry, and forgets the account.
    QVERIFY(store.size() == 1);
    signOut->click();
    QTRY_COMPARE(panel->state(), OAuthPanel::State::NotSignedIn);
    QVERIFY(panel->statusText().startsWith(QStringLiteral("Not signed in.")));
    QCOMPARE(oauthEntryStatus(store, profile.id),
             std::optional<CredentialResult::Status>(CredentialResult::Status::NotFound));
    window.saveCurrentProfile();
    QVERIFY(window.profileStore().findById(profile.id)->oauthAccount.isEmpty());
}

void TestMainWindow::oauthSignInShowsAddressAndCancels()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    Profile profile = oauthPracticeProfile(window, QStringLiteral("microsoft-365"), QString());
    OAuthPanel *panel = window.settingsForm()->oauthPanel();
    QList<QUrl> opened;
    panel->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("oauthSignIn"));
    QTRY_VERIFY(button->isEnabled());

    // Without a client id nothing starts, and the form says what is missing.
    button->click();
    QCOMPARE(panel->state(), OAuthPanel::State::Problem);
    QVERIFY2(panel->statusText().contains(QStringLiteral("client id")),
             qPrintable(panel->statusText()));
    QVERIFY(opened.isEmpty());

    auto *clientId = panel->findChild<QLineEdit *>(QStringLiteral("oauthClientId"));
    QTest::keyClicks(clientId, QStringLiteral("my-client-id"));
    button->click();
    QCOMPARE(panel->state(), OAuthPanel::State::SigningIn);
    QVERIFY(panel->statusText().startsWith(QStringLiteral("Waiting for the browser")));
    QTRY_COMPARE(opened.size(), 1);
    const QUrl url = opened.first();
    QCOMPARE(url.host(), QStringLiteral("login.microsoftonline.com"));
    QVERIFY2(url.query().contains(QStringLiteral("client_id=my-client-id")),
             qPrintable(url.toString()));
    QCOMPARE(panel->authorizationUrl(), url);
    auto *address = panel->findChild<QLineEdit *>(QStringLiteral("oauthAddress"));
    QVERIFY(address->isVisibleTo(panel));
    QCOMPARE(QUrl(address->text()), url);
    panel->findChild<QPushButton *>(QStringLiteral("oauthCopyAddress"))->click();
    QCOMPARE(QUrl(QGuiApplication::clipboard()->text()), url);
    QVERIFY(!button->isEnabled());

    panel->findChild<QPushButton *>(QStringLiteral("oauthCancel"))->click();
    QTRY_COMPARE(panel->state(), OAuthPanel::State::NotSignedIn);
    QVERIFY2(panel->statusText().contains(QStringLiteral("cancelled")),
             qPrintable(panel->statusText()));
    QVERIFY(!address->isVisibleTo(panel));
    QVERIFY(button->isEnabled());
    QCOMPARE(clientId->text(), QStringLiteral("my-client-id")); // nothing lost
    QCOMPARE(store.size(), 0);
}

void TestMainWindow::oauthSendWithoutTokensSaysNotSignedIn()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.practiceServer()->setXOAuth2Token("some-token-nobody-has");
    oauthPracticeProfile(window, QStringLiteral("microsoft-365"));
    window.sendTestMessage();
    QTRY_COMPARE(window.verdictPanel()->state(), VerdictPanel::State::Failure);
    const QString shown = window.verdictPanel()->text();
    QVERIFY2(shown.contains(QStringLiteral("Not signed in with Microsoft")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("\u201cSign in with Microsoft\u201d")),
             qPrintable(shown));
    QVERIFY(!window.session()); // nothing was sent to any server
    QCOMPARE(window.practiceServer()->receivedMessages().size(), 0);
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("sendTestMessage"))->isEnabled());

    // Without a client id the verdict says that instead.
    Profile profile = window.settingsForm()->profile();
    profile.oauthClientId.clear();
    window.settingsForm()->setProfile(profile);
    window.testConnection();
    QTRY_VERIFY(window.verdictPanel()->text().contains(QStringLiteral("client id")));
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Failure);
}

void TestMainWindow::oauthStopWhileGettingTheSignIn()
{
    QTemporaryDir dir;
    MemoryCredentialStore store; // answers from the event loop, like the keychain
    MainWindow window(&store, optionsFor(dir));
    window.practiceServer()->setXOAuth2Token("Pl4nted-Access-T0ken-365");
    window.practiceServer()->setTokenUser(QStringLiteral("alex@example.com"));
    const Profile profile = oauthPracticeProfile(window, QStringLiteral("microsoft-365"));
    QVERIFY(
        saveTokens(store, profile,
                   sampleTokens("Pl4nted-Access-T0ken-365", QStringLiteral("alex@example.com"))));
    window.sendTestMessage();
    window.stopSession(); // before the keychain answered
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Stopped);
    QTest::qWait(200); // the keychain's answer arrives and must change nothing
    QVERIFY(!window.session());
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Stopped);
    QCOMPARE(window.practiceServer()->receivedMessages().size(), 0);
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("sendTestMessage"))->isEnabled());
}

void TestMainWindow::oauthSendWithSavedTokens()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    const QByteArray token = "Pl4nted-Access-T0ken-365";
    window.practiceServer()->setXOAuth2Token(token);
    window.practiceServer()->setTokenUser(QStringLiteral("alex@example.com"));
    const Profile profile = oauthPracticeProfile(window, QStringLiteral("microsoft-365"));
    QVERIFY(saveTokens(store, profile, sampleTokens(token, QStringLiteral("alex@example.com"))));

    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.sendTestMessage();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QVERIFY2(finished.first().first().toBool(), qPrintable(window.verdictPanel()->text()));
    QCOMPARE(window.session()->result().authMechanism, AuthMechanism::XOAuth2);
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
    QCOMPARE(window.practiceServer()->receivedMessages().size(), 1);
    QVERIFY(
        transcriptHas(window.transcriptModel(), Direction::Client, QStringLiteral("AUTH XOAUTH2")));

    // A token the server does not take: the ordinary sign-in failure, explained.
    window.practiceServer()->setXOAuth2Token("another-token-entirely");
    finished.clear();
    window.testConnection();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(window.session()->result().failure.stage, Stage::Auth);
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Failure);
}

void TestMainWindow::oauthSignInThroughBrowser()
{
    // The whole way: the button, the browser (played by the fake authorization server's
    // visit()), the loopback redirect, the token exchange, the keychain, then a send with the
    // token the provider issued.
    QTemporaryDir dir;
    QTemporaryDir config;
    const QByteArray oldConfigHome = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    const auto restore = qScopeGuard([&oldConfigHome] {
        if (oldConfigHome.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldConfigHome);
    });
    TestSupport::FakeAuthServerOptions options;
    options.scope = QStringLiteral("https://mail.example.test/");
    TestSupport::FakeAuthServer auth(QStringLiteral("gui-client"), options);
    QVERIFY2(auth.start(), qPrintable(auth.failureReport()));
    // A user preset whose sign-in goes to the fake server.
    const QString presets = ProviderCatalog::userPresetDirectory();
    QVERIFY(QDir().mkpath(presets));
    QFile presetFile(QDir(presets).filePath(QStringLiteral("fake-oauth.json")));
    QVERIFY(presetFile.open(QIODevice::WriteOnly));
    const QString preset
        = QStringLiteral(
              "{\"schema\": 1, \"presets\": [{\"id\": \"fake-oauth\", \"name\": \"Fake OAuth\", "
              "\"hosts\": [{\"host\": \"127.0.0.1\"}], \"ports\": [{\"port\": 587, "
              "\"security\": \"starttls\", \"recommended\": true}], \"auth\": [\"xoauth2\"], "
              "\"secretKind\": \"oauth\", \"oauth\": {\"signInName\": \"Fakeauth\", "
              "\"authorizationUrl\": \"%1\", \"tokenUrl\": \"%2\", \"scopes\": "
              "[\"https://mail.example.test/\"], \"clientSecret\": \"none\", "
              "\"registrationHelp\": \"https://example.com/register\"}}]}")
              .arg(auth.authorizeUrl().toString(), auth.tokenUrl().toString());
    presetFile.write(preset.toUtf8());
    presetFile.close();

    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    Profile profile
        = oauthPracticeProfile(window, QStringLiteral("fake-oauth"), QStringLiteral("gui-client"));
    QCOMPARE(profile.presetId, QStringLiteral("fake-oauth"));
    profile.userName.clear(); // filled in from the sign-in
    window.settingsForm()->setProfile(profile);
    OAuthPanel *panel = window.settingsForm()->oauthPanel();
    QList<TestSupport::BrowserVisit> visits;
    panel->setUrlOpener([&visits, &auth, &window](const QUrl &url) {
        QTimer::singleShot(0, &window, [&visits, &auth, url] { visits.append(auth.visit(url)); });
        return true;
    });
    QTRY_VERIFY(panel->state() != OAuthPanel::State::Checking);
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("oauthSignIn"));
    QCOMPARE(button->text(), QStringLiteral("Sign in with Fakeauth"));
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(panel->state(), OAuthPanel::State::SignedIn, 30000);
    QCOMPARE(visits.size(), 1);
    QVERIFY2(visits.first().error.isEmpty(), qPrintable(visits.first().error));
    QVERIFY2(panel->statusText().contains(QStringLiteral("Signed in as user@example.test")),
             qPrintable(panel->statusText()));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("userName"))->text(),
             QStringLiteral("user@example.test"));
    window.saveCurrentProfile();
    QCOMPARE(window.profileStore().findById(profile.id)->oauthAccount,
             QStringLiteral("user@example.test"));

    // The tokens are in the keychain and nowhere in the window.
    OAuthAccess access(&store);
    std::optional<OAuthOutcome> saved;
    access.saved(profile, &window, [&saved](const OAuthOutcome &outcome) { saved = outcome; });
    QTRY_VERIFY(saved.has_value());
    QVERIFY2(saved->ok(), qPrintable(saved->message));
    QVERIFY(saved->tokens.accessToken.startsWith("fake-at-"));

    window.practiceServer()->setXOAuth2Token(saved->tokens.accessToken);
    window.practiceServer()->setTokenUser(saved->tokens.account);
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.sendTestMessage();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QVERIFY2(finished.first().first().toBool(), qPrintable(window.verdictPanel()->text()));
    QCOMPARE(window.session()->result().authMechanism, AuthMechanism::XOAuth2);

    const QByteArray everything = allWidgetText(window)
        + (window.transcriptText(false) + window.verdictPanel()->text()).toUtf8();
    for (const QByteArray &secret : {saved->tokens.accessToken, saved->tokens.refreshToken}) {
        QStringList leaks = TestSupport::findSecretLeaks(everything, "user@example.test", secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        leaks = TestSupport::findSecretLeaksInDirectory(dir.path(), "user@example.test", secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

void TestMainWindow::plantedSecretsNeverLeak_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("password (AUTH PLAIN)") << 0;
    QTest::newRow("OAuth token (XOAUTH2)") << 1;
    QTest::newRow("Sign in with Microsoft (saved tokens)") << 2;
}

void TestMainWindow::plantedSecretsNeverLeak()
{
    // A secret typed into the window, or an OAuth sign-in's tokens, go to the credential store
    // and the SASL exchange only: not to the transcript, the copy on the clipboard, the verdict,
    // the narration, any label, box, tooltip or status message, or any file in the
    // configuration folder.
    QFETCH(int, kind);
    const bool token = kind != 0;
    const bool signIn = kind == 2;
    const QByteArray planted = token ? "ya29.Pl4nted-T0ken-abc" : "Pl4nted-S3cret-xyz";
    const QByteArray plantedRefresh = "Pl4nted-Refresh-T0ken-def";
    const QByteArray plantedClientSecret = "Pl4nted-Client-S3cret-ghi";
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.show();
    if (token) {
        window.practiceServer()->setXOAuth2Token(planted);
        // The OAuth rows sign in as the profile's account, the XOAUTH2 password row as practice.
        window.practiceServer()->setTokenUser(signIn ? QStringLiteral("alex@example.com")
                                                     : QStringLiteral("practice"));
    } else
        window.practiceServer()->setCredentials(QStringLiteral("practice"), planted);
    Profile profile;
    QByteArray user = "practice";
    if (signIn) {
        profile = oauthPracticeProfile(window, QStringLiteral("microsoft-365"));
        user = profile.userName.toUtf8();
        OAuthTokens tokens = sampleTokens(planted, profile.userName);
        tokens.refreshToken = plantedRefresh;
        tokens.clientSecret = plantedClientSecret;
        QVERIFY(saveTokens(store, profile, tokens));
        window.settingsForm()->oauthPanel()->refresh();
        QTRY_COMPARE(window.settingsForm()->oauthPanel()->state(), OAuthPanel::State::SignedIn);
    } else {
        profile = *window.profileStore().findById(window.currentProfileId());
        profile.mechanism = token ? AuthMechanism::XOAuth2 : AuthMechanism::Plain;
        window.settingsForm()->setProfile(profile);
        window.saveCurrentProfile();
        window.settingsForm()->passwordField()->lineEdit()->setText(QString::fromLatin1(planted));
    }

    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.findChild<QPushButton *>(QStringLiteral("sendTestMessage"))->click();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QVERIFY2(finished.first().first().toBool(), qPrintable(window.verdictPanel()->text()));
    QCOMPARE(window.session()->result().authMechanism,
             token ? AuthMechanism::XOAuth2 : AuthMechanism::Plain);
    if (!signIn)
        QCOMPARE(readStore(store, profile.id), std::optional<QByteArray>(planted));

    window.setTrainerMode(true);
    window.transcriptView()->selectAll();
    window.findChild<QPushButton *>(QStringLiteral("copyTranscript"))->click();
    const QString clipboard = QGuiApplication::clipboard()->text();
    QVERIFY(clipboard.contains(QStringLiteral("AUTH ")));
    const QByteArray everything
        = (window.transcriptText(false) + clipboard + window.verdictPanel()->text()
           + window.narration() + window.lineExplanation())
              .toUtf8()
        + allWidgetText(window);
    QVERIFY(everything.contains(signIn ? "alex@example.com" : "practice")); // not vacuous
    QList<QByteArray> secrets {planted};
    if (signIn)
        secrets << plantedRefresh << plantedClientSecret;
    for (const QByteArray &secret : std::as_const(secrets)) {
        QStringList leaks = TestSupport::findSecretLeaks(everything, user, secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        leaks = TestSupport::findSecretLeaksInDirectory(dir.path(), user, secret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
