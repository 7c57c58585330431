// SPDX-License-Identifier: GPL-3.0-or-later
// The report's "Read-back" section (Report::readBack): kept in JSON and read back, written in
// Markdown, HTML and PDF, and hidden by the strict redaction like the rest of the report.
#include "cliprocess.h"
#include "imap/readback.h"
#include "readback/readbackresult.h"
#include "report/report.h"
#include "report/reportformat.h"
#include "report/strictredaction.h"
#include "reportpdf/reportexport.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {

// A header as a receiver files a message it distrusts, with an address and IP addresses that
// strict redaction must hide.
const QByteArray Header
    = "Return-Path: <owner.name@shop.example>\r\n"
      "Received: from mail.shop.example (mail.shop.example [198.51.100.7])\r\n"
      "        by mx.receiver.example with ESMTPS id abc\r\n"
      "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\r\n"
      "        Thu, 03 Dec 2026 10:00:01 +0000\r\n"
      "Authentication-Results: mx.receiver.example;\r\n"
      "       spf=fail (mx.receiver.example: domain of owner.name@shop.example does not "
      "designate 198.51.100.7 as permitted sender) smtp.mailfrom=owner.name@shop.example;\r\n"
      "       dkim=none;\r\n"
      "       dmarc=fail (p=QUARANTINE) header.from=shop.example\r\n"
      "X-Spam-Status: Yes, score=7.1 required=5.0\r\n"
      "From: Owner <owner.name@shop.example>\r\n"
      "To: friend.person@receiver.example\r\n"
      "Subject: Sendcheck test message\r\n"
      "Message-ID: <t1.abc@shop.example>\r\n"
      "\r\n";

Report reportWithReadBack()
{
    Report report;
    report.kind = Report::Kind::Send;
    report.time = QDateTime::currentDateTimeUtc();
    report.ok = true;
    report.verdict = QStringLiteral("Sent: the server accepted the message");
    report.profile.host = QStringLiteral("mail.shop.example");
    report.profile.port = 587;
    report.profile.userName = QStringLiteral("owner.name@shop.example");
    report.profile.from = QStringLiteral("owner.name@shop.example");
    ReadBackResult result = ReadBackResult::found(QStringLiteral("<t1.abc@shop.example>"), Header,
                                                  QStringLiteral("Junk"), true,
                                                  QStringLiteral("imap.receiver.example"), 12.3);
    report.readBack = result.toJson();
    report.readBack.insert(
        QStringLiteral("imap"),
        QJsonObject {{QStringLiteral("host"), QStringLiteral("imap.receiver.example")},
                     {QStringLiteral("port"), 993},
                     {QStringLiteral("security"), QStringLiteral("tls")}});
    return report;
}

} // namespace

class TestReportReadBack : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonKeepsTheReadBack()
    {
        const Report report = reportWithReadBack();
        const QJsonObject json = report.toJson();
        const QJsonObject readBack = json.value(QLatin1String("read_back")).toObject();
        QCOMPARE(readBack.value(QLatin1String("arrived")).toBool(), true);
        QCOMPARE(readBack.value(QLatin1String("folder")).toString(), QStringLiteral("Junk"));
        QCOMPARE(readBack.value(QLatin1String("spam")).toBool(), true);
        QCOMPARE(readBack.value(QLatin1String("authentication_results"))[QLatin1String("spf")]
                     .toString(),
                 QStringLiteral("fail"));
        QVERIFY(!readBack.value(QLatin1String("hops")).toArray().isEmpty());
        QString error;
        const auto again = Report::fromJson(json, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->readBack, report.readBack);
        // A report without a read-back has no such key.
        QVERIFY(!Report().toJson().contains(QLatin1String("read_back")));
    }

    void markdownAndHtmlHaveTheSection()
    {
        const Report report = reportWithReadBack();
        const QString markdown
            = QString::fromUtf8(ReportFormat::renderText(report, ReportFormat::Format::Markdown));
        QVERIFY2(markdown.contains(QLatin1String("## Read-back")), qPrintable(markdown));
        QVERIFY(markdown.contains(QLatin1String("**Arrived:** yes, after 12.3 s")));
        QVERIFY(markdown.contains(QLatin1String("**Folder:** `Junk`")));
        QVERIFY(markdown.contains(QLatin1String("**Filed as spam:** yes")));
        QVERIFY(markdown.contains(QLatin1String("**Mailbox:** `imap.receiver.example:993 (tls)`")));
        QVERIFY(markdown.contains(QLatin1String("spf=fail")));
        QVERIFY(markdown.contains(QStringLiteral("mail.shop.example → mx.receiver.example")));
        QVERIFY(markdown.contains(QLatin1String("readback.spf")));
        QVERIFY(markdown.contains(QLatin1String("Run the domain check")));

        const QString html
            = QString::fromUtf8(ReportFormat::renderText(report, ReportFormat::Format::Html));
        QVERIFY(html.contains(QLatin1String("<h2>Read-back</h2>")));
        QVERIFY(html.contains(QLatin1String("<code>Junk</code>")));
        QVERIFY(html.contains(QLatin1String("readback.dmarc")));
    }

    void aMailboxThatCouldNotBeRead()
    {
        Report report = reportWithReadBack();
        report.readBack = ReadBack::reportJson(QStringLiteral("No mailbox server."));
        const QString markdown
            = QString::fromUtf8(ReportFormat::renderText(report, ReportFormat::Format::Markdown));
        QVERIFY(markdown.contains(QLatin1String("## Read-back")));
        QVERIFY(markdown.contains(QLatin1String("unknown: the mailbox could not be read")));
        QVERIFY(markdown.contains(QLatin1String("No mailbox server.")));
    }

    void strictRedactionHidesAddresses()
    {
        const Report report = reportWithReadBack();
        QVERIFY(report.toJsonBytes().contains("owner.name@"));
        QVERIFY(report.toJsonBytes().contains("198.51.100.7"));
        const Report strict = StrictRedaction::apply(report);
        QCOMPARE(strict.readBack.value(QLatin1String("folder")).toString(), QStringLiteral("Junk"));
        for (auto format : {ReportFormat::Format::Json, ReportFormat::Format::Markdown,
                            ReportFormat::Format::Html}) {
            const QByteArray bytes = ReportFormat::renderText(strict, format);
            QVERIFY(bytes.contains("Read-back") || bytes.contains("read_back"));
            for (const QByteArray &gone : {QByteArray("owner.name"), QByteArray("friend.person"),
                                           QByteArray("198.51.100.7")})
                QVERIFY2(!bytes.contains(gone),
                         qPrintable(ReportFormat::name(format) + QStringLiteral(": ")
                                    + QString::fromLatin1(gone)));
        }
    }

    void pdfHasTheSection()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils");
        QTemporaryDir dir;
        for (const auto redaction : {Report::Redaction::Standard, Report::Redaction::Strict}) {
            QString error;
            const QString path = dir.filePath(QStringLiteral("r%1.pdf").arg(int(redaction)));
            QVERIFY2(ReportExport::save(reportWithReadBack(), ReportFormat::Format::Pdf, redaction,
                                        path, &error),
                     qPrintable(error));
            const TestSupport::CliResult result = TestSupport::CliProcess::runProgram(
                pdftotext,
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
            QVERIFY2(result.succeeded(), qPrintable(result.describe()));
            const QString text = QString::fromUtf8(result.standardOutput).simplified();
            QVERIFY2(text.contains(QLatin1String("Read-back")), qPrintable(text));
            QVERIFY(text.contains(QLatin1String("Junk")));
            QVERIFY(text.contains(QLatin1String("Filed as spam")));
            QCOMPARE(text.contains(QLatin1String("owner.name@")),
                     redaction == Report::Redaction::Standard);
        }
    }
};

QTEST_MAIN(TestReportReadBack)
#include "tst_reportreadback.moc"
