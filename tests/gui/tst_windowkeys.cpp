// SPDX-License-Identifier: GPL-3.0-or-later
// The window by keyboard (issue 23): every Alt+letter means one thing in the window (the menu
// bar, the panes always in view and the tab on top, for every tab), Ctrl+F goes to Find, and
// every control has a name for screen readers.
#include "certificatedialog.h"
#include "credentials/memorycredentialstore.h"
#include "dns/memorydnsresolver.h"
#include "domainpanel.h"
#include "mainwindow.h"
#include "newprofiledialog.h"
#include "portprobedialog.h"
#include "settingsform.h"
#include "verdictpanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFocusFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTranslator>

using namespace Sendcheck;

namespace {
MainWindowOptions optionsFor(const QTemporaryDir &dir)
{
    MainWindowOptions options;
    options.configDirectory = dir.path();
    options.practiceSmtpPort = 0;
    options.practiceTlsPort = 0;
    options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    return options;
}

// "Alt+X" for "&X..." (none for "&&" or no ampersand).
QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText).toUpper();
}

QString widgetText(const QWidget *widget)
{
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (auto *label = qobject_cast<const QLabel *>(widget))
        return label->textFormat() == Qt::PlainText ? QString() : label->text();
    return {};
}

// The tab page of `tabs` that holds `widget`, or -1 when it is outside them.
int pageOf(const QWidget *widget, const QTabWidget *tabs)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(widget))
            return i;
    }
    return -1;
}

void addTo(QMultiHash<QString, QString> &keys, const QString &text, const QString &where)
{
    const QString key = mnemonicOf(text);
    if (!key.isEmpty())
        keys.insert(key, QStringLiteral("%1 (%2)").arg(text, where));
}

QStringList clashes(const QMultiHash<QString, QString> &keys)
{
    QStringList out;
    const QList<QString> unique = keys.uniqueKeys();
    for (const QString &key : unique) {
        if (keys.count(key) > 1)
            out.append(key + QStringLiteral(": ") + keys.values(key).join(QStringLiteral(", ")));
    }
    return out;
}

bool isInternal(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
        || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QScrollBar *>(widget)
        || widget->objectName().startsWith(QLatin1String("qt_"));
}

// What a person uses: buttons, fields, lists and tables, number boxes.
bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget);
}

// Parts Qt puts inside a control (a list's header, a field's clear button): the control speaks.
bool isPartOfControl(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return isInternal(widget) || qobject_cast<const QAbstractItemView *>(parent)
        || qobject_cast<const QLineEdit *>(parent);
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 %2/%3 in %4")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widgetText(widget),
             QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
}

// Every visible, enabled control in `root`'s window: those without an accessible description
// go to `missing`, each control once into `seen`.
void walkDescriptions(const QWidget *root, QSet<const QWidget *> &seen, QStringList &missing)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (widget->window() != root || !widget->isVisible() || !widget->isEnabled()
            || !isControl(widget) || isPartOfControl(widget) || seen.contains(widget))
            continue;
        seen.insert(widget);
        if (widget->accessibleDescription().trimmed().isEmpty())
            missing.append(describe(widget));
    }
}

// A certificate that does not verify, as the certificate dialog shows it.
TlsInfo untrustedCertificate()
{
    TlsInfo tls;
    tls.used = true;
    tls.errors = {QStringLiteral("The certificate is self-signed, and untrusted")};
    CertificateInfo leaf;
    leaf.subject = QStringLiteral("relay.lan");
    leaf.issuer = QStringLiteral("relay.lan");
    leaf.sha256 = QStringLiteral("AB:") + QStringLiteral("CD:").repeated(30) + QStringLiteral("EF");
    tls.chain = {leaf};
    return tls;
}

// The window in each of its states (every tab; Advanced, trainer bar and sign-in rows shown),
// the New-profile, Test-all-ports, certificate and About dialogs, walked for descriptions.
// Returns the number of controls seen.
int walkWindowDescriptions(QStringList &missing)
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.resize(1280, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 0;
    QSet<const QWidget *> seen;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto walkTabs = [&] {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            walkDescriptions(&window, seen, missing);
        }
    };
    walkTabs();
    // The verdict pane takes the focus too (a scroll area, not a control of its own).
    const auto *verdict = window.verdictPanel()->findChild<QScrollArea *>();
    if (!verdict || verdict->focusPolicy() == Qt::NoFocus)
        return 0;
    if (verdict->accessibleDescription().isEmpty())
        missing.append(describe(verdict));
    window.findChild<QToolButton *>(QStringLiteral("advancedToggle"))->setChecked(true);
    window.findChild<QAbstractButton *>(QStringLiteral("allowPlainAuth"))->setChecked(true);
    window.setTrainerMode(true);
    walkTabs();
    window.setTrainerMode(false);
    window.newProfileFromAddress();
    auto *newProfile = window.findChild<NewProfileDialog *>();
    if (!newProfile || !QTest::qWaitForWindowExposed(newProfile))
        return 0;
    walkDescriptions(newProfile, seen, missing);
    newProfile->close();
    if (!QTest::qWaitFor([&] { return window.findChildren<NewProfileDialog *>().isEmpty(); }))
        return 0;

    // The practice profile on loopback: the probe never leaves this machine.
    PortProbeDialog *probe = window.testAllPorts();
    if (!probe || !QTest::qWaitForWindowExposed(probe))
        return 0;
    walkDescriptions(probe, seen, missing);
    QSignalSpy finished(probe, &PortProbeDialog::probeFinished);
    if (probe->isRunning() && !finished.wait(30000))
        return 0;
    walkDescriptions(probe, seen, missing);
    probe->close();
    // The certificate dialog (its three controls), and Help > About.
    CertificateDialog certificate(untrustedCertificate(), QStringLiteral("relay.lan"), 2525,
                                  &window);
    certificate.open();
    if (!QTest::qWaitForWindowExposed(&certificate))
        return 0;
    const int beforeDialogs = int(seen.size());
    walkDescriptions(&certificate, seen, missing);
    certificate.close();
    QMessageBox *about = window.showAbout();
    if (!about || !QTest::qWaitForWindowExposed(about))
        return 0;
    walkDescriptions(about, seen, missing);
    about->close();
    if (int(seen.size()) < beforeDialogs + 4)
        return 0;
    // A domain checked (records in memory): the Copy and Check this server buttons in its rows.
    MemoryDnsResolver dns;
    dns.addRecord(
        DnsRecord::makeMx(QStringLiteral("example.com"), 10, QStringLiteral("mx.example.com")));
    dns.addRecord(DnsRecord::makeAddress(QStringLiteral("mx.example.com"),
                                         QHostAddress(QStringLiteral("192.0.2.25"))));
    DomainPanel *domain = window.domainPanel();
    domain->setResolver(&dns);
    domain->setDomain(QStringLiteral("example.com"));
    window.showDomainTab();
    QSignalSpy checked(domain, &DomainPanel::finished);
    domain->check();
    if (!checked.wait(10000))
        return 0;
    const int before = int(seen.size());
    walkDescriptions(&window, seen, missing);
    if (!domain->findChild<QPushButton *>(QStringLiteral("checkMxServer"))
        || !domain->findChild<QPushButton *>(QStringLiteral("copyRecord"))
        || int(seen.size()) < before + 2)
        return 0;

    window.addProfile(QStringLiteral("Gmail"));
    window.settingsForm()->applyPreset(QStringLiteral("gmail"));
    window.settingsForm()->setSignIn(Profile::SignIn::OAuth);
    walkTabs();

    return int(seen.size());
}
} // namespace

class TestWindowKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mnemonicsUniquePerWindow();
    void ctrlFGoesToFind();
    void everyControlHasAName();
    void everyControlHasADescription_data();
    void everyControlHasADescription();
    void helpWithoutDisplay();
    void focusRingOnKeyPanes();
};

void TestWindowKeys::focusRingOnKeyPanes()
{
    // Issue 23, item 7: a visible focus indicator on the default button, the transcript and
    // the verdict, drawn by a QFocusFrame around whichever of them has the focus.
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *ring = window.findChild<QFocusFrame *>(QStringLiteral("focusRing"));
    QVERIFY(ring);
    auto *send = window.findChild<QPushButton *>(QStringLiteral("sendTestMessage"));
    QVERIFY(send && send->isDefault());
    QWidget *verdict = window.verdictPanel()->findChild<QScrollArea *>();
    QVERIFY(verdict);
    for (QWidget *pane :
         {static_cast<QWidget *>(send), static_cast<QWidget *>(window.transcriptView()), verdict}) {
        QVERIFY2(pane->focusPolicy() != Qt::NoFocus, pane->metaObject()->className());
        pane->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(ring->widget(), pane);
        QTRY_VERIFY(ring->isVisible());
    }
    // Elsewhere, no ring.
    window.findChild<QWidget *>(QStringLiteral("host"))->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(!ring->widget());
}

void TestWindowKeys::mnemonicsUniquePerWindow()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QVERIFY(tabs->count() >= 3);

    // Always reachable: the menu bar's titles, the tab titles, every pane outside the tabs
    // (shown or not: the trainer bar, the advanced settings and the sign-in rows may show).
    QMultiHash<QString, QString> always;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus)
        addTo(always, menu->text(), QStringLiteral("menu bar"));
    QVERIFY(!menus.isEmpty());
    for (int i = 0; i < tabs->count(); ++i)
        addTo(always, tabs->tabText(i), QStringLiteral("tab"));
    QList<QMultiHash<QString, QString>> pages(tabs->count());
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != &window)
            continue;
        const QString text = widgetText(widget);
        if (text.isEmpty())
            continue;
        const int page = pageOf(widget, tabs);
        if (page < 0)
            addTo(always, text, widget->objectName());
        else
            addTo(pages[page], text, widget->objectName());
    }
    QStringList problems = clashes(always);
    for (int i = 0; i < tabs->count(); ++i) {
        QMultiHash<QString, QString> together = always;
        together.unite(pages[i]);
        const QStringList found = clashes(together);
        for (const QString &clash : found) {
            if (!problems.contains(clash))
                problems.append(tabs->tabText(i) + QStringLiteral(" tab: ") + clash);
        }
    }
    // Inside each menu, too.
    for (QAction *menuAction : menus) {
        QMultiHash<QString, QString> entries;
        const QList<QAction *> actions = menuAction->menu()->actions();
        for (QAction *action : actions)
            addTo(entries, action->text(), menuAction->text());
        problems += clashes(entries);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestWindowKeys::ctrlFGoesToFind()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showHistoryTab();
    window.findChild<QWidget *>(QStringLiteral("host"))->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *find = window.findChild<QLineEdit *>(QStringLiteral("transcriptSearch"));
    QTRY_VERIFY(find->hasFocus());
    QVERIFY(find->isVisible());
}

void TestWindowKeys::everyControlHasAName()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    QStringList nameless;
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != &window || widget->focusPolicy() == Qt::NoFocus
            || isInternal(widget))
            continue;
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty()
            || (button && !QString(button->text()).remove(QLatin1Char('&')).isEmpty());
        if (!named)
            nameless.append(QStringLiteral("%1 %2").arg(
                QString::fromLatin1(widget->metaObject()->className()),
                widget->objectName() + QLatin1Char('/') + widgetText(widget) + QLatin1Char('/')
                    + QString::fromLatin1(widget->parentWidget()->metaObject()->className())));
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QLatin1Char('\n'))));
}

void TestWindowKeys::everyControlHasADescription_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestWindowKeys::everyControlHasADescription()
{
    // Issue 23, item 7: a screen reader says what each control does or what to enter.
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QStringLiteral("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/sendcheck_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(QCoreApplication::translate("Sendcheck::PortProbeDialog", "Test again"),
                 QStringLiteral("Erneut testen"));
    }
    QStringList missing;
    const int seen = walkWindowDescriptions(missing);
    QCoreApplication::removeTranslator(&translator);
    // Not vacuous: the tabs, the settings form with Advanced, the profile list and both dialogs.
    qInfo("%d controls walked", seen);
    for (const QString &control : std::as_const(missing))
        qWarning().noquote() << "no accessible description:" << control;
    QVERIFY2(seen >= 75, qPrintable(QString::number(seen)));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QString::number(missing.size()) + QLatin1Char(' ') + QString::number(seen)
                        + QStringLiteral(":\n") + missing.join(QLatin1Char('\n'))));
}

void TestWindowKeys::helpWithoutDisplay()
{
    // `sendcheck --help` over SSH or in a script: no display, no platform plugin chosen.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SENDCHECK_GUI_PATH), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("--screenshot")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("--config-dir")));
}

QTEST_MAIN(TestWindowKeys)

#include "tst_windowkeys.moc"
