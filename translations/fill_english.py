#!/usr/bin/env python3
"""The program's source strings are English, so sigap_en.ts translates every string to
itself. Run after `cmake --build build --target update_translations` has added new strings;
it finishes every unfinished English entry and leaves sigap_id.ts alone (that one is
translated by people). Plural strings written as "%n call(s)" get a singular and a plural
form."""
import re
import sys
from pathlib import Path

path = Path(__file__).with_name("sigap_en.ts")
text = path.read_text(encoding="utf-8")

plural = re.compile(
    r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*(?:<(?:extra)?comment>[^<]*</(?:extra)?comment>\s*)*)'
    r'<translation type="unfinished">.*?</translation>', re.S)

def finish_plural(match):
    source = match.group(2)
    one = source.replace("(s)", "")
    many = source.replace("(s)", "s")
    return (f"{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n        </translation>")

text, plurals = plural.subn(finish_plural, text)

# A translator's comment may stand between the source and its translation.
COMMENTS = r"(?:<(?:extra)?comment>[^<]*</(?:extra)?comment>\s*)*"
single = re.compile(r"(<source>([^<]*)</source>\s*" + COMMENTS + r")<translation type=\"unfinished\">.*?</translation>", re.S)

def finish(match):
    return f"{match.group(1)}<translation>{match.group(2)}</translation>"

text, count = single.subn(finish, text)
path.write_text(text, encoding="utf-8")
print(f"finished {count} English entries and {plurals} plural ones", file=sys.stderr)
