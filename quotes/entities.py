"""Speakers across the article: which person or organisation each speaker mention refers to.

Clusters "Vladimir Putin" / "Putin" / "Presiden Rusia", spelling variants ("Sarkissian" /
"Sarkisian") and acronyms ("Komisi Pemberantasan Korupsi (KPK)" / "KPK"), and resolves clitics
and pronouns ("ujarnya", "ia", "pihaknya") to the most recent speaker or person the article establishes. It only
links: it finds no quotes.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import bisect
import functools
import itertools
import unicodedata

import regex

from . import mentions
from .lang import alternation
from .layout import RE_WORDS, Layout, Spans
from .mentions import Context
from .records import Entity, Mention, Quote

RE_SHORT_FORM_IN_NAME = regex.compile(r"\s*\(\p{Lu}[\p{L}\p{N}/-]{1,14}(?: \p{Lu}[\p{L}\p{N}/-]{1,10})?\)(?=\s|$)")  # ("(Satgas PASTI)")
RE_WORD_BEFORE = regex.compile(r"(?r)(\p{Ll}+) $")  # read from the end: one try, not one per start
RE_ROLE_GOES_ON_TO_NAME = regex.compile(
    r"(?: (?:di|dari|pada|untuk) [^,.;:!?\"“”()\n]{2,60})?, (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,4})(?:,(?! (?:dan|serta) )|\.(?!\S))")
RE_CAPITALS_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|of|and|for|the|on|in|untuk|bidang|urusan)){0,9})$")
RE_FORMER_CLAUSE = regex.compile(r" yang (?:\p{Ll}+ )?(?:pernah|dulu|dahulu|sempat)\b")
RE_FIELD_GOES_ON = regex.compile(r" dan \p{Lu}")
RE_ONE_NAME_SET_OFF = regex.compile(r", \p{Lu}[\p{L}'’-]+(?:,| \(\d{1,3}\))")
RE_LIST_GOES_ON = regex.compile(r", (\p{Lu}\p{L}*)[^,.;:!?\"“”()\n]{0,60}, (?:dan|serta) \p{Lu}")
RE_TITLE_AND_FIELD_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}])(\p{L}+)((?: \p{Ll}+){1,2}) $")
RE_CODED_TITLE_BEFORE = regex.compile(r"(?r)(\p{Lu}\p{L}+) \p{N}[\p{N}.-]*/$")  # "Dandim 0716/" before "Demak"
# what stands between two people named together: "dan", and the title of the second ("Fauzi dan Camat
# Kedungadem Drs. Suyitno"), the first's age or degrees set off by commas
# (degrees set off after the first: "Prof. Dr. dr. Syamsul Bahri, Sp.PD-KGH, dan Ketua Kolegium Ilmu Bedah,
# dr. Indra Gunawan Siregar": and the second's role set off before the second, with a lowercase honorific)
RE_PAIR_JOINT = regex.compile(
    r"(?:\s*\(\d{1,3}\))?(?:,\s*\p{Lu}\p{L}*\.[\p{L}.()-]*)*,?\s+dan\s+(?:(?:\p{Lu}[\p{L}.]*\s+){0,4}"
    r"|\p{Ll}+(?: [^\s,.;:!?\"“”]+){0,8}\s+|(?:\p{Lu}[\p{L}.]*\s+){0,6}\p{Lu}\p{L}*,\s+(?:\p{Ll}{1,4}\.\s+)?)|/")
RE_ANY_WORD_BEFORE = regex.compile(r"(?r)(\p{L}+\.?) $")
# "Sudarmo (74), " before "yang akrab disapa Mbah Darmo"; "Rosalina (45), pedagang ikan " before
# "yang biasa disapa Mama Ros"
RE_NAME_DESCRIBED_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})(?: \(\d{1,3}\))?, (?:\p{Ll}[^,.;:\"“”()\n]{0,60} )?$")
# the first word of a sentence, then words in lower case (a place or a number among them) up to the end
RE_DESCRIPTION_OPENING = regex.compile(r"(?:^|(?<=[.!?]\s|\n))(\p{Lu}\p{Ll}+)(?: (?:\p{Ll}+|\p{Lu}\p{Ll}+|\d+))* $")
RE_PARENTHESISED_CAPITALS = regex.compile(r" \(\p{Lu}{2,6}\)")
LOWER_ACRONYM_WINDOW = 80  # characters before "(JPU)" where its long form in lower case may start
RE_PARENTHESIS_AFTER = regex.compile(r" (\([^()\n]{1,20}\))")
# "Siti Maimunah, 36, wali murid", "Salah satunya, Karyono, 58 tahun."
RE_AGE_SET_OFF = regex.compile(r", ((?:berusia )?\d{1,3} tahun(?=[,.](?!\d))|\d{2}(?=,))[,.]")
RE_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}.-])\p{Ll}+(?![\p{L}\p{N}])")
RE_GROUP_WORDS = regex.compile(r"(\p{L}+) ((?:\p{Ll}+(?:-\p{Ll}+)? ?){1,6})")  # (a word doubled, "mama-mama", is one)
RE_MORE_CAPITALS = regex.compile(r"(?: \p{Lu}[\p{L}\p{N}&'-]*){1,4}")  # " Indonesia Ferry": more words of a name
# "Sebanyak 23 anak buah kapal", "14 pemagang": people counted, after an amount's opener or none
RE_COUNTED_GROUP = regex.compile(r"(?:(\p{L}+) )?(\d[\d.]*) ((?:\p{Ll}+ ?){1,6})")
RE_VERB_THEN_GROUP = regex.compile(r"(?<![\p{L}\p{N}])(\p{Ll}+) (\p{Ll}+) (\p{Ll}+)")  # "mewawancarai sejumlah nelayan"
# "Sanusi "Ucil" Pratama": the nickname in marks (read first: marks are few), the words around it
# (of two words, the second after a word of address: "Andi "Cak Ndik" Prasetyo")
RE_MARKED_NICKNAME = regex.compile(r"(?:\"|“|”|&quot;)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?:\"|”|“|&quot;) (?=\p{Lu})")
RE_NAME_WORDS_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}) $")
RE_NAME_WORDS_AFTER = regex.compile(r"\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?![\p{L}\p{N}])")
RE_WORD_OF_ADDRESS_BEFORE = regex.compile(r"(?r)(\p{L}+)\.? $")  # "Datuk |Syahrial Lubis", "Tgk. |Abdullah"
RE_NAME_AFTER_ABBREVIATION = regex.compile(r"\.? \p{Lu}\p{Ll}")  # "Tgk|. Abdullah": a name after the honorific
RE_PARTNER_AFTER = regex.compile(r" dan \p{Lu}\p{Ll}+(?=,)")  # "Kasmadi| dan Warsono|, juga …"
RE_PARTNER_BEFORE = regex.compile(r", (\p{Lu}\p{Ll}+) dan $")  # "…, |Kasmadi| dan |Warsono, …"
RE_SET_OFF_CAPITALS = regex.compile(r", \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?,")
# ... up to the first comma (a time's dot is none of a sentence's: "Hingga pukul 15.00 WIB, sebagian orang tua")
RE_AFTER_FIRST_OPENER = regex.compile(r"(?:[^.!?\"“”,]|(?<=\d)\.(?=\d)){2,80}, (?=\p{Ll})")
RE_AFTER_OPENER = regex.compile(r"(?:[^.!?\"“”]|(?<=\d)\.(?=\d)){2,80}, (?=\p{Ll})")  # the words up to the last comma before a lowercase word
RE_WORD_AFTER_NUMBER = regex.compile(r" \d{1,4} (\p{Ll}+)")
RE_WORD_AFTER = regex.compile(r" (\p{Ll}+)\b")
RE_INSIDE_SENTENCE = regex.compile(r"(?:,|\p{Ll}) $")  # what stands before a word inside a sentence
RE_NEXT_WORD = regex.compile(r" (\p{Lu}[\p{L}-]+)\b")
RE_AT_PLACE = regex.compile(r" di (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})")
RE_PARENTHESISED_WORD = regex.compile(r"\((\p{Lu}[\p{L}\p{N}-]*)\)")  # "(Perludem)": a short form the text defines
# "Sapari (47), nelayan Kenjeran, dan", "Darsono (48), nakhoda perahu berkapasitas 5 gross ton (GT)."
# "Lestari, anggota Fraksi Partai Nasdem, membantah": what someone is, set off by commas after the name
RE_ROLE_AFTER = regex.compile(r",\s+(\p{L}[^,.;:!?\"“”()\n]{2,80}?(?: \([^()\n]{1,20}\)[^,.;:!?\"“”()\n]{0,60})?)(?:,\s|\.(?=\s|$))")
RE_TRAILING_AGE = regex.compile(r" \(\d{1,3}\)$")
RE_DESCRIPTION_AFTER = regex.compile(r",\s+(\p{Ll}[^,.;:!?\"“”()\n]{2,80}?(?: \([^()\n]{1,20}\))?)(?=,|\.(?:\s|$))")
# "... (BPBD) Banjarnegara, ", "Ketua RT 003 Dusun Widoro, "
RE_ROLE_BEFORE_COMMA = regex.compile(r"(?r)(\p{Lu}[\p{L}\p{N}() ]+(?:-\p{Lu}[\p{L}\p{N}() ]*){0,2}), $")
# (never from inside a parenthesis: "(JPU) Kejaksaan Negeri Grobogan" starts at "Kejaksaan")
# (a number inside: "Kepala SMP Negeri 4 Mlati, Yusuf")
RE_CAPITALS_BEFORE_COMMA = regex.compile(r"(?r)(?<![(\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}()-]*(?: (?:\p{Lu}[\p{L}\p{N}()-]*|\p{N}{1,3}))*), $")
RE_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}-]*")
RE_DIGITS = regex.compile(r"\d+")
RE_WORDS_ONLY = regex.compile(r"[^\p{L}\p{N}]+")
RE_RELATIVE_CLAUSE = regex.compile(r"(?r), (\p{Ll}+) ")  # the last ", yang " before a place
PRONOUN_KINDS = ("pronoun", "clitic", "anaphor")
ANTECEDENT_PARAGRAPHS = 8  # how far back a pronoun may look for the person it refers to
MAX_NAME_TOKENS = 5
MAX_PLACE_WORDS = 4  # "Kabupaten Timor Tengah Utara"


@dataclass
class _Name:
    """A person named somewhere in the article, with the role the text gives it there."""

    name: str
    start: int
    end: int
    role: str | None
    aged: bool = False  # introduced with an age: "Rusdiansyah (41)"
    age: str | None = None  # ... which is "41"
    related: bool = False  # named as someone's relation's: "Sumarni (71), tetangga Darto"
    also: str | None = None  # what else the text says the person is, after the name: "..., advokat asal Flores Timur,"


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Casefold and drop diacritics: "Yaşar Güler" and "Yasar Guler" are one name."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(fold(name).replace(".", " ").split())


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _within(a: str, b: str, k: int) -> bool:
    """The edit distance of a and b is k at most: the common start and end are set aside, and the
    rest is compared only where it can be (lengths within k), which most pairs of names are not."""
    if abs(len(a) - len(b)) > k:
        return False
    p = 0
    while p < len(a) and p < len(b) and a[p] == b[p]:
        p += 1
    q = 0
    while q < len(a) - p and q < len(b) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    a, b = a[p:len(a) - q], b[p:len(b) - q]
    return max(len(a), len(b)) <= k or _edit_distance(a, b) <= k


@functools.lru_cache(maxsize=65536)
def same_word(a: str, b: str) -> bool:
    """Equal, or a spelling variant of a long name ("Sarkissian"/"Sarkisian", "Zelensky"/"Zelenskyy")."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_VARIANT or a[0] != b[0]:
        return False
    return _within(a, b, 2 if min(len(a), len(b)) >= LONG_VARIANT else 1)


MIN_VARIANT = 5  # letters a word has at least to have spelling variants
LONG_VARIANT = 9  # ... to have variants two letters apart


@functools.lru_cache(maxsize=65536)
def contains(longer: str, shorter: str) -> bool:
    """Every word of `shorter` is (a variant of) a word of `longer`."""
    lt, st = _tokens(longer), _tokens(shorter)
    return bool(st) and all(any(same_word(s, t) for t in lt) for s in st)


class _WordIndex:
    """A list of names by their words: which of them hold a word that is (a variant of) a given word.
    A word's variants (`same_word`) are looked for among the words of the same first letter and
    nearly the same length, and where those are many (a long document), among those that give a
    spelling in common with it when a letter or two is left out, as a spelling checker finds them:
    looking a name up among all the names of a long document is then no longer quadratic."""

    def __init__(self, names: Iterable[str]):
        self.exact: dict[str, set[int]] = {}
        self.near: dict[tuple[str, int], list[str]] = {}  # the words of MIN_VARIANT letters or more
        for pos, name in enumerate(names):
            for w in set(_tokens(name)):
                if w not in self.exact:
                    self.exact[w] = set()
                    if len(w) >= MIN_VARIANT:
                        self.near.setdefault((w[0], len(w)), []).append(w)
                self.exact[w].add(pos)
        self.found: dict[str, set[int]] = {}
        self._dropped: dict[str, list[str]] | None = None

    def holding(self, word: str) -> set[int]:
        found = self.found.get(word)
        if found is None:
            found = set(self.exact.get(word, ()))
            if len(word) >= MIN_VARIANT:
                for w in self._variants(word):
                    if w != word and same_word(word, w):
                        found |= self.exact[w]
            self.found[word] = found
        return found

    def _variants(self, word: str) -> Iterable[str]:
        """The words that may be variants of `word` (all that are, and some that are not)."""
        near = [self.near.get((word[0], n), ()) for n in range(len(word) - 2, len(word) + 3)]
        if sum(map(len, near)) <= MAX_NEAR_SCAN:
            return itertools.chain.from_iterable(near)
        if self._dropped is None:
            self._dropped = {}
            for words in self.near.values():
                for w in words:
                    for key in _letters_dropped(w):
                        self._dropped.setdefault(key, []).append(w)
        return {w for key in _letters_dropped(word) for w in self._dropped.get(key, ())}

    def holding_any(self, name: str) -> list[int]:
        """The positions of the names that share a word (or a variant of one) with `name`, in order."""
        found: set[int] = set()
        for w in _tokens(name):
            found |= self.holding(w)
        return sorted(found)


MAX_NEAR_SCAN = 64  # words compared one by one with a word, before the spellings with letters left out are read


@functools.lru_cache(maxsize=65536)
def _letters_dropped(word: str) -> frozenset[str]:
    """The word and its spellings with one letter left out, or two in a word of nine letters or more
    (as far as `same_word` lets a variant differ): two words are variants only if these share one."""
    once = {word[:i] + word[i + 1:] for i in range(len(word))}
    if len(word) >= LONG_VARIANT:
        once |= {w[:i] + w[i + 1:] for w in once for i in range(len(w))}
    return frozenset(once | {word})


@functools.lru_cache(maxsize=65536)
def _shortened(longer: str, shorter: str) -> bool:
    """Every word of `shorter` is a word of `longer` or the end or start of one (three letters at
    least), or the end of two written as one ("Dayu" of "Ida Ayu"), and one word at least is whole."""
    lt, st = _tokens(longer), _tokens(shorter)
    whole = [s in lt for s in st]
    return any(whole) and all(w or (len(s) >= MIN_CUT_WORD and (
        any(t != s and (t.endswith(s) or t.startswith(s)) for t in lt)
        # (a letter or two of one word before the next written whole: "Dayu" of "Ida Ayu")
        or any(s.endswith(b) and 0 < len(s) - len(b) <= MAX_CONTRACTED and s[:len(s) - len(b)] in a
               for a, b in zip(lt, lt[1:]))))
                              for s, w in zip(st, whole))


MIN_CUT_WORD = 3
MAX_CONTRACTED = 2  # letters a contraction keeps of the first of two words ("Dayu" of "Ida Ayu")
RE_CAPITALISED_WORD_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]+) $")  # "Daeng" of "Daeng Nai"
AGED_NAME_REACH = 200  # characters back from a nickname's clause to the name and age its description opens with
# a name with an age, then a description set off by a comma, up to the clause (read from the end)
RE_AGED_NAME_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}) \(\d{1,3}\), "
                                    r"[^.;:\"“”()\n]{3,}, $")
NICKNAME_REACH = 600  # characters back to the person a nickname shortens the name of
MIN_SHORT_TITLE = 4  # letters of a title written short ("Menlu", "Kades"): shorter ones are words


@dataclass
class _Run:
    """A capitalised run of words (with the title word before it, if any), read once for every
    place the same words are written: offsets are relative to its first word."""

    toks: list[mentions.Token]  # its tokens where it was first read
    alone: str | None  # the run is this one word: read only where the article may name it alone
    read: bool = False
    name: str | None = None  # the person it names, None if it names none
    role: str | None = None
    name_start: int = 0
    words_start: int = 0  # where its capitals start where it was first read (the title's words come before)
    lends: bool | None = None  # a full name whose words the article may use alone (None: not yet asked)


RE_NUMBERED = regex.compile(r"-\d")
RE_DOMAIN_TAIL = regex.compile(r"\.(?:com|net|org|co|id|tv|io|info)(?![\p{L}\p{N}])")
RE_JOINED_PARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?:al|el|ad|ar|as|asy|at|az|an)-$")

RE_LAST_WORD_BEFORE = regex.compile(r"(?r)(\S+)$")
RE_NUMBER_AFTER = regex.compile(r" \d{1,3}(?![\p{L}\p{N}])(?! tahun)(?![-–]\d)")  # (not a score: "Magnus Holm-Sorensen 12-21")


def _run_tokens(text: str, start: int, end: int, title_start: int | None, lang) -> _Run:
    toks = mentions.tokens(text, start, end)
    if RE_NUMBERED.match(text, end) and len(toks) > 1:
        toks = toks[:-1]  # "Penanganan Covid-19", "pesawat Sukhoi Su-30": a word with a number names no one
    elif (len(toks) > 1 and RE_NUMBER_AFTER.match(text, end)
          and any(mentions._org_word(lang, t.text) and not mentions._in(lang, "title", t.bare) for t in toks[:-1])):
        toks = toks[:-1]  # "siswa kelas IV SDN Kemiri 1": a body's word, a name and a number name a school, no one
    # a cue or clause opener inside the run ends it ("Jabar Menurut Sri Mulyani")
    # (but not "Menteri Dalam Negeri": a function word after a title or organisation is of its name)
    # (nor a capitalised function word that ends the run or starts a name: "PT Liga Indonesia Baru",
    # "Gregorius Lalu Bataona", "Lalu" being a Sasak name's first word)
    prefixes = lang.words.get("name_prefix", ())
    cut = next((k for k, t in enumerate(toks) if k and (lang.cues.get(t.bare.casefold())
                                                      or t.bare.casefold() in lang.function_words
                                                      and not mentions._role_word(lang, toks[k - 1].bare)
                                                      and k + 1 < len(toks) and t.bare not in prefixes)), None)
    if cut is not None:
        toks = toks[:cut]
    if title_start is not None:
        toks = mentions.tokens(text, title_start, start - 1) + toks
    return _Run(toks, toks[0].bare if len(toks) == 1 else None)


def _read_run(text: str, run: _Run, ctx: Context,
              classified: dict[tuple[str, ...], tuple[str, str, str | None] | None], vouched: set[str]) -> None:
    """Find the person a run names, if any (`vouched`: the words of the people the article named in full
    with an age or a role)."""
    lang = ctx.lang
    months, days = lang.grammar.words("months"), lang.grammar.words("day_names")
    run.read = True
    toks = run.toks
    # ("Menurut Kapolsek Bekasi Selatan Komisaris Imam Syafii": a cue that opens a sentence is no
    # word of the name after it)
    # (but a capitalised word inside a sentence, after a comma or a word in lower case, is a name's:
    # "juru bicara Kementerian Luar Negeri Ukraina, Oleh Marchenko,")
    inside = RE_INSIDE_SENTENCE.search(text, max(0, toks[0].start - 2), toks[0].start) is not None if toks else False
    prefixes = lang.words.get("name_prefix", ())
    while toks and ((toks[0].bare.casefold() in lang.function_words
                     # ("Kembalinya Ratu Melinda disambut …": a function word with "-nya" names the return of someone)
                     or toks[0].bare.endswith("nya") and toks[0].bare[:-3].casefold() in lang.function_words) and not inside
                    # ("Lalu Muhammad Zaini": a name's first word, also a clause opener, before another)
                    and not (toks[0].bare in prefixes and len(toks) > 1 and toks[1].bare in prefixes)
                    or toks[0].bare in months and not _first_name_like_a_month(toks, ctx)
                    or toks[0].bare in days or lang.cues.get(toks[0].bare.casefold())):
        toks = toks[1:]
        inside = False
    initials = mentions.introduced_initials(text, lang)
    if not toks or all(t.bare in lang.place_words or t.bare in ctx.place_like or t.bare in months or t.bare in days
                       for t in toks) and not (len(toks) == 1 and toks[0].bare in initials):
        return
    hit = _classified_run(text, toks, ctx, classified)
    if hit is None:
        return
    kind, name, role = hit
    outlet = lang.outlet_by_alias.get(name.casefold())
    if (kind != "person" or len(_tokens(name)) > MAX_NAME_TOKENS or len(name) < 2
            # ("seorang pria berinisial HS (45)": initials after a naming word are a person's)
            # (and so are they wherever the article writes them again: "AS yang mengenakan baju tahanan")
            or (name.isupper() and " " not in name and not text.endswith(mentions._naming_words_before(lang), 0, toks[0].start)
                and name not in initials)
            # (an outlet's name is none, but one that is also a word or a name is a person's the article
            # named in full, with an age or a role: "Fajar Nugroho (29)" ... "Fajar bekerja sama", whatever
            # the newspaper Fajar)
            or outlet is not None and not (outlet.common_word and name in vouched) and name not in initials):
        return  # ... nor is a letter alone ("sopir M 08": a route), nor an acronym ("anggota TNI AD")
    at = text.find(name, toks[0].start, toks[-1].end)
    if at >= 0:
        run.name, run.role, run.name_start = name, role, at - run.toks[0].start


def _classified_run(text: str, toks: list[mentions.Token], ctx: Context,
                    classified: dict[tuple[str, ...], tuple[str, str, str | None] | None]) -> tuple[str, str, str | None] | None:
    """The kind, name and role the words of a run make, read once an article for the same words."""
    key = tuple(t.text for t in toks)
    if key not in classified:
        found = mentions.classify(text, toks, ctx)
        classified[key] = None if found is None else (found.kind, found.name, found.role)
    return classified[key]


def _listed_field_head(text: str, lo: int, phrase, ctx: Context):
    """The capitals that open a title whose fields are listed with commas before its ", dan"
    ("Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan Modal Ventura, dan Lembaga Jasa Keuangan
    Lainnya OJK Gede Arya Suardana"), walked back from `phrase`, the field before ", dan"; None if the
    list opens with no title. Only the first item opens with one, and none is a person's name ("Ketua
    X, Sekretaris Y, dan Bendahara Z ...": officers, each of them named)."""
    head = phrase
    for _ in range(5):
        if head is None:
            return None
        if mentions.is_title_word(head.group(1).split()[0].casefold(), ctx.lang):
            return head if head is not phrase else None
        if (text[head.start(1) - 2:head.start(1)] != ", "
                or getattr(mentions.classify(text, mentions.tokens(text, *head.span(1)), ctx), "kind", None) == "person"):
            return None
        head = RE_CAPITALS_BEFORE.search(text, max(lo, head.start(1) - 82), head.start(1) - 2)
    return None


def _first_name_like_a_month(toks: list[mentions.Token], ctx: Context) -> bool:
    """"Mei Kobayashi": a month's name before a capitalised word that is no title, body or place
    (nor a year: "Mei 2024") is a first name."""
    if len(toks) < 2 or not mentions.is_capitalised(toks[1]) or toks[1].bare[:1].isdigit():
        return False
    word = toks[1].bare
    return not (mentions.is_title_word(word.casefold(), ctx.lang) or mentions._role_word(ctx.lang, word)
                or mentions._org_word(ctx.lang, word) or mentions.is_place(word, ctx))


def _titled_field(text: str, found, ctx: Context, kin_or_relation: set[str], no_field: set[str]) -> int | None:
    """Where a lowercase title and the field it names start, read back from a run of capitals
    ("pengamat politik", "mantan pelatih timnas"), given the words before it; None if they name no title."""
    if found is None:
        return None
    spots = [(found.start(1), found.group(1))]
    at = found.start(2)
    for w in found.group(2).split():
        at = text.index(w, at)
        spots.append((at, w))
        at += len(w)
    k = next((k for k, (_, w) in enumerate(spots[:-1]) if mentions.is_title_word(w.casefold(), ctx.lang)), None)
    # (no field is a verb's word nor a preposition: "nelayan terdampak Covid-19", "warga seperti Yakobus")
    if k is None or spots[k][1].casefold() in kin_or_relation or any(
            w in no_field or mentions._clause_word(mentions.Token(w, 0, 0, w), ctx) or (k and ctx.lang.grammar.is_verb(w))
            for _, w in spots[k + 1:]):
        return None
    if k and spots[k - 1][1].casefold() in ctx.lang.grammar.words("title_modifiers"):
        k -= 1
    return spots[k][0]


def _inventory(text: str, layout: Layout, ctx: Context, marks, wanted: set[str]) -> list[_Name]:
    """Every person name of the body text outside quotation marks.

    A single word ("Jakarta", "KPK", "Stoltenberg") is read only when it is a word of a speaker's
    name, a name the article uses alone next to a cue, or a word of a person it named in full
    before ("Herman Sutedja Wijaya" ... "Herman sempat berbicara"): nothing else uses a one-word name.
    """
    lang = ctx.lang
    wanted = set(wanted)
    names: list[_Name] = []
    quoted = Spans((m.start, m.end) for m in marks)
    grammar = lang.grammar
    # "UU Nomor 11 Tahun 2020 tentang Cipta Kerja": the title of a law names no one
    laws = Spans(m.span("title") for m in grammar.pattern("law_title").finditer(text)) if " tentang " in text else None
    cap_run = grammar.pattern("cap_run")
    particles, anaphoric = grammar.words("name_particles"), grammar.words("anaphoric")
    connectors = grammar.words("title_connectors")
    conjunctions = grammar.words("list_conjunctions")
    naming = grammar.words("naming_words")
    body_kinds = _body_kinds_before(lang)
    unnamed = grammar.words("unnamed")
    after_connector = connectors | conjunctions
    # the words that say whose or where from, not a title's field ("turis asal Perth", "ibu kandung")
    kin_or_relation = grammar.words("kin_nouns") | grammar.words("relation_nouns")
    # (nor a word that gives initials: "nakhoda kapal berinisial LOR (45)" is the skipper, then his
    # initials; "bernama" may run inside a field's own name, and reads as before)
    no_field = (lang.function_words | grammar.words("origin_words") | grammar.words("place_prepositions")
                | grammar.words("relation_nouns") | grammar.words("resident_nouns") | grammar.words("initials_words"))
    descriptors = grammar.ordered("outlet_descriptors")  # "radio", "kantor berita": an outlet's name follows
    descriptor_ends = {d.rsplit(" ", 1)[-1] for d in descriptors}
    mid_sentence: set[str] | None = None  # the words of runs that stand inside a sentence
    lent: set[str] = set()  # the words of the people the article named in full (or with an age)
    vouched: set[str] = set()  # ... of those it gave an age or a role: a person's surely
    # a name is written many times: each run of words is read once, each phrase classified once
    read: dict[tuple[str, str | None], _Run] = {}
    classified: dict[tuple[str, ...], tuple[str, str, str | None] | None] = {}
    role_heads = _RoleCache()
    # the words that end the roles given so far ("Menganyam Pesisir" of "Founder Menganyam Pesisir")
    role_tails: set[str] = set()
    roles_seen: set[str] = set()
    given_roles: set[int] = set()  # where a capitalised role set off after a name starts
    # the runs of every line, read once: the body's are read for names, all for mid-sentence words
    runs = [list(cap_run.finditer(text, layout.story_start(p), p.end)) for p in layout.paragraphs]
    initials = mentions.introduced_initials(text, lang)  # ("berinisial AS": a name wherever written again)
    # "Jerwin “Bagyo” Dela Cruz" ... "Bagyo hanya tersenyum": the nickname in marks is the person's
    # name alone, wherever written (as a word of a name given in full is)
    nicknames = _quoted_nicknames(text, ctx)
    lent.update(nick for _s, _e, _full, nick, _role in nicknames if " " not in nick)
    wanted.update(lent)
    for p, found in zip(layout.paragraphs, runs):
        if p.kind != "body":
            continue
        for m in found:
            start, end = m.span()
            if text[start - 1:start] == "-" and (lead := RE_JOINED_PARTICLE_BEFORE.search(text, max(p.start, start - 5), start)):
                start = lead.start()  # "al-Sadiq Ibrahim Adam": the name opens with its joined particle
            if (quoted.holds(start) or text[start - 1:start] == "(" and mentions._in(lang, "title", m.group().split()[0])
                    or RE_DOMAIN_TAIL.match(text, end)  # ("Dilansir Crash.net": a site, no one's name)
                    or start in given_roles  # ("Sumarno, Camat Ciputat,": read as his role)
                    or laws is not None and laws.holds(start)):
                continue  # (a role's short form in parentheses, "(Kasi Pidsus)", names no one)
            # "pelatih Persebaya Arif Setiawan": a lowercase title before the capitals starts a role
            before = (RE_WORD_BEFORE.search(text, max(p.start, start - 30), start)
                      if text[start - 1:start] == " " and mentions.is_lower(text[start - 2:start - 1]) else None)
            if before is not None and before.group(1) in descriptor_ends and any(
                    text.endswith(f" {d} ", 0, start) or text.endswith(f"{d} ", p.start, start) for d in descriptors):
                continue  # "wawancara dengan radio France Info": an outlet, named after what it is
            if (" " in m.group() and mentions._in(lang, "honorific", m.group().rsplit(" ", 1)[1])
                    and RE_NAME_AFTER_ABBREVIATION.match(text, end)):
                continue  # ("Imeum Mukim Blang Jruen Tgk. Abdullah Hasan": a role, then the name after its honorific)
            if body_kinds.search(text, max(p.start, start - 30), start):
                continue  # "rumah produksi Lumbung Sinema", "firma hukum Hotma & Partners": a body, named after what it is
            if m.group().split()[0] in grammar.words("platform_names"):
                continue  # "lewat Instagram Story", "di akun TikTok Resmi": where it was posted, no one's name
            if before is not None and before.group(1) in grammar.words("language_nouns"):
                continue  # "Dalam bahasa Dayak Ngaju, handep berarti gotong royong": a language, a people
            title = before.group(1) if before is not None and mentions.is_title_word(before.group(1), lang) else None
            if title is None and text[start - 1:start] == "/":
                # "Dandim 0716/Demak Letkol Inf Heru Santosa": a title with its unit's number
                before = RE_CODED_TITLE_BEFORE.search(text, max(p.start, start - 30), start)
                title = before.group(1) if before is not None and mentions._in(lang, "title", before.group(1)) else None
            led = None
            named_as = None
            if before is not None and before.group(1) in naming:
                # "kontraktor lain bernama Lukman Hakim": what the person is comes before the naming word,
                # and is no title of the name's run
                at_named = _lower_title_start(text, max(p.start, before.start(1) - 60), before.start(1) - 1, ctx)
                named_as = text[at_named:before.start(1) - 1] if at_named < before.start(1) - 1 else None
                if named_as is not None and named_as.split()[0].casefold() in grammar.words("person_nouns"):
                    named_as = None  # ("seorang pria berinisial HS": a person, no role)
            elif title is None and before is not None and before.group(1) not in connectors:
                # "Pengamat politik Universitas Paramadina Ahmad Zaki Mubarak": a title and the field it
                # names, in lower case, before the capitals
                # ("Kemarin pelatih timnas Patrick van Leeuwen", "mantan pelatih timnas ...": the title
                # may be the second of the words, after a modifier or none)
                led = _titled_field(text, RE_TITLE_AND_FIELD_BEFORE.search(text, max(p.start, start - 40), start), ctx,
                                    kin_or_relation, no_field)
                if led is not None:
                    title = text[led:start - 1]
            if title is None and before is not None and before.group(1) in conjunctions:
                # "Direktur Jenderal Kependudukan dan Pencatatan Sipil Kemendagri Teguh Setyabudi": a title
                # whose field has "dan" in it (where the capitals before "dan" name no one)
                listed = text[before.start(1) - 2:before.start(1)] == ", "  # ("..., Lembaga Keuangan Mikro, dan ...")
                phrase = RE_CAPITALS_BEFORE.search(text, max(p.start, start - 80), before.start(1) - 1 - listed)
                if listed:
                    phrase = _listed_field_head(text, p.start, phrase, ctx)
                if (phrase is not None and mentions.is_title_word(phrase.group(1).split()[0].casefold(), lang)
                        and len(phrase.group(1).split()) > 1
                        and ((held := mentions.classify(text, mentions.tokens(text, *phrase.span(1)), ctx)) is None
                             or held.kind != "person"
                             # ("Menteri Pendidikan Dasar dan Menengah": a word of the field, read as a name)
                             or _field_word(held.name, ctx))):
                    led, title = phrase.start(1), text[phrase.start(1):start - 1]
            if title is None and before is not None and before.group(1) in connectors:
                # "Duta Besar Prancis untuk Indonesia Claire Moreau-Lefèvre": a title's role goes on after
                # "untuk", and the run of capitals after it ends with the name
                phrase = RE_CAPITALS_BEFORE.search(text, max(p.start, start - 80), before.start(1) - 1)
                if phrase is not None and mentions.is_title_word(phrase.group(1).split()[0].casefold(), lang):
                    led, title = phrase.start(1), text[phrase.start(1):start - 1]
                elif phrase is not None and getattr(mentions.classify(text, mentions.tokens(text, phrase.start(1), end), ctx),
                                                    "kind", None) == "organization":
                    continue  # ("Jaringan Parlemen ASEAN untuk Hak Asasi Manusia": a body's name goes on after "untuk")
                elif phrase is None:
                    # ("Pemerhati gambut dari Universitas Lambung Mangkurat Ruslan Effendi": a title and its
                    # field in lower case before it)
                    led = _titled_field(text, RE_TITLE_AND_FIELD_BEFORE.search(text, max(p.start, before.start(1) - 40),
                                                                               before.start(1)), ctx, kin_or_relation, no_field)
                    title = text[led:start - 1] if led is not None else None
            words = text[start:end]
            word_after = RE_WORD_AFTER.match(text, end) if text[end + 1:end + 2].islower() else None
            if word_after is None and text[end + 1:end + 2].isdigit():
                # ("Perwira menengah lulusan Akpol 2006 itu": a year or number, then the demonstrative)
                word_after = RE_WORD_AFTER_NUMBER.match(text, end)
            if word_after is not None and word_after.group(1) in anaphoric and words.rstrip(".") not in wanted:
                # "politikus Partai Gerindra itu": a description of someone, no name (but "di desa yang
                # dipimpin Slamet itu": a speaker's name, closing a relative clause)
                continue
            # "Rusdiansyah (41)": an age after a word makes it a person's name
            after = RE_PARENTHESIS_AFTER.match(text, end)
            aged = after is not None and grammar.pattern("age").match(after.group(1)) is not None
            if not aged:  # "Sumarni, 61 tahun, pensiunan guru": an age set off by commas
                after = RE_AGE_SET_OFF.match(text, end)
                aged = after is not None
            # "Anggota pengurus Masjid Al-Ikhlas, Warsono, juga menunggu": a word set off by commas after a
            # role is a person's name, as an age makes it one
            # (and so are two joined by "dan": "Dua petani di Desa Tugu, Kasmadi dan Warsono, juga dirawat")
            lead, tail = start, end
            if (partner := RE_PARTNER_AFTER.match(text, end)) is not None:
                tail = partner.end()
            elif (partner := RE_PARTNER_BEFORE.search(text, max(p.start, start - 40), start)) is not None:
                lead = partner.start(1)
            introduced = (not aged and (text[tail:tail + 1] == "," or RE_ALIAS_SET_OFF.match(text, end) is not None)
                          and text[lead - 2:lead] == ", "
                          and mentions.RE_TOKEN.fullmatch(words) is not None
                          # (not in a chain of places: "di Lahad Datu, Sabah, Malaysia, itu")
                          and RE_SET_OFF_CAPITALS.match(text, tail) is None
                          and _role_before(text, max(p.start, lead - 80), lead, ctx, role_heads, described=True) is not None)
            # ... and so is one a role in lower case follows, set off ("Hal serupa dirasakan Udin, pedagang
            # sayur di Pasar Petisah.")
            # (a word, not a degree's last part: "Pdt. Simon Patiran, S.Th, gembala")
            described = (not aged and not introduced and text[end:end + 1] == "," and text[start - 1:start].isspace()
                         and mentions.RE_TOKEN.fullmatch(words) is not None
                         and mentions.is_lower(text[end + 2:end + 3]) and _role_after(text, end, ctx) is not None)
            aged = aged or introduced
            if (title is None and not aged and not described and words.rstrip(".") not in wanted and mentions.RE_TOKEN.fullmatch(words)
                    and words not in initials):
                continue  # one word that no speaker's name holds (nor initials given someone): never read alone
            key = (words, title)
            run = read.get(key)
            if run is None:
                # ("wakil juru bicara Kremlin Yevgeny Kholodov": the lower-case title whole, not "bicara")
                run = read[key] = _run_tokens(text, start, end, led if led is not None else _lower_title_start(
                    text, max(p.start, start - 60), before.start(1), ctx) if title else None, lang)
                run.words_start = start
            if run.alone is not None and not aged:
                if run.alone not in wanted and run.alone not in initials and not described:
                    continue
                sent = layout.sentence_at(start)
                if sent is not None and sent[0] >= start - 1 and run.alone not in ctx.short_names and run.alone not in lent:
                    if mid_sentence is None:
                        mid_sentence = _mid_sentence_words((m for line in runs for m in line), layout)
                    if run.alone not in mid_sentence:
                        continue  # a capitalised first word of a sentence is no name by itself
            if not run.read:
                _read_run(text, run, ctx, classified, vouched)
            if run.name is None:
                continue
            if run.role is not None and (named := RE_ROLE_GOES_ON_TO_NAME.match(text, end)) is not None and (
                    (after_commas := mentions.classify(text, mentions.tokens(text, *named.span(1)), ctx)) is not None
                    and after_commas.kind == "person" and after_commas.role is None
                    and not any(mentions.is_place(w, ctx) for w in named.group(1).split())):
                continue  # "Pelatih Nadia di PB Garuda Muria, Agus Priyanto,": Nadia's coach, named after the commas
                # (and "Direktur Utama PT Pertamina Patra Niaga, Marthen Lodewyk Benu,": no one named "Patra Niaga")
            if (run.role is not None and " " not in run.name and RE_ONE_NAME_SET_OFF.match(text, end) is not None
                    and len(toks := mentions.tokens(text, start, end)) == 2 and mentions._unit_before_name(toks, ctx)):
                continue  # "Camat Tepus, Sumarno,": the place a territorial title heads, then its holder
            if (names and names[-1].end == start - 2 and text[start - 2] == "," and run.role is not None
                    and not any(w in ctx.short_names for w in run.name.split())
                    and (" " not in run.name and ctx.count(run.name) == 1
                         or names[-1].role is None and " " in names[-1].name and mentions._in(lang, "title", run.role.split()[0]))):
                # "Dani Setiawan, Ketua Serikat Nelayan, menilai", "Yosua Manurung, Koordinator Bahari Kilat
                # Boat untuk Pulau Tidung,": the role of the full name before it, whose words name no speaker
                if names[-1].role is None:
                    names[-1] = dataclasses.replace(names[-1], role=text[start:end])
                continue
            if run.role is not None and (listed := RE_LIST_GOES_ON.match(text, end)) is not None and \
                    not mentions.is_title_word(listed.group(1).casefold(), lang):
                # "Direktur Jenderal Pendidikan Anak Usia Dini, Pendidikan Dasar, dan …": a list inside a
                # role (not people listed with theirs: "Deputi Pencegahan KPK Pahala Nainggolan, Gubernur …")
                continue
            if " " not in run.name and run.role is not None and mentions._role_word(lang, run.name):
                continue  # a role's word after its title ("Direktur Utama Perusahaan Umum Daerah (Perumda)"): no one
            if run.role is not None and RE_FIELD_GOES_ON.match(text, end) is not None and _field_word(run.name, ctx):
                continue  # "Menteri Pendidikan Dasar dan Menengah Arif …": the field goes on after "dan", no one
            if " " in run.name and run.name in role_tails:
                continue  # "Founder Menganyam Pesisir Kharolin" ... "Menganyam Pesisir bergandengan": the body
            # ("Forum Pemantau Pemilu untuk Rakyat (FPPR) Darwis", where no title opens the words
            # before "untuk": the run's role is a body's name cut short, "Rakyat (JPPR)", and no role)
            cut_short = (led is None and before is not None and before.group(1) in after_connector
                         and run.role is not None and not mentions.is_title_word(run.role.split()[0].casefold(), lang))
            # ("Wakil Ketua Komisi II DPR, yaitu Prof. Dr. Hj. Nurhayati Syamsuddin": the role before "yaitu")
            at_role = (before.start(1) if before is not None and before.group(1) in grammar.words("appositive_markers")
                       and text.endswith(", ", 0, before.start(1)) else _past_honorifics(text, start, p.start, ctx))
            role = (None if cut_short else run.role) or _role_before(text, max(p.start, at_role - 80), at_role, ctx, role_heads)
            if role is None and aged and not introduced and not text.endswith(" dan ", 0, start):
                # (not after "dan": "Fajar (24) dan Dimas (22), kakak beradik" describes the two)
                # "Sapari (47), nelayan Kenjeran, dan tetangganya": what the person is, after the age
                described = RE_DESCRIPTION_AFTER.match(text, after.end())
                # (after "salah satu", "seorang": "Selfina Pulalo (41), salah satu pengungsi,")
                lead = next((w for w in described.group(1).split() if w.casefold() not in unnamed), "") if described else ""
                if described is not None and mentions.is_title_word(lead, lang):
                    # (up to its relative clause: "pedagang bumbu dapur yang losnya bersebelahan dengan Suparti")
                    said = described.group(1).split()
                    cut = next((k for k, w in enumerate(said) if k and w in grammar.words("relative")), len(said))
                    role = " ".join(said[:cut])
                    if cut == len(said):
                        # (and the wider places set off after it: "warga Desa Cisungsang, Kabupaten Lebak, Banten,")
                        # (not the age of whom it names: "kakak korban Darto (38)")
                        role = RE_TRAILING_AGE.sub("", text[described.start(1):mentions.places_after(text, described.end(1), ctx)])
                elif described is None and text.startswith(", ", after.end()):
                    role = _role_after(text, after.end(), ctx)  # "Aang Suherman (52), Ketua RW 05 Desa Mangunkerta.
            if role is None:
                role = _role_as(text, end, ctx) or named_as  # "Andi Syamsul Bahri selaku Gubernur Sulawesi Selatan menyambut"
            also = None
            # (past the degrees set off after the name: "Pdt. Simon Patiran, S.Th, gembala Jemaat …")
            past = _past_degrees(text, end, ctx)
            if not aged and text.startswith(", ", past):
                if role is None:
                    role = _role_after(text, past, ctx)
                else:  # "Kuasa hukum penggugat, Hendrikus Ola Masan, advokat asal Flores Timur ...,"
                    also = _role_after(text, past, ctx)
            for said, at_said in ((role, after.end() if aged and after is not None else past), (also, past)):
                if said and said[0].isupper() and text.startswith(f", {said}", at_said):
                    given_roles.add(at_said + 2)
            if role is None:
                # "Ayah korban, Rusli (58),": what the person is, before the name (after it first:
                # "Salah satu korban, Nining (31), karyawan toko di Tangerang,")
                role = _role_before(text, max(p.start, start - 80), start, ctx, role_heads, described=True)
            # (the name stands as far from the capitals' start as where the run was first read: the
            # title before them may have been read whole there, "wakil juru bicara", and not here)
            at = start + run.toks[0].start + run.name_start - run.words_start
            if role and role not in roles_seen:
                roles_seen.add(role)
                words_of_role = role.split()
                role_tails.update(" ".join(words_of_role[k:]) for k in range(1, len(words_of_role)))
            pair = mentions.RE_NAME_PAIR.fullmatch(run.name)
            if pair is not None:
                # "pasangan Darwin Sitompul-Hasan Basri": two people standing together for election, each
                # named in full, not one name with a double surname ("Claire Moreau-Lefèvre")
                names.extend(_Name(pair.group(k), at + pair.start(k), at + pair.end(k), None) for k in (1, 2))
                continue
            names.append(_Name(run.name, at, at + len(run.name), role, aged and not introduced,
                               RE_DIGITS.search(after.group(1)).group() if aged and not introduced else None,
                               before is not None and (before.group(1) in grammar.words("relation_nouns") or _kin_of(
                                   text, before, p.start, ctx)), also))
            if run.lends is None:
                # (a name after its role lends too: "Bupati Muara Jernih Syamsul Rizal bin Abdul Hamid")
                # (and one written with an honorific: "Hj. Sutarmi" ... "Sutarmi justru mengeluhkan")
                run.lends = run.alone is None and words.endswith(run.name) and (
                    _known_name(run.name, ctx) or _honoured(text, at, ctx))
            if run.lends or aged and run.alone is not None:
                # "Rini Astuti" ... "Rini bergegas naik"; "Suwarni (52)" ... "Hingga Senin sore, Suwarni"
                lent.update(w for w in run.name.split() if w not in particles)
                wanted.update(lent)
                if aged or role:
                    vouched.update(run.name.split())
    # "Jerwin “Bagyo” Dela Cruz": a name with its nickname in marks inside, the marks cut its run
    # of capitals in two; the name is the words around the nickname
    nicknamed = [_Name(full, start, end, role) for start, end, full, _nick, role in nicknames if not quoted.holds(start)]
    # "Foto: Kasi Penkum Kejati Sultra Dody Hendrawan memberikan keterangan": a caption may give a name
    # in full that the body writes short; it names whom a later "ia" means no more than a headline does
    captioned = [n for p, found in zip(layout.paragraphs, runs) if p.kind == "caption"
                 for n in _captioned(text, found, ctx, classified)]
    if nicknamed or captioned:
        return sorted(names + nicknamed + captioned, key=lambda n: n.start)
    return names


@functools.lru_cache(maxsize=4)
def _body_kinds_before(lang) -> regex.Pattern:
    """What kind of body, right before its name: "rumah produksi |Lumbung Sinema"."""
    return regex.compile(r"(?<![\p{L}])(?i:" + "|".join(map(regex.escape, lang.grammar.ordered("body_kind_phrases"))) + r") $")


def _kin_of(text: str, before: regex.Match, lo: int, ctx: Context) -> bool:
    """The word before a name says whose kin someone is, after a relation ("kakak korban Darto",
    "istri almarhum Sutrisno"): the name is of the one the relation is to."""
    grammar = ctx.lang.grammar
    if before.group(1) not in grammar.words("whose_kin_nouns"):
        return False
    relation = RE_WORD_BEFORE.search(text, max(lo, before.start(1) - 20), before.start(1))
    return relation is not None and (relation.group(1) in grammar.words("relation_nouns")
                                     or relation.group(1) in grammar.words("kin_nouns"))


def _captioned(text: str, runs: list[regex.Match], ctx: Context,
               classified: dict[tuple[str, ...], tuple[str, str, str | None] | None]) -> Iterator[_Name]:
    """The people a caption names in full with a title before them (never an antecedent: `related`;
    no role: the body gives it as the article means it)."""
    for m in runs:
        toks = mentions.tokens(text, m.start(), m.end())
        # (or set off by commas: "Pedagang canang, Ni Wayan Sriasih, melayani pembeli")
        set_off = len(toks) > 1 and text.endswith(", ", 0, m.start()) and text.startswith(",", m.end())
        if not set_off and (len(toks) < 3 or not mentions.is_title_word(toks[0].bare.casefold(), ctx.lang)):
            continue
        hit = _classified_run(text, toks, ctx, classified)
        if hit is not None and hit[0] == "person" and " " in hit[1] and _looks_like_a_name(hit[1], ctx):
            at = text.find(hit[1], m.start(), m.end())
            yield _Name(hit[1], at, at + len(hit[1]), None, related=True)  # (its role is the body's to give)


def _quoted_nicknames(text: str, ctx: Context) -> list[tuple[int, int, str, str, str | None]]:
    """The names written with a nickname in quotation marks inside ("Sanusi "Ucil" Pratama"): where
    each starts and ends, the name without the nickname, the nickname, and the role before the name.
    The words before the nickname are the name's from the first that is no title, role or place
    ("Petinju Filipina Jerwin": the role "Petinju Filipina")."""
    if not any(mark in text for mark in ('"', "“", "&quot;")):
        return []
    found = []
    for nick in RE_MARKED_NICKNAME.finditer(text):
        before = RE_NAME_WORDS_BEFORE.search(text, max(0, nick.start() - MAX_NAME_CHARS), nick.start())
        after = RE_NAME_WORDS_AFTER.match(text, nick.end())
        if before is None or after is None:
            continue
        word, _, rest = nick.group(1).partition(" ")
        if rest and not mentions._in(ctx.lang, "honorific", word):
            continue  # (two words in marks are a nickname only after a word of address: "Cak Ndik")
        words, at = before.group(1).split(), before.start(1)
        while len(words) > 1 and (mentions.is_title_word(words[0].casefold(), ctx.lang)
                                  or mentions._role_word(ctx.lang, words[0]) or mentions.is_place(words[0], ctx)):
            at += len(words.pop(0)) + 1
        # ("pelatih Garuda Titans Leonardo": the name starts after the last word the article also writes
        # elsewhere without the next, the team's or body's; a common first name is a name's)
        cut = max((k for k in range(1, len(words)) if words[k - 1].casefold() not in ctx.lang.name_sexes
                   and ctx.capitalised(words[k - 1]) > ctx.pair(words[k - 1], words[k])), default=0)
        at += sum(len(w) + 1 for w in words[:cut])
        words = words[cut:]
        if any(w.casefold() in ctx.lang.function_words for w in [*words, *after.group().split()]):
            continue  # (a headline's words in title case: 'Saksi Sebut Terdakwa "Kalap" Malam Itu')
        if not (mentions.is_title_word(words[0].casefold(), ctx.lang) or mentions.is_place(words[0], ctx)):
            role = text[before.start(1):at].strip() or None
            found.append((at, after.end(), f"{' '.join(words)} {after.group()}", nick.group(1),
                          role if role and mentions.is_title_word(role.split()[0].casefold(), ctx.lang) else None))
    return found


@dataclass
class _RoleCache:
    """What `_role_before` read at each name: the phrases before it, and what each phrase is."""

    heads: dict[str, Mention | None] = dataclasses.field(default_factory=dict)
    phrases: dict[int, tuple[tuple[int, int], ...]] = dataclasses.field(default_factory=dict)


def _role_before(text: str, lo: int, start: int, ctx: Context, cache: _RoleCache, *,
                 described: bool = False) -> str | None:
    """"Presiden Rusia, Vladimir Putin,": a role phrase just before a name, set off by a comma;
    `described`: also what someone is, in words that name no role ("Salah seorang warga, Warsono,")."""
    if text[start - 2:start] != ", ":
        return None
    # "adalah seorang kepala desa berusia 38 tahun yang dulu bekerja sebagai guru honorer, Nurhayati
    # Ahmad": what the person is runs from after "seorang" (with its age and relative clause), not
    # from the last title inside the clause
    one = ctx.lang.grammar.pattern("one_described").search(text, max(0, start - DESCRIBED_CHARS), start - 2)
    head = one.group("head").split()[0] if one is not None else ""
    if (one is not None and one.group("clause") and (mentions.is_title_word(head, ctx.lang) or mentions._in(ctx.lang, "role_noun", head))
            # (not "seorang ibu yang rumahnya hanyut": a person, by sex or kin, gives no role)
            and head not in ctx.lang.grammar.words("person_nouns") and head not in ctx.lang.grammar.words("kin_nouns")):
        return text[one.start("head"):start - 2]
    while lo > 0 and text[lo - 1].isalnum() and text[lo].isalnum():
        lo -= 1  # (a window that opens inside a word opens at its start: "Ketua", not "tua")
    if start not in cache.phrases:
        cache.phrases[start] = _phrases_before(text, lo, start, ctx)
    for at, end in cache.phrases[start]:
        role = _phrase_role(text, at, end, ctx, cache.heads, described)
        if role is not None:
            return role
    return None


DESCRIBED_CHARS = 140


def _phrases_before(text: str, lo: int, start: int, ctx: Context) -> tuple[tuple[int, int], ...]:
    """Where a role before a name set off by a comma may start: at its capitals ("Presiden Rusia"),
    with a title in lower case before them ("Di kubu lawan, pelatih Persita, Ahmad Zulkarnain,"), or
    with no capitals at all ("Gol pertama dicetak kapten tim, Andi Muhammad Rizky,")."""
    found = []
    inside = None
    rm = RE_ROLE_BEFORE_COMMA.search(text, lo, start)
    if rm is not None:
        carried = _role_carried_on(text, rm, ctx)
        if carried is not None:
            # "dipaparkan Direktur Jenderal Bea dan Cukai, Kementerian Keuangan, Fadjar …": the role
            # runs over commas to the body it works in (or its places)
            found.append((carried, start - 2))
        found.append((_lower_title_start(text, lo, rm.start(1), ctx), start - 2))
        # ("takluk dari petenis Rusia, Daniil Sokolov,": the capitals alone, with the title before them)
        caps = RE_CAPITALS_BEFORE_COMMA.search(text, rm.start(1), start)
        at = _lower_title_start(text, lo, caps.start(1), ctx) if caps is not None else None
        before = RE_LAST_WORD_BEFORE.search(text, lo, at - 1) if at is not None and found[0][0] < at < caps.start(1) else None
        # (after a word in lower case, "dari", "takluk": not "Jurnalis senior Italia", nor a relation
        # that says whose kin, "adik gelandang senior Arema")
        if (before is not None and mentions.is_lower(before.group(1)[:1])
                and RE_WORDS.match(text, at).group() not in ctx.lang.grammar.words("relation_nouns")):
            found.append((at, start - 2))
        elif (caps is not None and at == caps.start(1) and found[0][0] < at
              and mentions.is_title_word(caps.group(1).split()[0].casefold(), ctx.lang)
              and (word := RE_LAST_WORD_BEFORE.search(text, lo, at - 1)) is not None and mentions.is_lower(word.group(1)[:1])):
            # ("berkoordinasi dengan Kepala SMP Negeri 4 Mlati, Yusuf bin Harun,": a capitalised title
            # inside the sentence opens the role, if nothing longer does)
            inside = (at, start - 2)
        # ("ditunjukkan anggota Komisi II dari Fraksi PKS, Nurul Fadhilah,": capitals joined by "dari",
        # after a title in lower case)
        connectors, crossed = ctx.lang.grammar.words("role_connectors"), False
        toks = mentions.tokens(text, rm.start(1), start - 2)
        for k in range(len(toks) - 1, 0, -1):
            t = toks[k]
            if mentions.is_capitalised(t) or t.bare.isdigit():
                continue
            if t.bare in connectors and mentions.is_capitalised(toks[k - 1]) and k + 1 < len(toks):
                crossed = True
                continue
            if crossed and mentions.is_title_word(t.bare, ctx.lang):
                found.append((t.start, start - 2))
            elif crossed and mentions.is_title_word(toks[k + 1].bare.casefold(), ctx.lang):
                found.append((toks[k + 1].start, start - 2))  # ("ditunjukkan Wakil Ketua Komisi X DPR dari Fraksi PKB,")
            break
        listed = _listed_role_start(text, lo, rm.start(1), ctx)
        if listed is not None:
            found.append((listed, start - 2))
        counted = RE_WORDS.match(text, rm.start(1))
        if counted.group().casefold() in ctx.lang.grammar.words("quantity_words") and counted.end() < start - 2:
            # ("Dua petani di Desa Tugu, Kasmadi dan Warsono,": what the people counted are, after the count)
            found.append((counted.end() + 1, start - 2))
    last = RE_LAST_WORD_BEFORE.search(text, lo, start - 2)
    if last is not None and mentions.is_lower(text[last.start():][:1]):
        at = _lower_title_start(text, lo, start - 2, ctx)
        if at < start - 2:
            found.append((at, start - 2))
    if inside is not None:
        found.append(inside)
    return tuple(found)


def _role_carried_on(text: str, rm: regex.Match, ctx: Context) -> int | None:
    """Where a title opens the capitals set off before `rm`, the part `rm` holds a body or places that
    carry its role on ("Direktur Jenderal Bea dan Cukai, Kementerian Keuangan,"); None where none does."""
    at = rm.start(1)
    joints = ctx.lang.grammar.words("list_conjunctions")
    for _ in range(mentions.MAX_ROLE_COMMAS - 1):
        seg = mentions.tokens(text, at, text.index(",", at))
        if not seg or not mentions._role_goes_on(seg, ctx) or not text.endswith(", ", 0, at):
            return None
        head = RE_ROLE_BEFORE_COMMA.search(text, max(0, at - CARRIED_ROLE_CHARS), at)
        if head is None:
            return None
        # (its capitals, and "dan" between them, back to the title that opens them)
        toks, opens = mentions.tokens(text, head.start(1), at - 2), None
        for t in reversed(toks):
            if not (mentions.is_capitalised(t) or t.bare in joints):
                break
            if mentions.is_title_word(t.bare.casefold(), ctx.lang):
                opens = t.start
        if opens is not None:
            return opens
        at = head.start(1)
    return None


CARRIED_ROLE_CHARS = 80  # characters of the title's part before the body that carries it on


def _listed_role_start(text: str, lo: int, at: int, ctx: Context) -> int | None:
    """Where a role whose field is a list starts, the capitals at `at` its last item: "Kepala Dinas
    Pertanian, Ketahanan Pangan, dan Perikanan (DPKPP) Klaten," from "Kepala"; None where no title
    opens the list (in its first two words: "Area Manager Communication, Relations & CSR …"). The list
    may reach back further than the window `lo` opens for other roles."""
    lo = min(lo, max(0, at - LISTED_ROLE_CHARS))
    joint = _list_joint_before(ctx.lang).search(text, lo, at)
    if joint is None:
        return None
    pos = joint.start()
    for _ in range(MAX_LISTED_FIELDS):
        item = RE_CAPITALS_UP_TO.search(text, lo, pos)
        if item is None:
            return None
        if any(mentions.is_title_word(w.casefold(), ctx.lang) for w in item.group().split()[:2]):
            return item.start()
        if not text.endswith(", ", lo, item.start()):
            return None
        pos = item.start() - 2
    return None


@functools.lru_cache(maxsize=8)
def _list_joint_before(lang) -> regex.Pattern:
    """The conjunction that joins a list's last item, right before where the item starts (", dan ", " & ")."""
    return regex.compile(r",?\s(?:" + alternation(sorted(lang.grammar.words("list_conjunctions"))) + r"|&)\s$")


RE_CAPITALS_UP_TO = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}-]*(?: (?:\p{Lu}[\p{L}\p{N}-]*|\([\p{Lu}\p{N}]+\)))*$")
MAX_LISTED_FIELDS = 4  # items of a field's list before the one a title opens
LISTED_ROLE_CHARS = 160  # characters a role with a list in it may run before the name


def _phrase_role(text: str, at: int, end: int, ctx: Context, heads: dict[str, Mention | None],
                 described: bool) -> str | None:
    phrase = text[at:end]
    if phrase.casefold().endswith(POSSESSIVE) and phrase.count(" ") <= 1:
        # "Pelatihnya, Ramón Villaseñor,", "Kuasa hukumnya, Yoseph Nahak,": the title of someone named
        # before, which is the role
        title = phrase[:-len(POSSESSIVE)]
        head = title.split()[0].casefold() if title else ""
        # (not kin nor a relation: "Istrinya, Nurhayati," "Tetangganya, Rofiq," say whose, not what)
        if (mentions.is_title_word(head, ctx.lang) and head not in ctx.lang.grammar.words("relation_nouns")
                and head not in ctx.lang.grammar.words("kin_nouns")):
            return title
    words = phrase.split()
    grammar = ctx.lang.grammar
    if (len(words) > 1 and words[0].casefold() in grammar.words("kin_nouns") | grammar.words("relation_nouns")
            and all(w[:1].isupper() for w in words[1:]) and ctx.count(" ".join(words[1:])) > 1):
        # "Ayah Rafa, Dadang Hermawan (42),", "Ibunda Ezra, Ester Awom,": whose kin, by the name of one
        # the article speaks of elsewhere, is what the person is
        return phrase
    if phrase not in heads:
        heads[phrase] = mentions.classify(text, mentions.tokens(text, at, end), ctx)
    head = heads[phrase]
    if head is None:
        return None
    if head.kind == "unnamed":
        # ("dari petenis Rusia, Daniil Sokolov,": what one is, from where, is a role too)
        return _what_one_is(head.text, ctx) if described or _from_a_place(head.text, ctx) else None
    first = head.text.split()[0]
    if head.kind == "anaphor" and head.text.count(" ") > 1 and mentions.is_title_word(first.casefold(), ctx.lang) \
            and first.casefold() not in ctx.lang.grammar.words("person_nouns"):
        # ("Pemeran tokoh istri dalam sinetron itu, Sekar Ayu Ningrum,": the demonstrative is the
        # show's, the title with it the role of the name set off after it; but "Petani itu, Mujiono (52),"
        # refers back to someone, and says only what he is)
        return head.text
    if (head.kind == "organization" and " " in head.text and mentions.is_title_word(first.casefold(), ctx.lang)
            and not mentions._in(ctx.lang, "org_head", first)):
        return head.text  # "Pebalap Gresini Racing, Álex Ruiz de la Fuente,": a title at a company
    if head.kind == "person" and head.role and " " not in head.name and head.text.endswith(head.name) \
            and mentions.is_title_word(head.role.split()[0].casefold(), ctx.lang):
        # ("pelatih kepala Padova, Luciano Ferretti.", "Pelatih Nadia, Agus Priyanto,": the title of a club
        # or of someone, whose holder the name set off after it is)
        return head.text
    return _one_of_several(head.text.split(), ctx) if head.kind == "role" or _whole_role(head, ctx) else None


POSSESSIVE = "nya"


def _lower_title_start(text: str, lo: int, at: int, ctx: Context) -> int:
    """Where the lowercase words just before `at` begin with a title or role noun ("pelatih" of
    "pelatih Persita"), read back to a comma, a function word or a verb; `at` if they do not."""
    start = after = at
    for tok in reversed(mentions.tokens(text, lo, at)):
        if mentions.RE_PARENTHESISED.match(tok.text) and mentions.is_capitalised(tok) and not text[tok.end:after].strip():
            after = tok.start  # ("jaksa penuntut umum (JPU) Kejaksaan Negeri Grobogan": a short form inside the role)
            continue
        if (mentions.is_capitalised(tok) and start == after <= at and not text[tok.end:after].strip()
                and mentions._in(ctx.lang, "title", tok.bare)):
            return tok.start  # "Ketua majelis hakim Rudi Hartono Sitompul": a capitalised title opens it
        if (tok.text in ",:;" or tok.text.endswith(".") or mentions.is_capitalised(tok) or text[tok.end:after].strip()
                or tok.bare.casefold() in ctx.lang.function_words and not (
                    # ("jaksa penuntut umum dari Kejaksaan Negeri Garut": a title's "dari" before its body)
                    tok.bare in ctx.lang.grammar.words("title_connectors") and after == at)
                or mentions._clause_word(tok, ctx)):
            break  # (nor across a mark: "terdakwa?” tanya jaksa KPK")
        after = tok.start
        if mentions.is_title_word(tok.bare, ctx.lang):
            start = tok.start
    return start


def _role_as(text: str, end: int, ctx: Context) -> str | None:
    """"Andi Syamsul Bahri selaku Gubernur Sulawesi Selatan menyambut …", "Yohanes sebagai kuasa hukum
    terdakwa mengatakan …": the role after "selaku" or "sebagai", up to the verb."""
    found = ctx.lang.grammar.pattern("role_as").match(text, end)
    toks = mentions.tokens(text, found.start(1), found.end(1)) if found is not None else []
    if not toks or not mentions.is_title_word(toks[0].bare.casefold(), ctx.lang):
        return None
    grammar = ctx.lang.grammar
    connectors = grammar.words("role_connectors") | grammar.words("place_prepositions")
    said = toks[:1]
    for t in toks[1:]:
        if t.text in ",:;" or not mentions.is_capitalised(t) and (
                grammar.is_verb(t.bare) or ctx.lang.cues.get(t.bare) or t.bare in grammar.words("relative")
                or t.bare in ctx.lang.function_words and t.bare not in connectors):
            break
        said.append(t)
    while said and said[-1].bare in connectors:
        said.pop()
    return text[said[0].start:said[-1].end] if said else None


def _past_degrees(text: str, end: int, ctx: Context) -> int:
    """Where the words after a name go on past the degrees set off after it ("Simon Patiran, S.Th,
    gembala …": after "S.Th"); `end` where none is."""
    while (degree := RE_SET_OFF_WORD.match(text, end)) is not None and mentions._is_degree(ctx.lang, degree.group(1)):
        end = degree.end(1)
    return end


RE_SET_OFF_WORD = regex.compile(r", ([^\s,]+)(?=, )")


def _role_after(text: str, end: int, ctx: Context) -> str | None:
    """"Lestari, anggota Fraksi Partai Nasdem, membantah", "Aminata Diop, pedagang kain di Pasar
    Sandaga,": a title or role noun set off by commas after a name is the person's role, up to a
    relative clause (not kin nor a relation: "Budi, suami korban," says whose)."""
    m = RE_ROLE_AFTER.match(text, end)
    if m is None:
        return None
    said = m.group(1).split()
    grammar = ctx.lang.grammar
    # ("Budi Santoso, mantan Direktur Utama PT Sarana Farma,": a title's modifier before an office
    # written in capitals)
    modified = (len(said) > 1 and said[0].casefold() in grammar.words("title_modifiers") and not said[1].islower()
                and mentions.is_title_word(said[1].casefold(), ctx.lang))
    head = said[1].casefold() if modified else said[0]
    then = mentions.RE_WORD_AT.match(text, m.end())
    if then is not None and then.group(1) in grammar.words("list_conjunctions"):
        return None  # ("A, Direktur Puskapol UI Aditya Perdana, serta …": people listed, each with a role)
    if not head.islower():
        # "dipimpin Aang Suherman (52), Ketua RW 05 Desa Mangunkerta.": a capitalised title whose run
        # of capitals names no one (a role alone, "Ketua Komisi IV DPRD Jawa Barat")
        if not mentions.is_title_word(head.casefold(), ctx.lang):
            return None
        toks = mentions.tokens(text, m.start(1), m.end(1))
        found = mentions.classify(text, toks, ctx)
        # ("Sumarno, Camat Ciputat, mengajak": a territorial title and the place it heads)
        unit = found is not None and found.kind == "person" and len(toks) == 2 and mentions._unit_before_name(toks, ctx)
        if found is None or not (found.kind == "role" or unit) or found.text != m.group(1):
            return None
        # (nor does its first run of capitals: "Koordinator Bahari Kilat Boat untuk Pulau Tidung" reads
        # as a person, "Bahari Kilat Boat", where the run stands alone)
        run = next((k for k, t in enumerate(toks) if not mentions.is_capitalised(t)), len(toks))
        if run == len(toks):
            return found.text
        first = mentions.classify(text, toks[:run], ctx)
        return found.text if first is not None and first.kind != "person" else None
    if (not mentions.is_title_word(head, ctx.lang) or head in grammar.words("relation_nouns")
            or head in grammar.words("kin_nouns")):
        return None
    said = said[:next((k for k, w in enumerate(said) if k and w in grammar.words("relative")), len(said))]
    # (no verb nor a clause's word in it: "Kepala Dinas …, secara terpisah menjelaskan", "wakil menteri
    # tersebut juga mengingatkan bahwa …" are clauses; nor the name of another: "Direktur Puskapol UI
    # Aditya Perdana")
    connectors = grammar.words("role_connectors") | grammar.words("place_prepositions")
    if any(w.islower() and grammar.is_verb(w) or w in ctx.lang.function_words and w not in connectors for w in said):
        return None
    named = mentions.classify(text, mentions.tokens(text, m.start(1), m.end(1)), ctx)
    if (named is not None and named.kind == "person" and named.role and " " in named.name and named.name in m.group(1)
            and mentions._given_name(mentions.tokens(named.name, 0, len(named.name))[0], ctx)):
        return None  # ("Lawan main Sekar, aktor Bima Aditya, tampil": another person, named with a title)
    if len(said) == len(m.group(1).split()):
        # (with the wider places set off after it: "warga Desa Jomboran, Kecamatan Klaten Tengah,")
        # (not the age of whom the role names: "kakak korban Darto (38)")
        return RE_TRAILING_AGE.sub("", text[m.start(1):mentions.places_after(text, m.end(1), ctx)])
    return " ".join(said)



def _from_a_place(description: str, ctx: Context) -> bool:
    """"petenis Rusia", "pelatih asal Belanda": a title or role noun, then where its holder is from."""
    words = description.split()
    lang = ctx.lang
    return (len(words) > 1 and mentions.is_title_word(words[0].casefold(), lang)
            and all(w in lang.grammar.words("origin_words") for w in words[1:-1]) and words[-1] in lang.countries)


def _what_one_is(description: str, ctx: Context) -> str | None:
    """"Salah seorang PMI asal Indramayu, Samsul (34),", "Warga Desa Oenitas lainnya, Yuliana Pah
    (44),": what the person named after the description is, without the words that make them one
    of several ("PMI asal Indramayu", "Warga Desa Oenitas")."""
    words = description.split()
    while words and words[0].casefold() in ctx.lang.grammar.words("unnamed"):
        words = words[1:]
    # (what one is opens with a role noun: "Salah satunya, Darsono (48)," says nothing of him)
    return _one_of_several(words, ctx) if words and mentions.is_title_word(words[0].casefold(), ctx.lang) else None


def _one_of_several(words: list[str], ctx: Context) -> str:
    """A role without the word after it that makes its holder another of several ("Anggota DPR lainnya")."""
    if len(words) > 1 and words[-1] in ctx.lang.grammar.words("other_words"):
        words = words[:-1]
    return " ".join(words)


def _whole_role(head: Mention, ctx: Context) -> bool:
    """"Camat Jabon, Moch. Rizal Effendi,", "Direktur olahraga Juventus, Stefano Ricci,": before a
    name set off by commas, a title and one capitalised word are a role whole, the word where or
    what the role is (a place, a club), not a person the article speaks of by it."""
    first = head.text.split()[0]
    words = head.name.split()
    # ("Pembalap Ducati Lenovo, Nicolò Ferrandi,": or a few words the article writes nowhere else,
    # none of them a given name nor a word it uses alone for someone: a team, a company; nowhere
    # but after the same word, "Pimpinan Gereja Kemah Injil Bethel," after "di kompleks Gereja
    # Kemah Injil Bethel")
    return (head.kind == "person" and head.role is not None
            and (len(words) == 1 or len(words) <= MAX_WHOLE_ROLE_NAME_WORDS
                 and ctx.count(head.name) in (1, ctx.count(f"{head.role.split()[-1]} {head.name}"))
                 and not any(w.casefold() in ctx.lang.name_sexes for w in words))
            and not any(w in ctx.short_names for w in words)
            and (mentions._in(ctx.lang, "title", first) or mentions.is_title_word(first.casefold(), ctx.lang)))


MAX_WHOLE_ROLE_NAME_WORDS = 3


class Acronyms(dict):
    """Short form → long form as the article uses it ("Satpol PP" → "Satuan Polisi Pamong Praja Kota
    Bandung"); `base` holds each long form without the place written after its definition, for a
    mention that names its own ("BPBD Manado" when the article defined "(BPBD) Sulut")."""

    def __init__(self) -> None:
        super().__init__()
        self.base: dict[str, str] = {}
        self._sorted: tuple[int, list[str], list[str]] = (0, [], [])

    def _in_order(self) -> tuple[list[str], list[str]]:
        # (short forms are only ever added, so the count says whether the lists are up to date)
        if self._sorted[0] != len(self):
            self._sorted = (len(self), sorted(self), sorted(set(self.values())))
        return self._sorted[1], self._sorted[2]

    def longer_than(self, name: str) -> set[str]:
        """The long forms that open with `name` and words after it (read in the sorted long forms,
        not in every one: a long document defines hundreds)."""
        return set(_opening(self._in_order()[1], name + " "))

    def short_forms_opening(self, name: str) -> list[str]:
        """The short forms that open with `name` and words after it ("KPU" of "KPU Muara Sakti")."""
        return _opening(self._in_order()[0], name + " ")


def _opening(ordered: list[str], prefix: str) -> list[str]:
    """The strings of the sorted list `ordered` that open with `prefix`, in order."""
    found, k = [], bisect.bisect_left(ordered, prefix)
    while k < len(ordered) and ordered[k].startswith(prefix):
        found.append(ordered[k])
        k += 1
    return found


def _place_after(text: str, after: regex.Match, ctx: Context) -> str:
    """The place whose first word `after` matched, over every word of it ("Timor Tengah Utara")."""
    place, more = after.group(1), RE_NEXT_WORD.match(text, after.end())
    while more is not None and more.group(1) in ctx.lang.place_words and place.count(" ") < MAX_PLACE_WORDS:
        place, more = f"{place} {more.group(1)}", RE_NEXT_WORD.match(text, more.end())
    return place


def _title_short_form(name: str, ctx: Context) -> bool:
    """The long form of a short form the article defines is a title's ("Kepala Pelaksana" of "Kalak"),
    not a body's that a title may head ("Majelis Rakyat Papua" of "MRP")."""
    return mentions._in(ctx.lang, "title", name.split()[0]) and not (
        mentions._in(ctx.lang, "org_head", name.split()[0])
        and getattr(mentions.classify(name, mentions.tokens(name, 0, len(name)), ctx), "kind", None) == "organization")


def _body_named_in_full(name: str, m: Mention, text: str, ctx: Context, named: list[tuple[int, str, str]]) -> str:
    """A diplomatic mission by where it is: "Konsulat Jenderal Rusia di Bali melalui …" is the consulate
    in Bali; a body's head word alone, "Konsulat", "Kementerian juga mengimbau", the body of that head
    that spoke last before."""
    if any(name == h or name.startswith(h + " ") for h in ctx.lang.grammar.words("mission_heads")):
        at = RE_AT_PLACE.match(text, m.end)
        if at is not None and not name.endswith(" di " + at.group(1)):
            return f"{name} di {at.group(1)}"
    if " " in name or not mentions._in(ctx.lang, "org_head", name):
        return name
    fuller = [n for pos, n, kind in named if kind == "organization" and pos < m.start and n.startswith(name + " ")]
    # (else the one body the article names with that head: "Koalisi menilai" after "Hal serupa disampaikan
    # Koalisi Masyarakat Sipil untuk Kodifikasi UU Pemilu")
    if fuller:
        return fuller[-1]
    full = _named_in_full_after(name, ctx) if name.casefold() in ctx.lang.grammar.words("organisation_nouns") else name
    if full == name and name.casefold() in ctx.lang.grammar.words("speaking_bodies"):
        # ("PSSI menyatakan … . Federasi juga menyebut …": no body named with the head, the one that
        # spoke just before, which it is of the kind of)
        spoke = [n for pos, n, kind in named if kind == "organization" and m.start - SPOKE_JUST_BEFORE_CHARS <= pos < m.start]
        if spoke and fold(spoke[-1]) != fold(name):
            return spoke[-1]
    return full


SPOKE_JUST_BEFORE_CHARS = 600


def _acronyms(text: str, ctx: Context) -> Acronyms:
    """The long form of every acronym the article defines ("Komisi Pemberantasan Korupsi (KPK)").

    A place written after the parenthesis belongs to the long form when the article also writes it
    after the short one: "Kejaksaan Negeri (Kejari) Belu" ... "Kejari Belu" → "Kejaksaan Negeri Belu".
    """
    pattern = ctx.lang.grammar.pattern("acronym_definition")
    found = Acronyms()
    for m in pattern.finditer(text):
        short = m.group("short")
        long = _long_form(m.group("long"), short, ctx.lang.grammar.words("list_conjunctions"))
        if long is None:
            continue
        long = _with_company_head(m.group("long"), long, ctx)  # "PT Liga Indonesia Baru (LIB)": its legal form
        at = RE_AT_PLACE.match(text, m.end())
        if at is not None and any(long.startswith(h + " ") for h in ctx.lang.grammar.words("mission_heads")):
            # "Kedutaan Besar Republik Indonesia (KBRI) di Tokyo": a mission is named by where it is
            long = f"{long} di {at.group(1)}"
        after = RE_NEXT_WORD.match(text, m.end())
        if after is not None and ctx.pair(short, after.group(1)):
            found.setdefault(f"{short} {after.group(1)}", f"{long} {after.group(1)}")
            if mentions.is_place(after.group(1), ctx):
                # the local body, named alone too, over every word of its place ("(Kejari) Lombok Tengah")
                place = _place_after(text, after, ctx)
                found.setdefault(short, f"{long} {place}")
        elif after is not None and after.group(1) in ctx.lang.place_nouns:
            # "Komisi Pemilihan Umum (KPU) Kabupaten Muara Sakti" ... "KPU Muara Sakti"
            place = RE_NEXT_WORD.match(text, after.end())
            # (named alone, over every word of the place: "(OJK) Provinsi Jawa Tengah" ... "OJK")
            whole = _place_after(text, place, ctx) if place is not None else None
            if place is not None and ctx.pair(short, place.group(1)):
                # (the rest of the place follows the short form as it follows the long one)
                found.setdefault(f"{short} {place.group(1)}", f"{long} {after.group(1)} {place.group(1)}")
            elif place is not None:
                # "Satuan Polisi Pamong Praja (Satpol PP) Kota Bandung" ... "Satpol PP": the local body
                found.setdefault(short, f"{long} {after.group(1)} {whole}")
        elif (after is not None and mentions.is_place(after.group(1), ctx)
              and after.group(1) not in ctx.lang.grammar.words("months")):
            # "(PUBMSDA) Sidoarjo", "(BPBD) Jawa Timur": the place names the body
            # (over every word of the place: "(Kejari) Timor Tengah Utara")
            found.setdefault(short, f"{long} {_place_after(text, after, ctx)}")
        found.setdefault(short, long)
        found.base.setdefault(short, long)
        before, spelt, rest = m.group("long").rpartition(f" {long}")
        other, _, word = before.rpartition(" ")
        if spelt and not rest and word in ctx.lang.grammar.words("name_alternatives") \
                and mentions._in(ctx.lang, "org_head", other.split(" ", 1)[0]):
            # "Badan Meteorologi Jepang atau Japan Meteorological Agency (JMA)": the body's other name
            # is the name the short form spells ("Badan itu" after it is the agency)
            found.setdefault(other, long)
    # "PT Logam Mulia Nusantara (Persero) atau LMN", "Badan Pusat Statistik atau BPS": a short form
    # given as the other name, where the long one's words spell it
    for m in ctx.lang.grammar.pattern("acronym_alternative").finditer(text) if " atau " in text else ():
        short = m.group("short")
        long = _long_form(m.group("long"), short, spelt=True)
        if long is None or short in found or not short.isupper() and not mentions._in(ctx.lang, "org_head", long.split()[0]):
            continue  # (in mixed case, a body's: "Asosiasi Pengusaha Indonesia atau Apindo", not "Joko Widodo atau Jokowi")
        long = _with_company_head(m.group("long"), long, ctx)
        found.setdefault(short, long)
        found.base.setdefault(short, long)
    # "jaksa penuntut umum (JPU)": in lower case, the words whose initials spell it, the fewest last
    # (read only before a short form in parentheses: the pattern is tried in that window alone)
    lower = ctx.lang.grammar.pattern("lower_acronym_definition")
    for paren in RE_PARENTHESISED_CAPITALS.finditer(text):
        m = lower.search(text, max(0, paren.start() - LOWER_ACRONYM_WINDOW), paren.end())
        if m is None or m.end() != paren.end():
            continue
        words, short = m.group("long").split(), m.group("short")
        k = len(words) - len(short)
        if k >= 0 and "".join(w[0] for w in words[k:]).upper() == short:
            found.setdefault(short, " ".join(words[k:]))
    return found


def _with_company_head(written: str, long: str, ctx: Context) -> str:
    """The long form with the company head written just before it, if one is ("PT" of "PT Liga
    Indonesia Baru")."""
    words = written.split()
    k = len(words) - len(long.split()) - 1
    return f"{words[k]} {long}" if k >= 0 and words[k] in ctx.lang.grammar.words("company_heads") else long


def _short_forms_out(name: str) -> str:
    """A name without the short forms written inside it: "Kepala Staf Gabungan (JCS) Korea Selatan"."""
    return RE_SHORT_FORM_IN_NAME.sub("", name).strip() or name


RE_REPEATED_LETTER = regex.compile(r"(\p{L})([2-9])(?!\d)")


def _long_form(words: str, short: str, conjunctions: frozenset[str] = frozenset(), spelt: bool = False) -> str | None:
    """The fewest last words of `words` that spell `short` (Schwartz and Hearst's rule: the first
    letter starts the first word, the others follow in order): "Kepala Pelaksana Badan
    Penanggulangan Bencana Daerah" (BPBD) → "Badan Penanggulangan Bencana Daerah"; "Kejaksaan
    Negeri" (Kejari); "Badan Meteorologi, Klimatologi, dan Geofisika" (BMKG). When none does, all of
    them after the last comma for capitals ("Organisasi Kesehatan Dunia (WHO)"), unless `spelt` asks
    for words that spell it; None for a short name in mixed case, which may be no acronym at all
    ("(Jumat)")."""
    split = words.split(" ")
    # (a digit repeats the letter before it: "P2G" spells Perhimpunan Pendidikan dan Guru, "K3" three
    # words of K; a number of two digits is none: "G20")
    letters = [c for c in RE_REPEATED_LETTER.sub(lambda m: m.group(1) * int(m.group(2)), short.casefold()) if c.isalnum()]
    # an acronym in capitals stands for two words or more ("International" is no "IATA")
    fewest = 2 if short.isupper() else 1
    for k in range(len(split) - fewest, -1, -1):
        candidate = " ".join(split[k:]).casefold()
        # a syllable acronym may start inside its first word: "Polresta", Kepolisian Resor Kota
        at = 0 if short.isupper() else candidate.find(letters[0]) if letters else -1
        if not letters or at < 0 or candidate[at] != letters[0] or (at and " " in candidate[:at]):
            continue
        if short.isupper() and not _spells_by_words(split[k:], letters):
            continue
        rest = iter(candidate[at:])
        if all(c in rest for c in letters):
            return " ".join(split[k:])
    # (of parts set off by commas, the last, unless it ends a list inside the name: "Organisasi
    # Pendidikan, Ilmu Pengetahuan, dan Kebudayaan Perserikatan Bangsa-Bangsa (UNESCO)")
    last = words.rsplit(", ", 1)[-1]
    return (words if last.split(" ", 1)[0] in conjunctions else last) if short.isupper() and not spelt else None


def _spells_by_words(words: list[str], letters: list[str]) -> bool:
    """Whether the letters of an acronym in capitals fall to the words in turn: either each is the
    first letter of a word or of its first syllable, a word taking none where the acronym skips it
    ("Badan Pengawas Tenaga Nuklir" for BAPETEN, "Perserikatan Bangsa-Bangsa" for PBB, "dan", "of";
    "Sepak Bola", "Sumatera Utara": PSSI, LPKS), or each capitalised word opens a run of them, the
    rest of the run anywhere in it (a stock code: "Bank Sahabat Rakyat" for BSRK). "Nasional Amerika
    Serikat" spells no NOAA: the O is no word's first letter, and "Serikat" opens no run."""
    syllables, runs = {0}, {0}  # how many letters the words so far can take, either way
    for word in words:
        capital = word[:1].isupper()
        after_runs = set() if capital else set(runs)
        for part in word.split("-"):
            folded = [c for c in part.casefold() if c.isalnum()]
            after = set(syllables)
            for j in syllables:
                k = j
                while k < len(letters) and k - j < len(folded) and folded[k - j] == letters[k]:
                    k += 1
                    after.add(k)
            syllables = after
        folded = [c for c in word.casefold() if c.isalnum()]
        for j in runs:
            if capital and (j == len(letters) or not folded or folded[0] != letters[j]):
                continue
            rest = iter(folded[1:] if capital else folded)
            k = j + 1 if capital else j
            after_runs.add(k)
            while k < len(letters) and letters[k] in rest:
                k += 1
                after_runs.add(k)
        runs = after_runs
    return len(letters) in syllables or len(letters) in runs


def _each_written_out(words: list[str], ctx: Context) -> str | None:
    """The name with each of its short forms written out, the lexicon's and the places' ("Kanwil
    Kemenag Sulut" → "Kantor Wilayah Kementerian Agama Sulawesi Utara"), where the article writes it
    so; else None."""
    lang = ctx.lang
    out = [lang.long_forms.get(w) or lang.place_full.get(w) or w for w in words]
    if out == words:
        return None
    full = " ".join(out)
    return full if ctx.count(full) else None


def _spelt_out(words: list[str], ctx: Context) -> str | None:
    """The name the article wrote in full whose first words an acronym spells, ending with the words
    after the acronym ("Dewan Pimpinan Pusat Partai Demokrat" for "DPP Demokrat"), else None."""
    head = words[0]
    if not (2 <= len(head) <= 6 and head.isalpha() and head.isupper()) or not all(w[:1].isupper() for w in words[1:]):
        return None
    spelt = " ".join(rf"{c}\p{{Ll}}+" for c in head)
    rest = " ".join(words[1:])
    pattern = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){spelt}(?: \p{{Lu}}[\p{{L}}-]+){{0,2}} {regex.escape(rest)}"
                            rf"(?![\p{{L}}\p{{N}}])")
    text = ctx.text
    if len(text) < mentions.INDEX_FROM:
        found = pattern.search(text)
        return found.group() if found is not None else None
    # (in a long text, read only before where the words after the acronym are written)
    for at in ctx.starts(rest):
        end = at + len(rest)
        if text[at - 1:at] == " " and not mentions._alnum(text[end:end + 1]):
            found = pattern.search(text, max(0, at - SPELT_OUT_REACH), end)
            if found is not None:
                return found.group()
    return None


SPELT_OUT_REACH = 400  # characters a name spelt out by an acronym's letters may take before the words after it


def _organisation(name: str, acronyms: Acronyms, ctx: Context) -> str:
    """The name an organisation's mention stands for (`_body_name`), with the legal form the article
    writes after it, if any: "Volkert Energie" → "Volkert Energie GmbH", "PT Maju Jaya" → "PT Maju
    Jaya Tbk", the fullest name it gives."""
    read = _body_name(name, acronyms, ctx)
    # ("PT Jasa Armada Nusantara Tbk", the name as read without its "(Persero)": the forms as written)
    suffixes = ctx.lang.grammar.words("legal_suffixes")
    full = read
    while " " in full and full.rsplit(" ", 1)[1] in suffixes:
        full = full.rsplit(" ", 1)[0]
    text, after = ctx.text, _legal_suffix_after(ctx.lang)
    for at in ctx.starts(full):
        found = after.match(text, at + len(full))
        more = RE_MORE_CAPITALS.match(text, at + len(full)) if found is None and full.isupper() and " " not in full else None
        head = next((h for h in ctx.lang.grammar.words("company_heads") if text.endswith(h + " ", 0, at)), None)
        if more is not None and head is not None and (rest := after.match(text, more.end())) is not None:
            # "ASDP" where the article wrote "PT ASDP Indonesia Ferry (Persero)": the company its word opens
            return f"{head} {full}{more.group()}{rest.group(1)}"
        if found is not None:
            # (and with its company head, "Pertamina" written "PT Pertamina (Persero)")
            head = next((h for h in ctx.lang.grammar.words("company_heads") if text.endswith(h + " ", 0, at)
                         and not full.startswith(h + " ")), None)
            return f"{head} {full}{found.group(1)}" if head else full + found.group(1)
    return read


@functools.lru_cache(maxsize=8)
def _legal_suffix_after(lang) -> regex.Pattern:
    """The legal forms written after a body's name ("Tbk", "GmbH", "(Persero)"), one or more."""
    forms = "|".join(regex.escape(s) for s in sorted(lang.grammar.words("legal_suffixes"), key=len, reverse=True))
    return regex.compile(rf"((?: (?:{forms}))+)(?![\p{{L}}\p{{N}}])")


def _body_name(name: str, acronyms: Acronyms, ctx: Context) -> str:
    """The name an organisation's mention stands for: "Pihak Kejari" → "Kejaksaan Negeri Belu".

    "pihak" before a name is dropped; a defined acronym that heads it is written out ("BNN Lampung"
    → "Badan Narkotika Nasional Lampung"); and a name the article gives in full elsewhere
    with more words ("Kejaksaan Negeri" → "Kejaksaan Negeri Belu") is taken when it is the only one.
    """
    # "Bank sentral" where the article names Bank Indonesia: the body its epithet stands for
    meant = ctx.lang.epithets.get(name.casefold())
    if meant is not None and (ctx.count(meant) or ctx.count(ctx.lang.long_forms.get(meant, meant))):
        name = meant
    words = name.split()
    if len(words) > 1 and words[0].casefold() in ctx.lang.grammar.words("party_words") and words[1][:1].isupper():
        words = words[1:]
    if (len(words) > 2 and words[0].casefold() in ctx.lang.grammar.words("organisation_nouns") and words[1].islower()
            and words[0].casefold() not in ctx.lang.grammar.words("collective_nouns")):  # ("Tim peneliti BRIN": BRIN's team)
        # "Lembaga nonpemerintah The Institute for Criminal Justice Reform", "lembaga survei Indikator",
        # "Kelompok suporter Pasoepati": what the body is, then its name (after any place it is of:
        # "Organisasi petani Eropa Copa-Cogeca"; but "Organisasi kemasyarakatan Islam" names none)
        named = next((k for k, w in enumerate(words) if k > 1 and w[:1].isupper()), None)
        # (but a town the article never writes the name without is the name's: "Kelompok suporter Kendal Mania")
        while (named is not None and named < len(words) - 1 and mentions.is_place(words[named], ctx)
               and (words[named] in ctx.lang.countries
                    or ctx.capitalised(words[named + 1]) > ctx.pair(words[named], words[named + 1]))):
            named += 1
        connectors = ctx.lang.grammar.words("title_connectors") | ctx.lang.function_words
        if (named is not None and all(w.islower() and w not in connectors for w in words[1:named] if not mentions.is_place(w, ctx))
                and (len(words) - named > 1 or words[named] not in ctx.lang.grammar.words("adjectival_proper_nouns"))):
            words = words[named:]
    short = " ".join(words)
    if short in acronyms:
        full = acronyms[short]
    elif len(words) > 2 and f"{words[0]} {words[1]}" in acronyms and all(w[:1].isupper() for w in words):
        full = " ".join([acronyms[f"{words[0]} {words[1]}"], *words[2:]])  # "KPU Muara Sakti"
    elif words[0] in acronyms and all(w[:1].isupper() for w in words):
        full = " ".join([acronyms.base.get(words[0], acronyms[words[0]]), *words[1:]])  # "BNN Lampung"; "Kementerian BUMN" stays
        # ("KPU Klaten" where the article wrote "Komisi Pemilihan Umum (KPU) Kabupaten Klaten": the place
        # as it was named there)
        named = mentions.near_parenthesis(regex.compile(
            rf"\({regex.escape(words[0])}\) (\p{{Lu}}\p{{L}}+) {regex.escape(' '.join(words[1:]))}(?![\p{{L}}\p{{N}}])"),
            words[0], ctx, after=True) if len(words) > 1 else None
        if named is not None and named.group(1) in ctx.lang.place_nouns:
            full = " ".join([acronyms.base.get(words[0], acronyms[words[0]]), named.group(1), *words[1:]])
    elif len(words) == 2 and words[1] in acronyms and acronyms[words[1]].startswith(words[0] + " "):
        full = acronyms[words[1]]  # "PT SLM" where the article wrote "PT Sawit Lestari Mahakam (SLM)"
    elif len(words) == 2 and words[1] in acronyms and (ctx.pair(words[0], acronyms[words[1]].split()[0])
                                                       or words[0] in ctx.lang.grammar.words("party_organs")):
        # "Dinas PUBMSDA": "Dinas Pekerjaan Umum … (PUBMSDA)"; "DPP PNB": the party's central board,
        # "Partai Nusantara Bersatu (PNB)"
        full = f"{words[0]} {acronyms[words[1]]}"
    elif len(words) == 1 and len({acronyms[k] for k in acronyms.short_forms_opening(short)}) == 1:
        # "Satgas" after "Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI)": the one
        # short form it opens
        full = acronyms[acronyms.short_forms_opening(short)[0]]
    elif len(words) > 1 and (spelt := _spelt_out(words, ctx)) is not None:
        full = spelt  # "DPP Demokrat" where the article wrote "Dewan Pimpinan Pusat Partai Demokrat"
    elif short in ctx.lang.long_forms and ctx.count(ctx.lang.long_forms[short]):
        # "Kemenkes memperkirakan" where the article also writes "Kementerian Kesehatan": the official
        # short form of the name the article gives (and "Kanwil" alone, where it names one "Kantor
        # Wilayah …": that one)
        full = ctx.lang.long_forms[short]
        if len(words) == 1 and ctx.lang.long_forms[short].count(" ") == 1:
            full = _named_in_full_after(full, ctx)
    elif len(words) > 1 and (spelt := _each_written_out(words, ctx)) is not None:
        full = spelt  # "Kanwil Kemenag Sulut" where the article wrote "Kantor Wilayah Kementerian Agama Sulawesi Utara"
    else:
        full = short
    full = RE_SHORT_FORM_IN_NAME.sub("", full).strip() or name
    last = full.rsplit(" ", 1)[-1]
    if " " in full and last in ctx.lang.place_full and any(
            ctx.count(f"{body}) {ctx.lang.place_full[last]}") or ctx.count(f"{body} {ctx.lang.place_full[last]}")
            for body in (words[0], full[:-len(last) - 1])):
        # "Bawaslu Jateng" where the article wrote "Badan Pengawas Pemilihan Umum (Bawaslu) Jawa Tengah":
        # the body's place in full, as the article gives it
        full = f"{full[:-len(last)]}{ctx.lang.place_full[last]}"
    fuller = acronyms.longer_than(full)
    if fuller and all(max(fuller, key=len).startswith(f) for f in fuller):
        return max(fuller, key=len)
    if full == short and len(words) > 1:
        return _written_whole(full, ctx)
    return full


def _written_whole(name: str, ctx: Context) -> str:
    """The body's name as the article also writes it whole, with the body it is part of or the
    place it serves after it: "Komisi IX" → "Komisi IX DPR RI", "Dinas Kesehatan" → "Dinas
    Kesehatan Sidoarjo", when the article writes one such form only (not a country after it:
    "Kementerian Luar Negeri" and "Kementerian Luar Negeri China" are two bodies)."""
    parents, lang = ctx.lang.grammar.words("parent_bodies"), ctx.lang
    forms = set()
    text = ctx.text
    for at in ctx.starts(name + " "):
        m = RE_CAPITALS_AFTER.match(text, at + len(name))
        if m is None:
            continue
        kept = []
        for word in m.group().split():
            if not (word in parents or word in lang.place_nouns or mentions.is_place(word, ctx)) or word in lang.countries:
                break
            kept.append(word)
        if kept:
            forms.add(" ".join(kept))
    longest = max(forms, key=len, default=None)
    if longest is None or not all(longest.startswith(f) for f in forms):
        return name
    return f"{name} {longest}"


def _named_in_full_after(head: str, ctx: Context) -> str:
    """The body a word that heads organisations' names stands for alone ("Koalisi menilai", "Aliansi
    meminta"): the one name the article writes with it at its head ("Koalisi Masyarakat Sipil untuk
    Kodifikasi UU Pemilu"), connecting words and all; the word itself where it writes none or several."""
    connectors = ctx.lang.grammar.words("title_connectors") | ctx.lang.grammar.words("list_conjunctions")
    forms = set()
    for at in mentions._occurrences(ctx.text, head + " "):
        if at and ctx.text[at - 1].isalnum():
            continue
        words = []
        for m in RE_NAME_WORD_AFTER.finditer(ctx.text, at + len(head)):
            if (m.start() != (words[-1].end() if words else at + len(head))
                    or m.group(1).islower() and m.group(1) not in connectors or m.group(1) in ctx.short_names
                    or mentions._in(ctx.lang, "rank", m.group(1)) or mentions._in(ctx.lang, "title", m.group(1))):
                break  # (a word the article uses alone for a speaker, a rank or a title start a person's name)
            words.append(m)
        # (up to its last capitalised word: "untuk", "dan" go on a name, never end it)
        while words and words[-1].group(1) in connectors:
            words.pop()
        if words and words[0].group(1) not in connectors:
            forms.add(ctx.text[at:words[-1].end()])
    longest = max(forms, key=len, default=None)
    if longest is None or not all(longest.startswith(f) for f in forms) or getattr(mentions.classify(
            longest, mentions.tokens(longest, 0, len(longest)), ctx), "kind", None) != "organization":
        return head  # (nor a body's head and a person: "Kremlin Yevgeny Kholodov")
    return longest


def _mid_sentence_words(runs: Iterable[regex.Match], layout: Layout) -> set[str]:
    """The words of the runs that do not open their sentence (nor follow its opening mark)."""
    starts = {s for s, _e in layout.sentences}
    words: set[str] = set()
    for m in runs:
        if m.start() not in starts and m.start() - 1 not in starts:
            words.update(m.group().split())
    return words


def _fullest(name: str, ranked: list[tuple[int, int, str]], introduced: frozenset[str] = frozenset(),
             index: _WordIndex | None = None) -> str:
    """The longest name of the article that contains `name`; of equals, the first written.

    `ranked` holds the article's names as (words, place in the text, name), longest first; `index`,
    their words (only the names that share a word with `name` can contain it).
    """
    size = len(_tokens(name))
    # (a spelling variant counts only where the article does not introduce the name as it stands, with
    # an age or a role: "Rohmat (38)" is no "Siti Nur Rohmah"; "Zelenskyy" alone is Volodymyr Zelensky)
    written = name in introduced
    candidates = [ranked[pos] for pos in index.holding_any(name)] if index is not None else ranked
    for n_size, _i, n_name in candidates:
        if n_size < size:
            break
        # ... or, in two words or more, has a word cut from one of it beside a word written whole:
        # "Gung Oka" for "Anak Agung Gde Oka Wisnu"
        if (contains(n_name, name) and not (written and not _exactly_in(n_name, name))
                or (1 < size < n_size and _shortened(n_name, name))):
            # (a name as long that holds the word as written comes first: "Hendro" is Hendro Wibisono,
            # not Hendra Gunawan written before him; but two spellings of one name are one person, the
            # first written: "Volodymyr Zelensky" for a later "Zelenskyy")
            exact = next((m_name for m_size, _j, m_name in candidates if m_size == n_size and _exactly_in(m_name, name)), None)
            if exact is None and contains(n_name, name) and not _exactly_in(n_name, name):
                # (and a shorter one that holds it as written before a longer that holds a variant:
                # "Rachmat" is Rachmat Sudarsono, not Yuliyanto Rahmat Hidayat)
                exact = next((m_name for m_size, _j, m_name in candidates
                              if size <= m_size and m_name != name and _exactly_in(m_name, name)), None)
            return exact if exact is not None and not contains(n_name, exact) else n_name
    return name


def _by_surname(names: list[_Name]) -> dict[str, list[_Name]]:
    """The article's names by their last word and, under `(word,)`, by their first, for `_owner_before`."""
    found: dict[str, list[_Name]] = {}
    for n in names:
        words = _tokens(n.name)
        for last in words[-1:]:
            found.setdefault(last, []).append(n)
        for first in words[:1] if len(words) > 1 else ():
            found.setdefault((first,), []).append(n)
    return found


def _owner_before(name: str, at: int, surnamed: dict[str, list[_Name]], fullest: Callable[[str], str],
                  role: str | None = None) -> str:
    """The person a short name stands for at `at`: the fullest name that holds it, unless the article
    names two people who share it and that one only later ("Ramon Dela Cruz" ... "kata Dela Cruz" ...
    "Maria Elena Dela Cruz"): then the fullest of those named before it, as a reader takes it.
    `surnamed`: the article's names by their last and first words (`_by_surname`)."""
    full, last = fullest(name), _tokens(name)[-1:]
    if full == name:
        return full
    if _tokens(full)[-1:] != last:
        # a first name ("Anita" of "Anita Kolopaking", whoever else ends so): of two people named
        # before it whose names open with it, the one named last ("Agus Salim Nugroho" ... "Agus
        # Prasetyo mengklaim ... Agus, yang juga Ketua DPD, menyebut")
        words = _tokens(name)
        before = [n for n in surnamed.get(words[:1], ()) if n.start < at and _tokens(n.name)[:len(words)] == words]
        if len({fullest(n.name) for n in before}) > 1 or before and _tokens(full)[:len(words)] != words:
            # (and one named before whose name opens with it, not a longer name holding it inside:
            # "Dewi" after "Dewi Lestari (36)" is she, not "dr. Ratna Dewi Kusumastuti")
            return fullest(max(before, key=lambda n: n.start).name)
        return full
    holders = [n for n in surnamed.get(last[0], ()) if n.name != name and contains(n.name, name)]
    if role and len({fullest(n.name) for n in holders}) > 1:
        # ("kata jaksa Siregar" where a prosecutor and a judge are both Siregar: the one the role fits)
        head = _tokens(role)[:1]
        fitting = {fullest(n.name) for n in holders if n.role and head and head[0] in _tokens(n.role)}
        if len(fitting) == 1:
            return fitting.pop()
    before = [n for n in holders if n.start < at]
    if not before or any(full in (n.name, fullest(n.name)) for n in before):
        return full
    return fullest(min(before, key=lambda n: (-len(_tokens(n.name)), n.start)).name)


def _exactly_in(longer: str, shorter: str) -> bool:
    """Every word of `shorter` is a word of `longer`, as written."""
    lt = set(_tokens(longer))
    return all(s in lt for s in _tokens(shorter))


def _ranked(names: list[_Name]) -> list[tuple[int, int, str]]:
    return sorted(((len(_tokens(n.name)), i, n.name) for i, n in enumerate(names)), key=lambda t: (-t[0], t[1]))


def _role_words(role: str, ctx: Context) -> tuple[str, ...]:
    """The words of a role without a trailing "itu"/"tersebut" ("Kapolres itu" → kapolres) nor
    parentheses ("Kepala Pelaksana (Kalak) BPBD" → kepala pelaksana kalak bpbd)."""
    return _words_of_role_as_written(role, ctx.lang)


@functools.lru_cache(maxsize=mentions.WORD_CACHE)
def _words_of_role_as_written(role: str, lang) -> tuple[str, ...]:
    # (read once a role: every description compares its words with every role before it)
    return tuple(RE_WORDS.findall(fold(lang.grammar.pattern("anaphor_suffix").sub("", role))))


def _role_words_long(role: str, ctx: Context) -> tuple[str, ...]:
    """`_role_words`, a body's official short form in the words of its long one ("Kepala Bapanas"
    → kepala badan pangan nasional): what a role said again shares with the one given before."""
    return _words_of_role(role, ctx.lang)


@functools.lru_cache(maxsize=mentions.WORD_CACHE)
def _words_of_role(role: str, lang) -> tuple[str, ...]:
    longs = _folded_long_forms(lang)
    folded = fold(lang.grammar.pattern("anaphor_suffix").sub("", role))
    for epithet, name in lang.epithets.items():  # "juru bicara lembaga antirasuah" → juru bicara kpk
        if epithet in folded:
            folded = regex.sub(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(epithet)}(?![\p{{L}}\p{{N}}])", fold(name), folded)
    for short, long in _joined_long_forms(lang):  # "politikus PDI-P" → politikus pdi perjuangan
        if short in folded:
            folded = regex.sub(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(short)}(?![\p{{L}}\p{{N}}])", long, folded)
    words = RE_WORDS.findall(folded)
    return tuple(w for word in words for w in longs.get(word, (word,)))


@functools.lru_cache(maxsize=8)
def _long_titles(lang) -> frozenset[str]:
    """The long forms of the titles the lexicon knows by a short one ("jaksa penuntut umum" of JPU)."""
    return frozenset(long.casefold() for short, long in lang.long_forms.items() if mentions._in(lang, "title", short))


@functools.lru_cache(maxsize=8)
def _joined_long_forms(lang) -> tuple[tuple[str, str], ...]:
    """The short forms written with a hyphen ("PDI-P"), folded, with their long forms: read whole,
    not word by word."""
    return tuple((fold(short), fold(long)) for short, long in lang.long_forms.items() if RE_WORDS_ONLY.search(short))


@functools.lru_cache(maxsize=8)
def _folded_long_forms(lang) -> dict[str, tuple[str, ...]]:
    return {fold(short): tuple(RE_WORDS.findall(fold(long))) for short, long in lang.long_forms.items()}


def _short_form_holders(want: tuple[str, ...], pos: int, roled: list[tuple[int, str, str]], acronyms: Acronyms,
                        ctx: Context) -> list[tuple[int, str]]:
    """"Menurut jaksa" after "JPU Cut Rahmawati", where the article defines JPU as "jaksa penuntut
    umum": those before `pos` whose role is a short form whose long one opens with the role noun."""
    longs = ctx.lang.long_forms  # (or one the lexicon knows: "JPU" is "jaksa penuntut umum" wherever it stands)
    return [(start, name) for start, name, role in roled if start < pos and (
        role in acronyms and _role_words(acronyms[role], ctx)[:len(want)] == want
        or role in longs and _role_words(longs[role], ctx)[:len(want)] == want)]


def _resolve_role(role_text: str, pos: int, layout: Layout, roled: list[tuple[int, str, str]],
                  speakers: list[tuple[int, str, str]], ctx: Context, nearby: bool = True) -> str | None:
    """A role alone ("Presiden Azerbaijan", "Kapolres itu", "Kepala BPBD") → the person the article
    gives it to: the one with that very role, else the latest before it whose role holds all its
    words ("Kepala Pelaksana (Kalak) BPBD Kuningan" for "Kepala BPBD", "Kalak BPBD")."""
    # ("Kepala Negara mengatakan": the title news calls by an epithet, "Presiden")
    role_text = ctx.lang.epithets.get(" ".join(_role_words(role_text, ctx)), role_text)
    want = _role_words(role_text, ctx)
    for _start, name, role in roled:
        if _role_words(role, ctx) == want:
            return name
    earlier = [(start, name, _role_words(role, ctx)) for start, name, role in roled if start < pos]
    holders = ([(start, name) for start, name, words in earlier if set(want) <= set(words)]
               or [(start, name) for start, name, words in earlier if _written_short(want, words, ctx)])
    grammar = ctx.lang.grammar
    if not holders and len(want) == 1 and grammar.pattern("title_acronym").match(want[0]):
        # "Kajari" for "Kepala Kejari Sikka", "Kadis" for "Kepala Dinas Pendidikan": a title's syllable acronym
        holders = [(start, name) for start, name, role in roled if start < pos
                   and _role_words(role, ctx)[:1] and _role_words(role, ctx)[0] in grammar.words("title_acronym_heads")
                   and _long_form(RE_WORDS_ONLY.sub(" ", role).strip(), role_text.strip()) is not None]
    commander = grammar.pattern("commander_title").match(want[0]) if not holders and len(want) == 1 else None
    if commander is not None:
        # "Dandim", "Danrem", "Danyon": the commander of the unit whose short form ends so ("Komandan Kodim
        # 1624/Flores Timur", "Komandan Korem 031/Wirabima", "Komandan Batalyon …")
        head = grammar.words("commander_heads")
        holders = [(start, name) for start, name, role in roled if start < pos
                   and any(w in head and u.endswith(commander.group("unit"))
                           for w, u in itertools.pairwise(_role_words(role, ctx)))]
    if holders:
        return max(holders)[1]
    if not nearby:
        return None
    para = layout.paragraph_at(pos)
    near = [s for s in speakers if layout.paragraph_at(s[0]) == para and s[2] == "person"]
    if near:
        return min(near, key=lambda s: abs(s[0] - pos))[1]
    return None


def resolve(text: str, quotes: list[Quote], layout: Layout, ctx: Context, marks=()) -> list[Entity]:
    """Give every quote's speaker its canonical name, kind and entity; return the entities."""
    # (the words of a speaker's name: not of a description, "Perwira menengah lulusan Akpol 2006 itu")
    wanted = {w for q in quotes if q.mention is not None and q.mention.kind != "anaphor"
              for w in q.mention.name.split()} | ctx.short_names
    names = _inventory(text, layout, ctx, marks, wanted)
    # only organisations need the acronyms (in a third of the articles)
    acronyms = functools.cache(lambda: _acronyms(text, ctx))
    ranked = _ranked(names)
    introduced = frozenset(n.name for n in names if n.aged or n.role)
    ranked_words = _WordIndex(n for _s, _i, n in ranked)
    firsts = functools.cache(lambda: _first_names(names))
    # ("Boni" of "Bonifasius Tarigan": a first name written short is the person's too)
    fullest = functools.lru_cache(maxsize=None)(lambda name: _fullest(
        _short_first_name(name, firsts()) or name, ranked, introduced, ranked_words))
    # ("Vokalis Ogi, yang bernama asli Yoga Pratama Siregar," ... "kata Ogi": the stage name is the
    # person's alias, read only where a real name is given)
    real_names = functools.cache(lambda: _real_names(text, names, ctx) if any(
        w in text for w in ctx.lang.grammar.words("real_name_words")) else {})
    aliases = functools.cache(lambda: _aliases(text, ctx) | real_names())
    surnamed = functools.cache(lambda: _by_surname(names))
    parenthesised = functools.cache(lambda: frozenset(RE_PARENTHESISED_WORD.findall(text)))
    # (read only where a nickname is given: "yang akrab disapa …")
    described_nicknames = functools.cache(lambda: _described_nicknames(text, names, ctx, fullest)
                                          if "disapa" in text or "dipanggil" in text else {})
    # the named speakers first, so that roles and pronouns can refer to them
    direct_names: list[tuple[int, str, str]] = []
    role_texts: dict[int, str] = {}  # the role a mention stands for, by the quote's place in the list
    generic: dict[int, str] = {}  # ... of which a role noun alone ("jaksa"): its name if no one holds it
    for i, q in enumerate(quotes):
        m = q.mention
        if m is None or m.kind in PRONOUN_KINDS:
            continue
        if m.kind != "role" and m.text in described_nicknames():
            # ("Coach JP berharap" after "Pria kelahiran Lyon … yang akrab disapa Coach JP itu"): the person
            # the description meant, whom the pronouns after may mean too
            q.name, q.kind, q.role = described_nicknames()[m.text], "person", None
            direct_names.append((m.start, q.name, q.kind))
            continue
        if m.kind == "role" or (m.kind == "person" and m.role and mentions._in(ctx.lang, "title", m.text.split()[0])
                                and f"({m.text})" in text):
            # ("ucap Dirjen Otda" where the article wrote "Direktur Jenderal Otonomi Daerah (Dirjen Otda)":
            # the role's short form, not a title and a name)
            role_texts[i] = m.text
            continue
        if m.kind == "person" and " " not in m.name and (m.name in parenthesised() or f" atau {m.name}" in text) \
                and m.name in acronyms():
            # "Perkumpulan untuk Pemilu dan Demokrasi (Perludem)" ... "Perludem menyebut": a short form
            # the article defines for an organisation, not a person's name
            q.name, q.kind = _organisation(m.name, acronyms(), ctx), "organization"
            if m.role and mentions.is_title_word(m.role.split()[-1].casefold(), ctx.lang) and m.text.endswith(m.name):
                # ("ujar Kepala Disperdagin" where the article wrote "Kepala Dinas Perdagangan dan
                # Perindustrian (Disperdagin) Kota Banjarmasin, Rahmadi Noor,": the head of the body,
                # whoever holds that role; the body, as before, where no one does)
                role_texts[i], q.role = m.text, m.role
                continue
            if not m.role and _title_short_form(q.name, ctx):
                # ("ujar Wamendagri" where the article wrote "Wakil Menteri Dalam Negeri (Wamendagri) Bima
                # Prakoso": a title's short form, whoever holds it)
                role_texts[i] = q.name
                continue
        elif (m.kind == "person" and not m.role and m.text == m.name
              and (holder := _syllable_title_holder(m.name, m.start, names, ctx)) is not None):
            # "kata Kadisdag" after "Kepala Dinas Perdagangan Kabupaten Kudus, Sri Wahyuningsih,": a
            # title written short by a syllable of each word, whoever holds it (no one's name)
            q.name, q.kind, q.role = fullest(holder.name), "person", holder.role
            direct_names.append((m.start, q.name, q.kind))
            continue
        elif m.kind == "person":
            q.name, q.kind = _owner_before(aliases().get(m.name, m.name), m.start, surnamed(), fullest, m.role), "person"
        elif m.kind == "organization":
            name = _body_named_in_full(_organisation(m.name, acronyms(), ctx), m, text, ctx, direct_names)
            q.name, q.kind = name, "organization"
            if name != m.name and _title_short_form(name, ctx) and _long_form(name, m.name, spelt=True) is not None:
                # "Kalak BPBD": a title's acronym ("Kepala Pelaksana"), a role (but "MRP" is the council,
                # "Majelis Rakyat Papua", whoever's role it is part of; and "MSF", whose letters "Dokter
                # Lintas Batas" does not spell, is the body named in another language)
                role_texts[i] = name
                continue
        elif m.kind == "pair":
            # "Sutrisno dan Wahyuningsih menyebut": both, each by the fullest name the article gives
            q.name, q.kind = " dan ".join(fullest(aliases().get(n, n)) for n in m.name.split(" dan ")), "group"
            direct_names.append((m.start, q.name, q.kind))
            continue
        elif m.kind == "unnamed":
            if (" " not in m.text and m.text.islower() and m.text in ctx.lang.role_bodies
                    and not ((where := mentions.RE_WORD_BEFORE_CAPITAL.match(text, m.end)) is not None
                             and where.group(1) in ctx.lang.grammar.words("place_prepositions"))):
                # ("kata dokter di Puskesmas X": another one)
                # "Menurut jaksa, …": the prosecutor the article named before, if it did ("polisi
                # menyatakan" with no officer named before is the police)
                role_texts[i], generic[i] = m.text, m.name
                continue
            q.name, q.kind = m.name, "person"
        else:
            q.name, q.kind = m.name, "group"
        q.role = m.role
        direct_names.append((m.start, q.name, q.kind))
    # "Para orang tua itu": the group quoted before that shares a word with it
    anaphoric = ctx.lang.grammar.words("anaphoric")
    for q in quotes:
        m = q.mention
        if m is None or m.kind != "group" or m.text.split()[-1] not in anaphoric:
            continue
        words = set(_tokens(m.text)) - anaphoric - {w.casefold() for w in ctx.lang.words.get("group_head", ())}
        earlier = [(pos, name) for pos, name, kind in direct_names + _groups(text, layout, ctx)
                   if kind == "group" and pos < m.start and name != m.name and words & set(_tokens(name))]
        if earlier:
            q.name = max(earlier)[1]
    # "manajemen CTPS menyatakan", "Menurut manajemen CTPS": the company whose short form the article
    # defined ("PT Cahaya Tirta Persada Tbk (CTPS)") speaking through its management (as written where
    # the article names the company in full after the noun: "Manajemen PT Sawit Hijau Lestari")
    managing = ctx.lang.grammar.words("management_nouns")
    for q in quotes:
        m = q.mention
        words = m.text.split() if m is not None else ()
        if (len(words) == 2 and words[0].casefold() in managing and words[1] in parenthesised()
                and words[1] in acronyms()):
            company = _organisation(words[1], acronyms(), ctx)
            if company.split(" ", 1)[0] in ctx.lang.grammar.words("company_heads"):
                q.name, q.kind, q.role = company, "organization", None
                direct_names.append((m.start, q.name, q.kind))
    # "majelis hakim menyatakan", "Majelis menilai": the panel the article named in full before
    # ("Majelis hakim Pengadilan Negeri (PN) Bandung menjatuhkan vonis")
    collective = ctx.lang.grammar.words("collective_nouns")
    for i, q in enumerate(quotes):
        m = q.mention
        # (and the noun alone, "tulis manajemen dalam unggahan itu": "manajemen Persipura", named before)
        if (m is not None and (m.kind in ("group", "organization") or m.kind in ("unnamed", "role") and " " not in m.text)
                and m.text.split()[0].casefold() in collective
                and (full := _named_in_full(text, m, ctx)) is not None):
            q.name, q.kind = full, "group"
            role_texts.pop(i, None)
            generic.pop(i, None)
            direct_names.append((m.start, q.name, q.kind))
    # who holds which role: the names of the text, and the speakers their mention gives one to
    # (not a role read on through a clause: "Kapolsek Terara Iptu Zulkarnaen Hadi mengatakan ketiga
    # tersangka berinisial MS (34), HR (29)" gives HR none)
    roled = [(n.start, n.name, n.role) for n in names if n.role and _plausible_role(n.role, ctx.lang)] + [
        (q.mention.start, q.name, q.role) for q in quotes if q.mention is not None and q.kind == "person" and q.role
        and q.mention.kind == "person"]
    for q in quotes:
        m = q.mention
        if m is not None and m.kind == "unnamed" and (" " not in m.text.strip() or all(
                mentions.is_title_word(w.casefold(), ctx.lang) for w in m.text.split())
                or m.text.casefold() in _long_titles(ctx.lang)):  # ("jaksa penuntut umum membeberkan")
            # "Menurut jaksa": the one the article introduced as "jaksa Yohanes de Rozari" (and "tanya
            # hakim ketua": "hakim ketua Dwi Hartanto")
            want = _role_words(m.text, ctx)
            holders = [(start, name) for start, name, role in roled if start < m.start and _role_words(role, ctx) == want]
            holders = holders or _short_form_holders(want, m.start, roled, acronyms(), ctx)
            if holders:
                q.name, q.role = fullest(max(holders)[1]), m.text
            elif (party := _party_named(m.text, text, ctx, fullest)) is not None:
                # "ucap terdakwa": the one the article calls "terdakwa Sutrisno Adi Wibowo", wherever it does
                q.name, q.kind = party, "person"
            else:
                continue
            # (whom a pronoun after it may mean is that person, not the words "hakim ketua")
            direct_names = [(a[0], q.name, "person") if a[0] == m.start else a for a in direct_names]
    for i, role in role_texts.items():
        q, m = quotes[i], quotes[i].mention
        # a title's acronym names a person only when the article gives someone that role
        who = _resolve_role(role, m.start, layout, roled, direct_names, ctx,
                            nearby=q.kind != "organization" and i not in generic)
        if who is None and q.kind == "organization":  # "Kepala Staf Gabungan (JCS)" is a body
            direct_names.append((m.start, q.name, q.kind))
            continue
        if who is None and i in generic:
            holders = _short_form_holders(_role_words(role, ctx), m.start, roled, acronyms(), ctx)
            who = fullest(max(holders)[1]) if holders else None
        if who is None and q.kind != "organization":
            who = _holder_by_nickname(text, m, names, ctx)
        if who is None and i in generic:
            q.name, q.kind = generic[i], "person"
            direct_names.append((m.start, q.name, q.kind))
            continue
        q.name, q.kind, q.role = (fullest(who) if who else _short_forms_out(m.name)), "person", m.text
        if who is not None and mentions._in(ctx.lang, "title", m.text.split(" ", 1)[0]) and " " not in m.text:
            # ("kata Dandim" after "Komandan Kodim 0624/Kabupaten Bandung, Letkol Inf Rizal Fahmi,": the
            # role the article gave the holder, not the title written short alone)
            given = [(start, role) for start, name, role in roled if name == who and start < m.start]
            if given:
                q.role = max(given)[1]
        direct_names.append((m.start, q.name, q.kind))
    # clitics, pronouns and "pelatih asal Skotlandia itu": the most recent person before them
    speakers = {fold(q.name) for q in quotes if q.name}
    # a name inside reported content is what someone spoke of, not who is speaking next (but an
    # outlet's report is the article's own narrative: "Dilansir AFP, Presiden X tiba di Paris. Ia ...")
    content = Spans(_merged([(q.start, q.end) for q in quotes if q.rule != "indirect.report"]
                            + _subjects_set_off(text, quotes, layout)))
    ages = {fold(fullest(n.name)): n.age for n in names if n.age}
    initials_given = functools.cache(lambda: mentions.introduced_initials(text, ctx.lang))
    # (a one-word name counts where the article gave the person an age: "Suwarni (52)" ... "Suwarni")
    honoured = {fold(fullest(n.name)) for n in names if _honoured(text, n.start, ctx)}  # "Hj. Sutarmi" ... "Sutarmi"
    people = [n for n in names if (n.role or n.aged or fold(fullest(n.name)) in speakers or fold(fullest(n.name)) in ages
                                   or any(w in ctx.short_names for w in n.name.split())
                                   or _looks_like_a_name(n.name, ctx) or _known_name(fullest(n.name), ctx)
                                   or fold(fullest(n.name)) in honoured
                                   # ("FA tidak hadir" after "berinisial FA": initials given someone)
                                   or n.name in initials_given()
                                   # ("Bagyo" of "Jerwin “Bagyo” Dela Cruz", "Ucil" of "Ucil, sapaan Sanusi")
                                   or " " not in n.name and n.name in aliases())
              and not content.holds(n.start) and not n.related  # (Darto is whose neighbour Sumarni is)
              # ("Wahana Lingkungan Hidup Indonesia (Walhi)" ... "Walhi mencatat": the body, not a person
              # whom a later "perempuan itu" may mean, as a speaker so named is the body)
              and not (" " not in n.name and n.name in parenthesised() and n.name in acronyms())]
    # "Salah satu pasien yang meninggal adalah Rizky Maulana": the dead say nothing after (unless quoted)
    spoken_of_with_age = sorted((n.start, fullest(n.name), "person") for n in names if n.age and content.holds(n.start))
    dead = {fold(fullest(name)) for name in _deceased(text, ctx)} - speakers
    if dead:
        people = [n for n in people if fold(fullest(n.name)) not in dead]
    # ("Juru bicara kementerian itu, Nur Aisyah Kamaruddin,": the ministry named before, so that "juru
    # bicara Wisma Putra itu" finds her)
    # (not a clause read as one: "Jaksa penuntut umum menuntut mantan Kepala … Kompol Rahmat Sudrajat")
    roles = {fold(fullest(n.name)): _body_named_in_role(n.role, n.start, text, ctx, acronyms) for n in people
             if n.role and _plausible_role(n.role, ctx.lang)}
    # ... and with the roles the speakers' own mentions give them too
    all_roles = {fold(q.name): _body_named_in_role(q.role, q.mention.start, text, ctx, acronyms) for q in quotes if q.kind == "person" and q.name and q.role
                 and q.mention is not None and q.mention.kind == "person"} | roles
    # ... and everything the text says each person is, for the descriptions that say it again
    # ("advokat asal Flores Timur itu" for "Kuasa hukum penggugat, Hendrikus Ola Masan, advokat asal
    # Flores Timur yang berkantor di Surabaya,")
    described_as_all = functools.cache(lambda: all_roles | {
        key: " ".join(filter(None, (all_roles.get(key), *(n.also for n in people if fold(fullest(n.name)) == key))))
        for key in {fold(fullest(n.name)) for n in people if n.also}})
    antecedents = sorted(direct_names + [(n.start, _owner_before(aliases().get(n.name, n.name), n.start, surnamed(), fullest), "person")
                                         for n in people]
                         + _unnamed_subjects(text, layout, ctx))
    with_organisations = with_groups = False
    sexes: dict[str, str] | None = None  # read when a description first names a sex
    described_as: dict[tuple[str, ...], str] = {}  # whom each description meant where first resolved
    told: dict[str, str] = {}  # what the descriptions resolved so far said each person is
    # ... and the role a description in the narrative gives someone the article gave none
    # ("Nelayan pancing tuna itu kembali melaut" of "Yakub (50)")
    narrated_roles: dict[str, str] = {}
    from_lands: dict[str, frozenset[str]] = {}  # the countries descriptions resolved so far gave a person
    named_with = functools.cache(lambda head: _named(text, head, ctx, acronyms()))  # (the bodies a head word names)
    said = {pos for pos, _n, _k in direct_names}  # where a speaker is named: a subject by its cue
    # ... and the descriptions that are a sentence's subject ("Juru taktik berusia 47 tahun itu tidak
    # menutup pintu ..."): each refers to someone, and is whom the next "ia" may mean
    taken = {q.mention.start for q in quotes if q.mention is not None}
    asking = ctx.lang.grammar.words("asking_lemmas")
    askers = {q.mention.start for q in quotes if q.mention is not None and q.cue is not None and q.cue.lemma in asking
              and q.type == "direct" and text[q.start:q.end].rstrip().endswith("?")}
    # (not in what someone is reported to have said: "Yakobus menjelaskan, kandidat tersebut dinilai ...")
    narrated = [_Narrated(m) for m in _described_subjects(text, layout, ctx)
                if m.start not in taken and not content.holds(m.start)]
    for q in sorted([*quotes, *narrated], key=lambda q: q.mention.start if q.mention else q.start):
        m = q.mention
        if m is None or m.kind not in PRONOUN_KINDS:
            continue
        if (m.kind == "anaphor" and _tokens(m.text)[:1] and _tokens(m.text)[0] in ctx.lang.grammar.words("report_nouns")
                and m.role not in ctx.lang.grammar.words("organisation_anaphors")):  # ("laporan keuangan perseroan")
            # "Laporan itu menyebutkan", "Menurut kajian tersebut": who made the report named last
            # before it, else the body or outlet spoken of last (a report is never a person's word)
            if not with_organisations:
                antecedents = sorted(antecedents + _organisations(text, layout, ctx, acronyms(), marks))
                with_organisations = True
            maker = _report_maker_before(text, m.start, layout, ctx) or next(
                (a[1] for a in reversed(_prior(antecedents, m.start, layout)) if a[2] == "organization"), None)
            if maker is not None:
                q.name, q.kind, q.role = _organisation(maker, acronyms(), ctx), "organization", None
                bisect.insort(antecedents, (m.start, q.name, q.kind))
                continue
        party = any(m.text.casefold().startswith(w) for w in ctx.lang.grammar.words("party_words"))
        body = _body_word(m, ctx)  # "kementerian itu", "lembaga tersebut": an organisation
        prior = _prior(antecedents, m.start, layout)
        if (party or body or not any(a[2] == "person" for a in prior)) and not with_organisations:
            # organisations opening a sentence are looked for only when a mention may need one
            antecedents = sorted(antecedents + _organisations(text, layout, ctx, acronyms(), marks))
            with_organisations = True
            prior = _prior(antecedents, m.start, layout)
        opening = _opening_clause(text, layout, m.start, ctx)
        if opening is not None:
            # "Saat dikonfirmasi soal kritik Nurhayati, ia menyatakan …", "Meski ratusan pengungsi,
            # termasuk Ayşe, ingin pulang, dia menegaskan …": who the opening clause speaks of is not "ia"
            prior = [a for a in prior if not opening[0] <= a[0] < opening[1]] or prior
        if m.text.casefold() in ctx.lang.grammar.words("plural_pronouns"):
            # "mereka": a group the article names ("Sejumlah orang tua murid mendatangi ..."), never one person
            if not with_groups:
                antecedents = sorted(antecedents + _groups(text, layout, ctx))
                with_groups = True
                prior = _prior(antecedents, m.start, layout)
            prior = [a for a in prior if a[2] == "group"] or _people_before(text, layout, m.start, ctx)
            if not prior and (pair := _pair_before(text, names, m.start, layout)) is not None:
                # ("Asep (34) dan Dede (29) ... ," kata keduanya. Mereka menambahkan …": the pair)
                prior = [(m.start, f"{fullest(pair[0])} dan {fullest(pair[1])}", "group")]
            if not prior:
                continue
        elif body:
            # (an outlet reporting is no "perusahaan itu" nor "kementerian itu")
            organisations = [a for a in prior if a[2] == "organization" and not _outlet(a, ctx)]
            # "perseroan", "emiten": the company, named by its legal form ("PT Nusantara Agro Lestari Tbk")
            # (the article's company is named once, often far above: no window for it)
            company = body in ctx.lang.grammar.words("organisation_anaphors")
            named = sorted(n for h in (ctx.lang.grammar.ordered("company_heads") if company else (body.capitalize(),))
                           for n in named_with(h))
            # (nor is a body whose name says it is of another kind: "perusahaan itu" is no "Badan ...")
            of_kind = [a for a in organisations if not _other_body(a[1], body, ctx)]
            # ("Dalam pernyataan resminya, Hoshiro Electric menyebut …. Perusahaan itu menyatakan …": the
            # body quoted last, in this paragraph or the one before, no other body named since)
            spoke = organisations[-1:] if organisations and organisations[-1][0] in said else []
            prior = ([a for a in spoke if a in of_kind and _next_paragraph(layout, a[0], m.start)]
                     or [a for a in organisations if _tokens(a[1])[:1] == (body,)]
                     or (_own_company([n for n in named if n[0] < m.start], all_roles) if company
                         # (a body of the kind, named once far above: "organisasi itu" many paragraphs after
                         # "Organisasi Kesehatan Dunia (WHO)" opened the story, the latest named before)
                         else _prior(named, m.start, layout) or [n for n in named if n[0] < m.start][-1:])
                     # (a body noun alone, "menurut kejaksaan", is one of its kind or none)
                     or ([] if m.text in ctx.lang.grammar.words("speaking_bodies") else of_kind or organisations)
                     # ("… tergabung dalam Asosiasi Nelayan Benih Lobster NTB (ANBL) menggelar aksi. Organisasi
                     # tersebut menuntut …": a body the article defined a short form for nearby before, where
                     # none opened a sentence)
                     or ([] if company or m.text in ctx.lang.grammar.words("speaking_bodies")
                         else _defined_bodies_before(text, acronyms(), m.start, layout, body, ctx)))
            if not prior:
                continue
        elif not party:
            prior = [a for a in prior if a[2] == "person"] or prior
        sex = None
        if m.kind == "anaphor" and m.role and not body:
            # ("mantan pelatih timnas itu", "bekas buruh sawit itu": whoever is or was what the title says)
            d = _unmodified(m, ctx)
            if any(w.isupper() and len(w) > 1 for w in d.role.split()):
                # ("Kepala Balai TNK itu" where the article wrote "Taman Nasional Komodo (TNK)": the role in
                # the words it was given in)
                written = " ".join(acronyms().base.get(w, acronyms().get(w, w)) for w in d.role.split())
                d = dataclasses.replace(d, role=written)
            # (whom a description may mean: those named before it in the article)
            reach = _within_reach(antecedents, m.start)
            head = _head(d.role, ctx)
            # ("ayah empat anak itu", "perempuan berkacamata itu": no one the article shows to be of the other sex)
            sex = _sex_of(head[0], ctx) if head else None
            if sex is not None:
                sexes = sexes if sexes is not None else _sexes(text, names, all_roles, ctx, lambda n: fold(fullest(n)))
                candidates = [a for a in reach if sexes.get(fold(a[1]), sex) == sex]
                prior = [a for a in prior if sexes.get(fold(a[1]), sex) == sex] or prior
            else:
                candidates = reach
            # ("petenis asal Spanyol itu": no one the article gave another country, "petenis Rusia")
            # (and is the one an earlier description gave that country: "pelatih berkebangsaan Italia
            # tersebut" ... "juru taktik asal Italia itu")
            # (unless another is what its head says: "pelatih berkebangsaan Spanyol itu" is the coach,
            # not the Spanish player)
            lands = _countries(d.role, ctx.lang)
            if lands:
                def theirs(name: str) -> frozenset[str]:
                    return _countries(all_roles.get(fold(name)) or "", ctx.lang) | from_lands.get(fold(name), frozenset())
                fitting = [a for a in candidates if not theirs(a[1]) or theirs(a[1]) & lands] or candidates
                same = [a for a in fitting if theirs(a[1]) & lands]
                if same and not any(_head(all_roles.get(fold(a[1])), ctx) == head for a in fitting
                                    if a not in same):
                    fitting = same
                candidates = fitting
                prior = [a for a in prior if a in fitting] or (
                    [a for a in fitting if a[0] < m.start][-1:] if fitting is same else prior)
            # (a description of several words, "sang pelatih kepala pelatnas", is whoever's role holds
            # them all, however far back; one of a word, the latest nearby with that head)
            several = len(_role_words(d.role, ctx)) > 1
            again = described_as.get(_role_words(d.role, ctx)) if several else None
            prior = ((again and _latest(candidates, m.start, lambda name, meant=again: name == meant))
                     # ("pebalap asal Spanyol itu" said again: whom it meant the first time)
                     or _called(d, candidates, ctx)
                     # ("Wahyuni sendiri memilih bersikap tenang. … perempuan yang … itu berterima kasih": the
                     # person the sentence before turned the story to)
                     or _turned_to(text, m.start, layout, candidates, ctx, sex, sexes, head, all_roles, names, fullest) or _number_one(d, candidates, all_roles, ctx)
                     or _described(d, candidates, described_as_all(), ctx, parenthesised())
                     # ("Nisa ditangani pelatih kepala pelatnas, Wang Jianhua. Pelatih asal China itu …": the
                     # one the sentence before named with the title, not its subject)
                     or _holder_just_named(m.start, layout, candidates, head, all_roles, ctx)
                     or _of_age(d, candidates, ages, ctx)
                     or _of_rank(d, candidates, text, ctx)
                     # ("nakhoda berusia 45 tahun itu" after "… menyebutkan, nakhoda kapal berinisial LOR (45)
                     # selamat": someone spoken of, with that age, speaks next)
                     or _of_age(d, sorted(candidates + _within_reach(spoken_of_with_age, m.start)), ages, ctx)
                     or (several and _role_holders(d, candidates, all_roles, ctx))
                     # ("sang pelatih" after two coaches: the one the story is about, the first it named)
                     or (not several and _determined(d, ctx) and _first_holder(head, candidates, m.start, all_roles, ctx))
                     or _same_head(d.role, [a for a in prior if _head(all_roles.get(fold(a[1])), ctx) == head], all_roles, ctx)
                     or _role_holders(d, candidates, all_roles, ctx)
                     # ("bekas buruh sawit itu" after "Bekas buruh panen sawit di Lahad Datu, …, itu dideportasi")
                     or _role_holders(d, candidates, told, ctx) or _working_for(d, candidates, all_roles, ctx)
                     # (by sex alone, someone further back only where no one nearby is shown to be of it)
                     or _ordinary(d, candidates, all_roles, ages, ctx, sexes if sex is not None and not any(
                         sexes.get(fold(a[1])) == sex for a in prior) else None)
                     # ("terdakwa yang mengenakan kemeja batik itu": the one the article calls "terdakwa X")
                     or ((party := _party_named(head[0] if head else "", text, ctx, fullest)) is not None
                         and _latest(candidates, m.start, lambda name, party=party: name == party))
                     # ("pengacara kondang itu" for "Kuasa hukum terdakwa, Hotman Paris,": another word for it)
                     or _synonym_holders(d, candidates, all_roles, ctx)
                     # ("lanjut pelatih berusia 47 tahun itu" where the latest named is "Wasit Clément
                     # Arnaud": no one given the age, the one quoted last if the title is theirs)
                     or (prior and _head(all_roles.get(fold(prior[-1][1])), ctx) not in ((), head)
                         and _role_holders(_ageless(d, ctx), [a for a in candidates if a[0] in said][-1:], all_roles, ctx))
                     or prior)
            if head and mentions.is_title_word(head[0].casefold(), ctx.lang):
                # "Petinju berusia 29 tahun itu" is a person: never the outlet that reported on him
                prior = [a for a in prior if not _outlet(a, ctx)]
                # (and someone: with no one nearby, the latest person however far back, "politikus yang
                # baru dua tahun menjabat itu" many short paragraphs after its politician)
                prior = prior or _latest(candidates, m.start, lambda name: True)
        # "Kuasa hukumnya belum bisa dimintai tanggapan": whoever gave no comment is not who goes on
        # (read from the latest back: the one chosen stands at the end, or in the end's sentence)
        if prior and prior[-1][0] in askers and len(prior) > 1:
            # "Siapa lagi yang menerima?" tanya hakim ketua. Pria 45 tahun tersebut sempat terdiam … Ia
            # menyebut …": after a question, whoever comes next answers it; the one who asked does not
            asker = prior[-1][1]
            prior = [a for a in prior if a[1] != asker] or prior
        unsaid = len(prior)
        # ("Hendrawan enggan berkomentar. Ia hanya mengatakan …": the little someone said who would not
        # comment is theirs)
        while unsaid and not _only_said(text, m.end, ctx) and _silent(prior[unsaid - 1][0], text, layout, ctx, content):
            unsaid -= 1
        prior = prior[:unsaid] or prior
        if prior:
            chosen = _subject_over_object(prior, text, layout, ctx, said)
            q.name, q.kind = chosen[1], chosen[2]
            if m.kind == "anaphor" and sex is not None and q.kind == "person":
                sexes.setdefault(fold(q.name), sex)  # "Perempuan asal Wonosobo itu": she, from now on
            if m.kind == "anaphor" and m.role and q.kind == "person":
                described_as.setdefault(_role_words(_unmodified(m, ctx).role, ctx), q.name)
                told[fold(q.name)] = " ".join(filter(None, (told.get(fold(q.name)), m.role)))
                said_of = _countries(m.role, ctx.lang)
                if said_of:
                    from_lands[fold(q.name)] = from_lands.get(fold(q.name), frozenset()) | said_of
            if m.kind == "anaphor" and not q.role and not body and _tokens(m.role)[:1] and (
                    _tokens(m.role)[0] not in ctx.lang.grammar.words("person_nouns")):
                # "pelatih asal Skotlandia itu", but "pria yang ... itu" gives none; and the role the
                # article gave the person comes first ("ibu tiga anak itu" is "bendahara pengeluaran")
                q.role = (all_roles.get(fold(q.name)) if q.kind == "person" else None) or m.role
                # (of someone introduced with an age, as features introduce the people they follow)
                if (isinstance(q, _Narrated) and q.kind == "person" and q.role == m.role and fold(q.name) in ages
                        and _tokens(m.role)[0] not in ctx.lang.grammar.words("kin_nouns")
                        and m.role.casefold() not in ctx.lang.grammar.words("speaking_bodies")):
                    # (without the age it says: "Penyerang berusia 21 tahun itu" is a striker's)
                    narrated_roles.setdefault(fold(q.name), ctx.lang.grammar.pattern("age_in_role").sub("", m.role).strip() or m.role)
            bisect.insort(antecedents, (m.start, q.name, q.kind))
            said.add(m.start)
    managers, parties = ctx.lang.grammar.words("management_nouns"), ctx.lang.grammar.words("party_words")
    body_nouns = ctx.lang.grammar.words("organisation_nouns") | ctx.lang.grammar.words("organisation_anaphors")
    for q in quotes:
        m = q.mention
        words = m.text.casefold().split() if m is not None else []
        if len(words) == 2 and words[0] in parties:
            words = words[1:]
        if len(words) == 2 and words[0] in managers and words[1] in body_nouns:
            words = words[:1]  # ("tulis manajemen klub", "manajemen perusahaan menulis": the body's own)
        if len(words) == 1 and words[0] in managers and (q.name is None or fold(q.name) == fold(m.text)):
            # "tulis manajemen", "Pihak manajemen juga memastikan" after "Manajemen Aldo, Bintang Timur
            # Management, menyampaikan …": the body the article named last nearby, speaking for its own
            if not with_organisations:
                antecedents = sorted(antecedents + _organisations(text, layout, ctx, acronyms(), marks))
                with_organisations = True
            body = next((a for a in reversed(_prior(antecedents, m.start, layout))
                         if a[2] == "organization" and not _outlet(a, ctx)), None)
            if body is not None:
                q.name, q.kind, q.role = body[1], "organization", None
    for q in quotes:
        m = q.mention
        if m is not None and q.name is None and m.kind == "anaphor" and (
                m.text.split()[0].casefold() in ctx.lang.grammar.words("party_words")
                or m.text in ctx.lang.grammar.words("speaking_bodies")):
            q.name, q.kind = m.text, "organization"  # "Pihak kepolisian", "kejaksaan" with no such body named: itself
    for q in quotes:
        if q.kind == "person" and not q.role and q.name and (role := narrated_roles.get(fold(q.name))):
            q.role = role
    nicknamed = _nicknamed(quotes, ctx, text, fullest, narrated, antecedents)
    _named_later(quotes, text, ctx)
    duals = ctx.lang.grammar.words("dual_pronouns")
    for q in quotes:
        m = q.mention
        if m is not None and m.text.casefold() in duals:
            # "Ratna Sari Dewi dan Yusuf Pamungkas ... Keduanya menilai": the two named together before
            pair = ((_examined(text, m.start, layout, ctx) and _initials_pair_before(text, m.start, layout, ctx))
                    or _pair_before(text, names, m.start, layout) or _pair_quoted_before(text, quotes, m.start, layout)
                    or _initials_pair_before(text, m.start, layout, ctx))
            if pair is not None:
                # (each by the name the article gives the nickname: "Cak Met" is Slamet Riyadi Hasibuan)
                # (and by the name a nickname is given: "Nana" is Nadia Kirana Putri)
                q.name, q.kind, q.role = " dan ".join(nicknamed.get(n) or fullest(aliases().get(n, n)) for n in pair), "group", None
            elif q.kind != "group":
                # no two people found: unresolved (never one person, whom a pronoun's reading gave; a
                # group it gave, "Sri Hartatik dan Bayu Setiawan" quoted together before, stays)
                q.name, q.kind, q.role = None, None, None
    for q in quotes:
        m = q.mention
        if (m is not None and m.kind == "person" and q.name == m.text and " " not in m.text
                and mentions._in(ctx.lang, "honorific", m.text)):
            # "kata Datuk" after "Pemangku adat kampung itu, Datuk Syahrial Lubis,": the one the article
            # named with that word of address, the latest before it
            addressed = [n for n in names if n.start < m.start and (
                before := RE_WORD_OF_ADDRESS_BEFORE.search(text, max(0, n.start - len(m.text) - 2), n.start)) is not None
                         and before.group(1) == m.text]
            if addressed:
                q.name, q.role = fullest(addressed[-1].name), addressed[-1].role or q.role
    name_words = _WordIndex(n.name for n in names)
    # (the role the person's own mention gives first: "Kepala Pelaksana BPBD Kabupaten Bandung Asep
    # Kurnia Ramdani", not the words the run of capitals kept after "(BPBD)")
    role_of: dict[str, str | None] = {}
    for q in quotes:
        if q.mention is not None and q.mention.kind == "person" and q.name and q.role and q.name not in role_of:
            role_of[q.name] = q.role
    for q in quotes:
        # (a description that refers back, "pelatih berusia 47 tahun itu", gives way to the role the
        # person was introduced with, "Pelatih Persib Bandung")
        if q.mention is not None and q.name and q.kind == "person" and (not q.role or q.mention.kind == "anaphor"):
            if q.name not in role_of:
                role_of[q.name] = next((names[k].role for k in name_words.holding_any(q.name)
                                        if names[k].role and contains(q.name, names[k].name)
                                        and contains(names[k].name, q.name)), None)
            q.role = role_of[q.name] or q.role
    # a role said short or in part ("Kajari", "Menhan Yasar Guler", "Kepala desa itu") gives way to
    # the fullest form the article gives the same person ("Kepala Kejari Sikka")
    given: dict[str, list[str]] = {}
    for q in quotes:
        if q.kind == "person" and q.name and q.role and q.role.isupper() and q.role in acronyms():
            # "kata JPU Fitri" after "Tuntutan dibacakan jaksa penuntut umum (JPU) Kejaksaan Negeri
            # Padang": the short form as the article defined it, with the body it named after it
            q.role = _defined_role(q.role, acronyms()[q.role], text) or q.role
        if q.kind == "person" and q.name and q.role:
            given.setdefault(q.name, []).append(q.role)
    for name, held in given.items():
        held += [names[k].role for k in name_words.holding_any(name)
                 if names[k].role and contains(name, names[k].name) and contains(names[k].name, name)]
        # (each role once: a name quoted a thousand times is given its few roles, not a thousand)
        held[:] = dict.fromkeys(held)
    kin, generic = ctx.lang.grammar.pattern("kin_description"), ctx.lang.grammar.words("generic_heads")
    person_nouns, origin = ctx.lang.grammar.words("person_nouns"), ctx.lang.grammar.words("origin_words")

    def describes(role: str) -> bool:
        words = role.casefold().split()
        return (kin.match(role) is not None or words[0] in generic or words[0] in person_nouns
                or len(words) > 2 and words[1] in origin)

    for q in quotes:
        if q.kind == "person" and q.role and q.name in given and describes(q.role):
            # "ibu tiga anak", "kakek sembilan cucu", "politikus PDI-P": what the person is to a family,
            # or what kind of person, gives way to the office or work the article gives them
            # ("bendahara pengeluaran", "Anggota Komisi II dari Fraksi PDI-P")
            q.role = next((r for r in given[q.name] if not describes(r)), q.role)
        if q.kind == "person" and q.role and q.name in given:
            q.role = _fullest_role(q.role, q.name, given[q.name], ctx)
        if q.kind == "person" and q.role and q.name:
            q.role = _role_without_name(q.role, q.name, ctx)
            if q.mention is not None:
                q.role = _body_named_in_role(q.role, q.mention.start, text, ctx, acronyms)
    if any(w in text for w in ctx.lang.grammar.words("real_name_words")):
        # ("kata Vinka" after "Vinka Lestari" ... "Pemilik nama asli Ravinka Ayu Lestari itu": the real
        # name of whom a stage name, or a word of it, was read as)
        real = real_names()
        for q in quotes:
            given = (ctx.lang.grammar.pattern("real_name").search(q.mention.text)
                     if q.mention is not None and q.mention.kind == "anaphor" else None)
            if given is not None:
                q.name, q.kind = given.group("real"), "person"  # ("Pemain bernama asli Ratih Purwaningsih itu")
            elif q.kind == "person" and q.name in real:
                q.name = real[q.name]
    return _entities(text, quotes, names, name_words, ctx.lang)


def _body_named_in_role(role: str, pos: int, text: str, ctx: Context, acronyms: Callable[[], Acronyms]) -> str:
    """A role that names its body by what it is ("Juru bicara kementerian itu", "Juru bicara lembaga
    antirasuah itu") names the body the article named last before as such ("Juru bicara Kementerian
    Perdagangan", "Juru bicara KPK")."""
    words = role.split()
    if len(words) < 3 or words[-1] not in ctx.lang.grammar.words("anaphoric") or not words[-2].islower():
        return role
    epithet = ctx.lang.epithets.get(" ".join(words[-3:-1]).casefold()) if len(words) > 3 else None
    if epithet is not None:
        return " ".join([*words[:-3], epithet])
    body = words[-2]
    if body not in ctx.lang.grammar.words("organisation_nouns"):
        return role
    # (before where the role is first written: the person's later quotes keep the body it meant there)
    written = text.find(role)
    pos = written if 0 <= written < pos else pos
    named = [n for n in _named(text, body.capitalize(), ctx, acronyms()) if n[0] < pos]
    return " ".join([*words[:-2], max(named)[1]]) if named else role


def _role_without_name(role: str, name: str, ctx: Context) -> str | None:
    """The role without the words of its holder's name it was read with ("Ketua Komisi A DPRD Kota
    Bandung Rizal Hakim" of Rizal Hakim Siregar) nor a verb it opens with ("diungkapkan Kepala Dinas
    Pendidikan Sulsel")."""
    words, names = role.split(), name.split()
    # (two words of the name at least, after no connector: "… Network for Democracy and Electoral
    # Integrity" is a body's name, whatever was read as the person's)
    connectors = ctx.lang.grammar.words("role_connectors")
    cut = next((k for k in range(1, len(words) - 1) if words[k:] == names[:len(words) - k]
                and words[k - 1].casefold() not in connectors), len(words))
    words = words[:cut]
    while len(words) > 1 and words[0].islower() and ctx.lang.grammar.is_verb(words[0]):
        words = words[1:]
    return " ".join(words) if words else None


@functools.lru_cache(maxsize=mentions.WORD_CACHE)
def _countries(role: str, lang) -> frozenset[str]:
    """The countries a role or description says a person is from or serves: after a word of origin
    ("pelatih asal Korea Selatan"), right after its head ("petenis Rusia") or a word of the state
    ("wakil juru bicara Kementerian Luar Negeri China"); not the country of a team ("pelatih Timnas
    Indonesia") nor of an association ("Pegiat di Ikatan Arsitek Indonesia")."""
    if not role:
        return frozenset()
    origin = lang.grammar.words("origin_words") | lang.grammar.words("state_words")
    # (nor the country whose team a coach leads: "pelatih Arab Saudi" may be from Italy)
    return frozenset(m.group(2) for m in _country_pattern(lang).finditer(role) if m.group("before") in origin
                     or m.start("before") == 0 and mentions.is_title_word(m.group("before").casefold(), lang)
                     and m.group("before").casefold() not in lang.grammar.words("team_titles"))


@functools.lru_cache(maxsize=8)
def _country_pattern(lang) -> regex.Pattern:
    return regex.compile(r"(?P<before>[\p{L}-]+) (" + alternation(sorted(lang.countries, key=len, reverse=True))
                         + r")(?![\p{L}\p{N}])")


def _defined_role(short: str, long: str, text: str) -> str | None:
    """Where the article defines the title `short` ("jaksa penuntut umum (JPU)"), the definition and
    the capitals that follow it ("Kejaksaan Negeri Padang"); None where it defines it otherwise."""
    found = regex.search(rf"(?<!\w)(?i:{regex.escape(long)}) \({regex.escape(short)}\)(?: \p{{Lu}}[\p{{L}}-]*)*", text)
    return found.group() if found is not None else None


def _fullest_role(role: str, name: str, given: list[str], ctx: Context) -> str:
    """The longest of the roles `given` to the person `name` that says `role` in full: holds all its
    words and more, or spells its first word out ("Kades Sidengok" → "Kepala Desa Sidengok"); none
    that holds a verb or the name itself, which a role read too far does."""
    want = _role_words(role, ctx)
    if not want:
        return role
    own = set(_role_words(name, ctx))
    # (a verb's shape in lower case only: "Kapolres Metro Jakarta Selatan" holds none)
    fuller = [r for r in given if len(r) > len(role) and (set(want) < set(words := _role_words(r, ctx))
                                                         or _written_short(want, words, ctx))
              and not own & set(words) and not any(w.islower() and ctx.lang.grammar.is_verb(w) for w in r.split())]
    return max(fuller, key=len) if fuller else role


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, those that overlap made one."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _sex_of(word: str, ctx: Context) -> str | None:
    """"m" or "f" for a word that says a person's sex ("ayah", "Pak", "perempuan", "Hj."), else None."""
    word = word.casefold().rstrip(".")
    grammar = ctx.lang.grammar
    return "m" if word in grammar.words("male_words") else "f" if word in grammar.words("female_words") else None


def _sexes(text: str, names: list[_Name], roles: dict[str, str | None], ctx: Context,
           key: Callable[[str], str]) -> dict[str, str]:
    """The sex the article shows of its people, by the word before a name ("Mama Ros", "Pak Karjo",
    "Hj. Sutarmi") or the first of the role it gave them ("Istri Tarsono, Casmini"); none where it
    shows both."""
    seen: dict[str, set[str]] = {}
    for n in names:
        before = RE_ANY_WORD_BEFORE.search(text, max(0, n.start - 12), n.start)
        for word in (before.group(1) if before else "", (n.role or "").split(" ", 1)[0]):
            sex = _sex_of(word, ctx) if word else None
            if sex is not None:
                seen.setdefault(key(n.name), set()).add(sex)
    for name, role in roles.items():
        sex = _sex_of(role.split(" ", 1)[0], ctx) if role else None
        if sex is not None:
            seen.setdefault(name, set()).add(sex)
    # ... and the nickname the article gives: "Rosalina (45), ... yang biasa disapa Mama Ros"
    for found in ctx.lang.grammar.pattern("nickname").finditer(text) if "disapa" in text or "dipanggil" in text else ():
        before = RE_NAME_DESCRIBED_BEFORE.search(text, max(0, found.start() - 120), found.start())
        sex = _sex_of(found.group("nickname").split(" ", 1)[0], ctx)
        if before is not None and sex is not None:
            seen.setdefault(key(before.group(1)), set()).add(sex)
    shown = {name: next(iter(s)) for name, s in seen.items() if len(s) == 1}
    # ... else by the given name, where one borne by one sex makes it ("Aloysius Bayu Prasetyo",
    # "Rahmawati"; "I Gusti Ayu Ratna" says both, so nothing)
    for name in {key(n.name) for n in names} | set(roles):
        if name not in seen and (sex := _sex_of_name(name, ctx)) is not None:
            shown[name] = sex
    return shown


def _sex_of_name(name: str, ctx: Context) -> str | None:
    """"m" or "f" for a name whose given names are borne by one sex only (the language's list, or
    an ending such as -wati, -ningsih, -wan), else None. The first word says it where it can: a
    woman's name may end with her father's ("Hadijah Mohamad", "Nurul Hasan"), so a man's given name
    after a first word that says nothing says nothing either."""
    particles = ctx.lang.grammar.words("name_particles")
    words = [word for word in _tokens(name) if word not in particles]
    sexes = [mentions.given_sex(word, ctx.lang) for word in words]
    if not sexes or sexes[0] is not None:
        return sexes[0] if sexes else None
    said = set(filter(None, sexes))
    return "f" if said == {"f"} else None


def _subjects_set_off(text: str, quotes: list[Quote], layout: Layout) -> list[tuple[int, int]]:
    """"Penyaluran beras Stabilisasi Pasokan dan Harga Pangan (SPHP), lanjutnya, akan ditingkatkan
    ...": the words before a cue set off inside its sentence, whose clause follows the cue, are what
    the speaker spoke of (the subject of the clause), not who speaks."""
    spans = []
    for q in quotes:
        if (q.cue is None or q.cue.kind not in ("short", "according") or q.start < q.cue.end
                or q.mention is not None and q.mention.start < q.cue.start):
            continue
        sent = layout.sentence_at(q.cue.start)
        if sent is not None and sent[0] < q.cue.start and text[sent[0]:q.cue.start].rstrip().endswith(","):
            spans.append((sent[0], q.cue.start))
    return spans


@dataclass
class _Narrated:
    """A description in the narrative that refers to someone: resolved like a speaker's, never output."""

    mention: Mention
    start: int = 0
    cue: None = None
    name: str | None = None
    kind: str | None = None
    role: str | None = None


def _described_subjects(text: str, layout: Layout, ctx: Context) -> list[Mention]:
    """The descriptions that open a sentence, or a clause after its comma, as its subject: a title or
    role noun, up to its demonstrative, then the predicate ("Juru taktik berusia 47 tahun itu tidak
    menutup pintu", "Saat dikonfirmasi, juru bicara lembaga antirasuah itu tidak membantah")."""
    found = []
    grammar = ctx.lang.grammar
    anaphoric, relative = grammar.words("anaphoric"), grammar.words("relative")
    determiners = grammar.words("anaphoric_determiners")
    for s, e in layout.sentences:
        demonstrative = RE_DEMONSTRATIVE_SUBJECT.search(text, s, e) is not None
        if not demonstrative and RE_DETERMINED_SUBJECT.search(text, s, e) is None:
            continue  # no demonstrative before a lowercase word, no "sang": no such subject
        starts = [s, *(m.end() for m in RE_COMMA_SPACE.finditer(text, s, e))]
        if demonstrative and grammar.pattern("backref").match(text, s):
            # "Hal itu disampaikan pelatih asal Prancis tersebut dalam konferensi pers": who said what the
            # sentence before reported, described again
            told = grammar.pattern("passive_agent").match(text, s, e)
            if told is not None and (cue := ctx.lang.cues.get(told.group(1).casefold())) is not None and cue.kind == "passive":
                starts.append(told.end())
        for start in starts:
            first = mentions.RE_WORD_AT.match(text, start, e)
            if first is not None and first.group(1).casefold() in determiners:
                # "Hingga Selasa sore, sang kepala desa masih berjaga": the title after "sang", up to
                # the predicate
                toks = mentions.tokens(text, first.start(1), min(e, start + MAX_DESCRIPTION_CHARS))
                end = next((k for k, t in enumerate(toks[:MAX_DETERMINED_WORDS + 1]) if k > 1
                            and (t.text in ",:;" or mentions.is_capitalised(t) or _predicate_like(t.bare, ctx))), None)
                if (end is not None and len(toks) > 1 and mentions.is_title_word(toks[1].bare, ctx.lang)
                        and toks[end].text not in ",:;" and not mentions.is_capitalised(toks[end])):
                    mention = mentions.classify(text, toks[:end], ctx)
                    if mention is not None and mention.kind == "anaphor":
                        found.append(mention)
                continue
            # ("bekas buruh sawit itu", "Mantan Kapolres Bone itu": a title after its modifier)
            if not demonstrative or first is None or not (mentions.is_title_word(first.group(1).casefold(), ctx.lang)
                                                          or mentions._modified_title(text, first.end(1), first.group(1), ctx)):
                continue  # (read no further where no title or role noun opens the clause)
            toks = mentions._trim(mentions.tokens(text, start, min(e, start + MAX_DESCRIPTION_CHARS)), ctx)
            if not toks or not (mentions.is_title_word(toks[0].bare.casefold(), ctx.lang)
                                or mentions._modified_title(text, toks[0].end, toks[0].bare, ctx)):
                continue
            # ("Bekas buruh panen sawit di Lahad Datu, Sabah, Malaysia, itu": commas may set off places
            # inside it, as they do after a cue)
            end = next((k for k, t in enumerate(toks[:MAX_DESCRIPTION_WORDS + 2 * MAX_PLACE_COMMAS])
                        if k and t.bare in anaphoric), None)
            if (end is None or end + 1 >= len(toks) or toks[end + 1].text in ",:;" or mentions.is_capitalised(toks[end + 1])
                    or not _places_set_off(toks[:end], ctx)):
                continue
            if not any(t.bare in relative for t in toks[1:end]) and any(
                    _predicate_like(t.bare.casefold(), ctx) for t in toks[1:end]):
                continue  # "Penyidik juga menyegel ruang kerja bupati dan kantor dinas tersebut": a clause
            mention = mentions.classify(text, toks[:end + 1], ctx)
            if mention is not None and mention.kind == "anaphor":
                found.append(mention)
    return found


def _deceased(text: str, ctx: Context) -> set[str]:
    """The people the article says died ("almarhum X", "X meninggal dunia", "korban tewas, X,", "yang
    meninggal adalah X"), by the names written there."""
    if not any(word in text for word in ctx.lang.grammar.words("death_words")):
        return set()  # the pattern is read only where one of its words is written
    return {m.group("name") for m in ctx.lang.grammar.pattern("deceased").finditer(text)}


def _places_set_off(toks: list[mentions.Token], ctx: Context) -> bool:
    """The words of a description have no comma, or commas that set off only wider places after a
    place that ends its first part ("… di Lahad Datu, Sabah, Malaysia,"), and are few enough to be one."""
    segs: list[list[mentions.Token]] = [[]]
    for t in toks:
        if t.text in ",:;":
            segs.append([])
        else:
            segs[-1].append(t)
    if len(segs) > 1 and not segs[-1]:
        segs.pop()  # (the comma that closes the last place, before the demonstrative)
    if len(segs) == 1 or not segs[0]:
        return len(segs) == 1 and len(segs[0]) <= MAX_DESCRIPTION_WORDS
    # ("Guru honorer di SD Negeri Gayam 4, Pulau Sapudi, Kabupaten Sumenep, itu": where one works,
    # named after "di", then the wider places; these count for no word of the description)
    at = next((k for k in range(len(segs[0]) - 1, 0, -1) if segs[0][k].bare in ctx.lang.grammar.words("place_prepositions")), None)
    named_where = at is not None and all(mentions.is_capitalised(t) or t.bare.isdigit() for t in segs[0][at + 1:])
    return (len(segs) <= MAX_PLACE_COMMAS + 1
            and (sum(map(len, segs)) <= MAX_DESCRIPTION_WORDS or named_where and len(segs[0]) <= MAX_DESCRIPTION_WORDS)
            and (mentions._place_word(segs[0][-1], ctx)
                 or named_where and all(any(mentions._place_word(t, ctx) or t.bare in ctx.lang.place_nouns for t in seg)
                                        for seg in segs[1:]))
            and all(0 < len(seg) <= MAX_PLACE_WORDS and all(mentions.is_capitalised(t) for t in seg) for seg in segs[1:]))


def _unnamed_subjects(text: str, layout: Layout, ctx: Context) -> list[tuple[int, str, str]]:
    """Someone unnamed who opens a sentence as its subject and asked not to be named ("Seorang anggota
    Badan Legislasi DPR yang enggan disebut namanya punya cerita lain."): a source, whom the next
    "katanya" may mean. The description runs to its relative clause."""
    found = []
    opener, anonymous = ctx.lang.grammar.pattern("unnamed_subject"), ctx.lang.grammar.pattern("anonymity")
    relative = ctx.lang.grammar.words("relative")
    starts = []
    for s, e in layout.sentences:
        starts.append((s, e))
        # ("Keluhan itu dibenarkan seorang perawat di bangsal anak yang enggan disebut namanya.": the
        # agent of a passive verb, the one who spoke)
        starts.extend((m.end(), e) for m in RE_PASSIVE_BEFORE_UNNAMED.finditer(text, s, e)
                      if ctx.lang.grammar.pattern("passive").match(m.group(1)))
    for s, e in starts:
        m = opener.match(text, s)
        if m is None or not mentions.is_title_word(m.group(1), ctx.lang):
            continue  # ("Seorang anggota", "Salah seorang pedagang": a role noun after the determiner)
        toks = mentions.tokens(text, s, min(e, s + MAX_DESCRIPTION_CHARS))
        end = next((k for k, t in enumerate(toks) if k > 1 and (t.bare in relative or t.text in ",:;"
                                                                 or mentions._clause_word(t, ctx))), None)
        if end is None:
            continue
        if anonymous.match(text, toks[end].start) is None:
            continue  # ("Seorang relawan menyelimutinya": someone acting, not a source who asked not to be named)
        mention = mentions.classify(text, toks[:end], ctx)
        if mention is not None and mention.kind == "unnamed":
            found.append((mention.start, mention.text, "person"))
    return found


def _predicate_like(word: str, ctx: Context) -> bool:
    """A word that makes a clause of a description: a function or predicate word ("juga", "akan"), or
    an active verb ("menyegel"; not "berusia", which describes; nor "di", which says where: "Bekas
    buruh panen sawit di Lahad Datu … itu")."""
    grammar = ctx.lang.grammar
    return (word in ctx.lang.function_words and word not in grammar.words("place_prepositions")
            or word in grammar.words("predicate_words")
            or grammar.pattern("active_verb").match(word) is not None)


RE_ALIAS_SET_OFF = regex.compile(r" alias \p{Lu}[\p{L}'-]+(?: \(\d{1,3}\))?,")  # "Nurhaliza alias Lisa (34),"
RE_PASSIVE_BEFORE_UNNAMED = regex.compile(r"(?<![\p{L}\p{N}])(di\p{Ll}{3,}) (?=(?:[Ss]eorang|[Ss]alah seorang|[Ss]alah satu) )")
RE_DEMONSTRATIVE_SUBJECT = regex.compile(r"\b(?:itu|tersebut) \p{Ll}")
RE_DETERMINED_SUBJECT = regex.compile(r"\b[Ss]ang \p{Ll}")
MAX_DETERMINED_WORDS = 4  # "sang kepala desa", "sang pelatih kepala timnas"
RE_COMMA_SPACE = regex.compile(r", ")
MAX_DESCRIPTION_CHARS = 120
MAX_DESCRIPTION_WORDS = 10
MAX_PLACE_COMMAS = 3  # "… di Lahad Datu, Sabah, Malaysia, itu": places set off inside a description
MAX_PLACE_WORDS = 3
MAX_NAME_CHARS = 60  # how far back the words of a name before its nickname in marks may start


def _holder_by_nickname(text: str, m: Mention, names: list[_Name], ctx: Context) -> str | None:
    """"Politikus Partai Golkar yang akrab disapa Bang Syamsul itu menyebut": a role no one holds,
    whose holder the nickname after it names, the short form of a name given before ("Syamsul Bahri
    Nasution"); None if none is."""
    found = ctx.lang.grammar.pattern("nickname").match(text, m.end + 1)
    if found is None:
        return None
    short = found.group("nickname")
    return next((n.name for n in reversed(names) if n.start < m.start and m.start - n.start <= NICKNAME_REACH
                 and short in n.name.split()), None)


def _aliases(text: str, ctx: Context) -> dict[str, str]:
    """The names the article says a person is called by: "Castro, sapaan Herdiansyah", "Marcos,
    yang akrab disapa Bongbong" → {"Castro": "Herdiansyah", "Bongbong": "Marcos"}."""
    # ("Sanusi "Ucil" Pratama" ... "kata Ucil")
    found: dict[str, str] = {}
    for _s, _e, full, nick, _role in _quoted_nicknames(text, ctx):
        found[nick] = full
        word, _, rest = nick.partition(" ")
        if rest and mentions._in(ctx.lang, "honorific", word):
            found.setdefault(rest, full)  # ("Andi "Cak Ndik" Prasetyo": "kata Ndik" too)
    if not any(word in text for word in ctx.lang.grammar.words("alias_words")):
        return found  # the pattern is read only where one of its words is written
    for m in ctx.lang.grammar.pattern("alias").finditer(text):
        if m.group("alias"):
            word, _, rest = m.group("alias").partition(" ")
            if rest and not mentions._in(ctx.lang, "honorific", word) and (" alias " in m.group() or " atau " in m.group()):
                rest = ""  # ("Dedi alias Bule Jaya": a word of address opens a two-word alias, or none is one)
                found[word] = m.group("name")
            else:
                found[m.group("alias")] = m.group("name")
            if rest and mentions._in(ctx.lang, "honorific", word) and _one_addressed(text, word, rest, ctx):
                found.setdefault(rest, m.group("name"))  # ("Cak Darmo, sapaan akrab Darmawan": "kata Darmo" too)
        elif m.group("called"):  # "Mbah Karman, begitu Sukarman biasa disapa"
            found[m.group("called")] = m.group("person")
        elif not (mentions.is_title_word(m.group("named").casefold(), ctx.lang) or mentions._org_word(ctx.lang, m.group("named"))
                  # (nor "penyerang asal Serui yang akrab disapa Aldo": where the person is from)
                  or mentions.is_place(m.group("named"), ctx)
                  # (nor "di Pasar Induk Kramat Jati yang akrab disapa Mak Ijah": a place's last word)
                  or (run := RE_CAPITALS_BEFORE.search(text, max(0, m.start() - 60), m.end("named"))) is not None
                  and run.group(1).split()[0] in ctx.lang.place_nouns
                  or (word := RE_LAST_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start() - 1)) is not None
                  and word.group(1).casefold() in ctx.lang.grammar.words("origin_words")):
            # (not "Politikus yang akrab disapa Bang Ucok" nor "Politikus Partai Golkar yang akrab disapa
            # Bang Syamsul": a description, see `_nicknamed`)
            nickname = m.group("nickname")
            word, _, rest = nickname.partition(" ")
            if rest and not mentions._in(ctx.lang, "honorific", word):
                nickname, rest = word, ""  # ("yang akrab disapa Ucok Medan …": one word, no word of address before it)
            found[nickname] = m.group("named")
            if rest and _one_addressed(text, word, rest, ctx):
                found.setdefault(rest, m.group("named"))  # ("Wak Jun": "kata Jun" too)
    return found


def _one_addressed(text: str, word: str, rest: str, ctx: Context) -> bool:
    """The name after a word of address is no one else's with another word of address: "Bapa Meki" and
    "Mama Meki" are a couple, and "Meki" alone neither of them."""
    return not any(other != word and mentions._in(ctx.lang, "honorific", other)
                   for other in regex.findall(rf"(\p{{Lu}}\p{{L}}*) {regex.escape(rest)}(?![\p{{L}}\p{{N}}])", text))


def _unmodified(m: Mention, ctx: Context) -> Mention:
    """A description without the modifiers before its title ("mantan pelatih timnas itu" → "pelatih
    timnas itu"): who was a coach is described by the coach's role."""
    role = _without_modifiers(m.role or "", ctx)
    return m if role == m.role else dataclasses.replace(m, role=role)


def _ageless(m: Mention, ctx: Context) -> Mention:
    """A description without the age it gives ("pelatih berusia 47 tahun itu" → "pelatih"): the
    title alone, for when no one was given that age."""
    role = ctx.lang.grammar.pattern("age_in_role").sub("", m.role or "").strip()
    return dataclasses.replace(m, role=role) if role and role != m.role else m


def _head(role: str | None, ctx: Context) -> tuple[str, ...]:
    """The head word of a role, folded, after any modifier ("Mantan Bupati Bantaeng" → bupati); of a
    noun that needs the word after it to say what someone is, both ("juru bicara", "juru taktik")."""
    words = _tokens(_without_modifiers(role or "", ctx))
    return words[:2] if words[:1] and words[0] in ctx.lang.grammar.words("bound_heads") else words[:1]


def _without_modifiers(role: str, ctx: Context) -> str:
    """`role` without the modifiers that open it ("mantan", "eks"), its last word kept whatever it is."""
    modifiers = ctx.lang.grammar.words("title_modifiers")
    words = role.split(" ")
    k = 0
    while k < len(words) - 1 and words[k].casefold() in modifiers:
        k += 1
    return " ".join(words[k:])


def _party_named(word: str, text: str, ctx: Context, fullest: Callable[[str], str]) -> str | None:
    """The one person the article names after a party to a case ("terdakwa Sutrisno Adi Wibowo",
    "tersangka Budi"), anywhere, quotes included; None if it names none or several."""
    if word.casefold() not in ctx.lang.grammar.words("case_parties"):
        return None
    found = set()
    # ("dengan terdakwa mantan kepala desanya, Sutrisno": what the party is may stand between)
    # ("terdakwa berinisial MF (45)": after the word that names the person)
    naming = "|".join(map(regex.escape, sorted(ctx.lang.grammar.words("naming_words"))))
    for m in regex.finditer(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word.casefold())} (?:(?:{naming}) )?(?:([\p{{Ll}} ]{{1,40}}), )?(?=\p{{Lu}})", text):
        if m.group(1) and not any(mentions.is_title_word(w.removesuffix(POSSESSIVE), ctx.lang) for w in m.group(1).split()):
            continue  # (what stands between names the party's office: not "adanya tersangka lain, Saiful menerangkan")
        run = ctx.lang.grammar.pattern("cap_run").match(text, m.end())
        mention = mentions.classify(text, mentions.tokens(text, m.end(), run.end()), ctx) if run is not None else None
        if mention is not None and mention.kind == "person":
            found.add(fullest(mention.name))
    return found.pop() if len(found) == 1 else None


def _named_in_full(text: str, m: Mention, ctx: Context) -> str | None:
    """The fullest name the article gave, before `m`, to the body of people `m` names by its
    collective noun: "majelis hakim" or "Majelis" → "Majelis hakim Pengadilan Negeri (PN) Bandung"."""
    anaphoric = ctx.lang.grammar.words("anaphoric")
    words = [w for w in m.text.split() if w.casefold() not in anaphoric]
    # (a noun alone may have its kind after it: "majelis hakim")
    found = regex.compile(r"(?<![\p{L}\p{N}])(?i:" + " ".join(map(regex.escape, words)) + ")"
                          + (r"(?: \p{Ll}+)?" if len(words) == 1 else "") + r" (?=\p{Lu})")
    cap_run = ctx.lang.grammar.pattern("cap_run")
    full = None
    for f in found.finditer(text, 0, m.start):
        run = cap_run.match(text, f.end())
        if run is None or mentions.is_title_word(run.group().split()[0].casefold(), ctx.lang):
            continue
        named = mentions.classify(text, mentions.tokens(text, run.start(), run.end()), ctx)
        if named is None or named.kind != "person":  # ("Ketua Majelis Hakim Wahyu ...": its chair, no name of it)
            full = text[f.start():run.end()]
    return full


def _first_names(names: list[_Name]) -> list[tuple[str, str]]:
    """The first word and the name of every name of two words or more, sorted (for `_short_first_name`)."""
    return sorted({(n.name.split(" ", 1)[0], n.name) for n in names if " " in n.name})


def _short_first_name(name: str, firsts: list[tuple[str, str]]) -> str | None:
    """The one person named in full whose first name `name` shortens by three letters or more ("Boni"
    of "Bonifasius Tarigan", "Frans" of "Fransiskus Xaverius Lumowa"); None if none, several, or
    someone's full name opens with `name` itself. `firsts`: the article's `_first_names`."""
    if " " in name or len(name) < MIN_SHORTENED or not name.isalpha():
        return None
    found = set()
    # (the first names that open with `name` stand together in the sorted list)
    k = bisect.bisect_left(firsts, (name,))
    while k < len(firsts) and firsts[k][0].startswith(name):
        first, full = firsts[k]
        if first == name:
            return None  # ("Andi Wijaya" and "Andika Pratama": "Andi" is the one so named)
        if len(first) - len(name) >= MIN_SHORTENED:
            found.add(full)
        k += 1
    return found.pop() if len(found) == 1 else None


MIN_SHORTENED = 3  # letters a first name's short form leaves out at least ("Yohan" of "Yohanes" is a name too)


def _determined(m: Mention, ctx: Context) -> bool:
    """A description opened by a determiner ("sang pelatih"), not by its noun ("pelatih itu")."""
    return m.text.split(" ", 1)[0].casefold() in ctx.lang.grammar.words("anaphoric_determiners")


def _first_holder(head: tuple[str, ...], antecedents: list[tuple[int, str, str]], pos: int,
                  roles: dict[str, str | None], ctx: Context) -> list[tuple[int, str, str]]:
    """The first person before `pos` whose role has the head `head` (as a list of one, or empty), when
    someone else with a role was spoken of since the latest: of two coaches, "sang pelatih" after the fans have
    had their say is the one the story opened with (right after the second, it is the second)."""
    # (someone given a role: a word the article only names in passing is none, "peluang Kabau Sirah")
    before = [a for a in _within_reach(antecedents, pos) if a[2] == "person" and roles.get(fold(a[1]))]
    if not head or not before or _head(roles.get(fold(before[-1][1])), ctx) == head:
        return []
    return next(([a] for a in before if _head(roles.get(fold(a[1])), ctx) == head), [])


def _within_reach(antecedents: list[tuple[int, str, str]], pos: int) -> list[tuple[int, str, str]]:
    """The antecedents before `pos` a description may refer back to: those of the last
    DESCRIPTION_REACH characters, a whole news article and more (in the corpus, the farthest a
    description reaches back is 3,000 characters, the longest article 6,000), so that a document
    that runs many articles together costs in proportion to its length, not to its square."""
    return antecedents[bisect.bisect_left(antecedents, (pos - DESCRIPTION_REACH,)):bisect.bisect_left(antecedents, (pos,))]


DESCRIPTION_REACH = 20_000


def _latest(antecedents: list[tuple[int, str, str]], pos: int, test) -> list[tuple[int, str, str]]:
    """The latest person before `pos`, however far back in the article, for whom `test(name)` holds
    (as a list of one, or empty); `antecedents` is sorted by position."""
    for a in reversed(_within_reach(antecedents, pos)):
        if a[2] == "person" and test(a[1]):
            return [a]
    return []


def _other_body(name: str, body: str, ctx: Context) -> bool:
    """The organisation's name opens with a head word of another kind of body than `body`
    ("Badan Meteorologi Jepang" for "perusahaan itu")."""
    head = name.split(" ", 1)[0]
    # ("lembaga itu", "organisasi tersebut": any body is one)
    return (fold(head) != body and mentions._in(ctx.lang, "org_head", head)
            and body not in ctx.lang.grammar.words("generic_body_nouns"))


def _role_holders(m: Mention, antecedents: list[tuple[int, str, str]], roles: dict[str, str | None],
                  ctx: Context) -> list[tuple[int, str, str]]:
    """"wakil menteri tersebut", paragraphs after "Wakil Menteri Dalam Negeri Yusuf Hadiningrat": the
    latest person before the mention whose role holds every word of it."""
    want = _role_words(m.role or "", ctx)
    if not want:
        return []
    # ("petani itu" is no "Ketua DPW Asosiasi Petani Kelapa Sawit": the word after a body's noun says
    # whom the body gathers, not what its officer is)
    held = _officer_words if len(want) == 1 else lambda words, _ctx: words
    role = lambda name: held(_role_words(roles.get(fold(name)) or "", ctx), ctx)  # noqa: E731
    longer = set(_role_words_long(m.role or "", ctx))
    return (_latest(antecedents, m.start, lambda name: set(want) <= set(role(name)))
            or _latest(antecedents, m.start, lambda name: _written_short(want, role(name), ctx))
            # ("Kepala Bapanas itu" for "Kepala Badan Pangan Nasional")
            or _latest(antecedents, m.start, lambda name: longer <= set(held(_role_words_long(roles.get(fold(name)) or "", ctx), ctx))))


def _officer_words(words: tuple[str, ...], ctx: Context) -> tuple[str, ...]:
    """The words of a role but those right after a body's noun ("asosiasi petani": whom it gathers)."""
    bodies = ctx.lang.grammar.words("organisation_nouns")
    return tuple(w for k, w in enumerate(words) if not (k and words[k - 1] in bodies))


def _written_short(want: tuple[str, ...], role: tuple[str, ...], ctx: Context) -> bool:
    """The words of a role said again (`want`) are those of a role given before, the first one a
    title written short for that role's first words: "menlu Filipina" for "Menteri Luar Negeri
    Filipina", "Kades Sidengok" for "Kepala Desa Sidengok" (tried where no role holds the very
    words; a word of its own, "petugas", is no short "Pelaksana Tugas")."""
    lang = ctx.lang
    if (len(want[0]) < MIN_SHORT_TITLE or want[0] in role or mentions._in(lang, "role_noun", want[0])
            or want[0] not in _folded_titles(lang)):  # ("MenPANRB" written in mixed case)
        return False
    k = _spelt_by(want[0], role)
    # ("Dirjen Migas" for "Direktur Jenderal Minyak dan Gas Bumi": a field written short, as the
    # language lists it)
    rest = set(role[k:])
    return k > 0 and all(w in rest or set(_words_of_role(w, lang)) <= rest for w in want[1:])


@functools.lru_cache(maxsize=8)
def _folded_titles(lang) -> frozenset[str]:
    """The language's titles in lower case ("menkeu", "menpanrb")."""
    return frozenset(t.casefold() for t in lang.words.get("title", ()))


SPELLING_CONJUNCTIONS = frozenset({"dan", "serta", "and", "&"})  # words a title's short form may skip


def _spelt_by(short: str, words: tuple[str, ...]) -> int:
    """How many first words of `words` spell `short`, each giving a letter or more and the first
    its first (0 if they do not): "menlu" by "menteri luar", not "kapolres" by "kasat reskrim polres"."""
    if not words or words[0][:1] != short[:1]:
        return 0
    # (how many letters each word gives is tried every way, not as many as it can: "MenPANRB" is
    # MEN-P-A-N-R-B, "pendayagunaan" giving its P alone, not P, A and N)
    reach = {0}  # how many letters of `short` the words so far can give
    for k, word in enumerate(words):
        after = set()
        for at in reach:
            i = at
            for c in word:
                if i < len(short) and c == short[i]:
                    i += 1
                    after.add(i)
        if k and word in SPELLING_CONJUNCTIONS:
            after |= reach  # (it may give none: "Mendikdasmen", Menteri Pendidikan Dasar dan Menengah)
        if not after:
            return 0
        if len(short) in after:
            return k + 1
        reach = after
    return 0


def _working_for(m: Mention, antecedents: list[tuple[int, str, str]], roles: dict[str, str | None],
                 ctx: Context) -> list[tuple[int, str, str]]:
    """"jaksa itu" after "Kepala Seksi Pidana Khusus Kejari Belu, Yohanes de Rosari": the latest
    person before it whose role names a body the role noun works for (the lexicon's `bodies`)."""
    head = _tokens(m.role or "")[:1]
    bodies = ctx.lang.role_bodies.get(head[0]) if head else None
    if not bodies:
        return []

    def works_for(name: str) -> bool:
        words = _role_words(roles.get(fold(name)) or "", ctx)
        joined = " ".join(words)
        return any(b in words or (" " in b and b in joined) for b in bodies)
    return _latest(antecedents, m.start, works_for)


def _described(m: Mention, antecedents: list[tuple[int, str, str]], roles: dict[str, str | None],
               ctx: Context, short_forms: frozenset[str] = frozenset()) -> list[tuple[int, str, str]]:
    """"pria yang juga mengajar di Universitas Sumatera Utara itu": the latest person before it whose
    role holds every capitalised word the description names (after its first; two at least, or
    one the article defines as a body's short form: "pejabat Kemenhub itu")."""
    past = RE_FORMER_CLAUSE.search(m.text)
    # ("politikus yang pernah menjadi guru SD itu": what the person once was is no role held now)
    words = RE_CAPITALISED_WORD.findall(m.text, 1, past.start() if past else len(m.text))
    first = fold(m.text.split()[0])
    # (each word as roles are read, a short form as its long one: "PDI-P" as pdi perjuangan, "DPR" as
    # dewan perwakilan rakyat)
    named = {w for word in words if fold(word) != first for w in _words_of_role(word, ctx.lang)}
    head = _tokens(m.role or "")[:1]
    if len({fold(w) for w in words} - {first}) < MIN_DESCRIBING_WORDS and not (named and all(w in short_forms for w in words)):
        # ("pria kelahiran Medan itu": a birthplace is no role; but "wakil juru bicara Kremlin itu" is
        # whoever holds that title at that body, as the article gave it)
        if not (named and head and all(mentions._org_word(ctx.lang, w) and w not in ctx.lang.place_words for w in words)):
            return []
        # (or a head that says only what kind of person: "politikus PKS itu" after "Inisiator
        # interpelasi dari Fraksi PKS, Ahmad Fauzi Ramadhan,")
        generic = head[0] in ctx.lang.grammar.words("generic_heads")
        return _latest(antecedents, m.start, lambda name: (generic or _head(roles.get(fold(name)), ctx)[:1] == head)
                       and named <= set(_role_words_long(roles.get(fold(name)) or "", ctx)))
    return _latest(antecedents, m.start, lambda name: named <= set(_role_words_long(roles.get(fold(name)) or "", ctx)))


def _synonym_holders(m: Mention, antecedents: list[tuple[int, str, str]], roles: dict[str, str | None],
                     ctx: Context) -> list[tuple[int, str, str]]:
    """"pengacara kondang itu", "juru taktik asal Italia itu": the latest person before it whose role
    opens with another word for what the description's head says ("Kuasa hukum terdakwa", "Pelatih")."""
    words = _tokens(_without_modifiers(m.role or "", ctx))
    if not words:
        return []
    own = next((p for g in ctx.lang.grammar.word_groups("role_synonyms") for p in g if words[:len(p)] == p), None)
    if own is None:
        return []
    # (the other words only: one with the same head word and other words is someone else, "pengacara dua
    # tersangka" for "pengacara keluarga korban itu")
    others = [p for g in ctx.lang.grammar.word_groups("role_synonyms") if own in g for p in g if p != own]
    return _latest(antecedents, m.start, lambda name: any(
        _tokens(_without_modifiers(roles.get(fold(name)) or "", ctx))[:len(p)] == p for p in others))


def _ordinary(m: Mention, antecedents: list[tuple[int, str, str]], roles: dict[str, str | None],
              ages: dict[str, str], ctx: Context, sexes: dict[str, str] | None = None) -> list[tuple[int, str, str]]:
    """"perempuan asal Wonosobo itu", "ayah empat anak itu", "janda tiga anak itu": someone the
    article introduced with an age (a resident of the story, not the official quoted since): of a
    description by kin ("ayah", "janda"), the latest; of one by sex ("perempuan", "pria"), the
    latest whose role holds the places it names ("pedagang cabai asal Wonosobo"), or where it names
    none ("perempuan berkacamata itu"), the latest the article shows to be of that sex (`sexes`, where
    the description says one: the antecedents are of no other)."""
    head = _tokens(m.role or "")[:1]
    grammar = ctx.lang.grammar
    if not head:
        return []
    # (of those, one the sentences spoke of as a subject before one named after a preposition, "menyetorkan
    # Rp 240 juta kepada SM": the one the story follows)
    subjects = [a for a in antecedents if not _after_object_preposition(a[0], ctx)]
    if len(subjects) < len(antecedents):
        found = _ordinary(m, subjects, roles, ages, ctx, sexes)
        if found:
            return found
    aged = lambda name: fold(name) in ages  # noqa: E731
    if head[0] in grammar.words("kin_nouns"):
        return _latest(antecedents, m.start, aged)
    named = {fold(w) for w in RE_CAPITALISED_WORD.findall(m.text, 1)}
    if head[0] in grammar.words("person_nouns") and not named and sexes is not None:
        return _latest(antecedents, m.start, lambda name: aged(name) and fold(name) in sexes)
    if head[0] not in grammar.words("person_nouns") or not named:
        return []
    return _latest(antecedents, m.start,
                   lambda name: aged(name) and named <= set(_role_words(roles.get(fold(name)) or "", ctx)))


WORD_BEFORE_CHARS = 20  # how far back the word before a name is looked for


def _after_object_preposition(pos: int, ctx: Context) -> bool:
    """The word before `pos` is a preposition after which a person is no subject ("kepada SM")."""
    before = RE_WORD_BEFORE.search(ctx.text, max(0, pos - WORD_BEFORE_CHARS), pos)
    return before is not None and before.group(1).casefold() in ctx.lang.grammar.words("object_prepositions")


def _of_age(m: Mention, antecedents: list[tuple[int, str, str]], ages: dict[str, str], ctx: Context
            ) -> list[tuple[int, str, str]]:
    """"Juru taktik berusia 47 tahun itu" after "Alessandro De Santis (47)": the latest person before
    it whom the article introduced with that age."""
    said = ctx.lang.grammar.pattern("age_in_description").search(m.text)
    if said is not None:
        return _latest(antecedents, m.start, lambda name: ages.get(fold(name)) == said.group(1))
    # "perempuan paruh baya itu", "bocah kelas lima SD itu": of an age class, the latest whose age is in it
    words = f" {' '.join(_tokens(m.text))} "
    span = next((r for phrase, r in ctx.lang.grammar.ranges("age_classes").items() if f" {phrase} " in words), None)
    if span is None:
        return []
    return _latest(antecedents, m.start, lambda name: fold(name) in ages and span[0] <= int(ages[fold(name)]) <= span[1])


def _of_rank(m: Mention, antecedents: list[tuple[int, str, str]], text: str, ctx: Context
             ) -> list[tuple[int, str, str]]:
    """"jenderal bintang satu itu" after "Brigjen Pol Hendro Wibisono": the latest person before it whose
    name the article wrote after a rank of that many stars."""
    words = f" {' '.join(_tokens(m.text))} "
    stars = next((r[0] for phrase, r in ctx.lang.grammar.ranges("star_descriptions").items() if f" {phrase} " in words), None)
    if stars is None:
        return []
    ranks = tuple(sorted(rank for rank, r in ctx.lang.grammar.ranges("star_ranks").items() if r[0] == stars))
    complements = tuple(sorted(ctx.lang.grammar.words("rank_complements")))
    named = {found.group(1) for found in _star_rank_pattern(ranks, complements).finditer(text, 0, m.start)}
    return _latest(antecedents, m.start, lambda name: any(w in named for w in name.split()))


@functools.lru_cache(maxsize=8)
def _star_rank_pattern(ranks: tuple[str, ...], complements: tuple[str, ...]) -> regex.Pattern:
    """A rank of `ranks`, then (past its complements: a corps, "Pol", "TNI", "(Purn)") the first word of
    the name it stands before."""
    alternatives, after = ("|".join(map(regex.escape, sorted(words, key=len, reverse=True))) for words in (ranks, complements))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?: (?:{after}))* (\p{{Lu}}[\p{{L}}'-]+)")


def _number_one(m: Mention, antecedents: list[tuple[int, str, str]], roles: dict[str, str | None],
                ctx: Context) -> list[tuple[int, str, str]]:
    """"orang nomor satu di Kabupaten Banjar itu": the latest person before it who heads what it names,
    a regional head of that place first ("Bupati Banjar"), else another head of it ("Kepala ...")."""
    grammar = ctx.lang.grammar
    found = grammar.pattern("number_one").match(m.text)
    if found is None:
        return []
    # (the words of what it heads as roles are read, "KPK" as komisi pemberantasan korupsi; a place noun
    # before a name is no word a role need hold: "Kabupaten Banjar" in "Bupati Banjar")
    words = _words_of_role(m.text[found.end():], ctx.lang)
    nouns = {fold(w) for w in ctx.lang.place_nouns}
    named = {w for k, w in enumerate(words) if not (k + 1 < len(words) and w in nouns)}
    if not named:
        return []
    for heads in (grammar.words("regional_heads"), grammar.words("body_heads")):
        def heads_it(name: str, heads=heads) -> bool:
            words = _tokens(roles.get(fold(name)) or "")
            return (any(tuple(words[:len(h.split())]) == tuple(h.split()) for h in heads)
                    and named <= set(_role_words_long(roles.get(fold(name)) or "", ctx)))
        held = _latest(antecedents, m.start, heads_it)
        if held:
            return held
    return []


def _called(m: Mention, antecedents: list[tuple[int, str, str]], ctx: Context) -> list[tuple[int, str, str]]:
    """"Pria yang akrab disapa Om Yohan itu": the latest person before it whose name has a word
    that the nickname begins (Yohanis); none if no name does."""
    found = ctx.lang.grammar.pattern("nickname").search(m.text)
    if found is None or len(found.group("nickname")) < MIN_NICKNAME:
        return []
    nickname = found.group("nickname")
    words = nickname.split()
    if len(words) > 1 and (mentions._role_word(ctx.lang, words[0]) or mentions._in(ctx.lang, "honorific", words[0])):
        words = words[1:]  # ("Coach Wahyu": the name one is called by follows the word of address)
    first = fold(words[0])
    # "Om Yohan" for Yohanis; "Gung Oka" for Anak Agung Gde Oka Wisnu
    return _latest(antecedents, m.start, lambda name: name != nickname and (
        any(w.startswith(first) for w in _tokens(name)) or _shortened(name, nickname)))


MIN_NICKNAME = 3
MIN_DESCRIBING_WORDS = 2  # capitalised words: a body's name, not a town


def _pair_before(text: str, names: list[_Name], pos: int, layout: Layout) -> tuple[str, str] | None:
    """The last two people named together with "dan" before `pos`, in its paragraph or the one
    before ("Fauzi dan Camat Kedungadem Drs. Suyitno, M.Si., meninjau ...")."""
    para = layout.paragraph_at(pos)
    if para is None:
        return None
    lo = layout.paragraphs[max(0, para - 1)].start
    before = sorted((n for n in names if lo <= n.start and n.end <= pos), key=lambda n: n.start)
    pairs = [(a, b) for a, b in itertools.pairwise(before)
             if a.name != b.name and RE_PAIR_JOINT.fullmatch(text[a.end:b.start])]
    if pairs:
        # (of several, the pair the article names most, the story's: "Rafael/Yoga" over the opponents
        # "Choi/Lee"; as often, the latest sentence's, and in it the first, its subject: "Rafli/Yudha
        # melaju ke final setelah menumbangkan pasangan Denmark, Bjerre/Vestergaard")
        def prominence(pair: tuple[_Name, _Name]) -> tuple[int, int, int]:
            a, b = pair
            return (min(text.count(a.name), text.count(b.name)), layout.sentence_index(a.start), -a.start)
        a, b = max(pairs, key=prominence)
        return a.name, b.name
    # "Ayahnya, Suparno (49), bekerja sebagai tukang kayu. Sang ibu, Kasminah (45), berjualan gorengan.
    # Keduanya mengaku": the only two people its paragraph names before it
    own = list(dict.fromkeys(n.name for n in before if n.start >= layout.paragraphs[para].start))
    if not own:
        # ("Gol dicetak Pablo Ortuño, memanfaatkan umpan Iker Salcedo. / Dalam wawancara seusai laga,
        # keduanya mengatakan": a paragraph that names no one before it, the two the body paragraph
        # before it names, the only two)
        body = [k for k in range(para) if layout.paragraphs[k].kind == "body"]
        if body:
            last = layout.paragraphs[body[-1]]
            own = []
            for n in names:
                # (a name written again in part, "Fajar" after "Fajar Nugroho Adi", is the same person)
                if last.start <= n.start and n.end <= last.end and not any(
                        set(_tokens(n.name)) <= set(_tokens(o)) or set(_tokens(o)) <= set(_tokens(n.name)) for o in own):
                    own.append(n.name)
    return (own[0], own[1]) if len(own) == 2 else None


def _initials_pair_before(text: str, pos: int, layout: Layout, ctx: Context) -> tuple[str, str] | None:
    """The last two people named by initials together before `pos`, however far back: "Kedua tersangka,
    AS dan HR, menjual …", "berinisial LS (29) dan AH (33)" (read last, where no pair was named nearby:
    an officer quoted for paragraphs between does not make "keduanya" mean anyone else)."""
    if layout.paragraph_at(pos) is None:
        return None
    found = [(m.start(), m.group("a"), m.group("b")) for m in ctx.lang.grammar.pattern("initials_pair").finditer(text, 0, pos)]
    # ("Dua anggota Polsek, Bripka DW dan Brigadir FR,": each by rank and initials)
    found += [(m.start(), m.group("a"), m.group("b")) for m in RE_RANKED_INITIALS_PAIR.finditer(text, 0, pos)
              if mentions._in(ctx.lang, "rank", m.group("ra").rstrip(".")) and mentions._in(ctx.lang, "rank", m.group("rb").rstrip("."))]
    return max(found)[1:] if found else None


RE_RANKED_INITIALS_PAIR = regex.compile(r"(?<![\p{L}\p{N}])(?P<ra>\p{Lu}[\p{L}.]+) (?P<a>\p{Lu}{2,4}),? dan "
                                        r"(?P<rb>\p{Lu}[\p{L}.]+) (?P<b>\p{Lu}{2,4})(?![\p{L}\p{N}])")


def _examined(text: str, pos: int, layout: Layout, ctx: Context) -> bool:
    """The sentence before `pos` says the people are being examined: "Kepada penyidik, keduanya
    mengaku", "Dalam pemeriksaan,", "Melalui kuasa hukumnya, …," (what suspects say, whom the article
    names by initials, however many officers it named since)."""
    sentence = layout.sentence_at(pos)
    lo = sentence[0] if sentence is not None else max(0, pos - EXAMINATION_REACH)
    return ctx.lang.grammar.pattern("examination_frame").search(text, lo, pos) is not None


EXAMINATION_REACH = 120  # characters before "keduanya" read for the frame where no sentence is found


def _pair_quoted_before(text: str, quotes: list[Quote], pos: int, layout: Layout) -> tuple[str, str] | None:
    """The two people quoted right before `pos` (in its paragraph or the three of body text before:
    a "Baca juga" line between is none), where they are the only two: "Anggota Komisi XI, Yosef …
    'kata Yosef.' Senada, … Ratih … 'kata Ratih.' Keduanya menilai …"."""
    para = layout.paragraph_at(pos)
    if para is None:
        return None
    body = [k for k in range(para) if layout.paragraphs[k].kind == "body"][-PAIR_QUOTED_PARAGRAPHS:]
    lo = layout.paragraphs[body[0] if body else para].start
    said = [q for q in sorted(quotes, key=lambda q: q.start) if lo <= q.start and q.end <= pos and q.kind == "person" and q.name]
    people = list(dict.fromkeys(q.name for q in reversed(said)))
    if len(people) == 2:
        return people[1], people[0]
    if len(people) < 2:
        return None
    # (of more, the last two where the article named them together: "Pasangan suami istri Karman (71)
    # dan Sutinah (66)" … "Karman mengatakan …" "Sutinah menimpali …" "Keduanya berharap …")
    first, second = (alternation(name.split()) for name in people[:2])
    joined = regex.compile(rf"(?<!\w)(?:{first}(?: \(\d{{1,3}}\))?(?:/| dan ){second}|{second}(?: \(\d{{1,3}}\))?(?:/| dan ){first})(?!\w)")
    return (people[1], people[0]) if joined.search(text, 0, pos) else None


PAIR_QUOTED_PARAGRAPHS = 3  # paragraphs of body text before "Keduanya" where the pair's quotes may stand
NAMED_LATER_REACH = 800  # characters after someone introduced unnamed where the article may name them


def _named_later(quotes: list[Quote], text: str, ctx: Context) -> None:
    """Someone the article introduces unnamed ("Seorang pedagang cabai … menuturkan") and names a
    little later, by what they are or their sex, with their age: "kata perempuan bernama Rohani (47)
    itu", "Pedagang bernama Siti Aminah (51), warga …, itu juga", "Petani itu, Mujiono (52),". Their
    quotes, up to the next one introduced so, are that person's; what they are is their role."""
    grammar = ctx.lang.grammar
    unnamed, person_nouns = grammar.words("unnamed"), grammar.words("person_nouns")
    naming = grammar.pattern("named_later")
    intros = sorted({q.mention.start: q for q in quotes if q.mention is not None and q.mention.kind == "unnamed"
                     and q.kind == "person" and q.name == q.mention.name
                     and q.mention.text.split()[0].casefold() in unnamed}.items())
    for k, (start, intro) in enumerate(intros):
        words = intro.name.split()
        lead = next((j for j, w in enumerate(words) if w.casefold() not in unnamed), len(words))
        if lead == len(words):
            continue
        heads = person_nouns | {words[lead].casefold()}
        end = min(intros[k + 1][0] if k + 1 < len(intros) else len(text), intro.mention.end + NAMED_LATER_REACH)
        # (not someone else introduced so: "milik seorang pria berinisial W (45)")
        found = next((f for f in naming.finditer(text, intro.mention.end, end) if f.group("head").casefold() in heads
                      and not _after_word(text, f.start(), unnamed)), None)
        if found is None:
            continue
        role = words[lead:]
        role = " ".join(role[:next((j for j, w in enumerate(role) if w in grammar.words("relative")), len(role))])
        unnamed_as = intro.name
        for q in quotes:
            if q.name == unnamed_as and q.mention is not None and start <= q.mention.start < end:
                q.name, q.kind, q.role = found.group("name") or found.group("named"), "person", role


def _after_word(text: str, pos: int, words: frozenset[str]) -> bool:
    """The lowercase word right before `pos` (and a space) is one of `words`."""
    before = RE_WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return before is not None and before.group(1) in words


def _nicknamed(quotes: list[Quote], ctx: Context, text: str, fullest: Callable[[str], str],
               narrated: Iterable[_Narrated] = (), antecedents: list[tuple[int, str, str]] = ()) -> dict[str, str]:
    """"Politikus yang akrab disapa Bang Ucok itu", "Sudarmo (74), yang akrab disapa Mbah Darmo,": a
    description or a name that gives the person a nickname makes every speaker of that name ("kata
    Bang Ucok", "kata Mbah Darmo") the person it refers to; returns each nickname with that name."""
    nickname = ctx.lang.grammar.pattern("nickname")
    named: dict[str, str] = {}
    given = list(nickname.finditer(text)) if any(w in text for w in ("disapa", "dipanggil", "dijuluki", "dikenal")) else []
    for found in given:
        before = RE_NAME_DESCRIBED_BEFORE.search(text, max(0, found.start() - 120), found.start())
        if before is not None and all(mentions.is_place(w, ctx) for w in before.group(1).split()):
            # "warga Desa Oesina, …, Nusa Tenggara Timur, yang akrab disapa Mama Yuli itu": a place
            # closes the description; the nickname is a short form of the name of someone named before
            short = found.group("nickname").split()[-1]
            before = None
            person = next((a for a in reversed(_persons_before(antecedents, found.start()))
                           if any(len(short) >= MIN_CUT_WORD and w != short and w.startswith(short)
                                  for w in a[1].split())), None)
            if person is not None:
                named[found.group("nickname")] = person[1]
        if found.group("nickname") not in named and (before is None or getattr(mentions.classify(
                text, mentions.tokens(text, *before.span(1)), ctx), "kind", None) != "person"):
            # "Yohanes Kewa Lein (54), pembudidaya di Desa Oeseli, Kecamatan Rote Barat Daya, yang akrab
            # disapa Ama Rofin": a description with places in it, after the name and age that open it
            lo = max(text.rfind(". ", 0, found.start()) + 1, found.start() - AGED_NAME_REACH, 0)
            before = RE_AGED_NAME_BEFORE.search(text, lo, found.start()) or before
        if before is not None:
            # ("penyerang Persiraja Teuku Rizky Maulana, yang akrab disapa Kiki,": the person's name, not the club's)
            person = mentions.classify(text, mentions.tokens(text, *before.span(1)), ctx)
            full = person.name if person is not None and person.kind == "person" else before.group(1)
        if before is not None and before.group(1) != found.group("nickname"):
            named[found.group("nickname")] = fullest(full)
        elif before is not None and (called := _called_form(found, text)) is not None:
            # ("Dedi, yang akrab disapa Kang Dedi," ... "ujar Kang Dedi": the name with its word of address)
            named[called] = fullest(full)
    for found in ctx.lang.grammar.pattern("nickname_set_off").finditer(text) if any(w in text for w in ctx.lang.grammar.words("nickname_set_off_words")) else ():
        # "kata Frans, sapaan akrabnya,": the short form of a name the article gave nearby before (its
        # start or, as "Mbah Darmo, begitu ia biasa disapa" of Sudarmo, its end)
        short = found.group("nickname")
        folded = fold(short)
        person = _shortened_by(_persons_before(antecedents, found.start()), folded)
        called = RE_CAPITALISED_WORD_BEFORE.search(text, max(0, found.start() - 30), found.start())
        called = f"{called.group(1)} {short}" if called is not None else None
        # (the nickname itself, read as a name where it is written as called, is no one else's: "Mbah
        # Darmo" is "Darmo"; but "Rusmini (45)" named so before "Inaq Rusmini, begitu ia disapa" is hers)
        # (of those named up to here: a speaker read as the nickname later is the nickname's holder)
        named_so_far = antecedents[:bisect.bisect_left(antecedents, (found.end(),))]
        if person is None and not any(short in a[1].split() for a in named_so_far if a[2] == "person" and a[1] != called
                                      and not (a[1] == short and (called is None or _written_as(text, a[0], called)))):
            # ("tutur Daeng Nai, sapaan akrabnya": a name no one bears, the one the article named just before)
            person = next((a for a in reversed(_persons_before(antecedents, found.start()))
                           if short not in a[1].split()), None)
            if person is not None and called is not None:
                named.setdefault(called, person[1])
        if person is not None:
            named.setdefault(short, person[1])
    for found in ctx.lang.grammar.pattern("pronoun_nickname").finditer(text) if any(
            w in text for w in ("ikenal", "disapa", "dipanggil", "memanggilnya", "menyapanya", "menjulukinya")) else ():
        # "Di pasar itu ia lebih dikenal sebagai Bu Sinah": the short form of the name of whom the
        # pronoun means, a person named nearby before whose name starts or ends with it (Warsinah)
        short = fold(found.group("nickname"))
        before = _persons_before(antecedents, found.start())
        person = _shortened_by(before, short, whole=True)
        if person is None and before and not any(short in _tokens(a[1]) for a in antecedents if a[2] == "person"
                                                 and a[1] not in (found.group("called"), found.group("nickname"))):
            # ("Warga kampung memanggilnya Oppung Rudi, mengikuti nama cucu pertamanya": a name no one
            # bears, the person named just before)
            person = before[-1]
        if person is not None:
            named.setdefault(found.group("called"), person[1])
            named.setdefault(found.group("nickname"), person[1])
    for q in [*quotes, *narrated]:  # (a description in the narrative too: "Pemain yang akrab disapa Joãozinho itu")
        m = q.mention
        if m is not None and m.kind == "anaphor" and q.kind == "person" and q.name:
            found = nickname.search(m.text)
            if found is not None and found.group("nickname") != q.name:
                named[found.group("nickname")] = q.name
    for found in given if named else ():
        # ("yang akrab disapa Kang Ujang" ... "kata Kang Ujang": the nickname as called, with the word
        # of address before it)
        called = _called_form(found, text)
        if called is not None and found.group("nickname") in named:
            named.setdefault(called, named[found.group("nickname")])
    for nickname, name in list(named.items()):
        # ("Mama Ros": the speaker's name without the honorific is "Ros"; "Coach Bono": without the
        # word of a role one is addressed by, "Bono")
        first, _, rest = nickname.partition(" ")
        if rest and (mentions._in(ctx.lang, "honorific", first)
                     or mentions._role_word(ctx.lang, first)):
            named.setdefault(rest, name)
    for q in quotes:
        if q.kind == "person" and q.mention is not None and q.mention.text in named:
            # ("kata Coach Aman": the nickname's first word read as a title is of the nickname, no role)
            q.name, q.role = named[q.mention.text], None
        elif q.kind == "person" and q.name in named:
            q.name = named[q.name]
        elif q.kind == "group" and q.name and " dan " in q.name:
            # ("Reza dan Nana" where Nana is the nickname of Nadia Kirana Putri)
            q.name = " dan ".join(named.get(n, n) for n in q.name.split(" dan "))
    return named


def _persons_before(antecedents: list[tuple[int, str, str]], pos: int) -> list[tuple[int, str, str]]:
    """The people named within NICKNAME_REACH before `pos` (`antecedents` is sorted by position)."""
    return [a for a in antecedents[:bisect.bisect_left(antecedents, (pos,))]
            if a[2] == "person" and pos - a[0] <= NICKNAME_REACH]


def _shortened_by(persons: list[tuple[int, str, str]], folded: str, whole: bool = False) -> tuple[int, str, str] | None:
    """The latest of `persons` a word of whose name starts or ends with the folded short form ("Darmo"
    of Sudarmo, "Sinah" of Warsinah); with `whole`, a word that is the short form itself counts too."""
    return next((a for a in reversed(persons) if len(folded) >= MIN_CUT_WORD and any(
        (whole or w != folded) and (w.startswith(folded) or w.endswith(folded)) for w in _tokens(a[1]))), None)


def _written_as(text: str, at: int, called: str) -> bool:
    """The name at `at` is written as `called` ("Mbah Darmo"), from there or from the word before."""
    return text.startswith(called, at) or text.endswith(called.split(" ", 1)[0] + " ", 0, at)


def _described_nicknames(text: str, names: list[_Name], ctx: Context, fullest: Callable[[str], str]) -> dict[str, str]:
    """The nicknames that a description opening its sentence gives ("Pria kelahiran Lyon berusia 54
    tahun yang akrab disapa Coach JP itu"), each to the person named last before it."""
    found: dict[str, str] = {}
    for m in ctx.lang.grammar.pattern("nickname").finditer(text):
        opening = RE_DESCRIPTION_OPENING.search(text, max(0, m.start() - 120), m.start())
        if opening is None or not (opening.group(1).casefold() in ctx.lang.grammar.words("person_nouns")
                                   or mentions.is_title_word(opening.group(1).casefold(), ctx.lang)):
            continue
        before = [n for n in names if n.end <= opening.start(1) and opening.start(1) - n.start <= NICKNAME_REACH]
        if before:
            found.setdefault(m.group("nickname"), fullest(max(before, key=lambda n: n.start).name))
    return found


RE_SENTENCE_OPENS_AT = regex.compile(r"(?:\A|[.!?][\"”’»']?\s+|\n)\Z")
RE_CALLED_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3}),? $")


def _real_names(text: str, names: list[_Name], ctx: Context) -> dict[str, str]:
    """The real names the article gives people it names by a stage name or nickname ("Vokalis Ogi,
    yang bernama asli Yoga Pratama Siregar,", "Pria bernama asli Sukirman Hadi Wijaya itu" after "Cak
    Gondrong"): each to the person named last before it, with and without a word of address."""
    found: dict[str, str] = {}
    honorifics = ctx.lang.words.get("honorific", ())
    for m in ctx.lang.grammar.pattern("real_name").finditer(text):
        real = m.group("real")
        # ("LO yang bernama lengkap Liam O'Connor": the name written just before, if it is one; not a
        # place, "produser asal Bandung yang bernama asli …", after which the person named last)
        run = RE_CALLED_BEFORE.search(text, max(0, m.start() - MAX_BODY_NAME_CHARS), m.start())
        if run is not None and " " not in run.group(1) and RE_SENTENCE_OPENS_AT.search(text, max(0, run.start(1) - 4), run.start(1)):
            run = None  # ("Idola bernama asli Park Ha-yoon itu": a word opening the sentence describes)
        named = mentions.classify(text, mentions.tokens(text, *run.span(1)), ctx) if run is not None else None
        if named is not None and named.kind == "person":
            called = named.name
        elif run is not None and (initials := run.group(1).split()[-1]).isupper() and len(initials) > 1:
            called = initials  # ("Keluarga LO yang bernama lengkap …")
        else:
            # ("Rendy Alvaro" ... "Pemeran yang bernama lengkap Rendy Alvaro Siregar itu": a name given
            # before in part is the one the real name completes, whoever was named since)
            # (or whose words are inside the real name's: "Vinka Lestari" of Ravinka Ayu Lestari, "Bima Kece"
            # of Bimasakti Hadiwijoyo)
            part = ([n for n in names if n.end <= m.start() and contains(real, n.name) and fold(n.name) != fold(real)]
                    or [n for n in names if n.end <= m.start() and m.start() - n.start <= NICKNAME_REACH
                        and _inside_words(n.name, real)])
            before = part or [n for n in names if n.end <= m.start() and m.start() - n.start <= NICKNAME_REACH
                              and fold(n.name) != fold(real)]
            if not before:
                continue
            called = max(before, key=lambda n: n.start).name
        found.setdefault(called, real)
        words = called.split()
        if len(words) > 1 and words[0] in honorifics:
            found.setdefault(" ".join(words[1:]), real)  # ("Bang Jon": "kata Jon" too)
    return found


def _inside_words(name: str, real: str) -> bool:
    """A word of `name` (of MIN_INSIDE_WORD letters or more) is inside a word of `real`: a stage name
    cut from the real one."""
    words = [r.replace("-", "") for r in _tokens(real)]  # ("Hayoon" of Park Ha-yoon)
    return any(len(w) >= MIN_INSIDE_WORD and any(w.replace("-", "") in r for r in words) for w in _tokens(name))


MIN_INSIDE_WORD = 4


def _called_form(found: regex.Match, text: str) -> str | None:
    """The nickname a nickname pattern found, with the capitalised word of address the pattern read
    before it ("Kang Ujang" of "yang akrab disapa Kang Ujang"), else None."""
    at = found.start("nickname")
    before = text.rfind(" ", found.start(), at - 1)
    word = text[before + 1:at - 1]
    return f"{word} {found.group('nickname')}" if before >= found.start() and word[:1].isupper() and word.isalpha() else None


def _body_word(m: Mention, ctx: Context) -> str | None:
    """The organisation noun an anaphor opens with ("kementerian" of "kementerian itu",
    "perusahaan" of "perusahaan pelat merah tersebut"), else None."""
    if m.kind != "anaphor" or not m.role:
        return None
    words = _tokens(m.role)
    return words[0] if words and words[0] in ctx.lang.grammar.words("organisation_nouns") else None


RE_CONNECTED_CAPITALS = regex.compile(r" (\p{Ll}+) (?=\p{Lu})")  # "untuk" between two runs of capitals


def _connected_end(text: str, end: int, ctx: Context) -> int:
    """Where a body's name that a run of capitals ending at `end` begins ends: on after "untuk" and
    more capitals ("Koalisi Masyarakat Sipil untuk Penghapusan Kekerasan Seksual")."""
    cap_run, connectors = ctx.lang.grammar.pattern("cap_run"), ctx.lang.grammar.words("body_name_connectors")
    joiners = ctx.lang.grammar.words("body_name_joiners")
    while (after := RE_CONNECTED_CAPITALS.match(text, end)) is not None and (
            after.group(1) in connectors or after.group(1) in joiners and not _heads_another(text, after.end(1) + 1, ctx)):
        # ("Kementerian Luar Negeri dan Ekspatriat Palestina": "dan" inside the name, before capitals that
        # head no body nor title of their own, as "dan Bank Indonesia" would)
        end = cap_run.match(text, after.end(1) + 1).end()
    return end


def _heads_another(text: str, at: int, ctx: Context) -> bool:
    """The capitalised word at `at` heads a body's name or a title ("Bank", "Menteri"), or a short
    form in capitals, or a person's name: no word of a body's name going on."""
    word = RE_WORDS.match(text, at)
    w = word.group() if word is not None else ""
    return (not w or mentions._in(ctx.lang, "org_head", w) or mentions._in(ctx.lang, "title", w)
            or (w.isupper() and len(w) > 1) or w.casefold() in ctx.lang.name_sexes)


def _own_company(companies: list[tuple[int, str, str]], roles: dict[str, str | None]) -> list[tuple[int, str, str]]:
    """Of the companies named before "perseroan" or "emiten", those that are not only the employer of
    someone quoted ("Analis PT Mandala Riset Sekuritas"): the company the story is about; all of them
    where each is someone's."""
    employers = " | ".join(r for r in roles.values() if r)
    return [c for c in companies if c[1] not in employers] or companies


def _named(text: str, head: str, ctx: Context, acronyms: Acronyms) -> list[tuple[int, str, str]]:
    """The organisations whose name starts with `head` ("Kementerian Pertahanan Rusia" for
    "kementerian itu"), wherever the article names them."""
    cap_run = ctx.lang.grammar.pattern("cap_run")
    found = []
    i = text.find(head)
    while i >= 0:
        m = cap_run.match(text, i)
        if m is not None and (i == 0 or not text[i - 1].isalnum()):
            mention = mentions.classify(text, mentions.tokens(text, m.start(), _connected_end(text, m.end(), ctx)), ctx)
            if mention is not None and mention.kind == "organization" and " " in mention.name:
                found.append((m.start(), _organisation(mention.name, acronyms, ctx), "organization"))
        i = text.find(head, i + len(head))
    return found


def _same_head(description: str, holders: list[tuple[int, str, str]], roles: dict[str, str | None],
               ctx: Context) -> list[tuple[int, str, str]]:
    """Of the people whose role has the description's head ("menteri"), those whose role also holds
    its names ("menteri Turki itu": the minister of Turkey, not of Iraq; none holds them: look
    further back)."""
    names = [fold(w) for w in description.split()[1:] if w[:1].isupper()]
    anaphoric = ctx.lang.grammar.words("anaphoric")
    # (an age says nothing of whose: "pelatih berusia 52 tahun itu" may be "pelatih Port FC asal Jepang")
    said = _lower_words(ctx.lang.grammar.pattern("age_in_role").sub("", description)) - anaphoric
    # ("pengacara keluarga korban itu" is not "pengacara dua tersangka": each says whose, differently)
    holders = [a for a in holders if not (said and (own := _lower_words(roles.get(fold(a[1])) or "") - anaphoric)
                                          and not said & own)]
    if not names:
        return holders
    return [a for a in holders if all(w in _tokens(roles.get(fold(a[1])) or "") for w in names)]


def _lower_words(role: str) -> set[str]:
    """The lowercase words of a role or description after its head."""
    return {w for w in role.split()[1:] if w.islower() and w.isalpha()}


def _subject_over_object(prior: list[tuple[int, str, str]], text: str, layout: Layout, ctx: Context,
                         subjects: set[int]) -> tuple[int, str, str]:
    """The antecedent of a pronoun: the latest one, unless it stands after a verb of its sentence
    and a person before it in that sentence is the subject or a speaker (`subjects`): "Bambang
    Suryadi mengapresiasi pencapaian Raka/Yudha. Namun, ia ..." → Bambang Suryadi, not Yudha."""
    latest = prior[-1]
    if latest[0] in subjects:
        return latest
    sent = layout.sentence_at(latest[0])
    if sent is None or _in_subject(text, sent[0], latest[0], ctx) and not _in_passing(text, sent[0], latest[0], ctx):
        return latest
    for a in reversed(prior[:-1]):
        if a[0] < sent[0]:
            break
        if a[2] == latest[2] and (a[0] in subjects or _in_subject(text, sent[0], a[0], ctx)):
            return a
    pronoun = ctx.lang.grammar.pattern("pronoun_subject").match(text, sent[0], latest[0])
    if (pronoun is not None and latest[2] == "person"
            and pronoun.group(1).casefold() in ctx.lang.grammar.words("singular_pronouns")):
        # "Ia juga menyinggung kebijakan Gubernur BI Perry Warjiyo. "…," tuturnya": the sentence's
        # subject is whom the pronoun meant, the one before it, not the person it spoke of
        before = [a for a in prior if a[0] < sent[0] and a[2] == "person"]
        if before:
            return before[-1]
    if _in_passing(text, sent[0], latest[0], ctx):
        # "Gilang menyoroti sisi lain. Survei yang dikerjakan lembaganya bersama Rahmi menemukan …," katanya:
        # named in passing, Rahmi is not whom the paragraph is about; the subject before is
        para = layout.paragraph_at(latest[0])
        for a in reversed(prior[:-1]):
            if a[0] >= sent[0] or a[2] != latest[2]:
                continue
            before = layout.sentence_at(a[0])
            if layout.paragraph_at(a[0]) != para or before is None:
                break
            if a[0] in subjects or _in_subject(text, before[0], a[0], ctx):
                return a
    return latest


def _in_passing(text: str, start: int, pos: int, ctx: Context) -> bool:
    """What is at `pos` is named in passing: inside a relative clause or after an object preposition
    ("Survei yang dikerjakan Indef bersama CIPS dan Rahmi"), with no comma, verb or copula between
    ("yang meminjam gawai itu adalah Fanda" names Fanda as the predicate; "dengan tiket murah,
    Yulianto tidak tergiur" starts a new clause)."""
    grammar = ctx.lang.grammar
    passing = grammar.words("object_prepositions") | grammar.words("relative") | grammar.words("passing_prepositions")
    last = None
    for m in RE_LOWER_WORD.finditer(text, start, pos):
        if m.group() in passing:
            last = m
    if last is None or "," in text[last.end():pos]:
        return False
    if last.group() in grammar.words("passing_prepositions"):
        # "ajakan mogok dari Sutarjo" names him in passing; "Pandangan berbeda datang dari Fikri" does not
        before = mentions.RE_LAST_LOWER.search(text, start, last.start())
        if before is not None and (grammar.is_verb(before.group(1)) or before.group(1) in grammar.words("predicate_words")
                                   or ctx.lang.cues.get(before.group(1))):
            return False
    between = RE_LOWER_WORD.findall(text, last.end(), pos)
    if last.group() in grammar.words("relative"):
        # a relative clause has a verb of its own ("yang dikerjakan Indef"); "Kepala BNPB yang juga
        # Ketua Satgas Doni Monardo" is a role, and Doni its holder
        # (its verb comes first, after adverbs and times: "Hal yang sama disampaikan Rahmat" names the
        # agent, "isu yang sehari sebelumnya juga disinggung Ratna" names someone in passing)
        times = grammar.words("time_words")
        k = next((k for k, w in enumerate(between) if w not in ctx.lang.function_words and w not in times), None)
        return (k is not None and grammar.is_verb(between[k])
                and not any(w in grammar.words("predicate_words") for w in between[k + 1:]))
    # ("dari Pemkot Surabaya menurut Diah": a cue between names whom it quotes)
    return not any(grammar.is_verb(w) or w in grammar.words("predicate_words") or ctx.lang.cues.get(w) for w in between)


def _only_said(text: str, end: int, ctx: Context) -> bool:
    """The word after the mention ending at `end` says it is all they said: "Ia *hanya* mengatakan"."""
    word = RE_WORD_AFTER.match(text, end)
    return word is not None and word.group(1) in ctx.lang.grammar.words("only_words")


def _silent(pos: int, text: str, layout: Layout, ctx: Context, content: Spans) -> bool:
    """The sentence at `pos` says its person gave no comment ("belum bisa dimintai tanggapan",
    "enggan berkomentar"), not what someone said (`content`: "Ruth menilai penjelasan TAPD belum
    menjawab persoalan" is her comment)."""
    sent = layout.sentence_at(pos)
    return sent is not None and any(not content.holds(found.start())
                                    for found in ctx.lang.grammar.pattern("no_comment").finditer(text, pos, sent[1]))


def _in_subject(text: str, start: int, pos: int, ctx: Context) -> bool:
    """No verb stands between a sentence's start and `pos`, or only a passive one right before it
    (and its "oleh"), whose agent it names: what is at `pos` is (in) the sentence's subject."""
    grammar = ctx.lang.grammar
    comma = text.find(",", start, pos)
    while comma > 0 and _opens_with_adjunct(text, start, comma, ctx):
        # "Dalam rapat kerja dengan Komisi VI DPR, Rabu (16/10), Yoga menanggapi": the adjuncts that
        # open the sentence are no part of it
        start = comma + 1
        comma = text.find(",", start, pos)
    last = text.rfind(", ", start, pos)
    if (last >= 0 and mentions.is_lower(text[last + 2:last + 3])
            and grammar.pattern("cap_run").fullmatch(text[start:last].strip()) is not None):
        return False  # "Baskara Lubis, kuasa hukum yayasan dan Hendri Wijaya,": inside a description of the subject
    words = RE_LOWER_WORD.findall(text, start, pos)
    if any(w in grammar.words("object_prepositions") for w in words):
        return False  # "Made sependapat dengan Ratna": what follows such a preposition is no subject
    if (len(words) > 1 and words[-1] in grammar.words("passing_prepositions")
            and words[-2] in grammar.words("predicate_words")):
        return False  # "Ni Kadek kalah dari Zhou Xinran": nor what follows a predicate's "dari"
    clause = RE_RELATIVE_CLAUSE.search(text, start, pos)
    if clause is not None and clause.group(1) in grammar.words("relative") and "," not in text[clause.end():pos]:
        return False  # "Andri, yang duduk di samping Eko, kemudian ...": inside a relative clause set off by commas
    verbs = [w for w in words if ctx.lang.cues.get(w) or grammar.is_verb(w)]
    if not verbs:
        return True
    # the agent of the sentence's own passive verb ("ditampik Kustini", "didukung oleh Hendarman"),
    # not of one in a relative clause after another verb ("membantah tudingan yang dilontarkan X")
    if len(verbs) > 1 or grammar.pattern("passive").match(verbs[0]) is None or not text[:pos].rstrip().endswith(words[-1]):
        return False
    return words[-1] == verbs[0] or words[-1] in grammar.words("agent_markers")




def _field_word(name: str, ctx: Context) -> bool:
    """A one-word "name" after a title that may be a word of the title's field ("Dasar" of "Menteri
    Pendidikan Dasar dan Menengah"): no given name the language knows, nor a speaker's name alone."""
    return " " not in name and name not in ctx.short_names and mentions.given_sex(name.casefold(), ctx.lang) is None


def _past_honorifics(text: str, start: int, lo: int, ctx: Context) -> int:
    """Where the words before a name start once the honorifics written short in lower case before it
    are passed ("…(PERSI), dr. Hermawan Sasmita": the role ends before "dr.")."""
    for _ in range(3):
        m = RE_ANY_WORD_BEFORE.search(text, max(lo, start - 12), start)
        if m is None or not (m.group(1).endswith(".") and m.group(1)[:1].islower()
                             and mentions._in(ctx.lang, "honorific", m.group(1))):
            break
        start = m.start(1)
    return start


def _honoured(text: str, start: int, ctx: Context) -> bool:
    """The name follows an honorific written short ("Hj. Sutarmi", "dr. Wati"): a person's, however short."""
    m = RE_ANY_WORD_BEFORE.search(text, max(0, start - 12), start)
    word = m.group(1) if m is not None else ""
    return word.endswith(".") and mentions._in(ctx.lang, "honorific", word) and word in ctx.lang.abbreviations


def _looks_like_a_name(name: str, ctx: Context) -> bool:
    """Two or three capitalised words (and any particles: "de la"), none an acronym, title,
    organisation or place; or up to five after a name's first word ("I Gusti Ngurah Bagus Mahendra", "Anak Agung Gde Oka Wisnu")."""
    lang = ctx.lang
    particles = lang.grammar.words("name_particles")
    words = [w for w in name.split() if w not in particles] or name.split()  # "Jerwin de la Cruz": two words
    # (a name's first word or a patronymic particle lets it run longer: "Syamsul Rizal bin Abdul Hamid")
    prefixed = words[0] in lang.words.get("name_prefix", ()) or len(words) < len(name.split())
    if not 2 <= len(words) <= (MAX_NAME_TOKENS if prefixed else 3):
        return False
    # ("Lukman Hakim", "Hasanuddin Daeng Tata": after a first name the lexicon knows, a title or a role
    # word that is also a name ends it)
    last = words[-1]
    ended = False
    if last in lang.words.get("title", ()) or last in lang.words.get("role_word", ()):
        toks = mentions.tokens(name, 0, len(name))
        ended = mentions._title_ends_name(toks, len(toks) - 1, ctx) and mentions._given_name(toks[0], ctx)
    return not any(
        w.isupper() or w in lang.place_words or w in ctx.place_like or w in lang.words.get("title", ())
        or w in lang.words.get("org_head", ()) or (w in lang.words.get("role_word", ()) and not prefixed)
        for w in (words[:-1] if ended else words))


def _known_name(name: str, ctx: Context) -> bool:
    """A person's full name whose words the article may use alone: it looks like a name and none
    of its words is a common word: one the article also writes in lower case, or one shaped like a
    derived noun ("Penanganan Covid", "Kemampuan K-Popers")."""
    common, particles = ctx.lang.grammar.pattern("common_noun"), ctx.lang.grammar.words("name_particles")
    return _looks_like_a_name(name, ctx) and not any(ctx.is_lower_word(w.casefold()) or common.match(w)
                                                     for w in name.split() if w not in particles)


# what kind of body, in lower case (a gloss in parentheses among the words), then its name and a verb or comma
RE_KIND_THEN_BODY = regex.compile(r"(?P<kind>(?: (?:\p{Ll}[\p{Ll}-]*|\([^()\n]{1,30}\))){1,5}) "
                                  r"(?P<name>\p{Lu}[\p{L}\p{N}]+(?: \p{Lu}[\p{L}\p{N}]+){0,3})(?=,| \p{Ll})")


# a body's name mid-sentence, read back from the comma before what it is (", perusahaan rintisan …")
RE_BODY_BEFORE_COMMA = regex.compile(r"(?r)(?<=[\p{Ll},] )(\p{Lu}[\p{L}\p{N}]+(?: \p{Lu}[\p{L}\p{N}]+){0,3})$")
MAX_BODY_NAME_CHARS = 60  # characters back from ", perusahaan …" to the start of the body's name
MAX_ACRONYM_OPENING = 3  # letters of a short form that may open a sentence and be a word too ("BI", "OJK")
PAGE_FURNITURE = frozenset({"advert", "link", "pagination", "byline"})  # paragraphs that are no part of the story


def _organisations(text: str, layout: Layout, ctx: Context, acronyms: Acronyms, marks=()) -> list[tuple[int, str, str]]:
    """Organisations opening a sentence: what "pihaknya" may refer to (the first sentence starts after
    the dateline: "TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi (KPK) menahan ..."), outside
    quotation marks (`marks`: "“… Keputusan selalu sepihak.”" names no body the narrative means)."""
    out = []
    nouns = ctx.lang.grammar.words("organisation_nouns")
    quoted = Spans((m.start, m.end) for m in marks)
    dates = ctx.lang.grammar.words("day_names") | ctx.lang.grammar.words("months")
    # the nouns that say what kind of body a name set off after them is ("Platform", "Studio"), and whose
    # management it is ("Manajemen Aldo, Bintang Timur Management, menyampaikan")
    managers = ctx.lang.grammar.words("management_nouns")
    kinds = nouns | ctx.lang.grammar.words("organisation_anaphors") | ctx.lang.grammar.words("body_kind_nouns") | managers
    for s, e in layout.sentences:
        described = False
        p = layout.paragraph_at(s)
        if p is not None and layout.paragraphs[p].kind in PAGE_FURNITURE or quoted.holds(s):
            continue  # ("ADVERTISEMENT", "Baca juga: …" name no body that acts)
        m = ctx.lang.grammar.pattern("cap_run").match(text, s)
        comma = text.find(", ", s, e)
        opening = _opening_word(text, s, comma) if comma > s else ""  # (what kind of body, if it says)
        if (m is None or m.end() < comma) and comma > 0 and _opens_with_adjunct(text, s, comma, ctx):
            # "Dikonfirmasi soal pesan itu, KPU Muara Sakti membantahnya": the subject after the adjunct
            m = ctx.lang.grammar.pattern("cap_run").match(text, comma + 2)
        elif comma > s and (m is None or m.end() < comma or opening in managers) and (
                comma - s <= MAX_DESCRIBING_CHARS or comma - s <= MAX_KIND_DESCRIBING_CHARS and opening in kinds) and not any(
                ctx.lang.grammar.is_verb(w) for w in RE_WORDS.findall(text, s, comma)):
            # "Operator kapal, Sulu Star Shipping, menyampaikan duka": what the body is, then its name set off
            named = ctx.lang.grammar.pattern("cap_run").match(text, comma + 2)
            if named is not None and text.startswith(",", named.end()):
                # ("Studio pengembang gim asal Bandung, Lentera Interaktif, resmi merilis": what it is
                # says a body, whatever its name looks like)
                described = opening in kinds
                m = named
        if m is None or ctx.lang.outlet_by_alias.get(m.group().casefold()):
            continue
        # "Dalam ...", "Lembaga antirasuah itu": a clause opener or a common noun names nothing
        toks = mentions._trim(mentions.tokens(text, m.start(), m.end()), ctx)
        if toks and mentions._in(ctx.lang, "org_head", toks[0].bare):
            toks = mentions._trim(mentions.tokens(text, m.start(), _connected_end(text, m.end(), ctx)), ctx)
        while toks and ctx.lang.cues.get(toks[0].bare.casefold()):
            toks = toks[1:]  # ("Menurut Dirjen PSDKP itu, …": the cue is no word of a body's name)
        if len(toks) == 1 and toks[0].bare.casefold() in kinds:
            # "Perusahaan rintisan (start-up) niaga cepat Pasarnusa memutus …": what the body is, then its name
            named = RE_KIND_THEN_BODY.match(text, toks[0].end)
            # (not whose it is, "Perusahaan milik Budi Santoso", nor where it is from, "Perusahaan rintisan
            # asal Jakarta itu")
            if named is not None and not any(w in ctx.lang.function_words or ctx.lang.grammar.is_verb(w)
                                             or w in ctx.lang.grammar.words("owner_words")
                                             or w in ctx.lang.grammar.words("origin_words")
                                             for w in RE_WORDS.findall(named.group("kind"))):
                out.append((m.start(), _organisation(named.group("name"), acronyms, ctx), "organization"))
            continue
        if not toks or (len(toks) == 1 and (mentions.is_place(toks[0].bare.title(), ctx) or toks[0].bare in dates)):
            continue  # ... and neither does a dateline's place ("JAKARTA, KOMPAS -") nor a day set off
            # after an adjunct ("Sebagaimana dikutip Antara dari Reuters, Jumat, perusahaan itu menyebut")
        if (len(toks) == 1 and (toks[0].bare.isupper() and len(toks[0].bare) > MAX_ACRONYM_OPENING
                                or mentions.is_lower(text[toks[0].end + 1:toks[0].end + 2])
                                and not mentions._in(ctx.lang, "org_head", toks[0].bare))
                and regex.search(rf"(?<![\p{{L}}]){regex.escape(toks[0].bare.casefold())}(?![\p{{L}}])", text)):
            continue  # ("HARGA minyak mentah dunia terus tertekan": a lead's first word in capitals, a word
            # the article writes in lower case too; "Ruang kelas yang padat …": a common noun, capitalised
            # only as it opens the sentence)
        if len(toks) == 1 and mentions._nominal(toks[0], ctx):
            continue  # ("Keputusan itu diambil …": a derived noun alone names a thing, not a body; the
            # organisation nouns of that shape, "Kementerian", were read above)
        mention = mentions.classify(text, toks, ctx)
        if mention is not None and (mention.kind == "organization" or described and mention.kind == "person"):
            out.append((m.start(), _organisation(mention.name, acronyms, ctx), "organization"))
    for kind in _kind_set_off(ctx.lang).finditer(text):
        # "Sorotan juga mengarah ke Kilat, perusahaan rintisan paylater yang …": a body named, then what
        # it is, set off (not a place: "Di Jakarta, perusahaan itu …")
        m = RE_BODY_BEFORE_COMMA.search(text, max(0, kind.start() - MAX_BODY_NAME_CHARS), kind.start())
        p = layout.paragraph_at(kind.start())
        if (m is not None and not any(w in ctx.lang.place_words or w in dates for w in m.group(1).split())
                and not ctx.lang.outlet_by_alias.get(m.group(1).casefold())
                and (p is None or layout.paragraphs[p].kind not in PAGE_FURNITURE)):
            out.append((m.start(1), _organisation(m.group(1), acronyms, ctx), "organization"))
    return out


@functools.lru_cache(maxsize=8)
def _kind_set_off(lang) -> regex.Pattern:
    """", perusahaan rintisan …", ", sebuah lembaga …": what a body just named is, set off after it."""
    heads = lang.grammar.words("organisation_nouns") | lang.grammar.words("organisation_anaphors")
    alternation = "|".join(regex.escape(h) for h in sorted(heads, key=len, reverse=True))
    return regex.compile(rf", (?:sebuah |salah satu )?(?:{alternation}) \p{{Ll}}")


def _outlet(antecedent: tuple[int, str, str], ctx: Context) -> bool:
    """The antecedent is a news outlet the article cites, not a body that acts or speaks itself."""
    return antecedent[2] == "organization" and ctx.lang.outlet_by_alias.get(antecedent[1].casefold()) is not None


def _opening_clause(text: str, layout: Layout, pos: int, ctx: Context) -> tuple[int, int] | None:
    """The subordinate clause or adjunct that opens the sentence of `pos` and ends with a comma before
    it ("Saat dikonfirmasi …,", "Meski …,", "Di hadapan hakim tunggal Sigit Hariyanto,"), else None."""
    sent = layout.sentence_at(pos)
    if sent is None:
        return None
    first = mentions.RE_WORD_AT.match(text, sent[0], pos)
    word = first.group(1).casefold() if first is not None else ""
    grammar = ctx.lang.grammar
    if not (word in grammar.words("subordinators") or word in grammar.words("fronted_adjunct_prepositions")
            or mentions._passive(word, ctx)):
        return None
    comma = text.rfind(", ", sent[0], pos)
    return (sent[0], comma) if comma > 0 else None


def _opens_with_adjunct(text: str, s: int, comma: int, ctx: Context) -> bool:
    """The words before the sentence's first comma are an adjunct ("Dikonfirmasi soal pesan itu",
    "Saat dihubungi"), not a subject."""
    toks = mentions.tokens(text, s, comma)
    # ("Belum sempat Sugeng menjawab, kuasa hukumnya menyela": a subordinate clause is one too)
    return bool(toks) and (mentions._is_adjunct(toks, ctx) or mentions._passive(toks[0].bare.casefold(), ctx)
                           or mentions._occasion(toks, ctx) or mentions.opens_subordinate(text, s, comma, ctx.lang.grammar))


RE_NAMES_LISTED_ON = regex.compile(r"(?:, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)*,? dan \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*(?= \p{Ll})")
# "Warga Kelurahan Terjun, Kecamatan Medan Marelan, memang sudah lama mengeluhkan": residents by their
# place (a wider one set off), then the words up to the verb
RE_RESIDENTS_OF_PLACE = regex.compile(r"(\p{Lu}\p{Ll}+) (?P<place>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3})"
                                      r"(?:, \p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3},)? (?P<then>(?:\p{Ll}+ ){1,4})")
MAX_WORDS_TO_VERB = 4  # adverbs and aspect words between a group and its verb ("memang sudah lama mengeluhkan")
RE_MEMBERS_NAMED = regex.compile(r"(\p{Ll}+) \p{Lu}[\p{L}'-]*(?: (?:\p{Lu}[\p{L}'-]*|\(\p{Lu}[\p{L}-]*\)))*")  # "delegasi … (NUG) Myanmar"
RE_MEMBERS_SET_OFF = regex.compile(r"(\p{Lu}\p{Ll}+) [^,.;:\n]{1,60}?, (?P<name>\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,4})"
                                   r"(?: \([^()\n]{1,15}\))?,")


@functools.lru_cache(maxsize=8)
def _members_after_preposition(lang) -> regex.Pattern:
    """A body of members after a preposition that names a group (`group_prepositions`: dari, dengan),
    its name set off after what it is, to a comma or the sentence's end."""
    prepositions = "|".join(sorted(lang.grammar.words("group_prepositions")))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{prepositions}) (\p{{Ll}}+) [^,.;:\n]{{1,60}}?, "
                         rf"(?P<name>\p{{Lu}}[\p{{L}}'-]*(?: \p{{Lu}}[\p{{L}}'-]*){{0,4}})(?: \([^()\n]{{1,15}}\))?[,.]")


def _groups(text: str, layout: Layout, ctx: Context) -> list[tuple[int, str, str]]:
    """Groups that open a sentence ("Sejumlah orang tua murid mendatangi ..."): what "mereka" and
    "para orang tua itu" may refer to. The group's words run up to its verb."""
    heads = ctx.lang.words.get("group_head", ())
    grammar = ctx.lang.grammar
    found = []
    for s, e in layout.sentences:
        people = _people_group(text, s, e, ctx)
        if people is not None:
            found.append((s, people, "group"))
            continue
        words = RE_GROUP_WORDS.match(text, s, e)
        if words is None or words.group(1).casefold() not in heads:
            # "Di Desa Pingaran Ilir, Kecamatan Astambul, sejumlah warga memilih ...": after an opening
            # adjunct set off by a comma (no verb in it)
            # ("Di balkon ruang paripurna, puluhan warga Desa Roko-Roko, Wawonii, mengikuti sidang": the
            # first such comma, with places set off inside the group after it)
            for pattern in (RE_AFTER_FIRST_OPENER, RE_AFTER_OPENER):
                after = _past_opener(pattern, text, s, e, ctx)
                words = RE_GROUP_WORDS.match(text, after, e) if after is not None else None
                if words is not None and words.group(1).casefold() in heads:
                    break
        if words is not None and words.group(1).casefold() in heads:
            phrase = _group_phrase(words, ctx)
            if len(phrase) > 1:
                found.append((s, " ".join(phrase), "group"))
            continue
        counted = RE_COUNTED_GROUP.match(text, s, e)
        if counted is not None and (not counted.group(1) or counted.group(1).casefold() in grammar.words("amount_openers")):
            # "Sebanyak 23 anak buah kapal (ABK) asal Indonesia melaporkan …. Mereka mengaku …": people
            # counted, opening the sentence
            phrase = _group_phrase(counted, ctx, start=2)
            if len(phrase) > 1 and phrase[1] not in grammar.words("quantity_words"):
                found.append((s, " ".join(phrase), "group"))
                continue
        body = grammar.pattern("cap_run").match(text, s, e)
        listed = RE_NAMES_LISTED_ON.match(text, body.end(), e) if body is not None else None
        members = RE_MEMBERS_SET_OFF.match(text, s, e) if listed is None else None
        if members is not None and any(grammar.is_verb(w) for w in text[members.end(1):members.start("name")].split()):
            members = None  # ("Delegasi BKSAP dijadwalkan bertolak ke Brussel, Belgia,": a verb, then places)
        if listed is None and (members is None or members.group(1).casefold() not in grammar.words("membership_nouns")):
            # "Sikap berbeda datang dari kelompok suporter PSIS Semarang, Panser Biru. Mereka menilai …": a
            # body of members a preposition names, set off after what it is
            members = _members_after_preposition(ctx.lang).search(text, s, e)
        if members is not None and members.group(1).casefold() in grammar.words("membership_nouns"):
            # "Kelompok suporter Persibat, Batang Mania, meminta maaf … . Mereka menyatakan …": the
            # group a body of members set off after what it is names
            found.append((s, members.group("name"), "group"))
            continue
        if (body is not None and " " in body.group() and body.group().split(" ", 1)[0].casefold() in grammar.words("membership_nouns")
                and text.startswith((",", " "), body.end())):
            # "Koalisi Udara Bersih Jabodetabek, gabungan 12 organisasi …, turut menyoroti …. Mereka menilai …":
            # a body of members named in full, opening the sentence (with the rest of a list of whose:
            # "Delegasi Indonesia, Thailand, dan Filipina mendorong …")
            found.append((s, text[s:listed.end() if listed is not None else body.end()], "group"))
            continue
        opened = _past_opener(RE_AFTER_FIRST_OPENER, text, s, e, ctx)
        named = RE_MEMBERS_NAMED.match(text, opened, e) if opened is not None else None
        if named is not None and named.group(1) in grammar.words("membership_nouns"):
            # "Di luar arena resmi, delegasi Pemerintah Persatuan Nasional (NUG) Myanmar yang berada di Cebu
            # menggelar jumpa pers. Mereka mendesak …": a body of members, in lower case after an opener
            found.append((s, named.group(), "group"))
            continue
        alone = RE_GROUP_WORDS.match(text, s, e)
        if (alone is not None and alone.group(1).casefold() in grammar.words("resident_nouns") and alone.group(1)[:1].isupper()
                and grammar.is_verb(alone.group(2).split()[0])):
            # "Warga berharap pemerintah … . Mereka meminta …": the residents, as a whole
            found.append((s, alone.group(1), "group"))
            continue
        placed = RE_RESIDENTS_OF_PLACE.match(text, s, e)
        if (placed is not None and placed.group(1).casefold() in grammar.words("resident_nouns")
                and any(grammar.is_verb(w) for w in placed.group("then").split()[:MAX_WORDS_TO_VERB])):
            # "Warga Kelurahan Terjun, Kecamatan Medan Marelan, memang sudah lama mengeluhkan … . Mereka juga
            # menyebut …": the residents of the place, as a whole
            other = placed.group("then").split()[0]  # ("Warga Tambak Lorok lainnya": the others of them)
            found.append((s, f"{placed.group(1)} {placed.group('place')}"
                             + (f" {other}" if other in grammar.words("other_words") else ""), "group"))
            continue
        # "AFP mewawancarai sejumlah nelayan di Provinsi Palawan. Mereka mengaku ...": people a verb
        # names as its object (a subject before them is still whom "mereka" means first: see
        # `_subject_over_object`)
        for verb in RE_VERB_THEN_GROUP.finditer(text, s, e, overlapped=True):
            # (and after "dari", "dengan": "Keluhan serupa datang dari sejumlah nelayan di Pantai Loji. Mereka
            # menyebut …", "Kompas.com berbincang dengan sejumlah diplomat. Mereka menilai …")
            if ((grammar.is_verb(verb.group(1)) or verb.group(1) in grammar.words("group_prepositions"))
                    and verb.group(2) in heads
                    and mentions.is_title_word(verb.group(3), ctx.lang)):
                words = RE_GROUP_WORDS.match(text, verb.start(2), e)
                found.append((verb.start(2), " ".join(_group_phrase(words, ctx)), "group"))
    return found


def _people_group(text: str, s: int, e: int, ctx: Context) -> str | None:
    """People named by what they do or are, no one of them by name, opening a sentence (or after an
    opener set off by a comma, in lower case) before their verb: "Petani di wilayah itu juga gagal
    panen", "Warga lain di lingkungan itu, sebagian besar buruh harian, menyampaikan …", "Di Desa
    Papela, keluarga para nelayan menunggu …": whom "mereka" next may mean. Not one of them pointed
    at ("Petani itu"), nor a name after them ("Petani Kasmadi")."""
    grammar = ctx.lang.grammar
    starts = [s]
    first = RE_WORD_RUN.match(text, s, e)
    if first is not None and first.group().casefold() in ctx.lang.function_words:
        # (after an adjunct, "Di Desa Papela, Rote Timur,"; not after a name, whose description follows)
        starts.extend(filter(None, (_past_opener(pattern, text, s, e, ctx) for pattern in (RE_AFTER_FIRST_OPENER, RE_AFTER_OPENER))))
    nouns = grammar.words("people_nouns") | grammar.words("resident_nouns")
    stops = (grammar.words("predicate_words") | grammar.words("predicate_adverbs") | grammar.words("relative")
             | grammar.words("demonstratives") | grammar.words("time_span_words"))
    wheres = grammar.words("people_place_words")
    for at in starts:
        head = RE_PEOPLE_HEAD.match(text, at, e)
        # ("Mama-mama pedagang sayur asal Kampung Wasur": a word of address said twice, many of them)
        said_twice = head is not None and mentions._reduplicated(head.group(1).casefold()) and (
            head.group(1).partition("-")[0].casefold() in nouns | grammar.words("kin_nouns")
            or mentions._in(ctx.lang, "honorific", head.group(1).partition("-")[0].capitalize()))
        if head is None or (head.group(1).casefold() not in nouns and not said_twice or at == s and not head.group(1)[:1].isupper()
                             or at != s and not head.group(1).islower()):
            continue
        words, end = [head.group(1)], head.end(1)
        # ("keluarga para nelayan": whose family, in lower case)
        for w in RE_WORD_RUN.finditer(text, end, e):
            word = w.group()
            if w.start() != end + 1 or text[end:w.start()] != " ":
                break
            if word[:1].isupper() and not (any(w in wheres for w in words) or mentions.is_place(word, ctx)
                                           or words[0].casefold() in grammar.words("resident_nouns") and len(words) > 1):
                return None  # ("Petani Kasmadi": a name after what the person is; "Guru Besar …": a title)
            if (word.islower() and (grammar.is_verb(word) or ctx.lang.cues.get(word) or word in stops and len(words) == 1
                                    or word in stops and words[-1] not in wheres and not _place_tail(words, wheres))):
                break
            words.append(word)
            end = w.end()
        while words and (words[-1] in wheres or words[-1] in ctx.lang.function_words
                         and not (words[-1] in grammar.words("demonstratives") and _place_tail(words[:-1], wheres))):
            words.pop()  # ("Petani di wilayah itu": a place's demonstrative stays)
        if len(words) == 1 and not head.group(1).islower() and text[end:end + 1] != ",":
            # ("Warga berharap …" is read below; one word alone names a group only set off, or after an opener)
            return None
        wider = RE_WIDER_PLACE_SET_OFF.match(text, end) if any(w in wheres for w in words) else None
        if wider is not None:
            # ("Warga bantaran Ciliwung di Kampung Pulo, Jatinegara, umumnya …": the wider place set off)
            words.append(f", {wider.group(1)}")
            end = wider.end(1)
        if len(words) == 1 and at == s or RE_NAMED_SET_OFF.match(text, end):
            return None  # (nor where they are named next: "Orang tua korban, Darsono (60) dan Kasmini (57),")
        return " ".join(words).replace(" , ", ", ")
    return None


def _place_tail(words: list[str], wheres: frozenset[str]) -> bool:
    """The words so far end in a place after "di" ("di lingkungan"), whose demonstrative may follow."""
    return len(words) >= 2 and words[-2] in wheres


RE_WIDER_PLACE_SET_OFF = regex.compile(r", (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)(?=,)")
RE_NAMED_SET_OFF = regex.compile(r", \p{Lu}")
RE_PEOPLE_HEAD = regex.compile(r"(\p{L}+(?:-\p{L}+)?(?: tua)?)(?![\p{L}\p{N}])")
RE_WORD_RUN = regex.compile(r"[\p{L}\p{N}'’-]+")


def _defined_bodies_before(text: str, acronyms: Acronyms, pos: int, layout: Layout, body: str,
                           ctx: Context) -> list[tuple[int, str, str]]:
    """The last body of the kind `body` says ("lembaga", "organisasi") whose short form the article
    defined in `pos`'s paragraph or the one before ("Organisasi Kesehatan Dunia (WHO)")."""
    para = layout.paragraph_at(pos)
    if para is None or not acronyms:
        return []
    lo = layout.paragraphs[max(0, para - 1)].start
    found = []
    for short, long in acronyms.items():
        at = text.find(f"({short})", lo, pos)
        if at < 0 or " " in short:
            continue
        start = text.rfind(long.split(" ", 1)[0], lo, at)
        if start < 0 or not mentions._in(ctx.lang, "org_head", long.split(" ", 1)[0]) or _other_body(long, body, ctx):
            continue
        found.append((start, long, "organization"))
    return sorted(found)[-1:]


def _syllable_title_holder(short: str, pos: int, names: list[_Name], ctx: Context) -> _Name | None:
    """The latest person before `pos` whose role a one-word title written short spells, a syllable of
    each of its first words ("Kadisdag": Kepala Dinas Perdagangan; "Kakantah": Kepala Kantor
    Pertanahan), where no one the article names bears the word; else None."""
    grammar = ctx.lang.grammar
    folded = short.casefold()
    if " " in short or not grammar.pattern("title_acronym").match(folded) or mentions._in(ctx.lang, "title", short):
        return None
    if any(short in n.name.split() for n in names if n.start != pos):
        return None  # ("Kartini", "Kasno": a name the article gives someone)
    heads = grammar.words("title_acronym_heads")
    skip = grammar.words("list_conjunctions")
    for n in sorted(names, key=lambda n: n.start, reverse=True):
        if n.start >= pos or not n.role:
            continue
        words = [w for w in _tokens(RE_WORDS_ONLY.sub(" ", n.role)) if w not in skip]
        if words and words[0] in heads and _syllables_spell(folded, words, grammar.ordered("noun_prefixes")):
            return n
    return None


def _syllables_spell(short: str, words: list[str], prefixes: tuple[str, ...] = ()) -> bool:
    """`short` is a piece of each of `words` in turn, from the first, two letters or more each, its
    letters in the word's order from the word's first letter or the first after a noun prefix
    ("kadisdikbud": KepAla DInaS pen-DIKan ke-BUDayaan; "kakantah": KepAla KANtor per-TAHanan)."""
    def starts(word: str) -> list[int]:
        return [0] + [len(p) for p in prefixes if word.startswith(p) and len(word) > len(p) + 2]

    def within(piece: str, word: str, at: int) -> bool:
        if word[at:at + 1] != piece[0]:
            return False
        rest = iter(word[at + 1:])
        return all(c in rest for c in piece[1:])

    def spell(at: int, k: int) -> bool:
        if at == len(short):
            return k >= 3  # (a title and two words at least: "Kadis" alone is the lexicon's)
        if k == len(words):
            return False
        word = words[k]
        for size in range(len(short) - at, 1, -1):
            piece = short[at:at + size]
            if (within(piece, word, 0) if k == 0 else any(within(piece, word, i) for i in starts(word))) \
                    and spell(at + size, k + 1):
                return True
        return False
    return spell(0, 0)


def _people_before(text: str, layout: Layout, pos: int, ctx: Context) -> list[tuple[int, str, str]]:
    """"Pedagang lain di los sayur mengalami hal serupa. Mereka menyebut …": with no group named before
    it, "mereka" opening a sentence is the people the sentence before it opens with, a person noun and
    its words up to the verb (in the same paragraph; after an opener set off by a comma, if any)."""
    at = layout.sentence_at(pos)
    para = layout.paragraph_at(pos)
    if at is None or para is None or at[0] != pos:
        return []
    before = layout.sentence_before(pos)
    if before is None or layout.paragraph_at(before[0]) != para:
        return []
    s, e = before
    s = _past_opener(RE_AFTER_FIRST_OPENER, text, s, e, ctx) or s
    toks = mentions.tokens(text, s, e)[:MAX_PEOPLE_WORDS + 2]
    head = toks[0].bare.casefold() if toks else ""
    if not (mentions.is_title_word(head, ctx.lang) or head in ctx.lang.grammar.words("person_nouns")):
        return []
    grammar = ctx.lang.grammar
    # (up to its verb, past an adverb before it: "… di Jaffna justru menyambut")
    verb = next((k for k, t in enumerate(toks) if k and t.text.islower() and grammar.is_verb(t.text)), None)
    if verb is None or verb > MAX_PEOPLE_WORDS or any(t.text in ",:;" for t in toks[:verb]):
        return []
    end = verb
    while end > 1 and toks[end - 1].text.islower() and toks[end - 1].text in ctx.lang.function_words:
        end -= 1
    return [(toks[0].start, text[toks[0].start:toks[end - 1].end], "group")]


MAX_DESCRIBING_CHARS = 40  # "Operator kapal, Sulu Star Shipping,": what a body is, before its name set off
MAX_KIND_DESCRIBING_CHARS = 90  # ... led by what kind of body: "Perusahaan komputasi awan asal Amerika Serikat,"
MAX_PEOPLE_WORDS = 8  # "perwakilan nelayan Tamil Sri Lanka di Jaffna": the people a sentence opens with


def _opening_word(text: str, start: int, end: int) -> str:
    """The first word from `start`, folded, after any dateline ("Jakarta (ANTARA) - Perusahaan
    komputasi awan …" → "perusahaan"): what kind of body a name set off after it may be."""
    dash = mentions.RE_DATELINE_DASH.search(text, start, end)
    word = RE_WORDS.search(text, dash.end() if dash is not None else start, end)
    return word.group().casefold() if word is not None else ""


def _past_opener(pattern: regex.Pattern, text: str, s: int, e: int, ctx: Context) -> int | None:
    """Where a sentence goes on after the opener `pattern` finds ("Di Desa Pingaran Ilir, …, "), if it
    finds one with no verb in it (an adjunct set off by a comma, not a clause); else None."""
    opener = pattern.match(text, s, e)
    if opener is None or any(ctx.lang.grammar.is_verb(w) for w in RE_WORDS.findall(opener.group())):
        return None
    return opener.end()


def _group_phrase(words: regex.Match, ctx: Context, start: int = 1) -> list[str]:
    """The words of a group (`words`: RE_GROUP_WORDS at its head, or RE_COUNTED_GROUP with `start` 2),
    up to a verb, function word or cue; and where they are, a place in capitals after "di" ("sejumlah
    nelayan di Provinsi Palawan")."""
    phrase = [words.group(start)]
    predicates = ctx.lang.grammar.words("predicate_words") | ctx.lang.grammar.words("predicate_adverbs")
    for w in words.group(start + 1).split():
        # (nor a word of the predicate: "para pemain sangat kecewa", "banyak pembudidaya enggan menjual")
        if ctx.lang.grammar.is_verb(w) or w in ctx.lang.function_words or ctx.lang.cues.get(w) or w in predicates:
            break
        phrase.append(w)
    after = words.start(start) + len(" ".join(phrase)) + 1
    if len(phrase) > 2 and phrase[-1] in ctx.lang.grammar.words("origin_words"):
        # ("14 pemagang asal Indonesia": where they are from, in capitals after the word that says so)
        place = RE_NAME_WORDS_AFTER.match(words.string, after)
        if place is not None and mentions.is_place(place.group().split()[0], ctx):
            phrase.append(place.group())
            after = place.end() + 1
        else:
            phrase.pop()
    if len(phrase) > 1 and (where := ctx.lang.grammar.pattern("group_place").match(words.string, after)):
        toks = mentions.tokens(words.string, where.start(1), where.end(1))
        if mentions._place_segment(toks, ctx):
            phrase.append(where.group())
    elif len(phrase) > 1 and phrase[-1] in ctx.lang.grammar.words("resident_nouns"):
        # "Sejumlah warga Desa Sukamaju": residents are named with where they live
        run = ctx.lang.grammar.pattern("cap_run").match(words.string, after)
        if run is not None and mentions._place_segment(mentions.tokens(words.string, *run.span()), ctx):
            phrase.append(run.group())
    return phrase


def _holder_just_named(pos: int, layout: Layout, candidates: list[tuple[int, str, str]], head: tuple[str, ...],
                       roles: dict[str, str | None], ctx: Context) -> list[tuple[int, str, str]]:
    """The one person the sentence right before the one `pos` opens, in its paragraph, names with a role
    whose head is the description's (`head`): "Nisa ditangani pelatih kepala pelatnas angkat besi
    putri, Wang Jianhua. Pelatih asal China itu menilai …" is Wang Jianhua; else empty."""
    sent, before = layout.sentence_at(pos), layout.sentence_before(pos)
    if not head or sent is None or sent[0] != pos or before is None or layout.paragraph_at(before[0]) != layout.paragraph_at(pos):
        return []
    inside = [a for a in candidates if before[0] <= a[0] < before[1] and a[2] == "person"]
    holders = {a[1] for a in inside if _head(roles.get(fold(a[1])), ctx) == head}
    if len(holders) != 1:
        return []
    held = holders.pop()
    return [a for a in inside if a[1] == held][-1:]


def _turned_to(text: str, pos: int, layout: Layout, candidates: list[tuple[int, str, str]], ctx: Context,
               sex: str | None, sexes: dict[str, str] | None, head: tuple[str, ...],
               roles: dict[str, str | None], names: list[_Name], fullest: Callable[[str], str]) -> list[tuple[int, str, str]]:
    """The person the sentence right before `pos`'s, in its paragraph, opens with and marks as the one the
    story turns to ("Sosa sendiri menyambut …", "Rendy sendiri mengaku …"), as a list of the antecedent
    (none where it is of the other sex than `sex` says, nor where the description's title, `head`, is
    none of the person's role: "Whitfield sendiri …" is no "menteri berusia 61 tahun itu" if Whitfield
    is the ambassador); else empty."""
    before = layout.sentence_before(pos)
    if before is None or layout.paragraph_at(before[0]) != layout.paragraph_at(pos):
        return []
    found = ctx.lang.grammar.pattern("turned_to").match(text, before[0], before[1])
    if found is None:
        return []
    named = _tokens(found.group("name"))
    titled = bool(head) and mentions.is_title_word(head[0], ctx.lang)
    # (the name as written there, of whoever the article named so before, if only in what someone said:
    # "Sosa" of "… kompatriotnya, Matías Nahuel Sosa.")
    people = [(before[0], fullest(n.name), "person") for n in names if n.start < before[0] and set(named) <= set(_tokens(n.name))]
    fitting = [a for a in [*reversed(candidates), *reversed(people)] if a[2] == "person" and a[0] < before[1] and set(named) <= set(_tokens(a[1]))
               and not (sex is not None and sexes is not None and sexes.get(fold(a[1]), sex) != sex)
               and not (titled and roles.get(fold(a[1])) and head[0] not in _role_words_long(roles[fold(a[1])], ctx))]
    return fitting[:1]


def _report_maker_before(text: str, pos: int, layout: Layout, ctx: Context) -> str | None:
    """Who made the report named last before `pos`, within ANTECEDENT_PARAGRAPHS paragraphs, by the
    capitals after a report noun ("laporan sementara Pusdalops BNPB", "Hasil kajian Walhi Kalimantan
    Barat", "laporan Jaringan Advokasi Tambang (Jatam) Maluku Utara bertajuk …"), else None."""
    para = layout.paragraph_at(pos)
    if para is None:
        return None
    lo = layout.paragraphs[max(0, para - ANTECEDENT_PARAGRAPHS)].start
    for found in reversed(list(_report_nouns(ctx.lang).finditer(text, lo, pos))):
        if not layout.same_story(found.start(), pos):
            continue
        # (within the noun's sentence: "… dana riset. Kita belum sampai ke sana" names no maker)
        sent = layout.sentence_at(found.start())
        toks = mentions.tokens(text, found.start(), min(pos, found.start() + REPORT_MAKER_REACH,
                                                        sent[1] if sent is not None else pos))
        k = next((k for k, t in enumerate(toks) if k and mentions.is_capitalised(t)), None)
        if k is None:
            continue
        end = next((j for j in range(k, len(toks)) if not mentions.is_capitalised(toks[j])
                    and not toks[j].text.startswith("(")), len(toks))
        maker = mentions.classify(text, toks[:end], ctx)
        if maker is not None and maker.kind == "organization":
            return maker.name
    return None


REPORT_MAKER_REACH = 120  # characters after a report noun where the name of who made it may stand


@functools.lru_cache(maxsize=8)
def _report_nouns(lang) -> regex.Pattern:
    """The report nouns of `lang` ("laporan", "Kajian"), as words in either case."""
    nouns = "|".join(regex.escape(w) for w in sorted(lang.grammar.words("report_nouns"), key=len, reverse=True))
    return regex.compile(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{nouns})(?![\p{{L}}\p{{N}}])")


def _next_paragraph(layout: Layout, a: int, b: int) -> bool:
    """Positions a <= b stand in one paragraph or in two next to each other."""
    pa, pb = layout.paragraph_at(a), layout.paragraph_at(b)
    return pa is not None and pb is not None and pb - pa <= 1


def _prior(antecedents: list[tuple[int, str, str]], pos: int, layout: Layout) -> list[tuple[int, str, str]]:
    """The antecedents before `pos`, within ANTECEDENT_PARAGRAPHS paragraphs and with no headline or
    caption between (`antecedents` is sorted by position)."""
    para = layout.paragraph_at(pos)
    if para is None:
        return []
    window = layout.paragraphs[max(0, para - ANTECEDENT_PARAGRAPHS)].start
    lo = bisect.bisect_left(antecedents, (window,))
    hi = bisect.bisect_left(antecedents, (pos,))
    return ([a for a in antecedents[lo:hi] if layout.unbroken(a[0], pos)]
            # (past a caption when nothing after it can be meant: "… kata Andri. / Ilustrasi … (Foto: …) /
            # Ia meminta agar …")
            or [a for a in antecedents[lo:hi] if layout.same_story(a[0], pos)]
            # (past the headline of another article inserted in the story, when nothing after it can be
            # meant: "… kata Hollis. / Kemarau Panjang Intai Jawa, Petani Diminta … / Dia menambahkan, …")
            or [a for a in antecedents[lo:hi] if layout.inserted_headlines_only(a[0], pos)])


@functools.lru_cache(maxsize=mentions.WORD_CACHE)
def _plausible_role(role: str, lang) -> bool:
    """A role holds no quotation mark, date nor reporting verb, and does not end on a word that goes on
    to another ("dan", "pada", "yang"): what does is a clause or a quote cut where a name was taken."""
    grammar = lang.grammar
    going_on = (grammar.words("list_conjunctions") | grammar.words("place_prepositions") | grammar.words("relative")
                | grammar.words("object_prepositions"))
    words = role.split()
    # (nor a verb that reports: "Kapolres Jombang AKBP Rahmat Hidayat mengatakan" is a clause before a name)
    return RE_NOT_IN_A_ROLE.search(role) is None and not (words and words[-1] in going_on) and not any(
        (cue := lang.cues.get(w)) is not None and cue.kind == "verb"
        # ("Jaksa menghadirkan kontraktor asal Karanganyar": a clause; but "yang membidangi hukum" describes)
        or k and grammar.is_verb(w) and grammar.pattern("active_verb").match(w) and words[k - 1] not in grammar.words("relative")
        for k, w in enumerate(words))


def _role_as_given(role: str, lang) -> str:
    """The role without what only describes its holder: the words that make them one of several
    ("Warga lain"), where a team or body named in it comes from ("Pelatih Real Betis asal Argentina";
    but "turis asal Perth" says who the tourist is). (An age, "nelayan berusia 45 tahun", is kept: the
    writers of the held-out text keep it more often than not.)"""
    grammar = lang.grammar
    words = role.split()
    while len(words) > 1 and words[-1].casefold() in grammar.words("other_words"):
        words.pop()
    origin = next((k for k, w in enumerate(words) if k > 1 and w in grammar.words("origin_words")), None)
    if origin is not None and any(w[:1].isupper() for w in words[1:origin]):
        words = words[:origin]
    return " ".join(words) or role


RE_CAPITALS_AFTER = regex.compile(r"(?: \p{Lu}[\p{L}-]*)+")
RE_NAME_WORD_AFTER = regex.compile(r" (\p{Lu}[\p{L}\p{N}-]*|\p{Ll}+)(?![\p{L}\p{N}])")
RE_NOT_IN_A_ROLE = regex.compile(r"[\"“”«»]|&quot;|\(\d{1,2}/\d{1,2}")


def _entities(text: str, quotes: list[Quote], names: list[_Name], index: _WordIndex | None, lang) -> list[Entity]:
    entities: dict[str, Entity] = {}
    listed: dict[str, list[tuple[int, int]]] = {}
    for q in quotes:
        if not q.name:
            continue
        key = q.name.casefold()
        ent = entities.get(key)
        if ent is None:
            ent = entities[key] = Entity(f"e{len(entities) + 1}", q.name, q.kind or "unknown")
            if q.kind == "person":
                held = (names[k] for k in index.holding_any(q.name)) if index is not None else names
                # (a mention is the words as written: "Leonardo "Leo" Dizon" of the name Leonardo Dizon)
                ent.mentions.extend((text[n.start:n.end], n.start, n.end) for n in held if contains(q.name, n.name))
        q.entity = ent.id
        if q.role and not _plausible_role(q.role, lang):
            # ("lokasi pada Senin (5/8/2024) dan", "peluncuran itu «provokasi": no role, but the one the
            # article gives the name elsewhere: "Bupati Samosir, Bonar Simanjuntak, meninjau lokasi pada …")
            q.role = next((names[k].role for k in (index.holding_any(q.name) if index is not None else range(len(names)))
                           if q.kind == "person" and names[k].role and contains(q.name, names[k].name)
                           and contains(names[k].name, q.name) and _plausible_role(names[k].role, lang)), None)
        if q.role:
            q.role = _role_as_given(q.role, lang)
        if q.role and q.role not in ent.roles:
            ent.roles.append(q.role)
    for q in quotes:
        if q.entity is None:
            continue
        ent = entities[q.name.casefold()]
        # a later mention ("ujarnya") keeps the role the article gave the speaker earlier
        if not q.role and ent.roles:
            q.role = ent.roles[0]
        m = q.mention
        if m is None:
            continue
        # a mention that holds a name already listed ("Menteri X Arif Santoso") adds nothing
        if ent.id not in listed:
            listed[ent.id] = sorted((s, e) for _t, s, e in ent.mentions)
        spans = listed[ent.id]
        i = bisect.bisect_left(spans, (m.start,))
        while i < len(spans) and spans[i][0] < m.end and spans[i][1] > m.end:
            i += 1
        if not (i < len(spans) and spans[i][0] < m.end):
            ent.mentions.append((m.text, m.start, m.end))
            bisect.insort(spans, (m.start, m.end))
    for ent in entities.values():
        ent.mentions.sort(key=lambda t: t[1])
    return list(entities.values())
