"""The official who fills their own actions is asked, on the home page, to report those of a
quarter whose filling window is open: their actions planned up to that quarter, not
finished before it, with no report for it (demo: kasi-jaminan-sosial's two actions, the
first finished in Triwulan I, the second reported in Triwulan II and III)."""

import datetime

import pytest
from django.utils import timezone

from sakip.aksi.models import Aksi, LaporanAksi
from sakip.akun.models import Pengguna
from sakip.alur.models import JendelaPengisian, StatusDokumen, Tahap
from sakip.alur.tugas import tugas
from sakip.instansi.models import OPD as Opd
from sakip.instansi.models import Pemda

from .conftest import OPD, RENCANA

HARI = datetime.date(2022, 7, 5)


@pytest.fixture
def jendela(terbuka, monkeypatch):
    """Today is HARI; Triwulan II and III 2022 open; kasi-jaminan-sosial's Triwulan II
    report gone."""
    monkeypatch.setattr(timezone, "localdate", lambda *a: HARI)
    pemda = Pemda.objects.get(slug="kota-tebing-tinggi")
    for q in (2, 3):
        JendelaPengisian.objects.create(
            pemda=pemda,
            tahun=2022,
            triwulan=q,
            mulai=datetime.date(2022, 7, 1),
            selesai=datetime.date(2022, 7, 20),
        )
    LaporanAksi.objects.filter(
        aksi__penanggung_jawab__kode="kasi-jaminan-sosial", triwulan=2
    ).delete()


def _uraian(username):
    return [
        (t.judul, t.uraian, t.alamat)
        for t in tugas(Pengguna.objects.get(username=username), HARI)
        if t.judul.startswith("Laporkan")
    ]


def test_the_official_is_asked_for_their_missing_report(jendela, pejabat_masuk):
    c = pejabat_masuk("kasi-jaminan-sosial")
    # Triwulan II: the second action (planned then) has no report; the first was finished
    # in Triwulan I. Triwulan III: the second action has its report.
    assert _uraian("akun-kasi-jaminan-sosial") == [
        (
            "Laporkan rencana aksi Triwulan II 2022",
            "1 aksi Anda belum dilaporkan; isi sampai 20 Juli 2022",
            RENCANA,
        )
    ]
    # Reported: nothing left to ask.
    kedua = Aksi.objects.get(opd__slug=OPD, tahun=2022, urutan=2)
    LaporanAksi.objects.create(aksi=kedua, triwulan=2, status="berjalan")
    assert _uraian("akun-kasi-jaminan-sosial") == []
    # The operator has the quarter's own entry, not this one.
    assert _uraian("operator-tebing") == []
    assert c.get("/").status_code == 200


def test_not_without_the_grant_nor_once_the_quarter_is_locked(jendela, pejabat_masuk):
    pejabat_masuk("kasi-jaminan-sosial", izin=False)
    assert _uraian("akun-kasi-jaminan-sosial") == []
    Pemda.objects.filter(slug="kota-tebing-tinggi").update(pejabat_boleh_mengisi=True)
    StatusDokumen.objects.create(
        opd=Opd.objects.get(slug=OPD),
        tahun=2022,
        dokumen="tw2",
        tahap=Tahap.DIAJUKAN,
    )
    assert _uraian("akun-kasi-jaminan-sosial") == []


def test_the_home_page_shows_it(jendela, pejabat_masuk):
    isi = pejabat_masuk("kasi-jaminan-sosial").get("/").content.decode()
    assert f'href="{RENCANA}"' in isi and "Laporkan rencana aksi Triwulan II 2022" in isi
