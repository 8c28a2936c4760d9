"""The to-do list on the home page: what waits for each role, and only that."""

from datetime import date

from sakip.akun.models import Pengguna
from sakip.alur.models import JendelaPengisian, StatusDokumen
from sakip.alur.tugas import tugas
from sakip.instansi.models import OPD


def daftar(username, **opsi):
    user = Pengguna.objects.get(username=username)
    return [(t.opd.slug, t.tahun, t.dokumen.value) for t in tugas(user, **opsi)]


def test_each_role_sees_what_waits_for_it(demo):
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    StatusDokumen.objects.create(opd=opd, tahun=2025, dokumen="tw1", tahap="diajukan")
    StatusDokumen.objects.create(opd=opd, tahun=2025, dokumen="tw2", tahap="diverifikasi")
    StatusDokumen.objects.create(
        opd=opd, tahun=2025, dokumen="pk", tahap="dikembalikan", alasan="Target belum sesuai"
    )
    slug = opd.slug
    # Each waits for one role; the Admin Pemda and the Kepala may also return tw1 and tw2,
    # but neither waits for that.
    assert daftar("admin-ppu") == [(slug, 2025, "tw1")]
    assert daftar("kepala-ppu") == [(slug, 2025, "tw2")]
    assert daftar("operator-ppu") == [(slug, 2025, "pk")]
    assert daftar("inspektorat-ppu") == []
    assert daftar("operator-jambi") == []


def test_an_open_window_asks_the_operator_to_fill_the_quarter(demo):
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    JendelaPengisian.objects.create(
        pemda=opd.pemda, tahun=2025, triwulan=3, mulai=date(2025, 10, 1), selesai=date(2025, 10, 15)
    )
    assert daftar("operator-ppu", hari_ini=date(2025, 10, 5)) == [(opd.slug, 2025, "tw3")]
    assert daftar("operator-ppu", hari_ini=date(2025, 10, 16)) == []
    assert daftar("kepala-ppu", hari_ini=date(2025, 10, 5)) == []
    StatusDokumen.objects.create(opd=opd, tahun=2025, dokumen="tw3", tahap="disetujui")
    assert daftar("operator-ppu", hari_ini=date(2025, 10, 5)) == []


def test_the_home_page_shows_the_list(masuk):
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    StatusDokumen.objects.create(opd=opd, tahun=2025, dokumen="tw1", tahap="diverifikasi")
    r = masuk("kepala-ppu").get("/")
    assert "Menunggu Anda" in r.text
    assert "Data Triwulan I 2025" in r.text
    assert "Menunggu Anda" not in masuk("operator-ppu").get("/").text


def test_the_admins_list_holds_only_what_waits_for_the_admin(masuk):
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    StatusDokumen.objects.create(opd=opd, tahun=2025, dokumen="tw2", tahap="diverifikasi")
    StatusDokumen.objects.create(opd=opd, tahun=2025, dokumen="tw3", tahap="diajukan")

    def menunggu(username):
        beranda = masuk(username).get("/").text
        return beranda.split('<section id="tugas">')[1].split("</section>")[0]

    assert "Data Triwulan III 2025" in menunggu("admin-ppu")
    assert "Data Triwulan II 2025" not in menunggu("admin-ppu")
    assert "Data Triwulan II 2025" in menunggu("kepala-ppu")
    assert "Data Triwulan III 2025" not in menunggu("kepala-ppu")
