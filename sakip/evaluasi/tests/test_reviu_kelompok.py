"""Findings grouped by where they were found and by rule, in reading order."""

from decimal import Decimal

from sakip.evaluasi.kelompok import id_kelompok, kelompokkan, sumber_temuan
from sakip.kinerja.reviu import Tingkat, cek_angka, temuan


def test_the_source_is_the_location_up_to_its_first_comma():
    assert sumber_temuan("LKjIP 2022 Tabel 5, Persentase produk IKM") == "LKjIP 2022 Tabel 5"
    assert sumber_temuan("Lampiran RFK 2022, baris TOTAL (pagu)") == "Lampiran RFK 2022"
    assert sumber_temuan("Perjanjian Kinerja 2021") == "Perjanjian Kinerja 2021"
    # A location that names its subject is grouped under it, not one group per name.
    assert sumber_temuan("Indikator Indeks Kepuasan, Masyarakat") == "Data indikator"
    assert sumber_temuan("Sub kegiatan 2.07.05.2.01.03 Koordinasi, Sinkronisasi") == (
        "Data sub kegiatan"
    )
    assert sumber_temuan("Uraian: “capaian 98%, naik”") == "Uraian dokumen"
    assert sumber_temuan(", baris 3") == "Tabel tanpa judul"


def test_anchors_keep_numbers_apart():
    assert id_kelompok("IKU 2025 Tabel 3.2", "R04") == "k-r04-iku-2025-tabel-3-2"
    assert id_kelompok("IKU 2025 Tabel 32", "R04") != id_kelompok("IKU 2025 Tabel 3.2", "R04")


def test_groups_by_source_in_reading_order_then_rule_with_counts():
    daftar = [
        (temuan("R02", "Tabel 10, A", 1, 2), None),
        (temuan("R01", "Tabel 5, A", 1, 2), None),
        (cek_angka("R02", "Tabel 5, A", Decimal("71.41"), Decimal("71.42")), "diterima"),
        (temuan("R02", "Tabel 5, B", 1, 2), None),
        (temuan("R23", "Tabel 5, pejabat Kepala", "x", "y"), None),
    ]
    r = kelompokkan(daftar)
    assert [s.nama for s in r.sumber] == ["Tabel 5", "Tabel 10"]  # 5 before 10
    assert [k.aturan.kode for k in r.sumber[0].kelompok] == ["R01", "R02", "R23"]
    r02 = r.sumber[0].kelompok[1]
    assert [b.letak for b in r02.butir] == ["A", "B"]
    assert [t.lokasi for t in r02.terbuka] == ["Tabel 5, B"]
    # The message without the rule's description, which the group's heading shows.
    assert r02.butir[0].rincian == "tercatat 71,41, seharusnya 71,42"
    assert r02.butir[1].rincian == ""  # the description alone: nothing more to say
    assert r.jumlah[Tingkat.GALAT] == 4 and r.jumlah[Tingkat.PERINGATAN] == 1
    assert r.terbuka[Tingkat.GALAT] == 3 and r.terbuka[Tingkat.PERINGATAN] == 1
    assert len(r.kelompok) == 4
