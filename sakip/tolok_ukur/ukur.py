"""The measurements `sakip bench` reports, each on the same data.

- `ukur_cepat`: the fast path over every OPD, in batches (indicator-years per second).
- `ukur_orm`: the per-indicator ORM path on a random sample of the same indicator-years.
- `ukur_lantai`: the practical floor, reading the same input values straight into NumPy
  floats and summing them.
- `ukur_hitung_ulang`: the full recomputation, stored, on every core.
- `ukur_halaman`: p50/p95 latency of the main pages under a bounded concurrent load
  (simulated users with think time), against a real WSGI server (gunicorn) on loopback.
- `ukur_lkjip`: generating one LKjIP (Word); `ukur_dokumen`: every demo document in every
  format, cold (`sakip bench dokumen`).
"""

import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

import numpy as np
from django.conf import settings
from django.db import connection, transaction
from django.db.models import FloatField
from django.db.models.functions import Cast
from django.test import Client

from sakip.instansi.models import OPD
from sakip.pengukuran.hitung import DataKinerja
from sakip.pengukuran.massal import hitung_opd
from sakip.pengukuran.models import NilaiVariabel, Realisasi
from sakip.pengukuran.tersimpan import hitung_ulang_semua
from sakip.perencanaan.models import Indikator, Target


def per_indikator(indikator, tahun):
    """The way peer systems do it, kept as the reference and the benchmark baseline: one
    indicator at a time, its inputs fetched by the ORM for that indicator alone."""
    return DataKinerja([indikator]).nilai(indikator, tahun)


def memori_mib():
    """Peak resident memory of this process and of its finished children, in MiB."""
    sendiri = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    anak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(sendiri, anak) / 1024


def _potongan(ids, ukuran):
    for i in range(0, len(ids), ukuran):
        yield ids[i : i + ukuran]


def ukur_cepat(opd_ids, potong=400):
    """(indicator-years computed, seconds)."""
    mulai = time.perf_counter()
    jumlah = sum(len(hitung_opd(p)) for p in _potongan(opd_ids, potong))
    return jumlah, time.perf_counter() - mulai


def ukur_hitung_ulang(opd_ids, proses):
    """(indicator-years recomputed and stored, seconds), over `proses` processes."""
    mulai = time.perf_counter()
    jumlah = hitung_ulang_semua(opd_ids, proses)
    return jumlah, time.perf_counter() - mulai


def ukur_orm(opd_ids, sampel, benih=1):
    """(indicator-years computed, seconds) for `sampel` random indicator-years."""
    rng = random.Random(benih)  # noqa: S311 (a reproducible sample)
    ids = list(
        Indikator.objects.filter(periode__opd__in=opd_ids).values_list(
            "pk", "periode__tahun_awal", "periode__tahun_akhir"
        )
    )
    pilih = [rng.choice(ids) for _ in range(sampel)]
    mulai = time.perf_counter()
    for pk, awal, akhir in pilih:
        # Fetched afresh each time, as a page that shows one indicator would.
        ind = Indikator.objects.select_related("periode__pemda").get(pk=pk)
        per_indikator(ind, rng.randint(awal, akhir))
    return len(pilih), time.perf_counter() - mulai


def ukur_lantai(opd_ids, potong=400):
    """Seconds to read the fast path's input values as floats (raw SQL, no ORM objects)
    and sum them with NumPy."""
    mulai = time.perf_counter()
    for p in _potongan(opd_ids, potong):
        for qs in (
            Target.objects.filter(indikator__periode__opd__in=p, triwulan=0),
            Realisasi.objects.filter(indikator__periode__opd__in=p),
            NilaiVariabel.objects.filter(variabel__opd__in=p),
        ):
            sql, param = (
                qs.annotate(f=Cast("nilai", FloatField())).values_list("f").query.sql_with_params()
            )
            with connection.cursor() as c:
                c.execute(sql, param)
                np.array(c.fetchall(), dtype=np.float64).sum()
    return time.perf_counter() - mulai


def _port_bebas():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sesi(pengguna):
    c = Client()
    c.force_login(pengguna)
    return c.cookies[settings.SESSION_COOKIE_NAME].value


def ukur_halaman(alamat, pengguna, serentak=20, per_pengguna=10, jeda=1.0, pekerja=3):
    """{page: (p50 ms, p95 ms, requests)} for `alamat` {page: url}: `serentak` simulated
    users each request every page in turn, `per_pengguna` rounds, pausing `jeda` seconds
    (think time) between requests, against gunicorn with `pekerja` processes."""
    port = _port_bebas()
    server = subprocess.Popen(  # noqa: S603 (our own server, fixed arguments)
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "sakip.wsgi",
            f"--bind=127.0.0.1:{port}",
            f"--workers={pekerja}",
            "--log-level=warning",
            "--preload",  # the application loads once, before the workers fork
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        _tunggu(port)
        cookie = f"{settings.SESSION_COOKIE_NAME}={_sesi(pengguna)}"
        waktu = defaultdict(list)
        gagal = []
        rng = random.Random(1)  # noqa: S311 (reproducible think times)
        jeda_awal = [rng.uniform(0, jeda) for _ in range(serentak)]

        def pengguna_maya(awal):
            time.sleep(awal)  # users arrive spread out, not all in the same instant
            for _ in range(per_pengguna):
                for nama, url in alamat.items():
                    req = urllib.request.Request(
                        f"http://127.0.0.1:{port}{url}", headers={"Cookie": cookie}
                    )
                    mulai = time.perf_counter()
                    try:
                        with urllib.request.urlopen(req, timeout=30) as r:  # noqa: S310
                            r.read()
                    except OSError as e:
                        gagal.append(f"{url}: {e}")
                        continue
                    waktu[nama].append((time.perf_counter() - mulai) * 1000)
                    time.sleep(jeda)

        # Every page a few times per worker before measuring: start-up is not counted.
        for url in [u for u in alamat.values() for _ in range(2 * pekerja)]:
            urllib.request.urlopen(  # noqa: S310
                urllib.request.Request(f"http://127.0.0.1:{port}{url}", headers={"Cookie": cookie}),
                timeout=60,
            ).read()
        benang = [threading.Thread(target=pengguna_maya, args=(a,)) for a in jeda_awal]
        for b in benang:
            b.start()
        for b in benang:
            b.join()
        if gagal:
            raise RuntimeError(f"{len(gagal)} permintaan gagal, mis. {gagal[0]}")
        return {
            nama: (float(np.percentile(w, 50)), float(np.percentile(w, 95)), len(w))
            for nama, w in waktu.items()
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


def _tunggu(port, batas=60):
    akhir = time.monotonic() + batas
    while time.monotonic() < akhir:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("Server tolok ukur tidak menyala dalam 60 detik")


def ukur_lkjip(opd: OPD, tahun):
    from sakip.pelaporan.render import ke_docx
    from sakip.pelaporan.siap import susun_dokumen

    return _waktu(lambda: ke_docx(susun_dokumen("lkjip", opd, tahun)))[0]


DEMO = (("kota-tebing-tinggi", 2022), ("kota-jambi", 2024), ("kab-penajam-paser-utara", 2025))
# Seconds for any one document in any format on a 2-core machine (issue 15; issue 4 set it
# for the LKjIP as Word).
BATAS_DOKUMEN = 2.0


def _waktu(fungsi):
    """(wall, CPU) seconds of one call. CPU time counts this process only: it tells the
    work apart from waiting for cores other processes hold."""
    dinding, cpu = time.perf_counter(), time.process_time()
    fungsi()
    return time.perf_counter() - dinding, time.process_time() - cpu


def _dingin(fungsi, ulang):
    """Median (wall, CPU) seconds of `ulang` cold calls: every chart forgotten before each,
    so each call draws its charts as the first download of new data does."""
    from sakip.pelaporan import grafik

    kali = []
    for _ in range(ulang):
        grafik.lupakan()
        kali.append(_waktu(fungsi))
    return statistics.median(d for d, _ in kali), statistics.median(c for _, c in kali)


def ukur_dokumen(ulang, tulis):
    """Every demo document (each document kind of every demo OPD in its demo year) in every
    format, each the median of `ulang` cold renders, built from the database each time as
    a download is: one row per document, any time over BATAS_DOKUMEN seconds flagged, then
    the slowest with its ratio to the limit. Columns: `susun` builds the document (its
    queries and computations, part of every format's time); `html` is the page the PDF is
    printed from (part of the PDF's time); pdf, docx, xlsx are the downloads. The process
    is warmed up first (imports, fonts, templates), as a server's is. Loads the demo when
    missing and leaves the database as it was."""
    from sakip.pelaporan.jenis import JENIS
    from sakip.pelaporan.render import PENYUSUN, ke_html
    from sakip.pelaporan.siap import susun_dokumen
    from sakip.perencanaan.pohon import periode_berlaku
    from sakip.pertukaran.demo import muat_demo

    with transaction.atomic():
        if not OPD.objects.filter(slug="disnakerind-tebing-tinggi").exists():
            muat_demo()
        dokumen = [
            (j, o, tahun)
            for pemda, tahun in DEMO
            for o in OPD.objects.filter(pemda__slug=pemda).order_by("slug")
            if periode_berlaku(o, tahun)
            for j in JENIS
        ]
        kolom = {"susun": lambda dok: dok, "html": ke_html, **PENYUSUN}
        for buat in kolom.values():
            buat(susun_dokumen("lkjip", dokumen[0][1], dokumen[0][2]))
        beban = os.getloadavg()[0]
        tulis(
            f"Detik per dokumen, median {ulang} render dingin (grafik digambar ulang, data "
            f"dibaca dari basis data); ! = melebihi {BATAS_DOKUMEN} s"
        )
        tulis(f"{'dokumen':<44}" + "".join(f"{k:>9}" for k in kolom))
        render = []  # (wall, CPU, file)
        for j, o, tahun in dokumen:
            nama = f"{j}-{o.slug}-{tahun}"
            baris = ""
            for k, buat in kolom.items():
                dinding, cpu = _dingin(
                    lambda b=buat, j=j, o=o, t=tahun: b(susun_dokumen(j, o, t)), ulang
                )
                if k != "susun":
                    render.append((dinding, cpu, f"{nama}.{k}"))
                baris += f"{dinding:8.3f}" + ("!" if dinding > BATAS_DOKUMEN else " ")
            tulis(f"{nama:<44}{baris}")
        dinding, cpu, nama = max(render)
        tulis(
            f"Terlama: {nama} {dinding:.3f} s (CPU {cpu:.3f} s) = "
            f"{dinding / BATAS_DOKUMEN:.2f} × batas {BATAS_DOKUMEN} s"
        )
        lewat = [n for d, _, n in render if d > BATAS_DOKUMEN]
        tulis(
            f"{len(lewat)} dari {len(render)} render melebihi {BATAS_DOKUMEN} s: {', '.join(lewat)}"
            if lewat
            else f"Semua {len(render)} render ({len(dokumen)} dokumen) di bawah {BATAS_DOKUMEN} s"
        )
        tulis(
            f"Beban mesin (rata-rata 1 menit, {os.cpu_count()} inti): {beban:.2f} di awal, "
            f"{os.getloadavg()[0]:.2f} di akhir"
        )
        transaction.set_rollback(True)


def rencana_kueri(judul_dan_fungsi):
    """Markdown with EXPLAIN ANALYZE of every SELECT each function runs (PostgreSQL):
    [(title, function)]."""
    from django.test.utils import CaptureQueriesContext

    bagian = []
    for judul, fungsi in judul_dan_fungsi:
        with CaptureQueriesContext(connection) as c:
            fungsi()
        bagian.append(f"## {judul}\n")
        for q in c.captured_queries:
            if not q["sql"].lstrip().upper().startswith("SELECT"):
                continue
            with connection.cursor() as cur:
                cur.execute(f"EXPLAIN (ANALYZE, BUFFERS) {q['sql']}")
                rencana = "\n".join(r[0] for r in cur.fetchall())
            bagian.append(f"```sql\n{q['sql'][:600]}\n```\n\n```\n{rencana}\n```\n")
    return "\n".join(bagian)
