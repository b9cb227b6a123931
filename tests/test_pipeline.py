from importlib.metadata import entry_points

import spacy

from quotes import components


def test_components_are_spacy_factories_after_install():
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(components.PIPELINE) <= names


def test_add_pipe_on_blank_pipeline(nlp):
    doc = nlp('"Kami siap," kata pelatih Budi.')
    assert [q.text for q in doc._.quotes] == ["Kami siap"]
    assert [s.text for s in doc.spans["quotes"]] == ["Kami siap"]
    assert doc._.quote_entities[0].name == "Budi"


def test_components_need_the_layout_first():
    nlp = spacy.blank("id")
    nlp.add_pipe("quotes_marks")
    try:
        nlp("Teks.")
    except ValueError as exc:
        assert "quotes_layout" in str(exc)
    else:
        raise AssertionError("quotes_marks ran without quotes_layout")


def test_glued_marks_are_split_off_by_the_tokenizer():
    from quotes.pipeline import load
    words = [t.text for t in load("id").make_doc("cukup,”ucap dia.“Anggaran")]
    assert "”" in words and "“" in words and "ucap" in words


def test_doc_sentences_never_cross_paragraphs(nlp):
    doc = nlp("Judul tanpa titik\nParagraf satu. Kalimat dua\n\nParagraf dua berakhir.")
    for sent in doc.sents:
        assert "\n" not in sent.text.strip()
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Judul tanpa titik", "Paragraf satu.", "Kalimat dua", "Paragraf dua berakhir."]


def test_clitic_cues_stay_one_token():
    from quotes.pipeline import load
    words = [t.text for t in load("id").make_doc("“Sudah cukup,” ujarnya. Katanya begitu, tegasnya.")]
    assert {"ujarnya", "Katanya", "tegasnya"} <= set(words)


def test_a_records_only_pipeline_makes_no_tokens_and_writes_the_same_records():
    from quotes.pipeline import build, make_doc, record
    text = ('Budi Santoso (45) mengatakan harga beras naik sejak Senin.\n\n"Kami siap," kata Budi. Menurut dia, stok beras aman.'
            '\n\n“Tidak ada masalah,”ujar Ani(30)—warga Cilandak—kepada Reuters.')
    full, lean = build("id"), build("id", tokens=False)
    doc, bare = full(make_doc(full, text)), lean(make_doc(lean, text))
    assert record(doc, "d", "id") == record(bare, "d", "id")
    assert len(record(bare, "d", "id")["quotes"]) == 4
    assert len(bare) == 0 and lean(text).user_data["quotes.text"] == text  # no tokens: the text alone
    assert record(lean(text), "d", "id") == record(doc, "d", "id")  # (nlp(text) as well as make_doc)
    assert [s.text for s in doc.spans["quotes"]][1] == "Kami siap" and "quotes" not in bare.spans
    assert doc[0].is_sent_start and doc[0].shape_ == "Xxxx"


def test_spans_key_names_the_span_group(nlp):
    custom = spacy.blank("id")
    for name in components.PIPELINE:
        custom.add_pipe(name, config={"spans_key": "kutipan"} if name == "quotes_attribution" else {})
    doc = custom('"Kami siap," kata pelatih Budi.')
    assert [s.text for s in doc.spans["kutipan"]] == ["Kami siap"] and "quotes" not in doc.spans


def test_the_anchored_prefix_pattern_splits_as_spacys_own():
    from spacy.util import compile_prefix_regex

    from quotes.pipeline import _prefix_regex
    prefixes = spacy.blank("id").Defaults.prefixes
    ours, theirs = _prefix_regex(prefixes).search, compile_prefix_regex(prefixes).search
    for chunk in ['"Kami', "“Saya", "(KPK)", "[1]", "Jakarta,", "naik.", "anak-anak", "$5", "Rp10.000", "...dan",
                  "'98", "—kata", "«Oui»", "#banjir", "@jokowi", "+62", "¿Qué", "*catatan", "%", "§2"]:
        a, b = ours(chunk), theirs(chunk)
        assert (a and a.span()) == (b and b.span()), chunk
