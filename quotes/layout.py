"""Paragraphs, sentences and the lines that are not article prose (headlines, captions, links).

Only layout: no quotation marks, no cues. Every newline ends a paragraph (scraped text often has
single newlines), but one inside a sentence, wrapping it, and a sentence never crosses a paragraph.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import Iterable

import regex

from .lang import Lang
from .records import Paragraph
from .sources import dateline_end

FLOW_KINDS = frozenset({"body", "link"})  # lines a pronoun may refer back across
STORY_BREAKS = frozenset({"headline", "pagination"})  # lines after which the story may be another one
INSERTED_REACH = 3  # paragraphs from the body before an inserted headline to the body after it (a caption or link between)
RE_LINE = regex.compile(r"[^\n]+")
RE_LEAD_SPACE = regex.compile(r"(?:\s|&nbsp;)+")
# the spaces (and &nbsp;) that end a text, read from its end: one try, not one per position
RE_TRAILING_SPACE = regex.compile(r"(?r)(?:\s|&nbsp;)+$")
# a sentence ends at . ! ? … (and the closing marks after them) before a capital, digit or opening mark
# (« with French spacing: `pun. « Perbatasan`)
# (the match starts after the marks: \K, not a lookbehind that the engine would try at every position)
# (quotation marks may be written as HTML entities: `.&quot; Kata`, `kedua. &quot;Kami`)
RE_SENT_END = regex.compile(
    r"(?:([.!?…])(?:[\"”’'»)]|&(?:quot|rdquo|#8221|#39|rsquo);)*\K(?:\s|&nbsp;)+"
    r"(?=(?:«(?:\s|&nbsp;)?|”[ ]|[\"“”‘'(]|&(?:quot|ldquo|#8220|#39|lsquo);)?[\p{Lu}\p{N}])|([.!?])\K(?=[“‘«”\"]\p{Lu}))")
RE_WORD_BEFORE_DOT = regex.compile(r"(\S+)\.$")
RE_INITIALS = regex.compile(r"(?:\p{Lu}\.)*\p{Lu}")  # "J", "B.J": a name's initials
RE_WORD_AFTER_SPACE = regex.compile(r"\s+(\S+)")
TERMINALS = frozenset(".!?…:;,)")  # a line ending in one of these (and closing quotes) is prose
CLOSING_QUOTES = "\"”’»'"
OPENING_QUOTES = "\"“‘«'"
# what regex's \s matches (Unicode White_Space): str.strip() alone would also strip \x1c-\x1f
WHITESPACE = ("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
              "\u200a\u2028\u2029\u202f\u205f\u3000")
RE_WORDS = regex.compile(r"[\p{L}\p{N}]+")
RE_SENTENCE_END = regex.compile(r"[.!?…][\"”’»']?$")

HEADLINE_MAX_WORDS = 24
# a hard-wrapped text (`_wrap_width`): lines of at most this many characters, at least this many
# wrapped inside a paragraph, this share of them filled to this part of the width and open at the end
WRAP_MAX_WIDTH = 160
WRAP_MIN_LINES = 4
WRAP_FILL = 0.7
WRAP_SHARE = 0.6
CAPTION_MAX_WORDS = 40


class Spans:
    """Non-overlapping (start, end) spans, sorted, looked up by bisection: which span holds a
    position, and which spans start in a range. Long articles made linear scans quadratic."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _e in self.spans]
        self.ends = [e for _s, e in self.spans]

    def index_at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.ends[i] else None

    def holds(self, pos: int) -> bool:
        return self.index_at(pos) is not None

    def between(self, lo: int, hi: int) -> range:
        """Indexes of the spans that start in [lo, hi)."""
        return range(bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi))


@dataclass(frozen=True)
class Layout:
    # the text it describes, as the rules read it (`unwrapped`: a newline inside a paragraph is a
    # space); spaCy rebuilds Doc.text on every access, so it is kept here
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[tuple[int, int], ...]
    # the dateline that opens the story ("JAKARTA, KOMPAS — "): place and outlet are no sentence's
    dateline: tuple[int, int] | None = None
    _paragraph_spans: Spans = field(init=False, repr=False)
    _sentence_spans: Spans = field(init=False, repr=False)
    _last_break: tuple[int, ...] = field(init=False, repr=False)  # per paragraph: latest non-body one
    _last_headline: tuple[int, ...] = field(init=False, repr=False)  # per paragraph: latest headline

    def __post_init__(self) -> None:
        last, breaks, head, heads = -1, [], -1, []
        for i, p in enumerate(self.paragraphs):
            if p.kind not in FLOW_KINDS:
                last = i
            if p.kind in STORY_BREAKS:
                head = i
            breaks.append(last)
            heads.append(head)
        object.__setattr__(self, "_paragraph_spans", Spans((p.start, p.end) for p in self.paragraphs))
        object.__setattr__(self, "_sentence_spans", Spans(self.sentences))
        object.__setattr__(self, "_last_break", tuple(breaks))
        object.__setattr__(self, "_last_headline", tuple(heads))

    def paragraph_at(self, pos: int) -> int | None:
        """Index of the paragraph containing character `pos`, else None."""
        return self._paragraph_spans.index_at(pos)

    def unbroken(self, a: int, b: int) -> bool:
        """No headline, caption or other non-prose line stands between positions a <= b (a "Baca
        juga" link inside the story does not stop it: the text goes on after it; captions and adverts,
        measured, bring other people in)."""
        pa, pb = self.paragraph_at(a), self.paragraph_at(b)
        if pa is None or pb is None:
            return False
        return self._last_break[pb] < pa

    def same_story(self, a: int, b: int) -> bool:
        """No headline stands between positions a <= b: captions and links may (a pronoun after a
        photo caption still means the person before it when the caption names no one it could)."""
        pa, pb = self.paragraph_at(a), self.paragraph_at(b)
        if pa is None or pb is None:
            return False
        return self._last_headline[pb] < pa

    def inserted_headlines_only(self, a: int, b: int) -> bool:
        """Positions a <= b stand in body paragraphs at most INSERTED_REACH apart, with no page break
        between them: a headline there is another article's, inserted in the story."""
        pa, pb = self.paragraph_at(a), self.paragraph_at(b)
        if pa is None or pb is None or not 1 < pb - pa <= INSERTED_REACH:
            return False
        return (self.paragraphs[pa].kind == "body" and self.paragraphs[pb].kind == "body"
                and all(p.kind != "pagination" for p in self.paragraphs[pa + 1:pb]))

    def story_start(self, p: Paragraph) -> int:
        """Where the story of paragraph `p` starts: after the dateline, if it opens `p`."""
        return self.dateline[1] if self.dateline is not None and self.dateline[0] == p.start else p.start

    def sentence_at(self, pos: int) -> tuple[int, int] | None:
        i = self._sentence_spans.index_at(pos)
        return self.sentences[i] if i is not None else None

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence containing `pos`, -1 outside any."""
        i = self._sentence_spans.index_at(pos)
        return -1 if i is None else i

    def sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The sentence before the one containing `pos`, else None."""
        i = self._sentence_spans.index_at(pos)
        return self.sentences[i - 1] if i else None


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's span without the spaces (and HTML `&nbsp;`) around it; blank lines are dropped."""
    spans = []
    start = 0
    for line in text.split("\n"):
        s, e = start, start + len(line)
        start = e + 1
        stripped = line.strip(WHITESPACE)
        if "&nbsp;" in stripped:  # rare: let the patterns that know the entity do it
            lead = RE_LEAD_SPACE.match(text, s, e)
            if lead:
                s = lead.end()
            trail = RE_TRAILING_SPACE.search(text, s, e)
            if trail:
                e = trail.start()
        elif stripped:
            s += len(line) - len(line.lstrip(WHITESPACE))
            e = s + len(stripped)
        if e > s:
            spans.append((s, e))
    return spans


def _kind(text: str, lang: Lang) -> str | None:
    screen = _boilerplate_screen(lang)
    if screen is not None and screen.match(text) is None:
        return None  # most lines: one test instead of one per pattern
    for _id, kind, pattern in lang.boilerplate:
        if pattern.search(text):
            return kind
    return None


@functools.lru_cache(maxsize=8)
def _boilerplate_screen(lang: Lang) -> regex.Pattern | None:
    """One alternation of the boilerplate patterns, when every one is anchored at the line start
    (`^`, with at most a leading `(?i)`): a line none of them matches fails it at once."""
    parts = []
    for _id, _kind, pattern in lang.boilerplate:
        source, flags = pattern.pattern, ""
        if source.startswith("(?i)"):
            source, flags = source[4:], "i"
        if not source.startswith("^"):
            return None
        parts.append(f"(?{flags}:{source})" if flags else f"(?:{source})")
    return regex.compile("|".join(parts)) if parts else None


# closing marks at a line's end, also as HTML entities ('... Ritme&quot;')
RE_CLOSING_AT_END = regex.compile(r"(?r)(?:&(?:quot|rdquo|rsquo|raquo|#34|#39|#8221|#8217);|[" + CLOSING_QUOTES + r"])+$")


MAX_WORD_CHARS = 20  # no line of HEADLINE_MAX_WORDS words is longer than that many characters a word
TITLE_CASE = 0.8  # of a headline's longer words, how many are capitalised at least


def _is_headline(text: str) -> bool:
    """A short line without sentence punctuation at its end, or a question or exclamation in title
    case ("Arakawa Mundur Usai Kalah di Pemilu, Siapa Penggantinya?"): a title, not prose."""
    end = RE_CLOSING_AT_END.sub("", text)[-1:]
    if end in TERMINALS and end not in "?!" or len(text) > HEADLINE_MAX_WORDS * MAX_WORD_CHARS:
        return False  # (most lines: prose, told by their last character or their length)
    words = RE_WORDS.findall(text)
    if not 0 < len(words) <= HEADLINE_MAX_WORDS:
        return False
    if end not in TERMINALS:
        return True
    long = _long_words(words)
    return end in "?!" and len(long) >= 3 and _title_cased(long)


def _long_words(words: list[str]) -> list[str]:
    """The words that tell title case from prose: longer than three letters, no numbers."""
    return [w for w in words if len(w) > 3 and not w.isdigit()]


def _title_cased(long: list[str]) -> bool:
    return sum(w[0].isupper() for w in long) >= TITLE_CASE * len(long)


def _wrapped(text: str, line: tuple[int, int], after: tuple[int, int], lang: Lang) -> bool:
    """`after` goes on with the sentence of `line`, wrapped at a newline in scraped text ("&quot;Tidak
    mungkin laporan fiktif bisa lolos" / "kalau yang memverifikasi …"): the line ends no sentence, the
    next opens in lower case, and neither is boilerplate nor the line a title in title case."""
    prose = RE_CLOSING_AT_END.sub("", text[line[0]:line[1]])
    if not prose or prose[-1] in ".!?…":
        return False
    if not RE_LOWER_FIRST.match(text, after[0]) and prose[-1] != ",":
        # (a line that ends on a comma goes on whatever opens the next: "kata Direktur Utama BNRA," /
        # "Handayani Pratiwi, dalam paparan …")
        # ("… yang terbukti menjual di atas" / "HET. …": a line that ends on a word no sentence ends
        # on, a preposition or a conjunction, goes on whatever opens the next)
        # (and so does one whose next opens with an amount: "… harga dari agen sudah" / "Rp16.500 per liter.")
        last = RE_LAST_WORD.search(prose)
        amount = RE_AMOUNT_FIRST.match(text, after[0], after[1])
        unit = amount.group(1) if amount is not None else None
        # (and one whose next closes the sentence on a name: "… perubahan suhu perairan" / "Selat Bali. Ia …")
        if last is None or not (last.group() in lang.grammar.words("unfinished_words") or amount is not None
                                and (unit is None or unit in lang.grammar.words("currency_words"))
                                or RE_NAME_CLOSING_FIRST.match(text, after[0], after[1]) is not None
                                and len(RE_WORDS.findall(prose)) >= MIN_WRAPPED_WORDS):
            return False
    long = _long_words(RE_WORDS.findall(prose))
    # (a title's last word is capitalised as its others are: "… Sri Wulandari Pratiwi menjelaskan,
    # pemerintah" is a sentence of many names, wrapped)
    if prose[-1] != "," and long and _title_cased(long) and long[-1][0].isupper():
        return False
    return _kind(text[line[0]:line[1]], lang) is None and _kind(text[after[0]:after[1]], lang) is None


RE_LOWER_FIRST = regex.compile(r"\p{Ll}")
RE_NAME_CLOSING_FIRST = regex.compile(r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}\.(?:\s|$)")  # "Selat Bali. Ia …"
MIN_WRAPPED_WORDS = 8  # words of prose before a wrap (fewer make a headline's line)
RE_AMOUNT_FIRST = regex.compile(r"(\p{Lu}[\p{L}$]*)?\s?\d")  # "Rp16.500", "US$ 5", "16 persen": an amount
RE_LAST_WORD = regex.compile(r"(?r)(?<![\p{L}\p{N}-])\p{Ll}+$")  # the last word, in lower case
RE_FIRST_WORD = regex.compile(r"\S+")


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The width a text was hard-wrapped at (plain-text copies, wire copy, e-mail: every line of a
    paragraph filled to about the same width, paragraphs apart by blank lines), or None.

    A text is wrapped when its lines are short (at most WRAP_MAX_WIDTH characters), at least
    WRAP_MIN_LINES of them go on after a single newline, and most of those end inside a sentence
    and fill the width nearly to its end; a text of one paragraph a line ends its lines with
    sentences, at every length."""
    width = max((e - s for s, e in lines), default=0)
    if not width or width > WRAP_MAX_WIDTH:
        return None
    inner = [(s, e) for (s, e), (s2, _e2) in zip(lines, lines[1:]) if text.count("\n", e, s2) == 1]
    if len(inner) < WRAP_MIN_LINES:
        return None
    filled = sum(e - s >= WRAP_FILL * width for s, e in inner)
    open_ = sum(not RE_SENTENCE_END.search(RE_CLOSING_AT_END.sub("", text[s:e])) for s, e in inner)
    return width if filled >= WRAP_SHARE * len(inner) and open_ >= WRAP_SHARE * len(inner) else None


def _wraps_at(text: str, line: tuple[int, int], after: tuple[int, int], width: int, blank_lines: bool,
              lang: Lang) -> bool:
    """In a text wrapped at `width`, `after` goes on with the paragraph of `line`, and neither line is
    boilerplate (a "Baca juga" link, a caption). Where blank lines part paragraphs, `line` need only
    fill the width (WRAP_FILL of it: the wrapping may have counted an HTML entity as one character); a
    line that stops short is a heading, a credit, a paragraph's end. Where none do, the first word of
    `after` must not have fitted on `line`, and a full line that ends a sentence may end its paragraph
    too: it is wrapped only inside a quotation still open (and not opened again on the next line, as a
    quote running over paragraphs is)."""
    first = RE_FIRST_WORD.match(text, after[0], after[1])
    if first is None:
        return False
    if blank_lines:
        if line[1] - line[0] < WRAP_FILL * width:
            return False
    elif (line[1] - line[0]) + 1 + (first.end() - first.start()) <= width:
        return False
    elif RE_SENTENCE_END.search(RE_CLOSING_AT_END.sub("", text[line[0]:line[1]])) and not (
            _quotation_open(text, line[0], line[1]) and text[after[0]] not in OPENING_QUOTES):
        return False
    return _kind(text[line[0]:line[1]], lang) is None and _kind(text[after[0]:after[1]], lang) is None


def _quotation_open(text: str, start: int, end: int) -> bool:
    """A quotation opened in text[start:end] is not closed by its end (straight marks by their count)."""
    return text.count('"', start, end) % 2 == 1 or text.count("“", start, end) > text.count("”", start, end)


def find_paragraphs(text: str, lang: Lang) -> list[Paragraph]:
    raw = _lines(text)
    width = _wrap_width(text, raw)
    blank_lines = width is not None and any(text.count("\n", e, s2) > 1 for (_s, e), (s2, _e2) in zip(raw, raw[1:]))
    lines: list[tuple[int, int]] = []
    for line in raw:
        if lines and text.count("\n", lines[-1][1], line[0]) == 1 and (
                _wrapped(text, lines[-1], line, lang)
                or (width is not None and _wraps_at(text, lines[-1], line, width, blank_lines, lang))):
            lines[-1] = (lines[-1][0], line[1])
        else:
            lines.append(line)
    kinds: list[str] = []
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        kind = _kind(line, lang)
        if kind is None:
            kind = "headline" if _is_headline(line) else "body"
        kinds.append(kind)
    # the line above a "Sumber:"/"Foto:" line is the caption it credits, when it reads like one
    for i in range(1, len(lines)):
        if kinds[i] == "caption" and kinds[i - 1] in ("body", "headline"):
            s, e = lines[i - 1]
            above = text[s:e]
            if len(RE_WORDS.findall(above)) <= CAPTION_MAX_WORDS and not RE_SENTENCE_END.search(above):
                kinds[i - 1] = "caption"
        if kinds[i] == "headline" and kinds[i - 1] == "link" and text[lines[i - 1][1] - 1] == ":":
            # "Baca Juga:" alone on its line: the title below is the link's, and the story goes on after it
            kinds[i] = "link"
        elif (kinds[i] == "headline" and kinds[i - 1] == "link" and i > 1 and kinds[i - 2] == "link"
              and text.count("\n", lines[i - 1][1], lines[i][0]) == 1):
            # ... and so are the titles listed under it, a line each ("Baca Juga:\nBawaslu DKI Temukan
            # 4.000 APK\nKPU DKI Tetapkan Jadwal Debat")
            kinds[i] = "link"
    return [Paragraph(s, e, k) for (s, e), k in zip(lines, kinds)]


def _ends_with_abbreviation(text: str, end: int, lang: Lang) -> bool:
    start = max(0, end - 12)
    m = RE_WORD_BEFORE_DOT.search(text[start:end])
    if not m:
        return False
    word = m.group(1).lstrip("(\"“‘'")
    if _is_degree(word, lang):
        # a degree follows a name: a capital after it opens a sentence ("Agus Wijayanto, M.Pd. Ia
        # menilai"), but for another degree ("Rizal Effendi S.H. M.H. mengatakan") or its field
        # ("M.Si. (Han), menilai")
        after = RE_WORD_AFTER_SPACE.match(text, end)
        word = after.group(1).rstrip(".,") if after is not None else ""
        return _is_degree(word, lang) or word in lang.words.get("degree", ())
    return (word + "." in lang.abbreviations or RE_INITIALS.fullmatch(word) is not None  # "B.J. Habibie"
            or word.rsplit(".", 1)[-1] + "." in lang.abbreviations)


def _is_degree(word: str, lang: Lang) -> bool:
    """An academic degree written after a name ("M.Pd", "S.H", "Sp.PD"), with its inner dots."""
    degrees = lang.words.get("degree", ())
    return "." in word and (word in degrees or word + "." in degrees or lang.grammar.pattern("degree").match(word) is not None)


def find_dateline(text: str, paragraphs: list[Paragraph], lang: Lang) -> tuple[int, int] | None:
    """The dateline that opens the first body paragraph, with the spaces after it."""
    p = next((p for p in paragraphs if p.kind == "body"), None)
    end = dateline_end(text, p, lang) if p is not None else None
    return (p.start, end) if end is not None else None


def find_sentences(text: str, paragraphs: list[Paragraph], lang: Lang,
                   dateline: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    sentences = []
    for p in paragraphs:
        start = dateline[1] if dateline is not None and dateline[0] == p.start else p.start
        for m in RE_SENT_END.finditer(text, start, p.end):
            dot = m.end(1) if m.group(1) is not None else m.end(2)  # just after the stop
            if text[dot - 1] == "." and _ends_with_abbreviation(text, dot, lang):
                continue
            sentences.append((start, m.start()))
            start = m.end()
        if start < p.end:
            sentences.append((start, p.end))
    return sentences


def unwrapped(text: str, paragraphs: Iterable[Paragraph]) -> str:
    """The text as the rules read it: each newline inside a paragraph (a line wrapped in scraped or
    hard-wrapped text) read as a space. The same length, so every offset holds; the text itself when
    no paragraph holds a newline."""
    spans = [(p.start, p.end) for p in paragraphs if text.find("\n", p.start, p.end) >= 0]
    if not spans:
        return text
    pieces, last = [], 0
    for s, e in spans:
        pieces += [text[last:s], text[s:e].replace("\n", " ")]
        last = e
    pieces.append(text[last:])
    return "".join(pieces)


def find_layout(text: str, lang: Lang) -> Layout:
    paragraphs = find_paragraphs(text, lang)
    text = unwrapped(text, paragraphs)
    dateline = find_dateline(text, paragraphs, lang)
    return Layout(text, tuple(paragraphs), tuple(find_sentences(text, paragraphs, lang, dateline)), dateline)
