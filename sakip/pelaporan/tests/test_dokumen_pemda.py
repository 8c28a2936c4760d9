"""The Pemda's own documents (IKU Pemda, PK of the Kepala Daerah, LKjIP Pemda) for the
three demo Pemda, downloaded by their Admin Pemda in every format and opened back, with
their figures checked against the OPD figures they come from: each OPD's IKU summary and
budget, and the capaian of the OPD sasaran serving a Pemda sasaran (cascading)."""

from io import BytesIO

import pytest
from openpyxl import load_workbook

from sakip.anggaran.hitung import pohon_anggaran
from sakip.instansi.models import OPD
from sakip.kinerja.capaian import rata_rata
from sakip.pengukuran.tersimpan import baris_capaian, capaian_per_sasaran
from sakip.pertukaran.demo import AKHIRAN, JAMBI, OPD_DEMO, PPU, TEBING

from .baca_docx import buka, teks_semua
from .baca_pdf import halaman

# Each demo Pemda with a year its plans cover and data are recorded for.
TAHUN = {TEBING: 2022, PPU: 2025, JAMBI: 2024}


def _unduh(masuk, pemda, jenis, format):
    r = masuk(f"admin-{AKHIRAN[pemda]}").get(
        f"/pemda/{pemda}/dokumen/{TAHUN[pemda]}/{jenis}.{format}"
    )
    assert r.status_code == 200
    return r.content


def _lembar(isi, judul):
    buku = load_workbook(BytesIO(isi))
    lembar = next((buku[n] for n in buku.sheetnames if judul in (buku[n]["A2"].value or "")), None)
    if lembar is None:
        return []  # no such table: a sentence says no data is recorded
    # The data rows, down to the first empty one (a signature block may follow).
    baris = []
    for r in lembar.iter_rows(min_row=5):
        if r[0].value is None:
            break
        baris.append([c.value for c in r])
    return baris


@pytest.mark.parametrize("pemda", TAHUN)
def test_the_lkjip_summarises_each_opd_as_the_opd_figures_say(masuk, pemda):
    tahun = TAHUN[pemda]
    opd = OPD.objects.get(slug=OPD_DEMO[pemda])
    isi = _unduh(masuk, pemda, "lkjip", "xlsx")
    (baris,) = _lembar(isi, "Capaian Indikator Kinerja Utama perangkat daerah")
    iku = baris_capaian(opd, tahun, hanya_iku=True)
    capaian = [b.nilai.capaian.nilai for b in iku]
    assert baris[1] == opd.nama
    assert (baris[2], baris[3]) == (len(iku), sum(c is not None for c in capaian))
    rerata = rata_rata(capaian).nilai
    assert baris[4] == ("" if rerata is None else pytest.approx(float(rerata)))
    # The budget: the OPD's own total (its RFK), where it has one (Tebing Tinggi 2022).
    program, total = pohon_anggaran(opd, tahun)
    anggaran = _lembar(isi, "Anggaran perangkat daerah")
    if program:
        assert anggaran == [
            [1, opd.nama, float(total.serapan.pagu), float(total.serapan.realisasi),
             pytest.approx(float(total.serapan.persen))],
        ]  # fmt: skip
    else:
        assert anggaran == []


def test_tebing_tinggi_2022_figures_by_hand(masuk):
    # Seed 004, LKjIP 2022: IKU mean (52,7473 + 97,5069 + 72,8445 + 74,8979 + 82,5959 × 2)
    # / 6 = 77,1980 over 6 of 10 IKU; RFK annex: pagu 3.933.915.154, realisation
    # 2.691.356.252 + 979.835.638 = 3.671.191.890, 93,3216 %.
    isi = _unduh(masuk, TEBING, "lkjip", "xlsx")
    (baris,) = _lembar(isi, "Capaian Indikator Kinerja Utama perangkat daerah")
    assert baris[2:4] == [10, 6] and round(baris[4], 2) == 77.20
    (anggaran,) = _lembar(isi, "Anggaran perangkat daerah")
    assert anggaran[2:4] == [3933915154, 3671191890] and round(anggaran[4], 2) == 93.32
    # Its RPJMD supplement holds the three sasaran of seed 004 Tabel 3.1 (names formulated
    # for the demo), each served by the Disnakerind; no realisation of the Pemda's is printed.
    teks = " ".join(halaman(_unduh(masuk, TEBING, "lkjip", "pdf")))
    assert "Suplemen RPJMD Kota Tebing Tinggi 2021–2022" in teks
    assert "belum memuat indikator tujuan atau sasaran" not in teks
    assert "Persentase menurunnya sengketa % 85,00 – – – Realisasi belum" in teks
    # Sasaran 1, served by the OPD's sasaran 1 (Tabel 5: 52,75 %; Tabel 13: Rp 207.673.476).
    assert "Kesempatan kerja" in teks and "52,75% Rp 207.673.476" in teks


def test_jambi_2024_sasaran_and_the_opd_serving_it(masuk):
    opd = OPD.objects.get(slug=OPD_DEMO[JAMBI])
    isi = _unduh(masuk, JAMBI, "lkjip", "xlsx")
    # The OPD's tujuan 1 serves the RPD's sasaran "Peningkatan partisipasi angkatan
    # kerja": both its sasaran are listed with the capaian the OPD's own figures give.
    baris = _lembar(isi, "Capaian sasaran dan perangkat daerah pelaksana")
    sendiri = {c.sasaran.nama: c.capaian.nilai for c in capaian_per_sasaran(opd, 2024)}
    assert [b[1] for b in baris] == ["Peningkatan partisipasi angkatan kerja", ""]
    assert {b[4]: b[5] for b in baris} == {
        nama: pytest.approx(float(nilai)) for nama, nilai in sendiri.items()
    }
    assert all(b[3] == opd.nama for b in baris)
    # Seed 003: the two sasaran's 2024 capaian, 110,52 % and 77,08 %.
    assert sorted(round(b[5], 2) for b in baris) == [77.08, 110.52]
    # The RPD's indicators with their 2024 target (TPAK 63,25 %) in the IKU and the PK.
    iku = _lembar(_unduh(masuk, JAMBI, "iku", "xlsx"), "Indikator Kinerja Utama")
    assert [(b[2], b[5]) for b in iku] == [
        ("Tingkat Pengangguran Terbuka", ""),  # no target set
        ("Tingkat Partisipasi Angkatan Kerja", pytest.approx(63.25)),
    ]
    assert iku[1][7] == opd.nama  # the OPD responsible, from the cascading link


@pytest.mark.parametrize("pemda", TAHUN)
def test_every_document_opens_in_every_format(masuk, pemda):
    for jenis in ("iku", "pk", "lkjip"):
        docx = teks_semua(buka(_unduh(masuk, pemda, jenis, "docx")))
        pdf = " ".join(halaman(_unduh(masuk, pemda, jenis, "pdf")))
        load_workbook(BytesIO(_unduh(masuk, pemda, jenis, "xlsx")))
        assert f"TAHUN {TAHUN[pemda]}" in docx and f"TAHUN {TAHUN[pemda]}" in pdf
        assert "DRAF — belum disetujui" in pdf  # the Pemda's documents cannot be approved yet
    pk = " ".join(halaman(_unduh(masuk, pemda, "pk", "pdf")))
    assert "LAMPIRAN PERJANJIAN KINERJA" in pk
