"""Before "Ajukan", the document's page lists what its data still lacks, each gap with a
link to where it is put right, worked out on the demo: PPU's quarters of 2025 have no value
and no evidence yet, Tebing Tinggi's supplement Renstra 2021–2022 gives four tujuan
indicators only their end target, its 2022 review has 49 errors open, and a quarter waits
for the ones before it. Another OPD's user and an anonymous user are refused the page."""

import pytest

from sakip.alur.kelengkapan import kekurangan, kelompok
from sakip.alur.models import StatusDokumen
from sakip.instansi.models import OPD

from .kelengkapan_bantu import HALAMAN, IKU_PPU, SLUG, isi, opd, unggah

TEBING = "disnakerind-tebing-tinggi"


def _per_jenis(daftar):
    hasil = {}
    for k in daftar:
        hasil.setdefault(k.jenis, []).append(k)
    return hasil


def test_an_empty_quarter_lacks_every_value_and_evidence_and_the_quarter_before(demo):
    gaps = _per_jenis(kekurangan(opd(), 2025, "tw2"))
    assert set(gaps) == {"nilai", "bukti", "triwulan"}
    assert [k.nama for k in gaps["nilai"]] == IKU_PPU
    assert {k.rincian for k in gaps["nilai"]} == {"belum ada nilai Triwulan II 2025"}
    assert {k.tautan for k in gaps["nilai"]} == {f"/opd/{SLUG}/isian/2025/2/"}
    assert [k.nama for k in gaps["bukti"]] == IKU_PPU
    assert gaps["bukti"][0].tautan.endswith("/bukti/")
    [sebelum] = gaps["triwulan"]
    assert (sebelum.nama, sebelum.rincian, sebelum.tautan) == (
        "Data Triwulan I 2025",
        "masih berstatus Draf",
        f"{HALAMAN}tw1/",
    )


def test_a_value_and_an_evidence_file_take_their_gaps_away(demo):
    isi(2, {"koperasi-aktif": 12})
    unggah("umkm-naik-kelas", 2)
    StatusDokumen.objects.create(opd=opd(), tahun=2025, dokumen="tw1", tahap="diajukan")
    gaps = _per_jenis(kekurangan(opd(), 2025, "tw2"))
    assert [k.nama for k in gaps["nilai"]] == [n for n in IKU_PPU if "Koperasi" not in n]
    assert [k.nama for k in gaps["bukti"]] == [n for n in IKU_PPU if "UMKM" not in n]
    assert "triwulan" not in gaps


def test_the_fourth_quarter_also_needs_the_years_own_values(demo):
    [k, *_] = kekurangan(opd(), 2025, "tw4")
    assert k.rincian == "belum ada nilai Triwulan IV 2025 dan tahunan 2025"
    assert [g[0] for g in kelompok(kekurangan(opd(), 2025, "tw4"))][-1] == (
        "Data triwulan yang belum diajukan"
    )


def test_missing_targets_and_open_review_errors_are_gaps(demo):
    tebing = OPD.objects.get(slug=TEBING)
    renstra = kekurangan(tebing, 2021, "renstra")
    assert [(k.jenis, k.nama, k.rincian) for k in renstra] == [
        ("target", nama, "belum ada target 2021")
        for nama in (
            "Persentase pencari kerja yang terdaftar yang ditempatkan",
            "Persentase menurunnya sengketa pekerja dan pengusaha",
            "Persentase perusahaan layak",
            "Persentase pertumbuhan industri kecil menengah",
        )
    ]
    assert renstra[0].tautan.startswith("/rencana/indikator/")
    pk = _per_jenis(kekurangan(tebing, 2022, "pk"))
    # The 77 open errors of the stored review (see test_lkjip_pernyataan_reviu).
    assert list(pk) == ["galat"] and len(pk["galat"]) == 77
    assert {k.tautan for k in pk["galat"]} == {f"/opd/{TEBING}/reviu/2022/"}
    # The LKjIP: the year's values of those four, and the four quarters still in draft.
    lkjip = _per_jenis(kekurangan(tebing, 2022, "lkjip"))
    assert len(lkjip["nilai"]) == 4 and len(lkjip["triwulan"]) == 4
    assert lkjip["nilai"][0].rincian == "belum ada nilai tahunan 2022"


def test_the_operator_sees_the_summary_with_its_links(masuk):
    r = masuk("operator-ppu").get(f"{HALAMAN}tw2/")
    assert r.status_code == 200
    teks = r.content.decode()
    assert "Indikator tanpa nilai (10): belum ada nilai Triwulan II 2025" in teks
    assert "Indikator tanpa bukti dukung (10): belum ada bukti dukung Triwulan II 2025" in teks
    assert f'href="{HALAMAN}tw1/">Data Triwulan I 2025</a>' in teks
    for nama in IKU_PPU:
        assert f'href="/opd/{SLUG}/isian/2025/2/">{nama}</a>' in teks
    assert "Data ini masih memiliki <strong>21 kekurangan</strong>" in teks
    assert 'name="alasan" rows="3" required' in teks


@pytest.mark.parametrize("username", ["operator-jambi", "kepala-tebing", "publik-ppu"])
def test_another_opds_user_and_the_public_are_refused(masuk, username):
    assert masuk(username).get(f"{HALAMAN}tw2/").status_code == 404


def test_an_anonymous_user_is_sent_to_login(client, demo):
    r = client.get(f"{HALAMAN}tw2/")
    assert r.status_code == 302 and r["Location"].startswith("/masuk/")


def test_an_unknown_document_is_not_found(masuk):
    assert masuk("operator-ppu").get(f"{HALAMAN}tw5/").status_code == 404
