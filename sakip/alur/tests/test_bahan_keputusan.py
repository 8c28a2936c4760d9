"""The verifier and the Kepala decide on the data, shown next to their buttons on the
document's page: the capaian table of the quarter and of the year (the engine's figures,
as the IKU table reads them), the evidence count, the review findings still open, the
operator's reason, and the changes to the document's values since it was last approved
(from the audit trail; another quarter's change is not the document's)."""

from decimal import Decimal

from django.utils import timezone

from sakip.pengukuran.tersimpan import baris_capaian

from .kelengkapan_bantu import HALAMAN, IKU_PPU, isi, opd, unggah

ALASAN = "Realisasi delapan IKU lain belum diterima dari bidang."


def _jalan(masuk, *langkah, dokumen="tw1"):
    for username, nama, *alasan in langkah:
        data = {"langkah": nama, "alasan": alasan[0] if alasan else ""}
        assert masuk(username).post(f"{HALAMAN}{dokumen}/", data).status_code == 302


def _diverifikasi(masuk, dokumen="tw1"):
    _jalan(masuk, ("operator-ppu", "ajukan", ALASAN), ("admin-ppu", "verifikasi"), dokumen=dokumen)


def test_the_kepala_sees_the_figures_evidence_findings_and_reason(masuk):
    isi(1, {"koperasi-aktif": Decimal("12.5"), "ikm": Decimal("80")})
    unggah("koperasi-aktif", 1)
    _diverifikasi(masuk)
    r = masuk("kepala-ppu").get(f"{HALAMAN}tw1/")
    assert r.status_code == 200
    bahan = r.context["bahan"]
    # The year's figures are the stored results the IKU table reads, row for row.
    assert [b.tahunan for b in bahan.tabel] == [b.nilai for b in baris_capaian(opd(), 2025)]
    koperasi = bahan.tabel[0]
    # Realisasi 12,5 % in Triwulan I and so far in the year (the last quarter's value);
    # against the 2025 target of 41 %: 12,5 / 41 = 30,49 %.
    assert (koperasi.triwulan.realisasi, koperasi.tahunan.realisasi) == (Decimal("12.5"),) * 2
    assert koperasi.tahunan.target == Decimal("41")
    teks = r.content.decode()
    baris = teks[teks.index(IKU_PPU[0]) :]
    baris = baris[: baris.index("</tr>")]
    for angka in ("12,50", "41,00", "30,49", "1 berkas"):
        assert angka in baris
    assert "Nilai Triwulan I 2025</a>: <strong>2 dari 10</strong> indikator terisi" in teks
    assert "Bukti dukung Triwulan I 2025: 1 berkas, untuk 1 dari 10 indikator" in teks
    assert (
        "Temuan reviu 2025 yang terbuka</a>: 0 galat, 4 peringatan" in teks
    )  # with R16: no PK for 2025
    assert f"Alasan operator:</strong> {ALASAN}" in teks
    assert "Dokumen ini belum pernah disetujui" in teks
    # Its buttons are next to the data, and only there.
    assert 'name="langkah" value="setujui"' in teks
    daftar = masuk("kepala-ppu").get(HALAMAN).content.decode()
    assert 'value="setujui"' not in daftar
    assert f'href="{HALAMAN}tw1/#putusan">Periksa, lalu kembalikan atau setujui</a>' in daftar


def test_an_empty_quarter_shows_every_value_empty(masuk):
    # The demo's TW II 2025 of PPU: submitted with its reason, verified, all values empty.
    _diverifikasi(masuk, dokumen="tw2")
    r = masuk("kepala-ppu").get(f"{HALAMAN}tw2/")
    teks = r.content.decode()
    assert "Nilai Triwulan II 2025</a>: <strong>0 dari 10</strong> indikator terisi" in teks
    assert all(b.triwulan.realisasi is None for b in r.context["bahan"].tabel)
    assert [b.tahunan.indikator.nama for b in r.context["bahan"].tabel] == IKU_PPU
    assert teks.count('class="angka kosong" data-label="Realisasi TW"') == 10


def test_the_changes_since_the_last_approval_are_listed(masuk):
    isi(1, {"koperasi-aktif": Decimal("12.5")})
    _diverifikasi(masuk)
    _jalan(masuk, ("kepala-ppu", "setujui"), ("admin-ppu", "buka", "Koreksi realisasi koperasi."))
    isi(1, {"koperasi-aktif": Decimal("14")})
    isi(2, {"koperasi-aktif": Decimal("15")})  # another quarter's value: not this document's
    _diverifikasi(masuk)
    r = masuk("kepala-ppu").get(f"{HALAMAN}tw1/")
    bahan = r.context["bahan"]
    assert bahan.persetujuan.nama_pengguna == "kepala-ppu"
    assert bahan.jumlah_perubahan == 1
    [p] = bahan.perubahan
    assert (p.jejak.nama_pengguna, p.jejak.uraian, p.rincian) == (
        "operator-ppu",
        f"{IKU_PPU[0]} 2025 Triwulan I",
        [("Nilai", "12,5", "14")],  # field labels as the audit trail shows them
    )
    teks = r.content.decode()
    assert "Perubahan sejak persetujuan terakhir</a>: 1" in teks
    assert "Nilai: 12,5 → 14" in teks
    assert f"?dari={timezone.localdate(bahan.persetujuan.waktu).isoformat()}" in teks
