"""Cue candidates: reporting verbs and phrases from the language's cue lexicon.

A candidate is a word form the lexicon lists ("mengatakan", "ujar", "disampaikan", "menurut"),
or its clitic form ("ujarnya", "Menurutnya"). Whether a candidate really introduces a quote
depends on where it stands; ``attribution.py`` decides that.
"""
from __future__ import annotations

import functools

import regex

from .lang import REGEX_TIMEOUT, Lang
from .records import Cue, Paragraph

RE_WORD = regex.compile(r"(?<![\p{L}\p{N}-])[\p{L}]+(?:-[\p{L}]+)?(?![\p{L}\p{N}])")
CLITIC = "nya"


@functools.lru_cache(maxsize=8)
def _phrases(lang: Lang) -> regex.Pattern | None:
    """One alternation of the cues written as several words ("angkat bicara")."""
    forms = sorted((f for f in lang.cues if " " in f), key=len, reverse=True)
    if not forms:
        return None
    body = "|".join(regex.escape(f).replace("\\ ", r"\s+") for f in forms)
    return regex.compile(rf"(?<![\p{{L}}])(?i:{body})(?![\p{{L}}])")


def find_cues(text: str, paragraphs: list[Paragraph], lang: Lang) -> list[Cue]:
    found = []
    phrases = _phrases(lang)
    for p in paragraphs:
        if p.kind != "body":
            continue
        if phrases is not None:
            for m in phrases.finditer(text, p.start, p.end, timeout=REGEX_TIMEOUT):
                entry = lang.cues[" ".join(m.group().casefold().split())]
                found.append(Cue(m.group(), m.start(), m.end(), entry.lemma, entry.kind, f"cue.{entry.id}"))
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
    found.sort(key=lambda c: c.start)
    return found
