import pytest

from conftest import only


@pytest.mark.parametrize("text, sources", [
    ('"Rusia tidak wajib membela Armenia," ucap Putin dikutip VIVA Militer dari Daily Sabah.', ["Daily Sabah"]),
    ('"Kami tidak mundur," kata Zelensky seperti dilansir Reuters yang mengutip kantor berita TASS.',
     ["Reuters", "TASS"]),
    ('"Kami tidak mundur," kata Zelensky kepada AP.', ["The Associated Press"]),
    ('"Kami tidak mundur," kata Zelensky, melansir Al Jazeera.', ["Al Jazeera"]),
    ('"Kami tidak mundur," kata Zelensky kepada wartawan.', []),
])
def test_source_phrases(extract, text, sources):
    q = only(extract(text), type="direct")
    assert [s["name"] for s in q["sources"]] == sources


def test_publisher_talking_to_its_own_source_is_no_source(extract):
    text = 'JAKARTA, KOMPAS.com - "Stok beras aman," kata Budi kepada Kompas.com, Senin.'
    rec = extract(text)
    assert rec["publisher"] == "Kompas"
    assert only(rec, type="direct")["sources"] == []


def test_publisher_from_metadata_wins(extract):
    assert extract("Teks tanpa dateline.", publisher="detik.com")["publisher"] == "detikcom"


def test_press_release_is_a_channel_not_a_source(extract):
    q = only(extract('"Kami patuh hukum," kata Budi dalam keterangan tertulis, Senin.'), type="direct")
    assert q["sources"] == []
