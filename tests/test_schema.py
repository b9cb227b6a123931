import json

import pytest

from quotes import schema
from quotes.batch import error_record

ARTICLE = ("VIVA – Menteri Luar Negeri, Rendra Wiratama, menegaskan negaranya tidak akan ikut campur dalam "
           "sengketa perbatasan itu.\n\n"
           '"Kami tidak terikat perjanjian apa pun," ucap Rendra dikutip VIVA Militer dari Daily Sabah.')


def test_output_is_schema_valid_and_offsets_cut_their_text(extract):
    rec = extract(ARTICLE, "a1", meta={"url": "x"})
    assert list(schema.problems(rec)) == []
    assert list(schema.offset_problems(rec, ARTICLE)) == []
    assert rec["meta"] == {"url": "x"}


def test_error_record_is_schema_valid():
    assert list(schema.problems(error_record("f:3", "not JSON", 3))) == []


def test_problems_are_one_line_each_with_json_path(extract):
    rec = extract(ARTICLE, "a1")
    rec["quotes"][0]["start"] = -1
    rec["extra"] = True
    found = list(schema.problems(rec))
    assert found and all("\n" not in p and p.startswith("$") for p in found)


def test_schema_file_is_a_valid_2020_12_schema():
    from jsonschema import Draft202012Validator
    for name in (schema.OUTPUT, schema.CORPUS):
        Draft202012Validator.check_schema(schema.load(name))


@pytest.mark.parametrize("name", [schema.OUTPUT, schema.CORPUS])
def test_packaged_schema_is_the_repository_schema(name):
    from conftest import ROOT
    assert json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8")) == schema.load(name)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_every_offset_of_the_corpus_records_cuts_its_text(extract, split):
    """Every span of every record, the entities' mentions included, on the project's own articles."""
    from conftest import ROOT
    articles = [json.loads(line) for path in sorted((ROOT / "corpus" / split).glob("*.jsonl"))
                for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(articles) > 100
    found = [f"{a['id']} {p}" for a in articles for p in schema.offset_problems(extract(a["text"], a["id"]), a["text"])]
    assert found == []
