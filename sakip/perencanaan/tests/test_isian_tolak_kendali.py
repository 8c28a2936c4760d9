"""Every form whose text is stored refuses a control character in any text field, naming the
field and the position; tab and line breaks (a browser sends CR LF) are text, and a password
(hashed, never shown) is not checked."""

from types import SimpleNamespace

import pytest

from sakip.akun.forms import FormPenggunaBaru
from sakip.alur.forms import LangkahForm
from sakip.dasar.bidang import Teks
from sakip.evaluasi.forms import SimpulanForm, TanggapanForm
from sakip.instansi.models import Pemda
from sakip.pelaporan.forms import NarasiForm, ProfilForm
from sakip.perencanaan.ubah import BIDANG_SASARAN

from .isian_bantu import asal, indikator, jejak_terakhir, teks

PESAN = "berisi karakter kendali tak terlihat (U+001B) pada karakter ke-5; hapus karakter itu"


def test_the_plan_entry_page_refuses_it_and_stores_nothing(masuk):
    s = indikator().sasaran
    lama, sebelum = s.nama, jejak_terakhir()
    r = masuk("operator-tebing").post(
        f"/rencana/sasaran/{s.pk}/",
        {"asal": asal(s, BIDANG_SASARAN), "nomor": s.nomor, "nama": "Nama\x1b[0m", "urutan": "0"},
    )
    assert r.status_code == 200
    assert f"Isian 'Rumusan sasaran' {PESAN}" in teks(r)
    s.refresh_from_db()
    assert s.nama == lama and jejak_terakhir() == sebelum


def _pengguna_baru(**isi):
    data = {"username": "budi", "first_name": "Budi", "email": "", "jenis": "publik"}
    data |= {"password1": "Kuat-Sekali-2026!", "password2": "Kuat-Sekali-2026!"} | isi
    return FormPenggunaBaru(data, pemda=Pemda.objects.get(slug="kota-tebing-tinggi"))


TEMUAN = [SimpleNamespace(aturan="R1", lokasi="IKU")]
FORM = [
    (lambda t: NarasiForm({"ringkasan": t}), "ringkasan", "Ikhtisar eksekutif"),
    (lambda t: ProfilForm({"pegawai": t}), "pegawai", "Keadaan pegawai"),
    (lambda t: LangkahForm({"langkah": "ajukan", "alasan": t}), "alasan", "Alasan"),
    (lambda t: SimpulanForm({"teks": t}), "teks", "Simpulan reviu"),
    (
        lambda t: TanggapanForm({"aturan": "R1", "lokasi": ["IKU"], "alasan": t}, temuan=TEMUAN),
        "alasan",
        "Alasan temuan diterima",
    ),
    (lambda t: _pengguna_baru(first_name=t), "first_name", "Nama lengkap"),
]


@pytest.mark.parametrize("buat, nama, label", FORM, ids=[f[1] for f in FORM])
def test_every_text_form_refuses_it(demo, buat, nama, label):
    form = buat("Teks\x1b[1m")
    assert not form.is_valid()
    assert form.errors[nama] == [f"Isian '{label}' {PESAN} lalu simpan lagi."]


@pytest.mark.parametrize("buat, nama, label", FORM, ids=[f[1] for f in FORM])
def test_tabs_and_line_breaks_are_text(demo, buat, nama, label):
    form = buat("Teks\tsatu\r\ndua")
    assert form.is_valid(), form.errors
    # A textarea's CRLF is the browser's line break, stored as LF (sakip.dasar.bidang.Teks).
    baris = "\n" if isinstance(form.fields[nama].widget, Teks) else "\r\n"
    assert form.cleaned_data[nama] == f"Teks\tsatu{baris}dua"


def test_a_password_is_not_checked(demo):
    sandi = "Kuat\x1bSekali-2026!"
    assert _pengguna_baru(password1=sandi, password2=sandi).is_valid()
