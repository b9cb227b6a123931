"""The language data: well-formed, sorted, with stable unique ids and a provenance note."""
import json
from importlib import resources

import pytest
import regex

from quotes.lang import available, load

FOLDER = resources.files("quotes.lang").joinpath("id")
FILES = sorted(p.name for p in FOLDER.iterdir() if p.name.endswith(".jsonl"))


@pytest.mark.parametrize("name", FILES)
def test_data_file_ids_are_unique_and_sorted(name):
    with FOLDER.joinpath(name).open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert name.removesuffix(".jsonl") in FOLDER.joinpath("README.md").read_text(encoding="utf-8")


def test_grammar_keys_are_unique_and_sorted():
    def unique(pairs):
        keys = [k for k, _v in pairs]
        assert len(set(keys)) == len(keys), f"repeated keys: {sorted(k for k in keys if keys.count(k) > 1)}"
        return dict(pairs)

    grammar = json.loads(FOLDER.joinpath("grammar.json").read_text(encoding="utf-8"), object_pairs_hook=unique)
    keys = [k for k in grammar if k != "_about"]
    assert keys == sorted(keys)


def test_outlet_gazetteer():
    lang = load("id")
    assert len(lang.outlets) >= 200
    assert lang.outlet_by_alias["ap"].name == "The Associated Press"
    assert lang.outlet_by_alias["kompas.com"].name == "Kompas"


def test_unknown_language_is_a_clear_error():
    from quotes.errors import LanguageNotFound
    with pytest.raises(LanguageNotFound, match="available: id"):
        load("xx")
    assert available() == ["id"]


def _patterns():
    """Every compiled pattern: the language data's and the modules' RE_* constants."""
    from quotes import attribution, cues, entities, layout, marks, mentions, sources
    lang = load("id")
    found = dict(lang.grammar._patterns)
    found.update({f"boilerplate.{i}": p for i, _kind, p in lang.boilerplate})
    found.update({f"source.{ph.id}": ph.pattern for ph in lang.source_phrases})
    found.update({f"cues.{i}": p for i, p in enumerate(cues._patterns(lang)) if p is not None})
    found["layout.boilerplate_screen"] = layout._boilerplate_screen(lang)
    for module in (attribution, entities, layout, marks, mentions, sources):
        found.update({f"{module.__name__}.{k}": v for k, v in vars(module).items()
                      if k.startswith("RE_") and isinstance(v, regex.Pattern)})
    return found


# runs of what the patterns repeat: letters, capitals, spaces, entities, marks, punctuation; long
# enough that backtracking without bound never ends, short enough that a search from every
# position (quadratic, as findall does; the extractor anchors such patterns with match) is quick
ADVERSARIAL = [piece * (600 // len(piece)) for piece in (
    "a", "A", " ", "&nbsp;", "Aa ", "a, ", "A. ", '"', "“a", "(", "(a ", "A-", "a'", "1/", "Kata Budi, ", "di Kota ",
    "\n", "kata ")]


@pytest.mark.parametrize("name,pattern", sorted(_patterns().items()))
def test_patterns_never_backtrack_without_bound(name, pattern):
    # the extractor calls its patterns without a timeout (a timeout doubles the cost of every
    # call): a pattern that backtracks without bound on some input would hang a batch, so none may
    if not isinstance(pattern, regex.Pattern):  # the standard library's engine takes no timeout
        pattern = regex.compile(pattern.pattern, pattern.flags)
    for text in ADVERSARIAL:
        pattern.findall(text + "!", timeout=0.5)
        pattern.findall(text[:300] + "\n" + text[300:], timeout=0.5)


@pytest.mark.parametrize("line", ["Baca juga: Banjir di Sintang", "BACA JUGA Harga cabai naik", "Foto: Antara",
                                  "Halaman Selanjutnya", "2 / 3", "• Sejumlah warga", "Penulis : Rina", "Tags: banjir",
                                  "Advertisement", "Scroll to continue with content", "Warga membaca juga koran",
                                  "Sumber air bersih kering", "Halaman rumah warga terendam", "Editor yang baik"])
def test_boilerplate_screen_agrees_with_the_patterns(line):
    from quotes import layout
    lang = load("id")
    each = any(pattern.search(line) for _id, _kind, pattern in lang.boilerplate)
    assert (layout._boilerplate_screen(lang).match(line) is not None) == each


def test_the_locative_pattern_takes_whole_words_only():
    locative = load("id").grammar.pattern("locative")
    text = "Anggota DPRD Rahmat Hasudungan Siregar hadir di Sleman, Kabupaten Hulu Sungai."
    assert [m.group(1) for m in locative.finditer(text)] == ["Rahmat", "Sleman", "Hulu Sungai"]


@pytest.mark.parametrize("word, verb", [
    ("mengatakan", True), ("menilai", True), ("meminta", True), ("menyebut", True), ("melaporkan", True),
    ("merasa", True), ("mewakili", True), ("meyakini", True), ("ditegaskan", True), ("bertemu", True),
    # the meN- prefix is me- before l, m, n, r, w, y (and mem-, men-, meng-, meny-): "meteorologi",
    # "metodologi", "medis" have no verb's shape
    ("meteorologi", False), ("metodologi", False), ("medis", False), ("mesin", False),
])
def test_the_verb_shape_knows_the_forms_of_the_active_prefix(word, verb):
    from quotes.lang import load
    assert load("id").grammar.is_verb(word) is verb
