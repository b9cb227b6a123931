"""Whatever the text, extraction never raises, every span cuts its own text, every record is valid."""
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotes import schema

PIECES = st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", "&quot;", "&nbsp;", "\n", "\n\n", ", ", ". ",
                          "kata", "ujarnya", "mengatakan", "Menurut", "dilansir", "Reuters", "Budi", "Presiden",
                          "AKBP", "dikutip", "dari", "bahwa", "ia", " ", "Baca juga:", "Halaman Selanjutnya"])
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example(", A,")  # a capital set off by commas with no word before it (found by this test)
def test_any_text(extract, text):
    rec = extract(text, "p")
    assert list(schema.problems(rec)) == []
    assert list(schema.offset_problems(rec, text)) == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcde", min_size=1, max_size=12), st.text(alphabet="abcde", max_size=12),
       st.integers(min_value=1, max_value=2))
def test_the_bounded_edit_distance_agrees_with_the_full_one(a, b, k):
    from quotes.entities import _edit_distance, _within
    assert _within(a, b, k) == (_edit_distance(a, b) <= k)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="Abcde ", min_size=1, max_size=14), min_size=1, max_size=8),
       st.text(alphabet="Abcde ", min_size=1, max_size=14))
def test_the_word_index_misses_no_name_that_contains_another(names, name):
    from quotes.entities import _WordIndex, contains
    index = _WordIndex(names)
    found = set(index.holding_any(name))
    assert {k for k, n in enumerate(names) if contains(n, name) or contains(name, n)} <= found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ab", "Abc", "b", " ", ".", "-", "1", "é"]), max_size=30).map("".join),
       st.lists(st.sampled_from(["Ab", "Abc", "b", " ", ".", "1"]), min_size=1, max_size=4).map("".join))
def test_counting_by_search_agrees_with_the_word_index(text, part):
    from quotes import mentions
    from quotes.lang import load
    searched = mentions.Context(load("id"), text).count(part)
    mentions.INDEX_FROM, saved = 0, mentions.INDEX_FROM
    try:
        indexed = mentions.Context(load("id"), text).count(part)
    finally:
        mentions.INDEX_FROM = saved
    assert searched == indexed


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ab", "Abc", "ab", "b", " ", ".", "-", "(", "1", "é"]), max_size=30).map("".join),
       st.lists(st.sampled_from(["Ab", "Abc", "ab", "b", " ", "(", "1"]), min_size=1, max_size=4).map("".join))
@example(".ab -ab", "ab")  # a word after a dot or a hyphen does not stand alone
@example("bab ab", "ab")
def test_finding_word_starts_by_search_agrees_with_the_word_index(text, part):
    from quotes import mentions
    from quotes.lang import load
    def read(ctx):
        return ctx.starts(part), ctx.is_lower_word(part) if part.isalpha() and part.islower() else None
    searched = read(mentions.Context(load("id"), text))
    mentions.INDEX_FROM, saved = 0, mentions.INDEX_FROM
    try:
        indexed = read(mentions.Context(load("id"), text))
    finally:
        mentions.INDEX_FROM = saved
    assert searched == indexed


EDITS = st.lists(st.tuples(st.sampled_from(["drop", "add", "swap"]), st.integers(0, 20), st.sampled_from("abcé")), max_size=3)


def _edited(word: str, edits) -> str:
    for op, at, ch in edits:
        at = 1 + at % max(1, len(word))  # (variants keep the first letter)
        word = word[:at] + ch + word[at + (op != "add"):] if op != "drop" else word[:at] + word[at + 1:]
    return word


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeé", min_size=4, max_size=13), st.lists(EDITS, min_size=1, max_size=6),
       st.sampled_from([0, 64]))
@example("abcdeabcde", [[("drop", 2, "a"), ("swap", 6, "c")]], 0)  # two letters apart in a long word
def test_the_word_index_finds_exactly_the_names_holding_a_variant_of_a_word(word, edits, scan):
    # (whether it compares a word with those of its letter and length, or reads their spellings with
    # letters left out, as it does where those are many)
    from quotes import entities
    names = [f"{_edited(word, e)} {_edited(word[::-1], e)}" for e in edits]
    entities.MAX_NEAR_SCAN, saved = scan, entities.MAX_NEAR_SCAN
    try:
        found = entities._WordIndex(names).holding(word)
    finally:
        entities.MAX_NEAR_SCAN = saved
    assert found == {k for k, n in enumerate(names) if any(entities.same_word(word, t) for t in entities._tokens(n))}
