import time

from django.core.management.base import BaseCommand, CommandError

from sakip.tolok_ukur.sintetis import bangun
from sakip.tolok_ukur.ukur import memori_mib


def rentang_tahun(teks):
    try:
        awal, akhir = (int(x) for x in teks.split("-"))
    except ValueError:
        raise CommandError(f"--tahun '{teks}' harus berbentuk AWAL-AKHIR, mis. 2025-2029") from None
    if not 2000 <= awal <= akhir <= awal + 10:
        raise CommandError(f"--tahun '{teks}': tahun akhir harus 0–10 tahun setelah tahun awal")
    return awal, akhir


def tambah_argumen_ukuran(parser, pemda, opd):
    parser.add_argument("--pemda", type=int, default=pemda, help="Jumlah Pemda")
    parser.add_argument("--opd-per-pemda", type=int, default=opd, help="Jumlah OPD tiap Pemda")
    parser.add_argument("--tahun", default="2025-2029", help="Tahun rencana, mis. 2025-2029")
    parser.add_argument("--benih", type=int, default=1, help="Benih acak (data yang sama)")
    parser.add_argument(
        "--sub-per-opd", type=int, default=20, help="Sub kegiatan tiap OPD dan tahun"
    )


def buat(opsi, tulis):
    """Generate the data the options ask for and report rows, time and memory."""
    mulai = time.perf_counter()
    jumlah = bangun(
        pemda=opsi["pemda"],
        opd_per_pemda=opsi["opd_per_pemda"],
        tahun=rentang_tahun(opsi["tahun"]),
        benih=opsi["benih"],
        sub_per_opd=opsi["sub_per_opd"],
        awal=opsi.get("awal", 1),
    )
    detik = time.perf_counter() - mulai
    total = sum(jumlah.values())
    for tabel, n in jumlah.items():
        tulis(f"  {tabel:<32} {n:>12,}".replace(",", "."))
    tulis(
        f"{total:,} baris dalam {detik:.1f} detik ({total / detik:,.0f} baris/detik), "
        f"memori puncak {memori_mib():.0f} MiB".replace(",", ".")
    )
    return jumlah, detik


class Command(BaseCommand):
    help = "Membuat data sintetis (Pemda, OPD, rencana, nilai, anggaran) untuk uji skala."

    def add_arguments(self, parser):
        tambah_argumen_ukuran(parser, pemda=1, opd=5)
        parser.add_argument(
            "--awal", type=int, default=1, help="Nomor Pemda sintetis pertama (untuk menambah)"
        )

    def handle(self, **opsi):
        buat(opsi, self.stdout.write)
