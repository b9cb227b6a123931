"""Cue candidates: reporting verbs and phrases from the language's cue lexicon.

A candidate is a word form the lexicon lists ("mengatakan", "ujar", "disampaikan", "menurut"),
or its clitic form ("ujarnya", "Menurutnya"). Whether a candidate really introduces a quote
depends on where it stands; ``attribution.py`` decides that.
"""
from __future__ import annotations

import regex

from .lang import REGEX_TIMEOUT, Lang
from .records import Cue, Paragraph

RE_WORD = regex.compile(r"(?<![\p{L}\p{N}-])[\p{L}]+(?:-[\p{L}]+)?(?![\p{L}\p{N}])")
CLITIC = "nya"


def find_cues(text: str, paragraphs: list[Paragraph], lang: Lang) -> list[Cue]:
    found = []
    for p in paragraphs:
        if p.kind != "body":
            continue
        for m in RE_WORD.finditer(text, p.start, p.end, timeout=REGEX_TIMEOUT):
            word = m.group()
            form = word.casefold()
            entry = lang.cues.get(form)
            clitic = False
            if entry is None and form.endswith(CLITIC):
                entry = lang.cues.get(form[: -len(CLITIC)])
                clitic = entry is not None and entry.kind in ("short", "menurut")
                if not clitic:
                    entry = None
            if entry is None:
                continue
            found.append(Cue(word, m.start(), m.end(), entry.lemma, entry.kind, f"cue.{entry.id}", clitic))
    return found
