"""The language data: well-formed, sorted, with stable unique ids and a provenance note."""
import json
from importlib import resources

import pytest

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
