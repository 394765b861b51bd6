#!/usr/bin/python3
"""Converts a YAML test suite (optionally gzipped) to JSON for the C++ tests.

Qt has no YAML reader; Debian's python3-yaml does the parsing at build time. When the
suite or PyYAML is missing, the JSON records why, so the test fails with that reason
instead of the build failing.
"""
import gzip
import json
import sys


def main(source, target):
    try:
        import yaml

        opener = gzip.open if source.endswith(".gz") else open
        with opener(source, "rt", encoding="utf-8") as f:
            documents = list(yaml.safe_load_all(f))
        out = {"source": source, "scenarios": documents}
    except Exception as e:  # reported by the test, not here
        out = {"source": source, "error": "%s: %s" % (type(e).__name__, e)}
    with open(target, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
