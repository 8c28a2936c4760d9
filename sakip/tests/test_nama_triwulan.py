"""Quarters are named one way on pages and in the audit trail: "Triwulan III", never
"Triwulan 3" or "TW3" (the filling windows, the RFK page, the indicator page, the trail of a
quarterly value and of a filling window)."""

import re
from datetime import date
from decimal import Decimal

from sakip.akun.models import Pengguna
from sakip.alur.ubah import atur_jendela
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.pengukuran.hitung import isian_triwulan
from sakip.pengukuran.ubah import simpan_triwulan
from sakip.perencanaan.models import Indikator, Target
from sakip.pertukaran.demo import OPD_DEMO, PPU, TEBING

SALAH = re.compile(r"Triwulan [1-4]\b|\bTW ?[1-4]\b")


def _halaman(klien, url):
    r = klien.get(url)
    assert r.status_code == 200
    assert not SALAH.search(r.text), SALAH.search(r.text)
    return r.text


def test_pages_name_quarters_in_roman_numerals(masuk):
    admin = masuk("admin-tebing")
    teks = _halaman(admin, f"/pemda/{TEBING}/jendela/2022/")
    assert all(f"<td>Triwulan {r}" in teks for r in ("I", "II", "III", "IV"))
    teks = _halaman(admin, f"/opd/{OPD_DEMO[TEBING]}/rfk/2022/?triwulan=3")
    assert "— Triwulan III</h1>" in teks and "Realisasi Triwulan III (Rp)" in teks
    ind = Indikator.objects.filter(periode__opd__slug=OPD_DEMO[TEBING], iku=True).first()
    Target.objects.create(indikator=ind, tahun=2022, triwulan=1, nilai=Decimal(10))
    assert "<td>Triwulan I</td>" in _halaman(admin, f"/indikator/{ind.pk}/")


def test_the_trail_names_quarters_in_roman_numerals(demo):
    opd = OPD.objects.get(slug=OPD_DEMO[PPU])
    operator = Pengguna.objects.get(username="operator-ppu")
    isian = isian_triwulan(opd, 2025, 3)[0]
    simpan_triwulan(operator, opd, 2025, 3, [(isian, isian.nilai, Decimal(7))])
    assert Jejak.objects.latest("id").uraian == f"{isian.label} 2025 Triwulan III"

    admin = Pengguna.objects.get(username="admin-ppu")
    atur_jendela(admin, opd.pemda, 2031, {4: (date(2031, 12, 1), date(2031, 12, 20))})
    assert Jejak.objects.latest("id").uraian == "Jendela pengisian Triwulan IV 2031"
