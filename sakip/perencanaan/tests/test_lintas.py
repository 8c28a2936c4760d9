"""Crosscutting links between two OPD of a Pemda: proposed by one OPD's operator, accepted
or refused (with a reason) by the other's operator or Kepala, withdrawn while pending;
accepted links in both trees and both LKjIP; every step audited; who may see and do what."""

import json
from io import BytesIO

import pytest
from django.test import Client
from openpyxl import load_workbook

from sakip.akun.models import Pengguna
from sakip.alur.models import Dokumen, StatusDokumen, Tahap
from sakip.alur.tugas import tugas
from sakip.instansi.models import OPD
from sakip.jejak.catat import nilai_objek
from sakip.jejak.models import Jejak
from sakip.pelaporan.tests.baca_docx import buka, tabel_berjudul, teks_semua
from sakip.pelaporan.tests.baca_pdf import halaman
from sakip.perencanaan import ubah
from sakip.perencanaan.models import KeterkaitanLintasOPD

from .lintas_bantu import KETIGA, MITRA, OPD_TEBING, SASARAN_MITRA, dunia

Status = KeterkaitanLintasOPD.Status
DAFTAR = f"/opd/{OPD_TEBING}/crosscutting/"
USUL = f"/opd/{OPD_TEBING}/crosscutting/usul/"
KONTRIBUSI = "Pelatihan kewirausahaan bagi pencari kerja"


@pytest.fixture
def lintas(demo):
    return dunia()


def _usul(c, lintas, **lebih):
    _, sasaran, mitra, s_mitra, _ = lintas
    data = {"asal": "null", "sasaran": sasaran.pk, "opd_mitra": mitra.pk, "catatan": KONTRIBUSI}
    return c.post(USUL, data | lebih)


def _diusulkan(lintas):
    opd, sasaran, mitra, s_mitra, _ = lintas
    return ubah.usulkan_lintas(
        Pengguna.objects.get(username="operator-tebing"), opd, sasaran, mitra, s_mitra, KONTRIBUSI
    )


def _putus(c, k, tindakan, **lebih):
    asal = json.dumps(nilai_objek(k, ubah.BIDANG_LINTAS))
    return c.post(
        f"/opd/{MITRA}/crosscutting/{k.pk}/", {"asal": asal, "tindakan": tindakan} | lebih
    )


def test_the_operator_proposes_and_the_partner_is_asked(masuk, lintas):
    r = _usul(masuk("operator-tebing"), lintas)
    assert r.status_code == 302
    k = KeterkaitanLintasOPD.objects.get()
    assert (k.status, k.opd.slug, k.opd_mitra.slug, k.catatan) == (
        Status.DIUSULKAN,
        OPD_TEBING,
        MITRA,
        KONTRIBUSI,
    )
    assert k.diusulkan_oleh.username == "operator-tebing"
    jejak = Jejak.objects.get(objek="keterkaitan lintas OPD")
    assert (jejak.opd.slug, jejak.tindakan, jejak.baru["status"]) == (
        OPD_TEBING,
        "buat",
        "diusulkan",
    )
    # Waiting in the partner's to-do list (its operator and Kepala), not the proposer's.
    alamat = f"/opd/{MITRA}/crosscutting/{k.pk}/"
    for nama, ada in (
        ("operator-dinkop", True),
        ("kepala-dinkop", True),
        ("operator-tebing", False),
    ):
        daftar = [t.alamat for t in tugas(Pengguna.objects.get(username=nama))]
        assert (alamat in daftar) == bool(ada), nama
    # Both sides list it with its status.
    assert "Diusulkan" in masuk("operator-tebing").get(DAFTAR).text
    teks = masuk("operator-dinkop").get(f"/opd/{MITRA}/crosscutting/").text
    assert "Diusulkan" in teks and "Terima atau tolak" in teks


def test_accepted_it_shows_in_both_trees(masuk, lintas):
    k = _diusulkan(lintas)
    r = _putus(masuk("kepala-dinkop"), k, "terima")
    assert r.status_code == 302
    k.refresh_from_db()
    assert (k.status, k.diputus_oleh.username) == (Status.DITERIMA, "kepala-dinkop")
    assert Jejak.objects.filter(objek="keterkaitan lintas OPD", opd=k.opd_mitra).count() == 1
    # The proposer's tree: the partner, its node and its capaian (72 / 80 = 90 %) for the
    # Admin Pemda, who sees both OPD; the proposer's operator does not see the partner's
    # unpublished figures.
    teks = masuk("admin-tebing").get(f"/opd/{OPD_TEBING}/pohon/2022/").text
    gambar, tabel = teks.split('<table class="kartu pohon-kinerja">')
    assert 'class="simpul lintas"' in gambar and "Crosscutting · didukung oleh" in gambar
    assert (
        f"Didukung oleh Dinas Koperasi dan UKM Kota Tebing Tinggi: Sasaran 1 {SASARAN_MITRA}"
        in (tabel)
    )
    assert "capaian 90,00%" in tabel
    teks = masuk("operator-tebing").get(f"/opd/{OPD_TEBING}/pohon/2022/").text
    assert "Didukung oleh Dinas Koperasi" in teks and "capaian 90,00%" not in teks
    # The partner's tree: its sasaran supports the proposer's.
    teks = masuk("operator-dinkop").get(f"/opd/{MITRA}/pohon/2022/").text
    assert "Mendukung Dinas Ketenagakerjaan dan Perindustrian Kota Tebing Tinggi: Sasaran 1" in teks


def test_accepted_it_is_in_both_lkjip(masuk, lintas):
    k = _diusulkan(lintas)
    ubah.putus_lintas(Pengguna.objects.get(username="operator-dinkop"), k, True)
    judul = "Keterkaitan lintas OPD (crosscutting) tahun 2022"
    docx = masuk("operator-tebing").get(f"/opd/{OPD_TEBING}/dokumen/2022/lkjip.docx")
    doc = buka(docx.content)
    assert "Keterkaitan Lintas OPD (Crosscutting)" in teks_semua(doc)
    baris = [[c.text for c in r.cells] for r in tabel_berjudul(doc, judul).rows]
    assert baris[1][2:] == [
        "Didukung oleh mitra",
        "Dinas Koperasi dan UKM Kota Tebing Tinggi",
        f"Sasaran 1 {SASARAN_MITRA}",
        KONTRIBUSI,
    ]
    pdf = masuk("operator-dinkop").get(f"/opd/{MITRA}/dokumen/2022/lkjip.pdf")
    teks = " ".join(halaman(pdf.content))
    assert "Keterkaitan Lintas OPD (Crosscutting)" in teks
    assert "1 Sasaran 1 Mendukung mitra Dinas" in teks and "Ketenagakerjaan dan" in teks


def test_a_refusal_needs_its_reason(masuk, lintas):
    k = _diusulkan(lintas)
    c = masuk("operator-dinkop")
    r = _putus(c, k, "tolak", alasan="  ")
    assert r.status_code == 200 and "Tuliskan alasan penolakan." in r.text
    k.refresh_from_db()
    assert k.status == Status.DIUSULKAN
    with pytest.raises(ubah.LintasDitolak):
        ubah.putus_lintas(Pengguna.objects.get(username="operator-dinkop"), k, False, "")
    assert _putus(c, k, "tolak", alasan="Bukan urusan kami").status_code == 302
    k.refresh_from_db()
    assert (k.status, k.alasan) == (Status.DITOLAK, "Bukan urusan kami")
    jejak = Jejak.objects.get(objek="keterkaitan lintas OPD", opd=k.opd_mitra)
    assert jejak.alasan == "Bukan urusan kami"
    # Decided: neither side acts on it again.
    assert _putus(c, k, "terima").status_code == 403


def test_the_proposer_withdraws_while_pending_only(masuk, lintas):
    k = _diusulkan(lintas)
    c = masuk("operator-tebing")
    asal = json.dumps(nilai_objek(k, ubah.BIDANG_LINTAS))
    alamat = f"/opd/{OPD_TEBING}/crosscutting/{k.pk}/"
    # The proposer neither accepts its own proposal nor is the partner refused a withdrawal.
    assert c.post(alamat, {"asal": asal, "tindakan": "terima"}).status_code == 403
    assert _putus(masuk("operator-dinkop"), k, "tarik").status_code == 403
    assert c.post(alamat, {"asal": asal, "tindakan": "tarik"}).status_code == 302
    k.refresh_from_db()
    assert k.status == Status.DITARIK
    assert c.post(alamat, {"asal": asal, "tindakan": "tarik"}).status_code == 403


def test_a_decision_taken_meanwhile_is_a_conflict(masuk, lintas):
    k = _diusulkan(lintas)
    asal = json.dumps(nilai_objek(k, ubah.BIDANG_LINTAS))
    ubah.putus_lintas(Pengguna.objects.get(username="kepala-dinkop"), k, True)
    KeterkaitanLintasOPD.objects.filter(pk=k.pk).update(status=Status.DIUSULKAN)
    r = masuk("operator-dinkop").post(
        f"/opd/{MITRA}/crosscutting/{k.pk}/", {"asal": asal, "tindakan": "tolak", "alasan": "x"}
    )
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in r.text


def test_it_refuses_a_link_to_itself_or_another_pemda(masuk, lintas):
    opd, sasaran, *_ = lintas
    c = masuk("operator-tebing")
    jambi = OPD.objects.get(slug="dtkk-ukm-jambi")
    for lain in (opd, jambi):  # not offered by the form
        r = _usul(c, lintas, opd_mitra=lain.pk)
        assert r.status_code == 200 and 'class="galat"' in r.text
    operator = Pengguna.objects.get(username="operator-tebing")
    with pytest.raises(ubah.LintasDitolak, match="dua OPD yang berbeda"):
        ubah.usulkan_lintas(operator, opd, sasaran, opd)
    with pytest.raises(ubah.LintasDitolak, match="Pemda yang sama"):
        ubah.usulkan_lintas(operator, opd, sasaran, jambi)
    # Nor may it name another OPD's sasaran as its own.
    _, _, mitra, s_mitra, ketiga = lintas
    with pytest.raises(ubah.LintasDitolak, match="OPD pengusul sendiri"):
        ubah.usulkan_lintas(operator, opd, s_mitra, ketiga)
    assert not KeterkaitanLintasOPD.objects.exists()


def test_an_approved_renstra_does_not_stop_it(masuk, lintas):
    """The link is a record of its own agreed by both OPD: it changes no plan row."""
    opd = lintas[0]
    StatusDokumen.objects.update_or_create(
        opd=opd, tahun=2021, dokumen=Dokumen.RENSTRA, defaults={"tahap": Tahap.DISETUJUI}
    )
    assert _usul(masuk("operator-tebing"), lintas).status_code == 302


def test_only_the_proposers_operator_proposes(masuk, lintas):
    for nama in ("kepala-tebing", "admin-tebing", "inspektorat-tebing"):
        c = masuk(nama)
        assert c.get(USUL).status_code == 200  # they read the list and the form
        assert _usul(c, lintas).status_code == 403, nama
    assert not KeterkaitanLintasOPD.objects.exists()


def test_it_refuses_users_of_a_third_opd(masuk, lintas):
    k = _diusulkan(lintas)
    for nama in ("operator-dinkes", "operator-jambi", "publik-tebing"):
        c = masuk(nama)
        for alamat in (DAFTAR, USUL, f"/opd/{OPD_TEBING}/crosscutting/{k.pk}/"):
            assert c.get(alamat).status_code == 404, (nama, alamat)
        assert _putus(c, k, "terima").status_code == 404
    # Nor is a link reached through an OPD it does not belong to.
    assert masuk("operator-dinkes").get(f"/opd/{KETIGA}/crosscutting/{k.pk}/").status_code == 404


def test_the_pemda_reads_both_sides(masuk, lintas):
    k = _diusulkan(lintas)
    for nama in ("admin-tebing", "inspektorat-tebing"):
        c = masuk(nama)
        assert c.get(f"/opd/{MITRA}/crosscutting/{k.pk}/").status_code == 200
        assert _putus(c, k, "terima").status_code == 403


def test_it_refuses_anonymous_users(lintas):
    k = _diusulkan(lintas)
    for alamat in (DAFTAR, USUL, f"/opd/{MITRA}/crosscutting/{k.pk}/"):
        r = Client().get(alamat)
        assert r.status_code == 302 and r["Location"].startswith("/masuk/")


def test_accepted_it_is_a_row_of_the_tree_download(masuk, lintas):
    k = _diusulkan(lintas)
    ubah.putus_lintas(Pengguna.objects.get(username="operator-dinkop"), k, True)
    r = masuk("admin-tebing").get(f"/opd/{OPD_TEBING}/pohon/2022/pohon-kinerja.xlsx")
    baris = [
        [c for c in row if c not in (None, "")]
        for row in load_workbook(BytesIO(r.content)).active.iter_rows(values_only=True)
    ]
    [lintas_] = [b for b in baris if b and b[0] == "Crosscutting"]
    mitra = "Dinas Koperasi dan UKM Kota Tebing Tinggi"
    assert lintas_ == [
        "Crosscutting",
        "\u00a0" * 4 + f"Didukung oleh {mitra}: Sasaran 1 {SASARAN_MITRA}",
        f"Kontribusi: {KONTRIBUSI}",
        90,
    ]
