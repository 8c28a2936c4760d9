"""The LKjIP says "Kami telah mereviu" only when the Inspektorat concluded the review of
that OPD and year with no error left open."""

from django.utils import timezone

from sakip.akun.models import Pengguna
from sakip.evaluasi.reviu import galat_terbuka, reviu_dengan_tanggapan
from sakip.evaluasi.ubah import asal_simpulan, simpan_simpulan, terima_temuan
from sakip.instansi.models import OPD
from sakip.pelaporan.dokumen import tanggal_indonesia
from sakip.pelaporan.render import ke_docx
from sakip.pelaporan.siap import susun_dokumen

from .baca_docx import buka, teks_semua


def teks_lkjip(slug, tahun):
    return teks_semua(buka(ke_docx(susun_dokumen("lkjip", OPD.objects.get(slug=slug), tahun))))


def simpulkan(opd, tahun):
    inspektorat = Pengguna.objects.get(username="inspektorat-tebing")
    simpan_simpulan(inspektorat, opd, tahun, "Reviu selesai.", asal_simpulan(None))


def test_it_leaves_out_the_statement_while_nobody_reviewed(demo):
    assert "Pernyataan Telah Direviu" not in teks_lkjip("disnakerind-tebing-tinggi", 2022)
    # A year nobody has even started, e.g. next year's draft.
    teks = teks_lkjip("dkukmperindag-ppu", 2026)
    assert "Pernyataan Telah Direviu" not in teks and "mereviu" not in teks


def test_it_leaves_out_the_statement_while_errors_are_open(demo):
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    simpulkan(opd, 2022)
    # 49 before issue 16, + 7 consequences (R29: three capaian from 34,28, the RFK total's
    # %, three efficiencies), − the RFK total's sisa, right against the data's sums: 55.
    # + 22 from seed 004's tables stored since (issue 16 part 7) and money compared across
    # tables: the second Tabel 9's capaian alone against the data, R02 × 5 (153,84; 97,50;
    # 74,88; 82,58 twice; 72,84 is right); Tabel 10's realisation, R01 × 3 (34,28; 70
    # twice) and R22 × 2 (70 where Tabel 5 prints 70,20); Tabel 11 as Tabel 8, R01 + R29
    # (row 1), R02 (rows 2, 4), R01 + R02 + R22 (rows 5, 6) = 10; Tabel 12 row 4's
    # realisation 245.594.404 where the RFK prints 245.594.044, R22; Tabel 14's efficiency
    # 0,01 for sub kegiatan 3.a.1 (100 − 99,9995 = 0,00), R24. (Tabel 11's
    # "meningkatkan" is a warning, R25.) 55 + 22 = 77.
    assert len(galat_terbuka(reviu_dengan_tanggapan(opd, 2022))) == 77
    assert "Pernyataan Telah Direviu" not in teks_lkjip(opd.slug, 2022)


def test_it_prints_the_statement_once_the_review_is_concluded(demo):
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    inspektorat = Pengguna.objects.get(username="inspektorat-tebing")
    for t in galat_terbuka(reviu_dengan_tanggapan(opd, 2022)):
        terima_temuan(inspektorat, opd, 2022, t.aturan, t.lokasi, "Dikoreksi dalam sakip.")
    assert "Pernyataan Telah Direviu" not in teks_lkjip(opd.slug, 2022)  # no conclusion yet
    simpulkan(opd, 2022)
    teks = teks_lkjip(opd.slug, 2022)
    # Right after the cover, before the Kata Pengantar (seed 004's order).
    assert teks.index("Pernyataan Telah Direviu") < teks.index("KATA PENGANTAR")
    assert "H. Kamlan, S.H., M.M., CGCAE" in teks  # from the Pemda's officials, not retyped
    # Seed 004's page, under the Inspektorat's letterhead: the conclusion, place and date,
    # the Inspektur's title, rank and NIP.
    pernyataan = teks[teks.index("Pernyataan Telah Direviu") : teks.index("KATA PENGANTAR")]
    assert "INSPEKTORAT KOTA TEBING TINGGI" in teks[: teks.index("Pernyataan Telah Direviu")]
    assert "Reviu selesai." in pernyataan
    assert f"Tebing Tinggi, {tanggal_indonesia(timezone.localdate())}" in pernyataan
    assert "Inspektur Kota Tebing Tinggi" in pernyataan
    assert "Pembina Utama Muda (IV/c)" in pernyataan
    assert "NIP. 19650603 198602 1 004" in pernyataan
