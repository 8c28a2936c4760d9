"""`sakip pengingat`, the daily reminders: from seven days before a quarter's filling
window closes each operator hears what their own OPD still has to enter, and nothing
earlier; the Inspektorat hears of the reviews still open in its Pemda; a user who switched
reminders off hears nothing; a second run on the same day sends nothing again."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from sakip.akun.models import Pengguna, Peran
from sakip.alur.models import JendelaPengisian, PengingatTerkirim, StatusDokumen
from sakip.evaluasi.reviu import galat_terbuka, reviu_dengan_tanggapan
from sakip.evaluasi.ubah import asal_simpulan, simpan_simpulan, terima_temuan
from sakip.instansi.models import OPD, Pemda
from sakip.pengukuran.hitung import isian_triwulan
from sakip.pengukuran.ubah import simpan_triwulan
from sakip.pertukaran.demo import DOMAIN_SUREL_DEMO, JAMBI, OPD_DEMO, PPU, TEBING

SELESAI = date(2026, 1, 20)


@pytest.fixture
def jendela(demo):
    """Triwulan IV 2025 open in PPU and Jambi until 20 January 2026; three of PPU's ten
    inputs filled."""
    for slug in (PPU, JAMBI):
        JendelaPengisian.objects.create(
            pemda=Pemda.objects.get(slug=slug),
            tahun=2025,
            triwulan=4,
            mulai=date(2026, 1, 1),
            selesai=SELESAI,
        )
    opd = OPD.objects.get(slug=OPD_DEMO[PPU])
    isian = isian_triwulan(opd, 2025, 4)
    operator = Pengguna.objects.get(username="operator-ppu")
    simpan_triwulan(operator, opd, 2025, 4, [(i, None, Decimal("12")) for i in isian[:3]])
    return isian


def pengingat(tanggal):
    mail.outbox.clear()
    keluaran = StringIO()
    call_command("pengingat", tanggal=tanggal.isoformat(), stdout=keluaran)
    return {
        a.removesuffix(f"@{DOMAIN_SUREL_DEMO}"): m for m in mail.outbox for a in m.to
    }, keluaran.getvalue()


def test_nothing_earlier_than_seven_days_before_closing(jendela):
    assert pengingat(date(2026, 1, 12)) == (
        {},
        "0 surel pengingat terkirim; 0 sudah terkirim sebelumnya hari itu.\n",
    )
    assert not PengingatTerkirim.objects.exists()


def test_seven_days_before_each_operator_hears_what_their_opd_misses(jendela):
    # Another OPD of PPU (no plan yet, nothing to enter) with its own operator.
    lain = OPD.objects.create(pemda=Pemda.objects.get(slug=PPU), slug="bappeda-ppu", nama="Bappeda")
    operator_lain = Pengguna.objects.create(username="operator-bappeda", email="b@example.id")
    Peran.objects.create(pengguna=operator_lain, jenis=Peran.Jenis.OPERATOR_OPD, opd=lain)
    pesan, _ = pengingat(date(2026, 1, 13))
    # Not the other OPD's operator, nor the Pemda's other roles.
    assert set(pesan) == {"operator-ppu", "operator-jambi"}
    ppu, jambi = OPD.objects.get(slug=OPD_DEMO[PPU]), OPD.objects.get(slug=OPD_DEMO[JAMBI])
    m = pesan["operator-ppu"]
    assert m.subject == "[sakip] Pengingat: jendela pengisian ditutup 20 Januari 2026"
    assert f"== Data Triwulan IV 2025 · {ppu.nama} ==" in m.body
    assert "ditutup 20 Januari 2026 (7 hari lagi)" in m.body
    assert "7 dari 10 isian belum terisi:" in m.body
    for i in jendela[3:]:
        assert f"- {i.label}" in m.body
    for i in jendela[:3]:
        assert f"- {i.label}" not in m.body
    assert f"/opd/{ppu.slug}/isian/2025/4/" in m.body
    assert jambi.nama not in m.body
    assert ppu.nama not in pesan["operator-jambi"].body
    assert "8 dari 8 isian belum terisi" in pesan["operator-jambi"].body


def test_the_last_day_and_after(jendela):
    pesan, _ = pengingat(SELESAI)
    assert "(hari ini hari terakhir)" in pesan["operator-ppu"].body
    assert pengingat(date(2026, 1, 21))[0] == {}


def test_running_twice_the_same_day_sends_once(jendela):
    pengingat(date(2026, 1, 13))
    pesan, keluaran = pengingat(date(2026, 1, 13))
    assert pesan == {}
    assert keluaran == "0 surel pengingat terkirim; 2 sudah terkirim sebelumnya hari itu.\n"
    tercatat = PengingatTerkirim.objects.order_by("pengguna__username")
    assert [(t.pengguna.username, t.tanggal, t.jenis) for t in tercatat] == [
        ("operator-jambi", date(2026, 1, 13), "isian"),
        ("operator-ppu", date(2026, 1, 13), "isian"),
    ]
    assert tercatat[0].perihal.startswith("[sakip] Pengingat: jendela pengisian")
    # The next day is another reminder.
    assert set(pengingat(date(2026, 1, 14))[0]) == {"operator-ppu", "operator-jambi"}


def test_no_reminder_to_who_switched_it_off(jendela):
    Pengguna.objects.filter(username="operator-ppu").update(terima_pengingat=False)
    assert set(pengingat(date(2026, 1, 13))[0]) == {"operator-jambi"}


def test_a_submitted_quarter_needs_no_reminder(jendela):
    StatusDokumen.objects.create(
        opd=OPD.objects.get(slug=OPD_DEMO[PPU]), tahun=2025, dokumen="tw4", tahap="diajukan"
    )
    assert set(pengingat(date(2026, 1, 13))[0]) == {"operator-jambi"}


def test_a_complete_quarter_is_reminded_to_be_submitted(jendela):
    opd = OPD.objects.get(slug=OPD_DEMO[PPU])
    operator = Pengguna.objects.get(username="operator-ppu")
    isian = isian_triwulan(opd, 2025, 4)
    simpan_triwulan(operator, opd, 2025, 4, [(i, None, Decimal("5")) for i in isian[3:]])
    body = pengingat(date(2026, 1, 13))[0]["operator-ppu"].body
    assert "Semua 10 isian sudah terisi, tetapi datanya belum diajukan." in body


def test_a_returned_quarter_carries_its_reason(jendela):
    StatusDokumen.objects.create(
        opd=OPD.objects.get(slug=OPD_DEMO[PPU]),
        tahun=2025,
        dokumen="tw4",
        tahap="dikembalikan",
        alasan="Satuan IKU 3 keliru.",
    )
    body = pengingat(date(2026, 1, 13))[0]["operator-ppu"].body
    assert "Dikembalikan dengan alasan: Satuan IKU 3 keliru." in body


def test_the_inspektorat_hears_of_an_lkjip_waiting_for_its_review(demo):
    opd = OPD.objects.get(slug=OPD_DEMO[PPU])
    StatusDokumen.objects.create(opd=opd, tahun=2025, dokumen="lkjip", tahap="diajukan")
    pesan, _ = pengingat(date(2026, 1, 13))
    assert set(pesan) == {"inspektorat-ppu"}
    m = pesan["inspektorat-ppu"]
    assert m.subject == "[sakip] Pengingat: 1 reviu belum tuntas"
    assert f"== {opd.nama} · tahun 2025 ==" in m.body
    assert "LKjIP 2025 berstatus Diajukan" in m.body
    assert "Simpulan reviu belum ditulis." in m.body
    assert f"/opd/{opd.slug}/reviu/2025/" in m.body
    # Once concluded (every error accepted, conclusion written), nothing more.
    inspektorat = Pengguna.objects.get(username="inspektorat-ppu")
    for t in galat_terbuka(reviu_dengan_tanggapan(opd, 2025)):
        terima_temuan(inspektorat, opd, 2025, t.aturan, t.lokasi, "Diterima.")
    simpan_simpulan(inspektorat, opd, 2025, "Reviu selesai.", asal_simpulan(None))
    assert pengingat(date(2026, 1, 14))[0] == {}


def test_open_errors_of_a_concluded_review_are_reminded(demo):
    """Tebing Tinggi's 2022 documents printed figures the review finds wrong: concluded
    with errors still open, the review is not done."""
    opd = OPD.objects.get(slug=OPD_DEMO[TEBING])
    galat = galat_terbuka(reviu_dengan_tanggapan(opd, 2022))
    assert galat
    inspektorat = Pengguna.objects.get(username="inspektorat-tebing")
    simpan_simpulan(inspektorat, opd, 2022, "Reviu selesai.", asal_simpulan(None))
    pesan, _ = pengingat(date(2023, 3, 1))
    assert set(pesan) == {"inspektorat-tebing"}
    body = pesan["inspektorat-tebing"].body
    assert f"{len(galat)} galat belum diperbaiki atau diterima." in body
    assert "Simpulan reviu belum ditulis." not in body
    # Reviews of years before last are not reminded.
    assert pengingat(date(2024, 3, 1))[0] == {}


def test_a_bad_date_is_refused_in_indonesian(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("pengingat", tanggal="13-01-2026")


def test_triwulan_iv_also_lists_the_inputs_the_year_has_no_value_for(jendela):
    # The year's values are submitted with Triwulan IV. Of PPU's ten inputs, the three with
    # a Triwulan IV value have a year value from it; of the other seven, one gets its annual
    # value on the Tahunan tab and one a Triwulan I value (the year is then taken from it):
    # five have none.
    ppu = OPD.objects.get(slug=OPD_DEMO[PPU])
    operator = Pengguna.objects.get(username="operator-ppu")
    tahunan = isian_triwulan(ppu, 2025, 0)
    simpan_triwulan(operator, ppu, 2025, 0, [(tahunan[3], None, Decimal("40"))])
    simpan_triwulan(operator, ppu, 2025, 1, [(isian_triwulan(ppu, 2025, 1)[4], None, Decimal(2))])
    # A Triwulan III window closing the same day: its reminder asks for no annual value.
    JendelaPengisian.objects.create(
        pemda=Pemda.objects.get(slug=PPU),
        tahun=2025,
        triwulan=3,
        mulai=date(2026, 1, 1),
        selesai=SELESAI,
    )
    body = pengingat(date(2026, 1, 13))[0]["operator-ppu"].body
    assert "7 dari 10 isian belum terisi:" in body  # Triwulan IV's own inputs
    judul = (
        "Nilai tahunan 2025 diajukan bersama Data Triwulan IV; 5 isian belum mempunyai nilai "
        "tahun itu (tidak diisi di tab Tahunan dan tidak ada nilai triwulannya):"
    )
    assert body.count("Nilai tahunan 2025") == 1
    bagian = body[body.index(judul) : body.index("Isi nilai tahunan di:")]
    assert [i.label for i in tahunan if f"- {i.label}" in bagian] == [i.label for i in tahunan[5:]]
    assert f"/opd/{ppu.slug}/isian/2025/0/" in body
