"""The extractor as a PySpark transformation, and a `spark-submit` entry point.

`extract(df)` maps a DataFrame of `id`/`text` rows (other columns pass through as `meta`) to one of
`id`/`record` rows, `record` being the same JSON record `quotes extract` writes. The pipeline is
built once per Python worker process, not once per row. pyspark is an optional extra:
`pip install '.[spark]'`.

    python -m quotes.spark articles.jsonl out/ --master local[2]
    spark-submit --master yarn path/to/quotes/spark.py hdfs:///news/ hdfs:///quotes/
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Iterable, Iterator

from . import batch, io

ID, TEXT, RECORD = "id", "text", "record"


def records(rows: Iterable, *, lang: str = "id", max_chars: int = 1_000_000) -> Iterator[tuple[str, str]]:
    """(id, JSON record) for each Row of a partition: what runs on the executors."""
    def items():
        for n, row in enumerate(rows):
            data = row.asDict() if hasattr(row, "asDict") else dict(row)
            rid = data.pop(ID, None)
            text = data.pop(TEXT, None)
            rid = str(rid) if rid is not None else f"row:{n}"
            if data.get("_error"):
                yield io.Item(rid, error=data["_error"])
            elif not isinstance(text, str):
                yield io.Item(rid, error="no 'text' field" if text is None else "'text' is not a string")
            else:
                yield io.Item(rid, text, {k: v for k, v in data.items() if v is not None})
    for rec in batch.run(items(), lang=lang, max_chars=max_chars):
        yield rec["id"], json.dumps(rec, ensure_ascii=False)


def extract(df, *, lang: str = "id", max_chars: int = 1_000_000):
    """DataFrame of `id`/`text` rows → DataFrame of `id`/`record` rows, one for every input row."""
    from pyspark.sql.types import StringType, StructField, StructType

    schema = StructType([StructField(ID, StringType(), False), StructField(RECORD, StringType(), False)])
    rdd = df.rdd.mapPartitions(lambda rows: records(rows, lang=lang, max_chars=max_chars))
    return df.sparkSession.createDataFrame(rdd, schema)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="quotes.spark", description="Run quotes extract on Spark: JSON Lines in, JSON Lines out.")
    ap.add_argument("input", help="JSON Lines with id and text (a file, folder or glob Spark can read)")
    ap.add_argument("output", help="folder for the output records (JSON Lines part files)")
    ap.add_argument("--master", default=None, help="Spark master when not given by spark-submit, e.g. local[2]")
    ap.add_argument("--lang", default="id")
    args = ap.parse_args(argv)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers need the Python that has quotes
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("quotes")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        # read lines as text so that a line that is not JSON still yields its error record
        lines = spark.sparkContext.textFile(args.input).filter(lambda line: line.strip())
        rows = lines.zipWithIndex().map(lambda pair: _row(*pair))
        out = rows.mapPartitions(lambda part: records(part, lang=args.lang)).map(lambda pair: pair[1])
        out.saveAsTextFile(args.output)
    finally:
        spark.stop()
    return 0


def _row(line: str, n: int) -> dict:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return {ID: f"line:{n + 1}", TEXT: None, "_error": f"not JSON: {exc.msg}"}
    return obj if isinstance(obj, dict) else {ID: f"line:{n + 1}", TEXT: None}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
