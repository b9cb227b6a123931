import pytest

from conftest import only, quote_of
from quotes.lang import load
from quotes.layout import find_layout

LANG = load("id")


def kinds(text):
    layout = find_layout(text, LANG)
    return [(text[p.start:p.end], p.kind) for p in layout.paragraphs]


def test_boilerplate_lines_are_recognised():
    text = ("Judul Berita Hari Ini\n\nJAKARTA, KOMPAS.com - Paragraf pertama berakhir di sini.\n\n"
            "Baca juga: Harga Cabai Naik Lagi\n\nFoto pejabat saat meninjau lokasi\nFoto: Antara/Budi\n\n"
            "Paragraf kedua juga berakhir.\n\nHalaman Selanjutnya")
    assert [k for _t, k in kinds(text)] == ["headline", "body", "link", "caption", "caption", "body", "pagination"]


def test_the_title_under_a_link_label_alone_on_its_line_is_the_links():
    text = ("Paragraf pertama berakhir di sini.\nBaca Juga:\nMusim Pancaroba, Ini 5 Gejala DBD yang Sering Diabaikan\n"
            "Ia menjelaskan, pasien terlambat dibawa.")
    assert [k for _t, k in kinds(text)] == ["body", "link", "link", "body"]


def test_every_title_listed_a_line_each_under_a_link_label_is_a_links(extract):
    text = ("\"Baliho itu sudah membahayakan,\" kata Mujiburrahman.\n\nBaca Juga:\n"
            "Bawaslu DKI Temukan 4.000 APK Melanggar Zona\nKPU DKI Tetapkan Jadwal Debat Ketiga\n\n"
            "Menurut dia, Satpol PP seharusnya bergerak tanpa menunggu rekomendasi Bawaslu.")
    assert [k for _t, k in kinds(text)] == ["body", "link", "link", "link", "body"]
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["Mujiburrahman", "Mujiburrahman"]


def test_a_pronoun_after_a_link_and_its_title_on_two_lines_means_the_speaker_before(extract):
    text = ("\"Dalam satu minggu ada 200 kasus baru,\" ujar Ratna saat ditemui di kantornya.\nBaca Juga:\n"
            "Musim Pancaroba, Ini 5 Gejala DBD yang Sering Diabaikan Orang Tua\n"
            "Ia menjelaskan, sebagian besar pasien meninggal karena terlambat dibawa ke rumah sakit.")
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["Ratna", "Ratna"]


def test_single_newlines_are_paragraphs_and_sentences_never_cross_them():
    text = "Kalimat satu tanpa titik\nKalimat dua. Kalimat tiga."
    layout = find_layout(text, LANG)
    assert len(layout.paragraphs) == 2
    for s, e in layout.sentences:
        assert "\n" not in text[s:e]



@pytest.mark.parametrize("text", [
    "&quot;Tidak mungkin laporan fiktif bisa lolos\nkalau yang memverifikasi turun ke lapangan,&quot; tegasnya.",
    "Warga meminta agar kejaksaan,\njuga memeriksa pendamping desa.",
    # (a line that ends on a preposition or a conjunction goes on, whatever opens the next)
    "Kemendag akan mencabut izin distributor yang menjual di atas\nHET. Tidak ada toleransi.",
    "Bupati meminta warga menjauhi bantaran sungai dan\nBPBD menyiagakan perahu karet.",
    "Hakim menyatakan penetapan tersangka sah sebagaimana diatur dalam\nPasal 184 KUHAP. Sidang ditutup.",
    "Ia dikenal sebagai\nPanglima Laskar Rakyat di kampungnya.",
    # (and one whose next line closes the sentence on a name)
    "Ketua HNSI Banyuwangi menduga menurunnya populasi lemuru berkaitan dengan perubahan suhu perairan\nSelat "
    "Bali. Ia juga menyebut maraknya penggunaan jaring bermata kecil.",
    # (and one whose next opens with an amount)
    "Pedagang terpaksa menjual di atas HET karena harga dari agen sudah\nRp16.500 per liter. Keduanya mengeluh.",
    # (and one that ends on a comma, whatever opens the next)
    "\"Ini hasil dari strategi memperbanyak dana murah,\" kata Direktur Utama BNRA,\nHandayani Pratiwi, dalam paparan.",
    # (a line of many names that ends in lower case is a sentence, not a title in title case)
    "Direktur Jenderal Perdagangan Dalam Negeri Kemendag Sri Wulandari Pratiwi menjelaskan, pemerintah\n"
    "telah menaikkan kewajiban pasokan minyak goreng.",
])
def test_a_newline_that_wraps_a_sentence_ends_no_paragraph(text):
    assert len(find_layout(text, LANG).paragraphs) == 1


@pytest.mark.parametrize("text", [
    "Kalimat satu sudah selesai.\ndetikcom mencoba menghubungi pihak kecamatan.",
    "Harga Beras Naik di Pasar Induk\ndetikcom mencoba menghubungi pihak kecamatan.",
    "Baca juga: Harga cabai naik lagi\nwarga mengeluh.",
    # (a line without its stop that ends on another word may be a title: its own)
    "Warga tolak tambang di desa itu\nJAKARTA, KOMPAS.com - Ratusan warga berunjuk rasa.",
])
def test_a_line_opening_in_lower_case_after_a_sentences_end_a_title_or_a_link_is_its_own(text):
    assert len(find_layout(text, LANG).paragraphs) == 2


def test_a_quote_wrapped_over_a_newline_is_one_quote(extract):
    text = ("Kasi Pidsus Kejari Pati, Bambang Sutejo, menambahkan, sebagian uang itu dipakai membeli mobil.\n"
            "&quot;Mobilnya sudah kami sita. Untuk tanahnya masih kami telusuri\nsertifikatnya atas nama siapa,&quot; "
            "ujar Bambang.")
    q = only(extract(text), type="direct")
    assert (q["text"], q["speaker"]["name"]) == (
        "Mobilnya sudah kami sita. Untuk tanahnya masih kami telusuri\nsertifikatnya atas nama siapa", "Bambang Sutejo")

WRAPPED_PARAGRAPHS = [
    "PALU — Dinas Kelautan dan Perikanan Sulawesi Tengah mencatat hasil tangkapan nelayan Teluk Palu "
    "turun hampir sepertiga sejak awal musim angin barat, Rabu (8/10/2025).",
    "Kepala Bidang Perikanan Tangkap Sulawesi Tengah, Yohanes Tandi Rapa, mengatakan ombak setinggi "
    "tiga meter membuat perahu di bawah lima gros ton tidak berani melaut lebih dari dua mil.",
    "\"Kami sudah menyiapkan bantuan beras untuk 1.200 keluarga nelayan. Penyalurannya mulai "
    "pekan depan lewat kantor kelurahan,\" kata Yohanes.",
    "Seorang nelayan dari Kelurahan Lere, Ahmad Lamaleng (51), mengaku sudah sembilan hari tidak "
    "turun ke laut. \"Solar naik, ikan tidak ada. Kami makan dari utang di warung,\" ujar ayah empat "
    "anak itu.",
]


@pytest.mark.parametrize("width", [60, 72, 100])
def test_a_hard_wrapped_text_keeps_its_paragraphs_whatever_opens_a_line(extract, width):
    import textwrap
    text = "\n\n".join(textwrap.fill(p, width) for p in WRAPPED_PARAGRAPHS)
    assert len(find_layout(text, LANG).paragraphs) == len(WRAPPED_PARAGRAPHS)
    record = extract(text)
    speakers = [(q["speaker"]["name"], q["speaker"]["role"]) for q in record["quotes"]]
    assert speakers == [("Dinas Kelautan dan Perikanan Sulawesi Tengah", None)] + [
        ("Yohanes Tandi Rapa", "Kepala Bidang Perikanan Tangkap Sulawesi Tengah")] * 2 + [
        ("Ahmad Lamaleng", "nelayan dari Kelurahan Lere")] * 2
    # the rules read a wrapped line's newline as a space; the record gives the input as written
    for q in record["quotes"]:
        assert q["text"] == text[q["start"]:q["end"]]
        assert q["speaker"]["mention"] == text[q["speaker"]["start"]:q["speaker"]["end"]]


@pytest.mark.parametrize("width", [60, 72, 100])
def test_in_a_hard_wrapped_text_a_line_that_stops_short_ends_its_paragraph(width):
    import textwrap
    text = "\n".join(textwrap.fill(p, width) for p in WRAPPED_PARAGRAPHS)
    assert len(find_layout(text, LANG).paragraphs) == len(WRAPPED_PARAGRAPHS)


def test_short_lines_that_end_their_sentences_are_not_a_wrapped_text():
    text = "\n".join(["Harga cabai naik lagi.", "Pedagang mengeluh sepi pembeli.", "Pasar tutup lebih awal.",
                     "Warga memilih menanam sendiri.", "Dinas berjanji turun tangan.", "Operasi pasar digelar besok."])
    assert len(find_layout(text, LANG).paragraphs) == 6


def test_abbreviations_do_not_end_sentences():
    text = "Menurut Prof. Dr. Budi, harga naik. Ia menolak."
    layout = find_layout(text, LANG)
    assert [text[s:e] for s, e in layout.sentences] == ["Menurut Prof. Dr. Budi, harga naik.", "Ia menolak."]


def test_name_abbreviations_honorifics_and_degrees_with_dots_do_not_end_sentences():
    # "Moch." a name's first word written short; "Tgk." an honorific and "S.Ag." a degree of the
    # mention lexicon, whose dotted forms are abbreviations too
    text = "Camat Jabon, Moch. Rizal Effendi, hadir. Tgk. Ridwan, S.Ag., M.Pd. juga hadir. Ia menolak."
    layout = find_layout(text, LANG)
    assert [text[s:e] for s, e in layout.sentences] == [
        "Camat Jabon, Moch. Rizal Effendi, hadir.", "Tgk. Ridwan, S.Ag., M.Pd. juga hadir.", "Ia menolak."]


def test_quotation_marks_written_as_entities_end_and_open_sentences():
    text = "Laga berjalan ketat. &quot;Kami sempat lengah.&quot; Tim kini fokus ke final."
    layout = find_layout(text, LANG)
    assert [text[s:e] for s, e in layout.sentences] == [
        "Laga berjalan ketat.", "&quot;Kami sempat lengah.&quot;", "Tim kini fokus ke final."]


def test_a_title_ending_in_a_quotation_mark_written_as_an_entity_is_a_headline():
    text = ('Marín Kuasai Hari Pertama, De Rosa: &quot;Saya Belum Menemukan Ritme&quot;\n'
            'VIVA – Pembalap Ducati, Álex Marín, tampil dominan. &quot;Kami siap,&quot; ujarnya.')
    assert [k for _t, k in kinds(text)] == ["headline", "body"]


def test_a_quotation_mark_glued_to_a_sentences_end_opens_the_next_sentence():
    text = "Razia tetap gencar, juga bagi pengelola tempat publik.”Beri penghargaan bagi yang taat,” kata Windhu."
    sentences = [text[s:e] for s, e in find_layout(text, LANG).sentences]
    assert [s[:6] for s in sentences] == ["Razia ", "”Beri "]


def test_a_guillemet_with_french_spacing_opens_a_sentence():
    text = "Ia menegaskan negaranya tidak akan menjadi jalur pasokan. « Perbatasan kami terbuka, » ujarnya."
    layout = find_layout(text, LANG)
    assert [text[s:e] for s, e in layout.sentences] == [
        "Ia menegaskan negaranya tidak akan menjadi jalur pasokan.", "« Perbatasan kami terbuka, » ujarnya."]


def test_a_dateline_is_no_part_of_the_first_sentence_even_glued_to_it():
    for text, first in [("AMBON, KOMPAS-Lingkar Pemberdayaan Perempuan menggelar diskusi. Acara berlangsung.",
                         "Lingkar Pemberdayaan Perempuan menggelar diskusi."),
                        ("JAKARTA, KOMPAS — Harga cabai naik. Pedagang mengeluh.", "Harga cabai naik."),
                        ("Jayapura (ANTARA) - Dinas Kesehatan menggelar vaksinasi.", "Dinas Kesehatan menggelar vaksinasi.")]:
        layout = find_layout(text, LANG)
        s, e = layout.sentences[0]
        assert text[s:e] == first
        assert layout.dateline == (0, s)


def test_a_capitalised_opening_without_a_known_outlet_is_no_dateline():
    text = "PEKANBARU, Riau-Warga Kampar mengungsi. Banjir meluas."
    assert find_layout(text, LANG).dateline is None


def test_a_line_ending_in_a_photo_credit_is_a_caption():
    text = ("Ilustrasi hujan deras di Jalan Sudirman, Jakarta. (Foto: Liputan6.com/Rizki Pratama)\n"
            "Hujan turun sejak pagi (foto terlampir).")
    assert [k for _t, k in kinds(text)] == ["caption", "body"]


def test_a_degree_after_a_name_ends_its_sentence_unless_another_degree_follows():
    text = "Hadir Drs. H. Agus Wijayanto, M.Pd. Ia menilai sekolah aman. Rizal Effendi S.H. M.H. ikut hadir."
    layout = find_layout(text, LANG)
    assert [text[s:e] for s, e in layout.sentences] == [
        "Hadir Drs. H. Agus Wijayanto, M.Pd.", "Ia menilai sekolah aman.", "Rizal Effendi S.H. M.H. ikut hadir."]


def test_a_line_ending_in_a_photo_credit_in_capitals_is_a_caption():
    text = ("Harga cabai naik tajam di Semarang.\n\n"
            "Suparti (52) menata cabai rawit di lapaknya di Pasar Johar, Semarang. KOMPAS/ADITYA PRASETYO\n\n"
            "Harga cabai rawit kini Rp 80.000 per kilogram.")
    assert [k for _t, k in kinds(text)][1] == "caption"


@pytest.mark.parametrize("credit, kind", [("(ANTARA FOTO/Rizky Pratama)", "caption"), ("(KOMPAS.com/Dian Lestari)", "caption"),
                                          ("(KPK/Humas)", "caption"), ("(Bupati/Wakil Bupati)", "body")])
def test_a_line_ending_in_an_agencys_photo_credit_in_parentheses_is_a_caption(credit, kind):
    # the photographer it credits is no one a pronoun after it may mean
    text = ("Harga cabai naik tajam di Semarang.\n\n"
            f"Petani memeriksa sawah yang mengering di Kabupaten Indramayu, Jawa Barat. {credit}\n\n"
            "Harga cabai rawit kini Rp 80.000 per kilogram.")
    assert [k for _t, k in kinds(text)][1] == kind


def test_a_pronoun_after_a_photo_credit_means_the_speaker_before_it(extract):
    text = ('"Pemerintah daerah perlu menghitung cadangan air," kata Deputi Klimatologi BMKG Ardhi Sasongko.\n\n'
            "Petani memeriksa sawah yang mengering di Indramayu. (ANTARA FOTO/Rizky Pratama)\n\n"
            "Ia juga meminta petani menyesuaikan jadwal tanam.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Ardhi Sasongko"


@pytest.mark.parametrize("title, kind", [
    ("PM Jepang Arakawa Mundur Usai Kalah di Pemilu Majelis Tinggi, Siapa Penggantinya?", "headline"),
    ("Timnas Kalah Lagi, Sampai Kapan Publik Harus Bersabar?", "headline"),
    ("Apa artinya kami ikut BPJS kalau tagihan rumah sakit tetap harus dibayar sendiri?", "body"),
])
def test_a_question_in_title_case_is_a_headline(title, kind):
    text = f"{title}\n\nJakarta - Perdana Menteri Jepang Kenji Arakawa mengumumkan pengunduran dirinya."
    assert kinds(text)[0][1] == kind


@pytest.mark.parametrize("label", ["Baca:", "BACA:", "Baca :"])
def test_a_baca_colon_line_is_a_link(label):
    text = f"Paragraf pertama berakhir di sini.\n{label} Rupiah Melemah ke Rp16.380/US$, Investor Tunggu Data\nMenurut dia, ekspor turun."
    assert [k for _t, k in kinds(text)] == ["body", "link", "body"]


def test_a_pronoun_after_a_baca_colon_line_means_the_speaker_before(extract):
    text = ("Jakarta - Ekonom INDEF Fadhil Assegaf menilai surplus dagang akan menyusut.\n"
            "Baca: Rupiah Melemah ke Rp16.380/US$, Investor Tunggu Data Neraca Dagang\n"
            "Menurut dia, pemerintah perlu mempercepat diversifikasi pasar ekspor.")
    found = [q for q in extract(text)["quotes"] if q["text"].startswith("pemerintah perlu")]
    assert [q["speaker"]["name"] for q in found] == ["Fadhil Assegaf"]


@pytest.mark.parametrize("dateline", ["Liputan6.com, Buleleng - ", "TEMPO.CO, Jakarta - "])
def test_a_dateline_of_an_outlets_site_then_a_place(dateline):
    text = f"{dateline}Sejumlah warga melapor ke Polres Buleleng."
    layout = find_layout(text, LANG)
    assert layout.dateline == (0, len(dateline))


@pytest.mark.parametrize("text, dateline", [
    ("Buleleng - Sejumlah warga melapor ke polisi.", (0, 11)),
    ("JAKARTA - Sejumlah warga melapor ke polisi.", (0, 10)),
    ("Persib - Persija berakhir imbang tanpa gol.", None),
])
def test_a_known_place_alone_before_a_dash_is_a_dateline(text, dateline):
    assert find_layout(text, LANG).dateline == dateline


def test_a_pronoun_after_the_headline_of_another_article_inserted_in_the_story_means_the_speaker_before_it(extract):
    text = ("Jakarta - Biro Meteorologi Australia menyatakan El Nino telah terbentuk.\n\n"
            '"Kami yakin untuk menyatakan El Nino," kata Manajer Prakiraan Iklim BoM, Samantha Hollis.\n\n'
            "Kemarau Panjang Intai Jawa, Petani Diminta Atur Ulang Jadwal Tanam\n\n"
            "Dia menambahkan, tidak semua El Nino membawa dampak yang sama.")
    assert quote_of(extract(text), "tidak semua El Nino")["speaker"]["name"] == "Samantha Hollis"
