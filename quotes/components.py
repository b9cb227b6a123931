"""The spaCy components: one thin factory per step of layout → marks → cues → sources →
attribution → entities.

Each component's ``__call__`` is a pure ``find(doc)`` followed by ``set_annotations(doc, found)``,
the only place that writes to the ``Doc``. Extension attributes are registered here, once, at
import; they are listed in the README.
"""
from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import attribution, entities, layout, lang as langdata, marks, mentions, sources
from .cues import find_cues

RE_NEWLINE = re.compile("\n")
TEXT_KEY = "quotes.text"  # where pipeline.make_doc keeps the input text
EXTENSIONS: dict[str, Any] = {
    "quotes_layout": None,      # layout.Layout: paragraphs and sentences
    "quote_marks": None,        # list[records.Mark]
    "quote_cues": None,         # list[records.Cue]
    "source_phrases": None,     # list[sources.SourcePhrase]
    "publisher": None,          # canonical name of the publishing outlet, or None
    "publisher_hint": None,     # set by the caller: the outlet the input metadata names
    "mention_context": None,    # mentions.Context of the article
    "quotes": None,             # list[records.Quote]
    "quote_entities": None,     # list[records.Entity]
}
for _name, _default in EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class _Component:
    """Shared set-up: the language data, looked up once when the pipeline is built."""

    def __init__(self, nlp: Language, name: str, *, lang: str | None = None):
        self.name = name
        self.lang = langdata.load(lang or nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self.set_annotations(doc, self.find(doc))
        except Exception as exc:  # spaCy's convention: the handler decides, default re-raises
            error_handler(self.name, self, [doc], exc)
        return doc

    def get_error_handler(self):
        return getattr(self, "_error_handler", _raise)

    def set_error_handler(self, handler) -> None:
        self._error_handler = handler

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


def _raise(name, component, docs, exc):
    raise exc


def text_of(doc: Doc) -> str:
    """The Doc's text: the one make_doc was given when it is still the Doc's (a Doc of a records-only
    pipeline holds no tokens, only that text), else rebuilt from the tokens."""
    text = doc.user_data.get(TEXT_KEY)
    if not len(doc):  # (a Doc of pipeline.TextOnly: the text without tokens)
        return text if isinstance(text, str) else ""
    end = doc[-1].idx + len(doc[-1].text_with_ws)
    return text if isinstance(text, str) and len(text) == end else doc.text


def _headings(found: layout.Layout) -> list[tuple[int, int]]:
    """The spans of the lines that are no body text (headlines, captions)."""
    return [(p.start, p.end) for p in found.paragraphs if p.kind != "body"]


def _layout_of(doc: Doc) -> layout.Layout:
    found = doc._.quotes_layout
    if found is None:
        raise ValueError("[quotes] this component needs 'quotes_layout' earlier in the pipeline")
    return found


class Layouter(_Component):
    def __init__(self, nlp: Language, name: str, *, lang: str | None = None, sentences: bool = True):
        super().__init__(nlp, name, lang=lang)
        self.sentences = sentences

    def find(self, doc: Doc) -> layout.Layout:
        return layout.find_layout(text_of(doc), self.lang)

    def set_annotations(self, doc: Doc, found: layout.Layout) -> None:
        doc._.quotes_layout = found
        if not self.sentences or not len(doc):
            return
        # a token starts a sentence where a sentence or paragraph starts, or after a line break
        starts = numpy.fromiter(sorted({s for s, _e in found.sentences} | {p.start for p in found.paragraphs}),
                                dtype="int64")
        offsets = doc.to_array([IDX]).astype("int64").ravel()
        sent_start = numpy.full(len(doc), -1, dtype="int64")
        # the tokens that start where a sentence starts (offsets are sorted: bisect, not a set test)
        at = numpy.searchsorted(offsets, starts)
        at = at[at < len(doc)]
        sent_start[at[offsets[at] == starts[:len(at)]]] = 1
        newlines = numpy.fromiter((m.start() for m in RE_NEWLINE.finditer(found.text)), dtype="int64")
        breaks = numpy.searchsorted(offsets, newlines, side="right") - 1
        sent_start[breaks] = 1
        sent_start[breaks[breaks + 1 < len(doc)] + 1] = 1
        sent_start[0] = 1
        doc.from_array([SENT_START], sent_start.reshape(-1, 1).astype("uint64"))


class MarkFinder(_Component):
    def find(self, doc: Doc):
        found = _layout_of(doc)
        return marks.find_marks(found.text, list(found.paragraphs), self.lang.short_cues)

    def set_annotations(self, doc: Doc, found) -> None:
        doc._.quote_marks = found


class CueFinder(_Component):
    def find(self, doc: Doc):
        found = _layout_of(doc)
        return find_cues(found.text, list(found.paragraphs), self.lang)

    def set_annotations(self, doc: Doc, found) -> None:
        doc._.quote_cues = found


class SourceFinder(_Component):
    def find(self, doc: Doc) -> sources.Found:
        found = _layout_of(doc)
        return sources.find(found.text, list(found.paragraphs), self.lang, doc._.publisher_hint)

    def set_annotations(self, doc: Doc, found: sources.Found) -> None:
        ext = doc._
        ext.source_phrases, ext.publisher = list(found.phrases), found.publisher_name


class Attributor(_Component):
    def __init__(self, nlp: Language, name: str, *, lang: str | None = None, spans_key: str | None = "quotes"):
        super().__init__(nlp, name, lang=lang)
        self.spans_key = spans_key

    def find(self, doc: Doc):
        found, ext = _layout_of(doc), doc._  # (each `doc._` builds a new accessor)
        ctx = mentions.article_context(found.text, self.lang, ext.quote_cues or [], _headings(found))
        quotes = attribution.find_quotes(found.text, found, ext.quote_marks or [], ext.quote_cues or [],
                                         ext.source_phrases or [], ctx, ext.publisher)
        return ctx, quotes

    def set_annotations(self, doc: Doc, found) -> None:
        ext = doc._
        ext.mention_context, ext.quotes = found
        if self.spans_key is not None:
            spans = [doc.char_span(q.start, q.end, label=q.type, alignment_mode="expand") for q in found[1]]
            doc.spans[self.spans_key] = [s for s in spans if s is not None]


class EntityLinker(_Component):
    def find(self, doc: Doc):
        found, ext = _layout_of(doc), doc._
        ctx = ext.mention_context or mentions.article_context(found.text, self.lang, ext.quote_cues or [],
                                                              _headings(found))
        return entities.resolve(found.text, ext.quotes or [], found, ctx, ext.quote_marks or [])

    def set_annotations(self, doc: Doc, found) -> None:
        doc._.quote_entities = found


@Language.factory("quotes_layout", assigns=["doc._.quotes_layout", "token.is_sent_start"],
                  default_config={"lang": None, "sentences": True})
def make_layout(nlp: Language, name: str, lang: str | None, sentences: bool) -> Layouter:
    """`sentences`: mark where sentences start on the tokens (`doc.sents`); a run that only writes
    records has no use for it and saves a tenth of its time."""
    return Layouter(nlp, name, lang=lang, sentences=sentences)


@Language.factory("quotes_marks", assigns=["doc._.quote_marks"], requires=["doc._.quotes_layout"],
                  default_config={"lang": None})
def make_marks(nlp: Language, name: str, lang: str | None) -> MarkFinder:
    return MarkFinder(nlp, name, lang=lang)


@Language.factory("quotes_cues", assigns=["doc._.quote_cues"], requires=["doc._.quotes_layout"],
                  default_config={"lang": None})
def make_cues(nlp: Language, name: str, lang: str | None) -> CueFinder:
    return CueFinder(nlp, name, lang=lang)


@Language.factory("quotes_sources", assigns=["doc._.source_phrases", "doc._.publisher"],
                  requires=["doc._.quotes_layout"], default_config={"lang": None})
def make_sources(nlp: Language, name: str, lang: str | None) -> SourceFinder:
    return SourceFinder(nlp, name, lang=lang)


@Language.factory("quotes_attribution", assigns=["doc._.quotes", "doc.spans"],
                  requires=["doc._.quote_marks", "doc._.quote_cues", "doc._.source_phrases"],
                  default_config={"lang": None, "spans_key": "quotes"})
def make_attribution(nlp: Language, name: str, lang: str | None, spans_key: str | None) -> Attributor:
    """`spans_key`: the `doc.spans` group that holds the quotes as spans, None for none."""
    return Attributor(nlp, name, lang=lang, spans_key=spans_key)


@Language.factory("quotes_entities", assigns=["doc._.quote_entities"], requires=["doc._.quotes"],
                  default_config={"lang": None})
def make_entities(nlp: Language, name: str, lang: str | None) -> EntityLinker:
    return EntityLinker(nlp, name, lang=lang)


PIPELINE = ("quotes_layout", "quotes_marks", "quotes_cues", "quotes_sources", "quotes_attribution", "quotes_entities")
