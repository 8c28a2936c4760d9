from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.instansi.models import OPD, Pemda
from sakip.kinerja.angka import format_angka
from sakip.kinerja.capaian import rata_rata
from sakip.pengukuran.models import HasilIndikator, Realisasi, VersiHasil
from sakip.pengukuran.ringkasan import ringkasan_pemda
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import Indikator, Periode, Sasaran, Target, Tujuan
from sakip.perencanaan.tests.isian_bantu import OPD_TEBING, teks

URL = "/pemda/kota-tebing-tinggi/kinerja/2022/"
# The Tebing Tinggi scale, highest band first.
LABEL_TEBING = ["Memuaskan", "Sangat Baik", "Baik", "Cukup Baik", "Agak Kurang"]


def _baris(r, slug):
    [b] = [b for b in r.context["ringkasan"].baris if b.opd.slug == slug]
    return b


def _ringkas(b):
    return b.jumlah, b.berisi, format_angka(b.rata_rata.nilai), b.per_predikat


def _renstra(opd, kode, awal, akhir, capaian, induk=None, tahun=2022):
    """A plan of `opd` whose IKU have target 100 and these realisations in `tahun` (so the
    capaian is the realisation; None: no realisation yet), plus one indicator that is
    not an IKU."""
    periode = Periode.objects.create(
        pemda=opd.pemda,
        opd=opd,
        kode=kode,
        jenis=Periode.Jenis.SUPLEMEN_RENSTRA if induk else Periode.Jenis.RENSTRA,
        nama=kode,
        tahun_awal=awal,
        tahun_akhir=akhir,
        induk=induk,
    )
    tujuan = Tujuan.objects.create(periode=periode, nomor="1", nama="Tujuan")
    sasaran = Sasaran.objects.create(tujuan=tujuan, nomor="1", nama="Sasaran")
    for i, nilai in enumerate([*capaian, 100]):
        ind = Indikator.objects.create(
            periode=periode,
            sasaran=sasaran,
            kode=f"i{i}",
            nama=f"Indikator {i}",
            satuan="%",
            jenis=Indikator.Jenis.PERSENTASE,
            polaritas="positif",
            iku=i < len(capaian),
        )
        Target.objects.create(indikator=ind, tahun=tahun, nilai=100)
        if nilai is not None:
            Realisasi.objects.create(indikator=ind, tahun=tahun, nilai=nilai)
    return periode


def opd_baru(slug, capaian):
    """An OPD whose Renstra 2021–2026 (one IKU at 50 % in 2022) is replaced in 2022 by a
    supplement with IKU at these capaian."""
    pemda = Pemda.objects.get(slug="kota-tebing-tinggi")
    opd = OPD.objects.create(pemda=pemda, slug=slug, nama=f"Dinas {slug}")
    renstra = _renstra(opd, f"renstra-{slug}", 2021, 2026, [50])
    _renstra(opd, f"suplemen-{slug}", 2022, 2022, capaian, induk=renstra)
    return opd


def test_it_summarises_the_iku_of_each_opd(masuk):
    r = masuk("admin-tebing").get(URL)
    assert r.status_code == 200
    assert r.context["ringkasan"].label == LABEL_TEBING
    # The IKU table of 2022 (test_tabel_iku) shows 6 of the 10 IKU with a capaian:
    # 52,747… (Cukup Baik), 97,507… (Memuaskan), 72,844… (Baik), 74,898… (Baik) and
    # 82,596… twice (Memuaskan). Their sum is 463,188…, and 463,188… / 6 = 77,198… → 77,20.
    # They are the six IKU of Tebing Tinggi LKjIP 2022 Tabel 5 (Capaian Indikator Kinerja
    # Utama, rows 1–6, printed 52,74, 97,50, 72,84, 74,88, 82,58, 82,58; seed 004, demo YAML
    # `dilaporkan`), each realisation (from the LKjIP's data annexes) ÷ the PK 2022 target
    # (LKjIP Tabel 3: 65, 95, 95, 45, 85, 85) × 100; the other 4 IKU, at tujuan level, have
    # only an end target, so no capaian in 2022: 6 + 4 = 10.
    b = _baris(r, OPD_TEBING)
    assert _ringkas(b) == (10, 6, "77,20", [3, 0, 2, 1, 0])
    assert _ringkas(r.context["ringkasan"].total) == _ringkas(b)
    isi = teks(r)
    assert "77,20" in isi and "Total Kota Tebing Tinggi" in isi
    assert f"/opd/{OPD_TEBING}/iku/2022/" in isi


def test_the_total_is_the_mean_of_all_iku(masuk):
    lain = opd_baru("dinas-lain-tebing", [90, 60, None])
    r = masuk("inspektorat-tebing").get(URL)
    # Only the supplement counts in 2022: its renstra's IKU at 50 % is replaced.
    assert _ringkas(_baris(r, lain.slug)) == (3, 2, "75,00", [1, 0, 0, 1, 0])
    # (463,188… + 90 + 60) / 8 = 613,188… / 8 = 76,648… → 76,65, not (77,20 + 75) / 2.
    assert _ringkas(r.context["ringkasan"].total) == (13, 8, "76,65", [4, 0, 2, 2, 0])
    # In 2023 the renstra is in force again, with no realisation that year.
    r = masuk("inspektorat-tebing").get("/pemda/kota-tebing-tinggi/kinerja/2023/")
    assert _ringkas(_baris(r, lain.slug)) == (1, 0, "–", [0, 0, 0, 0, 0])


@pytest.mark.parametrize("tahun", range(2017, 2027))
def test_it_agrees_with_the_iku_table(demo, tahun):
    """The set-based reading finds the IKU the IKU table shows, OPD by OPD, year by year."""
    for o in OPD.objects.select_related("pemda"):
        [b] = ringkasan_pemda(o.pemda, [o], tahun).baris
        iku = [x.nilai for x in baris_capaian(o, tahun, hanya_iku=True)]
        assert b.jumlah == len(iku)
        assert b.rata_rata == rata_rata(n.capaian.nilai for n in iku)


@pytest.mark.parametrize("pengguna", ["admin-tebing", "inspektorat-tebing"])
def test_the_pemda_staff_see_every_opd(masuk, pengguna):
    opd_baru("dinas-lain-tebing", [90])
    r = masuk(pengguna).get(URL)
    assert {b.opd.slug for b in r.context["ringkasan"].baris} == {"dinas-lain-tebing", OPD_TEBING}


def test_an_operator_sees_only_their_opd(masuk):
    opd_baru("dinas-lain-tebing", [90])
    r = masuk("operator-tebing").get(URL)
    assert r.status_code == 200
    assert [b.opd.slug for b in r.context["ringkasan"].baris] == [OPD_TEBING]
    assert r.context["ringkasan"].total.jumlah == 10
    assert "dinas-lain-tebing" not in teks(r)


def test_a_year_without_a_plan_shows_an_empty_table(masuk):
    r = masuk("admin-tebing").get("/pemda/kota-tebing-tinggi/kinerja/2030/")
    assert r.status_code == 200
    assert _ringkas(r.context["ringkasan"].total) == (0, 0, "–", [0] * 5)
    # The OPD is listed, linked to its plan since it has no IKU table that year.
    assert f'href="/opd/{OPD_TEBING}/"' in r.text


def test_the_pemda_page_links_to_it(masuk):
    isi = teks(masuk("admin-tebing").get("/pemda/kota-tebing-tinggi/"))
    for tahun in range(2017, 2023):
        assert f"/pemda/kota-tebing-tinggi/kinerja/{tahun}/" in isi


def test_it_checks_access(masuk, client):
    assert masuk("operator-jambi").get(URL).status_code == 404
    assert masuk("admin-ppu").get(URL).status_code == 404
    # Publik reads published documents only, not the Pemda's pages.
    assert masuk("publik-tebing").get(URL).status_code == 404
    r = client.get(URL)
    assert r.status_code == 302 and r.url.startswith("/masuk/")


def test_it_reads_any_number_of_opd_in_a_fixed_number_of_queries(
    masuk, django_assert_num_queries, django_capture_on_commit_callbacks
):
    c = masuk("admin-tebing")
    c.get(URL)  # the first request fills the process's caches
    # session, user, roles, Pemda, OPD, IKU (periods in force as a subquery), stored
    # results, years of the plans
    with django_assert_num_queries(8):
        assert c.get(URL).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):  # the writes store the results
        for i in range(3):
            opd_baru(f"dinas-{i}", [Decimal(70 + i), None])
    with django_assert_num_queries(8):
        r = c.get(URL)
    assert len(r.context["ringkasan"].baris) == 4


def test_it_computes_missing_results_in_memory_in_a_fixed_number_of_queries(masuk):
    """Cold (nothing stored), the results of every OPD are computed together, in memory:
    the page stores nothing."""
    c = masuk("admin-tebing")

    def dingin():
        HasilIndikator.objects.all().delete()
        VersiHasil.objects.all().delete()
        with CaptureQueriesContext(connection) as q:
            r = c.get(URL)
        assert r.status_code == 200 and not HasilIndikator.objects.exists()
        assert not VersiHasil.objects.exists()
        return len(q), _ringkas(r.context["ringkasan"].total)

    jumlah, total = dingin()
    assert total == (10, 6, "77,20", [3, 0, 2, 1, 0])  # as when stored
    for i in range(3):
        opd_baru(f"dinas-{i}", [Decimal(70 + i)])
    assert dingin()[0] == jumlah
