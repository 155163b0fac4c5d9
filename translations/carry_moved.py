#!/usr/bin/env python3
"""Carries translations across code moves. When a string moves to another class, lupdate
(run with -no-obsolete by `cmake --build build --target update_translations`) drops it from
its old context and adds it unfinished under the new one. Give this script a copy of the
.ts file from before the update and the updated file: every unfinished message whose source
text (and translator comment) was translated in the old file, under any context, gets that
translation back. Plural messages are carried with their forms.

    cp translations/sigap_id.ts /tmp/old_id.ts
    cmake --build build --target update_translations
    translations/carry_moved.py /tmp/old_id.ts translations/sigap_id.ts
"""
import re
import sys
from pathlib import Path

MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT = re.compile(r"<(?:extra)?comment>(.*?)</(?:extra)?comment>", re.S)
TRANSLATION = re.compile(r"<translation( type=\"[a-z]+\")?>(.*?)</translation>", re.S)


def key(body):
    source = SOURCE.search(body).group(1)
    return source, tuple(COMMENT.findall(body))


def finished_translations(text):
    found = {}
    for match in MESSAGE.finditer(text):
        body = match.group(2)
        translation = TRANSLATION.search(body)
        if translation and not translation.group(1):
            found.setdefault(key(body), translation.group(0))
    return found


def main(old_path, new_path):
    known = finished_translations(Path(old_path).read_text(encoding="utf-8"))
    new_text = Path(new_path).read_text(encoding="utf-8")
    carried = 0

    def carry(match):
        nonlocal carried
        body = match.group(2)
        translation = TRANSLATION.search(body)
        if not translation or translation.group(1) != ' type="unfinished"' or key(body) not in known:
            return match.group(0)
        carried += 1
        return match.group(0).replace(translation.group(0), known[key(body)])

    new_text = MESSAGE.sub(carry, new_text)
    Path(new_path).write_text(new_text, encoding="utf-8")
    left = new_text.count('type="unfinished"')
    print(f"{new_path}: {carried} translations carried over, {left} still unfinished")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
