import pytest

from conftest import only, quote_of


@pytest.mark.parametrize("text, sources", [
    ('"Kami tidak wajib membela negara tetangga," ucap Hendrawan dikutip VIVA Militer dari Daily Sabah.', ["Daily Sabah"]),
    ('"Kami tidak mundur," kata Zelensky seperti dilansir Reuters yang mengutip kantor berita TASS.',
     ["Reuters", "TASS"]),
    ('"Kami sudah memberi bantuan konsuler," kata juru bicara DFAT, dilansir 9News yang mengutip kantor berita AAP.',
     ["9News", "AAP"]),
    ('"Kami tidak mundur," kata Zelensky kepada AP.', ["The Associated Press"]),
    ('"Kami tidak mundur," kata Zelensky, melansir Al Jazeera.', ["Al Jazeera"]),
    ('"Kami tidak mundur," kata Zelensky kepada wartawan.', []),
    # an organisation's own website, named by what it is
    ('"Kami tidak takut," kata Kim seperti dikutip dari situs resmi BWF.', ["BWF"]),
    ('"Kami tidak takut," kata Kim seperti dilansir dari website resmi BWF.', ["BWF"]),
    # an outlet named by what it is after the phrase
    ('"Kami mendengar kalian," kata Delaunay dalam wawancara dengan stasiun radio France Inter.', ["France Inter"]),
    # an outlet the gazetteer lacks, named as papers are
    ('"Kami datang dengan segala keterbatasan," kata Hulopi kepada Gorontalo Post.', ["Gorontalo Post"]),
    ('"Kami datang dengan segala keterbatasan," kata Hulopi kepada Radar Madiun.', ["Radar Madiun"]),
    # ... and as stations are
    ('"Satu kesalahan, dan kami pulang tanpa poin," ucap pelatih itu kepada Sky Sport.', ["Sky Sport"]),
    ('"Kami belum selesai," kata Holst kepada TV 2 Sport.', ["TV 2 Sport"]),
    # a report the outlet gave, in a relative clause ("rapat yang dilaporkan Reuters")
    ('Dalam rapat yang dilaporkan Reuters, Menteri Keuangan Jepang Kato Hiroshi berkata, "Kami siap bertindak."', ["Reuters"]),
    ('Dalam rapat yang diberitakan kantor berita Xinhua, Han Zhengwei berkata, "Semua provinsi harus siap."', ["Xinhua"]),
    # (an English name with its article, in an Indonesian text, is an outlet's)
    ('"Api datang terlalu cepat," kata seorang warga kepada The West Australian.', ["The West Australian"]),
    ('"Kami datang dengan segala keterbatasan," kata Hulopi kepada Yusuf Hasan.', []),
    # "dilansir X dari Y" as "dikutip X dari Y": the outlet X took it from
    ('"Kami melihat pola yang mengkhawatirkan," kata De la Cruz seperti dilansir CNN Indonesia dari Al Jazeera.',
     ["Al Jazeera"]),
    # ... from an interview Y gave
    ('"Kami bertindak berdasarkan data," kata Al-Otaibi, seperti dikutip CNBC International dari wawancara dengan '
     'stasiun televisi Al Arabiya.', ["Al Arabiya"]),
    # what an outlet carried ("diwartakan", "disiarkan")
    ('"Peluncuran itu mengancam perdamaian," kata Kuroda kepada wartawan, sebagaimana diwartakan Kyodo.', ["Kyodo"]),
    ('"Kami siap," kata Kyaw Naing seperti disiarkan stasiun televisi pemerintah MRTV.', ["MRTV"]),
    # a programme on a station: what was said there, the station the writer took it from
    ('"Mereka akan menyesal," kata analis Calvin Harrington dalam program "NBA Today" di ESPN.', ["ESPN"]),
    ('"Defisit masih terkendali," kata Sri Mulyani dalam acara Mata Najwa di Trans7.', ["Trans7"]),
    # ... or the station's broadcast, interview or programme with the station's name right after it
    ('"Dia tidak takut memukul bola ke garis," kata Ashcombe dalam siaran BBC.', ["BBC"]),
    ('"Kami siap bertanding," kata Budi dalam wawancara Kompas TV.', ["Kompas TV"]),
    # what an outlet covers and whose it is, between what it is and its name
    ('"Suporter di sini luar biasa," ujar Morel kepada harian olahraga Prancis L\'Équipe.', ["L'Équipe"]),
    ('"Apinya muncul di perbatasan konsesi," kata Zulkarnaini kepada Mongabay Indonesia.', ["Mongabay Indonesia"]),
    # (a press release is a channel, wherever it was given)
    ('"Defisit masih terkendali," kata Sri Mulyani dalam siaran pers di Jakarta.', []),
    # an outlet that reached the speaker: what was said to it ("saat dihubungi Reuters", "diwawancarai")
    ('"Harga bisa menembus 4.800 ringgit," kata Tan Wei Liang saat dihubungi Reuters.', ["Reuters"]),
    ('"Kami belum melihat kontraknya," ujar Di Costanzo saat diwawancarai Sky Sport Italia.', ["Sky Sport Italia"]),
    ('"Kami belum melihat kontraknya," ujar Di Costanzo saat dihubungi melalui telepon.', []),
    # an interview named as the same one, or a separate one, with the outlet
    ('"Jadwalnya dibuat tanpa memikirkan pemain," kata Ferraresi dalam wawancara yang sama dengan Tuttosport.',
     ["Tuttosport"]),
    ('"Kami tidak akan mundur," kata Ollanta dalam wawancara terpisah dengan stasiun radio RPP.', ["RPP"]),
    # (an outlet of the gazetteer with an apostrophe in its name)
    ('"Kami baru akan kembali melintasi Bab el-Mandeb," kata Sørensen kepada Lloyd\'s List.', ["Lloyd's List"]),
    # (a day after "dikutip" says when, not from where)
    ('"Gerai yang ditutup berkinerja rendah," tulis Dewi dalam keterbukaan informasi, dikutip Kamis (31/7/2025).', []),
])
def test_source_phrases(extract, text, sources):
    q = only(extract(text), type="direct")
    assert [s["name"] for s in q["sources"]] == sources


@pytest.mark.parametrize("text, speaker, sources", [
    # (a report named by its title is where what it says was taken from: in marks after "bertajuk" ...)
    ('Dalam laporan bertajuk "Menuju Nikel Rendah Karbon" yang dirilis bulan lalu, Institute for Essential '
     "Services Reform (IESR) memperkirakan emisi pengolahan nikel mencapai 48 ton per ton nikel.",
     "Institute for Essential Services Reform", ["Menuju Nikel Rendah Karbon"]),
    # (... without marks, up to the words after it; before its edition ...)
    ("Dalam laporan World Economic Outlook (WEO) edisi Oktober 2025, IMF menyebut ketidakpastian perdagangan "
     "menekan prospek negara berkembang.", "IMF", ["World Economic Outlook"]),
    # (... or ending on its year before a comma)
    ("Dalam laporan Profil Kesehatan Ibu dan Anak 2023, Badan Pusat Statistik menyebutkan kesenjangan persalinan "
     "di desa dan kota masih lebar.", "Badan Pusat Statistik", ["Profil Kesehatan Ibu dan Anak 2023"]),
    # (... with what kind of report before "bertajuk")
    ("Dalam kajian mingguan bertajuk Rupiah Weekly Outlook, tim riset Cakrawala Futures menulis bahwa level "
     "Rp16.550 menjadi batas atas penting.", "Cakrawala Futures", ["Rupiah Weekly Outlook"]),
    # (a report that speaks, released by its maker, is the maker's)
    ("Laporan Tech Talent Pulse 2025 yang dirilis lembaga riset Momentum Works menyebut sekitar 12.000 pekerja "
     "teknologi kehilangan pekerjaan tahun ini.", "Momentum Works", ["Tech Talent Pulse 2025"]),
    # (a body's name after the report noun is its maker, no title)
    ("Dalam laporan Bank Dunia, Kepala Ekonom Bank Dunia Budi Santoso menilai ekonomi masih tumbuh.",
     "Budi Santoso", []),
    ("Laporan Walhi Riau yang dirilis pekan lalu menyebutkan 61 persen titik panas berada di lahan konsesi.",
     "Walhi Riau", []),
])
def test_a_report_named_by_its_title_is_the_source(extract, text, speaker, sources):
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == (speaker, sources)


def test_publisher_talking_to_its_own_source_is_no_source(extract):
    text = 'JAKARTA, KOMPAS.com - "Stok beras aman," kata Budi kepada Kompas.com, Senin.'
    rec = extract(text)
    assert rec["publisher"] == "Kompas"
    assert only(rec, type="direct")["sources"] == []


def test_a_publisher_named_by_its_site_talking_to_its_own_source_is_no_source(extract):
    rec = extract('"Klien kami hanya menandatangani surat keterangan," ujar Iqbal kepada TribunKaltim.co usai sidang.',
                  publisher="Tribunkaltim.co")
    assert only(rec, type="direct")["sources"] == []


def test_publisher_from_metadata_wins(extract):
    assert extract("Teks tanpa dateline.", publisher="detik.com")["publisher"] == "detikcom"


def test_press_release_is_a_channel_not_a_source(extract):
    q = only(extract('"Kami patuh hukum," kata Budi dalam keterangan tertulis, Senin.'), type="direct")
    assert q["sources"] == []


@pytest.mark.parametrize("opening", ["Dalam laporan Kompas sebelumnya,", "Dilansir Kompas,"])
def test_a_source_phrase_opening_a_paragraph_covers_it(extract, opening):
    text = (f"{opening} Kepala Dinas Kesehatan Andi Wijaya menyatakan stok vaksin cukup hingga akhir bulan. "
            "Andi ketika itu juga memastikan distribusi ke puskesmas berjalan lancar.")
    quotes = [q for q in extract(text)["quotes"] if q["speaker"]["name"] == "Andi Wijaya"]
    assert len(quotes) == 2 and all([s["name"] for s in q["sources"]] == ["Kompas"] for q in quotes)


def test_an_all_lowercase_quoting_brand(extract):
    text = ("Dikutip kumparan dari Antara, Direktur Jenderal PAUD Gunawan Santosa mengatakan pemerintah daerah "
            "wajib menindak pemalsuan domisili.")
    q = extract(text)["quotes"][0]
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("Gunawan Santosa", ["Antara"])


def test_a_source_chain_quoted_by_a_lowercase_brand_and_the_subject_after_it(extract):
    # "Dikutip detikHealth dari Kyodo,": detikHealth quotes, Kyodo is the source; the sentence's
    # subject starts after the phrase
    text = "Dikutip detikHealth dari Kyodo, Jepang mengonfirmasi kasus pertama mpox klade Ib pada pekan lalu."
    q = extract(text)["quotes"][0]
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("Jepang", ["Kyodo"])


@pytest.mark.parametrize("back", ["harian yang sama", "media tersebut", "kantor berita itu", "harian olahraga yang sama",
                                  "media Italia tersebut"])
def test_an_outlet_named_again_by_what_it_is(extract, back):
    text = ('"Kami punya proyek panjang," kata Presiden klub Giorgio Ferrante kepada Corriere dello Sport, Selasa. '
            f'"Kami juga tidak butuh uang," lanjut Ferrante kepada {back}.')
    assert [[s["name"] for s in q["sources"]] for q in extract(text)["quotes"]] == [["Corriere dello Sport"]] * 2


def test_a_back_reference_with_no_outlet_before_it_names_no_source(extract):
    text = '"Kami juga tidak butuh uang," kata Ferrante kepada media tersebut.'
    assert extract(text)["quotes"][0]["sources"] == []


def test_a_report_by_an_outlet_named_again(extract):
    text = ("Real Betis tertarik meminjam Ruben, tulis Marca. Klub itu menawarkan opsi beli.\n\n"
            "Seperti dilaporkan media tersebut, Betis bahkan siap menanggung penuh gaji sang pemain.")
    q = quote_of(extract(text), "Betis bahkan")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("Marca", ["Marca"])


def test_harian_tersebut_is_the_newspaper_not_the_agency_that_quoted_it(extract):
    text = ("Dalam wawancara dengan Les Echos yang dikutip AFP, Marchetti menyebut Eropa tidak akan mundur.\n\n"
            '"Kami tidak menutup pintu dialog," kata Marchetti kepada harian tersebut.')
    q = only(extract(text), type="direct")
    assert [s["name"] for s in q["sources"]] == ["Les Echos"]


def test_an_outlet_named_again_by_what_it_is_and_where_it_is_based(extract):
    text = ("Direktur olahraga Inter, Stefano Ricci, sudah berbicara kepada Gazzetta dello Sport pekan lalu.\n\n"
            '"Dia bek modern," ujar Ricci kepada surat kabar yang berbasis di Milan itu.')
    q = quote_of(extract(text), "Dia bek modern")
    assert [s["name"] for s in q["sources"]] == ["La Gazzetta dello Sport"]


@pytest.mark.parametrize("subject", ["Surat kabar yang berbasis di London itu juga melaporkan,",
                                     "Menurut harian asal Inggris itu,", "Media tersebut menyebut"])
def test_an_outlet_named_again_speaks_and_is_the_source(extract, subject):
    text = ("Surat kabar The Guardian melaporkan 61 perusahaan sudah bergabung dalam uji coba.\n\n"
            f"{subject} sedikitnya tiga dewan menolak ikut serta dalam program tersebut.")
    q = quote_of(extract(text), "sedikitnya tiga dewan")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("The Guardian", ["The Guardian"])


def test_an_italian_daily_fronted_with_kepada_is_the_source(extract):
    text = ("Kepada Il Secolo XIX, bek berusia 24 tahun itu mengatakan dirinya hanya ingin fokus membantu "
            "Sampdoria menjauh dari zona degradasi.")
    assert [s["name"] for s in only(extract(text), type="indirect")["sources"]] == ["Il Secolo XIX"]


def test_an_outlet_that_says_something_is_its_source(extract):
    text = "Yonhap juga menyebut kantor pemadam kebakaran Busan menerima 41 laporan warga dalam satu jam pertama."
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("Yonhap", ["Yonhap"])


@pytest.mark.parametrize("name", ["Ria Anggraini", "Irna Susanti", "Sana Prasetyo"])
def test_an_agency_acronym_written_as_a_name_is_the_person(extract, name):
    # ("RIA", "IRNA", "SANA": an agency's acronym written with one capital is someone's name)
    first = name.split()[0]
    text = f'Kepala OJK Sumut {name} mengingatkan warga. "Imbal hasil itu tidak logis," tegas {first}.'
    q = only(extract(text), type="direct")
    assert (q["speaker"]["name"], q["speaker"]["kind"], q["sources"]) == (name, "person", [])


@pytest.mark.parametrize("described", ["Media Thailand", "Surat kabar Chile", "Harian"])
def test_an_outlet_the_gazetteer_lacks_named_by_what_it_is_reports(extract, described):
    text = f"{described}, Siam Sport, melaporkan Port FC akan mengajukan protes resmi kepada AFC terkait keputusan wasit."
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["kind"], q["speaker"]["role"]) == ("Siam Sport", "organization", None)
    assert [s["name"] for s in q["sources"]] == ["Siam Sport"]


def test_a_person_who_shares_an_outlets_name_is_no_source(extract):
    text = ("Pebulu tangkis Fajar Wicaksono naik dua peringkat. Fajar menyebut peluang tampil di "
            "turnamen akhir musim menjadi motivasi tambahan.")
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["sources"]) == ("Fajar Wicaksono", [])


@pytest.mark.parametrize("text, speaker, source", [
    ("Menurut laporan Anadolu Agency, Badan Meteorologi Turki memperingatkan risiko kebakaran masih sangat tinggi.",
     "Badan Meteorologi Turki", "Anadolu"),
    ("Menurut Reuters, pasukan itu mundur dari kota tersebut.", "Reuters", "Reuters"),   # the outlet's own report
    # ... and so does an outlet's verb of reporting
    ("Kantor berita Kyodo melaporkan, sejumlah pejabat pemerintah menilai pelemahan yen merugikan rumah tangga.",
     "sejumlah pejabat pemerintah", "Kyodo"),
    ("Reuters melaporkan, pasukan itu mundur dari kota tersebut.", "Reuters", "Reuters"),
    # (an outlet named with the short form it is given: "Saudi Press Agency (SPA)"; and a name whose
    # first word is also a country's, "Turki bin Saad", opened by its particle)
    ("Saudi Press Agency (SPA) melaporkan, Wakil Menteri Luar Negeri Arab Saudi Turki bin Saad al-Otaibi menegaskan "
     "komitmen Riyadh terhadap kesepakatan itu.", "Turki bin Saad al-Otaibi", "SPA"),
])
def test_menurut_an_outlet_then_someone_speaking_makes_the_outlet_the_source(extract, text, speaker, source):
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == (speaker, [source])


@pytest.mark.parametrize("text, source", [
    ("«Anak-anak kembali bermain bola,» ujar Marchand kepada radio France Inter.", "France Inter"),
    ("«Kami terbuka untuk bantuan,» kata Saleh kepada Radio France Internationale (RFI).", "RFI"),
    ("Moreau menjuarai turnamen itu, tulis harian L'Équipe.\n\n"
     "«Ini mimpi saya sejak kecil,» kata Moreau kepada harian olahraga asal Prancis itu.", "L'Équipe"),
])
def test_an_outlet_after_what_it_is(extract, text, source):
    q = only(extract(text), type="direct")
    assert [s["name"] for s in q["sources"]] == [source]


def test_an_outlet_writing_is_the_source_of_what_it_wrote(extract):
    text = "Juventus siap menyodorkan tawaran senilai 45 juta euro kepada Feyenoord, tulis Gazzetta dello Sport."
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("La Gazzetta dello Sport", ["La Gazzetta dello Sport"])


def test_an_outlet_a_speaker_talked_to_reports_when_named_again(extract):
    # "tampil": a verb without an affix is the clause's predicate; Thanh Nien, a Vietnamese daily
    text = ("“Di Hanoi kami akan menyerang sejak menit pertama,” kata Nguyen kepada Thanh Nien.\n\n"
            "Harian itu melaporkan Cong An Ha Noi kemungkinan tampil tanpa bek andalannya.")
    q = quote_of(extract(text), "Cong An Ha Noi kemungkinan tampil")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("Thanh Nien", ["Thanh Nien"])


def test_an_outlet_quoted_from_is_no_place_of_the_article(extract):
    # ("dikutip dari APS" made "APS" a place, as "dari Dakar" would: then no name for the agency)
    text = ("Kantor berita resmi Senegal, APS, melaporkan pemerintah menetapkan masa berkabung nasional.\n\n"
            '"Kami belum bisa memastikan jumlahnya," ujar Kolonel Babacar Faye, dikutip dari APS.')
    q = quote_of(extract(text), "pemerintah menetapkan")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("APS", ["APS"])


def test_a_known_agency_after_what_it_is_is_no_outlet_named_before(extract):
    # ("kantor berita EFE bahwa pulau-pulau itu": not "the agency" of an earlier sentence)
    text = ("Juru bicara pemerintah regional, Lucía Herrera Bravo, mengatakan kepada kantor berita EFE bahwa "
            "pulau-pulau itu telah menerima lebih dari 2.000 migran.")
    assert [s["name"] for s in only(extract(text), type="indirect")["sources"]] == ["EFE"]


@pytest.mark.parametrize("text, outlet", [
    # an outlet the gazetteer lacks, by the kind of outlet it is, or named as papers are
    ("Sementara itu, harian lokal Shafaq News melaporkan para demonstran memberi tenggat sepuluh hari.", "Shafaq News"),
    ("Sementara itu, media lokal Shafaq News melaporkan para demonstran memberi tenggat sepuluh hari.", "Shafaq News"),
    # (what kind, and whose: set off before its name)
    ("Kantor berita resmi Senegal, APS, melaporkan pemerintah menetapkan masa berkabung nasional.", "APS"),
])
def test_an_outlet_described_by_what_it_is_reports(extract, text, outlet):
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == (outlet, [outlet])


@pytest.mark.parametrize("text, source", [
    ("Kementerian Pertanian Filipina menyatakan impor beras dihentikan hingga Maret, demikian dilaporkan kantor "
     "berita PNA.", "PNA"),
    ("Otoritas pelabuhan Busan mengatakan dua kapal tanker tertahan akibat badai, demikian diberitakan Yonhap.",
     "Yonhap"),
])
def test_a_source_phrase_after_demikian_closing_the_sentence_is_the_quotes_source(extract, text, source):
    q = only(extract(text), type="indirect")
    assert [s["name"] for s in q["sources"]] == [source]


@pytest.mark.parametrize("text, sources", [
    ("Analis Capital Economics, Gareth Lowe, memperkirakan larangan ekspor itu hanya berlaku hingga panen raya. "
     "Hal itu ia sampaikan dalam wawancara dengan Bloomberg, Rabu.", ["Bloomberg"]),
    ("Menteri Perdagangan Thailand, Somchai Rattanakul, mengatakan kuota ekspor beras belum diputuskan. Hal tersebut "
     "disampaikannya dalam rapat dengan eksportir, seperti dilansir Reuters.", ["Reuters"]),
    # (where the sentence after names no outlet, or the publisher talking to the speaker, there is none)
    ("Budi Santoso mengatakan harga beras naik tajam sejak awal bulan. Hal itu disampaikannya kepada wartawan.", []),
])
def test_a_sentence_referring_back_to_a_quote_gives_its_source(extract, text, sources):
    q = only(extract(text), type="indirect")
    assert [s["name"] for s in q["sources"]] == sources


def test_a_speaker_talks_to_an_outlet_the_article_introduced_by_what_it_is(extract):
    text = ("Presiden federasi, Henrik Vestergaard, menilai keputusan itu berat, seperti dilaporkan harian "
            'Jyllands-Posten.\n\n"Dia mentor bagi pemain muda," kata Vestergaard kepada Jyllands-Posten.')
    assert [s["name"] for s in quote_of(extract(text), "Dia mentor")["sources"]] == ["Jyllands-Posten"]


def test_a_body_with_a_site_of_its_own_is_no_outlet_to_talk_to(extract):
    text = ("Dikutip dari laman resmi AFC, Matsuura menyebut gol kedua lahir dari kesalahan sendiri.\n\n"
            '"Kami akan mengajukan protes resmi," kata manajer klub kepada AFC.')
    assert quote_of(extract(text), "Kami akan mengajukan")["sources"] == []


@pytest.mark.parametrize("text, sources", [
    # the original first, then who quoted it, as "dikutip X dari Y" gives Y
    ("Surat kabar The National yang dikutip RNZ Pacific melaporkan sebagian warga menyeberangi perbatasan.",
     ["The National", "RNZ"]),
    # (what kind of outlet, between what it is and its name)
    ("Dalam wawancara dengan stasiun televisi regional RTV Oost, ayah sang pemain, Ferry Sapulete, menyebut "
     "keluarganya menyambut haru keputusan tersebut.", ["RTV Oost"]),
])
def test_an_outlet_quoted_by_another_is_the_source(extract, text, sources):
    assert [s["name"] for s in only(extract(text), type="indirect")["sources"]] == sources


def test_a_source_phrase_of_the_quotes_own_sentence_goes_before_the_one_its_paragraph_opens_with(extract):
    text = ("Sebagaimana dilaporkan Al Jazeera, banjir juga memutus jalur kereta cepat antara Montpellier dan "
            "Marseille. Melansir Le Monde, sekitar 12.000 rumah masih tanpa aliran listrik hingga Selasa malam.")
    rec = extract(text)
    assert [s["name"] for s in quote_of(rec, "banjir juga memutus")["sources"]] == ["Al Jazeera"]
    assert [s["name"] for s in quote_of(rec, "sekitar 12.000 rumah")["sources"]] == ["Le Monde"]


@pytest.mark.parametrize("opening, covered", [
    ("Di sisi lain, seperti dilansir The Guardian,", True),  # an adjunct that opens the paragraph
    ("Dalam konferensi pers yang dikutip Tempo dari The Guardian,", True),
    ("Presiden Volodymyr Zelensky mengatakan, seperti dilansir The Guardian,", False),  # a speaker's sentence
])
def test_a_source_phrase_after_an_opening_adjunct_covers_the_paragraph(extract, opening, covered):
    text = (f"{opening} pemerintah Ukraina menolak berkomentar soal serangan itu. Namun, juru bicara Kementerian "
            "Luar Negeri Ukraina, Andriy Kovalchuk, menegaskan bahwa Ukraina berhak membela diri.")
    q = quote_of(extract(text), "Ukraina berhak membela diri")
    assert [s["name"] for s in q["sources"]] == (["The Guardian"] if covered else [])


@pytest.mark.parametrize("text, source", [
    # a country says whose paper; the paper's name follows, set off by commas
    ("Dikutip dari surat kabar Nigeria, Punch, pelatih Emmanuel Adeyemi menilai Okonkwo sedang dalam performa terbaik.",
     "Punch"),
    ("Dalam pernyataan yang dimuat KCNA, Wakil Menteri Luar Negeri Ri Chol-man menuding latihan itu memicu ketegangan.",
     "KCNA"),
])
def test_where_a_statement_was_printed(extract, text, source):
    assert [s["name"] for s in only(extract(text), type="indirect")["sources"]] == [source]


@pytest.mark.parametrize("text, source", [
    ("Dalam wawancara dengan harian Kroasia Sportske novosti, Vidaković mengaku masih belajar mengendalikan emosi.",
     "Sportske novosti"),
    ("Menurut laporan kantor berita Rusia TASS, daftar nama tawanan baru difinalisasi pada Rabu.", "TASS"),
    # (its short form after its name, before the comma that closes it)
    ("Sebagaimana diwartakan kantor berita Taiwan, Central News Agency (CNA), kapal itu berangkat dengan sembilan "
     "awak.", "Central News Agency"),
])
def test_a_paper_named_after_its_country(extract, text, source):
    assert [s["name"] for s in only(extract(text), type="indirect")["sources"]] == [source]


def test_the_subject_after_a_paper_by_its_country_is_no_paper(extract):
    text = "Menurut laporan media pemerintah China, Dewan Negara akan menggelar rapat khusus pekan depan."
    assert [s["name"] for s in only(extract(text), type="indirect")["sources"]] != ["Dewan Negara"]


@pytest.mark.parametrize("text, outlet", [
    # the article's own short form for an outlet another outlet goes by too
    ("Sebagaimana diwartakan kantor berita Taiwan, Central News Agency (CNA), kapal itu berangkat dengan sembilan "
     "awak.\n\nCNA menyebut cuaca buruk melanda perairan tersebut sejak Rabu sore.", "Central News Agency"),
    ("Kapal itu berangkat dengan sembilan awak.\n\nCNA menyebut cuaca buruk melanda perairan tersebut sejak Rabu sore.",
     "Channel NewsAsia"),
])
def test_a_short_form_the_article_defines_is_the_outlet_it_named(extract, text, outlet):
    q = quote_of(extract(text), "cuaca buruk")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == (outlet, [outlet])


@pytest.mark.parametrize("publisher", ["Tribunpekanbaru.com", "Tribun Pekanbaru"])
def test_the_publisher_named_by_its_site_talking_to_its_source_is_no_source(publisher):
    from quotes import extract
    text = '"Kami beri teguran," ucap Syamsul kepada Tribunpekanbaru.com, Rabu.'
    q = extract(text, publisher=publisher)["quotes"][0]
    assert q["sources"] == []


@pytest.mark.parametrize("again", ["dalam wawancara tersebut", "dalam wawancara yang sama"])
def test_the_interview_said_again_is_the_outlet_it_was_given_to(extract, again):
    text = ("Tokyo - Menteri Keuangan Jepang Haruka Tanabe mengatakan kepada NHK bahwa pemerintah siap bertindak.\n\n"
            f"Pasar valas bergejolak sepanjang pekan. “Semua opsi ada di atas meja,” kata Tanabe {again}.")
    q = only(extract(text), type="direct")
    assert [s["name"] for s in q["sources"]] == ["NHK"]


def test_the_interview_said_again_given_to_the_publisher_is_no_source(extract):
    text = ("Tokyo - Menteri Keuangan Jepang Haruka Tanabe mengatakan kepada Kompas bahwa pemerintah siap bertindak.\n\n"
            "“Semua opsi ada di atas meja,” kata Tanabe dalam wawancara tersebut.")
    q = only(extract(text, publisher="Kompas"), type="direct")
    assert q["sources"] == []


@pytest.mark.parametrize("text", [
    "Manila - Dilansir AFP, Filipina telah memanggil Duta Besar China di Manila.",
    "Manila - Menteri Luar Negeri Filipina Teresa Macaraeg mengecam insiden itu. Seperti dilaporkan AFP, Macaraeg juga "
    "memanggil Duta Besar China di Manila untuk menyampaikan protes keras.",
])
def test_an_outlet_reports_a_clause_after_a_dateline_or_with_a_verb_of_purpose(extract, text):
    q = [q for q in extract(text)["quotes"] if q["rule"] == "indirect.report"]
    assert [(x["speaker"]["name"], [s["name"] for s in x["sources"]]) for x in q] == [("AFP", ["AFP"])]


@pytest.mark.parametrize("told", ["kepada stasiun televisi Denmark, TV 2 Sport, bahwa", "kepada stasiun televisi TV 2 Sport bahwa"])
def test_an_outlets_name_may_hold_a_number(extract, told):
    text = f"Odense - Pelatih Denmark Mads Kjærgaard mengakui {told} pasangan Indonesia tampil lebih tenang."
    q = only(extract(text), type="indirect")
    assert (q["text"], [s["name"] for s in q["sources"]]) == ("pasangan Indonesia tampil lebih tenang", ["TV 2 Sport"])


@pytest.mark.parametrize("phrase, outlet", [("Dilaporkan The Irrawaddy", "The Irrawaddy"),
                                            ("Diberitakan Reuters sebelumnya", "Reuters")])
def test_a_passive_report_phrase_opening_a_sentence_needs_no_seperti(extract, phrase, outlet):
    text = f"{phrase}, dua jet tempur menjatuhkan bom di kompleks sekolah biara saat murid belajar."
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == (outlet, [outlet])


def test_a_passive_report_word_that_opens_no_outlet_is_no_source(extract):
    text = "Dilaporkan, dua orang tewas dalam kejadian itu. Kasus itu dilaporkan ke polisi kemarin."
    assert extract(text)["quotes"] == []


def test_an_outlets_own_report_in_a_paragraph_another_source_opens_is_its_own(extract):
    """"Dilansir Politico Europe, … . AFP melaporkan …": the paragraph's opening phrase covers its first
    sentence; the second is AFP's own report, and AFP its source."""
    rec = extract("Dilansir Politico Europe, pembentukan koalisi diperkirakan memakan waktu berbulan-bulan karena kursi "
                  "parlemen terpecah. AFP melaporkan tingkat partisipasi pemilih mencapai 78,2 persen.")
    by_text = {q["text"][:20]: [s["name"] for s in q["sources"]] for q in rec["quotes"]}
    assert by_text == {"pembentukan koalisi ": ["Politico"], "tingkat partisipasi ": ["AFP"]}


@pytest.mark.parametrize("opener", ["Sebelumnya, sebagaimana dilaporkan", "Sementara itu, dilansir"])
def test_a_report_phrase_after_a_time_word_or_connective_set_off(extract, opener):
    text = f"{opener} Reuters, dua klub Liga Thailand sempat meminati penyerang asal Brasil itu."
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"]) == ("dua klub Liga Thailand sempat meminati penyerang asal Brasil itu", "Reuters")


@pytest.mark.parametrize("written, edition", [("kepada ESPN Brasil.", "ESPN Brasil"), ("kepada Reuters di Jepang.", "Reuters")])
def test_an_outlets_edition_for_a_country_is_named_with_it(extract, written, edition):
    text = f'"Saya ingin bermain di Asia," kata Correia {written}'
    assert [s["name"] for s in only(extract(text), type="direct")["sources"]] == [edition]


def test_an_outlets_edition_in_a_language_is_named_with_it_and_covers_the_paragraph_it_opens(extract):
    text = ("Dhaka - Perdana Menteri Bangladesh, Nasrin Sultana, meninjau lokasi.\n\n"
            "Seperti dilansir BBC Bangla, Sultana meminta agar aparat daerah memastikan tidak ada warga yang kelaparan. "
            "“Saya akan memeriksa sendiri,” katanya.")
    assert [[s["name"] for s in q["sources"]] for q in extract(text)["quotes"]] == [["BBC Bangla"], ["BBC Bangla"]]


@pytest.mark.parametrize("site", ["the-AFC.com", "kabarbola.net"])
def test_a_site_named_by_its_address_reports(extract, site):
    text = f"Dilansir {site}, Indonesia menjadi tim dengan jumlah tembakan terbanyak kedua sepanjang turnamen."
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == (site, [site])


@pytest.mark.parametrize("outlet", ["DealStreetAsia", "Tech in Asia"])
def test_an_outlet_speaking_is_its_own_source(extract, outlet):
    text = f"{outlet} melaporkan, total pendanaan ke startup agritech Indonesia sepanjang 2025 baru 120 juta dolar AS."
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == (outlet, [outlet])


@pytest.mark.parametrize("opening, maker", [
    ("Mengutip laporan riset Mandiri Sekuritas,", "Mandiri Sekuritas"),
    ("Mengutip laporan terbaru Moody's Investors Service,", "Moody's Investors Service"),
    ("Mengutip riset konsultan properti Colliers Indonesia,", "Colliers Indonesia"),
])
def test_mengutip_a_kind_of_report_by_its_maker_reports_the_clause_after_it(extract, opening, maker):
    text = f"{opening} harga lahan industri di Jawa Tengah rata-rata Rp1,4 juta per meter persegi."
    quote = only(extract(text), type="indirect")
    assert (quote["speaker"]["name"], [s["name"] for s in quote["sources"]]) == (maker, [maker])


@pytest.mark.parametrize("agency, country", [("Lusa", "Portugal"), ("AFP", "Prancis")])
def test_an_agency_set_off_after_its_country_closing_the_sentence_is_the_source(extract, agency, country):
    text = f'"Proses berjalan tertib di 13 kotamadya," kata Ramos kepada kantor berita {country}, {agency}.'
    assert [s["name"] for s in only(extract(text))["sources"]] == [agency]
