"""Managing one user in a real browser, at 1366 px and on a phone (390 px): the users list
and the user's page fit the screen; the Admin Pemda resets a password, the user logs in
with the temporary one and must choose their own; the admin deactivates an account and its
owner can no longer log in."""

import re

import pytest
from playwright.sync_api import expect

from sakip.akun.models import Pengguna
from sakip.pertukaran.demo import KATA_SANDI_DEMO, PPU

pytestmark = pytest.mark.browser

PENGGUNA = f"/pemda/{PPU}/pengguna/"
LEBAR = [1366, 390]


def _muat(page, lebar, nama, folder):
    assert page.evaluate("document.documentElement.scrollWidth") <= lebar, nama
    page.screenshot(path=folder / f"{nama}-{lebar}.png", full_page=True)


def _masuk(peramban, username, kata_sandi, lebar):
    page = peramban.browser.new_page(viewport={"width": lebar, "height": 900})
    page.goto(f"{peramban.url}/masuk/")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(kata_sandi)
    page.get_by_role("button", name="Masuk").click()
    return page


@pytest.mark.parametrize("lebar", LEBAR)
def test_the_admin_resets_a_password_and_the_user_chooses_their_own(peramban, lebar, tmp_path):
    admin = peramban.masuk("admin-ppu", viewport={"width": lebar, "height": 900})
    admin.goto(f"{peramban.url}{PENGGUNA}")
    expect(admin.get_by_role("heading", name="Pengguna Kabupaten Penajam")).to_be_visible()
    _muat(admin, lebar, "pengguna", tmp_path)

    admin.get_by_role("link", name="operator-ppu", exact=True).click()
    expect(admin.get_by_role("heading", name="Pengguna operator-ppu")).to_be_visible()
    _muat(admin, lebar, "kelola", tmp_path)
    # The role controls fold: opened, they still fit (an OPD's long name included).
    admin.locator("summary", has_text="Tambah peran").click()
    admin.locator("ul.daftar-peran summary").first.click()
    expect(admin.get_by_role("button", name="Tambah peran")).to_be_visible()
    hapus = admin.get_by_role("button", name=re.compile("^Hapus peran Operator OPD"))
    expect(hapus).to_be_visible()
    _muat(admin, lebar, "kelola-peran", tmp_path)
    bagian = admin.locator("form").filter(has=admin.get_by_role("button", name="Atur ulang"))
    bagian.get_by_label(re.compile("^Alasan")).fill("Lupa kata sandi, diminta lewat telepon")
    admin.get_by_role("button", name="Atur ulang kata sandi").click()
    sementara = admin.get_by_label("Kata sandi sementara").inner_text()
    assert len(sementara) == 14
    _muat(admin, lebar, "sementara", tmp_path)

    operator = _masuk(peramban, "operator-ppu", sementara, lebar)
    expect(operator.get_by_text("Kata sandi Anda ditetapkan oleh orang lain")).to_be_visible()
    operator.goto(f"{peramban.url}/opd/dkukmperindag-ppu/")
    expect(operator.get_by_role("heading", name="Ganti kata sandi")).to_be_visible()
    _muat(operator, lebar, "wajib-ganti", tmp_path)
    operator.get_by_label("Kata sandi lama").fill(sementara)
    operator.get_by_label(re.compile("^Kata sandi baru")).fill("Teluk-Balikpapan-2026")
    operator.get_by_label("Ulangi kata sandi baru").fill("Teluk-Balikpapan-2026")
    operator.get_by_role("button", name="Simpan kata sandi").click()
    expect(operator.get_by_text("Kata sandi berhasil diganti.")).to_be_visible()
    operator.goto(f"{peramban.url}/opd/dkukmperindag-ppu/")
    expect(operator.get_by_role("heading", name="Ganti kata sandi")).to_have_count(0)
    assert not Pengguna.objects.get(username="operator-ppu").wajib_ganti_kata_sandi


def test_a_deactivated_user_cannot_log_in(peramban, tmp_path):
    admin = peramban.masuk("admin-ppu", viewport={"width": 390, "height": 900})
    kepala = Pengguna.objects.get(username="kepala-ppu")
    admin.goto(f"{peramban.url}{PENGGUNA}{kepala.pk}/")
    bagian = admin.locator("form").filter(has=admin.get_by_role("button", name="Nonaktifkan"))
    bagian.get_by_label(re.compile("^Alasan")).fill("Pensiun per 1 Desember")
    bagian.get_by_role("button", name="Nonaktifkan akun").click()
    expect(admin.get_by_text("Akun kepala-ppu dinonaktifkan")).to_be_visible()
    expect(admin.get_by_role("button", name="Aktifkan kembali")).to_be_visible()
    _muat(admin, 390, "nonaktif", tmp_path)

    page = _masuk(peramban, "kepala-ppu", KATA_SANDI_DEMO, 390)
    expect(page.get_by_text("Nama pengguna atau kata sandi salah")).to_be_visible()
    expect(page.get_by_role("heading", name="Masuk ke sakip")).to_be_visible()
