// SPDX-License-Identifier: GPL-3.0-or-later
// Reports as PDF: written through Qt Gui on the offscreen platform and read back with
// pdftotext. A machine without pdftotext (poppler-utils) fails this test; it never skips.
#include "cliprocess.h"
#include "practicerun.h"
#include "report/strictredaction.h"
#include "reportexport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

class TestReportPdf : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_pdftotext;

    // The PDF's text as pdftotext reads it, with line breaks and runs of spaces made single
    // spaces (the layout wraps long lines).
    QString textOf(const QString &pdf)
    {
        const TestSupport::CliResult result = TestSupport::CliProcess::runProgram(
            m_pdftotext,
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        if (!result.succeeded()) {
            qWarning().noquote() << "pdftotext failed:" << result.describe();
            return QString();
        }
        return QString::fromUtf8(result.standardOutput).simplified();
    }

    std::optional<Report> practiceReport(const QStringList &scenarios)
    {
        PracticeServer server;
        server.setCertificateDirectory(m_dir.filePath(QStringLiteral("cert")));
        Scenario scenario;
        for (const QString &name : scenarios)
            scenario.add(name);
        server.setScenario(scenario);
        if (!server.start())
            return std::nullopt;
        QString error;
        return PracticeRun().send(server, &error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!m_pdftotext.isEmpty(),
                 "pdftotext is missing: install poppler-utils (packaging/install-deps-debian.sh)");
    }

    void pdfReadsBack()
    {
        const auto report = practiceReport({QStringLiteral("auth-535")});
        QVERIFY(report);
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(ReportExport::save(*report, ReportFormat::Format::Pdf, Report::Redaction::Standard,
                                    path, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        const QString text = textOf(path);
        QVERIFY2(text.contains(QStringLiteral("Sendcheck report: Test send to localhost:%1")
                                   .arg(report->profile.port)),
                 qPrintable(text.left(400)));
        for (const QString &expected :
             {QStringLiteral("Failed at auth"), QStringLiteral("auth.credentials_rejected"),
              QStringLiteral("535 5.7.8"), report->explanation.title, QStringLiteral("Transcript"),
              QStringLiteral("EHLO"), QStringLiteral("STARTTLS"),
              QStringLiteral("About this report"), report->tls().protocol}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        // A fingerprint has no spaces, so the layout may break it anywhere; the certificate is
        // new on every run, so where it breaks changes too. Compare with the spaces removed.
        QString unbroken = text;
        unbroken.remove(QLatin1Char(' '));
        QVERIFY2(unbroken.contains(report->tls().chain.first().sha256),
                 qPrintable(report->tls().chain.first().sha256));
    }

    void pdfShowsHostileTextAsText()
    {
        Report report;
        report.time = QDateTime::currentDateTimeUtc();
        report.verdict = QStringLiteral("Failed");
        report.profile.host = QStringLiteral("mail.example.com");
        report.banner = {QStringLiteral("220 <b>bold?</b> <script>alert(1)</script>")};
        const auto bytes = ReportExport::render(report, ReportFormat::Format::Pdf,
                                                Report::Redaction::Standard, nullptr);
        QVERIFY(bytes);
        const QString path = m_dir.filePath(QStringLiteral("hostile.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*bytes);
        file.close();
        const QString text = textOf(path);
        QVERIFY2(text.contains(QStringLiteral("220 <b>bold?</b> <script>alert(1)</script>")),
                 qPrintable(text));
    }

    void strictPdfHidesAddresses()
    {
        const auto report = practiceReport({});
        QVERIFY(report);
        const QString path = m_dir.filePath(QStringLiteral("strict.pdf"));
        QString error;
        QVERIFY2(ReportExport::save(*report, ReportFormat::Format::Pdf, Report::Redaction::Strict,
                                    path, &error),
                 qPrintable(error));
        const QString text = textOf(path);
        QVERIFY(text.contains(QStringLiteral("Strict redaction")));
        QVERIFY(text.contains(QStringLiteral("[hidden]@practice.test")));
        QVERIFY(!text.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(!text.contains(QStringLiteral("you@practice.test")));
    }

    void badPathIsAClearError()
    {
        Report report;
        report.time = QDateTime::currentDateTimeUtc();
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("missing/report.pdf"));
        QVERIFY(!ReportExport::save(report, ReportFormat::Format::Pdf, Report::Redaction::Standard,
                                    path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
