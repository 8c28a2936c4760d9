"""The YAML import refuses text holding a control character (YAML's escapes "\\e", "\\x85"
let a file carry one), naming each place, and imports nothing."""

import pytest

from sakip.instansi.models import Pemda
from sakip.pertukaran.impor import ImporError, impor_teks

from .test_impor import berkas


def test_it_refuses_control_characters_and_says_where(db):
    teks = (
        berkas()
        .replace("nama: Indikator X", 'nama: "Indikator\\eX"')
        .replace("nama: Kota Contoh", 'nama: "Kota\\x85Contoh"')
        .replace("satuan: '%'", 'satuan: "%\\t"')  # a tab is text, not a control to refuse
    )
    with pytest.raises(ImporError) as e:
        impor_teks(teks)
    assert e.value.kesalahan == [
        "pemda.nama: berisi karakter kendali tak terlihat (U+0085) pada karakter ke-5; "
        "hapus karakter itu lalu simpan lagi.",
        "pemda.opd[0].periode[0].tujuan[0].sasaran[0].indikator[0].nama: berisi karakter "
        "kendali tak terlihat (U+001B) pada karakter ke-10; hapus karakter itu lalu simpan lagi.",
    ]
    assert not Pemda.objects.exists()


def test_tabs_and_newlines_are_imported_as_typed(db):
    impor_teks(berkas().replace("nama: Kota Contoh", 'nama: "Kota\\tContoh\\r\\nBaru"'))
    assert Pemda.objects.get().nama == "Kota\tContoh\r\nBaru"
