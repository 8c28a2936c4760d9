from io import StringIO

from django.core.management import call_command

from sakip.akun.models import Pengguna
from sakip.instansi.models import Pemda
from sakip.pertukaran.berkas import tulis
from sakip.pertukaran.demo import berkas_demo
from sakip.pertukaran.ekspor import ekspor_pemda
from sakip.pertukaran.impor import impor_teks


def test_it_round_trips(demo):
    """An export re-imports, into an empty database, to the same data."""
    ekspor_awal = {p.slug: tulis(ekspor_pemda(p)) for p in Pemda.objects.all()}
    Pengguna.objects.all().delete()
    Pemda.objects.all().delete()
    for teks in ekspor_awal.values():
        impor_teks(teks)
    assert {p.slug: tulis(ekspor_pemda(p)) for p in Pemda.objects.all()} == ekspor_awal


def test_it_keeps_every_number_exactly(demo):
    teks = tulis(ekspor_pemda(Pemda.objects.get(slug="kota-jambi")))
    assert "2026: 11.89" in teks
    assert "2024: 3320" in teks
    assert "15.46" in teks


def test_it_writes_the_same_content_as_the_demo_file(demo):
    """The bundled demo files and an export of them describe the same data (comments and
    layout aside): re-importing the demo file over the export changes nothing."""
    for berkas in berkas_demo():
        pemda = impor_teks(berkas.read_text(encoding="utf-8"))
        sekali = tulis(ekspor_pemda(pemda))
        impor_teks(sekali)
        assert tulis(ekspor_pemda(pemda)) == sekali


def test_the_command_prints_one_pemda(demo):
    out = StringIO()
    call_command("ekspor", pemda="kota-tebing-tinggi", stdout=out)
    assert out.getvalue().startswith("format: sakip-data/1")
    assert "disnakerind-tebing-tinggi" in out.getvalue()


def test_it_keeps_zeros(demo):
    # LKjIP 2022 Tabel 14 row 1.c.2: output target 1 jenis, realisation 0 jenis.
    teks = tulis(ekspor_pemda(Pemda.objects.get(slug="kota-tebing-tinggi")))
    anggaran = teks[teks.index("    anggaran:") :]
    blok = anggaran[anggaran.index("kode: 2.07.01.2.07.06") :]
    assert "realisasi: 0\n" in blok[: blok.index("sasaran:")]
