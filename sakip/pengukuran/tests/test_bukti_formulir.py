"""The evidence upload form: it starts at the quarter being filled, says on the form why a
quarter takes no file (not a 403 page), takes a description shown in the list and kept in
the audit trail, and the page's trail leads back through the OPD."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from lxml import html

from sakip.alur.models import JendelaPengisian, StatusDokumen
from sakip.jejak.models import Jejak
from sakip.pengukuran.models import BuktiDukung
from sakip.perencanaan.models import Indikator
from sakip.pertukaran.demo import OPD_DEMO, TEBING

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def ind(demo):
    # Of the Renstra 2017–2022; Tebing has no filling window in the test world.
    return Indikator.objects.filter(periode__opd__slug=OPD_DEMO[TEBING]).order_by("pk").first()


def url(ind):
    return f"/indikator/{ind.pk}/bukti/"


def unggah(c, ind, tahun=2022, triwulan=2, **lain):
    data = {"tahun": tahun, "triwulan": triwulan, "berkas": SimpleUploadedFile("a.pdf", PDF)}
    return c.post(url(ind), {**data, **lain})


def jendela(ind, triwulan, mulai, selesai):
    hari_ini = timezone.localdate()
    JendelaPengisian.objects.create(
        pemda=ind.periode.pemda,
        tahun=2022,
        triwulan=triwulan,
        mulai=hari_ini + timedelta(days=mulai),
        selesai=hari_ini + timedelta(days=selesai),
    )


def terpilih(r, nama):
    doc = html.fromstring(r.content.decode())
    return doc.xpath(f'//select[@name="{nama}"]/option[@selected]/@value')


def test_it_starts_at_the_quarter_whose_window_is_open(masuk, ind):
    jendela(ind, 2, -3, 3)
    r = masuk("operator-tebing").get(url(ind))
    assert (terpilih(r, "tahun"), terpilih(r, "triwulan")) == (["2022"], ["2"])


def test_without_an_open_window_it_starts_at_the_calendars_quarter(masuk, ind):
    # The plan ended in 2022: its last quarter.
    r = masuk("operator-tebing").get(url(ind))
    assert (terpilih(r, "tahun"), terpilih(r, "triwulan")) == (["2022"], ["4"])


@pytest.mark.parametrize(
    "tahap, pesan",
    [
        ("diajukan", "Data Triwulan II 2022 berstatus Diajukan sehingga terkunci"),
        ("disetujui", "Data Triwulan II 2022 berstatus Disetujui sehingga terkunci"),
    ],
)
def test_a_locked_quarter_is_refused_on_the_form(masuk, ind, tahap, pesan):
    StatusDokumen.objects.create(opd=ind.periode.opd, tahun=2022, dokumen="tw2", tahap=tahap)
    r = unggah(masuk("operator-tebing"), ind, keterangan="Rekap Juni")
    assert r.status_code == 400
    assert len(r.context["form"].errors["triwulan"]) == 1
    assert pesan in r.context["form"].errors["triwulan"][0]
    assert "Berkas belum diunggah" in r.text
    assert 'value="Rekap Juni"' in r.text  # what was typed stays
    assert not BuktiDukung.objects.exists() and not Jejak.objects.exists()


def test_a_closed_window_is_refused_on_the_form(masuk, ind):
    jendela(ind, 2, -30, -2)
    r = unggah(masuk("operator-tebing"), ind)
    assert r.status_code == 400
    assert (
        "Jendela pengisian Data Triwulan II 2022 ditutup pada"
        in (r.context["form"].errors["triwulan"][0])
    )
    assert not BuktiDukung.objects.exists()


def test_a_bad_file_and_a_locked_quarter_are_said_together(masuk, ind):
    StatusDokumen.objects.create(opd=ind.periode.opd, tahun=2022, dokumen="tw2", tahap="diajukan")
    r = masuk("operator-tebing").post(
        url(ind),
        {"tahun": 2022, "triwulan": 2, "berkas": SimpleUploadedFile("a.pdf", b"bukan pdf")},
    )
    assert set(r.context["form"].errors) == {"triwulan", "berkas"}


def test_the_description_is_listed_and_kept_in_the_audit_trail(masuk, ind):
    assert (
        unggah(masuk("operator-tebing"), ind, keterangan="Rekap kartu kuning Juni").status_code
        == 302
    )
    b = BuktiDukung.objects.get()
    assert b.keterangan == "Rekap kartu kuning Juni"
    assert Jejak.objects.get().baru["keterangan"] == "Rekap kartu kuning Juni"
    doc = html.fromstring(masuk("kepala-tebing").get(url(ind)).content.decode())
    baris = doc.xpath("//tbody/tr")[0]
    assert "Rekap kartu kuning Juni" in baris.text_content()


def test_the_description_may_be_empty_but_not_hold_control_characters(masuk, ind):
    c = masuk("operator-tebing")
    assert unggah(c, ind, keterangan="a\x07b").status_code == 400
    assert not BuktiDukung.objects.exists()
    assert unggah(c, ind).status_code == 302
    assert BuktiDukung.objects.get().keterangan == ""


def test_a_locked_quarters_file_has_no_delete_button(masuk, ind):
    c = masuk("operator-tebing")
    unggah(c, ind, triwulan=2)
    unggah(c, ind, triwulan=3)
    dua, tiga = BuktiDukung.objects.order_by("triwulan")
    StatusDokumen.objects.create(opd=ind.periode.opd, tahun=2022, dokumen="tw2", tahap="diajukan")
    r = c.get(url(ind))
    assert f"/bukti/{dua.pk}/hapus/" not in r.text
    assert f"/bukti/{tiga.pk}/hapus/" in r.text
    assert "terkunci" in r.text


def test_the_trail_leads_through_the_opd(masuk, ind):
    r = masuk("kepala-tebing").get(url(ind))
    assert f'href="/opd/{OPD_DEMO[TEBING]}/"' in r.text
    assert "Unggah bukti dukung" not in r.text
