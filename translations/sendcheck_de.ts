<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Address</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>The part before the @ is empty.</source>
        <translation>Der Teil vor dem @ ist leer.</translation>
    </message>
    <message>
        <source>There is text between the closing quote and the @.</source>
        <translation>Zwischen dem schließenden Anführungszeichen und dem @ steht noch Text.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is missing its closing quote.</source>
        <translation>Dem Teil in Anführungszeichen vor dem @ fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>The part before the @ may not start or end with a dot.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden.</translation>
    </message>
    <message>
        <source>The part before the @ has two dots in a row.</source>
        <translation>Der Teil vor dem @ enthält zwei Punkte hintereinander.</translation>
    </message>
    <message>
        <source>The part before the @ contains %1, which is only allowed inside quotes (&quot;like this&quot;@example.com).</source>
        <translation>Der Teil vor dem @ enthält %1; das ist nur in Anführungszeichen erlaubt (&quot;so wie hier&quot;@example.com).</translation>
    </message>
    <message>
        <source>%1 is not a valid address literal; write an IPv4 address as [192.0.2.1] or an IPv6 address as [IPv6:2001:db8::1].</source>
        <translation>%1 ist kein gültiges Adressliteral; schreiben Sie eine IPv4-Adresse als [192.0.2.1] und eine IPv6-Adresse als [IPv6:2001:db8::1].</translation>
    </message>
    <message>
        <source>The domain %1 ends with a dot.</source>
        <translation>Die Domain %1 endet mit einem Punkt.</translation>
    </message>
    <message>
        <source>The domain is %1 bytes long; the limit is %2.</source>
        <translation>Die Domain ist %1 Byte lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The domain %1 has an empty part (a dot at the start, or two dots in a row).</source>
        <translation>Die Domain %1 enthält einen leeren Teil (einen Punkt am Anfang oder zwei Punkte hintereinander).</translation>
    </message>
    <message>
        <source>The domain contains %1, which is not allowed in a domain name (only letters, digits, hyphens and dots).</source>
        <translation>Die Domain enthält %1; das ist in Domainnamen nicht erlaubt (nur Buchstaben, Ziffern, Bindestriche und Punkte).</translation>
    </message>
    <message>
        <source>The domain part %1 is %2 characters long; the limit is 63.</source>
        <translation>Der Domainteil %1 ist %2 Zeichen lang; erlaubt sind höchstens 63.</translation>
    </message>
    <message>
        <source>The domain part %1 starts or ends with a hyphen.</source>
        <translation>Der Domainteil %1 beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>The domain %1 is an IP address; write it in brackets, as [%1].</source>
        <translation>Die Domain %1 ist eine IP-Adresse; schreiben Sie sie in eckigen Klammern: [%1].</translation>
    </message>
    <message>
        <source>The last part of the domain %1 is all digits, which no real domain has.</source>
        <translation>Der letzte Teil der Domain %1 besteht nur aus Ziffern; das kommt bei keiner echten Domain vor.</translation>
    </message>
    <message>
        <source>The address contains a carriage return (CR); line breaks are not allowed in an address.</source>
        <translation>Die Adresse enthält einen Wagenrücklauf (CR); Zeilenumbrüche sind in einer Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <source>The address contains a line feed (LF); line breaks are not allowed in an address.</source>
        <translation>Die Adresse enthält einen Zeilenvorschub (LF); Zeilenumbrüche sind in einer Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <source>The address contains a NUL character, which is not allowed.</source>
        <translation>Die Adresse enthält ein NUL-Zeichen; das ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The address contains the control character U+%1, which is not allowed.</source>
        <translation>Die Adresse enthält das Steuerzeichen U+%1; das ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>The address ends with &apos;&gt;&apos; but has no matching &apos;&lt;&apos;.</source>
        <translation>Die Adresse endet mit &apos;&gt;&apos;, hat aber kein passendes &apos;&lt;&apos;.</translation>
    </message>
    <message>
        <source>The address has a &apos;&lt;&apos; without a closing &apos;&gt;&apos;, or text after the &apos;&gt;&apos;.</source>
        <translation>Die Adresse hat ein &apos;&lt;&apos; ohne schließendes &apos;&gt;&apos; oder Text nach dem &apos;&gt;&apos;.</translation>
    </message>
    <message>
        <source>The address between &apos;&lt;&apos; and &apos;&gt;&apos; is empty.</source>
        <translation>Die Adresse zwischen &apos;&lt;&apos; und &apos;&gt;&apos; ist leer.</translation>
    </message>
    <message>
        <source>The address has no @ sign; it should look like name@example.com.</source>
        <translation>Die Adresse enthält kein @-Zeichen; sie sollte so aussehen: name@example.com.</translation>
    </message>
    <message>
        <source>The part before the @ is %1 bytes long; the limit is %2.</source>
        <translation>Der Teil vor dem @ ist %1 Byte lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The part after the @ (the domain) is empty.</source>
        <translation>Der Teil nach dem @ (die Domain) ist leer.</translation>
    </message>
    <message>
        <source>The domain %1 is not a valid international domain name.</source>
        <translation>Die Domain %1 ist kein gültiger internationaler Domainname.</translation>
    </message>
    <message>
        <source>The address is %1 bytes long (with the angle brackets); the limit is %2.</source>
        <translation>Die Adresse ist %1 Byte lang (mit spitzen Klammern); erlaubt sind höchstens %2.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Print a completion script for bash, zsh or fish.</source>
        <translation>Ein Vervollständigungsskript für bash, zsh oder fish ausgeben.</translation>
    </message>
    <message>
        <source>Find the outgoing server settings for an email address.</source>
        <translation>Die Einstellungen des Postausgangsservers für eine E-Mail-Adresse finden.</translation>
    </message>
    <message>
        <source>Check a sending domain&apos;s SPF, DKIM, DMARC and MX records.</source>
        <translation>SPF-, DKIM-, DMARC- und MX-Einträge einer Absenderdomain prüfen.</translation>
    </message>
    <message>
        <source>Explain an SMTP reply or mail error message in plain words.</source>
        <translation>Eine SMTP-Antwort oder Mail-Fehlermeldung in einfachen Worten erklären.</translation>
    </message>
    <message>
        <source>List the runs kept in the history; compare with the last success.</source>
        <translation>Die im Verlauf gespeicherten Läufe auflisten; mit dem letzten Erfolg vergleichen.</translation>
    </message>
    <message>
        <source>Find a sent test message in a mailbox (IMAP) and show how the receiver judged it.</source>
        <translation>Eine gesendete Testnachricht in einem Postfach (IMAP) finden und zeigen, wie der Empfänger sie bewertet hat.</translation>
    </message>
    <message>
        <source>Sign in with Google or Microsoft (OAuth) and keep the tokens in the keyring.</source>
        <translation>Mit Google oder Microsoft (OAuth) anmelden und die Token im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <source>Save or remove a profile&apos;s password in the system keyring.</source>
        <translation>Das Passwort eines Profils im Schlüsselbund des Systems speichern oder entfernen.</translation>
    </message>
    <message>
        <source>Run the practice SMTP server (fails on purpose, for training and tests).</source>
        <translation>Den SMTP-Übungsserver starten (scheitert absichtlich, für Schulungen und Tests).</translation>
    </message>
    <message>
        <source>List the mail provider presets.</source>
        <translation>Die Vorlagen der Mail-Anbieter auflisten.</translation>
    </message>
    <message>
        <source>Try every port and encryption of a mail server at once; recommend one.</source>
        <translation>Alle Ports und Verschlüsselungen eines Mailservers gleichzeitig ausprobieren; einen empfehlen.</translation>
    </message>
    <message>
        <source>List, show, add, edit, remove, import and export saved profiles.</source>
        <translation>Gespeicherte Profile auflisten, anzeigen, hinzufügen, bearbeiten, entfernen, importieren und exportieren.</translation>
    </message>
    <message>
        <source>Write a run from the history as a report (md, html, json, pdf).</source>
        <translation>Einen Lauf aus dem Verlauf als Bericht schreiben (md, html, json, pdf).</translation>
    </message>
    <message>
        <source>Send a test message, test a connection, or send a burst.</source>
        <translation>Eine Testnachricht senden, eine Verbindung testen oder eine Serie senden.</translation>
    </message>
    <message>
        <source>Check a mail server&apos;s reverse DNS, greeting, blocklists and open relay.</source>
        <translation>Reverse-DNS, Begrüßung, Sperrlisten und offenes Relay eines Mailservers prüfen.</translation>
    </message>
    <message>
        <source>Print the version and the TLS library in use.</source>
        <translation>Die Version und die verwendete TLS-Bibliothek ausgeben.</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli COMMAND [OPTIONS]

Sets up and proves outgoing mail (SMTP) settings.

Commands:</source>
        <translation>Aufruf: sendcheck-cli BEFEHL [OPTIONEN]

Richtet Einstellungen für ausgehende Mail (SMTP) ein und weist nach, dass sie funktionieren.

Befehle:</translation>
    </message>
    <message>
        <source>&apos;sendcheck-cli COMMAND --help&apos; describes a command and its options.</source>
        <translation>&apos;sendcheck-cli BEFEHL --help&apos; beschreibt einen Befehl und seine Optionen.</translation>
    </message>
    <message>
        <source>sendcheck-cli: unknown command &apos;%1&apos;.</source>
        <translation>sendcheck-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>List the commands.</source>
        <translation>Die Befehle auflisten.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Could not read the secret from standard input.</source>
        <translation>Das Geheimnis konnte nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>Secret (not shown): </source>
        <translation>Geheimnis (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Standard input was empty: no secret was given.</source>
        <translation>Die Standardeingabe war leer: Es wurde kein Geheimnis angegeben.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>Die Umgebungsvariable %1 ist leer.</translation>
    </message>
</context>
<context>
    <name>CompletionsCommand</name>
    <message>
        <source>Prints a completion script for the shell SHELL (%1), made from the options of every command. For example: sendcheck-cli completions bash &gt; ~/.local/share/bash-completion/completions/sendcheck-cli</source>
        <translation>Gibt ein Vervollständigungsskript für die Shell SHELL (%1) aus, erzeugt aus den Optionen aller Befehle. Zum Beispiel: sendcheck-cli completions bash &gt; ~/.local/share/bash-completion/completions/sendcheck-cli</translation>
    </message>
    <message>
        <source>bash, zsh or fish.</source>
        <translation>bash, zsh oder fish.</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli completions %1</source>
        <translation>Aufruf: sendcheck-cli completions %1</translation>
    </message>
    <message>
        <source>sendcheck-cli completions: could not read the options of &quot;%1&quot;.</source>
        <translation>sendcheck-cli completions: Die Optionen von „%1“ konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>Start from a provider preset (see &apos;sendcheck-cli presets&apos;); ID:REGION picks one of its servers.</source>
        <translation>Mit einer Anbietervorlage beginnen (siehe &apos;sendcheck-cli presets&apos;); ID:REGION wählt einen ihrer Server.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Server name.</source>
        <translation>Servername.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Port (1-65535).</source>
        <translation>Port (1-65535).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Encryption: starttls, tls or none.</source>
        <translation>Verschlüsselung: starttls, tls oder none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Sign-in method: auto, plain, login, cram-md5, xoauth2 or none.</source>
        <translation>Anmeldeverfahren: auto, plain, login, cram-md5, xoauth2 oder none.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>VERFAHREN</translation>
    </message>
    <message>
        <source>Sign-in user name.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Absenderadresse.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Recipient address (repeatable).</source>
        <translation>Empfängeradresse (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Name to send in EHLO.</source>
        <translation>Name, der mit EHLO gesendet wird.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust.</source>
        <translation>Zusätzliche CA-Zertifikate (PEM-Datei), denen vertraut wird.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Allow signing in without encryption (lab servers only).</source>
        <translation>Anmeldung ohne Verschlüsselung erlauben (nur für Testserver).</translation>
    </message>
    <message>
        <source>Do not allow signing in without encryption.</source>
        <translation>Anmeldung ohne Verschlüsselung nicht erlauben.</translation>
    </message>
    <message>
        <source>Give up on any step after this many seconds (0: standard timers).</source>
        <translation>Jeden Schritt nach so vielen Sekunden abbrechen (0: Standardzeiten).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>--preset: there is no preset &quot;%1&quot;; &apos;sendcheck-cli presets&apos; lists them.</source>
        <translation>--preset: Es gibt keine Vorlage „%1“; &apos;sendcheck-cli presets&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; has no server &quot;%2&quot;; choose one of: %3.</source>
        <translation>--preset: „%1“ hat keinen Server „%2“; wählen Sie einen von: %3.</translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not a server name.</source>
        <translation>--host: „%1“ ist kein Servername.</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (1-65535).</source>
        <translation>--port: „%1“ ist keine Portnummer (1-65535).</translation>
    </message>
    <message>
        <source>--security: &quot;%1&quot; is not a mode; use starttls, tls or none.</source>
        <translation>--security: „%1“ ist kein gültiger Modus; verwenden Sie starttls, tls oder none.</translation>
    </message>
    <message>
        <source>--auth: &quot;%1&quot; is not a sign-in method; use auto, plain, login, cram-md5, xoauth2 or none.</source>
        <translation>--auth: „%1“ ist kein Anmeldeverfahren; verwenden Sie auto, plain, login, cram-md5, xoauth2 oder none.</translation>
    </message>
    <message>
        <source>--user: the user name contains a line break or NUL.</source>
        <translation>--user: Der Benutzername enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a mail address.</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>--ehlo: &quot;%1&quot; is not a host name.</source>
        <translation>--ehlo: „%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file.</source>
        <translation>--ca-file: „%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>--pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint; give 64 hexadecimal digits, with or without colons.</source>
        <translation>--pin-sha256: „%1“ ist kein SHA-256-Fingerabdruck; geben Sie 64 Hexadezimalziffern an, mit oder ohne Doppelpunkte.</translation>
    </message>
    <message>
        <source>--allow-plain-auth and --no-allow-plain-auth contradict each other.</source>
        <translation>--allow-plain-auth und --no-allow-plain-auth widersprechen sich.</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 0 to %2.</source>
        <translation>--timeout: „%1“ ist keine Sekundenzahl von 0 bis %2.</translation>
    </message>
    <message>
        <source>How to sign in: password (or key, kept in the keyring) or oauth (sign in with the provider: &apos;sendcheck-cli oauth login&apos;).</source>
        <translation>Art der Anmeldung: password (oder Schlüssel, im Schlüsselbund aufbewahrt) oder oauth (Anmeldung beim Anbieter: &apos;sendcheck-cli oauth login&apos;).</translation>
    </message>
    <message>
        <source>Client id of the app you registered with the provider for OAuth.</source>
        <translation>Client-ID der App, die Sie für OAuth beim Anbieter registriert haben.</translation>
    </message>
    <message>
        <source>Microsoft: your tenant (directory id or domain); empty for the preset&apos;s default.</source>
        <translation>Microsoft: Ihr Mandant (Verzeichnis-ID oder Domain); leer für den Standard der Vorlage.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>--sign-in: &quot;%1&quot; is not a sign-in mode; use password or oauth.</source>
        <translation>--sign-in: „%1“ ist keine Anmeldeart; verwenden Sie password oder oauth.</translation>
    </message>
    <message>
        <source>--oauth-client-id: a client id has no spaces.</source>
        <translation>--oauth-client-id: Eine Client-ID enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>--oauth-tenant: &quot;%1&quot; is not a tenant id or domain.</source>
        <translation>--oauth-tenant: „%1“ ist weder eine Mandanten-ID noch eine Domain.</translation>
    </message>
    <message>
        <source>--sign-in: the preset &quot;%1&quot; has no OAuth sign-in; use password.</source>
        <translation>--sign-in: Die Vorlage „%1“ bietet keine OAuth-Anmeldung; verwenden Sie password.</translation>
    </message>
    <message>
        <source>--sign-in: oauth needs a preset that offers it (--preset).</source>
        <translation>--sign-in: oauth braucht eine Vorlage, die es anbietet (--preset).</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint for this host and port (repeatable).</source>
        <translation>Dem Zertifikat mit diesem SHA-256-Fingerabdruck für diesen Server und Port vertrauen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>--pin-sha256: a certificate is trusted for one server; name it with --host or --preset.</source>
        <translation>--pin-sha256: Einem Zertifikat wird für genau einen Server vertraut; nennen Sie ihn mit --host oder --preset.</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>Settings for %1 (ISPDB snapshot of %2)</source>
        <translation>Einstellungen für %1 (ISPDB-Stand vom %2)</translation>
    </message>
    <message>
        <source>Sources, in order:</source>
        <translation>Quellen, der Reihe nach:</translation>
    </message>
    <message>
        <source>No server settings found.</source>
        <translation>Keine Servereinstellungen gefunden.</translation>
    </message>
    <message>
        <source>Servers to try:</source>
        <translation>Server zum Ausprobieren:</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>Vermutung</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Finds the outgoing (SMTP) server settings for an email address and shows every source it asked, in order: the bundled presets (by domain and by MX host), the domain&apos;s autoconfig file, Thunderbird&apos;s ISPDB (online and a bundled, dated snapshot), SRV records and guesses. Exits with 0 when a setting was found.

For tests: SENDCHECK_AUTOCONFIG_URL, SENDCHECK_AUTOCONFIG_HTTP_URL and SENDCHECK_ISPDB_URL point the autoconfig and ISPDB requests at another server, SENDCHECK_DISCOVERY_CA_FILE adds trusted CA certificates (PEM).</source>
        <translation>Findet die Einstellungen des Postausgangsservers (SMTP) für eine E-Mail-Adresse und zeigt jede gefragte Quelle der Reihe nach: die mitgelieferten Vorlagen (nach Domain und nach MX-Host), die Autoconfig-Datei der Domain, Thunderbirds ISPDB (online und als mitgelieferter, datierter Stand), SRV-Einträge und Vermutungen. Endet mit 0, wenn eine Einstellung gefunden wurde.

Für Tests: SENDCHECK_AUTOCONFIG_URL, SENDCHECK_AUTOCONFIG_HTTP_URL und SENDCHECK_ISPDB_URL leiten die Autoconfig- und ISPDB-Anfragen an einen anderen Server, SENDCHECK_DISCOVERY_CA_FILE fügt vertrauenswürdige CA-Zertifikate (PEM) hinzu.</translation>
    </message>
    <message>
        <source>The email address to find settings for.</source>
        <translation>Die E-Mail-Adresse, für die Einstellungen gesucht werden.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Ask nobody: only the bundled presets and ISPDB snapshot.</source>
        <translation>Niemanden fragen: nur die mitgelieferten Vorlagen und der ISPDB-Stand.</translation>
    </message>
    <message>
        <source>Ask this nameserver instead of the system&apos;s.</source>
        <translation>Diesen Nameserver statt des System-Nameservers fragen.</translation>
    </message>
    <message>
        <source>Also write the result as a report to FILE, in the format its name ends with: .md (Markdown, for a ticket), .html, .json or .pdf.</source>
        <translation>Das Ergebnis zusätzlich als Bericht in DATEI schreiben, im Format ihrer Endung: .md (Markdown, für ein Ticket), .html, .json oder .pdf.</translation>
    </message>
    <message>
        <source>Give one email address, e.g. sendcheck-cli discover anna@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse an, z. B. sendcheck-cli discover anna@example.com.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT (an IPv6 address in brackets: [2001:db8::53]:53).</source>
        <translation>„%1“ ist nicht HOST oder HOST:PORT (eine IPv6-Adresse in eckigen Klammern: [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>Could not find the nameserver %1: %2</source>
        <translation>Der Nameserver %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>  (each tried from here at once, no password sent: %1 ms in all)</source>
        <translation>  (jeder von hier aus gleichzeitig versucht, kein Passwort gesendet: %1 ms insgesamt)</translation>
    </message>
    <message>
        <source>not tried: it has no encryption</source>
        <translation>nicht versucht: ohne Verschlüsselung</translation>
    </message>
    <message>
        <source>With --probe: extra CA certificates (PEM file) to trust.</source>
        <translation>Mit --probe: zusätzliche CA-Zertifikate (PEM-Datei), denen vertraut wird.</translation>
    </message>
    <message>
        <source>Do not keep the run in the history (a run with --probe is kept there otherwise, unless SENDCHECK_NO_HISTORY is set).</source>
        <translation>Den Lauf nicht im Verlauf speichern (ein Lauf mit --probe wird sonst dort gespeichert, außer SENDCHECK_NO_HISTORY ist gesetzt).</translation>
    </message>
    <message>
        <source>--ca-file belongs with --probe.</source>
        <translation>--ca-file gehört zu --probe.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file.</source>
        <translation>--ca-file: „%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>--offline asks nobody, and --probe connects to every server found: use one of them.</source>
        <translation>--offline fragt niemanden, und --probe verbindet sich mit jedem gefundenen Server: Verwenden Sie nur eine der beiden Optionen.</translation>
    </message>
    <message>
        <source>With --probe: the ports to try on each host found instead of the usual ones, as for the probe command: 465,587 or 465/tls,587/starttls.</source>
        <translation>Mit --probe: die Ports, die auf jedem gefundenen Host statt der üblichen versucht werden, wie beim Befehl probe: 465,587 oder 465/tls,587/starttls.</translation>
    </message>
    <message>
        <source>--ports belongs with --probe.</source>
        <translation>--ports gehört zu --probe.</translation>
    </message>
    <message>
        <source>found by trying</source>
        <translation>durch Ausprobieren gefunden</translation>
    </message>
    <message>
        <source>  Also tried on the hosts found, without success (no source lists these):</source>
        <translation>  Außerdem auf den gefundenen Hosts versucht, ohne Erfolg (keine Quelle nennt diese):</translation>
    </message>
    <message>
        <source>Then try every server found, and the usual ports (465 with TLS from the start, 587, 25 and 2525 with STARTTLS) on each host found, at once and without a password (as the probe command does), and recommend the one that works from here; a port that works though no source lists it is shown with the source &quot;probe&quot;. Exits with 0 only when one works; the run is kept in the history.</source>
        <translation>Danach jeden gefundenen Server und auf jedem gefundenen Host die üblichen Ports (465 mit TLS von Anfang an, 587, 25 und 2525 mit STARTTLS) gleichzeitig und ohne Passwort versuchen (wie der Befehl probe) und den empfehlen, der von hier aus funktioniert; ein Port, der funktioniert, obwohl ihn keine Quelle nennt, wird mit der Quelle „probe“ angezeigt. Endet nur dann mit 0, wenn einer funktioniert; der Lauf wird im Verlauf gespeichert.</translation>
    </message>
</context>
<context>
    <name>DomainCommand</name>
    <message>
        <source>Domain: %1</source>
        <translation>Domain: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Records to publish:</source>
        <translation>Zu veröffentlichende Einträge:</translation>
    </message>
    <message>
        <source>The domain you send from (the part after @ in your From address).</source>
        <translation>Die Domain, von der Sie senden (der Teil nach dem @ in Ihrer Absenderadresse).</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address: evaluate SPF for it.</source>
        <translation>Die IP-Adresse des sendenden Servers: SPF für sie auswerten.</translation>
    </message>
    <message>
        <source>The HELO name the server uses (for SPF).</source>
        <translation>Der HELO-Name, den der Server verwendet (für SPF).</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM); its domain is what SPF checks. Default: the domain.</source>
        <translation>Der Envelope-Absender (MAIL FROM); SPF prüft seine Domain. Standard: die Domain.</translation>
    </message>
    <message>
        <source>A DKIM selector to look at (can be given more than once).</source>
        <translation>Ein DKIM-Selektor, der geprüft werden soll (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Ask this nameserver instead of the system&apos;s.</source>
        <translation>Diesen Nameserver fragen statt der Nameserver des Systems.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Give one domain to check, e.g. sendcheck-cli domain example.com.</source>
        <translation>Geben Sie eine zu prüfende Domain an, z. B. sendcheck-cli domain example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>No DNS facts for provider &apos;%1&apos;. Known: %2.</source>
        <translation>Keine DNS-Angaben für den Anbieter „%1“. Bekannt: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT (an IPv6 address in brackets: [2001:db8::53]:53).</source>
        <translation>„%1“ ist weder HOST noch HOST:PORT (eine IPv6-Adresse in eckigen Klammern: [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>Could not find the nameserver %1: %2</source>
        <translation>Der Nameserver %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>The provider you send through (a preset id, e.g. google-workspace-relay): check its SPF include and DKIM selectors, and propose its records.</source>
        <translation>Der Anbieter, über den Sie senden (eine Vorlagen-ID, z. B. google-workspace-relay): prüft seinen SPF-Include und seine DKIM-Selektoren und schlägt seine Einträge vor.</translation>
    </message>
    <message>
        <source>The provider&apos;s region as in its preset (e.g. eu-west-1 for Amazon SES): fills it into the records proposed.</source>
        <translation>Die Region des Anbieters wie in seiner Vorlage (z. B. eu-west-1 für Amazon SES): wird in die vorgeschlagenen Einträge eingesetzt.</translation>
    </message>
    <message>
        <source>Validate DNSSEC from the trust anchors in FILE (DS or DNSKEY lines in zone-file form, e.g. /usr/share/dns/root.key).</source>
        <translation>DNSSEC anhand der Vertrauensanker in DATEI validieren (DS- oder DNSKEY-Zeilen im Zonendatei-Format, z. B. /usr/share/dns/root.key).</translation>
    </message>
    <message>
        <source>Validate DNSSEC from the system&apos;s root key, /usr/share/dns/root.key (Debian package dns-root-data). Without this or --trust-anchor nothing is validated.</source>
        <translation>DNSSEC anhand des Root-Schlüssels des Systems validieren, /usr/share/dns/root.key (Debian-Paket dns-root-data). Ohne diese Option oder --trust-anchor wird nichts validiert.</translation>
    </message>
    <message>
        <source>Also write the check as a report to FILE, in the format its name ends with: .md (Markdown, for a ticket), .html, .json or .pdf.</source>
        <translation>Die Prüfung zusätzlich als Bericht in DATEI schreiben, im Format, auf das ihr Name endet: .md (Markdown, für ein Ticket), .html, .json oder .pdf.</translation>
    </message>
    <message>
        <source>In the report, also hide address local parts and IP addresses.</source>
        <translation>Im Bericht auch lokale Teile von Adressen und IP-Adressen verbergen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region of the provider: --region needs --provider and one of its regions, e.g. eu-west-1 for amazon-ses.</source>
        <translation>&apos;%1&apos; ist keine Region des Anbieters: --region braucht --provider und eine seiner Regionen, z. B. eu-west-1 für amazon-ses.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--dnssec needs the root key at /usr/share/dns/root.key (Debian package dns-root-data); give another with --trust-anchor FILE.</source>
        <translation>--dnssec braucht den Root-Schlüssel unter /usr/share/dns/root.key (Debian-Paket dns-root-data); geben Sie einen anderen mit --trust-anchor DATEI an.</translation>
    </message>
    <message>
        <source>Checks what receivers check about a sending domain: its SPF record (and, with --ip, whether that server may send for it), DKIM keys, DMARC policy and alignment, MX records, and the transport policies MTA-STS, TLS-RPT, DANE and BIMI. Exits with 0 when nothing fails.</source>
        <translation>Prüft, was Empfangsserver an einer Absenderdomain prüfen: ihren SPF-Eintrag (und mit --ip, ob dieser Server für sie senden darf), DKIM-Schlüssel, DMARC-Richtlinie und -Ausrichtung, MX-Einträge und die Transportrichtlinien MTA-STS, TLS-RPT, DANE und BIMI. Endet mit 0, wenn nichts fehlschlägt.</translation>
    </message>
    <message>
        <source>Fetch the MTA-STS policy from this address instead of the address of mta-sts.DOMAIN (a lab or test server); its certificate is still checked for mta-sts.DOMAIN. Default port 443.</source>
        <translation>Die MTA-STS-Richtlinie von dieser Adresse statt von der Adresse von mta-sts.DOMAIN abrufen (ein Labor- oder Testserver); ihr Zertifikat wird weiterhin für mta-sts.DOMAIN geprüft. Standardport 443.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM) for the MTA-STS policy&apos;s HTTPS.</source>
        <translation>Zusätzlich den CA-Zertifikaten in FILE (PEM) für das HTTPS der MTA-STS-Richtlinie vertrauen.</translation>
    </message>
    <message>
        <source>--mta-sts-server: &apos;%1&apos; is not ADDRESS or ADDRESS:PORT, e.g. 127.0.0.1:8443.</source>
        <translation>--mta-sts-server: &apos;%1&apos; ist nicht ADRESSE oder ADRESSE:PORT, z. B. 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file of PEM certificates.</source>
        <translation>--ca-file: &quot;%1&quot; ist keine lesbare Datei mit PEM-Zertifikaten.</translation>
    </message>
    <message>
        <source>Compare the MX hosts&apos; certificates with their DNSSEC-secure TLSA records on this port instead of 25 (a lab or test server).</source>
        <translation>Die Zertifikate der MX-Hosts auf diesem Port statt auf 25 mit ihren DNSSEC-gesicherten TLSA-Einträgen vergleichen (ein Labor- oder Testserver).</translation>
    </message>
    <message>
        <source>--smtp-port: &apos;%1&apos; is not a port number (1 to 65535).</source>
        <translation>--smtp-port: &apos;%1&apos; ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message numerus="yes">
        <source>DNSSEC: %1 (%2 of %n answer(s) secure).</source>
        <translation>
            <numerusform>DNSSEC: %1 (%2 von %n Antwort sicher).</numerusform>
            <numerusform>DNSSEC: %1 (%2 von %n Antworten sicher).</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>Why this explanation: %1 (%2).</source>
        <translation>Warum diese Erklärung: %1 (%2).</translation>
    </message>
    <message>
        <source>  Nothing in the text is known; this is a general reading.</source>
        <translation>  Nichts in dem Text ist bekannt; dies ist eine allgemeine Deutung.</translation>
    </message>
    <message>
        <source>  - %1 [%2, weight %3]</source>
        <translation>  - %1 [%2, Gewicht %3]</translation>
    </message>
    <message>
        <source>Also print what the explanation rests on: how sure it is and each piece of evidence (JSON always has them).</source>
        <translation>Auch ausgeben, worauf die Erklärung beruht: wie sicher sie ist und jedes einzelne Indiz (im JSON stehen sie immer).</translation>
    </message>
</context>
<context>
    <name>FileMessageSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent.</source>
        <translation>%1 wurde während des Sendens kürzer.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>--%1 needs a whole number from 0 up (0: no limit).</source>
        <translation>--%1 braucht eine ganze Zahl ab 0 (0: keine Grenze).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run number.</source>
        <translation>„%1“ ist keine Laufnummer.</translation>
    </message>
    <message>
        <source>No runs in the history yet.</source>
        <translation>Noch keine Läufe im Verlauf.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>There is no earlier successful run of this profile to compare with.</source>
        <translation>Es gibt keinen früheren erfolgreichen Lauf dieses Profils zum Vergleichen.</translation>
    </message>
    <message>
        <source>Run %1 compared with run %2 of %3, the last time it worked:</source>
        <translation>Lauf %1 verglichen mit Lauf %2 vom %3, als es zuletzt funktioniert hat:</translation>
    </message>
    <message>
        <source>Lists the runs kept in the history, newest first, and manages the history. &apos;sendcheck-cli report ID&apos; writes one as a report.</source>
        <translation>Listet die im Verlauf gespeicherten Läufe auf, die neuesten zuerst, und verwaltet den Verlauf. &apos;sendcheck-cli report ID&apos; schreibt einen davon als Bericht.</translation>
    </message>
    <message>
        <source>Only the runs of this profile (name or id).</source>
        <translation>Nur die Läufe dieses Profils (Name oder ID).</translation>
    </message>
    <message>
        <source>At most N runs (default: all).</source>
        <translation>Höchstens N Läufe (Standard: alle).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>What changed between run ID and the last successful run of the same profile before it.</source>
        <translation>Was sich zwischen Lauf ID und dem letzten erfolgreichen Lauf desselben Profils davor geändert hat.</translation>
    </message>
    <message>
        <source>Delete run ID.</source>
        <translation>Lauf ID löschen.</translation>
    </message>
    <message>
        <source>Delete every run.</source>
        <translation>Alle Läufe löschen.</translation>
    </message>
    <message>
        <source>From now on keep runs for N days (0: no limit; default 365).</source>
        <translation>Läufe ab jetzt N Tage lang aufbewahren (0: keine Grenze; Standard 365).</translation>
    </message>
    <message>
        <source>From now on keep the newest N runs (0: no limit; default 1000).</source>
        <translation>Ab jetzt die neuesten N Läufe aufbewahren (0: keine Grenze; Standard 1000).</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Run %1 deleted.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
    <message>
        <source>History emptied.</source>
        <translation>Verlauf geleert.</translation>
    </message>
    <message>
        <source>History keeps runs for %1, at most %2 (0: no limit).</source>
        <translation>Der Verlauf bewahrt Läufe %1 lang auf, höchstens %2 (0: keine Grenze).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxCommand</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Arrived after %1 s in &quot;%2&quot;%3.</source>
        <translation>Angekommen nach %1 s in „%2“%3.</translation>
    </message>
    <message>
        <source> (as spam)</source>
        <translation> (als Spam)</translation>
    </message>
    <message>
        <source>Not arrived within %1 s.</source>
        <translation>Nicht angekommen innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Authentication-Results (%1): %2</source>
        <translation>Authentication-Results (%1): %2</translation>
    </message>
    <message>
        <source>Received-SPF: %1</source>
        <translation>Received-SPF: %1</translation>
    </message>
    <message>
        <source>Gmail labels: %1</source>
        <translation>Gmail-Labels: %1</translation>
    </message>
    <message>
        <source>  hop: %1 → %2 (%3, TLS: %4)</source>
        <translation>  Station: %1 → %2 (%3, TLS: %4)</translation>
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
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>      Fix: %1</source>
        <translation>      Abhilfe: %1</translation>
    </message>
    <message>
        <source>No password is saved for &quot;%1&quot;: save one with &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;, or give it with --password-stdin.</source>
        <translation>Für „%1“ ist kein Passwort gespeichert: Speichern Sie eines mit &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos; oder geben Sie es mit --password-stdin an.</translation>
    </message>
    <message>
        <source>The Message-ID of the sent message.</source>
        <translation>Die Message-ID der gesendeten Nachricht.</translation>
    </message>
    <message>
        <source>The IMAP server.</source>
        <translation>Der IMAP-Server.</translation>
    </message>
    <message>
        <source>The IMAP port (993 for tls, 143 for starttls).</source>
        <translation>Der IMAP-Port (993 für tls, 143 für starttls).</translation>
    </message>
    <message>
        <source>tls (default) or starttls.</source>
        <translation>tls (Standard) oder starttls.</translation>
    </message>
    <message>
        <source>The mailbox user name.</source>
        <translation>Der Benutzername des Postfachs.</translation>
    </message>
    <message>
        <source>Read the mailbox password from standard input.</source>
        <translation>Das Postfach-Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the mailbox password from the environment variable VAR.</source>
        <translation>Das Postfach-Passwort aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <source>The secret is an OAuth access token: sign in with XOAUTH2.</source>
        <translation>Das Geheimnis ist ein OAuth-Zugriffstoken: Anmeldung mit XOAUTH2.</translation>
    </message>
    <message>
        <source>Wait up to SECONDS for the message (default 120, at most 900).</source>
        <translation>Bis zu SECONDS Sekunden auf die Nachricht warten (Standard 120, höchstens 900).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in file F (PEM).</source>
        <translation>Zusätzlich den CA-Zertifikaten in Datei F (PEM) vertrauen.</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint.</source>
        <translation>Das Serverzertifikat mit diesem SHA-256-Fingerabdruck akzeptieren.</translation>
    </message>
    <message>
        <source>Show the IMAP conversation (redacted) on standard error as it happens.</source>
        <translation>Das IMAP-Gespräch (geschwärzt) laufend auf der Standardfehlerausgabe zeigen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>inbox-check takes no arguments besides its options.</source>
        <translation>inbox-check nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <source>Give --message-id ID, --imap-host H and --imap-user U.</source>
        <translation>Geben Sie --message-id ID, --imap-host H und --imap-user U an.</translation>
    </message>
    <message>
        <source>--imap-security is tls or starttls.</source>
        <translation>--imap-security ist tls oder starttls.</translation>
    </message>
    <message>
        <source>--imap-port is a number from 1 to 65535.</source>
        <translation>--imap-port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--wait is a number of seconds from 0 to %1.</source>
        <translation>--wait ist eine Anzahl Sekunden von 0 bis %1.</translation>
    </message>
    <message>
        <source>--pin-sha256 takes a SHA-256 fingerprint (64 hex digits).</source>
        <translation>--pin-sha256 nimmt einen SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>Give the mailbox password in one way: --password-stdin, --password-env VAR or --profile NAME (keychain).</source>
        <translation>Geben Sie das Postfach-Passwort auf genau einem Weg an: --password-stdin, --password-env VAR oder --profile NAME (Schlüsselbund).</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1</source>
        <translation>Das Postfach konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1 The server said: %2</source>
        <translation>Das Postfach konnte nicht gelesen werden: %1 Der Server sagte: %2</translation>
    </message>
    <message>
        <source>No mailbox password is saved for &quot;%1&quot;: save one with &apos;sendcheck-cli password set --imap --profile &quot;%1&quot;&apos;, or give it with --password-stdin.</source>
        <translation>Für „%1“ ist kein Postfach-Passwort gespeichert: Speichern Sie eines mit &apos;sendcheck-cli password set --imap --profile &quot;%1&quot;&apos; oder geben Sie es mit --password-stdin an.</translation>
    </message>
    <message>
        <source>Signs in to a mailbox over IMAP (read-only) and looks for a sent test message by its Message-ID: in the inbox, the junk folder and the other folders, waiting for it up to --wait seconds (IDLE where the server offers it). Reports where it landed and how the receiver judged it (SPF, DKIM, DMARC, ARC, spam filters, TLS on the way). The password comes from standard input, an environment variable or the keychain of a saved profile, never from a flag. Exit codes: 0 arrived, 1 mailbox not readable, 2 usage, 3 not arrived in time, 4 arrived as spam, 130 stopped with Ctrl+C while waiting.</source>
        <translation>Meldet sich per IMAP (nur lesend) an einem Postfach an und sucht eine gesendete Testnachricht anhand ihrer Message-ID: im Posteingang, im Spam-Ordner und in den übrigen Ordnern, und wartet bis zu --wait Sekunden auf sie (mit IDLE, wo der Server es anbietet). Zeigt, wo sie gelandet ist und wie der Empfänger sie bewertet hat (SPF, DKIM, DMARC, ARC, Spamfilter, TLS unterwegs). Das Passwort kommt von der Standardeingabe, aus einer Umgebungsvariablen oder aus dem Schlüsselbund eines gespeicherten Profils, nie aus einer Option. Exit-Codes: 0 angekommen, 1 Postfach nicht lesbar, 2 Aufruffehler, 3 nicht rechtzeitig angekommen, 4 als Spam angekommen, 130 beim Warten mit Strg+C angehalten.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Take the password from the keychain entry of the saved profile NAME (and trust the certificates it pinned for this mailbox server).</source>
        <translation>Das Passwort aus dem Schlüsselbund-Eintrag des gespeicherten Profils NAME nehmen (und den Zertifikaten vertrauen, die es für diesen Postfach-Server festgelegt hat).</translation>
    </message>
</context>
<context>
    <name>MessageFile</name>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation>Die Nachrichtendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 is not a message: it contains NUL bytes, as binary files do. Give a message as a mail program saves it (an .eml file).</source>
        <translation>%1 ist keine Nachricht: Die Datei enthält NUL-Bytes, wie Binärdateien. Geben Sie eine Nachricht an, wie ein E-Mail-Programm sie speichert (eine .eml-Datei).</translation>
    </message>
    <message>
        <source>The message file %1 is empty: there is nothing to send.</source>
        <translation>Die Nachrichtendatei %1 ist leer: Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>%1 is not a message (RFC 5322): it must begin with header fields (lines such as &quot;From: ...&quot; and &quot;Subject: ...&quot;), then an empty line and the body; line %2 is not a header field.</source>
        <translation>%1 ist keine Nachricht (RFC 5322): Sie muss mit Kopfzeilen beginnen (Zeilen wie „From: ...“ und „Subject: ...“), dann folgen eine Leerzeile und der Text; Zeile %2 ist keine Kopfzeile.</translation>
    </message>
    <message>
        <source>%1 is not a message (RFC 5322): its header has no From: field.</source>
        <translation>%1 ist keine Nachricht (RFC 5322): Ihr Kopf hat kein From:-Feld.</translation>
    </message>
    <message numerus="yes">
        <source>%1 mixes line ends: %n line(s) end in CR LF, %2 in a bare LF and %3 in a bare CR. It cannot be sent unchanged; save it with one kind of line end (all CR LF, or all LF).</source>
        <translation>
            <numerusform>%1 mischt Zeilenenden: %n Zeile endet mit CR LF, %2 mit einem einzelnen LF und %3 mit einem einzelnen CR. So kann sie nicht unverändert gesendet werden; speichern Sie sie mit einer Art von Zeilenende (alle CR LF oder alle LF).</numerusform>
            <numerusform>%1 mischt Zeilenenden: %n Zeilen enden mit CR LF, %2 mit einem einzelnen LF und %3 mit einem einzelnen CR. So kann sie nicht unverändert gesendet werden; speichern Sie sie mit einer Art von Zeilenende (alle CR LF oder alle LF).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MimeWriter</name>
    <message>
        <source>The attachment %1 cannot be read: it does not exist or is not a file.</source>
        <translation>Der Anhang %1 kann nicht gelesen werden: Er existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>The attachment %1 can no longer be read: %2</source>
        <translation>Der Anhang %1 kann nicht mehr gelesen werden: %2</translation>
    </message>
    <message>
        <source>The attachment %1 changed while it was being sent (it grew).</source>
        <translation>Der Anhang %1 hat sich beim Senden geändert (er ist größer geworden).</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read: %2</source>
        <translation>Der Anhang %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The attachment %1 changed while it was being sent (it became shorter).</source>
        <translation>Der Anhang %1 hat sich beim Senden geändert (er ist kleiner geworden).</translation>
    </message>
</context>
<context>
    <name>OAuthCommand</name>
    <message>
        <source>The profile.</source>
        <translation>Das Profil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>login: read the app&apos;s client secret (Google desktop apps have one) from standard input.</source>
        <translation>login: den geheimen Clientschlüssel der App (Google-Desktop-Apps haben einen) von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>login: read the app&apos;s client secret from this environment variable.</source>
        <translation>login: den geheimen Clientschlüssel der App aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>login: give up after this many seconds (default 300).</source>
        <translation>login: nach so vielen Sekunden aufgeben (Standard 300).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds from 1 to 3600.</source>
        <translation>--timeout: Geben Sie eine Sekundenzahl von 1 bis 3600 an.</translation>
    </message>
    <message>
        <source>Note: %1 usually gives desktop apps a client secret. If the sign-in ends with &quot;invalid_client&quot;, run again with --client-secret-stdin.</source>
        <translation>Hinweis: %1 gibt Desktop-Apps normalerweise einen geheimen Clientschlüssel. Endet die Anmeldung mit &quot;invalid_client&quot;, starten Sie den Befehl erneut mit --client-secret-stdin.</translation>
    </message>
    <message>
        <source>Open this address in a web browser on this computer and sign in with %1%2:</source>
        <translation>Öffnen Sie diese Adresse in einem Webbrowser auf diesem Computer und melden Sie sich mit %1%2 an:</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> als %1</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to %1 (up to %2 seconds; Ctrl+C stops).</source>
        <translation>Warten auf die Rückkehr des Browsers zu %1 (bis zu %2 Sekunden; Strg+C bricht ab).</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be saved, so they were discarded: %1</source>
        <translation>Angemeldet, aber die Token ließen sich nicht speichern und wurden daher verworfen: %1</translation>
    </message>
    <message>
        <source>Signed in and the tokens are saved, but the profile could not be updated: %1</source>
        <translation>Angemeldet, und die Token sind gespeichert, aber das Profil ließ sich nicht aktualisieren: %1</translation>
    </message>
    <message>
        <source>Signed in with %1. The tokens are saved in the keyring.</source>
        <translation>Mit %1 angemeldet. Die Token sind im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2. The tokens are saved in the keyring.</source>
        <translation>Mit %1 als %2 angemeldet. Die Token sind im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Warning: you signed in as %1 but the profile&apos;s user name is %2. The server will refuse the token for that user: change the user name (sendcheck-cli profile edit &quot;%3&quot; --user %1) or sign in as %2.</source>
        <translation>Warnung: Sie haben sich als %1 angemeldet, aber der Benutzername im Profil ist %2. Der Server wird das Token für diesen Benutzer ablehnen: Ändern Sie den Benutzernamen (sendcheck-cli profile edit &quot;%3&quot; --user %1) oder melden Sie sich als %2 an.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in of &quot;%1&quot; was removed from the keyring. The app stays allowed in your account until you remove it in the account&apos;s security settings.</source>
        <translation>Abgemeldet: Die Anmeldung von „%1“ wurde aus dem Schlüsselbund entfernt. Die App bleibt in Ihrem Konto zugelassen, bis Sie sie in den Sicherheitseinstellungen des Kontos entfernen.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>The access token is valid until %1.</source>
        <translation>Das Zugriffstoken ist gültig bis %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s lifetime is unknown.</source>
        <translation>Die Gültigkeitsdauer des Zugriffstokens ist unbekannt.</translation>
    </message>
    <message>
        <source>The access token has expired and cannot be renewed: sign in again.</source>
        <translation>Das Zugriffstoken ist abgelaufen und kann nicht erneuert werden: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The access token has expired; it is renewed at the next send.</source>
        <translation>Das Zugriffstoken ist abgelaufen; es wird beim nächsten Senden erneuert.</translation>
    </message>
    <message>
        <source>oauth login --profile NAME: sign in with the provider (Google, Microsoft) in a web browser; the tokens are kept in the keyring and renewed when needed. The profile needs a preset that offers it and the client id of an app you registered (sendcheck-cli profile edit NAME --sign-in oauth --oauth-client-id ID).
oauth logout --profile NAME: remove the tokens from the keyring.
oauth status --profile NAME: who is signed in and until when the access token is valid (never the tokens themselves).</source>
        <translation>oauth login --profile NAME: im Webbrowser beim Anbieter (Google, Microsoft) anmelden; die Token werden im Schlüsselbund aufbewahrt und bei Bedarf erneuert. Das Profil braucht eine Vorlage, die das anbietet, und die Client-ID einer von Ihnen registrierten App (sendcheck-cli profile edit NAME --sign-in oauth --oauth-client-id ID).
oauth logout --profile NAME: die Token aus dem Schlüsselbund entfernen.
oauth status --profile NAME: wer angemeldet ist und bis wann das Zugriffstoken gültig ist (nie die Token selbst).</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli oauth login|logout|status --profile NAME</source>
        <translation>Aufruf: sendcheck-cli oauth login|logout|status --profile NAME</translation>
    </message>
    <message>
        <source>Say which profile with --profile NAME.</source>
        <translation>Geben Sie das Profil mit --profile NAME an.</translation>
    </message>
    <message>
        <source>--client-secret-stdin, --client-secret-env and --timeout belong to oauth login.</source>
        <translation>--client-secret-stdin, --client-secret-env und --timeout gehören zu oauth login.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was removed meanwhile.</source>
        <translation>Das Profil „%1“ wurde inzwischen entfernt.</translation>
    </message>
</context>
<context>
    <name>OAuthServerError</name>
    <message>
        <source>The server refused the access token (%1): it has expired or was revoked (for example after a password change). Sign in with your provider again.</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt (%1): Es ist abgelaufen oder wurde widerrufen (zum Beispiel nach einer Passwortänderung). Melden Sie sich erneut bei Ihrem Anbieter an.</translation>
    </message>
    <message>
        <source>The sign-in did not grant permission to send mail (%1). Sign in again and allow sending mail.</source>
        <translation>Die Anmeldung hat keine Berechtigung zum Senden von E-Mails erteilt (%1). Melden Sie sich erneut an und erlauben Sie das Senden von E-Mails.</translation>
    </message>
    <message>
        <source>The sign-in did not grant permission to send mail (scope %1). Sign in again and allow it.</source>
        <translation>Die Anmeldung hat keine Berechtigung zum Senden von E-Mails erteilt (Bereich %1). Melden Sie sich erneut an und erlauben Sie es.</translation>
    </message>
    <message>
        <source>The token belongs to another account: signed in as %1 but the user name is %2. Use the same address for both.</source>
        <translation>Das Token gehört zu einem anderen Konto: angemeldet als %1, aber der Benutzername ist %2. Verwenden Sie für beides dieselbe Adresse.</translation>
    </message>
    <message>
        <source>The server refused the token for this user name (%1): the token belongs to another account, or the sign-in request was malformed. Check that the user name is the address you signed in with.</source>
        <translation>Der Server hat das Token für diesen Benutzernamen abgelehnt (%1): Das Token gehört zu einem anderen Konto, oder die Anmeldeanfrage war fehlerhaft. Prüfen Sie, ob der Benutzername die Adresse ist, mit der Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <source>The server refused the access token (status %1).</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt (Status %1).</translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <source>The profile.</source>
        <translation>Das Profil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Say which profile with --profile NAME.</source>
        <translation>Geben Sie das Profil mit --profile NAME an.</translation>
    </message>
    <message>
        <source>This looks like an app password shown in groups of four; the spaces were removed.</source>
        <translation>Das sieht nach einem App-Passwort in Vierergruppen aus; die Leerzeichen wurden entfernt.</translation>
    </message>
    <message>
        <source>The password for &quot;%1&quot; was saved in the keyring.</source>
        <translation>Das Passwort für „%1“ wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Give the password to each command on standard input or with --password-env instead.</source>
        <translation>Übergeben Sie das Passwort stattdessen bei jedem Befehl über die Standardeingabe oder mit --password-env.</translation>
    </message>
    <message>
        <source>Any password saved for &quot;%1&quot; was removed from the keyring.</source>
        <translation>Ein für „%1“ gespeichertes Passwort wurde aus dem Schlüsselbund entfernt, falls vorhanden.</translation>
    </message>
    <message>
        <source>No saved password for &quot;%1&quot; was found. (If your keyring is locked, unlock it and try again.)</source>
        <translation>Für „%1“ wurde kein gespeichertes Passwort gefunden. (Ist Ihr Schlüsselbund gesperrt, entsperren Sie ihn und versuchen Sie es erneut.)</translation>
    </message>
    <message>
        <source>password set --profile NAME: saves the password (or key) read from standard input in the system keyring; one trailing line break is removed.
password clear --profile NAME: deletes it from the keyring.
With --imap: the password of the read-back mailbox (the profile&apos;s IMAP user), when that is another account than the one that sends.</source>
        <translation>password set --profile NAME: speichert das von der Standardeingabe gelesene Passwort (oder den Schlüssel) im Schlüsselbund des Systems; ein Zeilenumbruch am Ende wird entfernt.
password clear --profile NAME: löscht es aus dem Schlüsselbund.
Mit --imap: das Passwort des Postfachs zum Zurücklesen (der IMAP-Benutzer des Profils), wenn das ein anderes Konto als das sendende ist.</translation>
    </message>
    <message>
        <source>The read-back mailbox&apos;s own password, not the sending one.</source>
        <translation>Das eigene Passwort des Postfachs zum Zurücklesen, nicht das zum Senden.</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli password set|clear --profile NAME [--imap]</source>
        <translation>Aufruf: sendcheck-cli password set|clear --profile NAME [--imap]</translation>
    </message>
    <message>
        <source>The mailbox password for &quot;%1&quot; was saved in the keyring.</source>
        <translation>Das Postfach-Passwort für „%1“ wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No mailbox password is saved for &quot;%1&quot; any more.</source>
        <translation>Für „%1“ ist kein Postfach-Passwort mehr gespeichert.</translation>
    </message>
</context>
<context>
    <name>PdfModule</name>
    <message>
        <source>The PDF module could not be opened (%1).</source>
        <translation>Das PDF-Modul konnte nicht geöffnet werden (%1).</translation>
    </message>
</context>
<context>
    <name>PracticeCertificate</name>
    <message>
        <source>OpenSSL could not make a key and certificate for the practice server.</source>
        <translation>OpenSSL konnte keinen Schlüssel und kein Zertifikat für den Übungsserver erzeugen.</translation>
    </message>
    <message>
        <source>Qt could not read the certificate OpenSSL made.</source>
        <translation>Qt konnte das von OpenSSL erzeugte Zertifikat nicht lesen.</translation>
    </message>
</context>
<context>
    <name>PracticeCommand</name>
    <message>
        <source>Plain SMTP + STARTTLS address and port (default 127.0.0.1:2525; port 0 = any free port).</source>
        <translation>Adresse und Port für SMTP + STARTTLS (Standard 127.0.0.1:2525; Port 0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>Implicit TLS address and port (default 127.0.0.1:4650; port 0 = any free port).</source>
        <translation>Adresse und Port für implizites TLS (Standard 127.0.0.1:4650; Port 0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>A scenario name; repeat for several. drop-at takes a stage: drop-at=rcpt.</source>
        <translation>Ein Szenarioname; für mehrere wiederholen. drop-at erwartet einen Schritt: drop-at=rcpt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>A scenario script: one &quot;STAGE: CODE ENHANCED text&quot; or &quot;STAGE: drop&quot; per line, # for comments. Stages: %1.</source>
        <translation>Ein Szenario-Skript: pro Zeile &quot;STAGE: CODE ENHANCED text&quot; oder &quot;STAGE: drop&quot;, # leitet Kommentare ein. Schritte: %1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>The lab account&apos;s user name (default practice).</source>
        <translation>Benutzername des Testkontos (Standard: practice).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>benutzer</translation>
    </message>
    <message>
        <source>Read the lab account&apos;s password from this environment variable (never a flag value).</source>
        <translation>Passwort des Testkontos aus dieser Umgebungsvariablen lesen (nie als Optionswert).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>How long greylist-451 defers a sender/recipient pair (default 60).</source>
        <translation>Wie lange greylist-451 ein Paar aus Absender und Empfänger zurückstellt (Standard 60).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Close sessions idle this many seconds (default 300).</source>
        <translation>Sitzungen schließen, die so viele Sekunden untätig sind (Standard 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>List the scenarios and exit.</source>
        <translation>Die Szenarien auflisten und beenden.</translation>
    </message>
    <message>
        <source>Allow a non-loopback listen address. The practice server has a published password and fails on purpose: do not expose it to a network you do not control.</source>
        <translation>Eine Adresse außerhalb von Loopback zum Lauschen erlauben. Der Übungsserver hat ein öffentlich bekanntes Passwort und macht absichtlich Fehler: Machen Sie ihn nicht in einem Netz erreichbar, das Sie nicht kontrollieren.</translation>
    </message>
    <message>
        <source>--greylist-seconds needs a number of seconds.</source>
        <translation>--greylist-seconds erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--listen and --tls-listen take HOST:PORT, as in 127.0.0.1:2525.</source>
        <translation>--listen und --tls-listen erwarten HOST:PORT, zum Beispiel 127.0.0.1:2525.</translation>
    </message>
    <message>
        <source>The practice server listens on loopback addresses only: it has a published password and fails on purpose. Use --allow-remote if you really want it reachable from other machines.</source>
        <translation>Der Übungsserver lauscht nur auf Loopback-Adressen: Er hat ein öffentlich bekanntes Passwort und macht absichtlich Fehler. Verwenden Sie --allow-remote, wenn er wirklich von anderen Rechnern aus erreichbar sein soll.</translation>
    </message>
    <message>
        <source>--listen and --tls-listen must use the same address.</source>
        <translation>--listen und --tls-listen müssen dieselbe Adresse verwenden.</translation>
    </message>
    <message>
        <source>--user and --password-env go together.</source>
        <translation>--user und --password-env gehören zusammen.</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds.</source>
        <translation>--idle-timeout erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>certificate sha256=%1 (%2)</source>
        <translation>certificate sha256=%1 (%2)</translation>
    </message>
    <message>
        <source>scenario %1; account %2</source>
        <translation>scenario %1; account %2</translation>
    </message>
    <message>
        <source>session %1 connect from %2%3</source>
        <translation>session %1 connect from %2%3</translation>
    </message>
    <message>
        <source> (implicit TLS)</source>
        <translation> (implicit TLS)</translation>
    </message>
    <message>
        <source>session %1 auth user=%2</source>
        <translation>session %1 auth user=%2</translation>
    </message>
    <message>
        <source>session %1 message %2 bytes from=&lt;%3&gt; to=%4 tls=%5 id=%6</source>
        <translation>session %1 message %2 bytes from=&lt;%3&gt; to=%4 tls=%5 id=%6</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>saved %1</translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>session %1 close</source>
        <translation>session %1 close</translation>
    </message>
    <message>
        <source>refused %1: too many sessions</source>
        <translation>refused %1: too many sessions</translation>
    </message>
    <message>
        <source>accepting a connection failed: %1</source>
        <translation>Annehmen einer Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stopping</translation>
    </message>
    <message>
        <source>Offer XOAUTH2 and OAUTHBEARER and accept the test token in this environment variable.</source>
        <translation>XOAUTH2 und OAUTHBEARER anbieten und das Test-Token aus dieser Umgebungsvariablen annehmen.</translation>
    </message>
    <message>
        <source>The account the test token belongs to (default: the lab account&apos;s user name).</source>
        <translation>Das Konto, zu dem das Test-Token gehört (Standard: der Benutzername des Übungskontos).</translation>
    </message>
    <message>
        <source>The longest command line accepted, in bytes; a longer one is answered with 500 (default %1).</source>
        <translation>Die längste akzeptierte Befehlszeile in Byte; auf eine längere wird mit 500 geantwortet (Standard %1).</translation>
    </message>
    <message>
        <source>The longest line of message data accepted, in bytes; a message with a longer one is refused with 554 (default %1).</source>
        <translation>Die längste akzeptierte Zeile der Nachrichtendaten in Byte; eine Nachricht mit einer längeren Zeile wird mit 554 abgewiesen (Standard %1).</translation>
    </message>
    <message>
        <source>Sessions open at once; one more is answered with 421 and closed (on the implicit TLS port closed without a reply) (default %1).</source>
        <translation>Gleichzeitig offene Sitzungen; eine weitere wird mit 421 beantwortet und geschlossen (am Port für implizites TLS ohne Antwort geschlossen) (Standard %1).</translation>
    </message>
    <message>
        <source>Sessions open at once from one client address; one more is answered with 421 and closed (default %1; 0 = only --max-sessions).</source>
        <translation>Gleichzeitig offene Sitzungen von einer Client-Adresse; eine weitere wird mit 421 beantwortet und geschlossen (Standard %1; 0 = nur --max-sessions).</translation>
    </message>
    <message>
        <source>How long one session may last, however busy; then 421 and the connection closes (default %1; 0 = no limit).</source>
        <translation>Wie lange eine Sitzung höchstens dauern darf, egal wie aktiv sie ist; danach folgt 421, und die Verbindung wird geschlossen (Standard %1; 0 = keine Grenze).</translation>
    </message>
    <message>
        <source>With --save-dir: messages kept in the folder; beyond it the oldest saved messages are deleted, no message is refused (default %1; 0 = no limit).</source>
        <translation>Mit --save-dir: So viele Nachrichten werden im Ordner behalten; darüber hinaus werden die ältesten gespeicherten Nachrichten gelöscht, keine Nachricht wird abgewiesen (Standard %1; 0 = keine Grenze).</translation>
    </message>
    <message>
        <source>With --save-dir: bytes of messages kept in the folder; beyond it the oldest saved messages are deleted (default %1; 0 = no limit).</source>
        <translation>Mit --save-dir: So viele Byte an Nachrichten werden im Ordner behalten; darüber hinaus werden die ältesten gespeicherten Nachrichten gelöscht (Standard %1; 0 = keine Grenze).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>Save each received message there as an .eml file. The folder and the files are made private to you (0700 and 0600).</source>
        <translation>Jede empfangene Nachricht dort als .eml-Datei speichern. Ordner und Dateien werden nur für Sie lesbar gemacht (0700 und 0600).</translation>
    </message>
    <message>
        <source>The message size limit in bytes, announced as SIZE; more data is answered with 552 (default %1).</source>
        <translation>Die Größengrenze für Nachrichten in Byte, angekündigt als SIZE; auf mehr Daten folgt 552 (Standard %1).</translation>
    </message>
    <message>
        <source>Where the practice certificate is kept (default: the application data folder); made private to you (0700, key and certificate 0600).</source>
        <translation>Wo das Zertifikat des Übungsservers liegt (Standard: der Datenordner des Programms); nur für Sie lesbar (0700, Schlüssel und Zertifikat 0600).</translation>
    </message>
    <message>
        <source>--max-message-size needs a number of bytes.</source>
        <translation>--max-message-size braucht eine Anzahl Byte.</translation>
    </message>
    <message>
        <source>made private %1 (it was open to other users)</source>
        <translation>%1 nur für Sie lesbar gemacht (andere Benutzer konnten es lesen)</translation>
    </message>
    <message>
        <source>note: %1 is shared or another user&apos;s; it is left as it is, and each message saved there is readable by you only</source>
        <translation>Hinweis: %1 ist geteilt oder gehört einem anderen Benutzer; der Ordner bleibt, wie er ist, und jede dort gespeicherte Nachricht ist nur für Sie lesbar</translation>
    </message>
    <message>
        <source>removed %1 (the save folder keeps the newest messages)</source>
        <translation>%1 entfernt (der Speicherordner behält die neuesten Nachrichten)</translation>
    </message>
    <message>
        <source>IMAP + STARTTLS port of the practice mailbox, on the same address (default 1430, or any free port when --listen asks for one).</source>
        <translation>Port für IMAP + STARTTLS des Übungspostfachs, auf derselben Adresse (Standard 1430, oder ein beliebiger freier Port, wenn --listen einen verlangt).</translation>
    </message>
    <message>
        <source>Implicit-TLS IMAP port of the practice mailbox (default 9930, or any free port when --listen asks for one).</source>
        <translation>IMAP-Port mit implizitem TLS des Übungspostfachs (Standard 9930, oder ein beliebiger freier Port, wenn --listen einen verlangt).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>--imap-listen and --imaps-listen take a port number.</source>
        <translation>--imap-listen und --imaps-listen brauchen eine Portnummer.</translation>
    </message>
    <message>
        <source>Runs the practice server: a real SMTP server on this computer that fails on purpose.
Plain SMTP with STARTTLS listens on one port, implicit TLS on another. The lab account is practice / practice unless --user and --password-env are given.
The first line printed is &quot;listening smtp=HOST:PORT tls=HOST:PORT&quot;, the second &quot;listening imap=HOST:PORT imaps=HOST:PORT&quot; (the practice mailbox, where every accepted message lands); then one line per session event. Stop it with Ctrl+C (SIGINT) or SIGTERM.

Scenarios (--scenario, repeatable, several at once):
%1
Example: --scenario greylist-451 --scenario drop-at=rcpt</source>
        <translation>Startet den Übungsserver: einen echten SMTP-Server auf diesem Computer, der absichtlich Fehler macht.
SMTP mit STARTTLS lauscht auf einem Port, implizites TLS auf einem anderen. Das Testkonto ist practice / practice, sofern nicht --user und --password-env angegeben sind.
Die erste ausgegebene Zeile ist &quot;listening smtp=HOST:PORT tls=HOST:PORT&quot;, die zweite &quot;listening imap=HOST:PORT imaps=HOST:PORT&quot; (das Übungspostfach, in dem jede angenommene Nachricht landet); danach folgt eine Zeile pro Sitzungsereignis. Beenden mit Strg+C (SIGINT) oder SIGTERM.

Szenarien (--scenario, mehrfach möglich, auch mehrere gleichzeitig):
%1
Beispiel: --scenario greylist-451 --scenario drop-at=rcpt</translation>
    </message>
</context>
<context>
    <name>PracticePrivateFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private: %2</source>
        <translation>Der Ordner %1 kann nicht privat gemacht werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>Lists the provider presets: the built-in ones and any *.json files in %1, which add presets or replace a built-in one with the same id.</source>
        <translation>Listet die Anbietervorlagen auf: die eingebauten und alle *.json-Dateien in %1, die Vorlagen hinzufügen oder eine eingebaute Vorlage mit derselben ID ersetzen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Preset problem: %1</source>
        <translation>Problem mit einer Vorlage: %1</translation>
    </message>
    <message>
        <source> (+%1 more servers)</source>
        <translation> (+%1 weitere Server)</translation>
    </message>
    <message>
        <source> [check with provider]</source>
        <translation> [beim Anbieter prüfen]</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Port probe of %1: %2 settings tried at once, no password sent, at most %3 s each (%4 ms in all)</source>
        <translation>Portprüfung von %1: %2 Einstellungen gleichzeitig versucht, kein Passwort gesendet, höchstens %3 s je Versuch (insgesamt %4 ms)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>VERSCHLÜSSELUNG</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>  &lt;- recommended</source>
        <translation>  &lt;- empfohlen</translation>
    </message>
    <message>
        <source>Why the others:</source>
        <translation>Warum die anderen nicht:</translation>
    </message>
    <message>
        <source>Recommended: %1 port %2, %3. %4</source>
        <translation>Empfohlen: %1 Port %2, %3. %4</translation>
    </message>
    <message>
        <source>Nothing to recommend: %1</source>
        <translation>Nichts zu empfehlen: %1</translation>
    </message>
    <message>
        <source>The outgoing mail server, e.g. smtp.example.com.</source>
        <translation>Der Postausgangsserver, z. B. smtp.example.com.</translation>
    </message>
    <message>
        <source>Ports to try, comma-separated, each optionally with /tls or /starttls: 465,587 or 465/tls,2525/starttls (default: 465/tls,587/starttls,25/starttls,2525/starttls).</source>
        <translation>Zu versuchende Ports, durch Kommas getrennt, jeweils wahlweise mit /tls oder /starttls: 465,587 oder 465/tls,2525/starttls (Standard: 465/tls,587/starttls,25/starttls,2525/starttls).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust.</source>
        <translation>Zusätzliche CA-Zertifikate (PEM-Datei), denen vertraut wird.</translation>
    </message>
    <message>
        <source>Give up on each attempt after this many seconds (default 10); the whole probe takes no longer.</source>
        <translation>Jeden Versuch nach so vielen Sekunden aufgeben (Standard 10); die ganze Prüfung dauert nicht länger.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also write the result as a report to FILE, in the format its name ends with: .md, .html, .json or .pdf.</source>
        <translation>Das Ergebnis zusätzlich als Bericht in DATEI schreiben, im Format ihrer Endung: .md, .html, .json oder .pdf.</translation>
    </message>
    <message>
        <source>give one server name, e.g. sendcheck-cli probe smtp.example.com.</source>
        <translation>geben Sie einen Servernamen an, z. B. sendcheck-cli probe smtp.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name.</source>
        <translation>„%1“ ist kein Servername.</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 1 to %2.</source>
        <translation>--timeout: „%1“ ist keine Sekundenzahl von 1 bis %2.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file.</source>
        <translation>--ca-file: „%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history (every probe is kept there otherwise, unless SENDCHECK_NO_HISTORY is set).</source>
        <translation>Diesen Lauf nicht im Verlauf speichern (jede Portprüfung wird sonst dort gespeichert, außer SENDCHECK_NO_HISTORY ist gesetzt).</translation>
    </message>
    <message>
        <source>Tries every usual way to reach a mail server at once, without a password: 465 with TLS from the start, 587, 25 and 2525 with STARTTLS (or --ports). For each: whether it connects, what the server says, what TLS gives (version, cipher, certificate), which sign-in methods it offers and what is wrong if it fails. Recommends the best working setting. Nothing but EHLO, STARTTLS and QUIT is sent. Exits with 0 when a setting works.</source>
        <translation>Versucht alle üblichen Wege zu einem Mailserver gleichzeitig, ohne Passwort: 465 mit TLS von Anfang an, 587, 25 und 2525 mit STARTTLS (oder --ports). Für jeden: ob die Verbindung zustande kommt, was der Server sagt, was TLS ergibt (Version, Verschlüsselungsverfahren, Zertifikat), welche Anmeldeverfahren er anbietet und was falsch ist, wenn es scheitert. Empfiehlt die beste funktionierende Einstellung. Es wird nur EHLO, STARTTLS und QUIT gesendet. Endet mit 0, wenn eine Einstellung funktioniert.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation>Anmeldeverfahren:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>Default to:</source>
        <translation>Standardempfänger:</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>EHLO-Name:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Trusted SHA-256:</source>
        <translation>SHA-256 vertraut:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>signing in without encryption is allowed</source>
        <translation>Anmeldung ohne Verschlüsselung ist erlaubt</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;; &apos;sendcheck-cli profile list&apos; shows them.</source>
        <translation>Es gibt kein Profil namens „%1“; &apos;sendcheck-cli profile list&apos; zeigt alle Profile.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &apos;sendcheck-cli profile add NAME --preset ID&apos;.</source>
        <translation>Noch keine Profile. Legen Sie eines an mit &apos;sendcheck-cli profile add NAME --preset ID&apos;.</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Das Profil.</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>A name for the new profile.</source>
        <translation>Ein Name für das neue Profil.</translation>
    </message>
    <message>
        <source>Give the server with --host HOST, or start from a preset with --preset ID (&apos;sendcheck-cli presets&apos; lists them).</source>
        <translation>Geben Sie den Server mit --host HOST an oder beginnen Sie mit einer Vorlage: --preset ID (&apos;sendcheck-cli presets&apos; listet sie auf).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added (%2:%3, %4).</source>
        <translation>Profil „%1“ angelegt (%2:%3, %4).</translation>
    </message>
    <message>
        <source>Give the profile a new name.</source>
        <translation>Dem Profil einen neuen Namen geben.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>The profile to change.</source>
        <translation>Das zu ändernde Profil.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one option (see --help).</source>
        <translation>Nichts zu ändern: Geben Sie mindestens eine Option an (siehe --help).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; updated.</source>
        <translation>Profil „%1“ geändert.</translation>
    </message>
    <message>
        <source>The profile to delete.</source>
        <translation>Das zu löschende Profil.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Any password saved for it was removed from the keyring.</source>
        <translation>Ein dafür gespeichertes Passwort wurde aus dem Schlüsselbund entfernt, falls vorhanden.</translation>
    </message>
    <message>
        <source>Secure storage is unavailable, so a password saved for this profile earlier (if any) could not be removed.</source>
        <translation>Der sichere Passwortspeicher ist nicht verfügbar; ein früher für dieses Profil gespeichertes Passwort (falls vorhanden) konnte daher nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Its password may still be in the keyring (service &quot;%1&quot;, key &quot;%2&quot;).</source>
        <translation>Sein Passwort liegt eventuell noch im Schlüsselbund (Dienst „%1“, Schlüssel „%2“).</translation>
    </message>
    <message>
        <source>Save it under this name.</source>
        <translation>Unter diesem Namen speichern.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A profile file (JSON).</source>
        <translation>Eine Profildatei (JSON).</translation>
    </message>
    <message>
        <source>There is already a profile called &quot;%1&quot;; choose another name with --name.</source>
        <translation>Es gibt bereits ein Profil namens „%1“; wählen Sie mit --name einen anderen Namen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; imported. Its password is not part of the file: set it with &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;.</source>
        <translation>Profil „%1“ importiert. Das Passwort ist nicht in der Datei enthalten: Legen Sie es fest mit &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>Wohin es geschrieben wird.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; written to %2 (without its password).</source>
        <translation>Profil „%1“ nach %2 geschrieben (ohne Passwort).</translation>
    </message>
    <message>
        <source>Unknown profile command &quot;%1&quot;.</source>
        <translation>Unbekannter Profilbefehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli profile list [--json]
       sendcheck-cli profile show NAME [--json]
       sendcheck-cli profile add NAME (--preset ID | --host HOST) [connection options]
       sendcheck-cli profile edit NAME [--rename NEW] [connection options]
       sendcheck-cli profile remove NAME
       sendcheck-cli profile import FILE [--name NAME] [--accept-trust]
       sendcheck-cli profile export NAME FILE

Profiles never contain passwords: use &apos;sendcheck-cli password set --profile NAME&apos;.
&apos;sendcheck-cli profile add --help&apos; lists the connection options.</source>
        <translation>Aufruf: sendcheck-cli profile list [--json]
        sendcheck-cli profile show NAME [--json]
        sendcheck-cli profile add NAME (--preset ID | --host HOST) [Verbindungsoptionen]
        sendcheck-cli profile edit NAME [--rename NEU] [Verbindungsoptionen]
        sendcheck-cli profile remove NAME
        sendcheck-cli profile import FILE [--name NAME] [--accept-trust]
        sendcheck-cli profile export NAME FILE

Profile enthalten nie Passwörter: Verwenden Sie &apos;sendcheck-cli password set --profile NAME&apos;.
&apos;sendcheck-cli profile add --help&apos; listet die Verbindungsoptionen auf.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the &quot;caFile&quot; of %1 (or remove it) and import again.</source>
        <translation>Es wurde nichts importiert. Korrigieren Sie „caFile“ in %1 (oder entfernen Sie es) und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>The profile file %1 asks Sendcheck to:</source>
        <translation>Die Profildatei %1 verlangt von Sendcheck:</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot; with this trust?</source>
        <translation>„%1“ mit diesem Vertrauen importieren?</translation>
    </message>
    <message>
        <source>Nothing was imported. If you trust every item above (compare any fingerprint with the one your administrator gives you), import again with --accept-trust.</source>
        <translation>Es wurde nichts importiert. Wenn Sie allem oben Genannten vertrauen (vergleichen Sie jeden Fingerabdruck mit dem, den Ihnen Ihr Administrator nennt), importieren Sie erneut mit --accept-trust.</translation>
    </message>
    <message>
        <source>Accept what the file asks to trust (certificate pins, no encryption, sign-in without encryption, an extra CA file); without it such a file is refused, or asked about on a terminal.</source>
        <translation>Annehmen, was die Datei an Vertrauen verlangt (Zertifikat-Pins, keine Verschlüsselung, Anmeldung ohne Verschlüsselung, eine zusätzliche CA-Datei); ohne diese Option wird eine solche Datei abgelehnt oder im Terminal nachgefragt.</translation>
    </message>
    <message>
        <source>read-back on</source>
        <translation>Zurücklesen an</translation>
    </message>
    <message>
        <source>read-back off</source>
        <translation>Zurücklesen aus</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>als %1</translation>
    </message>
    <message>
        <source>Read-back mailbox:</source>
        <translation>Postfach zum Zurücklesen:</translation>
    </message>
    <message>
        <source>on: read each sent test message back from the mailbox (the window ticks &quot;Check that it arrived&quot;, an OAuth sign-in asks for mailbox access too); off: do not.</source>
        <translation>on: jede gesendete Testnachricht aus dem Postfach zurücklesen (das Fenster setzt das Häkchen bei „Ankunft prüfen“, eine OAuth-Anmeldung fragt auch nach dem Zugriff auf das Postfach); off: nicht.</translation>
    </message>
    <message>
        <source>The read-back mailbox&apos;s IMAP server (empty: the preset&apos;s, else the SMTP host).</source>
        <translation>Der IMAP-Server des Postfachs zum Zurücklesen (leer: der der Vorlage, sonst der SMTP-Host).</translation>
    </message>
    <message>
        <source>Its IMAP port (empty: the preset&apos;s, else 993; 143 means STARTTLS).</source>
        <translation>Sein IMAP-Port (leer: der der Vorlage, sonst 993; 143 bedeutet STARTTLS).</translation>
    </message>
    <message>
        <source>Its encryption: tls or starttls.</source>
        <translation>Seine Verschlüsselung: tls oder starttls.</translation>
    </message>
    <message>
        <source>Its user name (empty: the SMTP user name and secret; another account needs its password saved with &apos;password set --imap&apos;).</source>
        <translation>Sein Benutzername (leer: SMTP-Benutzername und -Geheimnis; ein anderes Konto braucht sein mit &apos;password set --imap&apos; gespeichertes Passwort).</translation>
    </message>
    <message>
        <source>--read-back takes on or off.</source>
        <translation>--read-back nimmt on oder off.</translation>
    </message>
    <message>
        <source>--imap-host takes a server name.</source>
        <translation>--imap-host nimmt einen Servernamen.</translation>
    </message>
    <message>
        <source>--imap-port takes a number from 1 to 65535.</source>
        <translation>--imap-port nimmt eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--imap-security takes tls or starttls.</source>
        <translation>--imap-security nimmt tls oder starttls.</translation>
    </message>
    <message>
        <source>--imap-user takes a user name without line breaks.</source>
        <translation>--imap-user nimmt einen Benutzernamen ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Trust the mailbox server&apos;s certificate by its SHA-256 fingerprint (64 hex digits, colons allowed), for that server&apos;s name and port only; repeatable; replaces the saved mailbox pins (empty: none).</source>
        <translation>Dem Zertifikat des Postfach-Servers anhand seines SHA-256-Fingerabdrucks vertrauen (64 Hexadezimalziffern, Doppelpunkte erlaubt), nur für Namen und Port dieses Servers; mehrfach angebbar; ersetzt die gespeicherten Postfach-Zertifikate (leer: keine).</translation>
    </message>
    <message>
        <source>--imap-pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint; give 64 hexadecimal digits, with or without colons.</source>
        <translation>--imap-pin-sha256: „%1“ ist kein SHA-256-Fingerabdruck; geben Sie 64 Hexadezimalziffern an, mit oder ohne Doppelpunkte.</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>Your full Gmail or Google Workspace address.</source>
        <translation>Ihre vollständige Gmail- oder Google-Workspace-Adresse.</translation>
    </message>
    <message>
        <source>Google no longer accepts your normal account password from mail programs. Create a 16-character app password (this needs 2-Step Verification) or sign in with Google (OAuth).</source>
        <translation>Google nimmt Ihr normales Kontopasswort von Mailprogrammen nicht mehr an. Erstellen Sie ein App-Passwort mit 16 Zeichen (dafür ist die Bestätigung in zwei Schritten nötig) oder melden Sie sich mit Google an (OAuth).</translation>
    </message>
    <message>
        <source>Google shows app passwords in four groups of four letters. Sendcheck removes the spaces for you.</source>
        <translation>Google zeigt App-Passwörter in vier Gruppen zu je vier Buchstaben. Sendcheck entfernt die Leerzeichen für Sie.</translation>
    </message>
    <message>
        <source>App passwords are not offered to Advanced Protection accounts, and Workspace administrators can switch them off.</source>
        <translation>Konten im Erweiterten Sicherheitsprogramm erhalten keine App-Passwörter, und Workspace-Administratoren können sie abschalten.</translation>
    </message>
    <message>
        <source>A test that stops before the message is sent cannot prove everything: send a test message to yourself.</source>
        <translation>Ein Test, der vor dem Versand der Nachricht endet, kann nicht alles beweisen: Senden Sie sich selbst eine Testnachricht.</translation>
    </message>
    <message>
        <source>Google Workspace: 2,000 messages a day (500 on trial accounts), counted over a rolling 24 hours.</source>
        <translation>Google Workspace: 2.000 Nachrichten am Tag (500 bei Testkonten), gezählt über gleitende 24 Stunden.</translation>
    </message>
    <message>
        <source>At most 100 recipients per message sent through SMTP.</source>
        <translation>Höchstens 100 Empfänger pro Nachricht, die über SMTP gesendet wird.</translation>
    </message>
    <message>
        <source>Personal Gmail: roughly 500 messages or recipients a day (reported by several sources, not by Google).</source>
        <translation>Privates Gmail: etwa 500 Nachrichten oder Empfänger am Tag (von mehreren Quellen berichtet, nicht von Google).</translation>
    </message>
    <message>
        <source>Google: sign in with app passwords</source>
        <translation>Google: mit App-Passwörtern anmelden</translation>
    </message>
    <message>
        <source>Google Workspace sending limits</source>
        <translation>Sendelimits von Google Workspace</translation>
    </message>
    <message>
        <source>Gmail SMTP error codes</source>
        <translation>Gmail-SMTP-Fehlercodes</translation>
    </message>
    <message>
        <source>A Workspace user&apos;s full address (only when signing in; otherwise leave the sign-in method at none).</source>
        <translation>Die vollständige Adresse eines Workspace-Benutzers (nur bei Anmeldung; sonst die Anmeldemethode auf „keine“ lassen).</translation>
    </message>
    <message>
        <source>Only for Google Workspace: an administrator must first turn on the SMTP relay service in the Admin console (Apps &gt; Google Workspace &gt; Gmail &gt; Routing).</source>
        <translation>Nur für Google Workspace: Ein Administrator muss zuerst den SMTP-Relay-Dienst in der Admin-Konsole einschalten (Apps &gt; Google Workspace &gt; Gmail &gt; Routing).</translation>
    </message>
    <message>
        <source>Signing in needs TLS (port 587 with STARTTLS, or 465). Without a sign-in (ports 25, 465 or 587) Google only accepts mail from IP addresses the administrator allowed.</source>
        <translation>Die Anmeldung braucht TLS (Port 587 mit STARTTLS oder 465). Ohne Anmeldung (Ports 25, 465 oder 587) nimmt Google nur Mail von IP-Adressen an, die der Administrator freigegeben hat.</translation>
    </message>
    <message>
        <source>10,000 messages and 10,000 unique recipients per user in 24 hours, counted by envelope sender.</source>
        <translation>10.000 Nachrichten und 10.000 verschiedene Empfänger pro Benutzer in 24 Stunden, gezählt nach Umschlagabsender.</translation>
    </message>
    <message>
        <source>Per organisation: 4.6 million recipients in 24 hours and 319,444 in any 10 minutes.</source>
        <translation>Pro Organisation: 4,6 Millionen Empfänger in 24 Stunden und 319.444 in beliebigen 10 Minuten.</translation>
    </message>
    <message>
        <source>Google: SMTP relay service</source>
        <translation>Google: SMTP-Relay-Dienst</translation>
    </message>
    <message>
        <source>The full address (UPN) of the licensed mailbox that sends.</source>
        <translation>Die vollständige Adresse (UPN) des lizenzierten Postfachs, das sendet.</translation>
    </message>
    <message>
        <source>Never use port 465: Microsoft 365 does not offer it for sign-in submission.</source>
        <translation>Nutzen Sie nie Port 465: Microsoft 365 bietet ihn für den Versand mit Anmeldung nicht an.</translation>
    </message>
    <message>
        <source>Use the server name, not an IP address. TLS 1.2 or newer is required.</source>
        <translation>Verwenden Sie den Servernamen, keine IP-Adresse. TLS 1.2 oder neuer ist Pflicht.</translation>
    </message>
    <message>
        <source>SMTP AUTH must be switched on for the mailbox (or the whole organisation); it is off for organisations created after January 2020, and security defaults or policies blocking legacy sign-in turn it off too.</source>
        <translation>SMTP AUTH muss für das Postfach (oder die ganze Organisation) eingeschaltet sein; für Organisationen, die nach Januar 2020 angelegt wurden, ist es aus, und Sicherheitsstandards oder Richtlinien gegen ältere Anmeldeverfahren schalten es ebenfalls ab.</translation>
    </message>
    <message>
        <source>You can only send as the signed-in mailbox; another From address is refused after the message is sent.</source>
        <translation>Sie können nur als das angemeldete Postfach senden; eine andere Absenderadresse wird erst nach dem Versand der Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Password sign-in is being retired: Microsoft plans to switch it off by default for existing organisations at the end of December 2026. Signing in with Microsoft (OAuth) is the lasting choice.</source>
        <translation>Die Anmeldung mit Passwort läuft aus: Microsoft will sie für bestehende Organisationen Ende Dezember 2026 standardmäßig abschalten. Die Anmeldung mit Microsoft (OAuth) ist die dauerhafte Wahl.</translation>
    </message>
    <message>
        <source>10,000 recipients a day, 30 messages a minute and 500 recipients per message (Exchange Online defaults, reported by secondary sources).</source>
        <translation>10.000 Empfänger am Tag, 30 Nachrichten pro Minute und 500 Empfänger pro Nachricht (Standardwerte von Exchange Online, von Drittquellen berichtet).</translation>
    </message>
    <message>
        <source>Repeating the same error many times can block the mailbox from SMTP sign-in for a while.</source>
        <translation>Wiederholt derselbe Fehler viele Male, kann das Postfach eine Zeit lang für die SMTP-Anmeldung gesperrt werden.</translation>
    </message>
    <message>
        <source>Microsoft: enable SMTP AUTH</source>
        <translation>Microsoft: SMTP AUTH einschalten</translation>
    </message>
    <message>
        <source>Your full Outlook.com, Hotmail or Live address.</source>
        <translation>Ihre vollständige Outlook.com-, Hotmail- oder Live-Adresse.</translation>
    </message>
    <message>
        <source>Microsoft requires Modern Auth (OAuth) for Outlook.com; password sign-in is being withdrawn.</source>
        <translation>Microsoft verlangt für Outlook.com moderne Authentifizierung (OAuth); die Anmeldung mit Passwort wird zurückgezogen.</translation>
    </message>
    <message>
        <source>Some guides say app passwords still work for SMTP; this is not confirmed.</source>
        <translation>Manche Anleitungen sagen, App-Passwörter funktionierten für SMTP noch; das ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>A new sign-in may need your approval on your Microsoft account&apos;s recent activity page.</source>
        <translation>Eine neue Anmeldung muss eventuell auf der Seite „Letzte Aktivitäten“ Ihres Microsoft-Kontos bestätigt werden.</translation>
    </message>
    <message>
        <source>About 300 recipients a day for personal accounts (one third-party source; check with Microsoft).</source>
        <translation>Etwa 300 Empfänger am Tag für private Konten (eine einzelne Drittquelle; bei Microsoft nachfragen).</translation>
    </message>
    <message>
        <source>Your SES SMTP user name (it looks like an access key ID, AKIA...).</source>
        <translation>Ihr SES-SMTP-Benutzername (er sieht aus wie eine Zugriffsschlüssel-ID, AKIA...).</translation>
    </message>
    <message>
        <source>The SMTP password is not your AWS secret access key: create SMTP credentials in the SES console.</source>
        <translation>Das SMTP-Passwort ist nicht Ihr geheimer AWS-Zugriffsschlüssel: Erstellen Sie SMTP-Anmeldedaten in der SES-Konsole.</translation>
    </message>
    <message>
        <source>SMTP credentials only work in the region they were made for; choose the same region here.</source>
        <translation>SMTP-Anmeldedaten gelten nur in der Region, für die sie erstellt wurden; wählen Sie hier dieselbe Region.</translation>
    </message>
    <message>
        <source>New accounts start in the sandbox in each region: mail only goes to verified addresses.</source>
        <translation>Neue Konten beginnen in jeder Region in der Sandbox: Mail geht nur an bestätigte Adressen.</translation>
    </message>
    <message>
        <source>Every sender address or domain must be verified. SES checks this after the message is sent, so a test must send a message.</source>
        <translation>Jede Absenderadresse oder Domain muss bestätigt sein. SES prüft das erst nach dem Versand der Nachricht, daher muss ein Test eine Nachricht senden.</translation>
    </message>
    <message>
        <source>EC2 throttles port 25; use 587 or 465. Encryption is required on every port.</source>
        <translation>EC2 drosselt Port 25; nutzen Sie 587 oder 465. Verschlüsselung ist auf jedem Port Pflicht.</translation>
    </message>
    <message>
        <source>Sandbox: 200 messages in 24 hours and 1 message a second.</source>
        <translation>Sandbox: 200 Nachrichten in 24 Stunden und 1 Nachricht pro Sekunde.</translation>
    </message>
    <message>
        <source>50 recipients per message; up to 40 MB per message after encoding.</source>
        <translation>50 Empfänger pro Nachricht; bis zu 40 MB pro Nachricht nach der Kodierung.</translation>
    </message>
    <message>
        <source>Amazon SES: connecting to the SMTP endpoint</source>
        <translation>Amazon SES: Verbindung zum SMTP-Endpunkt</translation>
    </message>
    <message>
        <source>Amazon SES endpoints by region</source>
        <translation>Amazon-SES-Endpunkte nach Region</translation>
    </message>
    <message>
        <source>Always the word apikey, not the key itself.</source>
        <translation>Immer das Wort apikey, nicht der Schlüssel selbst.</translation>
    </message>
    <message>
        <source>The password is an API key with Mail Send permission.</source>
        <translation>Das Passwort ist ein API-Schlüssel mit der Berechtigung „Mail Send“.</translation>
    </message>
    <message>
        <source>Paste the key without line breaks or spaces: a stray line break makes sign-in fail.</source>
        <translation>Fügen Sie den Schlüssel ohne Zeilenumbrüche und Leerzeichen ein: Ein versehentlicher Zeilenumbruch lässt die Anmeldung scheitern.</translation>
    </message>
    <message>
        <source>The From address must be a verified sender identity.</source>
        <translation>Die Absenderadresse muss eine bestätigte Absenderidentität sein.</translation>
    </message>
    <message>
        <source>Up to 5,000 messages per connection.</source>
        <translation>Bis zu 5.000 Nachrichten pro Verbindung.</translation>
    </message>
    <message>
        <source>SendGrid: integrating with the SMTP API</source>
        <translation>SendGrid: Anbindung über die SMTP-API</translation>
    </message>
    <message>
        <source>The SMTP login of your sending domain, such as postmaster@mg.example.com.</source>
        <translation>Die SMTP-Anmeldung Ihrer Versanddomain, etwa postmaster@mg.example.com.</translation>
    </message>
    <message>
        <source>Choose the region your domain lives in: the US and EU systems are separate.</source>
        <translation>Wählen Sie die Region, in der Ihre Domain liegt: Die Systeme in den USA und der EU sind getrennt.</translation>
    </message>
    <message>
        <source>Use the domain&apos;s SMTP password, not your control panel password.</source>
        <translation>Verwenden Sie das SMTP-Passwort der Domain, nicht das Passwort Ihres Kundenbereichs.</translation>
    </message>
    <message>
        <source>Google Cloud blocks ports 25 and 587 to outside servers; use 2525 there.</source>
        <translation>Google Cloud sperrt die Ports 25 und 587 zu fremden Servern; nutzen Sie dort 2525.</translation>
    </message>
    <message>
        <source>Your Server API Token (the same token goes in the password), or an SMTP token&apos;s Access Key.</source>
        <translation>Ihr Server-API-Token (dasselbe Token kommt ins Passwortfeld) oder der Access Key eines SMTP-Tokens.</translation>
    </message>
    <message>
        <source>With a Server API Token, type the same token as user name and password.</source>
        <translation>Mit einem Server-API-Token geben Sie dasselbe Token als Benutzername und als Passwort ein.</translation>
    </message>
    <message>
        <source>An SMTP token has an Access Key (user name) and a Secret Key (password) for one message stream.</source>
        <translation>Ein SMTP-Token hat einen Access Key (Benutzername) und einen Secret Key (Passwort) für einen Nachrichtenstrom.</translation>
    </message>
    <message>
        <source>The Account API token does not work for SMTP.</source>
        <translation>Das Account-API-Token funktioniert nicht für SMTP.</translation>
    </message>
    <message>
        <source>There is no implicit-TLS port: port 465 is reported to hang.</source>
        <translation>Es gibt keinen Port mit TLS von Anfang an: Port 465 bleibt Berichten zufolge hängen.</translation>
    </message>
    <message>
        <source>The From address must be a confirmed sender signature or on a verified domain.</source>
        <translation>Die Absenderadresse muss eine bestätigte Absendersignatur sein oder zu einer bestätigten Domain gehören.</translation>
    </message>
    <message>
        <source>Postmark: sending email with SMTP</source>
        <translation>Postmark: E-Mails über SMTP senden</translation>
    </message>
    <message>
        <source>An SMTP user from Sending &gt; SMTP Users (not your dashboard login).</source>
        <translation>Ein SMTP-Benutzer aus Sending &gt; SMTP Users (nicht Ihre Anmeldung am Dashboard).</translation>
    </message>
    <message>
        <source>If your network blocks the usual mail ports, try 2525, 8025, 80 or 443.</source>
        <translation>Wenn Ihr Netzwerk die üblichen Mail-Ports sperrt, versuchen Sie 2525, 8025, 80 oder 443.</translation>
    </message>
    <message>
        <source>Senders must be verified under Sending &gt; Verified Senders.</source>
        <translation>Absender müssen unter Sending &gt; Verified Senders bestätigt sein.</translation>
    </message>
    <message>
        <source>SMTP2GO: SMTP relay</source>
        <translation>SMTP2GO: SMTP-Relay</translation>
    </message>
    <message>
        <source>The SMTP login shown under SMTP &amp; API &gt; SMTP.</source>
        <translation>Die SMTP-Anmeldung, die unter SMTP &amp; API &gt; SMTP angezeigt wird.</translation>
    </message>
    <message>
        <source>The password is an SMTP key (it starts with xsmtpsib-), not an API key (xkeysib-).</source>
        <translation>Das Passwort ist ein SMTP-Schlüssel (er beginnt mit xsmtpsib-), kein API-Schlüssel (xkeysib-).</translation>
    </message>
    <message>
        <source>Newer accounts may block SMTP from unknown IP addresses; allow yours under Settings &gt; Security &gt; Authorized IPs.</source>
        <translation>Neuere Konten sperren SMTP von unbekannten IP-Adressen möglicherweise; geben Sie Ihre unter Settings &gt; Security &gt; Authorized IPs frei.</translation>
    </message>
    <message>
        <source>Keys are shown only once when created.</source>
        <translation>Schlüssel werden nur einmal beim Erstellen angezeigt.</translation>
    </message>
    <message>
        <source>Brevo: SMTP relay integration</source>
        <translation>Brevo: Anbindung über SMTP-Relay</translation>
    </message>
    <message>
        <source>Your full Zoho Mail address.</source>
        <translation>Ihre vollständige Zoho-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Pick the data centre your account is in; the wrong one usually gives a sign-in failure.</source>
        <translation>Wählen Sie das Rechenzentrum, in dem Ihr Konto liegt; das falsche führt meist zu einem Anmeldefehler.</translation>
    </message>
    <message>
        <source>If two-factor authentication is on, use an application-specific password.</source>
        <translation>Ist die Zwei-Faktor-Authentifizierung eingeschaltet, verwenden Sie ein anwendungsspezifisches Passwort.</translation>
    </message>
    <message>
        <source>The From address must be your own address or one of its aliases.</source>
        <translation>Die Absenderadresse muss Ihre eigene Adresse oder einer ihrer Aliasse sein.</translation>
    </message>
    <message>
        <source>Whether the free plan allows SMTP at all is disputed; check with Zoho.</source>
        <translation>Ob der kostenlose Tarif SMTP überhaupt erlaubt, ist umstritten; fragen Sie bei Zoho nach.</translation>
    </message>
    <message>
        <source>Your full iCloud address (@icloud.com, @me.com or @mac.com).</source>
        <translation>Ihre vollständige iCloud-Adresse (@icloud.com, @me.com oder @mac.com).</translation>
    </message>
    <message>
        <source>Use an app-specific password made at appleid.apple.com; it needs two-factor authentication.</source>
        <translation>Verwenden Sie ein app-spezifisches Passwort, erstellt auf appleid.apple.com; dafür ist die Zwei-Faktor-Authentifizierung nötig.</translation>
    </message>
    <message>
        <source>1,000 messages and 1,000 recipients a day, 500 recipients per message, 20 MB per message.</source>
        <translation>1.000 Nachrichten und 1.000 Empfänger am Tag, 500 Empfänger pro Nachricht, 20 MB pro Nachricht.</translation>
    </message>
    <message>
        <source>Apple: iCloud Mail sending limits</source>
        <translation>Apple: Sendelimits von iCloud Mail</translation>
    </message>
    <message>
        <source>Your full Yahoo address.</source>
        <translation>Ihre vollständige Yahoo-Adresse.</translation>
    </message>
    <message>
        <source>Generate an app password under Account info &gt; Account security. Your normal password is refused, often with a misleading &quot;too many bad auth attempts&quot; message even on the first try.</source>
        <translation>Erstellen Sie ein App-Passwort unter Kontoinformationen &gt; Kontosicherheit. Ihr normales Passwort wird abgelehnt, oft mit der irreführenden Meldung „too many bad auth attempts“, sogar beim ersten Versuch.</translation>
    </message>
    <message>
        <source>Your full AOL address.</source>
        <translation>Ihre vollständige AOL-Adresse.</translation>
    </message>
    <message>
        <source>AOL mail runs on Yahoo&apos;s systems: use an app password (or OAuth).</source>
        <translation>AOL Mail läuft auf den Systemen von Yahoo: Verwenden Sie ein App-Passwort (oder OAuth).</translation>
    </message>
    <message>
        <source>Your full Fastmail address.</source>
        <translation>Ihre vollständige Fastmail-Adresse.</translation>
    </message>
    <message>
        <source>Fastmail always requires an app password for mail programs, even without two-step verification.</source>
        <translation>Fastmail verlangt für Mailprogramme immer ein App-Passwort, auch ohne Bestätigung in zwei Schritten.</translation>
    </message>
    <message>
        <source>Port 465 with TLS is the official setting; 587 with STARTTLS reportedly works too.</source>
        <translation>Port 465 mit TLS ist die offizielle Einstellung; 587 mit STARTTLS funktioniert Berichten zufolge auch.</translation>
    </message>
    <message>
        <source>Fastmail: server names and ports</source>
        <translation>Fastmail: Servernamen und Ports</translation>
    </message>
    <message>
        <source>Your full GMX address.</source>
        <translation>Ihre vollständige GMX-Adresse.</translation>
    </message>
    <message>
        <source>Allow access by POP3 and IMAP once in your account&apos;s e-mail settings; until then sign-in fails.</source>
        <translation>Erlauben Sie einmalig den Zugriff per POP3 und IMAP in den E-Mail-Einstellungen Ihres Kontos; bis dahin scheitert die Anmeldung.</translation>
    </message>
    <message>
        <source>GMX: switch on POP3 and IMAP</source>
        <translation>GMX: POP3 und IMAP einschalten</translation>
    </message>
    <message>
        <source>The part of your address before the @ (whether the full address also works is not confirmed).</source>
        <translation>Der Teil Ihrer Adresse vor dem @ (ob auch die vollständige Adresse funktioniert, ist nicht bestätigt).</translation>
    </message>
    <message>
        <source>WEB.DE: switch on POP3 and IMAP</source>
        <translation>WEB.DE: POP3 und IMAP einschalten</translation>
    </message>
    <message>
        <source>Usually your full address; ask whoever runs the server.</source>
        <translation>Meist Ihre vollständige Adresse; fragen Sie, wer den Server betreibt.</translation>
    </message>
    <message>
        <source>Use the server name and port your mail administrator or hosting provider gives you.</source>
        <translation>Verwenden Sie Servernamen und Port, die Ihr Mail-Administrator oder Hosting-Anbieter Ihnen nennt.</translation>
    </message>
    <message>
        <source>Port 587 normally uses STARTTLS and port 465 uses TLS from the start; a mismatch usually shows up as a hang or a timeout.</source>
        <translation>Port 587 nutzt normalerweise STARTTLS und Port 465 TLS von Anfang an; eine falsche Kombination zeigt sich meist als Hängen oder Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>Always practice.</source>
        <translation>Immer practice.</translation>
    </message>
    <message>
        <source>A mail server inside Sendcheck for trying every step without a real account. Nothing leaves this computer.</source>
        <translation>Ein Mailserver in Sendcheck, um jeden Schritt ohne echtes Konto auszuprobieren. Nichts verlässt diesen Computer.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>The server sent a reply line of %1 bytes; at most %2 are accepted.</source>
        <translation>Der Server hat eine Antwortzeile mit %1 Byte gesendet; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply (no three-digit code at the start of the line).</source>
        <translation>Der Server hat etwas gesendet, das keine SMTP-Antwort ist (kein dreistelliger Code am Zeilenanfang).</translation>
    </message>
    <message>
        <source>The reply code %1 is not valid: it must start with 2, 3, 4 or 5.</source>
        <translation>Der Antwortcode %1 ist ungültig: Er muss mit 2, 3, 4 oder 5 beginnen.</translation>
    </message>
    <message>
        <source>The reply code is followed by neither a space nor a hyphen.</source>
        <translation>Auf den Antwortcode folgt weder ein Leerzeichen noch ein Bindestrich.</translation>
    </message>
    <message>
        <source>The lines of one reply carry different codes (%1 and %2).</source>
        <translation>Die Zeilen einer Antwort tragen unterschiedliche Codes (%1 und %2).</translation>
    </message>
    <message>
        <source>The reply goes on for more than %1 lines.</source>
        <translation>Die Antwort ist länger als %1 Zeilen.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes a run from the history (&apos;sendcheck-cli history&apos; lists them) as a report: Markdown for a ticket, a self-contained HTML page, JSON, or PDF. Passwords and tokens are never in it; --strict-redaction also hides user names, the local part of e-mail addresses and IP addresses, for sharing outside the company.</source>
        <translation>Schreibt einen Lauf aus dem Verlauf (&apos;sendcheck-cli history&apos; listet sie auf) als Bericht: Markdown für ein Ticket, eine eigenständige HTML-Seite, JSON oder PDF. Passwörter und Tokens stehen nie darin; --strict-redaction verbirgt außerdem Benutzernamen, den lokalen Teil von E-Mail-Adressen und IP-Adressen, zur Weitergabe außerhalb der Firma.</translation>
    </message>
    <message>
        <source>The run&apos;s number.</source>
        <translation>Die Nummer des Laufs.</translation>
    </message>
    <message>
        <source>md, html, json or pdf (default: from the --output file name, else md).</source>
        <translation>md, html, json oder pdf (Standard: nach dem Dateinamen von --output, sonst md).</translation>
    </message>
    <message>
        <source>Write the report to FILE (whole or not at all) instead of standard output. A PDF needs a file.</source>
        <translation>Den Bericht statt auf die Standardausgabe in DATEI schreiben (ganz oder gar nicht). Ein PDF braucht eine Datei.</translation>
    </message>
    <message>
        <source>Also hide user names, address local parts and IP addresses.</source>
        <translation>Auch Benutzernamen, lokale Teile von Adressen und IP-Adressen verbergen.</translation>
    </message>
    <message>
        <source>Give one run number, e.g. sendcheck-cli report 12 --format md (&apos;sendcheck-cli history&apos; lists the runs).</source>
        <translation>Geben Sie eine Laufnummer an, z. B. sendcheck-cli report 12 --format md (&apos;sendcheck-cli history&apos; listet die Läufe auf).</translation>
    </message>
    <message>
        <source>Unknown report format &apos;%1&apos; (use %2).</source>
        <translation>Unbekanntes Berichtsformat „%1“ (möglich: %2).</translation>
    </message>
    <message>
        <source>Cannot tell the format from &apos;%1&apos;: give --format (%2).</source>
        <translation>Das Format von „%1“ ist nicht zu erkennen: Geben Sie --format an (%2).</translation>
    </message>
    <message>
        <source>A PDF is written to a file: give --output FILE.</source>
        <translation>Ein PDF wird in eine Datei geschrieben: Geben Sie --output DATEI an.</translation>
    </message>
    <message>
        <source>Could not write the report to standard output.</source>
        <translation>Der Bericht konnte nicht auf die Standardausgabe geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>RunKeeper</name>
    <message>
        <source>--report: cannot tell the format from &apos;%1&apos;: name the file .md, .html, .json or .pdf.</source>
        <translation>--report: Das Format von „%1“ ist nicht zu erkennen: Benennen Sie die Datei .md, .html, .json oder .pdf.</translation>
    </message>
    <message>
        <source>--report: &apos;%1&apos; is a folder; give a file name.</source>
        <translation>--report: „%1“ ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>--report: the folder &apos;%1&apos; does not exist.</source>
        <translation>--report: Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>--report: cannot write in the folder &apos;%1&apos;.</source>
        <translation>--report: In den Ordner „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>--report: &apos;%1&apos; exists and cannot be overwritten.</source>
        <translation>--report: „%1“ existiert und kann nicht überschrieben werden.</translation>
    </message>
    <message>
        <source>sendcheck-cli %1: warning: this run is not kept in the history. %2</source>
        <translation>sendcheck-cli %1: Warnung: Dieser Lauf wird nicht im Verlauf gespeichert. %2</translation>
    </message>
</context>
<context>
    <name>SaslClient</name>
    <message>
        <source>&lt;user name &quot;%1&quot; and password, hidden&gt;</source>
        <translation>&lt;Benutzername „%1“ und Passwort, verborgen&gt;</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot; and access token, hidden&gt;</source>
        <translation>&lt;Benutzername „%1“ und Zugriffstoken, verborgen&gt;</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in challenge is not valid base64.</source>
        <translation>Die Anmelde-Challenge des Servers ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot;, base64&gt;</source>
        <translation>&lt;Benutzername „%1“, Base64&gt;</translation>
    </message>
    <message>
        <source>&lt;password, hidden&gt;</source>
        <translation>&lt;Passwort, verborgen&gt;</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot; and a keyed digest of the password, hidden&gt;</source>
        <translation>&lt;Benutzername „%1“ und ein mit dem Passwort berechneter Hash, verborgen&gt;</translation>
    </message>
    <message>
        <source>&lt;empty line: acknowledges the error&gt;</source>
        <translation>&lt;leere Zeile: bestätigt den Fehler&gt;</translation>
    </message>
    <message>
        <source>The server sent a sign-in challenge that %1 does not have at this step.</source>
        <translation>Der Server hat eine Anmelde-Challenge gesendet, die es bei %1 an dieser Stelle nicht gibt.</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot;, server %2 port %3 and access token, hidden&gt;</source>
        <translation>&lt;Benutzername „%1“, Server %2, Port %3 und Zugriffstoken, verborgen&gt;</translation>
    </message>
    <message>
        <source>AQ== &lt;a single 0x01 byte: acknowledges the error&gt;</source>
        <translation>AQ== &lt;ein einzelnes 0x01-Byte: bestätigt den Fehler&gt;</translation>
    </message>
    <message>
        <source>The server sent another sign-in challenge after its error instead of a final reply.</source>
        <translation>Der Server hat nach seiner Fehlermeldung eine weitere Anmelde-Rückfrage gesendet statt einer abschließenden Antwort.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Everything succeeds (the default). AUTH is offered with and without TLS, as lab servers often allow.</source>
        <translation>Alles gelingt (Standard). AUTH wird mit und ohne TLS angeboten, wie es Testserver oft erlauben.</translation>
    </message>
    <message>
        <source>Every command before STARTTLS is refused with 530 5.7.0; AUTH is only offered after TLS.</source>
        <translation>Jeder Befehl vor STARTTLS wird mit 530 5.7.0 abgelehnt; AUTH wird erst nach TLS angeboten.</translation>
    </message>
    <message>
        <source>MAIL FROM before a successful AUTH is refused with 530 5.7.0.</source>
        <translation>MAIL FROM vor einem erfolgreichen AUTH wird mit 530 5.7.0 abgelehnt.</translation>
    </message>
    <message>
        <source>The greeting is 421 4.3.2 and the server closes the connection.</source>
        <translation>Die Begrüßung lautet 421 4.3.2, und der Server schließt die Verbindung.</translation>
    </message>
    <message>
        <source>MAIL FROM is answered with 421 4.3.0 and the connection is closed.</source>
        <translation>MAIL FROM wird mit 421 4.3.0 beantwortet, und die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <source>The first RCPT TO for a sender/recipient pair gets 451 4.7.1; a retry after the greylist delay (60 seconds unless set otherwise) is accepted.</source>
        <translation>Das erste RCPT TO für ein Paar aus Absender und Empfänger erhält 451 4.7.1; ein erneuter Versuch nach der Greylisting-Wartezeit (60 Sekunden, sofern nicht anders eingestellt) wird angenommen.</translation>
    </message>
    <message>
        <source>Every AUTH fails with 535 5.7.8 (bad user name or password).</source>
        <translation>Jedes AUTH scheitert mit 535 5.7.8 (falscher Benutzername oder falsches Passwort).</translation>
    </message>
    <message>
        <source>Every AUTH fails with 534 5.7.9: an application-specific password is required.</source>
        <translation>Jedes AUTH scheitert mit 534 5.7.9: Ein anwendungsspezifisches Passwort ist erforderlich.</translation>
    </message>
    <message>
        <source>Every RCPT TO is refused with 550 5.1.1 (unknown user).</source>
        <translation>Jedes RCPT TO wird mit 550 5.1.1 abgelehnt (unbekannter Benutzer).</translation>
    </message>
    <message>
        <source>Every RCPT TO is refused with 554 5.7.1 (relay access denied).</source>
        <translation>Jedes RCPT TO wird mit 554 5.7.1 abgelehnt (Relaying verweigert).</translation>
    </message>
    <message>
        <source>The message is refused after the final dot with 552 5.3.4 (too big).</source>
        <translation>Die Nachricht wird nach dem abschließenden Punkt mit 552 5.3.4 abgelehnt (zu groß).</translation>
    </message>
    <message>
        <source>The message is refused after the final dot with 554 5.7.1 (rejected as spam).</source>
        <translation>Die Nachricht wird nach dem abschließenden Punkt mit 554 5.7.1 abgelehnt (als Spam zurückgewiesen).</translation>
    </message>
    <message>
        <source>Every reply comes after a delay (3 seconds, or slow=MILLISECONDS).</source>
        <translation>Jede Antwort kommt verzögert (3 Sekunden oder slow=MILLISEKUNDEN).</translation>
    </message>
    <message>
        <source>drop-at=STAGE: the connection is closed without a reply at STAGE (connect, banner, ehlo, starttls, auth, mail, rcpt, data, data-end, quit).</source>
        <translation>drop-at=SCHRITT: Die Verbindung wird bei SCHRITT ohne Antwort geschlossen (connect, banner, ehlo, starttls, auth, mail, rcpt, data, data-end, quit).</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;. Known scenarios: %2.</source>
        <translation>Unbekanntes Szenario „%1“. Bekannte Szenarien: %2.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; takes no value.</source>
        <translation>Das Szenario „%1“ nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>greylist-451 needs a number of seconds, as in greylist-451=30.</source>
        <translation>greylist-451 erwartet eine Anzahl Sekunden, zum Beispiel greylist-451=30.</translation>
    </message>
    <message>
        <source>slow needs a delay in milliseconds, as in slow=500.</source>
        <translation>slow erwartet eine Verzögerung in Millisekunden, zum Beispiel slow=500.</translation>
    </message>
    <message>
        <source>drop-at needs a stage, as in drop-at=rcpt. Stages: %1.</source>
        <translation>drop-at erwartet einen Schritt, zum Beispiel drop-at=rcpt. Schritte: %1.</translation>
    </message>
    <message>
        <source>The message is accepted, then filed under Junk in the practice mailbox (read it back over IMAP), with the failing SPF and DMARC results a receiver writes for mail it distrusts.</source>
        <translation>Die Nachricht wird angenommen und dann im Postfach des Übungsservers unter Junk abgelegt (über IMAP zurücklesbar), mit den fehlgeschlagenen SPF- und DMARC-Ergebnissen, die ein Empfänger bei Mail einträgt, der er misstraut.</translation>
    </message>
    <message>
        <source>An open relay: AUTH is not offered and RCPT TO for any domain is taken from anyone (the server check&apos;s open relay test finds it).</source>
        <translation>Ein offenes Relay: AUTH wird nicht angeboten, und RCPT TO für jede Domain wird von jedem angenommen (der Open-Relay-Test der Serverprüfung findet es).</translation>
    </message>
</context>
<context>
    <name>ScenarioScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;STAGE: CODE ENHANCED text&quot; or &quot;STAGE: drop&quot;, as in &quot;rcpt: 550 5.1.1 No such user here&quot;.</source>
        <translation>erwartet wird &quot;STAGE: CODE ENHANCED text&quot; oder &quot;STAGE: drop&quot;, zum Beispiel &quot;rcpt: 550 5.1.1 No such user here&quot;.</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; stages are %2.</source>
        <translation>unbekannter Schritt „%1“; die Schritte sind %2.</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; has no reply; write a code such as 550, or drop.</source>
        <translation>der Schritt „%1“ hat keine Antwort; schreiben Sie einen Code wie 550 oder drop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-digit reply code.</source>
        <translation>„%1“ ist kein dreistelliger Antwortcode.</translation>
    </message>
    <message>
        <source>the code %1 would not make the stage fail; use a 4xx or 5xx code.</source>
        <translation>der Code %1 würde den Schritt nicht scheitern lassen; verwenden Sie einen 4xx- oder 5xx-Code.</translation>
    </message>
    <message>
        <source>the enhanced code %1 does not match the reply code %2 (both must start with the same digit).</source>
        <translation>der erweiterte Code %1 passt nicht zum Antwortcode %2 (beide müssen mit derselben Ziffer beginnen).</translation>
    </message>
    <message>
        <source>%1: cannot read the scenario file: %2</source>
        <translation>%1: Die Szenariodatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: a scenario file larger than 1 MB is not a scenario.</source>
        <translation>%1: Eine Szenariodatei über 1 MB ist kein Szenario.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Use the saved profile NAME; flags given as well override it.</source>
        <translation>Das gespeicherte Profil NAME verwenden; zusätzlich angegebene Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>Read the password (or token) from standard input.</source>
        <translation>Das Passwort (oder Token) von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the password (or token) from the environment variable VAR.</source>
        <translation>Das Passwort (oder Token) aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <source>Copy to ADDR (repeatable).</source>
        <translation>Kopie an ADDR (mehrfach möglich).</translation>
    </message>
    <message>
        <source>The subject line.</source>
        <translation>Der Betreff.</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>Der Nachrichtentext.</translation>
    </message>
    <message>
        <source>Read the message text (UTF-8) from file F.</source>
        <translation>Den Nachrichtentext (UTF-8) aus der Datei F lesen.</translation>
    </message>
    <message>
        <source>Add an HTML version read from file F.</source>
        <translation>Eine HTML-Fassung aus der Datei F hinzufügen.</translation>
    </message>
    <message>
        <source>Attach file F (repeatable).</source>
        <translation>Die Datei F anhängen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Stop after STAGE: connect, banner, ehlo, tls, auth, mail, rcpt or data (data: the server said 354; the connection is closed without sending, so nothing is delivered).</source>
        <translation>Nach STAGE anhalten: connect, banner, ehlo, tls, auth, mail, rcpt oder data (data: Der Server hat 354 geantwortet; die Verbindung wird ohne Senden geschlossen, es wird also nichts zugestellt).</translation>
    </message>
    <message>
        <source>Send N messages (a burst, to find rate limits).</source>
        <translation>N Nachrichten senden (eine Serie, um Ratenlimits zu finden).</translation>
    </message>
    <message>
        <source>Spread a burst over C connections, each reused with RSET.</source>
        <translation>Eine Serie auf C Verbindungen verteilen, jede mit RSET wiederverwendet.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Print only the verdict, not the transcript.</source>
        <translation>Nur das Ergebnis ausgeben, nicht das Protokoll.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>  recipient %1: accepted</source>
        <translation>  Empfänger %1: angenommen</translation>
    </message>
    <message>
        <source>  recipient %1: REFUSED: %2</source>
        <translation>  Empfänger %1: ABGELEHNT: %2</translation>
    </message>
    <message>
        <source>Sent: the server accepted the message</source>
        <translation>Gesendet: Der Server hat die Nachricht angenommen</translation>
    </message>
    <message>
        <source>OK: everything up to &apos;%1&apos; works</source>
        <translation>OK: Alles bis „%1“ funktioniert</translation>
    </message>
    <message>
        <source>✘ Failed at %1 (%2)</source>
        <translation>✘ Fehlgeschlagen bei %1 (%2)</translation>
    </message>
    <message>
        <source>  (the message was still delivered to the accepted recipients)</source>
        <translation>  (die Nachricht wurde den angenommenen Empfängern trotzdem zugestellt)</translation>
    </message>
    <message>
        <source>First failure:</source>
        <translation>Erster Fehler:</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--host is required (or --profile, or --preset).</source>
        <translation>--host ist erforderlich (oder --profile oder --preset).</translation>
    </message>
    <message>
        <source>--quit-after takes one of: %1.</source>
        <translation>--quit-after erwartet einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to 1000000.</source>
        <translation>--count erwartet eine Zahl von 1 bis 1000000.</translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 100.</source>
        <translation>--connections erwartet eine Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <source>--count and --connections send messages; they do not go with --quit-after.</source>
        <translation>--count und --connections senden Nachrichten; sie passen nicht zu --quit-after.</translation>
    </message>
    <message>
        <source>give the secret either on standard input or in an environment variable, not both.</source>
        <translation>übergeben Sie das Geheimnis entweder über die Standardeingabe oder in einer Umgebungsvariablen, nicht beides.</translation>
    </message>
    <message>
        <source>--from is required to send a message.</source>
        <translation>--from ist zum Senden einer Nachricht erforderlich.</translation>
    </message>
    <message>
        <source>--to is required to send a message.</source>
        <translation>--to ist zum Senden einer Nachricht erforderlich.</translation>
    </message>
    <message>
        <source>Sendcheck test message</source>
        <translation>Sendcheck-Testnachricht</translation>
    </message>
    <message>
        <source>give --body or --body-file, not both.</source>
        <translation>geben Sie --body oder --body-file an, nicht beides.</translation>
    </message>
    <message>
        <source>This is a test message from Sendcheck, sent through %1 port %2 from %3 to check the outgoing mail settings.
</source>
        <translation>Dies ist eine Testnachricht von Sendcheck, gesendet über %1, Port %2, von %3, um die Einstellungen für ausgehende E-Mails zu prüfen.
</translation>
    </message>
    <message>
        <source>a password was given but no --user.</source>
        <translation>ein Passwort wurde angegeben, aber kein --user.</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot; (&apos;sendcheck-cli profile list&apos; shows them).</source>
        <translation>Es gibt kein Profil namens „%1“ (&apos;sendcheck-cli profile list&apos; zeigt alle Profile).</translation>
    </message>
    <message>
        <source>--user is set but no password was given: use --password-stdin or --password-env VAR (or a saved profile with &apos;sendcheck-cli password set&apos;).</source>
        <translation>--user ist gesetzt, aber es wurde kein Passwort angegeben: Verwenden Sie --password-stdin oder --password-env VAR (oder ein gespeichertes Profil mit &apos;sendcheck-cli password set&apos;).</translation>
    </message>
    <message>
        <source>No password is saved for &quot;%1&quot; (%2). Save one with &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;, or give it with --password-stdin.</source>
        <translation>Für „%1“ ist kein Passwort gespeichert (%2). Speichern Sie eines mit &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos; oder übergeben Sie es mit --password-stdin.</translation>
    </message>
    <message>
        <source> Give the password with --password-stdin or --password-env instead.</source>
        <translation> Übergeben Sie das Passwort stattdessen mit --password-stdin oder --password-env.</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Wahrscheinliche Ursachen:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>Provider note: </source>
        <translation>Hinweis zum Anbieter: </translation>
    </message>
    <message>
        <source>Reference: </source>
        <translation>Referenz: </translation>
    </message>
    <message>
        <source>Sign in with &apos;sendcheck-cli oauth login --profile &quot;%1&quot;&apos;.</source>
        <translation>Melden Sie sich mit &apos;sendcheck-cli oauth login --profile &quot;%1&quot;&apos; an.</translation>
    </message>
    <message>
        <source>Sends a test message (or tests the connection with --quit-after) and shows every line of the SMTP conversation.

A secret is never a flag value: give it on standard input (--password-stdin), in an environment variable (--password-env VAR), or keep it in the keychain with &apos;sendcheck-cli password set --profile NAME&apos;. With --auth xoauth2 the secret is the OAuth access token. A profile that signs in with OAuth (&apos;sendcheck-cli oauth login&apos;) takes its token from the keyring and renews it when it has expired.

Exit codes: 0 sent (or stopped where asked), 1 other failure, 2 bad usage or input, 3 connect, 4 greeting, 5 EHLO, 6 STARTTLS/TLS, 7 sign-in (also: no usable OAuth sign-in), 8 sender (MAIL FROM), 9 recipient (RCPT TO), 10 message (DATA), 130 cancelled.

Every run is kept in the history (&apos;sendcheck-cli history&apos;; &apos;sendcheck-cli report ID&apos; writes it as a report later) unless --no-history is given or the environment variable SENDCHECK_NO_HISTORY is set. --report FILE writes the report at once; a report that cannot be written makes a successful send exit with 1.</source>
        <translation>Sendet eine Testnachricht (oder testet mit --quit-after nur die Verbindung) und zeigt jede Zeile des SMTP-Dialogs.

Ein Geheimnis ist nie ein Optionswert: Übergeben Sie es über die Standardeingabe (--password-stdin), in einer Umgebungsvariablen (--password-env VAR) oder speichern Sie es mit &apos;sendcheck-cli password set --profile NAME&apos; im Schlüsselbund. Mit --auth xoauth2 ist das Geheimnis das OAuth-Zugriffstoken. Ein Profil, das sich per OAuth anmeldet (&apos;sendcheck-cli oauth login&apos;), nimmt sein Token aus dem Schlüsselbund und erneuert es, wenn es abgelaufen ist.

Exit-Codes: 0 gesendet (oder wie verlangt angehalten), 1 anderer Fehler, 2 falscher Aufruf oder ungültige Eingabe, 3 Verbindung, 4 Begrüßung, 5 EHLO, 6 STARTTLS/TLS, 7 Anmeldung (auch: keine brauchbare OAuth-Anmeldung), 8 Absender (MAIL FROM), 9 Empfänger (RCPT TO), 10 Nachricht (DATA), 130 abgebrochen.

Jeder Lauf wird im Verlauf gespeichert (&apos;sendcheck-cli history&apos;; &apos;sendcheck-cli report ID&apos; schreibt ihn später als Bericht), außer mit --no-history oder wenn die Umgebungsvariable SENDCHECK_NO_HISTORY gesetzt ist. --report DATEI schreibt den Bericht sofort; kann er nicht geschrieben werden, endet ein erfolgreiches Senden mit 1.</translation>
    </message>
    <message>
        <source>Also write the run as a report to FILE, in the format its name ends with: .md (Markdown, for a ticket), .html, .json or .pdf. Passwords and tokens are never in it.</source>
        <translation>Den Lauf außerdem als Bericht in DATEI schreiben, im Format der Dateiendung: .md (Markdown, für ein Ticket), .html, .json oder .pdf. Passwörter und Tokens stehen nie darin.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history (also: environment variable SENDCHECK_NO_HISTORY=1).</source>
        <translation>Diesen Lauf nicht im Verlauf speichern (auch: Umgebungsvariable SENDCHECK_NO_HISTORY=1).</translation>
    </message>
    <message>
        <source>Burst sent: %1</source>
        <translation>Serie gesendet: %1</translation>
    </message>
    <message>
        <source>Burst: %1; first failure: %2</source>
        <translation>Serie: %1; erster Fehler: %2</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>IMAP encryption: tls or starttls.</source>
        <translation>IMAP-Verschlüsselung: tls oder starttls.</translation>
    </message>
    <message>
        <source>Wait up to SECONDS for the message to arrive (default 120, at most 900).</source>
        <translation>Bis zu SECONDS Sekunden warten, bis die Nachricht ankommt (Standard 120, höchstens 900).</translation>
    </message>
    <message>
        <source>--%1 belongs to --read-back.</source>
        <translation>--%1 gehört zu --read-back.</translation>
    </message>
    <message>
        <source>--read-back looks for one sent message; it does not go with --quit-after, --count or --connections.</source>
        <translation>--read-back sucht eine gesendete Nachricht; es passt nicht zu --quit-after, --count oder --connections.</translation>
    </message>
    <message>
        <source>--imap-port takes a number from 1 to 65535.</source>
        <translation>--imap-port erwartet eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>--imap-security takes tls or starttls.</source>
        <translation>--imap-security erwartet tls oder starttls.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to %1.</source>
        <translation>--wait erwartet eine Anzahl Sekunden von 0 bis %1.</translation>
    </message>
    <message>
        <source>Read-back from the mailbox:</source>
        <translation>Zurückgelesen aus dem Postfach:</translation>
    </message>
    <message>
        <source>Looking for the message in %1 on %2:%3 as %4 (up to %5 s)</source>
        <translation>Suche die Nachricht %1 auf %2:%3 als %4 (bis zu %5 s)</translation>
    </message>
    <message>
        <source>Fix: run again with --security tls (and the same --port).</source>
        <translation>Abhilfe: erneut mit --security tls (und demselben --port) ausführen.</translation>
    </message>
    <message>
        <source>Send the prepared message in FILE (RFC 5322, such as an .eml a mail program saved) as it is, header fields included; the envelope comes from --from, --to and --cc (or the profile). Line ends go out as CR LF; nothing else is changed.</source>
        <translation>Die vorbereitete Nachricht in FILE (RFC 5322, etwa eine von einem E-Mail-Programm gespeicherte .eml-Datei) unverändert senden, samt Kopfzeilen; der Umschlag kommt aus --from, --to und --cc (oder dem Profil). Zeilenenden gehen als CR LF hinaus; sonst wird nichts geändert.</translation>
    </message>
    <message>
        <source>Note: %1 has Unix line ends (LF); they go out as CR LF, as SMTP requires. Nothing else in the message is changed.</source>
        <translation>Hinweis: %1 hat Unix-Zeilenenden (LF); sie gehen als CR LF hinaus, wie SMTP es verlangt. Sonst wird an der Nachricht nichts geändert.</translation>
    </message>
    <message>
        <source>--message-file sends the file as it is; it does not go with %1.</source>
        <translation>--message-file sendet die Datei unverändert; es passt nicht zu %1.</translation>
    </message>
    <message>
        <source>--message-file sends one message; it does not go with --count or --connections.</source>
        <translation>--message-file sendet eine Nachricht; es passt nicht zu --count oder --connections.</translation>
    </message>
    <message>
        <source>--read-back looks for a message that Sendcheck wrote; it does not go with --message-file.</source>
        <translation>--read-back sucht eine Nachricht, die Sendcheck geschrieben hat; es passt nicht zu --message-file.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) over %1 in %2 s: %3 accepted, %4 deferred (4xx), %5 rejected (5xx), %6 not sent; %7 messages per second</source>
        <translation>
            <numerusform>%n Nachricht über %1 in %2 s: %3 angenommen, %4 zurückgestellt (4xx), %5 abgelehnt (5xx), %6 nicht gesendet; %7 Nachrichten pro Sekunde</numerusform>
            <numerusform>%n Nachrichten über %1 in %2 s: %3 angenommen, %4 zurückgestellt (4xx), %5 abgelehnt (5xx), %6 nicht gesendet; %7 Nachrichten pro Sekunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox&apos;s IMAP server (default: the profile&apos;s read-back mailbox, else the preset&apos;s, else the SMTP host).</source>
        <translation>Der IMAP-Server des Postfachs (Standard: der des Postfachs zum Zurücklesen im Profil, sonst der der Vorlage, sonst der SMTP-Host).</translation>
    </message>
    <message>
        <source>The IMAP port (default: the profile&apos;s, else the preset&apos;s, else 993; 143 means STARTTLS).</source>
        <translation>Der IMAP-Port (Standard: der des Profils, sonst der der Vorlage, sonst 993; 143 bedeutet STARTTLS).</translation>
    </message>
    <message>
        <source>The mailbox user name (default: the profile&apos;s read-back mailbox user, else the SMTP user name with the same secret; another account uses the mailbox password saved with `password set --imap`).</source>
        <translation>Der Benutzername des Postfachs (Standard: der Benutzer des Postfachs zum Zurücklesen im Profil, sonst der SMTP-Benutzername mit demselben Geheimnis; ein anderes Konto nutzt das mit `password set --imap` gespeicherte Postfach-Passwort).</translation>
    </message>
    <message>
        <source>After a successful send, look for the message in the mailbox over IMAP and show where it landed and how the receiver judged it (a profile with read-back on does this without the flag).</source>
        <translation>Nach erfolgreichem Versand die Nachricht per IMAP im Postfach suchen und zeigen, wo sie gelandet ist und wie der Empfänger sie bewertet hat (ein Profil mit eingeschaltetem Zurücklesen tut das auch ohne diese Option).</translation>
    </message>
    <message>
        <source>Do not read the message back, even though the profile has read-back on.</source>
        <translation>Die Nachricht nicht zurücklesen, auch wenn das Profil das Zurücklesen eingeschaltet hat.</translation>
    </message>
    <message>
        <source>Trust the mailbox server&apos;s certificate by its SHA-256 fingerprint (64 hex digits, colons allowed) for this run; repeatable. Pins saved for the mailbox server with the profile apply as well; the SMTP server&apos;s never do.</source>
        <translation>Dem Zertifikat des Postfach-Servers für diesen Lauf anhand seines SHA-256-Fingerabdrucks vertrauen (64 Hexadezimalziffern, Doppelpunkte erlaubt); mehrfach angebbar. Die im Profil für den Postfach-Server gespeicherten Zertifikate gelten ebenfalls, die des SMTP-Servers nie.</translation>
    </message>
    <message>
        <source>With --read-back, or with a profile that has read-back on, Sendcheck signs in to the mailbox (IMAP, read-only, with the same password or OAuth sign-in, or the mailbox&apos;s own password) after the message was accepted, finds it by its Message-ID within --wait seconds, and reports whether it arrived, in which folder (inbox or junk), after how long, the receiver&apos;s SPF, DKIM, DMARC and ARC results and the hops it took. Read-back exit codes, when the send itself succeeded: 11 not arrived within the wait, 12 the mailbox could not be read, 13 arrived as spam, 130 stopped with Ctrl+C while waiting.</source>
        <translation>Mit --read-back oder mit einem Profil, das das Zurücklesen eingeschaltet hat, meldet sich Sendcheck nach der Annahme der Nachricht am Postfach an (IMAP, nur lesend, mit demselben Passwort oder derselben OAuth-Anmeldung oder mit dem eigenen Passwort des Postfachs), findet sie innerhalb von --wait Sekunden anhand ihrer Message-ID und meldet, ob sie angekommen ist, in welchem Ordner (Posteingang oder Spam), nach welcher Zeit, die SPF-, DKIM-, DMARC- und ARC-Ergebnisse des Empfängers und die Stationen, die sie durchlaufen hat. Exit-Codes des Zurücklesens, wenn der Versand selbst geklappt hat: 11 nicht innerhalb der Wartezeit angekommen, 12 das Postfach konnte nicht gelesen werden, 13 als Spam angekommen, 130 beim Warten mit Strg+C angehalten.</translation>
    </message>
    <message>
        <source>give --read-back or --no-read-back, not both.</source>
        <translation>geben Sie --read-back oder --no-read-back an, nicht beides.</translation>
    </message>
    <message>
        <source>--imap-pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint; give 64 hexadecimal digits, with or without colons.</source>
        <translation>--imap-pin-sha256: „%1“ ist kein SHA-256-Fingerabdruck; geben Sie 64 Hexadezimalziffern an, mit oder ohne Doppelpunkte.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::AutoconfigConfig</name>
    <message>
        <source>not well-formed XML (line %1: %2)</source>
        <translation>kein wohlgeformtes XML (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>not an autoconfig file (no &lt;clientConfig&gt;)</source>
        <translation>keine Autoconfig-Datei (kein &lt;clientConfig&gt;)</translation>
    </message>
    <message>
        <source>no &lt;emailProvider&gt; in the file</source>
        <translation>kein &lt;emailProvider&gt; in der Datei</translation>
    </message>
    <message>
        <source>no usable outgoing (SMTP) server in the file</source>
        <translation>kein brauchbarer Postausgangsserver (SMTP) in der Datei</translation>
    </message>
</context>
<context>
    <name>Sendcheck::AutoconfigFetch</name>
    <message>
        <source>no complete answer within %1 seconds</source>
        <translation>keine vollständige Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>the answer is too large (%1 bytes or more; at most %2 are read)</source>
        <translation>die Antwort ist zu groß (%1 Byte oder mehr; höchstens %2 werden gelesen)</translation>
    </message>
    <message>
        <source>the answer is too large (more than %1 bytes)</source>
        <translation>die Antwort ist zu groß (mehr als %1 Byte)</translation>
    </message>
    <message>
        <source>not there (HTTP %1)</source>
        <translation>nicht vorhanden (HTTP %1)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1): a redirect loop?</source>
        <translation>zu viele Weiterleitungen (mehr als %1): eine Weiterleitungsschleife?</translation>
    </message>
    <message>
        <source>redirected from HTTPS to plain HTTP: refused</source>
        <translation>von HTTPS auf unverschlüsseltes HTTP weitergeleitet: abgelehnt</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>the server name does not exist</source>
        <translation>den Servernamen gibt es nicht</translation>
    </message>
    <message>
        <source>no web server there (connection refused)</source>
        <translation>dort läuft kein Webserver (Verbindung abgewiesen)</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>Sendcheck::BimiRecord</name>
    <message>
        <source>The record must start with v=BIMI1.</source>
        <translation>Der Eintrag muss mit v=BIMI1 beginnen.</translation>
    </message>
    <message>
        <source>The record has no logo (l=).</source>
        <translation>Der Eintrag hat kein Logo (l=).</translation>
    </message>
    <message>
        <source>l=%1 is not an https: address.</source>
        <translation>l=%1 ist keine https:-Adresse.</translation>
    </message>
    <message>
        <source>l=%1 does not name an SVG file; the logo must be SVG Tiny PS.</source>
        <translation>l=%1 nennt keine SVG-Datei; das Logo muss SVG Tiny PS sein.</translation>
    </message>
    <message>
        <source>a=%1 is not an https: address.</source>
        <translation>a=%1 ist keine https:-Adresse.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Blocklist</name>
    <message>
        <source>a return code this list does not document (%1)</source>
        <translation>ein Rückgabecode, den diese Liste nicht dokumentiert (%1)</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CaFile</name>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 is larger than %2 KiB, which no file of CA certificates is; it was not used.</source>
        <translation>Die CA-Datei %1 ist größer als %2 KiB – so groß ist keine Datei mit CA-Zertifikaten. Sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER); it was not used.</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat (PEM oder DER). Sie wurde nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatdetails</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;Nicht vertrauen</translation>
    </message>
    <message>
        <source>Do not trust this certificate</source>
        <translation>Diesem Zertifikat nicht vertrauen</translation>
    </message>
    <message>
        <source>The server %1 showed a certificate that this computer cannot verify. This is what a lab server with its own certificate looks like, and also what an attacker in the middle looks like. Trust it only if you know this is your server&apos;s certificate: compare the SHA-256 fingerprint with the one your administrator gives you. It will be trusted for %1 only, not for any other server or port.</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, das dieser Computer nicht überprüfen kann. So sieht ein Testserver mit eigenem Zertifikat aus – aber auch ein Angreifer, der sich dazwischengeschaltet hat. Vertrauen Sie dem Zertifikat nur, wenn Sie wissen, dass es das Zertifikat Ihres Servers ist: Vergleichen Sie den SHA-256-Fingerabdruck mit dem, den Ihnen Ihr Administrator nennt. Es gilt dann nur für %1, für keinen anderen Server und keinen anderen Port.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>Diesem Zertifikat für %1 &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Diesem Zertifikat für %1 vertrauen</translation>
    </message>
    <message>
        <source>The encryption in use, what did not verify, and each certificate the server showed: who it names, who issued it, how long it is valid and its SHA-256 fingerprint.</source>
        <translation>Die verwendete Verschlüsselung, was sich nicht prüfen ließ, und jedes Zertifikat, das der Server gezeigt hat: wen es nennt, wer es ausgestellt hat, wie lange es gilt und sein SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>Keeps this certificate&apos;s SHA-256 fingerprint in the profile: from then on this certificate is accepted for %1, and only there, although it does not verify.</source>
        <translation>Speichert den SHA-256-Fingerabdruck dieses Zertifikats im Profil: Von da an wird dieses Zertifikat für %1 angenommen, und nur dort, obwohl es sich nicht prüfen lässt.</translation>
    </message>
    <message>
        <source>Closes this dialog and changes nothing: the certificate stays untrusted.</source>
        <translation>Schließt diesen Dialog und ändert nichts: Dem Zertifikat wird weiterhin nicht vertraut.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CommandExplanations</name>
    <message>
        <source>EHLO: the client says hello, gives its name, and asks the server to list the extensions it supports (ESMTP).</source>
        <translation>EHLO: Der Client grüßt, nennt seinen Namen und bittet den Server, die unterstützten Erweiterungen aufzulisten (ESMTP).</translation>
    </message>
    <message>
        <source>HELO: the old hello of plain SMTP; no extensions, so no encryption and no sign-in.</source>
        <translation>HELO: Der alte Gruß aus dem einfachen SMTP; keine Erweiterungen, also keine Verschlüsselung und keine Anmeldung.</translation>
    </message>
    <message>
        <source>STARTTLS: asks the server to switch this connection to TLS encryption; after the handshake the client says EHLO again.</source>
        <translation>STARTTLS: Bittet den Server, diese Verbindung auf TLS-Verschlüsselung umzustellen; nach dem Handshake sendet der Client erneut EHLO.</translation>
    </message>
    <message>
        <source>AUTH: signs in with the chosen method (PLAIN, LOGIN, CRAM-MD5, XOAUTH2). The secret itself is never shown in the transcript.</source>
        <translation>AUTH: Meldet sich mit dem gewählten Verfahren an (PLAIN, LOGIN, CRAM-MD5, XOAUTH2). Das Geheimnis selbst erscheint nie im Protokoll.</translation>
    </message>
    <message>
        <source>MAIL FROM: starts a message and names the envelope sender, where bounces go.</source>
        <translation>MAIL FROM: Beginnt eine Nachricht und nennt den Umschlagabsender, an den Unzustellbarkeitsmeldungen gehen.</translation>
    </message>
    <message>
        <source>RCPT TO: names one recipient; the server accepts or refuses each recipient separately.</source>
        <translation>RCPT TO: Nennt einen Empfänger; der Server nimmt jeden Empfänger einzeln an oder lehnt ihn ab.</translation>
    </message>
    <message>
        <source>DATA: asks to send the message itself; after a 354 answer the headers and body follow.</source>
        <translation>DATA: Kündigt die eigentliche Nachricht an; nach der Antwort 354 folgen Kopfzeilen und Text.</translation>
    </message>
    <message>
        <source>The final dot: a line with only &quot;.&quot; ends the message. The reply to it says whether the server took the message.</source>
        <translation>Der abschließende Punkt: Eine Zeile, die nur „.“ enthält, beendet die Nachricht. Die Antwort darauf zeigt, ob der Server die Nachricht angenommen hat.</translation>
    </message>
    <message>
        <source>QUIT: says goodbye politely; the server answers 221 and closes the connection.</source>
        <translation>QUIT: Verabschiedet sich höflich; der Server antwortet mit 221 und schließt die Verbindung.</translation>
    </message>
    <message>
        <source>RSET: forgets the message being prepared (sender, recipients) but keeps the connection and the sign-in.</source>
        <translation>RSET: Verwirft die begonnene Nachricht (Absender, Empfänger), behält aber Verbindung und Anmeldung.</translation>
    </message>
    <message>
        <source>NOOP: does nothing; checks that the server is still listening.</source>
        <translation>NOOP: Tut nichts; prüft, ob der Server noch zuhört.</translation>
    </message>
    <message>
        <source>VRFY: asks whether a mailbox exists; most servers decline to say, to keep spammers from guessing addresses.</source>
        <translation>VRFY: Fragt, ob ein Postfach existiert; die meisten Server verweigern die Auskunft, damit Spammer keine Adressen erraten können.</translation>
    </message>
    <message>
        <source>EXPN: asks for the members of a mailing list; almost always switched off for privacy.</source>
        <translation>EXPN: Fragt nach den Mitgliedern einer Mailingliste; aus Datenschutzgründen fast immer abgeschaltet.</translation>
    </message>
    <message>
        <source>PIPELINING: the client may send several commands without waiting for each answer, which saves round trips.</source>
        <translation>PIPELINING: Der Client darf mehrere Befehle senden, ohne jede Antwort abzuwarten; das spart Umläufe.</translation>
    </message>
    <message>
        <source>SIZE: the largest message the server accepts, in bytes.</source>
        <translation>SIZE: Die größte Nachricht, die der Server annimmt, in Byte.</translation>
    </message>
    <message>
        <source>8BITMIME: the message may contain 8-bit text, not only 7-bit ASCII.</source>
        <translation>8BITMIME: Die Nachricht darf 8-Bit-Text enthalten, nicht nur 7-Bit-ASCII.</translation>
    </message>
    <message>
        <source>SMTPUTF8: addresses may contain non-ASCII characters (internationalised email).</source>
        <translation>SMTPUTF8: Adressen dürfen Nicht-ASCII-Zeichen enthalten (internationalisierte E-Mail).</translation>
    </message>
    <message>
        <source>ENHANCEDSTATUSCODES: replies carry a detailed code like 5.7.8 that says more exactly what happened.</source>
        <translation>ENHANCEDSTATUSCODES: Antworten enthalten einen genaueren Code wie 5.7.8, der präziser sagt, was passiert ist.</translation>
    </message>
    <message>
        <source>CHUNKING: the message may be sent in sized pieces with BDAT instead of DATA.</source>
        <translation>CHUNKING: Die Nachricht darf mit BDAT statt DATA in Stücken fester Größe gesendet werden.</translation>
    </message>
    <message>
        <source>STARTTLS: the server can switch this connection to encryption.</source>
        <translation>STARTTLS: Der Server kann diese Verbindung auf Verschlüsselung umstellen.</translation>
    </message>
    <message>
        <source>AUTH: the sign-in methods the server accepts on this connection.</source>
        <translation>AUTH: Die Anmeldeverfahren, die der Server auf dieser Verbindung annimmt.</translation>
    </message>
    <message>
        <source>DSN: the client may ask for delivery status notifications.</source>
        <translation>DSN: Der Client darf Zustellbenachrichtigungen anfordern.</translation>
    </message>
    <message>
        <source>220: the server is ready (the greeting, or ready to start TLS).</source>
        <translation>220: Der Server ist bereit (die Begrüßung oder bereit für TLS).</translation>
    </message>
    <message>
        <source>221: the server says goodbye and closes the connection.</source>
        <translation>221: Der Server verabschiedet sich und schließt die Verbindung.</translation>
    </message>
    <message>
        <source>235: signed in.</source>
        <translation>235: angemeldet.</translation>
    </message>
    <message>
        <source>250: done; the command was accepted.</source>
        <translation>250: erledigt; der Befehl wurde angenommen.</translation>
    </message>
    <message>
        <source>%1: accepted; the server will forward or try to deliver.</source>
        <translation>%1: angenommen; der Server leitet weiter oder versucht zuzustellen.</translation>
    </message>
    <message>
        <source>334: the server waits for the next part of the sign-in.</source>
        <translation>334: Der Server wartet auf den nächsten Teil der Anmeldung.</translation>
    </message>
    <message>
        <source>354: go ahead, send the message; end it with a line holding only a dot.</source>
        <translation>354: Bitte senden Sie die Nachricht; beenden Sie sie mit einer Zeile, die nur einen Punkt enthält.</translation>
    </message>
    <message>
        <source>%1: a temporary failure; the same command may work later.</source>
        <translation>%1: ein vorübergehender Fehler; derselbe Befehl kann später funktionieren.</translation>
    </message>
    <message>
        <source>%1: a permanent failure; repeating it unchanged will not help.</source>
        <translation>%1: ein dauerhafter Fehler; ihn unverändert zu wiederholen hilft nicht.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CredentialStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not one Sendcheck issued, so no saved secret is used for it. Import or re-create the profile to give it a new id.</source>
        <translation>Die Profilkennung „%1“ stammt nicht von Sendcheck, daher wird für sie kein gespeichertes Geheimnis verwendet. Importieren Sie das Profil oder legen Sie es neu an, damit es eine neue Kennung bekommt.</translation>
    </message>
    <message>
        <source>The keyring entry &quot;%1&quot; was not written for this profile&apos;s %2, so it was not used. Save the secret again.</source>
        <translation>Der Schlüsselbund-Eintrag „%1“ wurde nicht für %2 dieses Profils gespeichert und daher nicht verwendet. Speichern Sie das Geheimnis erneut.</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>die Anmeldung</translation>
    </message>
    <message>
        <source>password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>mailbox password</source>
        <translation>Postfach-Passwort</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DaneMatch</name>
    <message>
        <source>a certificate of the chain cannot be read</source>
        <translation>ein Zertifikat der Kette lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the TLS library could not check the chain</source>
        <translation>die TLS-Bibliothek konnte die Kette nicht prüfen</translation>
    </message>
    <message>
        <source>the server showed no certificate</source>
        <translation>der Server hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>%1 matches certificate %2 of the chain (%3), but the chain below it does not hold: %4</source>
        <translation>%1 passt zu Zertifikat %2 der Kette (%3), aber die Kette darunter hält nicht: %4</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DaneTlsa</name>
    <message>
        <source>whole certificate</source>
        <translation>ganzes Zertifikat</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>selector %1</source>
        <translation>Selektor %1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>matching type %1</source>
        <translation>Vergleichstyp %1</translation>
    </message>
    <message>
        <source>usage %1 (%2) is ignored by mail servers (RFC 7672 3.1.3); use 3 (DANE-EE) or 2 (DANE-TA)</source>
        <translation>Verwendung %1 (%2) wird von Mailservern ignoriert (RFC 7672 3.1.3); verwenden Sie 3 (DANE-EE) oder 2 (DANE-TA)</translation>
    </message>
    <message>
        <source>usage %1 is not defined</source>
        <translation>Verwendung %1 ist nicht definiert</translation>
    </message>
    <message>
        <source>selector %1 is not defined</source>
        <translation>Selektor %1 ist nicht definiert</translation>
    </message>
    <message>
        <source>matching type %1 is not defined</source>
        <translation>Vergleichstyp %1 ist nicht definiert</translation>
    </message>
    <message>
        <source>a SHA-256 digest has 32 bytes, this one %1</source>
        <translation>ein SHA-256-Hash hat 32 Bytes, dieser %1</translation>
    </message>
    <message>
        <source>a SHA-512 digest has 64 bytes, this one %1</source>
        <translation>ein SHA-512-Hash hat 64 Bytes, dieser %1</translation>
    </message>
    <message>
        <source>the record holds no data</source>
        <translation>der Eintrag enthält keine Daten</translation>
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
        <source>Port %1 starts in plain text and switches to encryption with STARTTLS: set Security to STARTTLS, or keep TLS from the start and change the port to 465.</source>
        <translation>Port %1 beginnt im Klartext und schaltet dann per STARTTLS auf Verschlüsselung um: Stellen Sie „Sicherheit“ auf STARTTLS, oder behalten Sie „TLS von Anfang an“ und ändern Sie den Port auf 465.</translation>
    </message>
    <message>
        <source>The server starts in plain text on this port: set Security to STARTTLS (usually port 587), or keep TLS from the start and change the port to 465.</source>
        <translation>Der Server beginnt auf diesem Port im Klartext: Stellen Sie „Sicherheit“ auf STARTTLS (meist Port 587), oder behalten Sie „TLS von Anfang an“ und ändern Sie den Port auf 465.</translation>
    </message>
    <message>
        <source>Port %1 expects encryption from the first byte: set Security to TLS from the start, or keep STARTTLS and change the port to 587.</source>
        <translation>Port %1 erwartet Verschlüsselung ab dem ersten Byte: Stellen Sie „Sicherheit“ auf „TLS von Anfang an“, oder behalten Sie STARTTLS und ändern Sie den Port auf 587.</translation>
    </message>
    <message>
        <source>The server expects encryption from the first byte on this port: set Security to TLS from the start (usually port 465), or keep STARTTLS and change the port to 587.</source>
        <translation>Der Server erwartet auf diesem Port Verschlüsselung ab dem ersten Byte: Stellen Sie „Sicherheit“ auf „TLS von Anfang an“ (meist Port 465), oder behalten Sie STARTTLS und ändern Sie den Port auf 587.</translation>
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
    <message>
        <source>The server says the access token has expired or was revoked, and Sendcheck could not get a fresh one with the saved sign-in.</source>
        <translation>Laut Server ist das Zugriffstoken abgelaufen oder wurde widerrufen, und Sendcheck konnte mit der gespeicherten Anmeldung kein neues holen.</translation>
    </message>
    <message>
        <source>An access token lasts about an hour, and renewing it with the saved sign-in failed.</source>
        <translation>Ein Zugriffstoken gilt etwa eine Stunde, und die Erneuerung mit der gespeicherten Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The sign-in was withdrawn: a password change, app access removed in the account&apos;s security settings, or an administrator&apos;s decision.</source>
        <translation>Die Anmeldung wurde zurückgezogen: durch eine Passwortänderung, einen in den Sicherheitseinstellungen des Kontos entfernten App-Zugriff oder eine Entscheidung der Administration.</translation>
    </message>
    <message>
        <source>Google ends the sign-ins of an app still in testing after seven days.</source>
        <translation>Google beendet die Anmeldungen einer App, die sich noch im Test befindet, nach sieben Tagen.</translation>
    </message>
    <message>
        <source>Sign in with your provider again.</source>
        <translation>Melden Sie sich erneut bei Ihrem Anbieter an.</translation>
    </message>
    <message>
        <source>If it happens again soon, check in your account&apos;s security settings that Sendcheck still has access.</source>
        <translation>Wenn es bald wieder passiert, prüfen Sie in den Sicherheitseinstellungen Ihres Kontos, ob Sendcheck noch Zugriff hat.</translation>
    </message>
    <message>
        <source>The sign-in worked, but it did not give permission to send mail.</source>
        <translation>Die Anmeldung hat funktioniert, aber keine Berechtigung zum Senden von E-Mails erteilt.</translation>
    </message>
    <message>
        <source>The sign-in worked, but it did not give permission to send mail: the server wants the permission (scope) %1.</source>
        <translation>Die Anmeldung hat funktioniert, aber keine Berechtigung zum Senden von E-Mails erteilt: Der Server verlangt die Berechtigung (Bereich) %1.</translation>
    </message>
    <message>
        <source>The box for sending mail was left unticked on the provider&apos;s consent page.</source>
        <translation>Auf der Zustimmungsseite des Anbieters wurde das Kästchen für das Senden von E-Mails nicht angekreuzt.</translation>
    </message>
    <message>
        <source>The app registration asks for other permissions than the one for mail.</source>
        <translation>Die App-Registrierung fordert andere Berechtigungen an als die für E-Mail.</translation>
    </message>
    <message>
        <source>Sign in again and allow sending mail on the consent page.</source>
        <translation>Melden Sie sich erneut an und erlauben Sie auf der Zustimmungsseite das Senden von E-Mails.</translation>
    </message>
    <message>
        <source>For your own app registration: request the provider&apos;s mail scope (Google: https://mail.google.com/, Microsoft: SMTP.Send).</source>
        <translation>Bei einer eigenen App-Registrierung: Fordern Sie den E-Mail-Bereich des Anbieters an (Google: https://mail.google.com/, Microsoft: SMTP.Send).</translation>
    </message>
    <message>
        <source>The token belongs to another account: signed in as %1 but the user name is %2.</source>
        <translation>Das Token gehört zu einem anderen Konto: angemeldet als %1, aber der Benutzername ist %2.</translation>
    </message>
    <message>
        <source>A different account was chosen on the provider&apos;s sign-in page than the one in the user name.</source>
        <translation>Auf der Anmeldeseite des Anbieters wurde ein anderes Konto gewählt als das im Benutzernamen.</translation>
    </message>
    <message>
        <source>Change the user name to %1, the account you signed in with.</source>
        <translation>Ändern Sie den Benutzernamen in %1, das Konto, mit dem Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <source>Or sign in again and choose the account %1.</source>
        <translation>Oder melden Sie sich erneut an und wählen Sie das Konto %1.</translation>
    </message>
    <message>
        <source>The server refused the token for this user name: the token most likely belongs to another account, or the sign-in request was malformed.</source>
        <translation>Der Server hat das Token für diesen Benutzernamen abgelehnt: Das Token gehört höchstwahrscheinlich zu einem anderen Konto, oder die Anmeldeanfrage war fehlerhaft.</translation>
    </message>
    <message>
        <source>The user name is not the address you signed in with.</source>
        <translation>Der Benutzername ist nicht die Adresse, mit der Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <source>The program sent the sign-in in a form the server does not accept.</source>
        <translation>Das Programm hat die Anmeldung in einer Form gesendet, die der Server nicht annimmt.</translation>
    </message>
    <message>
        <source>Make the user name exactly the address you signed in with.</source>
        <translation>Verwenden Sie als Benutzernamen genau die Adresse, mit der Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <source>Sendcheck is not sure about this one: the reply also fits “%1”. The more likely reading:</source>
        <translation>Hier ist sich Sendcheck nicht sicher: Die Antwort passt auch zu „%1“. Die wahrscheinlichere Deutung:</translation>
    </message>
    <message>
        <source>Sendcheck is not sure about this one: the reply carries only a general code or words that fit many situations. The most common reading:</source>
        <translation>Hier ist sich Sendcheck nicht sicher: Die Antwort enthält nur einen allgemeinen Code oder Worte, die zu vielen Lagen passen. Die häufigste Deutung:</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
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
        <source>Check the port in your provider&apos;s instructions: usually 587 with STARTTLS or 465 with TLS from the start.
If you run the server yourself, check that it is running and listening on this port.</source>
        <comment>net.connection_refused/fixes</comment>
        <translation>Prüfen Sie den Port in der Anleitung Ihres Anbieters: meist 587 mit STARTTLS oder 465 mit „TLS von Anfang an“.
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
    <message>
        <source>other or undefined status</source>
        <comment>detail/x.0.0</comment>
        <translation>sonstiger oder nicht näher bestimmter Status</translation>
    </message>
    <message>
        <source>other address status</source>
        <comment>detail/x.1.0</comment>
        <translation>sonstiger Adressstatus</translation>
    </message>
    <message>
        <source>destination mailbox address ambiguous</source>
        <comment>detail/x.1.4</comment>
        <translation>Empfängeradresse ist mehrdeutig</translation>
    </message>
    <message>
        <source>destination address valid</source>
        <comment>detail/x.1.5</comment>
        <translation>Empfängeradresse gültig</translation>
    </message>
    <message>
        <source>destination mailbox has moved, no forwarding address</source>
        <comment>detail/x.1.6</comment>
        <translation>Empfängerpostfach ist umgezogen, keine Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>message relayed to a mailer that gives no further status (RFC 3886)</source>
        <comment>detail/x.1.9</comment>
        <translation>an ein Mailsystem weitergereicht, das keinen weiteren Status meldet (RFC 3886)</translation>
    </message>
    <message>
        <source>other or undefined mailbox status</source>
        <comment>detail/x.2.0</comment>
        <translation>sonstiger oder nicht näher bestimmter Postfachstatus</translation>
    </message>
    <message>
        <source>mailing list expansion problem</source>
        <comment>detail/x.2.4</comment>
        <translation>Problem beim Auflösen der Verteilerliste</translation>
    </message>
    <message>
        <source>other or undefined mail system status</source>
        <comment>detail/x.3.0</comment>
        <translation>sonstiger oder nicht näher bestimmter Status des Mailsystems</translation>
    </message>
    <message>
        <source>system not capable of the selected features</source>
        <comment>detail/x.3.3</comment>
        <translation>System beherrscht die gewählten Funktionen nicht</translation>
    </message>
    <message>
        <source>requested priority was changed (RFC 6710)</source>
        <comment>detail/x.3.6</comment>
        <translation>angeforderte Priorität wurde geändert (RFC 6710)</translation>
    </message>
    <message>
        <source>other or undefined network or routing status</source>
        <comment>detail/x.4.0</comment>
        <translation>sonstiger oder nicht näher bestimmter Netzwerk- oder Routing-Status</translation>
    </message>
    <message>
        <source>routing loop detected</source>
        <comment>detail/x.4.6</comment>
        <translation>Routing-Schleife erkannt</translation>
    </message>
    <message>
        <source>other or undefined protocol status</source>
        <comment>detail/x.5.0</comment>
        <translation>sonstiger oder nicht näher bestimmter Protokollstatus</translation>
    </message>
    <message>
        <source>wrong protocol version</source>
        <comment>detail/x.5.5</comment>
        <translation>falsche Protokollversion</translation>
    </message>
    <message>
        <source>media not supported</source>
        <comment>detail/x.6.1</comment>
        <translation>Medientyp nicht unterstützt</translation>
    </message>
    <message>
        <source>conversion required and prohibited</source>
        <comment>detail/x.6.2</comment>
        <translation>Umwandlung nötig, aber untersagt</translation>
    </message>
    <message>
        <source>conversion required but not supported</source>
        <comment>detail/x.6.3</comment>
        <translation>Umwandlung nötig, aber nicht möglich</translation>
    </message>
    <message>
        <source>conversion with loss performed</source>
        <comment>detail/x.6.4</comment>
        <translation>Umwandlung mit Verlust durchgeführt</translation>
    </message>
    <message>
        <source>conversion failed</source>
        <comment>detail/x.6.5</comment>
        <translation>Umwandlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>message content not available (RFC 4468)</source>
        <comment>detail/x.6.6</comment>
        <translation>Nachrichteninhalt nicht verfügbar (RFC 4468)</translation>
    </message>
    <message>
        <source>non-ASCII addresses not permitted for that sender or recipient (RFC 6531)</source>
        <comment>detail/x.6.7</comment>
        <translation>Adressen mit Nicht-ASCII-Zeichen für diesen Absender oder Empfänger nicht erlaubt (RFC 6531)</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the client (RFC 6531)</source>
        <comment>detail/x.6.8</comment>
        <translation>eine Antwort mit UTF-8-Text wäre nötig, der Client lässt sie aber nicht zu (RFC 6531)</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients (RFC 6531)</source>
        <comment>detail/x.6.9</comment>
        <translation>Nachricht mit UTF-8-Kopfzeilen kann an einen oder mehrere Empfänger nicht übertragen werden (RFC 6531)</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the client; duplicate of x.6.8 (RFC 6531)</source>
        <comment>detail/x.6.10</comment>
        <translation>eine Antwort mit UTF-8-Text wäre nötig, der Client lässt sie aber nicht zu; Dublette von x.6.8 (RFC 6531)</translation>
    </message>
    <message>
        <source>mail flood detected</source>
        <comment>detail/x.7.28</comment>
        <translation>Mailflut erkannt</translation>
    </message>
    <message>
        <source>ARC validation failure (RFC 8617)</source>
        <comment>detail/x.7.29</comment>
        <translation>ARC-Prüfung fehlgeschlagen (RFC 8617)</translation>
    </message>
    <message>
        <source>REQUIRETLS support required (RFC 8689)</source>
        <comment>detail/x.7.30</comment>
        <translation>REQUIRETLS-Unterstützung erforderlich (RFC 8689)</translation>
    </message>
    <message>
        <source>The recipient only takes mail from certain senders</source>
        <comment>recipient.sender_restricted/title</comment>
        <translation>Der Empfänger nimmt nur Mail von bestimmten Absendern an</translation>
    </message>
    <message>
        <source>The address exists, but it only accepts mail from senders it knows: members of its organisation, signed-in senders, or an approved list. Your settings are fine; the recipient&apos;s side decides.</source>
        <comment>recipient.sender_restricted/summary</comment>
        <translation>Die Adresse gibt es, aber sie nimmt nur Mail von Absendern an, die sie kennt: von Mitgliedern ihrer Organisation, von angemeldeten Absendern oder von einer Liste erlaubter Absender. Ihre Einstellungen sind in Ordnung; die Entscheidung liegt beim Empfänger.</translation>
    </message>
    <message>
        <source>The address is a group or distribution list that only takes mail from its members or from inside its organisation.
The recipient or their administrator keeps a list of allowed senders (or allowed sending servers) and you are not on it.
The recipient has chosen not to receive mail from you.</source>
        <comment>recipient.sender_restricted/causes</comment>
        <translation>Die Adresse ist eine Gruppe oder Verteilerliste, die nur Mail von ihren Mitgliedern oder aus ihrer eigenen Organisation annimmt.
Der Empfänger oder seine Administration führt eine Liste erlaubter Absender (oder erlaubter Mailserver), und Sie stehen nicht darauf.
Der Empfänger möchte keine Mail von Ihnen erhalten.</translation>
    </message>
    <message>
        <source>Ask the recipient, the group&apos;s owner or their mail administrator to allow your address (or your sending server).
If you belong to the recipient&apos;s organisation, send from your account there, signed in.
Reach the recipient another way, and send to a personal address instead of the group.</source>
        <comment>recipient.sender_restricted/fixes</comment>
        <translation>Bitten Sie den Empfänger, den Besitzer der Gruppe oder dessen Mail-Administration, Ihre Adresse (oder Ihren Mailserver) zuzulassen.
Wenn Sie zur Organisation des Empfängers gehören, senden Sie angemeldet von Ihrem Konto dort.
Erreichen Sie den Empfänger auf anderem Weg, und schreiben Sie an eine persönliche Adresse statt an die Gruppe.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.1 (delivery not authorised); Exchange Online 5.7.12, 5.7.124, 5.7.133-5.7.136</source>
        <comment>recipient.sender_restricted/reference</comment>
        <translation>RFC 3463 x.7.1 (Zustellung nicht erlaubt); Exchange Online 5.7.12, 5.7.124, 5.7.133-5.7.136</translation>
    </message>
    <message>
        <source>This setting works</source>
        <comment>probe.works/title</comment>
        <translation>Diese Einstellung funktioniert</translation>
    </message>
    <message>
        <source>The server answered on this port, the connection was encrypted with a certificate that checks out, and the server offers sign-in. Your mail program can use exactly this server, port and encryption.</source>
        <comment>probe.works/summary</comment>
        <translation>Der Server hat auf diesem Port geantwortet, die Verbindung wurde mit einem gültigen, geprüften Zertifikat verschlüsselt, und der Server bietet eine Anmeldung an. Ihr Mailprogramm kann genau diesen Server, diesen Port und diese Verschlüsselung verwenden.</translation>
    </message>
    <message>
        <source>The server greeted, TLS was set up and verified, and the server listed its sign-in methods (AUTH) inside the encrypted connection.</source>
        <comment>probe.works/causes</comment>
        <translation>Der Server hat gegrüßt, TLS wurde aufgebaut und geprüft, und der Server hat innerhalb der verschlüsselten Verbindung seine Anmeldeverfahren (AUTH) genannt.</translation>
    </message>
    <message>
        <source>Use this server, port and encryption in your mail program.
Then sign in with your password (or app password) and send a test message to be sure.</source>
        <comment>probe.works/fixes</comment>
        <translation>Tragen Sie diesen Server, diesen Port und diese Verschlüsselung in Ihr Mailprogramm ein.
Melden Sie sich dann mit Ihrem Passwort (oder App-Passwort) an und senden Sie zur Sicherheit eine Testnachricht.</translation>
    </message>
    <message>
        <source>RFC 8314 section 3.3 (implicit TLS, port 465); RFC 6409 (port 587); RFC 3207 (STARTTLS); RFC 4954 (AUTH)</source>
        <comment>probe.works/reference</comment>
        <translation>RFC 8314 Abschnitt 3.3 (implizites TLS, Port 465); RFC 6409 (Port 587); RFC 3207 (STARTTLS); RFC 4954 (AUTH)</translation>
    </message>
    <message>
        <source>Antivirus or a proxy is reading your mail connection</source>
        <comment>tls.interception/title</comment>
        <translation>Ein Virenschutz oder Proxy liest Ihre Mail-Verbindung mit</translation>
    </message>
    <message>
        <source>The certificate did not come from the mail server: it was made by antivirus software on this computer or by a company firewall. It opens the encrypted connection, reads it, and opens another one to the server. Your password passes through it.</source>
        <comment>tls.interception/summary</comment>
        <translation>Das Zertifikat kam nicht vom Mailserver: ein Virenschutzprogramm auf diesem Computer oder eine Firmen-Firewall hat es erzeugt. Es nimmt die verschlüsselte Verbindung an, liest sie und baut eine zweite zum Server auf. Ihr Passwort geht durch dieses Programm.</translation>
    </message>
    <message>
        <source>An antivirus &quot;mail shield&quot; or &quot;SSL/TLS scanning&quot; (Avast, AVG, Norton, Kaspersky, ESET, Bitdefender) checks outgoing mail.
A company firewall or cloud proxy (Fortinet, Zscaler, Sophos, Palo Alto, Cisco Umbrella, Netskope) inspects encrypted traffic.
The mail program does not trust the product&apos;s own certificate, so the connection fails; or it trusts it, and the product sees everything.</source>
        <comment>tls.interception/causes</comment>
        <translation>Ein „Mail-Schutz“ oder „SSL/TLS-Scan“ eines Virenschutzes (Avast, AVG, Norton, Kaspersky, ESET, Bitdefender) prüft ausgehende Mail.
Eine Firmen-Firewall oder ein Cloud-Proxy (Fortinet, Zscaler, Sophos, Palo Alto, Cisco Umbrella, Netskope) untersucht verschlüsselten Verkehr.
Das Mailprogramm vertraut dem eigenen Zertifikat des Produkts nicht, also scheitert die Verbindung; oder es vertraut ihm, und das Produkt sieht alles.</translation>
    </message>
    <message>
        <source>In the antivirus settings, turn off mail scanning of encrypted connections (&quot;Mail Shield&quot;, &quot;Scan SSL/TLS&quot;, &quot;Encrypted connections&quot;) or add an exception for your mail server.
At work, ask IT to exclude your mail server from TLS inspection.
Do not switch off certificate checks in your mail program to get past this.</source>
        <comment>tls.interception/fixes</comment>
        <translation>Schalten Sie in den Einstellungen des Virenschutzes das Prüfen verschlüsselter Mail-Verbindungen aus („Mail-Schutz“, „SSL/TLS scannen“, „Verschlüsselte Verbindungen“) oder legen Sie eine Ausnahme für Ihren Mailserver an.
Bitten Sie in der Firma die IT, Ihren Mailserver von der TLS-Prüfung auszunehmen.
Schalten Sie nicht die Zertifikatsprüfung in Ihrem Mailprogramm aus, um daran vorbeizukommen.</translation>
    </message>
    <message>
        <source>RFC 8314 section 4.1 (certificate checks for mail); RFC 6125</source>
        <comment>tls.interception/reference</comment>
        <translation>RFC 8314 Abschnitt 4.1 (Zertifikatsprüfung bei Mail); RFC 6125</translation>
    </message>
    <message>
        <source>This port expects TLS from the start</source>
        <comment>net.expects_implicit_tls/title</comment>
        <translation>Dieser Port erwartet TLS von Anfang an</translation>
    </message>
    <message>
        <source>The server never sent its greeting, because it waited for encryption to begin. A second connection proved it: the server answered a TLS handshake at once. Switch Security to TLS from the start.</source>
        <comment>net.expects_implicit_tls/summary</comment>
        <translation>Der Server hat nie seine Begrüßung gesendet, weil er darauf wartete, dass die Verschlüsselung beginnt. Eine zweite Verbindung hat es bewiesen: Der Server beantwortete sofort einen TLS-Handshake. Stellen Sie „Sicherheit“ auf „TLS von Anfang an“.</translation>
    </message>
    <message>
        <source>STARTTLS (or no encryption) was chosen for a port that speaks TLS from the first byte, such as 465.
The provider&apos;s instructions name this port with &quot;SSL/TLS&quot; or &quot;SSL&quot;.</source>
        <comment>net.expects_implicit_tls/causes</comment>
        <translation>Für einen Port, der ab dem ersten Byte TLS spricht (etwa 465), wurde STARTTLS (oder keine Verschlüsselung) gewählt.
Die Anleitung des Anbieters nennt diesen Port mit „SSL/TLS“ oder „SSL“.</translation>
    </message>
    <message>
        <source>Set Security to TLS from the start and keep this port.
Or keep STARTTLS and change the port to 587, if your provider offers it.</source>
        <comment>net.expects_implicit_tls/fixes</comment>
        <translation>Stellen Sie „Sicherheit“ auf „TLS von Anfang an“ und behalten Sie diesen Port.
Oder behalten Sie STARTTLS und ändern Sie den Port auf 587, falls Ihr Anbieter ihn anbietet.</translation>
    </message>
    <message>
        <source>RFC 8314 section 3 (implicit TLS, port 465); RFC 3207 (STARTTLS)</source>
        <comment>net.expects_implicit_tls/reference</comment>
        <translation>RFC 8314, Abschnitt 3 (implizites TLS, Port 465); RFC 3207 (STARTTLS)</translation>
    </message>
    <message>
        <source>This computer seems to be offline or has no DNS</source>
        <comment>net.offline/title</comment>
        <translation>Dieser Computer scheint offline zu sein oder hat kein DNS</translation>
    </message>
    <message>
        <source>The server name could not be looked up, and neither could a well-known name. So the trouble is this computer&apos;s connection, not the server name: nothing is known about the name yet.</source>
        <comment>net.offline/summary</comment>
        <translation>Der Servername ließ sich nicht auflösen, ein bekannter Name ebenso wenig. Das Problem ist also die Verbindung dieses Computers, nicht der Servername: Über den Namen ist noch nichts bekannt.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network (cable, Wi-Fi, flight mode).
The network is connected, but its DNS server does not answer.
A VPN, proxy or firewall blocks name lookups.</source>
        <comment>net.offline/causes</comment>
        <translation>Dieser Computer ist mit keinem Netzwerk verbunden (Kabel, WLAN, Flugmodus).
Das Netzwerk ist verbunden, aber sein DNS-Server antwortet nicht.
Ein VPN, Proxy oder eine Firewall blockiert Namensabfragen.</translation>
    </message>
    <message>
        <source>Check that this computer can open web pages.
Reconnect to the network (or switch flight mode off), then try again.
On a company network or VPN, ask whether outside names are blocked.</source>
        <comment>net.offline/fixes</comment>
        <translation>Prüfen Sie, ob dieser Computer Webseiten öffnen kann.
Verbinden Sie sich erneut mit dem Netzwerk (oder schalten Sie den Flugmodus aus) und versuchen Sie es dann noch einmal.
Fragen Sie in einem Firmennetz oder VPN, ob externe Namen gesperrt sind.</translation>
    </message>
    <message>
        <source>DNS lookup (RFC 1035)</source>
        <comment>net.offline/reference</comment>
        <translation>DNS-Abfrage (RFC 1035)</translation>
    </message>
    <message>
        <source>Amazon SES: not every AWS region has an SMTP endpoint (email-smtp.&lt;region&gt;.amazonaws.com). It listens on 587, 25 and 2587 with STARTTLS and on 465 and 2465 with TLS from the start. EC2 throttles port 25; use 587 or 2587.</source>
        <comment>hint/ses/net</comment>
        <translation>Amazon SES: Nicht jede AWS-Region hat einen SMTP-Endpunkt (email-smtp.&lt;Region&gt;.amazonaws.com). Er lauscht auf 587, 25 und 2587 mit STARTTLS und auf 465 und 2465 mit TLS von Anfang an. EC2 drosselt Port 25; nutzen Sie 587 oder 2587.</translation>
    </message>
    <message>
        <source>Fastmail always needs an app password, never the normal password. The official setting is port 465 with TLS from the start.</source>
        <comment>hint/fastmail/auth</comment>
        <translation>Fastmail verlangt immer ein App-Passwort, nie das normale Passwort. Die offizielle Einstellung ist Port 465 mit TLS von Anfang an.</translation>
    </message>
    <message>
        <source>The two sides started the connection in different ways: one expected encryption from the first byte (TLS from the start, which providers often call SSL/TLS), the other expected plain text first and encryption later (STARTTLS).</source>
        <comment>net.security_mode_mismatch/summary</comment>
        <translation>Die beiden Seiten haben die Verbindung unterschiedlich begonnen: Die eine erwartete Verschlüsselung ab dem ersten Byte (TLS von Anfang an, bei Anbietern oft „SSL/TLS“ genannt), die andere erst Klartext und danach Verschlüsselung (STARTTLS).</translation>
    </message>
    <message>
        <source>TLS from the start was chosen for a STARTTLS port such as 587 or 25.
STARTTLS or no encryption was chosen for a port that expects TLS from the start, such as 465.
A proxy or antivirus on the way changes the connection.</source>
        <comment>net.security_mode_mismatch/causes</comment>
        <translation>TLS von Anfang an wurde für einen STARTTLS-Port wie 587 oder 25 gewählt.
STARTTLS oder keine Verschlüsselung wurde für einen Port gewählt, der TLS von Anfang an erwartet, etwa 465.
Ein Proxy oder Virenscanner unterwegs verändert die Verbindung.</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS, or port 465 with TLS from the start: those are the two pairs that belong together.
Check your provider&apos;s instructions for the port and the security setting.</source>
        <comment>net.security_mode_mismatch/fixes</comment>
        <translation>Verwenden Sie Port 587 mit STARTTLS oder Port 465 mit TLS von Anfang an: Diese beiden Paare gehören zusammen.
Prüfen Sie Port und Sicherheitseinstellung in der Anleitung Ihres Anbieters.</translation>
    </message>
    <message>
        <source>This port expects TLS from the start (465) rather than STARTTLS.
A firewall or antivirus removes STARTTLS from the server&apos;s list.
The server has no certificate set up, or encryption is temporarily unavailable.</source>
        <comment>tls.starttls_unavailable/causes</comment>
        <translation>Dieser Port erwartet TLS von Anfang an (465) statt STARTTLS.
Eine Firewall oder ein Virenscanner entfernt STARTTLS aus der Liste des Servers.
Auf dem Server ist kein Zertifikat eingerichtet, oder die Verschlüsselung ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>Check the port: 587 usually offers STARTTLS; for 465 choose TLS from the start.
Try from another network: if STARTTLS appears there, something on your network removes it.
If you run the server, set up a certificate and enable STARTTLS.</source>
        <comment>tls.starttls_unavailable/fixes</comment>
        <translation>Prüfen Sie den Port: 587 bietet meist STARTTLS; für 465 wählen Sie „TLS von Anfang an“.
Versuchen Sie es über ein anderes Netz: Erscheint STARTTLS dort, entfernt etwas in Ihrem Netz die Option.
Wenn Sie den Server betreiben: Richten Sie ein Zertifikat ein und schalten Sie STARTTLS ein.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS and use port 587.
Or set it to TLS from the start and use port 465.</source>
        <comment>tls.required/fixes</comment>
        <translation>Stellen Sie die Sicherheit auf STARTTLS und verwenden Sie Port 587.
Oder stellen Sie sie auf „TLS von Anfang an“ und verwenden Sie Port 465.</translation>
    </message>
    <message>
        <source>Switch on sign-in and enter the user name (usually the full e-mail address) and the password.
Use port 587 with STARTTLS or 465 with TLS from the start so the sign-in can happen.
A device that cannot sign in needs a relay that accepts it by its IP address instead.</source>
        <comment>auth.required/fixes</comment>
        <translation>Schalten Sie die Anmeldung ein und tragen Sie Benutzernamen (meist die vollständige E-Mail-Adresse) und Passwort ein.
Verwenden Sie Port 587 mit STARTTLS oder 465 mit TLS von Anfang an, damit die Anmeldung stattfinden kann.
Ein Gerät, das sich nicht anmelden kann, braucht stattdessen ein Relay, das es anhand seiner IP-Adresse annimmt.</translation>
    </message>
    <message>
        <source>Switch on STARTTLS (port 587) or TLS from the start (port 465).
Check the server name and port in your provider&apos;s instructions.
If this relay needs no sign-in, remove the user name from the settings.</source>
        <comment>auth.not_offered/fixes</comment>
        <translation>Schalten Sie STARTTLS (Port 587) oder TLS von Anfang an (Port 465) ein.
Prüfen Sie Servername und Port in der Anleitung Ihres Anbieters.
Braucht dieses Relay keine Anmeldung, entfernen Sie den Benutzernamen aus den Einstellungen.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS (port 587) or TLS from the start (port 465).
Only on a lab server you control: allow unencrypted sign-in explicitly in the profile.</source>
        <comment>auth.encryption_required/fixes</comment>
        <translation>Stellen Sie die Sicherheit auf STARTTLS (Port 587) oder „TLS von Anfang an“ (Port 465).
Nur auf einem Testserver unter Ihrer Kontrolle: Erlauben Sie die unverschlüsselte Anmeldung ausdrücklich im Profil.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Discovery</name>
    <message>
        <source>Type an email address, e.g. anna@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, z. B. anna@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address: it needs a name, an @ and a domain, e.g. anna@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Sie braucht einen Namen, ein @ und eine Domain, z. B. anna@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address: it contains a space.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Sie enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address: &apos;%2&apos; is not a domain name.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: „%2“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <source>domain %1, written %2 in DNS (punycode)</source>
        <translation>Domain %1, im DNS %2 geschrieben (Punycode)</translation>
    </message>
    <message>
        <source>offline: only the bundled presets and the ISPDB snapshot of %1</source>
        <translation>offline: nur die mitgelieferten Vorlagen und der ISPDB-Stand vom %1</translation>
    </message>
    <message>
        <source>bundled presets, by domain %1</source>
        <translation>mitgelieferte Vorlagen, nach Domain %1</translation>
    </message>
    <message>
        <source>no preset lists %1</source>
        <translation>keine Vorlage nennt %1</translation>
    </message>
    <message>
        <source>bundled presets, by MX host %1</source>
        <translation>mitgelieferte Vorlagen, nach MX-Host %1</translation>
    </message>
    <message>
        <source>no preset knows the mail host %1</source>
        <translation>keine Vorlage kennt den Mailhost %1</translation>
    </message>
    <message>
        <source>your domain&apos;s mail is hosted by %1</source>
        <translation>die E-Mails Ihrer Domain liegen bei %1</translation>
    </message>
    <message>
        <source>ISPDB snapshot of %1: %2</source>
        <translation>ISPDB-Stand vom %1: %2</translation>
    </message>
    <message>
        <source>%1 (the provider of your mail host)</source>
        <translation>%1 (der Anbieter Ihres Mailhosts)</translation>
    </message>
    <message>
        <source>not in the snapshot (%1 domains)</source>
        <translation>nicht im mitgelieferten Stand (%1 Domains)</translation>
    </message>
    <message>
        <source>null MX (RFC 7505): the domain takes no mail</source>
        <translation>Null-MX (RFC 7505): die Domain nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>the domain does not exist in DNS</source>
        <translation>die Domain gibt es im DNS nicht</translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation>keine MX-Einträge</translation>
    </message>
    <message>
        <source>the file is not a usable autoconfig file: %1</source>
        <translation>die Datei ist keine brauchbare Autoconfig-Datei: %1</translation>
    </message>
    <message>
        <source>(redirected to %1)</source>
        <translation>(weitergeleitet nach %1)</translation>
    </message>
    <message>
        <source>%1: the file is for %2, not for %3; not used without asking</source>
        <translation>%1: die Datei gilt für %2, nicht für %3; wird nicht ohne Nachfrage verwendet</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>keine Domain</translation>
    </message>
    <message>
        <source>%1: came over plain HTTP, so anyone on the way could have changed it; not used without asking</source>
        <translation>%1: kam über unverschlüsseltes HTTP, jeder auf dem Weg hätte sie ändern können; wird nicht ohne Nachfrage verwendet</translation>
    </message>
    <message>
        <source>not tried: HTTPS answered</source>
        <translation>nicht versucht: HTTPS hat geantwortet</translation>
    </message>
    <message>
        <source>not tried: no plain-HTTP test server set (SENDCHECK_AUTOCONFIG_HTTP_URL)</source>
        <translation>nicht versucht: kein HTTP-Testserver gesetzt (SENDCHECK_AUTOCONFIG_HTTP_URL)</translation>
    </message>
    <message>
        <source>target &quot;.&quot;: the domain says this service is not offered</source>
        <translation>Ziel „.“: laut Domain wird dieser Dienst nicht angeboten</translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation>kein SRV-Eintrag</translation>
    </message>
    <message>
        <source>the name exists: a guess, to be tested before use</source>
        <translation>den Namen gibt es: eine Vermutung, vor Gebrauch zu testen</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>diesen Namen gibt es nicht</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DiscoveryCandidate</name>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DiscoveryReport</name>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Servers to try</source>
        <translation>Server zum Ausprobieren</translation>
    </message>
    <message>
        <source>No source gave any settings.</source>
        <translation>Keine Quelle lieferte Einstellungen.</translation>
    </message>
    <message>
        <source>Server settings found: %1, best source first.</source>
        <translation>Gefundene Servereinstellungen: %1, die beste Quelle zuerst.</translation>
    </message>
    <message>
        <source>Ask your mail provider for its outgoing (SMTP) server, or run discovery again online.</source>
        <translation>Fragen Sie Ihren E-Mail-Anbieter nach seinem Postausgangsserver (SMTP), oder suchen Sie noch einmal online.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DiscoveryResult</name>
    <message>
        <source>No recommendation: the address is not valid.</source>
        <translation>Keine Empfehlung: Die Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>No recommendation: no source gave any settings.</source>
        <translation>Keine Empfehlung: Keine Quelle lieferte Einstellungen.</translation>
    </message>
    <message>
        <source>No recommendation: only guesses or untrusted answers; test them before using one.</source>
        <translation>Keine Empfehlung: nur Vermutungen oder nicht vertrauenswürdige Antworten; testen Sie sie, bevor Sie eine verwenden.</translation>
    </message>
    <message>
        <source>%1: TLS from the first byte (RFC 8314 prefers it), from the first trusted source that knows this address.</source>
        <translation>%1: TLS ab dem ersten Byte (RFC 8314 bevorzugt es), aus der ersten vertrauenswürdigen Quelle, die diese Adresse kennt.</translation>
    </message>
    <message>
        <source>%1: STARTTLS, because the first trusted source that knows this address lists no TLS port for this server.</source>
        <translation>%1: STARTTLS, weil die erste vertrauenswürdige Quelle, die diese Adresse kennt, für diesen Server keinen TLS-Port nennt.</translation>
    </message>
    <message>
        <source>%1 works from here: %2</source>
        <translation>%1 funktioniert von hier aus: %2</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DiscoverySource</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Bundled presets</source>
        <translation>Mitgelieferte Vorlagen</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>MX-Einträge</translation>
    </message>
    <message>
        <source>Autoconfig file</source>
        <translation>Autoconfig-Datei</translation>
    </message>
    <message>
        <source>Thunderbird ISPDB</source>
        <translation>Thunderbird-ISPDB</translation>
    </message>
    <message>
        <source>ISPDB snapshot</source>
        <translation>ISPDB-Stand</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>SRV-Eintrag</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Vermutung</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>sucht …</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>nichts gefunden</translation>
    </message>
    <message>
        <source>untrusted (plain HTTP)</source>
        <translation>nicht vertrauenswürdig (unverschlüsseltes HTTP)</translation>
    </message>
    <message>
        <source>for another domain</source>
        <translation>für eine andere Domain</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DkimKey</name>
    <message>
        <source>Syntax error: %1</source>
        <translation>Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>The tag %1= appears twice.</source>
        <translation>Das Tag %1= kommt zweimal vor.</translation>
    </message>
    <message>
        <source>v=DKIM1 must come first.</source>
        <translation>v=DKIM1 muss am Anfang stehen.</translation>
    </message>
    <message>
        <source>v= must be DKIM1, not &apos;%1&apos;.</source>
        <translation>v= muss DKIM1 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>t=y: the key is marked as testing; receivers may treat signed mail as unsigned.</source>
        <translation>t=y: Der Schlüssel ist als Test markiert; Empfangsserver behandeln signierte Mails womöglich wie unsignierte.</translation>
    </message>
    <message>
        <source>h= allows only %1; receivers require sha256 (RFC 8301).</source>
        <translation>h= erlaubt nur %1; Empfangsserver verlangen sha256 (RFC 8301).</translation>
    </message>
    <message>
        <source>s= does not allow email.</source>
        <translation>s= erlaubt email nicht.</translation>
    </message>
    <message>
        <source>The record has no p= (public key) tag.</source>
        <translation>Der Eintrag hat kein Tag p= (öffentlicher Schlüssel).</translation>
    </message>
    <message>
        <source>p= is not valid base64.</source>
        <translation>p= ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>p= is not an Ed25519 public key (32 octets).</source>
        <translation>p= ist kein öffentlicher Ed25519-Schlüssel (32 Oktette).</translation>
    </message>
    <message>
        <source>Unknown key type k=%1.</source>
        <translation>Unbekannter Schlüsseltyp k=%1.</translation>
    </message>
    <message>
        <source>The key is a bare RSA key (PKCS#1), not the SubjectPublicKeyInfo RFC 6376 asks for; some receivers cannot read it.</source>
        <translation>Der Schlüssel ist ein bloßer RSA-Schlüssel (PKCS#1), nicht die SubjectPublicKeyInfo, die RFC 6376 verlangt; manche Empfangsserver können ihn nicht lesen.</translation>
    </message>
    <message>
        <source>p= does not hold a public key OpenSSL can read.</source>
        <translation>p= enthält keinen öffentlichen Schlüssel, den OpenSSL lesen kann.</translation>
    </message>
    <message>
        <source>k=rsa, but the key in p= is not an RSA key.</source>
        <translation>k=rsa, aber der Schlüssel in p= ist kein RSA-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DmarcDiscovery</name>
    <message>
        <source>DNS lookup failed: %1</source>
        <translation>DNS-Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers then apply none of them.</source>
        <translation>%1 hat %2 DMARC-Einträge; Empfangsserver wenden dann keinen davon an.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DmarcRecord</name>
    <message>
        <source>Syntax error: %1</source>
        <translation>Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>The record must start with v=DMARC1.</source>
        <translation>Der Eintrag muss mit v=DMARC1 beginnen.</translation>
    </message>
    <message>
        <source>The tag %1= appears twice.</source>
        <translation>Das Tag %1= kommt zweimal vor.</translation>
    </message>
    <message>
        <source>p= must be none, quarantine or reject, not &apos;%1&apos;.</source>
        <translation>p= muss none, quarantine oder reject sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The record has no p= (policy) tag.</source>
        <translation>Der Eintrag hat kein Tag p= (Richtlinie).</translation>
    </message>
    <message>
        <source>sp= must be none, quarantine or reject, not &apos;%1&apos;.</source>
        <translation>sp= muss none, quarantine oder reject sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>pct= must be a number from 0 to 100, not &apos;%1&apos;.</source>
        <translation>pct= muss eine Zahl von 0 bis 100 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1= must be r (relaxed) or s (strict), not &apos;%2&apos;.</source>
        <translation>%1= muss r (relaxed) oder s (strict) sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>fo= allows 0, 1, d and s, not &apos;%1&apos;.</source>
        <translation>fo= erlaubt 0, 1, d und s, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1= has &apos;%2&apos;, which is not a URI (mailto:...).</source>
        <translation>%1= enthält „%2“; das ist keine URI (mailto:...).</translation>
    </message>
    <message>
        <source>%1= has &apos;%2&apos;, which is not a mail address.</source>
        <translation>%1= enthält „%2“; das ist keine Mailadresse.</translation>
    </message>
    <message>
        <source>p=none without rua=: nobody receives reports, so the record changes nothing and tells you nothing.</source>
        <translation>p=none ohne rua=: Niemand erhält Berichte, der Eintrag ändert also nichts und verrät Ihnen nichts.</translation>
    </message>
    <message>
        <source>pct=%1: the policy applies to only part of the failing mail.</source>
        <translation>pct=%1: Die Richtlinie gilt nur für einen Teil der Mails, die DMARC nicht bestehen.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DnsAnswer</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>the name exists but has no record of this type</source>
        <translation>der Name existiert, hat aber keinen Eintrag dieses Typs</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>der Name existiert nicht</translation>
    </message>
    <message>
        <source>the nameserver reported a failure (SERVFAIL)</source>
        <translation>der Nameserver hat einen Fehler gemeldet (SERVFAIL)</translation>
    </message>
    <message>
        <source>the nameserver refused to answer</source>
        <translation>der Nameserver hat die Antwort verweigert</translation>
    </message>
    <message>
        <source>no answer from the nameserver in time</source>
        <translation>keine rechtzeitige Antwort vom Nameserver</translation>
    </message>
    <message>
        <source>the answer was cut short and could not be read in full</source>
        <translation>die Antwort wurde abgeschnitten und konnte nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>this is not a name that can be looked up</source>
        <translation>das ist kein Name, der abgefragt werden kann</translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation>die Abfrage ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DnsSettings</name>
    <message>
        <source>the system&apos;s nameservers</source>
        <translation>die Nameserver des Systems</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nameserver address: give ADDRESS or ADDRESS:PORT, e.g. 192.0.2.53:53 or [2001:db8::53]:53.</source>
        <translation>„%1“ ist keine Nameserver-Adresse: Geben Sie ADRESSE oder ADRESSE:PORT an, z. B. 192.0.2.53:53 oder [2001:db8::53]:53.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainCheck</name>
    <message>
        <source>Give the domain to check, e.g. example.com.</source>
        <translation>Geben Sie die zu prüfende Domain an, z. B. example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a mail address; give its domain (the part after @).</source>
        <translation>„%1“ ist eine Mailadresse; geben Sie ihre Domain an (den Teil nach dem @).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address; give the domain name you send from.</source>
        <translation>„%1“ ist eine IP-Adresse; geben Sie den Domainnamen an, von dem Sie senden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name: use letters, digits and hyphens, in two or more parts separated by dots, e.g. example.com.</source>
        <translation>„%1“ ist kein Domainname: Verwenden Sie Buchstaben, Ziffern und Bindestriche, in zwei oder mehr durch Punkte getrennten Teilen, z. B. example.com.</translation>
    </message>
    <message>
        <source>%1 has %2 key records; there must be one.</source>
        <translation>%1 hat %2 Schlüsseleinträge; es darf nur einen geben.</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>SPF-Eintrag</translation>
    </message>
    <message>
        <source>The SPF record could not be read: %1</source>
        <translation>Der SPF-Eintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Check that the nameserver answers (and the domain&apos;s DNS hosting works), then run the check again.</source>
        <translation>Prüfen Sie, ob der Nameserver antwortet (und das DNS-Hosting der Domain funktioniert), und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 has no SPF record. Receivers cannot tell which servers may send its mail, and many put such mail in spam.</source>
        <translation>%1 hat keinen SPF-Eintrag. Empfangsserver können nicht erkennen, welche Server ihre Mails senden dürfen, und viele sortieren solche Mails in den Spam.</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1.</source>
        <translation>Veröffentlichen Sie diesen TXT-Eintrag unter %1.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 naming the servers that send its mail, e.g. the include your mail provider gives you: v=spf1 include:&lt;provider&gt; ~all.</source>
        <translation>Veröffentlichen Sie unter %1 einen TXT-Eintrag, der die Server nennt, die ihre Mails senden, z. B. das include, das Ihnen Ihr Mailanbieter nennt: v=spf1 include:&lt;provider&gt; ~all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is not valid, so receivers ignore it (permerror): %2</source>
        <translation>Der SPF-Eintrag von %1 ist ungültig, daher ignorieren Empfangsserver ihn (permerror): %2</translation>
    </message>
    <message>
        <source>Fix the record: there must be exactly one TXT record starting with v=spf1, and every term in it must be valid.</source>
        <translation>Korrigieren Sie den Eintrag: Es muss genau einen TXT-Eintrag geben, der mit v=spf1 beginnt, und jeder Term darin muss gültig sein.</translation>
    </message>
    <message>
        <source>%1 has one valid SPF record: %2</source>
        <translation>%1 hat einen gültigen SPF-Eintrag: %2</translation>
    </message>
    <message>
        <source>SPF includes</source>
        <translation>SPF-includes</translation>
    </message>
    <message>
        <source>A record reached through include or redirect is broken, so receivers get a permanent error: %1</source>
        <translation>Ein über include oder redirect erreichter Eintrag ist fehlerhaft, daher erhalten Empfangsserver einen permanenten Fehler: %1</translation>
    </message>
    <message>
        <source>Remove or correct the include; the provider&apos;s documentation gives the current name.</source>
        <translation>Entfernen oder korrigieren Sie das include; die Dokumentation des Anbieters nennt den aktuellen Namen.</translation>
    </message>
    <message>
        <source>Not every included record could be read: %1</source>
        <translation>Nicht jeder eingebundene Eintrag konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run the check again; if it stays, the included domain&apos;s DNS is failing.</source>
        <translation>Führen Sie die Prüfung erneut aus; bleibt der Fehler bestehen, funktioniert das DNS der eingebundenen Domain nicht.</translation>
    </message>
    <message>
        <source>Every included record was found and is valid.</source>
        <translation>Jeder eingebundene Eintrag wurde gefunden und ist gültig.</translation>
    </message>
    <message>
        <source>SPF DNS lookups</source>
        <translation>SPF-DNS-Abfragen</translation>
    </message>
    <message>
        <source>Checking this record takes %1 DNS lookups (include, a, mx, ptr, exists, redirect); receivers stop at %2 and treat SPF as broken (permerror).</source>
        <translation>Die Prüfung dieses Eintrags braucht %1 DNS-Abfragen (include, a, mx, ptr, exists, redirect); Empfangsserver hören bei %2 auf und behandeln SPF als fehlerhaft (permerror).</translation>
    </message>
    <message>
        <source>Drop includes of services you no longer use, replace a and mx by ip4:/ip6: ranges, or ask your providers for a flattened include.</source>
        <translation>Entfernen Sie includes von Diensten, die Sie nicht mehr nutzen, ersetzen Sie a und mx durch ip4:/ip6:-Bereiche, oder bitten Sie Ihre Anbieter um ein abgeflachtes include.</translation>
    </message>
    <message>
        <source>%1 of the record&apos;s lookups find nothing; receivers allow %2 and then treat SPF as broken.</source>
        <translation>%1 der Abfragen des Eintrags finden nichts; Empfangsserver erlauben %2 und behandeln SPF dann als fehlerhaft.</translation>
    </message>
    <message>
        <source>Remove the terms that name domains without records.</source>
        <translation>Entfernen Sie die Terme, die Domains ohne Einträge nennen.</translation>
    </message>
    <message>
        <source>The record needs %1 of the %2 DNS lookups allowed: one more include breaks it.</source>
        <translation>Der Eintrag braucht %1 der %2 erlaubten DNS-Abfragen: Ein weiteres include macht ihn ungültig.</translation>
    </message>
    <message>
        <source>Make room before adding another provider: drop unused includes.</source>
        <translation>Schaffen Sie Platz, bevor Sie einen weiteren Anbieter hinzufügen: Entfernen Sie ungenutzte includes.</translation>
    </message>
    <message>
        <source>The record needs %1 of the %2 DNS lookups allowed.</source>
        <translation>Der Eintrag braucht %1 der %2 erlaubten DNS-Abfragen.</translation>
    </message>
    <message>
        <source>SPF default</source>
        <translation>SPF-Standardergebnis</translation>
    </message>
    <message>
        <source>The record hands the decision to another domain (redirect=).</source>
        <translation>Der Eintrag überlässt die Entscheidung einer anderen Domain (redirect=).</translation>
    </message>
    <message>
        <source>The record does not say what to do with mail from other servers (no ~all or -all), so forged mail gets a neutral result.</source>
        <translation>Der Eintrag legt nicht fest, was mit Mails von anderen Servern geschehen soll (kein ~all oder -all), daher erhalten gefälschte Mails ein neutrales Ergebnis.</translation>
    </message>
    <message>
        <source>End the record with ~all (or -all once you are sure every sender is listed).</source>
        <translation>Beenden Sie den Eintrag mit ~all (oder mit -all, sobald Sie sicher sind, dass jeder Absender aufgeführt ist).</translation>
    </message>
    <message>
        <source>The record ends in +all: every server in the world may send as %1.</source>
        <translation>Der Eintrag endet auf +all: Jeder Server der Welt darf als %1 senden.</translation>
    </message>
    <message>
        <source>Replace +all by ~all.</source>
        <translation>Ersetzen Sie +all durch ~all.</translation>
    </message>
    <message>
        <source>Mail from servers not listed fails SPF (-all).</source>
        <translation>Mails von nicht aufgeführten Servern bestehen SPF nicht (-all).</translation>
    </message>
    <message>
        <source>Mail from servers not listed gets a soft fail (~all).</source>
        <translation>Mails von nicht aufgeführten Servern erhalten einen Softfail (~all).</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>SPF für %1</translation>
    </message>
    <message>
        <source>%1 may send for %2 (SPF pass).</source>
        <translation>%1 darf für %2 senden (SPF pass).</translation>
    </message>
    <message>
        <source>%1 is not allowed to send for %2 (SPF fail); receivers may reject the mail.</source>
        <translation>%1 darf nicht für %2 senden (SPF fail); Empfangsserver weisen die Mail womöglich ab.</translation>
    </message>
    <message>
        <source>The domain explains: %1</source>
        <translation>Die Domain erklärt: %1</translation>
    </message>
    <message>
        <source>Add the server to the SPF record of %1 (its provider&apos;s include, or ip4:/ip6: with its address).</source>
        <translation>Fügen Sie den Server zum SPF-Eintrag von %1 hinzu (das include seines Anbieters oder ip4:/ip6: mit seiner Adresse).</translation>
    </message>
    <message>
        <source>SPF does not vouch for %1 sending for %2 (%3): the mail counts as unauthenticated unless DKIM passes.</source>
        <translation>SPF bestätigt nicht, dass %1 für %2 senden darf (%3): Die Mail gilt als nicht authentifiziert, sofern DKIM nicht besteht.</translation>
    </message>
    <message>
        <source>Add the server to the SPF record of %1.</source>
        <translation>Fügen Sie den Server zum SPF-Eintrag von %1 hinzu.</translation>
    </message>
    <message>
        <source>SPF is broken for %1 (permerror): %2</source>
        <translation>SPF ist für %1 fehlerhaft (permerror): %2</translation>
    </message>
    <message>
        <source>Fix the SPF record; receivers treat a broken one like none, or worse.</source>
        <translation>Korrigieren Sie den SPF-Eintrag; Empfangsserver behandeln einen fehlerhaften wie keinen oder schlechter.</translation>
    </message>
    <message>
        <source>SPF could not be checked (temperror): %1</source>
        <translation>SPF konnte nicht geprüft werden (temperror): %1</translation>
    </message>
    <message>
        <source>Run the check again; if it stays, the domain&apos;s DNS is failing.</source>
        <translation>Führen Sie die Prüfung erneut aus; bleibt der Fehler bestehen, funktioniert das DNS der Domain nicht.</translation>
    </message>
    <message>
        <source>SPF include for %1</source>
        <translation>SPF-include für %1</translation>
    </message>
    <message>
        <source>%1 has no fixed SPF include to check.</source>
        <translation>%1 hat kein festes SPF-include, das sich prüfen ließe.</translation>
    </message>
    <message>
        <source>The record includes %1.</source>
        <translation>Der Eintrag bindet %1 ein.</translation>
    </message>
    <message>
        <source>The record does not include %1, so mail sent through %2 fails SPF.</source>
        <translation>Der Eintrag bindet %1 nicht ein, daher bestehen über %2 gesendete Mails SPF nicht.</translation>
    </message>
    <message>
        <source>(This include is what other domains publish; check it in %1&apos;s documentation.)</source>
        <translation>(Dieses include veröffentlichen andere Domains; prüfen Sie es in der Dokumentation von %1.)</translation>
    </message>
    <message>
        <source>Replace the record by this one (your record with the include added).</source>
        <translation>Ersetzen Sie den Eintrag durch diesen (Ihr Eintrag mit dem hinzugefügten include).</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM-Selektor</translation>
    </message>
    <message>
        <source>DKIM key found at: %1.</source>
        <translation>DKIM-Schlüssel gefunden bei: %1.</translation>
    </message>
    <message>
        <source>None at: %1 (fine if your provider signs with one of the others).</source>
        <translation>Keiner bei: %1 (in Ordnung, wenn Ihr Anbieter mit einem der anderen signiert).</translation>
    </message>
    <message>
        <source>DKIM keys could not be looked up: %1</source>
        <translation>DKIM-Schlüssel konnten nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>No DKIM key at %1 (looked at %2._domainkey.%3). Mail is not signed for %3, or receivers cannot check the signature.</source>
        <translation>Kein DKIM-Schlüssel bei %1 (gesucht unter %2._domainkey.%3). Mails werden für %3 nicht signiert, oder Empfangsserver können die Signatur nicht prüfen.</translation>
    </message>
    <message>
        <source>Publish the DKIM record your mail provider gives you (a TXT record, or the CNAME records it names) at &lt;selector&gt;._domainkey.%1.</source>
        <translation>Veröffentlichen Sie den DKIM-Eintrag, den Ihnen Ihr Mailanbieter gibt (einen TXT-Eintrag oder die genannten CNAME-Einträge), unter &lt;selector&gt;._domainkey.%1.</translation>
    </message>
    <message>
        <source>No DKIM key found at the common selector names. Your provider may use its own name.</source>
        <translation>Unter den üblichen Selektornamen wurde kein DKIM-Schlüssel gefunden. Ihr Anbieter verwendet vielleicht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Look up the selector in your provider&apos;s settings (or in the DKIM-Signature header of a sent message, s=) and check it with --dkim-selector.</source>
        <translation>Schlagen Sie den Selektor in den Einstellungen Ihres Anbieters nach (oder im Header DKIM-Signature einer gesendeten Nachricht, s=) und prüfen Sie ihn mit --dkim-selector.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Publish the key record exactly as your provider gives it.</source>
        <translation>Veröffentlichen Sie den Schlüsseleintrag genau so, wie Ihr Anbieter ihn angibt.</translation>
    </message>
    <message>
        <source>%1: revoked (empty p=); mail signed with it fails DKIM.</source>
        <translation>%1: widerrufen (leeres p=); damit signierte Mails bestehen DKIM nicht.</translation>
    </message>
    <message>
        <source>%1: Ed25519 key</source>
        <translation>%1: Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>%1: RSA key of %2 bits</source>
        <translation>%1: RSA-Schlüssel mit %2 Bit</translation>
    </message>
    <message>
        <source>too short: receivers ignore RSA keys under 1024 bits (RFC 8301)</source>
        <translation>zu kurz: Empfangsserver ignorieren RSA-Schlüssel unter 1024 Bit (RFC 8301)</translation>
    </message>
    <message>
        <source>Make a new key of 2048 bits with your provider and publish it.</source>
        <translation>Erzeugen Sie bei Ihrem Anbieter einen neuen Schlüssel mit 2048 Bit und veröffentlichen Sie ihn.</translation>
    </message>
    <message>
        <source>accepted, but 2048 bits is recommended</source>
        <translation>akzeptiert, aber 2048 Bit werden empfohlen</translation>
    </message>
    <message>
        <source>Switch to a 2048-bit key when your provider offers it.</source>
        <translation>Wechseln Sie zu einem 2048-Bit-Schlüssel, sobald Ihr Anbieter ihn anbietet.</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>DKIM-Schlüssel</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>DMARC-Eintrag</translation>
    </message>
    <message>
        <source>The DMARC record could not be read: %1</source>
        <translation>Der DMARC-Eintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Keep one record starting with v=DMARC1 at %1 and delete the others.</source>
        <translation>Behalten Sie unter %1 einen Eintrag, der mit v=DMARC1 beginnt, und löschen Sie die anderen.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>No DMARC record at %1. Gmail, Yahoo and Outlook.com require one from bulk senders, and without it nobody tells you who sends mail in your name.</source>
        <translation>Kein DMARC-Eintrag unter %1. Gmail, Yahoo und Outlook.com verlangen einen von Massenversendern, und ohne ihn erfahren Sie nicht, wer in Ihrem Namen Mails sendet.</translation>
    </message>
    <message>
        <source>Publish this first DMARC record: it changes nothing for delivery and sends you reports (change the address to one you read).</source>
        <translation>Veröffentlichen Sie diesen ersten DMARC-Eintrag: Er ändert nichts an der Zustellung und schickt Ihnen Berichte (ändern Sie die Adresse in eine, die Sie lesen).</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>DMARC-Ausrichtung</translation>
    </message>
    <message>
        <source>Without a DMARC record, receivers do not check alignment for %1.</source>
        <translation>Ohne DMARC-Eintrag prüfen Empfangsserver die Ausrichtung für %1 nicht.</translation>
    </message>
    <message>
        <source>The DMARC record at %1 has errors: %2</source>
        <translation>Der DMARC-Eintrag unter %1 enthält Fehler: %2</translation>
    </message>
    <message>
        <source>Correct the record, for example start from this one.</source>
        <translation>Korrigieren Sie den Eintrag; beginnen Sie zum Beispiel mit diesem.</translation>
    </message>
    <message>
        <source>%1 is covered by the record of its organizational domain at %2: %3</source>
        <translation>%1 wird vom Eintrag seiner Organisationsdomain unter %2 abgedeckt: %3</translation>
    </message>
    <message>
        <source>DMARC record at %1: %2</source>
        <translation>DMARC-Eintrag unter %1: %2</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC-Richtlinie</translation>
    </message>
    <message>
        <source>The record sets no valid policy, so receivers ignore it.</source>
        <translation>Der Eintrag legt keine gültige Richtlinie fest, daher ignorieren Empfangsserver ihn.</translation>
    </message>
    <message>
        <source>Add p=none (then quarantine, then reject).</source>
        <translation>Fügen Sie p=none hinzu (danach quarantine, danach reject).</translation>
    </message>
    <message>
        <source>p=none: receivers only report; mail that fails DMARC is delivered as usual, forged mail included.</source>
        <translation>p=none: Empfangsserver melden nur; Mails, die DMARC nicht bestehen, werden wie gewohnt zugestellt, gefälschte eingeschlossen.</translation>
    </message>
    <message>
        <source>When the reports show that all your own mail passes, move to p=quarantine, then p=reject.</source>
        <translation>Wenn die Berichte zeigen, dass alle Ihre eigenen Mails bestehen, wechseln Sie zu p=quarantine, danach zu p=reject.</translation>
    </message>
    <message>
        <source>p=%1: mail that fails DMARC is %2.</source>
        <translation>p=%1: Mails, die DMARC nicht bestehen, werden %2.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>put in spam</source>
        <translation>in den Spam verschoben</translation>
    </message>
    <message>
        <source>Raise pct to 100 once the reports are clean.</source>
        <translation>Erhöhen Sie pct auf 100, sobald die Berichte sauber sind.</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <source>SPF checks %1, which does not match %2%3, so SPF cannot carry DMARC.</source>
        <translation>SPF prüft %1; das passt nicht zu %2%3, daher kann SPF DMARC nicht tragen.</translation>
    </message>
    <message>
        <source> exactly (aspf=s)</source>
        <translation> (exakt, aspf=s)</translation>
    </message>
    <message>
        <source>SPF does not pass for the address given, so SPF cannot carry DMARC.</source>
        <translation>SPF besteht für die angegebene Adresse nicht, daher kann SPF DMARC nicht tragen.</translation>
    </message>
    <message>
        <source>SPF passes for %1 and matches the From domain, so DMARC passes.</source>
        <translation>SPF besteht für %1 und passt zur Absenderdomain (From), daher besteht DMARC.</translation>
    </message>
    <message>
        <source>A DKIM key is published for %1: DMARC passes when the provider signs with d=%1.</source>
        <translation>Für %1 ist ein DKIM-Schlüssel veröffentlicht: DMARC besteht, wenn der Anbieter mit d=%1 signiert.</translation>
    </message>
    <message>
        <source>Make sure your provider signs with your domain (d=%1), not its own.</source>
        <translation>Achten Sie darauf, dass Ihr Anbieter mit Ihrer Domain signiert (d=%1), nicht mit seiner eigenen.</translation>
    </message>
    <message>
        <source>No DKIM key was found for %1.</source>
        <translation>Für %1 wurde kein DKIM-Schlüssel gefunden.</translation>
    </message>
    <message>
        <source>DMARC then rests on SPF alone; mail forwarded by others fails.</source>
        <translation>DMARC stützt sich dann allein auf SPF; von anderen weitergeleitete Mails bestehen es nicht.</translation>
    </message>
    <message>
        <source>Mail from %1 fails DMARC and is %2.</source>
        <translation>Mails von %1 bestehen DMARC nicht und werden %2.</translation>
    </message>
    <message>
        <source>Set up DKIM signing with your domain at your provider and publish its key; send with a MAIL FROM address in %1.</source>
        <translation>Richten Sie bei Ihrem Anbieter die DKIM-Signatur mit Ihrer Domain ein und veröffentlichen Sie deren Schlüssel; senden Sie mit einer MAIL-FROM-Adresse in %1.</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>MX-Einträge</translation>
    </message>
    <message>
        <source>The MX records could not be read: %1</source>
        <translation>Die MX-Einträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS. Receivers refuse mail from domains that do not exist.</source>
        <translation>%1 existiert im DNS nicht. Empfangsserver weisen Mails von Domains ab, die nicht existieren.</translation>
    </message>
    <message>
        <source>Check the spelling, or register the domain and set up its DNS.</source>
        <translation>Prüfen Sie die Schreibweise, oder registrieren Sie die Domain und richten Sie ihr DNS ein.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it says it takes no mail. Receivers may refuse mail from it, and replies cannot reach it.</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): Die Domain erklärt damit, dass sie keine Mails annimmt. Empfangsserver weisen Mails von ihr womöglich ab, und Antworten können sie nicht erreichen.</translation>
    </message>
    <message>
        <source>Remove the &quot;0 .&quot; MX record and publish the MX records of your mailbox provider.</source>
        <translation>Entfernen Sie den MX-Eintrag &quot;0 .&quot; und veröffentlichen Sie die MX-Einträge Ihres Postfachanbieters.</translation>
    </message>
    <message>
        <source>%1 has no MX records: replies and bounces go to its address record, if any, and some receivers distrust senders that cannot receive.</source>
        <translation>%1 hat keine MX-Einträge: Antworten und Unzustellbarkeitsmeldungen gehen an ihren Adresseintrag, falls vorhanden, und manche Empfangsserver misstrauen Absendern, die nichts empfangen können.</translation>
    </message>
    <message>
        <source>Publish the MX records of your mailbox provider.</source>
        <translation>Veröffentlichen Sie die MX-Einträge Ihres Postfachanbieters.</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>%1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>%1 has no address, so nobody can deliver to it.</source>
        <translation>%1 hat keine Adresse, daher kann niemand dorthin zustellen.</translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) of %2; an MX must name the host itself (RFC 2181 10.3), some senders refuse it.</source>
        <translation>%1 ist ein Alias (CNAME) von %2; ein MX muss den Host selbst nennen (RFC 2181 10.3), manche Absender lehnen ihn ab.</translation>
    </message>
    <message>
        <source>MX: %1.</source>
        <translation>MX: %1.</translation>
    </message>
    <message>
        <source>Point every MX at a host name with an address record (A/AAAA), not at an IP address or an alias.</source>
        <translation>Lassen Sie jeden MX auf einen Hostnamen mit Adresseintrag (A/AAAA) zeigen, nicht auf eine IP-Adresse oder einen Alias.</translation>
    </message>
    <message>
        <source>%1 needs no SPF include in your record.</source>
        <translation>%1 braucht keinen SPF-Include in Ihrem Eintrag.</translation>
    </message>
    <message>
        <source>%1&apos;s SPF include (include:%2) belongs in the SPF record of your MAIL FROM subdomain, not in the record of %3; the records to publish show it.</source>
        <translation>Der SPF-Include von %1 (include:%2) gehört in den SPF-Eintrag Ihrer MAIL-FROM-Subdomain, nicht in den von %3; die zu veröffentlichenden Einträge zeigen ihn.</translation>
    </message>
    <message>
        <source>include:%1 is optional: %2&apos;s return path carries SPF for your mail.</source>
        <translation>include:%1 ist freiwillig: Der Return-Path von %2 sorgt schon für SPF bei Ihren Mails.</translation>
    </message>
    <message>
        <source>Your record with include:%1 added would need %2 DNS lookups, more than the %3 receivers allow: remove includes you no longer use (or replace them by ip4:/ip6: ranges) before publishing it.</source>
        <translation>Ihr Eintrag mit include:%1 bräuchte %2 DNS-Abfragen, mehr als die %3, die Empfänger erlauben: Entfernen Sie Includes, die Sie nicht mehr nutzen (oder ersetzen Sie sie durch ip4:/ip6:-Bereiche), bevor Sie ihn veröffentlichen.</translation>
    </message>
    <message>
        <source>Your record with include:%1 added; it needs %2 of the %3 DNS lookups allowed.</source>
        <translation>Ihr Eintrag mit hinzugefügtem include:%1; er braucht %2 der %3 erlaubten DNS-Abfragen.</translation>
    </message>
    <message>
        <source>Your record with include:%1 added; it needs at least %2 of the %3 DNS lookups allowed (the include could not be read to count its own).</source>
        <translation>Ihr Eintrag mit hinzugefügtem include:%1; er braucht mindestens %2 der %3 erlaubten DNS-Abfragen (der Include ließ sich nicht lesen, um seine eigenen zu zählen).</translation>
    </message>
    <message>
        <source>Add include:%1, and make room first: with it the record would need %2 lookups, more than %3.</source>
        <translation>Fügen Sie include:%1 hinzu und schaffen Sie vorher Platz: Damit bräuchte der Eintrag %2 Abfragen, mehr als %3.</translation>
    </message>
    <message>
        <source>This value is what other domains publish; check it in %1&apos;s documentation.</source>
        <translation>Diesen Wert veröffentlichen andere Domains; prüfen Sie ihn in der Dokumentation von %1.</translation>
    </message>
    <message>
        <source>Replace the parts in &lt;angle brackets&gt; by the values %1&apos;s settings show.</source>
        <translation>Ersetzen Sie die Teile in &lt;spitzen Klammern&gt; durch die Werte, die die Einstellungen von %1 zeigen.</translation>
    </message>
    <message>
        <source>SPF for the MAIL FROM subdomain %1 sends with: SPF then passes for a subdomain of yours, which DMARC counts as aligned.</source>
        <translation>SPF für die MAIL-FROM-Subdomain, mit der %1 sendet: SPF besteht dann für eine Ihrer Subdomains, was DMARC als ausgerichtet zählt.</translation>
    </message>
    <message>
        <source>The DKIM public key %1 signs your mail with; copy the key from %1&apos;s settings.</source>
        <translation>Der öffentliche DKIM-Schlüssel, mit dem %1 Ihre Mails signiert; kopieren Sie den Schlüssel aus den Einstellungen von %1.</translation>
    </message>
    <message>
        <source>Points the DKIM selector %1 at %2&apos;s key, so %2 can sign your mail and change keys without you.</source>
        <translation>Leitet den DKIM-Selektor %1 auf den Schlüssel von %2 um, damit %2 Ihre Mails signieren und Schlüssel ohne Ihr Zutun wechseln kann.</translation>
    </message>
    <message>
        <source>Bulk senders: SPF</source>
        <translation>Massenversender: SPF</translation>
    </message>
    <message>
        <source>SPF is set up: Gmail and Yahoo require it from bulk senders.</source>
        <translation>SPF ist eingerichtet: Gmail und Yahoo verlangen es von Massenversendern.</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require a valid SPF record from bulk senders; the SPF checks above say what is wrong.</source>
        <translation>Gmail und Yahoo verlangen von Massenversendern einen gültigen SPF-Eintrag; die SPF-Prüfungen oben sagen, was falsch ist.</translation>
    </message>
    <message>
        <source>Fix the SPF record first (see the SPF checks).</source>
        <translation>Korrigieren Sie zuerst den SPF-Eintrag (siehe die SPF-Prüfungen).</translation>
    </message>
    <message>
        <source>Bulk senders: DKIM</source>
        <translation>Massenversender: DKIM</translation>
    </message>
    <message>
        <source>A DKIM key is published: Gmail and Yahoo require DKIM signing from bulk senders (Gmail: a key of at least 1024 bits, 2048 recommended).</source>
        <translation>Ein DKIM-Schlüssel ist veröffentlicht: Gmail und Yahoo verlangen von Massenversendern DKIM-Signaturen (Gmail: ein Schlüssel mit mindestens 1024 Bit, 2048 empfohlen).</translation>
    </message>
    <message>
        <source>No usable DKIM key was found. Gmail and Yahoo require bulk senders to sign with DKIM.</source>
        <translation>Kein nutzbarer DKIM-Schlüssel gefunden. Gmail und Yahoo verlangen, dass Massenversender mit DKIM signieren.</translation>
    </message>
    <message>
        <source>Set up DKIM signing at your provider and publish its key (see the records to publish).</source>
        <translation>Richten Sie bei Ihrem Anbieter DKIM-Signaturen ein und veröffentlichen Sie den Schlüssel (siehe die zu veröffentlichenden Einträge).</translation>
    </message>
    <message>
        <source>Bulk senders: DMARC</source>
        <translation>Massenversender: DMARC</translation>
    </message>
    <message>
        <source>A DMARC record is published; p=none is enough for Gmail and Yahoo.</source>
        <translation>Ein DMARC-Eintrag ist veröffentlicht; p=none genügt Gmail und Yahoo.</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require bulk senders to publish a DMARC record (p=none is enough).</source>
        <translation>Gmail und Yahoo verlangen von Massenversendern einen DMARC-Eintrag (p=none genügt).</translation>
    </message>
    <message>
        <source>Publish the first DMARC record shown in the records to publish.</source>
        <translation>Veröffentlichen Sie den ersten DMARC-Eintrag aus den zu veröffentlichenden Einträgen.</translation>
    </message>
    <message>
        <source>Bulk senders: alignment</source>
        <translation>Massenversender: Ausrichtung</translation>
    </message>
    <message>
        <source>The From domain lines up with SPF or DKIM, as Gmail and Yahoo require.</source>
        <translation>Die Absenderdomain passt zu SPF oder DKIM, wie Gmail und Yahoo es verlangen.</translation>
    </message>
    <message>
        <source>Without a DMARC record alignment is not checked; Gmail and Yahoo require the From domain to line up with SPF or DKIM.</source>
        <translation>Ohne DMARC-Eintrag wird die Ausrichtung nicht geprüft; Gmail und Yahoo verlangen, dass die Absenderdomain zu SPF oder DKIM passt.</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require the From domain to line up with the SPF or the DKIM domain; the DMARC alignment check says why it may not.</source>
        <translation>Gmail und Yahoo verlangen, dass die Absenderdomain zur SPF- oder zur DKIM-Domain passt; die Prüfung der DMARC-Ausrichtung sagt, warum das vielleicht nicht so ist.</translation>
    </message>
    <message>
        <source>See the DMARC alignment check.</source>
        <translation>Siehe die Prüfung der DMARC-Ausrichtung.</translation>
    </message>
    <message>
        <source>Bulk senders: reverse DNS</source>
        <translation>Massenversender: Reverse DNS</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address needs a PTR name whose address points back to it (forward-confirmed reverse DNS). This is a property of the server, checked by `sendcheck-cli server`.</source>
        <translation>Die IP-Adresse des sendenden Servers braucht einen PTR-Namen, dessen Adresse wieder auf sie zeigt (vorwärts bestätigtes Reverse DNS). Das ist eine Eigenschaft des Servers und wird von `sendcheck-cli server` geprüft.</translation>
    </message>
    <message>
        <source>Bulk senders: TLS</source>
        <translation>Massenversender: TLS</translation>
    </message>
    <message>
        <source>Cannot be checked from DNS. Gmail requires TLS on the connection that delivers your mail to it; that is your provider&apos;s server. A test send shows the TLS of your own connection to it.</source>
        <translation>Lässt sich nicht über DNS prüfen. Gmail verlangt TLS auf der Verbindung, die Ihre Mails zu Gmail bringt; das ist der Server Ihres Anbieters. Ein Testversand zeigt das TLS Ihrer eigenen Verbindung zu ihm.</translation>
    </message>
    <message>
        <source>Bulk senders: one-click unsubscribe</source>
        <translation>Massenversender: Abmelden mit einem Klick</translation>
    </message>
    <message>
        <source>Cannot be checked from DNS. Marketing mail needs one-click unsubscribe: the headers List-Unsubscribe-Post: List-Unsubscribe=One-Click and an https List-Unsubscribe (RFC 8058), and a visible link in the message; unsubscribes must be honoured within two days.</source>
        <translation>Lässt sich nicht über DNS prüfen. Werbe-Mails brauchen Abmelden mit einem Klick: die Kopfzeilen List-Unsubscribe-Post: List-Unsubscribe=One-Click und ein https-List-Unsubscribe (RFC 8058) sowie einen sichtbaren Link in der Nachricht; Abmeldungen müssen innerhalb von zwei Tagen umgesetzt werden.</translation>
    </message>
    <message>
        <source>Bulk senders: spam rate</source>
        <translation>Massenversender: Spam-Rate</translation>
    </message>
    <message>
        <source>Cannot be checked from DNS. Keep the spam rate reported in Google Postmaster Tools below 0.3%; above it Gmail rejects or delays mail.</source>
        <translation>Lässt sich nicht über DNS prüfen. Halten Sie die in den Google Postmaster Tools gemeldete Spam-Rate unter 0,3 %; darüber lehnt Gmail Mails ab oder verzögert sie.</translation>
    </message>
    <message>
        <source>%1 s, %2 days</source>
        <translation>%1 s, %2 Tage</translation>
    </message>
    <message>
        <source>MTA-STS record</source>
        <translation>MTA-STS-Eintrag</translation>
    </message>
    <message>
        <source>The MTA-STS record could not be read: %1</source>
        <translation>Der MTA-STS-Eintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy. Servers sending to it use TLS when they can, but an attacker on the way can remove TLS and nobody notices.</source>
        <translation>%1 veröffentlicht keine MTA-STS-Richtlinie. Server, die an sie senden, nutzen TLS, wenn sie können, aber ein Angreifer unterwegs kann TLS entfernen, ohne dass es jemand merkt.</translation>
    </message>
    <message>
        <source>To make senders insist on TLS, serve a policy at %1 and publish a TXT record at _mta-sts.%2: v=STSv1; id=&lt;a new value each time the policy changes&gt;. Start with mode: testing.</source>
        <translation>Damit Absender auf TLS bestehen, stellen Sie eine Richtlinie unter %1 bereit und veröffentlichen einen TXT-Eintrag unter _mta-sts.%2: v=STSv1; id=&lt;ein neuer Wert bei jeder Änderung der Richtlinie&gt;. Beginnen Sie mit mode: testing.</translation>
    </message>
    <message>
        <source>_mta-sts.%1 has %2 records starting with v=STSv1; with more than one, senders ignore MTA-STS altogether.</source>
        <translation>_mta-sts.%1 hat %2 Einträge, die mit v=STSv1 beginnen; bei mehr als einem ignorieren Absender MTA-STS ganz.</translation>
    </message>
    <message>
        <source>Keep exactly one v=STSv1 record.</source>
        <translation>Behalten Sie genau einen v=STSv1-Eintrag.</translation>
    </message>
    <message>
        <source>The MTA-STS record is not valid, so senders ignore the policy: %1</source>
        <translation>Der MTA-STS-Eintrag ist ungültig, daher ignorieren Absender die Richtlinie: %1</translation>
    </message>
    <message>
        <source>Publish it as v=STSv1; id=20250101T000000 (letters and digits only in the id).</source>
        <translation>Veröffentlichen Sie ihn als v=STSv1; id=20250101T000000 (nur Buchstaben und Ziffern in der id).</translation>
    </message>
    <message>
        <source>_mta-sts.%1: %2 (policy id %3).</source>
        <translation>_mta-sts.%1: %2 (Richtlinien-ID %3).</translation>
    </message>
    <message>
        <source>MTA-STS policy</source>
        <translation>MTA-STS-Richtlinie</translation>
    </message>
    <message>
        <source>The policy at %1 could not be fetched: %2 Senders then treat the domain as having no policy (or keep an older copy until it expires).</source>
        <translation>Die Richtlinie unter %1 konnte nicht abgerufen werden: %2 Absender behandeln die Domain dann, als hätte sie keine Richtlinie (oder behalten eine ältere Kopie, bis sie abläuft).</translation>
    </message>
    <message>
        <source>Serve the policy as a plain text file over HTTPS, with a valid certificate for mta-sts.%1, answering 200 directly (no redirect).</source>
        <translation>Stellen Sie die Richtlinie als reine Textdatei über HTTPS bereit, mit einem gültigen Zertifikat für mta-sts.%1, und antworten Sie direkt mit 200 (ohne Umleitung).</translation>
    </message>
    <message>
        <source>The file at %1 is not a valid MTA-STS policy: %2</source>
        <translation>Die Datei unter %1 ist keine gültige MTA-STS-Richtlinie: %2</translation>
    </message>
    <message>
        <source>It was served as %1, not text/plain.</source>
        <translation>Sie wurde als %1 ausgeliefert, nicht als text/plain.</translation>
    </message>
    <message>
        <source>Serve lines such as &quot;version: STSv1&quot;, &quot;mode: testing&quot;, &quot;mx: mail.example.com&quot;, &quot;max_age: 604800&quot; as text/plain.</source>
        <translation>Liefern Sie Zeilen wie &quot;version: STSv1&quot;, &quot;mode: testing&quot;, &quot;mx: mail.example.com&quot;, &quot;max_age: 604800&quot; als text/plain aus.</translation>
    </message>
    <message>
        <source>It is served as %1; RFC 8461 asks for text/plain.</source>
        <translation>Sie wird als %1 ausgeliefert; RFC 8461 verlangt text/plain.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>ohne Typ</translation>
    </message>
    <message>
        <source>%1: version %2, mode %3, max_age %4, mx %5.</source>
        <translation>%1: version %2, mode %3, max_age %4, mx %5.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Correct the points above in the policy file.</source>
        <translation>Korrigieren Sie die genannten Punkte in der Richtliniendatei.</translation>
    </message>
    <message>
        <source>MTA-STS mode</source>
        <translation>MTA-STS-Modus</translation>
    </message>
    <message>
        <source>enforce: senders that support MTA-STS deliver only over TLS, with a valid certificate, to an MX host the policy lists; otherwise they hold the mail.</source>
        <translation>enforce: Absender, die MTA-STS unterstützen, stellen nur über TLS mit gültigem Zertifikat an einen in der Richtlinie genannten MX-Host zu; sonst halten sie die Mail zurück.</translation>
    </message>
    <message>
        <source>testing: senders still deliver when TLS fails and only report the failure (to the TLS-RPT address). Nothing is protected yet.</source>
        <translation>testing: Absender stellen auch zu, wenn TLS scheitert, und melden den Fehler nur (an die TLS-RPT-Adresse). Noch ist nichts geschützt.</translation>
    </message>
    <message>
        <source>Once the TLS reports show no failures, change the policy to mode: enforce and publish a new id in the _mta-sts record.</source>
        <translation>Sobald die TLS-Berichte keine Fehler mehr zeigen, stellen Sie die Richtlinie auf mode: enforce um und veröffentlichen eine neue id im _mta-sts-Eintrag.</translation>
    </message>
    <message>
        <source>none: the policy is being withdrawn; senders forget it.</source>
        <translation>none: Die Richtlinie wird zurückgezogen; Absender vergessen sie.</translation>
    </message>
    <message>
        <source>If you did not mean to withdraw MTA-STS, set mode: testing or enforce.</source>
        <translation>Wenn Sie MTA-STS nicht zurückziehen wollten, setzen Sie mode: testing oder enforce.</translation>
    </message>
    <message>
        <source>%1 (mx: %2)</source>
        <translation>%1 (mx: %2)</translation>
    </message>
    <message>
        <source>MTA-STS and MX hosts</source>
        <translation>MTA-STS und MX-Hosts</translation>
    </message>
    <message>
        <source>Every MX host matches the policy: %1.</source>
        <translation>Jeder MX-Host passt zur Richtlinie: %1.</translation>
    </message>
    <message>
        <source>%1 matches no mx: line of the policy; senders that enforce MTA-STS will not deliver there.</source>
        <translation>%1 passt zu keiner mx:-Zeile der Richtlinie; Absender, die MTA-STS durchsetzen, stellen dort nicht zu.</translation>
    </message>
    <message>
        <source>%1 matches no mx: line of the policy; in mode enforce senders would not deliver there.</source>
        <translation>%1 passt zu keiner mx:-Zeile der Richtlinie; im Modus enforce würden Absender dort nicht zustellen.</translation>
    </message>
    <message>
        <source>Add an mx: line for each MX host (or a *.domain pattern covering them), then publish a new id in the _mta-sts record.</source>
        <translation>Fügen Sie für jeden MX-Host eine mx:-Zeile hinzu (oder ein *.domain-Muster, das sie abdeckt), und veröffentlichen Sie dann eine neue id im _mta-sts-Eintrag.</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT)</source>
        <translation>TLS-Berichte (TLS-RPT)</translation>
    </message>
    <message>
        <source>The TLS-RPT record could not be read: %1</source>
        <translation>Der TLS-RPT-Eintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 asks for no TLS reports: when servers cannot reach it over TLS, you are not told.</source>
        <translation>%1 fordert keine TLS-Berichte an: Wenn Server sie nicht über TLS erreichen, erfahren Sie es nicht.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _smtp._tls.%1: v=TLSRPTv1; rua=mailto:tls-reports@%1</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag unter _smtp._tls.%1: v=TLSRPTv1; rua=mailto:tls-reports@%1</translation>
    </message>
    <message>
        <source>_smtp._tls.%1 has %2 v=TLSRPTv1 records; senders then send no reports.</source>
        <translation>_smtp._tls.%1 hat %2 v=TLSRPTv1-Einträge; Absender senden dann keine Berichte.</translation>
    </message>
    <message>
        <source>Keep exactly one v=TLSRPTv1 record; list several addresses in its rua=, separated by commas.</source>
        <translation>Behalten Sie genau einen v=TLSRPTv1-Eintrag; nennen Sie mehrere Adressen in seinem rua=, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is not valid: %1</source>
        <translation>Der TLS-RPT-Eintrag ist ungültig: %1</translation>
    </message>
    <message>
        <source>Publish it as v=TLSRPTv1; rua=mailto:tls-reports@%1</source>
        <translation>Veröffentlichen Sie ihn als v=TLSRPTv1; rua=mailto:tls-reports@%1</translation>
    </message>
    <message>
        <source>Daily TLS reports go to %1.</source>
        <translation>Tägliche TLS-Berichte gehen an %1.</translation>
    </message>
    <message>
        <source>DANE (TLSA)</source>
        <translation>DANE (TLSA)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>validation failed</source>
        <translation>Validierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>DNSSEC validation failed for %1. Senders that use DANE will not deliver to these hosts.</source>
        <translation>Die DNSSEC-Validierung ist für %1 fehlgeschlagen. Absender, die DANE nutzen, stellen an diese Hosts nicht zu.</translation>
    </message>
    <message>
        <source>Fix the DNSSEC signatures of the MX hosts&apos; zone (an expired signature or a DS record that matches no key is the usual cause).</source>
        <translation>Reparieren Sie die DNSSEC-Signaturen der Zone der MX-Hosts (eine abgelaufene Signatur oder ein DS-Eintrag, der zu keinem Schlüssel passt, ist die übliche Ursache).</translation>
    </message>
    <message>
        <source>The TLSA records could not be read: %1</source>
        <translation>Die TLSA-Einträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run the check again; if it stays, the DNS of the MX hosts is failing.</source>
        <translation>Führen Sie die Prüfung erneut aus; bleibt der Fehler bestehen, funktioniert das DNS der MX-Hosts nicht.</translation>
    </message>
    <message>
        <source>DANE cannot be judged: the answers for %1 were not DNSSEC-validated, and TLSA records count only when they are.</source>
        <translation>DANE lässt sich nicht beurteilen: Die Antworten für %1 wurden nicht per DNSSEC validiert, und TLSA-Einträge zählen nur, wenn sie es sind.</translation>
    </message>
    <message>
        <source>TLSA records came back: %1; whether they are genuine is unknown.</source>
        <translation>Zurückgekommene TLSA-Einträge: %1; ob sie echt sind, ist unbekannt.</translation>
    </message>
    <message>
        <source>Run the check with DNSSEC validation (sendcheck-cli domain --dnssec) to judge DANE.</source>
        <translation>Führen Sie die Prüfung mit DNSSEC-Validierung aus (sendcheck-cli domain --dnssec), um DANE zu beurteilen.</translation>
    </message>
    <message>
        <source>TLSA records that senders cannot use (DNSSEC-secure): %1. For those hosts DANE gives no protection.</source>
        <translation>TLSA-Einträge, die Absender nicht verwenden können (DNSSEC-gesichert): %1. Für diese Hosts bietet DANE keinen Schutz.</translation>
    </message>
    <message>
        <source>Publish 3 1 1 records (DANE-EE, SHA-256 of the server&apos;s public key), or 2 1 1 for the issuing CA, and keep them in step with certificate renewals.</source>
        <translation>Veröffentlichen Sie Einträge der Form 3 1 1 (DANE-EE, SHA-256 des öffentlichen Schlüssels des Servers) oder 2 1 1 für die ausstellende CA, und halten Sie sie bei Zertifikatserneuerungen aktuell.</translation>
    </message>
    <message>
        <source>DNSSEC-secure TLSA records: %1.</source>
        <translation>DNSSEC-gesicherte TLSA-Einträge: %1.</translation>
    </message>
    <message>
        <source>Not protected by DANE: %1.</source>
        <translation>Nicht durch DANE geschützt: %1.</translation>
    </message>
    <message>
        <source>Publish TLSA records for every MX host, in a DNSSEC-signed zone.</source>
        <translation>Veröffentlichen Sie TLSA-Einträge für jeden MX-Host, in einer mit DNSSEC signierten Zone.</translation>
    </message>
    <message>
        <source>No MX host has DNSSEC-secure TLSA records (%1), so senders do not use DANE; MTA-STS is the other way to require TLS.</source>
        <translation>Kein MX-Host hat DNSSEC-gesicherte TLSA-Einträge (%1), daher nutzen Absender DANE nicht; MTA-STS ist der andere Weg, TLS zu verlangen.</translation>
    </message>
    <message>
        <source>BIMI record</source>
        <translation>BIMI-Eintrag</translation>
    </message>
    <message>
        <source>The BIMI record could not be read: %1</source>
        <translation>Der BIMI-Eintrag konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no BIMI record (default._bimi.%1), so mail clients that support it show no brand logo. This is optional.</source>
        <translation>%1 hat keinen BIMI-Eintrag (default._bimi.%1), daher zeigen Mailprogramme, die BIMI unterstützen, kein Markenlogo. Das ist optional.</translation>
    </message>
    <message>
        <source>default._bimi.%1 has %2 v=BIMI1 records; receivers then show no logo.</source>
        <translation>default._bimi.%1 hat %2 v=BIMI1-Einträge; Empfänger zeigen dann kein Logo.</translation>
    </message>
    <message>
        <source>Keep exactly one v=BIMI1 record.</source>
        <translation>Behalten Sie genau einen v=BIMI1-Eintrag.</translation>
    </message>
    <message>
        <source>The BIMI record is not valid: %1</source>
        <translation>Der BIMI-Eintrag ist ungültig: %1</translation>
    </message>
    <message>
        <source>Publish it as v=BIMI1; l=https://&lt;your site&gt;/logo.svg; a=https://&lt;your site&gt;/certificate.pem</source>
        <translation>Veröffentlichen Sie ihn als v=BIMI1; l=https://&lt;Ihre Website&gt;/logo.svg; a=https://&lt;Ihre Website&gt;/certificate.pem</translation>
    </message>
    <message>
        <source>%1 declines BIMI (empty l= and a=).</source>
        <translation>%1 lehnt BIMI ab (leeres l= und a=).</translation>
    </message>
    <message>
        <source>Logo: %1. There is no mark certificate (a=); Gmail and Apple Mail show the logo only with one.</source>
        <translation>Logo: %1. Es gibt kein Markenzertifikat (a=); Gmail und Apple Mail zeigen das Logo nur mit einem.</translation>
    </message>
    <message>
        <source>Get a Verified Mark Certificate (VMC) or Common Mark Certificate (CMC) and name it in a=.</source>
        <translation>Besorgen Sie ein Verified Mark Certificate (VMC) oder Common Mark Certificate (CMC) und nennen Sie es in a=.</translation>
    </message>
    <message>
        <source>Logo: %1, mark certificate: %2.</source>
        <translation>Logo: %1, Markenzertifikat: %2.</translation>
    </message>
    <message>
        <source>BIMI needs DMARC enforcement</source>
        <translation>BIMI braucht eine durchgesetzte DMARC-Richtlinie</translation>
    </message>
    <message>
        <source>DMARC is at p=%1 for all mail, as BIMI requires.</source>
        <translation>DMARC steht für alle Mails auf p=%1, wie BIMI es verlangt.</translation>
    </message>
    <message>
        <source>There is no DMARC record, so receivers ignore the BIMI record.</source>
        <translation>Es gibt keinen DMARC-Eintrag, daher ignorieren Empfänger den BIMI-Eintrag.</translation>
    </message>
    <message>
        <source>DMARC is at p=none, so receivers ignore the BIMI record.</source>
        <translation>DMARC steht auf p=none, daher ignorieren Empfänger den BIMI-Eintrag.</translation>
    </message>
    <message>
        <source>DMARC applies to only %1% of mail (pct=%1); BIMI needs 100.</source>
        <translation>DMARC gilt nur für %1 % der Mails (pct=%1); BIMI braucht 100.</translation>
    </message>
    <message>
        <source>Move DMARC to p=quarantine or p=reject for all mail (no pct below 100) once your reports show your own mail passes.</source>
        <translation>Stellen Sie DMARC für alle Mails auf p=quarantine oder p=reject (kein pct unter 100), sobald Ihre Berichte zeigen, dass Ihre eigenen Mails bestehen.</translation>
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation>%1 hat keine Adresse.</translation>
    </message>
    <message>
        <source>DANE and the server certificate</source>
        <translation>DANE und das Serverzertifikat</translation>
    </message>
    <message>
        <source>%1 (%2 port %3)</source>
        <translation>%1 (%2 Port %3)</translation>
    </message>
    <message>
        <source>%1: the certificate matches %2.</source>
        <translation>%1: Das Zertifikat passt zu %2.</translation>
    </message>
    <message>
        <source>%1: the published TLSA records do not match the certificate this server shows (SHA-256 %2); DANE senders will refuse to deliver.</source>
        <translation>%1: Die veröffentlichten TLSA-Einträge passen nicht zu dem Zertifikat, das dieser Server vorlegt (SHA-256 %2); Absender, die DANE nutzen, verweigern die Zustellung.</translation>
    </message>
    <message>
        <source>%1: the server does not offer STARTTLS, so DANE senders, which require TLS here, will refuse to deliver.</source>
        <translation>%1: Der Server bietet kein STARTTLS an; Absender, die DANE nutzen und hier TLS verlangen, verweigern daher die Zustellung.</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed (%2); DANE senders will refuse to deliver.</source>
        <translation>%1: Der TLS-Handshake ist fehlgeschlagen (%2); Absender, die DANE nutzen, verweigern die Zustellung.</translation>
    </message>
    <message>
        <source>%1: could not be compared: %2</source>
        <translation>%1: konnte nicht verglichen werden: %2</translation>
    </message>
    <message>
        <source>%1: could not be compared: port %2 not reachable from here (%3).</source>
        <translation>%1: konnte nicht verglichen werden: Port %2 ist von hier aus nicht erreichbar (%3).</translation>
    </message>
    <message>
        <source>Publish TLSA records for the certificate the server uses now (3 1 1 is the SHA-256 of its public key), and on renewal publish the new record before the new certificate goes live.</source>
        <translation>Veröffentlichen Sie TLSA-Einträge für das Zertifikat, das der Server jetzt verwendet (3 1 1 ist der SHA-256 seines öffentlichen Schlüssels), und veröffentlichen Sie bei einer Erneuerung den neuen Eintrag, bevor das neue Zertifikat in Betrieb geht.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS on port 25 of the MX host, or withdraw its TLSA records.</source>
        <translation>Schalten Sie STARTTLS auf Port 25 des MX-Hosts ein oder ziehen Sie seine TLSA-Einträge zurück.</translation>
    </message>
    <message>
        <source>Make TLS work on port 25 (certificate and key files, protocol versions), or withdraw the TLSA records.</source>
        <translation>Bringen Sie TLS auf Port 25 zum Laufen (Zertifikats- und Schlüsseldateien, Protokollversionen) oder ziehen Sie die TLSA-Einträge zurück.</translation>
    </message>
    <message>
        <source>Many networks block outgoing connections to port 25. Run the check from a server that may send mail, or compare the records there with: openssl s_client -starttls smtp -connect MX-HOST:25</source>
        <translation>Viele Netze sperren ausgehende Verbindungen zu Port 25. Führen Sie die Prüfung von einem Server aus, der Mail versenden darf, oder vergleichen Sie die Einträge dort mit: openssl s_client -starttls smtp -connect MX-HOST:25</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainDns</name>
    <message>
        <source>&quot;domainDns&quot;: &quot;spf&quot; must be an object.</source>
        <translation>&quot;domainDns&quot;: &quot;spf&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: &quot;placement&quot; must be domain, mail-from, optional or none.</source>
        <translation>&quot;domainDns&quot;: &quot;placement&quot; muss domain, mail-from, optional oder none sein.</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: &quot;spf&quot; needs one domain name in &quot;include&quot; (or &quot;placement&quot;: &quot;none&quot;).</source>
        <translation>&quot;domainDns&quot;: &quot;spf&quot; braucht einen Domainnamen in &quot;include&quot; (oder &quot;placement&quot;: &quot;none&quot;).</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: every &quot;dkim&quot; entry needs a &quot;selector&quot;.</source>
        <translation>&quot;domainDns&quot;: jeder &quot;dkim&quot;-Eintrag braucht einen &quot;selector&quot;.</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: every record needs a &quot;type&quot; (CNAME, TXT or MX), a &quot;name&quot; and a &quot;value&quot;.</source>
        <translation>&quot;domainDns&quot;: jeder Eintrag braucht einen &quot;type&quot; (CNAME, TXT oder MX), einen &quot;name&quot; und einen &quot;value&quot;.</translation>
    </message>
    <message>
        <source>Google&apos;s default DKIM selector is &apos;google&apos;; the admin can choose another in the Admin console. A 2048-bit key is recommended, 1024 bits are accepted.</source>
        <translation>Googles Standard-DKIM-Selektor ist &apos;google&apos;; der Admin kann in der Admin-Konsole einen anderen wählen. Ein 2048-Bit-Schlüssel wird empfohlen, 1024 Bit werden akzeptiert.</translation>
    </message>
    <message>
        <source>selector1 and selector2 are CNAMEs to your tenant (&lt;tenant&gt;.onmicrosoft.com): one is active, the other is for key rotation.</source>
        <translation>selector1 und selector2 sind CNAMEs auf Ihren Mandanten (&lt;tenant&gt;.onmicrosoft.com): einer ist aktiv, der andere dient dem Schlüsselwechsel.</translation>
    </message>
    <message>
        <source>Newer tenants may be given targets under &lt;tenant&gt;.&lt;x&gt;-v1.dkim.mail.microsoft instead (seen in public zones, not in Microsoft&apos;s documents): publish exactly what the Defender portal shows.</source>
        <translation>Neuere Mandanten bekommen eventuell Ziele unter &lt;tenant&gt;.&lt;x&gt;-v1.dkim.mail.microsoft (in öffentlichen Zonen gesehen, nicht in Microsofts Dokumenten): Veröffentlichen Sie genau, was das Defender-Portal zeigt.</translation>
    </message>
    <message>
        <source>SES&apos;s SPF include belongs on a custom MAIL FROM subdomain (e.g. bounce.&lt;your domain&gt;), not on the From domain; Easy DKIM gives three per-domain tokens, shown in the SES console.</source>
        <translation>Der SPF-Include von SES gehört auf eine eigene MAIL-FROM-Subdomain (z. B. bounce.&lt;Ihre Domain&gt;), nicht auf die Absenderdomain; Easy DKIM vergibt drei Tokens pro Domain, die die SES-Konsole zeigt.</translation>
    </message>
    <message>
        <source>The custom MAIL FROM subdomain receives SES&apos;s bounces and complaints; use a subdomain that receives no other mail.</source>
        <translation>Die eigene MAIL-FROM-Subdomain empfängt die Bounces und Beschwerden von SES; nehmen Sie eine Subdomain, die sonst keine Mails empfängt.</translation>
    </message>
    <message>
        <source>Replace each &lt;N&gt; by the numbers SendGrid&apos;s sender authentication page shows (they differ between the parts). With Automated Security off, SendGrid gives two TXT records and an MX instead.</source>
        <translation>Ersetzen Sie jedes &lt;N&gt; durch die Nummern, die SendGrids Seite zur Absender-Authentifizierung zeigt (sie unterscheiden sich zwischen den Teilen). Ohne Automated Security gibt SendGrid stattdessen zwei TXT-Einträge und einen MX vor.</translation>
    </message>
    <message>
        <source>SendGrid&apos;s return path (Automated Security): SPF then passes for a subdomain of yours.</source>
        <translation>SendGrids Return-Path (Automated Security): SPF besteht dann für eine Ihrer Subdomains.</translation>
    </message>
    <message>
        <source>Mailgun shows the DKIM selector and key for your domain in its control panel; smtp and mailo are names seen in public zones.</source>
        <translation>Mailgun zeigt den DKIM-Selektor und den Schlüssel für Ihre Domain in seinem Control Panel; smtp und mailo sind Namen aus öffentlichen Zonen.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s MX records (mxa.mailgun.org and mxb.mailgun.org, priority 10) are only for a domain that receives its mail through Mailgun.</source>
        <translation>Mailguns MX-Einträge (mxa.mailgun.org und mxb.mailgun.org, Priorität 10) sind nur für eine Domain, die ihre Mails über Mailgun empfängt.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s tracking host (opens, clicks and unsubscribes).</source>
        <translation>Mailguns Tracking-Host (Öffnungen, Klicks und Abmeldungen).</translation>
    </message>
    <message>
        <source>Postmark&apos;s DKIM selector is a date stamp ending in &apos;pm&apos; (e.g. 20240101000000pm): copy it and the key from Postmark&apos;s sender signature page.</source>
        <translation>Postmarks DKIM-Selektor ist ein Zeitstempel, der auf &apos;pm&apos; endet (z. B. 20240101000000pm): Kopieren Sie ihn und den Schlüssel von Postmarks Seite zur Absendersignatur.</translation>
    </message>
    <message>
        <source>Postmark&apos;s custom return path: SPF then passes for a subdomain of yours instead of pm.mtasv.net.</source>
        <translation>Postmarks eigener Return-Path: SPF besteht dann für eine Ihrer Subdomains statt für pm.mtasv.net.</translation>
    </message>
    <message>
        <source>SMTP2GO needs no SPF include since it moved to its own return path (VERP) in 2019; its panel shows the &lt;id&gt; of your three CNAMEs.</source>
        <translation>SMTP2GO braucht keinen SPF-Include, seit es 2019 auf einen eigenen Return-Path (VERP) umgestellt hat; sein Panel zeigt die &lt;id&gt; Ihrer drei CNAMEs.</translation>
    </message>
    <message>
        <source>SMTP2GO&apos;s return path: SPF then passes for a subdomain of yours.</source>
        <translation>SMTP2GOs Return-Path: SPF besteht dann für eine Ihrer Subdomains.</translation>
    </message>
    <message>
        <source>SMTP2GO&apos;s link tracking host.</source>
        <translation>SMTP2GOs Host für Link-Tracking.</translation>
    </message>
    <message>
        <source>Older Brevo set-ups use a TXT key at mail._domainkey instead of the brevo1 and brevo2 CNAMEs.</source>
        <translation>Ältere Brevo-Einrichtungen nutzen einen TXT-Schlüssel unter mail._domainkey statt der CNAMEs brevo1 und brevo2.</translation>
    </message>
    <message>
        <source>Brevo&apos;s domain verification, required since 1 February 2024.</source>
        <translation>Brevos Domain-Verifizierung, Pflicht seit dem 1. Februar 2024.</translation>
    </message>
    <message>
        <source>Zoho&apos;s SPF include depends on the data centre (zohomail.com, zohomail.eu, ...) and which one is current is not confirmed: use the one Zoho&apos;s admin console shows.</source>
        <translation>Zohos SPF-Include hängt vom Rechenzentrum ab (zohomail.com, zohomail.eu, ...), und welcher aktuell ist, ist nicht bestätigt: Nehmen Sie den, den Zohos Admin-Konsole zeigt.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainPanel</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Zu prüfende Domain</translation>
    </message>
    <message>
        <source>Looks up SPF, DKIM, DMARC and MX the way receivers do.</source>
        <translation>Fragt SPF, DKIM, DMARC und MX so ab, wie Empfänger es tun.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Records to publish</source>
        <translation>Zu veröffentlichende Einträge</translation>
    </message>
    <message>
        <source>SPF include tree</source>
        <translation>SPF-Include-Baum</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Checks what receivers check about the domain you send from: SPF, DKIM, DMARC and MX, and what your provider asks you to publish.</source>
        <translation>Prüft, was Empfänger an der Domain prüfen, von der Sie senden: SPF, DKIM, DMARC und MX, und was Ihr Anbieter Sie veröffentlichen lässt.</translation>
    </message>
    <message>
        <source>DNS lookups cannot start: %1</source>
        <translation>DNS-Abfragen können nicht starten: %1</translation>
    </message>
    <message>
        <source>Looking up the DNS records of %1…</source>
        <translation>Die DNS-Einträge von %1 werden abgefragt…</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copies the record, in zone-file form, to the clipboard.</source>
        <translation>Kopiert den Eintrag im Zonendatei-Format in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation>Nichts zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Some records could not be read, so parts of the check are missing: %1 Check your network or nameserver and try again.</source>
        <translation>Einige Einträge ließen sich nicht lesen, daher fehlen Teile der Prüfung: %1 Prüfen Sie Netzwerk oder Nameserver und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Domain check status</source>
        <translation>Status der Domainprüfung</translation>
    </message>
    <message>
        <source>Domain checks</source>
        <translation>Domainprüfungen</translation>
    </message>
    <message>
        <source>Check domain</source>
        <translation>Domain prüfen</translation>
    </message>
    <message>
        <source>MX %1</source>
        <translation>MX %1</translation>
    </message>
    <message>
        <source>Check this server</source>
        <translation>Diesen Server prüfen</translation>
    </message>
    <message>
        <source>Check the server %1</source>
        <translation>Den Server %1 prüfen</translation>
    </message>
    <message>
        <source>Opens the Server tab for %1: reverse DNS, blocklists and its greeting.</source>
        <translation>Öffnet den Reiter Server für %1: Reverse DNS, Sperrlisten und seine Begrüßung.</translation>
    </message>
    <message>
        <source>Certificate matches %1</source>
        <translation>Zertifikat passt zu %1</translation>
    </message>
    <message>
        <source>Certificate does not match the TLSA records (SHA-256 %1)</source>
        <translation>Zertifikat passt nicht zu den TLSA-Einträgen (SHA-256 %1)</translation>
    </message>
    <message>
        <source>No STARTTLS offered</source>
        <translation>Kein STARTTLS angeboten</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not compared: port %1 not reachable from here</source>
        <translation>Nicht verglichen: Port %1 ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Nicht verglichen: %1</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>The domain you send from, for example example.com.</source>
        <translation>Die Domain, von der Sie senden, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>The result of each check of the domain, with what to fix.</source>
        <translation>Das Ergebnis jeder Prüfung der Domain, mit dem, was zu beheben ist.</translation>
    </message>
    <message>
        <source>The DNS records to publish for this domain.</source>
        <translation>Die DNS-Einträge, die für diese Domain zu veröffentlichen sind.</translation>
    </message>
    <message>
        <source>The SPF record and every record it includes, with the DNS lookups they cost.</source>
        <translation>Der SPF-Eintrag und jeder Eintrag, den er einbindet, mit den DNS-Abfragen, die sie kosten.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainReport</name>
    <message>
        <source>%1: every check passes</source>
        <translation>%1: alle Prüfungen bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n check(s) fail (%2)</source>
        <translation>
            <numerusform>%1: %n Prüfung schlägt fehl (%2)</numerusform>
            <numerusform>%1: %n Prüfungen schlagen fehl (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing fails, %n warning(s)</source>
        <translation>
            <numerusform>%1: nichts schlägt fehl, %n Warnung</numerusform>
            <numerusform>%1: nichts schlägt fehl, %n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::EvidenceText</name>
    <message>
        <source>sure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>ziemlich sicher</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>nicht sicher</translation>
    </message>
    <message>
        <source>the provider&apos;s own words</source>
        <translation>die eigenen Worte des Anbieters</translation>
    </message>
    <message>
        <source>the words</source>
        <translation>die Worte</translation>
    </message>
    <message>
        <source>the enhanced code</source>
        <translation>der erweiterte Statuscode</translation>
    </message>
    <message>
        <source>the enhanced code&apos;s class</source>
        <translation>die Klasse des erweiterten Statuscodes</translation>
    </message>
    <message>
        <source>the reply code</source>
        <translation>der Antwortcode</translation>
    </message>
    <message>
        <source>the step it answered</source>
        <translation>der Schritt, auf den er antwortete</translation>
    </message>
    <message>
        <source>the server&apos;s provider</source>
        <translation>der Anbieter des Servers</translation>
    </message>
    <message>
        <source>what the session saw</source>
        <translation>was die Sitzung beobachtet hat</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Why this explanation?</source>
        <translation>Warum diese Erklärung?</translation>
    </message>
    <message>
        <source>%1 Not sure: nothing in the text is known to Sendcheck, so this is only a general reading.</source>
        <translation>%1 Nicht sicher: Nichts in dem Text ist Sendcheck bekannt, daher ist dies nur eine allgemeine Deutung.</translation>
    </message>
    <message>
        <source>%1 Sure: %2.</source>
        <translation>%1 Sicher: %2.</translation>
    </message>
    <message>
        <source>%1 Fairly sure: %2.</source>
        <translation>%1 Ziemlich sicher: %2.</translation>
    </message>
    <message>
        <source>%1 Not sure: only %2 point this way. Read the server&apos;s own words before acting on it.</source>
        <translation>%1 Nicht sicher: Nur %2 deuten in diese Richtung. Lesen Sie die Worte des Servers, bevor Sie danach handeln.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HistoryPanel</name>
    <message>
        <source>Compare with &amp;last success</source>
        <translation>Mit &amp;letztem Erfolg vergleichen</translation>
    </message>
    <message>
        <source>What changed since this profile last worked: settings, TLS, certificate, the server&apos;s greeting and capabilities, and where the conversations part.</source>
        <translation>Was sich geändert hat, seit dieses Profil zuletzt funktioniert hat: Einstellungen, TLS, Zertifikat, Begrüßung und Fähigkeiten des Servers und wo die Dialoge auseinandergehen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Removes this run from the history.</source>
        <translation>Entfernt diesen Lauf aus dem Verlauf.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>✔ Worked</source>
        <translation>✔ Hat funktioniert</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>✘ Failed (%1)</source>
        <translation>✘ Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>No runs in the history yet.</source>
        <translation>Noch keine Läufe im Verlauf.</translation>
    </message>
    <message>
        <source>Pick a run to see its report.</source>
        <translation>Wählen Sie einen Lauf, um seinen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>There is no earlier successful run of this profile to compare with.</source>
        <translation>Es gibt keinen früheren erfolgreichen Lauf dieses Profils zum Vergleichen.</translation>
    </message>
    <message>
        <source>Compared with %1, the last time it worked:</source>
        <translation>Verglichen mit %1, als es zuletzt funktioniert hat:</translation>
    </message>
    <message>
        <source>The run was removed from the history.</source>
        <translation>Der Lauf wurde aus dem Verlauf entfernt.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Show runs of profile</source>
        <translation>Durchläufe des Profils zeigen</translation>
    </message>
    <message>
        <source>Comparison with the last success</source>
        <translation>Vergleich mit dem letzten Erfolg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <source>Domain check</source>
        <translation>Domainprüfung</translation>
    </message>
    <message>
        <source>Server check</source>
        <translation>Serverprüfung</translation>
    </message>
    <message>
        <source>Port probe</source>
        <translation>Portprüfung</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Einstellungssuche</translation>
    </message>
    <message>
        <source>This run is not kept in the history: %1</source>
        <translation>Dieser Lauf wird nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>Shows only the runs of the chosen profile.</source>
        <translation>Zeigt nur die Läufe des gewählten Profils.</translation>
    </message>
    <message>
        <source>Your earlier runs, newest first: select one to see its report.</source>
        <translation>Ihre bisherigen Läufe, die neuesten zuerst: Wählen Sie einen aus, um seinen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>The report of the selected run.</source>
        <translation>Der Bericht des ausgewählten Laufs.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HistoryStore</name>
    <message>
        <source>The SQLite driver for Qt is not installed (on Debian and Ubuntu: libqt6sql6-sqlite), so no history is kept.</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert (unter Debian und Ubuntu: libqt6sql6-sqlite), daher wird kein Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>The folder %1 for the history cannot be created.</source>
        <translation>Der Ordner %1 für den Verlauf kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read (%2), and moving it aside failed (%3). No history is kept for now.</source>
        <translation>Die Verlaufsdatei %1 kann nicht gelesen werden (%2), und sie beiseitezulegen ist fehlgeschlagen (%3). Vorerst wird kein Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>The history file %1 could not be read (%2). It was moved aside to %3 and a new, empty history was started.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht gelesen werden (%2). Sie wurde nach %3 verschoben und ein neuer, leerer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>the database is damaged (%1)</source>
        <translation>die Datenbank ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>its schema version is unreadable</source>
        <translation>ihre Schemaversion ist nicht lesbar</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Sendcheck history</source>
        <translation>sie ist eine SQLite-Datenbank, aber kein Sendcheck-Verlauf</translation>
    </message>
    <message>
        <source>it was made by a newer Sendcheck (history schema %1; this version knows up to %2), so it is left as it is</source>
        <translation>sie stammt von einem neueren Sendcheck (Verlaufsschema %1; diese Version kennt bis %2), daher bleibt sie unverändert</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The run could not be saved in the history: %1</source>
        <translation>Der Lauf konnte nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no run %1 in the history.</source>
        <translation>Im Verlauf gibt es keinen Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 in the history cannot be read: %2</source>
        <translation>Lauf %1 im Verlauf kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The history setting could not be saved: %1</source>
        <translation>Die Einstellung des Verlaufs konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HttpsGet</name>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid: %2</source>
        <translation>Das Zertifikat von %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1 over HTTPS: %2</source>
        <translation>Keine HTTPS-Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 sent over %2 KB of headers.</source>
        <translation>%1 hat über %2 KB Kopfzeilen gesendet.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KB; an MTA-STS policy must be small.</source>
        <translation>Die Datei ist größer als %1 KB; eine MTA-STS-Richtlinie muss klein sein.</translation>
    </message>
    <message>
        <source>%1 closed the connection without a complete HTTP answer.</source>
        <translation>%1 hat die Verbindung ohne vollständige HTTP-Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP.</source>
        <translation>%1 hat nicht in HTTP geantwortet.</translation>
    </message>
    <message>
        <source>https://%1%2 redirects (HTTP %3) to %4; MTA-STS policies must be served directly, senders do not follow redirects.</source>
        <translation>https://%1%2 leitet um (HTTP %3) auf %4; MTA-STS-Richtlinien müssen direkt ausgeliefert werden, Absender folgen keinen Umleitungen.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>https://%1%2 is not there (HTTP 404).</source>
        <translation>https://%1%2 ist nicht vorhanden (HTTP 404).</translation>
    </message>
    <message>
        <source>https://%1%2 answered HTTP %3 instead of 200.</source>
        <translation>https://%1%2 hat HTTP %3 statt 200 geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent a broken chunked answer.</source>
        <translation>%1 hat eine fehlerhafte Chunked-Antwort gesendet.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HttpsPolicyFetcher</name>
    <message>
        <source>the web</source>
        <translation>dem Web</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ImapSession</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Waiting for the greeting</source>
        <translation>Warten auf die Begrüßung</translation>
    </message>
    <message>
        <source>Reading the capabilities</source>
        <translation>Fähigkeiten werden gelesen</translation>
    </message>
    <message>
        <source>Asking for STARTTLS</source>
        <translation>STARTTLS wird angefragt</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Warten auf eine Antwort</translation>
    </message>
    <message>
        <source>Waiting for new mail (IDLE)</source>
        <translation>Warten auf neue Mail (IDLE)</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Abmeldung läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No IMAP server name was given.</source>
        <translation>Es wurde kein IMAP-Servername angegeben.</translation>
    </message>
    <message>
        <source>The user name must not contain line breaks.</source>
        <translation>Der Benutzername darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>Aus der CA-Datei %1 konnte kein Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>Connecting to IMAP server %1 port %2 (%3)</source>
        <translation>Verbinde mit IMAP-Server %1, Port %2 (%3)</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <source>plain, then STARTTLS</source>
        <translation>unverschlüsselt, dann STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Verbunden mit %1, Port %2</translation>
    </message>
    <message>
        <source>Bytes that arrived before TLS was in place were discarded unread: %1.</source>
        <translation>Bytes, die vor dem Aufbau von TLS ankamen, wurden ungelesen verworfen: %1.</translation>
    </message>
    <message>
        <source>Responses the server sent after its STARTTLS answer and before TLS were discarded unread (STARTTLS injection defence): %1.</source>
        <translation>Antworten, die der Server nach seiner STARTTLS-Antwort und vor TLS gesendet hat, wurden ungelesen verworfen (Schutz gegen STARTTLS-Injection): %1.</translation>
    </message>
    <message>
        <source>The server signed us in before TLS (PREAUTH), so STARTTLS is not possible; the connection was closed rather than continue without encryption.</source>
        <translation>Der Server hat uns schon vor TLS angemeldet (PREAUTH), daher ist STARTTLS nicht möglich; die Verbindung wurde getrennt, statt unverschlüsselt weiterzumachen.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is no IMAP greeting.</source>
        <translation>Die Begrüßung des Servers ist keine IMAP-Begrüßung.</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Der Server hat die Sitzung beendet.</translation>
    </message>
    <message>
        <source>The server sent more than %1 untagged responses for one command; the session was stopped.</source>
        <translation>Der Server hat mehr als %1 ungetaggte Antworten auf einen Befehl gesendet; die Sitzung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server asked for more data where none was due.</source>
        <translation>Der Server hat weitere Daten verlangt, wo keine vorgesehen waren.</translation>
    </message>
    <message>
        <source>The server asked for more sign-in data than exists.</source>
        <translation>Der Server hat mehr Anmeldedaten verlangt, als es gibt.</translation>
    </message>
    <message>
        <source>The server answered a command that was never sent (tag %1).</source>
        <translation>Der Server hat auf einen Befehl geantwortet, der nie gesendet wurde (Tag %1).</translation>
    </message>
    <message>
        <source>The server refused the CAPABILITY command.</source>
        <translation>Der Server hat den Befehl CAPABILITY abgelehnt.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS; the session was stopped rather than continue without encryption.</source>
        <translation>Der Server hat STARTTLS abgelehnt; die Sitzung wurde abgebrochen, statt unverschlüsselt weiterzumachen.</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>The server answered out of turn.</source>
        <translation>Der Server hat zur falschen Zeit geantwortet.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection would not be encrypted; nothing was sent. Use TLS on port 993, or ask the provider.</source>
        <translation>Der Server bietet kein STARTTLS an, die Verbindung wäre also unverschlüsselt; es wurde nichts gesendet. Verwenden Sie TLS auf Port 993 oder fragen Sie den Anbieter.</translation>
    </message>
    <message>
        <source>Bytes the server sent after its STARTTLS answer and before TLS were discarded unread (STARTTLS injection defence): %1.</source>
        <translation>Bytes, die der Server nach seiner STARTTLS-Antwort und vor TLS gesendet hat, wurden ungelesen verworfen (Schutz gegen STARTTLS-Injection): %1.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use TLS or STARTTLS.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, daher wurde das Passwort nicht gesendet. Verwenden Sie TLS oder STARTTLS.</translation>
    </message>
    <message>
        <source>No password or token was given for the IMAP sign-in.</source>
        <translation>Für die IMAP-Anmeldung wurde kein Passwort und kein Token angegeben.</translation>
    </message>
    <message>
        <source>The server does not offer AUTHENTICATE %1.</source>
        <translation>Der Server bietet AUTHENTICATE %1 nicht an.</translation>
    </message>
    <message>
        <source>[credentials hidden]</source>
        <translation>[Anmeldedaten ausgeblendet]</translation>
    </message>
    <message>
        <source>The server does not allow LOGIN here (LOGINDISABLED) and offers no AUTHENTICATE PLAIN.</source>
        <translation>Der Server erlaubt hier kein LOGIN (LOGINDISABLED) und bietet kein AUTHENTICATE PLAIN an.</translation>
    </message>
    <message>
        <source>The user name needs an IMAP literal, which this server cannot take in LOGIN.</source>
        <translation>Der Benutzername braucht ein IMAP-Literal, das dieser Server bei LOGIN nicht annehmen kann.</translation>
    </message>
    <message>
        <source>[password hidden]</source>
        <translation>[Passwort ausgeblendet]</translation>
    </message>
    <message>
        <source>A command with a line break was not sent.</source>
        <translation>Ein Befehl mit Zeilenumbruch wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>No answer from the IMAP server in time (%1).</source>
        <translation>Keine rechtzeitige Antwort vom IMAP-Server (%1).</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server sagte: %2</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes; reading stopped.</source>
        <translation>Der Server hat eine Zeile mit mehr als %1 Bytes gesendet; das Lesen wurde beendet.</translation>
    </message>
    <message>
        <source>The server sent a line that is no IMAP response: %1</source>
        <translation>Der Server hat eine Zeile gesendet, die keine IMAP-Antwort ist: %1</translation>
    </message>
    <message>
        <source>The server sent a response longer than %1 bytes; reading stopped.</source>
        <translation>Der Server hat eine Antwort mit mehr als %1 Bytes gesendet; das Lesen wurde beendet.</translation>
    </message>
    <message>
        <source>The server announced a literal with no valid size.</source>
        <translation>Der Server hat ein Literal ohne gültige Größe angekündigt.</translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes, more than the %2 allowed; reading stopped.</source>
        <translation>Der Server hat ein Literal mit %1 Bytes angekündigt, mehr als die erlaubten %2; das Lesen wurde beendet.</translation>
    </message>
    <message>
        <source>The server sent more than %1 literals in one response; reading stopped.</source>
        <translation>Der Server hat mehr als %1 Literale in einer Antwort gesendet; das Lesen wurde beendet.</translation>
    </message>
    <message numerus="yes">
        <source>[literal data not shown: %n bytes]</source>
        <translation>
            <numerusform>[Literal-Daten nicht angezeigt: %n Byte]</numerusform>
            <numerusform>[Literal-Daten nicht angezeigt: %n Bytes]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::KeychainCredentialStore</name>
    <message>
        <source>No saved password was found in the keyring. If your keyring is locked, unlock it and try again: a locked keyring gives the same answer.</source>
        <translation>Im Schlüsselbund wurde kein gespeichertes Passwort gefunden. Ist Ihr Schlüsselbund gesperrt, entsperren Sie ihn und versuchen Sie es erneut: Ein gesperrter Schlüsselbund gibt dieselbe Antwort.</translation>
    </message>
    <message>
        <source>The keyring refused access (it may be locked): %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (vielleicht ist er gesperrt): %1</translation>
    </message>
    <message>
        <source>Secure storage is unavailable (%1). The password can only be used for this session; nothing was written to disk.</source>
        <translation>Der sichere Passwortspeicher ist nicht verfügbar (%1). Das Passwort kann nur in dieser Sitzung verwendet werden; es wurde nichts auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The keyring could not delete the entry: %1</source>
        <translation>Der Schlüsselbund konnte den Eintrag nicht löschen: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::LineExplanation</name>
    <message>
        <source>Part of the message itself: headers and body go between DATA and the final dot.</source>
        <translation>Teil der eigentlichen Nachricht: Kopfzeilen und Text stehen zwischen DATA und dem abschließenden Punkt.</translation>
    </message>
    <message>
        <source>What Sendcheck did or decided.</source>
        <translation>Was Sendcheck getan oder entschieden hat.</translation>
    </message>
    <message>
        <source>A fact about the encryption (TLS) of this connection.</source>
        <translation>Eine Angabe zur Verschlüsselung (TLS) dieser Verbindung.</translation>
    </message>
    <message>
        <source>What went wrong. The verdict below explains it in plain words.</source>
        <translation>Was schiefgelaufen ist. Das Ergebnis unten erklärt es in einfachen Worten.</translation>
    </message>
    <message>
        <source>(Sent before encryption started.)</source>
        <translation>(Vor Beginn der Verschlüsselung gesendet.)</translation>
    </message>
    <message>
        <source>A line from the server.</source>
        <translation>Eine Zeile vom Server.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MainWindow</name>
    <message>
        <source>Connected and waiting.</source>
        <translation>Verbunden und bereit.</translation>
    </message>
    <message>
        <source>Paused before the next command. Press “Step through” to send it.</source>
        <translation>Angehalten vor dem nächsten Befehl. Klicken Sie auf „Einzelschritt“, um ihn zu senden.</translation>
    </message>
    <message>
        <source>Sendcheck</source>
        <translation>Sendcheck</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Send test message</source>
        <translation>Testnachricht &amp;senden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Trainer mode</source>
        <translation>&amp;Trainermodus</translation>
    </message>
    <message>
        <source>&amp;Practice server</source>
        <translation>Ü&amp;bungsserver</translation>
    </message>
    <message>
        <source>Select a line to see what it means.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, was sie bedeutet.</translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
        <translation>Der Übungsserver konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The test message cannot be sent</source>
        <translation>Die Testnachricht kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet …</translation>
    </message>
    <message>
        <source>Talking to %1…</source>
        <translation>Verbindung mit %1 läuft …</translation>
    </message>
    <message>
        <source>Getting the sign-in from your system keychain…</source>
        <translation>Die Anmeldung wird aus dem Schlüsselbund des Systems geholt …</translation>
    </message>
    <message>
        <source>Press “Sign in with %1” in the settings, then try again.</source>
        <translation>Klicken Sie in den Einstellungen auf „Mit %1 anmelden“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>Der Verlauf ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>This run is not kept in the history: %1</source>
        <translation>Dieser Lauf wird nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>New profile from &amp;address…</source>
        <translation>Neues Profil aus &amp;Adresse …</translation>
    </message>
    <message>
        <source>&amp;Server check</source>
        <translation>&amp;Serverprüfung</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ste&amp;p through</source>
        <translation>&amp;Einzelschritt</translation>
    </message>
    <message>
        <source>&amp;Find in the transcript</source>
        <translation>Im Protokoll s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Dark colours</source>
        <translation>&amp;Dunkle Farben</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Hi&amp;lfe</translation>
    </message>
    <message>
        <source>&amp;Explanation topics</source>
        <translation>&amp;Erklärungsthemen</translation>
    </message>
    <message>
        <source>&amp;About Sendcheck</source>
        <translation>Ü&amp;ber Sendcheck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Sendcheck</source>
        <translation>Über Sendcheck</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sendcheck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sets up and proves outgoing mail (SMTP) settings, and explains in plain words what the server said.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Built with Qt %2 (LGPL-3.0) and QtKeychain (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sendcheck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Richtet Einstellungen für ausgehende E-Mail (SMTP) ein, weist nach, dass sie funktionieren, und erklärt in einfachen Worten, was der Server gesagt hat.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Erstellt mit Qt %2 (LGPL-3.0) und QtKeychain (BSD-3-Clause).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explanation topics</source>
        <translation>Erklärungsthemen</translation>
    </message>
    <message>
        <source>Each explanation has a topic id (shown small in the verdict, for tickets). “sendcheck-cli explain TOPIC” prints it in full.</source>
        <translation>Jede Erklärung hat eine Themen-ID (klein im Ergebnis angezeigt, für Tickets). „sendcheck-cli explain THEMA“ gibt sie vollständig aus.</translation>
    </message>
    <message>
        <source>This conversation is over. Press “Start again” to begin a new one.</source>
        <translation>Dieses Gespräch ist zu Ende. Klicken Sie auf „Neu beginnen“, um ein neues zu beginnen.</translation>
    </message>
    <message>
        <source>%1 · %2:%3 · %4</source>
        <translation>%1 · %2:%3 · %4</translation>
    </message>
    <message>
        <source>Next: enter the server&apos;s name in the settings, then press “Step through”.</source>
        <translation>Als Nächstes: Geben Sie in den Einstellungen den Namen des Servers ein und klicken Sie dann auf „Einzelschritt“.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Test a&amp;ll ports…</source>
        <translation>A&amp;lle Ports testen …</translation>
    </message>
    <message>
        <source>Do&amp;main check</source>
        <translation>Do&amp;main prüfen</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting… %1 s left</source>
        <translation>Warten auf die Begrüßung des Servers … noch %1 s</translation>
    </message>
    <message>
        <source>Switch Security to TLS from the start</source>
        <translation>„Sicherheit“ auf „TLS von Anfang an“ stellen</translation>
    </message>
    <message>
        <source>Security is now TLS from the start, on port %1. Test the connection again to check.</source>
        <translation>„Sicherheit“ ist jetzt „TLS von Anfang an“, auf Port %1. Testen Sie die Verbindung erneut, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem&apos;s colours</source>
        <translation>S&amp;ystemfarben folgen</translation>
    </message>
    <message>
        <source>Sendcheck&apos;s version, what it does and its licences.</source>
        <translation>Die Version von Sendcheck, was es tut, und seine Lizenzen.</translation>
    </message>
    <message>
        <source>Closes the About window.</source>
        <translation>Schließt das Fenster „Über Sendcheck“.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MemoryCredentialStore</name>
    <message>
        <source>Simulated credential store failure.</source>
        <translation>Simulierter Fehler des Passwortspeichers.</translation>
    </message>
    <message>
        <source>Nothing saved.</source>
        <translation>Nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MemoryDnsResolver</name>
    <message>
        <source>test records in memory</source>
        <translation>Testeinträge im Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MemoryPolicyFetcher</name>
    <message>
        <source>files held in memory</source>
        <translation>im Speicher gehaltenen Dateien</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Keine Verbindung zu %1 möglich.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MtaStsPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a &quot;key: value&quot; line.</source>
        <translation>&apos;%1&apos; ist keine Zeile der Form &quot;Schlüssel: Wert&quot;.</translation>
    </message>
    <message>
        <source>version is given more than once; the first counts.</source>
        <translation>version steht mehrmals da; die erste zählt.</translation>
    </message>
    <message>
        <source>version: should be the first line.</source>
        <translation>version: sollte die erste Zeile sein.</translation>
    </message>
    <message>
        <source>mode: %1 is not enforce, testing or none.</source>
        <translation>mode: %1 ist weder enforce noch testing noch none.</translation>
    </message>
    <message>
        <source>mode is given more than once; the first counts.</source>
        <translation>mode steht mehrmals da; der erste zählt.</translation>
    </message>
    <message>
        <source>max_age is given more than once; the first counts.</source>
        <translation>max_age steht mehrmals da; der erste zählt.</translation>
    </message>
    <message>
        <source>max_age: %1 is not a number of seconds.</source>
        <translation>max_age: %1 ist keine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>max_age: %1 is more than the %2 seconds (one year) allowed.</source>
        <translation>max_age: %1 ist mehr als die erlaubten %2 Sekunden (ein Jahr).</translation>
    </message>
    <message>
        <source>mx: %1 is not a host name or a *.domain pattern.</source>
        <translation>mx: %1 ist weder ein Hostname noch ein *.domain-Muster.</translation>
    </message>
    <message>
        <source>The file has no &quot;version: STSv1&quot; line, so it is not an MTA-STS policy.</source>
        <translation>Die Datei hat keine Zeile &quot;version: STSv1&quot;, ist also keine MTA-STS-Richtlinie.</translation>
    </message>
    <message>
        <source>version: %1 is not STSv1.</source>
        <translation>version: %1 ist nicht STSv1.</translation>
    </message>
    <message>
        <source>The policy has no mode: line (enforce, testing or none).</source>
        <translation>Die Richtlinie hat keine Zeile mode: (enforce, testing oder none).</translation>
    </message>
    <message>
        <source>The policy has no max_age: line.</source>
        <translation>Die Richtlinie hat keine Zeile max_age:.</translation>
    </message>
    <message>
        <source>The policy names no mx: hosts, so no server can match it.</source>
        <translation>Die Richtlinie nennt keine mx:-Hosts, also kann kein Server zu ihr passen.</translation>
    </message>
    <message>
        <source>max_age is under a day: senders forget the policy quickly and an attacker can wait it out. A week or more (604800) is usual.</source>
        <translation>max_age liegt unter einem Tag: Absender vergessen die Richtlinie schnell, und ein Angreifer kann sie aussitzen. Üblich ist eine Woche oder mehr (604800).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MtaStsRecord</name>
    <message>
        <source>The record must start with v=STSv1.</source>
        <translation>Der Eintrag muss mit v=STSv1 beginnen.</translation>
    </message>
    <message>
        <source>The record has no id= (the policy&apos;s version, 1 to 32 letters and digits).</source>
        <translation>Der Eintrag hat kein id= (die Version der Richtlinie, 1 bis 32 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>id=%1 is not valid: it must be 1 to 32 letters and digits, nothing else.</source>
        <translation>id=%1 ist ungültig: Sie muss aus 1 bis 32 Buchstaben und Ziffern bestehen, sonst nichts.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MxRecords</name>
    <message>
        <source>MX %1 %2 is an IP address; an MX must name a host (RFC 5321 5.1).</source>
        <translation>MX %1 %2 ist eine IP-Adresse; ein MX muss einen Host nennen (RFC 5321 5.1).</translation>
    </message>
    <message>
        <source>A null MX (&quot;.&quot;) must be the only MX record, with preference 0 (RFC 7505).</source>
        <translation>Ein Null-MX (&quot;.&quot;) muss der einzige MX-Eintrag sein, mit Präferenz 0 (RFC 7505).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::NewProfileDialog</name>
    <message>
        <source>New Profile from Address</source>
        <translation>Neues Profil aus Adresse</translation>
    </message>
    <message>
        <source>anna@example.com</source>
        <translation>anna@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Find settings</source>
        <translation>Einstellungen &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Offline (bundled data only)</source>
        <translation>&amp;Offline (nur mitgelieferte Daten)</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Where Sendcheck looked, in order:</source>
        <translation>Wo Sendcheck nachgesehen hat, der Reihe nach:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Servers to try</source>
        <translation>Server zum Ausprobieren</translation>
    </message>
    <message>
        <source>Servers to try (the recommended one is selected):</source>
        <translation>Server zum Ausprobieren (der empfohlene ist ausgewählt):</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Type the address you send from and press Find settings.</source>
        <translation>Geben Sie die Adresse ein, von der Sie senden, und klicken Sie auf „Einstellungen finden“.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Sucht die Einstellungen für %1 …</translation>
    </message>
    <message>
        <source>(bundled ISPDB snapshot of %1)</source>
        <translation>(mitgelieferter ISPDB-Stand vom %1)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>Vermutung</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>A guess: the name exists, but nothing says it takes mail. Test the profile before relying on it.</source>
        <translation>Eine Vermutung: Den Namen gibt es, aber nichts sagt, dass er E-Mails annimmt. Testen Sie das Profil, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>From an untrusted answer (plain HTTP, or a file for another domain): check it with your provider.</source>
        <translation>Aus einer nicht vertrauenswürdigen Antwort (unverschlüsseltes HTTP oder eine Datei für eine andere Domain): Prüfen Sie sie mit Ihrem Anbieter.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Tried from here</source>
        <translation>Von hier aus versucht</translation>
    </message>
    <message>
        <source>Servers tried</source>
        <translation>Versuchte Server</translation>
    </message>
    <message>
        <source>%v of %m servers tried</source>
        <translation>%v von %m Servern versucht</translation>
    </message>
    <message>
        <source>S&amp;top testing</source>
        <translation>&amp;Tests beenden</translation>
    </message>
    <message>
        <source>The servers tried so far keep their result.</source>
        <translation>Die bisher versuchten Server behalten ihr Ergebnis.</translation>
    </message>
    <message>
        <source>Trying the servers found and the usual ports on their hosts (%1 in all) at once, without a password: only EHLO, STARTTLS and QUIT are sent.</source>
        <translation>Die gefundenen Server und die üblichen Ports auf ihren Hosts (%1 insgesamt) werden gleichzeitig versucht, ohne Passwort: Nur EHLO, STARTTLS und QUIT werden gesendet.</translation>
    </message>
    <message>
        <source>Not tried: no encryption</source>
        <translation>Nicht versucht: ohne Verschlüsselung</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Wird versucht …</translation>
    </message>
    <message>
        <source>Tried from here: %1.</source>
        <translation>Von hier aus versucht: %1.</translation>
    </message>
    <message>
        <source>found by trying</source>
        <translation>durch Ausprobieren gefunden</translation>
    </message>
    <message>
        <source>Found by trying the usual ports on this host: no source lists this port, but it works from here.</source>
        <translation>Durch Ausprobieren der üblichen Ports auf diesem Host gefunden: Keine Quelle nennt diesen Port, aber er funktioniert von hier aus.</translation>
    </message>
    <message>
        <source>The address you send from, for example anna@example.com.</source>
        <translation>Die Adresse, von der Sie senden, zum Beispiel anna@example.com.</translation>
    </message>
    <message>
        <source>Looks up the server settings for this address and tests them.</source>
        <translation>Sucht die Servereinstellungen für diese Adresse und testet sie.</translation>
    </message>
    <message>
        <source>Looks only in the data that comes with Sendcheck, without going online.</source>
        <translation>Sucht nur in den mit Sendcheck mitgelieferten Daten, ohne online zu gehen.</translation>
    </message>
    <message>
        <source>Where the settings were looked for, and what each place answered.</source>
        <translation>Wo nach den Einstellungen gesucht wurde und was jede Stelle geantwortet hat.</translation>
    </message>
    <message>
        <source>The servers found and how each test went: select one to use it.</source>
        <translation>Die gefundenen Server und wie jeder Test verlief: Wählen Sie einen aus, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>A name for the new profile, for example Work mail.</source>
        <translation>Ein Name für das neue Profil, zum Beispiel Arbeit.</translation>
    </message>
    <message>
        <source>The name you sign in with, often your e-mail address.</source>
        <translation>Der Name, mit dem Sie sich anmelden, oft Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Whether to sign in with a password or with the provider&apos;s OAuth sign-in.</source>
        <translation>Ob die Anmeldung mit einem Passwort oder über die OAuth-Anmeldung des Anbieters erfolgt.</translation>
    </message>
    <message>
        <source>Saves the new profile with the chosen server.</source>
        <translation>Speichert das neue Profil mit dem gewählten Server.</translation>
    </message>
    <message>
        <source>Closes this window without saving.</source>
        <translation>Schließt dieses Fenster, ohne zu speichern.</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthAccess</name>
    <message>
        <source>&quot;%1&quot; is not signed in. Use &quot;Sign in with ...&quot; first. (If your keyring is locked, unlock it: a locked keyring looks the same.)</source>
        <translation>„%1“ ist nicht angemeldet. Verwenden Sie zuerst „Mit … anmelden“. (Ist Ihr Schlüsselbund gesperrt, entsperren Sie ihn: Ein gesperrter Schlüsselbund sieht genauso aus.)</translation>
    </message>
    <message>
        <source>The saved sign-in of &quot;%1&quot; is damaged and cannot be used. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung von „%1“ ist beschädigt und kann nicht verwendet werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved sign-in of &quot;%1&quot; was made with another provider or app registration. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung von „%1“ stammt von einem anderen Anbieter oder einer anderen App-Registrierung. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it is used for this send only.</source>
        <translation>Die erneuerte Anmeldung konnte nicht im Schlüsselbund gespeichert werden (%1); sie wird nur für diesen Versand verwendet.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthConfig</name>
    <message>
        <source>The profile &quot;%1&quot; is not made from a preset that offers OAuth sign-in (Gmail, Microsoft 365, Outlook.com).</source>
        <translation>Das Profil „%1“ beruht nicht auf einer Vorlage, die eine OAuth-Anmeldung anbietet (Gmail, Microsoft 365, Outlook.com).</translation>
    </message>
    <message>
        <source>Enter the client id of the app you (or your organisation) registered with %1 first. Register one as a desktop app (Google Cloud console: Credentials, OAuth client ID; Microsoft Entra admin center: App registrations), allow it to send mail, and copy its client id here.</source>
        <translation>Geben Sie zuerst die Client-ID der App ein, die Sie (oder Ihre Organisation) bei %1 registriert haben. Registrieren Sie dazu eine Desktop-App (Google Cloud Console: Anmeldedaten, OAuth-Client-ID; Microsoft Entra Admin Center: App-Registrierungen), erlauben Sie ihr das Senden von Mails und kopieren Sie ihre Client-ID hierher.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant: use the directory (tenant) id, your domain, or &quot;organizations&quot;.</source>
        <translation>„%1“ ist kein Mandant: Verwenden Sie die Verzeichnis-ID (Mandanten-ID), Ihre Domain oder &quot;organizations&quot;.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthOutcome</name>
    <message>
        <source>The provider no longer accepts this sign-in: it has expired, was revoked (for example after a password change), or was made for another app. Sign in again.</source>
        <translation>Der Anbieter akzeptiert diese Anmeldung nicht mehr: Sie ist abgelaufen, wurde widerrufen (zum Beispiel nach einer Passwortänderung) oder wurde für eine andere App erteilt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The provider does not accept the app registration: check the client id (and the client secret, if your registration has one) and that the app is allowed to use this sign-in.</source>
        <translation>Der Anbieter akzeptiert die App-Registrierung nicht: Prüfen Sie die Client-ID (und den geheimen Clientschlüssel, falls Ihre Registrierung einen hat) und ob die App diese Anmeldung verwenden darf.</translation>
    </message>
    <message>
        <source>The provider refused the requested permissions (scopes). The app registration may not be allowed to send mail.</source>
        <translation>Der Anbieter hat die angeforderten Berechtigungen (Bereiche) verweigert. Möglicherweise darf die App-Registrierung keine E-Mails senden.</translation>
    </message>
    <message>
        <source>The sign-in was refused at the provider: you (or a policy of your organisation) did not allow Sendcheck to send mail for this account.</source>
        <translation>Die Anmeldung wurde beim Anbieter abgelehnt: Sie (oder eine Richtlinie Ihrer Organisation) haben Sendcheck nicht erlaubt, für dieses Konto E-Mails zu senden.</translation>
    </message>
    <message>
        <source>The provider found the request incomplete or wrong; the redirect address may not be registered for this app.</source>
        <translation>Der Anbieter hält die Anfrage für unvollständig oder falsch; möglicherweise ist die Weiterleitungsadresse für diese App nicht registriert.</translation>
    </message>
    <message>
        <source>The provider had a problem of its own. Try again in a few minutes.</source>
        <translation>Beim Anbieter selbst ist ein Problem aufgetreten. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in (%1).</source>
        <translation>Der Anbieter hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;</source>
        <translation>Die Meldung des Anbieters: „%1“</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked at the provider. Sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde beim Anbieter widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The provider&apos;s token service could not be reached: %1</source>
        <translation>Der Tokendienst des Anbieters war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s token service answered with HTTP status %1 and no explanation. Try again later.</source>
        <translation>Der Tokendienst des Anbieters hat mit HTTP-Status %1 ohne Erklärung geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The provider&apos;s token service answered, but not with a token. Check the token address of the preset.</source>
        <translation>Der Tokendienst des Anbieters hat geantwortet, aber kein Token geliefert. Prüfen Sie die Token-Adresse der Vorlage.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthPanel</name>
    <message>
        <source>OAuth sign-in</source>
        <translation>OAuth-Anmeldung</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>from your app registration</source>
        <translation>aus Ihrer App-Registrierung</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Your organisation&apos;s directory (tenant) id or domain. Leave it empty for the usual choice.</source>
        <translation>Die Verzeichnis-ID (Mandanten-ID) oder Domain Ihrer Organisation. Leer lassen für die übliche Wahl.</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>kept with the sign-in, never in the profile</source>
        <translation>wird mit der Anmeldung aufbewahrt, nie im Profil</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Geheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Removes the sign-in from your system keychain. The app registration stays.</source>
        <translation>Entfernt die Anmeldung aus dem Schlüsselbund des Systems. Die App-Registrierung bleibt.</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Sign-in warning</source>
        <translation>Anmeldewarnung</translation>
    </message>
    <message>
        <source>No browser opened? Open this address in one yourself:</source>
        <translation>Kein Browser geöffnet? Öffnen Sie diese Adresse selbst in einem Browser:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Die Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>%1 (the default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>Sendcheck signs in as an app that you (or your organisation) register with %1; the client id comes from that registration.</source>
        <translation>Sendcheck meldet sich als App an, die Sie (oder Ihre Organisation) bei %1 registrieren; die Client-ID stammt aus dieser Registrierung.</translation>
    </message>
    <message>
        <source>How to register an app</source>
        <translation>So registrieren Sie eine App</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address below into one.</source>
        <translation>Es ließ sich kein Browser öffnen: Kopieren Sie die Adresse unten in einen Browser.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in was removed from your keychain.</source>
        <translation>Abgemeldet: Die Anmeldung wurde aus Ihrem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird abgefragt …</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>✔ Signed in (%1 did not say with which account).</source>
        <translation>✔ Angemeldet (%1 hat nicht gesagt, mit welchem Konto).</translation>
    </message>
    <message>
        <source>✔ Signed in as %1.</source>
        <translation>✔ Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in with %1 there and allow Sendcheck to send mail.</source>
        <translation>Warten auf den Browser … Melden Sie sich dort mit %1 an und erlauben Sie Sendcheck, E-Mails zu senden.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ The user name is %1, but the sign-in is for %2: the server will refuse, because the token belongs to %2. Change the user name, or sign in again as %1.</source>
        <translation>⚠ Der Benutzername ist %1, die Anmeldung gilt aber für %2: Der Server wird ablehnen, denn das Token gehört zu %2. Ändern Sie den Benutzernamen oder melden Sie sich erneut als %1 an.</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>How OAuth sign-in works here</source>
        <translation>So funktioniert die OAuth-Anmeldung hier</translation>
    </message>
    <message>
        <source>Sign in with the provider</source>
        <translation>Beim Anbieter anmelden</translation>
    </message>
    <message>
        <source>The client id of your app registration with the provider.</source>
        <translation>Die Client-ID Ihrer App-Registrierung beim Anbieter.</translation>
    </message>
    <message>
        <source>The client secret of your app registration, if it has one.</source>
        <translation>Der geheime Clientschlüssel Ihrer App-Registrierung, falls sie einen hat.</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser.</source>
        <translation>Öffnet die Anmeldeseite des Anbieters in Ihrem Browser.</translation>
    </message>
    <message>
        <source>The sign-in address: open it in a browser if none opened.</source>
        <translation>Die Anmeldeadresse: Öffnen Sie sie in einem Browser, wenn sich keiner geöffnet hat.</translation>
    </message>
    <message>
        <source>Copies the sign-in address to the clipboard.</source>
        <translation>Kopiert die Anmeldeadresse in die Zwischenablage.</translation>
    </message>
    <message>
        <source>Stops waiting for the sign-in.</source>
        <translation>Wartet nicht länger auf die Anmeldung.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthRefresh</name>
    <message>
        <source>The provider&apos;s token service did not answer in time, so the sign-in could not be renewed. Try again.</source>
        <translation>Der Tokendienst des Anbieters hat nicht rechtzeitig geantwortet, daher ließ sich die Anmeldung nicht erneuern. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The saved sign-in has expired and the provider gave no way to renew it. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung ist abgelaufen, und der Anbieter hat keine Möglichkeit zur Erneuerung mitgeliefert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The provider answered the renewal without a new access token.</source>
        <translation>Der Anbieter hat auf die Erneuerung ohne neues Zugriffstoken geantwortet.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthSignIn</name>
    <message>
        <source>No answer came back from the browser in time. Start the sign-in again and finish it in the browser window that opens.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Antwort. Starten Sie die Anmeldung erneut und schließen Sie sie in dem Browserfenster ab, das sich dabei öffnet.</translation>
    </message>
    <message>
        <source>Sendcheck could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Sendcheck konnte auf 127.0.0.1 nicht auf die Antwort des Browsers lauschen.</translation>
    </message>
    <message>
        <source>Sendcheck has the answer from your browser. You can close this page and return to Sendcheck.</source>
        <translation>Sendcheck hat die Antwort Ihres Browsers erhalten. Sie können diese Seite schließen und zu Sendcheck zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Die Antwort des Browsers enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The provider answered without an access token.</source>
        <translation>Der Anbieter hat ohne Zugriffstoken geantwortet.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Password status</source>
        <translation>Passwortstatus</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Schlüsselbund des Systems wird abgefragt …</translation>
    </message>
    <message>
        <source>✔ Saved in your system keychain. Type a new password to replace it.</source>
        <translation>✔ Im Schlüsselbund des Systems gespeichert. Geben Sie ein neues Passwort ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>No password saved for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Secure storage unavailable: the password is kept for this session only.</source>
        <translation>Sicherer Passwortspeicher nicht verfügbar: Das Passwort gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>(saved; leave empty to keep it)</source>
        <translation>(gespeichert; leer lassen, um es zu behalten)</translation>
    </message>
    <message>
        <source>Secure storage unavailable: a password you type is kept for this session only.</source>
        <translation>Sicherer Passwortspeicher nicht verfügbar: Ein eingegebenes Passwort gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>No password has been given for this profile.</source>
        <translation>Für dieses Profil wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>No password is saved for this profile (%1). Type it in the Password box.</source>
        <translation>Für dieses Profil ist kein Passwort gespeichert (%1). Geben Sie es im Feld „Passwort“ ein.</translation>
    </message>
    <message>
        <source>The password for the user name; it is kept in your system keychain, never in the profile.</source>
        <translation>Das Passwort für den Benutzernamen; es wird im Schlüsselbund des Systems aufbewahrt, nie im Profil.</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Postfach-Passwort</translation>
    </message>
    <message>
        <source>The password of the mailbox user, who is another account than the one that sends; it is kept in your system keychain, never in the profile.</source>
        <translation>Das Passwort des Postfach-Benutzers, eines anderen Kontos als des sendenden; es wird im Schlüsselbund Ihres Systems aufbewahrt, nie im Profil.</translation>
    </message>
    <message>
        <source>No mailbox password saved yet: the mailbox is tried with the sending password.</source>
        <translation>Noch kein Postfach-Passwort gespeichert: Das Postfach wird mit dem Passwort zum Senden versucht.</translation>
    </message>
    <message>
        <source>No mailbox password has been given.</source>
        <translation>Es wurde kein Postfach-Passwort angegeben.</translation>
    </message>
    <message>
        <source>none is saved; type it in the Mailbox password box</source>
        <translation>keines ist gespeichert; geben Sie es im Feld „Postfach-Passwort“ ein</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PdfReport</name>
    <message>
        <source>A PDF can only be written by a program with a QGuiApplication.</source>
        <translation>Ein PDF kann nur ein Programm mit einer QGuiApplication schreiben.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PortProbe</name>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Wrong security mode</source>
        <translation>Falsche Verschlüsselungsart</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <source>TLS interception</source>
        <translation>TLS wird abgefangen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>no sign-in offered</source>
        <translation>keine Anmeldung angeboten</translation>
    </message>
    <message>
        <source>up to %1 MB</source>
        <translation>bis %1 MB</translation>
    </message>
    <message>
        <source>Nothing listens on this port</source>
        <translation>Auf diesem Port lauscht nichts</translation>
    </message>
    <message>
        <source>No connection: the port is filtered</source>
        <translation>Keine Verbindung: der Port wird gefiltert</translation>
    </message>
    <message>
        <source>Connected, but the server never said a word</source>
        <translation>Verbunden, aber der Server hat nie etwas gesagt</translation>
    </message>
    <message>
        <source>The certificate does not verify</source>
        <translation>Das Zertifikat lässt sich nicht bestätigen</translation>
    </message>
    <message>
        <source>Certificate made by %1</source>
        <translation>Zertifikat stammt von %1</translation>
    </message>
    <message>
        <source>This port takes mail without sign-in: it is for servers, or for a relay that knows your address; use a port that offers sign-in.</source>
        <translation>Dieser Port nimmt Mail ohne Anmeldung an: er ist für Server gedacht oder für ein Relay, das Ihre Adresse kennt; nehmen Sie einen Port, der eine Anmeldung anbietet.</translation>
    </message>
    <message>
        <source>Use another port; nothing is switched on here.</source>
        <translation>Nehmen Sie einen anderen Port; hier ist nichts eingeschaltet.</translation>
    </message>
    <message>
        <source>The server accepts connections but does not speak SMTP on port %1; use another port or ask the provider.</source>
        <translation>Der Server nimmt Verbindungen an, spricht auf Port %1 aber kein SMTP; nehmen Sie einen anderen Port oder fragen Sie den Anbieter.</translation>
    </message>
    <message>
        <source>Port 25 is usually blocked by internet providers and cloud hosts for outgoing connections; use 465 or 587.</source>
        <translation>Port 25 wird von Internetanbietern und Cloud-Hostern für ausgehende Verbindungen meist gesperrt; nehmen Sie 465 oder 587.</translation>
    </message>
    <message>
        <source>A firewall on the way drops the connection; try another port or network.</source>
        <translation>Eine Firewall auf dem Weg verwirft die Verbindung; versuchen Sie einen anderen Port oder ein anderes Netz.</translation>
    </message>
    <message>
        <source>Check the server name against the certificate; for your own server, give its CA file or trust its fingerprint.</source>
        <translation>Vergleichen Sie den Servernamen mit dem Zertifikat; für einen eigenen Server geben Sie dessen CA-Datei an oder vertrauen Sie seinem Fingerabdruck.</translation>
    </message>
    <message>
        <source>Turn off mail scanning of encrypted connections in %1, or add an exception for this server.</source>
        <translation>Schalten Sie in %1 das Prüfen verschlüsselter Mail-Verbindungen aus oder legen Sie eine Ausnahme für diesen Server an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535).</source>
        <translation>„%1“ ist keine Portnummer (1-65535).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the mode after / is tls or starttls.</source>
        <translation>„%1“: nach / steht tls oder starttls.</translation>
    </message>
    <message>
        <source>No port was given.</source>
        <translation>Es wurde kein Port angegeben.</translation>
    </message>
    <message>
        <source>This port expects TLS from the start, not STARTTLS</source>
        <translation>Dieser Port erwartet TLS von Anfang an, nicht STARTTLS</translation>
    </message>
    <message>
        <source>This port greets in plain text: it wants STARTTLS, not TLS from the start</source>
        <translation>Dieser Port grüßt im Klartext: er erwartet STARTTLS, nicht TLS von Anfang an</translation>
    </message>
    <message>
        <source>Choose TLS from the start (not STARTTLS) for port %1.</source>
        <translation>Wählen Sie für Port %1 „TLS von Anfang an“ (nicht STARTTLS).</translation>
    </message>
    <message>
        <source>Choose STARTTLS (not TLS from the start) for port %1.</source>
        <translation>Wählen Sie für Port %1 STARTTLS (nicht „TLS von Anfang an“).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PortProbeDialog</name>
    <message>
        <source>Test all ports</source>
        <translation>Alle Ports testen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Use this setting</source>
        <translation>Diese Einstellung verwenden</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Wird versucht …</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Recommended: port %1 with %2. %3</source>
        <translation>Empfohlen: Port %1 mit %2. %3</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>Use %1 on port %2</source>
        <translation>%1 auf Port %2 verwenden</translation>
    </message>
    <message>
        <source>Certificate issuer: %1</source>
        <translation>Aussteller des Zertifikats: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technisches Detail: %1</translation>
    </message>
    <message>
        <source>Each port and security setting tried, with its result: select a row for details.</source>
        <translation>Jeder versuchte Port mit seiner Sicherheitseinstellung und seinem Ergebnis: Wählen Sie eine Zeile für Einzelheiten.</translation>
    </message>
    <message>
        <source>Puts the selected port and security setting into the profile.</source>
        <translation>Übernimmt den ausgewählten Port und die Sicherheitseinstellung in das Profil.</translation>
    </message>
    <message>
        <source>Tries all the settings again.</source>
        <translation>Versucht alle Einstellungen erneut.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Schließt dieses Fenster.</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n settings of %1 at once, without a password (at most %2 s each). Only EHLO, STARTTLS and QUIT are sent.</source>
        <translation>
            <numerusform>Versuche %n Einstellung von %1, ohne Passwort (höchstens %2 s). Es wird nur EHLO, STARTTLS und QUIT gesendet.</numerusform>
            <numerusform>Versuche %n Einstellungen von %1 gleichzeitig, ohne Passwort (höchstens %2 s je Versuch). Es wird nur EHLO, STARTTLS und QUIT gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::PortProbeResult</name>
    <message>
        <source>No setting works without interception: antivirus or a proxy stands between this computer and the server.</source>
        <translation>Keine Einstellung funktioniert ohne Abfangen: ein Virenschutz oder ein Proxy steht zwischen diesem Computer und dem Server.</translation>
    </message>
    <message>
        <source>No setting works from here; the rows say why for each port.</source>
        <translation>Von hier aus funktioniert keine Einstellung; die Zeilen sagen für jeden Port, warum.</translation>
    </message>
    <message>
        <source>Port %1 works, but the server offers no sign-in there: it only fits a relay that knows this computer.</source>
        <translation>Port %1 funktioniert, aber der Server bietet dort keine Anmeldung an: das passt nur zu einem Relay, das diesen Computer kennt.</translation>
    </message>
    <message>
        <source>STARTTLS on port %1: neither 465 nor 587 worked here.</source>
        <translation>STARTTLS auf Port %1: weder 465 noch 587 haben hier funktioniert.</translation>
    </message>
    <message>
        <source>TLS from the start on port 465: encrypted from the first byte, which RFC 8314 recommends for sending mail.</source>
        <translation>TLS von Anfang an auf Port 465: verschlüsselt ab dem ersten Byte, wie es RFC 8314 für das Senden von Mail empfiehlt.</translation>
    </message>
    <message>
        <source>TLS from the start on port %1: encrypted from the first byte (RFC 8314).</source>
        <translation>TLS von Anfang an auf Port %1: verschlüsselt ab dem ersten Byte (RFC 8314).</translation>
    </message>
    <message>
        <source>STARTTLS on port 587, the submission port (RFC 6409): TLS from the start on 465 did not work here.</source>
        <translation>STARTTLS auf Port 587, dem Einlieferungsport (RFC 6409): TLS von Anfang an auf 465 hat hier nicht funktioniert.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeImapServer</name>
    <message>
        <source>Start the practice SMTP server first: IMAP uses its certificate.</source>
        <translation>Starten Sie zuerst den SMTP-Übungsserver: IMAP verwendet sein Zertifikat.</translation>
    </message>
    <message>
        <source>The practice IMAP server cannot listen on %1: %2</source>
        <translation>Der IMAP-Übungsserver kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticePanel</name>
    <message>
        <source>A mail server inside Sendcheck, on this computer only. Sign in as practice / practice. Choose a scenario to make it fail on purpose and see how each failure is explained.</source>
        <translation>Ein Mailserver in Sendcheck, nur auf diesem Computer. Melden Sie sich mit practice / practice an. Wählen Sie ein Szenario, damit er absichtlich Fehler macht, und sehen Sie, wie jeder Fehler erklärt wird.</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>Übungsszenario</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Empfangene Nachrichten</translation>
    </message>
    <message>
        <source>The selected message and its session</source>
        <translation>Die ausgewählte Nachricht und ihre Sitzung</translation>
    </message>
    <message>
        <source>Running on %1: port %2 (STARTTLS), port %3 (TLS).</source>
        <translation>Läuft auf %1: Port %2 (STARTTLS), Port %3 (TLS).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>%1  from %2 to %3</source>
        <translation>%1  von %2 an %3</translation>
    </message>
    <message>
        <source>Session:
%1

Message:
%2</source>
        <translation>Sitzung:
%1

Nachricht:
%2</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Received messages:</source>
        <translation>Empfangene Nachrichten:</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Server stoppen</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <source>Mailbox (IMAP): port %1 (STARTTLS), port %2 (TLS).</source>
        <translation>Postfach (IMAP): Port %1 (STARTTLS), Port %2 (TLS).</translation>
    </message>
    <message>
        <source>The mailbox (IMAP) could not start: %1</source>
        <translation>Das Postfach (IMAP) konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Load scenario file…</source>
        <translation>Szenariodatei laden …</translation>
    </message>
    <message>
        <source>Load scenario file</source>
        <translation>Szenariodatei laden</translation>
    </message>
    <message>
        <source>A text file with one rule per line, such as “rcpt: 550 5.1.1 No such user”: the stage, then the reply the practice server gives there.</source>
        <translation>Eine Textdatei mit einer Regel pro Zeile, etwa „rcpt: 550 5.1.1 No such user“: die Stufe, dann die Antwort, die der Übungsserver dort gibt.</translation>
    </message>
    <message>
        <source>Load a practice scenario</source>
        <translation>Übungsszenario laden</translation>
    </message>
    <message>
        <source>Scenario files (*.txt *.scenario);;All files (*)</source>
        <translation>Szenariodateien (*.txt *.scenario);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This scenario file cannot be used, so the practice server keeps its scenario. %1</source>
        <translation>Diese Szenariodatei ist nicht verwendbar, daher behält der Übungsserver sein Szenario. %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Starts or stops the practice server on this computer.</source>
        <translation>Startet oder stoppt den Übungsserver auf diesem Computer.</translation>
    </message>
    <message>
        <source>Chooses how the practice server behaves, for example that it refuses the password.</source>
        <translation>Wählt, wie sich der Übungsserver verhält, zum Beispiel dass er das Passwort ablehnt.</translation>
    </message>
    <message>
        <source>The messages the practice server received: select one to read it.</source>
        <translation>Die Nachrichten, die der Übungsserver empfangen hat: Wählen Sie eine aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>The selected message as the server received it, with its session.</source>
        <translation>Die ausgewählte Nachricht, wie der Server sie empfangen hat, mit ihrer Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>Your own scenario from %1: %n rule(s), each making its stage fail.</source>
        <translation>
            <numerusform>Ihr eigenes Szenario aus %1: %n Regel, die ihre Stufe scheitern lässt.</numerusform>
            <numerusform>Ihr eigenes Szenario aus %1: %n Regeln, jede lässt ihre Stufe scheitern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeProfiles</name>
    <message>
        <source>Practice server</source>
        <translation>Übungsserver</translation>
    </message>
    <message>
        <source>The practice server&apos;s password (“practice”) is filled in for you.</source>
        <translation>Das Passwort des Übungsservers („practice“) ist bereits eingetragen.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeServer</name>
    <message>
        <source>The practice server listens on loopback addresses only (%1 is not one).</source>
        <translation>Der Übungsserver lauscht nur auf Loopback-Adressen (%1 ist keine).</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1, Port %2, nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeSession</name>
    <message>
        <source>Connection from %1</source>
        <translation>Verbindung von %1</translation>
    </message>
    <message>
        <source>Scenario: closing the connection at connect without a word</source>
        <translation>Szenario: Verbindung wird beim Aufbau wortlos geschlossen</translation>
    </message>
    <message>
        <source>Scenario: closing the connection instead of a greeting</source>
        <translation>Szenario: Verbindung wird statt einer Begrüßung geschlossen</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS aufgebaut: %1, %2</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Zeitüberschreitung wegen Untätigkeit</translation>
    </message>
    <message>
        <source>(a line longer than %1 bytes)</source>
        <translation>(eine Zeile mit mehr als %1 Byte)</translation>
    </message>
    <message>
        <source>(a line of %1 bytes, longer than %2)</source>
        <translation>(eine Zeile mit %1 Byte, länger als %2)</translation>
    </message>
    <message>
        <source>Authentication failed for &quot;%1&quot;</source>
        <translation>Anmeldung für „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Authenticated as &quot;%1&quot;</source>
        <translation>Angemeldet als „%1“</translation>
    </message>
    <message>
        <source>(%1 bytes of message data, then the final dot)</source>
        <translation>(%1 Byte Nachrichtendaten, dann der abschließende Punkt)</translation>
    </message>
    <message>
        <source>Scenario: closing the connection at %1 without a reply</source>
        <translation>Szenario: Verbindung wird bei %1 ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>The client does not read its replies; closing</source>
        <translation>Der Client liest seine Antworten nicht; Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>Discarded %1 bytes sent after STARTTLS before the handshake</source>
        <translation>%1 Byte verworfen, die nach STARTTLS vor dem Handshake gesendet wurden</translation>
    </message>
    <message>
        <source>(transcript truncated)</source>
        <translation>(Protokoll gekürzt)</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The token is right, but it belongs to &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>Das Token stimmt, gehört aber zu „%1“, nicht zu „%2“</translation>
    </message>
    <message>
        <source>The token is not the test token</source>
        <translation>Das Token ist nicht das Test-Token</translation>
    </message>
    <message>
        <source>The session lasted %1 seconds, the most allowed</source>
        <translation>Die Sitzung dauerte %1 Sekunden, das erlaubte Maximum</translation>
    </message>
    <message>
        <source>AUTH ended: the answer was too long</source>
        <translation>AUTH beendet: Die Antwort war zu lang</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProbeAttempt</name>
    <message>
        <source>Probing %1 port %2 (%3), no credentials</source>
        <translation>Prüfe %1 Port %2 (%3), ohne Zugangsdaten</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 after %3 ms</source>
        <translation>Nach %3 ms mit %1 Port %2 verbunden</translation>
    </message>
    <message>
        <source>No greeting after %1 s; checking whether this port speaks TLS</source>
        <translation>Nach %1 s keine Begrüßung; prüfe, ob dieser Port TLS spricht</translation>
    </message>
    <message>
        <source>The port answered a TLS handshake instead of greeting in plain text.</source>
        <translation>Der Port hat auf einen TLS-Handshake geantwortet, statt im Klartext zu grüßen.</translation>
    </message>
    <message>
        <source>The certificate was made by %1 (%2), not by the mail server</source>
        <translation>Das Zertifikat stammt von %1 (%2), nicht vom Mailserver</translation>
    </message>
    <message>
        <source>Certificate issued by %1: %2</source>
        <translation>Zertifikat ausgestellt von %1: %2</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS.</source>
        <translation>Der Server hat STARTTLS nicht angeboten.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS.</source>
        <translation>Der Server hat direkt nach der Zusage zu STARTTLS weitere Daten gesendet.</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>TLS wird gestartet</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>No connection within %1 s.</source>
        <translation>Keine Verbindung innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Connected, but the server said nothing within %1 s.</source>
        <translation>Verbunden, aber der Server hat innerhalb von %1 s nichts gesagt.</translation>
    </message>
    <message>
        <source>The server stopped answering; the attempt ended after %1 s.</source>
        <translation>Der Server antwortet nicht mehr; der Versuch wurde nach %1 s beendet.</translation>
    </message>
    <message>
        <source>The attempt ended early.</source>
        <translation>Der Versuch endete vorzeitig.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProbeReport</name>
    <message>
        <source>Use %1 port %2 with %3: %4</source>
        <translation>%1 Port %2 mit %3 verwenden: %4</translation>
    </message>
    <message>
        <source>Port %1 (%2): %3</source>
        <translation>Port %1 (%2): %3</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Connected after</source>
        <translation>Verbunden nach</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Zertifikat geprüft</translation>
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
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3</source>
        <translation>%1, ausgestellt von %2, gültig bis %3</translation>
    </message>
    <message>
        <source>Certificate problems</source>
        <translation>Zertifikatsprobleme</translation>
    </message>
    <message>
        <source>Intercepted by</source>
        <translation>Abgefangen von</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Größengrenze</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>keine angekündigt</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Profile</name>
    <message>
        <source>&quot;%1&quot; must be a text value.</source>
        <translation>&quot;%1&quot; muss ein Textwert sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text values.</source>
        <translation>&quot;%1&quot; muss eine Liste von Textwerten sein.</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>Das Profil hat keine ID.</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>Das Profil hat keinen Namen.</translation>
    </message>
    <message>
        <source>Unknown security mode &quot;%1&quot; (expected starttls, tls or none).</source>
        <translation>Unbekannter Sicherheitsmodus „%1“ (erwartet: starttls, tls oder none).</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;.</source>
        <translation>Unbekanntes Anmeldeverfahren „%1“.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>Der Port muss eine ganze Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; must be a whole number from 0 to %1.</source>
        <translation>&quot;timeoutSeconds&quot; muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>&quot;allowPlainAuth&quot; must be true or false.</source>
        <translation>&quot;allowPlainAuth&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be &quot;password&quot; or &quot;oauth&quot;.</source>
        <translation>&quot;signIn&quot; muss &quot;password&quot; oder &quot;oauth&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; must be an object.</source>
        <translation>&quot;oauth&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;pins&quot; must be a list of {host, port, sha256} objects.</source>
        <translation>&quot;pins&quot; muss eine Liste von {host, port, sha256}-Objekten sein.</translation>
    </message>
    <message>
        <source>Each of &quot;pins&quot; needs a server name (&quot;host&quot;), a port from 1 to 65535 and a fingerprint (&quot;sha256&quot;).</source>
        <translation>Jeder Eintrag in &quot;pins&quot; braucht einen Servernamen (&quot;host&quot;), einen Port von 1 bis 65535 und einen Fingerabdruck (&quot;sha256&quot;).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileImap</name>
    <message>
        <source>&quot;imap&quot; must be an object.</source>
        <translation>„imap“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;read_back&quot; must be true or false.</source>
        <translation>„imap“: „read_back“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;%1&quot; must be a text value.</source>
        <translation>„imap“: „%1“ muss ein Textwert sein.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;%1&quot; is not a server name.</source>
        <translation>„imap“: „%1“ ist kein Servername.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: the port must be a whole number from 1 to 65535.</source>
        <translation>„imap“: Der Port muss eine ganze Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;security&quot; must be &quot;tls&quot; or &quot;starttls&quot;.</source>
        <translation>„imap“: „security“ muss „tls“ oder „starttls“ sein.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileListPanel</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Copied. The password is not copied: type it for the new profile.</source>
        <translation>Kopiert. Das Passwort wird nicht mitkopiert: Geben Sie es für das neue Profil ein.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved password?</source>
        <translation>Das Profil „%1“ und sein gespeichertes Passwort löschen?</translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1”. Try again.</source>
        <translation>Dem Zertifikat wird für „%1“ vertraut. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The certificate was not trusted: “%1” now names another server than %2:%3.</source>
        <translation>Dem Zertifikat wurde nicht vertraut: „%1“ nennt inzwischen einen anderen Server als %2:%3.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Your saved profiles: choose one to edit and test it.</source>
        <translation>Ihre gespeicherten Profile: Wählen Sie eines aus, um es zu bearbeiten und zu testen.</translation>
    </message>
    <message>
        <source>Adds a new, empty profile.</source>
        <translation>Fügt ein neues, leeres Profil hinzu.</translation>
    </message>
    <message>
        <source>Adds a copy of the selected profile.</source>
        <translation>Fügt eine Kopie des ausgewählten Profils hinzu.</translation>
    </message>
    <message>
        <source>Gives the selected profile a new name.</source>
        <translation>Gibt dem ausgewählten Profil einen neuen Namen.</translation>
    </message>
    <message>
        <source>Deletes the selected profile and its saved password.</source>
        <translation>Löscht das ausgewählte Profil und sein gespeichertes Passwort.</translation>
    </message>
    <message>
        <source>The mailbox server&apos;s certificate is trusted for “%1”. Send again to read the message back.</source>
        <translation>Dem Zertifikat des Postfach-Servers wird für „%1“ vertraut. Senden Sie erneut, um die Nachricht zurückzulesen.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileRules</name>
    <message>
        <source>trust the certificate with SHA-256 fingerprint %1 for %2:%3, even though it does not verify</source>
        <translation>dem Zertifikat mit dem SHA-256-Fingerabdruck %1 für %2:%3 vertrauen, obwohl es sich nicht überprüfen lässt</translation>
    </message>
    <message>
        <source>connect to %1:%2 without any encryption</source>
        <translation>ohne jede Verschlüsselung mit %1:%2 verbinden</translation>
    </message>
    <message>
        <source>send the user name and password without encryption when the server offers no TLS (allowPlainAuth)</source>
        <translation>Benutzername und Passwort unverschlüsselt senden, wenn der Server kein TLS anbietet (allowPlainAuth)</translation>
    </message>
    <message>
        <source>trust every certificate signed by the CA certificates in %1</source>
        <translation>jedem Zertifikat vertrauen, das von den CA-Zertifikaten in %1 signiert ist</translation>
    </message>
    <message>
        <source>read test messages back from the mailbox server %1 (IMAP) as %2</source>
        <translation>Testnachrichten vom Postfachserver %1 (IMAP) als %2 zurücklesen</translation>
    </message>
    <message>
        <source>sign in to the mailbox server %1 (IMAP) with this profile&apos;s password or sign-in, to read test messages back</source>
        <translation>sich am Postfachserver %1 (IMAP) mit dem Passwort oder der Anmeldung dieses Profils anmelden, um Testnachrichten zurückzulesen</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it has no list of profiles</source>
        <translation>sie enthält keine Liste von Profilen</translation>
    </message>
    <message>
        <source>it has no valid schema number</source>
        <translation>sie hat keine gültige Schemanummer</translation>
    </message>
    <message>
        <source>it was written by a newer version of Sendcheck (schema %1)</source>
        <translation>sie wurde von einer neueren Sendcheck-Version geschrieben (Schema %1)</translation>
    </message>
    <message>
        <source>entry %1 is not a profile</source>
        <translation>Eintrag %1 ist kein Profil</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>profile %1 (&quot;%2&quot;) appears twice</source>
        <translation>Profil %1 („%2“) kommt zweimal vor</translation>
    </message>
    <message>
        <source>The profiles file %1 cannot be read (%2), and it could not be moved aside either. Nothing was changed; fix or remove the file.</source>
        <translation>Die Profildatei %1 kann nicht gelesen werden (%2) und konnte auch nicht beiseitegelegt werden. Es wurde nichts geändert; reparieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>The profiles file could not be read (%1). It was moved to %2 so that nothing is lost; Sendcheck starts with no profiles.</source>
        <translation>Die Profildatei konnte nicht gelesen werden (%1). Sie wurde nach %2 verschoben, damit nichts verloren geht; Sendcheck startet ohne Profile.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>sie ist viel zu groß</translation>
    </message>
    <message>
        <source>The profiles file %1 was written by a newer version of Sendcheck. It was left untouched; changes cannot be saved until you update.</source>
        <translation>Die Profildatei %1 wurde von einer neueren Sendcheck-Version geschrieben. Sie bleibt unverändert; Änderungen können erst nach einer Aktualisierung gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the old profiles file at %1.</source>
        <translation>Eine Kopie der alten Profildatei kann nicht unter %1 abgelegt werden.</translation>
    </message>
    <message>
        <source>Your profiles were converted to the current format; the old file is kept as %1.</source>
        <translation>Ihre Profile wurden in das aktuelle Format umgewandelt; die alte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>The profiles file %1 was not written: it could not be read, and saving would replace it.</source>
        <translation>Die Profildatei %1 wurde nicht geschrieben: Sie konnte nicht gelesen werden, und Speichern würde sie ersetzen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>Ein Profil braucht eine ID.</translation>
    </message>
    <message>
        <source>There is already a profile called &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>There is already a profile with the id %1.</source>
        <translation>Es gibt bereits ein Profil mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Es gibt kein Profil mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile.</source>
        <translation>%1 ist zu groß für ein Profil.</translation>
    </message>
    <message>
        <source>%1 is not a profile file (not a JSON object).</source>
        <translation>%1 ist keine Profildatei (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sendcheck.</source>
        <translation>%1 wurde von einer neueren Sendcheck-Version geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These profiles had an id that Sendcheck did not issue and were given a new one; set their password again: %1</source>
        <translation>Diese Profile hatten eine Kennung, die nicht von Sendcheck stammt, und haben eine neue bekommen. Legen Sie ihr Passwort erneut fest: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Provider</name>
    <message>
        <source>&quot;%1&quot; must be a text value.</source>
        <translation>&quot;%1&quot; muss ein Textwert sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text values.</source>
        <translation>&quot;%1&quot; muss eine Liste von Textwerten sein.</translation>
    </message>
    <message>
        <source>&quot;confidence&quot; must be &quot;confirmed&quot; or &quot;check-with-provider&quot;.</source>
        <translation>&quot;confidence&quot; muss &quot;confirmed&quot; oder &quot;check-with-provider&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>&quot;id&quot; darf nur Kleinbuchstaben, Ziffern und &apos;-&apos; enthalten (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or empty.</source>
        <translation>&quot;name&quot; fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>&quot;hosts&quot; must list at least one server.</source>
        <translation>&quot;hosts&quot; muss mindestens einen Server enthalten.</translation>
    </message>
    <message>
        <source>Every entry of &quot;hosts&quot; needs a server name in &quot;host&quot;.</source>
        <translation>Jeder Eintrag in &quot;hosts&quot; braucht einen Servernamen in &quot;host&quot;.</translation>
    </message>
    <message>
        <source>&quot;ports&quot; must list at least one port.</source>
        <translation>&quot;ports&quot; muss mindestens einen Port enthalten.</translation>
    </message>
    <message>
        <source>A port must be a whole number from 1 to 65535.</source>
        <translation>Ein Port muss eine ganze Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Port %1: &quot;security&quot; must be starttls, tls or none.</source>
        <translation>Port %1: &quot;security&quot; muss starttls, tls oder none sein.</translation>
    </message>
    <message>
        <source>Exactly one port must be marked &quot;recommended&quot; (found %1).</source>
        <translation>Genau ein Port muss als &quot;recommended&quot; markiert sein (gefunden: %1).</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot; in &quot;auth&quot;.</source>
        <translation>Unbekanntes Anmeldeverfahren „%1“ in &quot;auth&quot;.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot; in &quot;recommendedAuth&quot;.</source>
        <translation>Unbekanntes Anmeldeverfahren „%1“ in &quot;recommendedAuth&quot;.</translation>
    </message>
    <message>
        <source>Unknown &quot;secretKind&quot; &quot;%1&quot;.</source>
        <translation>Unbekannter Wert „%1“ für &quot;secretKind&quot;.</translation>
    </message>
    <message>
        <source>Help link &quot;%1&quot; must be an https address.</source>
        <translation>Der Hilfelink „%1“ muss eine https-Adresse sein.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; needs a &quot;signInName&quot;.</source>
        <translation>In &quot;oauth&quot; fehlt &quot;signInName&quot;.</translation>
    </message>
    <message>
        <source>OAuth address &quot;%1&quot; must be https (or http to 127.0.0.1).</source>
        <translation>Die OAuth-Adresse „%1“ muss https verwenden (oder http zu 127.0.0.1).</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; must list the &quot;scopes&quot; to ask for.</source>
        <translation>&quot;oauth&quot; muss unter &quot;scopes&quot; die anzufordernden Bereiche aufführen.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; uses {tenant} and so needs a &quot;defaultTenant&quot;.</source>
        <translation>&quot;oauth&quot; verwendet {tenant} und braucht daher einen Wert für &quot;defaultTenant&quot;.</translation>
    </message>
    <message>
        <source>&quot;clientSecret&quot; must be &quot;usual&quot; or &quot;none&quot;.</source>
        <translation>&quot;clientSecret&quot; muss &quot;usual&quot; oder &quot;none&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;registrationHelp&quot; must be an https address.</source>
        <translation>&quot;registrationHelp&quot; muss eine https-Adresse sein.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; must be an object.</source>
        <translation>&quot;oauth&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;redirectHost&quot; must be &quot;127.0.0.1&quot; or &quot;localhost&quot;.</source>
        <translation>&quot;redirectHost&quot; muss &quot;127.0.0.1&quot; oder &quot;localhost&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;authorizationParameters&quot;: &quot;%1&quot; cannot be set here (the sign-in sets it) or is not text.</source>
        <translation>&quot;authorizationParameters&quot;: &quot;%1&quot; kann hier nicht gesetzt werden (die Anmeldung setzt es selbst) oder ist kein Text.</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must name at least one preset.</source>
        <translation>&quot;presets&quot; muss mindestens eine Vorlage nennen.</translation>
    </message>
    <message>
        <source>&quot;hostPatterns&quot;: &quot;%1&quot; is not a valid regular expression.</source>
        <translation>&quot;hostPatterns&quot;: „%1“ ist kein gültiger regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>&quot;unsupportedPorts&quot; must be a list of port numbers.</source>
        <translation>&quot;unsupportedPorts&quot; muss eine Liste von Portnummern sein.</translation>
    </message>
    <message>
        <source>Unknown note &quot;%1&quot; in &quot;authNotes&quot;.</source>
        <translation>Unbekannter Hinweis „%1“ in &quot;authNotes&quot;.</translation>
    </message>
    <message>
        <source>&quot;domains&quot; must list lower-case domain names (got &quot;%1&quot;).</source>
        <translation>„domains“ muss Domainnamen in Kleinbuchstaben aufzählen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>&quot;mx_patterns&quot; must list lower-case host names, optionally starting with &quot;*.&quot; (got &quot;%1&quot;).</source>
        <translation>„mx_patterns“ muss Hostnamen in Kleinbuchstaben aufzählen, wahlweise mit „*.“ am Anfang (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot; must be an object.</source>
        <translation>&quot;domainDns&quot; muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProviderCatalog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: preset &quot;%2&quot;: %3</source>
        <translation>%1: Vorlage „%2“: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is too large to be a preset file.</source>
        <translation>ist zu groß für eine Vorlagendatei.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2).</source>
        <translation>ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>must contain a JSON object.</source>
        <translation>muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>uses preset schema %1; this version reads schema 1.</source>
        <translation>verwendet das Vorlagenschema %1; diese Version liest Schema 1.</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must be a list.</source>
        <translation>&quot;presets&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>the id is used twice in this file.</source>
        <translation>die ID kommt in dieser Datei zweimal vor.</translation>
    </message>
    <message>
        <source>&quot;families&quot; must be a list.</source>
        <translation>&quot;families&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1: provider family &quot;%2&quot;: %3</source>
        <translation>%1: Anbieterfamilie „%2“: %3</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProviderImap</name>
    <message>
        <source>&quot;imap&quot; must be an object, or false for a service without a mailbox.</source>
        <translation>„imap“ muss ein Objekt sein, oder false für einen Dienst ohne Postfach.</translation>
    </message>
    <message>
        <source>&quot;imap&quot; needs a server name in &quot;host&quot;.</source>
        <translation>„imap“ braucht einen Servernamen in „host“.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;security&quot; must be tls or starttls.</source>
        <translation>„imap“: „security“ muss tls oder starttls sein.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: the port must be a whole number from 1 to 65535.</source>
        <translation>„imap“: Der Port muss eine ganze Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: every scope is one word (got &quot;%1&quot;).</source>
        <translation>„imap“: Jeder Scope ist ein Wort (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;confidence&quot; must be &quot;confirmed&quot; or &quot;check-with-provider&quot;.</source>
        <translation>„imap“: „confidence“ muss „confirmed“ oder „check-with-provider“ sein.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBack</name>
    <message>
        <source>Something arrived in the inbox; searching again.</source>
        <translation>Im Posteingang ist etwas angekommen; es wird erneut gesucht.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; cannot be searched for: it must be printable ASCII without spaces or quotes.</source>
        <translation>Nach der Message-ID „%1“ kann nicht gesucht werden: Sie muss aus druckbaren ASCII-Zeichen ohne Leerzeichen und Anführungszeichen bestehen.</translation>
    </message>
    <message>
        <source>Signing in to the mailbox</source>
        <translation>Anmeldung am Postfach</translation>
    </message>
    <message>
        <source>Listing the folders</source>
        <translation>Ordner werden aufgelistet</translation>
    </message>
    <message>
        <source>Not there yet; looking again in %1 s (%2 s of %3 s waited)</source>
        <translation>Noch nicht da; neue Suche in %1 s (%2 s von %3 s gewartet)</translation>
    </message>
    <message>
        <source>Searching for %1</source>
        <translation>Suche nach %1</translation>
    </message>
    <message>
        <source>Not there yet; waiting for new mail (IDLE), %1 s of %2 s waited</source>
        <translation>Noch nicht da; warte auf neue Mail (IDLE), %1 s von %2 s gewartet</translation>
    </message>
    <message>
        <source>Found in &quot;%1&quot; after %2 s</source>
        <translation>Gefunden in „%1“ nach %2 s</translation>
    </message>
    <message>
        <source>Not found within %1 s</source>
        <translation>Nicht gefunden innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The read-back was stopped after %1 s, before the message was found; whether it arrived is not known.</source>
        <translation>Das Zurücklesen wurde nach %1 s angehalten, bevor die Nachricht gefunden war; ob sie angekommen ist, ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackResult</name>
    <message>
        <source>Run the domain check for the sender&apos;s domain (sendcheck-cli domain) and fix what it shows under %1.</source>
        <translation>Führen Sie die Domainprüfung für die Absenderdomain aus (sendcheck-cli domain) und beheben Sie, was sie unter %1 zeigt.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Check that the send was accepted (250 after DATA) and the recipient address is right; look for a bounce message in the sender&apos;s mailbox. Receivers can silently drop mail that fails SPF, DKIM or DMARC: run the domain check (spf.record, dkim.selector, dmarc.alignment). Some receivers delay new senders: try a longer --wait.</source>
        <translation>Prüfen Sie, ob der Versand angenommen wurde (250 nach DATA) und die Empfängeradresse stimmt; suchen Sie im Postfach des Absenders nach einer Unzustellbarkeitsnachricht. Empfänger können Mail, die bei SPF, DKIM oder DMARC durchfällt, stillschweigend verwerfen: Führen Sie die Domainprüfung aus (spf.record, dkim.selector, dmarc.alignment). Manche Empfänger verzögern neue Absender: Versuchen Sie ein längeres --wait.</translation>
    </message>
    <message>
        <source>The test message arrived; it was found after %1 s.</source>
        <translation>Die Testnachricht ist angekommen; sie wurde nach %1 s gefunden.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The receiver filed the message as spam, in the folder &quot;%1&quot;.</source>
        <translation>Der Empfänger hat die Nachricht als Spam eingeordnet, im Ordner „%1“.</translation>
    </message>
    <message>
        <source>Receivers send mail to spam mostly when SPF, DKIM or DMARC fail, or when the content looks like bulk mail.</source>
        <translation>Empfänger sortieren Mail meist dann als Spam aus, wenn SPF, DKIM oder DMARC fehlschlagen oder der Inhalt nach Massenmail aussieht.</translation>
    </message>
    <message>
        <source>The message landed in the inbox.</source>
        <translation>Die Nachricht ist im Posteingang gelandet.</translation>
    </message>
    <message>
        <source>The message was filed in the folder &quot;%1&quot;, not the inbox: a filter rule of the mailbox, or the receiver&apos;s sorting.</source>
        <translation>Die Nachricht wurde im Ordner „%1“ abgelegt, nicht im Posteingang: eine Filterregel des Postfachs oder die Sortierung des Empfängers.</translation>
    </message>
    <message>
        <source>The SPF record must name the server that sent the message.</source>
        <translation>Der SPF-Eintrag muss den Server nennen, der die Nachricht gesendet hat.</translation>
    </message>
    <message>
        <source>SPF at the receiver</source>
        <translation>SPF beim Empfänger</translation>
    </message>
    <message>
        <source>The receiver wrote no SPF result into the message.</source>
        <translation>Der Empfänger hat kein SPF-Ergebnis in die Nachricht geschrieben.</translation>
    </message>
    <message>
        <source>SPF passed.</source>
        <translation>SPF bestanden.</translation>
    </message>
    <message>
        <source>SPF result &quot;%1&quot;: the receiver does not see the sending server as allowed for the domain.</source>
        <translation>SPF-Ergebnis „%1“: Der Empfänger sieht den sendenden Server nicht als für die Domain erlaubt an.</translation>
    </message>
    <message>
        <source>SPF result &quot;%1&quot;: the domain does not say whether this server may send for it.</source>
        <translation>SPF-Ergebnis „%1“: Die Domain sagt nicht, ob dieser Server für sie senden darf.</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at the sending service and publish its key under the selector it uses.</source>
        <translation>Schalten Sie die DKIM-Signatur beim sendenden Dienst ein und veröffentlichen Sie dessen Schlüssel unter dem Selektor, den er verwendet.</translation>
    </message>
    <message>
        <source>DKIM at the receiver</source>
        <translation>DKIM beim Empfänger</translation>
    </message>
    <message>
        <source>The receiver wrote no Authentication-Results into the message.</source>
        <translation>Der Empfänger hat keine Authentication-Results in die Nachricht geschrieben.</translation>
    </message>
    <message>
        <source>A DKIM signature of %1 verified.</source>
        <translation>Eine DKIM-Signatur von %1 wurde bestätigt.</translation>
    </message>
    <message>
        <source>The message carried no DKIM signature the receiver checked.</source>
        <translation>Die Nachricht trug keine DKIM-Signatur, die der Empfänger geprüft hat.</translation>
    </message>
    <message>
        <source>DKIM result &quot;%1&quot;: the signature did not verify.</source>
        <translation>DKIM-Ergebnis „%1“: Die Signatur ließ sich nicht bestätigen.</translation>
    </message>
    <message>
        <source>DMARC at the receiver</source>
        <translation>DMARC beim Empfänger</translation>
    </message>
    <message>
        <source>The receiver found no DMARC policy for the sender&apos;s domain.</source>
        <translation>Der Empfänger hat für die Absenderdomain keine DMARC-Richtlinie gefunden.</translation>
    </message>
    <message>
        <source>DMARC passed for %1.</source>
        <translation>DMARC bestanden für %1.</translation>
    </message>
    <message>
        <source>DMARC result &quot;%1&quot;: neither SPF nor DKIM passed for the domain in the From address.</source>
        <translation>DMARC-Ergebnis „%1“: Weder SPF noch DKIM haben für die Domain der Absenderadresse (From) bestanden.</translation>
    </message>
    <message>
        <source>The domain that SPF or DKIM checks must match the From address&apos;s domain.</source>
        <translation>Die Domain, die SPF oder DKIM prüft, muss zur Domain der Absenderadresse (From) passen.</translation>
    </message>
    <message>
        <source>ARC at the receiver</source>
        <translation>ARC beim Empfänger</translation>
    </message>
    <message>
        <source>The ARC chain of a forwarding server verified.</source>
        <translation>Die ARC-Kette eines weiterleitenden Servers wurde bestätigt.</translation>
    </message>
    <message>
        <source>ARC result &quot;%1&quot;: a forwarding server&apos;s seal did not verify.</source>
        <translation>ARC-Ergebnis „%1“: Das Siegel eines weiterleitenden Servers ließ sich nicht bestätigen.</translation>
    </message>
    <message>
        <source>This is about a forwarder on the way, not the sender; if the message was forwarded, ask its operator.</source>
        <translation>Das betrifft einen Weiterleiter unterwegs, nicht den Absender; wenn die Nachricht weitergeleitet wurde, fragen Sie dessen Betreiber.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>Spamfilter</translation>
    </message>
    <message>
        <source>The spam filter (%1, %2) called it spam: score %3, threshold %4.</source>
        <translation>Der Spamfilter (%1, %2) hat sie als Spam eingestuft: Wert %3, Schwelle %4.</translation>
    </message>
    <message>
        <source>The spam filter (%1, %2) did not call it spam: score %3, threshold %4.</source>
        <translation>Der Spamfilter (%1, %2) hat sie nicht als Spam eingestuft: Wert %3, Schwelle %4.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Encryption on the way</source>
        <translation>Verschlüsselung unterwegs</translation>
    </message>
    <message>
        <source>The first hop is yours: send with STARTTLS or TLS. Later hops are the providers&apos;; MTA-STS on the receiving domain makes them use TLS.</source>
        <translation>Die erste Station ist Ihre: Senden Sie mit STARTTLS oder TLS. Spätere Stationen gehören den Anbietern; MTA-STS bei der Empfängerdomain bringt sie dazu, TLS zu verwenden.</translation>
    </message>
    <message>
        <source>Every hop (%1) used TLS.</source>
        <translation>Jede Station (%1) hat TLS verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>The test message (Message-ID %1) did not arrive in the mailbox within %n seconds: not in the inbox, not in the junk folder, not in any other folder.</source>
        <translation>
            <numerusform>Die Testnachricht (Message-ID %1) ist nicht innerhalb von %n Sekunde im Postfach angekommen: nicht im Posteingang, nicht im Spam-Ordner, in keinem anderen Ordner.</numerusform>
            <numerusform>Die Testnachricht (Message-ID %1) ist nicht innerhalb von %n Sekunden im Postfach angekommen: nicht im Posteingang, nicht im Spam-Ordner, in keinem anderen Ordner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unencrypted hops: %1.</source>
        <translation>
            <numerusform>Unverschlüsselte Station: %1.</numerusform>
            <numerusform>Unverschlüsselte Stationen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hops say they used TLS; the others do not say.</source>
        <translation>
            <numerusform>%1 von %n Station gibt an, TLS verwendet zu haben; die andere sagt nichts dazu.</numerusform>
            <numerusform>%1 von %n Stationen geben an, TLS verwendet zu haben; die anderen sagen nichts dazu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackSection</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>TLS not said</source>
        <translation>TLS nicht angegeben</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Read-back</source>
        <translation>Zurücklesen</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>unknown: the mailbox could not be read</source>
        <translation>unbekannt: Das Postfach konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>The server said</source>
        <translation>Der Server sagte</translation>
    </message>
    <message>
        <source>yes, after %1 s</source>
        <translation>ja, nach %1 s</translation>
    </message>
    <message>
        <source>no, not within %1 s</source>
        <translation>nein, nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Filed as spam</source>
        <translation>Als Spam abgelegt</translation>
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
        <source>Gmail labels</source>
        <translation>Gmail-Labels</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results</translation>
    </message>
    <message>
        <source>Received-SPF</source>
        <translation>Received-SPF</translation>
    </message>
    <message>
        <source>%1 → %2 (%3, %4)</source>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Hops, oldest first</source>
        <translation>Stationen, älteste zuerst</translation>
    </message>
    <message>
        <source>Spam filters</source>
        <translation>Spamfilter</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackSetup</name>
    <message>
        <source>%1 is a sending service without a mailbox, so there is nothing to read the message back from. Name the recipient&apos;s mailbox server instead.</source>
        <translation>%1 ist ein Versanddienst ohne Postfach; es gibt also nichts, woraus die Nachricht zurückgelesen werden könnte. Geben Sie stattdessen den Postfachserver des Empfängers an.</translation>
    </message>
    <message>
        <source>There is no mailbox server to read the message back from.</source>
        <translation>Es gibt keinen Postfachserver, aus dem die Nachricht zurückgelesen werden kann.</translation>
    </message>
    <message>
        <source>The mailbox is read over TLS only (implicit TLS or STARTTLS).</source>
        <translation>Das Postfach wird nur über TLS gelesen (implizites TLS oder STARTTLS).</translation>
    </message>
    <message>
        <source>The sign-in does not allow reading the mailbox (it lacks %1). Turn on read-back for this profile and sign in again: the sign-in then asks for mailbox access too.</source>
        <translation>Die Anmeldung erlaubt nicht, das Postfach zu lesen (es fehlt %1). Schalten Sie das Zurücklesen für dieses Profil ein und melden Sie sich erneut an: Dann fragt die Anmeldung auch nach dem Zugriff auf das Postfach.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackView</name>
    <message>
        <source>Read-back</source>
        <translation>Zurücklesen</translation>
    </message>
    <message>
        <source>What the receiver made of the message</source>
        <translation>Wie der Empfänger die Nachricht bewertet hat</translation>
    </message>
    <message>
        <source>The practice mailbox is not running, so the message cannot be read back. Start the practice server and send again.</source>
        <translation>Das Übungspostfach läuft nicht, daher kann die Nachricht nicht zurückgelesen werden. Starten Sie den Übungsserver und senden Sie erneut.</translation>
    </message>
    <message>
        <source>The message cannot be read back: %1</source>
        <translation>Die Nachricht kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Looking for the message in the mailbox… %1 s</source>
        <translation>Suche die Nachricht im Postfach … %1 s</translation>
    </message>
    <message>
        <source>✘ The mailbox could not be read: %1</source>
        <translation>✘ Das Postfach konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <source>✘ Not arrived within %1 s</source>
        <translation>✘ Nicht innerhalb von %1 s angekommen</translation>
    </message>
    <message>
        <source>⚠ Arrived after %1 s, but in “%2” (spam)</source>
        <translation>⚠ Nach %1 s angekommen, aber in „%2“ (Spam)</translation>
    </message>
    <message>
        <source>✔ Arrived after %1 s in “%2”</source>
        <translation>✔ Nach %1 s in „%2“ angekommen</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Authentication-Results: %1</source>
        <translation>Authentication-Results: %1</translation>
    </message>
    <message>
        <source>Where the test message arrived and how the receiver judged it.</source>
        <translation>Wo die Testnachricht angekommen ist und wie der Empfänger sie bewertet hat.</translation>
    </message>
    <message>
        <source>■ Stopped after %1 s: whether the message arrived is not known.</source>
        <translation>■ Nach %1 s angehalten: Ob die Nachricht angekommen ist, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The read-back was stopped before the message was found. Send again with “Check that it arrived” to look for it.</source>
        <translation>Das Zurücklesen wurde angehalten, bevor die Nachricht gefunden war. Senden Sie erneut mit „Ankunft prüfen“, um nach ihr zu suchen.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Report</name>
    <message>
        <source>Sent: the server accepted the message</source>
        <translation>Gesendet: Der Server hat die Nachricht angenommen</translation>
    </message>
    <message>
        <source>OK: everything up to &apos;%1&apos; works</source>
        <translation>OK: Alles bis „%1“ funktioniert</translation>
    </message>
    <message>
        <source>Failed at %1 (%2)</source>
        <translation>Fehlgeschlagen bei %1 (%2)</translation>
    </message>
    <message>
        <source>This is not a Sendcheck report.</source>
        <translation>Dies ist kein Sendcheck-Bericht.</translation>
    </message>
    <message>
        <source>The report has no valid schema version.</source>
        <translation>Der Bericht hat keine gültige Schemaversion.</translation>
    </message>
    <message>
        <source>The report was made by a newer Sendcheck (report schema %1; this version reads up to %2).</source>
        <translation>Der Bericht stammt von einem neueren Sendcheck (Berichtsschema %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The report&apos;s kind &quot;%1&quot; is unknown.</source>
        <translation>Die Berichtsart „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>(no server)</source>
        <translation>(kein Server)</translation>
    </message>
    <message>
        <source>Test send to %1</source>
        <translation>Testversand an %1</translation>
    </message>
    <message>
        <source>Domain check of %1</source>
        <translation>Domainprüfung von %1</translation>
    </message>
    <message>
        <source>Server check of %1</source>
        <translation>Serverprüfung von %1</translation>
    </message>
    <message>
        <source>Port probe of %1</source>
        <translation>Portprüfung von %1</translation>
    </message>
    <message>
        <source>A check has no id or an unknown status.</source>
        <translation>Eine Prüfung hat keine ID oder einen unbekannten Status.</translation>
    </message>
    <message>
        <source>Settings discovery for %1</source>
        <translation>Einstellungssuche für %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportActions</name>
    <message>
        <source>Copy for ticket</source>
        <translation>Für Ticket kopieren</translation>
    </message>
    <message>
        <source>Puts the report on the clipboard as Markdown, ready to paste into a ticket. Passwords and tokens are never in it.</source>
        <translation>Legt den Bericht als Markdown in die Zwischenablage, zum Einfügen in ein Ticket. Passwörter und Tokens stehen nie darin.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Saves the report as Markdown, HTML, JSON or PDF.</source>
        <translation>Speichert den Bericht als Markdown, HTML, JSON oder PDF.</translation>
    </message>
    <message>
        <source>For outside the company</source>
        <translation>Für außerhalb der Firma</translation>
    </message>
    <message>
        <source>Also hides user names, the part of e-mail addresses before the @ and IP addresses, for a provider or anyone outside.</source>
        <translation>Verbirgt außerdem Benutzernamen, den Teil von E-Mail-Adressen vor dem @ und IP-Adressen, für einen Anbieter oder andere außerhalb.</translation>
    </message>
    <message>
        <source>The report is on the clipboard, for outside the company.</source>
        <translation>Der Bericht ist in der Zwischenablage, für außerhalb der Firma.</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>Es gibt noch keinen Bericht zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot tell the format from “%1”: name the file .md, .html, .json or .pdf.</source>
        <translation>Das Format von „%1“ ist nicht zu erkennen: Benennen Sie die Datei .md, .html, .json oder .pdf.</translation>
    </message>
    <message>
        <source>Markdown, for a ticket (*.md)</source>
        <translation>Markdown, für ein Ticket (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Copy for tic&amp;ket</source>
        <translation>Für Tic&amp;ket kopieren</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportExport</name>
    <message>
        <source>Reports as PDF are not available in this program.</source>
        <translation>Berichte als PDF sind in diesem Programm nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Für den Bericht wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportOutline</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Last server reply</source>
        <translation>Letzte Antwort des Servers</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Provider note</source>
        <translation>Hinweis zum Anbieter</translation>
    </message>
    <message>
        <source>Retrying later can help</source>
        <translation>Später erneut versuchen kann helfen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>The server&apos;s own words</source>
        <translation>Die Worte des Servers</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Meldet sich an mit</translation>
    </message>
    <message>
        <source>OAuth 2.0 tokens</source>
        <translation>OAuth-2.0-Tokens</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>einem Passwort</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Vertrautes Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>Sign-in without encryption allowed</source>
        <translation>Anmeldung ohne Verschlüsselung erlaubt</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>EHLO greeting</source>
        <translation>EHLO-Begrüßung</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>No TLS was used.</source>
        <translation>Es wurde kein TLS verwendet.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Verschlüsselungsverfahren</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Accepted by pinned fingerprint</source>
        <translation>Über hinterlegten Fingerabdruck akzeptiert</translation>
    </message>
    <message>
        <source>Verification errors</source>
        <translation>Prüfungsfehler</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>C: what this program sent, S: what the server answered, *: what happened, T: TLS, !: errors; a lock marks lines inside TLS. Passwords and tokens were hidden when the lines were recorded.</source>
        <translation>C: was dieses Programm gesendet hat, S: was der Server geantwortet hat, *: was geschehen ist, T: TLS, !: Fehler; ein Schloss markiert Zeilen innerhalb von TLS. Passwörter und Tokens wurden schon beim Aufzeichnen verborgen.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Strict redaction: passwords and tokens were never recorded; user names, the local part of e-mail addresses and IP addresses are hidden too.</source>
        <translation>Strenge Schwärzung: Passwörter und Tokens wurden nie aufgezeichnet; Benutzernamen, der lokale Teil von E-Mail-Adressen und IP-Adressen sind ebenfalls verborgen.</translation>
    </message>
    <message>
        <source>Passwords and tokens were never recorded. User names, addresses and IP addresses are shown.</source>
        <translation>Passwörter und Tokens wurden nie aufgezeichnet. Benutzernamen, Adressen und IP-Adressen werden gezeigt.</translation>
    </message>
    <message>
        <source>Sendcheck report: %1</source>
        <translation>Sendcheck-Bericht: %1</translation>
    </message>
    <message>
        <source>%1 for %2:%3</source>
        <translation>%1 für %2:%3</translation>
    </message>
    <message>
        <source>Port probe</source>
        <translation>Portprüfung</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>every answer validated</source>
        <translation>jede Antwort validiert</translation>
    </message>
    <message>
        <source>validation failed</source>
        <translation>Validierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>not validated (no trust anchor)</source>
        <translation>nicht validiert (kein Vertrauensanker)</translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation>Nichts zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Records to publish</source>
        <translation>Zu veröffentlichende Einträge</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mode %1, mx %2</source>
        <translation>Modus %1, mx %2</translation>
    </message>
    <message>
        <source>%1: %2 TLSA (DNSSEC %3)</source>
        <translation>%1: %2 TLSA (DNSSEC %3)</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>passt zu %1</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>kein STARTTLS</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>not compared, port %1 not reachable from here</source>
        <translation>nicht verglichen, Port %1 ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>%1; server certificate: %2</source>
        <translation>%1; Serverzertifikat: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) validated, the rest unsigned</source>
        <translation>
            <numerusform>%1 von %n Antwort validiert, der Rest unsigniert</numerusform>
            <numerusform>%1 von %n Antworten validiert, der Rest unsigniert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::RunComparison</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The transcripts part at line %1:</source>
        <translation>Die Protokolle gehen ab Zeile %1 auseinander:</translation>
    </message>
    <message>
        <source>  then: %1</source>
        <translation>  damals: %1</translation>
    </message>
    <message>
        <source>(the run had ended)</source>
        <translation>(der Lauf war zu Ende)</translation>
    </message>
    <message>
        <source>  now:  %1</source>
        <translation>  jetzt:  %1</translation>
    </message>
    <message>
        <source>Nothing differs from the last successful run.</source>
        <translation>Nichts unterscheidet sich vom letzten erfolgreichen Lauf.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::RunDifference</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Meldet sich an mit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertraute Zertifikate</translation>
    </message>
    <message>
        <source>Sign-in without encryption allowed</source>
        <translation>Anmeldung ohne Verschlüsselung erlaubt</translation>
    </message>
    <message>
        <source>Time limit (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>TLS used</source>
        <translation>TLS verwendet</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>TLS-Version</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Verschlüsselungsverfahren</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Certificate (SHA-256)</source>
        <translation>Zertifikat (SHA-256)</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Zertifikat ausgestellt für</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Zertifikat ausgestellt von</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>Zertifikat gültig bis</translation>
    </message>
    <message>
        <source>Intermediate certificates</source>
        <translation>Zwischenzertifikate</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ScreenshotScene</name>
    <message>
        <source>Unknown scene “%1”; the scenes are: %2.</source>
        <translation>Unbekannte Szene „%1“; die Szenen sind: %2.</translation>
    </message>
    <message>
        <source>Sample data: documentation addresses and made-up DNS answers; the server is the built-in practice server set up as an open relay.</source>
        <translation>Beispieldaten: Dokumentationsadressen und erfundene DNS-Antworten; der Server ist der eingebaute Übungsserver, eingerichtet als offenes Relay.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ServerCheck</name>
    <message>
        <source>Give the mail server to check, e.g. mail.example.com.</source>
        <translation>Geben Sie den zu prüfenden Mailserver an, z. B. mail.example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a mail address; give the server&apos;s host name (e.g. the MX host).</source>
        <translation>„%1“ ist eine Mailadresse; geben Sie den Hostnamen des Servers an (z. B. den MX-Host).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: use letters, digits and hyphens, in two or more parts separated by dots, e.g. mail.example.com.</source>
        <translation>„%1“ ist kein Hostname: Verwenden Sie Buchstaben, Ziffern und Bindestriche, in zwei oder mehr durch Punkte getrennten Teilen, z. B. mail.example.com.</translation>
    </message>
    <message>
        <source>not asked: there is no address to look up.</source>
        <translation>nicht abgefragt: Es gibt keine Adresse zum Nachschlagen.</translation>
    </message>
    <message>
        <source>not asked: %1 is not a public address, and blocklists list only public ones.</source>
        <translation>nicht abgefragt: %1 ist keine öffentliche Adresse, und Sperrlisten führen nur öffentliche.</translation>
    </message>
    <message>
        <source>not asked: the server was given as an address, without a domain name.</source>
        <translation>nicht abgefragt: Der Server wurde als Adresse angegeben, ohne Domainnamen.</translation>
    </message>
    <message>
        <source>Address of the server</source>
        <translation>Adresse des Servers</translation>
    </message>
    <message>
        <source>The server was given as the address %1.</source>
        <translation>Der Server wurde als Adresse %1 angegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has the address(es) %2.</source>
        <translation>
            <numerusform>%1 hat die Adresse %2.</numerusform>
            <numerusform>%1 hat die Adressen %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses of %1 could not be looked up: %2</source>
        <translation>Die Adressen von %1 konnten nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>Try again later or ask another nameserver (--nameserver); if it stays, the domain&apos;s DNS is not answering.</source>
        <translation>Versuchen Sie es später noch einmal oder fragen Sie einen anderen Nameserver (--nameserver); bleibt es so, antwortet das DNS der Domain nicht.</translation>
    </message>
    <message>
        <source>%1 has no address (no A or AAAA record).</source>
        <translation>%1 hat keine Adresse (kein A- oder AAAA-Eintrag).</translation>
    </message>
    <message>
        <source>Check the spelling, or publish an A record for %1 with the server&apos;s address.</source>
        <translation>Prüfen Sie die Schreibweise, oder veröffentlichen Sie einen A-Eintrag für %1 mit der Adresse des Servers.</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>Reverse DNS (PTR)</translation>
    </message>
    <message>
        <source>Forward-confirmed reverse DNS</source>
        <translation>Vorwärts bestätigtes Reverse DNS</translation>
    </message>
    <message>
        <source>Not checked: there is no address to look up.</source>
        <translation>Nicht geprüft: Es gibt keine Adresse zum Nachschlagen.</translation>
    </message>
    <message>
        <source>The PTR of %1 could not be looked up: %2</source>
        <translation>Der PTR von %1 konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>%1: not confirmed, its PTR could not be looked up.</source>
        <translation>%1: nicht bestätigt, der PTR konnte nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (no PTR record).</source>
        <translation>%1 hat kein Reverse DNS (keinen PTR-Eintrag).</translation>
    </message>
    <message>
        <source>%1: nothing to confirm without a PTR name.</source>
        <translation>%1: ohne PTR-Namen gibt es nichts zu bestätigen.</translation>
    </message>
    <message>
        <source>%1 points back to %2.</source>
        <translation>%1 verweist zurück auf %2.</translation>
    </message>
    <message>
        <source>%1 resolves back to %2: forward-confirmed.</source>
        <translation>%1 führt zurück zu %2: vorwärts bestätigt.</translation>
    </message>
    <message>
        <source>%1: the address of its PTR name could not be looked up: %2</source>
        <translation>%1: Die Adresse seines PTR-Namens konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>The PTR name %1 has no address, so it does not lead back to %2.</source>
        <translation>Der PTR-Name %1 hat keine Adresse und führt daher nicht zurück zu %2.</translation>
    </message>
    <message>
        <source>The PTR name %1 leads to %2, not back to %3.</source>
        <translation>Der PTR-Name %1 führt zu %2, nicht zurück zu %3.</translation>
    </message>
    <message>
        <source>Receivers such as Gmail, Yahoo and Microsoft put mail from an address without reverse DNS in spam or refuse it, because that is what hijacked home computers look like. The PTR record belongs to whoever owns the address, not to your domain&apos;s DNS: ask your hosting company or ISP (a &quot;reverse DNS&quot; field in its control panel, or a support ticket) to set the PTR of %1 to the server&apos;s name, e.g. %2.</source>
        <translation>Empfänger wie Gmail, Yahoo und Microsoft legen Mail von einer Adresse ohne Reverse DNS im Spam ab oder lehnen sie ab, weil gekaperte Heimrechner genau so aussehen. Der PTR-Eintrag gehört dem Inhaber der Adresse, nicht zum DNS Ihrer Domain: Bitten Sie Ihren Hoster oder Provider (ein Feld „Reverse DNS“ in dessen Kundenmenü oder ein Support-Ticket), den PTR von %1 auf den Namen des Servers zu setzen, z. B. %2.</translation>
    </message>
    <message>
        <source>%1 looks like a generic name for a range of home or dynamic addresses; receivers treat mail from such names with suspicion. Ask the owner of the address (hosting company or ISP) for a PTR with the server&apos;s own name.</source>
        <translation>%1 sieht aus wie ein allgemeiner Name für einen Bereich von Heim- oder dynamischen Adressen; Empfänger behandeln Mail von solchen Namen mit Misstrauen. Bitten Sie den Inhaber der Adresse (Hoster oder Provider) um einen PTR mit dem eigenen Namen des Servers.</translation>
    </message>
    <message>
        <source>Try again later or ask another nameserver (--nameserver).</source>
        <translation>Versuchen Sie es später noch einmal oder fragen Sie einen anderen Nameserver (--nameserver).</translation>
    </message>
    <message>
        <source>Receivers check that the PTR name leads back to the same address (forward-confirmed reverse DNS); if it does not, the name counts as forged. Publish an A (or AAAA) record for %1 with that address in the name&apos;s DNS, or have the PTR changed to a name that has it.</source>
        <translation>Empfänger prüfen, ob der PTR-Name zur selben Adresse zurückführt (vorwärts bestätigtes Reverse DNS); wenn nicht, gilt der Name als gefälscht. Veröffentlichen Sie im DNS des Namens einen A- (oder AAAA-)Eintrag für %1 mit dieser Adresse, oder lassen Sie den PTR auf einen Namen ändern, der sie hat.</translation>
    </message>
    <message>
        <source>First get a PTR record (see ptr.record), then make sure its name has an A or AAAA record with the same address.</source>
        <translation>Besorgen Sie zuerst einen PTR-Eintrag (siehe ptr.record), und sorgen Sie dann dafür, dass sein Name einen A- oder AAAA-Eintrag mit derselben Adresse hat.</translation>
    </message>
    <message>
        <source>Server name in greeting and EHLO</source>
        <translation>Servername in Begrüßung und EHLO</translation>
    </message>
    <message>
        <source>Check the host name and port, that the server is running, and that no firewall blocks the port from here (many home and office connections block port 25).</source>
        <translation>Prüfen Sie Hostname und Port, ob der Server läuft und ob keine Firewall den Port von hier aus sperrt (viele Heim- und Büroanschlüsse sperren Port 25).</translation>
    </message>
    <message>
        <source>The server did not greet.</source>
        <translation>Der Server hat nicht begrüßt.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting and EHLO reply give no name.</source>
        <translation>Begrüßung und EHLO-Antwort des Servers nennen keinen Namen.</translation>
    </message>
    <message>
        <source>Configure the server&apos;s host name (Postfix: myhostname; Exim: primary_hostname) to its full name.</source>
        <translation>Stellen Sie den Hostnamen des Servers (Postfix: myhostname; Exim: primary_hostname) auf seinen vollständigen Namen ein.</translation>
    </message>
    <message>
        <source>The server calls itself %1; its address %2 has no PTR name to compare with.</source>
        <translation>Der Server nennt sich %1; seine Adresse %2 hat keinen PTR-Namen zum Vergleichen.</translation>
    </message>
    <message>
        <source>The server calls itself %1, the PTR name of %2.</source>
        <translation>Der Server nennt sich %1, der PTR-Name von %2.</translation>
    </message>
    <message>
        <source>The server calls itself %1, but the PTR name of %2 is %3.</source>
        <translation>Der Server nennt sich %1, aber der PTR-Name von %2 ist %3.</translation>
    </message>
    <message>
        <source>When this server sends mail it says the same name in its HELO; receivers compare it with the PTR name and score a mismatch as suspicious. Make them agree: set the server&apos;s name (Postfix: myhostname, or smtp_helo_name for sending; Exim: primary_hostname or helo_data) to %1, or have the PTR changed.</source>
        <translation>Wenn dieser Server Mail verschickt, nennt er denselben Namen in seinem HELO; Empfänger vergleichen ihn mit dem PTR-Namen und werten eine Abweichung als verdächtig. Bringen Sie beides in Einklang: Setzen Sie den Namen des Servers (Postfix: myhostname, oder smtp_helo_name für das Senden; Exim: primary_hostname oder helo_data) auf %1, oder lassen Sie den PTR ändern.</translation>
    </message>
    <message>
        <source>Your own address as the server sees it</source>
        <translation>Ihre eigene Adresse, wie der Server sie sieht</translation>
    </message>
    <message>
        <source>The server&apos;s greeting and EHLO reply do not show the address it sees you at.</source>
        <translation>Begrüßung und EHLO-Antwort des Servers zeigen nicht, unter welcher Adresse er Sie sieht.</translation>
    </message>
    <message>
        <source>The server sees you at %1, a private or local address: reverse DNS and blocklists only matter for the public address mail leaves from.</source>
        <translation>Der Server sieht Sie unter %1, einer privaten oder lokalen Adresse: Reverse DNS und Sperrlisten zählen nur für die öffentliche Adresse, von der Mail abgeht.</translation>
    </message>
    <message>
        <source>This matters only if this machine sends mail straight to other domains&apos; servers; mail sent through your provider&apos;s submission server leaves from the provider&apos;s address instead.</source>
        <translation>Das zählt nur, wenn dieser Rechner Mail direkt an die Server anderer Domains schickt; Mail über den Einlieferungsserver Ihres Anbieters geht stattdessen von dessen Adresse ab.</translation>
    </message>
    <message>
        <source>The server sees you at %1; its PTR could not be looked up: %2</source>
        <translation>Der Server sieht Sie unter %1; deren PTR konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>The server sees you at %1, which has no reverse DNS (PTR).</source>
        <translation>Der Server sieht Sie unter %1, die kein Reverse DNS (PTR) hat.</translation>
    </message>
    <message>
        <source>For a server of your own at this address, ask the owner of the address (ISP or hosting company) for a PTR record with the server&apos;s name.</source>
        <translation>Für einen eigenen Server unter dieser Adresse bitten Sie den Inhaber der Adresse (Provider oder Hoster) um einen PTR-Eintrag mit dem Namen des Servers.</translation>
    </message>
    <message>
        <source>The server sees you at %1; its PTR name %2 does not lead back to it.</source>
        <translation>Der Server sieht Sie unter %1; deren PTR-Name %2 führt nicht zu ihr zurück.</translation>
    </message>
    <message>
        <source>Publish an A or AAAA record for the PTR name with this address.</source>
        <translation>Veröffentlichen Sie einen A- oder AAAA-Eintrag für den PTR-Namen mit dieser Adresse.</translation>
    </message>
    <message>
        <source>The server sees you at %1, whose PTR name %2 leads back to it.</source>
        <translation>Der Server sieht Sie unter %1, deren PTR-Name %2 zu ihr zurückführt.</translation>
    </message>
    <message>
        <source>Blocklist: %1</source>
        <translation>Sperrliste: %1</translation>
    </message>
    <message>
        <source>%1 answers &quot;listed&quot; even for its test entry that must never be listed (%2), so its answers cannot be trusted: the list may have closed, or it refuses the nameserver asked.</source>
        <translation>%1 antwortet „gelistet“ sogar für seinen Testeintrag, der nie gelistet sein darf (%2); seinen Antworten ist daher nicht zu trauen: Die Liste wurde vielleicht eingestellt, oder sie weist den gefragten Nameserver ab.</translation>
    </message>
    <message>
        <source>Look the address up on the list&apos;s own page instead: %1</source>
        <translation>Schlagen Sie die Adresse stattdessen auf der Seite der Liste nach: %1</translation>
    </message>
    <message>
        <source>%1 is not listed.</source>
        <translation>%1 ist nicht gelistet.</translation>
    </message>
    <message>
        <source>%1 is listed (%2): %3.</source>
        <translation>%1 ist gelistet (%2): %3.</translation>
    </message>
    <message>
        <source>Receivers that use %1 refuse or spam-folder mail from a listed sender. First find and stop the cause (an infected machine, a hacked mailbox or web form sending spam, an open relay); asking for removal before that only gets you listed again, often for longer. Then request removal at %2; many lists also drop a listing by themselves some days after the spam stops.</source>
        <translation>Empfänger, die %1 nutzen, lehnen Mail von gelisteten Absendern ab oder legen sie im Spam ab. Finden und beheben Sie zuerst die Ursache (ein infizierter Rechner, ein gehacktes Postfach oder Webformular, das Spam verschickt, ein offenes Relay); wer vorher die Entfernung beantragt, wird nur erneut gelistet, oft länger. Beantragen Sie dann die Entfernung unter %2; viele Listen streichen einen Eintrag auch von selbst einige Tage, nachdem der Spam aufgehört hat.</translation>
    </message>
    <message>
        <source>The list refused to answer about %1 (%2: %3), so this says nothing about it.</source>
        <translation>Die Liste hat die Auskunft zu %1 verweigert (%2: %3); das sagt also nichts darüber aus.</translation>
    </message>
    <message>
        <source>Lists refuse queries from public resolvers (8.8.8.8, 1.1.1.1, large ISPs) and over their limits. Ask through a nameserver of your own (--nameserver) or look it up on the list&apos;s page: %1</source>
        <translation>Listen weisen Anfragen über öffentliche Resolver (8.8.8.8, 1.1.1.1, große Provider) und über ihrem Limit ab. Fragen Sie über einen eigenen Nameserver (--nameserver) oder schlagen Sie es auf der Seite der Liste nach: %1</translation>
    </message>
    <message>
        <source>The answer about %1 (%2) is not a blocklist code: the zone may have lapsed or be answering for everything.</source>
        <translation>Die Antwort zu %1 (%2) ist kein Sperrlisten-Code: Die Zone ist vielleicht verfallen oder antwortet auf alles.</translation>
    </message>
    <message>
        <source>No verdict about %1: the list&apos;s nameservers did not answer (%2).</source>
        <translation>Kein Ergebnis zu %1: Die Nameserver der Liste haben nicht geantwortet (%2).</translation>
    </message>
    <message>
        <source>Try again later; the other lists are not affected.</source>
        <translation>Versuchen Sie es später noch einmal; die anderen Listen sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>Blocklists not asked</source>
        <translation>Nicht abgefragte Sperrlisten</translation>
    </message>
    <message>
        <source>Not asked because they have closed, need a personal key or list innocent neighbours on purpose: %1. A listing there means nothing today.</source>
        <translation>Nicht abgefragt, weil sie eingestellt wurden, einen persönlichen Schlüssel brauchen oder absichtlich unschuldige Nachbarn listen: %1. Ein Eintrag dort bedeutet heute nichts.</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Offenes Relay</translation>
    </message>
    <message>
        <source>An open relay is found by spammers within hours, and then every blocklist lists the server. Postfix: keep &quot;smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination&quot; and make mynetworks list only your own networks (never 0.0.0.0/0); relay_domains only the domains you really receive for. Exim: relay_from_hosts only your own networks, and in the RCPT ACL keep &quot;require verify = recipient&quot; / deny what is not in relay_to_domains unless authenticated. Then run this test again.</source>
        <translation>Ein offenes Relay finden Spammer binnen Stunden, und dann listet jede Sperrliste den Server. Postfix: Behalten Sie „smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination“ und lassen Sie mynetworks nur Ihre eigenen Netze nennen (nie 0.0.0.0/0); relay_domains nur die Domains, für die Sie wirklich Mail empfangen. Exim: relay_from_hosts nur Ihre eigenen Netze, und in der RCPT-ACL „require verify = recipient“ behalten bzw. abweisen, was nicht in relay_to_domains steht, sofern nicht angemeldet. Führen Sie diesen Test danach erneut aus.</translation>
    </message>
    <message>
        <source>The relay test could not be done: %1</source>
        <translation>Der Relay-Test war nicht möglich: %1</translation>
    </message>
    <message>
        <source>the server did not greet.</source>
        <translation>der Server hat nicht begrüßt.</translation>
    </message>
    <message>
        <source>The server answered MAIL FROM:&lt;%1&gt; with %2 (try again later), so this run cannot tell whether it relays.</source>
        <translation>Der Server hat MAIL FROM:&lt;%1&gt; mit %2 beantwortet (später erneut versuchen); dieser Lauf kann daher nicht sagen, ob er weiterleitet.</translation>
    </message>
    <message>
        <source>Relay refused: the server refused the outside sender %1 without sign-in (%2).</source>
        <translation>Relay abgelehnt: Der Server hat den fremden Absender %1 ohne Anmeldung abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Open relay: the server accepts mail for other domains from anyone. Without sign-in it took MAIL FROM:&lt;%1&gt; and RCPT TO:&lt;%2&gt; (%3). No message was sent: the test stopped there with RSET.</source>
        <translation>Offenes Relay: Der Server nimmt von jedem Mail für fremde Domains an. Ohne Anmeldung hat er MAIL FROM:&lt;%1&gt; und RCPT TO:&lt;%2&gt; angenommen (%3). Es wurde keine Nachricht gesendet: Der Test hat dort mit RSET aufgehört.</translation>
    </message>
    <message>
        <source>The server answered RCPT TO:&lt;%1&gt; with %2, a temporary refusal (greylisting or a limit): this run cannot tell whether it relays. Try again in a few minutes.</source>
        <translation>Der Server hat RCPT TO:&lt;%1&gt; mit %2 beantwortet, einer vorübergehenden Ablehnung (Greylisting oder ein Limit): Dieser Lauf kann nicht sagen, ob er weiterleitet. Versuchen Sie es in einigen Minuten noch einmal.</translation>
    </message>
    <message>
        <source>Relay refused: without sign-in the server does not take mail for %1 (%2).</source>
        <translation>Relay abgelehnt: Ohne Anmeldung nimmt der Server keine Mail für %1 an (%2).</translation>
    </message>
    <message>
        <source>No problem found with %1:%2.</source>
        <translation>Kein Problem bei %1:%2 gefunden.</translation>
    </message>
    <message>
        <source>Checks of %1:%2 that failed or could not be done: %3.</source>
        <translation>Prüfungen von %1:%2, die fehlgeschlagen sind oder nicht möglich waren: %3.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ServerPanel</name>
    <message>
        <source>Test whether it relays mail for anyone (no message is sent)</source>
        <translation>Prüfen, ob er Mail für jeden weiterleitet (es wird keine Nachricht gesendet)</translation>
    </message>
    <message>
        <source>optional, when it differs from what the name resolves to</source>
        <translation>optional, wenn sie von der Adresse des Namens abweicht</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The relay test needs an outside sender and recipient, two addresses at domains this server does not receive mail for.</source>
        <translation>Der Relay-Test braucht einen fremden Absender und Empfänger, zwei Adressen bei Domains, für die dieser Server keine Mail empfängt.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Prüfe %1 …</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>No problem found with %1.</source>
        <translation>Kein Problem bei %1 gefunden.</translation>
    </message>
    <message>
        <source>Checks that failed or could not be done: %1.</source>
        <translation>Fehlgeschlagene oder nicht mögliche Prüfungen: %1.</translation>
    </message>
    <message>
        <source>Chec&amp;k server</source>
        <translation>Server prüf&amp;en</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Öffentliche Adresse:</translation>
    </message>
    <message>
        <source>Outside sender:</source>
        <translation>Fremder Absender:</translation>
    </message>
    <message>
        <source>Outside recipient:</source>
        <translation>Fremder Empfänger:</translation>
    </message>
    <message>
        <source>Open relay test</source>
        <translation>Open-Relay-Test</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>Outside sender</source>
        <translation>Fremder Absender</translation>
    </message>
    <message>
        <source>Outside recipient</source>
        <translation>Fremder Empfänger</translation>
    </message>
    <message>
        <source>Server checks</source>
        <translation>Serverprüfungen</translation>
    </message>
    <message>
        <source>The mail server to check, for example mail.example.com.</source>
        <translation>Der zu prüfende Mailserver, zum Beispiel mail.example.com.</translation>
    </message>
    <message>
        <source>The port to check, usually 25.</source>
        <translation>Der zu prüfende Port, meist 25.</translation>
    </message>
    <message>
        <source>The server&apos;s public IP address, only when it differs from what the name resolves to.</source>
        <translation>Die öffentliche IP-Adresse des Servers, nur wenn sie von der abweicht, zu der der Name aufgelöst wird.</translation>
    </message>
    <message>
        <source>Also tries to send from one outside address to another through the server.</source>
        <translation>Versucht außerdem, über den Server von einer fremden Adresse an eine andere zu senden.</translation>
    </message>
    <message>
        <source>A sender address outside your domain, for example test@example.org.</source>
        <translation>Eine Absenderadresse außerhalb Ihrer Domain, zum Beispiel test@example.org.</translation>
    </message>
    <message>
        <source>A recipient address outside your domain, for example test@example.net.</source>
        <translation>Eine Empfängeradresse außerhalb Ihrer Domain, zum Beispiel test@example.net.</translation>
    </message>
    <message>
        <source>Checks the server as others see it: reverse DNS, blocklists and its greeting.</source>
        <translation>Prüft den Server so, wie andere ihn sehen: Reverse-DNS, Sperrlisten und seine Begrüßung.</translation>
    </message>
    <message>
        <source>The results of the server check, one row each.</source>
        <translation>Die Ergebnisse der Serverprüfung, eine Zeile pro Prüfung.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SessionPanel</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connects, secures and signs in, then stops: nothing is sent.</source>
        <translation>Verbindet, verschlüsselt und meldet sich an, dann hält es an: Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Practice server</source>
        <translation>Übungsserver</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>Testna&amp;chricht senden</translation>
    </message>
    <message>
        <source>Session, practice server and history</source>
        <translation>Sitzung, Übungsserver und Verlauf</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Check that it arrived</source>
        <translation>Ankunft prüfen</translation>
    </message>
    <message>
        <source>After the message is accepted, look for it in the mailbox (IMAP, read-only, with the same sign-in) and show whether it reached the inbox or the spam folder, and how the receiver judged it.</source>
        <translation>Nach der Annahme der Nachricht im Postfach nach ihr suchen (IMAP, nur lesend, mit derselben Anmeldung) und zeigen, ob sie im Posteingang oder im Spam-Ordner gelandet ist und wie der Empfänger sie bewertet hat.</translation>
    </message>
    <message>
        <source>Changes the setting the verdict names; run the test again afterwards.</source>
        <translation>Ändert die Einstellung, die das Ergebnis nennt; testen Sie danach erneut.</translation>
    </message>
    <message>
        <source>Fix the setting</source>
        <translation>Einstellung korrigieren</translation>
    </message>
    <message>
        <source>Sends the test message with these settings and shows each step.</source>
        <translation>Sendet die Testnachricht mit diesen Einstellungen und zeigt jeden Schritt.</translation>
    </message>
    <message>
        <source>Stops the test that is running.</source>
        <translation>Stoppt den laufenden Test.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SettingsForm</name>
    <message>
        <source>Choose a provider…</source>
        <translation>Anbieter wählen…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <source>Provider hints</source>
        <translation>Hinweise zum Anbieter</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS von Anfang an (meist Port 465)</translation>
    </message>
    <message>
        <source>None: unencrypted (local relays only)</source>
        <translation>Keine: unverschlüsselt (nur lokale Relays)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <source>Automatic (the strongest offered)</source>
        <translation>Automatisch (das stärkste angebotene)</translation>
    </message>
    <message>
        <source>XOAUTH2 (OAuth token)</source>
        <translation>XOAUTH2 (OAuth-Token)</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>AUTH &amp;mechanism:</source>
        <translation>AUTH-Ver&amp;fahren:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>friend@example.com, another@example.com</source>
        <translation>freund@example.com, jemand@example.com</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <source>Sendcheck test message</source>
        <translation>Sendcheck-Testnachricht</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>This is a test message from Sendcheck.</source>
        <translation>Dies ist eine Testnachricht von Sendcheck.</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Nach&amp;richt:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Anhang hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>(this computer&apos;s name)</source>
        <translation>(Name dieses Computers)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Standard (%1 min per reply)</source>
        <translation>Standard (%1 Min. pro Antwort)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>⚠ Your user name and password will cross the network readable by anyone on the way. Only for a server on this computer or a lab network.</source>
        <translation>⚠ Benutzername und Passwort gehen dann für jeden auf dem Weg lesbar durchs Netz. Nur für einen Server auf diesem Computer oder in einem Testnetz.</translation>
    </message>
    <message>
        <source>%1 needs an app password, not your account password.</source>
        <translation>%1 braucht ein App-Passwort, nicht Ihr Kontopasswort.</translation>
    </message>
    <message>
        <source>%1 uses a key or credentials made for SMTP as the password.</source>
        <translation>%1 verwendet als Passwort einen Schlüssel oder eigens für SMTP erstellte Zugangsdaten.</translation>
    </message>
    <message>
        <source>How to:</source>
        <translation>Anleitung:</translation>
    </message>
    <message>
        <source>S&amp;ign in with:</source>
        <translation>Anmeldung m&amp;it:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>%1 account (OAuth)</source>
        <translation>%1-Konto (OAuth)</translation>
    </message>
    <message>
        <source>OAUTHBEARER (OAuth token)</source>
        <translation>OAUTHBEARER (OAuth-Token)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints you chose to trust for this server and port, one per line</source>
        <translation>SHA-256-Fingerabdrücke, denen Sie für diesen Server und Port vertrauen, einer pro Zeile</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>EHLO-Name:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Vertraute Zertifikate:</translation>
    </message>
    <message>
        <source>Allow sign-in without encryption</source>
        <translation>Anmeldung ohne Verschlüsselung erlauben</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Standard waits %1 s to connect, %2 s for the TLS handshake, %3 min for the greeting and each reply, and %4 min for the answer to the message. A number of seconds here caps every one of these waits.</source>
        <translation>Standard wartet %1 s auf den Verbindungsaufbau, %2 s auf den TLS-Handshake, %3 Min. auf die Begrüßung und jede Antwort und %4 Min. auf die Antwort zur Nachricht. Eine Zahl in Sekunden begrenzt hier jede dieser Wartezeiten.</translation>
    </message>
    <message>
        <source>The subject line of the test message.</source>
        <translation>Die Betreffzeile der Testnachricht.</translation>
    </message>
    <message>
        <source>The text of the test message.</source>
        <translation>Der Text der Testnachricht.</translation>
    </message>
    <message>
        <source>Files sent with the test message.</source>
        <translation>Dateien, die mit der Testnachricht gesendet werden.</translation>
    </message>
    <message>
        <source>Chooses a file to send with the test message.</source>
        <translation>Wählt eine Datei aus, die mit der Testnachricht gesendet wird.</translation>
    </message>
    <message>
        <source>Removes the selected file from the test message.</source>
        <translation>Entfernt die ausgewählte Datei aus der Testnachricht.</translation>
    </message>
    <message>
        <source>Fills in the server settings of a known provider.</source>
        <translation>Füllt die Servereinstellungen eines bekannten Anbieters aus.</translation>
    </message>
    <message>
        <source>The outgoing mail server, for example smtp.example.com.</source>
        <translation>Der Server für ausgehende Mail, zum Beispiel smtp.example.com.</translation>
    </message>
    <message>
        <source>The server&apos;s port, usually 587 for STARTTLS or 465 for TLS from the start.</source>
        <translation>Der Port des Servers, meist 587 für STARTTLS oder 465 für TLS von Anfang an.</translation>
    </message>
    <message>
        <source>How the connection is encrypted: STARTTLS, TLS from the start, or none.</source>
        <translation>Wie die Verbindung verschlüsselt wird: STARTTLS, TLS von Anfang an oder gar nicht.</translation>
    </message>
    <message>
        <source>How the user name and password are sent when signing in; Automatic suits most servers.</source>
        <translation>Wie Benutzername und Passwort bei der Anmeldung übertragen werden; Automatisch passt für die meisten Server.</translation>
    </message>
    <message>
        <source>Whether to sign in with a password or with the provider&apos;s OAuth sign-in.</source>
        <translation>Ob die Anmeldung mit einem Passwort oder über die OAuth-Anmeldung des Anbieters erfolgt.</translation>
    </message>
    <message>
        <source>The name you sign in with, often your e-mail address.</source>
        <translation>Der Name, mit dem Sie sich anmelden, oft Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The sender address of the test message, for example you@example.com.</source>
        <translation>Die Absenderadresse der Testnachricht, zum Beispiel you@example.com.</translation>
    </message>
    <message>
        <source>Who receives the test message; separate several addresses with commas.</source>
        <translation>Wer die Testnachricht erhält; trennen Sie mehrere Adressen durch Kommas.</translation>
    </message>
    <message>
        <source>Shows or hides the advanced settings.</source>
        <translation>Zeigt oder verbirgt die erweiterten Einstellungen.</translation>
    </message>
    <message>
        <source>The name this computer gives the server in EHLO; leave it empty for this computer&apos;s name.</source>
        <translation>Der Name, den dieser Computer dem Server in EHLO nennt; leer lassen für den Namen dieses Computers.</translation>
    </message>
    <message>
        <source>Chooses a file of CA certificates to trust.</source>
        <translation>Wählt eine Datei mit CA-Zertifikaten aus, denen vertraut wird.</translation>
    </message>
    <message>
        <source>A file of extra CA certificates to trust, for example company-ca.pem.</source>
        <translation>Eine Datei mit zusätzlichen CA-Zertifikaten, denen vertraut wird, zum Beispiel company-ca.pem.</translation>
    </message>
    <message>
        <source>Lets the password be sent over an unencrypted connection; for local relays only.</source>
        <translation>Erlaubt, das Passwort über eine unverschlüsselte Verbindung zu senden; nur für lokale Relays.</translation>
    </message>
    <message>
        <source>Check that it arrived</source>
        <translation>Ankunft prüfen</translation>
    </message>
    <message>
        <source>Check that each test message arrived</source>
        <translation>Ankunft jeder Testnachricht prüfen</translation>
    </message>
    <message>
        <source>Reads each test message back from this mailbox over IMAP (read-only); with an OAuth sign-in, the sign-in also asks for mailbox access.</source>
        <translation>Liest jede Testnachricht per IMAP aus diesem Postfach zurück (nur lesend); bei einer OAuth-Anmeldung fragt die Anmeldung auch nach dem Zugriff auf das Postfach.</translation>
    </message>
    <message>
        <source>Read-back mailbox:</source>
        <translation>Postfach zum Zurücklesen:</translation>
    </message>
    <message>
        <source>Mailbox server (IMAP)</source>
        <translation>Postfachserver (IMAP)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Mailbox port</source>
        <translation>Postfach-Port</translation>
    </message>
    <message>
        <source>auto: the preset&apos;s port, else 993 (143 with STARTTLS).</source>
        <translation>auto: der Port der Vorlage, sonst 993 (143 mit STARTTLS).</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Mailbox encryption</source>
        <translation>Verschlüsselung des Postfachs</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>IMAP-Server:</translation>
    </message>
    <message>
        <source>(the user above, same password)</source>
        <translation>(der Benutzer oben, dasselbe Passwort)</translation>
    </message>
    <message>
        <source>Mailbox user</source>
        <translation>Postfach-Benutzer</translation>
    </message>
    <message>
        <source>IMAP user:</source>
        <translation>IMAP-Benutzer:</translation>
    </message>
    <message>
        <source>(the SMTP server)</source>
        <translation>(der SMTP-Server)</translation>
    </message>
    <message>
        <source>The server the test message is read back from, such as imap.example.com. Empty: the preset&apos;s, else the sending server.</source>
        <translation>Der Server, von dem die Testnachricht zurückgelesen wird, etwa imap.example.com. Leer: der der Vorlage, sonst der Postausgangsserver.</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS von Anfang an</translation>
    </message>
    <message>
        <source>How the mailbox connection is encrypted: TLS from the start (port 993) or STARTTLS (port 143); auto follows the port.</source>
        <translation>Wie die Verbindung zum Postfach verschlüsselt wird: TLS von Anfang an (Port 993) oder STARTTLS (Port 143); „auto“ richtet sich nach dem Port.</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>IMAP-Port:</translation>
    </message>
    <message>
        <source>Leave it empty to read with the sending account. Another account signs in with its own password, typed in the box below and kept in your system keychain.</source>
        <translation>Leer lassen, um mit dem sendenden Konto zu lesen. Ein anderes Konto meldet sich mit seinem eigenen Passwort an, das Sie im Feld darunter eingeben und das im Schlüsselbund Ihres Systems aufbewahrt wird.</translation>
    </message>
    <message>
        <source>IMAP password:</source>
        <translation>IMAP-Passwort:</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SmtpProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The server did not answer %1 within %2 seconds.</source>
        <translation>Der Server hat auf %1 nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>There is no address to connect to.</source>
        <translation>Es gibt keine Adresse, zu der verbunden werden kann.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>Keine Verbindung zu %1 Port %2: %3.</translation>
    </message>
    <message>
        <source>The connection broke while waiting for %1: %2</source>
        <translation>Die Verbindung brach ab, während auf %1 gewartet wurde: %2</translation>
    </message>
    <message>
        <source>The server sent a line longer than SMTP allows.</source>
        <translation>Der Server hat eine Zeile geschickt, die länger ist, als SMTP erlaubt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not SMTP: %1</source>
        <translation>Die Antwort des Servers ist kein SMTP: %1</translation>
    </message>
    <message>
        <source>The server greeted with %1 instead of 220: it does not take mail now.</source>
        <translation>Der Server hat mit %1 statt 220 begrüßt: Er nimmt gerade keine Mail an.</translation>
    </message>
    <message>
        <source>The server refused EHLO and HELO: %1</source>
        <translation>Der Server hat EHLO und HELO abgelehnt: %1</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>die Verbindung</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>die Begrüßung</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SmtpSession</name>
    <message>
        <source>No server name was given.</source>
        <translation>Es wurde kein Servername angegeben.</translation>
    </message>
    <message>
        <source>The EHLO name must be one word without spaces or line breaks.</source>
        <translation>Der EHLO-Name muss ein einzelnes Wort ohne Leerzeichen oder Zeilenumbrüche sein.</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>Aus der CA-Datei %1 konnte kein Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Verbindung zu %1, Port %2 (%3)</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <source>plain, then STARTTLS</source>
        <translation>unverschlüsselt, dann STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Verbunden mit %1, Port %2</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Zertifikatproblem: %1</translation>
    </message>
    <message>
        <source>The certificate does not verify, but its SHA-256 fingerprint matches one you chose to trust for this server; continuing.</source>
        <translation>Das Zertifikat lässt sich nicht überprüfen, aber sein SHA-256-Fingerabdruck stimmt mit einem überein, dem Sie für diesen Server vertrauen; es geht weiter.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2</source>
        <translation>TLS aufgebaut: %1, Verschlüsselungsverfahren %2</translation>
    </message>
    <message>
        <source>Certificate %1: %2, issued by %3, valid %4 to %5, SHA-256 %6</source>
        <translation>Zertifikat %1: %2, ausgestellt von %3, gültig von %4 bis %5, SHA-256 %6</translation>
    </message>
    <message>
        <source>Certificate verified for %1</source>
        <translation>Zertifikat für %1 überprüft</translation>
    </message>
    <message>
        <source>Certificate NOT verified; accepted only because it is pinned</source>
        <translation>Zertifikat NICHT überprüft; nur akzeptiert, weil ihm ausdrücklich vertraut wird</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>No connection within %1 seconds.</source>
        <translation>Keine Verbindung innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 seconds.</source>
        <translation>Der TLS-Handshake wurde nicht innerhalb von %1 Sekunden abgeschlossen.</translation>
    </message>
    <message>
        <source>The server did not take message data for %1 seconds.</source>
        <translation>Der Server hat %1 Sekunden lang keine Nachrichtendaten angenommen.</translation>
    </message>
    <message>
        <source>No complete answer from the server within %1 seconds.</source>
        <translation>Keine vollständige Antwort vom Server innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Der Server hat eine Zeile mit mehr als %1 Byte gesendet.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat: %1</translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes without a line end.</source>
        <translation>Der Server hat mehr als %1 Byte ohne Zeilenende gesendet.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>The server does not understand EHLO; trying HELO (no extensions, no sign-in).</source>
        <translation>Der Server versteht EHLO nicht; Versuch mit HELO (keine Erweiterungen, keine Anmeldung).</translation>
    </message>
    <message>
        <source>STARTTLS is required, but the server did not offer it. Nothing more was sent.</source>
        <translation>STARTTLS ist erforderlich, aber der Server hat es nicht angeboten. Es wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS. That data could be an injection attack, so the connection was closed.</source>
        <translation>Der Server hat direkt nach der Zusage zu STARTTLS weitere Daten gesendet. Das könnte ein Injektionsangriff sein, daher wurde die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>TLS wird gestartet</translation>
    </message>
    <message>
        <source>Signing in needs a user name and a password (or token).</source>
        <translation>Für die Anmeldung sind ein Benutzername und ein Passwort (oder Token) nötig.</translation>
    </message>
    <message>
        <source>The user name contains a line break or NUL.</source>
        <translation>Der Benutzername enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use STARTTLS or TLS, or allow sign-in without encryption for this lab server.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, daher wurde das Passwort nicht gesendet. Verwenden Sie STARTTLS oder TLS oder erlauben Sie für diesen Testserver die Anmeldung ohne Verschlüsselung.</translation>
    </message>
    <message>
        <source>The server only understands HELO, which has no sign-in.</source>
        <translation>Der Server versteht nur HELO, und damit gibt es keine Anmeldung.</translation>
    </message>
    <message>
        <source>Sign-in was requested, but the server offers no AUTH mechanism%1.</source>
        <translation>Eine Anmeldung war verlangt, aber der Server bietet%1 kein AUTH-Verfahren an.</translation>
    </message>
    <message>
        <source> after TLS</source>
        <translation> nach TLS</translation>
    </message>
    <message>
        <source>No usable sign-in mechanism: asked for %1, the server offers %2.</source>
        <translation>Kein verwendbares Anmeldeverfahren: verlangt war %1, der Server bietet %2 an.</translation>
    </message>
    <message>
        <source>Signing in as %1 with %2 (offered: %3)</source>
        <translation>Anmeldung als %1 mit %2 (angeboten: %3)</translation>
    </message>
    <message>
        <source>Challenge decoded: %1</source>
        <translation>Challenge dekodiert: %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>Es gibt keine Nachricht zu senden.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>The address %1 is not valid.</source>
        <translation>Die Adresse %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The message has %1 bytes; the server accepts at most %2.</source>
        <translation>Die Nachricht hat %1 Byte; der Server nimmt höchstens %2 an.</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server&apos;s limit of %2 bytes; it was not sent.</source>
        <translation>Die Nachricht (%1 Byte) ist größer als das Limit des Servers von %2 Byte; sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8 (international characters before the @), which this server does not offer.</source>
        <translation>Eine Adresse braucht SMTPUTF8 (internationale Zeichen vor dem @), das dieser Server nicht anbietet.</translation>
    </message>
    <message>
        <source>Stopping after DATA was accepted: the connection is closed without sending the message, so nothing is delivered.</source>
        <translation>Anhalten, nachdem DATA angenommen wurde: Die Verbindung wird geschlossen, ohne die Nachricht zu senden; es wird also nichts zugestellt.</translation>
    </message>
    <message>
        <source>… message body (%1 bytes in all) …</source>
        <translation>… Nachrichteninhalt (insgesamt %1 Byte) …</translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <translation>Lesen der Nachricht fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A command contained a line break or NUL and was not sent.</source>
        <translation>Ein Befehl enthielt einen Zeilenumbruch oder ein NUL-Zeichen und wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Stopping after the %1 stage, as asked.</source>
        <translation>Wie verlangt wird nach dem Schritt %1 angehalten.</translation>
    </message>
    <message>
        <source>%1 signs in with a password, but an OAuth access token was given. Choose XOAUTH2 or OAUTHBEARER (or automatic) for a token.</source>
        <translation>%1 meldet sich mit einem Passwort an, angegeben wurde aber ein OAuth-Zugriffstoken. Wählen Sie für ein Token XOAUTH2 oder OAUTHBEARER (oder automatisch).</translation>
    </message>
    <message>
        <source>%1 signs in with an OAuth access token, but a password was given. Sign in with your provider, or choose a password method.</source>
        <translation>%1 meldet sich mit einem OAuth-Zugriffstoken an, angegeben wurde aber ein Passwort. Melden Sie sich bei Ihrem Anbieter an oder wählen Sie ein Verfahren mit Passwort.</translation>
    </message>
    <message>
        <source>No greeting after %1 seconds. Checking on a second connection whether this port expects TLS from the start…</source>
        <translation>Nach %1 Sekunden noch keine Begrüßung. Eine zweite Verbindung prüft, ob dieser Port TLS von Anfang an erwartet …</translation>
    </message>
    <message>
        <source>This port expects TLS from the start: a second connection got a TLS handshake at once, while this one waited for a greeting in plain text.</source>
        <translation>Dieser Port erwartet TLS von Anfang an: Eine zweite Verbindung bekam sofort einen TLS-Handshake, während diese auf eine unverschlüsselte Begrüßung wartete.</translation>
    </message>
    <message>
        <source>The port did not answer a TLS handshake either. Still waiting for the greeting.</source>
        <translation>Auch auf einen TLS-Handshake antwortete der Port nicht. Es wird weiter auf die Begrüßung gewartet.</translation>
    </message>
    <message>
        <source>The name %1 was not found. Checking whether this computer can look up names at all…</source>
        <translation>Der Name %1 wurde nicht gefunden. Es wird geprüft, ob dieser Computer überhaupt Namen auflösen kann …</translation>
    </message>
    <message>
        <source>Other names resolve, so the name %1 itself does not exist.</source>
        <translation>Andere Namen lassen sich auflösen, also gibt es den Namen %1 selbst nicht.</translation>
    </message>
    <message>
        <source>No name resolves here: this computer seems to be offline or has no working DNS.</source>
        <translation>Hier lässt sich kein Name auflösen: Dieser Computer scheint offline zu sein oder hat kein funktionierendes DNS.</translation>
    </message>
    <message>
        <source>The message has 8-bit characters (bytes above 127, such as UTF-8 text that is not encoded as quoted-printable or base64), and this server does not offer 8BITMIME, so it may not pass them on unchanged. Nothing was sent, and the message is not changed to fit: encode it as 7-bit in the mail program, or send it through a server that offers 8BITMIME.</source>
        <translation>Die Nachricht enthält 8-Bit-Zeichen (Bytes über 127, etwa UTF-8-Text, der nicht als Quoted-Printable oder Base64 kodiert ist), und dieser Server bietet kein 8BITMIME an; er gibt sie also womöglich nicht unverändert weiter. Es wurde nichts gesendet, und die Nachricht wird nicht passend verändert: Kodieren Sie sie im E-Mail-Programm als 7-Bit, oder senden Sie sie über einen Server, der 8BITMIME anbietet.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SpfEvaluator</name>
    <message>
        <source>The SPF check took longer than %1 s (DNS too slow or not answering).</source>
        <translation>Die SPF-Prüfung dauerte länger als %1 s (DNS zu langsam oder antwortet nicht).</translation>
    </message>
    <message>
        <source>The record needs %1 DNS lookups; receivers stop at %2 and treat it as a permanent error.</source>
        <translation>Der Eintrag braucht %1 DNS-Abfragen; Empfangsserver hören bei %2 auf und behandeln ihn als permanenten Fehler.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name that can have an SPF record.</source>
        <translation>„%1“ ist kein Domainname, der einen SPF-Eintrag haben kann.</translation>
    </message>
    <message>
        <source>%1 has no SPF record.</source>
        <translation>%1 hat keinen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one.</source>
        <translation>%1 hat %2 SPF-Einträge; es muss genau einen geben.</translation>
    </message>
    <message>
        <source>Syntax error at character %1: %2</source>
        <translation>Syntaxfehler bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>More than %1 DNS lookups (include, a, mx, ptr, exists, redirect): receivers stop here and treat the record as a permanent error.</source>
        <translation>Mehr als %1 DNS-Abfragen (include, a, mx, ptr, exists, redirect): Empfangsserver hören hier auf und behandeln den Eintrag als permanenten Fehler.</translation>
    </message>
    <message>
        <source>More than %1 lookups found no record (void lookups): receivers treat this as a permanent error.</source>
        <translation>Mehr als %1 Abfragen haben keinen Eintrag gefunden (void lookups): Empfangsserver behandeln das als permanenten Fehler.</translation>
    </message>
    <message>
        <source>%1 has %2 MX hosts; the mx mechanism may look at no more than 10.</source>
        <translation>%1 hat %2 MX-Hosts; der Mechanismus mx darf sich höchstens 10 ansehen.</translation>
    </message>
    <message>
        <source>Include loop: %1 includes itself through %2.</source>
        <translation>Include-Schleife: %1 bindet sich über %2 selbst ein.</translation>
    </message>
    <message>
        <source>include:%1 has no SPF record: receivers treat this as a permanent error.</source>
        <translation>include:%1 hat keinen SPF-Eintrag: Empfangsserver behandeln das als permanenten Fehler.</translation>
    </message>
    <message>
        <source>In include:%1: %2</source>
        <translation>In include:%1: %2</translation>
    </message>
    <message>
        <source>Redirect loop: %1 leads back to itself.</source>
        <translation>Redirect-Schleife: %1 führt zu sich selbst zurück.</translation>
    </message>
    <message>
        <source>redirect=%1 has no SPF record: receivers treat this as a permanent error.</source>
        <translation>redirect=%1 hat keinen SPF-Eintrag: Empfangsserver behandeln das als permanenten Fehler.</translation>
    </message>
    <message>
        <source>DNS lookup failed: %1</source>
        <translation>DNS-Abfrage fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SpfMacro</name>
    <message>
        <source>only ASCII characters are allowed</source>
        <translation>nur ASCII-Zeichen sind erlaubt</translation>
    </message>
    <message>
        <source>a control character or space where none may be</source>
        <translation>ein Steuerzeichen oder Leerzeichen, wo keines stehen darf</translation>
    </message>
    <message>
        <source>&apos;%&apos; at the end: write %% for a percent sign</source>
        <translation>„%“ am Ende: Schreiben Sie %% für ein Prozentzeichen</translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by {, %, _ or -</source>
        <translation>auf „%“ muss {, %, _ oder - folgen</translation>
    </message>
    <message>
        <source>a macro %{ without its closing }</source>
        <translation>ein Makro %{ ohne schließendes }</translation>
    </message>
    <message>
        <source>unknown macro letter</source>
        <translation>unbekannter Makrobuchstabe</translation>
    </message>
    <message>
        <source>the number of parts in a macro must not be 0</source>
        <translation>die Anzahl der Teile in einem Makro darf nicht 0 sein</translation>
    </message>
    <message>
        <source>invalid macro transformer or delimiter</source>
        <translation>ungültiger Makro-Transformer oder ungültiges Trennzeichen</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SpfRecord</name>
    <message>
        <source>The record contains a character that is not ASCII.</source>
        <translation>Der Eintrag enthält ein Zeichen, das kein ASCII ist.</translation>
    </message>
    <message>
        <source>The record does not start with v=spf1.</source>
        <translation>Der Eintrag beginnt nicht mit v=spf1.</translation>
    </message>
    <message>
        <source>Modifier %1: %2.</source>
        <translation>Modifikator %1: %2.</translation>
    </message>
    <message>
        <source>%1= needs a domain name, not &apos;%2&apos;.</source>
        <translation>%1= braucht einen Domainnamen, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1= appears more than once.</source>
        <translation>%1= kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid domain name.</source>
        <translation>%1: „%2“ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>&apos;all&apos; takes no argument: %1.</source>
        <translation>„all“ nimmt kein Argument an: %1.</translation>
    </message>
    <message>
        <source>%1 needs a domain: %1:example.com.</source>
        <translation>%1 braucht eine Domain: %1:example.com.</translation>
    </message>
    <message>
        <source>&apos;ptr&apos; takes no prefix length: %1.</source>
        <translation>„ptr“ nimmt keine Präfixlänge an: %1.</translation>
    </message>
    <message>
        <source>%1: invalid prefix length.</source>
        <translation>%1: ungültige Präfixlänge.</translation>
    </message>
    <message>
        <source>%1: an IPv4 prefix length is 0 to 32.</source>
        <translation>%1: Eine IPv4-Präfixlänge liegt zwischen 0 und 32.</translation>
    </message>
    <message>
        <source>%1: an IPv6 prefix length is 0 to 128.</source>
        <translation>%1: Eine IPv6-Präfixlänge liegt zwischen 0 und 128.</translation>
    </message>
    <message>
        <source>%1 needs an address: %2.</source>
        <translation>%1 braucht eine Adresse: %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an %3 address.</source>
        <translation>%1: „%2“ ist keine %3-Adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mechanism or modifier.</source>
        <translation>„%1“ ist weder ein Mechanismus noch ein Modifikator.</translation>
    </message>
    <message>
        <source>Unknown mechanism &apos;%1&apos;.</source>
        <translation>Unbekannter Mechanismus „%1“.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::StageStrip</name>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Sitzung</translation>
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
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>von Ihnen gestoppt</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TagValueList</name>
    <message>
        <source>&apos;%1&apos; is not tag=value.</source>
        <translation>„%1“ hat nicht die Form tag=value.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name.</source>
        <translation>„%1“ ist kein gültiger Tag-Name.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TestSend</name>
    <message>
        <source>Which server?</source>
        <translation>Welcher Server?</translation>
    </message>
    <message>
        <source>Choose a preset or type the server&apos;s name first.</source>
        <translation>Wählen Sie zuerst eine Vorlage oder geben Sie den Namen des Servers ein.</translation>
    </message>
    <message>
        <source>The From address is not usable</source>
        <translation>Die Absenderadresse ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Type the sender&apos;s address.</source>
        <translation>Geben Sie die Adresse des Absenders ein.</translation>
    </message>
    <message>
        <source>A To address is not usable</source>
        <translation>Eine Empfängeradresse ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Who should get the test message?</source>
        <translation>Wer soll die Testnachricht bekommen?</translation>
    </message>
    <message>
        <source>Type at least one address in To.</source>
        <translation>Geben Sie unter „An“ mindestens eine Adresse ein.</translation>
    </message>
    <message>
        <source>The test message cannot be sent</source>
        <translation>Die Testnachricht kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Not signed in with %1</source>
        <translation>Nicht mit %1 angemeldet</translation>
    </message>
    <message>
        <source>The sign-in with %1 has expired</source>
        <translation>Die Anmeldung mit %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>The sign-in with %1 is not set up</source>
        <translation>Die Anmeldung mit %1 ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>The system keychain did not give the sign-in</source>
        <translation>Der Schlüsselbund des Systems hat die Anmeldung nicht herausgegeben</translation>
    </message>
    <message>
        <source>The sign-in with %1 could not be renewed</source>
        <translation>Die Anmeldung mit %1 ließ sich nicht erneuern</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A Cc address is not usable</source>
        <translation>Eine Kopie-Adresse (Cc) ist nicht verwendbar</translation>
    </message>
    <message>
        <source>No user name</source>
        <translation>Kein Benutzername</translation>
    </message>
    <message>
        <source>A password was given, but no user name to sign in with.</source>
        <translation>Ein Passwort wurde angegeben, aber kein Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>No password was given, and a profile that is not saved has none in the keychain.</source>
        <translation>Es wurde kein Passwort angegeben, und ein nicht gespeichertes Profil hat keines im Schlüsselbund.</translation>
    </message>
    <message>
        <source>No password is saved for &quot;%1&quot; (%2).</source>
        <translation>Für „%1“ ist kein Passwort gespeichert (%2).</translation>
    </message>
    <message>
        <source>The CA file cannot be used</source>
        <translation>Die CA-Datei ist nicht verwendbar</translation>
    </message>
    <message>
        <source>No password is saved for the mailbox %1 (another account than the one that sends), so it is read with the sending password. Save its own with: sendcheck-cli password set --imap --profile &quot;%2&quot;</source>
        <translation>Für das Postfach %1 (ein anderes Konto als das sendende) ist kein Passwort gespeichert, daher wird es mit dem Passwort zum Senden gelesen. Speichern Sie sein eigenes mit: sendcheck-cli password set --imap --profile &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The password for the mailbox %1 could not be read (%2), so it is read with the sending password.</source>
        <translation>Das Passwort für das Postfach %1 konnte nicht gelesen werden (%2), daher wird es mit dem Passwort zum Senden gelesen.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TlsRptRecord</name>
    <message>
        <source>The record must start with v=TLSRPTv1.</source>
        <translation>Der Eintrag muss mit v=TLSRPTv1 beginnen.</translation>
    </message>
    <message>
        <source>The record has no rua= (where to send the reports).</source>
        <translation>Der Eintrag hat kein rua= (wohin die Berichte gehen).</translation>
    </message>
    <message>
        <source>%1 is not a mail address.</source>
        <translation>%1 ist keine Mailadresse.</translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 ist keine Webadresse.</translation>
    </message>
    <message>
        <source>%1: reports go to mailto: or https: addresses only.</source>
        <translation>%1: Berichte gehen nur an mailto:- oder https:-Adressen.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TlsText</name>
    <message>
        <source>Not encrypted: TLS was not used.</source>
        <translation>Nicht verschlüsselt: TLS wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>✔ Verified: the certificate chain is trusted and matches the server name.</source>
        <translation>✔ Überprüft: Die Zertifikatskette ist vertrauenswürdig und passt zum Servernamen.</translation>
    </message>
    <message>
        <source>✔ Trusted by you: the certificate does not verify, but its SHA-256 fingerprint is one you chose to trust for this profile.</source>
        <translation>✔ Von Ihnen als vertrauenswürdig eingestuft: Das Zertifikat lässt sich nicht überprüfen, aber Sie haben seinem SHA-256-Fingerabdruck für dieses Profil vertraut.</translation>
    </message>
    <message>
        <source>✘ Not verified: %1</source>
        <translation>✘ Nicht überprüft: %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>derzeit gültig</translation>
    </message>
    <message>
        <source>Subject: %1
</source>
        <translation>Inhaber: %1
</translation>
    </message>
    <message>
        <source>Issuer: %1
</source>
        <translation>Aussteller: %1
</translation>
    </message>
    <message>
        <source>Valid: %1 to %2 (%3)
</source>
        <translation>Gültig: %1 bis %2 (%3)
</translation>
    </message>
    <message>
        <source>Names: %1
</source>
        <translation>Namen: %1
</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Protocol: %1
</source>
        <translation>Protokoll: %1
</translation>
    </message>
    <message>
        <source>Cipher: %1
</source>
        <translation>Verschlüsselungsverfahren: %1
</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Serverzertifikat:</translation>
    </message>
    <message>
        <source>Certificate %1 in the chain:</source>
        <translation>Zertifikat %1 der Kette:</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TrainerNarration</name>
    <message>
        <source>The session stopped here; the verdict below explains why.</source>
        <translation>Die Sitzung endete hier; das Ergebnis unten erklärt, warum.</translation>
    </message>
    <message>
        <source>Done: the whole conversation, from greeting to goodbye.</source>
        <translation>Fertig: der ganze Dialog, von der Begrüßung bis zum Abschied.</translation>
    </message>
    <message>
        <source>The server answered “%1”. %2</source>
        <translation>Der Server hat „%1“ geantwortet. %2</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>die Nachricht</translation>
    </message>
    <message>
        <source>Next, Sendcheck sends %1: %2</source>
        <translation>Als Nächstes sendet Sendcheck %1: %2</translation>
    </message>
    <message>
        <source>Next: Sendcheck opens a connection to %1 port %2 and waits for the server&apos;s greeting (220). Each press of “Step through” then sends one command.</source>
        <translation>Als Nächstes öffnet Sendcheck eine Verbindung zu %1, Port %2, und wartet auf die Begrüßung des Servers (220). Jeder Klick auf „Einzelschritt“ sendet danach genau einen Befehl.</translation>
    </message>
    <message>
        <source>the message itself: its header lines, a blank line, the text, then a line with a single dot.</source>
        <translation>die Nachricht selbst: ihre Kopfzeilen, eine Leerzeile, der Text und zum Schluss eine Zeile mit einem einzelnen Punkt.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TrainerPanel</name>
    <message>
        <source>Step through: one more step of the conversation</source>
        <translation>Einzelschritt: ein weiterer Schritt des Dialogs</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Larger font for projectors</source>
        <translation>Größere Schrift für Projektoren</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Einzelschritt</translation>
    </message>
    <message>
        <source>Larger font</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Start again: a new stepped conversation</source>
        <translation>Neu beginnen: ein neues Gespräch in Einzelschritten</translation>
    </message>
    <message>
        <source>Sends the next command and shows the server&apos;s reply.</source>
        <translation>Sendet den nächsten Befehl und zeigt die Antwort des Servers.</translation>
    </message>
    <message>
        <source>Starts a new stepped conversation from the beginning.</source>
        <translation>Beginnt ein neues Gespräch in Einzelschritten von vorn.</translation>
    </message>
    <message>
        <source>Makes all text in the window larger, for projectors.</source>
        <translation>Vergrößert alle Texte im Fenster, für Projektoren.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Transcript</name>
    <message>
        <source>&lt;secret hidden&gt;</source>
        <translation>&lt;Geheimnis verborgen&gt;</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TranscriptModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Sent before TLS: anyone on the network path could read or change this line.</source>
        <translation>Vor TLS gesendet: Jeder auf dem Netzwerkweg könnte diese Zeile lesen oder ändern.</translation>
    </message>
    <message>
        <source>Sent inside TLS (encrypted).</source>
        <translation>Innerhalb von TLS gesendet (verschlüsselt).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TranscriptPanel</name>
    <message>
        <source>Search the transcript</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Show lines</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Commands and replies</source>
        <translation>Befehle und Antworten</translation>
    </message>
    <message>
        <source>Server replies</source>
        <translation>Serverantworten</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copies the selected lines (or all). Passwords were never recorded.</source>
        <translation>Kopiert die ausgewählten Zeilen (oder alle). Passwörter wurden nie aufgezeichnet.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>What the selected line means</source>
        <translation>Was die ausgewählte Zeile bedeutet</translation>
    </message>
    <message>
        <source>Select a line to see what it means.</source>
        <translation>Wählen Sie eine Zeile aus, um zu sehen, was sie bedeutet.</translation>
    </message>
    <message>
        <source>The selected lines were copied.</source>
        <translation>Die ausgewählten Zeilen wurden kopiert.</translation>
    </message>
    <message>
        <source>The transcript was copied.</source>
        <translation>Das Protokoll wurde kopiert.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Shows where this text is in the transcript, for example AUTH.</source>
        <translation>Zeigt, wo dieser Text im Protokoll steht, zum Beispiel AUTH.</translation>
    </message>
    <message>
        <source>Chooses which lines of the transcript are shown.</source>
        <translation>Wählt, welche Zeilen des Protokolls angezeigt werden.</translation>
    </message>
    <message>
        <source>The conversation with the server, line by line: select a line to see what it means.</source>
        <translation>Das Gespräch mit dem Server, Zeile für Zeile: Wählen Sie eine Zeile, um zu sehen, was sie bedeutet.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::UnboundDnsResolver</name>
    <message>
        <source>Could not set up the DNS resolver (libunbound).</source>
        <translation>Der DNS-Resolver (libunbound) konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>DNS resolver option %1 %2: %3</source>
        <translation>DNS-Resolver-Option %1 %2: %3</translation>
    </message>
    <message>
        <source>Cannot use %1 as the nameserver: %2</source>
        <translation>%1 kann nicht als Nameserver verwendet werden: %2</translation>
    </message>
    <message>
        <source>Bad DNSSEC trust anchor &apos;%1&apos;: %2</source>
        <translation>Ungültiger DNSSEC-Vertrauensanker „%1“: %2</translation>
    </message>
    <message>
        <source>Cannot read the DNSSEC trust anchor file %1: %2</source>
        <translation>Die DNSSEC-Vertrauensankerdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
</context>
<context>
    <name>Sendcheck::VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Press “Test connection” or “Send test message”.</source>
        <translation>Klicken Sie auf „Verbindung testen“ oder „Testnachricht senden“.</translation>
    </message>
    <message>
        <source>Stopped. Nothing more was sent.</source>
        <translation>Angehalten. Es wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>It works: the server accepted the test message.</source>
        <translation>Es funktioniert: Der Server hat die Testnachricht angenommen.</translation>
    </message>
    <message>
        <source>Sent in %1 ms.</source>
        <translation>Gesendet in %1 ms.</translation>
    </message>
    <message>
        <source>Look for it in the recipient&apos;s mailbox (and its spam folder): the server took responsibility for delivering it.</source>
        <translation>Sehen Sie im Postfach des Empfängers nach (auch im Spam-Ordner): Der Server hat die Zustellung übernommen.</translation>
    </message>
    <message>
        <source>Connection test passed: everything up to “%1” works.</source>
        <translation>Verbindungstest bestanden: Alles bis „%1“ funktioniert.</translation>
    </message>
    <message>
        <source>No message was sent. Use “Send test message” to prove the whole way.</source>
        <translation>Es wurde keine Nachricht gesendet. Mit „Testnachricht senden“ prüfen Sie den ganzen Weg.</translation>
    </message>
    <message>
        <source>The server&apos;s own words:</source>
        <translation>Die Worte des Servers:</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>Verschlüsselung (TLS):</translation>
    </message>
    <message>
        <source>Failed at “%1”.</source>
        <translation>Fehlgeschlagen bei „%1“.</translation>
    </message>
    <message>
        <source>Stopped at “%1”. </source>
        <translation>Abgebrochen bei „%1“. </translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Wahrscheinliche Ursachen:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was Sie tun können:</translation>
    </message>
    <message>
        <source>About this provider:</source>
        <translation>Zu diesem Anbieter:</translation>
    </message>
    <message>
        <source>The technical message:</source>
        <translation>Die technische Meldung:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Why this explanation?</source>
        <translation>Warum diese Erklärung?</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Verdict details</source>
        <translation>Einzelheiten zum Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>The practice server kept it: see “Received messages” on the Practice server tab.</source>
        <translation>Der Übungsserver hat sie behalten: siehe „Empfangene Nachrichten“ im Reiter „Übungsserver“.</translation>
    </message>
    <message>
        <source>What happened in the test and what to do next.</source>
        <translation>Was beim Test geschah und was als Nächstes zu tun ist.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Server: %1 port %2 (%3)</source>
        <translation>Server: %1 Port %2 (%3)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Checks whether a mail server is healthy and trusted: its addresses, reverse DNS (PTR, forward-confirmed), the name in its greeting, DNS blocklists and, with --relay-test, whether it relays mail for anyone (no message is ever sent). Exits with 0 when nothing fails.</source>
        <translation>Prüft, ob ein Mailserver gesund und vertrauenswürdig ist: seine Adressen, Reverse DNS (PTR, vorwärts bestätigt), den Namen in seiner Begrüßung, DNS-Sperrlisten und mit --relay-test, ob er Mail für jeden weiterleitet (es wird nie eine Nachricht gesendet). Endet mit 0, wenn nichts fehlschlägt.</translation>
    </message>
    <message>
        <source>The mail server&apos;s host name or address (e.g. an MX host).</source>
        <translation>Hostname oder Adresse des Mailservers (z. B. ein MX-Host).</translation>
    </message>
    <message>
        <source>The SMTP port (default 25).</source>
        <translation>Der SMTP-Port (Standard 25).</translation>
    </message>
    <message>
        <source>The server&apos;s public address, when it differs from what HOST resolves to here (NAT, split DNS): reverse DNS and blocklists are checked for it.</source>
        <translation>Die öffentliche Adresse des Servers, wenn sie von dem abweicht, was HOST hier ergibt (NAT, Split-DNS): Reverse DNS und Sperrlisten werden für sie geprüft.</translation>
    </message>
    <message>
        <source>Test whether the server relays for anyone: MAIL FROM --from, RCPT TO --to, then RSET and QUIT (never DATA).</source>
        <translation>Prüfen, ob der Server für jeden weiterleitet: MAIL FROM --from, RCPT TO --to, dann RSET und QUIT (nie DATA).</translation>
    </message>
    <message>
        <source>Relay test: an outside sender address.</source>
        <translation>Relay-Test: eine fremde Absenderadresse.</translation>
    </message>
    <message>
        <source>Relay test: a recipient at a domain the server does not receive mail for.</source>
        <translation>Relay-Test: ein Empfänger bei einer Domain, für die der Server keine Mail empfängt.</translation>
    </message>
    <message>
        <source>Ask this nameserver instead of the system&apos;s.</source>
        <translation>Diesen Nameserver statt der des Systems fragen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also write the result as a report to FILE, in the format its name ends with: .md, .html, .json or .pdf.</source>
        <translation>Das Ergebnis zusätzlich als Bericht in DATEI schreiben, im Format ihrer Endung: .md, .html, .json oder .pdf.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history.</source>
        <translation>Diesen Lauf nicht im Verlauf speichern.</translation>
    </message>
    <message>
        <source>Give one server to check, e.g. sendcheck-cli server mail.example.com.</source>
        <translation>Geben Sie einen zu prüfenden Server an, z. B. sendcheck-cli server mail.example.com.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port (1 to 65535).</source>
        <translation>--port: „%1“ ist kein Port (1 bis 65535).</translation>
    </message>
    <message>
        <source>--ip: &apos;%1&apos; is not an IP address.</source>
        <translation>--ip: „%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>--relay-test needs --from and --to, two mail addresses at domains the server does not receive mail for, e.g. --from test@example.org --to test@example.net.</source>
        <translation>--relay-test braucht --from und --to, zwei Mailadressen bei Domains, für die der Server keine Mail empfängt, z. B. --from test@example.org --to test@example.net.</translation>
    </message>
    <message>
        <source>--from and --to belong to --relay-test.</source>
        <translation>--from und --to gehören zu --relay-test.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT (an IPv6 address in brackets: [2001:db8::53]:53).</source>
        <translation>„%1“ ist nicht HOST oder HOST:PORT (eine IPv6-Adresse in eckigen Klammern: [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>Could not find the nameserver %1: %2</source>
        <translation>Der Nameserver %1 wurde nicht gefunden: %2</translation>
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
<context>
    <name>TestMessage</name>
    <message>
        <source>The sender (From) address is missing.</source>
        <translation>Die Absenderadresse (From) fehlt.</translation>
    </message>
    <message>
        <source>There is no recipient: add at least one To or Cc address.</source>
        <translation>Es gibt keinen Empfänger: Geben Sie mindestens eine An- oder Cc-Adresse an.</translation>
    </message>
    <message>
        <source>The subject contains a line break or NUL character; a header value must be one line.</source>
        <translation>Der Betreff enthält einen Zeilenumbruch oder ein NUL-Zeichen; der Wert einer Kopfzeile muss einzeilig sein.</translation>
    </message>
    <message>
        <source>The address %1 contains a line break or NUL character.</source>
        <translation>Die Adresse %1 enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The Message-ID %1 is not of the form &lt;unique-part@domain&gt; (no spaces, line breaks or control characters).</source>
        <translation>Die Message-ID %1 hat nicht die Form &lt;eindeutiger-teil@domain&gt; (ohne Leerzeichen, Zeilenumbrüche oder Steuerzeichen).</translation>
    </message>
    <message>
        <source>The date of the message is not valid.</source>
        <translation>Das Datum der Nachricht ist ungültig.</translation>
    </message>
    <message>
        <source>The attachment name %1 contains a line break or NUL character.</source>
        <translation>Der Anhangname %1 enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>The attachment %1 does not exist.</source>
        <translation>Der Anhang %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The attachment %1 is not a regular file.</source>
        <translation>Der Anhang %1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read (permissions).</source>
        <translation>Der Anhang %1 kann nicht gelesen werden (Zugriffsrechte).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Measure start-up, idle memory and a 100,000-line transcript, print the figures as JSON and exit.</source>
        <translation>Startzeit, Speicherbedarf im Leerlauf und ein Protokoll mit 100.000 Zeilen messen, die Werte als JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Set up and prove outgoing mail settings.</source>
        <translation>Einstellungen für ausgehende E-Mails einrichten und prüfen.</translation>
    </message>
    <message>
        <source>Render a scene to FILE (PNG) and exit.</source>
        <translation>Eine Szene als FILE (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <source>The scene for --screenshot: %1.</source>
        <translation>Die Szene für --screenshot: %1.</translation>
    </message>
    <message>
        <source>Keep profiles in DIR instead of the default folder.</source>
        <translation>Profile in DIR statt im Standardordner ablegen.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Dunkle Farbpalette verwenden.</translation>
    </message>
</context>
</TS>
