"""Suggested LKE answers drawn from what sakip holds of an OPD and year: the plans and
their approval, the IKU, targets, quarterly data and when they were approved (the workflow
history in `sakip.alur`), the LKjIP and its date, the review's conclusion, the cascading
links and the follow-up of last year's recommendations. Each suggestion is an answer, its
explanation in Indonesian and links to the evidence; the page shows it beside the
criterion and the evaluator accepts it or answers otherwise (`ubah.terima_saran`).

Only what the data can tell is suggested: a document approved or not, a share of
indicators with targets. A gradasi answer is the best one the share of conditions met
reaches (`Skala.untuk_bagian`: 9 of 10 is A). Criteria about people, budgets or quality
of thought have no suggestion."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property

from django.db.models import Count, Q
from django.utils import timezone

from sakip.alur.models import Dokumen, JendelaPengisian, StatusDokumen, Tahap
from sakip.evaluasi.reviu import reviu_tuntas
from sakip.jejak.models import Jejak
from sakip.kinerja.lke import Lembar
from sakip.kinerja.lke_pemda import rangkum_jawaban
from sakip.pelaporan.dokumen import tanggal_indonesia
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import Indikator, Sasaran, Target
from sakip.perencanaan.pohon import periode_berlaku

from .models import Bukti, Evaluasi, Jawaban, Rekomendasi


@dataclass(frozen=True)
class Saran:
    kode: str
    jawaban: str
    penjelasan: str
    bukti: tuple[tuple[str, str], ...]  # (Bukti.Jenis, reference shown with the link)


def batas_lkjip(tahun: int) -> date:
    """The LKjIP of a year is due by 31 March of the next year (Perpres 29/2014)."""
    return date(tahun + 1, 3, 31)


def batas_triwulan(tahun: int, triwulan: int, jendela: date | None) -> date:
    """A quarter's data is due approved by the end of the month after the quarter, or by
    the end of the Pemda's filling window when that is later."""
    awal_bulan_berikut = date(tahun + (triwulan == 4), (triwulan * 3) % 12 + 1, 1)
    akhir = date(
        awal_bulan_berikut.year + (awal_bulan_berikut.month == 12),
        awal_bulan_berikut.month % 12 + 1,
        1,
    ) - timedelta(days=1)
    return max(akhir, jendela) if jendela else akhir


class Data:
    """What the suggestions are drawn from, read once per page."""

    def __init__(self, opd, tahun):
        self.opd, self.tahun = opd, tahun

    @cached_property
    def periode(self):
        return periode_berlaku(self.opd, self.tahun)

    def disetujui_pada(self, tahun, dokumen) -> date | None:
        """The day the workflow document was last approved (its history), None when it is
        not approved now."""
        status = StatusDokumen.objects.filter(
            opd=self.opd, tahun=tahun, dokumen=dokumen, tahap=Tahap.DISETUJUI
        ).first()
        if status is None:
            return None
        jejak = (
            Jejak.objects.filter(
                opd=self.opd,
                tindakan=Jejak.Tindakan.ALUR,
                objek="status dokumen",
                objek_id=str(status.pk),
                baru__tahap=Tahap.DISETUJUI.value,
            )
            .order_by("-waktu", "-id")
            .first()
        )
        return timezone.localdate(jejak.waktu if jejak else status.diubah)

    @cached_property
    def renstra(self):
        return [(p, self.disetujui_pada(p.tahun_awal, Dokumen.RENSTRA)) for p in self.periode]

    @cached_property
    def pk(self):
        return self.disetujui_pada(self.tahun, Dokumen.PK)

    @cached_property
    def lkjip(self):
        return self.disetujui_pada(self.tahun, Dokumen.LKJIP)

    @cached_property
    def triwulan(self):
        """(triwulan, approved on, due by) of the four quarters."""
        jendela = dict(
            JendelaPengisian.objects.filter(pemda=self.opd.pemda_id, tahun=self.tahun).values_list(
                "triwulan", "selesai"
            )
        )
        return [
            (
                t,
                self.disetujui_pada(self.tahun, f"tw{t}"),
                batas_triwulan(self.tahun, t, jendela.get(t)),
            )
            for t in range(1, 5)
        ]

    @cached_property
    def sasaran(self):
        return list(
            Sasaran.objects.filter(tujuan__periode__in=self.periode).annotate(
                iku=Count("indikator_set", filter=Q(indikator_set__iku=True))
            )
        )

    @cached_property
    def iku(self):
        return list(Indikator.objects.filter(periode__in=self.periode, iku=True))

    @cached_property
    def capaian(self):
        return [b.nilai for b in baris_capaian(self.opd, self.tahun, hanya_iku=True)]

    @cached_property
    def capaian_lalu(self):
        lalu = self.tahun - 1
        if not periode_berlaku(self.opd, lalu):
            return {}
        return {b.nilai.indikator.kode: b.nilai for b in baris_capaian(self.opd, lalu, True)}


def _renstra(d, k):
    if not d.periode:
        return Saran(k.kode, "T", "Belum ada Renstra yang berlaku pada tahun ini.", ())
    belum = [p.nama for p, pada in d.renstra if pada is None]
    if belum:
        return Saran(
            k.kode,
            "T",
            f"Renstra ada tetapi belum disetujui: {', '.join(belum)}.",
            (("renstra", ""),),
        )
    nama = "; ".join(f"{p.nama}, disetujui {tanggal_indonesia(pada)}" for p, pada in d.renstra)
    return Saran(k.kode, "Y", f"Renstra ada dan disetujui ({nama}).", (("renstra", ""),))


def _pk(d, k):
    if d.pk is None:
        return Saran(k.kode, "T", f"Perjanjian Kinerja {d.tahun} belum disetujui.", (("pk", "PK"),))
    return Saran(
        k.kode,
        "Y",
        f"Perjanjian Kinerja {d.tahun} disetujui {tanggal_indonesia(d.pk)}.",
        (("pk", f"PK {d.tahun}"),),
    )


def _ditetapkan(d, k):
    ada = [bool(d.periode) and all(pada for _, pada in d.renstra), d.pk is not None]
    return Saran(
        k.kode,
        k.skala.untuk_bagian(sum(ada), 2),
        f"Dari Renstra dan Perjanjian Kinerja {d.tahun}, {sum(ada)} dari 2 telah disetujui "
        "melalui alur persetujuan.",
        (("renstra", ""), ("pk", f"PK {d.tahun}")),
    )


def _iku(d, k):
    dengan = [s for s in d.sasaran if s.iku]
    return Saran(
        k.kode,
        k.skala.untuk_bagian(len(dengan), len(d.sasaran)),
        f"{len(d.iku)} IKU ditetapkan; {len(dengan)} dari {len(d.sasaran)} sasaran memiliki "
        "indikator kinerja utama.",
        (("iku", ""),),
    )


def _target(d, k):
    lengkap = 0
    for ind in d.iku:
        tahun = set(
            Target.objects.filter(indikator=ind, triwulan=0).values_list("tahun", flat=True)
        )
        lengkap += set(range(ind.periode.tahun_awal, ind.periode.tahun_akhir + 1)) <= tahun
    return Saran(
        k.kode,
        k.skala.untuk_bagian(lengkap, len(d.iku)),
        f"{lengkap} dari {len(d.iku)} IKU memiliki target untuk setiap tahun periode Renstra.",
        (("iku", ""),),
    )


def _cascading(d, k):
    terkait = [s for s in d.sasaran if s.melayani_id]
    return Saran(
        k.kode,
        k.skala.untuk_bagian(len(terkait), len(d.sasaran)),
        f"{len(terkait)} dari {len(d.sasaran)} sasaran Renstra terhubung ke sasaran Pemda "
        "yang didukungnya (cascading).",
        (("renstra", "pohon kinerja"),),
    )


def _definisi(d, k):
    jelas = [i for i in d.iku if i.rumus_uraian or i.rumus or i.komponen.exists()]
    return Saran(
        k.kode,
        "Y" if d.iku and len(jelas) == len(d.iku) else "T",
        f"{len(jelas)} dari {len(d.iku)} IKU memiliki rumus atau cara pengukuran.",
        (("iku", ""),),
    )


def _berkala(d, k):
    tepat = [t for t, pada, batas in d.triwulan if pada and pada <= batas]
    rincian = "; ".join(
        f"TW {t} disetujui {tanggal_indonesia(pada)} (batas {tanggal_indonesia(batas)})"
        if pada
        else f"TW {t} belum disetujui"
        for t, pada, batas in d.triwulan
    )
    return Saran(
        k.kode,
        k.skala.untuk_bagian(len(tepat), 4),
        f"Data {len(tepat)} dari 4 triwulan {d.tahun} disetujui tepat waktu: {rincian}.",
        (("triwulan", f"Triwulan {d.tahun}"), ("jejak", "riwayat persetujuan")),
    )


def _aplikasi(d, k):
    diisi = [t for t, pada, _ in d.triwulan if pada]
    return Saran(
        k.kode,
        k.skala.untuk_bagian(len(diisi), 4),
        f"Data {len(diisi)} dari 4 triwulan {d.tahun} dikumpulkan, dihitung dan disetujui "
        "di aplikasi ini.",
        (("triwulan", f"Triwulan {d.tahun}"),),
    )


def _triwulan_lengkap(d, k):
    diisi = sum(1 for _, pada, _ in d.triwulan if pada)
    return Saran(
        k.kode,
        "Y" if diisi == 4 else "T",
        f"Laporan kinerja triwulan: {diisi} dari 4 triwulan {d.tahun} disetujui.",
        (("triwulan", f"Triwulan {d.tahun}"),),
    )


def _lkjip_disusun(d, k):
    ada = StatusDokumen.objects.filter(opd=d.opd, tahun=d.tahun, dokumen=Dokumen.LKJIP).exclude(
        tahap=Tahap.DRAF
    )
    return Saran(
        k.kode,
        "Y" if d.lkjip or ada.exists() else "T",
        f"LKjIP {d.tahun} "
        + ("telah disusun dan diajukan." if ada.exists() else "belum diajukan."),
        (("lkjip", f"LKjIP {d.tahun}"),),
    )


def _lkjip_disetujui(d, k, publik=False):
    if d.lkjip is None:
        return Saran(k.kode, "T", f"LKjIP {d.tahun} belum disetujui.", (("lkjip", ""),))
    tambahan = " dan sejak itu terbit di portal publik" if publik else ""
    return Saran(
        k.kode,
        "Y",
        f"LKjIP {d.tahun} disetujui {tanggal_indonesia(d.lkjip)}{tambahan}.",
        (("lkjip", f"LKjIP {d.tahun}"), ("jejak", "riwayat persetujuan")),
    )


def _lkjip_tepat_waktu(d, k):
    batas = batas_lkjip(d.tahun)
    if d.lkjip is None:
        return Saran(
            k.kode, "T", f"LKjIP {d.tahun} belum disetujui (batas {tanggal_indonesia(batas)}).", ()
        )
    tepat = d.lkjip <= batas
    return Saran(
        k.kode,
        "Y" if tepat else "T",
        f"LKjIP {d.tahun} disetujui {tanggal_indonesia(d.lkjip)}, "
        + ("sebelum" if tepat else "melewati")
        + f" batas {tanggal_indonesia(batas)}.",
        (("lkjip", f"LKjIP {d.tahun}"), ("jejak", "riwayat persetujuan")),
    )


def _direviu(d, k):
    tuntas = reviu_tuntas(d.opd, d.tahun)
    return Saran(
        k.kode,
        "Y" if tuntas else "T",
        "Reviu Inspektorat "
        + ("telah disimpulkan tanpa galat yang terbuka." if tuntas else "belum tuntas."),
        (("reviu", f"Reviu {d.tahun}"),),
    )


def _terhadap_target(d, k):
    ada = [n for n in d.capaian if n.target is not None and n.realisasi is not None]
    return Saran(
        k.kode,
        k.skala.untuk_bagian(len(ada), len(d.capaian)),
        f"{len(ada)} dari {len(d.capaian)} IKU memiliki target dan realisasi {d.tahun}; "
        "LKjIP yang disusun sakip membandingkan keduanya untuk setiap IKU.",
        (("lkjip", f"LKjIP {d.tahun}"),),
    )


def _target_akhir(d, k):
    ada = 0
    for ind in d.iku:
        ada += Target.objects.filter(
            indikator=ind, tahun=ind.periode.tahun_akhir, triwulan=0
        ).exists()
    return Saran(
        k.kode,
        k.skala.untuk_bagian(ada, len(d.iku)),
        f"{ada} dari {len(d.iku)} IKU memiliki target akhir periode Renstra; LKjIP "
        "membandingkan realisasi dengan target itu.",
        (("lkjip", f"LKjIP {d.tahun}"), ("iku", "")),
    )


def _tahun_lalu(d, k):
    ada = [
        n
        for n in d.capaian
        if n.realisasi is not None
        and (lalu := d.capaian_lalu.get(n.indikator.kode))
        and lalu.realisasi is not None
    ]
    return Saran(
        k.kode,
        k.skala.untuk_bagian(len(ada), len(d.capaian)),
        f"{len(ada)} dari {len(d.capaian)} IKU memiliki realisasi {d.tahun} dan "
        f"{d.tahun - 1}; LKjIP membandingkan keduanya.",
        (("lkjip", f"LKjIP {d.tahun}"),),
    )


def _rekomendasi(d, k):
    lalu = Rekomendasi.objects.filter(evaluasi__opd=d.opd, evaluasi__tahun=d.tahun - 1)
    jumlah = lalu.count()
    if not jumlah:
        return None  # nothing recommended last year: nothing to tell
    selesai = lalu.filter(status=Rekomendasi.Status.SELESAI).count()
    return Saran(
        k.kode,
        k.skala.untuk_bagian(selesai, jumlah),
        f"{selesai} dari {jumlah} rekomendasi LHE {d.tahun - 1} dinyatakan selesai "
        "ditindaklanjuti oleh Inspektorat.",
        (),
    )


# The criteria of each worksheet version that the data can speak to.
ATURAN = {
    "permenpanrb-88-2021": {
        "1.1.3": _renstra,
        "1.1.4": _pk,
        "1.2.1": _ditetapkan,
        "1.2.6": _iku,
        "1.2.7": _target,
        "1.2.8": _cascading,
        "2.1.2": _definisi,
        "2.2.4": _berkala,
        "2.2.6": _aplikasi,
        "2.2.7": _aplikasi,
        "3.1.1": _lkjip_disusun,
        "3.1.2": _triwulan_lengkap,
        "3.1.3": _lkjip_disetujui,
        "3.1.4": _direviu,
        "3.1.5": lambda d, k: _lkjip_disetujui(d, k, publik=True),
        "3.1.6": _lkjip_tepat_waktu,
        "3.2.3": _terhadap_target,
        "3.2.4": _target_akhir,
        "3.2.5": _tahun_lalu,
        "4.3.1": _rekomendasi,
    }
}


def saran(opd, tahun, lembar: Lembar) -> dict[str, Saran]:
    """The suggestions for the OPD's year on worksheet `lembar` (criterion code → Saran)."""
    d = Data(opd, tahun)
    hasil = {}
    for kode, aturan in ATURAN.get(lembar.versi, {}).items():
        kriteria = lembar.kriteria(kode)
        if kriteria is not None and (s := aturan(d, kriteria)) is not None:
            hasil[kode] = s
    return hasil


def _desimal_id(nilai, tempat=2) -> str:
    """A fraction for display, rounded, with the Indonesian decimal comma (0,87)."""
    teks = str((Decimal(nilai.numerator) / nilai.denominator).quantize(Decimal(1).scaleb(-tempat)))
    return teks.replace(".", ",")


def saran_pemda(pemda, tahun, lembar: Lembar) -> dict[str, Saran]:
    """The suggestions for the Pemda's own evaluation of the year: for every criterion
    about the OPD (`tentang_opd` in the worksheet file), what the OPD's evaluations of the
    same year answered (`sakip.kinerja.lke_pemda.rangkum_jawaban`), linked to each of them.
    An OPD's answer is its evaluator's, or its self-assessment while the evaluator has not
    answered."""
    evaluasi = list(
        Evaluasi.objects.filter(opd__pemda=pemda, tahun=tahun)
        .select_related("opd")
        .order_by("opd__nama")
    )
    jawaban = {
        (j.evaluasi_id, j.kode): j.jawaban_evaluator or j.jawaban_opd
        for j in Jawaban.objects.filter(evaluasi__in=evaluasi)
    }
    hasil = {}
    for kriteria in lembar.semua_kriteria():
        if not kriteria.tentang_opd:
            continue
        per_opd = [(e.opd, jawaban.get((e.pk, kriteria.kode), "")) for e in evaluasi]
        r = rangkum_jawaban(kriteria.skala, [j for _, j in per_opd])
        if r is None:
            continue
        rincian = ", ".join(f"{n} dari {r.jumlah} OPD menjawab {j}" for j, n in r.per_jawaban)
        belum = r.jumlah - r.dijawab
        hasil[kriteria.kode] = Saran(
            kriteria.kode,
            r.jawaban,
            f"Evaluasi OPD tahun {tahun}: {rincian}"
            + (f"; {belum} OPD belum menjawab" if belum else "")
            + f". Rerata nilai {_desimal_id(r.rerata)}, jawaban terdekat {r.jawaban}.",
            tuple((Bukti.Jenis.LKE_OPD, opd.slug) for opd, j in per_opd if j),
        )
    return hasil
