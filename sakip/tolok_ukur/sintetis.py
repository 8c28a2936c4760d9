"""Synthetic data at any size, for benchmarks and for the fast-path agreement tests.

Plan trees (Renstra → tujuan → sasaran → indicators of every kind and polarity, formulas of
several shapes with period references, composites), yearly targets (zero, missing and
range targets included), data variables with quarterly values (some missing, some zero),
realisations entered directly, and budgets with Permendagri 90 codes and monthly
realisation.

Deterministic for a seed: each Pemda draws from its own generator seeded with (seed, its
number), so the same arguments give the same data. Rows stream into the database in
batches with ids assigned here (COPY on PostgreSQL, bulk inserts elsewhere), so memory
stays flat whatever the size.
"""

import random
from decimal import Decimal

from django.db import connection, transaction

from sakip.anggaran.models import ProgramKegiatan, RealisasiKeuangan
from sakip.instansi.models import OPD, Pemda
from sakip.kinerja.predikat import PRESET
from sakip.pengukuran.models import NilaiVariabel, Realisasi, Variabel
from sakip.pengukuran.tersimpan import salin_kolom
from sakip.perencanaan.models import Indikator, Periode, Sasaran, Target, Tujuan

# Formula shapes found in real Renstra documents; a, b, c are data variables.
RUMUS = [
    "{a} / {b} * 100",
    "({a}[n] - {a}[n-1]) / {a}[n-1] * 100",
    "bagi({a}; {b}; 0) * 100",
    "{a} - {b}",
    "{a}",
    "max({a}; {b}) / {c} * 100",
    "abs({a} - {b}) / ({b} + {c}) * 100",
]
KOMPOSIT = Indikator.komponen.through
BATCH = 20_000
SEN = Decimal("0.01")


def salin_massal(model, rows):
    """`salin_kolom` for rows given as dicts of attname → value; a field a row leaves out
    takes its default."""
    if rows:
        bidang = [f for f in model._meta.concrete_fields if not f.primary_key or "id" in rows[0]]
        nama = [f.attname for f in bidang]
        bawaan = [f.get_default() for f in bidang]
        salin_kolom(
            model,
            nama,
            (tuple(r.get(n, d) for n, d in zip(nama, bawaan, strict=True)) for r in rows),
        )


def _uang(rng, paling):
    return Decimal(rng.randint(0, paling * 100)).scaleb(-2)


class _Penulis:
    """Buffers rows per model and writes them in batches; ids are assigned here."""

    def __init__(self):
        self.buffer = {}
        self.id_berikut = {}
        self.jumlah = {}

    def id(self, model):
        if model not in self.id_berikut:
            terakhir = model.objects.order_by("-pk").values_list("pk", flat=True).first()
            self.id_berikut[model] = (terakhir or 0) + 1
        nilai = self.id_berikut[model]
        self.id_berikut[model] += 1
        return nilai

    def tulis(self, model, **nilai):
        if "id" not in nilai:
            nilai["id"] = self.id(model)
        rows = self.buffer.setdefault(model, [])
        rows.append(nilai)
        if len(rows) >= BATCH:
            self.kirim(model)
        return nilai["id"]

    def kirim(self, model):
        rows = self.buffer.pop(model, [])
        if not rows:
            return
        self.jumlah[model] = self.jumlah.get(model, 0) + len(rows)
        salin_massal(model, rows)

    def selesai(self):
        """Move the id sequences past the ids assigned here, and refresh the planner's
        statistics, which bulk loading leaves stale."""
        if connection.vendor != "postgresql":
            return  # SQLite numbers new rows past the largest id by itself
        with connection.cursor() as c:
            for model, berikut in self.id_berikut.items():
                tabel = model._meta.db_table
                # Forward only: a sequence is not rolled back with a transaction, so setting
                # it to a smaller value would hand out ids that rows still hold.
                c.execute(
                    "SELECT setval(s, GREATEST(%s, nextval(s)))"
                    " FROM pg_get_serial_sequence(%s, 'id') AS s",
                    [berikut - 1, tabel],
                )
                c.execute(f"ANALYZE {connection.ops.quote_name(tabel)}")


# Parents before children.
URUTAN = [
    Pemda,
    OPD,
    Periode,
    Tujuan,
    Sasaran,
    Indikator,
    KOMPOSIT,
    Target,
    Variabel,
    NilaiVariabel,
    Realisasi,
    ProgramKegiatan,
    RealisasiKeuangan,
]


def bangun(pemda=2, opd_per_pemda=3, tahun=(2025, 2029), benih=1, sub_per_opd=12, awal=1):
    """Create `pemda` Pemda with `opd_per_pemda` OPD each; returns rows written per table.
    `awal` numbers the first Pemda, so a later run can add more without clashing. Each
    Pemda is one transaction (foreign keys are checked at its end)."""
    penulis = _Penulis()
    for p in range(awal, awal + pemda):
        with transaction.atomic():
            rng = random.Random(f"{benih}-{p}")  # noqa: S311 (reproducible test data)
            _pemda(penulis, rng, p, opd_per_pemda, tahun, sub_per_opd)
            for model in URUTAN:
                penulis.kirim(model)
    penulis.selesai()
    return {m._meta.label: n for m, n in penulis.jumlah.items()}


def _pemda(penulis, rng, p, jumlah_opd, tahun, sub_per_opd):
    pemda = penulis.tulis(
        Pemda,
        slug=f"sintetis-{p}",
        nama=f"Kabupaten Sintetis {p}",
        jenis="kabupaten",
        provinsi=f"Provinsi Sintetis {1 + (p - 1) // 20}",
        skala_predikat=rng.choice(sorted(PRESET)),
        batas_capaian=rng.choice([None, None, Decimal(100), Decimal(120)]),
    )
    for o in range(1, jumlah_opd + 1):
        opd = penulis.tulis(
            OPD, pemda_id=pemda, slug=f"sintetis-{p}-{o}", nama=f"Dinas Sintetis {p}.{o}"
        )
        _renstra(penulis, rng, pemda, opd, f"{p}-{o}", tahun)
        _anggaran(penulis, rng, opd, tahun, sub_per_opd)


def _renstra(penulis, rng, pemda, opd, nama, tahun):
    awal, akhir = tahun
    periode = penulis.tulis(
        Periode,
        pemda_id=pemda,
        opd_id=opd,
        kode=f"renstra-{nama}",
        jenis="renstra",
        nama=f"Renstra {nama} {awal}–{akhir}",
        tahun_awal=awal,
        tahun_akhir=akhir,
    )
    variabel = []
    for k in range(6):
        v = penulis.tulis(
            Variabel,
            pemda_id=pemda,
            opd_id=opd,
            kode=f"data_{k}",
            nama=f"Data {k}",
            agregasi=rng.choice(["jumlah", "jumlah", "terakhir", "rata_rata", "maks", "min"]),
        )
        variabel.append(f"data_{k}")
        _nilai_variabel(penulis, rng, v, awal - 1, akhir)
    urutan = 0
    for t in range(1, 3):
        tujuan = penulis.tulis(
            Tujuan, periode_id=periode, nomor=str(t), nama=f"Tujuan {t}", urutan=t
        )
        for s in range(1, 3):
            sasaran = penulis.tulis(
                Sasaran, tujuan_id=tujuan, nomor=f"{t}.{s}", nama=f"Sasaran {t}.{s}", urutan=s
            )
            saudara = []
            for _ in range(rng.choice([2, 2, 3])):
                urutan += 1
                saudara.append(_indikator(penulis, rng, periode, sasaran, urutan, variabel, tahun))
            if rng.random() < 0.15:  # a composite of its siblings
                urutan += 1
                induk = _indikator(penulis, rng, periode, sasaran, urutan, [], tahun, komposit=True)
                for anak in saudara[:2]:
                    penulis.tulis(KOMPOSIT, from_indikator_id=induk, to_indikator_id=anak)


def _indikator(penulis, rng, periode, sasaran, urutan, variabel, tahun, komposit=False):
    jenis = "persentase"
    rumus = ""
    if not komposit:
        pilih = rng.random()
        if pilih < 0.6:
            a, b, c = rng.sample(variabel, 3)
            rumus = rng.choice(RUMUS).format(a=a, b=b, c=c)
        elif pilih < 0.95:
            jenis = rng.choice(["absolut", "indeks", "rasio"])
        else:
            jenis = "kualitatif"
    polaritas = rng.choice(["positif", "positif", "negatif", "rentang"])
    ind = penulis.tulis(
        Indikator,
        periode_id=periode,
        sasaran_id=sasaran,
        kode=f"ik-{urutan}",
        nama=f"Indikator {urutan}",
        satuan="%",
        jenis=jenis,
        polaritas=polaritas,
        rumus=rumus,
        agregasi=rng.choice(["terakhir", "jumlah", "rata_rata"]),
        iku=rng.random() < 0.5,
        urutan=urutan,
    )
    for th in range(tahun[0], tahun[1] + 1):
        if rng.random() < 0.05:
            continue  # a target not set
        nilai = rng.choice([Decimal(0), _uang(rng, 150), _uang(rng, 150), _uang(rng, 150)])
        atas = nilai + _uang(rng, 20) if polaritas == "rentang" and rng.random() < 0.9 else None
        penulis.tulis(Target, indikator_id=ind, tahun=th, triwulan=0, nilai=nilai, nilai_atas=atas)
    if not rumus and not komposit:
        for th in range(tahun[0], tahun[1] + 1):
            for tw in _triwulan_terisi(rng):
                penulis.tulis(
                    Realisasi, indikator_id=ind, tahun=th, triwulan=tw, nilai=_uang(rng, 200)
                )
    return ind


def _triwulan_terisi(rng):
    """Which periods a year has values for: an annual entry, quarters, some missing."""
    pilih = rng.random()
    if pilih < 0.1:
        return []
    if pilih < 0.3:
        return [0]
    return [tw for tw in range(1, 5) if rng.random() < 0.9]


def _nilai_variabel(penulis, rng, variabel, awal, akhir):
    for th in range(awal, akhir + 1):
        for tw in _triwulan_terisi(rng):
            nilai = Decimal(0) if rng.random() < 0.05 else _uang(rng, 5000)
            penulis.tulis(NilaiVariabel, variabel_id=variabel, tahun=th, triwulan=tw, nilai=nilai)


def _anggaran(penulis, rng, opd, tahun, sub_per_opd):
    """Program → kegiatan → sub kegiatan per year, with monthly realisation."""
    for th in range(tahun[0], tahun[1] + 1):
        nomor = 0
        for prog in range(1, 3):
            kode_p = f"2.07.{prog:02d}"
            id_p = penulis.tulis(
                ProgramKegiatan, opd_id=opd, tahun=th, kode=kode_p, nama=f"Program {prog}",
                tingkat=3, urutan=prog,
            )  # fmt: skip
            for keg in range(1, 3):
                kode_k = f"{kode_p}.2.{keg:02d}"
                id_k = penulis.tulis(
                    ProgramKegiatan, opd_id=opd, tahun=th, kode=kode_k, nama=f"Kegiatan {keg}",
                    tingkat=4, induk_id=id_p, urutan=keg,
                )  # fmt: skip
                for sub in range(1, sub_per_opd // 4 + 1):
                    nomor += 1
                    pagu = _uang(rng, 500_000_000)
                    id_s = penulis.tulis(
                        ProgramKegiatan, opd_id=opd, tahun=th, kode=f"{kode_k}.{sub:04d}",
                        nama=f"Sub kegiatan {nomor}", tingkat=5, induk_id=id_k, urutan=sub,
                        pagu=pagu, keluaran="Dokumen", target_keluaran=Decimal(rng.randint(1, 20)),
                        satuan_keluaran="dokumen",
                    )  # fmt: skip
                    sisa = pagu
                    for bulan in range(1, 13):
                        # About a twelfth of the pagu a month, never more than what is left.
                        bagian = (pagu / 12 * rng.randint(50, 110) / 100).quantize(SEN)
                        nilai = min(sisa, bagian)
                        sisa -= nilai
                        penulis.tulis(
                            RealisasiKeuangan, sub_kegiatan_id=id_s, bulan_awal=bulan,
                            bulan_akhir=bulan, nilai=nilai,
                        )  # fmt: skip
