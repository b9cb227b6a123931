"""Cue candidates: reporting verbs and phrases from the language's cue lexicon.

A candidate is a word form the lexicon lists ("mengatakan", "ujar", "disampaikan", "according"),
or its clitic form ("ujarnya", "Menurutnya"). Whether a candidate really introduces a quote
depends on where it stands; ``attribution.py`` decides that.
"""
from __future__ import annotations

import functools

import regex

from .lang import Lang, alternation
from .records import Cue, Paragraph



@functools.lru_cache(maxsize=8)
def _patterns(lang: Lang) -> tuple[regex.Pattern | None, regex.Pattern]:
    """One alternation of the cues written as several words ("angkat bicara"), and one of the
    single-word cues with an optional clitic ("ujar", "ujarnya"): scanning for them is one pass."""
    multi = [f for f in lang.cues if " " in f]
    single = [f for f in lang.cues if " " not in f]
    clitics = "|".join(regex.escape(c) for c in lang.grammar.ordered("clitics"))
    phrases = None
    if multi:
        body = alternation(multi).replace("\\ ", r"\s+")
        phrases = regex.compile(rf"(?<![\p{{L}}])(?i:{body})(?![\p{{L}}])")
    words = regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?i:({alternation(single)})({clitics})?)"
                          rf"(?![\p{{L}}\p{{N}}]|-\p{{L}})")
    return phrases, words


def find_cues(text: str, paragraphs: list[Paragraph], lang: Lang) -> list[Cue]:
    found = []
    phrases, words = _patterns(lang)
    for p in paragraphs:
        if p.kind != "body":
            continue
        if phrases is not None:
            for m in phrases.finditer(text, p.start, p.end):
                entry = lang.cues[" ".join(m.group().casefold().split())]
                found.append(Cue(m.group(), m.start(), m.end(), entry.lemma, entry.kind, f"cue.{entry.id}"))
        for m in words.finditer(text, p.start, p.end):
            entry = lang.cues[m.group(1).casefold()]
            # "ujarnya", "Menurutnya": a clitic stands for the speaker; on other cues it is an object
            clitic = m.group(2) is not None
            if clitic and entry.kind not in ("short", "according"):
                continue
            found.append(Cue(m.group(), m.start(), m.end(), entry.lemma, entry.kind, f"cue.{entry.id}", clitic))
    found.sort(key=lambda c: c.start)
    return found
