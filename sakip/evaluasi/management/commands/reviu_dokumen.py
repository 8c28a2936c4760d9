from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sakip.dasar.arsip import ArsipError, periksa_ukuran
from sakip.evaluasi.korpus import ukur_korpus
from sakip.evaluasi.reviu_dokumen import reviu_berkas
from sakip.kinerja.angka import format_angka, json_angka

from .reviu import temuan_dict, tulis_temuan


class Command(BaseCommand):
    help = (
        "Mereviu dokumen .docx, .xlsx atau .pdf berteks dari luar sakip (LKjIP, IKU, RFK): "
        "tabel dikenali dari judul kolomnya dan setiap angka diperiksa dengan aturan reviu. "
        "Dengan --evaluasi FOLDER: mengukur recall dan presisi reviu atas korpus dokumen nyata "
        "yang kesalahannya telah dihitung dengan tangan."
    )

    def add_arguments(self, parser):
        parser.add_argument("berkas", type=Path, nargs="?")
        parser.add_argument("--format", choices=["json", "tabel"], default="tabel")
        parser.add_argument("--evaluasi", type=Path, metavar="FOLDER")

    def handle(self, *args, berkas, format, evaluasi, **options):
        if evaluasi is not None:
            return self._evaluasi(evaluasi)
        if berkas is None:
            raise CommandError("Sebutkan berkas yang direviu, atau --evaluasi FOLDER.")
        try:
            periksa_ukuran(berkas.stat().st_size)  # before reading it into memory
            hasil = reviu_berkas(berkas.name, berkas.read_bytes())
        except OSError as e:
            raise CommandError(f"Berkas {berkas} tidak dapat dibuka: {e.strerror}") from None
        except ArsipError as e:
            raise CommandError(str(e)) from None
        if format == "json":
            tabel = [{"tabel": nama, "keterangan": ket} for nama, ket in hasil.tabel]
            temuan = [temuan_dict(t) for t in hasil.temuan]
            isi = {"tabel": tabel, "temuan": temuan, "tidak_diperiksa": hasil.tidak_diperiksa}
            self.stdout.write(json_angka(isi))
            return
        for nama, keterangan in hasil.tabel:
            self.stdout.write(f"Tabel '{nama or '(tanpa judul)'}': {keterangan}")
        # Nothing checked is said as such, never as "0 temuan".
        if hasil.temuan or not hasil.tidak_diperiksa:
            tulis_temuan(self, hasil.temuan, format)
        if hasil.tidak_diperiksa:
            self.stdout.write(hasil.tidak_diperiksa)

    def _evaluasi(self, folder):
        if not folder.is_dir():
            raise CommandError(f"Folder {folder} tidak ditemukan.")
        hasil = ukur_korpus(folder)
        if not hasil.agensi:
            raise CommandError(f"Folder {folder} tidak memuat berkas korpus (.yaml).")
        tulis = self.stdout.write
        for a in hasil.agensi:
            tulis(
                f"{a.agensi.spec['instansi']} ({a.agensi.berkas.name}): "
                f"{len(a.ditemukan)} dari {len(a.agensi.kesalahan)} kesalahan ditemukan, "
                f"{len(a.keliru)} temuan pada angka yang benar"
            )
            for h in a.terlewat:
                tulis(f"  terlewat: {h}")
            for t in a.keliru:
                tulis(f"  keliru: [{t.aturan}] {t.lokasi}: {t.pesan}")
        tulis(
            f"Recall: {_persen(hasil.recall)} ({hasil.ditemukan} dari {hasil.diharapkan} "
            f"kesalahan ditemukan)"
        )
        tulis(
            f"Presisi: {_persen(hasil.presisi)} ({hasil.temuan_benar} dari {hasil.temuan} "
            "temuan benar)"
        )


def _persen(rasio):
    return "-" if rasio is None else f"{format_angka(rasio * 100)}%"
