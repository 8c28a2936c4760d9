"""Local criteria of a Pemda: numbered after the regulation's in their sub-component and
never reused, scored with the others, and left out of an evaluation concluded before they
were added (its score stays what was concluded)."""

from decimal import Decimal

import pytest

from sakip.akun.models import Pengguna
from sakip.instansi.models import OPD
from sakip.lke.hitung import keadaan
from sakip.lke.ubah import (
    LkeError,
    buka_evaluasi,
    selesaikan,
    simpan_jawaban,
    tambah_kriteria_lokal,
)

from .bantu import OPD as SLUG


@pytest.fixture
def opd(demo):
    return OPD.objects.select_related("pemda").get(slug=SLUG)


def test_local_criteria_are_numbered_after_the_files_and_scored(opd):
    admin = Pengguna.objects.get(username="admin-tebing")
    a = tambah_kriteria_lokal(admin, opd.pemda, "4.1", "Ada Perwali evaluasi internal.", "yt")
    b = tambah_kriteria_lokal(admin, opd.pemda, "4.1", "Ada tim evaluator internal.", "yt")
    assert (a.nomor, b.nomor) == (4, 5)  # 4.1 has three criteria in the file
    k = keadaan(opd, 2022)
    assert [x.kode for x in k.lembar.komponen[3].subkomponen[0].kriteria][-2:] == ["4.1.4", "4.1.5"]
    evaluasi = buka_evaluasi(None, opd, 2022)
    for kode in ("4.1.1", "4.1.4"):
        simpan_jawaban(None, evaluasi, k.lembar, kode, {"jawaban_evaluator": "Y"})
    # 4.1 (weight 5) now has 5 criteria: 2 Y of 5 -> 0,4 x 5 = 2.
    hasil = keadaan(opd, 2022).hasil("evaluator")
    assert hasil.komponen[3].subkomponen[0].nilai == 2


def test_a_local_criterion_needs_a_known_sub_component_and_scale(opd):
    with pytest.raises(LkeError, match="Subkomponen 5.1 tidak ada"):
        tambah_kriteria_lokal(None, opd.pemda, "5.1", "x", "yt")
    with pytest.raises(LkeError, match="Skala 'abc' tidak dikenal"):
        tambah_kriteria_lokal(None, opd.pemda, "1.1", "x", "abc")


def test_a_concluded_evaluation_keeps_its_criteria_and_score(opd):
    k = keadaan(opd, 2022)
    evaluasi = buka_evaluasi(None, opd, 2022)
    for kriteria in k.lembar.semua_kriteria():
        simpan_jawaban(
            None, evaluasi, k.lembar, kriteria.kode, {"jawaban_evaluator": kriteria.skala.terbaik}
        )
    selesaikan(None, evaluasi, keadaan(opd, 2022).hasil("evaluator"))
    tambah_kriteria_lokal(None, opd.pemda, "1.1", "Kriteria sesudah evaluasi selesai.", "yt")
    sesudah = keadaan(opd, 2022)
    assert sesudah.lembar.kriteria("1.1.7") is None
    assert sesudah.hasil("evaluator").nilai == Decimal(100)
    with pytest.raises(LkeError, match="terkunci"):
        simpan_jawaban(None, sesudah.evaluasi, sesudah.lembar, "1.1.1", {"jawaban_evaluator": "T"})
    # Another OPD year's evaluation, still open, has it.
    assert keadaan(opd, 2023).lembar.kriteria("1.1.7") is not None
