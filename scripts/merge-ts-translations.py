#!/usr/bin/env python3
"""Fill unfinished messages of a .ts file with finished translations from other .ts files.

When two branches each add strings, their .ts files conflict. Resolve by taking one side,
running the update_translations target (lupdate adds the other side's strings as
unfinished), then:

  scripts/merge-ts-translations.py translations/postino_it.ts other_it.ts [more.ts ...]

Each unfinished or empty message whose context, source and comment match a finished message
in a donor file gets the donor's translation (numerus forms included). Everything else is
left exactly as lupdate wrote it. Prints how many were filled and how many stay unfinished.
"""

import os
import re
import shutil
import sys
import tempfile

MESSAGE_RE = re.compile(r"(?P<open><message(?P<attrs>[^>]*)>)(?P<body>.*?)(?P<close></message>)", re.S)
CONTEXT_RE = re.compile(r"<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>", re.S)
SOURCE_RE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(?P<text>.*?)</comment>", re.S)
TRANSLATION_RE = re.compile(
    r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)
TYPE_RE = re.compile(r'\s+type="(?P<type>[^"]*)"')


def key_of(context, body):
    source = SOURCE_RE.search(body)
    comment = COMMENT_RE.search(body)
    return (context, source.group("text") if source else "", comment.group("text") if comment else "")


def is_finished(body):
    translation = TRANSLATION_RE.search(body)
    if not translation:
        return False
    type_match = TYPE_RE.search(translation.group("attrs"))
    if type_match:
        return False
    text = translation.group("text") or ""
    return bool(re.sub(r"<[^>]+>", "", text).strip())


def donors(paths):
    found = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for context in CONTEXT_RE.finditer(text):
            for message in MESSAGE_RE.finditer(context.group("body")):
                body = message.group("body")
                if is_finished(body):
                    found.setdefault(key_of(context.group("name"), body), TRANSLATION_RE.search(body).group(0))
    return found


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    target, sources = sys.argv[1], sys.argv[2:]
    known = donors(sources)
    with open(target, encoding="utf-8", newline="") as f:
        text = f.read()
    filled = 0
    left = 0

    def fill_context(context):
        nonlocal filled, left
        name = context.group("name")

        def fill_message(message):
            nonlocal filled, left
            body = message.group("body")
            translation = TRANSLATION_RE.search(body)
            if not translation or is_finished(body):
                return message.group(0)
            type_match = TYPE_RE.search(translation.group("attrs"))
            if type_match and type_match.group("type") in ("vanished", "obsolete"):
                return message.group(0)
            donor = known.get(key_of(name, body))
            if donor is None:
                left += 1
                return message.group(0)
            filled += 1
            # Keep the target's indentation, take the donor's translation element.
            replacement = translation.group("indent") + donor.lstrip(" \t")
            body = body[:translation.start()] + replacement + body[translation.end():]
            return message.group("open") + body + message.group("close")

        return context.group(0).replace(context.group("body"), MESSAGE_RE.sub(fill_message, context.group("body")), 1)

    updated = CONTEXT_RE.sub(fill_context, text)
    if updated != text:
        directory = os.path.dirname(os.path.abspath(target))
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=directory,
                                         prefix=".merge-ts-", suffix=".ts", delete=False) as tmp:
            tmp.write(updated)
        shutil.copymode(target, tmp.name)
        os.replace(tmp.name, target)
    print("%s: filled %d, still unfinished %d" % (target, filled, left))
    return 0


if __name__ == "__main__":
    sys.exit(main())
