"""Batch runs: stream input records through the extractor, in one process or several, and write
their output records in input order, one for every input, resumable after an interruption.

Only the running and writing of many records; reading them is ``io.py``'s job, extracting them
``pipeline.py``'s.
"""
from __future__ import annotations

import csv
import functools
import itertools
import json
import multiprocessing
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from io import StringIO
from typing import IO, Any, Callable, Iterable, Iterator, NamedTuple

from . import io, pipeline
from .errors import QuotesError

FORMATS = ("jsonl", "csv")
CSV_COLUMNS = ("doc_id", "quote_id", "type", "text", "start", "end", "speaker", "role", "kind", "cue", "source",
               "publisher", "error")
PARTIAL = ".partial"
CHUNK = 32  # records handed to a worker process at a time (8: 4% slower on two workers)
RENEW_EVERY = 20_000  # documents a pipeline serves before a fresh one replaces it


def error_record(item_id: str, message: str, line: int | None) -> dict:
    return {"schema_version": pipeline.SCHEMA_VERSION, "id": item_id, "error": {"message": message, "line": line}}


def process(nlp, item: io.Item, lang: str, max_chars: int) -> dict:
    """The output record of one input record: a document, or an error record; never raises."""
    if item.error is not None:
        return error_record(item.id, item.error, item.line)
    try:
        doc = nlp(pipeline.make_doc(nlp, item.text, item.publisher, max_chars))
        return pipeline.record(doc, item.id, lang, item.meta)
    except QuotesError as exc:
        return error_record(item.id, str(exc), item.line)
    except Exception as exc:  # one bad record never loses the batch
        return error_record(item.id, f"internal error: {type(exc).__name__}: {exc}", item.line)


_WORKER: dict[str, Any] = {}


class _Pipeline:
    """The pipeline, built anew every RENEW_EVERY documents: its Docs hold no tokens, so spaCy's
    vocabulary learns no words from the text, and a fresh pipeline bounds whatever else a long
    run might leave behind."""

    def __init__(self, lang: str):
        self.lang, self.nlp, self.used = lang, pipeline.load(lang, tokens=False), 0

    def __call__(self):
        self.used += 1
        if self.used > RENEW_EVERY:
            self.nlp, self.used = pipeline.build(self.lang, tokens=False), 1
        return self.nlp


def _init_worker(lang: str, max_chars: int, then: Callable[[dict], Any] | None) -> None:
    _WORKER.update(nlp=_Pipeline(lang), lang=lang, max_chars=max_chars, then=then)


def _work(item: io.Item) -> Any:
    rec = process(_WORKER["nlp"](), item, _WORKER["lang"], _WORKER["max_chars"])
    return rec if _WORKER["then"] is None else _WORKER["then"](rec)


def run(items: Iterable[io.Item], *, lang: str = "id", max_chars: int = 1_000_000, jobs: int = 1,
        then: Callable[[dict], Any] | None = None) -> Iterator[Any]:
    """Output records in input order; with jobs > 1, from that many worker processes.

    Args:
        then: applied to each record where it is made, and what it returns comes back instead:
            `written(fmt)` sends the output text, which crosses between processes far faster than
            a record does.
    """
    if jobs <= 1:
        nlp = _Pipeline(lang)
        for item in items:
            rec = process(nlp(), item, lang, max_chars)
            yield rec if then is None else then(rec)
        return
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(lang, max_chars, then)) as pool:
        yield from pool.imap(_work, items, chunksize=CHUNK)


# -- writing ---------------------------------------------------------------------------------------

def csv_rows(rec: dict) -> Iterator[dict]:
    """One row per quote; a document without quotes, or an error record, is one row too."""
    base = {"doc_id": rec["id"], "publisher": rec.get("publisher") or ""}
    if "error" in rec:
        yield {**base, "error": rec["error"]["message"]}
        return
    if not rec["quotes"]:
        yield base
    for q in rec["quotes"]:
        sp = q["speaker"] or {}
        yield {**base, "quote_id": q["id"], "type": q["type"], "text": q["text"], "start": q["start"],
               "end": q["end"], "speaker": sp.get("name") or "", "role": sp.get("role") or "",
               "kind": sp.get("kind") or "", "cue": (q["cue"] or {}).get("text", ""),
               "source": q["sources"][0]["name"] if q["sources"] else ""}


class Written(NamedTuple):
    """One output record as written: its id, its error message (None for a document) and its text."""

    id: str
    error: str | None
    text: str


def _write(rec: dict, fmt: str, pretty: bool) -> Written:
    if fmt == "csv":
        out = StringIO()
        csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n").writerows(csv_rows(rec))
        text = out.getvalue()
    else:
        text = json.dumps(rec, ensure_ascii=False, indent=2 if pretty else None) + "\n"
    return Written(rec["id"], rec["error"]["message"] if "error" in rec else None, text)


def written(fmt: str = "jsonl", *, pretty: bool = False) -> Callable[[dict], Written]:
    """What turns a record into its text in `fmt`: JSON Lines, or CSV (RFC 4180) rows."""
    return functools.partial(_write, fmt=fmt, pretty=pretty)


class Writer:
    """Writes records as JSON Lines or CSV (one header)."""

    def __init__(self, out: IO[str], fmt: str = "jsonl", *, pretty: bool = False, header: bool = True):
        self.out, self.fmt, self.pretty = out, fmt, pretty
        if fmt == "csv" and header:
            csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n").writeheader()

    def write(self, done: Written) -> None:
        self.out.write(done.text)
        self.out.flush()


def done_ids(path: str, fmt: str) -> Counter:
    """How often each id was written to `path` already; a last line cut by a crash is dropped."""
    if not os.path.exists(path):
        return Counter()
    with open(path, "rb+") as fh:
        data = fh.read()
        cut = data.rfind(b"\n") + 1
        if cut < len(data):
            fh.truncate(cut)  # the record being written when the run was killed
        data = data[:cut]
    text = data.decode("utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(text.splitlines()))
        return Counter(k for k, _g in itertools.groupby(r["doc_id"] for r in rows))
    return Counter(json.loads(line)["id"] for line in text.splitlines() if line.strip())


def skip_done(items: Iterable[io.Item], done: Counter) -> Iterator[io.Item]:
    """Leave out the records already written (an id written twice skips two inputs with that id)."""
    left = Counter(done)
    for item in items:
        if left[item.id] > 0:
            left[item.id] -= 1
            continue
        yield item


@dataclass
class Progress:
    """Counts for the summary line and, on a terminal, a progress line on stderr."""

    show: bool = False
    stream: IO[str] = field(default_factory=lambda: sys.stderr)
    documents: int = 0
    errors: int = 0
    skipped: int = 0
    chars: int = 0
    started: float = field(default_factory=time.monotonic)
    _shown: float = 0.0

    def update(self, failed: bool, chars: int) -> None:
        if failed:
            self.errors += 1
        else:
            self.documents += 1
        self.chars += chars
        now = time.monotonic()
        if self.show and now - self._shown > 0.2:
            self._shown = now
            rate = (self.documents + self.errors) / max(now - self.started, 1e-9)
            self.stream.write(f"\r{self.documents} documents, {self.chars / 1e6:.1f} MB, {rate:.1f} documents/s, "
                              f"{self.errors} errors")
            self.stream.flush()

    def summary(self) -> str:
        if self.show:
            self.stream.write("\r\033[K")
        resumed = f", {self.skipped} already written" if self.skipped else ""
        return f"quotes: {self.documents} documents, {self.errors} errors{resumed}"


def write_all(records: Iterable[tuple[Written, int]], writer: Writer, progress: Progress,
              on_error: Callable[[str, str], None] | None = None) -> None:
    for done, chars in records:
        writer.write(done)
        progress.update(done.error is not None, chars)
        if done.error is not None and on_error is not None:
            on_error(done.id, done.error)


def partial_path(path: str) -> str:
    return path + PARTIAL


def finish(path: str) -> None:
    """The run is complete: the partial file becomes the output, in one rename."""
    os.replace(partial_path(path), path)
