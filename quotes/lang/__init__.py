"""Language knowledge as data: loads the lexicons under ``quotes/lang/<code>/``.

Nothing here knows Indonesian: cues, titles, outlets, source phrases and boilerplate patterns are
files, so a second language is a second folder. This module only reads and indexes them.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib import resources
from collections.abc import Iterable

import regex

from ..errors import LanguageNotFound



@dataclass(frozen=True)
class Cue:
    id: str
    form: str
    lemma: str
    kind: str  # verb | short | passive | according
    needs_complementizer: bool = False
    object_prone: bool = False  # often takes a noun phrase ("menjelaskan kronologi"), not a clause
    reports: bool = False  # an outlet's verb of reporting ("melaporkan"): its subject is the source too
    needs_predicate: bool = False  # records data ("mencatat 48.312 kasus"): a claim only with a predicate


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    kind: str
    parent: str | None = None
    common_word: bool = False


@dataclass(frozen=True)
class SourcePhrase:
    id: str
    kind: str  # source | report | kepada
    pattern: regex.Pattern


class Grammar:
    """The grammar words and patterns of `grammar.json`: word sets and compiled patterns by id."""

    def __init__(self, raw: dict):
        # (a list of lists: groups of phrases that say one thing, "pengacara" and "kuasa hukum")
        grouped = {k for k, v in raw.items() if isinstance(v, list) and v and isinstance(v[0], list)}
        self._groups = {k: tuple(tuple(tuple(phrase.casefold().split()) for phrase in group) for group in raw[k])
                        for k in grouped}
        self._words = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list) and k not in grouped}
        self._lists = {k: tuple(v) for k, v in raw.items() if isinstance(v, list) and k not in grouped}
        self._patterns = {k.removesuffix("_pattern"): regex.compile(v) for k, v in raw.items()
                          if k.endswith("_pattern") and isinstance(v, str)}
        self._ranges = {k: {phrase: (lo, hi) for phrase, (lo, hi) in v.items()} for k, v in raw.items() if isinstance(v, dict)}

    def words(self, name: str) -> frozenset[str]:
        return self._words[name]

    def word_groups(self, name: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """Groups of phrases, each phrase as its folded words: [["pengacara"], ["kuasa", "hukum"]], ..."""
        return self._groups[name]

    def is_verb(self, word: str) -> bool:
        """`word` has a verb's shape (the "verbal" pattern) and is no noun that only looks like one
        (the "non_verbal" words)."""
        return self._patterns["verbal"].match(word) is not None and word not in self._words["non_verbal"]

    def ordered(self, name: str) -> tuple[str, ...]:
        return self._lists[name]

    def pattern(self, name: str) -> regex.Pattern:
        return self._patterns[name]

    def ranges(self, name: str) -> dict[str, tuple[int, int]]:
        """Phrases with the range of numbers each stands for ("paruh baya": 40 to 64 years)."""
        return self._ranges[name]


@dataclass(frozen=True, eq=False)
class Lang:
    """Every lexicon of one language, indexed for lookup."""

    code: str
    cues: dict[str, Cue]
    words: dict[str, frozenset[str]]  # mention kind -> forms (title, rank, honorific, ...)
    places: frozenset[str]
    place_words: frozenset[str]
    strong_place_words: frozenset[str]  # words of place names, not "Utara" or "Kota"
    place_nouns: frozenset[str]  # "Kota", "Desa", "Sungai": a word that makes what follows a place
    place_full: dict[str, str]  # a place's short form -> its full name ("Jateng" -> "Jawa Tengah")
    outlets: tuple[Outlet, ...]
    outlet_by_alias: dict[str, Outlet]
    outlet_prefixes: tuple[str, ...]
    source_phrases: tuple[SourcePhrase, ...]
    boilerplate: tuple[tuple[str, str, regex.Pattern], ...]
    abbreviations: frozenset[str]
    function_words: frozenset[str]
    grammar: Grammar
    _outlet_ids: dict[str, Outlet] = field(default_factory=dict)
    # the kinds of outlet a prefix names ("harian": newspaper): what "harian tersebut" may refer to
    outlet_prefix_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    # the bodies a role noun works for ("jaksa": Kejaksaan, Kejari): whom "jaksa itu" may refer to
    role_bodies: dict[str, frozenset[str]] = field(default_factory=dict)
    # the official short form of a body's name → its long one ("Kemenkes" → "Kementerian Kesehatan")
    long_forms: dict[str, str] = field(default_factory=dict)
    # the names of countries ("Spanyol", "Korea Selatan"): "petenis asal Spanyol itu" is no one from another
    countries: frozenset[str] = frozenset()
    # the epithets news gives a body or a country, folded → its name ("lembaga antirasuah" → KPK)
    epithets: dict[str, str] = field(default_factory=dict)
    # the given names borne by one sex, folded → "m" or "f" ("Aloysius", "Rahmawati")
    name_sexes: dict[str, str] = field(default_factory=dict)

    def outlet(self, outlet_id: str) -> Outlet | None:
        return self._outlet_ids.get(outlet_id)

    @functools.cached_property
    def short_cues(self) -> frozenset[str]:
        """The one-word cues written after a quote ("kata", "ujar"), without their -nya."""
        return frozenset(form for form, cue in self.cues.items() if cue.kind == "short" and " " not in form)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, factored by common prefix ("ujar|ucap|ungkap" → "u(?:jar|cap|ngkap)").

    A flat alternation of a hundred words makes the engine try every word at every position; the
    factored one reads each character once. It matches what the flat, longest-first one matches.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alts = [regex.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


def _rows(code: str, name: str) -> list[dict]:
    path = resources.files(__name__).joinpath(code, name)
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _json(code: str, name: str) -> dict:
    with resources.files(__name__).joinpath(code, name).open(encoding="utf-8") as fh:
        return json.load(fh)


def available() -> list[str]:
    """The language codes that have a data folder."""
    root = resources.files(__name__)
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.joinpath("cues.jsonl").is_file())


# the kinds of mention word whose dotted forms are abbreviations: "Tgk. Ridwan", "S.Ag., M.Pd."
DOTTED_KINDS = ("honorific", "degree", "rank")


def _dotted(words: dict[str, set[str]]) -> frozenset[str]:
    """The honorifics, degrees and ranks written with a dot, each with its final dot ("Tgk.",
    "S.Ag."): a dot after one ends no sentence, as after the abbreviations listed as such."""
    return frozenset(f if f.endswith(".") else f + "." for kind in DOTTED_KINDS for f in words.get(kind, ()) if "." in f)


@functools.lru_cache(maxsize=None)
def load(code: str = "id") -> Lang:
    """Load and index the data of language `code` (cached: loaded once per process)."""
    if code not in available():
        raise LanguageNotFound(code, available())
    cues = {r["form"]: Cue(r["id"], r["form"], r["lemma"], r["kind"], r.get("needs_complementizer", False),
                           r.get("object_prone", False), r.get("reports", False), r.get("needs_predicate", False))
            for r in _rows(code, "cues.jsonl")}
    words: dict[str, set[str]] = {}
    bodies: dict[str, frozenset[str]] = {}
    long_forms: dict[str, str] = {}
    epithets: dict[str, str] = {}
    for r in _rows(code, "mentions.jsonl"):
        words.setdefault(r["kind"], set()).add(r["form"])
        if r.get("note"):  # ("role_word:sports club": the words of a kind that a note sets apart)
            words.setdefault(f'{r["kind"]}:{r["note"]}', set()).add(r["form"])
        if r.get("bodies"):
            bodies[r["form"]] = frozenset(b.casefold() for b in r["bodies"])
        if r.get("long"):
            long_forms[r["form"]] = r["long"]
        if r.get("refers"):
            epithets[r["form"].casefold()] = r["refers"]
    place_rows = _rows(code, "places.jsonl")
    places = frozenset(r["form"] for r in place_rows)
    outlets = tuple(
        Outlet(r["id"], r["name"], tuple(r.get("aliases", ())), tuple(r.get("domains", ())), r.get("kind", "online"),
               r.get("parent"), bool(r.get("common_word", False)))
        for r in _rows(code, "outlets.jsonl"))
    by_alias: dict[str, Outlet] = {}
    for o in outlets:
        for form in (o.name, *o.aliases, *o.domains):
            by_alias.setdefault(form.casefold(), o)
    phrases, prefixes = [], []
    prefix_kinds: dict[str, frozenset[str]] = {}
    for r in _rows(code, "sources.jsonl"):
        if r["kind"] == "outlet_prefix":
            prefixes.append(r["form"])
            if r.get("outlet_kinds"):
                prefix_kinds[r["form"]] = frozenset(r["outlet_kinds"])
        else:
            phrases.append(SourcePhrase(r["id"], r["kind"], regex.compile(r["pattern"])))
    boiler = tuple((r["id"], r["kind"], regex.compile(r["pattern"])) for r in _rows(code, "boilerplate.jsonl"))
    return Lang(
        code=code,
        cues=cues,
        words={k: frozenset(v) for k, v in words.items()},
        places=places,
        place_words=frozenset(w for p in places for w in p.split()),
        strong_place_words=frozenset(r["form"] for r in place_rows
                                     if r["kind"] not in ("direction", "feature") and " " not in r["form"]),
        place_nouns=frozenset(r["form"] for r in place_rows if r["kind"] == "feature"),
        place_full={r["form"]: r["full"] for r in place_rows if r.get("full")},
        outlets=outlets,
        outlet_by_alias=by_alias,
        outlet_prefixes=tuple(sorted(prefixes, key=len, reverse=True)),
        source_phrases=tuple(phrases),
        boilerplate=boiler,
        abbreviations=frozenset(r["form"] for r in _rows(code, "abbreviations.jsonl")) | _dotted(words),
        function_words=frozenset(r["form"] for r in _rows(code, "function_words.jsonl")),
        grammar=Grammar(_json(code, "grammar.json")),
        _outlet_ids={o.id: o for o in outlets},
        outlet_prefix_kinds=prefix_kinds,
        role_bodies=bodies,
        long_forms=long_forms,
        countries=frozenset(r["form"] for r in place_rows if r["kind"] == "country"),
        epithets=epithets,
        name_sexes={r["form"].casefold(): r["sex"] for r in _rows(code, "given_names.jsonl")},
    )
