#!/usr/bin/env python3
"""Fill translations/postino_en.ts so that every message is finished.

English is the source language, so an English translation is the source text
itself. lupdate adds new source strings as unfinished, empty translations; this
script turns each of them into a finished one:

  * an ordinary message gets translation = source;
  * a plural message (numerus="yes") gets the two English forms, singular and
    plural, derived from the source ("%n file(s)" -> "%n file" / "%n files",
    "%n files" -> "%n file" / "%n files");
  * the type="unfinished" attribute is removed.

Messages that are already finished are left alone, and so are vanished or
obsolete ones. The file is edited as text, message by message, so everything
else (layout, comments, escaping) stays exactly as lupdate wrote it and the
next lupdate run produces no spurious changes. Running it twice changes
nothing the second time.

Usage:
  scripts/fill-en-translations.py                 # edit translations/postino_en.ts
  scripts/fill-en-translations.py --check         # exit 1 if something is unfinished
  scripts/fill-en-translations.py path/to/file.ts # edit another English .ts file
"""

import argparse
import html
import os
import re
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TS = os.path.join(ROOT, "translations", "postino_en.ts")

MESSAGE_RE = re.compile(r"(?P<open><message(?P<attrs>[^>]*)>)(?P<body>.*?)(?P<close></message>)", re.S)
SOURCE_RE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
TRANSLATION_RE = re.compile(
    r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
TYPE_RE = re.compile(r'\s+type="(?P<type>[^"]*)"')
NUMERUS_FORM_RE = re.compile(r"<numerusform[^>]*?(?:/>|>(?P<text>.*?)</numerusform>)", re.S)
BYTE_RE = re.compile(r'<byte value="x?(?P<value>[0-9A-Fa-f]+)"\s*/>')


# --------------------------------------------------------------------------- escaping (as lupdate does)

def unescape(text):
    """XML text as lupdate writes it -> plain string."""
    def byte(match):
        value = match.group("value")
        return chr(int(value, 16))
    return html.unescape(BYTE_RE.sub(byte, text))


def protect(text):
    """Plain string -> XML text, exactly like lupdate's protect() in ts.cpp."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (code < 0x20 or (code > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append('<byte value="x%x"/>' % code)
        else:
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------- English plural forms

IRREGULAR_SINGULAR = {
    "children": "child", "people": "person", "men": "man", "women": "woman",
    "are": "is", "were": "was", "have": "has", "these": "this", "those": "that",
}


def singular_word(word):
    lower = word.lower()
    if lower in IRREGULAR_SINGULAR:
        result = IRREGULAR_SINGULAR[lower]
        return result.capitalize() if word[:1].isupper() else result
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word.isupper() else "y")
    if re.search(r"(ss|x|ch|sh|zz)es$", lower):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


def singular_verbs(text):
    """After %n, "are/were/have" -> "is/was/has" ("%n files are" -> "%n file is")."""
    match = re.search(r"%L?n", text)
    if not match:
        return text
    tail = re.sub(r"\b(are|were|have)\b", lambda m: IRREGULAR_SINGULAR[m.group(1)], text[match.end():])
    return text[:match.end()] + tail


def english_forms(source):
    """Return (singular, plural) for a plural source text."""
    if "(s)" in source or "(es)" in source:
        singular = source.replace("(es)", "").replace("(s)", "")
        plural = source.replace("(es)", "es").replace("(s)", "s")
        return singular_verbs(singular), plural
    # "%n files" / "%n new files": make the first noun after %n singular.
    match = re.search(r"%L?n((?:\s+[^\W\d_]+){1,3})", source)
    if not match:
        return source, source
    words = match.group(1)
    parts = re.split(r"(\s+)", words)
    # Singularise the last word of the short phrase that ends in "s" (skipping adjectives).
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        if part.strip() and part.lower().endswith("s") and singular_word(part) != part:
            parts[index] = singular_word(part)
            break
    singular = source[:match.start(1)] + "".join(parts) + source[match.end(1):]
    return singular_verbs(singular), source


# --------------------------------------------------------------------------- filling

def fill_message(match):
    opening, attrs, body = match.group("open"), match.group("attrs"), match.group("body")
    translation = TRANSLATION_RE.search(body)
    source = SOURCE_RE.search(body)
    if not translation or not source:
        return match.group(0)
    type_match = TYPE_RE.search(translation.group("attrs"))
    kind = type_match.group("type") if type_match else ""
    if kind in ("vanished", "obsolete"):
        return match.group(0)
    numerus = 'numerus="yes"' in attrs
    current = translation.group("text") or ""
    if numerus:
        forms = [f.group("text") or "" for f in NUMERUS_FORM_RE.finditer(current)]
        empty = not forms or any(not unescape(f).strip() for f in forms)
    else:
        empty = not unescape(current).strip()
    if kind != "unfinished" and not empty:
        return match.group(0)

    indent = translation.group("indent")
    other_attrs = TYPE_RE.sub("", translation.group("attrs"))
    if numerus:
        singular, plural = english_forms(unescape(source.group("text")))
        inner = "".join("\n%s    <numerusform>%s</numerusform>" % (indent, protect(form))
                        for form in (singular, plural)) + "\n" + indent
    else:
        inner = source.group("text")  # already escaped exactly as lupdate wants it
    new_translation = "%s<translation%s>%s</translation>" % (indent, other_attrs, inner)
    body = body[:translation.start()] + new_translation + body[translation.end():]
    return opening + body + match.group("close")


def fill(text):
    return MESSAGE_RE.sub(fill_message, text)


def unfinished_count(text):
    count = 0
    for match in MESSAGE_RE.finditer(text):
        if fill_message(match) != match.group(0):
            count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ts", nargs="?", default=DEFAULT_TS, help="English .ts file (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="only report; exit 1 if anything is unfinished")
    args = parser.parse_args()

    with open(args.ts, encoding="utf-8", newline="") as f:
        original = f.read()
    todo = unfinished_count(original)
    if args.check:
        print("%s: %d unfinished message(s)" % (args.ts, todo))
        return 1 if todo else 0
    if not todo:
        print("%s: nothing to fill" % args.ts)
        return 0
    updated = fill(original)
    directory = os.path.dirname(os.path.abspath(args.ts))
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=directory,
                                     prefix=".fill-en-", suffix=".ts", delete=False) as tmp:
        tmp.write(updated)
    shutil.copymode(args.ts, tmp.name)
    os.replace(tmp.name, args.ts)
    print("%s: filled %d message(s)" % (args.ts, todo))
    return 0


if __name__ == "__main__":
    sys.exit(main())
