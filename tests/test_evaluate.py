import json

import pytest

from conftest import ROOT, SHARED
from quotes import evaluate as ev, lang

FLOORS = json.loads((ROOT / "corpus" / "floors.json").read_text(encoding="utf-8"))
TOLERANCE = 0.02


@pytest.mark.parametrize("gold, pred, rule, matched", [
    ((0, 10), (0, 10), "overlap", True),
    ((0, 10), (0, 4), "overlap", False),     # 0.4 of the union
    ((0, 10), (0, 4), "ggt", True),          # but covers 0.4 > 0.3 of the gold span
    ((0, 10), (0, 3), "ggt", False),
])
def test_matching_rules(gold, pred, rule, matched):
    text = "x" * 20
    g = [{"text": text[gold[0]:gold[1]], "start": gold[0], "end": gold[1]}]
    p = [{"start": pred[0], "end": pred[1]}]
    pairs, _missed, _spurious = ev.match(g, p, text, rule)
    assert bool(pairs) is matched


def test_matching_is_one_to_one():
    text = "x" * 30
    g = [{"text": "x" * 10, "start": 0, "end": 10}]
    p = [{"start": 0, "end": 10}, {"start": 1, "end": 10}]
    pairs, missed, spurious = ev.match(g, p, text, "overlap")
    assert len(pairs) == 1 and spurious == [1] and missed == []


@pytest.mark.parametrize("a, b, strict, lenient", [
    ("Vladimir Putin", "vladimir putin", True, True),
    ("Vladimir Putin", "Putin", False, True),
    ("Yaşar Güler", "Yasar Guler", False, True),
    ("Joko Widodo", "Prabowo Subianto", False, False),
    (None, "Budi", False, False),
])
def test_speaker_comparison(a, b, strict, lenient):
    assert ev.same_strict(a, b) is strict
    assert ev.same_lenient(a, b) is lenient


ARTICLE = ("Ketua Komisi Pemberantasan Korupsi (KPK) Budi Santoso hadir. Badan Meteorologi, Klimatologi, "
           "dan Geofisika (BMKG) Stasiun Maritim Tanjung Perak memantau. Wahana Lingkungan Hidup Indonesia "
           "(Walhi) Sulawesi Tenggara menolak.")


@pytest.mark.parametrize("a, b, same", [
    ("Komisi Pemberantasan Korupsi", "KPK", True),
    ("BMKG Stasiun Maritim Tanjung Perak", "Badan Meteorologi, Klimatologi, dan Geofisika Stasiun Maritim Tanjung Perak", True),
    ("Wahana Lingkungan Hidup Indonesia Sulawesi Tenggara", "Walhi Sulawesi Tenggara", True),
    ("Walhi Sulawesi Tengah", "Wahana Lingkungan Hidup Indonesia Sulawesi Tenggara", False),
    # the short form is the name written right before it, not the title nor the person beside it
    ("Budi Santoso", "KPK", False),
    ("Ketua", "KPK", False),
    ("Komisi Pemilihan Umum", "KPU", False),  # a short form the article never defines
])
def test_a_short_form_the_article_defines_is_its_long_form(a, b, same):
    defined = ev.short_forms(ARTICLE, lang.load("id"))
    assert ev.same_speaker(a, b, defined) is same
    assert ev.same_speaker(b, a, defined) is same


def _figure(figures, key):
    node = figures
    for part in key.split("."):
        node = node[part]
    return node


@pytest.fixture(scope="module")
def dev_figures():
    paths = sorted(str(p) for p in (ROOT / "corpus" / "dev").glob("*.jsonl"))
    return ev.evaluate(ev.read_gold(paths)).figures()


@pytest.mark.parametrize("key", sorted(FLOORS["dev"]))
def test_dev_accuracy_holds_its_floor(dev_figures, key):
    value = _figure(dev_figures, key)
    assert value >= FLOORS["dev"][key] - TOLERANCE, f"{key} = {value}, floor {FLOORS['dev'][key]}"


def test_corpus_files_follow_the_gold_format():
    for path in sorted((ROOT / "corpus").glob("*/*.jsonl")):
        assert sum(1 for _ in ev.read_gold([str(path)])) >= 10


@pytest.mark.skipif(not (SHARED / "seed" / "expected.jsonl").exists(), reason="needs ../shared/seed")
def test_seed_article():
    with (SHARED / "seed" / "expected.jsonl").open(encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh]
    figures = ev.evaluate(gold).figures()
    assert figures["end_to_end"]["recall"] == 1.0
    assert figures["quotes"]["overlap/all"]["precision"] == 1.0


@pytest.mark.parametrize("a, b, same", [
    ("AP", "The Associated Press", True),           # an outlet speaking is right under any of its names
    ("TribunJateng.com", "Tribun Jateng", True),    # ... and as its site is written
    ("Reuters", "AFP", False),
    ("Budi Santoso", "Budi Santoso", False),        # people are compared by name, not here
])
def test_outlet_names_compare_by_outlet(a, b, same):
    from quotes import lang
    assert ev.same_outlet(a, b, lang.load("id")) is same


def test_role_accuracy_counts_roles_of_rightly_named_speakers():
    text = "Kapolres Sleman AKBP Yuswanto mengatakan jalan itu ditutup selama dua hari karena longsor susulan."
    quote = {"text": "jalan itu ditutup selama dua hari karena longsor susulan", "type": "indirect",
             "speaker": "Yuswanto", "speaker_mention": "Kapolres Sleman AKBP Yuswanto", "cue": "mengatakan",
             "source": None, "source_cue": None, "start": 40, "end": 97}
    articles = [{"id": "a", "lang": "id", "text": text, "quotes": [{**quote, "role": "Kapolres Sleman"}]},
                {"id": "b", "lang": "id", "text": text, "quotes": [{**quote, "role": "Kepala Dinas Kesehatan"}]},
                {"id": "c", "lang": "id", "text": text, "quotes": [{**quote, "speaker": "Budi"}]}]   # no gold role
    roles = ev.evaluate(articles).figures()["role_accuracy"]
    assert roles == {"strict": 0.5, "lenient": 0.5, "quotes_with_gold_role": 2}


def test_type_accuracy_counts_matched_quotes_whose_type_is_the_golds():
    text = "Ia menyebut kebijakan itu “tidak masuk akal” dan harus segera dicabut pemerintah."
    quote = {"text": "kebijakan itu “tidak masuk akal” dan harus segera dicabut pemerintah", "speaker": None,
             "speaker_mention": "Ia", "cue": "menyebut", "source": None, "source_cue": None}
    articles = [{"id": "a", "lang": "id", "text": text, "quotes": [{**quote, "type": "mixed"}]},
                {"id": "b", "lang": "id", "text": text, "quotes": [{**quote, "type": "indirect"}]}]
    types = ev.evaluate(articles).figures()["type_accuracy"]
    assert types == {"accuracy": 0.5, "confusions": {"indirect as mixed": 1}}
    assert "type                  0.500  (indirect as mixed 1)" in ev.table(ev.evaluate(articles).figures(), "t")


def test_cue_accuracy_compares_the_cue_as_written_and_within_a_longer_one():
    text = "Ia meminta agar warga tetap tenang dan tidak panik."
    quote = {"text": "warga tetap tenang dan tidak panik", "type": "indirect", "speaker": None,
             "speaker_mention": "Ia", "source": None, "source_cue": None}
    articles = [{"id": "a", "lang": "id", "text": text, "quotes": [{**quote, "cue": "meminta"}]},
                {"id": "b", "lang": "id", "text": text, "quotes": [{**quote, "cue": "meminta agar"}]},
                {"id": "c", "lang": "id", "text": text, "quotes": [{**quote, "cue": "mengatakan"}]}]
    assert ev.evaluate(articles).figures()["cue_accuracy"] == {"strict": 0.3333, "lenient": 0.6667}
