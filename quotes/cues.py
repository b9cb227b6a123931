"""Cue candidates: reporting verbs and phrases from the language's cue lexicon.

A candidate is a word form the lexicon lists ("mengatakan", "ujar", "disampaikan", "according"),
or its clitic form ("ujarnya", "Menurutnya"). Whether a candidate really introduces a quote
depends on where it stands; ``attribution.py`` decides that.
"""
from __future__ import annotations

import functools
import re

import regex

from .lang import Lang, alternation
from .records import Cue, Paragraph



@functools.lru_cache(maxsize=8)
def _patterns(lang: Lang) -> tuple[regex.Pattern | None, re.Pattern]:
    r"""One alternation of the cues written as several words ("angkat bicara"), and one of the
    single-word cues with an optional clitic ("ujar", "ujarnya"): scanning for them is one pass.

    The single words are scanned with the standard library's engine, twice as fast at this as
    `regex`; its classes say the same here: `[^\W_]` is a letter or digit, `[^\W\d_]` a letter.
    """
    multi = [f for f in lang.cues if " " in f]
    single = [f for f in lang.cues if " " not in f]
    clitics = "|".join(re.escape(c) for c in lang.grammar.ordered("clitics"))
    phrases = None
    if multi:
        body = alternation(multi).replace("\\ ", r"\s+")
        phrases = regex.compile(rf"(?<![\p{{L}}])(?i:{body})(?![\p{{L}}])")
    words = re.compile(rf"(?<![^\W_])(?<!-)(?i:({alternation(single)})({clitics})?)(?![^\W_]|-[^\W\d_])")
    return phrases, words


@functools.lru_cache(maxsize=8)
def _phrase_words(lang: Lang) -> tuple[tuple[str, ...], ...]:
    """The words of each cue written as several words: a text without all of one has none."""
    return tuple(tuple(f.casefold().split()) for f in lang.cues if " " in f)


def find_cues(text: str, paragraphs: list[Paragraph], lang: Lang) -> list[Cue]:
    found = []
    phrases, words = _patterns(lang)
    folded = text.casefold()
    if phrases is not None and not any(all(w in folded for w in ws) for ws in _phrase_words(lang)):
        phrases = None
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
