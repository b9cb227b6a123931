"""Batch runs: folders, CSV, several processes, resuming after a kill; every input accounted for."""
import csv
import gzip
import io
import json

import pytest
from click.testing import CliRunner

from quotes import batch, pipeline
from quotes.cli import cli

TEXTS = ['"Kami siap bertanding," kata pelatih Budi Santoso.',
         "Menurut Ani, harga beras akan turun pekan depan.",
         "Teks tanpa kutipan sama sekali.",
         '“Dia bilang, "ya", lalu pergi,” ujar Rina, seperti dilansir Reuters.']


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    with gzip.open(folder / "sub" / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        for i, text in enumerate(TEXTS[1:], 1):
            fh.write(json.dumps({"id": f"b{i}", "text": text}) + "\n")
        fh.write("not json\n")
    (folder / "ignored.md").write_text("# not an input", encoding="utf-8")
    return folder


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_folder_is_read_recursively_and_every_record_is_accounted_for(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(corpus), "-o", str(out))
    assert result.exit_code == 1  # the bad line
    assert [r["id"] for r in lines(out)] == ["a", "b1", "b2", "b3", "b:4"]
    assert "quotes: 4 documents, 1 errors" in result.stderr


def test_two_processes_give_the_same_records_in_the_same_order(corpus, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    invoke("extract", str(corpus), "-o", str(one))
    invoke("extract", str(corpus), "-o", str(two), "-j", "2")
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_csv_has_one_header_and_one_row_per_quote(corpus, tmp_path):
    out = tmp_path / "out.csv"
    invoke("extract", str(corpus), "-o", str(out), "--format", "csv")
    raw = out.read_bytes().decode("utf-8")
    assert raw.count("doc_id,quote_id") == 1 and "\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw)))
    assert tuple(rows[0]) == batch.CSV_COLUMNS
    assert [r["doc_id"] for r in rows] == ["a", "b1", "b2", "b3", "b:4"]
    assert rows[0]["speaker"] == "Budi Santoso" and rows[0]["role"] == "pelatih"
    assert rows[2]["quote_id"] == ""               # a document with no quotes is still a row
    assert rows[3]["text"] == 'Dia bilang, "ya", lalu pergi' and rows[3]["source"] == "Reuters"
    assert '"Dia bilang, ""ya"", lalu pergi"' in raw  # RFC 4180 quoting
    assert rows[4]["error"].startswith("not JSON")


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_after_a_kill_gives_no_duplicates_and_no_gaps(corpus, tmp_path, fmt):
    full, out = tmp_path / f"full.{fmt}", tmp_path / f"out.{fmt}"
    invoke("extract", str(corpus), "-o", str(full), "--format", fmt)
    expected = full.read_bytes()
    # a run killed while writing its third record: two whole records and half of one
    cut = expected.index(b"\n", expected.index(b"\n", expected.index(b"\n") + 1) + 1) + 1
    if fmt == "csv":
        cut = expected.index(b"\n", cut) + 1
    (tmp_path / f"out.{fmt}.partial").write_bytes(expected[:cut] + expected[cut:cut + 17])
    result = invoke("extract", str(corpus), "-o", str(out), "--format", fmt, "--resume")
    assert out.read_bytes() == expected
    assert "already written" in result.stderr
    assert not (tmp_path / f"out.{fmt}.partial").exists()


def test_resume_of_a_finished_run_writes_nothing_new(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    invoke("extract", str(corpus), "-o", str(out))
    before = out.read_bytes()
    result = invoke("extract", str(corpus), "-o", str(out), "--resume")
    assert out.read_bytes() == before
    assert "0 documents, 0 errors, 5 already written" in result.stderr


def test_resume_needs_an_output_file():
    assert invoke("extract", "--resume", "-").exit_code == 2


def test_skip_done_counts_repeated_ids():
    from quotes.io import Item
    items = [Item("x", "a"), Item("x", "b"), Item("y", "c")]
    left = list(batch.skip_done(items, batch.Counter({"x": 1})))
    assert [(i.id, i.text) for i in left] == [("x", "b"), ("y", "c")]


def test_pipeline_is_renewed_without_changing_records(monkeypatch):
    from quotes.io import Item
    items = [Item(f"d{i}", text) for i, text in enumerate(TEXTS * 2)]
    expected = list(batch.run(items))
    monkeypatch.setattr(batch, "RENEW_EVERY", 3)
    built = []
    real_build = batch.pipeline.build
    monkeypatch.setattr(batch.pipeline, "build", lambda lang, **kw: built.append(lang) or real_build(lang, **kw))
    assert list(batch.run(items)) == expected
    assert len(built) == (len(items) - 1) // 3  # every third document


def test_a_records_only_pipeline_learns_no_words():
    # (its Docs hold no tokens: over millions of documents spaCy's vocabulary would otherwise keep
    # every new word it saw)
    nlp = pipeline.build("id", tokens=False)
    records = [pipeline.record(nlp(pipeline.make_doc(nlp, text)), "d", "id") for text in TEXTS]
    assert any(r["quotes"] for r in records)
    assert len(nlp.vocab) == 0 and len(nlp.vocab.strings) == 0


def test_a_run_killed_with_sigkill_resumes_without_duplicates_or_gaps(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time
    src = tmp_path / "many.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(400):
            fh.write(json.dumps({"id": f"n{i}", "text": TEXTS[i % len(TEXTS)]}) + "\n")
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    cmd = [sys.executable, "-m", "quotes", "extract", str(src), "-o", str(out), "--silent"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not partial.exists() or partial.stat().st_size < 2000):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert partial.exists() and not out.exists()
    subprocess.run(cmd + ["--resume"], check=False, capture_output=True)
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"n{i}" for i in range(400)]
