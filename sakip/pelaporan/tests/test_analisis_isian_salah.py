"""Bad input on the analysis page is refused next to its field, in Indonesian, with nothing
saved and everything typed shown again as typed; the YAML import refuses the same input
by the same rule (`pelaporan.aturan.alasan_analisis`)."""

import html

import pytest

from sakip.jejak.models import Jejak
from sakip.pelaporan.aturan import alasan_analisis
from sakip.pelaporan.models import AnalisisIndikator
from sakip.pertukaran.impor import ImporError, impor_teks
from sakip.pertukaran.tests.test_impor import berkas

from .analisis_bantu import URL, bidang, indikator, isian

SOLUSI_SAJA = alasan_analisis("", "x")[1]


def _kirim(masuk, ubah):
    c = masuk("operator-tebing")
    r = c.post(URL, isian(c.get(URL), ubah))
    assert r.status_code == 200
    return r


def _tidak_tersimpan():
    assert not Jejak.objects.exists()
    assert not AnalisisIndikator.objects.filter(indikator=indikator("pertumbuhan-ikm")).exists()
    assert not AnalisisIndikator.objects.filter(
        indikator=indikator("sengketa-diselesaikan")
    ).exists()


def _galat_di_bawah(teks, nama):
    """The error messages shown right after the field `nama`."""
    sesudah = teks[teks.index(f'name="{nama}"') :]
    sesudah = sesudah[: sesudah.index("</p>")]
    return [bagian.split("</span>")[0] for bagian in sesudah.split('<span class="galat">')[1:]]


@pytest.mark.parametrize("analisis", ["", "   \r\n  "])
def test_a_solution_without_an_analysis_is_refused_next_to_the_analysis(masuk, analisis):
    solusi = "Menambah mediator\r\nhubungan industrial."
    r = _kirim(
        masuk,
        {
            bidang("analisis", "sengketa-diselesaikan"): analisis,
            bidang("solusi", "sengketa-diselesaikan"): solusi,
            bidang("analisis", "pertumbuhan-ikm"): "IKM tumbuh.",  # valid, but not saved alone
        },
    )
    form = r.context["form"]
    assert form.errors == {bidang("analisis", "sengketa-diselesaikan"): [SOLUSI_SAJA]}
    teks = html.unescape(r.content.decode())
    assert _galat_di_bawah(teks, bidang("analisis", "sengketa-diselesaikan")) == [SOLUSI_SAJA]
    # Above the form: not saved, and a link to the field to fix.
    ringkasan = teks[teks.index('id="ringkasan-galat"') :]
    assert ringkasan.startswith('id="ringkasan-galat">Belum disimpan')
    tautan = f'<a href="#id_{bidang("analisis", "sengketa-diselesaikan")}">'
    assert f"{tautan}Persentase menurunnya sengketa pekerja dan pengusaha</a>" in ringkasan
    # Everything typed is shown again as typed (the text areas' line ends as LF).
    assert form[bidang("solusi", "sengketa-diselesaikan")].value() == solusi.replace("\r\n", "\n")
    assert form[bidang("analisis", "pertumbuhan-ikm")].value() == "IKM tumbuh."
    assert "Menambah mediator\nhubungan industrial.</textarea>" in teks
    _tidak_tersimpan()


def test_a_control_character_is_refused_and_kept_for_the_user_to_see(masuk):
    r = _kirim(
        masuk,
        {
            bidang("analisis", "sengketa-diselesaikan"): "Salin dari PDF\x0cterpotong.",
            bidang("analisis", "pertumbuhan-ikm"): "IKM tumbuh.",
        },
    )
    [pesan] = r.context["form"].errors[bidang("analisis", "sengketa-diselesaikan")]
    assert pesan.startswith("Isian 'Analisis keberhasilan/kegagalan' berisi karakter kendali")
    assert "U+000C" in pesan
    assert (
        r.context["form"][bidang("analisis", "sengketa-diselesaikan")].value()
        == "Salin dari PDF\x0cterpotong."
    )
    _tidak_tersimpan()


def test_the_import_refuses_the_same_input_by_the_same_rule(db):
    def dengan_analisis(isi):
        [baris] = [b for b in berkas().splitlines() if b.strip() == "target: {2024: 42}"]
        awal = baris[: len(baris) - len(baris.lstrip())]  # the indicator's indentation
        return berkas().replace(baris, f"{baris}\n{awal}analisis: {{2024: {isi}}}")

    tempat = "pemda.opd[0].periode[0].tujuan[0].sasaran[0].indikator[0].analisis.2024"
    for isi in ("{solusi: 'Solusi saja'}", "{analisis: '  ', solusi: 'Solusi saja'}"):
        with pytest.raises(ImporError) as e:
            impor_teks(dengan_analisis(isi))
        assert e.value.kesalahan == [f"{tempat}.analisis: {SOLUSI_SAJA}"]
    with pytest.raises(ImporError) as e:
        impor_teks(dengan_analisis("{solusi: ''}"))
    assert e.value.kesalahan == [f"{tempat}.analisis: Analisis keberhasilan/kegagalan wajib diisi."]
    with pytest.raises(ImporError) as e:
        impor_teks(dengan_analisis("{analisis: [a, b]}"))
    assert e.value.kesalahan == [f"{tempat}.analisis: harus berupa teks"]
    impor_teks(dengan_analisis("{analisis: 'Tercapai.', solusi: ''}"))
    assert AnalisisIndikator.objects.get().analisis == "Tercapai."
