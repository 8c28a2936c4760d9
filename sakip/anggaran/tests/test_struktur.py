"""Entering the budget structure: program, kegiatan and sub kegiatan lines (anggaran.ubah)."""

import html
import json
from decimal import Decimal

import pytest

from sakip.alur.models import StatusDokumen
from sakip.anggaran.models import Nomenklatur, ProgramKegiatan
from sakip.instansi.models import OPD
from sakip.jejak.models import Jejak
from sakip.perencanaan.models import Sasaran

SLUG = "disnakerind-tebing-tinggi"
DAFTAR = f"/opd/{SLUG}/anggaran/2022/struktur/"


def baru(jenis, tahun=2022):
    return f"/opd/{SLUG}/anggaran/{tahun}/struktur/baru/{jenis}/"


def ubah(pos):
    return f"/baris-anggaran/{pos.pk}/"


def hapus(pos):
    return f"/baris-anggaran/{pos.pk}/hapus/"


def baris(kode):
    return ProgramKegiatan.objects.get(opd__slug=SLUG, tahun=2022, kode=kode)


def teks(r):
    return html.unescape(r.content.decode())


def nomenklatur(*kode):
    """Admit codes to Kota Tebing Tinggi's reference list (the demo lists only those used)."""
    pemda = OPD.objects.get(slug=SLUG).pemda
    for k in kode:
        Nomenklatur.objects.create(pemda=pemda, kode=k, nama=k, tingkat=k.count(".") + 1)


def asal_halaman(c, url):
    return c.get(url).context["asal_json"]


def kunci_pk(tahap="disetujui"):
    StatusDokumen.objects.create(
        opd=OPD.objects.get(slug=SLUG), tahun=2022, dokumen="pk", tahap=tahap
    )


def isian_sub(pos, **ubahan):
    """The POST data of a sub kegiatan form showing `pos` as stored, with changes."""
    data = {
        "induk": pos.induk_id,
        "kode": pos.kode,
        "nama": pos.nama,
        "urutan": pos.urutan,
        "pagu": "14.620.000",
        "pagu_perubahan": "",
        "keluaran": pos.keluaran,
        "satuan_keluaran": pos.satuan_keluaran,
        "target_keluaran": "",
        "sasaran": [s.pk for s in pos.sasaran.all()],
    }
    return {**data, **ubahan}


def test_it_lists_the_lines_with_links_for_the_operator(masuk):
    r = masuk("operator-tebing").get(DAFTAR)
    assert r.status_code == 200
    assert "2.07.03.2.01.01" in r.text and "+ Tambah program" in r.text
    # Tebing Tinggi Lampiran RFK 2022 row 2.07.03.2.01.01 (seed 004; demo YAML anggaran 2022):
    # anggaran Rp 14,620,000.00, shown in the Indonesian format as 14.620.000.
    assert "14.620.000" in r.text
    r = masuk("kepala-tebing").get(DAFTAR)
    assert r.status_code == 200
    assert "+ Tambah program" not in r.text and "Hanya dapat dilihat" in r.text


def test_the_budget_tree_links_to_the_structure(masuk):
    assert DAFTAR in masuk("operator-tebing").get(f"/opd/{SLUG}/anggaran/2022/").text


def test_it_opens_a_planned_year_without_budget_and_no_other(masuk):
    c = masuk("operator-tebing")
    r = c.get(f"/opd/{SLUG}/anggaran/2021/struktur/")
    assert r.status_code == 200 and "Belum ada program" in r.text
    assert c.get(f"/opd/{SLUG}/anggaran/2030/struktur/").status_code == 404
    assert c.get(baru("urusan")).status_code == 404


def test_it_builds_a_program_kegiatan_and_sub_kegiatan(masuk):
    nomenklatur("2.07.02", "2.07.02.2.01", "2.07.02.2.01.01")
    c = masuk("operator-tebing")
    r = c.post(baru("program"), {"asal": "null", "kode": "2.07.02", "nama": "Program baru"})
    assert r.status_code == 302, teks(r)
    program = baris("2.07.02")
    assert (program.tingkat, program.induk, program.pagu) == (3, None, None)
    r = c.post(
        baru("kegiatan"),
        {"asal": "null", "induk": program.pk, "kode": "2.07.02.2.01", "nama": "Kegiatan"},
    )
    assert r.status_code == 302, teks(r)
    kegiatan = baris("2.07.02.2.01")
    sasaran = Sasaran.objects.filter(nama__startswith="Meningkatnya Kesempatan").get()
    sebelum = Jejak.objects.count()
    r = c.post(
        baru("sub-kegiatan"),
        {
            "asal": "null",
            "induk": kegiatan.pk,
            "kode": "2.07.02.2.01.01",
            "nama": "Sub kegiatan",
            "urutan": "99",
            "pagu": "1.234.567,89",
            "pagu_perubahan": "1.300.000",
            "keluaran": "Jumlah peserta",
            "satuan_keluaran": "orang",
            "target_keluaran": "12,5",
            "sasaran": [sasaran.pk],
        },
    )
    assert r.status_code == 302, teks(r)
    sub = baris("2.07.02.2.01.01")
    assert (sub.tingkat, sub.induk, sub.urutan) == (5, kegiatan, 99)
    assert (sub.pagu, sub.pagu_perubahan) == (Decimal("1234567.89"), Decimal("1300000"))
    assert sub.target_keluaran == Decimal("12.5") and list(sub.sasaran.all()) == [sasaran]
    [j] = Jejak.objects.order_by("id")[sebelum:]
    assert j.tindakan == Jejak.Tindakan.BUAT and j.lama is None
    assert j.uraian == "Sub kegiatan 2.07.02.2.01.01 anggaran 2022"
    assert j.baru["pagu"] == "1234567.89" and j.baru["sasaran"] == [str(sasaran.pk)]
    assert j.baru["induk_id"] == kegiatan.pk


def test_a_new_line_is_placed_after_the_others(masuk):
    r = masuk("operator-tebing").get(baru("program"))
    assert r.context["form"]["urutan"].value() == 31  # the demo's last line has urutan 30


@pytest.mark.parametrize(
    "jenis,induk,kode,pesan",
    [
        ("kegiatan", "2.07.01", "2.07.03.2.05", "'2.07.03.2.05' tidak berada di bawah '2.07.01'"),
        ("kegiatan", "2.07.01", "2.07.01", "'2.07.01' bukan kode kegiatan"),
        ("program", None, "2.7.1", "Kode '2.7.1' tidak valid"),
        ("kegiatan", "2.07.01", "2.07.01.2.02", "Kode 2.07.01.2.02 dipakai dua kali"),
        ("program", None, "2.07.04", "kode '2.07.04' ('Baru') tidak ada dalam daftar nomenklatur"),
        ("sub-kegiatan", "2.07.01.2.02", "2.07.01.2.02.0002", "Daftar mencampur kode"),
    ],
)
def test_it_checks_codes_as_an_import_does(masuk, jenis, induk, kode, pesan):
    nomenklatur("2.07.03.2.05", "2.07.01.2.02.0002")
    data = {"asal": "null", "kode": kode, "nama": "Baru", "pagu": "1"}
    if induk:
        data["induk"] = baris(induk).pk
    sebelum = ProgramKegiatan.objects.count()
    r = masuk("operator-tebing").post(baru(jenis), data)
    assert r.status_code == 200
    assert pesan in teks(r)
    assert ProgramKegiatan.objects.count() == sebelum and not Jejak.objects.exists()


def test_the_parent_is_one_level_up_in_the_same_opd_and_year(masuk):
    lain = ProgramKegiatan.objects.create(
        opd=OPD.objects.exclude(slug=SLUG).first(), tahun=2022, kode="2.07.01", nama="P", tingkat=3
    )
    c = masuk("operator-tebing")
    for induk in (baris("2.07.01.2.02.01"), lain):
        data = {"asal": "null", "induk": induk.pk, "kode": "2.07.01.2.09", "nama": "K"}
        r = c.post(baru("kegiatan"), data)
        assert r.status_code == 200 and r.context["form"].has_error("induk", "invalid_choice")
    r = c.post(baru("kegiatan"), {"asal": "null", "kode": "2.07.01.2.09", "nama": "K"})
    assert r.context["form"].has_error("induk", "required")
    assert not Jejak.objects.exists()


def test_it_refuses_a_new_code_that_would_orphan_the_children(masuk):
    nomenklatur("2.07.01.2.03")
    kegiatan = baris("2.07.01.2.02")
    data = {"induk": kegiatan.induk_id, "kode": "2.07.01.2.03", "nama": kegiatan.nama}
    r = masuk("operator-tebing").post(ubah(kegiatan), data)
    assert "2.07.01.2.02.01" in teks(r) and "tidak memiliki induk" in teks(r)
    kegiatan.refresh_from_db()
    assert kegiatan.kode == "2.07.01.2.02"


def test_it_changes_a_sub_kegiatan_with_one_audit_record(masuk):
    sub = baris("2.07.03.2.01.01")
    lama_sasaran = [str(s.pk) for s in sub.sasaran.all()]
    sasaran_baru = Sasaran.objects.filter(nama__startswith="Meningkatnya Kesempatan").get()
    c = masuk("operator-tebing")
    data = isian_sub(
        sub, asal=asal_halaman(c, ubah(sub)), pagu="15.000.000,5", sasaran=[sasaran_baru.pk]
    )
    r = c.post(ubah(sub), data)
    assert r.status_code == 302, teks(r)
    sub.refresh_from_db()
    assert sub.pagu == Decimal("15000000.5") and list(sub.sasaran.all()) == [sasaran_baru]
    [j] = Jejak.objects.all()
    assert j.tindakan == Jejak.Tindakan.UBAH
    assert (j.lama["pagu"], j.baru["pagu"]) == ("14620000", "15000000.5")
    assert (j.lama["sasaran"], j.baru["sasaran"]) == (lama_sasaran, [str(sasaran_baru.pk)])


def test_only_sub_kegiatan_carry_pagu(masuk):
    program = baris("2.07.03")
    c = masuk("operator-tebing")
    assert "pagu" not in c.get(ubah(program)).context["form"].fields
    data = {"kode": "2.07.03", "nama": "Nama baru", "pagu": "5"}
    r = c.post(ubah(program), {**data, "asal": asal_halaman(c, ubah(program))})
    assert r.status_code == 302
    program.refresh_from_db()
    assert program.nama == "Nama baru" and program.pagu is None


def test_it_refuses_a_pagu_below_the_realisation(masuk):
    # Lampiran RFK 2022 row 2.07.03.2.01.01: anggaran 14.620.000; realisation 0 January–September
    # + 10.100.000 in TW IV = 10.100.000, so a pagu of 10.099.999,99 is 0,01 short and refused,
    # and 10.100.000 exactly is allowed.
    sub = baris("2.07.03.2.01.01")  # realised 10.100.000 in TW IV of 14.620.000
    c = masuk("operator-tebing")
    r = c.post(ubah(sub), isian_sub(sub, pagu="10.099.999,99"))
    assert r.status_code == 200
    pesan = "Total realisasi keuangan setahun Rp 10.100.000 melebihi pagu yang berlaku"
    assert f"{pesan} Rp 10.099.999,99." in teks(r)
    r = c.post(ubah(sub), isian_sub(sub, pagu="20.000.000", pagu_perubahan="9.000.000"))
    assert r.status_code == 200 and f"{pesan} Rp 9.000.000." in teks(r)
    assert r.context["form"].has_error("pagu_perubahan")
    assert not Jejak.objects.exists()
    r = c.post(ubah(sub), isian_sub(sub, pagu="10.100.000", asal=asal_halaman(c, ubah(sub))))
    assert r.status_code == 302
    r = c.post(ubah(sub), isian_sub(sub, pagu="-1"))
    assert "Pagu tidak boleh negatif" in teks(r)


def test_it_deletes_a_line_without_children_or_realisation(masuk):
    nomenklatur("2.07.02")
    pos = ProgramKegiatan.objects.create(
        opd=OPD.objects.get(slug=SLUG), tahun=2022, kode="2.07.02", nama="Kosong", tingkat=3
    )
    c = masuk("operator-tebing")
    r = c.post(hapus(pos), {"asal": asal_halaman(c, hapus(pos))})
    assert r.status_code == 302
    assert not ProgramKegiatan.objects.filter(pk=pos.pk).exists()
    [j] = Jejak.objects.all()
    assert j.tindakan == Jejak.Tindakan.HAPUS and j.lama["kode"] == "2.07.02" and j.baru is None


@pytest.mark.parametrize(
    "kode,alasan",
    [
        ("2.07.03", "data terkait: kegiatan di bawahnya (1)"),
        ("2.07.03.2.01", "data terkait: sub kegiatan di bawahnya (1)"),
        (
            "2.07.03.2.01.01",
            "data terkait: realisasi keuangan (2), realisasi fisik (1), realisasi keluaran",
        ),
    ],
)
def test_it_refuses_to_delete_a_line_with_children_or_realisation(masuk, kode, alasan):
    pos = baris(kode)
    c = masuk("operator-tebing")
    assert alasan in teks(c.get(hapus(pos)))
    r = c.post(hapus(pos), {"asal": asal_halaman(c, hapus(pos))})
    assert r.status_code == 200 and alasan in teks(r)
    assert ProgramKegiatan.objects.filter(pk=pos.pk).exists() and not Jejak.objects.exists()


def test_deleting_a_sub_kegiatan_keeps_its_links_in_the_trail(masuk):
    sub = baris("2.07.03.2.01.01")
    sub.realisasi_keuangan_set.all().delete()
    sub.realisasi_fisik_set.all().delete()
    ProgramKegiatan.objects.filter(pk=sub.pk).update(realisasi_keluaran=None)
    sasaran = [str(s.pk) for s in sub.sasaran.all()]
    c = masuk("operator-tebing")
    assert c.post(hapus(sub), {"asal": asal_halaman(c, hapus(sub))}).status_code == 302
    [j] = Jejak.objects.all()
    assert j.lama["sasaran"] == sasaran and j.lama["pagu"] == "14620000"


def test_deleting_a_programme_keeps_the_sasaran_program_it_delivered_in_the_trail(masuk):
    nomenklatur("2.07.02")
    pos = ProgramKegiatan.objects.create(
        opd=OPD.objects.get(slug=SLUG), tahun=2022, kode="2.07.02", nama="Kosong", tingkat=3
    )
    program = Sasaran.objects.filter(tingkat="sasaran_program").first()
    pos.sasaran.set([program])
    c = masuk("operator-tebing")
    assert c.post(hapus(pos), {"asal": asal_halaman(c, hapus(pos))}).status_code == 302
    [j] = Jejak.objects.all()
    assert j.lama["sasaran"] == [str(program.pk)]


def test_a_stale_form_gives_the_conflict_message_and_writes_nothing(masuk):
    sub = baris("2.07.03.2.01.01")
    c = masuk("operator-tebing")
    asal = asal_halaman(c, ubah(sub))
    ProgramKegiatan.objects.filter(pk=sub.pk).update(nama="Diubah orang lain")
    r = c.post(ubah(sub), isian_sub(sub, asal=asal, pagu="15.000.000"))
    assert r.status_code == 200 and "telah diubah oleh pengguna lain" in teks(r)
    assert r.context["asal_json"] == asal  # saving again still detects the change
    sub.refresh_from_db()
    assert sub.pagu == 14620000 and not Jejak.objects.exists()


def test_a_changed_sasaran_link_is_a_conflict_too(masuk):
    sub = baris("2.07.03.2.01.01")
    c = masuk("operator-tebing")
    asal = asal_halaman(c, ubah(sub))
    sub.sasaran.clear()
    r = c.post(ubah(sub), isian_sub(sub, asal=asal, nama="Nama baru"))
    assert "telah diubah oleh pengguna lain" in teks(r)
    assert not Jejak.objects.exists()


def test_a_stale_delete_gives_the_conflict_message(masuk):
    nomenklatur("2.07.02")
    pos = ProgramKegiatan.objects.create(
        opd=OPD.objects.get(slug=SLUG), tahun=2022, kode="2.07.02", nama="Kosong", tingkat=3
    )
    c = masuk("operator-tebing")
    asal = asal_halaman(c, hapus(pos))
    ProgramKegiatan.objects.filter(pk=pos.pk).update(nama="Diubah")
    r = c.post(hapus(pos), {"asal": asal})
    assert "telah diubah oleh pengguna lain" in teks(r)
    assert ProgramKegiatan.objects.filter(pk=pos.pk).exists()


def test_an_approved_perjanjian_kinerja_locks_the_structure(masuk):
    kunci_pk()
    sub = baris("2.07.03.2.01.01")
    c = masuk("operator-tebing")
    r = c.get(ubah(sub))
    assert "Perjanjian Kinerja 2022 berstatus Disetujui" in teks(r)
    assert r.context["form"].fields["pagu"].disabled
    assert c.post(ubah(sub), isian_sub(sub, pagu="20.000.000")).status_code == 403
    assert c.post(baru("program"), {"kode": "2.07.02", "nama": "P"}).status_code == 403
    assert c.post(hapus(baris("2.07.03")), {}).status_code == 403
    sub.refresh_from_db()
    assert sub.pagu == 14620000 and not Jejak.objects.exists()


def test_posts_of_another_opd_or_anonymous_change_nothing(masuk, client):
    sub = baris("2.07.03.2.01.01")
    jumlah = ProgramKegiatan.objects.count()
    posts = [
        (baru("program"), {"kode": "2.07.02", "nama": "P", "urutan": "9"}),
        (ubah(sub), isian_sub(sub, pagu="1")),
        (hapus(sub), {"asal": asal_halaman(masuk("operator-tebing"), hapus(sub))}),
    ]
    for url, data in posts:
        assert masuk("operator-jambi").post(url, data).status_code == 404
        assert masuk("publik-tebing").post(url, data).status_code == 404
        r = client.post(url, data)
        assert r.status_code == 302 and r.url.startswith("/masuk/")
    sub.refresh_from_db()
    assert sub.pagu == 14620000 and ProgramKegiatan.objects.count() == jumlah
    assert not Jejak.objects.exists()


def test_it_checks_access(masuk, client):
    sub = baris("2.07.03.2.01.01")
    urls = [DAFTAR, baru("program"), ubah(sub), hapus(sub)]
    for url in urls:
        assert masuk("operator-jambi").get(url).status_code == 404
        assert masuk("publik-tebing").get(url).status_code == 404
        r = client.get(url)
        assert r.status_code == 302 and r.url.startswith("/masuk/")
    for pengguna in ("kepala-tebing", "inspektorat-tebing", "admin-tebing"):
        c = masuk(pengguna)
        assert c.get(ubah(sub)).status_code == 200  # read-only
        assert c.post(ubah(sub), isian_sub(sub, pagu="20.000.000")).status_code == 403
        assert c.post(baru("program"), {"kode": "2.07.02", "nama": "P"}).status_code == 403
        assert c.post(hapus(sub), {}).status_code == 403
    assert masuk("operator-jambi").post(ubah(sub), isian_sub(sub)).status_code == 404
    assert client.post(ubah(sub), isian_sub(sub, pagu="1")).status_code == 302
    assert not Jejak.objects.exists()


def test_the_asal_shown_is_json_of_the_stored_values(masuk):
    sub = baris("2.07.03.2.01.01")
    asal = json.loads(asal_halaman(masuk("operator-tebing"), ubah(sub)))
    assert asal["pagu"] == "14620000" and asal["kode"] == "2.07.03.2.01.01"


def test_it_refuses_to_delete_a_sub_kegiatan_rencana_aksi_uses(masuk):
    # The demo's first actions take their budget from this line: the delete page says so
    # instead of failing on the database's restriction.
    sub = baris("2.07.05.2.02.02")
    sub.realisasi_keuangan_set.all().delete()
    sub.realisasi_fisik_set.all().delete()
    ProgramKegiatan.objects.filter(pk=sub.pk).update(realisasi_keluaran=None)
    c = masuk("operator-tebing")
    assert "data terkait: aksi (4)" in teks(c.get(hapus(sub)))
    r = c.post(hapus(sub), {"asal": asal_halaman(c, hapus(sub))})
    assert r.status_code == 200 and "data terkait: aksi (4)" in teks(r)
    assert ProgramKegiatan.objects.filter(pk=sub.pk).exists() and not Jejak.objects.exists()
