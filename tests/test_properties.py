"""Whatever the text, extraction never raises, every span cuts its own text, every record is valid."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes import schema

PIECES = st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", "&quot;", "&nbsp;", "\n", "\n\n", ", ", ". ",
                          "kata", "ujarnya", "mengatakan", "Menurut", "dilansir", "Reuters", "Budi", "Presiden",
                          "AKBP", "dikutip", "dari", "bahwa", "ia", " ", "Baca juga:", "Halaman Selanjutnya"])
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text(extract, text):
    rec = extract(text, "p")
    assert list(schema.problems(rec)) == []
    assert list(schema.offset_problems(rec, text)) == []
