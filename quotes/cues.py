"""Cue candidates: reporting verbs and phrases from the language's cue lexicon.

A candidate is a word form the lexicon lists ("mengatakan", "ujar", "disampaikan", "according"),
or its clitic form ("ujarnya", "Menurutnya"). Whether a candidate really introduces a quote
depends on where it stands; ``attribution.py`` decides that.
"""
from __future__ import annotations

import functools

import regex

from .lang import REGEX_TIMEOUT, Lang
from .records import Cue, Paragraph

RE_WORD = regex.compile(r"(?<![\p{L}\p{N}-])[\p{L}]+(?:-[\p{L}]+)?(?![\p{L}\p{N}])")


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
            # "ujarnya", "Menurutnya": a cue with a clitic that stands for its speaker
            for suffix in lang.grammar.ordered("clitics") if entry is None else ():
                if form.endswith(suffix):
                    entry = lang.cues.get(form[: -len(suffix)])
                    clitic = entry is not None and entry.kind in ("short", "according")
                    if not clitic:
                        entry = None
                    break
            if entry is None:
                continue
            found.append(Cue(word, m.start(), m.end(), entry.lemma, entry.kind, f"cue.{entry.id}", clitic))
    found.sort(key=lambda c: c.start)
    return found
