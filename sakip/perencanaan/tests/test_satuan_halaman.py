"""Pages show target and realisation by the unit's display rule (issue 15 item 5), as the
documents do: PPU's "Jumlah Peningkatan Alat UTTP yang di Tera/Tera Ulang" has a target of
200 unit in 2024 (IKU 2025, seed 001), its IKM index 82,97."""

from sakip.perencanaan.models import Indikator


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
