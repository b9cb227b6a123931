"""Sentence → quote, table-driven: positive cases next to the negative ones."""
import pytest

from conftest import of_type, only, quote_of

DIRECT = [
    # text, quote, speaker, cue
    ('"Kami siap bertanding," kata pelatih Budi Santoso.', "Kami siap bertanding", "Budi Santoso", "kata"),
    ("“Harga tidak akan naik,” ujar Menteri Perdagangan Zulkifli Hasan di Jakarta.", "Harga tidak akan naik",
     "Zulkifli Hasan", "ujar"),
    ('Kapolres Metro Jakarta Selatan AKBP Budi Santoso mengatakan, "Pelaku sudah kami tangkap."',
     "Pelaku sudah kami tangkap", "Budi Santoso", "mengatakan"),
    ('"Kami masih menunggu hasil autopsi," tutur Kombes Dirmanto, Senin (3/10).', "Kami masih menunggu hasil autopsi",
     "Dirmanto", "tutur"),
    ('Menurut Sri Mulyani, "Defisit tetap terjaga."', "Defisit tetap terjaga", "Sri Mulyani", "Menurut"),
    ('"Tidak ada kompromi." Hal itu disampaikan Ketua KPK Firli Bahuri di Gedung Merah Putih.',
     "Tidak ada kompromi", "Firli Bahuri", "disampaikan"),
    ('"Semua sudah siap," demikian pernyataan Kementerian Luar Negeri.', "Semua sudah siap",
     "Kementerian Luar Negeri", "demikian pernyataan"),
    ('Hakim Agus Wibisono menatap saksi. "Ada bukti tertulisnya?" kejar hakim.', "Ada bukti tertulisnya?",
     "Agus Wibisono", "kejar"),
    # a description in lower case before the name, whatever its words
    ('"Era bakar uang sudah selesai," ujar mitra pengelola Hoshi Capital, Kenji Morimoto, kepada Nikkei Asia.',
     "Era bakar uang sudah selesai", "Kenji Morimoto", "ujar"),
    # whom and where it is said, between the cue and the marks
    ("Kovalchuk mengatakan kepada The Kyiv Independent, “Kami berterima kasih kepada Turki.”",
     "Kami berterima kasih kepada Turki", "Kovalchuk", "mengatakan"),
    ("Beberapa jam kemudian, Ibáñez menulis di akun Instagram-nya, “Kepala saya tegak.”",
     "Kepala saya tegak", "Ibáñez", "menulis"),
    # a short cue opening the sentence, its speaker after it
    ('Banjir kali ini terparah. Kata Sukardi, "Dulu banjir paling lama sehari."', "Dulu banjir paling lama sehari",
     "Sukardi", "Kata"),
    ('Warga resah. Kata Budi: "Kami siap."', "Kami siap", "Budi", "Kata"),
    # a role going on over "wilayah", then the name set off by a comma
    ('«Itu hanya plester», ujar Ketua FNSEA wilayah Auvergne-Rhône-Alpes, Laurent Vasseur.', "Itu hanya plester",
     "Laurent Vasseur", "ujar"),
    # an adjunct no comma sets off, then the pronoun that speaks
    ('Perbekel setempat, I Wayan Darmaja, mengunggah video. Dalam unggahan itu ia menulis: "Ini bukan sekadar '
     'air. Ini nadi kehidupan krama subak kami."', "Ini bukan sekadar air. Ini nadi kehidupan krama subak kami",
     "I Wayan Darmaja", "menulis"),
    # a joint statement, told of after the quote
    ('Forum Kerukunan Umat Beragama (FKUB) Jatim menggelar rapat.\n\n"Perusakan rumah ibadah agama apa pun '
     'bertentangan dengan ajaran agama," demikian bunyi pernyataan bersama FKUB Jatim.',
     "Perusakan rumah ibadah agama apa pun bertentangan dengan ajaran agama", "Forum Kerukunan Umat Beragama Jatim",
     "demikian bunyi pernyataan bersama"),
    # a title glossed in English in parentheses goes on to the name
    ('"Perubahan iklim nyata," kata Kepala Meteorolog (Chief Meteorologist) Met Office, Fiona Castleton.',
     "Perubahan iklim nyata", "Fiona Castleton", "kata"),
    ('"Kami menunda peluncuran," kata Administrator PAGASA, Ramon Villanueva.', "Kami menunda peluncuran",
     "Ramon Villanueva", "kata"),
    # "imbau" is a short cue, as "ujar" is
    ('"Kami minta korban yang belum melapor segera datang ke posko," imbau Kombes Hotman Simanjuntak.',
     "Kami minta korban yang belum melapor segera datang ke posko", "Hotman Simanjuntak", "imbau"),
    # and so is "teriak": what is shouted to a crowd
    ('Ketua serikat tani Jean Moreau naik ke atas traktor. «Kami akan kembali dengan lebih banyak traktor», '
     'teriaknya, disambut tepuk tangan.', "Kami akan kembali dengan lebih banyak traktor", "Jean Moreau", "teriaknya"),
    # and "tutup": what closes the story, as "pungkas"
    ('Petani berharap harga naik.\n"Kami cuma bisa berdoa, mudah-mudahan harga naik lagi," tutup Samsul Bahri.',
     "Kami cuma bisa berdoa, mudah-mudahan harga naik lagi", "Samsul Bahri", "tutup"),
]


@pytest.mark.parametrize("text, quote, speaker, cue", DIRECT)
def test_direct_quotes(extract, text, quote, speaker, cue):
    q = only(extract(text), type="direct", text=quote)
    assert q["speaker"]["name"] == speaker
    assert q["cue"]["text"] == cue


@pytest.mark.parametrize("turn", ["Adapun", "Sementara itu,"])
def test_a_sentence_that_turns_to_someone_else_after_a_quote_is_not_its_speakers(extract, turn):
    text = ("Gelandang asal Jepang Ryota Nakamura mengatakan timnya kurang tajam.\n\n"
            f"“Terlalu sering kami mengoper di depan gawang.” {turn} bek muda Fikri Ramadhan mengaku masih "
            "memikirkan pelanggaran itu.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Ryota Nakamura"


@pytest.mark.parametrize("text, first, second", [
    ("Bima mengaku mereka kehilangan fokus di gim kedua, sementara Laras menyebut servis pendeknya kerap dibaca lawan.",
     "mereka kehilangan fokus di gim kedua", "servis pendeknya kerap dibaca lawan"),
    # another subject that is no one's statement stays inside the clause
    ("Hendra menyebut sebagian fraksi ingin ambang batas diturunkan, sementara sebagian lain meminta angka lama dipertahankan.",
     "sebagian fraksi ingin ambang batas diturunkan, sementara sebagian lain meminta angka lama dipertahankan", None),
])
def test_a_clause_ends_before_another_persons_own_statement(extract, text, first, second):
    assert [q["text"] for q in extract(text)["quotes"]] == [first, second][:1 if second is None else 2]


def test_a_fronted_speaker_is_the_whole_description_its_demonstrative_closes(extract):
    text = ("Calon bupati nomor urut 1 yang juga petahana, Fransiskus Gaut, menyatakan siap menerima hasil pilkada.\n\n"
            "Menurut Bupati Manggarai Barat nonaktif tersebut, tudingan soal aparatur desa hanya manuver politik.")
    sp = quote_of(extract(text), "tudingan soal")["speaker"]
    assert (sp["mention"], sp["name"]) == ("Bupati Manggarai Barat nonaktif tersebut", "Fransiskus Gaut")


INDIRECT = [
    ("Sejumlah pengamat militer meyakini posisi pasukan itu semakin terdesak.",
     "posisi pasukan itu semakin terdesak", "Sejumlah pengamat militer", "meyakini"),
    ("Gubernur Jawa Timur Khofifah Indar Parawansa menegaskan bahwa bantuan akan dikirim besok.",
     "bantuan akan dikirim besok", "Khofifah Indar Parawansa", "menegaskan"),
    ("Menurut Budi, harga beras akan turun pekan depan.", "harga beras akan turun pekan depan", "Budi", "Menurut"),
    ("Menurut Budi, stok beras aman sampai Lebaran.", "stok beras aman sampai Lebaran", "Budi", "Menurut"),
    ("Menurutnya, dana desa belum cair.", "dana desa belum cair", None, "Menurutnya"),
    # a verb after "sebelum", "sambil", "lalu" has the subject that opens the sentence
    ("Saksi Sugeng Riyadi ditanya soal kuitansi. Sugeng terdiam beberapa saat sebelum mengakui dirinya tidak "
     "memegang satu pun kuitansi.", "dirinya tidak memegang satu pun kuitansi", "Sugeng Riyadi", "mengakui"),
    # after "Menurut X," a verb joined by "dan" is the clause's own, not a second statement
    ("Menurut dia, investor kini lebih selektif dan menuntut jalur profitabilitas yang jelas.",
     "investor kini lebih selektif dan menuntut jalur profitabilitas yang jelas", None, "Menurut"),
    # "..., karena, menurut dia, <clause>": after a conjunction the content follows the speaker
    ("Penyidik masih memburu pengendali jaringan karena, menurut Arif, server aplikasi itu berada di Kamboja.",
     "server aplikasi itu berada di Kamboja", "Arif", "menurut"),
    # "Sang dirjen": a title that starts like a passive verb is no verb
    ("Dirjen PAUD Gunawan Susilo meminta verifikasi domisili. Sang dirjen mengingatkan, sanksi bagi pemalsu "
     "dokumen kependudukan bukan hanya pembatalan penerimaan.",
     "sanksi bagi pemalsu dokumen kependudukan bukan hanya pembatalan penerimaan", "Gunawan Susilo", "mengingatkan"),
    # a short cue set off by commas after a few opening words: what it reports follows it
    ("Sejauh ini, kata Yudha, penyidik sudah menyita aset senilai Rp 14 miliar.",
     "penyidik sudah menyita aset senilai Rp 14 miliar", "Yudha", "kata"),
    ("Selain itu, tambah Rosyid, Gubernur juga menyalurkan bibit jagung ke sejumlah kecamatan.",
     "Gubernur juga menyalurkan bibit jagung ke sejumlah kecamatan", "Rosyid", "tambah"),
    # the sentence's subject before a cue set off by commas: what it reports is the whole sentence,
    # the cue inside it, neither the subject alone ("Dapur umum itu") nor the predicate alone
    ("Dapur umum itu, kata Heru, akan beroperasi sampai air surut.",
     "Dapur umum itu, kata Heru, akan beroperasi sampai air surut", "Heru", "kata"),
    ("Penyaluran beras program stabilisasi harga, lanjut Teguh, akan ditingkatkan hingga akhir tahun.",
     "Penyaluran beras program stabilisasi harga, lanjut Teguh, akan ditingkatkan hingga akhir tahun", "Teguh", "lanjut"),
    # (an adverb may open the predicate; a ber- word inside the subject makes no claim of its own)
    ("Anak-anak di daerah dengan bahasa ibu berbeda, kata Hanif, juga kesulitan membaca.",
     "Anak-anak di daerah dengan bahasa ibu berbeda, kata Hanif, juga kesulitan membaca", "Hanif", "kata"),
    # an adverb of se-…-nya opens the predicate too
    ("Pelayanan di puskesmas tersebut, kata Lalu, sepenuhnya ditangani bidan dan perawat.",
     "Pelayanan di puskesmas tersebut, kata Lalu, sepenuhnya ditangani bidan dan perawat", "Lalu", "kata"),
    # (a relative clause inside the subject makes no claim of its own)
    ('Istilah "zona kemanusiaan" yang dijanjikan sejumlah pihak, kata Rinaldi, hingga kini belum terwujud.',
     'Istilah "zona kemanusiaan" yang dijanjikan sejumlah pihak, kata Rinaldi, hingga kini belum terwujud', "Rinaldi", "kata"),
    # (a relative clause in the subject may make it longer than a subject alone is)
    ("Pendapatan asli daerah (PAD) yang tahun ini ditargetkan Rp 1,12 triliun, kata Asep, harus tetap tercapai meski "
     "transfer dari pemerintah pusat dipangkas.", "Pendapatan asli daerah (PAD) yang tahun ini ditargetkan Rp 1,12 "
     "triliun, kata Asep, harus tetap tercapai meski transfer dari pemerintah pusat dipangkas", "Asep", "kata"),
    # (whom it was said before, up to "bahwa", however the clause after it goes on)
    ("Ahmad Rifai menjelaskan di hadapan majelis bahwa hak atas merek bersifat konstitutif, yakni lahir dari pendaftaran.",
     "hak atas merek bersifat konstitutif, yakni lahir dari pendaftaran", "Ahmad Rifai", "menjelaskan"),
    # (a decimal comma inside the subject sets nothing off)
    ("Pertumbuhan ekonomi kuartal I yang mencapai 5,11 persen, kata dia, menunjukkan konsumsi masih solid.",
     "Pertumbuhan ekonomi kuartal I yang mencapai 5,11 persen, kata dia, menunjukkan konsumsi masih solid", None, "kata"),
    # (after a connective set off first, the subject the connective leads to)
    ("Namun, salah satu pelaku yang berjaga di luar, kata dia, menodongkan senjata ke arahnya.",
     "salah satu pelaku yang berjaga di luar, kata dia, menodongkan senjata ke arahnya", None, "kata"),
    ("Sementara itu, menantunya, kata Sumarni, masih bertahan di rumah untuk menjaga barang.",
     "menantunya, kata Sumarni, masih bertahan di rumah untuk menjaga barang", "Sumarni", "kata"),
    # a preposition opening what was said with a verb of its own before the comma opens a clause, no
    # adjunct to skip (but "Dalam rapat yang membahas anggaran, …" is one)
    ("Ia mencontohkan, di satu bagian pemohon meminta pasal dibatalkan, sementara di bagian lain meminta pasal "
     "yang sama dimaknai bersyarat.", "di satu bagian pemohon meminta pasal dibatalkan, sementara di bagian lain "
     "meminta pasal yang sama dimaknai bersyarat", None, "mencontohkan"),
    ("Ia menambahkan, dalam rapat yang membahas anggaran, fraksinya menolak tambahan dana.",
     "fraksinya menolak tambahan dana", None, "menambahkan"),
    # (but words before the cue that leave the clause after it its own subject are an adjunct)
    ("Tahun ini, kata Yudha, gudang koperasi sudah menampung 300 ton gabah.",
     "gudang koperasi sudah menampung 300 ton gabah", "Yudha", "kata"),
    # what is denied is a claim however short, but a noun phrase of what was said is not
    ("Perum Bulog membantah pasokan beras di pasar induk langka.", "pasokan beras di pasar induk langka",
     "Perum Bulog", "membantah"),
    # "hal senada:" before what was said in the same words
    ("Fauzi Rahman dan Camat Kedungadem Drs. Suyitno meninjau antrean warga. Keduanya mengatakan hal senada: bantuan "
     "air tidak akan dihentikan sampai hujan turun.", "bantuan air tidak akan dihentikan sampai hujan turun",
     "Fauzi Rahman dan Suyitno", "mengatakan"),
    # an adjunct opens the sentence, the clause after the speaker is what they hold
    ("Dalam konteks desa, menurut Gunawan, pembatasan dua periode sudah cukup menjamin sirkulasi kepemimpinan.",
     "pembatasan dua periode sudah cukup menjamin sirkulasi kepemimpinan", "Gunawan", "menurut"),
    ("Harga beras akan turun pekan depan, kata Budi.", "Harga beras akan turun pekan depan", "Budi", "kata"),
    ("Menurut data BPS, jumlah penduduk miskin turun menjadi 24 juta orang.",
     "jumlah penduduk miskin turun menjadi 24 juta orang", "BPS", "Menurut"),
    # (and a written statement: whose statement it is speaks)
    ("Menurut keterangan tertulis Polda Bali, pelaku sudah ditahan sejak Minggu.",
     "pelaku sudah ditahan sejak Minggu", "Polda Bali", "Menurut"),
    # an adverb said twice between the subject and its verb is no part of the subject
    ("Kremlin buru-buru menegaskan kesepakatan itu tidak boleh dibaca sebagai kelemahan.",
     "kesepakatan itu tidak boleh dibaca sebagai kelemahan", "Kremlin", "menegaskan"),
    # after "bahwa", two words are a claim
    ("Budi mengatakan bahwa sidang ditunda.", "sidang ditunda", "Budi", "mengatakan"),
    ("Menurut surat dakwaan yang dibacakan jaksa Nur Aini Siregar, terdakwa membeli dua rumah dengan dana nasabah.",
     "terdakwa membeli dua rumah dengan dana nasabah", "Nur Aini Siregar", "Menurut"),
    ("Penjualan tiket melonjak dan, menurut promotor Teddy Halim, kelas festival telah habis terjual.",
     "kelas festival telah habis terjual", "Teddy Halim", "menurut"),
    ("Wali Kota Palu, Darmadi Lasaleng, menyatakan pihaknya tidak berkewajiban menanggung perbaikan jalan provinsi.",
     "pihaknya tidak berkewajiban menanggung perbaikan jalan provinsi", "Darmadi Lasaleng", "menyatakan"),
    ("Ia meminta agar warga tetap tenang dan tidak panik.", "warga tetap tenang dan tidak panik", None, "meminta"),
    ("Departemen Luar Negeri dan Perdagangan Australia (DFAT) mengatakan kepada ABC bahwa pihaknya tengah "
     "memberikan bantuan konsuler.", "pihaknya tengah memberikan bantuan konsuler",
     "Departemen Luar Negeri dan Perdagangan Australia", "mengatakan"),
    ("Otoritas Jasa Keuangan (OJK) mencatat kredit perbankan tumbuh 7,8 persen secara tahunan.",
     "kredit perbankan tumbuh 7,8 persen secara tahunan", "Otoritas Jasa Keuangan", "mencatat"),
    ("Ia berdalih kliennya hanya menjalankan sistem yang dirancang pihak lain.",
     "kliennya hanya menjalankan sistem yang dirancang pihak lain", None, "berdalih"),
    ("Idris melanjutkan, Kecamatan Sawangan memiliki kasus positif terbanyak.",
     "Kecamatan Sawangan memiliki kasus positif terbanyak", "Idris", "melanjutkan"),
    # degrees after the name ("S.I.K.": a degree letter and dotted parts), an age set off by commas
    ("Kapolres Sleman AKBP Edy Suryanto, S.I.K., M.H., mengatakan para tersangka ditangkap di rumah kontrakan.",
     "para tersangka ditangkap di rumah kontrakan", "Edy Suryanto", "mengatakan"),
    ("Pakar subak dari Universitas Udayana, Prof. Dr. Ir. Ni Luh Putu Kartini Dewi, M.S., menilai persoalan itu "
     "mencerminkan lemahnya tata ruang.", "persoalan itu mencerminkan lemahnya tata ruang", "Ni Luh Putu Kartini Dewi",
     "menilai"),
    ("Nadia, 27 tahun, karyawan swasta di Yogyakarta, mengaku kehilangan Rp 48 juta dalam dua pekan.",
     "kehilangan Rp 48 juta dalam dua pekan", "Nadia", "mengaku"),
    ("Kasat Reskrim itu tidak menutup kemungkinan ada tersangka baru dalam kasus ini.",
     "ada tersangka baru dalam kasus ini", None, "tidak menutup kemungkinan"),
    # a number's phrase after commas says who the subject is
    ("Para pemohon, 14 warga dari enam provinsi, mendalilkan masa jabatan delapan tahun bertentangan dengan UUD 1945.",
     "masa jabatan delapan tahun bertentangan dengan UUD 1945", "Para pemohon", "mendalilkan"),
    ("Dr. Rizal Effendi, S.H., M.H., penulis buku “Desa dalam Konstitusi”, memandang putusan itu mengembalikan bola ke DPR.",
     "putusan itu mengembalikan bola ke DPR", "Rizal Effendi", "memandang"),
    # estimates and what an outlet brings as news
    ("Ketua Walubi Jawa Timur Hartono Wijaya menaksir kerugian mencapai Rp150 juta.",
     "kerugian mencapai Rp150 juta", "Hartono Wijaya", "menaksir"),
    ("Harian Bild mengabarkan Mainz tengah menyiapkan kontrak baru untuk Sitompul.",
     "Mainz tengah menyiapkan kontrak baru untuk Sitompul", "Bild", "mengabarkan"),
    ("Kepala KPPU Kanwil III Fadli Bawazier memperkirakan kajian awal rampung dalam satu bulan.",
     "kajian awal rampung dalam satu bulan", "Fadli Bawazier", "memperkirakan"),
    # a body's noun, what kind, then its demonstrative ("bank sentral itu")
    ("Bank Indonesia menahan suku bunga acuan. Namun, bank sentral itu menegaskan akan menjaga stabilitas rupiah.",
     "akan menjaga stabilitas rupiah", "Bank Indonesia", "menegaskan"),
    # a body's noun, what kind, then its name, inside a sentence
    ("Menurut lembaga pemantau Assistance Association for Political Prisoners (AAPP), lebih dari 7.000 warga "
     "sipil tewas sejak kudeta.", "lebih dari 7.000 warga sipil tewas sejak kudeta",
     "Assistance Association for Political Prisoners", "Menurut"),
    ("Pada Oktober, badan cuaca Filipina PAGASA memperingatkan gelombang setinggi empat meter bisa terjadi.",
     "gelombang setinggi empat meter bisa terjadi", "PAGASA", "memperingatkan"),
    # a retired officer, described
    ("Sekretaris Fraksi Gerindra Mayjen TNI (Purn.) Agus Salim Harahap hadir. Menurut purnawirawan jenderal itu, "
     "substansi RUU sudah cukup matang.", "substansi RUU sudah cukup matang", "Agus Salim Harahap", "Menurut"),
    # a witness testifies to a clause; a coach regrets one
    ("Dalam sidang itu, bendahara desa Wonoharjo, Sri Utami, bersaksi bahwa ia kerap diminta mencairkan dana "
     "tanpa kuitansi.", "ia kerap diminta mencairkan dana tanpa kuitansi", "Sri Utami", "bersaksi"),
    ("Pelatih Persik, Marcelo Duarte, menyesalkan gol penyeimbang lahir dari salah umpan di lini belakang.",
     "gol penyeimbang lahir dari salah umpan di lini belakang", "Marcelo Duarte", "menyesalkan"),
]


@pytest.mark.parametrize("text, quote, speaker, cue", INDIRECT)
def test_indirect_quotes(extract, text, quote, speaker, cue):
    q = only(extract(text), text=quote)
    assert q["type"] == "indirect"
    assert (q["speaker"] or {}).get("name") == speaker
    assert q["cue"]["text"] == cue


def test_mixed_quote(extract):
    text = "Ia menyebut kebijakan itu “tidak masuk akal” dan harus segera dicabut pemerintah."
    q = only(extract("Budi Santoso hadir di rapat. " + text), type="mixed")
    assert q["text"] == "kebijakan itu “tidak masuk akal” dan harus segera dicabut pemerintah"
    assert q["speaker"]["name"] == "Budi Santoso"


@pytest.mark.parametrize("text, quote", [
    ('Gapki menyebut regulasi itu sebagai "tembok dagang berbaju hijau". Ekspor turun.',
     'regulasi itu sebagai "tembok dagang berbaju hijau"'),
    ("Koalisi menilai pemerintah lamban dan “tidak menempatkan pemulihan korban sebagai prioritas”.",
     "pemerintah lamban dan “tidak menempatkan pemulihan korban sebagai prioritas”"),
    ("Analis menilai keputusan BI kurang memberi “angin segar” bagi saham perbankan.",
     "keputusan BI kurang memberi “angin segar” bagi saham perbankan"),
    # the clause may open with the words in marks, its predicate after them
    ("Galih menyebut “hujan ekstrem di luar musim” makin sering terjadi dalam lima tahun terakhir.",
     "“hujan ekstrem di luar musim” makin sering terjadi dalam lima tahun terakhir"),
])
def test_words_in_marks_inside_an_indirect_clause_make_it_mixed(extract, text, quote):
    assert only(extract(text), text=quote)["type"] == "mixed"


@pytest.mark.parametrize("text", ['Ia mengatakan, "Godang hian do aek i," yang berarti airnya sangat besar.',
                                  'Ia menyebut, “Hujan ekstrem makin sering.”'])
def test_marks_after_a_comma_or_closed_by_their_own_stop_are_a_direct_quote(extract, text):
    assert [q["type"] for q in extract("Marta boru Sihombing (52) selamat dari banjir. " + text)["quotes"]] == ["direct"]


def test_a_body_acting_through_someone_names_that_person_for_later(extract):
    text = ("Kemarin, pemerintah melalui Wakil Menteri Dalam Negeri Teguh Santoso menegaskan jadwal pilkada tidak "
            'berubah.\n\n"Tidak ada penundaan, semua tahapan berjalan," kata Teguh.')
    assert quote_of(extract(text), "Tidak ada penundaan")["speaker"]["name"] == "Teguh Santoso"


def test_a_name_in_marks_one_is_known_by_is_no_quote(extract):
    text = ("Kapten Nusantara Vanguard, Dimas Arya Wicaksana, yang lebih dikenal dengan nama in-game ‘Draxx’, "
            "mengakui timnya kurang beruntung di zona terakhir.")
    assert [q["type"] for q in extract(text)["quotes"]] == ["indirect"]


def test_a_term_in_marks_a_noun_names_leaves_the_clause_indirect(extract):
    text = "Menteri menyebut program “Makan Bergizi Gratis” tetap berjalan tahun depan."
    assert only(extract(text), text="program “Makan Bergizi Gratis” tetap berjalan tahun depan")["type"] == "indirect"


def test_split_quote_is_two_quotes_with_one_speaker(extract):
    rec = extract('"Kami sudah siap," kata Andi Wijaya, "tapi cuaca buruk."')
    assert [q["text"] for q in rec["quotes"]] == ["Kami sudah siap", "tapi cuaca buruk"]
    assert {q["speaker"]["name"] for q in rec["quotes"]} == {"Andi Wijaya"}


def test_clitic_cue_resolves_to_previous_speaker(extract):
    text = ("Menteri Keuangan Sri Mulyani Indrawati hadir dalam rapat itu. Ia menyatakan defisit akan dijaga.\n\n"
            "“Kami akan disiplin,” ujarnya.")
    q = only(extract(text), type="direct")
    assert q["speaker"]["name"] == "Sri Mulyani Indrawati"
    assert q["speaker"]["mention"] == "ujarnya"


@pytest.mark.parametrize("text", [
    "Dilansir AFP, pasukan itu mundur dari kota tersebut pada Selasa malam.",
    "Menurut AFP, pasukan itu mundur dari kota tersebut pada Selasa malam.",
    "Kantor berita AFP melaporkan, pasukan itu mundur dari kota tersebut pada Selasa malam.",
    "Laporan AFP menyebut pasukan itu mundur dari kota tersebut pada Selasa malam.",  # (whose report)
    "Berdasarkan laporan AFP, pasukan itu mundur dari kota tersebut pada Selasa malam.",
])
def test_report_attribution_speaker_and_source_are_the_outlet(extract, text):
    q = only(extract(text), type="indirect")
    assert q["speaker"]["name"] == "AFP"
    assert [s["name"] for s in q["sources"]] == ["AFP"]


@pytest.mark.parametrize("when", ["Jumat (17/10/2025), ", "Senin, ", "Selasa malam, "])
def test_a_day_set_off_after_the_reporting_outlet_is_no_part_of_the_report(extract, when):
    text = f"Seperti dilaporkan ABC News, {when}hakim menjatuhkan denda kepada dua nakhoda asal Rote."
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"]) == ("hakim menjatuhkan denda kepada dua nakhoda asal Rote", "ABC News")


def test_a_relative_clause_of_one_passive_verb_before_the_predicate_keeps_a_report(extract):
    text = "Rupiah menguat. Reuters melaporkan 24 dari 31 ekonom yang disurvei memperkirakan BI menahan suku bunga."
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"]) == ("24 dari 31 ekonom yang disurvei memperkirakan BI menahan suku bunga", "Reuters")


def test_a_whispered_quote_has_its_cue(extract):
    text = 'Warga Desa Sondosia, Nurhayati (38), mengungsi. “Semoga tidak naik lagi airnya,” bisiknya.'
    q = only(extract(text), type="direct")
    assert (q["cue"]["lemma"], q["speaker"]["name"]) == ("bisik", "Nurhayati")


def test_a_source_phrase_after_a_fronted_cue_is_no_statement(extract):
    text = "« Semua personel kami kerahkan », ujar Marchal kepada wartawan di Nîmes, seperti dikutip AFP."
    rec = extract(text)
    assert [q["type"] for q in rec["quotes"]] == ["direct"]
    assert [s["name"] for s in rec["quotes"][0]["sources"]] == ["AFP"]


@pytest.mark.parametrize("text", [
    'Film "Ada Apa dengan Cinta" diputar lagi di bioskop.',              # a title
    'Koalisi yang disebut "gemuk" itu akhirnya pecah.',                  # a scare quote
    "Baca juga: Harga Cabai Naik, Pedagang Mengeluh",                    # a link
    "Sarkissian meminta bantuan kepada NATO untuk menyelesaikan konflik.",  # an act, no speech
    "Kapolres itu menjelaskan kronologi insiden tersebut.",              # an object, no content clause
    "Pemerintah melanjutkan program bantuan sosial itu.",                # ... nor here
    "Petugas mencatat identitas para penumpang.",                        # ... nor here
    "Pemerintah Provinsi DKI Jakarta berencana melanjutkan normalisasi kedua sungai itu tahun depan, yang "
    "berarti sekitar 1.900 kepala keluarga harus direlokasi.",           # what someone means to do
    'Wartawan sempat bertanya, "Apakah Anda akan mundur?"',              # the reporter's own question
    'Ketika seorang wartawan bertanya, "Apakah klub sudah menawar?", ia tersenyum.',  # ... by one of them
    # a name shaped like a verb ("Bermotor", "Mendagri", "Medan") is no predicate
    "Wulan menyoroti penutupan Hari Bebas Kendaraan Bermotor di ruas Jalan Pemuda pada Sabtu.",
    "Yohana menanggapi paparan Mendagri dengan nada lebih keras.",
    "Parlindungan membantah seluruh keterangan saksi.",                # what is denied: a noun phrase
    "Ia membantah tudingan yang dialamatkan kepadanya.",
    "Yusuf menekankan pentingnya tafsir bersyarat.",                     # the importance of something
    "Sementara itu, Kaouma kembali bersuara pada Rabu pagi.",           # when, not what
    "Dandim Heru Santosa mengatakan hal senada saat meninjau posko pengungsian, Senin siang.",  # the same thing
    # how one spoke: "berbicara" reports what only after "bahwa"
    "Lemoine berbicara dalam bahasa Prancis yang kemudian diterjemahkan oleh penerjemah tim ke bahasa Inggris.",
    # a cue in the subordinate clause that opens the sentence: the comma ends it, the main clause follows
    "Belum sempat Sugeng menjawab, kuasa hukum terdakwa itu langsung menyela dari kursinya.",
    "Saat Menteri Keuangan menjelaskan, sejumlah anggota dewan meninggalkan ruang rapat.",
    # ... and so it does after what the cue there reports
    "Saat hakim menanyakan sikapnya atas putusan, terdakwa berbisik kepada penasihat hukumnya.",
    "Meskipun pemerintah provinsi menekankan kapasitas tes terus meningkat, warga tetap harus disiplin.",
])
def test_not_quotes(extract, text):
    assert extract(text)["quotes"] == []


def test_inserted_headline_is_no_quote_and_no_antecedent(extract):
    text = ("Ketua DPR Puan Maharani tiba di lokasi.\n\nMenteri Budi Bicara Soal Harga\n\n"
            '"Kami sudah bekerja," ujarnya.')
    q = only(extract(text), type="direct")
    assert q["speaker"] is None or q["speaker"]["name"] != "Menteri Budi Bicara Soal Harga"


def test_publisher_asking_is_no_quote(extract):
    text = "JAKARTA, KOMPAS - Kompas menanyakan sikap DPRD terkait pemeriksaan yang tidak kunjung dilakukan."
    assert extract(text)["quotes"] == []


def test_a_noun_like_a_cue_before_marks_is_no_cue(extract):
    text = "Penelusuran menghasilkan 312 unggahan dengan kata kunci ”pupuk subsidi langka”, sebagian besar keluhan."
    assert extract(text)["quotes"] == []


def test_a_quote_paragraph_after_a_reported_statement_is_its_speakers(extract):
    text = ("Ketua Komisi II DPRD, Hartawan Sulistyo, menyatakan pihaknya siap menerima usulan warga.\n\n"
            "“Silakan datang ke kantor kami kapan saja. Kami akan membahasnya bersama.”\n\n"
            "Rapat berikutnya dijadwalkan pekan depan.")
    q = only(extract(text), type="direct")
    assert q["speaker"]["name"] == "Hartawan Sulistyo" and q["cue"]["text"] == "menyatakan"


def test_a_verdict_read_out_is_the_readers_quote(extract):
    text = ("“Menolak permohonan para pemohon untuk seluruhnya.” Amar putusan itu dibacakan Ketua Majelis "
            "Hakim Andreas Siregar di ruang sidang utama, Kamis (3/7/2025).")
    q = only(extract(text), type="direct")
    assert q["speaker"]["name"] == "Andreas Siregar" and q["cue"]["text"] == "dibacakan"


def test_begitu_kata_after_a_quote_names_its_speaker(extract):
    text = ('Kuasa hukum terdakwa, Bonifasius Sitorus, menolak putusan itu. "Kami punya kuitansinya dan sudah '
            'kami tunjukkan di persidangan." Begitu kata Bonifasius.')
    q = only(extract(text), type="direct")
    assert (q["speaker"]["name"], q["cue"]["text"]) == ("Bonifasius Sitorus", "Begitu kata")


def test_a_quote_left_unclosed_ends_at_its_cue(extract):
    text = ('"Ini kampus negeri, bukan kampus elite," kata Rafael Ginting dalam orasinya.\n\n'
            '"Kami tidak akan pulang sebelum rektor keluar menemui kami, seru Rafael dari atas mobil komando, '
            "disambut sorakan massa.")
    q = extract(text)["quotes"][-1]
    assert (q["text"], q["cue"]["text"], q["speaker"]["name"]) == (
        "Kami tidak akan pulang sebelum rektor keluar menemui kami", "seru", "Rafael Ginting")


def test_a_quote_left_unclosed_ends_at_its_cue_before_a_pronoun(extract):
    text = ("Seorang nelayan lain mengaku pernah ditawari uang.\n\n"
            "“Saya tolak. Laut ini bukan untuk dijual, kata dia sambil menunjuk spanduk.")
    q = extract(text)["quotes"][-1]
    assert (q["text"], q["cue"]["text"]) == ("Saya tolak. Laut ini bukan untuk dijual", "kata")


def test_two_statements_joined_by_tetapi_are_two_quotes_of_one_speaker(extract):
    text = ("Sergei Bondarenko, wakil juru bicara Kremlin, mengatakan Moskwa menghargai upaya mediasi Ankara, "
            "tetapi menilai belum ada dasar bagi perundingan langsung.")
    assert [(q["text"], q["cue"]["text"]) for q in extract(text)["quotes"]] == [
        ("Moskwa menghargai upaya mediasi Ankara", "mengatakan"),
        ("belum ada dasar bagi perundingan langsung", "menilai")]


def test_two_statements_joined_by_dan_are_two_quotes_of_one_speaker(extract):
    text = ("Juru bicara kementerian itu, Claire Dubois, menyebut peluncuran itu provokasi yang tidak "
            "bertanggung jawab dan meminta Beijing menggunakan pengaruhnya terhadap Pyongyang.")
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["cue"]["text"], q["speaker"]["name"]) for q in quotes] == [
        ("peluncuran itu provokasi yang tidak bertanggung jawab", "menyebut", "Claire Dubois"),
        ("Beijing menggunakan pengaruhnya terhadap Pyongyang", "meminta", "Claire Dubois")]



@pytest.mark.parametrize("clause", [
    "kliennya akan kooperatif, tetapi membantah pernah menerima uang dari rekanan",
    "pihaknya telah menetapkan status siaga dan meminta seluruh puskesmas membuka layanan 24 jam",
    "fraksinya akan hadir dan menyampaikan pandangan secara utuh",
])
def test_a_clause_whose_subject_is_the_speakers_own_side_keeps_the_verb_coordinated_after_it(extract, clause):
    quotes = extract(f"Kuasa hukum itu, Benny Lumban Gaol, menyatakan {clause}.")["quotes"]
    assert [(q["text"], q["cue"]["text"]) for q in quotes] == [(clause, "menyatakan")]

@pytest.mark.parametrize("channel", ["pernyataan resmi", "keterangan tertulis", "pernyataan"])
def test_demikian_bunyi_names_the_body_after_its_channel(extract, channel):
    text = ("Kementerian Perhubungan menerima laporan itu. “Penetapan tarif merupakan kewenangan operator,” "
            f"demikian bunyi {channel} kementerian itu.")
    sp = only(extract(text), type="direct")["speaker"]
    assert (sp["name"], sp["kind"]) == ("Kementerian Perhubungan", "organization")


@pytest.mark.parametrize("verb", ["bercerita", "berkisah", "berseloroh", "berkelakar", "bertutur",
                                  "bersikukuh", "bersikeras", "menimpali", "menyahut"])
def test_verbs_of_telling_with_ber(extract, verb):
    text = f"Yoga {verb}, dalam sehari ia bisa menghabiskan 15 liter bensin untuk mengojek."
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"], q["cue"]["text"]) == (
        "dalam sehari ia bisa menghabiskan 15 liter bensin untuk mengojek", "Yoga", verb)


def test_a_subject_opening_with_a_joined_particle_is_no_report_attribution(extract):
    text = ("Menteri Sumber Daya Air Irak Abdul Karim al-Saadi hadir.\n\n"
            "Dalam wawancara dengan Al Jazeera, al-Saadi mengungkapkan cadangan air hanya tersisa 8 persen.")
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("Abdul Karim al-Saadi", ["Al Jazeera"])


@pytest.mark.parametrize("text", [
    "Dilansir The Guardian, sejumlah perusahaan teknologi meminta Komisi Eropa menunda aturan itu.",
    "Kantor berita Reuters melaporkan, sejumlah pembeli di Eropa mulai meminta bukti asal-usul sawit.",
    "Financial Times melaporkan, sejumlah negara anggota mendorong Komisi Eropa bersikap lebih keras.",
    "Seperti dilansir Reuters, sejumlah produsen rokok mencatat penurunan penjualan sepanjang semester pertama.",
])
def test_an_unnamed_groups_request_or_act_is_what_the_outlet_reports(extract, text):
    q = only(extract(text), type="indirect")
    assert q["text"].startswith("sejumlah ")
    assert q["speaker"]["kind"] == "organization" and q["speaker"]["name"] in ("The Guardian", "Reuters", "Financial Times")


@pytest.mark.parametrize("verb", ["menilai", "mengakui", "memperkirakan"])
def test_an_unnamed_groups_speech_after_a_report_is_theirs(extract, verb):
    text = f"Dilansir Reuters, sejumlah pejabat bank sentral {verb} pelemahan yen akan berlangsung lama."
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("sejumlah pejabat bank sentral", ["Reuters"])


@pytest.mark.parametrize("text, handle", [
    ("Unggahan itu dibanjiri komentar. ‘Kesehatanmu lebih penting dari algoritma, Kak,’ tulis akun @nadyapermata_.",
     "@nadyapermata_"),
    ('"Sama persis, Kak. Aku transfer 9 juta bulan Mei," balas pengguna @bayukrn_.', "@bayukrn_"),
    ('"Masjid di dekat rumahku juga, Min," tulis warganet @dewisekar.a.', "@dewisekar.a"),
    ("Pengguna lain, @mamah.zidan, menulis ia sudah kehilangan Rp22 juta untuk dua unit ponsel.", "@mamah.zidan"),
    ("Akun Instagram @infojogja_terkini dalam unggahannya menulis, lima masjid lain di Sleman mengalami kejadian "
     "yang sama.", "@infojogja_terkini"),
])
def test_an_account_is_who_wrote_its_post_by_its_handle(extract, text, handle):
    assert only(extract(text))["speaker"]["name"] == handle


def test_akun_tersebut_is_the_handle_written_last_before(extract):
    text = ("Kebocoran itu diungkap akun X @secintel_id. Akun tersebut mengunggah tangkapan layar iklan penjualan "
            'data. "Sampel yang dibagikan penjual cocok dengan format data aplikasi itu," tulis akun tersebut, Sabtu.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "@secintel_id"


def test_a_bodys_handle_set_off_is_no_speaker_of_its_own(extract):
    text = "KBRI Tokyo melalui akun resminya, @kbritokyo, mengimbau warga tetap tenang."
    assert only(extract(text))["speaker"]["name"] == "KBRI Tokyo"


def test_a_portal_reports(extract):
    text = "Moura adalah penyerang asal Brasil. Portal UOL Esporte melaporkan, Moura mencetak 11 gol dalam 18 laga musim lalu."
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("UOL Esporte", ["UOL Esporte"])


def test_an_outlet_edition_reports(extract):
    text = "Majalah Tempo edisi 27 Oktober 2025 melaporkan, sebagian uang suap diduga mengalir ke kampanye."
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Tempo"


@pytest.mark.parametrize("cue", ["demikian bunyi pernyataan itu", "bunyi pernyataan tersebut"])
def test_demikian_bunyi_pernyataan_itu_is_the_statement_told_of_before(extract, cue):
    text = ("Kantor Perdana Menteri Israel dalam pernyataan tertulis menegaskan Hamas yang terus mengubah tuntutannya. "
            f'"Israel tidak akan menyetujui kesepakatan itu," {cue}.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Kantor Perdana Menteri Israel"


@pytest.mark.parametrize("noun", ["pengakuan", "penjelasan"])
def test_demikian_pengakuan_names_who_said_the_quote_before_it(extract, noun):
    text = ('Kupang - "Yang paling tahu laut itu nelayan," ujar Abraham Mooy.\n\n"Saya sudah tiga kali ditangkap di '
            f'sana. Perahu hilang, utang tetap jalan." Demikian {noun} Ismail Lamma (58), nelayan Oesapa.')
    assert quote_of(extract(text), "Saya sudah tiga kali")["speaker"]["name"] == "Ismail Lamma"


def test_demikian_bunyi_in_a_paragraph_of_its_own_is_the_statement_told_of_in_the_one_before(extract):
    text = ("Dalam siaran pers yang diterima redaksi, Kementerian Perdagangan menyebutkan impor gula dilakukan "
            "untuk menjaga harga menjelang Lebaran.\n\n"
            '"Impor ini bersifat sementara dan akan dievaluasi setiap bulan," demikian bunyi siaran pers tersebut.')
    assert only(extract(text), type="direct")["speaker"]["name"] == "Kementerian Perdagangan"


def test_a_date_before_a_subject_with_a_list_in_its_title_is_no_part_of_it(extract):
    text = ("Mengutip NOS, Rabu, 19 November 2025, Menteri Pendidikan, Kebudayaan, dan Ilmu Pengetahuan Belanda "
            "Pieter van der Heijden menyatakan seluruh benda itu diperoleh secara tidak sah.")
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("Pieter van der Heijden", ["NOS"])


@pytest.mark.parametrize("text", [
    "Dinas Pertanian lalu menjawab masalah itu, salah satunya, dengan pelatihan kebun gizi di halaman sekolah.",
    "Pengamat tata kota Fajar Nugrahadi mengkritik kebijakan Pemkot Cimahi yang mengizinkan pasar malam buka "
    "kembali di tengah angka kasus demam berdarah yang terus naik.",
])
def test_a_topic_noun_after_an_object_prone_verb_is_no_claim(extract, text):
    assert of_type(extract(text), "indirect") == []


@pytest.mark.parametrize("text, claims", [
    ("Fatimah, guru SD Negeri 1 Hirit, menyebut soal dan perlengkapan ujian masih tertahan di Pelabuhan Tual.", True),
    ("Fatimah, guru SD Negeri 1 Hirit, menyebut soal perlengkapan ujian yang masih tertahan di Pelabuhan Tual.", False),
])
def test_soal_listed_with_another_noun_is_the_noun_not_about(extract, text, claims):
    assert bool(of_type(extract(text), "indirect")) is claims


@pytest.mark.parametrize("text, content", [
    ("Andika juga mengingatkan para distributor lain di Sumsel agar tidak menghalangi penyidikan.",
     "tidak menghalangi penyidikan"),
    ("Budi mengimbau masyarakat supaya tetap tenang menghadapi banjir.", "tetap tenang menghadapi banjir"),
    # (a clause before "agar" is what is said, and "agar" is part of it)
    ("Budi meminta pemerintah segera turun tangan agar harga stabil.", "pemerintah segera turun tangan agar harga stabil"),
    # (and whom a claim is made to, before "bahwa")
    ("Ketua PHDI Bali mengingatkan umat bahwa inti perayaan Nyepi adalah pengendalian diri.",
     "inti perayaan Nyepi adalah pengendalian diri"),
])
def test_whom_a_request_is_made_of_is_no_part_of_what_is_asked(extract, text, content):
    assert only(extract(text), type="indirect")["text"] == content


def test_a_topic_noun_with_a_predicate_is_a_claim(extract):
    text = "Menteri itu mengungkapkan rencana pemindahan ibu kota akan ditunda hingga tahun depan."
    assert only(extract(text), type="indirect")["text"] == "rencana pemindahan ibu kota akan ditunda hingga tahun depan"


@pytest.mark.parametrize("text", [
    "Perludem juga menyoroti istilah ”efisiensi demokrasi” yang belakangan ramai dipakai sejumlah politikus.",
    "Teguh juga menanggapi istilah «bom waktu» yang dilontarkan Mashuri.",
    "Hendra juga menyoroti jargon ”pilkada murah” yang kerap diusung para legislator.",
    "Ia menilai kampanye “Bangga Buatan Indonesia” tidak akan cukup tanpa harga yang kompetitif.",
    # (a nickname after the word that gives it)
    'Menurut pria yang akrab disapa "Om Ten" itu, petugas langsung menahan perahunya.',
    "Pemain yang dijuluki “Si Kancil” itu mengaku siap bertanding.",
])
def test_a_term_in_marks_after_a_noun_naming_it_is_no_quote(extract, text):
    assert of_type(extract(text), "direct") == []


@pytest.mark.parametrize("mark", ['"'])
def test_a_name_in_marks_inside_a_sentence_is_no_quote_of_the_verb_after_it(extract, mark):
    text = (f"Terdakwa kasus arisan bodong, Nurhaliza alias Lisa (34), buka suara. Di hadapan hakim, perempuan yang "
            f"mengelola grup arisan {mark}Lisa Berkah{mark} di WhatsApp itu mengakui uang peserta baru dipakai untuk "
            f"membayar peserta lama.")
    found = extract(text)
    assert of_type(found, "direct") == []
    assert only(found, type="indirect")["speaker"]["name"] == "Nurhaliza"



@pytest.mark.parametrize("text", [
    "Warga kini berjaga sendiri. Kelompok Tani Ternak “Sumber Rezeki” menyatakan anggotanya akan bergiliran menginap.",
    "Dalam utas itu, penjual yang memakai nama samaran ”Kal0ng” mengklaim data itu diambil dari server perusahaan.",
    # (the verb's object is no report whose maker speaks: not Tokoria)
    "Dalam utas itu, penjual yang memakai nama samaran ”Kal0ng” mengklaim data itu diambil dari server Tokoria.",
])
def test_a_name_in_marks_right_before_a_verb_with_no_speaker_after_it_is_no_quote(extract, text):
    assert of_type(extract(text), "direct") == []


def test_a_quote_inside_a_sentence_before_its_cue_and_speaker_is_still_one(extract):
    text = 'Ia menyebut "Jangan Takut Lapor," kata Budi.'
    assert only(extract(text), type="direct")["speaker"]["name"] == "Budi"

def test_a_quote_after_a_word_that_names_no_term_is_still_one(extract):
    text = 'Ia menyebut program itu gagal. Teguh menegaskan, "Program ini harus dievaluasi," kata dia.'
    assert only(extract(text), type="direct")["text"] == "Program ini harus dievaluasi"


@pytest.mark.parametrize("text, quoted", [
    ("Sebagai bantalan, BI mencatat posisi cadangan devisa pada akhir Februari 2025 sebesar US$154,5 miliar, "
     "setara pembiayaan 6,6 bulan impor.", False),   # a figure recorded
    ("BPS mencatat inflasi tahunan pada Oktober 2025 mencapai 2,87 persen, tertinggi dalam sepuluh bulan.", True),
    # a count recorded, and what the writer adds of it after a comma
    ("Dinas Kesehatan Provinsi Papua mencatat 48.312 kasus malaria sepanjang Januari hingga Juni 2025, naik "
     "sekitar 18 persen dibanding periode yang sama tahun lalu.", False),
    ("BPS mencatat neraca perdagangan pada September 2024 surplus 3,26 miliar dollar AS, melanjutkan tren surplus "
     "selama 53 bulan.", True),
])
def test_mencatat_reports_a_claim_only_with_a_predicate(extract, text, quoted):
    assert bool(of_type(extract(text), "indirect")) == quoted


@pytest.mark.parametrize("text, quoted", [
    ("Tim hukum pasangan calon itu melaporkan Rahmat Sitompul ke Badan Pengawas Pemilu Kota Tarakan.", False),
    ("Tim kampanye pasangan nomor urut 2 melaporkan pemasukan sumbangan sebesar Rp 316 juta.", False),
    ("Kepala Dinas Kesehatan melaporkan dua warga meninggal akibat demam berdarah pekan ini.", True),
    # (an apposition set off by commas before the predicate: "yakni", "yaitu")
    ("Goal melaporkan dua klub Premier League, yakni Brentford dan Fulham, telah mengirim pemandu bakat.", True),
    ("Kepala Dinas Kesehatan melaporkan dua warga, yaitu Budi dan Sari, pekan ini.", False),
])
def test_melaporkan_reports_a_claim_only_with_a_predicate(extract, text, quoted):
    # someone reported to an authority, a sum reported: acts, not statements
    assert bool(of_type(extract(text), "indirect")) == quoted


@pytest.mark.parametrize("text, quoted", [
    ("Ketua serikat itu menolak sejumlah pasal baru.", False),          # "baru" after a noun: new
    ("Budi menolak pasal baru itu.", False),
    ("Kepala Bappeda Yusuf menyebut penyerapan anggaran baru 30 persen.", True),   # "baru": only
])
def test_baru_at_the_end_of_a_noun_phrase_is_no_predicate(extract, text, quoted):
    assert bool(of_type(extract(text), "indirect")) == quoted


@pytest.mark.parametrize("text, quoted", [
    ("Pengamat politik Listyani Wardhani menyayangkan perseteruan terbuka itu.", False),
    ("Warga menyayangkan pupuk bersubsidi yang datang terlambat.", False),
    ("Listyani menyayangkan perseteruan itu terbuka di depan publik.", True),
])
def test_a_ber_or_ter_word_that_closes_a_noun_phrase_is_no_predicate(extract, text, quoted):
    assert bool(of_type(extract(text), "indirect")) == quoted


@pytest.mark.parametrize("text, quoted", [
    ("AKBP Darwin Simatupang enggan menjawab saat ditanya tentang dugaan aliran dana ke pejabat dinas.", False),
    ("Abdian menambahkan, sebelum berangkat, seluruh penumpang diwajibkan melampirkan surat keterangan sehat.", True),
    ("Ningsih mengakui omzet warungnya turun tajam sejak harga cabai melonjak.", True),   # "turun" is a predicate
])
def test_when_is_no_claim_but_what_follows_it_is(extract, text, quoted):
    assert bool(of_type(extract(text), "indirect")) == quoted


@pytest.mark.parametrize("who", ["terdakwa", "tersangka", "terlapor"])
def test_nouns_shaped_like_ter_verbs_are_who_a_request_names(extract, who):
    text = f"Hakim ketua Agustinus Lewar meminta {who} dan kuasa hukumnya menyiapkan pleidoi secara tertulis."
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"]) == (f"{who} dan kuasa hukumnya menyiapkan pleidoi secara tertulis",
                                                 "Agustinus Lewar")


@pytest.mark.parametrize("text, quoted", [
    ('"Dana desa tidak pernah dibagikan," kata seorang warga Blang Krueng Dua yang meminta namanya tidak ditulis.',
     False),
    ("Hal serupa ditegaskan ahli gizi Ratna Widyasari, yang mengatakan menu makan siang sekolah wajib diuji berkala.",
     True),   # a verb of saying in a relative clause still reports
])
def test_a_request_in_a_relative_clause_describes_its_asker(extract, text, quoted):
    assert bool(of_type(extract(text), "indirect")) == quoted


@pytest.mark.parametrize("clause", [
    "rob di pesisir makin tinggi setiap tahun",          # makin, kian: a predicate without a verb
    "Denpasar kehilangan 40 hektare sawah setiap tahun",  # ke-...-an verbs (kehilangan, kekurangan)
])
def test_a_clause_whose_predicate_is_no_verb_is_reported(extract, clause):
    text = f"Nelayan itu kesal. Padahal, menurut Sapari, {clause}."
    assert only(extract(text), type="indirect")["text"] == clause


def test_an_opening_mark_glued_after_the_cues_comma(extract):
    q = only(extract('Markus mengatakan,"Frekuensi adalah segalanya."'), type="direct")
    assert (q["text"], q["speaker"]["name"]) == ("Frekuensi adalah segalanya", "Markus")


@pytest.mark.parametrize("text, speaker", [
    ("Jaksa Yohanes de Rozari juga menuntut Marselinus membayar uang pengganti Rp 1,1 miliar.", "Yohanes de Rozari"),
    ("Kuasa hukumnya, Petrus Wukak, beralasan kliennya hanya menjalankan perintah atasan.", "Petrus Wukak"),
])
def test_a_demand_and_a_reason_are_reported(extract, text, speaker):
    assert only(extract(text), type="indirect")["speaker"]["name"] == speaker


def test_a_derived_noun_with_a_demonstrative_is_no_speaker(extract):
    # "beralasan" is also "well-founded": said of a worry, it reports no one
    text = ("Aldy Mulyana (25) khawatir datanya bocor. Kecemasan ini beralasan karena datanya pernah "
            "ketahuan bocor di sebuah situs.")
    assert [q for q in extract(text)["quotes"] if q["cue"] and q["cue"]["text"] == "beralasan"] == []


def test_a_time_after_a_demonstrative_does_not_make_a_clause_an_object(extract):
    text = ("BPS Sumut melaporkan inflasi tahunan provinsi itu pada Oktober 2025 mencapai 2,87 persen.")
    assert only(extract(text), type="indirect")["text"] == (
        "inflasi tahunan provinsi itu pada Oktober 2025 mencapai 2,87 persen")


def test_demikian_and_a_name_after_a_quote(extract):
    q = only(extract('"Angka 7,5 persen itu bukan angka yang jatuh dari langit," demikian Bambang '
                     'dalam keterangan tertulisnya.'), type="direct")
    assert (q["cue"]["text"], q["speaker"]["name"]) == ("demikian", "Bambang")


def test_menurut_an_agency_named_by_what_it_is(extract):
    q = only(extract("Sementara itu, menurut kantor berita Xinhua, otoritas Provinsi Zhejiang telah "
                     "mengevakuasi sekitar 46.000 warga."), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("Xinhua", ["Xinhua"])


def test_a_cue_inside_reported_content_is_part_of_it(extract):
    text = "Ekonom Kenji Watanabe menilai pasar terlalu cepat berharap pada pelonggaran moneter, seperti dilansir Reuters."
    rec = extract(text)
    assert [q["text"] for q in rec["quotes"]] == ["pasar terlalu cepat berharap pada pelonggaran moneter"]


def test_initials_do_not_end_a_sentence(extract):
    text = ("Manajemen PSM menyatakan Stadion Gelora B.J. Habibie akan kembali dibuka penuh untuk suporter "
            "pada laga berikutnya.")
    assert only(extract(text), type="indirect")["text"].endswith("pada laga berikutnya")


def test_the_body_a_government_acts_through_is_the_speaker(extract):
    text = ("Pemerintah melalui Kementerian Dalam Negeri (Kemendagri) mengusulkan ambang batas pencalonan "
            "diturunkan menjadi 7,5 persen.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == "Kementerian Dalam Negeri"


@pytest.mark.parametrize("body", ["Pemerintah Kabupaten Sleman", "PSSI"])
def test_a_body_named_in_full_speaks_through_its_office(extract, body):
    text = (f"{body} melalui Dinas Lingkungan Hidup menyatakan akan mengevaluasi izin seluruh tambang "
            "pasir di lereng Merapi.")
    assert only(extract(text), type="indirect")["speaker"]["name"] == body


def test_a_request_to_people_described_by_a_relative_clause(extract):
    q = only(extract("Kaplan meminta warga yang mengungsi tidak kembali ke rumah sebelum ada pemberitahuan resmi."),
             type="indirect")
    assert q["text"] == "warga yang mengungsi tidak kembali ke rumah sebelum ada pemberitahuan resmi"


def test_an_office_opened_by_a_place_noun_speaks(extract):
    q = only(extract("Sementara itu, Stasiun Klimatologi NTT memperkirakan musim hujan baru akan dimulai pada "
                     "akhir Desember."), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == ("Stasiun Klimatologi NTT", "organization")


@pytest.mark.parametrize("brand", ["detikcom", "kumparan"])
def test_the_publishers_question_under_a_lower_case_brand_is_no_quote(extract, brand):
    text = f'Nurhayati Ramli menata lapaknya. "Ibu masih mau datang ke kampanye?" tanya {brand}.'
    assert extract(text, publisher=brand)["quotes"] == []


def test_a_reporters_question_does_not_hide_the_answer_after_it(extract):
    text = ("Ketika seorang wartawan menyinggung ketajaman Frans yang bisa mengantar Persebaya juara, ia justru "
            "menegaskan bahwa perburuan gelar masih panjang.")
    assert [q["text"] for q in extract(text)["quotes"]] == ["perburuan gelar masih panjang"]


@pytest.mark.parametrize("text, quoted", [
    ("Ia mencontohkan sejumlah kebocoran data di lembaga pemerintah yang tak pernah jelas penyelesaiannya.", False),
    ("Andi Rusdi juga sudah menyampaikan keberatannya langsung kepada Simanjuntak dalam rapat internal.", False),
    ("Menteri itu menjawab dengan nada diplomatis.", False),
    ("Santika menyampaikan, pengadaan alat penjernih air dalam proses pengujian terkait kapasitas saringannya.", True),
    ("Hiroshi Tanabe juga menyinggung hubungan dengan Beijing yang memanas dalam beberapa pekan terakhir.", False),
    ("Hiroshi Tanabe juga menyinggung pemerintah belum menepati janji.", True),
    # (a verb made a noun by -nya names what is spoken of, unless a predicate follows it)
    ("Komisi XI DPR menyoroti meningkatnya kredit macet pinjaman daring di kalangan anak muda.", False),
    ("Warga Kepulauan Banda mengeluhkan berkurangnya jadwal kapal penumpang yang singgah di Banda Neira.", False),
    ("Komisi XI DPR menyoroti meningkatnya kredit macet menjadi ancaman bagi perbankan.", True),
])
def test_a_topic_verb_reports_a_claim_only_with_a_predicate_of_its_own(extract, text, quoted):
    assert bool(of_type(extract(text), "indirect")) is quoted


def test_a_coordinated_request_verb_needs_a_request(extract):
    text = ("Kepala Kejari Belu Alfons de Fretes mengatakan penahanan dilakukan setelah penyidik memeriksa "
            "23 saksi dan meminta audit dari Inspektorat Kabupaten Belu.")
    assert [q["cue"]["text"] for q in extract(text)["quotes"]] == ["mengatakan"]


@pytest.mark.parametrize("subject", ["Petani tambak", "Warga", "Nelayan setempat"])
def test_people_named_by_what_they_are_open_a_sentence_as_speakers(extract, subject):
    q = only(extract(f"{subject} memperkirakan kerugian mencapai ratusan juta rupiah."), type="indirect")
    assert (q["speaker"]["mention"], q["speaker"]["name"]) == (subject, subject)


def test_an_adverb_after_a_bare_role_noun_is_no_part_of_the_speaker(extract):
    text = "Korban kemudian menyampaikan pesan singkat itu hanya gurauan dan merupakan salah paham."
    assert [q["speaker"]["mention"] for q in extract(text)["quotes"]] != ["Korban kemudian"]


def test_a_verb_whose_subject_is_inside_a_reported_clause_continues_it(extract):
    text = ("Adapun Xinhua melaporkan, Beijing menyambut baik dimulainya kembali perundingan dan mendesak semua "
            "pihak menahan diri.")
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"]) == (
        "Beijing menyambut baik dimulainya kembali perundingan dan mendesak semua pihak menahan diri", "Xinhua")


def test_memprakirakan_reports_a_forecast(extract):
    text = "Prakirawan BMKG Retno Anggraini memprakirakan rob masih akan terjadi hingga Sabtu seiring fase bulan baru."
    assert only(extract(text), type="indirect")["cue"]["text"] == "memprakirakan"


@pytest.mark.parametrize("text, quoted", [
    ("Ketua KPU Kota Ambon Hendrik Latupeirissa memaparkan tiga skema tambahan anggaran dengan asumsi logistik berbeda.",
     False),
    ("Pemerintah menjawab keluhan semacam itu dengan memperluas program bantuan.", False),
    ("Ketua KPU Kota Ambon Hendrik Latupeirissa memaparkan anggaran tambahan dibutuhkan dengan asumsi logistik berbeda.",
     True),
])
def test_a_predicate_after_dengan_makes_no_claim_for_a_verb_that_needs_one(extract, text, quoted):
    assert bool(of_type(extract(text), "indirect")) == quoted


def test_a_place_after_a_place_in_a_description_is_no_speaker(extract):
    text = ("Heru Prasetyo (44), warga Kalurahan Sinduadi, Mlati, mengatakan anaknya gagal masuk SMP negeri "
            "meski rumahnya dekat.")
    sp = only(extract(text), type="indirect")["speaker"]
    assert (sp["mention"], sp["name"]) == ("Heru Prasetyo", "Heru Prasetyo")


@pytest.mark.parametrize("text", [
    "Menurut Reuters, pasukan itu mundur dari kota tersebut.",
    "Rudianto mengakui, sesekali kerabatnya datang ke bengkel tempatnya bekerja.",
    "Wahyudi mengatakan, setelah tiba di Makassar Anton Sabaruddin akan diserahkan ke kejaksaan.",
])
def test_a_short_clause_with_a_root_verb_is_reported(extract, text):
    assert len(of_type(extract(text), "indirect")) == 1


def test_a_time_clause_alone_says_when_not_what(extract):
    assert of_type(extract("Budi berbicara saat tiba di bandara."), "indirect") == []


@pytest.mark.parametrize("text", [
    'Rahayu, dalam diskusi daring bertajuk "Sekolah Aman di Musim Hujan", Kamis (14/11), mengatakan pelatihan itu belum cukup.',
    'Dalam ceramahnya yang bertema "Ramadan Bulan Berbagi", Syarifuddin menyampaikan pesan kepedulian.',
    'Terawan dalam artikel "Menkes Beri Penghargaan Kota Sehat", mengatakan penghargaan diberikan tiap tahun.',
])
def test_a_title_in_marks_after_its_noun_is_no_quote(extract, text):
    assert of_type(extract(text), "direct") == []


def test_a_quote_after_a_sentence_that_ends_with_a_term_noun_is_one(extract):
    text = 'LOKET bergerak di bidang manajemen acara. "Acara musik paling banyak digelar," kata Ario.'
    assert only(extract(text), type="direct")["speaker"]["name"] == "Ario"


def test_a_reporters_question_after_a_subordinate_clause_is_no_quote_and_the_answer_after_an_adverb_is(extract):
    text = ('Rusdi Hamzah hanya tersenyum ketika seorang wartawan bertanya, "Apakah Bapak akan mengembalikan kerugian '
            'negara?" Ia lalu berkata pendek, "Saya serahkan kepada majelis," sebelum masuk ke mobil tahanan.')
    q = only(extract(text), type="direct")
    assert (q["text"], q["speaker"]["name"]) == ("Saya serahkan kepada majelis", "Rusdi Hamzah")


@pytest.mark.parametrize("text, quoted", [
    ("Kalangan pegiat lingkungan mendorong agar izin tambang pasir dievaluasi tahun depan.", True),
    ("Lembaga itu juga merekomendasikan agar permukiman di bawah tebing tidak lagi dihuni.", True),
    ("Rusdi, yang duduk di kursi terdakwa, beberapa kali menunduk dan mencatat sesuatu di buku kecil selama "
     "tuntutan dibacakan hampir dua jam.", False),
])
def test_requests_that_urge_and_recommend_and_a_time_clause_that_holds_no_claim(extract, text, quoted):
    assert bool(of_type(extract(text), "indirect")) == quoted


@pytest.mark.parametrize("text, content", [
    ("Andi Saputra (34) tertahan enam jam di Merak. Katanya, tahun lalu ia hanya butuh dua jam dari Bekasi.",
     "tahun lalu ia hanya butuh dua jam dari Bekasi"),
    ("Marlina menyebut longsor meluas. Sejauh ini, katanya, timnya telah menandai lereng yang rawan.",
     "timnya telah menandai lereng yang rawan"),
    ("Wardana menghitung stok bambu. Jelasnya, bambu tidak lagi tertumpuk di halaman pabrik.", None),  # "in short"
])
def test_a_clitic_cue_before_its_clause(extract, text, content):
    fronted = [q["text"] for q in of_type(extract(text), "indirect") if q["cue"]["text"].endswith("nya")]
    assert fronted == ([content] if content else [])


@pytest.mark.parametrize("gesture, speaker", [
    ("Kevin tersenyum.", "Kevin Mamahit"),              # what the person did, just before the quote
    ("Kevin tak terpancing.", "Kevin Mamahit"),
    ("Warga terdiam.", "Darmawan Setiaji"),             # no one named: the quote goes on the speaker's
    # (a longer sentence, up to twelve words: whom the person praised, named after a comma)
    ("Kevin secara khusus memuji penampilan kiper muda Persija, Teguh Raihan.", "Kevin Mamahit"),
])
def test_a_quote_without_a_cue_after_a_short_sentence_of_what_someone_did(extract, gesture, speaker):
    text = ("Manajer Persija Darmawan Setiaji dan striker Persib Kevin Mamahit hadir dalam diskusi itu.\n\n"
            "“Persib terlalu lelah untuk menang,” kata Darmawan. "
            f"{gesture} “Itu bukan alasan untuk kalah di kandang lawan.”")
    q = quote_of(extract(text), "Itu bukan alasan")
    assert q["speaker"]["name"] == speaker


def test_a_quote_with_no_cue_after_a_question_put_to_someone_is_the_answer(extract):
    text = ("Jaksa KPK Andika Pratama memeriksa saksi Sri Wahyuni.\n\n"
            "“Apakah saudara pernah menerima uang?” tanya Andika.\n\n"
            "“Pernah, Pak. Dua kali,” jawab Sri.\n\n"
            "“Berapa jumlahnya?” cecar Andika.\n\n"
            "“Yang pertama Rp 50 juta, yang kedua Rp 25 juta.”")
    rec = extract(text)
    assert quote_of(rec, "Berapa jumlahnya")["speaker"]["name"] == "Andika Pratama"  # "cecar": pressed
    assert quote_of(rec, "Yang pertama")["speaker"]["name"] == "Sri Wahyuni"


def test_a_title_in_marks_after_where_it_was_said_is_no_quote(extract):
    text = "“Tenun ikat warisan yang harus dirawat,” tuturnya dalam seminar daring ”Merawat Tenun Nusantara”, Sabtu."
    assert [q["text"] for q in extract(text)["quotes"]] == ["Tenun ikat warisan yang harus dirawat"]


@pytest.mark.parametrize("told", ["kepada kantor berita tersebut", "kepada Kontan.co.id bahwa"])
def test_whom_a_statement_is_told_to_is_no_part_of_it(extract, told):
    text = ('"Kebun karet kami habis," kata Syafrizal kepada AP.\n\n'
            f"Syafrizal mengaku {told} sudah dua kali melapor ke aparat desa, tetapi tidak ada tindak lanjut.")
    assert quote_of(extract(text), "sudah dua kali")["text"] == (
        "sudah dua kali melapor ke aparat desa, tetapi tidak ada tindak lanjut")


def test_a_source_phrase_set_off_before_the_subject_leaves_the_subject(extract):
    text = ("Sementara itu, dikutip dari Antara, Direktur Jenderal Komunikasi Publik Kementerian Komunikasi dan Digital "
            "Teguh Arifianto mengatakan pemerintah menghormati putusan MK.")
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], [s["name"] for s in q["sources"]]) == ("Teguh Arifianto", ["Antara"])


@pytest.mark.parametrize("text, clause", [
    ("Menteri Sosial Wahyuni Sekar Arum dicopot. Melalui akun Instagram-nya, perempuan yang sebelumnya menjabat bupati itu "
     "berterima kasih kepada Presiden dan menyebut jabatan menteri sebagai amanah.", "jabatan menteri sebagai amanah"),
    ("Bupati Lembah Barito Syahrul Effendi membantah tuduhan itu. Politikus yang baru dua tahun menjabat itu menyatakan menghormati proses hukum, "
     "namun membantah pernah menerima uang dari kontraktor.", "pernah menerima uang dari kontraktor"),
])
def test_a_description_with_a_relative_clause_is_the_subject_of_a_later_coordinated_verb(extract, text, clause):
    q = quote_of(extract(text), clause)
    assert q["speaker"]["mention"].endswith("menjabat bupati itu") or q["speaker"]["mention"].endswith("menjabat itu")
    assert q["speaker"]["name"] in ("Wahyuni Sekar Arum", "Syahrul Effendi")


@pytest.mark.parametrize("text, quoted", [
    ("Sekretaris Daerah Sungai Lirang tidak menjawab pesan dan panggilan telepon hingga berita ini diturunkan.", False),
    ("Namun, pemerintah belum mengumumkan secara lengkap data perkembangan kasus di daerah itu.", False),
    # (a denial denied is an admission: it reports what was said)
    ("Pelatih Gorontalo Raya FC, Yusuf Hulopi, tak menampik timnya kehilangan konsentrasi pada menit-menit akhir.", True),
    # (where someone spoke up is no clause of what they said)
    ("Rudi sendiri sempat buka suara lewat Instagram Story pada Jumat pagi.", False),
    ("Pemeran tokoh istri, Sekar Ayu Ningrum, ikut angkat bicara lewat video di akun TikTok-nya.", False),
    # (neither denied nor confirmed: the second verb joined to the first is no clause of it)
    ("Adapun terdakwa DK tidak membantah maupun membenarkan keterlibatannya dalam kasus itu.", False),
    ("Juru bicara KPK Yudha Pratama tidak membantah maupun membenarkan.", False),
])
def test_a_negated_cue_reports_nothing_said_but_a_denial_denied_does(extract, text, quoted):
    assert bool(extract(text)["quotes"]) is quoted


def test_a_body_noun_alone_as_subject_is_the_body_the_article_named(extract):
    text = ("Kementerian Kesehatan meluncurkan program vaksin dengue. Namun, kementerian menegaskan vaksinasi tidak "
            "menggantikan upaya pemberantasan sarang nyamuk.")
    assert [(q["speaker"]["mention"], q["speaker"]["name"]) for q in extract(text)["quotes"]] == [
        ("kementerian", "Kementerian Kesehatan")]


def test_menurut_dinas_is_the_agency_the_article_named(extract):
    text = ("Dinas Kesehatan Kota Bekasi menurunkan tim audit medis ke rumah sakit tersebut. Hasil audit, menurut "
            "dinas, akan diserahkan kepada kepolisian pekan depan.")
    assert [q["speaker"]["name"] for q in extract(text)["quotes"]] == ["Dinas Kesehatan Kota Bekasi"]


@pytest.mark.parametrize("text, speaker", [
    ("Menurut tim jaksa, perbuatan terdakwa telah merugikan keuangan negara sebesar Rp 152 miliar.", "tim jaksa"),
    ("Menurut tim peneliti, kadar merkuri di sungai itu sudah melampaui ambang batas.", "tim peneliti"),
])
def test_menurut_a_team_of_people_by_what_they_are(extract, text, speaker):
    q = only(extract(text), type="indirect")
    assert (q["speaker"]["name"], q["speaker"]["kind"]) == (speaker, "group")


@pytest.mark.parametrize("text", [
    "Sejumlah pejabat The Fed mengisyaratkan belum akan terburu-buru memangkas suku bunga acuan.",
    "Dalam surat dakwaan, jaksa KPK Rahmat Hidayatullah menguraikan sebagian unit cold storage tidak memiliki sistem pencatat suhu.",
])
def test_signalling_and_setting_out_report_what_was_said(extract, text):
    assert [q["type"] for q in extract(text)["quotes"]] == ["indirect"]


@pytest.mark.parametrize("text, quoted", [
    # a relative clause with its agent after the passive verb, then the clause's own predicate: a claim
    ("Wakil Ketua KPK Benny Saragih menuturkan modus yang digunakan para tersangka tergolong rapi.", True),
    # (a noun phrase ending on an adjective is an object, no claim)
    ("Kepala desa itu menuturkan kisah yang dialami warga desa terpencil.", False),
])
def test_a_relative_clause_with_its_agent_before_the_predicate_leaves_a_claim(extract, text, quoted):
    assert bool(extract(text)["quotes"]) is quoted


@pytest.mark.parametrize("conjunction", [", tetapi", " dan", ", namun"])
def test_a_second_verb_after_a_conjunction_has_the_subject_of_the_first(extract, conjunction):
    text = ("Jakarta - Peneliti CSIS, Rahayu Kusumawardhani, hadir.\n\n"
            f"Rahayu menyambut baik rencana tersebut{conjunction} menilai kehadiran fisik saja tidak cukup.")
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"]) == ("kehadiran fisik saja tidak cukup", "Rahayu Kusumawardhani")


@pytest.mark.parametrize("code", ["(*)", "(ant)", "(ZAK/red)"])
def test_the_editors_code_after_the_last_stop_is_no_part_of_an_indirect_quote(extract, code):
    text = ("Banda Aceh - Seorang warga, Nurhayati (41), menyebut hukuman cambuk perlu terus ditegakkan agar anak "
            f"muda takut berjudi. {code}")
    assert only(extract(text), type="indirect")["text"] == "hukuman cambuk perlu terus ditegakkan agar anak muda takut berjudi"


@pytest.mark.parametrize("feeling", ["kecewa dengan putusan tersebut", "khawatir dengan kondisi itu", "kecewa", "tidak gentar",
                                     "menyesal", "masih trauma"])
def test_a_feeling_the_speaker_owns_to_is_a_claim_however_short(extract, feeling):
    text = f"Denpasar - Kuasa hukum Sudiarta, I Gede Ngurah Artha Wiguna, S.H., M.H., mengaku {feeling}."
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"]) == (feeling, "I Gede Ngurah Artha Wiguna")


@pytest.mark.parametrize("denied, quote", [("harga naik", "harga naik"), ("tuduhan itu", None)])
def test_what_is_denied_is_a_claim_of_two_words_with_its_predicate(extract, denied, quote):
    text = f"Pemilik katering, Sumarni (52), membantah {denied}."
    assert [q["text"] for q in extract(text)["quotes"]] == ([quote] if quote else [])


def test_a_nickname_in_marks_inside_the_subjects_relative_clause(extract):
    text = ("Tunggal putri Indonesia Anisa Kartikasari meraih gelar juara. Anisa yang dijuluki “Si Kidal dari Kudus” "
            "mengaku tidak bisa berkata-kata setelah poin terakhir.")
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"]) == ("tidak bisa berkata-kata setelah poin terakhir", "Anisa Kartikasari")


@pytest.mark.parametrize("said, quote", [("hal itu masih dibahas bersama Kementerian Luar Negeri",
                                          "hal itu masih dibahas bersama Kementerian Luar Negeri"),
                                         ("hal itu kepada wartawan di Abu Dhabi", None)])
def test_hal_itu_after_a_verb_is_the_clauses_subject_where_a_predicate_follows(extract, said, quote):
    text = f"Abu Dhabi - Duta Besar RI untuk UEA Hendra Kusuma Atmaja mengatakan {said}."
    assert [q["text"] for q in extract(text)["quotes"]] == ([quote] if quote else [])


def test_a_feeling_word_inside_a_manner_phrase_makes_no_claim(extract):
    text = 'Jakarta - Arya menjawab singkat dan yakin. "Kami siap," katanya.'
    assert [q["type"] for q in extract(text)["quotes"]] == ["direct"]


def test_a_long_official_title_with_commas_still_leads_to_its_holder(extract):
    text = ("Jakarta - Kepala Eksekutif Pengawas Lembaga Pembiayaan, Perusahaan Modal Ventura, Lembaga Keuangan Mikro, "
            "dan Lembaga Jasa Keuangan Lainnya OJK Gede Arya Suardana mengatakan, jumlah tersebut meningkat hampir dua "
            "kali lipat.")
    speaker = only(extract(text), type="indirect")["speaker"]
    assert speaker["name"] == "Gede Arya Suardana"
    assert speaker["role"].endswith("Lembaga Jasa Keuangan Lainnya OJK")


@pytest.mark.parametrize("subject, name", [
    ("Peneliti CORE Teuku Rizal Fahmi dan Guru Besar IPB Ujang Sutisna", "Teuku Rizal Fahmi dan Ujang Sutisna"),
    ("Analis BRI Danareksa Sekuritas Maria Goretti Simanjuntak dan analis Mirae Asset Sekuritas Raditya Pradana",
     "Maria Goretti Simanjuntak dan Raditya Pradana"),
    ("Ketua Kamar Dagang dan Industri Kota Kediri Darsono Wibisana", "Darsono Wibisana"),
    ("Direktur Operasi dan Layanan Pelanggan PDAM Hendra Kusuma", "Hendra Kusuma"),
])
def test_two_titled_people_joined_by_dan_speak_together_but_a_title_with_dan_is_one(extract, subject, name):
    text = f"Jakarta - {subject} menilai operasi pasar hanya solusi jangka pendek."
    assert only(extract(text), type="indirect")["speaker"]["name"] == name


@pytest.mark.parametrize("adjunct, claim", [
    ("Dalam sehari melaut", "ia kini hanya membawa pulang Rp 50.000 hingga Rp 80.000"),
    ("Untuk mempercepat pertumbuhan ekonomi", "perkuatan struktur ekonomi sangat diperlukan"),
    ("Sebelum diketahui positif", "pusat belanja itu menggelar tes cepat bagi karyawan"),
])
def test_an_adjunct_with_a_verb_before_a_cue_set_off_is_no_claim(extract, adjunct, claim):
    text = f"Bogor - Kasmuri (52) sudah melaut sejak remaja. {adjunct}, kata dia, {claim}."
    assert only(extract(text), type="indirect")["text"] == claim


def test_a_name_after_menurut_role_and_a_comma_opens_the_claim_when_no_comma_closes_it(extract):
    text = ("Badung - Kapolres Badung AKBP I Gusti Ngurah Arya Wibawa memimpin konferensi pers. Turis Belanda Dave "
            "Vernon (31) ditangkap di Canggu.\n\nMenurut Kapolres, Dave saat kejadian berada dalam pengaruh minuman beralkohol.")
    q = quote_of(extract(text), "Dave saat")
    assert (q["text"], q["speaker"]["name"]) == ("Dave saat kejadian berada dalam pengaruh minuman beralkohol",
                                                 "I Gusti Ngurah Arya Wibawa")


def test_a_description_that_acts_before_a_quote_with_no_cue_speaks_it(extract):
    text = ("Jakarta - Kuasa hukum Ahmad Fauzan, Maruli Tua Simanjuntak, menyatakan kliennya akan kooperatif.\n\n"
            "Pengacara asal Medan itu belum memutuskan langkah hukum lanjutan. “Kami pelajari dulu kemungkinan "
            "mengajukan praperadilan. Semua opsi terbuka.”")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Maruli Tua Simanjuntak"


def test_a_quote_alone_in_its_paragraph_is_said_by_whom_the_next_paragraph_names_in_a_passive(extract):
    text = ("Riyadh - Forum itu dihadiri 9.000 peserta.\n\n\"Geografi adalah takdir kami. Kami berada di tengah tiga "
            "benua.\"\n\nPernyataan itu disampaikan Wakil Gubernur Otoritas Digital Saudi, Faisal bin Abdulrahman "
            "Al-Otaibi, dalam sesi panel.")
    assert only(extract(text), type="direct")["speaker"]["name"] == "Faisal bin Abdulrahman Al-Otaibi"


def test_a_split_quote_goes_on_after_a_source_phrase_with_a_site_name(extract):
    text = ('Lagos - "Setiap transfer butuh biaya," kata Okafor seperti dikutip Liputan6.com dari AFP, '
            '"dan setiap langkah memakan waktu."')
    quotes = extract(text)["quotes"]
    assert [(q["text"], q["speaker"]["name"]) for q in quotes] == [
        ("Setiap transfer butuh biaya", "Okafor"), ("dan setiap langkah memakan waktu", "Okafor")]


@pytest.mark.parametrize("when", ["Senin (18/8/2025)", "Rabu 22 Oktober 2025"])
def test_a_date_alone_after_a_cue_is_no_claim(extract, when):
    text = f"Jakarta - Raqam Express resmi masuk Indonesia. Menurut Sitti, {when}."
    assert extract(text)["quotes"] == []


@pytest.mark.parametrize("adjunct, claim", [
    # ("saat ini" is now, in what was said: the clause runs on past its comma)
    ("saat ini", "saat ini terdapat 340 pengungsi, termasuk 60 anak-anak"),
    # (but "saat ditemui …," says when it was said)
    ("saat ditemui di balai desa,", "terdapat 340 pengungsi, termasuk 60 anak-anak"),
])
def test_saat_ini_after_a_verb_opens_what_was_said(extract, adjunct, claim):
    text = f"Kepala Desa Sukamaju, Fauzan Hakim, mengatakan {adjunct} terdapat 340 pengungsi, termasuk 60 anak-anak."
    assert only(extract(text), type="indirect")["text"] == claim


@pytest.mark.parametrize("text, outlet", [
    ("The Guardian juga melaporkan sebagian area yang dibuka tumpang tindih dengan habitat kanguru pohon.", "The Guardian"),
    ("Reuters melaporkan sejumlah pembeli di Eropa mulai meminta bukti asal-usul kopi.", "Reuters"),
    # (what kind of outlet, in words of its field, before its name)
    ("Situs berita keamanan siber Bleeping Computer melaporkan celah itu merupakan kerentanan zero-day.",
     "Bleeping Computer"),
])
def test_an_outlet_reports_the_clause_after_its_verb_without_comma_or_predicate_shape(extract, text, outlet):
    q = only(extract(text), type="indirect")
    assert q["speaker"]["name"] == outlet
    assert q["text"].startswith(text.split(" melaporkan ")[1][:20])


def test_a_person_who_reports_a_case_reports_no_claim(extract):
    assert extract("Budi melaporkan kasus penipuan itu kepada polisi pada Senin.")["quotes"] == []


@pytest.mark.parametrize("verb", ["menyatakan", "mengaku"])
def test_a_stance_on_a_verdict_is_a_claim_however_short(extract, verb):
    # ("pikir-pikir": the defendant will think it over, a word doubled with a hyphen)
    text = f"Atas putusan tersebut, terdakwa Linda Permatasari {verb} pikir-pikir."
    q = only(extract(text), type="indirect")
    assert (q["text"], q["speaker"]["name"]) == ("pikir-pikir", "Linda Permatasari")


@pytest.mark.parametrize("said", [
    "Polisi telah memeriksa tujuh saksi, termasuk istri korban dan dua warga yang menemukan jasad korban.",
    "Karena sebagian tersangka masih di bawah umur, penyidik akan melibatkan Balai Pemasyarakatan.",
])
def test_hal_itu_disampaikan_x_after_a_narrative_sentence_makes_it_xs_indirect_quote(extract, said):
    text = f"MALANG - Seorang petani ditemukan tewas di kebunnya.\n\n{said} Hal itu disampaikan Kapolres Malang AKBP Wahyu Pranoto Adi."
    quote = only(extract(text), type="indirect")
    assert (quote["text"], quote["speaker"]["name"]) == (said[:-1], "Wahyu Pranoto Adi")


def test_hal_itu_disampaikannya_after_a_reported_clause_adds_no_quote(extract):
    text = ("Kapolres AKBP Budi Santoso mengatakan penyidik masih menelusuri aliran dana. Hal itu disampaikannya "
            "dalam keterangan tertulis.")
    assert [q["text"] for q in extract(text)["quotes"]] == ["penyidik masih menelusuri aliran dana"]
