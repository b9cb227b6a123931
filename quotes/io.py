"""Reading input documents: `.txt` files, JSON Lines (also gzipped), folders and stdin.

Yields one ``Item`` per input record, good or bad, so that every record is accounted for in the
output; a bad record carries its error and the batch goes on.
"""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from .errors import InputError, NotUtf8

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")
PUBLISHER_FIELDS = ("publisher", "outlet")


@dataclass
class Item:
    id: str
    text: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    error: str | None = None

    @property
    def publisher(self) -> str | None:
        for key in PUBLISHER_FIELDS:
            value = self.meta.get(key)
            if isinstance(value, str) and value.strip():
                return value
        return None


def expand(paths: Iterable[str], suffixes: tuple[str, ...] = SUFFIXES) -> list[str]:
    """Files as given, folders as the files below them whose names end in ``suffixes`` (sorted); '-' stays stdin."""
    out = []
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            out.extend(str(f) for f in sorted(path.rglob("*")) if f.is_file() and f.name.endswith(suffixes))
        elif not path.exists():
            raise InputError(f"{p}: no such file or folder")
        elif not os.access(path, os.R_OK) or not path.is_file():
            raise InputError(f"{p}: cannot be read")
        else:
            out.append(p)
    return out


def _decode(data: bytes, name: str, encoding: str, base: int = 0) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise NotUtf8(name, base + exc.start, encoding) from None


def _jsonl(stream: IO[bytes], name: str, stem: str, encoding: str) -> Iterator[Item]:
    offset = 0
    for lineno, raw in enumerate(stream, 1):
        here, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        default_id = f"{stem}:{lineno}"
        try:
            line = _decode(raw, name, encoding, here)
        except NotUtf8 as exc:
            yield Item(default_id, line=lineno, error=str(exc))
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(default_id, line=lineno, error=f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield Item(default_id, line=lineno, error=f"a record must be a JSON object, not {type(obj).__name__}")
            continue
        rid = obj.get("id", default_id)
        rid = rid if isinstance(rid, str) else str(rid)
        text = obj.get("text")
        if not isinstance(text, str):
            what = "no 'text' field" if text is None else f"'text' is {type(text).__name__}, not a string"
            yield Item(rid, line=lineno, error=what)
            continue
        meta = {k: v for k, v in obj.items() if k not in ("id", "text")}
        yield Item(rid, text, meta, lineno)


def read(paths: Iterable[str], *, stdin: IO[bytes] | None = None, stdin_jsonl: bool = False,
         encoding: str = "utf-8") -> Iterator[Item]:
    """Every input record of `paths`, in order."""
    for p in expand(paths):
        if p == "-":
            if stdin is None:
                raise InputError("-: no standard input")
            if stdin_jsonl:
                yield from _jsonl(stdin, "<stdin>", "stdin", encoding)
            else:
                data = stdin.read()
                try:
                    yield Item("stdin", _decode(data, "<stdin>", encoding))
                except NotUtf8 as exc:
                    yield Item("stdin", error=str(exc))
            continue
        path = Path(p)
        name = path.name
        if name.endswith(".jsonl.gz"):
            with gzip.open(path, "rb") as fh:
                yield from _jsonl(fh, p, name[: -len(".jsonl.gz")], encoding)
        elif name.endswith(".jsonl"):
            with path.open("rb") as fh:
                yield from _jsonl(fh, p, path.stem, encoding)
        else:
            try:
                yield Item(path.stem, _decode(path.read_bytes(), p, encoding))
            except NotUtf8 as exc:
                yield Item(path.stem, error=str(exc))
