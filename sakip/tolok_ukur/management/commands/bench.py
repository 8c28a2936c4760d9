import json
import os
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import connection
from django.urls import reverse

from sakip.akun.models import Pengguna, Peran
from sakip.instansi.models import OPD
from sakip.pengukuran.massal import hitung_opd
from sakip.pengukuran.tersimpan import baris_capaian
from sakip.perencanaan.models import Indikator
from sakip.tolok_ukur.management.commands.sintetis import buat, rentang_tahun, tambah_argumen_ukuran
from sakip.tolok_ukur.ukur import (
    memori_mib,
    per_indikator,
    rencana_kueri,
    ukur_cepat,
    ukur_dokumen,
    ukur_halaman,
    ukur_hitung_ulang,
    ukur_lantai,
    ukur_lkjip,
    ukur_orm,
)


def ribuan(x):
    return f"{x:,.0f}".replace(",", ".")


class Command(BaseCommand):
    help = (
        "Tolok ukur. 'skala' (bawaan): laju hitung ulang jalur cepat vs jalur ORM per "
        "indikator vs lantai NumPy, latensi halaman utama di bawah beban, waktu menyusun LKjIP. "
        "'dokumen': setiap dokumen demo dalam setiap format, dingin."
    )

    def add_arguments(self, parser):
        parser.add_argument("apa", nargs="?", default="skala", choices=["skala", "dokumen"])
        parser.add_argument("--ulang", type=int, default=3, help="'dokumen': ulangan, median")
        tambah_argumen_ukuran(parser, pemda=2, opd=5)
        parser.add_argument("--sampel", type=int, default=200, help="Sampel jalur ORM")
        parser.add_argument("--serentak", type=int, default=20, help="Pengguna serentak")
        parser.add_argument("--per-pengguna", type=int, default=10, help="Putaran tiap pengguna")
        parser.add_argument("--jeda", type=float, default=1.0, help="Jeda antarpermintaan (detik)")
        parser.add_argument(
            "--proses", type=int, default=os.cpu_count(), help="Proses hitung ulang penuh"
        )
        parser.add_argument("--json", default="var/bench.json", help="Berkas hasil JSON")
        parser.add_argument(
            "--explain", help="Tulis EXPLAIN ANALYZE kueri utama ke berkas Markdown ini"
        )

    def handle(self, *args, apa, **opsi):
        if apa == "dokumen":
            return ukur_dokumen(opsi["ulang"], self.stdout.write)
        return self.skala(opsi, self.stdout.write)

    def skala(self, opsi, tulis):
        hasil = {"basis_data": connection.vendor}
        opd = OPD.objects.filter(slug__startswith="sintetis-")
        if not opd.exists():
            tulis("Membuat data sintetis:")
            jumlah, detik = buat(opsi, tulis)
            hasil["sintetis"] = {"baris": sum(jumlah.values()), "detik": detik}
        opd_ids = list(opd.order_by("pk").values_list("pk", flat=True))
        hasil["opd"] = len(opd_ids)
        hasil["indikator"] = Indikator.objects.filter(periode__opd__in=opd_ids).count()
        tulis(f"Data: {hasil['opd']} OPD, {hasil['indikator']} indikator ({connection.vendor})")

        n, detik = ukur_cepat(opd_ids)
        cepat = n / detik
        hasil["cepat"] = {"indikator_tahun": n, "detik": detik, "per_detik": cepat}
        tulis(f"Jalur cepat : {n} indikator-tahun dalam {detik:.2f} s = {ribuan(cepat)}/s")

        n_orm, detik_orm = ukur_orm(opd_ids, opsi["sampel"])
        orm = n_orm / detik_orm
        hasil["orm"] = {"indikator_tahun": n_orm, "detik": detik_orm, "per_detik": orm}
        tulis(f"Jalur ORM   : {n_orm} indikator-tahun dalam {detik_orm:.2f} s = {ribuan(orm)}/s")
        hasil["rasio_cepat_orm"] = cepat / orm
        tulis(f"  rasio cepat/ORM = {cepat / orm:.1f}× (sasaran ≥ 50×)")

        lantai = ukur_lantai(opd_ids)
        hasil["lantai_numpy"] = {"detik": lantai}
        hasil["rasio_lantai"] = detik / lantai
        tulis(f"Lantai NumPy: {lantai:.2f} s membaca nilai yang sama dan menjumlahkannya")
        tulis(f"  rasio cepat/lantai = {detik / lantai:.1f}× (sasaran ≤ 10×)")

        n_penuh, detik_penuh = ukur_hitung_ulang(opd_ids, opsi["proses"])
        hasil["hitung_ulang_penuh"] = {
            "indikator_tahun": n_penuh,
            "detik": detik_penuh,
            "proses": opsi["proses"],
        }
        tulis(
            f"Hitung ulang penuh dan simpan ({opsi['proses']} proses): {n_penuh} indikator-tahun "
            f"dalam {detik_penuh:.1f} s (sasaran nasional < 60 s)"
        )

        tahun = rentang_tahun(opsi["tahun"])[0]
        contoh = OPD.objects.select_related("pemda").get(pk=opd_ids[0])
        ind = Indikator.objects.filter(periode__opd=contoh).exclude(rumus="").first()
        pengguna, _ = Pengguna.objects.get_or_create(username="tolok-ukur")
        Peran.objects.get_or_create(
            pengguna=pengguna, jenis=Peran.Jenis.INSPEKTORAT, pemda=contoh.pemda
        )
        alamat = {
            "tabel IKU OPD": reverse("tabel-iku", args=[contoh.slug, tahun]),
            "dasbor Pemda": reverse("dasbor-pemda", args=[contoh.pemda.slug, tahun]),
            "halaman indikator": reverse("indikator", args=[ind.pk]),
        }
        halaman = ukur_halaman(
            alamat, pengguna, opsi["serentak"], opsi["per_pengguna"], opsi["jeda"]
        )
        hasil["halaman"] = {}
        tulis(
            f"Halaman ({opsi['serentak']} pengguna serentak, jeda {opsi['jeda']} s, "
            "gunicorn di 127.0.0.1; sasaran p95 < 300 ms):"
        )
        for nama, (p50, p95, jumlah) in halaman.items():
            hasil["halaman"][nama] = {"p50_ms": p50, "p95_ms": p95, "permintaan": jumlah}
            tulis(f"  {nama:<18} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  ({jumlah} permintaan)")

        hasil["lkjip_detik"] = ukur_lkjip(contoh, tahun)
        tulis(f"LKjIP (Word) satu OPD: {hasil['lkjip_detik']:.2f} s")
        hasil["memori_puncak_mib"] = memori_mib()
        tulis(f"Memori puncak: {hasil['memori_puncak_mib']:.0f} MiB (sasaran < 2048)")

        if opsi["explain"] and connection.vendor == "postgresql":
            batch = opd_ids[:400]
            rencana = rencana_kueri(
                [
                    (f"Jalur cepat, {len(batch)} OPD", lambda: hitung_opd(batch)),
                    ("Tabel IKU satu OPD (hasil tersimpan)", lambda: baris_capaian(contoh, tahun)),
                    ("Satu indikator, jalur ORM", lambda: per_indikator(ind, tahun)),
                ]
            )
            Path(opsi["explain"]).write_text(
                f"# Rencana kueri ({hasil['opd']} OPD, {hasil['indikator']} indikator)\n\n"
                + rencana
            )
            tulis(f"EXPLAIN: {opsi['explain']}")

        berkas = Path(opsi["json"])
        berkas.parent.mkdir(parents=True, exist_ok=True)
        berkas.write_text(json.dumps(hasil, indent=2, ensure_ascii=False))
        tulis(f"Hasil JSON: {berkas}")
