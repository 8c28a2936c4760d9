"""User management in a real browser: the Admin Pemda adds an operator of one OPD, the
password validators refuse a short password in Indonesian, the new user logs in, chooses
their own password and sees only that OPD, and an operator cannot open the users page."""

import re

import pytest
from playwright.sync_api import expect

from sakip.akun.models import Pengguna
from sakip.instansi.models import OPD, Pemda
from sakip.pertukaran.demo import OPD_DEMO, PPU

pytestmark = pytest.mark.browser

PENGGUNA = f"/pemda/{PPU}/pengguna/"
KATA_SANDI = "Kantor-Bupati-2025"


@pytest.fixture
def opd_lain(peramban):
    """A second OPD in the Pemda, which an operator of the first one must not see."""
    return OPD.objects.create(
        pemda=Pemda.objects.get(slug=PPU), slug="bappeda-ppu", nama="Bappeda Penajam Paser Utara"
    )


def isi_pengguna_baru(page, kata_sandi, opd):
    page.get_by_label("Nama pengguna").fill("siti")
    page.get_by_label("Nama lengkap").fill("Siti Aminah")
    page.get_by_label("Surel").fill("siti@example.id")
    page.get_by_label(re.compile("^Kata sandi")).fill(kata_sandi)
    page.get_by_label("Ulangi kata sandi").fill(kata_sandi)
    page.get_by_label("Peran").select_option(label="Operator OPD")
    page.get_by_label(re.compile("^OPD")).select_option(label=opd.nama)
    page.get_by_role("button", name="Simpan pengguna").click()


def test_the_admin_adds_an_operator_who_sees_only_their_opd(peramban, opd_lain):
    opd = OPD.objects.get(slug=OPD_DEMO[PPU])
    admin = peramban.masuk("admin-ppu")
    admin.goto(f"{peramban.url}{PENGGUNA}")
    admin.get_by_role("link", name="+ Tambah pengguna").click()
    expect(admin.get_by_role("heading", name="Tambah pengguna")).to_be_visible()

    isi_pengguna_baru(admin, "pendek", opd)
    expect(
        admin.get_by_text("Kata sandi terlalu pendek. Harus mengandung setidaknya 10 karakter.")
    ).to_be_visible()
    assert not Pengguna.objects.filter(username="siti").exists()

    isi_pengguna_baru(admin, KATA_SANDI, opd)
    expect(admin.get_by_text("Pengguna siti dibuat.")).to_be_visible()
    expect(admin.get_by_role("heading", name="Pengguna siti")).to_be_visible()
    expect(admin.locator("ul.daftar-peran")).to_contain_text(f"Operator OPD · {opd.nama}")
    # The admin sees both OPD of the Pemda; the new operator must see only theirs.
    admin.goto(f"{peramban.url}/")
    expect(admin.get_by_role("link", name=opd_lain.nama)).to_be_visible()

    siti = peramban.browser.new_page()
    siti.goto(f"{peramban.url}/masuk/")
    siti.get_by_label("Nama pengguna").fill("siti")
    siti.get_by_label("Kata sandi").fill(KATA_SANDI)
    siti.get_by_role("button", name="Masuk").click()
    # The admin chose the password: siti chooses her own before anything else.
    expect(siti.get_by_text("Kata sandi Anda ditetapkan oleh orang lain")).to_be_visible()
    siti.get_by_label("Kata sandi lama").fill(KATA_SANDI)
    siti.get_by_label(re.compile("^Kata sandi baru")).fill("Sungai-Mahakam-2026")
    siti.get_by_label("Ulangi kata sandi baru").fill("Sungai-Mahakam-2026")
    siti.get_by_role("button", name="Simpan kata sandi").click()
    expect(
        siti.get_by_role("heading", name="Pemerintah daerah dan perangkat daerah")
    ).to_be_visible()
    expect(siti.get_by_role("link", name=opd.nama)).to_be_visible()
    expect(siti.get_by_role("link", name=opd_lain.nama)).to_have_count(0)
    expect(siti.locator("body")).not_to_contain_text("Kota Jambi")
    assert siti.goto(f"{peramban.url}/opd/{opd.slug}/").status == 200
    assert siti.goto(f"{peramban.url}/opd/{opd_lain.slug}/").status == 404
    assert siti.goto(f"{peramban.url}{PENGGUNA}").status == 403


def test_an_operator_cannot_open_the_users_page(peramban):
    operator = peramban.masuk("operator-ppu")
    for url in (PENGGUNA, f"{PENGGUNA}baru/"):
        assert operator.goto(f"{peramban.url}{url}").status == 403
    expect(operator.get_by_role("link", name="+ Tambah pengguna")).to_have_count(0)
