#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check a Qt Linguist .ts translation catalogue.

Usage:
    check_ts.py FILE.ts [--reference REF.ts] [--language fr_FR] [--strict] [--lrelease [PATH]]

Errors (exit status 1):
  * the file does not parse, is not <TS version="2.1">, or has no/odd language attribute
  * with --reference: the (context, source, comment, extracomment) list differs from the
    reference file's (same order), a <source> is not byte-identical to the reference, or
    the numerus="yes" flags differ
  * a translation is empty, unfinished, obsolete or vanished
  * numerus messages: wrong number of <numerusform> entries for the language
  * placeholders (%1..%99, %L1, %n, %Ln) differ from the source (as a multiset)
  * HTML tags (<b>, <a href=...>, <br>, ...; known HTML tag names only, attributes included)
    differ from the source (as a multiset)
  * the number of single "&" mnemonics (an "&" followed by a non-space character, "&&" not
    counted) or of "&&" differs from the source
Warnings (exit status 1 only with --strict):
  * leading/trailing whitespace, number of line breaks, or a trailing "…"/"..." differs
  * URLs (http://, https://, mailto:) or command-line flags (--something) of the source are
    missing from the translation

With --lrelease, also runs lrelease (default /usr/lib/qt6/bin/lrelease) on the file and
fails if it reports errors or unfinished translations.
"""

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms Qt uses per language (QLocale language prefix -> number of numerusforms).
PLURAL_FORMS = {
    'ja': 1, 'ko': 1, 'zh': 1, 'vi': 1, 'th': 1, 'id': 1, 'ms': 1, 'tr': 1,
    'en': 2, 'de': 2, 'fr': 2, 'es': 2, 'it': 2, 'pt': 2, 'nl': 2, 'sv': 2, 'da': 2,
    'nb': 2, 'nn': 2, 'no': 2, 'fi': 2, 'el': 2, 'hu': 2, 'et': 2, 'ca': 2, 'eu': 2,
    'gl': 2, 'he': 2, 'bg': 2, 'af': 2,
    'ru': 3, 'uk': 3, 'be': 3, 'pl': 3, 'cs': 3, 'sk': 3, 'hr': 3, 'sr': 3, 'bs': 3,
    'lt': 3, 'lv': 3, 'ro': 3,
    'sl': 4, 'ga': 5, 'cy': 6, 'ar': 6,
}

PLACEHOLDER_RE = re.compile(r'%L?(?:[1-9][0-9]?|n)')
HTML_TAGS = {
    'a', 'abbr', 'b', 'big', 'blockquote', 'body', 'br', 'center', 'cite', 'code', 'dd',
    'div', 'dl', 'dt', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr',
    'html', 'i', 'img', 'kbd', 'li', 'meta', 'nobr', 'ol', 'p', 'pre', 'qt', 's', 'samp',
    'small', 'span', 'strong', 'style', 'sub', 'sup', 'table', 'tbody', 'td', 'th',
    'thead', 'title', 'tr', 'tt', 'u', 'ul', 'var',
}
TAG_RE = re.compile(r'<(/?)([A-Za-z][A-Za-z0-9]*)((?:\s[^<>]*)?)(/?)>')
# Attributes of a real tag: name, name=value, name="value", name='value'; at least one "=".
ATTRS_RE = re.compile(r'''(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*''')
URL_RE = re.compile(r'(?:https?://|mailto:)[^\s<>"\')\]]*[^\s<>"\')\].,;:!?]')
FLAG_RE = re.compile(r'(?<![\w-])--[A-Za-z][A-Za-z0-9-]*')
RAW_SOURCE_RE = re.compile(rb'<source>(.*?)</source>', re.S)


def placeholders(text):
    return collections.Counter(PLACEHOLDER_RE.findall(text))


def html_tags(text):
    tags = collections.Counter()
    for close, name, attrs, selfclose in TAG_RE.findall(text):
        if attrs.strip() and ('=' not in attrs or close or not ATTRS_RE.fullmatch(attrs)):
            continue  # e.g. "<a single 0x01 byte>": text in angle brackets, not a tag
        if name.lower() in HTML_TAGS:
            attrs = ' '.join(attrs.split())
            tags['<%s%s%s%s>' % (close, name.lower(), (' ' + attrs) if attrs else '',
                                 selfclose)] += 1
    return tags


def mnemonics(text):
    """(number of single '&' mnemonics, number of '&&')"""
    doubles = text.count('&&')
    rest = text.replace('&&', '')
    singles = len(re.findall(r'&(?=\S)', rest))
    return singles, doubles


def fmt(counter):
    return ', '.join('%s×%d' % (k, v) if v > 1 else k for k, v in sorted(counter.items())) \
        or '(none)'


def read_messages(root):
    """List of dicts, one per message, in file order."""
    out = []
    for ctx in root.findall('context'):
        name_el = ctx.find('name')
        cname = name_el.text or '' if name_el is not None else ''
        for msg in ctx.findall('message'):
            src = msg.find('source')
            tr = msg.find('translation')
            com = msg.find('comment')
            xcom = msg.find('extracomment')
            out.append({
                'context': cname,
                'source': (src.text or '') if src is not None else None,
                'comment': (com.text or '') if com is not None else None,
                'extracomment': (xcom.text or '') if xcom is not None else None,
                'numerus': msg.get('numerus') == 'yes',
                'translation': tr,
            })
    return out


def label(m, idx):
    s = m['source'] or ''
    s = s.replace('\n', '\\n')
    if len(s) > 70:
        s = s[:67] + '...'
    c = (' [%s]' % m['comment']) if m['comment'] else ''
    return '#%d %s%s: "%s"' % (idx + 1, m['context'], c, s)


def check_text(src, tr, where, errors, warnings):
    if placeholders(src) != placeholders(tr):
        errors.append('%s: placeholders differ: source %s, translation %s'
                      % (where, fmt(placeholders(src)), fmt(placeholders(tr))))
    if html_tags(src) != html_tags(tr):
        errors.append('%s: HTML tags differ: source %s, translation %s'
                      % (where, fmt(html_tags(src)), fmt(html_tags(tr))))
    ms, mt = mnemonics(src), mnemonics(tr)
    if ms[0] != mt[0]:
        errors.append('%s: %d single "&" mnemonic(s) in source, %d in translation'
                      % (where, ms[0], mt[0]))
    if ms[1] != mt[1]:
        errors.append('%s: %d "&&" in source, %d in translation' % (where, ms[1], mt[1]))
    if mt[0] == 0 and re.search(r'(?<!&)&$', tr.replace('&&', '')):
        errors.append('%s: translation ends with a lone "&"' % where)

    lead_s = src[:len(src) - len(src.lstrip())]
    lead_t = tr[:len(tr) - len(tr.lstrip())]
    trail_s = src[len(src.rstrip()):]
    trail_t = tr[len(tr.rstrip()):]
    if lead_s != lead_t:
        warnings.append('%s: leading whitespace differs (%r vs %r)' % (where, lead_s, lead_t))
    if trail_s != trail_t:
        warnings.append('%s: trailing whitespace differs (%r vs %r)' % (where, trail_s, trail_t))
    if src.count('\n') != tr.count('\n'):
        warnings.append('%s: %d line break(s) in source, %d in translation'
                        % (where, src.count('\n'), tr.count('\n')))
    for end in ('…', '...'):
        if src.rstrip().endswith(end) and not tr.rstrip().endswith(end):
            warnings.append('%s: source ends with "%s", translation does not' % (where, end))
            break
    for url in set(URL_RE.findall(src)):
        if url not in tr:
            warnings.append('%s: URL %s missing from translation' % (where, url))
    for flag in set(FLAG_RE.findall(src)):
        if flag not in FLAG_RE.findall(tr):
            warnings.append('%s: command-line flag %s missing from translation' % (where, flag))


def run_lrelease(path, lrelease, errors):
    with tempfile.TemporaryDirectory() as tmp:
        qm = os.path.join(tmp, 'out.qm')
        try:
            proc = subprocess.run([lrelease, path, '-qm', qm], capture_output=True, text=True)
        except OSError as e:
            errors.append('lrelease: cannot run %s: %s' % (lrelease, e))
            return None
        out = (proc.stdout or '') + (proc.stderr or '')
        if proc.returncode != 0:
            errors.append('lrelease exited with status %d: %s' % (proc.returncode, out.strip()))
        m = re.search(r'(\d+) unfinished', out)
        if m and int(m.group(1)) != 0:
            errors.append('lrelease: %s unfinished' % m.group(1))
        for line in out.splitlines():
            if re.search(r'error|warning', line, re.I):
                errors.append('lrelease: ' + line.strip())
        return out.strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('file')
    ap.add_argument('--reference', help='a complete .ts file of the same catalogue '
                    '(e.g. translations/sendcheck_de.ts)')
    ap.add_argument('--language', help='expected language attribute, e.g. fr_FR')
    ap.add_argument('--strict', action='store_true', help='treat warnings as errors')
    ap.add_argument('--lrelease', nargs='?', const='/usr/lib/qt6/bin/lrelease',
                    help='also compile with lrelease (default path %(const)s)')
    ap.add_argument('--max', type=int, default=200, help='list at most this many problems '
                    'of each kind (default 200)')
    args = ap.parse_args()

    errors, warnings = [], []
    try:
        with open(args.file, 'rb') as f:
            raw = f.read()
        root = ET.fromstring(raw)
    except (OSError, ET.ParseError) as e:
        print('%s: does not parse: %s' % (args.file, e))
        return 2

    if root.tag != 'TS':
        errors.append('root element is <%s>, not <TS>' % root.tag)
    if root.get('version') != '2.1':
        errors.append('TS version is %r, not "2.1"' % root.get('version'))
    lang = root.get('language')
    if not lang:
        errors.append('TS has no language attribute')
    elif not re.fullmatch(r'[a-z]{2,3}(_[A-Z]{2})?', lang):
        errors.append('language attribute %r does not look like ll or ll_CC' % lang)
    if args.language and lang != args.language:
        errors.append('language is %r, expected %r' % (lang, args.language))
    m = re.search(r'_([a-z]{2,3}(?:_[A-Z]{2})?)\.ts$', os.path.basename(args.file))
    if lang and m and not lang.startswith(m.group(1).split('_')[0]):
        warnings.append('file name suggests language %r but language attribute is %r'
                        % (m.group(1), lang))
    nforms = PLURAL_FORMS.get((lang or '').split('_')[0])
    if lang and nforms is None:
        warnings.append('unknown plural form count for language %r; numerus not checked' % lang)

    msgs = read_messages(root)

    if args.reference:
        try:
            with open(args.reference, 'rb') as f:
                ref_raw = f.read()
            ref = read_messages(ET.fromstring(ref_raw))
        except (OSError, ET.ParseError) as e:
            print('reference %s: does not parse: %s' % (args.reference, e))
            return 2
        key = lambda m: (m['context'], m['source'], m['comment'], m['extracomment'])
        if [key(m) for m in msgs] != [key(m) for m in ref]:
            mine = collections.Counter(key(m) for m in msgs)
            theirs = collections.Counter(key(m) for m in ref)
            missing = theirs - mine
            extra = mine - theirs
            for k in list(missing)[:args.max]:
                errors.append('missing (in reference): %s: "%s"' % (k[0], k[1]))
            for k in list(extra)[:args.max]:
                errors.append('extra (not in reference): %s: "%s"' % (k[0], k[1]))
            if not missing and not extra:
                for i, (a, b) in enumerate(zip(msgs, ref)):
                    if key(a) != key(b):
                        errors.append('message order differs from the reference from %s '
                                      '(reference has %s)' % (label(a, i), label(b, i)))
                        break
        else:
            for i, (a, b) in enumerate(zip(msgs, ref)):
                if a['numerus'] != b['numerus']:
                    errors.append('%s: numerus="yes" differs from the reference' % label(a, i))
            rs, ts = RAW_SOURCE_RE.findall(ref_raw), RAW_SOURCE_RE.findall(raw)
            if rs != ts:
                for i, (a, b) in enumerate(zip(ts, rs)):
                    if a != b:
                        errors.append('#%d: <source> not byte-identical to the reference: %r '
                                      'vs %r' % (i + 1, a[:80], b[:80]))
                if len(rs) != len(ts):
                    errors.append('%d raw <source> elements, reference has %d'
                                  % (len(ts), len(rs)))
        # contexts in the same order
        cn = [c.findtext('name') for c in root.findall('context')]
        rn = [c.findtext('name') for c in ET.fromstring(ref_raw).findall('context')]
        if cn != rn:
            errors.append('context list differs from the reference (%d vs %d contexts)'
                          % (len(cn), len(rn)))

    unfinished = 0
    for i, m in enumerate(msgs):
        where = label(m, i)
        tr = m['translation']
        if m['source'] is None:
            errors.append('%s: message has no <source>' % where)
            continue
        if tr is None:
            errors.append('%s: message has no <translation>' % where)
            unfinished += 1
            continue
        t = tr.get('type')
        if t:
            errors.append('%s: translation has type="%s"' % (where, t))
            if t == 'unfinished':
                unfinished += 1
        if m['numerus']:
            forms = tr.findall('numerusform')
            if nforms is not None and len(forms) != nforms:
                errors.append('%s: %d numerusform(s), language %s needs %d'
                              % (where, len(forms), lang, nforms))
            if not forms:
                errors.append('%s: numerus message without <numerusform>' % where)
            for j, f in enumerate(forms):
                text = f.text or ''
                if not text.strip():
                    errors.append('%s: numerusform %d is empty' % (where, j + 1))
                    continue
                check_text(m['source'], text, '%s (form %d)' % (where, j + 1), errors, warnings)
        else:
            if tr.findall('numerusform'):
                errors.append('%s: numerusform in a message without numerus="yes"' % where)
            text = tr.text or ''
            if not text.strip():
                if t != 'unfinished':
                    errors.append('%s: empty translation' % where)
                continue
            check_text(m['source'], text, where, errors, warnings)

    lrelease_out = None
    if args.lrelease:
        lrelease_out = run_lrelease(args.file, args.lrelease, errors)

    if args.strict:
        errors, warnings = errors + warnings, []

    def show(kind, items):
        for line in items[:args.max * 5]:
            print('%s: %s' % (kind, line))
        if len(items) > args.max * 5:
            print('%s: ... and %d more' % (kind, len(items) - args.max * 5))

    show('ERROR', errors)
    show('warning', warnings)
    summary = '%s: %d messages in %d contexts, language %s; %d error(s), %d warning(s)' % (
        args.file, len(msgs), len(root.findall('context')), lang, len(errors), len(warnings))
    if lrelease_out:
        summary += '\nlrelease: ' + ' '.join(lrelease_out.split())
    print(summary)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
