<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Address</name>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>The part before the @ is empty.</source>
        <translation>La parte anterior a la @ está vacía.</translation>
    </message>
    <message>
        <source>There is text between the closing quote and the @.</source>
        <translation>Hay texto entre las comillas de cierre y la @.</translation>
    </message>
    <message>
        <source>The quoted part before the @ is missing its closing quote.</source>
        <translation>A la parte entre comillas anterior a la @ le faltan las comillas de cierre.</translation>
    </message>
    <message>
        <source>The part before the @ may not start or end with a dot.</source>
        <translation>La parte anterior a la @ no puede empezar ni terminar con un punto.</translation>
    </message>
    <message>
        <source>The part before the @ has two dots in a row.</source>
        <translation>La parte anterior a la @ tiene dos puntos seguidos.</translation>
    </message>
    <message>
        <source>The part before the @ contains %1, which is only allowed inside quotes (&quot;like this&quot;@example.com).</source>
        <translation>La parte anterior a la @ contiene %1, que solo se permite entre comillas (&quot;así&quot;@example.com).</translation>
    </message>
    <message>
        <source>%1 is not a valid address literal; write an IPv4 address as [192.0.2.1] or an IPv6 address as [IPv6:2001:db8::1].</source>
        <translation>%1 no es un literal de dirección válido; escriba una dirección IPv4 como [192.0.2.1] o una dirección IPv6 como [IPv6:2001:db8::1].</translation>
    </message>
    <message>
        <source>The domain %1 ends with a dot.</source>
        <translation>El dominio %1 termina con un punto.</translation>
    </message>
    <message>
        <source>The domain is %1 bytes long; the limit is %2.</source>
        <translation>El dominio tiene %1 bytes; el límite es %2.</translation>
    </message>
    <message>
        <source>The domain %1 has an empty part (a dot at the start, or two dots in a row).</source>
        <translation>El dominio %1 tiene una parte vacía (un punto al principio o dos puntos seguidos).</translation>
    </message>
    <message>
        <source>The domain contains %1, which is not allowed in a domain name (only letters, digits, hyphens and dots).</source>
        <translation>El dominio contiene %1, que no se permite en un nombre de dominio (solo letras, dígitos, guiones y puntos).</translation>
    </message>
    <message>
        <source>The domain part %1 is %2 characters long; the limit is 63.</source>
        <translation>La parte del dominio %1 tiene %2 caracteres; el límite es 63.</translation>
    </message>
    <message>
        <source>The domain part %1 starts or ends with a hyphen.</source>
        <translation>La parte del dominio %1 empieza o termina con un guion.</translation>
    </message>
    <message>
        <source>The domain %1 is an IP address; write it in brackets, as [%1].</source>
        <translation>El dominio %1 es una dirección IP; escríbala entre corchetes, así: [%1].</translation>
    </message>
    <message>
        <source>The last part of the domain %1 is all digits, which no real domain has.</source>
        <translation>La última parte del dominio %1 es solo de dígitos, algo que ningún dominio real tiene.</translation>
    </message>
    <message>
        <source>The address contains a carriage return (CR); line breaks are not allowed in an address.</source>
        <translation>La dirección contiene un retorno de carro (CR); no se permiten saltos de línea en una dirección.</translation>
    </message>
    <message>
        <source>The address contains a line feed (LF); line breaks are not allowed in an address.</source>
        <translation>La dirección contiene un salto de línea (LF); no se permiten saltos de línea en una dirección.</translation>
    </message>
    <message>
        <source>The address contains a NUL character, which is not allowed.</source>
        <translation>La dirección contiene un carácter NUL, que no está permitido.</translation>
    </message>
    <message>
        <source>The address contains the control character U+%1, which is not allowed.</source>
        <translation>La dirección contiene el carácter de control U+%1, que no está permitido.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <source>The address ends with &apos;&gt;&apos; but has no matching &apos;&lt;&apos;.</source>
        <translation>La dirección termina con &apos;&gt;&apos; pero no tiene el &apos;&lt;&apos; correspondiente.</translation>
    </message>
    <message>
        <source>The address has a &apos;&lt;&apos; without a closing &apos;&gt;&apos;, or text after the &apos;&gt;&apos;.</source>
        <translation>La dirección tiene un &apos;&lt;&apos; sin el &apos;&gt;&apos; de cierre, o hay texto después del &apos;&gt;&apos;.</translation>
    </message>
    <message>
        <source>The address between &apos;&lt;&apos; and &apos;&gt;&apos; is empty.</source>
        <translation>La dirección entre &apos;&lt;&apos; y &apos;&gt;&apos; está vacía.</translation>
    </message>
    <message>
        <source>The address has no @ sign; it should look like name@example.com.</source>
        <translation>La dirección no tiene el signo @; debería tener la forma nombre@example.com.</translation>
    </message>
    <message>
        <source>The part before the @ is %1 bytes long; the limit is %2.</source>
        <translation>La parte anterior a la @ tiene %1 bytes; el límite es %2.</translation>
    </message>
    <message>
        <source>The part after the @ (the domain) is empty.</source>
        <translation>La parte posterior a la @ (el dominio) está vacía.</translation>
    </message>
    <message>
        <source>The domain %1 is not a valid international domain name.</source>
        <translation>El dominio %1 no es un nombre de dominio internacional válido.</translation>
    </message>
    <message>
        <source>The address is %1 bytes long (with the angle brackets); the limit is %2.</source>
        <translation>La dirección tiene %1 bytes (con los corchetes angulares); el límite es %2.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Print a completion script for bash, zsh or fish.</source>
        <translation>Mostrar un script de autocompletado para bash, zsh o fish.</translation>
    </message>
    <message>
        <source>Find the outgoing server settings for an email address.</source>
        <translation>Encontrar la configuración del servidor de salida para una dirección de correo.</translation>
    </message>
    <message>
        <source>Check a sending domain&apos;s SPF, DKIM, DMARC and MX records.</source>
        <translation>Comprobar los registros SPF, DKIM, DMARC y MX de un dominio de envío.</translation>
    </message>
    <message>
        <source>Explain an SMTP reply or mail error message in plain words.</source>
        <translation>Explicar con palabras sencillas una respuesta SMTP o un mensaje de error de correo.</translation>
    </message>
    <message>
        <source>List the runs kept in the history; compare with the last success.</source>
        <translation>Listar las ejecuciones guardadas en el historial; comparar con el último éxito.</translation>
    </message>
    <message>
        <source>Find a sent test message in a mailbox (IMAP) and show how the receiver judged it.</source>
        <translation>Encontrar un mensaje de prueba enviado en un buzón (IMAP) y mostrar cómo lo valoró el receptor.</translation>
    </message>
    <message>
        <source>Sign in with Google or Microsoft (OAuth) and keep the tokens in the keyring.</source>
        <translation>Iniciar sesión con Google o Microsoft (OAuth) y guardar los tokens en el llavero.</translation>
    </message>
    <message>
        <source>Save or remove a profile&apos;s password in the system keyring.</source>
        <translation>Guardar o eliminar la contraseña de un perfil en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Run the practice SMTP server (fails on purpose, for training and tests).</source>
        <translation>Ejecutar el servidor SMTP de práctica (falla a propósito, para formación y pruebas).</translation>
    </message>
    <message>
        <source>List the mail provider presets.</source>
        <translation>Listar las configuraciones predefinidas de los proveedores de correo.</translation>
    </message>
    <message>
        <source>Try every port and encryption of a mail server at once; recommend one.</source>
        <translation>Probar a la vez todos los puertos y cifrados de un servidor de correo; recomendar uno.</translation>
    </message>
    <message>
        <source>List, show, add, edit, remove, import and export saved profiles.</source>
        <translation>Listar, mostrar, añadir, editar, eliminar, importar y exportar perfiles guardados.</translation>
    </message>
    <message>
        <source>Write a run from the history as a report (md, html, json, pdf).</source>
        <translation>Escribir una ejecución del historial como informe (md, html, json, pdf).</translation>
    </message>
    <message>
        <source>Send a test message, test a connection, or send a burst.</source>
        <translation>Enviar un mensaje de prueba, probar una conexión o enviar una ráfaga.</translation>
    </message>
    <message>
        <source>Check a mail server&apos;s reverse DNS, greeting, blocklists and open relay.</source>
        <translation>Comprobar el DNS inverso, el saludo, las listas de bloqueo y el relay abierto de un servidor de correo.</translation>
    </message>
    <message>
        <source>Print the version and the TLS library in use.</source>
        <translation>Mostrar la versión y la biblioteca TLS en uso.</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli COMMAND [OPTIONS]

Sets up and proves outgoing mail (SMTP) settings.

Commands:</source>
        <translation>Uso: sendcheck-cli COMANDO [OPCIONES]

Configura la salida de correo (SMTP) y demuestra que funciona.

Comandos:</translation>
    </message>
    <message>
        <source>&apos;sendcheck-cli COMMAND --help&apos; describes a command and its options.</source>
        <translation>&apos;sendcheck-cli COMANDO --help&apos; describe un comando y sus opciones.</translation>
    </message>
    <message>
        <source>sendcheck-cli: unknown command &apos;%1&apos;.</source>
        <translation>sendcheck-cli: comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>List the commands.</source>
        <translation>Listar los comandos.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Could not read the secret from standard input.</source>
        <translation>No se pudo leer el secreto de la entrada estándar.</translation>
    </message>
    <message>
        <source>Secret (not shown): </source>
        <translation>Secreto (no se muestra): </translation>
    </message>
    <message>
        <source>Standard input was empty: no secret was given.</source>
        <translation>La entrada estándar estaba vacía: no se dio ningún secreto.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable de entorno %1 no está definida.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty.</source>
        <translation>La variable de entorno %1 está vacía.</translation>
    </message>
</context>
<context>
    <name>CompletionsCommand</name>
    <message>
        <source>Prints a completion script for the shell SHELL (%1), made from the options of every command. For example: sendcheck-cli completions bash &gt; ~/.local/share/bash-completion/completions/sendcheck-cli</source>
        <translation>Muestra un script de autocompletado para el shell SHELL (%1), generado a partir de las opciones de todos los comandos. Por ejemplo: sendcheck-cli completions bash &gt; ~/.local/share/bash-completion/completions/sendcheck-cli</translation>
    </message>
    <message>
        <source>bash, zsh or fish.</source>
        <translation>bash, zsh o fish.</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli completions %1</source>
        <translation>Uso: sendcheck-cli completions %1</translation>
    </message>
    <message>
        <source>sendcheck-cli completions: could not read the options of &quot;%1&quot;.</source>
        <translation>sendcheck-cli completions: no se pudieron leer las opciones de &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>Start from a provider preset (see &apos;sendcheck-cli presets&apos;); ID:REGION picks one of its servers.</source>
        <translation>Partir de una configuración predefinida de proveedor (consulte &apos;sendcheck-cli presets&apos;); ID:REGION elige uno de sus servidores.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Server name.</source>
        <translation>Nombre del servidor.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Port (1-65535).</source>
        <translation>Puerto (1-65535).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>Encryption: starttls, tls or none.</source>
        <translation>Cifrado: starttls, tls o none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>Sign-in method: auto, plain, login, cram-md5, xoauth2 or none.</source>
        <translation>Método de inicio de sesión: auto, plain, login, cram-md5, xoauth2 o none.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>Sign-in user name.</source>
        <translation>Nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Dirección del remitente.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Recipient address (repeatable).</source>
        <translation>Dirección del destinatario (se puede repetir).</translation>
    </message>
    <message>
        <source>Name to send in EHLO.</source>
        <translation>Nombre que se envía en EHLO.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust.</source>
        <translation>Certificados de CA adicionales (archivo PEM) en los que confiar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Allow signing in without encryption (lab servers only).</source>
        <translation>Permitir iniciar sesión sin cifrado (solo servidores de laboratorio).</translation>
    </message>
    <message>
        <source>Do not allow signing in without encryption.</source>
        <translation>No permitir iniciar sesión sin cifrado.</translation>
    </message>
    <message>
        <source>Give up on any step after this many seconds (0: standard timers).</source>
        <translation>Abandonar cualquier paso tras este número de segundos (0: temporizadores estándar).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>--preset: there is no preset &quot;%1&quot;; &apos;sendcheck-cli presets&apos; lists them.</source>
        <translation>--preset: no existe la configuración predefinida &quot;%1&quot;; &apos;sendcheck-cli presets&apos; las muestra.</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; has no server &quot;%2&quot;; choose one of: %3.</source>
        <translation>--preset: &quot;%1&quot; no tiene el servidor &quot;%2&quot;; elija uno de estos: %3.</translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not a server name.</source>
        <translation>--host: &quot;%1&quot; no es un nombre de servidor.</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number (1-65535).</source>
        <translation>--port: &quot;%1&quot; no es un número de puerto (1-65535).</translation>
    </message>
    <message>
        <source>--security: &quot;%1&quot; is not a mode; use starttls, tls or none.</source>
        <translation>--security: &quot;%1&quot; no es un modo; use starttls, tls o none.</translation>
    </message>
    <message>
        <source>--auth: &quot;%1&quot; is not a sign-in method; use auto, plain, login, cram-md5, xoauth2 or none.</source>
        <translation>--auth: &quot;%1&quot; no es un método de inicio de sesión; use auto, plain, login, cram-md5, xoauth2 o none.</translation>
    </message>
    <message>
        <source>--user: the user name contains a line break or NUL.</source>
        <translation>--user: el nombre de usuario contiene un salto de línea o un NUL.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a mail address.</source>
        <translation>%1: &quot;%2&quot; no es una dirección de correo.</translation>
    </message>
    <message>
        <source>--ehlo: &quot;%1&quot; is not a host name.</source>
        <translation>--ehlo: &quot;%1&quot; no es un nombre de host.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file.</source>
        <translation>--ca-file: &quot;%1&quot; no es un archivo legible.</translation>
    </message>
    <message>
        <source>--pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint; give 64 hexadecimal digits, with or without colons.</source>
        <translation>--pin-sha256: &quot;%1&quot; no es una huella digital SHA-256; indique 64 dígitos hexadecimales, con o sin dos puntos.</translation>
    </message>
    <message>
        <source>--allow-plain-auth and --no-allow-plain-auth contradict each other.</source>
        <translation>--allow-plain-auth y --no-allow-plain-auth se contradicen.</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 0 to %2.</source>
        <translation>--timeout: &quot;%1&quot; no es un número de segundos entre 0 y %2.</translation>
    </message>
    <message>
        <source>How to sign in: password (or key, kept in the keyring) or oauth (sign in with the provider: &apos;sendcheck-cli oauth login&apos;).</source>
        <translation>Cómo iniciar sesión: password (o clave, guardada en el llavero) u oauth (iniciar sesión con el proveedor: &apos;sendcheck-cli oauth login&apos;).</translation>
    </message>
    <message>
        <source>Client id of the app you registered with the provider for OAuth.</source>
        <translation>ID de cliente de la aplicación que registró con el proveedor para OAuth.</translation>
    </message>
    <message>
        <source>Microsoft: your tenant (directory id or domain); empty for the preset&apos;s default.</source>
        <translation>Microsoft: su inquilino (ID de directorio o dominio); vacío para el valor predeterminado de la configuración predefinida.</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>INQUILINO</translation>
    </message>
    <message>
        <source>--sign-in: &quot;%1&quot; is not a sign-in mode; use password or oauth.</source>
        <translation>--sign-in: &quot;%1&quot; no es un modo de inicio de sesión; use password u oauth.</translation>
    </message>
    <message>
        <source>--oauth-client-id: a client id has no spaces.</source>
        <translation>--oauth-client-id: un ID de cliente no contiene espacios.</translation>
    </message>
    <message>
        <source>--oauth-tenant: &quot;%1&quot; is not a tenant id or domain.</source>
        <translation>--oauth-tenant: &quot;%1&quot; no es un ID ni un dominio de inquilino.</translation>
    </message>
    <message>
        <source>--sign-in: the preset &quot;%1&quot; has no OAuth sign-in; use password.</source>
        <translation>--sign-in: la configuración predefinida &quot;%1&quot; no ofrece inicio de sesión con OAuth; use password.</translation>
    </message>
    <message>
        <source>--sign-in: oauth needs a preset that offers it (--preset).</source>
        <translation>--sign-in: oauth necesita una configuración predefinida que lo ofrezca (--preset).</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint for this host and port (repeatable).</source>
        <translation>Confiar en el certificado con esta huella digital SHA-256 para este host y puerto (se puede repetir).</translation>
    </message>
    <message>
        <source>--pin-sha256: a certificate is trusted for one server; name it with --host or --preset.</source>
        <translation>--pin-sha256: se confía en un certificado para un solo servidor; indíquelo con --host o --preset.</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>Settings for %1 (ISPDB snapshot of %2)</source>
        <translation>Configuración para %1 (instantánea de ISPDB del %2)</translation>
    </message>
    <message>
        <source>Sources, in order:</source>
        <translation>Fuentes, por orden:</translation>
    </message>
    <message>
        <source>No server settings found.</source>
        <translation>No se encontró ninguna configuración de servidor.</translation>
    </message>
    <message>
        <source>Servers to try:</source>
        <translation>Servidores que probar:</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>suposición</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>no fiable</translation>
    </message>
    <message>
        <source>Finds the outgoing (SMTP) server settings for an email address and shows every source it asked, in order: the bundled presets (by domain and by MX host), the domain&apos;s autoconfig file, Thunderbird&apos;s ISPDB (online and a bundled, dated snapshot), SRV records and guesses. Exits with 0 when a setting was found.

For tests: SENDCHECK_AUTOCONFIG_URL, SENDCHECK_AUTOCONFIG_HTTP_URL and SENDCHECK_ISPDB_URL point the autoconfig and ISPDB requests at another server, SENDCHECK_DISCOVERY_CA_FILE adds trusted CA certificates (PEM).</source>
        <translation>Busca la configuración del servidor saliente (SMTP) para una dirección de correo y muestra, por orden, cada fuente consultada: las configuraciones predefinidas incluidas (por dominio y por host MX), el archivo autoconfig del dominio, la ISPDB de Thunderbird (en línea y una instantánea incluida y fechada), los registros SRV y las suposiciones. Sale con 0 cuando se encontró una configuración.

Para pruebas: SENDCHECK_AUTOCONFIG_URL, SENDCHECK_AUTOCONFIG_HTTP_URL y SENDCHECK_ISPDB_URL dirigen las solicitudes de autoconfig e ISPDB a otro servidor; SENDCHECK_DISCOVERY_CA_FILE añade certificados de CA de confianza (PEM).</translation>
    </message>
    <message>
        <source>The email address to find settings for.</source>
        <translation>La dirección de correo para la que buscar la configuración.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>Ask nobody: only the bundled presets and ISPDB snapshot.</source>
        <translation>No consultar a nadie: solo las configuraciones predefinidas incluidas y la instantánea de ISPDB.</translation>
    </message>
    <message>
        <source>Ask this nameserver instead of the system&apos;s.</source>
        <translation>Consultar este servidor de nombres en lugar del del sistema.</translation>
    </message>
    <message>
        <source>Also write the result as a report to FILE, in the format its name ends with: .md (Markdown, for a ticket), .html, .json or .pdf.</source>
        <translation>Escribir también el resultado como informe en FILE, en el formato que indique la terminación de su nombre: .md (Markdown, para un ticket), .html, .json o .pdf.</translation>
    </message>
    <message>
        <source>Give one email address, e.g. sendcheck-cli discover anna@example.com.</source>
        <translation>Indique una dirección de correo, p. ej. sendcheck-cli discover anna@example.com.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT (an IPv6 address in brackets: [2001:db8::53]:53).</source>
        <translation>&apos;%1&apos; no es HOST ni HOST:PUERTO (una dirección IPv6 entre corchetes: [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>Could not find the nameserver %1: %2</source>
        <translation>No se pudo encontrar el servidor de nombres %1: %2</translation>
    </message>
    <message>
        <source>  (each tried from here at once, no password sent: %1 ms in all)</source>
        <translation>  (cada uno probado desde aquí a la vez, sin enviar contraseña: %1 ms en total)</translation>
    </message>
    <message>
        <source>not tried: it has no encryption</source>
        <translation>no probado: no tiene cifrado</translation>
    </message>
    <message>
        <source>With --probe: extra CA certificates (PEM file) to trust.</source>
        <translation>Con --probe: certificados de CA adicionales (archivo PEM) en los que confiar.</translation>
    </message>
    <message>
        <source>Do not keep the run in the history (a run with --probe is kept there otherwise, unless SENDCHECK_NO_HISTORY is set).</source>
        <translation>No guardar la ejecución en el historial (una ejecución con --probe se guarda allí en caso contrario, salvo que SENDCHECK_NO_HISTORY esté definida).</translation>
    </message>
    <message>
        <source>--ca-file belongs with --probe.</source>
        <translation>--ca-file se usa junto con --probe.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file.</source>
        <translation>--ca-file: «%1» no es un archivo legible.</translation>
    </message>
    <message>
        <source>--offline asks nobody, and --probe connects to every server found: use one of them.</source>
        <translation>--offline no consulta a nadie y --probe se conecta a cada servidor encontrado: use solo una de las dos.</translation>
    </message>
    <message>
        <source>With --probe: the ports to try on each host found instead of the usual ones, as for the probe command: 465,587 or 465/tls,587/starttls.</source>
        <translation>Con --probe: los puertos que probar en cada host encontrado en lugar de los habituales, como en el comando probe: 465,587 o 465/tls,587/starttls.</translation>
    </message>
    <message>
        <source>--ports belongs with --probe.</source>
        <translation>--ports se usa junto con --probe.</translation>
    </message>
    <message>
        <source>found by trying</source>
        <translation>encontrado al probar</translation>
    </message>
    <message>
        <source>  Also tried on the hosts found, without success (no source lists these):</source>
        <translation>  También probados en los hosts encontrados, sin éxito (ninguna fuente los indica):</translation>
    </message>
    <message>
        <source>Then try every server found, and the usual ports (465 with TLS from the start, 587, 25 and 2525 with STARTTLS) on each host found, at once and without a password (as the probe command does), and recommend the one that works from here; a port that works though no source lists it is shown with the source &quot;probe&quot;. Exits with 0 only when one works; the run is kept in the history.</source>
        <translation>Después probar cada servidor encontrado, y los puertos habituales (465 con TLS desde el principio, 587, 25 y 2525 con STARTTLS) en cada host encontrado, a la vez y sin contraseña (como hace el comando probe), y recomendar el que funciona desde aquí; un puerto que funciona aunque ninguna fuente lo indique se muestra con la fuente «probe». Termina con 0 solo cuando uno funciona; la ejecución se guarda en el historial.</translation>
    </message>
</context>
<context>
    <name>DomainCommand</name>
    <message>
        <source>Domain: %1</source>
        <translation>Dominio: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Records to publish:</source>
        <translation>Registros que debe publicar:</translation>
    </message>
    <message>
        <source>The domain you send from (the part after @ in your From address).</source>
        <translation>El dominio desde el que envía (la parte posterior a la @ de su dirección De).</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address: evaluate SPF for it.</source>
        <translation>La dirección IP del servidor de envío: evaluar SPF para ella.</translation>
    </message>
    <message>
        <source>The HELO name the server uses (for SPF).</source>
        <translation>El nombre HELO que usa el servidor (para SPF).</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM); its domain is what SPF checks. Default: the domain.</source>
        <translation>El remitente del sobre (MAIL FROM); SPF comprueba su dominio. Predeterminado: el dominio.</translation>
    </message>
    <message>
        <source>A DKIM selector to look at (can be given more than once).</source>
        <translation>Un selector DKIM que examinar (se puede indicar más de una vez).</translation>
    </message>
    <message>
        <source>Ask this nameserver instead of the system&apos;s.</source>
        <translation>Consultar este servidor de nombres en lugar del del sistema.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>Give one domain to check, e.g. sendcheck-cli domain example.com.</source>
        <translation>Indique un dominio que comprobar, p. ej. sendcheck-cli domain example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>&apos;%1&apos; no es una dirección IP.</translation>
    </message>
    <message>
        <source>No DNS facts for provider &apos;%1&apos;. Known: %2.</source>
        <translation>No hay datos DNS del proveedor &apos;%1&apos;. Conocidos: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT (an IPv6 address in brackets: [2001:db8::53]:53).</source>
        <translation>&apos;%1&apos; no es HOST ni HOST:PUERTO (una dirección IPv6 entre corchetes: [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>Could not find the nameserver %1: %2</source>
        <translation>No se pudo encontrar el servidor de nombres %1: %2</translation>
    </message>
    <message>
        <source>The provider you send through (a preset id, e.g. google-workspace-relay): check its SPF include and DKIM selectors, and propose its records.</source>
        <translation>El proveedor a través del cual envía (un id de configuración predefinida, p. ej. google-workspace-relay): comprueba su include de SPF y sus selectores DKIM, y propone sus registros.</translation>
    </message>
    <message>
        <source>The provider&apos;s region as in its preset (e.g. eu-west-1 for Amazon SES): fills it into the records proposed.</source>
        <translation>La región del proveedor tal como figura en su configuración predefinida (p. ej. eu-west-1 para Amazon SES): se rellena en los registros propuestos.</translation>
    </message>
    <message>
        <source>Validate DNSSEC from the trust anchors in FILE (DS or DNSKEY lines in zone-file form, e.g. /usr/share/dns/root.key).</source>
        <translation>Validar DNSSEC a partir de los anclajes de confianza de FILE (líneas DS o DNSKEY en formato de archivo de zona, p. ej. /usr/share/dns/root.key).</translation>
    </message>
    <message>
        <source>Validate DNSSEC from the system&apos;s root key, /usr/share/dns/root.key (Debian package dns-root-data). Without this or --trust-anchor nothing is validated.</source>
        <translation>Validar DNSSEC a partir de la clave raíz del sistema, /usr/share/dns/root.key (paquete de Debian dns-root-data). Sin esta opción ni --trust-anchor no se valida nada.</translation>
    </message>
    <message>
        <source>Also write the check as a report to FILE, in the format its name ends with: .md (Markdown, for a ticket), .html, .json or .pdf.</source>
        <translation>Escribir también la comprobación como informe en FILE, en el formato que indique la terminación de su nombre: .md (Markdown, para un ticket), .html, .json o .pdf.</translation>
    </message>
    <message>
        <source>In the report, also hide address local parts and IP addresses.</source>
        <translation>En el informe, ocultar también las partes locales de las direcciones y las direcciones IP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region of the provider: --region needs --provider and one of its regions, e.g. eu-west-1 for amazon-ses.</source>
        <translation>&apos;%1&apos; no es una región del proveedor: --region necesita --provider y una de sus regiones, p. ej. eu-west-1 para amazon-ses.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--dnssec needs the root key at /usr/share/dns/root.key (Debian package dns-root-data); give another with --trust-anchor FILE.</source>
        <translation>--dnssec necesita la clave raíz en /usr/share/dns/root.key (paquete de Debian dns-root-data); indique otra con --trust-anchor FILE.</translation>
    </message>
    <message>
        <source>Checks what receivers check about a sending domain: its SPF record (and, with --ip, whether that server may send for it), DKIM keys, DMARC policy and alignment, MX records, and the transport policies MTA-STS, TLS-RPT, DANE and BIMI. Exits with 0 when nothing fails.</source>
        <translation>Comprueba lo que los receptores comprueban de un dominio remitente: su registro SPF (y, con --ip, si ese servidor puede enviar por él), las claves DKIM, la política y la alineación DMARC, los registros MX y las políticas de transporte MTA-STS, TLS-RPT, DANE y BIMI. Termina con 0 cuando nada falla.</translation>
    </message>
    <message>
        <source>Fetch the MTA-STS policy from this address instead of the address of mta-sts.DOMAIN (a lab or test server); its certificate is still checked for mta-sts.DOMAIN. Default port 443.</source>
        <translation>Obtiene la política MTA-STS de esta dirección en lugar de la de mta-sts.DOMINIO (un servidor de laboratorio o de pruebas); su certificado se sigue comprobando para mta-sts.DOMINIO. Puerto predeterminado 443.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM) for the MTA-STS policy&apos;s HTTPS.</source>
        <translation>Confía además en los certificados de CA de FILE (PEM) para el HTTPS de la política MTA-STS.</translation>
    </message>
    <message>
        <source>--mta-sts-server: &apos;%1&apos; is not ADDRESS or ADDRESS:PORT, e.g. 127.0.0.1:8443.</source>
        <translation>--mta-sts-server: &apos;%1&apos; no es DIRECCIÓN o DIRECCIÓN:PUERTO, p. ej. 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file of PEM certificates.</source>
        <translation>--ca-file: «%1» no es un archivo legible de certificados PEM.</translation>
    </message>
    <message>
        <source>Compare the MX hosts&apos; certificates with their DNSSEC-secure TLSA records on this port instead of 25 (a lab or test server).</source>
        <translation>Comparar los certificados de los hosts MX con sus registros TLSA protegidos por DNSSEC en este puerto en lugar del 25 (un servidor de laboratorio o de prueba).</translation>
    </message>
    <message>
        <source>--smtp-port: &apos;%1&apos; is not a port number (1 to 65535).</source>
        <translation>--smtp-port: &apos;%1&apos; no es un número de puerto (de 1 a 65535).</translation>
    </message>
    <message numerus="yes">
        <source>DNSSEC: %1 (%2 of %n answer(s) secure).</source>
        <translation>
            <numerusform>DNSSEC: %1 (%2 de %n respuesta segura).</numerusform>
            <numerusform>DNSSEC: %1 (%2 de %n respuestas seguras).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Likely causes:</source>
        <translation>Causas probables:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Provider note: %1</source>
        <translation>Nota del proveedor: %1</translation>
    </message>
    <message>
        <source>Retrying later can help: %1</source>
        <translation>Volver a intentarlo más tarde puede ayudar: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>The server&apos;s own words:</source>
        <translation>Las palabras exactas del servidor:</translation>
    </message>
    <message>
        <source>Explains an SMTP reply or a mail error message in plain words: what happened, why, and what to do. Reads the text from standard input when it is &apos;-&apos; or missing.</source>
        <translation>Explica en palabras sencillas una respuesta SMTP o un mensaje de error de correo: qué pasó, por qué y qué hacer. Lee el texto de la entrada estándar cuando es &apos;-&apos; o falta.</translation>
    </message>
    <message>
        <source>The reply or error text.</source>
        <translation>El texto de la respuesta o del error.</translation>
    </message>
    <message>
        <source>The step the reply answered: connect, banner, ehlo, starttls, tls, auth, mail, rcpt, data, quit.</source>
        <translation>El paso al que respondió la respuesta: connect, banner, ehlo, starttls, tls, auth, mail, rcpt, data, quit.</translation>
    </message>
    <message>
        <source>The server name used.</source>
        <translation>El nombre del servidor utilizado.</translation>
    </message>
    <message>
        <source>The port used.</source>
        <translation>El puerto utilizado.</translation>
    </message>
    <message>
        <source>The security used: none, starttls or tls.</source>
        <translation>La seguridad utilizada: none, starttls o tls.</translation>
    </message>
    <message>
        <source>The sign-in method used: auto, plain, login, cram-md5, xoauth2.</source>
        <translation>El método de inicio de sesión utilizado: auto, plain, login, cram-md5, xoauth2.</translation>
    </message>
    <message>
        <source>Print the explanation as JSON.</source>
        <translation>Mostrar la explicación como JSON.</translation>
    </message>
    <message>
        <source>Could not read the text from standard input.</source>
        <translation>No se pudo leer el texto de la entrada estándar.</translation>
    </message>
    <message>
        <source>Give the reply or error text to explain, e.g. sendcheck-cli explain &quot;535 5.7.8 Authentication failed&quot;.</source>
        <translation>Indique el texto de la respuesta o del error que quiere explicar, p. ej. sendcheck-cli explain &quot;535 5.7.8 Authentication failed&quot;.</translation>
    </message>
    <message>
        <source>Unknown stage &apos;%1&apos;.</source>
        <translation>Etapa desconocida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Invalid port &apos;%1&apos;.</source>
        <translation>Puerto no válido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown security &apos;%1&apos;.</source>
        <translation>Seguridad desconocida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &apos;%1&apos;.</source>
        <translation>Método de inicio de sesión desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Why this explanation: %1 (%2).</source>
        <translation>Por qué esta explicación: %1 (%2).</translation>
    </message>
    <message>
        <source>  Nothing in the text is known; this is a general reading.</source>
        <translation>  Nada del texto es conocido; esta es una interpretación general.</translation>
    </message>
    <message>
        <source>  - %1 [%2, weight %3]</source>
        <translation>  - %1 [%2, peso %3]</translation>
    </message>
    <message>
        <source>Also print what the explanation rests on: how sure it is and each piece of evidence (JSON always has them).</source>
        <translation>Mostrar también en qué se basa la explicación: qué tan segura es y cada indicio (en JSON siempre aparecen).</translation>
    </message>
</context>
<context>
    <name>FileMessageSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 became shorter while it was being sent.</source>
        <translation>%1 se ha vuelto más corto durante el envío.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>--%1 needs a whole number from 0 up (0: no limit).</source>
        <translation>--%1 necesita un número entero a partir de 0 (0: sin límite).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run number.</source>
        <translation>&apos;%1&apos; no es un número de ejecución.</translation>
    </message>
    <message>
        <source>No runs in the history yet.</source>
        <translation>Todavía no hay ejecuciones en el historial.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(no guardado)</translation>
    </message>
    <message>
        <source>There is no earlier successful run of this profile to compare with.</source>
        <translation>No hay ninguna ejecución correcta anterior de este perfil con la que comparar.</translation>
    </message>
    <message>
        <source>Run %1 compared with run %2 of %3, the last time it worked:</source>
        <translation>Ejecución %1 comparada con la ejecución %2 del %3, la última vez que funcionó:</translation>
    </message>
    <message>
        <source>Lists the runs kept in the history, newest first, and manages the history. &apos;sendcheck-cli report ID&apos; writes one as a report.</source>
        <translation>Muestra las ejecuciones guardadas en el historial, de la más reciente a la más antigua, y administra el historial. &apos;sendcheck-cli report ID&apos; escribe una como informe.</translation>
    </message>
    <message>
        <source>Only the runs of this profile (name or id).</source>
        <translation>Solo las ejecuciones de este perfil (nombre o ID).</translation>
    </message>
    <message>
        <source>At most N runs (default: all).</source>
        <translation>Como máximo N ejecuciones (predeterminado: todas).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <source>What changed between run ID and the last successful run of the same profile before it.</source>
        <translation>Qué cambió entre la ejecución ID y la última ejecución correcta anterior del mismo perfil.</translation>
    </message>
    <message>
        <source>Delete run ID.</source>
        <translation>Eliminar la ejecución ID.</translation>
    </message>
    <message>
        <source>Delete every run.</source>
        <translation>Eliminar todas las ejecuciones.</translation>
    </message>
    <message>
        <source>From now on keep runs for N days (0: no limit; default 365).</source>
        <translation>A partir de ahora, conservar las ejecuciones durante N días (0: sin límite; predeterminado 365).</translation>
    </message>
    <message>
        <source>From now on keep the newest N runs (0: no limit; default 1000).</source>
        <translation>A partir de ahora, conservar las N ejecuciones más recientes (0: sin límite; predeterminado 1000).</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run %1 deleted.</source>
        <translation>Ejecución %1 eliminada.</translation>
    </message>
    <message>
        <source>History emptied.</source>
        <translation>Historial vaciado.</translation>
    </message>
    <message>
        <source>History keeps runs for %1, at most %2 (0: no limit).</source>
        <translation>El historial conserva las ejecuciones durante %1, como máximo %2 (0: sin límite).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
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
        <translation>advertencia</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Arrived after %1 s in &quot;%2&quot;%3.</source>
        <translation>Llegó después de %1 s a &quot;%2&quot;%3.</translation>
    </message>
    <message>
        <source> (as spam)</source>
        <translation> (como spam)</translation>
    </message>
    <message>
        <source>Not arrived within %1 s.</source>
        <translation>No llegó en %1 s.</translation>
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
        <translation>Etiquetas de Gmail: %1</translation>
    </message>
    <message>
        <source>  hop: %1 → %2 (%3, TLS: %4)</source>
        <translation>  salto: %1 → %2 (%3, TLS: %4)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>      Fix: %1</source>
        <translation>      Solución: %1</translation>
    </message>
    <message>
        <source>No password is saved for &quot;%1&quot;: save one with &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;, or give it with --password-stdin.</source>
        <translation>No hay ninguna contraseña guardada para &quot;%1&quot;: guarde una con &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos; o indíquela con --password-stdin.</translation>
    </message>
    <message>
        <source>The Message-ID of the sent message.</source>
        <translation>El Message-ID del mensaje enviado.</translation>
    </message>
    <message>
        <source>The IMAP server.</source>
        <translation>El servidor IMAP.</translation>
    </message>
    <message>
        <source>The IMAP port (993 for tls, 143 for starttls).</source>
        <translation>El puerto IMAP (993 para tls, 143 para starttls).</translation>
    </message>
    <message>
        <source>tls (default) or starttls.</source>
        <translation>tls (predeterminado) o starttls.</translation>
    </message>
    <message>
        <source>The mailbox user name.</source>
        <translation>El nombre de usuario del buzón.</translation>
    </message>
    <message>
        <source>Read the mailbox password from standard input.</source>
        <translation>Leer la contraseña del buzón de la entrada estándar.</translation>
    </message>
    <message>
        <source>Read the mailbox password from the environment variable VAR.</source>
        <translation>Leer la contraseña del buzón de la variable de entorno VAR.</translation>
    </message>
    <message>
        <source>The secret is an OAuth access token: sign in with XOAUTH2.</source>
        <translation>El secreto es un token de acceso OAuth: iniciar sesión con XOAUTH2.</translation>
    </message>
    <message>
        <source>Wait up to SECONDS for the message (default 120, at most 900).</source>
        <translation>Esperar el mensaje hasta SECONDS (predeterminado 120, como máximo 900).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in file F (PEM).</source>
        <translation>Confiar también en los certificados de CA del archivo F (PEM).</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint.</source>
        <translation>Aceptar el certificado del servidor con esta huella digital SHA-256.</translation>
    </message>
    <message>
        <source>Show the IMAP conversation (redacted) on standard error as it happens.</source>
        <translation>Mostrar la conversación IMAP (censurada) en la salida de error estándar a medida que ocurre.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>inbox-check takes no arguments besides its options.</source>
        <translation>inbox-check no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <source>Give --message-id ID, --imap-host H and --imap-user U.</source>
        <translation>Indique --message-id ID, --imap-host H y --imap-user U.</translation>
    </message>
    <message>
        <source>--imap-security is tls or starttls.</source>
        <translation>--imap-security es tls o starttls.</translation>
    </message>
    <message>
        <source>--imap-port is a number from 1 to 65535.</source>
        <translation>--imap-port es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>--wait is a number of seconds from 0 to %1.</source>
        <translation>--wait es un número de segundos de 0 a %1.</translation>
    </message>
    <message>
        <source>--pin-sha256 takes a SHA-256 fingerprint (64 hex digits).</source>
        <translation>--pin-sha256 admite una huella digital SHA-256 (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Give the mailbox password in one way: --password-stdin, --password-env VAR or --profile NAME (keychain).</source>
        <translation>Indique la contraseña del buzón de una sola forma: --password-stdin, --password-env VAR o --profile NAME (llavero).</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1</source>
        <translation>No se pudo leer el buzón: %1</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1 The server said: %2</source>
        <translation>No se pudo leer el buzón: %1 El servidor respondió: %2</translation>
    </message>
    <message>
        <source>No mailbox password is saved for &quot;%1&quot;: save one with &apos;sendcheck-cli password set --imap --profile &quot;%1&quot;&apos;, or give it with --password-stdin.</source>
        <translation>No hay ninguna contraseña de buzón guardada para &quot;%1&quot;: guarde una con &apos;sendcheck-cli password set --imap --profile &quot;%1&quot;&apos; o indíquela con --password-stdin.</translation>
    </message>
    <message>
        <source>Signs in to a mailbox over IMAP (read-only) and looks for a sent test message by its Message-ID: in the inbox, the junk folder and the other folders, waiting for it up to --wait seconds (IDLE where the server offers it). Reports where it landed and how the receiver judged it (SPF, DKIM, DMARC, ARC, spam filters, TLS on the way). The password comes from standard input, an environment variable or the keychain of a saved profile, never from a flag. Exit codes: 0 arrived, 1 mailbox not readable, 2 usage, 3 not arrived in time, 4 arrived as spam, 130 stopped with Ctrl+C while waiting.</source>
        <translation>Inicia sesión en un buzón por IMAP (solo lectura) y busca un mensaje de prueba enviado por su Message-ID: en la bandeja de entrada, en la carpeta de correo no deseado y en las demás carpetas, esperándolo hasta --wait segundos (con IDLE si el servidor lo ofrece). Informa de dónde llegó y de cómo lo juzgó el receptor (SPF, DKIM, DMARC, ARC, filtros de spam, TLS en el camino). La contraseña se toma de la entrada estándar, de una variable de entorno o del llavero de un perfil guardado, nunca de una opción. Códigos de salida: 0 llegó, 1 buzón no legible, 2 uso, 3 no llegó a tiempo, 4 llegó como spam, 130 detenido con Ctrl+C durante la espera.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Take the password from the keychain entry of the saved profile NAME (and trust the certificates it pinned for this mailbox server).</source>
        <translation>Tomar la contraseña de la entrada del llavero del perfil guardado NAME (y confiar en los certificados que fijó para este servidor de buzón).</translation>
    </message>
</context>
<context>
    <name>MessageFile</name>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation>No se puede leer el archivo de mensaje %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>%1 is not a message: it contains NUL bytes, as binary files do. Give a message as a mail program saves it (an .eml file).</source>
        <translation>%1 no es un mensaje: contiene bytes NUL, como los archivos binarios. Indique un mensaje tal como lo guarda un programa de correo (un archivo .eml).</translation>
    </message>
    <message>
        <source>The message file %1 is empty: there is nothing to send.</source>
        <translation>El archivo de mensaje %1 está vacío: no hay nada que enviar.</translation>
    </message>
    <message>
        <source>%1 is not a message (RFC 5322): it must begin with header fields (lines such as &quot;From: ...&quot; and &quot;Subject: ...&quot;), then an empty line and the body; line %2 is not a header field.</source>
        <translation>%1 no es un mensaje (RFC 5322): debe comenzar con campos de encabezado (líneas como «From: ...» y «Subject: ...»), luego una línea vacía y el cuerpo; la línea %2 no es un campo de encabezado.</translation>
    </message>
    <message>
        <source>%1 is not a message (RFC 5322): its header has no From: field.</source>
        <translation>%1 no es un mensaje (RFC 5322): su encabezado no tiene campo From:.</translation>
    </message>
    <message numerus="yes">
        <source>%1 mixes line ends: %n line(s) end in CR LF, %2 in a bare LF and %3 in a bare CR. It cannot be sent unchanged; save it with one kind of line end (all CR LF, or all LF).</source>
        <translation>
            <numerusform>%1 mezcla finales de línea: %n línea termina en CR LF, %2 en un LF suelto y %3 en un CR suelto. No se puede enviar sin cambios; guárdelo con un solo tipo de final de línea (todo CR LF o todo LF).</numerusform>
            <numerusform>%1 mezcla finales de línea: %n líneas terminan en CR LF, %2 en un LF suelto y %3 en un CR suelto. No se puede enviar sin cambios; guárdelo con un solo tipo de final de línea (todo CR LF o todo LF).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MimeWriter</name>
    <message>
        <source>The attachment %1 cannot be read: it does not exist or is not a file.</source>
        <translation>No se puede leer el adjunto %1: no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>The attachment %1 can no longer be read: %2</source>
        <translation>Ya no se puede leer el adjunto %1: %2</translation>
    </message>
    <message>
        <source>The attachment %1 changed while it was being sent (it grew).</source>
        <translation>El adjunto %1 cambió mientras se enviaba (aumentó de tamaño).</translation>
    </message>
    <message>
        <source>The attachment %1 could not be read: %2</source>
        <translation>No se pudo leer el adjunto %1: %2</translation>
    </message>
    <message>
        <source>The attachment %1 changed while it was being sent (it became shorter).</source>
        <translation>El adjunto %1 cambió mientras se enviaba (se redujo de tamaño).</translation>
    </message>
</context>
<context>
    <name>OAuthCommand</name>
    <message>
        <source>The profile.</source>
        <translation>El perfil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>login: read the app&apos;s client secret (Google desktop apps have one) from standard input.</source>
        <translation>login: leer el secreto de cliente de la aplicación (las aplicaciones de escritorio de Google tienen uno) de la entrada estándar.</translation>
    </message>
    <message>
        <source>login: read the app&apos;s client secret from this environment variable.</source>
        <translation>login: leer el secreto de cliente de la aplicación de esta variable de entorno.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>login: give up after this many seconds (default 300).</source>
        <translation>login: abandonar tras este número de segundos (predeterminado 300).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>--timeout: give a number of seconds from 1 to 3600.</source>
        <translation>--timeout: indique un número de segundos entre 1 y 3600.</translation>
    </message>
    <message>
        <source>Note: %1 usually gives desktop apps a client secret. If the sign-in ends with &quot;invalid_client&quot;, run again with --client-secret-stdin.</source>
        <translation>Nota: %1 suele dar un secreto de cliente a las aplicaciones de escritorio. Si el inicio de sesión termina con &quot;invalid_client&quot;, vuelva a ejecutarlo con --client-secret-stdin.</translation>
    </message>
    <message>
        <source>Open this address in a web browser on this computer and sign in with %1%2:</source>
        <translation>Abra esta dirección en un navegador web de este equipo e inicie sesión con %1%2:</translation>
    </message>
    <message>
        <source> as %1</source>
        <translation> como %1</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to %1 (up to %2 seconds; Ctrl+C stops).</source>
        <translation>Esperando a que el navegador vuelva a %1 (hasta %2 segundos; Ctrl+C lo detiene).</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be saved, so they were discarded: %1</source>
        <translation>Se inició sesión, pero los tokens no se pudieron guardar, así que se descartaron: %1</translation>
    </message>
    <message>
        <source>Signed in and the tokens are saved, but the profile could not be updated: %1</source>
        <translation>Se inició sesión y los tokens están guardados, pero no se pudo actualizar el perfil: %1</translation>
    </message>
    <message>
        <source>Signed in with %1. The tokens are saved in the keyring.</source>
        <translation>Se inició sesión con %1. Los tokens están guardados en el llavero.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2. The tokens are saved in the keyring.</source>
        <translation>Se inició sesión con %1 como %2. Los tokens están guardados en el llavero.</translation>
    </message>
    <message>
        <source>Warning: you signed in as %1 but the profile&apos;s user name is %2. The server will refuse the token for that user: change the user name (sendcheck-cli profile edit &quot;%3&quot; --user %1) or sign in as %2.</source>
        <translation>Advertencia: inició sesión como %1, pero el nombre de usuario del perfil es %2. El servidor rechazará el token para ese usuario: cambie el nombre de usuario (sendcheck-cli profile edit &quot;%3&quot; --user %1) o inicie sesión como %2.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in of &quot;%1&quot; was removed from the keyring. The app stays allowed in your account until you remove it in the account&apos;s security settings.</source>
        <translation>Sesión cerrada: el inicio de sesión de &quot;%1&quot; se eliminó del llavero. La aplicación sigue autorizada en su cuenta hasta que la quite en la configuración de seguridad de la cuenta.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>The access token is valid until %1.</source>
        <translation>El token de acceso es válido hasta %1.</translation>
    </message>
    <message>
        <source>The access token&apos;s lifetime is unknown.</source>
        <translation>Se desconoce la vigencia del token de acceso.</translation>
    </message>
    <message>
        <source>The access token has expired and cannot be renewed: sign in again.</source>
        <translation>El token de acceso caducó y no se puede renovar: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The access token has expired; it is renewed at the next send.</source>
        <translation>El token de acceso caducó; se renovará en el próximo envío.</translation>
    </message>
    <message>
        <source>oauth login --profile NAME: sign in with the provider (Google, Microsoft) in a web browser; the tokens are kept in the keyring and renewed when needed. The profile needs a preset that offers it and the client id of an app you registered (sendcheck-cli profile edit NAME --sign-in oauth --oauth-client-id ID).
oauth logout --profile NAME: remove the tokens from the keyring.
oauth status --profile NAME: who is signed in and until when the access token is valid (never the tokens themselves).</source>
        <translation>oauth login --profile NOMBRE: iniciar sesión con el proveedor (Google, Microsoft) en un navegador web; los tokens se guardan en el llavero y se renuevan cuando hace falta. El perfil necesita una configuración predefinida que lo ofrezca y el ID de cliente de una aplicación que usted registró (sendcheck-cli profile edit NOMBRE --sign-in oauth --oauth-client-id ID).
oauth logout --profile NOMBRE: quitar los tokens del llavero.
oauth status --profile NOMBRE: quién tiene la sesión iniciada y hasta cuándo es válido el token de acceso (nunca los tokens en sí).</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli oauth login|logout|status --profile NAME</source>
        <translation>Uso: sendcheck-cli oauth login|logout|status --profile NOMBRE</translation>
    </message>
    <message>
        <source>Say which profile with --profile NAME.</source>
        <translation>Indique el perfil con --profile NOMBRE.</translation>
    </message>
    <message>
        <source>--client-secret-stdin, --client-secret-env and --timeout belong to oauth login.</source>
        <translation>--client-secret-stdin, --client-secret-env y --timeout son opciones de oauth login.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was removed meanwhile.</source>
        <translation>El perfil &quot;%1&quot; se eliminó mientras tanto.</translation>
    </message>
</context>
<context>
    <name>OAuthServerError</name>
    <message>
        <source>The server refused the access token (%1): it has expired or was revoked (for example after a password change). Sign in with your provider again.</source>
        <translation>El servidor rechazó el token de acceso (%1): caducó o se revocó (por ejemplo, tras un cambio de contraseña). Vuelva a iniciar sesión con su proveedor.</translation>
    </message>
    <message>
        <source>The sign-in did not grant permission to send mail (%1). Sign in again and allow sending mail.</source>
        <translation>El inicio de sesión no concedió permiso para enviar correo (%1). Vuelva a iniciar sesión y permita el envío de correo.</translation>
    </message>
    <message>
        <source>The sign-in did not grant permission to send mail (scope %1). Sign in again and allow it.</source>
        <translation>El inicio de sesión no concedió permiso para enviar correo (ámbito %1). Vuelva a iniciar sesión y permítalo.</translation>
    </message>
    <message>
        <source>The token belongs to another account: signed in as %1 but the user name is %2. Use the same address for both.</source>
        <translation>El token pertenece a otra cuenta: se inició sesión como %1, pero el nombre de usuario es %2. Use la misma dirección en ambos.</translation>
    </message>
    <message>
        <source>The server refused the token for this user name (%1): the token belongs to another account, or the sign-in request was malformed. Check that the user name is the address you signed in with.</source>
        <translation>El servidor rechazó el token para este nombre de usuario (%1): el token pertenece a otra cuenta o la solicitud de inicio de sesión estaba mal formada. Compruebe que el nombre de usuario sea la dirección con la que inició sesión.</translation>
    </message>
    <message>
        <source>The server refused the access token (status %1).</source>
        <translation>El servidor rechazó el token de acceso (estado %1).</translation>
    </message>
</context>
<context>
    <name>PasswordCommand</name>
    <message>
        <source>The profile.</source>
        <translation>El perfil.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Say which profile with --profile NAME.</source>
        <translation>Indique el perfil con --profile NOMBRE.</translation>
    </message>
    <message>
        <source>This looks like an app password shown in groups of four; the spaces were removed.</source>
        <translation>Parece una contraseña de aplicación mostrada en grupos de cuatro; se quitaron los espacios.</translation>
    </message>
    <message>
        <source>The password for &quot;%1&quot; was saved in the keyring.</source>
        <translation>La contraseña de &quot;%1&quot; se guardó en el llavero.</translation>
    </message>
    <message>
        <source>Give the password to each command on standard input or with --password-env instead.</source>
        <translation>En su lugar, indique la contraseña a cada comando por la entrada estándar o con --password-env.</translation>
    </message>
    <message>
        <source>Any password saved for &quot;%1&quot; was removed from the keyring.</source>
        <translation>Se eliminó del llavero cualquier contraseña guardada para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No saved password for &quot;%1&quot; was found. (If your keyring is locked, unlock it and try again.)</source>
        <translation>No se encontró ninguna contraseña guardada para &quot;%1&quot;. (Si su llavero está bloqueado, desbloquéelo e inténtelo de nuevo).</translation>
    </message>
    <message>
        <source>password set --profile NAME: saves the password (or key) read from standard input in the system keyring; one trailing line break is removed.
password clear --profile NAME: deletes it from the keyring.
With --imap: the password of the read-back mailbox (the profile&apos;s IMAP user), when that is another account than the one that sends.</source>
        <translation>password set --profile NOMBRE: guarda en el llavero del sistema la contraseña (o clave) leída de la entrada estándar; se elimina un salto de línea final.
password clear --profile NOMBRE: la elimina del llavero.
Con --imap: la contraseña del buzón de relectura (el usuario IMAP del perfil), cuando es otra cuenta distinta de la que envía.</translation>
    </message>
    <message>
        <source>The read-back mailbox&apos;s own password, not the sending one.</source>
        <translation>La contraseña propia del buzón de relectura, no la de envío.</translation>
    </message>
    <message>
        <source>Usage: sendcheck-cli password set|clear --profile NAME [--imap]</source>
        <translation>Uso: sendcheck-cli password set|clear --profile NOMBRE [--imap]</translation>
    </message>
    <message>
        <source>The mailbox password for &quot;%1&quot; was saved in the keyring.</source>
        <translation>La contraseña del buzón de &quot;%1&quot; se guardó en el llavero.</translation>
    </message>
    <message>
        <source>No mailbox password is saved for &quot;%1&quot; any more.</source>
        <translation>Ya no hay ninguna contraseña de buzón guardada para &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PdfModule</name>
    <message>
        <source>The PDF module could not be opened (%1).</source>
        <translation>No se ha podido abrir el módulo PDF (%1).</translation>
    </message>
</context>
<context>
    <name>PracticeCertificate</name>
    <message>
        <source>OpenSSL could not make a key and certificate for the practice server.</source>
        <translation>OpenSSL no pudo crear una clave y un certificado para el servidor de práctica.</translation>
    </message>
    <message>
        <source>Qt could not read the certificate OpenSSL made.</source>
        <translation>Qt no pudo leer el certificado creado por OpenSSL.</translation>
    </message>
</context>
<context>
    <name>PracticeCommand</name>
    <message>
        <source>Plain SMTP + STARTTLS address and port (default 127.0.0.1:2525; port 0 = any free port).</source>
        <translation>Dirección y puerto para SMTP sin cifrar + STARTTLS (predeterminado 127.0.0.1:2525; puerto 0 = cualquier puerto libre).</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>Implicit TLS address and port (default 127.0.0.1:4650; port 0 = any free port).</source>
        <translation>Dirección y puerto para TLS implícito (predeterminado 127.0.0.1:4650; puerto 0 = cualquier puerto libre).</translation>
    </message>
    <message>
        <source>A scenario name; repeat for several. drop-at takes a stage: drop-at=rcpt.</source>
        <translation>Un nombre de escenario; repítalo para varios. drop-at recibe una etapa: drop-at=rcpt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>A scenario script: one &quot;STAGE: CODE ENHANCED text&quot; or &quot;STAGE: drop&quot; per line, # for comments. Stages: %1.</source>
        <translation>Un guion de escenario: una línea &quot;STAGE: CODE ENHANCED text&quot; o &quot;STAGE: drop&quot; por línea, # para comentarios. Etapas: %1.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The lab account&apos;s user name (default practice).</source>
        <translation>El nombre de usuario de la cuenta de laboratorio (predeterminado practice).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>Read the lab account&apos;s password from this environment variable (never a flag value).</source>
        <translation>Leer la contraseña de la cuenta de laboratorio de esta variable de entorno (nunca como valor de una opción).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>How long greylist-451 defers a sender/recipient pair (default 60).</source>
        <translation>Cuánto tiempo aplaza greylist-451 un par remitente/destinatario (predeterminado 60).</translation>
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
        <translation>Cerrar las sesiones inactivas durante este número de segundos (predeterminado 300).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>List the scenarios and exit.</source>
        <translation>Mostrar los escenarios y salir.</translation>
    </message>
    <message>
        <source>Allow a non-loopback listen address. The practice server has a published password and fails on purpose: do not expose it to a network you do not control.</source>
        <translation>Permitir una dirección de escucha que no sea de loopback. El servidor de práctica tiene una contraseña publicada y falla a propósito: no lo exponga a una red que usted no controle.</translation>
    </message>
    <message>
        <source>--greylist-seconds needs a number of seconds.</source>
        <translation>--greylist-seconds necesita un número de segundos.</translation>
    </message>
    <message>
        <source>--listen and --tls-listen take HOST:PORT, as in 127.0.0.1:2525.</source>
        <translation>--listen y --tls-listen reciben HOST:PUERTO, como en 127.0.0.1:2525.</translation>
    </message>
    <message>
        <source>The practice server listens on loopback addresses only: it has a published password and fails on purpose. Use --allow-remote if you really want it reachable from other machines.</source>
        <translation>El servidor de práctica solo escucha en direcciones de loopback: tiene una contraseña publicada y falla a propósito. Use --allow-remote si de verdad quiere que sea accesible desde otros equipos.</translation>
    </message>
    <message>
        <source>--listen and --tls-listen must use the same address.</source>
        <translation>--listen y --tls-listen deben usar la misma dirección.</translation>
    </message>
    <message>
        <source>--user and --password-env go together.</source>
        <translation>--user y --password-env van juntos.</translation>
    </message>
    <message>
        <source>--idle-timeout needs a number of seconds.</source>
        <translation>--idle-timeout necesita un número de segundos.</translation>
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
        <translation>no se pudo guardar %1: %2</translation>
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
        <translation>falló la aceptación de una conexión: %1</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stopping</translation>
    </message>
    <message>
        <source>Offer XOAUTH2 and OAUTHBEARER and accept the test token in this environment variable.</source>
        <translation>Ofrecer XOAUTH2 y OAUTHBEARER y aceptar el token de prueba de esta variable de entorno.</translation>
    </message>
    <message>
        <source>The account the test token belongs to (default: the lab account&apos;s user name).</source>
        <translation>La cuenta a la que pertenece el token de prueba (predeterminado: el nombre de usuario de la cuenta de laboratorio).</translation>
    </message>
    <message>
        <source>The longest command line accepted, in bytes; a longer one is answered with 500 (default %1).</source>
        <translation>La línea de comando más larga aceptada, en bytes; a una más larga se responde con 500 (predeterminado %1).</translation>
    </message>
    <message>
        <source>The longest line of message data accepted, in bytes; a message with a longer one is refused with 554 (default %1).</source>
        <translation>La línea más larga de datos del mensaje aceptada, en bytes; un mensaje con una línea más larga se rechaza con 554 (predeterminado %1).</translation>
    </message>
    <message>
        <source>Sessions open at once; one more is answered with 421 and closed (on the implicit TLS port closed without a reply) (default %1).</source>
        <translation>Sesiones abiertas a la vez; a una más se responde con 421 y se cierra (en el puerto TLS implícito, se cierra sin respuesta) (predeterminado %1).</translation>
    </message>
    <message>
        <source>Sessions open at once from one client address; one more is answered with 421 and closed (default %1; 0 = only --max-sessions).</source>
        <translation>Sesiones abiertas a la vez desde una misma dirección de cliente; a una más se responde con 421 y se cierra (predeterminado %1; 0 = solo --max-sessions).</translation>
    </message>
    <message>
        <source>How long one session may last, however busy; then 421 and the connection closes (default %1; 0 = no limit).</source>
        <translation>Cuánto puede durar una sesión, por activa que esté; después, 421 y se cierra la conexión (predeterminado %1; 0 = sin límite).</translation>
    </message>
    <message>
        <source>With --save-dir: messages kept in the folder; beyond it the oldest saved messages are deleted, no message is refused (default %1; 0 = no limit).</source>
        <translation>Con --save-dir: mensajes que se conservan en la carpeta; por encima de ese número se eliminan los mensajes guardados más antiguos, no se rechaza ningún mensaje (predeterminado %1; 0 = sin límite).</translation>
    </message>
    <message>
        <source>With --save-dir: bytes of messages kept in the folder; beyond it the oldest saved messages are deleted (default %1; 0 = no limit).</source>
        <translation>Con --save-dir: bytes de mensajes que se conservan en la carpeta; por encima de esa cantidad se eliminan los mensajes guardados más antiguos (predeterminado %1; 0 = sin límite).</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3.</source>
        <translation>--%1 necesita un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>Save each received message there as an .eml file. The folder and the files are made private to you (0700 and 0600).</source>
        <translation>Guardar allí cada mensaje recibido como archivo .eml. La carpeta y los archivos se hacen privados para usted (0700 y 0600).</translation>
    </message>
    <message>
        <source>The message size limit in bytes, announced as SIZE; more data is answered with 552 (default %1).</source>
        <translation>El límite de tamaño de mensaje en bytes, anunciado como SIZE; a más datos se responde con 552 (predeterminado %1).</translation>
    </message>
    <message>
        <source>Where the practice certificate is kept (default: the application data folder); made private to you (0700, key and certificate 0600).</source>
        <translation>Dónde se guarda el certificado de práctica (predeterminado: la carpeta de datos de la aplicación); se hace privado para usted (0700; clave y certificado 0600).</translation>
    </message>
    <message>
        <source>--max-message-size needs a number of bytes.</source>
        <translation>--max-message-size necesita un número de bytes.</translation>
    </message>
    <message>
        <source>made private %1 (it was open to other users)</source>
        <translation>%1 se hizo privado (estaba abierto a otros usuarios)</translation>
    </message>
    <message>
        <source>note: %1 is shared or another user&apos;s; it is left as it is, and each message saved there is readable by you only</source>
        <translation>nota: %1 es compartido o pertenece a otro usuario; se deja como está, y cada mensaje guardado allí solo es legible para usted</translation>
    </message>
    <message>
        <source>removed %1 (the save folder keeps the newest messages)</source>
        <translation>se eliminó %1 (la carpeta de guardado conserva los mensajes más recientes)</translation>
    </message>
    <message>
        <source>IMAP + STARTTLS port of the practice mailbox, on the same address (default 1430, or any free port when --listen asks for one).</source>
        <translation>Puerto IMAP + STARTTLS del buzón de práctica, en la misma dirección (predeterminado 1430, o cualquier puerto libre si --listen lo pide).</translation>
    </message>
    <message>
        <source>Implicit-TLS IMAP port of the practice mailbox (default 9930, or any free port when --listen asks for one).</source>
        <translation>Puerto IMAP con TLS implícito del buzón de práctica (predeterminado 9930, o cualquier puerto libre si --listen lo pide).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>--imap-listen and --imaps-listen take a port number.</source>
        <translation>--imap-listen y --imaps-listen admiten un número de puerto.</translation>
    </message>
    <message>
        <source>Runs the practice server: a real SMTP server on this computer that fails on purpose.
Plain SMTP with STARTTLS listens on one port, implicit TLS on another. The lab account is practice / practice unless --user and --password-env are given.
The first line printed is &quot;listening smtp=HOST:PORT tls=HOST:PORT&quot;, the second &quot;listening imap=HOST:PORT imaps=HOST:PORT&quot; (the practice mailbox, where every accepted message lands); then one line per session event. Stop it with Ctrl+C (SIGINT) or SIGTERM.

Scenarios (--scenario, repeatable, several at once):
%1
Example: --scenario greylist-451 --scenario drop-at=rcpt</source>
        <translation>Ejecuta el servidor de práctica: un servidor SMTP real en este equipo que falla a propósito.
SMTP sin cifrar con STARTTLS escucha en un puerto y TLS implícito en otro. La cuenta de laboratorio es practice / practice, salvo que se indiquen --user y --password-env.
La primera línea que se muestra es &quot;listening smtp=HOST:PORT tls=HOST:PORT&quot;, la segunda &quot;listening imap=HOST:PORT imaps=HOST:PORT&quot; (el buzón de práctica, donde llega cada mensaje aceptado); después, una línea por cada evento de sesión. Deténgalo con Ctrl+C (SIGINT) o SIGTERM.

Escenarios (--scenario, se puede repetir, varios a la vez):
%1
Ejemplo: --scenario greylist-451 --scenario drop-at=rcpt</translation>
    </message>
</context>
<context>
    <name>PracticePrivateFolder</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private: %2</source>
        <translation>No se puede hacer privada la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>Lists the provider presets: the built-in ones and any *.json files in %1, which add presets or replace a built-in one with the same id.</source>
        <translation>Muestra las configuraciones predefinidas de proveedores: las integradas y los archivos *.json de %1, que añaden configuraciones o sustituyen una integrada con el mismo ID.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <source>Preset problem: %1</source>
        <translation>Problema en la configuración predefinida: %1</translation>
    </message>
    <message>
        <source> (+%1 more servers)</source>
        <translation> (+%1 servidores más)</translation>
    </message>
    <message>
        <source> [check with provider]</source>
        <translation> [confirmar con el proveedor]</translation>
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
        <translation>Sondeo de puertos de %1: %2 configuraciones probadas a la vez, sin enviar contraseña, como máximo %3 s cada una (%4 ms en total)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SEGURIDAD</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>CONNECT</source>
        <translation>CONEXIÓN</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETALLES</translation>
    </message>
    <message>
        <source>  &lt;- recommended</source>
        <translation>  &lt;- recomendado</translation>
    </message>
    <message>
        <source>Why the others:</source>
        <translation>Por qué no las demás:</translation>
    </message>
    <message>
        <source>Recommended: %1 port %2, %3. %4</source>
        <translation>Recomendado: %1 puerto %2, %3. %4</translation>
    </message>
    <message>
        <source>Nothing to recommend: %1</source>
        <translation>Nada que recomendar: %1</translation>
    </message>
    <message>
        <source>The outgoing mail server, e.g. smtp.example.com.</source>
        <translation>El servidor de correo saliente, p. ej. smtp.example.com.</translation>
    </message>
    <message>
        <source>Ports to try, comma-separated, each optionally with /tls or /starttls: 465,587 or 465/tls,2525/starttls (default: 465/tls,587/starttls,25/starttls,2525/starttls).</source>
        <translation>Puertos que probar, separados por comas, cada uno opcionalmente con /tls o /starttls: 465,587 o 465/tls,2525/starttls (predeterminado: 465/tls,587/starttls,25/starttls,2525/starttls).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file) to trust.</source>
        <translation>Certificados de CA adicionales (archivo PEM) en los que confiar.</translation>
    </message>
    <message>
        <source>Give up on each attempt after this many seconds (default 10); the whole probe takes no longer.</source>
        <translation>Abandonar cada intento después de estos segundos (predeterminado 10); el sondeo completo no tarda más.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>Also write the result as a report to FILE, in the format its name ends with: .md, .html, .json or .pdf.</source>
        <translation>Escribir también el resultado como informe en FILE, en el formato que indique la terminación de su nombre: .md, .html, .json o .pdf.</translation>
    </message>
    <message>
        <source>give one server name, e.g. sendcheck-cli probe smtp.example.com.</source>
        <translation>indique un nombre de servidor, p. ej. sendcheck-cli probe smtp.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name.</source>
        <translation>&quot;%1&quot; no es un nombre de servidor.</translation>
    </message>
    <message>
        <source>--timeout: &quot;%1&quot; is not a number of seconds from 1 to %2.</source>
        <translation>--timeout: &quot;%1&quot; no es un número de segundos de 1 a %2.</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable file.</source>
        <translation>--ca-file: &quot;%1&quot; no es un archivo legible.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history (every probe is kept there otherwise, unless SENDCHECK_NO_HISTORY is set).</source>
        <translation>No guardar esta ejecución en el historial (cada sondeo de puertos se guarda allí en caso contrario, salvo que SENDCHECK_NO_HISTORY esté definida).</translation>
    </message>
    <message>
        <source>Tries every usual way to reach a mail server at once, without a password: 465 with TLS from the start, 587, 25 and 2525 with STARTTLS (or --ports). For each: whether it connects, what the server says, what TLS gives (version, cipher, certificate), which sign-in methods it offers and what is wrong if it fails. Recommends the best working setting. Nothing but EHLO, STARTTLS and QUIT is sent. Exits with 0 when a setting works.</source>
        <translation>Prueba a la vez todas las formas habituales de llegar a un servidor de correo, sin contraseña: 465 con TLS desde el principio, 587, 25 y 2525 con STARTTLS (o --ports). Para cada una: si conecta, qué dice el servidor, qué ofrece TLS (versión, cifrado, certificado), qué métodos de inicio de sesión ofrece y qué falla si no funciona. Recomienda la mejor configuración que funcione. Solo se envían EHLO, STARTTLS y QUIT. Sale con 0 cuando una configuración funciona.</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Configuración predefinida:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation>Método de inicio de sesión:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Default to:</source>
        <translation>Para (predeterminado):</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Nombre EHLO:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Tiempo de espera:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>estándar</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo de CA:</translation>
    </message>
    <message>
        <source>Trusted SHA-256:</source>
        <translation>SHA-256 de confianza:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Advertencia:</translation>
    </message>
    <message>
        <source>signing in without encryption is allowed</source>
        <translation>se permite iniciar sesión sin cifrado</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Uso: %1 %2</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;; &apos;sendcheck-cli profile list&apos; shows them.</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot;; &apos;sendcheck-cli profile list&apos; los muestra.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &apos;sendcheck-cli profile add NAME --preset ID&apos;.</source>
        <translation>Todavía no hay perfiles. Añada uno con &apos;sendcheck-cli profile add NOMBRE --preset ID&apos;.</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>El perfil.</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nombre de usuario: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>A name for the new profile.</source>
        <translation>Un nombre para el perfil nuevo.</translation>
    </message>
    <message>
        <source>Give the server with --host HOST, or start from a preset with --preset ID (&apos;sendcheck-cli presets&apos; lists them).</source>
        <translation>Indique el servidor con --host HOST o parta de una configuración predefinida con --preset ID (&apos;sendcheck-cli presets&apos; las muestra).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added (%2:%3, %4).</source>
        <translation>Perfil &quot;%1&quot; añadido (%2:%3, %4).</translation>
    </message>
    <message>
        <source>Give the profile a new name.</source>
        <translation>Poner un nombre nuevo al perfil.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUEVO</translation>
    </message>
    <message>
        <source>The profile to change.</source>
        <translation>El perfil que se modificará.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one option (see --help).</source>
        <translation>No hay nada que cambiar: indique al menos una opción (consulte --help).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; updated.</source>
        <translation>Perfil &quot;%1&quot; actualizado.</translation>
    </message>
    <message>
        <source>The profile to delete.</source>
        <translation>El perfil que se eliminará.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Perfil &quot;%1&quot; eliminado.</translation>
    </message>
    <message>
        <source>Any password saved for it was removed from the keyring.</source>
        <translation>Se eliminó del llavero cualquier contraseña guardada para él.</translation>
    </message>
    <message>
        <source>Secure storage is unavailable, so a password saved for this profile earlier (if any) could not be removed.</source>
        <translation>El almacenamiento seguro no está disponible, así que no se pudo eliminar la contraseña guardada antes para este perfil (si la había).</translation>
    </message>
    <message>
        <source>Its password may still be in the keyring (service &quot;%1&quot;, key &quot;%2&quot;).</source>
        <translation>Puede que su contraseña siga en el llavero (servicio &quot;%1&quot;, clave &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Save it under this name.</source>
        <translation>Guardarlo con este nombre.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>A profile file (JSON).</source>
        <translation>Un archivo de perfil (JSON).</translation>
    </message>
    <message>
        <source>There is already a profile called &quot;%1&quot;; choose another name with --name.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;; elija otro nombre con --name.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; imported. Its password is not part of the file: set it with &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;.</source>
        <translation>Perfil &quot;%1&quot; importado. Su contraseña no forma parte del archivo: establézcala con &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>Where to write it.</source>
        <translation>Dónde escribirlo.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; written to %2 (without its password).</source>
        <translation>Perfil &quot;%1&quot; escrito en %2 (sin su contraseña).</translation>
    </message>
    <message>
        <source>Unknown profile command &quot;%1&quot;.</source>
        <translation>Comando de perfil desconocido &quot;%1&quot;.</translation>
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
        <translation>Uso: sendcheck-cli profile list [--json]
     sendcheck-cli profile show NOMBRE [--json]
     sendcheck-cli profile add NOMBRE (--preset ID | --host HOST) [opciones de conexión]
     sendcheck-cli profile edit NOMBRE [--rename NUEVO] [opciones de conexión]
     sendcheck-cli profile remove NOMBRE
     sendcheck-cli profile import ARCHIVO [--name NOMBRE] [--accept-trust]
     sendcheck-cli profile export NOMBRE ARCHIVO

Los perfiles nunca contienen contraseñas: use &apos;sendcheck-cli password set --profile NOMBRE&apos;.
&apos;sendcheck-cli profile add --help&apos; muestra las opciones de conexión.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix the &quot;caFile&quot; of %1 (or remove it) and import again.</source>
        <translation>No se importó nada. Corrija el &quot;caFile&quot; de %1 (o quítelo) y vuelva a importar.</translation>
    </message>
    <message>
        <source>The profile file %1 asks Sendcheck to:</source>
        <translation>El archivo de perfil %1 pide a Sendcheck que:</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot; with this trust?</source>
        <translation>¿Importar &quot;%1&quot; con esta confianza?</translation>
    </message>
    <message>
        <source>Nothing was imported. If you trust every item above (compare any fingerprint with the one your administrator gives you), import again with --accept-trust.</source>
        <translation>No se importó nada. Si confía en todos los elementos anteriores (compare cualquier huella digital con la que le dé su administrador), vuelva a importar con --accept-trust.</translation>
    </message>
    <message>
        <source>Accept what the file asks to trust (certificate pins, no encryption, sign-in without encryption, an extra CA file); without it such a file is refused, or asked about on a terminal.</source>
        <translation>Aceptar lo que el archivo pide que se considere de confianza (certificados fijados, sin cifrado, inicio de sesión sin cifrado, un archivo de CA adicional); sin esta opción, un archivo así se rechaza, o se pregunta en un terminal.</translation>
    </message>
    <message>
        <source>read-back on</source>
        <translation>relectura activada</translation>
    </message>
    <message>
        <source>read-back off</source>
        <translation>relectura desactivada</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>como %1</translation>
    </message>
    <message>
        <source>Read-back mailbox:</source>
        <translation>Buzón de relectura:</translation>
    </message>
    <message>
        <source>on: read each sent test message back from the mailbox (the window ticks &quot;Check that it arrived&quot;, an OAuth sign-in asks for mailbox access too); off: do not.</source>
        <translation>on: releer desde el buzón cada mensaje de prueba enviado (la ventana marca «Comprobar la llegada» y un inicio de sesión OAuth pide también acceso al buzón); off: no hacerlo.</translation>
    </message>
    <message>
        <source>The read-back mailbox&apos;s IMAP server (empty: the preset&apos;s, else the SMTP host).</source>
        <translation>El servidor IMAP del buzón de relectura (vacío: el del preajuste; si no, el host SMTP).</translation>
    </message>
    <message>
        <source>Its IMAP port (empty: the preset&apos;s, else 993; 143 means STARTTLS).</source>
        <translation>Su puerto IMAP (vacío: el del preajuste; si no, 993; 143 significa STARTTLS).</translation>
    </message>
    <message>
        <source>Its encryption: tls or starttls.</source>
        <translation>Su cifrado: tls o starttls.</translation>
    </message>
    <message>
        <source>Its user name (empty: the SMTP user name and secret; another account needs its password saved with &apos;password set --imap&apos;).</source>
        <translation>Su nombre de usuario (vacío: el usuario y el secreto de SMTP; otra cuenta necesita su contraseña guardada con &apos;password set --imap&apos;).</translation>
    </message>
    <message>
        <source>--read-back takes on or off.</source>
        <translation>--read-back admite on u off.</translation>
    </message>
    <message>
        <source>--imap-host takes a server name.</source>
        <translation>--imap-host admite un nombre de servidor.</translation>
    </message>
    <message>
        <source>--imap-port takes a number from 1 to 65535.</source>
        <translation>--imap-port admite un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>--imap-security takes tls or starttls.</source>
        <translation>--imap-security admite tls o starttls.</translation>
    </message>
    <message>
        <source>--imap-user takes a user name without line breaks.</source>
        <translation>--imap-user admite un nombre de usuario sin saltos de línea.</translation>
    </message>
    <message>
        <source>Trust the mailbox server&apos;s certificate by its SHA-256 fingerprint (64 hex digits, colons allowed), for that server&apos;s name and port only; repeatable; replaces the saved mailbox pins (empty: none).</source>
        <translation>Confiar en el certificado del servidor de buzón por su huella digital SHA-256 (64 dígitos hexadecimales, se admiten dos puntos), solo para el nombre y el puerto de ese servidor; repetible; sustituye los certificados guardados del buzón (vacío: ninguno).</translation>
    </message>
    <message>
        <source>--imap-pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint; give 64 hexadecimal digits, with or without colons.</source>
        <translation>--imap-pin-sha256: &quot;%1&quot; no es una huella digital SHA-256; indique 64 dígitos hexadecimales, con o sin dos puntos.</translation>
    </message>
</context>
<context>
    <name>ProviderText</name>
    <message>
        <source>Your full Gmail or Google Workspace address.</source>
        <translation>Su dirección completa de Gmail o de Google Workspace.</translation>
    </message>
    <message>
        <source>Google no longer accepts your normal account password from mail programs. Create a 16-character app password (this needs 2-Step Verification) or sign in with Google (OAuth).</source>
        <translation>Google ya no acepta la contraseña normal de su cuenta en los programas de correo. Cree una contraseña de aplicación de 16 caracteres (requiere la verificación en dos pasos) o inicie sesión con Google (OAuth).</translation>
    </message>
    <message>
        <source>Google shows app passwords in four groups of four letters. Sendcheck removes the spaces for you.</source>
        <translation>Google muestra las contraseñas de aplicación en cuatro grupos de cuatro letras. Sendcheck quita los espacios por usted.</translation>
    </message>
    <message>
        <source>App passwords are not offered to Advanced Protection accounts, and Workspace administrators can switch them off.</source>
        <translation>Las contraseñas de aplicación no se ofrecen a las cuentas con Protección Avanzada, y los administradores de Workspace pueden desactivarlas.</translation>
    </message>
    <message>
        <source>A test that stops before the message is sent cannot prove everything: send a test message to yourself.</source>
        <translation>Una prueba que se detiene antes de enviar el mensaje no puede demostrarlo todo: envíese un mensaje de prueba a usted mismo.</translation>
    </message>
    <message>
        <source>Google Workspace: 2,000 messages a day (500 on trial accounts), counted over a rolling 24 hours.</source>
        <translation>Google Workspace: 2000 mensajes al día (500 en cuentas de prueba), contados en un periodo móvil de 24 horas.</translation>
    </message>
    <message>
        <source>At most 100 recipients per message sent through SMTP.</source>
        <translation>Como máximo 100 destinatarios por mensaje enviado por SMTP.</translation>
    </message>
    <message>
        <source>Personal Gmail: roughly 500 messages or recipients a day (reported by several sources, not by Google).</source>
        <translation>Gmail personal: unos 500 mensajes o destinatarios al día (según varias fuentes, no según Google).</translation>
    </message>
    <message>
        <source>Google: sign in with app passwords</source>
        <translation>Google: iniciar sesión con contraseñas de aplicación</translation>
    </message>
    <message>
        <source>Google Workspace sending limits</source>
        <translation>Límites de envío de Google Workspace</translation>
    </message>
    <message>
        <source>Gmail SMTP error codes</source>
        <translation>Códigos de error SMTP de Gmail</translation>
    </message>
    <message>
        <source>A Workspace user&apos;s full address (only when signing in; otherwise leave the sign-in method at none).</source>
        <translation>La dirección completa de un usuario de Workspace (solo si inicia sesión; si no, deje el método de inicio de sesión en ninguno).</translation>
    </message>
    <message>
        <source>Only for Google Workspace: an administrator must first turn on the SMTP relay service in the Admin console (Apps &gt; Google Workspace &gt; Gmail &gt; Routing).</source>
        <translation>Solo para Google Workspace: un administrador debe activar primero el servicio de retransmisión SMTP en la Consola de administración (Aplicaciones &gt; Google Workspace &gt; Gmail &gt; Enrutamiento).</translation>
    </message>
    <message>
        <source>Signing in needs TLS (port 587 with STARTTLS, or 465). Without a sign-in (ports 25, 465 or 587) Google only accepts mail from IP addresses the administrator allowed.</source>
        <translation>Para iniciar sesión se necesita TLS (puerto 587 con STARTTLS, o 465). Sin inicio de sesión (puertos 25, 465 o 587), Google solo acepta correo de las direcciones IP que haya permitido el administrador.</translation>
    </message>
    <message>
        <source>10,000 messages and 10,000 unique recipients per user in 24 hours, counted by envelope sender.</source>
        <translation>10 000 mensajes y 10 000 destinatarios únicos por usuario en 24 horas, contados por remitente del sobre.</translation>
    </message>
    <message>
        <source>Per organisation: 4.6 million recipients in 24 hours and 319,444 in any 10 minutes.</source>
        <translation>Por organización: 4,6 millones de destinatarios en 24 horas y 319 444 en cualquier intervalo de 10 minutos.</translation>
    </message>
    <message>
        <source>Google: SMTP relay service</source>
        <translation>Google: servicio de retransmisión SMTP</translation>
    </message>
    <message>
        <source>The full address (UPN) of the licensed mailbox that sends.</source>
        <translation>La dirección completa (UPN) del buzón con licencia que envía.</translation>
    </message>
    <message>
        <source>Never use port 465: Microsoft 365 does not offer it for sign-in submission.</source>
        <translation>No use nunca el puerto 465: Microsoft 365 no lo ofrece para el envío con inicio de sesión.</translation>
    </message>
    <message>
        <source>Use the server name, not an IP address. TLS 1.2 or newer is required.</source>
        <translation>Use el nombre del servidor, no una dirección IP. Se requiere TLS 1.2 o posterior.</translation>
    </message>
    <message>
        <source>SMTP AUTH must be switched on for the mailbox (or the whole organisation); it is off for organisations created after January 2020, and security defaults or policies blocking legacy sign-in turn it off too.</source>
        <translation>SMTP AUTH debe estar activado para el buzón (o para toda la organización); está desactivado en las organizaciones creadas después de enero de 2020, y también lo desactivan los valores predeterminados de seguridad o las directivas que bloquean la autenticación heredada.</translation>
    </message>
    <message>
        <source>You can only send as the signed-in mailbox; another From address is refused after the message is sent.</source>
        <translation>Solo puede enviar como el buzón con el que inició sesión; otra dirección De se rechaza después de enviar el mensaje.</translation>
    </message>
    <message>
        <source>Password sign-in is being retired: Microsoft plans to switch it off by default for existing organisations at the end of December 2026. Signing in with Microsoft (OAuth) is the lasting choice.</source>
        <translation>El inicio de sesión con contraseña se está retirando: Microsoft prevé desactivarlo de forma predeterminada en las organizaciones existentes a finales de diciembre de 2026. Iniciar sesión con Microsoft (OAuth) es la opción duradera.</translation>
    </message>
    <message>
        <source>10,000 recipients a day, 30 messages a minute and 500 recipients per message (Exchange Online defaults, reported by secondary sources).</source>
        <translation>10 000 destinatarios al día, 30 mensajes por minuto y 500 destinatarios por mensaje (valores predeterminados de Exchange Online, según fuentes secundarias).</translation>
    </message>
    <message>
        <source>Repeating the same error many times can block the mailbox from SMTP sign-in for a while.</source>
        <translation>Repetir el mismo error muchas veces puede bloquear durante un tiempo el inicio de sesión SMTP del buzón.</translation>
    </message>
    <message>
        <source>Microsoft: enable SMTP AUTH</source>
        <translation>Microsoft: habilitar SMTP AUTH</translation>
    </message>
    <message>
        <source>Your full Outlook.com, Hotmail or Live address.</source>
        <translation>Su dirección completa de Outlook.com, Hotmail o Live.</translation>
    </message>
    <message>
        <source>Microsoft requires Modern Auth (OAuth) for Outlook.com; password sign-in is being withdrawn.</source>
        <translation>Microsoft exige la autenticación moderna (OAuth) para Outlook.com; el inicio de sesión con contraseña se está retirando.</translation>
    </message>
    <message>
        <source>Some guides say app passwords still work for SMTP; this is not confirmed.</source>
        <translation>Algunas guías dicen que las contraseñas de aplicación siguen funcionando para SMTP; no está confirmado.</translation>
    </message>
    <message>
        <source>A new sign-in may need your approval on your Microsoft account&apos;s recent activity page.</source>
        <translation>Puede que un nuevo inicio de sesión necesite su aprobación en la página de actividad reciente de su cuenta Microsoft.</translation>
    </message>
    <message>
        <source>About 300 recipients a day for personal accounts (one third-party source; check with Microsoft).</source>
        <translation>Unos 300 destinatarios al día para cuentas personales (según una fuente externa; confírmelo con Microsoft).</translation>
    </message>
    <message>
        <source>Your SES SMTP user name (it looks like an access key ID, AKIA...).</source>
        <translation>Su nombre de usuario SMTP de SES (parece un ID de clave de acceso, AKIA...).</translation>
    </message>
    <message>
        <source>The SMTP password is not your AWS secret access key: create SMTP credentials in the SES console.</source>
        <translation>La contraseña SMTP no es su clave de acceso secreta de AWS: cree credenciales SMTP en la consola de SES.</translation>
    </message>
    <message>
        <source>SMTP credentials only work in the region they were made for; choose the same region here.</source>
        <translation>Las credenciales SMTP solo funcionan en la región para la que se crearon; elija aquí la misma región.</translation>
    </message>
    <message>
        <source>New accounts start in the sandbox in each region: mail only goes to verified addresses.</source>
        <translation>Las cuentas nuevas empiezan en el entorno aislado (sandbox) de cada región: el correo solo llega a direcciones verificadas.</translation>
    </message>
    <message>
        <source>Every sender address or domain must be verified. SES checks this after the message is sent, so a test must send a message.</source>
        <translation>Cada dirección o dominio de remitente debe estar verificado. SES lo comprueba después de enviar el mensaje, así que una prueba debe enviar un mensaje.</translation>
    </message>
    <message>
        <source>EC2 throttles port 25; use 587 or 465. Encryption is required on every port.</source>
        <translation>EC2 limita el puerto 25; use 587 o 465. Se requiere cifrado en todos los puertos.</translation>
    </message>
    <message>
        <source>Sandbox: 200 messages in 24 hours and 1 message a second.</source>
        <translation>Sandbox: 200 mensajes en 24 horas y 1 mensaje por segundo.</translation>
    </message>
    <message>
        <source>50 recipients per message; up to 40 MB per message after encoding.</source>
        <translation>50 destinatarios por mensaje; hasta 40 MB por mensaje después de la codificación.</translation>
    </message>
    <message>
        <source>Amazon SES: connecting to the SMTP endpoint</source>
        <translation>Amazon SES: conectarse al punto de conexión SMTP</translation>
    </message>
    <message>
        <source>Amazon SES endpoints by region</source>
        <translation>Puntos de conexión de Amazon SES por región</translation>
    </message>
    <message>
        <source>Always the word apikey, not the key itself.</source>
        <translation>Siempre la palabra apikey, no la clave en sí.</translation>
    </message>
    <message>
        <source>The password is an API key with Mail Send permission.</source>
        <translation>La contraseña es una clave de API con el permiso Mail Send.</translation>
    </message>
    <message>
        <source>Paste the key without line breaks or spaces: a stray line break makes sign-in fail.</source>
        <translation>Pegue la clave sin saltos de línea ni espacios: un salto de línea de más hace fallar el inicio de sesión.</translation>
    </message>
    <message>
        <source>The From address must be a verified sender identity.</source>
        <translation>La dirección De debe ser una identidad de remitente verificada.</translation>
    </message>
    <message>
        <source>Up to 5,000 messages per connection.</source>
        <translation>Hasta 5000 mensajes por conexión.</translation>
    </message>
    <message>
        <source>SendGrid: integrating with the SMTP API</source>
        <translation>SendGrid: integración con la API SMTP</translation>
    </message>
    <message>
        <source>The SMTP login of your sending domain, such as postmaster@mg.example.com.</source>
        <translation>El usuario SMTP de su dominio de envío, como postmaster@mg.example.com.</translation>
    </message>
    <message>
        <source>Choose the region your domain lives in: the US and EU systems are separate.</source>
        <translation>Elija la región en la que está su dominio: los sistemas de EE. UU. y de la UE son independientes.</translation>
    </message>
    <message>
        <source>Use the domain&apos;s SMTP password, not your control panel password.</source>
        <translation>Use la contraseña SMTP del dominio, no la contraseña de su panel de control.</translation>
    </message>
    <message>
        <source>Google Cloud blocks ports 25 and 587 to outside servers; use 2525 there.</source>
        <translation>Google Cloud bloquea los puertos 25 y 587 hacia servidores externos; allí use el 2525.</translation>
    </message>
    <message>
        <source>Your Server API Token (the same token goes in the password), or an SMTP token&apos;s Access Key.</source>
        <translation>Su Server API Token (el mismo token va en la contraseña) o la Access Key de un token SMTP.</translation>
    </message>
    <message>
        <source>With a Server API Token, type the same token as user name and password.</source>
        <translation>Con un Server API Token, escriba el mismo token como nombre de usuario y como contraseña.</translation>
    </message>
    <message>
        <source>An SMTP token has an Access Key (user name) and a Secret Key (password) for one message stream.</source>
        <translation>Un token SMTP tiene una Access Key (nombre de usuario) y una Secret Key (contraseña) para un flujo de mensajes.</translation>
    </message>
    <message>
        <source>The Account API token does not work for SMTP.</source>
        <translation>El Account API token no funciona para SMTP.</translation>
    </message>
    <message>
        <source>There is no implicit-TLS port: port 465 is reported to hang.</source>
        <translation>No hay puerto con TLS implícito: se ha informado de que el puerto 465 se queda colgado.</translation>
    </message>
    <message>
        <source>The From address must be a confirmed sender signature or on a verified domain.</source>
        <translation>La dirección De debe ser una firma de remitente (Sender Signature) confirmada o pertenecer a un dominio verificado.</translation>
    </message>
    <message>
        <source>Postmark: sending email with SMTP</source>
        <translation>Postmark: enviar correo con SMTP</translation>
    </message>
    <message>
        <source>An SMTP user from Sending &gt; SMTP Users (not your dashboard login).</source>
        <translation>Un usuario SMTP de Sending &gt; SMTP Users (no el inicio de sesión de su panel).</translation>
    </message>
    <message>
        <source>If your network blocks the usual mail ports, try 2525, 8025, 80 or 443.</source>
        <translation>Si su red bloquea los puertos de correo habituales, pruebe 2525, 8025, 80 o 443.</translation>
    </message>
    <message>
        <source>Senders must be verified under Sending &gt; Verified Senders.</source>
        <translation>Los remitentes deben estar verificados en Sending &gt; Verified Senders.</translation>
    </message>
    <message>
        <source>SMTP2GO: SMTP relay</source>
        <translation>SMTP2GO: retransmisión SMTP</translation>
    </message>
    <message>
        <source>The SMTP login shown under SMTP &amp; API &gt; SMTP.</source>
        <translation>El usuario SMTP que se muestra en SMTP &amp; API &gt; SMTP.</translation>
    </message>
    <message>
        <source>The password is an SMTP key (it starts with xsmtpsib-), not an API key (xkeysib-).</source>
        <translation>La contraseña es una clave SMTP (empieza por xsmtpsib-), no una clave de API (xkeysib-).</translation>
    </message>
    <message>
        <source>Newer accounts may block SMTP from unknown IP addresses; allow yours under Settings &gt; Security &gt; Authorized IPs.</source>
        <translation>Las cuentas más nuevas pueden bloquear SMTP desde direcciones IP desconocidas; permita la suya en Settings &gt; Security &gt; Authorized IPs.</translation>
    </message>
    <message>
        <source>Keys are shown only once when created.</source>
        <translation>Las claves solo se muestran una vez, al crearlas.</translation>
    </message>
    <message>
        <source>Brevo: SMTP relay integration</source>
        <translation>Brevo: integración de retransmisión SMTP</translation>
    </message>
    <message>
        <source>Your full Zoho Mail address.</source>
        <translation>Su dirección completa de Zoho Mail.</translation>
    </message>
    <message>
        <source>Pick the data centre your account is in; the wrong one usually gives a sign-in failure.</source>
        <translation>Elija el centro de datos en el que está su cuenta; uno incorrecto suele provocar un fallo de inicio de sesión.</translation>
    </message>
    <message>
        <source>If two-factor authentication is on, use an application-specific password.</source>
        <translation>Si la autenticación de doble factor está activada, use una contraseña específica de la aplicación.</translation>
    </message>
    <message>
        <source>The From address must be your own address or one of its aliases.</source>
        <translation>La dirección De debe ser su propia dirección o uno de sus alias.</translation>
    </message>
    <message>
        <source>Whether the free plan allows SMTP at all is disputed; check with Zoho.</source>
        <translation>No está claro si el plan gratuito permite usar SMTP; confírmelo con Zoho.</translation>
    </message>
    <message>
        <source>Your full iCloud address (@icloud.com, @me.com or @mac.com).</source>
        <translation>Su dirección completa de iCloud (@icloud.com, @me.com o @mac.com).</translation>
    </message>
    <message>
        <source>Use an app-specific password made at appleid.apple.com; it needs two-factor authentication.</source>
        <translation>Use una contraseña específica de la aplicación creada en appleid.apple.com; requiere la autenticación de doble factor.</translation>
    </message>
    <message>
        <source>1,000 messages and 1,000 recipients a day, 500 recipients per message, 20 MB per message.</source>
        <translation>1000 mensajes y 1000 destinatarios al día, 500 destinatarios por mensaje, 20 MB por mensaje.</translation>
    </message>
    <message>
        <source>Apple: iCloud Mail sending limits</source>
        <translation>Apple: límites de envío de iCloud Mail</translation>
    </message>
    <message>
        <source>Your full Yahoo address.</source>
        <translation>Su dirección completa de Yahoo.</translation>
    </message>
    <message>
        <source>Generate an app password under Account info &gt; Account security. Your normal password is refused, often with a misleading &quot;too many bad auth attempts&quot; message even on the first try.</source>
        <translation>Genere una contraseña de aplicación en Información de la cuenta &gt; Seguridad de la cuenta. Su contraseña normal se rechaza, a menudo con un mensaje engañoso &quot;too many bad auth attempts&quot; incluso en el primer intento.</translation>
    </message>
    <message>
        <source>Your full AOL address.</source>
        <translation>Su dirección completa de AOL.</translation>
    </message>
    <message>
        <source>AOL mail runs on Yahoo&apos;s systems: use an app password (or OAuth).</source>
        <translation>El correo de AOL funciona sobre los sistemas de Yahoo: use una contraseña de aplicación (u OAuth).</translation>
    </message>
    <message>
        <source>Your full Fastmail address.</source>
        <translation>Su dirección completa de Fastmail.</translation>
    </message>
    <message>
        <source>Fastmail always requires an app password for mail programs, even without two-step verification.</source>
        <translation>Fastmail siempre exige una contraseña de aplicación para los programas de correo, incluso sin verificación en dos pasos.</translation>
    </message>
    <message>
        <source>Port 465 with TLS is the official setting; 587 with STARTTLS reportedly works too.</source>
        <translation>La configuración oficial es el puerto 465 con TLS; según parece, el 587 con STARTTLS también funciona.</translation>
    </message>
    <message>
        <source>Fastmail: server names and ports</source>
        <translation>Fastmail: nombres de servidor y puertos</translation>
    </message>
    <message>
        <source>Your full GMX address.</source>
        <translation>Su dirección completa de GMX.</translation>
    </message>
    <message>
        <source>Allow access by POP3 and IMAP once in your account&apos;s e-mail settings; until then sign-in fails.</source>
        <translation>Permita una vez el acceso por POP3 e IMAP en la configuración de correo de su cuenta; hasta entonces, el inicio de sesión falla.</translation>
    </message>
    <message>
        <source>GMX: switch on POP3 and IMAP</source>
        <translation>GMX: activar POP3 e IMAP</translation>
    </message>
    <message>
        <source>The part of your address before the @ (whether the full address also works is not confirmed).</source>
        <translation>La parte de su dirección anterior a la @ (no está confirmado si la dirección completa también funciona).</translation>
    </message>
    <message>
        <source>WEB.DE: switch on POP3 and IMAP</source>
        <translation>WEB.DE: activar POP3 e IMAP</translation>
    </message>
    <message>
        <source>Usually your full address; ask whoever runs the server.</source>
        <translation>Normalmente su dirección completa; pregunte a quien administre el servidor.</translation>
    </message>
    <message>
        <source>Use the server name and port your mail administrator or hosting provider gives you.</source>
        <translation>Use el nombre de servidor y el puerto que le indique su administrador de correo o su proveedor de alojamiento.</translation>
    </message>
    <message>
        <source>Port 587 normally uses STARTTLS and port 465 uses TLS from the start; a mismatch usually shows up as a hang or a timeout.</source>
        <translation>El puerto 587 normalmente usa STARTTLS y el puerto 465 usa TLS desde el principio; si no coinciden, normalmente se nota porque la conexión se queda colgada o se agota el tiempo de espera.</translation>
    </message>
    <message>
        <source>Always practice.</source>
        <translation>Siempre practice.</translation>
    </message>
    <message>
        <source>A mail server inside Sendcheck for trying every step without a real account. Nothing leaves this computer.</source>
        <translation>Un servidor de correo dentro de Sendcheck para probar cada paso sin una cuenta real. Nada sale de este equipo.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>The server sent a reply line of %1 bytes; at most %2 are accepted.</source>
        <translation>El servidor envió una línea de respuesta de %1 bytes; se aceptan como máximo %2.</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply (no three-digit code at the start of the line).</source>
        <translation>El servidor envió algo que no es una respuesta SMTP (no hay un código de tres dígitos al principio de la línea).</translation>
    </message>
    <message>
        <source>The reply code %1 is not valid: it must start with 2, 3, 4 or 5.</source>
        <translation>El código de respuesta %1 no es válido: debe empezar por 2, 3, 4 o 5.</translation>
    </message>
    <message>
        <source>The reply code is followed by neither a space nor a hyphen.</source>
        <translation>El código de respuesta no va seguido ni de un espacio ni de un guion.</translation>
    </message>
    <message>
        <source>The lines of one reply carry different codes (%1 and %2).</source>
        <translation>Las líneas de una misma respuesta llevan códigos distintos (%1 y %2).</translation>
    </message>
    <message>
        <source>The reply goes on for more than %1 lines.</source>
        <translation>La respuesta ocupa más de %1 líneas.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Writes a run from the history (&apos;sendcheck-cli history&apos; lists them) as a report: Markdown for a ticket, a self-contained HTML page, JSON, or PDF. Passwords and tokens are never in it; --strict-redaction also hides user names, the local part of e-mail addresses and IP addresses, for sharing outside the company.</source>
        <translation>Escribe una ejecución del historial (&apos;sendcheck-cli history&apos; las muestra) como informe: Markdown para una incidencia, una página HTML autónoma, JSON o PDF. Nunca contiene contraseñas ni tokens; --strict-redaction también oculta los nombres de usuario, la parte local de las direcciones de correo y las direcciones IP, para compartirlo fuera de la empresa.</translation>
    </message>
    <message>
        <source>The run&apos;s number.</source>
        <translation>El número de la ejecución.</translation>
    </message>
    <message>
        <source>md, html, json or pdf (default: from the --output file name, else md).</source>
        <translation>md, html, json o pdf (predeterminado: según el nombre del archivo de --output; si no, md).</translation>
    </message>
    <message>
        <source>Write the report to FILE (whole or not at all) instead of standard output. A PDF needs a file.</source>
        <translation>Escribir el informe en ARCHIVO (completo o nada) en lugar de en la salida estándar. Un PDF necesita un archivo.</translation>
    </message>
    <message>
        <source>Also hide user names, address local parts and IP addresses.</source>
        <translation>Ocultar también los nombres de usuario, la parte local de las direcciones y las direcciones IP.</translation>
    </message>
    <message>
        <source>Give one run number, e.g. sendcheck-cli report 12 --format md (&apos;sendcheck-cli history&apos; lists the runs).</source>
        <translation>Indique un número de ejecución, p. ej. sendcheck-cli report 12 --format md (&apos;sendcheck-cli history&apos; muestra las ejecuciones).</translation>
    </message>
    <message>
        <source>Unknown report format &apos;%1&apos; (use %2).</source>
        <translation>Formato de informe desconocido &apos;%1&apos; (use %2).</translation>
    </message>
    <message>
        <source>Cannot tell the format from &apos;%1&apos;: give --format (%2).</source>
        <translation>No se puede deducir el formato de &apos;%1&apos;: indique --format (%2).</translation>
    </message>
    <message>
        <source>A PDF is written to a file: give --output FILE.</source>
        <translation>Un PDF se escribe en un archivo: indique --output ARCHIVO.</translation>
    </message>
    <message>
        <source>Could not write the report to standard output.</source>
        <translation>No se pudo escribir el informe en la salida estándar.</translation>
    </message>
</context>
<context>
    <name>RunKeeper</name>
    <message>
        <source>--report: cannot tell the format from &apos;%1&apos;: name the file .md, .html, .json or .pdf.</source>
        <translation>--report: no se puede deducir el formato de &apos;%1&apos;: ponga al archivo la extensión .md, .html, .json o .pdf.</translation>
    </message>
    <message>
        <source>--report: &apos;%1&apos; is a folder; give a file name.</source>
        <translation>--report: &apos;%1&apos; es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>--report: the folder &apos;%1&apos; does not exist.</source>
        <translation>--report: la carpeta &apos;%1&apos; no existe.</translation>
    </message>
    <message>
        <source>--report: cannot write in the folder &apos;%1&apos;.</source>
        <translation>--report: no se puede escribir en la carpeta &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--report: &apos;%1&apos; exists and cannot be overwritten.</source>
        <translation>--report: &apos;%1&apos; ya existe y no se puede sobrescribir.</translation>
    </message>
    <message>
        <source>sendcheck-cli %1: warning: this run is not kept in the history. %2</source>
        <translation>sendcheck-cli %1: advertencia: esta ejecución no se guarda en el historial. %2</translation>
    </message>
</context>
<context>
    <name>SaslClient</name>
    <message>
        <source>&lt;user name &quot;%1&quot; and password, hidden&gt;</source>
        <translation>&lt;nombre de usuario &quot;%1&quot; y contraseña, ocultos&gt;</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot; and access token, hidden&gt;</source>
        <translation>&lt;nombre de usuario &quot;%1&quot; y token de acceso, ocultos&gt;</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in challenge is not valid base64.</source>
        <translation>El desafío de inicio de sesión del servidor no es base64 válido.</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot;, base64&gt;</source>
        <translation>&lt;nombre de usuario &quot;%1&quot;, base64&gt;</translation>
    </message>
    <message>
        <source>&lt;password, hidden&gt;</source>
        <translation>&lt;contraseña, oculta&gt;</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot; and a keyed digest of the password, hidden&gt;</source>
        <translation>&lt;nombre de usuario &quot;%1&quot; y un resumen con clave de la contraseña, ocultos&gt;</translation>
    </message>
    <message>
        <source>&lt;empty line: acknowledges the error&gt;</source>
        <translation>&lt;línea vacía: confirma el error&gt;</translation>
    </message>
    <message>
        <source>The server sent a sign-in challenge that %1 does not have at this step.</source>
        <translation>El servidor envió un desafío de inicio de sesión que %1 no tiene en este paso.</translation>
    </message>
    <message>
        <source>&lt;user name &quot;%1&quot;, server %2 port %3 and access token, hidden&gt;</source>
        <translation>&lt;nombre de usuario &quot;%1&quot;, servidor %2, puerto %3 y token de acceso, ocultos&gt;</translation>
    </message>
    <message>
        <source>AQ== &lt;a single 0x01 byte: acknowledges the error&gt;</source>
        <translation>AQ== &lt;un único byte 0x01: confirma el error&gt;</translation>
    </message>
    <message>
        <source>The server sent another sign-in challenge after its error instead of a final reply.</source>
        <translation>El servidor envió otro desafío de inicio de sesión después de su error, en lugar de una respuesta final.</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Everything succeeds (the default). AUTH is offered with and without TLS, as lab servers often allow.</source>
        <translation>Todo funciona (el predeterminado). AUTH se ofrece con y sin TLS, como suelen permitir los servidores de laboratorio.</translation>
    </message>
    <message>
        <source>Every command before STARTTLS is refused with 530 5.7.0; AUTH is only offered after TLS.</source>
        <translation>Todos los comandos anteriores a STARTTLS se rechazan con 530 5.7.0; AUTH solo se ofrece después de TLS.</translation>
    </message>
    <message>
        <source>MAIL FROM before a successful AUTH is refused with 530 5.7.0.</source>
        <translation>MAIL FROM antes de un AUTH correcto se rechaza con 530 5.7.0.</translation>
    </message>
    <message>
        <source>The greeting is 421 4.3.2 and the server closes the connection.</source>
        <translation>El saludo es 421 4.3.2 y el servidor cierra la conexión.</translation>
    </message>
    <message>
        <source>MAIL FROM is answered with 421 4.3.0 and the connection is closed.</source>
        <translation>A MAIL FROM se responde con 421 4.3.0 y se cierra la conexión.</translation>
    </message>
    <message>
        <source>The first RCPT TO for a sender/recipient pair gets 451 4.7.1; a retry after the greylist delay (60 seconds unless set otherwise) is accepted.</source>
        <translation>El primer RCPT TO de un par remitente/destinatario recibe 451 4.7.1; un reintento tras la espera de la lista gris (60 segundos salvo otro ajuste) se acepta.</translation>
    </message>
    <message>
        <source>Every AUTH fails with 535 5.7.8 (bad user name or password).</source>
        <translation>Todos los AUTH fallan con 535 5.7.8 (nombre de usuario o contraseña incorrectos).</translation>
    </message>
    <message>
        <source>Every AUTH fails with 534 5.7.9: an application-specific password is required.</source>
        <translation>Todos los AUTH fallan con 534 5.7.9: se requiere una contraseña específica de la aplicación.</translation>
    </message>
    <message>
        <source>Every RCPT TO is refused with 550 5.1.1 (unknown user).</source>
        <translation>Todos los RCPT TO se rechazan con 550 5.1.1 (usuario desconocido).</translation>
    </message>
    <message>
        <source>Every RCPT TO is refused with 554 5.7.1 (relay access denied).</source>
        <translation>Todos los RCPT TO se rechazan con 554 5.7.1 (acceso de retransmisión denegado).</translation>
    </message>
    <message>
        <source>The message is refused after the final dot with 552 5.3.4 (too big).</source>
        <translation>El mensaje se rechaza tras el punto final con 552 5.3.4 (demasiado grande).</translation>
    </message>
    <message>
        <source>The message is refused after the final dot with 554 5.7.1 (rejected as spam).</source>
        <translation>El mensaje se rechaza tras el punto final con 554 5.7.1 (rechazado como spam).</translation>
    </message>
    <message>
        <source>Every reply comes after a delay (3 seconds, or slow=MILLISECONDS).</source>
        <translation>Todas las respuestas llegan con retraso (3 segundos, o slow=MILISEGUNDOS).</translation>
    </message>
    <message>
        <source>drop-at=STAGE: the connection is closed without a reply at STAGE (connect, banner, ehlo, starttls, auth, mail, rcpt, data, data-end, quit).</source>
        <translation>drop-at=ETAPA: la conexión se cierra sin respuesta en ETAPA (connect, banner, ehlo, starttls, auth, mail, rcpt, data, data-end, quit).</translation>
    </message>
    <message>
        <source>Unknown scenario &quot;%1&quot;. Known scenarios: %2.</source>
        <translation>Escenario desconocido &quot;%1&quot;. Escenarios conocidos: %2.</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; takes no value.</source>
        <translation>El escenario &quot;%1&quot; no admite ningún valor.</translation>
    </message>
    <message>
        <source>greylist-451 needs a number of seconds, as in greylist-451=30.</source>
        <translation>greylist-451 necesita un número de segundos, como en greylist-451=30.</translation>
    </message>
    <message>
        <source>slow needs a delay in milliseconds, as in slow=500.</source>
        <translation>slow necesita un retraso en milisegundos, como en slow=500.</translation>
    </message>
    <message>
        <source>drop-at needs a stage, as in drop-at=rcpt. Stages: %1.</source>
        <translation>drop-at necesita una etapa, como en drop-at=rcpt. Etapas: %1.</translation>
    </message>
    <message>
        <source>The message is accepted, then filed under Junk in the practice mailbox (read it back over IMAP), with the failing SPF and DMARC results a receiver writes for mail it distrusts.</source>
        <translation>El mensaje se acepta y luego se archiva en Correo no deseado del buzón de práctica (léalo por IMAP), con los resultados SPF y DMARC fallidos que un receptor escribe para el correo del que desconfía.</translation>
    </message>
    <message>
        <source>An open relay: AUTH is not offered and RCPT TO for any domain is taken from anyone (the server check&apos;s open relay test finds it).</source>
        <translation>Un relé abierto: no se ofrece AUTH y se acepta de cualquiera RCPT TO para cualquier dominio (la prueba de relé abierto de la comprobación del servidor lo detecta).</translation>
    </message>
</context>
<context>
    <name>ScenarioScript</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;STAGE: CODE ENHANCED text&quot; or &quot;STAGE: drop&quot;, as in &quot;rcpt: 550 5.1.1 No such user here&quot;.</source>
        <translation>se esperaba &quot;STAGE: CODE ENHANCED text&quot; o &quot;STAGE: drop&quot;, como en &quot;rcpt: 550 5.1.1 No such user here&quot;.</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; stages are %2.</source>
        <translation>etapa desconocida &quot;%1&quot;; las etapas son %2.</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; has no reply; write a code such as 550, or drop.</source>
        <translation>la etapa &quot;%1&quot; no tiene respuesta; escriba un código como 550, o drop.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-digit reply code.</source>
        <translation>&quot;%1&quot; no es un código de respuesta de tres dígitos.</translation>
    </message>
    <message>
        <source>the code %1 would not make the stage fail; use a 4xx or 5xx code.</source>
        <translation>el código %1 no haría fallar la etapa; use un código 4xx o 5xx.</translation>
    </message>
    <message>
        <source>the enhanced code %1 does not match the reply code %2 (both must start with the same digit).</source>
        <translation>el código extendido %1 no coincide con el código de respuesta %2 (ambos deben empezar por el mismo dígito).</translation>
    </message>
    <message>
        <source>%1: cannot read the scenario file: %2</source>
        <translation>%1: no se puede leer el archivo de escenario: %2</translation>
    </message>
    <message>
        <source>%1: a scenario file larger than 1 MB is not a scenario.</source>
        <translation>%1: un archivo de escenario de más de 1 MB no es un escenario.</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>Use the saved profile NAME; flags given as well override it.</source>
        <translation>Usar el perfil guardado NOMBRE; las opciones indicadas además lo anulan.</translation>
    </message>
    <message>
        <source>Read the password (or token) from standard input.</source>
        <translation>Leer la contraseña (o el token) de la entrada estándar.</translation>
    </message>
    <message>
        <source>Read the password (or token) from the environment variable VAR.</source>
        <translation>Leer la contraseña (o el token) de la variable de entorno VAR.</translation>
    </message>
    <message>
        <source>Copy to ADDR (repeatable).</source>
        <translation>Enviar copia a DIR (se puede repetir).</translation>
    </message>
    <message>
        <source>The subject line.</source>
        <translation>La línea de asunto.</translation>
    </message>
    <message>
        <source>The message text.</source>
        <translation>El texto del mensaje.</translation>
    </message>
    <message>
        <source>Read the message text (UTF-8) from file F.</source>
        <translation>Leer el texto del mensaje (UTF-8) del archivo F.</translation>
    </message>
    <message>
        <source>Add an HTML version read from file F.</source>
        <translation>Añadir una versión HTML leída del archivo F.</translation>
    </message>
    <message>
        <source>Attach file F (repeatable).</source>
        <translation>Adjuntar el archivo F (se puede repetir).</translation>
    </message>
    <message>
        <source>Stop after STAGE: connect, banner, ehlo, tls, auth, mail, rcpt or data (data: the server said 354; the connection is closed without sending, so nothing is delivered).</source>
        <translation>Detenerse después de ETAPA: connect, banner, ehlo, tls, auth, mail, rcpt o data (data: el servidor respondió 354; la conexión se cierra sin enviar, así que no se entrega nada).</translation>
    </message>
    <message>
        <source>Send N messages (a burst, to find rate limits).</source>
        <translation>Enviar N mensajes (una ráfaga, para descubrir límites de envío).</translation>
    </message>
    <message>
        <source>Spread a burst over C connections, each reused with RSET.</source>
        <translation>Repartir una ráfaga entre C conexiones, cada una reutilizada con RSET.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Mostrar un único objeto JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Print only the verdict, not the transcript.</source>
        <translation>Mostrar solo el veredicto, no la transcripción.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>  recipient %1: accepted</source>
        <translation>  destinatario %1: aceptado</translation>
    </message>
    <message>
        <source>  recipient %1: REFUSED: %2</source>
        <translation>  destinatario %1: RECHAZADO: %2</translation>
    </message>
    <message>
        <source>Sent: the server accepted the message</source>
        <translation>Enviado: el servidor aceptó el mensaje</translation>
    </message>
    <message>
        <source>OK: everything up to &apos;%1&apos; works</source>
        <translation>OK: todo funciona hasta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>✘ Failed at %1 (%2)</source>
        <translation>✘ Falló en %1 (%2)</translation>
    </message>
    <message>
        <source>  (the message was still delivered to the accepted recipients)</source>
        <translation>  (el mensaje se entregó de todos modos a los destinatarios aceptados)</translation>
    </message>
    <message>
        <source>First failure:</source>
        <translation>Primer fallo:</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--host is required (or --profile, or --preset).</source>
        <translation>Se requiere --host (o --profile, o --preset).</translation>
    </message>
    <message>
        <source>--quit-after takes one of: %1.</source>
        <translation>--quit-after admite uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>--count takes a number from 1 to 1000000.</source>
        <translation>--count admite un número de 1 a 1000000.</translation>
    </message>
    <message>
        <source>--connections takes a number from 1 to 100.</source>
        <translation>--connections admite un número de 1 a 100.</translation>
    </message>
    <message>
        <source>--count and --connections send messages; they do not go with --quit-after.</source>
        <translation>--count y --connections envían mensajes; no se combinan con --quit-after.</translation>
    </message>
    <message>
        <source>give the secret either on standard input or in an environment variable, not both.</source>
        <translation>indique el secreto por la entrada estándar o en una variable de entorno, no de las dos formas.</translation>
    </message>
    <message>
        <source>--from is required to send a message.</source>
        <translation>Se requiere --from para enviar un mensaje.</translation>
    </message>
    <message>
        <source>--to is required to send a message.</source>
        <translation>Se requiere --to para enviar un mensaje.</translation>
    </message>
    <message>
        <source>Sendcheck test message</source>
        <translation>Mensaje de prueba de Sendcheck</translation>
    </message>
    <message>
        <source>give --body or --body-file, not both.</source>
        <translation>indique --body o --body-file, no ambos.</translation>
    </message>
    <message>
        <source>This is a test message from Sendcheck, sent through %1 port %2 from %3 to check the outgoing mail settings.
</source>
        <translation>Este es un mensaje de prueba de Sendcheck, enviado a través de %1, puerto %2, desde %3 para comprobar la configuración del correo saliente.
</translation>
    </message>
    <message>
        <source>a password was given but no --user.</source>
        <translation>se indicó una contraseña, pero no --user.</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot; (&apos;sendcheck-cli profile list&apos; shows them).</source>
        <translation>No hay ningún perfil llamado &quot;%1&quot; (&apos;sendcheck-cli profile list&apos; los muestra).</translation>
    </message>
    <message>
        <source>--user is set but no password was given: use --password-stdin or --password-env VAR (or a saved profile with &apos;sendcheck-cli password set&apos;).</source>
        <translation>--user está definido, pero no se indicó ninguna contraseña: use --password-stdin o --password-env VAR (o un perfil guardado con &apos;sendcheck-cli password set&apos;).</translation>
    </message>
    <message>
        <source>No password is saved for &quot;%1&quot; (%2). Save one with &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos;, or give it with --password-stdin.</source>
        <translation>No hay ninguna contraseña guardada para &quot;%1&quot; (%2). Guarde una con &apos;sendcheck-cli password set --profile &quot;%1&quot;&apos; o indíquela con --password-stdin.</translation>
    </message>
    <message>
        <source> Give the password with --password-stdin or --password-env instead.</source>
        <translation> En su lugar, indique la contraseña con --password-stdin o --password-env.</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Causas probables:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Provider note: </source>
        <translation>Nota del proveedor: </translation>
    </message>
    <message>
        <source>Reference: </source>
        <translation>Referencia: </translation>
    </message>
    <message>
        <source>Sign in with &apos;sendcheck-cli oauth login --profile &quot;%1&quot;&apos;.</source>
        <translation>Inicie sesión con &apos;sendcheck-cli oauth login --profile &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>Sends a test message (or tests the connection with --quit-after) and shows every line of the SMTP conversation.

A secret is never a flag value: give it on standard input (--password-stdin), in an environment variable (--password-env VAR), or keep it in the keychain with &apos;sendcheck-cli password set --profile NAME&apos;. With --auth xoauth2 the secret is the OAuth access token. A profile that signs in with OAuth (&apos;sendcheck-cli oauth login&apos;) takes its token from the keyring and renews it when it has expired.

Exit codes: 0 sent (or stopped where asked), 1 other failure, 2 bad usage or input, 3 connect, 4 greeting, 5 EHLO, 6 STARTTLS/TLS, 7 sign-in (also: no usable OAuth sign-in), 8 sender (MAIL FROM), 9 recipient (RCPT TO), 10 message (DATA), 130 cancelled.

Every run is kept in the history (&apos;sendcheck-cli history&apos;; &apos;sendcheck-cli report ID&apos; writes it as a report later) unless --no-history is given or the environment variable SENDCHECK_NO_HISTORY is set. --report FILE writes the report at once; a report that cannot be written makes a successful send exit with 1.</source>
        <translation>Envía un mensaje de prueba (o prueba la conexión con --quit-after) y muestra cada línea de la conversación SMTP.

Un secreto nunca es el valor de una opción: indíquelo por la entrada estándar (--password-stdin), en una variable de entorno (--password-env VAR) o guárdelo en el llavero con &apos;sendcheck-cli password set --profile NOMBRE&apos;. Con --auth xoauth2, el secreto es el token de acceso OAuth. Un perfil que inicia sesión con OAuth (&apos;sendcheck-cli oauth login&apos;) toma su token del llavero y lo renueva cuando ha caducado.

Códigos de salida: 0 enviado (o detenido donde se pidió), 1 otro fallo, 2 uso o datos incorrectos, 3 conexión, 4 saludo, 5 EHLO, 6 STARTTLS/TLS, 7 inicio de sesión (también: no hay un inicio de sesión OAuth utilizable), 8 remitente (MAIL FROM), 9 destinatario (RCPT TO), 10 mensaje (DATA), 130 cancelado.

Cada ejecución se guarda en el historial (&apos;sendcheck-cli history&apos;; &apos;sendcheck-cli report ID&apos; la escribe después como informe), salvo que se indique --no-history o esté definida la variable de entorno SENDCHECK_NO_HISTORY. --report ARCHIVO escribe el informe de inmediato; si el informe no se puede escribir, un envío correcto termina con 1.</translation>
    </message>
    <message>
        <source>Also write the run as a report to FILE, in the format its name ends with: .md (Markdown, for a ticket), .html, .json or .pdf. Passwords and tokens are never in it.</source>
        <translation>Escribir también la ejecución como informe en ARCHIVO, en el formato que indique la extensión de su nombre: .md (Markdown, para una incidencia), .html, .json o .pdf. Nunca contiene contraseñas ni tokens.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history (also: environment variable SENDCHECK_NO_HISTORY=1).</source>
        <translation>No guardar esta ejecución en el historial (también: variable de entorno SENDCHECK_NO_HISTORY=1).</translation>
    </message>
    <message>
        <source>Burst sent: %1</source>
        <translation>Ráfaga enviada: %1</translation>
    </message>
    <message>
        <source>Burst: %1; first failure: %2</source>
        <translation>Ráfaga: %1; primer fallo: %2</translation>
    </message>
    <message>
        <source>Burst</source>
        <translation>Ráfaga</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>IMAP encryption: tls or starttls.</source>
        <translation>Cifrado IMAP: tls o starttls.</translation>
    </message>
    <message>
        <source>Wait up to SECONDS for the message to arrive (default 120, at most 900).</source>
        <translation>Esperar hasta SECONDS a que llegue el mensaje (predeterminado 120, como máximo 900).</translation>
    </message>
    <message>
        <source>--%1 belongs to --read-back.</source>
        <translation>--%1 pertenece a --read-back.</translation>
    </message>
    <message>
        <source>--read-back looks for one sent message; it does not go with --quit-after, --count or --connections.</source>
        <translation>--read-back busca un mensaje enviado; no es compatible con --quit-after, --count ni --connections.</translation>
    </message>
    <message>
        <source>--imap-port takes a number from 1 to 65535.</source>
        <translation>--imap-port admite un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>--imap-security takes tls or starttls.</source>
        <translation>--imap-security admite tls o starttls.</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to %1.</source>
        <translation>--wait admite un número de segundos de 0 a %1.</translation>
    </message>
    <message>
        <source>Read-back from the mailbox:</source>
        <translation>Relectura desde el buzón:</translation>
    </message>
    <message>
        <source>Looking for the message in %1 on %2:%3 as %4 (up to %5 s)</source>
        <translation>Buscando el mensaje %1 en %2:%3 como %4 (hasta %5 s)</translation>
    </message>
    <message>
        <source>Fix: run again with --security tls (and the same --port).</source>
        <translation>Solución: vuelva a ejecutar con --security tls (y el mismo --port).</translation>
    </message>
    <message>
        <source>Send the prepared message in FILE (RFC 5322, such as an .eml a mail program saved) as it is, header fields included; the envelope comes from --from, --to and --cc (or the profile). Line ends go out as CR LF; nothing else is changed.</source>
        <translation>Enviar tal cual el mensaje preparado en FILE (RFC 5322, por ejemplo un .eml guardado por un programa de correo), con sus campos de encabezado; el sobre se toma de --from, --to y --cc (o del perfil). Los finales de línea salen como CR LF; no se cambia nada más.</translation>
    </message>
    <message>
        <source>Note: %1 has Unix line ends (LF); they go out as CR LF, as SMTP requires. Nothing else in the message is changed.</source>
        <translation>Nota: %1 tiene finales de línea de Unix (LF); salen como CR LF, como exige SMTP. No se cambia nada más en el mensaje.</translation>
    </message>
    <message>
        <source>--message-file sends the file as it is; it does not go with %1.</source>
        <translation>--message-file envía el archivo tal cual; no se combina con %1.</translation>
    </message>
    <message>
        <source>--message-file sends one message; it does not go with --count or --connections.</source>
        <translation>--message-file envía un solo mensaje; no se combina con --count ni --connections.</translation>
    </message>
    <message>
        <source>--read-back looks for a message that Sendcheck wrote; it does not go with --message-file.</source>
        <translation>--read-back busca un mensaje escrito por Sendcheck; no se combina con --message-file.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) over %1 in %2 s: %3 accepted, %4 deferred (4xx), %5 rejected (5xx), %6 not sent; %7 messages per second</source>
        <translation>
            <numerusform>%n mensaje en %1 en %2 s: %3 aceptados, %4 aplazados (4xx), %5 rechazados (5xx), %6 no enviados; %7 mensajes por segundo</numerusform>
            <numerusform>%n mensajes en %1 en %2 s: %3 aceptados, %4 aplazados (4xx), %5 rechazados (5xx), %6 no enviados; %7 mensajes por segundo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>The mailbox&apos;s IMAP server (default: the profile&apos;s read-back mailbox, else the preset&apos;s, else the SMTP host).</source>
        <translation>El servidor IMAP del buzón (predeterminado: el del buzón de relectura del perfil; si no, el del preajuste; si no, el host SMTP).</translation>
    </message>
    <message>
        <source>The IMAP port (default: the profile&apos;s, else the preset&apos;s, else 993; 143 means STARTTLS).</source>
        <translation>El puerto IMAP (predeterminado: el del perfil; si no, el del preajuste; si no, 993; 143 significa STARTTLS).</translation>
    </message>
    <message>
        <source>The mailbox user name (default: the profile&apos;s read-back mailbox user, else the SMTP user name with the same secret; another account uses the mailbox password saved with `password set --imap`).</source>
        <translation>El nombre de usuario del buzón (predeterminado: el del buzón de relectura del perfil; si no, el de SMTP con el mismo secreto; otra cuenta usa la contraseña de buzón guardada con `password set --imap`).</translation>
    </message>
    <message>
        <source>After a successful send, look for the message in the mailbox over IMAP and show where it landed and how the receiver judged it (a profile with read-back on does this without the flag).</source>
        <translation>Tras un envío correcto, buscar el mensaje en el buzón por IMAP y mostrar dónde llegó y cómo lo valoró el receptor (un perfil con la relectura activada lo hace sin esta opción).</translation>
    </message>
    <message>
        <source>Do not read the message back, even though the profile has read-back on.</source>
        <translation>No releer el mensaje, aunque el perfil tenga la relectura activada.</translation>
    </message>
    <message>
        <source>Trust the mailbox server&apos;s certificate by its SHA-256 fingerprint (64 hex digits, colons allowed) for this run; repeatable. Pins saved for the mailbox server with the profile apply as well; the SMTP server&apos;s never do.</source>
        <translation>Confiar en el certificado del servidor de buzón por su huella digital SHA-256 (64 dígitos hexadecimales, se admiten dos puntos) para esta ejecución; repetible. También valen los certificados guardados en el perfil para el servidor de buzón; los del servidor SMTP, nunca.</translation>
    </message>
    <message>
        <source>With --read-back, or with a profile that has read-back on, Sendcheck signs in to the mailbox (IMAP, read-only, with the same password or OAuth sign-in, or the mailbox&apos;s own password) after the message was accepted, finds it by its Message-ID within --wait seconds, and reports whether it arrived, in which folder (inbox or junk), after how long, the receiver&apos;s SPF, DKIM, DMARC and ARC results and the hops it took. Read-back exit codes, when the send itself succeeded: 11 not arrived within the wait, 12 the mailbox could not be read, 13 arrived as spam, 130 stopped with Ctrl+C while waiting.</source>
        <translation>Con --read-back, o con un perfil que tenga la relectura activada, Sendcheck inicia sesión en el buzón (IMAP, solo lectura, con la misma contraseña o el mismo inicio de sesión OAuth, o con la contraseña propia del buzón) una vez aceptado el mensaje, lo encuentra por su Message-ID en un máximo de --wait segundos e informa de si llegó, a qué carpeta (bandeja de entrada o correo no deseado), tras cuánto tiempo, los resultados SPF, DKIM, DMARC y ARC del receptor y los saltos que dio. Códigos de salida de la relectura, cuando el envío en sí funcionó: 11 no llegó dentro de la espera, 12 no se pudo leer el buzón, 13 llegó como spam, 130 detenido con Ctrl+C durante la espera.</translation>
    </message>
    <message>
        <source>give --read-back or --no-read-back, not both.</source>
        <translation>indique --read-back o --no-read-back, no ambos.</translation>
    </message>
    <message>
        <source>--imap-pin-sha256: &quot;%1&quot; is not a SHA-256 fingerprint; give 64 hexadecimal digits, with or without colons.</source>
        <translation>--imap-pin-sha256: &quot;%1&quot; no es una huella digital SHA-256; indique 64 dígitos hexadecimales, con o sin dos puntos.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::AutoconfigConfig</name>
    <message>
        <source>not well-formed XML (line %1: %2)</source>
        <translation>XML mal formado (línea %1: %2)</translation>
    </message>
    <message>
        <source>not an autoconfig file (no &lt;clientConfig&gt;)</source>
        <translation>no es un archivo autoconfig (no hay &lt;clientConfig&gt;)</translation>
    </message>
    <message>
        <source>no &lt;emailProvider&gt; in the file</source>
        <translation>no hay &lt;emailProvider&gt; en el archivo</translation>
    </message>
    <message>
        <source>no usable outgoing (SMTP) server in the file</source>
        <translation>no hay ningún servidor saliente (SMTP) utilizable en el archivo</translation>
    </message>
</context>
<context>
    <name>Sendcheck::AutoconfigFetch</name>
    <message>
        <source>no complete answer within %1 seconds</source>
        <translation>no hubo una respuesta completa en %1 segundos</translation>
    </message>
    <message>
        <source>the answer is too large (%1 bytes or more; at most %2 are read)</source>
        <translation>la respuesta es demasiado grande (%1 bytes o más; se leen como máximo %2)</translation>
    </message>
    <message>
        <source>the answer is too large (more than %1 bytes)</source>
        <translation>la respuesta es demasiado grande (más de %1 bytes)</translation>
    </message>
    <message>
        <source>not there (HTTP %1)</source>
        <translation>no existe (HTTP %1)</translation>
    </message>
    <message>
        <source>too many redirects (more than %1): a redirect loop?</source>
        <translation>demasiadas redirecciones (más de %1): ¿un bucle de redirección?</translation>
    </message>
    <message>
        <source>redirected from HTTPS to plain HTTP: refused</source>
        <translation>redirigido de HTTPS a HTTP sin cifrar: rechazado</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>el certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>the server name does not exist</source>
        <translation>el nombre del servidor no existe</translation>
    </message>
    <message>
        <source>no web server there (connection refused)</source>
        <translation>no hay ningún servidor web ahí (conexión rechazada)</translation>
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
        <translation>El registro debe empezar por v=BIMI1.</translation>
    </message>
    <message>
        <source>The record has no logo (l=).</source>
        <translation>El registro no tiene logotipo (l=).</translation>
    </message>
    <message>
        <source>l=%1 is not an https: address.</source>
        <translation>l=%1 no es una dirección https:.</translation>
    </message>
    <message>
        <source>l=%1 does not name an SVG file; the logo must be SVG Tiny PS.</source>
        <translation>l=%1 no apunta a un archivo SVG; el logotipo debe ser SVG Tiny PS.</translation>
    </message>
    <message>
        <source>a=%1 is not an https: address.</source>
        <translation>a=%1 no es una dirección https:.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Blocklist</name>
    <message>
        <source>a return code this list does not document (%1)</source>
        <translation>un código de retorno que esta lista no documenta (%1)</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CaFile</name>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de CA %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 is larger than %2 KiB, which no file of CA certificates is; it was not used.</source>
        <translation>El archivo de CA %1 tiene más de %2 KiB, algo que ningún archivo de certificados de CA ocupa; no se usó.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER); it was not used.</source>
        <translation>El archivo de CA %1 no contiene ningún certificado (PEM o DER); no se usó.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado no de confianza</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detalles del certificado</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;No confiar</translation>
    </message>
    <message>
        <source>Do not trust this certificate</source>
        <translation>No confiar en este certificado</translation>
    </message>
    <message>
        <source>The server %1 showed a certificate that this computer cannot verify. This is what a lab server with its own certificate looks like, and also what an attacker in the middle looks like. Trust it only if you know this is your server&apos;s certificate: compare the SHA-256 fingerprint with the one your administrator gives you. It will be trusted for %1 only, not for any other server or port.</source>
        <translation>El servidor %1 presentó un certificado que este equipo no puede verificar. Así se ve un servidor de laboratorio con su propio certificado, pero también un atacante que se interpone en la conexión. Confíe en él solo si sabe que es el certificado de su servidor: compare la huella digital SHA-256 con la que le dé su administrador. Solo se confiará en él para %1, no para ningún otro servidor ni puerto.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for %1</source>
        <translation>&amp;Confiar en este certificado para %1</translation>
    </message>
    <message>
        <source>Trust this certificate for %1</source>
        <translation>Confiar en este certificado para %1</translation>
    </message>
    <message>
        <source>The encryption in use, what did not verify, and each certificate the server showed: who it names, who issued it, how long it is valid and its SHA-256 fingerprint.</source>
        <translation>El cifrado en uso, lo que no se pudo verificar y cada certificado que mostró el servidor: a quién nombra, quién lo emitió, cuánto tiempo es válido y su huella SHA-256.</translation>
    </message>
    <message>
        <source>Keeps this certificate&apos;s SHA-256 fingerprint in the profile: from then on this certificate is accepted for %1, and only there, although it does not verify.</source>
        <translation>Guarda la huella SHA-256 de este certificado en el perfil: a partir de entonces, este certificado se acepta para %1, y solo allí, aunque no se pueda verificar.</translation>
    </message>
    <message>
        <source>Closes this dialog and changes nothing: the certificate stays untrusted.</source>
        <translation>Cierra este diálogo sin cambiar nada: el certificado sigue sin ser de confianza.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CommandExplanations</name>
    <message>
        <source>EHLO: the client says hello, gives its name, and asks the server to list the extensions it supports (ESMTP).</source>
        <translation>EHLO: el cliente saluda, da su nombre y pide al servidor que enumere las extensiones que admite (ESMTP).</translation>
    </message>
    <message>
        <source>HELO: the old hello of plain SMTP; no extensions, so no encryption and no sign-in.</source>
        <translation>HELO: el saludo antiguo del SMTP básico; sin extensiones, por lo tanto sin cifrado ni inicio de sesión.</translation>
    </message>
    <message>
        <source>STARTTLS: asks the server to switch this connection to TLS encryption; after the handshake the client says EHLO again.</source>
        <translation>STARTTLS: pide al servidor que cambie esta conexión a cifrado TLS; tras el protocolo de enlace, el cliente vuelve a enviar EHLO.</translation>
    </message>
    <message>
        <source>AUTH: signs in with the chosen method (PLAIN, LOGIN, CRAM-MD5, XOAUTH2). The secret itself is never shown in the transcript.</source>
        <translation>AUTH: inicia sesión con el método elegido (PLAIN, LOGIN, CRAM-MD5, XOAUTH2). El secreto en sí nunca se muestra en la transcripción.</translation>
    </message>
    <message>
        <source>MAIL FROM: starts a message and names the envelope sender, where bounces go.</source>
        <translation>MAIL FROM: inicia un mensaje e indica el remitente del sobre, adonde van las devoluciones.</translation>
    </message>
    <message>
        <source>RCPT TO: names one recipient; the server accepts or refuses each recipient separately.</source>
        <translation>RCPT TO: indica un destinatario; el servidor acepta o rechaza cada destinatario por separado.</translation>
    </message>
    <message>
        <source>DATA: asks to send the message itself; after a 354 answer the headers and body follow.</source>
        <translation>DATA: pide enviar el mensaje en sí; tras una respuesta 354 siguen los encabezados y el cuerpo.</translation>
    </message>
    <message>
        <source>The final dot: a line with only &quot;.&quot; ends the message. The reply to it says whether the server took the message.</source>
        <translation>El punto final: una línea con solo &quot;.&quot; termina el mensaje. La respuesta indica si el servidor aceptó el mensaje.</translation>
    </message>
    <message>
        <source>QUIT: says goodbye politely; the server answers 221 and closes the connection.</source>
        <translation>QUIT: se despide educadamente; el servidor responde 221 y cierra la conexión.</translation>
    </message>
    <message>
        <source>RSET: forgets the message being prepared (sender, recipients) but keeps the connection and the sign-in.</source>
        <translation>RSET: descarta el mensaje en preparación (remitente, destinatarios), pero mantiene la conexión y la sesión iniciada.</translation>
    </message>
    <message>
        <source>NOOP: does nothing; checks that the server is still listening.</source>
        <translation>NOOP: no hace nada; comprueba que el servidor sigue escuchando.</translation>
    </message>
    <message>
        <source>VRFY: asks whether a mailbox exists; most servers decline to say, to keep spammers from guessing addresses.</source>
        <translation>VRFY: pregunta si existe un buzón; la mayoría de los servidores no lo dicen, para que los spammers no adivinen direcciones.</translation>
    </message>
    <message>
        <source>EXPN: asks for the members of a mailing list; almost always switched off for privacy.</source>
        <translation>EXPN: pide los miembros de una lista de correo; casi siempre está desactivado por privacidad.</translation>
    </message>
    <message>
        <source>PIPELINING: the client may send several commands without waiting for each answer, which saves round trips.</source>
        <translation>PIPELINING: el cliente puede enviar varios comandos sin esperar cada respuesta, lo que ahorra viajes de ida y vuelta.</translation>
    </message>
    <message>
        <source>SIZE: the largest message the server accepts, in bytes.</source>
        <translation>SIZE: el mensaje más grande que acepta el servidor, en bytes.</translation>
    </message>
    <message>
        <source>8BITMIME: the message may contain 8-bit text, not only 7-bit ASCII.</source>
        <translation>8BITMIME: el mensaje puede contener texto de 8 bits, no solo ASCII de 7 bits.</translation>
    </message>
    <message>
        <source>SMTPUTF8: addresses may contain non-ASCII characters (internationalised email).</source>
        <translation>SMTPUTF8: las direcciones pueden contener caracteres no ASCII (correo internacionalizado).</translation>
    </message>
    <message>
        <source>ENHANCEDSTATUSCODES: replies carry a detailed code like 5.7.8 that says more exactly what happened.</source>
        <translation>ENHANCEDSTATUSCODES: las respuestas llevan un código detallado como 5.7.8 que indica con más precisión qué pasó.</translation>
    </message>
    <message>
        <source>CHUNKING: the message may be sent in sized pieces with BDAT instead of DATA.</source>
        <translation>CHUNKING: el mensaje puede enviarse en fragmentos de tamaño indicado con BDAT en lugar de DATA.</translation>
    </message>
    <message>
        <source>STARTTLS: the server can switch this connection to encryption.</source>
        <translation>STARTTLS: el servidor puede cambiar esta conexión a cifrado.</translation>
    </message>
    <message>
        <source>AUTH: the sign-in methods the server accepts on this connection.</source>
        <translation>AUTH: los métodos de inicio de sesión que acepta el servidor en esta conexión.</translation>
    </message>
    <message>
        <source>DSN: the client may ask for delivery status notifications.</source>
        <translation>DSN: el cliente puede pedir notificaciones del estado de la entrega.</translation>
    </message>
    <message>
        <source>220: the server is ready (the greeting, or ready to start TLS).</source>
        <translation>220: el servidor está listo (el saludo, o listo para iniciar TLS).</translation>
    </message>
    <message>
        <source>221: the server says goodbye and closes the connection.</source>
        <translation>221: el servidor se despide y cierra la conexión.</translation>
    </message>
    <message>
        <source>235: signed in.</source>
        <translation>235: sesión iniciada.</translation>
    </message>
    <message>
        <source>250: done; the command was accepted.</source>
        <translation>250: hecho; el comando se aceptó.</translation>
    </message>
    <message>
        <source>%1: accepted; the server will forward or try to deliver.</source>
        <translation>%1: aceptado; el servidor lo reenviará o intentará entregarlo.</translation>
    </message>
    <message>
        <source>334: the server waits for the next part of the sign-in.</source>
        <translation>334: el servidor espera la siguiente parte del inicio de sesión.</translation>
    </message>
    <message>
        <source>354: go ahead, send the message; end it with a line holding only a dot.</source>
        <translation>354: adelante, envíe el mensaje; termínelo con una línea que contenga solo un punto.</translation>
    </message>
    <message>
        <source>%1: a temporary failure; the same command may work later.</source>
        <translation>%1: un fallo temporal; el mismo comando puede funcionar más tarde.</translation>
    </message>
    <message>
        <source>%1: a permanent failure; repeating it unchanged will not help.</source>
        <translation>%1: un fallo permanente; repetirlo sin cambios no servirá.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::CredentialStore</name>
    <message>
        <source>The profile id &quot;%1&quot; is not one Sendcheck issued, so no saved secret is used for it. Import or re-create the profile to give it a new id.</source>
        <translation>El ID de perfil &quot;%1&quot; no lo emitió Sendcheck, así que no se usa ningún secreto guardado para él. Importe o vuelva a crear el perfil para darle un ID nuevo.</translation>
    </message>
    <message>
        <source>The keyring entry &quot;%1&quot; was not written for this profile&apos;s %2, so it was not used. Save the secret again.</source>
        <translation>La entrada del llavero &quot;%1&quot; no se escribió para este perfil (%2), así que no se usó. Vuelva a guardar el secreto.</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>mailbox password</source>
        <translation>contraseña del buzón</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DaneMatch</name>
    <message>
        <source>a certificate of the chain cannot be read</source>
        <translation>un certificado de la cadena no se puede leer</translation>
    </message>
    <message>
        <source>the TLS library could not check the chain</source>
        <translation>la biblioteca TLS no pudo comprobar la cadena</translation>
    </message>
    <message>
        <source>the server showed no certificate</source>
        <translation>el servidor no presentó ningún certificado</translation>
    </message>
    <message>
        <source>%1 matches certificate %2 of the chain (%3), but the chain below it does not hold: %4</source>
        <translation>%1 coincide con el certificado %2 de la cadena (%3), pero la cadena por debajo no es válida: %4</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DaneTlsa</name>
    <message>
        <source>whole certificate</source>
        <translation>certificado completo</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>clave pública</translation>
    </message>
    <message>
        <source>selector %1</source>
        <translation>selector %1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>matching type %1</source>
        <translation>tipo de coincidencia %1</translation>
    </message>
    <message>
        <source>usage %1 (%2) is ignored by mail servers (RFC 7672 3.1.3); use 3 (DANE-EE) or 2 (DANE-TA)</source>
        <translation>los servidores de correo ignoran el uso %1 (%2) (RFC 7672 3.1.3); use 3 (DANE-EE) o 2 (DANE-TA)</translation>
    </message>
    <message>
        <source>usage %1 is not defined</source>
        <translation>el uso %1 no está definido</translation>
    </message>
    <message>
        <source>selector %1 is not defined</source>
        <translation>el selector %1 no está definido</translation>
    </message>
    <message>
        <source>matching type %1 is not defined</source>
        <translation>el tipo de coincidencia %1 no está definido</translation>
    </message>
    <message>
        <source>a SHA-256 digest has 32 bytes, this one %1</source>
        <translation>un resumen SHA-256 tiene 32 bytes, este %1</translation>
    </message>
    <message>
        <source>a SHA-512 digest has 64 bytes, this one %1</source>
        <translation>un resumen SHA-512 tiene 64 bytes, este %1</translation>
    </message>
    <message>
        <source>the record holds no data</source>
        <translation>el registro no contiene datos</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Diagnoser</name>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>Try another port: %1.</source>
        <translation>Pruebe otro puerto: %1.</translation>
    </message>
    <message>
        <source>Port 25 is meant for servers talking to servers; most internet providers and cloud hosts block it for everyone else.</source>
        <translation>El puerto 25 está pensado para la comunicación entre servidores; la mayoría de los proveedores de internet y de alojamiento en la nube lo bloquean para todos los demás.</translation>
    </message>
    <message>
        <source>Port %1 starts in plain text and switches to encryption with STARTTLS: set Security to STARTTLS, or keep TLS from the start and change the port to 465.</source>
        <translation>El puerto %1 empieza sin cifrar y pasa a cifrado con STARTTLS: configure Seguridad como STARTTLS, o mantenga «TLS desde el principio» y cambie el puerto a 465.</translation>
    </message>
    <message>
        <source>The server starts in plain text on this port: set Security to STARTTLS (usually port 587), or keep TLS from the start and change the port to 465.</source>
        <translation>En este puerto, el servidor empieza sin cifrar: configure Seguridad como STARTTLS (normalmente puerto 587), o mantenga «TLS desde el principio» y cambie el puerto a 465.</translation>
    </message>
    <message>
        <source>Port %1 expects encryption from the first byte: set Security to TLS from the start, or keep STARTTLS and change the port to 587.</source>
        <translation>El puerto %1 espera cifrado desde el primer byte: configure Seguridad como «TLS desde el principio», o mantenga STARTTLS y cambie el puerto a 587.</translation>
    </message>
    <message>
        <source>The server expects encryption from the first byte on this port: set Security to TLS from the start (usually port 465), or keep STARTTLS and change the port to 587.</source>
        <translation>En este puerto, el servidor espera cifrado desde el primer byte: configure Seguridad como «TLS desde el principio» (normalmente puerto 465), o mantenga STARTTLS y cambie el puerto a 587.</translation>
    </message>
    <message>
        <source>%1: %2 (RFC 3463)</source>
        <translation>%1: %2 (RFC 3463)</translation>
    </message>
    <message>
        <source>The session was stopped before it finished. Nothing is wrong with the server or the settings as far as it got.</source>
        <translation>La sesión se detuvo antes de terminar. Hasta donde llegó, no hay ningún problema con el servidor ni con la configuración.</translation>
    </message>
    <message>
        <source>Sendcheck found no reply code and no known error text in this message. Paste the server&apos;s complete reply, starting with its three-digit code, for a better explanation.</source>
        <translation>Sendcheck no encontró ningún código de respuesta ni ningún texto de error conocido en este mensaje. Pegue la respuesta completa del servidor, empezando por su código de tres dígitos, para obtener una explicación mejor.</translation>
    </message>
    <message>
        <source>The server says the access token has expired or was revoked, and Sendcheck could not get a fresh one with the saved sign-in.</source>
        <translation>El servidor dice que el token de acceso caducó o se revocó, y Sendcheck no pudo obtener uno nuevo con el inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>An access token lasts about an hour, and renewing it with the saved sign-in failed.</source>
        <translation>Un token de acceso dura aproximadamente una hora, y falló su renovación con el inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>The sign-in was withdrawn: a password change, app access removed in the account&apos;s security settings, or an administrator&apos;s decision.</source>
        <translation>Se retiró el inicio de sesión: un cambio de contraseña, el acceso de la aplicación quitado en la configuración de seguridad de la cuenta o una decisión de un administrador.</translation>
    </message>
    <message>
        <source>Google ends the sign-ins of an app still in testing after seven days.</source>
        <translation>Google pone fin a los inicios de sesión de una aplicación que sigue en fase de prueba al cabo de siete días.</translation>
    </message>
    <message>
        <source>Sign in with your provider again.</source>
        <translation>Vuelva a iniciar sesión con su proveedor.</translation>
    </message>
    <message>
        <source>If it happens again soon, check in your account&apos;s security settings that Sendcheck still has access.</source>
        <translation>Si vuelve a ocurrir pronto, compruebe en la configuración de seguridad de su cuenta que Sendcheck sigue teniendo acceso.</translation>
    </message>
    <message>
        <source>The sign-in worked, but it did not give permission to send mail.</source>
        <translation>El inicio de sesión funcionó, pero no concedió permiso para enviar correo.</translation>
    </message>
    <message>
        <source>The sign-in worked, but it did not give permission to send mail: the server wants the permission (scope) %1.</source>
        <translation>El inicio de sesión funcionó, pero no concedió permiso para enviar correo: el servidor pide el permiso (ámbito) %1.</translation>
    </message>
    <message>
        <source>The box for sending mail was left unticked on the provider&apos;s consent page.</source>
        <translation>En la página de consentimiento del proveedor se dejó sin marcar la casilla para enviar correo.</translation>
    </message>
    <message>
        <source>The app registration asks for other permissions than the one for mail.</source>
        <translation>El registro de la aplicación pide permisos distintos del de correo.</translation>
    </message>
    <message>
        <source>Sign in again and allow sending mail on the consent page.</source>
        <translation>Vuelva a iniciar sesión y permita el envío de correo en la página de consentimiento.</translation>
    </message>
    <message>
        <source>For your own app registration: request the provider&apos;s mail scope (Google: https://mail.google.com/, Microsoft: SMTP.Send).</source>
        <translation>Para su propio registro de aplicación: solicite el ámbito de correo del proveedor (Google: https://mail.google.com/, Microsoft: SMTP.Send).</translation>
    </message>
    <message>
        <source>The token belongs to another account: signed in as %1 but the user name is %2.</source>
        <translation>El token pertenece a otra cuenta: se inició sesión como %1, pero el nombre de usuario es %2.</translation>
    </message>
    <message>
        <source>A different account was chosen on the provider&apos;s sign-in page than the one in the user name.</source>
        <translation>En la página de inicio de sesión del proveedor se eligió una cuenta distinta de la del nombre de usuario.</translation>
    </message>
    <message>
        <source>Change the user name to %1, the account you signed in with.</source>
        <translation>Cambie el nombre de usuario a %1, la cuenta con la que inició sesión.</translation>
    </message>
    <message>
        <source>Or sign in again and choose the account %1.</source>
        <translation>O vuelva a iniciar sesión y elija la cuenta %1.</translation>
    </message>
    <message>
        <source>The server refused the token for this user name: the token most likely belongs to another account, or the sign-in request was malformed.</source>
        <translation>El servidor rechazó el token para este nombre de usuario: lo más probable es que el token pertenezca a otra cuenta o que la solicitud de inicio de sesión estuviera mal formada.</translation>
    </message>
    <message>
        <source>The user name is not the address you signed in with.</source>
        <translation>El nombre de usuario no es la dirección con la que inició sesión.</translation>
    </message>
    <message>
        <source>The program sent the sign-in in a form the server does not accept.</source>
        <translation>El programa envió el inicio de sesión en una forma que el servidor no acepta.</translation>
    </message>
    <message>
        <source>Make the user name exactly the address you signed in with.</source>
        <translation>Haga que el nombre de usuario sea exactamente la dirección con la que inició sesión.</translation>
    </message>
    <message>
        <source>Sendcheck is not sure about this one: the reply also fits “%1”. The more likely reading:</source>
        <translation>Sendcheck no está seguro en este caso: la respuesta también encaja con “%1”. La interpretación más probable:</translation>
    </message>
    <message>
        <source>Sendcheck is not sure about this one: the reply carries only a general code or words that fit many situations. The most common reading:</source>
        <translation>Sendcheck no está seguro en este caso: la respuesta solo lleva un código general o palabras que encajan en muchas situaciones. La interpretación más habitual:</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS desde el principio</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Diagnosis</name>
    <message>
        <source>Google no longer accepts the normal account password in mail programs (personal accounts since May 2022, Google Workspace since May 2025). Switch on 2-Step Verification, create an app password at myaccount.google.com/apppasswords and enter its 16 letters without spaces, or use &quot;Sign in with Google&quot;. Changing the Google password revokes existing app passwords. If the app passwords page is missing, the account uses Advanced Protection or a Workspace administrator has switched app passwords off.</source>
        <comment>hint/gmail/auth</comment>
        <translation>Google ya no acepta la contraseña normal de la cuenta en los programas de correo (cuentas personales desde mayo de 2022, Google Workspace desde mayo de 2025). Active la verificación en dos pasos, cree una contraseña de aplicación en myaccount.google.com/apppasswords e introduzca sus 16 letras sin espacios, o use &quot;Iniciar sesión con Google&quot;. Al cambiar la contraseña de Google se revocan las contraseñas de aplicación existentes. Si falta la página de contraseñas de aplicación, la cuenta usa la Protección Avanzada o un administrador de Workspace desactivó las contraseñas de aplicación.</translation>
    </message>
    <message>
        <source>Google Workspace allows about 2,000 messages a day (500 on trial accounts), personal Gmail about 500, and at most 100 recipients per message over SMTP. After the limit, sending pauses for up to 24 hours.</source>
        <comment>hint/gmail/limit</comment>
        <translation>Google Workspace permite unos 2000 mensajes al día (500 en cuentas de prueba), Gmail personal unos 500, y como máximo 100 destinatarios por mensaje por SMTP. Al superar el límite, el envío se pausa hasta 24 horas.</translation>
    </message>
    <message>
        <source>Microsoft 365: sending from apps (&quot;Authenticated SMTP&quot;, SMTP AUTH) is off for organisations created after January 2020 and is blocked by security defaults. An administrator can switch it on for one mailbox in the Microsoft 365 admin center (Users &gt; Active users &gt; Mail &gt; Manage email apps) or with Set-CASMailbox -Identity &lt;mailbox&gt; -SmtpClientAuthenticationDisabled $false. Password sign-in (basic authentication) for SMTP is being retired: Microsoft plans to switch it off by default for existing tenants at the end of December 2026. &quot;Sign in with Microsoft&quot; (OAuth) is the lasting fix.</source>
        <comment>hint/microsoft/auth</comment>
        <translation>Microsoft 365: el envío desde aplicaciones (&quot;SMTP autenticado&quot;, SMTP AUTH) está desactivado en las organizaciones creadas después de enero de 2020 y lo bloquean los valores predeterminados de seguridad. Un administrador puede activarlo para un buzón en el Centro de administración de Microsoft 365 (Usuarios &gt; Usuarios activos &gt; Correo &gt; Administrar aplicaciones de correo electrónico) o con Set-CASMailbox -Identity &lt;mailbox&gt; -SmtpClientAuthenticationDisabled $false. El inicio de sesión con contraseña (autenticación básica) para SMTP se está retirando: Microsoft prevé desactivarlo de forma predeterminada en los inquilinos existentes a finales de diciembre de 2026. &quot;Iniciar sesión con Microsoft&quot; (OAuth) es la solución duradera.</translation>
    </message>
    <message>
        <source>Microsoft 365 only sends as the mailbox you signed in with. To send from another address, an administrator must grant &quot;Send As&quot; for it to this mailbox.</source>
        <comment>hint/microsoft/sender</comment>
        <translation>Microsoft 365 solo envía como el buzón con el que inició sesión. Para enviar desde otra dirección, un administrador debe conceder a este buzón el permiso &quot;Enviar como&quot; para esa dirección.</translation>
    </message>
    <message>
        <source>Microsoft 365 (smtp.office365.com) takes mail on port 587 with STARTTLS and needs TLS 1.2 or newer. It never uses port 465. Use the server name, never an IP address.</source>
        <comment>hint/microsoft/net</comment>
        <translation>Microsoft 365 (smtp.office365.com) acepta correo en el puerto 587 con STARTTLS y requiere TLS 1.2 o posterior. Nunca usa el puerto 465. Use el nombre del servidor, nunca una dirección IP.</translation>
    </message>
    <message>
        <source>Microsoft 365 allows 10,000 recipients a day, 30 messages a minute and, by default, 500 recipients per message. After repeated errors it blocks a mailbox from SMTP sending for a while, and support cannot lift that block.</source>
        <comment>hint/microsoft/limit</comment>
        <translation>Microsoft 365 permite 10 000 destinatarios al día, 30 mensajes por minuto y, de forma predeterminada, 500 destinatarios por mensaje. Tras errores repetidos, bloquea durante un tiempo el envío SMTP desde un buzón, y el soporte técnico no puede levantar ese bloqueo.</translation>
    </message>
    <message>
        <source>Amazon SES needs SMTP credentials created in the SES console (SMTP settings &gt; Create SMTP credentials). The SMTP password is not your AWS secret access key, and credentials only work in the region they were created for: the region in the server name must match. Credentials from before January 2019 must be replaced.</source>
        <comment>hint/ses/auth</comment>
        <translation>Amazon SES necesita credenciales SMTP creadas en la consola de SES (SMTP settings &gt; Create SMTP credentials). La contraseña SMTP no es su clave de acceso secreta de AWS, y las credenciales solo funcionan en la región para la que se crearon: la región del nombre del servidor debe coincidir. Las credenciales anteriores a enero de 2019 deben sustituirse.</translation>
    </message>
    <message>
        <source>New Amazon SES accounts start in a sandbox, separately in each region: they may only send to verified addresses, at most 200 messages a day and one per second. Every From address or domain must be verified in the same region. Request production access in the SES console (Account dashboard).</source>
        <comment>hint/ses/sandbox</comment>
        <translation>Las cuentas nuevas de Amazon SES empiezan en un entorno aislado (sandbox), por separado en cada región: solo pueden enviar a direcciones verificadas, como máximo 200 mensajes al día y uno por segundo. Cada dirección o dominio De debe estar verificado en la misma región. Solicite el acceso de producción en la consola de SES (Account dashboard).</translation>
    </message>
    <message>
        <source>SendGrid: the user name is always the literal word apikey, and the password is an API key (starting with SG.) with Mail Send permission. Paste the key without spaces or line breaks.</source>
        <comment>hint/sendgrid/auth</comment>
        <translation>SendGrid: el nombre de usuario es siempre literalmente la palabra apikey, y la contraseña es una clave de API (que empieza por SG.) con el permiso Mail Send. Pegue la clave sin espacios ni saltos de línea.</translation>
    </message>
    <message>
        <source>SendGrid only sends from a verified Sender Identity: verify the single sender address or authenticate the domain under Settings &gt; Sender Authentication.</source>
        <comment>hint/sendgrid/sender</comment>
        <translation>SendGrid solo envía desde una Sender Identity verificada: verifique la dirección de remitente individual o autentique el dominio en Settings &gt; Sender Authentication.</translation>
    </message>
    <message>
        <source>Mailgun uses separate SMTP credentials for each sending domain (for example postmaster@mg.example.com), not your dashboard password. Domains in the EU region use smtp.eu.mailgun.org.</source>
        <comment>hint/mailgun/auth</comment>
        <translation>Mailgun usa credenciales SMTP distintas para cada dominio de envío (por ejemplo postmaster@mg.example.com), no la contraseña de su panel. Los dominios de la región de la UE usan smtp.eu.mailgun.org.</translation>
    </message>
    <message>
        <source>Postmark: enter the Server API Token as both user name and password (the Account token does not work), or an SMTP token&apos;s access and secret key. The From address must be a confirmed Sender Signature or on a verified domain.</source>
        <comment>hint/postmark/auth</comment>
        <translation>Postmark: introduzca el Server API Token como nombre de usuario y también como contraseña (el Account token no funciona), o la clave de acceso y la clave secreta de un token SMTP. La dirección De debe ser una Sender Signature confirmada o pertenecer a un dominio verificado.</translation>
    </message>
    <message>
        <source>Postmark listens on 25, 587 and 2525 with STARTTLS only; port 465 does not work.</source>
        <comment>hint/postmark/net</comment>
        <translation>Postmark escucha en 25, 587 y 2525 solo con STARTTLS; el puerto 465 no funciona.</translation>
    </message>
    <message>
        <source>SMTP2GO signs in with an SMTP User from Sending &gt; SMTP Users, which is separate from the dashboard login.</source>
        <comment>hint/smtp2go/auth</comment>
        <translation>SMTP2GO inicia sesión con un SMTP User de Sending &gt; SMTP Users, que es distinto del inicio de sesión del panel.</translation>
    </message>
    <message>
        <source>Brevo signs in with the SMTP login shown under SMTP &amp; API &gt; SMTP and an SMTP key (starting xsmtpsib-), not an API key (xkeysib-). Brevo also blocks unknown IP addresses: add yours under Settings &gt; Security &gt; Authorized IPs.</source>
        <comment>hint/brevo/auth</comment>
        <translation>Brevo inicia sesión con el usuario SMTP que se muestra en SMTP &amp; API &gt; SMTP y una clave SMTP (que empieza por xsmtpsib-), no con una clave de API (xkeysib-). Brevo también bloquea las direcciones IP desconocidas: añada la suya en Settings &gt; Security &gt; Authorized IPs.</translation>
    </message>
    <message>
        <source>Zoho: the server depends on your data centre and plan (smtp.zoho.eu, smtppro.zoho.com for paid organisations, ...). With two-factor sign-in you need an application-specific password. The From address must be your own address or an alias set up in Zoho.</source>
        <comment>hint/zoho/auth</comment>
        <translation>Zoho: el servidor depende de su centro de datos y de su plan (smtp.zoho.eu, smtppro.zoho.com para organizaciones de pago, ...). Con el inicio de sesión en dos pasos necesita una contraseña específica de la aplicación. La dirección De debe ser su propia dirección o un alias configurado en Zoho.</translation>
    </message>
    <message>
        <source>Yahoo and AOL need an app password (Account security &gt; Generate app password). With the normal password Yahoo answers &quot;Too many bad auth attempts&quot; even on the first try.</source>
        <comment>hint/yahoo/auth</comment>
        <translation>Yahoo y AOL necesitan una contraseña de aplicación (Seguridad de la cuenta &gt; Generar contraseña de aplicación). Con la contraseña normal, Yahoo responde &quot;Too many bad auth attempts&quot; incluso en el primer intento.</translation>
    </message>
    <message>
        <source>iCloud Mail needs an app-specific password made at appleid.apple.com (two-factor authentication required) and the full iCloud address as user name.</source>
        <comment>hint/icloud/auth</comment>
        <translation>iCloud Mail necesita una contraseña específica de la aplicación creada en appleid.apple.com (requiere la autenticación de doble factor) y la dirección completa de iCloud como nombre de usuario.</translation>
    </message>
    <message>
        <source>iCloud Mail allows 1,000 messages and 1,000 recipients a day and 500 recipients per message.</source>
        <comment>hint/icloud/limit</comment>
        <translation>iCloud Mail permite 1000 mensajes y 1000 destinatarios al día y 500 destinatarios por mensaje.</translation>
    </message>
    <message>
        <source>GMX and WEB.DE only allow mail programs after you switch on access by POP3 and IMAP once in the mailbox settings on the web. WEB.DE may expect only the part of the address before the @ as user name.</source>
        <comment>hint/gmx/auth</comment>
        <translation>GMX y WEB.DE solo admiten programas de correo después de activar una vez el acceso por POP3 e IMAP en la configuración del buzón en la web. WEB.DE puede esperar como nombre de usuario solo la parte de la dirección anterior a la @.</translation>
    </message>
    <message>
        <source>421: service not available, closing the connection (RFC 5321 section 4.2.3)</source>
        <comment>code/421</comment>
        <translation>421: servicio no disponible, se cierra la conexión (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>432: a password transition is needed (RFC 4954 section 6)</source>
        <comment>code/432</comment>
        <translation>432: se necesita una transición de contraseña (RFC 4954, sección 6)</translation>
    </message>
    <message>
        <source>450: mailbox unavailable for now, e.g. busy or temporarily blocked for policy reasons (RFC 5321 section 4.2.3)</source>
        <comment>code/450</comment>
        <translation>450: buzón no disponible por ahora, p. ej. ocupado o bloqueado temporalmente por motivos de política (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>451: action aborted, local error in processing (RFC 5321 section 4.2.3)</source>
        <comment>code/451</comment>
        <translation>451: acción cancelada, error local en el procesamiento (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>452: insufficient system storage, also used for too many recipients (RFC 5321 sections 4.2.3 and 4.5.3.1.10)</source>
        <comment>code/452</comment>
        <translation>452: almacenamiento del sistema insuficiente, también se usa para demasiados destinatarios (RFC 5321, secciones 4.2.3 y 4.5.3.1.10)</translation>
    </message>
    <message>
        <source>454: temporary authentication failure (RFC 4954), or TLS not available for a temporary reason (RFC 3207)</source>
        <comment>code/454</comment>
        <translation>454: fallo temporal de autenticación (RFC 4954), o TLS no disponible por un motivo temporal (RFC 3207)</translation>
    </message>
    <message>
        <source>455: server unable to accommodate parameters (RFC 5321 section 4.2.3)</source>
        <comment>code/455</comment>
        <translation>455: el servidor no puede satisfacer los parámetros (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>500: syntax error, command unrecognised, or authentication line too long (RFC 5321, RFC 4954)</source>
        <comment>code/500</comment>
        <translation>500: error de sintaxis, comando no reconocido o línea de autenticación demasiado larga (RFC 5321, RFC 4954)</translation>
    </message>
    <message>
        <source>501: syntax error in parameters or arguments (RFC 5321 section 4.2.3)</source>
        <comment>code/501</comment>
        <translation>501: error de sintaxis en los parámetros o argumentos (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>502: command not implemented (RFC 5321 section 4.2.3)</source>
        <comment>code/502</comment>
        <translation>502: comando no implementado (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>503: bad sequence of commands (RFC 5321 section 4.2.3)</source>
        <comment>code/503</comment>
        <translation>503: secuencia de comandos incorrecta (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>504: command parameter not implemented; for AUTH: unrecognised mechanism (RFC 5321, RFC 4954)</source>
        <comment>code/504</comment>
        <translation>504: parámetro de comando no implementado; para AUTH: mecanismo no reconocido (RFC 5321, RFC 4954)</translation>
    </message>
    <message>
        <source>521: this host does not accept mail (RFC 7504)</source>
        <comment>code/521</comment>
        <translation>521: este host no acepta correo (RFC 7504)</translation>
    </message>
    <message>
        <source>530: authentication required (RFC 4954), or STARTTLS must come first (RFC 3207)</source>
        <comment>code/530</comment>
        <translation>530: se requiere autenticación (RFC 4954), o STARTTLS debe ir primero (RFC 3207)</translation>
    </message>
    <message>
        <source>534: authentication mechanism is too weak (RFC 4954 section 6)</source>
        <comment>code/534</comment>
        <translation>534: el mecanismo de autenticación es demasiado débil (RFC 4954, sección 6)</translation>
    </message>
    <message>
        <source>535: authentication credentials invalid (RFC 4954 section 6)</source>
        <comment>code/535</comment>
        <translation>535: credenciales de autenticación no válidas (RFC 4954, sección 6)</translation>
    </message>
    <message>
        <source>538: encryption required for the requested authentication mechanism (RFC 4954 section 6)</source>
        <comment>code/538</comment>
        <translation>538: se requiere cifrado para el mecanismo de autenticación solicitado (RFC 4954, sección 6)</translation>
    </message>
    <message>
        <source>550: action not taken, mailbox unavailable, no access or refused for policy reasons (RFC 5321 section 4.2.3)</source>
        <comment>code/550</comment>
        <translation>550: acción no realizada, buzón no disponible, sin acceso o rechazado por motivos de política (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>551: user not local (RFC 5321 section 4.2.3)</source>
        <comment>code/551</comment>
        <translation>551: usuario no local (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>552: exceeded storage allocation, also used for messages too large (RFC 5321 section 4.2.3)</source>
        <comment>code/552</comment>
        <translation>552: se superó el espacio de almacenamiento asignado, también se usa para mensajes demasiado grandes (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>553: mailbox name not allowed, e.g. bad address syntax (RFC 5321 section 4.2.3)</source>
        <comment>code/553</comment>
        <translation>553: nombre de buzón no permitido, p. ej. sintaxis de dirección incorrecta (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>554: transaction failed; as a greeting: no SMTP service here (RFC 5321 section 4.2.3)</source>
        <comment>code/554</comment>
        <translation>554: la transacción falló; como saludo: aquí no hay servicio SMTP (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>555: MAIL FROM/RCPT TO parameters not recognised or not implemented (RFC 5321 section 4.2.3)</source>
        <comment>code/555</comment>
        <translation>555: parámetros de MAIL FROM/RCPT TO no reconocidos o no implementados (RFC 5321, sección 4.2.3)</translation>
    </message>
    <message>
        <source>556: the domain does not accept mail (RFC 7504)</source>
        <comment>code/556</comment>
        <translation>556: el dominio no acepta correo (RFC 7504)</translation>
    </message>
    <message>
        <source>success</source>
        <comment>class/2</comment>
        <translation>éxito</translation>
    </message>
    <message>
        <source>temporary failure, trying again may work</source>
        <comment>class/4</comment>
        <translation>fallo temporal, volver a intentarlo puede funcionar</translation>
    </message>
    <message>
        <source>permanent failure, something must change</source>
        <comment>class/5</comment>
        <translation>fallo permanente, algo tiene que cambiar</translation>
    </message>
    <message>
        <source>other or undefined status</source>
        <comment>subject/0</comment>
        <translation>estado otro o no definido</translation>
    </message>
    <message>
        <source>addressing status</source>
        <comment>subject/1</comment>
        <translation>estado de direccionamiento</translation>
    </message>
    <message>
        <source>mailbox status</source>
        <comment>subject/2</comment>
        <translation>estado del buzón</translation>
    </message>
    <message>
        <source>mail system status</source>
        <comment>subject/3</comment>
        <translation>estado del sistema de correo</translation>
    </message>
    <message>
        <source>network and routing status</source>
        <comment>subject/4</comment>
        <translation>estado de la red y del enrutamiento</translation>
    </message>
    <message>
        <source>mail delivery protocol status</source>
        <comment>subject/5</comment>
        <translation>estado del protocolo de entrega de correo</translation>
    </message>
    <message>
        <source>message content or media status</source>
        <comment>subject/6</comment>
        <translation>estado del contenido o del medio del mensaje</translation>
    </message>
    <message>
        <source>security or policy status</source>
        <comment>subject/7</comment>
        <translation>estado de seguridad o de política</translation>
    </message>
    <message>
        <source>bad destination mailbox address</source>
        <comment>detail/x.1.1</comment>
        <translation>dirección de buzón de destino incorrecta</translation>
    </message>
    <message>
        <source>bad destination system address</source>
        <comment>detail/x.1.2</comment>
        <translation>dirección de sistema de destino incorrecta</translation>
    </message>
    <message>
        <source>bad destination mailbox address syntax</source>
        <comment>detail/x.1.3</comment>
        <translation>sintaxis incorrecta de la dirección del buzón de destino</translation>
    </message>
    <message>
        <source>bad sender&apos;s mailbox address syntax</source>
        <comment>detail/x.1.7</comment>
        <translation>sintaxis incorrecta de la dirección del buzón del remitente</translation>
    </message>
    <message>
        <source>bad sender&apos;s system address</source>
        <comment>detail/x.1.8</comment>
        <translation>dirección de sistema del remitente incorrecta</translation>
    </message>
    <message>
        <source>recipient address has null MX</source>
        <comment>detail/x.1.10</comment>
        <translation>la dirección del destinatario tiene un MX nulo</translation>
    </message>
    <message>
        <source>mailbox disabled, not accepting messages</source>
        <comment>detail/x.2.1</comment>
        <translation>buzón desactivado, no acepta mensajes</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <comment>detail/x.2.2</comment>
        <translation>buzón lleno</translation>
    </message>
    <message>
        <source>message length exceeds administrative limit</source>
        <comment>detail/x.2.3</comment>
        <translation>la longitud del mensaje supera el límite administrativo</translation>
    </message>
    <message>
        <source>mail system full</source>
        <comment>detail/x.3.1</comment>
        <translation>sistema de correo lleno</translation>
    </message>
    <message>
        <source>system not accepting network messages</source>
        <comment>detail/x.3.2</comment>
        <translation>el sistema no acepta mensajes de la red</translation>
    </message>
    <message>
        <source>message too big for system</source>
        <comment>detail/x.3.4</comment>
        <translation>mensaje demasiado grande para el sistema</translation>
    </message>
    <message>
        <source>system incorrectly configured</source>
        <comment>detail/x.3.5</comment>
        <translation>sistema mal configurado</translation>
    </message>
    <message>
        <source>no answer from host</source>
        <comment>detail/x.4.1</comment>
        <translation>el host no responde</translation>
    </message>
    <message>
        <source>bad connection</source>
        <comment>detail/x.4.2</comment>
        <translation>conexión defectuosa</translation>
    </message>
    <message>
        <source>directory server (DNS) failure</source>
        <comment>detail/x.4.3</comment>
        <translation>fallo del servidor de directorio (DNS)</translation>
    </message>
    <message>
        <source>unable to route</source>
        <comment>detail/x.4.4</comment>
        <translation>no se puede enrutar</translation>
    </message>
    <message>
        <source>mail system congestion</source>
        <comment>detail/x.4.5</comment>
        <translation>congestión del sistema de correo</translation>
    </message>
    <message>
        <source>delivery time expired</source>
        <comment>detail/x.4.7</comment>
        <translation>se agotó el plazo de entrega</translation>
    </message>
    <message>
        <source>invalid command</source>
        <comment>detail/x.5.1</comment>
        <translation>comando no válido</translation>
    </message>
    <message>
        <source>syntax error</source>
        <comment>detail/x.5.2</comment>
        <translation>error de sintaxis</translation>
    </message>
    <message>
        <source>too many recipients</source>
        <comment>detail/x.5.3</comment>
        <translation>demasiados destinatarios</translation>
    </message>
    <message>
        <source>invalid command arguments</source>
        <comment>detail/x.5.4</comment>
        <translation>argumentos de comando no válidos</translation>
    </message>
    <message>
        <source>authentication exchange line is too long (RFC 4954)</source>
        <comment>detail/x.5.6</comment>
        <translation>la línea del intercambio de autenticación es demasiado larga (RFC 4954)</translation>
    </message>
    <message>
        <source>other or undefined media error</source>
        <comment>detail/x.6.0</comment>
        <translation>error de medio otro o no definido</translation>
    </message>
    <message>
        <source>other or undefined security status</source>
        <comment>detail/x.7.0</comment>
        <translation>estado de seguridad otro o no definido</translation>
    </message>
    <message>
        <source>delivery not authorised, message refused</source>
        <comment>detail/x.7.1</comment>
        <translation>entrega no autorizada, mensaje rechazado</translation>
    </message>
    <message>
        <source>mailing list expansion prohibited</source>
        <comment>detail/x.7.2</comment>
        <translation>expansión de lista de correo prohibida</translation>
    </message>
    <message>
        <source>security conversion required but not possible (Microsoft uses 5.7.3 for a failed sign-in)</source>
        <comment>detail/x.7.3</comment>
        <translation>se requiere una conversión de seguridad, pero no es posible (Microsoft usa 5.7.3 para un inicio de sesión fallido)</translation>
    </message>
    <message>
        <source>security features not supported</source>
        <comment>detail/x.7.4</comment>
        <translation>funciones de seguridad no admitidas</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <comment>detail/x.7.5</comment>
        <translation>fallo criptográfico</translation>
    </message>
    <message>
        <source>cryptographic algorithm not supported</source>
        <comment>detail/x.7.6</comment>
        <translation>algoritmo criptográfico no admitido</translation>
    </message>
    <message>
        <source>message integrity failure</source>
        <comment>detail/x.7.7</comment>
        <translation>fallo de integridad del mensaje</translation>
    </message>
    <message>
        <source>authentication credentials invalid (RFC 4954)</source>
        <comment>detail/x.7.8</comment>
        <translation>credenciales de autenticación no válidas (RFC 4954)</translation>
    </message>
    <message>
        <source>authentication mechanism is too weak (RFC 4954)</source>
        <comment>detail/x.7.9</comment>
        <translation>el mecanismo de autenticación es demasiado débil (RFC 4954)</translation>
    </message>
    <message>
        <source>encryption needed (RFC 5248)</source>
        <comment>detail/x.7.10</comment>
        <translation>se necesita cifrado (RFC 5248)</translation>
    </message>
    <message>
        <source>encryption required for requested authentication mechanism (RFC 4954)</source>
        <comment>detail/x.7.11</comment>
        <translation>se requiere cifrado para el mecanismo de autenticación solicitado (RFC 4954)</translation>
    </message>
    <message>
        <source>a password transition is needed (RFC 4954)</source>
        <comment>detail/x.7.12</comment>
        <translation>se necesita una transición de contraseña (RFC 4954)</translation>
    </message>
    <message>
        <source>user account disabled (RFC 5248)</source>
        <comment>detail/x.7.13</comment>
        <translation>cuenta de usuario desactivada (RFC 5248)</translation>
    </message>
    <message>
        <source>trust relationship required (RFC 5248); Google: sign in with a web browser first</source>
        <comment>detail/x.7.14</comment>
        <translation>se requiere una relación de confianza (RFC 5248); Google: inicie sesión primero en un navegador web</translation>
    </message>
    <message>
        <source>priority level is too low (RFC 6710)</source>
        <comment>detail/x.7.15</comment>
        <translation>el nivel de prioridad es demasiado bajo (RFC 6710)</translation>
    </message>
    <message>
        <source>message is too big for the specified priority (RFC 6710)</source>
        <comment>detail/x.7.16</comment>
        <translation>el mensaje es demasiado grande para la prioridad indicada (RFC 6710)</translation>
    </message>
    <message>
        <source>mailbox owner has changed (RFC 7293)</source>
        <comment>detail/x.7.17</comment>
        <translation>el propietario del buzón ha cambiado (RFC 7293)</translation>
    </message>
    <message>
        <source>domain owner has changed (RFC 7293)</source>
        <comment>detail/x.7.18</comment>
        <translation>el propietario del dominio ha cambiado (RFC 7293)</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed (RFC 7293)</source>
        <comment>detail/x.7.19</comment>
        <translation>no se puede completar la prueba RRVS (RFC 7293)</translation>
    </message>
    <message>
        <source>no passing DKIM signature found (RFC 7372)</source>
        <comment>detail/x.7.20</comment>
        <translation>no se encontró ninguna firma DKIM que pase la verificación (RFC 7372)</translation>
    </message>
    <message>
        <source>no acceptable DKIM signature found (RFC 7372)</source>
        <comment>detail/x.7.21</comment>
        <translation>no se encontró ninguna firma DKIM aceptable (RFC 7372)</translation>
    </message>
    <message>
        <source>no valid author-matched DKIM signature found (RFC 7372)</source>
        <comment>detail/x.7.22</comment>
        <translation>no se encontró ninguna firma DKIM válida que coincida con el autor (RFC 7372)</translation>
    </message>
    <message>
        <source>SPF validation failed (RFC 7372)</source>
        <comment>detail/x.7.23</comment>
        <translation>la validación SPF falló (RFC 7372)</translation>
    </message>
    <message>
        <source>SPF validation error (RFC 7372)</source>
        <comment>detail/x.7.24</comment>
        <translation>error en la validación SPF (RFC 7372)</translation>
    </message>
    <message>
        <source>reverse DNS validation failed (RFC 7372)</source>
        <comment>detail/x.7.25</comment>
        <translation>la validación del DNS inverso falló (RFC 7372)</translation>
    </message>
    <message>
        <source>multiple authentication checks failed (RFC 7372)</source>
        <comment>detail/x.7.26</comment>
        <translation>fallaron varias comprobaciones de autenticación (RFC 7372)</translation>
    </message>
    <message>
        <source>sender address has null MX (RFC 7505)</source>
        <comment>detail/x.7.27</comment>
        <translation>la dirección del remitente tiene un MX nulo (RFC 7505)</translation>
    </message>
    <message>
        <source>Microsoft: client not authenticated to send mail</source>
        <comment>detail/x.7.57</comment>
        <translation>Microsoft: cliente no autenticado para enviar correo</translation>
    </message>
    <message>
        <source>Microsoft: no permission to send as this sender</source>
        <comment>detail/x.7.60</comment>
        <translation>Microsoft: sin permiso para enviar como este remitente</translation>
    </message>
    <message>
        <source>Microsoft: relay access denied, the connector does not recognise the sender (TenantAttribution)</source>
        <comment>detail/x.7.64</comment>
        <translation>Microsoft: acceso de retransmisión denegado, el conector no reconoce al remitente (TenantAttribution)</translation>
    </message>
    <message>
        <source>Microsoft: authentication unsuccessful, SMTP AUTH disabled or blocked by policy</source>
        <comment>detail/x.7.139</comment>
        <translation>Microsoft: autenticación incorrecta, SMTP AUTH desactivado o bloqueado por una directiva</translation>
    </message>
    <message>
        <source>Microsoft refused the sign-in. Most often sending from apps (SMTP AUTH) is switched off for this mailbox or the whole organisation, or password sign-in has been retired; a wrong password is the less likely cause.</source>
        <comment>ctx-microsoft-535/summary</comment>
        <translation>Microsoft rechazó el inicio de sesión. Lo más frecuente es que el envío desde aplicaciones (SMTP AUTH) esté desactivado para este buzón o para toda la organización, o que se haya retirado el inicio de sesión con contraseña; una contraseña incorrecta es la causa menos probable.</translation>
    </message>
    <message>
        <source>The server refused the connection straight away, before any command. Usually your IP address is blocked there, or this is not a mail server that takes mail from you.</source>
        <comment>554-connect/summary</comment>
        <translation>El servidor rechazó la conexión de inmediato, antes de cualquier comando. Normalmente su dirección IP está bloqueada allí, o no es un servidor de correo que acepte su correo.</translation>
    </message>
    <message>
        <source>The message was accepted</source>
        <comment>ok.accepted/title</comment>
        <translation>El mensaje fue aceptado</translation>
    </message>
    <message>
        <source>The server took the message. From here on it is the server&apos;s job to deliver it.</source>
        <comment>ok.accepted/summary</comment>
        <translation>El servidor aceptó el mensaje. A partir de aquí, entregarlo es tarea del servidor.</translation>
    </message>
    <message>
        <source>The settings, the sign-in and the message were all accepted.</source>
        <comment>ok.accepted/causes</comment>
        <translation>La configuración, el inicio de sesión y el mensaje se aceptaron.</translation>
    </message>
    <message>
        <source>Nothing to fix. If the message does not arrive, look in the recipient&apos;s spam folder.
If it never arrives, the receiving side may have dropped it later: check SPF, DKIM and DMARC for your domain.</source>
        <comment>ok.accepted/fixes</comment>
        <translation>No hay nada que corregir. Si el mensaje no llega, busque en la carpeta de correo no deseado del destinatario.
Si no llega nunca, puede que el lado receptor lo haya descartado después: compruebe SPF, DKIM y DMARC de su dominio.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.1 (2xx replies)</source>
        <comment>ok.accepted/reference</comment>
        <translation>RFC 5321, sección 4.2.1 (respuestas 2xx)</translation>
    </message>
    <message>
        <source>The server name does not exist</source>
        <comment>net.host_not_found/title</comment>
        <translation>El nombre del servidor no existe</translation>
    </message>
    <message>
        <source>The name of the outgoing mail server could not be looked up, so there was nothing to connect to.</source>
        <comment>net.host_not_found/summary</comment>
        <translation>No se pudo resolver el nombre del servidor de correo saliente, así que no había nada a lo que conectarse.</translation>
    </message>
    <message>
        <source>The server name is mistyped (for example &quot;smtp.gmial.com&quot;).
The name belongs to a service that does not exist in that form (for Amazon SES: a region without a mail endpoint).
This computer has no working internet connection or DNS server.</source>
        <comment>net.host_not_found/causes</comment>
        <translation>El nombre del servidor está mal escrito (por ejemplo, &quot;smtp.gmial.com&quot;).
El nombre pertenece a un servicio que no existe de esa forma (en Amazon SES: una región sin punto de conexión de correo).
Este equipo no tiene una conexión a internet o un servidor DNS que funcione.</translation>
    </message>
    <message>
        <source>Compare the server name letter by letter with your provider&apos;s instructions, or pick the provider from the list.
Check that this computer can open web pages.
If you are on a company network, ask whether outside names are blocked.</source>
        <comment>net.host_not_found/fixes</comment>
        <translation>Compare el nombre del servidor letra por letra con las instrucciones de su proveedor, o elija el proveedor en la lista.
Compruebe que este equipo puede abrir páginas web.
Si está en una red de empresa, pregunte si los nombres externos están bloqueados.</translation>
    </message>
    <message>
        <source>DNS lookup (RFC 1035); RFC 5321 section 5.1</source>
        <comment>net.host_not_found/reference</comment>
        <translation>Consulta DNS (RFC 1035); RFC 5321, sección 5.1</translation>
    </message>
    <message>
        <source>Nothing answers on this port</source>
        <comment>net.connection_refused/title</comment>
        <translation>Nada responde en este puerto</translation>
    </message>
    <message>
        <source>The server was reached, but it turned the connection away at once: no mail service listens on this port.</source>
        <comment>net.connection_refused/summary</comment>
        <translation>Se llegó al servidor, pero rechazó la conexión de inmediato: no hay ningún servicio de correo escuchando en este puerto.</translation>
    </message>
    <message>
        <source>The port number is wrong for this server.
A firewall on the way rejects the connection.
The mail service on the server is not running.</source>
        <comment>net.connection_refused/causes</comment>
        <translation>El número de puerto no es el correcto para este servidor.
Un cortafuegos en el camino rechaza la conexión.
El servicio de correo del servidor no está en ejecución.</translation>
    </message>
    <message>
        <source>Check the port in your provider&apos;s instructions: usually 587 with STARTTLS or 465 with TLS from the start.
If you run the server yourself, check that it is running and listening on this port.</source>
        <comment>net.connection_refused/fixes</comment>
        <translation>Compruebe el puerto en las instrucciones de su proveedor: normalmente 587 con STARTTLS o 465 con «TLS desde el principio».
Si usted administra el servidor, compruebe que está en ejecución y escuchando en este puerto.</translation>
    </message>
    <message>
        <source>TCP connection refused; ports: RFC 6409 (587), RFC 8314 (465)</source>
        <comment>net.connection_refused/reference</comment>
        <translation>Conexión TCP rechazada; puertos: RFC 6409 (587), RFC 8314 (465)</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <comment>net.timeout/title</comment>
        <translation>El servidor no responde</translation>
    </message>
    <message>
        <source>Sendcheck waited, but the server did not answer in time. Most often something between you and the server silently drops the connection.</source>
        <comment>net.timeout/summary</comment>
        <translation>Sendcheck esperó, pero el servidor no respondió a tiempo. Lo más frecuente es que algo entre usted y el servidor descarte la conexión sin avisar.</translation>
    </message>
    <message>
        <source>Your internet provider, cloud host or firewall blocks this mail port (port 25 is blocked very often, 587 and 465 sometimes).
An antivirus &quot;mail shield&quot; holds the connection.
The server is down or overloaded.
The security setting does not fit the port, and both sides wait for each other.</source>
        <comment>net.timeout/causes</comment>
        <translation>Su proveedor de internet, su proveedor de nube o su cortafuegos bloquea este puerto de correo (el puerto 25 se bloquea muy a menudo; el 587 y el 465, a veces).
Un &quot;escudo de correo&quot; del antivirus retiene la conexión.
El servidor está caído o sobrecargado.
La configuración de seguridad no corresponde al puerto, y cada lado espera al otro.</translation>
    </message>
    <message>
        <source>Try another network (for example a phone hotspot) to see whether your network blocks the port.
Switch off the antivirus mail scanning for a test.
On a cloud server, ask the provider to lift the block on port 25, or use 587 or 465.</source>
        <comment>net.timeout/fixes</comment>
        <translation>Pruebe desde otra red (por ejemplo, un punto de acceso del teléfono) para ver si su red bloquea el puerto.
Desactive el análisis de correo del antivirus para hacer una prueba.
En un servidor en la nube, pida al proveedor que levante el bloqueo del puerto 25, o use el 587 o el 465.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.5.3.2 (timeouts); ports: RFC 6409, RFC 8314</source>
        <comment>net.timeout/reference</comment>
        <translation>RFC 5321, sección 4.5.3.2 (tiempos de espera); puertos: RFC 6409, RFC 8314</translation>
    </message>
    <message>
        <source>The connection broke off</source>
        <comment>net.connection_lost/title</comment>
        <translation>La conexión se interrumpió</translation>
    </message>
    <message>
        <source>The connection to the server ended in the middle of the conversation, without a reply that says why.</source>
        <comment>net.connection_lost/summary</comment>
        <translation>La conexión con el servidor terminó en mitad de la conversación, sin una respuesta que diga por qué.</translation>
    </message>
    <message>
        <source>The server closed the connection because it did not like something (often too many attempts, or your address is blocked).
The network connection dropped.
A firewall or antivirus cut the connection.</source>
        <comment>net.connection_lost/causes</comment>
        <translation>El servidor cerró la conexión porque algo no le gustó (a menudo demasiados intentos, o su dirección está bloqueada).
La conexión de red se cayó.
Un cortafuegos o un antivirus cortó la conexión.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.
If it breaks at the same step every time, look at the transcript to see what was sent last.
Try from another network to rule out a firewall.</source>
        <comment>net.connection_lost/fixes</comment>
        <translation>Vuelva a intentarlo dentro de unos minutos.
Si se corta siempre en el mismo paso, mire en la transcripción qué se envió por última vez.
Pruebe desde otra red para descartar un cortafuegos.</translation>
    </message>
    <message>
        <source>RFC 5321 section 3.8 (terminating sessions)</source>
        <comment>net.connection_lost/reference</comment>
        <translation>RFC 5321, sección 3.8 (finalización de sesiones)</translation>
    </message>
    <message>
        <source>The security setting does not fit the port</source>
        <comment>net.security_mode_mismatch/title</comment>
        <translation>La configuración de seguridad no corresponde al puerto</translation>
    </message>
    <message>
        <source>RFC 3207 (STARTTLS), RFC 8314 section 3 (implicit TLS, port 465)</source>
        <comment>net.security_mode_mismatch/reference</comment>
        <translation>RFC 3207 (STARTTLS), RFC 8314, sección 3 (TLS implícito, puerto 465)</translation>
    </message>
    <message>
        <source>The server does not offer encryption</source>
        <comment>tls.starttls_unavailable/title</comment>
        <translation>El servidor no ofrece cifrado</translation>
    </message>
    <message>
        <source>Encryption with STARTTLS was required, but the server did not offer it or refused it. Sendcheck stopped rather than send anything unencrypted.</source>
        <comment>tls.starttls_unavailable/summary</comment>
        <translation>Se exigía cifrado con STARTTLS, pero el servidor no lo ofreció o lo rechazó. Sendcheck se detuvo antes que enviar algo sin cifrar.</translation>
    </message>
    <message>
        <source>RFC 3207 sections 4 and 4.1</source>
        <comment>tls.starttls_unavailable/reference</comment>
        <translation>RFC 3207, secciones 4 y 4.1</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up</source>
        <comment>tls.handshake_failed/title</comment>
        <translation>No se pudo establecer la conexión cifrada</translation>
    </message>
    <message>
        <source>Sendcheck and the server could not agree on how to encrypt the connection.</source>
        <comment>tls.handshake_failed/summary</comment>
        <translation>Sendcheck y el servidor no pudieron ponerse de acuerdo sobre cómo cifrar la conexión.</translation>
    </message>
    <message>
        <source>The server only speaks old TLS versions (1.0 or 1.1) that are no longer considered safe, or only newer ones this system lacks.
The two sides have no encryption method in common.
A proxy or antivirus interferes with the connection.</source>
        <comment>tls.handshake_failed/causes</comment>
        <translation>El servidor solo habla versiones antiguas de TLS (1.0 o 1.1) que ya no se consideran seguras, o solo otras más nuevas que este sistema no tiene.
Los dos lados no tienen ningún método de cifrado en común.
Un proxy o un antivirus interfiere en la conexión.</translation>
    </message>
    <message>
        <source>Check the security setting and the port against your provider&apos;s instructions.
If the server is old, ask its administrator to enable TLS 1.2 or newer.
Switch off antivirus mail scanning for a test.</source>
        <comment>tls.handshake_failed/fixes</comment>
        <translation>Compruebe la configuración de seguridad y el puerto con las instrucciones de su proveedor.
Si el servidor es antiguo, pida a su administrador que active TLS 1.2 o posterior.
Desactive el análisis de correo del antivirus para hacer una prueba.</translation>
    </message>
    <message>
        <source>RFC 8446 (TLS 1.3), RFC 8996 (TLS 1.0/1.1 retired)</source>
        <comment>tls.handshake_failed/reference</comment>
        <translation>RFC 8446 (TLS 1.3), RFC 8996 (TLS 1.0/1.1 retirados)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <comment>tls.certificate_untrusted/title</comment>
        <translation>El certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>The server showed a certificate that no trusted authority vouches for, so Sendcheck cannot be sure it is talking to the real server.</source>
        <comment>tls.certificate_untrusted/summary</comment>
        <translation>El servidor presentó un certificado que no avala ninguna autoridad de confianza, así que Sendcheck no puede estar seguro de estar hablando con el servidor real.</translation>
    </message>
    <message>
        <source>An antivirus or company proxy intercepts encrypted mail and shows its own certificate.
The server uses a self-made (self-signed) certificate.
The server does not send the intermediate certificates.</source>
        <comment>tls.certificate_untrusted/causes</comment>
        <translation>Un antivirus o un proxy de la empresa intercepta el correo cifrado y presenta su propio certificado.
El servidor usa un certificado propio (autofirmado).
El servidor no envía los certificados intermedios.</translation>
    </message>
    <message>
        <source>If an antivirus scans e-mail, switch that feature off for a test.
If this is your own server, install a certificate from a public authority (for example Let&apos;s Encrypt) including the chain.
Only if you know the server and its certificate: trust that one certificate explicitly in the profile. Never switch checks off in general.</source>
        <comment>tls.certificate_untrusted/fixes</comment>
        <translation>Si un antivirus analiza el correo electrónico, desactive esa función para hacer una prueba.
Si es su propio servidor, instale un certificado de una autoridad pública (por ejemplo, Let&apos;s Encrypt) con la cadena completa.
Solo si conoce el servidor y su certificado: confíe expresamente en ese certificado concreto en el perfil. Nunca desactive las comprobaciones en general.</translation>
    </message>
    <message>
        <source>RFC 5280 section 6 (path validation)</source>
        <comment>tls.certificate_untrusted/reference</comment>
        <translation>RFC 5280, sección 6 (validación de la ruta)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <comment>tls.certificate_expired/title</comment>
        <translation>El certificado del servidor ha caducado</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is outside its validity period, so it cannot prove who the server is.</source>
        <comment>tls.certificate_expired/summary</comment>
        <translation>El certificado del servidor está fuera de su período de validez, así que no puede demostrar quién es el servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s administrator did not renew the certificate in time.
This computer&apos;s date or time is wrong.</source>
        <comment>tls.certificate_expired/causes</comment>
        <translation>El administrador del servidor no renovó el certificado a tiempo.
La fecha o la hora de este equipo son incorrectas.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone.
Tell the server&apos;s administrator or your provider: the certificate must be renewed.
Do not switch certificate checks off to get around it.</source>
        <comment>tls.certificate_expired/fixes</comment>
        <translation>Compruebe la fecha, la hora y la zona horaria de este equipo.
Avise al administrador del servidor o a su proveedor: hay que renovar el certificado.
No desactive las comprobaciones de certificados para sortearlo.</translation>
    </message>
    <message>
        <source>RFC 5280 section 4.1.2.5 (validity)</source>
        <comment>tls.certificate_expired/reference</comment>
        <translation>RFC 5280, sección 4.1.2.5 (validez)</translation>
    </message>
    <message>
        <source>The certificate is for a different name</source>
        <comment>tls.certificate_name_mismatch/title</comment>
        <translation>El certificado es para otro nombre</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid, but not for the server name you entered.</source>
        <comment>tls.certificate_name_mismatch/summary</comment>
        <translation>El certificado del servidor es válido, pero no para el nombre de servidor que introdujo.</translation>
    </message>
    <message>
        <source>An IP address or a different alias was entered instead of the exact server name from the provider.
Your hosting company serves many domains and its certificate names only its own server name.
An antivirus or proxy intercepts the connection.</source>
        <comment>tls.certificate_name_mismatch/causes</comment>
        <translation>Se introdujo una dirección IP u otro alias en lugar del nombre de servidor exacto del proveedor.
Su empresa de alojamiento atiende muchos dominios y su certificado solo nombra su propio nombre de servidor.
Un antivirus o un proxy intercepta la conexión.</translation>
    </message>
    <message>
        <source>Enter the exact server name from your provider&apos;s instructions, not an IP address.
With shared hosting, use the hosting company&apos;s server name (often shown in the certificate details).
Switch off antivirus mail scanning for a test.</source>
        <comment>tls.certificate_name_mismatch/fixes</comment>
        <translation>Introduzca el nombre de servidor exacto de las instrucciones de su proveedor, no una dirección IP.
Con un alojamiento compartido, use el nombre de servidor de la empresa de alojamiento (a menudo aparece en los detalles del certificado).
Desactive el análisis de correo del antivirus para hacer una prueba.</translation>
    </message>
    <message>
        <source>RFC 6125 (server identity in certificates)</source>
        <comment>tls.certificate_name_mismatch/reference</comment>
        <translation>RFC 6125 (identidad del servidor en los certificados)</translation>
    </message>
    <message>
        <source>The server demands encryption first</source>
        <comment>tls.required/title</comment>
        <translation>El servidor exige cifrado primero</translation>
    </message>
    <message>
        <source>The server only continues over an encrypted connection, and this conversation was not encrypted.</source>
        <comment>tls.required/summary</comment>
        <translation>El servidor solo continúa por una conexión cifrada, y esta conversación no estaba cifrada.</translation>
    </message>
    <message>
        <source>The security setting is &quot;None&quot;.
STARTTLS was not used on a port that requires it.</source>
        <comment>tls.required/causes</comment>
        <translation>La configuración de seguridad es &quot;Ninguna&quot;.
No se usó STARTTLS en un puerto que lo requiere.</translation>
    </message>
    <message>
        <source>RFC 3207 section 4 (530 before STARTTLS)</source>
        <comment>tls.required/reference</comment>
        <translation>RFC 3207, sección 4 (530 antes de STARTTLS)</translation>
    </message>
    <message>
        <source>The server wants you to sign in</source>
        <comment>auth.required/title</comment>
        <translation>El servidor le pide que inicie sesión</translation>
    </message>
    <message>
        <source>The server only accepts mail from users who have signed in, and this session did not sign in (or the sign-in did not count).</source>
        <comment>auth.required/summary</comment>
        <translation>El servidor solo acepta correo de usuarios que han iniciado sesión, y en esta sesión no se inició sesión (o el inicio de sesión no contó).</translation>
    </message>
    <message>
        <source>No user name and password are set for this server.
Sign-in is switched off in the settings (&quot;my server requires authentication&quot; not ticked).
The server only offers sign-in after encryption, and encryption was off.</source>
        <comment>auth.required/causes</comment>
        <translation>No hay nombre de usuario ni contraseña configurados para este servidor.
El inicio de sesión está desactivado en la configuración (la opción &quot;Mi servidor requiere autenticación&quot; no está marcada).
El servidor solo ofrece el inicio de sesión después del cifrado, y el cifrado estaba desactivado.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (530 5.7.0)</source>
        <comment>auth.required/reference</comment>
        <translation>RFC 4954, sección 6 (530 5.7.0)</translation>
    </message>
    <message>
        <source>The server offers no sign-in</source>
        <comment>auth.not_offered/title</comment>
        <translation>El servidor no ofrece inicio de sesión</translation>
    </message>
    <message>
        <source>A user name was set, but the server did not offer any way to sign in.</source>
        <comment>auth.not_offered/summary</comment>
        <translation>Se configuró un nombre de usuario, pero el servidor no ofreció ninguna forma de iniciar sesión.</translation>
    </message>
    <message>
        <source>The server only offers sign-in after encryption, and encryption was off.
This is a relay or receiving server (port 25) that takes mail without sign-in, for example by IP address.
The wrong server name or port was entered.</source>
        <comment>auth.not_offered/causes</comment>
        <translation>El servidor solo ofrece el inicio de sesión después del cifrado, y el cifrado estaba desactivado.
Es un servidor de retransmisión o de recepción (puerto 25) que acepta correo sin inicio de sesión, por ejemplo por dirección IP.
Se introdujo un nombre de servidor o un puerto incorrectos.</translation>
    </message>
    <message>
        <source>RFC 4954 section 3 (the AUTH extension)</source>
        <comment>auth.not_offered/reference</comment>
        <translation>RFC 4954, sección 3 (la extensión AUTH)</translation>
    </message>
    <message>
        <source>No common way to sign in</source>
        <comment>auth.mechanism_unsupported/title</comment>
        <translation>No hay ninguna forma común de iniciar sesión</translation>
    </message>
    <message>
        <source>The server does not support the sign-in method that was chosen, or none of the methods it offers fits the credentials.</source>
        <comment>auth.mechanism_unsupported/summary</comment>
        <translation>El servidor no admite el método de inicio de sesión elegido, o ninguno de los métodos que ofrece encaja con las credenciales.</translation>
    </message>
    <message>
        <source>A fixed method (for example CRAM-MD5 or XOAUTH2) is set that this server does not offer.
The server offers only OAuth, and a password was given (or the other way round).</source>
        <comment>auth.mechanism_unsupported/causes</comment>
        <translation>Hay configurado un método fijo (por ejemplo, CRAM-MD5 o XOAUTH2) que este servidor no ofrece.
El servidor solo ofrece OAuth y se indicó una contraseña (o al revés).</translation>
    </message>
    <message>
        <source>Set the sign-in method to &quot;Automatic&quot;.
Look at the methods the server lists after AUTH in the transcript and choose one of them.
If only OAuth (XOAUTH2) is listed, use &quot;Sign in with&quot; your provider instead of a password.</source>
        <comment>auth.mechanism_unsupported/fixes</comment>
        <translation>Configure el método de inicio de sesión como &quot;Automático&quot;.
Mire en la transcripción los métodos que el servidor enumera después de AUTH y elija uno de ellos.
Si solo aparece OAuth (XOAUTH2), use &quot;Iniciar sesión con&quot; su proveedor en lugar de una contraseña.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (504 5.5.4)</source>
        <comment>auth.mechanism_unsupported/reference</comment>
        <translation>RFC 4954, sección 6 (504 5.5.4)</translation>
    </message>
    <message>
        <source>Sign-in needs encryption first</source>
        <comment>auth.encryption_required/title</comment>
        <translation>El inicio de sesión requiere cifrado primero</translation>
    </message>
    <message>
        <source>The password would have travelled unencrypted. The server (or Sendcheck) refuses that, so it needs an encrypted connection first.</source>
        <comment>auth.encryption_required/summary</comment>
        <translation>La contraseña habría viajado sin cifrar. El servidor (o Sendcheck) no lo permite, así que primero necesita una conexión cifrada.</translation>
    </message>
    <message>
        <source>The security setting is &quot;None&quot;.
A port without encryption was chosen.</source>
        <comment>auth.encryption_required/causes</comment>
        <translation>La configuración de seguridad es &quot;Ninguna&quot;.
Se eligió un puerto sin cifrado.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (538 5.7.11)</source>
        <comment>auth.encryption_required/reference</comment>
        <translation>RFC 4954, sección 6 (538 5.7.11)</translation>
    </message>
    <message>
        <source>User name or password not accepted</source>
        <comment>auth.credentials_rejected/title</comment>
        <translation>Nombre de usuario o contraseña no aceptados</translation>
    </message>
    <message>
        <source>The server checked the user name and password (or key) and refused them.</source>
        <comment>auth.credentials_rejected/summary</comment>
        <translation>El servidor comprobó el nombre de usuario y la contraseña (o la clave) y los rechazó.</translation>
    </message>
    <message>
        <source>The password or key is wrong, out of date, or has stray spaces or line breaks.
The user name is not what this server expects (often the full e-mail address).
The provider needs a special app password or SMTP key, not the normal web login.
The account may not use sign-in from apps.</source>
        <comment>auth.credentials_rejected/causes</comment>
        <translation>La contraseña o la clave es incorrecta, está obsoleta o tiene espacios o saltos de línea de más.
El nombre de usuario no es el que espera este servidor (a menudo, la dirección de correo completa).
El proveedor necesita una contraseña de aplicación especial o una clave SMTP, no el inicio de sesión web normal.
Puede que la cuenta no tenga permitido iniciar sesión desde aplicaciones.</translation>
    </message>
    <message>
        <source>Enter the password again by typing it, not pasting, to rule out stray characters.
Use the user name exactly as your provider gives it; usually the full e-mail address.
Check in your provider&apos;s help whether apps need an app password or SMTP key.
Sign in on the provider&apos;s web site to check the account is not locked.</source>
        <comment>auth.credentials_rejected/fixes</comment>
        <translation>Vuelva a introducir la contraseña escribiéndola, sin pegarla, para descartar caracteres sobrantes.
Use el nombre de usuario exactamente como se lo da su proveedor; normalmente la dirección de correo completa.
Consulte en la ayuda de su proveedor si las aplicaciones necesitan una contraseña de aplicación o una clave SMTP.
Inicie sesión en el sitio web del proveedor para comprobar que la cuenta no está bloqueada.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (535 5.7.8)</source>
        <comment>auth.credentials_rejected/reference</comment>
        <translation>RFC 4954, sección 6 (535 5.7.8)</translation>
    </message>
    <message>
        <source>An app password is needed</source>
        <comment>auth.app_password_required/title</comment>
        <translation>Se necesita una contraseña de aplicación</translation>
    </message>
    <message>
        <source>This account does not accept its normal password in mail programs. It needs a separate app password (or a sign-in through the provider&apos;s web page).</source>
        <comment>auth.app_password_required/summary</comment>
        <translation>Esta cuenta no acepta su contraseña normal en los programas de correo. Necesita una contraseña de aplicación aparte (o un inicio de sesión a través de la página web del proveedor).</translation>
    </message>
    <message>
        <source>The normal account password was entered; the provider only accepts app passwords for mail programs.
An app password was entered with spaces, or it was revoked when the account password changed.
Two-step verification is on, which rules out the normal password.</source>
        <comment>auth.app_password_required/causes</comment>
        <translation>Se introdujo la contraseña normal de la cuenta; el proveedor solo acepta contraseñas de aplicación en los programas de correo.
Se introdujo una contraseña de aplicación con espacios, o se revocó al cambiar la contraseña de la cuenta.
La verificación en dos pasos está activada, lo que descarta la contraseña normal.</translation>
    </message>
    <message>
        <source>Switch on two-step verification for the account if it is off.
Create an app password in the account&apos;s security settings.
Enter it here without spaces, with the full e-mail address as user name.
Or use &quot;Sign in with&quot; your provider (OAuth) instead of a password.</source>
        <comment>auth.app_password_required/fixes</comment>
        <translation>Active la verificación en dos pasos de la cuenta si está desactivada.
Cree una contraseña de aplicación en la configuración de seguridad de la cuenta.
Introdúzcala aquí sin espacios, con la dirección de correo completa como nombre de usuario.
O use &quot;Iniciar sesión con&quot; su proveedor (OAuth) en lugar de una contraseña.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (534 5.7.9: mechanism too weak)</source>
        <comment>auth.app_password_required/reference</comment>
        <translation>RFC 4954, sección 6 (534 5.7.9: mecanismo demasiado débil)</translation>
    </message>
    <message>
        <source>Confirm the sign-in in a web browser first</source>
        <comment>auth.browser_signin_required/title</comment>
        <translation>Confirme primero el inicio de sesión en un navegador web</translation>
    </message>
    <message>
        <source>The provider noticed a sign-in from a new place and wants you to confirm it on its web site before it lets this program in.</source>
        <comment>auth.browser_signin_required/summary</comment>
        <translation>El proveedor detectó un inicio de sesión desde un lugar nuevo y quiere que lo confirme en su sitio web antes de dejar entrar a este programa.</translation>
    </message>
    <message>
        <source>A sign-in from a new device or network looked unusual to the provider.
The account needs a security check (for example a phone confirmation).</source>
        <comment>auth.browser_signin_required/causes</comment>
        <translation>Al proveedor le pareció inusual un inicio de sesión desde un dispositivo o una red nuevos.
La cuenta necesita una comprobación de seguridad (por ejemplo, una confirmación por teléfono).</translation>
    </message>
    <message>
        <source>Sign in to the account in a web browser on this computer and confirm any security prompt.
Check the provider&apos;s recent-activity page and allow the blocked sign-in.
Then try again here.</source>
        <comment>auth.browser_signin_required/fixes</comment>
        <translation>Inicie sesión en la cuenta en un navegador web de este equipo y confirme cualquier aviso de seguridad.
Revise la página de actividad reciente del proveedor y permita el inicio de sesión bloqueado.
Después, vuelva a intentarlo aquí.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.14 (trust relationship required)</source>
        <comment>auth.browser_signin_required/reference</comment>
        <translation>RFC 3463 x.7.14 (se requiere una relación de confianza)</translation>
    </message>
    <message>
        <source>Password sign-in is switched off</source>
        <comment>auth.disabled_by_provider/title</comment>
        <translation>El inicio de sesión con contraseña está desactivado</translation>
    </message>
    <message>
        <source>Signing in to send mail with a password is switched off for this mailbox or for the whole organisation. The password itself is probably correct.</source>
        <comment>auth.disabled_by_provider/summary</comment>
        <translation>El inicio de sesión con contraseña para enviar correo está desactivado para este buzón o para toda la organización. Probablemente la contraseña en sí es correcta.</translation>
    </message>
    <message>
        <source>An administrator switched off sending from apps (SMTP AUTH) for the organisation or the mailbox.
Security rules (security defaults, multi-factor sign-in, blocked legacy sign-in) stop password sign-in.
The provider has retired password sign-in (basic authentication) for mail programs.</source>
        <comment>auth.disabled_by_provider/causes</comment>
        <translation>Un administrador desactivó el envío desde aplicaciones (SMTP AUTH) para la organización o para el buzón.
Las reglas de seguridad (valores predeterminados de seguridad, inicio de sesión multifactor, bloqueo de la autenticación heredada) impiden el inicio de sesión con contraseña.
El proveedor retiró el inicio de sesión con contraseña (autenticación básica) para los programas de correo.</translation>
    </message>
    <message>
        <source>Best: switch this account to &quot;Sign in with&quot; your provider (OAuth).
Or ask your administrator to allow authenticated SMTP for this one mailbox.
For devices that cannot sign in any other way, use a relay or connector that accepts them by IP address.</source>
        <comment>auth.disabled_by_provider/fixes</comment>
        <translation>Lo mejor: cambie esta cuenta a &quot;Iniciar sesión con&quot; su proveedor (OAuth).
O pida a su administrador que permita el SMTP autenticado para este buzón en concreto.
Para los dispositivos que no pueden iniciar sesión de otra forma, use un servidor de retransmisión o un conector que los acepte por su dirección IP.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (535); provider policy</source>
        <comment>auth.disabled_by_provider/reference</comment>
        <translation>RFC 4954, sección 6 (535); política del proveedor</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid</source>
        <comment>auth.oauth_token_rejected/title</comment>
        <translation>El inicio de sesión guardado ya no es válido</translation>
    </message>
    <message>
        <source>The server refused the OAuth access token: it has expired, was revoked, or does not include permission to send mail.</source>
        <comment>auth.oauth_token_rejected/summary</comment>
        <translation>El servidor rechazó el token de acceso OAuth: caducó, se revocó o no incluye permiso para enviar correo.</translation>
    </message>
    <message>
        <source>The token has expired and could not be refreshed.
The token lacks the mail-sending permission (scope).
The token belongs to a different address than the user name.</source>
        <comment>auth.oauth_token_rejected/causes</comment>
        <translation>El token caducó y no se pudo renovar.
Al token le falta el permiso para enviar correo (ámbito).
El token pertenece a una dirección distinta del nombre de usuario.</translation>
    </message>
    <message>
        <source>Sign in with your provider again and agree to the mail permission.
Check that the user name is the same address you signed in with.
For your own app registration: request the provider&apos;s SMTP scope (Google: https://mail.google.com/, Microsoft: SMTP.Send).</source>
        <comment>auth.oauth_token_rejected/fixes</comment>
        <translation>Vuelva a iniciar sesión con su proveedor y acepte el permiso de correo.
Compruebe que el nombre de usuario es la misma dirección con la que inició sesión.
Para su propio registro de aplicación: solicite el ámbito SMTP del proveedor (Google: https://mail.google.com/, Microsoft: SMTP.Send).</translation>
    </message>
    <message>
        <source>RFC 7628 (OAUTHBEARER); Google and Microsoft XOAUTH2</source>
        <comment>auth.oauth_token_rejected/reference</comment>
        <translation>RFC 7628 (OAUTHBEARER); XOAUTH2 de Google y Microsoft</translation>
    </message>
    <message>
        <source>Locked out after failed sign-ins</source>
        <comment>auth.too_many_attempts/title</comment>
        <translation>Bloqueado tras inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>After several failed sign-ins the server stopped accepting sign-ins from you for a while.</source>
        <comment>auth.too_many_attempts/summary</comment>
        <translation>Tras varios inicios de sesión fallidos, el servidor dejó de aceptar sus inicios de sesión durante un tiempo.</translation>
    </message>
    <message>
        <source>A wrong password was tried several times (possibly by another device with old settings).
The server&apos;s brute-force protection blocked your IP address.</source>
        <comment>auth.too_many_attempts/causes</comment>
        <translation>Se probó varias veces una contraseña incorrecta (quizá otro dispositivo con una configuración antigua).
La protección contra ataques de fuerza bruta del servidor bloqueó su dirección IP.</translation>
    </message>
    <message>
        <source>Stop all devices and programs that use this account with an old password.
Wait 15 to 60 minutes, then try once with the correct password.
If it stays blocked, ask the provider or administrator to unblock your IP address.</source>
        <comment>auth.too_many_attempts/fixes</comment>
        <translation>Detenga todos los dispositivos y programas que usan esta cuenta con una contraseña antigua.
Espere entre 15 y 60 minutos y vuelva a intentarlo una vez con la contraseña correcta.
Si sigue bloqueado, pida al proveedor o al administrador que desbloquee su dirección IP.</translation>
    </message>
    <message>
        <source>RFC 4954 section 6; provider policy</source>
        <comment>auth.too_many_attempts/reference</comment>
        <translation>RFC 4954, sección 6; política del proveedor</translation>
    </message>
    <message>
        <source>Sign-in temporarily impossible</source>
        <comment>auth.temporary_failure/title</comment>
        <translation>Inicio de sesión imposible por el momento</translation>
    </message>
    <message>
        <source>The server could not check your sign-in right now because of a problem on its side. Your settings are probably fine.</source>
        <comment>auth.temporary_failure/summary</comment>
        <translation>El servidor no pudo comprobar su inicio de sesión en este momento por un problema de su lado. Probablemente su configuración es correcta.</translation>
    </message>
    <message>
        <source>The server&apos;s password database or sign-in service is briefly unavailable.
The server is overloaded.</source>
        <comment>auth.temporary_failure/causes</comment>
        <translation>La base de datos de contraseñas o el servicio de inicio de sesión del servidor no está disponible durante un momento.
El servidor está sobrecargado.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; nothing needs changing.
If it lasts, tell the server&apos;s administrator (they should check the sign-in service behind the mail server).</source>
        <comment>auth.temporary_failure/fixes</comment>
        <translation>Vuelva a intentarlo dentro de unos minutos; no hay que cambiar nada.
Si persiste, avise al administrador del servidor (debería revisar el servicio de inicio de sesión que hay detrás del servidor de correo).</translation>
    </message>
    <message>
        <source>RFC 4954 section 6 (454 4.7.0)</source>
        <comment>auth.temporary_failure/reference</comment>
        <translation>RFC 4954, sección 6 (454 4.7.0)</translation>
    </message>
    <message>
        <source>Not allowed to send from this address</source>
        <comment>sender.not_authorized/title</comment>
        <translation>No se permite enviar desde esta dirección</translation>
    </message>
    <message>
        <source>You signed in as one account but the message uses a sender address that this account may not send as.</source>
        <comment>sender.not_authorized/summary</comment>
        <translation>Inició sesión con una cuenta, pero el mensaje usa una dirección de remitente con la que esta cuenta no puede enviar.</translation>
    </message>
    <message>
        <source>The From address differs from the signed-in account.
The other address was never set up as an alias or granted &quot;send as&quot; rights.</source>
        <comment>sender.not_authorized/causes</comment>
        <translation>La dirección De es distinta de la cuenta con la que se inició sesión.
La otra dirección nunca se configuró como alias ni recibió permisos de &quot;enviar como&quot;.</translation>
    </message>
    <message>
        <source>Use the signed-in account&apos;s own address as the From address.
Or set up the other address as an alias or grant this account &quot;send as&quot; rights for it (your administrator can do this).
Then try again.</source>
        <comment>sender.not_authorized/fixes</comment>
        <translation>Use como dirección De la propia dirección de la cuenta con la que inició sesión.
O configure la otra dirección como alias o conceda a esta cuenta permisos de &quot;enviar como&quot; para ella (su administrador puede hacerlo).
Después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.1; RFC 6409 section 6.1</source>
        <comment>sender.not_authorized/reference</comment>
        <translation>RFC 3463 x.7.1; RFC 6409, sección 6.1</translation>
    </message>
    <message>
        <source>The sender address is not verified</source>
        <comment>sender.not_verified/title</comment>
        <translation>La dirección del remitente no está verificada</translation>
    </message>
    <message>
        <source>The sending service only sends from addresses or domains you have proved you own, and this one is not verified (yet).</source>
        <comment>sender.not_verified/summary</comment>
        <translation>El servicio de envío solo envía desde direcciones o dominios que usted ha demostrado que le pertenecen, y esta no está verificada (todavía).</translation>
    </message>
    <message>
        <source>The From address or its domain was never verified with the service.
The program uses a default sender such as webmaster@localhost.
The account is still in a test mode (sandbox) that also limits the recipients.</source>
        <comment>sender.not_verified/causes</comment>
        <translation>La dirección De o su dominio nunca se verificaron en el servicio.
El programa usa un remitente predeterminado como webmaster@localhost.
La cuenta sigue en un modo de prueba (sandbox) que también limita los destinatarios.</translation>
    </message>
    <message>
        <source>Verify the From address or the whole domain in the service&apos;s console.
Set a real From address in the settings.
If the account is in a sandbox, verify the recipients too, or request production access.</source>
        <comment>sender.not_verified/fixes</comment>
        <translation>Verifique la dirección De o el dominio completo en la consola del servicio.
Configure una dirección De real en la configuración.
Si la cuenta está en un sandbox, verifique también los destinatarios o solicite el acceso de producción.</translation>
    </message>
    <message>
        <source>Provider policy; RFC 3463 x.7.1</source>
        <comment>sender.not_verified/reference</comment>
        <translation>Política del proveedor; RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>The sender address was refused</source>
        <comment>sender.rejected/title</comment>
        <translation>Se rechazó la dirección del remitente</translation>
    </message>
    <message>
        <source>The server refused the sender (From or envelope) address itself.</source>
        <comment>sender.rejected/summary</comment>
        <translation>El servidor rechazó la propia dirección del remitente (De o del sobre).</translation>
    </message>
    <message>
        <source>The address has a typo or is not a valid address.
Its domain does not exist in DNS (for example @localhost or a company-internal .local name).
The server checked that the address can receive replies, and it cannot.</source>
        <comment>sender.rejected/causes</comment>
        <translation>La dirección tiene un error tipográfico o no es una dirección válida.
Su dominio no existe en el DNS (por ejemplo, @localhost o un nombre .local interno de la empresa).
El servidor comprobó si la dirección puede recibir respuestas, y no puede.</translation>
    </message>
    <message>
        <source>Use a real sender address with a public domain.
Check the address for typos, spaces and odd characters.
If the domain is yours, check its DNS records (MX and A).</source>
        <comment>sender.rejected/fixes</comment>
        <translation>Use una dirección de remitente real con un dominio público.
Revise la dirección en busca de errores tipográficos, espacios y caracteres extraños.
Si el dominio es suyo, compruebe sus registros DNS (MX y A).</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.1.1.2; RFC 3463 x.1.7, x.1.8</source>
        <comment>sender.rejected/reference</comment>
        <translation>RFC 5321, sección 4.1.1.2; RFC 3463 x.1.7, x.1.8</translation>
    </message>
    <message>
        <source>The recipient address does not exist</source>
        <comment>recipient.unknown/title</comment>
        <translation>La dirección del destinatario no existe</translation>
    </message>
    <message>
        <source>The receiving server has no mailbox with this address.</source>
        <comment>recipient.unknown/summary</comment>
        <translation>El servidor receptor no tiene ningún buzón con esta dirección.</translation>
    </message>
    <message>
        <source>The address is misspelled (letters, dots, domain).
The mailbox was closed or moved.
The domain does not accept mail at all.</source>
        <comment>recipient.unknown/causes</comment>
        <translation>La dirección está mal escrita (letras, puntos, dominio).
El buzón se cerró o se trasladó.
El dominio no acepta correo en absoluto.</translation>
    </message>
    <message>
        <source>Check the spelling of the address.
Ask the recipient for their current address.
For a test, send to your own address first.</source>
        <comment>recipient.unknown/fixes</comment>
        <translation>Compruebe la ortografía de la dirección.
Pida al destinatario su dirección actual.
Para una prueba, envíe primero a su propia dirección.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.3 (550); RFC 3463 x.1.1</source>
        <comment>recipient.unknown/reference</comment>
        <translation>RFC 5321, sección 4.2.3 (550); RFC 3463 x.1.1</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <comment>recipient.mailbox_full/title</comment>
        <translation>El buzón del destinatario está lleno</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no room left. Your settings are fine.</source>
        <comment>recipient.mailbox_full/summary</comment>
        <translation>El buzón del destinatario no tiene espacio libre. Su configuración es correcta.</translation>
    </message>
    <message>
        <source>The recipient has not cleaned up the mailbox.
The mailbox is abandoned.</source>
        <comment>recipient.mailbox_full/causes</comment>
        <translation>El destinatario no ha hecho limpieza en el buzón.
El buzón está abandonado.</translation>
    </message>
    <message>
        <source>Try again later.
Reach the recipient another way and ask them to make room.</source>
        <comment>recipient.mailbox_full/fixes</comment>
        <translation>Vuelva a intentarlo más tarde.
Póngase en contacto con el destinatario por otra vía y pídale que libere espacio.</translation>
    </message>
    <message>
        <source>RFC 3463 x.2.2 (mailbox full)</source>
        <comment>recipient.mailbox_full/reference</comment>
        <translation>RFC 3463 x.2.2 (buzón lleno)</translation>
    </message>
    <message>
        <source>The server will not pass the mail on</source>
        <comment>recipient.relay_denied/title</comment>
        <translation>El servidor no retransmitirá el correo</translation>
    </message>
    <message>
        <source>This server only delivers to its own domains unless you are signed in or on its list of allowed senders, so it refused to forward mail to this recipient.</source>
        <comment>recipient.relay_denied/summary</comment>
        <translation>Este servidor solo entrega a sus propios dominios, salvo que usted haya iniciado sesión o esté en su lista de remitentes permitidos, así que se negó a reenviar el correo a este destinatario.</translation>
    </message>
    <message>
        <source>Sign-in is off or did not succeed.
The server is a receiving server (MX, port 25), not your provider&apos;s outgoing server.
Your IP address or certificate is not (any more) on the relay&apos;s allow list.</source>
        <comment>recipient.relay_denied/causes</comment>
        <translation>El inicio de sesión está desactivado o no se completó.
El servidor es un servidor receptor (MX, puerto 25), no el servidor saliente de su proveedor.
Su dirección IP o su certificado no está (o ya no está) en la lista de permitidos del servidor de retransmisión.</translation>
    </message>
    <message>
        <source>Switch on sign-in with your mailbox&apos;s user name and password.
Use your provider&apos;s outgoing server on port 587 with STARTTLS.
For a relay that accepts devices by IP address: ask the administrator to add your current public IP address.</source>
        <comment>recipient.relay_denied/fixes</comment>
        <translation>Active el inicio de sesión con el nombre de usuario y la contraseña de su buzón.
Use el servidor saliente de su proveedor en el puerto 587 con STARTTLS.
Para un servidor de retransmisión que acepta dispositivos por su dirección IP: pida al administrador que añada su dirección IP pública actual.</translation>
    </message>
    <message>
        <source>RFC 5321 section 3.6 (relaying); RFC 3463 x.7.1</source>
        <comment>recipient.relay_denied/reference</comment>
        <translation>RFC 5321, sección 3.6 (retransmisión); RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>Too many recipients in one message</source>
        <comment>recipient.too_many/title</comment>
        <translation>Demasiados destinatarios en un mensaje</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <comment>recipient.too_many/summary</comment>
        <translation>El mensaje tiene más destinatarios de los que el servidor acepta a la vez.</translation>
    </message>
    <message>
        <source>The list of To, Cc and Bcc addresses is longer than the provider&apos;s limit (often 50 to 500).</source>
        <comment>recipient.too_many/causes</comment>
        <translation>La lista de direcciones Para, CC y CCO supera el límite del proveedor (a menudo entre 50 y 500).</translation>
    </message>
    <message>
        <source>Split the recipients into smaller groups and send one message per group.
For newsletters and bulk mail, use a sending service made for it.</source>
        <comment>recipient.too_many/fixes</comment>
        <translation>Divida los destinatarios en grupos más pequeños y envíe un mensaje por grupo.
Para boletines y envíos masivos, use un servicio de envío pensado para ello.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.5.3.1.10; RFC 3463 x.5.3</source>
        <comment>recipient.too_many/reference</comment>
        <translation>RFC 5321, sección 4.5.3.1.10; RFC 3463 x.5.3</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <comment>limit.rate/title</comment>
        <translation>Envío demasiado rápido</translation>
    </message>
    <message>
        <source>The server is slowing you down because too much mail arrived from you in a short time.</source>
        <comment>limit.rate/summary</comment>
        <translation>El servidor le está frenando porque ha recibido demasiado correo suyo en poco tiempo.</translation>
    </message>
    <message>
        <source>Many messages were sent in a short time.
The same error kept repeating and the provider throttled the account.
A hacked account or a program in a loop is sending mail.</source>
        <comment>limit.rate/causes</comment>
        <translation>Se enviaron muchos mensajes en poco tiempo.
El mismo error se repitió una y otra vez y el proveedor limitó la cuenta.
Una cuenta pirateada o un programa en bucle está enviando correo.</translation>
    </message>
    <message>
        <source>Wait a while and send more slowly.
Fix the error that kept repeating, if there was one.
If nobody sent that much, change the password and check the account for misuse.</source>
        <comment>limit.rate/fixes</comment>
        <translation>Espere un rato y envíe más despacio.
Corrija el error que se repetía, si lo había.
Si nadie envió tanto, cambie la contraseña y revise la cuenta en busca de un uso indebido.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.1 / x.4.5; provider policy</source>
        <comment>limit.rate/reference</comment>
        <translation>RFC 3463 x.7.1 / x.4.5; política del proveedor</translation>
    </message>
    <message>
        <source>Sending limit used up</source>
        <comment>limit.quota/title</comment>
        <translation>Límite de envío agotado</translation>
    </message>
    <message>
        <source>The account has reached its daily or monthly sending limit (or its credits). Sending works again when the limit resets.</source>
        <comment>limit.quota/summary</comment>
        <translation>La cuenta alcanzó su límite de envío diario o mensual (o agotó sus créditos). El envío vuelve a funcionar cuando se restablece el límite.</translation>
    </message>
    <message>
        <source>More messages or recipients were sent than the plan allows per day.
The account&apos;s credits are used up.
A hacked account sent mail in your name.</source>
        <comment>limit.quota/causes</comment>
        <translation>Se enviaron más mensajes o destinatarios de los que permite el plan al día.
Los créditos de la cuenta están agotados.
Una cuenta pirateada envió correo en su nombre.</translation>
    </message>
    <message>
        <source>Wait until the limit resets (often a rolling 24 hours).
Ask the provider for a higher limit or a bigger plan.
For bulk mail, use a sending service made for it.
If nobody sent that much, change the password and check the account.</source>
        <comment>limit.quota/fixes</comment>
        <translation>Espere hasta que se restablezca el límite (a menudo, un periodo móvil de 24 horas).
Pida al proveedor un límite más alto o un plan mayor.
Para envíos masivos, use un servicio de envío pensado para ello.
Si nadie envió tanto, cambie la contraseña y revise la cuenta.</translation>
    </message>
    <message>
        <source>Provider policy; RFC 3463 x.4.5 / x.2.2</source>
        <comment>limit.quota/reference</comment>
        <translation>Política del proveedor; RFC 3463 x.4.5 / x.2.2</translation>
    </message>
    <message>
        <source>The message is too large</source>
        <comment>message.too_large/title</comment>
        <translation>El mensaje es demasiado grande</translation>
    </message>
    <message>
        <source>The message with its attachments is bigger than the server accepts.</source>
        <comment>message.too_large/summary</comment>
        <translation>El mensaje con sus adjuntos es más grande de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>Large attachments. Note that attachments grow by about a third when sent.
The server has a low size limit.</source>
        <comment>message.too_large/causes</comment>
        <translation>Adjuntos grandes. Tenga en cuenta que los adjuntos crecen aproximadamente un tercio al enviarse.
El servidor tiene un límite de tamaño bajo.</translation>
    </message>
    <message>
        <source>Make the attachments smaller, or share big files as a link.
Check the limit the server announces (SIZE in the transcript).</source>
        <comment>message.too_large/fixes</comment>
        <translation>Reduzca el tamaño de los adjuntos o comparta los archivos grandes mediante un enlace.
Compruebe el límite que anuncia el servidor (SIZE en la transcripción).</translation>
    </message>
    <message>
        <source>RFC 1870 (SIZE); RFC 3463 x.3.4, x.2.3</source>
        <comment>message.too_large/reference</comment>
        <translation>RFC 1870 (SIZE); RFC 3463 x.3.4, x.2.3</translation>
    </message>
    <message>
        <source>The message was refused for its content</source>
        <comment>message.rejected_content/title</comment>
        <translation>El mensaje se rechazó por su contenido</translation>
    </message>
    <message>
        <source>The server received the whole message and then refused it: its filters judged it as spam or against the rules.</source>
        <comment>message.rejected_content/summary</comment>
        <translation>El servidor recibió el mensaje completo y después lo rechazó: sus filtros lo consideraron spam o contrario a las normas.</translation>
    </message>
    <message>
        <source>The content, links or attachments look like spam or malware.
The sending domain lacks SPF, DKIM or DMARC.
The sending IP address or account has a poor reputation.</source>
        <comment>message.rejected_content/causes</comment>
        <translation>El contenido, los enlaces o los adjuntos parecen spam o malware.
Al dominio de envío le falta SPF, DKIM o DMARC.
La dirección IP o la cuenta de envío tiene mala reputación.</translation>
    </message>
    <message>
        <source>Send a short plain test message without links or attachments.
Set up SPF, DKIM and DMARC for your domain.
Avoid attachment types that are often blocked (.exe, .js, macros).</source>
        <comment>message.rejected_content/fixes</comment>
        <translation>Envíe un mensaje de prueba breve y sencillo, sin enlaces ni adjuntos.
Configure SPF, DKIM y DMARC para su dominio.
Evite los tipos de adjunto que se bloquean a menudo (.exe, .js, macros).</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.3 (554 after data); RFC 3463 x.7.1</source>
        <comment>message.rejected_content/reference</comment>
        <translation>RFC 5321, sección 4.2.3 (554 después de DATA); RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>The message breaks the format rules</source>
        <comment>message.malformed/title</comment>
        <translation>El mensaje no cumple las reglas de formato</translation>
    </message>
    <message>
        <source>The server refused the message because part of it is missing or not written the way the mail standards require.</source>
        <comment>message.malformed/summary</comment>
        <translation>El servidor rechazó el mensaje porque falta una parte o no está escrita como exigen los estándares de correo.</translation>
    </message>
    <message>
        <source>A required header is missing or invalid (From, Date, Message-ID).
Headers appear twice, or lines are too long.
The program that produced the message has a bug.</source>
        <comment>message.malformed/causes</comment>
        <translation>Falta un encabezado obligatorio o no es válido (From, Date, Message-ID).
Hay encabezados repetidos o líneas demasiado largas.
El programa que generó el mensaje tiene un error.</translation>
    </message>
    <message>
        <source>Fill in a valid From address.
Update the program that sends, and report the problem with the transcript.</source>
        <comment>message.malformed/fixes</comment>
        <translation>Indique una dirección De válida.
Actualice el programa que envía y notifique el problema adjuntando la transcripción.</translation>
    </message>
    <message>
        <source>RFC 5322 (message format); RFC 3463 x.6.x</source>
        <comment>message.malformed/reference</comment>
        <translation>RFC 5322 (formato de mensaje); RFC 3463 x.6.x</translation>
    </message>
    <message>
        <source>Your domain&apos;s sender checks failed</source>
        <comment>policy.sender_authentication/title</comment>
        <translation>Fallaron las comprobaciones del remitente de su dominio</translation>
    </message>
    <message>
        <source>The receiving side could not confirm that this server may send mail for your domain: SPF, DKIM or DMARC failed or is missing.</source>
        <comment>policy.sender_authentication/summary</comment>
        <translation>El lado receptor no pudo confirmar que este servidor puede enviar correo en nombre de su dominio: SPF, DKIM o DMARC fallaron o no existen.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record does not include this server or sending service.
DKIM signing is not set up for the sending service.
The From domain does not match the SPF or DKIM domain (DMARC alignment).</source>
        <comment>policy.sender_authentication/causes</comment>
        <translation>El registro SPF del dominio no incluye este servidor ni este servicio de envío.
La firma DKIM no está configurada en el servicio de envío.
El dominio De no coincide con el dominio de SPF o DKIM (alineación DMARC).</translation>
    </message>
    <message>
        <source>Add the sending server or service to your domain&apos;s SPF record.
Switch on DKIM signing at the sending service and publish its DNS record.
Publish a DMARC record once SPF and DKIM pass.
Or send through the provider that hosts your domain&apos;s mail.</source>
        <comment>policy.sender_authentication/fixes</comment>
        <translation>Añada el servidor o servicio de envío al registro SPF de su dominio.
Active la firma DKIM en el servicio de envío y publique su registro DNS.
Publique un registro DMARC cuando SPF y DKIM se superen.
O envíe a través del proveedor que aloja el correo de su dominio.</translation>
    </message>
    <message>
        <source>RFC 7208 (SPF), RFC 6376 (DKIM), RFC 7489 (DMARC), RFC 7372 x.7.20-x.7.26</source>
        <comment>policy.sender_authentication/reference</comment>
        <translation>RFC 7208 (SPF), RFC 6376 (DKIM), RFC 7489 (DMARC), RFC 7372 x.7.20-x.7.26</translation>
    </message>
    <message>
        <source>The sender is blocked</source>
        <comment>policy.blocklisted/title</comment>
        <translation>El remitente está bloqueado</translation>
    </message>
    <message>
        <source>The server refuses mail from your IP address, account or domain because it is on a block list or has a poor reputation.</source>
        <comment>policy.blocklisted/summary</comment>
        <translation>El servidor rechaza el correo de su dirección IP, cuenta o dominio porque está en una lista de bloqueo o tiene mala reputación.</translation>
    </message>
    <message>
        <source>Your internet connection&apos;s IP address is on a public spam block list (home and dynamic addresses usually are).
A computer or account on your network sent spam.
The provider blocked the account after it sent suspicious mail.</source>
        <comment>policy.blocklisted/causes</comment>
        <translation>La dirección IP de su conexión a internet está en una lista pública de bloqueo de spam (las direcciones domésticas y dinámicas suelen estarlo).
Un equipo o una cuenta de su red envió spam.
El proveedor bloqueó la cuenta después de que enviara correo sospechoso.</translation>
    </message>
    <message>
        <source>Do not send directly from a home or office connection: use your provider&apos;s outgoing server on port 587 with sign-in.
Look up your IP address on the block list named in the reply and follow its removal steps.
Check computers and accounts for malware or misuse, and change passwords.</source>
        <comment>policy.blocklisted/fixes</comment>
        <translation>No envíe directamente desde una conexión doméstica o de oficina: use el servidor saliente de su proveedor en el puerto 587 con inicio de sesión.
Busque su dirección IP en la lista de bloqueo mencionada en la respuesta y siga sus pasos para que la retiren.
Revise los equipos y las cuentas en busca de malware o uso indebido, y cambie las contraseñas.</translation>
    </message>
    <message>
        <source>RFC 5782 (DNS block lists); RFC 3463 x.7.1</source>
        <comment>policy.blocklisted/reference</comment>
        <translation>RFC 5782 (listas de bloqueo DNS); RFC 3463 x.7.1</translation>
    </message>
    <message>
        <source>The sending IP address has no proper name</source>
        <comment>policy.reverse_dns/title</comment>
        <translation>La dirección IP de envío no tiene un nombre adecuado</translation>
    </message>
    <message>
        <source>The receiving server looked up the name of your IP address (reverse DNS) and found none, or one that does not match.</source>
        <comment>policy.reverse_dns/summary</comment>
        <translation>El servidor receptor buscó el nombre de su dirección IP (DNS inverso) y no encontró ninguno, o encontró uno que no coincide.</translation>
    </message>
    <message>
        <source>Mail is sent directly from a home, office or cloud address without a PTR record.
The PTR name does not point back to the same IP address.</source>
        <comment>policy.reverse_dns/causes</comment>
        <translation>El correo se envía directamente desde una dirección doméstica, de oficina o de la nube sin registro PTR.
El nombre PTR no apunta de vuelta a la misma dirección IP.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s outgoing server on port 587 with sign-in.
If you run your own server, ask your internet or hosting provider to set a PTR record that matches the server&apos;s name.</source>
        <comment>policy.reverse_dns/fixes</comment>
        <translation>Envíe a través del servidor saliente de su proveedor en el puerto 587 con inicio de sesión.
Si usted administra su propio servidor, pida a su proveedor de internet o de alojamiento que configure un registro PTR que coincida con el nombre del servidor.</translation>
    </message>
    <message>
        <source>RFC 7372 x.7.25; RFC 1912 section 2.1</source>
        <comment>policy.reverse_dns/reference</comment>
        <translation>RFC 7372 x.7.25; RFC 1912, sección 2.1</translation>
    </message>
    <message>
        <source>The greeting name was refused</source>
        <comment>policy.helo_rejected/title</comment>
        <translation>Se rechazó el nombre del saludo</translation>
    </message>
    <message>
        <source>When connecting, the program introduces itself with a name (EHLO). This server refused the name that was used.</source>
        <comment>policy.helo_rejected/summary</comment>
        <translation>Al conectarse, el programa se presenta con un nombre (EHLO). Este servidor rechazó el nombre utilizado.</translation>
    </message>
    <message>
        <source>The computer&apos;s short name (for example DESKTOP-1234) was used instead of a full domain name.
The name does not exist in DNS.</source>
        <comment>policy.helo_rejected/causes</comment>
        <translation>Se usó el nombre corto del equipo (por ejemplo, DESKTOP-1234) en lugar de un nombre de dominio completo.
El nombre no existe en el DNS.</translation>
    </message>
    <message>
        <source>Set the EHLO name in the profile to a full name such as pc1.example.com, or to your public IP address in brackets.
Or send through your provider&apos;s server on port 587, which does not check the name.</source>
        <comment>policy.helo_rejected/fixes</comment>
        <translation>Configure en el perfil un nombre EHLO completo, como pc1.example.com, o su dirección IP pública entre corchetes.
O envíe a través del servidor de su proveedor en el puerto 587, que no comprueba el nombre.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.1.1.1 (EHLO)</source>
        <comment>policy.helo_rejected/reference</comment>
        <translation>RFC 5321, sección 4.1.1.1 (EHLO)</translation>
    </message>
    <message>
        <source>The server is not taking mail right now</source>
        <comment>server.unavailable/title</comment>
        <translation>El servidor no acepta correo en este momento</translation>
    </message>
    <message>
        <source>The server closed the conversation: it is busy, shutting down, or refusing connections from you for now.</source>
        <comment>server.unavailable/summary</comment>
        <translation>El servidor cerró la conversación: está ocupado, se está apagando o rechaza por ahora sus conexiones.</translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance.
It limits connections from your IP address.
Your IP address is blocked (when this happens right after connecting every time).</source>
        <comment>server.unavailable/causes</comment>
        <translation>El servidor está sobrecargado o en mantenimiento.
Limita las conexiones desde su dirección IP.
Su dirección IP está bloqueada (cuando ocurre siempre justo después de conectarse).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.
If it happens right after connecting every time, try from another network and check whether your IP address is on a block list.
Check that the server name is your provider&apos;s outgoing server.</source>
        <comment>server.unavailable/fixes</comment>
        <translation>Vuelva a intentarlo dentro de unos minutos.
Si ocurre siempre justo después de conectarse, pruebe desde otra red y compruebe si su dirección IP está en una lista de bloqueo.
Compruebe que el nombre del servidor corresponde al servidor saliente de su proveedor.</translation>
    </message>
    <message>
        <source>RFC 5321 sections 3.1 and 4.2.3 (421, 554 greeting)</source>
        <comment>server.unavailable/reference</comment>
        <translation>RFC 5321, secciones 3.1 y 4.2.3 (421, saludo 554)</translation>
    </message>
    <message>
        <source>Try again later (greylisting)</source>
        <comment>server.greylisted/title</comment>
        <translation>Vuelva a intentarlo más tarde (lista gris)</translation>
    </message>
    <message>
        <source>The receiving server asked to come back in a few minutes. This is a normal anti-spam step for senders it has not seen before, not an error in your settings.</source>
        <comment>server.greylisted/summary</comment>
        <translation>El servidor receptor pidió que vuelva dentro de unos minutos. Es un paso antispam normal para remitentes que no ha visto antes, no un error de su configuración.</translation>
    </message>
    <message>
        <source>The server greylists first-time senders.
It defers mail for a while for other temporary reasons.</source>
        <comment>server.greylisted/causes</comment>
        <translation>El servidor aplica listas grises a los remitentes nuevos.
Aplaza el correo durante un tiempo por otros motivos temporales.</translation>
    </message>
    <message>
        <source>Wait 5 to 30 minutes and send again; it normally goes through then.
A proper mail server retries on its own; a program sending directly must do the same.</source>
        <comment>server.greylisted/fixes</comment>
        <translation>Espere entre 5 y 30 minutos y vuelva a enviar; normalmente entonces pasa.
Un servidor de correo como es debido reintenta por sí solo; un programa que envía directamente debe hacer lo mismo.</translation>
    </message>
    <message>
        <source>RFC 6647 (greylisting); RFC 5321 section 4.2.1 (4xx)</source>
        <comment>server.greylisted/reference</comment>
        <translation>RFC 6647 (listas grises); RFC 5321, sección 4.2.1 (4xx)</translation>
    </message>
    <message>
        <source>Temporary problem at the server</source>
        <comment>server.temporary_error/title</comment>
        <translation>Problema temporal en el servidor</translation>
    </message>
    <message>
        <source>The server had a temporary problem and could not finish this step. Trying again later usually works.</source>
        <comment>server.temporary_error/summary</comment>
        <translation>El servidor tuvo un problema temporal y no pudo completar este paso. Volver a intentarlo más tarde suele funcionar.</translation>
    </message>
    <message>
        <source>A fault inside the server (a DNS lookup, a filter or storage).
The server is overloaded or short of disk space.</source>
        <comment>server.temporary_error/causes</comment>
        <translation>Un fallo dentro del servidor (una consulta DNS, un filtro o el almacenamiento).
El servidor está sobrecargado o le falta espacio en disco.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.
If it keeps happening, tell the server&apos;s administrator and include the server&apos;s words below.</source>
        <comment>server.temporary_error/fixes</comment>
        <translation>Vuelva a intentarlo dentro de unos minutos.
Si sigue ocurriendo, avise al administrador del servidor e incluya las palabras del servidor que aparecen abajo.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.1 (4yz: transient failure)</source>
        <comment>server.temporary_error/reference</comment>
        <translation>RFC 5321, sección 4.2.1 (4yz: fallo transitorio)</translation>
    </message>
    <message>
        <source>The server refused</source>
        <comment>server.permanent_error/title</comment>
        <translation>El servidor se negó</translation>
    </message>
    <message>
        <source>The server refused this step for good and gave no more specific reason. Sending the same thing again will fail again.</source>
        <comment>server.permanent_error/summary</comment>
        <translation>El servidor rechazó este paso de forma definitiva y no dio ningún motivo más concreto. Enviar lo mismo de nuevo volverá a fallar.</translation>
    </message>
    <message>
        <source>A policy of the server (sender, recipient or content).
A setting that does not fit this server.</source>
        <comment>server.permanent_error/causes</comment>
        <translation>Una política del servidor (remitente, destinatario o contenido).
Una configuración que no corresponde a este servidor.</translation>
    </message>
    <message>
        <source>Read the server&apos;s words below: they often name the reason.
Check the sender and recipient addresses.
Ask the server&apos;s administrator or your provider, with the transcript.</source>
        <comment>server.permanent_error/fixes</comment>
        <translation>Lea las palabras del servidor que aparecen abajo: a menudo indican el motivo.
Compruebe las direcciones del remitente y del destinatario.
Consulte al administrador del servidor o a su proveedor, con la transcripción.</translation>
    </message>
    <message>
        <source>RFC 5321 section 4.2.1 (5yz: permanent failure)</source>
        <comment>server.permanent_error/reference</comment>
        <translation>RFC 5321, sección 4.2.1 (5yz: fallo permanente)</translation>
    </message>
    <message>
        <source>The conversation broke the rules</source>
        <comment>protocol.error/title</comment>
        <translation>La conversación no siguió las reglas</translation>
    </message>
    <message>
        <source>The program and the server misunderstood each other: a command or a reply was not what the mail protocol expects at that point.</source>
        <comment>protocol.error/summary</comment>
        <translation>El programa y el servidor no se entendieron: un comando o una respuesta no era lo que el protocolo de correo espera en ese punto.</translation>
    </message>
    <message>
        <source>An address contains spaces or odd characters, or lacks angle brackets.
A bug in the sending program or the server.
Something between the two (proxy, antivirus) alters the conversation.</source>
        <comment>protocol.error/causes</comment>
        <translation>Una dirección contiene espacios o caracteres extraños, o le faltan los corchetes angulares.
Un error en el programa de envío o en el servidor.
Algo entre ambos (proxy, antivirus) altera la conversación.</translation>
    </message>
    <message>
        <source>Check the addresses for spaces and odd characters.
Update the sending program.
Report the problem with the transcript attached.</source>
        <comment>protocol.error/fixes</comment>
        <translation>Revise las direcciones en busca de espacios y caracteres extraños.
Actualice el programa de envío.
Notifique el problema adjuntando la transcripción.</translation>
    </message>
    <message>
        <source>RFC 5321 sections 4.1 and 4.3.2 (500-504, 555)</source>
        <comment>protocol.error/reference</comment>
        <translation>RFC 5321, secciones 4.1 y 4.3.2 (500-504, 555)</translation>
    </message>
    <message>
        <source>other or undefined status</source>
        <comment>detail/x.0.0</comment>
        <translation>estado otro o no definido</translation>
    </message>
    <message>
        <source>other address status</source>
        <comment>detail/x.1.0</comment>
        <translation>otro estado de dirección</translation>
    </message>
    <message>
        <source>destination mailbox address ambiguous</source>
        <comment>detail/x.1.4</comment>
        <translation>dirección del buzón de destino ambigua</translation>
    </message>
    <message>
        <source>destination address valid</source>
        <comment>detail/x.1.5</comment>
        <translation>dirección de destino válida</translation>
    </message>
    <message>
        <source>destination mailbox has moved, no forwarding address</source>
        <comment>detail/x.1.6</comment>
        <translation>el buzón de destino se trasladó, sin dirección de reenvío</translation>
    </message>
    <message>
        <source>message relayed to a mailer that gives no further status (RFC 3886)</source>
        <comment>detail/x.1.9</comment>
        <translation>mensaje retransmitido a un sistema de correo que no da más información de estado (RFC 3886)</translation>
    </message>
    <message>
        <source>other or undefined mailbox status</source>
        <comment>detail/x.2.0</comment>
        <translation>estado del buzón otro o no definido</translation>
    </message>
    <message>
        <source>mailing list expansion problem</source>
        <comment>detail/x.2.4</comment>
        <translation>problema de expansión de la lista de correo</translation>
    </message>
    <message>
        <source>other or undefined mail system status</source>
        <comment>detail/x.3.0</comment>
        <translation>estado del sistema de correo otro o no definido</translation>
    </message>
    <message>
        <source>system not capable of the selected features</source>
        <comment>detail/x.3.3</comment>
        <translation>el sistema no admite las funciones seleccionadas</translation>
    </message>
    <message>
        <source>requested priority was changed (RFC 6710)</source>
        <comment>detail/x.3.6</comment>
        <translation>se cambió la prioridad solicitada (RFC 6710)</translation>
    </message>
    <message>
        <source>other or undefined network or routing status</source>
        <comment>detail/x.4.0</comment>
        <translation>estado de red o de enrutamiento otro o no definido</translation>
    </message>
    <message>
        <source>routing loop detected</source>
        <comment>detail/x.4.6</comment>
        <translation>se detectó un bucle de enrutamiento</translation>
    </message>
    <message>
        <source>other or undefined protocol status</source>
        <comment>detail/x.5.0</comment>
        <translation>estado del protocolo otro o no definido</translation>
    </message>
    <message>
        <source>wrong protocol version</source>
        <comment>detail/x.5.5</comment>
        <translation>versión de protocolo incorrecta</translation>
    </message>
    <message>
        <source>media not supported</source>
        <comment>detail/x.6.1</comment>
        <translation>medio no admitido</translation>
    </message>
    <message>
        <source>conversion required and prohibited</source>
        <comment>detail/x.6.2</comment>
        <translation>conversión necesaria y prohibida</translation>
    </message>
    <message>
        <source>conversion required but not supported</source>
        <comment>detail/x.6.3</comment>
        <translation>conversión necesaria pero no admitida</translation>
    </message>
    <message>
        <source>conversion with loss performed</source>
        <comment>detail/x.6.4</comment>
        <translation>se realizó una conversión con pérdida</translation>
    </message>
    <message>
        <source>conversion failed</source>
        <comment>detail/x.6.5</comment>
        <translation>la conversión falló</translation>
    </message>
    <message>
        <source>message content not available (RFC 4468)</source>
        <comment>detail/x.6.6</comment>
        <translation>contenido del mensaje no disponible (RFC 4468)</translation>
    </message>
    <message>
        <source>non-ASCII addresses not permitted for that sender or recipient (RFC 6531)</source>
        <comment>detail/x.6.7</comment>
        <translation>no se permiten direcciones no ASCII para ese remitente o destinatario (RFC 6531)</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the client (RFC 6531)</source>
        <comment>detail/x.6.8</comment>
        <translation>se requiere una respuesta con cadena UTF-8, pero el cliente no la permite (RFC 6531)</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients (RFC 6531)</source>
        <comment>detail/x.6.9</comment>
        <translation>el mensaje con encabezados UTF-8 no se puede transferir a uno o más destinatarios (RFC 6531)</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the client; duplicate of x.6.8 (RFC 6531)</source>
        <comment>detail/x.6.10</comment>
        <translation>se requiere una respuesta con cadena UTF-8, pero el cliente no la permite; duplicado de x.6.8 (RFC 6531)</translation>
    </message>
    <message>
        <source>mail flood detected</source>
        <comment>detail/x.7.28</comment>
        <translation>se detectó una avalancha de correo</translation>
    </message>
    <message>
        <source>ARC validation failure (RFC 8617)</source>
        <comment>detail/x.7.29</comment>
        <translation>fallo de validación ARC (RFC 8617)</translation>
    </message>
    <message>
        <source>REQUIRETLS support required (RFC 8689)</source>
        <comment>detail/x.7.30</comment>
        <translation>se requiere compatibilidad con REQUIRETLS (RFC 8689)</translation>
    </message>
    <message>
        <source>The recipient only takes mail from certain senders</source>
        <comment>recipient.sender_restricted/title</comment>
        <translation>El destinatario solo acepta correo de determinados remitentes</translation>
    </message>
    <message>
        <source>The address exists, but it only accepts mail from senders it knows: members of its organisation, signed-in senders, or an approved list. Your settings are fine; the recipient&apos;s side decides.</source>
        <comment>recipient.sender_restricted/summary</comment>
        <translation>La dirección existe, pero solo acepta correo de remitentes que conoce: miembros de su organización, remitentes autenticados o una lista aprobada. Su configuración es correcta; la decisión es del lado del destinatario.</translation>
    </message>
    <message>
        <source>The address is a group or distribution list that only takes mail from its members or from inside its organisation.
The recipient or their administrator keeps a list of allowed senders (or allowed sending servers) and you are not on it.
The recipient has chosen not to receive mail from you.</source>
        <comment>recipient.sender_restricted/causes</comment>
        <translation>La dirección es un grupo o una lista de distribución que solo acepta correo de sus miembros o de dentro de su organización.
El destinatario o su administrador mantienen una lista de remitentes permitidos (o de servidores de envío permitidos) y usted no está en ella.
El destinatario decidió no recibir correo suyo.</translation>
    </message>
    <message>
        <source>Ask the recipient, the group&apos;s owner or their mail administrator to allow your address (or your sending server).
If you belong to the recipient&apos;s organisation, send from your account there, signed in.
Reach the recipient another way, and send to a personal address instead of the group.</source>
        <comment>recipient.sender_restricted/fixes</comment>
        <translation>Pida al destinatario, al propietario del grupo o a su administrador de correo que permitan su dirección (o su servidor de envío).
Si pertenece a la organización del destinatario, envíe desde su cuenta de esa organización, con la sesión iniciada.
Póngase en contacto con el destinatario por otra vía y envíe a una dirección personal en lugar de al grupo.</translation>
    </message>
    <message>
        <source>RFC 3463 x.7.1 (delivery not authorised); Exchange Online 5.7.12, 5.7.124, 5.7.133-5.7.136</source>
        <comment>recipient.sender_restricted/reference</comment>
        <translation>RFC 3463 x.7.1 (entrega no autorizada); Exchange Online 5.7.12, 5.7.124, 5.7.133-5.7.136</translation>
    </message>
    <message>
        <source>This setting works</source>
        <comment>probe.works/title</comment>
        <translation>Esta configuración funciona</translation>
    </message>
    <message>
        <source>The server answered on this port, the connection was encrypted with a certificate that checks out, and the server offers sign-in. Your mail program can use exactly this server, port and encryption.</source>
        <comment>probe.works/summary</comment>
        <translation>El servidor respondió en este puerto, la conexión se cifró con un certificado válido y el servidor ofrece inicio de sesión. Su programa de correo puede usar exactamente este servidor, puerto y cifrado.</translation>
    </message>
    <message>
        <source>The server greeted, TLS was set up and verified, and the server listed its sign-in methods (AUTH) inside the encrypted connection.</source>
        <comment>probe.works/causes</comment>
        <translation>El servidor saludó, TLS se estableció y verificó, y el servidor mostró sus métodos de inicio de sesión (AUTH) dentro de la conexión cifrada.</translation>
    </message>
    <message>
        <source>Use this server, port and encryption in your mail program.
Then sign in with your password (or app password) and send a test message to be sure.</source>
        <comment>probe.works/fixes</comment>
        <translation>Use este servidor, puerto y cifrado en su programa de correo.
Después inicie sesión con su contraseña (o contraseña de aplicación) y envíe un mensaje de prueba para asegurarse.</translation>
    </message>
    <message>
        <source>RFC 8314 section 3.3 (implicit TLS, port 465); RFC 6409 (port 587); RFC 3207 (STARTTLS); RFC 4954 (AUTH)</source>
        <comment>probe.works/reference</comment>
        <translation>RFC 8314 sección 3.3 (TLS implícito, puerto 465); RFC 6409 (puerto 587); RFC 3207 (STARTTLS); RFC 4954 (AUTH)</translation>
    </message>
    <message>
        <source>Antivirus or a proxy is reading your mail connection</source>
        <comment>tls.interception/title</comment>
        <translation>Un antivirus o un proxy está leyendo su conexión de correo</translation>
    </message>
    <message>
        <source>The certificate did not come from the mail server: it was made by antivirus software on this computer or by a company firewall. It opens the encrypted connection, reads it, and opens another one to the server. Your password passes through it.</source>
        <comment>tls.interception/summary</comment>
        <translation>El certificado no procede del servidor de correo: lo creó un software antivirus de este equipo o un cortafuegos de la empresa. Este abre la conexión cifrada, la lee y abre otra hacia el servidor. Su contraseña pasa por él.</translation>
    </message>
    <message>
        <source>An antivirus &quot;mail shield&quot; or &quot;SSL/TLS scanning&quot; (Avast, AVG, Norton, Kaspersky, ESET, Bitdefender) checks outgoing mail.
A company firewall or cloud proxy (Fortinet, Zscaler, Sophos, Palo Alto, Cisco Umbrella, Netskope) inspects encrypted traffic.
The mail program does not trust the product&apos;s own certificate, so the connection fails; or it trusts it, and the product sees everything.</source>
        <comment>tls.interception/causes</comment>
        <translation>Un &quot;escudo de correo&quot; o &quot;análisis SSL/TLS&quot; de un antivirus (Avast, AVG, Norton, Kaspersky, ESET, Bitdefender) revisa el correo saliente.
Un cortafuegos de empresa o un proxy en la nube (Fortinet, Zscaler, Sophos, Palo Alto, Cisco Umbrella, Netskope) inspecciona el tráfico cifrado.
El programa de correo no confía en el certificado propio del producto, así que la conexión falla; o confía en él, y el producto lo ve todo.</translation>
    </message>
    <message>
        <source>In the antivirus settings, turn off mail scanning of encrypted connections (&quot;Mail Shield&quot;, &quot;Scan SSL/TLS&quot;, &quot;Encrypted connections&quot;) or add an exception for your mail server.
At work, ask IT to exclude your mail server from TLS inspection.
Do not switch off certificate checks in your mail program to get past this.</source>
        <comment>tls.interception/fixes</comment>
        <translation>En la configuración del antivirus, desactive el análisis del correo en conexiones cifradas (&quot;Mail Shield&quot;, &quot;Scan SSL/TLS&quot;, &quot;Encrypted connections&quot;) o añada una excepción para su servidor de correo.
En el trabajo, pida a TI que excluya su servidor de correo de la inspección TLS.
No desactive las comprobaciones de certificado en su programa de correo para saltarse esto.</translation>
    </message>
    <message>
        <source>RFC 8314 section 4.1 (certificate checks for mail); RFC 6125</source>
        <comment>tls.interception/reference</comment>
        <translation>RFC 8314 sección 4.1 (comprobaciones de certificado para el correo); RFC 6125</translation>
    </message>
    <message>
        <source>This port expects TLS from the start</source>
        <comment>net.expects_implicit_tls/title</comment>
        <translation>Este puerto espera TLS desde el principio</translation>
    </message>
    <message>
        <source>The server never sent its greeting, because it waited for encryption to begin. A second connection proved it: the server answered a TLS handshake at once. Switch Security to TLS from the start.</source>
        <comment>net.expects_implicit_tls/summary</comment>
        <translation>El servidor nunca envió su saludo porque esperaba que empezara el cifrado. Una segunda conexión lo demostró: el servidor respondió de inmediato a una negociación TLS. Cambie Seguridad a «TLS desde el principio».</translation>
    </message>
    <message>
        <source>STARTTLS (or no encryption) was chosen for a port that speaks TLS from the first byte, such as 465.
The provider&apos;s instructions name this port with &quot;SSL/TLS&quot; or &quot;SSL&quot;.</source>
        <comment>net.expects_implicit_tls/causes</comment>
        <translation>Se eligió STARTTLS (o ningún cifrado) para un puerto que habla TLS desde el primer byte, como el 465.
Las instrucciones del proveedor indican este puerto con «SSL/TLS» o «SSL».</translation>
    </message>
    <message>
        <source>Set Security to TLS from the start and keep this port.
Or keep STARTTLS and change the port to 587, if your provider offers it.</source>
        <comment>net.expects_implicit_tls/fixes</comment>
        <translation>Cambie Seguridad a «TLS desde el principio» y mantenga este puerto.
O mantenga STARTTLS y cambie el puerto a 587, si su proveedor lo ofrece.</translation>
    </message>
    <message>
        <source>RFC 8314 section 3 (implicit TLS, port 465); RFC 3207 (STARTTLS)</source>
        <comment>net.expects_implicit_tls/reference</comment>
        <translation>RFC 8314 sección 3 (TLS implícito, puerto 465); RFC 3207 (STARTTLS)</translation>
    </message>
    <message>
        <source>This computer seems to be offline or has no DNS</source>
        <comment>net.offline/title</comment>
        <translation>Este equipo parece estar sin conexión o no tiene DNS</translation>
    </message>
    <message>
        <source>The server name could not be looked up, and neither could a well-known name. So the trouble is this computer&apos;s connection, not the server name: nothing is known about the name yet.</source>
        <comment>net.offline/summary</comment>
        <translation>No se pudo resolver el nombre del servidor, ni tampoco un nombre muy conocido. El problema es, por tanto, la conexión de este equipo, no el nombre del servidor: aún no se sabe nada del nombre.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network (cable, Wi-Fi, flight mode).
The network is connected, but its DNS server does not answer.
A VPN, proxy or firewall blocks name lookups.</source>
        <comment>net.offline/causes</comment>
        <translation>Este equipo no está conectado a ninguna red (cable, Wi-Fi, modo avión).
La red está conectada, pero su servidor DNS no responde.
Una VPN, un proxy o un cortafuegos bloquea la resolución de nombres.</translation>
    </message>
    <message>
        <source>Check that this computer can open web pages.
Reconnect to the network (or switch flight mode off), then try again.
On a company network or VPN, ask whether outside names are blocked.</source>
        <comment>net.offline/fixes</comment>
        <translation>Compruebe que este equipo puede abrir páginas web.
Vuelva a conectarse a la red (o desactive el modo avión) y vuelva a intentarlo.
En una red de empresa o una VPN, pregunte si los nombres externos están bloqueados.</translation>
    </message>
    <message>
        <source>DNS lookup (RFC 1035)</source>
        <comment>net.offline/reference</comment>
        <translation>Consulta DNS (RFC 1035)</translation>
    </message>
    <message>
        <source>Amazon SES: not every AWS region has an SMTP endpoint (email-smtp.&lt;region&gt;.amazonaws.com). It listens on 587, 25 and 2587 with STARTTLS and on 465 and 2465 with TLS from the start. EC2 throttles port 25; use 587 or 2587.</source>
        <comment>hint/ses/net</comment>
        <translation>Amazon SES: no todas las regiones de AWS tienen un punto de conexión SMTP (email-smtp.&lt;region&gt;.amazonaws.com). Escucha en 587, 25 y 2587 con STARTTLS y en 465 y 2465 con TLS desde el principio. EC2 limita el puerto 25; use 587 o 2587.</translation>
    </message>
    <message>
        <source>Fastmail always needs an app password, never the normal password. The official setting is port 465 with TLS from the start.</source>
        <comment>hint/fastmail/auth</comment>
        <translation>Fastmail siempre necesita una contraseña de aplicación, nunca la contraseña normal. La configuración oficial es el puerto 465 con TLS desde el principio.</translation>
    </message>
    <message>
        <source>The two sides started the connection in different ways: one expected encryption from the first byte (TLS from the start, which providers often call SSL/TLS), the other expected plain text first and encryption later (STARTTLS).</source>
        <comment>net.security_mode_mismatch/summary</comment>
        <translation>Los dos lados iniciaron la conexión de formas distintas: uno esperaba cifrado desde el primer byte (TLS desde el principio, que los proveedores suelen llamar SSL/TLS) y el otro esperaba primero texto sin cifrar y cifrado después (STARTTLS).</translation>
    </message>
    <message>
        <source>TLS from the start was chosen for a STARTTLS port such as 587 or 25.
STARTTLS or no encryption was chosen for a port that expects TLS from the start, such as 465.
A proxy or antivirus on the way changes the connection.</source>
        <comment>net.security_mode_mismatch/causes</comment>
        <translation>Se eligió TLS desde el principio para un puerto STARTTLS como el 587 o el 25.
Se eligió STARTTLS o sin cifrado para un puerto que espera TLS desde el principio, como el 465.
Un proxy o un antivirus en el camino modifica la conexión.</translation>
    </message>
    <message>
        <source>Use port 587 with STARTTLS, or port 465 with TLS from the start: those are the two pairs that belong together.
Check your provider&apos;s instructions for the port and the security setting.</source>
        <comment>net.security_mode_mismatch/fixes</comment>
        <translation>Use el puerto 587 con STARTTLS o el puerto 465 con TLS desde el principio: son las dos combinaciones que van juntas.
Compruebe el puerto y la configuración de seguridad en las instrucciones de su proveedor.</translation>
    </message>
    <message>
        <source>This port expects TLS from the start (465) rather than STARTTLS.
A firewall or antivirus removes STARTTLS from the server&apos;s list.
The server has no certificate set up, or encryption is temporarily unavailable.</source>
        <comment>tls.starttls_unavailable/causes</comment>
        <translation>Este puerto espera TLS desde el principio (465) en lugar de STARTTLS.
Un cortafuegos o un antivirus quita STARTTLS de la lista del servidor.
El servidor no tiene ningún certificado configurado, o el cifrado no está disponible temporalmente.</translation>
    </message>
    <message>
        <source>Check the port: 587 usually offers STARTTLS; for 465 choose TLS from the start.
Try from another network: if STARTTLS appears there, something on your network removes it.
If you run the server, set up a certificate and enable STARTTLS.</source>
        <comment>tls.starttls_unavailable/fixes</comment>
        <translation>Compruebe el puerto: el 587 suele ofrecer STARTTLS; para el 465, elija «TLS desde el principio».
Pruebe desde otra red: si allí aparece STARTTLS, algo en su red lo quita.
Si usted administra el servidor, configure un certificado y active STARTTLS.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS and use port 587.
Or set it to TLS from the start and use port 465.</source>
        <comment>tls.required/fixes</comment>
        <translation>Configure la seguridad como STARTTLS y use el puerto 587.
O configúrela como «TLS desde el principio» y use el puerto 465.</translation>
    </message>
    <message>
        <source>Switch on sign-in and enter the user name (usually the full e-mail address) and the password.
Use port 587 with STARTTLS or 465 with TLS from the start so the sign-in can happen.
A device that cannot sign in needs a relay that accepts it by its IP address instead.</source>
        <comment>auth.required/fixes</comment>
        <translation>Active el inicio de sesión e introduzca el nombre de usuario (normalmente la dirección de correo completa) y la contraseña.
Use el puerto 587 con STARTTLS o el 465 con TLS desde el principio para que el inicio de sesión pueda producirse.
Un dispositivo que no puede iniciar sesión necesita, en su lugar, un servidor de retransmisión que lo acepte por su dirección IP.</translation>
    </message>
    <message>
        <source>Switch on STARTTLS (port 587) or TLS from the start (port 465).
Check the server name and port in your provider&apos;s instructions.
If this relay needs no sign-in, remove the user name from the settings.</source>
        <comment>auth.not_offered/fixes</comment>
        <translation>Active STARTTLS (puerto 587) o TLS desde el principio (puerto 465).
Compruebe el nombre del servidor y el puerto en las instrucciones de su proveedor.
Si este servidor de retransmisión no necesita inicio de sesión, quite el nombre de usuario de la configuración.</translation>
    </message>
    <message>
        <source>Set the security to STARTTLS (port 587) or TLS from the start (port 465).
Only on a lab server you control: allow unencrypted sign-in explicitly in the profile.</source>
        <comment>auth.encryption_required/fixes</comment>
        <translation>Configure la seguridad como STARTTLS (puerto 587) o «TLS desde el principio» (puerto 465).
Solo en un servidor de laboratorio que usted controle: permita expresamente el inicio de sesión sin cifrar en el perfil.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Discovery</name>
    <message>
        <source>Type an email address, e.g. anna@example.com.</source>
        <translation>Escriba una dirección de correo, p. ej. anna@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address: it needs a name, an @ and a domain, e.g. anna@example.com.</source>
        <translation>&apos;%1&apos; no es una dirección de correo: necesita un nombre, una @ y un dominio, p. ej. anna@example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address: it contains a space.</source>
        <translation>&apos;%1&apos; no es una dirección de correo: contiene un espacio.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address: &apos;%2&apos; is not a domain name.</source>
        <translation>&apos;%1&apos; no es una dirección de correo: &apos;%2&apos; no es un nombre de dominio.</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>dominio %1</translation>
    </message>
    <message>
        <source>domain %1, written %2 in DNS (punycode)</source>
        <translation>dominio %1, escrito %2 en DNS (punycode)</translation>
    </message>
    <message>
        <source>offline: only the bundled presets and the ISPDB snapshot of %1</source>
        <translation>sin conexión: solo las configuraciones predefinidas incluidas y la instantánea de ISPDB del %1</translation>
    </message>
    <message>
        <source>bundled presets, by domain %1</source>
        <translation>configuraciones predefinidas incluidas, por dominio %1</translation>
    </message>
    <message>
        <source>no preset lists %1</source>
        <translation>ninguna configuración predefinida incluye %1</translation>
    </message>
    <message>
        <source>bundled presets, by MX host %1</source>
        <translation>configuraciones predefinidas incluidas, por host MX %1</translation>
    </message>
    <message>
        <source>no preset knows the mail host %1</source>
        <translation>ninguna configuración predefinida conoce el host de correo %1</translation>
    </message>
    <message>
        <source>your domain&apos;s mail is hosted by %1</source>
        <translation>el correo de su dominio está alojado en %1</translation>
    </message>
    <message>
        <source>ISPDB snapshot of %1: %2</source>
        <translation>instantánea de ISPDB del %1: %2</translation>
    </message>
    <message>
        <source>%1 (the provider of your mail host)</source>
        <translation>%1 (el proveedor de su host de correo)</translation>
    </message>
    <message>
        <source>not in the snapshot (%1 domains)</source>
        <translation>no está en la instantánea (%1 dominios)</translation>
    </message>
    <message>
        <source>null MX (RFC 7505): the domain takes no mail</source>
        <translation>MX nulo (RFC 7505): el dominio no acepta correo</translation>
    </message>
    <message>
        <source>the domain does not exist in DNS</source>
        <translation>el dominio no existe en DNS</translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation>no hay registros MX</translation>
    </message>
    <message>
        <source>the file is not a usable autoconfig file: %1</source>
        <translation>el archivo no es un archivo autoconfig utilizable: %1</translation>
    </message>
    <message>
        <source>(redirected to %1)</source>
        <translation>(redirigido a %1)</translation>
    </message>
    <message>
        <source>%1: the file is for %2, not for %3; not used without asking</source>
        <translation>%1: el archivo es para %2, no para %3; no se usa sin preguntar</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>sin dominio</translation>
    </message>
    <message>
        <source>%1: came over plain HTTP, so anyone on the way could have changed it; not used without asking</source>
        <translation>%1: llegó por HTTP sin cifrar, así que cualquiera en el camino podría haberlo modificado; no se usa sin preguntar</translation>
    </message>
    <message>
        <source>not tried: HTTPS answered</source>
        <translation>no probado: HTTPS respondió</translation>
    </message>
    <message>
        <source>not tried: no plain-HTTP test server set (SENDCHECK_AUTOCONFIG_HTTP_URL)</source>
        <translation>no probado: no hay ningún servidor de prueba HTTP sin cifrar configurado (SENDCHECK_AUTOCONFIG_HTTP_URL)</translation>
    </message>
    <message>
        <source>target &quot;.&quot;: the domain says this service is not offered</source>
        <translation>destino &quot;.&quot;: el dominio indica que este servicio no se ofrece</translation>
    </message>
    <message>
        <source>no SRV record</source>
        <translation>no hay registro SRV</translation>
    </message>
    <message>
        <source>the name exists: a guess, to be tested before use</source>
        <translation>el nombre existe: una suposición que hay que probar antes de usarla</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>no existe ese nombre</translation>
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
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS desde el principio</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DiscoveryReport</name>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>Servers to try</source>
        <translation>Servidores que probar</translation>
    </message>
    <message>
        <source>No source gave any settings.</source>
        <translation>Ninguna fuente proporcionó una configuración.</translation>
    </message>
    <message>
        <source>Server settings found: %1, best source first.</source>
        <translation>Configuraciones de servidor encontradas: %1, la mejor fuente primero.</translation>
    </message>
    <message>
        <source>Ask your mail provider for its outgoing (SMTP) server, or run discovery again online.</source>
        <translation>Pida a su proveedor de correo su servidor saliente (SMTP) o vuelva a ejecutar la búsqueda con conexión.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DiscoveryResult</name>
    <message>
        <source>No recommendation: the address is not valid.</source>
        <translation>Sin recomendación: la dirección no es válida.</translation>
    </message>
    <message>
        <source>No recommendation: no source gave any settings.</source>
        <translation>Sin recomendación: ninguna fuente proporcionó una configuración.</translation>
    </message>
    <message>
        <source>No recommendation: only guesses or untrusted answers; test them before using one.</source>
        <translation>Sin recomendación: solo hay suposiciones o respuestas no fiables; pruébelas antes de usar una.</translation>
    </message>
    <message>
        <source>%1: TLS from the first byte (RFC 8314 prefers it), from the first trusted source that knows this address.</source>
        <translation>%1: TLS desde el primer byte (RFC 8314 lo prefiere), de la primera fuente fiable que conoce esta dirección.</translation>
    </message>
    <message>
        <source>%1: STARTTLS, because the first trusted source that knows this address lists no TLS port for this server.</source>
        <translation>%1: STARTTLS, porque la primera fuente fiable que conoce esta dirección no indica ningún puerto TLS para este servidor.</translation>
    </message>
    <message>
        <source>%1 works from here: %2</source>
        <translation>%1 funciona desde aquí: %2</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DiscoverySource</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Bundled presets</source>
        <translation>Configuraciones predefinidas incluidas</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>Registros MX</translation>
    </message>
    <message>
        <source>Autoconfig file</source>
        <translation>Archivo autoconfig</translation>
    </message>
    <message>
        <source>Thunderbird ISPDB</source>
        <translation>ISPDB de Thunderbird</translation>
    </message>
    <message>
        <source>ISPDB snapshot</source>
        <translation>Instantánea de ISPDB</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>Registro SRV</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Suposición</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>buscando…</translation>
    </message>
    <message>
        <source>found</source>
        <translation>encontrado</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>no hay nada</translation>
    </message>
    <message>
        <source>untrusted (plain HTTP)</source>
        <translation>no fiable (HTTP sin cifrar)</translation>
    </message>
    <message>
        <source>for another domain</source>
        <translation>para otro dominio</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DkimKey</name>
    <message>
        <source>Syntax error: %1</source>
        <translation>Error de sintaxis: %1</translation>
    </message>
    <message>
        <source>The tag %1= appears twice.</source>
        <translation>La etiqueta %1= aparece dos veces.</translation>
    </message>
    <message>
        <source>v=DKIM1 must come first.</source>
        <translation>v=DKIM1 debe ir primero.</translation>
    </message>
    <message>
        <source>v= must be DKIM1, not &apos;%1&apos;.</source>
        <translation>v= debe ser DKIM1, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>t=y: the key is marked as testing; receivers may treat signed mail as unsigned.</source>
        <translation>t=y: la clave está marcada como de prueba; los receptores pueden tratar el correo firmado como no firmado.</translation>
    </message>
    <message>
        <source>h= allows only %1; receivers require sha256 (RFC 8301).</source>
        <translation>h= solo permite %1; los receptores exigen sha256 (RFC 8301).</translation>
    </message>
    <message>
        <source>s= does not allow email.</source>
        <translation>s= no permite email.</translation>
    </message>
    <message>
        <source>The record has no p= (public key) tag.</source>
        <translation>El registro no tiene la etiqueta p= (clave pública).</translation>
    </message>
    <message>
        <source>p= is not valid base64.</source>
        <translation>p= no es base64 válido.</translation>
    </message>
    <message>
        <source>p= is not an Ed25519 public key (32 octets).</source>
        <translation>p= no es una clave pública Ed25519 (32 octetos).</translation>
    </message>
    <message>
        <source>Unknown key type k=%1.</source>
        <translation>Tipo de clave desconocido k=%1.</translation>
    </message>
    <message>
        <source>The key is a bare RSA key (PKCS#1), not the SubjectPublicKeyInfo RFC 6376 asks for; some receivers cannot read it.</source>
        <translation>La clave es una clave RSA sin envoltorio (PKCS#1), no la SubjectPublicKeyInfo que exige RFC 6376; algunos receptores no pueden leerla.</translation>
    </message>
    <message>
        <source>p= does not hold a public key OpenSSL can read.</source>
        <translation>p= no contiene una clave pública que OpenSSL pueda leer.</translation>
    </message>
    <message>
        <source>k=rsa, but the key in p= is not an RSA key.</source>
        <translation>k=rsa, pero la clave de p= no es una clave RSA.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DmarcDiscovery</name>
    <message>
        <source>DNS lookup failed: %1</source>
        <translation>Falló la consulta DNS: %1</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers then apply none of them.</source>
        <translation>%1 tiene %2 registros DMARC; entonces los receptores no aplican ninguno.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DmarcRecord</name>
    <message>
        <source>Syntax error: %1</source>
        <translation>Error de sintaxis: %1</translation>
    </message>
    <message>
        <source>The record must start with v=DMARC1.</source>
        <translation>El registro debe empezar por v=DMARC1.</translation>
    </message>
    <message>
        <source>The tag %1= appears twice.</source>
        <translation>La etiqueta %1= aparece dos veces.</translation>
    </message>
    <message>
        <source>p= must be none, quarantine or reject, not &apos;%1&apos;.</source>
        <translation>p= debe ser none, quarantine o reject, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The record has no p= (policy) tag.</source>
        <translation>El registro no tiene la etiqueta p= (política).</translation>
    </message>
    <message>
        <source>sp= must be none, quarantine or reject, not &apos;%1&apos;.</source>
        <translation>sp= debe ser none, quarantine o reject, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>pct= must be a number from 0 to 100, not &apos;%1&apos;.</source>
        <translation>pct= debe ser un número de 0 a 100, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1= must be r (relaxed) or s (strict), not &apos;%2&apos;.</source>
        <translation>%1= debe ser r (flexible) o s (estricto), no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>fo= allows 0, 1, d and s, not &apos;%1&apos;.</source>
        <translation>fo= admite 0, 1, d y s, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1= has &apos;%2&apos;, which is not a URI (mailto:...).</source>
        <translation>%1= contiene &apos;%2&apos;, que no es un URI (mailto:...).</translation>
    </message>
    <message>
        <source>%1= has &apos;%2&apos;, which is not a mail address.</source>
        <translation>%1= contiene &apos;%2&apos;, que no es una dirección de correo.</translation>
    </message>
    <message>
        <source>p=none without rua=: nobody receives reports, so the record changes nothing and tells you nothing.</source>
        <translation>p=none sin rua=: nadie recibe informes, así que el registro no cambia nada ni le informa de nada.</translation>
    </message>
    <message>
        <source>pct=%1: the policy applies to only part of the failing mail.</source>
        <translation>pct=%1: la política solo se aplica a una parte del correo que no supera la comprobación.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DnsAnswer</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>the name exists but has no record of this type</source>
        <translation>el nombre existe, pero no tiene ningún registro de este tipo</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>el nombre no existe</translation>
    </message>
    <message>
        <source>the nameserver reported a failure (SERVFAIL)</source>
        <translation>el servidor de nombres notificó un fallo (SERVFAIL)</translation>
    </message>
    <message>
        <source>the nameserver refused to answer</source>
        <translation>el servidor de nombres se negó a responder</translation>
    </message>
    <message>
        <source>no answer from the nameserver in time</source>
        <translation>el servidor de nombres no respondió a tiempo</translation>
    </message>
    <message>
        <source>the answer was cut short and could not be read in full</source>
        <translation>la respuesta llegó truncada y no se pudo leer completa</translation>
    </message>
    <message>
        <source>this is not a name that can be looked up</source>
        <translation>no es un nombre que se pueda consultar</translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation>la consulta falló</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DnsSettings</name>
    <message>
        <source>the system&apos;s nameservers</source>
        <translation>los servidores de nombres del sistema</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nameserver address: give ADDRESS or ADDRESS:PORT, e.g. 192.0.2.53:53 or [2001:db8::53]:53.</source>
        <translation>&apos;%1&apos; no es una dirección de servidor de nombres: indique DIRECCIÓN o DIRECCIÓN:PUERTO, p. ej. 192.0.2.53:53 o [2001:db8::53]:53.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>&apos;%1&apos; no es una dirección IP.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainCheck</name>
    <message>
        <source>Give the domain to check, e.g. example.com.</source>
        <translation>Indique el dominio que desea comprobar, p. ej. example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a mail address; give its domain (the part after @).</source>
        <translation>&apos;%1&apos; es una dirección de correo; indique su dominio (la parte posterior a la @).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an IP address; give the domain name you send from.</source>
        <translation>&apos;%1&apos; es una dirección IP; indique el nombre de dominio desde el que envía.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name: use letters, digits and hyphens, in two or more parts separated by dots, e.g. example.com.</source>
        <translation>&apos;%1&apos; no es un nombre de dominio: use letras, dígitos y guiones, en dos o más partes separadas por puntos, p. ej. example.com.</translation>
    </message>
    <message>
        <source>%1 has %2 key records; there must be one.</source>
        <translation>%1 tiene %2 registros de clave; debe haber uno solo.</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>Registro SPF</translation>
    </message>
    <message>
        <source>The SPF record could not be read: %1</source>
        <translation>No se pudo leer el registro SPF: %1</translation>
    </message>
    <message>
        <source>Check that the nameserver answers (and the domain&apos;s DNS hosting works), then run the check again.</source>
        <translation>Compruebe que el servidor de nombres responde (y que funciona el alojamiento DNS del dominio) y vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>%1 has no SPF record. Receivers cannot tell which servers may send its mail, and many put such mail in spam.</source>
        <translation>%1 no tiene registro SPF. Los receptores no pueden saber qué servidores pueden enviar su correo, y muchos mandan ese correo a spam.</translation>
    </message>
    <message>
        <source>Publish this TXT record at %1.</source>
        <translation>Publique este registro TXT en %1.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1 naming the servers that send its mail, e.g. the include your mail provider gives you: v=spf1 include:&lt;provider&gt; ~all.</source>
        <translation>Publique en %1 un registro TXT que indique los servidores que envían su correo, p. ej. el include que le dé su proveedor de correo: v=spf1 include:&lt;provider&gt; ~all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 is not valid, so receivers ignore it (permerror): %2</source>
        <translation>El registro SPF de %1 no es válido, así que los receptores lo ignoran (permerror): %2</translation>
    </message>
    <message>
        <source>Fix the record: there must be exactly one TXT record starting with v=spf1, and every term in it must be valid.</source>
        <translation>Corrija el registro: debe haber exactamente un registro TXT que empiece por v=spf1, y cada término debe ser válido.</translation>
    </message>
    <message>
        <source>%1 has one valid SPF record: %2</source>
        <translation>%1 tiene un registro SPF válido: %2</translation>
    </message>
    <message>
        <source>SPF includes</source>
        <translation>Includes de SPF</translation>
    </message>
    <message>
        <source>A record reached through include or redirect is broken, so receivers get a permanent error: %1</source>
        <translation>Un registro al que se llega mediante include o redirect está dañado, así que los receptores obtienen un error permanente: %1</translation>
    </message>
    <message>
        <source>Remove or correct the include; the provider&apos;s documentation gives the current name.</source>
        <translation>Quite o corrija el include; la documentación del proveedor indica el nombre actual.</translation>
    </message>
    <message>
        <source>Not every included record could be read: %1</source>
        <translation>No se pudieron leer todos los registros incluidos: %1</translation>
    </message>
    <message>
        <source>Run the check again; if it stays, the included domain&apos;s DNS is failing.</source>
        <translation>Vuelva a ejecutar la comprobación; si persiste, es el DNS del dominio incluido el que falla.</translation>
    </message>
    <message>
        <source>Every included record was found and is valid.</source>
        <translation>Se encontraron todos los registros incluidos y son válidos.</translation>
    </message>
    <message>
        <source>SPF DNS lookups</source>
        <translation>Consultas DNS de SPF</translation>
    </message>
    <message>
        <source>Checking this record takes %1 DNS lookups (include, a, mx, ptr, exists, redirect); receivers stop at %2 and treat SPF as broken (permerror).</source>
        <translation>Comprobar este registro requiere %1 consultas DNS (include, a, mx, ptr, exists, redirect); los receptores se detienen en %2 y consideran SPF dañado (permerror).</translation>
    </message>
    <message>
        <source>Drop includes of services you no longer use, replace a and mx by ip4:/ip6: ranges, or ask your providers for a flattened include.</source>
        <translation>Quite los includes de servicios que ya no use, sustituya a y mx por rangos ip4:/ip6:, o pida a sus proveedores un include aplanado.</translation>
    </message>
    <message>
        <source>%1 of the record&apos;s lookups find nothing; receivers allow %2 and then treat SPF as broken.</source>
        <translation>%1 de las consultas del registro no encuentran nada; los receptores permiten %2 y después consideran SPF dañado.</translation>
    </message>
    <message>
        <source>Remove the terms that name domains without records.</source>
        <translation>Quite los términos que nombran dominios sin registros.</translation>
    </message>
    <message>
        <source>The record needs %1 of the %2 DNS lookups allowed: one more include breaks it.</source>
        <translation>El registro necesita %1 de las %2 consultas DNS permitidas: un include más lo rompe.</translation>
    </message>
    <message>
        <source>Make room before adding another provider: drop unused includes.</source>
        <translation>Haga sitio antes de añadir otro proveedor: quite los includes que no use.</translation>
    </message>
    <message>
        <source>The record needs %1 of the %2 DNS lookups allowed.</source>
        <translation>El registro necesita %1 de las %2 consultas DNS permitidas.</translation>
    </message>
    <message>
        <source>SPF default</source>
        <translation>Valor predeterminado de SPF</translation>
    </message>
    <message>
        <source>The record hands the decision to another domain (redirect=).</source>
        <translation>El registro delega la decisión en otro dominio (redirect=).</translation>
    </message>
    <message>
        <source>The record does not say what to do with mail from other servers (no ~all or -all), so forged mail gets a neutral result.</source>
        <translation>El registro no indica qué hacer con el correo de otros servidores (no tiene ~all ni -all), así que el correo falsificado obtiene un resultado neutro.</translation>
    </message>
    <message>
        <source>End the record with ~all (or -all once you are sure every sender is listed).</source>
        <translation>Termine el registro con ~all (o con -all cuando esté seguro de que todos los remitentes figuran en él).</translation>
    </message>
    <message>
        <source>The record ends in +all: every server in the world may send as %1.</source>
        <translation>El registro termina en +all: cualquier servidor del mundo puede enviar como %1.</translation>
    </message>
    <message>
        <source>Replace +all by ~all.</source>
        <translation>Sustituya +all por ~all.</translation>
    </message>
    <message>
        <source>Mail from servers not listed fails SPF (-all).</source>
        <translation>El correo de servidores no incluidos no supera SPF (-all).</translation>
    </message>
    <message>
        <source>Mail from servers not listed gets a soft fail (~all).</source>
        <translation>El correo de servidores no incluidos obtiene un fallo leve (~all).</translation>
    </message>
    <message>
        <source>SPF for %1</source>
        <translation>SPF para %1</translation>
    </message>
    <message>
        <source>%1 may send for %2 (SPF pass).</source>
        <translation>%1 puede enviar en nombre de %2 (SPF pass).</translation>
    </message>
    <message>
        <source>%1 is not allowed to send for %2 (SPF fail); receivers may reject the mail.</source>
        <translation>%1 no tiene permitido enviar en nombre de %2 (SPF fail); los receptores pueden rechazar el correo.</translation>
    </message>
    <message>
        <source>The domain explains: %1</source>
        <translation>El dominio explica: %1</translation>
    </message>
    <message>
        <source>Add the server to the SPF record of %1 (its provider&apos;s include, or ip4:/ip6: with its address).</source>
        <translation>Añada el servidor al registro SPF de %1 (el include de su proveedor, o ip4:/ip6: con su dirección).</translation>
    </message>
    <message>
        <source>SPF does not vouch for %1 sending for %2 (%3): the mail counts as unauthenticated unless DKIM passes.</source>
        <translation>SPF no avala que %1 envíe en nombre de %2 (%3): el correo se considera no autenticado salvo que DKIM lo supere.</translation>
    </message>
    <message>
        <source>Add the server to the SPF record of %1.</source>
        <translation>Añada el servidor al registro SPF de %1.</translation>
    </message>
    <message>
        <source>SPF is broken for %1 (permerror): %2</source>
        <translation>SPF está dañado para %1 (permerror): %2</translation>
    </message>
    <message>
        <source>Fix the SPF record; receivers treat a broken one like none, or worse.</source>
        <translation>Corrija el registro SPF; los receptores tratan uno dañado como si no existiera, o peor.</translation>
    </message>
    <message>
        <source>SPF could not be checked (temperror): %1</source>
        <translation>No se pudo comprobar SPF (temperror): %1</translation>
    </message>
    <message>
        <source>Run the check again; if it stays, the domain&apos;s DNS is failing.</source>
        <translation>Vuelva a ejecutar la comprobación; si persiste, es el DNS del dominio el que falla.</translation>
    </message>
    <message>
        <source>SPF include for %1</source>
        <translation>Include de SPF para %1</translation>
    </message>
    <message>
        <source>%1 has no fixed SPF include to check.</source>
        <translation>%1 no tiene un include de SPF fijo que comprobar.</translation>
    </message>
    <message>
        <source>The record includes %1.</source>
        <translation>El registro incluye %1.</translation>
    </message>
    <message>
        <source>The record does not include %1, so mail sent through %2 fails SPF.</source>
        <translation>El registro no incluye %1, así que el correo enviado a través de %2 no supera SPF.</translation>
    </message>
    <message>
        <source>(This include is what other domains publish; check it in %1&apos;s documentation.)</source>
        <translation>(Este include es el que publican otros dominios; compruébelo en la documentación de %1).</translation>
    </message>
    <message>
        <source>Replace the record by this one (your record with the include added).</source>
        <translation>Sustituya el registro por este (su registro con el include añadido).</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Selector DKIM</translation>
    </message>
    <message>
        <source>DKIM key found at: %1.</source>
        <translation>Clave DKIM encontrada en: %1.</translation>
    </message>
    <message>
        <source>None at: %1 (fine if your provider signs with one of the others).</source>
        <translation>Ninguna en: %1 (no hay problema si su proveedor firma con alguno de los otros).</translation>
    </message>
    <message>
        <source>DKIM keys could not be looked up: %1</source>
        <translation>No se pudieron consultar las claves DKIM: %1</translation>
    </message>
    <message>
        <source>No DKIM key at %1 (looked at %2._domainkey.%3). Mail is not signed for %3, or receivers cannot check the signature.</source>
        <translation>No hay ninguna clave DKIM en %1 (se buscó en %2._domainkey.%3). El correo no se firma para %3, o los receptores no pueden comprobar la firma.</translation>
    </message>
    <message>
        <source>Publish the DKIM record your mail provider gives you (a TXT record, or the CNAME records it names) at &lt;selector&gt;._domainkey.%1.</source>
        <translation>Publique el registro DKIM que le dé su proveedor de correo (un registro TXT, o los registros CNAME que indique) en &lt;selector&gt;._domainkey.%1.</translation>
    </message>
    <message>
        <source>No DKIM key found at the common selector names. Your provider may use its own name.</source>
        <translation>No se encontró ninguna clave DKIM con los nombres de selector habituales. Puede que su proveedor use un nombre propio.</translation>
    </message>
    <message>
        <source>Look up the selector in your provider&apos;s settings (or in the DKIM-Signature header of a sent message, s=) and check it with --dkim-selector.</source>
        <translation>Busque el selector en la configuración de su proveedor (o en el encabezado DKIM-Signature de un mensaje enviado, s=) y compruébelo con --dkim-selector.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Publish the key record exactly as your provider gives it.</source>
        <translation>Publique el registro de la clave exactamente como se lo da su proveedor.</translation>
    </message>
    <message>
        <source>%1: revoked (empty p=); mail signed with it fails DKIM.</source>
        <translation>%1: revocada (p= vacío); el correo firmado con ella no supera DKIM.</translation>
    </message>
    <message>
        <source>%1: Ed25519 key</source>
        <translation>%1: clave Ed25519</translation>
    </message>
    <message>
        <source>%1: RSA key of %2 bits</source>
        <translation>%1: clave RSA de %2 bits</translation>
    </message>
    <message>
        <source>too short: receivers ignore RSA keys under 1024 bits (RFC 8301)</source>
        <translation>demasiado corta: los receptores ignoran las claves RSA de menos de 1024 bits (RFC 8301)</translation>
    </message>
    <message>
        <source>Make a new key of 2048 bits with your provider and publish it.</source>
        <translation>Cree con su proveedor una clave nueva de 2048 bits y publíquela.</translation>
    </message>
    <message>
        <source>accepted, but 2048 bits is recommended</source>
        <translation>aceptada, pero se recomiendan 2048 bits</translation>
    </message>
    <message>
        <source>Switch to a 2048-bit key when your provider offers it.</source>
        <translation>Cambie a una clave de 2048 bits cuando su proveedor lo ofrezca.</translation>
    </message>
    <message>
        <source>DKIM key</source>
        <translation>Clave DKIM</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>Registro DMARC</translation>
    </message>
    <message>
        <source>The DMARC record could not be read: %1</source>
        <translation>No se pudo leer el registro DMARC: %1</translation>
    </message>
    <message>
        <source>Keep one record starting with v=DMARC1 at %1 and delete the others.</source>
        <translation>Conserve un único registro que empiece por v=DMARC1 en %1 y elimine los demás.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>No DMARC record at %1. Gmail, Yahoo and Outlook.com require one from bulk senders, and without it nobody tells you who sends mail in your name.</source>
        <translation>No hay ningún registro DMARC en %1. Gmail, Yahoo y Outlook.com lo exigen a los remitentes masivos y, sin él, nadie le informa de quién envía correo en su nombre.</translation>
    </message>
    <message>
        <source>Publish this first DMARC record: it changes nothing for delivery and sends you reports (change the address to one you read).</source>
        <translation>Publique este primer registro DMARC: no cambia nada en la entrega y le envía informes (cambie la dirección por una que usted lea).</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <translation>Alineación DMARC</translation>
    </message>
    <message>
        <source>Without a DMARC record, receivers do not check alignment for %1.</source>
        <translation>Sin un registro DMARC, los receptores no comprueban la alineación para %1.</translation>
    </message>
    <message>
        <source>The DMARC record at %1 has errors: %2</source>
        <translation>El registro DMARC de %1 tiene errores: %2</translation>
    </message>
    <message>
        <source>Correct the record, for example start from this one.</source>
        <translation>Corrija el registro; por ejemplo, parta de este.</translation>
    </message>
    <message>
        <source>%1 is covered by the record of its organizational domain at %2: %3</source>
        <translation>%1 está cubierto por el registro de su dominio organizativo en %2: %3</translation>
    </message>
    <message>
        <source>DMARC record at %1: %2</source>
        <translation>Registro DMARC en %1: %2</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>Política DMARC</translation>
    </message>
    <message>
        <source>The record sets no valid policy, so receivers ignore it.</source>
        <translation>El registro no establece ninguna política válida, así que los receptores lo ignoran.</translation>
    </message>
    <message>
        <source>Add p=none (then quarantine, then reject).</source>
        <translation>Añada p=none (después quarantine y, por último, reject).</translation>
    </message>
    <message>
        <source>p=none: receivers only report; mail that fails DMARC is delivered as usual, forged mail included.</source>
        <translation>p=none: los receptores solo informan; el correo que no supera DMARC se entrega como siempre, incluido el falsificado.</translation>
    </message>
    <message>
        <source>When the reports show that all your own mail passes, move to p=quarantine, then p=reject.</source>
        <translation>Cuando los informes muestren que todo su propio correo supera la comprobación, pase a p=quarantine y después a p=reject.</translation>
    </message>
    <message>
        <source>p=%1: mail that fails DMARC is %2.</source>
        <translation>p=%1: el correo que no supera DMARC se %2.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechaza</translation>
    </message>
    <message>
        <source>put in spam</source>
        <translation>envía a spam</translation>
    </message>
    <message>
        <source>Raise pct to 100 once the reports are clean.</source>
        <translation>Suba pct a 100 cuando los informes estén limpios.</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>notifica</translation>
    </message>
    <message>
        <source>SPF checks %1, which does not match %2%3, so SPF cannot carry DMARC.</source>
        <translation>SPF comprueba %1, que no coincide con %2%3, así que SPF no puede sostener DMARC.</translation>
    </message>
    <message>
        <source> exactly (aspf=s)</source>
        <translation> exactamente (aspf=s)</translation>
    </message>
    <message>
        <source>SPF does not pass for the address given, so SPF cannot carry DMARC.</source>
        <translation>SPF no se supera para la dirección indicada, así que SPF no puede sostener DMARC.</translation>
    </message>
    <message>
        <source>SPF passes for %1 and matches the From domain, so DMARC passes.</source>
        <translation>SPF se supera para %1 y coincide con el dominio De, así que DMARC se supera.</translation>
    </message>
    <message>
        <source>A DKIM key is published for %1: DMARC passes when the provider signs with d=%1.</source>
        <translation>Hay una clave DKIM publicada para %1: DMARC se supera cuando el proveedor firma con d=%1.</translation>
    </message>
    <message>
        <source>Make sure your provider signs with your domain (d=%1), not its own.</source>
        <translation>Asegúrese de que su proveedor firma con su dominio (d=%1), no con el suyo propio.</translation>
    </message>
    <message>
        <source>No DKIM key was found for %1.</source>
        <translation>No se encontró ninguna clave DKIM para %1.</translation>
    </message>
    <message>
        <source>DMARC then rests on SPF alone; mail forwarded by others fails.</source>
        <translation>Entonces DMARC depende solo de SPF; el correo que otros reenvían no lo supera.</translation>
    </message>
    <message>
        <source>Mail from %1 fails DMARC and is %2.</source>
        <translation>El correo de %1 no supera DMARC y se %2.</translation>
    </message>
    <message>
        <source>Set up DKIM signing with your domain at your provider and publish its key; send with a MAIL FROM address in %1.</source>
        <translation>Configure en su proveedor la firma DKIM con su dominio y publique su clave; envíe con una dirección MAIL FROM de %1.</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>Registros MX</translation>
    </message>
    <message>
        <source>The MX records could not be read: %1</source>
        <translation>No se pudieron leer los registros MX: %1</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS. Receivers refuse mail from domains that do not exist.</source>
        <translation>%1 no existe en el DNS. Los receptores rechazan el correo de dominios que no existen.</translation>
    </message>
    <message>
        <source>Check the spelling, or register the domain and set up its DNS.</source>
        <translation>Compruebe la ortografía, o registre el dominio y configure su DNS.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it says it takes no mail. Receivers may refuse mail from it, and replies cannot reach it.</source>
        <translation>%1 publica un MX nulo (RFC 7505): indica que no acepta correo. Los receptores pueden rechazar su correo y las respuestas no pueden llegarle.</translation>
    </message>
    <message>
        <source>Remove the &quot;0 .&quot; MX record and publish the MX records of your mailbox provider.</source>
        <translation>Quite el registro MX &quot;0 .&quot; y publique los registros MX de su proveedor de buzones.</translation>
    </message>
    <message>
        <source>%1 has no MX records: replies and bounces go to its address record, if any, and some receivers distrust senders that cannot receive.</source>
        <translation>%1 no tiene registros MX: las respuestas y las devoluciones van a su registro de dirección, si lo hay, y algunos receptores desconfían de los remitentes que no pueden recibir.</translation>
    </message>
    <message>
        <source>Publish the MX records of your mailbox provider.</source>
        <translation>Publique los registros MX de su proveedor de buzones.</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>No se pudo consultar %1: %2</translation>
    </message>
    <message>
        <source>%1 has no address, so nobody can deliver to it.</source>
        <translation>%1 no tiene dirección, así que nadie puede entregarle correo.</translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) of %2; an MX must name the host itself (RFC 2181 10.3), some senders refuse it.</source>
        <translation>%1 es un alias (CNAME) de %2; un MX debe nombrar el propio host (RFC 2181 10.3), y algunos remitentes lo rechazan.</translation>
    </message>
    <message>
        <source>MX: %1.</source>
        <translation>MX: %1.</translation>
    </message>
    <message>
        <source>Point every MX at a host name with an address record (A/AAAA), not at an IP address or an alias.</source>
        <translation>Haga que cada MX apunte a un nombre de host con registro de dirección (A/AAAA), no a una dirección IP ni a un alias.</translation>
    </message>
    <message>
        <source>%1 needs no SPF include in your record.</source>
        <translation>%1 no necesita ningún include de SPF en su registro.</translation>
    </message>
    <message>
        <source>%1&apos;s SPF include (include:%2) belongs in the SPF record of your MAIL FROM subdomain, not in the record of %3; the records to publish show it.</source>
        <translation>El include de SPF de %1 (include:%2) va en el registro SPF de su subdominio MAIL FROM, no en el registro de %3; los registros que publicar lo muestran.</translation>
    </message>
    <message>
        <source>include:%1 is optional: %2&apos;s return path carries SPF for your mail.</source>
        <translation>include:%1 es opcional: la ruta de retorno de %2 aporta el SPF de su correo.</translation>
    </message>
    <message>
        <source>Your record with include:%1 added would need %2 DNS lookups, more than the %3 receivers allow: remove includes you no longer use (or replace them by ip4:/ip6: ranges) before publishing it.</source>
        <translation>Su registro con include:%1 añadido necesitaría %2 consultas DNS, más de las %3 que permiten los receptores: quite los includes que ya no use (o sustitúyalos por rangos ip4:/ip6:) antes de publicarlo.</translation>
    </message>
    <message>
        <source>Your record with include:%1 added; it needs %2 of the %3 DNS lookups allowed.</source>
        <translation>Su registro con include:%1 añadido; necesita %2 de las %3 consultas DNS permitidas.</translation>
    </message>
    <message>
        <source>Your record with include:%1 added; it needs at least %2 of the %3 DNS lookups allowed (the include could not be read to count its own).</source>
        <translation>Su registro con include:%1 añadido; necesita al menos %2 de las %3 consultas DNS permitidas (no se pudo leer el include para contar las suyas).</translation>
    </message>
    <message>
        <source>Add include:%1, and make room first: with it the record would need %2 lookups, more than %3.</source>
        <translation>Añada include:%1, pero haga sitio antes: con él, el registro necesitaría %2 consultas, más de %3.</translation>
    </message>
    <message>
        <source>This value is what other domains publish; check it in %1&apos;s documentation.</source>
        <translation>Este valor es el que publican otros dominios; compruébelo en la documentación de %1.</translation>
    </message>
    <message>
        <source>Replace the parts in &lt;angle brackets&gt; by the values %1&apos;s settings show.</source>
        <translation>Sustituya las partes entre &lt;corchetes angulares&gt; por los valores que muestra la configuración de %1.</translation>
    </message>
    <message>
        <source>SPF for the MAIL FROM subdomain %1 sends with: SPF then passes for a subdomain of yours, which DMARC counts as aligned.</source>
        <translation>SPF para el subdominio MAIL FROM con el que envía %1: así SPF se supera para un subdominio suyo, lo que DMARC cuenta como alineado.</translation>
    </message>
    <message>
        <source>The DKIM public key %1 signs your mail with; copy the key from %1&apos;s settings.</source>
        <translation>La clave pública DKIM con la que %1 firma su correo; copie la clave de la configuración de %1.</translation>
    </message>
    <message>
        <source>Points the DKIM selector %1 at %2&apos;s key, so %2 can sign your mail and change keys without you.</source>
        <translation>Apunta el selector DKIM %1 a la clave de %2, para que %2 pueda firmar su correo y cambiar las claves sin usted.</translation>
    </message>
    <message>
        <source>Bulk senders: SPF</source>
        <translation>Remitentes masivos: SPF</translation>
    </message>
    <message>
        <source>SPF is set up: Gmail and Yahoo require it from bulk senders.</source>
        <translation>SPF está configurado: Gmail y Yahoo lo exigen a los remitentes masivos.</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require a valid SPF record from bulk senders; the SPF checks above say what is wrong.</source>
        <translation>Gmail y Yahoo exigen a los remitentes masivos un registro SPF válido; las comprobaciones de SPF de arriba indican qué falla.</translation>
    </message>
    <message>
        <source>Fix the SPF record first (see the SPF checks).</source>
        <translation>Corrija primero el registro SPF (consulte las comprobaciones de SPF).</translation>
    </message>
    <message>
        <source>Bulk senders: DKIM</source>
        <translation>Remitentes masivos: DKIM</translation>
    </message>
    <message>
        <source>A DKIM key is published: Gmail and Yahoo require DKIM signing from bulk senders (Gmail: a key of at least 1024 bits, 2048 recommended).</source>
        <translation>Hay una clave DKIM publicada: Gmail y Yahoo exigen a los remitentes masivos la firma DKIM (Gmail: una clave de al menos 1024 bits; se recomiendan 2048).</translation>
    </message>
    <message>
        <source>No usable DKIM key was found. Gmail and Yahoo require bulk senders to sign with DKIM.</source>
        <translation>No se encontró ninguna clave DKIM utilizable. Gmail y Yahoo exigen a los remitentes masivos firmar con DKIM.</translation>
    </message>
    <message>
        <source>Set up DKIM signing at your provider and publish its key (see the records to publish).</source>
        <translation>Configure la firma DKIM en su proveedor y publique su clave (consulte los registros que publicar).</translation>
    </message>
    <message>
        <source>Bulk senders: DMARC</source>
        <translation>Remitentes masivos: DMARC</translation>
    </message>
    <message>
        <source>A DMARC record is published; p=none is enough for Gmail and Yahoo.</source>
        <translation>Hay un registro DMARC publicado; p=none basta para Gmail y Yahoo.</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require bulk senders to publish a DMARC record (p=none is enough).</source>
        <translation>Gmail y Yahoo exigen a los remitentes masivos publicar un registro DMARC (p=none basta).</translation>
    </message>
    <message>
        <source>Publish the first DMARC record shown in the records to publish.</source>
        <translation>Publique el primer registro DMARC que se muestra en los registros que publicar.</translation>
    </message>
    <message>
        <source>Bulk senders: alignment</source>
        <translation>Remitentes masivos: alineación</translation>
    </message>
    <message>
        <source>The From domain lines up with SPF or DKIM, as Gmail and Yahoo require.</source>
        <translation>El dominio From coincide con SPF o DKIM, como exigen Gmail y Yahoo.</translation>
    </message>
    <message>
        <source>Without a DMARC record alignment is not checked; Gmail and Yahoo require the From domain to line up with SPF or DKIM.</source>
        <translation>Sin un registro DMARC no se comprueba la alineación; Gmail y Yahoo exigen que el dominio From coincida con SPF o DKIM.</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require the From domain to line up with the SPF or the DKIM domain; the DMARC alignment check says why it may not.</source>
        <translation>Gmail y Yahoo exigen que el dominio From coincida con el dominio de SPF o de DKIM; la comprobación de alineación DMARC indica por qué puede no coincidir.</translation>
    </message>
    <message>
        <source>See the DMARC alignment check.</source>
        <translation>Consulte la comprobación de alineación DMARC.</translation>
    </message>
    <message>
        <source>Bulk senders: reverse DNS</source>
        <translation>Remitentes masivos: DNS inverso</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address needs a PTR name whose address points back to it (forward-confirmed reverse DNS). This is a property of the server, checked by `sendcheck-cli server`.</source>
        <translation>La dirección IP del servidor que envía necesita un nombre PTR cuya dirección apunte de vuelta a ella (DNS inverso confirmado). Es una propiedad del servidor, que comprueba `sendcheck-cli server`.</translation>
    </message>
    <message>
        <source>Bulk senders: TLS</source>
        <translation>Remitentes masivos: TLS</translation>
    </message>
    <message>
        <source>Cannot be checked from DNS. Gmail requires TLS on the connection that delivers your mail to it; that is your provider&apos;s server. A test send shows the TLS of your own connection to it.</source>
        <translation>No se puede comprobar desde DNS. Gmail exige TLS en la conexión que le entrega su correo; ese es el servidor de su proveedor. Un envío de prueba muestra el TLS de su propia conexión con él.</translation>
    </message>
    <message>
        <source>Bulk senders: one-click unsubscribe</source>
        <translation>Remitentes masivos: baja con un clic</translation>
    </message>
    <message>
        <source>Cannot be checked from DNS. Marketing mail needs one-click unsubscribe: the headers List-Unsubscribe-Post: List-Unsubscribe=One-Click and an https List-Unsubscribe (RFC 8058), and a visible link in the message; unsubscribes must be honoured within two days.</source>
        <translation>No se puede comprobar desde DNS. El correo de marketing necesita baja con un clic: las cabeceras List-Unsubscribe-Post: List-Unsubscribe=One-Click y un List-Unsubscribe https (RFC 8058), y un enlace visible en el mensaje; las bajas deben atenderse en dos días.</translation>
    </message>
    <message>
        <source>Bulk senders: spam rate</source>
        <translation>Remitentes masivos: tasa de spam</translation>
    </message>
    <message>
        <source>Cannot be checked from DNS. Keep the spam rate reported in Google Postmaster Tools below 0.3%; above it Gmail rejects or delays mail.</source>
        <translation>No se puede comprobar desde DNS. Mantenga la tasa de spam indicada en Google Postmaster Tools por debajo del 0.3%; por encima, Gmail rechaza o retrasa el correo.</translation>
    </message>
    <message>
        <source>%1 s, %2 days</source>
        <translation>%1 s, %2 días</translation>
    </message>
    <message>
        <source>MTA-STS record</source>
        <translation>Registro MTA-STS</translation>
    </message>
    <message>
        <source>The MTA-STS record could not be read: %1</source>
        <translation>No se pudo leer el registro MTA-STS: %1</translation>
    </message>
    <message>
        <source>%1 publishes no MTA-STS policy. Servers sending to it use TLS when they can, but an attacker on the way can remove TLS and nobody notices.</source>
        <translation>%1 no publica ninguna política MTA-STS. Los servidores que le envían correo usan TLS cuando pueden, pero un atacante en el camino puede quitar TLS sin que nadie lo note.</translation>
    </message>
    <message>
        <source>To make senders insist on TLS, serve a policy at %1 and publish a TXT record at _mta-sts.%2: v=STSv1; id=&lt;a new value each time the policy changes&gt;. Start with mode: testing.</source>
        <translation>Para que los remitentes exijan TLS, sirva una política en %1 y publique un registro TXT en _mta-sts.%2: v=STSv1; id=&lt;un valor nuevo cada vez que cambie la política&gt;. Empiece con mode: testing.</translation>
    </message>
    <message>
        <source>_mta-sts.%1 has %2 records starting with v=STSv1; with more than one, senders ignore MTA-STS altogether.</source>
        <translation>_mta-sts.%1 tiene %2 registros que empiezan por v=STSv1; si hay más de uno, los remitentes ignoran MTA-STS por completo.</translation>
    </message>
    <message>
        <source>Keep exactly one v=STSv1 record.</source>
        <translation>Mantenga exactamente un registro v=STSv1.</translation>
    </message>
    <message>
        <source>The MTA-STS record is not valid, so senders ignore the policy: %1</source>
        <translation>El registro MTA-STS no es válido, así que los remitentes ignoran la política: %1</translation>
    </message>
    <message>
        <source>Publish it as v=STSv1; id=20250101T000000 (letters and digits only in the id).</source>
        <translation>Publíquelo como v=STSv1; id=20250101T000000 (solo letras y dígitos en el id).</translation>
    </message>
    <message>
        <source>_mta-sts.%1: %2 (policy id %3).</source>
        <translation>_mta-sts.%1: %2 (id de política %3).</translation>
    </message>
    <message>
        <source>MTA-STS policy</source>
        <translation>Política MTA-STS</translation>
    </message>
    <message>
        <source>The policy at %1 could not be fetched: %2 Senders then treat the domain as having no policy (or keep an older copy until it expires).</source>
        <translation>No se pudo obtener la política de %1: %2 Los remitentes tratan entonces el dominio como si no tuviera política (o conservan una copia anterior hasta que caduque).</translation>
    </message>
    <message>
        <source>Serve the policy as a plain text file over HTTPS, with a valid certificate for mta-sts.%1, answering 200 directly (no redirect).</source>
        <translation>Sirva la política como archivo de texto plano por HTTPS, con un certificado válido para mta-sts.%1, respondiendo 200 directamente (sin redirección).</translation>
    </message>
    <message>
        <source>The file at %1 is not a valid MTA-STS policy: %2</source>
        <translation>El archivo de %1 no es una política MTA-STS válida: %2</translation>
    </message>
    <message>
        <source>It was served as %1, not text/plain.</source>
        <translation>Se sirvió como %1, no como text/plain.</translation>
    </message>
    <message>
        <source>Serve lines such as &quot;version: STSv1&quot;, &quot;mode: testing&quot;, &quot;mx: mail.example.com&quot;, &quot;max_age: 604800&quot; as text/plain.</source>
        <translation>Sirva líneas como «version: STSv1», «mode: testing», «mx: mail.example.com», «max_age: 604800» como text/plain.</translation>
    </message>
    <message>
        <source>It is served as %1; RFC 8461 asks for text/plain.</source>
        <translation>Se sirve como %1; el RFC 8461 pide text/plain.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>%1: version %2, mode %3, max_age %4, mx %5.</source>
        <translation>%1: version %2, mode %3, max_age %4, mx %5.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Correct the points above in the policy file.</source>
        <translation>Corrija los puntos anteriores en el archivo de la política.</translation>
    </message>
    <message>
        <source>MTA-STS mode</source>
        <translation>Modo MTA-STS</translation>
    </message>
    <message>
        <source>enforce: senders that support MTA-STS deliver only over TLS, with a valid certificate, to an MX host the policy lists; otherwise they hold the mail.</source>
        <translation>enforce: los remitentes compatibles con MTA-STS solo entregan por TLS, con un certificado válido, a un host MX que la política enumera; si no, retienen el correo.</translation>
    </message>
    <message>
        <source>testing: senders still deliver when TLS fails and only report the failure (to the TLS-RPT address). Nothing is protected yet.</source>
        <translation>testing: los remitentes siguen entregando cuando TLS falla y solo informan del fallo (a la dirección TLS-RPT). Todavía no hay nada protegido.</translation>
    </message>
    <message>
        <source>Once the TLS reports show no failures, change the policy to mode: enforce and publish a new id in the _mta-sts record.</source>
        <translation>Cuando los informes TLS no muestren fallos, cambie la política a mode: enforce y publique un id nuevo en el registro _mta-sts.</translation>
    </message>
    <message>
        <source>none: the policy is being withdrawn; senders forget it.</source>
        <translation>none: la política se está retirando; los remitentes la olvidan.</translation>
    </message>
    <message>
        <source>If you did not mean to withdraw MTA-STS, set mode: testing or enforce.</source>
        <translation>Si no quería retirar MTA-STS, ponga mode: testing o enforce.</translation>
    </message>
    <message>
        <source>%1 (mx: %2)</source>
        <translation>%1 (mx: %2)</translation>
    </message>
    <message>
        <source>MTA-STS and MX hosts</source>
        <translation>MTA-STS y hosts MX</translation>
    </message>
    <message>
        <source>Every MX host matches the policy: %1.</source>
        <translation>Todos los hosts MX coinciden con la política: %1.</translation>
    </message>
    <message>
        <source>%1 matches no mx: line of the policy; senders that enforce MTA-STS will not deliver there.</source>
        <translation>%1 no coincide con ninguna línea mx: de la política; los remitentes que aplican MTA-STS no entregarán allí.</translation>
    </message>
    <message>
        <source>%1 matches no mx: line of the policy; in mode enforce senders would not deliver there.</source>
        <translation>%1 no coincide con ninguna línea mx: de la política; en modo enforce los remitentes no entregarían allí.</translation>
    </message>
    <message>
        <source>Add an mx: line for each MX host (or a *.domain pattern covering them), then publish a new id in the _mta-sts record.</source>
        <translation>Añada una línea mx: por cada host MX (o un patrón *.dominio que los cubra) y publique después un id nuevo en el registro _mta-sts.</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT)</source>
        <translation>Informes TLS (TLS-RPT)</translation>
    </message>
    <message>
        <source>The TLS-RPT record could not be read: %1</source>
        <translation>No se pudo leer el registro TLS-RPT: %1</translation>
    </message>
    <message>
        <source>%1 asks for no TLS reports: when servers cannot reach it over TLS, you are not told.</source>
        <translation>%1 no pide informes TLS: cuando los servidores no pueden llegar a él por TLS, usted no se entera.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _smtp._tls.%1: v=TLSRPTv1; rua=mailto:tls-reports@%1</source>
        <translation>Publique un registro TXT en _smtp._tls.%1: v=TLSRPTv1; rua=mailto:tls-reports@%1</translation>
    </message>
    <message>
        <source>_smtp._tls.%1 has %2 v=TLSRPTv1 records; senders then send no reports.</source>
        <translation>_smtp._tls.%1 tiene %2 registros v=TLSRPTv1; los remitentes no envían entonces ningún informe.</translation>
    </message>
    <message>
        <source>Keep exactly one v=TLSRPTv1 record; list several addresses in its rua=, separated by commas.</source>
        <translation>Mantenga exactamente un registro v=TLSRPTv1; indique varias direcciones en su rua=, separadas por comas.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is not valid: %1</source>
        <translation>El registro TLS-RPT no es válido: %1</translation>
    </message>
    <message>
        <source>Publish it as v=TLSRPTv1; rua=mailto:tls-reports@%1</source>
        <translation>Publíquelo como v=TLSRPTv1; rua=mailto:tls-reports@%1</translation>
    </message>
    <message>
        <source>Daily TLS reports go to %1.</source>
        <translation>Los informes TLS diarios van a %1.</translation>
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
        <translation>la validación falló</translation>
    </message>
    <message>
        <source>DNSSEC validation failed for %1. Senders that use DANE will not deliver to these hosts.</source>
        <translation>La validación DNSSEC falló para %1. Los remitentes que usan DANE no entregarán a estos hosts.</translation>
    </message>
    <message>
        <source>Fix the DNSSEC signatures of the MX hosts&apos; zone (an expired signature or a DS record that matches no key is the usual cause).</source>
        <translation>Corrija las firmas DNSSEC de la zona de los hosts MX (la causa habitual es una firma caducada o un registro DS que no coincide con ninguna clave).</translation>
    </message>
    <message>
        <source>The TLSA records could not be read: %1</source>
        <translation>No se pudieron leer los registros TLSA: %1</translation>
    </message>
    <message>
        <source>Run the check again; if it stays, the DNS of the MX hosts is failing.</source>
        <translation>Vuelva a ejecutar la comprobación; si persiste, es el DNS de los hosts MX el que falla.</translation>
    </message>
    <message>
        <source>DANE cannot be judged: the answers for %1 were not DNSSEC-validated, and TLSA records count only when they are.</source>
        <translation>DANE no se puede evaluar: las respuestas para %1 no se validaron con DNSSEC, y los registros TLSA solo cuentan cuando lo están.</translation>
    </message>
    <message>
        <source>TLSA records came back: %1; whether they are genuine is unknown.</source>
        <translation>Registros TLSA recibidos: %1; se desconoce si son auténticos.</translation>
    </message>
    <message>
        <source>Run the check with DNSSEC validation (sendcheck-cli domain --dnssec) to judge DANE.</source>
        <translation>Ejecute la comprobación con validación DNSSEC (sendcheck-cli domain --dnssec) para evaluar DANE.</translation>
    </message>
    <message>
        <source>TLSA records that senders cannot use (DNSSEC-secure): %1. For those hosts DANE gives no protection.</source>
        <translation>Registros TLSA que los remitentes no pueden usar (seguros con DNSSEC): %1. Para esos hosts DANE no ofrece ninguna protección.</translation>
    </message>
    <message>
        <source>Publish 3 1 1 records (DANE-EE, SHA-256 of the server&apos;s public key), or 2 1 1 for the issuing CA, and keep them in step with certificate renewals.</source>
        <translation>Publique registros 3 1 1 (DANE-EE, SHA-256 de la clave pública del servidor), o 2 1 1 para la CA emisora, y manténgalos al día cuando renueve certificados.</translation>
    </message>
    <message>
        <source>DNSSEC-secure TLSA records: %1.</source>
        <translation>Registros TLSA seguros con DNSSEC: %1.</translation>
    </message>
    <message>
        <source>Not protected by DANE: %1.</source>
        <translation>No protegidos por DANE: %1.</translation>
    </message>
    <message>
        <source>Publish TLSA records for every MX host, in a DNSSEC-signed zone.</source>
        <translation>Publique registros TLSA para cada host MX, en una zona firmada con DNSSEC.</translation>
    </message>
    <message>
        <source>No MX host has DNSSEC-secure TLSA records (%1), so senders do not use DANE; MTA-STS is the other way to require TLS.</source>
        <translation>Ningún host MX tiene registros TLSA seguros con DNSSEC (%1), así que los remitentes no usan DANE; MTA-STS es la otra forma de exigir TLS.</translation>
    </message>
    <message>
        <source>BIMI record</source>
        <translation>Registro BIMI</translation>
    </message>
    <message>
        <source>The BIMI record could not be read: %1</source>
        <translation>No se pudo leer el registro BIMI: %1</translation>
    </message>
    <message>
        <source>%1 has no BIMI record (default._bimi.%1), so mail clients that support it show no brand logo. This is optional.</source>
        <translation>%1 no tiene registro BIMI (default._bimi.%1), así que los clientes de correo compatibles no muestran ningún logotipo de marca. Es opcional.</translation>
    </message>
    <message>
        <source>default._bimi.%1 has %2 v=BIMI1 records; receivers then show no logo.</source>
        <translation>default._bimi.%1 tiene %2 registros v=BIMI1; los receptores no muestran entonces ningún logotipo.</translation>
    </message>
    <message>
        <source>Keep exactly one v=BIMI1 record.</source>
        <translation>Mantenga exactamente un registro v=BIMI1.</translation>
    </message>
    <message>
        <source>The BIMI record is not valid: %1</source>
        <translation>El registro BIMI no es válido: %1</translation>
    </message>
    <message>
        <source>Publish it as v=BIMI1; l=https://&lt;your site&gt;/logo.svg; a=https://&lt;your site&gt;/certificate.pem</source>
        <translation>Publíquelo como v=BIMI1; l=https://&lt;su sitio&gt;/logo.svg; a=https://&lt;su sitio&gt;/certificate.pem</translation>
    </message>
    <message>
        <source>%1 declines BIMI (empty l= and a=).</source>
        <translation>%1 rechaza BIMI (l= y a= vacíos).</translation>
    </message>
    <message>
        <source>Logo: %1. There is no mark certificate (a=); Gmail and Apple Mail show the logo only with one.</source>
        <translation>Logotipo: %1. No hay certificado de marca (a=); Gmail y Apple Mail solo muestran el logotipo con uno.</translation>
    </message>
    <message>
        <source>Get a Verified Mark Certificate (VMC) or Common Mark Certificate (CMC) and name it in a=.</source>
        <translation>Obtenga un Verified Mark Certificate (VMC) o un Common Mark Certificate (CMC) e indíquelo en a=.</translation>
    </message>
    <message>
        <source>Logo: %1, mark certificate: %2.</source>
        <translation>Logotipo: %1, certificado de marca: %2.</translation>
    </message>
    <message>
        <source>BIMI needs DMARC enforcement</source>
        <translation>BIMI necesita una política DMARC aplicada</translation>
    </message>
    <message>
        <source>DMARC is at p=%1 for all mail, as BIMI requires.</source>
        <translation>DMARC está en p=%1 para todo el correo, como exige BIMI.</translation>
    </message>
    <message>
        <source>There is no DMARC record, so receivers ignore the BIMI record.</source>
        <translation>No hay registro DMARC, así que los receptores ignoran el registro BIMI.</translation>
    </message>
    <message>
        <source>DMARC is at p=none, so receivers ignore the BIMI record.</source>
        <translation>DMARC está en p=none, así que los receptores ignoran el registro BIMI.</translation>
    </message>
    <message>
        <source>DMARC applies to only %1% of mail (pct=%1); BIMI needs 100.</source>
        <translation>DMARC solo se aplica al %1 % del correo (pct=%1); BIMI necesita 100.</translation>
    </message>
    <message>
        <source>Move DMARC to p=quarantine or p=reject for all mail (no pct below 100) once your reports show your own mail passes.</source>
        <translation>Pase DMARC a p=quarantine o p=reject para todo el correo (sin pct inferior a 100) cuando sus informes muestren que su propio correo lo supera.</translation>
    </message>
    <message>
        <source>%1 has no address.</source>
        <translation>%1 no tiene dirección.</translation>
    </message>
    <message>
        <source>DANE and the server certificate</source>
        <translation>DANE y el certificado del servidor</translation>
    </message>
    <message>
        <source>%1 (%2 port %3)</source>
        <translation>%1 (%2 puerto %3)</translation>
    </message>
    <message>
        <source>%1: the certificate matches %2.</source>
        <translation>%1: el certificado coincide con %2.</translation>
    </message>
    <message>
        <source>%1: the published TLSA records do not match the certificate this server shows (SHA-256 %2); DANE senders will refuse to deliver.</source>
        <translation>%1: los registros TLSA publicados no coinciden con el certificado que presenta este servidor (SHA-256 %2); los remitentes que usan DANE se negarán a entregar.</translation>
    </message>
    <message>
        <source>%1: the server does not offer STARTTLS, so DANE senders, which require TLS here, will refuse to deliver.</source>
        <translation>%1: el servidor no ofrece STARTTLS, por lo que los remitentes que usan DANE, que aquí exigen TLS, se negarán a entregar.</translation>
    </message>
    <message>
        <source>%1: the TLS handshake failed (%2); DANE senders will refuse to deliver.</source>
        <translation>%1: la negociación TLS falló (%2); los remitentes que usan DANE se negarán a entregar.</translation>
    </message>
    <message>
        <source>%1: could not be compared: %2</source>
        <translation>%1: no se pudo comparar: %2</translation>
    </message>
    <message>
        <source>%1: could not be compared: port %2 not reachable from here (%3).</source>
        <translation>%1: no se pudo comparar: el puerto %2 no es accesible desde aquí (%3).</translation>
    </message>
    <message>
        <source>Publish TLSA records for the certificate the server uses now (3 1 1 is the SHA-256 of its public key), and on renewal publish the new record before the new certificate goes live.</source>
        <translation>Publique registros TLSA para el certificado que el servidor usa ahora (3 1 1 es el SHA-256 de su clave pública) y, al renovarlo, publique el nuevo registro antes de que el nuevo certificado entre en servicio.</translation>
    </message>
    <message>
        <source>Turn on STARTTLS on port 25 of the MX host, or withdraw its TLSA records.</source>
        <translation>Active STARTTLS en el puerto 25 del host MX o retire sus registros TLSA.</translation>
    </message>
    <message>
        <source>Make TLS work on port 25 (certificate and key files, protocol versions), or withdraw the TLSA records.</source>
        <translation>Haga que TLS funcione en el puerto 25 (archivos de certificado y clave, versiones del protocolo) o retire los registros TLSA.</translation>
    </message>
    <message>
        <source>Many networks block outgoing connections to port 25. Run the check from a server that may send mail, or compare the records there with: openssl s_client -starttls smtp -connect MX-HOST:25</source>
        <translation>Muchas redes bloquean las conexiones salientes al puerto 25. Ejecute la comprobación desde un servidor que pueda enviar correo, o compare allí los registros con: openssl s_client -starttls smtp -connect MX-HOST:25</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainDns</name>
    <message>
        <source>&quot;domainDns&quot;: &quot;spf&quot; must be an object.</source>
        <translation>&quot;domainDns&quot;: &quot;spf&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: &quot;placement&quot; must be domain, mail-from, optional or none.</source>
        <translation>&quot;domainDns&quot;: &quot;placement&quot; debe ser domain, mail-from, optional o none.</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: &quot;spf&quot; needs one domain name in &quot;include&quot; (or &quot;placement&quot;: &quot;none&quot;).</source>
        <translation>&quot;domainDns&quot;: &quot;spf&quot; necesita un nombre de dominio en &quot;include&quot; (o &quot;placement&quot;: &quot;none&quot;).</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: every &quot;dkim&quot; entry needs a &quot;selector&quot;.</source>
        <translation>&quot;domainDns&quot;: cada entrada &quot;dkim&quot; necesita un &quot;selector&quot;.</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot;: every record needs a &quot;type&quot; (CNAME, TXT or MX), a &quot;name&quot; and a &quot;value&quot;.</source>
        <translation>&quot;domainDns&quot;: cada registro necesita un &quot;type&quot; (CNAME, TXT o MX), un &quot;name&quot; y un &quot;value&quot;.</translation>
    </message>
    <message>
        <source>Google&apos;s default DKIM selector is &apos;google&apos;; the admin can choose another in the Admin console. A 2048-bit key is recommended, 1024 bits are accepted.</source>
        <translation>El selector DKIM predeterminado de Google es &apos;google&apos;; el administrador puede elegir otro en la Consola de administración. Se recomienda una clave de 2048 bits; se aceptan 1024 bits.</translation>
    </message>
    <message>
        <source>selector1 and selector2 are CNAMEs to your tenant (&lt;tenant&gt;.onmicrosoft.com): one is active, the other is for key rotation.</source>
        <translation>selector1 y selector2 son CNAME hacia su inquilino (&lt;tenant&gt;.onmicrosoft.com): uno está activo y el otro sirve para la rotación de claves.</translation>
    </message>
    <message>
        <source>Newer tenants may be given targets under &lt;tenant&gt;.&lt;x&gt;-v1.dkim.mail.microsoft instead (seen in public zones, not in Microsoft&apos;s documents): publish exactly what the Defender portal shows.</source>
        <translation>A los inquilinos más nuevos se les pueden asignar destinos bajo &lt;tenant&gt;.&lt;x&gt;-v1.dkim.mail.microsoft (vistos en zonas públicas, no en los documentos de Microsoft): publique exactamente lo que muestra el portal de Defender.</translation>
    </message>
    <message>
        <source>SES&apos;s SPF include belongs on a custom MAIL FROM subdomain (e.g. bounce.&lt;your domain&gt;), not on the From domain; Easy DKIM gives three per-domain tokens, shown in the SES console.</source>
        <translation>El include de SPF de SES va en un subdominio MAIL FROM personalizado (p. ej. bounce.&lt;your domain&gt;), no en el dominio From; Easy DKIM proporciona tres tokens por dominio, que se muestran en la consola de SES.</translation>
    </message>
    <message>
        <source>The custom MAIL FROM subdomain receives SES&apos;s bounces and complaints; use a subdomain that receives no other mail.</source>
        <translation>El subdominio MAIL FROM personalizado recibe los rebotes y las quejas de SES; use un subdominio que no reciba ningún otro correo.</translation>
    </message>
    <message>
        <source>Replace each &lt;N&gt; by the numbers SendGrid&apos;s sender authentication page shows (they differ between the parts). With Automated Security off, SendGrid gives two TXT records and an MX instead.</source>
        <translation>Sustituya cada &lt;N&gt; por los números que muestra la página de autenticación de remitente de SendGrid (varían entre las partes). Con Automated Security desactivado, SendGrid proporciona en su lugar dos registros TXT y un MX.</translation>
    </message>
    <message>
        <source>SendGrid&apos;s return path (Automated Security): SPF then passes for a subdomain of yours.</source>
        <translation>La ruta de retorno de SendGrid (Automated Security): así SPF se supera para un subdominio suyo.</translation>
    </message>
    <message>
        <source>Mailgun shows the DKIM selector and key for your domain in its control panel; smtp and mailo are names seen in public zones.</source>
        <translation>Mailgun muestra el selector DKIM y la clave de su dominio en su panel de control; smtp y mailo son nombres vistos en zonas públicas.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s MX records (mxa.mailgun.org and mxb.mailgun.org, priority 10) are only for a domain that receives its mail through Mailgun.</source>
        <translation>Los registros MX de Mailgun (mxa.mailgun.org y mxb.mailgun.org, prioridad 10) solo son para un dominio que recibe su correo a través de Mailgun.</translation>
    </message>
    <message>
        <source>Mailgun&apos;s tracking host (opens, clicks and unsubscribes).</source>
        <translation>El host de seguimiento de Mailgun (aperturas, clics y bajas).</translation>
    </message>
    <message>
        <source>Postmark&apos;s DKIM selector is a date stamp ending in &apos;pm&apos; (e.g. 20240101000000pm): copy it and the key from Postmark&apos;s sender signature page.</source>
        <translation>El selector DKIM de Postmark es una marca de fecha que termina en &apos;pm&apos; (p. ej. 20240101000000pm): cópielo junto con la clave de la página de firma de remitente de Postmark.</translation>
    </message>
    <message>
        <source>Postmark&apos;s custom return path: SPF then passes for a subdomain of yours instead of pm.mtasv.net.</source>
        <translation>La ruta de retorno personalizada de Postmark: así SPF se supera para un subdominio suyo en lugar de pm.mtasv.net.</translation>
    </message>
    <message>
        <source>SMTP2GO needs no SPF include since it moved to its own return path (VERP) in 2019; its panel shows the &lt;id&gt; of your three CNAMEs.</source>
        <translation>SMTP2GO no necesita ningún include de SPF desde que pasó a su propia ruta de retorno (VERP) en 2019; su panel muestra el &lt;id&gt; de sus tres CNAME.</translation>
    </message>
    <message>
        <source>SMTP2GO&apos;s return path: SPF then passes for a subdomain of yours.</source>
        <translation>La ruta de retorno de SMTP2GO: así SPF se supera para un subdominio suyo.</translation>
    </message>
    <message>
        <source>SMTP2GO&apos;s link tracking host.</source>
        <translation>El host de seguimiento de enlaces de SMTP2GO.</translation>
    </message>
    <message>
        <source>Older Brevo set-ups use a TXT key at mail._domainkey instead of the brevo1 and brevo2 CNAMEs.</source>
        <translation>Las configuraciones antiguas de Brevo usan una clave TXT en mail._domainkey en lugar de los CNAME brevo1 y brevo2.</translation>
    </message>
    <message>
        <source>Brevo&apos;s domain verification, required since 1 February 2024.</source>
        <translation>La verificación de dominio de Brevo, obligatoria desde el 1 de febrero de 2024.</translation>
    </message>
    <message>
        <source>Zoho&apos;s SPF include depends on the data centre (zohomail.com, zohomail.eu, ...) and which one is current is not confirmed: use the one Zoho&apos;s admin console shows.</source>
        <translation>El include de SPF de Zoho depende del centro de datos (zohomail.com, zohomail.eu, ...) y no está confirmado cuál es el actual: use el que muestra la consola de administración de Zoho.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainPanel</name>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <source>information</source>
        <translation>información</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>Dominio que comprobar</translation>
    </message>
    <message>
        <source>Looks up SPF, DKIM, DMARC and MX the way receivers do.</source>
        <translation>Consulta SPF, DKIM, DMARC y MX como lo hacen los receptores.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Lo que se encontró</translation>
    </message>
    <message>
        <source>Records to publish</source>
        <translation>Registros que publicar</translation>
    </message>
    <message>
        <source>SPF include tree</source>
        <translation>Árbol de includes de SPF</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Checks what receivers check about the domain you send from: SPF, DKIM, DMARC and MX, and what your provider asks you to publish.</source>
        <translation>Comprueba lo que los receptores comprueban del dominio desde el que envía: SPF, DKIM, DMARC y MX, y lo que su proveedor le pide publicar.</translation>
    </message>
    <message>
        <source>DNS lookups cannot start: %1</source>
        <translation>No se pueden iniciar las consultas DNS: %1</translation>
    </message>
    <message>
        <source>Looking up the DNS records of %1…</source>
        <translation>Consultando los registros DNS de %1…</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copies the record, in zone-file form, to the clipboard.</source>
        <translation>Copia el registro, en formato de archivo de zona, al portapapeles.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation>No hay nada que publicar.</translation>
    </message>
    <message>
        <source>Some records could not be read, so parts of the check are missing: %1 Check your network or nameserver and try again.</source>
        <translation>No se pudieron leer algunos registros, así que faltan partes de la comprobación: %1 Compruebe su red o su servidor de nombres e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Domain check status</source>
        <translation>Estado de la comprobación del dominio</translation>
    </message>
    <message>
        <source>Domain checks</source>
        <translation>Comprobaciones del dominio</translation>
    </message>
    <message>
        <source>Check domain</source>
        <translation>Comprobar dominio</translation>
    </message>
    <message>
        <source>MX %1</source>
        <translation>MX %1</translation>
    </message>
    <message>
        <source>Check this server</source>
        <translation>Comprobar este servidor</translation>
    </message>
    <message>
        <source>Check the server %1</source>
        <translation>Comprobar el servidor %1</translation>
    </message>
    <message>
        <source>Opens the Server tab for %1: reverse DNS, blocklists and its greeting.</source>
        <translation>Abre la pestaña Servidor para %1: DNS inverso, listas de bloqueo y su saludo.</translation>
    </message>
    <message>
        <source>Certificate matches %1</source>
        <translation>El certificado coincide con %1</translation>
    </message>
    <message>
        <source>Certificate does not match the TLSA records (SHA-256 %1)</source>
        <translation>El certificado no coincide con los registros TLSA (SHA-256 %1)</translation>
    </message>
    <message>
        <source>No STARTTLS offered</source>
        <translation>STARTTLS no ofrecido</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>La negociación TLS falló: %1</translation>
    </message>
    <message>
        <source>Not compared: port %1 not reachable from here</source>
        <translation>No comparado: el puerto %1 no es accesible desde aquí</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>No comparado: %1</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 puerto %2</translation>
    </message>
    <message>
        <source>The domain you send from, for example example.com.</source>
        <translation>El dominio desde el que envía, por ejemplo example.com.</translation>
    </message>
    <message>
        <source>The result of each check of the domain, with what to fix.</source>
        <translation>El resultado de cada comprobación del dominio, con lo que hay que corregir.</translation>
    </message>
    <message>
        <source>The DNS records to publish for this domain.</source>
        <translation>Los registros DNS que publicar para este dominio.</translation>
    </message>
    <message>
        <source>The SPF record and every record it includes, with the DNS lookups they cost.</source>
        <translation>El registro SPF y cada registro que incluye, con las consultas DNS que cuestan.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainReport</name>
    <message>
        <source>%1: every check passes</source>
        <translation>%1: todas las comprobaciones se superan</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n check(s) fail (%2)</source>
        <translation>
            <numerusform>%1: %n comprobación falla (%2)</numerusform>
            <numerusform>%1: %n comprobaciones fallan (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing fails, %n warning(s)</source>
        <translation>
            <numerusform>%1: nada falla, %n advertencia</numerusform>
            <numerusform>%1: nada falla, %n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::EvidenceText</name>
    <message>
        <source>sure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>bastante seguro</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>poco seguro</translation>
    </message>
    <message>
        <source>the provider&apos;s own words</source>
        <translation>las palabras del propio proveedor</translation>
    </message>
    <message>
        <source>the words</source>
        <translation>las palabras</translation>
    </message>
    <message>
        <source>the enhanced code</source>
        <translation>el código extendido</translation>
    </message>
    <message>
        <source>the enhanced code&apos;s class</source>
        <translation>la clase del código extendido</translation>
    </message>
    <message>
        <source>the reply code</source>
        <translation>el código de respuesta</translation>
    </message>
    <message>
        <source>the step it answered</source>
        <translation>el paso al que respondió</translation>
    </message>
    <message>
        <source>the server&apos;s provider</source>
        <translation>el proveedor del servidor</translation>
    </message>
    <message>
        <source>what the session saw</source>
        <translation>lo que vio la sesión</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Why this explanation?</source>
        <translation>¿Por qué esta explicación?</translation>
    </message>
    <message>
        <source>%1 Not sure: nothing in the text is known to Sendcheck, so this is only a general reading.</source>
        <translation>%1 Poco seguro: Sendcheck no conoce nada del texto, así que esta es solo una interpretación general.</translation>
    </message>
    <message>
        <source>%1 Sure: %2.</source>
        <translation>%1 Seguro: %2.</translation>
    </message>
    <message>
        <source>%1 Fairly sure: %2.</source>
        <translation>%1 Bastante seguro: %2.</translation>
    </message>
    <message>
        <source>%1 Not sure: only %2 point this way. Read the server&apos;s own words before acting on it.</source>
        <translation>%1 Poco seguro: solo %2 apuntan en esta dirección. Lea las palabras exactas del servidor antes de actuar.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HistoryPanel</name>
    <message>
        <source>Compare with &amp;last success</source>
        <translation>&amp;Comparar con el último éxito</translation>
    </message>
    <message>
        <source>What changed since this profile last worked: settings, TLS, certificate, the server&apos;s greeting and capabilities, and where the conversations part.</source>
        <translation>Qué cambió desde la última vez que funcionó este perfil: configuración, TLS, certificado, el saludo y las capacidades del servidor, y dónde se separan las conversaciones.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Removes this run from the history.</source>
        <translation>Quita esta ejecución del historial.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(no guardado)</translation>
    </message>
    <message>
        <source>✔ Worked</source>
        <translation>✔ Funcionó</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Falló</translation>
    </message>
    <message>
        <source>✘ Failed (%1)</source>
        <translation>✘ Falló (%1)</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>No runs in the history yet.</source>
        <translation>Todavía no hay ejecuciones en el historial.</translation>
    </message>
    <message>
        <source>Pick a run to see its report.</source>
        <translation>Elija una ejecución para ver su informe.</translation>
    </message>
    <message>
        <source>There is no earlier successful run of this profile to compare with.</source>
        <translation>No hay ninguna ejecución correcta anterior de este perfil con la que comparar.</translation>
    </message>
    <message>
        <source>Compared with %1, the last time it worked:</source>
        <translation>Comparado con %1, la última vez que funcionó:</translation>
    </message>
    <message>
        <source>The run was removed from the history.</source>
        <translation>La ejecución se quitó del historial.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Show runs of profile</source>
        <translation>Mostrar ejecuciones del perfil</translation>
    </message>
    <message>
        <source>Comparison with the last success</source>
        <translation>Comparación con el último éxito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Envío de prueba</translation>
    </message>
    <message>
        <source>Domain check</source>
        <translation>Comprobación del dominio</translation>
    </message>
    <message>
        <source>Server check</source>
        <translation>Comprobación del servidor</translation>
    </message>
    <message>
        <source>Port probe</source>
        <translation>Sondeo de puertos</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Búsqueda de la configuración</translation>
    </message>
    <message>
        <source>This run is not kept in the history: %1</source>
        <translation>Esta ejecución no se guarda en el historial: %1</translation>
    </message>
    <message>
        <source>Shows only the runs of the chosen profile.</source>
        <translation>Muestra solo las ejecuciones del perfil elegido.</translation>
    </message>
    <message>
        <source>Your earlier runs, newest first: select one to see its report.</source>
        <translation>Sus ejecuciones anteriores, las más recientes primero: seleccione una para ver su informe.</translation>
    </message>
    <message>
        <source>The report of the selected run.</source>
        <translation>El informe de la ejecución seleccionada.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HistoryStore</name>
    <message>
        <source>The SQLite driver for Qt is not installed (on Debian and Ubuntu: libqt6sql6-sqlite), so no history is kept.</source>
        <translation>El controlador SQLite para Qt no está instalado (en Debian y Ubuntu: libqt6sql6-sqlite), así que no se guarda ningún historial.</translation>
    </message>
    <message>
        <source>The folder %1 for the history cannot be created.</source>
        <translation>No se puede crear la carpeta %1 para el historial.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read (%2), and moving it aside failed (%3). No history is kept for now.</source>
        <translation>No se puede leer el archivo de historial %1 (%2), y no se pudo apartar (%3). Por ahora no se guarda ningún historial.</translation>
    </message>
    <message>
        <source>The history file %1 could not be read (%2). It was moved aside to %3 and a new, empty history was started.</source>
        <translation>No se pudo leer el archivo de historial %1 (%2). Se apartó a %3 y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used: %2</source>
        <translation>No se puede usar el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>the database is damaged (%1)</source>
        <translation>la base de datos está dañada (%1)</translation>
    </message>
    <message>
        <source>its schema version is unreadable</source>
        <translation>no se puede leer la versión de su esquema</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Sendcheck history</source>
        <translation>es una base de datos SQLite, pero no un historial de Sendcheck</translation>
    </message>
    <message>
        <source>it was made by a newer Sendcheck (history schema %1; this version knows up to %2), so it is left as it is</source>
        <translation>lo creó una versión más reciente de Sendcheck (esquema de historial %1; esta versión conoce hasta el %2), así que se deja como está</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>El historial no está abierto.</translation>
    </message>
    <message>
        <source>The run could not be saved in the history: %1</source>
        <translation>No se pudo guardar la ejecución en el historial: %1</translation>
    </message>
    <message>
        <source>There is no run %1 in the history.</source>
        <translation>No hay ninguna ejecución %1 en el historial.</translation>
    </message>
    <message>
        <source>Run %1 in the history cannot be read: %2</source>
        <translation>No se puede leer la ejecución %1 del historial: %2</translation>
    </message>
    <message>
        <source>The history setting could not be saved: %1</source>
        <translation>No se pudo guardar la configuración del historial: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HttpsGet</name>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid: %2</source>
        <translation>El certificado de %1 no es válido: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La conexión con %1 falló: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1 over HTTPS: %2</source>
        <translation>No se pudo conectar con %1 por HTTPS: %2</translation>
    </message>
    <message>
        <source>%1 sent over %2 KB of headers.</source>
        <translation>%1 envió más de %2 KB de cabeceras.</translation>
    </message>
    <message>
        <source>The file is larger than %1 KB; an MTA-STS policy must be small.</source>
        <translation>El archivo supera los %1 KB; una política MTA-STS debe ser pequeña.</translation>
    </message>
    <message>
        <source>%1 closed the connection without a complete HTTP answer.</source>
        <translation>%1 cerró la conexión sin una respuesta HTTP completa.</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP.</source>
        <translation>%1 no respondió en HTTP.</translation>
    </message>
    <message>
        <source>https://%1%2 redirects (HTTP %3) to %4; MTA-STS policies must be served directly, senders do not follow redirects.</source>
        <translation>https://%1%2 redirige (HTTP %3) a %4; las políticas MTA-STS deben servirse directamente, los remitentes no siguen redirecciones.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>otra dirección</translation>
    </message>
    <message>
        <source>https://%1%2 is not there (HTTP 404).</source>
        <translation>https://%1%2 no existe (HTTP 404).</translation>
    </message>
    <message>
        <source>https://%1%2 answered HTTP %3 instead of 200.</source>
        <translation>https://%1%2 respondió HTTP %3 en lugar de 200.</translation>
    </message>
    <message>
        <source>%1 sent a broken chunked answer.</source>
        <translation>%1 envió una respuesta «chunked» defectuosa.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::HttpsPolicyFetcher</name>
    <message>
        <source>the web</source>
        <translation>la web</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ImapSession</name>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Negociación TLS</translation>
    </message>
    <message>
        <source>Waiting for the greeting</source>
        <translation>Esperando el saludo</translation>
    </message>
    <message>
        <source>Reading the capabilities</source>
        <translation>Leyendo las capacidades</translation>
    </message>
    <message>
        <source>Asking for STARTTLS</source>
        <translation>Solicitando STARTTLS</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Esperando una respuesta</translation>
    </message>
    <message>
        <source>Waiting for new mail (IDLE)</source>
        <translation>Esperando correo nuevo (IDLE)</translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation>Cerrando sesión</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>No IMAP server name was given.</source>
        <translation>No se indicó ningún nombre de servidor IMAP.</translation>
    </message>
    <message>
        <source>The user name must not contain line breaks.</source>
        <translation>El nombre de usuario no debe contener saltos de línea.</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>No se pudo leer ningún certificado del archivo de CA %1.</translation>
    </message>
    <message>
        <source>Connecting to IMAP server %1 port %2 (%3)</source>
        <translation>Conectando con el servidor IMAP %1 puerto %2 (%3)</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS desde el primer byte</translation>
    </message>
    <message>
        <source>plain, then STARTTLS</source>
        <translation>sin cifrar y después STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Conectado con %1, puerto %2</translation>
    </message>
    <message>
        <source>Bytes that arrived before TLS was in place were discarded unread: %1.</source>
        <translation>Los bytes que llegaron antes de que TLS estuviera activo se descartaron sin leerlos: %1.</translation>
    </message>
    <message>
        <source>Responses the server sent after its STARTTLS answer and before TLS were discarded unread (STARTTLS injection defence): %1.</source>
        <translation>Las respuestas que el servidor envió después de su respuesta a STARTTLS y antes de TLS se descartaron sin leerlas (defensa contra inyección en STARTTLS): %1.</translation>
    </message>
    <message>
        <source>The server signed us in before TLS (PREAUTH), so STARTTLS is not possible; the connection was closed rather than continue without encryption.</source>
        <translation>El servidor inició nuestra sesión antes de TLS (PREAUTH), así que STARTTLS no es posible; se cerró la conexión en lugar de continuar sin cifrado.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>El servidor rechazó la conexión.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is no IMAP greeting.</source>
        <translation>El saludo del servidor no es un saludo IMAP.</translation>
    </message>
    <message>
        <source>The server ended the session.</source>
        <translation>El servidor terminó la sesión.</translation>
    </message>
    <message>
        <source>The server sent more than %1 untagged responses for one command; the session was stopped.</source>
        <translation>El servidor envió más de %1 respuestas sin etiqueta para un solo comando; se detuvo la sesión.</translation>
    </message>
    <message>
        <source>The server asked for more data where none was due.</source>
        <translation>El servidor pidió más datos cuando no correspondía.</translation>
    </message>
    <message>
        <source>The server asked for more sign-in data than exists.</source>
        <translation>El servidor pidió más datos de inicio de sesión de los que existen.</translation>
    </message>
    <message>
        <source>The server answered a command that was never sent (tag %1).</source>
        <translation>El servidor respondió a un comando que nunca se envió (etiqueta %1).</translation>
    </message>
    <message>
        <source>The server refused the CAPABILITY command.</source>
        <translation>El servidor rechazó el comando CAPABILITY.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS; the session was stopped rather than continue without encryption.</source>
        <translation>El servidor rechazó STARTTLS; se detuvo la sesión en lugar de continuar sin cifrado.</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>El servidor rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>The server answered out of turn.</source>
        <translation>El servidor respondió fuera de turno.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection would not be encrypted; nothing was sent. Use TLS on port 993, or ask the provider.</source>
        <translation>El servidor no ofrece STARTTLS, así que la conexión no estaría cifrada; no se envió nada. Use TLS en el puerto 993 o consulte al proveedor.</translation>
    </message>
    <message>
        <source>Bytes the server sent after its STARTTLS answer and before TLS were discarded unread (STARTTLS injection defence): %1.</source>
        <translation>Los bytes que el servidor envió después de su respuesta a STARTTLS y antes de TLS se descartaron sin leerlos (defensa contra inyección en STARTTLS): %1.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use TLS or STARTTLS.</source>
        <translation>La conexión no está cifrada, así que no se envió la contraseña. Use TLS o STARTTLS.</translation>
    </message>
    <message>
        <source>No password or token was given for the IMAP sign-in.</source>
        <translation>No se indicó ninguna contraseña ni token para el inicio de sesión IMAP.</translation>
    </message>
    <message>
        <source>The server does not offer AUTHENTICATE %1.</source>
        <translation>El servidor no ofrece AUTHENTICATE %1.</translation>
    </message>
    <message>
        <source>[credentials hidden]</source>
        <translation>[credenciales ocultas]</translation>
    </message>
    <message>
        <source>The server does not allow LOGIN here (LOGINDISABLED) and offers no AUTHENTICATE PLAIN.</source>
        <translation>El servidor no permite LOGIN aquí (LOGINDISABLED) y no ofrece AUTHENTICATE PLAIN.</translation>
    </message>
    <message>
        <source>The user name needs an IMAP literal, which this server cannot take in LOGIN.</source>
        <translation>El nombre de usuario necesita un literal IMAP, que este servidor no admite en LOGIN.</translation>
    </message>
    <message>
        <source>[password hidden]</source>
        <translation>[contraseña oculta]</translation>
    </message>
    <message>
        <source>A command with a line break was not sent.</source>
        <translation>No se envió un comando con un salto de línea.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1</source>
        <translation>No se pudo verificar el certificado del servidor: %1</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>No answer from the IMAP server in time (%1).</source>
        <translation>El servidor IMAP no respondió a tiempo (%1).</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 El servidor respondió: %2</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes; reading stopped.</source>
        <translation>El servidor envió una línea de más de %1 bytes; se dejó de leer.</translation>
    </message>
    <message>
        <source>The server sent a line that is no IMAP response: %1</source>
        <translation>El servidor envió una línea que no es una respuesta IMAP: %1</translation>
    </message>
    <message>
        <source>The server sent a response longer than %1 bytes; reading stopped.</source>
        <translation>El servidor envió una respuesta de más de %1 bytes; se dejó de leer.</translation>
    </message>
    <message>
        <source>The server announced a literal with no valid size.</source>
        <translation>El servidor anunció un literal sin un tamaño válido.</translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes, more than the %2 allowed; reading stopped.</source>
        <translation>El servidor anunció un literal de %1 bytes, más de los %2 permitidos; se dejó de leer.</translation>
    </message>
    <message>
        <source>The server sent more than %1 literals in one response; reading stopped.</source>
        <translation>El servidor envió más de %1 literales en una sola respuesta; se dejó de leer.</translation>
    </message>
    <message numerus="yes">
        <source>[literal data not shown: %n bytes]</source>
        <translation>
            <numerusform>[datos literales no mostrados: %n byte]</numerusform>
            <numerusform>[datos literales no mostrados: %n bytes]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::KeychainCredentialStore</name>
    <message>
        <source>No saved password was found in the keyring. If your keyring is locked, unlock it and try again: a locked keyring gives the same answer.</source>
        <translation>No se encontró ninguna contraseña guardada en el llavero. Si su llavero está bloqueado, desbloquéelo e inténtelo de nuevo: un llavero bloqueado da la misma respuesta.</translation>
    </message>
    <message>
        <source>The keyring refused access (it may be locked): %1</source>
        <translation>El llavero denegó el acceso (puede que esté bloqueado): %1</translation>
    </message>
    <message>
        <source>Secure storage is unavailable (%1). The password can only be used for this session; nothing was written to disk.</source>
        <translation>El almacenamiento seguro no está disponible (%1). La contraseña solo se puede usar en esta sesión; no se escribió nada en el disco.</translation>
    </message>
    <message>
        <source>The keyring could not delete the entry: %1</source>
        <translation>El llavero no pudo eliminar la entrada: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::LineExplanation</name>
    <message>
        <source>Part of the message itself: headers and body go between DATA and the final dot.</source>
        <translation>Parte del propio mensaje: los encabezados y el cuerpo van entre DATA y el punto final.</translation>
    </message>
    <message>
        <source>What Sendcheck did or decided.</source>
        <translation>Lo que Sendcheck hizo o decidió.</translation>
    </message>
    <message>
        <source>A fact about the encryption (TLS) of this connection.</source>
        <translation>Un dato sobre el cifrado (TLS) de esta conexión.</translation>
    </message>
    <message>
        <source>What went wrong. The verdict below explains it in plain words.</source>
        <translation>Lo que falló. El veredicto de abajo lo explica en palabras sencillas.</translation>
    </message>
    <message>
        <source>(Sent before encryption started.)</source>
        <translation>(Enviado antes de que empezara el cifrado).</translation>
    </message>
    <message>
        <source>A line from the server.</source>
        <translation>Una línea del servidor.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MainWindow</name>
    <message>
        <source>Connected and waiting.</source>
        <translation>Conectado y esperando.</translation>
    </message>
    <message>
        <source>Paused before the next command. Press “Step through” to send it.</source>
        <translation>En pausa antes del siguiente comando. Pulse “Paso a paso” para enviarlo.</translation>
    </message>
    <message>
        <source>Sendcheck</source>
        <translation>Sendcheck</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Send test message</source>
        <translation>&amp;Enviar mensaje de prueba</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Trainer mode</source>
        <translation>Modo &amp;formador</translation>
    </message>
    <message>
        <source>&amp;Practice server</source>
        <translation>Servidor de &amp;práctica</translation>
    </message>
    <message>
        <source>Select a line to see what it means.</source>
        <translation>Seleccione una línea para ver qué significa.</translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de práctica: %1</translation>
    </message>
    <message>
        <source>The test message cannot be sent</source>
        <translation>No se puede enviar el mensaje de prueba</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Probando la conexión con %1…</translation>
    </message>
    <message>
        <source>Talking to %1…</source>
        <translation>Comunicando con %1…</translation>
    </message>
    <message>
        <source>Getting the sign-in from your system keychain…</source>
        <translation>Obteniendo el inicio de sesión del llavero del sistema…</translation>
    </message>
    <message>
        <source>Press “Sign in with %1” in the settings, then try again.</source>
        <translation>Pulse “Iniciar sesión con %1” en la configuración y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>El historial no está disponible: %1</translation>
    </message>
    <message>
        <source>This run is not kept in the history: %1</source>
        <translation>Esta ejecución no se guarda en el historial: %1</translation>
    </message>
    <message>
        <source>New profile from &amp;address…</source>
        <translation>Nuevo perfil a partir de una &amp;dirección…</translation>
    </message>
    <message>
        <source>&amp;Server check</source>
        <translation>Comprobación del &amp;servidor</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Probar la &amp;conexión</translation>
    </message>
    <message>
        <source>Ste&amp;p through</source>
        <translation>Paso a p&amp;aso</translation>
    </message>
    <message>
        <source>&amp;Find in the transcript</source>
        <translation>&amp;Buscar en la transcripción</translation>
    </message>
    <message>
        <source>&amp;Dark colours</source>
        <translation>Colores &amp;oscuros</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Explanation topics</source>
        <translation>&amp;Temas de explicación</translation>
    </message>
    <message>
        <source>&amp;About Sendcheck</source>
        <translation>&amp;Acerca de Sendcheck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Sendcheck</source>
        <translation>Acerca de Sendcheck</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Sendcheck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sets up and proves outgoing mail (SMTP) settings, and explains in plain words what the server said.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). Built with Qt %2 (LGPL-3.0) and QtKeychain (BSD-3-Clause).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sendcheck %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Configura y comprueba la configuración del correo saliente (SMTP) y explica en palabras sencillas lo que dijo el servidor.&lt;/p&gt;&lt;p&gt;Licencia: GNU General Public License, versión 3 o posterior (GPL-3.0-or-later). Compilado con Qt %2 (LGPL-3.0) y QtKeychain (BSD-3-Clause).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explanation topics</source>
        <translation>Temas de explicación</translation>
    </message>
    <message>
        <source>Each explanation has a topic id (shown small in the verdict, for tickets). “sendcheck-cli explain TOPIC” prints it in full.</source>
        <translation>Cada explicación tiene un id de tema (se muestra en pequeño en el veredicto, para los tickets). “sendcheck-cli explain TOPIC” la muestra completa.</translation>
    </message>
    <message>
        <source>This conversation is over. Press “Start again” to begin a new one.</source>
        <translation>Esta conversación ha terminado. Pulse “Empezar de nuevo” para iniciar una nueva.</translation>
    </message>
    <message>
        <source>%1 · %2:%3 · %4</source>
        <translation>%1 · %2:%3 · %4</translation>
    </message>
    <message>
        <source>Next: enter the server&apos;s name in the settings, then press “Step through”.</source>
        <translation>Siguiente: escriba el nombre del servidor en la configuración y pulse “Paso a paso”.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Test a&amp;ll ports…</source>
        <translation>Probar todos &amp;los puertos…</translation>
    </message>
    <message>
        <source>Do&amp;main check</source>
        <translation>Comprobación del do&amp;minio</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting… %1 s left</source>
        <translation>Esperando el saludo del servidor… quedan %1 s</translation>
    </message>
    <message>
        <source>Switch Security to TLS from the start</source>
        <translation>Cambiar Seguridad a «TLS desde el principio»</translation>
    </message>
    <message>
        <source>Security is now TLS from the start, on port %1. Test the connection again to check.</source>
        <translation>Seguridad es ahora «TLS desde el principio», en el puerto %1. Vuelva a probar la conexión para comprobarlo.</translation>
    </message>
    <message>
        <source>Follow the s&amp;ystem&apos;s colours</source>
        <translation>Seguir los colores del sis&amp;tema</translation>
    </message>
    <message>
        <source>Sendcheck&apos;s version, what it does and its licences.</source>
        <translation>La versión de Sendcheck, lo que hace y sus licencias.</translation>
    </message>
    <message>
        <source>Closes the About window.</source>
        <translation>Cierra la ventana «Acerca de Sendcheck».</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MemoryCredentialStore</name>
    <message>
        <source>Simulated credential store failure.</source>
        <translation>Fallo simulado del almacén de credenciales.</translation>
    </message>
    <message>
        <source>Nothing saved.</source>
        <translation>No hay nada guardado.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MemoryDnsResolver</name>
    <message>
        <source>test records in memory</source>
        <translation>registros de prueba en memoria</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MemoryPolicyFetcher</name>
    <message>
        <source>files held in memory</source>
        <translation>archivos guardados en memoria</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>No se pudo conectar con %1.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MtaStsPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a &quot;key: value&quot; line.</source>
        <translation>&apos;%1&apos; no es una línea «clave: valor».</translation>
    </message>
    <message>
        <source>version is given more than once; the first counts.</source>
        <translation>version aparece más de una vez; cuenta la primera.</translation>
    </message>
    <message>
        <source>version: should be the first line.</source>
        <translation>version: debería ser la primera línea.</translation>
    </message>
    <message>
        <source>mode: %1 is not enforce, testing or none.</source>
        <translation>mode: %1 no es enforce, testing ni none.</translation>
    </message>
    <message>
        <source>mode is given more than once; the first counts.</source>
        <translation>mode aparece más de una vez; cuenta el primero.</translation>
    </message>
    <message>
        <source>max_age is given more than once; the first counts.</source>
        <translation>max_age aparece más de una vez; cuenta el primero.</translation>
    </message>
    <message>
        <source>max_age: %1 is not a number of seconds.</source>
        <translation>max_age: %1 no es un número de segundos.</translation>
    </message>
    <message>
        <source>max_age: %1 is more than the %2 seconds (one year) allowed.</source>
        <translation>max_age: %1 supera los %2 segundos (un año) permitidos.</translation>
    </message>
    <message>
        <source>mx: %1 is not a host name or a *.domain pattern.</source>
        <translation>mx: %1 no es un nombre de host ni un patrón *.dominio.</translation>
    </message>
    <message>
        <source>The file has no &quot;version: STSv1&quot; line, so it is not an MTA-STS policy.</source>
        <translation>El archivo no tiene la línea «version: STSv1», así que no es una política MTA-STS.</translation>
    </message>
    <message>
        <source>version: %1 is not STSv1.</source>
        <translation>version: %1 no es STSv1.</translation>
    </message>
    <message>
        <source>The policy has no mode: line (enforce, testing or none).</source>
        <translation>La política no tiene línea mode: (enforce, testing o none).</translation>
    </message>
    <message>
        <source>The policy has no max_age: line.</source>
        <translation>La política no tiene línea max_age:.</translation>
    </message>
    <message>
        <source>The policy names no mx: hosts, so no server can match it.</source>
        <translation>La política no nombra ningún host mx:, así que ningún servidor puede coincidir con ella.</translation>
    </message>
    <message>
        <source>max_age is under a day: senders forget the policy quickly and an attacker can wait it out. A week or more (604800) is usual.</source>
        <translation>max_age es inferior a un día: los remitentes olvidan pronto la política y un atacante puede esperar a que caduque. Lo habitual es una semana o más (604800).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MtaStsRecord</name>
    <message>
        <source>The record must start with v=STSv1.</source>
        <translation>El registro debe empezar por v=STSv1.</translation>
    </message>
    <message>
        <source>The record has no id= (the policy&apos;s version, 1 to 32 letters and digits).</source>
        <translation>El registro no tiene id= (la versión de la política, de 1 a 32 letras y dígitos).</translation>
    </message>
    <message>
        <source>id=%1 is not valid: it must be 1 to 32 letters and digits, nothing else.</source>
        <translation>id=%1 no es válido: debe tener de 1 a 32 letras y dígitos, nada más.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::MxRecords</name>
    <message>
        <source>MX %1 %2 is an IP address; an MX must name a host (RFC 5321 5.1).</source>
        <translation>MX %1 %2 es una dirección IP; un MX debe nombrar un host (RFC 5321 5.1).</translation>
    </message>
    <message>
        <source>A null MX (&quot;.&quot;) must be the only MX record, with preference 0 (RFC 7505).</source>
        <translation>Un MX nulo (&quot;.&quot;) debe ser el único registro MX, con preferencia 0 (RFC 7505).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::NewProfileDialog</name>
    <message>
        <source>New Profile from Address</source>
        <translation>Nuevo perfil a partir de una dirección</translation>
    </message>
    <message>
        <source>anna@example.com</source>
        <translation>anna@example.com</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>&amp;Find settings</source>
        <translation>&amp;Buscar configuración</translation>
    </message>
    <message>
        <source>&amp;Offline (bundled data only)</source>
        <translation>&amp;Sin conexión (solo datos incluidos)</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Dirección de &amp;correo:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Consultada</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Where Sendcheck looked, in order:</source>
        <translation>Dónde buscó Sendcheck, por orden:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <source>Servers to try</source>
        <translation>Servidores que probar</translation>
    </message>
    <message>
        <source>Servers to try (the recommended one is selected):</source>
        <translation>Servidores que probar (el recomendado está seleccionado):</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>&amp;Iniciar sesión con:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Type the address you send from and press Find settings.</source>
        <translation>Escriba la dirección desde la que envía y pulse Buscar configuración.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Buscando la configuración de %1…</translation>
    </message>
    <message>
        <source>(bundled ISPDB snapshot of %1)</source>
        <translation>(instantánea de ISPDB incluida del %1)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recomendado</translation>
    </message>
    <message>
        <source>guess</source>
        <translation>suposición</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>no fiable</translation>
    </message>
    <message>
        <source>A guess: the name exists, but nothing says it takes mail. Test the profile before relying on it.</source>
        <translation>Una suposición: el nombre existe, pero nada indica que acepte correo. Pruebe el perfil antes de confiar en él.</translation>
    </message>
    <message>
        <source>From an untrusted answer (plain HTTP, or a file for another domain): check it with your provider.</source>
        <translation>Procede de una respuesta no fiable (HTTP sin cifrar o un archivo para otro dominio): compruébelo con su proveedor.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>No se guardó el perfil: %1</translation>
    </message>
    <message>
        <source>Tried from here</source>
        <translation>Probado desde aquí</translation>
    </message>
    <message>
        <source>Servers tried</source>
        <translation>Servidores probados</translation>
    </message>
    <message>
        <source>%v of %m servers tried</source>
        <translation>%v de %m servidores probados</translation>
    </message>
    <message>
        <source>S&amp;top testing</source>
        <translation>De&amp;tener las pruebas</translation>
    </message>
    <message>
        <source>The servers tried so far keep their result.</source>
        <translation>Los servidores ya probados conservan su resultado.</translation>
    </message>
    <message>
        <source>Trying the servers found and the usual ports on their hosts (%1 in all) at once, without a password: only EHLO, STARTTLS and QUIT are sent.</source>
        <translation>Probando a la vez los servidores encontrados y los puertos habituales en sus hosts (%1 en total), sin contraseña: solo se envían EHLO, STARTTLS y QUIT.</translation>
    </message>
    <message>
        <source>Not tried: no encryption</source>
        <translation>No probado: sin cifrado</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Tried from here: %1.</source>
        <translation>Probado desde aquí: %1.</translation>
    </message>
    <message>
        <source>found by trying</source>
        <translation>encontrado al probar</translation>
    </message>
    <message>
        <source>Found by trying the usual ports on this host: no source lists this port, but it works from here.</source>
        <translation>Encontrado al probar los puertos habituales en este host: ninguna fuente indica este puerto, pero funciona desde aquí.</translation>
    </message>
    <message>
        <source>The address you send from, for example anna@example.com.</source>
        <translation>La dirección desde la que envía, por ejemplo anna@example.com.</translation>
    </message>
    <message>
        <source>Looks up the server settings for this address and tests them.</source>
        <translation>Busca la configuración del servidor para esta dirección y la prueba.</translation>
    </message>
    <message>
        <source>Looks only in the data that comes with Sendcheck, without going online.</source>
        <translation>Busca solo en los datos incluidos con Sendcheck, sin conectarse a Internet.</translation>
    </message>
    <message>
        <source>Where the settings were looked for, and what each place answered.</source>
        <translation>Dónde se buscó la configuración y qué respondió cada fuente.</translation>
    </message>
    <message>
        <source>The servers found and how each test went: select one to use it.</source>
        <translation>Los servidores encontrados y cómo fue cada prueba: seleccione uno para usarlo.</translation>
    </message>
    <message>
        <source>A name for the new profile, for example Work mail.</source>
        <translation>Un nombre para el nuevo perfil, por ejemplo Correo del trabajo.</translation>
    </message>
    <message>
        <source>The name you sign in with, often your e-mail address.</source>
        <translation>El nombre con el que inicia sesión, a menudo su dirección de correo.</translation>
    </message>
    <message>
        <source>Whether to sign in with a password or with the provider&apos;s OAuth sign-in.</source>
        <translation>Si se inicia sesión con una contraseña o con el inicio de sesión OAuth del proveedor.</translation>
    </message>
    <message>
        <source>Saves the new profile with the chosen server.</source>
        <translation>Guarda el nuevo perfil con el servidor elegido.</translation>
    </message>
    <message>
        <source>Closes this window without saving.</source>
        <translation>Cierra esta ventana sin guardar.</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS desde el principio</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthAccess</name>
    <message>
        <source>&quot;%1&quot; is not signed in. Use &quot;Sign in with ...&quot; first. (If your keyring is locked, unlock it: a locked keyring looks the same.)</source>
        <translation>&quot;%1&quot; no tiene la sesión iniciada. Use primero &quot;Iniciar sesión con ...&quot;. (Si su llavero está bloqueado, desbloquéelo: un llavero bloqueado se ve igual).</translation>
    </message>
    <message>
        <source>The saved sign-in of &quot;%1&quot; is damaged and cannot be used. Sign in again.</source>
        <translation>El inicio de sesión guardado de &quot;%1&quot; está dañado y no se puede usar. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The saved sign-in of &quot;%1&quot; was made with another provider or app registration. Sign in again.</source>
        <translation>El inicio de sesión guardado de &quot;%1&quot; se hizo con otro proveedor u otro registro de aplicación. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1); it is used for this send only.</source>
        <translation>El inicio de sesión renovado no se pudo guardar en el llavero (%1); solo se usa para este envío.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthConfig</name>
    <message>
        <source>The profile &quot;%1&quot; is not made from a preset that offers OAuth sign-in (Gmail, Microsoft 365, Outlook.com).</source>
        <translation>El perfil &quot;%1&quot; no se creó a partir de una configuración predefinida que ofrezca inicio de sesión con OAuth (Gmail, Microsoft 365, Outlook.com).</translation>
    </message>
    <message>
        <source>Enter the client id of the app you (or your organisation) registered with %1 first. Register one as a desktop app (Google Cloud console: Credentials, OAuth client ID; Microsoft Entra admin center: App registrations), allow it to send mail, and copy its client id here.</source>
        <translation>Introduzca primero el ID de cliente de la aplicación que usted (o su organización) registró con %1. Registre una como aplicación de escritorio (consola de Google Cloud: Credenciales, ID de cliente de OAuth; centro de administración de Microsoft Entra: Registros de aplicaciones), permítale enviar correo y copie aquí su ID de cliente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant: use the directory (tenant) id, your domain, or &quot;organizations&quot;.</source>
        <translation>&quot;%1&quot; no es un inquilino: use el ID de directorio (inquilino), su dominio u &quot;organizations&quot;.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthOutcome</name>
    <message>
        <source>The provider no longer accepts this sign-in: it has expired, was revoked (for example after a password change), or was made for another app. Sign in again.</source>
        <translation>El proveedor ya no acepta este inicio de sesión: caducó, se revocó (por ejemplo, tras un cambio de contraseña) o se hizo para otra aplicación. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The provider does not accept the app registration: check the client id (and the client secret, if your registration has one) and that the app is allowed to use this sign-in.</source>
        <translation>El proveedor no acepta el registro de la aplicación: compruebe el ID de cliente (y el secreto de cliente, si su registro tiene uno) y que la aplicación tenga permitido usar este inicio de sesión.</translation>
    </message>
    <message>
        <source>The provider refused the requested permissions (scopes). The app registration may not be allowed to send mail.</source>
        <translation>El proveedor rechazó los permisos solicitados (ámbitos). Puede que el registro de la aplicación no tenga permitido enviar correo.</translation>
    </message>
    <message>
        <source>The sign-in was refused at the provider: you (or a policy of your organisation) did not allow Sendcheck to send mail for this account.</source>
        <translation>El proveedor rechazó el inicio de sesión: usted (o una directiva de su organización) no permitió que Sendcheck envíe correo con esta cuenta.</translation>
    </message>
    <message>
        <source>The provider found the request incomplete or wrong; the redirect address may not be registered for this app.</source>
        <translation>Al proveedor la solicitud le pareció incompleta o incorrecta; puede que la dirección de redirección no esté registrada para esta aplicación.</translation>
    </message>
    <message>
        <source>The provider had a problem of its own. Try again in a few minutes.</source>
        <translation>El proveedor tuvo un problema propio. Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The provider refused the sign-in (%1).</source>
        <translation>El proveedor rechazó el inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>It said: &quot;%1&quot;</source>
        <translation>Respondió: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked at the provider. Sign in again.</source>
        <translation>Su inicio de sesión caducó o el proveedor lo revocó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The provider&apos;s token service could not be reached: %1</source>
        <translation>No se pudo contactar con el servicio de tokens del proveedor: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s token service answered with HTTP status %1 and no explanation. Try again later.</source>
        <translation>El servicio de tokens del proveedor respondió con el estado HTTP %1 y sin ninguna explicación. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The provider&apos;s token service answered, but not with a token. Check the token address of the preset.</source>
        <translation>El servicio de tokens del proveedor respondió, pero no con un token. Compruebe la dirección de tokens de la configuración predefinida.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthPanel</name>
    <message>
        <source>OAuth sign-in</source>
        <translation>Inicio de sesión con OAuth</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>from your app registration</source>
        <translation>del registro de su aplicación</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Your organisation&apos;s directory (tenant) id or domain. Leave it empty for the usual choice.</source>
        <translation>El ID de directorio (inquilino) o el dominio de su organización. Déjelo vacío para la opción habitual.</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Inquilino:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>kept with the sign-in, never in the profile</source>
        <translation>se guarda con el inicio de sesión, nunca en el perfil</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Removes the sign-in from your system keychain. The app registration stays.</source>
        <translation>Quita el inicio de sesión del llavero del sistema. El registro de la aplicación se mantiene.</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in warning</source>
        <translation>Advertencia sobre el inicio de sesión</translation>
    </message>
    <message>
        <source>No browser opened? Open this address in one yourself:</source>
        <translation>¿No se abrió ningún navegador? Abra usted mismo esta dirección en uno:</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Copiar la dirección de inicio de sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>%1 (the default)</source>
        <translation>%1 (el predeterminado)</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
    <message>
        <source>Sendcheck signs in as an app that you (or your organisation) register with %1; the client id comes from that registration.</source>
        <translation>Sendcheck inicia sesión como una aplicación que usted (o su organización) registra con %1; el ID de cliente procede de ese registro.</translation>
    </message>
    <message>
        <source>How to register an app</source>
        <translation>Cómo registrar una aplicación</translation>
    </message>
    <message>
        <source>No browser could be opened: copy the address below into one.</source>
        <translation>No se pudo abrir ningún navegador: copie en uno la dirección que aparece abajo.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed out: the sign-in was removed from your keychain.</source>
        <translation>Sesión cerrada: el inicio de sesión se quitó del llavero.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>✔ Signed in (%1 did not say with which account).</source>
        <translation>✔ Sesión iniciada (%1 no indicó con qué cuenta).</translation>
    </message>
    <message>
        <source>✔ Signed in as %1.</source>
        <translation>✔ Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in with %1 there and allow Sendcheck to send mail.</source>
        <translation>Esperando al navegador… Inicie sesión allí con %1 y permita que Sendcheck envíe correo.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ The user name is %1, but the sign-in is for %2: the server will refuse, because the token belongs to %2. Change the user name, or sign in again as %1.</source>
        <translation>⚠ El nombre de usuario es %1, pero el inicio de sesión es para %2: el servidor lo rechazará, porque el token pertenece a %2. Cambie el nombre de usuario o vuelva a iniciar sesión como %1.</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Id de cliente:</translation>
    </message>
    <message>
        <source>How OAuth sign-in works here</source>
        <translation>Cómo funciona aquí el inicio de sesión con OAuth</translation>
    </message>
    <message>
        <source>Sign in with the provider</source>
        <translation>Iniciar sesión con el proveedor</translation>
    </message>
    <message>
        <source>The client id of your app registration with the provider.</source>
        <translation>El ID de cliente del registro de su aplicación en el proveedor.</translation>
    </message>
    <message>
        <source>The client secret of your app registration, if it has one.</source>
        <translation>El secreto de cliente del registro de su aplicación, si tiene uno.</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser.</source>
        <translation>Abre la página de inicio de sesión del proveedor en su navegador.</translation>
    </message>
    <message>
        <source>The sign-in address: open it in a browser if none opened.</source>
        <translation>La dirección de inicio de sesión: ábrala en un navegador si no se abrió ninguno.</translation>
    </message>
    <message>
        <source>Copies the sign-in address to the clipboard.</source>
        <translation>Copia la dirección de inicio de sesión al portapapeles.</translation>
    </message>
    <message>
        <source>Stops waiting for the sign-in.</source>
        <translation>Deja de esperar el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthRefresh</name>
    <message>
        <source>The provider&apos;s token service did not answer in time, so the sign-in could not be renewed. Try again.</source>
        <translation>El servicio de tokens del proveedor no respondió a tiempo, así que no se pudo renovar el inicio de sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The saved sign-in has expired and the provider gave no way to renew it. Sign in again.</source>
        <translation>El inicio de sesión guardado caducó y el proveedor no ofreció ninguna forma de renovarlo. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The provider answered the renewal without a new access token.</source>
        <translation>El proveedor respondió a la renovación sin un token de acceso nuevo.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::OAuthSignIn</name>
    <message>
        <source>No answer came back from the browser in time. Start the sign-in again and finish it in the browser window that opens.</source>
        <translation>No llegó ninguna respuesta del navegador a tiempo. Vuelva a iniciar el inicio de sesión y complételo en la ventana del navegador que se abre.</translation>
    </message>
    <message>
        <source>Sendcheck could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Sendcheck no pudo escuchar en 127.0.0.1 la respuesta del navegador.</translation>
    </message>
    <message>
        <source>Sendcheck has the answer from your browser. You can close this page and return to Sendcheck.</source>
        <translation>Sendcheck tiene la respuesta de su navegador. Puede cerrar esta página y volver a Sendcheck.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>El navegador volvió sin un código de autorización.</translation>
    </message>
    <message>
        <source>The provider answered without an access token.</source>
        <translation>El proveedor respondió sin un token de acceso.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>Mostrar u ocultar lo que escribe</translation>
    </message>
    <message>
        <source>Password status</source>
        <translation>Estado de la contraseña</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source>✔ Saved in your system keychain. Type a new password to replace it.</source>
        <translation>✔ Guardada en el llavero del sistema. Escriba una contraseña nueva para sustituirla.</translation>
    </message>
    <message>
        <source>No password saved for this profile yet.</source>
        <translation>Todavía no hay ninguna contraseña guardada para este perfil.</translation>
    </message>
    <message>
        <source>Secure storage unavailable: the password is kept for this session only.</source>
        <translation>Almacenamiento seguro no disponible: la contraseña solo se conserva durante esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain did not answer: %1</source>
        <translation>El llavero del sistema no respondió: %1</translation>
    </message>
    <message>
        <source>(saved; leave empty to keep it)</source>
        <translation>(guardada; déjelo vacío para conservarla)</translation>
    </message>
    <message>
        <source>Secure storage unavailable: a password you type is kept for this session only.</source>
        <translation>Almacenamiento seguro no disponible: la contraseña que escriba solo se conserva durante esta sesión.</translation>
    </message>
    <message>
        <source>No password has been given for this profile.</source>
        <translation>No se ha indicado ninguna contraseña para este perfil.</translation>
    </message>
    <message>
        <source>No password is saved for this profile (%1). Type it in the Password box.</source>
        <translation>No hay ninguna contraseña guardada para este perfil (%1). Escríbala en el campo Contraseña.</translation>
    </message>
    <message>
        <source>The password for the user name; it is kept in your system keychain, never in the profile.</source>
        <translation>La contraseña del nombre de usuario; se guarda en el llavero del sistema, nunca en el perfil.</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Contraseña del buzón</translation>
    </message>
    <message>
        <source>The password of the mailbox user, who is another account than the one that sends; it is kept in your system keychain, never in the profile.</source>
        <translation>La contraseña del usuario del buzón, una cuenta distinta de la que envía; se guarda en el llavero del sistema, nunca en el perfil.</translation>
    </message>
    <message>
        <source>No mailbox password saved yet: the mailbox is tried with the sending password.</source>
        <translation>Todavía no hay contraseña del buzón guardada: se prueba el buzón con la contraseña de envío.</translation>
    </message>
    <message>
        <source>No mailbox password has been given.</source>
        <translation>No se ha indicado ninguna contraseña del buzón.</translation>
    </message>
    <message>
        <source>none is saved; type it in the Mailbox password box</source>
        <translation>no hay ninguna guardada; escríbala en el campo &quot;Contraseña del buzón&quot;</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PdfReport</name>
    <message>
        <source>A PDF can only be written by a program with a QGuiApplication.</source>
        <translation>Solo un programa con QGuiApplication puede escribir un PDF.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PortProbe</name>
    <message>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Wrong security mode</source>
        <translation>Modo de seguridad incorrecto</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problema de certificado</translation>
    </message>
    <message>
        <source>TLS interception</source>
        <translation>Interceptación de TLS</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>no sign-in offered</source>
        <translation>no se ofrece inicio de sesión</translation>
    </message>
    <message>
        <source>up to %1 MB</source>
        <translation>hasta %1 MB</translation>
    </message>
    <message>
        <source>Nothing listens on this port</source>
        <translation>Nada escucha en este puerto</translation>
    </message>
    <message>
        <source>No connection: the port is filtered</source>
        <translation>Sin conexión: el puerto está filtrado</translation>
    </message>
    <message>
        <source>Connected, but the server never said a word</source>
        <translation>Conectado, pero el servidor no dijo ni una palabra</translation>
    </message>
    <message>
        <source>The certificate does not verify</source>
        <translation>El certificado no se puede verificar</translation>
    </message>
    <message>
        <source>Certificate made by %1</source>
        <translation>Certificado creado por %1</translation>
    </message>
    <message>
        <source>This port takes mail without sign-in: it is for servers, or for a relay that knows your address; use a port that offers sign-in.</source>
        <translation>Este puerto acepta correo sin inicio de sesión: es para servidores o para un relé que conoce su dirección; use un puerto que ofrezca inicio de sesión.</translation>
    </message>
    <message>
        <source>Use another port; nothing is switched on here.</source>
        <translation>Use otro puerto; aquí no hay nada activado.</translation>
    </message>
    <message>
        <source>The server accepts connections but does not speak SMTP on port %1; use another port or ask the provider.</source>
        <translation>El servidor acepta conexiones, pero no habla SMTP en el puerto %1; use otro puerto o consulte al proveedor.</translation>
    </message>
    <message>
        <source>Port 25 is usually blocked by internet providers and cloud hosts for outgoing connections; use 465 or 587.</source>
        <translation>Los proveedores de internet y los hosts en la nube suelen bloquear el puerto 25 para las conexiones salientes; use 465 o 587.</translation>
    </message>
    <message>
        <source>A firewall on the way drops the connection; try another port or network.</source>
        <translation>Un cortafuegos en el camino descarta la conexión; pruebe otro puerto u otra red.</translation>
    </message>
    <message>
        <source>Check the server name against the certificate; for your own server, give its CA file or trust its fingerprint.</source>
        <translation>Compare el nombre del servidor con el certificado; para su propio servidor, indique su archivo de CA o confíe en su huella digital.</translation>
    </message>
    <message>
        <source>Turn off mail scanning of encrypted connections in %1, or add an exception for this server.</source>
        <translation>Desactive el análisis del correo en conexiones cifradas en %1 o añada una excepción para este servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535).</source>
        <translation>&quot;%1&quot; no es un número de puerto (1-65535).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the mode after / is tls or starttls.</source>
        <translation>&quot;%1&quot;: el modo después de / es tls o starttls.</translation>
    </message>
    <message>
        <source>No port was given.</source>
        <translation>No se indicó ningún puerto.</translation>
    </message>
    <message>
        <source>This port expects TLS from the start, not STARTTLS</source>
        <translation>Este puerto espera TLS desde el principio, no STARTTLS</translation>
    </message>
    <message>
        <source>This port greets in plain text: it wants STARTTLS, not TLS from the start</source>
        <translation>Este puerto saluda en texto sin cifrar: requiere STARTTLS, no TLS desde el principio</translation>
    </message>
    <message>
        <source>Choose TLS from the start (not STARTTLS) for port %1.</source>
        <translation>Elija «TLS desde el principio» (no STARTTLS) para el puerto %1.</translation>
    </message>
    <message>
        <source>Choose STARTTLS (not TLS from the start) for port %1.</source>
        <translation>Elija STARTTLS (no «TLS desde el principio») para el puerto %1.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PortProbeDialog</name>
    <message>
        <source>Test all ports</source>
        <translation>Probar todos los puertos</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Use this setting</source>
        <translation>Usar esta configuración</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Probar de nuevo</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Recommended: port %1 with %2. %3</source>
        <translation>Recomendado: puerto %1 con %2. %3</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <source>Use %1 on port %2</source>
        <translation>Usar %1 en el puerto %2</translation>
    </message>
    <message>
        <source>Certificate issuer: %1</source>
        <translation>Emisor del certificado: %1</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Detalle técnico: %1</translation>
    </message>
    <message>
        <source>Each port and security setting tried, with its result: select a row for details.</source>
        <translation>Cada puerto y configuración de seguridad probados, con su resultado: seleccione una fila para ver los detalles.</translation>
    </message>
    <message>
        <source>Puts the selected port and security setting into the profile.</source>
        <translation>Pasa el puerto y la configuración de seguridad seleccionados al perfil.</translation>
    </message>
    <message>
        <source>Tries all the settings again.</source>
        <translation>Vuelve a probar todas las configuraciones.</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Cierra esta ventana.</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS desde el principio</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n settings of %1 at once, without a password (at most %2 s each). Only EHLO, STARTTLS and QUIT are sent.</source>
        <translation>
            <numerusform>Probando %n configuración de %1, sin contraseña (como máximo %2 s). Solo se envían EHLO, STARTTLS y QUIT.</numerusform>
            <numerusform>Probando a la vez %n configuraciones de %1, sin contraseña (como máximo %2 s cada una). Solo se envían EHLO, STARTTLS y QUIT.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::PortProbeResult</name>
    <message>
        <source>No setting works without interception: antivirus or a proxy stands between this computer and the server.</source>
        <translation>Ninguna configuración funciona sin interceptación: un antivirus o un proxy se interpone entre este equipo y el servidor.</translation>
    </message>
    <message>
        <source>No setting works from here; the rows say why for each port.</source>
        <translation>Ninguna configuración funciona desde aquí; las filas indican el motivo para cada puerto.</translation>
    </message>
    <message>
        <source>Port %1 works, but the server offers no sign-in there: it only fits a relay that knows this computer.</source>
        <translation>El puerto %1 funciona, pero el servidor no ofrece inicio de sesión en él: solo sirve para un relé que conoce este equipo.</translation>
    </message>
    <message>
        <source>STARTTLS on port %1: neither 465 nor 587 worked here.</source>
        <translation>STARTTLS en el puerto %1: ni el 465 ni el 587 funcionaron aquí.</translation>
    </message>
    <message>
        <source>TLS from the start on port 465: encrypted from the first byte, which RFC 8314 recommends for sending mail.</source>
        <translation>TLS desde el principio en el puerto 465: cifrado desde el primer byte, lo que RFC 8314 recomienda para enviar correo.</translation>
    </message>
    <message>
        <source>TLS from the start on port %1: encrypted from the first byte (RFC 8314).</source>
        <translation>TLS desde el principio en el puerto %1: cifrado desde el primer byte (RFC 8314).</translation>
    </message>
    <message>
        <source>STARTTLS on port 587, the submission port (RFC 6409): TLS from the start on 465 did not work here.</source>
        <translation>STARTTLS en el puerto 587, el puerto de envío (RFC 6409): TLS desde el principio en el 465 no funcionó aquí.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeImapServer</name>
    <message>
        <source>Start the practice SMTP server first: IMAP uses its certificate.</source>
        <translation>Inicie primero el servidor SMTP de práctica: IMAP usa su certificado.</translation>
    </message>
    <message>
        <source>The practice IMAP server cannot listen on %1: %2</source>
        <translation>El servidor IMAP de práctica no puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticePanel</name>
    <message>
        <source>A mail server inside Sendcheck, on this computer only. Sign in as practice / practice. Choose a scenario to make it fail on purpose and see how each failure is explained.</source>
        <translation>Un servidor de correo dentro de Sendcheck, solo en este equipo. Inicie sesión como practice / practice. Elija un escenario para hacerlo fallar a propósito y ver cómo se explica cada fallo.</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>Escenario de práctica</translation>
    </message>
    <message>
        <source>Received messages</source>
        <translation>Mensajes recibidos</translation>
    </message>
    <message>
        <source>The selected message and its session</source>
        <translation>El mensaje seleccionado y su sesión</translation>
    </message>
    <message>
        <source>Running on %1: port %2 (STARTTLS), port %3 (TLS).</source>
        <translation>En ejecución en %1: puerto %2 (STARTTLS), puerto %3 (TLS).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>%1  from %2 to %3</source>
        <translation>%1  de %2 a %3</translation>
    </message>
    <message>
        <source>Session:
%1

Message:
%2</source>
        <translation>Sesión:
%1

Mensaje:
%2</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Escenario:</translation>
    </message>
    <message>
        <source>Received messages:</source>
        <translation>Mensajes recibidos:</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Detener servidor</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>Iniciar servidor</translation>
    </message>
    <message>
        <source>Mailbox (IMAP): port %1 (STARTTLS), port %2 (TLS).</source>
        <translation>Buzón (IMAP): puerto %1 (STARTTLS), puerto %2 (TLS).</translation>
    </message>
    <message>
        <source>The mailbox (IMAP) could not start: %1</source>
        <translation>No se pudo iniciar el buzón (IMAP): %1</translation>
    </message>
    <message>
        <source>Load scenario file…</source>
        <translation>Cargar archivo de escenario…</translation>
    </message>
    <message>
        <source>Load scenario file</source>
        <translation>Cargar archivo de escenario</translation>
    </message>
    <message>
        <source>A text file with one rule per line, such as “rcpt: 550 5.1.1 No such user”: the stage, then the reply the practice server gives there.</source>
        <translation>Un archivo de texto con una regla por línea, como «rcpt: 550 5.1.1 No such user»: la etapa y, después, la respuesta que da allí el servidor de práctica.</translation>
    </message>
    <message>
        <source>Load a practice scenario</source>
        <translation>Cargar un escenario de práctica</translation>
    </message>
    <message>
        <source>Scenario files (*.txt *.scenario);;All files (*)</source>
        <translation>Archivos de escenario (*.txt *.scenario);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This scenario file cannot be used, so the practice server keeps its scenario. %1</source>
        <translation>Este archivo de escenario no se puede usar, así que el servidor de práctica mantiene su escenario. %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Starts or stops the practice server on this computer.</source>
        <translation>Inicia o detiene el servidor de práctica en este equipo.</translation>
    </message>
    <message>
        <source>Chooses how the practice server behaves, for example that it refuses the password.</source>
        <translation>Elige cómo se comporta el servidor de práctica, por ejemplo que rechace la contraseña.</translation>
    </message>
    <message>
        <source>The messages the practice server received: select one to read it.</source>
        <translation>Los mensajes que recibió el servidor de práctica: seleccione uno para leerlo.</translation>
    </message>
    <message>
        <source>The selected message as the server received it, with its session.</source>
        <translation>El mensaje seleccionado tal como lo recibió el servidor, con su sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Your own scenario from %1: %n rule(s), each making its stage fail.</source>
        <translation>
            <numerusform>Su propio escenario de %1: %n regla, que hace fallar su etapa.</numerusform>
            <numerusform>Su propio escenario de %1: %n reglas, cada una hace fallar su etapa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeProfiles</name>
    <message>
        <source>Practice server</source>
        <translation>Servidor de práctica</translation>
    </message>
    <message>
        <source>The practice server&apos;s password (“practice”) is filled in for you.</source>
        <translation>La contraseña del servidor de práctica (“practice”) se rellena automáticamente.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeServer</name>
    <message>
        <source>The practice server listens on loopback addresses only (%1 is not one).</source>
        <translation>El servidor de práctica solo escucha en direcciones de loopback (%1 no lo es).</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticeSession</name>
    <message>
        <source>Connection from %1</source>
        <translation>Conexión desde %1</translation>
    </message>
    <message>
        <source>Scenario: closing the connection at connect without a word</source>
        <translation>Escenario: se cierra la conexión al conectar, sin decir nada</translation>
    </message>
    <message>
        <source>Scenario: closing the connection instead of a greeting</source>
        <translation>Escenario: se cierra la conexión en lugar de saludar</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS establecido: %1, %2</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Tiempo de inactividad agotado</translation>
    </message>
    <message>
        <source>(a line longer than %1 bytes)</source>
        <translation>(una línea de más de %1 bytes)</translation>
    </message>
    <message>
        <source>(a line of %1 bytes, longer than %2)</source>
        <translation>(una línea de %1 bytes, más larga que %2)</translation>
    </message>
    <message>
        <source>Authentication failed for &quot;%1&quot;</source>
        <translation>Autenticación fallida para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Authenticated as &quot;%1&quot;</source>
        <translation>Autenticado como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(%1 bytes of message data, then the final dot)</source>
        <translation>(%1 bytes de datos del mensaje y, después, el punto final)</translation>
    </message>
    <message>
        <source>Scenario: closing the connection at %1 without a reply</source>
        <translation>Escenario: se cierra la conexión en %1 sin respuesta</translation>
    </message>
    <message>
        <source>The client does not read its replies; closing</source>
        <translation>El cliente no lee sus respuestas; se cierra</translation>
    </message>
    <message>
        <source>Discarded %1 bytes sent after STARTTLS before the handshake</source>
        <translation>Se descartaron %1 bytes enviados después de STARTTLS antes del protocolo de enlace</translation>
    </message>
    <message>
        <source>(transcript truncated)</source>
        <translation>(transcripción truncada)</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Conexión cerrada</translation>
    </message>
    <message>
        <source>The token is right, but it belongs to &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>El token es correcto, pero pertenece a &quot;%1&quot;, no a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The token is not the test token</source>
        <translation>El token no es el token de prueba</translation>
    </message>
    <message>
        <source>The session lasted %1 seconds, the most allowed</source>
        <translation>La sesión duró %1 segundos, el máximo permitido</translation>
    </message>
    <message>
        <source>AUTH ended: the answer was too long</source>
        <translation>AUTH terminado: la respuesta era demasiado larga</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProbeAttempt</name>
    <message>
        <source>Probing %1 port %2 (%3), no credentials</source>
        <translation>Sondeando %1 puerto %2 (%3), sin credenciales</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 after %3 ms</source>
        <translation>Conectado con %1 puerto %2 después de %3 ms</translation>
    </message>
    <message>
        <source>No greeting after %1 s; checking whether this port speaks TLS</source>
        <translation>Sin saludo después de %1 s; comprobando si este puerto habla TLS</translation>
    </message>
    <message>
        <source>The port answered a TLS handshake instead of greeting in plain text.</source>
        <translation>El puerto respondió con una negociación TLS en lugar de saludar en texto sin cifrar.</translation>
    </message>
    <message>
        <source>The certificate was made by %1 (%2), not by the mail server</source>
        <translation>El certificado lo creó %1 (%2), no el servidor de correo</translation>
    </message>
    <message>
        <source>Certificate issued by %1: %2</source>
        <translation>Certificado emitido por %1: %2</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS.</source>
        <translation>El servidor no ofreció STARTTLS.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS.</source>
        <translation>El servidor envió más datos justo después de aceptar STARTTLS.</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>Iniciando TLS</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>No connection within %1 s.</source>
        <translation>Sin conexión en %1 s.</translation>
    </message>
    <message>
        <source>Connected, but the server said nothing within %1 s.</source>
        <translation>Conectado, pero el servidor no dijo nada en %1 s.</translation>
    </message>
    <message>
        <source>The server stopped answering; the attempt ended after %1 s.</source>
        <translation>El servidor dejó de responder; el intento terminó después de %1 s.</translation>
    </message>
    <message>
        <source>The attempt ended early.</source>
        <translation>El intento terminó antes de tiempo.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProbeReport</name>
    <message>
        <source>Use %1 port %2 with %3: %4</source>
        <translation>Use %1 puerto %2 con %3: %4</translation>
    </message>
    <message>
        <source>Port %1 (%2): %3</source>
        <translation>Puerto %1 (%2): %3</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Connected after</source>
        <translation>Conectado después de</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Certificado verificado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3</source>
        <translation>%1, emitido por %2, válido hasta %3</translation>
    </message>
    <message>
        <source>Certificate problems</source>
        <translation>Problemas del certificado</translation>
    </message>
    <message>
        <source>Intercepted by</source>
        <translation>Interceptado por</translation>
    </message>
    <message>
        <source>Sign-in methods</source>
        <translation>Métodos de inicio de sesión</translation>
    </message>
    <message>
        <source>Size limit</source>
        <translation>Límite de tamaño</translation>
    </message>
    <message>
        <source>none announced</source>
        <translation>no se anunció ninguno</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Profile</name>
    <message>
        <source>&quot;%1&quot; must be a text value.</source>
        <translation>&quot;%1&quot; debe ser un valor de texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text values.</source>
        <translation>&quot;%1&quot; debe ser una lista de valores de texto.</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>El perfil no tiene ID.</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>El perfil no tiene nombre.</translation>
    </message>
    <message>
        <source>Unknown security mode &quot;%1&quot; (expected starttls, tls or none).</source>
        <translation>Modo de seguridad desconocido &quot;%1&quot; (se esperaba starttls, tls o none).</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;.</source>
        <translation>Método de inicio de sesión desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>El puerto debe ser un número entero de 1 a 65535.</translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; must be a whole number from 0 to %1.</source>
        <translation>&quot;timeoutSeconds&quot; debe ser un número entero de 0 a %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>&quot;%1&quot; no es una huella digital SHA-256 (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>&quot;allowPlainAuth&quot; must be true or false.</source>
        <translation>&quot;allowPlainAuth&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;signIn&quot; must be &quot;password&quot; or &quot;oauth&quot;.</source>
        <translation>&quot;signIn&quot; debe ser &quot;password&quot; u &quot;oauth&quot;.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; must be an object.</source>
        <translation>&quot;oauth&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;pins&quot; must be a list of {host, port, sha256} objects.</source>
        <translation>&quot;pins&quot; debe ser una lista de objetos {host, port, sha256}.</translation>
    </message>
    <message>
        <source>Each of &quot;pins&quot; needs a server name (&quot;host&quot;), a port from 1 to 65535 and a fingerprint (&quot;sha256&quot;).</source>
        <translation>Cada elemento de &quot;pins&quot; necesita un nombre de servidor (&quot;host&quot;), un puerto de 1 a 65535 y una huella digital (&quot;sha256&quot;).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileImap</name>
    <message>
        <source>&quot;imap&quot; must be an object.</source>
        <translation>&quot;imap&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;read_back&quot; must be true or false.</source>
        <translation>&quot;imap&quot;: &quot;read_back&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;%1&quot; must be a text value.</source>
        <translation>&quot;imap&quot;: &quot;%1&quot; debe ser un valor de texto.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;%1&quot; is not a server name.</source>
        <translation>&quot;imap&quot;: &quot;%1&quot; no es un nombre de servidor.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: the port must be a whole number from 1 to 65535.</source>
        <translation>&quot;imap&quot;: el puerto debe ser un número entero de 1 a 65535.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;security&quot; must be &quot;tls&quot; or &quot;starttls&quot;.</source>
        <translation>&quot;imap&quot;: &quot;security&quot; debe ser &quot;tls&quot; o &quot;starttls&quot;.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileListPanel</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Duplicar perfil</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Cambiar el nombre del perfil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Copied. The password is not copied: type it for the new profile.</source>
        <translation>Copiado. La contraseña no se copia: escríbala para el perfil nuevo.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved password?</source>
        <translation>¿Eliminar el perfil “%1” y su contraseña guardada?</translation>
    </message>
    <message>
        <source>The certificate is trusted for “%1”. Try again.</source>
        <translation>El certificado es de confianza para “%1”. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The certificate was not trusted: “%1” now names another server than %2:%3.</source>
        <translation>No se confió en el certificado: “%1” ahora indica un servidor distinto de %2:%3.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Your saved profiles: choose one to edit and test it.</source>
        <translation>Sus perfiles guardados: elija uno para editarlo y probarlo.</translation>
    </message>
    <message>
        <source>Adds a new, empty profile.</source>
        <translation>Añade un perfil nuevo y vacío.</translation>
    </message>
    <message>
        <source>Adds a copy of the selected profile.</source>
        <translation>Añade una copia del perfil seleccionado.</translation>
    </message>
    <message>
        <source>Gives the selected profile a new name.</source>
        <translation>Da un nombre nuevo al perfil seleccionado.</translation>
    </message>
    <message>
        <source>Deletes the selected profile and its saved password.</source>
        <translation>Elimina el perfil seleccionado y su contraseña guardada.</translation>
    </message>
    <message>
        <source>The mailbox server&apos;s certificate is trusted for “%1”. Send again to read the message back.</source>
        <translation>El certificado del servidor de buzón es de confianza para “%1”. Vuelva a enviar para releer el mensaje.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileRules</name>
    <message>
        <source>trust the certificate with SHA-256 fingerprint %1 for %2:%3, even though it does not verify</source>
        <translation>confiar en el certificado con la huella digital SHA-256 %1 para %2:%3, aunque no se pueda verificar</translation>
    </message>
    <message>
        <source>connect to %1:%2 without any encryption</source>
        <translation>conectarse a %1:%2 sin ningún cifrado</translation>
    </message>
    <message>
        <source>send the user name and password without encryption when the server offers no TLS (allowPlainAuth)</source>
        <translation>enviar el nombre de usuario y la contraseña sin cifrar cuando el servidor no ofrece TLS (allowPlainAuth)</translation>
    </message>
    <message>
        <source>trust every certificate signed by the CA certificates in %1</source>
        <translation>confiar en todos los certificados firmados por los certificados de CA de %1</translation>
    </message>
    <message>
        <source>read test messages back from the mailbox server %1 (IMAP) as %2</source>
        <translation>releer los mensajes de prueba desde el servidor de buzón %1 (IMAP) como %2</translation>
    </message>
    <message>
        <source>sign in to the mailbox server %1 (IMAP) with this profile&apos;s password or sign-in, to read test messages back</source>
        <translation>iniciar sesión en el servidor de buzón %1 (IMAP) con la contraseña o el inicio de sesión de este perfil, para releer los mensajes de prueba</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProfileStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>it has no list of profiles</source>
        <translation>no tiene una lista de perfiles</translation>
    </message>
    <message>
        <source>it has no valid schema number</source>
        <translation>no tiene un número de esquema válido</translation>
    </message>
    <message>
        <source>it was written by a newer version of Sendcheck (schema %1)</source>
        <translation>lo escribió una versión más reciente de Sendcheck (esquema %1)</translation>
    </message>
    <message>
        <source>entry %1 is not a profile</source>
        <translation>la entrada %1 no es un perfil</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>perfil %1: %2</translation>
    </message>
    <message>
        <source>profile %1 (&quot;%2&quot;) appears twice</source>
        <translation>el perfil %1 (&quot;%2&quot;) aparece dos veces</translation>
    </message>
    <message>
        <source>The profiles file %1 cannot be read (%2), and it could not be moved aside either. Nothing was changed; fix or remove the file.</source>
        <translation>No se puede leer el archivo de perfiles %1 (%2), y tampoco se pudo apartar. No se cambió nada; corrija o quite el archivo.</translation>
    </message>
    <message>
        <source>The profiles file could not be read (%1). It was moved to %2 so that nothing is lost; Sendcheck starts with no profiles.</source>
        <translation>No se pudo leer el archivo de perfiles (%1). Se movió a %2 para que no se pierda nada; Sendcheck empieza sin perfiles.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>The profiles file %1 was written by a newer version of Sendcheck. It was left untouched; changes cannot be saved until you update.</source>
        <translation>El archivo de perfiles %1 lo escribió una versión más reciente de Sendcheck. No se ha modificado; los cambios no se podrán guardar hasta que actualice.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the old profiles file at %1.</source>
        <translation>No se puede guardar una copia del archivo de perfiles antiguo en %1.</translation>
    </message>
    <message>
        <source>Your profiles were converted to the current format; the old file is kept as %1.</source>
        <translation>Sus perfiles se convirtieron al formato actual; el archivo antiguo se conserva como %1.</translation>
    </message>
    <message>
        <source>The profiles file %1 was not written: it could not be read, and saving would replace it.</source>
        <translation>No se escribió el archivo de perfiles %1: no se pudo leer, y guardarlo lo sustituiría.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>Un perfil necesita un ID.</translation>
    </message>
    <message>
        <source>There is already a profile called &quot;%1&quot;.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is already a profile with the id %1.</source>
        <translation>Ya existe un perfil con el ID %1.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>No hay ningún perfil con el ID %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile.</source>
        <translation>%1 es demasiado grande para ser un perfil.</translation>
    </message>
    <message>
        <source>%1 is not a profile file (not a JSON object).</source>
        <translation>%1 no es un archivo de perfil (no es un objeto JSON).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sendcheck.</source>
        <translation>%1 lo escribió una versión más reciente de Sendcheck.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These profiles had an id that Sendcheck did not issue and were given a new one; set their password again: %1</source>
        <translation>Estos perfiles tenían un ID que Sendcheck no emitió y recibieron uno nuevo; vuelva a establecer su contraseña: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Provider</name>
    <message>
        <source>&quot;%1&quot; must be a text value.</source>
        <translation>&quot;%1&quot; debe ser un valor de texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text values.</source>
        <translation>&quot;%1&quot; debe ser una lista de valores de texto.</translation>
    </message>
    <message>
        <source>&quot;confidence&quot; must be &quot;confirmed&quot; or &quot;check-with-provider&quot;.</source>
        <translation>&quot;confidence&quot; debe ser &quot;confirmed&quot; o &quot;check-with-provider&quot;.</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lower-case letters, digits and &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>&quot;id&quot; debe constar de letras minúsculas, dígitos y &apos;-&apos; (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or empty.</source>
        <translation>&quot;name&quot; falta o está vacío.</translation>
    </message>
    <message>
        <source>&quot;hosts&quot; must list at least one server.</source>
        <translation>&quot;hosts&quot; debe incluir al menos un servidor.</translation>
    </message>
    <message>
        <source>Every entry of &quot;hosts&quot; needs a server name in &quot;host&quot;.</source>
        <translation>Cada entrada de &quot;hosts&quot; necesita un nombre de servidor en &quot;host&quot;.</translation>
    </message>
    <message>
        <source>&quot;ports&quot; must list at least one port.</source>
        <translation>&quot;ports&quot; debe incluir al menos un puerto.</translation>
    </message>
    <message>
        <source>A port must be a whole number from 1 to 65535.</source>
        <translation>Un puerto debe ser un número entero de 1 a 65535.</translation>
    </message>
    <message>
        <source>Port %1: &quot;security&quot; must be starttls, tls or none.</source>
        <translation>Puerto %1: &quot;security&quot; debe ser starttls, tls o none.</translation>
    </message>
    <message>
        <source>Exactly one port must be marked &quot;recommended&quot; (found %1).</source>
        <translation>Exactamente un puerto debe estar marcado como &quot;recommended&quot; (se encontraron %1).</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot; in &quot;auth&quot;.</source>
        <translation>Método de inicio de sesión desconocido &quot;%1&quot; en &quot;auth&quot;.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot; in &quot;recommendedAuth&quot;.</source>
        <translation>Método de inicio de sesión desconocido &quot;%1&quot; en &quot;recommendedAuth&quot;.</translation>
    </message>
    <message>
        <source>Unknown &quot;secretKind&quot; &quot;%1&quot;.</source>
        <translation>&quot;secretKind&quot; desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Help link &quot;%1&quot; must be an https address.</source>
        <translation>El enlace de ayuda &quot;%1&quot; debe ser una dirección https.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; needs a &quot;signInName&quot;.</source>
        <translation>&quot;oauth&quot; necesita un &quot;signInName&quot;.</translation>
    </message>
    <message>
        <source>OAuth address &quot;%1&quot; must be https (or http to 127.0.0.1).</source>
        <translation>La dirección OAuth &quot;%1&quot; debe ser https (o http a 127.0.0.1).</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; must list the &quot;scopes&quot; to ask for.</source>
        <translation>&quot;oauth&quot; debe incluir los &quot;scopes&quot; que se solicitarán.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; uses {tenant} and so needs a &quot;defaultTenant&quot;.</source>
        <translation>&quot;oauth&quot; usa {tenant} y, por lo tanto, necesita un &quot;defaultTenant&quot;.</translation>
    </message>
    <message>
        <source>&quot;clientSecret&quot; must be &quot;usual&quot; or &quot;none&quot;.</source>
        <translation>&quot;clientSecret&quot; debe ser &quot;usual&quot; o &quot;none&quot;.</translation>
    </message>
    <message>
        <source>&quot;registrationHelp&quot; must be an https address.</source>
        <translation>&quot;registrationHelp&quot; debe ser una dirección https.</translation>
    </message>
    <message>
        <source>&quot;oauth&quot; must be an object.</source>
        <translation>&quot;oauth&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;redirectHost&quot; must be &quot;127.0.0.1&quot; or &quot;localhost&quot;.</source>
        <translation>&quot;redirectHost&quot; debe ser &quot;127.0.0.1&quot; o &quot;localhost&quot;.</translation>
    </message>
    <message>
        <source>&quot;authorizationParameters&quot;: &quot;%1&quot; cannot be set here (the sign-in sets it) or is not text.</source>
        <translation>&quot;authorizationParameters&quot;: &quot;%1&quot; no se puede definir aquí (lo define el inicio de sesión) o no es texto.</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must name at least one preset.</source>
        <translation>&quot;presets&quot; debe nombrar al menos una configuración predefinida.</translation>
    </message>
    <message>
        <source>&quot;hostPatterns&quot;: &quot;%1&quot; is not a valid regular expression.</source>
        <translation>&quot;hostPatterns&quot;: &quot;%1&quot; no es una expresión regular válida.</translation>
    </message>
    <message>
        <source>&quot;unsupportedPorts&quot; must be a list of port numbers.</source>
        <translation>&quot;unsupportedPorts&quot; debe ser una lista de números de puerto.</translation>
    </message>
    <message>
        <source>Unknown note &quot;%1&quot; in &quot;authNotes&quot;.</source>
        <translation>Nota desconocida &quot;%1&quot; en &quot;authNotes&quot;.</translation>
    </message>
    <message>
        <source>&quot;domains&quot; must list lower-case domain names (got &quot;%1&quot;).</source>
        <translation>&quot;domains&quot; debe enumerar nombres de dominio en minúsculas (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;mx_patterns&quot; must list lower-case host names, optionally starting with &quot;*.&quot; (got &quot;%1&quot;).</source>
        <translation>&quot;mx_patterns&quot; debe enumerar nombres de host en minúsculas, que opcionalmente empiecen por &quot;*.&quot; (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;domainDns&quot; must be an object.</source>
        <translation>&quot;domainDns&quot; debe ser un objeto.</translation>
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
        <translation>%1: configuración predefinida &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is too large to be a preset file.</source>
        <translation>es demasiado grande para ser un archivo de configuraciones predefinidas.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2).</source>
        <translation>no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>must contain a JSON object.</source>
        <translation>debe contener un objeto JSON.</translation>
    </message>
    <message>
        <source>uses preset schema %1; this version reads schema 1.</source>
        <translation>usa el esquema de configuraciones predefinidas %1; esta versión lee el esquema 1.</translation>
    </message>
    <message>
        <source>&quot;presets&quot; must be a list.</source>
        <translation>&quot;presets&quot; debe ser una lista.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>the id is used twice in this file.</source>
        <translation>el ID se usa dos veces en este archivo.</translation>
    </message>
    <message>
        <source>&quot;families&quot; must be a list.</source>
        <translation>&quot;families&quot; debe ser una lista.</translation>
    </message>
    <message>
        <source>%1: provider family &quot;%2&quot;: %3</source>
        <translation>%1: familia de proveedores &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ProviderImap</name>
    <message>
        <source>&quot;imap&quot; must be an object, or false for a service without a mailbox.</source>
        <translation>&quot;imap&quot; debe ser un objeto, o false para un servicio sin buzón.</translation>
    </message>
    <message>
        <source>&quot;imap&quot; needs a server name in &quot;host&quot;.</source>
        <translation>&quot;imap&quot; necesita un nombre de servidor en &quot;host&quot;.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;security&quot; must be tls or starttls.</source>
        <translation>&quot;imap&quot;: &quot;security&quot; debe ser tls o starttls.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: the port must be a whole number from 1 to 65535.</source>
        <translation>&quot;imap&quot;: el puerto debe ser un número entero de 1 a 65535.</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: every scope is one word (got &quot;%1&quot;).</source>
        <translation>&quot;imap&quot;: cada scope es una sola palabra (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;imap&quot;: &quot;confidence&quot; must be &quot;confirmed&quot; or &quot;check-with-provider&quot;.</source>
        <translation>&quot;imap&quot;: &quot;confidence&quot; debe ser &quot;confirmed&quot; o &quot;check-with-provider&quot;.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBack</name>
    <message>
        <source>Something arrived in the inbox; searching again.</source>
        <translation>Ha llegado algo a la bandeja de entrada; buscando de nuevo.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; cannot be searched for: it must be printable ASCII without spaces or quotes.</source>
        <translation>No se puede buscar el Message-ID &quot;%1&quot;: debe ser ASCII imprimible sin espacios ni comillas.</translation>
    </message>
    <message>
        <source>Signing in to the mailbox</source>
        <translation>Iniciando sesión en el buzón</translation>
    </message>
    <message>
        <source>Listing the folders</source>
        <translation>Enumerando las carpetas</translation>
    </message>
    <message>
        <source>Not there yet; looking again in %1 s (%2 s of %3 s waited)</source>
        <translation>Todavía no está; se volverá a buscar en %1 s (%2 s de %3 s esperados)</translation>
    </message>
    <message>
        <source>Searching for %1</source>
        <translation>Buscando %1</translation>
    </message>
    <message>
        <source>Not there yet; waiting for new mail (IDLE), %1 s of %2 s waited</source>
        <translation>Todavía no está; esperando correo nuevo (IDLE), %1 s de %2 s esperados</translation>
    </message>
    <message>
        <source>Found in &quot;%1&quot; after %2 s</source>
        <translation>Encontrado en &quot;%1&quot; después de %2 s</translation>
    </message>
    <message>
        <source>Not found within %1 s</source>
        <translation>No se encontró en %1 s</translation>
    </message>
    <message>
        <source>The read-back was stopped after %1 s, before the message was found; whether it arrived is not known.</source>
        <translation>La relectura se detuvo tras %1 s, antes de encontrar el mensaje; no se sabe si llegó.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackResult</name>
    <message>
        <source>Run the domain check for the sender&apos;s domain (sendcheck-cli domain) and fix what it shows under %1.</source>
        <translation>Ejecute la comprobación del dominio del remitente (sendcheck-cli domain) y corrija lo que muestre en %1.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Check that the send was accepted (250 after DATA) and the recipient address is right; look for a bounce message in the sender&apos;s mailbox. Receivers can silently drop mail that fails SPF, DKIM or DMARC: run the domain check (spf.record, dkim.selector, dmarc.alignment). Some receivers delay new senders: try a longer --wait.</source>
        <translation>Compruebe que el envío se aceptó (250 después de DATA) y que la dirección del destinatario es correcta; busque un mensaje de rebote en el buzón del remitente. Los receptores pueden descartar sin aviso el correo que no supera SPF, DKIM o DMARC: ejecute la comprobación del dominio (spf.record, dkim.selector, dmarc.alignment). Algunos receptores retrasan a los remitentes nuevos: pruebe un --wait más largo.</translation>
    </message>
    <message>
        <source>The test message arrived; it was found after %1 s.</source>
        <translation>El mensaje de prueba llegó; se encontró después de %1 s.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>The receiver filed the message as spam, in the folder &quot;%1&quot;.</source>
        <translation>El receptor archivó el mensaje como spam, en la carpeta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Receivers send mail to spam mostly when SPF, DKIM or DMARC fail, or when the content looks like bulk mail.</source>
        <translation>Los receptores envían el correo a spam sobre todo cuando SPF, DKIM o DMARC fallan, o cuando el contenido parece correo masivo.</translation>
    </message>
    <message>
        <source>The message landed in the inbox.</source>
        <translation>El mensaje llegó a la bandeja de entrada.</translation>
    </message>
    <message>
        <source>The message was filed in the folder &quot;%1&quot;, not the inbox: a filter rule of the mailbox, or the receiver&apos;s sorting.</source>
        <translation>El mensaje se archivó en la carpeta &quot;%1&quot;, no en la bandeja de entrada: una regla de filtro del buzón o la clasificación del receptor.</translation>
    </message>
    <message>
        <source>The SPF record must name the server that sent the message.</source>
        <translation>El registro SPF debe nombrar al servidor que envió el mensaje.</translation>
    </message>
    <message>
        <source>SPF at the receiver</source>
        <translation>SPF en el receptor</translation>
    </message>
    <message>
        <source>The receiver wrote no SPF result into the message.</source>
        <translation>El receptor no escribió ningún resultado SPF en el mensaje.</translation>
    </message>
    <message>
        <source>SPF passed.</source>
        <translation>SPF superado.</translation>
    </message>
    <message>
        <source>SPF result &quot;%1&quot;: the receiver does not see the sending server as allowed for the domain.</source>
        <translation>Resultado SPF &quot;%1&quot;: el receptor no considera que el servidor que envía esté autorizado para el dominio.</translation>
    </message>
    <message>
        <source>SPF result &quot;%1&quot;: the domain does not say whether this server may send for it.</source>
        <translation>Resultado SPF &quot;%1&quot;: el dominio no indica si este servidor puede enviar en su nombre.</translation>
    </message>
    <message>
        <source>Turn on DKIM signing at the sending service and publish its key under the selector it uses.</source>
        <translation>Active la firma DKIM en el servicio de envío y publique su clave con el selector que use.</translation>
    </message>
    <message>
        <source>DKIM at the receiver</source>
        <translation>DKIM en el receptor</translation>
    </message>
    <message>
        <source>The receiver wrote no Authentication-Results into the message.</source>
        <translation>El receptor no escribió ningún Authentication-Results en el mensaje.</translation>
    </message>
    <message>
        <source>A DKIM signature of %1 verified.</source>
        <translation>Se verificó una firma DKIM de %1.</translation>
    </message>
    <message>
        <source>The message carried no DKIM signature the receiver checked.</source>
        <translation>El mensaje no llevaba ninguna firma DKIM que el receptor comprobara.</translation>
    </message>
    <message>
        <source>DKIM result &quot;%1&quot;: the signature did not verify.</source>
        <translation>Resultado DKIM &quot;%1&quot;: la firma no se verificó.</translation>
    </message>
    <message>
        <source>DMARC at the receiver</source>
        <translation>DMARC en el receptor</translation>
    </message>
    <message>
        <source>The receiver found no DMARC policy for the sender&apos;s domain.</source>
        <translation>El receptor no encontró ninguna política DMARC para el dominio del remitente.</translation>
    </message>
    <message>
        <source>DMARC passed for %1.</source>
        <translation>DMARC superado para %1.</translation>
    </message>
    <message>
        <source>DMARC result &quot;%1&quot;: neither SPF nor DKIM passed for the domain in the From address.</source>
        <translation>Resultado DMARC &quot;%1&quot;: ni SPF ni DKIM se superaron para el dominio de la dirección From.</translation>
    </message>
    <message>
        <source>The domain that SPF or DKIM checks must match the From address&apos;s domain.</source>
        <translation>El dominio que comprueban SPF o DKIM debe coincidir con el dominio de la dirección From.</translation>
    </message>
    <message>
        <source>ARC at the receiver</source>
        <translation>ARC en el receptor</translation>
    </message>
    <message>
        <source>The ARC chain of a forwarding server verified.</source>
        <translation>Se verificó la cadena ARC de un servidor de reenvío.</translation>
    </message>
    <message>
        <source>ARC result &quot;%1&quot;: a forwarding server&apos;s seal did not verify.</source>
        <translation>Resultado ARC &quot;%1&quot;: el sello de un servidor de reenvío no se verificó.</translation>
    </message>
    <message>
        <source>This is about a forwarder on the way, not the sender; if the message was forwarded, ask its operator.</source>
        <translation>Esto se refiere a un reenviador en el camino, no al remitente; si el mensaje se reenvió, consulte a su operador.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>Filtro de spam</translation>
    </message>
    <message>
        <source>The spam filter (%1, %2) called it spam: score %3, threshold %4.</source>
        <translation>El filtro de spam (%1, %2) lo consideró spam: puntuación %3, umbral %4.</translation>
    </message>
    <message>
        <source>The spam filter (%1, %2) did not call it spam: score %3, threshold %4.</source>
        <translation>El filtro de spam (%1, %2) no lo consideró spam: puntuación %3, umbral %4.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Encryption on the way</source>
        <translation>Cifrado en el camino</translation>
    </message>
    <message>
        <source>The first hop is yours: send with STARTTLS or TLS. Later hops are the providers&apos;; MTA-STS on the receiving domain makes them use TLS.</source>
        <translation>El primer salto es el suyo: envíe con STARTTLS o TLS. Los saltos posteriores son de los proveedores; MTA-STS en el dominio receptor hace que usen TLS.</translation>
    </message>
    <message>
        <source>Every hop (%1) used TLS.</source>
        <translation>Todos los saltos (%1) usaron TLS.</translation>
    </message>
    <message numerus="yes">
        <source>The test message (Message-ID %1) did not arrive in the mailbox within %n seconds: not in the inbox, not in the junk folder, not in any other folder.</source>
        <translation>
            <numerusform>El mensaje de prueba (Message-ID %1) no llegó al buzón en %n segundo: ni a la bandeja de entrada, ni a la carpeta de correo no deseado, ni a ninguna otra carpeta.</numerusform>
            <numerusform>El mensaje de prueba (Message-ID %1) no llegó al buzón en %n segundos: ni a la bandeja de entrada, ni a la carpeta de correo no deseado, ni a ninguna otra carpeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unencrypted hops: %1.</source>
        <translation>
            <numerusform>Salto sin cifrar: %1.</numerusform>
            <numerusform>Saltos sin cifrar: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hops say they used TLS; the others do not say.</source>
        <translation>
            <numerusform>%1 de %n salto indica que usó TLS; el otro no lo indica.</numerusform>
            <numerusform>%1 de %n saltos indican que usaron TLS; los demás no lo indican.</numerusform>
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
        <translation>sin TLS</translation>
    </message>
    <message>
        <source>TLS not said</source>
        <translation>TLS no indicado</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>information</source>
        <translation>información</translation>
    </message>
    <message>
        <source>Read-back</source>
        <translation>Relectura</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>unknown: the mailbox could not be read</source>
        <translation>desconocido: no se pudo leer el buzón</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>The server said</source>
        <translation>El servidor dijo</translation>
    </message>
    <message>
        <source>yes, after %1 s</source>
        <translation>sí, después de %1 s</translation>
    </message>
    <message>
        <source>no, not within %1 s</source>
        <translation>no, no en %1 s</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Filed as spam</source>
        <translation>Archivado como spam</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Gmail labels</source>
        <translation>Etiquetas de Gmail</translation>
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
        <translation>Saltos, el más antiguo primero</translation>
    </message>
    <message>
        <source>Spam filters</source>
        <translation>Filtros de spam</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackSetup</name>
    <message>
        <source>%1 is a sending service without a mailbox, so there is nothing to read the message back from. Name the recipient&apos;s mailbox server instead.</source>
        <translation>%1 es un servicio de envío sin buzón, así que no hay dónde volver a leer el mensaje. Indique en su lugar el servidor del buzón del destinatario.</translation>
    </message>
    <message>
        <source>There is no mailbox server to read the message back from.</source>
        <translation>No hay ningún servidor de buzón en el que volver a leer el mensaje.</translation>
    </message>
    <message>
        <source>The mailbox is read over TLS only (implicit TLS or STARTTLS).</source>
        <translation>El buzón solo se lee mediante TLS (TLS implícito o STARTTLS).</translation>
    </message>
    <message>
        <source>The sign-in does not allow reading the mailbox (it lacks %1). Turn on read-back for this profile and sign in again: the sign-in then asks for mailbox access too.</source>
        <translation>El inicio de sesión no permite leer el buzón (falta %1). Active la relectura para este perfil y vuelva a iniciar sesión: así el inicio de sesión pedirá también acceso al buzón.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackView</name>
    <message>
        <source>Read-back</source>
        <translation>Relectura</translation>
    </message>
    <message>
        <source>What the receiver made of the message</source>
        <translation>Lo que el receptor pensó del mensaje</translation>
    </message>
    <message>
        <source>The practice mailbox is not running, so the message cannot be read back. Start the practice server and send again.</source>
        <translation>El buzón de práctica no está en marcha, así que no se puede volver a leer el mensaje. Inicie el servidor de práctica y envíe de nuevo.</translation>
    </message>
    <message>
        <source>The message cannot be read back: %1</source>
        <translation>No se puede volver a leer el mensaje: %1</translation>
    </message>
    <message>
        <source>Looking for the message in the mailbox… %1 s</source>
        <translation>Buscando el mensaje en el buzón… %1 s</translation>
    </message>
    <message>
        <source>✘ The mailbox could not be read: %1</source>
        <translation>✘ No se pudo leer el buzón: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
    <message>
        <source>✘ Not arrived within %1 s</source>
        <translation>✘ No llegó en %1 s</translation>
    </message>
    <message>
        <source>⚠ Arrived after %1 s, but in “%2” (spam)</source>
        <translation>⚠ Llegó después de %1 s, pero a &quot;%2&quot; (spam)</translation>
    </message>
    <message>
        <source>✔ Arrived after %1 s in “%2”</source>
        <translation>✔ Llegó después de %1 s a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Authentication-Results: %1</source>
        <translation>Authentication-Results: %1</translation>
    </message>
    <message>
        <source>Where the test message arrived and how the receiver judged it.</source>
        <translation>Dónde llegó el mensaje de prueba y cómo lo valoró el receptor.</translation>
    </message>
    <message>
        <source>■ Stopped after %1 s: whether the message arrived is not known.</source>
        <translation>■ Detenido tras %1 s: no se sabe si el mensaje llegó.</translation>
    </message>
    <message>
        <source>The read-back was stopped before the message was found. Send again with “Check that it arrived” to look for it.</source>
        <translation>La relectura se detuvo antes de encontrar el mensaje. Vuelva a enviar con «Comprobar la llegada» para buscarlo.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Report</name>
    <message>
        <source>Sent: the server accepted the message</source>
        <translation>Enviado: el servidor aceptó el mensaje</translation>
    </message>
    <message>
        <source>OK: everything up to &apos;%1&apos; works</source>
        <translation>OK: todo funciona hasta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Failed at %1 (%2)</source>
        <translation>Falló en %1 (%2)</translation>
    </message>
    <message>
        <source>This is not a Sendcheck report.</source>
        <translation>No es un informe de Sendcheck.</translation>
    </message>
    <message>
        <source>The report has no valid schema version.</source>
        <translation>El informe no tiene una versión de esquema válida.</translation>
    </message>
    <message>
        <source>The report was made by a newer Sendcheck (report schema %1; this version reads up to %2).</source>
        <translation>El informe lo creó una versión más reciente de Sendcheck (esquema de informe %1; esta versión lee hasta el %2).</translation>
    </message>
    <message>
        <source>The report&apos;s kind &quot;%1&quot; is unknown.</source>
        <translation>El tipo de informe &quot;%1&quot; es desconocido.</translation>
    </message>
    <message>
        <source>(no server)</source>
        <translation>(sin servidor)</translation>
    </message>
    <message>
        <source>Test send to %1</source>
        <translation>Envío de prueba a %1</translation>
    </message>
    <message>
        <source>Domain check of %1</source>
        <translation>Comprobación del dominio %1</translation>
    </message>
    <message>
        <source>Server check of %1</source>
        <translation>Comprobación del servidor %1</translation>
    </message>
    <message>
        <source>Port probe of %1</source>
        <translation>Sondeo de puertos de %1</translation>
    </message>
    <message>
        <source>A check has no id or an unknown status.</source>
        <translation>Una comprobación no tiene ID o tiene un estado desconocido.</translation>
    </message>
    <message>
        <source>Settings discovery for %1</source>
        <translation>Búsqueda de configuración para %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportActions</name>
    <message>
        <source>Copy for ticket</source>
        <translation>Copiar para una incidencia</translation>
    </message>
    <message>
        <source>Puts the report on the clipboard as Markdown, ready to paste into a ticket. Passwords and tokens are never in it.</source>
        <translation>Pone el informe en el portapapeles como Markdown, listo para pegarlo en una incidencia. Nunca contiene contraseñas ni tokens.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Saves the report as Markdown, HTML, JSON or PDF.</source>
        <translation>Guarda el informe como Markdown, HTML, JSON o PDF.</translation>
    </message>
    <message>
        <source>For outside the company</source>
        <translation>Para fuera de la empresa</translation>
    </message>
    <message>
        <source>Also hides user names, the part of e-mail addresses before the @ and IP addresses, for a provider or anyone outside.</source>
        <translation>Oculta además los nombres de usuario, la parte de las direcciones de correo anterior a la @ y las direcciones IP, para un proveedor o cualquier persona externa.</translation>
    </message>
    <message>
        <source>The report is on the clipboard, for outside the company.</source>
        <translation>El informe está en el portapapeles, preparado para fuera de la empresa.</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>El informe está en el portapapeles.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <source>There is no report to save yet.</source>
        <translation>Todavía no hay ningún informe que guardar.</translation>
    </message>
    <message>
        <source>Cannot tell the format from “%1”: name the file .md, .html, .json or .pdf.</source>
        <translation>No se puede deducir el formato de “%1”: ponga al archivo la extensión .md, .html, .json o .pdf.</translation>
    </message>
    <message>
        <source>Markdown, for a ticket (*.md)</source>
        <translation>Markdown, para una incidencia (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
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
        <translation>Copiar para el tic&amp;ket</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportExport</name>
    <message>
        <source>Reports as PDF are not available in this program.</source>
        <translation>Los informes en PDF no están disponibles en este programa.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportFile</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>No se puede escribir el informe en %1: %2</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>No se indicó ningún nombre de archivo para el informe.</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportOutline</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <source>Last server reply</source>
        <translation>Última respuesta del servidor</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causas probables</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Provider note</source>
        <translation>Nota del proveedor</translation>
    </message>
    <message>
        <source>Retrying later can help</source>
        <translation>Volver a intentarlo más tarde puede ayudar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>The server&apos;s own words</source>
        <translation>Las palabras exactas del servidor</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(no guardado)</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Configuración predefinida</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Inicia sesión con</translation>
    </message>
    <message>
        <source>OAuth 2.0 tokens</source>
        <translation>tokens de OAuth 2.0</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>una contraseña</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Cuenta con la sesión iniciada</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nombre EHLO</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificados de CA adicionales</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256)</source>
        <translation>Certificado de confianza (SHA-256)</translation>
    </message>
    <message>
        <source>Sign-in without encryption allowed</source>
        <translation>Inicio de sesión sin cifrado permitido</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>EHLO greeting</source>
        <translation>Saludo EHLO</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>No TLS was used.</source>
        <translation>No se usó TLS.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Certificado verificado</translation>
    </message>
    <message>
        <source>Accepted by pinned fingerprint</source>
        <translation>Aceptado por huella digital fijada</translation>
    </message>
    <message>
        <source>Verification errors</source>
        <translation>Errores de verificación</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificado %1</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Nombres alternativos</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>information</source>
        <translation>información</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>no ejecutada</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Tiempos</translation>
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
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>C: what this program sent, S: what the server answered, *: what happened, T: TLS, !: errors; a lock marks lines inside TLS. Passwords and tokens were hidden when the lines were recorded.</source>
        <translation>C: lo que envió este programa, S: lo que respondió el servidor, *: lo que ocurrió, T: TLS, !: errores; un candado marca las líneas dentro de TLS. Las contraseñas y los tokens se ocultaron al registrar las líneas.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Strict redaction: passwords and tokens were never recorded; user names, the local part of e-mail addresses and IP addresses are hidden too.</source>
        <translation>Censura estricta: las contraseñas y los tokens nunca se registraron; los nombres de usuario, la parte local de las direcciones de correo y las direcciones IP también están ocultos.</translation>
    </message>
    <message>
        <source>Passwords and tokens were never recorded. User names, addresses and IP addresses are shown.</source>
        <translation>Las contraseñas y los tokens nunca se registraron. Se muestran los nombres de usuario, las direcciones y las direcciones IP.</translation>
    </message>
    <message>
        <source>Sendcheck report: %1</source>
        <translation>Informe de Sendcheck: %1</translation>
    </message>
    <message>
        <source>%1 for %2:%3</source>
        <translation>%1 para %2:%3</translation>
    </message>
    <message>
        <source>Port probe</source>
        <translation>Sondeo de puertos</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>every answer validated</source>
        <translation>todas las respuestas validadas</translation>
    </message>
    <message>
        <source>validation failed</source>
        <translation>la validación falló</translation>
    </message>
    <message>
        <source>not validated (no trust anchor)</source>
        <translation>no validado (sin anclaje de confianza)</translation>
    </message>
    <message>
        <source>Nothing to publish.</source>
        <translation>No hay nada que publicar.</translation>
    </message>
    <message>
        <source>Records to publish</source>
        <translation>Registros que publicar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>mode %1, mx %2</source>
        <translation>modo %1, mx %2</translation>
    </message>
    <message>
        <source>%1: %2 TLSA (DNSSEC %3)</source>
        <translation>%1: %2 TLSA (DNSSEC %3)</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>coincide con %1</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>no coincide</translation>
    </message>
    <message>
        <source>no STARTTLS</source>
        <translation>sin STARTTLS</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>la negociación TLS falló</translation>
    </message>
    <message>
        <source>not compared, port %1 not reachable from here</source>
        <translation>no comparado, el puerto %1 no es accesible desde aquí</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>no comparado</translation>
    </message>
    <message>
        <source>%1; server certificate: %2</source>
        <translation>%1; certificado del servidor: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answer(s) validated, the rest unsigned</source>
        <translation>
            <numerusform>%1 de %n respuesta validada, el resto sin firmar</numerusform>
            <numerusform>%1 de %n respuestas validadas, el resto sin firmar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::RunComparison</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The transcripts part at line %1:</source>
        <translation>Las transcripciones se separan en la línea %1:</translation>
    </message>
    <message>
        <source>  then: %1</source>
        <translation>  antes: %1</translation>
    </message>
    <message>
        <source>(the run had ended)</source>
        <translation>(la ejecución había terminado)</translation>
    </message>
    <message>
        <source>  now:  %1</source>
        <translation>  ahora: %1</translation>
    </message>
    <message>
        <source>Nothing differs from the last successful run.</source>
        <translation>No hay ninguna diferencia con la última ejecución correcta.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::RunDifference</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Signs in with</source>
        <translation>Inicia sesión con</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nombre EHLO</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificados de CA adicionales</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>Sign-in without encryption allowed</source>
        <translation>Inicio de sesión sin cifrado permitido</translation>
    </message>
    <message>
        <source>Time limit (s)</source>
        <translation>Límite de tiempo (s)</translation>
    </message>
    <message>
        <source>TLS used</source>
        <translation>TLS usado</translation>
    </message>
    <message>
        <source>TLS version</source>
        <translation>Versión de TLS</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Certificate verified</source>
        <translation>Certificado verificado</translation>
    </message>
    <message>
        <source>Certificate (SHA-256)</source>
        <translation>Certificado (SHA-256)</translation>
    </message>
    <message>
        <source>Certificate issued to</source>
        <translation>Certificado emitido para</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Certificado emitido por</translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation>Certificado válido hasta</translation>
    </message>
    <message>
        <source>Intermediate certificates</source>
        <translation>Certificados intermedios</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ScreenshotScene</name>
    <message>
        <source>Unknown scene “%1”; the scenes are: %2.</source>
        <translation>Escena desconocida “%1”; las escenas son: %2.</translation>
    </message>
    <message>
        <source>Sample data: documentation addresses and made-up DNS answers; the server is the built-in practice server set up as an open relay.</source>
        <translation>Datos de ejemplo: direcciones de documentación y respuestas DNS inventadas; el servidor es el servidor de práctica integrado configurado como relé abierto.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ServerCheck</name>
    <message>
        <source>Give the mail server to check, e.g. mail.example.com.</source>
        <translation>Indique el servidor de correo que comprobar, p. ej. mail.example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a mail address; give the server&apos;s host name (e.g. the MX host).</source>
        <translation>&apos;%1&apos; es una dirección de correo; indique el nombre de host del servidor (p. ej. el host MX).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: use letters, digits and hyphens, in two or more parts separated by dots, e.g. mail.example.com.</source>
        <translation>&apos;%1&apos; no es un nombre de host: use letras, dígitos y guiones, en dos o más partes separadas por puntos, p. ej. mail.example.com.</translation>
    </message>
    <message>
        <source>not asked: there is no address to look up.</source>
        <translation>no consultado: no hay ninguna dirección que consultar.</translation>
    </message>
    <message>
        <source>not asked: %1 is not a public address, and blocklists list only public ones.</source>
        <translation>no consultado: %1 no es una dirección pública, y las listas de bloqueo solo incluyen direcciones públicas.</translation>
    </message>
    <message>
        <source>not asked: the server was given as an address, without a domain name.</source>
        <translation>no consultado: el servidor se indicó como dirección, sin nombre de dominio.</translation>
    </message>
    <message>
        <source>Address of the server</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>The server was given as the address %1.</source>
        <translation>El servidor se indicó como la dirección %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has the address(es) %2.</source>
        <translation>
            <numerusform>%1 tiene la dirección %2.</numerusform>
            <numerusform>%1 tiene las direcciones %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses of %1 could not be looked up: %2</source>
        <translation>No se pudieron consultar las direcciones de %1: %2</translation>
    </message>
    <message>
        <source>Try again later or ask another nameserver (--nameserver); if it stays, the domain&apos;s DNS is not answering.</source>
        <translation>Inténtelo de nuevo más tarde o consulte otro servidor de nombres (--nameserver); si persiste, el DNS del dominio no responde.</translation>
    </message>
    <message>
        <source>%1 has no address (no A or AAAA record).</source>
        <translation>%1 no tiene dirección (ningún registro A ni AAAA).</translation>
    </message>
    <message>
        <source>Check the spelling, or publish an A record for %1 with the server&apos;s address.</source>
        <translation>Compruebe la ortografía o publique un registro A para %1 con la dirección del servidor.</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>DNS inverso (PTR)</translation>
    </message>
    <message>
        <source>Forward-confirmed reverse DNS</source>
        <translation>DNS inverso confirmado</translation>
    </message>
    <message>
        <source>Not checked: there is no address to look up.</source>
        <translation>No comprobado: no hay ninguna dirección que consultar.</translation>
    </message>
    <message>
        <source>The PTR of %1 could not be looked up: %2</source>
        <translation>No se pudo consultar el PTR de %1: %2</translation>
    </message>
    <message>
        <source>%1: not confirmed, its PTR could not be looked up.</source>
        <translation>%1: no confirmado, no se pudo consultar su PTR.</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (no PTR record).</source>
        <translation>%1 no tiene DNS inverso (ningún registro PTR).</translation>
    </message>
    <message>
        <source>%1: nothing to confirm without a PTR name.</source>
        <translation>%1: no hay nada que confirmar sin un nombre PTR.</translation>
    </message>
    <message>
        <source>%1 points back to %2.</source>
        <translation>%1 apunta de vuelta a %2.</translation>
    </message>
    <message>
        <source>%1 resolves back to %2: forward-confirmed.</source>
        <translation>%1 se resuelve de vuelta a %2: confirmado.</translation>
    </message>
    <message>
        <source>%1: the address of its PTR name could not be looked up: %2</source>
        <translation>%1: no se pudo consultar la dirección de su nombre PTR: %2</translation>
    </message>
    <message>
        <source>The PTR name %1 has no address, so it does not lead back to %2.</source>
        <translation>El nombre PTR %1 no tiene dirección, así que no lleva de vuelta a %2.</translation>
    </message>
    <message>
        <source>The PTR name %1 leads to %2, not back to %3.</source>
        <translation>El nombre PTR %1 lleva a %2, no de vuelta a %3.</translation>
    </message>
    <message>
        <source>Receivers such as Gmail, Yahoo and Microsoft put mail from an address without reverse DNS in spam or refuse it, because that is what hijacked home computers look like. The PTR record belongs to whoever owns the address, not to your domain&apos;s DNS: ask your hosting company or ISP (a &quot;reverse DNS&quot; field in its control panel, or a support ticket) to set the PTR of %1 to the server&apos;s name, e.g. %2.</source>
        <translation>Receptores como Gmail, Yahoo y Microsoft envían a spam o rechazan el correo de una dirección sin DNS inverso, porque es el aspecto que tienen los equipos domésticos secuestrados. El registro PTR pertenece a quien posee la dirección, no al DNS de su dominio: pida a su empresa de alojamiento o a su proveedor de internet (un campo &quot;reverse DNS&quot; en su panel de control o un ticket de soporte) que configure el PTR de %1 con el nombre del servidor, p. ej. %2.</translation>
    </message>
    <message>
        <source>%1 looks like a generic name for a range of home or dynamic addresses; receivers treat mail from such names with suspicion. Ask the owner of the address (hosting company or ISP) for a PTR with the server&apos;s own name.</source>
        <translation>%1 parece un nombre genérico para un rango de direcciones domésticas o dinámicas; los receptores tratan con sospecha el correo de esos nombres. Pida al propietario de la dirección (empresa de alojamiento o proveedor de internet) un PTR con el nombre propio del servidor.</translation>
    </message>
    <message>
        <source>Try again later or ask another nameserver (--nameserver).</source>
        <translation>Inténtelo de nuevo más tarde o consulte otro servidor de nombres (--nameserver).</translation>
    </message>
    <message>
        <source>Receivers check that the PTR name leads back to the same address (forward-confirmed reverse DNS); if it does not, the name counts as forged. Publish an A (or AAAA) record for %1 with that address in the name&apos;s DNS, or have the PTR changed to a name that has it.</source>
        <translation>Los receptores comprueban que el nombre PTR lleve de vuelta a la misma dirección (DNS inverso confirmado); si no es así, el nombre se considera falsificado. Publique un registro A (o AAAA) para %1 con esa dirección en el DNS del nombre, o haga cambiar el PTR por un nombre que la tenga.</translation>
    </message>
    <message>
        <source>First get a PTR record (see ptr.record), then make sure its name has an A or AAAA record with the same address.</source>
        <translation>Primero consiga un registro PTR (consulte ptr.record) y después asegúrese de que su nombre tenga un registro A o AAAA con la misma dirección.</translation>
    </message>
    <message>
        <source>Server name in greeting and EHLO</source>
        <translation>Nombre del servidor en el saludo y en EHLO</translation>
    </message>
    <message>
        <source>Check the host name and port, that the server is running, and that no firewall blocks the port from here (many home and office connections block port 25).</source>
        <translation>Compruebe el nombre de host y el puerto, que el servidor esté en marcha y que ningún cortafuegos bloquee el puerto desde aquí (muchas conexiones domésticas y de oficina bloquean el puerto 25).</translation>
    </message>
    <message>
        <source>The server did not greet.</source>
        <translation>El servidor no saludó.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting and EHLO reply give no name.</source>
        <translation>El saludo del servidor y la respuesta a EHLO no indican ningún nombre.</translation>
    </message>
    <message>
        <source>Configure the server&apos;s host name (Postfix: myhostname; Exim: primary_hostname) to its full name.</source>
        <translation>Configure el nombre de host del servidor (Postfix: myhostname; Exim: primary_hostname) con su nombre completo.</translation>
    </message>
    <message>
        <source>The server calls itself %1; its address %2 has no PTR name to compare with.</source>
        <translation>El servidor se llama a sí mismo %1; su dirección %2 no tiene ningún nombre PTR con el que compararlo.</translation>
    </message>
    <message>
        <source>The server calls itself %1, the PTR name of %2.</source>
        <translation>El servidor se llama a sí mismo %1, el nombre PTR de %2.</translation>
    </message>
    <message>
        <source>The server calls itself %1, but the PTR name of %2 is %3.</source>
        <translation>El servidor se llama a sí mismo %1, pero el nombre PTR de %2 es %3.</translation>
    </message>
    <message>
        <source>When this server sends mail it says the same name in its HELO; receivers compare it with the PTR name and score a mismatch as suspicious. Make them agree: set the server&apos;s name (Postfix: myhostname, or smtp_helo_name for sending; Exim: primary_hostname or helo_data) to %1, or have the PTR changed.</source>
        <translation>Cuando este servidor envía correo, indica el mismo nombre en su HELO; los receptores lo comparan con el nombre PTR y puntúan una discrepancia como sospechosa. Haga que coincidan: configure el nombre del servidor (Postfix: myhostname, o smtp_helo_name para el envío; Exim: primary_hostname o helo_data) como %1, o haga cambiar el PTR.</translation>
    </message>
    <message>
        <source>Your own address as the server sees it</source>
        <translation>Su propia dirección tal como la ve el servidor</translation>
    </message>
    <message>
        <source>The server&apos;s greeting and EHLO reply do not show the address it sees you at.</source>
        <translation>El saludo del servidor y la respuesta a EHLO no muestran la dirección con la que le ve a usted.</translation>
    </message>
    <message>
        <source>The server sees you at %1, a private or local address: reverse DNS and blocklists only matter for the public address mail leaves from.</source>
        <translation>El servidor le ve en %1, una dirección privada o local: el DNS inverso y las listas de bloqueo solo importan para la dirección pública desde la que sale el correo.</translation>
    </message>
    <message>
        <source>This matters only if this machine sends mail straight to other domains&apos; servers; mail sent through your provider&apos;s submission server leaves from the provider&apos;s address instead.</source>
        <translation>Esto solo importa si este equipo envía correo directamente a los servidores de otros dominios; el correo enviado a través del servidor de envío de su proveedor sale desde la dirección del proveedor.</translation>
    </message>
    <message>
        <source>The server sees you at %1; its PTR could not be looked up: %2</source>
        <translation>El servidor le ve en %1; no se pudo consultar su PTR: %2</translation>
    </message>
    <message>
        <source>The server sees you at %1, which has no reverse DNS (PTR).</source>
        <translation>El servidor le ve en %1, que no tiene DNS inverso (PTR).</translation>
    </message>
    <message>
        <source>For a server of your own at this address, ask the owner of the address (ISP or hosting company) for a PTR record with the server&apos;s name.</source>
        <translation>Para un servidor propio en esta dirección, pida al propietario de la dirección (proveedor de internet o empresa de alojamiento) un registro PTR con el nombre del servidor.</translation>
    </message>
    <message>
        <source>The server sees you at %1; its PTR name %2 does not lead back to it.</source>
        <translation>El servidor le ve en %1; su nombre PTR %2 no lleva de vuelta a ella.</translation>
    </message>
    <message>
        <source>Publish an A or AAAA record for the PTR name with this address.</source>
        <translation>Publique un registro A o AAAA para el nombre PTR con esta dirección.</translation>
    </message>
    <message>
        <source>The server sees you at %1, whose PTR name %2 leads back to it.</source>
        <translation>El servidor le ve en %1, cuyo nombre PTR %2 lleva de vuelta a ella.</translation>
    </message>
    <message>
        <source>Blocklist: %1</source>
        <translation>Lista de bloqueo: %1</translation>
    </message>
    <message>
        <source>%1 answers &quot;listed&quot; even for its test entry that must never be listed (%2), so its answers cannot be trusted: the list may have closed, or it refuses the nameserver asked.</source>
        <translation>%1 responde &quot;listed&quot; incluso para su entrada de prueba, que nunca debe aparecer (%2), así que sus respuestas no son fiables: puede que la lista haya cerrado o que rechace al servidor de nombres consultado.</translation>
    </message>
    <message>
        <source>Look the address up on the list&apos;s own page instead: %1</source>
        <translation>Consulte la dirección en la página de la propia lista: %1</translation>
    </message>
    <message>
        <source>%1 is not listed.</source>
        <translation>%1 no está en la lista.</translation>
    </message>
    <message>
        <source>%1 is listed (%2): %3.</source>
        <translation>%1 está en la lista (%2): %3.</translation>
    </message>
    <message>
        <source>Receivers that use %1 refuse or spam-folder mail from a listed sender. First find and stop the cause (an infected machine, a hacked mailbox or web form sending spam, an open relay); asking for removal before that only gets you listed again, often for longer. Then request removal at %2; many lists also drop a listing by themselves some days after the spam stops.</source>
        <translation>Los receptores que usan %1 rechazan o envían a spam el correo de un remitente que figura en la lista. Primero busque y detenga la causa (un equipo infectado, un buzón o un formulario web pirateado que envía spam, un relé abierto); pedir la eliminación antes de eso solo hace que vuelvan a incluirle, a menudo por más tiempo. Después solicite la eliminación en %2; muchas listas también retiran una entrada por sí mismas unos días después de que cese el spam.</translation>
    </message>
    <message>
        <source>The list refused to answer about %1 (%2: %3), so this says nothing about it.</source>
        <translation>La lista se negó a responder sobre %1 (%2: %3), así que esto no indica nada sobre ella.</translation>
    </message>
    <message>
        <source>Lists refuse queries from public resolvers (8.8.8.8, 1.1.1.1, large ISPs) and over their limits. Ask through a nameserver of your own (--nameserver) or look it up on the list&apos;s page: %1</source>
        <translation>Las listas rechazan las consultas de resolutores públicos (8.8.8.8, 1.1.1.1, grandes proveedores de internet) y las que superan sus límites. Consulte a través de un servidor de nombres propio (--nameserver) o búsquela en la página de la lista: %1</translation>
    </message>
    <message>
        <source>The answer about %1 (%2) is not a blocklist code: the zone may have lapsed or be answering for everything.</source>
        <translation>La respuesta sobre %1 (%2) no es un código de lista de bloqueo: puede que la zona haya caducado o que responda a todo.</translation>
    </message>
    <message>
        <source>No verdict about %1: the list&apos;s nameservers did not answer (%2).</source>
        <translation>Sin veredicto sobre %1: los servidores de nombres de la lista no respondieron (%2).</translation>
    </message>
    <message>
        <source>Try again later; the other lists are not affected.</source>
        <translation>Inténtelo de nuevo más tarde; las demás listas no se ven afectadas.</translation>
    </message>
    <message>
        <source>Blocklists not asked</source>
        <translation>Listas de bloqueo no consultadas</translation>
    </message>
    <message>
        <source>Not asked because they have closed, need a personal key or list innocent neighbours on purpose: %1. A listing there means nothing today.</source>
        <translation>No se consultaron porque han cerrado, necesitan una clave personal o incluyen a propósito a vecinos inocentes: %1. Figurar en ellas no significa nada hoy en día.</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Relé abierto</translation>
    </message>
    <message>
        <source>An open relay is found by spammers within hours, and then every blocklist lists the server. Postfix: keep &quot;smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination&quot; and make mynetworks list only your own networks (never 0.0.0.0/0); relay_domains only the domains you really receive for. Exim: relay_from_hosts only your own networks, and in the RCPT ACL keep &quot;require verify = recipient&quot; / deny what is not in relay_to_domains unless authenticated. Then run this test again.</source>
        <translation>Los spammers encuentran un relé abierto en cuestión de horas, y después todas las listas de bloqueo incluyen el servidor. Postfix: mantenga &quot;smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination&quot; y haga que mynetworks incluya solo sus propias redes (nunca 0.0.0.0/0); relay_domains, solo los dominios para los que realmente recibe correo. Exim: relay_from_hosts, solo sus propias redes, y en la ACL de RCPT mantenga &quot;require verify = recipient&quot; / deniegue lo que no esté en relay_to_domains salvo que esté autenticado. Después vuelva a ejecutar esta prueba.</translation>
    </message>
    <message>
        <source>The relay test could not be done: %1</source>
        <translation>No se pudo realizar la prueba de relé: %1</translation>
    </message>
    <message>
        <source>the server did not greet.</source>
        <translation>el servidor no saludó.</translation>
    </message>
    <message>
        <source>The server answered MAIL FROM:&lt;%1&gt; with %2 (try again later), so this run cannot tell whether it relays.</source>
        <translation>El servidor respondió a MAIL FROM:&lt;%1&gt; con %2 (inténtelo de nuevo más tarde), así que esta ejecución no puede determinar si hace de relé.</translation>
    </message>
    <message>
        <source>Relay refused: the server refused the outside sender %1 without sign-in (%2).</source>
        <translation>Relé rechazado: el servidor rechazó al remitente externo %1 sin inicio de sesión (%2).</translation>
    </message>
    <message>
        <source>Open relay: the server accepts mail for other domains from anyone. Without sign-in it took MAIL FROM:&lt;%1&gt; and RCPT TO:&lt;%2&gt; (%3). No message was sent: the test stopped there with RSET.</source>
        <translation>Relé abierto: el servidor acepta de cualquiera correo para otros dominios. Sin inicio de sesión aceptó MAIL FROM:&lt;%1&gt; y RCPT TO:&lt;%2&gt; (%3). No se envió ningún mensaje: la prueba se detuvo ahí con RSET.</translation>
    </message>
    <message>
        <source>The server answered RCPT TO:&lt;%1&gt; with %2, a temporary refusal (greylisting or a limit): this run cannot tell whether it relays. Try again in a few minutes.</source>
        <translation>El servidor respondió a RCPT TO:&lt;%1&gt; con %2, un rechazo temporal (greylisting o un límite): esta ejecución no puede determinar si hace de relé. Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Relay refused: without sign-in the server does not take mail for %1 (%2).</source>
        <translation>Relé rechazado: sin inicio de sesión, el servidor no acepta correo para %1 (%2).</translation>
    </message>
    <message>
        <source>No problem found with %1:%2.</source>
        <translation>No se encontró ningún problema en %1:%2.</translation>
    </message>
    <message>
        <source>Checks of %1:%2 that failed or could not be done: %3.</source>
        <translation>Comprobaciones de %1:%2 que fallaron o no se pudieron realizar: %3.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::ServerPanel</name>
    <message>
        <source>Test whether it relays mail for anyone (no message is sent)</source>
        <translation>Probar si hace de relé para cualquiera (no se envía ningún mensaje)</translation>
    </message>
    <message>
        <source>optional, when it differs from what the name resolves to</source>
        <translation>opcional, cuando difiere de la dirección a la que se resuelve el nombre</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Lo que se encontró</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>“%1” no es una dirección IP.</translation>
    </message>
    <message>
        <source>The relay test needs an outside sender and recipient, two addresses at domains this server does not receive mail for.</source>
        <translation>La prueba de relé necesita un remitente y un destinatario externos: dos direcciones en dominios para los que este servidor no recibe correo.</translation>
    </message>
    <message>
        <source>Checking %1 …</source>
        <translation>Comprobando %1 …</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>No problem found with %1.</source>
        <translation>No se encontró ningún problema en %1.</translation>
    </message>
    <message>
        <source>Checks that failed or could not be done: %1.</source>
        <translation>Comprobaciones que fallaron o no se pudieron realizar: %1.</translation>
    </message>
    <message>
        <source>Chec&amp;k server</source>
        <translation>Comprobar &amp;servidor</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Public address:</source>
        <translation>Dirección pública:</translation>
    </message>
    <message>
        <source>Outside sender:</source>
        <translation>Remitente externo:</translation>
    </message>
    <message>
        <source>Outside recipient:</source>
        <translation>Destinatario externo:</translation>
    </message>
    <message>
        <source>Open relay test</source>
        <translation>Prueba de relé abierto</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>Outside sender</source>
        <translation>Remitente externo</translation>
    </message>
    <message>
        <source>Outside recipient</source>
        <translation>Destinatario externo</translation>
    </message>
    <message>
        <source>Server checks</source>
        <translation>Comprobaciones del servidor</translation>
    </message>
    <message>
        <source>The mail server to check, for example mail.example.com.</source>
        <translation>El servidor de correo que comprobar, por ejemplo mail.example.com.</translation>
    </message>
    <message>
        <source>The port to check, usually 25.</source>
        <translation>El puerto que comprobar, normalmente 25.</translation>
    </message>
    <message>
        <source>The server&apos;s public IP address, only when it differs from what the name resolves to.</source>
        <translation>La dirección IP pública del servidor, solo si es distinta de la que resuelve el nombre.</translation>
    </message>
    <message>
        <source>Also tries to send from one outside address to another through the server.</source>
        <translation>Intenta además enviar a través del servidor de una dirección externa a otra.</translation>
    </message>
    <message>
        <source>A sender address outside your domain, for example test@example.org.</source>
        <translation>Una dirección de remitente externa a su dominio, por ejemplo test@example.org.</translation>
    </message>
    <message>
        <source>A recipient address outside your domain, for example test@example.net.</source>
        <translation>Una dirección de destinatario externa a su dominio, por ejemplo test@example.net.</translation>
    </message>
    <message>
        <source>Checks the server as others see it: reverse DNS, blocklists and its greeting.</source>
        <translation>Comprueba el servidor tal como lo ven los demás: DNS inverso, listas de bloqueo y su saludo.</translation>
    </message>
    <message>
        <source>The results of the server check, one row each.</source>
        <translation>Los resultados de la comprobación del servidor, una fila por comprobación.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SessionPanel</name>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Connects, secures and signs in, then stops: nothing is sent.</source>
        <translation>Se conecta, protege la conexión e inicia sesión, y después se detiene: no se envía nada.</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Enviar mensaje de prueba</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Practice server</source>
        <translation>Servidor de práctica</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Probar la &amp;conexión</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>E&amp;nviar mensaje de prueba</translation>
    </message>
    <message>
        <source>Session, practice server and history</source>
        <translation>Sesión, servidor de práctica e historial</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Check that it arrived</source>
        <translation>Comprobar la llegada</translation>
    </message>
    <message>
        <source>After the message is accepted, look for it in the mailbox (IMAP, read-only, with the same sign-in) and show whether it reached the inbox or the spam folder, and how the receiver judged it.</source>
        <translation>Una vez aceptado el mensaje, buscarlo en el buzón (IMAP, solo lectura, con el mismo inicio de sesión) y mostrar si llegó a la bandeja de entrada o a la carpeta de correo no deseado, y cómo lo valoró el receptor.</translation>
    </message>
    <message>
        <source>Changes the setting the verdict names; run the test again afterwards.</source>
        <translation>Cambia el ajuste que indica el veredicto; después vuelva a ejecutar la prueba.</translation>
    </message>
    <message>
        <source>Fix the setting</source>
        <translation>Corregir el ajuste</translation>
    </message>
    <message>
        <source>Sends the test message with these settings and shows each step.</source>
        <translation>Envía el mensaje de prueba con esta configuración y muestra cada paso.</translation>
    </message>
    <message>
        <source>Stops the test that is running.</source>
        <translation>Detiene la prueba en curso.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SettingsForm</name>
    <message>
        <source>Choose a provider…</source>
        <translation>Elija un proveedor…</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>Configuración &amp;predefinida:</translation>
    </message>
    <message>
        <source>Provider hints</source>
        <translation>Consejos del proveedor</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS desde el principio (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>None: unencrypted (local relays only)</source>
        <translation>Ninguna: sin cifrar (solo servidores de retransmisión locales)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>Automatic (the strongest offered)</source>
        <translation>Automático (el más seguro que se ofrezca)</translation>
    </message>
    <message>
        <source>XOAUTH2 (OAuth token)</source>
        <translation>XOAUTH2 (token de OAuth)</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Sin inicio de sesión</translation>
    </message>
    <message>
        <source>AUTH &amp;mechanism:</source>
        <translation>&amp;Mecanismo AUTH:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@example.com</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>friend@example.com, another@example.com</source>
        <translation>amigo@example.com, otro@example.com</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>P&amp;ara:</translation>
    </message>
    <message>
        <source>Sendcheck test message</source>
        <translation>Mensaje de prueba de Sendcheck</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Asunt&amp;o:</translation>
    </message>
    <message>
        <source>This is a test message from Sendcheck.</source>
        <translation>Este es un mensaje de prueba de Sendcheck.</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>M&amp;ensaje:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Añadir adjunto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Opciones avan&amp;zadas</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <source>(this computer&apos;s name)</source>
        <translation>(el nombre de este equipo)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Standard (%1 min per reply)</source>
        <translation>Estándar (%1 min por respuesta)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Elegir un archivo de CA</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificados de CA (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>⚠ Your user name and password will cross the network readable by anyone on the way. Only for a server on this computer or a lab network.</source>
        <translation>⚠ Su nombre de usuario y su contraseña cruzarán la red de forma legible para cualquiera que esté en el camino. Solo para un servidor en este equipo o en una red de laboratorio.</translation>
    </message>
    <message>
        <source>%1 needs an app password, not your account password.</source>
        <translation>%1 necesita una contraseña de aplicación, no la contraseña de su cuenta.</translation>
    </message>
    <message>
        <source>%1 uses a key or credentials made for SMTP as the password.</source>
        <translation>%1 usa como contraseña una clave o unas credenciales creadas para SMTP.</translation>
    </message>
    <message>
        <source>How to:</source>
        <translation>Cómo hacerlo:</translation>
    </message>
    <message>
        <source>S&amp;ign in with:</source>
        <translation>Iniciar sesión co&amp;n:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>%1 account (OAuth)</source>
        <translation>Cuenta de %1 (OAuth)</translation>
    </message>
    <message>
        <source>OAUTHBEARER (OAuth token)</source>
        <translation>OAUTHBEARER (token de OAuth)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints you chose to trust for this server and port, one per line</source>
        <translation>Huellas digitales SHA-256 en las que eligió confiar para este servidor y puerto, una por línea</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Nombre EHLO:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Tiempo de espera:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo de CA:</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>Certificados de confianza:</translation>
    </message>
    <message>
        <source>Allow sign-in without encryption</source>
        <translation>Permitir el inicio de sesión sin cifrado</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>Standard waits %1 s to connect, %2 s for the TLS handshake, %3 min for the greeting and each reply, and %4 min for the answer to the message. A number of seconds here caps every one of these waits.</source>
        <translation>Estándar espera %1 s para conectar, %2 s para la negociación TLS, %3 min para el saludo y cada respuesta, y %4 min para la respuesta al mensaje. Un número de segundos aquí limita cada una de estas esperas.</translation>
    </message>
    <message>
        <source>The subject line of the test message.</source>
        <translation>La línea de asunto del mensaje de prueba.</translation>
    </message>
    <message>
        <source>The text of the test message.</source>
        <translation>El texto del mensaje de prueba.</translation>
    </message>
    <message>
        <source>Files sent with the test message.</source>
        <translation>Los archivos que se envían con el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Chooses a file to send with the test message.</source>
        <translation>Elige un archivo para enviarlo con el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Removes the selected file from the test message.</source>
        <translation>Quita el archivo seleccionado del mensaje de prueba.</translation>
    </message>
    <message>
        <source>Fills in the server settings of a known provider.</source>
        <translation>Rellena la configuración del servidor de un proveedor conocido.</translation>
    </message>
    <message>
        <source>The outgoing mail server, for example smtp.example.com.</source>
        <translation>El servidor de correo saliente, por ejemplo smtp.example.com.</translation>
    </message>
    <message>
        <source>The server&apos;s port, usually 587 for STARTTLS or 465 for TLS from the start.</source>
        <translation>El puerto del servidor, normalmente 587 para STARTTLS o 465 para TLS desde el principio.</translation>
    </message>
    <message>
        <source>How the connection is encrypted: STARTTLS, TLS from the start, or none.</source>
        <translation>Cómo se cifra la conexión: STARTTLS, TLS desde el principio o sin cifrado.</translation>
    </message>
    <message>
        <source>How the user name and password are sent when signing in; Automatic suits most servers.</source>
        <translation>Cómo se envían el nombre de usuario y la contraseña al iniciar sesión; Automático sirve para la mayoría de los servidores.</translation>
    </message>
    <message>
        <source>Whether to sign in with a password or with the provider&apos;s OAuth sign-in.</source>
        <translation>Si se inicia sesión con una contraseña o con el inicio de sesión OAuth del proveedor.</translation>
    </message>
    <message>
        <source>The name you sign in with, often your e-mail address.</source>
        <translation>El nombre con el que inicia sesión, a menudo su dirección de correo.</translation>
    </message>
    <message>
        <source>The sender address of the test message, for example you@example.com.</source>
        <translation>La dirección de remitente del mensaje de prueba, por ejemplo you@example.com.</translation>
    </message>
    <message>
        <source>Who receives the test message; separate several addresses with commas.</source>
        <translation>Quién recibe el mensaje de prueba; separe varias direcciones con comas.</translation>
    </message>
    <message>
        <source>Shows or hides the advanced settings.</source>
        <translation>Muestra u oculta la configuración avanzada.</translation>
    </message>
    <message>
        <source>The name this computer gives the server in EHLO; leave it empty for this computer&apos;s name.</source>
        <translation>El nombre que este equipo da al servidor en EHLO; déjelo vacío para usar el nombre de este equipo.</translation>
    </message>
    <message>
        <source>Chooses a file of CA certificates to trust.</source>
        <translation>Elige un archivo de certificados de CA en los que confiar.</translation>
    </message>
    <message>
        <source>A file of extra CA certificates to trust, for example company-ca.pem.</source>
        <translation>Un archivo de certificados de CA adicionales en los que confiar, por ejemplo company-ca.pem.</translation>
    </message>
    <message>
        <source>Lets the password be sent over an unencrypted connection; for local relays only.</source>
        <translation>Permite enviar la contraseña por una conexión sin cifrar; solo para relés locales.</translation>
    </message>
    <message>
        <source>Check that it arrived</source>
        <translation>Comprobar la llegada</translation>
    </message>
    <message>
        <source>Check that each test message arrived</source>
        <translation>Comprobar la llegada de cada mensaje de prueba</translation>
    </message>
    <message>
        <source>Reads each test message back from this mailbox over IMAP (read-only); with an OAuth sign-in, the sign-in also asks for mailbox access.</source>
        <translation>Relee cada mensaje de prueba desde este buzón por IMAP (solo lectura); con un inicio de sesión OAuth, el inicio de sesión pide también acceso al buzón.</translation>
    </message>
    <message>
        <source>Read-back mailbox:</source>
        <translation>Buzón de relectura:</translation>
    </message>
    <message>
        <source>Mailbox server (IMAP)</source>
        <translation>Servidor del buzón (IMAP)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Mailbox port</source>
        <translation>Puerto del buzón</translation>
    </message>
    <message>
        <source>auto: the preset&apos;s port, else 993 (143 with STARTTLS).</source>
        <translation>auto: el puerto del preajuste; si no, 993 (143 con STARTTLS).</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Mailbox encryption</source>
        <translation>Cifrado del buzón</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>Servidor IMAP:</translation>
    </message>
    <message>
        <source>(the user above, same password)</source>
        <translation>(el usuario de arriba, la misma contraseña)</translation>
    </message>
    <message>
        <source>Mailbox user</source>
        <translation>Usuario del buzón</translation>
    </message>
    <message>
        <source>IMAP user:</source>
        <translation>Usuario IMAP:</translation>
    </message>
    <message>
        <source>(the SMTP server)</source>
        <translation>(el servidor SMTP)</translation>
    </message>
    <message>
        <source>The server the test message is read back from, such as imap.example.com. Empty: the preset&apos;s, else the sending server.</source>
        <translation>El servidor del que se vuelve a leer el mensaje de prueba, por ejemplo imap.example.com. Vacío: el del ajuste predefinido, si no, el servidor de envío.</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS desde el principio</translation>
    </message>
    <message>
        <source>How the mailbox connection is encrypted: TLS from the start (port 993) or STARTTLS (port 143); auto follows the port.</source>
        <translation>Cómo se cifra la conexión con el buzón: TLS desde el principio (puerto 993) o STARTTLS (puerto 143); «auto» sigue el puerto.</translation>
    </message>
    <message>
        <source>IMAP port:</source>
        <translation>Puerto IMAP:</translation>
    </message>
    <message>
        <source>Leave it empty to read with the sending account. Another account signs in with its own password, typed in the box below and kept in your system keychain.</source>
        <translation>Déjelo vacío para leer con la cuenta que envía. Otra cuenta inicia sesión con su propia contraseña, escrita en el campo de abajo y guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>IMAP password:</source>
        <translation>Contraseña IMAP:</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SmtpProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>The server did not answer %1 within %2 seconds.</source>
        <translation>El servidor no respondió a %1 en %2 segundos.</translation>
    </message>
    <message>
        <source>There is no address to connect to.</source>
        <translation>No hay ninguna dirección con la que conectarse.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3.</source>
        <translation>No se pudo conectar con %1 puerto %2: %3.</translation>
    </message>
    <message>
        <source>The connection broke while waiting for %1: %2</source>
        <translation>La conexión se interrumpió mientras se esperaba %1: %2</translation>
    </message>
    <message>
        <source>The server sent a line longer than SMTP allows.</source>
        <translation>El servidor envió una línea más larga de lo que permite SMTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not SMTP: %1</source>
        <translation>La respuesta del servidor no es SMTP: %1</translation>
    </message>
    <message>
        <source>The server greeted with %1 instead of 220: it does not take mail now.</source>
        <translation>El servidor saludó con %1 en lugar de 220: ahora no acepta correo.</translation>
    </message>
    <message>
        <source>The server refused EHLO and HELO: %1</source>
        <translation>El servidor rechazó EHLO y HELO: %1</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la conexión</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>el saludo</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SmtpSession</name>
    <message>
        <source>No server name was given.</source>
        <translation>No se indicó ningún nombre de servidor.</translation>
    </message>
    <message>
        <source>The EHLO name must be one word without spaces or line breaks.</source>
        <translation>El nombre EHLO debe ser una sola palabra, sin espacios ni saltos de línea.</translation>
    </message>
    <message>
        <source>No certificate could be read from the CA file %1.</source>
        <translation>No se pudo leer ningún certificado del archivo de CA %1.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>Conectando con %1, puerto %2 (%3)</translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation>TLS desde el primer byte</translation>
    </message>
    <message>
        <source>plain, then STARTTLS</source>
        <translation>sin cifrar y después STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>Conectado con %1, puerto %2</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problema con el certificado: %1</translation>
    </message>
    <message>
        <source>The certificate does not verify, but its SHA-256 fingerprint matches one you chose to trust for this server; continuing.</source>
        <translation>El certificado no se puede verificar, pero su huella digital SHA-256 coincide con una en la que eligió confiar para este servidor; se continúa.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2</source>
        <translation>TLS establecido: %1, cifrado %2</translation>
    </message>
    <message>
        <source>Certificate %1: %2, issued by %3, valid %4 to %5, SHA-256 %6</source>
        <translation>Certificado %1: %2, emitido por %3, válido del %4 al %5, SHA-256 %6</translation>
    </message>
    <message>
        <source>Certificate verified for %1</source>
        <translation>Certificado verificado para %1</translation>
    </message>
    <message>
        <source>Certificate NOT verified; accepted only because it is pinned</source>
        <translation>Certificado NO verificado; aceptado solo porque está fijado</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Conexión cerrada</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>No connection within %1 seconds.</source>
        <translation>No hubo conexión en %1 segundos.</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 seconds.</source>
        <translation>El protocolo de enlace TLS no terminó en %1 segundos.</translation>
    </message>
    <message>
        <source>The server did not take message data for %1 seconds.</source>
        <translation>El servidor no aceptó los datos del mensaje durante %1 segundos.</translation>
    </message>
    <message>
        <source>No complete answer from the server within %1 seconds.</source>
        <translation>No hubo respuesta completa del servidor en %1 segundos.</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>El servidor envió una línea de más de %1 bytes.</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>El servidor envió una respuesta que nadie había pedido: %1</translation>
    </message>
    <message>
        <source>The server sent more than %1 bytes without a line end.</source>
        <translation>El servidor envió más de %1 bytes sin fin de línea.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>The server does not understand EHLO; trying HELO (no extensions, no sign-in).</source>
        <translation>El servidor no entiende EHLO; se prueba HELO (sin extensiones ni inicio de sesión).</translation>
    </message>
    <message>
        <source>STARTTLS is required, but the server did not offer it. Nothing more was sent.</source>
        <translation>Se requiere STARTTLS, pero el servidor no lo ofreció. No se envió nada más.</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS. That data could be an injection attack, so the connection was closed.</source>
        <translation>El servidor envió más datos justo después de aceptar STARTTLS. Esos datos podrían ser un ataque de inyección, así que se cerró la conexión.</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>Iniciando TLS</translation>
    </message>
    <message>
        <source>Signing in needs a user name and a password (or token).</source>
        <translation>Para iniciar sesión se necesita un nombre de usuario y una contraseña (o un token).</translation>
    </message>
    <message>
        <source>The user name contains a line break or NUL.</source>
        <translation>El nombre de usuario contiene un salto de línea o un NUL.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the password was not sent. Use STARTTLS or TLS, or allow sign-in without encryption for this lab server.</source>
        <translation>La conexión no está cifrada, así que no se envió la contraseña. Use STARTTLS o TLS, o permita el inicio de sesión sin cifrado para este servidor de laboratorio.</translation>
    </message>
    <message>
        <source>The server only understands HELO, which has no sign-in.</source>
        <translation>El servidor solo entiende HELO, que no tiene inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign-in was requested, but the server offers no AUTH mechanism%1.</source>
        <translation>Se solicitó iniciar sesión, pero el servidor no ofrece ningún mecanismo AUTH%1.</translation>
    </message>
    <message>
        <source> after TLS</source>
        <translation> después de TLS</translation>
    </message>
    <message>
        <source>No usable sign-in mechanism: asked for %1, the server offers %2.</source>
        <translation>No hay ningún mecanismo de inicio de sesión utilizable: se pidió %1 y el servidor ofrece %2.</translation>
    </message>
    <message>
        <source>Signing in as %1 with %2 (offered: %3)</source>
        <translation>Iniciando sesión como %1 con %2 (ofrecidos: %3)</translation>
    </message>
    <message>
        <source>Challenge decoded: %1</source>
        <translation>Desafío descodificado: %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>There is no message to send.</source>
        <translation>No hay ningún mensaje que enviar.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>El mensaje no tiene destinatario.</translation>
    </message>
    <message>
        <source>The address %1 is not valid.</source>
        <translation>La dirección %1 no es válida.</translation>
    </message>
    <message>
        <source>The message has %1 bytes; the server accepts at most %2.</source>
        <translation>El mensaje tiene %1 bytes; el servidor acepta como máximo %2.</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server&apos;s limit of %2 bytes; it was not sent.</source>
        <translation>El mensaje (%1 bytes) supera el límite del servidor de %2 bytes; no se envió.</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8 (international characters before the @), which this server does not offer.</source>
        <translation>Una dirección necesita SMTPUTF8 (caracteres internacionales antes de la @), que este servidor no ofrece.</translation>
    </message>
    <message>
        <source>Stopping after DATA was accepted: the connection is closed without sending the message, so nothing is delivered.</source>
        <translation>Se detiene tras aceptarse DATA: la conexión se cierra sin enviar el mensaje, así que no se entrega nada.</translation>
    </message>
    <message>
        <source>… message body (%1 bytes in all) …</source>
        <translation>… cuerpo del mensaje (%1 bytes en total) …</translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <translation>Falló la lectura del mensaje: %1</translation>
    </message>
    <message>
        <source>A command contained a line break or NUL and was not sent.</source>
        <translation>Un comando contenía un salto de línea o un NUL y no se envió.</translation>
    </message>
    <message>
        <source>Stopping after the %1 stage, as asked.</source>
        <translation>Se detiene después de la etapa %1, como se pidió.</translation>
    </message>
    <message>
        <source>%1 signs in with a password, but an OAuth access token was given. Choose XOAUTH2 or OAUTHBEARER (or automatic) for a token.</source>
        <translation>%1 inicia sesión con una contraseña, pero se indicó un token de acceso OAuth. Elija XOAUTH2 u OAUTHBEARER (o automático) para un token.</translation>
    </message>
    <message>
        <source>%1 signs in with an OAuth access token, but a password was given. Sign in with your provider, or choose a password method.</source>
        <translation>%1 inicia sesión con un token de acceso OAuth, pero se indicó una contraseña. Inicie sesión con su proveedor o elija un método con contraseña.</translation>
    </message>
    <message>
        <source>No greeting after %1 seconds. Checking on a second connection whether this port expects TLS from the start…</source>
        <translation>Ningún saludo tras %1 segundos. Una segunda conexión comprueba si este puerto espera TLS desde el principio…</translation>
    </message>
    <message>
        <source>This port expects TLS from the start: a second connection got a TLS handshake at once, while this one waited for a greeting in plain text.</source>
        <translation>Este puerto espera TLS desde el principio: una segunda conexión obtuvo de inmediato una negociación TLS, mientras esta esperaba un saludo sin cifrar.</translation>
    </message>
    <message>
        <source>The port did not answer a TLS handshake either. Still waiting for the greeting.</source>
        <translation>El puerto tampoco respondió a una negociación TLS. Se sigue esperando el saludo.</translation>
    </message>
    <message>
        <source>The name %1 was not found. Checking whether this computer can look up names at all…</source>
        <translation>No se encontró el nombre %1. Se comprueba si este equipo puede resolver nombres…</translation>
    </message>
    <message>
        <source>Other names resolve, so the name %1 itself does not exist.</source>
        <translation>Otros nombres se resuelven, así que es el propio nombre %1 el que no existe.</translation>
    </message>
    <message>
        <source>No name resolves here: this computer seems to be offline or has no working DNS.</source>
        <translation>Aquí no se resuelve ningún nombre: este equipo parece estar sin conexión o no tiene un DNS que funcione.</translation>
    </message>
    <message>
        <source>The message has 8-bit characters (bytes above 127, such as UTF-8 text that is not encoded as quoted-printable or base64), and this server does not offer 8BITMIME, so it may not pass them on unchanged. Nothing was sent, and the message is not changed to fit: encode it as 7-bit in the mail program, or send it through a server that offers 8BITMIME.</source>
        <translation>El mensaje contiene caracteres de 8 bits (bytes por encima de 127, como texto UTF-8 que no está codificado en quoted-printable ni en base64), y este servidor no ofrece 8BITMIME, así que puede que no los transmita sin cambios. No se ha enviado nada, y el mensaje no se modifica para adaptarlo: codifíquelo en 7 bits en el programa de correo o envíelo a través de un servidor que ofrezca 8BITMIME.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SpfEvaluator</name>
    <message>
        <source>The SPF check took longer than %1 s (DNS too slow or not answering).</source>
        <translation>La comprobación SPF tardó más de %1 s (el DNS es demasiado lento o no responde).</translation>
    </message>
    <message>
        <source>The record needs %1 DNS lookups; receivers stop at %2 and treat it as a permanent error.</source>
        <translation>El registro necesita %1 consultas DNS; los receptores se detienen en %2 y lo tratan como un error permanente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name that can have an SPF record.</source>
        <translation>&apos;%1&apos; no es un nombre de dominio que pueda tener un registro SPF.</translation>
    </message>
    <message>
        <source>%1 has no SPF record.</source>
        <translation>%1 no tiene registro SPF.</translation>
    </message>
    <message>
        <source>%1 has %2 SPF records; there must be exactly one.</source>
        <translation>%1 tiene %2 registros SPF; debe haber exactamente uno.</translation>
    </message>
    <message>
        <source>Syntax error at character %1: %2</source>
        <translation>Error de sintaxis en el carácter %1: %2</translation>
    </message>
    <message>
        <source>More than %1 DNS lookups (include, a, mx, ptr, exists, redirect): receivers stop here and treat the record as a permanent error.</source>
        <translation>Más de %1 consultas DNS (include, a, mx, ptr, exists, redirect): los receptores se detienen aquí y tratan el registro como un error permanente.</translation>
    </message>
    <message>
        <source>More than %1 lookups found no record (void lookups): receivers treat this as a permanent error.</source>
        <translation>Más de %1 consultas no encontraron ningún registro (consultas vacías): los receptores lo tratan como un error permanente.</translation>
    </message>
    <message>
        <source>%1 has %2 MX hosts; the mx mechanism may look at no more than 10.</source>
        <translation>%1 tiene %2 hosts MX; el mecanismo mx no puede examinar más de 10.</translation>
    </message>
    <message>
        <source>Include loop: %1 includes itself through %2.</source>
        <translation>Bucle de include: %1 se incluye a sí mismo a través de %2.</translation>
    </message>
    <message>
        <source>include:%1 has no SPF record: receivers treat this as a permanent error.</source>
        <translation>include:%1 no tiene registro SPF: los receptores lo tratan como un error permanente.</translation>
    </message>
    <message>
        <source>In include:%1: %2</source>
        <translation>En include:%1: %2</translation>
    </message>
    <message>
        <source>Redirect loop: %1 leads back to itself.</source>
        <translation>Bucle de redirect: %1 lleva de vuelta a sí mismo.</translation>
    </message>
    <message>
        <source>redirect=%1 has no SPF record: receivers treat this as a permanent error.</source>
        <translation>redirect=%1 no tiene registro SPF: los receptores lo tratan como un error permanente.</translation>
    </message>
    <message>
        <source>DNS lookup failed: %1</source>
        <translation>Falló la consulta DNS: %1</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SpfMacro</name>
    <message>
        <source>only ASCII characters are allowed</source>
        <translation>solo se permiten caracteres ASCII</translation>
    </message>
    <message>
        <source>a control character or space where none may be</source>
        <translation>un carácter de control o un espacio donde no puede haberlo</translation>
    </message>
    <message>
        <source>&apos;%&apos; at the end: write %% for a percent sign</source>
        <translation>&apos;%&apos; al final: escriba %% para un signo de porcentaje</translation>
    </message>
    <message>
        <source>&apos;%&apos; must be followed by {, %, _ or -</source>
        <translation>&apos;%&apos; debe ir seguido de {, %, _ o -</translation>
    </message>
    <message>
        <source>a macro %{ without its closing }</source>
        <translation>una macro %{ sin su } de cierre</translation>
    </message>
    <message>
        <source>unknown macro letter</source>
        <translation>letra de macro desconocida</translation>
    </message>
    <message>
        <source>the number of parts in a macro must not be 0</source>
        <translation>el número de partes de una macro no puede ser 0</translation>
    </message>
    <message>
        <source>invalid macro transformer or delimiter</source>
        <translation>transformador o delimitador de macro no válido</translation>
    </message>
</context>
<context>
    <name>Sendcheck::SpfRecord</name>
    <message>
        <source>The record contains a character that is not ASCII.</source>
        <translation>El registro contiene un carácter que no es ASCII.</translation>
    </message>
    <message>
        <source>The record does not start with v=spf1.</source>
        <translation>El registro no empieza por v=spf1.</translation>
    </message>
    <message>
        <source>Modifier %1: %2.</source>
        <translation>Modificador %1: %2.</translation>
    </message>
    <message>
        <source>%1= needs a domain name, not &apos;%2&apos;.</source>
        <translation>%1= necesita un nombre de dominio, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1= appears more than once.</source>
        <translation>%1= aparece más de una vez.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid domain name.</source>
        <translation>%1: &apos;%2&apos; no es un nombre de dominio válido.</translation>
    </message>
    <message>
        <source>&apos;all&apos; takes no argument: %1.</source>
        <translation>&apos;all&apos; no admite argumentos: %1.</translation>
    </message>
    <message>
        <source>%1 needs a domain: %1:example.com.</source>
        <translation>%1 necesita un dominio: %1:example.com.</translation>
    </message>
    <message>
        <source>&apos;ptr&apos; takes no prefix length: %1.</source>
        <translation>&apos;ptr&apos; no admite longitud de prefijo: %1.</translation>
    </message>
    <message>
        <source>%1: invalid prefix length.</source>
        <translation>%1: longitud de prefijo no válida.</translation>
    </message>
    <message>
        <source>%1: an IPv4 prefix length is 0 to 32.</source>
        <translation>%1: la longitud de un prefijo IPv4 va de 0 a 32.</translation>
    </message>
    <message>
        <source>%1: an IPv6 prefix length is 0 to 128.</source>
        <translation>%1: la longitud de un prefijo IPv6 va de 0 a 128.</translation>
    </message>
    <message>
        <source>%1 needs an address: %2.</source>
        <translation>%1 necesita una dirección: %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an %3 address.</source>
        <translation>%1: &apos;%2&apos; no es una dirección %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mechanism or modifier.</source>
        <translation>&apos;%1&apos; no es un mecanismo ni un modificador.</translation>
    </message>
    <message>
        <source>Unknown mechanism &apos;%1&apos;.</source>
        <translation>Mecanismo desconocido &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::StageStrip</name>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
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
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>detenido por usted</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TagValueList</name>
    <message>
        <source>&apos;%1&apos; is not tag=value.</source>
        <translation>&apos;%1&apos; no tiene la forma etiqueta=valor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name.</source>
        <translation>&apos;%1&apos; no es un nombre de etiqueta válido.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TestSend</name>
    <message>
        <source>Which server?</source>
        <translation>¿Qué servidor?</translation>
    </message>
    <message>
        <source>Choose a preset or type the server&apos;s name first.</source>
        <translation>Elija primero una configuración predefinida o escriba el nombre del servidor.</translation>
    </message>
    <message>
        <source>The From address is not usable</source>
        <translation>La dirección De no se puede usar</translation>
    </message>
    <message>
        <source>Type the sender&apos;s address.</source>
        <translation>Escriba la dirección del remitente.</translation>
    </message>
    <message>
        <source>A To address is not usable</source>
        <translation>Una dirección Para no se puede usar</translation>
    </message>
    <message>
        <source>Who should get the test message?</source>
        <translation>¿Quién debe recibir el mensaje de prueba?</translation>
    </message>
    <message>
        <source>Type at least one address in To.</source>
        <translation>Escriba al menos una dirección en Para.</translation>
    </message>
    <message>
        <source>The test message cannot be sent</source>
        <translation>No se puede enviar el mensaje de prueba</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>No hay contraseña</translation>
    </message>
    <message>
        <source>OAuth</source>
        <translation>OAuth</translation>
    </message>
    <message>
        <source>Not signed in with %1</source>
        <translation>No ha iniciado sesión con %1</translation>
    </message>
    <message>
        <source>The sign-in with %1 has expired</source>
        <translation>El inicio de sesión con %1 ha caducado</translation>
    </message>
    <message>
        <source>The sign-in with %1 is not set up</source>
        <translation>El inicio de sesión con %1 no está configurado</translation>
    </message>
    <message>
        <source>The system keychain did not give the sign-in</source>
        <translation>El llavero del sistema no entregó el inicio de sesión</translation>
    </message>
    <message>
        <source>The sign-in with %1 could not be renewed</source>
        <translation>No se pudo renovar el inicio de sesión con %1</translation>
    </message>
    <message>
        <source>Check the internet connection and try again.</source>
        <translation>Compruebe la conexión a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A Cc address is not usable</source>
        <translation>Una dirección CC no se puede usar</translation>
    </message>
    <message>
        <source>No user name</source>
        <translation>No hay nombre de usuario</translation>
    </message>
    <message>
        <source>A password was given, but no user name to sign in with.</source>
        <translation>Se indicó una contraseña, pero ningún nombre de usuario con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>No password was given, and a profile that is not saved has none in the keychain.</source>
        <translation>No se indicó ninguna contraseña, y un perfil que no está guardado no tiene ninguna en el llavero.</translation>
    </message>
    <message>
        <source>No password is saved for &quot;%1&quot; (%2).</source>
        <translation>No hay ninguna contraseña guardada para &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>The CA file cannot be used</source>
        <translation>No se puede usar el archivo de CA</translation>
    </message>
    <message>
        <source>No password is saved for the mailbox %1 (another account than the one that sends), so it is read with the sending password. Save its own with: sendcheck-cli password set --imap --profile &quot;%2&quot;</source>
        <translation>No hay ninguna contraseña guardada para el buzón %1 (una cuenta distinta de la que envía), así que se lee con la contraseña de envío. Guarde la suya con: sendcheck-cli password set --imap --profile &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The password for the mailbox %1 could not be read (%2), so it is read with the sending password.</source>
        <translation>No se pudo leer la contraseña del buzón %1 (%2), así que se lee con la contraseña de envío.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TlsRptRecord</name>
    <message>
        <source>The record must start with v=TLSRPTv1.</source>
        <translation>El registro debe empezar por v=TLSRPTv1.</translation>
    </message>
    <message>
        <source>The record has no rua= (where to send the reports).</source>
        <translation>El registro no tiene rua= (adónde enviar los informes).</translation>
    </message>
    <message>
        <source>%1 is not a mail address.</source>
        <translation>%1 no es una dirección de correo.</translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation>%1 no es una dirección web.</translation>
    </message>
    <message>
        <source>%1: reports go to mailto: or https: addresses only.</source>
        <translation>%1: los informes solo van a direcciones mailto: o https:.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TlsText</name>
    <message>
        <source>Not encrypted: TLS was not used.</source>
        <translation>Sin cifrar: no se usó TLS.</translation>
    </message>
    <message>
        <source>✔ Verified: the certificate chain is trusted and matches the server name.</source>
        <translation>✔ Verificado: la cadena de certificados es de confianza y coincide con el nombre del servidor.</translation>
    </message>
    <message>
        <source>✔ Trusted by you: the certificate does not verify, but its SHA-256 fingerprint is one you chose to trust for this profile.</source>
        <translation>✔ De confianza por decisión suya: el certificado no se puede verificar, pero su huella digital SHA-256 es una en la que eligió confiar para este perfil.</translation>
    </message>
    <message>
        <source>✘ Not verified: %1</source>
        <translation>✘ No verificado: %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>todavía no es válido</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>válido ahora</translation>
    </message>
    <message>
        <source>Subject: %1
</source>
        <translation>Titular: %1
</translation>
    </message>
    <message>
        <source>Issuer: %1
</source>
        <translation>Emisor: %1
</translation>
    </message>
    <message>
        <source>Valid: %1 to %2 (%3)
</source>
        <translation>Válido: del %1 al %2 (%3)
</translation>
    </message>
    <message>
        <source>Names: %1
</source>
        <translation>Nombres: %1
</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Protocol: %1
</source>
        <translation>Protocolo: %1
</translation>
    </message>
    <message>
        <source>Cipher: %1
</source>
        <translation>Cifrado: %1
</translation>
    </message>
    <message>
        <source>Server certificate:</source>
        <translation>Certificado del servidor:</translation>
    </message>
    <message>
        <source>Certificate %1 in the chain:</source>
        <translation>Certificado %1 de la cadena:</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TrainerNarration</name>
    <message>
        <source>The session stopped here; the verdict below explains why.</source>
        <translation>La sesión se detuvo aquí; el veredicto de abajo explica por qué.</translation>
    </message>
    <message>
        <source>Done: the whole conversation, from greeting to goodbye.</source>
        <translation>Hecho: la conversación completa, del saludo a la despedida.</translation>
    </message>
    <message>
        <source>The server answered “%1”. %2</source>
        <translation>El servidor respondió “%1”. %2</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>el mensaje</translation>
    </message>
    <message>
        <source>Next, Sendcheck sends %1: %2</source>
        <translation>A continuación, Sendcheck envía %1: %2</translation>
    </message>
    <message>
        <source>Next: Sendcheck opens a connection to %1 port %2 and waits for the server&apos;s greeting (220). Each press of “Step through” then sends one command.</source>
        <translation>A continuación: Sendcheck abre una conexión con %1, puerto %2, y espera el saludo del servidor (220). Después, cada pulsación de “Paso a paso” envía un comando.</translation>
    </message>
    <message>
        <source>the message itself: its header lines, a blank line, the text, then a line with a single dot.</source>
        <translation>el mensaje en sí: sus líneas de encabezado, una línea en blanco, el texto y, por último, una línea con un solo punto.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TrainerPanel</name>
    <message>
        <source>Step through: one more step of the conversation</source>
        <translation>Paso a paso: un paso más de la conversación</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Narración</translation>
    </message>
    <message>
        <source>Larger font for projectors</source>
        <translation>Letra más grande para proyectores</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Larger font</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start again: a new stepped conversation</source>
        <translation>Empezar de nuevo: una nueva conversación paso a paso</translation>
    </message>
    <message>
        <source>Sends the next command and shows the server&apos;s reply.</source>
        <translation>Envía el siguiente comando y muestra la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Starts a new stepped conversation from the beginning.</source>
        <translation>Empieza una nueva conversación paso a paso desde el principio.</translation>
    </message>
    <message>
        <source>Makes all text in the window larger, for projectors.</source>
        <translation>Agranda todo el texto de la ventana, para proyectores.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::Transcript</name>
    <message>
        <source>&lt;secret hidden&gt;</source>
        <translation>&lt;secreto oculto&gt;</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TranscriptModel</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
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
        <translation>Error</translation>
    </message>
    <message>
        <source>Sent before TLS: anyone on the network path could read or change this line.</source>
        <translation>Enviado antes de TLS: cualquiera en el camino de red podría leer o modificar esta línea.</translation>
    </message>
    <message>
        <source>Sent inside TLS (encrypted).</source>
        <translation>Enviado dentro de TLS (cifrado).</translation>
    </message>
</context>
<context>
    <name>Sendcheck::TranscriptPanel</name>
    <message>
        <source>Search the transcript</source>
        <translation>Buscar en la transcripción</translation>
    </message>
    <message>
        <source>Show lines</source>
        <translation>Mostrar líneas</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <source>Commands and replies</source>
        <translation>Comandos y respuestas</translation>
    </message>
    <message>
        <source>Server replies</source>
        <translation>Respuestas del servidor</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Copiar la transcripción</translation>
    </message>
    <message>
        <source>Copies the selected lines (or all). Passwords were never recorded.</source>
        <translation>Copia las líneas seleccionadas (o todas). Las contraseñas nunca se registraron.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>What the selected line means</source>
        <translation>Qué significa la línea seleccionada</translation>
    </message>
    <message>
        <source>Select a line to see what it means.</source>
        <translation>Seleccione una línea para ver qué significa.</translation>
    </message>
    <message>
        <source>The selected lines were copied.</source>
        <translation>Se copiaron las líneas seleccionadas.</translation>
    </message>
    <message>
        <source>The transcript was copied.</source>
        <translation>Se copió la transcripción.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Shows where this text is in the transcript, for example AUTH.</source>
        <translation>Muestra dónde está este texto en la transcripción, por ejemplo AUTH.</translation>
    </message>
    <message>
        <source>Chooses which lines of the transcript are shown.</source>
        <translation>Elige qué líneas de la transcripción se muestran.</translation>
    </message>
    <message>
        <source>The conversation with the server, line by line: select a line to see what it means.</source>
        <translation>La conversación con el servidor, línea a línea: seleccione una línea para ver qué significa.</translation>
    </message>
</context>
<context>
    <name>Sendcheck::UnboundDnsResolver</name>
    <message>
        <source>Could not set up the DNS resolver (libunbound).</source>
        <translation>No se pudo configurar el resolvedor DNS (libunbound).</translation>
    </message>
    <message>
        <source>DNS resolver option %1 %2: %3</source>
        <translation>Opción del resolvedor DNS %1 %2: %3</translation>
    </message>
    <message>
        <source>Cannot use %1 as the nameserver: %2</source>
        <translation>No se puede usar %1 como servidor de nombres: %2</translation>
    </message>
    <message>
        <source>Bad DNSSEC trust anchor &apos;%1&apos;: %2</source>
        <translation>Ancla de confianza DNSSEC incorrecta &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot read the DNSSEC trust anchor file %1: %2</source>
        <translation>No se puede leer el archivo de anclas de confianza DNSSEC %1: %2</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>sin respuesta de %1 en %2 s</translation>
    </message>
</context>
<context>
    <name>Sendcheck::VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Press “Test connection” or “Send test message”.</source>
        <translation>Pulse “Probar conexión” o “Enviar mensaje de prueba”.</translation>
    </message>
    <message>
        <source>Stopped. Nothing more was sent.</source>
        <translation>Detenido. No se envió nada más.</translation>
    </message>
    <message>
        <source>It works: the server accepted the test message.</source>
        <translation>Funciona: el servidor aceptó el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Sent in %1 ms.</source>
        <translation>Enviado en %1 ms.</translation>
    </message>
    <message>
        <source>Look for it in the recipient&apos;s mailbox (and its spam folder): the server took responsibility for delivering it.</source>
        <translation>Búsquelo en el buzón del destinatario (y en su carpeta de correo no deseado): el servidor asumió la responsabilidad de entregarlo.</translation>
    </message>
    <message>
        <source>Connection test passed: everything up to “%1” works.</source>
        <translation>Prueba de conexión superada: todo funciona hasta “%1”.</translation>
    </message>
    <message>
        <source>No message was sent. Use “Send test message” to prove the whole way.</source>
        <translation>No se envió ningún mensaje. Use “Enviar mensaje de prueba” para comprobar todo el recorrido.</translation>
    </message>
    <message>
        <source>The server&apos;s own words:</source>
        <translation>Las palabras exactas del servidor:</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>Cifrado (TLS):</translation>
    </message>
    <message>
        <source>Failed at “%1”.</source>
        <translation>Falló en “%1”.</translation>
    </message>
    <message>
        <source>Stopped at “%1”. </source>
        <translation>Detenido en “%1”. </translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Causas probables:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>About this provider:</source>
        <translation>Sobre este proveedor:</translation>
    </message>
    <message>
        <source>The technical message:</source>
        <translation>El mensaje técnico:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Why this explanation?</source>
        <translation>¿Por qué esta explicación?</translation>
    </message>
    <message>
        <source>topic %1</source>
        <translation>tema %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Verdict details</source>
        <translation>Detalles del veredicto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>The practice server kept it: see “Received messages” on the Practice server tab.</source>
        <translation>El servidor de práctica lo guardó: consulte “Mensajes recibidos” en la pestaña Servidor de práctica.</translation>
    </message>
    <message>
        <source>What happened in the test and what to do next.</source>
        <translation>Qué pasó en la prueba y qué hacer a continuación.</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Server: %1 port %2 (%3)</source>
        <translation>Servidor: %1 puerto %2 (%3)</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Checks whether a mail server is healthy and trusted: its addresses, reverse DNS (PTR, forward-confirmed), the name in its greeting, DNS blocklists and, with --relay-test, whether it relays mail for anyone (no message is ever sent). Exits with 0 when nothing fails.</source>
        <translation>Comprueba si un servidor de correo está en buen estado y es de confianza: sus direcciones, el DNS inverso (PTR, confirmado), el nombre de su saludo, las listas de bloqueo DNS y, con --relay-test, si hace de relé para cualquiera (nunca se envía ningún mensaje). Sale con 0 cuando nada falla.</translation>
    </message>
    <message>
        <source>The mail server&apos;s host name or address (e.g. an MX host).</source>
        <translation>El nombre de host o la dirección del servidor de correo (p. ej. un host MX).</translation>
    </message>
    <message>
        <source>The SMTP port (default 25).</source>
        <translation>El puerto SMTP (predeterminado 25).</translation>
    </message>
    <message>
        <source>The server&apos;s public address, when it differs from what HOST resolves to here (NAT, split DNS): reverse DNS and blocklists are checked for it.</source>
        <translation>La dirección pública del servidor, cuando difiere de la dirección a la que se resuelve HOST aquí (NAT, DNS dividido): el DNS inverso y las listas de bloqueo se comprueban para ella.</translation>
    </message>
    <message>
        <source>Test whether the server relays for anyone: MAIL FROM --from, RCPT TO --to, then RSET and QUIT (never DATA).</source>
        <translation>Probar si el servidor hace de relé para cualquiera: MAIL FROM --from, RCPT TO --to, y luego RSET y QUIT (nunca DATA).</translation>
    </message>
    <message>
        <source>Relay test: an outside sender address.</source>
        <translation>Prueba de relé: una dirección de remitente externa.</translation>
    </message>
    <message>
        <source>Relay test: a recipient at a domain the server does not receive mail for.</source>
        <translation>Prueba de relé: un destinatario en un dominio para el que el servidor no recibe correo.</translation>
    </message>
    <message>
        <source>Ask this nameserver instead of the system&apos;s.</source>
        <translation>Consultar este servidor de nombres en lugar del del sistema.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado como JSON.</translation>
    </message>
    <message>
        <source>Also write the result as a report to FILE, in the format its name ends with: .md, .html, .json or .pdf.</source>
        <translation>Escribir también el resultado como informe en FILE, en el formato que indique la terminación de su nombre: .md, .html, .json o .pdf.</translation>
    </message>
    <message>
        <source>Do not keep this run in the history.</source>
        <translation>No guardar esta ejecución en el historial.</translation>
    </message>
    <message>
        <source>Give one server to check, e.g. sendcheck-cli server mail.example.com.</source>
        <translation>Indique un servidor que comprobar, p. ej. sendcheck-cli server mail.example.com.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port (1 to 65535).</source>
        <translation>--port: &apos;%1&apos; no es un puerto (de 1 a 65535).</translation>
    </message>
    <message>
        <source>--ip: &apos;%1&apos; is not an IP address.</source>
        <translation>--ip: &apos;%1&apos; no es una dirección IP.</translation>
    </message>
    <message>
        <source>--relay-test needs --from and --to, two mail addresses at domains the server does not receive mail for, e.g. --from test@example.org --to test@example.net.</source>
        <translation>--relay-test necesita --from y --to, dos direcciones de correo en dominios para los que el servidor no recibe correo, p. ej. --from test@example.org --to test@example.net.</translation>
    </message>
    <message>
        <source>--from and --to belong to --relay-test.</source>
        <translation>--from y --to pertenecen a --relay-test.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST or HOST:PORT (an IPv6 address in brackets: [2001:db8::53]:53).</source>
        <translation>&apos;%1&apos; no es HOST ni HOST:PUERTO (una dirección IPv6 entre corchetes: [2001:db8::53]:53).</translation>
    </message>
    <message>
        <source>Could not find the nameserver %1: %2</source>
        <translation>No se pudo encontrar el servidor de nombres %1: %2</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
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
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>TestMessage</name>
    <message>
        <source>The sender (From) address is missing.</source>
        <translation>Falta la dirección del remitente (De).</translation>
    </message>
    <message>
        <source>There is no recipient: add at least one To or Cc address.</source>
        <translation>No hay ningún destinatario: añada al menos una dirección Para o CC.</translation>
    </message>
    <message>
        <source>The subject contains a line break or NUL character; a header value must be one line.</source>
        <translation>El asunto contiene un salto de línea o un carácter NUL; el valor de un encabezado debe ocupar una sola línea.</translation>
    </message>
    <message>
        <source>The address %1 contains a line break or NUL character.</source>
        <translation>La dirección %1 contiene un salto de línea o un carácter NUL.</translation>
    </message>
    <message>
        <source>The Message-ID %1 is not of the form &lt;unique-part@domain&gt; (no spaces, line breaks or control characters).</source>
        <translation>El Message-ID %1 no tiene la forma &lt;parte-única@dominio&gt; (sin espacios, saltos de línea ni caracteres de control).</translation>
    </message>
    <message>
        <source>The date of the message is not valid.</source>
        <translation>La fecha del mensaje no es válida.</translation>
    </message>
    <message>
        <source>The attachment name %1 contains a line break or NUL character.</source>
        <translation>El nombre del adjunto %1 contiene un salto de línea o un carácter NUL.</translation>
    </message>
    <message>
        <source>The attachment %1 does not exist.</source>
        <translation>El adjunto %1 no existe.</translation>
    </message>
    <message>
        <source>The attachment %1 is not a regular file.</source>
        <translation>El adjunto %1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read (permissions).</source>
        <translation>No se puede leer el adjunto %1 (permisos).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Measure start-up, idle memory and a 100,000-line transcript, print the figures as JSON and exit.</source>
        <translation>Medir el arranque, la memoria en reposo y una transcripción de 100 000 líneas, mostrar las cifras como JSON y salir.</translation>
    </message>
    <message>
        <source>Set up and prove outgoing mail settings.</source>
        <translation>Configure y compruebe los ajustes del correo saliente.</translation>
    </message>
    <message>
        <source>Render a scene to FILE (PNG) and exit.</source>
        <translation>Representar una escena en ARCHIVO (PNG) y salir.</translation>
    </message>
    <message>
        <source>The scene for --screenshot: %1.</source>
        <translation>La escena para --screenshot: %1.</translation>
    </message>
    <message>
        <source>Keep profiles in DIR instead of the default folder.</source>
        <translation>Guardar los perfiles en CARPETA en lugar de en la carpeta predeterminada.</translation>
    </message>
    <message>
        <source>Use a dark palette.</source>
        <translation>Usar una paleta oscura.</translation>
    </message>
</context>
</TS>
