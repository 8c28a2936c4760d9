"""The daily reminders (`sakip pengingat`, run by cron). From `HARI` days before a quarter's
filling window closes, each operator hears what their OPD still has to enter for it (the
inputs of the quarter without a value; for Triwulan IV also those the year has no value
for, since the year's values travel with it) and that it still has to be submitted. Every day,
the Inspektorat hears of the reviews of its Pemda still open: an LKjIP waiting for its
review, errors neither corrected nor accepted, no conclusion written. One mail of each kind
per user and day, recorded (`PengingatTerkirim`), so a second run on the same day sends
nothing; a user who switched reminders off, or has no address, gets none."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from sakip.akun.akses import boleh_mereviu, boleh_ubah_data_opd
from sakip.akun.hitung import penerima_surel
from sakip.evaluasi.models import SimpulanReviu, Tanggapan
from sakip.evaluasi.reviu import galat_terbuka, reviu_dengan_tanggapan
from sakip.instansi.models import OPD
from sakip.pengukuran.hitung import isian_triwulan, kelompok_isian, lengkapi_angka

from .kunci import tanggal
from .models import (
    TAHAP_TERBUKA,
    Dokumen,
    JendelaPengisian,
    PengingatTerkirim,
    StatusDokumen,
    Tahap,
)
from .surel import alamat, surel

# Operators are reminded from this many days before a filling window closes.
HARI = 7


@dataclass
class Kekurangan:
    """What an OPD still owes for a quarter whose filling window closes soon."""

    opd: OPD
    dokumen: Dokumen
    jendela: JendelaPengisian
    sisa: int  # days until the window closes (0: today is the last day)
    tahap: Tahap
    alasan: str  # why it was returned, when it was
    kosong: list  # the inputs (`Isian`) without a value
    jumlah: int  # all inputs of the quarter
    tautan: str
    # Triwulan IV only: the year's values travel with it (`kelengkapan.cakupan`), so the
    # inputs the year has no value for, and the Tahunan tab where they are entered.
    tahunan: list = field(default_factory=list)
    tautan_tahunan: str = ""


def tahun_kosong(opd, tahun):
    """The inputs the year has no value for: none entered on the Tahunan tab and none their
    quarters give (`NilaiTahunan`), as the completeness summary of Triwulan IV judges."""
    kelompok = lengkapi_angka(kelompok_isian(opd, tahun, 0), tahun, 0)
    return [i for k in kelompok for i in k.isian if i.tahunan.nilai is None]


def kekurangan_isian(hari_ini):
    """{operator: [Kekurangan]} for the quarters whose window is open on `hari_ini` and
    closes within `HARI` days, for each OPD whose quarter is still with its operators."""
    hasil = defaultdict(list)
    jendela = JendelaPengisian.objects.filter(
        mulai__lte=hari_ini, selesai__gte=hari_ini, selesai__lte=hari_ini + timedelta(days=HARI)
    ).select_related("pemda")
    for j in jendela:
        dokumen = Dokumen(f"tw{j.triwulan}")
        opd = list(j.pemda.opd_set.order_by("nama"))
        status = {
            s.opd_id: s
            for s in StatusDokumen.objects.filter(opd__in=opd, tahun=j.tahun, dokumen=dokumen)
        }
        penerima = list(penerima_surel(j.pemda))
        for o in opd:
            s = status.get(o.pk)
            tahap = Tahap(s.tahap) if s else Tahap.DRAF
            operator = [u for u in penerima if boleh_ubah_data_opd(u, o)]
            if tahap not in TAHAP_TERBUKA or not operator:
                continue
            isian = isian_triwulan(o, j.tahun, j.triwulan)
            if not isian:  # no plan in force that year: nothing to enter
                continue
            kurang = Kekurangan(
                o,
                dokumen,
                j,
                (j.selesai - hari_ini).days,
                tahap,
                s.alasan if s and tahap == Tahap.DIKEMBALIKAN else "",
                [i for i in isian if i.nilai is None],
                len(isian),
                alamat("isi-triwulan", o.slug, j.tahun, j.triwulan),
            )
            if j.triwulan == 4:
                kurang.tahunan = tahun_kosong(o, j.tahun)
                kurang.tautan_tahunan = alamat("isi-triwulan", o.slug, j.tahun, 0)
            for u in operator:
                hasil[u].append(kurang)
    return hasil


@dataclass
class TindakLanjut:
    """A review of an OPD's year that is still open."""

    opd: OPD
    tahun: int
    lkjip: Tahap | None  # the LKjIP's stage while it waits with the verifier or the head
    galat: int  # errors neither corrected nor accepted
    simpulan: bool  # whether the conclusion is written
    tautan: str


def tindak_lanjut_reviu(hari_ini):
    """{Inspektorat user: [TindakLanjut]}: the reviews of this year and the last that are
    not concluded (`evaluasi.reviu`: a conclusion written and no error open), among those
    started (an acceptance or a conclusion) or awaited (an LKjIP submitted or verified)."""
    dari = hari_ini.year - 1
    menunggu = {
        (s.opd_id, s.tahun): Tahap(s.tahap)
        for s in StatusDokumen.objects.filter(
            dokumen=Dokumen.LKJIP,
            tahap__in=[Tahap.DIAJUKAN, Tahap.DIVERIFIKASI],
            tahun__gte=dari,
        )
    }
    simpulan = set(SimpulanReviu.objects.filter(tahun__gte=dari).values_list("opd", "tahun"))
    dimulai = set(Tanggapan.objects.filter(tahun__gte=dari).values_list("opd", "tahun"))
    pasangan = sorted(set(menunggu) | simpulan | dimulai, key=lambda p: (p[1], p[0]))
    opd = OPD.objects.in_bulk({o for o, _ in pasangan})
    penerima = {}
    hasil = defaultdict(list)
    for opd_id, tahun in pasangan:
        o = opd[opd_id]
        if o.pemda_id not in penerima:
            penerima[o.pemda_id] = list(penerima_surel(o.pemda_id))
        inspektorat = [u for u in penerima[o.pemda_id] if boleh_mereviu(u, o)]
        if not inspektorat:
            continue
        galat = len(galat_terbuka(reviu_dengan_tanggapan(o, tahun)))
        ada_simpulan = (opd_id, tahun) in simpulan
        if ada_simpulan and not galat:
            continue
        tautan = alamat("reviu", o.slug, tahun)
        terbuka = TindakLanjut(o, tahun, menunggu.get((opd_id, tahun)), galat, ada_simpulan, tautan)
        for u in inspektorat:
            hasil[u].append(terbuka)
    return hasil


def _pesan(jenis, pengguna, daftar, hari_ini):
    if jenis == PengingatTerkirim.Jenis.ISIAN:
        perihal = (
            "Pengingat: jendela pengisian ditutup "
            f"{tanggal(min(k.jendela.selesai for k in daftar))}"
        )
        template = "alur/surel/pengingat_isian.txt"
    else:
        perihal = f"Pengingat: {len(daftar)} reviu belum tuntas"
        template = "alur/surel/pengingat_reviu.txt"
    return surel(pengguna, perihal, template, {"daftar": daftar, "hari_ini": hari_ini})


def _kirim_sekali(jenis, pengguna, pesan, hari_ini):
    """Send `pesan` unless a reminder of this kind went to the user today. Recorded in the
    same transaction: a mail server that fails leaves no record, so the next run sends it."""
    with transaction.atomic():
        _, baru = PengingatTerkirim.objects.get_or_create(
            pengguna=pengguna,
            tanggal=hari_ini,
            jenis=jenis,
            defaults={"perihal": pesan.subject[:255]},
        )
        if baru:
            pesan.send()
    return baru


def kirim_pengingat(hari_ini=None):
    """Send the day's reminders: (sent, already sent earlier that day)."""
    hari_ini = hari_ini or timezone.localdate()
    terkirim = sudah = 0
    for jenis, per_pengguna in (
        (PengingatTerkirim.Jenis.ISIAN, kekurangan_isian(hari_ini)),
        (PengingatTerkirim.Jenis.REVIU, tindak_lanjut_reviu(hari_ini)),
    ):
        for pengguna, daftar in per_pengguna.items():
            pesan = _pesan(jenis, pengguna, daftar, hari_ini)
            if _kirim_sekali(jenis, pengguna, pesan, hari_ini):
                terkirim += 1
            else:
                sudah += 1
    return terkirim, sudah
