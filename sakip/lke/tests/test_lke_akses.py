"""Who may see and write the LKE worksheet of Tebing Tinggi 2022: the OPD's staff answer
(self-assessment) and add evidence, the Inspektorat of its Pemda evaluates and concludes,
the Admin Pemda reads and adds local criteria; another Pemda's users get 404, Publik too,
anonymous users are sent to login; a concluded evaluation is locked."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile

from sakip.lke.models import Bukti, Evaluasi, Jawaban, KriteriaLokal

from .bantu import URL, kirim, kirim_buta

PDF = b"%PDF-1.4\n%bukti\n"


def _ke_login(r):
    return r.status_code == 302 and r["Location"].startswith("/masuk/")


def test_the_page_shows_each_role_its_own_inputs(masuk):
    operator = masuk("operator-tebing").get(URL)
    assert operator.status_code == 200
    assert 'name="jawaban_opd-1.1.1"' in operator.text
    assert 'name="jawaban_evaluator-1.1.1"' not in operator.text
    inspektorat = masuk("inspektorat-tebing").get(URL)
    assert 'name="jawaban_evaluator-1.1.1"' in inspektorat.text
    assert 'name="jawaban_opd-1.1.1"' not in inspektorat.text
    admin = masuk("admin-tebing").get(URL)
    assert admin.status_code == 200 and "jawaban_opd-1.1.1" not in admin.text
    assert "Tambah kriteria lokal" in admin.text
    assert "Tambah kriteria lokal" not in operator.text
    assert masuk("kepala-tebing").get(URL).status_code == 200


def test_the_page_is_hidden_from_other_pemda_and_publik(masuk, client):
    assert masuk("operator-ppu").get(URL).status_code == 404
    assert masuk("inspektorat-ppu").get(URL).status_code == 404
    assert masuk("publik-tebing").get(URL).status_code == 404
    assert _ke_login(client.get(URL))
    assert masuk("operator-tebing").get(f"{URL}lke.xlsx").status_code == 200
    assert masuk("inspektorat-tebing").get(f"{URL}lke.xlsx").status_code == 200
    assert masuk("operator-ppu").get(f"{URL}lke.xlsx").status_code == 404
    assert _ke_login(client.get(f"{URL}lke.xlsx"))


def test_only_the_opd_answers_and_only_the_inspektorat_evaluates(masuk, client):
    isian = {"1.1.1": ("Y", "Perwali 5/2021")}
    assert kirim_buta(masuk("inspektorat-tebing"), "opd", isian).status_code == 403
    assert kirim_buta(masuk("admin-tebing"), "opd", isian).status_code == 403
    assert kirim_buta(masuk("operator-ppu"), "opd", isian).status_code == 404
    assert _ke_login(kirim_buta(client, "opd", isian))
    evaluator = {"1.1.1": ("T", "")}
    assert kirim_buta(masuk("operator-tebing"), "evaluator", evaluator).status_code == 403
    assert not Jawaban.objects.exists()
    assert kirim(masuk("operator-tebing"), "opd", isian).status_code == 302
    assert kirim(masuk("inspektorat-tebing"), "evaluator", evaluator).status_code == 302
    j = Jawaban.objects.get(kode="1.1.1")
    assert (j.jawaban_opd, j.keterangan_opd, j.jawaban_evaluator) == ("Y", "Perwali 5/2021", "T")
    # The final score is the evaluator's: 1.1.1 T scores nothing; the OPD's Y is 6 / 6 = 1.
    r = masuk("operator-tebing").get(URL)
    assert 'id="nilai-akhir">0,00 (D)' in r.text and "1,00 (D)" in r.text


def test_an_answer_off_the_scale_saves_nothing_and_keeps_what_was_typed(masuk):
    operator = masuk("operator-tebing")
    r = kirim(operator, "opd", {"1.1.1": ("Y", "Perwali 5/2021"), "1.1.2": ("AA", "")})
    assert r.status_code == 400
    assert not Jawaban.objects.exists()
    assert "tidak diterima untuk kriteria 1.1.2" in r.text
    assert "<option selected>Y</option>" in r.text and ">Perwali 5/2021</textarea>" in r.text


def test_evidence_is_added_by_the_opd_and_read_by_the_inspektorat(masuk, client):
    data = {"kode": "1.1.3", "jenis": "renstra", "rujukan": "Perwali 12/2021"}
    assert masuk("inspektorat-tebing").post(f"{URL}bukti/", data).status_code == 403
    assert masuk("operator-ppu").post(f"{URL}bukti/", data).status_code == 404
    assert _ke_login(client.post(f"{URL}bukti/", data))
    operator = masuk("operator-tebing")
    assert operator.post(f"{URL}bukti/", data).status_code == 302
    berkas = SimpleUploadedFile("pedoman.pdf", PDF, content_type="application/pdf")
    operator.post(f"{URL}bukti/", {"kode": "1.1.3", "jenis": "", "berkas": berkas})
    tautan, unggahan = Bukti.objects.order_by("pk")
    assert (tautan.jenis, tautan.rujukan) == ("renstra", "Perwali 12/2021")
    assert (unggahan.jenis, unggahan.nama_asli) == ("berkas", "pedoman.pdf")
    halaman = masuk("inspektorat-tebing").get(URL).text
    assert '<a href="/opd/disnakerind-tebing-tinggi/">Renstra</a>: Perwali 12/2021' in halaman
    unduh = f"{URL}bukti/{unggahan.pk}/"
    r = masuk("inspektorat-tebing").get(unduh)
    assert r.status_code == 200 and b"".join(r.streaming_content) == PDF
    assert masuk("operator-ppu").get(unduh).status_code == 404
    assert _ke_login(client.get(unduh))
    hapus = f"{URL}bukti/{tautan.pk}/hapus/"
    assert masuk("inspektorat-tebing").post(hapus).status_code == 403
    assert masuk("operator-ppu").post(hapus).status_code == 404
    assert _ke_login(client.post(hapus))
    assert operator.post(hapus).status_code == 302
    assert list(Bukti.objects.all()) == [unggahan]


def test_a_file_that_is_not_what_it_says_or_a_link_without_address_is_refused(masuk):
    operator = masuk("operator-tebing")
    palsu = SimpleUploadedFile("bukti.pdf", b"MZ bukan pdf", content_type="application/pdf")
    operator.post(f"{URL}bukti/", {"kode": "1.1.3", "berkas": palsu})
    operator.post(f"{URL}bukti/", {"kode": "1.1.3", "jenis": "tautan", "rujukan": "arsip"})
    operator.post(f"{URL}bukti/", {"kode": "1.1.3", "jenis": "lain"})
    assert not Bukti.objects.exists()
    assert "Tautan lain harus berupa alamat web" in operator.get(URL).text


def test_the_inspektorat_concludes_and_the_evaluation_is_locked(masuk, client):
    inspektorat = masuk("inspektorat-tebing")
    assert masuk("operator-tebing").post(f"{URL}selesai/").status_code == 403
    assert masuk("operator-ppu").post(f"{URL}selesai/").status_code == 404
    assert _ke_login(client.post(f"{URL}selesai/"))
    inspektorat.post(f"{URL}selesai/")  # refused: nothing answered yet
    assert not Evaluasi.objects.filter(selesai=True).exists()
    halaman = inspektorat.get(URL).text
    assert "Masih ada 80 kriteria tanpa jawaban evaluator" in halaman
    semua = {}
    for kode in re.findall(r'name="jawaban_evaluator-([\d.]+)"', halaman):
        semua[kode] = ("Y" if kode.split(".")[1] == "1" else "AA", "")
    assert kirim(inspektorat, "evaluator", semua).status_code == 302
    assert inspektorat.post(f"{URL}selesai/").status_code == 302
    evaluasi = Evaluasi.objects.get()
    assert (evaluasi.selesai, evaluasi.nilai_akhir, evaluasi.predikat_akhir) == (True, "100", "AA")
    isian = {"1.1.1": ("T", "")}
    assert kirim_buta(masuk("operator-tebing"), "opd", isian).status_code == 403
    assert kirim_buta(inspektorat, "evaluator", isian).status_code == 403
    data = {"kode": "1.1.3", "jenis": "renstra"}
    assert masuk("operator-tebing").post(f"{URL}bukti/", data).status_code == 403
    assert "terkunci" in masuk("operator-tebing").get(URL).text
    assert 'name="jawaban_evaluator-1.1.1"' not in inspektorat.get(URL).text


def test_the_admin_pemda_adds_a_local_criterion(masuk, client):
    uraian = "Ada peraturan kepala daerah tentang SAKIP."
    data = {"subkomponen": "1.1", "skala": "yt", "uraian": uraian}
    assert masuk("inspektorat-tebing").post(f"{URL}kriteria-lokal/", data).status_code == 403
    assert masuk("operator-tebing").post(f"{URL}kriteria-lokal/", data).status_code == 403
    assert masuk("admin-ppu").post(f"{URL}kriteria-lokal/", data).status_code == 404
    assert _ke_login(client.post(f"{URL}kriteria-lokal/", data))
    assert masuk("admin-tebing").post(f"{URL}kriteria-lokal/", data).status_code == 302
    lokal = KriteriaLokal.objects.get()
    assert (lokal.subkomponen, lokal.nomor) == ("1.1", 7)  # after the file's six criteria
    r = masuk("operator-tebing").get(URL)
    assert 'name="jawaban_opd-1.1.7"' in r.text and "Ada peraturan kepala daerah" in r.text
