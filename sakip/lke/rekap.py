"""The recap of a Pemda's evaluations of a year: every OPD with its concluded score and
grade, last year's and the change, sortable; as a page, an XLSX workbook (a pelaporan
Dokumen table, laid out by its renderer) and a bar chart drawn as SVG coordinates the
template renders. Only concluded evaluations count: an open one is "dalam proses"."""

from dataclasses import dataclass
from decimal import Decimal

from sakip.instansi.models import OPD
from sakip.kinerja.lke import perubahan_nilai
from sakip.pelaporan.dokumen import Dokumen, Sel, Tabel, angka, teks

from .models import Evaluasi


@dataclass
class Baris:
    opd: OPD
    evaluasi: Evaluasi | None
    nilai: Decimal | None
    predikat: str
    nilai_lalu: Decimal | None
    predikat_lalu: str

    @property
    def perubahan(self):
        return perubahan_nilai(self.nilai, self.nilai_lalu)

    @property
    def keadaan(self):
        if self.evaluasi is None:
            return "belum dievaluasi"
        return "selesai" if self.evaluasi.selesai else "dalam proses"


def _akhir(e):
    if e is None or not e.selesai:
        return None, ""
    return Decimal(e.nilai_akhir), e.predikat_akhir


# Sort keys of the page: (key, missing values last whichever the direction).
URUTAN = {
    "nama": lambda b: b.opd.nama.lower(),
    "nilai": lambda b: b.nilai,
    "lalu": lambda b: b.nilai_lalu,
    "perubahan": lambda b: b.perubahan,
}


def rekap(pemda, tahun, urut="nilai", turun=True):
    evaluasi = {
        (e.opd_id, e.tahun): e
        for e in Evaluasi.objects.filter(opd__pemda=pemda, tahun__in=(tahun, tahun - 1))
    }
    baris = []
    for opd in OPD.objects.filter(pemda=pemda).order_by("nama"):
        e = evaluasi.get((opd.pk, tahun))
        nilai, predikat = _akhir(e)
        lalu, predikat_lalu = _akhir(evaluasi.get((opd.pk, tahun - 1)))
        baris.append(Baris(opd, e, nilai, predikat, lalu, predikat_lalu))
    kunci = URUTAN.get(urut, URUTAN["nilai"])
    ada = [b for b in baris if kunci(b) is not None]
    kosong = [b for b in baris if kunci(b) is None]
    return sorted(ada, key=kunci, reverse=turun) + kosong


def _perubahan(b):
    return Sel(b.perubahan, "angka") if b.perubahan is not None else teks("–")


def dokumen_rekap(pemda, tahun):
    dok = Dokumen(f"Rekap Evaluasi SAKIP {tahun}", pemda.nama)
    dok.tambah(
        Tabel(
            f"Nilai evaluasi SAKIP perangkat daerah {pemda.nama} tahun {tahun}",
            [
                "No",
                "Perangkat Daerah",
                f"Nilai {tahun - 1}",
                f"Predikat {tahun - 1}",
                f"Nilai {tahun}",
                f"Predikat {tahun}",
                "Perubahan",
                "Keadaan",
            ],
            [
                [
                    teks(str(i)),
                    teks(b.opd.nama),
                    angka(b.nilai_lalu) if b.nilai_lalu is not None else teks("–"),
                    teks(b.predikat_lalu or "–"),
                    angka(b.nilai) if b.nilai is not None else teks("–"),
                    teks(b.predikat or "–"),
                    _perubahan(b),
                    teks(b.keadaan),
                ]
                for i, b in enumerate(rekap(pemda, tahun), 1)
            ],
        )
    )
    return dok


# The chart: one horizontal bar per scored OPD on a 0–100 axis, band edges marked.
LEBAR, TEPI_KIRI, TEPI_KANAN, TINGGI_BATANG, ATAS = 640, 200, 70, 22, 24
BATAS_PITA = (30, 50, 60, 70, 80, 90)


def grafik(baris):
    """Coordinates for the template's SVG, or None when no OPD has a score."""
    dinilai = [b for b in baris if b.nilai is not None]
    if not dinilai:
        return None
    ruang = LEBAR - TEPI_KIRI - TEPI_KANAN

    def x(v):
        return round(TEPI_KIRI + float(v) / 100 * ruang, 1)

    batang = [
        {
            "nama": b.opd.singkatan or b.opd.nama,
            "y": ATAS + i * (TINGGI_BATANG + 8),
            "lebar": round(x(b.nilai) - TEPI_KIRI, 1),
            "ujung": x(b.nilai),
            "nilai": b.nilai,
            "predikat": b.predikat,
        }
        for i, b in enumerate(dinilai)
    ]
    tinggi = ATAS + len(dinilai) * (TINGGI_BATANG + 8) + 20
    return {
        "lebar": LEBAR,
        "tinggi": tinggi,
        "kiri": TEPI_KIRI,
        "batang": batang,
        "tinggi_batang": TINGGI_BATANG,
        "pita": [{"x": x(v), "nilai": v} for v in (0, *BATAS_PITA, 100)],
        "bawah": tinggi - 20,
    }
