"""Throughput and memory of `quotes extract` on a corpus of at least 20 MB made from corpus/.

Prints MB/s and documents/s for plain spacy.blank("id") tokenisation (the reference), the whole
extractor in one process and in two, and the peak resident memory of each run; where the PFSA-ID
benchmark lies beside the project, both speeds again on its articles, each read once.

    python bench/throughput.py [--mb 20] [--jobs 2]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent
PFSA_DEV = ROOT.parent / "shared" / "benchmarks" / "pfsa-id" / "dev-40.txt"  # used where it is present


def make_corpus(path: Path, megabytes: float) -> tuple[int, int]:
    """Repeat the corpus articles (with fresh ids) until the file holds `megabytes` of text."""
    texts = [json.loads(line)["text"] for f in sorted(ROOT.glob("corpus/*/*.jsonl")) for line in f.open(encoding="utf-8")]
    size = docs = 0
    with path.open("w", encoding="utf-8") as fh:
        while size < megabytes * 1e6:
            for text in texts:
                fh.write(json.dumps({"id": f"d{docs}", "text": text}, ensure_ascii=False) + "\n")
                size += len(text.encode("utf-8"))
                docs += 1
    return size, docs


def tokenise(texts: Iterable[str]) -> float:
    """Seconds plain spacy.blank("id") takes to tokenise `texts` (the reference)."""
    import spacy
    nlp = spacy.blank("id")
    start = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    return time.perf_counter() - start


def extract(path: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak RSS (kB, the largest process) of `quotes extract` as a user runs it."""
    out = path.with_suffix(f".out{jobs}")
    cmd = [sys.executable, "-m", "quotes", "extract", str(path), "-o", str(out), "-j", str(jobs), "--silent"]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"quotes extract failed: {proc.stderr[-300:]}")
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def long_document(megabytes: float = 1.0, distinct: bool = False) -> float:
    """Seconds to extract one document of `megabytes`: one article repeated (the steps that grow with
    the text itself), or the corpus's articles one after another (`distinct`: the steps that also grow
    with how many different people and bodies one document names)."""
    import quotes
    text = (ROOT / "corpus" / "examples" / "banjir-kalbar.txt").read_text(encoding="utf-8")
    if distinct:
        parts, size = [], 0
        for path in sorted((ROOT / "corpus").glob("*/*.jsonl")):
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    parts.append(json.loads(line)["text"])
                    size += len(parts[-1].encode("utf-8"))
                    if size >= megabytes * 1e6:
                        break
            if size >= megabytes * 1e6:
                break
        big = "\n\n".join(parts)
    else:
        big = "\n\n".join([text] * int(megabytes * 1e6 / len(text)))
    quotes.extract(text)
    start = time.perf_counter()
    quotes.extract(big)
    return time.perf_counter() - start


def fresh_text(path: Path) -> tuple[int, float, float, float]:
    """On news the benchmark corpus does not repeat (each article once, as in a real corpus, where
    spaCy's caches help far less): articles, MB, and seconds for blank tokenisation and extraction."""
    from quotes import pipeline, pfsa
    with path.open(encoding="utf-8") as fh:
        texts = [a.text for a in pfsa.read_articles(fh)]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    tokenising = tokenise(texts)
    nlp = pipeline.build("id", tokens=False)
    nlp(pipeline.make_doc(nlp, "Budi mengatakan harga naik, kata Reuters."))  # patterns compiled once
    start = time.perf_counter()
    for text in texts:
        json.dumps(pipeline.record(nlp(pipeline.make_doc(nlp, text)), "x", "id"), ensure_ascii=False)
    return len(texts), size, tokenising, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="size of the generated corpus (MB of text)")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    ap.add_argument("--fresh", action="store_true", help="only the speeds on PFSA-ID dev, each article once")
    args = ap.parse_args()
    if args.fresh:
        n, fresh_mb, tok, ext = fresh_text(PFSA_DEV)
        print(f"fresh text (PFSA-ID dev, {n} articles, {fresh_mb:.1f} MB, each once, one process): "
              f"spacy.blank('id') tokenisation {fresh_mb / tok:.2f} MB/s, quotes {fresh_mb / ext:.2f} MB/s")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jsonl"
        size, docs = make_corpus(path, args.mb)
        mb = size / 1e6
        print(f"corpus: {docs} documents, {mb:.1f} MB of text, {os.cpu_count()} cores")
        with path.open(encoding="utf-8") as fh:
            t = tokenise(json.loads(line)["text"] for line in fh)
        print(f"spacy.blank('id') tokenisation: {mb / t:.2f} MB/s, {docs / t:.0f} documents/s")
        t1, rss1 = extract(path, 1)
        print(f"quotes extract, 1 process:  {mb / t1:.2f} MB/s, {docs / t1:.0f} documents/s, peak RSS {rss1 / 1024:.0f} MB")
        t1m = long_document()
        print(f"one document of 1 MB, one article repeated: {t1m:.1f} s ({1 / t1m:.2f} MB/s)")
        for mb_long in (0.25, 1.0):
            t_long = long_document(mb_long, distinct=True)
            print(f"one document of {mb_long:g} MB, distinct articles: {t_long:.1f} s ({mb_long / t_long:.2f} MB/s)")
        tn, rssn = extract(path, args.jobs)
        print(f"quotes extract, {args.jobs} processes: {mb / tn:.2f} MB/s, {docs / tn:.0f} documents/s, "
              f"peak RSS {rssn / 1024:.0f} MB (largest process); speed-up {t1 / tn:.2f}x")
    if PFSA_DEV.is_file():  # in a process of its own, where nothing has warmed a cache
        subprocess.run([sys.executable, __file__, "--fresh"], check=True)


if __name__ == "__main__":
    main()
