<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DomainCommand</name>
    <message numerus="yes">
        <source>DNSSEC: %1 (%2 of %n answer(s) secure).</source>
        <translation>
            <numerusform>DNSSEC: %1 (%2 of %n answer secure).</numerusform>
            <numerusform>DNSSEC: %1 (%2 of %n answers secure).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageFile</name>
    <message numerus="yes">
        <source>%1 mixes line ends: %n line(s) end in CR LF, %2 in a bare LF and %3 in a bare CR. It cannot be sent unchanged; save it with one kind of line end (all CR LF, or all LF).</source>
        <translation>
            <numerusform>%1 mixes line ends: %n line ends in CR LF, %2 in a bare LF and %3 in a bare CR. It cannot be sent unchanged; save it with one kind of line end (all CR LF, or all LF).</numerusform>
            <numerusform>%1 mixes line ends: %n lines end in CR LF, %2 in a bare LF and %3 in a bare CR. It cannot be sent unchanged; save it with one kind of line end (all CR LF, or all LF).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message numerus="yes">
        <source>%n message(s) over %1 in %2 s: %3 accepted, %4 deferred (4xx), %5 rejected (5xx), %6 not sent; %7 messages per second</source>
        <translation>
            <numerusform>%n message over %1 in %2 s: %3 accepted, %4 deferred (4xx), %5 rejected (5xx), %6 not sent; %7 messages per second</numerusform>
            <numerusform>%n messages over %1 in %2 s: %3 accepted, %4 deferred (4xx), %5 rejected (5xx), %6 not sent; %7 messages per second</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::DnsAnswer</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::DomainReport</name>
    <message numerus="yes">
        <source>%1: %n check(s) fail (%2)</source>
        <translation>
            <numerusform>%1: %n check fails (%2)</numerusform>
            <numerusform>%1: %n checks fail (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing fails, %n warning(s)</source>
        <translation>
            <numerusform>%1: nothing fails, %n warning</numerusform>
            <numerusform>%1: nothing fails, %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::ImapSession</name>
    <message numerus="yes">
        <source>[literal data not shown: %n bytes]</source>
        <translation>
            <numerusform>[literal data not shown: %n byte]</numerusform>
            <numerusform>[literal data not shown: %n bytes]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::PortProbeDialog</name>
    <message numerus="yes">
        <source>Trying %n settings of %1 at once, without a password (at most %2 s each). Only EHLO, STARTTLS and QUIT are sent.</source>
        <translation>
            <numerusform>Trying %n setting of %1, without a password (at most %2 s). Only EHLO, STARTTLS and QUIT are sent.</numerusform>
            <numerusform>Trying %n settings of %1 at once, without a password (at most %2 s each). Only EHLO, STARTTLS and QUIT are sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::PracticePanel</name>
    <message numerus="yes">
        <source>Your own scenario from %1: %n rule(s), each making its stage fail.</source>
        <translation>
            <numerusform>Your own scenario from %1: %n rule, making its stage fail.</numerusform>
            <numerusform>Your own scenario from %1: %n rules, each making its stage fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReadBackResult</name>
    <message numerus="yes">
        <source>The test message (Message-ID %1) did not arrive in the mailbox within %n seconds: not in the inbox, not in the junk folder, not in any other folder.</source>
        <translation>
            <numerusform>The test message (Message-ID %1) did not arrive in the mailbox within %n second: not in the inbox, not in the junk folder, not in any other folder.</numerusform>
            <numerusform>The test message (Message-ID %1) did not arrive in the mailbox within %n seconds: not in the inbox, not in the junk folder, not in any other folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unencrypted hops: %1.</source>
        <translation>
            <numerusform>Unencrypted hop: %1.</numerusform>
            <numerusform>Unencrypted hops: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hops say they used TLS; the others do not say.</source>
        <translation>
            <numerusform>%1 of %n hop says it used TLS; the other does not say.</numerusform>
            <numerusform>%1 of %n hops say they used TLS; the others do not say.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::ReportOutline</name>
    <message numerus="yes">
        <source>%1 of %n answer(s) validated, the rest unsigned</source>
        <translation>
            <numerusform>%1 of %n answer validated, the rest unsigned</numerusform>
            <numerusform>%1 of %n answers validated, the rest unsigned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sendcheck::ServerCheck</name>
    <message numerus="yes">
        <source>%1 has the address(es) %2.</source>
        <translation>
            <numerusform>%1 has the address %2.</numerusform>
            <numerusform>%1 has the addresses %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
