"""The Spark job gives the records of the single-process run, record for record (local[2])."""
import json
import os
import shutil
import sys

import pytest

from conftest import ROOT
from quotes import batch, io

pyspark = pytest.importorskip("pyspark", reason="the spark extra is not installed: pip install '.[spark]'")
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime")


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession
    session = (SparkSession.builder.master("local[2]").appName("quotes-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    yield session
    session.stop()


def corpus_rows():
    rows = []
    for path in sorted((ROOT / "corpus").glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                art = json.loads(line)
                rows.append({"id": art["id"], "text": art["text"], "outlet": art.get("outlet")})
    return rows


def test_dataframe_transformation_equals_single_process_run(spark):
    from quotes.spark import extract
    rows = corpus_rows()
    df = spark.createDataFrame(rows).repartition(2)
    got = {r["id"]: json.loads(r["record"]) for r in extract(df).collect()}
    items = [io.Item(r["id"], r["text"], {"outlet": r["outlet"]} if r["outlet"] else {}) for r in rows]
    expected = {rec["id"]: rec for rec in batch.run(items)}
    assert len(got) == len(rows)
    assert got == expected


def test_spark_submit_entry_point_keeps_order_and_bad_lines(spark, tmp_path):
    from quotes.spark import main
    src = tmp_path / "in.jsonl"
    rows = corpus_rows()[:6]
    src.write_text("\n".join(json.dumps({"id": r["id"], "text": r["text"]}) for r in rows) + "\nnot json\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    assert main([str(src), str(out), "--master", "local[2]"]) == 0
    lines = [json.loads(line) for part in sorted(out.glob("part-*")) for line in part.read_text(encoding="utf-8").splitlines()]
    assert [rec["id"] for rec in lines] == [r["id"] for r in rows] + ["line:7"]
    assert lines[-1]["error"]["message"].startswith("not JSON")
    single = list(batch.run(io.Item(r["id"], r["text"]) for r in rows))
    assert lines[:-1] == single
