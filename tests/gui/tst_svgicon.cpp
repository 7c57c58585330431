// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgicon.h"

#include "common/enumnames.h"
#include "credentials/memorycredentialstore.h"
#include "domain/domaincheckitem.h"
#include "mainwindow.h"
#include "stagestrip.h"
#include "verdictpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QPixmap>
#include <QTest>

using namespace Sendcheck;

namespace {

// The colours an image holds with full opacity (as qRgb values).
QSet<QRgb> opaqueColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255)
                colours.insert(pixel);
        }
    }
    return colours;
}

} // namespace

class TestSvgIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyIconIsAResourceAndDraws()
    {
        const QPalette palette = QApplication::palette();
        for (SvgIcon::Name name : enumRange(SvgIcon::Name::StatusPass, SvgIcon::Name::LockOpen)) {
            const QString path = SvgIcon::resourcePath(name);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            const QIcon icon = SvgIcon::ownIcon(name, palette);
            QVERIFY2(!icon.isNull(), qPrintable(path));
            // At 200% the pixmap has twice the pixels, drawn from the SVG (not scaled up).
            const QImage normal = icon.pixmap(QSize(16, 16), 1.0).toImage();
            const QImage doubled = icon.pixmap(QSize(16, 16), 2.0).toImage();
            QCOMPARE(normal.size(), QSize(16, 16));
            QCOMPARE(doubled.size(), QSize(32, 32));
            QVERIFY2(!opaqueColours(doubled).isEmpty() || name == SvgIcon::Name::StatusPending,
                     qPrintable(path + QStringLiteral(" draws nothing")));
        }
    }

    void actionIconsTakeTheTextColour()
    {
        QPalette dark;
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xdd, 0x11));
        const QImage stop = SvgIcon::ownIcon(SvgIcon::Name::Stop, dark).pixmap(32, 32).toImage();
        QVERIFY(opaqueColours(stop).contains(qRgb(0xee, 0xdd, 0x11)));
        QVERIFY(!opaqueColours(stop).contains(qRgb(0, 0, 0)));
    }

    // The buttons and menu entries people act with carry an SVG icon (the theme's or ours),
    // not a text glyph, drawn for the pixel ratio asked for.
    void actionsHaveIcons()
    {
        QTemporaryDir dir;
        MemoryCredentialStore store;
        MainWindowOptions options;
        options.configDirectory = dir.path();
        options.practiceSmtpPort = 0;
        options.practiceTlsPort = 0;
        options.historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        MainWindow window(&store, options);
        QStringList bare;
        for (const char *name :
             {"testConnection", "sendTestMessage", "stop", "checkArrival", "stepThrough",
              "copyForTicket", "saveReport", "checkDomain", "checkServer", "copyTranscript"}) {
            auto *button = window.findChild<QAbstractButton *>(QString::fromLatin1(name));
            if (!button || button->icon().isNull()
                || button->icon().pixmap(QSize(16, 16), 2.0).size() != QSize(32, 32)
                || opaqueColours(button->icon().pixmap(QSize(16, 16), 2.0).toImage()).isEmpty())
                bare.append(QString::fromLatin1(name));
        }
        QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QLatin1Char(' '))));
        // The Session menu: Test connection, Send, Stop, Step through, Test all ports.
        QMenu *session = window.menuBar()->actions().first()->menu();
        int withIcon = 0;
        for (const QAction *action : session->actions()) {
            if (!action->icon().isNull())
                ++withIcon;
        }
        QCOMPARE(withIcon, 5);
    }

    // Ours follow the application's colours when drawn: a switch to dark needs no new icons.
    void actionIconFollowsTheApplicationPalette()
    {
        const QPalette before = QApplication::palette();
        const QIcon icon = SvgIcon::actionIcon(SvgIcon::Name::Stop);
        QPalette dark = before;
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xdd, 0x11));
        QApplication::setPalette(dark);
        const QImage drawn = icon.pixmap(32, 32).toImage();
        QApplication::setPalette(before);
        if (QIcon::hasThemeIcon(SvgIcon::themeName(SvgIcon::Name::Stop)))
            QSKIP("the desktop theme draws this icon");
        QVERIFY(opaqueColours(drawn).contains(qRgb(0xee, 0xdd, 0x11)));
    }

    // The Domain and Server panels' rows (tst_serverpanel looks at them) and the transcript's
    // locks: SVG, not glyphs.
    void rowsAndLocksAreSvg()
    {
        QCOMPARE(SvgIcon::statusName(DomainCheckItem::Status::Pass), SvgIcon::Name::StatusPass);
        QCOMPARE(SvgIcon::statusName(DomainCheckItem::Status::Error), SvgIcon::Name::StatusFail);
        QCOMPARE(SvgIcon::statusName(DomainCheckItem::Status::Warn), SvgIcon::Name::StatusWarn);
        QCOMPARE(SvgIcon::statusName(DomainCheckItem::Status::Info), SvgIcon::Name::StatusInfo);

        const QImage lock = SvgIcon::tintedIcon(SvgIcon::Name::LockClosed, QColor(0x11, 0x88, 0x22))
                                .pixmap(QSize(16, 16), 2.0)
                                .toImage();
        QCOMPARE(lock.size(), QSize(32, 32));
        QVERIFY(opaqueColours(lock).contains(qRgb(0x11, 0x88, 0x22)));
        const QImage blank = SvgIcon::blank().pixmap(QSize(16, 16), 2.0).toImage();
        QCOMPARE(blank.size(), QSize(32, 32));
        QVERIFY(opaqueColours(blank).isEmpty());
    }

    void statusIconsKeepTheirColours()
    {
        QPalette palette;
        palette.setColor(QPalette::WindowText, Qt::white);
        const QImage pass
            = SvgIcon::ownIcon(SvgIcon::Name::StatusPass, palette).pixmap(32, 32).toImage();
        const QImage fail
            = SvgIcon::ownIcon(SvgIcon::Name::StatusFail, palette).pixmap(32, 32).toImage();
        QVERIFY(opaqueColours(pass).contains(qRgb(0x1e, 0x8e, 0x3e)));
        QVERIFY(opaqueColours(fail).contains(qRgb(0xc5, 0x22, 0x1f)));
        QVERIFY(SvgIcon::themeName(SvgIcon::Name::StatusFail).isEmpty());
        QCOMPARE(SvgIcon::themeName(SvgIcon::Name::Copy), QStringLiteral("edit-copy"));
    }

    void disabledIsFainter()
    {
        const QIcon icon = SvgIcon::ownIcon(SvgIcon::Name::StatusPass, QApplication::palette());
        const QImage normal = icon.pixmap(QSize(32, 32), 1.0, QIcon::Normal).toImage();
        const QImage disabled = icon.pixmap(QSize(32, 32), 1.0, QIcon::Disabled).toImage();
        QCOMPARE(qAlpha(normal.pixel(16, 16)), 255);
        QVERIFY(qAlpha(disabled.pixel(16, 16)) < 200);
    }

    // The stage strip and the verdict show status as SVG pixmaps, drawn for the pixel ratio of
    // the screen, not as text glyphs; the step names stay plain words.
    void stageStripAndVerdictShowIcons()
    {
        StageStrip strip;
        strip.setStage(Stage::Connecting);
        strip.setStage(Stage::Ehlo);
        strip.finish(false, Stage::Auth);
        const QList<QLabel *> labels = strip.findChildren<QLabel *>();
        int withIcon = 0;
        QStringList names;
        for (const QLabel *label : labels) {
            if (!label->pixmap().isNull())
                ++withIcon;
            else if (!label->text().isEmpty())
                names.append(label->text());
        }
        // Connect, Greeting (skipped), EHLO, TLS (skipped) and the failed Sign-in; Send pending.
        QCOMPARE(withIcon, 5);
        QCOMPARE(names,
                 QStringList({QStringLiteral("Connect"), QStringLiteral("Greeting"),
                              QStringLiteral("EHLO"), QStringLiteral("TLS"),
                              QStringLiteral("Sign-in"), QStringLiteral("Send")}));
        QCOMPARE(strip.stepState(4), StageStrip::StepState::Failed);

        VerdictPanel verdict;
        const auto mark = [&verdict] {
            for (const QLabel *label : verdict.findChildren<QLabel *>()) {
                if (!label->pixmap().isNull())
                    return label->pixmap().toImage();
            }
            return QImage();
        };
        QVERIFY(mark().isNull()); // nothing to show yet
        verdict.showRunning(QStringLiteral("Sending"));
        const QImage running = mark();
        QVERIFY(!running.isNull());
        verdict.showStopped();
        const QImage stopped = mark();
        QVERIFY(!stopped.isNull());
        QVERIFY(running != stopped);
    }
};

QTEST_MAIN(TestSvgIcon)
#include "tst_svgicon.moc"
