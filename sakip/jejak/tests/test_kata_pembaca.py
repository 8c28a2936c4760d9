"""The audit page says what a record changed in words a reader knows: a state by its name
("Tahap: Diajukan → Diverifikasi"), a reference to another record by that record's name (not
`indikator_id` 10), the kind of data without its database id, times as "6 Desember 2026
09.15"; the exports say the same. The names are read with one query per kind of record,
whatever the number of records on the page."""

import csv
import html
import io
from datetime import UTC, datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from sakip.akun.models import Pengguna
from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.alur.ubah import jalankan
from sakip.instansi.models import OPD
from sakip.jejak.catat import rekam
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.demo import OPD_DEMO, TEBING

URL = f"/opd/{OPD_DEMO[TEBING]}/jejak/"


def _teks(r):
    return html.unescape(r.content.decode())


def _tebing():
    return OPD.objects.get(slug=OPD_DEMO[TEBING])


def test_a_workflow_step_reads_as_its_states(masuk):
    opd = _tebing()
    StatusDokumen.objects.filter(opd=opd, tahun=2023).delete()
    operator = Pengguna.objects.get(username="operator-tebing")
    admin = Pengguna.objects.get(username="admin-tebing")
    jalankan(operator, opd, 2023, Dokumen.TW1, "ajukan", "")
    jalankan(admin, opd, 2023, Dokumen.TW1, "verifikasi", "")
    j = Jejak.objects.filter(opd=opd, objek="status dokumen").latest("id")
    Jejak.objects.filter(pk=j.pk).update(waktu=datetime(2026, 12, 6, 2, 15, tzinfo=UTC))
    assert (j.lama, j.baru) == ({"tahap": Tahap.DIAJUKAN}, {"tahap": Tahap.DIVERIFIKASI})

    r = masuk("admin-tebing").get(URL, {"q": "Triwulan I 2023: Diajukan"})
    baris = _teks(r).split("<tbody>")[1].split("</tr>")[0]
    assert "6 Desember 2026 09.15" in baris
    assert "Tahap:</span> Diajukan → Diverifikasi" in baris
    assert "Status dokumen" in baris
    assert f"#{j.objek_id}" not in baris and "diajukan →" not in baris

    rows = list(
        csv.reader(
            io.StringIO(
                r.client.get(
                    URL, {"format": "csv", "q": "Triwulan I 2023: Diajukan"}
                ).content.decode("utf-8-sig")
            )
        )
    )
    assert rows[1][6:8] == ["Tahap: Diajukan", "Tahap: Diverifikasi"]


def test_a_reference_reads_as_the_name_of_what_it_refers_to(masuk):
    opd = _tebing()
    ind = Indikator.objects.filter(periode__opd=opd).order_by("pk").first()
    rekam(
        None,
        Jejak.Tindakan.BUAT,
        "bukti dukung",
        "Bukti dukung",
        opd=opd,
        baru={"indikator_id": ind.pk, "triwulan": 2, "jenis_isi": "application/pdf"},
    )
    rekam(
        None,
        Jejak.Tindakan.HAPUS,
        "perjanjian kinerja",
        "PK lama",
        opd=opd,
        lama={"opd_id": opd.pk, "pihak_pertama_id": 987654, "alasan": ""},
    )
    teks = _teks(masuk("kepala-tebing").get(URL))
    assert f"Indikator:</span> – → {ind.nama}" in teks
    assert "Triwulan:</span> – → Triwulan II" in teks
    assert "Jenis isi:</span> – → application/pdf" in teks
    assert f"OPD:</span> {opd.nama} → –" in teks
    # A record deleted since keeps its key, said to be gone.
    assert "Pihak pertama:</span> 987654 (sudah dihapus) → –" in teks
    # Empty before and after: nothing to say.
    assert "Alasan:</span>" not in teks
    for mentah in ("indikator_id", "jenis_isi", "pihak_pertama"):
        assert mentah not in teks

    r = masuk("kepala-tebing").get(URL, {"format": "csv", "q": "PK lama"})
    (pk,) = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))[1:]
    assert pk[6] == f"OPD: {opd.nama}; Pihak pertama: 987654 (sudah dihapus)"


def test_the_names_cost_one_query_per_kind_of_record(masuk):
    opd = _tebing()
    indikator = list(Indikator.objects.filter(periode__opd=opd)[:5])
    c = masuk("kepala-tebing")

    def jumlah_kueri(n):
        for ind in indikator[:n]:
            rekam(None, "ubah", "target", "x", opd=opd, lama={"indikator_id": ind.pk})
        with CaptureQueriesContext(connection) as kueri:
            assert c.get(URL).status_code == 200
        return len(kueri)

    assert jumlah_kueri(1) == jumlah_kueri(5)
