// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerdns.h"

#include <QCoreApplication>

namespace Sendcheck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sendcheck::ProviderDns", text);
}

QList<ProviderDns> table()
{
    const auto google = [](const QString &id) {
        return ProviderDns {id,
                            QStringLiteral("Google"),
                            QStringLiteral("_spf.google.com"),
                            false,
                            {QStringLiteral("google")},
                            false,
                            tr("The admin can choose another DKIM selector than 'google'.")};
    };
    return {
        google(QStringLiteral("gmail")),
        google(QStringLiteral("google-workspace-relay")),
        {QStringLiteral("microsoft-365"),
         QStringLiteral("Microsoft 365"),
         QStringLiteral("spf.protection.outlook.com"),
         false,
         {QStringLiteral("selector1"), QStringLiteral("selector2")},
         false,
         tr("selector1 and selector2 are CNAMEs to your tenant; one is active, the other for "
            "rotation.")},
        {QStringLiteral("amazon-ses"),
         QStringLiteral("Amazon SES"),
         QStringLiteral("amazonses.com"),
         false,
         {},
         false,
         tr("SES's SPF include belongs on the custom MAIL FROM subdomain; Easy DKIM uses three "
            "per-domain token selectors shown in the SES console.")},
        {QStringLiteral("sendgrid"),
         QStringLiteral("SendGrid"),
         QStringLiteral("sendgrid.net"),
         true,
         {QStringLiteral("s1"), QStringLiteral("s2")},
         false,
         QString()},
        {QStringLiteral("mailgun"),
         QStringLiteral("Mailgun"),
         QStringLiteral("mailgun.org"),
         false,
         {QStringLiteral("smtp"), QStringLiteral("mailo")},
         true,
         tr("Mailgun shows the DKIM selector for your domain in its control panel.")},
        {QStringLiteral("postmark"),
         QStringLiteral("Postmark"),
         QString(),
         false,
         {},
         false,
         tr("Postmark's selector is a date stamp ending in 'pm' (e.g. 20240101000000pm); its "
            "return path (pm-bounces) carries SPF.")},
        {QStringLiteral("smtp2go"),
         QStringLiteral("SMTP2GO"),
         QString(),
         false,
         {},
         false,
         tr("SMTP2GO needs no SPF include; its DKIM selector s<ID> is shown in its panel.")},
        {QStringLiteral("brevo"),
         QStringLiteral("Brevo"),
         QStringLiteral("sendinblue.com"),
         true,
         {QStringLiteral("brevo1"), QStringLiteral("brevo2"), QStringLiteral("mail")},
         true,
         QString()},
        {QStringLiteral("fastmail"),
         QStringLiteral("Fastmail"),
         QStringLiteral("spf.messagingengine.com"),
         false,
         {QStringLiteral("fm1"), QStringLiteral("fm2"), QStringLiteral("fm3")},
         false,
         QString()},
        {QStringLiteral("icloud"),
         QStringLiteral("iCloud+"),
         QStringLiteral("icloud.com"),
         true,
         {QStringLiteral("sig1")},
         true,
         QString()},
        {QStringLiteral("zoho"),
         QStringLiteral("Zoho Mail"),
         QString(),
         false,
         {QStringLiteral("zmail")},
         true,
         tr("Zoho's SPF include depends on the data centre (zohomail.com, zohomail.eu, ...).")},
    };
}

} // namespace

std::optional<ProviderDns> ProviderDns::find(const QString &id)
{
    for (const ProviderDns &provider : table()) {
        if (provider.id == id)
            return provider;
    }
    if (id == QLatin1String("zoho-organisation")) {
        auto zoho = find(QStringLiteral("zoho"));
        zoho->id = id;
        return zoho;
    }
    return std::nullopt;
}

QStringList ProviderDns::ids()
{
    QStringList out;
    for (const ProviderDns &provider : table())
        out << provider.id;
    out << QStringLiteral("zoho-organisation");
    return out;
}

QStringList ProviderDns::commonSelectors()
{
    return {QStringLiteral("default"), QStringLiteral("dkim"),      QStringLiteral("mail"),
            QStringLiteral("google"),  QStringLiteral("selector1"), QStringLiteral("selector2"),
            QStringLiteral("s1"),      QStringLiteral("s2"),        QStringLiteral("k1"),
            QStringLiteral("smtp"),    QStringLiteral("fm1"),       QStringLiteral("brevo1"),
            QStringLiteral("mailjet"), QStringLiteral("zmail"),     QStringLiteral("sig1"),
            QStringLiteral("key1")};
}

} // namespace Sendcheck
