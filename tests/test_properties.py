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
