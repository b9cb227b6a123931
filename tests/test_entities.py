import pytest

from conftest import of_type, only, quote_of


def test_surname_resolves_to_fullest_name_with_role(extract):
    text = ("Bupati Wondama, Yohanes Rumbiak, menyatakan pihaknya tidak akan meninggalkan perundingan tapal batas.\n\n"
            '"Kami tetap pada sikap semula," ucap Rumbiak.')
    rec = extract(text)
    q = only(rec, type="direct")
    assert q["speaker"]["name"] == "Yohanes Rumbiak"
    assert q["speaker"]["mention"] == "Rumbiak"
    ent = next(e for e in rec["entities"] if e["id"] == q["speaker"]["entity"])
    assert "Bupati Wondama" in ent["roles"]
    assert {m["text"] for m in ent["mentions"]} >= {"Yohanes Rumbiak", "Rumbiak"}


def test_spelling_variants_are_one_speaker(extract):
    text = ("Presiden Armenia Armen Sarkissian tiba di Brussels pada Rabu pagi.\n\n"
            '"Kami butuh dukungan," kata Sarkisian.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Armen Sarkissian"


def test_a_name_written_two_ways_takes_the_first_spelling(extract):
    text = ("Menteri Pertahanan Turki, Yaşar Güler, meninjau latihan itu pada Senin.\n\n"
            '"Armada kami siap menghadapi segala kemungkinan," ujarnya.\n\n'
            "Dalam kesempatan lain, Yasar Guler menyebut latihan serupa akan digelar setiap tahun.")
    rec = extract(text)
    speakers = {(q["type"], q["speaker"]["name"], q["speaker"]["entity"]) for q in rec["quotes"]}
    assert {name for _t, name, _e in speakers} == {"Yaşar Güler"}
    assert len({e for _t, _n, e in speakers}) == 1 and {t for t, _n, _e in speakers} == {"direct", "indirect"}


def test_a_person_introduced_with_an_age_is_the_antecedent(extract):
    text = ("Kepala Dinas Perhubungan Kota Banyuasri Syamsul Bahri mengatakan antrean akan diurai pekan ini.\n\n"
            "Salah satu sopir truk, Darmawan (45), sudah dua hari menunggu di pelabuhan. "
            "“Kami hanya ingin cepat pulang,” keluhnya.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Darmawan"

@pytest.mark.parametrize("name, known", [
    ("Herman Sutedja Wijaya", True),
    ("Penanganan Covid", False),   # read off "Satgas Penanganan Covid-19": a derived noun, no name
    ("Frans van Room", True),      # a particle the article writes in lower case is no common word
    ("Kemampuan Warga", False),
    ("Budi Setiawan", True),       # "-an" alone does not make a noun
])
def test_only_a_real_name_lends_its_words_to_later_mentions(name, known):
    from quotes import entities, lang, mentions
    ctx = mentions.article_context(f"Kata {name} kemarin.", lang.load("id"))
    assert entities._known_name(name, ctx) is known


def test_a_place_after_kota_ends_before_the_mayors_name(extract):
    # "Kota Banyuasri Hendra Wiratama": the place is one word; the name is the next two
    text = ("Wali Kota Banyuasri Hendra Wiratama mengatakan banjir sudah surut.\n\n"
            '"Warga sudah kembali ke rumah," ujar Hendra.')
    rec = extract(text)
    assert {q["speaker"]["name"] for q in rec["quotes"]} == {"Hendra Wiratama"}
    assert only(rec, type="indirect")["speaker"]["role"] == "Wali Kota Banyuasri"


@pytest.mark.parametrize("words, short, long", [
    ("Kepala Pelaksana Badan Penanggulangan Bencana Daerah", "BPBD", "Badan Penanggulangan Bencana Daerah"),
    ("Komisi Pemberantasan Korupsi", "KPK", "Komisi Pemberantasan Korupsi"),
    ("Kepala Kejaksaan Negeri", "Kejari", "Kejaksaan Negeri"),
    ("Asosiasi Transportasi Udara International", "IATA", "Asosiasi Transportasi Udara International"),
    ("Presiden Partai Demokrat", "Jumat", None),
    ("Kepala Kepolisian Resor Kota", "Polresta", "Kepolisian Resor Kota"),  # a syllable inside its first word
    ("Badan Meteorologi, Klimatologi, dan Geofisika", "BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika"),
    # spelt by no words: after the last comma, unless that part ends a list inside the name
    ("Organisasi Pendidikan, Ilmu Pengetahuan, dan Kebudayaan Perserikatan Bangsa-Bangsa", "UNESCO",
     "Organisasi Pendidikan, Ilmu Pengetahuan, dan Kebudayaan Perserikatan Bangsa-Bangsa"),
    ("Budi, Ketua Umum Asosiasi Guru", "XYZ", "Ketua Umum Asosiasi Guru"),
    # capitals stand for words, or their first syllables, in turn: an English acronym for a name
    # written in Indonesian spells none of its last words ("Nasional Amerika Serikat" is no NOAA)
    ("Badan Kelautan dan Atmosfer Nasional Amerika Serikat", "NOAA", "Badan Kelautan dan Atmosfer Nasional Amerika Serikat"),
    ("Direktur National Oceanic and Atmospheric Administration", "NOAA", "National Oceanic and Atmospheric Administration"),
    ("Ketua Persatuan Sepak Bola Seluruh Indonesia", "PSSI", "Persatuan Sepak Bola Seluruh Indonesia"),
    ("Kepala Badan Pengawas Tenaga Nuklir", "BAPETEN", "Badan Pengawas Tenaga Nuklir"),
    ("Laba Bank Sahabat Rakyat", "BSRK", "Bank Sahabat Rakyat"),  # a stock code: the rest of a word's run inside it
])
def test_an_acronym_stands_for_the_fewest_words_that_spell_it(words, short, long):
    from quotes import entities
    assert entities._long_form(words, short, frozenset({"dan", "atau"})) == long


def test_an_acronym_defined_with_commas_in_its_long_form(extract):
    text = ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperkirakan hujan lebat turun hingga akhir pekan.\n\n"
            "“Masyarakat diimbau waspada,” tulis BMKG.")
    q = only(extract(text), type="direct")
    assert q["speaker"]["name"] == "Badan Meteorologi, Klimatologi, dan Geofisika"


@pytest.mark.parametrize("defined", ["European Central Bank/ECB", "ECB"])
def test_an_acronym_defined_with_its_name_in_english_before_it(extract, defined):
    # "Bank Sentral Eropa (European Central Bank/ECB)": the article's own name, whichever the letters spell
    text = (f"Bursa menguat setelah Bank Sentral Eropa ({defined}) memangkas suku bunga acuan.\n\n"
            "Dalam pernyataan resminya, ECB menyebut prospek inflasi telah membaik.")
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["mention"], q["speaker"]["name"]) == ("ECB", "Bank Sentral Eropa")


@pytest.mark.parametrize("mention, speaker", [
    ("Pihak Kejari", "Kejaksaan Negeri Belu"),    # "pihak" dropped, the place after "(Kejari)" kept
    ("Kejari Belu", "Kejaksaan Negeri Belu"),
    ("BNN Lampung", "Badan Narkotika Nasional Lampung"),
])
def test_an_organisation_in_pieces_is_one_speaker(extract, mention, speaker):
    text = ("Kejaksaan Negeri (Kejari) Belu menahan kepala desa itu. Berkas dari Badan Narkotika Nasional (BNN) "
            "juga diterima. Kepala Kejari Belu, Marthen Bunga, hadir.\n\n"
            f"{mention} memastikan penyidikan terus berjalan.")
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["mention"], q["speaker"]["name"]) == (mention, speaker)


def test_an_acronym_inside_a_name_stays_as_written(extract):
    text = ("Perusahaan Badan Usaha Milik Negara (BUMN) itu merugi.\n\n"
            "Kementerian BUMN menyatakan direksi akan dievaluasi.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Kementerian BUMN"


@pytest.mark.parametrize("text, content, speaker", [
    # the person after the verb is what the subject spoke of; "ia" is the subject
    ("Kepala Bidang Pembinaan PBSI Hendro Saputro memuji penampilan ganda andalan Rian Ardianto. Namun, ia "
     "mengingatkan agar pasangan itu tetap fokus pada turnamen berikutnya.",
     "pasangan itu tetap fokus pada turnamen berikutnya", "Hendro Saputro"),
    ("Di sektor tunggal putri, langkah Dewi Lestari terhenti di babak kedua setelah kalah dari wakil Jepang, "
     'Akane Yamada. "Saya kurang sabar hari ini," kata pemain 19 tahun itu.',
     "Saya kurang sabar hari ini", "Dewi Lestari"),
    # the agent of a passive verb in a relative clause is no subject
    ("Sekjen partai, Bagus Pratomo, membantah tudingan yang dilontarkan Wulan Sari. Ia hanya menyatakan "
     "setiap keputusan diambil pengurus daerah.", "setiap keputusan diambil pengurus daerah", "Bagus Pratomo"),
    # "politikus Partai Gerindra itu" describes someone: "Gerindra" is no person to refer to
    ("Ketua Komisi II Bambang Prakoso membuka rapat. \"Silakan setiap fraksi bersikap,\" ujar politikus "
     "Partai Gerindra itu. Anggota Komisi II dari Fraksi PDI-P, Lukas Sembiring, langsung menolak. "
     '"Peluang calon tunggal makin besar," kata politikus PDI-P itu.', "Peluang calon tunggal makin besar",
     "Lukas Sembiring"),
    # "Legislator asal Jawa Barat itu sepakat soal ...": the description ends at its demonstrative
    ("Anggota Komisi IX dari Fraksi PKS, Yuni Kartika Sari, menilai Kemenkes terlambat. Legislator asal Jawa "
     "Barat itu sepakat soal bahaya hoaks, tetapi menilai anggaran kampanye imunisasi justru dipangkas.",
     "anggaran kampanye imunisasi justru dipangkas", "Yuni Kartika Sari"),
    # a person after "dengan" is no subject
    ("Guru besar FKUI Ratna Kusumawardani menilai risiko penularan rendah. Direktur rumah sakit itu, Made "
     "Wirawan, sependapat dengan Ratna soal bahaya stigma. Ia mengungkapkan pasien sempat menolak dirawat.",
     "pasien sempat menolak dirawat", "Made Wirawan"),
    # the agent after "oleh" is the subject of a passive sentence
    ("Deputi Gubernur BI, Aida Rahmawati, menambahkan kredit tumbuh. Pertanyaan soal rupiah dijawab langsung "
     "oleh Hendarman Wiratmaja, yang duduk di samping Aida. Menurutnya, penguatan rupiah ditopang modal asing.",
     "penguatan rupiah ditopang modal asing", "Hendarman Wiratmaja"),
    # "dari Fikri (22)": a word written with an age is a person, not a place after "dari"
    ('"Kami sempat kehilangan fokus," kata Raka Pratama. Pandangan berbeda datang dari Fikri (22). '
     "Pemain asal Kudus itu menilai pasangan Korea mengubah pola serangan.",
     "pasangan Korea mengubah pola serangan", "Fikri"),
    # a person inside a relative clause set off by commas is no subject
    ("Kepala BMKG Eko Prasetyo menjelaskan cuaca ekstrem. Deputi Meteorologi, Andri Kusnadi, yang duduk di "
     "samping Eko Prasetyo, kemudian tersenyum. Menurutnya, pola hujan belum sama dengan banjir 2020.",
     "pola hujan belum sama dengan banjir 2020", "Andri Kusnadi"),
    # a description by country is no one the article gave another ("petenis Rusia")
    ("Petenis tuan rumah asal Murcia, Pablo Ferrández, gagal ke semifinal. Ferrández takluk dari petenis Rusia, "
     "Daniil Sokolov, dua set langsung.\n\n"
     "Usai pertandingan, petenis asal Spanyol itu mengakui pergelangan tangannya kembali bermasalah.",
     "pergelangan tangannya", "Pablo Ferrández"),
    # a country a description gave someone yields to what the head says ("pelatih", not the player)
    ("Petenis tuan rumah, Pablo Ferrández, tersingkir. Usai pertandingan, petenis asal Spanyol itu mengakui "
     "pergelangan tangannya bermasalah.\n\n"
     "Pelatih Ferrández, Álvaro Montes, memastikan Pablo menjalani pemindaian MRI. Menurut pelatih berkebangsaan "
     "Spanyol itu, keputusan tampil di Roland Garros baru akan diambil setelah hasilnya keluar.",
     "keputusan tampil", "Álvaro Montes"),
    # the country of a state office is its holder's
    ("Lin Xiaoming, wakil juru bicara Kementerian Luar Negeri China, mengatakan kapal Filipina masuk tanpa izin.\n\n"
     "Pandangan senada disampaikan peneliti senior RSIS Singapura, Tan Wei Ming. Kepada The Straits Times, ia "
     "memperkirakan insiden serupa akan terus berulang.\n\n"
     "Ditanya soal seruan ASEAN, diplomat China tersebut menyatakan Beijing tetap berkomitmen pada perundingan.",
     "Beijing tetap", "Lin Xiaoming"),
    # a speaker's name before "itu" closing a relative clause is a mention of them
    ("Kepala Desa Pagerpelah, Slamet Riyadi, menuturkan sebagian besar pengungsi adalah lansia.\n\n"
     "Sementara itu, Kepala Desa Sidengok, Siti Munawaroh, menyebut 37 rumah harus dikosongkan.\n\n"
     "Di desa yang dipimpin Slamet itu, jalur evakuasi tertutup longsor. Kepala desa itu mengatakan warga "
     "terpaksa memutar lewat jalan setapak.",
     "warga terpaksa", "Slamet Riyadi"),
    # a kind of person and one body: whoever the article gave that body
    ("Inisiator interpelasi dari Fraksi PKS, Ahmad Fauzi Ramadhan, mengatakan dewan ingin penjelasan resmi.\n\n"
     "Pengamat politik Universitas Pakuan, Bambang Arianto, berpendapat interpelasi adalah hak dewan.\n\n"
     "Politikus PKS itu memastikan usulan interpelasi akan dibawa ke rapat paripurna.",
     "usulan interpelasi", "Ahmad Fauzi Ramadhan"),
    # a party's short form written with a hyphen is the party the role names in full
    ("Anggota Komisi II DPR dari Fraksi PDI Perjuangan, Yohanes Rante Lembang, menilai jadwal itu terlalu mepet.\n\n"
     "Wakil Ketua Komisi II DPR, Siti Hardianti, mengatakan pembahasan dilanjutkan pekan depan.\n\n"
     "Politikus PDI-P itu meminta agar KPU membuka simulasi jadwal kepada publik.",
     "KPU membuka", "Yohanes Rante Lembang"),
    # ... and a body's short form the one its long form names
    ("Sekretaris Fraksi Partai Keadilan Sejahtera, Hamdan Zulkarnain, menilai aturan itu perlu dikaji ulang.\n\n"
     "Ketua Komisi VIII, Dewi Kartika Sari, mengatakan rapat akan digelar lagi.\n\n"
     "Politikus PKS itu memastikan fraksinya akan mengajukan usulan tertulis.",
     "fraksinya akan", "Hamdan Zulkarnain"),
    # "sang pelatih" after others have spoken since the second coach: the coach the story opened with
    ("Pelatih Persiku, Bambang Sugiarto, mengakui timnya kesulitan di babak kedua.\n\n"
     "Pelatih Persekat, Rahmat Hidayat, menilai timnya layak menang.\n\n"
     "Manajer Persiku, Yusuf Efendi, memastikan bonus tetap cair. Koordinator suporter, Fathur Rozi, mengatakan "
     "pihaknya akan tetap datang ke stadion.\n\n"
     "Sementara itu, sang pelatih meminta agar pemainnya tidak larut dalam euforia.",
     "pemainnya tidak larut", "Bambang Sugiarto"),
    # ... but right after the second coach, the second
    ("Pelatih Persiku, Bambang Sugiarto, mengakui timnya kesulitan di babak kedua.\n\n"
     "Pelatih Persekat, Rahmat Hidayat, menilai timnya layak menang.\n\n"
     "Sang pelatih meminta agar pemainnya tetap fokus menghadapi laga berikutnya.",
     "pemainnya tetap fokus", "Rahmat Hidayat"),
    # "orang nomor satu di X": whoever heads X, its regional head first
    ("Bupati Banjar, Syarifuddin Noor, meninjau lokasi banjir. Kepala Dinas Sosial Kabupaten Banjar, Noorhayati "
     "Rahmah, mengatakan bantuan sudah disalurkan.\n\n"
     "Sementara itu, orang nomor satu di Kabupaten Banjar itu mengatakan pemkab telah mengusulkan anggaran tambahan.",
     "pemkab telah", "Syarifuddin Noor"),
    ("Ketua KPK, Firli Bahuri, menyatakan penyidikan berjalan. Juru bicara KPK, Ali Fikri, mengatakan saksi "
     "sudah diperiksa.\n\n"
     "Orang nomor satu di KPK itu memastikan tidak ada intervensi dalam perkara tersebut.",
     "tidak ada intervensi", "Firli Bahuri"),
    # a body's name going on after "untuk" is whole, whether it opens a sentence or not
    ("Puluhan aktivis yang tergabung dalam Koalisi Masyarakat Sipil untuk Keamanan Siber menggelar aksi damai.\n\n"
     "Dalam pernyataan sikapnya, koalisi mendesak agar DPR menunda pengesahan RUU.",
     "DPR menunda", "Koalisi Masyarakat Sipil untuk Keamanan Siber"),
    ("Koalisi Masyarakat Sipil untuk Penghapusan Kekerasan Seksual menyampaikan sikap serupa. Dalam keterangan "
     "tertulis, koalisi menilai pemerintah lamban memulihkan korban.",
     "pemerintah lamban", "Koalisi Masyarakat Sipil untuk Penghapusan Kekerasan Seksual"),
    # an epithet of a body in a description is that body ("lembaga antirasuah": KPK)
    ("Juru Bicara KPK, Arif Setiabudi, mengatakan Syamsul ditahan 20 hari.\n\n"
     "Juru bicara Partai Demokrat, Maruli Simanjuntak, menilai penahanan itu terburu-buru.\n\n"
     "Saat dikonfirmasi, juru bicara lembaga antirasuah itu menyatakan penyidik masih menelusuri aliran dana.",
     "penyidik masih", "Arif Setiabudi"),
    # an organisation called by its epithet is the one the article names
    ("Bank Indonesia (BI) menahan suku bunga acuan di level 6 persen.\n\n"
     "Bank sentral memastikan akan terus melakukan intervensi di pasar valas spot.",
     "akan terus", "Bank Indonesia"),
    # mereka refers to a group after an opening adjunct
    ("Kepala Dinas Pendidikan Asep Saepul Rohman meninjau dapur sekolah. Di Desa Pingaran Ilir, Kecamatan "
     "Astambul, sejumlah warga memilih bertahan di lantai dua rumah mereka. Mereka mengaku khawatir harta "
     "benda dijarah jika rumah ditinggalkan.",
     "khawatir harta benda", "sejumlah warga"),
    # a one word name given with an age is an antecedent later
    ("Suwarni (52), pedagang sayur di Kenjeran, sudah tiga hari mengungsi.\n\n"
     "Peneliti perkotaan Dimas Prasetyo menilai pompa tambahan tidak cukup. "
     "”Yang dibutuhkan adalah tanggul pantai,” ucap Dimas.\n\n"
     "Hingga Senin sore, Suwarni masih menunggu air surut di teras rumahnya. "
     "”Pindah ke mana? Semua saudara saya di sini,” jawabnya.",
     "Pindah ke mana", "Suwarni"),
    # a person named in passing is not who goes on
    ("Ekonom Universitas Indonesia Andry Firmansyah menyoroti sisi lain. Survei yang pernah dikerjakannya bersama "
     "Rahmi Kurniasih tahun lalu menemukan enam dari sepuluh responden enggan memakai layanan digital. "
     '"Kepercayaan adalah mata uang ekonomi digital," katanya.',
     "Kepercayaan", "Andry Firmansyah"),
    # a resident of a place is not named by it
    ("Nadia Ramadhani (27), warga Rawamangun, Jakarta Timur, berharap taman baca dibuka lagi. "
     '"Saya ingin anak-anak kembali membaca," ucapnya.',
     "Saya ingin", "Nadia Ramadhani"),
    # a name with bin given after its role is found again by its first word
    ("Bupati Muara Jernih nonaktif Syamsul Rizal bin Abdul Hamid ditahan KPK pada Senin.\n\n"
     "Dua kontraktor, Hendrik Tanoto dan Rudi Gunawan, lebih dulu ditahan pekan lalu di Muara Jernih.\n\n"
     "Syamsul tak banyak bicara saat digiring ke mobil tahanan. "
     '"Nanti saya jelaskan di pengadilan," ucapnya singkat.',
     "Nanti saya", "Syamsul Rizal bin Abdul Hamid"),
    # a body written after dari is no place
    ("Pedagang mengaku membeli beras dari Perum Bulog sejak Januari.\n\n"
     "Sementara itu, Perum Bulog memastikan stok cadangan beras pemerintah mencukupi.",
     "stok cadangan", "Perum Bulog"),
    # "Sri, ibu tiga anak yang ..., mengaku": the role is the speaker's mention's, not the article's names'
    ("Salah satu saksi adalah Sri Wahyuni. Sri, ibu tiga anak yang sudah 15 tahun bekerja di dinas itu, "
     "mengaku pernah menerima amplop dari terdakwa.\n\n"
     "“Berapa jumlahnya?” tanya jaksa KPK Andika Pratama.\n\n"
     "“Yang pertama Rp 50 juta, yang kedua Rp 25 juta,” ujar ibu tiga anak itu.",
     "Yang pertama", "Sri Wahyuni"),
    # "Perempuan asal Wonosobo itu" is Suparti: "Ayah tiga anak itu" is not, though she is named last
    ("Tumpukan cabai di lapak Suparti (52), pedagang sayur di Pasar Johar, nyaris tak berkurang. "
     "Perempuan asal Wonosobo itu sesekali mengipasi dagangannya.\n\n"
     "Keluhan serupa datang dari Rohmat (45), pedagang bumbu dapur yang losnya bersebelahan dengan Suparti. "
     "Ayah tiga anak itu menyebut pemilik warung kini memilih membeli sambal kemasan.",
     "pemilik warung", "Rohmat"),
    # a racing team is a company not a person
    ("Pebalap Gresini Racing, Álex Ruiz de la Fuente, keluar sebagai pemenang di Mandalika.\n\n"
     "Pebalap itu mengungkapkan, keputusan memakai ban belakang medium menjadi kunci kemenangannya.",
     "keputusan memakai ban", "Álex Ruiz de la Fuente"),
    # "Herman" alone, after "Herman Sutedja Wijaya", is the person the clitic refers to, not the
    # speaker quoted the paragraph before
    ("Buron kasus kredit fiktif Herman Sutedja Wijaya diekstradisi dari Singapura pada Rabu.\n\n"
     '"Proses ini sesuai hukum kedua negara," kata seorang juru bicara Kementerian Hukum Singapura.\n\n'
     'Herman sempat berbicara singkat kepada wartawan. "Saya tidak bersalah," katanya.',
     "Saya tidak bersalah", "Herman Sutedja Wijaya"),
    # a nickname in a description picks the person it shortens
    ("Ketua Walhi Sulut Yohanis Mandagi menyoroti tambang itu.\n\n"
     "Hukum Tua Frans Mandagi menyebut tambang sudah beroperasi dua tahun.\n\n"
     "Pria yang akrab disapa Om Yohan itu berharap polisi tidak hanya menjerat pemodal kecil.",
     "polisi tidak hanya menjerat pemodal kecil", "Yohanis Mandagi"),
    # a role anaphor finds its holder however far back
    ("Rapat itu dihadiri Wakil Menteri Dalam Negeri Yusuf Hadiningrat.\n\n" +
     "Anggota Komisi II, Marlina Tambunan, menilai usulan itu janggal.\n\n" * 9 +
     "Sementara itu, wakil menteri tersebut memastikan pemerintah menyerahkan DIM akhir bulan ini.",
     "pemerintah menyerahkan", "Yusuf Hadiningrat"),
    # a role noun refers to someone of the body it works for
    ("Kepala Seksi Pidana Khusus Kejari Belu, Yohanes de Rosari, mengatakan, tersangka langsung dititipkan di "
     "Rutan Atambua selama 20 hari.\n\n"
     "Kuasa hukum tersangka, Agustinus Manek, menyebut kliennya tidak bersalah.\n\n"
     "Dikonfirmasi soal bantahan itu, jaksa itu menyatakan pihaknya berpegang pada hasil audit.",
     "pihaknya berpegang", "Yohanes de Rosari"),
    # a described subject is whom the next pronoun means
    ("Pelatih Como, Alessandro De Santis (47), mengakui Ruben belum siap. Mantan pelatih timnas Patrick van "
     "Leeuwen menyarankan Ruben pindah.\n\n"
     "Juru taktik berusia 47 tahun itu tidak menutup pintu bagi kepergian Ruben. Namun, ia menegaskan "
     "keputusan akhir ada di tangan manajemen klub.",
     "keputusan akhir", "Alessandro De Santis"),
    # a pronoun refers back across a baca juga link
    ("Ketua Komisi II DPR Ahmad Fauzan Lubis mengatakan pembahasan ditargetkan rampung Agustus.\n\n"
     "Baca juga: Revisi UU Pilkada, Pemerintah Usul Ambang Batas Jadi 7,5 Persen\n\n"
     "Politikus asal Tapanuli Utara itu menjelaskan, ada tiga opsi yang berkembang di fraksi-fraksi.",
     "ada tiga opsi", "Ahmad Fauzan Lubis"),
    # "Bapanas" is written short for "Badan Pangan Nasional" (the language's list of official short forms)
    ("Kepala Badan Pangan Nasional, Teguh Santoso Wibowo, meninjau Pasar Induk Cipinang, Senin.\n\n"
     "Deputi Badan Pusat Statistik Rina Wulandari menyampaikan inflasi beras naik 0,6 persen.\n\n"
     "Meski begitu, Kepala Bapanas itu memperkirakan harga beras turun pada akhir Agustus.",
     "harga beras turun", "Teguh Santoso Wibowo"),
    # a person named after "dari" is one still ("kalah dari", "menerima dari"), not a place
    ("Penantang petahana, Dede Kurnia, kalah tipis dari Iis Rostiawati dan menolak hasil penghitungan.\n\n"
     "Sementara Iis, yang kembali terpilih, memilih irit bicara. \"Saya serahkan ke panitia,\" katanya.",
     "Saya serahkan ke panitia", "Iis Rostiawati"),
    # a subordinate clause opening the sentence holds no subject of it
    ("Ketua majelis hakim Agus Wibisono membuka sidang. Belum sempat Sugeng menjawab, kuasa hukum terdakwa, "
     "Bambang Sutejo, menyela. \"Pertanyaan itu menggiring, Yang Mulia,\" ujarnya.",
     "Pertanyaan itu menggiring", "Bambang Sutejo"),
    ("Direktur Utama PT Sinar Tani, Yohanes Liem, hadir di ruang sidang. Saat Hendra Gunawan membacakan "
     "tuntutan, pengacara Rudi Hartono berdiri. \"Kami keberatan,\" katanya.", "Kami keberatan", "Rudi Hartono"),
    # a description in what someone reported is what they spoke of, not whom "dia" means next
    ("Kandidat petahana, Markus Wanggai, tersingkir dalam pilkada. Dosen politik Universitas Ottow Geissler, "
     "Daniel Rumere, menilai petahana gagal. Ia menyebut tiga penyebab. Secara sosiologis, Daniel "
     "menjelaskan, kandidat tersebut dianggap jarang turun ke kampung, sedangkan dari sisi kinerja, kandidat "
     "tersebut tidak meninggalkan jejak. Selain itu, dia menambahkan, ada faktor penantang yang berkampanye lebih rapi.",
     "ada faktor penantang", "Daniel Rumere"),
    # an age inside a description with a relative clause ("Pria 54 tahun yang ... itu")
    ("Pemimpin serikat petani, Jean-Marc Lefèvre, mengatakan petani tidak akan mundur.\n\n"
     "«Kami sudah bosan dengan janji,» kata Lefèvre.\n\nPria 54 tahun yang mengelola peternakan sapi perah di "
     "Seine-et-Marne itu mengaku telah tiga kali ikut aksi serupa.", "telah tiga kali ikut aksi serupa",
     "Jean-Marc Lefèvre"),
    # an outlet named after what it is ("radio", "harian") is no person, known or not
    ("Pemimpin serikat petani, Jean-Marc Lefèvre, menolak rencana itu.\n\nNamun, anggota Majelis Nasional dari "
     "partai oposisi, Sophie Lefèvre, menilai janji itu «terlalu sedikit dan terlambat». Sophie tidak memiliki "
     "hubungan keluarga dengan Jean-Marc.\n\nDalam wawancara dengan radio Nice Matin, politikus sayap kiri itu "
     "menyebut pemerintah terlalu lama membiarkan harga jatuh.", "pemerintah terlalu lama", "Sophie Lefèvre"),
    # a modifier may open a description with a relative clause ("mantan atlet yang ... itu")
    ("Kepala Bidang Pembinaan PBSI, Teddy Mulyadi, menilai sektor ganda putra membaik. Menurut mantan atlet yang "
     "pernah menjadi juara dunia junior pada 1998 itu, regenerasi berjalan sesuai rencana.",
     "regenerasi berjalan sesuai rencana", "Teddy Mulyadi"),
    # a word after "dari" that the article quotes alone is someone's name, not a place
    ("Jaksa menghadirkan kontraktor asal Karanganyar, Joko Santoso. Di hadapan majelis hakim, Joko mengaku "
     "menyerahkan uang Rp 2,4 miliar kepada Agus Setiawan.\n\n\"Uangnya saya bawa pakai kardus,\" kata Joko.\n\n"
     "Penasihat hukum Agus membantah kliennya pernah menerima uang dari Joko.",
     "menyerahkan uang Rp 2,4 miliar", "Joko Santoso"),
    # ... and the name of the subject, not of the object after "kepada"
    ("Jaksa menghadirkan kontraktor asal Karanganyar, Joko Santoso. Di hadapan majelis hakim, Joko mengaku "
     "menyerahkan uang Rp 2,4 miliar kepada Agus Setiawan.\n\nMenurut dia, uang itu merupakan uang komitmen.\n\n"
     "\"Uangnya saya bawa pakai kardus,\" kata Joko.\n\nPenasihat hukum Agus membantah kliennya pernah menerima "
     "uang dari Joko.", "uang itu merupakan uang komitmen", "Joko Santoso"),
    # a title of two words in lower case is whoever the article gave it ("hakim ketua Dwi Hartanto")
    ("Sidang dipimpin hakim ketua Dwi Hartanto.\n\n\"Saudara saksi, jangan setengah-setengah,\" tanya hakim "
     "ketua.", "Saudara saksi", "Dwi Hartanto"),
    # ... and so is the "ia" after it
    ("Sidang dipimpin hakim ketua Dwi Hartanto. Jaksa menghadirkan saksi Joko Santoso.\n\n\"Saudara saksi, "
     "jangan setengah-setengah,\" tanya hakim ketua. Ia lalu menyebut sidang akan diskors 15 menit.",
     "sidang akan diskors", "Dwi Hartanto"),
    # what a description said of someone is what a later, shorter one may say again; commas may set
    # off places inside a description
    ("Tarsono (41) masih menyimpan kartu pekerja di dompetnya. Bekas buruh panen sawit di Lahad Datu, Sabah, "
     "Malaysia, itu dideportasi pada Februari.\n\nIstri Tarsono, Casmini, kini berjualan nasi uduk. \"Yang penting "
     "suami pulang selamat,\" ujar Casmini.\n\nDi Juntikedokan, bekas buruh sawit itu kini ikut menggarap sawah. "
     "Ia mengaku belum berpikir untuk kembali ke Malaysia.", "belum berpikir untuk kembali", "Tarsono"),
    # a capitalised function word after a comma opens a name, even where the article writes it in
    # lower case elsewhere ("oleh")
    ("Pernyataan itu dibacakan oleh juru bicara. Juru bicara Kementerian Luar Negeri Ukraina, Oleh Marchenko, "
     "mengatakan Moskow menulis ulang kejadian itu.\n\nMarchenko juga menuding Rusia sengaja menyasar kapal gandum.",
     "Rusia sengaja menyasar", "Oleh Marchenko"),
    # "Lalu" before another name's first word opens a Sasak name, not a clause
    ("Warga bertahan di lahan itu.\n\nLalu Muhammad Zaini, 58 tahun, salah satu petani, mengaku lahan itu "
     "warisan ayahnya.\n\n\"Tanah ini kami garap turun-temurun,\" kata Zaini.", "Tanah ini kami garap",
     "Lalu Muhammad Zaini"),
])
def test_a_pronoun_refers_to_the_right_person(extract, text, content, speaker):
    q = quote_of(extract(text), content)
    assert q["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, content", [
    ("Menteri Perdagangan Yoga Pramudya menerima delegasi Uni Eropa. Sang menteri memastikan Indonesia "
     "tidak akan membalas kebijakan itu.", "Indonesia tidak akan membalas kebijakan itu"),
    ('Pelatih tim nasional Yoga Pramudya memuji timnya. "Kami bermain disiplin," kata sang pelatih.',
     "Kami bermain disiplin"),
    ('Pelatih tim nasional Yoga Pramudya memuji timnya. "Kami bermain disiplin," ucap pria asal Medan itu.',
     "Kami bermain disiplin"),  # "pria ... itu": a man described, named before
])
def test_sang_and_a_role_refers_back(extract, text, content):
    q = quote_of(extract(text), content)
    assert q["speaker"]["name"] == "Yoga Pramudya"


@pytest.mark.parametrize("text, content, speaker", [
    ("Kementerian Pertahanan Rusia menyebut drone itu diluncurkan dari wilayah Ukraina. "
     '"Kami tidak melakukan operasi apa pun di sektor itu," tulis kementerian itu.',
     "Kami tidak melakukan operasi apa pun di sektor itu", "Kementerian Pertahanan Rusia"),
    ("Lembaga antirasuah itu bergerak cepat. Komisi Pemberantasan Korupsi (KPK) menyatakan para tersangka "
     "ditahan 20 hari. Dalam keterangan tertulisnya, lembaga itu juga mengimbau agar kepala daerah lain "
     "tidak bermain-main dengan pengadaan.", "kepala daerah lain tidak bermain-main dengan pengadaan",
     "Komisi Pemberantasan Korupsi"),
    # (however many paragraphs back the body of that kind was named)
    ("JENEWA - Organisasi Kesehatan Dunia (WHO) menyatakan wabah demam berdarah tahun ini yang terburuk.\n\n"
     + "".join(f"Paragraf {k} berisi data kasus dari negara lain.\n\n" for k in range(10))
     + "Dikutip dari laman resmi WHO, organisasi itu meminta agar negara anggota menyiapkan anggaran darurat.",
     "negara anggota menyiapkan anggaran darurat", "Organisasi Kesehatan Dunia"),
])
def test_an_organisation_noun_with_itu_refers_to_the_organisation(extract, text, content, speaker):
    q = quote_of(extract(text), content)
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == (speaker, "organization")


@pytest.mark.parametrize("text, speaker", [
    ("Menteri Luar Negeri Qatar, Khalid bin Saad al-Mansouri, mengatakan delegasi masih berada di Doha.",
     "Khalid bin Saad al-Mansouri"),
    ("Gelandang Joris van der Meulen mengatakan dirinya tersanjung dengan minat klub itu. Rekannya, Thiago dos Santos, "
     'menilai tim bermain baik. "Kami siap," tambah van der Meulen.', "Joris van der Meulen"),
    # a joined particle ends the name, after a role, and the short name refers back to it whole
    ('Ketua DPW Partai Amanah Sejahtera Umar Faruq al-Kathiri mengatakan rapat ditunda. "Kami siap," ujar Umar.',
     "Umar Faruq al-Kathiri"),
])
def test_names_with_particles_stay_whole(extract, text, speaker):
    assert extract(text)["quotes"][0]["speaker"]["name"] == speaker
    assert all(q["speaker"]["name"] in (speaker, "Thiago dos Santos") for q in extract(text)["quotes"])


@pytest.mark.parametrize("role", ["Kepala BPBD", "Kalak BPBD", "Kepala Pelaksana BPBD"])
def test_a_role_in_fewer_words_is_the_person_who_holds_it(extract, role):
    text = ("Kepala Pelaksana (Kalak) BPBD Kuningan, Dadan Sukmawijaya, mengatakan hujan deras memicu longsor.\n\n"
            f"Menurut {role}, dua warga masih hilang dan pencarian dilanjutkan besok pagi.")
    q = quote_of(extract(text), "dua warga")
    assert q["speaker"]["name"] == "Dadan Sukmawijaya"


def test_perseroan_is_the_company_the_article_names(extract):
    text = ("Rapat Umum Pemegang Saham Tahunan (RUPST) PT Nusantara Agro Lestari Tbk (NALS) menyetujui pembagian "
            "dividen.\n\n" + "Harga saham NALS naik tipis pada perdagangan Rabu.\n\n" * 9 +
            "Dalam keterangan tertulis, perseroan juga menyampaikan RUPST menyetujui pengangkatan komisaris baru.")
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == ("PT Nusantara Agro Lestari Tbk", "organization")


@pytest.mark.parametrize("text", [
    'Menurut pengajar hukum Herdiansyah Hamzah, aturan itu baik. "Bukan menunggu kasus dulu," ujar Castro, sapaan '
    "Herdiansyah, kemarin.",
    'Pengajar hukum Herdiansyah Hamzah, yang akrab disapa Castro, menilai aturan itu baik. "Bukan menunggu kasus '
    'dulu," ujar Castro.',
    'Pengajar hukum Herdiansyah Hamzah, yang akrab disapa Bang Castro, menilai aturan itu baik. "Bukan menunggu '
    'kasus dulu," ujar Castro.',   # the honorific before a nickname is no part of it
])
def test_a_nickname_the_article_gives_is_the_person(extract, text):
    q = only(extract(text), type="direct")
    assert (q["speaker"]["mention"], q["speaker"]["name"]) == ("Castro", "Herdiansyah Hamzah")


def test_a_noun_beginning_with_di_is_no_verb(extract):
    # "menyarankan adanya kelompok diskusi": a noun phrase after the verb, no reported clause
    text = "Ratih menyarankan adanya sanggar remaja atau kelompok diskusi."
    assert extract(text)["quotes"] == []


@pytest.mark.parametrize("text, speaker, role", [
    ("Maria Goreti Bria (47), salah satu warga, mengatakan jalan desa belum juga diaspal.",
     "Maria Goreti Bria", "salah satu warga"),
    ("Darto, pedagang sayur yang lapaknya di seberang warung, mengatakan ia mendengar teriakan.",
     "Darto", "pedagang sayur"),
    ("Kuasa hukum Harun, Dedi Marpaung, saat dihubungi wartawan menyatakan kliennya akan kooperatif.",
     "Dedi Marpaung", "Kuasa hukum Harun"),
    ("Wali Kota Banyuasri Hendra Wiratama, Senin (5/10/2020) sore menyatakan banjir sudah surut.",
     "Hendra Wiratama", "Wali Kota Banyuasri"),
    # an age written as a bare number between commas
    ("Siti Maimunah, 36, wali murid kelas III SDN Kemiri 2, mengaku anak sulungnya sempat dirawat.",
     "Siti Maimunah", "wali murid kelas III SDN Kemiri 2"),
])
def test_a_name_then_what_the_person_is_before_the_verb(extract, text, speaker, role):
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == (speaker, role)


def test_names_in_a_subject_set_off_before_a_clitic_cue_are_not_its_speaker(extract):
    # the subject is what the speaker spoke of: "Stabilisasi Pasokan" is no one who speaks
    text = ("Kepala Badan Pangan Nasional Teguh Santoso Wibowo menggelar konferensi pers, Senin.\n\n"
            "Penyaluran beras Stabilisasi Pasokan dan Harga Pangan (SPHP), lanjutnya, akan ditingkatkan "
            "menjadi 150.000 ton per bulan.")
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"]) == (
        "Penyaluran beras Stabilisasi Pasokan dan Harga Pangan (SPHP), lanjutnya, akan ditingkatkan menjadi "
        "150.000 ton per bulan", "Teguh Santoso Wibowo")


@pytest.mark.parametrize("introduction, name, role", [
    ("Direktur olahraga Juventus, Stefano Ricci, tidak menampik kabar itu.", "Stefano Ricci", "Direktur olahraga Juventus"),
    ("Camat Jabon, Rizal Effendi, hadir di lokasi sejak pagi.", "Rizal Effendi", "Camat Jabon"),
])
def test_a_title_and_one_capitalised_word_before_a_name_set_off_by_commas_is_its_role(extract, introduction, name, role):
    # (the word is where or what the role is, a club or a place, not a person before the name)
    surname = name.split()[-1]
    q = only(extract(f'{introduction}\n\n"Negosiasi masih berjalan," kata {surname}.'), type="direct")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == (name, role)


@pytest.mark.parametrize("introduction, name, role", [
    ("Ayah korban, Rusli (58), berharap para pelaku dihukum berat.", "Rusli", "Ayah korban"),
    # (without the words that make the person one of several)
    ("Salah seorang pekerja magang asal Cilacap, Siti Nurjanah (23), masih gemetar.", "Siti Nurjanah",
     "pekerja magang asal Cilacap"),
    ("Warga Desa Oenitas lainnya, Yuliana Pah (44), ikut mengungsi.", "Yuliana Pah", "Warga Desa Oenitas"),
    # (what the person is after the age says more than "one of the victims" before the name)
    ("Salah satu korban, Nining (31), karyawan toko di Tangerang, meminjam uang.", "Nining",
     "karyawan toko di Tangerang"),
    # (up to its relative clause)
    ("Keluhan serupa datang dari Rohmat (45), pedagang bumbu dapur yang losnya bersebelahan dengan Suparti.",
     "Rohmat", "pedagang bumbu dapur"),
])
def test_what_a_person_is_before_the_name_is_the_role(extract, introduction, name, role):
    # (a paragraph before: a role noun opening a paragraph is capitalised as a sentence's first word)
    text = f'Hujan turun sejak pagi.\n\n{introduction}\n\n"Kami takut sekali," kata {name.split()[0]}.'
    q = only(extract(text), type="direct")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == (name, role)


@pytest.mark.parametrize("text, speaker", [
    ("Ketua Umum Persatuan Adat Dayak Kenyah (PADK) Kaltim Jalung Anyeq, yang tinggal di Long Bagun, Kabupaten Mahakam "
     "Ulu, juga memastikan upacara itu masih digelar.", "Jalung Anyeq"),          # a relative clause
    ("Kuasa hukum terdakwa, Bonifasius Sitorus, yang ditemui terpisah, balik menyebut transfer itu "
     "merupakan pembayaran utang pribadi.", "Bonifasius Sitorus"),                  # ... and an adverb
    ("Kepala Dinas Sosial Kota Cilegon Rina Puspasari, dihubungi kemarin, mengatakan penyaluran bantuan tetap "
     "berjalan selama libur sekolah.", "Rina Puspasari"),                           # a passive adjunct
    ("Peneliti Wahyu Ardiansyah dalam tulisannya di Jurnal Kebijakan Pesisir, Maret 2021, juga "
     "menyimpulkan banyak kelemahan pada sistem peringatan itu.", "Wahyu Ardiansyah"),  # a date
    ("Sarjono (52), warga Desa Sukamaju, Kabupaten Lampung Selatan, mengatakan harga gabah turun.",
     "Sarjono"),                                                                     # a place
    ("Ketua Komisi II DPR Bambang Prakoso membuka rapat dengan menyampaikan usulan itu belum final.",
     "Bambang Prakoso"),                                                             # the person's own verb
    ("Ketua KPU Jawa Barat Ahmad Fauzi selama ini menyatakan tahapan pemilu berjalan sesuai jadwal.",
     "Ahmad Fauzi"),                                                                 # how long, up to "ini"
    ("Ketua KPU Jawa Barat Ahmad Fauzi sejak awal menyatakan tahapan pemilu berjalan sesuai jadwal.",
     "Ahmad Fauzi"),
    ("Ketua KPU Jawa Barat Ahmad Fauzi kerap menyatakan tahapan pemilu berjalan sesuai jadwal.",
     "Ahmad Fauzi"),                                                                 # how often
])
def test_what_stands_between_the_subject_and_its_verb(extract, text, speaker):
    assert only(extract(text), type="indirect")["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, speaker, role", [
    ('"Campak itu sangat menular," kata Ketua Umum IDAI Dr. dr. Fransiska Hutapea, Sp.A(K), dalam rapat itu.',
     "Fransiska Hutapea", "Ketua Umum IDAI"),
    ("Direktur RSPI Sulianti Saroso, dr. I Made Wirawan Putra, Sp.P, mengatakan rumah sakitnya telah siap.",
     "I Made Wirawan Putra", "Direktur RSPI Sulianti Saroso"),
    ("Guru besar FKUI, Prof. Dr. dr. Ratna Kusumawardani, Sp.PD-KPTI, menilai risiko penularan masih rendah.",
     "Ratna Kusumawardani", "Guru besar FKUI"),
    # a master's degree of one field word ("M.Or.", "M.Kep.") or one letter ("M.E.") after the name
    ("Pengamat olahraga Universitas Negeri Semarang, Dr. Rizal Fahmi, M.Or., menilai anggaran bukan kunci prestasi.",
     "Rizal Fahmi", "Pengamat olahraga Universitas Negeri Semarang"),
    ("Ekonom Indef, Dr. Yusuf Rendra Kusuma, M.E., menilai klub terlalu bergantung pada sponsor.",
     "Yusuf Rendra Kusuma", "Ekonom Indef"),
    ("Ketua Ikatan Perawat Kota Blitar, Sri Handayani, M.Kep., mengatakan perawat sudah kelelahan.",
     "Sri Handayani", "Ketua Ikatan Perawat Kota Blitar"),
    # Acehnese and Malay honorifics
    ("Keuchik Gampong Lamteh, Tgk Ridwan Saputra, mengatakan bantuan sudah tiba.", "Ridwan Saputra", "Keuchik Gampong Lamteh"),
    ("Ketua Polis Johor, Datuk Kamarul Zaman Yusof, mengatakan dua tersangka ditahan.", "Kamarul Zaman Yusof",
     "Ketua Polis Johor"),
    # a pastor's title
    ("Ketua Klasis Baliem, Pendeta Markus Tabuni, mengatakan warga diminta tenang.", "Markus Tabuni",
     "Ketua Klasis Baliem"),
    # Javanese and Sundanese words of address for elders and artists
    ("Dalang senior Ki Joko Santosa (64) mengatakan jumlah peserta tahun ini naik dua kali lipat.", "Joko Santosa",
     "Dalang senior"),
    ("Pedagang sayur Nyi Imas Masitoh mengatakan omzetnya turun karena pengendara enggan berhenti.", "Imas Masitoh",
     "Pedagang sayur"),
    # a Timorese noble's title; a Malaysian director's, and an Iban name's "anak" (son of)
    ("Tokoh adat Amanuban, Usif Kornelis Nabuasa, mengatakan para kepala desa lebih aktif.", "Kornelis Nabuasa",
     "Tokoh adat Amanuban"),
    ("Pengarah KPDN Sarawak, Stanley Jugah anak Nyambong, mengatakan barang bersubsidi untuk rakyat Malaysia.",
     "Stanley Jugah anak Nyambong", "Pengarah KPDN Sarawak"),
])
def test_honorifics_and_degrees_around_a_name(extract, text, speaker, role):
    q = extract(text)["quotes"][0]
    assert (q["speaker"]["name"], q["speaker"]["role"]) == (speaker, role)


@pytest.mark.parametrize("text, content", [
    ("Kepala Dinas Pendidikan Asep Saepul Rohman meninjau dapur sekolah. Sejumlah orang tua siswa mendatangi "
     "sekolah itu pada Senin. Mereka berharap pemerintah memperbaiki standar dapur.",
     "pemerintah memperbaiki standar dapur"),
    ("Kepala Dinas Pendidikan Asep Saepul Rohman meninjau dapur sekolah. Sejumlah orang tua siswa mendatangi "
     "sekolah itu pada Senin. Para orang tua itu mengatakan anak mereka sakit perut.", "anak mereka sakit perut"),
])
def test_mereka_and_a_group_with_itu_refer_to_the_group(extract, text, content):
    q = quote_of(extract(text), content)
    assert q["speaker"]["name"] == "Sejumlah orang tua siswa"  # as written


def test_mereka_after_a_party_of_travellers_opening_a_sentence_is_that_party(extract):
    text = ("Di halaman masjid, rombongan jemaah asal Cimahi yang datang dengan tiga mobil bak terbuka tampak berswafoto. "
            "Mereka mengaku sengaja berangkat pukul tiga dini hari agar kebagian tempat.")
    assert quote_of(extract(text), "sengaja berangkat")["speaker"]["name"] == "rombongan jemaah asal Cimahi"


def test_a_group_of_a_doubled_word_is_named_whole(extract):
    text = ("Puluhan mama-mama penjual noken yang berjajar di tepi lapangan menyambut baik imbauan itu. Mereka mengatakan "
            "pembeli dari luar kota makin banyak.")
    assert quote_of(extract(text), "pembeli dari")["speaker"]["name"] == "Puluhan mama-mama penjual noken"


@pytest.mark.parametrize("text, group", [
    ("Kantor berita AFP mewawancarai sejumlah nelayan di Provinsi Palawan. Mereka mengaku semakin sulit melaut.",
     "sejumlah nelayan di Provinsi Palawan"),
    ("Wartawan kami menemui para petani di Subang. Mereka mengaku harga gabah turun.", "para petani di Subang"),
    # a group that opens the sentence is its subject: whom "mereka" means, not the group after the verb
    ("Sejumlah warga mendatangi kantor bupati dan menemui para pejabat dinas. Mereka mengaku jalan sudah lama rusak.",
     "Sejumlah warga"),
])
def test_mereka_may_be_people_named_as_a_verbs_object(extract, text, group):
    assert quote_of(extract(text), "")["speaker"]["name"] == group


@pytest.mark.parametrize("text, group", [
    ("Sejumlah pedagang di Pasar Pucang Anom mengaku pembeli kini lebih banyak menawar.",
     "Sejumlah pedagang di Pasar Pucang Anom"),
    ("Sejumlah pedagang di Pasar Induk Beras Cipinang mengeluhkan pasokan. Mereka menyebut sebagian penggilingan "
     "menahan stok.", "Sejumlah pedagang di Pasar Induk Beras Cipinang"),
    # (an area's word before the place, "sekitar", "kawasan", "wilayah"; up to a relative clause)
    ("Sejumlah warga di sekitar Jalan Gajah Mada mengatakan suara knalpot kerap membangunkan mereka.",
     "Sejumlah warga di sekitar Jalan Gajah Mada"),
    ("Para ahli meteorologi di kawasan Pasifik menilai curah hujan ekstrem tahun ini berbahaya.",
     "Para ahli meteorologi di kawasan Pasifik"),
    ("Sejumlah pelaku usaha di Ubud yang ditemui detikBali berharap kenaikan pungutan tidak membuat wisatawan kabur.",
     "Sejumlah pelaku usaha di Ubud"),
    # (not where the place is no capitalised one, nor past the group's own verb)
    ("Sejumlah orang tua siswa di SD penerima program mengaku kini membekali anak.", "Sejumlah orang tua siswa"),
    ("Sejumlah warga Desa Naiboko mendatangi Kantor Kejari Belu di Jalan Ahmad Yani dan meminta kasus itu diusut.",
     "Sejumlah warga Desa Naiboko"),
    # (nor past a word of its predicate that is no verb)
    ("Para pemain sangat kecewa dengan hasil itu. Mereka menilai wasit terlalu cepat meniup peluit.", "Para pemain"),
    ("Banyak pembudidaya enggan menjual ke koperasi. Mereka menyebut harga pengepul lebih tinggi.", "Banyak pembudidaya"),
])
def test_a_group_is_who_and_where_they_are(extract, text, group):
    assert extract(text)["quotes"][-1]["speaker"]["name"] == group

def test_a_place_word_inside_a_name_is_a_word_of_the_name(extract):
    # "Tanjung" is a cape, and a name: after a first name it is the latter
    text = ("Kuasa hukum pasangan calon nomor urut 2, Faisal Tanjung Mardani, meminta agar Bawaslu tidak ragu "
            "mendiskualifikasi pasangan calon yang terbukti melakukan politik uang.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Faisal Tanjung Mardani"


def test_a_name_then_where_the_person_is_from(extract):
    text = "Dodi Kurniawan Hasibuan dari Fraksi Partai Golkar menilai jawaban menteri belum menyentuh akar persoalan."
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Dodi Kurniawan Hasibuan", "Fraksi Partai Golkar")


@pytest.mark.parametrize("subject, name, role", [
    ("Peneliti Budi Santoso dari Lembaga Ilmu Pengetahuan Indonesia", "Budi Santoso", "Peneliti"),
    ("Pendeta Markus Lokobal dari Gereja Kemah Injil Indonesia (GKII) Klasis Kurulu", "Markus Lokobal",
     "Gereja Kemah Injil Indonesia (GKII) Klasis Kurulu"),
    # a title alone before "dari" is a role that runs on to the name
    ("Anggota Komisi IV dari Fraksi Partai Gerindra Sulaiman Hasibuan", "Sulaiman Hasibuan", None),
])
def test_a_titled_name_then_where_the_person_is_from(extract, subject, name, role):
    q = only(extract(f"{subject} mengatakan banjir sudah mulai surut."), type="indirect")
    assert q["speaker"]["name"] == name
    assert role is None or q["speaker"]["role"] == role


def test_a_list_of_names_is_no_name_with_a_description(extract):
    text = "Baik Suparman, Yudi, maupun Engkus berharap usaha kerupuk ini bisa bertahan."
    assert all(q["speaker"]["name"] != "Yudi" for q in extract(text)["quotes"])


def test_role_alone_resolves_to_person_named_nearby(extract):
    text = ("Bupati Sleman memastikan sudah ada 14 desa yang kembali teraliri listrik. Dua hari sebelumnya, "
            "Hartono mengumumkan petugasnya telah memulihkan 9 desa.")
    rec = extract(text)
    assert {q["speaker"]["name"] for q in rec["quotes"]} == {"Hartono"}


def test_acronym_resolves_to_long_form(extract):
    text = ("Komisi Pemberantasan Korupsi (KPK) memeriksa tiga saksi pada Senin.\n\n"
            "KPK menegaskan penyidikan akan terus berjalan tanpa intervensi.")
    q = only(extract(text), type="indirect")
    assert q["speaker"]["name"] == "Komisi Pemberantasan Korupsi"
    assert q["speaker"]["kind"] == "organization"


def test_group_speaker(extract):
    q = only(extract("Sejumlah warga mengatakan air sudah surut sejak pagi tadi."), type="indirect")
    assert q["speaker"]["kind"] == "group"


@pytest.mark.parametrize("text, speaker, role", [
    ('"Hasilnya negatif," kata Mahsun dari KKP Kelas II Ambon.', "Mahsun", None),
    ('"Kami siaga," kata Camat Cikupa, Kabupaten Tangerang, Fikri Mulyadi.', "Fikri Mulyadi",
     "Camat Cikupa, Kabupaten Tangerang"),
    ('"Kapal sudah berangkat," kata Panglima TNI. Kapal itu tiba besok.', "Panglima TNI", "Panglima TNI"),
    ('Pelatih tim tamu memuji lawan. "Mereka bermain bagus," kata pelatih Persebaya Arif Setiawan. '
     '"Kami kalah," kata Arif lagi.', "Arif Setiawan", "pelatih Persebaya"),
    ('"Kami patuh," ujar Inspektur Jenderal Kemendagri Hendrik Pattiasina.', "Hendrik Pattiasina", None),
    ('"Stok aman," kata Kepala Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas) Erika Damanik.',
     "Erika Damanik", None),
    # a name particle keeps the name whole, though the article also writes "Vries" alone
    ('"Kami menang," kata pelatih Timnas Indonesia Ruud van der Vries. Vries memuji lini belakang. '
     '"Mereka disiplin," ujar Vries.', "Ruud van der Vries", "pelatih Timnas Indonesia"),
])
def test_names_and_roles(extract, text, speaker, role):
    q = extract(text)["quotes"][0]
    assert q["speaker"]["name"] == speaker
    if role is not None:
        assert q["speaker"]["role"] == role


@pytest.mark.parametrize("club", ["Fiorentina", "Borussia Dortmund", "Al Nassr", "Bayern Muenchen", "Tottenham Hotspur"])
def test_a_club_between_the_title_and_the_name_is_part_of_the_role(extract, club):
    # (sport news writes "pelatih <club> <name>": the club's words are no part of the name)
    text = f"Di kubu lawan, pelatih {club} Rafael Sanchez mengakui timnya kalah kelas pada babak pertama."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Rafael Sanchez", f"pelatih {club}")


@pytest.mark.parametrize("role, name", [
    ("politikus Partai Golkar", "Budi Santoso"), ("Ketua DPP Partai Gerindra", "Ahmad Muzani"),
    ("Sekjen Partai NasDem", "Hermawi Taslim"), ("anggota Fraksi Partai Demokrat", "Lee Sang-jin"),
])
def test_a_partys_name_between_the_title_and_the_name_is_part_of_the_role(extract, role, name):
    speaker = only(extract(f'"Kami menolak rancangan itu," kata {role} {name}.'), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == (name, role)


def test_whose_coach_is_no_coach_himself(extract):
    # ("Pelatih Nadia di PB Garuda Muria, Agus Priyanto,": the role runs on to the name set off after it)
    text = ("Nadia Putri Maharani menjuarai turnamen itu.\n\nPelatih Nadia di PB Garuda Muria, Agus Priyanto, menilai "
            "anak didiknya unggul dalam ketenangan. Sang pelatih bercerita, Nadia pernah kalah 0-21 saat berusia sepuluh tahun.")
    assert quote_of(extract(text), "Nadia pernah kalah")["speaker"]["name"] == "Agus Priyanto"


def test_a_role_that_goes_on_to_a_place_keeps_its_holder(extract):
    text = ("Menteri Keuangan Sri Mulyani Indrawati di Gedung DPR, Jakarta Pusat, Senin, menjelaskan defisit anggaran. "
            '"Defisit masih terkendali," kata Sri Mulyani.')
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Sri Mulyani Indrawati", "Menteri Keuangan")


@pytest.mark.parametrize("opening, name", [
    ("Kejaksaan Negeri Grobogan menahan Sutrisno. ", "Kejaksaan Negeri Grobogan"),
    ("Pengacara Budi Santoso membantah dakwaan. ", "kejaksaan"),  # (no such body named: itself)
])
def test_a_body_noun_alone_after_menurut_speaks_for_the_body(extract, opening, name):
    text = opening + "Sebagian dana itu, menurut kejaksaan, dipakai terdakwa untuk membayar utang biaya kampanye."
    speaker = quote_of(extract(text), "Sebagian dana itu")["speaker"]
    assert (speaker["name"], speaker["kind"]) == (name, "organization")


@pytest.mark.parametrize("role", ["Direktur Utama Perusahaan Umum Daerah (Perumda) Air Minum Tirta Kalimaya",
                                  "Direktur Utama PT Pertamina Patra Niaga"])
def test_sang_before_a_title_in_capitals_is_whom_the_article_gave_it(extract, role):
    text = (f"Di tempat terpisah, {role}, Marthen Lodewyk Benu, mengakui pasokan air berkurang.\n\n"
            "Sang Dirut meminta agar pelanggan bersabar dan menghemat penggunaan air.")
    speaker = quote_of(extract(text), "pelanggan bersabar")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Marthen Lodewyk Benu", role)


@pytest.mark.parametrize("role, name", [
    ("Direktur Jenderal Otonomi Daerah (Dirjen Otda) Kemendagri", "Agus Fathurrahman"),
    ("Peneliti Perkumpulan untuk Pemilu dan Demokrasi (Perludem)", "Nurul Azizah Lubis"),
    ("Ketua DPP Partai Amanat Nasional (PAN)", "Ahmad Yani Hakim"),
    ("Ekonom Center for Regional Fiscal Studies (CRFS)", "Rizal Hendrawan"),
])
def test_a_short_form_in_parentheses_inside_a_role_keeps_the_role_whole(extract, role, name):
    # (and the role's short form said later is the person: "ucap Dirjen Otda")
    text = (f"Menanggapi hal itu, {role} {name} mengatakan pihaknya memantau laporan itu.\n\n"
            '"Kalau terbukti, sanksinya berat," ucap Dirjen Otda.')
    quotes = extract(text)["quotes"]
    first = quote_of({"quotes": quotes}, "pihaknya memantau")["speaker"]
    assert (first["name"], first["role"]) == (name, role)
    if "Otda" in role:
        assert quote_of({"quotes": quotes}, "Kalau terbukti")["speaker"]["name"] == name


@pytest.mark.parametrize("opening, name, role", [
    ("Pengamat politik Exposit Strategic Arif Susanto", "Arif Susanto", "Pengamat politik Exposit Strategic"),
    ("Pelatih ganda putra Hendrawan Setiadi", "Hendrawan Setiadi", "Pelatih ganda putra"),
])
def test_a_title_and_its_field_in_lower_case_before_the_capitals_give_the_role(extract, opening, name, role):
    text = f"{opening} ikut hadir dalam acara itu.\n\n" + '"Kami menunggu hasilnya," kata ' + name.split()[0] + "."
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == (name, role)


@pytest.mark.parametrize("adverb", ["sebaliknya", "akibatnya", "sayangnya"])
def test_an_adverb_set_off_after_a_name_is_no_role(extract, adverb):
    text = f"Kevin Mamahit, {adverb}, mengaku timnya masih punya peluang lolos ke babak berikutnya."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Kevin Mamahit", None)


def test_utama_completing_a_title_is_no_rank(extract):
    text = ("Tenaga Ahli Utama Kantor Staf Presiden (KSP) Ronny Hasiholan Tambunan memastikan isu yang beredar "
            "di media sosial tidak berdasar.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Ronny Hasiholan Tambunan", "Tenaga Ahli Utama Kantor Staf Presiden (KSP)")


@pytest.mark.parametrize("intro", ["Kapolrestabes Medan Kombes Teguh Santoso Wibowo",
                                   "Kepala Kepolisian Resor Kota Besar (Kapolrestabes) Medan Kombes Pol. Teguh Santoso Wibowo"])
def test_kapolrestabes_alone_is_the_officer_the_article_named(extract, intro):
    # ("Kapolrestabes" is a title; "Pol." after a rank is the rank's, no name)
    text = (f"{intro} memimpin penggerebekan itu. Dihubungi terpisah, Kapolrestabes mengatakan polisi masih "
            "memburu dua orang pengendali jaringan tersebut.")
    assert quote_of(extract(text), "polisi masih")["speaker"]["name"] == "Teguh Santoso Wibowo"


@pytest.mark.parametrize("title", ["Danyon", "Kepsek", "Wamen", "Kasipidsus", "Wakajati", "Kadus", "Stafsus", "Wadirut"])
def test_short_titles_of_units_schools_and_prosecutors_are_titles(extract, title):
    speaker = only(extract(f'"Kami siaga," kata {title} Budi Santoso.'), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Budi Santoso", title)


@pytest.mark.parametrize("noun", ["pesepakbola", "pebulutangkis", "pensiunan guru", "nasabah"])
def test_athletes_and_residents_named_by_what_they_are_before_a_name(extract, noun):
    speaker = only(extract(f"Menurut {noun} Budi Santoso, bantuan belum pernah sampai ke desanya."), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Budi Santoso", noun)


@pytest.mark.parametrize("place", ["Boven Digoel", "Kutai Kartanegara", "Lombok Timur", "Samosir"])
def test_a_regency_between_a_title_and_a_name_is_part_of_the_role(extract, place):
    speaker = only(extract(f'"Kami siaga," ujar Bupati {place} Budi Santoso.'), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Budi Santoso", f"Bupati {place}")


@pytest.mark.parametrize("text, name", [
    # a list inside the role: no one named "Anak Usia Dini"
    ("Direktur Jenderal Pendidikan Anak Usia Dini, Pendidikan Dasar, dan Pendidikan Menengah Gunawan Susilo "
     "meninjau sekolah itu. Sang dirjen mengingatkan, sanksi bagi pemalsu dokumen tidak ringan.", "Gunawan Susilo"),
    # people listed, each with a title: the first keeps his
    ("Hadir Deputi Pencegahan KPK Arman Siswanto, Gubernur Jawa Timur Suryo Hadiwibowo, dan Bupati Pati Agus "
     "Setiadi. Sang deputi mengingatkan, pengawasan pengadaan dimulai sejak tahap perencanaan.", "Arman Siswanto"),
])
def test_a_list_inside_a_role_names_no_one_but_people_listed_keep_their_roles(extract, text, name):
    assert quote_of(extract(text), text.split(", ")[-1][:20])["speaker"]["name"] == name


def test_lagi_after_a_role_noun_is_no_part_of_the_speaker(extract):
    text = ('Sidang dipimpin Ketua Majelis Hakim Dr. Hendrik Simanjuntak, S.H., M.H. "Betul, Yang Mulia," jawab Lisa. '
            '"Berapa yang masih belum dikembalikan?" tanya hakim lagi.')
    assert quote_of(extract(text), "Berapa")["speaker"]["name"] == "Hendrik Simanjuntak"


def test_an_acronym_of_a_name_written_in_full_before_names_it(extract):
    text = ("Dewan Pimpinan Pusat Partai Demokrat menyatakan belum menerima tawaran. Dalam keterangan tertulisnya, "
            "DPP Demokrat menyebut semua opsi masih terbuka bagi partai.")
    assert quote_of(extract(text), "semua opsi")["speaker"]["name"] == "Dewan Pimpinan Pusat Partai Demokrat"


@pytest.mark.parametrize("name", ["Chelsea Islan", "Hilal Hilmawan", "Francesco Lo Monaco"])
def test_a_name_that_shares_a_word_with_a_club_stays_whole(extract, name):
    text = f"Produser {name} mengatakan film itu akan tayang bulan depan di bioskop seluruh Indonesia."
    assert only(extract(text), type="indirect")["speaker"]["name"] == name


def test_menurut_mid_sentence_takes_what_follows(extract):
    text = ("Menurut pengajar Ilmu Pemerintahan Universitas Negeri Semarang, Dimas Pratikno, undang-undang itu "
            "mencerminkan lemahnya fungsi pengawasan parlemen.")
    q = only(extract(text), type="indirect")
    assert q["speaker"]["name"] == "Dimas Pratikno"
    assert q["text"] == "undang-undang itu mencerminkan lemahnya fungsi pengawasan parlemen"


@pytest.mark.parametrize("text, speaker", [
    # a title word inside a name whose first word the article uses alone ("Hakim" of "Arif Hakim Lubis")
    ('Direktur Keuangan PT Sinar Laut Arif Hakim Lubis mengatakan laba naik. "Kami puas," kata Arif.', "Arif Hakim Lubis"),
    # a Balinese birth-order name opens the name, like "I" before it
    ('Kepala Dinas Pariwisata Provinsi Bali I Nyoman Wirata mengatakan upacara digelar besok. "Semua siap," ujar Wirata.', "I Nyoman Wirata"),
])
def test_name_words_that_are_also_titles_or_birth_order_names(extract, text, speaker):
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {speaker}


def test_a_title_after_a_name_word_stays_a_title_without_evidence(extract):
    text = 'Evaluasi Presiden Joko Widodo menyebut target tercapai. "Bagus," kata Presiden.'
    assert extract(text)["quotes"][0]["speaker"]["name"] != "Presiden Joko Widodo"


@pytest.mark.parametrize("text, speaker", [
    # the surname alone later does not cut off the first name written only before it
    ('Manajer Persikota Rendra Wahyudi Hartanto mengatakan tim siap. "Kami lapar," kata Hartanto. '
     'Menurut Hartanto, latihan ditambah.', "Rendra Wahyudi Hartanto"),
    ('Pelatih Persikota Marco Bellucci mengatakan tim siap. "Kami lapar," kata Bellucci. '
     'Menurut Bellucci, latihan ditambah.', "Marco Bellucci"),
    # ... but a club or party named elsewhere too stays out of the name
    ('Ketua Umum Partai Garuda Emas Hasanuddin Rasyid mengatakan koalisi solid. Partai Garuda Emas siap. '
     '"Kami solid," kata Hasanuddin.', "Hasanuddin Rasyid"),
    # ... nor does the first of two surnames, after the country a minister serves
    ('Menteri Energi dan Pertambangan Peru Ricardo Salcedo Quispe mengatakan pemerintah membuka dialog. '
     '"Kami menghormati hak warga," kata Salcedo.', "Ricardo Salcedo Quispe"),
    # ... nor a Butonese name's "Ode" (La Ode, Wa Ode), another's name's word as well
    ('Wakil Ketua DPRD Sultra Yusran Ode Kaimuddin menilai langkah dewan wajar. Petani Wa Ode Nurhayati (46) '
     'hadir. "Ini bukan soal politik," kata Yusran.', "Yusran Ode Kaimuddin"),
    # ... nor does a short form of first name and surname (a headline's) cut off the first
    ('Jaksa Tuntut Bupati Labuhanbatu Selatan Edy Saragih\n\nBupati Labuhanbatu Selatan Edy Kurniawan Saragih '
     'mengatakan semua dana sudah dikembalikan ke kas daerah.', "Edy Kurniawan Saragih"),
    # ... and a common first name before a word used alone opens the name, after a body's own word
    ('Pengamat politik Universitas Paramadina Ahmad Zaki Mubarak menilai isu itu sengaja diembuskan. '
     '"Pola seperti ini sering terjadi," kata Zaki.', "Ahmad Zaki Mubarak"),
    # ... nor the Chinese surname that opens a Chinese-Indonesian name, its given names used alone later
    ('Di Pasar Induk Cipinang, pedagang beras Tan Siok Lan (61) mengatakan harga beras naik. '
     '"Pasokan dari Karawang berkurang," ujar Siok Lan.', "Tan Siok Lan"),
    # ... nor a surname of two words written alone whole, nor the surname with its particle, whatever
    # the first name (one the language lists or not)
    ('"Ekonomi dunia tangguh," kata Wakil Direktur Departemen Riset IMF Joaquim Conceição Ferreira. '
     'Menurut Conceição Ferreira, tarif yang lebih tinggi menekan pertumbuhan.', "Joaquim Conceição Ferreira"),
    ('Anggota Dewan Gubernur The Fed Ignacio Manuel de la Fuente menjelaskan sikapnya. The Fed menyatakan hal '
     'itu. "Pasar tenaga kerja melemah," kata De la Fuente.', "Ignacio Manuel de la Fuente"),
])
def test_a_surname_alone_keeps_its_first_name(extract, text, speaker):
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {speaker}


@pytest.mark.parametrize("text, speaker, role", [
    ("Rahmat Sitepu selaku Ketua Panitia Pemilihan mengatakan, seluruh kotak suara sudah kembali.",
     "Rahmat Sitepu", "Ketua Panitia Pemilihan"),
    ("Badan Pengawas Obat dan Makanan selaku regulator memastikan, produk itu telah ditarik.",
     "Badan Pengawas Obat dan Makanan", None),
])
def test_selaku_ends_the_subject_and_opens_its_role(extract, text, speaker, role):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == (speaker, role)


def test_a_short_form_in_parentheses_closes_the_organisation_before_a_name(extract):
    text = ("Chief Operating Officer PT Sinar Bahari Nusantara (SiBaNu) Yohana de Lima mengatakan kapal baru "
            "tiba pekan depan.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Yohana de Lima", "Chief Operating Officer PT Sinar Bahari Nusantara (SiBaNu)")


def test_a_body_named_by_a_role_keeps_no_short_form_in_its_name(extract):
    text = "Kepala Staf Gabungan (KSG) Filipina mengatakan latihan militer digelar pekan depan."
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Kepala Staf Gabungan Filipina"


@pytest.mark.parametrize("text, content, role", [
    ("Pelatih tinju Bonifasius Tarigan menyaksikan latihan Rafael. Menurut pria yang akrab disapa Bang Boni itu, "
     "kelemahan Rafael ada di tangan kiri.", "kelemahan Rafael ada di tangan kiri", "Pelatih tinju"),
    ("Pelatih ganda putra Hendrawan Setiadi memuji pasangan itu. Pria yang biasa dipanggil Koh Hen oleh para "
     "pemainnya itu menambahkan, Fajar akan bertolak ke Kumamoto.", "Fajar akan bertolak ke Kumamoto", "Pelatih ganda putra"),
])
def test_a_description_with_a_relative_clause_refers_back(extract, text, content, role):
    q = quote_of(extract(text), content)
    assert q["speaker"]["name"] in text.split(".")[0] and q["speaker"]["kind"] == "person"
    # "pria" says what, not which role: the role is the one the person was introduced with
    assert q["speaker"]["role"] == role



@pytest.mark.parametrize("description", [
    "Warga Kecamatan Tamalate yang sehari-hari berjualan kue itu",
    "Warga Desa Sukamaju yang sehari-hari berjualan kue itu",
])
def test_a_description_by_where_someone_lives_with_a_relative_clause_refers_back(extract, description):
    text = (f"Korban lain, Hasnawati (44), bahkan harus menjual motor satu-satunya. {description} menuturkan, "
            "arisan berhenti membayar sejak Mei.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["mention"]) == ("Hasnawati", description)

@pytest.mark.parametrize("text, speaker", [
    # the nickname a description gives is the person's
    ("Anggota Komisi IV Rahmat Hasudungan Siregar hadir. Politikus yang akrab disapa Bang Ucok itu meminta pemkot "
     'menormalisasi sungai. "Jangan salahkan hujan," kata Bang Ucok.', "Rahmat Hasudungan Siregar"),
    # a nickname after "alias" in marks
    ("Sorotan tertuju pada fragger Nusantara Vanguard, Rangga Putra Siregar alias ‘Kuro’, yang mencatat 61 "
     'eliminasi.\n\n"Eliminasi banyak tidak ada artinya kalau tim kalah," kata Kuro.', "Rangga Putra Siregar"),
    # "X, begitu Y biasa disapa"
    ('"Sudah jadi rahasia umum," tutur Mbah Karman, begitu Sukarman biasa disapa warga.', "Sukarman"),
    # "ia dikenal sebagai X": the end of the name of whom the pronoun means
    ("Warsinah (54), pedagang sayur di Pasar Srago, menata kangkung. Di pasar itu ia lebih dikenal sebagai Bu "
     'Sinah. Di sebelahnya, Sutarmi (61) menjual bayam.\n\n"Pasar ini rumah kedua saya," kata Bu Sinah.', "Warsinah"),
    # a name with an age, then a description with places in it, then the nickname
    ("Yohanes Kewa Lein (54), pembudidaya di Desa Oeseli, Kecamatan Rote Barat Daya, yang akrab disapa Ama "
     'Rofin, menyebut harga terus merosot.\n\n"Kami harus pinjam untuk beli bibit," kata Ama Rofin.', "Yohanes Kewa Lein"),
    ("Suwarti (55), pemilik usaha pindang di Dusun Sampangan, Desa Kedungrejo, yang dikenal dengan sapaan Mak Ti, "
     'mengaku kini harus membeli lemuru dari Jawa Tengah.\n\n"Harganya dua kali lipat," kata Mak Ti.', "Suwarti"),
    ('Warsidi (65), petani Desa Sukra yang oleh warga sekitar dijuluki "Pak Tani" karena sudah 40 tahun menggarap '
     'sawah, menyebut harga gabah turun.\n\nSambil menunjuk karung gabah, Pak Tani berkata, "Panennya bagus."', "Warsidi"),
    # "memanggilnya X": a name no one bears is the person's named just before (a teknonym: Rudi's grandmother)
    ("Rosmawati boru Sinaga (63) duduk di kolong rumah. Warga kampung memanggilnya Oppung Rudi, mengikuti nama "
     "cucu pertamanya. Menurut Oppung Rudi, menenun bukan sekadar pekerjaan.", "Rosmawati boru Sinaga"),
])
def test_nicknames_are_the_people_they_name(extract, text, speaker):
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {speaker}


def test_an_organisation_after_the_dateline_is_the_one_lembaga_itu_refers_to(extract):
    text = ("TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi (KPK) menahan Bupati Muara Jernih, Syamsul Rizal. "
            "Lembaga antirasuah itu menyebut Syamsul diduga menerima uang pelicin.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["kind"]) == ("Komisi Pemberantasan Korupsi", "organization")


def test_a_dateline_glued_to_the_first_word_is_no_part_of_a_name(extract):
    text = ("KENDARI, KOMPAS-Bupati Muna Rusman Emba meminta warga tetap tenang. Rusman menyebut stok beras "
            "di gudang masih cukup untuk tiga bulan.")
    speakers = [(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]]
    assert speakers == [("Rusman Emba", "Bupati Muna")] * 2


def test_the_title_of_a_law_names_no_one(extract):
    text = ("Rusli Manurung, Ketua Serikat Nelayan, menilai sejumlah pasal itu merugikan nelayan kecil. Aturan itu "
            "termuat dalam Undang-Undang Nomor 7 Tahun 2016 tentang Perlindungan dan Pemberdayaan Nelayan. "
            '"Suara nelayan tradisional tidak didengar," katanya.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Rusli Manurung"


@pytest.mark.parametrize("subject, role", [
    ("Dani Setiawan, Ketua KNTI,", "Ketua KNTI"),
    ("Dani Setiawan, Direktur Eksekutif Walhi Jawa Barat,", "Direktur Eksekutif Walhi Jawa Barat"),
    ("Dani Setiawan, Ketua Serikat Nelayan,", "Ketua Serikat Nelayan"),   # "Nelayan" names no one
    ("Dani Setiawan, ketua serikat nelayan,", "ketua serikat nelayan"),
    ("Ketua Serikat Nelayan, Dani Setiawan,", "Ketua Serikat Nelayan"),
])
def test_a_name_then_its_role_set_off_by_commas_is_the_speaker(extract, subject, role):
    sp = only(extract(f"{subject} menilai sejumlah pasal itu merugikan nelayan kecil."), type="indirect")["speaker"]
    assert (sp["mention"], sp["name"], sp["role"]) == ("Dani Setiawan", "Dani Setiawan", role)


def test_a_one_word_name_set_off_after_a_role_is_someone_a_pronoun_may_mean(extract):
    text = ("Imam Besar Masjid Al-Akbar Ahmad Zubaidi menyatakan masjid akan dibuka bertahap. Anggota "
            "pengurus Masjid Al-Falah, Sukarni, juga menunggu petunjuk teknis soal salat Idul Adha. "
            '"Kami menyiapkan tanda jarak di setiap saf," katanya.')
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["name"], sp["role"]) == ("Sukarni", "Anggota pengurus Masjid Al-Falah")


def test_a_capitalised_role_after_a_full_name_holds_no_name_of_its_own(extract):
    text = ("Yosua Manurung, Koordinator Bahari Kilat Boat untuk Pulau Tidung, juga menyampaikan harapan serupa. "
            '"Sekarang kapal sudah jalan lagi," tuturnya. Bahari Kilat berlayar tiga kali seminggu.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Yosua Manurung"


def test_the_subject_after_opening_adjuncts_is_the_one_an_anaphor_means(extract):
    # the adjuncts before the subject hold a preposition ("dengan"), and Ratna is named in a relative
    # clause whose verb comes after a time ("sehari sebelumnya")
    text = ("Menteri Keuangan Ratna Kusumaningrum menyoroti dampak pelemahan harga komoditas.\n\n"
            "Dalam rapat kerja dengan Komisi VI DPR, Rabu (16/10/2024), Menteri Perdagangan Yoga Pramudya "
            "menanggapi kekhawatiran soal tarif impor Amerika Serikat, isu yang sehari sebelumnya juga disinggung "
            "Ratna. Sang menteri memastikan Indonesia tidak akan membalas dengan kebijakan serupa.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Yoga Pramudya"


def test_a_person_named_inside_the_description_of_the_subject_is_not_the_subject(extract):
    text = ("Polisi memanggil Hendro Saputro untuk kedua kalinya. Saat dikonfirmasi, Bayu Anggara, kuasa hukum "
            'YPMI dan Hendro Saputro, menyatakan kliennya akan memenuhi panggilan berikutnya. "Kami kooperatif," ujarnya.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Bayu Anggara"


def test_a_company_name_before_a_person_ends_where_the_article_uses_the_person_alone(extract):
    text = ("Area Supervisor PT Sinar Pusaka Niaga Nusantara Ridwan Hamzani menuturkan, persiapan pembukaan "
            "gerai sudah beres. Padahal, sebelum renovasi, lanjut Ridwan, gerai ini selalu penuh pembeli.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Ridwan Hamzani"}


def test_someone_named_beside_the_subject_is_not_whom_ia_means(extract):
    text = ("Gelandang Dimas Aryaguna duduk di samping Rodrigo Falcao. Ia mengaku sudah tidak sabar tampil di laga "
            "derbi pertamanya bersama Persib.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Dimas Aryaguna"


@pytest.mark.parametrize("text, speaker", [
    ('"Arus modal akan terus keluar," kata ekonom senior di sebuah bank investasi di Singapura, Michael Tan, '
     'kepada Reuters.', ("Michael Tan", "ekonom senior di sebuah bank investasi di Singapura")),
    ('"Arus modal akan terus keluar," kata ekonom senior di Jakarta, Senin (5/10).', ("ekonom senior", None)),
])
def test_a_name_after_a_description_of_where_someone_works_is_the_speaker(extract, text, speaker):
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["name"], sp["role"]) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Kepala Dinas Pariwisata NTB Lalu Mohammad Faozal menyebut kunjungan wisatawan naik.",
     ("Lalu Mohammad Faozal", "Kepala Dinas Pariwisata NTB")),     # a Sasak name's first word
    ("Kepala Satuan Lalu Lintas Polres Sleman AKP Budi Santoso mengatakan jalan itu akan ditutup dua hari.",
     ("Budi Santoso", "Kepala Satuan Lalu Lintas Polres Sleman")),  # ... and traffic, in a role
])
def test_lalu_starts_a_name_or_names_traffic(extract, text, speaker):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == speaker


def test_a_capitalised_word_that_ends_an_organisations_name_is_of_it(extract):
    text = "PT Liga Indonesia Baru menyatakan jadwal liga tidak berubah meski hujan deras."
    assert only(extract(text), type="indirect")["speaker"]["name"] == "PT Liga Indonesia Baru"


@pytest.mark.parametrize("text, speaker", [
    ("Pelatih tunggal putri pelatnas PBSI, Imam Wicaksono, menilai kemenangan Nadia lahir dari kematangan "
     "mental. Imam mengaku sempat khawatir ketika Nadia kehilangan gim kedua.", "Imam Wicaksono"),
    ("Menurut Kapolsek Bogor Tengah Komisaris Imam Santoso, polisi belum yakin video itu asli. Namun, Imam mengakui "
     "warga sudah berkali-kali melaporkan balap liar di jalan itu.", "Imam Santoso"),
    ("Imam Besar Masjid Istiqlal Nasaruddin Umar menyatakan masjid akan dibuka bertahap.", "Nasaruddin Umar"),
])
def test_a_title_that_is_also_a_first_name_starts_a_name(extract, text, speaker):
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Manajer Persis, Agung Wibisono, menyebut kemenangan itu modal penting. Agung juga mengatakan bonus "
     "sudah disiapkan.", ("Agung Wibisono", "Manajer Persis")),
    ("Ketua panitia Agung Wibisono mengatakan acara itu berjalan lancar.", ("Agung Wibisono", "Ketua panitia")),
    ("Jaksa Agung Burhanuddin mengatakan kasus itu segera dilimpahkan.", ("Burhanuddin", "Jaksa Agung")),
    ("Kapolda Metro Jaya Irjen Karyoto mengatakan kasus itu segera dilimpahkan.", ("Karyoto", "Kapolda Metro Jaya")),
])
def test_a_role_word_that_is_also_a_first_name_opens_a_name_where_nothing_before_takes_it(extract, text, speaker):
    assert {(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Rapat kerja Komisi IX DPR RI dengan Menteri Kesehatan berlangsung hingga malam. Di ujung rapat, "
     "Komisi IX meminta agar kementerian menyerahkan kajian lengkap.", "Komisi IX DPR RI"),
    ("Dinas Kesehatan Sidoarjo mencatat 40 kasus baru. Dinas Kesehatan menyebut kasus itu menurun.",
     "Dinas Kesehatan Sidoarjo"),
    # (a country after it makes another body: the ministry of the article's own country stays as written)
    ("Kementerian Luar Negeri China memanggil duta besar. Kementerian Luar Negeri menyebut WNI di sana aman.",
     "Kementerian Luar Negeri"),
])
def test_a_body_named_short_is_the_whole_name_the_article_writes_with_its_parent_or_place(extract, text, speaker):
    assert only(extract(text), type="indirect")["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Hal serupa disampaikan Koalisi Masyarakat Sipil untuk Kodifikasi UU Pemilu dalam siaran pers. Koalisi "
     "menilai pembahasan yang dikebut berisiko mengulang kegaduhan.", "Koalisi Masyarakat Sipil untuk Kodifikasi UU Pemilu"),
    # (two bodies of that head: which one is meant, the head alone does not say)
    ("Aliansi Jurnalis Independen dan Aliansi Buruh Nasional menggelar aksi. Aliansi menilai aturan itu "
     "mengekang kebebasan pers.", "Aliansi"),
    # (nor is a person named after the body's name a word of it)
    ("Koalisi Pemantau Pemilu Rina Wahyuni mengatakan dana kampanye belum dilaporkan. Koalisi menilai aturan "
     "itu lemah. \"Tidak ada sanksi,\" kata Rina.", "Koalisi Pemantau Pemilu"),
])
def test_a_bodys_head_word_alone_is_the_one_body_the_article_names_with_it(extract, text, speaker):
    assert [q["speaker"]["name"] for q in extract(text)["quotes"] if q["text"].startswith("aturan itu")
            or q["text"].startswith("pembahasan")] == [speaker]


def test_a_role_describing_a_company_with_no_one_named_after_it_is_the_company(extract):
    text = "Operator kompetisi PT Liga Indonesia Baru (LIB) menyatakan rekaman VAR insiden itu akan dibuka."
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["kind"]) == ("PT Liga Indonesia Baru", "organization")


@pytest.mark.parametrize("text, speaker", [
    ("Pelaku pasar, menurut analis PT Cakra Valas Berjangka Hartono Liem, masih menunggu data inflasi AS.",
     ("Hartono Liem", "analis PT Cakra Valas Berjangka")),  # (after a word only companies are named with)
    ("Analis PT Cakra Valas Tama Hartono Liem mengatakan pelaku pasar masih menunggu data inflasi. \"Tunggu saja,\" "
     "kata Hartono.", ("Hartono Liem", "Analis PT Cakra Valas Tama")),  # (at a word the article uses alone)
])
def test_a_name_after_a_companys_in_a_role_starts_where_the_company_ends(extract, text, speaker):
    assert {(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # (a place after "PT" is a word of the company's name, not the end of a role)
    ("Direktur PT Jawa Manis Lestari menyatakan perluasan lahan dilakukan berdasarkan izin yang sah.",
     ("PT Jawa Manis Lestari", None, "organization")),
    ("Manajemen PT Sumba Manis Lestari menyatakan perluasan lahan dilakukan berdasarkan izin yang sah.",
     ("Manajemen PT Sumba Manis Lestari", None, "organization")),
    ("Manajemen PT Makmur Manis Lestari menyatakan perluasan lahan dilakukan berdasarkan izin yang sah.",
     ("Manajemen PT Makmur Manis Lestari", None, "organization")),
])
def test_the_words_after_a_company_head_are_the_companys_name_not_a_persons(extract, text, speaker):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"], sp["kind"]) == speaker


def test_the_words_after_a_company_head_in_a_role_are_the_companys_not_a_persons(extract):
    text = ("Kuasa hukum PT Samudra Selaras Properti, Yohanes de Rozari, membantah tudingan tersebut. Ia mengatakan "
            "kliennya memperoleh lahan itu secara sah.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Yohanes de Rozari", "Kuasa hukum PT Samudra Selaras Properti")


@pytest.mark.parametrize("text, speaker", [
    ("Haji Mansur Effendi mengatakan omzetnya turun. \"Sepi sekali,\" kata Mansur.", ("Mansur Effendi", None)),
    # (written out after a place noun, the honorific is of the place's name)
    ("Kepala Seksi Pelayanan Asrama Haji Kota Tangerang Endang Suhendar Sopandi menambahkan, kamar di asrama itu "
     "sudah disterilkan.", ("Endang Suhendar Sopandi", "Kepala Seksi Pelayanan Asrama Haji Kota Tangerang")),
])
def test_haji_is_an_honorific_before_a_name(extract, text, speaker):
    assert {(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]} == {speaker}


def test_a_given_name_set_off_after_a_village_heads_role_is_the_holder_not_a_wider_place(extract):
    text = "Kepala Desa Rantau Keloyang, Syamsuddin, mengaku sudah berulang kali mengingatkan warga."
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Syamsuddin", "Kepala Desa Rantau Keloyang")


@pytest.mark.parametrize("text, name, role", [
    ("Kepala Desa Sumber Rejo, Paimin, mengatakan sawah warga kering sejak Mei.", "Paimin", "Kepala Desa Sumber Rejo"),
    ("Di pihak lain, petani Desa Karangsono Wetan, Warsito, 47 tahun, mengatakan sawahnya kering sejak Mei.",
     "Warsito", "petani Desa Karangsono Wetan"),
])
def test_a_word_no_list_knows_set_off_after_a_roles_place_is_the_holder(extract, text, name, role):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == (name, role)


@pytest.mark.parametrize("text", [
    "Seorang warga Rantau Keloyang mengatakan tambang beroperasi pada malam hari.",
    "Salah satu warga Toodyay mengatakan api datang terlalu cepat.",
    # ... and where they work or play: one of a body's people, however unknown the body
    "Salah satu pemain senior LavAni mengatakan gelar ini dipersembahkan untuk rekan setim yang cedera.",
    "Seorang guru SMPN mengatakan ujian digelar secara daring.",
])
def test_the_capitals_after_an_unnamed_resident_name_where_they_live(extract, text):
    sp = only(extract(text), type="indirect")["speaker"]
    assert sp["name"] == text[:text.index(" mengatakan")] and sp["role"] is None


def test_initials_after_a_naming_word_are_a_person_a_description_may_mean_with_no_clause_for_a_role(extract):
    text = ("Jombang - Polisi menangkap seorang pria berinisial HS (45) yang diduga menipu anggota arisan. Kapolres "
            "Jombang AKBP Rahmat Hidayat mengatakan, HS mengelola arisan itu sejak 2023. \"Awalnya lancar,\" kata "
            "Rahmat. Kepada penyidik, pria berusia 45 tahun itu mengaku uang dipakai untuk menutup utang.")
    sp = only(extract(text), text="uang dipakai untuk menutup utang")["speaker"]
    assert (sp["name"], sp["role"]) == ("HS", None)


@pytest.mark.parametrize("listed", ["LS (29) dan AH (33)", "LS, AH, dan MR", "LS dan AH"])
def test_initials_listed_after_a_naming_word_are_each_a_person_and_speak_together(extract, listed):
    text = (f"Polisi menangkap tersangka berinisial {listed} di sebuah kandang.\n\n"
            "Dalam pemeriksaan, LS dan AH mengaku dijanjikan upah Rp2 juta per ekor oleh seorang pria. "
            "Keduanya juga mengaku baru pertama kali terlibat pencurian ternak.")
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["LS dan AH", "LS dan AH"]

@pytest.mark.parametrize("initials", ["AS", "BS"])
def test_initials_with_an_age_are_a_person_whatever_else_the_letters_stand_for(extract, initials):
    text = f'Ia kerap menumpang kereta paling pagi. "Capek, tapi lebih murah daripada kos," kata {initials} (20).'
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["name"], sp["kind"]) == (initials, "person")


def test_an_age_in_a_description_says_nothing_of_whose_role_it_is(extract):
    text = ("Pelatih Persib, Marco van Heerden, mengaku puas dengan reaksi anak asuhnya.\n\n"
            "Di kubu lawan, pelatih Port FC asal Jepang, Kenji Matsuura, mengakui timnya kehilangan konsentrasi. "
            "\"Kami membuat dua kesalahan dan itu cukup untuk kalah,\" kata pelatih berusia 52 tahun itu.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Kenji Matsuura"


@pytest.mark.parametrize("text, speaker", [
    # ("Ns.", the nurse's title before a name: no sentence ends at its dot)
    ("Kepala Puskesmas Beru, Ns. Theresia Nogo Lewar, S.Kep., menjelaskan pengasapan tidak akan efektif.",
     ("Theresia Nogo Lewar", "Kepala Puskesmas Beru")),
    ("Atas putusan itu, JPU dari Kejaksaan Negeri (Kejari) Belawan, Friska Natalia Sembiring, menyatakan pihaknya "
     "masih pikir-pikir.", ("Friska Natalia Sembiring", "JPU dari Kejaksaan Negeri (Kejari) Belawan")),
])
def test_a_role_set_off_before_a_nurse_or_a_prosecutor_written_short(extract, text, speaker):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == speaker


def test_a_role_no_one_holds_is_whoever_the_nickname_after_it_shortens(extract):
    text = ("JAKARTA - Ketua Komisi II DPR Ir. H. Syamsul Bahri Nasution, M.Si. mengatakan, panja akan mengkaji opsi "
            "itu. \"Kami tidak menyiapkan jalan pintas,\" kata Syamsul di Senayan. Politikus Partai Golkar yang akrab "
            "disapa Bang Syamsul itu menyebut, pilkada langsung melahirkan pemimpin baik. Namun, ia mengingatkan, "
            "ratusan kepala daerah tersangkut korupsi.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Syamsul Bahri Nasution"}


def test_a_church_synod_is_a_body_that_speaks(extract):
    text = ("Sinode Gereja Kristen Injili (GKI) dalam pernyataan resminya menyatakan membuka posko bantuan di seluruh "
            "jemaat. Sinode juga menyerukan agar umat menggalang donasi bagi para korban.")
    assert {(q["speaker"]["name"], q["speaker"]["kind"]) for q in extract(text)["quotes"]} == {
        ("Sinode Gereja Kristen Injili", "organization")}


@pytest.mark.parametrize("text, speaker", [
    ("Salah satu pedagang cabai di Pasar Legi yang enggan disebut namanya mengatakan jumlah pembeli turun.",
     "Salah satu pedagang cabai di Pasar Legi"),
    ("Seorang ibu rumah tangga di Kelurahan Tegal Gede mengatakan anaknya sempat dirawat.",
     "Seorang ibu rumah tangga di Kelurahan Tegal Gede"),
])
def test_someone_unnamed_is_who_and_where_they_are_up_to_a_relative_clause(extract, text, speaker):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    ("Para pedagang di tempat penampungan mengeluhkan omzet mereka turun separuh sejak pasar terbakar.",
     "Para pedagang di tempat penampungan"),
    # (a medium says where they spoke, not where they are)
    ("Sejumlah pendukung Newcastle di media sosial menilai pelatih harus segera diganti.", "Sejumlah pendukung Newcastle"),
])
def test_a_group_keeps_where_they_are_in_lower_case(extract, text, speaker):
    assert only(extract(text), type="indirect")["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Tetua adat setempat, Yosef Jelahu (63), menyebut longsor di titik itu bukan yang pertama.",
     ("Yosef Jelahu", "Tetua adat setempat")),
    ("Kepada AP, seorang petani di Tuguegarao, Rodolfo Agbayani (58), menuturkan ia dan keluarganya bertahan di "
     "atap rumah.", ("Rodolfo Agbayani", "petani di Tuguegarao")),
])
def test_a_description_set_off_before_a_name_with_its_age_is_the_role(extract, text, speaker):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == speaker


def test_a_title_set_off_after_a_name_keeps_the_wider_places_set_off_after_it(extract):
    text = ("Karsim (57), Kepala Desa Tegalwangi, Kabupaten Indramayu, Jawa Barat, yang ikut hadir, mengatakan honor "
            "perangkat desa dibayar tiga bulan sekali.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Karsim", "Kepala Desa Tegalwangi, Kabupaten Indramayu, Jawa Barat")


@pytest.mark.parametrize("text, speaker", [
    ("Penjabat Bupati Jayapura, Yunus Ondikleuw, menyatakan pemerintah kabupaten menetapkan status tanggap darurat.",
     ("Yunus Ondikleuw", "Penjabat Bupati Jayapura")),
    ("Ondoafi Kampung Kehiran, Ramses Felle, menilai banjir itu akibat hutan yang gundul.",
     ("Ramses Felle", "Ondoafi Kampung Kehiran")),
    ("Salah satu pembudi daya ikan di Desa Sosor Dolok, Rohani br Sinaga (47), mengaku kehilangan sekitar 12 ton ikan.",
     ("Rohani br Sinaga", "pembudi daya ikan di Desa Sosor Dolok")),
    ("\"Kami langsung lari ke gereja,\" kata Selfina Pulalo (41), salah satu pengungsi, kepada wartawan.",
     ("Selfina Pulalo", "salah satu pengungsi")),
])
def test_acting_and_customary_titles_and_descriptions_after_salah_satu_are_roles(extract, text, speaker):
    assert {(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]} == {speaker}


def test_a_capitalised_title_opens_the_lowercase_role_after_it(extract):
    text = ("Ketua majelis hakim Rudi Hartono Sitompul kemudian memberikan kesempatan kepada terdakwa. \"Sidang "
            "ditunda sampai Senin,\" ujar Rudi.")
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["name"], sp["role"]) == ("Rudi Hartono Sitompul", "Ketua majelis hakim")


def test_a_role_read_off_a_clause_gives_way_to_the_one_the_article_gives_the_name(extract):
    text = ("Bupati Samosir, Bonar Tua Simanjuntak, meninjau lokasi pada Senin (5/8/2024) dan menyebut kerugian "
            "petambak ditaksir mencapai Rp 4 miliar.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Bonar Tua Simanjuntak", "Bupati Samosir")


@pytest.mark.parametrize("text, speaker", [
    ("Ahli geologi dari Institut Teknologi Bandung, Dr. Eng. Rahmat Hidayat, menilai tebing di kawasan itu rawan "
     "ambrol.", ("Rahmat Hidayat", "Ahli geologi dari Institut Teknologi Bandung")),
    ("Profesor ilmu politik Universitas Waseda, Mariko Inoue, memperkirakan persaingan kedua kandidat akan ketat.",
     ("Mariko Inoue", "Profesor ilmu politik Universitas Waseda")),
])
def test_a_doctor_of_engineering_and_a_professor_by_field_keep_their_roles(extract, text, speaker):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == speaker


def test_a_nickname_quoted_with_its_word_of_address_is_the_person_it_names(extract):
    text = ("Ujang Suryana, tokoh pemuda setempat yang akrab disapa Kang Ujang, mengatakan warga sudah lama curiga. "
            "\"Di papan proyek tertulis jalan sepanjang 800 meter,\" kata Kang Ujang.")
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["name"], sp["role"]) == ("Ujang Suryana", "tokoh pemuda setempat")


def test_a_short_name_called_with_its_word_of_address_is_the_person_named_in_full(extract):
    text = ("Wali Kota Garut Asep Nurjaman Saputra meninjau pasar darurat, Senin.\n\n"
            "Asep, yang akrab disapa Kang Asep, menyatakan relokasi hanya berlangsung setahun.\n\n"
            "\"Pedagang tidak kami pungut biaya sewa,\" ujar Kang Asep.")
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["name"], sp["role"]) == ("Asep Nurjaman Saputra", "Wali Kota Garut")


def test_a_body_named_on_after_untuk_is_no_person_to_refer_back_to(extract):
    text = ("Menteri Luar Negeri Malaysia, Hisham Rahman, mengatakan ASEAN tidak akan mengucilkan Myanmar.\n\n"
            "Jaringan Parlemen ASEAN untuk Hak Asasi Manusia (APHR) dalam pernyataannya menyebut junta telah melanggar "
            "gencatan senjata.\n\nMenanggapi kritik tersebut, ia menegaskan ASEAN memilih jalur keterlibatan.")
    assert quote_of(extract(text), "ASEAN memilih")["speaker"]["name"] == "Hisham Rahman"


SHARED_SURNAME = (
    "Kepala Phivolcs Ramon Dela Cruz mengatakan gempa dipicu pergeseran sesar. \"Kami terus memantau,\" "
    "kata Dela Cruz.\n\nGubernur Davao Oriental Maria Elena Dela Cruz mengatakan keadaan darurat berlaku "
    "di tiga kota. \"Kami berduka,\" ujar Dela Cruz.")


def test_two_people_who_share_a_surname_keep_their_own_names_and_roles(extract):
    said = {q["text"]: (q["speaker"]["name"], q["speaker"]["role"]) for q in extract(SHARED_SURNAME)["quotes"]}
    ramon = ("Ramon Dela Cruz", "Kepala Phivolcs")  # ("Dela": a particle of the surname)
    maria = ("Maria Elena Dela Cruz", "Gubernur Davao Oriental")  # (a common first name opens the name)
    assert said["gempa dipicu pergeseran sesar"] == ramon
    assert said["Kami terus memantau"] == ramon  # (the surname alone before the other is named: the first)
    assert said["keadaan darurat berlaku di tiga kota"] == maria
    assert said["Kami berduka"] == maria


def test_one_word_set_off_before_what_the_person_is_is_a_name_a_later_cue_may_mean(extract):
    text = ('"Pembeli banyak yang cuma beli seperempat," kata Rosma, pedagang cabai di Pusat Pasar Medan, Senin.\n\n'
            'Hal serupa dirasakan Udin, pedagang sayur di Pasar Petisah. "Bawang merah juga naik," ujarnya.\n\n'
            "Keduanya meminta pemerintah segera menggelar operasi pasar agar harga kembali normal.")
    said = {q["text"]: q["speaker"]["name"] for q in extract(text)["quotes"]}
    assert said["Bawang merah juga naik"] == "Udin"
    assert said["pemerintah segera menggelar operasi pasar agar harga kembali normal"] == "Rosma dan Udin"


def test_a_description_after_a_sentence_turned_to_someone_with_sendiri_is_that_person(extract):
    # (named before only in what someone said, and of the same country as the one quoted last)
    text = ("Surabaya - Persebaya resmi mendatangkan penyerang asal Argentina, Facundo Ezequiel. \"Saya datang untuk "
            "juara,\" kata Facundo.\n\nFacundo mengatakan ia tertarik bergabung karena kompatriotnya yang lebih dulu "
            "bermain di Persebaya, Matías Nahuel Sosa.\n\nSosa sendiri menyambut kedatangan kompatriotnya dengan "
            "antusias. Gelandang asal Argentina tersebut menyebut Facundo akan memperkuat lini depan.")
    assert quote_of(extract(text), "Facundo akan memperkuat")["speaker"]["name"] == "Matías Nahuel Sosa"


def test_a_sentence_turned_to_someone_does_not_give_them_a_title_they_do_not_hold(extract):
    text = ("Surabaya - Persebaya resmi mendatangkan penyerang Lucas Di Pietro. Pelatih asal Argentina, "
            "Facundo Ezequiel, memuji keputusan manajemen. \"Dia pemain cerdas,\" kata Facundo.\n\n"
            "Di Pietro bergabung dengan gelandang asal Argentina, Matías Nahuel Sosa (30).\n\n"
            "Facundo sendiri pekan lalu menjenguk pemain muda klub. Gelandang berusia 30 tahun itu menyebut Di Pietro "
            "akan memperkuat lini depan.")
    assert quote_of(extract(text), "Di Pietro akan memperkuat")["speaker"]["name"] == "Matías Nahuel Sosa"


def test_mereka_after_a_body_of_members_set_off_after_what_it_is_is_that_body(extract):
    text = ("Komite Disiplin PSSI memastikan akan menyidangkan kasus kericuhan tersebut pekan depan.\n\n"
            "Kelompok suporter Persibat, Batang Mania, melalui akun Instagram resminya meminta maaf atas kericuhan "
            "tersebut. Mereka menyatakan siap membantu polisi mengidentifikasi para pelaku.")
    assert quote_of(extract(text), "siap membantu polisi")["speaker"]["name"] == "Batang Mania"


def test_a_first_name_two_people_share_is_the_one_named_last_before_it(extract):
    text = ("Ketua tim pemenangan, Agus Salim Nugroho, menyatakan pihaknya tidak akan terlena dengan angka survei.\n\n"
            "\"Survei itu potret hari ini, bukan hasil akhir,\" kata Agus saat dihubungi.\n\n"
            "Di kubu lain, bakal calon gubernur Agus Prasetyo mengklaim survei internal partainya berbeda. Agus, yang "
            "juga Ketua DPD Partai Gerindra, menyebut selisihnya justru menguntungkan pihaknya.")
    said = {q["text"]: q["speaker"]["name"] for q in extract(text)["quotes"]}
    assert said["Survei itu potret hari ini, bukan hasil akhir"] == "Agus Salim Nugroho"  # (the only one yet)
    assert said["selisihnya justru menguntungkan pihaknya"] == "Agus Prasetyo"


@pytest.mark.parametrize("role, plausible", [
    ("Jaksa menghadirkan kontraktor asal Karanganyar", False),  # a clause before a name
    ("Presiden menutup arahannya", False),
    ("Wakil Ketua Komisi yang membidangi hukum", True),  # (a verb in a relative clause describes)
    ("Kepala Bidang Penindakan", True),
])
def test_a_role_holds_no_active_verb_outside_a_relative_clause(role, plausible):
    from quotes import entities, lang as langdata
    assert entities._plausible_role(role, langdata.load("id")) is plausible


def test_after_a_question_the_next_pronoun_is_not_the_one_who_asked(extract):
    text = ("Jaksa menghadirkan kontraktor asal Karanganyar, Joko Santoso. Hakim ketua Dwi Hartanto lalu mendesak Joko "
            "menyebut siapa saja yang ikut menikmati uang tersebut.\n\n\"Saudara saksi, siapa lagi yang menerima?\" "
            "tanya Dwi.\n\nPria itu sempat terdiam sebelum menjawab. Ia menyebut seorang staf bidang bina marga ikut "
            "mengatur pembagian paket pekerjaan.")
    assert quote_of(extract(text), "seorang staf bidang")["speaker"]["name"] == "Joko Santoso"


@pytest.mark.parametrize("text, speaker", [
    ("Direktur Tim Ducati Lenovo Francesco Lo Monaco mengatakan timnya akan mempelajari data balapan. \"Kami tidak "
     "menyalahkan siapa pun,\" kata Lo Monaco.", ("Francesco Lo Monaco", "Direktur Tim Ducati Lenovo")),
    ("Pelatih Real Madrid Carlo De Rossi mengatakan timnya siap menghadapi laga itu. \"Kami siap,\" kata De Rossi.",
     ("Carlo De Rossi", "Pelatih Real Madrid")),
    # (the particle written small inside the name, capitalised where the surname stands alone; the
    # club unknown)
    ("Pelatih Cesena Marco de Santis mengatakan klubnya sempat keberatan. \"Ia bagian penting,\" ujar De Santis.",
     ("Marco de Santis", "Pelatih Cesena")),
    ("Menteri Luar Negeri Filipina Maria Teresa de los Reyes mengatakan ASEAN perlu bersatu. \"Kita tidak memulai dari "
     "nol,\" kata De los Reyes.", ("Maria Teresa de los Reyes", "Menteri Luar Negeri Filipina")),
    ("Pelatih Cesena Juan Carlos de la Fuente mengatakan klubnya sempat keberatan. \"Ia bagian penting,\" ujar "
     "De la Fuente.", ("Juan Carlos de la Fuente", "Pelatih Cesena")),
])
def test_a_surname_with_its_particle_used_alone_keeps_the_first_name_before_it(extract, text, speaker):
    assert {(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Ketua Harian DPP PKP Lestari Wulandari Hakim mengatakan partainya menghormati keputusan presiden.",
     ("Lestari Wulandari Hakim", "Ketua Harian DPP PKP")),
    ("Ketua Majelis Hakim mengatakan sidang ditunda sampai pekan depan.", ("Ketua Majelis Hakim", "Ketua Majelis Hakim")),
])
def test_hakim_ends_a_name_after_two_words_of_it(extract, text, speaker):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == speaker


def test_a_football_club_in_a_role_is_no_part_of_the_name(extract):
    text = "Melalui akun Instagram pribadinya, kapten Persija Ferdiansyah Putra meminta suporter tetap mendukung dari rumah."
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Ferdiansyah Putra", "kapten Persija")


def test_a_place_of_three_words_after_an_acronym_is_all_of_the_bodys_name(extract):
    text = ("Tuntutan itu dibacakan jaksa dari Kejaksaan Negeri (Kejari) Timor Tengah Utara di Pengadilan Tipikor "
            "Kupang. Dalam keterangan tertulis, pihak Kejari menyebut penyitaan aset terdakwa sudah mendapat "
            "penetapan pengadilan.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Kejaksaan Negeri Timor Tengah Utara"


@pytest.mark.parametrize("text, speaker", [
    ("Sementara itu, sumber di Kementerian Luar Negeri Mesir yang tidak mau disebutkan namanya mengatakan "
     "kepada Reuters bahwa delegasi Israel meminta tambahan waktu.", "sumber di Kementerian Luar Negeri Mesir"),
    ("Budi di Jakarta mengatakan harga cabai naik tajam pekan ini.", "Budi"),
])
def test_where_an_unnamed_speaker_works_is_part_of_the_description(extract, text, speaker):
    assert only(extract(text), type="indirect")["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Badan Pengawas Pemilihan Umum (Bawaslu) Jawa Tengah memanggil tim pemenangan. Dalam keterangan tertulis, "
     "Bawaslu Jateng menyatakan telah meminta KPU Grobogan menyerahkan salinan daftar pemilih.",
     "Badan Pengawas Pemilihan Umum Jawa Tengah"),
    ("Warga Medan, Sumatera Utara, mengeluhkan harga beras. Badan Pusat Statistik Sumut menyatakan inflasi "
     "Oktober mencapai 2,87 persen.", "Badan Pusat Statistik Sumut"),   # the article never writes the body in full
])
def test_a_provinces_short_form_is_written_out_where_the_article_names_the_body_with_it(extract, text, speaker):
    assert only(extract(text), type="indirect")["speaker"]["name"] == speaker


def test_a_pronoun_after_a_photo_caption_means_the_person_before_it(extract):
    text = ("Deputi Bidang Meteorologi BMKG, Andri Kusnadi, mengatakan curah hujan meningkat pekan ini.\n"
            "Ilustrasi hujan deras di Jalan Sudirman, Jakarta. (Foto: Liputan6.com/Rizki Pratama)\n"
            "Baca Juga: BMKG: Waspada Gelombang Tinggi\n"
            "Ia meminta agar masyarakat di daerah rawan banjir terus memantau informasi resmi BMKG.")
    speakers = [q["speaker"]["name"] for q in extract(text)["quotes"]]
    assert speakers == ["Andri Kusnadi", "Andri Kusnadi"]


def test_an_unnamed_subject_is_whom_the_next_katanya_means(extract):
    text = ("Perludem melalui siaran pers menilai revisi UU Pilkada tidak mendesak.\n\n"
            "Seorang anggota Badan Legislasi DPR yang enggan disebut namanya punya cerita lain. "
            '"Lobi antarfraksi soal pasal itu sudah jalan sejak awal tahun," katanya.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Seorang anggota Badan Legislasi DPR"


def test_words_the_article_repeats_before_a_full_name_are_the_bodys(extract):
    text = ("Program Kartu Tanimas terus dievaluasi. Direktur Kartu Tanimas Samuel Pardede mengatakan "
            "integrasi data penerima program itu masih berjalan. Kartu Tanimas kini dipegang 2 juta petani. "
            '"Kami terus memperbaiki layanan," ujarnya.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Samuel Pardede"}


def test_a_profession_that_opens_a_sentence_is_a_role(extract):
    text = "Hujan turun sejak pagi. Antropolog Aris Arif Mundayat menilai daya dukung kawasan Puncak hampir habis."
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Aris Arif Mundayat", "Antropolog")


@pytest.mark.parametrize("text, name, role", [
    # (a musician's trade, capitalised as the sentence's first word, before a one-word stage name)
    ("Konser itu digelar di Jakarta. Vokalis Ogi menuturkan latihan sudah berjalan sebulan.", "Ogi", "Vokalis"),
    ("Konser itu digelar di Bandung. Gitaris Ujang Kribo mengaku sempat gugup sebelum tampil.", "Ujang Kribo", "Gitaris"),
])
def test_a_profession_that_opens_a_sentence_before_a_one_word_name_is_a_role(extract, text, name, role):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == (name, role)


def test_a_name_starts_at_the_word_the_article_uses_alone_for_the_speaker_not_at_the_bodys(extract):
    text = ("Usaha itu dirintis Ketua Kelompok Budidaya Maggot Lestari Dadang Sukmana Hidayat bersama tiga rekannya. "
            'Maggot Lestari kini punya 20 bak pembesaran. "Hasilnya lumayan untuk tambahan dapur," kata Dadang. '
            "Menurut Dadang, anak muda kampung tidak perlu merantau untuk berpenghasilan.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Dadang Sukmana Hidayat"}


def test_a_word_the_article_writes_as_a_country_branch_is_a_body_not_whom_dia_means(extract):
    text = ("Managing Director of Ojekita Indonesia Ratna Kartikasari menjelaskan program ini meringankan beban "
            "mitra pengemudi. Menurut Ratna, santunan diutamakan bagi pengemudi yang sakit. Ojekita juga bekerja sama "
            "dengan Sedekahku.id untuk menghimpun santunan. Dia menjelaskan dana yang terkumpul akan dibagikan akhir bulan.")
    speakers = [q["speaker"]["name"] for q in extract(text)["quotes"]]
    assert speakers[-1] == "Ratna Kartikasari"


def test_a_sum_of_money_and_an_adverb_opening_a_sentence_name_no_one(extract):
    text = ("Tukang ojek pangkalan di Pasar Minggu, Darsim Wiryono (41), rata-rata membawa Rp 80.000 sehari. "
            "Tersisalah Rp 15.000 yang bisa ia sisihkan. Belakangan, cicilan motor pun tertunggak. "
            '"Pihak leasing masih memberi kelonggaran," ucapnya.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Darsim Wiryono"


def test_someone_unnamed_acting_is_no_source_a_pronoun_means(extract):
    text = ("Tarsih (52) masih bertahan di balai desa dan menolak diajak ke rumah kerabatnya. Seorang relawan perempuan "
            'menyelimutinya dengan sarung.\n\n"Saya mau di sini saja, menunggu Rafi," ucapnya lirih.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Tarsih"


@pytest.mark.parametrize("text, speaker", [
    ('Rohmat (38), warga Tlogosari, menunggui anaknya. "Bangsal anak penuh," ujar Rohmat. Anggota DPRD, '
     'Siti Nur Rohmah, mendesak pemkot menambah ruang rawat.', "Rohmat"),       # two people, one letter apart
    ('Presiden Ukraina Volodymyr Zelensky tiba di Brussels. "Kami butuh senjata," ujar Zelenskyy.',
     "Volodymyr Zelensky"),                                                     # one person, two spellings
])
def test_a_spelling_variant_is_the_same_person_unless_the_article_introduces_both(extract, text, speaker):
    assert only(extract(text), type="direct")["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, mention, speaker", [
    ('"Jangan tunggu bintik merah," kata Anita Kusumawardani. Dokter spesialis penyakit dalam itu meminta '
     "masyarakat segera membawa keluarga yang demam ke puskesmas.", "Dokter spesialis penyakit dalam itu",
     "Anita Kusumawardani"),
    ("Rudy Harsono dalam diskusi itu mengatakan aparat desa memang diberi kewenangan untuk menertibkan lapak liar.",
     "Rudy Harsono", "Rudy Harsono"),
])
def test_a_description_runs_over_a_preposition_to_its_demonstrative(extract, text, mention, speaker):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["mention"], sp["name"]) == (mention, speaker)


@pytest.mark.parametrize("text, speaker", [
    ("Jaksa penuntut umum dari Kejari Purwakarta, Yunita Paramitha, menyatakan terdakwa terbukti bersalah. "
     "Menurut jaksa, negara dirugikan Rp 7,8 miliar akibat penggelembungan harga.", "Yunita Paramitha"),
    ("Namun, polisi menyatakan belum menerima surat izin keramaian. Kabid Humas Polda Jawa Barat Kombes Hendra "
     "Gunadi mengatakan pemeriksaan panitia dijadwalkan pekan depan.", "polisi"),   # no officer named before
])
def test_a_role_noun_alone_is_the_holder_the_article_named_before(extract, text, speaker):
    alone = [q["speaker"]["name"] for q in extract(text)["quotes"] if q["speaker"]["mention"] in ("jaksa", "polisi")]
    assert alone == [speaker]


def test_a_role_the_lexicon_knows_by_its_short_form_is_its_holder(extract):
    """"JPU" is "jaksa penuntut umum" though the article never writes it out: "Menurut jaksa" and
    "jaksa penuntut umum membeberkan" are the prosecutor it named."""
    text = ("Ambon - JPU Ronald Sahetapy menyatakan terdakwa terbukti korupsi.\n\nMenurut jaksa, hal yang "
            "meringankan hanyalah terdakwa bersikap sopan selama persidangan.\n\nDalam uraiannya, jaksa penuntut "
            "umum membeberkan bahwa dana desa tidak digunakan sesuai rencana.")
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["Ronald Sahetapy"] * 3


def test_a_role_word_then_a_name_then_a_description_is_the_named_person(extract):
    text = ("Dalam sidang sebelumnya, saksi Lia Kurniasih (29), staf bagian pengadaan Dinas Kesehatan Purwakarta, "
            "mengaku pernah diminta mengubah dokumen harga perkiraan sendiri.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Lia Kurniasih"


@pytest.mark.parametrize("text, speaker", [
    ("Balai Besar Wilayah Sungai (BBWS) Citarum mencatat debit air naik. BBWS Citarum menyebut debit sungai "
     "mencapai 400 meter kubik per detik.", "Balai Besar Wilayah Sungai Citarum"),
    ("Tuntutan dibacakan jaksa penuntut umum (JPU) Cut Rahmawati. JPU Cut Rahmawati menyebut terdakwa terbukti "
     "bersalah.", "Cut Rahmawati"),
])
def test_a_defined_acronym_and_a_word_is_the_body_unless_the_acronym_is_a_role(extract, text, speaker):
    assert of_type(extract(text), "indirect")[-1]["speaker"]["name"] == speaker


def test_a_pronoun_speaker_has_the_role_the_persons_own_mention_gives(extract):
    text = ("Direktur Reserse Kriminal Khusus (Dirreskrimsus) Polda Metro Jaya Kombes Ade Safri mengatakan "
            'penyidik memeriksa tiga saksi. "Kami masih mendalami aliran dana," ujarnya.')
    roles = {q["speaker"]["role"] for q in extract(text)["quotes"]}
    assert roles == {"Direktur Reserse Kriminal Khusus (Dirreskrimsus) Polda Metro Jaya"}


def test_a_description_that_refers_back_gives_way_to_the_role_the_person_was_introduced_with(extract):
    text = ("Pelatih Persib Bandung Bojan Hodak memuji para pemainnya. Pelatih berusia 47 tahun itu menilai "
            "lini tengah tampil disiplin sepanjang laga.")
    roles = [q["speaker"]["role"] for q in extract(text)["quotes"]]
    assert roles == ["Pelatih Persib Bandung"]


def test_what_a_person_is_after_the_age_is_the_role(extract):
    text = ('Rob merendam puluhan rumah. Sapari (47), nelayan Kenjeran, sejak pagi menguras air. '
            '"Air masuk sampai lutut," katanya.')
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["name"], sp["role"]) == ("Sapari", "nelayan Kenjeran")


def test_a_role_with_a_short_form_in_parentheses_before_the_name_is_the_role(extract):
    text = ("Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Banjarnegara, Aris Setyawan, mengatakan "
            'retakan tanah terus melebar. "Warga harus mengungsi malam ini," kata Aris. Bupati Dyah menyebut '
            "kajian relokasi sudah ia minta dari Aris sejak pekan lalu.")
    roles = {q["speaker"]["role"] for q in extract(text)["quotes"] if q["speaker"]["name"] == "Aris Setyawan"}
    assert roles == {"Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Banjarnegara"}


@pytest.mark.parametrize("text, speaker", [
    ("Balai Besar Wilayah Sungai (BBWS) Citarum mencatat debit air naik tajam. Pihak balai meminta warga di "
     "bantaran sungai tetap waspada hingga akhir pekan.", "Balai Besar Wilayah Sungai Citarum"),
    ("Pihak kepolisian menyatakan penyelidikan masih berjalan hingga pekan depan.", "Pihak kepolisian"),
])
def test_pihak_and_a_kind_of_body_is_the_body_of_that_kind_the_article_named(extract, text, speaker):
    assert of_type(extract(text), "indirect")[-1]["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Direktur Jenderal Otonomi Daerah Kemendagri Akmal Malik mengatakan pelantikan dilakukan pekan depan.",
     ("Akmal Malik", "Direktur Jenderal Otonomi Daerah Kemendagri")),    # a title with a rank word
    ("Kapolda Metro Jaya Inspektur Jenderal Fadil Imran mengatakan jalan itu ditutup selama dua hari.",
     ("Fadil Imran", "Kapolda Metro Jaya")),                            # a rank of two words
    # ... set off after the role, a cue before them
    ("\"Seluruh proses sesuai hukum,\" kata juru bicara Kementerian Pertahanan Turki, Laksamana Muda Şükrü Demirtaş, "
     "kemarin.", ("Şükrü Demirtaş", "juru bicara Kementerian Pertahanan Turki")),
    # a name after a place the language knows ("Provinsi Kalbar") is no part of the place
    ("Ekonom Eddy Suratman menilai pandemi berdampak. Kepala DPMPTSP Provinsi Kalbar Hendra mengatakan investasi "
     "turun tajam.", ("Hendra", "Kepala DPMPTSP Provinsi Kalbar")),
    ("Direktur Jenderal Ketenagalistrikan mengatakan insentif tarif listrik ini bersifat sementara.",
     ("Direktur Jenderal Ketenagalistrikan", "Direktur Jenderal Ketenagalistrikan")),  # a derived noun is no name
    ("Direktur Jenderal Guru dan Tenaga Kependidikan Kemendikbudristek Dr. Teguh Santoso mengatakan seleksi "
     "dibuka bulan depan.", ("Teguh Santoso", "Direktur Jenderal Guru dan Tenaga Kependidikan Kemendikbudristek")),
    # a rank before the name (and its corps) after a title with a rank word is no part of the role
    ("Direktur Utama Perum Bulog Mayjen TNI (Purn.) Heru Santoso memastikan stok beras di gudang masih aman.",
     ("Heru Santoso", "Direktur Utama Perum Bulog")),
    ("Direktur Utama Perum Damri Brigjen Pol Arief Wibowo memastikan armada mudik sudah disiapkan sejak pekan lalu.",
     ("Arief Wibowo", "Direktur Utama Perum Damri")),
])
def test_rank_words_in_titles_and_ranks_of_two_words(extract, text, speaker):
    (q,) = extract(text)["quotes"]
    sp = q["speaker"]
    assert (sp["name"], sp["role"]) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Juru bicara PN Kendal, Hakim Dewi Anggraeni, S.H., M.H., menjelaskan penitipan uang ganti rugi dilakukan "
     "karena sebagian pemilik tanah tidak sepakat.", ("Dewi Anggraeni", "Juru bicara PN Kendal")),
    ("Menurut pengamat transportasi dari Institut Teknologi Bandung, Profesor Sony Sulaksono, jalur ganda itu "
     "terlambat dibangun.", ("Sony Sulaksono", "pengamat transportasi dari Institut Teknologi Bandung")),
])
def test_a_title_before_a_name_set_off_after_a_role_is_no_role(extract, text, speaker):
    (q,) = extract(text)["quotes"]
    assert (q["speaker"]["name"], q["speaker"]["role"]) == speaker


INTRODUCED = [
    # a name under a title in lower case, as people are addressed with it (dokter, ustaz, pendeta), set off
    # after an office has the office as role
    ("Kepala Puskesmas Wawotobi, dokter Nurhayati Lamada, mengatakan kasus diare naik sejak sumur warga keruh.",
     ("Nurhayati Lamada", "Kepala Puskesmas Wawotobi")),
    ("Kepala Puskesmas Lasusua II, dokter Andi Irma, membenarkan dua pasien dirujuk ke rumah sakit.",
     ("Andi Irma", "Kepala Puskesmas Lasusua II")),
    ('"Stok oralit masih cukup untuk sebulan," kata Kepala Puskesmas Wawotobi, dokter Nurhayati Lamada.',
     ("Nurhayati Lamada", "Kepala Puskesmas Wawotobi")),
    ("Menurut Kepala Puskesmas Wawotobi, dokter Nurhayati Lamada, kasus diare naik sejak sumur warga keruh.",
     ("Nurhayati Lamada", "Kepala Puskesmas Wawotobi")),
    # ... after a role noun that opens the sentence, with the person's age
    ("Pengurus masjid, ustaz Harun Latief (58), mengatakan masjid menampung sekitar 90 pengungsi.",
     ("Harun Latief", "Pengurus masjid")),
    # ... written without commas after the body's name
    ("Ketua Majelis Jemaat GPIB Immanuel pendeta Yoel Sahetapy mengatakan gereja membuka dapur umum.",
     ("Yoel Sahetapy", "Ketua Majelis Jemaat GPIB Immanuel")),
    # but a title in lower case after a lower-case role is the role's ("Ketua majelis hakim"), and an
    # occupation before a body is what the person named first is
    ("Ketua majelis hakim Rudolf Simanjuntak menyatakan sidang ditunda sepekan.",
     ("Rudolf Simanjuntak", "Ketua majelis hakim")),
    ("Nur Aini, peneliti Migrant CARE, menilai upah buruh yang dideportasi jarang dibayar.",
     ("Nur Aini", "peneliti Migrant CARE")),
    ("Hasnawati, dokter Puskesmas Wawotobi, mengatakan kasus diare naik sejak sumur warga keruh.",
     ("Hasnawati", "dokter Puskesmas Wawotobi")),
    # where the subject spoke, its wider places and the day set off before the verb are no subject
    ("Menteri Perhubungan Yosua Manurung dalam rapat kerja dengan Komisi V di Kompleks Parlemen, Senayan, "
     "Jakarta, Rabu (14/5), mengatakan tarif tol laut tidak akan naik tahun ini.", ("Yosua Manurung", "Menteri Perhubungan")),
    # but a name after a place set off by commas is the speaker's
    ("Warga Perumahan Bumi Asri di Kelurahan Tegalrejo, Darto, mengaku rumahnya terendam sejak subuh.",
     ("Darto", "Warga Perumahan Bumi Asri di Kelurahan Tegalrejo")),
    ("Saat meninjau tanggul di Desa Karanganyar, Darto mengatakan warga sudah mengungsi sejak pagi.", ("Darto", None)),
    # places at the end of a role set off after a name
    # a wider place after a description that ends with a place, set off after the name
    ("Warsito (48), nelayan asal Desa Sendangsari, Brondong, mengaku sudah sepekan tidak melaut.",
     ("Warsito", "nelayan asal Desa Sendangsari, Brondong")),
    # a place's name the article writes again ends a role, and names no one
    ("Rukmini (29), warga Dusun Bonto Manai, membawa anaknya ke posko.\n\nHasanuddin, Ketua RT 03 Dusun "
     "Bonto Manai, mengatakan sebagian warga masih memakai air sumur.",
     ("Hasanuddin", "Ketua RT 03 Dusun Bonto Manai")),
    # a role before an honorific written short in lower case is the person's
    ("Di luar rapat, Ketua Umum Ikatan Bidan Indonesia (IBI), dr. Ratna Sukmawati, menyambut baik keputusan itu. "
     "Namun, ia mengingatkan agar insentif bidan desa tidak kembali terlambat.",
     ("Ratna Sukmawati", "Ketua Umum Ikatan Bidan Indonesia (IBI)")),
    # and a description later gives way to the role the person was introduced with
    ("Kritik juga datang dari anggota Komisi IX dari Fraksi PKB, drg. Laila Fitriani, Sp.KGA. Dokter gigi anak itu "
     "mengatakan banyak puskesmas belum punya kursi gigi.",
     ("Laila Fitriani", "anggota Komisi IX dari Fraksi PKB")),
    # a minister's title written short means its holder
    ("Wakil Menteri Keuangan Rahayu Pratiwi mengatakan cukai minuman berpemanis berlaku tahun depan.\n\n"
     '"Es teh di gerobak tidak kena," tutur Wamenkeu.', ("Rahayu Pratiwi", "Wakil Menteri Keuangan")),
    # a field with "dan" in it, its short form skipping the conjunction
    ("Menteri Pendidikan Dasar dan Menengah Bonifasius Hale mengumumkan aturan baru penerimaan murid.\n\n"
     "Mendikdasmen memastikan sosialisasi aturan itu dimulai pekan depan.",
     ("Bonifasius Hale", "Menteri Pendidikan Dasar dan Menengah")),
]


@pytest.mark.parametrize("text, speaker", INTRODUCED)
def test_how_a_person_is_introduced_gives_the_name_and_role_of_the_last_quote(extract, text, speaker):
    q = extract(text)["quotes"][-1]
    assert (q["speaker"]["name"], q["speaker"]["role"]) == speaker


def test_what_a_description_says_the_person_once_was_is_no_role_held_now(extract):
    text = ("Ketua Komite SDN 4 Sape, Abdul Karim, mengatakan tenda darurat tidak layak untuk belajar.\n\n"
            "Anggota DPRD Kabupaten Bima, Siti Aminah, mendesak pemerintah daerah memakai dana tak terduga.\n\n"
            '"Jangan tunggu dana pusat," ujar politikus yang pernah menjadi guru SD itu.')
    assert quote_of(extract(text), "Jangan tunggu")["speaker"]["name"] == "Siti Aminah"


def test_a_name_used_alone_after_a_cue_then_ke_is_no_place(extract):
    text = ("Pelatih Westerlo, Bram Vercauteren, memuji pemain barunya.\n\n"
            '"Dia bekerja sangat keras sejak hari pertama," kata Vercauteren seperti dikutip dari Het Laatste Nieuws.\n\n'
            'Pelatih Lommel, Koen Maes, mengakui timnya kalah. "Kami kalah di semua duel," ujarnya.\n\n'
            "Kembali ke Vercauteren, pelatih berusia 51 tahun itu mengatakan klubnya tidak membeli pemain demi pengikut.")
    assert quote_of(extract(text), "klubnya tidak membeli")["speaker"]["name"] == "Bram Vercauteren"


def test_an_acronym_written_after_ke_is_a_body_not_a_place(extract):
    text = ("Dilaporkan AFP, Selasa (4/11/2025), ACM menyatakan Voltra Energie menagih pelanggan di atas tarif resmi.\n\n"
            "Kelompok konsumen Energiebond, yang mengadu ke ACM tahun lalu, menyambut keputusan itu.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "ACM"


@pytest.mark.parametrize("text, place", [
    ("Tsunami 2011 menewaskan ribuan orang di sepanjang pesisir Sanriku.", "Sanriku"),
    ("Kapal patroli berjaga di perairan Natuna sejak pekan lalu.", "Natuna"),
    ("Gempa terasa hingga Prefektur Miyagi.", "Miyagi"),
])
def test_a_word_after_a_geographic_noun_is_a_place_the_article_writes(text, place):
    from quotes import mentions
    from quotes.lang import load
    assert place in mentions.article_context(text, load("id")).place_like


@pytest.mark.parametrize("text, name", [
    ("Tokyo Electric Power mengatakan tidak ada kebocoran di pembangkit.", "Tokyo Electric Power"),
    ("Pengungsi tertahan di wilayah Kyushu. Operator listrik Kyushu Electric Power menyatakan pasokan listrik di "
     "seluruh prefektur normal.",
     "Kyushu Electric Power"),
])
def test_a_place_opening_a_companys_name_is_the_names(extract, text, name):
    assert only(extract(text), type="indirect")["speaker"]["name"] == name


def test_a_territorial_title_alone_means_the_holder_named_after_its_place(extract):
    text = ("Camat Wonosari, Sugiyanto, mengatakan air bersih hanya mengalir dua kali seminggu.\n\n"
            "Pak Camat menambahkan, kecamatan sudah mengusulkan bak penampungan air hujan.")
    assert [(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]] == [
        ("Sugiyanto", "Camat Wonosari")] * 2


def test_where_a_list_inside_a_bodys_name_opens_after_a_place_set_off(extract):
    text = ("Di Manila, Kementerian Perdagangan, Industri, dan Energi Filipina menyatakan penarikan mencakup "
            "12.000 kendaraan.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == (
        "Kementerian Perdagangan, Industri, dan Energi Filipina")


@pytest.mark.parametrize("text", [
    "Rapat itu dipimpin Wahyudi Prasetyo (49), Ketua RW 07 Desa Cikahuripan. Ia menyebut dari 80 rumah yang "
    "terendam, baru 12 yang sudah dibersihkan.",
    "Rapat itu dipimpin Wahyudi Prasetyo, Ketua RW 07 Desa Cikahuripan. Ia menyebut dari 80 rumah yang "
    "terendam, baru 12 yang sudah dibersihkan.",
])
def test_a_capitalised_role_set_off_after_a_name_in_the_narrative_is_its_role(extract, text):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Wahyudi Prasetyo", "Ketua RW 07 Desa Cikahuripan")


def test_a_territorial_title_set_off_after_a_name_heads_the_place_however_often_named(extract):
    text = ("Warga Ciputat mengeluh. Sementara itu, Sumarno, Camat Ciputat, Tangerang Selatan, mengajak warga ikut "
            'memeriksa saluran air di lingkungan masing-masing. "Jangan tunggu banjir datang," katanya.')
    assert {(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]} == {
        ("Sumarno", "Camat Ciputat, Tangerang Selatan")}


def test_a_company_described_in_several_words_is_the_company(extract):
    text = ("Jakarta, CNN Indonesia -- PT Pelayaran Nusantara Raya menaikkan tarif. Perusahaan pelat merah tersebut "
            "menyatakan penyesuaian mengikuti harga minyak dunia.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["kind"]) == ("PT Pelayaran Nusantara Raya", "organization")

@pytest.mark.parametrize("text, speaker", [
    ("Rapat itu dihadiri Wakil Menteri Dalam Negeri Yusuf Hadiningrat. Yusuf menegaskan, opsi masih terbuka.",
     "Yusuf Hadiningrat"),
    ("Pemeriksaan dipimpin Direktur Lalu Lintas Polda Metro Jaya Sambodo Purnomo. Sambodo mengatakan, "
     "razia digelar sepekan.", "Sambodo Purnomo"),
])
def test_a_function_word_inside_a_title_keeps_the_name_after_it(extract, text, speaker):
    assert only(extract(text), type="indirect")["speaker"]["name"] == speaker

@pytest.mark.parametrize("title, expected", [("Kajari", "Fransiskus da Costa"), ("Presiden", "Presiden")])
def test_a_title_acronym_names_the_head_whose_title_it_shortens(extract, title, expected):
    text = ("Kepala Kejari Sikka, Fransiskus da Costa, mengatakan tuntutan sudah adil.\n\n"
            f"Sementara itu, {title} kembali menegaskan pihaknya membuka peluang menjerat pihak lain.")
    q = quote_of(extract(text), "pihaknya membuka")
    assert q["speaker"]["name"] == expected


@pytest.mark.parametrize("later, expected", [("jaksa", "Yohanes de Rozari"), ("warga", "warga")])
def test_a_bare_role_noun_is_the_one_person_introduced_by_it(extract, later, expected):
    text = ('"Terdakwa terbukti bersalah," kata jaksa Yohanes de Rozari. Budi, warga Desa Nita, hadir di sidang.\n\n'
            f"Menurut {later}, dana desa dicairkan untuk proyek fiktif.")
    q = quote_of(extract(text), "dana desa")
    assert q["speaker"]["name"] == expected


def test_a_former_title_with_a_demonstrative_refers_back(extract):
    text = ("Pelatih Como Alessandro De Santis hadir. Mantan pelatih timnas Patrick van Leeuwen juga hadir.\n\n"
            "Di kesempatan yang sama, mantan pelatih timnas tersebut juga mengingatkan bahwa posisi Ruben bisa terancam.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Patrick van Leeuwen"


def test_an_acronym_after_an_organisation_is_no_antecedent(extract):
    text = ("Kapolda Papua Paulus Waterpauw meninjau lokasi. Dua anggota TNI AD meninggal dalam serangan itu. "
            '"Mereka jangan menyerang warga," tutur mantan Kapolda Sumatera Utara ini.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Paulus Waterpauw"


def test_a_doktor_description_refers_back(extract):
    text = ('Kepala Kejari Sikka, Fransiskus da Costa, membacakan tuntutan.\n\n'
            '"Kalau muncul fakta baru, pasti kami tindak lanjuti," tegas doktor hukum lulusan Universitas Nusa Cendana itu.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Fransiskus da Costa"


def test_the_words_after_an_organisation_noun_name_the_organisation(extract):
    text = ("Menurut pengajar hukum tata negara Universitas Gadjah Mada, pelonggaran itu bukan pengenduran aturan.")
    assert only(extract(text), type="indirect")["speaker"]["name"] != "Gadjah Mada"

@pytest.mark.parametrize("silence", ["belum bisa dimintai tanggapan hingga berita ini diturunkan",
                                     "enggan berkomentar", "tidak dapat dihubungi"])
def test_someone_who_gave_no_comment_is_not_who_goes_on(extract, silence):
    text = ("Kapolres Bolmong AKBP Dhani Setiawan mengatakan dua tersangka ditahan. "
            f"Kuasa hukum keduanya, Yoppy Rorimpandey, {silence}. "
            "Ia menambahkan, Kapolsek Lolayan sudah diperintahkan berpatroli di sekitar lokasi.")
    q = quote_of(extract(text), "Kapolsek Lolayan")
    assert q["speaker"]["name"] == "Dhani Setiawan"


@pytest.mark.parametrize("subject, maker", [
    ("Laporan sementara Pusdalops BNPB", "Pusdalops BNPB"),
    ("Laporan BPBD Maluku Tengah", "BPBD Maluku Tengah"),
    ("Data Badan Pusat Statistik", "Badan Pusat Statistik"),
])
def test_a_report_that_speaks_is_its_makers(extract, subject, maker):
    text = f"{subject} menyebutkan 47 rumah warga rusak dan 389 orang mengungsi ke masjid."
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["kind"]) == (maker, "organization")


def test_a_report_of_perseroan_is_the_companys_not_the_month_after_it(extract):
    text = ("Jakarta - PT Wahana Karya Nusantara (Persero) Tbk menunda pembayaran obligasi senilai Rp2 triliun.\n\n"
            "Laporan keuangan perseroan per September 2025 mencatat total liabilitas perseroan mencapai Rp38,2 triliun.")
    sp = quote_of(extract(text), "total liabilitas")["speaker"]
    assert (sp["name"], sp["kind"]) == ("PT Wahana Karya Nusantara (Persero) Tbk", "organization")


def test_the_stock_exchange_by_its_short_form_is_the_name_the_article_gives_in_full(extract):
    text = ("Saham SNMI diperdagangkan di Bursa Efek Indonesia sejak 2019.\n\n"
            "Data BEI mencatat saham SNMI telah turun 23 persen sejak awal tahun.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Bursa Efek Indonesia"


@pytest.mark.parametrize("anaphor", ["Laporan itu", "Kajian tersebut"])
def test_a_report_referred_back_to_is_the_maker_of_the_report_named_before(extract, anaphor):
    text = ("Kepala BPBD Kubu Raya, Rina Oktaviani, mengatakan api sudah padam di tiga desa.\n\n"
            "Di sisi lain, hasil kajian Walhi Kalimantan Barat menunjukkan sebagian besar titik api berada di lahan "
            f"gambut. {anaphor} juga menyebutkan 11 konsesi perkebunan berada di wilayah terbakar.")
    sp = quote_of(extract(text), "11 konsesi")["speaker"]
    assert (sp["name"], sp["kind"]) == ("Walhi Kalimantan Barat", "organization")


@pytest.mark.parametrize("words, maker", [
    ("keterangan tertulis pada Jumat (20/12/2024)", None),  # when
    ("keterangan tertulis kepada Komisi III DPR", None),      # to whom
    ("laporan yang dirilis Walhi Kalimantan Barat", "Walhi Kalimantan Barat"),
])
def test_a_report_names_its_maker_not_when_or_to_whom_it_was_given(words, maker):
    from quotes import lang, mentions
    ctx = mentions.article_context(words, lang.load("id"))
    found = mentions.classify(words, mentions.tokens(words, 0, len(words)), ctx)
    assert (found.name if found is not None and found.kind == "organization" else None) == maker


def test_no_comment_inside_what_someone_said_does_not_silence_the_speaker(extract):
    text = ("Sekretaris Daerah Provinsi Sumut, Dr. Ir. Bambang Siregar, M.Si., menjelaskan pencairan tertunda karena "
            "menunggu hasil reviu.\n\nAnggota Komisi A dari Fraksi PDI Perjuangan, Ruth Siregar, menilai penjelasan "
            "TAPD belum menjawab persoalan. Ia menyebut reviu Inspektorat semestinya bisa dilakukan paralel.")
    assert quote_of(extract(text), "reviu Inspektorat")["speaker"]["name"] == "Ruth Siregar"


@pytest.mark.parametrize("subject, name", [
    ("Tokyo Electric Power Company (TEPCO), operator pembangkit tersebut,", "Tokyo Electric Power Company"),
    ("PT Halmahera Prima Nikel, salah satu perusahaan yang beroperasi di kawasan itu,", "PT Halmahera Prima Nikel"),
    ("Tokyo Electric Power Company (TEPCO), operator pembangkit terbesar di Jepang,", "Tokyo Electric Power Company"),
])
def test_a_body_then_what_it_is_is_the_body(extract, subject, name):
    text = f"Perdana Menteri Koichi Arakawa tiba di lokasi. {subject} memastikan tidak ada kebocoran di sekitar fasilitas."
    speaker = quote_of(extract(text), "tidak ada kebocoran")["speaker"]
    assert (speaker["name"], speaker["kind"]) == (name, "organization")


def test_a_place_then_a_description_with_a_name_is_no_body(extract):
    text = ("Di Pasar Petisah, Medan, pedagang bumbu dapur Hendrik Tanoto, yang akrab disapa Koh Ahon, menyebut "
            "harga cabai naik dua kali lipat.")
    assert quote_of(extract(text), "harga cabai")["speaker"]["name"] == "Hendrik Tanoto"


@pytest.mark.parametrize("role, name", [
    ("Direktur Industri Tekstil, Kulit, dan Alas Kaki Kementerian Perindustrian", "Rahmat Syahputra"),
    ("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB", "Ratna Sari Dewi"),
])
def test_a_list_inside_a_role_after_the_cue_is_no_name(extract, role, name):
    # (the list's items, "Kulit", "Informasi", are words of the role, set off by its commas)
    text = f"“Kami memahami tekanan yang dihadapi industri,” ujar {role}, {name}."
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == (name, role)


def test_the_last_item_of_a_list_inside_a_role_is_of_the_role(extract):
    text = ("Menurut Menteri Koordinator Bidang Pembangunan Manusia, Kebudayaan, dan Olahraga Rahmat Hidayatullah, "
            "sekolah di daerah terpencil harus diprioritaskan.")
    assert only(extract(text), type="indirect")["speaker"]["role"] == (
        "Menteri Koordinator Bidang Pembangunan Manusia, Kebudayaan, dan Olahraga")


@pytest.mark.parametrize("silence", ["enggan berkomentar panjang", "enggan berkomentar lebih jauh",
                                     "tidak bisa menjawab terlalu banyak"])
def test_someone_who_only_said_little_is_who_goes_on(extract, silence):
    # (declining to say more is saying something: the short quote after it is theirs)
    text = ("Pelatih Roma Vincenzo D'Ambrosio memuji timnya.\n\nPenyerang Joaozinho sudah dipantau Real Madrid.\n\n"
            f'Ditanya soal rumor tersebut, D\'Ambrosio {silence}. "Dia pemain Roma. Titik," katanya singkat.')
    assert quote_of(extract(text), "Dia pemain Roma")["speaker"]["name"] == "Vincenzo D'Ambrosio"


@pytest.mark.parametrize("description, expected", [
    ("pria yang juga mengajar di Universitas Sumatera Utara itu", "Fadhil Nasution"),
    ("pria kelahiran Medan itu", "Yoga Pratama"),  # one town names no role: the latest person
])
def test_a_description_naming_a_body_refers_to_who_holds_a_role_there(extract, description, expected):
    text = ("Ekonom Universitas Sumatera Utara, Fadhil Nasution, menilai inflasi terkendali.\n\n"
            '"Saya biasa isi Pertamax," ujar Yoga Pratama (34), pengemudi taksi daring asal Medan.\n\n'
            f"Sementara itu, {description} mengingatkan, pemerintah sebaiknya tidak menaikkan harga Pertalite.")
    q = quote_of(extract(text), "pemerintah sebaiknya")
    assert q["speaker"]["name"] == expected

def test_a_clause_ending_in_tersebut_is_no_described_subject():
    from quotes import entities, lang as langdata, layout as layouts, mentions
    lang = langdata.load("id")
    text = ("Penyidik juga menyegel ruang kerja bupati dan kantor dinas tersebut hingga Rabu siang. "
            "Juru taktik berusia 47 tahun itu tidak menutup pintu bagi kepergian Ruben.")
    found = entities._described_subjects(text, layouts.find_layout(text, lang), mentions.article_context(text, lang))
    assert [m.text for m in found] == ["Juru taktik berusia 47 tahun itu"]


@pytest.mark.parametrize("opening", ["Hingga Selasa sore, sang kepala desa", "Sang kepala desa"])
def test_a_subject_after_sang_is_whom_the_next_katanya_means(extract, opening):
    text = ("Kepala Desa Golo Lanak, Fransiskus Jehadu, mengatakan warga sudah mengungsi sejak Senin.\n\n"
            'Pastor Kornelis Dangku membuka aula paroki. "Gereja harus hadir," kata Kornelis.\n\n'
            f'{opening} masih berjaga di lokasi longsor. "Kami tidak akan tinggalkan tempat ini," katanya.')
    assert quote_of(extract(text), "Kami tidak akan")["speaker"]["name"] == "Fransiskus Jehadu"


def test_sang_before_a_name_or_a_thing_makes_no_described_subject():
    from quotes import entities, lang as langdata, layout as layouts, mentions
    lang = langdata.load("id")
    text = "Sang Saka Merah Putih berkibar di halaman. Sang juara bertahan kalah, dan sang pelatih Persib tampak kecewa."
    found = entities._described_subjects(text, layouts.find_layout(text, lang), mentions.article_context(text, lang))
    assert [m.text for m in found] == []


@pytest.mark.parametrize("text, speaker", [
    ("Lembaga nonpemerintah Institute for Criminal Justice Reform menyebutkan, pelaku tidak dapat dipidana.",
     "Institute for Criminal Justice Reform"),
    ("Organisasi kemasyarakatan Islam menyatakan, sidang isbat digelar Kamis.", "Organisasi kemasyarakatan Islam"),
])
def test_what_a_body_is_before_its_name_is_no_part_of_it(extract, text, speaker):
    assert only(extract(text), type="indirect")["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"Pipanya standar SNI," ujar Ko Hendra Wijaya saat dihubungi.', "Hendra Wijaya"),   # Chinese-Indonesian
    ('"Kios saya ikut terbakar," kata Mama Ester Wanimbo.', "Ester Wanimbo"),            # Papuan
    ('"Harga cabai naik lagi," kata Cik Lina.', "Lina"),
])
def test_forms_of_address_are_no_part_of_a_name(extract, text, speaker):
    assert only(extract(text), type="direct")["speaker"]["name"] == speaker


def test_balinese_noble_names_and_their_short_forms(extract):
    text = ("Pandangan berbeda datang dari anggota Komisi II asal Gianyar, Anak Agung Gde Oka Wisnu. Politikus yang "
            "akrab disapa Gung Oka itu menilai Pemprov terburu-buru.\n\n"
            '"Benahi dulu sistemnya," ujar Gung Oka.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Anak Agung Gde Oka Wisnu"}


def test_a_short_form_cut_from_a_name_word_refers_to_the_full_name(extract):
    text = ("Di Klungkung, tokoh Puri Klungkung, Anak Agung Gede Raka Dharmayasa, berharap keris itu diarak.\n\n"
            '"Ini pusaka leluhur," ujar Gung Raka.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Anak Agung Gede Raka Dharmayasa"


def test_places_set_off_by_commas_inside_a_description(extract):
    text = ("Ni Kadek Ayu Pradnyani kalah dari Zhou Xinran. Pebulu tangkis asal Tabanan, Bali, itu menilai dirinya "
            "terlalu banyak melakukan kesalahan sendiri.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Ni Kadek Ayu Pradnyani"


def test_a_sentence_opening_role_noun_with_lowercase_words_is_a_role(extract):
    text = "Operator pembangkit listrik Tohoku Electric Power menyatakan tidak menemukan kelainan di pembangkit itu."
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Tohoku Electric Power"


@pytest.mark.parametrize("company", ["Volkert Energie", "Raqam Express", "Hanseatic Systems"])
def test_a_company_named_by_a_word_only_companies_bear_is_what_perusahaan_itu_refers_to(extract, company):
    text = (f"{company} menyatakan pabrik itu mulai berproduksi pada 2027.\n\n"
            "Perusahaan itu juga menyebut akan menyerap sekitar 2.300 tenaga kerja lokal.")
    speakers = [(q["speaker"]["name"], q["speaker"]["kind"]) for q in extract(text)["quotes"]]
    assert speakers == [(company, "organization")] * 2


@pytest.mark.parametrize("written, said, name", [
    ("Perusahaan asal Jerman, Volkert Energie GmbH, akan membangun pabrik di Morowali.", "Volkert Energie",
     "Volkert Energie GmbH"),
    ("Emiten tambang PT Adhiguna Karya (Persero) Tbk mencatat laba naik.", "PT Adhiguna Karya",
     "PT Adhiguna Karya (Persero) Tbk"),
    # (with the company head the article writes before it)
    ("Kuota solar ditetapkan PT Pertamina (Persero) bulan lalu.", "Pertamina", "PT Pertamina (Persero)"),
])
def test_a_company_is_named_with_the_legal_form_the_article_gives_it(extract, written, said, name):
    record = extract(f"{written}\n\nDalam keterangan tertulis, {said} menyatakan pasokan tetap aman.")
    assert quote_of(record, "pasokan tetap aman")["speaker"]["name"] == name


def test_perseroan_is_the_company_the_story_is_about_not_an_analysts_employer(extract):
    text = ("PT Jasa Armada Nusantara (Persero) Tbk mencatat laba bersih naik 38 persen.\n\n"
            "Analis PT Mandala Riset Sekuritas, Tenri Ajeng Paramata, menilai prospek bisnis perusahaan pelayaran "
            "itu cukup menarik.\n\n"
            "Dalam keterbukaan informasi, perseroan menyatakan tidak ada informasi material lain.")
    speaker = quote_of(extract(text), "tidak ada informasi")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("PT Jasa Armada Nusantara (Persero) Tbk", "organization")


# -- places, things and laws written in capitals are nobody --------------------------------------

@pytest.mark.parametrize("things", [
    "Rute itu melewati Jalan Kenanga Raya, Jalan Dr Sutomo, dan menuju Jembatan Merah Putih di tepi kota.",
    "Rombongan lalu singgah di Stasiun Tugu, Pasar Kembang, dan Taman Pintar sebelum sore.",
    "Aturan itu merujuk pada RUU Pelindungan Nelayan Kecil dan Perda Ketertiban Umum yang baru.",
    "Instruksi itu tentang Peningkatan Disiplin dan Pengendalian Wabah di tempat umum.",
    "Relawan dari Satuan Tugas Penanganan Covid-19 ikut berjaga di Bandara Internasional Adi Soemarmo.",
    "Ia pernah mengajar di School of Public Health University of Queensland selama lima tahun.",
    "Warga kini bisa naik KA Prameks atau KRL Commuter Line, lalu bus Trans Jogja ke kantor.",
    "Nelayan Gampong Pusong Lama dan Kampung Tanjung Baru sudah sepekan tidak melaut.",
])
def test_a_pronoun_reaches_past_places_and_things_to_its_person(extract, things):
    text = ("Bupati Sleman Ratna Kusumawati meninjau posko banjir pada Senin.\n\n"
            f"{things} ”Semua petugas harus siaga,” katanya.")
    assert quote_of(extract(text), "Semua petugas")["speaker"]["name"] == "Ratna Kusumawati"


@pytest.mark.parametrize("mention, name, role", [
    ("Kepala Stasiun Lempuyangan Budi Santoso", "Budi Santoso", "Kepala Stasiun Lempuyangan"),
    ("Imam Besar Masjid Al-Falah Abdul Karim", "Abdul Karim", "Imam Besar Masjid Al-Falah"),
    ("Staf Ahli Bidang Penanggulangan Kemiskinan Vivian Yulastri", "Vivian Yulastri", None),
])
def test_a_place_noun_takes_its_own_name_before_the_persons(extract, mention, name, role):
    rec = extract(f"{mention} mengatakan antrean penumpang mulai terurai.")
    speaker = only(rec, type="indirect")["speaker"]
    assert speaker["name"] == name
    assert role is None or speaker["role"] == role


def test_a_place_noun_with_its_name_alone_is_a_role_not_a_person(extract):
    text = ('”Bantuan belum sampai ke sini,” kata Kepala Dusun Ngrandu, Desa Sumberagung, Suparno, pada Jumat.\n\n'
            '”Kami menunggu kabar,” ujarnya.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Suparno"}


def test_a_name_after_a_postposed_place_noun_is_the_persons_when_used_alone(extract):
    # "Griya Sentosa Hotel Indra Wirawan" ... "kata Indra": the hotel's name ends at "Hotel"
    text = ("Manajer Griya Sentosa Hotel Indra Wirawan menyebut tingkat hunian naik.\n\n"
            '”Tamu mulai datang lagi,” kata Indra.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Indra Wirawan"}


def test_a_mayor_named_by_one_word_after_wali_kota(extract):
    # "Kota Lestari" would be a city; the article using "Lestari" alone as a speaker makes it a name
    text = ("Wali Kota Lestari berkeliling kampung dengan sepeda motor listrik.\n\n"
            '”Tolong masker dipakai,” ujar Lestari.\n\n'
            "Ia kemudian menuju pasar. ”Jangan berkerumun,” katanya.")
    rec = extract(text)
    assert {q["speaker"]["name"] for q in rec["quotes"]} == {"Lestari"}
    assert only(rec, type="direct", text="Jangan berkerumun")["speaker"]["role"] == "Wali Kota"


def test_a_person_in_an_outlets_report_is_the_antecedent(extract):
    # the report is the article's narrative: the boxer it names is whom "Petinju ... itu" refers to
    text = ("Pertarungan perebutan sabuk itu digelar di Jakarta pada Sabtu malam.\n\n"
            "Seperti diberitakan Manila Bulletin, Ramon de la Paz tak kalah percaya diri. "
            "Petinju berusia 27 tahun itu menyebut laga di Jakarta akan menjadi batu loncatan baginya.")
    q = quote_of(extract(text), "laga di Jakarta")
    assert q["speaker"]["name"] == "Ramon de la Paz"
    assert q["speaker"]["kind"] == "person"


def test_a_person_described_is_never_the_outlet_that_reported(extract):
    text = ("Dilansir AFP, harga minyak dunia turun tajam pada pekan ini.\n\n"
            "Analis senior itu menyebut permintaan dari Asia masih lemah.")
    q = quote_of(extract(text), "permintaan dari Asia")
    assert q["speaker"] is None or q["speaker"]["name"] != "AFP"


def test_an_adverb_after_the_subject_is_no_part_of_it(extract):
    text = "Badan Kepegawaian Daerah Jawa Tengah baru mengakui bahwa formasi guru tahun ini belum cukup."
    assert only(extract(text), type="indirect")["speaker"]["mention"] == "Badan Kepegawaian Daerah Jawa Tengah"


def test_a_role_runs_over_a_chain_of_places_to_the_name(extract):
    text = ('”Bantuan belum sampai ke sini,” kata Kepala Dusun Watugede, Desa Sidomulyo, Kecamatan Jetis, '
            'Kabupaten Bantul, Sumarno, pada Jumat.')
    speaker = only(extract(text), type="direct")["speaker"]
    assert speaker["name"] == "Sumarno"
    assert speaker["role"].startswith("Kepala Dusun Watugede")


def test_a_description_with_places_set_off_by_commas_refers_back(extract):
    text = ("Data pribadi itu memuat alamat hingga nama ibu kandung Haryono Saputra (41). "
            '”Saya tidak pernah meminjam ke aplikasi itu,” kata warga Ciracas, Jakarta Timur, itu kepada wartawan.')
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["mention"]) == ("Haryono Saputra", "warga Ciracas, Jakarta Timur, itu")


def test_a_long_official_title_before_the_name_is_one_subject(extract):
    text = ("Direktur Jenderal Pembinaan Hubungan Industrial dan Jaminan Sosial Tenaga Kerja Kementerian "
            "Ketenagakerjaan Republik Indonesia Bambang Wiratmoko menegaskan bahwa ketentuan pesangon tetap ada.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Bambang Wiratmoko"


@pytest.mark.parametrize("mention, name, role", [
    ("Bupati Trenggalek Mochamad Arifin", "Mochamad Arifin", "Bupati Trenggalek"),
    ("Kapolres Sumenep AKBP Hendra Gunawan", "Hendra Gunawan", "Kapolres Sumenep"),
    ("Wakil Bupati Tabalong Haris Munandar", "Haris Munandar", "Wakil Bupati Tabalong"),
])
def test_a_regency_after_a_title_is_the_roles_place(extract, mention, name, role):
    speaker = only(extract(f"{mention} mengatakan jalan itu akan diperbaiki tahun depan."), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == (name, role)

def test_a_first_name_opening_a_sentence_is_the_person_named_in_full(extract):
    text = ("Rini Astuti berdiri paling depan di peron Stasiun Wates sejak subuh.\n\n"
            "Pengamat transportasi Markus Wibisono menilai jadwal kereta harus ditambah. "
            "”Frekuensi adalah segalanya,” kata Markus.\n\n"
            "Pukul 05.52 kereta akhirnya masuk jalur 3. Rini bergegas naik bersama penumpang lain. "
            "”Yang penting dapat tempat berdiri dulu,” katanya.")
    assert quote_of(extract(text), "Yang penting")["speaker"]["name"] == "Rini Astuti"

@pytest.mark.parametrize("between", [
    "Salah satu siswa yang meminjam gawai sekolah itu adalah Fanda Riyanto (18).",  # the predicate names her
    "Meski diiming-imingi dengan tiket murah, Fanda Riyanto (18) tidak tergiur.",    # a new clause after the comma
])
def test_a_person_after_a_clause_or_a_copula_is_no_mention_in_passing(extract, between):
    text = (f"Kepala sekolah Budi Hartono mengatakan gawai sekolah boleh dipinjam. {between} "
            '"Ponsel saya rusak sejak bulan lalu," tuturnya.')
    assert quote_of(extract(text), "Ponsel saya")["speaker"]["name"] == "Fanda Riyanto"

@pytest.mark.parametrize("mention, name", [
    ("Wakil Menteri Ekonomi, Perdagangan, dan Industri Jepang, Kenji Hayashida,", "Kenji Hayashida"),
    ("Ketua Korean Chamber of Commerce and Industry in Indonesia (KOCHAM), Park Jin-woo,", "Park Jin-woo"),
    ("Head of Research Bank Indonesia Tongam Lumban Tobing", "Tongam Lumban Tobing"),
    ("Sekretaris Perusahaan PT Bank Rakyat Nusantara (Persero) Tbk Rully Setiawan", "Rully Setiawan"),
    ("Direktur Eksekutif Center for Energy Transition Studies Ardi Wiranata", "Ardi Wiranata"),
])
def test_a_role_with_a_list_or_english_words_before_the_name(extract, mention, name):
    text = f"“Kami menunggu aturan turunannya,” kata {mention} kepada wartawan."
    assert only(extract(text), type="direct")["speaker"]["name"] == name


def test_a_first_name_after_wali_kota_is_the_mayors(extract):
    # "Wali Kota Heru" (then a verb) names the holder; "Wali Kota Yogyakarta Heru Sasongko" is the same man
    text = ("Wakil Wali Kota Yogyakarta Heru Sasongko mengatakan integrasi antarmoda akan diperkuat.\n\n"
            "Wakil Wali Kota Heru mengatakan, Pemkot tengah menyiapkan kantong parkir baru.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Heru Sasongko"}


def test_a_person_named_after_an_organisation_that_opens_the_run(extract):
    # "BPBD Provinsi Bali I Nyoman Sukarta" ... "kata Sukarta"; "Universitas Gadjah Mada" names no one
    text = ("Kepala Pelaksana (Kalaksa) BPBD Provinsi Bali I Nyoman Sukarta mengatakan tim sudah siaga.\n\n"
            '"Kami siap kapan saja," kata Sukarta.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"I Nyoman Sukarta"}


def test_a_role_word_right_after_a_rank_is_a_word_of_the_name(extract):
    text = ("Dandim 1619/Tabanan Letkol Inf Agung Prasetyo mengatakan personel sudah disiagakan. "
            '"Kami siap membantu warga," ucapnya.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Agung Prasetyo"}


def test_pihaknya_after_an_adjunct_refers_to_the_organisation_that_answered(extract):
    text = ("Komisi Pemilihan Umum (KPU) Kabupaten Muara Sakti menetapkan jadwal pemungutan suara ulang.\n\n"
            "Suparmi (52), warga setempat, mengaku belum menerima undangan memilih.\n\n"
            "Di media sosial beredar pesan berantai. Dikonfirmasi soal pesan tersebut, KPU Muara Sakti membantahnya. "
            "Pihaknya menyebut pesan itu hoaks dan telah melaporkannya ke kepolisian.")
    q = quote_of(extract(text), "pesan itu hoaks")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == ("Komisi Pemilihan Umum Kabupaten Muara Sakti", "organization")

def test_a_name_after_a_relation_noun_is_whose_relation_not_who_speaks(extract):
    text = ("Darto (45), warga RT 03, termasuk yang pertama menyadari air masuk. "
            '"Saya langsung pukul kentongan," tutur Darto.\n\n'
            "Salah seorang yang digendong adalah Sumarni (71), tetangga Darto. Ia mengaku tak sempat "
            "menyelamatkan apa pun selain surat tanah.")
    assert quote_of(extract(text), "tak sempat")["speaker"]["name"] == "Sumarni"


@pytest.mark.parametrize("text", [
    "Selama berada di dalam kereta, penumpang dilarang berbicara melalui telepon.",
    "Sebagian pemilik warung harus memastikan pegawainya sudah divaksin.",
])
def test_a_clause_before_a_verb_is_no_speaker(extract, text):
    assert [q["speaker"] for q in extract(text)["quotes"] if q["speaker"]] == []


def test_the_subject_of_two_coordinated_verbs(extract):
    text = ("Sebelumnya, sejumlah warga Desa Naiboko mendatangi Kantor Kejari Belu dan meminta agar "
            "kasus itu diusut tuntas.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "sejumlah warga Desa Naiboko"


def test_a_word_that_only_looks_like_a_verb_stays_in_the_subject(extract):
    text = ("Kasat Reskrim AKBP Jonathan Siahaan memimpin penangkapan itu. "
            "Perwira menengah Polri itu menyebut polisi masih memburu dua pelaku lain.")
    q = quote_of(extract(text), "polisi masih memburu")
    assert (q["speaker"]["mention"], q["speaker"]["name"]) == ("Perwira menengah Polri itu", "Jonathan Siahaan")

def test_a_description_with_a_country_picks_the_role_holder_of_that_country(extract):
    text = ("Menteri Pertanian Turki, Mehmet Ali Yildirim, menandatangani perjanjian air itu.\n\n"
            "Menteri Sumber Daya Air Irak Abdul Karim al-Saadi menyebut cadangan air tinggal 8 persen.\n\n"
            "Ditanya soal ancaman Baghdad, menteri Turki itu menjawab Ankara tetap berkomitmen.")
    q = quote_of(extract(text), "Ankara tetap")
    assert q["speaker"]["name"] == "Mehmet Ali Yildirim"


def test_an_accounts_handle_between_commas_is_no_subject(extract):
    text = ("Kedutaan Besar Republik Indonesia (KBRI) Tokyo melalui unggahan di akun Instagram resminya, "
            "@kbritokyo, mengimbau agar WNI di wilayah terdampak memantau informasi resmi.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Kedutaan Besar Republik Indonesia Tokyo"


@pytest.mark.parametrize("text, name", [
    ("Sikap itu sejalan dengan Perkumpulan untuk Pemilu dan Demokrasi (Perludem). Perludem menyebut sistem itu "
     "minim transparansi.", "Perkumpulan untuk Pemilu dan Demokrasi"),
    ("Puluhan personel Satuan Polisi Pamong Praja (Satpol PP) Kabupaten Garut dikerahkan. Satpol PP mencatat "
     "87 reklame liar dicopot dalam razia itu.", "Satuan Polisi Pamong Praja Kabupaten Garut"),
    ("Laporan diteruskan ke Dinas Pekerjaan Umum Bina Marga dan Sumber Daya Air (PUBMSDA) Sidoarjo. Pihak "
     "Dinas PUBMSDA menyatakan tim teknis sudah diterjunkan.", "Dinas Pekerjaan Umum Bina Marga dan Sumber Daya Air Sidoarjo"),
])
def test_an_organisations_short_form_is_written_out_with_its_place(extract, text, name):
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == (name, "organization")


def test_a_local_body_keeps_its_own_place(extract):
    text = ("Petugas alat berat dari Badan Penanggulangan Bencana Daerah (BPBD) Sulteng baru tiba sore hari. "
            "BPBD Palu mencatat longsor menutup jalan di lima titik.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Badan Penanggulangan Bencana Daerah Palu"


def test_a_roles_short_form_in_parentheses_names_no_one(extract):
    text = ("Kepala Seksi Tindak Pidana Khusus (Kasi Pidsus) Kejari Belu Agustinus Nahak menambahkan, pihaknya "
            "telah memeriksa 23 saksi.\n\n"
            '"Ada nota belanja yang tanggalnya sesudah toko itu tutup," ujarnya.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Agustinus Nahak"}


@pytest.mark.parametrize("between, speaker", [
    # a person in a relative clause with its own verb is named in passing
    ("Tim itu baru menyelidiki penembakan yang menewaskan Pendeta Yeremia Zanambani di Hitadipa.", "Ahmad Mustofa Kamal"),
    # "yang juga Ketua Satgas" is a role: the name after it is its holder, the subject
    ("Kepala BNPB yang juga Ketua Satgas Doni Monardo menyambut sikap itu.", "Doni Monardo"),
    # "Hal yang sama disampaikan Rahmat": the passive's agent, not a relative clause's
    ("Hal yang sama disampaikan Rahmat Effendi.", "Rahmat Effendi"),
])
def test_who_a_relative_clause_names_in_passing(extract, between, speaker):
    text = (f'Ketua tim investigasi Ahmad Mustofa Kamal tiba di Sugapa. "Situasi belum kondusif," kata Ahmad. '
            f"{between} Ia berharap penyelidikan segera rampung.")
    assert quote_of(extract(text), "penyelidikan segera")["speaker"]["name"] == speaker

@pytest.mark.parametrize("opening", [
    "Saat dikonfirmasi soal kritik Nurhayati Syafril,",
    "Meski ratusan pengungsi, termasuk Nurhayati Syafril, ingin segera pulang,",
    # ... nor whom an adjunct that opens it names
    "Di hadapan hakim tunggal Nurhayati Syafril,",
])
def test_who_an_opening_clause_speaks_of_is_not_the_pronoun_after_it(extract, opening):
    text = ("Ketua Komisi II Teguh Prasetyo Wibowo menerima rombongan itu.\n\n"
            f"{opening} ia menyatakan komisinya terbuka terhadap semua masukan.")
    assert quote_of(extract(text), "komisinya terbuka")["speaker"]["name"] == "Teguh Prasetyo Wibowo"


def test_a_title_as_a_names_last_word(extract):
    text = ("Anggota Komisi C DPRD Surabaya, Arif Fathurrahman Hakim, meminta agar pemkot merawat rumah pompa. "
            "Menurutnya, kejadian itu menunjukkan lemahnya pengawasan.")
    rec = extract(text)
    assert {(q["speaker"]["name"], q["speaker"]["kind"]) for q in rec["quotes"]} == {("Arif Fathurrahman Hakim", "person")}


def test_a_title_after_a_place_noun_is_followed_by_a_name_not_a_place(extract):
    text = ('"Kami sudah mengingatkan pedagang," kata Camat Cikupa, Kabupaten Tangerang, Fikri Mulyadi.\n\n'
            "Wakil Kepala Satuan Samapta Kepolisian Resor Metro Bekasi Kota Komisaris Fikri "
            "mengatakan arus kendaraan masih padat.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} >= {"Fikri Mulyadi"}


@pytest.mark.parametrize("later, speaker", [
    ("Kades Sidengok menambahkan,", "Siti Munawaroh"),       # Kepala Desa Sidengok, written short
    ("Kepala desa itu menambahkan,", "Siti Munawaroh"),      # the latest of two village heads
    ("Sementara itu, menlu Filipina itu menegaskan,", "Ramon Villanueva"),  # Menteri Luar Negeri Filipina
])
def test_a_title_written_short_is_the_holder_of_the_long_one(extract, later, speaker):
    text = ("Menteri Luar Negeri Filipina Ramon Villanueva menyebut manuver kapal itu berbahaya bagi awak.\n\n"
            "Kepala Desa Pagerpelah, Slamet Riyadi, menuturkan sebagian besar pengungsi tidur di masjid.\n\n"
            "Sementara itu, Kepala Desa Sidengok, Hj. Siti Munawaroh, menyebut 37 rumah berada di zona merah.\n\n"
            "Peneliti CSIS, Lina Marpaung, berpendapat ASEAN kembali terjebak pada prinsip konsensus.\n\n"
            f"{later} warga dan pemerintah masih menunggu keputusan akhir pekan depan.")
    q = quote_of(extract(text), "warga dan pemerintah masih")
    assert q["speaker"]["name"] == speaker


@pytest.mark.parametrize("title, short", [
    ("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "MenPANRB"),  # P of "pendayagunaan" alone
    ("Menteri Hukum", "Menkum"),
    ("Menteri Pendidikan Dasar dan Menengah", "Mendikdasmen"),
])
def test_a_ministers_short_title_in_a_later_paragraph_is_the_minister(extract, title, short):
    text = (f"{title} Laksmi Dewi Hartono menegaskan aparatur sipil negara harus netral.\n\n"
            "Kepala BKN Haryo Susanto mengungkapkan 318 laporan sudah diterima.\n\n"
            f"{short} juga meminta agar para pejabat tidak menunda penjatuhan sanksi.")
    q = quote_of(extract(text), "para pejabat")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Laksmi Dewi Hartono", title)


@pytest.mark.parametrize("text, body", [
    ("Kamar Dagang dan Industri (Kadin) Jawa Timur menyebutkan, ongkos pengiriman satu kontainer kini menembus "
     "6.500 dolar AS.", "Kamar Dagang dan Industri Jawa Timur"),
    ("Kamar Dagang dan Industri Indonesia atau Kadin menilai diversifikasi pasar ekspor harus dibarengi "
     "percepatan perundingan dagang.", "Kamar Dagang dan Industri Indonesia"),
    ("Badan Pangan Nasional atau Bapanas memastikan stok beras aman hingga akhir tahun ini.", "Badan Pangan Nasional"),
])
def test_a_chamber_of_commerce_and_a_body_with_its_short_name_after_atau_speak(extract, text, body):
    q = only(extract(text))
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == (body, "organization")


@pytest.mark.parametrize("named, again, body", [
    ("Tempo telah meminta tanggapan Delegasi Uni Eropa untuk Indonesia dan Brunei Darussalam, tetapi belum mendapat "
     "jawaban.", "delegasi tersebut", "Delegasi Uni Eropa untuk Indonesia dan Brunei Darussalam"),
    ("Peringatan itu dikeluarkan Stasiun Meteorologi Karel Sadsuitubun Maluku Tenggara.", "stasiun itu",
     "Stasiun Meteorologi Karel Sadsuitubun Maluku Tenggara"),
])
def test_a_delegation_or_a_station_said_again_after_an_adjunct_is_the_body(extract, named, again, body):
    text = (f"Data BPS menunjukkan ekspor sawit turun. {named} Dalam unggahan resminya pekan lalu, {again} menegaskan "
            "bahwa aturan itu berlaku sama bagi semua negara produsen.")
    assert quote_of(extract(text), "aturan itu berlaku")["speaker"]["name"] == body


@pytest.mark.parametrize("text, group", [
    ("Warga Kelurahan Terjun, Kecamatan Medan Marelan, memang sudah lama mengeluhkan bau dari TPA. Mereka juga "
     "menyebut sumur warga berubah warna sejak beberapa tahun terakhir.", "Warga Kelurahan Terjun"),
    ("Warga Tambak Lorok lainnya juga mengeluhkan rob. Mereka meminta tanggul segera ditinggikan sebelum musim hujan.",
     "Warga Tambak Lorok lainnya"),
    ("Sikap berbeda datang dari kelompok suporter PSIS Semarang, Panser Biru. Mereka menilai PSSI tidak adil "
     "karena sanksi itu terlalu berat.", "Panser Biru"),
])
def test_mereka_is_the_residents_of_a_place_or_the_members_a_preposition_names(extract, text, group):
    assert only(extract(text))["speaker"]["name"] == group


def test_a_role_over_a_comma_to_its_body_and_a_description_naming_the_body(extract):
    text = ("Direktur Angkutan Jalan pada Direktorat Jenderal Perhubungan Darat, Kementerian Perhubungan (Kemenhub), "
            "Yusuf Nugraha, S.T., M.T., mengatakan revisi tarif disusun setelah evaluasi biaya.\n\n"
            "Ketua YLKI, Sri Wahyuningsih, meminta agar konsumen dilibatkan dalam uji publik.\n\n"
            "Pejabat Kemenhub itu memastikan draf peraturan menteri akan dibahas dalam uji publik pekan depan.")
    rec = extract(text)
    first = quote_of(rec, "revisi tarif")["speaker"]
    assert (first["name"], first["role"]) == ("Yusuf Nugraha", "Direktur Angkutan Jalan pada Direktorat Jenderal "
                                               "Perhubungan Darat, Kementerian Perhubungan (Kemenhub)")
    assert quote_of(rec, "draf peraturan")["speaker"]["name"] == "Yusuf Nugraha"


def test_a_role_over_a_comma_to_its_body_before_a_name_the_sentence_does_not_open(extract):
    # (named after a passive cue, then quoted by pronoun and by the short form of the title alone)
    text = ("Rincian teknis dipaparkan Direktur Jenderal Bea dan Cukai, Kementerian Keuangan, Fadjar Nugraha Siregar. "
            "Ia mengungkapkan pihaknya telah memetakan 180 produsen minuman.\n\n"
            "\"Pengawasannya tidak memakai pita fisik,\" kata Dirjen.")
    rec = extract(text)
    for said in ("pihaknya telah", "Pengawasannya"):
        q = quote_of(rec, said)["speaker"]
        assert (q["name"], q["role"]) == ("Fadjar Nugraha Siregar", "Direktur Jenderal Bea dan Cukai, Kementerian Keuangan")


def test_a_full_name_then_a_title_of_the_company_the_article_quotes(extract):
    text = ("Antam menyatakan volume ekspor feronikel naik 11 persen.\n\n"
            "Dewi Anggraini Siregar, Sekretaris Perusahaan Antam, dalam keterangan tertulis, Rabu (16/10/2024), "
            "menjelaskan, kenaikan itu ditopang beroperasinya tungku baru di Halmahera Timur.")
    q = quote_of(extract(text), "kenaikan itu")["speaker"]
    assert (q["name"], q["role"]) == ("Dewi Anggraini Siregar", "Sekretaris Perusahaan Antam")


@pytest.mark.parametrize("text, content, speaker", [
    ("Anggota Ombudsman RI, Farid Lubis, menilai bantuan nontunai lebih aman dari penyelewengan. Salah satu yang "
     "ramai diperbincangkan adalah paket sembako dari Bupati Banyuasri Sri Wahyuni. Ia juga menilai, skema penyaluran "
     "selama ini terlalu rumit.",
     "skema penyaluran selama ini terlalu rumit", "Farid Lubis"),
    ("Pegawai bank di Surabaya, Laras (26), pernah berkeliling Rijksmuseum secara daring. Pengalaman "
     "itu ia dapat dari laman Jelajah Museum Dunia. ”Tur daring itu jadi hiburan akhir pekan,” ujarnya.",
     "Tur daring itu", "Laras"),
])
def test_a_name_after_dari_inside_a_noun_phrase_is_named_in_passing(extract, text, content, speaker):
    assert quote_of(extract(text), content)["speaker"]["name"] == speaker


def test_a_company_named_in_english_and_perusahaan_itu(extract):
    text = ("Tohoku Electric Power melaporkan tidak ada kelainan di pembangkit nuklir Higashidori. Badan Meteorologi "
            "Jepang memperingatkan gempa susulan dalam sepekan.\n\n"
            '"Pemantauan radiasi menunjukkan angka normal," demikian pernyataan perusahaan itu.')
    rec = extract(text)
    q = only(rec, type="direct")["speaker"]
    assert (q["name"], q["kind"]) == ("Tohoku Electric Power", "organization")


def test_a_role_with_a_number_before_the_name_set_off_by_commas(extract):
    text = ("Gudang yang disegel itu terletak di RT 005 Dusun Karangtengah, Desa Sumberagung. Ketua RT 005 Dusun "
            "Karangtengah, Warsito (47), membenarkan adanya penyegelan itu. Menurut Warsito, penyegelan dimulai "
            "sekitar pukul 10.00.")
    q = quote_of(extract(text), "penyegelan dimulai")["speaker"]
    assert (q["name"], q["role"]) == ("Warsito", "Ketua RT 005 Dusun Karangtengah")


@pytest.mark.parametrize("text, speaker", [
    ("Kepala Seksi Kedaruratan BPBD Kabupaten Banjarnegara, Jawa Tengah, Ir. H. Sutrisno Wibowo, M.Si., mengatakan "
     "retakan tanah terus melebar.", ("Sutrisno Wibowo", "Kepala Seksi Kedaruratan BPBD Kabupaten Banjarnegara, Jawa Tengah")),
    ("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB, Ratna Sari Dewi, menyatakan dana siap pakai "
     "sudah dikirim.", ("Ratna Sari Dewi", "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB")),
    ("Kepala Balai Wilayah Sungai Bali-Penida, Direktorat Jenderal Sumber Daya Air, Kementerian Pekerjaan Umum, "
     "Agus Wiradana, mengatakan debit sungai menurun.",
     ("Agus Wiradana", "Kepala Balai Wilayah Sungai Bali-Penida, Direktorat Jenderal Sumber Daya Air, "
                       "Kementerian Pekerjaan Umum")),
])
def test_a_role_that_runs_over_commas_to_its_body_place_or_list(extract, text, speaker):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # a word of its own is no title written short ("petugas" is no "Pelaksana Tugas")
    ("Pelaksana Tugas Wali Kota Banyuasri Teguh Wirasena meminta pedagang tertib.\n\n"
     "Kepala Satpol PP Rahmat Sugianto menyebut aparat kelurahan kini boleh menertibkan. "
     "Petugas itu mempunyai kewenangan untuk menyita. ”Jadi lurah tidak perlu menunggu satpol PP,” terangnya.",
     "Jadi lurah", "Rahmat Sugianto"),
    # a description of several words is whoever holds them all, however far back
    ("Pelatih kepala tunggal putra pelatnas PBSI, Yunus Wiradinata, menyebut keputusan hakim servis janggal.\n\n"
     "Asisten pelatih tunggal putra, Taufik Maulana, menilai Raka perlu menyesuaikan tempo servis.\n\n"
     "Tunggal putra Indonesia Raka Aditya mengaku sempat kehilangan fokus setelah dua kali ditegur.\n\n"
     "Pelatih kepala tim nasional Prancis, Fabien Laurent, membantah pemainnya diuntungkan hakim servis.\n\n"
     "Menanggapi sikap PBSI, sang pelatih kepala pelatnas mengatakan tim pelatih menerima keputusan itu.",
     "tim pelatih menerima", "Yunus Wiradinata"),
    # a country after a rank word ("Menteri Muda ... Inggris") is no name "Sang menteri" could mean
    ("Menteri Muda Urusan Pemerintahan Daerah Inggris, Helen Whitcombe, mengatakan uji coba ini bertujuan "
     "mengukur produktivitas.\n\n"
     "Sektor kesehatan tidak termasuk dalam uji coba. Sang menteri mengatakan, layanan darurat membutuhkan "
     "pola sif yang berbeda.", "layanan darurat", "Helen Whitcombe"),
    # a description that says where the person serves
    ("Wali Kota Jakarta Barat Yuliana Sari menolak relokasi warga bantaran kali. Wali Kota Jakarta Timur "
     "Rudi Hartawan justru mendukung relokasi itu.\n\n"
     "Sementara itu, wali kota perempuan pertama di Jakarta Barat itu menyebut kondisi kedua wilayah tidak "
     "bisa disamakan.", "kondisi kedua wilayah", "Yuliana Sari"),
    # ... or served, after a modifier of the title
    ("Calon gubernur nomor urut 2, Hendrik Ronsumbre, mengatakan perda adat saja tidak cukup.\n\n"
     "Mantan rektor di Sorong itu menambahkan, anak-anak kampung harus bisa menjadi dokter.",
     "anak-anak kampung", "Hendrik Ronsumbre"),
    # a role noun alone after a short form the article defines in lower case
    ("Tuntutan dibacakan jaksa penuntut umum (JPU) dari Kejaksaan Negeri Aceh Besar, Kamis.\n\n"
     "JPU Cut Rahmawati dalam tuntutannya menyatakan terdakwa terbukti menyalahgunakan dana desa.\n\n"
     "Menurut jaksa, sebagian dana justru mengalir ke rekening pribadi terdakwa dan istrinya.",
     "sebagian dana", "Cut Rahmawati"),
    # a description by kin is a resident introduced with an age, not the official quoted since
    ("Sumarni, 61 tahun, pensiunan guru sekolah dasar, tak lagi bisa tidur nyenyak.\n\n"
     "Ketua koperasi Bonifasius Lete mengatakan pihaknya akan mengembalikan dana anggota.\n\n"
     '"Enam bulan pertama lancar," kata janda tiga anak itu.', "Enam bulan pertama", "Sumarni"),
    ("Suparti (52), pedagang cabai asal Wonosobo, sudah berjualan di Pasar Johar sejak 1998.\n\n"
     "Kepala Dinas Perdagangan Kota Semarang, Wahyu Kurniawan, mengatakan pasokan cabai berkurang.\n\n"
     "Di lantai dasar, perempuan asal Wonosobo itu melayani seorang pembeli. Ia berharap harga kembali "
     "normal sebelum Lebaran Haji.", "harga kembali normal", "Suparti"),
    # a nickname the narrative gives after the name
    ('Sudarmo (74), yang akrab disapa Mbah Darmo, duduk di teras huntara.\n\n'
     '"Tanahnya bergerak pelan-pelan," kata Mbah Darmo kepada detikcom.', "Tanahnya bergerak", "Sudarmo"),
])
def test_who_a_later_mention_means(extract, text, content, speaker):
    assert quote_of(extract(text), content)["speaker"]["name"] == speaker


def test_the_first_word_of_a_short_form_alone_is_the_body_it_names(extract):
    text = ("Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI) menutup 240 aplikasi pinjol ilegal. "
            "Satgas juga meminta masyarakat hanya meminjam melalui platform yang berizin OJK.")
    q = only(extract(text), type="indirect")
    assert q["speaker"]["name"] == "Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal"


@pytest.mark.parametrize("text, speaker", [
    # the official short form of a name the article gives in full
    ("Kementerian Kesehatan dalam siaran persnya menyebutkan kasus DBD naik. Kemenkes memperkirakan puncak kasus "
     "terjadi pada Februari.", "Kementerian Kesehatan"),
    # ... but not a long form the article never writes
    ("Kemenkes memperkirakan puncak kasus demam berdarah terjadi pada Februari hingga Maret.", "Kemenkes"),
])
def test_an_official_short_form_is_the_body_the_article_names_in_full(extract, text, speaker):
    assert of_type(extract(text), "indirect")[-1]["speaker"]["name"] == speaker


def test_what_a_person_is_after_the_age_runs_to_the_end_of_the_sentence(extract):
    text = ('Salah satunya Darsono (48), nakhoda perahu berkapasitas 5 gross ton (GT). Solar di SPBN habis.\n\n'
            '"Kuota solar kami cuma 60 liter," kata Darsono.')
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["name"], sp["role"]) == ("Darsono", "nakhoda perahu berkapasitas 5 gross ton (GT)")

def test_a_name_written_with_an_honorific_is_a_persons_and_lends_its_word(extract):
    # "Hj. Sutarmi": one word, but a person's name; "Sutarmi justru ..." later is she
    text = ("Dua pedagang grosir, H. Mukhlis Effendi dan Hj. Sutarmi, punya pengalaman berbeda.\n\n"
            "“Beras murah datang seminggu sekali,” kata Mukhlis.\n\n"
            "Sutarmi justru mengeluhkan sepinya pembeli. Menurut perempuan asal Karawang itu, konsumen "
            "kini beralih ke beras kemasan di minimarket.")
    q = quote_of(extract(text), "konsumen kini beralih")
    assert q["speaker"]["name"] == "Sutarmi"


@pytest.mark.parametrize("description, speaker", [
    ("perempuan paruh baya itu", "Suwarni"),   # 47: middle-aged
    ("bocah kelas lima SD itu", "Dimas"),      # 11: a child
    ("kakek tujuh cucu itu", "Darsono"),       # 66: a grandfather's age
    ("pemuda itu", "Rohman"),                  # 24: a young man
])
def test_a_description_by_age_class_is_whoever_the_article_gave_such_an_age(extract, description, speaker):
    text = ("Salah satunya Suwarni (47), warga RT 03 Dusun Krajan. Di sebelahnya, Dimas (11) ikut menenteng "
            "dua jeriken kecil. Ada pula Darsono (66) dan Rohman (24) yang menunggu giliran.\n\n"
            f'"Besok antre lagi. Mau bagaimana lagi," ucap {description} sambil tersenyum tipis.')
    q = quote_of(extract(text), "Besok antre lagi")
    assert q["speaker"]["name"] == speaker


def test_a_body_named_by_a_collective_noun_opening_a_paragraph_speaks_as_itself(extract):
    # "Manajemen Arema FC" is the club's management, not a role whose holder is the manager nearby
    text = ("Kekalahan ini menambah tekanan terhadap pelatih.\n\n"
            "Manajemen Arema FC menyatakan masih memberikan kepercayaan penuh kepada pelatih. Manajer Arema FC, "
            "Didik Sugianto, mengatakan evaluasi dilakukan setiap pekan.")
    q = quote_of(extract(text), "masih memberikan kepercayaan")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == ("Manajemen Arema FC", "organization")


def test_a_body_word_a_name_and_a_number_name_a_school_not_a_person(extract):
    text = ("Kepala Dinas Kesehatan Sidoarjo, Lilik Suryani, mengungkapkan kasus DBD naik tajam.\n\n"
            "Pengasapan dilakukan di lingkungan SDN Kemiri 1 sejak Senin. Menurutnya, pengasapan bukan solusi utama.")
    rec = extract(text)
    assert quote_of(rec, "pengasapan bukan solusi")["speaker"]["name"] == "Lilik Suryani"
    assert "Kemiri" not in [e["name"] for e in rec["entities"]]


@pytest.mark.parametrize("introduction, name, role", [
    ("Di kubu lawan, pelatih Persita, Ahmad Zulkarnain, mengaku puas.", "Ahmad Zulkarnain", "pelatih Persita"),
    ("Gol pertama dicetak kapten tim, Andi Muhammad Rizky, lewat sundulan.", "Andi Muhammad Rizky", "kapten tim"),
])
def test_a_role_opening_in_lower_case_before_a_name_set_off_by_commas(extract, introduction, name, role):
    q = only(extract(f'{introduction}\n\n"Kami bermain disiplin," kata {name.split()[-1]}.'), type="direct")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == (name, role)


def test_a_description_that_says_whose_differently_is_not_the_same_role(extract):
    # "pengacara keluarga korban" is not "pengacara dua tersangka", the latest lawyer before it
    text = ("Keluarga korban menunjuk Dedi Kurniawan sebagai kuasa hukum. Dedi mengatakan pihaknya akan mengawal "
            "proses hukum.\n\n"
            "Di sisi lain, pengacara dua tersangka, Bonar Panjaitan, meminta publik tidak buru-buru menghakimi.\n\n"
            "Pernyataan Bonar itu ditepis Dedi. Menurut pengacara keluarga korban tersebut, bukti rekaman sudah kuat.")
    q = quote_of(extract(text), "bukti rekaman")
    assert q["speaker"]["name"] == "Dedi Kurniawan"

def test_a_description_by_sex_is_no_one_the_article_shows_to_be_of_the_other(extract):
    # "Mama Ros": a woman; "ayah empat anak itu" is a man, however near she stands
    text = ("Yakub (52) sudah tiga hari tidak melaut.\n\n"
            "Rosalina (45), pedagang ikan yang biasa disapa Mama Ros, juga mengeluh. “Ikan makin sedikit,” "
            "ujar Mama Ros.\n\n"
            "Menjelang petang, ayah empat anak itu kembali ke pantai. Ia mengatakan hasil seharian tak cukup "
            "untuk membeli bensin.")
    assert quote_of(extract(text), "hasil seharian")["speaker"]["name"] == "Yakub"

@pytest.mark.parametrize("woman", ["Rosdiana Mohamad", "Marlina Hasan", "Nurjanah Ahmad"])
def test_a_womans_name_ending_with_her_fathers_is_no_mans(extract, woman):
    # (Gorontalo, Aceh, Bugis: a woman's name may end with her father's given name)
    text = ("Ketua RT 03, Yusuf Abdullah, yang oleh warga biasa disapa Ka Ucup, mengatakan air naik setelah tengah malam.\n\n"
            f"Seorang pedagang, {woman} (47), mengaku tidak sempat menyelamatkan dagangannya. Perempuan berusia "
            "47 tahun itu menuturkan, air masuk ke kiosnya dalam hitungan menit.")
    assert quote_of(extract(text), "air masuk ke kiosnya")["speaker"]["name"] == woman


def test_a_description_said_again_means_whom_it_meant_the_first_time(extract):
    text = ("Pebalap Gresini Racing, Álex Ruiz de la Fuente, menang di Mandalika. Pebalap asal Spanyol itu finis "
            "1,8 detik di depan rivalnya.\n\n"
            "Manajer tim, Bambang Setiadi Kusuma, mengatakan tim sudah bekerja keras sejak Jumat.\n\n"
            "Soal peluang juara dunia, pebalap asal Spanyol itu menegaskan ia belum mau menghitung poin.")
    assert quote_of(extract(text), "ia belum mau")["speaker"]["name"] == "Álex Ruiz de la Fuente"


def test_after_a_title_a_rank_word_completes_the_bodys_name_comes_before_the_persons(extract):
    # "Direktur Utama": "Perum Bulog" is the body, "Sigit" the name the article uses alone
    text = ("Direktur Utama Perum Bulog Sigit Hartanto mengatakan pihaknya sudah menyiapkan stok di gudang Bulog.\n\n"
            '"Kami siap menyalurkan beras," kata Sigit.')
    q = only(extract(text), type="direct")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Sigit Hartanto", "Direktur Utama Perum Bulog")

@pytest.mark.parametrize("text, speakers", [
    # (the real name set off after the stage name: the person is the real name, wherever the article
    # writes the stage name alone)
    ("Vokalis Ogi, yang bernama asli Yoga Pratama Siregar, mengatakan reuni sudah lama direncanakan.\n\n"
     '"Kami sudah tua," kata Ogi.', {"Yoga Pratama Siregar"}),
    # (after what the person is, with a place in it)
    ("Lagu itu diproduseri Ramzy, produser musik asal Bandung yang bernama asli Rama Aditya Nugraha. Ramzy "
     "mengungkapkan proses produksi lagu itu berlangsung cepat.", {"Rama Aditya Nugraha"}),
    # (in a description of the person named last: a word of address before the stage name)
    ("Pimpinan Ludruk Sinar Budaya, Cak Gondrong, menyebut pementasan itu sebagai hadiah.\n\n"
     "Pria bernama asli Sukirman Hadi Wijaya itu bergabung sejak berusia 17 tahun. “Dulu kami main keliling "
     "kampung,” ujarnya.", {"Sukirman Hadi Wijaya"}),
])
def test_a_real_name_the_article_gives_is_the_person_named_by_a_stage_name(extract, text, speakers):
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == speakers


@pytest.mark.parametrize("text, speaker", [
    # ("atau yang akrab disapa", "atau yang lebih dikenal sebagai": the name, then what the person is called)
    ("Pimpinan OM Nada Rembulan, Mochammad Ismail atau yang akrab disapa Cak Mat, menyebut panitia menghubungi "
     "mereka lewat surel.\n\nMenurut Cak Mat, rombongan berangkat bersama.", "Mochammad Ismail"),
    ("Presenter senior Yusuf Sarbini Hadiwijaya atau yang lebih dikenal sebagai Bang Ucup resmi pamit dari program "
     "kuis.\n\nUcup mengatakan, keputusan untuk berhenti sudah dipikirkan sejak lama.", "Yusuf Sarbini Hadiwijaya"),
])
def test_a_nickname_given_after_atau_is_the_persons(extract, text, speaker):
    assert extract(text)["quotes"][-1]["speaker"]["name"] == speaker


def test_a_name_then_atau_yang_and_its_nickname_set_off_is_the_subject(extract):
    text = "Rekan setim Bernardes, I Putu Raka Pradnyana atau yang akrab disapa Raka, berharap sang striker tetap bertahan."
    assert only(extract(text), type="indirect")["speaker"]["name"] == "I Putu Raka Pradnyana"


def test_the_two_a_dual_pronoun_means_are_named_in_full_whatever_nickname_names_one(extract):
    text = ("Salah satu pemain senior, Slamet Riyadi Hasibuan, yang akrab disapa Cak Met, membenarkan kabar itu.\n\n"
            "Cak Met dan kapten tim, Fandi Ahmad Rosyid, sudah dua kali meminta pertemuan dengan direksi klub. "
            "Keduanya mengaku belum mendapat jawaban.")
    assert extract(text)["quotes"][-1]["speaker"]["name"] == "Slamet Riyadi Hasibuan dan Fandi Ahmad Rosyid"


def test_a_full_name_in_a_description_completes_the_name_given_before_not_the_latest_persons(extract):
    # ("Pemeran yang bernama lengkap Rendy Alvaro Siregar itu" after "Rendy Alvaro", with a police officer
    # quoted in between: the officer keeps his name)
    text = ("RAS tak lain adalah Rendy Alvaro, pemeran utama sinetron itu.\n\n"
            "Kasat Resnarkoba AKBP Dimas Arya Pratama menambahkan, tersangka sudah memakai sabu enam bulan terakhir. "
            '"Tapi itu tetap tidak bisa dibenarkan," ujar Dimas.\n\n'
            "Pemeran yang bernama lengkap Rendy Alvaro Siregar itu turut dihadirkan dalam konferensi pers.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Dimas Arya Pratama"}


def test_a_real_name_given_after_initials_is_not_the_person_named_before(extract):
    text = ("Bendesa Adat Nyitdah, I Nyoman Arsana, mengungkapkan upacara digelar pada Minggu.\n\n"
            "Keluarga LO yang bernama lengkap Liam O'Connor menyatakan menyesal atas perbuatan anaknya.")
    said = {q["text"]: q["speaker"]["name"] for q in extract(text)["quotes"]}
    assert said["upacara digelar pada Minggu"] == "I Nyoman Arsana"


def test_a_nickname_a_description_in_the_narrative_gives_is_the_persons(extract):
    text = ("Penyerang asal Brasil, João Vítor dos Santos, mencetak dua gol. Pemain yang akrab disapa Joãozinho "
            "itu membuka keunggulan lewat sundulan.\n\n"
            '"Saya punya dua peluang lagi di babak kedua," ujar Joãozinho.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "João Vítor dos Santos"


def test_keduanya_is_the_two_people_named_together_before_it(extract):
    text = ("Dua hakim konstitusi, Ratna Sari Dewi dan Yusuf Pamungkas, menyatakan pendapat berbeda. Keduanya "
            "menilai Mahkamah semestinya mengabulkan sebagian permohonan.")
    q = quote_of(extract(text), "Mahkamah semestinya")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == ("Ratna Sari Dewi dan Yusuf Pamungkas", "group")


def test_keduanya_is_the_only_two_people_its_paragraph_names_before_it(extract):
    text = ("Ayahnya, Suparno (49), bekerja sebagai tukang kayu. Sang ibu, Kasminah (45), berjualan gorengan di depan "
            "sekolah. Keduanya mengaku tidak pernah membayangkan anak mereka bisa menjadi juara nasional.")
    q = quote_of(extract(text), "tidak pernah membayangkan")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == ("Suparno dan Kasminah", "group")


@pytest.mark.parametrize("second", ["Iker Salcedo", "Iker Salcedo. Salcedo baru pulih dari cedera"])
def test_keduanya_opening_a_paragraph_that_names_no_one_is_the_two_people_of_the_paragraph_before(extract, second):
    text = ("Madrid - Atlético menang 2-1. Pelatih Atlético, Ramón Olaizola, menilai semangat pemain menjadi pembeda.\n\n"
            f"Gol penentu dicetak gelandang muda Pablo Ortuño lewat sundulan, memanfaatkan umpan silang {second}.\n\n"
            "Dalam wawancara seusai laga, keduanya mengatakan gol itu sudah dilatih berulang kali dalam latihan.")
    q = quote_of(extract(text), "gol itu sudah dilatih")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == ("Pablo Ortuño dan Iker Salcedo", "group")


@pytest.mark.parametrize("opening, described, role", [
    ("Kementerian Perdagangan merevisi aturan impor.", "kementerian itu", "Juru bicara Kementerian Perdagangan"),
    ("KPK menyatakan akan menghadirkan saksi.", "lembaga antirasuah itu", "Juru bicara KPK"),
])
def test_a_role_naming_its_body_by_what_it_is_names_the_body(extract, opening, described, role):
    text = (f"{opening}\n\nJuru bicara {described}, Larasati Wulandari, mengatakan importir wajib mendaftar ulang.\n\n"
            "Kementerian Keuangan juga mengkaji tarif baru.\n\n"
            '"Kami terbuka," kata Larasati.')
    roles = {q["speaker"]["role"] for q in extract(text)["quotes"] if q["speaker"]["name"] == "Larasati Wulandari"}
    assert roles == {role}  # (the later quote too: the body named before the role, not before the quote)


@pytest.mark.parametrize("role", ["Duta Besar Prancis untuk Indonesia", "Ketua DPP PDI Perjuangan bidang Kesehatan"])
def test_a_title_that_goes_on_after_untuk_keeps_its_words(extract, role):
    text = (f"Makassar (ANTARA) - {role} Claire Moreau-Lefèvre melakukan kunjungan kehormatan ke Kantor Gubernur. "
            '"Kami ingin membuka jalan," kata Moreau-Lefèvre usai pertemuan.')
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Claire Moreau-Lefèvre", role)


def test_what_kind_of_person_gives_way_to_the_office_given_before(extract):
    # (a role ending on a hyphenated acronym, "PDI-P", set off before the name is the person's office)
    text = ("Anggota Komisi II dari Fraksi PDI-P, Lukas Sembiring, langsung menyatakan penolakan.\n\n"
            '"Ambang batas itu terlalu tinggi," kata politikus PDI-P itu.')
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Lukas Sembiring", "Anggota Komisi II dari Fraksi PDI-P")


def test_what_someone_is_to_a_family_gives_way_to_what_they_do(extract):
    # (a role set off after the name at a sentence's end is theirs; "ibu tiga anak" says only whose mother)
    text = ("Salah satu saksi yang diperiksa adalah Sri Wahyuni, bendahara pengeluaran.\n\n"
            "Sri, ibu tiga anak yang sudah 15 tahun bekerja di dinas itu, mengaku pernah menerima amplop berisi uang.")
    assert quote_of(extract(text), "pernah menerima")["speaker"]["role"] == "bendahara pengeluaran"




@pytest.mark.parametrize("opening, role", [
    ("Dalam sidang itu, jaksa penuntut umum dari Kejaksaan Negeri Garut", "jaksa penuntut umum dari Kejaksaan Negeri Garut"),
    # (a verb before "dari" opens no role: whom someone lost to is no title)
    ("Tim itu takluk dari petenis Rusia", "petenis Rusia"),
])
def test_a_lower_case_title_runs_over_dari_to_its_body_before_a_name_set_off(extract, opening, role):
    text = f'{opening}, Rizal Fahmi, hadir kemarin. "Saksi hadir," kata Rizal.'
    assert only(extract(text), type="direct")["speaker"]["role"] == role

@pytest.mark.parametrize("described", ["pria asal Pekalongan", "ekonom asal Prancis"])
def test_what_kind_of_person_or_where_from_gives_way_to_what_they_do(extract, described):
    text = ("Salah satu saksi yang diperiksa adalah Sri Wahyudi, bendahara pengeluaran.\n\n"
            f"Sri Wahyudi, {described} yang sudah 15 tahun bekerja di dinas itu, mengaku pernah menerima amplop.")
    assert quote_of(extract(text), "pernah menerima")["speaker"]["role"] == "bendahara pengeluaran"

@pytest.mark.parametrize("adverb", ["", "sama-sama ", "kompak "])
def test_two_people_joined_by_dan_speak_together(extract, adverb):
    text = ("Sutrisno Hadi, petani penggarap, ikut hadir. "
            f"Sutrisno dan Wahyuningsih {adverb}menyebut pupuk bersubsidi di kios resmi kerap habis saat musim tanam.")
    speaker = quote_of(extract(text), "pupuk bersubsidi")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Sutrisno Hadi dan Wahyuningsih", "group")


@pytest.mark.parametrize("subject", ["tim jaksa KPK", "tim kuasa hukum terdakwa", "manajemen klub"])
def test_a_team_in_lower_case_after_an_adjunct_speaks_as_a_group(extract, subject):
    text = f"Dalam dakwaan itu, {subject} menyebut Samsul telah merugikan keuangan negara sebesar Rp 14,7 miliar."
    speaker = quote_of(extract(text), "Samsul telah")["speaker"]
    assert (speaker["name"], speaker["kind"]) == (subject, "group")


def test_a_role_with_dan_in_it_is_no_pair(extract):
    text = "Ketua Kamar Dagang dan Industri Kota Kediri Mochamad Arif Santoso mengatakan, ekspor kerajinan naik."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Mochamad Arif Santoso", "person")


@pytest.mark.parametrize("subject", [
    "Budi Santoso dan Siti Aminah, dua pedagang di pasar itu,",
    "Dr. Budi Santoso dan Dr. Siti Aminah, dua dosen yang hadir dalam audiensi,",
    # (each set off after what they are)
    "Ketua Koperasi Tani Makmur, Budi Santoso, dan bendaharanya, Siti Aminah,",
])
def test_two_people_set_off_with_what_they_are_speak_together(extract, subject):
    speaker = only(extract(f"{subject} mengaku omzet mereka turun separuh."), type="indirect")["speaker"]
    assert set(speaker["name"].split(" dan ")) == {"Budi Santoso", "Siti Aminah"}


@pytest.mark.parametrize("title", ["Direktur Utama perseroan", "Direktur Keuangan perusahaan itu"])
def test_a_title_of_the_body_named_before_then_the_holder_set_off_after_the_cue(extract, title):
    text = ("JAKARTA - OJK mencabut izin usaha PT Asuransi Jiwa Cahaya Abadi.\n\n"
            f'"Manajemen akan bersikap kooperatif," tulis {title}, Yudistira Halim, dalam keterangan tertulis.')
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Yudistira Halim", title)


def test_a_body_set_off_after_what_it_is_is_whom_perusahaan_itu_means(extract):
    text = ("MANILA - Kapal feri tenggelam di perairan Sulu.\n\n"
            "Operator kapal, Sulu Star Shipping, menyampaikan duka cita melalui akun Facebook. Perusahaan itu "
            "berjanji akan menanggung seluruh biaya perawatan korban.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Sulu Star Shipping", "organization")


@pytest.mark.parametrize("opening", [
    "Perusahaan rintisan (start-up) niaga cepat Pasarnusa",
    "Perusahaan agritech Pasarnusa",
])
def test_a_body_named_after_what_it_is_in_lower_case_is_whom_perusahaan_itu_means(extract, opening):
    text = (f"TEMPO.CO, Jakarta - {opening} memutus hubungan kerja sekitar 340 karyawan. Perusahaan itu "
            "menyatakan langkah tersebut merupakan bagian dari restrukturisasi.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Pasarnusa", "organization")


@pytest.mark.parametrize("opening", [
    "Perusahaan yang dipimpin Budi Santoso",  # (a clause about the company names no company)
    "Perusahaan milik Budi Santoso",
])
def test_a_company_described_by_its_owner_is_not_its_owner(extract, opening):
    text = f"{opening} memutus hubungan kerja 340 karyawan. Perusahaan itu menyatakan langkah itu perlu."
    assert (only(extract(text), type="indirect")["speaker"] or {}).get("name") != "Budi Santoso"


def test_saat_itu_after_a_title_says_when_and_describes_no_one(extract):
    text = ("JAKARTA - Terdakwa MRS divonis 15 tahun penjara.\n\n"
            "Saat penangkapan pada 2023, Deputi Pemberantasan BNN saat itu menyebut MRS merupakan bagian dari "
            "jaringan pengedar lintas provinsi.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["mention"], speaker["name"]) == ("Deputi Pemberantasan BNN", "Deputi Pemberantasan BNN")


def test_the_last_item_of_a_list_in_a_bodys_name_is_no_one_of_a_pair(extract):
    text = ("Direktur Industri Tekstil, Kulit, dan Alas Kaki Kementerian Perindustrian, Rizal Fauzi, mengatakan "
            "ekspor alas kaki naik 12 persen.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Rizal Fauzi", "person")


@pytest.mark.parametrize("pair, expected", [
    ("Amelia/Nadya", "Amelia Putri dan Nadya Manurung"),
    ("Amelia dan Nadya", "Amelia Putri dan Nadya Manurung"),
    # (two people quoted in turn the article never paired: still the two, the only ones quoted)
    ("tim putri", "Amelia Putri dan Nadya Manurung"),
])
def test_keduanya_after_a_pair_quoted_in_turn_is_the_two(extract, pair, expected):
    text = (f"Ganda putri {pair} menjuarai turnamen itu.\n\n"
            'Amelia Putri mengatakan kunci kemenangan ada pada ketenangan. "Kami main lepas saja," kata Amelia.\n\n'
            'Nadya Manurung, pemain asal Pematangsiantar, menambahkan dukungan suporter ikut membakar semangat mereka. '
            '"Rasanya seperti main di Istora," ujarnya.\n\n'
            "Keduanya menilai final kali ini menjadi pertandingan terberat sejak mereka dipasangkan.")
    speaker = quote_of(extract(text), "final kali ini")["speaker"]
    assert (speaker["name"] if speaker else None) == expected


def test_keduanya_after_three_people_quoted_is_no_one(extract):
    text = ('Amelia Putri mengatakan kunci kemenangan ada pada ketenangan. "Kami main lepas saja," kata Amelia.\n\n'
            'Pelatih ganda putri, Eng Hian, menilai lawan tampil di bawah performa terbaiknya.\n\n'
            'Nadya Manurung menambahkan dukungan suporter ikut membakar semangat mereka.\n\n'
            "Keduanya menilai final kali ini menjadi pertandingan terberat sejak mereka dipasangkan.")
    assert quote_of(extract(text), "final kali ini")["speaker"] is None


def test_keduanya_after_a_pair_quoted_in_turn_over_three_paragraphs_and_a_link(extract):
    text = ("Ganda putri Amelia/Nadya menjuarai turnamen itu.\n\n"
            'Amelia Putri mengatakan kunci kemenangan ada pada ketenangan.\n\n"Kami main lepas saja," kata Amelia.\n\n'
            "Baca juga: Tunggal Putra Indonesia Tersingkir\n\n"
            'Nadya Manurung menambahkan dukungan suporter ikut membakar semangat mereka.\n\n'
            '"Rasanya seperti main di Istora," ujar Nadya.\n\n'
            "Keduanya menilai final kali ini menjadi pertandingan terberat sejak mereka dipasangkan.")
    assert quote_of(extract(text), "final kali ini")["speaker"]["name"] == "Amelia Putri dan Nadya Manurung"


def test_a_batak_name_with_boru_and_what_she_is_after_her_age(extract):
    text = 'Nurhayati boru Sinaga (40), seorang warga, bercerita, "Kalau malam, bunyinya menderu-deru."'
    q = only(extract(text), type="direct")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Nurhayati boru Sinaga", "seorang warga")


def test_a_name_after_alias_is_the_persons(extract):
    text = ('Terdakwa kasus arisan online bodong, Nurhaliza alias Lisa (34), akhirnya buka suara. '
            '"Betul, Yang Mulia," jawab Lisa.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Nurhaliza"


def test_whom_something_is_said_to_opening_the_sentence_is_neither_a_name_nor_a_role(extract):
    text = ("Mikkel Holst berencana membuka akademi di Aarhus. Kepada Reuters, ia mengatakan tidak tertarik menjadi "
            "pelatih tim nasional.\n\nWali Kota Madiun Gilang Permana meninjau pasar itu. Kepada warga Kota Madiun, "
            "Gilang memastikan retribusi kios tidak dinaikkan.")
    rec = extract(text)
    assert quote_of(rec, "tidak tertarik")["speaker"]["name"] == "Mikkel Holst"
    assert quote_of(rec, "retribusi kios")["speaker"]["role"] == "Wali Kota Madiun"


@pytest.mark.parametrize("noun", ["forum", "aliansi", "himpunan"])
def test_a_forum_or_alliance_named_again_by_its_noun_speaks(extract, noun):
    text = (f"{noun.capitalize()} Komunikasi Jemaah Jawa Barat menilai sosialisasi soal syarat itu datang terlambat. "
            f"Menurut {noun} itu, banyak jemaah baru mengetahui aturan tersebut setelah menerima panggilan pelunasan.")
    q = quote_of(extract(text), "banyak jemaah")
    assert q["speaker"]["name"] == f"{noun.capitalize()} Komunikasi Jemaah Jawa Barat"


def test_a_title_inside_the_relative_clause_of_a_description_is_not_the_persons_role(extract):
    # ("yang dulu bekerja sebagai guru honorer": what she was, inside what she is)
    text = ("Kepala Dinas Pariwisata Kabupaten Bima Syarifuddin Abbas mengatakan festival digelar tiap tahun.\n\n"
            "Sosok di balik festival itu adalah seorang kepala desa berusia 38 tahun yang dulu bekerja sebagai guru "
            "honorer, Nurhayati Ahmad. Sang kepala desa mengatakan ide festival muncul setelah remaja putri enggan "
            "memakai rimpu.")
    sp = quote_of(extract(text), "ide festival")["speaker"]
    assert sp["name"] == "Nurhayati Ahmad" and sp["role"].startswith("kepala desa")


def test_a_description_by_age_is_whom_a_quote_spoke_of_with_that_age(extract):
    text = ("Kapolres Wakatobi AKBP Yudha Prasetya Nugraha menyebutkan, nakhoda kapal berinisial LOR (45) selamat "
            "dan masih diperiksa penyidik.\n\nDitemui di Markas Polres Wakatobi, nakhoda berusia 45 tahun itu mengaku "
            'mesin kapal sempat mati sebelum ombak besar datang. "Saya sudah coba putar haluan," kata dia.')
    rec = extract(text)
    assert quote_of(rec, "mesin kapal")["speaker"]["name"] == "LOR"
    assert quote_of(rec, "Saya sudah")["speaker"]["name"] == "LOR"


def test_a_clause_on_a_role_between_the_role_and_the_name(extract):
    text = ("Sementara itu, Pelaksana Fungsi Konsuler KBRI Mexico City, yang wilayah akreditasinya mencakup Guatemala, "
            "Rizky Anindita, dalam keterangan tertulis memastikan tidak ada warga negara Indonesia yang menjadi korban.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Rizky Anindita", "Pelaksana Fungsi Konsuler KBRI Mexico City")


def test_a_cue_opening_a_sentence_is_no_word_of_a_bodys_name(extract):
    # ("Menurut Dirjen PSDKP itu, …" named a body "Menurut Dirjen PSDKP", which "Organisasi tersebut" then meant)
    text = ("Dirjen PSDKP Budi Santoso mengatakan penyelundupan benih lobster meningkat. Menurut Dirjen PSDKP itu, "
            "petugas menggagalkan 27 upaya penyelundupan.\n\nDi luar gedung, puluhan nelayan menggelar aksi damai. "
            "Organisasi tersebut menuntut harga patokan dinaikkan menjadi Rp 15.000 per ekor.")
    sp = quote_of(extract(text), "harga patokan")["speaker"]
    assert sp is None or "Menurut" not in sp["name"]


def test_mereka_is_the_group_after_an_opening_adjunct_with_places_set_off_inside_it(extract):
    text = ("Di balkon ruang paripurna, puluhan warga Desa Roko-Roko, Wawonii, mengikuti jalannya sidang. Mereka "
            "berharap interpelasi membuka jalan bagi peninjauan ulang izin tambang.")
    sp = only(extract(text), type="indirect")["speaker"]
    # (residents named with where they live)
    assert (sp["kind"], sp["name"]) == ("group", "puluhan warga Desa Roko-Roko")


@pytest.mark.parametrize("description, speaker", [
    ("Pengacara kondang itu", "Hotman Sitompul"),   # another word for "kuasa hukum"
    ("Juru taktik asal Belanda itu", "Marco van Basten"),   # ... for "pelatih"
    ("Diplomat senior itu", "Henrik van der Berg"),   # ... for "duta besar"
])
def test_a_description_by_another_word_for_the_role_is_its_holder(extract, description, speaker):
    text = ("Duta Besar Uni Eropa untuk Indonesia, Henrik van der Berg, menjelaskan gugus tugas sudah dibentuk. "
            "Kuasa hukum terdakwa, Hotman Sitompul, membantah dakwaan. Pelatih tim tamu, Marco van Basten, hadir. "
            f"Sementara itu, jaksa Andi Saputra menyebut bukti sudah lengkap. {description} menilai dakwaan jaksa lemah.")
    assert quote_of(extract(text), "dakwaan jaksa lemah")["speaker"]["name"] == speaker


def test_a_capitalised_title_right_before_a_lowercase_one_opens_the_role(extract):
    text = 'Sidang dibuka. Hakim ketua Suparman membacakan putusan.\n\n"Terdakwa terbukti bersalah," kata Suparman.'
    assert only(extract(text), type="direct")["speaker"]["role"] == "Hakim ketua"


def test_another_word_for_a_role_two_people_hold_is_the_one_named_last(extract):
    text = ("Pelatih PSMS, Hendra Wijaya Kusuma, menilai timnya lengah. Pelatih Semen Padang, Eduardo Salvatierra, "
            "puas.\n\nHendra juga mempersoalkan keputusan wasit Agus Setiawan pada menit ke-60.\n\n"
            '"Jelas itu penalti," ucap juru taktik berusia 47 tahun tersebut.')
    assert quote_of(extract(text), "Jelas itu")["speaker"]["name"] == "Hendra Wijaya Kusuma"


def test_an_adjective_before_a_name_set_off_is_no_role(extract):
    text = ('Pelatih PSMS, Hendra Wijaya Kusuma, kecewa.\n\nSaat ditanya soal peluang lolos ke babak delapan besar, '
            "Hendra menggeleng. “Belum waktunya bicara itu. Masih ada enam laga.”")
    sp = quote_of(extract(text), "Belum waktunya")["speaker"]
    assert (sp["name"], sp["role"]) == ("Hendra Wijaya Kusuma", "Pelatih PSMS")


def test_a_description_after_the_cue_runs_over_where_the_one_described_served(extract):
    text = ("Pelatih Semen Padang Eduardo Salvatierra puas. “Satu poin tidak buruk,” tegas mantan asisten pelatih "
            "di akademi Valencia tersebut.")
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["mention"], sp["name"]) == ("mantan asisten pelatih di akademi Valencia tersebut", "Eduardo Salvatierra")


def test_how_a_person_is_called_set_off_after_the_name_is_no_role(extract):
    text = "Wali Kota Surabaya Eri Cahyadi meresmikan taman. Eri, sapaan akrabnya, berharap taman dirawat bersama."
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Eri Cahyadi", "Wali Kota Surabaya")


@pytest.mark.parametrize("text, said, speaker", [
    # whom a pronoun subject spoke of is not who speaks next
    ("Menurut Sri Mulyani, defisit masih terkendali. Ia juga menyinggung kebijakan Gubernur BI Perry Warjiyo."
     '\n\n"Koordinasi kami dengan BI sangat baik," tuturnya.', "Koordinasi", "Sri Mulyani"),
    # a year before the demonstrative keeps a description whole (no person "Akpol")
    ('Kapolres Lumajang AKBP Dimas Arya Pradana mengatakan pelaku ditangkap. "Mobil sudah dijual," ucap Dimas.'
     "\n\nPerwira menengah lulusan Akpol 2006 itu menyebut pihaknya juga mengamankan penadah berinisial HS (41). "
     "Menurutnya, HS akan dijerat dengan pasal penadahan.", "HS akan", "Dimas Arya Pradana"),
    # any body is a "lembaga"
    ("Kantor berita resmi Senegal, APS, melaporkan pemerintah menetapkan masa berkabung nasional.\n\n"
     "Organisasi Internasional untuk Migrasi (IOM) menyatakan rute Atlantik merupakan jalur paling mematikan. "
     "Lembaga itu meminta negara-negara di kawasan memperluas jalur migrasi yang aman.", "negara-negara",
     "Organisasi Internasional untuk Migrasi"),
    # the head of state is the president the article named
    ("Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di Tokyo. Kepala Negara "
     "mengatakan kerja sama energi akan diperluas.", "kerja sama", "Prabowo Subianto"),
    # a description after "Menurut" whose head the clause says again keeps its role (resolving it failed)
    ("Bambang Sutrisno bekerja di galangan kapal Ulsan sejak 2021. Menurut pekerja yang sudah empat tahun di "
     "Ulsan itu, pekerja asing paling terdampak pemogokan.", "pekerja asing", "Bambang Sutrisno"),
])
def test_whom_a_reference_back_means(extract, text, said, speaker):
    assert quote_of(extract(text), said)["speaker"]["name"] == speaker


def test_a_councils_short_form_inside_someones_role_is_the_council(extract):
    # ("Majelis" heads titles too, but "Majelis Rakyat Papua" is a body, not whoever works there)
    text = ("Ketua Kelompok Kerja Perempuan Majelis Rakyat Papua (MRP) Naomi Itlay mengatakan perempuan harus "
            "dilibatkan. MRP dalam keputusan kultural menyatakan memberikan persetujuan terhadap raperdasus itu.")
    sp = quote_of(extract(text), "memberikan persetujuan")["speaker"]
    assert (sp["name"], sp["kind"]) == ("Majelis Rakyat Papua", "organization")


@pytest.mark.parametrize("text, speaker", [
    ("Laga sempat terhenti. Panitia pelaksana pertandingan menyebut insiden itu akan tercatat dalam laporan.",
     "Panitia pelaksana pertandingan"),
    ('Laga sempat terhenti. "Insiden itu akan tercatat dalam laporan," kata panitia.', "panitia"),
])
def test_a_committee_speaks(extract, text, speaker):
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == [speaker]


def test_a_nickname_after_where_someone_is_from_is_no_name_for_the_place(extract):
    text = ("Pelatih memuji Ronaldo Kambuaya, penyerang 21 tahun asal Serui yang akrab disapa Aldo. "
            '"Gol ini untuk Bapa," kata Aldo.\n\nIa mengatakan target pribadinya musim ini adalah mencetak 12 gol.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Ronaldo Kambuaya"}


def test_a_nickname_after_a_place_shortens_the_name_of_who_was_named_before(extract):
    text = ("Matahari belum tinggi ketika Yuliana Ndun (47) menurunkan dua jeriken kosong. Sejak pukul 04.00 Wita, "
            "warga Desa Oesina, Kabupaten Kupang, Nusa Tenggara Timur, yang akrab disapa Mama Yuli itu sudah berjalan "
            '3 kilometer.\n\n"Embungnya tinggal lumpur," kata Mama Yuli.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Yuliana Ndun"


def test_a_nickname_with_an_honorific_names_the_person_without_it_too(extract):
    text = ("Rosalina (45), pedagang ikan yang biasa disapa Mama Ros, menunggu di dermaga.\n\n"
            '"Ikan makin sedikit," ujar Mama Ros.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Rosalina"


@pytest.mark.parametrize("later", ["de Rham", "van der Rham", "ter Rham", "du Rham", "do Rham"])
def test_a_surname_opening_with_its_particle_keeps_the_role(extract, later):
    # (the lower-case particle opens the name, not a role: "kata de Rham")
    text = (f"Menteri Luar Negeri Swiss Anne-Catherine {later}, yang menjadi tuan rumah, membuka pertemuan.\n\n"
            f'"Kami tidak menjual harapan palsu," kata {later}.')
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == (f"Anne-Catherine {later}", "Menteri Luar Negeri Swiss")


@pytest.mark.parametrize("text", [
    "Pelatih Sevilla, Rui Carvalhal, bahkan secara terbuka mengakui pemain itu masuk daftar prioritas tim.",
    "Pelatih Sevilla, Rui Carvalhal, tiba di Madrid.\n\nCarvalhal secara terbuka mengakui pemain itu masuk daftar prioritas tim.",
])
def test_an_adverb_of_manner_before_the_verb_is_no_part_of_the_speaker(extract, text):
    speaker = quote_of(extract(text), "pemain itu")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Rui Carvalhal", "Pelatih Sevilla")


@pytest.mark.parametrize("text, content, role", [
    ("Kepala Kejari Sikka, Fransiskus da Costa, mengatakan tuntutan itu sudah mempertimbangkan banyak hal.\n\n"
     "Kajari mengatakan pihaknya membuka peluang menjerat pihak lain.", "pihaknya membuka", "Kepala Kejari Sikka"),
    ("Menteri Pertahanan Turki Yaşar Güler meninjau latihan itu dari geladak kapal.\n\n"
     '"Latihan ini bukan ancaman bagi siapa pun," kata Menhan Güler.', "Latihan ini", "Menteri Pertahanan Turki"),
    ("Kapolres Klaten AKBP Wahyu Nugroho meninjau lokasi banjir.\n\n"
     "Kapolres mengatakan dua jembatan ditutup sementara.", "dua jembatan", "Kapolres Klaten"),
])
def test_a_role_said_short_takes_the_fullest_form_the_article_gives(extract, text, content, role):
    assert quote_of(extract(text), content)["speaker"]["role"] == role


@pytest.mark.parametrize("given, expected", [
    (["Presiden", "Presiden menutup arahannya"], "Presiden"),  # a role read on into the clause
    (["Warga", "Warga Bekasi Lala Gozali"], "Warga"),  # ... or over the name itself
    (["Kapolres", "Kapolres Sleman", "Kapolres Kabupaten Sleman"], "Kapolres Kabupaten Sleman"),
    (["Kades Sidengok", "Kepala Desa Sidengok"], "Kepala Desa Sidengok"),
    (["Kapolres", "Kapolres Metro Jakarta Selatan"], "Kapolres Metro Jakarta Selatan"),  # "Metro": no verb
    (["Kepala Desa", "Kepala Dinas Sosial"], "Kepala Desa"),  # another office
])
def test_the_fullest_role_says_the_same_role_in_full(given, expected):
    from quotes.entities import _fullest_role
    from quotes.lang import load
    from quotes.mentions import article_context
    ctx = article_context("", load("id"))
    assert _fullest_role(given[0], "Lala Gozali", given, ctx) == expected


@pytest.mark.parametrize("text, role", [
    ("Ferrández takluk dari petenis Rusia, Daniil Sokolov, dua set langsung.", "petenis Rusia"),
    ("Petenis Rusia, Daniil Sokolov, menang dua set langsung.", "Petenis Rusia"),
])
def test_what_one_is_and_from_where_before_a_name_is_a_role(extract, text, role):
    text += " Sokolov mengatakan ia senang dengan permainannya hari ini."
    assert quote_of(extract(text), "ia senang")["speaker"]["role"] == role


@pytest.mark.parametrize("role, countries", [
    ("petenis Rusia", {"Rusia"}), ("pelatih berkebangsaan Korea Selatan", {"Korea Selatan"}),
    ("pelatih Timnas Indonesia", set()),  # the team's country, not the coach's
])
def test_the_country_a_role_says_its_holder_is_from(role, countries):
    from quotes.entities import _countries
    from quotes.lang import load
    assert _countries(role, load("id")) == countries


def test_a_korean_surname_that_opens_a_place_name_is_a_name(extract):
    # ("Hong" of "Hong Kong" alone is no place)
    text = "Pelatih tim nasional Korea Selatan, Hong Seung-woo, mengatakan pihaknya terus memantau performa Kim."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Hong Seung-woo", "Pelatih tim nasional Korea Selatan")


@pytest.mark.parametrize("later, speaker", [
    ("juru taktik asal Italia itu", "Fabrizio Montella"),  # the one described as Italian before
    ("pelatih asal Spanyol itu", "Carlos Ortiz"),
])
def test_a_country_said_of_someone_before_names_them_again(extract, later, speaker):
    text = ("Pelatih Al-Taawoun, Fabrizio Montella, memuji Kim. Menurut pelatih berkebangsaan Italia tersebut, Kim "
            "adalah pemain yang lapar gol.\n\n"
            "Pelatih Al-Fateh, Carlos Ortiz, kecewa. Pelatih asal Spanyol tersebut menilai timnya kehilangan konsentrasi.\n\n"
            "Pelatih tim nasional Korea Selatan, Hong Seung-woo, mengatakan pihaknya terus memantau performa Kim.\n\n"
            f'Sementara itu, {later} menolak berandai-andai soal peluang timnya. "Tanyakan lagi pada bulan Maret," katanya.')
    assert quote_of(extract(text), "Tanyakan lagi")["speaker"]["name"] == speaker


def test_a_country_told_of_the_speaker_in_a_back_reference_names_them_again_past_another_juru(extract):
    # ("Hal itu disampaikan pelatih asal Prancis tersebut": the sentence says who said what was reported;
    # "juru taktik" and "juru bicara" are two things, not one head)
    text = ("Pelatih tim nasional Arab Saudi, Hervé Lemoine, mengaku sudah mempersiapkan timnya menghadapi suporter.\n\n"
            "Hal itu disampaikan pelatih asal Prancis tersebut dalam konferensi pers, Rabu.\n\n"
            "Juru bicara federasi, Ahmed Al-Ghamdi, mengatakan kuota tiket suporter tamu sudah habis terjual.\n\n"
            "Asisten pelatih Timnas Indonesia, Rahmad Hidayat, mengatakan timnya siap menghadapi tekanan.\n\n"
            "Sebelum pulang, juru taktik asal Prancis itu sempat memuji rumput stadion. "
            '"Lapangannya bagus sekali," katanya.')
    assert quote_of(extract(text), "Lapangannya")["speaker"]["name"] == "Hervé Lemoine"


@pytest.mark.parametrize("role, countries", [
    ("wakil juru bicara Kementerian Luar Negeri China", {"China"}),
    ("Pegiat di Ikatan Arsitek Indonesia", set()),  # an association's name
])
def test_the_country_of_a_state_office_and_of_an_association(role, countries):
    from quotes.entities import _countries
    from quotes.lang import load
    assert _countries(role, load("id")) == countries


def test_a_surname_before_a_generational_suffix_keeps_the_first_name(extract):
    text = ("Presiden Filipina Ferdinand Marcos Jr. menegaskan negaranya tidak akan mundur dari wilayah itu. "
            "Marcos juga mengatakan kapal pasokan itu rusak.")
    speaker = quote_of(extract(text), "kapal pasokan")["speaker"]
    assert (speaker["name"].rstrip("."), speaker["role"]) == ("Ferdinand Marcos Jr", "Presiden Filipina")


def test_a_title_with_its_units_number_is_the_role_of_the_name_after_it(extract):
    text = ("Kapolres Demak AKBP Bagus Wicaksono dan Dandim 0716/Demak Letkol Inf Heru Santosa meninjau posko.\n\n"
            '"Kalau perlu kami tambah dapur umum," kata Dandim.')
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Heru Santosa", "Dandim 0716/Demak")


@pytest.mark.parametrize("text, content, role", [
    ("Wakil juru bicara Kremlin itu menolak berkomentar. Sebelumnya, wakil juru bicara Kremlin Yevgeny Kholodov "
     "ditemui di Moskow. Kholodov mengatakan pertukaran tawanan akan dilakukan pekan depan.", "pertukaran tawanan",
     "wakil juru bicara Kremlin"),
    ('"Apakah Anda mengenal terdakwa?" tanya jaksa KPK Andika Pratama. Andika mengatakan saksi itu berbohong '
     "soal aliran dana.", "saksi itu", "jaksa KPK"),
])
def test_a_lower_case_title_before_a_name_is_read_whole_and_not_across_a_mark(extract, text, content, role):
    assert quote_of(extract(text), content)["speaker"]["role"] == role


def test_a_word_after_dari_in_a_headline_is_no_place(extract):
    # ("Rebut Sabuk WBC dari Ibáñez": from a boxer; a headline's few words say little)
    text = ("Dela Cruz Rebut Sabuk WBC dari Ibáñez\n\n"
            "Petinju Filipina Jerwin Dela Cruz menjatuhkan Óscar Ibáñez pada ronde kesembilan.\n\n"
            "Beberapa jam kemudian, Ibáñez menulis di akun Instagram-nya, “Kepala saya tegak.”")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Óscar Ibáñez"


@pytest.mark.parametrize("text, later, role", [
    ("Pebalap Gresini Racing, Álex Ruiz de la Fuente, keluar sebagai pemenang.", "Fuente", "Pebalap Gresini Racing"),
    ("Sementara itu, ekonom Universitas Airlangga, Laila Hapsari, hadir di diskusi.", "Laila",
     "ekonom Universitas Airlangga"),
])
def test_a_title_at_a_body_before_a_name_set_off_by_commas_is_its_role(extract, text, later, role):
    text += f'\n\n"Kami akan bekerja keras," kata {later}.'
    assert only(extract(text), type="direct")["speaker"]["role"] == role


def test_the_subject_after_menurut_x_is_no_role_of_x(extract):
    text = ("Pengamat pemerintahan dari Universitas Diponegoro, Listyani Wardhani, menyayangkan perseteruan itu. "
            "Menurut Listyani, Kemendagri bisa turun tangan memfasilitasi mediasi.")
    assert quote_of(extract(text), "Kemendagri bisa")["speaker"]["role"] == "Pengamat pemerintahan dari Universitas Diponegoro"


@pytest.mark.parametrize("text, role", [
    ("Kubu Ibáñez tidak terima. Pelatihnya, Ramón Villaseñor, menilai wasit terlalu cepat menghentikan laga.", "Pelatih"),
    ("Pedagang itu sudah pulang. Istrinya, Nurhayati, menilai harga cabai terlalu cepat naik pekan ini.", None),
])
def test_a_title_with_nya_before_a_name_is_the_role_but_kin_is_not(extract, text, role):
    assert only(extract(text), type="indirect")["speaker"]["role"] == role


@pytest.mark.parametrize("text, role", [
    ("Lestari, anggota Fraksi Partai Nasdem, punya pandangan lain.\n\n"
     '"Ambang batas tinggi membuat banyak daerah hanya punya satu calon," kata Lestari.', "anggota Fraksi Partai Nasdem"),
    # a clause, not a role
    ("Cucu, kepala dinas itu tampak membagikan masker kepada warga, lalu pergi.\n\n"
     '"Semua tempat hiburan wajib tutup pukul 22.00," kata Cucu.', None),
    # people listed, each with a role
    ("Diskusi dihadiri Lucius, Direktur Puskapol UI Aditya Perdana, serta Jojo.\n\n"
     '"Aturan itu belum jelas," kata Lucius.', None),
])
def test_a_role_set_off_by_commas_after_a_name(extract, text, role):
    assert only(extract(text), type="direct")["speaker"]["role"] == role


@pytest.mark.parametrize("degree", ["S.P.", "M.AP", "S.Pd.I", "A.Md", "S.Pi., M.Si.", "S.Sos.", "SKM", "SH, MH",
                                    # (certifications and medical fellowships in capitals)
                                    "CFP", "CFA", "Sp.P(K), FISR", "Sp.PD, FINASIM",
                                    # (a professional engineer's title after the degree)
                                    "M.T., IPU", "S.T., IPM"])
def test_a_degree_after_a_name_is_no_speaker(extract, degree):
    text = f"Penyuluh pertanian lapangan, Endah Puspitasari, {degree}, menyebutkan lahan jagung yang terancam puso mencapai 1.240 hektare."
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Endah Puspitasari"


@pytest.mark.parametrize("name", ["Dr Yoseph Lamanepa MA", "Dr Yoseph Lamanepa MSi", "Yoseph Lamanepa SH MH",
                                  "Dr Yoseph Lamanepa SPd MPd", "Yoseph Lamanepa SIK"])
def test_degrees_written_after_a_name_without_a_comma_are_no_part_of_it(extract, name):
    """Kompas writes degrees without dots and without a comma before them: "Dr Agustinus Tampi MSi"."""
    text = (f"Pengamat ekonomi Universitas Nusa Cendana, {name}, menilai operasi pasar tidak akan cukup.\n\n"
            '"Harga anjlok setiap panen raya," kata Yoseph.')
    for q in extract(text)["quotes"]:
        assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Yoseph Lamanepa", "Pengamat ekonomi Universitas Nusa Cendana")


def test_an_initial_inside_a_name_keeps_the_name_whole(extract):
    """"JPU Ronald F. Sahetapy" ... "kata Ronald": the initial is no place where the name starts."""
    text = ("Ambon - JPU Ronald F. Sahetapy dalam amar tuntutannya menyatakan terdakwa terbukti melakukan korupsi.\n\n"
            '"Perbuatan terdakwa merugikan masyarakat," kata Ronald di hadapan majelis hakim.')
    for q in extract(text)["quotes"]:
        assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Ronald F. Sahetapy", "JPU")


def test_a_bodys_name_written_again_goes_on_to_a_common_first_name_that_ends_it(extract):
    """"Nusa Energi Surya" is the company the article names again, so "Surya" is no first name of its
    director's: "Presiden Direktur Nusa Energi Surya Antonius Budiman Setiawan"."""
    text = ("Jakarta - PT Nusa Energi Surya Tbk resmi mencatatkan saham perdananya di BEI. Saham Nusa Energi Surya "
            "langsung naik.\n\nPresiden Direktur Nusa Energi Surya Antonius Budiman Setiawan mengatakan dana IPO akan "
            'dipakai untuk membangun pembangkit.\n\n"Permintaan energi bersih terus naik," kata Antonius.')
    for q in extract(text)["quotes"]:
        assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Antonius Budiman Setiawan",
                                                                "Presiden Direktur Nusa Energi Surya")


@pytest.mark.parametrize("text, name, role", [
    ("Kepala Desa Sukamaju Budi Santoso (45) mengatakan retakan tanah makin lebar.", "Budi Santoso", "Kepala Desa Sukamaju"),
    ("Ketua RT 03 Endang Suhendar (52) mengatakan retakan tanah makin lebar.", "Endang Suhendar", "Ketua RT 03"),
    ("Seorang pelajar yang selamat, NA (17), mengatakan bus melaju kencang.", "NA", "pelajar yang selamat"),
    # (a profession capitalised as the first word after a dateline's dash)
    ("Bandung - Petani Budi Santoso (45) mengatakan retakan tanah makin lebar.", "Budi Santoso", "Petani"),
])
def test_an_age_after_a_titled_name_with_no_comma_is_no_word_of_the_role(extract, text, name, role):
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["role"], q["speaker"]["kind"]) == (name, role, "person")


def test_kemudian_ends_the_subject_as_lalu_does(extract):
    text = ("Ambon - Ketua majelis hakim Martha Pattiasina kemudian menunda sidang dan menyatakan persidangan akan "
            "dilanjutkan pada Kamis pekan depan.")
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Martha Pattiasina", "Ketua majelis hakim")


@pytest.mark.parametrize("where", [" di Ambon, Senin,", " di Ambon"])
def test_a_degree_then_where_the_person_spoke_is_no_speaker(extract, where):
    text = (f"Kepala Dinas Pertanian Provinsi Maluku Ir. Yohanis Latuheru, M.Si.{where} mengatakan penurunan harga "
            "dipicu melimpahnya pasokan dari Sulawesi Utara.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Yohanis Latuheru"

@pytest.mark.parametrize("text, role", [
    ("Ketua DPP Partai Amanat Nasional (PAN) Ahmad Yani Hakim mengatakan partainya siap berkoalisi.",
     "Ketua DPP Partai Amanat Nasional (PAN)"),
])
def test_a_role_holds_no_word_of_its_holders_name(text, role):
    from quotes.entities import _role_without_name
    from quotes.lang import load
    from quotes.mentions import article_context
    ctx = article_context(text, load("id"))
    assert _role_without_name(role + " Ahmad Yani Hakim", "Ahmad Yani Hakim", ctx) == role
    assert _role_without_name("diungkapkan " + role, "Ahmad Yani Hakim", ctx) == role
    # (after a connector the words are a body's: "Network for Democracy and Electoral Integrity")
    assert _role_without_name("Direktur Network for Democracy and Electoral Integrity",
                              "Electoral Integrity Ferry", ctx).endswith("Electoral Integrity")


@pytest.mark.parametrize("text, mention", [
    ('Tarsono (41) pulang dari Malaysia bulan lalu.\n\n"Yang penting suami pulang," ujar istri Tarsono.', "istri Tarsono"),
    ('Sarmin (52) sudah dua hari tidak melaut.\n\n"Ombaknya tinggi," kata rekan Sarmin.', "rekan Sarmin"),
])
def test_someones_relation_is_not_that_someone(extract, text, mention):
    q = only(extract(text), type="direct")
    assert q["speaker"]["mention"] == mention
    assert q["speaker"]["name"] == mention


def test_a_relation_before_a_name_is_no_word_of_the_name(extract):
    text = ("Tarsono (41), buruh sawit, pulang bulan lalu. Istri Tarsono, Casmini (37), kini berjualan nasi uduk.\n\n"
            '"Yang penting suami pulang," ujar Casmini.\n\n'
            '"Di kebun saya tidak pernah libur," kata Tarsono.')
    rec = extract(text)
    by_text = {q["text"]: q["speaker"] for q in rec["quotes"]}
    assert by_text["Di kebun saya tidak pernah libur"]["name"] == "Tarsono"
    assert by_text["Yang penting suami pulang"]["name"] == "Casmini"
    assert by_text["Yang penting suami pulang"]["role"] == "Istri Tarsono"


def test_a_former_title_describes_its_holder(extract):
    text = ("Pelatih Persib Budi Santoso dipecat pekan lalu.\n\n"
            'Manajer tim, Andi Wijaya, menilai keputusan itu tepat. "Kami butuh penyegaran," katanya.\n\n'
            '"Saya tidak menyesal," kata mantan pelatih itu.')
    q = quote_of(extract(text), "Saya tidak menyesal")
    assert q["speaker"]["name"] == "Budi Santoso"


@pytest.mark.parametrize("before, role", [
    ("Kemarin pelatih timnas", "pelatih timnas"),
    ("Kemarin, mantan pelatih timnas", "mantan pelatih timnas"),
    ("Mantan pelatih timnas", "Mantan pelatih timnas"),
])
def test_a_lowercase_title_and_its_field_before_a_name_is_the_role(extract, before, role):
    text = (f"Latihan Timnas Dimulai\n\n{before} Patrick van Leeuwen hadir di lapangan.\n\n"
            "Ia mengatakan bahwa posisi Ruben bisa terancam.")
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Patrick van Leeuwen", role)


def test_a_preposition_after_a_title_is_no_field_of_it(extract):
    text = ("Krisis Air\n\nBagi warga seperti Yakobus Tefa (47), kemarau terasa berat. "
            "Yakobus mengatakan bahwa air makin sulit.")
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Yakobus Tefa", None)


def test_a_verb_after_a_title_is_no_field_of_it(extract):
    text = ("Bantuan Lansia\n\nMenteri Sosial Ratri Handayani meninjau pendataan di Cirebon. Kementerian "
            "memverifikasi data penerima bantuan lansia dengan data terpadu.\n\n"
            '"Kami akan memutakhirkan data itu," katanya.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Ratri Handayani"


def test_a_short_form_inside_a_role_before_a_name_is_of_the_role(extract):
    text = ("Sidang Korupsi Dana Desa\n\nTuntutan itu dibacakan jaksa penuntut umum (JPU) Kejaksaan Negeri Grobogan, "
            "Ratna Dewi Anggraeni, dalam sidang di Semarang.\n\nJaksa menilai bahwa terdakwa terbukti bersalah.")
    q = only(extract(text), type="indirect")
    assert q["speaker"]["name"] == "Ratna Dewi Anggraeni"
    assert q["speaker"]["role"] == "jaksa penuntut umum (JPU) Kejaksaan Negeri Grobogan"


def test_a_party_to_the_case_alone_is_the_one_the_article_calls_so(extract):
    text = ("Mantan Kades Dituntut Enam Tahun\n\nMantan Kepala Desa Tambakrejo, Sutrisno Adi Wibowo (52), dituntut "
            "enam tahun penjara.\n\n"
            '"Menuntut supaya majelis hakim menjatuhkan pidana terhadap terdakwa Sutrisno Adi Wibowo," kata jaksa.\n\n'
            "Usai mendengar tuntutan, terdakwa yang mengenakan kemeja batik itu tampak tertunduk. Saat ditanya hakim, "
            "ia menyatakan akan mengajukan pleidoi.\n\n"
            '"Saya mohon waktu, Yang Mulia," ucap terdakwa dengan suara pelan.')
    rec = extract(text)
    assert quote_of(rec, "Saya mohon waktu")["speaker"]["name"] == "Sutrisno Adi Wibowo"
    assert quote_of(rec, "akan mengajukan pleidoi")["speaker"]["name"] == "Sutrisno Adi Wibowo"


def test_the_panel_of_judges_is_the_one_the_article_named_in_full(extract):
    text = ("Vonis Investasi Bodong\n\nMajelis hakim Pengadilan Negeri (PN) Bandung menjatuhkan vonis tujuh tahun "
            "penjara kepada Cecep Heryana (39).\n\nPutusan dibacakan Ketua Majelis Hakim Wahyu Setiawan Nugroho dalam "
            "sidang di PN Bandung.\n\nDalam amar putusannya, majelis hakim menyatakan terdakwa terbukti bersalah.\n\n"
            '"Menjatuhkan pidana kepada terdakwa," ujar Wahyu.\n\n'
            "Majelis menilai hal yang meringankan, terdakwa mengakui perbuatannya.")
    rec = extract(text)
    panel = "Majelis hakim Pengadilan Negeri (PN) Bandung"
    assert quote_of(rec, "terdakwa terbukti bersalah")["speaker"]["name"] == panel
    assert quote_of(rec, "hal yang meringankan")["speaker"]["name"] == panel
    assert quote_of(rec, "Menjatuhkan pidana")["speaker"]["name"] == "Wahyu Setiawan Nugroho"


@pytest.mark.parametrize("text, said, body", [
    ('Manajemen Persipura mengimbau suporter tidak menyalakan suar. "Mari jaga stadion kita," tulis manajemen '
     "dalam unggahan tersebut.", "Mari jaga", "Manajemen Persipura"),
    ('Majelis hakim Pengadilan Negeri Bandung menjatuhkan vonis lima tahun. "Terdakwa terbukti bersalah," kata '
     "majelis.", "Terdakwa terbukti", "Majelis hakim Pengadilan Negeri Bandung"),
])
def test_a_collective_noun_alone_is_the_body_the_article_named_in_full(extract, text, said, body):
    assert quote_of(extract(text), said)["speaker"]["name"] == body


def test_a_description_may_say_again_what_follows_the_name(extract):
    text = ("Gugatan Pedagang\n\nKuasa hukum penggugat, Hendrikus Ola Masan, advokat asal Flores Timur yang berkantor "
            "di Surabaya, mempertanyakan daftar hadir itu.\n\n"
            '"Sidang kita lanjutkan pekan depan," kata Hakim Ketua Dwi Retno Palupi.\n\n'
            "Usai sidang, advokat asal Flores Timur itu mengaku optimistis gugatan kliennya dikabulkan.")
    q = quote_of(extract(text), "optimistis gugatan")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Hendrikus Ola Masan", "Kuasa hukum penggugat")


def test_a_hyphenated_party_in_a_description_is_read_as_in_roles(extract):
    text = ("Interpelasi\n\nKetua Fraksi PDI-P DPRD Agam, Hendri Zulkarnaini, mengatakan proyek itu dibatalkan sepihak.\n\n"
            'Pengamat politik Universitas Andalas, Rinaldi Saputra, menilai interpelasi sah. "Publik harus melihat '
            'substansinya," kata Rinaldi.\n\nAdapun politikus PDI-P itu memastikan fraksinya tidak akan mundur.')
    assert quote_of(extract(text), "fraksinya tidak")["speaker"]["name"] == "Hendri Zulkarnaini"


def test_a_passive_in_the_next_sentence_names_the_speaker_not_its_role(extract):
    text = ("Kemenkeu Tahan DAU\n\nDirektur Jenderal Perimbangan Keuangan Kemenkeu, Lukas Hasiholan Pardede, menegaskan "
            "penahanan itu bukan sanksi.\n\n‘Kami paham ada kendala jaringan.’ Hal itu disampaikan Lukas menanggapi "
            "keluhan sejumlah kepala daerah.")
    q = only(extract(text), type="direct")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Lukas Hasiholan Pardede",
                                                            "Direktur Jenderal Perimbangan Keuangan Kemenkeu")


def test_a_place_word_that_names_people_ends_a_name_after_a_role(extract):
    text = ("Jalan Batal\n\nSejumlah wali nagari di Kecamatan Tanjung Raya kecewa.\n\n"
            "“Warga sudah ikhlas kasih tanah,” kata Wali Nagari Koto Malintang, Yusrizal Tanjung.")
    q = only(extract(text), type="direct")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Yusrizal Tanjung", "Wali Nagari Koto Malintang")


def test_a_nickname_given_in_a_description_names_the_speaker_with_its_first_word(extract):
    text = ("PS Mahakam Menang\n\nPelatih PS Mahakam Abdul Rachman Effendi memuji anak asuhnya.\n\n"
            '"Itu sudah cukup," ucap pelatih yang akrab disapa Coach Aman itu.\n\n'
            '"Gol itu mengubah mental pemain," kata Coach Aman.')
    q = quote_of(extract(text), "Gol itu")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Abdul Rachman Effendi", "Pelatih PS Mahakam")


def test_a_capitalised_title_inside_a_sentence_opens_the_role_before_a_comma(extract):
    text = ("Judul Berita\n\nEndang telah berkoordinasi dengan Kepala SMP Negeri 4 Mlati, Yusuf bin Harun, untuk "
            "membuka data pendaftar.\n\nDihubungi terpisah, Yusuf membenarkan sekolahnya menerima 11 aduan.\n\n"
            "Menurut kepala sekolah itu, panitia di sekolah tidak punya wewenang mengubah titik koordinat.")
    rec = extract(text)
    for q in rec["quotes"]:
        assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Yusuf bin Harun", "Kepala SMP Negeri 4 Mlati")
    assert len(rec["quotes"]) == 2


def test_a_name_with_its_alias_is_the_name(extract):
    text = ("Judul\n\nKetua kelompok suporter La Grande Indonesia, Dedi Kurniawan alias Bule, mengatakan para suporter "
            'tidak ikut menuntut pelatih mundur.\n\n"Kritik boleh," kata Bule.')
    rec = extract(text)
    assert {q["speaker"]["name"] for q in rec["quotes"]} == {"Dedi Kurniawan"}
    assert quote_of(rec, "para suporter")["speaker"]["role"] == "Ketua kelompok suporter La Grande Indonesia"


@pytest.mark.parametrize("text, name", [
    ("Wakil Ketua Umum Apindo, Bonifasius Tarigan, menilai bunga masih tinggi.\n\n"
     '"Kami terjepit dari dua sisi," kata Boni.', "Bonifasius Tarigan"),
    # (a person whose full name opens with the short form is the one meant)
    ("Wakil Ketua Umum Apindo, Bonifasius Tarigan, menilai bunga masih tinggi. Boni Hartono, pedagang, ikut hadir.\n\n"
     '"Kami terjepit dari dua sisi," kata Boni.', "Boni Hartono"),
])
def test_a_first_name_written_short_is_the_person_named_in_full(extract, text, name):
    assert only(extract("Judul\n\n" + text), type="direct")["speaker"]["name"] == name


@pytest.mark.parametrize("between, name", [
    ("dengan terdakwa mantan kepala desanya, Sutrisno.", "Sutrisno"),
    # (a clause's comma, no office between: no party named)
    ("dengan terdakwa lain, Sutrisno hadir.", "terdakwa"),
])
def test_a_party_to_the_case_may_be_named_after_what_they_are(extract, between, name):
    text = (f"Sidang Dana Desa\n\nSidang digelar di Semarang {between}\n\n"
            '"Semua uang saya serahkan ke pelaksana kegiatan," kata terdakwa.')
    assert only(extract(text), type="direct")["speaker"]["name"] == name


# the role a text gives with the name, where news writes it: after "selaku", over "dari", with a
# functional or English title or a rank, a territorial title with its place
NAMED_ROLES = [
    # text, speaker, role
    ("Andi Syamsul Bahri selaku Gubernur Sulawesi Selatan menyambut baik tawaran itu. Beliau menegaskan bahwa "
     "Pemprov siap menanggung biaya.", "Andi Syamsul Bahri", "Gubernur Sulawesi Selatan"),
    ("Sikap berbeda ditunjukkan anggota Komisi II dari Fraksi PKS, Nurul Fadhilah. Ia menilai angka 4 persen "
     "terlalu tinggi.", "Nurul Fadhilah", "anggota Komisi II dari Fraksi PKS"),
    ("Anggota Komisi IV dari Fraksi Partai Gerindra Sulaiman Hasibuan membuka sesi tanya jawab. Ia menilai "
     "pasokan pupuk masih langka.", "Sulaiman Hasibuan", "Anggota Komisi IV dari Fraksi Partai Gerindra"),
    ("Kawasan itu dibahas. Pemerhati mangrove dari Universitas Borneo Tarakan Benny Siregar hadir. Ia menilai kawasan "
     "mangrove sudah rusak.", "Benny Siregar", "Pemerhati mangrove dari Universitas Borneo Tarakan"),
    ("Statistisi Ahli Madya BPS Jawa Tengah, Dwi Retno Palupi, menambahkan penurunan harga gabah itu belum berdampak.",
     "Dwi Retno Palupi", "Statistisi Ahli Madya BPS Jawa Tengah"),
    ("Corporate Secretary PT Sandang Priangan Lestari, Lidya Kusumawardani, mengatakan keputusan itu diambil setelah "
     "perusahaan merugi.", "Lidya Kusumawardani", "Corporate Secretary PT Sandang Priangan Lestari"),
    ("Kepala Kantor Otoritas Pelabuhan Tual, Capt. Muhammad Yusran Latuconsina, memastikan kapal pengganti akan tiba.",
     "Muhammad Yusran Latuconsina", "Kepala Kantor Otoritas Pelabuhan Tual"),
    ("Sikap berbeda ditunjukkan Wakil Ketua Komisi X DPR dari Fraksi PKB, Lukman Hakim Siregar. Politikus asal "
     "Sumatera Utara itu mendesak PSSI membuka hasil evaluasi.", "Lukman Hakim Siregar",
     "Wakil Ketua Komisi X DPR dari Fraksi PKB"),
    # (a word names often hold, between two words of a name, is the name's, not a title: "Hakim")
    ("Ketua Komisi A DPRD Kota Bandung Rizal Hakim Siregar mengatakan perda itu tegas.", "Rizal Hakim Siregar",
     "Ketua Komisi A DPRD Kota Bandung"),
    ("Direktur Eksekutif Walhi Riau, Indra Jaya Saputra, menyebut penegakan hukum selama ini lemah.",
     "Indra Jaya Saputra", "Direktur Eksekutif Walhi Riau"),
    ("Kapolda Metro Jaya Irjen Fadil Imran mengatakan pelaku sudah ditangkap.", "Fadil Imran", "Kapolda Metro Jaya"),
    # Malaysian honorifics are no name's words; "Konstitusi" is a judge's court
    ("Menteri Sumber Daya Alam Malaysia Datuk Seri Ahmad Razif bin Othman mengatakan kabut asap itu serius.",
     "Ahmad Razif bin Othman", "Menteri Sumber Daya Alam Malaysia"),
    ("Hakim Konstitusi Hendrawan Sitompul mengatakan permohonan itu ditolak.", "Hendrawan Sitompul", "Hakim Konstitusi"),
    # after a title and a place noun, one word is the place, the rest its holder's name
    ("Kepala Desa Wonosoco Sukarjo mengatakan pemerintah desa berencana memperbaiki lapangan.", "Sukarjo",
     "Kepala Desa Wonosoco"),
    ("Wali Kota Mohammad Idris mengatakan pemerintah kota berencana memperbaiki lapangan.", "Mohammad Idris",
     "Wali Kota"),
    # a name after a company's name is the person working there
    ("Menurut analis Panin Sekuritas Clarissa Wongsodiharjo, saham LSNI masih rawan aksi ambil untung.",
     "Clarissa Wongsodiharjo", "analis Panin Sekuritas"),
    # a territorial title is written with the place it heads before its holder
    ("Kapolsek Cibinong Budi Santoso mengatakan pelaku sudah ditangkap.", "Budi Santoso", "Kapolsek Cibinong"),
    ("Camat Darmaraja Yayat Hidayat mengatakan warga sudah mengungsi.", "Yayat Hidayat", "Camat Darmaraja"),
    # (a name-opening word is no place: the title's place was left out)
    ("Camat Muhammad Rizal Fauzi mengatakan warga sudah mengungsi.", "Muhammad Rizal Fauzi", "Camat"),
]


@pytest.mark.parametrize("text, name, role", NAMED_ROLES)
def test_the_role_given_with_a_name(extract, text, name, role):
    q = only(extract("Judul Berita\n\n" + text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["role"]) == (name, role)


@pytest.mark.parametrize("body", [
    "Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI)",
    "Pengurus Pusat Persatuan Bulu Tangkis Seluruh Indonesia (PP PBSI)",
])
def test_a_bodys_short_form_of_two_words_in_parentheses_is_no_part_of_its_name(extract, body):
    text = f"Judul\n\n{body} dalam keterangan tertulis menyatakan telah memblokir 1.200 rekening yang terkait judi daring."
    assert only(extract(text), type="indirect")["speaker"]["name"] == body.split(" (")[0]


# every quote of the text is the one speaker's, by the name the article gives in full
SPEAKER_NAMES = [
    # text, speaker
    # a report by an outlet named by what it is
    ("Judul\n\nMenurut laporan kantor berita Rusia TASS, daftar nama tawanan baru difinalisasi pada Senin.", "TASS"),
    # a club after "Kapten" is the team its captain plays for, no word of his name
    ("Judul\n\nKapten Persela Andi Setiawan mengatakan kemenangan ini penting untuk menjaga jarak.", "Andi Setiawan"),
    # a nickname set off after the name shortens a name given nearby before
    ("Vonis\n\nKuasa hukum terdakwa, Fransiskus Xaverius Lumowa, mengatakan pihaknya akan mempelajari putusan.\n\n"
     '"Ada pertimbangan yang keliru," kata Frans, sapaan akrabnya, kepada wartawan.',
     'Fransiskus Xaverius Lumowa'),
    # the suffix of a priest's order is no name
    ("Judul Berita\n\nPastor paroki, Romo Kornelis Dangku, Pr, mengatakan gereja akan membuka aula bagi pengungsi.",
     'Kornelis Dangku'),
    # foreign degrees after a name
    ("Judul\n\nKuasa hukum Bambang, Dr. Teuku Fadhil Akbar, S.H., LL.M., menilai jaksa gagal membuktikan "
     "adanya aliran dana.",
     'Teuku Fadhil Akbar'),
    # the country whose team a coach leads is not where he is from
    ("Judul\n\nKapten tim Rizky Ardiansyah kecewa seusai laga.\n\nDari kubu tuan rumah, pelatih Arab Saudi Marco "
     "Bellandi memuji permainan Indonesia. Dikutip dari Arab News, juru taktik asal Italia itu menilai Indonesia "
     "jauh lebih berkembang.",
     'Marco Bellandi'),
    # a local body named alone keeps every word of its place
    ("Judul Berita\n\nKejaksaan Negeri (Kejari) Lombok Tengah juga turun tangan. Kejari Lombok Tengah memanggil "
     "empat orang.\n\nPihak Kejari menyatakan penelaahan ditargetkan rampung dalam 30 hari kerja.",
     'Kejaksaan Negeri Lombok Tengah'),
    # a diplomatic mission is named by where it is
    ("Judul Berita\n\nKedutaan Besar Republik Indonesia (KBRI) di Tokyo menyatakan belum ada laporan warga negara "
     "Indonesia yang menjadi korban.\n\nKBRI juga mengimbau WNI di wilayah terdampak tidak bepergian.",
     'Kedutaan Besar Republik Indonesia di Tokyo'),
    # a Batak name with "br" is one name
    ('Judul\n\nKorban, Marlina br Simanjuntak (54), mengaku percaya.\n\n'
     '"Saya percaya karena ada label syariahnya," kata Marlina.',
     'Marlina br Simanjuntak'),
    # a capitalised function word inside a sentence is a name's
    ("Judul\n\nNamun, juru bicara Kementerian Luar Negeri Ukraina, Oleh Marchenko, menegaskan bahwa Ukraina "
     'berhak membela diri.\n\n"Setiap fasilitas itu sasaran yang sah," kata Marchenko.',
     'Oleh Marchenko'),
    # … and then alone by its head word
    ("Judul\n\nKonsulat Jenderal Rusia di Bali melalui unggahan di akun Instagram resminya menyatakan pihaknya "
     "menghormati proses hukum di Indonesia.\n\nKonsulat juga mengimbau warga Rusia di Bali mematuhi peraturan "
     "setempat.",
     'Konsulat Jenderal Rusia di Bali'),
    # … over every word of a province after a place noun
    ("Judul Berita\n\nKantor Otoritas Jasa Keuangan (OJK) Provinsi Jawa Tengah menerima aduan.\n\n"
     "OJK menyebut kegiatan tersebut tidak memiliki izin dari otoritas.",
     'Otoritas Jasa Keuangan Provinsi Jawa Tengah'),
    # a body's head word alone is the body of that head that spoke before
    ("Judul\n\nDalam keterangan tertulisnya, Kementerian Koperasi menyebutkan KSP itu hanya mengantongi izin "
     "simpan pinjam untuk anggota. Kementerian juga mengimbau masyarakat mewaspadai koperasi berbunga tinggi.",
     'Kementerian Koperasi'),
]


@pytest.mark.parametrize("text, name", SPEAKER_NAMES)
def test_every_quote_is_the_speaker_named_in_full(extract, text, name):
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {name}


@pytest.mark.parametrize("first", ["Fajar", "Surya"])
def test_a_first_name_that_is_also_a_newspapers_is_the_persons(extract, first):
    text = (f"Di tengah lonjakan harga, {first} Nugroho (29), pendiri usaha distribusi sayur, membeli langsung dari "
            f"petani.\n\n{first} bekerja sama dengan sekitar 60 petani, salah satunya Slamet Riyadi yang memiliki "
            "dua hektare lahan cabai. Menurut pengusaha muda itu, harga di tingkat petani hanya naik 20 persen.")
    assert quote_of(extract(text), "harga di tingkat petani")["speaker"]["name"] == f"{first} Nugroho"


@pytest.mark.parametrize("text, content, speaker", [
    # a description by sex is no one whose given name is of the other ("Aloysius", "Rahmawati")
    ("Saksi Sri Lestari (38), bendahara desa, dihadirkan jaksa. Ketua majelis hakim Aloysius Bayu Prasetyo lalu "
     "bertanya soal pencairan dana.\n\nPerempuan berjilbab cokelat itu mengangguk pelan. Ia mengaku sempat "
     "menolak, tetapi takut diberhentikan.", "sempat menolak", "Sri Lestari"),
    # ... and where no one nearby is of that sex, the resident the article introduced with an age
    ("Sudah tiga kali Rahmawati (40) bolak-balik ke sekolah itu.\n\nKoordinator P2G Ikhsan Maulana menilai "
     "daya tampung sekolah negeri terbatas.\n\nDirektur Jenderal Gunawan Susilo menyebut sekolah baru akan "
     "dibangun.\n\nSore itu, perempuan berkacamata itu akhirnya mendaftarkan anaknya ke sekolah swasta. Ia "
     "mengaku harus menyiapkan uang pangkal Rp 6 juta.", "harus menyiapkan uang pangkal", "Rahmawati"),
    # (but one nearby of that sex comes first: "Abdul Rahman menjawab ... kata pria berusia 52 tahun itu")
    ("Nelayan Yakob Renyaan (45) sudah sepekan tidak melaut.\n\nKepala Desa Hirit, Abdul Rahman Renwarin, "
     "menunggu kapal pengganti. Ditanya langkah warga, Abdul Rahman menjawab tegas. \"Kami akan ke Tual pakai "
     "perahu,\" kata pria berusia 52 tahun itu.", "Kami akan ke Tual", "Abdul Rahman Renwarin"),
])
def test_a_description_by_sex_refers_to_someone_of_that_sex(extract, text, content, speaker):
    assert quote_of(extract(text), content)["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, name, role", [
    ('Petinju Filipina Jerwin “Bagyo” Dela Cruz merebut sabuk juara dunia WBC.\n\n“Saya sudah bilang sejak awal,” '
     "kata Dela Cruz.\n\nSaat ditanya soal laga ulang, Bagyo tersenyum. “Kalau bayarannya cocok, kenapa tidak?” ujarnya.",
     "Jerwin Dela Cruz", "Petinju Filipina"),
    ('Gol tunggal dicetak Sanusi "Ucil" Pratama pada menit ke-78.\n\n"Saya senang," kata Ucil.', "Sanusi Pratama", None),
    ('Gol tunggal dicetak Sanusi "Ucil" Pratama pada menit ke-78.\n\nDitemui seusai laga, Ucil mengaku gol itu untuk '
     'kakeknya. "Beliau yang mengantar saya ke sekolah sepak bola," katanya.', "Sanusi Pratama", None),
    # (the nickname alone is the person, whoever else was named since: "ujarnya" after "Bagyo tersenyum")
    ('Petinju Filipina Jerwin “Bagyo” Dela Cruz merebut sabuk juara dunia WBC.\n\n“Saya sudah bilang sejak awal,” '
     "kata Dela Cruz.\n\nPromotor laga, Teresa Uy-Dacanay, sudah menyiapkan penyambutan di Manila.\n\n"
     "Saat ditanya soal laga ulang, Bagyo tersenyum. “Kalau bayarannya cocok, kenapa tidak?” ujarnya.",
     "Jerwin Dela Cruz", "Petinju Filipina"),
    # (two words in marks after a word of address: "Cak Ndik", and "kata Cak Ndik" later)
    ('Koordinator Green Nord 27, Andi "Cak Ndik" Prasetyo, berharap gelandang baru itu cepat beradaptasi.\n\n'
     '"Bonek akan selalu mendukung," kata Cak Ndik.', "Andi Prasetyo", "Koordinator Green Nord 27"),
])
def test_a_nickname_in_marks_inside_a_name_is_no_part_of_it(extract, text, name, role):
    for q in extract(text)["quotes"]:
        assert (q["speaker"]["name"], q["speaker"]["role"]) == (name, role)


@pytest.mark.parametrize("text", [
    'Bandung - Pelatih Persib Bandung Bojan "Bobo" Hodak mengatakan timnya siap menghadapi Persija. '
    '"Kami sudah siap," kata Hodak.',
    'Jakarta - Pelatih Garuda Titans Bojan “Bobo” Hodak menyebut timnya kalah dalam urusan strategi. '
    '"Kami sudah berlatih keras," kata Hodak. Garuda Titans kini berada di posisi kedua.',
])
def test_a_subject_with_a_nickname_in_marks_is_read_around_it(extract, text):
    """The name a pre-posed cue's subject gives is the words around the nickname, its role the words
    before them; a team the article writes alone elsewhere is the role's, not the name's."""
    rec = extract(text)
    q = rec["quotes"][0]
    assert q["type"] == "indirect"
    assert q["speaker"]["name"] == "Bojan Hodak"
    assert q["speaker"]["role"] in ("Pelatih Persib Bandung", "Pelatih Garuda Titans")
    assert {e["name"] for e in rec["entities"]} == {"Bojan Hodak"}


def test_an_entity_mention_is_the_text_its_offsets_cut(extract):
    """A name read once where a longer title led it ("wakil juru bicara") and again where a shorter one
    does: each mention is where it is written."""
    text = ("Moskow - Wakil juru bicara Kremlin Yevgeny Kholodov mengatakan pertukaran tahanan akan digelar "
            "pekan depan.\n\nSebelumnya, juru bicara Kremlin Yevgeny Kholodov mengatakan Rusia siap berunding. "
            '"Kami menunggu jawaban," kata Kholodov.')
    rec = extract(text)
    mentions = [m for e in rec["entities"] for m in e["mentions"]]
    assert any(m["text"] == "Yevgeny Kholodov" for m in mentions)
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)


@pytest.mark.parametrize("text, name, role", [
    ("Seorang warga Dusun Lendang Bajur bernama Baiq Nurhasanah (38) menuturkan air datang tiba-tiba.",
     "Baiq Nurhasanah", "warga Dusun Lendang Bajur"),
    ('"Air datang cepat sekali," ujar seorang warga bernama Fatma Demir (52).', "Fatma Demir", "warga"),
])
def test_a_person_named_after_bernama(extract, text, name, role):
    q = extract(text)["quotes"][0]
    assert (q["speaker"]["name"], q["speaker"]["role"]) == (name, role)


@pytest.mark.parametrize("text, name, role", [
    ('Wali Kota Moch. Rizal Effendi meninjau lokasi. "Kami siap," ujar Rizal.', "Moch. Rizal Effendi", "Wali Kota"),
    ("Vonis dibacakan Ketua Majelis Hakim Pengadilan Tipikor Kendari, Moch. Arifin Siswanto, S.H., M.H., dalam "
     'sidang.\n\n"Menyatakan terdakwa terbukti bersalah," ujar Arifin.', "Moch. Arifin Siswanto",
     "Ketua Majelis Hakim Pengadilan Tipikor Kendari"),
    ('Asisten pelatih Samator, Drs. Mhd. Ansori, M.Pd., menilai timnya bermain disiplin. "Kami siap," kata Ansori.',
     "Mhd. Ansori", "Asisten pelatih Samator"),
])
def test_a_first_name_written_short_with_a_dot_is_the_names(extract, text, name, role):
    q = extract(text)["quotes"][-1]
    assert (q["speaker"]["name"], q["speaker"]["role"]) == (name, role)


def test_a_caption_gives_a_name_in_full_but_no_antecedent_and_no_role(extract):
    text = ("Penyidik menahan dua tersangka.\n\nFoto: Kasi Penkum Kejati Sultra Dody Hendrawan memberikan keterangan "
            "kepada wartawan di Kendari.\nFoto: Antara\n\nKepala Seksi Penerangan Hukum Kejati Sultra, Dody, menyebut "
            'penyidik masih mengembangkan perkara ini. "Tersangka baru tinggal menunggu waktu," kata Dody.')
    for q in extract(text)["quotes"]:
        assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Dody Hendrawan", "Kepala Seksi Penerangan Hukum Kejati Sultra")


def test_a_caption_gives_a_name_set_off_by_commas_in_full(extract):
    text = ("Harga Janur Naik Jelang Galungan\n\nPedagang canang, Ni Wayan Sriasih, melayani pembeli di Pasar Badung, "
            "Denpasar, Senin (8/7/2024). ANTARA/Putu Indah Savitri\n\nDenpasar (ANTARA) - Harga janur naik. "
            "\"Sekarang janur mahal sekali,\" kata Sriasih.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Ni Wayan Sriasih"


@pytest.mark.parametrize("text, body", [
    ("Kelompok suporter Pasoepati menyatakan akan memberangkatkan 500 anggota ke Bandung.", "Pasoepati"),
    ("Serikat guru SNES-FSU menilai larangan itu sebagai solusi murah pemerintah.", "SNES-FSU"),
    ("Organisasi petani Eropa Copa-Cogeca menyatakan akan menggalang penolakan di Brussel.", "Copa-Cogeca"),
    # (a town the article never writes the name without is a word of the name)
    ("Kelompok suporter Kendal Mania menyatakan akan memberangkatkan 500 anggota ke Bantul.", "Kendal Mania"),
    # (but a collective of a body is that body's: the team, not BRIN)
    ("Tim peneliti BRIN menilai pemerintah perlu berhati-hati menyusun aturan itu.", "Tim peneliti BRIN"),
])
def test_a_body_named_after_what_kind_of_body_it_is(extract, text, body):
    assert extract(text)["quotes"][0]["speaker"]["name"] == body


@pytest.mark.parametrize("victim", [
    "Salah satu pasien yang meninggal adalah Rizky Maulana, 9, siswa kelas IV SDN Kemiri 1.",
    "Rizky Maulana (9) meninggal dunia setelah dirawat tiga hari.",
])
def test_the_dead_are_no_antecedent(extract, victim):
    text = ("Kepala Dinas Kesehatan Sidoarjo, Lilik Suryani, mengatakan kasus DBD naik tajam.\n\n" + victim +
            " Bocah itu sempat dirawat di RSUD Sidoarjo.\n\nKarena itu, ia mengimbau warga menguras bak mandi.")
    assert quote_of(extract(text), "warga menguras")["speaker"]["name"] == "Lilik Suryani"


@pytest.mark.parametrize("text, name", [
    ('Mei Kobayashi kalah di final. "Lawan kami memang lebih baik," kata Kobayashi.', "Mei Kobayashi"),
    # (but a month before a title is a date's: "Pada Mei Presiden …")
    ('Pada Mei Presiden Joko Widodo meresmikan bendungan itu. "Air sudah mengalir," kata Joko.', "Joko Widodo"),
])
def test_a_first_name_that_is_a_months(extract, text, name):
    assert extract(text)["quotes"][0]["speaker"]["name"] == name


def test_a_bodys_short_form_and_place_is_the_body_as_named_there(extract):
    text = ("Komisi Pemilihan Umum (KPU) Kabupaten Klaten menetapkan daftar pemilih tetap dalam rapat pleno di kantor "
            "KPU Klaten, Jawa Tengah. Ketua KPU Kabupaten Klaten Wahyu Hendrawan mengatakan jumlah pemilih turun.\n\n"
            "KPU Klaten dalam keterangan tertulisnya menyatakan seluruh catatan Bawaslu akan ditindaklanjuti.")
    assert quote_of(extract(text), "seluruh catatan")["speaker"]["name"] == "Komisi Pemilihan Umum Kabupaten Klaten"


@pytest.mark.parametrize("text, said_again", [
    ("Direktur Jenderal Minyak dan Gas Bumi Kementerian ESDM Dr. Laksmi Rahayuningtyas menjelaskan formula harga "
     "sudah ada.", "Dirjen Migas"),
    ("Direktur Jenderal Perhubungan Laut Kementerian Perhubungan Antoni Arif Priadi meninjau pelabuhan.", "Dirjen Hubla"),
    # (a field with "dan" inside: the title runs over it)
    ("Direktur Jenderal Kependudukan dan Pencatatan Sipil Kemendagri Teguh Setyabudi meninjau layanan KTP.",
     "Dirjen Dukcapil"),
])
def test_a_title_and_field_both_written_short_are_the_holders(extract, text, said_again):
    record = extract(text + f' "Layanan kami buka sampai malam," kata {said_again}.')
    name = quote_of(record, "Layanan kami")["speaker"]["name"]
    assert name in text and " " in name


@pytest.mark.parametrize("text, name, role", [
    ("Kepala Dinas Pariwisata dan Kebudayaan Kota Cirebon Yusuf Priyatna mengatakan keraton dibuka bertahap.",
     "Yusuf Priyatna", "Kepala Dinas Pariwisata dan Kebudayaan Kota Cirebon"),
    ("Menteri Lingkungan Hidup dan Kehutanan Hendarto Wibisono mengatakan peraturan itu sudah "
     "diteken.", "Hendarto Wibisono", "Menteri Lingkungan Hidup dan Kehutanan"),
])
def test_a_title_with_dan_in_its_field(extract, text, name, role):
    q = extract(text)["quotes"][0]
    assert (q["speaker"]["name"], q["speaker"]["role"]) == (name, role)


@pytest.mark.parametrize("title, name", [
    ("Kepala Eksekutif Pengawas Perasuransian, Penjaminan, dan Dana Pensiun OJK", "Kadek Wirawan Putra"),
    ("Kepala Dinas Perumahan, Kawasan Permukiman, dan Pertanahan Kabupaten Cilacap", "Sutrisno Hadi"),
])
def test_a_title_whose_fields_are_listed_with_commas_is_the_named_persons(extract, title, name):
    """The fields of a title listed with commas before ", dan": the name after the last is its holder's,
    written short later."""
    short = " ".join(name.split()[:2])
    record = extract(f"{title} {name} mengatakan, aturan itu sudah berlaku.\n\n"
                     f'"Kami tidak akan mundur," ujar {short} di Jakarta.')
    speaker = quote_of(record, "Kami tidak akan mundur")["speaker"]
    assert (speaker["name"], speaker["role"]) == (name, title)


def test_officers_listed_with_commas_are_no_title_for_the_last(extract):
    record = extract("Ketua Panitia Heru Santoso, Sekretaris Panitia Rina Marlina, dan Bendahara Umum "
                     "Bambang Wijaya hadir di lokasi.\n\n"
                     '"Semua sudah siap," ujar Bambang Wijaya di lokasi.')
    assert quote_of(record, "Semua sudah siap")["speaker"]["role"] == "Bendahara Umum"


@pytest.mark.parametrize("text, name, role", [
    ("Gol itu dicetak kapten tim Andi Muhammad Ikhsan, yang mengatakan kemenangan ini untuk suporter.",
     "Andi Muhammad Ikhsan", "kapten tim"),
    ("Menurut ketua panitia Budi Santoso, seluruh peserta sudah terdaftar ulang.", "Budi Santoso", "ketua panitia"),
])
def test_a_given_name_after_a_groups_noun_opens_a_persons_name(extract, text, name, role):
    speaker = extract(text)["quotes"][0]["speaker"]
    assert (speaker["name"], speaker["role"]) == (name, role)


@pytest.mark.parametrize("text, name, role", [
    ("Staf Khusus Menteri Keuangan Bidang Ekonomi Makro Arief Budiman Santosa mengatakan pertumbuhan tetap terjaga.",
     "Arief Budiman Santosa", "Staf Khusus Menteri Keuangan Bidang Ekonomi Makro"),
    ("Deputi Bidang Koordinasi Pangan Siti Rahmawati mengatakan stok beras aman.", "Siti Rahmawati",
     "Deputi Bidang Koordinasi Pangan"),
    # (a field that has ended, a body named since: the name as read)
    ("Kepala Bidang Humas Polda Jawa Timur Gatot Repli Handoko mengatakan pelaku sudah ditangkap.",
     "Gatot Repli Handoko", "Kepala Bidang Humas Polda Jawa Timur"),
])
def test_a_titles_field_runs_on_to_the_first_given_name(extract, text, name, role):
    speaker = extract(text)["quotes"][0]["speaker"]
    assert (speaker["name"], speaker["role"]) == (name, role)


@pytest.mark.parametrize("text, role", [
    ("Kapolrestabes Surabaya Komisaris Besar Budi Hermawan mengatakan pelaku sudah ditangkap.", "Kapolrestabes Surabaya"),
    ("Kepala Bidang Humas Polda Jawa Timur, Komisaris Besar Dirmanto Siregar, mengatakan barang bukti sudah diamankan.",
     "Kepala Bidang Humas Polda Jawa Timur"),
    ("Pangdam Jaya Mayor Jenderal TNI Mohamad Hasan mengatakan pasukan sudah disiagakan.", "Pangdam Jaya"),
    # (but "Direktur Jenderal" and "Inspektur" alone are titles, not ranks)
    ("Direktur Jenderal Bea dan Cukai Askolani mengatakan penerimaan naik tajam.", "Direktur Jenderal Bea dan Cukai"),
    ("Inspektur Inspektorat Kabupaten Sleman, Agus Santoso, mengatakan audit masih berjalan.",
     "Inspektur Inspektorat Kabupaten Sleman"),
    # (nor a title of nobility between the office and the name, though alone it is the role)
    ("Menteri Energi Arab Saudi Pangeran Faisal bin Abdulrahman mengatakan penundaan diperlukan karena stok "
     "menumpuk.", "Menteri Energi Arab Saudi"),
    ("Pangeran Harry mengatakan yayasannya akan membantu para veteran.", "Pangeran"),
    # (a corps is a rank's only after a rank: "Brigjen TNI", not "Kepala Staf TNI Angkatan Darat")
    ("Kepala Staf TNI Angkatan Darat Jenderal Maruli Simanjuntak mengatakan pasukan sudah disiagakan.",
     "Kepala Staf TNI Angkatan Darat"),
    ("Danrem 031/Wirabima Brigjen TNI Hendra Gunawan mengatakan pasukan sudah disiagakan.", "Danrem 031/Wirabima"),
])
def test_a_rank_written_in_full_is_no_role(extract, text, role):
    assert extract(text)["quotes"][0]["speaker"]["role"] == role


@pytest.mark.parametrize("text, role", [
    ("Salah seorang pemohon, Kusnadi (58), warga Desa Cisungsang, Kabupaten Lebak, Banten, mengaku sudah menduga "
     "hasil tersebut.", "warga Desa Cisungsang, Kabupaten Lebak, Banten"),
    ("Liam O'Connor (34), turis asal Perth, Australia, mengatakan tidak keberatan membayar pungutan itu.",
     "turis asal Perth, Australia"),
    ("Rohmat, warga Kelurahan Tlogosari Kulon, Kecamatan Pedurungan, mengaku air sudah setinggi lutut.",
     "warga Kelurahan Tlogosari Kulon, Kecamatan Pedurungan"),
])
def test_a_description_after_a_name_keeps_the_wider_places_set_off_after_it(extract, text, role):
    assert extract(text)["quotes"][0]["speaker"]["role"] == role


def test_the_role_before_yaitu_is_the_named_persons(extract):
    text = ("Rapat dipimpin langsung Wakil Ketua Komisi II DPR, yaitu Prof. Dr. Hj. Nurhayati Syamsuddin, M.Si. Sejak "
            'awal, Nurhayati mengingatkan: "Pilkada itu jadwalnya tidak bisa mundur."')
    speaker = extract(text)["quotes"][0]["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Nurhayati Syamsuddin", "Wakil Ketua Komisi II DPR")


def test_a_long_role_before_a_name_is_read_from_its_first_word(extract):
    text = ("Gubernur akhirnya memilih angka itu.\n\nKetua Dewan Pimpinan Wilayah Konfederasi Serikat Pekerja Indonesia "
            "(KSPI) Banten, Supriyadi, menolak keras penjelasan tersebut. Ia menilai formula pemerintah keliru.")
    role = quote_of(extract(text), "formula pemerintah")["speaker"]["role"]
    assert role == "Ketua Dewan Pimpinan Wilayah Konfederasi Serikat Pekerja Indonesia (KSPI) Banten"


def test_a_description_gives_way_to_the_role_the_article_gave(extract):
    text = ("Usaha itu dikelola Haryo Santoso (63) dan putranya, Bima Santoso (31).\n\nHaryo, pendiri CV Sindoro Sumbing "
            "Kopi, merintis usaha itu pada 1994.\n\nBima ingin membeli mesin sangrai baru. "
            '"Kalau kasnya bolong, bisa bangkrut juga," kata pengusaha berusia 63 tahun itu.')
    speaker = quote_of(extract(text), "Kalau kasnya")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Haryo Santoso", "pendiri CV Sindoro Sumbing Kopi")


@pytest.mark.parametrize("text", [
    "Bupati Samosir, Bonar Tua Simanjuntak, meninjau lokasi pada Senin (5/8/2024) dan menyebut kerugian petambak "
    "ditaksir mencapai Rp 4 miliar.",
    "Juru bicara kementerian tersebut, Claire Dubois-Lemaire, menyebut peluncuran itu «provokasi yang tidak "
    "bertanggung jawab» dan meminta Beijing menggunakan pengaruhnya.",
])
def test_no_role_holds_a_date_a_quotation_mark_or_ends_on_a_conjunction(extract, text):
    for q in extract(text)["quotes"]:
        role = q["speaker"]["role"] or ""
        assert not any(c in role for c in "«»“”\"") and "(5/8" not in role and not role.endswith(" dan")


def test_a_companys_short_form_stands_for_its_name_with_its_legal_form(extract):
    text = ("Operator kompetisi, PT Liga Indonesia Baru (LIB), menyatakan rekaman VAR akan dibuka.\n\n"
            '"Sanksi tambahan sepenuhnya menjadi kewenangan Komdis," demikian pernyataan LIB.')
    assert quote_of(extract(text), "Sanksi tambahan")["speaker"]["name"] == "PT Liga Indonesia Baru"


def test_a_description_in_the_narrative_gives_a_role_to_someone_the_article_gave_none(extract):
    text = ("Perahu katinting milik Yakub (50) meluncur pelan meninggalkan pantai Desa Lelilef.\n\n"
            "Nelayan pancing tuna itu kini harus melaut lebih jauh. \"Dulu cukup dua mil,\" kata Yakub.")
    speaker = quote_of(extract(text), "Dulu cukup")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Yakub", "Nelayan pancing tuna")


@pytest.mark.parametrize("text, role", [
    ("Pelatih Real Betis asal Argentina, Manuel Pellegrino, mengatakan timnya siap menghadapi laga berikutnya.",
     "Pelatih Real Betis"),
    ("Warga lain, Sutinah (45), mengatakan air sudah surut.", "Warga"),
    # (but the origin of a resident says who the resident is)
    ("Liam O'Connor (34), turis asal Perth, mengatakan tidak keberatan membayar pungutan itu.", "turis asal Perth"),
])
def test_a_role_without_what_only_describes_its_holder(extract, text, role):
    assert extract(text)["quotes"][0]["speaker"]["role"] == role


@pytest.mark.parametrize("text, named", [
    # named in the cue's own description
    ("Seorang pedagang cabai di Pasar Mandalika menuturkan harga cabai naik dua kali lipat. \"Pembeli banyak "
     "yang mengurangi,\" kata perempuan bernama Rohani (47) itu.", "Rohani"),
    # named in a sentence after the quotes, by what they are ...
    ("Seorang pedagang mengatakan lokasi pasar sementara terlalu jauh. \"Di sana sepi,\" ucapnya.\n\n"
     "Pedagang bernama Siti Aminah (51), warga Kelurahan Kraton Kidul, itu juga menolak relokasi.", "Siti Aminah"),
    # ... or by the description again, with the name set off after it
    ("Seorang petani mengatakan warga sudah lama curiga. \"Sawah kami tetap tadah hujan,\" ujarnya.\n\n"
     "Petani itu, Mujiono (52), kemudian melapor ke kejaksaan.", "Mujiono"),
    # ... or said to be that person, with no age
    ("Seorang suporter mengatakan kelompoknya menghormati proses hukum. \"Kami tidak membela yang salah,\" ujarnya.\n\n"
     "Suporter tersebut belakangan diketahui bernama Rohmat Hidayat, koordinator wilayah kelompoknya.", "Rohmat Hidayat"),
    # ... introduced unnamed with what they are set off after
    ("Seorang pemuda berusia 19 tahun, mantan pembalap liar, menyebut balapan liar marak karena tidak ada sirkuit. "
     "\"Kami juga ingin balapan resmi,\" ujarnya.\n\nPemuda itu adalah Faisal Akbar, warga Kecamatan Kaliwates.",
     "Faisal Akbar"),
    ("Seorang pemuda mengatakan balapan liar marak karena tidak ada sirkuit. \"Kami juga ingin balapan resmi,\" "
     "ujarnya.\n\nPemuda itu adalah Faisal Akbar, warga Kecamatan Kaliwates.", "Faisal Akbar"),
])
def test_someone_introduced_unnamed_and_named_a_little_later_is_that_person(extract, text, named):
    assert {(q["speaker"]["name"], q["speaker"]["kind"]) for q in extract(text)["quotes"]} == {(named, "person")}


@pytest.mark.parametrize("text, speaker", [
    ("Salah satu korban, seorang guru honorer asal Kecamatan Diwek, mengatakan uangnya sudah raib sejak Maret.", "Salah satu korban"),
    # (but a name set off after the unnamed is who speaks)
    ("Salah satu juri tamu, kritikus film asal Australia Daniel Whitford, mengatakan film itu layak menang.",
     "Daniel Whitford"),
])
def test_someone_unnamed_with_what_they_are_set_off_after(extract, text, speaker):
    assert only(extract(text), type="indirect")["speaker"]["name"] == speaker


def test_someone_else_introduced_with_a_name_is_not_the_unnamed_speaker(extract):
    text = ("Seorang petugas mengatakan foto itu harus dihapus. Menurut tetangga, mobil itu milik seorang pria "
            "berinisial R (38).")
    assert quote_of(extract(text), "foto itu")["speaker"]["name"] == "Seorang petugas"


@pytest.mark.parametrize("text, speaker", [
    # a consultant's degree, "(K)" glued to it, is a degree like the others, not the speaker
    ("Dokter spesialis anak, dr. Meutia Rahmawati, Sp.A(K), M.Kes., mengingatkan agar orang tua tidak menunda "
     "membawa anak ke fasilitas kesehatan.", "Meutia Rahmawati"),
    # ... and "dr." in lower case opens the subject, whatever the name's last word
    ("Wakil Menteri Kesehatan, dr. Arman Pranata, Sp.JP(K), yang hadir mewakili menteri, memastikan kementerian "
     "telah menonaktifkan dua dokter senior.", "Arman Pranata"),
])
def test_a_consultants_degree_and_a_lowercase_honorific_leave_the_name_as_the_speaker(extract, text, speaker):
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == [speaker]


def test_a_name_set_off_after_its_naming_word_is_the_speakers_without_it(extract):
    text = "Salah seorang korban asal Sukabumi, Jawa Barat, berinisial RA (24), mengaku dipaksa bekerja 16 jam sehari."
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["RA"]


def test_two_people_named_with_degrees_and_roles_are_whom_keduanya_means(extract):
    text = ("Dekan Fakultas Kedokteran Universitas Lontara, Prof. Dr. dr. Syamsul Bahri, Sp.PD-KGH, dan Ketua Kolegium "
            "Ilmu Bedah, dr. Indra Gunawan Siregar, Sp.B, juga angkat bicara. Keduanya, dalam pernyataan bersama, "
            "menyatakan mendukung investigasi dan siap membuka data jadwal jaga residen.")
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["Syamsul Bahri dan Indra Gunawan Siregar"]


@pytest.mark.parametrize("text, speaker", [
    # a body's noun takes a word of its name at least: one word alone after it is no one
    ("Dekan Fakultas Kedokteran Universitas Lontara mengatakan kampus akan membuka data jadwal jaga.",
     ("Dekan Fakultas Kedokteran Universitas Lontara", "Dekan Fakultas Kedokteran Universitas Lontara")),
    # ... and a name of two words or more after that word is the person's
    ('Pengamat politik Universitas Paramadina Ahmad Zaki Mubarak menilai isu itu sengaja diembuskan.',
     ("Ahmad Zaki Mubarak", "Pengamat politik Universitas Paramadina")),
])
def test_a_bodys_noun_takes_a_word_of_its_name_before_a_persons(extract, text, speaker):
    sp = extract(text)["quotes"][0]["speaker"]
    assert (sp["name"], sp["role"]) == speaker


def test_an_event_after_an_occasion_word_set_off_after_the_role_is_no_subject(extract):
    text = ("Lukas Tambunan, Sekretaris Komisi D, seusai rapat dengar pendapat itu menjelaskan, insentif guru honorer "
            "itu bernilai Rp 500.000.")
    sp = extract(text)["quotes"][0]["speaker"]
    assert (sp["name"], sp["role"]) == ("Lukas Tambunan", "Sekretaris Komisi D")


def test_two_people_with_ranks_and_degrees_joined_by_dan_speak_together(extract):
    text = ("Dua penggagas forum, Dr. Ratih Kumalasari, M.Hum., dan Dr. Yosef Bere Tallo, M.T., mengaku sempat "
            "mendapat tekanan setelah surat itu beredar.")
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["Ratih Kumalasari dan Yosef Bere Tallo"]


def test_a_pair_of_players_written_with_a_slash_is_whom_keduanya_means(extract):
    text = ("Indonesia juga memiliki wakil di final ganda campuran, yakni pasangan Yosafat Halim/Nadia Oktaviani Lubis. "
            "Keduanya menilai kunci kemenangan mereka di semifinal adalah komunikasi yang lebih baik di depan net.")
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["Yosafat Halim dan Nadia Oktaviani Lubis"]


def test_a_preposition_after_a_word_that_is_also_a_rank_ends_a_bodys_name_no_persons(extract):
    text = ("Koalisi Konservasi Laut Dalam (DSCC), gabungan organisasi lingkungan, menilai pertemuan di Tonga "
            "menjadi ujian solidaritas kawasan.")
    sp = extract(text)["quotes"][0]["speaker"]
    assert (sp["name"], sp["kind"]) == ("Koalisi Konservasi Laut Dalam", "organization")


@pytest.mark.parametrize("text, speaker", [
    # a number in what the body is is no name
    ("Koalisi Konservasi Laut Dalam, gabungan lebih dari 100 organisasi lingkungan, menilai pertemuan di Tonga "
     "menjadi ujian solidaritas kawasan.", "Koalisi Konservasi Laut Dalam"),
    # (and a passive adjunct set off before the subject names no body that the subject describes)
    ("Nakhoda kapal berinisial LOR (45) selamat. Ditemui Kompas.com di Markas Polres Wakatobi, nakhoda berusia 45 "
     "tahun itu mengaku mesin kapal sempat mati beberapa menit sebelum ombak besar datang.", "LOR"),
])
def test_a_body_then_what_it_is_set_off_by_commas_is_the_body(extract, text, speaker):
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Wakil Menteri Dalam Negeri (Wamendagri) Bima Prakoso menyatakan pemerintah siap menyesuaikan jadwal. "
     "\"Pemerintah pada prinsipnya terbuka,\" ujar Wamendagri.", "Bima Prakoso"),
    ("Kepala Pelaksana (Kalaksa) BPBD Tapteng Parlindungan Hutagalung mengatakan pencarian dilanjutkan. "
     "\"Datanya masih terus bergerak,\" kata Kalaksa.", "Parlindungan Hutagalung"),
])
def test_a_titles_short_form_the_article_defines_is_whoever_holds_the_title(extract, text, speaker):
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {speaker}


def test_a_common_first_name_opens_the_name_whatever_other_person_shares_the_next_word(extract):
    text = ("Ketua Bawaslu Lombok Timur Muhammad Yusuf Effendi mengatakan, temuan itu berasal dari laporan warga. "
            "\"Kami temukan uang,\" kata Effendi.\n\nJuru bicara tim pemenangan, Yusuf Maulana, membantah amplop "
            "tersebut berasal dari timnya.")
    assert quote_of(extract(text), "Kami temukan")["speaker"]["name"] == "Muhammad Yusuf Effendi"


def test_the_noun_nama_before_a_name_is_no_word_of_it(extract):
    text = ("Bola.com, Jakarta - Nama Lucas Ortega Simanjuntak mendadak ramai diperbincangkan. \"Saya terbuka,\" "
            "kata Lucas.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Lucas Ortega Simanjuntak"}


def test_a_sundanese_word_of_address_before_a_name_is_an_honorific(extract):
    text = ("Ketua paguyuban, Ujang Saepuloh atau Mang Ujang, mengaku pedagang tidak menolak pembangunan pasar. "
            "\"Yang kami tolak itu relokasi,\" kata Mang Ujang.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Ujang Saepuloh"}


@pytest.mark.parametrize("address", ["mama", "pak"])
def test_a_word_of_address_in_lower_case_is_no_role(extract, address):
    text = ("Relawan kesehatan, Yuliana Itlay (39), mengungkapkan sedikitnya 14 anak di pengungsian demam.\n\n"
            f'"Anak-anak kedinginan," ucap {address} Yuliana, sapaan akrabnya.')
    speaker = quote_of(extract(text), "Anak-anak kedinginan")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Yuliana Itlay", "Relawan kesehatan")


def test_a_former_bureaucrat_is_a_description_of_someone(extract):
    text = ("Dedi Kurniawan, mantan Sekretaris Daerah Kota Bandung, hadir mengenakan kemeja putih.\n\n"
            '"Saya akan fokus pada banjir dan sampah," ucap mantan birokrat itu.')
    assert quote_of(extract(text), "Saya akan fokus")["speaker"]["name"] == "Dedi Kurniawan"


@pytest.mark.parametrize("address", ["Mbok", "Mak", "Ompung", "Daw"])
def test_a_word_of_address_for_an_elder_is_no_word_of_the_name(extract, address):
    text = (f"Perajin batik di Desa Giriloyo, {address} Tukinah (68), mengatakan pesanan kain naik dua kali lipat. "
            f'"Sekarang dibayar tiap minggu," tutur {address} Tukinah.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Tukinah"}


@pytest.mark.parametrize("pronoun", ["Keduanya", "Ia"])
def test_a_pronoun_with_no_one_before_it_is_unresolved_not_a_person(extract, pronoun):
    quote = extract(f"{pronoun} mengatakan harga cabai naik tajam pekan ini.")["quotes"][0]
    assert quote["speaker"] is None


def test_a_nickname_given_by_others_names_the_person_it_was_given(extract):
    text = ("Pembudi daya ikan lainnya, Jonggi Manurung (55), yang oleh warga setempat akrab disapa Amani Tiur, "
            "menilai pemerintah terlambat. ‘Peringatannya lewat grup WhatsApp,’ kata Amani Tiur.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Jonggi Manurung"}


@pytest.mark.parametrize("opening", ["Pada Januari lalu, Pyongyang", "Sejak Senin, Teheran", "Pyongyang"])
def test_a_capital_acts_for_its_government_after_when_the_sentence_opens_with(extract, opening):
    text = f"{opening} mengklaim berhasil menguji rudal hipersonik jarak menengah."
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["kind"]) == (opening.split()[-1], "organization")


def test_a_description_of_a_person_never_means_a_capital_that_spoke(extract):
    text = ("Profesor Han Min-seok dari Universitas Kyungnam menilai peluncuran itu pesan politik. \"Pyongyang ingin "
            "menunjukkan kekuatannya,\" ujarnya.\n\nPada Januari lalu, Pyongyang mengklaim berhasil menguji rudal "
            "hipersonik.\n\nGuru besar ilmu politik itu memperkirakan Korea Utara akan kembali melakukan uji coba.")
    assert quote_of(extract(text), "Korea Utara akan")["speaker"]["name"] == "Han Min-seok"


def test_a_description_with_a_short_form_the_article_defined_means_the_role_given_in_full(extract):
    text = ("Tarif masuk kawasan Taman Nasional Komodo (TNK) naik.\n\nKepala Balai Taman Nasional Komodo, Hendrikus "
            "Rani Siga, mengatakan kenaikan tarif bertujuan membatasi pengunjung.\n\nKepala Badan Otorita Labuan Bajo, "
            "Maria Goreti Dhae, mengatakan sosialisasi harus lebih rapi.\n\nKepala Balai TNK itu juga menyebut tarif "
            "khusus bagi pelajar masih terbuka.")
    assert quote_of(extract(text), "tarif khusus")["speaker"]["name"] == "Hendrikus Rani Siga"


@pytest.mark.parametrize("long, short", [("Konsul Jenderal RI di Kota Kinabalu", "Konjen"),
                                         ("Wakil Wali Kota Makassar", "Wawali")])
def test_a_title_the_news_writes_short_is_its_holder(extract, long, short):
    text = (f"{long}, Yudha Prasetya, membenarkan pihaknya menerima sejumlah laporan. \"Kami sudah surati "
            f"perusahaan itu,\" kata {short} melalui pesan singkat.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Yudha Prasetya"


def test_a_nickname_a_description_gives_is_the_person_named_last_before_it(extract):
    text = ("Pelatih Timnas Indonesia, Jean-Pierre Ravenel, mengungkapkan target lolos ke babak gugur tetap menjadi "
            "prioritas.\n\nPria kelahiran Lyon berusia 54 tahun yang akrab disapa Coach JP itu juga menyinggung soal "
            "iklim tropis.\n\nSementara itu, Coach JP berharap publik Indonesia bersabar menunggu hasilnya.")
    sp = quote_of(extract(text), "publik Indonesia")["speaker"]
    assert (sp["name"], sp["kind"]) == ("Jean-Pierre Ravenel", "person")


def test_a_title_alone_is_the_nearest_holder_of_it_whatever_else_described_the_other(extract):
    # (the roles both coaches were given where they spoke count, not only the ones beside their names)
    text = ("Pelatih timnas U-23 Indonesia, Erik van Dalen, meminta agar para pemain tidak terpancing provokasi lawan "
            "sepanjang laga.\n\nDalam jumpa pers, pelatih asal Belanda itu mengingatkan bahwa Vietnam adalah tim yang "
            "pandai memancing pelanggaran.\n\nDikutip dari VnExpress, pelatih Vietnam U-23, Dinh Van Hoang, mengaku "
            "tidak gentar bermain di depan pendukung tuan rumah.\n\nSeperti dilaporkan Thanh Nien, juru taktik asal "
            "Vietnam itu juga sudah menyiapkan skema tiga bek. Menurut sang pelatih, tekanan penonton justru bisa "
            "menjadi beban bagi tuan rumah.")
    assert quote_of(extract(text), "tekanan penonton")["speaker"]["name"] == "Dinh Van Hoang"


@pytest.mark.parametrize("description", ["alumnus IPB itu", "lulusan Akpol 2006 itu"])
def test_where_someone_studied_describes_them(extract, description):
    text = ("Kepala KDEI Taipei, Bambang Setiawan Hadi, mengatakan kedua ABK terjatuh ke laut. Sementara itu, "
            f"{description} memastikan pihaknya akan memfasilitasi pemulangan kedua ABK.")
    assert quote_of(extract(text), "pihaknya akan")["speaker"]["name"] == "Bambang Setiawan Hadi"


def test_a_pair_of_candidates_joined_by_a_hyphen_is_two_people(extract):
    text = ("Debat calon wali kota Medan mempertemukan Darwin Sitompul-Hasan Basri dan Ratna Siregar-Joko Prasetyo.\n\n"
            '"Banjir Medan bukan soal hujan," kata Darwin.\n\n"Uangnya ada, tapi tidak masuk kas daerah," ujar Joko.')
    said = {q["text"]: q["speaker"]["name"] for q in extract(text)["quotes"]}
    assert said == {"Banjir Medan bukan soal hujan": "Darwin Sitompul", "Uangnya ada, tapi tidak masuk kas daerah":
                    "Joko Prasetyo"}


def test_a_pair_of_candidates_after_pasangan_is_no_ones_partner(extract):
    text = ("Pasangan Hendrikus Lamuri-Yusuf Baharuddin mendapat nomor urut 2, sedangkan nomor urut 3 diraih pasangan "
            "Muhammad Rizal Fahmi-Dewi Kartika.\n\n\"Kami siap,\" kata Hendrikus.\n\n\"Kami penantang,\" ucap Rizal.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Hendrikus Lamuri", "Muhammad Rizal Fahmi"}


def test_a_double_surname_is_no_pair(extract):
    text = ('Duta Besar Prancis, Claire Moreau-Lefèvre, hadir. "Kami mendukung," kata Moreau-Lefèvre.\n\n'
            '"Kami siap," ujar Jean-Pierre Ravenel.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Claire Moreau-Lefèvre", "Jean-Pierre Ravenel"}


@pytest.mark.parametrize("title, called", [("Kepala Desa Cibenda", "Pak Kades"), ("Kepala Desa Cibenda", "Bu Kades"),
                                           ("Lurah Wonosari", "Pak Lurah")])
def test_a_title_with_its_word_of_address_is_its_holder(extract, title, called):
    text = (f"{title}, Dede Rusmana, mengatakan warga sudah diminta mengungsi.\n\n"
            f'"Orang kampung susah kalau disuruh meninggalkan kebun," ujar {called} kepada wartawan.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Dede Rusmana"


@pytest.mark.parametrize("word", ["Ama", "Inaq", "Amaq", "Jero"])
def test_words_of_address_of_eastern_indonesia_are_no_part_of_the_name(extract, word):
    text = f'Kornelis Beda (54), warga Desa Jontona, mengungsi. "Kebun bisa ditinggal," ujar {word} Kornelis.'
    assert only(extract(text), type="direct")["speaker"]["name"] == "Kornelis Beda"


@pytest.mark.parametrize("aside", ["dengan nada tinggi", "dengan suara bergetar"])
def test_how_someone_speaks_set_off_after_the_name_is_no_role(extract, aside):
    text = (f"Calon wali kota Darwin Sitompul hadir dalam debat. Darwin, {aside}, menyebut tudingan itu fitnah "
            "murahan yang sengaja dilempar menjelang pemungutan suara.")
    sp = quote_of(extract(text), "tudingan itu")["speaker"]
    assert (sp["name"], sp["role"]) == ("Darwin Sitompul", "Calon wali kota")


def test_a_body_then_which_of_several_it_is_set_off_speaks_as_the_body(extract):
    text = ("DPP Partai Karya Rakyat, salah satu partai pengusung Rina, menyatakan akan mengerahkan seluruh anggota "
            "DPRD dari fraksinya.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["kind"]) == ("DPP Partai Karya Rakyat", "organization")


def test_a_party_organ_with_the_party_short_form_is_written_out(extract):
    text = ("Pencalonan di tubuh Partai Nusantara Bersatu (PNB) memanas. DPP PNB menyatakan pintu dialog dengan "
            "pengurus wilayah tetap terbuka.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["kind"]) == ("DPP Partai Nusantara Bersatu", "organization")


def test_a_pronoun_after_a_speaker_called_by_a_described_nickname_is_that_person(extract):
    text = ("Pelatih Timnas Indonesia, Jean-Pierre Ravenel, mengungkapkan target lolos ke babak gugur tetap menjadi "
            "prioritas.\n\nPria kelahiran Lyon berusia 54 tahun yang akrab disapa Coach JP itu juga menyinggung soal "
            "iklim tropis.\n\nPengamat sepak bola, Tommy Wijaya, menilai lini belakang kerap goyah.\n\nSementara itu, "
            "Coach JP berharap publik Indonesia bersabar menunggu hasilnya. Ia mengatakan timnya masih dalam tahap membangun identitas permainan.")
    assert quote_of(extract(text), "timnya masih")["speaker"]["name"] == "Jean-Pierre Ravenel"


@pytest.mark.parametrize("text, speaker", [
    ('Tunggal putri Ratu Amelia Putri menembus final. "Saya pikir masih lama," kata Ratu.', "Ratu Amelia Putri"),
    ('Kepala Dinas Perdagangan, Elisabeth Ratu Rante Allo, meninjau pasar. "Pengelola yang melanggar diberi sanksi," '
     'lanjut Ratu.', "Elisabeth Ratu Rante Allo"),
])
def test_ratu_is_a_given_name_too(extract, text, speaker):
    assert only(extract(text), type="direct")["speaker"]["name"] == speaker


def test_a_clause_before_a_name_is_no_role_a_description_can_match(extract):
    text = ("Jaksa penuntut umum menuntut mantan Kepala Satuan Reserse Narkoba Polres Ogan Ilir, Kompol Rahmat "
            "Sudrajat, dengan hukuman 12 tahun penjara.\n\nTuntutan dibacakan JPU Kejaksaan Negeri Ogan Ilir, Hendri "
            "Kusuma, dalam sidang di Pengadilan Negeri Palembang.\n\n\"Terdakwa belum pernah dihukum,\" lanjut jaksa "
            "berusia 45 tahun itu.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Hendri Kusuma"


def test_a_nickname_with_its_word_of_address_set_off_before_sapaan_is_the_person(extract):
    text = ("Koordinator aksi, Syamsuddin Dg Nai, mengatakan pengemudi menolak kebijakan itu. Daeng Nai, sapaan akrab "
            "Syamsuddin, mengancam akan kembali menggelar aksi yang lebih besar jika tidak ada tindak lanjut.")
    assert quote_of(extract(text), "akan kembali")["speaker"]["name"] == "Syamsuddin Dg Nai"


def test_a_given_name_that_opens_the_run_opens_the_name_whose_surname_stands_alone(extract):
    text = ("Dikutip dari The Straits Times, hakim distrik Eddy Tan Wei Ming menyatakan terdakwa memanfaatkan "
            "kepercayaan korban. \"Ini penipuan yang terencana,\" kata Tan.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Eddy Tan Wei Ming"}


def test_a_role_before_a_shared_surname_says_which_of_the_two(extract):
    text = ("Ketua Majelis Hakim Ratna Wulandari Siregar membuka sidang. Jaksa Penuntut Umum Kejaksaan Negeri Batang, "
            "Hendra Siregar, menghadirkan empat saksi.\n\n\"Pola transaksinya sama,\" kata jaksa Siregar.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Hendra Siregar"


@pytest.mark.parametrize("text, said, group", [
    ("Hingga pukul 15.00 WIB, sebagian orang tua murid masih bertahan di halaman kantor Disdik. Mereka meminta agar "
     "daftar siswa yang diterima diumumkan secara terbuka.", "daftar siswa", "sebagian orang tua murid"),
    ("Keluhan serupa datang dari sejumlah nelayan di Pantai Loji. Mereka menyebut antrean di SPBN bisa berlangsung "
     "sejak subuh.", "antrean di SPBN", "sejumlah nelayan di Pantai Loji"),
    # (and after "dengan": the people someone spoke with)
    ("Wartawan berbincang dengan sejumlah diplomat Asia Tenggara di Jakarta. Mereka menilai ketegangan ini belum "
     "berdampak pada kerja sama ASEAN.", "ketegangan ini", "sejumlah diplomat"),
    # (residents as a whole, opening a sentence)
    ("Warga berharap pemerintah tidak sekadar memberi bantuan. Mereka meminta tanggul dan pompa air segera "
     "difungsikan.", "tanggul dan pompa", "Warga"),
])
def test_mereka_is_a_group_after_a_time_or_after_dari(extract, text, said, group):
    sp = quote_of(extract(text), said)["speaker"]
    assert (sp["name"], sp["kind"]) == (group, "group")


@pytest.mark.parametrize("text", [
    "Sumber Republika di kepolisian menyebut penyidik sudah memeriksa tujuh saksi.",
    "Menurut sumber Tempo di Istana, presiden belum menandatangani surat itu.",
])
def test_an_outlets_unnamed_source_is_no_person_named_after_the_outlet(extract, text):
    sp = only(extract(text), type="indirect")["speaker"]
    assert sp["name"].casefold().startswith("sumber ") and sp["role"] is None


def test_a_name_that_opens_with_its_joined_particle_in_lower_case_keeps_it(extract):
    text = ("Juru bicara RSF, al-Sadiq Ibrahim Adam, mengatakan pasukan SAF menggunakan warga sebagai tameng. \"Kami "
            "membuka koridor,\" kata Adam.")
    assert {(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]} == {
        ("al-Sadiq Ibrahim Adam", "Juru bicara RSF")}


def test_a_nickname_with_a_word_of_a_role_names_the_person_without_it_too(extract):
    """"pria yang akrab disapa Coach Bono itu" ... "Bono menyebut": the nickname without "Coach"."""
    text = ("Jakarta - Garuda Rex juara usai menang 4-3 di final. Pelatih kepala Garuda Rex, Bonifasius Tarigan, "
            'memuji mental pemainnya.\n\n"Anak-anak tidak pernah menyerah," ujar pria yang akrab disapa Coach Bono '
            "itu.\n\nBono menyebut keputusan merotasi posisi roamer sebagai titik balik tim musim ini.")
    assert quote_of(extract(text), "keputusan merotasi")["speaker"]["name"] == "Bonifasius Tarigan"


def test_a_description_by_a_nickname_with_a_word_of_a_role_is_who_bears_the_name(extract):
    """"pria yang akrab disapa Coach Wahyu itu": the person named Wahyu just before, not the speaker before."""
    text = ("Jakarta - Komite Wasit dipimpin Harun Effendi. Ketua Komite Wasit PSSI yang baru itu menegaskan "
            'wasit yang salah akan diistirahatkan.\n\n"Tidak ada lagi ewuh pakewuh," ujar pria yang akrab disapa '
            "Bang Harun itu.\n\nDi Tangerang, pelatih Persita Wahyu Setiadi menyambut baik langkah PSSI. Menurut "
            "pria yang akrab disapa Coach Wahyu itu, PSSI perlu membuka rekaman komunikasi wasit kepada publik.")
    assert quote_of(extract(text), "PSSI perlu membuka")["speaker"]["name"] == "Wahyu Setiadi"


def test_a_score_after_a_name_is_no_number_of_a_bodys_name(extract):
    """"wakil Denmark Magnus Holm-Sorensen 12-21": a score, not a school's number ("SDN Kemiri 1")."""
    text = ('Jakarta - Galih kalah dari wakil Denmark Magnus Holm-Sorensen 12-21, 19-21. "Dia bermain lebih baik," '
            'ucap Galih.\n\nHolm-Sorensen justru memuji lawannya. "Galih salah satu pemain terbaik," kata pemain '
            "Denmark itu.")
    assert quote_of(extract(text), "Galih salah satu")["speaker"]["name"] == "Magnus Holm-Sorensen"


def test_a_companys_short_form_after_its_legal_form_is_the_name_the_article_defined(extract):
    """"Perusahaan juga mengklaim" where the article wrote "PT Sawit Lestari Mahakam (SLM)", then "PT SLM"."""
    text = ("Kutai Barat - Warga menolak penggusuran kebun oleh PT Sawit Lestari Mahakam (SLM).\n\nDalam keterangan "
            "tertulis, Manajer Humas PT SLM, Rina Kartikasari, menyatakan seluruh kegiatan perusahaan sah.\n\n"
            "Perusahaan juga mengklaim telah memberikan tali asih kepada warga pada 2019.")
    assert quote_of(extract(text), "telah memberikan")["speaker"]["name"] == "PT Sawit Lestari Mahakam"


def test_an_html_apostrophe_inside_a_name_keeps_it_one_name_and_the_name_is_plain_text(extract):
    """Scraped text writes the apostrophe as an entity: the mention is what was written, its name the text."""
    text = ("Banda Aceh - Dikutip dari Kompas.com, Mahkamah Syar&#39;iyah Aceh mencatat sepanjang Januari hingga "
            "September 2024 terdapat 112 perkara maisir yang diputus.")
    rec = extract(text)
    speaker = only(rec, type="indirect")["speaker"]
    assert (speaker["mention"], speaker["name"]) == ("Mahkamah Syar&#39;iyah Aceh", "Mahkamah Syar'iyah Aceh")
    assert [e["name"] for e in rec["entities"]] == ["Mahkamah Syar'iyah Aceh"]


@pytest.mark.parametrize("name", ["Adam Kerrigan", "Liam Kellehan"])
def test_a_foreign_surname_shaped_like_a_derived_noun_is_a_name(extract, name):
    """"Kerrigan" looks like ke-…-an ("Kesehatan"), but a doubled consonant is no Indonesian root's."""
    text = (f"Jakarta - Pelatih Perth Glory, {name}, menyebut Mandowen punya kecepatan yang luar biasa.\n\n"
            '"Dia pemain yang rendah hati," kata sang pelatih.')
    rec = extract(text)
    assert [q["speaker"]["name"] for q in rec["quotes"]] == [name, name]


def test_pihak_kedutaan_is_the_embassy_the_article_named(extract):
    text = ("Dili - Kedutaan Besar RI (KBRI) Dili telah berkoordinasi dengan otoritas Timor-Leste. Pihak kedutaan "
            "memastikan seluruh nelayan dalam keadaan baik.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Kedutaan Besar RI Dili"


def test_an_acronym_with_a_digit_repeats_the_letter_before_it(extract):
    """"Perhimpunan Pendidikan dan Guru (P2G)": P2G is PPG, the body; not the title that runs before it."""
    text = ("Jakarta - Kepala Bidang Advokasi Guru Perhimpunan Pendidikan dan Guru (P2G) Dewi Anggraeni menilai target "
            '400 sekolah terlalu ambisius. "Pemerintah harus transparan," ujar Dewi.\n\nP2G juga meminta pemerintah '
            "memperhatikan nasib guru honorer di daerah terdampak.")
    speaker = quote_of(extract(text), "pemerintah memperhatikan")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Perhimpunan Pendidikan dan Guru", "organization")


@pytest.mark.parametrize("text, name", [
    ("Perth - Konsulat Jenderal RI di Perth menyebut Ezra sebagai duta muda Papua di Australia.",
     "Konsulat Jenderal RI di Perth"),
    ("Perth - Konsulat Jenderal RI menyebut Ezra sebagai duta muda Papua di Australia.", "Konsulat Jenderal RI"),
])
def test_jenderal_after_a_missions_head_is_a_word_of_its_name_not_a_rank(extract, text, name):
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["kind"]) == (name, "organization")


@pytest.mark.parametrize("description", ["Petani itu", "Petani yang menggarap dua hektare kebun itu"])
def test_a_description_is_not_held_by_the_word_after_a_bodys_noun(extract, description):
    """"petani itu" is the farmer the article named last, not the head of the farmers' association."""
    text = ("Ketua DPW Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo) Jambi, Sutrisno Wibowo, menilai pemerintah "
            "provinsi terlambat merespons.\n\nDi Desa Sungai Bahar, Suparman (52) menunjukkan nota penjualan TBS. "
            f"{description} mengaku pendapatannya kini tak cukup untuk membeli pupuk.")
    assert quote_of(extract(text), "pendapatannya kini")["speaker"]["name"] == "Suparman"


def test_a_description_is_still_held_by_the_head_of_a_role(extract):
    text = ("Ketua Asosiasi Petani Kelapa Sawit Indonesia, Sutrisno Wibowo, menilai harga terlalu rendah.\n\n"
            "Di Desa Sungai Bahar, Suparman (52) menunjukkan nota penjualan TBS. Ketua asosiasi itu mengaku "
            "pemerintah belum menjawab suratnya.")
    assert quote_of(extract(text), "pemerintah belum")["speaker"]["name"] == "Sutrisno Wibowo"


def test_a_set_off_nickname_no_one_bears_is_the_person_named_just_before(extract):
    text = ("Makassar - Di Perumnas Antang, Abdul Rahman (58) terpaksa menjebol plafon rumahnya.\n\n"
            '"Air naik cepat sekali," tutur Daeng Nai, sapaan akrabnya.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Abdul Rahman"


def test_pusat_opens_a_bodys_name(extract):
    text = ("Jakarta - Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) menyatakan telah membekukan 312 "
            "rekening yang terhubung dengan jaringan tersebut.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Pusat Pelaporan dan Analisis Transaksi Keuangan", "organization")


@pytest.mark.parametrize("body", ["Institute for Essential Services Reform", "Center for Strategic and International Studies",
                                  "Food and Drug Administration", "Centers for Disease Control and Prevention",
                                  "US Department of State", "National Weather Service"])
def test_a_body_named_in_english_speaks(extract, body):
    text = f"Jakarta - {body} memperkirakan emisi pengolahan nikel di Indonesia mencapai 48 ton per ton nikel."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["kind"]) == (body, "organization")


@pytest.mark.parametrize("position", ["winger", "gelandang", "kiper"])
def test_a_players_position_describes_the_player(extract, position):
    text = ("Parepare - PSM Makassar menang 2-1. Gol kemenangan dicetak Yohanis Rumbiak (22) pada menit ke-88.\n\n"
            f'"Mama, ini untuk Mama," ucap {position} berusia 22 tahun itu.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Yohanis Rumbiak"


@pytest.mark.parametrize("called, name", [("Frans", "Fransiskus Xaverius Leki"), ("Daeng Nai", "Abdul Rahman")])
def test_a_nickname_set_off_by_begitu_ia_biasa_disapa_is_the_person_named_before(extract, called, name):
    text = (f"Makassar - Di Perumnas Antang, {name} (58) terpaksa menjebol plafon rumahnya.\n\n"
            f"{called}, begitu ia biasa disapa tetangganya, menuturkan air naik sangat cepat sejak subuh.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == name


@pytest.mark.parametrize("name, called", [
    ("Sudarmo Wiyono", "Mbah Darmo"),        # the end of a word of the name
    ("Siti Maemunah", "Bu Mun"),             # a syllable inside it
    ("Komang Ari Wiratama", "Ongki"),        # none of its words
])
def test_a_nickname_given_after_atau_is_the_person_named_right_before(extract, name, called):
    text = (f"Grobogan - Di ujung dusun, {name} (71) atau {called}, begitu ia biasa disapa, bertahan di rumahnya.\n\n"
            f'"Dulu tahun 1993 lebih parah," kata {called} sambil tertawa.')
    assert only(extract(text), type="direct")["speaker"]["name"] == name


def test_a_nickname_set_off_in_its_own_sentence_is_the_person_named_before_though_quotes_follow(extract):
    # (the speaker read as the nickname at a later cue is no other person bearing it)
    text = ("Kudus - Perajin jenang Desa Kaliputu, Hj. Siti Maemunah (58), mengaku membuang 40 kilogram adonan.\n\n"
            "Bu Mun, begitu ia akrab disapa, mengatakan jenang harus diaduk terus selama enam jam.\n\n"
            "«Kalau berhenti di tengah jalan, jenangnya gosong,» tuturnya.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Siti Maemunah"}


@pytest.mark.parametrize("nickname", ["“Il Cobra”", "Il Cobra"])
def test_a_nickname_given_by_dijuluki_is_the_person_named_before(extract, nickname):
    text = ("Mandalika - Pebalap Ducati, Lorenzo Baldini, memenangi balapan di Mandalika, Minggu (5/10/2025).\n\n"
            f"Pebalap Italia yang dijuluki {nickname} itu finis 1,8 detik di depan rivalnya.\n\n"
            "“Terlalu cepat bicara gelar,” tulis Il Cobra di akun Instagram-nya.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Lorenzo Baldini"


def test_a_name_given_before_begitu_ia_disapa_with_a_word_of_address_is_that_persons(extract):
    text = ("Kepala BPBD Lombok Timur, Lalu Muhamad Hasbi, mengatakan 31.000 jiwa terdampak.\n\n"
            "Rusmini (45), warga Desa Seriwe, mengantre sejak subuh. Inaq Rusmini, begitu ia disapa, membawa "
            "lima jeriken.\n\n"
            '"Kalau telat sedikit, air sudah habis," ujar Inaq Rusmini.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Rusmini"


def test_a_balinese_contraction_of_two_name_words_refers_to_the_full_name(extract):
    text = ("Denpasar - Ketua panitia, Ida Ayu Made Sriastuti, menyebut penilaian tahun ini berbeda.\n\n"
            '"Yang terbaik bukan yang paling besar," kata Dayu Sriastuti.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Ida Ayu Made Sriastuti"


def test_an_alias_with_its_word_of_address_is_the_person_named_before_it(extract):
    text = ("Kediri - Koordinator Brantasmania, Slamet Riyadi alias Cak Met (41), menyesalkan aksi tersebut.\n\n"
            "'Kami kecewa boleh, tapi jangan merugikan klub sendiri,' ucap Cak Met.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Slamet Riyadi"


def test_initials_given_after_berinisial_name_the_person_wherever_written_again(extract):
    """"AS" is also the United States, and an outlet's name: given someone as initials, it is that person."""
    text = ("Sukabumi - Kasat Reskrim Polres Sukabumi Kota AKP Bagus Panuntun mengatakan tersangka berinisial AS (27) "
            "ditangkap di Cianjur.\n\nDalam konferensi pers itu, AS yang mengenakan baju tahanan oranye lebih banyak "
            "tertunduk. Saat ditanya wartawan, ia mengaku gelap mata karena terlilit utang pinjaman online.")
    speaker = quote_of(extract(text), "gelap mata")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("AS", "person")


def test_initials_given_after_berinisial_opening_a_sentence_are_whom_the_next_pronoun_means(extract):
    """Someone named by initials who acts, and says nothing, in the sentence before "ia": the one "ia" is."""
    text = ("Jaksa mendakwa pejabat pembuat komitmen berinisial FA. Saksi Agung Setiawan mengaku menyerahkan uang "
            "kepada FA. \"Saya serahkan sendiri,\" kata Agung.\n\n"
            "FA tidak hadir. Ia menyatakan akan menjawab seluruhnya saat diperiksa sebagai terdakwa.")
    speaker = quote_of(extract(text), "akan menjawab")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("FA", "person")


def test_a_platform_someone_posted_on_is_no_one_a_pronoun_may_mean(extract):
    text = ('Mantan manajer Vinka, Rudi Hartanto, membantah tudingan itu. "Saya tidak pernah menggelapkan uang," kata Rudi.\n\n'
            'Rudi sendiri sempat curhat lewat Instagram Story pada Jumat pagi. Dalam unggahan berlatar hitam itu, ia '
            'menulis, "Tujuh tahun saya temani dari panggung kafe sampai stadion."')
    assert quote_of(extract(text), "Tujuh tahun")["speaker"]["name"] == "Rudi Hartanto"


def test_a_title_with_a_demonstrative_of_its_field_is_the_role_of_the_name_set_off_after_it(extract):
    text = ("Pemeran tokoh istri dalam sinetron itu, Sekar Ayu Ningrum, ikut hadir di lokasi syuting. Aktris 24 tahun "
            "yang akrab disapa Ayu itu mengatakan adegan itu tidak pantas ditayangkan.")
    speaker = quote_of(extract(text), "adegan itu")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Sekar Ayu Ningrum", "Pemeran tokoh istri dalam sinetron itu")


def test_a_pair_named_by_a_nickname_is_each_by_the_name_the_nickname_is_given(extract):
    text = ("Aktor Reza Arsaka dan aktris Nadia Kirana Putri resmi menikah. Kabar itu dibagikan Nadia, aktris yang akrab "
            "disapa Nana.\n\nReza dan Nana pertama kali bertemu di lokasi syuting pada 2021. Saat itu, Reza dan Nana "
            "menyebut mereka hanya bersahabat.\n\nKini, keduanya mengaku geli setiap kali mengingat bantahan tersebut.")
    rec = extract(text)
    for said in ("mereka hanya", "geli setiap"):
        assert quote_of(rec, said)["speaker"]["name"] == "Reza Arsaka dan Nadia Kirana Putri"


def test_a_body_noun_alone_no_body_is_named_with_is_the_body_that_spoke_just_before(extract):
    text = "PSSI menyatakan seluruh pemain telah mendapat izin klub. Federasi juga menyebut tim akan terbang ke Riyadh pada Senin."
    speaker = quote_of(extract(text), "tim akan terbang")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("PSSI", "organization")


def test_the_management_of_a_kind_of_body_is_the_body_named_last(extract):
    text = ("Persib Bandung kalah 0-2 di kandang. \"Perbaikan drainase dan rumput dimulai pekan ini,\" tulis manajemen klub "
            "dalam keterangan tertulis.")
    speaker = quote_of(extract(text), "Perbaikan drainase")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Persib Bandung", "organization")


def test_a_case_party_is_whom_the_article_gives_initials_after_it(extract):
    text = ("Sidang kasus penipuan investasi dengan terdakwa berinisial MF (45) kembali digelar. Saksi Dedi Kurniawan "
            "mengaku rugi Rp 120 juta. Namun, terdakwa membantah telah menggunakan uang korban untuk kepentingan pribadi.")
    assert quote_of(extract(text), "telah menggunakan")["speaker"]["name"] == "MF"


def test_a_description_after_a_sentence_naming_one_holder_of_its_title_is_that_holder_not_the_subject(extract):
    text = ("Pebulu tangkis Ratu Anindya Salsabila juara. \"Saya senang sekali,\" kata Anin.\n\n"
            "Anin ditangani pelatih tunggal putri pelatnas, Lim Kok Wah, sejak dua tahun lalu. Pelatih asal Malaysia itu "
            "mengungkapkan strategi memperpanjang reli berhasil.")
    speaker = quote_of(extract(text), "strategi memperpanjang")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Lim Kok Wah", "pelatih tunggal putri pelatnas")


def test_a_nickname_in_single_marks_is_the_name_without_its_closing_mark(extract):
    text = ("Jungler Indonesia, Kiky Pratama Saputra, yang dikenal dengan nama 'Kyy', terpilih sebagai pemain terbaik final."
            "\n\n\"Saya cuma jalankan apa yang pelatih minta,\" ujar Kyy.")
    assert quote_of(extract(text), "Saya cuma")["speaker"]["name"] == "Kiky Pratama Saputra"


@pytest.mark.parametrize("text, short, full", [
    ("Kantor Wilayah Kementerian Agama Sulawesi Utara mengapresiasi kolaborasi itu. Dalam unggahannya, Kanwil Kemenag "
     "Sulut menyebut dapur umum lintas iman menjadi contoh.", "Kanwil Kemenag Sulut",
     "Kantor Wilayah Kementerian Agama Sulawesi Utara"),
    ("Kantor Wilayah Kementerian Agama Sumatera Utara menyatakan biro itu tidak terdaftar. Biro itu, menurut Kanwil, "
     "hanya mengantongi izin usaha wisata.", "Kanwil", "Kantor Wilayah Kementerian Agama Sumatera Utara"),
])
def test_a_body_by_short_forms_the_lexicon_writes_out_is_the_body_the_article_names_so(extract, text, short, full):
    speaker = [q["speaker"] for q in extract(text)["quotes"] if q["speaker"]["mention"] == short][0]
    assert (speaker["name"], speaker["kind"]) == (full, "organization")


@pytest.mark.parametrize("text, name, role", [
    ('Kepala Suku Besar Lembah Baliem, Yulianus Wetipo, mengatakan atraksi itu bukan ajakan perang.\n\n'
     '"Ini sejarah kami, tapi kami sudah pilih jalan damai," kata Kepala Suku dalam bahasa Dani.',
     "Yulianus Wetipo", "Kepala Suku Besar Lembah Baliem"),
    ('Temenggung Adat Dayak Kanayatn wilayah Kubu Raya, Petrus Ahen, menjelaskan bahwa sesajen itu doa.\n\n'
     '"Kami bicara kepada Jubata dengan bahasa leluhur," ujar Temenggung.',
     "Petrus Ahen", "Temenggung Adat Dayak Kanayatn wilayah Kubu Raya"),
])
def test_a_customary_office_said_again_short_is_its_holder(extract, text, name, role):
    speaker = extract(text)["quotes"][-1]["speaker"]
    assert (speaker["name"], speaker["role"]) == (name, role)


def test_a_regency_whose_last_word_is_a_name_is_a_place_in_a_role(extract):
    """"Pegunungan Bintang" is a regency of Papua: "Bintang" closes the role, it names no one."""
    text = ("Oksibil - Insentif belum dibayar.\n\nKepala Dinas Kesehatan Kabupaten Pegunungan Bintang, dr. Paulus "
            "Uropmabin, M.Kes., membenarkan keterlambatan pembayaran insentif tersebut. Ia berdalih pencairan tertunda "
            "karena verifikasi data belum rampung.")
    assert quote_of(extract(text), "pencairan tertunda")["speaker"]["name"] == "Paulus Uropmabin"


def test_a_nickname_given_after_a_role_and_a_club_is_the_players_not_the_clubs(extract):
    text = ("Banda Aceh - Persiraja menang 1-0. Sementara itu, penyerang Persiraja Teuku Rizky Maulana, yang akrab "
            "disapa Kiki, mengaku nyaris tak percaya.\n\n\"Gol ini untuk almarhum ayah saya,\" kata Kiki.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Teuku Rizky Maulana"


def test_a_name_after_a_partys_name_opening_with_a_given_name_is_a_persons(extract):
    text = ("Jakarta - Sementara itu, anggota Komisi XI dari Fraksi Partai Gerindra Cut Rahmi Safitri mendukung target "
            "defisit yang diajukan pemerintah.\n\n”Ruang fiskal memang terbatas,” tegas Cut Rahmi.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Cut Rahmi Safitri"


@pytest.mark.parametrize("body", ["Fraksi Partai Gerindra Jawa Barat", "Universitas Gadjah Mada"])
def test_a_place_or_the_bodys_own_words_after_its_name_name_no_one(extract, body):
    text = f"Jakarta - {body} menyatakan mendukung target defisit yang diajukan pemerintah."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["kind"]) == (body, "organization")


def test_a_nickname_given_where_someone_is_called_so_is_theirs(extract):
    text = ("Padang - Nadia (19) mengeluhkan UKT. Ayahnya, Syamsul Bahri, yang di kampungnya akrab disapa Mak Itam, "
            "ikut mendampingi Nadia ke kampus.\n\n“Kami tidak minta gratis. Minta yang wajar saja,” kata Mak Itam singkat.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Syamsul Bahri"


@pytest.mark.parametrize("rank, stars", [("Brigjen Pol", "satu"), ("Irjen", "dua"), ("Komisaris Jenderal", "tiga")])
def test_a_general_described_by_his_stars_is_the_one_written_with_that_rank(extract, rank, stars):
    text = (f"Jakarta - Direktur Penyidikan KPK {rank} Hendro Wibisono mengatakan tersangka HG ditahan. Juru Bicara "
            "KPK, Arief Setiawan, menambahkan penahanan berlaku 20 hari.\n\n"
            f"\"Modusnya, spesifikasi alat disusun sedemikian rupa,\" ujar jenderal bintang {stars} itu.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Hendro Wibisono"


def test_someone_unnamed_who_confirms_by_a_passive_verb_is_who_goes_on(extract):
    text = ("Palu - Direktur RSUD Lalove, dr. Andi Baso Mappaseng, mengatakan stok reagen masih cukup. ”Yang kami "
            "butuhkan sekarang adalah tenaga,” katanya.\n\nKeluhan itu dibenarkan seorang perawat di bangsal anak yang "
            "enggan disebut namanya. ”Kami pulang tengah malam,” ujarnya.\n\nPerawat itu menuturkan, insentif lembur "
            "untuk bulan Juni belum juga cair.")
    rec = extract(text)
    for start in ("Kami pulang", "insentif lembur"):
        assert quote_of(rec, start)["speaker"]["name"].startswith("seorang perawat di bangsal anak")


def test_sumatra_spelt_the_english_way_is_a_place_in_a_description(extract):
    text = ("Dubai - Pendiri Rona Halal Cosmetics, Rahmi Fitriani Chaniago (38), membuka gerai pertamanya di Dubai.\n\n"
            "“Dari dapur kecil di Bukittinggi ke Dubai Mall,” tulis perempuan asal Kabupaten Agam, Sumatra Barat, itu.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Rahmi Fitriani Chaniago"


@pytest.mark.parametrize("noun, body", [("koalisi", "Koalisi Masyarakat Sipil Antikorupsi"),
                                        ("asosiasi", "Asosiasi Pengusaha Ritel Indonesia")])
def test_a_bodys_noun_alone_in_lower_case_is_the_body_of_that_kind_the_article_named(extract, noun, body):
    text = (f"Jakarta - {body} menggelar aksi damai di depan Gedung DPR.\n\nDalam pernyataan sikapnya, {noun} "
            "mendesak agar DPR menunda pengesahan RUU hingga ada konsultasi publik yang bermakna.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["kind"]) == (body, "organization")


def test_a_role_set_off_before_a_name_with_its_alias_and_age_is_the_role(extract):
    text = ("Liputan6.com, Pekanbaru - Terdakwa kasus arisan online bodong, Nurhaliza alias Lisa (34), akhirnya buka suara di "
            "Pengadilan Negeri Pekanbaru, Rabu (22/10/2025). Di hadapan majelis hakim, perempuan itu mengakui uang "
            "setoran peserta baru dipakai untuk membayar peserta lama.\n\n\"Betul, Yang Mulia. Awalnya lancar,\" "
            "jawab Lisa.")
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Nurhaliza", "Terdakwa kasus arisan online bodong")


def test_a_narrated_description_may_name_where_one_works_then_wider_places(extract):
    text = ("SUMENEP - Siti Maimunah (29) sudah berdiri di dermaga kecil di pesisir Kecamatan Gayam. Guru honorer di SD "
            "Negeri Gayam 4, Pulau Sapudi, Kabupaten Sumenep, itu menumpang perahu motor untuk menyeberang.\n\n"
            "“Kalau ombak besar, saya basah sampai ke kerudung,” tutur Maimunah sambil tersenyum.")
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == (
        "Siti Maimunah", "Guru honorer di SD Negeri Gayam 4, Pulau Sapudi, Kabupaten Sumenep")


def test_a_description_reaches_back_over_an_article_but_not_over_a_whole_document(extract):
    # (so that a document running many articles together costs in proportion to its length)
    from quotes.entities import DESCRIPTION_REACH
    head = "Pelatih Persib Bandung, Bojan Hodak, mengatakan timnya siap bertanding.\n\n"
    filler = "Pertandingan itu digelar di stadion yang penuh penonton dan berlangsung sangat ketat sepanjang babak.\n\n"
    tail = "Pelatih asal Kroasia itu menegaskan para pemain sudah bekerja keras."
    near = quote_of(extract(head + filler * 20 + tail), "para pemain")
    assert near["speaker"]["name"] == "Bojan Hodak"
    far = quote_of(extract(head + filler * (DESCRIPTION_REACH // len(filler) + 1) + tail), "para pemain")
    assert far["speaker"] is None


def test_the_long_text_readings_agree_with_the_searches_they_replace():
    # every reading an index makes fast in a text of INDEX_FROM characters and more, forced on the
    # corpus's articles, gives the records the searches give
    import json
    from pathlib import Path

    import quotes
    from quotes import mentions
    paths = sorted((Path(__file__).parent.parent / "corpus" / "dev").glob("*.jsonl"))[:3]
    texts = [json.loads(line)["text"] for p in paths for line in p.read_text(encoding="utf-8").splitlines()]
    searched = [quotes.extract(t) for t in texts]
    mentions.INDEX_FROM, saved = 0, mentions.INDEX_FROM
    try:
        indexed = [quotes.extract(t) for t in texts]
    finally:
        mentions.INDEX_FROM = saved
    assert indexed == searched


@pytest.mark.parametrize("pad", ["", "kata demi kata " * 3000])
def test_a_name_spelt_out_and_a_short_form_defined_are_found_in_a_text_of_any_length(pad):
    from quotes import entities, mentions
    from quotes.lang import load
    ctx = mentions.Context(load("id"), pad + "Ketua Dewan Pimpinan Pusat Partai Demokrat hadir. Menurut DPP "
                           "Demokrat, rapat ditunda. Gubernur Jawa Barat (GJB) Nusa Hadi hadir.")
    assert entities._spelt_out(["DPP", "Demokrat"], ctx) == "Dewan Pimpinan Pusat Partai Demokrat"
    assert mentions._defined_before("GJB", ctx).group(1) == "Jawa Barat "


def test_the_short_forms_an_article_defines_are_looked_up_by_their_opening_words():
    from quotes.entities import Acronyms
    acronyms = Acronyms()
    acronyms.setdefault("KPU", "Komisi Pemilihan Umum")
    acronyms.setdefault("KPU Muara Sakti", "Komisi Pemilihan Umum Muara Sakti")
    acronyms.setdefault("KPUD", "Komisi Pemilihan Umum Daerah")
    assert acronyms.short_forms_opening("KPU") == ["KPU Muara Sakti"]
    assert acronyms.longer_than("Komisi Pemilihan Umum") == {"Komisi Pemilihan Umum Muara Sakti", "Komisi Pemilihan Umum Daerah"}
    acronyms.setdefault("KPU Jambi", "Komisi Pemilihan Umum Jambi")  # (defined later in the article)
    assert acronyms.short_forms_opening("KPU") == ["KPU Jambi", "KPU Muara Sakti"]


@pytest.mark.parametrize("text, speaker", [
    # a supporters' group is named "<place or club> Mania": a body, not a person called Mania
    ("Kelompok suporter Persibat, Batang Mania, menyatakan siap membantu polisi.", ("Batang Mania", "organization")),
    ('Supri (34), suporter LA Mania, masih bernyanyi. "Sudah lama stadion ini tidak seramai ini," katanya.',
     ("Supri", "person")),
])
def test_a_supporters_group_named_mania_is_a_body(extract, text, speaker):
    q = extract(text)["quotes"][0]
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == speaker


@pytest.mark.parametrize("text, speaker", [
    # what a player is in a match: a later description by age does not replace it
    ('Pencetak gol kemenangan Persis, Fajar Hakim Maulana, mengatakan gol itu untuk ibunya. "Ibu pasti menonton," '
     'ucap pemain berusia 21 tahun itu.', ("Fajar Hakim Maulana", "Pencetak gol kemenangan Persis")),
    # a title that is also a rank, before a club: the captain
    ('Kapten Persebaya, Andre Silalahi, menyampaikan permintaan maaf kepada suporter. "Kami minta maaf," kata '
     'bek berusia 29 tahun itu.', ("Andre Silalahi", "Kapten Persebaya")),
    # a title and a team's name the article writes once, before a full name set off by commas
    ('Pembalap Ducati Lenovo, Nicolò Ferrandi, akhirnya buka suara soal rumor kepindahannya. "Saya membaca banyak '
     'hal di koran," kata pembalap berusia 27 tahun itu.', ("Nicolò Ferrandi", "Pembalap Ducati Lenovo")),
    # a title written as a short form in capitals, inside the sentence
    ('Tuntutan dibacakan JPU Kejaksaan Negeri Ogan Ilir, Hendri Kusuma, dalam sidang. "Terdakwa terbukti '
     'bersalah," kata jaksa berusia 45 tahun itu.', ("Hendri Kusuma", "JPU Kejaksaan Negeri Ogan Ilir")),
    # an office abroad the language lists
    ('Prefek Aude, Thierry Marchand, meminta warga menjauhi sungai. "Air masih naik," katanya.',
     ("Thierry Marchand", "Prefek Aude")),
])
def test_the_role_a_person_is_introduced_with_outlasts_later_descriptions(extract, text, speaker):
    assert {(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]} == {speaker}


def test_a_former_office_set_off_after_a_name_is_the_role_with_its_modifier(extract):
    text = '"Kami tidak bersalah," kata Budi Santoso, mantan Direktur Utama PT Sarana Farma.'
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["name"], sp["role"]) == ("Budi Santoso", "mantan Direktur Utama PT Sarana Farma")


def test_a_description_with_an_age_no_one_was_given_is_the_one_quoted_last_of_its_title(extract):
    # (a caption between: the coach is not among those named nearby)
    text = ('Pelatih Persita Tangerang, Rui Fernandes, kecewa dengan kepemimpinan wasit. "Itu jelas penalti," kata Rui.\n\n'
            "Pelatih Persita Tangerang, Rui Fernandes, memprotes keputusan wasit di pinggir lapangan. "
            "(Foto: Antara/Budi Santoso)\n\n"
            "Insiden terjadi pada menit ke-70, ketika gelandang Persita, Dimas Saputra, terjatuh setelah berduel dengan "
            "bek tamu, Andi Lubis. Wasit Yudi Hartono tidak menunjuk titik putih.\n\n"
            '"Saya tidak mengerti untuk apa VAR ada," lanjut pelatih berusia 52 tahun itu.')
    speaker = quote_of(extract(text), "Saya tidak mengerti")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Rui Fernandes", "Pelatih Persita Tangerang")


@pytest.mark.parametrize("title", ["Reje Kampung Rembele Jaya", "Kuwu Desa Sukamulya", "Peratin Pekon Sukabumi",
                                   "Penghulu Kampung Teluk Merbau"])
def test_a_village_heads_title_of_a_region_is_the_role(extract, title):
    text = f"{title}, Ishak Mahmud, mengatakan gajah masuk sekitar pukul 22.00 WIB."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Ishak Mahmud", title)


@pytest.mark.parametrize("body", ["Pondok Pesantren Darul Ulum", "Gereja Kemah Injil Bethel", "Masjid Raya Al Falah"])
def test_a_house_of_worship_named_before_is_the_body_of_its_heads_role(extract, body):
    text = (f"Ratusan warga mengungsi di kompleks {body} sejak Sabtu malam.\n\n"
            f"Pimpinan {body}, Ustaz Fauzan Hakim, Lc, mengatakan ada 340 pengungsi di sana.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Fauzan Hakim", f"Pimpinan {body}")


@pytest.mark.parametrize("degrees", ["S.Th", "S.H., M.H."])
def test_a_role_set_off_after_a_names_degrees_is_the_role(extract, degrees):
    text = (f"Pendeta yang dimaksud adalah Pdt. Simon Patiran, {degrees}, gembala Jemaat GKI Bukit Zaitun. "
            "Ia mengatakan keterlibatan jemaatnya bukan hal yang istimewa.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Simon Patiran", "gembala Jemaat GKI Bukit Zaitun")


@pytest.mark.parametrize("role", ["Siswi kelas VIII", "Santriwati kelas tiga", "Pesinden asal Sragen", "Pawang hujan di lokasi itu",
                                  "Penceramah asal Garut", "Muazin masjid kampung itu"])
def test_what_someone_is_before_their_name_and_age_is_the_role(extract, role):
    text = f"{role}, Aulia Rahmawati (33), mengaku awalnya panik saat sirene berbunyi."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Aulia Rahmawati", role)


@pytest.mark.parametrize("kin", ["Ayah", "Ibunda", "Paman", "Istri"])
def test_kin_of_someone_named_before_set_off_before_a_name_is_the_role(extract, kin):
    text = ("Rafa Pratama (9) masih dirawat di puskesmas setelah menyantap makan siang gratis di sekolahnya.\n\n"
            f"{kin} Rafa, Dadang Hermawan (42), meminta pemerintah mengusut tuntas penyebab keracunan itu.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Dadang Hermawan", f"{kin} Rafa")


def test_a_title_before_a_name_the_article_gives_no_one_else_is_no_kin(extract):
    # ("Ibu Aulia" with no Aulia spoken of: Mrs Aulia, addressed, not someone's mother)
    text = "Ibu Aulia, Sumarni (40), mengatakan ia merasa lebih tenang setelah latihan evakuasi rutin digelar."
    assert only(extract(text), type="indirect")["speaker"]["role"] != "Ibu Aulia"


@pytest.mark.parametrize("role", ["Dinamisator Jatam Kaltim", "General Manager PLN Unit Induk Distribusi Jakarta Raya",
                                  "Tu'a Golo Lewe", "Mosalaki Saga"])
def test_a_title_of_a_movement_a_company_or_custom_before_a_name_is_the_role(extract, role):
    text = f"{role}, Stefanus Jehaut, menyebut titik pengeboran berada di dekat mata air warga."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Stefanus Jehaut", role)


@pytest.mark.parametrize("role", [
    "Kepala Dinas Pertanian, Ketahanan Pangan, dan Perikanan (DPKPP) Klaten",
    "Kepala Biro Komunikasi, Layanan Informasi Publik, dan Kerja Sama Kementerian ESDM",
    # (longer than the window other roles are read in, with an honorific and a degree about the name)
    "Direktur Jenderal Industri Logam, Mesin, Alat Transportasi, dan Elektronika Kementerian Perindustrian",
])
def test_a_role_whose_field_is_a_list_runs_back_to_its_title(extract, role):
    text = f"{role}, Ir. Widodo Santoso, M.T., memastikan panen raya dimulai pekan depan."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Widodo Santoso", role)


def test_a_title_said_short_is_the_titles_definition_with_its_body(extract):
    text = ("Tuntutan itu dibacakan jaksa penuntut umum (JPU) Kejaksaan Negeri Padang di Pengadilan Tipikor Padang.\n\n"
            '"Menuntut terdakwa delapan tahun penjara," kata JPU Fitri Handayani Chaniago.')
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Fitri Handayani Chaniago", "jaksa penuntut umum (JPU) Kejaksaan Negeri Padang")


@pytest.mark.parametrize("role", ["Perwakilan WHO untuk Yaman", "Perwakilan pembeli asal Kyoto",
                                  "Kepala Kantor Perwakilan Bank Indonesia NTB"])
def test_a_representative_before_a_name_has_that_role(extract, role):
    text = f"{role}, Adriana Moreno, mengatakan kasus kolera di wilayah itu terus meningkat tajam."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Adriana Moreno", role)


def test_keduanya_after_three_quoted_is_the_last_two_where_the_article_paired_them(extract):
    text = ('Kepala Desa Wonorejo, Slamet Riyadi, mengatakan air mulai surut. "Tanggul harus segera diperbaiki," kata Slamet.\n\n'
            "Di tenda pengungsian, pasangan suami istri Karman (71) dan Sutinah (66) duduk di atas tikar. "
            '"Dulu banjir paling tinggi selutut," ujar Karman.\n\n'
            'Sutinah menimpali, mereka tak punya pilihan. "Tanah dan sawah kami di sini semua," katanya.\n\n'
            "Keduanya berharap pemerintah segera memperbaiki tanggul secara permanen.")
    assert quote_of(extract(text), "pemerintah segera")["speaker"]["name"] == "Karman dan Sutinah"


def test_a_degree_of_several_parts_after_a_name_is_no_name(extract):
    text = ("Kepala Kantor Pencarian dan Pertolongan Semarang, Adi Saputra Nugraha, S.Sos., M.Tr.Opsla., mengatakan "
            "148 personel dibagi ke dalam delapan tim pencarian.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Adi Saputra Nugraha", "Kepala Kantor Pencarian dan Pertolongan Semarang")


def test_initials_listed_after_an_officers_clause_take_none_of_his_role(extract):
    text = ("Kapolsek Sakra Iptu Lalu Hamdani mengatakan ketiga tersangka berinisial AS (31), HM (27), dan RW (40) "
            "ditangkap di sebuah rumah di Kecamatan Sikur.\n\n"
            "Kapolsek menambahkan, kambing hasil curian dijual kepada seorang penadah di Lombok Tengah.")
    speaker = quote_of(extract(text), "kambing hasil curian")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Lalu Hamdani", "Kapolsek Sakra")


def test_a_description_with_a_demonstrative_inside_its_clause_runs_to_its_own(extract):
    text = ("Paryono (63), petani singkong, mengatakan ia membayar Rp 1,5 juta untuk satu bidang kebun.\n\n"
            "Pria yang datang ke desa itu lewat program transmigrasi pada 1982 tersebut menyebut sertifikatnya "
            "baru diterima delapan bulan setelah pembayaran.")
    speaker = quote_of(extract(text), "sertifikatnya")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Paryono", "petani singkong")


def test_a_short_name_is_the_person_who_bears_it_as_written_not_a_spelling_like_it(extract):
    text = ("KPK juga menjerat seorang pengusaha bernama Hendra Gunawan alias Ahong.\n\n"
            "Plt Deputi Penindakan dan Eksekusi KPK, Brigjen Pol. Hendro Wibisono, mengatakan kerugian negara "
            "dalam perkara itu ditaksir mencapai Rp 38,2 miliar.\n\n"
            '"Harga kemudian digelembungkan hingga tiga kali lipat dari harga pasar," kata Hendro dalam konferensi pers.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Hendro Wibisono"


def test_two_spellings_of_one_full_name_are_the_first_written(extract):
    text = ('Presiden Ukraina Volodymyr Zelensky meminta tambahan sistem pertahanan udara dari sekutu Eropa.\n\n'
            "Dalam pidatonya, Volodymyr Zelenskyy juga menyinggung serangan drone ke Kharkiv.\n\n"
            '"Setiap sistem Patriot yang tertahan di gudang berarti satu kota tanpa perlindungan," kata Zelenskyy.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Volodymyr Zelensky"


def test_a_body_named_by_its_short_form_is_no_person_a_description_may_mean(extract):
    """"Walhi mencatat" names the body the article defined as "Wahana Lingkungan Hidup Indonesia (Walhi)":
    a later "perempuan … itu" is the woman named before it, not the body."""
    text = ("Jakarta - Wahana Lingkungan Hidup Indonesia (Walhi) merilis laporan soal pembangkit batu bara.\n\n"
            "Manajer Kampanye Energi Walhi, Lestiani Purba, mengatakan pemerintah belum menghitung emisi "
            "pembangkit itu.\n\nWalhi mencatat kasus infeksi saluran pernapasan di dua puskesmas terdekat naik "
            "hampir dua kali lipat.\n\n\"Yang menanggung asapnya adalah warga di Morowali,\" ujar perempuan yang "
            "akrab disapa Tia itu.")
    rec = extract(text)
    assert quote_of(rec, "kasus infeksi")["speaker"]["name"] == "Wahana Lingkungan Hidup Indonesia"
    assert quote_of(rec, "Yang menanggung asapnya")["speaker"]["name"] == "Lestiani Purba"
    assert "Walhi" not in {e["name"] for e in rec["entities"] if e["kind"] == "person"}


@pytest.mark.parametrize("text, content, speaker", [
    # a title before the short form the article defines for a body: that body's head, whoever holds it
    ("Kepala Dinas Perdagangan dan Perindustrian (Disperdagin) Kota Banjarmasin, Drs. H. Rahmadi Noor, M.AP., "
     "mengatakan kenaikan harga cabai bersifat sementara.\n\n\"Ini murni karena pasokan,\" ujar Kepala Disperdagin.",
     "Ini murni karena pasokan", "Rahmadi Noor"),
    # a title written short as its holders' office writes it ("Kalaksa": Kepala Pelaksana)
    ("Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Riau Edy Afrizal Siregar mengatakan api masih "
     "menjalar di tiga kecamatan.\n\nMenurut Kalaksa BPBD, tim gabungan sudah bekerja lima hari berturut-turut.",
     "tim gabungan sudah bekerja", "Edy Afrizal Siregar"),
    # a first name written short with its dot ("Abd." for Abdul) opens the name, no sentence ends there
    ("Kepala Desa Pulu, Abd. Gani Tombolotutu, mengatakan warganya sudah lama khawatir karena pembalakan terus "
     "terjadi.\n\n\"Sudah berkali-kali kami lapor ke kecamatan,\" ujar Kades.",
     "Sudah berkali-kali kami lapor", "Abd. Gani Tombolotutu"),
    # a Balinese word of address before a title ("Jro Bendesa") is how its holder is addressed
    ("Bendesa Adat Tanjung Lebah, I Nyoman Suweta, memastikan desa adat sedang menyusun skema penyehatan LPD.\n\n"
     '"Paruman desa sudah sepakat," ucap Jro Bendesa.', "Paruman desa", "I Nyoman Suweta"),
    # a Bugis word of address before the name ("Puang Saleh") is no part of it
    ("Pemangku adat Tombolo Lemo, Saleh Pabbaja (74), mengaku menyuruh ketiga petani itu menebang kayu.\n\n"
     "“Mereka itu anak-anak saya,” kata Puang Saleh dengan suara bergetar.", "Mereka itu anak-anak saya", "Saleh Pabbaja"),
    # "pasangan" before two names joined by "dan" is the couple, both of them named
    ("Harga cabai di Pasar Lama naik dua kali lipat sejak banjir.\n\nDi lapak sebelahnya, pasangan Muhammad "
     "Rasyid (41) dan Norhayati (38), pedagang bawang asal Kandangan, mengalami hal serupa. Keduanya menyebut "
     "omzet mereka turun hingga 40 persen sejak harga naik.", "omzet mereka turun", "Muhammad Rasyid dan Norhayati"),
])
def test_a_short_title_or_name_finds_the_person_the_article_introduced(extract, text, content, speaker):
    assert quote_of(extract(text), content)["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, name, role", [
    ("Wakil Menteri Luar Negeri Arab Saudi Turki bin Saad al-Otaibi menegaskan komitmen Riyadh terhadap kesepakatan "
     "itu.", "Turki bin Saad al-Otaibi", "Wakil Menteri Luar Negeri Arab Saudi"),
    ("Menteri Luar Negeri Belanda Caspar van der Berg mengatakan negaranya siap membantu korban banjir.",
     "Caspar van der Berg", "Menteri Luar Negeri Belanda"),
])
def test_a_name_particle_keeps_the_word_before_it_in_the_name(extract, text, name, role):
    """"Turki bin Saad": the word before "bin" opens the name, though it is also a country's name."""
    speaker = extract(text)["quotes"][0]["speaker"]
    assert (speaker["name"], speaker["role"]) == (name, role)


def test_a_body_after_a_corps_names_no_one(extract):
    """"Anggota TNI Angkatan Darat": the army's words, no person called Darat."""
    speaker = extract("Anggota TNI Angkatan Darat mengatakan persiapan pasukan sudah mencapai 100 persen.")["quotes"][0]["speaker"]
    assert speaker["name"] != "Darat" and "Darat" in speaker["mention"]


@pytest.mark.parametrize("said", ["ucap keduanya hampir bersamaan", "ujar keduanya kompak", "kata Keduanya"])
def test_keduanya_after_the_cue_is_the_pair(extract, said):
    """"keduanya" after its cue, in lower case as it is written there, is the pair named before."""
    text = ("Ganda putra Indonesia, Rafael Siregar/Yoga Pratama, melaju ke perempat final.\n\n"
            f"Di perempat final, Rafael/Yoga akan menghadapi unggulan kedua asal China. “Kami tidak punya beban,” {said}.")
    assert quote_of(extract(text), "Kami tidak punya beban")["speaker"]["name"] == "Rafael Siregar dan Yoga Pratama"


@pytest.mark.parametrize("said, speaker", [
    ("Menurut manajemen CTPS, rencana tersebut akan dimintakan persetujuan pemegang saham.", "PT Cahaya Tirta Persada Tbk"),
    ("Direksi CTPS menyatakan rencana tersebut akan dimintakan persetujuan pemegang saham.", "PT Cahaya Tirta Persada Tbk"),
])
def test_a_companys_management_by_its_short_form_is_the_company(extract, said, speaker):
    """A company's management or board, named by the short form the article defined for the company,
    speaks for the company (a club's, "Manajemen Persebaya", stays as written)."""
    text = f"PT Cahaya Tirta Persada Tbk (CTPS) akan menerbitkan saham baru senilai Rp 2 triliun. {said}"
    assert quote_of(extract(text), "rencana tersebut")["speaker"]["name"] == speaker


@pytest.mark.parametrize("text, content, speaker", [
    # "Mereka" with no group named before it: the people the sentence before opens with, up to its verb
    ("Harga cabai naik. Pedagang lain di los sayur mengalami hal serupa. Mereka menyebut pembeli kini mengurangi "
     "belanjaan hingga separuhnya.", "pembeli kini", "Pedagang lain di los sayur"),
    ("Sementara itu, perwakilan nelayan Tamil di Jaffna justru menyambut penangkapan tersebut. Mereka menilai "
     "kapal-kapal pukat India selama ini merusak jaring.", "kapal-kapal pukat", "perwakilan nelayan Tamil di Jaffna"),
    # ... or the pair the article named together just before
    ("Ganda putra Indonesia, Rafael Siregar/Yoga Pratama, melaju ke perempat final.\n\nDi perempat final, Rafael/Yoga "
     "akan menghadapi unggulan kedua asal China. Mereka menyatakan tidak ingin terbebani status lawan.", "tidak ingin",
     "Rafael Siregar dan Yoga Pratama"),
    # (never a thing)
    ("Harga cabai naik tajam pekan ini. Mereka menyebut pembeli kini mengurangi belanjaan hingga separuhnya.",
     "pembeli kini", None),
    # "organisasi tersebut", "lembaga itu" with none opening a sentence: the body defined nearby before
    ("Ratusan nelayan yang tergabung dalam Asosiasi Nelayan Benih Lobster NTB (ANBL) menggelar aksi damai. Organisasi "
     "tersebut menuntut harga patokan dinaikkan menjadi Rp 15.000 per ekor.", "harga patokan", "Asosiasi Nelayan Benih Lobster NTB"),
    ("Kasus campak menjadi perhatian Organisasi Kesehatan Dunia (WHO). Dikutip dari laman resmi WHO, lembaga itu "
     "memperkirakan jumlah kasus campak terus meningkat.", "jumlah kasus campak", "Organisasi Kesehatan Dunia"),
    # (never a thing so defined)
    ("Harga eceran tertinggi (HET) minyak goreng naik. Lembaga itu memperkirakan jumlah kasus campak terus meningkat.",
     "jumlah kasus campak", None),
])
def test_mereka_and_a_body_noun_with_nothing_named_to_them(extract, text, content, speaker):
    found = quote_of(extract(text), content)["speaker"]
    assert (found["name"] if found else None) == speaker


@pytest.mark.parametrize("short, name", [
    ("Kadisdag", "Sri Wahyuningsih"), ("Kakantah", "Bonar Simanjuntak"), ("Kadisdikbud", "Yulius Bulu Malo"),
    # (a name, not a title: no role its letters spell so)
    ("Kasno", "Kasno"),
])
def test_a_title_written_short_by_syllables_is_its_holder(extract, short, name):
    """"Kadisdag" is KepAla DInaS per-DAGangan: a syllable of each word of the role, whoever holds it."""
    text = ("Kepala Dinas Perdagangan Kabupaten Kudus, Sri Wahyuningsih, mengatakan relokasi sudah disiapkan. Kepala "
            "Kantor Pertanahan Deli Serdang, Bonar Simanjuntak, mengatakan batas HGU akan diukur. Kepala Dinas "
            "Pendidikan dan Kebudayaan Sumba Barat Daya, Yulius Bulu Malo, mengatakan sekolah akan diperbaiki.\n\n"
            f"“Kami tetap akan mengevaluasi semuanya,” kata {short}.")
    assert quote_of(extract(text), "Kami tetap akan")["speaker"]["name"] == name


@pytest.mark.parametrize("text, content, name", [
    # a body's common short form after a title written short ("Kadis Damkar", "Kasi Intel"): a role, its holder
    ("Kepala Dinas Pemadam Kebakaran Kudus, Bambang Setiyoko, mengatakan api berasal dari kios pakaian.\n\n"
     "“Kendala utama kami adalah akses,” kata Kadis Damkar.", "Kendala utama", "Bambang Setiyoko"),
    ("Kepala Seksi Intelijen Kejari Grobogan, Andreas Situmorang, menegaskan jaksa memiliki bukti transfer.\n\n"
     "“Semua akan kami urai dalam tuntutan,” kata Kasi Intel.", "Semua akan kami", "Andreas Situmorang"),
    # a school subject after "guru" is what is taught, no one's name
    ("Rahmat (31), guru Matematika yang ditugaskan di sana sejak 2020, menyambut di dermaga. Pria asal Pariaman itu "
     "mengatakan sekolah kekurangan guru untuk enam mata pelajaran.", "sekolah kekurangan", "Rahmat"),
])
def test_a_fields_short_form_is_no_name(extract, text, content, name):
    assert quote_of(extract(text), content)["speaker"]["name"] == name



def test_a_company_word_ends_the_companys_name_before_a_name_known_by_its_surname(extract):
    text = ("Kepala Riset PT Nusantara Prima Sekuritas Devina Kurniasari mengatakan investor sebaiknya mengalihkan "
            "portofolio ke saham ekspor.\n\nKurniasari menambahkan, emiten berorientasi ekspor berpotensi mencatatkan "
            "kenaikan laba.")
    for q in extract(text)["quotes"]:
        assert (q["speaker"]["name"], q["speaker"]["role"]) == ("Devina Kurniasari", "Kepala Riset PT Nusantara Prima Sekuritas")


def test_a_title_written_short_gives_its_holder_the_role_the_article_gave(extract):
    text = ("Komandan Kodim 0624/Kabupaten Bandung, Letkol Inf Rizal Fahmi, menyebut 150 personel dikerahkan. "
            "“Anggota kami siaga 24 jam,” kata Dandim.")
    speaker = quote_of(extract(text), "Anggota kami")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Rizal Fahmi", "Komandan Kodim 0624/Kabupaten Bandung")


def test_a_body_given_its_other_name_with_atau_is_the_name_its_short_form_spells(extract):
    text = ("Tokyo - Badan Meteorologi Jepang atau Japan Meteorological Agency (JMA) resmi menyatakan peringatan "
            "khusus hujan lebat berlaku di Kyushu.\n\n"
            "JMA menyebut curah hujan telah melampaui 120 milimeter per jam. Badan itu meminta warga segera mengungsi.")
    rec = extract(text)
    assert [q["speaker"]["name"] for q in rec["quotes"]] == ["Japan Meteorological Agency"] * 3
    assert rec["quotes"][0]["speaker"]["mention"] == "Japan Meteorological Agency (JMA)"


def test_a_company_and_its_short_form_joined_by_atau_is_the_company(extract):
    text = "Bandung - PT Kereta Api Indonesia (Persero) atau KAI menyatakan tiket mudik sudah terjual 80 persen."
    assert only(extract(text), type="indirect")["speaker"]["name"] != "KAI"


def test_a_short_form_in_mixed_case_of_a_name_in_english(extract):
    # "Bureau of Meteorology (BoM)": the long form goes on over "of"; "BoM" later in a role is that body's
    text = ("Sydney - Bureau of Meteorology (BoM) menyatakan El Nino telah terbentuk.\n\n"
            '"Kami yakin," kata Manajer Prakiraan Iklim Jangka Panjang BoM, Samantha Hollis.\n\n'
            "BoM menyebut suhu permukaan laut naik.")
    assert quote_of(extract(text), "suhu permukaan laut naik")["speaker"]["name"] == "Bureau of Meteorology"


def test_a_kin_description_means_whom_the_story_follows_not_one_named_after_a_preposition(extract):
    text = ("Medan - Polisi menetapkan seorang wanita berinisial SM (45) sebagai tersangka penipuan.\n\n"
            "Salah satu korban, Rosmawati Br Ginting (39), menyetorkan Rp 240 juta kepada SM.\n\n"
            '"Sekarang semuanya hilang," tutur ibu dua anak itu saat ditemui di Mapolda Sumut.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Rosmawati Br Ginting"


def test_a_short_name_as_written_is_whoever_bears_it_so_before_a_spelling_variant(extract):
    text = ("Balikpapan - Kabid Humas Polda Kaltim Kombes Yuliyanto Rahmat Hidayat mengatakan sabu disembunyikan di kapal.\n\n"
            "Kepala BNNP Kaltim Brigjen Rachmat Sudarsono menyebut jalur laut rawan.\n\n"
            '"Peran nelayan sangat penting," kata Rachmat.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Rachmat Sudarsono"


def test_a_first_name_after_a_territorial_title_is_the_holders_not_a_place(extract):
    # "Camat Tepus Sumarno": the place, then the holder; "Camat Budi Rahmat": Budi names no place
    text = ("Ketua RT Rachmat Hidayat mengatakan warga resah.\n\n"
            "Camat Budi Rahmat menyebut jalan rusak parah.\n\n"
            '"Kami sudah lapor," kata Rahmat.')
    speaker = only(extract(text), type="direct")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Budi Rahmat", "Camat")


@pytest.mark.parametrize("named", ["bahasa Dayak Ngaju", "suku Dayak Ngaju"])
def test_a_language_or_people_named_after_its_noun_is_no_one_a_pronoun_means(extract, named):
    text = ("Palangka Raya - Yohanes Tingang (48) mengatakan warga bergerak dengan semangat handep. "
            f"Dalam {named}, handep berarti gotong royong.\n\n"
            "«Kami tidak bisa menunggu petugas,» katanya.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Yohanes Tingang"


def test_a_sisters_order_after_her_name_and_her_word_of_address_before_it(extract):
    text = "Kupang - Koordinator JPPM NTT, Suster Laurentina Bria, SSpS, menilai pemerintah daerah belum serius."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Laurentina Bria", "Koordinator JPPM NTT")


def test_a_companys_legal_form_ends_a_body_not_a_persons_name(extract):
    text = ("Dikutip Antara dari Xinhua, China Railway International Co. Ltd. (CRIC) menyebut proyek kereta cepat "
            "berjalan baik.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("China Railway International Co. Ltd.", "organization")


@pytest.mark.parametrize("after, named", [("Kenji Watanabe.", True), ("Rabu (12/3).", False)])
def test_a_title_and_where_its_holder_works_then_the_name_set_off(extract, after, named):
    # (a day set off there says when: "Rabu" is no one)
    text = ("Ekonom Benedictus Halim menilai pasar lesu.\n\n"
            f'"Kami masih percaya pada misi perusahaan," kata Partner di Lumina Capital, {after}')
    name = (only(extract(text), type="direct")["speaker"] or {}).get("name")
    assert (name == "Kenji Watanabe") is named and name != "Rabu"


@pytest.mark.parametrize("body, noun", [("Komunitas Penjual Online Indonesia", "komunitas"),
                                        ("Biro Tenaga Kerja dan Kesejahteraan Hong Kong", "biro")])
def test_a_community_or_bureau_named_again_by_its_noun(extract, body, noun):
    text = (f"Jakarta - {body} menyatakan aturan baru itu merupakan kemenangan kecil bagi pelaku usaha.\n\n"
            f"“Selama ini kami bersaing dengan barang murah,” tulis {noun} tersebut.")
    assert only(extract(text), type="direct")["speaker"]["name"] == body


@pytest.mark.parametrize("group, name", [
    ("Sebanyak 23 anak buah kapal asal Indonesia melaporkan dugaan kerja paksa kepada KDEI.", "23 anak buah kapal asal Indonesia"),
    ("14 pemagang asal Indonesia melarikan diri dari asrama mereka di Gifu.", "14 pemagang asal Indonesia"),
])
def test_people_counted_opening_a_sentence_are_whom_mereka_means(extract, group, name):
    text = f"Taipei - {group} Mereka mengaku bekerja hingga 20 jam sehari tanpa bayaran."
    assert only(extract(text), type="indirect")["speaker"]["name"] == name


def test_a_companys_word_in_capitals_alone_is_the_company_it_opens(extract):
    text = ("Cilegon - PT ASDP Indonesia Ferry (Persero) mengoperasikan 36 kapal di lintas Merak-Bakauheni.\n\n"
            "ASDP juga mengimbau agar pemudik menghindari jadwal keberangkatan pada malam hari.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "PT ASDP Indonesia Ferry (Persero)"


def test_a_clubs_nickname_is_the_club_no_one_a_clitic_means(extract):
    text = ("Surabaya - Pelatih Persebaya Rui Mendonça mengakui lini depan timnya kesulitan mencetak gol. Dalam tiga "
            "laga terakhir, Bajul Ijo hanya mampu mencetak satu gol.\n\n"
            "“Tanpa Felipe, kami kehilangan 40 persen ancaman,”katanya.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Rui Mendonça"


def test_a_unit_by_number_and_name_is_no_person():
    # "102/Panju Panjung" is the Korem a Komandan heads: the words are a role, whoever holds it
    from quotes import lang as langdata, mentions
    text = "Komandan Korem 102/Panju Panjung"
    found = mentions.classify(text, mentions.tokens(text, 0, len(text)), mentions.article_context(text, langdata.load("id")))
    assert (found.kind, found.role) == ("role", text)


def test_an_office_then_another_and_its_holder(extract):
    text = ("Komandan Korem 102/Panju Panjung selaku Komandan Satgas Karhutla Kalteng Brigjen TNI Yudhistira Eka "
            "Saputra mengatakan penambahan personel dilakukan karena api mendekati permukiman.")
    q = only(extract(text), type="indirect")
    assert q["speaker"]["name"] == "Yudhistira Eka Saputra"
    assert q["speaker"]["role"] == "Komandan Korem 102/Panju Panjung selaku Komandan Satgas Karhutla Kalteng"


@pytest.mark.parametrize("body", ["Koalisi Udara Bersih Jabodetabek", "Forum Warga Peduli Cileungsi"])
def test_mereka_after_a_body_of_members_named_in_full_is_that_body(extract, body):
    text = (f"{body}, gabungan 12 organisasi masyarakat sipil, turut menyoroti temuan itu. Mereka menilai "
            "pemerintah belum menjalankan putusan pengadilan secara sungguh-sungguh.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["mention"]) == (body, "Mereka")


def test_a_body_named_then_what_it_is_set_off_is_whom_perusahaan_tersebut_means(extract):
    # (and "ADVERTISEMENT", a line of the page, is no body that acts)
    text = ("JAKARTA - Otoritas Jasa Keuangan (OJK) bersiap memperketat syarat pengguna paylater.\n\nADVERTISEMENT\n\n"
            "Sorotan juga mengarah ke Kilat, perusahaan rintisan paylater yang berdiri pada 2021. Perusahaan rintisan "
            "tersebut membantah menggunakan penagih pihak ketiga yang melanggar kode etik.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["kind"]) == ("Kilat", "organization")


def test_where_a_company_is_from_is_not_its_name(extract):
    text = ("Data 12 juta pengguna Pasarkita diduga bocor.\n\nPerusahaan rintisan asal Jakarta itu baru buka suara "
            "sehari kemudian. Perusahaan rintisan tersebut memastikan kata sandi pengguna tidak ikut bocor.")
    assert (only(extract(text), type="indirect")["speaker"] or {}).get("name") != "Jakarta"


def test_the_maker_of_a_report_is_named_in_the_report_nouns_own_sentence(extract):
    # ("dana riset. Kita belum …": the next sentence's first word made no report)
    text = ("‘Negara lain berhasil karena ekosistemnya disiapkan: gaji, laboratorium, dana riset. Kita belum sampai ke "
            "sana,’ kata Fransiska.\n\nDikutip Antara dari Reuters, sejumlah negara kini menawarkan insentif riset. "
            "Laporan itu juga menyebut Indonesia termasuk negara dengan rasio peneliti terendah di kawasan.")
    q = quote_of(extract(text), "Indonesia termasuk negara")
    assert q["speaker"]["name"] != "Kita"


def test_a_group_that_names_itself_is_that_name_and_kelompok_itu_after_it(extract):
    text = ("Kelompok peretas yang menamakan diri LockNest mengklaim telah menyalin 340 gigabita data warga. Dalam "
            "unggahan di situs kebocoran miliknya, kelompok itu menyebut telah meminta tebusan 500.000 dollar AS.")
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["LockNest", "LockNest"]


def test_a_headline_in_title_case_with_words_in_marks_names_no_one(extract):
    text = ('Jaksa mencecar terdakwa soal pesan singkat itu.\n\nBaca juga: Jaksa Putar Rekaman CCTV, Saksi Sebut '
            'Terdakwa "Kalap" Malam Itu\n\n"Itu cuma emosi, Pak Jaksa. Tidak ada maksud apa-apa," jawab pria itu.')
    names = {(q["speaker"] or {}).get("name") for q in extract(text)["quotes"]}
    assert not any(n and "Itu" in n.split() for n in names)


@pytest.mark.parametrize("intro, short", [
    ("Komandan Kodim 1624/Flores Timur, Letkol Inf Arief Budiman Lubis,", "Dandim"),
    ("Kepala Satgas Karhutla Riau yang juga Komandan Korem 031/Wirabima, Brigjen TNI Dharma Putra Sembiring,", "Danrem"),
])
def test_a_commanders_title_written_short_is_whom_the_article_gave_the_command(extract, intro, short):
    text = (f"{intro} menuturkan sebanyak 250 personel TNI dikerahkan.\n\n"
            f"{short} menambahkan, truk-truk milik TNI juga disiagakan di posko pengungsian.")
    names = [q["speaker"]["name"] for q in extract(text)["quotes"]]
    assert len(names) == 2 and names[0] == names[1]


def test_a_body_described_by_a_relative_clause_and_its_demonstrative_is_the_body_named_before(extract):
    text = ("Bank Dunia merilis proyeksi terbarunya pekan ini. Dalam laporan itu, lembaga yang bermarkas di "
            "Washington itu memperkirakan ekonomi Indonesia tumbuh 4,8 persen pada 2025.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["mention"]) == ("Bank Dunia", "lembaga yang bermarkas di Washington itu")


def test_a_description_with_a_relative_clause_before_a_verb_that_leads_to_the_cue_is_the_person(extract):
    # ("menolak menjawab": the description, up to its demonstrative, is the subject, not its first word;
    # "Mr." inside it ends no sentence)
    text = ("Wakil Menteri Keuangan Jepang Kenji Moriyama mengatakan pemerintah siap bertindak.\n\n"
            "Pejabat yang kerap dijuluki ‘Mr. Yen’ oleh pelaku pasar itu menolak menjawab apakah pemerintah "
            "sudah melakukan intervensi.")
    sp = [q for q in extract(text)["quotes"] if q["text"].startswith("apakah")][0]["speaker"]
    assert (sp["name"], sp["mention"]) == ("Kenji Moriyama", "Pejabat yang kerap dijuluki ‘Mr. Yen’ oleh pelaku pasar itu")


def test_a_leads_first_word_in_capitals_is_no_body(extract):
    # (Media Indonesia's leads open with a word in capitals: "HARGA minyak …" names no organisation)
    text = ("HARGA minyak mentah dunia terus tertekan, dan harga itu bisa turun lagi.\n\n"
            "Organisasi itu memperkirakan pasar minyak global akan mengalami kelebihan pasokan tahun depan.")
    assert (only(extract(text), type="indirect")["speaker"] or {}).get("name") != "HARGA"


def test_a_sentence_inside_quotation_marks_names_no_body_the_narrative_means(extract):
    # ("Keputusan", a role word, opens a sentence of a driver's quote, not of the narrative)
    text = ("Ribuan pengemudi ojek daring menggelar aksi di depan kantor aplikator itu.\n\n"
            '"Kami ini disebut mitra, tapi tidak pernah diajak bicara. Keputusan selalu sepihak," kata Rudi.\n\n'
            "Perusahaan itu menegaskan besaran komisi masih sesuai dengan batas yang ditetapkan pemerintah.")
    said = {q["text"]: (q["speaker"] or {}).get("name") for q in extract(text)["quotes"]}
    assert said["besaran komisi masih sesuai dengan batas yang ditetapkan pemerintah"] != "Keputusan"


@pytest.mark.parametrize("text, body", [
    # (two words run together, each capitalised: a brand, not a person)
    ("RodaKita merespons aksi tersebut melalui keterangan tertulis. Perusahaan itu menegaskan besaran komisi "
     "masih sesuai dengan aturan.", "RodaKita"),
    # (what kind of body, at length after the dateline, then its name set off, whatever it looks like;
    # and a day set off after an adjunct is none)
    ("Jakarta (ANTARA) - Perusahaan komputasi awan asal Amerika Serikat, Nimbara Cloud, akan membangun dua "
     "pusat data di Batam.\n\nSebagaimana dikutip Antara dari Reuters, Jumat, perusahaan teknologi itu "
     "menyebut Indonesia sebagai pasar penting.", "Nimbara Cloud"),
    ("Studio pengembang gim asal Bandung, Lentera Interaktif, resmi merilis gim barunya secara global.\n\n"
     "Perusahaan itu mengklaim gim tersebut sudah diminati ratusan ribu pengguna.", "Lentera Interaktif"),
])
def test_a_company_a_demonstrative_means_is_the_one_the_article_named(extract, text, body):
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["kind"]) == (body, "organization")


@pytest.mark.parametrize("text, body", [
    ("Direktur Jenderal PHI Kemnaker Wahyu Setiabudi mengatakan jumlah PHK tahun ini menurun.\n\n"
     "Konfederasi Serikat Pekerja Indonesia (KSPI) menilai data tersebut jauh di bawah kenyataan. Konfederasi itu "
     "menyatakan banyak pekerja kontrak tidak tercatat.", "Konfederasi Serikat Pekerja Indonesia"),
    ("Ketua Koperasi TKBM Pelabuhan Tanjung Priok, Marthen Sinaga, mengatakan aksi diikuti 600 anggota.\n\n"
     "Koperasi itu juga meminta otoritas pelabuhan menengahi perselisihan tarif.", "Koperasi TKBM Pelabuhan Tanjung Priok"),
])
def test_a_confederation_or_cooperative_named_again_by_its_noun_is_the_body(extract, text, body):
    said = {q["text"]: q["speaker"]["name"] for q in extract(text)["quotes"]}
    assert body in said.values() and list(said.values())[-1] == body


def test_they_after_a_delegation_of_listed_countries_is_the_delegation(extract):
    # ("Delegasi Indonesia, Thailand, dan Filipina": a body of members named with the list of whose,
    # not "Thailand" set off after what it is)
    text = ("Delegasi Indonesia, Thailand, dan Filipina sebelumnya hadir dalam pertemuan tingkat menteri. Mereka menilai "
            "isolasi total justru menutup ruang dialog.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["mention"]) == ("Delegasi Indonesia, Thailand, dan Filipina", "Mereka")


@pytest.mark.parametrize("name", ["Denmark Open", "Asian Games", "Mandalika Grand Prix", "Indonesia Masters"])
def test_an_event_is_no_one_who_speaks(extract, name):
    # (a place before "Open" is no role of a person named "Open")
    text = f"{name} digelar pekan depan. Ia menyebut persiapan tim nasional sudah matang."
    assert (only(extract(text), type="indirect")["speaker"] or {}).get("name") not in (name, name.split()[-1])


def test_the_medium_an_adjunct_opening_with_lewat_names_is_no_one(extract):
    # ("Lewat Instagram Story," says how, not who: "ia" is the actress named before)
    text = ("Aktris Dewi Kinanti mengaku kaget mendengar kabar penangkapan itu.\n"
            'Lewat Instagram Story, ia menulis, "Semoga kuat, Bang."')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Dewi Kinanti"


def test_the_management_alone_is_the_body_named_as_someones_management(extract):
    # ("Manajemen Aldo, Bintang Timur Management,": whose management, then the body, set off; "tulis
    # manajemen", "Pihak manajemen" after it are that body)
    text = ("Manajemen Aldo, Bintang Timur Management, menyampaikan permohonan maaf melalui keterangan tertulis.\n\n"
            '"Kami menghormati proses hukum yang berjalan," tulis manajemen dalam pernyataan itu.\n\n'
            "Pihak manajemen juga memastikan seluruh jadwal syuting Aldo dihentikan sementara.")
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]][-2:] == ["Bintang Timur Management"] * 2


def test_a_derived_noun_opening_a_sentence_is_no_body(extract):
    # ("Keputusan", a word of laws' titles, names no body that "Manajemen" may be)
    text = ("PT Sinar Bahari Logistik Tbk membagikan dividen Rp 300 miliar.\n\n"
            "Keputusan itu diambil dalam RUPST kemarin. Pihaknya menyebut target pendapatan tahun ini realistis.")
    assert extract(text)["quotes"][-1]["speaker"]["name"] == "PT Sinar Bahari Logistik Tbk"


def test_a_title_and_another_persons_name_set_off_after_a_name_is_no_role_of_it(extract):
    # ("Lawan main Sekar, aktor Bima Aditya,": Bima Aditya, an actor, is whom the description after means)
    text = ("Sekar mengaku sempat tinggal bersama keluarga nelayan.\n\n"
            "Lawan main Sekar, aktor Bima Aditya, tampil sebagai Danu. Aktor yang akrab disapa Bimbim itu "
            "sebelumnya dikenal lewat peran komedi.\n\nIa mengaku sempat kesulitan beradaptasi di atas perahu.")
    assert extract(text)["quotes"][-1]["speaker"]["name"] == "Bima Aditya"


@pytest.mark.parametrize("text, speaker", [
    # (professional titles written with the degrees: "Apt." for a pharmacist, "Psikolog" after "M.Psi.")
    ("Direktur Pengawasan Kosmetik BPOM, Dra. Ratna Dewi Handayani, Apt., M.Si., mengatakan krim itu tidak "
     "memiliki izin edar.", "Ratna Dewi Handayani"),
    ("Psikolog klinis dari Universitas Indonesia, Dr. Sekar Ayu Wulandari, M.Psi., Psikolog, menilai tayangan itu "
     "berbahaya bagi anak.", "Sekar Ayu Wulandari"),
    # (a function word with "-nya" opening a sentence is no word of the name after it)
    ("Penyanyi Melinda Sari Wulandari merilis singel baru.\n\nKembalinya Ratu Melinda disambut hangat sesama "
     'pedangdut.\n\n"Itu cuma teman bisnis," kata Melinda.', "Melinda Sari Wulandari"),
])
def test_words_around_a_name_that_are_no_part_of_it(extract, text, speaker):
    assert extract(text)["quotes"][-1]["speaker"]["name"] == speaker


def test_a_common_noun_opening_a_sentence_is_no_body(extract):
    # ("Ruang", a word of offices' names, "Kepala Ruang", opens the sentence only as a common noun the
    # article writes in lower case too: the organisation the demonstrative means is the one named before)
    text = ("Perhimpunan Dokter Paru Indonesia (PDPI) menilai skrining perlu dibarengi perbaikan ventilasi "
            "ruang kelas. Ruang kelas yang padat dan tertutup, menurut organisasi profesi itu, menjadi "
            "tempat penularan kuman.")
    sp = [q for q in extract(text)["quotes"] if q["text"].startswith("Ruang")][0]["speaker"]
    assert (sp["name"], sp["mention"]) == ("Perhimpunan Dokter Paru Indonesia", "organisasi profesi itu")


def test_the_place_a_road_leads_to_is_no_person(extract):
    # ("jalan menuju Karang Panjang": where to, as after "ke")
    text = ("Kepala BPBD Maluku, Sigit Purnomo Hadi, mengatakan warga mengungsi ke perbukitan.\n\n"
            "Sebagian membawa anak dan barang berharga sehingga jalan menuju Karang Panjang sempat macet.\n\n"
            "Ia menilai respons evakuasi mandiri warga sudah baik.")
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["Sigit Purnomo Hadi"] * 2


@pytest.mark.parametrize("opening", ["Dari Senayan", "Di Senayan", "Dalam rapat kerja itu"])
def test_a_prepositions_phrase_opening_the_sentence_is_no_part_of_the_speaker(extract, opening):
    text = (f"{opening}, anggota Komisi XI DPR Siti Nurhaliza Rangkuti meminta pemerintah segera menyiapkan "
            "stimulus bagi eksportir.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["name"], sp["role"]) == ("Siti Nurhaliza Rangkuti", "anggota Komisi XI DPR")


def test_the_federal_reserve_is_a_body(extract):
    sp = only(extract("Federal Reserve menyatakan inflasi di Amerika Serikat masih terlalu tinggi."), type="indirect")["speaker"]
    assert (sp["name"], sp["kind"]) == ("Federal Reserve", "organization")


def test_perusahaan_itu_after_a_company_quoted_is_that_company_not_the_one_the_story_opened_with(extract):
    # (the story's company, named with its legal form, is the subsidiary; its parent spoke last)
    text = ("BATAM - Produsen komponen PT Nusa Komponen Batam memutus hubungan kerja 900 karyawannya.\n\n"
            "Perusahaan yang merupakan anak usaha produsen asal Jepang, Shiroyama Electric Corp., itu menyampaikan "
            "keputusan tersebut melalui surat resmi.\n\n"
            "Dalam pernyataan resminya, Shiroyama Electric menyebut penutupan dilakukan karena konsolidasi produksi. "
            "Perusahaan itu menyatakan seluruh hak karyawan akan dipenuhi.")
    first, second = (q["speaker"]["name"] for q in of_type(extract(text), "indirect")[-2:])
    assert first.startswith("Shiroyama Electric") and second == first


@pytest.mark.parametrize("written, long", [
    ("PT Logam Mulia Nusantara (Persero) atau LMN", "PT Logam Mulia Nusantara (Persero)"),
    ("Badan Pusat Statistik atau BPS", "Badan Pusat Statistik"),
])
def test_a_short_form_given_after_atau_names_the_body_written_before_it(extract, written, long):
    text = (f"Harga emas yang dicatat {written} kembali memecahkan rekor.\n\n"
            "Dalam siaran persnya, {0} menyatakan permintaan di seluruh butik melonjak.").format(written.rsplit(" ", 1)[1])
    assert only(extract(text), type="indirect")["speaker"]["name"] == long


def test_atau_before_capitals_that_its_words_do_not_spell_defines_no_short_form(extract):
    text = ("Harga emas yang dicatat Badan Pusat Statistik atau LMN kembali memecahkan rekor.\n\n"
            "Dalam siaran persnya, LMN menyatakan permintaan di seluruh butik melonjak.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "LMN"


@pytest.mark.parametrize("degrees", ["S.E., M.Si. (Han)", "S.Sos., M.Tr.(Han)"])
def test_a_military_degrees_field_in_parentheses_ends_no_sentence_and_names_no_one(extract, degrees):
    text = (f"Pengamat militer dari Universitas Pertahanan, Kolonel (Purn) Dr. Agus Salim Nasution, {degrees}, "
            "menilai latihan kali ini lebih besar dari tahun lalu.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Agus Salim Nasution"


def test_administratur_is_a_title_before_a_name_set_off(extract):
    text = "Administratur Perhutani KPH Jember, Hari Wibowo, mengatakan pihaknya siap berdialog dengan petani."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Hari Wibowo", "Administratur Perhutani KPH Jember")


def test_a_nickname_with_a_word_of_address_given_by_sapaan_akrab_is_the_persons_without_it_too(extract):
    text = ("Wakil Ketua Umum DPP PSR Darmawan Saputra menilai perombakan kabinet wajar.\n\n"
            "“Kalau kinerjanya buruk, wajar kalau diganti,” kata Cak Darmo, sapaan akrab Darmawan.\n\n"
            "“Kami mendukung penuh,” ujar Darmo lagi.")
    assert [q["speaker"]["name"] for q in of_type(extract(text), "direct")] == ["Darmawan Saputra"] * 2


def test_a_bodys_short_form_its_long_name_does_not_spell_is_the_body_not_a_title(extract):
    # ("Dokter" opens the long name as a title would; "MSF" spells Médecins Sans Frontières)
    text = ("Koordinator darurat Dokter Lintas Batas (MSF) di Darfur Utara, Claire Devereaux, mengatakan rumah "
            "sakit kewalahan.\n\n"
            "Dalam rilis resminya, MSF menyebut sedikitnya 47 korban luka dirawat di rumah sakit itu.")
    speaker = of_type(extract(text), "indirect")[-1]["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("Dokter Lintas Batas", "organization")


@pytest.mark.parametrize("named", ["Polisi menangkap AS (41) dan HR (38), dua pedagang pupuk di Jember.",
                                   'Kapolres mengatakan kedua tersangka, AS dan HR, menjual pupuk palsu.'])
def test_keduanya_after_two_people_named_by_initials_is_both(extract, named):
    text = f"{named}\n\nKepada penyidik, keduanya mengaku sudah menjual sekitar 1.200 karung pupuk palsu."
    speaker = only(extract(text), type="indirect", text="sudah menjual sekitar 1.200 karung pupuk palsu")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("AS dan HR", "group")


def test_keduanya_paragraphs_after_two_people_named_by_initials_is_both_whoever_spoke_between(extract):
    text = ("Polisi menangkap dua pria di gerbang Tol Binjai. Keduanya, MH (29) dan SA (33), merupakan warga Aceh Timur.\n\n"
            "Direktur Reserse Narkoba Kombes Yudha Prasetya mengatakan penangkapan berawal dari informasi masyarakat.\n\n"
            "\"Tim kami membuntuti mobil tersebut sejak dari Langsa,\" ujar Yudha.\n\n"
            "Sabu itu, lanjut Yudha, disembunyikan di balik jok belakang mobil.\n\n"
            "Dari hasil pemeriksaan, keduanya mengaku hanya berperan sebagai kurir.")
    speaker = quote_of(extract(text), "hanya berperan")["speaker"]
    assert (speaker["name"], speaker["kind"]) == ("MH dan SA", "group")


def test_keduanya_after_two_bodies_short_forms_is_no_pair_of_initials(extract):
    text = "Kerja sama KPU dan BPS berjalan baik. Keduanya menyatakan data pemilih sudah sinkron."
    assert (only(extract(text), type="indirect")["speaker"] or {}).get("name") is None


@pytest.mark.parametrize("description", ["Pedagang pisang dan kue apam itu akrab disapa",
                                         "Perempuan asal Banjar tersebut biasa dipanggil"])
def test_a_description_that_says_how_the_person_named_before_is_called_gives_the_nickname(extract, description):
    text = ("Rahimah (62) sudah berjualan di atas jukung sejak usia belasan tahun. "
            f"{description} Acil Imah oleh para pembeli.\n\n"
            "“Dulu jukung di sini ratusan,” kata Acil Imah sambil mendayung pelan.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Rahimah"


@pytest.mark.parametrize("club", ["CD Leganés", "FC Groningen"])
def test_a_clubs_prefix_takes_the_word_after_it_into_the_role(extract, club):
    text = (f"Masa depan pelatih {club} yang akrab disapa «El Profe», Ernesto Valdés, berada di ujung tanduk.\n\n"
            "«Saya tidak datang ke sini untuk lari», ujar juru taktik asal Argentina itu.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Ernesto Valdés"


def test_a_club_suffix_after_the_clubs_name_leaves_the_name_after_it_the_persons(extract):
    text = "Pelatih Borneo FC Ricardo Salgueiro mengatakan timnya siap menghadapi laga tandang pekan depan."
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Ricardo Salgueiro", "Pelatih Borneo FC")


def test_a_club_named_after_a_title_before_a_name_set_off_at_the_sentences_end_is_no_person(extract):
    # ("Padova" speaks as the club elsewhere: the coach is Ferretti, whom the descriptions mean)
    text = ("PADOVA - Dimas mencatatkan debutnya bersama Calcio Padova. Ia langsung mendapat pujian dari pelatih "
            "kepala Padova, Luciano Ferretti.\n\n"
            "Juru taktik asal Italia itu menambahkan, Dimas masih harus beradaptasi dengan sepak bola Italia.\n\n"
            "Padova menegaskan bahwa Dimas merupakan bagian penting dari proyek jangka panjang tim.")
    speakers = [(q["speaker"]["name"], q["speaker"]["role"]) for q in of_type(extract(text), "indirect")]
    assert speakers == [("Luciano Ferretti", "pelatih kepala Padova"), ("Calcio Padova", None)]


def test_keduanya_after_a_sentence_naming_two_pairs_is_its_subject_pair(extract):
    text = ("Liputan6.com, Birmingham - Ganda putra Indonesia, Rafli Kurniawan/Yudha Pratama, melaju ke final "
            "All England setelah menumbangkan pasangan Denmark, Mikkel Bjerre/Jonas Vestergaard, 21-18, 21-16.\n\n"
            "Keduanya mengatakan kemenangan itu didapat berkat kesabaran mengatur tempo.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Rafli Kurniawan dan Yudha Pratama"


def test_keduanya_is_the_pair_the_article_names_most_not_the_opponents_named_last(extract):
    text = ("JAKARTA - Ganda putra Rafael Siregar/Yoga Pratama menundukkan pasangan Korea Selatan, "
            "Choi Min-jae/Lee Dong-hyun, 21-19, 22-20.\n\n"
            "Rafael/Yoga sempat tertinggal 15-19 di gim pertama. Kemenangan ini membalas kekalahan Rafael/Yoga "
            "di Malaysia Open. Choi/Lee saat ini menempati peringkat ketujuh dunia.\n\n"
            "Seusai laga, keduanya mengaku sempat tegang di gim kedua.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Rafael Siregar dan Yoga Pratama"


def test_a_word_before_a_domain_is_a_site_not_a_persons_name(extract):
    text = ("Manajer tim, Paolo Cimatti, menilai kedua pebalapnya sama cepat.\n\n"
            "Dilansir Crash.net, Cimatti juga memastikan tidak ada perubahan spesifikasi motor. Keduanya, kata "
            "dia, tetap bebas bersaing.\n\n"
            "Keduanya menyebut hubungan mereka di garasi baik-baik saja.")
    names = [(q["speaker"] or {}).get("name") or "" for q in extract(text)["quotes"]]
    assert names and not any("Crash" in n for n in names)


def test_a_report_released_in_a_month_is_its_makers_not_the_months(extract):
    text = ("Rwanda membantah tuduhan itu.\n\n"
            "Namun, laporan Kelompok Ahli PBB untuk Republik Demokratik Kongo yang dirilis Juli lalu menyebutkan "
            "sekitar 4.000 tentara Rwanda berada di Kongo.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Kelompok Ahli PBB untuk Republik Demokratik Kongo"


@pytest.mark.parametrize("body", ["Kementerian Luar Negeri dan Ekspatriat Palestina", "Kementerian Kelautan dan Perikanan"])
def test_dan_inside_a_bodys_name_before_capitals_that_head_nothing_is_a_word_of_it(extract, body):
    text = (f"Para pemukim membakar rumah warga. {body} mengecam serangan itu. Dalam pernyataan resminya, "
            "kementerian tersebut menyebut aksi para pemukim sebagai terorisme.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == body


def test_the_victim_named_in_a_relatives_role_is_not_whom_the_pronoun_after_means(extract):
    text = ("Tim SAR masih mencari nelayan yang hilang.\n\n"
            "Sukirman (50), kakak korban Darto (38), tak beranjak dari bibir pantai sejak Jumat sore. Menurutnya, "
            "adiknya sudah 20 tahun melaut.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert (speaker["name"], speaker["role"]) == ("Sukirman", "kakak korban Darto")


def test_a_capitalised_body_noun_opening_a_description_with_a_relative_clause_means_the_body_before(extract):
    text = ("Sawit Watch justru melihat EUDR sebagai peluang. Organisasi yang berbasis di Bogor itu menilai pemetaan "
            "kebun bisa dilakukan bertahap.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Sawit Watch"


@pytest.mark.parametrize("cue, name", [("kata ketua komunitas itu, Ilham Saputra.", "Ilham Saputra"),
                                       ("ujar pelatih tim tersebut, Pieter Jansen, di Jakarta.", "Pieter Jansen")])
def test_a_name_set_off_after_a_lowercase_title_of_the_body_named_before_is_the_speaker(extract, cue, name):
    text = ("Komunitas Suporter Garuda Muda akan hadir di stadion.\n\n"
            f"‘Kami sudah memesan 500 tiket,’ {cue}")
    assert only(extract(text), type="direct")["speaker"]["name"] == name


def test_a_first_name_is_the_person_named_before_whose_name_opens_with_it_not_a_longer_one_holding_it(extract):
    text = ("Kepala Seksi Surveilans Dinas Kesehatan DKI Jakarta, dr. Ratna Dewi Kusumastuti, MKM, mengungkapkan "
            "jumlah kasus naik.\n\n"
            "Di ruang tunggu, Dewi Lestari (36) menggendong putri bungsunya. “Batuknya belum berhenti,” tutur Dewi.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Dewi Lestari"


def test_a_diploma_degree_with_its_field_is_no_speaker(extract):
    text = "Bidan Desa Citeureup, Neneng Rohayati, A.Md.Keb., mengungkapkan timnya berkeliling setiap hari."
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Neneng Rohayati"


def test_pemilik_nama_asli_gives_the_real_name_of_the_stage_name_it_holds_a_word_of(extract):
    text = ("Penyanyi Vinka Lestari melaporkan mantan manajernya ke polisi. "
            '"Tidak ada itikad baik," kata Vinka kepada wartawan.\n\n'
            "Pelantun lagu itu datang didampingi kuasa hukumnya, Yosua Marpaung, S.H., M.H. Pemilik nama asli "
            "Ravinka Ayu Lestari itu tampak mengenakan kemeja putih.\n\n"
            '"Saya hanya minta hak saya," ujar Vinka.')
    assert {q["speaker"]["name"] for q in of_type(extract(text), "direct")} == {"Ravinka Ayu Lestari"}


def test_a_description_opening_its_sentence_with_a_real_name_names_the_stage_name_before(extract):
    text = ("Dalam wawancara dengan Korea JoongAng Daily, leader NOVA7, Hayoon, mengaku sudah lama ingin kembali "
            "ke Jakarta. Idola bernama asli Park Ha-yoon itu mengatakan penonton Indonesia paling lantang "
            "bernyanyi.\n\n"
            "“Saya sampai lupa lirik karena terharu,” ujar Hayoon.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Park Ha-yoon"}


def test_a_mixed_case_short_form_given_after_atau_names_the_body_whose_words_spell_it(extract):
    text = ("Asosiasi Pengusaha Indonesia atau Apindo mengingatkan pemerintah. Dalam keterangan tertulisnya, Apindo "
            "menyebut diversifikasi produk mendesak.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Asosiasi Pengusaha Indonesia"


def test_a_persons_nickname_given_after_atau_is_no_short_form_of_a_body(extract):
    text = ("Presiden Joko Widodo atau Jokowi meresmikan bendungan. Jokowi menyebut bendungan itu akan mengairi "
            "5.000 hektare sawah.")
    assert only(extract(text), type="indirect")["speaker"]["kind"] == "person"


@pytest.mark.parametrize("frame", ["Kepada penyidik", "Dalam pemeriksaan", "Saat diinterogasi", "Melalui kuasa hukumnya, Ferdinand Simanjuntak"])
def test_keduanya_being_examined_is_the_suspects_named_by_initials_not_the_officers_named_since(extract, frame):
    text = ("Polisi menangkap dua pria berinisial HS (45) dan RZ (23) di atas kapal.\n\n"
            "Kepala Kanwil Bambang Sutrisno mengatakan kapal itu dicegat kapal patroli pada Rabu malam. Ia didampingi "
            "Kepala Bidang Penindakan Dedi Kurniawan.\n\n"
            f"{frame}, keduanya mengaku hanya diupah Rp 3 juta untuk sekali pelayaran.")
    q = quote_of(extract(text), "hanya diupah")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == ("HS dan RZ", "group")


def test_initials_given_each_after_what_the_person_is_are_a_pair(extract):
    text = ("Sopir truk berinisial SW (44) dan kernetnya berinisial AK (21) diamankan di lokasi.\n\n"
            "Kapolres Nana Suryana mengatakan rokok itu dibawa dari Madura. Wakapolres Budi Hartono menambahkan "
            "penyelidikan masih berjalan.\n\n"
            "Dalam pemeriksaan, keduanya mengaku dibayar Rp 2,5 juta untuk sekali pengantaran.")
    assert quote_of(extract(text), "dibayar Rp 2,5 juta")["speaker"]["name"] == "SW dan AK"


@pytest.mark.parametrize("described", ["Petani di Desa Tugu", "Dua petani di Desa Tugu"])
def test_two_one_word_names_set_off_after_what_they_are_are_whom_keduanya_means(extract, described):
    text = (f"{described}, Kasmadi dan Warsono, juga sempat dirawat dengan gejala serupa. Keduanya mengaku tidak tahu "
            "bahwa penyakit itu bisa ditularkan tikus sawah.")
    q = quote_of(extract(text), "tidak tahu")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == ("Kasmadi dan Warsono", "group")


@pytest.mark.parametrize("name", ["Hasanuddin Daeng Tata", "Lukman Hakim"])
def test_a_title_or_role_word_ending_a_name_after_a_first_name_is_the_names(extract, name):
    text = ("Rizal memastikan penanganan dilakukan sesuai aturan.\n\n"
            f"{name} mengapresiasi kinerja polisi. Namun, ia meminta patroli pada malam hingga dini hari diperketat.")
    assert quote_of(extract(text), "patroli")["speaker"]["name"] == name


def test_who_would_not_comment_is_who_only_said_a_little(extract):
    text = ("Bambang Wijanarko mengatakan uang itu diberikan kepada kepala dinas.\n\n"
            "Hendrawan Sutanto enggan berkomentar soal rencana tersebut. Ia hanya mengatakan pihaknya sedang "
            "mempelajari putusan itu.")
    assert quote_of(extract(text), "pihaknya sedang")["speaker"]["name"] == "Hendrawan Sutanto"


def test_what_someone_is_before_bernama_is_their_role_and_no_title_of_the_name(extract):
    text = ("Bambang Wijanarko mengatakan uang itu diberikan kepada kepala dinas.\n\n"
            "Saksi kedua, kontraktor lain bernama Lukman Hakim, memberikan keterangan serupa. Ia mengatakan tidak "
            "pernah bertemu langsung dengan terdakwa.")
    sp = quote_of(extract(text), "tidak pernah bertemu")["speaker"]
    assert (sp["name"], sp["role"]) == ("Lukman Hakim", "kontraktor")


@pytest.mark.parametrize("name, alias", [("Abdul Karim", "Wak Karim"), ("Yustina Dewi", "Mak Tina"), ("Rosdiana Harahap", "Butet")])
def test_a_name_with_its_alias_and_age_then_what_the_person_is_is_the_subject_and_the_alias_the_person(extract, name, alias):
    text = (f"{name} alias {alias} (56), warga Desa Bukit Raya, mengatakan banjir makin sering datang.\n\n"
            f'"Sekarang hujan dua hari saja, air sudah masuk rumah," kata {alias}.')
    said = [(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]]
    assert said == [(name, "warga Desa Bukit Raya")] * 2


@pytest.mark.parametrize("short, long", [("Kasi Penkum", "Kepala Seksi Penerangan Hukum"), ("Kasi Pidsus", "Kepala Seksi Pidana Khusus")])
def test_a_prosecutors_short_title_is_who_holds_it_in_full(extract, short, long):
    text = (f"Hal itu disampaikan {long} Kejati Sumut Adlan Siregar di Medan, Kamis.\n\n"
            "Budi Santoso dari ICW mengatakan hal lain.\n\n"
            f"Menurut {short}, modus yang dilakukan para tersangka adalah menggelembungkan harga alat.")
    assert quote_of(extract(text), "modus")["speaker"]["name"] == "Adlan Siregar"


def test_a_name_with_a_verb_after_the_comma_after_menurut_x_opens_what_x_holds(extract):
    text = ("Menurut KPK, Budi diduga menerima suap dari tiga kontraktor, yakni Andi dan Rudi, yang memenangkan tender "
            "proyek jalan.")
    q = only(extract(text))
    assert (q["text"].split(",")[0], q["speaker"]["name"]) == ("Budi diduga menerima suap dari tiga kontraktor", "KPK")


def test_senada_opening_a_sentence_is_no_name(extract):
    text = ("Senada, politikus Partai Gerindra Wahyu Anggoro menyebut KPU perlu belajar dari efisiensi penyelenggara "
            "pemilu di negara lain.")
    sp = only(extract(text))["speaker"]
    assert (sp["name"], sp["role"]) == ("Wahyu Anggoro", "politikus Partai Gerindra")


@pytest.mark.parametrize("sentence, group", [
    ("Delegasi BKSAP dijadwalkan bertolak ke Brussel, Belgia, pada Kamis untuk bertemu anggota Parlemen Eropa.",
     "Delegasi BKSAP"),
    ("Di luar arena resmi, delegasi Pemerintah Persatuan Nasional (NUG) Myanmar yang berada di Cebu menggelar jumpa "
     "pers terpisah.", "delegasi Pemerintah Persatuan Nasional (NUG) Myanmar"),
])
def test_mereka_after_a_delegation_is_the_delegation(extract, sentence, group):
    text = (f"Ratih mengatakan parlemen Prancis menunjukkan pemahaman. {sentence} Mereka menyatakan akan mengusulkan "
            "agar Parlemen Eropa mengirim misi pencari fakta.")
    assert quote_of(extract(text), "akan mengusulkan")["speaker"]["name"] == group


def test_an_age_set_off_at_the_end_of_a_sentence_makes_the_word_before_it_a_name(extract):
    text = ('Heru menolak berkomentar. "Kami menghormati putusan," ucap Heru.\n\n'
            'Sejumlah warga menghadiri sidang. Salah satunya, Karyono, 58 tahun. "Enam tahun itu sudah lumayan," katanya.')
    assert quote_of(extract(text), "Enam tahun")["speaker"]["name"] == "Karyono"


@pytest.mark.parametrize("named, degrees", [("Prof. dr. Lukman Hakim Siregar", "MPH, Dr.PH"), ("dr. Wahyudi Kartanegara", "MPPM")])
def test_degrees_after_a_name_are_no_speaker(extract, named, degrees):
    text = f"Guru besar Universitas Indonesia, {named}, {degrees}, menilai persoalan utama bukan jumlah dokter."
    assert only(extract(text))["speaker"]["name"] == named.rsplit(". ", 1)[-1]


def test_a_veterinarians_word_of_address_is_no_part_of_the_name_after_a_role(extract):
    text = ("Kepala Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan) Kabupaten Malang, drh. Eko Wahyudi, menyebut pemkab "
            'menyiapkan bantuan bibit rumput.\n\nKepala Disnakkeswan juga mengingatkan: "Silase bisa menekan biaya pakan."')
    said = {(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]}
    assert said == {("Eko Wahyudi", "Kepala Dinas Peternakan dan Kesehatan Hewan (Disnakkeswan) Kabupaten Malang")}


def test_a_surname_written_in_another_persons_name_does_not_cut_a_name_short(extract):
    text = ("Kepala Dinas Kesehatan Brebes Prasetyo Budi Santoso mengatakan pendekatan yang dipakai kini bergeser.\n\n"
            "Camat Bulakamba Teguh Imam Santoso menyebut pihak kecamatan menyalurkan bantuan telur dan susu.")
    sp = quote_of(extract(text), "pihak kecamatan")["speaker"]
    assert (sp["name"], sp["role"]) == ("Teguh Imam Santoso", "Camat Bulakamba")


@pytest.mark.parametrize("introduced, called, name", [
    ("Kasiadi (58) atau Mbah Kas, peternak sapi perah,", "Mbah Kas", "Kasiadi"),
    ("Yusuf Efendi (38) atau Ucup, nakhoda kapal asal Desa Labuhan,", "Ucup", "Yusuf Efendi"),
    ("Moh. Rasyid (35) yang akrab disapa Cak Ras,", "Cak Ras", "Moh. Rasyid"),
])
def test_a_name_with_its_age_then_atau_or_a_nickname_is_whom_the_nickname_means(extract, introduced, called, name):
    text = f'{introduced} memilih menyimpan garamnya di gudang.\n\n"Kalau dijual sekarang, rugi," kata {called}.'
    assert quote_of(extract(text), "Kalau dijual")["speaker"]["name"] == name


def test_a_role_whose_field_lists_items_with_dan_and_no_comma_runs_to_the_name(extract):
    text = ("Kepala Dinas Ketahanan Pangan, Tanaman Pangan dan Hortikultura Sumut, Ir. Marlon Simanjuntak, M.P., "
            'mengatakan stok cabai aman.\n\n"Kita datangkan dari daerah surplus," kata Marlon.\n\n'
            "Menurut Kadis, harga cabai diperkirakan kembali normal bulan depan.")
    said = {(q["speaker"]["name"], q["speaker"]["role"]) for q in extract(text)["quotes"]}
    assert said == {("Marlon Simanjuntak", "Kepala Dinas Ketahanan Pangan, Tanaman Pangan dan Hortikultura Sumut")}


@pytest.mark.parametrize("described", ["agensi tersebut", "perusahaan tersebut"])
def test_an_entertainment_company_is_whom_the_agency_or_company_means(extract, described):
    text = ("Kabar tersebut diumumkan agensinya, Moonrise Entertainment, pada Rabu. Dalam pernyataan resmi, Moonrise "
            f'Entertainment menyebut Sora membutuhkan waktu istirahat.\n\n"Kesehatan artis adalah prioritas utama kami," '
            f"tulis {described}.")
    sp = quote_of(extract(text), "Kesehatan artis")["speaker"]
    assert (sp["name"], sp["kind"]) == ("Moonrise Entertainment", "organization")


def test_a_body_named_after_what_kind_of_body_it_is_is_no_one_a_pronoun_means(extract):
    text = ("Produser film tersebut, Bagas Adinegoro dari rumah produksi Lumbung Sinema, mengatakan timnya kini tengah "
            "mencari agen penjualan internasional. Ia berharap film itu bisa diputar di bioskop Eropa.")
    assert quote_of(extract(text), "film itu")["speaker"]["name"] == "Bagas Adinegoro"


@pytest.mark.parametrize("sentence, anaphor, body", [
    ("Berbeda sikap, Fraksi Partai Golkar DPRD Kota Kupang menolak menandatangani usulan interpelasi.", "Fraksi itu",
     "Fraksi Partai Golkar DPRD Kota Kupang"),
    ("Sebaliknya, Fraksi Partai Persatuan Pembangunan (PPP) memilih walk out.", "Fraksi tersebut",
     "Fraksi Partai Persatuan Pembangunan"),
])
def test_a_faction_referred_back_to_is_the_faction_not_its_spokesperson(extract, sentence, anaphor, body):
    text = (f"Juru bicara Fraksi Partai Golkar, Adrianus Lay Taek, mengatakan fraksinya menolak. {sentence} {anaphor} "
            "menilai persoalan mutasi cukup diselesaikan lewat rapat kerja.")
    sp = quote_of(extract(text), "persoalan mutasi")["speaker"]
    assert (sp["name"], sp["kind"]) == (body, "organization")


@pytest.mark.parametrize("sentence, group", [
    ("Petani di wilayah itu juga gagal panen jagung.", "Petani di wilayah itu"),
    ("Warga lain di lingkungan itu, sebagian besar buruh harian, menyampaikan keluhan serupa.", "Warga lain di lingkungan itu"),
    ("Di Desa Papela, Rote Timur, keluarga para nelayan menunggu dengan cemas.", "keluarga para nelayan"),
    ("Orang tua siswa mendatangi sekolah itu.", "Orang tua siswa"),
])
def test_mereka_after_people_named_by_what_they_do_is_those_people(extract, sentence, group):
    text = f"Budi Santoso mengatakan banjir sudah surut. {sentence} Mereka meminta pemkab menyalurkan bantuan beras."
    assert quote_of(extract(text), "pemkab menyalurkan")["speaker"]["name"] == group


def test_one_of_them_pointed_at_is_no_group(extract):
    text = "Budi Santoso mengatakan banjir sudah surut. Petani itu juga gagal panen. Ia meminta pemkab menyalurkan bantuan."
    assert quote_of(extract(text), "pemkab menyalurkan")["speaker"]["mention"] == "Ia"
    assert quote_of(extract(text), "pemkab menyalurkan")["speaker"]["kind"] != "group"


def test_a_word_set_off_after_where_a_title_spoke_is_the_wider_place(extract):
    text = ("Bupati Gowa Andi Hasbullah Mappiare menegaskan hal itu. “Mahkamah Konstitusi punya waktu 30 hari untuk "
            "memutus sengketa.” Demikian dikatakan Bupati di Rumah Jabatan Bupati, Sungguminasa.")
    assert quote_of(extract(text), "Mahkamah Konstitusi")["speaker"]["name"] == "Andi Hasbullah Mappiare"


def test_a_body_referred_back_to_after_its_spokesperson_set_off_is_the_subject(extract):
    text = ("Fraksi PKB menjadi yang paling tegas mendukung perubahan. Lewat juru bicaranya, Anwar Fauzi, fraksi itu "
            "menilai pilkada lewat DPRD lebih hemat.")
    sp = quote_of(extract(text), "pilkada")["speaker"]
    assert (sp["name"], sp["kind"]) == ("Fraksi PKB", "organization")


def test_initials_after_ranks_name_people_a_pair_and_a_pronoun_may_mean(extract):
    text = ("JawaPos.com - Dua prajurit TNI AD, Praka BS dan Pratu EW, dituntut hukuman penjara seumur hidup. Oditur "
            "Militer Mayor Chk Hendro Wiyono menyatakan kedua terdakwa terbukti bersalah.\n\n"
            "Dalam pemeriksaan terdakwa pada sidang sebelumnya, BS mengaku tergiur upah Rp 150 juta. Ia juga mengaku "
            "mengajak EW karena butuh uang.\n\nDalam sidang, keduanya mengaku menyesal.")
    record = extract(text)
    assert quote_of(record, "kedua terdakwa")["speaker"]["name"] == "Hendro Wiyono"
    assert quote_of(record, "mengajak EW")["speaker"]["name"] == "BS"
    assert quote_of(record, "menyesal")["speaker"]["name"] == "BS dan EW"


@pytest.mark.parametrize("subject, name", [
    ("Seorang petugas pemadam yang ditemui di Desa Pedamaran, OKI,", "Seorang petugas pemadam"),
    ("Sejumlah PRT Indonesia yang ditemui di kawasan Lucky Plaza, Orchard Road, pada hari libur mereka, Minggu (9/3),",
     "Sejumlah PRT Indonesia"),
])
def test_the_wider_place_where_someone_unnamed_was_met_is_no_speaker(extract, subject, name):
    text = f"{subject} mengaku mengikuti kasus ini melalui media sosial."
    assert only(extract(text))["speaker"]["name"] == name


@pytest.mark.parametrize("sentence, group", [
    ("Sekitar 30 warga kemudian mendatangi kantor desa pada Jumat siang.", "30 warga"),
    ("Warga bantaran Ciliwung di Kampung Pulo, Jatinegara, umumnya belum pernah mendengar istilah mikroplastik.",
     "Warga bantaran Ciliwung di Kampung Pulo, Jatinegara"),
])
def test_mereka_after_residents_counted_or_placed_is_those_residents(extract, sentence, group):
    text = f"Budi mengatakan api membesar. {sentence} Mereka menuntut pemerintah menutup saluran limbah."
    assert group in quote_of(extract(text), "pemerintah menutup")["speaker"]["name"]


def test_a_name_set_off_after_someone_unnamed_met_somewhere_is_theirs(extract):
    text = "Seorang pedagang yang ditemui di Pasar Baru, Darto, mengaku omzetnya turun separuh sejak banjir."
    assert only(extract(text))["speaker"]["name"] == "Darto"


@pytest.mark.parametrize("introduced, called, name", [
    ("Salah seorang warga, Ahmad Junaidi (47) yang akrab disapa Wak Jun,", "Wak Jun", "Ahmad Junaidi"),
    ("Pemilik ketek, Sulaiman (58) atau yang biasa disapa Mang Leman,", "Mang Leman", "Sulaiman"),
    ("Di ruang tunggu bandara, Stefanus Aleng (33) alias Steve", "Steve", "Stefanus Aleng"),
])
def test_a_nickname_with_its_word_of_address_after_a_name_and_age_is_the_person(extract, introduced, called, name):
    text = f'{introduced} mengaku sudah menunggu hampir tiga jam.\n\n"Mudah-mudahan masih sempat," kata {called}.'
    assert quote_of(extract(text), "Mudah-mudahan")["speaker"]["name"] == name


def test_a_nickname_after_a_place_is_no_alias_of_the_places_last_word(extract):
    text = ("Siti Khadijah (63), pedagang cabai di Pasar Induk Kramat Jati yang akrab disapa Mak Ijah, mengatakan "
            'pasokan menurun.\n\n"Harga naik terus," kata Mak Ijah.')
    assert quote_of(extract(text), "Harga naik")["speaker"]["name"] == "Siti Khadijah"


def test_a_name_two_people_are_called_by_with_different_words_of_address_is_neither_alone(extract):
    text = ("Yakobus Ndun (58), pembudidaya yang oleh warga kampung dipanggil Bapa Meki, mengikuti pertemuan. Istrinya, "
            'Ester Lenggu (52), yang biasa disapa Mama Meki, sempat berjualan kue.\n\n"Kami rugi besar," kata Bapa Meki.')
    assert quote_of(extract(text), "Kami rugi")["speaker"]["name"] == "Yakobus Ndun"


@pytest.mark.parametrize("introduced, called, name", [
    ("Timanggong Binua Sungai Ambawang, Markus Ngadan,", "Timanggong", "Markus Ngadan"),
    ("Tokoh adat setempat, Imeum Mukim Blang Jruen Tgk. Abdullah Hasan,", "Imeum Mukim", "Abdullah Hasan"),
    ("Pemangku adat kampung itu, Datuk Syahrial Lubis,", "Datuk", "Syahrial Lubis"),
])
def test_a_customary_title_or_word_of_address_alone_is_whom_the_article_named_with_it(extract, introduced, called, name):
    text = (f"{introduced} mengatakan hutan itu warisan leluhur.\n\nKepala Dinas Kesehatan Budi Santoso mengatakan kabut "
            f'makin tebal.\n\n"Tanah ini titipan untuk anak cucu," tegas {called}.')
    assert quote_of(extract(text), "Tanah ini")["speaker"]["name"] == name


def test_a_specialists_degree_with_a_subspecialty_in_mixed_case_is_no_name(extract):
    text = ("Guru besar gerontologi Universitas Indonesia, Prof. Dr. dr. Bambang Sutopo, Sp.PD-KGer, menilai Indonesia "
            "belum siap. Ia memperkirakan jumlah lansia akan naik dua kali lipat.")
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Bambang Sutopo"}


def test_a_nickname_after_a_name_and_its_age_set_off_in_words_is_the_person(extract):
    text = ('Salah satu peserta paling rajin adalah Suparti, 81 tahun, yang akrab disapa Mbah Parti oleh para '
            'pendamping.\n\n"Di sini ada teman, ada yang ngingetin minum obat," ujar Mbah Parti.')
    assert quote_of(extract(text), "Di sini")["speaker"]["name"] == "Suparti"


def test_a_director_generals_short_field_at_the_digital_ministry_is_who_holds_it(extract):
    text = ("Direktur Jenderal Infrastruktur Digital Komdigi Hadi Prasetyo Nugroho mengatakan lelang dibuka.\n\n"
            'Budi Santoso mengatakan harga naik.\n\n"Target kami sederhana," kata Dirjen Infradig.')
    assert quote_of(extract(text), "Target kami")["speaker"]["name"] == "Hadi Prasetyo Nugroho"


def test_mereka_after_people_named_by_a_word_of_address_said_twice_is_those_people(extract):
    text = ("Ia mengaku terpaksa menaikkan harga.\n\nMama-mama pedagang sayur asal Kampung Wasur yang berjualan di "
            "emperan pasar juga mengeluh. Mereka mengatakan pembeli berkurang karena warga menahan belanja.")
    assert quote_of(extract(text), "pembeli berkurang")["speaker"]["name"].startswith("Mama-mama pedagang sayur")


def test_a_name_its_age_and_atau_a_nickname_then_what_the_person_is_is_the_subject(extract):
    text = ("Robertus Manu (41) atau Om Robi, sopir truk asal Ba'a, Rote, mengatakan muatan sayurnya mulai busuk.\n\n"
            '"Rugi jutaan ini," keluh Om Robi.')
    assert {q["speaker"]["name"] for q in extract(text)["quotes"]} == {"Robertus Manu"}
