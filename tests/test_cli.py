import json

import pytest
from click.testing import CliRunner

from quotes import schema
from quotes.cli import cli


@pytest.fixture
def run():
    def invoke(*args, input=None):
        return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    return invoke


def records(output):
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_extract_txt_file(run, tmp_path):
    f = tmp_path / "berita.txt"
    f.write_text('"Kami siap," kata Budi.', encoding="utf-8")
    result = run("extract", str(f))
    assert result.exit_code == 0, result.output
    (rec,) = records(result.stdout)
    assert rec["id"] == "berita" and rec["quotes"][0]["text"] == "Kami siap"


def test_jsonl_bad_lines_become_error_records_and_the_batch_goes_on(run, tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text('{"id": "a", "text": "\\"Satu,\\" kata Ani."}\nnot json\n{"id": "c"}\n[1]\n'
                 '{"text": "", "outlet": "Kompas"}\n', encoding="utf-8")
    result = run("extract", str(f))
    assert result.exit_code == 1
    recs = records(result.stdout)
    assert [r["id"] for r in recs] == ["a", "batch:2", "c", "batch:4", "batch:5"]
    assert [("error" in r) for r in recs] == [False, True, True, True, False]
    assert recs[4]["quotes"] == [] and recs[4]["meta"] == {"outlet": "Kompas"}
    for r in recs:
        assert list(schema.problems(r)) == []
    assert "2 documents, 3 errors" in result.stderr


def test_not_utf8_names_file_and_byte(run, tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Kata dia: caf\xe9".encode("latin-1"))
    result = run("extract", str(f))
    assert result.exit_code == 1
    assert "latin.txt: not valid utf-8 at byte 13" in result.stderr
    ok = run("extract", "--encoding", "latin-1", str(f))
    assert ok.exit_code == 0, ok.output


def test_missing_file_is_one_line_error(run):
    result = run("extract", "/no/such/file.txt")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["Error: /no/such/file.txt: no such file or folder"]


def test_stdin_text_and_jsonl(run):
    result = run("extract", "-", input='"Siap," kata Ani.')
    assert result.exit_code == 0 and records(result.stdout)[0]["id"] == "stdin"
    result = run("extract", "--jsonl", "-", input='{"id": "x", "text": "Teks."}\n')
    assert result.exit_code == 0 and records(result.stdout)[0]["id"] == "x"


def test_output_file_is_written(run, tmp_path):
    src, out = tmp_path / "a.txt", tmp_path / "out.jsonl"
    src.write_text("Teks biasa.", encoding="utf-8")
    result = run("extract", str(src), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a"
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_max_chars_gives_an_error_record(run):
    result = run("extract", "--max-chars", "5", "-", input="Teks yang panjang.")
    assert result.exit_code == 1
    assert "over the limit of 5" in records(result.stdout)[0]["error"]["message"]


def test_usage_errors_exit_2(run):
    assert run("extract").exit_code == 2
    assert run("extract", "--lang", "xx", "-").exit_code == 2
    assert run("extract", "--encoding", "no-such-codec", "-").exit_code == 2


def test_schema_and_validate(run, tmp_path):
    result = run("schema")
    assert result.exit_code == 0 and json.loads(result.stdout)["$schema"].endswith("2020-12/schema")
    good = run("extract", "-", input='"Siap," kata Ani.').stdout
    f = tmp_path / "r.jsonl"
    f.write_text(good + '{"schema_version": "1.0", "id": "x", "quotes": 1}\n', encoding="utf-8")
    result = run("validate", str(f))
    assert result.exit_code == 1
    assert all(line.startswith("line 2: ") for line in result.stdout.splitlines())


def test_validate_corpus_checks_offsets_and_substrings(run, tmp_path):
    text = '"Kami siap," kata Budi.'
    quote = {"text": "Kami siap", "type": "direct", "speaker": "Budi", "speaker_mention": "Budi",
             "cue": "kata", "source": None, "source_cue": None, "start": 1, "end": 10}
    good = {"id": "g", "lang": "id", "outlet": None, "text": text, "quotes": [quote]}
    bad = {**good, "quotes": [{**quote, "start": 2, "end": 11, "cue": "ujar"}]}
    f = tmp_path / "gold.jsonl"
    f.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    result = run("validate", "--corpus", str(f))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "line 2: $.quotes[0].text is not at its offsets in the text: 'Kami siap'",
        "line 2: $.quotes[0].cue is not in the text: 'ujar'"]
    assert "1 of 2 records valid" in result.stderr


def test_evaluate_prints_figures(run, tmp_path):
    text = 'Pengantar berita.\n\n"Kami siap," kata pelatih Budi Santoso.'
    gold = {"id": "g1", "lang": "id", "outlet": None, "text": text, "quotes": [
        {"text": "Kami siap", "type": "direct", "speaker": "Budi Santoso", "speaker_mention": "pelatih Budi Santoso",
         "cue": "kata", "source": None, "source_cue": None}]}
    f = tmp_path / "gold.jsonl"
    f.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("evaluate", "--json", str(f))
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["quotes"]["overlap/all"]["f1"] == 1.0
    assert figures["speaker_accuracy"]["strict"] == 1.0


def test_evaluate_reads_folders_and_refuses_an_empty_one(run, tmp_path):
    gold = {"id": "g1", "lang": "id", "outlet": None, "text": '"Kami siap," kata Budi.', "quotes": [
        {"text": "Kami siap", "type": "direct", "speaker": "Budi", "speaker_mention": "Budi",
         "cue": "kata", "source": None, "source_cue": None}]}
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.jsonl", "a/b/two.jsonl"):
        (tmp_path / name).write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "a" / "notes.txt").write_text("not gold", encoding="utf-8")
    result = run("evaluate", "--json", str(tmp_path / "a"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 2
    (tmp_path / "empty").mkdir()
    result = run("evaluate", str(tmp_path / "empty"))
    assert result.exit_code == 1 and result.stderr.strip() == f"Error: no gold articles in {tmp_path / 'empty'}"


def test_evaluate_rejects_bad_gold_in_one_line(run, tmp_path):
    f = tmp_path / "gold.jsonl"
    f.write_text('{"id": "g", "lang": "id", "outlet": null, "text": "abc", "quotes": [{"text": "xyz"}]}\n')
    result = run("evaluate", str(f))
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1


def test_convert_to_pfsa(run):
    result = run("convert", "--to", "pfsa", "-", input='"Kami siap," kata Budi.')
    assert result.exit_code == 0, result.output
    tags = [line.split("\t")[1] for line in result.stdout.splitlines() if "\t" in line]
    assert tags[:5] == ["B-STATEMENT", "I-STATEMENT", "I-STATEMENT", "I-STATEMENT", "L-STATEMENT"]
    assert "U-CUE" in tags and "U-PERSON" in tags


def test_max_chars_above_spacys_own_limit(run):
    text = '"Kami siap," kata Ani. ' * 45_000  # 1,035,000 characters
    result = run("extract", "--max-chars", "2000000", "-", input=text)
    assert result.exit_code == 0, result.stderr
    assert len(records(result.stdout)[0]["quotes"]) == 45_000
