// SPDX-License-Identifier: GPL-3.0-or-later
// The report model and its text formats: built from real sessions against the practice server,
// written as JSON, Markdown and HTML and read back, hostile server text kept inert, the strict
// redaction, and atomic report files.
#include "practicerun.h"
#include "report/htmlreport.h"
#include "report/markdownreport.h"
#include "report/report.h"
#include "report/reportfile.h"
#include "report/reportformat.h"
#include "report/sessionjson.h"
#include "report/strictredaction.h"
#include "transcript/transcript.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Sendcheck;

namespace {

// Text a hostile server could send: markup, a link, fences, a terminal escape, a bidi override.
const QString Hostile = QStringLiteral(
    "<script>alert('x')</script> <img src=x onerror=alert(1)> [click](http://evil.example/) "
    "```` ~~~ **bold** | col | \x1b[31mred\x1b[0m &amp; \u202Egnp.exe");

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

// The Markdown with every fenced block and code span removed (CommonMark's rules: a fence
// closes only with at least as many backticks, a code span only with exactly as many).
QString outsideCode(const QString &markdown)
{
    QStringList kept;
    qsizetype fence = 0;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype run
            = line.size() - QString(line).remove(QRegularExpression(QStringLiteral("^`+"))).size();
        if (fence == 0 && run >= 3) {
            fence = run;
            continue;
        }
        if (fence > 0) {
            if (run >= fence && line.trimmed() == QString(run, QLatin1Char('`')))
                fence = 0;
            continue;
        }
        kept << line;
    }
    QString text = kept.join(QLatin1Char('\n'));
    QString result;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            result += text.mid(i, 2);
            i += 2;
            continue;
        }
        if (text.at(i) != QLatin1Char('`')) {
            result += text.at(i++);
            continue;
        }
        qsizetype n = 0;
        while (i + n < text.size() && text.at(i + n) == QLatin1Char('`'))
            ++n;
        const QString delimiter(n, QLatin1Char('`'));
        qsizetype close = i + n;
        for (;;) {
            close = text.indexOf(delimiter, close);
            if (close < 0)
                break;
            qsizetype m = 0;
            while (close + m < text.size() && text.at(close + m) == QLatin1Char('`'))
                ++m;
            if (m == n)
                break;
            close += m;
        }
        if (close < 0) { // an unmatched run is literal text
            result += delimiter;
            i += n;
            continue;
        }
        i = close + n;
        result += QStringLiteral("<code>");
    }
    return result;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_certDir;

    std::optional<Report> practiceReport(const QStringList &scenarios = {})
    {
        PracticeServer server;
        server.setCertificateDirectory(m_certDir.path());
        Scenario scenario;
        for (const QString &name : scenarios) {
            if (!scenario.add(name))
                return std::nullopt;
        }
        server.setScenario(scenario);
        if (!server.start())
            return std::nullopt;
        QString error;
        auto report = PracticeRun().send(server, &error);
        if (!report)
            qWarning() << error;
        return report;
    }

    static Report hostileReport()
    {
        SessionResult result;
        result.ok = false;
        result.stage = Stage::Auth;
        result.failure.stage = Stage::Auth;
        result.failure.kind = FailureKind::Reply;
        result.failure.reply = SmtpReply {535, QStringLiteral("5.7.8"), {Hostile}};
        result.failure.detail = Hostile;
        result.recipients.append({Hostile, false, SmtpReply {550, QString(), {Hostile}}});
        result.tls.used = true;
        result.tls.protocol = QStringLiteral("TLS 1.3");
        CertificateInfo certificate;
        certificate.subject = Hostile;
        certificate.issuer = Hostile;
        certificate.sha256 = QStringLiteral("AB:CD");
        result.tls.chain.append(certificate);
        result.capabilities = Capabilities::fromEhloReply(
            SmtpReply {250, QString(), {QStringLiteral("mail.example.com"), Hostile}});
        Transcript transcript;
        transcript.append(Direction::Server, QStringLiteral("220 ") + Hostile);
        transcript.append(Direction::Client, QStringLiteral("EHLO client.example"));
        transcript.append(Direction::Server, QStringLiteral("535 5.7.8 ") + Hostile, true);
        Profile profile;
        profile.name = Hostile;
        profile.host = QStringLiteral("mail.example.com");
        return Report::fromSession(result, &transcript, profile);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_certDir.isValid()); }

    void fromSuccessfulSession()
    {
        const auto report = practiceReport();
        QVERIFY(report);
        QVERIFY(report->ok);
        QCOMPARE(report->kind, Report::Kind::Send);
        QCOMPARE(report->verdict, QStringLiteral("Sent: the server accepted the message"));
        QVERIFY(!report->explanation.isValid());
        QVERIFY(!report->confidence);
        QVERIFY(report->time.isValid());
        QCOMPARE(report->time.timeSpec(), Qt::UTC);
        QCOMPARE(report->appVersion, Report::currentAppVersion());
        QVERIFY(!report->appVersion.isEmpty());
        QVERIFY(!report->os.isEmpty());
        QCOMPARE(report->profile.name, QStringLiteral("Practice"));
        QVERIFY(!report->banner.isEmpty());
        QVERIFY2(report->banner.first().startsWith(QStringLiteral("220")),
                 qPrintable(report->banner.first()));
        QVERIFY(!report->ehloGreeting.isEmpty());
        QVERIFY2(report->capabilities.filter(QRegularExpression(QStringLiteral("^AUTH "))).size()
                     == 1,
                 qPrintable(report->capabilities.join(QLatin1Char('|'))));
        const TlsInfo tls = report->tls();
        QVERIFY(tls.used);
        QVERIFY(tls.verified);
        QVERIFY(tls.protocol.startsWith(QStringLiteral("TLS 1.")));
        QVERIFY(!tls.chain.isEmpty());
        QCOMPARE(tls.chain.first().sha256.size(), 95); // 32 bytes as "AB:CD:..."
        const QList<TranscriptEntry> transcript = report->transcript();
        QVERIFY(transcript.size() > 10);
        QVERIFY(std::any_of(transcript.cbegin(), transcript.cend(), [](const TranscriptEntry &e) {
            return e.direction == Direction::Client && e.insideTls
                && e.text.startsWith(QStringLiteral("AUTH PLAIN"));
        }));
        QCOMPARE(report->session.value(QStringLiteral("stage")).toString(), QStringLiteral("done"));
    }

    void fromFailedSession()
    {
        const auto report = practiceReport({QStringLiteral("auth-535")});
        QVERIFY(report);
        QVERIFY(!report->ok);
        QCOMPARE(report->explanation.topic, QStringLiteral("auth.credentials_rejected"));
        QVERIFY2(report->verdict.startsWith(QStringLiteral("Failed at auth (")),
                 qPrintable(report->verdict));
        QVERIFY(report->verdict.endsWith(report->explanation.title));
        const QJsonObject json = report->toJson();
        const QJsonObject verdict = json.value(QStringLiteral("verdict")).toObject();
        QCOMPARE(verdict.value(QStringLiteral("topic")).toString(),
                 QStringLiteral("auth.credentials_rejected"));
        QCOMPARE(verdict.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(!verdict.contains(QStringLiteral("confidence")));
        QCOMPARE(verdict.value(QStringLiteral("explanation")).toObject(),
                 report->explanation.toJson());
        QCOMPARE(json.value(QStringLiteral("session"))
                     .toObject()
                     .value(QStringLiteral("reply"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toInt(),
                 535);
    }

    void jsonSchemaAndRoundTrip()
    {
        const auto report = practiceReport();
        QVERIFY(report);
        const QByteArray bytes = ReportFormat::renderText(*report, ReportFormat::Format::Json);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
        const QJsonObject json = document.object();

        QCOMPARE(sortedKeys(json),
                 (QStringList {"app", "checks", "kind", "ok", "os", "profile", "redaction",
                               "schema", "server", "session", "time", "verdict"}));
        QCOMPARE(json.value("schema").toObject(),
                 (QJsonObject {{"name", "sendcheck-report"}, {"version", 1}}));
        QCOMPARE(json.value("kind").toString(), QStringLiteral("send"));
        QCOMPARE(json.value("redaction").toString(), QStringLiteral("standard"));
        QVERIFY(json.value("ok").toBool());
        QVERIFY(QRegularExpression(
                    QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                    .match(json.value("time").toString())
                    .hasMatch());
        QCOMPARE(sortedKeys(json.value("app").toObject()), (QStringList {"name", "qt", "version"}));
        QCOMPARE(sortedKeys(json.value("verdict").toObject()),
                 (QStringList {"severity", "text", "topic"}));
        QCOMPARE(sortedKeys(json.value("profile").toObject()),
                 (QStringList {"allow_plain_auth", "auth", "ca_file", "ehlo_name", "from", "host",
                               "id", "name", "pins", "port", "preset", "security", "sign_in",
                               "timeout_seconds", "to", "user"}));
        const QJsonObject profile = json.value("profile").toObject();
        QCOMPARE(profile.value("security").toString(), QStringLiteral("starttls"));
        QCOMPARE(profile.value("sign_in").toString(), QStringLiteral("password"));
        QCOMPARE(profile.value("user").toString(), QStringLiteral("practice"));
        QCOMPARE(sortedKeys(json.value("server").toObject()),
                 (QStringList {"banner", "capabilities", "ehlo_greeting"}));
        // The session is the `send --json` shape, unchanged.
        QCOMPARE(sortedKeys(json.value("session").toObject()),
                 (QStringList {"auth_mechanism", "messages", "ok", "recipients", "reply", "stage",
                               "timings_ms", "tls", "transcript"}));

        QString error;
        const auto back = Report::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->time, report->time);
        QCOMPARE(back->transcript().size(), report->transcript().size());
        QCOMPARE(back->tls().chain.first().sha256, report->tls().chain.first().sha256);
        QCOMPARE(back->tls().chain.first().notAfter, report->tls().chain.first().notAfter);
    }

    void jsonRefusesWhatItCannotRead()
    {
        const auto report = practiceReport();
        QVERIFY(report);
        QJsonObject json = report->toJson();
        QString error;

        QJsonObject other = json;
        other.insert("schema", QJsonObject {{"name", "something-else"}, {"version", 1}});
        QVERIFY(!Report::fromJson(other, &error));
        QVERIFY(error.contains(QStringLiteral("not a Sendcheck report")));

        QJsonObject newer = json;
        newer.insert("schema", QJsonObject {{"name", "sendcheck-report"}, {"version", 2}});
        QVERIFY(!Report::fromJson(newer, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));

        QJsonObject kind = json;
        kind.insert("kind", "teleport");
        QVERIFY(!Report::fromJson(kind, &error));
        QVERIFY(!Report::fromJson(QJsonObject(), &error));

        // A confidence, once diagnosis gives one, is carried through.
        QJsonObject verdict = json.value("verdict").toObject();
        verdict.insert("confidence", "high");
        json.insert("verdict", verdict);
        const auto withConfidence = Report::fromJson(json, &error);
        QVERIFY(withConfidence);
        QCOMPARE(withConfidence->confidence, std::optional<QString>(QStringLiteral("high")));
        QCOMPARE(withConfidence->toJson(), json);
    }

    void checksAndRecords()
    {
        Report report;
        report.kind = Report::Kind::Domain;
        report.time = QDateTime::currentDateTimeUtc();
        report.ok = false;
        report.verdict = QStringLiteral("One check failed");
        report.profile.host = QStringLiteral("example.com");
        report.checks.append({QStringLiteral("dns.mx"),
                              ReportCheck::Status::Pass,
                              QStringLiteral("Mail servers"),
                              QStringLiteral("Two MX records."),
                              QString(),
                              {{QStringLiteral("MX"), QStringLiteral("10 mx1.example.com")},
                               {QStringLiteral("MX"), QStringLiteral("20 mx2.example.com")}}});
        report.checks.append({QStringLiteral("dns.spf"),
                              ReportCheck::Status::Fail,
                              QStringLiteral("SPF"),
                              QStringLiteral("No SPF record."),
                              QStringLiteral("Publish a TXT record."),
                              {{QStringLiteral("TXT"), Hostile}}});
        QString error;
        const auto back = Report::fromJson(report.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->checks, report.checks);
        QCOMPARE(back->kind, Report::Kind::Domain);
        QVERIFY(!report.toJson().contains(QStringLiteral("session")));

        const QString markdown = MarkdownReport::write(report);
        QVERIFY(markdown.contains(QStringLiteral("- **Mail servers:** passed \\(dns.mx\\)"))
                || markdown.contains(QStringLiteral("- **Mail servers:** passed (dns.mx)")));
        QVERIFY(markdown.contains(QStringLiteral("- `MX: 10 mx1.example.com`")));
        QVERIFY(markdown.contains(QStringLiteral("Publish a TXT record.")));
        QVERIFY(!outsideCode(markdown).contains(QStringLiteral("alert")));
        const QString html = HtmlReport::write(report);
        QVERIFY(html.contains(QStringLiteral("<li><code>MX: 20 mx2.example.com</code></li>")));
        QVERIFY(html.contains(QStringLiteral("<th>SPF</th><td>failed (dns.spf)</td>")));
        QVERIFY(!html.contains(QStringLiteral("<script")));

        const auto bad = Report::fromJson(
            QJsonObject {{"schema", QJsonObject {{"name", "sendcheck-report"}, {"version", 1}}},
                         {"kind", "domain"},
                         {"checks", QJsonArray {QJsonObject {{"id", "x"}, {"status", "maybe"}}}}},
            &error);
        QVERIFY(!bad);
    }

    void markdownAndHtmlReadBack()
    {
        const auto report = practiceReport({QStringLiteral("rcpt-550")});
        QVERIFY(report);
        const QString markdown
            = QString::fromUtf8(ReportFormat::renderText(*report, ReportFormat::Format::Markdown));
        const QString title = QStringLiteral("# Sendcheck report: Test send to localhost:%1")
                                  .arg(report->profile.port);
        QVERIFY2(markdown.startsWith(title), qPrintable(markdown.left(200)));
        QVERIFY(markdown.contains(QStringLiteral("**\u2718 Failed at rcpt (")));
        QVERIFY(markdown.contains(QStringLiteral("- **Topic:** `recipient.unknown`")));
        QVERIFY(markdown.contains(QStringLiteral("## Transcript")));
        QVERIFY(
            markdown.contains(QStringLiteral("- **Refused:** `friend@practice.test: 550 5.1.1 ")));
        QVERIFY(markdown.contains(
            QStringLiteral("- **SHA-256:** `%1`").arg(report->tls().chain.first().sha256)));
        // Every transcript line, exactly as the CLI prints it, inside the fenced block.
        const qsizetype open = markdown.indexOf(QStringLiteral("```text\n"),
                                                markdown.indexOf(QStringLiteral("## Transcript")));
        QVERIFY(open > 0);
        const qsizetype close = markdown.indexOf(QStringLiteral("\n```\n"), open);
        const QString block = markdown.mid(open + 8, close - open - 8);
        QStringList expected;
        for (const TranscriptEntry &entry : report->transcript())
            expected << Transcript::formatEntry(entry);
        QCOMPARE(block, expected.join(QLatin1Char('\n')));

        const QString html
            = QString::fromUtf8(ReportFormat::renderText(*report, ReportFormat::Format::Html));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        QVERIFY(html.contains(QStringLiteral("<code>recipient.unknown</code>")));
        QVERIFY(html.contains(QStringLiteral("<code>friend@practice.test: 550 5.1.1 ")));
        QVERIFY(html.contains(QStringLiteral("<h2>TLS</h2>")));
        QVERIFY(html.contains(report->tls().chain.first().sha256));
        for (const QString &line : std::as_const(expected))
            QVERIFY2(html.contains(line.toHtmlEscaped()), qPrintable(line));
        // Self-contained: nothing is fetched from anywhere.
        QVERIFY(!html.contains(QStringLiteral("src=")));
        QVERIFY(!html.contains(QStringLiteral("href=")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }

    void hostileServerTextStaysText()
    {
        const Report report = hostileReport();
        const QString html = HtmlReport::write(report);
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QChar(0x1b)));
        QVERIFY(!html.contains(QChar(0x202e)));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("\\x1b[31mred")));
        QVERIFY(html.contains(QStringLiteral("\\u202egnp.exe")));
        QVERIFY(html.contains(QStringLiteral("&amp;amp;")));
        // Every tag in the page is one of ours.
        static const QStringList allowed {
            "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p",
            "table",    "tr",   "th",   "td",   "code",  "pre",   "ul",   "ol", "li", "b"};
        auto tags = QRegularExpression(QStringLiteral("<(/?)([!A-Za-z0-9]+)")).globalMatch(html);
        while (tags.hasNext()) {
            const QString tag = tags.next().captured(2);
            QVERIFY2(allowed.contains(tag), qPrintable(tag));
        }

        const QString markdown = MarkdownReport::write(report);
        QVERIFY(!markdown.contains(QChar(0x1b)));
        QVERIFY(!markdown.contains(QChar(0x202e)));
        const QString outside = outsideCode(markdown);
        for (const QString &piece :
             {QStringLiteral("alert"), QStringLiteral("<img"), QStringLiteral("](http"),
              QStringLiteral("**bold**"), QStringLiteral("gnp.exe")})
            QVERIFY2(!outside.contains(piece),
                     qPrintable(piece + QStringLiteral(" in:\n") + outside));
        // The fenced transcript holds the hostile line whole: its ```` does not close a fence
        // of five.
        QVERIFY(markdown.contains(QStringLiteral("`````text\n")));
        QVERIFY(markdown.contains(Transcript::formatEntry(report.transcript().at(2))));
        // The profile name (user input) is a code span that reads back exactly.
        QVERIFY(markdown.contains(MarkdownReport::codeSpan(Hostile)));
        QCOMPARE(MarkdownReport::codeSpan(QStringLiteral("a`b")), QStringLiteral("``a`b``"));
        QCOMPARE(MarkdownReport::codeSpan(QStringLiteral("`x")), QStringLiteral("`` `x ``"));
        QCOMPARE(MarkdownReport::fenceFor({QStringLiteral("ok")}), QStringLiteral("```"));
        QCOMPARE(MarkdownReport::escaped(QStringLiteral("<b>*x*</b> [a](b)")),
                 QStringLiteral("\\<b\\>\\*x\\*\\</b\\> \\[a\\](b)"));
    }

    void strictRedactionOfText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString fingerprint = QStringLiteral(
            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:"
            "01:23:45:67:89");
        QTest::newRow("user name") << "AUTH PLAIN <user name \"jsmith\" and password, hidden>"
                                   << "AUTH PLAIN <user name \"[user]\" and password, hidden>";
        QTest::newRow("user name, other case") << "JSmith signed in"
                                               << "[user] signed in";
        QTest::newRow("longer word stays") << "jsmithers"
                                           << "jsmithers";
        QTest::newRow("user name in base64") << "C: anNtaXRo"
                                             << "C: [user]";
        QTest::newRow("address user") << "jane.doe@corp.example signed in"
                                      << "[user] signed in";
        QTest::newRow("local part") << "MAIL FROM:<bob.smith+tag@example.com> SIZE=100"
                                    << "MAIL FROM:<[hidden]@example.com> SIZE=100";
        QTest::newRow("two addresses") << "a@x.example, b_c@y.example"
                                       << "[hidden]@x.example, [hidden]@y.example";
        QTest::newRow("unicode local part") << "RCPT TO:<jörg@example.de>"
                                            << "RCPT TO:<[hidden]@example.de>";
        QTest::newRow("ipv4") << "Connected to 192.0.2.10 port 587"
                              << "Connected to [IP] port 587";
        QTest::newRow("ipv4 literal") << "250-mail.example.com Hello [198.51.100.7]"
                                      << "250-mail.example.com Hello [[IP]]";
        QTest::newRow("ipv4 with port") << "127.0.0.1:2525"
                                        << "[IP]:2525";
        QTest::newRow("ipv6") << "Connected to 2001:db8::25 port 25"
                              << "Connected to [IP] port 25";
        QTest::newRow("ipv6 loopback") << "from [::1]:40000"
                                       << "from [[IP]]:40000";
        QTest::newRow("ipv6 full") << "2001:0db8:0000:0000:0000:ff00:0042:8329."
                                   << "[IP].";
        QTest::newRow("ipv6 zone") << "fe80::1%eth0 said hi"
                                   << "[IP] said hi";
        QTest::newRow("ipv6 literal") << "EHLO [IPv6:2001:db8::5]"
                                      << "EHLO [IPv6:[IP]]";
        QTest::newRow("ipv4-mapped ipv6") << "::ffff:192.0.2.1"
                                          << "[IP]";
        QTest::newRow("fingerprint stays") << "SHA-256 " + fingerprint << "SHA-256 " + fingerprint;
        QTest::newRow("time stays") << "Mon, 1 Jan 2024 12:00:00 +0000"
                                    << "Mon, 1 Jan 2024 12:00:00 +0000";
        QTest::newRow("codes stay") << "535 5.7.8 TLS 1.3 version 6.4.2"
                                    << "535 5.7.8 TLS 1.3 version 6.4.2";
        QTest::newRow("not an address") << "999.1.1.1 and 1.2.3.4.5"
                                        << "999.1.1.1 and 1.2.3.4.5";
    }

    void strictRedactionOfText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const StrictRedaction redaction(
            {QStringLiteral("jsmith"), QStringLiteral("jane.doe@corp.example")});
        QCOMPARE(redaction.apply(text), expected);
        QCOMPARE(redaction.apply(expected), expected); // nothing left to hide
    }

    void strictRedactionOfReport()
    {
        const auto report = practiceReport({QStringLiteral("rcpt-550")});
        QVERIFY(report);
        const Report strict = StrictRedaction::apply(*report);
        QCOMPARE(strict.redaction, Report::Redaction::Strict);
        QCOMPARE(strict.profile.userName, QStringLiteral("[user]"));
        QCOMPARE(strict.profile.from, QStringLiteral("[hidden]@practice.test"));
        QCOMPARE(strict.profile.host, report->profile.host);
        QCOMPARE(strict.profile.port, report->profile.port);
        QCOMPARE(strict.tls().chain.first().sha256, report->tls().chain.first().sha256);
        QCOMPARE(strict.tls().chain.first().notAfter, report->tls().chain.first().notAfter);
        QCOMPARE(strict.time, report->time);
        QCOMPARE(strict.explanation.topic, report->explanation.topic);
        QCOMPARE(strict.transcript().size(), report->transcript().size());

        const QByteArray before = report->toJsonBytes();
        QVERIFY(before.contains("127.0.0.1"));
        QVERIFY(before.contains("you@practice.test"));
        for (auto format : {ReportFormat::Format::Json, ReportFormat::Format::Markdown,
                            ReportFormat::Format::Html}) {
            const QByteArray bytes = ReportFormat::renderText(strict, format);
            for (const QByteArray &gone :
                 {QByteArray("127.0.0.1"), QByteArray("you@"), QByteArray("friend@"),
                  QByteArray("\"practice\""), QByteArray("user name \"practice\"")})
                QVERIFY2(!bytes.contains(gone),
                         qPrintable(ReportFormat::name(format) + QStringLiteral(": ")
                                    + QString::fromLatin1(gone)));
        }
        QVERIFY(ReportFormat::renderText(strict, ReportFormat::Format::Json)
                    .contains("\"redaction\": \"strict\""));
        QVERIFY(ReportFormat::renderText(strict, ReportFormat::Format::Markdown)
                    .contains("Strict redaction"));
    }

    void formatNames()
    {
        QCOMPARE(ReportFormat::names(), (QStringList {"md", "html", "json", "pdf"}));
        QCOMPARE(ReportFormat::fromName(QStringLiteral("PDF")), ReportFormat::Format::Pdf);
        QCOMPARE(ReportFormat::fromName(QStringLiteral("markdown")),
                 ReportFormat::Format::Markdown);
        QVERIFY(!ReportFormat::fromName(QStringLiteral("docx")));
        QCOMPARE(ReportFormat::fromPath(QStringLiteral("/tmp/r.HTM")), ReportFormat::Format::Html);
        QCOMPARE(ReportFormat::fromPath(QStringLiteral("r.json")), ReportFormat::Format::Json);
        QVERIFY(!ReportFormat::fromPath(QStringLiteral("report")));
    }

    void reportFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ticket.md"));
        QString error;
        QVERIFY2(ReportFile::save(path, "first\n", &error), qPrintable(error));
        QVERIFY2(ReportFile::save(path, "second\n", &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("second\n"));
        file.close();
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("ticket.md")});

        const QString missing = dir.filePath(QStringLiteral("no/such/folder/r.md"));
        QVERIFY(!ReportFile::save(missing, "x", &error));
        QVERIFY2(error.contains(missing) && error.contains(QStringLiteral("does not exist")),
                 qPrintable(error));
        QVERIFY(!ReportFile::save(dir.path(), "x", &error));
        QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
        QVERIFY(!ReportFile::save(QString(), "x", &error));
        QVERIFY(!error.isEmpty());
        // A file in the way of the folder.
        QVERIFY(!ReportFile::save(path + QStringLiteral("/inside.md"), "x", &error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("second\n"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
