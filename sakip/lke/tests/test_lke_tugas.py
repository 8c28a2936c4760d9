"""Open LHE recommendations wait in the to-do lists (`alur.tugas`): the demo's 2022
recommendation 2 (no follow-up yet) for the OPD's staff, recommendation 1 (followed up)
for the Inspektorat; closed ones and other Pemda's users see nothing."""

from sakip.akun.models import Pengguna
from sakip.alur.tugas import tugas
from sakip.pertukaran.demo import muat_alur_demo
from sakip.pertukaran.demo_lke import muat_lke_demo


def _lhe(username):
    return [
        (t.judul, t.uraian, t.alamat)
        for t in tugas(Pengguna.objects.get(username=username))
        if t.dokumen is None
    ]


def test_each_side_sees_what_waits_for_it(masuk):
    muat_alur_demo()
    muat_lke_demo()
    alamat = "/opd/disnakerind-tebing-tinggi/lke/2022/lhe/"
    assert _lhe("operator-tebing") == [
        (
            "Rekomendasi 2 LHE 2022",
            "catat tindak lanjut sampai 31 Maret 2024 (lewat batas waktu)",
            f"{alamat}#rekomendasi-2",
        )
    ]
    assert _lhe("inspektorat-tebing") == [
        ("Rekomendasi 1 LHE 2022", "nilai tindak lanjut OPD", f"{alamat}#rekomendasi-1")
    ]
    assert _lhe("admin-tebing") == [] and _lhe("operator-ppu") == []
    beranda = masuk("operator-tebing").get("/").text
    assert f'href="{alamat}#rekomendasi-2"' in beranda
