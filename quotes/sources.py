"""Source phrases ("dilansir Reuters", "dikutip VIVA Militer dari Daily Sabah") and the publisher.

Finds where the writer says they took something from another outlet, and resolves the outlet to
the gazetteer's canonical name. Which quote a phrase covers is decided in ``attribution.py``.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import Iterable

import regex

from .lang import Lang, Outlet, alternation
from .records import Paragraph

RE_UNKNOWN_OUTLET = regex.compile(
    # (a site named by its address, whatever its case: "the-AFC.com", "tirto.id")
    r"[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|id|tv|info|news)(?:\.[a-z]{2})?(?![\p{L}\p{N}])|"
    # (a possessive's "'s" inside: "Moody's Investors Service")
    r"(?:The )?\p{Lu}[\p{L}\p{N}]*(?:['’]s)?(?:\.[\p{L}]{2,4})?(?:[ -](?:of |the |de |del |di )?(?:\p{Lu}[\p{L}\p{N}]*|\p{N}{1,3}(?![\p{L}\p{N}.,]))(?:\.[\p{L}]{2,4})?){0,4}")
RE_LOWER_WORD = regex.compile(r"(\p{Ll}+) ")
# a country's name right after an outlet's, closing the phrase: " Brasil.", " Italia,"
RE_EDITION = regex.compile(r" (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?=[,.;:)]|$)")
RE_SHORT_FORM_AFTER = regex.compile(r" \(([\p{Lu}\p{N}][\p{L}\p{N}.-]*)\)")  # " (CNA)": a short form given after a name
RE_DATELINE = regex.compile(
    r"(?:[\p{Lu}][\p{Lu}\p{L}\p{N} .'/-]{0,40}?,\s*)?(?P<outlet>[\p{L}][\p{L}\p{N}.]*(?: [\p{Lu}][\p{L}\p{N}.]*){0,2})\s*(?:\((?P<agency>\p{Lu}+)\)\s*)?[-–—]{1,2}")


@dataclass(frozen=True)
class Named:
    name: str
    outlet: str | None
    start: int
    end: int


@dataclass(frozen=True)
class SourcePhrase:
    """One phrase naming where the writer took something from, with the outlets it names."""

    id: str
    kind: str  # source | report | kepada | again (an interview named before: "dalam wawancara tersebut") | title (a report by its title)
    cue: str
    start: int  # of the cue phrase
    end: int
    outlets: tuple[Named, ...]
    quoting: str | None = None  # "VIVA Militer" in "dikutip VIVA Militer dari"


@dataclass(frozen=True)
class Found:
    phrases: tuple[SourcePhrase, ...] = field(default_factory=tuple)
    publisher: Outlet | None = None
    publisher_name: str | None = None


@functools.lru_cache(maxsize=8)
def _outlet_patterns(lang: Lang) -> tuple[regex.Pattern, regex.Pattern]:
    """Two alternations of every outlet form: common words match only as written."""
    exact, loose = set(), set()
    for o in lang.outlets:
        for form in (o.name, *o.aliases, *o.domains):
            if o.common_word:
                exact.add(form)
            else:
                # one branch for "AP", "Ap" and "ap": the case-blind match takes the longest form
                loose.add(form.lower() if len(form.lower()) == len(form) else form)

    def alt(forms):
        return rf"(?:{alternation(forms) if forms else '(?!)'})(?![\p{{L}}\p{{N}}])"
    return regex.compile(alt(exact)), regex.compile(alt(loose), regex.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _longest_prefix(lang: Lang) -> int:
    return max((len(p) for p in lang.outlet_prefixes), default=0)


def known_at(text: str, pos: int, lang: Lang) -> regex.Match | None:
    """The longest gazetteer outlet form written at `pos`."""
    best = None
    for pattern in _outlet_patterns(lang):
        m = pattern.match(text, pos)
        if m and (best is None or m.end() > best.end()):
            best = m
    return best


def outlet_at(text: str, pos: int, lang: Lang, *, known_only: bool) -> Named | None:
    """The outlet named at `pos` (after an optional "kantor berita", "laman", ...).

    Args:
        known_only: accept only gazetteer outlets, unless a prefix ("harian", "kantor berita")
            says that what follows is an outlet.
    """
    head = text[pos:pos + _longest_prefix(lang) + 1]
    # (casefolding a non-ASCII text may change its length: then each prefix is compared on its own)
    folded = head.casefold() if head.isascii() else None
    best = known_at(text, pos, lang)  # ("Radio France Internationale": a prefix's word in the name)
    prefixed = False
    for prefix in lang.outlet_prefixes if best is None else ():
        if (folded.startswith(prefix + " ") if folded is not None
                else text[pos:pos + len(prefix) + 1].casefold() == prefix + " "):
            pos += len(prefix) + 1
            # ("stasiun televisi regional RTV Oost", "harian lokal ...": what kind of outlet, then its name)
            # ("harian olahraga Prancis L'Équipe": what it covers, then whose)
            while (modifier := RE_LOWER_WORD.match(text, pos)) is not None \
                    and modifier.group(1) in lang.grammar.words("outlet_modifiers"):
                pos = modifier.end()
            known_only, prefixed = False, True
            best = known_at(text, pos, lang)
            break
    if best is not None:
        outlet = lang.outlet_by_alias[best.group().casefold()]
        edition = RE_EDITION.match(text, best.end())
        if edition is not None and (edition.group(1) in lang.countries or edition.group(1) in lang.grammar.words("outlet_editions")):
            # "kepada ESPN Brasil.", "Dilansir CNN Brasil, …": the outlet's edition for that country
            # (or language, or region: "Seperti dilansir BBC Bangla, …", "kepada CNBC International.")
            return Named(f"{best.group()} {edition.group(1)}", outlet.id, best.start(), edition.end(1))
        return Named(outlet.name, outlet.id, best.start(), best.end())
    m = RE_UNKNOWN_OUTLET.match(text, pos)
    if known_only:
        # ("kepada Gorontalo Post", "kepada Radar Madiun": a name shaped as papers are named)
        words = m.group().rstrip(".").split() if m is not None else ()
        if len(words) > 1 and (words[-1] in lang.grammar.words("outlet_name_tails")
                               or words[0] in lang.grammar.words("outlet_name_heads")):
            return Named(" ".join(words), None, m.start(), m.start() + len(" ".join(words)))
        return None
    if m and prefixed:
        # "harian Kroasia Sportske novosti": the country says whose paper; a known name follows it
        country = next((c for c in lang.countries if text.startswith(c + " ", pos)), None)
        named = known_at(text, pos + len(country) + 1, lang) if country else None
        if named is not None:
            outlet = lang.outlet_by_alias[named.group().casefold()]
            return Named(outlet.name, outlet.id, named.start(), named.end())
    if m and m.group() in lang.places and text.startswith(", ", m.end()) and prefixed:
        # "surat kabar Nigeria, Punch,": the country says whose paper; its name follows, set off by
        # commas (not "media pemerintah China, Dewan Negara akan …": the clause's subject)
        named = known_at(text, m.end() + 2, lang) or RE_UNKNOWN_OUTLET.match(text, m.end() + 2)
        # (its short form in parentheses may follow: "kantor berita Taiwan, Central News Agency (CNA),")
        short = RE_SHORT_FORM_AFTER.match(text, named.end()) if named is not None else None
        # (or it closes the sentence: "kepada kantor berita Portugal, Lusa.")
        m = named if named is not None and text.startswith((",", "."), short.end() if short else named.end()) else m
        best = m if m.group().casefold() in lang.outlet_by_alias else None
        if best is not None:
            outlet = lang.outlet_by_alias[best.group().casefold()]
            return Named(outlet.name, outlet.id, best.start(), best.end())
    if m and not _a_date(m.group().rstrip("."), lang):
        name = m.group().rstrip(".")
        return Named(name, None, m.start(), m.start() + len(name))
    return None


def _a_date(name: str, lang: Lang) -> bool:
    """A day or a month where an outlet's name would stand: "…, dikutip Kamis (31/7/2025)" says when."""
    first = name.split(" ", 1)[0]
    return first in lang.grammar.words("day_names") or first in lang.grammar.words("months")


def _chain(text: str, named: Named, lang: Lang) -> list[Named]:
    chain = [named]
    while len(chain) < 4:
        # "dilansir Reuters yang mengutip TASS": the outlet the first one took it from
        m = lang.grammar.pattern("chain").match(text, chain[-1].end)
        if not m:
            break
        nxt = outlet_at(text, m.end(), lang, known_only=False)
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def find_phrases(text: str, paragraphs: list[Paragraph], lang: Lang) -> list[SourcePhrase]:
    """Every source phrase with the outlets it names; of overlapping ones, the longest."""
    candidates: list[SourcePhrase] = []
    body = [p for p in paragraphs if p.kind == "body"]
    starts = [p.start for p in body]
    for sp in lang.source_phrases:
        for m in sp.pattern.finditer(text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i < 0 or m.end() > body[i].end:
                continue  # not in the body, or across a paragraph
            p = body[i]
            if m.start() > p.start and text[m.start() - 1].isalnum():
                continue
            if sp.kind == "again":
                # "ujarnya dalam wawancara tersebut": the interview named before (resolved below)
                candidates.append(SourcePhrase(sp.id, sp.kind, m.group(), m.start(), m.end(),
                                               (Named("", BACK_REFERENCE, m.start(), m.end()),)))
                continue
            pos = m.end()
            while pos < p.end and text[pos] == " ":
                pos += 1
            # "Dalam berita VIVA Militer" and "kepada AP" name a known outlet; "dilansir X" says
            # that X is one
            # "kepada harian yang sama", "media Turki tersebut": an outlet cited before (resolved below)
            named = outlet_at(text, pos, lang, known_only=sp.kind in ("report", "kepada"))
            if named is None or named.outlet is None:
                # (a gazetteer outlet first: "kepada kantor berita EFE bahwa pulau-pulau itu" names no
                # agency cited before)
                named = _back_reference(text, pos, lang) or named
            if named is None and sp.kind == "kepada":
                # "kata Vestergaard kepada Jyllands-Posten", where the article wrote "harian Jyllands-Posten"
                named = _introduced_at(text, pos, lang)
            if named is None:
                continue
            outlets = [named] if sp.kind == "kepada" else _chain(text, named, lang)
            if sp.id == "dikutip" and m.group().casefold().startswith("yang "):
                # "Surat kabar The National yang dikutip RNZ Pacific melaporkan": the one quoted first
                original = _outlet_before(text, m.start(), p.start, lang)
                if original is not None:
                    outlets = [original, *outlets]
            quoting = m.groupdict().get("quoting")
            candidates.append(SourcePhrase(sp.id, sp.kind, m.group(), m.start(), m.end(), tuple(outlets), quoting))
    candidates.extend(_named_reports(text, body, starts, lang))
    candidates.sort(key=lambda c: (c.start, -c.outlets[-1].end))
    found: list[SourcePhrase] = []
    outlets: tuple[Named, ...] | None = None  # every outlet the text names, read where one is named again
    for cand in candidates:
        if found and cand.start < found[-1].outlets[-1].end:
            continue
        if cand.outlets[0].outlet == BACK_REFERENCE and cand.kind == "again":
            meant = next((n for ph in reversed(found) if ph.kind == "kepada" or ph.id == "wawancara"
                          for n in ph.outlets[:1]), None)
            if meant is None:
                continue
            cand = SourcePhrase(cand.id, cand.kind, cand.cue, cand.start, cand.end,
                                (Named(meant.name, meant.outlet, cand.start, cand.end),))
        elif cand.outlets[0].outlet == BACK_REFERENCE:
            if outlets is None:
                outlets = _outlets_in(text, lang)
            meant = earlier_outlet(cand.outlets[0], cand.start, found, outlets, lang)
            if meant is None:
                continue
            cand = SourcePhrase(cand.id, cand.kind, cand.cue, cand.start, cand.end, (meant,), cand.quoting)
        found.append(cand)
    return found


RE_YEAR_END = regex.compile(r"\p{N}{4}$")
RE_TITLE_TAIL = regex.compile(r"(?: (?:and|of|the|for|in|on|to|dan|di|untuk))+$")


def _named_reports(text: str, body: list[Paragraph], starts: list[int], lang: Lang) -> list[SourcePhrase]:
    """The reports named by their titles, which are where the writer took what they say from: "Dalam
    laporan bertajuk “Menuju Nikel Rendah Karbon”", "riset bertajuk Indonesia Q-Commerce Outlook 2025",
    "Laporan Tech Talent Pulse 2025 yang dirilis …", "Dalam laporan World Economic Outlook (WEO) edisi
    Oktober", "Dalam laporan Profil Kesehatan Ibu dan Anak 2023," (a title without marks or "bertajuk"
    only before its edition, or ending on its year before a comma or "yang dirilis …": never a body's or
    outlet's name, "Dalam laporan Bank Dunia,", "Laporan Walhi Riau yang dirilis pekan lalu")."""
    if not any(w in text for w in lang.grammar.words("named_report_words")):
        return []
    found = []
    for m in lang.grammar.pattern("named_report").finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > body[i].end or m.start() > body[i].start and text[m.start() - 1].isalnum():
            continue
        group = "marked" if m.group("marked") else "title"
        title = RE_TITLE_TAIL.sub("", m.group(group).strip())
        if not m.group("marked") and not m.group("titled"):
            words = title.split()
            after = m.group("after")
            if (after is None or not after.endswith("edisi") and not RE_YEAR_END.search(title)
                    or words[0] in lang.words.get("org_head", ()) or title.isupper()
                    or lang.outlet_by_alias.get(title.casefold()) is not None):
                continue
        start = m.start(group)
        end = start + len(title)
        if m.group("marked"):
            end = m.end("marked") + (6 if text.startswith("&quot;", m.end("marked")) else 1)  # (its closing mark)
        found.append(SourcePhrase("named-report", "title", text[m.start():end], m.start(), end,
                                  (Named(title, None, start, start + len(title)),)))
    return found


def _introduced_at(text: str, pos: int, lang: Lang) -> Named | None:
    """The outlet at `pos` that the article introduces elsewhere by what it is ("harian Jyllands-Posten")."""
    m = RE_UNKNOWN_OUTLET.match(text, pos)
    if m is None:
        return None
    name = m.group().rstrip(".")
    return Named(name, None, pos, pos + len(name)) if name in _introduced(text, lang) else None


@functools.lru_cache(maxsize=4)
def _introduced(text: str, lang: Lang) -> frozenset[str]:
    """The names the article gives after an outlet prefix ("surat kabar X", "stasiun televisi Y")."""
    found = set()
    for m in _prefix_pattern(lang).finditer(text):
        if m.group(1).casefold() not in lang.outlet_prefix_kinds:
            continue  # (a body's own site, "laman resmi AFC", makes no outlet of the body)
        named = outlet_at(text, m.start(), lang, known_only=False)
        if named is not None and named.outlet is None:
            found.add(named.name)
    return frozenset(found)


@functools.lru_cache(maxsize=8)
def _prefix_pattern(lang: Lang) -> regex.Pattern:
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])((?i:{alternation(lang.outlet_prefixes)})) (?=\p{{Lu}}|\p{{Ll}}+ \p{{Lu}})")


def _outlet_before(text: str, end: int, lo: int, lang: Lang) -> Named | None:
    """The outlet named right before `end` (a space before it): a gazetteer one, or one named after a
    prefix ("Surat kabar The National", "stasiun televisi regional RTV Oost")."""
    known = [n for n in _outlets_in(text, lang) if n.end == end - 1]
    if known:
        return known[-1]
    for m in _prefix_pattern(lang).finditer(text, max(lo, end - OUTLET_BEFORE_CHARS), end):
        named = outlet_at(text, m.start(), lang, known_only=False)
        if named is not None and named.end == end - 1:
            return named
    return None


OUTLET_BEFORE_CHARS = 80


def earlier_outlet(ref: Named, pos: int, phrases: Iterable[SourcePhrase], outlets: tuple[Named, ...],
                   lang: Lang) -> Named | None:
    """The outlet a back reference (`ref`, read at `pos`) means: the one named last before it, in a
    source phrase or anywhere in the text (`outlets`), of the kind its words say where they say one
    ("harian tersebut": a newspaper); as a Named at the reference's own place."""
    before = outlets[:bisect.bisect_left([n.start for n in outlets], pos)]
    named = [n for ph in phrases if ph.start < pos for n in ph.outlets if n.outlet != BACK_REFERENCE] + list(before)
    kinds = lang.outlet_prefix_kinds.get(ref.name)
    fitting = [n for n in named if kinds is None or (n.outlet and lang.outlet(n.outlet) is not None
                                                     and lang.outlet(n.outlet).kind in kinds)]
    if not (fitting or named):
        return None
    earlier = max(fitting or named, key=lambda n: n.start)
    return Named(earlier.name, earlier.outlet, ref.start, ref.end)


def outlet_meant(text: str, pos: int, phrases: Iterable[SourcePhrase], lang: Lang) -> Named | None:
    """The outlet that the words at `pos` name by what it is, as one named before ("Surat kabar yang
    berbasis di London itu", "harian asal Singapura itu"), if they do."""
    ref = _back_reference(text, pos, lang)
    return None if ref is None else earlier_outlet(ref, pos, phrases, _outlets_in(text, lang), lang)


BACK_REFERENCE = "\0back-reference"


def _back_reference(text: str, pos: int, lang: Lang) -> Named | None:
    """"harian yang sama", "media tersebut": an outlet named before, by what it is (the outlet
    itself is the one the article last cited, filled in by `find_phrases`)."""
    m = back_reference_pattern(lang).match(text, pos)
    if m is None:
        return None
    return Named(m.group("prefix").casefold(), BACK_REFERENCE, pos, m.end())  # (the prefix until it is resolved)


@functools.lru_cache(maxsize=16)
def _capitalised(pattern: regex.Pattern) -> regex.Pattern:
    """`pattern` where a word starts with a capital: the engine skips to capitals instead of
    trying every position of the text."""
    return regex.compile(r"(?-i:(?=\p{Lu}))(?<![\p{L}\p{N}])(?:" + pattern.pattern + ")", pattern.flags)


@functools.lru_cache(maxsize=8)
def back_reference_pattern(lang: Lang) -> regex.Pattern:
    """An outlet prefix, then the words that say it was named before: one match per source phrase."""
    back = lang.grammar.pattern("outlet_back_reference").pattern
    return regex.compile(rf"(?P<prefix>(?i:{alternation(lang.outlet_prefixes)})) (?:{back})")


@functools.lru_cache(maxsize=4)
def _outlets_in(text: str, lang: Lang) -> tuple[Named, ...]:
    """The outlets of the gazetteer the text names, in order: whole words written as a name
    ("siap" holds no "AP", "sport" is no "Sport"), none inside a longer one ("Sport" in "Corriere
    dello Sport")."""
    names = sorted((m for pattern in _outlet_patterns(lang) for m in _capitalised(pattern).finditer(text)),
                   key=lambda m: (m.start(), -m.end()))
    found: list[Named] = []
    for m in names:
        if not found or m.start() >= found[-1].end:
            outlet = lang.outlet_by_alias[m.group().casefold()]
            found.append(Named(outlet.name, outlet.id, m.start(), m.end()))
    return tuple(found)


def dateline_end(text: str, p: Paragraph, lang: Lang) -> int | None:
    """Where the text after a dateline that opens paragraph `p` starts ("JAKARTA, KOMPAS — ",
    "TEMPO.CO, Jakarta - ", "Jayapura (ANTARA) - ", glued "AMBON, KOMPAS-Lingkar ..."), if one does:
    a dateline names a known outlet."""
    m = RE_DATELINE.match(text, p.start, p.end)
    if m is None or not any(outlet_at(text, i, lang, known_only=True)
                            for i in (p.start, m.start("outlet"), m.start("agency")) if i >= 0):
        # ("Buleleng - Sejumlah warga …": a place the gazetteer knows, alone before the dash)
        m = RE_PLACE_DATELINE.match(text, p.start, p.end)
        if m is None or not (m.group(1) in lang.places or m.group(1).title() in lang.places):
            return None
    return m.end() + len(text[m.end():p.end]) - len(text[m.end():p.end].lstrip())


RE_PLACE_DATELINE = regex.compile(r"(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){0,2}) [-–—]{1,2}(?= )")


def find_publisher(text: str, paragraphs: list[Paragraph], phrases: list[SourcePhrase], lang: Lang,
                   given: str | None = None) -> tuple[Outlet | None, str | None]:
    """The outlet that published the article: given, else its dateline or quoting party."""
    if given:
        outlet = lang.outlet_by_alias.get(given.casefold())
        return outlet, outlet.name if outlet else given
    dateline = None
    for p in paragraphs:
        if p.kind != "body":
            continue
        m = RE_DATELINE.match(text, p.start, p.end)
        if m:
            named = outlet_at(text, m.start("outlet"), lang, known_only=True)
            if named is not None:
                dateline = lang.outlet(named.outlet)
        break
    quoting = []
    for ph in phrases:
        if ph.quoting:
            o = lang.outlet_by_alias.get(ph.quoting.casefold())
            if o is not None:
                quoting.append(o)
    for q in quoting:
        if dateline is None or q.id == dateline.id or q.parent == dateline.id:
            return q, q.name
    if dateline is not None:
        return dateline, dateline.name
    return None, None


def find(text: str, paragraphs: list[Paragraph], lang: Lang, given: str | None = None) -> Found:
    phrases = find_phrases(text, paragraphs, lang)
    publisher, name = find_publisher(text, paragraphs, phrases, lang, given)
    return Found(tuple(phrases), publisher, name)
