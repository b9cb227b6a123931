"""PFSA-ID CoNLL files: read them as gold articles, write the extractor's output like them.

PFSA-ID (Purnomo et al. 2022) tags tokens in BILOU: STATEMENT spans are direct quotes with their
marks, CUE/CUECOREF the reporting verbs, PERSON/PERSONCOREF the people. Text is rebuilt from the
tokens (the original spacing is gone); an ISSUE span marks where an article starts; the speaker of
a STATEMENT is the person next to its cue. A CUECOREF (-nya) refers back to someone the corpus
does not link, so those statements carry no gold speaker and speaker accuracy skips them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator

NO_SPACE_BEFORE = set(",.;:!?)]%")
NO_SPACE_AFTER = set("([")
JOINERS = set("-/")
MARKS = set("\"“”‘’'«»")
CUE_AFTER_WINDOW = 8
CUE_BEFORE_WINDOW = 20
SPEAKER_WINDOW = 8


@dataclass
class Token:
    text: str
    tag: str
    start: int = 0
    end: int = 0

    @property
    def label(self) -> str:
        return self.tag[2:] if len(self.tag) > 2 else ""


@dataclass
class Article:
    id: str
    tokens: list[Token] = field(default_factory=list)
    text: str = ""

    def spans(self, *labels: str) -> list[tuple[str, int, int]]:
        """(label, first token, last token) of every span with one of `labels`."""
        out, open_ = [], None
        for i, t in enumerate(self.tokens):
            prefix, label = t.tag[:1], t.label
            if label not in labels:
                open_ = None
                continue
            if prefix == "U":
                out.append((label, i, i))
            elif prefix == "B":
                open_ = (label, i)
            elif prefix == "L" and open_ is not None and open_[0] == label:
                out.append((label, open_[1], i))
                open_ = None
        return out


def read_articles(lines: Iterable[str], prefix: str = "pfsa") -> Iterator[Article]:
    """Split a CoNLL file into articles at each sentence holding the start of an ISSUE span."""
    sentences: list[list[Token]] = [[]]
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if sentences[-1]:
                sentences.append([])
            continue
        text, _, tag = line.partition("\t")
        sentences[-1].append(Token(text, tag.strip() or "O"))
    article: Article | None = None
    n = 0
    for sent in sentences:
        if not sent:
            continue
        if any(t.tag in ("B-ISSUE", "U-ISSUE") for t in sent) or article is None:
            if article is not None:
                yield _finish(article)
            n += 1
            article = Article(f"{prefix}-{n:04d}")
        article.tokens.extend(sent)
    if article is not None:
        yield _finish(article)


def _finish(article: Article) -> Article:
    """Rebuild the text: the spacing rules of the README, marks glued to what they quote."""
    parts: list[str] = []
    pos = 0
    inside = opened = False  # inside a quotation; the previous token opened one
    prev: Token | None = None
    for t in article.tokens:
        is_mark = t.text in MARKS
        space = prev is not None
        if prev is not None:
            if t.text in NO_SPACE_BEFORE or t.text in JOINERS or prev.text in JOINERS or prev.text in NO_SPACE_AFTER:
                space = False
            if is_mark and inside:
                space = False  # a closing mark follows its last word
            if prev.text in MARKS and opened:
                space = False  # an opening mark precedes its first word
        if space:
            parts.append(" ")
            pos += 1
        t.start, t.end = pos, pos + len(t.text)
        parts.append(t.text)
        pos = t.end
        opened = False
        if is_mark:
            if t.tag.startswith("B-") and t.label == "STATEMENT":
                inside, opened = True, True
            elif t.tag.startswith("L-") and t.label == "STATEMENT":
                inside = False
            else:
                opened = not inside
                inside = not inside
        prev = t
    article.text = "".join(parts)
    return article


def gold(article: Article) -> dict:
    """The article in the gold format of ANNOTATION.md (direct quotes only, as PFSA-ID tags them)."""
    toks = article.tokens
    people = article.spans("PERSON")
    roles = article.spans("ROLE")
    cues = article.spans("CUE", "CUECOREF")
    persons = article.spans("PERSON", "PERSONCOREF")
    quotes = []
    for _label, a, b in article.spans("STATEMENT"):
        cue = next((c for c in cues if b < c[1] <= b + CUE_AFTER_WINDOW), None) or \
            next((c for c in reversed(cues) if a - CUE_BEFORE_WINDOW <= c[2] < a), None)
        speaker = mention = None
        # a CUECOREF (-nya) names no one: the corpus does not give that speaker, so it is not scored
        if cue is not None and cue[0] == "CUE":
            near = [p for p in persons if abs(p[1] - cue[2]) <= SPEAKER_WINDOW or abs(cue[1] - p[2]) <= SPEAKER_WINDOW]
            if near:
                p = min(near, key=lambda p: (min(abs(p[1] - cue[2]), abs(cue[1] - p[2])), p[1] < cue[1]))
                mention = _text(article, p[1], p[2])
                speaker = _canonical(article, p, people, roles)
        s, e = toks[a].start, toks[b].end
        while s < e and article.text[s] in MARKS:
            s += 1
        while e > s and article.text[e - 1] in MARKS:
            e -= 1
        while e > s and article.text[e - 1] in ",. ":
            e -= 1
        if e <= s:
            continue
        quotes.append({"text": article.text[s:e], "start": s, "end": e, "type": "direct", "speaker": speaker,
                       "speaker_mention": mention, "cue": _text(article, cue[1], cue[2]) if cue else None,
                       "source": None, "source_cue": None})
    return {"id": article.id, "lang": "id", "outlet": "Kompas", "text": article.text, "quotes": quotes}


def _text(article: Article, a: int, b: int) -> str:
    return article.text[article.tokens[a].start:article.tokens[b].end]


def _canonical(article: Article, span: tuple[str, int, int], people, roles) -> str:
    """A PERSONCOREF's person: the fullest PERSON containing its words, or the one its role names."""
    words = set(_text(article, span[1], span[2]).casefold().split())
    if span[0] == "PERSON":
        return _text(article, span[1], span[2])
    full = [p for p in people if words <= set(_text(article, p[1], p[2]).casefold().split())]
    if full:
        return _text(article, *max(full, key=lambda p: (p[2] - p[1], -abs(p[1] - span[1])))[1:])
    for r in roles:
        if set(_text(article, r[1], r[2]).casefold().split()) == words:
            nxt = next((p for p in people if 0 <= p[1] - r[2] <= 2), None)
            if nxt is not None:
                return _text(article, nxt[1], nxt[2])
    return _text(article, span[1], span[2])


def write_conll(text: str, record: dict, out: IO[str]) -> None:
    """The extractor's output as PFSA-ID-style BILOU lines: STATEMENT (with marks), CUE, CUECOREF, PERSON."""
    import regex

    spans = []
    for q in record.get("quotes", []):
        if q["type"] != "direct":
            continue
        s, e = q["start"], q["end"]
        while s > 0 and (text[s - 1] in MARKS or text[s - 1] == " "):
            s -= 1
            if text[s] in MARKS:
                break
        while e < len(text) and text[e] in ",.":
            e += 1
        if e < len(text) and text[e] in MARKS:
            e += 1
        spans.append((s, e, "STATEMENT"))
        if q.get("cue"):
            clitic = q["speaker"] is not None and q["speaker"]["start"] == q["cue"]["start"]
            spans.append((q["cue"]["start"], q["cue"]["end"], "CUECOREF" if clitic else "CUE"))
        sp = q.get("speaker")
        if sp and not (q.get("cue") and sp["start"] == q["cue"]["start"]):
            spans.append((sp["start"], sp["end"], "PERSON"))
    for m in regex.finditer(r"\w+|[^\w\s]", text):
        inside = [sp for sp in spans if sp[0] <= m.start() < sp[1]]
        if not inside:
            out.write(f"{m.group()}\tO\n")
            if m.group() in ".!?":
                out.write("\n")
            continue
        s, e, label = inside[-1] if inside[-1][2] != "STATEMENT" else inside[0]
        first = not any(sp for sp in spans if sp[2] == label and s <= m.start() and regex.search(r"\S", text[s:m.start()]))
        last = not regex.search(r"\w|[^\w\s]", text[m.end():e])
        tag = "U" if first and last else "B" if first else "L" if last else "I"
        out.write(f"{m.group()}\t{tag}-{label}\n")
    out.write("\n")
