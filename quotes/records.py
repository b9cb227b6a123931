"""Small typed records that every step passes on; ``to_dict()`` is what the JSON Schema validates.

All offsets are code points into the text the ``Doc`` was made from, which is the input text: the
pipeline never rewrites it.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field


def plain(words: str | None) -> str | None:
    """A name or role as text, its HTML entities read ("Mahkamah Syar&#39;iyah Aceh" → "Mahkamah
    Syar'iyah Aceh") and a line wrapped inside it joined ("Kang\nHyun-woo" → "Kang Hyun-woo"): what was
    written stays in the mention, whose offsets cut it from the input."""
    if not words:
        return words
    if "&" in words:
        words = html.unescape(words)
    return " ".join(words.split())


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str = "body"  # body | headline | caption | link | pagination | advert | byline | dateline


@dataclass(frozen=True)
class Mark:
    """A span inside quotation marks: `start`/`end` are the content, `open`/`close` the marks (a quote
    whose opening mark was dropped opens where its paragraph starts)."""

    start: int
    end: int
    open: int
    close: int | None  # None: the mark was never closed
    rule: str


@dataclass(frozen=True)
class Cue:
    text: str
    start: int
    end: int
    lemma: str
    kind: str  # verb | short | passive | according | clitic | report
    rule: str
    clitic: bool = False

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma}


@dataclass(frozen=True)
class Mention:
    """A speaker mention: the words as written, and the name and role read from them."""

    text: str
    start: int
    end: int
    name: str
    role: str | None
    kind: str  # person | organization | group | pronoun | clitic | role | unnamed


@dataclass(frozen=True)
class Source:
    name: str
    cue: str
    start: int
    end: int
    outlet: str | None = None  # gazetteer id, None for an outlet the gazetteer lacks

    def to_dict(self) -> dict:
        return {"name": self.name, "cue": self.cue, "start": self.start, "end": self.end}


@dataclass
class Quote:
    type: str
    text: str
    start: int
    end: int
    rule: str
    cue: Cue | None = None
    mention: Mention | None = None
    sources: list[Source] = field(default_factory=list)
    entity: str | None = None
    name: str | None = None
    kind: str | None = None
    role: str | None = None

    def to_dict(self, qid: str) -> dict:
        speaker = None
        if self.mention is not None and self.name:
            speaker = {"name": plain(self.name), "mention": self.mention.text, "start": self.mention.start,
                       "end": self.mention.end, "role": plain(self.role), "kind": self.kind or "unknown",
                       "entity": self.entity}
        return {"id": qid, "type": self.type, "text": self.text, "start": self.start, "end": self.end,
                "cue": self.cue.to_dict() if self.cue else None, "speaker": speaker,
                "sources": [s.to_dict() for s in self.sources], "rule": self.rule}


@dataclass
class Entity:
    id: str
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[str, int, int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": plain(self.name), "kind": self.kind, "roles": [plain(r) for r in self.roles],
                "mentions": [{"text": t, "start": s, "end": e} for t, s, e in self.mentions]}
