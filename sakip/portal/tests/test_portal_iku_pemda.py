"""The Pemda's own IKU on the portal's Pemda page: the indicators of its RPJMD/RPD in force
with target, realisation and capaian of each year whose LKjIP Pemda is approved; nothing of
it before (Jambi: the page itself answers 404, nothing else of Jambi being public) and
nothing after reopening."""

from decimal import Decimal

from django.test import Client

from sakip.pengukuran.models import NilaiVariabel, Variabel
from sakip.pertukaran.demo import JAMBI

PEMDA = f"/portal/pemda/{JAMBI}/2024/"
LANGKAH = f"/pemda/{JAMBI}/dokumen/2024/lkjip/langkah/"
API = f"/api/pemda/{JAMBI}/"


def _realisasi_tpak_2024():
    # The demo holds no realisation of the RPD's indicators; the Pemda's BPS figures for
    # 2024, entered as its variables: 299.000 of 460.000 people of working age.
    for kode, nilai in (("angkatan_kerja", 299000), ("penduduk_usia_kerja", 460000)):
        v = Variabel.objects.get(pemda__slug=JAMBI, opd=None, kode=kode)
        NilaiVariabel.objects.create(variabel=v, tahun=2024, triwulan=0, nilai=Decimal(nilai))


def _baris(isi, nama):
    awal = isi.index(nama)
    return isi[awal : isi.index("</tr>", awal)]


def test_the_pemda_iku_is_public_once_its_lkjip_is_approved(
    alur_demo, masuk, admin_kedua, django_capture_on_commit_callbacks
):
    _realisasi_tpak_2024()
    tamu = Client()
    assert tamu.get(PEMDA).status_code == 404  # Jambi has nothing public yet
    assert tamu.get(API).status_code == 404
    admin = masuk("admin-jambi")
    admin.post(LANGKAH, {"langkah": "ajukan"})
    assert tamu.get(PEMDA).status_code == 404  # submitted, not approved
    admin_kedua(JAMBI)
    with django_capture_on_commit_callbacks(execute=True):
        assert masuk("admin2-jambi").post(LANGKAH, {"langkah": "setujui"}).status_code == 302
    r = tamu.get(PEMDA)  # the cache was dropped on approval
    assert r.status_code == 200
    isi = r.text
    assert "Indikator Kinerja Utama pemerintah daerah" in isi
    # No indicator of the RPD is flagged IKU: all its tujuan and sasaran indicators.
    # TPT (tujuan 4): no target for 2024, no realisation.
    tpt = _baris(isi, "Tingkat Pengangguran Terbuka")
    assert tpt.count("–") == 4  # target, realisation, capaian, predikat
    # TPAK (sasaran 9): target 63,25 (seed 003, Tabel 3.1); realisation 299.000 /
    # 460.000 × 100 = 65; capaian (positive) 65 / 63,25 × 100 = 102,766798… ≈ 102,77.
    tpak = _baris(isi, "Tingkat Partisipasi Angkatan Kerja")
    assert "2024" in tpak
    assert ">63,25<" in tpak and ">65,00<" in tpak and ">102,77<" in tpak
    # The API's Pemda detail carries the same figures, every digit.
    (tpak_api,) = [i for i in tamu.get(API).json()["iku"] if i["kode"] == "tpak"]
    (angka,) = tpak_api["per_tahun"]
    assert angka["tahun"] == 2024 and angka["target"] == 63.25 and angka["realisasi"] == 65
    assert str(angka["capaian"]).startswith("102.7667")
    # Reopened with a reason: gone again.
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(LANGKAH, {"langkah": "buka", "alasan": "Perbaikan data."})
    assert tamu.get(PEMDA).status_code == 404


def test_a_pemda_whose_iku_is_not_public_shows_no_table(alur_demo, masuk):
    # Tebing Tinggi 2022 is public throughout, but its LKjIP Pemda is not approved.
    isi = Client().get("/portal/pemda/kota-tebing-tinggi/2022/").text
    assert "Indikator Kinerja Utama pemerintah daerah" not in isi
    assert Client().get("/api/pemda/kota-tebing-tinggi/").json()["iku"] == []


def test_only_another_admin_of_the_pemda_approves_it(alur_demo, masuk, client):
    masuk("admin-jambi").post(LANGKAH, {"langkah": "ajukan"})
    for pengguna in ("admin-jambi", "admin-ppu", "operator-jambi", "kepala-jambi"):
        masuk(pengguna).post(LANGKAH, {"langkah": "setujui"})
    client.post(LANGKAH, {"langkah": "setujui"})
    assert Client().get(PEMDA).status_code == 404
