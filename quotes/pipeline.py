"""Build the pipeline and turn one text into one output record.

``load()`` gives ``spacy.blank(lang)`` with a news-fit tokenizer and the ``quotes_*`` components;
``extract(text)`` runs it and returns the record that ``schemas/quote.schema.json`` describes.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Callable

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from . import components  # noqa: F401  (registers the factories and extensions)
from .errors import TooLong

SCHEMA_VERSION = "1.0"
TEXT_KEY = "quotes.text"
MAX_LENGTH = 100_000_000
# a double quotation mark glued to a word on either side is a token of its own (`cukup,”ucap`)
HYPHENATED = "anak-anak"
QUOTE_INFIXES = (r"(?<=[\w.,!?])[\"“”«»](?=\w)", r"(?<=\w)[\"“”«»](?=[\w.,!?])")
TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "quotes.news_tokenizer.v1"}}}
# spaCy caches how it split the first 10,000 distinct chunks and splits every later one anew, with
# affix patterns of some microseconds a call: over news in the millions, most chunks are later
# ones. 200,000 entries (~165 bytes each: 33 MB at most) hold a news vocabulary and keep tokenising
# at 2-3 MB/s on fresh text and 40 MB/s on text like what came before, instead of 1.6 and 2.4.
TOKENIZER_CACHE = 200_000


@spacy.registry.tokenizers("quotes.news_tokenizer.v1")
def make_news_tokenizer() -> Callable[[Language], Tokenizer]:
    """The language's own tokenizer, fitted to news text, and fast.

    Quotation marks glued to words become tokens of their own. A hyphen between letters no longer
    splits a word, so the ~15,600 exceptions that the Indonesian defaults keep only to undo that
    split for reduplicated words ("anak-anak") are not needed; nor are the ~350 others (emoticons,
    a few abbreviations), whose matching alone halves the speed, and whose loading takes two
    seconds of every start. No component reads tokens: every rule works on the text, so the
    records do not depend on this. Tokenising: 1.2 -> 3.9 MB/s; `spacy.blank`: 2.0 -> 0.1 s.
    """

    def news_tokenizer(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        infixes = [p for p in defaults.infixes or [] if not re.search(p, HYPHENATED)] + list(QUOTE_INFIXES)
        return Tokenizer(
            nlp.vocab,
            rules={},
            prefix_search=_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
            max_cache_size=TOKENIZER_CACHE,
        )

    return news_tokenizer


class TextOnly:
    """A tokenizer for runs that only write records: the Doc holds no tokens and keeps the text
    under ``user_data[TEXT_KEY]``, where every component reads it."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        doc = Doc(self.vocab, words=[])
        doc.user_data[TEXT_KEY] = text
        return doc


def _prefix_regex(prefixes) -> re.Pattern:
    """The prefixes under one start anchor: spaCy's `^a|^b|...` is searched from every position of
    every word that has no prefix (7 µs a word here); anchored once, the search stops at the start."""
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in prefixes if p.strip()) + ")")


def build(lang: str = "id", *, tokens: bool = True) -> Language:
    """A new `spacy.blank(lang)` with the news tokenizer and every ``quotes_*`` component.

    Args:
        tokens: also annotate the tokens (sentence starts, ``doc.spans["quotes"]``, the lexical
            attributes of words) for spaCy users; a run that only writes records leaves them out
            and splits the text at spaces alone (no rule reads tokens: the records are the same).
    """
    nlp = spacy.blank(lang, config=TOKENIZER_CONFIG)
    # spaCy's 1,000,000-character limit guards its parser's memory; this pipeline has none, and
    # the caller's max_chars (quotes extract --max-chars) is the limit that applies
    nlp.max_length = MAX_LENGTH
    config = {} if tokens else {"quotes_layout": {"sentences": False}, "quotes_attribution": {"spans_key": None}}
    if not tokens:
        # no one reads the tokens: make none (splitting at spaces alone still took 7% of a run,
        # and grew the vocabulary with every new word)
        nlp.tokenizer = TextOnly(nlp.vocab)
    for name in components.PIPELINE:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


@functools.lru_cache(maxsize=8)
def load(lang: str = "id", *, tokens: bool = True) -> Language:
    """The pipeline of `lang`, built once per process (see `build`)."""
    return build(lang, tokens=tokens)


def record(doc, doc_id: str, lang: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """The output record of one processed ``Doc``."""
    quotes = sorted(doc._.quotes or [], key=lambda q: (q.start, q.end))
    out = {
        "schema_version": SCHEMA_VERSION,
        "id": doc_id,
        "lang": lang,
        "publisher": doc._.publisher,
        "quotes": [q.to_dict(f"q{i}") for i, q in enumerate(quotes, 1)],
        "entities": [e.to_dict() for e in doc._.quote_entities or []],
        "meta": dict(meta or {}),
    }
    found, text = doc._.quotes_layout, components.text_of(doc)
    if found is not None and found.text is not text and found.text != text:
        _as_written(out, text)
    return out


def _as_written(out: dict[str, Any], text: str) -> None:
    """Every quoted text, cue and mention of a record cut again from the input as written: the rules
    read a wrapped line's newline as a space (`layout.unwrapped`), the record gives what the input has."""
    def cut(item: dict | None, key: str = "text") -> None:
        if item is not None:
            item[key] = text[item["start"]:item["end"]]

    for q in out["quotes"]:
        cut(q)
        cut(q["cue"])
        cut(q["speaker"], "mention")
        for s in q["sources"]:
            cut(s, "cue")
    for e in out["entities"]:
        for m in e["mentions"]:
            cut(m)


def make_doc(nlp: Language, text: str, publisher: str | None = None, max_chars: int | None = None):
    if max_chars is not None and len(text) > max_chars:
        raise TooLong(len(text), max_chars)
    doc = nlp.make_doc(text)
    doc._.publisher_hint = publisher
    doc.user_data[TEXT_KEY] = text  # spaCy rebuilds Doc.text from its tokens on every access
    return doc


def extract(text: str, doc_id: str = "doc", *, lang: str = "id", publisher: str | None = None,
            meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run the extractor on one text and return its record.

    Args:
        text: the article, as it is: every offset in the record refers to it.
        doc_id: the record's id.
        publisher: the publishing outlet when the caller knows it (else read from the dateline).
        meta: other input fields, passed through under ``meta``.
    """
    nlp = load(lang, tokens=False)
    return record(nlp(make_doc(nlp, text, publisher)), doc_id, lang, meta)
