"""The `quotes` command: a thin layer over the library. Records go to stdout, messages to stderr.

Exit codes: 0 success, 1 a data or runtime error (any record failed), 2 a usage error.
"""
from __future__ import annotations

import codecs
import collections
import json
import os
import sys

import click

from . import __version__, batch, io, pipeline, schema
from .errors import QuotesError
from .lang import available

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="quotes")
def cli() -> None:
    """Quotes and their attribution in Indonesian news: who said what, from which outlet."""


def _encoding(ctx, param, value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None


def _lang(ctx, param, value: str) -> str:
    if value not in available():
        raise click.BadParameter(f"no language data for {value!r}; available: {', '.join(available())}")
    return value


def _tap(items, texts: collections.deque):
    """Keep each record's text as the runner takes it; records come back in the same order."""
    for item in items:
        texts.append(item.text or "")
        yield item


def _report(doc_id: str, message: str) -> None:
    click.echo(f"{doc_id}: {message}", err=True)


def _html(items, output: str | None, progress: batch.Progress, lang: str, max_chars: int, jobs: int,
          title: str) -> None:
    """Extract and write one HTML page: all records are held, so this is for articles, not corpora."""
    from . import htmlview

    texts: collections.deque = collections.deque()
    pairs = []
    for rec in batch.run(_tap(items, texts), lang=lang, max_chars=max_chars, jobs=jobs):
        text = texts.popleft()
        progress.update("error" in rec, len(text))
        if "error" in rec:
            _report(rec["id"], rec["error"]["message"])
        pairs.append((rec, text))
    page = htmlview.page(pairs, title=title)
    try:
        if output is None:
            sys.stdout.write(page)
        else:
            part = batch.partial_path(output)
            with open(part, "w", encoding="utf-8") as fh:
                fh.write(page)
            batch.finish(output)
    except OSError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(progress.summary(), err=True)
    if progress.errors:
        sys.exit(1)


def _run(items, writer: batch.Writer, progress: batch.Progress, lang: str, max_chars: int, jobs: int) -> None:
    texts: collections.deque = collections.deque()
    done = batch.run(_tap(items, texts), lang=lang, max_chars=max_chars, jobs=jobs,
                     then=batch.written(writer.fmt, pretty=writer.pretty))
    batch.write_all(((d, len(texts.popleft())) for d in done), writer, progress, _report)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE…")
@click.option("--jsonl", "stdin_jsonl", is_flag=True, help="Read JSON Lines from stdin ('-') instead of plain text.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write records to this file (OUT.partial until the run is complete).")
@click.option("--format", "fmt", type=click.Choice((*batch.FORMATS, "html")), default="jsonl", show_default=True,
              help="jsonl: one record per document; csv: one row per quote; html: the page of quotes render makes.")
@click.option("--resume", is_flag=True, help="Continue an interrupted -o run: skip the records already written.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes; output stays in input order.")
@click.option("--pretty", is_flag=True, help="Indented JSON for people, not JSON Lines.")
@click.option("--silent", is_flag=True, help="No progress line on stderr.")
@click.option("--encoding", default="utf-8", show_default=True, callback=_encoding, help="Encoding of the input files.")
@click.option("--lang", default="id", show_default=True, callback=_lang, help="Language data to use.")
@click.option("--max-chars", default=1_000_000, show_default=True, type=click.IntRange(min=1),
              help="A longer document becomes an error record.")
def extract(inputs, stdin_jsonl, output, fmt, resume, jobs, pretty, silent, encoding, lang, max_chars):
    """Extract quotes, speakers and sources: one JSON record per input document.

    A .txt file is one document (id = file stem); a .jsonl or .jsonl.gz file is one document per
    line ("text" required, "id" optional); a folder is every such file below it; '-' is stdin.

    Example:

        quotes extract corpus/examples/banjir-kalbar.txt --pretty
    """
    if resume and not output:
        raise click.UsageError("--resume needs -o OUT: it continues the output file of an earlier run")
    try:
        paths = io.expand(inputs)
    except QuotesError as exc:
        raise click.ClickException(str(exc)) from None
    items = io.read(paths, stdin=sys.stdin.buffer, stdin_jsonl=stdin_jsonl, encoding=encoding)
    progress = batch.Progress(show=not silent and sys.stderr.isatty())
    if fmt == "html":
        if resume:
            raise click.UsageError("--resume works with jsonl and csv output, not html")
        _html(items, output, progress, lang, max_chars, jobs, title=", ".join(inputs))
        return
    try:
        if output is None:
            _run(items, batch.Writer(sys.stdout, fmt, pretty=pretty), progress, lang, max_chars, jobs)
        else:
            part = batch.partial_path(output)
            if resume and not os.path.exists(part) and os.path.exists(output):
                os.replace(output, part)  # a finished run: append to it, then put it back
            done = batch.done_ids(part, fmt) if resume else collections.Counter()
            progress.skipped = sum(done.values())
            fresh = not (resume and os.path.exists(part) and os.path.getsize(part))
            with open(part, "w" if fresh else "a", encoding="utf-8", newline="") as fh:
                writer = batch.Writer(fh, fmt, pretty=pretty, header=fresh)
                _run(batch.skip_done(items, done), writer, progress, lang, max_chars, jobs)
            batch.finish(output)
    except (QuotesError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(progress.summary(), err=True)
    if progress.errors:
        sys.exit(1)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE…")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="The HTML file (default: stdout).")
@click.option("--jsonl", "stdin_jsonl", is_flag=True, help="Read JSON Lines from stdin ('-') instead of plain text.")
@click.option("--encoding", default="utf-8", show_default=True, callback=_encoding, help="Encoding of the input files.")
@click.option("--lang", default="id", show_default=True, callback=_lang, help="Language data to use.")
def render(inputs, output, stdin_jsonl, encoding, lang):
    """Show articles with their quotes highlighted: one self-contained HTML page.

    Example:

        quotes render corpus/examples/banjir-kalbar.txt -o quotes.html
    """
    try:
        paths = io.expand(inputs)
    except QuotesError as exc:
        raise click.ClickException(str(exc)) from None
    items = io.read(paths, stdin=sys.stdin.buffer, stdin_jsonl=stdin_jsonl, encoding=encoding)
    _html(items, output, batch.Progress(), lang, 1_000_000, 1, title=", ".join(inputs))


@cli.command("schema")
@click.option("--corpus", is_flag=True, help="The schema of gold corpus articles instead of output records.")
def schema_cmd(corpus):
    """Print the JSON Schema of the output records.

    Example:

        quotes schema > quote.schema.json
    """
    click.echo(json.dumps(schema.load(schema.CORPUS if corpus else schema.OUTPUT), indent=2, ensure_ascii=False))


@cli.command()
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--corpus", is_flag=True, help="Check gold corpus articles instead of output records.")
def validate(file, corpus):
    """Check records against the schema: one line per problem, exit 1 when any is invalid.

    With --corpus, gold articles: the schema, then each quote's text at its offsets and every
    mention, cue and phrase present in the text.

    Example:

        quotes extract article.txt | quotes validate -
    """
    from .evaluate import gold_problems

    def problems(rec):
        return gold_problems(rec) if corpus else schema.problems(rec, schema.OUTPUT)

    bad = total = 0
    try:
        for lineno, line in enumerate(file, 1):
            if not line.strip():
                continue
            total += 1
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                click.echo(f"line {lineno}: not JSON: {exc.msg}")
                bad += 1
                continue
            found = list(problems(rec))
            for p in found:
                click.echo(f"line {lineno}: {p}")
            bad += bool(found)
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{file.name}: not valid UTF-8 at byte {exc.start}") from None
    click.echo(f"{total - bad} of {total} records valid", err=True)
    if bad:
        sys.exit(1)


@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True), metavar="GOLD…")
@click.option("--format", "fmt", type=click.Choice(["gold", "pfsa"]), default="gold", show_default=True,
              help="gold: JSON Lines of ANNOTATION.md; pfsa: PFSA-ID CoNLL.")
@click.option("--show-errors", type=click.IntRange(min=0), default=0, metavar="N",
              help="List N missed, spurious and wrongly attributed quotes with their context.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--lang", default="id", show_default=True, callback=_lang, help="Language data to use.")
def evaluate(gold, fmt, show_errors, as_json, lang):
    """Score the extractor on gold articles: quote P/R/F1, speaker and source accuracy.

    GOLD is a file or a folder (its .jsonl files; with --format pfsa, its .txt and .conll files).

    Example:

        quotes evaluate corpus/dev --show-errors 20
    """
    from . import evaluate as ev

    try:
        paths = io.expand(gold, (".txt", ".conll") if fmt == "pfsa" else (".jsonl",))
        report = ev.evaluate(ev.read_gold(paths, fmt), lang=lang, keep_pairs=show_errors > 0,
                             mention_counts=fmt == "pfsa", only=("direct",) if fmt == "pfsa" else None)
    except (QuotesError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    except Exception as exc:  # a bug: say so in one line rather than a traceback
        raise click.ClickException(f"internal error: {type(exc).__name__}: {exc}") from None
    if not report.documents:
        raise click.ClickException(f"no gold articles in {', '.join(gold)}")
    figures = report.figures()
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False))
    else:
        title = ", ".join(paths) if len(paths) <= 3 else f"{len(paths)} files"
        click.echo(ev.table(figures, title))
        if fmt == "pfsa":
            click.echo("note: PFSA-ID tags direct statements of public figures only: only direct quotes are scored, "
                       "and precision is a lower bound.")
    for pair in report.pairs[:show_errors]:
        click.echo(ev.describe(pair), err=True)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE…")
@click.option("--to", "target", type=click.Choice(["pfsa"]), required=True, help="Output format.")
@click.option("--encoding", default="utf-8", show_default=True, callback=_encoding, help="Encoding of the input files.")
@click.option("--lang", default="id", show_default=True, callback=_lang, help="Language data to use.")
def convert(inputs, target, encoding, lang):
    """Write the extractor's output in another format (PFSA-ID-style BILOU CoNLL).

    Example:

        quotes convert --to pfsa article.txt > article.conll
    """
    from . import pfsa

    try:
        paths = io.expand(inputs)
    except QuotesError as exc:
        raise click.ClickException(str(exc)) from None
    nlp = pipeline.load(lang, tokens=False)
    failed = 0
    for item in io.read(paths, stdin=sys.stdin.buffer, encoding=encoding):
        rec = batch.process(nlp, item, lang, 1_000_000)
        if "error" in rec:
            failed += 1
            click.echo(f"{rec['id']}: {rec['error']['message']}", err=True)
            continue
        pfsa.write_conll(item.text, rec, sys.stdout)
    if failed:
        sys.exit(1)


def main() -> None:  # pragma: no cover - console entry point
    cli()
