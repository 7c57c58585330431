// SPDX-License-Identifier: GPL-3.0-or-later
// The window on small screens (issue 23): it fits the screen's free area and remembers its
// size per screen, the verdict stays in view after Send, and no control is cut off nor any
// label elided or cut to its first lines (the verdict title of a failure), in English, German,
// French and Spanish, with the normal, OAuth and trainer's large-font forms.
// The offscreen platform is given two virtual screens, 1024x600 and 1280x720.
#include "credentials/memorycredentialstore.h"
#include "mainwindow.h"
#include "practice/practiceserver.h"
#include "practicepanel.h"
#include "settingsform.h"
#include "verdictpanel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Sendcheck;

namespace {
constexpr int SessionTimeoutMs = 20000;

MainWindowOptions optionsFor(const QTemporaryDir &dir)
{
    MainWindowOptions options;
    options.configDirectory = dir.path();
    options.practiceSmtpPort = 0;
    options.practiceTlsPort = 0;
    options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
    return options;
}

QScreen *screenNamed(const QString &name)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *screen : screens) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

void showOn(MainWindow &window, QScreen *screen)
{
    window.setScreen(screen);
    window.fitToScreen();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
}

// The controls a person reads or uses (not the insides of a spin box or a combo box).
bool isControl(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
        || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QScrollBar *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget)
        || (qobject_cast<const QLabel *>(widget)
            && !static_cast<const QLabel *>(widget)->text().isEmpty());
}

QString describe(const QWidget *widget)
{
    QString text;
    if (auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             text.left(40));
}

// Every visible control lies inside the window and, horizontally, inside the viewport of the
// scroll area that holds it (vertically a scroll area may scroll, if its scroll bar shows);
// no label or button shows less than its text needs.
QStringList cutOff(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->isWindow() || !isControl(widget))
            continue;
        // Inside each scroll area's viewport on the way up, except in a direction in which
        // that area (or one inside it) scrolls; then inside the window likewise.
        bool freeX = false;
        bool freeY = false;
        QString outside;
        auto check = [&](const QWidget *box) {
            const QRect rect(widget->mapTo(box, QPoint(0, 0)), widget->size());
            const bool x = freeX || (rect.left() >= 0 && rect.right() < box->width());
            const bool y = freeY || (rect.top() >= 0 && rect.bottom() < box->height());
            if ((!x || !y) && outside.isEmpty()) {
                outside = QStringLiteral("%1,%2 %3x%4 outside %5 %6x%7")
                              .arg(rect.x())
                              .arg(rect.y())
                              .arg(rect.width())
                              .arg(rect.height())
                              .arg(QString::fromLatin1(box->metaObject()->className()))
                              .arg(box->width())
                              .arg(box->height());
            }
        };
        for (QWidget *up = widget->parentWidget(); up && up != window; up = up->parentWidget()) {
            auto *area = qobject_cast<QAbstractScrollArea *>(up->parentWidget());
            if (!area || area->viewport() != up)
                continue;
            freeX = freeX || area->horizontalScrollBar()->isVisible();
            freeY = freeY || area->verticalScrollBar()->isVisible();
            check(up);
        }
        check(window);
        if (!outside.isEmpty()) {
            problems.append(QStringLiteral("cut off: %1 at %2").arg(describe(widget), outside));
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap()) {
            if (label->minimumSizeHint().width() > label->width())
                problems.append(QStringLiteral("elided: %1 needs %2, has %3")
                                    .arg(describe(widget))
                                    .arg(label->minimumSizeHint().width())
                                    .arg(label->width()));
        } else if (label && label->heightForWidth(label->width()) > label->height()) {
            // A wrapped label shorter than its lines at its width shows only the first ones.
            problems.append(QStringLiteral("lines cut: %1 needs %2 px high at %3 wide, has %4")
                                .arg(describe(widget))
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->width())
                                .arg(label->height()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget);
                   button && !button->text().isEmpty()) {
            if (button->minimumSizeHint().width() > button->width())
                problems.append(QStringLiteral("elided: %1 needs %2, has %3")
                                    .arg(describe(widget))
                                    .arg(button->minimumSizeHint().width())
                                    .arg(button->width()));
        }
    }
    // Every tab's title shows whole (no scroll arrows hiding tabs).
    const QList<QTabBar *> bars = window->findChildren<QTabBar *>();
    for (QTabBar *bar : bars) {
        if (!bar->isVisible())
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (!bar->rect().contains(bar->tabRect(i)))
                problems.append(QStringLiteral("tab cut off: %1").arg(bar->tabText(i)));
        }
    }
    return problems;
}

QRect frameOf(const QWidget &window)
{
    return window.frameGeometry().isValid() ? window.frameGeometry() : window.geometry();
}
} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void remembersSizePerScreen();
    void verdictInViewAfterSend();
    void nothingCutOff_data();
    void nothingCutOff();

private:
    QTranslator *m_translator = nullptr;
};

void TestWindowFit::initTestCase()
{
    QVERIFY2(screenNamed(QStringLiteral("small")) && screenNamed(QStringLiteral("hd")),
             "the offscreen platform did not take the screens of the configuration file");
    QCOMPARE(screenNamed(QStringLiteral("small"))->availableGeometry().size(), QSize(1024, 600));
    QCOMPARE(screenNamed(QStringLiteral("hd"))->availableGeometry().size(), QSize(1280, 720));
}

void TestWindowFit::cleanup()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
}

void TestWindowFit::fitsTheScreen_data()
{
    QTest::addColumn<QString>("screen");
    QTest::newRow("1024x600") << QStringLiteral("small");
    QTest::newRow("1280x720") << QStringLiteral("hd");
}

void TestWindowFit::fitsTheScreen()
{
    QFETCH(QString, screen);
    QScreen *target = screenNamed(screen);
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    showOn(window, target);
    const QRect available = target->availableGeometry();
    QVERIFY2(available.contains(frameOf(window)),
             qPrintable(QStringLiteral("%1x%2 at %3,%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(window.x())
                            .arg(window.y())));
    // The layout does not ask for more than the screen has (Qt would grow the window).
    QVERIFY(window.minimumSizeHint().width() <= available.width());
    QVERIFY(window.minimumSizeHint().height() <= available.height());
    // Room is used: not a postage stamp.
    QVERIFY(window.width() >= available.width() * 3 / 4);
    QVERIFY(window.height() >= available.height() * 3 / 4);
}

void TestWindowFit::remembersSizePerScreen()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    {
        MainWindow window(&store, optionsFor(dir));
        showOn(window, screenNamed(QStringLiteral("small")));
        window.resize(900, 520);
        QCoreApplication::processEvents();
        window.close();
    }
    const QSettings saved(dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    QVERIFY(saved.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("small-1024x600")));
    {
        MainWindow window(&store, optionsFor(dir));
        showOn(window, screenNamed(QStringLiteral("small")));
        QCOMPARE(window.size(), QSize(900, 520));
    }
    {
        // Another screen has a size of its own (here: none yet, so the fitted standard).
        MainWindow window(&store, optionsFor(dir));
        showOn(window, screenNamed(QStringLiteral("hd")));
        QVERIFY(window.size() != QSize(900, 520));
        QVERIFY(screenNamed(QStringLiteral("hd"))->availableGeometry().contains(frameOf(window)));
    }
}

void TestWindowFit::verdictInViewAfterSend()
{
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    QScreen *small = screenNamed(QStringLiteral("small"));
    showOn(window, small);
    window.showPracticeTab(); // Send brings the verdict back into view
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.findChild<QPushButton *>(QStringLiteral("sendTestMessage"))->click();
    QVERIFY(finished.wait(SessionTimeoutMs));
    QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Success);
    auto *title = window.findChild<QLabel *>(QStringLiteral("verdictTitle"));
    QVERIFY(title->isVisible());
    const QRect onScreen(title->mapToGlobal(QPoint(0, 0)), title->size());
    QVERIFY(small->availableGeometry().contains(onScreen));
    QVERIFY(window.rect().contains(QRect(title->mapTo(&window, QPoint(0, 0)), title->size())));
    QVERIFY(title->height() >= title->fontMetrics().height());
    // The summary under it is not squeezed away either.
    auto *summary = window.findChild<QLabel *>(QStringLiteral("verdictSummary"));
    QVERIFY(summary->isVisible());
    // Once the layout has settled (the details scroll rather than squeeze their lines).
    QTRY_VERIFY(summary->visibleRegion().boundingRect().height()
                >= summary->fontMetrics().height());
}

void TestWindowFit::nothingCutOff_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("state");
    for (const QString &screen : {QStringLiteral("small"), QStringLiteral("hd")}) {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"),
                                        QStringLiteral("fr"), QStringLiteral("es")}) {
            for (const QString &state : {QStringLiteral("normal"), QStringLiteral("advanced"),
                                         QStringLiteral("gmail-oauth"),
                                         QStringLiteral("large-font"), QStringLiteral("failure")}) {
                QTest::addRow("%s-%s-%s", qPrintable(screen), qPrintable(language),
                              qPrintable(state))
                    << screen << language << state;
            }
        }
    }
}

void TestWindowFit::nothingCutOff()
{
    QFETCH(QString, screen);
    QFETCH(QString, language);
    QFETCH(QString, state);
    if (language != QStringLiteral("en")) {
        m_translator = new QTranslator;
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/sendcheck_%1.qm").arg(language)));
        QCoreApplication::installTranslator(m_translator);
    }
    QTemporaryDir dir;
    MemoryCredentialStore store;
    MainWindow window(&store, optionsFor(dir));
    if (language == QStringLiteral("de")) // the catalogue is in use
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("verdictTitle"))->text().left(7),
                 QStringLiteral("Klicken"));
    if (state == QStringLiteral("advanced")) {
        window.findChild<QToolButton *>(QStringLiteral("advancedToggle"))->setChecked(true);
        window.findChild<QAbstractButton *>(QStringLiteral("allowPlainAuth"))->setChecked(true);
    } else if (state == QStringLiteral("gmail-oauth")) {
        window.addProfile(QStringLiteral("Gmail"));
        window.settingsForm()->applyPreset(QStringLiteral("gmail"));
        window.settingsForm()->setSignIn(Profile::SignIn::OAuth);
    } else if (state == QStringLiteral("large-font")) {
        window.setTrainerMode(true);
        window.setLargeFont(true);
    } else if (state == QStringLiteral("failure")) {
        // A verdict title that wraps in a short verdict pane (German, Spanish at 1024x600).
        QVERIFY(window.practicePanel()->setScenario(QStringLiteral("data-554")));
    }
    showOn(window, screenNamed(screen));
    QVERIFY(screenNamed(screen)->availableGeometry().contains(frameOf(window)));
    // After a run too: the verdict and the stages have their longest texts then.
    QSignalSpy finished(&window, &MainWindow::sessionFinished);
    window.sendTestMessage();
    if (state != QStringLiteral("gmail-oauth")) // not signed in: refused before connecting
        QVERIFY(finished.wait(SessionTimeoutMs));
    if (state == QStringLiteral("failure"))
        QCOMPARE(window.verdictPanel()->state(), VerdictPanel::State::Failure);
    QStringList problems;
    // Give the layouts a moment after the font and text changes.
    const bool fits = QTest::qWaitFor(
        [&] {
            problems = cutOff(&window);
            return problems.isEmpty();
        },
        1000);
    QVERIFY2(fits, qPrintable(problems.join(QLatin1Char('\n'))));
    // Only the trainer's large font may need the window to scroll sideways; the normal font
    // fits as it is, in both languages, even at 1024x600.
    if (state != QStringLiteral("large-font")) {
        auto *outer = window.findChild<QAbstractScrollArea *>(QStringLiteral("windowScroll"));
        QVERIFY(outer);
        QVERIFY(!outer->horizontalScrollBar()->isVisible());
        auto *settings = window.findChild<QAbstractScrollArea *>(QStringLiteral("settingsScroll"));
        QVERIFY(settings);
        QVERIFY(!settings->horizontalScrollBar()->isVisible()); // the rows wrap instead
    }
}

int main(int argc, char *argv[])
{
    // Two virtual screens side by side: a netbook's 1024x600 and 1280x720.
    QTemporaryDir config;
    const QString path = config.filePath(QStringLiteral("screens.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"screens": [
        {"name": "small", "x": 0, "y": 0, "width": 1024, "height": 600, "logicalDpi": 96},
        {"name": "hd", "x": 1024, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + path.toLocal8Bit());
    QApplication app(argc, argv);
    TestWindowFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
