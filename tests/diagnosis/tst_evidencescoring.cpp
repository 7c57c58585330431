// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence scoring (issue 15): the topic with the strongest evidence wins, an exact code or a
// provider's words are not outvoted by loose words, every explanation says how sure it is and
// what it rests on (`explain --json`, `explain --why`), and a guess says it is one.
#include "cliprocess.h"

#include "diagnosis/diagnoser.h"
#include "diagnosis/diagnosiscatalog.h"
#include "diagnosis/evidencetext.h"
#include "diagnosis/rulefilter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Sendcheck;

namespace {

bool hasEvidence(const Explanation &explanation, Evidence::Kind kind, const QString &text)
{
    for (const Evidence &evidence : explanation.evidence) {
        if (evidence.kind == kind && evidence.text.compare(text, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

class TestEvidenceScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strongerEvidenceWins_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("topic");
        // An exact registered code against loose words ("try again later" alone would be
        // greylisting, "service unavailable" alone a busy server).
        QTest::newRow("x.1.1 over try-again-later")
            << "550 5.1.1 <a@example.org>: no thanks, try again later"
            << "rcpt"
            << "recipient.unknown";
        QTest::newRow("x.2.2 over service unavailable")
            << "452 4.2.2 service unavailable for this mailbox"
            << "rcpt"
            << "recipient.mailbox_full";
        QTest::newRow("x.3.0 over try-again-later") << "451 4.3.0 Please try again later"
                                                    << ""
                                                    << "server.temporary_error";
        // A provider's own marker against general words.
        QTest::newRow("Yahoo marker over a refusal")
            << "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to "
               "unexpected volume or user complaints"
            << "mail"
            << "limit.rate";
        // Words that name the cause against the consequence they led to.
        QTest::newRow("reputation over rate limit")
            << "421 4.7.0 This message is suspicious due to the very low reputation of the "
               "sending IP address. Mail from it has been temporarily rate limited."
            << ""
            << "policy.blocklisted";
        // General words naming the situation against a code that says little.
        QTest::newRow("words over x.7.1") << "554 5.7.1 <x@example.org>: Relay access denied"
                                          << "rcpt"
                                          << "recipient.relay_denied";
        // A wrapped multi-line reply: the repeats in the middle do not hide the words.
        QTest::newRow("joined multi-line reply")
            << "550-5.7.1 The IP you're using to send mail is not authorized to 550-5.7.1 send "
               "email directly to our servers."
            << "data"
            << "policy.blocklisted";
        // qmail's bracketed status is the enhanced code, wherever the reply sits: "4.3.0" a
        // fault of the server, not the busy server a bare 421 would be.
        QTest::newRow("qmail status in brackets") << "421 cannot open the queue (#4.3.0)"
                                                  << ""
                                                  << "server.temporary_error";
        QTest::newRow("qmail status in a Python tuple")
            << "(421, b'cannot open the queue (#4.3.0)')"
            << ""
            << "server.temporary_error";
        QTest::newRow("qmail status before a bounce's step")
            << "host mx.example.net[192.0.2.7] said: 421 cannot open the queue (#4.3.0) (in "
               "reply to MAIL FROM command)"
            << ""
            << "server.temporary_error";
        QTest::newRow("status after '#'") << "554 #5.3.4 rejected"
                                          << ""
                                          << "message.too_large";
        // RFC 4954: x.7.10 answering AUTH asks for TLS before this mechanism.
        QTest::newRow("x.7.10 to AUTH") << "503 5.7.10 not now"
                                        << "auth"
                                        << "auth.encryption_required";
        QTest::newRow("x.7.10 elsewhere") << "530 5.7.10 not now"
                                          << "mail"
                                          << "tls.required";
        // A header's address is the message's fault, not the envelope sender's.
        QTest::newRow("bad address in a header") << "554 5.6.0 Invalid address in Cc"
                                                 << "data"
                                                 << "message.malformed";
        QTest::newRow("send-as in other words") << "553 5.7.0 Unauthorised use of this sender"
                                                << "mail"
                                                << "sender.not_authorized";
        QTest::newRow("qmail badmailfrom") << "553 sender is listed in badmailfrom"
                                           << "mail"
                                           << "sender.rejected";
        QTest::newRow("network error of the server") << "451 4.4.2 network read error"
                                                     << "data"
                                                     << "net.connection_lost";
        // Data the server did not ask for: the client broke the exchange (Exim, RFC 4954).
        QTest::newRow("data not expected") << "553 initial response not expected"
                                           << "auth"
                                           << "protocol.error";
        QTest::newRow("AOL reason code") << "421 DYN:T1 https://postmaster.example.com/errors"
                                         << ""
                                         << "policy.blocklisted";
    }
    void strongerEvidenceWins()
    {
        QFETCH(QString, text);
        QFETCH(QString, stage);
        QFETCH(QString, topic);
        const Explanation explanation = Diagnoser::explainText(
            text, stage.isEmpty() ? std::nullopt : stageFromName(stage), {});
        QCOMPARE(explanation.topic, topic);
        QVERIFY(!explanation.evidence.isEmpty());
        // Strongest first.
        for (qsizetype i = 1; i < explanation.evidence.size(); ++i)
            QVERIFY(explanation.evidence.at(i - 1).weight >= explanation.evidence.at(i).weight);
    }

    // .NET's and MailKit's words when TLS meets a plain port, and when a certificate's
    // revocation cannot be checked.
    void clientLibraryWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("topic");
        QTest::newRow("unexpected packet format")
            << "System.IO.IOException: The handshake failed due to an unexpected packet format."
            << "net.security_mode_mismatch";
        QTest::newRow("port without TLS")
            << "SslHandshakeException: You may be connecting to a port which does not support "
               "SSL/TLS."
            << "net.security_mode_mismatch";
        QTest::newRow("revocation unknown")
            << "The remote certificate is invalid: unable to check revocation for the "
               "certificate."
            << "tls.certificate_untrusted";
        QTest::newRow("could not be validated")
            << "The server's certificate could not be validated."
            << "tls.certificate_untrusted";
        QTest::newRow("bare line feeds") << "451 See http://example.org/docs/smtplf.html"
                                         << "message.malformed";
    }
    void clientLibraryWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, topic);
        QCOMPARE(Diagnoser::explainText(text, std::nullopt, {}).topic, topic);
    }

    void evidenceNamesWhatMatched()
    {
        const Explanation explanation = Diagnoser::explainText(
            QStringLiteral("535 5.7.8 Error: authentication failed: authentication failure"),
            Stage::Auth, {});
        QCOMPARE(explanation.topic, QStringLiteral("auth.credentials_rejected"));
        QVERIFY(hasEvidence(explanation, Evidence::Kind::EnhancedCode, QStringLiteral("5.7.8")));
        QVERIFY(hasEvidence(explanation, Evidence::Kind::Phrase,
                            QStringLiteral("authentication failed")));
        QVERIFY(hasEvidence(explanation, Evidence::Kind::ReplyCode, QStringLiteral("535")));
        QCOMPARE(explanation.confidence, Explanation::Confidence::High);

        const Explanation provider = Diagnoser::explainText(
            QStringLiteral("550 5.7.60 SMTP; Client does not have permissions to send as this "
                           "sender"),
            Stage::MailFrom, {});
        QCOMPARE(provider.topic, QStringLiteral("sender.not_authorized"));
        QCOMPARE(provider.evidence.first().kind, Evidence::Kind::ProviderPhrase);

        DiagnosisContext gmail;
        gmail.host = QStringLiteral("smtp.gmail.com");
        const Explanation host = Diagnoser::explainText(
            QStringLiteral("535 5.7.8 Authentication credentials invalid"), Stage::Auth, gmail);
        QCOMPARE(host.topic, QStringLiteral("auth.app_password_required"));
        QVERIFY(hasEvidence(host, Evidence::Kind::HostProvider,
                            QStringLiteral("535 at smtp.gmail.com")));

        const Explanation stage = Diagnoser::explainText(
            QStringLiteral("550 Requested action not taken"), Stage::RcptTo, {});
        QCOMPARE(stage.topic, QStringLiteral("recipient.unknown"));
        QVERIFY(hasEvidence(stage, Evidence::Kind::Stage, QStringLiteral("550 to RCPT TO")));
    }

    void sessionFactsAreEvidence()
    {
        SessionFailure failure;
        failure.stage = Stage::Connecting;
        failure.kind = FailureKind::HostNotFound;
        failure.detail = QStringLiteral("Host smtp.example.invalid not found");
        const Explanation explanation = Diagnoser::explain(failure, {});
        QCOMPARE(explanation.topic, QStringLiteral("net.host_not_found"));
        QCOMPARE(explanation.confidence, Explanation::Confidence::High);
        QCOMPARE(explanation.evidence.size(), 1);
        QCOMPARE(explanation.evidence.first().kind, Evidence::Kind::Session);
        QVERIFY(explanation.evidence.first().text.contains(QLatin1String("not found")));
    }

    // A bare code is a guess, and the explanation says so in plain words before guessing.
    void lowConfidenceSaysSo()
    {
        const Explanation guess
            = Diagnoser::explainText(QStringLiteral("554 Transaction failed"), {}, {});
        QCOMPARE(guess.topic, QStringLiteral("server.permanent_error"));
        QCOMPARE(guess.confidence, Explanation::Confidence::Low);
        QVERIFY2(guess.summary.startsWith(QLatin1String("Sendcheck is not sure")),
                 qPrintable(guess.summary));
        QVERIFY(EvidenceText::whyLine(guess).contains(QLatin1String("Not sure")));

        const Explanation nothing
            = Diagnoser::explainText(QStringLiteral("something odd happened"), {}, {});
        QCOMPARE(nothing.confidence, Explanation::Confidence::Low);
        QVERIFY(nothing.evidence.isEmpty());
        QVERIFY(EvidenceText::whyLine(nothing).contains(QLatin1String("Not sure")));

        const Explanation sure = Diagnoser::explainText(
            QStringLiteral("552 5.2.2 <x@example.com>: Mailbox full"), Stage::RcptTo, {});
        QCOMPARE(sure.confidence, Explanation::Confidence::High);
        QVERIFY(!sure.summary.startsWith(QLatin1String("Sendcheck is not sure")));
        QVERIFY(EvidenceText::whyLine(sure).contains(QLatin1String("5.2.2")));
    }

    void jsonCarriesConfidenceAndEvidence()
    {
        const QJsonObject json
            = Diagnoser::explainText(QStringLiteral("535 5.7.8 Bad credentials"), Stage::Auth, {})
                  .toJson();
        QCOMPARE(json.value(QLatin1String("confidence")).toString(), QStringLiteral("high"));
        const QJsonArray evidence = json.value(QLatin1String("evidence")).toArray();
        QVERIFY(!evidence.isEmpty());
        for (const QJsonValue &item : evidence) {
            const QJsonObject object = item.toObject();
            QVERIFY(!object.value(QLatin1String("kind")).toString().isEmpty());
            QVERIFY(!object.value(QLatin1String("text")).toString().isEmpty());
            QVERIFY(object.value(QLatin1String("weight")).toInt() > 0);
        }
        QCOMPARE(evidence.first().toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("enhanced_code"));
    }

    void literalsAPatternNeeds_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("literals"); // empty: none, always run
        QTest::newRow("plain") << "Relay Access Denied" << QStringList {"relay access denied"};
        QTest::newRow("optional parts") << "relay(ing)? (access )?denied" << QStringList {"denied"};
        QTest::newRow("alternatives")
            << "user unknown|no such (user|mailbox)" << QStringList {"user unknown", "no such "};
        QTest::newRow("required group")
            << R"(\b(spf|dkim|dmarc)\b)" << QStringList {"spf", "dkim", "dmarc"};
        QTest::newRow("optional char") << "pop3? access" << QStringList {" access"};
        QTest::newRow("escapes and classes")
            << R"(starttls[- ]not\.supported)" << QStringList {"not.supported"};
        QTest::newRow("too short") << R"(\b[SX]BL\b)" << QStringList();
        QTest::newRow("one short alternative") << "ab|long words" << QStringList();
    }
    void literalsAPatternNeeds()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, literals);
        const std::optional<QList<QByteArray>> found = RuleFilter::requiredLiterals(pattern);
        if (literals.isEmpty()) {
            QVERIFY(!found);
            return;
        }
        QVERIFY(found);
        QStringList names;
        for (const QByteArray &literal : *found)
            names << QString::fromLatin1(literal);
        QCOMPARE(names, literals);
    }

    // The filter only saves work: on every corpus text, every pattern that matches was a
    // candidate.
    void filterNeverDropsAMatch()
    {
        QFile file(QStringLiteral(SENDCHECK_TEST_DATA_DIR "/diagnosis/corpus/corpus.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList texts;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n'))
            texts << line.section(u'\t', 0, 0);
        texts << QStringLiteral("421 4.7.0 [TSS04] unusual rate, SBL listed, (S3150) OU-002");
        int matches = 0;
        for (const auto &[rules, filter] :
             {std::pair {&DiagnosisCatalog::replyRules(), &DiagnosisCatalog::replyFilter()},
              std::pair {&DiagnosisCatalog::transportRules(),
                         &DiagnosisCatalog::transportFilter()}}) {
            for (const QString &text : std::as_const(texts)) {
                const std::vector<bool> candidates = filter->candidates(text);
                QCOMPARE(candidates.size(), rules->size());
                for (size_t i = 0; i < rules->size(); ++i) {
                    const CompiledRule &rule = rules->at(i);
                    if (!rule.rule->text || !rule.text.match(text).hasMatch())
                        continue;
                    ++matches;
                    QVERIFY2(candidates[i],
                             qPrintable(QString::fromLatin1(rule.rule->entry) + u' ' + text));
                }
            }
        }
        QVERIFY(matches > 500);
    }

    void cliExplainJsonAndWhy()
    {
        TestSupport::CliProcess cli;
        const TestSupport::CliResult json = cli.run(
            {QStringLiteral("explain"), QStringLiteral("550 5.1.1 <a@b.example>: User unknown"),
             QStringLiteral("--stage"), QStringLiteral("rcpt"), QStringLiteral("--json")});
        QVERIFY2(json.succeeded(), qPrintable(json.describe()));
        QCOMPARE(json.json().value(QLatin1String("topic")).toString(),
                 QStringLiteral("recipient.unknown"));
        QCOMPARE(json.json().value(QLatin1String("confidence")).toString(), QStringLiteral("high"));
        QVERIFY(json.json().value(QLatin1String("evidence")).toArray().size() >= 2);

        const TestSupport::CliResult why = cli.run(
            {QStringLiteral("explain"), QStringLiteral("550 5.1.1 <a@b.example>: User unknown"),
             QStringLiteral("--stage"), QStringLiteral("rcpt"), QStringLiteral("--why")});
        QVERIFY2(why.succeeded(), qPrintable(why.describe()));
        const QString out = QString::fromUtf8(why.standardOutput);
        QVERIFY2(out.contains(QLatin1String("Why this explanation: sure (high).")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("[enhanced_code, weight 70]")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\u201cUser unknown\u201d")), qPrintable(out));

        const TestSupport::CliResult plain = cli.run(
            {QStringLiteral("explain"), QStringLiteral("550 5.1.1 <a@b.example>: User unknown")});
        QVERIFY2(plain.succeeded(), qPrintable(plain.describe()));
        QVERIFY(!QString::fromUtf8(plain.standardOutput).contains(QLatin1String("Why this")));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceScoring)
#include "tst_evidencescoring.moc"
