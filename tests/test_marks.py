import pytest
from conftest import only

from quotes.lang import load
from quotes.layout import find_layout
from quotes.marks import find_marks


def marks(text):
    return [text[m.start:m.end] for m in find_marks(text, list(find_layout(text, load("id")).paragraphs))]


@pytest.mark.parametrize("text, expected", [
    ('"Kami siap," kata Budi.', ["Kami siap"]),
    ("“Kami siap,” kata Budi.", ["Kami siap"]),
    ("”Kami siap,” kata Budi.", ["Kami siap"]),  # Kompas opens with the closing glyph
    ("‘Kami siap,’ kata Budi.", ["Kami siap"]),
    ("« Kami siap », kata Budi.", ["Kami siap"]),
    ("&quot;Kami siap,&quot; kata Budi.", ["Kami siap"]),
    ("Dia berkata, “Anggaran cukup,”ucap dia.“Anggaran lagi.” Lalu pergi.", ["Anggaran cukup", "Anggaran lagi"]),
    ("‘Kami hanya bisa melapor,’ucap Darmansyah. Jum’at depan ia datang.", ["Kami hanya bisa melapor"]),
    ('"Siapa yang salah?" tanya dia.', ["Siapa yang salah?"]),
    ('"A," kata X. "B."', ["A", "B"]),
    # a closing mark loose on both sides after the quote's comma
    ("”Di semua masjid sudah diberitahukan, ” ucapnya. Menurutnya, aman. ”Tidak harus ke Masjid Agung,” "
     "ucapnya.", ["Di semua masjid sudah diberitahukan", "Tidak harus ke Masjid Agung"]),
    # Kompas's ” glued between a sentence's end and a capital opens the next quote
    ("Razia tetap gencar, juga bagi pengelola tempat publik.”Beri penghargaan bagi yang taat,” kata Windhu.",
     ["Beri penghargaan bagi yang taat"]),
    # a mark glued between a comma and a word that is no cue opens a split quote's second half
    ('"Ini bukan akhir dunia," tulis Pablo di akun Instagram-nya,"saya akan kembali lebih kuat."',
     ["Ini bukan akhir dunia", "saya akan kembali lebih kuat"]),
    # ... and loose on both sides between a sentence's end and a capital
    ("Pasien dipindahkan ke fasilitas darurat. ” Kami menyaksikan pelanggaran,” ujarnya.",
     ["Kami menyaksikan pelanggaran"]),
])
def test_mark_styles(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("opening", ["", "Budi mengatakan, ", "Budi datang. ", "JAKARTA - "])
def test_multi_paragraph_quote_is_one_span(opening):
    text = f'{opening}"Kalimat pertama.\n\n"Kalimat kedua," kata Budi.'
    assert marks(text) == ['Kalimat pertama.\n\n"Kalimat kedua']


def test_a_title_that_lost_its_closing_mark_runs_into_no_quote_after_it():
    text = ('Laporan itu bertajuk "Global Economy at a Crossroads, dan dirilis di Washington.\n\n'
            '"Ekonomi dunia lebih tangguh dari yang kami takutkan," kata Ferreira.')
    assert marks(text)[-1] == "Ekonomi dunia lebih tangguh dari yang kami takutkan"


@pytest.mark.parametrize("text", ["Warga Jum'at pagi ke Qur’an.", "Rumah Ma'ruf dijaga."])
def test_apostrophes_are_no_marks(text):
    assert marks(text) == []


def test_unbalanced_mark_stops_at_its_paragraph():
    text = 'Dia bilang "tidak ada yang tahu.\n\nParagraf baru tanpa kutipan. "Ini kutipan," kata Ani.'
    found = marks(text)
    assert found[0] == "tidak ada yang tahu"
    assert found[1] == "Ini kutipan"


def test_marks_in_headlines_and_captions_are_skipped():
    text = 'Jokowi: "Kerja Kerja Kerja"\n\nBadan paragraf tanpa kutipan.'
    assert marks(text) == []


@pytest.mark.parametrize("mark", ["”", '"', "»"])
def test_a_quote_whose_opening_mark_was_dropped_runs_from_its_paragraph(extract, mark):
    text = (f"Pasangan itu menang.\n\nKami sempat kaget. Setelah interval, kami kurang sabar,{mark} ujar Dimas.\n\n"
            "Pada gim penentuan, Fajar tampil lebih tenang.")
    q = only(extract(text), type="direct")
    assert (q["text"], q["speaker"]["name"]) == ("Kami sempat kaget. Setelah interval, kami kurang sabar", "Dimas")


def test_a_quote_whose_opening_mark_was_dropped_and_whose_closing_mark_is_glued_to_its_cue(extract):
    text = ("Sidang ditunda.\n\nKami tidak urus siapa yang salah. Kami cuma mau melaut,”ucap Abdul Rahman singkat "
            "saat meninggalkan ruang sidang.")
    q = only(extract(text), type="direct")
    assert (q["text"], q["speaker"]["name"]) == ("Kami tidak urus siapa yang salah. Kami cuma mau melaut", "Abdul Rahman")


def test_a_stray_closing_mark_before_a_new_sentence_opens_no_quote():
    assert marks("Pertandingan selesai.” Pelatih langsung meninggalkan lapangan.") == []


def test_a_quote_left_open_ends_at_its_cue_and_the_next_paragraph_quotes_anew(extract):
    # the closing mark after "melaut" was dropped: the next paragraph's mark opens a new quote, and
    # the narrative after "kata Yusuf" is no quote (its own "Ia menyebut" is a statement)
    text = ('"Kami ini sudah lima hari tidak melaut, kata Yusuf sambil menunjuk perahunya. Ia menyebut '
            'setiap kali melaut perahunya butuh 60 liter solar.\n\n'
            '"Kalau beli eceran di kios, harganya Rp10.000 per liter," ujarnya.')
    rec = extract(text)
    assert [q["text"] for q in rec["quotes"] if q["type"] == "direct"] == [
        "Kami ini sudah lima hari tidak melaut", "Kalau beli eceran di kios, harganya Rp10.000 per liter"]
    assert [q["text"] for q in rec["quotes"] if q["type"] == "indirect"] == [
        "setiap kali melaut perahunya butuh 60 liter solar"]


def test_a_loose_opening_mark_starts_a_sentence(extract):
    text = ("Sarr menyebut serangan itu memaksa pasien dipindahkan ke fasilitas darurat. ” Kami menyaksikan "
            "pelanggaran hukum,” ujarnya.")
    rec = extract(text)
    assert only(rec, type="indirect")["text"] == "serangan itu memaksa pasien dipindahkan ke fasilitas darurat"
    assert only(rec, type="direct")["speaker"]["name"] == "Sarr"


@pytest.mark.parametrize("mark", ["&quot;", '"', "“"])
def test_a_scraped_line_break_inside_a_quote_does_not_end_it(mark):
    close = "”" if mark == "“" else mark
    text = (f"Ketua Aremania, Samsul Arifin, mengatakan suporter sudah sepakat.\n{mark}Yang nyalakan flare itu bukan "
            f"Aremania sejati.\nKalau cinta Arema, ya jangan bikin Arema rugi,{close} tegas Sam Ipul.\n\n"
            f"{mark}Kami akan tertib,{close} kata Danang.")
    assert marks(text) == ["Yang nyalakan flare itu bukan Aremania sejati.\nKalau cinta Arema, ya jangan bikin Arema rugi",
                           "Kami akan tertib"]


def test_a_quote_left_open_before_a_paragraph_break_still_ends_there():
    text = '"Kami akan datang lagi. Tunggu kami.\n\nKapolres mengatakan situasi kondusif, "aman terkendali," katanya.'
    assert marks(text)[-1] == "aman terkendali"
