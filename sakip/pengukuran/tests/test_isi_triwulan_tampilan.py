"""What the quarter entry page shows next to its inputs: one group per indicator with the
target of the period (and its realisation and capaian so far), inputs labelled by the data
they take (a direct realisation is "Realisasi", not the indicator's name again), on the
Tahunan tab the value each series gives the year, and an error inside its input's cell."""

from decimal import Decimal

import pytest
from lxml import html

from sakip.pengukuran.models import Realisasi, Variabel
from sakip.perencanaan.models import Indikator, Target

PPU = "dkukmperindag-ppu"
TEBING = "disnakerind-tebing-tinggi"


def url(slug, tahun, triwulan):
    return f"/opd/{slug}/isian/{tahun}/{triwulan}/"


def halaman(r):
    assert r.status_code in (200, 400), r.status_code
    return html.fromstring(r.content.decode())


def teks(el):
    return " ".join(el.text_content().split())


def sarana():
    # Direct realisation, the last quarter's value makes the year; target 2025: 14 unit.
    return Indikator.objects.get(kode="sarana-perdagangan", periode__opd__slug=PPU)


def kelompok(doc, ind):
    return doc.get_element_by_id(f"ind-{ind.pk}")


def kepala(doc, ind):
    return teks(kelompok(doc, ind).find_class("angka-periode")[0])


def test_a_direct_realisation_is_labelled_realisasi_not_the_indicators_name(masuk):
    ind = sarana()
    doc = halaman(masuk("operator-ppu").get(url(PPU, 2025, 1)))
    grup = kelompok(doc, ind)
    assert teks(grup).count(ind.nama) == 2  # the heading, and once for screen readers only
    label = grup.find_class("data")[0].find("label")
    for tersembunyi in label.find_class("tersembunyi"):
        assert teks(tersembunyi) == ind.nama
        tersembunyi.drop_tree()
    assert teks(label) == "Realisasi"
    assert label.get("for") == f"id_r{ind.pk}"
    assert grup.get_element_by_id(f"id_r{ind.pk}") is not None


def test_the_quarter_target_is_shown_above_its_inputs(masuk):
    ind = sarana()
    Target.objects.create(indikator=ind, tahun=2025, triwulan=1, nilai=Decimal(3))
    doc = halaman(masuk("operator-ppu").get(url(PPU, 2025, 1)))
    assert kepala(doc, ind).startswith("Target Triwulan I: 3 unit")
    assert "target 2025" not in kepala(doc, ind)


def test_without_a_quarter_target_the_years_target_is_named(masuk):
    doc = halaman(masuk("operator-ppu").get(url(PPU, 2025, 2)))
    assert kepala(doc, sarana()) == "Target Triwulan II: – (target 2025: 14 unit)"


def test_the_quarters_realisation_and_capaian_follow_what_was_saved(masuk):
    ind = sarana()
    Target.objects.create(indikator=ind, tahun=2025, triwulan=1, nilai=Decimal(4))
    Realisasi.objects.create(indikator=ind, tahun=2025, triwulan=1, nilai=Decimal(3))
    doc = halaman(masuk("operator-ppu").get(url(PPU, 2025, 1)))
    assert kepala(doc, ind) == "Target Triwulan I: 4 unit · Realisasi: 3 unit · Capaian: 75,00%"


def test_the_tahunan_tab_shows_the_value_the_year_uses_and_how_far_it_reaches(masuk):
    ind = sarana()
    for triwulan, nilai in ((1, 3), (2, 4), (3, 2)):
        Realisasi.objects.create(indikator=ind, tahun=2025, triwulan=triwulan, nilai=nilai)
    doc = halaman(masuk("operator-ppu").get(url(PPU, 2025, 0)))
    grup = kelompok(doc, ind)
    assert teks(grup.find_class("dipakai")[0]).endswith("2 (dari Triwulan III)")
    assert kepala(doc, ind) == (
        "Target 2025: 14 unit · Realisasi s.d. Triwulan III: 2 unit · "
        "Capaian s.d. Triwulan III: 14,29%"
    )


def test_an_annual_value_entered_is_what_the_year_uses(masuk):
    ind = sarana()
    Realisasi.objects.create(indikator=ind, tahun=2025, triwulan=1, nilai=3)
    Realisasi.objects.create(indikator=ind, tahun=2025, triwulan=0, nilai=14)
    doc = halaman(masuk("operator-ppu").get(url(PPU, 2025, 0)))
    assert teks(kelompok(doc, ind).find_class("dipakai")[0]).endswith("nilai tahunan yang diisi")
    assert kepala(doc, ind) == "Target 2025: 14 unit · Realisasi: 14 unit · Capaian: 100,00%"


def test_a_variable_read_by_two_indicators_is_entered_once(masuk):
    tk_total = Variabel.objects.get(kode="tk_total", opd__slug=TEBING)
    doc = halaman(masuk("operator-tebing").get(url(TEBING, 2022, 1)))
    assert len(doc.xpath(f'//input[@name="v{tk_total.pk}"]')) == 1
    bersama = [g for g in doc.xpath("//tbody") if "Juga memakai tk_total" in teks(g)]
    assert len(bersama) == 1
    assert not bersama[0].xpath(f'.//input[@name="v{tk_total.pk}"]')


def test_an_error_is_written_inside_its_inputs_cell(masuk):
    klien = masuk("operator-ppu")
    ind = sarana()
    form = klien.get(url(PPU, 2025, 1)).context["form"]
    doc = halaman(klien.post(url(PPU, 2025, 1), {**form.initial, f"r{ind.pk}": "12,3,4"}))
    sel = doc.get_element_by_id(f"id_r{ind.pk}").xpath("ancestor::td[1]")[0]
    assert [teks(g) for g in sel.find_class("galat-isian")] == ["'12,3,4' bukan angka yang valid."]
    assert doc.get_element_by_id(f"id_r{ind.pk}").get("aria-invalid") == "true"
    assert len(doc.find_class("galat-isian")) == 1


@pytest.mark.parametrize("triwulan", [0, 1])
def test_a_locked_quarter_shows_the_values_with_the_same_groups(masuk, triwulan):
    ind = sarana()
    Realisasi.objects.create(indikator=ind, tahun=2025, triwulan=triwulan, nilai=Decimal("3.5"))
    doc = halaman(masuk("kepala-ppu").get(url(PPU, 2025, triwulan)))
    grup = kelompok(doc, ind)
    assert not grup.xpath(".//input[not(@type='hidden')]")
    assert teks(grup.find_class("nilai")[0]) == "3,5"
