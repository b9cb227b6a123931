"""The JSON Schemas of the output record and of the gold corpus, and validation against them.

Problems are reported the way jsonschema advises: every error from ``iter_errors()``, one line
each, as ``json_path: message``.
"""
from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any, Iterator

from jsonschema import Draft202012Validator

OUTPUT = "quote.schema.json"
CORPUS = "corpus.schema.json"


@functools.lru_cache(maxsize=None)
def load(name: str = OUTPUT) -> dict[str, Any]:
    """The schema `name` as shipped with the package."""
    with resources.files("quotes").joinpath("schemas", name).open(encoding="utf-8") as fh:
        return json.load(fh)


@functools.lru_cache(maxsize=None)
def validator(name: str = OUTPUT) -> Draft202012Validator:
    schema = load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def problems(instance: Any, name: str = OUTPUT) -> Iterator[str]:
    """One line per schema violation: ``$.quotes[0].start: -1 is less than the minimum of 0``."""
    for error in sorted(validator(name).iter_errors(instance), key=lambda e: list(e.absolute_path)):
        yield f"{error.json_path}: {error.message}"


def offset_problems(record: dict[str, Any], text: str) -> Iterator[str]:
    """Offsets the schema cannot check: every start/end must cut its own text out of the input."""
    def check(path: str, obj: dict, key: str) -> Iterator[str]:
        s, e = obj.get("start"), obj.get("end")
        if isinstance(s, int) and isinstance(e, int) and text[s:e] != obj.get(key):
            yield f"{path}: input[{s}:{e}] is {text[s:e]!r}, not {obj.get(key)!r}"
    for i, q in enumerate(record.get("quotes", [])):
        yield from check(f"$.quotes[{i}]", q, "text")
        if q.get("cue"):
            yield from check(f"$.quotes[{i}].cue", q["cue"], "text")
        if q.get("speaker"):
            yield from check(f"$.quotes[{i}].speaker", q["speaker"], "mention")
        for j, src in enumerate(q.get("sources", [])):
            yield from check(f"$.quotes[{i}].sources[{j}]", src, "cue")
    for i, ent in enumerate(record.get("entities", [])):
        for j, m in enumerate(ent.get("mentions", [])):
            yield from check(f"$.entities[{i}].mentions[{j}]", m, "text")
