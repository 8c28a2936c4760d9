"""The audit trail of the data-file import (`sakip impor`): one record per record created,
changed or deleted, none for a second identical import."""

import pytest
from django.core.management import call_command

from sakip.anggaran.models import ProgramKegiatan
from sakip.instansi.models import OPD, Pemda
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator, Periode, Target
from sakip.pertukaran.demo import berkas_demo
from sakip.pertukaran.impor import ImporError, impor_teks
from sakip.pertukaran.nomenklatur import impor_nomenklatur

from .test_impor import berkas
from .test_impor_anggaran import berkas as berkas_anggaran

PEJABAT = "      pejabat:\n        - {kode: kadis, nama: Budi, jabatan: Kepala Dinas}\n"
SUPLEMEN = """\
        - kode: suplemen
          jenis: suplemen_renstra
          nama: Suplemen Renstra
          tahun_awal: 2025
          tahun_akhir: 2026
          induk: renstra
"""


def dengan_pejabat(teks):
    teks = teks.replace("      periode:\n", PEJABAT + "      periode:\n")
    return teks.replace(
        "          tahun_akhir: 2026\n",
        "          tahun_akhir: 2026\n          penandatangan: kadis\n",
    )


def dengan_suplemen(teks):
    return teks.replace("      periode:\n", "      periode:\n" + SUPLEMEN)


def impor(teks, tmp_path, nama="data.yaml"):
    path = tmp_path / nama
    path.write_text(teks, encoding="utf-8")
    call_command("impor", str(path))


def test_the_command_records_every_created_record(db, tmp_path):
    impor(berkas(), tmp_path)
    jejak = Jejak.objects.all()
    # Pemda, OPD, 2 variables with a value each, period, tujuan, sasaran, indicator, target.
    assert jejak.count() == 11
    assert {j.tindakan for j in jejak} == {Jejak.Tindakan.BUAT}
    assert {(j.nama_pengguna, j.pengguna_id, j.alasan) for j in jejak} == {
        ("(perintah)", None, "Impor berkas data data.yaml")
    }
    pemda, opd = Pemda.objects.get(), OPD.objects.get()
    assert {j.pemda for j in jejak} == {pemda}
    assert jejak.get(objek="pemda").opd is None
    assert {j.opd for j in jejak.exclude(objek="pemda")} == {opd}
    target = jejak.get(objek="target")
    assert target.objek_id == str(Target.objects.get().pk)
    assert target.uraian == "Target Indikator X, tahun 2024, triwulan 0"
    assert (target.lama, target.baru) == (
        None,
        {"tahun": 2024, "triwulan": 0, "nilai": "42", "nilai_atas": None},
    )


@pytest.mark.parametrize(
    "teks",
    [dengan_suplemen(dengan_pejabat(berkas())), berkas_anggaran()],
    ids=["rencana", "anggaran"],
)
def test_a_second_identical_import_writes_nothing(db, tmp_path, teks):
    impor(teks, tmp_path)
    sebelum = Jejak.objects.count()
    assert sebelum > 10
    impor(teks, tmp_path)
    assert Jejak.objects.count() == sebelum


def test_a_changed_value_leaves_one_record_with_old_and_new(db, tmp_path):
    impor(berkas(target="42"), tmp_path)
    sebelum = Jejak.objects.count()
    impor(berkas(target="45.5"), tmp_path, "baru.yaml")
    (jejak,) = Jejak.objects.all()[: Jejak.objects.count() - sebelum]
    assert (jejak.tindakan, jejak.objek, jejak.uraian) == (
        Jejak.Tindakan.UBAH,
        "target",
        "Target Indikator X, tahun 2024, triwulan 0",
    )
    assert (jejak.lama, jejak.baru) == ({"nilai": "42"}, {"nilai": "45.5"})
    assert jejak.alasan == "Impor berkas data baru.yaml"


def test_deleted_records_are_recorded_with_what_went_with_them(db, tmp_path):
    impor(berkas(), tmp_path)
    ind, target = Indikator.objects.get(), Target.objects.get()
    sebelum = Jejak.objects.count()
    tanpa = berkas().split("                  indikator:")[0] + "\n"
    impor(tanpa, tmp_path)
    baru = Jejak.objects.order_by("id")[sebelum:]
    assert {(j.tindakan, j.objek, j.objek_id) for j in baru} == {
        (Jejak.Tindakan.HAPUS, "target", str(target.pk)),
        (Jejak.Tindakan.HAPUS, "indikator", str(ind.pk)),
    }
    assert len(baru) == 2
    hapus_ind = next(j for j in baru if j.objek == "indikator")
    assert hapus_ind.baru is None and hapus_ind.lama["kode"] == "x"
    assert hapus_ind.lama["rumus"] == "a / b * 100"
    hapus_target = next(j for j in baru if j.objek == "target")
    assert hapus_target.uraian.endswith("(terhapus bersama data induknya)")
    assert hapus_target.lama["nilai"] == "42" and hapus_target.lama["indikator"] == "Indikator X"


def test_a_reference_cleared_by_a_deletion_is_a_change(db, tmp_path):
    impor(dengan_pejabat(berkas()), tmp_path)
    periode = Periode.objects.get()
    assert periode.penandatangan.nama == "Budi"
    sebelum = Jejak.objects.count()
    impor(berkas(), tmp_path)
    baru = {j.objek: j for j in Jejak.objects.order_by("id")[sebelum:]}
    assert set(baru) == {"pejabat", "periode"}
    assert baru["pejabat"].tindakan == Jejak.Tindakan.HAPUS
    assert baru["periode"].tindakan == Jejak.Tindakan.UBAH
    assert (baru["periode"].lama, baru["periode"].baru) == (
        {"penandatangan": "Budi"},
        {"penandatangan": None},
    )


def test_a_record_written_twice_by_one_import_leaves_one_record(db, tmp_path):
    """A supplement period is created, then linked to the period it supplements."""
    impor(berkas(), tmp_path)
    sebelum = Jejak.objects.count()
    impor(dengan_suplemen(berkas()), tmp_path)
    (jejak,) = Jejak.objects.order_by("id")[sebelum:]
    assert (jejak.tindakan, jejak.objek) == (Jejak.Tindakan.BUAT, "periode")
    assert jejak.baru["kode"] == "suplemen" and jejak.baru["induk"] == "Renstra Contoh"
    assert Periode.objects.get(kode="suplemen").induk.kode == "renstra"


def test_budget_links_and_parents_are_recorded_once(db, tmp_path):
    impor(berkas_anggaran(), tmp_path)
    sub = ProgramKegiatan.objects.get(kode="2.07.01.2.02.01")
    (buat,) = Jejak.objects.filter(objek_id=str(sub.pk), objek=sub._meta.verbose_name)
    assert buat.baru["induk"] == "2.07.01.2.02 Kegiatan" and buat.baru["sasaran"] == ["Sasaran"]
    assert buat.baru["pagu"] == "1000" and buat.uraian.endswith("kode 2.07.01.2.02.01")
    sebelum = Jejak.objects.count()
    impor(berkas_anggaran().replace("sasaran: [renstra/1/1]", "sasaran: []"), tmp_path)
    (ubah,) = Jejak.objects.order_by("id")[sebelum:]
    assert (ubah.objek_id, ubah.lama, ubah.baru) == (
        str(sub.pk),
        {"sasaran": ["Sasaran"]},
        {"sasaran": []},
    )


def test_a_refused_import_writes_no_trail(db):
    impor_teks(berkas())
    sebelum = Jejak.objects.count()
    with pytest.raises(ImporError):
        impor_teks(berkas(target="45").replace("jenis: persentase", "jenis: bukan"))
    assert Jejak.objects.count() == sebelum


def test_the_demo_seed_writes_no_trail(demo):
    assert not Jejak.objects.exists()


def test_the_nomenclature_import_records_each_code(demo):
    pemda = Pemda.objects.get(slug="kota-tebing-tinggi")
    daftar = [(n.kode, n.nama, "") for n in pemda.nomenklatur_set.all()]
    daftar.append(("2.07.03.2.01.02", "Sub kegiatan baru", ""))
    impor_nomenklatur(pemda, daftar, alasan="Impor daftar nomenklatur n.xlsx")
    (jejak,) = Jejak.objects.all()
    assert (jejak.tindakan, jejak.pemda, jejak.opd, jejak.alasan) == (
        Jejak.Tindakan.BUAT,
        pemda,
        None,
        "Impor daftar nomenklatur n.xlsx",
    )
    assert jejak.baru == {"kode": "2.07.03.2.01.02", "nama": "Sub kegiatan baru", "tingkat": 5}
    impor_nomenklatur(pemda, daftar)
    assert Jejak.objects.count() == 1


@pytest.mark.parametrize("berkas_demo", berkas_demo(), ids=lambda f: f.name)
def test_reimporting_a_seed_file_writes_nothing(db, berkas_demo):
    teks = berkas_demo.read_text(encoding="utf-8")
    impor_teks(teks)
    sebelum = Jejak.objects.count()
    assert sebelum > 50
    impor_teks(teks)
    assert Jejak.objects.count() == sebelum
