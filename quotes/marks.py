"""Spans inside quotation marks: every mark style, multi-paragraph quotes, unbalanced marks.

Only the marks: whether a span is a quote, a title or a scare quote is decided later, with its
cues. Marks are paired like Markdown's delimiter runs: a mark can open when text follows it and
close when text precedes it; the glyph breaks ties (“ opens, ” closes unless it starts a word, as
Kompas writes it). Nested single marks inside double ones belong to the content.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .layout import RE_TRAILING_SPACE, RE_WORDS
from .records import Mark, Paragraph

RE_MARK = regex.compile(
    r"&(?:quot|ldquo|rdquo|bdquo|lsquo|rsquo|laquo|raquo|#8220|#8221|#8222|#8216|#8217|#39|#34|#171|#187);"
    r"|[\"“”„‘’'«»]")
RE_SPACE_AFTER = regex.compile(r"^(?:\s|&nbsp;)+")

DOUBLE, SINGLE, GUILLEMET = "double", "single", "guillemet"
# glyph -> (family, can be an opener by shape, can be a closer by shape)
GLYPHS = {
    '"': (DOUBLE, True, True), "&quot;": (DOUBLE, True, True), "&#34;": (DOUBLE, True, True),
    "“": (DOUBLE, True, False), "&ldquo;": (DOUBLE, True, False), "&#8220;": (DOUBLE, True, False),
    "„": (DOUBLE, True, False), "&bdquo;": (DOUBLE, True, False), "&#8222;": (DOUBLE, True, False),
    "”": (DOUBLE, True, True), "&rdquo;": (DOUBLE, True, True), "&#8221;": (DOUBLE, True, True),
    "'": (SINGLE, True, True), "&#39;": (SINGLE, True, True),
    "‘": (SINGLE, True, False), "&lsquo;": (SINGLE, True, False), "&#8216;": (SINGLE, True, False),
    "’": (SINGLE, False, True), "&rsquo;": (SINGLE, False, True), "&#8217;": (SINGLE, False, True),
    "«": (GUILLEMET, True, False), "&laquo;": (GUILLEMET, True, False), "&#171;": (GUILLEMET, True, False),
    "»": (GUILLEMET, False, True), "&raquo;": (GUILLEMET, False, True), "&#187;": (GUILLEMET, False, True),
}
OPEN_CONTEXT = set("([{—–-:/")
CLOSE_CONTEXT = set(",.;:!?)]}—–-…")
TRAILING_PUNCT = ",."
SENTENCE_END = ".!?"


@dataclass
class _Tok:
    glyph: str
    start: int
    end: int
    family: str
    can_open: bool
    can_close: bool


def _flanking(text: str, tok: str, start: int, end: int, lo: int, hi: int) -> tuple[bool, bool]:
    family, shape_open, shape_close = GLYPHS[tok]
    before = text[start - 1] if start > lo else " "
    after = text[end] if end < hi else " "
    space_before = before.isspace() or text.endswith("&nbsp;", lo, start)
    space_after = after.isspace() or text.startswith("&nbsp;", end, hi)
    left = not space_after and (space_before or before in OPEN_CONTEXT or before in "\"“”'‘«")
    right = not space_before and (space_after or after in CLOSE_CONTEXT or after in "\"”’'»")
    if family == GUILLEMET:
        # French spacing puts a space inside the marks: « … »
        return shape_open and not (after == "\n"), shape_close
    if family == SINGLE:
        # an apostrophe inside a word (Jum'at, Qur’an) is no mark
        if before.isalnum() and after.isalnum():
            return False, False
        left = left and (after.isalnum() or after in "\"“")
        if before in ",.!?" and after.isalpha():
            right = True  # (glued to the cue after the quote's comma: `berkali-kali,’ucap`)
    elif space_before and space_after and start - 2 >= lo and text[start - 2] in ",.!?" \
            and end + 1 < hi and text[end + 1].islower():
        # loose on both sides after the quote's comma (`khusuk, ” ucapnya`): a closing mark
        right = shape_close
    elif space_before and space_after and start - 2 >= lo and text[start - 2] in SENTENCE_END \
            and end + 1 < hi and text[end + 1].isupper():
        # loose on both sides between a sentence's end and a capital (`darurat. ” Kami`): either, as
        # the pairing needs (Kompas's ” opens after a space)
        left, right = shape_open, shape_close
    elif not left and not right and not space_before and not space_after:
        # glued on both sides (`cukup,”ucap`, `.“Anggaran`): punctuation before means a closing
        # mark unless the shape says it opens; between a sentence's end or a comma and a capital
        # (`publik.”Beri`, `mengatakan,"Frekuensi`) a mark that may do both does either, as the
        # pairing needs
        if (before in SENTENCE_END or before == ",") and after.isupper():
            left, right = shape_open, shape_close
        elif before in CLOSE_CONTEXT:
            left, right = shape_open and not shape_close, shape_close
    return left and shape_open, right and shape_close


def _glued_after_comma(text: str, m: regex.Match, lo: int, hi: int, cues: frozenset[str]) -> bool:
    """The mark stands between a comma and a lower-case word that is no cue: `pribadinya,"saya`."""
    if not (m.start() > lo and m.end() < hi and text[m.start() - 1] == "," and text[m.end()].islower()):
        return False
    word = RE_WORDS.match(text, m.end(), hi)
    return word is not None and word.group().casefold().removesuffix("nya") not in cues


def _glued_between(text: str, m: regex.Match, lo: int, hi: int) -> bool:
    """The mark stands between a sentence's end and a capital with no space: `publik.”Beri`."""
    return m.start() > lo and m.end() < hi and text[m.start() - 1] in SENTENCE_END and text[m.end()].isupper()


def _tokens(text: str, lo: int, hi: int, cues: frozenset[str] = frozenset()) -> list[_Tok]:
    toks = []
    for m in RE_MARK.finditer(text, lo, hi):
        glyph = m.group()
        family = GLYPHS[glyph][0]
        can_open, can_close = _flanking(text, glyph, m.start(), m.end(), lo, hi)
        if not can_open and family != SINGLE and _glued_after_comma(text, m, lo, hi, cues):
            # `pribadinya,"saya akan kembali`: the second half of a split quote, unless a cue follows
            # (`cukup,”ucap`)
            can_open = GLYPHS[glyph][1]
        if glyph in ("”", "&rdquo;", "&#8221;") and can_open and can_close and not _glued_between(text, m, lo, hi):
            # Kompas's ” opens too, but only where a word starts after a space or at a line start
            before = text[m.start() - 1] if m.start() > lo else " "
            can_open = before.isspace() or before in OPEN_CONTEXT
            can_close = not can_open
        if can_open or can_close:
            toks.append(_Tok(glyph, m.start(), m.end(), family, can_open, can_close))
    return toks


CURLY_OPENERS = {"“", "&ldquo;", "&#8220;", "„", "&bdquo;", "&#8222;"}
CURLY_CLOSERS = {"”", "&rdquo;", "&#8221;"}


def _awaits_curly(opened: _Tok, t: _Tok, toks: list[_Tok]) -> bool:
    """A “ … quote with a straight mark inside closes at its ” when the paragraph has one."""
    if opened.glyph not in CURLY_OPENERS or t.glyph in CURLY_CLOSERS:
        return False
    return any(u.glyph in CURLY_CLOSERS and u.start > t.start and u.can_close for u in toks)


def _content(text: str, start: int, end: int, closed: bool) -> tuple[int, int]:
    lead = RE_SPACE_AFTER.match(text[start:end])
    if lead:
        start += lead.end()
    trail = RE_TRAILING_SPACE.search(text[start:end])
    if trail:
        end = start + trail.start()
    if end > start and text[end - 1] in TRAILING_PUNCT and not text.endswith("..", start, end):
        end -= 1
    return start, end


RE_CUE_AFTER_CLOSE = regex.compile(r"(?:\s|&nbsp;)*\p{Ll}")  # (glued too: `melaut,”ucap`)


def _unopened(text: str, t: _Tok, p: Paragraph) -> bool:
    """A double closing mark, first of its paragraph, after a clause's punctuation and before a
    lowercase word (`…sabar,” ujar …`): the end of a quote whose opening mark is missing."""
    return (t.family != SINGLE and t.can_close and t.start > p.start and text[t.start - 1] in ",.!?"
            and RE_CUE_AFTER_CLOSE.match(text, t.end, p.end) is not None)


RE_CUE_INSIDE = regex.compile(r",(?:\s|&nbsp;)+(\p{Ll}+)(?:\s|&nbsp;)+\p{Lu}")


def _cue_inside(text: str, start: int, end: int, cues: frozenset[str]) -> int | None:
    """Where a quote left open stops at its own cue: the comma of `"Kami sudah lima hari tidak
    melaut, kata Yusuf sambil …` (a short cue and a name after a comma), else None: the next
    paragraph's opening mark then opens a quote of its own, not the same one again."""
    for m in RE_CUE_INSIDE.finditer(text, start, end):
        if m.group(1) in cues:
            return m.start()
    return None


def _introduced(text: str, opened: _Tok) -> bool:
    """The mark opens a quote that may run on into the next paragraph: where a sentence or clause
    starts ('Ia mengatakan, "…', '… kondisi desanya. ”Di desa kami …'), not right after a word of the
    writer's sentence, where a title lost its closing mark ('Laporan itu bertajuk "Global Economy at a
    Crossroads, dan dirilis …')."""
    before = text[max(0, opened.start - 2):opened.start].rstrip(" \t\xa0")
    return not before[-1:].isalnum()  # (after a newline, a line's start)


def find_marks(text: str, paragraphs: list[Paragraph], cues: frozenset[str] = frozenset()) -> list[Mark]:
    """Pair the quotation marks of the body paragraphs into spans. `cues` are the short cues
    ("kata", "ujar") at which a quote whose closing mark was dropped ends."""
    marks: list[Mark] = []
    opened: _Tok | None = None
    carried = False  # the open mark comes from an earlier paragraph
    last_end = 0
    body = [p for p in paragraphs if p.kind == "body"]
    for p in body:
        toks = _tokens(text, p.start, p.end, cues)
        if opened is not None:
            if (toks and toks[0].start == p.start and toks[0].family == opened.family and toks[0].can_open
                    and (carried or _cue_inside(text, opened.end, last_end, cues) is None and _introduced(text, opened))):
                toks = toks[1:]  # the paragraph re-opens the quote: it runs on
                carried = True
            elif (toks and toks[0].family == opened.family and toks[0].can_close and not toks[0].can_open
                  and text[last_end:p.start].strip(" \t\r") == "\n"):
                # a scraped line break inside a quote, "&quot;Yang nyalakan flare itu bukan Aremania
                # sejati.\nKalau cinta Arema, ya jangan bikin Arema rugi,&quot; tegas Sam Ipul.": the
                # quote runs on to the line that closes it
                pass
            else:
                # (an open quote whose paragraph holds its own cue ends there: the next paragraph's
                # mark opens another quote)
                s, e = _content(text, opened.end, last_end, False)
                if e > s:
                    marks.append(Mark(s, e, opened.start, None, "marks.unbalanced"))
                opened = None
        for k, t in enumerate(toks):
            if opened is None:
                if t.can_open:
                    opened, carried = t, False
                elif k == 0 and _unopened(text, t, p):
                    # `Kami sempat kaget,” ujar pemain itu.`: the opening mark was dropped, and the
                    # quote runs from the paragraph's start to its closing mark
                    s, e = _content(text, p.start, t.start, True)
                    if e > s:
                        marks.append(Mark(s, e, p.start, t.end, "marks.unopened"))
            elif t.family == opened.family and t.can_close and not _awaits_curly(opened, t, toks):
                s, e = _content(text, opened.end, t.start, True)
                if e > s:
                    rule = "marks.multi_paragraph" if carried else f"marks.{opened.family}"
                    marks.append(Mark(s, e, opened.start, t.end, rule))
                opened = None
        last_end = p.end
    if opened is not None:
        s, e = _content(text, opened.end, last_end, False)
        if e > s:
            marks.append(Mark(s, e, opened.start, None, "marks.unbalanced"))
    return marks
