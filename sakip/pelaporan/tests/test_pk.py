"""The Perjanjian Kinerja: both parties from the officials records, a target snapshot,
and a revision that keeps its history."""

import datetime
from io import StringIO

from django.core.management import call_command

from sakip.instansi.models import OPD
from sakip.pelaporan.render import ke_docx
from sakip.pelaporan.siap import susun_dokumen
from sakip.pelaporan.susun import pk
from sakip.perencanaan.models import PerjanjianKinerja, Target

from .baca_docx import buka, tabel_data, tabel_ttd, teks_semua


def teks_docx(dok):
    d = buka(ke_docx(dok))
    return teks_semua(d), tabel_data(d)


def test_it_states_both_parties_and_the_targets(demo):
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    teks, tabel = teks_docx(pk(opd, 2022))
    assert "Nama: Ir. Iboy Hutapea" in teks  # pihak pertama, from the officials records
    assert "Jabatan: Wali Kota Tebing Tinggi" in teks  # no name recorded for the mayor
    # Both parties sign side by side: pihak kedua left, pihak pertama right, with NIP.
    [ttd] = tabel_ttd(buka(ke_docx(pk(opd, 2022))))
    kolom = [[c.text for c in r.cells] for r in ttd.rows]
    assert kolom[1] == [
        "PIHAK KEDUA,\nWali Kota Tebing Tinggi",
        "PIHAK PERTAMA,\nKepala Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi",
    ]
    assert kolom[3][1] == "Ir. Iboy Hutapea"
    assert kolom[4][1] == "Pembina Utama Muda (IV/c)"
    assert kolom[5][1] == "NIP. 19680503 199303 1 005"
    # LKjIP 2022 Tabel 3: six sasaran, targets 65, 95, 95, 45, 85, 85.
    assert [r.cells[4].text for r in tabel[0].rows[1:]] == [
        "65,00",
        "95,00",
        "95,00",
        "45,00",
        "85,00",
        "85,00",
    ]
    assert tabel[1].rows[-1].cells[2].text == "Rp 3.933.915.154"  # programmes' pagu


def test_a_revision_keeps_the_history_and_its_own_snapshot(demo):
    opd = OPD.objects.get(slug="disnakerind-tebing-tinggi")
    Target.objects.filter(indikator__kode="kesempatan-kerja", tahun=2022).update(nilai=60)
    call_command(
        "pk",
        opd=opd.slug,
        tahun=2022,
        alasan="Penyesuaian target kesempatan kerja",
        tanggal=datetime.date(2022, 7, 1),
        pihak_pertama="kadis-disnakerind",
        stdout=StringIO(),
    )
    versi = list(PerjanjianKinerja.objects.filter(opd=opd, tahun=2022).order_by("versi"))
    assert [v.versi for v in versi] == [1, 2]
    assert versi[0].target_set.get(indikator__kode="kesempatan-kerja").nilai == 65
    assert versi[1].target_set.get(indikator__kode="kesempatan-kerja").nilai == 60
    teks, tabel = teks_docx(susun_dokumen("pk", opd, 2022))
    assert "Perjanjian Kinerja Perubahan (versi 2)" in teks
    assert "Tebing Tinggi, 1 Juli 2022" in teks  # place and date above the signatures
    assert tabel[0].rows[1].cells[4].text == "60,00"
    riwayat = [[c.text for c in r.cells] for r in tabel[-1].rows[1:]]
    assert riwayat == [
        ["1", "–", "Perjanjian awal"],
        ["2", "1 Juli 2022", "Penyesuaian target kesempatan kerja"],
    ]


def test_it_says_when_no_pk_was_set(demo):
    teks, _ = teks_docx(pk(OPD.objects.get(slug="dtkk-ukm-jambi"), 2024))
    assert "belum ditetapkan" in teks
