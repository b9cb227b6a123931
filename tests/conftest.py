import json
from pathlib import Path

import pytest
import spacy

import quotes
from quotes import components

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The pipeline built as a spaCy user builds it."""
    nlp = spacy.blank("id")
    for name in components.PIPELINE:
        nlp.add_pipe(name)
    return nlp


@pytest.fixture(scope="session")
def extract():
    return quotes.extract


def only(record, **want):
    """The single quote of `record` whose fields match `want`."""
    found = [q for q in record["quotes"] if all(q.get(k) == v for k, v in want.items())]
    assert len(found) == 1, json.dumps(record["quotes"], ensure_ascii=False, indent=1)
    return found[0]


def quote_of(record, text):
    """The first quote of `record` whose text is, or begins with, `text`."""
    found = [q for q in record["quotes"] if q["text"].startswith(text)]
    assert found, json.dumps(record["quotes"], ensure_ascii=False, indent=1)
    return found[0]


def of_type(record, kind):
    """The quotes of `record` of type `kind` (direct, indirect, mixed)."""
    return [q for q in record["quotes"] if q["type"] == kind]
