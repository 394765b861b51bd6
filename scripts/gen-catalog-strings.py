#!/usr/bin/env python3
"""Generate core/catalog/catalogstrings.cpp from resources/catalog/mailers.json.

The mailer catalog is data, so Qt's lupdate cannot see the user-visible strings
in it. This script collects them and writes a C++ file that lists each one in a
QT_TRANSLATE_NOOP("Catalog", ...) entry. At run time the catalog code translates
a catalog string with QCoreApplication::translate("Catalog", text).

Translatable strings (in order of first appearance, without duplicates):
  mailer name, summary, freeTier, keyHint; fields[].label, .help, .placeholder,
  fields[].choices[].label; dns.dkim, dns.notes, dns.returnPath; smtp.login.note.text,
  oauth.appPasswordNote, oauth.signOut.detail / .step, oauth.advice.*[];
  then from resources/catalog/mailboxes.json: mailboxes[].imap.note, mailboxes[].note;
  then from resources/catalog/hosting.json: hosts[].note;
  then from resources/catalog/acceptance.json: facts.*.noEvidence / .noEvidenceApi,
  rules.*.title, providers[].audiences.*.

URL templates in the catalog use {name} placeholders: {baseUrl} is the chosen
region's api.regions[].baseUrl, any other name is the value of the mailer's
field with that key (e.g. {domain}, {region}, {channel}, {message_stream}),
except {account_id} (Zoho), which comes from the connected account.

Before writing, the catalog is checked; on any problem the script prints the
problems and exits with status 1 without touching the output file.

Usage:
  scripts/gen-catalog-strings.py            # write the .cpp
  scripts/gen-catalog-strings.py --check    # exit 1 if the .cpp is out of date
  scripts/gen-catalog-strings.py --input X --output Y
"""

import argparse
import json
import os
import sys
import tempfile

CONTEXT = "Catalog"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_INPUT = os.path.join(ROOT, "resources", "catalog", "mailers.json")
DEFAULT_MAILBOXES = os.path.join(ROOT, "resources", "catalog", "mailboxes.json")
DEFAULT_HOSTING = os.path.join(ROOT, "resources", "catalog", "hosting.json")
DEFAULT_ACCEPTANCE = os.path.join(ROOT, "resources", "catalog", "acceptance.json")
DEFAULT_OUTPUT = os.path.join(ROOT, "core", "catalog", "catalogstrings.cpp")

KINDS = {"smtp", "api", "oauth"}
FIELD_TYPES = {"text", "secret", "host", "port", "choice", "bool", "email"}
AUTH_STYLES = {"bearer", "basic", "header", "body", "raw", "sigv4"}
SECURITIES = {"starttls", "ssl"}
SENDER_KEYS = ("fromEmail", "fromName", "forceFromEmail", "forceFromName")
OAUTH_ADVICE = {"accessDenied", "refreshRevoked", "redirectMismatch", "invalidClient", "invalidScope"}


# --------------------------------------------------------------------------- checks

def check_condition(errors, where, cond, field_keys):
    if not isinstance(cond, dict):
        errors.append(f"{where}: must be an object")
        return
    if cond.get("field") not in field_keys:
        errors.append(f"{where}: refers to unknown field {cond.get('field')!r}")
    if ("equals" in cond) == ("notEquals" in cond):
        errors.append(f"{where}: needs exactly one of 'equals' / 'notEquals'")


def check_field(errors, mid, field, field_keys):
    key = field.get("key")
    where = f"{mid}.{key or '?'}"
    if not isinstance(key, str) or not key:
        errors.append(f"{mid}: a field has no key")
    if not isinstance(field.get("label"), str) or not field["label"].strip():
        errors.append(f"{where}: no label")
    ftype = field.get("type")
    if ftype not in FIELD_TYPES:
        errors.append(f"{where}: unknown type {ftype!r}")
    for flag in ("required", "secret"):
        if not isinstance(field.get(flag), bool):
            errors.append(f"{where}: '{flag}' must be true or false")
    if ftype == "secret" and field.get("secret") is not True:
        errors.append(f"{where}: a 'secret' field must have secret: true")
    if ftype == "choice":
        choices = field.get("choices")
        if not isinstance(choices, list) or not choices:
            errors.append(f"{where}: choice field without choices")
        else:
            values = [c.get("value") for c in choices]
            if len(set(values)) != len(values):
                errors.append(f"{where}: duplicate choice values")
            for c in choices:
                if not isinstance(c.get("label"), str) or not c["label"].strip():
                    errors.append(f"{where}: choice {c.get('value')!r} has no label")
                for target in (c.get("sets") or {}):
                    if target not in field_keys:
                        errors.append(f"{where}: choice {c.get('value')!r} sets unknown field {target!r}")
            if "default" in field and field["default"] not in values:
                errors.append(f"{where}: default {field['default']!r} is not one of the choices")
    elif "choices" in field:
        errors.append(f"{where}: only choice fields may have choices")
    if ftype == "port":
        lo, hi = field.get("min", 1), field.get("max", 65535)
        if not (isinstance(lo, int) and isinstance(hi, int) and 1 <= lo <= hi <= 65535):
            errors.append(f"{where}: port min/max must be within 1..65535")
        default = field.get("default")
        if default is not None and not (isinstance(default, int) and lo <= default <= hi):
            errors.append(f"{where}: port default out of range")
    if "pattern" in field:
        import re
        try:
            re.compile(field["pattern"])
        except re.error as exc:
            errors.append(f"{where}: bad pattern: {exc}")
    for cond_key in ("visibleWhen", "requiredWhen"):
        if cond_key in field:
            check_condition(errors, f"{where}.{cond_key}", field[cond_key], field_keys)
    # Settings of Postino's own (how an OAuth mailer signs in: method, send_via, app password, ...) have no
    # WP Mail SMTP counterpart; they say so with "postinoOnly": true.
    if field.get("postinoOnly") is True:
        if "constant" in field:
            errors.append(f"{where}: a postinoOnly field has no wp-config constant")
    elif not isinstance(field.get("constant"), str) or not field["constant"].startswith("WPMS_"):
        errors.append(f"{where}: missing or odd wp-config constant")


def check_catalog(doc):
    errors = []
    if not isinstance(doc, dict) or doc.get("schemaVersion") != 1:
        errors.append("schemaVersion must be 1")
        return errors
    mailers = doc.get("mailers")
    if not isinstance(mailers, list) or not mailers:
        errors.append("'mailers' must be a non-empty list")
        return errors

    seen_ids = set()
    seen_non_recommended = False
    for index, mailer in enumerate(mailers):
        mid = mailer.get("id") if isinstance(mailer, dict) else None
        label = mid or f"mailers[{index}]"
        if not isinstance(mailer, dict):
            errors.append(f"{label}: not an object")
            continue
        for key in ("id", "name", "kind", "summary"):
            if not isinstance(mailer.get(key), str) or not mailer[key].strip():
                errors.append(f"{label}: missing '{key}'")
        if "freeTier" in mailer and (not isinstance(mailer["freeTier"], str) or not mailer["freeTier"].strip()):
            errors.append(f"{label}: 'freeTier' must be a text; leave it out when the free tier is unknown")
        if mid in seen_ids:
            errors.append(f"{label}: duplicate id")
        seen_ids.add(mid)
        kind = mailer.get("kind")
        if kind is not None and kind not in KINDS:
            errors.append(f"{label}: unknown kind {kind!r}")

        recommended = mailer.get("recommended")
        if not isinstance(recommended, bool):
            errors.append(f"{label}: 'recommended' must be true or false")
        elif recommended and seen_non_recommended:
            errors.append(f"{label}: recommended mailers must come first")
        elif not recommended:
            seen_non_recommended = True

        if not isinstance(mailer.get("returnPath"), bool):
            errors.append(f"{label}: 'returnPath' must be true or false")
        sender = mailer.get("sender")
        if not isinstance(sender, dict) or any(not isinstance(sender.get(k), bool) for k in SENDER_KEYS):
            errors.append(f"{label}: 'sender' needs booleans {', '.join(SENDER_KEYS)}")

        fields = mailer.get("fields")
        if not isinstance(fields, list) or not fields:
            errors.append(f"{label}: no fields")
            fields = []
        keys = [f.get("key") for f in fields if isinstance(f, dict)]
        if len(set(keys)) != len(keys):
            errors.append(f"{label}: duplicate field keys")
        for field in fields:
            if isinstance(field, dict):
                check_field(errors, label, field, set(keys))
            else:
                errors.append(f"{label}: a field is not an object")

        if kind == "api":
            if not any(isinstance(f, dict) and f.get("secret") is True and f.get("required") is True
                       for f in fields):
                errors.append(f"{label}: an api mailer needs a required secret field")
            api = mailer.get("api")
            if not isinstance(api, dict):
                errors.append(f"{label}: api mailer without 'api'")
            else:
                for key in ("sendUrl", "probeUrl"):
                    if not isinstance(api.get(key), str) or not api[key]:
                        errors.append(f"{label}: api.{key} missing")
                style = api.get("authStyle")
                if style not in AUTH_STYLES:
                    errors.append(f"{label}: unknown api.authStyle {style!r}")
                if (style == "header") != ("authHeader" in api):
                    errors.append(f"{label}: api.authHeader goes with authStyle 'header' only")
        if kind == "oauth":
            oauth = mailer.get("oauth")
            if not isinstance(oauth, dict) or not oauth.get("sendUrl"):
                errors.append(f"{label}: oauth mailer without oauth.sendUrl")
                oauth = {}
            email_keys = (oauth.get("account") or {}).get("email")
            if not isinstance(email_keys, list) or not email_keys:
                errors.append(f"{label}: oauth.account.email must list the account answer's address keys")
            if oauth.get("revokeTokenIn", "body") not in ("body", "query"):
                errors.append(f"{label}: oauth.revokeTokenIn must be 'body' or 'query'")
            for key, steps in (oauth.get("advice") or {}).items():
                if key not in OAUTH_ADVICE:
                    errors.append(f"{label}: unknown oauth.advice key {key!r}")
                if not isinstance(steps, list) or not all(isinstance(s, str) and s.strip() for s in steps):
                    errors.append(f"{label}: oauth.advice.{key} must be a list of texts")

        smtp = mailer.get("smtp")
        if smtp is not None:
            if not isinstance(smtp.get("host"), str) or not smtp["host"]:
                errors.append(f"{label}: smtp.host missing")
            for p in smtp.get("ports") or []:
                if not (isinstance(p.get("port"), int) and 1 <= p["port"] <= 65535) \
                        or p.get("security") not in SECURITIES:
                    errors.append(f"{label}: bad smtp port entry {p!r}")
            if not smtp.get("ports"):
                errors.append(f"{label}: smtp without ports")

        dns = mailer.get("dns")
        if not isinstance(dns, dict):
            errors.append(f"{label}: no 'dns'")
        else:
            if "spf" not in dns or not (dns["spf"] is None or isinstance(dns["spf"], str)):
                errors.append(f"{label}: dns.spf must be a string or null")
            if not isinstance(dns.get("dkim"), str) or not dns["dkim"].strip():
                errors.append(f"{label}: dns.dkim missing")
            if not isinstance(dns.get("dkimSelectors"), list):
                errors.append(f"{label}: dns.dkimSelectors must be a list")
    return errors


def check_mailboxes(doc, mailer_ids):
    """The same rules as core/catalog/mailboxes.cpp, so that a bad entry fails before the build."""
    errors = []
    if not isinstance(doc, dict) or doc.get("schemaVersion") != 1:
        return ["mailboxes: schemaVersion must be 1"]
    seen = set()
    for box in doc.get("mailboxes") or []:
        bid = box.get("id")
        if not bid or bid in seen:
            errors.append(f"mailboxes: missing or duplicate id {bid!r}")
        seen.add(bid)
        imap = box.get("imap")
        if imap is not None:
            if not imap.get("host") or imap.get("security", "ssl") not in ("ssl", "starttls", "none"):
                errors.append(f"mailboxes.{bid}: imap needs a host and a security of ssl, starttls or none")
            centres = imap.get("dataCentres")
            if centres is not None and centres.get("mailer") not in mailer_ids:
                errors.append(f"mailboxes.{bid}: imap.dataCentres names an unknown mailer")
        mx = box.get("mx") or []
        if imap is None and not mx:
            errors.append(f"mailboxes.{bid}: neither IMAP settings nor MX names")
        for entry in mx:
            suffix = entry if isinstance(entry, str) else (entry or {}).get("suffix")
            if not isinstance(suffix, str) or "." not in suffix or suffix != suffix.lower().rstrip("."):
                errors.append(f"mailboxes.{bid}: odd mx suffix {suffix!r}")
        for server in box.get("submission") or []:
            if not isinstance(server.get("port"), int) or not 1 <= server["port"] <= 65535 \
                    or server.get("security") not in SECURITIES or not server.get("host") \
                    or not str(server.get("source", "")).startswith("https://"):
                errors.append(f"mailboxes.{bid}: bad submission server {server!r}")
        for mailer in box.get("mailers") or []:
            if mailer not in mailer_ids:
                errors.append(f"mailboxes.{bid}: unknown mailer {mailer!r}")
        if mx and not box.get("mailers"):
            errors.append(f"mailboxes.{bid}: mx without mailers")
    return errors


def check_hosting(doc):
    errors = []
    if not isinstance(doc, dict) or doc.get("schemaVersion") != 1:
        return ["hosting: schemaVersion must be 1"]
    seen = set()
    for host in doc.get("hosts") or []:
        hid = host.get("id")
        if not hid or hid in seen:
            errors.append(f"hosting: missing or duplicate id {hid!r}")
        seen.add(hid)
        if not host.get("ptrSuffixes") or not host.get("blockedPorts"):
            errors.append(f"hosting.{hid}: needs ptrSuffixes and blockedPorts")
        if host.get("blocking") not in ("always", "by-default", "throttled"):
            errors.append(f"hosting.{hid}: blocking must be always, by-default or throttled")
        if not isinstance(host.get("note"), str) or not host["note"].strip() \
                or not str(host.get("source", "")).startswith("https://"):
            errors.append(f"hosting.{hid}: needs a note and an https source")
    return errors


# --------------------------------------------------------------------------- strings

def collect_strings(doc, mailboxes, hosting, acceptance):
    strings = []
    seen = set()

    def add(value):
        if isinstance(value, str) and value.strip() and value not in seen:
            seen.add(value)
            strings.append(value)

    for mailer in doc["mailers"]:
        add(mailer.get("name"))
        add(mailer.get("summary"))
        add(mailer.get("freeTier"))
        add(mailer.get("keyHint"))
        for field in mailer.get("fields", []):
            add(field.get("label"))
            add(field.get("help"))
            add(field.get("placeholder"))
            for choice in field.get("choices", []) or []:
                add(choice.get("label"))
        dns = mailer.get("dns") or {}
        add(dns.get("dkim"))
        add(dns.get("notes"))
        add(dns.get("returnPath"))
        add(((mailer.get("smtp") or {}).get("login") or {}).get("note", {}).get("text"))
        oauth = mailer.get("oauth") or {}
        add(oauth.get("appPasswordNote"))
        add((oauth.get("signOut") or {}).get("detail"))
        add((oauth.get("signOut") or {}).get("step"))
        for steps in (oauth.get("advice") or {}).values():
            for step in steps:
                add(step)
    for box in mailboxes.get("mailboxes") or []:
        add((box.get("imap") or {}).get("note"))
        add(box.get("note"))
    for host in hosting.get("hosts") or []:
        add(host.get("note"))
    for fact in (acceptance.get("facts") or {}).values():
        add(fact.get("noEvidence"))
        add(fact.get("noEvidenceApi"))
    for rule in (acceptance.get("rules") or {}).values():
        add(rule.get("title"))
    for provider in acceptance.get("providers") or []:
        for label in (provider.get("audiences") or {}).values():
            add(label)
    return strings


def c_escape(text):
    """Escape text for a C/C++ narrow string literal (UTF-8 source)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\{code:03o}")  # octal: at most three digits, never greedy
        else:
            out.append(ch)  # printable ASCII and non-ASCII stay as UTF-8
    return "".join(out)


def render(strings, input_rel):
    lines = [
        f"// Generated by scripts/gen-catalog-strings.py from {input_rel}.",
        "// Do not edit: change the JSON and run the script again.",
        "//",
        "// Lists every translatable string of the mailer catalog so that lupdate picks",
        f"// them up (context \"{CONTEXT}\"). Translate them at run time with",
        f"// QCoreApplication::translate(\"{CONTEXT}\", text).",
        "",
        "// clang-format off",
        "#include <QtGlobal>",
        "",
        "extern const char *const *postinoCatalogStrings(int *count);",
        "",
        "[[maybe_unused]] static const char *const kCatalogStrings[] = {",
    ]
    for s in strings:
        lines.append(f'    QT_TRANSLATE_NOOP("{CONTEXT}", "{c_escape(s)}"),')
    lines += [
        "};",
        "",
        "const char *const *postinoCatalogStrings(int *count)",
        "{",
        "    if (count)",
        "        *count = int(sizeof(kCatalogStrings) / sizeof(kCatalogStrings[0]));",
        "    return kCatalogStrings;",
        "}",
        "",
    ]
    return "\n".join(lines)


def write_atomically(path, text):
    directory = os.path.dirname(path)
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".catalogstrings.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default=DEFAULT_INPUT)
    parser.add_argument("--mailboxes", default=DEFAULT_MAILBOXES)
    parser.add_argument("--hosting", default=DEFAULT_HOSTING)
    parser.add_argument("--acceptance", default=DEFAULT_ACCEPTANCE)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the output is missing or out of date")
    args = parser.parse_args(argv)

    try:
        with open(args.input, encoding="utf-8") as fh:
            doc = json.load(fh)
        with open(args.mailboxes, encoding="utf-8") as fh:
            mailboxes = json.load(fh)
        with open(args.hosting, encoding="utf-8") as fh:
            hosting = json.load(fh)
        with open(args.acceptance, encoding="utf-8") as fh:
            acceptance = json.load(fh)
    except (OSError, ValueError) as exc:
        print(f"gen-catalog-strings: cannot read {args.input}: {exc}", file=sys.stderr)
        return 1

    errors = check_catalog(doc)
    if not errors:
        errors = check_mailboxes(mailboxes, {m.get("id") for m in doc["mailers"]}) + check_hosting(hosting)
    if errors:
        for e in errors:
            print(f"gen-catalog-strings: {e}", file=sys.stderr)
        print(f"gen-catalog-strings: {len(errors)} problem(s) in {args.input}", file=sys.stderr)
        return 1

    strings = collect_strings(doc, mailboxes, hosting, acceptance)
    try:
        input_rel = os.path.relpath(os.path.abspath(args.input), ROOT)
    except ValueError:
        input_rel = args.input
    text = render(strings, input_rel.replace(os.sep, "/"))

    if args.check:
        try:
            with open(args.output, encoding="utf-8") as fh:
                current = fh.read()
        except OSError:
            current = None
        if current != text:
            print(f"gen-catalog-strings: {args.output} is out of date; run scripts/gen-catalog-strings.py",
                  file=sys.stderr)
            return 1
        print(f"gen-catalog-strings: {args.output} is up to date "
              f"({len(doc['mailers'])} mailers, {len(strings)} strings)")
        return 0

    write_atomically(args.output, text)
    print(f"gen-catalog-strings: wrote {args.output} "
          f"({len(doc['mailers'])} mailers, {len(strings)} strings)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
