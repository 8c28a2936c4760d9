from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.kinerja.angka import format_angka, json_angka
from sakip.lke.buku import ImporError, ekspor, impor
from sakip.lke.hitung import keadaan
from sakip.lke.ubah import LkeError
from sakip.perencanaan.perintah import ambil_opd, ambil_pemda


def hasil_dict(hasil):
    """The score as the CLI's contract gives it (numbers at full precision)."""

    def bagian(b):
        return {"kode": b.kode, "nama": b.nama, "bobot": b.bobot, "nilai": b.nilai}

    return {
        "komponen": [
            bagian(k) | {"subkomponen": [bagian(s) for s in k.subkomponen]} for k in hasil.komponen
        ],
        "nilai": hasil.nilai,
        "predikat": hasil.predikat,
    }


class Command(BaseCommand):
    help = (
        "Lembar Kerja Evaluasi (LKE) SAKIP satu OPD pada satu tahun: ekspor ke Excel, "
        "impor kembali, atau tampilkan nilainya."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="tindakan", required=True)
        for nama, bantuan in (
            ("ekspor", "tulis LKE ke berkas .xlsx"),
            ("impor", "baca kembali LKE yang sudah diisi (semua atau tidak sama sekali)"),
            ("nilai", "nilai per komponen, total dan predikat"),
        ):
            p = sub.add_parser(nama, help=bantuan)
            if nama == "nilai":
                siapa = p.add_mutually_exclusive_group(required=True)
                siapa.add_argument("--opd", help="slug OPD")
                siapa.add_argument("--pemda", help="slug Pemda (evaluasi Pemda sendiri)")
            else:
                p.add_argument("--opd", required=True, help="slug OPD")
            p.add_argument("--tahun", required=True, type=int)
            if nama == "ekspor":
                p.add_argument("--keluaran", required=True, type=Path, help="berkas .xlsx")
            elif nama == "impor":
                p.add_argument("berkas", type=Path, help="berkas .xlsx yang sudah diisi")
            else:
                p.add_argument("--format", choices=["json", "tabel"], default="tabel")
                p.add_argument(
                    "--pihak",
                    choices=["evaluator", "opd"],
                    default="evaluator",
                    help="jawaban siapa yang dinilai (nilai akhir: evaluator)",
                )

    def handle(self, *args, tindakan, opd, tahun, pemda=None, **opsi):
        opd = ambil_pemda(pemda) if pemda else ambil_opd(opd)
        getattr(self, tindakan)(opd, tahun, **opsi)

    def ekspor(self, opd, tahun, keluaran, **opsi):
        keluaran.write_bytes(ekspor(opd, tahun))
        self.stdout.write(f"LKE {opd.nama} {tahun} ditulis ke {keluaran}")

    def impor(self, opd, tahun, berkas, **opsi):
        try:
            berubah = impor(None, opd, tahun, berkas.read_bytes())
        except (ImporError, LkeError) as e:
            raise CommandError(f"Berkas {berkas} ditolak; tidak ada yang disimpan:\n{e}") from None
        except OSError as e:
            raise CommandError(f"Berkas {berkas} tidak dapat dibaca: {e.strerror}") from None
        self.stdout.write(f"{berubah} kriteria berubah.")

    def nilai(self, opd, tahun, format, pihak, **opsi):
        hasil = keadaan(opd, tahun).hasil(pihak)
        if format == "json":
            self.stdout.write(json_angka(hasil_dict(hasil)))
            return
        for k in hasil.komponen:
            self.stdout.write(
                f"{k.kode} {k.nama} (bobot {format_angka(k.bobot)}): {format_angka(k.nilai)}"
            )
            for s in k.subkomponen:
                bobot, nilai = format_angka(s.bobot), format_angka(s.nilai)
                self.stdout.write(f"  {s.kode} {s.nama[:60]} (bobot {bobot}): {nilai}")
        self.stdout.write(f"Nilai {format_angka(hasil.nilai)}, predikat {hasil.predikat}")
        if hasil.belum_dijawab:
            jumlah = len(hasil.belum_dijawab)
            self.stdout.write(f"{jumlah} kriteria belum dijawab {pihak} (dihitung nilai terendah).")
