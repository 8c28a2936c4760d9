"""Pages show target and realisation by the unit's display rule (issue 15 item 5), as the
documents do: PPU's "Jumlah Peningkatan Alat UTTP yang di Tera/Tera Ulang" has a target of
200 unit in 2024 (IKU 2025, seed 001), its IKM index 82,97."""

from sakip.instansi.models import OPD
from sakip.pengukuran.pk import tetapkan_pk
from sakip.perencanaan.models import Indikator, PerjanjianKinerja


def test_the_iku_table_prints_counts_whole_next_to_their_unit_column(masuk):
    r = masuk("operator-ppu").get("/opd/dkukmperindag-ppu/iku/2024/")
    assert r.status_code == 200
    assert '<td class="angka">200</td>' in r.text
    assert '<td class="angka">82,97</td>' in r.text
    assert "200,00" not in r.text


def test_the_indicator_page_prints_the_unit_with_the_value(masuk):
    uttp = Indikator.objects.get(periode__opd__slug="dkukmperindag-ppu", kode="uttp-tera")
    r = masuk("operator-ppu").get(f"/indikator/{uttp.pk}/")
    assert r.status_code == 200
    assert '<td class="angka">200 unit</td>' in r.text  # 2024
    assert "<dd>300 unit</dd>" in r.text  # end of period
    assert "200,00" not in r.text


def test_the_pk_page_prints_counts_whole_next_to_their_unit_column(masuk):
    opd = OPD.objects.get(slug="dkukmperindag-ppu")
    PerjanjianKinerja.objects.filter(opd=opd, tahun=2025).delete()
    tetapkan_pk(opd, 2025)
    r = masuk("operator-ppu").get("/opd/dkukmperindag-ppu/rencana/pk/2025/")
    assert r.status_code == 200
    # PK 2025 of PPU (seed 001): 1 dokumen, 250 unit, 41 % and an index of 83,22.
    assert '<td>dokumen</td><td class="angka">1</td>' in r.text
    assert '<td>unit</td><td class="angka">250</td>' in r.text
    assert '<td>%</td><td class="angka">41,00</td>' in r.text
    assert '<td>indeks</td><td class="angka">83,22</td>' in r.text
    assert ">1,00<" not in r.text and "250,00" not in r.text
