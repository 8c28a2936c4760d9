"""Every change of an LKE answer leaves one audit record with who, the old and the new
values (the answers' history); a save whose page is stale is refused, not overwritten."""

from sakip.jejak.models import Jejak
from sakip.lke.models import Jawaban

from .bantu import asal_kosong, kirim


def test_an_answer_change_is_audited_with_old_and_new_values(masuk):
    operator = masuk("operator-tebing")
    kirim(operator, "opd", {"1.1.1": ("Y", "Perwali 5/2021")})
    kirim(operator, "opd", {"1.1.1": ("T", "Perwali 5/2021")})
    jejak = Jejak.objects.filter(objek="jawaban LKE").order_by("pk")
    assert [(j.tindakan, j.nama_pengguna, j.uraian) for j in jejak] == [
        ("buat", "operator-tebing", "Jawaban LKE 1.1.1 2022"),
        ("ubah", "operator-tebing", "Jawaban LKE 1.1.1 2022"),
    ]
    assert jejak[1].lama == {"jawaban_opd": "Y", "keterangan_opd": "Perwali 5/2021"}
    assert jejak[1].baru == {"jawaban_opd": "T", "keterangan_opd": "Perwali 5/2021"}
    assert Jejak.objects.filter(uraian="Evaluasi LKE 2022", tindakan="buat").count() == 1
    # Saving the same page again changes nothing and writes nothing.
    kirim(operator, "opd", {"1.1.1": ("T", "Perwali 5/2021")})
    assert Jejak.objects.filter(objek="jawaban LKE").count() == 2


def test_a_stale_page_is_refused(masuk):
    isian = {"1.1.1": ("Y", "")}
    kirim(masuk("operator-tebing"), "opd", isian)
    # A second page opened before that save still shows 1.1.1 unanswered.
    r = kirim(masuk("kepala-tebing"), "opd", {"1.1.1": ("T", "")}, asal_kosong(isian, "opd"))
    assert r.status_code == 409 and "telah diubah oleh pengguna lain" in r.text
    assert "<option selected>T</option>" in r.text  # what the second user chose, kept
    assert Jawaban.objects.get(kode="1.1.1").jawaban_opd == "Y"
