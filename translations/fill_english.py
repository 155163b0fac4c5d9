#!/usr/bin/env python3
"""The program's source strings are English, so sigap_en.ts translates every string to
itself. Run after `cmake --build build --target update_translations` has added new strings;
it finishes every unfinished English entry and leaves sigap_id.ts alone (that one is
translated by people)."""
import re
import sys
from pathlib import Path

path = Path(__file__).with_name("sigap_en.ts")
text = path.read_text(encoding="utf-8")

def finish(match):
    source = match.group(1)
    return f"<source>{source}</source>\n        <translation>{source}</translation>"

pattern = re.compile(r"<source>([^<]*)</source>\s*<translation type=\"unfinished\">.*?</translation>", re.S)
text, count = pattern.subn(finish, text)
path.write_text(text, encoding="utf-8")
print(f"finished {count} English entries", file=sys.stderr)
