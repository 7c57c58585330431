// SPDX-License-Identifier: GPL-3.0-or-later
// Every code of the IANA "SMTP Enhanced Status Codes" registry (updated 2024-12-06) has an
// entry in the diagnosis's registry table, with its meaning, and each gives its topic as a
// temporary (4.X.Y) and a permanent (5.X.Y) failure, and ok.accepted as 2.X.Y. The expected
// topics are written out here, not read from the table.
#include "diagnosis/diagnoser.h"
#include "diagnosis/enhancedstatuscodes.h"

#include <QSet>
#include <QTest>

using namespace Sendcheck;

namespace {

struct Expected
{
    const char *code; // "X.1.1"
    const char *temporary;
    const char *permanent;
    bool auth = false; // defined as an answer to AUTH: tested in an AUTH exchange
};

// The registry's enumerated codes, in its order.
const Expected registry[] = {
    {"X.0.0", "server.temporary_error", "server.permanent_error"},
    {"X.1.0", "recipient.unknown", "recipient.unknown"},
    {"X.1.1", "recipient.unknown", "recipient.unknown"},
    {"X.1.2", "recipient.unknown", "recipient.unknown"},
    {"X.1.3", "recipient.unknown", "recipient.unknown"},
    {"X.1.4", "recipient.unknown", "recipient.unknown"},
    {"X.1.5", "server.temporary_error", "server.permanent_error"}, // a success code
    {"X.1.6", "recipient.unknown", "recipient.unknown"},
    {"X.1.7", "sender.rejected", "sender.rejected"},
    {"X.1.8", "sender.rejected", "sender.rejected"},
    {"X.1.9", "server.temporary_error", "server.permanent_error"}, // a success code
    {"X.1.10", "recipient.unknown", "recipient.unknown"},
    {"X.2.0", "server.temporary_error", "recipient.unknown"},
    {"X.2.1", "server.temporary_error", "recipient.unknown"},
    {"X.2.2", "recipient.mailbox_full", "recipient.mailbox_full"},
    {"X.2.3", "message.too_large", "message.too_large"},
    {"X.2.4", "server.temporary_error", "server.permanent_error"},
    {"X.3.0", "server.temporary_error", "server.permanent_error"},
    {"X.3.1", "server.temporary_error", "server.permanent_error"},
    {"X.3.2", "server.unavailable", "server.unavailable"},
    {"X.3.3", "protocol.error", "protocol.error"},
    {"X.3.4", "message.too_large", "message.too_large"},
    {"X.3.5", "server.temporary_error", "server.permanent_error"},
    {"X.3.6", "server.temporary_error", "server.permanent_error"}, // a success code
    {"X.4.0", "server.temporary_error", "server.permanent_error"},
    {"X.4.1", "server.temporary_error", "server.permanent_error"},
    {"X.4.2", "net.connection_lost", "net.connection_lost"},
    {"X.4.3", "server.temporary_error", "net.host_not_found"},
    {"X.4.4", "server.temporary_error", "net.host_not_found"},
    {"X.4.5", "server.unavailable", "server.unavailable"},
    {"X.4.6", "server.permanent_error", "server.permanent_error"},
    {"X.4.7", "server.temporary_error", "server.permanent_error"},
    {"X.5.0", "protocol.error", "protocol.error"},
    {"X.5.1", "protocol.error", "protocol.error"},
    {"X.5.2", "protocol.error", "protocol.error"},
    {"X.5.3", "recipient.too_many", "recipient.too_many"},
    {"X.5.4", "protocol.error", "protocol.error"},
    {"X.5.5", "protocol.error", "protocol.error"},
    {"X.5.6", "protocol.error", "protocol.error"},
    {"X.6.0", "message.malformed", "message.malformed"},
    {"X.6.1", "message.malformed", "message.malformed"},
    {"X.6.2", "message.malformed", "message.malformed"},
    {"X.6.3", "message.malformed", "message.malformed"},
    {"X.6.4", "message.malformed", "message.malformed"},
    {"X.6.5", "message.malformed", "message.malformed"},
    {"X.6.6", "message.malformed", "message.malformed"},
    {"X.6.7", "message.malformed", "message.malformed"},
    {"X.6.8", "message.malformed", "message.malformed"},
    {"X.6.9", "message.malformed", "message.malformed"},
    {"X.6.10", "message.malformed", "message.malformed"},
    {"X.7.0", "server.temporary_error", "server.permanent_error"},
    {"X.7.1", "server.temporary_error", "message.rejected_content"},
    {"X.7.2", "server.temporary_error", "server.permanent_error"},
    {"X.7.3", "message.malformed", "message.malformed"},
    {"X.7.4", "protocol.error", "protocol.error"},
    {"X.7.5", "tls.handshake_failed", "tls.handshake_failed"},
    {"X.7.6", "tls.handshake_failed", "tls.handshake_failed"},
    {"X.7.7", "message.rejected_content", "message.rejected_content"},
    {"X.7.8", "auth.credentials_rejected", "auth.credentials_rejected", true},
    {"X.7.9", "auth.app_password_required", "auth.app_password_required", true},
    {"X.7.10", "tls.required", "tls.required"},
    {"X.7.11", "auth.encryption_required", "auth.encryption_required", true},
    {"X.7.12", "auth.mechanism_unsupported", "auth.mechanism_unsupported", true},
    {"X.7.13", "auth.disabled_by_provider", "auth.disabled_by_provider", true},
    {"X.7.14", "auth.browser_signin_required", "auth.browser_signin_required", true},
    {"X.7.15", "server.temporary_error", "server.permanent_error"},
    {"X.7.16", "message.too_large", "message.too_large"},
    {"X.7.17", "recipient.unknown", "recipient.unknown"},
    {"X.7.18", "recipient.unknown", "recipient.unknown"},
    {"X.7.19", "recipient.unknown", "recipient.unknown"},
    {"X.7.20", "policy.sender_authentication", "policy.sender_authentication"},
    {"X.7.21", "policy.sender_authentication", "policy.sender_authentication"},
    {"X.7.22", "policy.sender_authentication", "policy.sender_authentication"},
    {"X.7.23", "policy.sender_authentication", "policy.sender_authentication"},
    {"X.7.24", "policy.sender_authentication", "policy.sender_authentication"},
    {"X.7.25", "policy.reverse_dns", "policy.reverse_dns"},
    {"X.7.26", "policy.sender_authentication", "policy.sender_authentication"},
    {"X.7.27", "sender.rejected", "sender.rejected"},
    {"X.7.28", "limit.rate", "limit.rate"},
    {"X.7.29", "policy.sender_authentication", "policy.sender_authentication"},
    {"X.7.30", "tls.starttls_unavailable", "tls.starttls_unavailable"},
};

QString inClass(const char *code, char cls)
{
    return QString::fromLatin1(code).replace(0, 1, QLatin1Char(cls));
}

} // namespace

class TestEnhancedStatusCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The table holds exactly the registry's codes, each with a meaning and a reference.
    void tableIsTheRegistry()
    {
        QStringList table;
        for (const EnhancedStatusCode &entry : EnhancedStatusCodes::registry()) {
            table << entry.code();
            QVERIFY2(!entry.meaning.isEmpty(), qPrintable(entry.code()));
            QVERIFY2(entry.reference && *entry.reference, qPrintable(entry.code()));
            QVERIFY2(!entry.temporary.isEmpty() && !entry.permanent.isEmpty(),
                     qPrintable(entry.code()));
        }
        QStringList expected;
        for (const Expected &row : registry)
            expected << QString::fromLatin1(row.code);
        QCOMPARE(table, expected);
        QCOMPARE(QSet<QString>(table.cbegin(), table.cend()).size(), table.size());
    }

    void everyCode_data()
    {
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<bool>("auth");
        QTest::addColumn<QString>("topic");
        for (const Expected &row : registry) {
            for (const char cls : {'2', '4', '5'}) {
                const QString code = inClass(row.code, cls);
                const char *topic = cls == '2' ? "ok.accepted"
                    : cls == '4'               ? row.temporary
                                               : row.permanent;
                QTest::newRow(qPrintable(code)) << code << row.auth << QString::fromLatin1(topic);
            }
        }
    }

    // The code alone (as .NET quotes it: "The server response was: 5.7.8 ..."), so nothing but
    // the registry decides; codes defined for AUTH are asked in an AUTH exchange.
    void everyCode()
    {
        QFETCH(QString, enhanced);
        QFETCH(bool, auth);
        QFETCH(QString, topic);
        const Explanation explanation
            = Diagnoser::explainText(QStringLiteral("The server response was: %1").arg(enhanced),
                                     auth ? std::optional<Stage>(Stage::Auth) : std::nullopt, {});
        QCOMPARE(explanation.topic, topic);
        bool cited = false;
        for (const Evidence &evidence : explanation.evidence)
            cited |= evidence.kind == Evidence::Kind::EnhancedCode && evidence.text == enhanced;
        QVERIFY2(cited, "the exact code is the evidence");
        const EnhancedStatusCode *entry = EnhancedStatusCodes::find(enhanced);
        QVERIFY(entry);
        QVERIFY2(explanation.reference.contains(entry->meaning.translated()),
                 qPrintable(explanation.reference));
    }

    // An AUTH code a server uses elsewhere is that server's own number and says little: the
    // words decide (Yahoo's "554 5.7.9 ... policy reasons" after the message).
    void authCodesOutsideAuth()
    {
        const Explanation yahoo = Diagnoser::explainText(
            QStringLiteral("554 5.7.9 Message not accepted for policy reasons."), Stage::Data, {});
        QCOMPARE(yahoo.topic, QStringLiteral("message.rejected_content"));
        const Explanation disabled = Diagnoser::explainText(
            QStringLiteral("525 5.7.13 Disabled recipient address"), Stage::RcptTo, {});
        QCOMPARE(disabled.topic, QStringLiteral("recipient.unknown"));
    }

    void unknownCodesFallBackToTheirClass()
    {
        QVERIFY(!EnhancedStatusCodes::find(QStringLiteral("5.7.99")));
        QVERIFY(!EnhancedStatusCodes::find(QStringLiteral("5.8.1")));
        QCOMPARE(
            Diagnoser::explainText(QStringLiteral("The server response was: 5.8.1"), {}, {}).topic,
            QStringLiteral("server.permanent_error"));
        QCOMPARE(
            Diagnoser::explainText(QStringLiteral("The server response was: 4.8.1"), {}, {}).topic,
            QStringLiteral("server.temporary_error"));
    }
};

QTEST_GUILESS_MAIN(TestEnhancedStatusCodes)
#include "tst_enhancedstatuscodes.moc"
