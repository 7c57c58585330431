<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Address</name>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>The part before the @ is empty.</source>
        <translation>La partie avant le @ est vide.</translation>
    </message>
    <message>
        <source>There is text between the closing quote and the @.</source>
        <translation>Du texte se trouve entre le guillemet fermant et le @.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is missing its closing quote.</source>
        <translation>Il manque le guillemet fermant à la partie entre guillemets avant le @.</translation>
    </message>
    <message>
        <source>The part before the @ may not start or end with a dot.</source>
        <translation>La partie avant le @ ne doit pas commencer ni finir par un point.</translation>
    </message>
    <message>
        <source>The part before the @ has two dots in a row.</source>
        <translation>La partie avant le @ contient deux points consécutifs.</translation>
    </message>
    <message>
        <source>The part before the @ contains %1, which is only allowed inside quotes (&quot;like this&quot;@example.com).</source>
        <translation>La partie avant le @ contient %1, ce qui n&apos;est autorisé qu&apos;entre guillemets (&quot;comme ceci&quot;@example.com).</translation>
    </message>
    <message>
        <source>%1 is not a valid address literal; write an IPv4 address as [192.0.2.1] or an IPv6 address as [IPv6:2001:db8::1].</source>
        <translation>%1 n&apos;est pas un littéral d&apos;adresse valide&#xa0;; écrivez une adresse IPv4 sous la forme [192.0.2.1] et une adresse IPv6 sous la forme [IPv6:2001:db8::1].</translation>
    </message>
    <message>
        <source>The domain %1 ends with a dot.</source>
        <translation>Le domaine %1 se termine par un point.</translation>
    </message>
    <message>
        <source>The domain is %1 bytes long; the limit is %2.</source>
        <translation>Le domaine fait %1 octets&#xa0;; le maximum est %2.</translation>
    </message>
    <message>
        <source>The domain %1 has an empty part (a dot at the start, or two dots in a row).</source>
        <translation>Le domaine %1 contient une partie vide (un point au début ou deux points consécutifs).</translation>
    </message>
    <message>
        <source>The domain contains %1, which is not allowed in a domain name (only letters, digits, hyphens and dots).</source>
        <translation>Le domaine contient %1, ce qui n&apos;est pas autorisé dans un nom de domaine (uniquement des lettres, des chiffres, des traits d&apos;union et des points).</translation>
    </message>
    <message>
        <source>The domain part %1 is %2 characters long; the limit is 63.</source>
        <translation>La partie de domaine %1 fait %2 caractères&#xa0;; le maximum est 63.</translation>
    </message>
    <message>
        <source>The domain part %1 starts or ends with a hyphen.</source>
        <translation>La partie de domaine %1 commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>The domain %1 is an IP address; write it in brackets, as [%1].</source>
        <translation>Le domaine %1 est une adresse IP&#xa0;; écrivez-la entre crochets&#xa0;: [%1].</translation>
    </message>
    <message>
        <source>The last part of the domain %1 is all digits, which no real domain has.</source>
        <translation>La dernière partie du domaine %1 ne contient que des chiffres, ce qu&apos;aucun vrai domaine ne fait.</translation>
    </message>
    <message>
        <source>The address contains a carriage return (CR); line breaks are not allowed in an address.</source>
        <translation>L&apos;adresse contient un retour chariot (CR)&#xa0;; les sauts de ligne ne sont pas autorisés dans une adresse.</translation>
    </message>
    <message>
        <source>The address contains a line feed (LF); line breaks are not allowed in an address.</source>
        <translation>L&apos;adresse contient un saut de ligne (LF)&#xa0;; les sauts de ligne ne sont pas autorisés dans une adresse.</translation>
    </message>
    <message>
        <source>The address contains a NUL character, which is not allowed.</source>
        <translation>L&apos;adresse contient un caractère NUL, ce qui n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>The address contains the control character U+%1, which is not allowed.</source>
        <translation>L&apos;adresse contient le caractère de contrôle U+%1, ce qui n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>L&apos;adresse est vide.</translation>
    </message>
    <message>
        <source>The address ends with &apos;&gt;&apos; but has no matching &apos;&lt;&apos;.</source>
        <translation>L&apos;adresse se termine par «&#xa0;&gt;&#xa0;» mais n&apos;a pas de «&#xa0;&lt;&#xa0;» correspondant.</translation>
    </message>
    <message>
        <source>The address has a &apos;&lt;&apos; without a closing &apos;&gt;&apos;, or text after the &apos;&gt;&apos;.</source>
        <translation>L&apos;adresse contient un «&#xa0;&lt;&#xa0;» sans «&#xa0;&gt;&#xa0;» fermant, ou du texte après le «&#xa0;&gt;&#xa0;».</translation>
    </message>
    <message>
        <source>The address between &apos;&lt;&apos; and &apos;&gt;&apos; is empty.</source>
        <translation>L&apos;adresse entre «&#xa0;&lt;&#xa0;» et «&#xa0;&gt;&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The address has no @ sign; it should look like name@example.com.</source>
        <translation>L&apos;adresse n&apos;a pas de signe @&#xa0;; elle devrait ressembler à nom@example.com.</translation>
    </message>
    <message>
        <source>The part before the @ is %1 bytes long; the limit is %2.</source>
        <translation>La partie avant le @ fait %1 octets&#xa0;; le maximum est %2.</translation>
    </message>
    <message>
        <source>The part after the @ (the domain) is empty.</source>
        <translation>La partie après le @ (le domaine) est vide.</translation>
    </message>
    <message>
        <source>The domain %1 is not a valid international domain name.</source>
        <translation>Le domaine %1 n&apos;est pas un nom de domaine international valide.</translation>
    </message>
    <message>
        <source>The address is %1 bytes long (with the angle brackets); the limit is %2.</source>
        <translation>L&apos;adresse fait %1 octets (chevrons compris)&#xa0;; le maximum est %2.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Print a completion script for bash, zsh or fish.</source>
        <translation>Afficher un script de complétion pour bash, zsh ou fish.</translation>
    </message>
    <message>
        <source>Find the outgoing server settings for an email address.</source>
        <translation>Trouver les paramètres du serveur d&apos;envoi pour une adresse e-mail.</translation>
    </message>
    <message>
        <source>Check a sending domain&apos;s SPF, DKIM, DMARC and MX records.</source>
        <translation>Vérifier les enregistrements SPF, DKIM, DMARC et MX d&apos;un domaine d&apos;envoi.</translation>
    </message>
    <message>
        <source>Explain an SMTP reply or mail error message in plain words.</source>
        <translation>Expliquer simplement une réponse SMTP ou un message d&apos;erreur de messagerie.</translation>
    </message>
    <message>
        <source>List the runs kept in the history; compare with the last success.</source>
        <translation>Lister les essais conservés dans l&apos;historique&#xa0;; comparer avec la dernière réussite.</translation>
    </message>
    <message>
        <source>Find a sent test message in a mailbox (IMAP) and show how the receiver judged it.</source>
        <translation>Retrouver un message de test envoyé dans une boîte aux lettres (IMAP) et montrer comment le destinataire l&apos;a jugé.</translation>
    </message>
    <message>
        <source>Sign in with Google or Microsoft (OAuth) and keep the tokens in the keyring.</source>
        <translation>Se connecter avec Google ou Microsoft (OAuth) et garder les jetons dans le trousseau.</translation>
    </message>
    <message>
        <source>Save or remove a profile&apos;s password in the system keyring.</source>
        <translation>Enregistrer ou supprimer le mot de passe d&apos;un profil dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Run the practice SMTP server (fails on purpose, for training and tests).</source>
        <translation>Lancer le serveur SMTP d&apos;entraînement (il échoue exprès, pour la formation et les tests).</translation>
    </message>
    <message>
        <source>List the mail provider presets.</source>
        <translation>Lister les préréglages des fournisseurs de messagerie.</translation>
    </message>
    <message>
        <source>Try every port and encryption of a mail server at once; recommend one.</source>
        <translation>Essayer à la fois tous les ports et chiffrements d&apos;un serveur de messagerie&#xa0;; en recommander un.</translation>
    </message>
    <message>
        <source>List, show, add, edit, remove, import and export saved profiles.</source>
        <translation>Lister, afficher, ajouter, modifier, supprimer, importer et exporter les profils enregistrés.</translation>
    </message>
    <message>
        <source>Write a run from the history as a report (md, html, json, pdf).</source>
        <translation>Écrire un essai de l&apos;historique sous forme de rapport (md, html, json, pdf).</translation>
    </message>
    <message>
        <source>Send a test message, test a connection, or send a burst.</source>
        <translation>Envoyer un message de test, tester une connexion ou envoyer une rafale.</translation>
    </message>
    <message>
        <source>Check a mail server&apos;s reverse DNS, greeting, blocklists and open relay.</source>
        <translation>Vérifier le DNS inverse, l&apos;accueil, les listes de blocage et le relais ouvert d&apos;un serveur de messagerie.</translation>
    </message>
    <message>
        <source>Print the version and the TLS library in use.</source>
        <translation>Afficher la version et la bibliothèque TLS utilisée.</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli COMMAND [OPTIONS]

Sets up and proves outgoing mail (SMTP) settings.

Commands:</source>
        <translation>Utilisation&#xa0;: sendcheck-cli COMMANDE [OPTIONS]

Configure les paramètres d&apos;envoi de courrier (SMTP) et prouve qu&apos;ils fonctionnent.

Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>&apos;sendcheck-cli COMMAND --help&apos; describes a command and its options.</source>
        <translation>«&#xa0;sendcheck-cli COMMANDE --help&#xa0;» décrit une commande et ses options.</translation>
    </message>
    <message>
        <source>sendcheck-cli: unknown command &apos;%1&apos;.</source>
        <translation>sendcheck-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>List the commands.</source>
        <translation>Lister les commandes.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Could not read the secret from standard input.</source>
        <translation>Impossible de lire le secret sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Secret (not shown): </source>
        <translation>Secret (non affiché)&#xa0;: </translation>
    </message>
    <message>
        <source>Standard input was empty: no secret was given.</source>
        <translation>L&apos;entrée standard était vide&#xa0;: aucun secret n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable d&apos;environnement %1 n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>La variable d&apos;environnement %1 est vide.</translation>
    </message>
</context>
<context>
    <name>CompletionsCommand</name>
    <message>
        <source>Prints a completion script for the shell SHELL (%1), made from the options of every command. For example: sendcheck-cli completions bash &gt; ~/.local/share/bash-completion/completions/sendcheck-cli</source>
        <translation>Affiche un script de complétion pour le shell SHELL (%1), généré à partir des options de toutes les commandes. Par exemple&#xa0;: sendcheck-cli completions bash &gt; ~/.local/share/bash-completion/completions/sendcheck-cli</translation>
    </message>
    <message>
        <source>bash, zsh or fish.</source>
        <translation>bash, zsh ou fish.</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli completions %1</source>
        <translation>Utilisation&#xa0;: sendcheck-cli completions %1</translation>
    </message>
    <message>
        <source>sendcheck-cli completions: could not read the options of &quot;%1&quot;.</source>
        <translation>sendcheck-cli completions&#xa0;: impossible de lire les options de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>Start from a provider preset (see &apos;sendcheck-cli presets&apos;); ID:REGION picks one of its servers.</source>
        <translation>Partir d&apos;un préréglage de fournisseur (voir «&#xa0;sendcheck-cli presets&#xa0;»)&#xa0;; ID:RÉGION choisit l&apos;un de ses serveurs.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Server name.</source>
        <translation>Nom du serveur.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
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
        <translation>Chiffrement&#xa0;: starttls, tls ou none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Sign-in method: auto, plain, login, cram-md5, xoauth2 or none.</source>
        <translation>Méthode d&apos;authentification&#xa0;: auto, plain, login, cram-md5, xoauth2 ou none.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Sign-in user name.</source>
        <translation>Nom d&apos;utilisateur pour l&apos;authentification.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Recipient address (repeatable).</source>
        <translation>Adresse du destinataire (peut être répétée).</translation>
    </message>
    <message>
        <source>Name to send in EHLO.</source>
        <translation>Nom à envoyer dans EHLO.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust.</source>
        <translation>Certificats d&apos;autorité (CA) supplémentaires à approuver (fichier PEM).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Allow signing in without encryption (lab servers only).</source>
        <translation>Autoriser l&apos;authentification sans chiffrement (serveurs de test uniquement).</translation>
    </message>
    <message>
        <source>Do not allow signing in without encryption.</source>
        <translation>Ne pas autoriser l&apos;authentification sans chiffrement.</translation>
    </message>
    <message>
        <source>Give up on any step after this many seconds (0: standard timers).</source>
        <translation>Abandonner toute étape au-delà de ce nombre de secondes (0&#xa0;: délais standard).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>--preset: there is no preset &quot;%1&quot;; &apos;sendcheck-cli presets&apos; lists them.</source>
        <translation>--preset&#xa0;: il n&apos;existe pas de préréglage «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;sendcheck-cli presets&#xa0;» les liste.</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; has no server &quot;%2&quot;; choose one of: %3.</source>
        <translation>--preset&#xa0;: «&#xa0;%1&#xa0;» n&apos;a pas de serveur «&#xa0;%2&#xa0;»&#xa0;; choisissez parmi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not a server name.</source>
        <translation>--host&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur.</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (1-65535).</source>
        <translation>--port&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de port (1-65535).</translation>
    </message>
    <message>
        <source>--security: &quot;%1&quot; is not a mode; use starttls, tls or none.</source>
        <translation>--security&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un mode&#xa0;; utilisez starttls, tls ou none.</translation>
    </message>
    <message>
        <source>--auth: &quot;%1&quot; is not a sign-in method; use auto, plain, login, cram-md5, xoauth2 or none.</source>
        <translation>--auth&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une méthode d&apos;authentification&#xa0;; utilisez auto, plain, login, cram-md5, xoauth2 ou none.</translation>
    </message>
    <message>
        <source>--user: the user name contains a line break or NUL.</source>
        <translation>--user&#xa0;: le nom d&apos;utilisateur contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a mail address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>--ehlo: &quot;%1&quot; is not a host name.</source>
        <translation>--ehlo&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file.</source>
        <translation>--ca-file&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>--pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint; give 64 hexadecimal digits, with or without colons.</source>
        <translation>--pin-sha256&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256&#xa0;; indiquez 64 chiffres hexadécimaux, avec ou sans deux-points.</translation>
    </message>
    <message>
        <source>--allow-plain-auth and --no-allow-plain-auth contradict each other.</source>
        <translation>--allow-plain-auth et --no-allow-plain-auth se contredisent.</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 0 to %2.</source>
        <translation>--timeout&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes entre 0 et %2.</translation>
    </message>
    <message>
        <source>How to sign in: password (or key, kept in the keyring) or oauth (sign in with the provider: &apos;sendcheck-cli oauth login&apos;).</source>
        <translation>Mode de connexion&#xa0;: password (mot de passe ou clé, conservé dans le trousseau) ou oauth (connexion auprès du fournisseur&#xa0;: «&#xa0;sendcheck-cli oauth login&#xa0;»).</translation>
    </message>
    <message>
        <source>Client id of the app you registered with the provider for OAuth.</source>
        <translation>ID client de l&apos;application que vous avez enregistrée auprès du fournisseur pour OAuth.</translation>
    </message>
    <message>
        <source>Microsoft: your tenant (directory id or domain); empty for the preset&apos;s default.</source>
        <translation>Microsoft&#xa0;: votre locataire (ID d&apos;annuaire ou domaine)&#xa0;; vide pour la valeur par défaut du préréglage.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>LOCATAIRE</translation>
    </message>
    <message>
        <source>--sign-in: &quot;%1&quot; is not a sign-in mode; use password or oauth.</source>
        <translation>--sign-in&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un mode de connexion&#xa0;; utilisez password ou oauth.</translation>
    </message>
    <message>
        <source>--oauth-client-id: a client id has no spaces.</source>
        <translation>--oauth-client-id&#xa0;: un ID client ne contient pas d&apos;espaces.</translation>
    </message>
    <message>
        <source>--oauth-tenant: &quot;%1&quot; is not a tenant id or domain.</source>
        <translation>--oauth-tenant&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un ID de locataire ni un domaine.</translation>
    </message>
    <message>
        <source>--sign-in: the preset &quot;%1&quot; has no OAuth sign-in; use password.</source>
        <translation>--sign-in&#xa0;: le préréglage «&#xa0;%1&#xa0;» ne propose pas de connexion OAuth&#xa0;; utilisez password.</translation>
    </message>
    <message>
        <source>--sign-in: oauth needs a preset that offers it (--preset).</source>
        <translation>--sign-in&#xa0;: oauth nécessite un préréglage qui le propose (--preset).</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint for this host and port (repeatable).</source>
        <translation>Approuver le certificat ayant cette empreinte SHA-256 pour cet hôte et ce port (peut être répété).</translation>
    </message>
    <message>
        <source>--pin-sha256: a certificate is trusted for one server; name it with --host or --preset.</source>
        <translation>--pin-sha256&#xa0;: un certificat est approuvé pour un seul serveur&#xa0;; indiquez-le avec --host ou --preset.</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>Settings for %1 (ISPDB snapshot of %2)</source>
        <translation>Paramètres pour %1 (instantané de l&apos;ISPDB du %2)</translation>
    </message>
    <message>
        <source>Sources, in order:</source>
        <translation>Sources, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message>
        <source>No server settings found.</source>
        <translation>Aucun paramètre de serveur trouvé.</translation>
    </message>
    <message>
        <source>Servers to try:</source>
        <translation>Serveurs à essayer&#xa0;:</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>supposition</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>Finds the outgoing (SMTP) server settings for an email address and shows every source it asked, in order: the bundled presets (by domain and by MX host), the domain&apos;s autoconfig file, Thunderbird&apos;s ISPDB (online and a bundled, dated snapshot), SRV records and guesses. Exits with 0 when a setting was found.

For tests: SENDCHECK_AUTOCONFIG_URL, SENDCHECK_AUTOCONFIG_HTTP_URL and SENDCHECK_ISPDB_URL point the autoconfig and ISPDB requests at another server, SENDCHECK_DISCOVERY_CA_FILE adds trusted CA certificates (PEM).</source>
        <translation>Recherche les paramètres du serveur sortant (SMTP) d&apos;une adresse e-mail et affiche, dans l&apos;ordre, chaque source consultée&#xa0;: les préréglages intégrés (par domaine et par hôte MX), le fichier autoconfig du domaine, l&apos;ISPDB de Thunderbird (en ligne et un instantané intégré et daté), les enregistrements SRV et des suppositions. Renvoie 0 lorsqu&apos;un paramètre a été trouvé.

Pour les tests&#xa0;: SENDCHECK_AUTOCONFIG_URL, SENDCHECK_AUTOCONFIG_HTTP_URL et SENDCHECK_ISPDB_URL envoient les requêtes autoconfig et ISPDB vers un autre serveur, SENDCHECK_DISCOVERY_CA_FILE ajoute des certificats d&apos;autorité de confiance (PEM).</translation>
    </message>
    <message>
        <source>The email address to find settings for.</source>
        <translation>L&apos;adresse e-mail dont il faut trouver les paramètres.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Ask nobody: only the bundled presets and ISPDB snapshot.</source>
        <translation>Ne consulter personne&#xa0;: uniquement les préréglages intégrés et l&apos;instantané de l&apos;ISPDB.</translation>
    </message>
    <message>
        <source>Ask this nameserver instead of the system&apos;s.</source>
        <translation>Interroger ce serveur de noms au lieu de celui du système.</translation>
    </message>
    <message>
        <source>Also write the result as a report to FILE, in the format its name ends with: .md (Markdown, for a ticket), .html, .json or .pdf.</source>
        <translation>Écrire aussi le résultat sous forme de rapport dans FILE, au format indiqué par la fin de son nom&#xa0;: .md (Markdown, pour un ticket), .html, .json ou .pdf.</translation>
    </message>
    <message>
        <source>Give one email address, e.g. sendcheck-cli discover anna@example.com.</source>
        <translation>Indiquez une adresse e-mail, par ex. sendcheck-cli discover anna@example.com.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report exige un nom de fichier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT (an IPv6 address in brackets: [2001:db8::53]:53).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni HOST ni HOST:PORT (une adresse IPv6 entre crochets&#xa0;: [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>Could not find the nameserver %1: %2</source>
        <translation>Impossible de trouver le serveur de noms %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  (each tried from here at once, no password sent: %1 ms in all)</source>
        <translation>  (chacun essayé d&apos;ici simultanément, aucun mot de passe envoyé&#xa0;: %1 ms au total)</translation>
    </message>
    <message>
        <source>not tried: it has no encryption</source>
        <translation>non essayé&#xa0;: sans chiffrement</translation>
    </message>
    <message>
        <source>With --probe: extra CA certificates (PEM file) to trust.</source>
        <translation>Avec --probe&#xa0;: certificats d&apos;autorité (CA) supplémentaires à approuver (fichier PEM).</translation>
    </message>
    <message>
        <source>Do not keep the run in the history (a run with --probe is kept there otherwise, unless SENDCHECK_NO_HISTORY is set).</source>
        <translation>Ne pas conserver l&apos;essai dans l&apos;historique (un essai avec --probe y est conservé sinon, sauf si SENDCHECK_NO_HISTORY est défini).</translation>
    </message>
    <message>
        <source>--ca-file belongs with --probe.</source>
        <translation>--ca-file s&apos;utilise avec --probe.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file.</source>
        <translation>--ca-file&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>--offline asks nobody, and --probe connects to every server found: use one of them.</source>
        <translation>--offline n&apos;interroge personne, et --probe se connecte à chaque serveur trouvé&#xa0;: utilisez l&apos;une ou l&apos;autre.</translation>
    </message>
    <message>
        <source>With --probe: the ports to try on each host found instead of the usual ones, as for the probe command: 465,587 or 465/tls,587/starttls.</source>
        <translation>Avec --probe : les ports à essayer sur chaque hôte trouvé à la place des ports habituels, comme pour la commande probe : 465,587 ou 465/tls,587/starttls.</translation>
    </message>
    <message>
        <source>--ports belongs with --probe.</source>
        <translation>--ports s&apos;utilise avec --probe.</translation>
    </message>
    <message>
        <source>found by trying</source>
        <translation>trouvé en essayant</translation>
    </message>
    <message>
        <source>  Also tried on the hosts found, without success (no source lists these):</source>
        <translation>  Également essayés sur les hôtes trouvés, sans succès (aucune source ne les indique) :</translation>
    </message>
    <message>
        <source>Then try every server found, and the usual ports (465 with TLS from the start, 587, 25 and 2525 with STARTTLS) on each host found, at once and without a password (as the probe command does), and recommend the one that works from here; a port that works though no source lists it is shown with the source &quot;probe&quot;. Exits with 0 only when one works; the run is kept in the history.</source>
        <translation>Essayer ensuite chaque serveur trouvé, ainsi que les ports habituels (465 avec TLS dès le départ, 587, 25 et 2525 avec STARTTLS) sur chaque hôte trouvé, simultanément et sans mot de passe (comme la commande probe), et recommander celui qui fonctionne d&apos;ici ; un port qui fonctionne sans qu&apos;aucune source ne l&apos;indique est affiché avec la source « probe ». Se termine avec 0 seulement si l&apos;un d&apos;eux fonctionne ; l&apos;essai est conservé dans l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>DomainCommand</name>
    <message>
        <source>Domain: %1</source>
        <translation>Domaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Records to publish:</source>
        <translation>Enregistrements à publier&#xa0;:</translation>
    </message>
    <message>
        <source>The domain you send from (the part after @ in your From address).</source>
        <translation>Le domaine depuis lequel vous envoyez (la partie après le @ de votre adresse d&apos;expéditeur).</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address: evaluate SPF for it.</source>
        <translation>L&apos;adresse IP du serveur d&apos;envoi&#xa0;: évaluer SPF pour elle.</translation>
    </message>
    <message>
        <source>The HELO name the server uses (for SPF).</source>
        <translation>Le nom HELO qu&apos;utilise le serveur (pour SPF).</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM); its domain is what SPF checks. Default: the domain.</source>
        <translation>L&apos;expéditeur d&apos;enveloppe (MAIL FROM)&#xa0;; c&apos;est son domaine que SPF vérifie. Par défaut&#xa0;: le domaine.</translation>
    </message>
    <message>
        <source>A DKIM selector to look at (can be given more than once).</source>
        <translation>Un sélecteur DKIM à examiner (peut être indiqué plusieurs fois).</translation>
    </message>
    <message>
        <source>Ask this nameserver instead of the system&apos;s.</source>
        <translation>Interroger ce serveur de noms au lieu de celui du système.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>Give one domain to check, e.g. sendcheck-cli domain example.com.</source>
        <translation>Indiquez un domaine à vérifier, p. ex. sendcheck-cli domain example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>No DNS facts for provider &apos;%1&apos;. Known: %2.</source>
        <translation>Aucune donnée DNS pour le fournisseur «&#xa0;%1&#xa0;». Connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT (an IPv6 address in brackets: [2001:db8::53]:53).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni HÔTE ni HÔTE:PORT (une adresse IPv6 entre crochets&#xa0;: [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>Could not find the nameserver %1: %2</source>
        <translation>Impossible de trouver le serveur de noms %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provider you send through (a preset id, e.g. google-workspace-relay): check its SPF include and DKIM selectors, and propose its records.</source>
        <translation>Le fournisseur par lequel vous envoyez (un ID de préréglage, par ex. google-workspace-relay)&#xa0;: vérifier son include SPF et ses sélecteurs DKIM, et proposer ses enregistrements.</translation>
    </message>
    <message>
        <source>The provider&apos;s region as in its preset (e.g. eu-west-1 for Amazon SES): fills it into the records proposed.</source>
        <translation>La région du fournisseur telle qu&apos;indiquée dans son préréglage (par ex. eu-west-1 pour Amazon SES)&#xa0;: elle est reportée dans les enregistrements proposés.</translation>
    </message>
    <message>
        <source>Validate DNSSEC from the trust anchors in FILE (DS or DNSKEY lines in zone-file form, e.g. /usr/share/dns/root.key).</source>
        <translation>Valider DNSSEC à partir des ancres de confiance de FILE (lignes DS ou DNSKEY au format fichier de zone, par ex. /usr/share/dns/root.key).</translation>
    </message>
    <message>
        <source>Validate DNSSEC from the system&apos;s root key, /usr/share/dns/root.key (Debian package dns-root-data). Without this or --trust-anchor nothing is validated.</source>
        <translation>Valider DNSSEC à partir de la clé racine du système, /usr/share/dns/root.key (paquet Debian dns-root-data). Sans cette option ni --trust-anchor, rien n&apos;est validé.</translation>
    </message>
    <message>
        <source>Also write the check as a report to FILE, in the format its name ends with: .md (Markdown, for a ticket), .html, .json or .pdf.</source>
        <translation>Écrire aussi la vérification sous forme de rapport dans FILE, au format indiqué par la fin de son nom&#xa0;: .md (Markdown, pour un ticket), .html, .json ou .pdf.</translation>
    </message>
    <message>
        <source>In the report, also hide address local parts and IP addresses.</source>
        <translation>Dans le rapport, masquer aussi les parties locales des adresses et les adresses IP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region of the provider: --region needs --provider and one of its regions, e.g. eu-west-1 for amazon-ses.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une région du fournisseur&#xa0;: --region exige --provider et l&apos;une de ses régions, par ex. eu-west-1 pour amazon-ses.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report exige un nom de fichier.</translation>
    </message>
    <message>
        <source>--dnssec needs the root key at /usr/share/dns/root.key (Debian package dns-root-data); give another with --trust-anchor FILE.</source>
        <translation>--dnssec exige la clé racine dans /usr/share/dns/root.key (paquet Debian dns-root-data)&#xa0;; indiquez-en une autre avec --trust-anchor FILE.</translation>
    </message>
    <message>
        <source>Checks what receivers check about a sending domain: its SPF record (and, with --ip, whether that server may send for it), DKIM keys, DMARC policy and alignment, MX records, and the transport policies MTA-STS, TLS-RPT, DANE and BIMI. Exits with 0 when nothing fails.</source>
        <translation>Vérifie ce que les destinataires vérifient sur un domaine d&apos;envoi : son enregistrement SPF (et, avec --ip, si ce serveur peut envoyer pour lui), les clés DKIM, la politique et l&apos;alignement DMARC, les enregistrements MX et les politiques de transport MTA-STS, TLS-RPT, DANE et BIMI. Se termine avec 0 quand rien n&apos;échoue.</translation>
    </message>
    <message>
        <source>Fetch the MTA-STS policy from this address instead of the address of mta-sts.DOMAIN (a lab or test server); its certificate is still checked for mta-sts.DOMAIN. Default port 443.</source>
        <translation>Récupère la politique MTA-STS à cette adresse au lieu de celle de mta-sts.DOMAINE (un serveur de laboratoire ou de test) ; son certificat est toujours vérifié pour mta-sts.DOMAINE. Port par défaut 443.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM) for the MTA-STS policy&apos;s HTTPS.</source>
        <translation>Fait aussi confiance aux certificats d&apos;autorité du FICHIER (PEM) pour le HTTPS de la politique MTA-STS.</translation>
    </message>
    <message>
        <source>--mta-sts-server: &apos;%1&apos; is not ADDRESS or ADDRESS:PORT, e.g. 127.0.0.1:8443.</source>
        <translation>--mta-sts-server : « %1 » n&apos;est pas ADRESSE ou ADRESSE:PORT, par ex. 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file of PEM certificates.</source>
        <translation>--ca-file : « %1 » n&apos;est pas un fichier lisible de certificats PEM.</translation>
    </message>
    <message>
        <source>Compare the MX hosts&apos; certificates with their DNSSEC-secure TLSA records on this port instead of 25 (a lab or test server).</source>
        <translation>Comparer les certificats des hôtes MX à leurs enregistrements TLSA sécurisés par DNSSEC sur ce port au lieu du 25 (un serveur de laboratoire ou de test).</translation>
    </message>
    <message>
        <source>--smtp-port: &apos;%1&apos; is not a port number (1 to 65535).</source>
        <translation>--smtp-port : « %1 » n&apos;est pas un numéro de port (1 à 65535).</translation>
    </message>
    <message numerus="yes">
        <source>DNSSEC: %1 (%2 of %n answer(s) secure).</source>
        <translation>
            <numerusform>DNSSEC&#xa0;: %1 (%2 réponse sécurisée sur %n).</numerusform>
            <numerusform>DNSSEC&#xa0;: %1 (%2 réponses sécurisées sur %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Likely causes:</source>
        <translation>Causes probables&#xa0;:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Provider note: %1</source>
        <translation>Remarque sur le fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retrying later can help: %1</source>
        <translation>Réessayer plus tard peut aider&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s own words:</source>
        <translation>Les termes exacts du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Explains an SMTP reply or a mail error message in plain words: what happened, why, and what to do. Reads the text from standard input when it is &apos;-&apos; or missing.</source>
        <translation>Explique en termes simples une réponse SMTP ou un message d&apos;erreur de messagerie&#xa0;: ce qui s&apos;est passé, pourquoi et que faire. Lit le texte sur l&apos;entrée standard s&apos;il vaut «&#xa0;-&#xa0;» ou s&apos;il est absent.</translation>
    </message>
    <message>
        <source>The reply or error text.</source>
        <translation>Le texte de la réponse ou de l&apos;erreur.</translation>
    </message>
    <message>
        <source>The step the reply answered: connect, banner, ehlo, starttls, tls, auth, mail, rcpt, data, quit.</source>
        <translation>L&apos;étape à laquelle la réponse correspond&#xa0;: connect, banner, ehlo, starttls, tls, auth, mail, rcpt, data, quit.</translation>
    </message>
    <message>
        <source>The server name used.</source>
        <translation>Le nom du serveur utilisé.</translation>
    </message>
    <message>
        <source>The port used.</source>
        <translation>Le port utilisé.</translation>
    </message>
    <message>
        <source>The security used: none, starttls or tls.</source>
        <translation>La sécurité utilisée&#xa0;: none, starttls ou tls.</translation>
    </message>
    <message>
        <source>The sign-in method used: auto, plain, login, cram-md5, xoauth2.</source>
        <translation>La méthode d&apos;authentification utilisée&#xa0;: auto, plain, login, cram-md5, xoauth2.</translation>
    </message>
    <message>
        <source>Print the explanation as JSON.</source>
        <translation>Afficher l&apos;explication au format JSON.</translation>
    </message>
    <message>
        <source>Could not read the text from standard input.</source>
        <translation>Impossible de lire le texte sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Give the reply or error text to explain, e.g. sendcheck-cli explain &quot;535 5.7.8 Authentication failed&quot;.</source>
        <translation>Indiquez le texte de la réponse ou de l&apos;erreur à expliquer, p. ex. sendcheck-cli explain &quot;535 5.7.8 Authentication failed&quot;.</translation>
    </message>
    <message>
        <source>Unknown stage &apos;%1&apos;.</source>
        <translation>Étape inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Invalid port &apos;%1&apos;.</source>
        <translation>Port non valide «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown security &apos;%1&apos;.</source>
        <translation>Sécurité inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown sign-in method &apos;%1&apos;.</source>
        <translation>Méthode d&apos;authentification inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Why this explanation: %1 (%2).</source>
        <translation>Pourquoi cette explication&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>  Nothing in the text is known; this is a general reading.</source>
        <translation>  Rien dans le texte n&apos;est reconnu&#xa0;; il s&apos;agit d&apos;une interprétation générale.</translation>
    </message>
    <message>
        <source>  - %1 [%2, weight %3]</source>
        <translation>  - %1 [%2, poids %3]</translation>
    </message>
    <message>
        <source>Also print what the explanation rests on: how sure it is and each piece of evidence (JSON always has them).</source>
        <translation>Afficher aussi sur quoi repose l&apos;explication&#xa0;: son degré de certitude et chaque indice (le JSON les contient toujours).</translation>
    </message>
</context>
<context>
    <name>FileMessageSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent.</source>
        <translation>%1 est devenu plus court pendant l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>--%1 needs a whole number from 0 up (0: no limit).</source>
        <translation>--%1 attend un nombre entier à partir de 0 (0&#xa0;: pas de limite).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro d&apos;essai.</translation>
    </message>
    <message>
        <source>No runs in the history yet.</source>
        <translation>Aucun essai dans l&apos;historique pour l&apos;instant.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>There is no earlier successful run of this profile to compare with.</source>
        <translation>Il n&apos;y a pas d&apos;essai réussi antérieur de ce profil avec lequel comparer.</translation>
    </message>
    <message>
        <source>Run %1 compared with run %2 of %3, the last time it worked:</source>
        <translation>Essai %1 comparé à l&apos;essai %2 de %3, la dernière fois que cela a fonctionné&#xa0;:</translation>
    </message>
    <message>
        <source>Lists the runs kept in the history, newest first, and manages the history. &apos;sendcheck-cli report ID&apos; writes one as a report.</source>
        <translation>Liste les essais conservés dans l&apos;historique, du plus récent au plus ancien, et gère l&apos;historique. «&#xa0;sendcheck-cli report ID&#xa0;» en écrit un sous forme de rapport.</translation>
    </message>
    <message>
        <source>Only the runs of this profile (name or id).</source>
        <translation>Uniquement les essais de ce profil (nom ou ID).</translation>
    </message>
    <message>
        <source>At most N runs (default: all).</source>
        <translation>Au plus N essais (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher au format JSON.</translation>
    </message>
    <message>
        <source>What changed between run ID and the last successful run of the same profile before it.</source>
        <translation>Ce qui a changé entre l&apos;essai ID et le dernier essai réussi du même profil avant lui.</translation>
    </message>
    <message>
        <source>Delete run ID.</source>
        <translation>Supprimer l&apos;essai ID.</translation>
    </message>
    <message>
        <source>Delete every run.</source>
        <translation>Supprimer tous les essais.</translation>
    </message>
    <message>
        <source>From now on keep runs for N days (0: no limit; default 365).</source>
        <translation>Désormais, conserver les essais N jours (0&#xa0;: pas de limite&#xa0;; par défaut 365).</translation>
    </message>
    <message>
        <source>From now on keep the newest N runs (0: no limit; default 1000).</source>
        <translation>Désormais, conserver les N essais les plus récents (0&#xa0;: pas de limite&#xa0;; par défaut 1000).</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run %1 deleted.</source>
        <translation>Essai %1 supprimé.</translation>
    </message>
    <message>
        <source>History emptied.</source>
        <translation>Historique vidé.</translation>
    </message>
    <message>
        <source>History keeps runs for %1, at most %2 (0: no limit).</source>
        <translation>L&apos;historique conserve les essais pendant %1, au plus %2 (0&#xa0;: pas de limite).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n essai</numerusform>
            <numerusform>%n essais</numerusform>
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
        <translation>avertissement</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Arrived after %1 s in &quot;%2&quot;%3.</source>
        <translation>Arrivé après %1 s dans «&#xa0;%2&#xa0;»%3.</translation>
    </message>
    <message>
        <source> (as spam)</source>
        <translation> (comme spam)</translation>
    </message>
    <message>
        <source>Not arrived within %1 s.</source>
        <translation>Non arrivé en %1 s.</translation>
    </message>
    <message>
        <source>Authentication-Results (%1): %2</source>
        <translation>Authentication-Results (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Received-SPF: %1</source>
        <translation>Received-SPF&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gmail labels: %1</source>
        <translation>Libellés Gmail&#xa0;: %1</translation>
    </message>
    <message>
        <source>  hop: %1 → %2 (%3, TLS: %4)</source>
        <translation>  relais&#xa0;: %1 → %2 (%3, TLS&#xa0;: %4)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>      Fix: %1</source>
        <translation>      Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>No password is saved for &quot;%1&quot;: save one with &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;, or give it with --password-stdin.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: enregistrez-en un avec &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;, ou indiquez-le avec --password-stdin.</translation>
    </message>
    <message>
        <source>The Message-ID of the sent message.</source>
        <translation>Le Message-ID du message envoyé.</translation>
    </message>
    <message>
        <source>The IMAP server.</source>
        <translation>Le serveur IMAP.</translation>
    </message>
    <message>
        <source>The IMAP port (993 for tls, 143 for starttls).</source>
        <translation>Le port IMAP (993 pour tls, 143 pour starttls).</translation>
    </message>
    <message>
        <source>tls (default) or starttls.</source>
        <translation>tls (par défaut) ou starttls.</translation>
    </message>
    <message>
        <source>The mailbox user name.</source>
        <translation>Le nom d&apos;utilisateur de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Read the mailbox password from standard input.</source>
        <translation>Lire le mot de passe de la boîte aux lettres depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Read the mailbox password from the environment variable VAR.</source>
        <translation>Lire le mot de passe de la boîte aux lettres depuis la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <source>The secret is an OAuth access token: sign in with XOAUTH2.</source>
        <translation>Le secret est un jeton d&apos;accès OAuth&#xa0;: s&apos;authentifier avec XOAUTH2.</translation>
    </message>
    <message>
        <source>Wait up to SECONDS for the message (default 120, at most 900).</source>
        <translation>Attendre le message jusqu&apos;à SECONDS secondes (120 par défaut, 900 au maximum).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in file F (PEM).</source>
        <translation>Approuver aussi les certificats d&apos;autorité du fichier F (PEM).</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint.</source>
        <translation>Accepter le certificat du serveur ayant cette empreinte SHA-256.</translation>
    </message>
    <message>
        <source>Show the IMAP conversation (redacted) on standard error as it happens.</source>
        <translation>Afficher la conversation IMAP (masquée) sur la sortie d&apos;erreur au fur et à mesure.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>inbox-check takes no arguments besides its options.</source>
        <translation>inbox-check n&apos;accepte aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <source>Give --message-id ID, --imap-host H and --imap-user U.</source>
        <translation>Indiquez --message-id ID, --imap-host H et --imap-user U.</translation>
    </message>
    <message>
        <source>--imap-security is tls or starttls.</source>
        <translation>--imap-security vaut tls ou starttls.</translation>
    </message>
    <message>
        <source>--imap-port is a number from 1 to 65535.</source>
        <translation>--imap-port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>--wait is a number of seconds from 0 to %1.</source>
        <translation>--wait est un nombre de secondes de 0 à %1.</translation>
    </message>
    <message>
        <source>--pin-sha256 takes a SHA-256 fingerprint (64 hex digits).</source>
        <translation>--pin-sha256 attend une empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Give the mailbox password in one way: --password-stdin, --password-env VAR or --profile NAME (keychain).</source>
        <translation>Indiquez le mot de passe de la boîte aux lettres d&apos;une seule façon&#xa0;: --password-stdin, --password-env VAR ou --profile NAME (trousseau).</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1</source>
        <translation>Impossible de lire la boîte aux lettres&#xa0;: %1</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1 The server said: %2</source>
        <translation>Impossible de lire la boîte aux lettres&#xa0;: %1 Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>No mailbox password is saved for &quot;%1&quot;: save one with &apos;sendcheck-cli password set --imap --profile &quot;%1&quot;&apos;, or give it with --password-stdin.</source>
        <translation>Aucun mot de passe de boîte aux lettres n&apos;est enregistré pour «&#xa0;%1&#xa0;»&#xa0;: enregistrez-en un avec &apos;sendcheck-cli password set --imap --profile &quot;%1&quot;&apos;, ou donnez-le avec --password-stdin.</translation>
    </message>
    <message>
        <source>Signs in to a mailbox over IMAP (read-only) and looks for a sent test message by its Message-ID: in the inbox, the junk folder and the other folders, waiting for it up to --wait seconds (IDLE where the server offers it). Reports where it landed and how the receiver judged it (SPF, DKIM, DMARC, ARC, spam filters, TLS on the way). The password comes from standard input, an environment variable or the keychain of a saved profile, never from a flag. Exit codes: 0 arrived, 1 mailbox not readable, 2 usage, 3 not arrived in time, 4 arrived as spam, 130 stopped with Ctrl+C while waiting.</source>
        <translation>Se connecte à une boîte aux lettres par IMAP (en lecture seule) et y cherche un message de test envoyé, d&apos;après son Message-ID&#xa0;: dans la boîte de réception, le dossier de courrier indésirable et les autres dossiers, en l&apos;attendant jusqu&apos;à --wait secondes (IDLE si le serveur le propose). Indique où il est arrivé et comment le destinataire l&apos;a jugé (SPF, DKIM, DMARC, ARC, filtres antispam, TLS en chemin). Le mot de passe provient de l&apos;entrée standard, d&apos;une variable d&apos;environnement ou du trousseau d&apos;un profil enregistré, jamais d&apos;une option. Codes de sortie&#xa0;: 0 arrivé, 1 boîte aux lettres illisible, 2 utilisation, 3 non arrivé à temps, 4 arrivé comme spam, 130 arrêté avec Ctrl+C pendant l&apos;attente.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take the password from the keychain entry of the saved profile NAME (and trust the certificates it pinned for this mailbox server).</source>
        <translation>Prendre le mot de passe dans l&apos;entrée du trousseau du profil enregistré NAME (et faire confiance aux certificats qu&apos;il a épinglés pour ce serveur de boîte aux lettres).</translation>
    </message>
</context>
<context>
    <name>MessageFile</name>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation>Impossible de lire le fichier de message %1 : %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>%1 is not a message: it contains NUL bytes, as binary files do. Give a message as a mail program saves it (an .eml file).</source>
        <translation>%1 n&apos;est pas un message : il contient des octets NUL, comme les fichiers binaires. Indiquez un message tel qu&apos;un logiciel de messagerie l&apos;enregistre (un fichier .eml).</translation>
    </message>
    <message>
        <source>The message file %1 is empty: there is nothing to send.</source>
        <translation>Le fichier de message %1 est vide : il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <source>%1 is not a message (RFC 5322): it must begin with header fields (lines such as &quot;From: ...&quot; and &quot;Subject: ...&quot;), then an empty line and the body; line %2 is not a header field.</source>
        <translation>%1 n&apos;est pas un message (RFC 5322) : il doit commencer par des champs d&apos;en-tête (des lignes comme « From: ... » et « Subject: ... »), puis une ligne vide et le corps ; la ligne %2 n&apos;est pas un champ d&apos;en-tête.</translation>
    </message>
    <message>
        <source>%1 is not a message (RFC 5322): its header has no From: field.</source>
        <translation>%1 n&apos;est pas un message (RFC 5322) : son en-tête n&apos;a pas de champ From:.</translation>
    </message>
    <message numerus="yes">
        <source>%1 mixes line ends: %n line(s) end in CR LF, %2 in a bare LF and %3 in a bare CR. It cannot be sent unchanged; save it with one kind of line end (all CR LF, or all LF).</source>
        <translation>
            <numerusform>%1 mélange les fins de ligne&#xa0;: %n ligne se termine par CR LF, %2 par un LF seul et %3 par un CR seul. Il ne peut pas être envoyé sans modification&#xa0;; enregistrez-le avec un seul type de fin de ligne (tout en CR LF ou tout en LF).</numerusform>
            <numerusform>%1 mélange les fins de ligne&#xa0;: %n lignes se terminent par CR LF, %2 par un LF seul et %3 par un CR seul. Il ne peut pas être envoyé sans modification&#xa0;; enregistrez-le avec un seul type de fin de ligne (tout en CR LF ou tout en LF).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MimeWriter</name>
    <message>
        <source>The attachment %1 cannot be read: it does not exist or is not a file.</source>
        <translation>La pièce jointe %1 est illisible&#xa0;: elle n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The attachment %1 can no longer be read: %2</source>
        <translation>La pièce jointe %1 n&apos;est plus lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The attachment %1 changed while it was being sent (it grew).</source>
        <translation>La pièce jointe %1 a changé pendant l&apos;envoi (elle a grossi).</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read: %2</source>
        <translation>Impossible de lire la pièce jointe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The attachment %1 changed while it was being sent (it became shorter).</source>
        <translation>La pièce jointe %1 a changé pendant l&apos;envoi (elle a raccourci).</translation>
    </message>
</context>
<context>
    <name>OAuthCommand</name>
    <message>
        <source>The profile.</source>
        <translation>Le profil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>login: read the app&apos;s client secret (Google desktop apps have one) from standard input.</source>
        <translation>login&#xa0;: lire le secret client de l&apos;application (les applications de bureau Google en ont un) sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>login: read the app&apos;s client secret from this environment variable.</source>
        <translation>login&#xa0;: lire le secret client de l&apos;application dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>login: give up after this many seconds (default 300).</source>
        <translation>login&#xa0;: abandonner au bout de ce nombre de secondes (par défaut 300).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds from 1 to 3600.</source>
        <translation>--timeout&#xa0;: indiquez un nombre de secondes entre 1 et 3600.</translation>
    </message>
    <message>
        <source>Note: %1 usually gives desktop apps a client secret. If the sign-in ends with &quot;invalid_client&quot;, run again with --client-secret-stdin.</source>
        <translation>Remarque&#xa0;: %1 attribue généralement un secret client aux applications de bureau. Si la connexion se termine par «&#xa0;invalid_client&#xa0;», relancez avec --client-secret-stdin.</translation>
    </message>
    <message>
        <source>Open this address in a web browser on this computer and sign in with %1%2:</source>
        <translation>Ouvrez cette adresse dans un navigateur web sur cet ordinateur et connectez-vous avec %1%2&#xa0;:</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> en tant que %1</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to %1 (up to %2 seconds; Ctrl+C stops).</source>
        <translation>En attente du retour du navigateur vers %1 (jusqu&apos;à %2 secondes&#xa0;; Ctrl+C pour arrêter).</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be saved, so they were discarded: %1</source>
        <translation>Connexion réussie, mais les jetons n&apos;ont pas pu être enregistrés&#xa0;; ils ont donc été abandonnés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in and the tokens are saved, but the profile could not be updated: %1</source>
        <translation>Connexion réussie et jetons enregistrés, mais le profil n&apos;a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in with %1. The tokens are saved in the keyring.</source>
        <translation>Connecté avec %1. Les jetons sont enregistrés dans le trousseau.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2. The tokens are saved in the keyring.</source>
        <translation>Connecté avec %1 en tant que %2. Les jetons sont enregistrés dans le trousseau.</translation>
    </message>
    <message>
        <source>Warning: you signed in as %1 but the profile&apos;s user name is %2. The server will refuse the token for that user: change the user name (sendcheck-cli profile edit &quot;%3&quot; --user %1) or sign in as %2.</source>
        <translation>Attention&#xa0;: vous vous êtes connecté en tant que %1, mais le nom d&apos;utilisateur du profil est %2. Le serveur refusera le jeton pour cet utilisateur&#xa0;: changez le nom d&apos;utilisateur (sendcheck-cli profile edit &quot;%3&quot; --user %1) ou connectez-vous en tant que %2.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in of &quot;%1&quot; was removed from the keyring. The app stays allowed in your account until you remove it in the account&apos;s security settings.</source>
        <translation>Déconnecté&#xa0;: la connexion de «&#xa0;%1&#xa0;» a été retirée du trousseau. L&apos;application reste autorisée dans votre compte jusqu&apos;à ce que vous la retiriez dans les paramètres de sécurité du compte.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>The access token is valid until %1.</source>
        <translation>Le jeton d&apos;accès est valable jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s lifetime is unknown.</source>
        <translation>La durée de validité du jeton d&apos;accès est inconnue.</translation>
    </message>
    <message>
        <source>The access token has expired and cannot be renewed: sign in again.</source>
        <translation>Le jeton d&apos;accès a expiré et ne peut pas être renouvelé&#xa0;: connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The access token has expired; it is renewed at the next send.</source>
        <translation>Le jeton d&apos;accès a expiré&#xa0;; il sera renouvelé au prochain envoi.</translation>
    </message>
    <message>
        <source>oauth login --profile NAME: sign in with the provider (Google, Microsoft) in a web browser; the tokens are kept in the keyring and renewed when needed. The profile needs a preset that offers it and the client id of an app you registered (sendcheck-cli profile edit NAME --sign-in oauth --oauth-client-id ID).
oauth logout --profile NAME: remove the tokens from the keyring.
oauth status --profile NAME: who is signed in and until when the access token is valid (never the tokens themselves).</source>
        <translation>oauth login --profile NOM&#xa0;: se connecter auprès du fournisseur (Google, Microsoft) dans un navigateur web&#xa0;; les jetons sont conservés dans le trousseau et renouvelés si nécessaire. Le profil nécessite un préréglage qui le propose et l&apos;ID client d&apos;une application que vous avez enregistrée (sendcheck-cli profile edit NOM --sign-in oauth --oauth-client-id ID).
oauth logout --profile NOM&#xa0;: retirer les jetons du trousseau.
oauth status --profile NOM&#xa0;: qui est connecté et jusqu&apos;à quand le jeton d&apos;accès est valable (jamais les jetons eux-mêmes).</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli oauth login|logout|status --profile NAME</source>
        <translation>Utilisation&#xa0;: sendcheck-cli oauth login|logout|status --profile NOM</translation>
    </message>
    <message>
        <source>Say which profile with --profile NAME.</source>
        <translation>Indiquez le profil avec --profile NOM.</translation>
    </message>
    <message>
        <source>--client-secret-stdin, --client-secret-env and --timeout belong to oauth login.</source>
        <translation>--client-secret-stdin, --client-secret-env et --timeout s&apos;utilisent avec oauth login.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was removed meanwhile.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a été supprimé entre-temps.</translation>
    </message>
</context>
<context>
    <name>OAuthServerError</name>
    <message>
        <source>The server refused the access token (%1): it has expired or was revoked (for example after a password change). Sign in with your provider again.</source>
        <translation>Le serveur a refusé le jeton d&apos;accès (%1)&#xa0;: il a expiré ou a été révoqué (par exemple après un changement de mot de passe). Connectez-vous à nouveau auprès de votre fournisseur.</translation>
    </message>
    <message>
        <source>The sign-in did not grant permission to send mail (%1). Sign in again and allow sending mail.</source>
        <translation>La connexion n&apos;a pas accordé l&apos;autorisation d&apos;envoyer des e-mails (%1). Connectez-vous à nouveau et autorisez l&apos;envoi d&apos;e-mails.</translation>
    </message>
    <message>
        <source>The sign-in did not grant permission to send mail (scope %1). Sign in again and allow it.</source>
        <translation>La connexion n&apos;a pas accordé l&apos;autorisation d&apos;envoyer des e-mails (étendue %1). Connectez-vous à nouveau et autorisez-la.</translation>
    </message>
    <message>
        <source>The token belongs to another account: signed in as %1 but the user name is %2. Use the same address for both.</source>
        <translation>Le jeton appartient à un autre compte&#xa0;: connecté en tant que %1, mais le nom d&apos;utilisateur est %2. Utilisez la même adresse pour les deux.</translation>
    </message>
    <message>
        <source>The server refused the token for this user name (%1): the token belongs to another account, or the sign-in request was malformed. Check that the user name is the address you signed in with.</source>
        <translation>Le serveur a refusé le jeton pour ce nom d&apos;utilisateur (%1)&#xa0;: le jeton appartient à un autre compte, ou la demande de connexion était mal formée. Vérifiez que le nom d&apos;utilisateur est bien l&apos;adresse avec laquelle vous vous êtes connecté.</translation>
    </message>
    <message>
        <source>The server refused the access token (status %1).</source>
        <translation>Le serveur a refusé le jeton d&apos;accès (état %1).</translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <source>The profile.</source>
        <translation>Le profil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Say which profile with --profile NAME.</source>
        <translation>Indiquez le profil avec --profile NOM.</translation>
    </message>
    <message>
        <source>This looks like an app password shown in groups of four; the spaces were removed.</source>
        <translation>Cela ressemble à un mot de passe d&apos;application affiché par groupes de quatre&#xa0;; les espaces ont été supprimés.</translation>
    </message>
    <message>
        <source>The password for &quot;%1&quot; was saved in the keyring.</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» a été enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Give the password to each command on standard input or with --password-env instead.</source>
        <translation>Transmettez plutôt le mot de passe à chaque commande sur l&apos;entrée standard ou avec --password-env.</translation>
    </message>
    <message>
        <source>Any password saved for &quot;%1&quot; was removed from the keyring.</source>
        <translation>Le mot de passe éventuellement enregistré pour «&#xa0;%1&#xa0;» a été retiré du trousseau.</translation>
    </message>
    <message>
        <source>No saved password for &quot;%1&quot; was found. (If your keyring is locked, unlock it and try again.)</source>
        <translation>Aucun mot de passe enregistré n&apos;a été trouvé pour «&#xa0;%1&#xa0;». (Si votre trousseau est verrouillé, déverrouillez-le et réessayez.)</translation>
    </message>
    <message>
        <source>password set --profile NAME: saves the password (or key) read from standard input in the system keyring; one trailing line break is removed.
password clear --profile NAME: deletes it from the keyring.
With --imap: the password of the read-back mailbox (the profile&apos;s IMAP user), when that is another account than the one that sends.</source>
        <translation>password set --profile NOM&#xa0;: enregistre dans le trousseau du système le mot de passe (ou la clé) lu sur l&apos;entrée standard&#xa0;; un saut de ligne final est supprimé.
password clear --profile NOM&#xa0;: le supprime du trousseau.
Avec --imap&#xa0;: le mot de passe de la boîte de relecture (l&apos;utilisateur IMAP du profil), quand c&apos;est un autre compte que celui qui envoie.</translation>
    </message>
    <message>
        <source>The read-back mailbox&apos;s own password, not the sending one.</source>
        <translation>Le mot de passe propre à la boîte de relecture, pas celui d&apos;envoi.</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli password set|clear --profile NAME [--imap]</source>
        <translation>Utilisation&#xa0;: sendcheck-cli password set|clear --profile NOM [--imap]</translation>
    </message>
    <message>
        <source>The mailbox password for &quot;%1&quot; was saved in the keyring.</source>
        <translation>Le mot de passe de la boîte aux lettres de «&#xa0;%1&#xa0;» a été enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>No mailbox password is saved for &quot;%1&quot; any more.</source>
        <translation>Plus aucun mot de passe de boîte aux lettres n&apos;est enregistré pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PdfModule</name>
    <message>
        <source>The PDF module could not be opened (%1).</source>
        <translation>Le module PDF n&apos;a pas pu être ouvert (%1).</translation>
    </message>
</context>
<context>
    <name>PracticeCertificate</name>
    <message>
        <source>OpenSSL could not make a key and certificate for the practice server.</source>
        <translation>OpenSSL n&apos;a pas pu créer de clé ni de certificat pour le serveur d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Qt could not read the certificate OpenSSL made.</source>
        <translation>Qt n&apos;a pas pu lire le certificat créé par OpenSSL.</translation>
    </message>
</context>
<context>
    <name>PracticeCommand</name>
    <message>
        <source>Plain SMTP + STARTTLS address and port (default 127.0.0.1:2525; port 0 = any free port).</source>
        <translation>Adresse et port pour SMTP simple + STARTTLS (par défaut 127.0.0.1:2525&#xa0;; port 0 = n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>Implicit TLS address and port (default 127.0.0.1:4650; port 0 = any free port).</source>
        <translation>Adresse et port pour le TLS implicite (par défaut 127.0.0.1:4650&#xa0;; port 0 = n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>A scenario name; repeat for several. drop-at takes a stage: drop-at=rcpt.</source>
        <translation>Un nom de scénario&#xa0;; à répéter pour en indiquer plusieurs. drop-at prend une étape&#xa0;: drop-at=rcpt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>A scenario script: one &quot;STAGE: CODE ENHANCED text&quot; or &quot;STAGE: drop&quot; per line, # for comments. Stages: %1.</source>
        <translation>Un script de scénario&#xa0;: une ligne &quot;STAGE: CODE ENHANCED text&quot; ou &quot;STAGE: drop&quot; par ligne, # pour les commentaires. Étapes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The lab account&apos;s user name (default practice).</source>
        <translation>Le nom d&apos;utilisateur du compte de test (par défaut practice).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Read the lab account&apos;s password from this environment variable (never a flag value).</source>
        <translation>Lire le mot de passe du compte de test dans cette variable d&apos;environnement (jamais dans une valeur d&apos;option).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>How long greylist-451 defers a sender/recipient pair (default 60).</source>
        <translation>Durée pendant laquelle greylist-451 diffère une paire expéditeur/destinataire (par défaut 60).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Close sessions idle this many seconds (default 300).</source>
        <translation>Fermer les sessions inactives depuis ce nombre de secondes (par défaut 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>List the scenarios and exit.</source>
        <translation>Lister les scénarios et quitter.</translation>
    </message>
    <message>
        <source>Allow a non-loopback listen address. The practice server has a published password and fails on purpose: do not expose it to a network you do not control.</source>
        <translation>Autoriser une adresse d&apos;écoute autre que le bouclage local. Le serveur d&apos;entraînement a un mot de passe public et échoue volontairement&#xa0;: ne l&apos;exposez pas à un réseau que vous ne maîtrisez pas.</translation>
    </message>
    <message>
        <source>--greylist-seconds needs a number of seconds.</source>
        <translation>--greylist-seconds attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>--listen and --tls-listen take HOST:PORT, as in 127.0.0.1:2525.</source>
        <translation>--listen et --tls-listen attendent HÔTE:PORT, comme 127.0.0.1:2525.</translation>
    </message>
    <message>
        <source>The practice server listens on loopback addresses only: it has a published password and fails on purpose. Use --allow-remote if you really want it reachable from other machines.</source>
        <translation>Le serveur d&apos;entraînement n&apos;écoute que sur les adresses de bouclage local&#xa0;: il a un mot de passe public et échoue volontairement. Utilisez --allow-remote si vous voulez vraiment qu&apos;il soit joignable depuis d&apos;autres machines.</translation>
    </message>
    <message>
        <source>--listen and --tls-listen must use the same address.</source>
        <translation>--listen et --tls-listen doivent utiliser la même adresse.</translation>
    </message>
    <message>
        <source>--user and --password-env go together.</source>
        <translation>--user et --password-env vont ensemble.</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds.</source>
        <translation>--idle-timeout attend un nombre de secondes.</translation>
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
        <translation>impossible d&apos;enregistrer %1&#xa0;: %2</translation>
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
        <translation>échec de l&apos;acceptation d&apos;une connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stopping</translation>
    </message>
    <message>
        <source>Offer XOAUTH2 and OAUTHBEARER and accept the test token in this environment variable.</source>
        <translation>Proposer XOAUTH2 et OAUTHBEARER et accepter le jeton de test contenu dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>The account the test token belongs to (default: the lab account&apos;s user name).</source>
        <translation>Le compte auquel appartient le jeton de test (par défaut&#xa0;: le nom d&apos;utilisateur du compte de test).</translation>
    </message>
    <message>
        <source>The longest command line accepted, in bytes; a longer one is answered with 500 (default %1).</source>
        <translation>La plus longue ligne de commande acceptée, en octets&#xa0;; une ligne plus longue reçoit la réponse 500 (par défaut %1).</translation>
    </message>
    <message>
        <source>The longest line of message data accepted, in bytes; a message with a longer one is refused with 554 (default %1).</source>
        <translation>La plus longue ligne de données de message acceptée, en octets&#xa0;; un message contenant une ligne plus longue est refusé avec 554 (par défaut %1).</translation>
    </message>
    <message>
        <source>Sessions open at once; one more is answered with 421 and closed (on the implicit TLS port closed without a reply) (default %1).</source>
        <translation>Sessions ouvertes simultanément&#xa0;; une de plus reçoit la réponse 421 et est fermée (sur le port TLS implicite, fermée sans réponse) (par défaut %1).</translation>
    </message>
    <message>
        <source>Sessions open at once from one client address; one more is answered with 421 and closed (default %1; 0 = only --max-sessions).</source>
        <translation>Sessions ouvertes simultanément depuis une même adresse client&#xa0;; une de plus reçoit la réponse 421 et est fermée (par défaut %1&#xa0;; 0 = uniquement --max-sessions).</translation>
    </message>
    <message>
        <source>How long one session may last, however busy; then 421 and the connection closes (default %1; 0 = no limit).</source>
        <translation>Durée maximale d&apos;une session, même active&#xa0;; ensuite 421 et la connexion est fermée (par défaut %1&#xa0;; 0 = pas de limite).</translation>
    </message>
    <message>
        <source>With --save-dir: messages kept in the folder; beyond it the oldest saved messages are deleted, no message is refused (default %1; 0 = no limit).</source>
        <translation>Avec --save-dir&#xa0;: nombre de messages conservés dans le dossier&#xa0;; au-delà, les messages enregistrés les plus anciens sont supprimés, aucun message n&apos;est refusé (par défaut %1&#xa0;; 0 = pas de limite).</translation>
    </message>
    <message>
        <source>With --save-dir: bytes of messages kept in the folder; beyond it the oldest saved messages are deleted (default %1; 0 = no limit).</source>
        <translation>Avec --save-dir&#xa0;: octets de messages conservés dans le dossier&#xa0;; au-delà, les messages enregistrés les plus anciens sont supprimés (par défaut %1&#xa0;; 0 = pas de limite).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 attend un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Save each received message there as an .eml file. The folder and the files are made private to you (0700 and 0600).</source>
        <translation>Enregistrer chaque message reçu dans ce dossier sous forme de fichier .eml. Le dossier et les fichiers ne sont accessibles qu&apos;à vous (0700 et 0600).</translation>
    </message>
    <message>
        <source>The message size limit in bytes, announced as SIZE; more data is answered with 552 (default %1).</source>
        <translation>La taille maximale des messages en octets, annoncée par SIZE&#xa0;; au-delà, les données reçoivent la réponse 552 (par défaut %1).</translation>
    </message>
    <message>
        <source>Where the practice certificate is kept (default: the application data folder); made private to you (0700, key and certificate 0600).</source>
        <translation>Emplacement du certificat d&apos;entraînement (par défaut&#xa0;: le dossier de données de l&apos;application)&#xa0;; accessible à vous seul (0700, clé et certificat 0600).</translation>
    </message>
    <message>
        <source>--max-message-size needs a number of bytes.</source>
        <translation>--max-message-size attend un nombre d&apos;octets.</translation>
    </message>
    <message>
        <source>made private %1 (it was open to other users)</source>
        <translation>%1 rendu privé (il était accessible aux autres utilisateurs)</translation>
    </message>
    <message>
        <source>note: %1 is shared or another user&apos;s; it is left as it is, and each message saved there is readable by you only</source>
        <translation>remarque&#xa0;: %1 est partagé ou appartient à un autre utilisateur&#xa0;; il est laissé tel quel, et chaque message qui y est enregistré n&apos;est lisible que par vous</translation>
    </message>
    <message>
        <source>removed %1 (the save folder keeps the newest messages)</source>
        <translation>%1 supprimé (le dossier d&apos;enregistrement conserve les messages les plus récents)</translation>
    </message>
    <message>
        <source>IMAP + STARTTLS port of the practice mailbox, on the same address (default 1430, or any free port when --listen asks for one).</source>
        <translation>Port IMAP + STARTTLS de la boîte aux lettres d&apos;entraînement, à la même adresse (1430 par défaut, ou n&apos;importe quel port libre si --listen le demande).</translation>
    </message>
    <message>
        <source>Implicit-TLS IMAP port of the practice mailbox (default 9930, or any free port when --listen asks for one).</source>
        <translation>Port IMAP à TLS implicite de la boîte aux lettres d&apos;entraînement (9930 par défaut, ou n&apos;importe quel port libre si --listen le demande).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>--imap-listen and --imaps-listen take a port number.</source>
        <translation>--imap-listen et --imaps-listen attendent un numéro de port.</translation>
    </message>
    <message>
        <source>Runs the practice server: a real SMTP server on this computer that fails on purpose.
Plain SMTP with STARTTLS listens on one port, implicit TLS on another. The lab account is practice / practice unless --user and --password-env are given.
The first line printed is &quot;listening smtp=HOST:PORT tls=HOST:PORT&quot;, the second &quot;listening imap=HOST:PORT imaps=HOST:PORT&quot; (the practice mailbox, where every accepted message lands); then one line per session event. Stop it with Ctrl+C (SIGINT) or SIGTERM.

Scenarios (--scenario, repeatable, several at once):
%1
Example: --scenario greylist-451 --scenario drop-at=rcpt</source>
        <translation>Lance le serveur d&apos;entraînement&#xa0;: un vrai serveur SMTP sur cet ordinateur, qui échoue exprès.
Le SMTP simple avec STARTTLS écoute sur un port, le TLS implicite sur un autre. Le compte d&apos;exercice est practice / practice, sauf si --user et --password-env sont indiqués.
La première ligne affichée est &quot;listening smtp=HOST:PORT tls=HOST:PORT&quot;, la deuxième &quot;listening imap=HOST:PORT imaps=HOST:PORT&quot; (la boîte aux lettres d&apos;entraînement, où arrive chaque message accepté)&#xa0;; puis une ligne par événement de session. Arrêtez-le avec Ctrl+C (SIGINT) ou SIGTERM.

Scénarios (--scenario, peut être répété, plusieurs à la fois)&#xa0;:
%1
Exemple&#xa0;: --scenario greylist-451 --scenario drop-at=rcpt</translation>
    </message>
</context>
<context>
    <name>PracticePrivateFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private: %2</source>
        <translation>Impossible de rendre le dossier %1 privé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>Lists the provider presets: the built-in ones and any *.json files in %1, which add presets or replace a built-in one with the same id.</source>
        <translation>Liste les préréglages de fournisseur&#xa0;: ceux intégrés et tous les fichiers *.json de %1, qui ajoutent des préréglages ou remplacent un préréglage intégré de même ID.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher au format JSON.</translation>
    </message>
    <message>
        <source>Preset problem: %1</source>
        <translation>Problème de préréglage&#xa0;: %1</translation>
    </message>
    <message>
        <source> (+%1 more servers)</source>
        <translation> (+%1 autres serveurs)</translation>
    </message>
    <message>
        <source> [check with provider]</source>
        <translation> [à vérifier auprès du fournisseur]</translation>
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
        <translation>Test des ports de %1&#xa0;: %2 paramètres essayés simultanément, aucun mot de passe envoyé, %3 s au maximum chacun (%4 ms au total)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SÉCURITÉ</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>CONNEXION</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DÉTAILS</translation>
    </message>
    <message>
        <source>  &lt;- recommended</source>
        <translation>  &lt;- recommandé</translation>
    </message>
    <message>
        <source>Why the others:</source>
        <translation>Pourquoi pas les autres&#xa0;:</translation>
    </message>
    <message>
        <source>Recommended: %1 port %2, %3. %4</source>
        <translation>Recommandé&#xa0;: %1 port %2, %3. %4</translation>
    </message>
    <message>
        <source>Nothing to recommend: %1</source>
        <translation>Rien à recommander&#xa0;: %1</translation>
    </message>
    <message>
        <source>The outgoing mail server, e.g. smtp.example.com.</source>
        <translation>Le serveur sortant, par ex. smtp.example.com.</translation>
    </message>
    <message>
        <source>Ports to try, comma-separated, each optionally with /tls or /starttls: 465,587 or 465/tls,2525/starttls (default: 465/tls,587/starttls,25/starttls,2525/starttls).</source>
        <translation>Ports à essayer, séparés par des virgules, chacun éventuellement suivi de /tls ou /starttls&#xa0;: 465,587 ou 465/tls,2525/starttls (par défaut&#xa0;: 465/tls,587/starttls,25/starttls,2525/starttls).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust.</source>
        <translation>Certificats d&apos;autorité supplémentaires (fichier PEM) à approuver.</translation>
    </message>
    <message>
        <source>Give up on each attempt after this many seconds (default 10); the whole probe takes no longer.</source>
        <translation>Abandonner chaque tentative après ce nombre de secondes (10 par défaut)&#xa0;; le test complet ne dure pas plus longtemps.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Also write the result as a report to FILE, in the format its name ends with: .md, .html, .json or .pdf.</source>
        <translation>Écrire aussi le résultat sous forme de rapport dans FILE, au format indiqué par la fin de son nom&#xa0;: .md, .html, .json ou .pdf.</translation>
    </message>
    <message>
        <source>give one server name, e.g. sendcheck-cli probe smtp.example.com.</source>
        <translation>indiquez un nom de serveur, par ex. sendcheck-cli probe smtp.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur.</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 1 to %2.</source>
        <translation>--timeout&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes de 1 à %2.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file.</source>
        <translation>--ca-file&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report exige un nom de fichier.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history (every probe is kept there otherwise, unless SENDCHECK_NO_HISTORY is set).</source>
        <translation>Ne pas conserver cet essai dans l&apos;historique (chaque test des ports y est conservé sinon, sauf si SENDCHECK_NO_HISTORY est défini).</translation>
    </message>
    <message>
        <source>Tries every usual way to reach a mail server at once, without a password: 465 with TLS from the start, 587, 25 and 2525 with STARTTLS (or --ports). For each: whether it connects, what the server says, what TLS gives (version, cipher, certificate), which sign-in methods it offers and what is wrong if it fails. Recommends the best working setting. Nothing but EHLO, STARTTLS and QUIT is sent. Exits with 0 when a setting works.</source>
        <translation>Essaie simultanément toutes les façons habituelles de joindre un serveur de messagerie, sans mot de passe&#xa0;: 465 avec TLS dès le départ, 587, 25 et 2525 avec STARTTLS (ou --ports). Pour chacune&#xa0;: si la connexion s&apos;établit, ce que répond le serveur, ce que donne TLS (version, algorithme de chiffrement, certificat), quelles méthodes d&apos;authentification il propose et ce qui ne va pas en cas d&apos;échec. Recommande le meilleur paramètre qui fonctionne. Seuls EHLO, STARTTLS et QUIT sont envoyés. Renvoie 0 lorsqu&apos;un paramètre fonctionne.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation>Méthode d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>Default to:</source>
        <translation>Destinataire par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Nom EHLO&#xa0;:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier CA&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted SHA-256:</source>
        <translation>SHA-256 approuvés&#xa0;:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <source>signing in without encryption is allowed</source>
        <translation>l&apos;authentification sans chiffrement est autorisée</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Utilisation&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;; &apos;sendcheck-cli profile list&apos; shows them.</source>
        <translation>Il n&apos;existe aucun profil nommé «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;sendcheck-cli profile list&#xa0;» les affiche.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher au format JSON.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &apos;sendcheck-cli profile add NAME --preset ID&apos;.</source>
        <translation>Aucun profil pour l&apos;instant. Ajoutez-en un avec «&#xa0;sendcheck-cli profile add NOM --preset ID&#xa0;».</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Le profil.</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nom d&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>A name for the new profile.</source>
        <translation>Un nom pour le nouveau profil.</translation>
    </message>
    <message>
        <source>Give the server with --host HOST, or start from a preset with --preset ID (&apos;sendcheck-cli presets&apos; lists them).</source>
        <translation>Indiquez le serveur avec --host HÔTE, ou partez d&apos;un préréglage avec --preset ID («&#xa0;sendcheck-cli presets&#xa0;» les liste).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added (%2:%3, %4).</source>
        <translation>Profil «&#xa0;%1&#xa0;» ajouté (%2:%3, %4).</translation>
    </message>
    <message>
        <source>Give the profile a new name.</source>
        <translation>Donner un nouveau nom au profil.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVEAU</translation>
    </message>
    <message>
        <source>The profile to change.</source>
        <translation>Le profil à modifier.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one option (see --help).</source>
        <translation>Rien à modifier&#xa0;: indiquez au moins une option (voir --help).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; updated.</source>
        <translation>Profil «&#xa0;%1&#xa0;» mis à jour.</translation>
    </message>
    <message>
        <source>The profile to delete.</source>
        <translation>Le profil à supprimer.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Any password saved for it was removed from the keyring.</source>
        <translation>Le mot de passe éventuellement enregistré pour ce profil a été retiré du trousseau.</translation>
    </message>
    <message>
        <source>Secure storage is unavailable, so a password saved for this profile earlier (if any) could not be removed.</source>
        <translation>Le stockage sécurisé n&apos;est pas disponible&#xa0;; le mot de passe éventuellement enregistré auparavant pour ce profil n&apos;a donc pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Its password may still be in the keyring (service &quot;%1&quot;, key &quot;%2&quot;).</source>
        <translation>Son mot de passe est peut-être encore dans le trousseau (service «&#xa0;%1&#xa0;», clé «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Save it under this name.</source>
        <translation>L&apos;enregistrer sous ce nom.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>A profile file (JSON).</source>
        <translation>Un fichier de profil (JSON).</translation>
    </message>
    <message>
        <source>There is already a profile called &quot;%1&quot;; choose another name with --name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom avec --name.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; imported. Its password is not part of the file: set it with &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;.</source>
        <translation>Profil «&#xa0;%1&#xa0;» importé. Son mot de passe ne fait pas partie du fichier&#xa0;: définissez-le avec sendcheck-cli password set --profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>Où l&apos;écrire.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; written to %2 (without its password).</source>
        <translation>Profil «&#xa0;%1&#xa0;» écrit dans %2 (sans son mot de passe).</translation>
    </message>
    <message>
        <source>Unknown profile command &quot;%1&quot;.</source>
        <translation>Commande de profil inconnue «&#xa0;%1&#xa0;».</translation>
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
        <translation>Utilisation&#xa0;: sendcheck-cli profile list [--json]
              sendcheck-cli profile show NOM [--json]
              sendcheck-cli profile add NOM (--preset ID | --host HÔTE) [options de connexion]
              sendcheck-cli profile edit NOM [--rename NOUVEAU] [options de connexion]
              sendcheck-cli profile remove NOM
              sendcheck-cli profile import FICHIER [--name NOM] [--accept-trust]
              sendcheck-cli profile export NOM FICHIER

Les profils ne contiennent jamais de mots de passe&#xa0;: utilisez «&#xa0;sendcheck-cli password set --profile NOM&#xa0;».
«&#xa0;sendcheck-cli profile add --help&#xa0;» liste les options de connexion.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the &quot;caFile&quot; of %1 (or remove it) and import again.</source>
        <translation>Rien n&apos;a été importé. Corrigez le «&#xa0;caFile&#xa0;» de %1 (ou supprimez-le) et relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>The profile file %1 asks Sendcheck to:</source>
        <translation>Le fichier de profil %1 demande à Sendcheck de&#xa0;:</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot; with this trust?</source>
        <translation>Importer «&#xa0;%1&#xa0;» avec ces approbations&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was imported. If you trust every item above (compare any fingerprint with the one your administrator gives you), import again with --accept-trust.</source>
        <translation>Rien n&apos;a été importé. Si vous approuvez chacun des éléments ci-dessus (comparez chaque empreinte avec celle que vous donne votre administrateur), relancez l&apos;importation avec --accept-trust.</translation>
    </message>
    <message>
        <source>Accept what the file asks to trust (certificate pins, no encryption, sign-in without encryption, an extra CA file); without it such a file is refused, or asked about on a terminal.</source>
        <translation>Accepter ce que le fichier demande d&apos;approuver (certificats épinglés, absence de chiffrement, authentification sans chiffrement, fichier CA supplémentaire)&#xa0;; sans cette option, un tel fichier est refusé, ou une confirmation est demandée dans un terminal.</translation>
    </message>
    <message>
        <source>read-back on</source>
        <translation>relecture activée</translation>
    </message>
    <message>
        <source>read-back off</source>
        <translation>relecture désactivée</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>en tant que %1</translation>
    </message>
    <message>
        <source>Read-back mailbox:</source>
        <translation>Boîte de relecture&#xa0;:</translation>
    </message>
    <message>
        <source>on: read each sent test message back from the mailbox (the window ticks &quot;Check that it arrived&quot;, an OAuth sign-in asks for mailbox access too); off: do not.</source>
        <translation>on&#xa0;: relire chaque message de test envoyé depuis la boîte aux lettres (la fenêtre coche «&#xa0;Vérifier l&apos;arrivée&#xa0;», une connexion OAuth demande aussi l&apos;accès à la boîte aux lettres)&#xa0;; off&#xa0;: ne pas le faire.</translation>
    </message>
    <message>
        <source>The read-back mailbox&apos;s IMAP server (empty: the preset&apos;s, else the SMTP host).</source>
        <translation>Le serveur IMAP de la boîte de relecture (vide&#xa0;: celui du préréglage, sinon l&apos;hôte SMTP).</translation>
    </message>
    <message>
        <source>Its IMAP port (empty: the preset&apos;s, else 993; 143 means STARTTLS).</source>
        <translation>Son port IMAP (vide&#xa0;: celui du préréglage, sinon 993&#xa0;; 143 signifie STARTTLS).</translation>
    </message>
    <message>
        <source>Its encryption: tls or starttls.</source>
        <translation>Son chiffrement&#xa0;: tls ou starttls.</translation>
    </message>
    <message>
        <source>Its user name (empty: the SMTP user name and secret; another account needs its password saved with &apos;password set --imap&apos;).</source>
        <translation>Son nom d&apos;utilisateur (vide&#xa0;: le nom d&apos;utilisateur et le secret SMTP&#xa0;; un autre compte a besoin de son mot de passe enregistré avec &apos;password set --imap&apos;).</translation>
    </message>
    <message>
        <source>--read-back takes on or off.</source>
        <translation>--read-back prend on ou off.</translation>
    </message>
    <message>
        <source>--imap-host takes a server name.</source>
        <translation>--imap-host prend un nom de serveur.</translation>
    </message>
    <message>
        <source>--imap-port takes a number from 1 to 65535.</source>
        <translation>--imap-port prend un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>--imap-security takes tls or starttls.</source>
        <translation>--imap-security prend tls ou starttls.</translation>
    </message>
    <message>
        <source>--imap-user takes a user name without line breaks.</source>
        <translation>--imap-user prend un nom d&apos;utilisateur sans saut de ligne.</translation>
    </message>
    <message>
        <source>Trust the mailbox server&apos;s certificate by its SHA-256 fingerprint (64 hex digits, colons allowed), for that server&apos;s name and port only; repeatable; replaces the saved mailbox pins (empty: none).</source>
        <translation>Faire confiance au certificat du serveur de boîte aux lettres d&apos;après son empreinte SHA-256 (64 chiffres hexadécimaux, deux-points admis), pour le nom et le port de ce serveur seulement&#xa0;; répétable&#xa0;; remplace les certificats enregistrés de la boîte (vide&#xa0;: aucun).</translation>
    </message>
    <message>
        <source>--imap-pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint; give 64 hexadecimal digits, with or without colons.</source>
        <translation>--imap-pin-sha256&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256&#xa0;; indiquez 64 chiffres hexadécimaux, avec ou sans deux-points.</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>Your full Gmail or Google Workspace address.</source>
        <translation>Votre adresse Gmail ou Google Workspace complète.</translation>
    </message>
    <message>
        <source>Google no longer accepts your normal account password from mail programs. Create a 16-character app password (this needs 2-Step Verification) or sign in with Google (OAuth).</source>
        <translation>Google n&apos;accepte plus le mot de passe normal de votre compte dans les logiciels de messagerie. Créez un mot de passe d&apos;application de 16 caractères (la validation en deux étapes est nécessaire) ou connectez-vous avec Google (OAuth).</translation>
    </message>
    <message>
        <source>Google shows app passwords in four groups of four letters. Sendcheck removes the spaces for you.</source>
        <translation>Google affiche les mots de passe d&apos;application en quatre groupes de quatre lettres. Sendcheck retire les espaces pour vous.</translation>
    </message>
    <message>
        <source>App passwords are not offered to Advanced Protection accounts, and Workspace administrators can switch them off.</source>
        <translation>Les mots de passe d&apos;application ne sont pas proposés aux comptes inscrits au Programme Protection Avancée, et les administrateurs Workspace peuvent les désactiver.</translation>
    </message>
    <message>
        <source>A test that stops before the message is sent cannot prove everything: send a test message to yourself.</source>
        <translation>Un test qui s&apos;arrête avant l&apos;envoi du message ne peut pas tout prouver&#xa0;: envoyez-vous un message de test.</translation>
    </message>
    <message>
        <source>Google Workspace: 2,000 messages a day (500 on trial accounts), counted over a rolling 24 hours.</source>
        <translation>Google Workspace&#xa0;: 2&#xa0;000 messages par jour (500 pour les comptes d&apos;essai), comptés sur 24 heures glissantes.</translation>
    </message>
    <message>
        <source>At most 100 recipients per message sent through SMTP.</source>
        <translation>Au plus 100 destinataires par message envoyé via SMTP.</translation>
    </message>
    <message>
        <source>Personal Gmail: roughly 500 messages or recipients a day (reported by several sources, not by Google).</source>
        <translation>Gmail personnel&#xa0;: environ 500 messages ou destinataires par jour (selon plusieurs sources, pas selon Google).</translation>
    </message>
    <message>
        <source>Google: sign in with app passwords</source>
        <translation>Google&#xa0;: se connecter avec des mots de passe d&apos;application</translation>
    </message>
    <message>
        <source>Google Workspace sending limits</source>
        <translation>Limites d&apos;envoi de Google Workspace</translation>
    </message>
    <message>
        <source>Gmail SMTP error codes</source>
        <translation>Codes d&apos;erreur SMTP de Gmail</translation>
    </message>
    <message>
        <source>A Workspace user&apos;s full address (only when signing in; otherwise leave the sign-in method at none).</source>
        <translation>L&apos;adresse complète d&apos;un utilisateur Workspace (uniquement en cas d&apos;authentification&#xa0;; sinon, laissez la méthode d&apos;authentification sur none).</translation>
    </message>
    <message>
        <source>Only for Google Workspace: an administrator must first turn on the SMTP relay service in the Admin console (Apps &gt; Google Workspace &gt; Gmail &gt; Routing).</source>
        <translation>Uniquement pour Google Workspace&#xa0;: un administrateur doit d&apos;abord activer le service de relais SMTP dans la console d&apos;administration (Applications &gt; Google Workspace &gt; Gmail &gt; Routage).</translation>
    </message>
    <message>
        <source>Signing in needs TLS (port 587 with STARTTLS, or 465). Without a sign-in (ports 25, 465 or 587) Google only accepts mail from IP addresses the administrator allowed.</source>
        <translation>L&apos;authentification nécessite TLS (port 587 avec STARTTLS, ou 465). Sans authentification (ports 25, 465 ou 587), Google n&apos;accepte que le courrier provenant des adresses IP autorisées par l&apos;administrateur.</translation>
    </message>
    <message>
        <source>10,000 messages and 10,000 unique recipients per user in 24 hours, counted by envelope sender.</source>
        <translation>10&#xa0;000 messages et 10&#xa0;000 destinataires uniques par utilisateur sur 24 heures, comptés par expéditeur d&apos;enveloppe.</translation>
    </message>
    <message>
        <source>Per organisation: 4.6 million recipients in 24 hours and 319,444 in any 10 minutes.</source>
        <translation>Par organisation&#xa0;: 4,6 millions de destinataires sur 24 heures et 319&#xa0;444 sur toute période de 10 minutes.</translation>
    </message>
    <message>
        <source>Google: SMTP relay service</source>
        <translation>Google&#xa0;: service de relais SMTP</translation>
    </message>
    <message>
        <source>The full address (UPN) of the licensed mailbox that sends.</source>
        <translation>L&apos;adresse complète (UPN) de la boîte aux lettres sous licence qui envoie.</translation>
    </message>
    <message>
        <source>Never use port 465: Microsoft 365 does not offer it for sign-in submission.</source>
        <translation>N&apos;utilisez jamais le port 465&#xa0;: Microsoft 365 ne le propose pas pour la soumission avec authentification.</translation>
    </message>
    <message>
        <source>Use the server name, not an IP address. TLS 1.2 or newer is required.</source>
        <translation>Utilisez le nom du serveur, pas une adresse IP. TLS 1.2 ou plus récent est requis.</translation>
    </message>
    <message>
        <source>SMTP AUTH must be switched on for the mailbox (or the whole organisation); it is off for organisations created after January 2020, and security defaults or policies blocking legacy sign-in turn it off too.</source>
        <translation>SMTP AUTH doit être activé pour la boîte aux lettres (ou pour toute l&apos;organisation)&#xa0;; il est désactivé pour les organisations créées après janvier 2020, et les paramètres de sécurité par défaut ou les stratégies bloquant l&apos;authentification héritée le désactivent aussi.</translation>
    </message>
    <message>
        <source>You can only send as the signed-in mailbox; another From address is refused after the message is sent.</source>
        <translation>Vous ne pouvez envoyer qu&apos;au nom de la boîte aux lettres authentifiée&#xa0;; une autre adresse d&apos;expéditeur est refusée après l&apos;envoi du message.</translation>
    </message>
    <message>
        <source>Password sign-in is being retired: Microsoft plans to switch it off by default for existing organisations at the end of December 2026. Signing in with Microsoft (OAuth) is the lasting choice.</source>
        <translation>L&apos;authentification par mot de passe est en cours de retrait&#xa0;: Microsoft prévoit de la désactiver par défaut pour les organisations existantes fin décembre 2026. La connexion avec Microsoft (OAuth) est le choix durable.</translation>
    </message>
    <message>
        <source>10,000 recipients a day, 30 messages a minute and 500 recipients per message (Exchange Online defaults, reported by secondary sources).</source>
        <translation>10&#xa0;000 destinataires par jour, 30 messages par minute et 500 destinataires par message (valeurs par défaut d&apos;Exchange Online, selon des sources secondaires).</translation>
    </message>
    <message>
        <source>Repeating the same error many times can block the mailbox from SMTP sign-in for a while.</source>
        <translation>Répéter de nombreuses fois la même erreur peut bloquer pour un temps l&apos;authentification SMTP de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Microsoft: enable SMTP AUTH</source>
        <translation>Microsoft&#xa0;: activer SMTP AUTH</translation>
    </message>
    <message>
        <source>Your full Outlook.com, Hotmail or Live address.</source>
        <translation>Votre adresse Outlook.com, Hotmail ou Live complète.</translation>
    </message>
    <message>
        <source>Microsoft requires Modern Auth (OAuth) for Outlook.com; password sign-in is being withdrawn.</source>
        <translation>Microsoft exige l&apos;authentification moderne (OAuth) pour Outlook.com&#xa0;; l&apos;authentification par mot de passe est en cours de retrait.</translation>
    </message>
    <message>
        <source>Some guides say app passwords still work for SMTP; this is not confirmed.</source>
        <translation>Certains guides indiquent que les mots de passe d&apos;application fonctionnent encore pour SMTP&#xa0;; ce n&apos;est pas confirmé.</translation>
    </message>
    <message>
        <source>A new sign-in may need your approval on your Microsoft account&apos;s recent activity page.</source>
        <translation>Une nouvelle connexion peut nécessiter votre approbation sur la page d&apos;activité récente de votre compte Microsoft.</translation>
    </message>
    <message>
        <source>About 300 recipients a day for personal accounts (one third-party source; check with Microsoft).</source>
        <translation>Environ 300 destinataires par jour pour les comptes personnels (une seule source tierce&#xa0;; à vérifier auprès de Microsoft).</translation>
    </message>
    <message>
        <source>Your SES SMTP user name (it looks like an access key ID, AKIA...).</source>
        <translation>Votre nom d&apos;utilisateur SMTP SES (il ressemble à un ID de clé d&apos;accès, AKIA...).</translation>
    </message>
    <message>
        <source>The SMTP password is not your AWS secret access key: create SMTP credentials in the SES console.</source>
        <translation>Le mot de passe SMTP n&apos;est pas votre clé d&apos;accès secrète AWS&#xa0;: créez des identifiants SMTP dans la console SES.</translation>
    </message>
    <message>
        <source>SMTP credentials only work in the region they were made for; choose the same region here.</source>
        <translation>Les identifiants SMTP ne fonctionnent que dans la région pour laquelle ils ont été créés&#xa0;; choisissez ici la même région.</translation>
    </message>
    <message>
        <source>New accounts start in the sandbox in each region: mail only goes to verified addresses.</source>
        <translation>Les nouveaux comptes démarrent dans l&apos;environnement de test (sandbox) de chaque région&#xa0;: le courrier ne part que vers des adresses vérifiées.</translation>
    </message>
    <message>
        <source>Every sender address or domain must be verified. SES checks this after the message is sent, so a test must send a message.</source>
        <translation>Chaque adresse ou domaine d&apos;expéditeur doit être vérifié. SES le contrôle après l&apos;envoi du message&#xa0;; un test doit donc envoyer un message.</translation>
    </message>
    <message>
        <source>EC2 throttles port 25; use 587 or 465. Encryption is required on every port.</source>
        <translation>EC2 limite le port 25&#xa0;; utilisez 587 ou 465. Le chiffrement est exigé sur tous les ports.</translation>
    </message>
    <message>
        <source>Sandbox: 200 messages in 24 hours and 1 message a second.</source>
        <translation>Sandbox&#xa0;: 200 messages sur 24 heures et 1 message par seconde.</translation>
    </message>
    <message>
        <source>50 recipients per message; up to 40 MB per message after encoding.</source>
        <translation>50 destinataires par message&#xa0;; jusqu&apos;à 40 Mo par message après encodage.</translation>
    </message>
    <message>
        <source>Amazon SES: connecting to the SMTP endpoint</source>
        <translation>Amazon SES&#xa0;: connexion au point de terminaison SMTP</translation>
    </message>
    <message>
        <source>Amazon SES endpoints by region</source>
        <translation>Points de terminaison Amazon SES par région</translation>
    </message>
    <message>
        <source>Always the word apikey, not the key itself.</source>
        <translation>Toujours le mot apikey, pas la clé elle-même.</translation>
    </message>
    <message>
        <source>The password is an API key with Mail Send permission.</source>
        <translation>Le mot de passe est une clé API disposant de l&apos;autorisation Mail Send.</translation>
    </message>
    <message>
        <source>Paste the key without line breaks or spaces: a stray line break makes sign-in fail.</source>
        <translation>Collez la clé sans sauts de ligne ni espaces&#xa0;: un saut de ligne parasite fait échouer l&apos;authentification.</translation>
    </message>
    <message>
        <source>The From address must be a verified sender identity.</source>
        <translation>L&apos;adresse d&apos;expéditeur doit être une Sender Identity vérifiée.</translation>
    </message>
    <message>
        <source>Up to 5,000 messages per connection.</source>
        <translation>Jusqu&apos;à 5&#xa0;000 messages par connexion.</translation>
    </message>
    <message>
        <source>SendGrid: integrating with the SMTP API</source>
        <translation>SendGrid&#xa0;: intégration avec l&apos;API SMTP</translation>
    </message>
    <message>
        <source>The SMTP login of your sending domain, such as postmaster@mg.example.com.</source>
        <translation>L&apos;identifiant SMTP de votre domaine d&apos;envoi, par exemple postmaster@mg.example.com.</translation>
    </message>
    <message>
        <source>Choose the region your domain lives in: the US and EU systems are separate.</source>
        <translation>Choisissez la région de votre domaine&#xa0;: les systèmes américain et européen sont distincts.</translation>
    </message>
    <message>
        <source>Use the domain&apos;s SMTP password, not your control panel password.</source>
        <translation>Utilisez le mot de passe SMTP du domaine, pas celui de votre panneau de configuration.</translation>
    </message>
    <message>
        <source>Google Cloud blocks ports 25 and 587 to outside servers; use 2525 there.</source>
        <translation>Google Cloud bloque les ports 25 et 587 vers les serveurs extérieurs&#xa0;; utilisez-y 2525.</translation>
    </message>
    <message>
        <source>Your Server API Token (the same token goes in the password), or an SMTP token&apos;s Access Key.</source>
        <translation>Votre Server API Token (le même jeton va dans le mot de passe), ou l&apos;Access Key d&apos;un jeton SMTP.</translation>
    </message>
    <message>
        <source>With a Server API Token, type the same token as user name and password.</source>
        <translation>Avec un Server API Token, saisissez le même jeton comme nom d&apos;utilisateur et comme mot de passe.</translation>
    </message>
    <message>
        <source>An SMTP token has an Access Key (user name) and a Secret Key (password) for one message stream.</source>
        <translation>Un jeton SMTP comporte une Access Key (nom d&apos;utilisateur) et une Secret Key (mot de passe) pour un flux de messages.</translation>
    </message>
    <message>
        <source>The Account API token does not work for SMTP.</source>
        <translation>L&apos;Account API token ne fonctionne pas pour SMTP.</translation>
    </message>
    <message>
        <source>There is no implicit-TLS port: port 465 is reported to hang.</source>
        <translation>Il n&apos;y a pas de port TLS implicite&#xa0;: le port 465 reste bloqué, selon certains retours.</translation>
    </message>
    <message>
        <source>The From address must be a confirmed sender signature or on a verified domain.</source>
        <translation>L&apos;adresse d&apos;expéditeur doit être une Sender Signature confirmée ou appartenir à un domaine vérifié.</translation>
    </message>
    <message>
        <source>Postmark: sending email with SMTP</source>
        <translation>Postmark&#xa0;: envoyer des e-mails avec SMTP</translation>
    </message>
    <message>
        <source>An SMTP user from Sending &gt; SMTP Users (not your dashboard login).</source>
        <translation>Un SMTP User créé sous Sending &gt; SMTP Users (pas l&apos;identifiant de votre tableau de bord).</translation>
    </message>
    <message>
        <source>If your network blocks the usual mail ports, try 2525, 8025, 80 or 443.</source>
        <translation>Si votre réseau bloque les ports de messagerie habituels, essayez 2525, 8025, 80 ou 443.</translation>
    </message>
    <message>
        <source>Senders must be verified under Sending &gt; Verified Senders.</source>
        <translation>Les expéditeurs doivent être vérifiés sous Sending &gt; Verified Senders.</translation>
    </message>
    <message>
        <source>SMTP2GO: SMTP relay</source>
        <translation>SMTP2GO&#xa0;: relais SMTP</translation>
    </message>
    <message>
        <source>The SMTP login shown under SMTP &amp; API &gt; SMTP.</source>
        <translation>L&apos;identifiant SMTP affiché sous SMTP &amp; API &gt; SMTP.</translation>
    </message>
    <message>
        <source>The password is an SMTP key (it starts with xsmtpsib-), not an API key (xkeysib-).</source>
        <translation>Le mot de passe est une clé SMTP (elle commence par xsmtpsib-), pas une clé API (xkeysib-).</translation>
    </message>
    <message>
        <source>Newer accounts may block SMTP from unknown IP addresses; allow yours under Settings &gt; Security &gt; Authorized IPs.</source>
        <translation>Les comptes récents peuvent bloquer le SMTP depuis des adresses IP inconnues&#xa0;; autorisez la vôtre sous Paramètres &gt; Sécurité &gt; IP autorisées.</translation>
    </message>
    <message>
        <source>Keys are shown only once when created.</source>
        <translation>Les clés ne sont affichées qu&apos;une seule fois, à leur création.</translation>
    </message>
    <message>
        <source>Brevo: SMTP relay integration</source>
        <translation>Brevo&#xa0;: intégration du relais SMTP</translation>
    </message>
    <message>
        <source>Your full Zoho Mail address.</source>
        <translation>Votre adresse Zoho Mail complète.</translation>
    </message>
    <message>
        <source>Pick the data centre your account is in; the wrong one usually gives a sign-in failure.</source>
        <translation>Choisissez le centre de données de votre compte&#xa0;; un mauvais choix provoque généralement un échec d&apos;authentification.</translation>
    </message>
    <message>
        <source>If two-factor authentication is on, use an application-specific password.</source>
        <translation>Si l&apos;authentification à deux facteurs est activée, utilisez un mot de passe propre à l&apos;application.</translation>
    </message>
    <message>
        <source>The From address must be your own address or one of its aliases.</source>
        <translation>L&apos;adresse d&apos;expéditeur doit être votre propre adresse ou l&apos;un de ses alias.</translation>
    </message>
    <message>
        <source>Whether the free plan allows SMTP at all is disputed; check with Zoho.</source>
        <translation>Il n&apos;est pas certain que l&apos;offre gratuite autorise SMTP&#xa0;; vérifiez auprès de Zoho.</translation>
    </message>
    <message>
        <source>Your full iCloud address (@icloud.com, @me.com or @mac.com).</source>
        <translation>Votre adresse iCloud complète (@icloud.com, @me.com ou @mac.com).</translation>
    </message>
    <message>
        <source>Use an app-specific password made at appleid.apple.com; it needs two-factor authentication.</source>
        <translation>Utilisez un mot de passe pour app créé sur appleid.apple.com&#xa0;; l&apos;identification à deux facteurs est nécessaire.</translation>
    </message>
    <message>
        <source>1,000 messages and 1,000 recipients a day, 500 recipients per message, 20 MB per message.</source>
        <translation>1&#xa0;000 messages et 1&#xa0;000 destinataires par jour, 500 destinataires par message, 20 Mo par message.</translation>
    </message>
    <message>
        <source>Apple: iCloud Mail sending limits</source>
        <translation>Apple&#xa0;: limites d&apos;envoi d&apos;iCloud Mail</translation>
    </message>
    <message>
        <source>Your full Yahoo address.</source>
        <translation>Votre adresse Yahoo complète.</translation>
    </message>
    <message>
        <source>Generate an app password under Account info &gt; Account security. Your normal password is refused, often with a misleading &quot;too many bad auth attempts&quot; message even on the first try.</source>
        <translation>Générez un mot de passe d&apos;application sous Infos du compte &gt; Sécurité du compte. Votre mot de passe normal est refusé, souvent avec un message trompeur «&#xa0;too many bad auth attempts&#xa0;», même dès la première tentative.</translation>
    </message>
    <message>
        <source>Your full AOL address.</source>
        <translation>Votre adresse AOL complète.</translation>
    </message>
    <message>
        <source>AOL mail runs on Yahoo&apos;s systems: use an app password (or OAuth).</source>
        <translation>La messagerie AOL fonctionne sur les systèmes de Yahoo&#xa0;: utilisez un mot de passe d&apos;application (ou OAuth).</translation>
    </message>
    <message>
        <source>Your full Fastmail address.</source>
        <translation>Votre adresse Fastmail complète.</translation>
    </message>
    <message>
        <source>Fastmail always requires an app password for mail programs, even without two-step verification.</source>
        <translation>Fastmail exige toujours un mot de passe d&apos;application pour les logiciels de messagerie, même sans validation en deux étapes.</translation>
    </message>
    <message>
        <source>Port 465 with TLS is the official setting; 587 with STARTTLS reportedly works too.</source>
        <translation>Le port 465 avec TLS est le réglage officiel&#xa0;; 587 avec STARTTLS fonctionnerait également.</translation>
    </message>
    <message>
        <source>Fastmail: server names and ports</source>
        <translation>Fastmail&#xa0;: noms de serveur et ports</translation>
    </message>
    <message>
        <source>Your full GMX address.</source>
        <translation>Votre adresse GMX complète.</translation>
    </message>
    <message>
        <source>Allow access by POP3 and IMAP once in your account&apos;s e-mail settings; until then sign-in fails.</source>
        <translation>Autorisez une fois l&apos;accès par POP3 et IMAP dans les paramètres de messagerie de votre compte&#xa0;; jusque-là, l&apos;authentification échoue.</translation>
    </message>
    <message>
        <source>GMX: switch on POP3 and IMAP</source>
        <translation>GMX&#xa0;: activer POP3 et IMAP</translation>
    </message>
    <message>
        <source>The part of your address before the @ (whether the full address also works is not confirmed).</source>
        <translation>La partie de votre adresse avant le @ (il n&apos;est pas confirmé que l&apos;adresse complète fonctionne aussi).</translation>
    </message>
    <message>
        <source>WEB.DE: switch on POP3 and IMAP</source>
        <translation>WEB.DE&#xa0;: activer POP3 et IMAP</translation>
    </message>
    <message>
        <source>Usually your full address; ask whoever runs the server.</source>
        <translation>Généralement votre adresse complète&#xa0;; renseignez-vous auprès de la personne qui gère le serveur.</translation>
    </message>
    <message>
        <source>Use the server name and port your mail administrator or hosting provider gives you.</source>
        <translation>Utilisez le nom de serveur et le port que vous donne votre administrateur de messagerie ou votre hébergeur.</translation>
    </message>
    <message>
        <source>Port 587 normally uses STARTTLS and port 465 uses TLS from the start; a mismatch usually shows up as a hang or a timeout.</source>
        <translation>Le port 587 utilise normalement STARTTLS et le port 465 le TLS dès le départ&#xa0;; une incohérence se traduit généralement par un blocage ou un dépassement de délai.</translation>
    </message>
    <message>
        <source>Always practice.</source>
        <translation>Toujours practice.</translation>
    </message>
    <message>
        <source>A mail server inside Sendcheck for trying every step without a real account. Nothing leaves this computer.</source>
        <translation>Un serveur de messagerie intégré à Sendcheck pour essayer chaque étape sans vrai compte. Rien ne quitte cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>The server sent a reply line of %1 bytes; at most %2 are accepted.</source>
        <translation>Le serveur a envoyé une ligne de réponse de %1 octets&#xa0;; au plus %2 sont acceptés.</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply (no three-digit code at the start of the line).</source>
        <translation>Le serveur a envoyé quelque chose qui n&apos;est pas une réponse SMTP (pas de code à trois chiffres en début de ligne).</translation>
    </message>
    <message>
        <source>The reply code %1 is not valid: it must start with 2, 3, 4 or 5.</source>
        <translation>Le code de réponse %1 n&apos;est pas valide&#xa0;: il doit commencer par 2, 3, 4 ou 5.</translation>
    </message>
    <message>
        <source>The reply code is followed by neither a space nor a hyphen.</source>
        <translation>Le code de réponse n&apos;est suivi ni d&apos;une espace ni d&apos;un trait d&apos;union.</translation>
    </message>
    <message>
        <source>The lines of one reply carry different codes (%1 and %2).</source>
        <translation>Les lignes d&apos;une même réponse portent des codes différents (%1 et %2).</translation>
    </message>
    <message>
        <source>The reply goes on for more than %1 lines.</source>
        <translation>La réponse s&apos;étend sur plus de %1 lignes.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes a run from the history (&apos;sendcheck-cli history&apos; lists them) as a report: Markdown for a ticket, a self-contained HTML page, JSON, or PDF. Passwords and tokens are never in it; --strict-redaction also hides user names, the local part of e-mail addresses and IP addresses, for sharing outside the company.</source>
        <translation>Écrit un essai de l&apos;historique («&#xa0;sendcheck-cli history&#xa0;» les liste) sous forme de rapport&#xa0;: Markdown pour un ticket, page HTML autonome, JSON ou PDF. Les mots de passe et les jetons n&apos;y figurent jamais&#xa0;; --strict-redaction masque aussi les noms d&apos;utilisateur, la partie locale des adresses e-mail et les adresses IP, pour un partage hors de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The run&apos;s number.</source>
        <translation>Le numéro de l&apos;essai.</translation>
    </message>
    <message>
        <source>md, html, json or pdf (default: from the --output file name, else md).</source>
        <translation>md, html, json ou pdf (par défaut&#xa0;: d&apos;après le nom du fichier --output, sinon md).</translation>
    </message>
    <message>
        <source>Write the report to FILE (whole or not at all) instead of standard output. A PDF needs a file.</source>
        <translation>Écrire le rapport dans FICHIER (entièrement ou pas du tout) au lieu de la sortie standard. Un PDF nécessite un fichier.</translation>
    </message>
    <message>
        <source>Also hide user names, address local parts and IP addresses.</source>
        <translation>Masquer aussi les noms d&apos;utilisateur, les parties locales des adresses et les adresses IP.</translation>
    </message>
    <message>
        <source>Give one run number, e.g. sendcheck-cli report 12 --format md (&apos;sendcheck-cli history&apos; lists the runs).</source>
        <translation>Indiquez un numéro d&apos;essai, p. ex. sendcheck-cli report 12 --format md («&#xa0;sendcheck-cli history&#xa0;» liste les essais).</translation>
    </message>
    <message>
        <source>Unknown report format &apos;%1&apos; (use %2).</source>
        <translation>Format de rapport inconnu «&#xa0;%1&#xa0;» (utilisez %2).</translation>
    </message>
    <message>
        <source>Cannot tell the format from &apos;%1&apos;: give --format (%2).</source>
        <translation>Impossible de déduire le format de «&#xa0;%1&#xa0;»&#xa0;: indiquez --format (%2).</translation>
    </message>
    <message>
        <source>A PDF is written to a file: give --output FILE.</source>
        <translation>Un PDF s&apos;écrit dans un fichier&#xa0;: indiquez --output FICHIER.</translation>
    </message>
    <message>
        <source>Could not write the report to standard output.</source>
        <translation>Impossible d&apos;écrire le rapport sur la sortie standard.</translation>
    </message>
</context>
<context>
    <name>RunKeeper</name>
    <message>
        <source>--report: cannot tell the format from &apos;%1&apos;: name the file .md, .html, .json or .pdf.</source>
        <translation>--report&#xa0;: impossible de déduire le format de «&#xa0;%1&#xa0;»&#xa0;: nommez le fichier .md, .html, .json ou .pdf.</translation>
    </message>
    <message>
        <source>--report: &apos;%1&apos; is a folder; give a file name.</source>
        <translation>--report&#xa0;: «&#xa0;%1&#xa0;» est un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>--report: the folder &apos;%1&apos; does not exist.</source>
        <translation>--report&#xa0;: le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>--report: cannot write in the folder &apos;%1&apos;.</source>
        <translation>--report&#xa0;: impossible d&apos;écrire dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--report: &apos;%1&apos; exists and cannot be overwritten.</source>
        <translation>--report&#xa0;: «&#xa0;%1&#xa0;» existe et ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>sendcheck-cli %1: warning: this run is not kept in the history. %2</source>
        <translation>sendcheck-cli %1&#xa0;: attention&#xa0;: cet essai n&apos;est pas conservé dans l&apos;historique. %2</translation>
    </message>
</context>
<context>
    <name>SaslClient</name>
    <message>
        <source>&lt;user name &quot;%1&quot; and password, hidden&gt;</source>
        <translation>&lt;nom d&apos;utilisateur «&#xa0;%1&#xa0;» et mot de passe, masqués&gt;</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot; and access token, hidden&gt;</source>
        <translation>&lt;nom d&apos;utilisateur «&#xa0;%1&#xa0;» et jeton d&apos;accès, masqués&gt;</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in challenge is not valid base64.</source>
        <translation>Le défi d&apos;authentification du serveur n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot;, base64&gt;</source>
        <translation>&lt;nom d&apos;utilisateur «&#xa0;%1&#xa0;», en base64&gt;</translation>
    </message>
    <message>
        <source>&lt;password, hidden&gt;</source>
        <translation>&lt;mot de passe, masqué&gt;</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot; and a keyed digest of the password, hidden&gt;</source>
        <translation>&lt;nom d&apos;utilisateur «&#xa0;%1&#xa0;» et empreinte du mot de passe calculée avec une clé, masqués&gt;</translation>
    </message>
    <message>
        <source>&lt;empty line: acknowledges the error&gt;</source>
        <translation>&lt;ligne vide&#xa0;: accuse réception de l&apos;erreur&gt;</translation>
    </message>
    <message>
        <source>The server sent a sign-in challenge that %1 does not have at this step.</source>
        <translation>Le serveur a envoyé un défi d&apos;authentification que %1 ne prévoit pas à cette étape.</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot;, server %2 port %3 and access token, hidden&gt;</source>
        <translation>&lt;nom d&apos;utilisateur «&#xa0;%1&#xa0;», serveur %2, port %3 et jeton d&apos;accès, masqués&gt;</translation>
    </message>
    <message>
        <source>AQ== &lt;a single 0x01 byte: acknowledges the error&gt;</source>
        <translation>AQ== &lt;un seul octet 0x01&#xa0;: accuse réception de l&apos;erreur&gt;</translation>
    </message>
    <message>
        <source>The server sent another sign-in challenge after its error instead of a final reply.</source>
        <translation>Après son erreur, le serveur a envoyé un nouveau défi d&apos;authentification au lieu d&apos;une réponse finale.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Everything succeeds (the default). AUTH is offered with and without TLS, as lab servers often allow.</source>
        <translation>Tout réussit (par défaut). AUTH est proposé avec et sans TLS, comme le permettent souvent les serveurs de test.</translation>
    </message>
    <message>
        <source>Every command before STARTTLS is refused with 530 5.7.0; AUTH is only offered after TLS.</source>
        <translation>Toute commande avant STARTTLS est refusée avec 530 5.7.0&#xa0;; AUTH n&apos;est proposé qu&apos;après TLS.</translation>
    </message>
    <message>
        <source>MAIL FROM before a successful AUTH is refused with 530 5.7.0.</source>
        <translation>MAIL FROM avant un AUTH réussi est refusé avec 530 5.7.0.</translation>
    </message>
    <message>
        <source>The greeting is 421 4.3.2 and the server closes the connection.</source>
        <translation>L&apos;accueil est 421 4.3.2 et le serveur ferme la connexion.</translation>
    </message>
    <message>
        <source>MAIL FROM is answered with 421 4.3.0 and the connection is closed.</source>
        <translation>MAIL FROM reçoit la réponse 421 4.3.0 et la connexion est fermée.</translation>
    </message>
    <message>
        <source>The first RCPT TO for a sender/recipient pair gets 451 4.7.1; a retry after the greylist delay (60 seconds unless set otherwise) is accepted.</source>
        <translation>Le premier RCPT TO pour une paire expéditeur/destinataire reçoit 451 4.7.1 ; une nouvelle tentative après le délai de liste grise (60 secondes sauf réglage contraire) est acceptée.</translation>
    </message>
    <message>
        <source>Every AUTH fails with 535 5.7.8 (bad user name or password).</source>
        <translation>Tout AUTH échoue avec 535 5.7.8 (nom d&apos;utilisateur ou mot de passe incorrect).</translation>
    </message>
    <message>
        <source>Every AUTH fails with 534 5.7.9: an application-specific password is required.</source>
        <translation>Tout AUTH échoue avec 534 5.7.9&#xa0;: un mot de passe d&apos;application est requis.</translation>
    </message>
    <message>
        <source>Every RCPT TO is refused with 550 5.1.1 (unknown user).</source>
        <translation>Tout RCPT TO est refusé avec 550 5.1.1 (utilisateur inconnu).</translation>
    </message>
    <message>
        <source>Every RCPT TO is refused with 554 5.7.1 (relay access denied).</source>
        <translation>Tout RCPT TO est refusé avec 554 5.7.1 (relais refusé).</translation>
    </message>
    <message>
        <source>The message is refused after the final dot with 552 5.3.4 (too big).</source>
        <translation>Le message est refusé après le point final avec 552 5.3.4 (trop volumineux).</translation>
    </message>
    <message>
        <source>The message is refused after the final dot with 554 5.7.1 (rejected as spam).</source>
        <translation>Le message est refusé après le point final avec 554 5.7.1 (rejeté comme spam).</translation>
    </message>
    <message>
        <source>Every reply comes after a delay (3 seconds, or slow=MILLISECONDS).</source>
        <translation>Chaque réponse arrive avec un délai (3 secondes, ou slow=MILLISECONDES).</translation>
    </message>
    <message>
        <source>drop-at=STAGE: the connection is closed without a reply at STAGE (connect, banner, ehlo, starttls, auth, mail, rcpt, data, data-end, quit).</source>
        <translation>drop-at=ÉTAPE&#xa0;: la connexion est fermée sans réponse à l&apos;ÉTAPE indiquée (connect, banner, ehlo, starttls, auth, mail, rcpt, data, data-end, quit).</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;. Known scenarios: %2.</source>
        <translation>Scénario inconnu «&#xa0;%1&#xa0;». Scénarios connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; takes no value.</source>
        <translation>Le scénario «&#xa0;%1&#xa0;» ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>greylist-451 needs a number of seconds, as in greylist-451=30.</source>
        <translation>greylist-451 attend un nombre de secondes, comme greylist-451=30.</translation>
    </message>
    <message>
        <source>slow needs a delay in milliseconds, as in slow=500.</source>
        <translation>slow attend un délai en millisecondes, comme slow=500.</translation>
    </message>
    <message>
        <source>drop-at needs a stage, as in drop-at=rcpt. Stages: %1.</source>
        <translation>drop-at attend une étape, comme drop-at=rcpt. Étapes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The message is accepted, then filed under Junk in the practice mailbox (read it back over IMAP), with the failing SPF and DMARC results a receiver writes for mail it distrusts.</source>
        <translation>Le message est accepté, puis classé dans Courrier indésirable de la boîte aux lettres d&apos;entraînement (relisez-le par IMAP), avec les résultats SPF et DMARC en échec qu&apos;un destinataire inscrit pour un courrier dont il se méfie.</translation>
    </message>
    <message>
        <source>An open relay: AUTH is not offered and RCPT TO for any domain is taken from anyone (the server check&apos;s open relay test finds it).</source>
        <translation>Un relais ouvert : AUTH n&apos;est pas proposé et RCPT TO vers n&apos;importe quel domaine est accepté de n&apos;importe qui (le test de relais ouvert de la vérification du serveur le détecte).</translation>
    </message>
</context>
<context>
    <name>ScenarioScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected &quot;STAGE: CODE ENHANCED text&quot; or &quot;STAGE: drop&quot;, as in &quot;rcpt: 550 5.1.1 No such user here&quot;.</source>
        <translation>attendu&#xa0;: &quot;STAGE: CODE ENHANCED text&quot; ou &quot;STAGE: drop&quot;, comme &quot;rcpt: 550 5.1.1 No such user here&quot;.</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; stages are %2.</source>
        <translation>étape inconnue «&#xa0;%1&#xa0;»&#xa0;; les étapes sont %2.</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; has no reply; write a code such as 550, or drop.</source>
        <translation>l&apos;étape «&#xa0;%1&#xa0;» n&apos;a pas de réponse&#xa0;; écrivez un code comme 550, ou drop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-digit reply code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de réponse à trois chiffres.</translation>
    </message>
    <message>
        <source>the code %1 would not make the stage fail; use a 4xx or 5xx code.</source>
        <translation>le code %1 ne ferait pas échouer l&apos;étape&#xa0;; utilisez un code 4xx ou 5xx.</translation>
    </message>
    <message>
        <source>the enhanced code %1 does not match the reply code %2 (both must start with the same digit).</source>
        <translation>le code étendu %1 ne correspond pas au code de réponse %2 (les deux doivent commencer par le même chiffre).</translation>
    </message>
    <message>
        <source>%1: cannot read the scenario file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier de scénario&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: a scenario file larger than 1 MB is not a scenario.</source>
        <translation>%1&#xa0;: un fichier de scénario de plus de 1 Mo n&apos;est pas un scénario.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Use the saved profile NAME; flags given as well override it.</source>
        <translation>Utiliser le profil enregistré NAME&#xa0;; les options indiquées en plus le remplacent.</translation>
    </message>
    <message>
        <source>Read the password (or token) from standard input.</source>
        <translation>Lire le mot de passe (ou le jeton) sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Read the password (or token) from the environment variable VAR.</source>
        <translation>Lire le mot de passe (ou le jeton) dans la variable d&apos;environnement VAR.</translation>
    </message>
    <message>
        <source>Copy to ADDR (repeatable).</source>
        <translation>Copie à ADDR (peut être répété).</translation>
    </message>
    <message>
        <source>The subject line.</source>
        <translation>La ligne d&apos;objet.</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>Le texte du message.</translation>
    </message>
    <message>
        <source>Read the message text (UTF-8) from file F.</source>
        <translation>Lire le texte du message (UTF-8) dans le fichier F.</translation>
    </message>
    <message>
        <source>Add an HTML version read from file F.</source>
        <translation>Ajouter une version HTML lue dans le fichier F.</translation>
    </message>
    <message>
        <source>Attach file F (repeatable).</source>
        <translation>Joindre le fichier F (peut être répété).</translation>
    </message>
    <message>
        <source>Stop after STAGE: connect, banner, ehlo, tls, auth, mail, rcpt or data (data: the server said 354; the connection is closed without sending, so nothing is delivered).</source>
        <translation>S&apos;arrêter après STAGE&#xa0;: connect, banner, ehlo, tls, auth, mail, rcpt ou data (data&#xa0;: le serveur a répondu 354&#xa0;; la connexion est fermée sans envoi, rien n&apos;est donc distribué).</translation>
    </message>
    <message>
        <source>Send N messages (a burst, to find rate limits).</source>
        <translation>Envoyer N messages (une rafale, pour trouver les limites de débit).</translation>
    </message>
    <message>
        <source>Spread a burst over C connections, each reused with RSET.</source>
        <translation>Répartir une rafale sur C connexions, chacune réutilisée avec RSET.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Afficher un seul objet JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>Print only the verdict, not the transcript.</source>
        <translation>N&apos;afficher que le verdict, pas la transcription.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>  recipient %1: accepted</source>
        <translation>  destinataire %1&#xa0;: accepté</translation>
    </message>
    <message>
        <source>  recipient %1: REFUSED: %2</source>
        <translation>  destinataire %1&#xa0;: REFUSÉ&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sent: the server accepted the message</source>
        <translation>Envoyé&#xa0;: le serveur a accepté le message</translation>
    </message>
    <message>
        <source>OK: everything up to &apos;%1&apos; works</source>
        <translation>OK&#xa0;: tout fonctionne jusqu&apos;à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>✘ Failed at %1 (%2)</source>
        <translation>✘ Échec à l&apos;étape %1 (%2)</translation>
    </message>
    <message>
        <source>  (the message was still delivered to the accepted recipients)</source>
        <translation>  (le message a tout de même été distribué aux destinataires acceptés)</translation>
    </message>
    <message>
        <source>First failure:</source>
        <translation>Premier échec&#xa0;:</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--host is required (or --profile, or --preset).</source>
        <translation>--host est obligatoire (ou --profile, ou --preset).</translation>
    </message>
    <message>
        <source>--quit-after takes one of: %1.</source>
        <translation>--quit-after prend l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to 1000000.</source>
        <translation>--count prend un nombre entre 1 et 1000000.</translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 100.</source>
        <translation>--connections prend un nombre entre 1 et 100.</translation>
    </message>
    <message>
        <source>--count and --connections send messages; they do not go with --quit-after.</source>
        <translation>--count et --connections envoient des messages&#xa0;; ils ne vont pas avec --quit-after.</translation>
    </message>
    <message>
        <source>give the secret either on standard input or in an environment variable, not both.</source>
        <translation>transmettez le secret soit sur l&apos;entrée standard, soit dans une variable d&apos;environnement, pas les deux.</translation>
    </message>
    <message>
        <source>--from is required to send a message.</source>
        <translation>--from est obligatoire pour envoyer un message.</translation>
    </message>
    <message>
        <source>--to is required to send a message.</source>
        <translation>--to est obligatoire pour envoyer un message.</translation>
    </message>
    <message>
        <source>Sendcheck test message</source>
        <translation>Message de test Sendcheck</translation>
    </message>
    <message>
        <source>give --body or --body-file, not both.</source>
        <translation>indiquez --body ou --body-file, pas les deux.</translation>
    </message>
    <message>
        <source>This is a test message from Sendcheck, sent through %1 port %2 from %3 to check the outgoing mail settings.
</source>
        <translation>Ceci est un message de test de Sendcheck, envoyé via %1, port %2, depuis %3 pour vérifier les paramètres du courrier sortant.
</translation>
    </message>
    <message>
        <source>a password was given but no --user.</source>
        <translation>un mot de passe a été indiqué, mais pas de --user.</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot; (&apos;sendcheck-cli profile list&apos; shows them).</source>
        <translation>Il n&apos;existe aucun profil nommé «&#xa0;%1&#xa0;» («&#xa0;sendcheck-cli profile list&#xa0;» les affiche).</translation>
    </message>
    <message>
        <source>--user is set but no password was given: use --password-stdin or --password-env VAR (or a saved profile with &apos;sendcheck-cli password set&apos;).</source>
        <translation>--user est défini mais aucun mot de passe n&apos;a été indiqué&#xa0;: utilisez --password-stdin ou --password-env VAR (ou un profil enregistré avec «&#xa0;sendcheck-cli password set&#xa0;»).</translation>
    </message>
    <message>
        <source>No password is saved for &quot;%1&quot; (%2). Save one with &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;, or give it with --password-stdin.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour «&#xa0;%1&#xa0;» (%2). Enregistrez-en un avec sendcheck-cli password set --profile &quot;%1&quot;, ou transmettez-le avec --password-stdin.</translation>
    </message>
    <message>
        <source> Give the password with --password-stdin or --password-env instead.</source>
        <translation> Transmettez plutôt le mot de passe avec --password-stdin ou --password-env.</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Causes probables&#xa0;:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Provider note: </source>
        <translation>Remarque sur le fournisseur&#xa0;: </translation>
    </message>
    <message>
        <source>Reference: </source>
        <translation>Référence&#xa0;: </translation>
    </message>
    <message>
        <source>Sign in with &apos;sendcheck-cli oauth login --profile &quot;%1&quot;&apos;.</source>
        <translation>Connectez-vous avec sendcheck-cli oauth login --profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sends a test message (or tests the connection with --quit-after) and shows every line of the SMTP conversation.

A secret is never a flag value: give it on standard input (--password-stdin), in an environment variable (--password-env VAR), or keep it in the keychain with &apos;sendcheck-cli password set --profile NAME&apos;. With --auth xoauth2 the secret is the OAuth access token. A profile that signs in with OAuth (&apos;sendcheck-cli oauth login&apos;) takes its token from the keyring and renews it when it has expired.

Exit codes: 0 sent (or stopped where asked), 1 other failure, 2 bad usage or input, 3 connect, 4 greeting, 5 EHLO, 6 STARTTLS/TLS, 7 sign-in (also: no usable OAuth sign-in), 8 sender (MAIL FROM), 9 recipient (RCPT TO), 10 message (DATA), 130 cancelled.

Every run is kept in the history (&apos;sendcheck-cli history&apos;; &apos;sendcheck-cli report ID&apos; writes it as a report later) unless --no-history is given or the environment variable SENDCHECK_NO_HISTORY is set. --report FILE writes the report at once; a report that cannot be written makes a successful send exit with 1.</source>
        <translation>Envoie un message de test (ou teste la connexion avec --quit-after) et affiche chaque ligne de la conversation SMTP.

Un secret n&apos;est jamais passé en valeur d&apos;option&#xa0;: transmettez-le sur l&apos;entrée standard (--password-stdin), dans une variable d&apos;environnement (--password-env VAR), ou conservez-le dans le trousseau avec «&#xa0;sendcheck-cli password set --profile NOM&#xa0;». Avec --auth xoauth2, le secret est le jeton d&apos;accès OAuth. Un profil qui se connecte avec OAuth («&#xa0;sendcheck-cli oauth login&#xa0;») prend son jeton dans le trousseau et le renouvelle lorsqu&apos;il a expiré.

Codes de sortie&#xa0;: 0 envoyé (ou arrêté à l&apos;endroit demandé), 1 autre échec, 2 utilisation ou saisie incorrecte, 3 connexion, 4 accueil, 5 EHLO, 6 STARTTLS/TLS, 7 authentification (y compris&#xa0;: aucune connexion OAuth utilisable), 8 expéditeur (MAIL FROM), 9 destinataire (RCPT TO), 10 message (DATA), 130 annulé.

Chaque essai est conservé dans l&apos;historique («&#xa0;sendcheck-cli history&#xa0;»&#xa0;; «&#xa0;sendcheck-cli report ID&#xa0;» l&apos;écrit plus tard sous forme de rapport), sauf si --no-history est indiqué ou si la variable d&apos;environnement SENDCHECK_NO_HISTORY est définie. --report FICHIER écrit le rapport immédiatement&#xa0;; un rapport impossible à écrire fait sortir un envoi réussi avec le code 1.</translation>
    </message>
    <message>
        <source>Also write the run as a report to FILE, in the format its name ends with: .md (Markdown, for a ticket), .html, .json or .pdf. Passwords and tokens are never in it.</source>
        <translation>Écrire aussi l&apos;essai sous forme de rapport dans FICHIER, au format indiqué par la fin de son nom&#xa0;: .md (Markdown, pour un ticket), .html, .json ou .pdf. Les mots de passe et les jetons n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history (also: environment variable SENDCHECK_NO_HISTORY=1).</source>
        <translation>Ne pas conserver cet essai dans l&apos;historique (aussi&#xa0;: variable d&apos;environnement SENDCHECK_NO_HISTORY=1).</translation>
    </message>
    <message>
        <source>Burst sent: %1</source>
        <translation>Rafale envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Burst: %1; first failure: %2</source>
        <translation>Rafale&#xa0;: %1&#xa0;; premier échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Rafale</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report attend un nom de fichier.</translation>
    </message>
    <message>
        <source>IMAP encryption: tls or starttls.</source>
        <translation>Chiffrement IMAP&#xa0;: tls ou starttls.</translation>
    </message>
    <message>
        <source>Wait up to SECONDS for the message to arrive (default 120, at most 900).</source>
        <translation>Attendre jusqu&apos;à SECONDS secondes l&apos;arrivée du message (120 par défaut, 900 au maximum).</translation>
    </message>
    <message>
        <source>--%1 belongs to --read-back.</source>
        <translation>--%1 va avec --read-back.</translation>
    </message>
    <message>
        <source>--read-back looks for one sent message; it does not go with --quit-after, --count or --connections.</source>
        <translation>--read-back cherche un message envoyé&#xa0;; il ne va pas avec --quit-after, --count ni --connections.</translation>
    </message>
    <message>
        <source>--imap-port takes a number from 1 to 65535.</source>
        <translation>--imap-port attend un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>--imap-security takes tls or starttls.</source>
        <translation>--imap-security attend tls ou starttls.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to %1.</source>
        <translation>--wait attend un nombre de secondes de 0 à %1.</translation>
    </message>
    <message>
        <source>Read-back from the mailbox:</source>
        <translation>Relecture dans la boîte aux lettres&#xa0;:</translation>
    </message>
    <message>
        <source>Looking for the message in %1 on %2:%3 as %4 (up to %5 s)</source>
        <translation>Recherche du message %1 sur %2:%3 en tant que %4 (jusqu&apos;à %5 s)</translation>
    </message>
    <message>
        <source>Fix: run again with --security tls (and the same --port).</source>
        <translation>Correction : relancez avec --security tls (et le même --port).</translation>
    </message>
    <message>
        <source>Send the prepared message in FILE (RFC 5322, such as an .eml a mail program saved) as it is, header fields included; the envelope comes from --from, --to and --cc (or the profile). Line ends go out as CR LF; nothing else is changed.</source>
        <translation>Envoyer tel quel le message préparé dans FILE (RFC 5322, par exemple un fichier .eml enregistré par un logiciel de messagerie), champs d&apos;en-tête compris ; l&apos;enveloppe vient de --from, --to et --cc (ou du profil). Les fins de ligne partent en CR LF ; rien d&apos;autre n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Note: %1 has Unix line ends (LF); they go out as CR LF, as SMTP requires. Nothing else in the message is changed.</source>
        <translation>Remarque : %1 a des fins de ligne Unix (LF) ; elles partent en CR LF, comme SMTP l&apos;exige. Rien d&apos;autre n&apos;est modifié dans le message.</translation>
    </message>
    <message>
        <source>--message-file sends the file as it is; it does not go with %1.</source>
        <translation>--message-file envoie le fichier tel quel ; il ne se combine pas avec %1.</translation>
    </message>
    <message>
        <source>--message-file sends one message; it does not go with --count or --connections.</source>
        <translation>--message-file envoie un seul message ; il ne se combine pas avec --count ou --connections.</translation>
    </message>
    <message>
        <source>--read-back looks for a message that Sendcheck wrote; it does not go with --message-file.</source>
        <translation>--read-back recherche un message rédigé par Sendcheck ; il ne se combine pas avec --message-file.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) over %1 in %2 s: %3 accepted, %4 deferred (4xx), %5 rejected (5xx), %6 not sent; %7 messages per second</source>
        <translation>
            <numerusform>%n message sur %1 en %2 s&#xa0;: %3 accepté, %4 différé (4xx), %5 rejeté (5xx), %6 non envoyé&#xa0;; %7 messages par seconde</numerusform>
            <numerusform>%n messages sur %1 en %2 s&#xa0;: %3 acceptés, %4 différés (4xx), %5 rejetés (5xx), %6 non envoyés&#xa0;; %7 messages par seconde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox&apos;s IMAP server (default: the profile&apos;s read-back mailbox, else the preset&apos;s, else the SMTP host).</source>
        <translation>Le serveur IMAP de la boîte aux lettres (par défaut&#xa0;: celui de la boîte de relecture du profil, sinon celui du préréglage, sinon l&apos;hôte SMTP).</translation>
    </message>
    <message>
        <source>The IMAP port (default: the profile&apos;s, else the preset&apos;s, else 993; 143 means STARTTLS).</source>
        <translation>Le port IMAP (par défaut&#xa0;: celui du profil, sinon celui du préréglage, sinon 993&#xa0;; 143 signifie STARTTLS).</translation>
    </message>
    <message>
        <source>The mailbox user name (default: the profile&apos;s read-back mailbox user, else the SMTP user name with the same secret; another account uses the mailbox password saved with `password set --imap`).</source>
        <translation>Le nom d&apos;utilisateur de la boîte aux lettres (par défaut&#xa0;: celui de la boîte de relecture du profil, sinon celui du SMTP avec le même secret&#xa0;; un autre compte utilise le mot de passe de boîte aux lettres enregistré avec `password set --imap`).</translation>
    </message>
    <message>
        <source>After a successful send, look for the message in the mailbox over IMAP and show where it landed and how the receiver judged it (a profile with read-back on does this without the flag).</source>
        <translation>Après un envoi réussi, chercher le message dans la boîte aux lettres via IMAP et montrer où il est arrivé et comment le destinataire l&apos;a jugé (un profil avec la relecture activée le fait sans cette option).</translation>
    </message>
    <message>
        <source>Do not read the message back, even though the profile has read-back on.</source>
        <translation>Ne pas relire le message, même si le profil a la relecture activée.</translation>
    </message>
    <message>
        <source>Trust the mailbox server&apos;s certificate by its SHA-256 fingerprint (64 hex digits, colons allowed) for this run; repeatable. Pins saved for the mailbox server with the profile apply as well; the SMTP server&apos;s never do.</source>
        <translation>Faire confiance au certificat du serveur de boîte aux lettres d&apos;après son empreinte SHA-256 (64 chiffres hexadécimaux, deux-points admis) pour cette exécution&#xa0;; répétable. Les certificats enregistrés dans le profil pour le serveur de boîte aux lettres valent aussi, ceux du serveur SMTP jamais.</translation>
    </message>
    <message>
        <source>With --read-back, or with a profile that has read-back on, Sendcheck signs in to the mailbox (IMAP, read-only, with the same password or OAuth sign-in, or the mailbox&apos;s own password) after the message was accepted, finds it by its Message-ID within --wait seconds, and reports whether it arrived, in which folder (inbox or junk), after how long, the receiver&apos;s SPF, DKIM, DMARC and ARC results and the hops it took. Read-back exit codes, when the send itself succeeded: 11 not arrived within the wait, 12 the mailbox could not be read, 13 arrived as spam, 130 stopped with Ctrl+C while waiting.</source>
        <translation>Avec --read-back, ou avec un profil dont la relecture est activée, Sendcheck se connecte à la boîte aux lettres (IMAP, en lecture seule, avec le même mot de passe ou la même connexion OAuth, ou avec le mot de passe propre à la boîte) une fois le message accepté, le retrouve par son Message-ID en --wait secondes au plus, et indique s&apos;il est arrivé, dans quel dossier (boîte de réception ou courrier indésirable), au bout de combien de temps, les résultats SPF, DKIM, DMARC et ARC du destinataire et les relais par lesquels il est passé. Codes de sortie de la relecture, quand l&apos;envoi lui-même a réussi&#xa0;: 11 non arrivé dans le délai, 12 impossible de lire la boîte aux lettres, 13 arrivé comme spam, 130 arrêté avec Ctrl+C pendant l&apos;attente.</translation>
    </message>
    <message>
        <source>give --read-back or --no-read-back, not both.</source>
        <translation>indiquez --read-back ou --no-read-back, pas les deux.</translation>
    </message>
    <message>
        <source>--imap-pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint; give 64 hexadecimal digits, with or without colons.</source>
        <translation>--imap-pin-sha256&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256&#xa0;; indiquez 64 chiffres hexadécimaux, avec ou sans deux-points.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::AutoconfigConfig</name>
    <message>
        <source>not well-formed XML (line %1: %2)</source>
        <translation>XML mal formé (ligne %1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>not an autoconfig file (no &lt;clientConfig&gt;)</source>
        <translation>pas un fichier autoconfig (pas de &lt;clientConfig&gt;)</translation>
    </message>
    <message>
        <source>no &lt;emailProvider&gt; in the file</source>
        <translation>pas de &lt;emailProvider&gt; dans le fichier</translation>
    </message>
    <message>
        <source>no usable outgoing (SMTP) server in the file</source>
        <translation>aucun serveur sortant (SMTP) utilisable dans le fichier</translation>
    </message>
</context>
<context>
    <name>Sendcheck::AutoconfigFetch</name>
    <message>
        <source>no complete answer within %1 seconds</source>
        <translation>pas de réponse complète en %1 secondes</translation>
    </message>
    <message>
        <source>the answer is too large (%1 bytes or more; at most %2 are read)</source>
        <translation>la réponse est trop volumineuse (%1 octets ou plus&#xa0;; %2 au maximum sont lus)</translation>
    </message>
    <message>
        <source>the answer is too large (more than %1 bytes)</source>
        <translation>la réponse est trop volumineuse (plus de %1 octets)</translation>
    </message>
    <message>
        <source>not there (HTTP %1)</source>
        <translation>absent (HTTP %1)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1): a redirect loop?</source>
        <translation>trop de redirections (plus de %1)&#xa0;: une boucle de redirection&#xa0;?</translation>
    </message>
    <message>
        <source>redirected from HTTPS to plain HTTP: refused</source>
        <translation>redirigé de HTTPS vers HTTP simple&#xa0;: refusé</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>le certificat du serveur n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server name does not exist</source>
        <translation>le nom du serveur n&apos;existe pas</translation>
    </message>
    <message>
        <source>no web server there (connection refused)</source>
        <translation>aucun serveur web à cet endroit (connexion refusée)</translation>
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
        <translation>L&apos;enregistrement doit commencer par v=BIMI1.</translation>
    </message>
    <message>
        <source>The record has no logo (l=).</source>
        <translation>L&apos;enregistrement n&apos;a pas de logo (l=).</translation>
    </message>
    <message>
        <source>l=%1 is not an https: address.</source>
        <translation>l=%1 n&apos;est pas une adresse https:.</translation>
    </message>
    <message>
        <source>l=%1 does not name an SVG file; the logo must be SVG Tiny PS.</source>
        <translation>l=%1 ne désigne pas un fichier SVG ; le logo doit être au format SVG Tiny PS.</translation>
    </message>
    <message>
        <source>a=%1 is not an https: address.</source>
        <translation>a=%1 n&apos;est pas une adresse https:.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Blocklist</name>
    <message>
        <source>a return code this list does not document (%1)</source>
        <translation>un code de retour que cette liste ne documente pas (%1)</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CaFile</name>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Le fichier CA %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA file %1 is larger than %2 KiB, which no file of CA certificates is; it was not used.</source>
        <translation>Le fichier CA %1 dépasse %2 Kio, ce qu&apos;aucun fichier de certificats d&apos;autorité ne fait&#xa0;; il n&apos;a pas été utilisé.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER); it was not used.</source>
        <translation>Le fichier CA %1 ne contient aucun certificat (PEM ou DER)&#xa0;; il n&apos;a pas été utilisé.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;Ne pas approuver</translation>
    </message>
    <message>
        <source>Do not trust this certificate</source>
        <translation>Ne pas approuver ce certificat</translation>
    </message>
    <message>
        <source>The server %1 showed a certificate that this computer cannot verify. This is what a lab server with its own certificate looks like, and also what an attacker in the middle looks like. Trust it only if you know this is your server&apos;s certificate: compare the SHA-256 fingerprint with the one your administrator gives you. It will be trusted for %1 only, not for any other server or port.</source>
        <translation>Le serveur %1 a présenté un certificat que cet ordinateur ne peut pas vérifier. C&apos;est ce qu&apos;on observe avec un serveur de test doté de son propre certificat, mais aussi avec un attaquant placé au milieu. Ne l&apos;approuvez que si vous savez qu&apos;il s&apos;agit du certificat de votre serveur&#xa0;: comparez l&apos;empreinte SHA-256 avec celle que vous donne votre administrateur. Il sera approuvé uniquement pour %1, pour aucun autre serveur ni port.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Approuver ce certificat pour %1</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Approuver ce certificat pour %1</translation>
    </message>
    <message>
        <source>The encryption in use, what did not verify, and each certificate the server showed: who it names, who issued it, how long it is valid and its SHA-256 fingerprint.</source>
        <translation>Le chiffrement utilisé, ce qui n&apos;a pas pu être vérifié, et chaque certificat présenté par le serveur : qui il désigne, qui l&apos;a émis, sa durée de validité et son empreinte SHA-256.</translation>
    </message>
    <message>
        <source>Keeps this certificate&apos;s SHA-256 fingerprint in the profile: from then on this certificate is accepted for %1, and only there, although it does not verify.</source>
        <translation>Enregistre l&apos;empreinte SHA-256 de ce certificat dans le profil : dès lors, ce certificat est accepté pour %1, et seulement là, bien qu&apos;il ne puisse pas être vérifié.</translation>
    </message>
    <message>
        <source>Closes this dialog and changes nothing: the certificate stays untrusted.</source>
        <translation>Ferme cette boîte de dialogue sans rien changer : le certificat reste non approuvé.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CommandExplanations</name>
    <message>
        <source>EHLO: the client says hello, gives its name, and asks the server to list the extensions it supports (ESMTP).</source>
        <translation>EHLO&#xa0;: le client dit bonjour, donne son nom et demande au serveur de lister les extensions qu&apos;il prend en charge (ESMTP).</translation>
    </message>
    <message>
        <source>HELO: the old hello of plain SMTP; no extensions, so no encryption and no sign-in.</source>
        <translation>HELO&#xa0;: l&apos;ancien bonjour du SMTP simple&#xa0;; pas d&apos;extensions, donc ni chiffrement ni authentification.</translation>
    </message>
    <message>
        <source>STARTTLS: asks the server to switch this connection to TLS encryption; after the handshake the client says EHLO again.</source>
        <translation>STARTTLS&#xa0;: demande au serveur de passer cette connexion en chiffrement TLS&#xa0;; après la négociation, le client redit EHLO.</translation>
    </message>
    <message>
        <source>AUTH: signs in with the chosen method (PLAIN, LOGIN, CRAM-MD5, XOAUTH2). The secret itself is never shown in the transcript.</source>
        <translation>AUTH&#xa0;: s&apos;authentifie avec la méthode choisie (PLAIN, LOGIN, CRAM-MD5, XOAUTH2). Le secret lui-même n&apos;apparaît jamais dans la transcription.</translation>
    </message>
    <message>
        <source>MAIL FROM: starts a message and names the envelope sender, where bounces go.</source>
        <translation>MAIL FROM&#xa0;: commence un message et indique l&apos;expéditeur d&apos;enveloppe, vers lequel partent les messages de non-distribution.</translation>
    </message>
    <message>
        <source>RCPT TO: names one recipient; the server accepts or refuses each recipient separately.</source>
        <translation>RCPT TO&#xa0;: indique un destinataire&#xa0;; le serveur accepte ou refuse chaque destinataire séparément.</translation>
    </message>
    <message>
        <source>DATA: asks to send the message itself; after a 354 answer the headers and body follow.</source>
        <translation>DATA&#xa0;: demande à envoyer le message lui-même&#xa0;; après une réponse 354 suivent les en-têtes et le corps.</translation>
    </message>
    <message>
        <source>The final dot: a line with only &quot;.&quot; ends the message. The reply to it says whether the server took the message.</source>
        <translation>Le point final&#xa0;: une ligne contenant uniquement «&#xa0;.&#xa0;» termine le message. La réponse indique si le serveur a pris le message.</translation>
    </message>
    <message>
        <source>QUIT: says goodbye politely; the server answers 221 and closes the connection.</source>
        <translation>QUIT&#xa0;: prend congé poliment&#xa0;; le serveur répond 221 et ferme la connexion.</translation>
    </message>
    <message>
        <source>RSET: forgets the message being prepared (sender, recipients) but keeps the connection and the sign-in.</source>
        <translation>RSET&#xa0;: oublie le message en préparation (expéditeur, destinataires) mais conserve la connexion et l&apos;authentification.</translation>
    </message>
    <message>
        <source>NOOP: does nothing; checks that the server is still listening.</source>
        <translation>NOOP&#xa0;: ne fait rien&#xa0;; vérifie que le serveur écoute toujours.</translation>
    </message>
    <message>
        <source>VRFY: asks whether a mailbox exists; most servers decline to say, to keep spammers from guessing addresses.</source>
        <translation>VRFY&#xa0;: demande si une boîte aux lettres existe&#xa0;; la plupart des serveurs refusent de répondre, pour empêcher les spammeurs de deviner des adresses.</translation>
    </message>
    <message>
        <source>EXPN: asks for the members of a mailing list; almost always switched off for privacy.</source>
        <translation>EXPN&#xa0;: demande les membres d&apos;une liste de diffusion&#xa0;; presque toujours désactivé pour protéger la vie privée.</translation>
    </message>
    <message>
        <source>PIPELINING: the client may send several commands without waiting for each answer, which saves round trips.</source>
        <translation>PIPELINING&#xa0;: le client peut envoyer plusieurs commandes sans attendre chaque réponse, ce qui économise des allers-retours.</translation>
    </message>
    <message>
        <source>SIZE: the largest message the server accepts, in bytes.</source>
        <translation>SIZE&#xa0;: la taille maximale des messages acceptés par le serveur, en octets.</translation>
    </message>
    <message>
        <source>8BITMIME: the message may contain 8-bit text, not only 7-bit ASCII.</source>
        <translation>8BITMIME&#xa0;: le message peut contenir du texte 8 bits, pas seulement de l&apos;ASCII 7 bits.</translation>
    </message>
    <message>
        <source>SMTPUTF8: addresses may contain non-ASCII characters (internationalised email).</source>
        <translation>SMTPUTF8&#xa0;: les adresses peuvent contenir des caractères non ASCII (e-mail internationalisé).</translation>
    </message>
    <message>
        <source>ENHANCEDSTATUSCODES: replies carry a detailed code like 5.7.8 that says more exactly what happened.</source>
        <translation>ENHANCEDSTATUSCODES&#xa0;: les réponses portent un code détaillé comme 5.7.8, qui précise ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>CHUNKING: the message may be sent in sized pieces with BDAT instead of DATA.</source>
        <translation>CHUNKING&#xa0;: le message peut être envoyé en morceaux de taille définie avec BDAT au lieu de DATA.</translation>
    </message>
    <message>
        <source>STARTTLS: the server can switch this connection to encryption.</source>
        <translation>STARTTLS&#xa0;: le serveur peut passer cette connexion en chiffrement.</translation>
    </message>
    <message>
        <source>AUTH: the sign-in methods the server accepts on this connection.</source>
        <translation>AUTH&#xa0;: les méthodes d&apos;authentification que le serveur accepte sur cette connexion.</translation>
    </message>
    <message>
        <source>DSN: the client may ask for delivery status notifications.</source>
        <translation>DSN&#xa0;: le client peut demander des notifications d&apos;état de distribution.</translation>
    </message>
    <message>
        <source>220: the server is ready (the greeting, or ready to start TLS).</source>
        <translation>220&#xa0;: le serveur est prêt (l&apos;accueil, ou prêt à démarrer TLS).</translation>
    </message>
    <message>
        <source>221: the server says goodbye and closes the connection.</source>
        <translation>221&#xa0;: le serveur prend congé et ferme la connexion.</translation>
    </message>
    <message>
        <source>235: signed in.</source>
        <translation>235&#xa0;: authentifié.</translation>
    </message>
    <message>
        <source>250: done; the command was accepted.</source>
        <translation>250&#xa0;: fait&#xa0;; la commande a été acceptée.</translation>
    </message>
    <message>
        <source>%1: accepted; the server will forward or try to deliver.</source>
        <translation>%1&#xa0;: accepté&#xa0;; le serveur va transmettre ou tenter de distribuer.</translation>
    </message>
    <message>
        <source>334: the server waits for the next part of the sign-in.</source>
        <translation>334&#xa0;: le serveur attend la suite de l&apos;authentification.</translation>
    </message>
    <message>
        <source>354: go ahead, send the message; end it with a line holding only a dot.</source>
        <translation>354&#xa0;: allez-y, envoyez le message&#xa0;; terminez-le par une ligne ne contenant qu&apos;un point.</translation>
    </message>
    <message>
        <source>%1: a temporary failure; the same command may work later.</source>
        <translation>%1&#xa0;: échec temporaire&#xa0;; la même commande pourra fonctionner plus tard.</translation>
    </message>
    <message>
        <source>%1: a permanent failure; repeating it unchanged will not help.</source>
        <translation>%1&#xa0;: échec permanent&#xa0;; la répéter telle quelle n&apos;aidera pas.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CredentialStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not one Sendcheck issued, so no saved secret is used for it. Import or re-create the profile to give it a new id.</source>
        <translation>L&apos;ID de profil «&#xa0;%1&#xa0;» n&apos;a pas été attribué par Sendcheck&#xa0;; aucun secret enregistré n&apos;est donc utilisé pour lui. Importez ou recréez le profil pour lui donner un nouvel ID.</translation>
    </message>
    <message>
        <source>The keyring entry &quot;%1&quot; was not written for this profile&apos;s %2, so it was not used. Save the secret again.</source>
        <translation>L&apos;entrée de trousseau «&#xa0;%1&#xa0;» n&apos;a pas été écrite pour ce profil (%2)&#xa0;; elle n&apos;a donc pas été utilisée. Enregistrez à nouveau le secret.</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>mailbox password</source>
        <translation>mot de passe de la boîte aux lettres</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DaneMatch</name>
    <message>
        <source>a certificate of the chain cannot be read</source>
        <translation>un certificat de la chaîne est illisible</translation>
    </message>
    <message>
        <source>the TLS library could not check the chain</source>
        <translation>la bibliothèque TLS n&apos;a pas pu vérifier la chaîne</translation>
    </message>
    <message>
        <source>the server showed no certificate</source>
        <translation>le serveur n&apos;a présenté aucun certificat</translation>
    </message>
    <message>
        <source>%1 matches certificate %2 of the chain (%3), but the chain below it does not hold: %4</source>
        <translation>%1 correspond au certificat %2 de la chaîne (%3), mais la chaîne en dessous n&apos;est pas valable : %4</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DaneTlsa</name>
    <message>
        <source>whole certificate</source>
        <translation>certificat entier</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clé publique</translation>
    </message>
    <message>
        <source>selector %1</source>
        <translation>sélecteur %1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>matching type %1</source>
        <translation>type de correspondance %1</translation>
    </message>
    <message>
        <source>usage %1 (%2) is ignored by mail servers (RFC 7672 3.1.3); use 3 (DANE-EE) or 2 (DANE-TA)</source>
        <translation>l&apos;usage %1 (%2) est ignoré par les serveurs de messagerie (RFC 7672 3.1.3) ; utilisez 3 (DANE-EE) ou 2 (DANE-TA)</translation>
    </message>
    <message>
        <source>usage %1 is not defined</source>
        <translation>l&apos;usage %1 n&apos;est pas défini</translation>
    </message>
    <message>
        <source>selector %1 is not defined</source>
        <translation>le sélecteur %1 n&apos;est pas défini</translation>
    </message>
    <message>
        <source>matching type %1 is not defined</source>
        <translation>le type de correspondance %1 n&apos;est pas défini</translation>
    </message>
    <message>
        <source>a SHA-256 digest has 32 bytes, this one %1</source>
        <translation>une empreinte SHA-256 fait 32 octets, celle-ci %1</translation>
    </message>
    <message>
        <source>a SHA-512 digest has 64 bytes, this one %1</source>
        <translation>une empreinte SHA-512 fait 64 octets, celle-ci %1</translation>
    </message>
    <message>
        <source>the record holds no data</source>
        <translation>l&apos;enregistrement ne contient aucune donnée</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Diagnoser</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Try another port: %1.</source>
        <translation>Essayez un autre port&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Port 25 is meant for servers talking to servers; most internet providers and cloud hosts block it for everyone else.</source>
        <translation>Le port 25 est destiné aux échanges entre serveurs&#xa0;; la plupart des fournisseurs d&apos;accès à Internet et des hébergeurs cloud le bloquent pour tous les autres.</translation>
    </message>
    <message>
        <source>Port %1 starts in plain text and switches to encryption with STARTTLS: set Security to STARTTLS, or keep TLS from the start and change the port to 465.</source>
        <translation>Le port %1 démarre en clair et passe au chiffrement avec STARTTLS : réglez Sécurité sur STARTTLS, ou gardez « TLS dès le départ » et changez le port en 465.</translation>
    </message>
    <message>
        <source>The server starts in plain text on this port: set Security to STARTTLS (usually port 587), or keep TLS from the start and change the port to 465.</source>
        <translation>Sur ce port, le serveur démarre en clair : réglez Sécurité sur STARTTLS (généralement port 587), ou gardez « TLS dès le départ » et changez le port en 465.</translation>
    </message>
    <message>
        <source>Port %1 expects encryption from the first byte: set Security to TLS from the start, or keep STARTTLS and change the port to 587.</source>
        <translation>Le port %1 attend le chiffrement dès le premier octet : réglez Sécurité sur « TLS dès le départ », ou gardez STARTTLS et changez le port en 587.</translation>
    </message>
    <message>
        <source>The server expects encryption from the first byte on this port: set Security to TLS from the start (usually port 465), or keep STARTTLS and change the port to 587.</source>
        <translation>Sur ce port, le serveur attend le chiffrement dès le premier octet : réglez Sécurité sur « TLS dès le départ » (généralement port 465), ou gardez STARTTLS et changez le port en 587.</translation>
    </message>
    <message>
        <source>%1: %2 (RFC 3463)</source>
        <translation>%1&#xa0;: %2 (RFC 3463)</translation>
    </message>
    <message>
        <source>The session was stopped before it finished. Nothing is wrong with the server or the settings as far as it got.</source>
        <translation>La session a été arrêtée avant la fin. Jusqu&apos;où elle est allée, rien n&apos;indique de problème avec le serveur ni avec les paramètres.</translation>
    </message>
    <message>
        <source>Sendcheck found no reply code and no known error text in this message. Paste the server&apos;s complete reply, starting with its three-digit code, for a better explanation.</source>
        <translation>Sendcheck n&apos;a trouvé dans ce message ni code de réponse ni texte d&apos;erreur connu. Collez la réponse complète du serveur, en commençant par son code à trois chiffres, pour obtenir une meilleure explication.</translation>
    </message>
    <message>
        <source>The server says the access token has expired or was revoked, and Sendcheck could not get a fresh one with the saved sign-in.</source>
        <translation>Le serveur indique que le jeton d&apos;accès a expiré ou a été révoqué, et Sendcheck n&apos;a pas pu en obtenir un nouveau avec la connexion enregistrée.</translation>
    </message>
    <message>
        <source>An access token lasts about an hour, and renewing it with the saved sign-in failed.</source>
        <translation>Un jeton d&apos;accès dure environ une heure, et son renouvellement avec la connexion enregistrée a échoué.</translation>
    </message>
    <message>
        <source>The sign-in was withdrawn: a password change, app access removed in the account&apos;s security settings, or an administrator&apos;s decision.</source>
        <translation>La connexion a été révoquée&#xa0;: changement de mot de passe, accès de l&apos;application retiré dans les paramètres de sécurité du compte, ou décision d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>Google ends the sign-ins of an app still in testing after seven days.</source>
        <translation>Google met fin au bout de sept jours aux connexions d&apos;une application encore en phase de test.</translation>
    </message>
    <message>
        <source>Sign in with your provider again.</source>
        <translation>Connectez-vous à nouveau auprès de votre fournisseur.</translation>
    </message>
    <message>
        <source>If it happens again soon, check in your account&apos;s security settings that Sendcheck still has access.</source>
        <translation>Si cela se reproduit rapidement, vérifiez dans les paramètres de sécurité de votre compte que Sendcheck y a toujours accès.</translation>
    </message>
    <message>
        <source>The sign-in worked, but it did not give permission to send mail.</source>
        <translation>La connexion a réussi, mais elle n&apos;a pas accordé l&apos;autorisation d&apos;envoyer des e-mails.</translation>
    </message>
    <message>
        <source>The sign-in worked, but it did not give permission to send mail: the server wants the permission (scope) %1.</source>
        <translation>La connexion a réussi, mais elle n&apos;a pas accordé l&apos;autorisation d&apos;envoyer des e-mails&#xa0;: le serveur demande l&apos;autorisation (étendue) %1.</translation>
    </message>
    <message>
        <source>The box for sending mail was left unticked on the provider&apos;s consent page.</source>
        <translation>La case d&apos;envoi d&apos;e-mails n&apos;a pas été cochée sur la page de consentement du fournisseur.</translation>
    </message>
    <message>
        <source>The app registration asks for other permissions than the one for mail.</source>
        <translation>L&apos;inscription de l&apos;application demande d&apos;autres autorisations que celle pour la messagerie.</translation>
    </message>
    <message>
        <source>Sign in again and allow sending mail on the consent page.</source>
        <translation>Connectez-vous à nouveau et autorisez l&apos;envoi d&apos;e-mails sur la page de consentement.</translation>
    </message>
    <message>
        <source>For your own app registration: request the provider&apos;s mail scope (Google: https://mail.google.com/, Microsoft: SMTP.Send).</source>
        <translation>Pour votre propre inscription d&apos;application&#xa0;: demandez l&apos;étendue de messagerie du fournisseur (Google&#xa0;: https://mail.google.com/, Microsoft&#xa0;: SMTP.Send).</translation>
    </message>
    <message>
        <source>The token belongs to another account: signed in as %1 but the user name is %2.</source>
        <translation>Le jeton appartient à un autre compte&#xa0;: connecté en tant que %1, mais le nom d&apos;utilisateur est %2.</translation>
    </message>
    <message>
        <source>A different account was chosen on the provider&apos;s sign-in page than the one in the user name.</source>
        <translation>Un autre compte que celui du nom d&apos;utilisateur a été choisi sur la page de connexion du fournisseur.</translation>
    </message>
    <message>
        <source>Change the user name to %1, the account you signed in with.</source>
        <translation>Changez le nom d&apos;utilisateur en %1, le compte avec lequel vous vous êtes connecté.</translation>
    </message>
    <message>
        <source>Or sign in again and choose the account %1.</source>
        <translation>Ou connectez-vous à nouveau et choisissez le compte %1.</translation>
    </message>
    <message>
        <source>The server refused the token for this user name: the token most likely belongs to another account, or the sign-in request was malformed.</source>
        <translation>Le serveur a refusé le jeton pour ce nom d&apos;utilisateur&#xa0;: le jeton appartient très probablement à un autre compte, ou la demande de connexion était mal formée.</translation>
    </message>
    <message>
        <source>The user name is not the address you signed in with.</source>
        <translation>Le nom d&apos;utilisateur n&apos;est pas l&apos;adresse avec laquelle vous vous êtes connecté.</translation>
    </message>
    <message>
        <source>The program sent the sign-in in a form the server does not accept.</source>
        <translation>Le programme a envoyé l&apos;authentification sous une forme que le serveur n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>Make the user name exactly the address you signed in with.</source>
        <translation>Indiquez comme nom d&apos;utilisateur exactement l&apos;adresse avec laquelle vous vous êtes connecté.</translation>
    </message>
    <message>
        <source>Sendcheck is not sure about this one: the reply also fits “%1”. The more likely reading:</source>
        <translation>Sendcheck n&apos;est pas sûr de lui ici&#xa0;: la réponse correspond aussi à «&#xa0;%1&#xa0;». L&apos;interprétation la plus probable&#xa0;:</translation>
    </message>
    <message>
        <source>Sendcheck is not sure about this one: the reply carries only a general code or words that fit many situations. The most common reading:</source>
        <translation>Sendcheck n&apos;est pas sûr de lui ici&#xa0;: la réponse ne contient qu&apos;un code général ou des termes qui conviennent à de nombreuses situations. L&apos;interprétation la plus courante&#xa0;:</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès le départ</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Diagnosis</name>
    <message>
        <source>Google no longer accepts the normal account password in mail programs (personal accounts since May 2022, Google Workspace since May 2025). Switch on 2-Step Verification, create an app password at myaccount.google.com/apppasswords and enter its 16 letters without spaces, or use &quot;Sign in with Google&quot;. Changing the Google password revokes existing app passwords. If the app passwords page is missing, the account uses Advanced Protection or a Workspace administrator has switched app passwords off.</source>
        <comment>hint/gmail/auth</comment>
        <translation>Google n&apos;accepte plus le mot de passe normal du compte dans les logiciels de messagerie (comptes personnels depuis mai 2022, Google Workspace depuis mai 2025). Activez la validation en deux étapes, créez un mot de passe d&apos;application sur myaccount.google.com/apppasswords et saisissez ses 16 lettres sans espaces, ou utilisez «&#xa0;Se connecter avec Google&#xa0;». Changer le mot de passe Google révoque les mots de passe d&apos;application existants. Si la page des mots de passe d&apos;application est absente, le compte utilise le Programme Protection Avancée ou un administrateur Workspace a désactivé les mots de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Google Workspace allows about 2,000 messages a day (500 on trial accounts), personal Gmail about 500, and at most 100 recipients per message over SMTP. After the limit, sending pauses for up to 24 hours.</source>
        <comment>hint/gmail/limit</comment>
        <translation>Google Workspace autorise environ 2&#xa0;000 messages par jour (500 pour les comptes d&apos;essai), Gmail personnel environ 500, et au plus 100 destinataires par message via SMTP. Une fois la limite atteinte, l&apos;envoi est suspendu pendant 24 heures au maximum.</translation>
    </message>
    <message>
        <source>Microsoft 365: sending from apps (&quot;Authenticated SMTP&quot;, SMTP AUTH) is off for organisations created after January 2020 and is blocked by security defaults. An administrator can switch it on for one mailbox in the Microsoft 365 admin center (Users &gt; Active users &gt; Mail &gt; Manage email apps) or with Set-CASMailbox -Identity &lt;mailbox&gt; -SmtpClientAuthenticationDisabled $false. Password sign-in (basic authentication) for SMTP is being retired: Microsoft plans to switch it off by default for existing tenants at the end of December 2026. &quot;Sign in with Microsoft&quot; (OAuth) is the lasting fix.</source>
        <comment>hint/microsoft/auth</comment>
        <translation>Microsoft 365&#xa0;: l&apos;envoi depuis des applications («&#xa0;SMTP authentifié&#xa0;», SMTP AUTH) est désactivé pour les organisations créées après janvier 2020 et bloqué par les paramètres de sécurité par défaut. Un administrateur peut l&apos;activer pour une boîte aux lettres dans le Centre d&apos;administration Microsoft 365 (Utilisateurs &gt; Utilisateurs actifs &gt; Courrier &gt; Gérer les applications de messagerie) ou avec Set-CASMailbox -Identity &lt;boîte aux lettres&gt; -SmtpClientAuthenticationDisabled $false. L&apos;authentification par mot de passe (authentification de base) pour SMTP est en cours de retrait&#xa0;: Microsoft prévoit de la désactiver par défaut pour les locataires existants fin décembre 2026. La solution durable est «&#xa0;Se connecter avec Microsoft&#xa0;» (OAuth).</translation>
    </message>
    <message>
        <source>Microsoft 365 only sends as the mailbox you signed in with. To send from another address, an administrator must grant &quot;Send As&quot; for it to this mailbox.</source>
        <comment>hint/microsoft/sender</comment>
        <translation>Microsoft 365 n&apos;envoie qu&apos;au nom de la boîte aux lettres avec laquelle vous vous êtes connecté. Pour envoyer depuis une autre adresse, un administrateur doit accorder à cette boîte aux lettres l&apos;autorisation «&#xa0;Envoyer en tant que&#xa0;» pour cette adresse.</translation>
    </message>
    <message>
        <source>Microsoft 365 (smtp.office365.com) takes mail on port 587 with STARTTLS and needs TLS 1.2 or newer. It never uses port 465. Use the server name, never an IP address.</source>
        <comment>hint/microsoft/net</comment>
        <translation>Microsoft 365 (smtp.office365.com) accepte le courrier sur le port 587 avec STARTTLS et exige TLS 1.2 ou plus récent. Il n&apos;utilise jamais le port 465. Utilisez le nom du serveur, jamais une adresse IP.</translation>
    </message>
    <message>
        <source>Microsoft 365 allows 10,000 recipients a day, 30 messages a minute and, by default, 500 recipients per message. After repeated errors it blocks a mailbox from SMTP sending for a while, and support cannot lift that block.</source>
        <comment>hint/microsoft/limit</comment>
        <translation>Microsoft 365 autorise 10&#xa0;000 destinataires par jour, 30 messages par minute et, par défaut, 500 destinataires par message. Après des erreurs répétées, il bloque pour un temps l&apos;envoi SMTP d&apos;une boîte aux lettres, et le support ne peut pas lever ce blocage.</translation>
    </message>
    <message>
        <source>Amazon SES needs SMTP credentials created in the SES console (SMTP settings &gt; Create SMTP credentials). The SMTP password is not your AWS secret access key, and credentials only work in the region they were created for: the region in the server name must match. Credentials from before January 2019 must be replaced.</source>
        <comment>hint/ses/auth</comment>
        <translation>Amazon SES nécessite des identifiants SMTP créés dans la console SES (SMTP settings &gt; Create SMTP credentials). Le mot de passe SMTP n&apos;est pas votre clé d&apos;accès secrète AWS, et les identifiants ne fonctionnent que dans la région pour laquelle ils ont été créés&#xa0;: la région figurant dans le nom du serveur doit correspondre. Les identifiants antérieurs à janvier 2019 doivent être remplacés.</translation>
    </message>
    <message>
        <source>New Amazon SES accounts start in a sandbox, separately in each region: they may only send to verified addresses, at most 200 messages a day and one per second. Every From address or domain must be verified in the same region. Request production access in the SES console (Account dashboard).</source>
        <comment>hint/ses/sandbox</comment>
        <translation>Les nouveaux comptes Amazon SES démarrent dans l&apos;environnement de test (sandbox), séparément dans chaque région&#xa0;: ils ne peuvent envoyer qu&apos;à des adresses vérifiées, au plus 200 messages par jour et un par seconde. Chaque adresse ou domaine d&apos;expéditeur doit être vérifié dans la même région. Demandez l&apos;accès à la production dans la console SES (Account dashboard).</translation>
    </message>
    <message>
        <source>SendGrid: the user name is always the literal word apikey, and the password is an API key (starting with SG.) with Mail Send permission. Paste the key without spaces or line breaks.</source>
        <comment>hint/sendgrid/auth</comment>
        <translation>SendGrid&#xa0;: le nom d&apos;utilisateur est toujours le mot apikey, tel quel, et le mot de passe est une clé API (commençant par SG.) disposant de l&apos;autorisation Mail Send. Collez la clé sans espaces ni sauts de ligne.</translation>
    </message>
    <message>
        <source>SendGrid only sends from a verified Sender Identity: verify the single sender address or authenticate the domain under Settings &gt; Sender Authentication.</source>
        <comment>hint/sendgrid/sender</comment>
        <translation>SendGrid n&apos;envoie que depuis une Sender Identity vérifiée&#xa0;: vérifiez l&apos;adresse d&apos;expéditeur individuelle ou authentifiez le domaine sous Settings &gt; Sender Authentication.</translation>
    </message>
    <message>
        <source>Mailgun uses separate SMTP credentials for each sending domain (for example postmaster@mg.example.com), not your dashboard password. Domains in the EU region use smtp.eu.mailgun.org.</source>
        <comment>hint/mailgun/auth</comment>
        <translation>Mailgun utilise des identifiants SMTP distincts pour chaque domaine d&apos;envoi (par exemple postmaster@mg.example.com), et non le mot de passe de votre tableau de bord. Les domaines de la région UE utilisent smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Postmark: enter the Server API Token as both user name and password (the Account token does not work), or an SMTP token&apos;s access and secret key. The From address must be a confirmed Sender Signature or on a verified domain.</source>
        <comment>hint/postmark/auth</comment>
        <translation>Postmark&#xa0;: saisissez le Server API Token à la fois comme nom d&apos;utilisateur et comme mot de passe (l&apos;Account token ne fonctionne pas), ou la clé d&apos;accès et la clé secrète d&apos;un jeton SMTP. L&apos;adresse d&apos;expéditeur doit être une Sender Signature confirmée ou appartenir à un domaine vérifié.</translation>
    </message>
    <message>
        <source>Postmark listens on 25, 587 and 2525 with STARTTLS only; port 465 does not work.</source>
        <comment>hint/postmark/net</comment>
        <translation>Postmark écoute sur 25, 587 et 2525 uniquement avec STARTTLS&#xa0;; le port 465 ne fonctionne pas.</translation>
    </message>
    <message>
        <source>SMTP2GO signs in with an SMTP User from Sending &gt; SMTP Users, which is separate from the dashboard login.</source>
        <comment>hint/smtp2go/auth</comment>
        <translation>SMTP2GO s&apos;authentifie avec un SMTP User créé sous Sending &gt; SMTP Users, distinct de l&apos;identifiant du tableau de bord.</translation>
    </message>
    <message>
        <source>Brevo signs in with the SMTP login shown under SMTP &amp; API &gt; SMTP and an SMTP key (starting xsmtpsib-), not an API key (xkeysib-). Brevo also blocks unknown IP addresses: add yours under Settings &gt; Security &gt; Authorized IPs.</source>
        <comment>hint/brevo/auth</comment>
        <translation>Brevo s&apos;authentifie avec l&apos;identifiant SMTP affiché sous SMTP &amp; API &gt; SMTP et une clé SMTP (commençant par xsmtpsib-), et non une clé API (xkeysib-). Brevo bloque aussi les adresses IP inconnues&#xa0;: ajoutez la vôtre sous Paramètres &gt; Sécurité &gt; IP autorisées.</translation>
    </message>
    <message>
        <source>Zoho: the server depends on your data centre and plan (smtp.zoho.eu, smtppro.zoho.com for paid organisations, ...). With two-factor sign-in you need an application-specific password. The From address must be your own address or an alias set up in Zoho.</source>
        <comment>hint/zoho/auth</comment>
        <translation>Zoho&#xa0;: le serveur dépend de votre centre de données et de votre offre (smtp.zoho.eu, smtppro.zoho.com pour les organisations payantes, ...). Avec l&apos;authentification à deux facteurs, il vous faut un mot de passe propre à l&apos;application. L&apos;adresse d&apos;expéditeur doit être votre propre adresse ou un alias configuré dans Zoho.</translation>
    </message>
    <message>
        <source>Yahoo and AOL need an app password (Account security &gt; Generate app password). With the normal password Yahoo answers &quot;Too many bad auth attempts&quot; even on the first try.</source>
        <comment>hint/yahoo/auth</comment>
        <translation>Yahoo et AOL nécessitent un mot de passe d&apos;application (Sécurité du compte &gt; Générer un mot de passe d&apos;application). Avec le mot de passe normal, Yahoo répond «&#xa0;Too many bad auth attempts&#xa0;» dès la première tentative.</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password made at appleid.apple.com (two-factor authentication required) and the full iCloud address as user name.</source>
        <comment>hint/icloud/auth</comment>
        <translation>iCloud Mail nécessite un mot de passe pour app créé sur appleid.apple.com (identification à deux facteurs requise) et l&apos;adresse iCloud complète comme nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>iCloud Mail allows 1,000 messages and 1,000 recipients a day and 500 recipients per message.</source>
        <comment>hint/icloud/limit</comment>
        <translation>iCloud Mail autorise 1&#xa0;000 messages et 1&#xa0;000 destinataires par jour, et 500 destinataires par message.</translation>
    </message>
    <message>
        <source>GMX and WEB.DE only allow mail programs after you switch on access by POP3 and IMAP once in the mailbox settings on the web. WEB.DE may expect only the part of the address before the @ as user name.</source>
        <comment>hint/gmx/auth</comment>
        <translation>GMX et WEB.DE n&apos;autorisent les logiciels de messagerie qu&apos;une fois l&apos;accès par POP3 et IMAP activé dans les paramètres de la boîte aux lettres sur le web. WEB.DE peut n&apos;attendre que la partie de l&apos;adresse avant le @ comme nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>421: service not available, closing the connection (RFC 5321 section 4.2.3)</source>
        <comment>code/421</comment>
        <translation>421&#xa0;: service non disponible, fermeture de la connexion (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>432: a password transition is needed (RFC 4954 section 6)</source>
        <comment>code/432</comment>
        <translation>432&#xa0;: une transition de mot de passe est nécessaire (RFC 4954, section 6)</translation>
    </message>
    <message>
        <source>450: mailbox unavailable for now, e.g. busy or temporarily blocked for policy reasons (RFC 5321 section 4.2.3)</source>
        <comment>code/450</comment>
        <translation>450&#xa0;: boîte aux lettres momentanément indisponible, p. ex. occupée ou bloquée temporairement pour des raisons de politique (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>451: action aborted, local error in processing (RFC 5321 section 4.2.3)</source>
        <comment>code/451</comment>
        <translation>451&#xa0;: action interrompue, erreur locale de traitement (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>452: insufficient system storage, also used for too many recipients (RFC 5321 sections 4.2.3 and 4.5.3.1.10)</source>
        <comment>code/452</comment>
        <translation>452&#xa0;: espace de stockage système insuffisant, également utilisé pour un trop grand nombre de destinataires (RFC 5321, sections 4.2.3 et 4.5.3.1.10)</translation>
    </message>
    <message>
        <source>454: temporary authentication failure (RFC 4954), or TLS not available for a temporary reason (RFC 3207)</source>
        <comment>code/454</comment>
        <translation>454&#xa0;: échec temporaire de l&apos;authentification (RFC 4954), ou TLS indisponible pour une raison temporaire (RFC 3207)</translation>
    </message>
    <message>
        <source>455: server unable to accommodate parameters (RFC 5321 section 4.2.3)</source>
        <comment>code/455</comment>
        <translation>455&#xa0;: le serveur ne peut pas prendre en compte les paramètres (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>500: syntax error, command unrecognised, or authentication line too long (RFC 5321, RFC 4954)</source>
        <comment>code/500</comment>
        <translation>500&#xa0;: erreur de syntaxe, commande non reconnue, ou ligne d&apos;authentification trop longue (RFC 5321, RFC 4954)</translation>
    </message>
    <message>
        <source>501: syntax error in parameters or arguments (RFC 5321 section 4.2.3)</source>
        <comment>code/501</comment>
        <translation>501&#xa0;: erreur de syntaxe dans les paramètres ou arguments (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>502: command not implemented (RFC 5321 section 4.2.3)</source>
        <comment>code/502</comment>
        <translation>502&#xa0;: commande non implémentée (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>503: bad sequence of commands (RFC 5321 section 4.2.3)</source>
        <comment>code/503</comment>
        <translation>503&#xa0;: mauvaise séquence de commandes (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>504: command parameter not implemented; for AUTH: unrecognised mechanism (RFC 5321, RFC 4954)</source>
        <comment>code/504</comment>
        <translation>504&#xa0;: paramètre de commande non implémenté&#xa0;; pour AUTH&#xa0;: mécanisme non reconnu (RFC 5321, RFC 4954)</translation>
    </message>
    <message>
        <source>521: this host does not accept mail (RFC 7504)</source>
        <comment>code/521</comment>
        <translation>521&#xa0;: cet hôte n&apos;accepte pas de courrier (RFC 7504)</translation>
    </message>
    <message>
        <source>530: authentication required (RFC 4954), or STARTTLS must come first (RFC 3207)</source>
        <comment>code/530</comment>
        <translation>530&#xa0;: authentification requise (RFC 4954), ou STARTTLS doit venir d&apos;abord (RFC 3207)</translation>
    </message>
    <message>
        <source>534: authentication mechanism is too weak (RFC 4954 section 6)</source>
        <comment>code/534</comment>
        <translation>534&#xa0;: mécanisme d&apos;authentification trop faible (RFC 4954, section 6)</translation>
    </message>
    <message>
        <source>535: authentication credentials invalid (RFC 4954 section 6)</source>
        <comment>code/535</comment>
        <translation>535&#xa0;: identifiants d&apos;authentification non valides (RFC 4954, section 6)</translation>
    </message>
    <message>
        <source>538: encryption required for the requested authentication mechanism (RFC 4954 section 6)</source>
        <comment>code/538</comment>
        <translation>538&#xa0;: chiffrement requis pour le mécanisme d&apos;authentification demandé (RFC 4954, section 6)</translation>
    </message>
    <message>
        <source>550: action not taken, mailbox unavailable, no access or refused for policy reasons (RFC 5321 section 4.2.3)</source>
        <comment>code/550</comment>
        <translation>550&#xa0;: action non effectuée, boîte aux lettres indisponible, pas d&apos;accès ou refus pour des raisons de politique (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>551: user not local (RFC 5321 section 4.2.3)</source>
        <comment>code/551</comment>
        <translation>551&#xa0;: utilisateur non local (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>552: exceeded storage allocation, also used for messages too large (RFC 5321 section 4.2.3)</source>
        <comment>code/552</comment>
        <translation>552&#xa0;: espace de stockage alloué dépassé, également utilisé pour les messages trop volumineux (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>553: mailbox name not allowed, e.g. bad address syntax (RFC 5321 section 4.2.3)</source>
        <comment>code/553</comment>
        <translation>553&#xa0;: nom de boîte aux lettres non autorisé, p. ex. syntaxe d&apos;adresse incorrecte (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>554: transaction failed; as a greeting: no SMTP service here (RFC 5321 section 4.2.3)</source>
        <comment>code/554</comment>
        <translation>554&#xa0;: échec de la transaction&#xa0;; en guise d&apos;accueil&#xa0;: pas de service SMTP ici (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>555: MAIL FROM/RCPT TO parameters not recognised or not implemented (RFC 5321 section 4.2.3)</source>
        <comment>code/555</comment>
        <translation>555&#xa0;: paramètres MAIL FROM/RCPT TO non reconnus ou non implémentés (RFC 5321, section 4.2.3)</translation>
    </message>
    <message>
        <source>556: the domain does not accept mail (RFC 7504)</source>
        <comment>code/556</comment>
        <translation>556&#xa0;: le domaine n&apos;accepte pas de courrier (RFC 7504)</translation>
    </message>
    <message>
        <source>success</source>
        <comment>class/2</comment>
        <translation>succès</translation>
    </message>
    <message>
        <source>temporary failure, trying again may work</source>
        <comment>class/4</comment>
        <translation>échec temporaire, une nouvelle tentative peut réussir</translation>
    </message>
    <message>
        <source>permanent failure, something must change</source>
        <comment>class/5</comment>
        <translation>échec permanent, quelque chose doit changer</translation>
    </message>
    <message>
        <source>other or undefined status</source>
        <comment>subject/0</comment>
        <translation>état autre ou non défini</translation>
    </message>
    <message>
        <source>addressing status</source>
        <comment>subject/1</comment>
        <translation>état de l&apos;adressage</translation>
    </message>
    <message>
        <source>mailbox status</source>
        <comment>subject/2</comment>
        <translation>état de la boîte aux lettres</translation>
    </message>
    <message>
        <source>mail system status</source>
        <comment>subject/3</comment>
        <translation>état du système de messagerie</translation>
    </message>
    <message>
        <source>network and routing status</source>
        <comment>subject/4</comment>
        <translation>état du réseau et du routage</translation>
    </message>
    <message>
        <source>mail delivery protocol status</source>
        <comment>subject/5</comment>
        <translation>état du protocole de distribution du courrier</translation>
    </message>
    <message>
        <source>message content or media status</source>
        <comment>subject/6</comment>
        <translation>état du contenu ou du média du message</translation>
    </message>
    <message>
        <source>security or policy status</source>
        <comment>subject/7</comment>
        <translation>état de la sécurité ou de la politique</translation>
    </message>
    <message>
        <source>bad destination mailbox address</source>
        <comment>detail/x.1.1</comment>
        <translation>adresse de la boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <source>bad destination system address</source>
        <comment>detail/x.1.2</comment>
        <translation>adresse du système de destination incorrecte</translation>
    </message>
    <message>
        <source>bad destination mailbox address syntax</source>
        <comment>detail/x.1.3</comment>
        <translation>syntaxe de l&apos;adresse de la boîte aux lettres de destination incorrecte</translation>
    </message>
    <message>
        <source>bad sender&apos;s mailbox address syntax</source>
        <comment>detail/x.1.7</comment>
        <translation>syntaxe de l&apos;adresse de la boîte aux lettres de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <source>bad sender&apos;s system address</source>
        <comment>detail/x.1.8</comment>
        <translation>adresse du système de l&apos;expéditeur incorrecte</translation>
    </message>
    <message>
        <source>recipient address has null MX</source>
        <comment>detail/x.1.10</comment>
        <translation>l&apos;adresse du destinataire a un MX nul</translation>
    </message>
    <message>
        <source>mailbox disabled, not accepting messages</source>
        <comment>detail/x.2.1</comment>
        <translation>boîte aux lettres désactivée, n&apos;accepte pas de messages</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>detail/x.2.2</comment>
        <translation>boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>message length exceeds administrative limit</source>
        <comment>detail/x.2.3</comment>
        <translation>la taille du message dépasse la limite administrative</translation>
    </message>
    <message>
        <source>mail system full</source>
        <comment>detail/x.3.1</comment>
        <translation>système de messagerie plein</translation>
    </message>
    <message>
        <source>system not accepting network messages</source>
        <comment>detail/x.3.2</comment>
        <translation>le système n&apos;accepte pas les messages du réseau</translation>
    </message>
    <message>
        <source>message too big for system</source>
        <comment>detail/x.3.4</comment>
        <translation>message trop volumineux pour le système</translation>
    </message>
    <message>
        <source>system incorrectly configured</source>
        <comment>detail/x.3.5</comment>
        <translation>système mal configuré</translation>
    </message>
    <message>
        <source>no answer from host</source>
        <comment>detail/x.4.1</comment>
        <translation>pas de réponse de l&apos;hôte</translation>
    </message>
    <message>
        <source>bad connection</source>
        <comment>detail/x.4.2</comment>
        <translation>mauvaise connexion</translation>
    </message>
    <message>
        <source>directory server (DNS) failure</source>
        <comment>detail/x.4.3</comment>
        <translation>échec du serveur d&apos;annuaire (DNS)</translation>
    </message>
    <message>
        <source>unable to route</source>
        <comment>detail/x.4.4</comment>
        <translation>routage impossible</translation>
    </message>
    <message>
        <source>mail system congestion</source>
        <comment>detail/x.4.5</comment>
        <translation>congestion du système de messagerie</translation>
    </message>
    <message>
        <source>delivery time expired</source>
        <comment>detail/x.4.7</comment>
        <translation>délai de distribution expiré</translation>
    </message>
    <message>
        <source>invalid command</source>
        <comment>detail/x.5.1</comment>
        <translation>commande non valide</translation>
    </message>
    <message>
        <source>syntax error</source>
        <comment>detail/x.5.2</comment>
        <translation>erreur de syntaxe</translation>
    </message>
    <message>
        <source>too many recipients</source>
        <comment>detail/x.5.3</comment>
        <translation>trop de destinataires</translation>
    </message>
    <message>
        <source>invalid command arguments</source>
        <comment>detail/x.5.4</comment>
        <translation>arguments de commande non valides</translation>
    </message>
    <message>
        <source>authentication exchange line is too long (RFC 4954)</source>
        <comment>detail/x.5.6</comment>
        <translation>la ligne d&apos;échange d&apos;authentification est trop longue (RFC 4954)</translation>
    </message>
    <message>
        <source>other or undefined media error</source>
        <comment>detail/x.6.0</comment>
        <translation>autre erreur de média ou erreur non définie</translation>
    </message>
    <message>
        <source>other or undefined security status</source>
        <comment>detail/x.7.0</comment>
        <translation>autre état de sécurité ou état non défini</translation>
    </message>
    <message>
        <source>delivery not authorised, message refused</source>
        <comment>detail/x.7.1</comment>
        <translation>distribution non autorisée, message refusé</translation>
    </message>
    <message>
        <source>mailing list expansion prohibited</source>
        <comment>detail/x.7.2</comment>
        <translation>développement de liste de diffusion interdit</translation>
    </message>
    <message>
        <source>security conversion required but not possible (Microsoft uses 5.7.3 for a failed sign-in)</source>
        <comment>detail/x.7.3</comment>
        <translation>conversion de sécurité requise mais impossible (Microsoft utilise 5.7.3 pour un échec d&apos;authentification)</translation>
    </message>
    <message>
        <source>security features not supported</source>
        <comment>detail/x.7.4</comment>
        <translation>fonctions de sécurité non prises en charge</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <comment>detail/x.7.5</comment>
        <translation>échec cryptographique</translation>
    </message>
    <message>
        <source>cryptographic algorithm not supported</source>
        <comment>detail/x.7.6</comment>
        <translation>algorithme cryptographique non pris en charge</translation>
    </message>
    <message>
        <source>message integrity failure</source>
        <comment>detail/x.7.7</comment>
        <translation>échec de l&apos;intégrité du message</translation>
    </message>
    <message>
        <source>authentication credentials invalid (RFC 4954)</source>
        <comment>detail/x.7.8</comment>
        <translation>identifiants d&apos;authentification non valides (RFC 4954)</translation>
    </message>
    <message>
        <source>authentication mechanism is too weak (RFC 4954)</source>
        <comment>detail/x.7.9</comment>
        <translation>mécanisme d&apos;authentification trop faible (RFC 4954)</translation>
    </message>
    <message>
        <source>encryption needed (RFC 5248)</source>
        <comment>detail/x.7.10</comment>
        <translation>chiffrement nécessaire (RFC 5248)</translation>
    </message>
    <message>
        <source>encryption required for requested authentication mechanism (RFC 4954)</source>
        <comment>detail/x.7.11</comment>
        <translation>chiffrement requis pour le mécanisme d&apos;authentification demandé (RFC 4954)</translation>
    </message>
    <message>
        <source>a password transition is needed (RFC 4954)</source>
        <comment>detail/x.7.12</comment>
        <translation>une transition de mot de passe est nécessaire (RFC 4954)</translation>
    </message>
    <message>
        <source>user account disabled (RFC 5248)</source>
        <comment>detail/x.7.13</comment>
        <translation>compte utilisateur désactivé (RFC 5248)</translation>
    </message>
    <message>
        <source>trust relationship required (RFC 5248); Google: sign in with a web browser first</source>
        <comment>detail/x.7.14</comment>
        <translation>relation de confiance requise (RFC 5248)&#xa0;; Google&#xa0;: connectez-vous d&apos;abord dans un navigateur web</translation>
    </message>
    <message>
        <source>priority level is too low (RFC 6710)</source>
        <comment>detail/x.7.15</comment>
        <translation>niveau de priorité trop bas (RFC 6710)</translation>
    </message>
    <message>
        <source>message is too big for the specified priority (RFC 6710)</source>
        <comment>detail/x.7.16</comment>
        <translation>message trop volumineux pour la priorité indiquée (RFC 6710)</translation>
    </message>
    <message>
        <source>mailbox owner has changed (RFC 7293)</source>
        <comment>detail/x.7.17</comment>
        <translation>le propriétaire de la boîte aux lettres a changé (RFC 7293)</translation>
    </message>
    <message>
        <source>domain owner has changed (RFC 7293)</source>
        <comment>detail/x.7.18</comment>
        <translation>le propriétaire du domaine a changé (RFC 7293)</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed (RFC 7293)</source>
        <comment>detail/x.7.19</comment>
        <translation>le test RRVS ne peut pas être effectué (RFC 7293)</translation>
    </message>
    <message>
        <source>no passing DKIM signature found (RFC 7372)</source>
        <comment>detail/x.7.20</comment>
        <translation>aucune signature DKIM valide trouvée (RFC 7372)</translation>
    </message>
    <message>
        <source>no acceptable DKIM signature found (RFC 7372)</source>
        <comment>detail/x.7.21</comment>
        <translation>aucune signature DKIM acceptable trouvée (RFC 7372)</translation>
    </message>
    <message>
        <source>no valid author-matched DKIM signature found (RFC 7372)</source>
        <comment>detail/x.7.22</comment>
        <translation>aucune signature DKIM valide correspondant à l&apos;auteur trouvée (RFC 7372)</translation>
    </message>
    <message>
        <source>SPF validation failed (RFC 7372)</source>
        <comment>detail/x.7.23</comment>
        <translation>échec de la validation SPF (RFC 7372)</translation>
    </message>
    <message>
        <source>SPF validation error (RFC 7372)</source>
        <comment>detail/x.7.24</comment>
        <translation>erreur de validation SPF (RFC 7372)</translation>
    </message>
    <message>
        <source>reverse DNS validation failed (RFC 7372)</source>
        <comment>detail/x.7.25</comment>
        <translation>échec de la validation du DNS inverse (RFC 7372)</translation>
    </message>
    <message>
        <source>multiple authentication checks failed (RFC 7372)</source>
        <comment>detail/x.7.26</comment>
        <translation>plusieurs contrôles d&apos;authentification ont échoué (RFC 7372)</translation>
    </message>
    <message>
        <source>sender address has null MX (RFC 7505)</source>
        <comment>detail/x.7.27</comment>
        <translation>l&apos;adresse de l&apos;expéditeur a un MX nul (RFC 7505)</translation>
    </message>
    <message>
        <source>Microsoft: client not authenticated to send mail</source>
        <comment>detail/x.7.57</comment>
        <translation>Microsoft&#xa0;: client non authentifié pour envoyer des e-mails</translation>
    </message>
    <message>
        <source>Microsoft: no permission to send as this sender</source>
        <comment>detail/x.7.60</comment>
        <translation>Microsoft&#xa0;: pas d&apos;autorisation d&apos;envoyer en tant que cet expéditeur</translation>
    </message>
    <message>
        <source>Microsoft: relay access denied, the connector does not recognise the sender (TenantAttribution)</source>
        <comment>detail/x.7.64</comment>
        <translation>Microsoft&#xa0;: relais refusé, le connecteur ne reconnaît pas l&apos;expéditeur (TenantAttribution)</translation>
    </message>
    <message>
        <source>Microsoft: authentication unsuccessful, SMTP AUTH disabled or blocked by policy</source>
        <comment>detail/x.7.139</comment>
        <translation>Microsoft&#xa0;: échec de l&apos;authentification, SMTP AUTH désactivé ou bloqué par une stratégie</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in. Most often sending from apps (SMTP AUTH) is switched off for this mailbox or the whole organisation, or password sign-in has been retired; a wrong password is the less likely cause.</source>
        <comment>ctx-microsoft-535/summary</comment>
        <translation>Microsoft a refusé l&apos;authentification. Le plus souvent, l&apos;envoi depuis des applications (SMTP AUTH) est désactivé pour cette boîte aux lettres ou pour toute l&apos;organisation, ou l&apos;authentification par mot de passe a été retirée&#xa0;; un mot de passe erroné est la cause la moins probable.</translation>
    </message>
    <message>
        <source>The server refused the connection straight away, before any command. Usually your IP address is blocked there, or this is not a mail server that takes mail from you.</source>
        <comment>554-connect/summary</comment>
        <translation>Le serveur a refusé la connexion d&apos;emblée, avant toute commande. En général, votre adresse IP y est bloquée, ou ce n&apos;est pas un serveur de messagerie qui accepte votre courrier.</translation>
    </message>
    <message>
        <source>The message was accepted</source>
        <comment>ok.accepted/title</comment>
        <translation>Le message a été accepté</translation>
    </message>
    <message>
        <source>The server took the message. From here on it is the server&apos;s job to deliver it.</source>
        <comment>ok.accepted/summary</comment>
        <translation>Le serveur a pris le message. À partir de là, c&apos;est au serveur de le distribuer.</translation>
    </message>
    <message>
        <source>The settings, the sign-in and the message were all accepted.</source>
        <comment>ok.accepted/causes</comment>
        <translation>Les paramètres, l&apos;authentification et le message ont tous été acceptés.</translation>
    </message>
    <message>
        <source>Nothing to fix. If the message does not arrive, look in the recipient&apos;s spam folder.
If it never arrives, the receiving side may have dropped it later: check SPF, DKIM and DMARC for your domain.</source>
        <comment>ok.accepted/fixes</comment>
        <translation>Rien à corriger. Si le message n&apos;arrive pas, regardez dans le dossier de courrier indésirable du destinataire.
S&apos;il n&apos;arrive jamais, le côté destinataire l&apos;a peut-être écarté ensuite&#xa0;: vérifiez SPF, DKIM et DMARC pour votre domaine.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.1 (2xx replies)</source>
        <comment>ok.accepted/reference</comment>
        <translation>RFC 5321, section 4.2.1 (réponses 2xx)</translation>
    </message>
    <message>
        <source>The server name does not exist</source>
        <comment>net.host_not_found/title</comment>
        <translation>Le nom du serveur n&apos;existe pas</translation>
    </message>
    <message>
        <source>The name of the outgoing mail server could not be looked up, so there was nothing to connect to.</source>
        <comment>net.host_not_found/summary</comment>
        <translation>Le nom du serveur sortant n&apos;a pas pu être résolu&#xa0;; il n&apos;y avait donc rien à quoi se connecter.</translation>
    </message>
    <message>
        <source>The server name is mistyped (for example &quot;smtp.gmial.com&quot;).
The name belongs to a service that does not exist in that form (for Amazon SES: a region without a mail endpoint).
This computer has no working internet connection or DNS server.</source>
        <comment>net.host_not_found/causes</comment>
        <translation>Le nom du serveur est mal saisi (par exemple «&#xa0;smtp.gmial.com&#xa0;»).
Le nom correspond à un service qui n&apos;existe pas sous cette forme (pour Amazon SES&#xa0;: une région sans point de terminaison de messagerie).
Cet ordinateur n&apos;a pas de connexion Internet ou de serveur DNS fonctionnel.</translation>
    </message>
    <message>
        <source>Compare the server name letter by letter with your provider&apos;s instructions, or pick the provider from the list.
Check that this computer can open web pages.
If you are on a company network, ask whether outside names are blocked.</source>
        <comment>net.host_not_found/fixes</comment>
        <translation>Comparez le nom du serveur lettre par lettre avec les instructions de votre fournisseur, ou choisissez le fournisseur dans la liste.
Vérifiez que cet ordinateur peut ouvrir des pages web.
Si vous êtes sur un réseau d&apos;entreprise, demandez si les noms extérieurs sont bloqués.</translation>
    </message>
    <message>
        <source>DNS lookup (RFC 1035); RFC 5321 section 5.1</source>
        <comment>net.host_not_found/reference</comment>
        <translation>Résolution DNS (RFC 1035)&#xa0;; RFC 5321, section 5.1</translation>
    </message>
    <message>
        <source>Nothing answers on this port</source>
        <comment>net.connection_refused/title</comment>
        <translation>Rien ne répond sur ce port</translation>
    </message>
    <message>
        <source>The server was reached, but it turned the connection away at once: no mail service listens on this port.</source>
        <comment>net.connection_refused/summary</comment>
        <translation>Le serveur a été joint, mais il a immédiatement refusé la connexion&#xa0;: aucun service de messagerie n&apos;écoute sur ce port.</translation>
    </message>
    <message>
        <source>The port number is wrong for this server.
A firewall on the way rejects the connection.
The mail service on the server is not running.</source>
        <comment>net.connection_refused/causes</comment>
        <translation>Le numéro de port est incorrect pour ce serveur.
Un pare-feu sur le trajet rejette la connexion.
Le service de messagerie du serveur ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Check the port in your provider&apos;s instructions: usually 587 with STARTTLS or 465 with TLS from the start.
If you run the server yourself, check that it is running and listening on this port.</source>
        <comment>net.connection_refused/fixes</comment>
        <translation>Vérifiez le port dans les instructions de votre fournisseur : en général 587 avec STARTTLS ou 465 avec « TLS dès le départ ».
Si vous gérez vous-même le serveur, vérifiez qu&apos;il fonctionne et qu&apos;il écoute sur ce port.</translation>
    </message>
    <message>
        <source>TCP connection refused; ports: RFC 6409 (587), RFC 8314 (465)</source>
        <comment>net.connection_refused/reference</comment>
        <translation>Connexion TCP refusée&#xa0;; ports&#xa0;: RFC 6409 (587), RFC 8314 (465)</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <comment>net.timeout/title</comment>
        <translation>Pas de réponse du serveur</translation>
    </message>
    <message>
        <source>Sendcheck waited, but the server did not answer in time. Most often something between you and the server silently drops the connection.</source>
        <comment>net.timeout/summary</comment>
        <translation>Sendcheck a attendu, mais le serveur n&apos;a pas répondu à temps. Le plus souvent, un élément entre vous et le serveur abandonne la connexion sans rien dire.</translation>
    </message>
    <message>
        <source>Your internet provider, cloud host or firewall blocks this mail port (port 25 is blocked very often, 587 and 465 sometimes).
An antivirus &quot;mail shield&quot; holds the connection.
The server is down or overloaded.
The security setting does not fit the port, and both sides wait for each other.</source>
        <comment>net.timeout/causes</comment>
        <translation>Votre fournisseur d&apos;accès, votre hébergeur cloud ou votre pare-feu bloque ce port de messagerie (le port 25 est très souvent bloqué, 587 et 465 parfois).
Le «&#xa0;bouclier e-mail&#xa0;» d&apos;un antivirus retient la connexion.
Le serveur est en panne ou surchargé.
Le réglage de sécurité ne correspond pas au port, et les deux côtés s&apos;attendent mutuellement.</translation>
    </message>
    <message>
        <source>Try another network (for example a phone hotspot) to see whether your network blocks the port.
Switch off the antivirus mail scanning for a test.
On a cloud server, ask the provider to lift the block on port 25, or use 587 or 465.</source>
        <comment>net.timeout/fixes</comment>
        <translation>Essayez un autre réseau (par exemple le partage de connexion d&apos;un téléphone) pour voir si votre réseau bloque le port.
Désactivez l&apos;analyse des e-mails de l&apos;antivirus le temps d&apos;un test.
Sur un serveur cloud, demandez au fournisseur de lever le blocage du port 25, ou utilisez 587 ou 465.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.5.3.2 (timeouts); ports: RFC 6409, RFC 8314</source>
        <comment>net.timeout/reference</comment>
        <translation>RFC 5321, section 4.5.3.2 (délais)&#xa0;; ports&#xa0;: RFC 6409, RFC 8314</translation>
    </message>
    <message>
        <source>The connection broke off</source>
        <comment>net.connection_lost/title</comment>
        <translation>La connexion a été interrompue</translation>
    </message>
    <message>
        <source>The connection to the server ended in the middle of the conversation, without a reply that says why.</source>
        <comment>net.connection_lost/summary</comment>
        <translation>La connexion au serveur s&apos;est terminée au milieu de la conversation, sans réponse indiquant pourquoi.</translation>
    </message>
    <message>
        <source>The server closed the connection because it did not like something (often too many attempts, or your address is blocked).
The network connection dropped.
A firewall or antivirus cut the connection.</source>
        <comment>net.connection_lost/causes</comment>
        <translation>Le serveur a fermé la connexion parce que quelque chose ne lui a pas plu (souvent trop de tentatives, ou votre adresse est bloquée).
La connexion réseau a été coupée.
Un pare-feu ou un antivirus a coupé la connexion.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.
If it breaks at the same step every time, look at the transcript to see what was sent last.
Try from another network to rule out a firewall.</source>
        <comment>net.connection_lost/fixes</comment>
        <translation>Réessayez dans quelques minutes.
Si la coupure se produit toujours à la même étape, regardez dans la transcription ce qui a été envoyé en dernier.
Essayez depuis un autre réseau pour écarter un pare-feu.</translation>
    </message>
    <message>
        <source>RFC 5321 section 3.8 (terminating sessions)</source>
        <comment>net.connection_lost/reference</comment>
        <translation>RFC 5321, section 3.8 (fin de session)</translation>
    </message>
    <message>
        <source>The security setting does not fit the port</source>
        <comment>net.security_mode_mismatch/title</comment>
        <translation>Le réglage de sécurité ne correspond pas au port</translation>
    </message>
    <message>
        <source>RFC 3207 (STARTTLS), RFC 8314 section 3 (implicit TLS, port 465)</source>
        <comment>net.security_mode_mismatch/reference</comment>
        <translation>RFC 3207 (STARTTLS), RFC 8314, section 3 (TLS implicite, port 465)</translation>
    </message>
    <message>
        <source>The server does not offer encryption</source>
        <comment>tls.starttls_unavailable/title</comment>
        <translation>Le serveur ne propose pas de chiffrement</translation>
    </message>
    <message>
        <source>Encryption with STARTTLS was required, but the server did not offer it or refused it. Sendcheck stopped rather than send anything unencrypted.</source>
        <comment>tls.starttls_unavailable/summary</comment>
        <translation>Le chiffrement par STARTTLS était exigé, mais le serveur ne l&apos;a pas proposé ou l&apos;a refusé. Sendcheck s&apos;est arrêté plutôt que d&apos;envoyer quoi que ce soit sans chiffrement.</translation>
    </message>
    <message>
        <source>RFC 3207 sections 4 and 4.1</source>
        <comment>tls.starttls_unavailable/reference</comment>
        <translation>RFC 3207, sections 4 et 4.1</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up</source>
        <comment>tls.handshake_failed/title</comment>
        <translation>La connexion chiffrée n&apos;a pas pu être établie</translation>
    </message>
    <message>
        <source>Sendcheck and the server could not agree on how to encrypt the connection.</source>
        <comment>tls.handshake_failed/summary</comment>
        <translation>Sendcheck et le serveur n&apos;ont pas pu s&apos;accorder sur la façon de chiffrer la connexion.</translation>
    </message>
    <message>
        <source>The server only speaks old TLS versions (1.0 or 1.1) that are no longer considered safe, or only newer ones this system lacks.
The two sides have no encryption method in common.
A proxy or antivirus interferes with the connection.</source>
        <comment>tls.handshake_failed/causes</comment>
        <translation>Le serveur ne parle que d&apos;anciennes versions de TLS (1.0 ou 1.1), qui ne sont plus considérées comme sûres, ou seulement des versions plus récentes qui manquent à ce système.
Les deux côtés n&apos;ont aucune méthode de chiffrement en commun.
Un proxy ou un antivirus perturbe la connexion.</translation>
    </message>
    <message>
        <source>Check the security setting and the port against your provider&apos;s instructions.
If the server is old, ask its administrator to enable TLS 1.2 or newer.
Switch off antivirus mail scanning for a test.</source>
        <comment>tls.handshake_failed/fixes</comment>
        <translation>Vérifiez le réglage de sécurité et le port d&apos;après les instructions de votre fournisseur.
Si le serveur est ancien, demandez à son administrateur d&apos;activer TLS 1.2 ou plus récent.
Désactivez l&apos;analyse des e-mails de l&apos;antivirus le temps d&apos;un test.</translation>
    </message>
    <message>
        <source>RFC 8446 (TLS 1.3), RFC 8996 (TLS 1.0/1.1 retired)</source>
        <comment>tls.handshake_failed/reference</comment>
        <translation>RFC 8446 (TLS 1.3), RFC 8996 (retrait de TLS 1.0/1.1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <comment>tls.certificate_untrusted/title</comment>
        <translation>Le certificat du serveur n&apos;est pas approuvé</translation>
    </message>
    <message>
        <source>The server showed a certificate that no trusted authority vouches for, so Sendcheck cannot be sure it is talking to the real server.</source>
        <comment>tls.certificate_untrusted/summary</comment>
        <translation>Le serveur a présenté un certificat qu&apos;aucune autorité de confiance ne garantit&#xa0;; Sendcheck ne peut donc pas être sûr de parler au vrai serveur.</translation>
    </message>
    <message>
        <source>An antivirus or company proxy intercepts encrypted mail and shows its own certificate.
The server uses a self-made (self-signed) certificate.
The server does not send the intermediate certificates.</source>
        <comment>tls.certificate_untrusted/causes</comment>
        <translation>Un antivirus ou un proxy d&apos;entreprise intercepte le courrier chiffré et présente son propre certificat.
Le serveur utilise un certificat fait maison (autosigné).
Le serveur n&apos;envoie pas les certificats intermédiaires.</translation>
    </message>
    <message>
        <source>If an antivirus scans e-mail, switch that feature off for a test.
If this is your own server, install a certificate from a public authority (for example Let&apos;s Encrypt) including the chain.
Only if you know the server and its certificate: trust that one certificate explicitly in the profile. Never switch checks off in general.</source>
        <comment>tls.certificate_untrusted/fixes</comment>
        <translation>Si un antivirus analyse les e-mails, désactivez cette fonction le temps d&apos;un test.
S&apos;il s&apos;agit de votre propre serveur, installez un certificat d&apos;une autorité publique (par exemple Let&apos;s Encrypt), chaîne comprise.
Seulement si vous connaissez le serveur et son certificat&#xa0;: approuvez explicitement ce certificat précis dans le profil. Ne désactivez jamais les vérifications de manière générale.</translation>
    </message>
    <message>
        <source>RFC 5280 section 6 (path validation)</source>
        <comment>tls.certificate_untrusted/reference</comment>
        <translation>RFC 5280, section 6 (validation du chemin)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <comment>tls.certificate_expired/title</comment>
        <translation>Le certificat du serveur a expiré</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is outside its validity period, so it cannot prove who the server is.</source>
        <comment>tls.certificate_expired/summary</comment>
        <translation>Le certificat du serveur est en dehors de sa période de validité&#xa0;; il ne peut donc pas prouver l&apos;identité du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator did not renew the certificate in time.
This computer&apos;s date or time is wrong.</source>
        <comment>tls.certificate_expired/causes</comment>
        <translation>L&apos;administrateur du serveur n&apos;a pas renouvelé le certificat à temps.
La date ou l&apos;heure de cet ordinateur est fausse.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone.
Tell the server&apos;s administrator or your provider: the certificate must be renewed.
Do not switch certificate checks off to get around it.</source>
        <comment>tls.certificate_expired/fixes</comment>
        <translation>Vérifiez la date, l&apos;heure et le fuseau horaire de cet ordinateur.
Prévenez l&apos;administrateur du serveur ou votre fournisseur&#xa0;: le certificat doit être renouvelé.
Ne désactivez pas les vérifications de certificat pour contourner le problème.</translation>
    </message>
    <message>
        <source>RFC 5280 section 4.1.2.5 (validity)</source>
        <comment>tls.certificate_expired/reference</comment>
        <translation>RFC 5280, section 4.1.2.5 (validité)</translation>
    </message>
    <message>
        <source>The certificate is for a different name</source>
        <comment>tls.certificate_name_mismatch/title</comment>
        <translation>Le certificat est établi pour un autre nom</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid, but not for the server name you entered.</source>
        <comment>tls.certificate_name_mismatch/summary</comment>
        <translation>Le certificat du serveur est valide, mais pas pour le nom de serveur que vous avez saisi.</translation>
    </message>
    <message>
        <source>An IP address or a different alias was entered instead of the exact server name from the provider.
Your hosting company serves many domains and its certificate names only its own server name.
An antivirus or proxy intercepts the connection.</source>
        <comment>tls.certificate_name_mismatch/causes</comment>
        <translation>Une adresse IP ou un autre alias a été saisi au lieu du nom de serveur exact indiqué par le fournisseur.
Votre hébergeur sert de nombreux domaines et son certificat ne porte que son propre nom de serveur.
Un antivirus ou un proxy intercepte la connexion.</translation>
    </message>
    <message>
        <source>Enter the exact server name from your provider&apos;s instructions, not an IP address.
With shared hosting, use the hosting company&apos;s server name (often shown in the certificate details).
Switch off antivirus mail scanning for a test.</source>
        <comment>tls.certificate_name_mismatch/fixes</comment>
        <translation>Saisissez le nom de serveur exact indiqué dans les instructions de votre fournisseur, pas une adresse IP.
Avec un hébergement mutualisé, utilisez le nom de serveur de l&apos;hébergeur (souvent visible dans les détails du certificat).
Désactivez l&apos;analyse des e-mails de l&apos;antivirus le temps d&apos;un test.</translation>
    </message>
    <message>
        <source>RFC 6125 (server identity in certificates)</source>
        <comment>tls.certificate_name_mismatch/reference</comment>
        <translation>RFC 6125 (identité du serveur dans les certificats)</translation>
    </message>
    <message>
        <source>The server demands encryption first</source>
        <comment>tls.required/title</comment>
        <translation>Le serveur exige d&apos;abord le chiffrement</translation>
    </message>
    <message>
        <source>The server only continues over an encrypted connection, and this conversation was not encrypted.</source>
        <comment>tls.required/summary</comment>
        <translation>Le serveur ne continue que sur une connexion chiffrée, et cette conversation n&apos;était pas chiffrée.</translation>
    </message>
    <message>
        <source>The security setting is &quot;None&quot;.
STARTTLS was not used on a port that requires it.</source>
        <comment>tls.required/causes</comment>
        <translation>Le réglage de sécurité est «&#xa0;Aucune&#xa0;».
STARTTLS n&apos;a pas été utilisé sur un port qui l&apos;exige.</translation>
    </message>
    <message>
        <source>RFC 3207 section 4 (530 before STARTTLS)</source>
        <comment>tls.required/reference</comment>
        <translation>RFC 3207, section 4 (530 avant STARTTLS)</translation>
    </message>
    <message>
        <source>The server wants you to sign in</source>
        <comment>auth.required/title</comment>
        <translation>Le serveur demande une authentification</translation>
    </message>
    <message>
        <source>The server only accepts mail from users who have signed in, and this session did not sign in (or the sign-in did not count).</source>
        <comment>auth.required/summary</comment>
        <translation>Le serveur n&apos;accepte le courrier que des utilisateurs authentifiés, et cette session ne s&apos;est pas authentifiée (ou l&apos;authentification n&apos;a pas été prise en compte).</translation>
    </message>
    <message>
        <source>No user name and password are set for this server.
Sign-in is switched off in the settings (&quot;my server requires authentication&quot; not ticked).
The server only offers sign-in after encryption, and encryption was off.</source>
        <comment>auth.required/causes</comment>
        <translation>Aucun nom d&apos;utilisateur ni mot de passe n&apos;est défini pour ce serveur.
L&apos;authentification est désactivée dans les paramètres («&#xa0;mon serveur requiert une authentification&#xa0;» non coché).
Le serveur ne propose l&apos;authentification qu&apos;après le chiffrement, et le chiffrement était désactivé.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (530 5.7.0)</source>
        <comment>auth.required/reference</comment>
        <translation>RFC 4954, section 6 (530 5.7.0)</translation>
    </message>
    <message>
        <source>The server offers no sign-in</source>
        <comment>auth.not_offered/title</comment>
        <translation>Le serveur ne propose aucune authentification</translation>
    </message>
    <message>
        <source>A user name was set, but the server did not offer any way to sign in.</source>
        <comment>auth.not_offered/summary</comment>
        <translation>Un nom d&apos;utilisateur a été défini, mais le serveur n&apos;a proposé aucun moyen de s&apos;authentifier.</translation>
    </message>
    <message>
        <source>The server only offers sign-in after encryption, and encryption was off.
This is a relay or receiving server (port 25) that takes mail without sign-in, for example by IP address.
The wrong server name or port was entered.</source>
        <comment>auth.not_offered/causes</comment>
        <translation>Le serveur ne propose l&apos;authentification qu&apos;après le chiffrement, et le chiffrement était désactivé.
Il s&apos;agit d&apos;un relais ou d&apos;un serveur de réception (port 25) qui accepte le courrier sans authentification, par exemple d&apos;après l&apos;adresse IP.
Le nom du serveur ou le port saisi est incorrect.</translation>
    </message>
    <message>
        <source>RFC 4954 section 3 (the AUTH extension)</source>
        <comment>auth.not_offered/reference</comment>
        <translation>RFC 4954, section 3 (l&apos;extension AUTH)</translation>
    </message>
    <message>
        <source>No common way to sign in</source>
        <comment>auth.mechanism_unsupported/title</comment>
        <translation>Aucune méthode d&apos;authentification commune</translation>
    </message>
    <message>
        <source>The server does not support the sign-in method that was chosen, or none of the methods it offers fits the credentials.</source>
        <comment>auth.mechanism_unsupported/summary</comment>
        <translation>Le serveur ne prend pas en charge la méthode d&apos;authentification choisie, ou aucune des méthodes qu&apos;il propose ne convient aux identifiants.</translation>
    </message>
    <message>
        <source>A fixed method (for example CRAM-MD5 or XOAUTH2) is set that this server does not offer.
The server offers only OAuth, and a password was given (or the other way round).</source>
        <comment>auth.mechanism_unsupported/causes</comment>
        <translation>Une méthode fixe (par exemple CRAM-MD5 ou XOAUTH2) est définie, que ce serveur ne propose pas.
Le serveur ne propose qu&apos;OAuth, et un mot de passe a été fourni (ou l&apos;inverse).</translation>
    </message>
    <message>
        <source>Set the sign-in method to &quot;Automatic&quot;.
Look at the methods the server lists after AUTH in the transcript and choose one of them.
If only OAuth (XOAUTH2) is listed, use &quot;Sign in with&quot; your provider instead of a password.</source>
        <comment>auth.mechanism_unsupported/fixes</comment>
        <translation>Réglez la méthode d&apos;authentification sur «&#xa0;Automatique&#xa0;».
Regardez dans la transcription les méthodes que le serveur liste après AUTH et choisissez-en une.
Si seul OAuth (XOAUTH2) est listé, utilisez «&#xa0;Se connecter avec&#xa0;» votre fournisseur au lieu d&apos;un mot de passe.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (504 5.5.4)</source>
        <comment>auth.mechanism_unsupported/reference</comment>
        <translation>RFC 4954, section 6 (504 5.5.4)</translation>
    </message>
    <message>
        <source>Sign-in needs encryption first</source>
        <comment>auth.encryption_required/title</comment>
        <translation>L&apos;authentification exige d&apos;abord le chiffrement</translation>
    </message>
    <message>
        <source>The password would have travelled unencrypted. The server (or Sendcheck) refuses that, so it needs an encrypted connection first.</source>
        <comment>auth.encryption_required/summary</comment>
        <translation>Le mot de passe aurait circulé sans chiffrement. Le serveur (ou Sendcheck) le refuse et exige donc d&apos;abord une connexion chiffrée.</translation>
    </message>
    <message>
        <source>The security setting is &quot;None&quot;.
A port without encryption was chosen.</source>
        <comment>auth.encryption_required/causes</comment>
        <translation>Le réglage de sécurité est «&#xa0;Aucune&#xa0;».
Un port sans chiffrement a été choisi.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (538 5.7.11)</source>
        <comment>auth.encryption_required/reference</comment>
        <translation>RFC 4954, section 6 (538 5.7.11)</translation>
    </message>
    <message>
        <source>User name or password not accepted</source>
        <comment>auth.credentials_rejected/title</comment>
        <translation>Nom d&apos;utilisateur ou mot de passe refusé</translation>
    </message>
    <message>
        <source>The server checked the user name and password (or key) and refused them.</source>
        <comment>auth.credentials_rejected/summary</comment>
        <translation>Le serveur a vérifié le nom d&apos;utilisateur et le mot de passe (ou la clé) et les a refusés.</translation>
    </message>
    <message>
        <source>The password or key is wrong, out of date, or has stray spaces or line breaks.
The user name is not what this server expects (often the full e-mail address).
The provider needs a special app password or SMTP key, not the normal web login.
The account may not use sign-in from apps.</source>
        <comment>auth.credentials_rejected/causes</comment>
        <translation>Le mot de passe ou la clé est erroné, périmé, ou contient des espaces ou des sauts de ligne parasites.
Le nom d&apos;utilisateur n&apos;est pas celui qu&apos;attend ce serveur (souvent l&apos;adresse e-mail complète).
Le fournisseur exige un mot de passe d&apos;application ou une clé SMTP spécifique, et non l&apos;identifiant web habituel.
Le compte n&apos;a peut-être pas le droit de s&apos;authentifier depuis des applications.</translation>
    </message>
    <message>
        <source>Enter the password again by typing it, not pasting, to rule out stray characters.
Use the user name exactly as your provider gives it; usually the full e-mail address.
Check in your provider&apos;s help whether apps need an app password or SMTP key.
Sign in on the provider&apos;s web site to check the account is not locked.</source>
        <comment>auth.credentials_rejected/fixes</comment>
        <translation>Saisissez à nouveau le mot de passe en le tapant, sans le coller, pour écarter les caractères parasites.
Utilisez le nom d&apos;utilisateur exactement tel que votre fournisseur l&apos;indique&#xa0;; généralement l&apos;adresse e-mail complète.
Vérifiez dans l&apos;aide de votre fournisseur si les applications nécessitent un mot de passe d&apos;application ou une clé SMTP.
Connectez-vous sur le site web du fournisseur pour vérifier que le compte n&apos;est pas verrouillé.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (535 5.7.8)</source>
        <comment>auth.credentials_rejected/reference</comment>
        <translation>RFC 4954, section 6 (535 5.7.8)</translation>
    </message>
    <message>
        <source>An app password is needed</source>
        <comment>auth.app_password_required/title</comment>
        <translation>Un mot de passe d&apos;application est nécessaire</translation>
    </message>
    <message>
        <source>This account does not accept its normal password in mail programs. It needs a separate app password (or a sign-in through the provider&apos;s web page).</source>
        <comment>auth.app_password_required/summary</comment>
        <translation>Ce compte n&apos;accepte pas son mot de passe normal dans les logiciels de messagerie. Il lui faut un mot de passe d&apos;application distinct (ou une connexion via la page web du fournisseur).</translation>
    </message>
    <message>
        <source>The normal account password was entered; the provider only accepts app passwords for mail programs.
An app password was entered with spaces, or it was revoked when the account password changed.
Two-step verification is on, which rules out the normal password.</source>
        <comment>auth.app_password_required/causes</comment>
        <translation>Le mot de passe normal du compte a été saisi&#xa0;; le fournisseur n&apos;accepte que des mots de passe d&apos;application pour les logiciels de messagerie.
Un mot de passe d&apos;application a été saisi avec des espaces, ou il a été révoqué lors du changement du mot de passe du compte.
La validation en deux étapes est activée, ce qui exclut le mot de passe normal.</translation>
    </message>
    <message>
        <source>Switch on two-step verification for the account if it is off.
Create an app password in the account&apos;s security settings.
Enter it here without spaces, with the full e-mail address as user name.
Or use &quot;Sign in with&quot; your provider (OAuth) instead of a password.</source>
        <comment>auth.app_password_required/fixes</comment>
        <translation>Activez la validation en deux étapes pour le compte si elle est désactivée.
Créez un mot de passe d&apos;application dans les paramètres de sécurité du compte.
Saisissez-le ici sans espaces, avec l&apos;adresse e-mail complète comme nom d&apos;utilisateur.
Ou utilisez «&#xa0;Se connecter avec&#xa0;» votre fournisseur (OAuth) au lieu d&apos;un mot de passe.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (534 5.7.9: mechanism too weak)</source>
        <comment>auth.app_password_required/reference</comment>
        <translation>RFC 4954, section 6 (534 5.7.9&#xa0;: mécanisme trop faible)</translation>
    </message>
    <message>
        <source>Confirm the sign-in in a web browser first</source>
        <comment>auth.browser_signin_required/title</comment>
        <translation>Confirmez d&apos;abord la connexion dans un navigateur web</translation>
    </message>
    <message>
        <source>The provider noticed a sign-in from a new place and wants you to confirm it on its web site before it lets this program in.</source>
        <comment>auth.browser_signin_required/summary</comment>
        <translation>Le fournisseur a remarqué une connexion depuis un nouvel endroit et souhaite que vous la confirmiez sur son site web avant de laisser entrer ce programme.</translation>
    </message>
    <message>
        <source>A sign-in from a new device or network looked unusual to the provider.
The account needs a security check (for example a phone confirmation).</source>
        <comment>auth.browser_signin_required/causes</comment>
        <translation>Une connexion depuis un nouvel appareil ou réseau a paru inhabituelle au fournisseur.
Le compte nécessite une vérification de sécurité (par exemple une confirmation par téléphone).</translation>
    </message>
    <message>
        <source>Sign in to the account in a web browser on this computer and confirm any security prompt.
Check the provider&apos;s recent-activity page and allow the blocked sign-in.
Then try again here.</source>
        <comment>auth.browser_signin_required/fixes</comment>
        <translation>Connectez-vous au compte dans un navigateur web sur cet ordinateur et confirmez toute demande de sécurité.
Consultez la page d&apos;activité récente du fournisseur et autorisez la connexion bloquée.
Puis réessayez ici.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.14 (trust relationship required)</source>
        <comment>auth.browser_signin_required/reference</comment>
        <translation>RFC 3463 x.7.14 (relation de confiance requise)</translation>
    </message>
    <message>
        <source>Password sign-in is switched off</source>
        <comment>auth.disabled_by_provider/title</comment>
        <translation>L&apos;authentification par mot de passe est désactivée</translation>
    </message>
    <message>
        <source>Signing in to send mail with a password is switched off for this mailbox or for the whole organisation. The password itself is probably correct.</source>
        <comment>auth.disabled_by_provider/summary</comment>
        <translation>L&apos;authentification par mot de passe pour envoyer des e-mails est désactivée pour cette boîte aux lettres ou pour toute l&apos;organisation. Le mot de passe lui-même est probablement correct.</translation>
    </message>
    <message>
        <source>An administrator switched off sending from apps (SMTP AUTH) for the organisation or the mailbox.
Security rules (security defaults, multi-factor sign-in, blocked legacy sign-in) stop password sign-in.
The provider has retired password sign-in (basic authentication) for mail programs.</source>
        <comment>auth.disabled_by_provider/causes</comment>
        <translation>Un administrateur a désactivé l&apos;envoi depuis des applications (SMTP AUTH) pour l&apos;organisation ou la boîte aux lettres.
Des règles de sécurité (paramètres de sécurité par défaut, authentification multifacteur, authentification héritée bloquée) empêchent l&apos;authentification par mot de passe.
Le fournisseur a retiré l&apos;authentification par mot de passe (authentification de base) pour les logiciels de messagerie.</translation>
    </message>
    <message>
        <source>Best: switch this account to &quot;Sign in with&quot; your provider (OAuth).
Or ask your administrator to allow authenticated SMTP for this one mailbox.
For devices that cannot sign in any other way, use a relay or connector that accepts them by IP address.</source>
        <comment>auth.disabled_by_provider/fixes</comment>
        <translation>Le mieux&#xa0;: passer ce compte à «&#xa0;Se connecter avec&#xa0;» votre fournisseur (OAuth).
Ou demandez à votre administrateur d&apos;autoriser le SMTP authentifié pour cette seule boîte aux lettres.
Pour les appareils qui ne peuvent pas s&apos;authentifier autrement, utilisez un relais ou un connecteur qui les accepte d&apos;après leur adresse IP.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (535); provider policy</source>
        <comment>auth.disabled_by_provider/reference</comment>
        <translation>RFC 4954, section 6 (535)&#xa0;; politique du fournisseur</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid</source>
        <comment>auth.oauth_token_rejected/title</comment>
        <translation>La connexion enregistrée n&apos;est plus valide</translation>
    </message>
    <message>
        <source>The server refused the OAuth access token: it has expired, was revoked, or does not include permission to send mail.</source>
        <comment>auth.oauth_token_rejected/summary</comment>
        <translation>Le serveur a refusé le jeton d&apos;accès OAuth&#xa0;: il a expiré, a été révoqué ou n&apos;inclut pas l&apos;autorisation d&apos;envoyer des e-mails.</translation>
    </message>
    <message>
        <source>The token has expired and could not be refreshed.
The token lacks the mail-sending permission (scope).
The token belongs to a different address than the user name.</source>
        <comment>auth.oauth_token_rejected/causes</comment>
        <translation>Le jeton a expiré et n&apos;a pas pu être actualisé.
Le jeton n&apos;a pas l&apos;autorisation (étendue) d&apos;envoyer des e-mails.
Le jeton appartient à une autre adresse que le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Sign in with your provider again and agree to the mail permission.
Check that the user name is the same address you signed in with.
For your own app registration: request the provider&apos;s SMTP scope (Google: https://mail.google.com/, Microsoft: SMTP.Send).</source>
        <comment>auth.oauth_token_rejected/fixes</comment>
        <translation>Connectez-vous à nouveau auprès de votre fournisseur et acceptez l&apos;autorisation de messagerie.
Vérifiez que le nom d&apos;utilisateur est bien l&apos;adresse avec laquelle vous vous êtes connecté.
Pour votre propre inscription d&apos;application&#xa0;: demandez l&apos;étendue SMTP du fournisseur (Google&#xa0;: https://mail.google.com/, Microsoft&#xa0;: SMTP.Send).</translation>
    </message>
    <message>
        <source>RFC 7628 (OAUTHBEARER); Google and Microsoft XOAUTH2</source>
        <comment>auth.oauth_token_rejected/reference</comment>
        <translation>RFC 7628 (OAUTHBEARER)&#xa0;; XOAUTH2 de Google et Microsoft</translation>
    </message>
    <message>
        <source>Locked out after failed sign-ins</source>
        <comment>auth.too_many_attempts/title</comment>
        <translation>Bloqué après des échecs d&apos;authentification</translation>
    </message>
    <message>
        <source>After several failed sign-ins the server stopped accepting sign-ins from you for a while.</source>
        <comment>auth.too_many_attempts/summary</comment>
        <translation>Après plusieurs échecs d&apos;authentification, le serveur a cessé pour un temps d&apos;accepter vos tentatives.</translation>
    </message>
    <message>
        <source>A wrong password was tried several times (possibly by another device with old settings).
The server&apos;s brute-force protection blocked your IP address.</source>
        <comment>auth.too_many_attempts/causes</comment>
        <translation>Un mauvais mot de passe a été essayé plusieurs fois (peut-être par un autre appareil aux anciens paramètres).
La protection contre les attaques par force brute du serveur a bloqué votre adresse IP.</translation>
    </message>
    <message>
        <source>Stop all devices and programs that use this account with an old password.
Wait 15 to 60 minutes, then try once with the correct password.
If it stays blocked, ask the provider or administrator to unblock your IP address.</source>
        <comment>auth.too_many_attempts/fixes</comment>
        <translation>Arrêtez tous les appareils et programmes qui utilisent ce compte avec un ancien mot de passe.
Attendez 15 à 60 minutes, puis faites un seul essai avec le bon mot de passe.
Si le blocage persiste, demandez au fournisseur ou à l&apos;administrateur de débloquer votre adresse IP.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6; provider policy</source>
        <comment>auth.too_many_attempts/reference</comment>
        <translation>RFC 4954, section 6&#xa0;; politique du fournisseur</translation>
    </message>
    <message>
        <source>Sign-in temporarily impossible</source>
        <comment>auth.temporary_failure/title</comment>
        <translation>Authentification momentanément impossible</translation>
    </message>
    <message>
        <source>The server could not check your sign-in right now because of a problem on its side. Your settings are probably fine.</source>
        <comment>auth.temporary_failure/summary</comment>
        <translation>Le serveur n&apos;a pas pu vérifier votre authentification pour le moment, à cause d&apos;un problème de son côté. Vos paramètres sont probablement corrects.</translation>
    </message>
    <message>
        <source>The server&apos;s password database or sign-in service is briefly unavailable.
The server is overloaded.</source>
        <comment>auth.temporary_failure/causes</comment>
        <translation>La base de mots de passe ou le service d&apos;authentification du serveur est brièvement indisponible.
Le serveur est surchargé.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; nothing needs changing.
If it lasts, tell the server&apos;s administrator (they should check the sign-in service behind the mail server).</source>
        <comment>auth.temporary_failure/fixes</comment>
        <translation>Réessayez dans quelques minutes&#xa0;; rien n&apos;est à modifier.
Si cela dure, prévenez l&apos;administrateur du serveur (il doit vérifier le service d&apos;authentification derrière le serveur de messagerie).</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (454 4.7.0)</source>
        <comment>auth.temporary_failure/reference</comment>
        <translation>RFC 4954, section 6 (454 4.7.0)</translation>
    </message>
    <message>
        <source>Not allowed to send from this address</source>
        <comment>sender.not_authorized/title</comment>
        <translation>Envoi depuis cette adresse non autorisé</translation>
    </message>
    <message>
        <source>You signed in as one account but the message uses a sender address that this account may not send as.</source>
        <comment>sender.not_authorized/summary</comment>
        <translation>Vous vous êtes authentifié avec un compte, mais le message utilise une adresse d&apos;expéditeur au nom de laquelle ce compte n&apos;a pas le droit d&apos;envoyer.</translation>
    </message>
    <message>
        <source>The From address differs from the signed-in account.
The other address was never set up as an alias or granted &quot;send as&quot; rights.</source>
        <comment>sender.not_authorized/causes</comment>
        <translation>L&apos;adresse d&apos;expéditeur diffère du compte authentifié.
L&apos;autre adresse n&apos;a jamais été configurée comme alias, ni dotée du droit «&#xa0;Envoyer en tant que&#xa0;».</translation>
    </message>
    <message>
        <source>Use the signed-in account&apos;s own address as the From address.
Or set up the other address as an alias or grant this account &quot;send as&quot; rights for it (your administrator can do this).
Then try again.</source>
        <comment>sender.not_authorized/fixes</comment>
        <translation>Utilisez comme adresse d&apos;expéditeur l&apos;adresse propre au compte authentifié.
Ou configurez l&apos;autre adresse comme alias, ou accordez à ce compte le droit «&#xa0;Envoyer en tant que&#xa0;» pour elle (votre administrateur peut le faire).
Puis réessayez.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.1; RFC 6409 section 6.1</source>
        <comment>sender.not_authorized/reference</comment>
        <translation>RFC 3463 x.7.1&#xa0;; RFC 6409, section 6.1</translation>
    </message>
    <message>
        <source>The sender address is not verified</source>
        <comment>sender.not_verified/title</comment>
        <translation>L&apos;adresse d&apos;expéditeur n&apos;est pas vérifiée</translation>
    </message>
    <message>
        <source>The sending service only sends from addresses or domains you have proved you own, and this one is not verified (yet).</source>
        <comment>sender.not_verified/summary</comment>
        <translation>Le service d&apos;envoi n&apos;envoie que depuis des adresses ou des domaines dont vous avez prouvé être le propriétaire, et celui-ci n&apos;est pas (encore) vérifié.</translation>
    </message>
    <message>
        <source>The From address or its domain was never verified with the service.
The program uses a default sender such as webmaster@localhost.
The account is still in a test mode (sandbox) that also limits the recipients.</source>
        <comment>sender.not_verified/causes</comment>
        <translation>L&apos;adresse d&apos;expéditeur ou son domaine n&apos;a jamais été vérifié auprès du service.
Le programme utilise un expéditeur par défaut comme webmaster@localhost.
Le compte est encore dans un mode de test (sandbox) qui limite aussi les destinataires.</translation>
    </message>
    <message>
        <source>Verify the From address or the whole domain in the service&apos;s console.
Set a real From address in the settings.
If the account is in a sandbox, verify the recipients too, or request production access.</source>
        <comment>sender.not_verified/fixes</comment>
        <translation>Vérifiez l&apos;adresse d&apos;expéditeur ou le domaine entier dans la console du service.
Indiquez une vraie adresse d&apos;expéditeur dans les paramètres.
Si le compte est en environnement de test (sandbox), vérifiez aussi les destinataires, ou demandez l&apos;accès à la production.</translation>
    </message>
    <message>
        <source>Provider policy; RFC 3463 x.7.1</source>
        <comment>sender.not_verified/reference</comment>
        <translation>Politique du fournisseur&#xa0;; RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <comment>sender.rejected/title</comment>
        <translation>L&apos;adresse d&apos;expéditeur a été refusée</translation>
    </message>
    <message>
        <source>The server refused the sender (From or envelope) address itself.</source>
        <comment>sender.rejected/summary</comment>
        <translation>Le serveur a refusé l&apos;adresse d&apos;expéditeur elle-même (From ou enveloppe).</translation>
    </message>
    <message>
        <source>The address has a typo or is not a valid address.
Its domain does not exist in DNS (for example @localhost or a company-internal .local name).
The server checked that the address can receive replies, and it cannot.</source>
        <comment>sender.rejected/causes</comment>
        <translation>L&apos;adresse contient une faute de frappe ou n&apos;est pas une adresse valide.
Son domaine n&apos;existe pas dans le DNS (par exemple @localhost ou un nom interne à l&apos;entreprise en .local).
Le serveur a vérifié que l&apos;adresse peut recevoir des réponses, et ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <source>Use a real sender address with a public domain.
Check the address for typos, spaces and odd characters.
If the domain is yours, check its DNS records (MX and A).</source>
        <comment>sender.rejected/fixes</comment>
        <translation>Utilisez une vraie adresse d&apos;expéditeur avec un domaine public.
Vérifiez que l&apos;adresse ne contient ni faute de frappe, ni espace, ni caractère inhabituel.
Si le domaine vous appartient, vérifiez ses enregistrements DNS (MX et A).</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.1.1.2; RFC 3463 x.1.7, x.1.8</source>
        <comment>sender.rejected/reference</comment>
        <translation>RFC 5321, section 4.1.1.2&#xa0;; RFC 3463 x.1.7, x.1.8</translation>
    </message>
    <message>
        <source>The recipient address does not exist</source>
        <comment>recipient.unknown/title</comment>
        <translation>L&apos;adresse du destinataire n&apos;existe pas</translation>
    </message>
    <message>
        <source>The receiving server has no mailbox with this address.</source>
        <comment>recipient.unknown/summary</comment>
        <translation>Le serveur de réception n&apos;a aucune boîte aux lettres à cette adresse.</translation>
    </message>
    <message>
        <source>The address is misspelled (letters, dots, domain).
The mailbox was closed or moved.
The domain does not accept mail at all.</source>
        <comment>recipient.unknown/causes</comment>
        <translation>L&apos;adresse est mal orthographiée (lettres, points, domaine).
La boîte aux lettres a été fermée ou déplacée.
Le domaine n&apos;accepte aucun courrier.</translation>
    </message>
    <message>
        <source>Check the spelling of the address.
Ask the recipient for their current address.
For a test, send to your own address first.</source>
        <comment>recipient.unknown/fixes</comment>
        <translation>Vérifiez l&apos;orthographe de l&apos;adresse.
Demandez au destinataire son adresse actuelle.
Pour un test, envoyez d&apos;abord à votre propre adresse.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.3 (550); RFC 3463 x.1.1</source>
        <comment>recipient.unknown/reference</comment>
        <translation>RFC 5321, section 4.2.3 (550)&#xa0;; RFC 3463 x.1.1</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <comment>recipient.mailbox_full/title</comment>
        <translation>La boîte aux lettres du destinataire est pleine</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no room left. Your settings are fine.</source>
        <comment>recipient.mailbox_full/summary</comment>
        <translation>La boîte aux lettres du destinataire n&apos;a plus de place. Vos paramètres sont corrects.</translation>
    </message>
    <message>
        <source>The recipient has not cleaned up the mailbox.
The mailbox is abandoned.</source>
        <comment>recipient.mailbox_full/causes</comment>
        <translation>Le destinataire n&apos;a pas fait le ménage dans sa boîte aux lettres.
La boîte aux lettres est abandonnée.</translation>
    </message>
    <message>
        <source>Try again later.
Reach the recipient another way and ask them to make room.</source>
        <comment>recipient.mailbox_full/fixes</comment>
        <translation>Réessayez plus tard.
Contactez le destinataire par un autre moyen et demandez-lui de libérer de la place.</translation>
    </message>
    <message>
        <source>RFC 3463 x.2.2 (mailbox full)</source>
        <comment>recipient.mailbox_full/reference</comment>
        <translation>RFC 3463 x.2.2 (boîte aux lettres pleine)</translation>
    </message>
    <message>
        <source>The server will not pass the mail on</source>
        <comment>recipient.relay_denied/title</comment>
        <translation>Le serveur refuse de relayer le courrier</translation>
    </message>
    <message>
        <source>This server only delivers to its own domains unless you are signed in or on its list of allowed senders, so it refused to forward mail to this recipient.</source>
        <comment>recipient.relay_denied/summary</comment>
        <translation>Ce serveur ne distribue que vers ses propres domaines, sauf si vous êtes authentifié ou figurez sur sa liste d&apos;expéditeurs autorisés&#xa0;; il a donc refusé de transmettre le courrier à ce destinataire.</translation>
    </message>
    <message>
        <source>Sign-in is off or did not succeed.
The server is a receiving server (MX, port 25), not your provider&apos;s outgoing server.
Your IP address or certificate is not (any more) on the relay&apos;s allow list.</source>
        <comment>recipient.relay_denied/causes</comment>
        <translation>L&apos;authentification est désactivée ou n&apos;a pas réussi.
Le serveur est un serveur de réception (MX, port 25), et non le serveur sortant de votre fournisseur.
Votre adresse IP ou votre certificat ne figure pas (ou plus) sur la liste d&apos;autorisation du relais.</translation>
    </message>
    <message>
        <source>Switch on sign-in with your mailbox&apos;s user name and password.
Use your provider&apos;s outgoing server on port 587 with STARTTLS.
For a relay that accepts devices by IP address: ask the administrator to add your current public IP address.</source>
        <comment>recipient.relay_denied/fixes</comment>
        <translation>Activez l&apos;authentification avec le nom d&apos;utilisateur et le mot de passe de votre boîte aux lettres.
Utilisez le serveur sortant de votre fournisseur sur le port 587 avec STARTTLS.
Pour un relais qui accepte les appareils d&apos;après leur adresse IP&#xa0;: demandez à l&apos;administrateur d&apos;ajouter votre adresse IP publique actuelle.</translation>
    </message>
    <message>
        <source>RFC 5321 section 3.6 (relaying); RFC 3463 x.7.1</source>
        <comment>recipient.relay_denied/reference</comment>
        <translation>RFC 5321, section 3.6 (relais)&#xa0;; RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>Too many recipients in one message</source>
        <comment>recipient.too_many/title</comment>
        <translation>Trop de destinataires dans un même message</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <comment>recipient.too_many/summary</comment>
        <translation>Le message a plus de destinataires que le serveur n&apos;en accepte à la fois.</translation>
    </message>
    <message>
        <source>The list of To, Cc and Bcc addresses is longer than the provider&apos;s limit (often 50 to 500).</source>
        <comment>recipient.too_many/causes</comment>
        <translation>La liste des adresses À, Cc et Cci dépasse la limite du fournisseur (souvent 50 à 500).</translation>
    </message>
    <message>
        <source>Split the recipients into smaller groups and send one message per group.
For newsletters and bulk mail, use a sending service made for it.</source>
        <comment>recipient.too_many/fixes</comment>
        <translation>Répartissez les destinataires en groupes plus petits et envoyez un message par groupe.
Pour les newsletters et les envois en masse, utilisez un service d&apos;envoi prévu pour cela.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.5.3.1.10; RFC 3463 x.5.3</source>
        <comment>recipient.too_many/reference</comment>
        <translation>RFC 5321, section 4.5.3.1.10&#xa0;; RFC 3463 x.5.3</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <comment>limit.rate/title</comment>
        <translation>Envoi trop rapide</translation>
    </message>
    <message>
        <source>The server is slowing you down because too much mail arrived from you in a short time.</source>
        <comment>limit.rate/summary</comment>
        <translation>Le serveur vous ralentit parce qu&apos;il a reçu trop de courrier de votre part en peu de temps.</translation>
    </message>
    <message>
        <source>Many messages were sent in a short time.
The same error kept repeating and the provider throttled the account.
A hacked account or a program in a loop is sending mail.</source>
        <comment>limit.rate/causes</comment>
        <translation>De nombreux messages ont été envoyés en peu de temps.
La même erreur s&apos;est répétée et le fournisseur a bridé le compte.
Un compte piraté ou un programme qui tourne en boucle envoie du courrier.</translation>
    </message>
    <message>
        <source>Wait a while and send more slowly.
Fix the error that kept repeating, if there was one.
If nobody sent that much, change the password and check the account for misuse.</source>
        <comment>limit.rate/fixes</comment>
        <translation>Attendez un moment et envoyez plus lentement.
Corrigez l&apos;erreur qui se répétait, s&apos;il y en avait une.
Si personne n&apos;a envoyé autant, changez le mot de passe et vérifiez que le compte n&apos;est pas utilisé de façon abusive.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.1 / x.4.5; provider policy</source>
        <comment>limit.rate/reference</comment>
        <translation>RFC 3463 x.7.1 / x.4.5&#xa0;; politique du fournisseur</translation>
    </message>
    <message>
        <source>Sending limit used up</source>
        <comment>limit.quota/title</comment>
        <translation>Limite d&apos;envoi épuisée</translation>
    </message>
    <message>
        <source>The account has reached its daily or monthly sending limit (or its credits). Sending works again when the limit resets.</source>
        <comment>limit.quota/summary</comment>
        <translation>Le compte a atteint sa limite d&apos;envoi quotidienne ou mensuelle (ou épuisé ses crédits). L&apos;envoi refonctionne lorsque la limite est réinitialisée.</translation>
    </message>
    <message>
        <source>More messages or recipients were sent than the plan allows per day.
The account&apos;s credits are used up.
A hacked account sent mail in your name.</source>
        <comment>limit.quota/causes</comment>
        <translation>Plus de messages ou de destinataires ont été envoyés que l&apos;offre n&apos;en autorise par jour.
Les crédits du compte sont épuisés.
Un compte piraté a envoyé du courrier en votre nom.</translation>
    </message>
    <message>
        <source>Wait until the limit resets (often a rolling 24 hours).
Ask the provider for a higher limit or a bigger plan.
For bulk mail, use a sending service made for it.
If nobody sent that much, change the password and check the account.</source>
        <comment>limit.quota/fixes</comment>
        <translation>Attendez que la limite soit réinitialisée (souvent sur 24 heures glissantes).
Demandez au fournisseur une limite plus élevée ou une offre supérieure.
Pour les envois en masse, utilisez un service d&apos;envoi prévu pour cela.
Si personne n&apos;a envoyé autant, changez le mot de passe et vérifiez le compte.</translation>
    </message>
    <message>
        <source>Provider policy; RFC 3463 x.4.5 / x.2.2</source>
        <comment>limit.quota/reference</comment>
        <translation>Politique du fournisseur&#xa0;; RFC 3463 x.4.5 / x.2.2</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <comment>message.too_large/title</comment>
        <translation>Le message est trop volumineux</translation>
    </message>
    <message>
        <source>The message with its attachments is bigger than the server accepts.</source>
        <comment>message.too_large/summary</comment>
        <translation>Le message et ses pièces jointes dépassent la taille acceptée par le serveur.</translation>
    </message>
    <message>
        <source>Large attachments. Note that attachments grow by about a third when sent.
The server has a low size limit.</source>
        <comment>message.too_large/causes</comment>
        <translation>Des pièces jointes volumineuses. Notez que les pièces jointes grossissent d&apos;environ un tiers à l&apos;envoi.
Le serveur a une limite de taille basse.</translation>
    </message>
    <message>
        <source>Make the attachments smaller, or share big files as a link.
Check the limit the server announces (SIZE in the transcript).</source>
        <comment>message.too_large/fixes</comment>
        <translation>Réduisez la taille des pièces jointes, ou partagez les gros fichiers sous forme de lien.
Vérifiez la limite annoncée par le serveur (SIZE dans la transcription).</translation>
    </message>
    <message>
        <source>RFC 1870 (SIZE); RFC 3463 x.3.4, x.2.3</source>
        <comment>message.too_large/reference</comment>
        <translation>RFC 1870 (SIZE)&#xa0;; RFC 3463 x.3.4, x.2.3</translation>
    </message>
    <message>
        <source>The message was refused for its content</source>
        <comment>message.rejected_content/title</comment>
        <translation>Le message a été refusé en raison de son contenu</translation>
    </message>
    <message>
        <source>The server received the whole message and then refused it: its filters judged it as spam or against the rules.</source>
        <comment>message.rejected_content/summary</comment>
        <translation>Le serveur a reçu le message entier, puis l&apos;a refusé&#xa0;: ses filtres l&apos;ont jugé comme spam ou contraire aux règles.</translation>
    </message>
    <message>
        <source>The content, links or attachments look like spam or malware.
The sending domain lacks SPF, DKIM or DMARC.
The sending IP address or account has a poor reputation.</source>
        <comment>message.rejected_content/causes</comment>
        <translation>Le contenu, les liens ou les pièces jointes ressemblent à du spam ou à un logiciel malveillant.
Le domaine d&apos;envoi n&apos;a pas de SPF, DKIM ou DMARC.
L&apos;adresse IP ou le compte d&apos;envoi a une mauvaise réputation.</translation>
    </message>
    <message>
        <source>Send a short plain test message without links or attachments.
Set up SPF, DKIM and DMARC for your domain.
Avoid attachment types that are often blocked (.exe, .js, macros).</source>
        <comment>message.rejected_content/fixes</comment>
        <translation>Envoyez un court message de test en texte brut, sans liens ni pièces jointes.
Configurez SPF, DKIM et DMARC pour votre domaine.
Évitez les types de pièces jointes souvent bloqués (.exe, .js, macros).</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.3 (554 after data); RFC 3463 x.7.1</source>
        <comment>message.rejected_content/reference</comment>
        <translation>RFC 5321, section 4.2.3 (554 après les données)&#xa0;; RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>The message breaks the format rules</source>
        <comment>message.malformed/title</comment>
        <translation>Le message enfreint les règles de format</translation>
    </message>
    <message>
        <source>The server refused the message because part of it is missing or not written the way the mail standards require.</source>
        <comment>message.malformed/summary</comment>
        <translation>Le serveur a refusé le message parce qu&apos;une partie manque ou n&apos;est pas écrite comme l&apos;exigent les normes de messagerie.</translation>
    </message>
    <message>
        <source>A required header is missing or invalid (From, Date, Message-ID).
Headers appear twice, or lines are too long.
The program that produced the message has a bug.</source>
        <comment>message.malformed/causes</comment>
        <translation>Un en-tête obligatoire est absent ou non valide (From, Date, Message-ID).
Des en-têtes apparaissent deux fois, ou des lignes sont trop longues.
Le programme qui a produit le message comporte un bogue.</translation>
    </message>
    <message>
        <source>Fill in a valid From address.
Update the program that sends, and report the problem with the transcript.</source>
        <comment>message.malformed/fixes</comment>
        <translation>Indiquez une adresse d&apos;expéditeur valide.
Mettez à jour le programme d&apos;envoi, et signalez le problème en joignant la transcription.</translation>
    </message>
    <message>
        <source>RFC 5322 (message format); RFC 3463 x.6.x</source>
        <comment>message.malformed/reference</comment>
        <translation>RFC 5322 (format des messages)&#xa0;; RFC 3463 x.6.x</translation>
    </message>
    <message>
        <source>Your domain&apos;s sender checks failed</source>
        <comment>policy.sender_authentication/title</comment>
        <translation>Les contrôles d&apos;expéditeur de votre domaine ont échoué</translation>
    </message>
    <message>
        <source>The receiving side could not confirm that this server may send mail for your domain: SPF, DKIM or DMARC failed or is missing.</source>
        <comment>policy.sender_authentication/summary</comment>
        <translation>Le côté destinataire n&apos;a pas pu confirmer que ce serveur a le droit d&apos;envoyer du courrier pour votre domaine&#xa0;: SPF, DKIM ou DMARC a échoué ou est absent.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record does not include this server or sending service.
DKIM signing is not set up for the sending service.
The From domain does not match the SPF or DKIM domain (DMARC alignment).</source>
        <comment>policy.sender_authentication/causes</comment>
        <translation>L&apos;enregistrement SPF du domaine n&apos;inclut pas ce serveur ou ce service d&apos;envoi.
La signature DKIM n&apos;est pas configurée pour le service d&apos;envoi.
Le domaine de l&apos;expéditeur (From) ne correspond pas au domaine SPF ou DKIM (alignement DMARC).</translation>
    </message>
    <message>
        <source>Add the sending server or service to your domain&apos;s SPF record.
Switch on DKIM signing at the sending service and publish its DNS record.
Publish a DMARC record once SPF and DKIM pass.
Or send through the provider that hosts your domain&apos;s mail.</source>
        <comment>policy.sender_authentication/fixes</comment>
        <translation>Ajoutez le serveur ou le service d&apos;envoi à l&apos;enregistrement SPF de votre domaine.
Activez la signature DKIM auprès du service d&apos;envoi et publiez son enregistrement DNS.
Publiez un enregistrement DMARC une fois que SPF et DKIM réussissent.
Ou envoyez via le fournisseur qui héberge la messagerie de votre domaine.</translation>
    </message>
    <message>
        <source>RFC 7208 (SPF), RFC 6376 (DKIM), RFC 7489 (DMARC), RFC 7372 x.7.20-x.7.26</source>
        <comment>policy.sender_authentication/reference</comment>
        <translation>RFC 7208 (SPF), RFC 6376 (DKIM), RFC 7489 (DMARC), RFC 7372 x.7.20-x.7.26</translation>
    </message>
    <message>
        <source>The sender is blocked</source>
        <comment>policy.blocklisted/title</comment>
        <translation>L&apos;expéditeur est bloqué</translation>
    </message>
    <message>
        <source>The server refuses mail from your IP address, account or domain because it is on a block list or has a poor reputation.</source>
        <comment>policy.blocklisted/summary</comment>
        <translation>Le serveur refuse le courrier provenant de votre adresse IP, de votre compte ou de votre domaine, parce qu&apos;il figure sur une liste de blocage ou a une mauvaise réputation.</translation>
    </message>
    <message>
        <source>Your internet connection&apos;s IP address is on a public spam block list (home and dynamic addresses usually are).
A computer or account on your network sent spam.
The provider blocked the account after it sent suspicious mail.</source>
        <comment>policy.blocklisted/causes</comment>
        <translation>L&apos;adresse IP de votre connexion Internet figure sur une liste publique de blocage anti-spam (c&apos;est généralement le cas des adresses domestiques et dynamiques).
Un ordinateur ou un compte de votre réseau a envoyé du spam.
Le fournisseur a bloqué le compte après l&apos;envoi de courrier suspect.</translation>
    </message>
    <message>
        <source>Do not send directly from a home or office connection: use your provider&apos;s outgoing server on port 587 with sign-in.
Look up your IP address on the block list named in the reply and follow its removal steps.
Check computers and accounts for malware or misuse, and change passwords.</source>
        <comment>policy.blocklisted/fixes</comment>
        <translation>N&apos;envoyez pas directement depuis une connexion domestique ou de bureau&#xa0;: utilisez le serveur sortant de votre fournisseur sur le port 587 avec authentification.
Recherchez votre adresse IP sur la liste de blocage citée dans la réponse et suivez sa procédure de retrait.
Recherchez des logiciels malveillants ou des abus sur les ordinateurs et les comptes, et changez les mots de passe.</translation>
    </message>
    <message>
        <source>RFC 5782 (DNS block lists); RFC 3463 x.7.1</source>
        <comment>policy.blocklisted/reference</comment>
        <translation>RFC 5782 (listes de blocage DNS)&#xa0;; RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>The sending IP address has no proper name</source>
        <comment>policy.reverse_dns/title</comment>
        <translation>L&apos;adresse IP d&apos;envoi n&apos;a pas de nom correct</translation>
    </message>
    <message>
        <source>The receiving server looked up the name of your IP address (reverse DNS) and found none, or one that does not match.</source>
        <comment>policy.reverse_dns/summary</comment>
        <translation>Le serveur de réception a recherché le nom de votre adresse IP (DNS inverse) et n&apos;en a trouvé aucun, ou un qui ne correspond pas.</translation>
    </message>
    <message>
        <source>Mail is sent directly from a home, office or cloud address without a PTR record.
The PTR name does not point back to the same IP address.</source>
        <comment>policy.reverse_dns/causes</comment>
        <translation>Le courrier est envoyé directement depuis une adresse domestique, de bureau ou cloud sans enregistrement PTR.
Le nom PTR ne renvoie pas vers la même adresse IP.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s outgoing server on port 587 with sign-in.
If you run your own server, ask your internet or hosting provider to set a PTR record that matches the server&apos;s name.</source>
        <comment>policy.reverse_dns/fixes</comment>
        <translation>Envoyez via le serveur sortant de votre fournisseur sur le port 587 avec authentification.
Si vous gérez votre propre serveur, demandez à votre fournisseur d&apos;accès ou à votre hébergeur de définir un enregistrement PTR correspondant au nom du serveur.</translation>
    </message>
    <message>
        <source>RFC 7372 x.7.25; RFC 1912 section 2.1</source>
        <comment>policy.reverse_dns/reference</comment>
        <translation>RFC 7372 x.7.25&#xa0;; RFC 1912, section 2.1</translation>
    </message>
    <message>
        <source>The greeting name was refused</source>
        <comment>policy.helo_rejected/title</comment>
        <translation>Le nom d&apos;accueil a été refusé</translation>
    </message>
    <message>
        <source>When connecting, the program introduces itself with a name (EHLO). This server refused the name that was used.</source>
        <comment>policy.helo_rejected/summary</comment>
        <translation>À la connexion, le programme se présente avec un nom (EHLO). Ce serveur a refusé le nom utilisé.</translation>
    </message>
    <message>
        <source>The computer&apos;s short name (for example DESKTOP-1234) was used instead of a full domain name.
The name does not exist in DNS.</source>
        <comment>policy.helo_rejected/causes</comment>
        <translation>Le nom court de l&apos;ordinateur (par exemple DESKTOP-1234) a été utilisé au lieu d&apos;un nom de domaine complet.
Le nom n&apos;existe pas dans le DNS.</translation>
    </message>
    <message>
        <source>Set the EHLO name in the profile to a full name such as pc1.example.com, or to your public IP address in brackets.
Or send through your provider&apos;s server on port 587, which does not check the name.</source>
        <comment>policy.helo_rejected/fixes</comment>
        <translation>Dans le profil, définissez comme nom EHLO un nom complet comme pc1.example.com, ou votre adresse IP publique entre crochets.
Ou envoyez via le serveur de votre fournisseur sur le port 587, qui ne vérifie pas le nom.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.1.1.1 (EHLO)</source>
        <comment>policy.helo_rejected/reference</comment>
        <translation>RFC 5321, section 4.1.1.1 (EHLO)</translation>
    </message>
    <message>
        <source>The server is not taking mail right now</source>
        <comment>server.unavailable/title</comment>
        <translation>Le serveur n&apos;accepte pas de courrier pour le moment</translation>
    </message>
    <message>
        <source>The server closed the conversation: it is busy, shutting down, or refusing connections from you for now.</source>
        <comment>server.unavailable/summary</comment>
        <translation>Le serveur a mis fin à la conversation&#xa0;: il est occupé, en cours d&apos;arrêt, ou refuse vos connexions pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance.
It limits connections from your IP address.
Your IP address is blocked (when this happens right after connecting every time).</source>
        <comment>server.unavailable/causes</comment>
        <translation>Le serveur est surchargé ou en maintenance.
Il limite les connexions depuis votre adresse IP.
Votre adresse IP est bloquée (si cela se produit à chaque fois juste après la connexion).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.
If it happens right after connecting every time, try from another network and check whether your IP address is on a block list.
Check that the server name is your provider&apos;s outgoing server.</source>
        <comment>server.unavailable/fixes</comment>
        <translation>Réessayez dans quelques minutes.
Si cela se produit à chaque fois juste après la connexion, essayez depuis un autre réseau et vérifiez si votre adresse IP figure sur une liste de blocage.
Vérifiez que le nom du serveur est bien celui du serveur sortant de votre fournisseur.</translation>
    </message>
    <message>
        <source>RFC 5321 sections 3.1 and 4.2.3 (421, 554 greeting)</source>
        <comment>server.unavailable/reference</comment>
        <translation>RFC 5321, sections 3.1 et 4.2.3 (421, accueil 554)</translation>
    </message>
    <message>
        <source>Try again later (greylisting)</source>
        <comment>server.greylisted/title</comment>
        <translation>Réessayez plus tard (liste grise)</translation>
    </message>
    <message>
        <source>The receiving server asked to come back in a few minutes. This is a normal anti-spam step for senders it has not seen before, not an error in your settings.</source>
        <comment>server.greylisted/summary</comment>
        <translation>Le serveur de réception a demandé de revenir dans quelques minutes. C&apos;est une mesure anti-spam normale pour les expéditeurs qu&apos;il ne connaît pas encore, pas une erreur dans vos paramètres.</translation>
    </message>
    <message>
        <source>The server greylists first-time senders.
It defers mail for a while for other temporary reasons.</source>
        <comment>server.greylisted/causes</comment>
        <translation>Le serveur met en liste grise les expéditeurs qui envoient pour la première fois.
Il diffère le courrier pendant un temps pour d&apos;autres raisons temporaires.</translation>
    </message>
    <message>
        <source>Wait 5 to 30 minutes and send again; it normally goes through then.
A proper mail server retries on its own; a program sending directly must do the same.</source>
        <comment>server.greylisted/fixes</comment>
        <translation>Attendez 5 à 30 minutes et renvoyez&#xa0;; normalement, cela passe alors.
Un vrai serveur de messagerie réessaie de lui-même&#xa0;; un programme qui envoie directement doit faire de même.</translation>
    </message>
    <message>
        <source>RFC 6647 (greylisting); RFC 5321 section 4.2.1 (4xx)</source>
        <comment>server.greylisted/reference</comment>
        <translation>RFC 6647 (liste grise)&#xa0;; RFC 5321, section 4.2.1 (4xx)</translation>
    </message>
    <message>
        <source>Temporary problem at the server</source>
        <comment>server.temporary_error/title</comment>
        <translation>Problème temporaire sur le serveur</translation>
    </message>
    <message>
        <source>The server had a temporary problem and could not finish this step. Trying again later usually works.</source>
        <comment>server.temporary_error/summary</comment>
        <translation>Le serveur a rencontré un problème temporaire et n&apos;a pas pu terminer cette étape. Réessayer plus tard fonctionne généralement.</translation>
    </message>
    <message>
        <source>A fault inside the server (a DNS lookup, a filter or storage).
The server is overloaded or short of disk space.</source>
        <comment>server.temporary_error/causes</comment>
        <translation>Une panne interne au serveur (une requête DNS, un filtre ou le stockage).
Le serveur est surchargé ou manque d&apos;espace disque.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.
If it keeps happening, tell the server&apos;s administrator and include the server&apos;s words below.</source>
        <comment>server.temporary_error/fixes</comment>
        <translation>Réessayez dans quelques minutes.
Si cela continue, prévenez l&apos;administrateur du serveur en joignant les termes exacts du serveur ci-dessous.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.1 (4yz: transient failure)</source>
        <comment>server.temporary_error/reference</comment>
        <translation>RFC 5321, section 4.2.1 (4yz&#xa0;: échec transitoire)</translation>
    </message>
    <message>
        <source>The server refused</source>
        <comment>server.permanent_error/title</comment>
        <translation>Le serveur a refusé</translation>
    </message>
    <message>
        <source>The server refused this step for good and gave no more specific reason. Sending the same thing again will fail again.</source>
        <comment>server.permanent_error/summary</comment>
        <translation>Le serveur a refusé cette étape définitivement, sans donner de raison plus précise. Renvoyer la même chose échouera de nouveau.</translation>
    </message>
    <message>
        <source>A policy of the server (sender, recipient or content).
A setting that does not fit this server.</source>
        <comment>server.permanent_error/causes</comment>
        <translation>Une politique du serveur (expéditeur, destinataire ou contenu).
Un réglage qui ne convient pas à ce serveur.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words below: they often name the reason.
Check the sender and recipient addresses.
Ask the server&apos;s administrator or your provider, with the transcript.</source>
        <comment>server.permanent_error/fixes</comment>
        <translation>Lisez les termes exacts du serveur ci-dessous&#xa0;: ils indiquent souvent la raison.
Vérifiez les adresses de l&apos;expéditeur et du destinataire.
Adressez-vous à l&apos;administrateur du serveur ou à votre fournisseur, avec la transcription.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.1 (5yz: permanent failure)</source>
        <comment>server.permanent_error/reference</comment>
        <translation>RFC 5321, section 4.2.1 (5yz&#xa0;: échec permanent)</translation>
    </message>
    <message>
        <source>The conversation broke the rules</source>
        <comment>protocol.error/title</comment>
        <translation>La conversation n&apos;a pas respecté les règles</translation>
    </message>
    <message>
        <source>The program and the server misunderstood each other: a command or a reply was not what the mail protocol expects at that point.</source>
        <comment>protocol.error/summary</comment>
        <translation>Le programme et le serveur ne se sont pas compris&#xa0;: une commande ou une réponse ne correspondait pas à ce que le protocole de messagerie attend à ce moment-là.</translation>
    </message>
    <message>
        <source>An address contains spaces or odd characters, or lacks angle brackets.
A bug in the sending program or the server.
Something between the two (proxy, antivirus) alters the conversation.</source>
        <comment>protocol.error/causes</comment>
        <translation>Une adresse contient des espaces ou des caractères inhabituels, ou n&apos;a pas de chevrons.
Un bogue dans le programme d&apos;envoi ou dans le serveur.
Un élément entre les deux (proxy, antivirus) modifie la conversation.</translation>
    </message>
    <message>
        <source>Check the addresses for spaces and odd characters.
Update the sending program.
Report the problem with the transcript attached.</source>
        <comment>protocol.error/fixes</comment>
        <translation>Vérifiez que les adresses ne contiennent ni espaces ni caractères inhabituels.
Mettez à jour le programme d&apos;envoi.
Signalez le problème en joignant la transcription.</translation>
    </message>
    <message>
        <source>RFC 5321 sections 4.1 and 4.3.2 (500-504, 555)</source>
        <comment>protocol.error/reference</comment>
        <translation>RFC 5321, sections 4.1 et 4.3.2 (500-504, 555)</translation>
    </message>
    <message>
        <source>other or undefined status</source>
        <comment>detail/x.0.0</comment>
        <translation>état autre ou non défini</translation>
    </message>
    <message>
        <source>other address status</source>
        <comment>detail/x.1.0</comment>
        <translation>autre état d&apos;adresse</translation>
    </message>
    <message>
        <source>destination mailbox address ambiguous</source>
        <comment>detail/x.1.4</comment>
        <translation>adresse de la boîte aux lettres de destination ambiguë</translation>
    </message>
    <message>
        <source>destination address valid</source>
        <comment>detail/x.1.5</comment>
        <translation>adresse de destination valide</translation>
    </message>
    <message>
        <source>destination mailbox has moved, no forwarding address</source>
        <comment>detail/x.1.6</comment>
        <translation>la boîte aux lettres de destination a été déplacée, pas d&apos;adresse de réexpédition</translation>
    </message>
    <message>
        <source>message relayed to a mailer that gives no further status (RFC 3886)</source>
        <comment>detail/x.1.9</comment>
        <translation>message relayé vers un système de messagerie qui ne fournit pas d&apos;autre état (RFC 3886)</translation>
    </message>
    <message>
        <source>other or undefined mailbox status</source>
        <comment>detail/x.2.0</comment>
        <translation>autre état de boîte aux lettres ou état non défini</translation>
    </message>
    <message>
        <source>mailing list expansion problem</source>
        <comment>detail/x.2.4</comment>
        <translation>problème de développement de la liste de diffusion</translation>
    </message>
    <message>
        <source>other or undefined mail system status</source>
        <comment>detail/x.3.0</comment>
        <translation>autre état du système de messagerie ou état non défini</translation>
    </message>
    <message>
        <source>system not capable of the selected features</source>
        <comment>detail/x.3.3</comment>
        <translation>le système ne prend pas en charge les fonctions choisies</translation>
    </message>
    <message>
        <source>requested priority was changed (RFC 6710)</source>
        <comment>detail/x.3.6</comment>
        <translation>la priorité demandée a été modifiée (RFC 6710)</translation>
    </message>
    <message>
        <source>other or undefined network or routing status</source>
        <comment>detail/x.4.0</comment>
        <translation>autre état du réseau ou du routage, ou état non défini</translation>
    </message>
    <message>
        <source>routing loop detected</source>
        <comment>detail/x.4.6</comment>
        <translation>boucle de routage détectée</translation>
    </message>
    <message>
        <source>other or undefined protocol status</source>
        <comment>detail/x.5.0</comment>
        <translation>autre état du protocole ou état non défini</translation>
    </message>
    <message>
        <source>wrong protocol version</source>
        <comment>detail/x.5.5</comment>
        <translation>mauvaise version du protocole</translation>
    </message>
    <message>
        <source>media not supported</source>
        <comment>detail/x.6.1</comment>
        <translation>média non pris en charge</translation>
    </message>
    <message>
        <source>conversion required and prohibited</source>
        <comment>detail/x.6.2</comment>
        <translation>conversion requise et interdite</translation>
    </message>
    <message>
        <source>conversion required but not supported</source>
        <comment>detail/x.6.3</comment>
        <translation>conversion requise mais non prise en charge</translation>
    </message>
    <message>
        <source>conversion with loss performed</source>
        <comment>detail/x.6.4</comment>
        <translation>conversion effectuée avec perte</translation>
    </message>
    <message>
        <source>conversion failed</source>
        <comment>detail/x.6.5</comment>
        <translation>échec de la conversion</translation>
    </message>
    <message>
        <source>message content not available (RFC 4468)</source>
        <comment>detail/x.6.6</comment>
        <translation>contenu du message non disponible (RFC 4468)</translation>
    </message>
    <message>
        <source>non-ASCII addresses not permitted for that sender or recipient (RFC 6531)</source>
        <comment>detail/x.6.7</comment>
        <translation>adresses non ASCII non autorisées pour cet expéditeur ou ce destinataire (RFC 6531)</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the client (RFC 6531)</source>
        <comment>detail/x.6.8</comment>
        <translation>une réponse en chaîne UTF-8 est requise, mais non autorisée par le client (RFC 6531)</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients (RFC 6531)</source>
        <comment>detail/x.6.9</comment>
        <translation>le message avec en-têtes UTF-8 ne peut pas être transmis à un ou plusieurs destinataires (RFC 6531)</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the client; duplicate of x.6.8 (RFC 6531)</source>
        <comment>detail/x.6.10</comment>
        <translation>une réponse en chaîne UTF-8 est requise, mais non autorisée par le client&#xa0;; doublon de x.6.8 (RFC 6531)</translation>
    </message>
    <message>
        <source>mail flood detected</source>
        <comment>detail/x.7.28</comment>
        <translation>afflux de courrier détecté</translation>
    </message>
    <message>
        <source>ARC validation failure (RFC 8617)</source>
        <comment>detail/x.7.29</comment>
        <translation>échec de la validation ARC (RFC 8617)</translation>
    </message>
    <message>
        <source>REQUIRETLS support required (RFC 8689)</source>
        <comment>detail/x.7.30</comment>
        <translation>prise en charge de REQUIRETLS requise (RFC 8689)</translation>
    </message>
    <message>
        <source>The recipient only takes mail from certain senders</source>
        <comment>recipient.sender_restricted/title</comment>
        <translation>Le destinataire n&apos;accepte le courrier que de certains expéditeurs</translation>
    </message>
    <message>
        <source>The address exists, but it only accepts mail from senders it knows: members of its organisation, signed-in senders, or an approved list. Your settings are fine; the recipient&apos;s side decides.</source>
        <comment>recipient.sender_restricted/summary</comment>
        <translation>L&apos;adresse existe, mais elle n&apos;accepte le courrier que des expéditeurs qu&apos;elle connaît&#xa0;: membres de son organisation, expéditeurs authentifiés ou liste approuvée. Vos paramètres sont corrects&#xa0;; c&apos;est le côté destinataire qui décide.</translation>
    </message>
    <message>
        <source>The address is a group or distribution list that only takes mail from its members or from inside its organisation.
The recipient or their administrator keeps a list of allowed senders (or allowed sending servers) and you are not on it.
The recipient has chosen not to receive mail from you.</source>
        <comment>recipient.sender_restricted/causes</comment>
        <translation>L&apos;adresse est un groupe ou une liste de distribution qui n&apos;accepte le courrier que de ses membres ou de l&apos;intérieur de son organisation.
Le destinataire ou son administrateur tient une liste d&apos;expéditeurs autorisés (ou de serveurs d&apos;envoi autorisés) sur laquelle vous ne figurez pas.
Le destinataire a choisi de ne pas recevoir de courrier de votre part.</translation>
    </message>
    <message>
        <source>Ask the recipient, the group&apos;s owner or their mail administrator to allow your address (or your sending server).
If you belong to the recipient&apos;s organisation, send from your account there, signed in.
Reach the recipient another way, and send to a personal address instead of the group.</source>
        <comment>recipient.sender_restricted/fixes</comment>
        <translation>Demandez au destinataire, au propriétaire du groupe ou à son administrateur de messagerie d&apos;autoriser votre adresse (ou votre serveur d&apos;envoi).
Si vous appartenez à l&apos;organisation du destinataire, envoyez depuis votre compte dans cette organisation, en étant authentifié.
Contactez le destinataire par un autre moyen, et écrivez à une adresse personnelle plutôt qu&apos;au groupe.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.1 (delivery not authorised); Exchange Online 5.7.12, 5.7.124, 5.7.133-5.7.136</source>
        <comment>recipient.sender_restricted/reference</comment>
        <translation>RFC 3463 x.7.1 (distribution non autorisée)&#xa0;; Exchange Online 5.7.12, 5.7.124, 5.7.133-5.7.136</translation>
    </message>
    <message>
        <source>This setting works</source>
        <comment>probe.works/title</comment>
        <translation>Ce paramètre fonctionne</translation>
    </message>
    <message>
        <source>The server answered on this port, the connection was encrypted with a certificate that checks out, and the server offers sign-in. Your mail program can use exactly this server, port and encryption.</source>
        <comment>probe.works/summary</comment>
        <translation>Le serveur a répondu sur ce port, la connexion a été chiffrée avec un certificat valide et le serveur propose l&apos;authentification. Votre logiciel de messagerie peut utiliser exactement ce serveur, ce port et ce chiffrement.</translation>
    </message>
    <message>
        <source>The server greeted, TLS was set up and verified, and the server listed its sign-in methods (AUTH) inside the encrypted connection.</source>
        <comment>probe.works/causes</comment>
        <translation>Le serveur a envoyé son accueil, TLS a été établi et vérifié, et le serveur a indiqué ses méthodes d&apos;authentification (AUTH) dans la connexion chiffrée.</translation>
    </message>
    <message>
        <source>Use this server, port and encryption in your mail program.
Then sign in with your password (or app password) and send a test message to be sure.</source>
        <comment>probe.works/fixes</comment>
        <translation>Utilisez ce serveur, ce port et ce chiffrement dans votre logiciel de messagerie.
Connectez-vous ensuite avec votre mot de passe (ou mot de passe d&apos;application) et envoyez un message de test pour vous en assurer.</translation>
    </message>
    <message>
        <source>RFC 8314 section 3.3 (implicit TLS, port 465); RFC 6409 (port 587); RFC 3207 (STARTTLS); RFC 4954 (AUTH)</source>
        <comment>probe.works/reference</comment>
        <translation>RFC 8314 section 3.3 (TLS implicite, port 465)&#xa0;; RFC 6409 (port 587)&#xa0;; RFC 3207 (STARTTLS)&#xa0;; RFC 4954 (AUTH)</translation>
    </message>
    <message>
        <source>Antivirus or a proxy is reading your mail connection</source>
        <comment>tls.interception/title</comment>
        <translation>Un antivirus ou un proxy lit votre connexion de messagerie</translation>
    </message>
    <message>
        <source>The certificate did not come from the mail server: it was made by antivirus software on this computer or by a company firewall. It opens the encrypted connection, reads it, and opens another one to the server. Your password passes through it.</source>
        <comment>tls.interception/summary</comment>
        <translation>Le certificat ne provient pas du serveur de messagerie&#xa0;: il a été créé par un antivirus sur cet ordinateur ou par un pare-feu d&apos;entreprise. Celui-ci ouvre la connexion chiffrée, la lit, puis en ouvre une autre vers le serveur. Votre mot de passe transite par lui.</translation>
    </message>
    <message>
        <source>An antivirus &quot;mail shield&quot; or &quot;SSL/TLS scanning&quot; (Avast, AVG, Norton, Kaspersky, ESET, Bitdefender) checks outgoing mail.
A company firewall or cloud proxy (Fortinet, Zscaler, Sophos, Palo Alto, Cisco Umbrella, Netskope) inspects encrypted traffic.
The mail program does not trust the product&apos;s own certificate, so the connection fails; or it trusts it, and the product sees everything.</source>
        <comment>tls.interception/causes</comment>
        <translation>Un «&#xa0;bouclier mail&#xa0;» ou une «&#xa0;analyse SSL/TLS&#xa0;» d&apos;antivirus (Avast, AVG, Norton, Kaspersky, ESET, Bitdefender) contrôle le courrier sortant.
Un pare-feu d&apos;entreprise ou un proxy cloud (Fortinet, Zscaler, Sophos, Palo Alto, Cisco Umbrella, Netskope) inspecte le trafic chiffré.
Le logiciel de messagerie ne fait pas confiance au certificat propre du produit, et la connexion échoue&#xa0;; ou bien il lui fait confiance, et le produit voit tout.</translation>
    </message>
    <message>
        <source>In the antivirus settings, turn off mail scanning of encrypted connections (&quot;Mail Shield&quot;, &quot;Scan SSL/TLS&quot;, &quot;Encrypted connections&quot;) or add an exception for your mail server.
At work, ask IT to exclude your mail server from TLS inspection.
Do not switch off certificate checks in your mail program to get past this.</source>
        <comment>tls.interception/fixes</comment>
        <translation>Dans les paramètres de l&apos;antivirus, désactivez l&apos;analyse du courrier dans les connexions chiffrées («&#xa0;Mail Shield&#xa0;», «&#xa0;Scan SSL/TLS&#xa0;», «&#xa0;Encrypted connections&#xa0;») ou ajoutez une exception pour votre serveur de messagerie.
Au travail, demandez au service informatique d&apos;exclure votre serveur de messagerie de l&apos;inspection TLS.
Ne désactivez pas la vérification des certificats dans votre logiciel de messagerie pour contourner le problème.</translation>
    </message>
    <message>
        <source>RFC 8314 section 4.1 (certificate checks for mail); RFC 6125</source>
        <comment>tls.interception/reference</comment>
        <translation>RFC 8314 section 4.1 (vérification des certificats pour le courrier)&#xa0;; RFC 6125</translation>
    </message>
    <message>
        <source>This port expects TLS from the start</source>
        <comment>net.expects_implicit_tls/title</comment>
        <translation>Ce port attend TLS dès le départ</translation>
    </message>
    <message>
        <source>The server never sent its greeting, because it waited for encryption to begin. A second connection proved it: the server answered a TLS handshake at once. Switch Security to TLS from the start.</source>
        <comment>net.expects_implicit_tls/summary</comment>
        <translation>Le serveur n&apos;a jamais envoyé son accueil, car il attendait le début du chiffrement. Une seconde connexion l&apos;a prouvé : le serveur a aussitôt répondu à une négociation TLS. Réglez Sécurité sur « TLS dès le départ ».</translation>
    </message>
    <message>
        <source>STARTTLS (or no encryption) was chosen for a port that speaks TLS from the first byte, such as 465.
The provider&apos;s instructions name this port with &quot;SSL/TLS&quot; or &quot;SSL&quot;.</source>
        <comment>net.expects_implicit_tls/causes</comment>
        <translation>STARTTLS (ou aucun chiffrement) a été choisi pour un port qui parle TLS dès le premier octet, comme le 465.
Les instructions du fournisseur indiquent ce port avec « SSL/TLS » ou « SSL ».</translation>
    </message>
    <message>
        <source>Set Security to TLS from the start and keep this port.
Or keep STARTTLS and change the port to 587, if your provider offers it.</source>
        <comment>net.expects_implicit_tls/fixes</comment>
        <translation>Réglez Sécurité sur « TLS dès le départ » et gardez ce port.
Ou gardez STARTTLS et passez au port 587, si votre fournisseur le propose.</translation>
    </message>
    <message>
        <source>RFC 8314 section 3 (implicit TLS, port 465); RFC 3207 (STARTTLS)</source>
        <comment>net.expects_implicit_tls/reference</comment>
        <translation>RFC 8314 section 3 (TLS implicite, port 465) ; RFC 3207 (STARTTLS)</translation>
    </message>
    <message>
        <source>This computer seems to be offline or has no DNS</source>
        <comment>net.offline/title</comment>
        <translation>Cet ordinateur semble hors ligne ou sans DNS</translation>
    </message>
    <message>
        <source>The server name could not be looked up, and neither could a well-known name. So the trouble is this computer&apos;s connection, not the server name: nothing is known about the name yet.</source>
        <comment>net.offline/summary</comment>
        <translation>Le nom du serveur n&apos;a pas pu être résolu, pas plus qu&apos;un nom bien connu. Le problème vient donc de la connexion de cet ordinateur, pas du nom du serveur : on ne sait encore rien de ce nom.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network (cable, Wi-Fi, flight mode).
The network is connected, but its DNS server does not answer.
A VPN, proxy or firewall blocks name lookups.</source>
        <comment>net.offline/causes</comment>
        <translation>Cet ordinateur n&apos;est connecté à aucun réseau (câble, Wi-Fi, mode avion).
Le réseau est connecté, mais son serveur DNS ne répond pas.
Un VPN, un proxy ou un pare-feu bloque la résolution des noms.</translation>
    </message>
    <message>
        <source>Check that this computer can open web pages.
Reconnect to the network (or switch flight mode off), then try again.
On a company network or VPN, ask whether outside names are blocked.</source>
        <comment>net.offline/fixes</comment>
        <translation>Vérifiez que cet ordinateur peut ouvrir des pages web.
Reconnectez-vous au réseau (ou désactivez le mode avion), puis réessayez.
Sur un réseau d&apos;entreprise ou un VPN, demandez si les noms extérieurs sont bloqués.</translation>
    </message>
    <message>
        <source>DNS lookup (RFC 1035)</source>
        <comment>net.offline/reference</comment>
        <translation>Résolution DNS (RFC 1035)</translation>
    </message>
    <message>
        <source>Amazon SES: not every AWS region has an SMTP endpoint (email-smtp.&lt;region&gt;.amazonaws.com). It listens on 587, 25 and 2587 with STARTTLS and on 465 and 2465 with TLS from the start. EC2 throttles port 25; use 587 or 2587.</source>
        <comment>hint/ses/net</comment>
        <translation>Amazon SES&#xa0;: toutes les régions AWS n&apos;ont pas de point de terminaison SMTP (email-smtp.&lt;region&gt;.amazonaws.com). Il écoute sur 587, 25 et 2587 avec STARTTLS, et sur 465 et 2465 avec TLS dès le départ. EC2 limite le port 25&#xa0;; utilisez 587 ou 2587.</translation>
    </message>
    <message>
        <source>Fastmail always needs an app password, never the normal password. The official setting is port 465 with TLS from the start.</source>
        <comment>hint/fastmail/auth</comment>
        <translation>Fastmail exige toujours un mot de passe d&apos;application, jamais le mot de passe normal. Le réglage officiel est le port 465 avec TLS dès le départ.</translation>
    </message>
    <message>
        <source>The two sides started the connection in different ways: one expected encryption from the first byte (TLS from the start, which providers often call SSL/TLS), the other expected plain text first and encryption later (STARTTLS).</source>
        <comment>net.security_mode_mismatch/summary</comment>
        <translation>Les deux côtés ont démarré la connexion différemment&#xa0;: l&apos;un attendait le chiffrement dès le premier octet (TLS dès le départ, que les fournisseurs appellent souvent SSL/TLS), l&apos;autre du texte en clair d&apos;abord et le chiffrement ensuite (STARTTLS).</translation>
    </message>
    <message>
        <source>TLS from the start was chosen for a STARTTLS port such as 587 or 25.
STARTTLS or no encryption was chosen for a port that expects TLS from the start, such as 465.
A proxy or antivirus on the way changes the connection.</source>
        <comment>net.security_mode_mismatch/causes</comment>
        <translation>TLS dès le départ a été choisi pour un port STARTTLS comme 587 ou 25.
STARTTLS ou aucun chiffrement a été choisi pour un port qui attend TLS dès le départ, comme 465.
Un proxy ou un antivirus sur le trajet modifie la connexion.</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS, or port 465 with TLS from the start: those are the two pairs that belong together.
Check your provider&apos;s instructions for the port and the security setting.</source>
        <comment>net.security_mode_mismatch/fixes</comment>
        <translation>Utilisez le port 587 avec STARTTLS, ou le port 465 avec TLS dès le départ&#xa0;: ce sont les deux paires qui vont ensemble.
Vérifiez le port et le réglage de sécurité dans les instructions de votre fournisseur.</translation>
    </message>
    <message>
        <source>This port expects TLS from the start (465) rather than STARTTLS.
A firewall or antivirus removes STARTTLS from the server&apos;s list.
The server has no certificate set up, or encryption is temporarily unavailable.</source>
        <comment>tls.starttls_unavailable/causes</comment>
        <translation>Ce port attend TLS dès le départ (465) plutôt que STARTTLS.
Un pare-feu ou un antivirus retire STARTTLS de la liste du serveur.
Le serveur n&apos;a pas de certificat configuré, ou le chiffrement est momentanément indisponible.</translation>
    </message>
    <message>
        <source>Check the port: 587 usually offers STARTTLS; for 465 choose TLS from the start.
Try from another network: if STARTTLS appears there, something on your network removes it.
If you run the server, set up a certificate and enable STARTTLS.</source>
        <comment>tls.starttls_unavailable/fixes</comment>
        <translation>Vérifiez le port&#xa0;: 587 propose généralement STARTTLS&#xa0;; pour 465, choisissez « TLS dès le départ ».
Essayez depuis un autre réseau&#xa0;: si STARTTLS y apparaît, un élément de votre réseau le retire.
Si vous gérez le serveur, installez un certificat et activez STARTTLS.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS and use port 587.
Or set it to TLS from the start and use port 465.</source>
        <comment>tls.required/fixes</comment>
        <translation>Réglez la sécurité sur STARTTLS et utilisez le port 587.
Ou réglez-la sur « TLS dès le départ » et utilisez le port 465.</translation>
    </message>
    <message>
        <source>Switch on sign-in and enter the user name (usually the full e-mail address) and the password.
Use port 587 with STARTTLS or 465 with TLS from the start so the sign-in can happen.
A device that cannot sign in needs a relay that accepts it by its IP address instead.</source>
        <comment>auth.required/fixes</comment>
        <translation>Activez l&apos;authentification et saisissez le nom d&apos;utilisateur (généralement l&apos;adresse e-mail complète) et le mot de passe.
Utilisez le port 587 avec STARTTLS ou 465 avec TLS dès le départ pour que l&apos;authentification puisse avoir lieu.
Un appareil qui ne peut pas s&apos;authentifier a besoin à la place d&apos;un relais qui l&apos;accepte d&apos;après son adresse IP.</translation>
    </message>
    <message>
        <source>Switch on STARTTLS (port 587) or TLS from the start (port 465).
Check the server name and port in your provider&apos;s instructions.
If this relay needs no sign-in, remove the user name from the settings.</source>
        <comment>auth.not_offered/fixes</comment>
        <translation>Activez STARTTLS (port 587) ou TLS dès le départ (port 465).
Vérifiez le nom du serveur et le port dans les instructions de votre fournisseur.
Si ce relais ne nécessite pas d&apos;authentification, retirez le nom d&apos;utilisateur des paramètres.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS (port 587) or TLS from the start (port 465).
Only on a lab server you control: allow unencrypted sign-in explicitly in the profile.</source>
        <comment>auth.encryption_required/fixes</comment>
        <translation>Réglez la sécurité sur STARTTLS (port 587) ou « TLS dès le départ » (port 465).
Uniquement sur un serveur de test que vous maîtrisez&#xa0;: autorisez explicitement l&apos;authentification sans chiffrement dans le profil.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Discovery</name>
    <message>
        <source>Type an email address, e.g. anna@example.com.</source>
        <translation>Saisissez une adresse e-mail, par ex. anna@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address: it needs a name, an @ and a domain, e.g. anna@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;: il faut un nom, un @ et un domaine, par ex. anna@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address: it contains a space.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;: elle contient un espace.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address: &apos;%2&apos; is not a domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>domaine %1</translation>
    </message>
    <message>
        <source>domain %1, written %2 in DNS (punycode)</source>
        <translation>domaine %1, écrit %2 dans le DNS (punycode)</translation>
    </message>
    <message>
        <source>offline: only the bundled presets and the ISPDB snapshot of %1</source>
        <translation>hors ligne&#xa0;: uniquement les préréglages intégrés et l&apos;instantané de l&apos;ISPDB du %1</translation>
    </message>
    <message>
        <source>bundled presets, by domain %1</source>
        <translation>préréglages intégrés, par domaine %1</translation>
    </message>
    <message>
        <source>no preset lists %1</source>
        <translation>aucun préréglage ne mentionne %1</translation>
    </message>
    <message>
        <source>bundled presets, by MX host %1</source>
        <translation>préréglages intégrés, par hôte MX %1</translation>
    </message>
    <message>
        <source>no preset knows the mail host %1</source>
        <translation>aucun préréglage ne connaît l&apos;hôte de messagerie %1</translation>
    </message>
    <message>
        <source>your domain&apos;s mail is hosted by %1</source>
        <translation>le courrier de votre domaine est hébergé par %1</translation>
    </message>
    <message>
        <source>ISPDB snapshot of %1: %2</source>
        <translation>instantané de l&apos;ISPDB du %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (the provider of your mail host)</source>
        <translation>%1 (le fournisseur de votre hôte de messagerie)</translation>
    </message>
    <message>
        <source>not in the snapshot (%1 domains)</source>
        <translation>absent de l&apos;instantané (%1 domaines)</translation>
    </message>
    <message>
        <source>null MX (RFC 7505): the domain takes no mail</source>
        <translation>MX nul (RFC 7505)&#xa0;: le domaine n&apos;accepte aucun courrier</translation>
    </message>
    <message>
        <source>the domain does not exist in DNS</source>
        <translation>le domaine n&apos;existe pas dans le DNS</translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation>aucun enregistrement MX</translation>
    </message>
    <message>
        <source>the file is not a usable autoconfig file: %1</source>
        <translation>le fichier n&apos;est pas un fichier autoconfig utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>(redirected to %1)</source>
        <translation>(redirigé vers %1)</translation>
    </message>
    <message>
        <source>%1: the file is for %2, not for %3; not used without asking</source>
        <translation>%1&#xa0;: le fichier concerne %2, pas %3&#xa0;; non utilisé sans vous demander</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>aucun domaine</translation>
    </message>
    <message>
        <source>%1: came over plain HTTP, so anyone on the way could have changed it; not used without asking</source>
        <translation>%1&#xa0;: reçu par HTTP simple, n&apos;importe qui sur le trajet a donc pu le modifier&#xa0;; non utilisé sans vous demander</translation>
    </message>
    <message>
        <source>not tried: HTTPS answered</source>
        <translation>non essayé&#xa0;: HTTPS a répondu</translation>
    </message>
    <message>
        <source>not tried: no plain-HTTP test server set (SENDCHECK_AUTOCONFIG_HTTP_URL)</source>
        <translation>non essayé&#xa0;: aucun serveur de test HTTP simple défini (SENDCHECK_AUTOCONFIG_HTTP_URL)</translation>
    </message>
    <message>
        <source>target &quot;.&quot;: the domain says this service is not offered</source>
        <translation>cible «&#xa0;.&#xa0;»&#xa0;: le domaine indique que ce service n&apos;est pas proposé</translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation>aucun enregistrement SRV</translation>
    </message>
    <message>
        <source>the name exists: a guess, to be tested before use</source>
        <translation>le nom existe&#xa0;: une supposition, à tester avant utilisation</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>ce nom n&apos;existe pas</translation>
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
        <translation>aucun chiffrement</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès le départ</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DiscoveryReport</name>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>Servers to try</source>
        <translation>Serveurs à essayer</translation>
    </message>
    <message>
        <source>No source gave any settings.</source>
        <translation>Aucune source n&apos;a fourni de paramètres.</translation>
    </message>
    <message>
        <source>Server settings found: %1, best source first.</source>
        <translation>Paramètres de serveur trouvés&#xa0;: %1, la meilleure source en premier.</translation>
    </message>
    <message>
        <source>Ask your mail provider for its outgoing (SMTP) server, or run discovery again online.</source>
        <translation>Demandez à votre fournisseur de messagerie son serveur sortant (SMTP), ou relancez la recherche en ligne.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DiscoveryResult</name>
    <message>
        <source>No recommendation: the address is not valid.</source>
        <translation>Aucune recommandation&#xa0;: l&apos;adresse n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>No recommendation: no source gave any settings.</source>
        <translation>Aucune recommandation&#xa0;: aucune source n&apos;a fourni de paramètres.</translation>
    </message>
    <message>
        <source>No recommendation: only guesses or untrusted answers; test them before using one.</source>
        <translation>Aucune recommandation&#xa0;: uniquement des suppositions ou des réponses non fiables&#xa0;; testez-les avant d&apos;en utiliser une.</translation>
    </message>
    <message>
        <source>%1: TLS from the first byte (RFC 8314 prefers it), from the first trusted source that knows this address.</source>
        <translation>%1&#xa0;: TLS dès le premier octet (préféré par la RFC 8314), d&apos;après la première source fiable qui connaît cette adresse.</translation>
    </message>
    <message>
        <source>%1: STARTTLS, because the first trusted source that knows this address lists no TLS port for this server.</source>
        <translation>%1&#xa0;: STARTTLS, car la première source fiable qui connaît cette adresse n&apos;indique aucun port TLS pour ce serveur.</translation>
    </message>
    <message>
        <source>%1 works from here: %2</source>
        <translation>%1 fonctionne d&apos;ici&#xa0;: %2</translation>
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
        <translation>Préréglages intégrés</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>Enregistrements MX</translation>
    </message>
    <message>
        <source>Autoconfig file</source>
        <translation>Fichier autoconfig</translation>
    </message>
    <message>
        <source>Thunderbird ISPDB</source>
        <translation>ISPDB de Thunderbird</translation>
    </message>
    <message>
        <source>ISPDB snapshot</source>
        <translation>Instantané de l&apos;ISPDB</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>Enregistrement SRV</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Supposition</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>rien trouvé</translation>
    </message>
    <message>
        <source>untrusted (plain HTTP)</source>
        <translation>non fiable (HTTP simple)</translation>
    </message>
    <message>
        <source>for another domain</source>
        <translation>pour un autre domaine</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DkimKey</name>
    <message>
        <source>Syntax error: %1</source>
        <translation>Erreur de syntaxe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tag %1= appears twice.</source>
        <translation>La balise %1= apparaît deux fois.</translation>
    </message>
    <message>
        <source>v=DKIM1 must come first.</source>
        <translation>v=DKIM1 doit venir en premier.</translation>
    </message>
    <message>
        <source>v= must be DKIM1, not &apos;%1&apos;.</source>
        <translation>v= doit valoir DKIM1, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>t=y: the key is marked as testing; receivers may treat signed mail as unsigned.</source>
        <translation>t=y&#xa0;: la clé est marquée comme étant en test&#xa0;; les destinataires peuvent traiter le courrier signé comme non signé.</translation>
    </message>
    <message>
        <source>h= allows only %1; receivers require sha256 (RFC 8301).</source>
        <translation>h= n&apos;autorise que %1&#xa0;; les destinataires exigent sha256 (RFC 8301).</translation>
    </message>
    <message>
        <source>s= does not allow email.</source>
        <translation>s= n&apos;autorise pas email.</translation>
    </message>
    <message>
        <source>The record has no p= (public key) tag.</source>
        <translation>L&apos;enregistrement n&apos;a pas de balise p= (clé publique).</translation>
    </message>
    <message>
        <source>p= is not valid base64.</source>
        <translation>p= n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>p= is not an Ed25519 public key (32 octets).</source>
        <translation>p= n&apos;est pas une clé publique Ed25519 (32 octets).</translation>
    </message>
    <message>
        <source>Unknown key type k=%1.</source>
        <translation>Type de clé inconnu k=%1.</translation>
    </message>
    <message>
        <source>The key is a bare RSA key (PKCS#1), not the SubjectPublicKeyInfo RFC 6376 asks for; some receivers cannot read it.</source>
        <translation>La clé est une clé RSA brute (PKCS#1), et non la SubjectPublicKeyInfo que demande la RFC 6376&#xa0;; certains destinataires ne peuvent pas la lire.</translation>
    </message>
    <message>
        <source>p= does not hold a public key OpenSSL can read.</source>
        <translation>p= ne contient pas de clé publique lisible par OpenSSL.</translation>
    </message>
    <message>
        <source>k=rsa, but the key in p= is not an RSA key.</source>
        <translation>k=rsa, mais la clé de p= n&apos;est pas une clé RSA.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DmarcDiscovery</name>
    <message>
        <source>DNS lookup failed: %1</source>
        <translation>Échec de la requête DNS&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers then apply none of them.</source>
        <translation>%1 a %2 enregistrements DMARC&#xa0;; les destinataires n&apos;en appliquent alors aucun.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DmarcRecord</name>
    <message>
        <source>Syntax error: %1</source>
        <translation>Erreur de syntaxe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The record must start with v=DMARC1.</source>
        <translation>L&apos;enregistrement doit commencer par v=DMARC1.</translation>
    </message>
    <message>
        <source>The tag %1= appears twice.</source>
        <translation>La balise %1= apparaît deux fois.</translation>
    </message>
    <message>
        <source>p= must be none, quarantine or reject, not &apos;%1&apos;.</source>
        <translation>p= doit valoir none, quarantine ou reject, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The record has no p= (policy) tag.</source>
        <translation>L&apos;enregistrement n&apos;a pas de balise p= (politique).</translation>
    </message>
    <message>
        <source>sp= must be none, quarantine or reject, not &apos;%1&apos;.</source>
        <translation>sp= doit valoir none, quarantine ou reject, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>pct= must be a number from 0 to 100, not &apos;%1&apos;.</source>
        <translation>pct= doit être un nombre de 0 à 100, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1= must be r (relaxed) or s (strict), not &apos;%2&apos;.</source>
        <translation>%1= doit valoir r (souple) ou s (strict), et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>fo= allows 0, 1, d and s, not &apos;%1&apos;.</source>
        <translation>fo= autorise 0, 1, d et s, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1= has &apos;%2&apos;, which is not a URI (mailto:...).</source>
        <translation>%1= contient «&#xa0;%2&#xa0;», qui n&apos;est pas un URI (mailto:...).</translation>
    </message>
    <message>
        <source>%1= has &apos;%2&apos;, which is not a mail address.</source>
        <translation>%1= contient «&#xa0;%2&#xa0;», qui n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>p=none without rua=: nobody receives reports, so the record changes nothing and tells you nothing.</source>
        <translation>p=none sans rua=&#xa0;: personne ne reçoit de rapports&#xa0;; l&apos;enregistrement ne change donc rien et ne vous apprend rien.</translation>
    </message>
    <message>
        <source>pct=%1: the policy applies to only part of the failing mail.</source>
        <translation>pct=%1&#xa0;: la politique ne s&apos;applique qu&apos;à une partie du courrier en échec.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DnsAnswer</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>the name exists but has no record of this type</source>
        <translation>le nom existe mais n&apos;a aucun enregistrement de ce type</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>le nom n&apos;existe pas</translation>
    </message>
    <message>
        <source>the nameserver reported a failure (SERVFAIL)</source>
        <translation>le serveur de noms a signalé une panne (SERVFAIL)</translation>
    </message>
    <message>
        <source>the nameserver refused to answer</source>
        <translation>le serveur de noms a refusé de répondre</translation>
    </message>
    <message>
        <source>no answer from the nameserver in time</source>
        <translation>pas de réponse du serveur de noms à temps</translation>
    </message>
    <message>
        <source>the answer was cut short and could not be read in full</source>
        <translation>la réponse a été tronquée et n&apos;a pas pu être lue entièrement</translation>
    </message>
    <message>
        <source>this is not a name that can be looked up</source>
        <translation>ce n&apos;est pas un nom qui peut être résolu</translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation>la requête a échoué</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DnsSettings</name>
    <message>
        <source>the system&apos;s nameservers</source>
        <translation>les serveurs de noms du système</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nameserver address: give ADDRESS or ADDRESS:PORT, e.g. 192.0.2.53:53 or [2001:db8::53]:53.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur de noms&#xa0;: indiquez ADRESSE ou ADRESSE:PORT, p. ex. 192.0.2.53:53 ou [2001:db8::53]:53.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainCheck</name>
    <message>
        <source>Give the domain to check, e.g. example.com.</source>
        <translation>Indiquez le domaine à vérifier, p. ex. example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a mail address; give its domain (the part after @).</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse e-mail&#xa0;; indiquez son domaine (la partie après le @).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address; give the domain name you send from.</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse IP&#xa0;; indiquez le nom de domaine depuis lequel vous envoyez.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name: use letters, digits and hyphens, in two or more parts separated by dots, e.g. example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine&#xa0;: utilisez des lettres, des chiffres et des traits d&apos;union, en deux parties ou plus séparées par des points, p. ex. example.com.</translation>
    </message>
    <message>
        <source>%1 has %2 key records; there must be one.</source>
        <translation>%1 a %2 enregistrements de clé&#xa0;; il en faut un seul.</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>Enregistrement SPF</translation>
    </message>
    <message>
        <source>The SPF record could not be read: %1</source>
        <translation>L&apos;enregistrement SPF n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check that the nameserver answers (and the domain&apos;s DNS hosting works), then run the check again.</source>
        <translation>Vérifiez que le serveur de noms répond (et que l&apos;hébergement DNS du domaine fonctionne), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>%1 has no SPF record. Receivers cannot tell which servers may send its mail, and many put such mail in spam.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement SPF. Les destinataires ne peuvent pas savoir quels serveurs ont le droit d&apos;envoyer son courrier, et beaucoup classent ce courrier en spam.</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1.</source>
        <translation>Publiez cet enregistrement TXT sur %1.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 naming the servers that send its mail, e.g. the include your mail provider gives you: v=spf1 include:&lt;provider&gt; ~all.</source>
        <translation>Publiez sur %1 un enregistrement TXT nommant les serveurs qui envoient son courrier, p. ex. l&apos;include que vous donne votre fournisseur de messagerie&#xa0;: v=spf1 include:&lt;fournisseur&gt; ~all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is not valid, so receivers ignore it (permerror): %2</source>
        <translation>L&apos;enregistrement SPF de %1 n&apos;est pas valide&#xa0;; les destinataires l&apos;ignorent donc (permerror)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fix the record: there must be exactly one TXT record starting with v=spf1, and every term in it must be valid.</source>
        <translation>Corrigez l&apos;enregistrement&#xa0;: il doit y avoir exactement un enregistrement TXT commençant par v=spf1, et chacun de ses termes doit être valide.</translation>
    </message>
    <message>
        <source>%1 has one valid SPF record: %2</source>
        <translation>%1 a un enregistrement SPF valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>SPF includes</source>
        <translation>Includes SPF</translation>
    </message>
    <message>
        <source>A record reached through include or redirect is broken, so receivers get a permanent error: %1</source>
        <translation>Un enregistrement atteint via include ou redirect est défectueux&#xa0;; les destinataires obtiennent donc une erreur permanente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove or correct the include; the provider&apos;s documentation gives the current name.</source>
        <translation>Supprimez ou corrigez l&apos;include&#xa0;; la documentation du fournisseur donne le nom actuel.</translation>
    </message>
    <message>
        <source>Not every included record could be read: %1</source>
        <translation>Les enregistrements inclus n&apos;ont pas tous pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run the check again; if it stays, the included domain&apos;s DNS is failing.</source>
        <translation>Relancez la vérification&#xa0;; si le problème persiste, le DNS du domaine inclus est défaillant.</translation>
    </message>
    <message>
        <source>Every included record was found and is valid.</source>
        <translation>Tous les enregistrements inclus ont été trouvés et sont valides.</translation>
    </message>
    <message>
        <source>SPF DNS lookups</source>
        <translation>Requêtes DNS SPF</translation>
    </message>
    <message>
        <source>Checking this record takes %1 DNS lookups (include, a, mx, ptr, exists, redirect); receivers stop at %2 and treat SPF as broken (permerror).</source>
        <translation>La vérification de cet enregistrement demande %1 requêtes DNS (include, a, mx, ptr, exists, redirect)&#xa0;; les destinataires s&apos;arrêtent à %2 et considèrent le SPF comme défectueux (permerror).</translation>
    </message>
    <message>
        <source>Drop includes of services you no longer use, replace a and mx by ip4:/ip6: ranges, or ask your providers for a flattened include.</source>
        <translation>Retirez les includes des services que vous n&apos;utilisez plus, remplacez a et mx par des plages ip4:/ip6:, ou demandez à vos fournisseurs un include aplati.</translation>
    </message>
    <message>
        <source>%1 of the record&apos;s lookups find nothing; receivers allow %2 and then treat SPF as broken.</source>
        <translation>%1 des requêtes de l&apos;enregistrement ne trouvent rien&#xa0;; les destinataires en tolèrent %2 et considèrent ensuite le SPF comme défectueux.</translation>
    </message>
    <message>
        <source>Remove the terms that name domains without records.</source>
        <translation>Supprimez les termes qui nomment des domaines sans enregistrements.</translation>
    </message>
    <message>
        <source>The record needs %1 of the %2 DNS lookups allowed: one more include breaks it.</source>
        <translation>L&apos;enregistrement nécessite %1 des %2 requêtes DNS autorisées&#xa0;: un include de plus le rendra défectueux.</translation>
    </message>
    <message>
        <source>Make room before adding another provider: drop unused includes.</source>
        <translation>Faites de la place avant d&apos;ajouter un autre fournisseur&#xa0;: retirez les includes inutilisés.</translation>
    </message>
    <message>
        <source>The record needs %1 of the %2 DNS lookups allowed.</source>
        <translation>L&apos;enregistrement nécessite %1 des %2 requêtes DNS autorisées.</translation>
    </message>
    <message>
        <source>SPF default</source>
        <translation>Règle SPF par défaut</translation>
    </message>
    <message>
        <source>The record hands the decision to another domain (redirect=).</source>
        <translation>L&apos;enregistrement confie la décision à un autre domaine (redirect=).</translation>
    </message>
    <message>
        <source>The record does not say what to do with mail from other servers (no ~all or -all), so forged mail gets a neutral result.</source>
        <translation>L&apos;enregistrement n&apos;indique pas quoi faire du courrier provenant d&apos;autres serveurs (pas de ~all ni de -all)&#xa0;; le courrier falsifié obtient donc un résultat neutre.</translation>
    </message>
    <message>
        <source>End the record with ~all (or -all once you are sure every sender is listed).</source>
        <translation>Terminez l&apos;enregistrement par ~all (ou -all une fois sûr que tous les expéditeurs sont listés).</translation>
    </message>
    <message>
        <source>The record ends in +all: every server in the world may send as %1.</source>
        <translation>L&apos;enregistrement se termine par +all&#xa0;: n&apos;importe quel serveur au monde peut envoyer en tant que %1.</translation>
    </message>
    <message>
        <source>Replace +all by ~all.</source>
        <translation>Remplacez +all par ~all.</translation>
    </message>
    <message>
        <source>Mail from servers not listed fails SPF (-all).</source>
        <translation>Le courrier provenant de serveurs non listés échoue au SPF (-all).</translation>
    </message>
    <message>
        <source>Mail from servers not listed gets a soft fail (~all).</source>
        <translation>Le courrier provenant de serveurs non listés obtient un échec léger (~all).</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>SPF pour %1</translation>
    </message>
    <message>
        <source>%1 may send for %2 (SPF pass).</source>
        <translation>%1 a le droit d&apos;envoyer pour %2 (SPF pass).</translation>
    </message>
    <message>
        <source>%1 is not allowed to send for %2 (SPF fail); receivers may reject the mail.</source>
        <translation>%1 n&apos;a pas le droit d&apos;envoyer pour %2 (SPF fail)&#xa0;; les destinataires peuvent rejeter le courrier.</translation>
    </message>
    <message>
        <source>The domain explains: %1</source>
        <translation>Le domaine explique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add the server to the SPF record of %1 (its provider&apos;s include, or ip4:/ip6: with its address).</source>
        <translation>Ajoutez le serveur à l&apos;enregistrement SPF de %1 (l&apos;include de son fournisseur, ou ip4:/ip6: avec son adresse).</translation>
    </message>
    <message>
        <source>SPF does not vouch for %1 sending for %2 (%3): the mail counts as unauthenticated unless DKIM passes.</source>
        <translation>SPF ne garantit pas que %1 envoie pour %2 (%3)&#xa0;: le courrier est considéré comme non authentifié, sauf si DKIM réussit.</translation>
    </message>
    <message>
        <source>Add the server to the SPF record of %1.</source>
        <translation>Ajoutez le serveur à l&apos;enregistrement SPF de %1.</translation>
    </message>
    <message>
        <source>SPF is broken for %1 (permerror): %2</source>
        <translation>Le SPF de %1 est défectueux (permerror)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fix the SPF record; receivers treat a broken one like none, or worse.</source>
        <translation>Corrigez l&apos;enregistrement SPF&#xa0;; les destinataires traitent un enregistrement défectueux comme s&apos;il n&apos;y en avait pas, voire pire.</translation>
    </message>
    <message>
        <source>SPF could not be checked (temperror): %1</source>
        <translation>Le SPF n&apos;a pas pu être vérifié (temperror)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run the check again; if it stays, the domain&apos;s DNS is failing.</source>
        <translation>Relancez la vérification&#xa0;; si le problème persiste, le DNS du domaine est défaillant.</translation>
    </message>
    <message>
        <source>SPF include for %1</source>
        <translation>Include SPF pour %1</translation>
    </message>
    <message>
        <source>%1 has no fixed SPF include to check.</source>
        <translation>%1 n&apos;a pas d&apos;include SPF fixe à vérifier.</translation>
    </message>
    <message>
        <source>The record includes %1.</source>
        <translation>L&apos;enregistrement inclut %1.</translation>
    </message>
    <message>
        <source>The record does not include %1, so mail sent through %2 fails SPF.</source>
        <translation>L&apos;enregistrement n&apos;inclut pas %1&#xa0;; le courrier envoyé via %2 échoue donc au SPF.</translation>
    </message>
    <message>
        <source>(This include is what other domains publish; check it in %1&apos;s documentation.)</source>
        <translation>(Cet include est celui que publient d&apos;autres domaines&#xa0;; vérifiez-le dans la documentation de %1.)</translation>
    </message>
    <message>
        <source>Replace the record by this one (your record with the include added).</source>
        <translation>Remplacez l&apos;enregistrement par celui-ci (votre enregistrement avec l&apos;include ajouté).</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Sélecteur DKIM</translation>
    </message>
    <message>
        <source>DKIM key found at: %1.</source>
        <translation>Clé DKIM trouvée sur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>None at: %1 (fine if your provider signs with one of the others).</source>
        <translation>Aucune sur&#xa0;: %1 (ce n&apos;est pas un problème si votre fournisseur signe avec l&apos;un des autres).</translation>
    </message>
    <message>
        <source>DKIM keys could not be looked up: %1</source>
        <translation>Les clés DKIM n&apos;ont pas pu être recherchées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No DKIM key at %1 (looked at %2._domainkey.%3). Mail is not signed for %3, or receivers cannot check the signature.</source>
        <translation>Aucune clé DKIM sur %1 (recherche sur %2._domainkey.%3). Le courrier n&apos;est pas signé pour %3, ou les destinataires ne peuvent pas vérifier la signature.</translation>
    </message>
    <message>
        <source>Publish the DKIM record your mail provider gives you (a TXT record, or the CNAME records it names) at &lt;selector&gt;._domainkey.%1.</source>
        <translation>Publiez l&apos;enregistrement DKIM que vous donne votre fournisseur de messagerie (un enregistrement TXT, ou les enregistrements CNAME qu&apos;il indique) sur &lt;sélecteur&gt;._domainkey.%1.</translation>
    </message>
    <message>
        <source>No DKIM key found at the common selector names. Your provider may use its own name.</source>
        <translation>Aucune clé DKIM trouvée sous les noms de sélecteur courants. Votre fournisseur utilise peut-être son propre nom.</translation>
    </message>
    <message>
        <source>Look up the selector in your provider&apos;s settings (or in the DKIM-Signature header of a sent message, s=) and check it with --dkim-selector.</source>
        <translation>Recherchez le sélecteur dans les paramètres de votre fournisseur (ou dans l&apos;en-tête DKIM-Signature d&apos;un message envoyé, s=) et vérifiez-le avec --dkim-selector.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Publish the key record exactly as your provider gives it.</source>
        <translation>Publiez l&apos;enregistrement de clé exactement tel que votre fournisseur le donne.</translation>
    </message>
    <message>
        <source>%1: revoked (empty p=); mail signed with it fails DKIM.</source>
        <translation>%1&#xa0;: révoquée (p= vide)&#xa0;; le courrier signé avec elle échoue à DKIM.</translation>
    </message>
    <message>
        <source>%1: Ed25519 key</source>
        <translation>%1&#xa0;: clé Ed25519</translation>
    </message>
    <message>
        <source>%1: RSA key of %2 bits</source>
        <translation>%1&#xa0;: clé RSA de %2 bits</translation>
    </message>
    <message>
        <source>too short: receivers ignore RSA keys under 1024 bits (RFC 8301)</source>
        <translation>trop courte&#xa0;: les destinataires ignorent les clés RSA de moins de 1024 bits (RFC 8301)</translation>
    </message>
    <message>
        <source>Make a new key of 2048 bits with your provider and publish it.</source>
        <translation>Créez une nouvelle clé de 2048 bits auprès de votre fournisseur et publiez-la.</translation>
    </message>
    <message>
        <source>accepted, but 2048 bits is recommended</source>
        <translation>acceptée, mais 2048 bits sont recommandés</translation>
    </message>
    <message>
        <source>Switch to a 2048-bit key when your provider offers it.</source>
        <translation>Passez à une clé de 2048 bits dès que votre fournisseur le propose.</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>Clé DKIM</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>Enregistrement DMARC</translation>
    </message>
    <message>
        <source>The DMARC record could not be read: %1</source>
        <translation>L&apos;enregistrement DMARC n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep one record starting with v=DMARC1 at %1 and delete the others.</source>
        <translation>Conservez un seul enregistrement commençant par v=DMARC1 sur %1 et supprimez les autres.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>No DMARC record at %1. Gmail, Yahoo and Outlook.com require one from bulk senders, and without it nobody tells you who sends mail in your name.</source>
        <translation>Aucun enregistrement DMARC sur %1. Gmail, Yahoo et Outlook.com en exigent un des expéditeurs de masse, et sans lui personne ne vous signale qui envoie du courrier en votre nom.</translation>
    </message>
    <message>
        <source>Publish this first DMARC record: it changes nothing for delivery and sends you reports (change the address to one you read).</source>
        <translation>Publiez ce premier enregistrement DMARC&#xa0;: il ne change rien à la distribution et vous envoie des rapports (remplacez l&apos;adresse par une adresse que vous lisez).</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>Alignement DMARC</translation>
    </message>
    <message>
        <source>Without a DMARC record, receivers do not check alignment for %1.</source>
        <translation>Sans enregistrement DMARC, les destinataires ne vérifient pas l&apos;alignement pour %1.</translation>
    </message>
    <message>
        <source>The DMARC record at %1 has errors: %2</source>
        <translation>L&apos;enregistrement DMARC sur %1 contient des erreurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>Correct the record, for example start from this one.</source>
        <translation>Corrigez l&apos;enregistrement, par exemple en partant de celui-ci.</translation>
    </message>
    <message>
        <source>%1 is covered by the record of its organizational domain at %2: %3</source>
        <translation>%1 est couvert par l&apos;enregistrement de son domaine organisationnel sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>DMARC record at %1: %2</source>
        <translation>Enregistrement DMARC sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>Politique DMARC</translation>
    </message>
    <message>
        <source>The record sets no valid policy, so receivers ignore it.</source>
        <translation>L&apos;enregistrement ne définit aucune politique valide&#xa0;; les destinataires l&apos;ignorent donc.</translation>
    </message>
    <message>
        <source>Add p=none (then quarantine, then reject).</source>
        <translation>Ajoutez p=none (puis quarantine, puis reject).</translation>
    </message>
    <message>
        <source>p=none: receivers only report; mail that fails DMARC is delivered as usual, forged mail included.</source>
        <translation>p=none&#xa0;: les destinataires se contentent de faire des rapports&#xa0;; le courrier qui échoue à DMARC est distribué normalement, courrier falsifié compris.</translation>
    </message>
    <message>
        <source>When the reports show that all your own mail passes, move to p=quarantine, then p=reject.</source>
        <translation>Quand les rapports montrent que tout votre propre courrier réussit, passez à p=quarantine, puis à p=reject.</translation>
    </message>
    <message>
        <source>p=%1: mail that fails DMARC is %2.</source>
        <translation>p=%1&#xa0;: le courrier qui échoue à DMARC est %2.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>put in spam</source>
        <translation>placé dans les spams</translation>
    </message>
    <message>
        <source>Raise pct to 100 once the reports are clean.</source>
        <translation>Portez pct à 100 une fois les rapports sans anomalie.</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>SPF checks %1, which does not match %2%3, so SPF cannot carry DMARC.</source>
        <translation>SPF vérifie %1, qui ne correspond pas à %2%3&#xa0;; SPF ne peut donc pas valider DMARC.</translation>
    </message>
    <message>
        <source> exactly (aspf=s)</source>
        <translation> de manière stricte (aspf=s)</translation>
    </message>
    <message>
        <source>SPF does not pass for the address given, so SPF cannot carry DMARC.</source>
        <translation>SPF ne réussit pas pour l&apos;adresse indiquée&#xa0;; SPF ne peut donc pas valider DMARC.</translation>
    </message>
    <message>
        <source>SPF passes for %1 and matches the From domain, so DMARC passes.</source>
        <translation>SPF réussit pour %1 et correspond au domaine de l&apos;expéditeur (From)&#xa0;; DMARC réussit donc.</translation>
    </message>
    <message>
        <source>A DKIM key is published for %1: DMARC passes when the provider signs with d=%1.</source>
        <translation>Une clé DKIM est publiée pour %1&#xa0;: DMARC réussit lorsque le fournisseur signe avec d=%1.</translation>
    </message>
    <message>
        <source>Make sure your provider signs with your domain (d=%1), not its own.</source>
        <translation>Assurez-vous que votre fournisseur signe avec votre domaine (d=%1), et non avec le sien.</translation>
    </message>
    <message>
        <source>No DKIM key was found for %1.</source>
        <translation>Aucune clé DKIM n&apos;a été trouvée pour %1.</translation>
    </message>
    <message>
        <source>DMARC then rests on SPF alone; mail forwarded by others fails.</source>
        <translation>DMARC repose alors uniquement sur SPF&#xa0;; le courrier transféré par des tiers échoue.</translation>
    </message>
    <message>
        <source>Mail from %1 fails DMARC and is %2.</source>
        <translation>Le courrier de %1 échoue à DMARC et est %2.</translation>
    </message>
    <message>
        <source>Set up DKIM signing with your domain at your provider and publish its key; send with a MAIL FROM address in %1.</source>
        <translation>Configurez chez votre fournisseur la signature DKIM avec votre domaine et publiez sa clé&#xa0;; envoyez avec une adresse MAIL FROM dans %1.</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>Enregistrements MX</translation>
    </message>
    <message>
        <source>The MX records could not be read: %1</source>
        <translation>Les enregistrements MX n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS. Receivers refuse mail from domains that do not exist.</source>
        <translation>%1 n&apos;existe pas dans le DNS. Les destinataires refusent le courrier provenant de domaines inexistants.</translation>
    </message>
    <message>
        <source>Check the spelling, or register the domain and set up its DNS.</source>
        <translation>Vérifiez l&apos;orthographe, ou enregistrez le domaine et configurez son DNS.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it says it takes no mail. Receivers may refuse mail from it, and replies cannot reach it.</source>
        <translation>%1 publie un MX nul (RFC 7505)&#xa0;: il déclare ne recevoir aucun courrier. Les destinataires peuvent refuser son courrier, et les réponses ne peuvent pas lui parvenir.</translation>
    </message>
    <message>
        <source>Remove the &quot;0 .&quot; MX record and publish the MX records of your mailbox provider.</source>
        <translation>Supprimez l&apos;enregistrement MX «&#xa0;0 .&#xa0;» et publiez les enregistrements MX de votre fournisseur de boîte aux lettres.</translation>
    </message>
    <message>
        <source>%1 has no MX records: replies and bounces go to its address record, if any, and some receivers distrust senders that cannot receive.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement MX&#xa0;: les réponses et les messages de non-distribution vont à son enregistrement d&apos;adresse, s&apos;il existe, et certains destinataires se méfient des expéditeurs qui ne peuvent pas recevoir.</translation>
    </message>
    <message>
        <source>Publish the MX records of your mailbox provider.</source>
        <translation>Publiez les enregistrements MX de votre fournisseur de boîte aux lettres.</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>%1 n&apos;a pas pu être résolu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no address, so nobody can deliver to it.</source>
        <translation>%1 n&apos;a pas d&apos;adresse&#xa0;; personne ne peut donc lui distribuer de courrier.</translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) of %2; an MX must name the host itself (RFC 2181 10.3), some senders refuse it.</source>
        <translation>%1 est un alias (CNAME) de %2&#xa0;; un MX doit nommer l&apos;hôte lui-même (RFC 2181 10.3), certains expéditeurs le refusent.</translation>
    </message>
    <message>
        <source>MX: %1.</source>
        <translation>MX&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Point every MX at a host name with an address record (A/AAAA), not at an IP address or an alias.</source>
        <translation>Faites pointer chaque MX vers un nom d&apos;hôte doté d&apos;un enregistrement d&apos;adresse (A/AAAA), et non vers une adresse IP ou un alias.</translation>
    </message>
    <message>
        <source>%1 needs no SPF include in your record.</source>
        <translation>%1 ne nécessite aucun include SPF dans votre enregistrement.</translation>
    </message>
    <message>
        <source>%1&apos;s SPF include (include:%2) belongs in the SPF record of your MAIL FROM subdomain, not in the record of %3; the records to publish show it.</source>
        <translation>L&apos;include SPF de %1 (include:%2) doit figurer dans l&apos;enregistrement SPF de votre sous-domaine MAIL FROM, pas dans celui de %3&#xa0;; les enregistrements à publier l&apos;indiquent.</translation>
    </message>
    <message>
        <source>include:%1 is optional: %2&apos;s return path carries SPF for your mail.</source>
        <translation>include:%1 est facultatif&#xa0;: le chemin de retour de %2 porte le SPF de votre courrier.</translation>
    </message>
    <message>
        <source>Your record with include:%1 added would need %2 DNS lookups, more than the %3 receivers allow: remove includes you no longer use (or replace them by ip4:/ip6: ranges) before publishing it.</source>
        <translation>Votre enregistrement, avec include:%1 ajouté, nécessiterait %2 requêtes DNS, soit plus que les %3 autorisées par les destinataires&#xa0;: supprimez les includes que vous n&apos;utilisez plus (ou remplacez-les par des plages ip4:/ip6:) avant de le publier.</translation>
    </message>
    <message>
        <source>Your record with include:%1 added; it needs %2 of the %3 DNS lookups allowed.</source>
        <translation>Votre enregistrement avec include:%1 ajouté&#xa0;; il nécessite %2 des %3 requêtes DNS autorisées.</translation>
    </message>
    <message>
        <source>Your record with include:%1 added; it needs at least %2 of the %3 DNS lookups allowed (the include could not be read to count its own).</source>
        <translation>Votre enregistrement avec include:%1 ajouté&#xa0;; il nécessite au moins %2 des %3 requêtes DNS autorisées (l&apos;include n&apos;a pas pu être lu pour compter les siennes).</translation>
    </message>
    <message>
        <source>Add include:%1, and make room first: with it the record would need %2 lookups, more than %3.</source>
        <translation>Ajoutez include:%1, en faisant d&apos;abord de la place&#xa0;: avec lui, l&apos;enregistrement nécessiterait %2 requêtes, soit plus de %3.</translation>
    </message>
    <message>
        <source>This value is what other domains publish; check it in %1&apos;s documentation.</source>
        <translation>Cette valeur est celle que publient d&apos;autres domaines&#xa0;; vérifiez-la dans la documentation de %1.</translation>
    </message>
    <message>
        <source>Replace the parts in &lt;angle brackets&gt; by the values %1&apos;s settings show.</source>
        <translation>Remplacez les parties entre &lt;chevrons&gt; par les valeurs qu&apos;indiquent les paramètres de %1.</translation>
    </message>
    <message>
        <source>SPF for the MAIL FROM subdomain %1 sends with: SPF then passes for a subdomain of yours, which DMARC counts as aligned.</source>
        <translation>SPF pour le sous-domaine MAIL FROM avec lequel %1 envoie&#xa0;: SPF réussit alors pour l&apos;un de vos sous-domaines, ce que DMARC considère comme aligné.</translation>
    </message>
    <message>
        <source>The DKIM public key %1 signs your mail with; copy the key from %1&apos;s settings.</source>
        <translation>La clé publique DKIM avec laquelle %1 signe votre courrier&#xa0;; copiez la clé depuis les paramètres de %1.</translation>
    </message>
    <message>
        <source>Points the DKIM selector %1 at %2&apos;s key, so %2 can sign your mail and change keys without you.</source>
        <translation>Fait pointer le sélecteur DKIM %1 vers la clé de %2, afin que %2 puisse signer votre courrier et changer de clé sans vous.</translation>
    </message>
    <message>
        <source>Bulk senders: SPF</source>
        <translation>Expéditeurs en masse&#xa0;: SPF</translation>
    </message>
    <message>
        <source>SPF is set up: Gmail and Yahoo require it from bulk senders.</source>
        <translation>SPF est configuré&#xa0;: Gmail et Yahoo l&apos;exigent des expéditeurs en masse.</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require a valid SPF record from bulk senders; the SPF checks above say what is wrong.</source>
        <translation>Gmail et Yahoo exigent un enregistrement SPF valide des expéditeurs en masse&#xa0;; les vérifications SPF ci-dessus indiquent ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Fix the SPF record first (see the SPF checks).</source>
        <translation>Corrigez d&apos;abord l&apos;enregistrement SPF (voir les vérifications SPF).</translation>
    </message>
    <message>
        <source>Bulk senders: DKIM</source>
        <translation>Expéditeurs en masse&#xa0;: DKIM</translation>
    </message>
    <message>
        <source>A DKIM key is published: Gmail and Yahoo require DKIM signing from bulk senders (Gmail: a key of at least 1024 bits, 2048 recommended).</source>
        <translation>Une clé DKIM est publiée&#xa0;: Gmail et Yahoo exigent une signature DKIM des expéditeurs en masse (Gmail&#xa0;: une clé d&apos;au moins 1024 bits, 2048 recommandés).</translation>
    </message>
    <message>
        <source>No usable DKIM key was found. Gmail and Yahoo require bulk senders to sign with DKIM.</source>
        <translation>Aucune clé DKIM utilisable n&apos;a été trouvée. Gmail et Yahoo exigent que les expéditeurs en masse signent avec DKIM.</translation>
    </message>
    <message>
        <source>Set up DKIM signing at your provider and publish its key (see the records to publish).</source>
        <translation>Configurez la signature DKIM chez votre fournisseur et publiez sa clé (voir les enregistrements à publier).</translation>
    </message>
    <message>
        <source>Bulk senders: DMARC</source>
        <translation>Expéditeurs en masse&#xa0;: DMARC</translation>
    </message>
    <message>
        <source>A DMARC record is published; p=none is enough for Gmail and Yahoo.</source>
        <translation>Un enregistrement DMARC est publié&#xa0;; p=none suffit pour Gmail et Yahoo.</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require bulk senders to publish a DMARC record (p=none is enough).</source>
        <translation>Gmail et Yahoo exigent que les expéditeurs en masse publient un enregistrement DMARC (p=none suffit).</translation>
    </message>
    <message>
        <source>Publish the first DMARC record shown in the records to publish.</source>
        <translation>Publiez le premier enregistrement DMARC indiqué dans les enregistrements à publier.</translation>
    </message>
    <message>
        <source>Bulk senders: alignment</source>
        <translation>Expéditeurs en masse&#xa0;: alignement</translation>
    </message>
    <message>
        <source>The From domain lines up with SPF or DKIM, as Gmail and Yahoo require.</source>
        <translation>Le domaine From est aligné sur SPF ou DKIM, comme l&apos;exigent Gmail et Yahoo.</translation>
    </message>
    <message>
        <source>Without a DMARC record alignment is not checked; Gmail and Yahoo require the From domain to line up with SPF or DKIM.</source>
        <translation>Sans enregistrement DMARC, l&apos;alignement n&apos;est pas vérifié&#xa0;; Gmail et Yahoo exigent que le domaine From soit aligné sur SPF ou DKIM.</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require the From domain to line up with the SPF or the DKIM domain; the DMARC alignment check says why it may not.</source>
        <translation>Gmail et Yahoo exigent que le domaine From soit aligné sur le domaine SPF ou DKIM&#xa0;; la vérification d&apos;alignement DMARC indique pourquoi il ne l&apos;est peut-être pas.</translation>
    </message>
    <message>
        <source>See the DMARC alignment check.</source>
        <translation>Voir la vérification d&apos;alignement DMARC.</translation>
    </message>
    <message>
        <source>Bulk senders: reverse DNS</source>
        <translation>Expéditeurs en masse&#xa0;: DNS inverse</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address needs a PTR name whose address points back to it (forward-confirmed reverse DNS). This is a property of the server, checked by `sendcheck-cli server`.</source>
        <translation>L&apos;adresse IP du serveur d&apos;envoi a besoin d&apos;un nom PTR dont l&apos;adresse pointe à nouveau vers elle (DNS inverse confirmé). C&apos;est une propriété du serveur, vérifiée par `sendcheck-cli server`.</translation>
    </message>
    <message>
        <source>Bulk senders: TLS</source>
        <translation>Expéditeurs en masse&#xa0;: TLS</translation>
    </message>
    <message>
        <source>Cannot be checked from DNS. Gmail requires TLS on the connection that delivers your mail to it; that is your provider&apos;s server. A test send shows the TLS of your own connection to it.</source>
        <translation>Impossible à vérifier par le DNS. Gmail exige TLS sur la connexion qui lui livre votre courrier&#xa0;; c&apos;est le serveur de votre fournisseur. Un envoi de test montre le TLS de votre propre connexion vers celui-ci.</translation>
    </message>
    <message>
        <source>Bulk senders: one-click unsubscribe</source>
        <translation>Expéditeurs en masse&#xa0;: désabonnement en un clic</translation>
    </message>
    <message>
        <source>Cannot be checked from DNS. Marketing mail needs one-click unsubscribe: the headers List-Unsubscribe-Post: List-Unsubscribe=One-Click and an https List-Unsubscribe (RFC 8058), and a visible link in the message; unsubscribes must be honoured within two days.</source>
        <translation>Impossible à vérifier par le DNS. Le courrier marketing exige un désabonnement en un clic&#xa0;: les en-têtes List-Unsubscribe-Post: List-Unsubscribe=One-Click et un List-Unsubscribe en https (RFC 8058), ainsi qu&apos;un lien visible dans le message&#xa0;; les désabonnements doivent être traités sous deux jours.</translation>
    </message>
    <message>
        <source>Bulk senders: spam rate</source>
        <translation>Expéditeurs en masse&#xa0;: taux de spam</translation>
    </message>
    <message>
        <source>Cannot be checked from DNS. Keep the spam rate reported in Google Postmaster Tools below 0.3%; above it Gmail rejects or delays mail.</source>
        <translation>Impossible à vérifier par le DNS. Maintenez le taux de spam indiqué dans Google Postmaster Tools sous 0.3%&#xa0;; au-delà, Gmail refuse ou retarde le courrier.</translation>
    </message>
    <message>
        <source>%1 s, %2 days</source>
        <translation>%1 s, %2 jours</translation>
    </message>
    <message>
        <source>MTA-STS record</source>
        <translation>Enregistrement MTA-STS</translation>
    </message>
    <message>
        <source>The MTA-STS record could not be read: %1</source>
        <translation>L&apos;enregistrement MTA-STS n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy. Servers sending to it use TLS when they can, but an attacker on the way can remove TLS and nobody notices.</source>
        <translation>%1 ne publie aucune politique MTA-STS. Les serveurs qui lui envoient du courrier utilisent TLS quand ils le peuvent, mais un attaquant sur le trajet peut supprimer TLS sans que personne ne le remarque.</translation>
    </message>
    <message>
        <source>To make senders insist on TLS, serve a policy at %1 and publish a TXT record at _mta-sts.%2: v=STSv1; id=&lt;a new value each time the policy changes&gt;. Start with mode: testing.</source>
        <translation>Pour que les expéditeurs exigent TLS, servez une politique à l&apos;adresse %1 et publiez un enregistrement TXT sur _mta-sts.%2 : v=STSv1; id=&lt;une nouvelle valeur à chaque modification de la politique&gt;. Commencez par mode: testing.</translation>
    </message>
    <message>
        <source>_mta-sts.%1 has %2 records starting with v=STSv1; with more than one, senders ignore MTA-STS altogether.</source>
        <translation>_mta-sts.%1 a %2 enregistrements commençant par v=STSv1 ; s&apos;il y en a plus d&apos;un, les expéditeurs ignorent complètement MTA-STS.</translation>
    </message>
    <message>
        <source>Keep exactly one v=STSv1 record.</source>
        <translation>Conservez exactement un enregistrement v=STSv1.</translation>
    </message>
    <message>
        <source>The MTA-STS record is not valid, so senders ignore the policy: %1</source>
        <translation>L&apos;enregistrement MTA-STS n&apos;est pas valide, les expéditeurs ignorent donc la politique : %1</translation>
    </message>
    <message>
        <source>Publish it as v=STSv1; id=20250101T000000 (letters and digits only in the id).</source>
        <translation>Publiez-le sous la forme v=STSv1; id=20250101T000000 (uniquement des lettres et des chiffres dans l&apos;id).</translation>
    </message>
    <message>
        <source>_mta-sts.%1: %2 (policy id %3).</source>
        <translation>_mta-sts.%1 : %2 (id de politique %3).</translation>
    </message>
    <message>
        <source>MTA-STS policy</source>
        <translation>Politique MTA-STS</translation>
    </message>
    <message>
        <source>The policy at %1 could not be fetched: %2 Senders then treat the domain as having no policy (or keep an older copy until it expires).</source>
        <translation>La politique à l&apos;adresse %1 n&apos;a pas pu être récupérée : %2 Les expéditeurs traitent alors le domaine comme s&apos;il n&apos;avait pas de politique (ou gardent une copie plus ancienne jusqu&apos;à son expiration).</translation>
    </message>
    <message>
        <source>Serve the policy as a plain text file over HTTPS, with a valid certificate for mta-sts.%1, answering 200 directly (no redirect).</source>
        <translation>Servez la politique comme fichier texte brut via HTTPS, avec un certificat valide pour mta-sts.%1, en répondant directement 200 (sans redirection).</translation>
    </message>
    <message>
        <source>The file at %1 is not a valid MTA-STS policy: %2</source>
        <translation>Le fichier à l&apos;adresse %1 n&apos;est pas une politique MTA-STS valide : %2</translation>
    </message>
    <message>
        <source>It was served as %1, not text/plain.</source>
        <translation>Il a été servi en tant que %1, et non text/plain.</translation>
    </message>
    <message>
        <source>Serve lines such as &quot;version: STSv1&quot;, &quot;mode: testing&quot;, &quot;mx: mail.example.com&quot;, &quot;max_age: 604800&quot; as text/plain.</source>
        <translation>Servez des lignes telles que « version: STSv1 », « mode: testing », « mx: mail.example.com », « max_age: 604800 » en text/plain.</translation>
    </message>
    <message>
        <source>It is served as %1; RFC 8461 asks for text/plain.</source>
        <translation>Il est servi en tant que %1 ; la RFC 8461 demande text/plain.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sans type</translation>
    </message>
    <message>
        <source>%1: version %2, mode %3, max_age %4, mx %5.</source>
        <translation>%1 : version %2, mode %3, max_age %4, mx %5.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Correct the points above in the policy file.</source>
        <translation>Corrigez les points ci-dessus dans le fichier de politique.</translation>
    </message>
    <message>
        <source>MTA-STS mode</source>
        <translation>Mode MTA-STS</translation>
    </message>
    <message>
        <source>enforce: senders that support MTA-STS deliver only over TLS, with a valid certificate, to an MX host the policy lists; otherwise they hold the mail.</source>
        <translation>enforce : les expéditeurs qui prennent en charge MTA-STS ne livrent que via TLS, avec un certificat valide, à un hôte MX que la politique énumère ; sinon ils retiennent le courrier.</translation>
    </message>
    <message>
        <source>testing: senders still deliver when TLS fails and only report the failure (to the TLS-RPT address). Nothing is protected yet.</source>
        <translation>testing : les expéditeurs livrent même quand TLS échoue et se contentent de signaler l&apos;échec (à l&apos;adresse TLS-RPT). Rien n&apos;est encore protégé.</translation>
    </message>
    <message>
        <source>Once the TLS reports show no failures, change the policy to mode: enforce and publish a new id in the _mta-sts record.</source>
        <translation>Dès que les rapports TLS ne montrent plus d&apos;échecs, passez la politique en mode: enforce et publiez un nouvel id dans l&apos;enregistrement _mta-sts.</translation>
    </message>
    <message>
        <source>none: the policy is being withdrawn; senders forget it.</source>
        <translation>none : la politique est en cours de retrait ; les expéditeurs l&apos;oublient.</translation>
    </message>
    <message>
        <source>If you did not mean to withdraw MTA-STS, set mode: testing or enforce.</source>
        <translation>Si vous ne vouliez pas retirer MTA-STS, indiquez mode: testing ou enforce.</translation>
    </message>
    <message>
        <source>%1 (mx: %2)</source>
        <translation>%1 (mx : %2)</translation>
    </message>
    <message>
        <source>MTA-STS and MX hosts</source>
        <translation>MTA-STS et hôtes MX</translation>
    </message>
    <message>
        <source>Every MX host matches the policy: %1.</source>
        <translation>Chaque hôte MX correspond à la politique : %1.</translation>
    </message>
    <message>
        <source>%1 matches no mx: line of the policy; senders that enforce MTA-STS will not deliver there.</source>
        <translation>%1 ne correspond à aucune ligne mx: de la politique ; les expéditeurs qui appliquent MTA-STS n&apos;y livreront pas.</translation>
    </message>
    <message>
        <source>%1 matches no mx: line of the policy; in mode enforce senders would not deliver there.</source>
        <translation>%1 ne correspond à aucune ligne mx: de la politique ; en mode enforce, les expéditeurs n&apos;y livreraient pas.</translation>
    </message>
    <message>
        <source>Add an mx: line for each MX host (or a *.domain pattern covering them), then publish a new id in the _mta-sts record.</source>
        <translation>Ajoutez une ligne mx: pour chaque hôte MX (ou un motif *.domaine qui les couvre), puis publiez un nouvel id dans l&apos;enregistrement _mta-sts.</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT)</source>
        <translation>Rapports TLS (TLS-RPT)</translation>
    </message>
    <message>
        <source>The TLS-RPT record could not be read: %1</source>
        <translation>L&apos;enregistrement TLS-RPT n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 asks for no TLS reports: when servers cannot reach it over TLS, you are not told.</source>
        <translation>%1 ne demande aucun rapport TLS : quand des serveurs ne parviennent pas à le joindre via TLS, vous n&apos;en êtes pas informé.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _smtp._tls.%1: v=TLSRPTv1; rua=mailto:tls-reports@%1</source>
        <translation>Publiez un enregistrement TXT sur _smtp._tls.%1 : v=TLSRPTv1; rua=mailto:tls-reports@%1</translation>
    </message>
    <message>
        <source>_smtp._tls.%1 has %2 v=TLSRPTv1 records; senders then send no reports.</source>
        <translation>_smtp._tls.%1 a %2 enregistrements v=TLSRPTv1 ; les expéditeurs n&apos;envoient alors aucun rapport.</translation>
    </message>
    <message>
        <source>Keep exactly one v=TLSRPTv1 record; list several addresses in its rua=, separated by commas.</source>
        <translation>Conservez exactement un enregistrement v=TLSRPTv1 ; indiquez plusieurs adresses dans son rua=, séparées par des virgules.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is not valid: %1</source>
        <translation>L&apos;enregistrement TLS-RPT n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Publish it as v=TLSRPTv1; rua=mailto:tls-reports@%1</source>
        <translation>Publiez-le sous la forme v=TLSRPTv1; rua=mailto:tls-reports@%1</translation>
    </message>
    <message>
        <source>Daily TLS reports go to %1.</source>
        <translation>Les rapports TLS quotidiens vont à %1.</translation>
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
        <translation>échec de la validation</translation>
    </message>
    <message>
        <source>DNSSEC validation failed for %1. Senders that use DANE will not deliver to these hosts.</source>
        <translation>La validation DNSSEC a échoué pour %1. Les expéditeurs qui utilisent DANE ne livreront pas à ces hôtes.</translation>
    </message>
    <message>
        <source>Fix the DNSSEC signatures of the MX hosts&apos; zone (an expired signature or a DS record that matches no key is the usual cause).</source>
        <translation>Corrigez les signatures DNSSEC de la zone des hôtes MX (une signature expirée ou un enregistrement DS qui ne correspond à aucune clé en est la cause habituelle).</translation>
    </message>
    <message>
        <source>The TLSA records could not be read: %1</source>
        <translation>Les enregistrements TLSA n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Run the check again; if it stays, the DNS of the MX hosts is failing.</source>
        <translation>Relancez la vérification ; si le problème persiste, le DNS des hôtes MX est défaillant.</translation>
    </message>
    <message>
        <source>DANE cannot be judged: the answers for %1 were not DNSSEC-validated, and TLSA records count only when they are.</source>
        <translation>DANE ne peut pas être évalué : les réponses pour %1 n&apos;ont pas été validées par DNSSEC, et les enregistrements TLSA ne comptent que lorsqu&apos;elles le sont.</translation>
    </message>
    <message>
        <source>TLSA records came back: %1; whether they are genuine is unknown.</source>
        <translation>Enregistrements TLSA reçus : %1 ; on ignore s&apos;ils sont authentiques.</translation>
    </message>
    <message>
        <source>Run the check with DNSSEC validation (sendcheck-cli domain --dnssec) to judge DANE.</source>
        <translation>Lancez la vérification avec la validation DNSSEC (sendcheck-cli domain --dnssec) pour évaluer DANE.</translation>
    </message>
    <message>
        <source>TLSA records that senders cannot use (DNSSEC-secure): %1. For those hosts DANE gives no protection.</source>
        <translation>Enregistrements TLSA que les expéditeurs ne peuvent pas utiliser (sécurisés par DNSSEC) : %1. Pour ces hôtes, DANE n&apos;apporte aucune protection.</translation>
    </message>
    <message>
        <source>Publish 3 1 1 records (DANE-EE, SHA-256 of the server&apos;s public key), or 2 1 1 for the issuing CA, and keep them in step with certificate renewals.</source>
        <translation>Publiez des enregistrements 3 1 1 (DANE-EE, SHA-256 de la clé publique du serveur), ou 2 1 1 pour l&apos;autorité émettrice, et tenez-les à jour lors des renouvellements de certificat.</translation>
    </message>
    <message>
        <source>DNSSEC-secure TLSA records: %1.</source>
        <translation>Enregistrements TLSA sécurisés par DNSSEC : %1.</translation>
    </message>
    <message>
        <source>Not protected by DANE: %1.</source>
        <translation>Non protégés par DANE : %1.</translation>
    </message>
    <message>
        <source>Publish TLSA records for every MX host, in a DNSSEC-signed zone.</source>
        <translation>Publiez des enregistrements TLSA pour chaque hôte MX, dans une zone signée avec DNSSEC.</translation>
    </message>
    <message>
        <source>No MX host has DNSSEC-secure TLSA records (%1), so senders do not use DANE; MTA-STS is the other way to require TLS.</source>
        <translation>Aucun hôte MX n&apos;a d&apos;enregistrements TLSA sécurisés par DNSSEC (%1) : les expéditeurs n&apos;utilisent donc pas DANE ; MTA-STS est l&apos;autre moyen d&apos;exiger TLS.</translation>
    </message>
    <message>
        <source>BIMI record</source>
        <translation>Enregistrement BIMI</translation>
    </message>
    <message>
        <source>The BIMI record could not be read: %1</source>
        <translation>L&apos;enregistrement BIMI n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 has no BIMI record (default._bimi.%1), so mail clients that support it show no brand logo. This is optional.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement BIMI (default._bimi.%1) : les clients de messagerie qui le prennent en charge n&apos;affichent donc aucun logo de marque. C&apos;est facultatif.</translation>
    </message>
    <message>
        <source>default._bimi.%1 has %2 v=BIMI1 records; receivers then show no logo.</source>
        <translation>default._bimi.%1 a %2 enregistrements v=BIMI1 ; les destinataires n&apos;affichent alors aucun logo.</translation>
    </message>
    <message>
        <source>Keep exactly one v=BIMI1 record.</source>
        <translation>Conservez exactement un enregistrement v=BIMI1.</translation>
    </message>
    <message>
        <source>The BIMI record is not valid: %1</source>
        <translation>L&apos;enregistrement BIMI n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Publish it as v=BIMI1; l=https://&lt;your site&gt;/logo.svg; a=https://&lt;your site&gt;/certificate.pem</source>
        <translation>Publiez-le sous la forme v=BIMI1; l=https://&lt;votre site&gt;/logo.svg; a=https://&lt;votre site&gt;/certificate.pem</translation>
    </message>
    <message>
        <source>%1 declines BIMI (empty l= and a=).</source>
        <translation>%1 refuse BIMI (l= et a= vides).</translation>
    </message>
    <message>
        <source>Logo: %1. There is no mark certificate (a=); Gmail and Apple Mail show the logo only with one.</source>
        <translation>Logo : %1. Il n&apos;y a pas de certificat de marque (a=) ; Gmail et Apple Mail n&apos;affichent le logo qu&apos;avec un tel certificat.</translation>
    </message>
    <message>
        <source>Get a Verified Mark Certificate (VMC) or Common Mark Certificate (CMC) and name it in a=.</source>
        <translation>Obtenez un Verified Mark Certificate (VMC) ou un Common Mark Certificate (CMC) et indiquez-le dans a=.</translation>
    </message>
    <message>
        <source>Logo: %1, mark certificate: %2.</source>
        <translation>Logo : %1, certificat de marque : %2.</translation>
    </message>
    <message>
        <source>BIMI needs DMARC enforcement</source>
        <translation>BIMI exige une politique DMARC appliquée</translation>
    </message>
    <message>
        <source>DMARC is at p=%1 for all mail, as BIMI requires.</source>
        <translation>DMARC est à p=%1 pour tout le courrier, comme BIMI l&apos;exige.</translation>
    </message>
    <message>
        <source>There is no DMARC record, so receivers ignore the BIMI record.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement DMARC : les destinataires ignorent donc l&apos;enregistrement BIMI.</translation>
    </message>
    <message>
        <source>DMARC is at p=none, so receivers ignore the BIMI record.</source>
        <translation>DMARC est à p=none : les destinataires ignorent donc l&apos;enregistrement BIMI.</translation>
    </message>
    <message>
        <source>DMARC applies to only %1% of mail (pct=%1); BIMI needs 100.</source>
        <translation>DMARC ne s&apos;applique qu&apos;à %1 % du courrier (pct=%1) ; BIMI exige 100.</translation>
    </message>
    <message>
        <source>Move DMARC to p=quarantine or p=reject for all mail (no pct below 100) once your reports show your own mail passes.</source>
        <translation>Passez DMARC à p=quarantine ou p=reject pour tout le courrier (pas de pct inférieur à 100) dès que vos rapports montrent que votre propre courrier passe.</translation>
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation>%1 n&apos;a pas d&apos;adresse.</translation>
    </message>
    <message>
        <source>DANE and the server certificate</source>
        <translation>DANE et le certificat du serveur</translation>
    </message>
    <message>
        <source>%1 (%2 port %3)</source>
        <translation>%1 (%2 port %3)</translation>
    </message>
    <message>
        <source>%1: the certificate matches %2.</source>
        <translation>%1 : le certificat correspond à %2.</translation>
    </message>
    <message>
        <source>%1: the published TLSA records do not match the certificate this server shows (SHA-256 %2); DANE senders will refuse to deliver.</source>
        <translation>%1 : les enregistrements TLSA publiés ne correspondent pas au certificat que présente ce serveur (SHA-256 %2) ; les expéditeurs qui utilisent DANE refuseront de livrer.</translation>
    </message>
    <message>
        <source>%1: the server does not offer STARTTLS, so DANE senders, which require TLS here, will refuse to deliver.</source>
        <translation>%1 : le serveur ne propose pas STARTTLS ; les expéditeurs qui utilisent DANE, qui exigent TLS ici, refuseront donc de livrer.</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed (%2); DANE senders will refuse to deliver.</source>
        <translation>%1 : la négociation TLS a échoué (%2) ; les expéditeurs qui utilisent DANE refuseront de livrer.</translation>
    </message>
    <message>
        <source>%1: could not be compared: %2</source>
        <translation>%1 : comparaison impossible : %2</translation>
    </message>
    <message>
        <source>%1: could not be compared: port %2 not reachable from here (%3).</source>
        <translation>%1 : comparaison impossible : le port %2 n&apos;est pas joignable d&apos;ici (%3).</translation>
    </message>
    <message>
        <source>Publish TLSA records for the certificate the server uses now (3 1 1 is the SHA-256 of its public key), and on renewal publish the new record before the new certificate goes live.</source>
        <translation>Publiez des enregistrements TLSA pour le certificat que le serveur utilise maintenant (3 1 1 est le SHA-256 de sa clé publique) et, lors d&apos;un renouvellement, publiez le nouvel enregistrement avant la mise en service du nouveau certificat.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS on port 25 of the MX host, or withdraw its TLSA records.</source>
        <translation>Activez STARTTLS sur le port 25 de l&apos;hôte MX, ou retirez ses enregistrements TLSA.</translation>
    </message>
    <message>
        <source>Make TLS work on port 25 (certificate and key files, protocol versions), or withdraw the TLSA records.</source>
        <translation>Faites fonctionner TLS sur le port 25 (fichiers de certificat et de clé, versions du protocole), ou retirez les enregistrements TLSA.</translation>
    </message>
    <message>
        <source>Many networks block outgoing connections to port 25. Run the check from a server that may send mail, or compare the records there with: openssl s_client -starttls smtp -connect MX-HOST:25</source>
        <translation>De nombreux réseaux bloquent les connexions sortantes vers le port 25. Lancez la vérification depuis un serveur autorisé à envoyer du courrier, ou comparez-y les enregistrements avec : openssl s_client -starttls smtp -connect MX-HOST:25</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainDns</name>
    <message>
        <source>&quot;domainDns&quot;: &quot;spf&quot; must be an object.</source>
        <translation>&quot;domainDns&quot;&#xa0;: &quot;spf&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: &quot;placement&quot; must be domain, mail-from, optional or none.</source>
        <translation>&quot;domainDns&quot;&#xa0;: &quot;placement&quot; doit valoir domain, mail-from, optional ou none.</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: &quot;spf&quot; needs one domain name in &quot;include&quot; (or &quot;placement&quot;: &quot;none&quot;).</source>
        <translation>&quot;domainDns&quot;&#xa0;: &quot;spf&quot; exige un nom de domaine dans &quot;include&quot; (ou &quot;placement&quot;: &quot;none&quot;).</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: every &quot;dkim&quot; entry needs a &quot;selector&quot;.</source>
        <translation>&quot;domainDns&quot;&#xa0;: chaque entrée &quot;dkim&quot; exige un &quot;selector&quot;.</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: every record needs a &quot;type&quot; (CNAME, TXT or MX), a &quot;name&quot; and a &quot;value&quot;.</source>
        <translation>&quot;domainDns&quot;&#xa0;: chaque enregistrement exige un &quot;type&quot; (CNAME, TXT ou MX), un &quot;name&quot; et une &quot;value&quot;.</translation>
    </message>
    <message>
        <source>Google&apos;s default DKIM selector is &apos;google&apos;; the admin can choose another in the Admin console. A 2048-bit key is recommended, 1024 bits are accepted.</source>
        <translation>Le sélecteur DKIM par défaut de Google est &apos;google&apos;&#xa0;; l&apos;administrateur peut en choisir un autre dans la console d&apos;administration. Une clé de 2048 bits est recommandée, 1024 bits sont acceptés.</translation>
    </message>
    <message>
        <source>selector1 and selector2 are CNAMEs to your tenant (&lt;tenant&gt;.onmicrosoft.com): one is active, the other is for key rotation.</source>
        <translation>selector1 et selector2 sont des CNAME vers votre tenant (&lt;tenant&gt;.onmicrosoft.com)&#xa0;: l&apos;un est actif, l&apos;autre sert à la rotation des clés.</translation>
    </message>
    <message>
        <source>Newer tenants may be given targets under &lt;tenant&gt;.&lt;x&gt;-v1.dkim.mail.microsoft instead (seen in public zones, not in Microsoft&apos;s documents): publish exactly what the Defender portal shows.</source>
        <translation>Les tenants plus récents peuvent recevoir à la place des cibles sous &lt;tenant&gt;.&lt;x&gt;-v1.dkim.mail.microsoft (observées dans des zones publiques, pas dans la documentation de Microsoft)&#xa0;: publiez exactement ce qu&apos;indique le portail Defender.</translation>
    </message>
    <message>
        <source>SES&apos;s SPF include belongs on a custom MAIL FROM subdomain (e.g. bounce.&lt;your domain&gt;), not on the From domain; Easy DKIM gives three per-domain tokens, shown in the SES console.</source>
        <translation>L&apos;include SPF de SES doit figurer sur un sous-domaine MAIL FROM personnalisé (par ex. bounce.&lt;your domain&gt;), pas sur le domaine From&#xa0;; Easy DKIM fournit trois jetons par domaine, affichés dans la console SES.</translation>
    </message>
    <message>
        <source>The custom MAIL FROM subdomain receives SES&apos;s bounces and complaints; use a subdomain that receives no other mail.</source>
        <translation>Le sous-domaine MAIL FROM personnalisé reçoit les retours et les plaintes de SES&#xa0;; utilisez un sous-domaine qui ne reçoit aucun autre courrier.</translation>
    </message>
    <message>
        <source>Replace each &lt;N&gt; by the numbers SendGrid&apos;s sender authentication page shows (they differ between the parts). With Automated Security off, SendGrid gives two TXT records and an MX instead.</source>
        <translation>Remplacez chaque &lt;N&gt; par les nombres qu&apos;indique la page d&apos;authentification de l&apos;expéditeur de SendGrid (ils diffèrent d&apos;une partie à l&apos;autre). Avec Automated Security désactivé, SendGrid fournit à la place deux enregistrements TXT et un MX.</translation>
    </message>
    <message>
        <source>SendGrid&apos;s return path (Automated Security): SPF then passes for a subdomain of yours.</source>
        <translation>Le chemin de retour de SendGrid (Automated Security)&#xa0;: SPF réussit alors pour l&apos;un de vos sous-domaines.</translation>
    </message>
    <message>
        <source>Mailgun shows the DKIM selector and key for your domain in its control panel; smtp and mailo are names seen in public zones.</source>
        <translation>Mailgun indique le sélecteur DKIM et la clé de votre domaine dans son panneau de configuration&#xa0;; smtp et mailo sont des noms observés dans des zones publiques.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s MX records (mxa.mailgun.org and mxb.mailgun.org, priority 10) are only for a domain that receives its mail through Mailgun.</source>
        <translation>Les enregistrements MX de Mailgun (mxa.mailgun.org et mxb.mailgun.org, priorité 10) ne concernent qu&apos;un domaine qui reçoit son courrier via Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s tracking host (opens, clicks and unsubscribes).</source>
        <translation>L&apos;hôte de suivi de Mailgun (ouvertures, clics et désabonnements).</translation>
    </message>
    <message>
        <source>Postmark&apos;s DKIM selector is a date stamp ending in &apos;pm&apos; (e.g. 20240101000000pm): copy it and the key from Postmark&apos;s sender signature page.</source>
        <translation>Le sélecteur DKIM de Postmark est un horodatage se terminant par &apos;pm&apos; (par ex. 20240101000000pm)&#xa0;: copiez-le, ainsi que la clé, depuis la page de signature d&apos;expéditeur de Postmark.</translation>
    </message>
    <message>
        <source>Postmark&apos;s custom return path: SPF then passes for a subdomain of yours instead of pm.mtasv.net.</source>
        <translation>Le chemin de retour personnalisé de Postmark&#xa0;: SPF réussit alors pour l&apos;un de vos sous-domaines au lieu de pm.mtasv.net.</translation>
    </message>
    <message>
        <source>SMTP2GO needs no SPF include since it moved to its own return path (VERP) in 2019; its panel shows the &lt;id&gt; of your three CNAMEs.</source>
        <translation>SMTP2GO ne nécessite plus d&apos;include SPF depuis son passage à son propre chemin de retour (VERP) en 2019&#xa0;; son panneau indique l&apos;&lt;id&gt; de vos trois CNAME.</translation>
    </message>
    <message>
        <source>SMTP2GO&apos;s return path: SPF then passes for a subdomain of yours.</source>
        <translation>Le chemin de retour de SMTP2GO&#xa0;: SPF réussit alors pour l&apos;un de vos sous-domaines.</translation>
    </message>
    <message>
        <source>SMTP2GO&apos;s link tracking host.</source>
        <translation>L&apos;hôte de suivi des liens de SMTP2GO.</translation>
    </message>
    <message>
        <source>Older Brevo set-ups use a TXT key at mail._domainkey instead of the brevo1 and brevo2 CNAMEs.</source>
        <translation>Les anciennes configurations Brevo utilisent une clé TXT sur mail._domainkey au lieu des CNAME brevo1 et brevo2.</translation>
    </message>
    <message>
        <source>Brevo&apos;s domain verification, required since 1 February 2024.</source>
        <translation>La vérification de domaine de Brevo, obligatoire depuis le 1er février 2024.</translation>
    </message>
    <message>
        <source>Zoho&apos;s SPF include depends on the data centre (zohomail.com, zohomail.eu, ...) and which one is current is not confirmed: use the one Zoho&apos;s admin console shows.</source>
        <translation>L&apos;include SPF de Zoho dépend du centre de données (zohomail.com, zohomail.eu, ...) et lequel est actuel n&apos;est pas confirmé&#xa0;: utilisez celui qu&apos;indique la console d&apos;administration de Zoho.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainPanel</name>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>vérification impossible</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Domaine à vérifier</translation>
    </message>
    <message>
        <source>Looks up SPF, DKIM, DMARC and MX the way receivers do.</source>
        <translation>Interroge SPF, DKIM, DMARC et MX comme le font les destinataires.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>Records to publish</source>
        <translation>Enregistrements à publier</translation>
    </message>
    <message>
        <source>SPF include tree</source>
        <translation>Arborescence des includes SPF</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Checks what receivers check about the domain you send from: SPF, DKIM, DMARC and MX, and what your provider asks you to publish.</source>
        <translation>Vérifie ce que les destinataires contrôlent sur le domaine depuis lequel vous envoyez&#xa0;: SPF, DKIM, DMARC et MX, ainsi que ce que votre fournisseur vous demande de publier.</translation>
    </message>
    <message>
        <source>DNS lookups cannot start: %1</source>
        <translation>Impossible de lancer les requêtes DNS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looking up the DNS records of %1…</source>
        <translation>Recherche des enregistrements DNS de %1…</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copies the record, in zone-file form, to the clipboard.</source>
        <translation>Copie l&apos;enregistrement, au format fichier de zone, dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation>Rien à publier.</translation>
    </message>
    <message>
        <source>Some records could not be read, so parts of the check are missing: %1 Check your network or nameserver and try again.</source>
        <translation>Certains enregistrements n&apos;ont pas pu être lus, des parties de la vérification manquent donc&#xa0;: %1 Vérifiez votre réseau ou votre serveur de noms et réessayez.</translation>
    </message>
    <message>
        <source>Domain check status</source>
        <translation>État de la vérification du domaine</translation>
    </message>
    <message>
        <source>Domain checks</source>
        <translation>Vérifications du domaine</translation>
    </message>
    <message>
        <source>Check domain</source>
        <translation>Vérifier le domaine</translation>
    </message>
    <message>
        <source>MX %1</source>
        <translation>MX %1</translation>
    </message>
    <message>
        <source>Check this server</source>
        <translation>Vérifier ce serveur</translation>
    </message>
    <message>
        <source>Check the server %1</source>
        <translation>Vérifier le serveur %1</translation>
    </message>
    <message>
        <source>Opens the Server tab for %1: reverse DNS, blocklists and its greeting.</source>
        <translation>Ouvre l&apos;onglet Serveur pour %1 : DNS inverse, listes de blocage et son message d&apos;accueil.</translation>
    </message>
    <message>
        <source>Certificate matches %1</source>
        <translation>Le certificat correspond à %1</translation>
    </message>
    <message>
        <source>Certificate does not match the TLSA records (SHA-256 %1)</source>
        <translation>Le certificat ne correspond pas aux enregistrements TLSA (SHA-256 %1)</translation>
    </message>
    <message>
        <source>No STARTTLS offered</source>
        <translation>STARTTLS non proposé</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>Échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <source>Not compared: port %1 not reachable from here</source>
        <translation>Non comparé : le port %1 n&apos;est pas joignable d&apos;ici</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Non comparé : %1</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>The domain you send from, for example example.com.</source>
        <translation>Le domaine depuis lequel vous envoyez, par exemple example.com.</translation>
    </message>
    <message>
        <source>The result of each check of the domain, with what to fix.</source>
        <translation>Le résultat de chaque vérification du domaine, avec ce qu&apos;il faut corriger.</translation>
    </message>
    <message>
        <source>The DNS records to publish for this domain.</source>
        <translation>Les enregistrements DNS à publier pour ce domaine.</translation>
    </message>
    <message>
        <source>The SPF record and every record it includes, with the DNS lookups they cost.</source>
        <translation>L&apos;enregistrement SPF et chaque enregistrement qu&apos;il inclut, avec les requêtes DNS qu&apos;ils coûtent.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainReport</name>
    <message>
        <source>%1: every check passes</source>
        <translation>%1&#xa0;: toutes les vérifications réussissent</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n check(s) fail (%2)</source>
        <translation>
            <numerusform>%1&#xa0;: %n vérification échoue (%2)</numerusform>
            <numerusform>%1&#xa0;: %n vérifications échouent (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing fails, %n warning(s)</source>
        <translation>
            <numerusform>%1&#xa0;: aucun échec, %n avertissement</numerusform>
            <numerusform>%1&#xa0;: aucun échec, %n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::EvidenceText</name>
    <message>
        <source>sure</source>
        <translation>certain</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>assez sûr</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>the provider&apos;s own words</source>
        <translation>les termes propres au fournisseur</translation>
    </message>
    <message>
        <source>the words</source>
        <translation>les termes</translation>
    </message>
    <message>
        <source>the enhanced code</source>
        <translation>le code étendu</translation>
    </message>
    <message>
        <source>the enhanced code&apos;s class</source>
        <translation>la classe du code étendu</translation>
    </message>
    <message>
        <source>the reply code</source>
        <translation>le code de réponse</translation>
    </message>
    <message>
        <source>the step it answered</source>
        <translation>l&apos;étape à laquelle il répondait</translation>
    </message>
    <message>
        <source>the server&apos;s provider</source>
        <translation>le fournisseur du serveur</translation>
    </message>
    <message>
        <source>what the session saw</source>
        <translation>ce que la session a constaté</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Why this explanation?</source>
        <translation>Pourquoi cette explication&#xa0;?</translation>
    </message>
    <message>
        <source>%1 Not sure: nothing in the text is known to Sendcheck, so this is only a general reading.</source>
        <translation>%1 Incertain&#xa0;: rien dans le texte n&apos;est reconnu par Sendcheck&#xa0;; il ne s&apos;agit donc que d&apos;une interprétation générale.</translation>
    </message>
    <message>
        <source>%1 Sure: %2.</source>
        <translation>%1 Certain&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 Fairly sure: %2.</source>
        <translation>%1 Assez sûr&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 Not sure: only %2 point this way. Read the server&apos;s own words before acting on it.</source>
        <translation>%1 Incertain&#xa0;: seuls %2 vont dans ce sens. Lisez les termes exacts du serveur avant d&apos;agir.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HistoryPanel</name>
    <message>
        <source>Compare with &amp;last success</source>
        <translation>Comparer avec le &amp;dernier succès</translation>
    </message>
    <message>
        <source>What changed since this profile last worked: settings, TLS, certificate, the server&apos;s greeting and capabilities, and where the conversations part.</source>
        <translation>Ce qui a changé depuis la dernière fois que ce profil a fonctionné&#xa0;: paramètres, TLS, certificat, accueil et capacités du serveur, et l&apos;endroit où les conversations divergent.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Removes this run from the history.</source>
        <translation>Retire cet essai de l&apos;historique.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>✔ Worked</source>
        <translation>✔ Réussi</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Échec</translation>
    </message>
    <message>
        <source>✘ Failed (%1)</source>
        <translation>✘ Échec (%1)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>No runs in the history yet.</source>
        <translation>Aucun essai dans l&apos;historique pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Pick a run to see its report.</source>
        <translation>Choisissez un essai pour voir son rapport.</translation>
    </message>
    <message>
        <source>There is no earlier successful run of this profile to compare with.</source>
        <translation>Il n&apos;y a pas d&apos;essai réussi antérieur de ce profil avec lequel comparer.</translation>
    </message>
    <message>
        <source>Compared with %1, the last time it worked:</source>
        <translation>Comparé à %1, la dernière fois que cela a fonctionné&#xa0;:</translation>
    </message>
    <message>
        <source>The run was removed from the history.</source>
        <translation>L&apos;essai a été retiré de l&apos;historique.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Show runs of profile</source>
        <translation>Afficher les essais du profil</translation>
    </message>
    <message>
        <source>Comparison with the last success</source>
        <translation>Comparaison avec le dernier succès</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <source>Domain check</source>
        <translation>Vérification du domaine</translation>
    </message>
    <message>
        <source>Server check</source>
        <translation>Vérification du serveur</translation>
    </message>
    <message>
        <source>Port probe</source>
        <translation>Test des ports</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Recherche des paramètres</translation>
    </message>
    <message>
        <source>This run is not kept in the history: %1</source>
        <translation>Cet essai n&apos;est pas conservé dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shows only the runs of the chosen profile.</source>
        <translation>N&apos;affiche que les essais du profil choisi.</translation>
    </message>
    <message>
        <source>Your earlier runs, newest first: select one to see its report.</source>
        <translation>Vos essais précédents, les plus récents en premier : sélectionnez-en un pour voir son rapport.</translation>
    </message>
    <message>
        <source>The report of the selected run.</source>
        <translation>Le rapport de l&apos;essai sélectionné.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HistoryStore</name>
    <message>
        <source>The SQLite driver for Qt is not installed (on Debian and Ubuntu: libqt6sql6-sqlite), so no history is kept.</source>
        <translation>Le pilote SQLite pour Qt n&apos;est pas installé (sous Debian et Ubuntu&#xa0;: libqt6sql6-sqlite)&#xa0;; aucun historique n&apos;est donc conservé.</translation>
    </message>
    <message>
        <source>The folder %1 for the history cannot be created.</source>
        <translation>Le dossier %1 de l&apos;historique ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read (%2), and moving it aside failed (%3). No history is kept for now.</source>
        <translation>Le fichier d&apos;historique %1 est illisible (%2), et sa mise à l&apos;écart a échoué (%3). Aucun historique n&apos;est conservé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The history file %1 could not be read (%2). It was moved aside to %3 and a new, empty history was started.</source>
        <translation>Le fichier d&apos;historique %1 n&apos;a pas pu être lu (%2). Il a été mis à l&apos;écart sous %3 et un nouvel historique vide a été créé.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used: %2</source>
        <translation>Le fichier d&apos;historique %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database is damaged (%1)</source>
        <translation>la base de données est endommagée (%1)</translation>
    </message>
    <message>
        <source>its schema version is unreadable</source>
        <translation>sa version de schéma est illisible</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Sendcheck history</source>
        <translation>c&apos;est une base de données SQLite, mais pas un historique Sendcheck</translation>
    </message>
    <message>
        <source>it was made by a newer Sendcheck (history schema %1; this version knows up to %2), so it is left as it is</source>
        <translation>il a été créé par une version plus récente de Sendcheck (schéma d&apos;historique %1&#xa0;; cette version connaît jusqu&apos;à %2)&#xa0;; il est donc laissé tel quel</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>L&apos;historique n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The run could not be saved in the history: %1</source>
        <translation>L&apos;essai n&apos;a pas pu être enregistré dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no run %1 in the history.</source>
        <translation>Il n&apos;y a pas d&apos;essai %1 dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Run %1 in the history cannot be read: %2</source>
        <translation>L&apos;essai %1 de l&apos;historique est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history setting could not be saved: %1</source>
        <translation>Le réglage de l&apos;historique n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HttpsGet</name>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 n&apos;a pas répondu dans les %2 s.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid: %2</source>
        <translation>Le certificat de %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Could not connect to %1 over HTTPS: %2</source>
        <translation>Impossible de se connecter à %1 en HTTPS : %2</translation>
    </message>
    <message>
        <source>%1 sent over %2 KB of headers.</source>
        <translation>%1 a envoyé plus de %2 Ko d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KB; an MTA-STS policy must be small.</source>
        <translation>Le fichier dépasse %1 Ko ; une politique MTA-STS doit être petite.</translation>
    </message>
    <message>
        <source>%1 closed the connection without a complete HTTP answer.</source>
        <translation>%1 a fermé la connexion sans réponse HTTP complète.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP.</source>
        <translation>%1 n&apos;a pas répondu en HTTP.</translation>
    </message>
    <message>
        <source>https://%1%2 redirects (HTTP %3) to %4; MTA-STS policies must be served directly, senders do not follow redirects.</source>
        <translation>https://%1%2 redirige (HTTP %3) vers %4 ; les politiques MTA-STS doivent être servies directement, les expéditeurs ne suivent pas les redirections.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <source>https://%1%2 is not there (HTTP 404).</source>
        <translation>https://%1%2 n&apos;existe pas (HTTP 404).</translation>
    </message>
    <message>
        <source>https://%1%2 answered HTTP %3 instead of 200.</source>
        <translation>https://%1%2 a répondu HTTP %3 au lieu de 200.</translation>
    </message>
    <message>
        <source>%1 sent a broken chunked answer.</source>
        <translation>%1 a envoyé une réponse « chunked » défectueuse.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HttpsPolicyFetcher</name>
    <message>
        <source>the web</source>
        <translation>le web</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ImapSession</name>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>Waiting for the greeting</source>
        <translation>Attente de l&apos;accueil</translation>
    </message>
    <message>
        <source>Reading the capabilities</source>
        <translation>Lecture des capacités</translation>
    </message>
    <message>
        <source>Asking for STARTTLS</source>
        <translation>Demande de STARTTLS</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Attente d&apos;une réponse</translation>
    </message>
    <message>
        <source>Waiting for new mail (IDLE)</source>
        <translation>Attente de nouveaux messages (IDLE)</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>No IMAP server name was given.</source>
        <translation>Aucun nom de serveur IMAP n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The user name must not contain line breaks.</source>
        <translation>Le nom d&apos;utilisateur ne doit pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>Aucun certificat n&apos;a pu être lu dans le fichier d&apos;autorité %1.</translation>
    </message>
    <message>
        <source>Connecting to IMAP server %1 port %2 (%3)</source>
        <translation>Connexion au serveur IMAP %1 port %2 (%3)</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS dès le premier octet</translation>
    </message>
    <message>
        <source>plain, then STARTTLS</source>
        <translation>non chiffré, puis STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>aucun chiffrement</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Connecté à %1 port %2</translation>
    </message>
    <message>
        <source>Bytes that arrived before TLS was in place were discarded unread: %1.</source>
        <translation>Les octets arrivés avant la mise en place de TLS ont été ignorés sans être lus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Responses the server sent after its STARTTLS answer and before TLS were discarded unread (STARTTLS injection defence): %1.</source>
        <translation>Les réponses envoyées par le serveur après sa réponse à STARTTLS et avant TLS ont été ignorées sans être lues (protection contre l&apos;injection STARTTLS)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server signed us in before TLS (PREAUTH), so STARTTLS is not possible; the connection was closed rather than continue without encryption.</source>
        <translation>Le serveur nous a authentifiés avant TLS (PREAUTH), STARTTLS est donc impossible&#xa0;; la connexion a été fermée plutôt que de continuer sans chiffrement.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is no IMAP greeting.</source>
        <translation>L&apos;accueil du serveur n&apos;est pas un accueil IMAP.</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>Le serveur a mis fin à la session.</translation>
    </message>
    <message>
        <source>The server sent more than %1 untagged responses for one command; the session was stopped.</source>
        <translation>Le serveur a envoyé plus de %1 réponses non étiquetées pour une seule commande&#xa0;; la session a été arrêtée.</translation>
    </message>
    <message>
        <source>The server asked for more data where none was due.</source>
        <translation>Le serveur a demandé des données supplémentaires alors qu&apos;aucune n&apos;était attendue.</translation>
    </message>
    <message>
        <source>The server asked for more sign-in data than exists.</source>
        <translation>Le serveur a demandé plus de données d&apos;authentification qu&apos;il n&apos;en existe.</translation>
    </message>
    <message>
        <source>The server answered a command that was never sent (tag %1).</source>
        <translation>Le serveur a répondu à une commande qui n&apos;a jamais été envoyée (étiquette %1).</translation>
    </message>
    <message>
        <source>The server refused the CAPABILITY command.</source>
        <translation>Le serveur a refusé la commande CAPABILITY.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS; the session was stopped rather than continue without encryption.</source>
        <translation>Le serveur a refusé STARTTLS&#xa0;; la session a été arrêtée plutôt que de continuer sans chiffrement.</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>Le serveur a refusé l&apos;authentification.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Authentifié.</translation>
    </message>
    <message>
        <source>The server answered out of turn.</source>
        <translation>Le serveur a répondu hors de son tour.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection would not be encrypted; nothing was sent. Use TLS on port 993, or ask the provider.</source>
        <translation>Le serveur ne propose pas STARTTLS, la connexion ne serait donc pas chiffrée&#xa0;; rien n&apos;a été envoyé. Utilisez TLS sur le port 993, ou renseignez-vous auprès du fournisseur.</translation>
    </message>
    <message>
        <source>Bytes the server sent after its STARTTLS answer and before TLS were discarded unread (STARTTLS injection defence): %1.</source>
        <translation>Les octets envoyés par le serveur après sa réponse à STARTTLS et avant TLS ont été ignorés sans être lus (protection contre l&apos;injection STARTTLS)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use TLS or STARTTLS.</source>
        <translation>La connexion n&apos;est pas chiffrée, le mot de passe n&apos;a donc pas été envoyé. Utilisez TLS ou STARTTLS.</translation>
    </message>
    <message>
        <source>No password or token was given for the IMAP sign-in.</source>
        <translation>Aucun mot de passe ni jeton n&apos;a été indiqué pour l&apos;authentification IMAP.</translation>
    </message>
    <message>
        <source>The server does not offer AUTHENTICATE %1.</source>
        <translation>Le serveur ne propose pas AUTHENTICATE %1.</translation>
    </message>
    <message>
        <source>[credentials hidden]</source>
        <translation>[identifiants masqués]</translation>
    </message>
    <message>
        <source>The server does not allow LOGIN here (LOGINDISABLED) and offers no AUTHENTICATE PLAIN.</source>
        <translation>Le serveur n&apos;autorise pas LOGIN ici (LOGINDISABLED) et ne propose pas AUTHENTICATE PLAIN.</translation>
    </message>
    <message>
        <source>The user name needs an IMAP literal, which this server cannot take in LOGIN.</source>
        <translation>Le nom d&apos;utilisateur nécessite un littéral IMAP, que ce serveur ne peut pas accepter dans LOGIN.</translation>
    </message>
    <message>
        <source>[password hidden]</source>
        <translation>[mot de passe masqué]</translation>
    </message>
    <message>
        <source>A command with a line break was not sent.</source>
        <translation>Une commande contenant un saut de ligne n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>No answer from the IMAP server in time (%1).</source>
        <translation>Pas de réponse du serveur IMAP à temps (%1).</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes; reading stopped.</source>
        <translation>Le serveur a envoyé une ligne de plus de %1 octets&#xa0;; lecture arrêtée.</translation>
    </message>
    <message>
        <source>The server sent a line that is no IMAP response: %1</source>
        <translation>Le serveur a envoyé une ligne qui n&apos;est pas une réponse IMAP&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent a response longer than %1 bytes; reading stopped.</source>
        <translation>Le serveur a envoyé une réponse de plus de %1 octets&#xa0;; lecture arrêtée.</translation>
    </message>
    <message>
        <source>The server announced a literal with no valid size.</source>
        <translation>Le serveur a annoncé un littéral sans taille valide.</translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes, more than the %2 allowed; reading stopped.</source>
        <translation>Le serveur a annoncé un littéral de %1 octets, soit plus que les %2 autorisés&#xa0;; lecture arrêtée.</translation>
    </message>
    <message>
        <source>The server sent more than %1 literals in one response; reading stopped.</source>
        <translation>Le serveur a envoyé plus de %1 littéraux dans une seule réponse&#xa0;; lecture arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>[literal data not shown: %n bytes]</source>
        <translation>
            <numerusform>[données littérales non affichées&#xa0;: %n octet]</numerusform>
            <numerusform>[données littérales non affichées&#xa0;: %n octets]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::KeychainCredentialStore</name>
    <message>
        <source>No saved password was found in the keyring. If your keyring is locked, unlock it and try again: a locked keyring gives the same answer.</source>
        <translation>Aucun mot de passe enregistré n&apos;a été trouvé dans le trousseau. Si votre trousseau est verrouillé, déverrouillez-le et réessayez&#xa0;: un trousseau verrouillé donne la même réponse.</translation>
    </message>
    <message>
        <source>The keyring refused access (it may be locked): %1</source>
        <translation>Le trousseau a refusé l&apos;accès (il est peut-être verrouillé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secure storage is unavailable (%1). The password can only be used for this session; nothing was written to disk.</source>
        <translation>Le stockage sécurisé n&apos;est pas disponible (%1). Le mot de passe ne peut servir que pour cette session&#xa0;; rien n&apos;a été écrit sur le disque.</translation>
    </message>
    <message>
        <source>The keyring could not delete the entry: %1</source>
        <translation>Le trousseau n&apos;a pas pu supprimer l&apos;entrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::LineExplanation</name>
    <message>
        <source>Part of the message itself: headers and body go between DATA and the final dot.</source>
        <translation>Partie du message lui-même&#xa0;: les en-têtes et le corps se trouvent entre DATA et le point final.</translation>
    </message>
    <message>
        <source>What Sendcheck did or decided.</source>
        <translation>Ce que Sendcheck a fait ou décidé.</translation>
    </message>
    <message>
        <source>A fact about the encryption (TLS) of this connection.</source>
        <translation>Une information sur le chiffrement (TLS) de cette connexion.</translation>
    </message>
    <message>
        <source>What went wrong. The verdict below explains it in plain words.</source>
        <translation>Ce qui n&apos;a pas fonctionné. Le verdict ci-dessous l&apos;explique en termes simples.</translation>
    </message>
    <message>
        <source>(Sent before encryption started.)</source>
        <translation>(Envoyé avant le début du chiffrement.)</translation>
    </message>
    <message>
        <source>A line from the server.</source>
        <translation>Une ligne du serveur.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MainWindow</name>
    <message>
        <source>Connected and waiting.</source>
        <translation>Connecté, en attente.</translation>
    </message>
    <message>
        <source>Paused before the next command. Press “Step through” to send it.</source>
        <translation>En pause avant la commande suivante. Appuyez sur «&#xa0;Pas à pas&#xa0;» pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Sendcheck</source>
        <translation>Sendcheck</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Send test message</source>
        <translation>&amp;Envoyer un message de test</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Trainer mode</source>
        <translation>Mode &amp;formateur</translation>
    </message>
    <message>
        <source>&amp;Practice server</source>
        <translation>Serveur d&apos;&amp;entraînement</translation>
    </message>
    <message>
        <source>Select a line to see what it means.</source>
        <translation>Sélectionnez une ligne pour voir ce qu&apos;elle signifie.</translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
        <translation>Le serveur d&apos;entraînement n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The test message cannot be sent</source>
        <translation>Le message de test ne peut pas être envoyé</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Talking to %1…</source>
        <translation>Échange avec %1…</translation>
    </message>
    <message>
        <source>Getting the sign-in from your system keychain…</source>
        <translation>Récupération de la connexion depuis le trousseau du système…</translation>
    </message>
    <message>
        <source>Press “Sign in with %1” in the settings, then try again.</source>
        <translation>Cliquez sur «&#xa0;Se connecter avec %1&#xa0;» dans les paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>L&apos;historique n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>This run is not kept in the history: %1</source>
        <translation>Cet essai n&apos;est pas conservé dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>New profile from &amp;address…</source>
        <translation>Nouveau profil à partir d&apos;une &amp;adresse…</translation>
    </message>
    <message>
        <source>&amp;Server check</source>
        <translation>Vérification du &amp;serveur</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Ste&amp;p through</source>
        <translation>&amp;Pas à pas</translation>
    </message>
    <message>
        <source>&amp;Find in the transcript</source>
        <translation>&amp;Rechercher dans la transcription</translation>
    </message>
    <message>
        <source>&amp;Dark colours</source>
        <translation>Couleurs &amp;sombres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Explanation topics</source>
        <translation>&amp;Rubriques d&apos;explication</translation>
    </message>
    <message>
        <source>&amp;About Sendcheck</source>
        <translation>À &amp;propos de Sendcheck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Sendcheck</source>
        <translation>À propos de Sendcheck</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sendcheck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sets up and proves outgoing mail (SMTP) settings, and explains in plain words what the server said.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Built with Qt %2 (LGPL-3.0) and QtKeychain (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sendcheck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Configure et valide les paramètres d&apos;envoi (SMTP) et explique en termes simples ce que le serveur a répondu.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). Compilé avec Qt %2 (LGPL-3.0) et QtKeychain (BSD-3-Clause).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explanation topics</source>
        <translation>Rubriques d&apos;explication</translation>
    </message>
    <message>
        <source>Each explanation has a topic id (shown small in the verdict, for tickets). “sendcheck-cli explain TOPIC” prints it in full.</source>
        <translation>Chaque explication a un identifiant de rubrique (affiché en petit dans le verdict, pour les tickets). «&#xa0;sendcheck-cli explain TOPIC&#xa0;» l&apos;affiche en entier.</translation>
    </message>
    <message>
        <source>This conversation is over. Press “Start again” to begin a new one.</source>
        <translation>Cette conversation est terminée. Appuyez sur «&#xa0;Recommencer&#xa0;» pour en commencer une nouvelle.</translation>
    </message>
    <message>
        <source>%1 · %2:%3 · %4</source>
        <translation>%1 · %2:%3 · %4</translation>
    </message>
    <message>
        <source>Next: enter the server&apos;s name in the settings, then press “Step through”.</source>
        <translation>Ensuite&#xa0;: saisissez le nom du serveur dans les paramètres, puis appuyez sur «&#xa0;Pas à pas&#xa0;».</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Test a&amp;ll ports…</source>
        <translation>Tester tous &amp;les ports…</translation>
    </message>
    <message>
        <source>Do&amp;main check</source>
        <translation>Vérification du do&amp;maine</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting… %1 s left</source>
        <translation>Attente de l&apos;accueil du serveur… encore %1 s</translation>
    </message>
    <message>
        <source>Switch Security to TLS from the start</source>
        <translation>Régler Sécurité sur « TLS dès le départ »</translation>
    </message>
    <message>
        <source>Security is now TLS from the start, on port %1. Test the connection again to check.</source>
        <translation>Sécurité est maintenant « TLS dès le départ », sur le port %1. Testez de nouveau la connexion pour vérifier.</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem&apos;s colours</source>
        <translation>Suivre les couleurs du s&amp;ystème</translation>
    </message>
    <message>
        <source>Sendcheck&apos;s version, what it does and its licences.</source>
        <translation>La version de Sendcheck, ce qu&apos;il fait et ses licences.</translation>
    </message>
    <message>
        <source>Closes the About window.</source>
        <translation>Ferme la fenêtre « À propos de Sendcheck ».</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MemoryCredentialStore</name>
    <message>
        <source>Simulated credential store failure.</source>
        <translation>Panne simulée du stockage des identifiants.</translation>
    </message>
    <message>
        <source>Nothing saved.</source>
        <translation>Rien d&apos;enregistré.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MemoryDnsResolver</name>
    <message>
        <source>test records in memory</source>
        <translation>enregistrements de test en mémoire</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MemoryPolicyFetcher</name>
    <message>
        <source>files held in memory</source>
        <translation>des fichiers gardés en mémoire</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MtaStsPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a &quot;key: value&quot; line.</source>
        <translation>&apos;%1&apos; n&apos;est pas une ligne « clé: valeur ».</translation>
    </message>
    <message>
        <source>version is given more than once; the first counts.</source>
        <translation>version est indiqué plusieurs fois ; le premier compte.</translation>
    </message>
    <message>
        <source>version: should be the first line.</source>
        <translation>version: devrait être la première ligne.</translation>
    </message>
    <message>
        <source>mode: %1 is not enforce, testing or none.</source>
        <translation>mode: %1 n&apos;est ni enforce, ni testing, ni none.</translation>
    </message>
    <message>
        <source>mode is given more than once; the first counts.</source>
        <translation>mode est indiqué plusieurs fois ; le premier compte.</translation>
    </message>
    <message>
        <source>max_age is given more than once; the first counts.</source>
        <translation>max_age est indiqué plusieurs fois ; le premier compte.</translation>
    </message>
    <message>
        <source>max_age: %1 is not a number of seconds.</source>
        <translation>max_age: %1 n&apos;est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>max_age: %1 is more than the %2 seconds (one year) allowed.</source>
        <translation>max_age: %1 dépasse les %2 secondes (un an) autorisées.</translation>
    </message>
    <message>
        <source>mx: %1 is not a host name or a *.domain pattern.</source>
        <translation>mx: %1 n&apos;est ni un nom d&apos;hôte ni un motif *.domaine.</translation>
    </message>
    <message>
        <source>The file has no &quot;version: STSv1&quot; line, so it is not an MTA-STS policy.</source>
        <translation>Le fichier n&apos;a pas de ligne « version: STSv1 » : ce n&apos;est donc pas une politique MTA-STS.</translation>
    </message>
    <message>
        <source>version: %1 is not STSv1.</source>
        <translation>version: %1 n&apos;est pas STSv1.</translation>
    </message>
    <message>
        <source>The policy has no mode: line (enforce, testing or none).</source>
        <translation>La politique n&apos;a pas de ligne mode: (enforce, testing ou none).</translation>
    </message>
    <message>
        <source>The policy has no max_age: line.</source>
        <translation>La politique n&apos;a pas de ligne max_age:.</translation>
    </message>
    <message>
        <source>The policy names no mx: hosts, so no server can match it.</source>
        <translation>La politique ne nomme aucun hôte mx: ; aucun serveur ne peut donc y correspondre.</translation>
    </message>
    <message>
        <source>max_age is under a day: senders forget the policy quickly and an attacker can wait it out. A week or more (604800) is usual.</source>
        <translation>max_age est inférieur à un jour : les expéditeurs oublient vite la politique et un attaquant peut attendre qu&apos;elle expire. Une semaine ou plus (604800) est l&apos;usage.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MtaStsRecord</name>
    <message>
        <source>The record must start with v=STSv1.</source>
        <translation>L&apos;enregistrement doit commencer par v=STSv1.</translation>
    </message>
    <message>
        <source>The record has no id= (the policy&apos;s version, 1 to 32 letters and digits).</source>
        <translation>L&apos;enregistrement n&apos;a pas de id= (la version de la politique, 1 à 32 lettres et chiffres).</translation>
    </message>
    <message>
        <source>id=%1 is not valid: it must be 1 to 32 letters and digits, nothing else.</source>
        <translation>id=%1 n&apos;est pas valide : il doit comporter de 1 à 32 lettres et chiffres, rien d&apos;autre.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MxRecords</name>
    <message>
        <source>MX %1 %2 is an IP address; an MX must name a host (RFC 5321 5.1).</source>
        <translation>MX %1 %2 est une adresse IP&#xa0;; un MX doit nommer un hôte (RFC 5321 5.1).</translation>
    </message>
    <message>
        <source>A null MX (&quot;.&quot;) must be the only MX record, with preference 0 (RFC 7505).</source>
        <translation>Un MX nul («&#xa0;.&#xa0;») doit être le seul enregistrement MX, avec la préférence 0 (RFC 7505).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::NewProfileDialog</name>
    <message>
        <source>New Profile from Address</source>
        <translation>Nouveau profil à partir d&apos;une adresse</translation>
    </message>
    <message>
        <source>anna@example.com</source>
        <translation>anna@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Find settings</source>
        <translation>&amp;Rechercher les paramètres</translation>
    </message>
    <message>
        <source>&amp;Offline (bundled data only)</source>
        <translation>&amp;Hors ligne (données intégrées uniquement)</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Consultée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Where Sendcheck looked, in order:</source>
        <translation>Où Sendcheck a cherché, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>Servers to try</source>
        <translation>Serveurs à essayer</translation>
    </message>
    <message>
        <source>Servers to try (the recommended one is selected):</source>
        <translation>Serveurs à essayer (le serveur recommandé est sélectionné)&#xa0;:</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>S&apos;&amp;authentifier avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Type the address you send from and press Find settings.</source>
        <translation>Saisissez l&apos;adresse depuis laquelle vous envoyez et appuyez sur Rechercher les paramètres.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Recherche des paramètres de %1…</translation>
    </message>
    <message>
        <source>(bundled ISPDB snapshot of %1)</source>
        <translation>(instantané intégré de l&apos;ISPDB du %1)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>supposition</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>A guess: the name exists, but nothing says it takes mail. Test the profile before relying on it.</source>
        <translation>Une supposition&#xa0;: le nom existe, mais rien n&apos;indique qu&apos;il accepte du courrier. Testez le profil avant de vous y fier.</translation>
    </message>
    <message>
        <source>From an untrusted answer (plain HTTP, or a file for another domain): check it with your provider.</source>
        <translation>Issu d&apos;une réponse non fiable (HTTP simple, ou fichier pour un autre domaine)&#xa0;: vérifiez-le auprès de votre fournisseur.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>S&apos;authentifier avec %1</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Le profil n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tried from here</source>
        <translation>Essayé d&apos;ici</translation>
    </message>
    <message>
        <source>Servers tried</source>
        <translation>Serveurs essayés</translation>
    </message>
    <message>
        <source>%v of %m servers tried</source>
        <translation>%v serveurs essayés sur %m</translation>
    </message>
    <message>
        <source>S&amp;top testing</source>
        <translation>Arrê&amp;ter les essais</translation>
    </message>
    <message>
        <source>The servers tried so far keep their result.</source>
        <translation>Les serveurs déjà essayés gardent leur résultat.</translation>
    </message>
    <message>
        <source>Trying the servers found and the usual ports on their hosts (%1 in all) at once, without a password: only EHLO, STARTTLS and QUIT are sent.</source>
        <translation>Essai simultané des serveurs trouvés et des ports habituels sur leurs hôtes (%1 en tout), sans mot de passe : seuls EHLO, STARTTLS et QUIT sont envoyés.</translation>
    </message>
    <message>
        <source>Not tried: no encryption</source>
        <translation>Non essayé&#xa0;: sans chiffrement</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Essai…</translation>
    </message>
    <message>
        <source>Tried from here: %1.</source>
        <translation>Essayé d&apos;ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>found by trying</source>
        <translation>trouvé en essayant</translation>
    </message>
    <message>
        <source>Found by trying the usual ports on this host: no source lists this port, but it works from here.</source>
        <translation>Trouvé en essayant les ports habituels sur cet hôte : aucune source n&apos;indique ce port, mais il fonctionne d&apos;ici.</translation>
    </message>
    <message>
        <source>The address you send from, for example anna@example.com.</source>
        <translation>L&apos;adresse depuis laquelle vous envoyez, par exemple anna@example.com.</translation>
    </message>
    <message>
        <source>Looks up the server settings for this address and tests them.</source>
        <translation>Recherche les paramètres du serveur pour cette adresse et les teste.</translation>
    </message>
    <message>
        <source>Looks only in the data that comes with Sendcheck, without going online.</source>
        <translation>Ne cherche que dans les données fournies avec Sendcheck, sans se connecter à Internet.</translation>
    </message>
    <message>
        <source>Where the settings were looked for, and what each place answered.</source>
        <translation>Où les paramètres ont été cherchés, et ce que chaque source a répondu.</translation>
    </message>
    <message>
        <source>The servers found and how each test went: select one to use it.</source>
        <translation>Les serveurs trouvés et le résultat de chaque test : sélectionnez-en un pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>A name for the new profile, for example Work mail.</source>
        <translation>Un nom pour le nouveau profil, par exemple Messagerie du travail.</translation>
    </message>
    <message>
        <source>The name you sign in with, often your e-mail address.</source>
        <translation>Le nom avec lequel vous vous connectez, souvent votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Whether to sign in with a password or with the provider&apos;s OAuth sign-in.</source>
        <translation>Se connecter avec un mot de passe ou avec la connexion OAuth du fournisseur.</translation>
    </message>
    <message>
        <source>Saves the new profile with the chosen server.</source>
        <translation>Enregistre le nouveau profil avec le serveur choisi.</translation>
    </message>
    <message>
        <source>Closes this window without saving.</source>
        <translation>Ferme cette fenêtre sans enregistrer.</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès le départ</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthAccess</name>
    <message>
        <source>&quot;%1&quot; is not signed in. Use &quot;Sign in with ...&quot; first. (If your keyring is locked, unlock it: a locked keyring looks the same.)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas connecté. Utilisez d&apos;abord «&#xa0;Se connecter avec ...&#xa0;». (Si votre trousseau est verrouillé, déverrouillez-le&#xa0;: un trousseau verrouillé donne le même résultat.)</translation>
    </message>
    <message>
        <source>The saved sign-in of &quot;%1&quot; is damaged and cannot be used. Sign in again.</source>
        <translation>La connexion enregistrée de «&#xa0;%1&#xa0;» est endommagée et inutilisable. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The saved sign-in of &quot;%1&quot; was made with another provider or app registration. Sign in again.</source>
        <translation>La connexion enregistrée de «&#xa0;%1&#xa0;» a été établie avec un autre fournisseur ou une autre inscription d&apos;application. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it is used for this send only.</source>
        <translation>La connexion renouvelée n&apos;a pas pu être enregistrée dans le trousseau (%1)&#xa0;; elle ne sert que pour cet envoi.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthConfig</name>
    <message>
        <source>The profile &quot;%1&quot; is not made from a preset that offers OAuth sign-in (Gmail, Microsoft 365, Outlook.com).</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;est pas basé sur un préréglage qui propose la connexion OAuth (Gmail, Microsoft 365, Outlook.com).</translation>
    </message>
    <message>
        <source>Enter the client id of the app you (or your organisation) registered with %1 first. Register one as a desktop app (Google Cloud console: Credentials, OAuth client ID; Microsoft Entra admin center: App registrations), allow it to send mail, and copy its client id here.</source>
        <translation>Saisissez d&apos;abord l&apos;ID client de l&apos;application que vous (ou votre organisation) avez enregistrée auprès de %1. Enregistrez-en une comme application de bureau (console Google Cloud : Identifiants, ID client OAuth ; centre d&apos;administration Microsoft Entra : Inscriptions d&apos;applications), autorisez-la à envoyer des e-mails et copiez son ID client ici.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant: use the directory (tenant) id, your domain, or &quot;organizations&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un locataire&#xa0;: utilisez l&apos;ID d&apos;annuaire (locataire), votre domaine ou «&#xa0;organizations&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthOutcome</name>
    <message>
        <source>The provider no longer accepts this sign-in: it has expired, was revoked (for example after a password change), or was made for another app. Sign in again.</source>
        <translation>Le fournisseur n&apos;accepte plus cette connexion&#xa0;: elle a expiré, a été révoquée (par exemple après un changement de mot de passe) ou a été établie pour une autre application. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The provider does not accept the app registration: check the client id (and the client secret, if your registration has one) and that the app is allowed to use this sign-in.</source>
        <translation>Le fournisseur n&apos;accepte pas l&apos;inscription de l&apos;application&#xa0;: vérifiez l&apos;ID client (et le secret client, si votre inscription en a un) et que l&apos;application a le droit d&apos;utiliser cette connexion.</translation>
    </message>
    <message>
        <source>The provider refused the requested permissions (scopes). The app registration may not be allowed to send mail.</source>
        <translation>Le fournisseur a refusé les autorisations demandées (étendues). L&apos;inscription de l&apos;application n&apos;a peut-être pas le droit d&apos;envoyer des e-mails.</translation>
    </message>
    <message>
        <source>The sign-in was refused at the provider: you (or a policy of your organisation) did not allow Sendcheck to send mail for this account.</source>
        <translation>La connexion a été refusée chez le fournisseur&#xa0;: vous (ou une stratégie de votre organisation) n&apos;avez pas autorisé Sendcheck à envoyer des e-mails pour ce compte.</translation>
    </message>
    <message>
        <source>The provider found the request incomplete or wrong; the redirect address may not be registered for this app.</source>
        <translation>Le fournisseur a jugé la demande incomplète ou incorrecte&#xa0;; l&apos;adresse de redirection n&apos;est peut-être pas enregistrée pour cette application.</translation>
    </message>
    <message>
        <source>The provider had a problem of its own. Try again in a few minutes.</source>
        <translation>Le fournisseur a rencontré un problème de son côté. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in (%1).</source>
        <translation>Le fournisseur a refusé la connexion (%1).</translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;</source>
        <translation>Il a indiqué&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked at the provider. Sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée chez le fournisseur. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The provider&apos;s token service could not be reached: %1</source>
        <translation>Le service de jetons du fournisseur est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s token service answered with HTTP status %1 and no explanation. Try again later.</source>
        <translation>Le service de jetons du fournisseur a répondu avec l&apos;état HTTP %1, sans explication. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The provider&apos;s token service answered, but not with a token. Check the token address of the preset.</source>
        <translation>Le service de jetons du fournisseur a répondu, mais pas avec un jeton. Vérifiez l&apos;adresse de jeton du préréglage.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthPanel</name>
    <message>
        <source>OAuth sign-in</source>
        <translation>Connexion OAuth</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>from your app registration</source>
        <translation>issu de l&apos;inscription de votre application</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Your organisation&apos;s directory (tenant) id or domain. Leave it empty for the usual choice.</source>
        <translation>L&apos;ID d&apos;annuaire (locataire) ou le domaine de votre organisation. Laissez vide pour le choix habituel.</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>kept with the sign-in, never in the profile</source>
        <translation>conservé avec la connexion, jamais dans le profil</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Removes the sign-in from your system keychain. The app registration stays.</source>
        <translation>Retire la connexion du trousseau du système. L&apos;inscription de l&apos;application est conservée.</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Sign-in warning</source>
        <translation>Avertissement de connexion</translation>
    </message>
    <message>
        <source>No browser opened? Open this address in one yourself:</source>
        <translation>Aucun navigateur ne s&apos;est ouvert&#xa0;? Ouvrez vous-même cette adresse dans un navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copier l&apos;adresse de connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>%1 (the default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>Sendcheck signs in as an app that you (or your organisation) register with %1; the client id comes from that registration.</source>
        <translation>Sendcheck se connecte en tant qu&apos;application que vous (ou votre organisation) enregistrez auprès de %1&#xa0;; l&apos;ID client provient de cette inscription.</translation>
    </message>
    <message>
        <source>How to register an app</source>
        <translation>Comment enregistrer une application</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address below into one.</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert&#xa0;: copiez l&apos;adresse ci-dessous dans un navigateur.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in was removed from your keychain.</source>
        <translation>Déconnecté&#xa0;: la connexion a été retirée de votre trousseau.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>✔ Signed in (%1 did not say with which account).</source>
        <translation>✔ Connecté (%1 n&apos;a pas indiqué avec quel compte).</translation>
    </message>
    <message>
        <source>✔ Signed in as %1.</source>
        <translation>✔ Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in with %1 there and allow Sendcheck to send mail.</source>
        <translation>En attente du navigateur… Connectez-vous-y avec %1 et autorisez Sendcheck à envoyer des e-mails.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ The user name is %1, but the sign-in is for %2: the server will refuse, because the token belongs to %2. Change the user name, or sign in again as %1.</source>
        <translation>⚠ Le nom d&apos;utilisateur est %1, mais la connexion concerne %2&#xa0;: le serveur refusera, car le jeton appartient à %2. Changez le nom d&apos;utilisateur, ou connectez-vous à nouveau en tant que %1.</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>How OAuth sign-in works here</source>
        <translation>Fonctionnement de l&apos;authentification OAuth ici</translation>
    </message>
    <message>
        <source>Sign in with the provider</source>
        <translation>Se connecter auprès du fournisseur</translation>
    </message>
    <message>
        <source>The client id of your app registration with the provider.</source>
        <translation>L&apos;ID client de l&apos;inscription de votre application auprès du fournisseur.</translation>
    </message>
    <message>
        <source>The client secret of your app registration, if it has one.</source>
        <translation>Le secret client de l&apos;inscription de votre application, si elle en a un.</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser.</source>
        <translation>Ouvre la page de connexion du fournisseur dans votre navigateur.</translation>
    </message>
    <message>
        <source>The sign-in address: open it in a browser if none opened.</source>
        <translation>L&apos;adresse de connexion : ouvrez-la dans un navigateur si aucun ne s&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Copies the sign-in address to the clipboard.</source>
        <translation>Copie l&apos;adresse de connexion dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Stops waiting for the sign-in.</source>
        <translation>Cesse d&apos;attendre la connexion.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthRefresh</name>
    <message>
        <source>The provider&apos;s token service did not answer in time, so the sign-in could not be renewed. Try again.</source>
        <translation>Le service de jetons du fournisseur n&apos;a pas répondu à temps&#xa0;; la connexion n&apos;a donc pas pu être renouvelée. Réessayez.</translation>
    </message>
    <message>
        <source>The saved sign-in has expired and the provider gave no way to renew it. Sign in again.</source>
        <translation>La connexion enregistrée a expiré et le fournisseur n&apos;a fourni aucun moyen de la renouveler. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>The provider answered the renewal without a new access token.</source>
        <translation>Le fournisseur a répondu au renouvellement sans nouveau jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthSignIn</name>
    <message>
        <source>No answer came back from the browser in time. Start the sign-in again and finish it in the browser window that opens.</source>
        <translation>Aucune réponse n&apos;est revenue du navigateur à temps. Relancez la connexion et terminez-la dans la fenêtre de navigateur qui s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Sendcheck could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Sendcheck n&apos;a pas pu écouter sur 127.0.0.1 pour recevoir la réponse du navigateur.</translation>
    </message>
    <message>
        <source>Sendcheck has the answer from your browser. You can close this page and return to Sendcheck.</source>
        <translation>Sendcheck a reçu la réponse de votre navigateur. Vous pouvez fermer cette page et revenir à Sendcheck.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Le navigateur est revenu sans code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The provider answered without an access token.</source>
        <translation>Le fournisseur a répondu sans jeton d&apos;accès.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>Afficher ou masquer la saisie</translation>
    </message>
    <message>
        <source>Password status</source>
        <translation>État du mot de passe</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <source>✔ Saved in your system keychain. Type a new password to replace it.</source>
        <translation>✔ Enregistré dans le trousseau du système. Saisissez un nouveau mot de passe pour le remplacer.</translation>
    </message>
    <message>
        <source>No password saved for this profile yet.</source>
        <translation>Aucun mot de passe enregistré pour ce profil pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Secure storage unavailable: the password is kept for this session only.</source>
        <translation>Stockage sécurisé indisponible&#xa0;: le mot de passe n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>Le trousseau du système n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>(saved; leave empty to keep it)</source>
        <translation>(enregistré&#xa0;; laissez vide pour le conserver)</translation>
    </message>
    <message>
        <source>Secure storage unavailable: a password you type is kept for this session only.</source>
        <translation>Stockage sécurisé indisponible&#xa0;: le mot de passe saisi n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>No password has been given for this profile.</source>
        <translation>Aucun mot de passe n&apos;a été indiqué pour ce profil.</translation>
    </message>
    <message>
        <source>No password is saved for this profile (%1). Type it in the Password box.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour ce profil (%1). Saisissez-le dans le champ Mot de passe.</translation>
    </message>
    <message>
        <source>The password for the user name; it is kept in your system keychain, never in the profile.</source>
        <translation>Le mot de passe de ce nom d&apos;utilisateur ; il est conservé dans le trousseau du système, jamais dans le profil.</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Mot de passe de la boîte aux lettres</translation>
    </message>
    <message>
        <source>The password of the mailbox user, who is another account than the one that sends; it is kept in your system keychain, never in the profile.</source>
        <translation>Le mot de passe de l&apos;utilisateur de la boîte aux lettres, un autre compte que celui qui envoie&#xa0;; il est conservé dans le trousseau de votre système, jamais dans le profil.</translation>
    </message>
    <message>
        <source>No mailbox password saved yet: the mailbox is tried with the sending password.</source>
        <translation>Aucun mot de passe de boîte aux lettres enregistré&#xa0;: la boîte est essayée avec le mot de passe d&apos;envoi.</translation>
    </message>
    <message>
        <source>No mailbox password has been given.</source>
        <translation>Aucun mot de passe de boîte aux lettres n&apos;a été donné.</translation>
    </message>
    <message>
        <source>none is saved; type it in the Mailbox password box</source>
        <translation>aucun n&apos;est enregistré&#xa0;; saisissez-le dans la case «&#xa0;Mot de passe de la boîte aux lettres&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PdfReport</name>
    <message>
        <source>A PDF can only be written by a program with a QGuiApplication.</source>
        <translation>Un PDF ne peut être écrit que par un programme doté d&apos;une QGuiApplication.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PortProbe</name>
    <message>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Wrong security mode</source>
        <translation>Mauvais mode de sécurité</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <source>TLS interception</source>
        <translation>Interception TLS</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>no sign-in offered</source>
        <translation>aucune authentification proposée</translation>
    </message>
    <message>
        <source>up to %1 MB</source>
        <translation>jusqu&apos;à %1 Mo</translation>
    </message>
    <message>
        <source>Nothing listens on this port</source>
        <translation>Rien n&apos;écoute sur ce port</translation>
    </message>
    <message>
        <source>No connection: the port is filtered</source>
        <translation>Pas de connexion&#xa0;: le port est filtré</translation>
    </message>
    <message>
        <source>Connected, but the server never said a word</source>
        <translation>Connecté, mais le serveur n&apos;a rien dit</translation>
    </message>
    <message>
        <source>The certificate does not verify</source>
        <translation>Le certificat ne peut pas être vérifié</translation>
    </message>
    <message>
        <source>Certificate made by %1</source>
        <translation>Certificat créé par %1</translation>
    </message>
    <message>
        <source>This port takes mail without sign-in: it is for servers, or for a relay that knows your address; use a port that offers sign-in.</source>
        <translation>Ce port accepte le courrier sans authentification&#xa0;: il est destiné aux serveurs, ou à un relais qui connaît votre adresse&#xa0;; utilisez un port qui propose l&apos;authentification.</translation>
    </message>
    <message>
        <source>Use another port; nothing is switched on here.</source>
        <translation>Utilisez un autre port&#xa0;; rien n&apos;est activé ici.</translation>
    </message>
    <message>
        <source>The server accepts connections but does not speak SMTP on port %1; use another port or ask the provider.</source>
        <translation>Le serveur accepte les connexions mais ne parle pas SMTP sur le port %1&#xa0;; utilisez un autre port ou renseignez-vous auprès du fournisseur.</translation>
    </message>
    <message>
        <source>Port 25 is usually blocked by internet providers and cloud hosts for outgoing connections; use 465 or 587.</source>
        <translation>Le port 25 est généralement bloqué en sortie par les fournisseurs d&apos;accès à Internet et les hébergeurs cloud&#xa0;; utilisez 465 ou 587.</translation>
    </message>
    <message>
        <source>A firewall on the way drops the connection; try another port or network.</source>
        <translation>Un pare-feu sur le trajet bloque la connexion&#xa0;; essayez un autre port ou un autre réseau.</translation>
    </message>
    <message>
        <source>Check the server name against the certificate; for your own server, give its CA file or trust its fingerprint.</source>
        <translation>Comparez le nom du serveur avec le certificat&#xa0;; pour votre propre serveur, indiquez son fichier d&apos;autorité de certification ou approuvez son empreinte.</translation>
    </message>
    <message>
        <source>Turn off mail scanning of encrypted connections in %1, or add an exception for this server.</source>
        <translation>Désactivez l&apos;analyse du courrier dans les connexions chiffrées dans %1, ou ajoutez une exception pour ce serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port (1-65535).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the mode after / is tls or starttls.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le mode après / est tls ou starttls.</translation>
    </message>
    <message>
        <source>No port was given.</source>
        <translation>Aucun port n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>This port expects TLS from the start, not STARTTLS</source>
        <translation>Ce port attend TLS dès le départ, pas STARTTLS</translation>
    </message>
    <message>
        <source>This port greets in plain text: it wants STARTTLS, not TLS from the start</source>
        <translation>Ce port accueille en texte non chiffré&#xa0;: il attend STARTTLS, pas TLS dès le départ</translation>
    </message>
    <message>
        <source>Choose TLS from the start (not STARTTLS) for port %1.</source>
        <translation>Choisissez « TLS dès le départ » (et non STARTTLS) pour le port %1.</translation>
    </message>
    <message>
        <source>Choose STARTTLS (not TLS from the start) for port %1.</source>
        <translation>Choisissez STARTTLS (et non « TLS dès le départ ») pour le port %1.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PortProbeDialog</name>
    <message>
        <source>Test all ports</source>
        <translation>Tester tous les ports</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Use this setting</source>
        <translation>Utiliser ce paramètre</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Tester à nouveau</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Essai…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Recommended: port %1 with %2. %3</source>
        <translation>Recommandé&#xa0;: port %1 avec %2. %3</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recommandé)</translation>
    </message>
    <message>
        <source>Use %1 on port %2</source>
        <translation>Utiliser %1 sur le port %2</translation>
    </message>
    <message>
        <source>Certificate issuer: %1</source>
        <translation>Émetteur du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Détail technique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Each port and security setting tried, with its result: select a row for details.</source>
        <translation>Chaque port et paramètre de sécurité essayé, avec son résultat : sélectionnez une ligne pour les détails.</translation>
    </message>
    <message>
        <source>Puts the selected port and security setting into the profile.</source>
        <translation>Reporte le port et le paramètre de sécurité sélectionnés dans le profil.</translation>
    </message>
    <message>
        <source>Tries all the settings again.</source>
        <translation>Essaie à nouveau tous les paramètres.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Ferme cette fenêtre.</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès le départ</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n settings of %1 at once, without a password (at most %2 s each). Only EHLO, STARTTLS and QUIT are sent.</source>
        <translation>
            <numerusform>Essai de %n paramètre de %1, sans mot de passe (%2 s au maximum). Seuls EHLO, STARTTLS et QUIT sont envoyés.</numerusform>
            <numerusform>Essai simultané de %n paramètres de %1, sans mot de passe (%2 s au maximum chacun). Seuls EHLO, STARTTLS et QUIT sont envoyés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::PortProbeResult</name>
    <message>
        <source>No setting works without interception: antivirus or a proxy stands between this computer and the server.</source>
        <translation>Aucun paramètre ne fonctionne sans interception&#xa0;: un antivirus ou un proxy se trouve entre cet ordinateur et le serveur.</translation>
    </message>
    <message>
        <source>No setting works from here; the rows say why for each port.</source>
        <translation>Aucun paramètre ne fonctionne depuis cet ordinateur&#xa0;; chaque ligne indique pourquoi pour chaque port.</translation>
    </message>
    <message>
        <source>Port %1 works, but the server offers no sign-in there: it only fits a relay that knows this computer.</source>
        <translation>Le port %1 fonctionne, mais le serveur n&apos;y propose pas d&apos;authentification&#xa0;: il ne convient qu&apos;à un relais qui connaît cet ordinateur.</translation>
    </message>
    <message>
        <source>STARTTLS on port %1: neither 465 nor 587 worked here.</source>
        <translation>STARTTLS sur le port %1&#xa0;: ni 465 ni 587 n&apos;ont fonctionné ici.</translation>
    </message>
    <message>
        <source>TLS from the start on port 465: encrypted from the first byte, which RFC 8314 recommends for sending mail.</source>
        <translation>TLS dès le départ sur le port 465&#xa0;: chiffré dès le premier octet, ce que recommande la RFC 8314 pour l&apos;envoi de courrier.</translation>
    </message>
    <message>
        <source>TLS from the start on port %1: encrypted from the first byte (RFC 8314).</source>
        <translation>TLS dès le départ sur le port %1&#xa0;: chiffré dès le premier octet (RFC 8314).</translation>
    </message>
    <message>
        <source>STARTTLS on port 587, the submission port (RFC 6409): TLS from the start on 465 did not work here.</source>
        <translation>STARTTLS sur le port 587, le port de soumission (RFC 6409)&#xa0;: TLS dès le départ sur le 465 n&apos;a pas fonctionné ici.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeImapServer</name>
    <message>
        <source>Start the practice SMTP server first: IMAP uses its certificate.</source>
        <translation>Démarrez d&apos;abord le serveur SMTP d&apos;entraînement&#xa0;: IMAP utilise son certificat.</translation>
    </message>
    <message>
        <source>The practice IMAP server cannot listen on %1: %2</source>
        <translation>Le serveur IMAP d&apos;entraînement ne peut pas écouter sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticePanel</name>
    <message>
        <source>A mail server inside Sendcheck, on this computer only. Sign in as practice / practice. Choose a scenario to make it fail on purpose and see how each failure is explained.</source>
        <translation>Un serveur de messagerie intégré à Sendcheck, uniquement sur cet ordinateur. Authentifiez-vous avec practice / practice. Choisissez un scénario pour le faire échouer volontairement et voir comment chaque échec est expliqué.</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>Scénario d&apos;entraînement</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Messages reçus</translation>
    </message>
    <message>
        <source>The selected message and its session</source>
        <translation>Le message sélectionné et sa session</translation>
    </message>
    <message>
        <source>Running on %1: port %2 (STARTTLS), port %3 (TLS).</source>
        <translation>En service sur %1&#xa0;: port %2 (STARTTLS), port %3 (TLS).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1  from %2 to %3</source>
        <translation>%1  de %2 à %3</translation>
    </message>
    <message>
        <source>Session:
%1

Message:
%2</source>
        <translation>Session&#xa0;:
%1

Message&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>Received messages:</source>
        <translation>Messages reçus&#xa0;:</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Arrêter le serveur</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Démarrer le serveur</translation>
    </message>
    <message>
        <source>Mailbox (IMAP): port %1 (STARTTLS), port %2 (TLS).</source>
        <translation>Boîte aux lettres (IMAP)&#xa0;: port %1 (STARTTLS), port %2 (TLS).</translation>
    </message>
    <message>
        <source>The mailbox (IMAP) could not start: %1</source>
        <translation>La boîte aux lettres (IMAP) n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Load scenario file…</source>
        <translation>Charger un fichier de scénario…</translation>
    </message>
    <message>
        <source>Load scenario file</source>
        <translation>Charger un fichier de scénario</translation>
    </message>
    <message>
        <source>A text file with one rule per line, such as “rcpt: 550 5.1.1 No such user”: the stage, then the reply the practice server gives there.</source>
        <translation>Un fichier texte avec une règle par ligne, par exemple « rcpt: 550 5.1.1 No such user » : l&apos;étape, puis la réponse que le serveur d&apos;entraînement y donne.</translation>
    </message>
    <message>
        <source>Load a practice scenario</source>
        <translation>Charger un scénario d&apos;entraînement</translation>
    </message>
    <message>
        <source>Scenario files (*.txt *.scenario);;All files (*)</source>
        <translation>Fichiers de scénario (*.txt *.scenario);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This scenario file cannot be used, so the practice server keeps its scenario. %1</source>
        <translation>Ce fichier de scénario est inutilisable : le serveur d&apos;entraînement garde donc son scénario. %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Starts or stops the practice server on this computer.</source>
        <translation>Démarre ou arrête le serveur d&apos;entraînement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Chooses how the practice server behaves, for example that it refuses the password.</source>
        <translation>Choisit le comportement du serveur d&apos;entraînement, par exemple refuser le mot de passe.</translation>
    </message>
    <message>
        <source>The messages the practice server received: select one to read it.</source>
        <translation>Les messages reçus par le serveur d&apos;entraînement : sélectionnez-en un pour le lire.</translation>
    </message>
    <message>
        <source>The selected message as the server received it, with its session.</source>
        <translation>Le message sélectionné tel que le serveur l&apos;a reçu, avec sa session.</translation>
    </message>
    <message numerus="yes">
        <source>Your own scenario from %1: %n rule(s), each making its stage fail.</source>
        <translation>
            <numerusform>Votre propre scénario, tiré de %1&#xa0;: %n règle, qui fait échouer son étape.</numerusform>
            <numerusform>Votre propre scénario, tiré de %1&#xa0;: %n règles, chacune faisant échouer son étape.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeProfiles</name>
    <message>
        <source>Practice server</source>
        <translation>Serveur d&apos;entraînement</translation>
    </message>
    <message>
        <source>The practice server&apos;s password (“practice”) is filled in for you.</source>
        <translation>Le mot de passe du serveur d&apos;entraînement («&#xa0;practice&#xa0;») est saisi automatiquement.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeServer</name>
    <message>
        <source>The practice server listens on loopback addresses only (%1 is not one).</source>
        <translation>Le serveur d&apos;entraînement n&apos;écoute que sur les adresses de bouclage local (%1 n&apos;en est pas une).</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeSession</name>
    <message>
        <source>Connection from %1</source>
        <translation>Connexion depuis %1</translation>
    </message>
    <message>
        <source>Scenario: closing the connection at connect without a word</source>
        <translation>Scénario&#xa0;: fermeture de la connexion dès l&apos;ouverture, sans un mot</translation>
    </message>
    <message>
        <source>Scenario: closing the connection instead of a greeting</source>
        <translation>Scénario&#xa0;: fermeture de la connexion au lieu d&apos;un accueil</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS établi&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Délai d&apos;inactivité dépassé</translation>
    </message>
    <message>
        <source>(a line longer than %1 bytes)</source>
        <translation>(une ligne de plus de %1 octets)</translation>
    </message>
    <message>
        <source>(a line of %1 bytes, longer than %2)</source>
        <translation>(une ligne de %1 octets, plus longue que %2)</translation>
    </message>
    <message>
        <source>Authentication failed for &quot;%1&quot;</source>
        <translation>Échec de l&apos;authentification pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Authenticated as &quot;%1&quot;</source>
        <translation>Authentifié en tant que «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(%1 bytes of message data, then the final dot)</source>
        <translation>(%1 octets de données de message, puis le point final)</translation>
    </message>
    <message>
        <source>Scenario: closing the connection at %1 without a reply</source>
        <translation>Scénario&#xa0;: fermeture de la connexion à l&apos;étape %1 sans réponse</translation>
    </message>
    <message>
        <source>The client does not read its replies; closing</source>
        <translation>Le client ne lit pas ses réponses&#xa0;; fermeture</translation>
    </message>
    <message>
        <source>Discarded %1 bytes sent after STARTTLS before the handshake</source>
        <translation>%1 octets envoyés après STARTTLS avant la négociation ont été ignorés</translation>
    </message>
    <message>
        <source>(transcript truncated)</source>
        <translation>(transcription tronquée)</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>The token is right, but it belongs to &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>Le jeton est correct, mais il appartient à «&#xa0;%1&#xa0;», et non à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The token is not the test token</source>
        <translation>Le jeton n&apos;est pas le jeton de test</translation>
    </message>
    <message>
        <source>The session lasted %1 seconds, the most allowed</source>
        <translation>La session a duré %1 secondes, le maximum autorisé</translation>
    </message>
    <message>
        <source>AUTH ended: the answer was too long</source>
        <translation>AUTH terminé&#xa0;: la réponse était trop longue</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProbeAttempt</name>
    <message>
        <source>Probing %1 port %2 (%3), no credentials</source>
        <translation>Test de %1 port %2 (%3), sans identifiants</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 after %3 ms</source>
        <translation>Connecté à %1 port %2 après %3 ms</translation>
    </message>
    <message>
        <source>No greeting after %1 s; checking whether this port speaks TLS</source>
        <translation>Aucun accueil après %1 s&#xa0;; vérification si ce port parle TLS</translation>
    </message>
    <message>
        <source>The port answered a TLS handshake instead of greeting in plain text.</source>
        <translation>Le port a répondu à une négociation TLS au lieu d&apos;envoyer un accueil en texte non chiffré.</translation>
    </message>
    <message>
        <source>The certificate was made by %1 (%2), not by the mail server</source>
        <translation>Le certificat a été créé par %1 (%2), et non par le serveur de messagerie</translation>
    </message>
    <message>
        <source>Certificate issued by %1: %2</source>
        <translation>Certificat émis par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS.</source>
        <translation>Le serveur n&apos;a pas proposé STARTTLS.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS.</source>
        <translation>Le serveur a envoyé d&apos;autres données juste après avoir accepté STARTTLS.</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>Démarrage de TLS</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>No connection within %1 s.</source>
        <translation>Pas de connexion en %1 s.</translation>
    </message>
    <message>
        <source>Connected, but the server said nothing within %1 s.</source>
        <translation>Connecté, mais le serveur n&apos;a rien dit en %1 s.</translation>
    </message>
    <message>
        <source>The server stopped answering; the attempt ended after %1 s.</source>
        <translation>Le serveur a cessé de répondre&#xa0;; la tentative s&apos;est terminée après %1 s.</translation>
    </message>
    <message>
        <source>The attempt ended early.</source>
        <translation>La tentative s&apos;est terminée prématurément.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProbeReport</name>
    <message>
        <source>Use %1 port %2 with %3: %4</source>
        <translation>Utilisez %1 port %2 avec %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Port %1 (%2): %3</source>
        <translation>Port %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Connected after</source>
        <translation>Connecté après</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Certificat vérifié</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3</source>
        <translation>%1, émis par %2, valable jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>Certificate problems</source>
        <translation>Problèmes de certificat</translation>
    </message>
    <message>
        <source>Intercepted by</source>
        <translation>Intercepté par</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>Méthodes d&apos;authentification</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Limite de taille</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>aucune annoncée</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Profile</name>
    <message>
        <source>&quot;%1&quot; must be a text value.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une valeur texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text values.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de valeurs texte.</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>Le profil n&apos;a pas d&apos;ID.</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>Le profil n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Unknown security mode &quot;%1&quot; (expected starttls, tls or none).</source>
        <translation>Mode de sécurité inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: starttls, tls ou none).</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;.</source>
        <translation>Méthode d&apos;authentification inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>Le port doit être un nombre entier de 1 à 65535.</translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; must be a whole number from 0 to %1.</source>
        <translation>«&#xa0;timeoutSeconds&#xa0;» doit être un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>&quot;allowPlainAuth&quot; must be true or false.</source>
        <translation>«&#xa0;allowPlainAuth&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be &quot;password&quot; or &quot;oauth&quot;.</source>
        <translation>«&#xa0;signIn&#xa0;» doit valoir «&#xa0;password&#xa0;» ou «&#xa0;oauth&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; must be an object.</source>
        <translation>«&#xa0;oauth&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;pins&quot; must be a list of {host, port, sha256} objects.</source>
        <translation>«&#xa0;pins&#xa0;» doit être une liste d&apos;objets {host, port, sha256}.</translation>
    </message>
    <message>
        <source>Each of &quot;pins&quot; needs a server name (&quot;host&quot;), a port from 1 to 65535 and a fingerprint (&quot;sha256&quot;).</source>
        <translation>Chaque élément de «&#xa0;pins&#xa0;» nécessite un nom de serveur («&#xa0;host&#xa0;»), un port de 1 à 65535 et une empreinte («&#xa0;sha256&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileImap</name>
    <message>
        <source>&quot;imap&quot; must be an object.</source>
        <translation>«&#xa0;imap&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;read_back&quot; must be true or false.</source>
        <translation>«&#xa0;imap&#xa0;»&#xa0;: «&#xa0;read_back&#xa0;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;%1&quot; must be a text value.</source>
        <translation>«&#xa0;imap&#xa0;»&#xa0;: «&#xa0;%1&#xa0;» doit être une valeur texte.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;%1&quot; is not a server name.</source>
        <translation>«&#xa0;imap&#xa0;»&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: the port must be a whole number from 1 to 65535.</source>
        <translation>«&#xa0;imap&#xa0;»&#xa0;: le port doit être un nombre entier de 1 à 65535.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;security&quot; must be &quot;tls&quot; or &quot;starttls&quot;.</source>
        <translation>«&#xa0;imap&#xa0;»&#xa0;: «&#xa0;security&#xa0;» doit valoir «&#xa0;tls&#xa0;» ou «&#xa0;starttls&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileListPanel</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Copied. The password is not copied: type it for the new profile.</source>
        <translation>Copié. Le mot de passe n&apos;est pas copié&#xa0;: saisissez-le pour le nouveau profil.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved password?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et son mot de passe enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1”. Try again.</source>
        <translation>Le certificat est approuvé pour «&#xa0;%1&#xa0;». Réessayez.</translation>
    </message>
    <message>
        <source>The certificate was not trusted: “%1” now names another server than %2:%3.</source>
        <translation>Le certificat n&apos;a pas été approuvé&#xa0;: «&#xa0;%1&#xa0;» désigne maintenant un autre serveur que %2:%3.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Your saved profiles: choose one to edit and test it.</source>
        <translation>Vos profils enregistrés : choisissez-en un pour le modifier et le tester.</translation>
    </message>
    <message>
        <source>Adds a new, empty profile.</source>
        <translation>Ajoute un nouveau profil vide.</translation>
    </message>
    <message>
        <source>Adds a copy of the selected profile.</source>
        <translation>Ajoute une copie du profil sélectionné.</translation>
    </message>
    <message>
        <source>Gives the selected profile a new name.</source>
        <translation>Donne un nouveau nom au profil sélectionné.</translation>
    </message>
    <message>
        <source>Deletes the selected profile and its saved password.</source>
        <translation>Supprime le profil sélectionné et son mot de passe enregistré.</translation>
    </message>
    <message>
        <source>The mailbox server&apos;s certificate is trusted for “%1”. Send again to read the message back.</source>
        <translation>Le certificat du serveur de boîte aux lettres est approuvé pour «&#xa0;%1&#xa0;». Envoyez de nouveau pour relire le message.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileRules</name>
    <message>
        <source>trust the certificate with SHA-256 fingerprint %1 for %2:%3, even though it does not verify</source>
        <translation>approuver le certificat d&apos;empreinte SHA-256 %1 pour %2:%3, bien qu&apos;il ne soit pas vérifiable</translation>
    </message>
    <message>
        <source>connect to %1:%2 without any encryption</source>
        <translation>se connecter à %1:%2 sans aucun chiffrement</translation>
    </message>
    <message>
        <source>send the user name and password without encryption when the server offers no TLS (allowPlainAuth)</source>
        <translation>envoyer le nom d&apos;utilisateur et le mot de passe sans chiffrement lorsque le serveur ne propose pas TLS (allowPlainAuth)</translation>
    </message>
    <message>
        <source>trust every certificate signed by the CA certificates in %1</source>
        <translation>approuver tout certificat signé par les certificats d&apos;autorité de %1</translation>
    </message>
    <message>
        <source>read test messages back from the mailbox server %1 (IMAP) as %2</source>
        <translation>relire les messages de test depuis le serveur de boîte aux lettres %1 (IMAP) en tant que %2</translation>
    </message>
    <message>
        <source>sign in to the mailbox server %1 (IMAP) with this profile&apos;s password or sign-in, to read test messages back</source>
        <translation>se connecter au serveur de boîte aux lettres %1 (IMAP) avec le mot de passe ou la connexion de ce profil, pour relire les messages de test</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>it has no list of profiles</source>
        <translation>il ne contient pas de liste de profils</translation>
    </message>
    <message>
        <source>it has no valid schema number</source>
        <translation>il n&apos;a pas de numéro de schéma valide</translation>
    </message>
    <message>
        <source>it was written by a newer version of Sendcheck (schema %1)</source>
        <translation>il a été écrit par une version plus récente de Sendcheck (schéma %1)</translation>
    </message>
    <message>
        <source>entry %1 is not a profile</source>
        <translation>l&apos;entrée %1 n&apos;est pas un profil</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>profile %1 (&quot;%2&quot;) appears twice</source>
        <translation>le profil %1 («&#xa0;%2&#xa0;») apparaît deux fois</translation>
    </message>
    <message>
        <source>The profiles file %1 cannot be read (%2), and it could not be moved aside either. Nothing was changed; fix or remove the file.</source>
        <translation>Le fichier de profils %1 est illisible (%2), et il n&apos;a pas non plus pu être mis à l&apos;écart. Rien n&apos;a été modifié&#xa0;; corrigez ou supprimez le fichier.</translation>
    </message>
    <message>
        <source>The profiles file could not be read (%1). It was moved to %2 so that nothing is lost; Sendcheck starts with no profiles.</source>
        <translation>Le fichier de profils n&apos;a pas pu être lu (%1). Il a été déplacé vers %2 pour que rien ne soit perdu&#xa0;; Sendcheck démarre sans profil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>il est beaucoup trop volumineux</translation>
    </message>
    <message>
        <source>The profiles file %1 was written by a newer version of Sendcheck. It was left untouched; changes cannot be saved until you update.</source>
        <translation>Le fichier de profils %1 a été écrit par une version plus récente de Sendcheck. Il n&apos;a pas été modifié&#xa0;; les changements ne pourront être enregistrés qu&apos;après une mise à jour.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the old profiles file at %1.</source>
        <translation>Impossible de conserver une copie de l&apos;ancien fichier de profils sous %1.</translation>
    </message>
    <message>
        <source>Your profiles were converted to the current format; the old file is kept as %1.</source>
        <translation>Vos profils ont été convertis au format actuel&#xa0;; l&apos;ancien fichier est conservé sous %1.</translation>
    </message>
    <message>
        <source>The profiles file %1 was not written: it could not be read, and saving would replace it.</source>
        <translation>Le fichier de profils %1 n&apos;a pas été écrit&#xa0;: il n&apos;a pas pu être lu, et l&apos;enregistrement le remplacerait.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>Un profil doit avoir un ID.</translation>
    </message>
    <message>
        <source>There is already a profile called &quot;%1&quot;.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>There is already a profile with the id %1.</source>
        <translation>Un profil avec l&apos;ID %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>Il n&apos;existe aucun profil avec l&apos;ID %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile.</source>
        <translation>%1 est trop volumineux pour être un profil.</translation>
    </message>
    <message>
        <source>%1 is not a profile file (not a JSON object).</source>
        <translation>%1 n&apos;est pas un fichier de profil (pas un objet JSON).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sendcheck.</source>
        <translation>%1 a été écrit par une version plus récente de Sendcheck.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>These profiles had an id that Sendcheck did not issue and were given a new one; set their password again: %1</source>
        <translation>Ces profils avaient un ID non attribué par Sendcheck et en ont reçu un nouveau&#xa0;; définissez à nouveau leur mot de passe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Provider</name>
    <message>
        <source>&quot;%1&quot; must be a text value.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une valeur texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text values.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de valeurs texte.</translation>
    </message>
    <message>
        <source>&quot;confidence&quot; must be &quot;confirmed&quot; or &quot;check-with-provider&quot;.</source>
        <translation>«&#xa0;confidence&#xa0;» doit valoir «&#xa0;confirmed&#xa0;» ou «&#xa0;check-with-provider&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>«&#xa0;id&#xa0;» ne doit contenir que des lettres minuscules, des chiffres et «&#xa0;-&#xa0;» (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or empty.</source>
        <translation>«&#xa0;name&#xa0;» est absent ou vide.</translation>
    </message>
    <message>
        <source>&quot;hosts&quot; must list at least one server.</source>
        <translation>«&#xa0;hosts&#xa0;» doit lister au moins un serveur.</translation>
    </message>
    <message>
        <source>Every entry of &quot;hosts&quot; needs a server name in &quot;host&quot;.</source>
        <translation>Chaque élément de «&#xa0;hosts&#xa0;» nécessite un nom de serveur dans «&#xa0;host&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;ports&quot; must list at least one port.</source>
        <translation>«&#xa0;ports&#xa0;» doit lister au moins un port.</translation>
    </message>
    <message>
        <source>A port must be a whole number from 1 to 65535.</source>
        <translation>Un port doit être un nombre entier de 1 à 65535.</translation>
    </message>
    <message>
        <source>Port %1: &quot;security&quot; must be starttls, tls or none.</source>
        <translation>Port %1&#xa0;: «&#xa0;security&#xa0;» doit valoir starttls, tls ou none.</translation>
    </message>
    <message>
        <source>Exactly one port must be marked &quot;recommended&quot; (found %1).</source>
        <translation>Exactement un port doit être marqué «&#xa0;recommended&#xa0;» (trouvés&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot; in &quot;auth&quot;.</source>
        <translation>Méthode d&apos;authentification inconnue «&#xa0;%1&#xa0;» dans «&#xa0;auth&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot; in &quot;recommendedAuth&quot;.</source>
        <translation>Méthode d&apos;authentification inconnue «&#xa0;%1&#xa0;» dans «&#xa0;recommendedAuth&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown &quot;secretKind&quot; &quot;%1&quot;.</source>
        <translation>«&#xa0;secretKind&#xa0;» inconnu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Help link &quot;%1&quot; must be an https address.</source>
        <translation>Le lien d&apos;aide «&#xa0;%1&#xa0;» doit être une adresse https.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; needs a &quot;signInName&quot;.</source>
        <translation>«&#xa0;oauth&#xa0;» nécessite un «&#xa0;signInName&#xa0;».</translation>
    </message>
    <message>
        <source>OAuth address &quot;%1&quot; must be https (or http to 127.0.0.1).</source>
        <translation>L&apos;adresse OAuth «&#xa0;%1&#xa0;» doit être en https (ou en http vers 127.0.0.1).</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; must list the &quot;scopes&quot; to ask for.</source>
        <translation>«&#xa0;oauth&#xa0;» doit lister les «&#xa0;scopes&#xa0;» à demander.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; uses {tenant} and so needs a &quot;defaultTenant&quot;.</source>
        <translation>«&#xa0;oauth&#xa0;» utilise {tenant} et nécessite donc un «&#xa0;defaultTenant&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;clientSecret&quot; must be &quot;usual&quot; or &quot;none&quot;.</source>
        <translation>«&#xa0;clientSecret&#xa0;» doit valoir «&#xa0;usual&#xa0;» ou «&#xa0;none&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;registrationHelp&quot; must be an https address.</source>
        <translation>«&#xa0;registrationHelp&#xa0;» doit être une adresse https.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; must be an object.</source>
        <translation>«&#xa0;oauth&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;redirectHost&quot; must be &quot;127.0.0.1&quot; or &quot;localhost&quot;.</source>
        <translation>«&#xa0;redirectHost&#xa0;» doit valoir «&#xa0;127.0.0.1&#xa0;» ou «&#xa0;localhost&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;authorizationParameters&quot;: &quot;%1&quot; cannot be set here (the sign-in sets it) or is not text.</source>
        <translation>«&#xa0;authorizationParameters&#xa0;»&#xa0;: «&#xa0;%1&#xa0;» ne peut pas être défini ici (la connexion le définit) ou n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must name at least one preset.</source>
        <translation>«&#xa0;presets&#xa0;» doit nommer au moins un préréglage.</translation>
    </message>
    <message>
        <source>&quot;hostPatterns&quot;: &quot;%1&quot; is not a valid regular expression.</source>
        <translation>«&#xa0;hostPatterns&#xa0;»&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une expression régulière valide.</translation>
    </message>
    <message>
        <source>&quot;unsupportedPorts&quot; must be a list of port numbers.</source>
        <translation>«&#xa0;unsupportedPorts&#xa0;» doit être une liste de numéros de port.</translation>
    </message>
    <message>
        <source>Unknown note &quot;%1&quot; in &quot;authNotes&quot;.</source>
        <translation>Remarque inconnue «&#xa0;%1&#xa0;» dans «&#xa0;authNotes&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;domains&quot; must list lower-case domain names (got &quot;%1&quot;).</source>
        <translation>&quot;domains&quot; doit contenir des noms de domaine en minuscules (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;mx_patterns&quot; must list lower-case host names, optionally starting with &quot;*.&quot; (got &quot;%1&quot;).</source>
        <translation>&quot;mx_patterns&quot; doit contenir des noms d&apos;hôte en minuscules, pouvant commencer par &quot;*.&quot; (reçu «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot; must be an object.</source>
        <translation>&quot;domainDns&quot; doit être un objet.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProviderCatalog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: preset &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: préréglage «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is too large to be a preset file.</source>
        <translation>est trop volumineux pour être un fichier de préréglages.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2).</source>
        <translation>n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>must contain a JSON object.</source>
        <translation>doit contenir un objet JSON.</translation>
    </message>
    <message>
        <source>uses preset schema %1; this version reads schema 1.</source>
        <translation>utilise le schéma de préréglage %1&#xa0;; cette version lit le schéma 1.</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must be a list.</source>
        <translation>«&#xa0;presets&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>the id is used twice in this file.</source>
        <translation>l&apos;ID est utilisé deux fois dans ce fichier.</translation>
    </message>
    <message>
        <source>&quot;families&quot; must be a list.</source>
        <translation>«&#xa0;families&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>%1: provider family &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: famille de fournisseurs «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProviderImap</name>
    <message>
        <source>&quot;imap&quot; must be an object, or false for a service without a mailbox.</source>
        <translation>«&#xa0;imap&#xa0;» doit être un objet, ou false pour un service sans boîte aux lettres.</translation>
    </message>
    <message>
        <source>&quot;imap&quot; needs a server name in &quot;host&quot;.</source>
        <translation>«&#xa0;imap&#xa0;» a besoin d&apos;un nom de serveur dans «&#xa0;host&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;security&quot; must be tls or starttls.</source>
        <translation>«&#xa0;imap&#xa0;»&#xa0;: «&#xa0;security&#xa0;» doit valoir tls ou starttls.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: the port must be a whole number from 1 to 65535.</source>
        <translation>«&#xa0;imap&#xa0;»&#xa0;: le port doit être un nombre entier de 1 à 65535.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: every scope is one word (got &quot;%1&quot;).</source>
        <translation>«&#xa0;imap&#xa0;»&#xa0;: chaque scope est un seul mot (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;confidence&quot; must be &quot;confirmed&quot; or &quot;check-with-provider&quot;.</source>
        <translation>«&#xa0;imap&#xa0;»&#xa0;: «&#xa0;confidence&#xa0;» doit valoir «&#xa0;confirmed&#xa0;» ou «&#xa0;check-with-provider&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBack</name>
    <message>
        <source>Something arrived in the inbox; searching again.</source>
        <translation>Quelque chose est arrivé dans la boîte de réception&#xa0;; nouvelle recherche.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; cannot be searched for: it must be printable ASCII without spaces or quotes.</source>
        <translation>Impossible de rechercher le Message-ID «&#xa0;%1&#xa0;»&#xa0;: il doit être en ASCII imprimable, sans espaces ni guillemets.</translation>
    </message>
    <message>
        <source>Signing in to the mailbox</source>
        <translation>Connexion à la boîte aux lettres</translation>
    </message>
    <message>
        <source>Listing the folders</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <source>Not there yet; looking again in %1 s (%2 s of %3 s waited)</source>
        <translation>Pas encore arrivé&#xa0;; nouvelle recherche dans %1 s (%2 s d&apos;attente sur %3 s)</translation>
    </message>
    <message>
        <source>Searching for %1</source>
        <translation>Recherche de %1</translation>
    </message>
    <message>
        <source>Not there yet; waiting for new mail (IDLE), %1 s of %2 s waited</source>
        <translation>Pas encore arrivé&#xa0;; attente de nouveaux messages (IDLE), %1 s d&apos;attente sur %2 s</translation>
    </message>
    <message>
        <source>Found in &quot;%1&quot; after %2 s</source>
        <translation>Trouvé dans «&#xa0;%1&#xa0;» après %2 s</translation>
    </message>
    <message>
        <source>Not found within %1 s</source>
        <translation>Introuvable en %1 s</translation>
    </message>
    <message>
        <source>The read-back was stopped after %1 s, before the message was found; whether it arrived is not known.</source>
        <translation>La relecture a été arrêtée au bout de %1&#xa0;s, avant que le message soit trouvé&#xa0;; on ne sait pas s&apos;il est arrivé.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackResult</name>
    <message>
        <source>Run the domain check for the sender&apos;s domain (sendcheck-cli domain) and fix what it shows under %1.</source>
        <translation>Lancez la vérification du domaine de l&apos;expéditeur (sendcheck-cli domain) et corrigez ce qu&apos;elle indique sous %1.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Check that the send was accepted (250 after DATA) and the recipient address is right; look for a bounce message in the sender&apos;s mailbox. Receivers can silently drop mail that fails SPF, DKIM or DMARC: run the domain check (spf.record, dkim.selector, dmarc.alignment). Some receivers delay new senders: try a longer --wait.</source>
        <translation>Vérifiez que l&apos;envoi a été accepté (250 après DATA) et que l&apos;adresse du destinataire est correcte&#xa0;; cherchez un message de non-remise dans la boîte aux lettres de l&apos;expéditeur. Les destinataires peuvent supprimer sans prévenir le courrier qui échoue à SPF, DKIM ou DMARC&#xa0;: lancez la vérification du domaine (spf.record, dkim.selector, dmarc.alignment). Certains destinataires retardent les nouveaux expéditeurs&#xa0;: essayez un --wait plus long.</translation>
    </message>
    <message>
        <source>The test message arrived; it was found after %1 s.</source>
        <translation>Le message de test est arrivé&#xa0;; il a été trouvé après %1 s.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The receiver filed the message as spam, in the folder &quot;%1&quot;.</source>
        <translation>Le destinataire a classé le message comme spam, dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Receivers send mail to spam mostly when SPF, DKIM or DMARC fail, or when the content looks like bulk mail.</source>
        <translation>Les destinataires classent le courrier en spam surtout quand SPF, DKIM ou DMARC échouent, ou quand le contenu ressemble à un envoi en masse.</translation>
    </message>
    <message>
        <source>The message landed in the inbox.</source>
        <translation>Le message est arrivé dans la boîte de réception.</translation>
    </message>
    <message>
        <source>The message was filed in the folder &quot;%1&quot;, not the inbox: a filter rule of the mailbox, or the receiver&apos;s sorting.</source>
        <translation>Le message a été classé dans le dossier «&#xa0;%1&#xa0;», pas dans la boîte de réception&#xa0;: une règle de filtrage de la boîte aux lettres, ou le tri du destinataire.</translation>
    </message>
    <message>
        <source>The SPF record must name the server that sent the message.</source>
        <translation>L&apos;enregistrement SPF doit mentionner le serveur qui a envoyé le message.</translation>
    </message>
    <message>
        <source>SPF at the receiver</source>
        <translation>SPF chez le destinataire</translation>
    </message>
    <message>
        <source>The receiver wrote no SPF result into the message.</source>
        <translation>Le destinataire n&apos;a inscrit aucun résultat SPF dans le message.</translation>
    </message>
    <message>
        <source>SPF passed.</source>
        <translation>SPF a réussi.</translation>
    </message>
    <message>
        <source>SPF result &quot;%1&quot;: the receiver does not see the sending server as allowed for the domain.</source>
        <translation>Résultat SPF «&#xa0;%1&#xa0;»&#xa0;: le destinataire ne considère pas le serveur d&apos;envoi comme autorisé pour le domaine.</translation>
    </message>
    <message>
        <source>SPF result &quot;%1&quot;: the domain does not say whether this server may send for it.</source>
        <translation>Résultat SPF «&#xa0;%1&#xa0;»&#xa0;: le domaine n&apos;indique pas si ce serveur peut envoyer en son nom.</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at the sending service and publish its key under the selector it uses.</source>
        <translation>Activez la signature DKIM auprès du service d&apos;envoi et publiez sa clé sous le sélecteur qu&apos;il utilise.</translation>
    </message>
    <message>
        <source>DKIM at the receiver</source>
        <translation>DKIM chez le destinataire</translation>
    </message>
    <message>
        <source>The receiver wrote no Authentication-Results into the message.</source>
        <translation>Le destinataire n&apos;a inscrit aucun Authentication-Results dans le message.</translation>
    </message>
    <message>
        <source>A DKIM signature of %1 verified.</source>
        <translation>Une signature DKIM de %1 a été vérifiée.</translation>
    </message>
    <message>
        <source>The message carried no DKIM signature the receiver checked.</source>
        <translation>Le message ne portait aucune signature DKIM vérifiée par le destinataire.</translation>
    </message>
    <message>
        <source>DKIM result &quot;%1&quot;: the signature did not verify.</source>
        <translation>Résultat DKIM «&#xa0;%1&#xa0;»&#xa0;: la signature n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>DMARC at the receiver</source>
        <translation>DMARC chez le destinataire</translation>
    </message>
    <message>
        <source>The receiver found no DMARC policy for the sender&apos;s domain.</source>
        <translation>Le destinataire n&apos;a trouvé aucune politique DMARC pour le domaine de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>DMARC passed for %1.</source>
        <translation>DMARC a réussi pour %1.</translation>
    </message>
    <message>
        <source>DMARC result &quot;%1&quot;: neither SPF nor DKIM passed for the domain in the From address.</source>
        <translation>Résultat DMARC «&#xa0;%1&#xa0;»&#xa0;: ni SPF ni DKIM n&apos;ont réussi pour le domaine de l&apos;adresse From.</translation>
    </message>
    <message>
        <source>The domain that SPF or DKIM checks must match the From address&apos;s domain.</source>
        <translation>Le domaine vérifié par SPF ou DKIM doit correspondre au domaine de l&apos;adresse From.</translation>
    </message>
    <message>
        <source>ARC at the receiver</source>
        <translation>ARC chez le destinataire</translation>
    </message>
    <message>
        <source>The ARC chain of a forwarding server verified.</source>
        <translation>La chaîne ARC d&apos;un serveur de transfert a été vérifiée.</translation>
    </message>
    <message>
        <source>ARC result &quot;%1&quot;: a forwarding server&apos;s seal did not verify.</source>
        <translation>Résultat ARC «&#xa0;%1&#xa0;»&#xa0;: le sceau d&apos;un serveur de transfert n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>This is about a forwarder on the way, not the sender; if the message was forwarded, ask its operator.</source>
        <translation>Cela concerne un serveur de transfert sur le trajet, pas l&apos;expéditeur&#xa0;; si le message a été transféré, adressez-vous à son exploitant.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>aucun score</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>Filtre antispam</translation>
    </message>
    <message>
        <source>The spam filter (%1, %2) called it spam: score %3, threshold %4.</source>
        <translation>Le filtre antispam (%1, %2) l&apos;a considéré comme spam&#xa0;: score %3, seuil %4.</translation>
    </message>
    <message>
        <source>The spam filter (%1, %2) did not call it spam: score %3, threshold %4.</source>
        <translation>Le filtre antispam (%1, %2) ne l&apos;a pas considéré comme spam&#xa0;: score %3, seuil %4.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Encryption on the way</source>
        <translation>Chiffrement en chemin</translation>
    </message>
    <message>
        <source>The first hop is yours: send with STARTTLS or TLS. Later hops are the providers&apos;; MTA-STS on the receiving domain makes them use TLS.</source>
        <translation>Le premier relais est le vôtre&#xa0;: envoyez avec STARTTLS ou TLS. Les relais suivants sont ceux des fournisseurs&#xa0;; MTA-STS sur le domaine destinataire les oblige à utiliser TLS.</translation>
    </message>
    <message>
        <source>Every hop (%1) used TLS.</source>
        <translation>Chaque relais (%1) a utilisé TLS.</translation>
    </message>
    <message numerus="yes">
        <source>The test message (Message-ID %1) did not arrive in the mailbox within %n seconds: not in the inbox, not in the junk folder, not in any other folder.</source>
        <translation>
            <numerusform>Le message de test (Message-ID %1) n&apos;est pas arrivé dans la boîte aux lettres en %n seconde&#xa0;: ni dans la boîte de réception, ni dans le dossier de courrier indésirable, ni dans aucun autre dossier.</numerusform>
            <numerusform>Le message de test (Message-ID %1) n&apos;est pas arrivé dans la boîte aux lettres en %n secondes&#xa0;: ni dans la boîte de réception, ni dans le dossier de courrier indésirable, ni dans aucun autre dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unencrypted hops: %1.</source>
        <translation>
            <numerusform>Relais non chiffré&#xa0;: %1.</numerusform>
            <numerusform>Relais non chiffrés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hops say they used TLS; the others do not say.</source>
        <translation>
            <numerusform>%1 relais sur %n indique avoir utilisé TLS&#xa0;; l&apos;autre ne l&apos;indique pas.</numerusform>
            <numerusform>%1 relais sur %n indiquent avoir utilisé TLS&#xa0;; les autres ne l&apos;indiquent pas.</numerusform>
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
        <translation>sans TLS</translation>
    </message>
    <message>
        <source>TLS not said</source>
        <translation>TLS non indiqué</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Read-back</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>unknown: the mailbox could not be read</source>
        <translation>inconnu&#xa0;: impossible de lire la boîte aux lettres</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>The server said</source>
        <translation>Le serveur a répondu</translation>
    </message>
    <message>
        <source>yes, after %1 s</source>
        <translation>oui, après %1 s</translation>
    </message>
    <message>
        <source>no, not within %1 s</source>
        <translation>non, pas en %1 s</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Filed as spam</source>
        <translation>Classé comme spam</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Gmail labels</source>
        <translation>Libellés Gmail</translation>
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
        <translation>Relais, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Spam filters</source>
        <translation>Filtres antispam</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackSetup</name>
    <message>
        <source>%1 is a sending service without a mailbox, so there is nothing to read the message back from. Name the recipient&apos;s mailbox server instead.</source>
        <translation>%1 est un service d&apos;envoi sans boîte aux lettres&#xa0;: il n&apos;y a donc rien où relire le message. Indiquez plutôt le serveur de la boîte aux lettres du destinataire.</translation>
    </message>
    <message>
        <source>There is no mailbox server to read the message back from.</source>
        <translation>Il n&apos;y a aucun serveur de boîte aux lettres où relire le message.</translation>
    </message>
    <message>
        <source>The mailbox is read over TLS only (implicit TLS or STARTTLS).</source>
        <translation>La boîte aux lettres est lue uniquement via TLS (TLS implicite ou STARTTLS).</translation>
    </message>
    <message>
        <source>The sign-in does not allow reading the mailbox (it lacks %1). Turn on read-back for this profile and sign in again: the sign-in then asks for mailbox access too.</source>
        <translation>La connexion ne permet pas de lire la boîte aux lettres (il manque %1). Activez la relecture pour ce profil et reconnectez-vous&#xa0;: la connexion demandera alors aussi l&apos;accès à la boîte aux lettres.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackView</name>
    <message>
        <source>Read-back</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>What the receiver made of the message</source>
        <translation>Ce que le destinataire a pensé du message</translation>
    </message>
    <message>
        <source>The practice mailbox is not running, so the message cannot be read back. Start the practice server and send again.</source>
        <translation>La boîte aux lettres d&apos;entraînement ne fonctionne pas&#xa0;: le message ne peut donc pas être relu. Démarrez le serveur d&apos;entraînement et renvoyez le message.</translation>
    </message>
    <message>
        <source>The message cannot be read back: %1</source>
        <translation>Le message ne peut pas être relu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looking for the message in the mailbox… %1 s</source>
        <translation>Recherche du message dans la boîte aux lettres… %1 s</translation>
    </message>
    <message>
        <source>✘ The mailbox could not be read: %1</source>
        <translation>✘ Impossible de lire la boîte aux lettres&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>✘ Not arrived within %1 s</source>
        <translation>✘ Non arrivé en %1 s</translation>
    </message>
    <message>
        <source>⚠ Arrived after %1 s, but in “%2” (spam)</source>
        <translation>⚠ Arrivé après %1 s, mais dans «&#xa0;%2&#xa0;» (spam)</translation>
    </message>
    <message>
        <source>✔ Arrived after %1 s in “%2”</source>
        <translation>✔ Arrivé après %1 s dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authentication-Results: %1</source>
        <translation>Authentication-Results&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where the test message arrived and how the receiver judged it.</source>
        <translation>Où le message de test est arrivé et comment le destinataire l&apos;a évalué.</translation>
    </message>
    <message>
        <source>■ Stopped after %1 s: whether the message arrived is not known.</source>
        <translation>■ Arrêté au bout de %1&#xa0;s&#xa0;: on ne sait pas si le message est arrivé.</translation>
    </message>
    <message>
        <source>The read-back was stopped before the message was found. Send again with “Check that it arrived” to look for it.</source>
        <translation>La relecture a été arrêtée avant que le message soit trouvé. Envoyez à nouveau avec «&#xa0;Vérifier l&apos;arrivée&#xa0;» pour le chercher.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Report</name>
    <message>
        <source>Sent: the server accepted the message</source>
        <translation>Envoyé&#xa0;: le serveur a accepté le message</translation>
    </message>
    <message>
        <source>OK: everything up to &apos;%1&apos; works</source>
        <translation>OK&#xa0;: tout fonctionne jusqu&apos;à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Failed at %1 (%2)</source>
        <translation>Échec à l&apos;étape %1 (%2)</translation>
    </message>
    <message>
        <source>This is not a Sendcheck report.</source>
        <translation>Ce n&apos;est pas un rapport Sendcheck.</translation>
    </message>
    <message>
        <source>The report has no valid schema version.</source>
        <translation>Le rapport n&apos;a pas de version de schéma valide.</translation>
    </message>
    <message>
        <source>The report was made by a newer Sendcheck (report schema %1; this version reads up to %2).</source>
        <translation>Le rapport a été créé par une version plus récente de Sendcheck (schéma de rapport %1&#xa0;; cette version lit jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>The report&apos;s kind &quot;%1&quot; is unknown.</source>
        <translation>Le type de rapport «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>(no server)</source>
        <translation>(pas de serveur)</translation>
    </message>
    <message>
        <source>Test send to %1</source>
        <translation>Envoi de test à %1</translation>
    </message>
    <message>
        <source>Domain check of %1</source>
        <translation>Vérification du domaine %1</translation>
    </message>
    <message>
        <source>Server check of %1</source>
        <translation>Vérification du serveur %1</translation>
    </message>
    <message>
        <source>Port probe of %1</source>
        <translation>Test des ports de %1</translation>
    </message>
    <message>
        <source>A check has no id or an unknown status.</source>
        <translation>Une vérification n&apos;a pas d&apos;ID ou a un état inconnu.</translation>
    </message>
    <message>
        <source>Settings discovery for %1</source>
        <translation>Recherche des paramètres pour %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportActions</name>
    <message>
        <source>Copy for ticket</source>
        <translation>Copier pour un ticket</translation>
    </message>
    <message>
        <source>Puts the report on the clipboard as Markdown, ready to paste into a ticket. Passwords and tokens are never in it.</source>
        <translation>Place le rapport dans le presse-papiers au format Markdown, prêt à coller dans un ticket. Les mots de passe et les jetons n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Saves the report as Markdown, HTML, JSON or PDF.</source>
        <translation>Enregistre le rapport au format Markdown, HTML, JSON ou PDF.</translation>
    </message>
    <message>
        <source>For outside the company</source>
        <translation>Pour l&apos;extérieur de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Also hides user names, the part of e-mail addresses before the @ and IP addresses, for a provider or anyone outside.</source>
        <translation>Masque aussi les noms d&apos;utilisateur, la partie des adresses e-mail avant le @ et les adresses IP, pour un fournisseur ou toute personne extérieure.</translation>
    </message>
    <message>
        <source>The report is on the clipboard, for outside the company.</source>
        <translation>Le rapport est dans le presse-papiers, pour l&apos;extérieur de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Le rapport est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>Il n&apos;y a pas encore de rapport à enregistrer.</translation>
    </message>
    <message>
        <source>Cannot tell the format from “%1”: name the file .md, .html, .json or .pdf.</source>
        <translation>Impossible de déduire le format de «&#xa0;%1&#xa0;»&#xa0;: nommez le fichier .md, .html, .json ou .pdf.</translation>
    </message>
    <message>
        <source>Markdown, for a ticket (*.md)</source>
        <translation>Markdown, pour un ticket (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
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
        <translation>Copier pour un tic&amp;ket</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportExport</name>
    <message>
        <source>Reports as PDF are not available in this program.</source>
        <translation>Les rapports au format PDF ne sont pas disponibles dans ce programme.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué pour le rapport.</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportOutline</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>Last server reply</source>
        <translation>Dernière réponse du serveur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causes probables</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Provider note</source>
        <translation>Remarque sur le fournisseur</translation>
    </message>
    <message>
        <source>Retrying later can help</source>
        <translation>Réessayer plus tard peut aider</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>The server&apos;s own words</source>
        <translation>Les termes exacts du serveur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Authentification par</translation>
    </message>
    <message>
        <source>OAuth 2.0 tokens</source>
        <translation>jetons OAuth 2.0</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>un mot de passe</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nom EHLO</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Délai maximal</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificats d&apos;autorité supplémentaires</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Certificat approuvé (SHA-256)</translation>
    </message>
    <message>
        <source>Sign-in without encryption allowed</source>
        <translation>Authentification sans chiffrement autorisée</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>EHLO greeting</source>
        <translation>Accueil EHLO</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>No TLS was used.</source>
        <translation>TLS n&apos;a pas été utilisé.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Suite de chiffrement</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Certificat vérifié</translation>
    </message>
    <message>
        <source>Accepted by pinned fingerprint</source>
        <translation>Accepté grâce à l&apos;empreinte épinglée</translation>
    </message>
    <message>
        <source>Verification errors</source>
        <translation>Erreurs de vérification</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificat %1</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>C: what this program sent, S: what the server answered, *: what happened, T: TLS, !: errors; a lock marks lines inside TLS. Passwords and tokens were hidden when the lines were recorded.</source>
        <translation>C&#xa0;: ce que ce programme a envoyé, S&#xa0;: ce que le serveur a répondu, *&#xa0;: ce qui s&apos;est passé, T&#xa0;: TLS, !&#xa0;: erreurs&#xa0;; un cadenas signale les lignes à l&apos;intérieur de TLS. Les mots de passe et les jetons ont été masqués lors de l&apos;enregistrement des lignes.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Strict redaction: passwords and tokens were never recorded; user names, the local part of e-mail addresses and IP addresses are hidden too.</source>
        <translation>Anonymisation stricte&#xa0;: les mots de passe et les jetons n&apos;ont jamais été enregistrés&#xa0;; les noms d&apos;utilisateur, la partie locale des adresses e-mail et les adresses IP sont également masqués.</translation>
    </message>
    <message>
        <source>Passwords and tokens were never recorded. User names, addresses and IP addresses are shown.</source>
        <translation>Les mots de passe et les jetons n&apos;ont jamais été enregistrés. Les noms d&apos;utilisateur, les adresses et les adresses IP sont affichés.</translation>
    </message>
    <message>
        <source>Sendcheck report: %1</source>
        <translation>Rapport Sendcheck&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 for %2:%3</source>
        <translation>%1 pour %2:%3</translation>
    </message>
    <message>
        <source>Port probe</source>
        <translation>Test des ports</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>every answer validated</source>
        <translation>toutes les réponses validées</translation>
    </message>
    <message>
        <source>validation failed</source>
        <translation>échec de la validation</translation>
    </message>
    <message>
        <source>not validated (no trust anchor)</source>
        <translation>non validé (aucune ancre de confiance)</translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation>Rien à publier.</translation>
    </message>
    <message>
        <source>Records to publish</source>
        <translation>Enregistrements à publier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>mode %1, mx %2</source>
        <translation>mode %1, mx %2</translation>
    </message>
    <message>
        <source>%1: %2 TLSA (DNSSEC %3)</source>
        <translation>%1 : %2 TLSA (DNSSEC %3)</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>correspond à %1</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>ne correspond pas</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>pas de STARTTLS</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>échec de la négociation TLS</translation>
    </message>
    <message>
        <source>not compared, port %1 not reachable from here</source>
        <translation>non comparé, le port %1 n&apos;est pas joignable d&apos;ici</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>non comparé</translation>
    </message>
    <message>
        <source>%1; server certificate: %2</source>
        <translation>%1 ; certificat du serveur : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) validated, the rest unsigned</source>
        <translation>
            <numerusform>%1 réponse validée sur %n, les autres non signées</numerusform>
            <numerusform>%1 réponses validées sur %n, les autres non signées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::RunComparison</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>The transcripts part at line %1:</source>
        <translation>Les transcriptions divergent à la ligne %1&#xa0;:</translation>
    </message>
    <message>
        <source>  then: %1</source>
        <translation>  réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>(the run had ended)</source>
        <translation>(l&apos;essai était terminé)</translation>
    </message>
    <message>
        <source>  now:  %1</source>
        <translation>  actuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing differs from the last successful run.</source>
        <translation>Aucune différence avec le dernier essai réussi.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::RunDifference</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Authentification par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nom EHLO</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificats d&apos;autorité supplémentaires</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats approuvés</translation>
    </message>
    <message>
        <source>Sign-in without encryption allowed</source>
        <translation>Authentification sans chiffrement autorisée</translation>
    </message>
    <message>
        <source>Time limit (s)</source>
        <translation>Délai maximal (s)</translation>
    </message>
    <message>
        <source>TLS used</source>
        <translation>TLS utilisé</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>Version TLS</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Suite de chiffrement</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Certificat vérifié</translation>
    </message>
    <message>
        <source>Certificate (SHA-256)</source>
        <translation>Certificat (SHA-256)</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Certificat délivré à</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Certificat émis par</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>Certificat valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Intermediate certificates</source>
        <translation>Certificats intermédiaires</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ScreenshotScene</name>
    <message>
        <source>Unknown scene “%1”; the scenes are: %2.</source>
        <translation>Scène inconnue «&#xa0;%1&#xa0;»&#xa0;; les scènes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Sample data: documentation addresses and made-up DNS answers; the server is the built-in practice server set up as an open relay.</source>
        <translation>Données d&apos;exemple&#xa0;: adresses de documentation et réponses DNS inventées&#xa0;; le serveur est le serveur d&apos;entraînement intégré, configuré en relais ouvert.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ServerCheck</name>
    <message>
        <source>Give the mail server to check, e.g. mail.example.com.</source>
        <translation>Indiquez le serveur de messagerie à vérifier, par ex. mail.example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a mail address; give the server&apos;s host name (e.g. the MX host).</source>
        <translation>«&#xa0;%1&#xa0;» est une adresse e-mail&#xa0;; indiquez le nom d&apos;hôte du serveur (par ex. l&apos;hôte MX).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: use letters, digits and hyphens, in two or more parts separated by dots, e.g. mail.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte&#xa0;: utilisez des lettres, des chiffres et des traits d&apos;union, en deux parties ou plus séparées par des points, par ex. mail.example.com.</translation>
    </message>
    <message>
        <source>not asked: there is no address to look up.</source>
        <translation>non consulté&#xa0;: il n&apos;y a aucune adresse à rechercher.</translation>
    </message>
    <message>
        <source>not asked: %1 is not a public address, and blocklists list only public ones.</source>
        <translation>non consulté&#xa0;: %1 n&apos;est pas une adresse publique, et les listes de blocage ne répertorient que des adresses publiques.</translation>
    </message>
    <message>
        <source>not asked: the server was given as an address, without a domain name.</source>
        <translation>non consulté&#xa0;: le serveur a été indiqué par une adresse, sans nom de domaine.</translation>
    </message>
    <message>
        <source>Address of the server</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>The server was given as the address %1.</source>
        <translation>Le serveur a été indiqué par l&apos;adresse %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has the address(es) %2.</source>
        <translation>
            <numerusform>%1 a pour adresse %2.</numerusform>
            <numerusform>%1 a pour adresses %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses of %1 could not be looked up: %2</source>
        <translation>Les adresses de %1 n&apos;ont pas pu être recherchées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Try again later or ask another nameserver (--nameserver); if it stays, the domain&apos;s DNS is not answering.</source>
        <translation>Réessayez plus tard ou interrogez un autre serveur de noms (--nameserver)&#xa0;; si cela persiste, le DNS du domaine ne répond pas.</translation>
    </message>
    <message>
        <source>%1 has no address (no A or AAAA record).</source>
        <translation>%1 n&apos;a aucune adresse (pas d&apos;enregistrement A ni AAAA).</translation>
    </message>
    <message>
        <source>Check the spelling, or publish an A record for %1 with the server&apos;s address.</source>
        <translation>Vérifiez l&apos;orthographe, ou publiez un enregistrement A pour %1 avec l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>DNS inverse (PTR)</translation>
    </message>
    <message>
        <source>Forward-confirmed reverse DNS</source>
        <translation>DNS inverse confirmé</translation>
    </message>
    <message>
        <source>Not checked: there is no address to look up.</source>
        <translation>Non vérifié&#xa0;: il n&apos;y a aucune adresse à rechercher.</translation>
    </message>
    <message>
        <source>The PTR of %1 could not be looked up: %2</source>
        <translation>Le PTR de %1 n&apos;a pas pu être recherché&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not confirmed, its PTR could not be looked up.</source>
        <translation>%1&#xa0;: non confirmé, son PTR n&apos;a pas pu être recherché.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (no PTR record).</source>
        <translation>%1 n&apos;a pas de DNS inverse (pas d&apos;enregistrement PTR).</translation>
    </message>
    <message>
        <source>%1: nothing to confirm without a PTR name.</source>
        <translation>%1&#xa0;: rien à confirmer sans nom PTR.</translation>
    </message>
    <message>
        <source>%1 points back to %2.</source>
        <translation>%1 pointe vers %2.</translation>
    </message>
    <message>
        <source>%1 resolves back to %2: forward-confirmed.</source>
        <translation>%1 renvoie bien vers %2&#xa0;: confirmé.</translation>
    </message>
    <message>
        <source>%1: the address of its PTR name could not be looked up: %2</source>
        <translation>%1&#xa0;: l&apos;adresse de son nom PTR n&apos;a pas pu être recherchée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The PTR name %1 has no address, so it does not lead back to %2.</source>
        <translation>Le nom PTR %1 n&apos;a pas d&apos;adresse, il ne renvoie donc pas vers %2.</translation>
    </message>
    <message>
        <source>The PTR name %1 leads to %2, not back to %3.</source>
        <translation>Le nom PTR %1 mène à %2, et non à %3.</translation>
    </message>
    <message>
        <source>Receivers such as Gmail, Yahoo and Microsoft put mail from an address without reverse DNS in spam or refuse it, because that is what hijacked home computers look like. The PTR record belongs to whoever owns the address, not to your domain&apos;s DNS: ask your hosting company or ISP (a &quot;reverse DNS&quot; field in its control panel, or a support ticket) to set the PTR of %1 to the server&apos;s name, e.g. %2.</source>
        <translation>Les destinataires comme Gmail, Yahoo et Microsoft classent en spam ou refusent le courrier provenant d&apos;une adresse sans DNS inverse, car c&apos;est ainsi que se présentent les ordinateurs domestiques piratés. L&apos;enregistrement PTR appartient au propriétaire de l&apos;adresse, pas au DNS de votre domaine&#xa0;: demandez à votre hébergeur ou à votre fournisseur d&apos;accès (un champ «&#xa0;DNS inverse&#xa0;» dans son panneau de configuration, ou un ticket au support) de définir le PTR de %1 sur le nom du serveur, par ex. %2.</translation>
    </message>
    <message>
        <source>%1 looks like a generic name for a range of home or dynamic addresses; receivers treat mail from such names with suspicion. Ask the owner of the address (hosting company or ISP) for a PTR with the server&apos;s own name.</source>
        <translation>%1 ressemble à un nom générique pour une plage d&apos;adresses domestiques ou dynamiques&#xa0;; les destinataires se méfient du courrier provenant de tels noms. Demandez au propriétaire de l&apos;adresse (hébergeur ou fournisseur d&apos;accès) un PTR portant le nom propre du serveur.</translation>
    </message>
    <message>
        <source>Try again later or ask another nameserver (--nameserver).</source>
        <translation>Réessayez plus tard ou interrogez un autre serveur de noms (--nameserver).</translation>
    </message>
    <message>
        <source>Receivers check that the PTR name leads back to the same address (forward-confirmed reverse DNS); if it does not, the name counts as forged. Publish an A (or AAAA) record for %1 with that address in the name&apos;s DNS, or have the PTR changed to a name that has it.</source>
        <translation>Les destinataires vérifient que le nom PTR renvoie vers la même adresse (DNS inverse confirmé)&#xa0;; sinon, le nom est considéré comme falsifié. Publiez un enregistrement A (ou AAAA) pour %1 avec cette adresse dans le DNS du nom, ou faites remplacer le PTR par un nom qui l&apos;a.</translation>
    </message>
    <message>
        <source>First get a PTR record (see ptr.record), then make sure its name has an A or AAAA record with the same address.</source>
        <translation>Obtenez d&apos;abord un enregistrement PTR (voir ptr.record), puis assurez-vous que son nom a un enregistrement A ou AAAA avec la même adresse.</translation>
    </message>
    <message>
        <source>Server name in greeting and EHLO</source>
        <translation>Nom du serveur dans l&apos;accueil et EHLO</translation>
    </message>
    <message>
        <source>Check the host name and port, that the server is running, and that no firewall blocks the port from here (many home and office connections block port 25).</source>
        <translation>Vérifiez le nom d&apos;hôte et le port, que le serveur fonctionne et qu&apos;aucun pare-feu ne bloque le port depuis cet ordinateur (beaucoup de connexions domestiques et professionnelles bloquent le port 25).</translation>
    </message>
    <message>
        <source>The server did not greet.</source>
        <translation>Le serveur n&apos;a pas envoyé d&apos;accueil.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting and EHLO reply give no name.</source>
        <translation>L&apos;accueil et la réponse EHLO du serveur n&apos;indiquent aucun nom.</translation>
    </message>
    <message>
        <source>Configure the server&apos;s host name (Postfix: myhostname; Exim: primary_hostname) to its full name.</source>
        <translation>Configurez le nom d&apos;hôte du serveur (Postfix&#xa0;: myhostname&#xa0;; Exim&#xa0;: primary_hostname) avec son nom complet.</translation>
    </message>
    <message>
        <source>The server calls itself %1; its address %2 has no PTR name to compare with.</source>
        <translation>Le serveur se nomme %1&#xa0;; son adresse %2 n&apos;a pas de nom PTR avec lequel comparer.</translation>
    </message>
    <message>
        <source>The server calls itself %1, the PTR name of %2.</source>
        <translation>Le serveur se nomme %1, le nom PTR de %2.</translation>
    </message>
    <message>
        <source>The server calls itself %1, but the PTR name of %2 is %3.</source>
        <translation>Le serveur se nomme %1, mais le nom PTR de %2 est %3.</translation>
    </message>
    <message>
        <source>When this server sends mail it says the same name in its HELO; receivers compare it with the PTR name and score a mismatch as suspicious. Make them agree: set the server&apos;s name (Postfix: myhostname, or smtp_helo_name for sending; Exim: primary_hostname or helo_data) to %1, or have the PTR changed.</source>
        <translation>Quand ce serveur envoie du courrier, il annonce le même nom dans son HELO&#xa0;; les destinataires le comparent au nom PTR et jugent une différence suspecte. Mettez-les en accord&#xa0;: définissez le nom du serveur (Postfix&#xa0;: myhostname, ou smtp_helo_name pour l&apos;envoi&#xa0;; Exim&#xa0;: primary_hostname ou helo_data) sur %1, ou faites modifier le PTR.</translation>
    </message>
    <message>
        <source>Your own address as the server sees it</source>
        <translation>Votre propre adresse telle que le serveur la voit</translation>
    </message>
    <message>
        <source>The server&apos;s greeting and EHLO reply do not show the address it sees you at.</source>
        <translation>L&apos;accueil et la réponse EHLO du serveur n&apos;indiquent pas l&apos;adresse depuis laquelle il vous voit.</translation>
    </message>
    <message>
        <source>The server sees you at %1, a private or local address: reverse DNS and blocklists only matter for the public address mail leaves from.</source>
        <translation>Le serveur vous voit à l&apos;adresse %1, une adresse privée ou locale&#xa0;: le DNS inverse et les listes de blocage ne comptent que pour l&apos;adresse publique d&apos;où part le courrier.</translation>
    </message>
    <message>
        <source>This matters only if this machine sends mail straight to other domains&apos; servers; mail sent through your provider&apos;s submission server leaves from the provider&apos;s address instead.</source>
        <translation>Cela ne compte que si cette machine envoie du courrier directement aux serveurs d&apos;autres domaines&#xa0;; le courrier envoyé via le serveur de soumission de votre fournisseur part de l&apos;adresse du fournisseur.</translation>
    </message>
    <message>
        <source>The server sees you at %1; its PTR could not be looked up: %2</source>
        <translation>Le serveur vous voit à l&apos;adresse %1&#xa0;; son PTR n&apos;a pas pu être recherché&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server sees you at %1, which has no reverse DNS (PTR).</source>
        <translation>Le serveur vous voit à l&apos;adresse %1, qui n&apos;a pas de DNS inverse (PTR).</translation>
    </message>
    <message>
        <source>For a server of your own at this address, ask the owner of the address (ISP or hosting company) for a PTR record with the server&apos;s name.</source>
        <translation>Pour votre propre serveur à cette adresse, demandez au propriétaire de l&apos;adresse (fournisseur d&apos;accès ou hébergeur) un enregistrement PTR portant le nom du serveur.</translation>
    </message>
    <message>
        <source>The server sees you at %1; its PTR name %2 does not lead back to it.</source>
        <translation>Le serveur vous voit à l&apos;adresse %1&#xa0;; son nom PTR %2 ne renvoie pas vers elle.</translation>
    </message>
    <message>
        <source>Publish an A or AAAA record for the PTR name with this address.</source>
        <translation>Publiez un enregistrement A ou AAAA pour le nom PTR avec cette adresse.</translation>
    </message>
    <message>
        <source>The server sees you at %1, whose PTR name %2 leads back to it.</source>
        <translation>Le serveur vous voit à l&apos;adresse %1, dont le nom PTR %2 renvoie bien vers elle.</translation>
    </message>
    <message>
        <source>Blocklist: %1</source>
        <translation>Liste de blocage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 answers &quot;listed&quot; even for its test entry that must never be listed (%2), so its answers cannot be trusted: the list may have closed, or it refuses the nameserver asked.</source>
        <translation>%1 répond «&#xa0;listé&#xa0;» même pour son entrée de test qui ne doit jamais être listée (%2), ses réponses ne sont donc pas fiables&#xa0;: la liste a peut-être fermé, ou elle refuse le serveur de noms interrogé.</translation>
    </message>
    <message>
        <source>Look the address up on the list&apos;s own page instead: %1</source>
        <translation>Recherchez plutôt l&apos;adresse sur la page de la liste elle-même&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not listed.</source>
        <translation>%1 n&apos;est pas listé.</translation>
    </message>
    <message>
        <source>%1 is listed (%2): %3.</source>
        <translation>%1 est listé (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Receivers that use %1 refuse or spam-folder mail from a listed sender. First find and stop the cause (an infected machine, a hacked mailbox or web form sending spam, an open relay); asking for removal before that only gets you listed again, often for longer. Then request removal at %2; many lists also drop a listing by themselves some days after the spam stops.</source>
        <translation>Les destinataires qui utilisent %1 refusent le courrier d&apos;un expéditeur listé ou le classent en spam. Trouvez et supprimez d&apos;abord la cause (une machine infectée, une boîte aux lettres ou un formulaire web piraté qui envoie du spam, un relais ouvert)&#xa0;; demander le retrait avant cela ne fait que vous faire lister à nouveau, souvent plus longtemps. Demandez ensuite le retrait sur %2&#xa0;; beaucoup de listes retirent aussi d&apos;elles-mêmes une inscription quelques jours après l&apos;arrêt du spam.</translation>
    </message>
    <message>
        <source>The list refused to answer about %1 (%2: %3), so this says nothing about it.</source>
        <translation>La liste a refusé de répondre au sujet de %1 (%2&#xa0;: %3), ceci n&apos;indique donc rien à son sujet.</translation>
    </message>
    <message>
        <source>Lists refuse queries from public resolvers (8.8.8.8, 1.1.1.1, large ISPs) and over their limits. Ask through a nameserver of your own (--nameserver) or look it up on the list&apos;s page: %1</source>
        <translation>Les listes refusent les requêtes venant de résolveurs publics (8.8.8.8, 1.1.1.1, grands fournisseurs d&apos;accès) et au-delà de leurs limites. Interrogez-les via votre propre serveur de noms (--nameserver) ou recherchez l&apos;adresse sur la page de la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer about %1 (%2) is not a blocklist code: the zone may have lapsed or be answering for everything.</source>
        <translation>La réponse au sujet de %1 (%2) n&apos;est pas un code de liste de blocage&#xa0;: la zone a peut-être expiré ou répond à tout.</translation>
    </message>
    <message>
        <source>No verdict about %1: the list&apos;s nameservers did not answer (%2).</source>
        <translation>Aucun verdict au sujet de %1&#xa0;: les serveurs de noms de la liste n&apos;ont pas répondu (%2).</translation>
    </message>
    <message>
        <source>Try again later; the other lists are not affected.</source>
        <translation>Réessayez plus tard&#xa0;; les autres listes ne sont pas concernées.</translation>
    </message>
    <message>
        <source>Blocklists not asked</source>
        <translation>Listes de blocage non consultées</translation>
    </message>
    <message>
        <source>Not asked because they have closed, need a personal key or list innocent neighbours on purpose: %1. A listing there means nothing today.</source>
        <translation>Non consultées parce qu&apos;elles ont fermé, exigent une clé personnelle ou listent délibérément des voisins innocents&#xa0;: %1. Y figurer ne signifie plus rien aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Relais ouvert</translation>
    </message>
    <message>
        <source>An open relay is found by spammers within hours, and then every blocklist lists the server. Postfix: keep &quot;smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination&quot; and make mynetworks list only your own networks (never 0.0.0.0/0); relay_domains only the domains you really receive for. Exim: relay_from_hosts only your own networks, and in the RCPT ACL keep &quot;require verify = recipient&quot; / deny what is not in relay_to_domains unless authenticated. Then run this test again.</source>
        <translation>Un relais ouvert est découvert par les spammeurs en quelques heures, puis toutes les listes de blocage répertorient le serveur. Postfix&#xa0;: conservez &quot;smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination&quot; et limitez mynetworks à vos propres réseaux (jamais 0.0.0.0/0)&#xa0;; relay_domains uniquement aux domaines pour lesquels vous recevez réellement du courrier. Exim&#xa0;: relay_from_hosts uniquement vos propres réseaux, et dans l&apos;ACL RCPT conservez &quot;require verify = recipient&quot; / refusez ce qui n&apos;est pas dans relay_to_domains sans authentification. Relancez ensuite ce test.</translation>
    </message>
    <message>
        <source>The relay test could not be done: %1</source>
        <translation>Le test de relais n&apos;a pas pu être effectué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server did not greet.</source>
        <translation>le serveur n&apos;a pas envoyé d&apos;accueil.</translation>
    </message>
    <message>
        <source>The server answered MAIL FROM:&lt;%1&gt; with %2 (try again later), so this run cannot tell whether it relays.</source>
        <translation>Le serveur a répondu à MAIL FROM:&lt;%1&gt; par %2 (réessayer plus tard), cet essai ne permet donc pas de savoir s&apos;il relaie.</translation>
    </message>
    <message>
        <source>Relay refused: the server refused the outside sender %1 without sign-in (%2).</source>
        <translation>Relais refusé&#xa0;: le serveur a refusé l&apos;expéditeur extérieur %1 sans authentification (%2).</translation>
    </message>
    <message>
        <source>Open relay: the server accepts mail for other domains from anyone. Without sign-in it took MAIL FROM:&lt;%1&gt; and RCPT TO:&lt;%2&gt; (%3). No message was sent: the test stopped there with RSET.</source>
        <translation>Relais ouvert&#xa0;: le serveur accepte de n&apos;importe qui du courrier pour d&apos;autres domaines. Sans authentification, il a accepté MAIL FROM:&lt;%1&gt; et RCPT TO:&lt;%2&gt; (%3). Aucun message n&apos;a été envoyé&#xa0;: le test s&apos;est arrêté là avec RSET.</translation>
    </message>
    <message>
        <source>The server answered RCPT TO:&lt;%1&gt; with %2, a temporary refusal (greylisting or a limit): this run cannot tell whether it relays. Try again in a few minutes.</source>
        <translation>Le serveur a répondu à RCPT TO:&lt;%1&gt; par %2, un refus temporaire (greylisting ou limite)&#xa0;: cet essai ne permet pas de savoir s&apos;il relaie. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Relay refused: without sign-in the server does not take mail for %1 (%2).</source>
        <translation>Relais refusé&#xa0;: sans authentification, le serveur n&apos;accepte pas de courrier pour %1 (%2).</translation>
    </message>
    <message>
        <source>No problem found with %1:%2.</source>
        <translation>Aucun problème trouvé avec %1:%2.</translation>
    </message>
    <message>
        <source>Checks of %1:%2 that failed or could not be done: %3.</source>
        <translation>Vérifications de %1:%2 en échec ou impossibles&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ServerPanel</name>
    <message>
        <source>Test whether it relays mail for anyone (no message is sent)</source>
        <translation>Tester s&apos;il relaie le courrier de n&apos;importe qui (aucun message n&apos;est envoyé)</translation>
    </message>
    <message>
        <source>optional, when it differs from what the name resolves to</source>
        <translation>facultatif, s&apos;il diffère de l&apos;adresse obtenue à partir du nom</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>The relay test needs an outside sender and recipient, two addresses at domains this server does not receive mail for.</source>
        <translation>Le test de relais nécessite un expéditeur et un destinataire extérieurs, deux adresses dans des domaines pour lesquels ce serveur ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Vérification de %1 …</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>No problem found with %1.</source>
        <translation>Aucun problème trouvé avec %1.</translation>
    </message>
    <message>
        <source>Checks that failed or could not be done: %1.</source>
        <translation>Vérifications en échec ou impossibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Chec&amp;k server</source>
        <translation>&amp;Vérifier le serveur</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Adresse publique&#xa0;:</translation>
    </message>
    <message>
        <source>Outside sender:</source>
        <translation>Expéditeur extérieur&#xa0;:</translation>
    </message>
    <message>
        <source>Outside recipient:</source>
        <translation>Destinataire extérieur&#xa0;:</translation>
    </message>
    <message>
        <source>Open relay test</source>
        <translation>Test de relais ouvert</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>Outside sender</source>
        <translation>Expéditeur extérieur</translation>
    </message>
    <message>
        <source>Outside recipient</source>
        <translation>Destinataire extérieur</translation>
    </message>
    <message>
        <source>Server checks</source>
        <translation>Vérifications du serveur</translation>
    </message>
    <message>
        <source>The mail server to check, for example mail.example.com.</source>
        <translation>Le serveur de messagerie à vérifier, par exemple mail.example.com.</translation>
    </message>
    <message>
        <source>The port to check, usually 25.</source>
        <translation>Le port à vérifier, généralement 25.</translation>
    </message>
    <message>
        <source>The server&apos;s public IP address, only when it differs from what the name resolves to.</source>
        <translation>L&apos;adresse IP publique du serveur, uniquement si elle diffère de celle que donne la résolution du nom.</translation>
    </message>
    <message>
        <source>Also tries to send from one outside address to another through the server.</source>
        <translation>Essaie aussi d&apos;envoyer, par le serveur, d&apos;une adresse extérieure à une autre.</translation>
    </message>
    <message>
        <source>A sender address outside your domain, for example test@example.org.</source>
        <translation>Une adresse d&apos;expéditeur extérieure à votre domaine, par exemple test@example.org.</translation>
    </message>
    <message>
        <source>A recipient address outside your domain, for example test@example.net.</source>
        <translation>Une adresse de destinataire extérieure à votre domaine, par exemple test@example.net.</translation>
    </message>
    <message>
        <source>Checks the server as others see it: reverse DNS, blocklists and its greeting.</source>
        <translation>Vérifie le serveur tel que les autres le voient : DNS inverse, listes de blocage et son accueil.</translation>
    </message>
    <message>
        <source>The results of the server check, one row each.</source>
        <translation>Les résultats de la vérification du serveur, une ligne par vérification.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SessionPanel</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connects, secures and signs in, then stops: nothing is sent.</source>
        <translation>Se connecte, sécurise la connexion et s&apos;authentifie, puis s&apos;arrête&#xa0;: rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Practice server</source>
        <translation>Serveur d&apos;entraînement</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>E&amp;nvoyer un message de test</translation>
    </message>
    <message>
        <source>Session, practice server and history</source>
        <translation>Session, serveur d&apos;entraînement et historique</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Check that it arrived</source>
        <translation>Vérifier l&apos;arrivée</translation>
    </message>
    <message>
        <source>After the message is accepted, look for it in the mailbox (IMAP, read-only, with the same sign-in) and show whether it reached the inbox or the spam folder, and how the receiver judged it.</source>
        <translation>Une fois le message accepté, le chercher dans la boîte aux lettres (IMAP, en lecture seule, avec la même connexion) et montrer s&apos;il est arrivé dans la boîte de réception ou dans le dossier de courrier indésirable, et comment le destinataire l&apos;a jugé.</translation>
    </message>
    <message>
        <source>Changes the setting the verdict names; run the test again afterwards.</source>
        <translation>Modifie le réglage que le verdict indique ; relancez ensuite le test.</translation>
    </message>
    <message>
        <source>Fix the setting</source>
        <translation>Corriger le réglage</translation>
    </message>
    <message>
        <source>Sends the test message with these settings and shows each step.</source>
        <translation>Envoie le message de test avec ces paramètres et affiche chaque étape.</translation>
    </message>
    <message>
        <source>Stops the test that is running.</source>
        <translation>Arrête le test en cours.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SettingsForm</name>
    <message>
        <source>Choose a provider…</source>
        <translation>Choisissez un fournisseur…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Provider hints</source>
        <translation>Conseils sur le fournisseur</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS dès le départ (généralement port 465)</translation>
    </message>
    <message>
        <source>None: unencrypted (local relays only)</source>
        <translation>Aucune&#xa0;: non chiffré (relais locaux uniquement)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sécur&amp;ité&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic (the strongest offered)</source>
        <translation>Automatique (la plus forte proposée)</translation>
    </message>
    <message>
        <source>XOAUTH2 (OAuth token)</source>
        <translation>XOAUTH2 (jeton OAuth)</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Pas d&apos;authentification</translation>
    </message>
    <message>
        <source>AUTH &amp;mechanism:</source>
        <translation>&amp;Mécanisme AUTH :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mo&amp;t de passe&#xa0;:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>friend@example.com, another@example.com</source>
        <translation>ami@example.com, autre@example.com</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>Sendcheck test message</source>
        <translation>Message de test Sendcheck</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>This is a test message from Sendcheck.</source>
        <translation>Ceci est un message de test de Sendcheck.</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Messa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Ajouter une pièce jointe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>(this computer&apos;s name)</source>
        <translation>(nom de cet ordinateur)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Standard (%1 min per reply)</source>
        <translation>Standard (%1 min par réponse)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Choisir un fichier CA</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificats d&apos;autorité (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>⚠ Your user name and password will cross the network readable by anyone on the way. Only for a server on this computer or a lab network.</source>
        <translation>⚠ Votre nom d&apos;utilisateur et votre mot de passe traverseront le réseau en clair, lisibles par quiconque se trouve sur le trajet. Uniquement pour un serveur sur cet ordinateur ou sur un réseau de test.</translation>
    </message>
    <message>
        <source>%1 needs an app password, not your account password.</source>
        <translation>%1 exige un mot de passe d&apos;application, et non le mot de passe de votre compte.</translation>
    </message>
    <message>
        <source>%1 uses a key or credentials made for SMTP as the password.</source>
        <translation>%1 utilise comme mot de passe une clé ou des identifiants créés pour SMTP.</translation>
    </message>
    <message>
        <source>How to:</source>
        <translation>Marche à suivre&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ign in with:</source>
        <translation>Se connecter a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>%1 account (OAuth)</source>
        <translation>Compte %1 (OAuth)</translation>
    </message>
    <message>
        <source>OAUTHBEARER (OAuth token)</source>
        <translation>OAUTHBEARER (jeton OAuth)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints you chose to trust for this server and port, one per line</source>
        <translation>Empreintes SHA-256 que vous avez choisi d&apos;approuver pour ce serveur et ce port, une par ligne</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Nom EHLO&#xa0;:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier d&apos;autorité de certification&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Certificats approuvés&#xa0;:</translation>
    </message>
    <message>
        <source>Allow sign-in without encryption</source>
        <translation>Autoriser l&apos;authentification sans chiffrement</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Standard waits %1 s to connect, %2 s for the TLS handshake, %3 min for the greeting and each reply, and %4 min for the answer to the message. A number of seconds here caps every one of these waits.</source>
        <translation>Standard attend %1 s la connexion, %2 s la négociation TLS, %3 min l&apos;accueil et chaque réponse, et %4 min la réponse au message. Un nombre de secondes ici plafonne chacune de ces attentes.</translation>
    </message>
    <message>
        <source>The subject line of the test message.</source>
        <translation>La ligne d&apos;objet du message de test.</translation>
    </message>
    <message>
        <source>The text of the test message.</source>
        <translation>Le texte du message de test.</translation>
    </message>
    <message>
        <source>Files sent with the test message.</source>
        <translation>Les fichiers envoyés avec le message de test.</translation>
    </message>
    <message>
        <source>Chooses a file to send with the test message.</source>
        <translation>Choisit un fichier à envoyer avec le message de test.</translation>
    </message>
    <message>
        <source>Removes the selected file from the test message.</source>
        <translation>Retire le fichier sélectionné du message de test.</translation>
    </message>
    <message>
        <source>Fills in the server settings of a known provider.</source>
        <translation>Remplit les paramètres du serveur d&apos;un fournisseur connu.</translation>
    </message>
    <message>
        <source>The outgoing mail server, for example smtp.example.com.</source>
        <translation>Le serveur de courrier sortant, par exemple smtp.example.com.</translation>
    </message>
    <message>
        <source>The server&apos;s port, usually 587 for STARTTLS or 465 for TLS from the start.</source>
        <translation>Le port du serveur, généralement 587 pour STARTTLS ou 465 pour TLS dès le départ.</translation>
    </message>
    <message>
        <source>How the connection is encrypted: STARTTLS, TLS from the start, or none.</source>
        <translation>Comment la connexion est chiffrée : STARTTLS, TLS dès le départ, ou pas du tout.</translation>
    </message>
    <message>
        <source>How the user name and password are sent when signing in; Automatic suits most servers.</source>
        <translation>Comment le nom d&apos;utilisateur et le mot de passe sont transmis lors de l&apos;authentification ; Automatique convient à la plupart des serveurs.</translation>
    </message>
    <message>
        <source>Whether to sign in with a password or with the provider&apos;s OAuth sign-in.</source>
        <translation>Se connecter avec un mot de passe ou avec la connexion OAuth du fournisseur.</translation>
    </message>
    <message>
        <source>The name you sign in with, often your e-mail address.</source>
        <translation>Le nom avec lequel vous vous connectez, souvent votre adresse e-mail.</translation>
    </message>
    <message>
        <source>The sender address of the test message, for example you@example.com.</source>
        <translation>L&apos;adresse d&apos;expéditeur du message de test, par exemple you@example.com.</translation>
    </message>
    <message>
        <source>Who receives the test message; separate several addresses with commas.</source>
        <translation>Qui reçoit le message de test ; séparez plusieurs adresses par des virgules.</translation>
    </message>
    <message>
        <source>Shows or hides the advanced settings.</source>
        <translation>Affiche ou masque les paramètres avancés.</translation>
    </message>
    <message>
        <source>The name this computer gives the server in EHLO; leave it empty for this computer&apos;s name.</source>
        <translation>Le nom que cet ordinateur donne au serveur dans EHLO ; laissez vide pour utiliser le nom de cet ordinateur.</translation>
    </message>
    <message>
        <source>Chooses a file of CA certificates to trust.</source>
        <translation>Choisit un fichier de certificats d&apos;autorité à approuver.</translation>
    </message>
    <message>
        <source>A file of extra CA certificates to trust, for example company-ca.pem.</source>
        <translation>Un fichier de certificats d&apos;autorité supplémentaires à approuver, par exemple company-ca.pem.</translation>
    </message>
    <message>
        <source>Lets the password be sent over an unencrypted connection; for local relays only.</source>
        <translation>Permet d&apos;envoyer le mot de passe sur une connexion non chiffrée ; pour les relais locaux uniquement.</translation>
    </message>
    <message>
        <source>Check that it arrived</source>
        <translation>Vérifier l&apos;arrivée</translation>
    </message>
    <message>
        <source>Check that each test message arrived</source>
        <translation>Vérifier l&apos;arrivée de chaque message de test</translation>
    </message>
    <message>
        <source>Reads each test message back from this mailbox over IMAP (read-only); with an OAuth sign-in, the sign-in also asks for mailbox access.</source>
        <translation>Relit chaque message de test depuis cette boîte aux lettres par IMAP (en lecture seule)&#xa0;; avec une connexion OAuth, la connexion demande aussi l&apos;accès à la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Read-back mailbox:</source>
        <translation>Boîte de relecture&#xa0;:</translation>
    </message>
    <message>
        <source>Mailbox server (IMAP)</source>
        <translation>Serveur de boîte aux lettres (IMAP)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Mailbox port</source>
        <translation>Port de la boîte aux lettres</translation>
    </message>
    <message>
        <source>auto: the preset&apos;s port, else 993 (143 with STARTTLS).</source>
        <translation>auto&#xa0;: le port du préréglage, sinon 993 (143 avec STARTTLS).</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Mailbox encryption</source>
        <translation>Chiffrement de la boîte aux lettres</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>Serveur IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>(the user above, same password)</source>
        <translation>(l&apos;utilisateur ci-dessus, même mot de passe)</translation>
    </message>
    <message>
        <source>Mailbox user</source>
        <translation>Utilisateur de la boîte aux lettres</translation>
    </message>
    <message>
        <source>IMAP user:</source>
        <translation>Utilisateur IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>(the SMTP server)</source>
        <translation>(le serveur SMTP)</translation>
    </message>
    <message>
        <source>The server the test message is read back from, such as imap.example.com. Empty: the preset&apos;s, else the sending server.</source>
        <translation>Le serveur sur lequel le message de test est relu, par exemple imap.example.com. Vide&#xa0;: celui du préréglage, sinon le serveur d’envoi.</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès le départ</translation>
    </message>
    <message>
        <source>How the mailbox connection is encrypted: TLS from the start (port 993) or STARTTLS (port 143); auto follows the port.</source>
        <translation>Comment la connexion à la boîte aux lettres est chiffrée&#xa0;: TLS dès le départ (port 993) ou STARTTLS (port 143)&#xa0;; «&#xa0;auto&#xa0;» suit le port.</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>Port IMAP&#xa0;:</translation>
    </message>
    <message>
        <source>Leave it empty to read with the sending account. Another account signs in with its own password, typed in the box below and kept in your system keychain.</source>
        <translation>Laissez vide pour lire avec le compte qui envoie. Un autre compte se connecte avec son propre mot de passe, saisi dans la case ci-dessous et conservé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>IMAP password:</source>
        <translation>Mot de passe IMAP&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SmtpProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>The server did not answer %1 within %2 seconds.</source>
        <translation>Le serveur n&apos;a pas répondu à %1 en %2 secondes.</translation>
    </message>
    <message>
        <source>There is no address to connect to.</source>
        <translation>Il n&apos;y a aucune adresse à laquelle se connecter.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>Impossible de se connecter à %1 port %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The connection broke while waiting for %1: %2</source>
        <translation>La connexion a été interrompue pendant l&apos;attente de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server sent a line longer than SMTP allows.</source>
        <translation>Le serveur a envoyé une ligne plus longue que ce qu&apos;autorise SMTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not SMTP: %1</source>
        <translation>La réponse du serveur n&apos;est pas du SMTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server greeted with %1 instead of 220: it does not take mail now.</source>
        <translation>Le serveur a envoyé l&apos;accueil %1 au lieu de 220&#xa0;: il n&apos;accepte pas de courrier pour le moment.</translation>
    </message>
    <message>
        <source>The server refused EHLO and HELO: %1</source>
        <translation>Le serveur a refusé EHLO et HELO&#xa0;: %1</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>l&apos;accueil</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SmtpSession</name>
    <message>
        <source>No server name was given.</source>
        <translation>Aucun nom de serveur n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The EHLO name must be one word without spaces or line breaks.</source>
        <translation>Le nom EHLO doit être un seul mot, sans espaces ni sauts de ligne.</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>Aucun certificat n&apos;a pu être lu dans le fichier CA %1.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Connexion à %1 port %2 (%3)</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS dès le premier octet</translation>
    </message>
    <message>
        <source>plain, then STARTTLS</source>
        <translation>en clair, puis STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Connecté à %1 port %2</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problème de certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>The certificate does not verify, but its SHA-256 fingerprint matches one you chose to trust for this server; continuing.</source>
        <translation>Le certificat n&apos;est pas vérifiable, mais son empreinte SHA-256 correspond à une empreinte que vous avez choisi d&apos;approuver pour ce serveur&#xa0;; poursuite.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2</source>
        <translation>TLS établi&#xa0;: %1, suite de chiffrement %2</translation>
    </message>
    <message>
        <source>Certificate %1: %2, issued by %3, valid %4 to %5, SHA-256 %6</source>
        <translation>Certificat %1&#xa0;: %2, émis par %3, valable du %4 au %5, SHA-256 %6</translation>
    </message>
    <message>
        <source>Certificate verified for %1</source>
        <translation>Certificat vérifié pour %1</translation>
    </message>
    <message>
        <source>Certificate NOT verified; accepted only because it is pinned</source>
        <translation>Certificat NON vérifié&#xa0;; accepté uniquement parce qu&apos;il est épinglé</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>No connection within %1 seconds.</source>
        <translation>Aucune connexion en %1 secondes.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 seconds.</source>
        <translation>La négociation TLS ne s&apos;est pas terminée en %1 secondes.</translation>
    </message>
    <message>
        <source>The server did not take message data for %1 seconds.</source>
        <translation>Le serveur n&apos;a pas accepté de données de message pendant %1 secondes.</translation>
    </message>
    <message>
        <source>No complete answer from the server within %1 seconds.</source>
        <translation>Aucune réponse complète du serveur en %1 secondes.</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>Le serveur a envoyé une ligne de plus de %1 octets.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Le serveur a envoyé une réponse que personne n&apos;a demandée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes without a line end.</source>
        <translation>Le serveur a envoyé plus de %1 octets sans fin de ligne.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>The server does not understand EHLO; trying HELO (no extensions, no sign-in).</source>
        <translation>Le serveur ne comprend pas EHLO&#xa0;; essai avec HELO (sans extensions ni authentification).</translation>
    </message>
    <message>
        <source>STARTTLS is required, but the server did not offer it. Nothing more was sent.</source>
        <translation>STARTTLS est exigé, mais le serveur ne l&apos;a pas proposé. Rien de plus n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS. That data could be an injection attack, so the connection was closed.</source>
        <translation>Le serveur a envoyé d&apos;autres données juste après avoir accepté STARTTLS. Ces données pourraient être une attaque par injection&#xa0;; la connexion a donc été fermée.</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>Démarrage de TLS</translation>
    </message>
    <message>
        <source>Signing in needs a user name and a password (or token).</source>
        <translation>L&apos;authentification nécessite un nom d&apos;utilisateur et un mot de passe (ou un jeton).</translation>
    </message>
    <message>
        <source>The user name contains a line break or NUL.</source>
        <translation>Le nom d&apos;utilisateur contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use STARTTLS or TLS, or allow sign-in without encryption for this lab server.</source>
        <translation>La connexion n&apos;est pas chiffrée&#xa0;; le mot de passe n&apos;a donc pas été envoyé. Utilisez STARTTLS ou TLS, ou autorisez l&apos;authentification sans chiffrement pour ce serveur de test.</translation>
    </message>
    <message>
        <source>The server only understands HELO, which has no sign-in.</source>
        <translation>Le serveur ne comprend que HELO, qui ne permet pas l&apos;authentification.</translation>
    </message>
    <message>
        <source>Sign-in was requested, but the server offers no AUTH mechanism%1.</source>
        <translation>L&apos;authentification a été demandée, mais le serveur ne propose aucun mécanisme AUTH%1.</translation>
    </message>
    <message>
        <source> after TLS</source>
        <translation> après TLS</translation>
    </message>
    <message>
        <source>No usable sign-in mechanism: asked for %1, the server offers %2.</source>
        <translation>Aucun mécanisme d&apos;authentification utilisable&#xa0;: %1 demandé, le serveur propose %2.</translation>
    </message>
    <message>
        <source>Signing in as %1 with %2 (offered: %3)</source>
        <translation>Authentification en tant que %1 avec %2 (proposés&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Challenge decoded: %1</source>
        <translation>Défi décodé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>Il n&apos;y a aucun message à envoyer.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Le message n&apos;a pas de destinataire.</translation>
    </message>
    <message>
        <source>The address %1 is not valid.</source>
        <translation>L&apos;adresse %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The message has %1 bytes; the server accepts at most %2.</source>
        <translation>Le message fait %1 octets&#xa0;; le serveur en accepte au plus %2.</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server&apos;s limit of %2 bytes; it was not sent.</source>
        <translation>Le message (%1 octets) dépasse la limite du serveur de %2 octets&#xa0;; il n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8 (international characters before the @), which this server does not offer.</source>
        <translation>Une adresse nécessite SMTPUTF8 (caractères internationaux avant le @), que ce serveur ne propose pas.</translation>
    </message>
    <message>
        <source>Stopping after DATA was accepted: the connection is closed without sending the message, so nothing is delivered.</source>
        <translation>Arrêt après l&apos;acceptation de DATA&#xa0;: la connexion est fermée sans envoyer le message&#xa0;; rien n&apos;est donc distribué.</translation>
    </message>
    <message>
        <source>… message body (%1 bytes in all) …</source>
        <translation>… corps du message (%1 octets au total) …</translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <translation>La lecture du message a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>A command contained a line break or NUL and was not sent.</source>
        <translation>Une commande contenait un saut de ligne ou un caractère NUL et n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>Stopping after the %1 stage, as asked.</source>
        <translation>Arrêt après l&apos;étape %1, comme demandé.</translation>
    </message>
    <message>
        <source>%1 signs in with a password, but an OAuth access token was given. Choose XOAUTH2 or OAUTHBEARER (or automatic) for a token.</source>
        <translation>%1 s&apos;authentifie avec un mot de passe, mais un jeton d&apos;accès OAuth a été fourni. Choisissez XOAUTH2 ou OAUTHBEARER (ou automatique) pour un jeton.</translation>
    </message>
    <message>
        <source>%1 signs in with an OAuth access token, but a password was given. Sign in with your provider, or choose a password method.</source>
        <translation>%1 s&apos;authentifie avec un jeton d&apos;accès OAuth, mais un mot de passe a été fourni. Connectez-vous auprès de votre fournisseur, ou choisissez une méthode par mot de passe.</translation>
    </message>
    <message>
        <source>No greeting after %1 seconds. Checking on a second connection whether this port expects TLS from the start…</source>
        <translation>Aucun accueil après %1 secondes. Une seconde connexion vérifie si ce port attend TLS dès le départ…</translation>
    </message>
    <message>
        <source>This port expects TLS from the start: a second connection got a TLS handshake at once, while this one waited for a greeting in plain text.</source>
        <translation>Ce port attend TLS dès le départ : une seconde connexion a obtenu aussitôt une négociation TLS, tandis que celle-ci attendait un accueil en clair.</translation>
    </message>
    <message>
        <source>The port did not answer a TLS handshake either. Still waiting for the greeting.</source>
        <translation>Le port n&apos;a pas non plus répondu à une négociation TLS. L&apos;attente de l&apos;accueil continue.</translation>
    </message>
    <message>
        <source>The name %1 was not found. Checking whether this computer can look up names at all…</source>
        <translation>Le nom %1 est introuvable. Vérification que cet ordinateur peut résoudre des noms…</translation>
    </message>
    <message>
        <source>Other names resolve, so the name %1 itself does not exist.</source>
        <translation>D&apos;autres noms sont résolus : c&apos;est donc le nom %1 lui-même qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No name resolves here: this computer seems to be offline or has no working DNS.</source>
        <translation>Aucun nom n&apos;est résolu ici : cet ordinateur semble hors ligne ou sans DNS fonctionnel.</translation>
    </message>
    <message>
        <source>The message has 8-bit characters (bytes above 127, such as UTF-8 text that is not encoded as quoted-printable or base64), and this server does not offer 8BITMIME, so it may not pass them on unchanged. Nothing was sent, and the message is not changed to fit: encode it as 7-bit in the mail program, or send it through a server that offers 8BITMIME.</source>
        <translation>Le message contient des caractères 8 bits (des octets au-delà de 127, comme du texte UTF-8 qui n&apos;est pas encodé en quoted-printable ou en base64), et ce serveur ne propose pas 8BITMIME : il risque de ne pas les transmettre tels quels. Rien n&apos;a été envoyé, et le message n&apos;est pas modifié pour s&apos;y adapter : encodez-le en 7 bits dans le logiciel de messagerie, ou envoyez-le par un serveur qui propose 8BITMIME.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SpfEvaluator</name>
    <message>
        <source>The SPF check took longer than %1 s (DNS too slow or not answering).</source>
        <translation>La vérification SPF a pris plus de %1 s (DNS trop lent ou sans réponse).</translation>
    </message>
    <message>
        <source>The record needs %1 DNS lookups; receivers stop at %2 and treat it as a permanent error.</source>
        <translation>L&apos;enregistrement nécessite %1 requêtes DNS&#xa0;; les destinataires s&apos;arrêtent à %2 et le traitent comme une erreur permanente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name that can have an SPF record.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine pouvant avoir un enregistrement SPF.</translation>
    </message>
    <message>
        <source>%1 has no SPF record.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one.</source>
        <translation>%1 a %2 enregistrements SPF&#xa0;; il en faut exactement un.</translation>
    </message>
    <message>
        <source>Syntax error at character %1: %2</source>
        <translation>Erreur de syntaxe au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>More than %1 DNS lookups (include, a, mx, ptr, exists, redirect): receivers stop here and treat the record as a permanent error.</source>
        <translation>Plus de %1 requêtes DNS (include, a, mx, ptr, exists, redirect)&#xa0;: les destinataires s&apos;arrêtent ici et traitent l&apos;enregistrement comme une erreur permanente.</translation>
    </message>
    <message>
        <source>More than %1 lookups found no record (void lookups): receivers treat this as a permanent error.</source>
        <translation>Plus de %1 requêtes n&apos;ont trouvé aucun enregistrement (requêtes vides)&#xa0;: les destinataires traitent cela comme une erreur permanente.</translation>
    </message>
    <message>
        <source>%1 has %2 MX hosts; the mx mechanism may look at no more than 10.</source>
        <translation>%1 a %2 hôtes MX&#xa0;; le mécanisme mx ne peut en examiner que 10 au plus.</translation>
    </message>
    <message>
        <source>Include loop: %1 includes itself through %2.</source>
        <translation>Boucle d&apos;include&#xa0;: %1 s&apos;inclut lui-même via %2.</translation>
    </message>
    <message>
        <source>include:%1 has no SPF record: receivers treat this as a permanent error.</source>
        <translation>include:%1 n&apos;a pas d&apos;enregistrement SPF&#xa0;: les destinataires traitent cela comme une erreur permanente.</translation>
    </message>
    <message>
        <source>In include:%1: %2</source>
        <translation>Dans include:%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Redirect loop: %1 leads back to itself.</source>
        <translation>Boucle de redirection&#xa0;: %1 ramène à lui-même.</translation>
    </message>
    <message>
        <source>redirect=%1 has no SPF record: receivers treat this as a permanent error.</source>
        <translation>redirect=%1 n&apos;a pas d&apos;enregistrement SPF&#xa0;: les destinataires traitent cela comme une erreur permanente.</translation>
    </message>
    <message>
        <source>DNS lookup failed: %1</source>
        <translation>Échec de la requête DNS&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SpfMacro</name>
    <message>
        <source>only ASCII characters are allowed</source>
        <translation>seuls les caractères ASCII sont autorisés</translation>
    </message>
    <message>
        <source>a control character or space where none may be</source>
        <translation>un caractère de contrôle ou une espace à un endroit où il n&apos;en faut pas</translation>
    </message>
    <message>
        <source>&apos;%&apos; at the end: write %% for a percent sign</source>
        <translation>«&#xa0;%&#xa0;» à la fin&#xa0;: écrivez %% pour un signe pour cent</translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by {, %, _ or -</source>
        <translation>«&#xa0;%&#xa0;» doit être suivi de {, %, _ ou -</translation>
    </message>
    <message>
        <source>a macro %{ without its closing }</source>
        <translation>une macro %{ sans son } fermant</translation>
    </message>
    <message>
        <source>unknown macro letter</source>
        <translation>lettre de macro inconnue</translation>
    </message>
    <message>
        <source>the number of parts in a macro must not be 0</source>
        <translation>le nombre de parties d&apos;une macro ne doit pas être 0</translation>
    </message>
    <message>
        <source>invalid macro transformer or delimiter</source>
        <translation>transformateur ou délimiteur de macro non valide</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SpfRecord</name>
    <message>
        <source>The record contains a character that is not ASCII.</source>
        <translation>L&apos;enregistrement contient un caractère non ASCII.</translation>
    </message>
    <message>
        <source>The record does not start with v=spf1.</source>
        <translation>L&apos;enregistrement ne commence pas par v=spf1.</translation>
    </message>
    <message>
        <source>Modifier %1: %2.</source>
        <translation>Modificateur %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1= needs a domain name, not &apos;%2&apos;.</source>
        <translation>%1= attend un nom de domaine, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1= appears more than once.</source>
        <translation>%1= apparaît plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid domain name.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>&apos;all&apos; takes no argument: %1.</source>
        <translation>«&#xa0;all&#xa0;» ne prend pas d&apos;argument&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 needs a domain: %1:example.com.</source>
        <translation>%1 attend un domaine&#xa0;: %1:example.com.</translation>
    </message>
    <message>
        <source>&apos;ptr&apos; takes no prefix length: %1.</source>
        <translation>«&#xa0;ptr&#xa0;» ne prend pas de longueur de préfixe&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: invalid prefix length.</source>
        <translation>%1&#xa0;: longueur de préfixe non valide.</translation>
    </message>
    <message>
        <source>%1: an IPv4 prefix length is 0 to 32.</source>
        <translation>%1&#xa0;: une longueur de préfixe IPv4 va de 0 à 32.</translation>
    </message>
    <message>
        <source>%1: an IPv6 prefix length is 0 to 128.</source>
        <translation>%1&#xa0;: une longueur de préfixe IPv6 va de 0 à 128.</translation>
    </message>
    <message>
        <source>%1 needs an address: %2.</source>
        <translation>%1 attend une adresse&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an %3 address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mechanism or modifier.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un mécanisme ni un modificateur.</translation>
    </message>
    <message>
        <source>Unknown mechanism &apos;%1&apos;.</source>
        <translation>Mécanisme inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Sendcheck::StageStrip</name>
    <message>
        <source>Session progress</source>
        <translation>Progression de la session</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
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
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>arrêté par vous</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TagValueList</name>
    <message>
        <source>&apos;%1&apos; is not tag=value.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme balise=valeur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de balise valide.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TestSend</name>
    <message>
        <source>Which server?</source>
        <translation>Quel serveur&#xa0;?</translation>
    </message>
    <message>
        <source>Choose a preset or type the server&apos;s name first.</source>
        <translation>Choisissez d&apos;abord un préréglage ou saisissez le nom du serveur.</translation>
    </message>
    <message>
        <source>The From address is not usable</source>
        <translation>L&apos;adresse d&apos;expéditeur est inutilisable</translation>
    </message>
    <message>
        <source>Type the sender&apos;s address.</source>
        <translation>Saisissez l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>A To address is not usable</source>
        <translation>Une adresse du champ À est inutilisable</translation>
    </message>
    <message>
        <source>Who should get the test message?</source>
        <translation>Qui doit recevoir le message de test&#xa0;?</translation>
    </message>
    <message>
        <source>Type at least one address in To.</source>
        <translation>Saisissez au moins une adresse dans le champ À.</translation>
    </message>
    <message>
        <source>The test message cannot be sent</source>
        <translation>Le message de test ne peut pas être envoyé</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Pas de mot de passe</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Not signed in with %1</source>
        <translation>Non connecté avec %1</translation>
    </message>
    <message>
        <source>The sign-in with %1 has expired</source>
        <translation>La connexion avec %1 a expiré</translation>
    </message>
    <message>
        <source>The sign-in with %1 is not set up</source>
        <translation>La connexion avec %1 n&apos;est pas configurée</translation>
    </message>
    <message>
        <source>The system keychain did not give the sign-in</source>
        <translation>Le trousseau du système n&apos;a pas fourni la connexion</translation>
    </message>
    <message>
        <source>The sign-in with %1 could not be renewed</source>
        <translation>La connexion avec %1 n&apos;a pas pu être renouvelée</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>A Cc address is not usable</source>
        <translation>Une adresse du champ Cc est inutilisable</translation>
    </message>
    <message>
        <source>No user name</source>
        <translation>Pas de nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>A password was given, but no user name to sign in with.</source>
        <translation>Un mot de passe a été indiqué, mais pas de nom d&apos;utilisateur pour s&apos;authentifier.</translation>
    </message>
    <message>
        <source>No password was given, and a profile that is not saved has none in the keychain.</source>
        <translation>Aucun mot de passe n&apos;a été indiqué, et un profil non enregistré n&apos;en a pas dans le trousseau.</translation>
    </message>
    <message>
        <source>No password is saved for &quot;%1&quot; (%2).</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>The CA file cannot be used</source>
        <translation>Le fichier CA est inutilisable</translation>
    </message>
    <message>
        <source>No password is saved for the mailbox %1 (another account than the one that sends), so it is read with the sending password. Save its own with: sendcheck-cli password set --imap --profile &quot;%2&quot;</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour la boîte aux lettres %1 (un autre compte que celui qui envoie)&#xa0;; elle est donc lue avec le mot de passe d&apos;envoi. Enregistrez le sien avec&#xa0;: sendcheck-cli password set --imap --profile &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The password for the mailbox %1 could not be read (%2), so it is read with the sending password.</source>
        <translation>Le mot de passe de la boîte aux lettres %1 n&apos;a pas pu être lu (%2)&#xa0;; elle est donc lue avec le mot de passe d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TlsRptRecord</name>
    <message>
        <source>The record must start with v=TLSRPTv1.</source>
        <translation>L&apos;enregistrement doit commencer par v=TLSRPTv1.</translation>
    </message>
    <message>
        <source>The record has no rua= (where to send the reports).</source>
        <translation>L&apos;enregistrement n&apos;a pas de rua= (où envoyer les rapports).</translation>
    </message>
    <message>
        <source>%1 is not a mail address.</source>
        <translation>%1 n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>%1: reports go to mailto: or https: addresses only.</source>
        <translation>%1 : les rapports ne vont qu&apos;à des adresses mailto: ou https:.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TlsText</name>
    <message>
        <source>Not encrypted: TLS was not used.</source>
        <translation>Non chiffré&#xa0;: TLS n&apos;a pas été utilisé.</translation>
    </message>
    <message>
        <source>✔ Verified: the certificate chain is trusted and matches the server name.</source>
        <translation>✔ Vérifié&#xa0;: la chaîne de certificats est approuvée et correspond au nom du serveur.</translation>
    </message>
    <message>
        <source>✔ Trusted by you: the certificate does not verify, but its SHA-256 fingerprint is one you chose to trust for this profile.</source>
        <translation>✔ Approuvé par vous&#xa0;: le certificat n&apos;est pas vérifiable, mais son empreinte SHA-256 fait partie de celles que vous avez choisi d&apos;approuver pour ce profil.</translation>
    </message>
    <message>
        <source>✘ Not verified: %1</source>
        <translation>✘ Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>valide actuellement</translation>
    </message>
    <message>
        <source>Subject: %1
</source>
        <translation>Sujet&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Issuer: %1
</source>
        <translation>Émetteur&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Valid: %1 to %2 (%3)
</source>
        <translation>Validité&#xa0;: du %1 au %2 (%3)
</translation>
    </message>
    <message>
        <source>Names: %1
</source>
        <translation>Noms&#xa0;: %1
</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Protocol: %1
</source>
        <translation>Protocole&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Cipher: %1
</source>
        <translation>Suite de chiffrement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificat du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate %1 in the chain:</source>
        <translation>Certificat %1 de la chaîne&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TrainerNarration</name>
    <message>
        <source>The session stopped here; the verdict below explains why.</source>
        <translation>La session s&apos;est arrêtée ici&#xa0;; le verdict ci-dessous explique pourquoi.</translation>
    </message>
    <message>
        <source>Done: the whole conversation, from greeting to goodbye.</source>
        <translation>Terminé&#xa0;: toute la conversation, de l&apos;accueil à l&apos;au revoir.</translation>
    </message>
    <message>
        <source>The server answered “%1”. %2</source>
        <translation>Le serveur a répondu «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>le message</translation>
    </message>
    <message>
        <source>Next, Sendcheck sends %1: %2</source>
        <translation>Ensuite, Sendcheck envoie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Next: Sendcheck opens a connection to %1 port %2 and waits for the server&apos;s greeting (220). Each press of “Step through” then sends one command.</source>
        <translation>Ensuite&#xa0;: Sendcheck ouvre une connexion vers %1 port %2 et attend l&apos;accueil du serveur (220). Chaque appui sur «&#xa0;Pas à pas&#xa0;» envoie ensuite une commande.</translation>
    </message>
    <message>
        <source>the message itself: its header lines, a blank line, the text, then a line with a single dot.</source>
        <translation>le message lui-même&#xa0;: ses lignes d&apos;en-tête, une ligne vide, le texte, puis une ligne contenant un seul point.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TrainerPanel</name>
    <message>
        <source>Step through: one more step of the conversation</source>
        <translation>Pas à pas&#xa0;: une étape de plus dans la conversation</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Larger font for projectors</source>
        <translation>Police plus grande pour les vidéoprojecteurs</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Larger font</source>
        <translation>Police plus grande</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start again: a new stepped conversation</source>
        <translation>Recommencer&#xa0;: une nouvelle conversation pas à pas</translation>
    </message>
    <message>
        <source>Sends the next command and shows the server&apos;s reply.</source>
        <translation>Envoie la commande suivante et affiche la réponse du serveur.</translation>
    </message>
    <message>
        <source>Starts a new stepped conversation from the beginning.</source>
        <translation>Commence une nouvelle conversation pas à pas depuis le début.</translation>
    </message>
    <message>
        <source>Makes all text in the window larger, for projectors.</source>
        <translation>Agrandit tout le texte de la fenêtre, pour les vidéoprojecteurs.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Transcript</name>
    <message>
        <source>&lt;secret hidden&gt;</source>
        <translation>&lt;secret masqué&gt;</translation>
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
        <translation>Serveur</translation>
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
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Sent before TLS: anyone on the network path could read or change this line.</source>
        <translation>Envoyé avant TLS&#xa0;: n&apos;importe qui sur le trajet réseau pouvait lire ou modifier cette ligne.</translation>
    </message>
    <message>
        <source>Sent inside TLS (encrypted).</source>
        <translation>Envoyé à l&apos;intérieur de TLS (chiffré).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TranscriptPanel</name>
    <message>
        <source>Search the transcript</source>
        <translation>Rechercher dans la transcription</translation>
    </message>
    <message>
        <source>Show lines</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Commands and replies</source>
        <translation>Commandes et réponses</translation>
    </message>
    <message>
        <source>Server replies</source>
        <translation>Réponses du serveur</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Copier la transcription</translation>
    </message>
    <message>
        <source>Copies the selected lines (or all). Passwords were never recorded.</source>
        <translation>Copie les lignes sélectionnées (ou toutes). Les mots de passe n&apos;ont jamais été enregistrés.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>What the selected line means</source>
        <translation>Signification de la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Select a line to see what it means.</source>
        <translation>Sélectionnez une ligne pour voir ce qu&apos;elle signifie.</translation>
    </message>
    <message>
        <source>The selected lines were copied.</source>
        <translation>Les lignes sélectionnées ont été copiées.</translation>
    </message>
    <message>
        <source>The transcript was copied.</source>
        <translation>La transcription a été copiée.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Shows where this text is in the transcript, for example AUTH.</source>
        <translation>Montre où se trouve ce texte dans la transcription, par exemple AUTH.</translation>
    </message>
    <message>
        <source>Chooses which lines of the transcript are shown.</source>
        <translation>Choisit les lignes de la transcription qui sont affichées.</translation>
    </message>
    <message>
        <source>The conversation with the server, line by line: select a line to see what it means.</source>
        <translation>La conversation avec le serveur, ligne par ligne : sélectionnez une ligne pour voir ce qu&apos;elle signifie.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::UnboundDnsResolver</name>
    <message>
        <source>Could not set up the DNS resolver (libunbound).</source>
        <translation>Impossible de configurer le résolveur DNS (libunbound).</translation>
    </message>
    <message>
        <source>DNS resolver option %1 %2: %3</source>
        <translation>Option du résolveur DNS %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot use %1 as the nameserver: %2</source>
        <translation>Impossible d&apos;utiliser %1 comme serveur de noms&#xa0;: %2</translation>
    </message>
    <message>
        <source>Bad DNSSEC trust anchor &apos;%1&apos;: %2</source>
        <translation>Ancre de confiance DNSSEC incorrecte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the DNSSEC trust anchor file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;ancre de confiance DNSSEC %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>pas de réponse de %1 en %2 s</translation>
    </message>
</context>
<context>
    <name>Sendcheck::VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Press “Test connection” or “Send test message”.</source>
        <translation>Cliquez sur «&#xa0;Tester la connexion&#xa0;» ou «&#xa0;Envoyer un message de test&#xa0;».</translation>
    </message>
    <message>
        <source>Stopped. Nothing more was sent.</source>
        <translation>Arrêté. Rien de plus n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>It works: the server accepted the test message.</source>
        <translation>Cela fonctionne&#xa0;: le serveur a accepté le message de test.</translation>
    </message>
    <message>
        <source>Sent in %1 ms.</source>
        <translation>Envoyé en %1 ms.</translation>
    </message>
    <message>
        <source>Look for it in the recipient&apos;s mailbox (and its spam folder): the server took responsibility for delivering it.</source>
        <translation>Cherchez-le dans la boîte de réception du destinataire (et dans son dossier de courrier indésirable)&#xa0;: le serveur a pris en charge sa distribution.</translation>
    </message>
    <message>
        <source>Connection test passed: everything up to “%1” works.</source>
        <translation>Test de connexion réussi&#xa0;: tout fonctionne jusqu&apos;à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No message was sent. Use “Send test message” to prove the whole way.</source>
        <translation>Aucun message n&apos;a été envoyé. Utilisez «&#xa0;Envoyer un message de test&#xa0;» pour vérifier tout le parcours.</translation>
    </message>
    <message>
        <source>The server&apos;s own words:</source>
        <translation>Les termes exacts du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>Chiffrement (TLS)&#xa0;:</translation>
    </message>
    <message>
        <source>Failed at “%1”.</source>
        <translation>Échec à l&apos;étape «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Stopped at “%1”. </source>
        <translation>Arrêté à l&apos;étape «&#xa0;%1&#xa0;». </translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Causes probables&#xa0;:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>About this provider:</source>
        <translation>À propos de ce fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>The technical message:</source>
        <translation>Le message technique&#xa0;:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Why this explanation?</source>
        <translation>Pourquoi cette explication&#xa0;?</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>rubrique %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Verdict details</source>
        <translation>Détails du verdict</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The practice server kept it: see “Received messages” on the Practice server tab.</source>
        <translation>Le serveur d&apos;entraînement l&apos;a conservé&#xa0;: voir «&#xa0;Messages reçus&#xa0;» dans l&apos;onglet Serveur d&apos;entraînement.</translation>
    </message>
    <message>
        <source>What happened in the test and what to do next.</source>
        <translation>Ce qui s&apos;est passé pendant le test et ce qu&apos;il faut faire ensuite.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Server: %1 port %2 (%3)</source>
        <translation>Serveur&#xa0;: %1 port %2 (%3)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Checks whether a mail server is healthy and trusted: its addresses, reverse DNS (PTR, forward-confirmed), the name in its greeting, DNS blocklists and, with --relay-test, whether it relays mail for anyone (no message is ever sent). Exits with 0 when nothing fails.</source>
        <translation>Vérifie si un serveur de messagerie est sain et digne de confiance&#xa0;: ses adresses, son DNS inverse (PTR, confirmé), le nom dans son accueil, les listes de blocage DNS et, avec --relay-test, s&apos;il relaie le courrier de n&apos;importe qui (aucun message n&apos;est jamais envoyé). Renvoie 0 lorsque rien n&apos;échoue.</translation>
    </message>
    <message>
        <source>The mail server&apos;s host name or address (e.g. an MX host).</source>
        <translation>Le nom d&apos;hôte ou l&apos;adresse du serveur de messagerie (par ex. un hôte MX).</translation>
    </message>
    <message>
        <source>The SMTP port (default 25).</source>
        <translation>Le port SMTP (25 par défaut).</translation>
    </message>
    <message>
        <source>The server&apos;s public address, when it differs from what HOST resolves to here (NAT, split DNS): reverse DNS and blocklists are checked for it.</source>
        <translation>L&apos;adresse publique du serveur, lorsqu&apos;elle diffère de celle obtenue ici à partir de HOST (NAT, DNS scindé)&#xa0;: le DNS inverse et les listes de blocage sont vérifiés pour elle.</translation>
    </message>
    <message>
        <source>Test whether the server relays for anyone: MAIL FROM --from, RCPT TO --to, then RSET and QUIT (never DATA).</source>
        <translation>Tester si le serveur relaie pour n&apos;importe qui&#xa0;: MAIL FROM --from, RCPT TO --to, puis RSET et QUIT (jamais DATA).</translation>
    </message>
    <message>
        <source>Relay test: an outside sender address.</source>
        <translation>Test de relais&#xa0;: une adresse d&apos;expéditeur extérieure.</translation>
    </message>
    <message>
        <source>Relay test: a recipient at a domain the server does not receive mail for.</source>
        <translation>Test de relais&#xa0;: un destinataire dans un domaine pour lequel le serveur ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <source>Ask this nameserver instead of the system&apos;s.</source>
        <translation>Interroger ce serveur de noms au lieu de celui du système.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Also write the result as a report to FILE, in the format its name ends with: .md, .html, .json or .pdf.</source>
        <translation>Écrire aussi le résultat sous forme de rapport dans FILE, au format indiqué par la fin de son nom&#xa0;: .md, .html, .json ou .pdf.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history.</source>
        <translation>Ne pas conserver cet essai dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Give one server to check, e.g. sendcheck-cli server mail.example.com.</source>
        <translation>Indiquez un serveur à vérifier, par ex. sendcheck-cli server mail.example.com.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port (1 to 65535).</source>
        <translation>--port&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un port (1 à 65535).</translation>
    </message>
    <message>
        <source>--ip: &apos;%1&apos; is not an IP address.</source>
        <translation>--ip&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>--relay-test needs --from and --to, two mail addresses at domains the server does not receive mail for, e.g. --from test@example.org --to test@example.net.</source>
        <translation>--relay-test exige --from et --to, deux adresses e-mail dans des domaines pour lesquels le serveur ne reçoit pas de courrier, par ex. --from test@example.org --to test@example.net.</translation>
    </message>
    <message>
        <source>--from and --to belong to --relay-test.</source>
        <translation>--from et --to vont avec --relay-test.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report exige un nom de fichier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT (an IPv6 address in brackets: [2001:db8::53]:53).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni HOST ni HOST:PORT (une adresse IPv6 entre crochets&#xa0;: [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>Could not find the nameserver %1: %2</source>
        <translation>Impossible de trouver le serveur de noms %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
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
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Au revoir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>The sender (From) address is missing.</source>
        <translation>L&apos;adresse de l&apos;expéditeur (From) est manquante.</translation>
    </message>
    <message>
        <source>There is no recipient: add at least one To or Cc address.</source>
        <translation>Il n&apos;y a aucun destinataire&#xa0;: ajoutez au moins une adresse À ou Cc.</translation>
    </message>
    <message>
        <source>The subject contains a line break or NUL character; a header value must be one line.</source>
        <translation>L&apos;objet contient un saut de ligne ou un caractère NUL&#xa0;; une valeur d&apos;en-tête doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>The address %1 contains a line break or NUL character.</source>
        <translation>L&apos;adresse %1 contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <source>The Message-ID %1 is not of the form &lt;unique-part@domain&gt; (no spaces, line breaks or control characters).</source>
        <translation>Le Message-ID %1 n&apos;est pas de la forme &lt;partie-unique@domaine&gt; (sans espaces, sauts de ligne ni caractères de contrôle).</translation>
    </message>
    <message>
        <source>The date of the message is not valid.</source>
        <translation>La date du message n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The attachment name %1 contains a line break or NUL character.</source>
        <translation>Le nom de pièce jointe %1 contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <source>The attachment %1 does not exist.</source>
        <translation>La pièce jointe %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The attachment %1 is not a regular file.</source>
        <translation>La pièce jointe %1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read (permissions).</source>
        <translation>La pièce jointe %1 est illisible (autorisations).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Measure start-up, idle memory and a 100,000-line transcript, print the figures as JSON and exit.</source>
        <translation>Mesurer le démarrage, la mémoire au repos et une transcription de 100&#xa0;000 lignes, afficher les chiffres au format JSON et quitter.</translation>
    </message>
    <message>
        <source>Set up and prove outgoing mail settings.</source>
        <translation>Configurer et vérifier les paramètres du courrier sortant.</translation>
    </message>
    <message>
        <source>Render a scene to FILE (PNG) and exit.</source>
        <translation>Enregistrer une scène dans FILE (PNG) et quitter.</translation>
    </message>
    <message>
        <source>The scene for --screenshot: %1.</source>
        <translation>La scène pour --screenshot&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Keep profiles in DIR instead of the default folder.</source>
        <translation>Conserver les profils dans DIR au lieu du dossier par défaut.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Utiliser une palette sombre.</translation>
    </message>
</context>
</TS>
