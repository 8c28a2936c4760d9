"""The number fields of the forms (`perencanaan.forms.AngkaField`) take every number the
database holds, up to 18 digits before the comma and 12 after, and keep it exactly; a
number that does not fit is refused with the field's name and what fits, never rounded."""

import html
from decimal import Decimal

from sakip.perencanaan.models import Target

from .isian_bantu import indikator, jejak_baru, jejak_terakhir, teks


def _url(ind):
    return f"/rencana/indikator/{ind.pk}/target/"


def _asal(klien, url):
    isi = klien.get(url).content.decode()
    awal = isi.index('name="asal" value="') + len('name="asal" value="')
    return html.unescape(isi[awal : isi.index('"', awal)])


def _tersimpan(ind):
    return {t.tahun: t.nilai for t in Target.objects.filter(indikator=ind, triwulan=0)}


def test_it_refuses_numbers_that_do_not_fit_and_says_where(masuk):
    ind = indikator()
    sebelum = _tersimpan(ind)
    klien = masuk("operator-tebing")
    data = {
        "asal": _asal(klien, _url(ind)),
        "n_2021_0": "1.000.000.000.000.000.000",
        "n_2022_0": "0,1234567890123",
    }
    isi = teks(klien.post(_url(ind), data))
    assert (
        "Target 2021: angka terlalu besar, paling banyak 18 angka sebelum koma (tertulis 19)."
        in isi
    )
    assert (
        "Target 2022: angka terlalu rinci, paling banyak 12 angka di belakang koma "
        "(tertulis 13)." in isi
    )
    assert _tersimpan(ind) == sebelum


def test_the_largest_numbers_are_kept_exactly_and_every_page_reads_them(masuk):
    ind = indikator()
    klien = masuk("operator-tebing")
    mulai = jejak_terakhir()
    data = {
        "asal": _asal(klien, _url(ind)),
        "n_2021_0": "999.999.999.999.999.999",
        "n_2022_0": "-123.456.789.012.345.678,123456789012",
    }
    assert klien.post(_url(ind), data).status_code == 302
    assert _tersimpan(ind) == {
        2021: Decimal("999999999999999999"),
        2022: Decimal("-123456789012345678.123456789012"),
    }
    assert [j.baru["nilai"] for j in jejak_baru(mulai)] == [
        "999999999999999999",
        "-123456789012345678.123456789012",
    ]
    isi = teks(klien.get(_url(ind)))
    assert 'value="999.999.999.999.999.999"' in isi
    assert 'value="-123.456.789.012.345.678,123456789012"' in isi
    slug = ind.periode.opd.slug
    for halaman in (f"/indikator/{ind.pk}/", f"/opd/{slug}/", f"/opd/{slug}/iku/2021/"):
        assert klien.get(halaman).status_code == 200, halaman
    # The same values again change nothing: what is stored equals what was typed.
    data["asal"] = _asal(klien, _url(ind))
    mulai = jejak_terakhir()
    assert klien.post(_url(ind), data).status_code == 302
    assert jejak_baru(mulai) == []
