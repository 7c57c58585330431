<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Likely causes:</source>
        <translation>Wahrscheinliche Ursachen:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Provider note: %1</source>
        <translation>Hinweis zum Anbieter: %1</translation>
    </message>
    <message>
        <source>Retrying later can help: %1</source>
        <translation>Ein späterer Versuch kann helfen: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Nachschlagen: %1</translation>
    </message>
    <message>
        <source>The server&apos;s own words:</source>
        <translation>Die Worte des Servers:</translation>
    </message>
    <message>
        <source>Explains an SMTP reply or a mail error message in plain words: what happened, why, and what to do. Reads the text from standard input when it is &apos;-&apos; or missing.</source>
        <translation>Erklärt eine SMTP-Antwort oder eine Mail-Fehlermeldung in einfachen Worten: was passiert ist, warum, und was zu tun ist. Liest den Text von der Standardeingabe, wenn er „-“ ist oder fehlt.</translation>
    </message>
    <message>
        <source>The reply or error text.</source>
        <translation>Der Antwort- oder Fehlertext.</translation>
    </message>
    <message>
        <source>The step the reply answered: connect, banner, ehlo, starttls, tls, auth, mail, rcpt, data, quit.</source>
        <translation>Der Schritt, auf den die Antwort kam: connect, banner, ehlo, starttls, tls, auth, mail, rcpt, data, quit.</translation>
    </message>
    <message>
        <source>The server name used.</source>
        <translation>Der verwendete Servername.</translation>
    </message>
    <message>
        <source>The port used.</source>
        <translation>Der verwendete Port.</translation>
    </message>
    <message>
        <source>The security used: none, starttls or tls.</source>
        <translation>Die verwendete Sicherheit: none, starttls oder tls.</translation>
    </message>
    <message>
        <source>The sign-in method used: auto, plain, login, cram-md5, xoauth2.</source>
        <translation>Das verwendete Anmeldeverfahren: auto, plain, login, cram-md5, xoauth2.</translation>
    </message>
    <message>
        <source>Print the explanation as JSON.</source>
        <translation>Die Erklärung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Could not read the text from standard input.</source>
        <translation>Der Text konnte nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>Give the reply or error text to explain, e.g. sendcheck-cli explain &quot;535 5.7.8 Authentication failed&quot;.</source>
        <translation>Geben Sie den Antwort- oder Fehlertext an, der erklärt werden soll, z. B. sendcheck-cli explain &quot;535 5.7.8 Authentication failed&quot;.</translation>
    </message>
    <message>
        <source>Unknown stage &apos;%1&apos;.</source>
        <translation>Unbekannter Schritt „%1“.</translation>
    </message>
    <message>
        <source>Invalid port &apos;%1&apos;.</source>
        <translation>Ungültiger Port „%1“.</translation>
    </message>
    <message>
        <source>Unknown security &apos;%1&apos;.</source>
        <translation>Unbekannte Sicherheitseinstellung „%1“.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &apos;%1&apos;.</source>
        <translation>Unbekanntes Anmeldeverfahren „%1“.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Diagnoser</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>Try another port: %1.</source>
        <translation>Versuchen Sie einen anderen Port: %1.</translation>
    </message>
    <message>
        <source>Port 25 is meant for servers talking to servers; most internet providers and cloud hosts block it for everyone else.</source>
        <translation>Port 25 ist für die Verbindung zwischen Mailservern gedacht; die meisten Internet- und Cloud-Anbieter sperren ihn für alle anderen.</translation>
    </message>
    <message>
        <source>Port %1 starts in plain text and switches to encryption with STARTTLS: set the security to STARTTLS, or keep SSL/TLS and change the port to 465.</source>
        <translation>Port %1 beginnt im Klartext und schaltet dann per STARTTLS auf Verschlüsselung um: Stellen Sie die Sicherheit auf STARTTLS, oder behalten Sie SSL/TLS und ändern Sie den Port auf 465.</translation>
    </message>
    <message>
        <source>The server starts in plain text on this port: set the security to STARTTLS (usually port 587), or keep SSL/TLS and change the port to 465.</source>
        <translation>Der Server beginnt auf diesem Port im Klartext: Stellen Sie die Sicherheit auf STARTTLS (meist Port 587), oder behalten Sie SSL/TLS und ändern Sie den Port auf 465.</translation>
    </message>
    <message>
        <source>Port %1 expects encryption from the first byte: set the security to SSL/TLS, or keep STARTTLS and change the port to 587.</source>
        <translation>Port %1 erwartet Verschlüsselung ab dem ersten Byte: Stellen Sie die Sicherheit auf SSL/TLS, oder behalten Sie STARTTLS und ändern Sie den Port auf 587.</translation>
    </message>
    <message>
        <source>The server expects encryption from the first byte on this port: set the security to SSL/TLS (usually port 465), or keep STARTTLS and change the port to 587.</source>
        <translation>Der Server erwartet auf diesem Port Verschlüsselung ab dem ersten Byte: Stellen Sie die Sicherheit auf SSL/TLS (meist Port 465), oder behalten Sie STARTTLS und ändern Sie den Port auf 587.</translation>
    </message>
    <message>
        <source>%1: %2 (RFC 3463)</source>
        <translation>%1: %2 (RFC 3463)</translation>
    </message>
    <message>
        <source>The session was stopped before it finished. Nothing is wrong with the server or the settings as far as it got.</source>
        <translation>Die Sitzung wurde vor ihrem Ende angehalten. Soweit sie gekommen ist, sind Server und Einstellungen in Ordnung.</translation>
    </message>
    <message>
        <source>Sendcheck found no reply code and no known error text in this message. Paste the server&apos;s complete reply, starting with its three-digit code, for a better explanation.</source>
        <translation>Sendcheck hat in dieser Meldung weder einen Antwortcode noch einen bekannten Fehlertext gefunden. Fügen Sie die vollständige Antwort des Servers ein, beginnend mit dem dreistelligen Code, dann fällt die Erklärung genauer aus.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Diagnosis</name>
    <message>
        <source>Google no longer accepts the normal account password in mail programs (personal accounts since May 2022, Google Workspace since May 2025). Switch on 2-Step Verification, create an app password at myaccount.google.com/apppasswords and enter its 16 letters without spaces, or use &quot;Sign in with Google&quot;. Changing the Google password revokes existing app passwords. If the app passwords page is missing, the account uses Advanced Protection or a Workspace administrator has switched app passwords off.</source>
        <comment>hint/gmail/auth</comment>
        <translation>Google akzeptiert das normale Kontopasswort in Mailprogrammen nicht mehr (private Konten seit Mai 2022, Google Workspace seit Mai 2025). Schalten Sie die Bestätigung in zwei Schritten ein, erstellen Sie unter myaccount.google.com/apppasswords ein App-Passwort und geben Sie dessen 16 Buchstaben ohne Leerzeichen ein – oder nutzen Sie „Über Google anmelden“. Wenn Sie das Google-Passwort ändern, werden bestehende App-Passwörter widerrufen. Fehlt die Seite für App-Passwörter, nutzt das Konto den Erweiterten Sicherheitsschutz, oder ein Workspace-Administrator hat App-Passwörter abgeschaltet.</translation>
    </message>
    <message>
        <source>Google Workspace allows about 2,000 messages a day (500 on trial accounts), personal Gmail about 500, and at most 100 recipients per message over SMTP. After the limit, sending pauses for up to 24 hours.</source>
        <comment>hint/gmail/limit</comment>
        <translation>Google Workspace erlaubt etwa 2.000 Nachrichten pro Tag (500 bei Testkonten), privates Gmail etwa 500, und höchstens 100 Empfänger pro Nachricht über SMTP. Ist das Limit erreicht, ruht der Versand bis zu 24 Stunden.</translation>
    </message>
    <message>
        <source>Microsoft 365: sending from apps (&quot;Authenticated SMTP&quot;, SMTP AUTH) is off for organisations created after January 2020 and is blocked by security defaults. An administrator can switch it on for one mailbox in the Microsoft 365 admin center (Users &gt; Active users &gt; Mail &gt; Manage email apps) or with Set-CASMailbox -Identity &lt;mailbox&gt; -SmtpClientAuthenticationDisabled $false. Password sign-in (basic authentication) for SMTP is being retired: Microsoft plans to switch it off by default for existing tenants at the end of December 2026. &quot;Sign in with Microsoft&quot; (OAuth) is the lasting fix.</source>
        <comment>hint/microsoft/auth</comment>
        <translation>Microsoft 365: Das Senden aus Programmen („Authentifiziertes SMTP“, SMTP AUTH) ist bei Organisationen, die nach Januar 2020 angelegt wurden, ausgeschaltet und wird durch die Sicherheitsstandards blockiert. Ein Administrator kann es für ein einzelnes Postfach im Microsoft 365 Admin Center einschalten (Benutzer &gt; Aktive Benutzer &gt; E-Mail &gt; E-Mail-Apps verwalten) oder mit Set-CASMailbox -Identity &lt;Postfach&gt; -SmtpClientAuthenticationDisabled $false. Die Passwort-Anmeldung (Standardauthentifizierung) für SMTP wird eingestellt: Microsoft will sie Ende Dezember 2026 für bestehende Mandanten standardmäßig abschalten. Dauerhaft hilft nur „Mit Microsoft anmelden“ (OAuth).</translation>
    </message>
    <message>
        <source>Microsoft 365 only sends as the mailbox you signed in with. To send from another address, an administrator must grant &quot;Send As&quot; for it to this mailbox.</source>
        <comment>hint/microsoft/sender</comment>
        <translation>Microsoft 365 sendet nur als das Postfach, mit dem Sie angemeldet sind. Um von einer anderen Adresse zu senden, muss ein Administrator diesem Postfach dafür das Recht „Senden als“ geben.</translation>
    </message>
    <message>
        <source>Microsoft 365 (smtp.office365.com) takes mail on port 587 with STARTTLS and needs TLS 1.2 or newer. It never uses port 465. Use the server name, never an IP address.</source>
        <comment>hint/microsoft/net</comment>
        <translation>Microsoft 365 (smtp.office365.com) nimmt Mails auf Port 587 mit STARTTLS an und verlangt TLS 1.2 oder neuer. Port 465 wird nie verwendet. Nutzen Sie den Servernamen, niemals eine IP-Adresse.</translation>
    </message>
    <message>
        <source>Microsoft 365 allows 10,000 recipients a day, 30 messages a minute and, by default, 500 recipients per message. After repeated errors it blocks a mailbox from SMTP sending for a while, and support cannot lift that block.</source>
        <comment>hint/microsoft/limit</comment>
        <translation>Microsoft 365 erlaubt 10.000 Empfänger pro Tag, 30 Nachrichten pro Minute und standardmäßig 500 Empfänger pro Nachricht. Nach wiederholten Fehlern sperrt es ein Postfach eine Zeit lang für den SMTP-Versand, und der Support kann diese Sperre nicht aufheben.</translation>
    </message>
    <message>
        <source>Amazon SES needs SMTP credentials created in the SES console (SMTP settings &gt; Create SMTP credentials). The SMTP password is not your AWS secret access key, and credentials only work in the region they were created for: the region in the server name must match. Credentials from before January 2019 must be replaced.</source>
        <comment>hint/ses/auth</comment>
        <translation>Amazon SES braucht SMTP-Zugangsdaten, die in der SES-Konsole erstellt werden (SMTP settings &gt; Create SMTP credentials). Das SMTP-Passwort ist nicht Ihr geheimer AWS-Zugriffsschlüssel, und die Zugangsdaten gelten nur in der Region, für die sie erstellt wurden: Die Region im Servernamen muss dazu passen. Zugangsdaten von vor Januar 2019 müssen ersetzt werden.</translation>
    </message>
    <message>
        <source>New Amazon SES accounts start in a sandbox, separately in each region: they may only send to verified addresses, at most 200 messages a day and one per second. Every From address or domain must be verified in the same region. Request production access in the SES console (Account dashboard).</source>
        <comment>hint/ses/sandbox</comment>
        <translation>Neue Amazon-SES-Konten starten in einer Sandbox, und zwar in jeder Region getrennt: Sie dürfen nur an bestätigte Adressen senden, höchstens 200 Nachrichten pro Tag und eine pro Sekunde. Jede Absenderadresse oder -domain muss in derselben Region bestätigt sein. Den Produktivzugang beantragen Sie in der SES-Konsole (Account dashboard).</translation>
    </message>
    <message>
        <source>Amazon SES: not every AWS region has an SMTP endpoint (email-smtp.&lt;region&gt;.amazonaws.com). It listens on 587, 25 and 2587 with STARTTLS and on 465 and 2465 with SSL/TLS. EC2 throttles port 25; use 587 or 2587.</source>
        <comment>hint/ses/net</comment>
        <translation>Amazon SES: Nicht jede AWS-Region hat einen SMTP-Endpunkt (email-smtp.&lt;Region&gt;.amazonaws.com). Er lauscht auf 587, 25 und 2587 mit STARTTLS und auf 465 und 2465 mit SSL/TLS. EC2 drosselt Port 25; nutzen Sie 587 oder 2587.</translation>
    </message>
    <message>
        <source>SendGrid: the user name is always the literal word apikey, and the password is an API key (starting with SG.) with Mail Send permission. Paste the key without spaces or line breaks.</source>
        <comment>hint/sendgrid/auth</comment>
        <translation>SendGrid: Der Benutzername ist immer wörtlich apikey, das Passwort ein API-Schlüssel (beginnt mit SG.) mit der Berechtigung „Mail Send“. Fügen Sie den Schlüssel ohne Leerzeichen und Zeilenumbrüche ein.</translation>
    </message>
    <message>
        <source>SendGrid only sends from a verified Sender Identity: verify the single sender address or authenticate the domain under Settings &gt; Sender Authentication.</source>
        <comment>hint/sendgrid/sender</comment>
        <translation>SendGrid sendet nur von einer bestätigten Sender Identity: Bestätigen Sie die einzelne Absenderadresse oder authentifizieren Sie die Domain unter Settings &gt; Sender Authentication.</translation>
    </message>
    <message>
        <source>Mailgun uses separate SMTP credentials for each sending domain (for example postmaster@mg.example.com), not your dashboard password. Domains in the EU region use smtp.eu.mailgun.org.</source>
        <comment>hint/mailgun/auth</comment>
        <translation>Mailgun verwendet für jede Versanddomain eigene SMTP-Zugangsdaten (zum Beispiel postmaster@mg.example.com), nicht Ihr Passwort für das Dashboard. Domains in der EU-Region nutzen smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Postmark: enter the Server API Token as both user name and password (the Account token does not work), or an SMTP token&apos;s access and secret key. The From address must be a confirmed Sender Signature or on a verified domain.</source>
        <comment>hint/postmark/auth</comment>
        <translation>Postmark: Tragen Sie den Server API Token als Benutzernamen und als Passwort ein (der Account-Token funktioniert nicht), oder Access Key und Secret Key eines SMTP-Tokens. Die Absenderadresse muss eine bestätigte Sender Signature sein oder zu einer bestätigten Domain gehören.</translation>
    </message>
    <message>
        <source>Postmark listens on 25, 587 and 2525 with STARTTLS only; port 465 does not work.</source>
        <comment>hint/postmark/net</comment>
        <translation>Postmark lauscht auf 25, 587 und 2525, nur mit STARTTLS; Port 465 funktioniert nicht.</translation>
    </message>
    <message>
        <source>SMTP2GO signs in with an SMTP User from Sending &gt; SMTP Users, which is separate from the dashboard login.</source>
        <comment>hint/smtp2go/auth</comment>
        <translation>SMTP2GO meldet sich mit einem SMTP-Benutzer aus Sending &gt; SMTP Users an, der vom Login für das Dashboard getrennt ist.</translation>
    </message>
    <message>
        <source>Brevo signs in with the SMTP login shown under SMTP &amp; API &gt; SMTP and an SMTP key (starting xsmtpsib-), not an API key (xkeysib-). Brevo also blocks unknown IP addresses: add yours under Settings &gt; Security &gt; Authorized IPs.</source>
        <comment>hint/brevo/auth</comment>
        <translation>Brevo meldet sich mit dem SMTP-Login an, der unter SMTP &amp; API &gt; SMTP steht, und einem SMTP-Schlüssel (beginnt mit xsmtpsib-), nicht mit einem API-Schlüssel (xkeysib-). Brevo sperrt außerdem unbekannte IP-Adressen: Tragen Sie Ihre unter Settings &gt; Security &gt; Authorized IPs ein.</translation>
    </message>
    <message>
        <source>Zoho: the server depends on your data centre and plan (smtp.zoho.eu, smtppro.zoho.com for paid organisations, ...). With two-factor sign-in you need an application-specific password. The From address must be your own address or an alias set up in Zoho.</source>
        <comment>hint/zoho/auth</comment>
        <translation>Zoho: Der Server hängt von Ihrem Rechenzentrum und Tarif ab (smtp.zoho.eu, smtppro.zoho.com für bezahlte Organisationen, …). Mit Zwei-Faktor-Anmeldung brauchen Sie ein anwendungsspezifisches Passwort. Die Absenderadresse muss Ihre eigene sein oder ein in Zoho eingerichteter Alias.</translation>
    </message>
    <message>
        <source>Yahoo and AOL need an app password (Account security &gt; Generate app password). With the normal password Yahoo answers &quot;Too many bad auth attempts&quot; even on the first try.</source>
        <comment>hint/yahoo/auth</comment>
        <translation>Yahoo und AOL brauchen ein App-Passwort (Kontosicherheit &gt; App-Passwort generieren). Mit dem normalen Passwort antwortet Yahoo schon beim ersten Versuch mit „Too many bad auth attempts“.</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password made at appleid.apple.com (two-factor authentication required) and the full iCloud address as user name.</source>
        <comment>hint/icloud/auth</comment>
        <translation>iCloud Mail braucht ein app-spezifisches Passwort, erstellt unter appleid.apple.com (Zwei-Faktor-Authentifizierung erforderlich), und die vollständige iCloud-Adresse als Benutzernamen.</translation>
    </message>
    <message>
        <source>iCloud Mail allows 1,000 messages and 1,000 recipients a day and 500 recipients per message.</source>
        <comment>hint/icloud/limit</comment>
        <translation>iCloud Mail erlaubt 1.000 Nachrichten und 1.000 Empfänger pro Tag sowie 500 Empfänger pro Nachricht.</translation>
    </message>
    <message>
        <source>Fastmail always needs an app password, never the normal password. The official setting is port 465 with SSL/TLS.</source>
        <comment>hint/fastmail/auth</comment>
        <translation>Fastmail verlangt immer ein App-Passwort, nie das normale Passwort. Die offizielle Einstellung ist Port 465 mit SSL/TLS.</translation>
    </message>
    <message>
        <source>GMX and WEB.DE only allow mail programs after you switch on access by POP3 and IMAP once in the mailbox settings on the web. WEB.DE may expect only the part of the address before the @ as user name.</source>
        <comment>hint/gmx/auth</comment>
        <translation>GMX und WEB.DE lassen Mailprogramme erst zu, nachdem Sie in den Postfach-Einstellungen im Web einmalig den Zugriff per POP3 und IMAP erlaubt haben. WEB.DE erwartet als Benutzernamen unter Umständen nur den Teil der Adresse vor dem @.</translation>
    </message>
    <message>
        <source>421: service not available, closing the connection (RFC 5321 section 4.2.3)</source>
        <comment>code/421</comment>
        <translation>421: Dienst nicht verfügbar, Verbindung wird geschlossen (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>432: a password transition is needed (RFC 4954 section 6)</source>
        <comment>code/432</comment>
        <translation>432: Ein Passwortwechsel ist nötig (RFC 4954 Abschnitt 6)</translation>
    </message>
    <message>
        <source>450: mailbox unavailable for now, e.g. busy or temporarily blocked for policy reasons (RFC 5321 section 4.2.3)</source>
        <comment>code/450</comment>
        <translation>450: Postfach vorübergehend nicht verfügbar, z. B. belegt oder aus Richtliniengründen vorübergehend gesperrt (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>451: action aborted, local error in processing (RFC 5321 section 4.2.3)</source>
        <comment>code/451</comment>
        <translation>451: Aktion abgebrochen, lokaler Verarbeitungsfehler (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>452: insufficient system storage, also used for too many recipients (RFC 5321 sections 4.2.3 and 4.5.3.1.10)</source>
        <comment>code/452</comment>
        <translation>452: Nicht genug Systemspeicher, auch verwendet für zu viele Empfänger (RFC 5321 Abschnitte 4.2.3 und 4.5.3.1.10)</translation>
    </message>
    <message>
        <source>454: temporary authentication failure (RFC 4954), or TLS not available for a temporary reason (RFC 3207)</source>
        <comment>code/454</comment>
        <translation>454: Vorübergehender Anmeldefehler (RFC 4954) oder TLS vorübergehend nicht verfügbar (RFC 3207)</translation>
    </message>
    <message>
        <source>455: server unable to accommodate parameters (RFC 5321 section 4.2.3)</source>
        <comment>code/455</comment>
        <translation>455: Server kann die Parameter nicht berücksichtigen (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>500: syntax error, command unrecognised, or authentication line too long (RFC 5321, RFC 4954)</source>
        <comment>code/500</comment>
        <translation>500: Syntaxfehler, Befehl nicht erkannt, oder Anmeldezeile zu lang (RFC 5321, RFC 4954)</translation>
    </message>
    <message>
        <source>501: syntax error in parameters or arguments (RFC 5321 section 4.2.3)</source>
        <comment>code/501</comment>
        <translation>501: Syntaxfehler in Parametern oder Argumenten (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>502: command not implemented (RFC 5321 section 4.2.3)</source>
        <comment>code/502</comment>
        <translation>502: Befehl nicht implementiert (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>503: bad sequence of commands (RFC 5321 section 4.2.3)</source>
        <comment>code/503</comment>
        <translation>503: Falsche Befehlsreihenfolge (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>504: command parameter not implemented; for AUTH: unrecognised mechanism (RFC 5321, RFC 4954)</source>
        <comment>code/504</comment>
        <translation>504: Befehlsparameter nicht implementiert; bei AUTH: unbekanntes Verfahren (RFC 5321, RFC 4954)</translation>
    </message>
    <message>
        <source>521: this host does not accept mail (RFC 7504)</source>
        <comment>code/521</comment>
        <translation>521: Dieser Host nimmt keine Mails an (RFC 7504)</translation>
    </message>
    <message>
        <source>530: authentication required (RFC 4954), or STARTTLS must come first (RFC 3207)</source>
        <comment>code/530</comment>
        <translation>530: Anmeldung erforderlich (RFC 4954) oder zuerst STARTTLS (RFC 3207)</translation>
    </message>
    <message>
        <source>534: authentication mechanism is too weak (RFC 4954 section 6)</source>
        <comment>code/534</comment>
        <translation>534: Anmeldeverfahren zu schwach (RFC 4954 Abschnitt 6)</translation>
    </message>
    <message>
        <source>535: authentication credentials invalid (RFC 4954 section 6)</source>
        <comment>code/535</comment>
        <translation>535: Anmeldedaten ungültig (RFC 4954 Abschnitt 6)</translation>
    </message>
    <message>
        <source>538: encryption required for the requested authentication mechanism (RFC 4954 section 6)</source>
        <comment>code/538</comment>
        <translation>538: Verschlüsselung für das gewählte Anmeldeverfahren erforderlich (RFC 4954 Abschnitt 6)</translation>
    </message>
    <message>
        <source>550: action not taken, mailbox unavailable, no access or refused for policy reasons (RFC 5321 section 4.2.3)</source>
        <comment>code/550</comment>
        <translation>550: Aktion nicht ausgeführt, Postfach nicht verfügbar, kein Zugriff oder aus Richtliniengründen abgelehnt (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>551: user not local (RFC 5321 section 4.2.3)</source>
        <comment>code/551</comment>
        <translation>551: Benutzer nicht lokal (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>552: exceeded storage allocation, also used for messages too large (RFC 5321 section 4.2.3)</source>
        <comment>code/552</comment>
        <translation>552: Speicherzuteilung überschritten, auch verwendet für zu große Nachrichten (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>553: mailbox name not allowed, e.g. bad address syntax (RFC 5321 section 4.2.3)</source>
        <comment>code/553</comment>
        <translation>553: Postfachname nicht zulässig, z. B. fehlerhafte Adresssyntax (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>554: transaction failed; as a greeting: no SMTP service here (RFC 5321 section 4.2.3)</source>
        <comment>code/554</comment>
        <translation>554: Transaktion fehlgeschlagen; als Begrüßung: kein SMTP-Dienst hier (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>555: MAIL FROM/RCPT TO parameters not recognised or not implemented (RFC 5321 section 4.2.3)</source>
        <comment>code/555</comment>
        <translation>555: Parameter von MAIL FROM/RCPT TO nicht erkannt oder nicht implementiert (RFC 5321 Abschnitt 4.2.3)</translation>
    </message>
    <message>
        <source>556: the domain does not accept mail (RFC 7504)</source>
        <comment>code/556</comment>
        <translation>556: Die Domain nimmt keine Mails an (RFC 7504)</translation>
    </message>
    <message>
        <source>success</source>
        <comment>class/2</comment>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>temporary failure, trying again may work</source>
        <comment>class/4</comment>
        <translation>vorübergehender Fehler, ein neuer Versuch kann klappen</translation>
    </message>
    <message>
        <source>permanent failure, something must change</source>
        <comment>class/5</comment>
        <translation>endgültiger Fehler, etwas muss sich ändern</translation>
    </message>
    <message>
        <source>other or undefined status</source>
        <comment>subject/0</comment>
        <translation>sonstiger oder undefinierter Status</translation>
    </message>
    <message>
        <source>addressing status</source>
        <comment>subject/1</comment>
        <translation>Adressierungsstatus</translation>
    </message>
    <message>
        <source>mailbox status</source>
        <comment>subject/2</comment>
        <translation>Postfachstatus</translation>
    </message>
    <message>
        <source>mail system status</source>
        <comment>subject/3</comment>
        <translation>Mailsystemstatus</translation>
    </message>
    <message>
        <source>network and routing status</source>
        <comment>subject/4</comment>
        <translation>Netzwerk- und Routingstatus</translation>
    </message>
    <message>
        <source>mail delivery protocol status</source>
        <comment>subject/5</comment>
        <translation>Status des Zustellprotokolls</translation>
    </message>
    <message>
        <source>message content or media status</source>
        <comment>subject/6</comment>
        <translation>Status von Nachrichteninhalt oder Medientyp</translation>
    </message>
    <message>
        <source>security or policy status</source>
        <comment>subject/7</comment>
        <translation>Sicherheits- oder Richtlinienstatus</translation>
    </message>
    <message>
        <source>bad destination mailbox address</source>
        <comment>detail/x.1.1</comment>
        <translation>ungültige Zielpostfachadresse</translation>
    </message>
    <message>
        <source>bad destination system address</source>
        <comment>detail/x.1.2</comment>
        <translation>ungültige Adresse des Zielsystems</translation>
    </message>
    <message>
        <source>bad destination mailbox address syntax</source>
        <comment>detail/x.1.3</comment>
        <translation>fehlerhafte Syntax der Zielpostfachadresse</translation>
    </message>
    <message>
        <source>bad sender&apos;s mailbox address syntax</source>
        <comment>detail/x.1.7</comment>
        <translation>fehlerhafte Syntax der Absenderadresse</translation>
    </message>
    <message>
        <source>bad sender&apos;s system address</source>
        <comment>detail/x.1.8</comment>
        <translation>ungültige Adresse des Absendersystems</translation>
    </message>
    <message>
        <source>recipient address has null MX</source>
        <comment>detail/x.1.10</comment>
        <translation>Empfängeradresse hat ein Null-MX</translation>
    </message>
    <message>
        <source>mailbox disabled, not accepting messages</source>
        <comment>detail/x.2.1</comment>
        <translation>Postfach deaktiviert, nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>detail/x.2.2</comment>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>message length exceeds administrative limit</source>
        <comment>detail/x.2.3</comment>
        <translation>Nachrichtenlänge überschreitet die festgelegte Grenze</translation>
    </message>
    <message>
        <source>mail system full</source>
        <comment>detail/x.3.1</comment>
        <translation>Mailsystem voll</translation>
    </message>
    <message>
        <source>system not accepting network messages</source>
        <comment>detail/x.3.2</comment>
        <translation>System nimmt keine Nachrichten aus dem Netz an</translation>
    </message>
    <message>
        <source>message too big for system</source>
        <comment>detail/x.3.4</comment>
        <translation>Nachricht zu groß für das System</translation>
    </message>
    <message>
        <source>system incorrectly configured</source>
        <comment>detail/x.3.5</comment>
        <translation>System falsch konfiguriert</translation>
    </message>
    <message>
        <source>no answer from host</source>
        <comment>detail/x.4.1</comment>
        <translation>keine Antwort vom Host</translation>
    </message>
    <message>
        <source>bad connection</source>
        <comment>detail/x.4.2</comment>
        <translation>fehlerhafte Verbindung</translation>
    </message>
    <message>
        <source>directory server (DNS) failure</source>
        <comment>detail/x.4.3</comment>
        <translation>Fehler des Verzeichnisdienstes (DNS)</translation>
    </message>
    <message>
        <source>unable to route</source>
        <comment>detail/x.4.4</comment>
        <translation>keine Route möglich</translation>
    </message>
    <message>
        <source>mail system congestion</source>
        <comment>detail/x.4.5</comment>
        <translation>Überlastung des Mailsystems</translation>
    </message>
    <message>
        <source>delivery time expired</source>
        <comment>detail/x.4.7</comment>
        <translation>Zustellzeit abgelaufen</translation>
    </message>
    <message>
        <source>invalid command</source>
        <comment>detail/x.5.1</comment>
        <translation>ungültiger Befehl</translation>
    </message>
    <message>
        <source>syntax error</source>
        <comment>detail/x.5.2</comment>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>too many recipients</source>
        <comment>detail/x.5.3</comment>
        <translation>zu viele Empfänger</translation>
    </message>
    <message>
        <source>invalid command arguments</source>
        <comment>detail/x.5.4</comment>
        <translation>ungültige Befehlsargumente</translation>
    </message>
    <message>
        <source>authentication exchange line is too long (RFC 4954)</source>
        <comment>detail/x.5.6</comment>
        <translation>Anmeldezeile zu lang (RFC 4954)</translation>
    </message>
    <message>
        <source>other or undefined media error</source>
        <comment>detail/x.6.0</comment>
        <translation>sonstiger oder undefinierter Medienfehler</translation>
    </message>
    <message>
        <source>other or undefined security status</source>
        <comment>detail/x.7.0</comment>
        <translation>sonstiger oder undefinierter Sicherheitsstatus</translation>
    </message>
    <message>
        <source>delivery not authorised, message refused</source>
        <comment>detail/x.7.1</comment>
        <translation>Zustellung nicht erlaubt, Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>mailing list expansion prohibited</source>
        <comment>detail/x.7.2</comment>
        <translation>Erweiterung von Verteilerlisten untersagt</translation>
    </message>
    <message>
        <source>security conversion required but not possible (Microsoft uses 5.7.3 for a failed sign-in)</source>
        <comment>detail/x.7.3</comment>
        <translation>Sicherheitskonvertierung erforderlich, aber nicht möglich (Microsoft verwendet 5.7.3 für eine fehlgeschlagene Anmeldung)</translation>
    </message>
    <message>
        <source>security features not supported</source>
        <comment>detail/x.7.4</comment>
        <translation>Sicherheitsfunktionen nicht unterstützt</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <comment>detail/x.7.5</comment>
        <translation>kryptografischer Fehler</translation>
    </message>
    <message>
        <source>cryptographic algorithm not supported</source>
        <comment>detail/x.7.6</comment>
        <translation>kryptografischer Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>message integrity failure</source>
        <comment>detail/x.7.7</comment>
        <translation>Integritätsfehler der Nachricht</translation>
    </message>
    <message>
        <source>authentication credentials invalid (RFC 4954)</source>
        <comment>detail/x.7.8</comment>
        <translation>Anmeldedaten ungültig (RFC 4954)</translation>
    </message>
    <message>
        <source>authentication mechanism is too weak (RFC 4954)</source>
        <comment>detail/x.7.9</comment>
        <translation>Anmeldeverfahren zu schwach (RFC 4954)</translation>
    </message>
    <message>
        <source>encryption needed (RFC 5248)</source>
        <comment>detail/x.7.10</comment>
        <translation>Verschlüsselung nötig (RFC 5248)</translation>
    </message>
    <message>
        <source>encryption required for requested authentication mechanism (RFC 4954)</source>
        <comment>detail/x.7.11</comment>
        <translation>Verschlüsselung für das gewählte Anmeldeverfahren erforderlich (RFC 4954)</translation>
    </message>
    <message>
        <source>a password transition is needed (RFC 4954)</source>
        <comment>detail/x.7.12</comment>
        <translation>ein Passwortwechsel ist nötig (RFC 4954)</translation>
    </message>
    <message>
        <source>user account disabled (RFC 5248)</source>
        <comment>detail/x.7.13</comment>
        <translation>Benutzerkonto deaktiviert (RFC 5248)</translation>
    </message>
    <message>
        <source>trust relationship required (RFC 5248); Google: sign in with a web browser first</source>
        <comment>detail/x.7.14</comment>
        <translation>Vertrauensbeziehung erforderlich (RFC 5248); Google: zuerst im Webbrowser anmelden</translation>
    </message>
    <message>
        <source>priority level is too low (RFC 6710)</source>
        <comment>detail/x.7.15</comment>
        <translation>Priorität zu niedrig (RFC 6710)</translation>
    </message>
    <message>
        <source>message is too big for the specified priority (RFC 6710)</source>
        <comment>detail/x.7.16</comment>
        <translation>Nachricht zu groß für die angegebene Priorität (RFC 6710)</translation>
    </message>
    <message>
        <source>mailbox owner has changed (RFC 7293)</source>
        <comment>detail/x.7.17</comment>
        <translation>Inhaber des Postfachs hat gewechselt (RFC 7293)</translation>
    </message>
    <message>
        <source>domain owner has changed (RFC 7293)</source>
        <comment>detail/x.7.18</comment>
        <translation>Inhaber der Domain hat gewechselt (RFC 7293)</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed (RFC 7293)</source>
        <comment>detail/x.7.19</comment>
        <translation>RRVS-Prüfung kann nicht abgeschlossen werden (RFC 7293)</translation>
    </message>
    <message>
        <source>no passing DKIM signature found (RFC 7372)</source>
        <comment>detail/x.7.20</comment>
        <translation>keine gültige DKIM-Signatur gefunden (RFC 7372)</translation>
    </message>
    <message>
        <source>no acceptable DKIM signature found (RFC 7372)</source>
        <comment>detail/x.7.21</comment>
        <translation>keine akzeptable DKIM-Signatur gefunden (RFC 7372)</translation>
    </message>
    <message>
        <source>no valid author-matched DKIM signature found (RFC 7372)</source>
        <comment>detail/x.7.22</comment>
        <translation>keine gültige, zum Autor passende DKIM-Signatur gefunden (RFC 7372)</translation>
    </message>
    <message>
        <source>SPF validation failed (RFC 7372)</source>
        <comment>detail/x.7.23</comment>
        <translation>SPF-Prüfung fehlgeschlagen (RFC 7372)</translation>
    </message>
    <message>
        <source>SPF validation error (RFC 7372)</source>
        <comment>detail/x.7.24</comment>
        <translation>Fehler bei der SPF-Prüfung (RFC 7372)</translation>
    </message>
    <message>
        <source>reverse DNS validation failed (RFC 7372)</source>
        <comment>detail/x.7.25</comment>
        <translation>Reverse-DNS-Prüfung fehlgeschlagen (RFC 7372)</translation>
    </message>
    <message>
        <source>multiple authentication checks failed (RFC 7372)</source>
        <comment>detail/x.7.26</comment>
        <translation>mehrere Authentifizierungsprüfungen fehlgeschlagen (RFC 7372)</translation>
    </message>
    <message>
        <source>sender address has null MX (RFC 7505)</source>
        <comment>detail/x.7.27</comment>
        <translation>Absenderadresse hat ein Null-MX (RFC 7505)</translation>
    </message>
    <message>
        <source>Microsoft: client not authenticated to send mail</source>
        <comment>detail/x.7.57</comment>
        <translation>Microsoft: Client nicht zum Senden angemeldet</translation>
    </message>
    <message>
        <source>Microsoft: no permission to send as this sender</source>
        <comment>detail/x.7.60</comment>
        <translation>Microsoft: keine Berechtigung, als dieser Absender zu senden</translation>
    </message>
    <message>
        <source>Microsoft: relay access denied, the connector does not recognise the sender (TenantAttribution)</source>
        <comment>detail/x.7.64</comment>
        <translation>Microsoft: Relay verweigert, der Connector erkennt den Absender nicht (TenantAttribution)</translation>
    </message>
    <message>
        <source>Microsoft: authentication unsuccessful, SMTP AUTH disabled or blocked by policy</source>
        <comment>detail/x.7.139</comment>
        <translation>Microsoft: Anmeldung fehlgeschlagen, SMTP AUTH abgeschaltet oder durch eine Richtlinie blockiert</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in. Most often sending from apps (SMTP AUTH) is switched off for this mailbox or the whole organisation, or password sign-in has been retired; a wrong password is the less likely cause.</source>
        <comment>ctx-microsoft-535/summary</comment>
        <translation>Microsoft hat die Anmeldung abgelehnt. Meistens ist das Senden aus Programmen (SMTP AUTH) für dieses Postfach oder die ganze Organisation abgeschaltet, oder die Passwort-Anmeldung wurde eingestellt; ein falsches Passwort ist die unwahrscheinlichere Ursache.</translation>
    </message>
    <message>
        <source>The server refused the connection straight away, before any command. Usually your IP address is blocked there, or this is not a mail server that takes mail from you.</source>
        <comment>554-connect/summary</comment>
        <translation>Der Server hat die Verbindung sofort abgewiesen, noch vor dem ersten Befehl. Meistens ist Ihre IP-Adresse dort gesperrt, oder es ist kein Mailserver, der Mails von Ihnen annimmt.</translation>
    </message>
    <message>
        <source>The message was accepted</source>
        <comment>ok.accepted/title</comment>
        <translation>Die Nachricht wurde angenommen</translation>
    </message>
    <message>
        <source>The server took the message. From here on it is the server&apos;s job to deliver it.</source>
        <comment>ok.accepted/summary</comment>
        <translation>Der Server hat die Nachricht übernommen. Ab jetzt ist es seine Aufgabe, sie zuzustellen.</translation>
    </message>
    <message>
        <source>The settings, the sign-in and the message were all accepted.</source>
        <comment>ok.accepted/causes</comment>
        <translation>Einstellungen, Anmeldung und Nachricht wurden alle akzeptiert.</translation>
    </message>
    <message>
        <source>Nothing to fix. If the message does not arrive, look in the recipient&apos;s spam folder.
If it never arrives, the receiving side may have dropped it later: check SPF, DKIM and DMARC for your domain.</source>
        <comment>ok.accepted/fixes</comment>
        <translation>Nichts zu tun. Kommt die Nachricht nicht an, sehen Sie im Spam-Ordner des Empfängers nach.
Kommt sie gar nicht an, hat die Empfängerseite sie womöglich später verworfen: Prüfen Sie SPF, DKIM und DMARC Ihrer Domain.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.1 (2xx replies)</source>
        <comment>ok.accepted/reference</comment>
        <translation>RFC 5321 Abschnitt 4.2.1 (2xx-Antworten)</translation>
    </message>
    <message>
        <source>The server name does not exist</source>
        <comment>net.host_not_found/title</comment>
        <translation>Den Servernamen gibt es nicht</translation>
    </message>
    <message>
        <source>The name of the outgoing mail server could not be looked up, so there was nothing to connect to.</source>
        <comment>net.host_not_found/summary</comment>
        <translation>Der Name des Postausgangsservers ließ sich nicht auflösen, es gab also nichts, womit sich Sendcheck hätte verbinden können.</translation>
    </message>
    <message>
        <source>The server name is mistyped (for example &quot;smtp.gmial.com&quot;).
The name belongs to a service that does not exist in that form (for Amazon SES: a region without a mail endpoint).
This computer has no working internet connection or DNS server.</source>
        <comment>net.host_not_found/causes</comment>
        <translation>Der Servername ist falsch geschrieben (zum Beispiel „smtp.gmial.com“).
Den Namen gibt es bei diesem Dienst in dieser Form nicht (bei Amazon SES: eine Region ohne Mail-Endpunkt).
Dieser Computer hat keine funktionierende Internetverbindung oder keinen DNS-Server.</translation>
    </message>
    <message>
        <source>Compare the server name letter by letter with your provider&apos;s instructions, or pick the provider from the list.
Check that this computer can open web pages.
If you are on a company network, ask whether outside names are blocked.</source>
        <comment>net.host_not_found/fixes</comment>
        <translation>Vergleichen Sie den Servernamen Buchstabe für Buchstabe mit der Anleitung Ihres Anbieters, oder wählen Sie den Anbieter aus der Liste.
Prüfen Sie, ob dieser Computer Webseiten öffnen kann.
Im Firmennetz: Fragen Sie nach, ob Namen außerhalb des Netzes gesperrt sind.</translation>
    </message>
    <message>
        <source>DNS lookup (RFC 1035); RFC 5321 section 5.1</source>
        <comment>net.host_not_found/reference</comment>
        <translation>DNS-Abfrage (RFC 1035); RFC 5321 Abschnitt 5.1</translation>
    </message>
    <message>
        <source>Nothing answers on this port</source>
        <comment>net.connection_refused/title</comment>
        <translation>Auf diesem Port antwortet niemand</translation>
    </message>
    <message>
        <source>The server was reached, but it turned the connection away at once: no mail service listens on this port.</source>
        <comment>net.connection_refused/summary</comment>
        <translation>Der Server war erreichbar, hat die Verbindung aber sofort abgewiesen: Auf diesem Port läuft kein Maildienst.</translation>
    </message>
    <message>
        <source>The port number is wrong for this server.
A firewall on the way rejects the connection.
The mail service on the server is not running.</source>
        <comment>net.connection_refused/causes</comment>
        <translation>Die Portnummer passt nicht zu diesem Server.
Eine Firewall unterwegs weist die Verbindung ab.
Der Maildienst auf dem Server läuft nicht.</translation>
    </message>
    <message>
        <source>Check the port in your provider&apos;s instructions: usually 587 with STARTTLS or 465 with SSL/TLS.
Try the other usual port.
If you run the server yourself, check that it is running and listening on this port.</source>
        <comment>net.connection_refused/fixes</comment>
        <translation>Prüfen Sie den Port in der Anleitung Ihres Anbieters: meist 587 mit STARTTLS oder 465 mit SSL/TLS.
Versuchen Sie den jeweils anderen üblichen Port.
Wenn Sie den Server selbst betreiben: Prüfen Sie, ob er läuft und auf diesem Port lauscht.</translation>
    </message>
    <message>
        <source>TCP connection refused; ports: RFC 6409 (587), RFC 8314 (465)</source>
        <comment>net.connection_refused/reference</comment>
        <translation>TCP-Verbindung abgewiesen; Ports: RFC 6409 (587), RFC 8314 (465)</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <comment>net.timeout/title</comment>
        <translation>Keine Antwort vom Server</translation>
    </message>
    <message>
        <source>Sendcheck waited, but the server did not answer in time. Most often something between you and the server silently drops the connection.</source>
        <comment>net.timeout/summary</comment>
        <translation>Sendcheck hat gewartet, aber der Server hat nicht rechtzeitig geantwortet. Meistens verwirft etwas zwischen Ihnen und dem Server die Verbindung stillschweigend.</translation>
    </message>
    <message>
        <source>Your internet provider, cloud host or firewall blocks this mail port (port 25 is blocked very often, 587 and 465 sometimes).
An antivirus &quot;mail shield&quot; holds the connection.
The server is down or overloaded.
The security setting does not fit the port, and both sides wait for each other.</source>
        <comment>net.timeout/causes</comment>
        <translation>Ihr Internetanbieter, Cloud-Anbieter oder eine Firewall sperrt diesen Mail-Port (Port 25 sehr oft, 587 und 465 gelegentlich).
Ein „Mail-Schutz“ des Virenscanners hält die Verbindung fest.
Der Server ist ausgefallen oder überlastet.
Die Sicherheitseinstellung passt nicht zum Port, und beide Seiten warten aufeinander.</translation>
    </message>
    <message>
        <source>Try another network (for example a phone hotspot) to see whether your network blocks the port.
Switch off the antivirus mail scanning for a test.
On a cloud server, ask the provider to lift the block on port 25, or use 587 or 465.</source>
        <comment>net.timeout/fixes</comment>
        <translation>Versuchen Sie es über ein anderes Netz (zum Beispiel einen Handy-Hotspot), um zu sehen, ob Ihr Netz den Port sperrt.
Schalten Sie die Mail-Prüfung des Virenscanners testweise ab.
Auf einem Cloud-Server: Bitten Sie den Anbieter, die Sperre von Port 25 aufzuheben, oder nutzen Sie 587 oder 465.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.5.3.2 (timeouts); ports: RFC 6409, RFC 8314</source>
        <comment>net.timeout/reference</comment>
        <translation>RFC 5321 Abschnitt 4.5.3.2 (Zeitlimits); Ports: RFC 6409, RFC 8314</translation>
    </message>
    <message>
        <source>The connection broke off</source>
        <comment>net.connection_lost/title</comment>
        <translation>Die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <source>The connection to the server ended in the middle of the conversation, without a reply that says why.</source>
        <comment>net.connection_lost/summary</comment>
        <translation>Die Verbindung zum Server endete mitten im Gespräch, ohne eine Antwort, die den Grund nennt.</translation>
    </message>
    <message>
        <source>The server closed the connection because it did not like something (often too many attempts, or your address is blocked).
The network connection dropped.
A firewall or antivirus cut the connection.</source>
        <comment>net.connection_lost/causes</comment>
        <translation>Der Server hat die Verbindung beendet, weil ihm etwas nicht gefiel (oft zu viele Versuche, oder Ihre Adresse ist gesperrt).
Die Netzwerkverbindung ist abgerissen.
Eine Firewall oder ein Virenscanner hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.
If it breaks at the same step every time, look at the transcript to see what was sent last.
Try from another network to rule out a firewall.</source>
        <comment>net.connection_lost/fixes</comment>
        <translation>Versuchen Sie es in ein paar Minuten noch einmal.
Bricht es jedes Mal an derselben Stelle ab, sehen Sie im Protokoll nach, was zuletzt gesendet wurde.
Versuchen Sie es über ein anderes Netz, um eine Firewall auszuschließen.</translation>
    </message>
    <message>
        <source>RFC 5321 section 3.8 (terminating sessions)</source>
        <comment>net.connection_lost/reference</comment>
        <translation>RFC 5321 Abschnitt 3.8 (Beenden von Sitzungen)</translation>
    </message>
    <message>
        <source>The security setting does not fit the port</source>
        <comment>net.security_mode_mismatch/title</comment>
        <translation>Die Sicherheitseinstellung passt nicht zum Port</translation>
    </message>
    <message>
        <source>The two sides started the connection in different ways: one expected encryption from the first byte (SSL/TLS), the other expected plain text first and encryption later (STARTTLS).</source>
        <comment>net.security_mode_mismatch/summary</comment>
        <translation>Die beiden Seiten haben die Verbindung unterschiedlich begonnen: Die eine erwartete Verschlüsselung ab dem ersten Byte (SSL/TLS), die andere erst Klartext und danach Verschlüsselung (STARTTLS).</translation>
    </message>
    <message>
        <source>SSL/TLS was chosen for a STARTTLS port such as 587 or 25.
STARTTLS or no encryption was chosen for an SSL/TLS port such as 465.
A proxy or antivirus on the way changes the connection.</source>
        <comment>net.security_mode_mismatch/causes</comment>
        <translation>SSL/TLS wurde für einen STARTTLS-Port wie 587 oder 25 gewählt.
STARTTLS oder keine Verschlüsselung wurde für einen SSL/TLS-Port wie 465 gewählt.
Ein Proxy oder Virenscanner unterwegs verändert die Verbindung.</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS, or port 465 with SSL/TLS: those are the two pairs that belong together.
Check your provider&apos;s instructions for the port and the security setting.</source>
        <comment>net.security_mode_mismatch/fixes</comment>
        <translation>Verwenden Sie Port 587 mit STARTTLS oder Port 465 mit SSL/TLS: Diese beiden Paare gehören zusammen.
Prüfen Sie Port und Sicherheitseinstellung in der Anleitung Ihres Anbieters.</translation>
    </message>
    <message>
        <source>RFC 3207 (STARTTLS), RFC 8314 section 3 (implicit TLS, port 465)</source>
        <comment>net.security_mode_mismatch/reference</comment>
        <translation>RFC 3207 (STARTTLS), RFC 8314 Abschnitt 3 (implizites TLS, Port 465)</translation>
    </message>
    <message>
        <source>The server does not offer encryption</source>
        <comment>tls.starttls_unavailable/title</comment>
        <translation>Der Server bietet keine Verschlüsselung an</translation>
    </message>
    <message>
        <source>Encryption with STARTTLS was required, but the server did not offer it or refused it. Sendcheck stopped rather than send anything unencrypted.</source>
        <comment>tls.starttls_unavailable/summary</comment>
        <translation>Verschlüsselung per STARTTLS war vorgeschrieben, aber der Server hat sie nicht angeboten oder abgelehnt. Sendcheck hat abgebrochen, statt etwas unverschlüsselt zu senden.</translation>
    </message>
    <message>
        <source>This port expects SSL/TLS from the start (465) rather than STARTTLS.
A firewall or antivirus removes STARTTLS from the server&apos;s list.
The server has no certificate set up, or encryption is temporarily unavailable.</source>
        <comment>tls.starttls_unavailable/causes</comment>
        <translation>Dieser Port erwartet SSL/TLS von Anfang an (465) statt STARTTLS.
Eine Firewall oder ein Virenscanner entfernt STARTTLS aus der Liste des Servers.
Auf dem Server ist kein Zertifikat eingerichtet, oder die Verschlüsselung ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>Check the port: 587 usually offers STARTTLS; for 465 choose SSL/TLS.
Try from another network: if STARTTLS appears there, something on your network removes it.
If you run the server, set up a certificate and enable STARTTLS.</source>
        <comment>tls.starttls_unavailable/fixes</comment>
        <translation>Prüfen Sie den Port: 587 bietet meist STARTTLS; für 465 wählen Sie SSL/TLS.
Versuchen Sie es über ein anderes Netz: Erscheint STARTTLS dort, entfernt etwas in Ihrem Netz die Option.
Wenn Sie den Server betreiben: Richten Sie ein Zertifikat ein und schalten Sie STARTTLS ein.</translation>
    </message>
    <message>
        <source>RFC 3207 sections 4 and 4.1</source>
        <comment>tls.starttls_unavailable/reference</comment>
        <translation>RFC 3207 Abschnitte 4 und 4.1</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up</source>
        <comment>tls.handshake_failed/title</comment>
        <translation>Die verschlüsselte Verbindung kam nicht zustande</translation>
    </message>
    <message>
        <source>Sendcheck and the server could not agree on how to encrypt the connection.</source>
        <comment>tls.handshake_failed/summary</comment>
        <translation>Sendcheck und der Server konnten sich nicht darauf einigen, wie die Verbindung verschlüsselt wird.</translation>
    </message>
    <message>
        <source>The server only speaks old TLS versions (1.0 or 1.1) that are no longer considered safe, or only newer ones this system lacks.
The two sides have no encryption method in common.
A proxy or antivirus interferes with the connection.</source>
        <comment>tls.handshake_failed/causes</comment>
        <translation>Der Server beherrscht nur alte TLS-Versionen (1.0 oder 1.1), die nicht mehr als sicher gelten, oder nur neuere, die diesem System fehlen.
Die beiden Seiten haben kein gemeinsames Verschlüsselungsverfahren.
Ein Proxy oder Virenscanner greift in die Verbindung ein.</translation>
    </message>
    <message>
        <source>Check the security setting and the port against your provider&apos;s instructions.
If the server is old, ask its administrator to enable TLS 1.2 or newer.
Switch off antivirus mail scanning for a test.</source>
        <comment>tls.handshake_failed/fixes</comment>
        <translation>Vergleichen Sie Sicherheitseinstellung und Port mit der Anleitung Ihres Anbieters.
Ist der Server alt, bitten Sie den Administrator, TLS 1.2 oder neuer einzuschalten.
Schalten Sie die Mail-Prüfung des Virenscanners testweise ab.</translation>
    </message>
    <message>
        <source>RFC 8446 (TLS 1.3), RFC 8996 (TLS 1.0/1.1 retired)</source>
        <comment>tls.handshake_failed/reference</comment>
        <translation>RFC 8446 (TLS 1.3), RFC 8996 (Abschaffung von TLS 1.0/1.1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <comment>tls.certificate_untrusted/title</comment>
        <translation>Dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>The server showed a certificate that no trusted authority vouches for, so Sendcheck cannot be sure it is talking to the real server.</source>
        <comment>tls.certificate_untrusted/summary</comment>
        <translation>Der Server hat ein Zertifikat vorgelegt, für das keine vertrauenswürdige Stelle bürgt. Sendcheck kann daher nicht sicher sein, mit dem echten Server zu sprechen.</translation>
    </message>
    <message>
        <source>An antivirus or company proxy intercepts encrypted mail and shows its own certificate.
The server uses a self-made (self-signed) certificate.
The server does not send the intermediate certificates.</source>
        <comment>tls.certificate_untrusted/causes</comment>
        <translation>Ein Virenscanner oder Firmen-Proxy fängt verschlüsselte Mails ab und zeigt ein eigenes Zertifikat.
Der Server verwendet ein selbst ausgestelltes (selbstsigniertes) Zertifikat.
Der Server schickt die Zwischenzertifikate nicht mit.</translation>
    </message>
    <message>
        <source>If an antivirus scans e-mail, switch that feature off for a test.
If this is your own server, install a certificate from a public authority (for example Let&apos;s Encrypt) including the chain.
Only if you know the server and its certificate: trust that one certificate explicitly in the profile. Never switch checks off in general.</source>
        <comment>tls.certificate_untrusted/fixes</comment>
        <translation>Prüft ein Virenscanner E-Mails, schalten Sie diese Funktion testweise ab.
Ist es Ihr eigener Server: Installieren Sie ein Zertifikat einer öffentlichen Stelle (zum Beispiel Let&apos;s Encrypt) samt Zertifikatskette.
Nur wenn Sie Server und Zertifikat kennen: Vertrauen Sie genau diesem einen Zertifikat ausdrücklich im Profil. Schalten Sie die Prüfung nie allgemein ab.</translation>
    </message>
    <message>
        <source>RFC 5280 section 6 (path validation)</source>
        <comment>tls.certificate_untrusted/reference</comment>
        <translation>RFC 5280 Abschnitt 6 (Prüfung des Zertifizierungspfads)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <comment>tls.certificate_expired/title</comment>
        <translation>Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is outside its validity period, so it cannot prove who the server is.</source>
        <comment>tls.certificate_expired/summary</comment>
        <translation>Das Zertifikat des Servers liegt außerhalb seines Gültigkeitszeitraums und kann deshalb nicht belegen, wer der Server ist.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator did not renew the certificate in time.
This computer&apos;s date or time is wrong.</source>
        <comment>tls.certificate_expired/causes</comment>
        <translation>Der Administrator des Servers hat das Zertifikat nicht rechtzeitig erneuert.
Datum oder Uhrzeit dieses Computers sind falsch.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone.
Tell the server&apos;s administrator or your provider: the certificate must be renewed.
Do not switch certificate checks off to get around it.</source>
        <comment>tls.certificate_expired/fixes</comment>
        <translation>Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Computers.
Sagen Sie dem Administrator des Servers oder Ihrem Anbieter Bescheid: Das Zertifikat muss erneuert werden.
Schalten Sie die Zertifikatsprüfung nicht ab, um das zu umgehen.</translation>
    </message>
    <message>
        <source>RFC 5280 section 4.1.2.5 (validity)</source>
        <comment>tls.certificate_expired/reference</comment>
        <translation>RFC 5280 Abschnitt 4.1.2.5 (Gültigkeit)</translation>
    </message>
    <message>
        <source>The certificate is for a different name</source>
        <comment>tls.certificate_name_mismatch/title</comment>
        <translation>Das Zertifikat gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid, but not for the server name you entered.</source>
        <comment>tls.certificate_name_mismatch/summary</comment>
        <translation>Das Zertifikat des Servers ist gültig, aber nicht für den Servernamen, den Sie eingegeben haben.</translation>
    </message>
    <message>
        <source>An IP address or a different alias was entered instead of the exact server name from the provider.
Your hosting company serves many domains and its certificate names only its own server name.
An antivirus or proxy intercepts the connection.</source>
        <comment>tls.certificate_name_mismatch/causes</comment>
        <translation>Statt des genauen Servernamens des Anbieters wurde eine IP-Adresse oder ein anderer Alias eingegeben.
Ihr Hoster betreibt viele Domains auf einem Server, und sein Zertifikat nennt nur seinen eigenen Servernamen.
Ein Virenscanner oder Proxy fängt die Verbindung ab.</translation>
    </message>
    <message>
        <source>Enter the exact server name from your provider&apos;s instructions, not an IP address.
With shared hosting, use the hosting company&apos;s server name (often shown in the certificate details).
Switch off antivirus mail scanning for a test.</source>
        <comment>tls.certificate_name_mismatch/fixes</comment>
        <translation>Geben Sie den genauen Servernamen aus der Anleitung Ihres Anbieters ein, keine IP-Adresse.
Bei Shared Hosting: Verwenden Sie den Servernamen des Hosters (er steht oft in den Zertifikatsdetails).
Schalten Sie die Mail-Prüfung des Virenscanners testweise ab.</translation>
    </message>
    <message>
        <source>RFC 6125 (server identity in certificates)</source>
        <comment>tls.certificate_name_mismatch/reference</comment>
        <translation>RFC 6125 (Serveridentität in Zertifikaten)</translation>
    </message>
    <message>
        <source>The server demands encryption first</source>
        <comment>tls.required/title</comment>
        <translation>Der Server verlangt zuerst Verschlüsselung</translation>
    </message>
    <message>
        <source>The server only continues over an encrypted connection, and this conversation was not encrypted.</source>
        <comment>tls.required/summary</comment>
        <translation>Der Server macht nur über eine verschlüsselte Verbindung weiter, und dieses Gespräch war nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>The security setting is &quot;None&quot;.
STARTTLS was not used on a port that requires it.</source>
        <comment>tls.required/causes</comment>
        <translation>Die Sicherheitseinstellung steht auf „Keine“.
STARTTLS wurde auf einem Port nicht verwendet, der es verlangt.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS and use port 587.
Or set it to SSL/TLS and use port 465.</source>
        <comment>tls.required/fixes</comment>
        <translation>Stellen Sie die Sicherheit auf STARTTLS und verwenden Sie Port 587.
Oder stellen Sie sie auf SSL/TLS und verwenden Sie Port 465.</translation>
    </message>
    <message>
        <source>RFC 3207 section 4 (530 before STARTTLS)</source>
        <comment>tls.required/reference</comment>
        <translation>RFC 3207 Abschnitt 4 (530 vor STARTTLS)</translation>
    </message>
    <message>
        <source>The server wants you to sign in</source>
        <comment>auth.required/title</comment>
        <translation>Der Server verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>The server only accepts mail from users who have signed in, and this session did not sign in (or the sign-in did not count).</source>
        <comment>auth.required/summary</comment>
        <translation>Der Server nimmt nur Mails von angemeldeten Benutzern an, und in dieser Sitzung hat keine Anmeldung stattgefunden (oder sie hat nicht gezählt).</translation>
    </message>
    <message>
        <source>No user name and password are set for this server.
Sign-in is switched off in the settings (&quot;my server requires authentication&quot; not ticked).
The server only offers sign-in after encryption, and encryption was off.</source>
        <comment>auth.required/causes</comment>
        <translation>Für diesen Server sind kein Benutzername und kein Passwort eingetragen.
Die Anmeldung ist in den Einstellungen ausgeschaltet („Server erfordert Authentifizierung“ nicht angehakt).
Der Server bietet die Anmeldung erst nach der Verschlüsselung an, und die Verschlüsselung war aus.</translation>
    </message>
    <message>
        <source>Switch on sign-in and enter the user name (usually the full e-mail address) and the password.
Use port 587 with STARTTLS or 465 with SSL/TLS so the sign-in can happen.
A device that cannot sign in needs a relay that accepts it by its IP address instead.</source>
        <comment>auth.required/fixes</comment>
        <translation>Schalten Sie die Anmeldung ein und tragen Sie Benutzernamen (meist die vollständige E-Mail-Adresse) und Passwort ein.
Verwenden Sie Port 587 mit STARTTLS oder 465 mit SSL/TLS, damit die Anmeldung stattfinden kann.
Ein Gerät, das sich nicht anmelden kann, braucht stattdessen ein Relay, das es anhand seiner IP-Adresse annimmt.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (530 5.7.0)</source>
        <comment>auth.required/reference</comment>
        <translation>RFC 4954 Abschnitt 6 (530 5.7.0)</translation>
    </message>
    <message>
        <source>The server offers no sign-in</source>
        <comment>auth.not_offered/title</comment>
        <translation>Der Server bietet keine Anmeldung an</translation>
    </message>
    <message>
        <source>A user name was set, but the server did not offer any way to sign in.</source>
        <comment>auth.not_offered/summary</comment>
        <translation>Es war ein Benutzername eingetragen, aber der Server hat keine Möglichkeit zur Anmeldung angeboten.</translation>
    </message>
    <message>
        <source>The server only offers sign-in after encryption, and encryption was off.
This is a relay or receiving server (port 25) that takes mail without sign-in, for example by IP address.
The wrong server name or port was entered.</source>
        <comment>auth.not_offered/causes</comment>
        <translation>Der Server bietet die Anmeldung erst nach der Verschlüsselung an, und die Verschlüsselung war aus.
Es handelt sich um ein Relay oder einen Empfangsserver (Port 25), der Mails ohne Anmeldung annimmt, zum Beispiel anhand der IP-Adresse.
Servername oder Port sind falsch eingetragen.</translation>
    </message>
    <message>
        <source>Switch on STARTTLS (port 587) or SSL/TLS (port 465).
Check the server name and port in your provider&apos;s instructions.
If this relay needs no sign-in, remove the user name from the settings.</source>
        <comment>auth.not_offered/fixes</comment>
        <translation>Schalten Sie STARTTLS (Port 587) oder SSL/TLS (Port 465) ein.
Prüfen Sie Servername und Port in der Anleitung Ihres Anbieters.
Braucht dieses Relay keine Anmeldung, entfernen Sie den Benutzernamen aus den Einstellungen.</translation>
    </message>
    <message>
        <source>RFC 4954 section 3 (the AUTH extension)</source>
        <comment>auth.not_offered/reference</comment>
        <translation>RFC 4954 Abschnitt 3 (die AUTH-Erweiterung)</translation>
    </message>
    <message>
        <source>No common way to sign in</source>
        <comment>auth.mechanism_unsupported/title</comment>
        <translation>Kein gemeinsames Anmeldeverfahren</translation>
    </message>
    <message>
        <source>The server does not support the sign-in method that was chosen, or none of the methods it offers fits the credentials.</source>
        <comment>auth.mechanism_unsupported/summary</comment>
        <translation>Der Server unterstützt das gewählte Anmeldeverfahren nicht, oder keines der angebotenen Verfahren passt zu den Zugangsdaten.</translation>
    </message>
    <message>
        <source>A fixed method (for example CRAM-MD5 or XOAUTH2) is set that this server does not offer.
The server offers only OAuth, and a password was given (or the other way round).</source>
        <comment>auth.mechanism_unsupported/causes</comment>
        <translation>Ein festes Verfahren (zum Beispiel CRAM-MD5 oder XOAUTH2) ist eingestellt, das dieser Server nicht anbietet.
Der Server bietet nur OAuth an, eingegeben wurde aber ein Passwort (oder umgekehrt).</translation>
    </message>
    <message>
        <source>Set the sign-in method to &quot;Automatic&quot;.
Look at the methods the server lists after AUTH in the transcript and choose one of them.
If only OAuth (XOAUTH2) is listed, use &quot;Sign in with&quot; your provider instead of a password.</source>
        <comment>auth.mechanism_unsupported/fixes</comment>
        <translation>Stellen Sie das Anmeldeverfahren auf „Automatisch“.
Sehen Sie im Protokoll nach, welche Verfahren der Server hinter AUTH aufzählt, und wählen Sie eines davon.
Steht dort nur OAuth (XOAUTH2), melden Sie sich über „Anmelden mit“ Ihrem Anbieter an statt mit einem Passwort.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (504 5.5.4)</source>
        <comment>auth.mechanism_unsupported/reference</comment>
        <translation>RFC 4954 Abschnitt 6 (504 5.5.4)</translation>
    </message>
    <message>
        <source>Sign-in needs encryption first</source>
        <comment>auth.encryption_required/title</comment>
        <translation>Die Anmeldung braucht zuerst Verschlüsselung</translation>
    </message>
    <message>
        <source>The password would have travelled unencrypted. The server (or Sendcheck) refuses that, so it needs an encrypted connection first.</source>
        <comment>auth.encryption_required/summary</comment>
        <translation>Das Passwort wäre unverschlüsselt übertragen worden. Der Server (oder Sendcheck) lehnt das ab und braucht deshalb zuerst eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>The security setting is &quot;None&quot;.
A port without encryption was chosen.</source>
        <comment>auth.encryption_required/causes</comment>
        <translation>Die Sicherheitseinstellung steht auf „Keine“.
Es wurde ein Port ohne Verschlüsselung gewählt.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS (port 587) or SSL/TLS (port 465).
Only on a lab server you control: allow unencrypted sign-in explicitly in the profile.</source>
        <comment>auth.encryption_required/fixes</comment>
        <translation>Stellen Sie die Sicherheit auf STARTTLS (Port 587) oder SSL/TLS (Port 465).
Nur auf einem Testserver unter Ihrer Kontrolle: Erlauben Sie die unverschlüsselte Anmeldung ausdrücklich im Profil.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (538 5.7.11)</source>
        <comment>auth.encryption_required/reference</comment>
        <translation>RFC 4954 Abschnitt 6 (538 5.7.11)</translation>
    </message>
    <message>
        <source>User name or password not accepted</source>
        <comment>auth.credentials_rejected/title</comment>
        <translation>Benutzername oder Passwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>The server checked the user name and password (or key) and refused them.</source>
        <comment>auth.credentials_rejected/summary</comment>
        <translation>Der Server hat Benutzernamen und Passwort (oder Schlüssel) geprüft und abgelehnt.</translation>
    </message>
    <message>
        <source>The password or key is wrong, out of date, or has stray spaces or line breaks.
The user name is not what this server expects (often the full e-mail address).
The provider needs a special app password or SMTP key, not the normal web login.
The account may not use sign-in from apps.</source>
        <comment>auth.credentials_rejected/causes</comment>
        <translation>Passwort oder Schlüssel sind falsch, veraltet oder enthalten überzählige Leerzeichen oder Zeilenumbrüche.
Der Benutzername ist nicht der, den dieser Server erwartet (oft die vollständige E-Mail-Adresse).
Der Anbieter verlangt ein eigenes App-Passwort oder einen SMTP-Schlüssel, nicht das normale Web-Passwort.
Das Konto darf sich nicht aus Programmen anmelden.</translation>
    </message>
    <message>
        <source>Enter the password again by typing it, not pasting, to rule out stray characters.
Use the user name exactly as your provider gives it; usually the full e-mail address.
Check in your provider&apos;s help whether apps need an app password or SMTP key.
Sign in on the provider&apos;s web site to check the account is not locked.</source>
        <comment>auth.credentials_rejected/fixes</comment>
        <translation>Geben Sie das Passwort erneut ein, am besten getippt statt eingefügt, um überzählige Zeichen auszuschließen.
Verwenden Sie den Benutzernamen genau so, wie Ihr Anbieter ihn angibt, meist die vollständige E-Mail-Adresse.
Sehen Sie in der Hilfe Ihres Anbieters nach, ob Programme ein App-Passwort oder einen SMTP-Schlüssel brauchen.
Melden Sie sich auf der Website des Anbieters an, um zu prüfen, ob das Konto gesperrt ist.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (535 5.7.8)</source>
        <comment>auth.credentials_rejected/reference</comment>
        <translation>RFC 4954 Abschnitt 6 (535 5.7.8)</translation>
    </message>
    <message>
        <source>An app password is needed</source>
        <comment>auth.app_password_required/title</comment>
        <translation>Ein App-Passwort wird benötigt</translation>
    </message>
    <message>
        <source>This account does not accept its normal password in mail programs. It needs a separate app password (or a sign-in through the provider&apos;s web page).</source>
        <comment>auth.app_password_required/summary</comment>
        <translation>Dieses Konto akzeptiert sein normales Passwort nicht in Mailprogrammen. Es braucht ein eigenes App-Passwort (oder eine Anmeldung über die Webseite des Anbieters).</translation>
    </message>
    <message>
        <source>The normal account password was entered; the provider only accepts app passwords for mail programs.
An app password was entered with spaces, or it was revoked when the account password changed.
Two-step verification is on, which rules out the normal password.</source>
        <comment>auth.app_password_required/causes</comment>
        <translation>Es wurde das normale Kontopasswort eingegeben; der Anbieter lässt für Mailprogramme nur App-Passwörter zu.
Ein App-Passwort wurde mit Leerzeichen eingegeben, oder es wurde widerrufen, als sich das Kontopasswort geändert hat.
Die Bestätigung in zwei Schritten ist eingeschaltet und schließt das normale Passwort aus.</translation>
    </message>
    <message>
        <source>Switch on two-step verification for the account if it is off.
Create an app password in the account&apos;s security settings.
Enter it here without spaces, with the full e-mail address as user name.
Or use &quot;Sign in with&quot; your provider (OAuth) instead of a password.</source>
        <comment>auth.app_password_required/fixes</comment>
        <translation>Schalten Sie die Bestätigung in zwei Schritten für das Konto ein, falls sie aus ist.
Erstellen Sie in den Sicherheitseinstellungen des Kontos ein App-Passwort.
Geben Sie es hier ohne Leerzeichen ein, mit der vollständigen E-Mail-Adresse als Benutzernamen.
Oder melden Sie sich über „Anmelden mit“ Ihrem Anbieter (OAuth) an statt mit einem Passwort.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (534 5.7.9: mechanism too weak)</source>
        <comment>auth.app_password_required/reference</comment>
        <translation>RFC 4954 Abschnitt 6 (534 5.7.9: Verfahren zu schwach)</translation>
    </message>
    <message>
        <source>Confirm the sign-in in a web browser first</source>
        <comment>auth.browser_signin_required/title</comment>
        <translation>Bestätigen Sie die Anmeldung zuerst im Browser</translation>
    </message>
    <message>
        <source>The provider noticed a sign-in from a new place and wants you to confirm it on its web site before it lets this program in.</source>
        <comment>auth.browser_signin_required/summary</comment>
        <translation>Der Anbieter hat eine Anmeldung von einem neuen Ort bemerkt und möchte, dass Sie sie auf seiner Website bestätigen, bevor er dieses Programm hereinlässt.</translation>
    </message>
    <message>
        <source>A sign-in from a new device or network looked unusual to the provider.
The account needs a security check (for example a phone confirmation).</source>
        <comment>auth.browser_signin_required/causes</comment>
        <translation>Eine Anmeldung von einem neuen Gerät oder Netz kam dem Anbieter ungewöhnlich vor.
Das Konto braucht eine Sicherheitsprüfung (zum Beispiel eine Bestätigung per Telefon).</translation>
    </message>
    <message>
        <source>Sign in to the account in a web browser on this computer and confirm any security prompt.
Check the provider&apos;s recent-activity page and allow the blocked sign-in.
Then try again here.</source>
        <comment>auth.browser_signin_required/fixes</comment>
        <translation>Melden Sie sich auf diesem Computer im Webbrowser beim Konto an und bestätigen Sie jede Sicherheitsabfrage.
Sehen Sie auf der Seite mit den letzten Aktivitäten des Anbieters nach und lassen Sie die blockierte Anmeldung zu.
Versuchen Sie es dann hier erneut.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.14 (trust relationship required)</source>
        <comment>auth.browser_signin_required/reference</comment>
        <translation>RFC 3463 x.7.14 (Vertrauensbeziehung erforderlich)</translation>
    </message>
    <message>
        <source>Password sign-in is switched off</source>
        <comment>auth.disabled_by_provider/title</comment>
        <translation>Die Anmeldung mit Passwort ist abgeschaltet</translation>
    </message>
    <message>
        <source>Signing in to send mail with a password is switched off for this mailbox or for the whole organisation. The password itself is probably correct.</source>
        <comment>auth.disabled_by_provider/summary</comment>
        <translation>Das Senden mit Passwort-Anmeldung ist für dieses Postfach oder die ganze Organisation abgeschaltet. Das Passwort selbst ist wahrscheinlich richtig.</translation>
    </message>
    <message>
        <source>An administrator switched off sending from apps (SMTP AUTH) for the organisation or the mailbox.
Security rules (security defaults, multi-factor sign-in, blocked legacy sign-in) stop password sign-in.
The provider has retired password sign-in (basic authentication) for mail programs.</source>
        <comment>auth.disabled_by_provider/causes</comment>
        <translation>Ein Administrator hat das Senden aus Programmen (SMTP AUTH) für die Organisation oder das Postfach abgeschaltet.
Sicherheitsregeln (Sicherheitsstandards, mehrstufige Anmeldung, gesperrte Legacy-Anmeldung) verhindern die Anmeldung mit Passwort.
Der Anbieter hat die Passwort-Anmeldung (Standardauthentifizierung) für Mailprogramme eingestellt.</translation>
    </message>
    <message>
        <source>Best: switch this account to &quot;Sign in with&quot; your provider (OAuth).
Or ask your administrator to allow authenticated SMTP for this one mailbox.
For devices that cannot sign in any other way, use a relay or connector that accepts them by IP address.</source>
        <comment>auth.disabled_by_provider/fixes</comment>
        <translation>Am besten: Stellen Sie dieses Konto auf „Anmelden mit“ Ihrem Anbieter (OAuth) um.
Oder bitten Sie Ihren Administrator, authentifiziertes SMTP für genau dieses Postfach zu erlauben.
Für Geräte, die sich nicht anders anmelden können, nutzen Sie ein Relay oder einen Connector, der sie anhand der IP-Adresse annimmt.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (535); provider policy</source>
        <comment>auth.disabled_by_provider/reference</comment>
        <translation>RFC 4954 Abschnitt 6 (535); Richtlinie des Anbieters</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid</source>
        <comment>auth.oauth_token_rejected/title</comment>
        <translation>Die gespeicherte Anmeldung ist nicht mehr gültig</translation>
    </message>
    <message>
        <source>The server refused the OAuth access token: it has expired, was revoked, or does not include permission to send mail.</source>
        <comment>auth.oauth_token_rejected/summary</comment>
        <translation>Der Server hat das OAuth-Zugriffstoken abgelehnt: Es ist abgelaufen, wurde widerrufen oder enthält keine Berechtigung zum Senden von Mails.</translation>
    </message>
    <message>
        <source>The token has expired and could not be refreshed.
The token lacks the mail-sending permission (scope).
The token belongs to a different address than the user name.</source>
        <comment>auth.oauth_token_rejected/causes</comment>
        <translation>Das Token ist abgelaufen und ließ sich nicht erneuern.
Dem Token fehlt die Berechtigung (Scope) zum Senden von Mails.
Das Token gehört zu einer anderen Adresse als der Benutzername.</translation>
    </message>
    <message>
        <source>Sign in with your provider again and agree to the mail permission.
Check that the user name is the same address you signed in with.
For your own app registration: request the provider&apos;s SMTP scope (Google: https://mail.google.com/, Microsoft: SMTP.Send).</source>
        <comment>auth.oauth_token_rejected/fixes</comment>
        <translation>Melden Sie sich erneut bei Ihrem Anbieter an und stimmen Sie der Mail-Berechtigung zu.
Prüfen Sie, ob der Benutzername dieselbe Adresse ist, mit der Sie sich angemeldet haben.
Bei einer eigenen App-Registrierung: Fordern Sie den SMTP-Scope des Anbieters an (Google: https://mail.google.com/, Microsoft: SMTP.Send).</translation>
    </message>
    <message>
        <source>RFC 7628 (OAUTHBEARER); Google and Microsoft XOAUTH2</source>
        <comment>auth.oauth_token_rejected/reference</comment>
        <translation>RFC 7628 (OAUTHBEARER); XOAUTH2 von Google und Microsoft</translation>
    </message>
    <message>
        <source>Locked out after failed sign-ins</source>
        <comment>auth.too_many_attempts/title</comment>
        <translation>Nach fehlgeschlagenen Anmeldungen gesperrt</translation>
    </message>
    <message>
        <source>After several failed sign-ins the server stopped accepting sign-ins from you for a while.</source>
        <comment>auth.too_many_attempts/summary</comment>
        <translation>Nach mehreren fehlgeschlagenen Anmeldungen nimmt der Server vorerst keine Anmeldungen mehr von Ihnen an.</translation>
    </message>
    <message>
        <source>A wrong password was tried several times (possibly by another device with old settings).
The server&apos;s brute-force protection blocked your IP address.</source>
        <comment>auth.too_many_attempts/causes</comment>
        <translation>Ein falsches Passwort wurde mehrmals versucht (womöglich von einem anderen Gerät mit alten Einstellungen).
Der Schutz des Servers gegen Passwort-Raten hat Ihre IP-Adresse gesperrt.</translation>
    </message>
    <message>
        <source>Stop all devices and programs that use this account with an old password.
Wait 15 to 60 minutes, then try once with the correct password.
If it stays blocked, ask the provider or administrator to unblock your IP address.</source>
        <comment>auth.too_many_attempts/fixes</comment>
        <translation>Halten Sie alle Geräte und Programme an, die dieses Konto noch mit einem alten Passwort verwenden.
Warten Sie 15 bis 60 Minuten und versuchen Sie es dann einmal mit dem richtigen Passwort.
Bleibt die Sperre, bitten Sie den Anbieter oder Administrator, Ihre IP-Adresse freizugeben.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6; provider policy</source>
        <comment>auth.too_many_attempts/reference</comment>
        <translation>RFC 4954 Abschnitt 6; Richtlinie des Anbieters</translation>
    </message>
    <message>
        <source>Sign-in temporarily impossible</source>
        <comment>auth.temporary_failure/title</comment>
        <translation>Anmeldung vorübergehend nicht möglich</translation>
    </message>
    <message>
        <source>The server could not check your sign-in right now because of a problem on its side. Your settings are probably fine.</source>
        <comment>auth.temporary_failure/summary</comment>
        <translation>Der Server konnte Ihre Anmeldung wegen eines Problems auf seiner Seite gerade nicht prüfen. Ihre Einstellungen sind wahrscheinlich in Ordnung.</translation>
    </message>
    <message>
        <source>The server&apos;s password database or sign-in service is briefly unavailable.
The server is overloaded.</source>
        <comment>auth.temporary_failure/causes</comment>
        <translation>Die Passwortdatenbank oder der Anmeldedienst des Servers ist kurz nicht erreichbar.
Der Server ist überlastet.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; nothing needs changing.
If it lasts, tell the server&apos;s administrator (they should check the sign-in service behind the mail server).</source>
        <comment>auth.temporary_failure/fixes</comment>
        <translation>Versuchen Sie es in ein paar Minuten erneut; ändern müssen Sie nichts.
Hält es an, sagen Sie dem Administrator des Servers Bescheid (er sollte den Anmeldedienst hinter dem Mailserver prüfen).</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (454 4.7.0)</source>
        <comment>auth.temporary_failure/reference</comment>
        <translation>RFC 4954 Abschnitt 6 (454 4.7.0)</translation>
    </message>
    <message>
        <source>Not allowed to send from this address</source>
        <comment>sender.not_authorized/title</comment>
        <translation>Von dieser Adresse dürfen Sie nicht senden</translation>
    </message>
    <message>
        <source>You signed in as one account but the message uses a sender address that this account may not send as.</source>
        <comment>sender.not_authorized/summary</comment>
        <translation>Sie haben sich mit einem Konto angemeldet, die Nachricht verwendet aber eine Absenderadresse, in deren Namen dieses Konto nicht senden darf.</translation>
    </message>
    <message>
        <source>The From address differs from the signed-in account.
The other address was never set up as an alias or granted &quot;send as&quot; rights.</source>
        <comment>sender.not_authorized/causes</comment>
        <translation>Die Absenderadresse (From) weicht vom angemeldeten Konto ab.
Die andere Adresse wurde nie als Alias eingerichtet, oder es fehlt das Recht „Senden als“.</translation>
    </message>
    <message>
        <source>Use the signed-in account&apos;s own address as the From address.
Or set up the other address as an alias or grant this account &quot;send as&quot; rights for it (your administrator can do this).
Then try again.</source>
        <comment>sender.not_authorized/fixes</comment>
        <translation>Verwenden Sie die eigene Adresse des angemeldeten Kontos als Absender.
Oder richten Sie die andere Adresse als Alias ein bzw. geben Sie diesem Konto das Recht „Senden als“ dafür (das kann Ihr Administrator).
Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.1; RFC 6409 section 6.1</source>
        <comment>sender.not_authorized/reference</comment>
        <translation>RFC 3463 x.7.1; RFC 6409 Abschnitt 6.1</translation>
    </message>
    <message>
        <source>The sender address is not verified</source>
        <comment>sender.not_verified/title</comment>
        <translation>Die Absenderadresse ist nicht bestätigt</translation>
    </message>
    <message>
        <source>The sending service only sends from addresses or domains you have proved you own, and this one is not verified (yet).</source>
        <comment>sender.not_verified/summary</comment>
        <translation>Der Versanddienst sendet nur von Adressen oder Domains, deren Besitz Sie nachgewiesen haben, und diese ist (noch) nicht bestätigt.</translation>
    </message>
    <message>
        <source>The From address or its domain was never verified with the service.
The program uses a default sender such as webmaster@localhost.
The account is still in a test mode (sandbox) that also limits the recipients.</source>
        <comment>sender.not_verified/causes</comment>
        <translation>Die Absenderadresse oder ihre Domain wurde beim Dienst nie bestätigt.
Das Programm verwendet einen Standardabsender wie webmaster@localhost.
Das Konto ist noch im Testmodus (Sandbox), der auch die Empfänger einschränkt.</translation>
    </message>
    <message>
        <source>Verify the From address or the whole domain in the service&apos;s console.
Set a real From address in the settings.
If the account is in a sandbox, verify the recipients too, or request production access.</source>
        <comment>sender.not_verified/fixes</comment>
        <translation>Bestätigen Sie die Absenderadresse oder die ganze Domain in der Konsole des Dienstes.
Tragen Sie in den Einstellungen eine echte Absenderadresse ein.
Ist das Konto in einer Sandbox, bestätigen Sie auch die Empfänger oder beantragen Sie den Produktivzugang.</translation>
    </message>
    <message>
        <source>Provider policy; RFC 3463 x.7.1</source>
        <comment>sender.not_verified/reference</comment>
        <translation>Richtlinie des Anbieters; RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <comment>sender.rejected/title</comment>
        <translation>Die Absenderadresse wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server refused the sender (From or envelope) address itself.</source>
        <comment>sender.rejected/summary</comment>
        <translation>Der Server hat die Absenderadresse (From oder Umschlag) selbst abgelehnt.</translation>
    </message>
    <message>
        <source>The address has a typo or is not a valid address.
Its domain does not exist in DNS (for example @localhost or a company-internal .local name).
The server checked that the address can receive replies, and it cannot.</source>
        <comment>sender.rejected/causes</comment>
        <translation>Die Adresse enthält einen Tippfehler oder ist keine gültige Adresse.
Ihre Domain existiert im DNS nicht (zum Beispiel @localhost oder ein firmeninterner .local-Name).
Der Server hat geprüft, ob die Adresse Antworten empfangen kann, und sie kann es nicht.</translation>
    </message>
    <message>
        <source>Use a real sender address with a public domain.
Check the address for typos, spaces and odd characters.
If the domain is yours, check its DNS records (MX and A).</source>
        <comment>sender.rejected/fixes</comment>
        <translation>Verwenden Sie eine echte Absenderadresse mit einer öffentlichen Domain.
Prüfen Sie die Adresse auf Tippfehler, Leerzeichen und ungewöhnliche Zeichen.
Ist die Domain Ihre eigene, prüfen Sie ihre DNS-Einträge (MX und A).</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.1.1.2; RFC 3463 x.1.7, x.1.8</source>
        <comment>sender.rejected/reference</comment>
        <translation>RFC 5321 Abschnitt 4.1.1.2; RFC 3463 x.1.7, x.1.8</translation>
    </message>
    <message>
        <source>The recipient address does not exist</source>
        <comment>recipient.unknown/title</comment>
        <translation>Die Empfängeradresse gibt es nicht</translation>
    </message>
    <message>
        <source>The receiving server has no mailbox with this address.</source>
        <comment>recipient.unknown/summary</comment>
        <translation>Der empfangende Server hat kein Postfach mit dieser Adresse.</translation>
    </message>
    <message>
        <source>The address is misspelled (letters, dots, domain).
The mailbox was closed or moved.
The domain does not accept mail at all.</source>
        <comment>recipient.unknown/causes</comment>
        <translation>Die Adresse ist falsch geschrieben (Buchstaben, Punkte, Domain).
Das Postfach wurde aufgelöst oder verlegt.
Die Domain nimmt überhaupt keine Mails an.</translation>
    </message>
    <message>
        <source>Check the spelling of the address.
Ask the recipient for their current address.
For a test, send to your own address first.</source>
        <comment>recipient.unknown/fixes</comment>
        <translation>Prüfen Sie die Schreibweise der Adresse.
Fragen Sie den Empfänger nach seiner aktuellen Adresse.
Senden Sie zum Test zuerst an Ihre eigene Adresse.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.3 (550); RFC 3463 x.1.1</source>
        <comment>recipient.unknown/reference</comment>
        <translation>RFC 5321 Abschnitt 4.2.3 (550); RFC 3463 x.1.1</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <comment>recipient.mailbox_full/title</comment>
        <translation>Das Postfach des Empfängers ist voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no room left. Your settings are fine.</source>
        <comment>recipient.mailbox_full/summary</comment>
        <translation>Im Postfach des Empfängers ist kein Platz mehr. Ihre Einstellungen sind in Ordnung.</translation>
    </message>
    <message>
        <source>The recipient has not cleaned up the mailbox.
The mailbox is abandoned.</source>
        <comment>recipient.mailbox_full/causes</comment>
        <translation>Der Empfänger hat sein Postfach nicht aufgeräumt.
Das Postfach wird nicht mehr genutzt.</translation>
    </message>
    <message>
        <source>Try again later.
Reach the recipient another way and ask them to make room.</source>
        <comment>recipient.mailbox_full/fixes</comment>
        <translation>Versuchen Sie es später noch einmal.
Erreichen Sie den Empfänger auf anderem Weg und bitten Sie ihn, Platz zu schaffen.</translation>
    </message>
    <message>
        <source>RFC 3463 x.2.2 (mailbox full)</source>
        <comment>recipient.mailbox_full/reference</comment>
        <translation>RFC 3463 x.2.2 (Postfach voll)</translation>
    </message>
    <message>
        <source>The server will not pass the mail on</source>
        <comment>recipient.relay_denied/title</comment>
        <translation>Der Server leitet die Mail nicht weiter</translation>
    </message>
    <message>
        <source>This server only delivers to its own domains unless you are signed in or on its list of allowed senders, so it refused to forward mail to this recipient.</source>
        <comment>recipient.relay_denied/summary</comment>
        <translation>Dieser Server stellt nur an seine eigenen Domains zu, es sei denn, Sie sind angemeldet oder stehen auf seiner Liste erlaubter Absender. Deshalb hat er die Weiterleitung an diesen Empfänger abgelehnt.</translation>
    </message>
    <message>
        <source>Sign-in is off or did not succeed.
The server is a receiving server (MX, port 25), not your provider&apos;s outgoing server.
Your IP address or certificate is not (any more) on the relay&apos;s allow list.</source>
        <comment>recipient.relay_denied/causes</comment>
        <translation>Die Anmeldung ist aus oder hat nicht geklappt.
Der Server ist ein Empfangsserver (MX, Port 25), nicht der Postausgangsserver Ihres Anbieters.
Ihre IP-Adresse oder Ihr Zertifikat steht nicht (mehr) auf der Freigabeliste des Relays.</translation>
    </message>
    <message>
        <source>Switch on sign-in with your mailbox&apos;s user name and password.
Use your provider&apos;s outgoing server on port 587 with STARTTLS.
For a relay that accepts devices by IP address: ask the administrator to add your current public IP address.</source>
        <comment>recipient.relay_denied/fixes</comment>
        <translation>Schalten Sie die Anmeldung mit Benutzernamen und Passwort Ihres Postfachs ein.
Verwenden Sie den Postausgangsserver Ihres Anbieters auf Port 587 mit STARTTLS.
Bei einem Relay, das Geräte anhand der IP-Adresse annimmt: Bitten Sie den Administrator, Ihre aktuelle öffentliche IP-Adresse einzutragen.</translation>
    </message>
    <message>
        <source>RFC 5321 section 3.6 (relaying); RFC 3463 x.7.1</source>
        <comment>recipient.relay_denied/reference</comment>
        <translation>RFC 5321 Abschnitt 3.6 (Relaying); RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>Too many recipients in one message</source>
        <comment>recipient.too_many/title</comment>
        <translation>Zu viele Empfänger in einer Nachricht</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <comment>recipient.too_many/summary</comment>
        <translation>Die Nachricht hat mehr Empfänger, als der Server auf einmal annimmt.</translation>
    </message>
    <message>
        <source>The list of To, Cc and Bcc addresses is longer than the provider&apos;s limit (often 50 to 500).</source>
        <comment>recipient.too_many/causes</comment>
        <translation>Die Liste der An-, Cc- und Bcc-Adressen ist länger als die Grenze des Anbieters (oft 50 bis 500).</translation>
    </message>
    <message>
        <source>Split the recipients into smaller groups and send one message per group.
For newsletters and bulk mail, use a sending service made for it.</source>
        <comment>recipient.too_many/fixes</comment>
        <translation>Teilen Sie die Empfänger in kleinere Gruppen auf und senden Sie je Gruppe eine Nachricht.
Für Newsletter und Massenversand nutzen Sie einen Versanddienst, der dafür gemacht ist.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.5.3.1.10; RFC 3463 x.5.3</source>
        <comment>recipient.too_many/reference</comment>
        <translation>RFC 5321 Abschnitt 4.5.3.1.10; RFC 3463 x.5.3</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <comment>limit.rate/title</comment>
        <translation>Zu schnell gesendet</translation>
    </message>
    <message>
        <source>The server is slowing you down because too much mail arrived from you in a short time.</source>
        <comment>limit.rate/summary</comment>
        <translation>Der Server bremst Sie, weil in kurzer Zeit zu viele Mails von Ihnen kamen.</translation>
    </message>
    <message>
        <source>Many messages were sent in a short time.
The same error kept repeating and the provider throttled the account.
A hacked account or a program in a loop is sending mail.</source>
        <comment>limit.rate/causes</comment>
        <translation>In kurzer Zeit wurden viele Nachrichten gesendet.
Derselbe Fehler trat immer wieder auf, und der Anbieter hat das Konto gedrosselt.
Ein gehacktes Konto oder ein Programm in einer Schleife verschickt Mails.</translation>
    </message>
    <message>
        <source>Wait a while and send more slowly.
Fix the error that kept repeating, if there was one.
If nobody sent that much, change the password and check the account for misuse.</source>
        <comment>limit.rate/fixes</comment>
        <translation>Warten Sie eine Weile und senden Sie langsamer.
Beheben Sie den Fehler, der sich wiederholt hat, falls es einen gab.
Hat niemand so viel gesendet, ändern Sie das Passwort und prüfen Sie das Konto auf Missbrauch.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.1 / x.4.5; provider policy</source>
        <comment>limit.rate/reference</comment>
        <translation>RFC 3463 x.7.1 / x.4.5; Richtlinie des Anbieters</translation>
    </message>
    <message>
        <source>Sending limit used up</source>
        <comment>limit.quota/title</comment>
        <translation>Versandlimit ausgeschöpft</translation>
    </message>
    <message>
        <source>The account has reached its daily or monthly sending limit (or its credits). Sending works again when the limit resets.</source>
        <comment>limit.quota/summary</comment>
        <translation>Das Konto hat sein tägliches oder monatliches Versandlimit (oder sein Guthaben) erreicht. Der Versand klappt wieder, sobald das Limit zurückgesetzt ist.</translation>
    </message>
    <message>
        <source>More messages or recipients were sent than the plan allows per day.
The account&apos;s credits are used up.
A hacked account sent mail in your name.</source>
        <comment>limit.quota/causes</comment>
        <translation>Es wurden mehr Nachrichten oder Empfänger pro Tag gesendet, als der Tarif erlaubt.
Das Guthaben des Kontos ist aufgebraucht.
Ein gehacktes Konto hat in Ihrem Namen Mails verschickt.</translation>
    </message>
    <message>
        <source>Wait until the limit resets (often a rolling 24 hours).
Ask the provider for a higher limit or a bigger plan.
For bulk mail, use a sending service made for it.
If nobody sent that much, change the password and check the account.</source>
        <comment>limit.quota/fixes</comment>
        <translation>Warten Sie, bis das Limit zurückgesetzt ist (oft gleitend nach 24 Stunden).
Bitten Sie den Anbieter um ein höheres Limit oder einen größeren Tarif.
Für Massenversand nutzen Sie einen Versanddienst, der dafür gemacht ist.
Hat niemand so viel gesendet, ändern Sie das Passwort und prüfen Sie das Konto.</translation>
    </message>
    <message>
        <source>Provider policy; RFC 3463 x.4.5 / x.2.2</source>
        <comment>limit.quota/reference</comment>
        <translation>Richtlinie des Anbieters; RFC 3463 x.4.5 / x.2.2</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <comment>message.too_large/title</comment>
        <translation>Die Nachricht ist zu groß</translation>
    </message>
    <message>
        <source>The message with its attachments is bigger than the server accepts.</source>
        <comment>message.too_large/summary</comment>
        <translation>Die Nachricht ist mitsamt Anhängen größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>Large attachments. Note that attachments grow by about a third when sent.
The server has a low size limit.</source>
        <comment>message.too_large/causes</comment>
        <translation>Große Anhänge. Beachten Sie, dass Anhänge beim Versand um etwa ein Drittel wachsen.
Der Server hat eine niedrige Größengrenze.</translation>
    </message>
    <message>
        <source>Make the attachments smaller, or share big files as a link.
Check the limit the server announces (SIZE in the transcript).</source>
        <comment>message.too_large/fixes</comment>
        <translation>Verkleinern Sie die Anhänge oder teilen Sie große Dateien als Link.
Prüfen Sie die Grenze, die der Server nennt (SIZE im Protokoll).</translation>
    </message>
    <message>
        <source>RFC 1870 (SIZE); RFC 3463 x.3.4, x.2.3</source>
        <comment>message.too_large/reference</comment>
        <translation>RFC 1870 (SIZE); RFC 3463 x.3.4, x.2.3</translation>
    </message>
    <message>
        <source>The message was refused for its content</source>
        <comment>message.rejected_content/title</comment>
        <translation>Die Nachricht wurde wegen ihres Inhalts abgelehnt</translation>
    </message>
    <message>
        <source>The server received the whole message and then refused it: its filters judged it as spam or against the rules.</source>
        <comment>message.rejected_content/summary</comment>
        <translation>Der Server hat die ganze Nachricht empfangen und dann abgelehnt: Seine Filter haben sie als Spam oder als Regelverstoß eingestuft.</translation>
    </message>
    <message>
        <source>The content, links or attachments look like spam or malware.
The sending domain lacks SPF, DKIM or DMARC.
The sending IP address or account has a poor reputation.</source>
        <comment>message.rejected_content/causes</comment>
        <translation>Inhalt, Links oder Anhänge sehen nach Spam oder Schadsoftware aus.
Der sendenden Domain fehlen SPF, DKIM oder DMARC.
Die sendende IP-Adresse oder das Konto hat einen schlechten Ruf.</translation>
    </message>
    <message>
        <source>Send a short plain test message without links or attachments.
Set up SPF, DKIM and DMARC for your domain.
Avoid attachment types that are often blocked (.exe, .js, macros).</source>
        <comment>message.rejected_content/fixes</comment>
        <translation>Senden Sie eine kurze, schlichte Testnachricht ohne Links und Anhänge.
Richten Sie SPF, DKIM und DMARC für Ihre Domain ein.
Vermeiden Sie Dateitypen, die oft gesperrt werden (.exe, .js, Makros).</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.3 (554 after data); RFC 3463 x.7.1</source>
        <comment>message.rejected_content/reference</comment>
        <translation>RFC 5321 Abschnitt 4.2.3 (554 nach den Daten); RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>The message breaks the format rules</source>
        <comment>message.malformed/title</comment>
        <translation>Die Nachricht verletzt die Formatregeln</translation>
    </message>
    <message>
        <source>The server refused the message because part of it is missing or not written the way the mail standards require.</source>
        <comment>message.malformed/summary</comment>
        <translation>Der Server hat die Nachricht abgelehnt, weil ein Teil fehlt oder nicht so geschrieben ist, wie es die Mail-Standards verlangen.</translation>
    </message>
    <message>
        <source>A required header is missing or invalid (From, Date, Message-ID).
Headers appear twice, or lines are too long.
The program that produced the message has a bug.</source>
        <comment>message.malformed/causes</comment>
        <translation>Eine vorgeschriebene Kopfzeile fehlt oder ist ungültig (From, Date, Message-ID).
Kopfzeilen kommen doppelt vor, oder Zeilen sind zu lang.
Das Programm, das die Nachricht erzeugt hat, hat einen Fehler.</translation>
    </message>
    <message>
        <source>Fill in a valid From address.
Update the program that sends, and report the problem with the transcript.</source>
        <comment>message.malformed/fixes</comment>
        <translation>Tragen Sie eine gültige Absenderadresse ein.
Aktualisieren Sie das sendende Programm und melden Sie das Problem mit dem Protokoll.</translation>
    </message>
    <message>
        <source>RFC 5322 (message format); RFC 3463 x.6.x</source>
        <comment>message.malformed/reference</comment>
        <translation>RFC 5322 (Nachrichtenformat); RFC 3463 x.6.x</translation>
    </message>
    <message>
        <source>Your domain&apos;s sender checks failed</source>
        <comment>policy.sender_authentication/title</comment>
        <translation>Die Absenderprüfung Ihrer Domain ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The receiving side could not confirm that this server may send mail for your domain: SPF, DKIM or DMARC failed or is missing.</source>
        <comment>policy.sender_authentication/summary</comment>
        <translation>Die Empfängerseite konnte nicht bestätigen, dass dieser Server Mails für Ihre Domain senden darf: SPF, DKIM oder DMARC ist fehlgeschlagen oder fehlt.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record does not include this server or sending service.
DKIM signing is not set up for the sending service.
The From domain does not match the SPF or DKIM domain (DMARC alignment).</source>
        <comment>policy.sender_authentication/causes</comment>
        <translation>Der SPF-Eintrag der Domain enthält diesen Server oder Versanddienst nicht.
DKIM-Signaturen sind für den Versanddienst nicht eingerichtet.
Die Absenderdomain passt nicht zur SPF- oder DKIM-Domain (DMARC-Ausrichtung).</translation>
    </message>
    <message>
        <source>Add the sending server or service to your domain&apos;s SPF record.
Switch on DKIM signing at the sending service and publish its DNS record.
Publish a DMARC record once SPF and DKIM pass.
Or send through the provider that hosts your domain&apos;s mail.</source>
        <comment>policy.sender_authentication/fixes</comment>
        <translation>Nehmen Sie den sendenden Server oder Dienst in den SPF-Eintrag Ihrer Domain auf.
Schalten Sie beim Versanddienst die DKIM-Signatur ein und veröffentlichen Sie seinen DNS-Eintrag.
Veröffentlichen Sie einen DMARC-Eintrag, sobald SPF und DKIM bestehen.
Oder senden Sie über den Anbieter, der die Mails Ihrer Domain betreibt.</translation>
    </message>
    <message>
        <source>RFC 7208 (SPF), RFC 6376 (DKIM), RFC 7489 (DMARC), RFC 7372 x.7.20-x.7.26</source>
        <comment>policy.sender_authentication/reference</comment>
        <translation>RFC 7208 (SPF), RFC 6376 (DKIM), RFC 7489 (DMARC), RFC 7372 x.7.20-x.7.26</translation>
    </message>
    <message>
        <source>The sender is blocked</source>
        <comment>policy.blocklisted/title</comment>
        <translation>Der Absender ist gesperrt</translation>
    </message>
    <message>
        <source>The server refuses mail from your IP address, account or domain because it is on a block list or has a poor reputation.</source>
        <comment>policy.blocklisted/summary</comment>
        <translation>Der Server lehnt Mails von Ihrer IP-Adresse, Ihrem Konto oder Ihrer Domain ab, weil sie auf einer Sperrliste stehen oder einen schlechten Ruf haben.</translation>
    </message>
    <message>
        <source>Your internet connection&apos;s IP address is on a public spam block list (home and dynamic addresses usually are).
A computer or account on your network sent spam.
The provider blocked the account after it sent suspicious mail.</source>
        <comment>policy.blocklisted/causes</comment>
        <translation>Die IP-Adresse Ihres Internetanschlusses steht auf einer öffentlichen Spam-Sperrliste (private und wechselnde Adressen stehen dort meistens).
Ein Computer oder Konto in Ihrem Netz hat Spam verschickt.
Der Anbieter hat das Konto gesperrt, nachdem es verdächtige Mails verschickt hat.</translation>
    </message>
    <message>
        <source>Do not send directly from a home or office connection: use your provider&apos;s outgoing server on port 587 with sign-in.
Look up your IP address on the block list named in the reply and follow its removal steps.
Check computers and accounts for malware or misuse, and change passwords.</source>
        <comment>policy.blocklisted/fixes</comment>
        <translation>Senden Sie nicht direkt von einem privaten oder Büro-Anschluss: Verwenden Sie den Postausgangsserver Ihres Anbieters auf Port 587 mit Anmeldung.
Suchen Sie Ihre IP-Adresse auf der in der Antwort genannten Sperrliste und folgen Sie den Schritten zur Entfernung.
Prüfen Sie Computer und Konten auf Schadsoftware oder Missbrauch und ändern Sie die Passwörter.</translation>
    </message>
    <message>
        <source>RFC 5782 (DNS block lists); RFC 3463 x.7.1</source>
        <comment>policy.blocklisted/reference</comment>
        <translation>RFC 5782 (DNS-Sperrlisten); RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>The sending IP address has no proper name</source>
        <comment>policy.reverse_dns/title</comment>
        <translation>Die sendende IP-Adresse hat keinen passenden Namen</translation>
    </message>
    <message>
        <source>The receiving server looked up the name of your IP address (reverse DNS) and found none, or one that does not match.</source>
        <comment>policy.reverse_dns/summary</comment>
        <translation>Der empfangende Server hat den Namen Ihrer IP-Adresse nachgeschlagen (Reverse DNS) und keinen gefunden oder einen, der nicht passt.</translation>
    </message>
    <message>
        <source>Mail is sent directly from a home, office or cloud address without a PTR record.
The PTR name does not point back to the same IP address.</source>
        <comment>policy.reverse_dns/causes</comment>
        <translation>Die Mails werden direkt von einem privaten, Büro- oder Cloud-Anschluss ohne PTR-Eintrag gesendet.
Der PTR-Name zeigt nicht auf dieselbe IP-Adresse zurück.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s outgoing server on port 587 with sign-in.
If you run your own server, ask your internet or hosting provider to set a PTR record that matches the server&apos;s name.</source>
        <comment>policy.reverse_dns/fixes</comment>
        <translation>Senden Sie über den Postausgangsserver Ihres Anbieters auf Port 587 mit Anmeldung.
Betreiben Sie einen eigenen Server, bitten Sie Ihren Internet- oder Hosting-Anbieter um einen PTR-Eintrag, der zum Namen des Servers passt.</translation>
    </message>
    <message>
        <source>RFC 7372 x.7.25; RFC 1912 section 2.1</source>
        <comment>policy.reverse_dns/reference</comment>
        <translation>RFC 7372 x.7.25; RFC 1912 Abschnitt 2.1</translation>
    </message>
    <message>
        <source>The greeting name was refused</source>
        <comment>policy.helo_rejected/title</comment>
        <translation>Der Begrüßungsname wurde abgelehnt</translation>
    </message>
    <message>
        <source>When connecting, the program introduces itself with a name (EHLO). This server refused the name that was used.</source>
        <comment>policy.helo_rejected/summary</comment>
        <translation>Beim Verbinden stellt sich das Programm mit einem Namen vor (EHLO). Dieser Server hat den verwendeten Namen abgelehnt.</translation>
    </message>
    <message>
        <source>The computer&apos;s short name (for example DESKTOP-1234) was used instead of a full domain name.
The name does not exist in DNS.</source>
        <comment>policy.helo_rejected/causes</comment>
        <translation>Es wurde der kurze Computername (zum Beispiel DESKTOP-1234) statt eines vollständigen Domainnamens verwendet.
Den Namen gibt es im DNS nicht.</translation>
    </message>
    <message>
        <source>Set the EHLO name in the profile to a full name such as pc1.example.com, or to your public IP address in brackets.
Or send through your provider&apos;s server on port 587, which does not check the name.</source>
        <comment>policy.helo_rejected/fixes</comment>
        <translation>Stellen Sie den EHLO-Namen im Profil auf einen vollständigen Namen wie pc1.example.com oder auf Ihre öffentliche IP-Adresse in eckigen Klammern.
Oder senden Sie über den Server Ihres Anbieters auf Port 587, der den Namen nicht prüft.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.1.1.1 (EHLO)</source>
        <comment>policy.helo_rejected/reference</comment>
        <translation>RFC 5321 Abschnitt 4.1.1.1 (EHLO)</translation>
    </message>
    <message>
        <source>The server is not taking mail right now</source>
        <comment>server.unavailable/title</comment>
        <translation>Der Server nimmt gerade keine Mails an</translation>
    </message>
    <message>
        <source>The server closed the conversation: it is busy, shutting down, or refusing connections from you for now.</source>
        <comment>server.unavailable/summary</comment>
        <translation>Der Server hat das Gespräch beendet: Er ist ausgelastet, fährt herunter oder lehnt Verbindungen von Ihnen vorerst ab.</translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance.
It limits connections from your IP address.
Your IP address is blocked (when this happens right after connecting every time).</source>
        <comment>server.unavailable/causes</comment>
        <translation>Der Server ist überlastet oder wird gewartet.
Er begrenzt die Verbindungen von Ihrer IP-Adresse.
Ihre IP-Adresse ist gesperrt (wenn das jedes Mal direkt nach dem Verbinden passiert).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.
If it happens right after connecting every time, try from another network and check whether your IP address is on a block list.
Check that the server name is your provider&apos;s outgoing server.</source>
        <comment>server.unavailable/fixes</comment>
        <translation>Versuchen Sie es in ein paar Minuten erneut.
Passiert es jedes Mal direkt nach dem Verbinden, versuchen Sie es über ein anderes Netz und prüfen Sie, ob Ihre IP-Adresse auf einer Sperrliste steht.
Prüfen Sie, ob der Servername der Postausgangsserver Ihres Anbieters ist.</translation>
    </message>
    <message>
        <source>RFC 5321 sections 3.1 and 4.2.3 (421, 554 greeting)</source>
        <comment>server.unavailable/reference</comment>
        <translation>RFC 5321 Abschnitte 3.1 und 4.2.3 (421, 554 als Begrüßung)</translation>
    </message>
    <message>
        <source>Try again later (greylisting)</source>
        <comment>server.greylisted/title</comment>
        <translation>Später erneut versuchen (Greylisting)</translation>
    </message>
    <message>
        <source>The receiving server asked to come back in a few minutes. This is a normal anti-spam step for senders it has not seen before, not an error in your settings.</source>
        <comment>server.greylisted/summary</comment>
        <translation>Der empfangende Server hat gebeten, es in ein paar Minuten noch einmal zu versuchen. Das ist ein üblicher Spam-Schutz bei Absendern, die er noch nicht kennt, kein Fehler in Ihren Einstellungen.</translation>
    </message>
    <message>
        <source>The server greylists first-time senders.
It defers mail for a while for other temporary reasons.</source>
        <comment>server.greylisted/causes</comment>
        <translation>Der Server nutzt Greylisting für Erstabsender.
Er stellt Mails aus anderen vorübergehenden Gründen eine Weile zurück.</translation>
    </message>
    <message>
        <source>Wait 5 to 30 minutes and send again; it normally goes through then.
A proper mail server retries on its own; a program sending directly must do the same.</source>
        <comment>server.greylisted/fixes</comment>
        <translation>Warten Sie 5 bis 30 Minuten und senden Sie erneut; dann klappt es normalerweise.
Ein richtiger Mailserver wiederholt selbstständig; ein Programm, das direkt sendet, muss das ebenso tun.</translation>
    </message>
    <message>
        <source>RFC 6647 (greylisting); RFC 5321 section 4.2.1 (4xx)</source>
        <comment>server.greylisted/reference</comment>
        <translation>RFC 6647 (Greylisting); RFC 5321 Abschnitt 4.2.1 (4xx)</translation>
    </message>
    <message>
        <source>Temporary problem at the server</source>
        <comment>server.temporary_error/title</comment>
        <translation>Vorübergehendes Problem beim Server</translation>
    </message>
    <message>
        <source>The server had a temporary problem and could not finish this step. Trying again later usually works.</source>
        <comment>server.temporary_error/summary</comment>
        <translation>Der Server hatte ein vorübergehendes Problem und konnte diesen Schritt nicht abschließen. Ein späterer Versuch klappt meistens.</translation>
    </message>
    <message>
        <source>A fault inside the server (a DNS lookup, a filter or storage).
The server is overloaded or short of disk space.</source>
        <comment>server.temporary_error/causes</comment>
        <translation>Ein Fehler im Server (eine DNS-Abfrage, ein Filter oder der Speicher).
Der Server ist überlastet oder hat zu wenig Speicherplatz.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.
If it keeps happening, tell the server&apos;s administrator and include the server&apos;s words below.</source>
        <comment>server.temporary_error/fixes</comment>
        <translation>Versuchen Sie es in ein paar Minuten erneut.
Passiert es immer wieder, informieren Sie den Administrator des Servers und fügen Sie die Worte des Servers von unten bei.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.1 (4yz: transient failure)</source>
        <comment>server.temporary_error/reference</comment>
        <translation>RFC 5321 Abschnitt 4.2.1 (4yz: vorübergehender Fehler)</translation>
    </message>
    <message>
        <source>The server refused</source>
        <comment>server.permanent_error/title</comment>
        <translation>Der Server hat abgelehnt</translation>
    </message>
    <message>
        <source>The server refused this step for good and gave no more specific reason. Sending the same thing again will fail again.</source>
        <comment>server.permanent_error/summary</comment>
        <translation>Der Server hat diesen Schritt endgültig abgelehnt und keinen genaueren Grund genannt. Dasselbe noch einmal zu senden, scheitert wieder.</translation>
    </message>
    <message>
        <source>A policy of the server (sender, recipient or content).
A setting that does not fit this server.</source>
        <comment>server.permanent_error/causes</comment>
        <translation>Eine Richtlinie des Servers (Absender, Empfänger oder Inhalt).
Eine Einstellung, die nicht zu diesem Server passt.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words below: they often name the reason.
Check the sender and recipient addresses.
Ask the server&apos;s administrator or your provider, with the transcript.</source>
        <comment>server.permanent_error/fixes</comment>
        <translation>Lesen Sie die Worte des Servers unten: Sie nennen oft den Grund.
Prüfen Sie Absender- und Empfängeradressen.
Fragen Sie mit dem Protokoll beim Administrator des Servers oder Ihrem Anbieter nach.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.1 (5yz: permanent failure)</source>
        <comment>server.permanent_error/reference</comment>
        <translation>RFC 5321 Abschnitt 4.2.1 (5yz: endgültiger Fehler)</translation>
    </message>
    <message>
        <source>The conversation broke the rules</source>
        <comment>protocol.error/title</comment>
        <translation>Das Gespräch hat die Regeln verletzt</translation>
    </message>
    <message>
        <source>The program and the server misunderstood each other: a command or a reply was not what the mail protocol expects at that point.</source>
        <comment>protocol.error/summary</comment>
        <translation>Programm und Server haben sich missverstanden: Ein Befehl oder eine Antwort war an dieser Stelle nicht das, was das Mail-Protokoll erwartet.</translation>
    </message>
    <message>
        <source>An address contains spaces or odd characters, or lacks angle brackets.
A bug in the sending program or the server.
Something between the two (proxy, antivirus) alters the conversation.</source>
        <comment>protocol.error/causes</comment>
        <translation>Eine Adresse enthält Leerzeichen oder ungewöhnliche Zeichen, oder ihr fehlen die spitzen Klammern.
Ein Fehler im sendenden Programm oder im Server.
Etwas zwischen beiden (Proxy, Virenscanner) verändert das Gespräch.</translation>
    </message>
    <message>
        <source>Check the addresses for spaces and odd characters.
Update the sending program.
Report the problem with the transcript attached.</source>
        <comment>protocol.error/fixes</comment>
        <translation>Prüfen Sie die Adressen auf Leerzeichen und ungewöhnliche Zeichen.
Aktualisieren Sie das sendende Programm.
Melden Sie das Problem und hängen Sie das Protokoll an.</translation>
    </message>
    <message>
        <source>RFC 5321 sections 4.1 and 4.3.2 (500-504, 555)</source>
        <comment>protocol.error/reference</comment>
        <translation>RFC 5321 Abschnitte 4.1 und 4.3.2 (500-504, 555)</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MainWindow</name>
    <message>
        <source>Sendcheck</source>
        <translation>Sendcheck</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Verabschiedung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
</TS>
