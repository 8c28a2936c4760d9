"""Charts for documents, drawn with matplotlib from values the engine computed. Axes start
at zero (a bar or a line is read against nothing else), labels wrap instead of shrinking,
and the margins are fixed rather than computed by a "tight" layout, which draws every
chart twice. Each chart is drawn once per content (`_sekali`)."""

import pickle
from decimal import Decimal
from functools import wraps
from io import BytesIO
from textwrap import fill, shorten
from threading import Lock

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from sakip.dasar.teks import tertulis
from sakip.kinerja.angka import format_angka

# Axis labels in Indonesian format (the plotted floats are only for drawing).
_FORMAT_ID = FuncFormatter(
    lambda x, _: format_angka(Decimal(str(float(x))), 0 if x == int(x) else 1)
)


def _label(nama, panjang, lebar=None):
    """A user's name as a chart label, shown literally: matplotlib would read text between
    two "$" as math (and fail on an unknown macro), so every "$" is escaped. The chart font
    has no control pictures: a control character shows as the replacement mark. Cut to
    `panjang` characters, wrapped at `lebar`."""
    teks = shorten(tertulis(nama, "\ufffd"), panjang, placeholder="…")
    if lebar:
        teks = fill(teks, lebar)
    return teks.replace("$", r"\$")


_SIMPANAN = []  # (store, lock) of every chart kind, for `lupakan`


def lupakan():
    """Forget every chart drawn: the next document draws its charts again, as the first
    download of new data does (the benchmark times documents cold)."""
    for simpanan, gembok in _SIMPANAN:
        with gembok:
            simpanan.clear()


def _sekali(fungsi):
    """The chart drawn once per content: the same values (one OPD-year in every format,
    every download until the data change) give the PNG already drawn. Keyed by the pickled
    arguments, so only equal values share a PNG; the latest few dozen are kept."""
    simpanan = {}
    gembok = Lock()
    _SIMPANAN.append((simpanan, gembok))

    @wraps(fungsi)
    def tersimpan(*args):
        kunci = pickle.dumps(args)
        png = simpanan.get(kunci)
        if png is None:
            png = fungsi(*args)
            with gembok:
                if len(simpanan) >= 64:
                    del simpanan[next(iter(simpanan))]
                simpanan[kunci] = png
        return png

    return tersimpan


def _png(gambar):
    buf = BytesIO()
    gambar.savefig(buf, format="png", dpi=90)
    return buf.getvalue()


@_sekali
def capaian_per_indikator(nama, capaian):
    """Horizontal bars of capaian (%) per indicator against the 100 % line, from zero."""
    pasangan = [
        (_label(n, 90, 38), float(c)) for n, c in zip(nama, capaian, strict=True) if c is not None
    ]
    tinggi = 0.55 * len(pasangan) + 1.2
    # A bare Figure, not pyplot: no global state to keep or close between charts.
    gambar = Figure(figsize=(8, tinggi))
    gambar.subplots_adjust(left=0.37, right=0.97, top=1 - 0.3 / tinggi, bottom=0.75 / tinggi)
    ax = gambar.subplots()
    ax.barh([n for n, _ in pasangan][::-1], [c for _, c in pasangan][::-1], color="#1d4f91")
    ax.axvline(100, color="#c0392b", linestyle="--", linewidth=1.2, label="Target (100%)")
    ax.set_xlim(left=min([0, *(c for _, c in pasangan)]))
    ax.xaxis.set_major_formatter(_FORMAT_ID)
    ax.tick_params(axis="y", labelsize=8)
    ax.set_xlabel("Capaian (%)")
    ax.legend(loc="lower right", fontsize=8)
    return _png(gambar)


@_sekali
def tren(seri):
    """Small multiples, one panel per indicator: realisation over the years with the target
    line. seri: [(judul, tahun, realisasi, target)]. One figure is much cheaper than many."""
    kolom = 2
    baris = (len(seri) + kolom - 1) // kolom
    tinggi = 2.4 * baris
    gambar = Figure(figsize=(9, tinggi))
    gambar.subplots_adjust(
        left=0.08, right=0.98, top=1 - 0.75 / tinggi, bottom=0.3 / tinggi, hspace=0.75, wspace=0.22
    )
    for ax, (judul, tahun, realisasi, target) in zip(
        gambar.subplots(baris, kolom, squeeze=False).flat, seri, strict=False
    ):
        titik_t = [(t, float(x)) for t, x in zip(tahun, target, strict=True) if x is not None]
        titik_r = [(t, float(r)) for t, r in zip(tahun, realisasi, strict=True) if r is not None]
        if titik_t:
            ax.plot(*zip(*titik_t, strict=True), color="#c0392b", linestyle="--", label="Target")
        if titik_r:
            ax.plot(*zip(*titik_r, strict=True), color="#1d4f91", marker="o", label="Realisasi")
        ax.set_xticks(tahun)
        ax.set_ylim(bottom=min([0, *(y for _, y in titik_t + titik_r)]))
        ax.yaxis.set_major_locator(MaxNLocator(4))
        ax.yaxis.set_major_formatter(_FORMAT_ID)
        ax.tick_params(labelsize=7)
        ax.set_title(_label(judul, 110, 60), fontsize=8)
    for ax in list(gambar.axes)[len(seri) :]:
        ax.set_visible(False)
    # One legend for every panel (a legend per panel costs a layout each).
    pegangan = {}
    for ax in gambar.axes:
        for garis, nama in zip(*ax.get_legend_handles_labels(), strict=True):
            pegangan.setdefault(nama, garis)
    gambar.legend(pegangan.values(), pegangan.keys(), loc="upper center", fontsize=8, ncols=2)
    return _png(gambar)
