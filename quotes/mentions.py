"""Speaker mentions: read the words next to a cue and split them into role and name.

"Kapolres Metro Jakarta Selatan AKBP Budi Santoso" → role "Kapolres Metro Jakarta Selatan",
name "Budi Santoso"; "Presiden Rusia, Vladimir Putin," → role "Presiden Rusia", name "Vladimir
Putin"; "sejumlah pengamat militer" → a group. Only mentions: which person a mention refers to
across the article is ``entities.py``'s job.
"""
from __future__ import annotations

import bisect
import functools
import itertools
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator, NamedTuple

import regex

from .lang import Lang
from .records import Cue, Mention
from .sources import back_reference_pattern

# (an apostrophe written as an HTML entity joins a word's parts as the apostrophe does: "Syar&#39;iyah")
RE_TOKEN = regex.compile(r"\((?:[^()\n]{1,60})\)|[\p{L}\p{N}]+(?:(?:&#39;|&#8217;|&rsquo;|&apos;|[.'’&/-])[\p{L}\p{N}]+)*"
                         r"(?:\(\p{Lu}\)(?![\p{L}\p{N}]))?\.?|[,:;]")
RE_ACRONYM = regex.compile(r"^\(?[\p{Lu}\p{N}&.-]{2,}\)?$|^\(\p{Lu}[\p{L}\p{N}&.-]{1,11}\)$")
RE_CAPITAL = regex.compile(r"[\p{Lu}\p{N}]")
RE_ALNUM = regex.compile(r"[\p{L}\p{N}]")
RE_PARENTHESISED = regex.compile(r"^\(.*\)$")
RE_GLOSS = regex.compile(r"^\(\p{Lu}\p{Ll}+(?: (?:of|for|and|\p{Lu}\p{Ll}+)){1,4}\)$")  # "(Chief Meteorologist)": a title in English
RE_SHORT_FORM = regex.compile(r"^\(\p{Lu}{2,}(?: \p{Lu}[\p{L}\p{N}]*){1,2}\)$")  # "(BPH Migas)": an organisation's short name
RE_STOP_AFTER = regex.compile(r"[.!?;\"“”‘’«»()\n–—]|\s-\s")

# what stands right before a sentence's first word: a stop, or a dateline's dash ("Bandung - Petani ...")
SENTENCE_OPENING_GAPS = (". ", "- ", "– ", "— ")
MAX_UNNAMED_TOKENS = 3  # "Petani tambak setempat": people named by what they are, in a few words
MAX_SPEAKER_TOKENS = 22  # "Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan Modal Ventura, Lembaga Keuangan Mikro, dan Lembaga Jasa Keuangan Lainnya OJK Gede Arya Suardana"


def _g(ctx: "Context", name: str) -> frozenset[str]:
    """A word set of the language's grammar data ("name_particles", "speaker_stops", ...)."""
    return ctx.lang.grammar.words(name)


def _is_age(ctx: "Context", text: str) -> bool:
    return ctx.lang.grammar.pattern("age").match(text) is not None
MAX_APPOSITIVE_COMMAS = 2
MAX_ROLE_COMMAS = 3  # "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB, Ratna Sari Dewi,"
MAX_DESCRIPTION = 10  # "tunggal putri berusia 20 tahun asal Kudus itu"
MAX_WHERE_WORDS = 4  # "di akademi Valencia" in "mantan asisten pelatih di akademi Valencia tersebut"
# below this length `Context.count` searches the text for each phrase; from it, it indexes where
# every word starts (a scan of the whole text, which then answers each phrase in a few steps)
INDEX_FROM = 30_000
MAX_DESCRIPTION_CHARS = 160  # how far a relative clause that describes someone may run


class Token(NamedTuple):
    text: str
    start: int
    end: int
    bare: str  # the word without a final dot ("Prof." → "Prof")


@dataclass
class Context:
    """What the whole article says about its words: which capitalised words are places, which
    words it also writes in lower case, how often a capitalised word stands alone or after another.

    The counts are read from the text when a rule first asks for them, not before: most articles
    never need them, and for those that do, one scan serves every question.
    """

    lang: Lang
    text: str = ""
    place_like: frozenset[str] = frozenset()
    short_names: frozenset[str] = frozenset()  # words the article uses alone as a speaker
    _lower: dict[str, bool] = field(default_factory=dict, repr=False)
    _capitalised: Counter[str] | None = field(default=None, repr=False)
    _pairs: Counter[tuple[str, str]] | None = field(default=None, repr=False)
    _classified: dict[tuple[int, ...], Mention | None] = field(default_factory=dict, repr=False)
    _counts: dict[str, int] = field(default_factory=dict, repr=False)
    _word_starts: dict[str, list[int]] | None = field(default=None, repr=False)
    _pairs_from: dict[str, list[tuple[str, str]]] = field(default_factory=dict, repr=False)

    def count(self, part: str) -> int:
        """How often the article writes `part` starting a word (a name, a phrase of capitals): `starts`,
        counted; a part that opens with no letter or digit, wherever it is written."""
        if part not in self._counts:
            self._counts[part] = self.text.count(part) if RE_FIRST_WORD.match(part) is None else len(self.starts(part))
        return self._counts[part]

    def starts(self, part: str) -> list[int]:
        """Where the article writes `part` starting a word (after no letter or digit; a single word,
        before none), in order; read where its first word stands in a long text, so that rules asking
        of every mention stay linear."""
        first = RE_FIRST_WORD.match(part)
        if first is None or len(self.text) < INDEX_FROM:
            text, whole = self.text, first is not None and first.end() == len(part)
            return [i for i in _occurrences(text, part) if not (i and _alnum(text[i - 1]))
                    and not (whole and _alnum(text[i + len(part):i + len(part) + 1]))]
        text = self.text
        return [i for i in self._starts_of(first.group()) if text.startswith(part, i)]

    def _starts_of(self, word: str) -> list[int]:
        if self._word_starts is None:
            self._word_starts = {}
            for m in RE_WORD_START.finditer(self.text):
                self._word_starts.setdefault(m.group(), []).append(m.start())
        return self._word_starts.get(word, [])

    def is_lower_word(self, word: str) -> bool:
        """The article also writes `word` (lower case) as a word of its own ("nama", not "Nama")."""
        if word not in self._lower:
            self._lower[word] = RE_LOWER_ONLY.fullmatch(word) is not None and self._stands_alone(word)
        return self._lower[word]

    def _stands_alone(self, word: str) -> bool:
        """`word` occurs with no letter or digit on either side, nor a dot or hyphen before it."""
        text = self.text
        if len(text) >= INDEX_FROM and RE_FIRST_WORD.fullmatch(word):
            # (a word of letters alone stands so where a word starts that is it, and nothing longer)
            return any(not (i and text[i - 1] in ".-") for i in self._starts_of(word))
        i = text.find(word)
        while i >= 0:
            before, after = text[i - 1:i], text[i + len(word):i + len(word) + 1]
            if not (before and (before in ".-" or _alnum(before))) and not (after and _alnum(after)):
                return True
            i = text.find(word, i + 1)
        return False

    def capitalised(self, word: str) -> int:
        """How often the article writes the capitalised word `word`."""
        if self._capitalised is None:
            self._capitalised = Counter(RE_CAP_WORD.findall(self.text))
        return self._capitalised.get(word, 0)

    def pairs_from(self, first: str) -> list[tuple[str, str]]:
        """The pairs of capitalised words the article writes that start with `first` (read once a word)."""
        if first not in self._pairs_from:
            self._pairs_from[first] = [(first, m.group(1)) for m in regex.finditer(
                r"(?<![\p{L}\p{N}])" + regex.escape(first) + r" (\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}])", self.text)]
        return self._pairs_from[first]

    def _pair_counts(self) -> Counter[tuple[str, str]]:
        if self._pairs is None:
            self._pairs = Counter(RE_CAP_PAIR.findall(self.text, overlapped=True))
            # ("Leonardo "Leo" Dizon": the words around a nickname in marks are written together)
            self._pairs.update(RE_CAP_PAIR_AROUND_NICKNAME.findall(self.text))
        return self._pairs

    def pair(self, first: str, second: str) -> int:
        """How often the article writes the capitalised word `second` right after `first`."""
        return self._pair_counts().get((first, second), 0)

    def after_others(self, word: str, words: Iterable[str]) -> int:
        """How often the article writes the capitalised `word` right after a capitalised word none of
        `words`: inside another name ("Prasetyo Budi Santoso" for "Teguh Imam Santoso")."""
        keep = set(words)
        return sum(n for (first, second), n in self._pair_counts().items() if second == word and first not in keep)


# two names of two words or more joined by a hyphen: a pair of candidates ("Darwin Sitompul-Hasan Basri")
RE_NAME_PAIR = regex.compile(r"(\p{Lu}\p{Ll}[\p{L}'’.]*(?: \p{Lu}\p{Ll}[\p{L}'’.]*)+)-(\p{Lu}\p{Ll}[\p{L}'’.]*(?: \p{Lu}\p{Ll}[\p{L}'’.]*)+)")
RE_LOWER_ONLY = regex.compile(r"\p{Ll}+")
RE_WORD_START = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]+")
RE_FIRST_WORD = regex.compile(r"[\p{L}\p{N}]+")
# (?=\p{Lu}) first: the engine then skips to capitals instead of trying the lookbehind everywhere
RE_CAP_WORD = regex.compile(r"(?=\p{Lu})(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?![\p{L}\p{N}])")
RE_LETTERS = regex.compile(r"[\p{L}'’-]+")  # the words of a token written with others ("Hilirisasi/BKPM")
RE_CAP_PAIR = regex.compile(r"(?=\p{Lu})(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*) (\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}])")
RE_CAP_PAIR_AROUND_NICKNAME = regex.compile(r"(?=\p{Lu})(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]*) (?:\"|“|&quot;)\p{Lu}[\p{L}'’-]*"
                                         r"(?:\"|”|“|&quot;) (\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}])")
RE_ADVERBS_TO_VERB = regex.compile(r"(?: \p{Ll}+){0,2} ?")  # "itu juga melaporkan"
RE_DATELINE_PLACE = regex.compile(r"(?m)^\s*(\p{Lu}{3,}(?: \p{Lu}{3,})?),")


# "kata Hasanuddin." / "menurut Hasanuddin,": a one-word name right after a short cue
RE_DIGIT = regex.compile(r"\d")
RE_CAPITAL_NEXT = regex.compile(r" \p{Lu}")
RE_WORD_AFTER_COMMA = regex.compile(r", (\p{Lu}[\p{L}-]*)")
RE_LAST_WORD_BEFORE_PLACE = regex.compile(r"(?r)(\p{L}+) $")  # the word before a place noun ("Kepala" of "Kepala Desa")
MAX_WORD_CHARS = 64  # (read back no further: a reverse search that fails would read the whole text back)
RE_LAST_LOWER = regex.compile(r"(?r)(\p{Ll}+)\W*$")  # the last word before a place, read from there
RE_NAME_AFTER_CUE = regex.compile(r" (\p{Lu}[\p{L}'’-]+)(?=[,.]| (\p{Ll}+))")


def article_context(text: str, lang: Lang, cues: Iterable[Cue] = (), headings: Iterable[tuple[int, int]] = ()
                    ) -> Context:
    """Collect the capitalised words the article itself uses as places ("di Sleman") and the
    one-word names it uses next to one of its cues ("kata Hasanuddin", "Hasanuddin menegaskan").

    `headings` are the spans of headlines and captions, whose short words say little ("Dela Cruz
    Rebut Sabuk WBC dari Ibáñez": from a boxer, not from a place)."""
    headings = sorted(headings)
    heading_starts = [s for s, _e in headings]
    words: set[str] = set()
    titled: set[str] = set()  # "Wali Kota Risma": after a title, a place or the holder's name
    held: set[str] = set()
    sourced: set[str] = set()  # "dari Joko": from somewhere, or from someone
    place_titles = lang.grammar.words("place_titles")
    for m in lang.grammar.pattern("locative").finditer(text):
        at = bisect.bisect_right(heading_starts, m.start()) - 1  # (headings are sorted and apart)
        if at >= 0 and m.start() < headings[at][1]:
            continue
        found = _known_place_first(m.group(1).split(), lang)
        if _in(lang, "title", found[0]):
            continue  # "Kota Komisaris Ubaidillah": a title and its holder, no place
        if (len(found) > 1 and text[m.start():m.start(1)].strip() in lang.place_nouns
                and (before := RE_LAST_WORD_BEFORE_PLACE.search(text, max(0, m.start() - MAX_WORD_CHARS), m.start())) is not None
                and is_title_word(before.group(1).casefold(), lang)):
            found = found[:1]  # "Kepala Desa Wonosoco Sukarjo": the village, then its head's name
        if _in(lang, "org_head", found[0]):
            found = found[1:]  # "dari Perum Bulog", "dari Puskesmas Blambangan": the body's word is no place
        if len(found) == 1 and len(found[0]) > 1 and found[0].isupper() and found[0] not in lang.place_words:
            continue  # "aduan ke CNIL": an acronym the language knows as no place is a body's
        from_ = m.group().startswith("dari ")
        if from_ and (before := RE_LAST_WORD_BEFORE_PLACE.search(text, max(0, m.start() - 20), m.start())) is not None \
                and before.group(1).casefold() in lang.grammar.words("sourcing_words"):
            continue  # "dikutip dari APS": an outlet, no place
        if len(found) > 1 and from_ and not any(w in lang.place_words for w in found):
            continue  # "kalah tipis dari Iis Rostiawati": from someone as often as from somewhere
        if any(text.endswith(t, 0, m.start(1) - 1) for t in place_titles):
            titled.update(found)
            if len(found) == 1 and not RE_CAPITAL_NEXT.match(text, m.end(1)):
                held.add(found[0])  # "Wali Kota Heru mengatakan": a title, then its holder's name
        elif from_:
            sourced.update(found)
        else:
            words.update(found)
    for m in RE_DATELINE_PLACE.finditer(text):
        words.update(w.title() for w in m.group(1).split())
    # "datang dari Fikri (22)": a word written with an age is a person, wherever it stands
    aged = lang.grammar.pattern("aged_name")
    if len(text) < INDEX_FROM:
        for found in (words, sourced):
            found.difference_update([w for w in found if f"{w} (" in text and any(
                aged.match(text, i) for i in _occurrences(text, f"{w} ("))])
    else:
        # (in a long text, the words written before a parenthesis are read once)
        written = _written_before_parenthesis(text)
        for found in (words, sourced):
            found.difference_update([w for w in found if any(
                aged.match(text, i) for i in (written.get(w, ()) if len(w) <= MAX_PLACE_CHARS else _occurrences(text, f"{w} (")))])
    short: set[str] = set()
    name_before = lang.grammar.pattern("name_before_cue")
    for cue in cues:
        m = None
        if cue.clitic or " " in cue.text:
            continue
        if cue.kind in ("short", "according"):
            m = RE_NAME_AFTER_CUE.match(text, cue.end)
            if m is not None and m.group(2) is not None and (
                    m.group(2) not in lang.grammar.words("adjunct_prepositions")
                    or is_title_word(m.group(1).casefold(), lang)):
                # ("kata Vandenbroucke seperti dikutip dari …", "ujar Rina kepada wartawan": where
                # the words after the name say where or to whom; not "kata Kapolres kepada …")
                m = None
        elif cue.kind == "verb" and RE_LOWER_ONLY.fullmatch(cue.text):
            m = name_before.match(text, 0, cue.start)  # read back from the verb: "Budi juga mengatakan"
        if m is not None:
            short.add(m.group(1))
    # "ujar Risma": the article uses the word alone as a speaker's name, or after the title alone
    # (and "menerima uang dari Joko" ... "kata Joko": whom the article quotes is someone)
    words.update(titled - short - held, {w for w in sourced if w not in short or w in lang.place_words})
    # ("Kembali ke Vandenbroucke, …" ... "kata Vandenbroucke": a word the article uses alone as a
    # speaker's name is a name wherever it stands, unless the language knows it as a place)
    words.difference_update(w for w in short if w not in lang.place_words)
    return Context(lang, text, frozenset(words), frozenset(short - words))


def _known_place_first(words: list[str], lang: Lang) -> list[str]:
    """The words of a place run that are the place: where it opens with places the language knows
    ("Provinsi Kalbar Hendra"), up to the last of them; the word after is no place ("Hendra")."""
    head = 0
    while head < len(words) and words[head] in lang.place_nouns:
        head += 1  # ("Provinsi", "Lapangan": what kind of place; the place's own name follows)
    known = head
    while known < len(words) and words[known] in lang.place_words:
        known += 1
    return words[:known] if head < known < len(words) else words


def _written_before_parenthesis(text: str) -> dict[str, list[int]]:
    """Where the text writes each string of up to MAX_PLACE_CHARS characters before " (" (which words
    may be written with an age), read once in a long text rather than searched for word by word."""
    found: dict[str, list[int]] = {}
    i = text.find(" (")
    while i >= 0:
        for j in range(max(0, i - MAX_PLACE_CHARS), i):
            found.setdefault(text[j:i], []).append(j)
        i = text.find(" (", i + 1)
    return found


MAX_PLACE_CHARS = 40


def _defined_before(short: str, ctx: Context) -> regex.Match | None:
    """The first place the article defines `short` after two capitalised words: "Gubernur Jawa (GJ)"."""
    return near_parenthesis(regex.compile(r"((?:\p{Lu}[\p{L}-]* ){2})\(" + regex.escape(short) + r"\)"), short, ctx)


def near_parenthesis(pattern: regex.Pattern, short: str, ctx: Context, after: bool = False) -> regex.Match | None:
    """The first match of `pattern`, which ends with `short` in parentheses (or, `after`, opens with
    it), in the article; in a long text it is read only next to where "(short)" is written, so that
    rules asking of every short form stay linear."""
    text = ctx.text
    if len(text) < INDEX_FROM:
        return pattern.search(text)
    for at in ctx.starts(short):
        end = at + len(short)
        if text[at - 1:at] == "(" and text[end:end + 1] == ")":
            found = (pattern.match(text, at - 1, min(len(text), end + 1 + PARENTHESIS_REACH)) if after
                     else pattern.search(text, max(0, at - PARENTHESIS_REACH), end + 1))
            if found is not None:
                return found
    return None


PARENTHESIS_REACH = 200  # characters read beside a short form in parentheses for the words that go with it


def _occurrences(text: str, part: str) -> Iterator[int]:
    i = text.find(part)
    while i >= 0:
        yield i
        i = text.find(part, i + 1)


def itokens(text: str, start: int, end: int) -> Iterator[Token]:
    """The tokens of text[start:end], one at a time: a reader that stops early reads no further."""
    for m in RE_TOKEN.finditer(text, start, end):
        w = m.group()
        yield Token(w, m.start(), m.end(), w.rstrip("."))


def tokens(text: str, start: int, end: int) -> list[Token]:
    new = tuple.__new__  # a NamedTuple's own constructor is a Python function: 15% of this one
    return [new(Token, (w, m.start(), m.end(), w.rstrip("."))) for m in RE_TOKEN.finditer(text, start, end)
            for w in (m.group(),)]


def _in(lang: Lang, kind: str, word: str) -> bool:
    """`word` (or `word` without its final dots: "Prof.") is a form of mention kind `kind`."""
    forms = lang.words.get(kind, ())
    return word in forms or (word[-1:] == "." and word.rstrip(".") in forms)


# what a character is, asked of the same few characters again and again: remembered (bounded by
# the characters there are)
@functools.cache
def is_lower(ch: str) -> bool:
    """`ch` is a lowercase letter."""
    return RE_LOWER_ONLY.fullmatch(ch) is not None


@functools.cache
def _alnum(ch: str) -> bool:
    return RE_ALNUM.fullmatch(ch) is not None


@functools.cache
def _capital(ch: str) -> bool:
    return RE_CAPITAL.fullmatch(ch) is not None


def is_capitalised(tok: Token) -> bool:
    return _capital(tok.text[1:2] if tok.text[:1] == "(" else tok.text[:1])


# what a word is by the lexicon alone is asked again and again of the same words: remembered
WORD_CACHE = 1 << 16


@functools.lru_cache(maxsize=WORD_CACHE)
def _is_degree(lang: Lang, word: str) -> bool:
    """An academic degree after a name: listed ("M.Kes", "Ph.D.") or shaped like one ("Sp.PD-KPTI")."""
    return _in(lang, "degree", word) or lang.grammar.pattern("degree").match(word) is not None


def _initial(tok: Token) -> bool:
    """An initial of a name: one capital and a dot ("F." of "Ronald F. Sahetapy")."""
    return len(tok.bare) == 1 and tok.text == tok.bare + "." and tok.bare.isupper()


def _role_like(tok: Token, ctx: Context) -> bool:
    """A word of a role: a title, role word or place, or a lowercase word ("asal"), but not a name's
    joined particle ("al-Habsyi") nor an initial ("F." of "Ronald F. Sahetapy")."""
    if _initial(tok):
        return False
    return (_role_word(ctx.lang, tok.bare) or tok.bare in ctx.place_like
            or not is_capitalised(tok) and not _joined_particle(tok, ctx))


@functools.lru_cache(maxsize=WORD_CACHE)
def _role_word(lang: Lang, w: str) -> bool:
    return (w.isdigit() or _in(lang, "title", w) or _in(lang, "role_word", w) or _in(lang, "org_head", w)
            or w in lang.place_words or bool(RE_PARENTHESISED.match(w))
            or (RE_ACRONYM.match(w) is not None and not _in(lang, "rank", w)))


@functools.lru_cache(maxsize=WORD_CACHE)
def is_title_word(word: str, lang: Lang) -> bool:
    """A lowercase title or role noun that can head a speaker's role ("pelatih", "gubernur"); or a
    title written as a short form in capitals ("jpu" of "JPU Kejaksaan Negeri Ogan Ilir", "ceo")."""
    return _in(lang, "title", word.capitalize()) or _in(lang, "role_noun", word) or _in(lang, "title", word.upper())


def _name_word(tok: Token, ctx: Context) -> bool:
    """A word of a person's name: capitalised, a particle ("bin", "van", "de"), or a particle joined
    to a capitalised word ("al-Mansouri", "el-Sisi")."""
    return ((is_capitalised(tok) and tok.bare not in _g(ctx, "currency_words"))  # ("Tersisalah Rp 20.000")
            or tok.bare in _g(ctx, "name_particles") or _joined_particle(tok, ctx))


def _leading_particle(tok: Token, ctx: Context) -> bool:
    """"van der Meulen", "de Vries": a name may open with its particle (not one that is also a
    preposition of the language, as "di" is)."""
    return tok.bare in _g(ctx, "name_particles") and tok.bare not in ctx.lang.function_words


def _joined_particle(tok: Token, ctx: Context) -> bool:
    """"al-Kurd", "el-Sisi": a name particle joined to a capitalised word."""
    particle, _, rest = tok.bare.partition("-")
    return bool(rest) and particle in _g(ctx, "name_particles") and _capital(rest[:1])


def _org_like(tok: Token, ctx: Context) -> bool:
    """A word that names an organisation or a place, never a person: "Kementerian", "ESDM", "Jakarta"."""
    return _org_word(ctx.lang, tok.text)


@functools.lru_cache(maxsize=WORD_CACHE)
def _org_word(lang: Lang, text: str) -> bool:
    w = text.rstrip(".")
    return (_in(lang, "org_head", w) or _in(lang, "title", w) or _in(lang, "role_word", w)
            or (w.isupper() and len(w) >= 2 and not _rank_word(lang, text))
            or (w in lang.place_words and w not in lang.grammar.words("name_like_place_words")))


def _foreign_body(toks: list[Token], ctx: Context) -> bool:
    """"Food and Drug Administration (FDA)", "US Department of State": a body named in a foreign
    language as it is written there, capitalised words joined by its lowercase connectors, one of
    them a body's head ("Administration", "Department") and no title among them."""
    connectors = _g(ctx, "foreign_body_connectors")
    inner = [t for t in toks[1:-1] if t.bare in connectors]
    return (len(toks) > 2 and bool(inner) and is_capitalised(toks[0]) and toks[-1].bare not in connectors
            and all(t.bare in connectors or is_capitalised(t) for t in toks)
            and not any(_in(ctx.lang, "title", t.bare) for t in toks)
            and any(_in(ctx.lang, "org_head", t.bare) for t in toks if t.bare not in connectors))


def _legal_suffix(tok: Token, ctx: Context) -> bool:
    """A company's legal form written after its name ("Tbk", "Ltd.", "GmbH")."""
    return tok.text.rstrip(".") in _undotted(_g(ctx, "legal_suffixes"))


@functools.lru_cache(maxsize=8)
def _undotted(words: frozenset[str]) -> frozenset[str]:
    """The words without a final dot ("Ltd." and "Ltd" alike)."""
    return frozenset(w.rstrip(".") for w in words)


def _named_body(toks: list[Token], ctx: Context) -> bool:
    """The words name one body ("Pemerintah Provinsi NTT", "PSSI"), not what a body is ("pemerintah",
    "Pemerintah pusat": an organisation noun, with no capitalised word after it)."""
    return bool(toks) and not (toks[0].bare.casefold() in _g(ctx, "organisation_nouns")
                               and not any(is_capitalised(t) for t in toks[1:]))


@functools.lru_cache(maxsize=8)
def _descriptor_heads(lang: Lang) -> frozenset[str]:
    return frozenset(d.split()[0] for d in lang.grammar.ordered("outlet_descriptors"))


def _described_outlet(text: str, lang: Lang) -> str | None:
    """The outlet named after a word for what it is ("Kantor berita AFP" → "AFP"), else None."""
    folded = text.casefold()
    for descriptor in lang.grammar.ordered("outlet_descriptors"):
        if folded.startswith(descriptor + " "):
            rest = text[len(descriptor) + 1:]
            rest = without_outlet_modifiers(rest, lang)
            # ("kantor berita Rusia TASS": the country says whose agency)
            country = next((c for c in lang.countries if rest.startswith(c + " ")), None)
            for name in (rest, rest[len(country) + 1:] if country else None):
                if name and lang.outlet_by_alias.get(name.casefold()):
                    return name
            # an outlet the gazetteer lacks, after a word for a kind of outlet ("harian lokal Shafaq
            # News"), or named as papers are ("media lokal Shafaq News")
            name = rest[len(country) + 1:] if country else rest
            words = name.split(" ")
            if (RE_OUTLET_NAME.fullmatch(name) and name not in lang.places and name not in lang.countries
                    and (descriptor in lang.outlet_prefix_kinds or len(words) > 1 and (
                        words[-1] in lang.grammar.words("outlet_name_tails")
                        or words[0] in lang.grammar.words("outlet_name_heads")))):
                return name
    return None


def without_outlet_modifiers(words: str, lang: Lang) -> str:
    """`words` without the words that say what kind of outlet opens them ("lokal Shafaq News" →
    "Shafaq News", "resmi Senegal" → "Senegal"); "" if they are all such words."""
    modifiers = lang.grammar.words("outlet_modifiers")
    while (word := words.split(" ", 1))[0] in modifiers:
        words = word[1] if len(word) > 1 else ""
    return words


RE_OUTLET_NAME = regex.compile(r"(?:The )?\p{Lu}[\p{L}\p{N}.-]*(?: \p{Lu}[\p{L}\p{N}.-]*){0,3}")


def _is_rank(tok: Token, lang: Lang) -> bool:
    return _rank_word(lang, tok.text)


@functools.lru_cache(maxsize=WORD_CACHE)
def _rank_word(lang: Lang, text: str) -> bool:
    bare = text.rstrip(".")
    return _in(lang, "rank", bare) or _in(lang, "honorific", text) or _in(lang, "honorific", bare)


def _join(text: str, toks: list[Token]) -> tuple[str, int, int]:
    s, e = toks[0].start, toks[-1].end
    if text[e - 1] == ".":
        # a trailing dot belongs to the word only when it is an abbreviation or initial
        word = toks[-1].bare
        if not (len(word) == 1 or word in ("Jr", "Sr")):
            e -= 1
    return text[s:e], s, e


def classify(text: str, toks: list[Token], ctx: Context) -> Mention | None:
    """Read role, name and kind from the tokens of one mention.

    The same words are read by several steps (the cue's subject, the article's names): each
    reading is kept for the article the context describes.
    """
    if text is not ctx.text:
        return _read(text, toks, ctx)
    if not toks:
        return None
    key = (*[t.start for t in toks], toks[-1].end)  # a token is known by its start, the span by its end
    found = ctx._classified.get(key, _UNREAD)
    if found is _UNREAD:
        found = ctx._classified[key] = _read(text, toks, ctx)
    return found


_UNREAD = object()


def _read(text: str, toks: list[Token], ctx: Context) -> Mention | None:
    """What the tokens name: `_classify`, then a company's name set apart and a rank taken off the role."""
    return _numbered(_rankless(_company(_particle_led(_classify(text, toks, ctx), ctx), ctx), ctx))


def _numbered(found: Mention | None) -> Mention | None:
    """A "name" after a title with a unit's number and its name joined by a slash is that unit, and the
    words a role: "Komandan Korem 102/Panju Panjung", "Dandim 0618/Kota Bandung" (no one's name has
    digits)."""
    if found is None or found.kind != "person" or not found.role or not any(w[:1].isdigit() and "/" in w for w in found.name.split()):
        return found
    return Mention(found.text, found.start, found.end, found.text, found.text, "role")


def _particle_led(found: Mention | None, ctx: Context) -> Mention | None:
    """A role that ends with a name's particle ("Wakil Menteri Luar Negeri Arab Saudi Turki bin" before
    "Saad al-Otaibi"): the particle and the word before it open the name ("Turki bin Saad al-Otaibi"),
    whatever else that word may be (Turki is a country too)."""
    if found is None or found.kind != "person" or not found.role:
        return found
    words = found.role.split(" ")
    k = len(words)
    particles = _g(ctx, "name_particles")
    while k and words[k - 1] in particles:
        k -= 1
    if k == len(words) or k < 2 or not _capital(words[k - 1][:1]):
        return found
    name = " ".join([*words[k - 1:], found.name])
    if name not in found.text:
        return found
    return replace(found, name=name, role=" ".join(words[:k - 1]))


def _rankless(found: Mention | None, ctx: Context) -> Mention | None:
    """A person's role without the rank written in full at its end ("Kapolrestabes Surabaya Komisaris
    Besar" → Kapolrestabes Surabaya); a rank alone is no role ("Komisaris Besar Dirmanto Siregar")."""
    if found is None or found.kind != "person" or not found.role:
        return found
    role = ctx.lang.grammar.pattern("trailing_rank").sub("", found.role)
    head, _, last = role.rpartition(" ")
    if head[:1].isupper() and last.islower() and head.rpartition(" ")[2][:1].isupper() and _address_title(last, ctx):
        # "Ketua Majelis Jemaat GKE Bawan pendeta Markus Ilun": the title the name is addressed with,
        # in lower case after the body's name, is no word of the role before it (but "Ketua majelis
        # hakim Eman Sulaeman" is)
        role = head.rstrip()
    return found if role == found.role else replace(found, role=role or None)


def _company(found: Mention | None, ctx: Context) -> Mention | None:
    """A "person" whose name holds a word only companies are named with ("Tohoku Electric Power",
    "Hoshi Capital", "Garuda Airlines") is that company."""
    if found is None or found.kind != "person" or " " not in found.name:
        return found
    words, companies = found.name.split(), _g(ctx, "company_words")
    if any(w in companies for w in words[1:]) or words[0] in companies and found.role:
        # ("analis Panin Sekuritas Clarissa Wongsodiharjo": a name of two words or more after the company's
        # is the person working there)
        last = max(k for k, w in enumerate(words) if w in companies)
        rest = words[last + 1:]
        if len(rest) >= MIN_NAME_AFTER_COMPANY and all(w[:1].isupper() and w not in companies for w in rest):
            name = " ".join(rest)
            at = found.text.rfind(name)
            role = found.text[:at].strip() if at > 0 else " ".join(filter(None, (found.role, *words[:last + 1])))
            return Mention(found.text, found.start, found.end, name, role, "person")
        if not any(w in companies for w in words[1:]):
            return found
        before = (found.role or "").split() if found.text.endswith(found.name) else []
        k = len(before)
        while k and is_place(before[k - 1], ctx):
            k -= 1
        # ("Tokyo Electric Power", "operator pembangkit listrik Tohoku Electric Power": the place opens
        # the company's name)
        name = " ".join([*before[k:], found.name])
        return Mention(found.text, found.start, found.end, name, None, "organization")
    return found


def _pair_goes_on(text: str, end: int, ctx: Context) -> bool:
    """A second name joins the one ending at `end` ("… Rasyid (41) dan Norhayati"), after an age if any."""
    found = RE_JOINED_NAME_AFTER.match(text, end)
    return found is not None and found.group(1) in _g(ctx, "pair_conjunctions")


RE_JOINED_NAME_AFTER = regex.compile(r"(?: \(\d{1,3}\))? (\p{Ll}+) \p{Lu}")  # " (41) dan N…": a word, then capitals


def _marked_nickname(text: str, toks: list[Token]) -> tuple[int, int] | None:
    """Which tokens (first, last) are a nickname in quotation marks inside a name, between two of its
    capitalised words ("Muhammad "Memet" Saleh", "Jerwin “Bagyo” Dela Cruz"; of two words with a word
    of address, "Andi "Cak Ndik" Prasetyo"), if some are."""
    if len(toks) < 3 or not any(mark in text[toks[0].end:toks[-1].start] for mark in NICKNAME_MARKS):
        return None
    for k in range(1, len(toks) - 1):
        if not (RE_MARK_BEFORE.search(text, toks[k - 1].end, toks[k].start) and is_capitalised(toks[k - 1])):
            continue
        for j in range(k, min(k + MAX_NICKNAME_WORDS, len(toks) - 1)):
            if (RE_MARK_AND_SPACE.match(text, toks[j].end) and all(is_capitalised(t) for t in toks[k:j + 2])
                    and not any(m in text[toks[k].end:toks[j].start] for m in NICKNAME_MARKS)):
                return k, j
    return None


MAX_NICKNAME_WORDS = 2  # "Cak Ndik"


NICKNAME_MARKS = ('"', "“", "&quot;")
RE_MARK_BEFORE = regex.compile(r"(?r)(?:\"|“|&quot;)$")  # a nickname's opening mark, right before it
RE_MARK_AND_SPACE = regex.compile(r"(?:\"|”|“|&quot;) ")  # its closing mark and the space after


MIN_NAME_AFTER_COMPANY = 2  # words of a person's name after a company's (one may be the company's own)


def _company_head_before(toks: list[Token], end: int, ctx: Context) -> int | None:
    """Where a company head ("PT") stands before toks[end] with only places between ("PT Sumba"): the
    company's name runs on after it, the place a word of it; None where no head stands so."""
    at = next((j for j in range(end - 1, -1, -1) if toks[j].bare in _g(ctx, "company_heads")), None)
    return at if at is not None and all(t.bare in ctx.lang.place_words for t in toks[at + 1:end]) else None


def _company_name_end(toks: list[Token], i: int, ctx: Context) -> int:
    """Where the name of a company that starts at `i` (after "PT") ends: before a word the article uses
    alone as a speaker's ("analis PT Cakra Valas Berjangka Hartono Liem" ... "kata Hartono"), or after
    the last word only companies are named with ("Berjangka", "Sekuritas"); else at the end."""
    companies = _g(ctx, "company_words")
    alone = next((k for k in range(i + 1, len(toks)) if toks[k].bare in ctx.short_names), None)
    last = max((k + 1 for k in range(i, len(toks) - MIN_NAME_AFTER_COMPANY) if toks[k].bare in companies), default=None)
    # ("Kepala Riset PT Nusantara Prima Sekuritas Devina Kurniasari" ... "Kurniasari menambahkan": the
    # company's word ends it before the first name, whichever word of the name the article uses alone)
    if alone is not None and last is not None:
        return min(alone, last)
    return alone if alone is not None else last if last is not None else len(toks)


def _classify(text: str, toks: list[Token], ctx: Context) -> Mention | None:
    lang = ctx.lang
    toks = [t for t in toks if t.text not in ",:;"]
    if not toks:
        return None
    if len(toks) > 1 and _is_age(ctx, toks[-1].text) and not (len(toks) == 2 and RE_ACRONYM.match(toks[0].bare)):
        # "Kepala Desa Sukamaju Budi Santoso (45)": the age after the name is no word of the role
        # (initials with an age are read below: "kata AS (20)")
        found = _classify(text, toks[:-1], ctx)
        return None if found is None else Mention(*_join(text, toks), found.name, found.role, found.kind)
    nick = _marked_nickname(text, toks)
    if nick is not None:
        # "Pelatih Persib Bojan "Bobo" Hodak": the name is read around its nickname in marks, as if
        # the nickname were not written (blanked, so that every offset stays the text's)
        first, last = nick
        a, b = RE_MARK_BEFORE.search(text, 0, toks[first].start).start(), RE_MARK_AND_SPACE.match(text, toks[last].end).end()
        found = _classify(f"{text[:a]}{' ' * (b - a)}{text[b:]}", toks[:first] + toks[last + 1:], ctx)
        if found is None:
            return None
        return Mention(text[found.start:found.end], found.start, found.end, " ".join(found.name.split()),
                       found.role and " ".join(found.role.split()), found.kind)
    if len(toks) > 1 and _lower_address(toks[0], toks[1].text[:1], ctx):
        # "ucap mama Yuliana", "kata pak Darmo": a word of address in lower case is no role
        found = _classify(text, toks[1:], ctx)
        return None if found is None else Mention(*_join(text, toks), found.name, found.role, found.kind)
    words = [t.bare for t in toks]
    if len(toks) > 1 and words[-1] in _g(ctx, "event_heads") and all(is_capitalised(t) for t in toks):
        return None  # "Denmark Open", "Asian Games", "Mandalika Grand Prix": an event, no one who speaks
    mention_text, ms, me = _join(text, toks)
    first = words[0]
    alias = next((k for k in range(1, len(toks) - 1) if _alias_joint(toks, k, ctx) and is_capitalised(toks[k + 1])
                  and all(is_capitalised(t) or _is_age(ctx, t.text) for t in toks[:k])), None)
    if alias is not None:
        # "Dedi Kurniawan alias Bule": the name, then what the person is also called
        found = _classify(text, [t for t in toks[:alias] if not _is_age(ctx, t.text)], ctx)
        return None if found is None else Mention(mention_text, ms, me, found.name, found.role, found.kind)
    other = next((k for k in range(1, len(toks) - 2) if words[k] in _g(ctx, "name_alternatives")
                  and is_capitalised(toks[k + 1]) and _in(lang, "org_head", words[0])
                  and RE_PARENTHESISED.match(toks[-1].text)), None)  # (not "PT Kereta Api Indonesia atau KAI")
    if other is not None:
        # "Biro Meteorologi Australia atau Bureau of Meteorology (BoM)": a body, then its other name,
        # which its short form spells and the article goes on with
        found = _classify(text, toks[other + 1:], ctx)
        if found is not None and found.kind == "organization":
            return found
    if (len(toks) > 3 and words[-2] in _g(ctx, "name_alternatives") and _in(lang, "org_head", words[0])
            and is_capitalised(toks[-1]) and words[-1][:1] == words[0][:1]):
        # "Kamar Dagang dan Industri Indonesia atau Kadin": a body, then the short name it goes by (its
        # first letter the name's)
        found = _classify(text, toks[:-2], ctx)
        if found is not None and found.kind == "organization":
            return Mention(mention_text, ms, me, found.name, found.role, found.kind)
    # "Ketua DPP Partai Amanat Nasional (PAN) Ahmad Yani Hakim": a title's role up to a body's short
    # form in parentheses, then the person, whatever their name's last word ("Hakim")
    paren = next((j for j, t in enumerate(toks[1:-2], 1) if RE_PARENTHESISED.match(t.text)
                  and not _in(lang, "rank", t.text.strip("()"))), None)  # (not "Brigjen TNI (Purn)")
    if paren is not None and is_title_word(first.casefold(), lang) and all(is_capitalised(t) for t in toks[paren + 1:]):
        tail = _classify(text, toks[paren + 1:], ctx)
        if tail is not None and tail.kind == "person" and tail.role is None:
            return Mention(mention_text, ms, me, tail.name, _join(text, toks[:paren + 1])[0], "person")
    if len(toks) > 1 and first.casefold() in _g(ctx, "pair_nouns") and _pair_goes_on(text, me, ctx):
        # "pasangan Muhammad Rasyid (41) dan Norhayati (38)": the couple, the first of whom is named here
        found = _classify(text, toks[1:], ctx)
        return None if found is None else Mention(mention_text, ms, me, found.name, found.role, found.kind)
    if (len(toks) > 1 and first.casefold() in _g(ctx, "relation_nouns") and first.casefold() not in _g(ctx, "kin_nouns")
            # ("pasangan Yosafat Halim/Nadia Oktaviani Lubis": a pair of players, the first named; and
            # "Pasangan Hendrikus Lamuri-Yusuf Baharuddin": a pair of candidates)
            and not (text[me:me + 1] == "/" and _capital(text[me + 1:me + 2]))
            and not RE_NAME_PAIR.fullmatch(_join(text, toks[1:])[0])
            and first not in lang.words.get("name_prefix", ()) and is_capitalised(toks[1])
            and (not is_capitalised(toks[0]) or ctx.capitalised(toks[1].bare) > ctx.pair(first, toks[1].bare))):
        # "Istri Tarsono, Casmini (37)", "kata rekan Sarmin": someone's wife or colleague, unnamed, not
        # a person of that name (a kin noun, "Nenek Sumiati", "Bapak Joko", is how one addresses them)
        # (capitalised, of a person the article names without it: "Cucu Ahmad Kurnia" is a name)
        return Mention(mention_text, ms, me, mention_text, None, "unnamed")
    if len(toks) == 1 and first.casefold() in lang.words.get("pronoun", ()):
        return Mention(mention_text, ms, me, mention_text, None, "pronoun")
    if first.casefold() in _g(ctx, "anaphoric_determiners") and len(toks) > 1 and (
            not is_capitalised(toks[1]) or _in(lang, "title", toks[1].bare) and len(toks) == 2):
        # "sang menteri", "Sang pelatih": someone named before
        return Mention(mention_text, ms, me, mention_text, _join(text, toks[1:])[0], "anaphor")
    if (len(toks) > 1 and first.casefold() in _g(ctx, "source_nouns")
            and lang.outlet_by_alias.get(_join(text, toks[1:])[0].casefold()) is not None):
        # "sumber Tempo di Istana", "Sumber Republika di kepolisian": someone an outlet will not name
        return Mention(mention_text, ms, me, mention_text, None, "unnamed")
    if 1 < len(toks) <= 3 and _in(lang, "honorific", toks[0].text):
        # "kata Pak Kades", "menurut Bu Lurah": the title, as people address its holder
        title = _classify(text, toks[1:], ctx)
        if title is not None and title.kind == "role":
            return title
    if len(toks) == 1 and first.casefold() in _g(ctx, "organisation_anaphors"):
        # "perseroan", "emiten": the company the article is about
        return Mention(mention_text, ms, me, mention_text, first.casefold(), "anaphor")
    if len(toks) == 1 and first in _g(ctx, "speaking_bodies"):
        # "menurut kejaksaan", "kata kepolisian": the body of that kind the article named
        return Mention(mention_text, ms, me, mention_text, first, "anaphor")
    outlet = _described_outlet(mention_text, lang) if first.casefold() in _descriptor_heads(lang) else None
    if outlet is None and len(toks) > 1 and first.casefold() in _g(ctx, "report_nouns"):
        # "Laporan Al Arabiya menyebut": the outlet whose report it is (or by what it is: "Laporan kantor
        # berita Rusia TASS")
        rest = _join(text, toks[1:])[0]
        named = lang.outlet_by_alias.get(rest.casefold())
        outlet = rest if named is not None and written_as(named, rest) else _described_outlet(rest, lang)
    if outlet is not None:  # "Kantor berita AFP", "harian The Guardian": the outlet itself
        return Mention(mention_text, ms, me, outlet, None, "organization")
    if len(toks) > 1 and first.casefold() in _g(ctx, "report_nouns"):
        maker = _report_maker(text, toks, ctx)
        if maker is not None:
            return Mention(mention_text, ms, me, maker.name, maker.role, maker.kind)
    if first.casefold() in lang.words.get("group_head", ()):
        return Mention(mention_text, ms, me, mention_text, None, "group")
    if (first.casefold() in _g(ctx, "party_words") and len(toks) == 2 and not is_capitalised(toks[1])
            and toks[1].bare in _g(ctx, "organisation_nouns")):
        # "Pihak balai meminta": the body of that kind the article named, as "balai itu" would be
        return Mention(mention_text, ms, me, mention_text, toks[1].bare, "anaphor")
    if first.casefold() in _g(ctx, "party_words") and len(toks) > 1:
        return Mention(mention_text, ms, me, mention_text, None, "organization")
    if first in lang.place_nouns and len(toks) > 2 and _is_rank(toks[1], lang):
        return None  # "Jalan Dr Sutomo", "Jl Jenderal Sudirman": a place named after someone
    # a rank or honorific: the name follows the last one
    # ("Direktur Jenderal", "Sekretaris Jenderal": a title, the rank word part of it)
    # ("Kepala UPTD Balai Latihan Kerja Kota Bekasi Dede Sofyan Hidayat": an honorific written out after a place
    # noun is the place's name; "Bupati Banjar H. Saidi", "Kapolres Banjar AKBP Hendra" name holders)
    ranks = [i for i, t in enumerate(toks) if _is_rank(t, lang) and i + 1 < len(toks) and is_capitalised(toks[i + 1])
             and not (i and toks[i - 1].bare in lang.place_nouns and t.text.isalpha() and _in(lang, "honorific", t.text))
             # ("Konsulat Jenderal RI": a mission's name, whose "Jenderal" is no rank)
             and not (i and toks[i - 1].bare in _g(ctx, "mission_heads"))
             # ("Kapten Persebaya": a title before a club, its captain, no rank)
             and not (_in(lang, "title", t.bare) and _in(lang, "role_word:sports club", toks[i + 1].bare))
             # ("Kepala Staf TNI Angkatan Darat Jenderal X": a corps is a rank's only after one, "Brigjen TNI")
             and not (t.text in _g(ctx, "rank_complements") and not (i and _is_rank(toks[i - 1], lang)))]
    if ranks:
        first_rank, last_rank = ranks[0], ranks[-1]
        # ("Kapolda Metro Jaya Inspektur Jenderal Fadil Imran": a rank of two words, the first no rank alone)
        while first_rank and (_is_rank(toks[first_rank - 1], lang) or toks[first_rank - 1].bare in _g(ctx, "rank_heads")):
            first_rank -= 1  # "Dr. dr. Fransiska": the ranks before it are no part of the role
        name_toks = toks[last_rank + 1:]
        while name_toks and _is_rank(name_toks[0], lang) and len(name_toks) > 1:
            name_toks = name_toks[1:]
        name_toks = [t for t in name_toks if not RE_PARENTHESISED.match(t.text)]
        while len(name_toks) > 1 and _is_degree(lang, name_toks[-1].text):
            name_toks = name_toks[:-1]  # ("Dr Yoseph Lamanepa MA": the degrees after the name, no comma between)
        # "Inspektur Jenderal Kemendagri Hendrik Pattiasina": an organisation after the rank is role
        org = max((j for j, t in enumerate(name_toks[:-1]) if _org_like(t, ctx) and not _title_in_name(name_toks, j, ctx, j == 0)
                   and not (j == 0 and _name_like_title(name_toks, 0, ctx) and not _role_like(name_toks[1], ctx))),
                  default=None)  # ("Komisaris Imam Syafii": a title that is also a first name starts the name)
        if org is not None:
            name_toks = name_toks[org + 1:]
        if (len(name_toks) > 2 and first_rank and toks[first_rank - 1].bare in _g(ctx, "general_titles")
                and all(_name_word(t, ctx) and not _nominal(t, ctx) for t in name_toks)):
            # "Direktur Utama Perum Bulog Sigit Hartanto", "Sigit" alone later: after a title the rank
            # word completes, the body's name comes first
            at = next(k for k, t in enumerate(toks) if t.start == name_toks[0].start)
            split = toks[_short_name_split(toks, at, ctx)].start
            name_toks = [t for t in name_toks if t.start >= split]
        # ("Menteri Muda Urusan Pemerintahan Daerah Inggris": a place after a rank's title, no one; nor
        # a preposition after a word that is also a rank: "Koalisi Konservasi Laut Dalam")
        if (name_toks and all(_name_word(t, ctx) and not _nominal(t, ctx) for t in name_toks)
                and not all(t.bare.casefold() in lang.function_words for t in name_toks)
                and not all(t.bare in ctx.lang.place_words and t.bare not in _g(ctx, "name_like_place_words")
                            for t in name_toks)
                # (nor a body's own word after its rank-like corps: "Anggota TNI Angkatan Darat")
                and not all(_in(lang, "role_word", t.bare) for t in name_toks)):
            role = _join(text, toks[:first_rank])[0] if first_rank else None
            if first_rank and toks[first_rank - 1].bare in _g(ctx, "general_titles"):
                # "Direktur Jenderal Otonomi Daerah Kemendagri Akmal Malik", "Direktur Utama Smesco
                # Leonard": the rank word is part of a title, whose role runs to the name
                at = next(k for k, t in enumerate(toks) if t.start == name_toks[0].start)
                # ("... Kemendagri Dr. Ir. Akmal Malik", "Direktur Utama Perum Bulog Letjen TNI (Purn.) Heru
                # Santoso": the honorifics and ranks before the name, a rank's corps, are no part of the role)
                # (the first rank word is the title's: "Utama" of "Direktur Utama")
                while at > first_rank and (_in(lang, "honorific", toks[at - 1].text) or at - 1 > first_rank and (
                        _is_rank(toks[at - 1], lang) or toks[at - 1].text in _g(ctx, "rank_complements")
                        and any(_is_rank(t, lang) for t in toks[first_rank + 1:at - 1]))):
                    at -= 1
                role = _join(text, toks[:at])[0]
            return Mention(mention_text, ms, me, _join(text, name_toks)[0], role, "person")
    if len(toks) >= 2 and words[-1] in _g(ctx, "anaphoric") and not is_capitalised(toks[-1]):
        # "pelatih asal Skotlandia itu", "Kepala negara tersebut": someone named before; "pria yang
        # akrab disapa Bang Boni itu": what the person is, up to the relative clause
        head = next((k for k, t in enumerate(toks) if k and t.bare in _g(ctx, "relative")), len(toks) - 1)
        noun = first.casefold()
        if (lang.grammar.pattern("common_noun").match(noun.capitalize()) and not is_title_word(noun, lang)
                and noun not in _g(ctx, "organisation_nouns")):
            return None  # "Kecemasan ini beralasan": a thing the article spoke of, no one
        return Mention(mention_text, ms, me, mention_text, _join(text, toks[:head])[0], "anaphor")
    # "Imam Wicaksono": a title that is also a first name is one before a name word, not a role
    # ("Imam Besar Masjid Istiqlal Nasaruddin Umar" is a role)
    named_title = _name_like_title(toks, 0, ctx) and (
        len(toks) > 1 and is_capitalised(toks[1]) and not _role_like(toks[1], ctx)
        or len(toks) == 1 and _first_of_a_name(first, ctx))  # "Imam mengaku" after "Imam Wicaksono"
    # ("kata de Rham", "van der Meulen": a name may open with its particles, in lower case)
    particles = next((k for k, t in enumerate(toks) if not _leading_particle(t, ctx)), len(toks))
    particle_led = 0 < particles < len(toks) and is_capitalised(toks[particles])
    starts_role = (_in(lang, "title", first) and not named_title
                   # ("al-Sadiq Ibrahim Adam": a name's joined particle in lower case opens the name)
                   or not is_capitalised(toks[0]) and not particle_led and not _joined_particle(toks[0], ctx)
                   or first.casefold() in _g(ctx, "unnamed")
                   # ("Mantan pelatih timnas Patrick van Leeuwen": a modifier opening the sentence, then the title)
                   or len(toks) > 2 and first.casefold() in _g(ctx, "title_modifiers") and is_title_word(words[1].casefold(), lang)
                   or len(toks) > 1 and _in(lang, "role_noun", first.casefold())
                   and first.casefold() not in _g(ctx, "collective_nouns") and (
                       not is_capitalised(toks[1])
                       # "Antropolog Aris Arif Mundayat": a profession capitalised as a sentence's first word
                       or toks[0].start == 0 or text[toks[0].start - 2:toks[0].start] in SENTENCE_OPENING_GAPS or text[toks[0].start - 1] == "\n"))
    named_at = next((k for k, t in enumerate(toks) if is_capitalised(t)), None)
    if (not is_capitalised(toks[0]) and first in _g(ctx, "organisation_nouns") and first not in _g(ctx, "collective_nouns")
            and named_at is not None and 1 < named_at <= MAX_KIND_WORDS
            # (what kind, no preposition: "pemerintah melalui Wakil Menteri …" acts through someone)
            and all(t.bare.isalpha() and t.bare not in lang.function_words and t.bare not in _g(ctx, "through_words")
                    and not _clause_word(t, ctx) for t in toks[1:named_at])
            and all(is_capitalised(t) or RE_PARENTHESISED.match(t.text) or t.bare in _g(ctx, "role_connectors")
                    for t in toks[named_at:])
            # (not a place: "otoritas kesehatan Thailand" is Thailand's, unnamed; nor a person, whose
            # given name opens the capitals: a body's member named after it)
            and not all(_place_word(t, ctx) or RE_PARENTHESISED.match(t.text) for t in toks[named_at:])
            and not _given_name(toks[named_at], ctx)):
        # "lembaga pemantau AAPP", "lembaga survei Indikator Politik Indonesia": a body's noun, what kind,
        # then its name in capitals, written inside a sentence (not a group's: "tim jaksa KPK")
        return Mention(mention_text, ms, me, mention_text, None, "organization")
    if _in(lang, "org_head", first) and not starts_role:
        named = _named_after_body(toks, ctx)
        if named is not None:  # "BPBD Provinsi Bali I Nyoman Sukarta" ... "kata Sukarta"
            return Mention(mention_text, ms, me, _join(text, toks[named:])[0], _join(text, toks[:named])[0], "person")
        return Mention(mention_text, ms, me, mention_text, None, "organization")
    if (is_capitalised(toks[0]) and _in(lang, "role_noun", first.casefold()) and not _in(lang, "title", first)
            and len(toks) <= MAX_UNNAMED_TOKENS
            and not any(is_capitalised(t) and t.bare not in lang.countries or t.bare in lang.function_words for t in toks[1:])):
        # "Petani tambak memperkirakan", "Warga mengeluhkan": people named by what they are, capitalised
        # only as the sentence's first word
        return Mention(mention_text, ms, me, mention_text, None, "unnamed")
    resident = 0
    if first.casefold() in _g(ctx, "unnamed"):
        resident = next((k for k, w in enumerate(words[:3]) if w.casefold() not in _g(ctx, "unnamed")), 0)
    if (words[resident].casefold() in _g(ctx, "resident_nouns") and (resident or not is_capitalised(toks[0]))
            and all(is_capitalised(t) or _place_word(t, ctx) for t in toks[resident + 1:])):
        # "warga Cipayung", "penduduk Desa Sukamaju", "Seorang warga Rantau Keloyang": where someone
        # lives, not who
        return Mention(mention_text, ms, me, mention_text, None, "unnamed")
    if (resident and len(toks) - resident > 1 and is_capitalised(toks[-1]) and not _is_degree(lang, toks[-1].text)
            and not any(is_capitalised(t) for t in toks[resident:-1])):
        # "Salah satu pemain senior LavAni", "Seorang guru SMPN": one of a body's people, unnamed (a
        # person's name is set off: "Salah satu pemain senior, Rendy,")
        return Mention(mention_text, ms, me, mention_text, None, "unnamed")
    if starts_role:
        i = 0
        while i < len(toks) and _role_like(toks[i], ctx) and not (
                _name_like_title(toks, i, ctx) and _title_in_name(toks, i, ctx)):
            i += 1
        if not i and is_capitalised(toks[0]) and _in(lang, "role_noun", first.casefold()):
            i = 1  # "Antropolog Aris Arif Mundayat": a profession, capitalised as the sentence's first word
        # the name follows the last role word ("Dirjen Bina Keuangan Daerah Kemendagri Larasati")
        last = max((j for j, t in enumerate(toks) if _role_like(t, ctx) and t.bare not in _g(ctx, "name_particles")
                    and not _title_in_name(toks, j, ctx) and not _direction_ends_name(toks, j, ctx)
                    or _closes_list(text, toks, j, ctx)),
                   default=i - 1)
        if 0 < last < len(toks) - 1 and _names_next(toks, last, ctx):
            last += 1  # "Kepala Stasiun Gambir Budi", "Kepala Dusun Nglahar": a place noun takes the word after it
        if last == len(toks) - 1:
            i = len(toks)  # it ends on a role word: a role alone ("Direktur Utama PT Maju Jaya")
        elif last >= i:
            i = last + 1
        i = _short_name_split(toks, i, ctx)
        if i == 1 and len(toks) > 3 - (toks[-1].bare in ctx.short_names) and _unit_before_name(toks, ctx):
            i = 2  # "Kapolsek Cibinong Budi Santoso", "Camat Darmaraja Yayat": the title's place, then its holder
        i += _role_end(toks[i:], ctx)
        i = _past_field(toks, i, ctx)
        company = _company_head_before(toks, i, ctx) if 0 < i < len(toks) else None
        if company is not None:
            # "Direktur Utama PT Maju Jaya": the words after "PT" are the company's name, up to a word
            # the article uses alone as a speaker's ("analis PT Cakra Valas Berjangka Hartono Liem" ...
            # "kata Hartono")
            # or after a word only companies are named with ("Berjangka", "Sekuritas")
            # (a place after "PT" is a word of it: "Direktur PT Jawa Manis Lestari")
            i = _company_name_end(toks, company + 1, ctx)
        if 0 < i < len(toks) and toks[i - 1].bare.isdigit() and all(_place_word(t, ctx) for t in toks[i:]):
            i = len(toks)  # "Kepala SMP Negeri 4 Mlati": a place after a number names the institution
        if (1 < i < len(toks) and is_capitalised(toks[i - 1]) and toks[i - 1].bare.casefold() in _g(ctx, "organisation_nouns")
                and toks[i].bare not in ctx.short_names):
            # "Dekan … Universitas Lontara", "Ketua Kolegium Ilmu Bedah": a body's noun takes a word of its
            # name at least; a person's name of two words or more may follow it
            i = i + 1 if len(toks) - i > 2 else len(toks)
        name_toks = [t for t in toks[i:] if not _is_age(ctx, t.text) and not _is_degree(lang, t.text)]
        # "doktor hukum Universitas Gadjah Mada": the words after an organisation noun are its name,
        # unless the article uses one of them alone for a speaker
        of_body = (i and toks[i - 1].bare.casefold() in _g(ctx, "organisation_nouns") and not is_capitalised(toks[0])
                   and not any(t.bare in ctx.short_names for t in name_toks)
                   # (but a given name after a group's noun in lower case opens a person's name: "kapten
                   # tim Andi Muhammad Ikhsan", "ketua panitia Budi Santoso")
                   and not (not is_capitalised(toks[i - 1]) and toks[i - 1].bare in _g(ctx, "collective_nouns")
                            and len(name_toks) > 1 and _given_name(name_toks[0], ctx)))
        if name_toks and not of_body and all(_name_word(t, ctx) and not _nominal(t, ctx) for t in name_toks):
            role = _join(text, toks[:i])[0] if i else None
            return Mention(mention_text, ms, me, _join(text, name_toks)[0], role, "person")
        if _in(lang, "org_head", first) or (toks[0].bare == "pemerintah"):
            return Mention(mention_text, ms, me, mention_text, None, "organization")
        if not is_capitalised(toks[0]) and any(_in(lang, "org_head", t.bare) for t in toks[1:2]):
            return Mention(mention_text, ms, me, mention_text, None, "organization")
        if (not is_capitalised(toks[0]) and not (_in(lang, "title", first.capitalize()) and not _in(lang, "role_noun", first))
                or first.casefold() in _g(ctx, "unnamed")
                # ("majelis hakim": the panel, though "Majelis" heads titles too)
                or not is_capitalised(toks[0]) and first in _g(ctx, "collective_nouns") and len(toks) > 1):
            # "pejabat pertahanan AS", "seorang warga": an unnamed speaker, named by what it is ("tim
            # jaksa KPK", "manajemen klub": a body's people together)
            kind = "group" if first.casefold() in _g(ctx, "collective_nouns") and len(toks) > 1 else "unnamed"
            return Mention(mention_text, ms, me, mention_text, None, kind)
        company = next((j for j, t in enumerate(toks[1:-1], 1) if t.bare in _g(ctx, "company_heads")), None)
        if company is not None and not any(is_capitalised(t) for t in toks[1:company]):
            # "Operator kompetisi PT Liga Indonesia Baru (LIB)": no one's name follows, so what the
            # role describes is the company that speaks
            return Mention(mention_text, ms, me, _join(text, toks[company:])[0], None, "organization")
        return Mention(mention_text, ms, me, mention_text, mention_text, "role")
    if len(toks) == 1 and RE_ACRONYM.match(first) and (text.endswith(_naming_words_before(lang), 0, ms)
                                                       or first in introduced_initials(ctx.text, lang)):
        # "seorang pria berinisial HS (45)": initials after a naming word are a person's, and so they
        # are wherever the article writes them again ("AS yang mengenakan baju tahanan")
        return Mention(mention_text, ms, me, mention_text, None, "person")
    if len(toks) == 2 and RE_ACRONYM.match(first) and _is_age(ctx, toks[1].text):
        # "kata AS (20)": initials with an age are a person's, whatever else the letters stand for
        return Mention(mention_text, ms, me, toks[0].text, None, "person")
    if all(RE_ACRONYM.match(w) for w in words) or any(_in(lang, "org_head", w) for w in words[:1]):
        return Mention(mention_text, ms, me, mention_text, None, "organization")
    if len(toks) <= 3 and len(first) > 1 and first.isupper() and ctx.count(f"({first})") \
            and not any(_is_rank(t, lang) for t in toks) and (defined := _defined_before(first, ctx)) is not None \
            and not _in(lang, "title", defined.group(1).split()[0]):
        # "BBWS Citarum", where the article wrote "Balai Besar Wilayah Sungai (BBWS) Citarum": the body
        # (not "jaksa penuntut umum (JPU)", a role, nor "Kepala Pelaksana (Kalak)")
        return Mention(mention_text, ms, me, mention_text, None, "organization")
    outlet = lang.outlet_by_alias.get(mention_text.casefold())
    if (outlet is not None and written_as(outlet, mention_text)
            and not (outlet.common_word and len(toks) == 1 and _first_of_a_name(mention_text, ctx))):
        return Mention(mention_text, ms, me, mention_text, None, "organization")
    if _foreign_body(toks, ctx) or lang.epithets.get(mention_text.casefold()) is not None:
        # (or a name news gives a body or a place: "Bajul Ijo" is Persebaya, no person)
        return Mention(mention_text, ms, me, mention_text, None, "organization")
    if not all(_name_word(t, ctx) for t in toks):
        return None
    if len(toks) == 1 and (_body_alone(first, ctx) or _brand_shaped(first, ctx)):
        return Mention(mention_text, ms, me, mention_text, None, "organization")
    name_toks = _strip_honorifics(toks, lang)
    # "PT Dana Kita Sejahtera (DanaKita) Stevanus de Fretes": a short form in parentheses closes the
    # organisation's name, and the person's name follows it; else a parenthesis is no word of a name
    # ("Demokrasi (Perludem) Nurul Azizah Lubis": a body's short form before two name words or more)
    short = max((j for j, t in enumerate(name_toks[:-1]) if j and RE_PARENTHESISED.match(t.text)
                 and (any(_org_like(u, ctx) for u in name_toks[:j]) or len(name_toks) - j > 2)), default=None)
    if short is not None and all(_name_word(t, ctx) and (not _org_like(t, ctx) or k and _name_like_title(name_toks, short + 1 + k, ctx))
                                 for k, t in enumerate(name_toks[short + 1:])):  # ("Ahmad Yani Hakim")
        return Mention(mention_text, ms, me, _join(text, name_toks[short + 1:])[0], _join(text, name_toks[:short + 1])[0],
                       "person")
    name_toks = [t for t in name_toks if not RE_PARENTHESISED.match(t.text)] or name_toks
    if name_toks and name_toks[0].bare in lang.place_nouns and not any(t.bare in ctx.short_names for t in name_toks[2:]):
        if any(_in(lang, "role_word", t.bare) and t.bare not in lang.place_words for t in name_toks[1:]):
            # "Stasiun Klimatologi NTT": a body's office, which may speak
            return Mention(mention_text, ms, me, mention_text, None, "organization")
        return None  # "Jalan Sedap Malam", "Bandara Adi Soemarmo": a place, whatever its name
    if len(name_toks) > 1 and _legal_suffix(name_toks[-1], ctx):
        # "China Railway International Co. Ltd.": a company's legal form ends its name, no person's
        return Mention(mention_text, ms, me, mention_text, None, "organization")
    # "Gas Bumi Kementerian ESDM Erika Damanik": the name follows the last organisation word;
    # "Kota Banyuasri Sri Handayani": a place noun takes the word after it as its own name
    # ("Faisal Tanjung Mardani": a place noun after a name's first word is a word of the name)
    last = max((j for j, t in enumerate(name_toks) if _org_like(t, ctx) and not _title_in_name(name_toks, j, ctx)
                and not (j == 0 and named_title)
                and not _title_ends_name(name_toks, j, ctx) or (
        t.bare in lang.place_nouns and (j == 0 or _org_like(name_toks[j - 1], ctx) or _role_like(name_toks[j - 1], ctx)))),
        default=None)
    if last is not None and name_toks[last].bare in lang.place_nouns and (
            last + 1 == len(name_toks) or name_toks[last + 1].bare not in ctx.short_names):
        # ("Santika Hotel Indra Muaz" ... "kata Indra": the word after it is the person's)
        if last + 1 >= len(name_toks) - 1:
            return None  # "Sungai Melawi", "Desa Baning": a place
        last += 1
    company = None if last is None else _company_head_before(name_toks, last + 1, ctx)
    if company is not None and len(name_toks) - company > 2:
        # "Manajemen PT Makmur Manis Lestari menyatakan", "... PT Sumba Manis Lestari": the words after
        # "PT" are the company's name, a place's too, as after a title (up to a word the article uses
        # alone, or after a word only companies take)
        last = _company_name_end(name_toks, company + 1, ctx) - 1
    if last is not None:
        last += _role_end(name_toks[last + 1:], ctx)
        if (last == len(name_toks) - 1 or any(_nominal(t, ctx) for t in name_toks[last + 1:])
                or all(RE_DIGIT.search(t.bare) for t in name_toks[last + 1:])):  # "Indeks Krisis Global 2020"
            return Mention(mention_text, ms, me, mention_text, None, "organization")  # "Satuan Tugas Penanganan"
        # ("PT Sinar Rimba Multi Produk Industri Fahrurrozi Wiranata" ... "lanjut Fahrurrozi": the words
        # before the one the article uses alone are still the company's)
        # (but one word the article writes nowhere else stays the name's: "Septian Hario Seto")
        split = _short_name_split(name_toks, last + 1, ctx)
        if split == last + 2 and ctx.capitalised(name_toks[last + 1].bare) <= ctx.pair(name_toks[last + 1].bare, name_toks[split].bare):
            split = last + 1
        role = _join(text, name_toks[:split])[0]
        name_toks = name_toks[split:]
        if all(t.bare.casefold() in lang.function_words or RE_PARENTHESISED.match(t.text) for t in name_toks):
            # "Koalisi Konservasi Laut Dalam (DSCC)": a word that is also a preposition ends the body's name
            return Mention(mention_text, ms, me, mention_text, None, "organization")
        return Mention(mention_text, ms, me, _join(text, name_toks)[0], role, "person")
    if (len(name_toks) > 1 and (ctx.is_lower_word(name_toks[0].bare.casefold())
                                or name_toks[0].bare.casefold() in _g(ctx, "naming_nouns"))
            and not text.endswith(", ", 0, name_toks[0].start)):
        # "Nama Mateo Wijaya mencuat": the first word is "nama" (but after a comma inside a sentence,
        # a capital opens a name: "Ukraina, Oleh Marchenko,", whatever "diterjemahkan oleh" elsewhere)
        name_toks = name_toks[1:]
    name_toks = name_toks[_role_end(name_toks, ctx):]
    if not name_toks or any(_nominal(t, ctx) for t in name_toks):
        return None  # "Pengendalian Covid-19", "Peningkatan Disiplin": a derived noun names a thing
    return Mention(mention_text, ms, me, _join(text, name_toks)[0], None, "person")


def written_as(outlet, text: str) -> bool:
    """`text` is written as one of the outlet's names: an acronym only in capitals ("RIA", not the
    "Ria" of Ria Anggraini; "AP", not "Ap")."""
    folded = text.casefold()
    return any(form == text or not (form.isupper() and len(form) > 1)
               for form in (outlet.name, *outlet.aliases, *outlet.domains) if form.casefold() == folded)


def _closes_list(text: str, toks: list[Token], j: int, ctx: Context) -> bool:
    """The word after ", dan" closes a list inside a role, and is of the role ("Menteri Desa,
    Pembangunan Daerah Tertinggal, dan Transmigrasi Yusran Hakim Siregar"), not of the name after it."""
    return (0 < j < len(toks) - 1 and toks[j - 1].bare in _g(ctx, "list_conjunctions") and not is_capitalised(toks[j - 1])
            and text[toks[j - 1].start - 2:toks[j - 1].start] == ", ")


def _lower_brand(word: str, ctx: Context) -> bool:
    """An outlet whose name is written in lower case ("detikcom", "kumparan", "tirto.id")."""
    outlet = ctx.lang.outlet_by_alias.get(word.casefold())
    return outlet is not None and word in (outlet.name, *outlet.aliases, *outlet.domains)


def _body_alone(word: str, ctx: Context) -> bool:
    """A word the article also writes as a company's country branch ("Grab Indonesia", "Grab Asia"):
    alone, it names the body, not a person. (Not after "PT": Indonesian companies bear their
    founders' names, "PT Eka Sari Lorena Group".)"""
    return any(ctx.count(f"{word} {branch}") for branch in ctx.lang.grammar.words("branch_places"))


RE_CAMEL_CASE = regex.compile(r"(\p{Lu}\p{Ll}{2,})\p{Lu}\p{Ll}")  # "RodaKita", "BerkahModal"
RE_DOMAIN_NAME = regex.compile(r"\p{L}[\p{L}\p{N}-]+\.(?:id|com|co\.id|io|ai|app|net)")  # "Tandan.id"


def _brand_shaped(word: str, ctx: Context) -> bool:
    """A word shaped as brands are and names are not: two words run together, each capitalised
    ("RodaKita", "DanaSigap"; not "MacArthur": `camel_name_prefixes`), or a web address
    ("Tandan.id"): alone, it names a company or its platform, not a person."""
    camel = RE_CAMEL_CASE.match(word)
    return (camel is not None and camel.group(1) not in _g(ctx, "camel_name_prefixes")
            or RE_DOMAIN_NAME.fullmatch(word) is not None)


def _first_of_a_name(word: str, ctx: Context) -> bool:
    """The article writes `word` before another capitalised word ("Fajar Wicaksono"): a first name,
    even where it is also an outlet's ("Fajar")."""
    return any(not _role_word(ctx.lang, second) for _first, second in ctx.pairs_from(word))


def _named_after_body(toks: list[Token], ctx: Context) -> int | None:
    """Where a person's name starts after an organisation's ("BPBD Provinsi Bali I Nyoman
    Sukarta"): after its last organisation or place word, two name words or more, one of which the
    article uses alone as a speaker's (an unknown word may be the organisation's own: "Universitas
    Gadjah Mada" names no one)."""
    last = max((j for j, t in enumerate(toks) if _org_like(t, ctx) or t.bare in ctx.lang.place_nouns), default=None)
    if last is None:
        return None
    if toks[last].bare in ctx.lang.place_nouns and last + 1 < len(toks):
        last += 1  # "Provinsi Bali"
    name = toks[last + 1:]
    if len(name) < 2 or not all(_name_word(t, ctx) and not _nominal(t, ctx) for t in name):
        return None
    lang = ctx.lang
    if not any(t.bare in ctx.short_names for t in name) and not (
            # ("Fraksi Partai Gerindra Cut Rahmi Safitri": after a party's or a club's name, a name that
            # opens with a given name or a name's prefix)
            (_in(lang, "role_word:political party", toks[last].bare) or _in(lang, "role_word:sports club", toks[last].bare))
            and (name[0].bare.casefold() in lang.name_sexes or _in(lang, "name_prefix", name[0].bare))):
        return None
    return _short_name_split(toks, last + 1, ctx)  # "Partai Nasdem Saan Mustopa" ... "kata Saan"


def _role_end(toks: list[Token], ctx: Context) -> int:
    """How many derived nouns open `toks` and end a role before a name of two words or more:
    "(Bidang Sosial dan Penanggulangan) Kemiskinan Ratih Puspitasari" → 1."""
    lead = next((k for k, t in enumerate(toks) if not _nominal(t, ctx)), len(toks))
    name = toks[lead:]
    return lead if lead and len(name) >= 2 and not any(RE_DIGIT.search(t.bare) for t in name) else 0


def _nominal(tok: Token, ctx: Context) -> bool:
    """A derived noun ("Penanganan", "Kesehatan", "Perundang-undangan"): no word of a person's name."""
    return ctx.lang.grammar.pattern("common_noun").match(tok.bare) is not None


def _names_next(toks: list[Token], j: int, ctx: Context) -> bool:
    """The place noun at `j` takes the word after it as its own name ("Stasiun Gambir", "Dusun
    Nglahar"), unless it is a word of a title ("Wali Kota Risma") or the article uses that word alone
    as a speaker's name; so does a club's prefix ("pelatih CD Leganés", "FC Groningen")."""
    if toks[j].bare in _g(ctx, "club_prefixes"):
        # (opening the club's name, after a role's word: "Borneo FC Ricardo" ends the club on "FC")
        return not (j and is_capitalised(toks[j - 1]) and not _in(ctx.lang, "title", toks[j - 1].bare))
    return (toks[j].bare in ctx.lang.place_nouns and toks[j + 1].bare not in ctx.short_names
            and f"{toks[j - 1].bare} {toks[j].bare}" not in _g(ctx, "place_titles"))


def _title_ends_name(toks: list[Token], j: int, ctx: Context) -> bool:
    """A title written as a name's last word, after name words only: "Arif Fathurrahman *Hakim*"; or a
    role word that is also a name, after a first name the lexicon knows: "Hasanuddin Daeng *Tata*"."""
    lang = ctx.lang
    if j != len(toks) - 1 or j < 1:
        return False
    word = toks[j].bare
    titled = _in(lang, "title", word) and not (_in(lang, "org_head", word) or _in(lang, "role_word", word))
    if not titled and not (word in _name_like(lang)[1] and _given_name(toks[0], ctx)):
        return False
    return all(is_capitalised(t) and not _org_like(t, ctx) and not _role_like(t, ctx) for t in toks[:j])


def _direction_ends_name(toks: list[Token], j: int, ctx: Context) -> bool:
    """A direction word written as the last word of a name the article uses alone: "Alfatih *Timur*"
    ... "Alfatih", where "Jakarta Timur" is a place."""
    return (j == len(toks) - 1 and j >= 1 and toks[j].bare in ctx.lang.place_words
            and toks[j].bare not in ctx.lang.strong_place_words and toks[j - 1].bare in ctx.short_names
            and not is_place(toks[j - 1].bare, ctx))


def _name_like_title(toks: list[Token], j: int, ctx: Context) -> bool:
    """A title or role word that is also a first name, where it may open a name: a title anywhere
    ("Komisaris Imam Syafii"), a role word only where no capitalised word before it could take it
    ("Manajer Persis, Agung Wibisono", "ketua panitia Agung Wibisono"; not "Jaksa Agung Burhanuddin")."""
    word = toks[j].bare
    titles, role_words = _name_like(ctx.lang)
    return word in titles or (word in role_words and (not j or not is_capitalised(toks[j - 1])))


@functools.lru_cache(maxsize=8)
def _name_like(lang: Lang) -> tuple[frozenset[str], frozenset[str]]:
    return lang.grammar.words("name_like_titles"), lang.grammar.words("name_like_role_words")


def _title_in_name(toks: list[Token], j: int, ctx: Context, after_rank: bool = False) -> bool:
    """A title or role word written as a word of a name: "Lukman *Hakim* Siregar", "Letkol Inf
    *Agung* Prasetyo". It stands between two name words (or a rank and a name word), and the article
    uses it, or the word before it, alone as a speaker's name ("kata Lukman", "Agung menegaskan"):
    "Jaksa Agung Burhanuddin", "Mahkamah Agung" and "Evaluasi Presiden Joko Widodo" keep theirs."""
    tok = toks[j]
    if (j + 1 == len(toks) and j > 1 and tok.bare in _g(ctx, "name_words_among_titles")
            and all(is_capitalised(t) and not _role_like(t, ctx) and not _is_rank(t, ctx.lang) for t in toks[j - 2:j])):
        return True  # "Ketua Harian DPP PKP Lestari Wulandari Hakim": a name's last word, after two of its own
    if j + 1 >= len(toks) or not (j or after_rank) or not is_capitalised(tok) or tok.bare.isupper():
        return False
    lang = ctx.lang
    if _name_like_title(toks, j, ctx) and not _role_like(toks[j + 1], ctx):
        return True  # "Komisaris Imam Syafii": a title that is also a first name, before a name word
    if (j and tok.bare in _g(ctx, "name_words_among_titles")
            and all(is_capitalised(t) and not _role_like(t, ctx) and not _is_rank(t, ctx.lang) for t in (toks[j - 1], toks[j + 1]))):
        return True  # "Rizal Hakim Siregar": between two words of a name, a word names often hold
    if (not (_in(lang, "title", tok.bare) or _in(lang, "role_word", tok.bare)) or _in(lang, "org_head", tok.bare)
            or is_place(tok.bare, ctx)):
        return False
    before = () if after_rank and not j else (toks[j - 1],)
    if before and before[0].bare in lang.words.get("name_prefix", ()) and is_capitalised(toks[j + 1]):
        return True  # "Anak Agung Gde Oka Wisnu": a title that a name's first word makes a name's
    if not before and not _in(lang, "title", tok.bare) and not _in(lang, "role_word:sports club", tok.bare):
        # "Letkol Inf Agung Prasetyo": a rank is followed by a name, so a role word there is a name's
        # (a title goes on the rank: "Marsekal Hadi", "Komisaris Besar"; a club is a team's captain's:
        # "Kapten Persela Andi Setiawan")
        return is_capitalised(toks[j + 1]) and not _role_like(toks[j + 1], ctx) and not _is_rank(toks[j + 1], lang)
    # a title alone is no name ("kata Presiden"): only a role word is ("kata Agung")
    alone = tok.bare in ctx.short_names and not _in(lang, "title", tok.bare)
    if not (alone or any(t.bare in ctx.short_names for t in before)):
        return False
    return all(is_capitalised(t) and not _role_like(t, ctx) and not _is_rank(t, lang) for t in (toks[j + 1], *before))


def _short_name_split(toks: list[Token], i: int, ctx: Context) -> int:
    """Move the role/name split to where the person's name begins, by how the article uses words.

    "Ketua Umum Partai Bintang Kebangsaan Hasanuddin Rasyid", with "Hasanuddin" on its own later:
    a word that the article also uses without the word before it starts the name. Common first
    names ("Muhammad", "Siti") are never cut off, nor is a name after its particle ("Marten de
    Vries", "Ali bin Said"): the particle is inside the name.
    """
    run = toks[i:]
    if len(run) < 3:
        return i
    prefixes, particles = ctx.lang.words.get("name_prefix", ()), _g(ctx, "name_particles")
    # ("Presiden Filipina Ferdinand Marcos Jr.", "Marcos" alone later: the surname before a suffix)
    surname = len(run) - 1 - (run[-1].bare in _g(ctx, "name_suffixes"))
    for k in range(1, len(run)):
        before, word = run[k - 1].bare, run[k].bare
        if _initial(run[k - 1]) or _initial(run[k]):
            continue  # ("Ronald F. Sahetapy": an initial stands inside a name, never where one starts)
        if (k > 1 and word.islower() and word in particles and k + 1 < len(run)
                and " ".join([word.capitalize(), *(t.bare for t in run[k + 1:])]) in ctx.text and _name_word(run[k - 1], ctx)
                and not _org_like(run[k - 1], ctx) and not _role_like(run[k - 1], ctx)):
            # "pelatih Cesena Marco de Santis", "De Santis" alone later: the surname with its particle
            # stands alone, and the first name before it opens the name (with the known first names
            # before that: "Juan Carlos de la Fuente")
            j = k - 1
            # (or a first name the article writes only before this one, where a word that is not a
            # title stands before it: "Anggota Dewan Gubernur The Fed José Manuel de la Fuente"; right
            # after a title, "Pelatih Cesena Marco de Santis", it is the title's body)
            while j > 0 and (run[j - 1].bare.casefold() in ctx.lang.name_sexes or j > 1 and _first_name(run[j - 1], run[j].bare, ctx)
                             and not _role_like(run[j - 2], ctx)) and not _org_like(run[j - 1], ctx):
                j -= 1
            return i + j
        if (k > 1 and before in prefixes and run[k - 2].bare not in prefixes and run[k - 2].bare not in particles
                and word in ctx.short_names and ctx.capitalised(word) > ctx.pair(before, word)
                and not _org_like(run[k - 1], ctx)):
            # "Pengamat politik Universitas Paramadina Ahmad Zaki Mubarak", "Zaki" alone later: the
            # common first name before it opens the name, the word before that is the body's
            return i + k - 1
        # (not counting where it ends another's name: "Prasetyo Budi Santoso" ... "Camat Bulakamba Teguh
        # Imam Santoso" is Teguh Imam Santoso)
        if (before not in prefixes and before not in particles
                and ctx.capitalised(word) - ctx.after_others(word, (w for t in run for w in RE_LETTERS.findall(t.text)))
                > ctx.pair(before, word)):
            # "Manajer Persikota Rendra Wahyudi Hartanto": the first word stays the role's, unless
            # the role already ends with its organisation (a known club, company or body)
            least = 0 if i and _org_like(toks[i - 1], ctx) else 1
            if (i and toks[i - 1].bare in ctx.lang.countries and k == 1 < surname
                    and _first_name(run[0], word, ctx) and _name_word(run[0], ctx)):
                # "Menteri Energi dan Pertambangan Peru Ricardo Salcedo Quispe", "Salcedo" alone later: after
                # the country a minister serves, the name whole, its first surname used alone
                return i
            # ("Wakil Direktur Departemen Riset IMF João Conceição Ferreira", "Conceição Ferreira" alone
            # later: a surname of two words is written alone whole; one that opens with a particle,
            # "Dela Cruz", has its own rule below)
            whole = k == surname or (k < surname and word.casefold() not in particles
                                     and ctx.count(ctx.text[run[k].start:run[surname].end]) > 1)
            if whole and k > least and _first_name(run[k - 1], word, ctx):
                k -= 1  # "Manajer Newcastle Graham Whitlock", "Whitlock" alone later
                while k > least and _first_name(run[k - 1], run[k].bare, ctx):
                    k -= 1
                while k and run[k - 1].bare in prefixes:
                    k -= 1  # "Kepala Dinas Kesehatan Kota Depok Sri Wahyu Lestari"
                # ("Bupati Labuhanbatu Selatan Edy Kurniawan Saragih", "Edy Saragih" in the headline: a
                # word written right before the surname elsewhere is the name's first)
                k = next((j for j in range(k) if ctx.pair(run[j].bare, word)), k)
            # ("Chief Executive Officer Kitabisa Alfatih Timur": a body the article names alone comes
            # first; the name starts at a later word the article uses alone as a speaker, if any)
            later = next((j for j in range(k + 1, surname) if run[j].bare in ctx.short_names
                          and run[j - 1].bare not in prefixes and run[j - 1].bare not in particles
                          and ctx.capitalised(run[j].bare) > ctx.pair(run[j - 1].bare, run[j].bare)), None)
            if later is not None and (run[k].bare not in ctx.short_names or _org_like(run[k], ctx)):
                k = later
            if k > 0 and run[k].bare.casefold() in particles and not _role_like(run[k - 1], ctx) \
                    and not _org_like(run[k - 1], ctx):
                k -= 1  # "Pelatih Real Madrid Carlo De Rossi", "De Rossi" alone later: the particle is the surname's
            # ("Ketua Bawaslu Lombok Timur Muhammad Yusuf Effendi", "Effendi" alone later: a common first
            # name before it opens the name, whatever other Yusuf the article names; "Gubernur Davao
            # Oriental Maria Elena Dela Cruz", so after a particle's first name)
            opened = next((j for j in range(0 if run[0].bare in prefixes else least, k) if run[j].bare in prefixes
                           and all(_name_word(t, ctx) and not _role_like(t, ctx) and not _org_like(t, ctx)
                                   for t in run[j:k])), None)
            if opened is not None:
                k = opened
            elif (k == 1 < surname and run[0].bare.casefold() in ctx.lang.name_sexes and _name_word(run[0], ctx)
                  and not _role_like(run[0], ctx) and not _org_like(run[0], ctx) and not _body_goes_on(toks, i, ctx)):
                # ("hakim distrik Eddy Tan Wei Ming", "Tan" alone later: the given name that opens the run
                # opens the name; not one inside it, "Stasiun Meteorologi Sultan Hasanuddin Irwansyah Lubis")
                k = 0
            return i + k
    # "Direktur Kartu Prakerja Hengki Sihombing", with "Kartu Prakerja" written elsewhere too: the
    # words the article repeats are the body's, the full name after them is written once
    text = ctx.text
    # (two words at least, no name's first word: "Dedie" and "I Dewa" written again are names)
    for k in range(len(run) - 2, 1, -1):
        if run[k].bare in particles or run[k - 1].bare in prefixes or run[0].bare in prefixes:
            continue
        head = text[run[0].start:run[k - 1].end]
        if ctx.count(head) > 1 and ctx.count(text[run[0].start:run[k].end]) == 1 and not all(
                t.bare in prefixes or t.bare in particles for t in run[:k]):
            return i + k
    return i + _body_goes_on(toks, i, ctx)


def _body_goes_on(toks: list[Token], i: int, ctx: Context) -> int:
    """How many words of toks[i:] still belong to the body's name the role ends with: "Presiden
    Direktur Nusa Energi Surya Antonius Budiman Setiawan", with "Nusa Energi Surya" written elsewhere
    too (and "Nusa Energi Surya Antonius" not), goes on to "Surya", a common first name; 0 if none do."""
    j = i
    while j > 0 and is_capitalised(toks[j - 1]) and not _in(ctx.lang, "title", toks[j - 1].bare) \
            and not _is_rank(toks[j - 1], ctx.lang) and not RE_PARENTHESISED.match(toks[j - 1].text):
        j -= 1
    text = ctx.text
    for k in range(len(toks) - i - 2, 0, -1) if j < i else ():
        if ctx.count(text[toks[j].start:toks[i + k - 1].end]) > 1 and ctx.count(text[toks[j].start:toks[i + k].end]) == 1:
            return k
    return 0


def _unit_before_name(toks: list[Token], ctx: Context) -> bool:
    """A title of a territorial office ("Kapolsek", "Camat", "Bupati") is written with the place it
    heads before its holder's name: the word after it is that place, unless it opens names ("Ahmad"),
    is a rank, a first name that names no place ("Budi"), or is what the article calls a speaker alone
    ("kata Dony")."""
    place = toks[1]
    return (toks[0].bare in _g(ctx, "jurisdiction_titles") and is_capitalised(place) and place.bare.isalpha()
            and place.bare not in ctx.lang.words.get("name_prefix", ()) and place.bare not in _g(ctx, "name_particles")
            and not _is_rank(place, ctx.lang) and place.bare not in ctx.short_names
            # (nor a first name the lexicon knows that names no place: "Camat Budi Rahmat")
            and not (place.bare.casefold() in ctx.lang.name_sexes and place.bare not in ctx.lang.place_words)
            and all(is_capitalised(t) for t in toks[2:]))


def _first_name(tok: Token, surname: str, ctx: Context) -> bool:
    """`tok` is the first name of a person the article then calls by `surname` alone: a name-like
    word the article writes only before that surname (a club or party would stand elsewhere too)."""
    word = tok.bare
    return (ctx.capitalised(word) == ctx.pair(word, surname) and not _role_like(tok, ctx) and not _org_like(tok, ctx)
            and not _place_word(tok, ctx) and not ctx.is_lower_word(word.casefold())
            and ctx.lang.grammar.pattern("common_noun").match(word) is None)


def _namey(toks: list[Token], ctx: Context) -> bool:
    """Capitalised words only, none of them a title, role word, organisation or place."""
    lang = ctx.lang
    return bool(toks) and all(
        _name_word(t, ctx) and not RE_PARENTHESISED.match(t.text)
        and not (_in(lang, "title", t.bare) or _in(lang, "role_word", t.bare) or _in(lang, "org_head", t.bare)
                 # (a place's word that names people too is a name's after its first: "Yusrizal Tanjung")
                 or (t.bare in lang.place_words or t.bare in ctx.place_like)
                 and not (k and t.bare in _g(ctx, "name_like_place_words")))
        for k, t in enumerate(_strip_honorifics(toks, lang)))


def _titled_name(toks: list[Token], ctx: Context) -> bool:
    """One title word, then a name: "Profesor Arindam Ghoshal", "Hakim Dewi Anggraeni" set off after a
    role phrase ("Juru bicara PN Kendal, Hakim Dewi Anggraeni,"): the title is how the person is
    addressed; what they speak as is the role before the comma."""
    if len(toks) > 1 and not is_capitalised(toks[0]) and _address_title(toks[0].bare, ctx):
        # ("Kepala Puskesmas Bontoa, dokter Hasnah,", "Imam musala, ustaz Mahfud (45),": a title in
        # lower case, as it is written before a name)
        return _namey(toks[1:], ctx)
    return len(toks) > 2 and is_capitalised(toks[0]) and _in(ctx.lang, "title", toks[0].bare) and _namey(toks[1:], ctx)


def _address_title(word: str, ctx: Context) -> bool:
    """A title a person is addressed with, written in lower case before the name ("dokter", "ustaz",
    "pendeta"; not "peneliti Migrant CARE", which is what one is and where)."""
    return word.casefold() in _g(ctx, "address_titles")


def _strip_honorifics(toks: list[Token], lang: Lang) -> list[Token]:
    toks = [t for t in toks if not _is_degree(lang, t.text) and not lang.grammar.pattern("age").match(t.text)]
    # (and a rank of two words whose first is no rank alone: "Laksamana Muda Şükrü Demirtaş")
    while len(toks) > 1 and (_is_rank(toks[0], lang) or len(toks) > 2 and toks[0].bare in lang.grammar.words("rank_heads")
                             and _is_rank(toks[1], lang)):
        toks = toks[1:]
    return toks


def _appositive(text: str, toks: list[Token], ctx: Context) -> Mention | None:
    """ROLE, NAME or NAME, ROLE: a role phrase and a name set off by commas make one mention."""
    if "," not in [t.text for t in toks]:
        return classify(text, toks, ctx)
    segments: list[list[Token]] = [[]]
    for t in toks:
        if t.text == ",":
            segments.append([])
        else:
            segments[-1].append(t)
    # "Direktur Industri Tekstil, Kulit, dan Alas Kaki Kemenperin, Rahmat Syahputra": a list inside a
    # title's role is one segment (its items are no names)
    listed = next((j for j in range(2, len(segments)) if segments[j] and segments[j][0].bare in _g(ctx, "list_conjunctions")), None)
    if (listed is not None and segments[0] and _in(ctx.lang, "title", segments[0][0].bare)
            and all(g and all(is_capitalised(t) for t in g) for g in segments[1:listed])):
        segments[:listed + 1] = [[t for g in segments[:listed + 1] for t in g]]
        if len(segments) == 1:
            return classify(text, segments[0], ctx)  # "kata Menteri Ekonomi, Perdagangan, dan Industri"
    if len(segments) > 2 and segments[-1] and _namey(segments[-1], ctx) and not any(_namey(g, ctx) for g in segments[:-1]):
        # "Camat Neglasari, Kabupaten Tangerang, Ubaidillah Ansar": the role runs over a comma
        tail = classify(text, segments[-1], ctx)
        if tail is not None and tail.kind == "person":
            return Mention(tail.text, tail.start, tail.end, tail.name, _join(text, [t for g in segments[:-1] for t in g])[0],
                           "person")
    if (len(segments) > 2 and all(t.bare in _g(ctx, "anaphoric") for t in segments[-1])
            and all(g and all(_place_word(t, ctx) for t in g) for g in segments[1:-1])):
        # "warga Cipayung, Jakarta Timur, itu": places set off inside one description
        found = classify(text, [t for t in toks if t.text != ","], ctx)
        if found is not None and found.kind == "anaphor":
            return found
    left, right = segments[0], segments[1]
    head = classify(text, left, ctx)
    if not right or head is None and is_capitalised(left[0]):
        return head
    # ("ujar mitra pengelola Hoshi Capital, Kenji Morimoto": a description in lower case, whatever
    # its words, is what the person named after it is)
    if (_namey(right, ctx) or _titled_name(right, ctx)) and not _namey(left, ctx):
        tail = classify(text, right, ctx)
        if tail is not None and tail.kind == "person":
            return Mention(tail.text, tail.start, tail.end, tail.name, _join(text, left)[0], "person")
    if head is not None and _namey(left, ctx) and not _namey(right, ctx) and head.kind == "person" and head.role is None:
        return Mention(head.text, head.start, head.end, head.name, _join(text, right)[0], "person")
    return head


def after(text: str, pos: int, limit: int, ctx: Context, *, reports: bool = True) -> Mention | None:
    """The speaker named right after a post-posed cue ("ujar *Kapolres AKBP Budi*, di ..."); with
    `reports`, after a report noun too ("menurut *data* BPS")."""
    if reports:
        pos = _past_report_noun(text, pos, limit, ctx)
    account = ctx.lang.grammar.pattern("account").match(text, RE_SPACE_RUN.match(text, pos, limit).end(), limit)
    if account is not None and (found := _account(text, account)) is not None:
        # "tulis akun @nadyapermata_", "balas pengguna @bayukrn_": the account is who wrote it
        return found
    toks = []
    commas = glossed = 0
    for t in itokens(text, pos, limit):
        gap = text[max(toks[-1].end if toks else pos, glossed):t.start]
        if RE_STOP_AFTER.search(gap) and gap.strip() != "":
            break
        if RE_PARENTHESISED.match(t.text) and not (RE_ACRONYM.match(t.text) or RE_SHORT_FORM.match(t.text)):
            if toks and _in(ctx.lang, "title", toks[0].bare) and RE_GLOSS.match(t.text):
                glossed = t.end
                continue  # "Kepala Meteorolog (Chief Meteorologist) Met Office, Fiona Castleton": the title in English
            break  # "(Kompas, 11/11/2017)" ends the mention; "(KPK)" and "(BPH Migas)" belong to it
        if t.text in ",:;":
            if t.text != "," or not toks or commas >= MAX_APPOSITIVE_COMMAS and not (
                    commas < MAX_PLACE_COMMAS and _place_segment(toks, ctx)):
                break  # (but "Kepala Dusun Ngrandu, Desa Sumberagung, Kecamatan Jetis, Suparno" goes on)
            # (a comma before "dan" closes a list inside a role: "Menteri Ekonomi, Perdagangan, dan Industri")
            commas += not _list_after(text, t.end, ctx)
            toks.append(t)
            continue
        w = t.bare
        if w in _g(ctx, "relative") and toks and _describes(toks, ctx):
            rest = tokens(text, t.start, min(limit, t.start + MAX_DESCRIPTION_CHARS))
            end = _description_end(rest, ctx)
            if end is not None:
                toks.extend(rest[:end + 1])  # "ujar pria yang akrab disapa Bang Boni itu"
                break
        if (w in _g(ctx, "speaker_stops") and not (toks and _role_like(toks[-1], ctx) and w in _g(ctx, "role_connectors"))) or w in _g(ctx, "day_names"):
            named = _named_after_description(text, toks, t.start, limit, ctx) if w in _g(ctx, "place_prepositions") else None
            if named is not None:
                return named  # "kata ekonom senior di sebuah bank investasi di Singapura, Michael Tan,"
            if w in _g(ctx, "place_prepositions") and toks and not is_capitalised(toks[0]) and _describes(toks, ctx):
                # "tegas mantan asisten pelatih di akademi Valencia tersebut": where the one described
                # served, up to the demonstrative
                rest = tokens(text, t.start, min(limit, t.start + MAX_DESCRIPTION_CHARS))
                end = next((j for j, u in enumerate(rest[:MAX_WHERE_WORDS + 2]) if j and u.bare in _g(ctx, "anaphoric")), None)
                if end is not None and not any(u.text in ",:;" for u in rest[:end]):
                    toks.extend(rest[:end + 1])
            break
        if toks and toks[-1].text == "," and not (is_capitalised(t) or _is_rank(t, ctx.lang)) and not (
                w in _g(ctx, "anaphoric") and _place_segment(toks[:-1], ctx)  # "warga Cipayung, Jakarta Timur, itu"
                or _list_after(text, toks[-1].end, ctx)  # "Ekonomi, Perdagangan, dan Industri"
                # "kata Kepala Puskesmas Bontoa, dokter Hasnah": a name under its title in lower case
                or _address_title(w, ctx) and RE_CAPITAL_NEXT.match(text, t.end) is not None):
            break
        # ("tulis Direktur Utama perseroan, Yudistira Halim,", "kata Direktur Keuangan perusahaan itu,
        # Melinda Hartono": a title of the body named before, then the holder's name set off)
        # (or "kata ketua komunitas itu, Ilham Saputra", "ujar pelatih tim tersebut, Pieter Jansen": a title
        # in lower case)
        of_body = (bool(toks) and toks[-1].text != "," and (_in(ctx.lang, "title", toks[0].bare)
                                                             or is_title_word(toks[0].bare, ctx.lang))
                   and (w.casefold() in _g(ctx, "organisation_anaphors") or w in _g(ctx, "anaphoric")
                        and toks[-1].bare.casefold() in _g(ctx, "organisation_nouns") | _g(ctx, "organisation_anaphors"))
                   and _name_set_off_after(text, t.end, limit, ctx))
        if toks and w in _g(ctx, "anaphoric") and not of_body:
            toks.append(t)  # "pelatih asal Skotlandia itu": the description ends here
            break
        if not is_capitalised(t) and toks and toks[-1].text != "," and not of_body:
            prev_role = _role_like(toks[-1], ctx) and not is_capitalised(toks[-1]) or _in(ctx.lang, "title", toks[-1].bare)
            descriptive = not is_capitalised(toks[0]) and len(toks) < MAX_DESCRIPTION
            # "Deputi Bidang Ketersediaan dan Stabilisasi": a role goes on; "Salehudin dari KKP": a name ends
            connects = w in _g(ctx, "role_connectors") and (_role_like(toks[-1], ctx) or _role_like(toks[0], ctx))
            if not (prev_role or descriptive or connects or w in _g(ctx, "name_particles") or _in(ctx.lang, "role_noun", w)
                    or _is_rank(t, ctx.lang)):  # "Dr. dr. Fransiska Hutapea"
                break
        if not toks and not (is_capitalised(t) or _joined_particle(t, ctx) or _leading_particle(t, ctx) or _is_rank(t, ctx.lang)
                             or w in ctx.lang.words.get("pronoun", ())
                             or w in _g(ctx, "anaphoric_determiners") or _body_noun(w, ctx, text, t.end)
                             or w.casefold() in _g(ctx, "organisation_anaphors")
                             or _in(ctx.lang, "title", w.capitalize())
                             or w in ctx.lang.words.get("group_head", ()) or _in(ctx.lang, "role_noun", w)
                             or w in _g(ctx, "unnamed") or w in _g(ctx, "party_words")
                             or w.casefold() in _descriptor_heads(ctx.lang)  # "menurut kantor berita Xinhua"
                             or _lower_brand(w, ctx)  # "tanya detikcom", "tulis kumparan"
                             or w in _g(ctx, "speaking_bodies")  # "menurut kejaksaan,"
                             # ("menurut tim jaksa,": a body's collective, then whose)
                             or w in _g(ctx, "collective_nouns") and RE_WORD_NEXT.match(text, t.end) is not None
                             or _modified_title(text, t.end, w, ctx)
                             or _lower_address(t, text[t.end + 1:t.end + 2], ctx)
                             # ("menurut lembaga pemantau AAPP": a body's noun, what kind, then its name)
                             or w in _g(ctx, "organisation_nouns") and RE_KIND_THEN_NAME.match(text, t.end) is not None):
            return None
        toks.append(t)
        if len(toks) == 1 and w in ctx.lang.words.get("pronoun", ()):
            break
        if text[t.end - 1] == "." and not (len(w) == 1 or w + "." in ctx.lang.abbreviations):
            break  # "kata Panglima TNI. Kapal …": the sentence ends the mention
        if len(toks) > MAX_SPEAKER_TOKENS:
            return None
    while toks and (toks[-1].text == "," or toks[-1].bare in _g(ctx, "role_connectors") or toks[-1].bare in _g(ctx, "name_particles")):
        toks.pop()
    if not toks or all(t.bare in _g(ctx, "name_particles") for t in toks):
        return None
    return _named_by(text, toks, ctx) or _appositive(text, toks, ctx)


RE_WORD_NEXT = regex.compile(r" \p{L}")  # another word after this one, in the same phrase
RE_NAME_SET_OFF = regex.compile(r", \p{Lu}[\p{L}'’.-]+ \p{Lu}")  # ", Yudistira Halim"


def _name_set_off_after(text: str, pos: int, limit: int, ctx: Context) -> bool:
    """A name of two words or more set off by a comma follows `pos`, after a demonstrative if any."""
    nxt = next(itokens(text, pos, limit), None)
    if nxt is not None and nxt.bare in _g(ctx, "anaphoric") and text[pos:nxt.start] == " ":
        pos = nxt.end
    return RE_NAME_SET_OFF.match(text, pos, limit) is not None


RE_DESCRIBED_NAME = regex.compile(r"[^,.;:!?\"“”()\n]{1,80}?, (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})(?=[,.]|$)")


def _named_after_description(text: str, toks: list[Token], pos: int, limit: int, ctx: Context) -> Mention | None:
    """A description of where someone works, then the name set off by a comma ("ekonom senior di
    sebuah bank investasi di Singapura, Michael Tan,"): the person, with the description as role."""
    # (capitalised, a title alone: "kata Partner di Lumina Capital, Kenji Watanabe")
    if not toks or is_capitalised(toks[0]) and not (len(toks) == 1 and _in(ctx.lang, "title", toks[0].bare)) or not (
            _in(ctx.lang, "role_noun", toks[0].bare) or is_title_word(toks[0].bare, ctx.lang)):
        return None
    m = RE_DESCRIBED_NAME.match(text, pos, limit)
    if m is None:
        return None
    named = tokens(text, m.start(1), m.end(1))
    if named[0].bare in _g(ctx, "day_names") or named[0].bare in _g(ctx, "months"):
        return None  # ("kata Gubernur di Palu, Rabu (12/3)": when)
    if len(named) == 1 and is_capitalised(toks[0]) and len(toks) == 1:
        return None  # ("dikatakan Bupati di Rumah Jabatan Bupati, Sungguminasa.": the wider place, the title its holder's)
    name = classify(text, named, ctx)
    if name is None or name.kind != "person" or name.role is not None and not _titled_name(named, ctx):
        return None
    return Mention(name.text, name.start, name.end, name.name, text[toks[0].start:m.start(1) - 2], "person")


RE_DATELINE_DASH = regex.compile(r"\s[-–—]{1,2}\s")
RE_WORD_BEFORE_CAPITAL = regex.compile(r"\s+(\p{Ll}+) \p{Lu}")


def _list_after(text: str, pos: int, ctx: Context) -> bool:
    """A list conjunction and a capital follow `pos`: ", dan Industri" closes a list inside a role."""
    m = RE_WORD_BEFORE_CAPITAL.match(text, pos)
    return m is not None and m.group(1) in _g(ctx, "list_conjunctions")
MAX_PLACE_COMMAS = 5


@functools.lru_cache(maxsize=8)
@functools.lru_cache(maxsize=4)
def introduced_initials(text: str, lang) -> frozenset[str]:
    """The initials the article gives someone after a word that says so ("tersangka berinisial AS (27)"),
    or several people in a list ("kedua tersangka berinisial LS (29) dan AH (33)")."""
    # ("Praka BS dan Pratu EW": initials after a rank name a soldier or officer, wherever written again)
    # (a rank, not a word of address: "Coach JP" is what the coach is called)
    ranked = frozenset(m.group(2) for m in RE_RANK_THEN_INITIALS.finditer(text) if _in(lang, "rank", m.group(1).rstrip(".")))
    if not any(w in text for w in lang.grammar.words("initials_words")):
        return ranked
    return ranked | frozenset(initials for m in _initials_pattern(lang).finditer(text) for initials in m.captures("initials"))


RE_RANK_THEN_INITIALS = regex.compile(r"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}.]+) (\p{Lu}{2,4})(?![\p{L}\p{N}])")


@functools.lru_cache(maxsize=4)
def _initials_pattern(lang) -> regex.Pattern:
    words = "|".join(map(regex.escape, sorted(lang.grammar.words("initials_words"))))
    one = r"(?P<initials>\p{Lu}{1,5})(?![\p{L}\p{N}])(?: ?\(\d{1,3}\))?"  # initials, and an age maybe (one group, named twice)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{words}) {one}(?:(?:, (?:dan |serta )?| dan | serta ){one})*")


def _naming_words_before(lang: Lang) -> tuple[str, ...]:
    return tuple(f"{w} " for w in lang.grammar.ordered("naming_words"))


def _named_by(text: str, toks: list[Token], ctx: Context) -> Mention | None:
    """"Seorang warga Dusun Lendang Bajur bernama Baiq Nurhasanah (38)": the person named after a
    naming word ("bernama"), with the words before it as the role (without "seorang")."""
    k = next((k for k, t in enumerate(toks) if k and t.bare in _g(ctx, "naming_words")), None)
    if k is None or k + 1 >= len(toks) or not is_capitalised(toks[k + 1]):
        return None
    found = classify(text, toks[k + 1:], ctx)
    if found is None or found.kind != "person":
        return None
    role = toks[:k]
    while role and role[0].bare.casefold() in _g(ctx, "unnamed"):
        role = role[1:]
    return Mention(found.text, found.start, found.end, found.name, found.role or (_join(text, role)[0] if role else None),
                   "person")


def places_after(text: str, pos: int, ctx: Context) -> int:
    """Where the places set off by commas after `pos` end (", Kabupaten Indramayu, Jawa Barat" before
    another comma or a stop), or `pos` if none follows."""
    end = pos
    while (seg := RE_PLACE_SET_OFF.match(text, end)) is not None:
        toks = tokens(text, seg.start(1), seg.end(1))
        if not toks or not _place_segment(toks, ctx):
            break
        end = seg.end(1)
    return end


RE_PLACE_SET_OFF = regex.compile(r", (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})(?=[,.]|\s+\()")


def _place_segment(toks: list[Token], ctx: Context) -> bool:
    """The words after the last comma of `toks` name a place ("Desa Sumberagung", "Jawa Timur")."""
    k = len(toks)
    while k and toks[k - 1].text != ",":
        k -= 1
    seg = toks[k:]
    return bool(seg) and (seg[0].bare in ctx.lang.place_nouns or all(_place_word(t, ctx) for t in seg))


def _met_where(before: list[Token], seg: list[Token], ctx: Context) -> bool:
    """Capitals set off after where someone unnamed was met are the wider place ("Seorang petugas …
    yang ditemui di Desa Pedamaran, OKI,", "Sejumlah PRT Indonesia yang ditemui di kawasan Lucky Plaza,
    Orchard Road,"), no one's name."""
    head = before[0].bare.casefold()
    # (a place by its shape, an acronym or a street, "OKI", "Orchard Road": a name set off after someone
    # unnamed is theirs, "Seorang warga yang ditemui di Pasar Baru, Darto, mengaku")
    placed = (len(seg) == 1 and len(seg[0].bare) > 1 and seg[0].bare.isupper() or seg[-1].bare in _g(ctx, "street_words")
              or all(_place_word(t, ctx) for t in seg))
    return (placed and len(seg) <= MAX_WIDER_PLACE_WORDS and all(is_capitalised(t) for t in seg)
            and (head in _g(ctx, "unnamed") or head in ctx.lang.words.get("group_head", ()))
            and any(t.bare in _g(ctx, "relative") for t in before)
            and _capitals_after([t for t in before if t.bare not in _g(ctx, "area_words")], _g(ctx, "place_prepositions")) is not None)


MAX_WIDER_PLACE_WORDS = 3


def _place_after_place(before: list[Token], seg: list[Token], ctx: Context) -> bool:
    """One capitalised word after a place set off by commas is a wider place ("warga Kalurahan
    Sinduadi, Mlati,"): a place noun or a resident noun before names where."""
    return (len(seg) == 1 and is_capitalised(seg[0]) and seg[0].bare not in ctx.short_names and len(before) > 1
            and (before[0].bare in ctx.lang.place_nouns or before[0].bare.casefold() in _g(ctx, "resident_nouns")
                 or before[1].bare in ctx.lang.place_nouns
                 # ("Menteri … dalam rapat kerja di Kompleks Parlemen, Senayan, Jakarta, Selasa (20/5),
                 # mengatakan": where the subject spoke, then the wider places)
                 or _ends_where(before, ctx) and _wider_place_next(seg[0], ctx))
            # ("Kepala Desa Rantau Keloyang, Syamsuddin, mengaku": a given name is the holder; so is a
            # word no list knows after a role's place, "Kepala Desa Sumber Rejo, Paimin,": a role names
            # its holder, a resident's place goes on to the wider one)
            and (is_place(seg[0].bare, ctx) or given_sex(seg[0].bare.casefold(), ctx.lang) is None
                 and not (before[1].bare in ctx.lang.place_nouns and is_title_word(before[0].bare.casefold(), ctx.lang))))


def _capitals_after(toks: list[Token], words: frozenset[str]) -> int | None:
    """Where the last of `words` stands in `toks` (not first nor last) when only capitals follow it
    ("… di Kompleks Parlemen", "Ketua RT 02 Dusun Bonto Bahari"), else None."""
    at = next((k for k in range(len(toks) - 2, 0, -1) if toks[k].bare in words), None)
    return at if at is not None and all(is_capitalised(t) for t in toks[at + 1:]) else None


def _ends_where(seg: list[Token], ctx: Context) -> bool:
    """`seg` ends in where something happened, after its subject: a place preposition, then capitals
    ("… dalam rapat kerja di Kompleks Parlemen")."""
    first = seg[0].bare.casefold()
    if first in _g(ctx, "adjunct_openers") or first in _g(ctx, "adjunct_prepositions"):
        return False  # ("Saat meninjau lokasi di Desa Sukamaju, Darto mengatakan": no subject before it)
    return _capitals_after(seg, _g(ctx, "place_prepositions")) is not None


def _named_in_place(toks: list[Token], found: Mention, ctx: Context) -> bool:
    """The one word `found` names a person with is the last of a place's name in `toks` ("Ketua RT 02
    Dusun Bonto Bahari": a place noun, then capitals to the end)."""
    at = _capitals_after(toks, ctx.lang.place_nouns)
    return at is not None and toks[-1].bare == found.name and toks[at + 1].bare not in ctx.short_names


def _wider_place_after_description(segs: list[list[Token]], ctx: Context) -> bool:
    """NAME, DESCRIPTION ending in a place, WORD: one capitalised word after a description in lower case
    that ends with a place ("Kasnadi (52), nelayan asal Desa Kandangsemangkon, Paciran, mengaku") is a
    wider place, not a second name (where no name stands first, as in "Ketua RT 02 Desa Sukamaju,
    Darto,", the word is the holder's name)."""
    name, described, seg = segs
    if not (len(seg) == 1 and is_capitalised(seg[0]) and seg[0].bare not in ctx.short_names
            and not is_capitalised(described[0]) and _namey([t for t in name if not _is_age(ctx, t.text)], ctx)):
        return False
    return (_capitals_after(described, ctx.lang.place_nouns) is not None
            and (is_place(seg[0].bare, ctx) or given_sex(seg[0].bare.casefold(), ctx.lang) is None))


def _wider_place_next(tok: Token, ctx: Context) -> bool:
    """A place the article or the language knows is set off right after `tok` ("Senayan, Jakarta"):
    `tok` is a place in a chain of them, not a name ("… di Kelurahan Sukamaju, Darto, mengaku")."""
    m = RE_WORD_AFTER_COMMA.match(ctx.text, tok.end)
    return m is not None and is_place(m.group(1), ctx)


def given_sex(word: str, lang: Lang) -> str | None:
    """"m" or "f" for a word (casefolded) the language lists as a given name of one sex, or that ends
    as such names do (-wan, -uddin; -wati, -ningsih), else None."""
    sex = lang.name_sexes.get(word)
    if sex is None and len(word) > MIN_NAME_ENDING_STEM:
        grammar = lang.grammar
        sex = ("f" if word.endswith(tuple(grammar.ordered("female_name_endings")))
               else "m" if word.endswith(tuple(grammar.ordered("male_name_endings"))) else None)
    return sex


MIN_NAME_ENDING_STEM = 4  # letters a word needs before its ending tells a sex ("Setiawan", not "Wan")


def _is_adjunct(seg: list[Token], ctx: Context) -> bool:
    """A segment set off by commas that is no subject: "seperti dikutip dari Antara", "Rabu (14/5)"."""
    first = seg[0].bare
    if first.casefold() in _g(ctx, "adjunct_openers") and not is_capitalised(seg[0]) or first in _g(ctx, "adjunct_heads"):
        return True
    if first in _g(ctx, "day_names") or first.casefold() in _g(ctx, "time_words"):
        return True
    if all(t.bare in _g(ctx, "months") or t.bare.isdigit() for t in seg):
        return True  # "November 2019"
    return all(_is_degree(ctx.lang, t.text) or _is_age(ctx, t.text) for t in seg)


def _time_opener(segs: list[list[Token]], ctx: Context) -> bool:
    """The sentence opens with when, set off by a comma, right before its last part: "Pada Januari lalu,
    Pyongyang mengklaim" (a place after it is who acts, as a country or capital does in the news)."""
    if len(segs) != 2 or segs[0][0].bare.casefold() not in _g(ctx, "adjunct_openers"):
        return False
    months, days, times = _g(ctx, "months"), _g(ctx, "day_names"), _g(ctx, "time_words")
    return any(t.bare in months or t.bare in days or t.bare.casefold() in times for t in segs[0][1:])


def _role_goes_on(seg: list[Token], ctx: Context) -> bool:
    """A part set off by commas that carries a role on: a body ("Kementerian Perhubungan (Kemenhub)"),
    places ("Jawa Tengah"), the rest of a list ("Informasi", "dan Komunikasi Kebencanaan BNPB")."""
    first = seg[0]
    joints = _g(ctx, "list_conjunctions")
    return (_in(ctx.lang, "org_head", first.bare) or all(_place_word(t, ctx) for t in seg)
            or first.bare in joints
            # ("Tanaman Pangan dan Hortikultura Sumut": a list's last items, joined with no comma)
            or is_capitalised(first) and any(t.bare in joints for t in seg[1:-1])
            and all(is_capitalised(t) or t.bare in joints for t in seg)
            or (len(seg) == 1 and is_capitalised(first) and not _in(ctx.lang, "title", first.bare)
                and first.bare not in ctx.short_names))


def _account(text: str, found: regex.Match) -> Mention | None:
    """The mention of an account by its handle: the handle is the name it goes by ("akun tersebut":
    the handle written last before it, if any)."""
    handle = found.group("handle")
    if handle is None:
        before = RE_HANDLE_BEFORE.search(text, max(0, found.start() - MAX_ACCOUNT_REACH), found.start())
        if before is None:
            return None
        handle = before.group()
    return Mention(text[found.start():found.end()], found.start(), found.end(), handle, None, "person")


RE_HANDLE_BEFORE = regex.compile(r"(?r)(?<![\w@])@[\w.]*\w")
RE_SPACE_RUN = regex.compile(r"\s*")
MAX_ACCOUNT_REACH = 1500  # characters back to the handle "akun tersebut" means


def _account_before(text: str, lo: int, pos: int, ctx: Context) -> Mention | None:
    """"Pengguna lain, @mamah.zidan, menulis", "Akun Instagram @infojogja_terkini dalam unggahannya
    menulis": a handle opening the clause (after words for a user or the platform alone) is who wrote;
    "KBRI Tokyo melalui akun resminya, @kbritokyo, mengimbau" is the embassy's."""
    found = None
    for found in ctx.lang.grammar.pattern("account").finditer(text, lo, pos):
        pass
    if found is None or ctx.lang.grammar.pattern("account_adjunct").fullmatch(text, found.end(), pos) is None:
        return None
    holders, platforms = _g(ctx, "account_holder_words"), _g(ctx, "platform_names")
    if any(w.casefold() not in holders and w not in platforms for w in RE_FIRST_WORD.findall(text, lo, found.start())):
        return None
    return _account(text, found)


def before(text: str, lo: int, pos: int, ctx: Context) -> Mention | None:
    """The subject of a pre-posed cue: the words between the clause start and the verb."""
    if text.find("@", lo, pos) >= 0 or text.find("kun ", lo, pos) >= 0:  # (a handle, or "akun tersebut")
        account = _account_before(text, lo, pos, ctx)
        if account is not None:
            return account
    dash = None
    for dash in RE_DATELINE_DASH.finditer(text, lo, pos):
        pass
    if dash is not None:
        lo = dash.end()  # "Jayapura (ANTARA) - Dinas Kesehatan …": the dateline is no subject
    toks = [t for t in tokens(text, lo, pos)]
    stop = RE_STOP_AFTER.search(text, toks[-1].end if toks else lo, pos)
    if stop is not None and not ctx.lang.grammar.pattern("marked_nickname_clause").search(text, lo, stop.end()):
        return None  # (but "Anisa yang dijuluki “Si Kidal dari Kudus” mengaku": the nickname's closing mark)
    # the subject starts after the last comma, but adjuncts set off by commas are skipped
    segs: list[list[Token]] = [[]]
    for t in toks:
        if t.text in ",:;":
            segs.append([])
        else:
            segs[-1].append(t)
    # an adjunct is set off by a comma before the verb; the words touching the verb are the subject
    while len(segs) > 2 and not segs[-1] and segs[-2] and _is_adjunct(segs[-2], ctx):
        segs[-2:] = [[]]
    if (len(segs) > 1 and segs[0] and segs[-1] and segs[0][0].bare.casefold() in _g(ctx, "fronted_adjunct_prepositions")
            and is_capitalised(segs[0][0]) and not text[lo:segs[0][0].start].strip()):
        # "Dari Senayan, anggota Komisi XI DPR Siti Nurhaliza meminta": a preposition's phrase opening
        # the clause says from where or when, and is no part of who speaks
        segs = segs[1:]
    # "Nadia, 27 tahun, karyawan swasta, mengaku", "Rizal Effendi, S.H., M.H., penulis buku …,
    # memandang": an age or degrees set off by commas are no subject
    age = ctx.lang.grammar.pattern("age_apposition")
    segs = [seg for k, seg in enumerate(segs) if seg and (k == len(segs) - 1 or not (
        age.match(_join(text, seg)[0]) or k and all(_is_degree(ctx.lang, t.text) for t in seg)))]
    if len(segs) >= 2 and segs[-1][0].text[:1].isdigit() and _trim(segs[-2], ctx):
        # "Para pemohon, 14 warga dari enam provinsi, mendalilkan": a number's phrase after commas
        # says who they are, the words before it are the subject
        head = classify(text, _trim(segs[-2], ctx), ctx)
        if head is not None and head.kind in ("group", "person", "organization"):
            segs.pop()
    if len(segs) > 1 and all(t.bare in _g(ctx, "anaphoric") for t in segs[-1]):
        # "Pebulu tangkis asal Tabanan, Bali, itu menilai": the commas set off places inside one
        # description, which its demonstrative closes
        start = next((k for k in range(len(segs) - 2, -1, -1) if not all(_place_word(t, ctx) for t in segs[k])), 0)
        described = [t for seg in segs[start:] for t in seg]
        if len(described) <= MAX_DESCRIPTION and not is_capitalised(described[-1]):
            found = classify(text, described, ctx)
            if found is not None and found.kind == "anaphor":
                return found
    # "Samsir Ramadhan, yang tinggal di Batang Alai, Kabupaten Hulu Sungai Tengah, juga memastikan": a
    # relative clause runs to the verb; "X, dihubungi kemarin, mengatakan": so does a passive adjunct
    relative = next((k for k in range(len(segs) - 1, 0, -1) if segs[k][0].bare in _g(ctx, "relative")
                     or _passive(segs[k][0].text, ctx)), None)
    if (relative is not None and relative < len(segs) - 1 and segs[relative][0].bare not in _g(ctx, "relative")
            and _is_adjunct(segs[relative], ctx)):
        # ("Sementara itu, dikutip dari Antara, Direktur Jenderal … Teguh Arifianto mengatakan": a
        # source phrase set off before the subject, no clause about it)
        segs = segs[:relative] + segs[relative + 1:]
    elif relative is not None:
        # ("Pelaksana Fungsi Konsuler KBRI Mexico City, yang wilayah akreditasinya mencakup Guatemala,
        # Rizky Anindita, dalam keterangan tertulis memastikan": a role, a clause on it, then the name)
        named = next((k for k in range(relative + 1, len(segs)) if _namey(segs[k], ctx) and len(segs[k]) > 1), None)
        if (named is not None and relative >= 1 and segs[relative][0].bare in _g(ctx, "relative")
                and is_title_word(segs[relative - 1][0].bare.casefold(), ctx.lang)):
            segs = segs[:relative] + segs[named:]
        else:
            segs = segs[:relative]
    wider = 0  # where the wider places set off after a description end
    # (over and over: a place set off before an adjunct, "di kawasan Lucky Plaza, Orchard Road, pada hari
    # libur mereka, Minggu (9/3), mengaku")
    while True:
        counted = len(segs)
        # "Bonifasius, yang ditemui terpisah, balik menyebut": words that only lead to the verb
        # ... and so do an adjunct and a place ("Mohammad Rasyid (35), warga Cibinong, Kabupaten Bogor,")
        # (and a place before a date: "di Kompleks Parlemen, Senayan, Jakarta, Selasa (20/5),")
        while len(segs) > 1 and (not _trim(segs[-1], ctx) or _is_adjunct(_trim(segs[-1], ctx), ctx)
                                 or all(_place_word(t, ctx) for t in segs[-1]) and not _time_opener(segs, ctx)
                                 or _place_after_place(segs[-2], segs[-1], ctx) or _met_where(segs[-2], segs[-1], ctx)
                                 or len(segs) > 2 and segs[-1][0].bare in _g(ctx, "day_names")
                                 and all(_place_word(t, ctx) for t in segs[-2])
                                 or len(segs) > 2 and _wider_place_after_description(segs[-3:], ctx)):
            if len(segs) > 2 and len(segs[-1]) == 1 and is_capitalised(segs[-1][0]):
                wider = max(wider, segs[-1][0].end)  # (the role described before it runs on to it)
            segs.pop()
        # "…, dalam wawancara dengan BBC menuturkan", "dr. Yohanna Kafiar, M.Kes mengatakan",
        # "Dedi Marpaung, saat dihubungi Liputan6.com menyatakan", "…, Senin (5/10/2020) sore menyatakan"
        while len(segs) > 1 and (not is_capitalised(segs[-1][0]) and segs[-1][0].bare in _g(ctx, "adjunct_prepositions")
                                 or _occasion(segs[-1], ctx) or segs[-1][0].bare in _g(ctx, "day_names")
                                 # "KBRI Tokyo melalui akun resminya, @kbritokyo, mengimbau": the account's
                                 # handle (a handle written as a name, "@NabilRadytia", may be the speaker)
                                 or text[segs[-1][0].start - 1] in "@#" and not is_capitalised(segs[-1][0])
                                 or all(_is_degree(ctx.lang, t.text) for t in segs[-1])
                                 # ("Yohanis Latuheru, M.Si. di Ambon, Senin, mengatakan": degrees, then where)
                                 or _is_degree(ctx.lang, segs[-1][0].text) and (rest := [
                                     t for t in segs[-1] if not _is_degree(ctx.lang, t.text)]) and not is_capitalised(rest[0])
                                 and rest[0].bare in _g(ctx, "adjunct_prepositions")):
            segs.pop()
        if len(segs) == counted:
            break
    # "Badan Meteorologi, Klimatologi, dan Geofisika": a list inside one name
    if len(segs) > 1 and segs[-1][0].bare in _g(ctx, "list_conjunctions") and all(is_capitalised(t) for t in segs[-2]):
        while (len(segs) > 1 and all(is_capitalised(t) for t in segs[-2]) and not _is_adjunct(segs[-2], ctx)
               and segs[-2][0].bare.casefold() not in _g(ctx, "adjunct_prepositions")):
            # (but not "Rabu, 19 November 2025,": a date before the name, nor "Di Seoul,": where)
            segs[-2:] = [segs[-2] + segs[-1]]
    if not segs:
        return None
    # ("Eri, sapaan akrabnya, berharap": how the person is called, no role)
    if len(segs) > 1 and segs[-1][0].bare.casefold() in _g(ctx, "nickname_set_off_words"):
        segs.pop()
    # ("Salah seorang korban asal Sukabumi, berinisial RA (24), mengaku": the name after its naming word)
    if len(segs) > 1 and len(segs[-1]) > 1 and segs[-1][0].bare in _g(ctx, "naming_words") and is_capitalised(segs[-1][1]):
        segs[-1] = segs[-1][1:]
    if (len(segs) >= 3 and segs[-2][0].bare in _g(ctx, "pair_conjunctions") and len(segs[-2]) > 1
            # (what the second is, not the last item of a list in a body's name: "Direktur Industri
            # Tekstil, Kulit, dan Alas Kaki Kementerian Perindustrian, M. Rizal Fauzi,")
            and (not is_capitalised(segs[-2][1]) or is_title_word(segs[-2][1].bare.casefold(), ctx.lang))
            and _namey(segs[-1], ctx) and _namey(segs[-3], ctx)):
        # "Ketua Sekaa Teruna, I Komang Arya, dan bendaharanya, Ni Luh Putu Sri Wahyuni, mengaku": two
        # people, each set off after what they are
        one, other = classify(text, segs[-3], ctx), classify(text, segs[-1], ctx)
        if one is not None and other is not None and one.kind == other.kind == "person" and one.name != other.name:
            return Mention(text[one.start:other.end], one.start, other.end, f"{one.name} dan {other.name}", None, "pair")
    # "Maria Goreti Bria (47), salah satu warga, mengatakan": a name, then what the person is
    first = segs[-1][0]
    if (len(segs) >= 2 and not is_capitalised(first) and first.bare not in ctx.lang.words.get("pronoun", ())
            and first.bare not in _g(ctx, "list_conjunctions") and not _is_rank(first, ctx.lang)
            # (not "Kepala Puskesmas Bontoa, dokter Hasnah,": a role, then a name under its title)
            and not _titled_name([t for t in segs[-1] if not _is_age(ctx, t.text)], ctx)
            # (nor "Lewat juru bicaranya, Anwar Fauzi, fraksi itu menilai": a body referred back to, the subject)
            and not (len(segs[-1]) == 2 and first.bare in _g(ctx, "organisation_nouns")
                     and segs[-1][1].bare in _g(ctx, "demonstratives"))):
        named = _appositive_name(text, segs[-2], segs[-1], ctx)
        if named is not None:
            if named.role == _join(text, segs[-1])[0]:
                # ("Rohmat, warga Kelurahan Tlogosari Kulon, Kecamatan Pedurungan, mengaku": with the
                # wider places set off after the description)
                named = replace(named, role=text[segs[-1][0].start:max(wider, places_after(text, segs[-1][-1].end, ctx))])
            return named
        if segs[-2][0].bare.casefold() in _g(ctx, "unnamed") and all(
                not is_capitalised(t) or _place_word(t, ctx) for t in segs[-1]):
            # ("Seorang pemuda berusia 19 tahun, mantan pembalap liar, menyebut": someone unnamed, then
            # what they are; but "Salah satu juri tamu, kritikus film Daniel Whitford,": who they are)
            unnamed = classify(text, segs[-2], ctx)
            if unnamed is not None and unnamed.kind == "unnamed":
                return unnamed
    subject = _trim(segs[-1], ctx)
    seg = segs[-1]
    if (len(seg) > 2 and subject and subject[-1].bare in ctx.lang.words.get("pronoun", ())
            and seg[0].bare.casefold() in _g(ctx, "adjunct_prepositions")):
        # "Dalam unggahan itu ia menulis": an adjunct no comma sets off, then the pronoun that speaks
        return classify(text, subject[-1:], ctx)
    if (len(segs) > 1 and len(seg) > 1 and subject and subject[0] is not seg[0] and is_capitalised(seg[0])
            and is_capitalised(seg[1]) and text.endswith(", ", 0, seg[0].start)):
        # "Juru bicara Kementerian Luar Negeri Ukraina, Oleh Marchenko, mengatakan": a capitalised
        # function word after a comma, before capitals, opens a name ("Oleh", "Lalu")
        subject = [seg[0], *subject] if subject[0] is seg[1] else subject
    if not subject:
        return None
    named = _named_by(text, subject, ctx)
    if named is not None:
        return named
    # "Surat kabar yang berbasis di London itu (juga) melaporkan": an outlet named before, by what it
    # is (the attribution step finds which)
    ref = back_reference_pattern(ctx.lang).match(text, subject[0].start, pos)
    if ref is not None and RE_ADVERBS_TO_VERB.fullmatch(text, ref.end(), pos):
        return Mention(ref.group(), ref.start(), ref.end(), ref.group(), None, "organization")
    if len(segs) >= 2 and _in(ctx.lang, "title", subject[0].bare) and _namey(segs[-2], ctx):
        # "Dani Setiawan, Ketua KNTI, menilai": a name, then its role written in capitals (its last
        # word no name of its own: "Ketua Serikat Nelayan", a word the article writes nowhere else)
        role = classify(text, subject, ctx)
        # (one word after the title is the body's, not a person's, where the article writes it once
        # or a full name stands before: "Dewi Anggraini Siregar, Direktur Utama Antam, menjelaskan")
        full_name = len(_trim(segs[-2], ctx)) > 1
        # ("Sumarno, Camat Ciputat, mengajak": a territorial title heads the place after it, however
        # often the article names the place)
        if role is not None and (role.kind in ("role", "organization") or role.kind == "person" and " " not in role.name
                                 and (full_name or role.name not in ctx.short_names and ctx.count(role.name) == 1
                                      or len(subject) > 1 and _unit_before_name(subject, ctx)
                                      or _named_in_place(subject, role, ctx))):
            named = _appositive_name(text, segs[-2], segs[-1], ctx)
            if named is not None and named.role == _join(text, segs[-1])[0]:
                # ("Karsim (57), Kepala Desa Tegalwangi, Kabupaten Indramayu, Jawa Barat, yang ikut hadir,":
                # with the wider places set off after it)
                named = replace(named, role=text[segs[-1][0].start:places_after(text, segs[-1][-1].end, ctx)])
            if named is not None:
                return named
    # ("Tetua adat setempat, Yosef Jelahu (63), menyebut": the age is no word of the name)
    # ("Juru bicara PN Kendal, Hakim Dewi Anggraeni, menjelaskan": a title the name is addressed with)
    ageless = [t for t in subject if not _is_age(ctx, t.text)]
    if (len(segs) >= 2 and (_namey(ageless, ctx) or _titled_name(ageless, ctx))
            # ("Kepada warga Kota Bogor, Dedie memastikan": whom it was said to, no role)
            and segs[-2][0].bare.casefold() not in _g(ctx, "adjunct_prepositions")):
        role = _trim(segs[-2], ctx)
        while len(role) > 1 and role[0].bare.casefold() in _g(ctx, "unnamed"):
            role = role[1:]  # "Kepada AP, seorang petani di Tuguegarao, Rodolfo Agbayani (58), menuturkan"
        k = len(segs) - 2
        while k > 0 and len(segs) - 2 - k < MAX_ROLE_COMMAS and _trim(segs[k], ctx) and _role_goes_on(segs[k], ctx):
            k -= 1
        head = _trim(segs[k], ctx)
        if role and k < len(segs) - 2 and head and _in(ctx.lang, "title", head[0].bare):
            # "Direktur Angkutan Jalan pada Ditjen Perhubungan Darat, Kementerian Perhubungan (Kemenhub),
            # Yusuf Nugraha,", "Kepala Seksi … BPBD Kabupaten Banjarnegara, Jawa Tengah, Ir. H. Sutrisno
            # Wibowo,", "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB, Ratna Sari Dewi,":
            # the role runs over commas, to the body it works in, its place, the rest of a list
            role = [t for t in toks if head[0].start <= t.start < role[-1].end]
        if role and not _namey(role, ctx) and (_in(ctx.lang, "title", role[0].bare) or _in(ctx.lang, "role_noun", role[0].bare)
                                              or _in(ctx.lang, "title", role[0].bare.capitalize())
                                              # ("Pengurus masjid, ustaz Zulhendri (52),": a role noun opening the sentence)
                                              or _in(ctx.lang, "role_noun", role[0].bare.casefold())):
            tail = classify(text, subject, ctx)
            if tail is not None and tail.kind == "person":
                return Mention(tail.text, tail.start, tail.end, tail.name, _join(text, role)[0], "person")
    # "MK dalam pertimbangan putusannya": the subject ends where an adjunct begins, and
    # "Legislator asal Jawa Barat itu sepakat soal ...": after its demonstrative
    for k, t in enumerate(subject[1:], 1):
        named = ctx.lang.grammar.pattern("self_naming").match(text, t.start) if t.bare in _g(ctx, "relative") else None
        if named is not None and named.end() <= pos:
            # "Kelompok peretas yang menamakan diri LockNest mengklaim": the name the group gave itself
            whole = _join(text, subject)
            return Mention(whole[0], whole[1], whole[2], named.group("name"), None, "organization")
        if (t.bare in _g(ctx, "relative") and k + 2 < len(subject) and subject[k + 1].bare in _g(ctx, "publishing_verbs")
                and subject[0].bare.casefold() in _g(ctx, "report_nouns")):
            # "Laporan Tech Talent Pulse 2025 yang dirilis lembaga riset Momentum Works menyebut": the
            # report speaks for its maker, the agent of its passive verb, after what kind of body it is
            named_at = next((j for j in range(k + 2, len(subject)) if is_capitalised(subject[j])), len(subject))
            agent = subject[named_at:]
            if agent and (agent[0].bare in _g(ctx, "months") or agent[0].bare in _g(ctx, "day_names")):
                # (not when: "laporan Kelompok Ahli PBB untuk Kongo yang dirilis Juli lalu" is the group's,
                # named after the report's noun)
                agent = subject[1:k] if k > 1 and is_capitalised(subject[1]) else []
            maker = classify(text, agent, ctx) if agent and not any(u.bare in _g(ctx, "relative") for u in agent) else None
            if maker is not None and maker.kind in ("organization", "person"):
                whole = _join(text, subject)
                return Mention(whole[0], whole[1], whole[2], maker.name, None, maker.kind)
        if t.bare in _g(ctx, "relative") and _describes(subject[:k], ctx):
            end = _description_end(subject[k:], ctx)
            if end == len(subject) - 1 - k or (
                    # ("Pria yang datang ke desa itu lewat program transmigrasi pada 1982 tersebut menyebut":
                    # a demonstrative inside the clause, and the description's own at its end)
                    end is not None and len(subject) - k <= MAX_DESCRIPTION + 2
                    and subject[-1].bare in _g(ctx, "anaphoric") and not is_capitalised(subject[-1])):
                return classify(text, subject, ctx)  # "Pria yang akrab disapa Koh Hen itu menambahkan"
            if end is not None and RE_ADVERBS_TO_VERB.fullmatch(text, subject[k + end].end, pos):
                # "Pejabat yang kerap dijuluki Mr. Yen itu menolak menjawab": the description, then a verb
                # or adverb that leads to the cue
                return classify(text, subject[:k + end + 1], ctx)
            if end is not None and ctx.lang.grammar.pattern("verb_coordination").search(text, lo, pos) is not None:
                # "perempuan yang sebelumnya menjabat bupati itu berterima kasih … dan menyebut": the
                # description is the subject of both verbs
                return classify(text, subject[:k + end + 1], ctx)
        if t.bare in _g(ctx, "speaker_stops") and t.bare not in _g(ctx, "time_span_words") \
                and 0 < len(subject) - k - 1 <= 2 and subject[-1].bare in _g(ctx, "anaphoric") \
                and not (t.bare in _g(ctx, "occasion_openers") and len(subject) - k - 1 == 1) \
                and not any(is_capitalised(u) for u in subject[k:]) and (
                    is_title_word(subject[0].bare.casefold(), ctx.lang) or subject[0].bare.casefold() in _g(ctx, "person_nouns")):
            continue  # "Dokter spesialis penyakit dalam itu meminta": a word of the description, up to its demonstrative
        if (t.bare in _g(ctx, "place_prepositions") and len(subject) - k > 2 and subject[-1].bare in _g(ctx, "anaphoric")
                and not is_capitalised(subject[-1]) and all(is_capitalised(u) for u in subject[k + 1:-1])
                and is_title_word(_past_modifier(subject, ctx)[0].bare.casefold(), ctx.lang)):
            # "wali kota perempuan pertama di Jakarta Barat itu menyebut": where the one described serves
            # (and "Mantan rektor di Sorong itu menambahkan": served)
            found = classify(text, subject, ctx)
            if found is not None and found.kind == "anaphor":
                return found
        if t.bare in _g(ctx, "speaker_stops") or t.bare in _g(ctx, "relative"):
            if t.bare in _g(ctx, "through_words") and subject[k + 1:]:
                # "pemerintah melalui Kementerian Dalam Negeri (Kemendagri) mengusulkan": the body acting
                # ("Pemerintah Kabupaten Bone melalui Dinas PMD menyatakan": a body named in full speaks
                # through one of its offices, and is the speaker)
                body = classify(text, subject[k + 1:], ctx)
                if body is not None and body.kind == "organization":
                    head = classify(text, subject[:k], ctx) if k else None
                    return head if head is not None and head.kind == "organization" and _named_body(subject[:k], ctx) else body
            if t.bare in _g(ctx, "role_markers") and subject[k + 1:]:
                # "Saiful Tomi selaku Ketua Tim Pemenangan mengatakan": the role follows its marker
                head = classify(text, subject[:k], ctx)
                if head is not None and head.kind == "person" and head.role is None:
                    return Mention(head.text, head.start, head.end, head.name, _join(text, subject[k + 1:])[0], "person")
                tail = classify(text, subject[k + 1:], ctx) if head is not None and head.kind == "role" else None
                if tail is not None and tail.kind == "person" and tail.role:
                    # "Komandan Korem 102/Panju Panjung selaku Komandan Satgas Karhutla Kalteng Brigjen TNI
                    # Yudhistira Eka Saputra mengatakan": one office, then another and its holder's name
                    whole = _join(text, subject)
                    return Mention(whole[0], whole[1], whole[2], tail.name, f"{head.role} {t.text} {tail.role}", "person")
            # (up to a relative clause: "Sejumlah pelaku usaha di Ubud yang ditemui detikBali")
            end = next((j for j in range(k + 1, len(subject)) if subject[j].bare in _g(ctx, "relative")), len(subject))
            if (t.bare == "di" and subject[0].bare.casefold() in ctx.lang.words.get("group_head", ())
                    and (_where(subject[k + 1:end], ctx) or end == len(subject) and _common_place(subject[k + 1:], ctx))
                    and not any(_clause_word(u, ctx) for u in subject[1:k])):
                # "Sejumlah pedagang di Pasar Pucang Anom mengaku", "Para petani di desa itu menilai": a
                # group is who and where they are
                return classify(text, subject[:end], ctx)
            end = end if t.bare == "di" and subject[0].bare.casefold() in _g(ctx, "unnamed") and k > 1 else None
            if (end is not None and _where(subject[k + 1:end], ctx)
                    and not any(_clause_word(u, ctx) for u in subject[1:k])):
                # ... and so is someone unnamed ("Salah satu pedagang cabai di Pasar Legi mengatakan"), up to
                # a relative clause ("yang enggan disebut namanya")
                found = classify(text, subject[:k], ctx)
                if found is not None and found.kind == "unnamed":
                    whole = _join(text, subject[:end])
                    return Mention(whole[0], whole[1], whole[2], whole[0], None, "unnamed")
            if t.bare in _g(ctx, "place_prepositions") and subject[k + 1:] and is_capitalised(subject[k + 1]):
                # "sumber di Kementerian Luar Negeri Mesir", "pejabat di Kemenlu": where the unnamed work
                end = next((j for j in range(k + 1, len(subject)) if subject[j].bare in _g(ctx, "speaker_stops")
                            or subject[j].bare in _g(ctx, "relative")), len(subject))
                head = classify(text, subject[:k], ctx)
                where = classify(text, subject[k + 1:end], ctx)
                if (head is not None and head.kind == "unnamed" and where is not None and where.kind == "organization"
                        and not any(_clause_word(u, ctx) for u in subject[:k])):
                    return classify(text, subject[:end], ctx)
            subject = subject[:k]
            if t.bare in _g(ctx, "relative") and len(subject) > 1 and subject[-1].bare in _g(ctx, "name_alternatives"):
                subject = subject[:-1]  # ("I Putu Raka Pradnyana atau yang akrab disapa Raka, berharap")
            break
        if (not is_capitalised(t) and k > 1 and is_capitalised(subject[k - 1]) and is_capitalised(subject[k - 2])
                and ctx.lang.grammar.is_verb(t.text) and not _passive(t.text, ctx)):
            # "Ketua Komisi II Bambang Prakoso membuka rapat dengan menyampaikan": a person's own verb
            named = classify(text, subject[:k], ctx)
            if named is not None and named.kind == "person":
                return named
        if (t.bare in _g(ctx, "anaphoric") and k + 1 < len(subject) and not is_capitalised(subject[k + 1])
                and is_title_word(subject[0].bare.casefold(), ctx.lang)):
            described = classify(text, subject[:k + 1], ctx)
            if described is not None and described.kind == "anaphor":
                return described
    verb = next((k for k, t in enumerate(subject[1:], 1) if _clause_word(t, ctx)), None)
    if verb is not None and _passive(subject[verb].bare, ctx) and subject[verb + 1:] and not any(
            _clause_word(t, ctx) for t in subject[verb + 1:]):
        # "Hal senada ditegaskan epidemiolog Pandu Riono, yang mengatakan": the passive's agent
        subject, verb = subject[verb + 1:], None
    if verb is not None:
        # "sejumlah warga Desa Naiboko mendatangi Kantor Kejari Belu dan meminta ...": the cue is the
        # second verb of the subject's; else ("penumpang dilarang berbicara") the words make a clause
        last = RE_LAST_LOWER.search(text, subject[verb].start, pos)
        if last is None or last.group(1) not in _g(ctx, "list_conjunctions") | _g(ctx, "contrast_conjunctions") \
                or _clause_word(subject[0], ctx):
            return None
        subject = subject[:verb]
    if len(subject) > MAX_SPEAKER_TOKENS:
        return None
    first = subject[0]
    named = len(subject) > 1 and is_capitalised(subject[-1]) and _namey(subject[-1:], ctx)
    if not (is_capitalised(first) or named or _joined_particle(first, ctx) or first.bare in ctx.lang.words.get("pronoun", ())
            or first.bare in _g(ctx, "anaphoric_determiners") or _body_noun(first.bare, ctx, text, first.end)
            or len(subject) == 1 and first.bare in _g(ctx, "speaking_bodies")  # "Namun, kementerian menegaskan"
            or first.bare.casefold() in _g(ctx, "organisation_anaphors")
            or first.bare in ctx.lang.words.get("group_head", ()) or _in(ctx.lang, "role_noun", first.bare)
            or first.bare in _g(ctx, "unnamed") or first.bare in _g(ctx, "party_words") or _in(ctx.lang, "title", first.bare.capitalize())
            or first.bare in _g(ctx, "collective_nouns") and len(subject) > 1  # "tim jaksa KPK menyebut"
            # ("dr. Arman Pranata, Sp.JP(K), yang hadir …, memastikan": an honorific in lower case)
            or _is_rank(first, ctx.lang) and len(subject) > 1 and is_capitalised(subject[1])
            or _modified_title(text, first.end, first.bare, ctx)):
        return None
    found = classify(text, subject, ctx)
    if found is None or found.kind == "person" and any(t.bare in _g(ctx, "pair_conjunctions") for t in subject):
        # ("Dr. Ratih Kumalasari, M.Hum., dan Dr. Yosef Bere Tallo": not the second alone, after ranks)
        found = _pair(text, subject, ctx) or found
    k = next((k for k, t in enumerate(subject) if k and t.bare in _g(ctx, "affiliations")), None)
    if k and subject[k + 1:] and (found is None or found.kind != "person" or is_capitalised(subject[k + 1])):
        # "Dodi Kurniawan Hasibuan dari Fraksi Partai Golkar", "Peneliti Budi Santoso dari Lembaga Ilmu
        # Pengetahuan Indonesia": a person by name, then where they are from, which names no one
        # (a title alone before "dari" is a role that runs on: "Anggota Komisi IV dari Fraksi Gerindra")
        head = classify(text, subject[:k], ctx)
        if head is not None and head.kind == "person" and (found is None or found.name != head.name):
            where = _join(text, subject[k + 1:])[0]
            role = where if head.role is None else head.role
            return Mention(head.text, head.start, head.end, head.name, role, "person")
    return found


def _pair(text: str, subject: list[Token], ctx: Context) -> Mention | None:
    """Two people joined by "dan" who speak together ("Sutrisno dan Wahyuningsih menyebut"): one
    mention of kind "pair", its name both names joined by "dan"."""
    joints = [k for k, t in enumerate(subject) if t.bare in _g(ctx, "pair_conjunctions")]
    if len(joints) != 1 or not 0 < joints[0] < len(subject) - 1:
        return None
    k = joints[0]
    first, second = classify(text, subject[:k], ctx), classify(text, subject[k + 1:], ctx)
    if first is None or second is None or first.kind != "person" or second.kind != "person" or first.name == second.name:
        return None
    after = subject[k + 1].bare.casefold()
    if (first.role is not None or second.role is not None) and (not is_title_word(after, ctx.lang)
                                                                 or after in _g(ctx, "collective_nouns")):
        # ("Ketua Kamar Dagang dan Industri Kota Malang Muhammad Faisal": a role with "dan" in it; but
        # "Peneliti CORE Teuku Rizal Fahmi dan Guru Besar IPB Ujang Sutisna" is two people, each with a title;
        # "Direktur Niaga dan Manajemen Pelanggan PLN Hari Wibisana" is one, a body's collective no title)
        return None
    whole, s, e = _join(text, subject)
    return Mention(whole, s, e, f"{first.name} dan {second.name}", None, "pair")


def _where(toks: list[Token], ctx: Context) -> bool:
    """The words after "di" say where, a place by its name: "Pasar Legi", "Ubud", and after a word of
    an area, "sekitar Tepian Narosa", "kawasan Pasifik", "wilayah Priangan Timur"."""
    if toks and toks[0].bare in _g(ctx, "area_words"):
        toks = toks[1:]
    return _place_segment(toks, ctx) or bool(toks) and all(
        is_capitalised(t) and not _is_rank(t, ctx.lang) and t.bare not in ctx.short_names for t in toks)


def _common_place(toks: list[Token], ctx: Context) -> bool:
    """Words in lower case that say where, with no verb, predicate or function word among them ("desa
    itu", "tempat penampungan"), and not a medium ("media sosial")."""
    anaphoric = _g(ctx, "anaphoric")
    # (nor a medium, where they spoke: "di media sosial", "di kolom komentar")
    return bool(toks) and toks[0].bare not in _g(ctx, "medium_nouns") and all(
        not is_capitalised(t) and not _clause_word(t, ctx) and not ctx.lang.grammar.is_verb(t.bare)
        and (t.bare not in ctx.lang.function_words or t.bare in anaphoric) for t in toks)


def _clause_word(tok: Token, ctx: Context) -> bool:
    """A lowercase word that makes a clause, never a word of a subject: an active or passive verb
    ("membela", "dilarang") or a predicate word ("harus", "akan")."""
    word = tok.bare
    grammar = ctx.lang.grammar
    # (a predicate word that is also an adjective after its noun is none: "Kapolda baru")
    return (not is_capitalised(tok) and (word in grammar.words("predicate_words") and word not in grammar.words("adjectival_predicates")
                                         or grammar.pattern("active_verb").match(word) is not None and grammar.is_verb(word)
                                         or _passive(word, ctx)))


def _describes(toks: list[Token], ctx: Context) -> bool:
    """Words that say what someone is, not who ("pria", "Politikus senior"): a role noun or title,
    and no capitalised word after it (an age's number is none: "Pria 54 tahun"), but places ("Warga
    Kecamatan Tamalate"); a modifier may open them ("mantan atlet")."""
    if len(toks) > 1 and toks[0].bare.casefold() in _g(ctx, "title_modifiers"):
        toks = toks[1:]
    # (or what a body is: "lembaga yang bermarkas di Washington itu", "badan energi yang berbasis di Paris itu")
    head = toks[0].bare.casefold()
    # (capitalised alone, as a sentence opens: "Organisasi yang berbasis di Bogor itu")
    return (is_title_word(head, ctx.lang) or head in _g(ctx, "organisation_nouns") and (
        not is_capitalised(toks[0]) or len(toks) == 1)) and all(
        not is_capitalised(t) or t.text[0].isdigit() or _place_word(t, ctx) for t in toks[1:])


def _description_end(toks: list[Token], ctx: Context) -> int | None:
    """Where a relative clause that describes someone ends with its demonstrative: the index of
    "itu" in "yang akrab disapa Bang Boni itu"; None if the clause ends otherwise."""
    anaphoric = _g(ctx, "anaphoric")
    for j, t in enumerate(toks[:MAX_DESCRIPTION + 2]):
        if t.text in ",:;":
            return None
        if j > 1 and t.bare in anaphoric and not is_capitalised(t):
            return j
        if t.text.endswith(".") and len(t.bare) > 1 and t.text not in ctx.lang.abbreviations:
            return None  # the sentence ends first (not at "Mr.": "yang dijuluki ‘Mr. Yen’ itu")
    return None


def _modified_title(text: str, end: int, word: str, ctx: Context) -> bool:
    """"mantan pelatih timnas tersebut", "eks Kapolda": a modifier of a title, with the title after it."""
    if word.casefold() not in _g(ctx, "title_modifiers"):
        return False
    after = RE_WORD_AT.match(text, end)
    return after is not None and is_title_word(after.group(1).casefold(), ctx.lang)


RE_WORD_AT = regex.compile(r"\s*(\p{L}+)")  # the word at a place, after any spaces
RE_TWO_WORDS_AT = regex.compile(r"\W*(\p{L}+)(?: (\p{L}+))?")


def opens_subordinate(text: str, start: int, end: int, grammar) -> bool:
    """The words from `start` open a subordinate clause: a subordinator ("Saat", "Ketika") or an
    opening phrase ("Belum sempat")."""
    words = RE_TWO_WORDS_AT.match(text, start, end)
    if words is None:
        return False
    first = words.group(1).casefold()
    return (first in grammar.words("subordinators")
            or f"{first} {(words.group(2) or '').casefold()}" in grammar.words("subordinate_openers"))


def _past_report_noun(text: str, pos: int, limit: int, ctx: Context) -> int:
    """"Menurut *data* BPS", "menurut *proyeksi lembaga survei* Ipsos": what is reported names no
    speaker; the organisation that made it does. Where the words after `pos` open with a report noun
    and lead in lower case to a capitalised name, that name's start; else `pos`."""
    words = list(itertools.islice(itokens(text, pos, limit), MAX_REPORT_WORDS + 1))
    if not words or words[0].bare.casefold() not in _g(ctx, "report_nouns"):
        return pos
    for t in words[1:]:
        if t.bare in _descriptor_heads(ctx.lang) and _described_outlet(text[t.start:limit].split(",")[0], ctx.lang):
            return t.start  # "Menurut laporan kantor berita Rusia TASS": the outlet, by what it is
        if is_capitalised(t):
            return t.start
        if not RE_LOWER_ONLY.fullmatch(t.bare):
            break
    return pos


MAX_REPORT_WORDS = 5


def _report_maker(text: str, toks: list[Token], ctx: Context) -> Mention | None:
    """Who made the report a mention names by what it is ("Laporan sementara Pusdalops BNPB", "Hasil
    kajian Walhi Kalimantan Barat", "Survei Indikator", "Laporan NOAA itu", "Pernyataan Presiden Joko
    Widodo"): the body or person whose capitalised name follows the report noun and lowercase words; a
    name no reading knows is a body's. None where no capitals follow."""
    words = toks[:-1] if len(toks) > 2 and toks[-1].bare in _g(ctx, "anaphoric") else toks
    k = next((k for k, t in enumerate(words[1:MAX_REPORT_WORDS + 1], 1) if not RE_LOWER_ONLY.fullmatch(t.bare)), None)
    own = next((t for t in words[1:k] if t.bare in _g(ctx, "organisation_anaphors")), None)
    if own is not None:
        # ("Laporan keuangan perseroan per September 2025": the company the article is about)
        return Mention(own.text, own.start, own.end, own.text, own.bare, "anaphor")
    if (k is None or not all(is_capitalised(t) for t in words[k:])
            or words[k].bare in _g(ctx, "day_names") or words[k].bare in _g(ctx, "months")):
        return None
    # (of whom, not when, where or to whom: "keterangan tertulis kepada Komisi III DPR")
    if any(t.bare in _g(ctx, "adjunct_prepositions") for t in words[1:k]):
        return None
    found = _classify(text, words[k:], ctx)
    # (one word read as a person's name, with no title, is a body's: "Survei Indikator")
    if found is not None and (found.kind == "organization" or found.kind == "person" and (found.role or " " in found.name)):
        return found
    named = _join(text, words[k:])[0]
    return Mention(named, words[k].start, words[-1].end, named, None, "organization")


def _passive(word: str, ctx: Context) -> bool:
    """A passive verb ("dihubungi", "ditemui"), not a noun that starts like one ("direktur",
    "dirjen")."""
    grammar = ctx.lang.grammar
    return (grammar.pattern("passive").match(word) is not None and grammar.is_verb(word)
            and not is_title_word(word, ctx.lang))


def is_place(word: str, ctx: Context) -> bool:
    """A place the language lists or the article writes as one ("di Sleman")."""
    return word in ctx.lang.place_words or word in ctx.place_like


def _place_word(tok: Token, ctx: Context) -> bool:
    return is_place(tok.bare, ctx) or tok.bare in ctx.lang.place_nouns


def _body_noun(word: str, ctx: Context, text: str, end: int) -> bool:
    """A common noun for an organisation followed by "itu" ("kementerian itu", "lembaga tersebut"),
    or by a word or two that say what kind, then "itu" ("bank sentral itu", "perusahaan pelat merah
    tersebut"; no verb among them): it refers back to one the article named."""
    if word not in _g(ctx, "organisation_nouns"):
        return False
    after = _demonstrative_after(ctx.lang).match(text, end)
    return after is not None and not any(_clause_word(Token(w, 0, 0, w), ctx) for w in after.group(1).split())


@functools.lru_cache(maxsize=8)
def _demonstrative_after(lang: Lang) -> regex.Pattern:
    """A demonstrative, after at most two words in lower case ("sentral" of "bank sentral itu")."""
    words = "|".join(sorted(lang.grammar.words("anaphoric")))
    return regex.compile(rf"((?:\s+\p{{Ll}}+){{0,2}}?)\s+(?:{words})(?![\p{{L}}\p{{N}}-])")


def _occasion(seg: list[Token], ctx: Context) -> bool:
    """"saat dihubungi wartawan", "usai bertemu Presiden": an occasion opener and a verb, with no
    subject of its own ("saat Aliyev mengumumkan" has one: it is the clause of the cue)."""
    return (len(seg) > 1 and seg[0].bare in _g(ctx, "occasion_openers")
            and (ctx.lang.grammar.is_verb(seg[1].text)
                 # ("seusai rapat kerja itu": an event, in lower case, no clause, no one in it: "saat seorang
                 # jurnalis bertanya" is the cue's own clause)
                 or not any(is_capitalised(t) or _clause_word(t, ctx) or ctx.lang.grammar.is_verb(t.text)
                            or t.bare in _g(ctx, "unnamed") or is_title_word(t.bare.casefold(), ctx.lang) for t in seg[1:])))


def _appositive_name(text: str, name: list[Token], description: list[Token], ctx: Context) -> Mention | None:
    """NAME, DESCRIPTION: the person named, with the description up to its relative clause as role
    ("Darto, pedagang sayur yang lapaknya di seberang warung," → Darto, role "pedagang sayur")."""
    opened_passive = bool(name) and _passive(name[0].bare.casefold(), ctx)
    raw = _trim(name, ctx)
    name = [t for t in raw if not _is_age(ctx, t.text)]
    dates = _g(ctx, "months") | _g(ctx, "day_names")
    if any(t.bare in _g(ctx, "pair_conjunctions") for t in name) and (pair := _pair(text, name, ctx)) is not None:
        return pair  # "Budi Santoso dan Siti Aminah, dua pedagang di pasar itu, mengaku": the two of them
    # (a lowercase role may come before the name: "saksi Lia Kurniasih (29), staf bagian pengadaan …,")
    # (one word: "anggota tim kuasa hukum Rizieq" says whose lawyer, not who)
    described = (len(name) > 2 and not is_capitalised(name[0]) and is_title_word(name[0].bare, ctx.lang)
                 and all(_name_word(t, ctx) for t in name[1:]))
    # ("Abdul Karim alias Wak Karim (58), warga Dusun II,": the name, then what the person is also called)
    joints = {t.start for k, t in enumerate(raw) if 0 < k < len(raw) - 1 and _alias_joint(raw, k, ctx)}
    aliased = [t for t in name if t.start not in joints]
    if not name or not (described or all(_name_word(t, ctx) for t in aliased)) or any(
            t.bare.isdigit() or t.bare in dates for t in name):
        return None
    head = classify(text, name, ctx)
    relative = _g(ctx, "relative")
    role = description[:next((k for k, t in enumerate(description) if t.bare in relative), len(description))]
    if (head is not None and head.kind == "organization" and not described and role
            and role[0].bare not in ctx.lang.function_words
            and not any(is_capitalised(t) and not t.text[:1].isdigit() and role[0].bare.casefold() not in _g(ctx, "unnamed")
                        and not _place_word(t, ctx)  # ("serikat petani terbesar di Prancis": where it is)
                        or t.bare in ctx.lang.words.get("pronoun", ())
                        for t in role)  # (a number is no name: "gabungan lebih dari 100 organisasi"; "salah
            # satu partai pengusung Rina" says which of them the body is)
            # (nor a passive adjunct's: "Ditemui Kompas.com di Markas Polres, nakhoda berusia 45 tahun itu")
            and not opened_passive
            and not all(_place_word(t, ctx) for t in name) and ctx.lang.outlet_by_alias.get(head.name.casefold()) is None):
        # "Tokyo Electric Power Company (TEPCO), operator pembangkit tersebut, memastikan": a body, then
        # what it is (not "Di Pasar Petisah, Medan, pedagang bumbu Hendrik Tanoto menyebut", whose
        # description names the speaker, nor "Bagi HU, ini panggilan kedua karena ia menyatakan", a clause)
        return head
    if head is None or head.kind != "person" or not (head.text.endswith(head.name) or len(aliased) < len(name)):
        return None
    # "Bonifasius, yang ditemui terpisah, menyebut": a relative clause alone gives no role, nor how one
    # speaks ("Darwin, dengan nada tinggi, menyebut")
    return Mention(head.text, head.start, head.end, head.name,
                   head.role or (_join(text, role)[0] if role and role[0].bare not in ctx.lang.function_words else None),
                   "person")


def _alias_joint(toks: list[Token], k: int, ctx: Context) -> bool:
    """The word at `k` joins a name to what the person is also called: "alias", or "atau" right after
    an age ("Robertus Manu (41) atau Om Robi"; not "Badan Pangan Nasional atau Bapanas")."""
    word = toks[k].bare
    return word in _g(ctx, "alias_connectors") or (
        word in _g(ctx, "name_alternatives") and k > 0 and _is_age(ctx, toks[k - 1].text))


def _trim(toks: list[Token], ctx: Context) -> list[Token]:
    fw = ctx.lang.function_words
    toks = list(toks)
    # a clause opener ("Namun", "Sementara itu", "Dalam kesempatan itu") is no part of the subject
    while toks and (toks[0].bare.casefold() in fw):
        toks = toks[2:] if toks[0].bare.casefold() in _g(ctx, "manner_words") else toks[1:]
    # (but a capitalised one after capitals ends a name: "PT Liga Indonesia Baru")
    # ("Rui Carvalhal bahkan secara terbuka mengakui": an adverb of manner, its word with it)
    while toks and (toks[-1].bare.casefold() in fw and toks[-1].bare.casefold() not in _g(ctx, "demonstratives") and not (
            len(toks) > 1 and is_capitalised(toks[-1]) and is_capitalised(toks[-2]))
            or len(toks) > 1 and toks[-2].bare.casefold() in _g(ctx, "manner_words") and not is_capitalised(toks[-1])):
        toks = toks[:-2] if toks[-1].bare.casefold() not in fw else toks[:-1]
    # ("Biro Meteorologi Australia resmi menyatakan": a word that opens the predicate before its verb)
    while len(toks) > 1 and not is_capitalised(toks[-1]) and toks[-1].bare in _g(ctx, "predicate_adverbs"):
        toks = toks[:-1]
    # ("Kremlin buru-buru menegaskan", "Polisi diam-diam menyelidiki": a word said twice, in lower case,
    # is an adverb of manner)
    while len(toks) > 1 and not is_capitalised(toks[-1]) and _reduplicated(toks[-1].bare):
        toks = toks[:-1]
    return toks


def _past_modifier(toks: list[Token], ctx: Context) -> list[Token]:
    """`toks` after a modifier that opens a title ("mantan", "calon"), if any word follows it."""
    return toks[1:] if len(toks) > 1 and toks[0].bare.casefold() in _g(ctx, "title_modifiers") else toks


def _given_name(tok: Token, ctx: Context) -> bool:
    """A first name the lexicon knows ("Arief", "Siti") or a word that opens names ("Andi", "Tan")."""
    return tok.bare.casefold() in ctx.lang.name_sexes or tok.bare in ctx.lang.words.get("name_prefix", ())


MAX_FIELD_WORDS = 2  # words of a field read before the name may start ("Bidang Ekonomi Makro")


def _past_field(toks: list[Token], i: int, ctx: Context) -> int:
    """Where the name starts after a title's field ("Bidang", "Urusan"), whose words run on to the first
    given name the lexicon knows: "Staf Khusus Menteri Keuangan Bidang Ekonomi Makro Arief Budiman
    Santosa" is Arief Budiman Santosa, not Makro …; `i` itself where the name already starts with one,
    or no field or no given name is written."""
    field = max((k for k in range(i) if toks[k].bare.casefold() in _g(ctx, "field_openers")), default=None)
    # (right after the field's first words: a field named further back has ended, "Kepala Bidang Humas
    # Polda Jawa Timur Gatot Repli Handoko")
    if not 0 < i < len(toks) - 1 or field is None or i - field > MAX_FIELD_WORDS:
        return i
    if _given_name(toks[i], ctx):
        return i
    return next((k for k in range(i + 1, len(toks)) if _given_name(toks[k], ctx)
                 and all(_name_word(t, ctx) for t in toks[k:])), i)


MAX_KIND_WORDS = 3  # lower-case words between a body's noun and its name ("kantor berita pemerintah")
RE_KIND_THEN_NAME = regex.compile(r"(?: \p{Ll}+){1,3} \p{Lu}")  # " pemantau AAPP" after "lembaga"


def _lower_address(tok: Token, after: str, ctx: Context) -> bool:
    """A word of address written in lower case ("mama", "pak") before a capital ("mama Yuliana")."""
    return tok.text.isalpha() and tok.text.islower() and _capital(after) and _in(ctx.lang, "honorific", tok.text.capitalize())


def _reduplicated(word: str) -> bool:
    """A word said twice ("buru-buru", "diam-diam", "terang-terangan"): its halves share their stem."""
    first, _, second = word.partition("-")
    return bool(second) and len(first) >= MIN_REDUPLICATED and second.startswith(first)


MIN_REDUPLICATED = 3  # letters of a half said twice ("buru-buru"; "ke-2" is no such word)
