"""Charts for pages, drawn on the server as SVG markup: no JavaScript, no chart library, no
build step. Each function returns one `<svg>` (every text escaped) that scales to its
container through its viewBox and stays readable on a 390 px phone; it carries a <title>
and a <desc> listing every figure for screen readers, and writes each figure beside its
mark in Indonesian format. Values come in as the engine's Decimals; floats are used only
for coordinates. The look (fonts, colours) is in base.html (`svg.grafik`); the page puts a
chart in `templates/_grafik.html`.

Documents (DOCX/PDF) draw their charts as pictures with matplotlib (`pelaporan.grafik`)."""

import hashlib
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from textwrap import shorten
from typing import Protocol

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from sakip.kinerja.angka import format_angka, format_nilai, format_rupiah
from sakip.kinerja.triwulan import singkatan_triwulan

LEBAR = 400  # viewBox width: text at 12 units stays legible when shown 360 px wide
SERATUS = Decimal(100)


def _html(bentuk: str, *nilai: object) -> SafeString:
    """format_html with coordinates (floats) written to one decimal."""
    return format_html(bentuk, *(f"{v:.1f}" if isinstance(v, float) else v for v in nilai))


def _teks(nilai: Decimal | None, satuan: str, desimal: int = 2) -> str:
    return "–" if nilai is None else f"{format_angka(nilai, desimal)}{satuan}"


def _svg(
    judul: str, uraian: str, tinggi: float, isi: list[SafeString], lebar: float | None = None
) -> SafeString:
    """The chart's frame: a title and a description named by `aria-labelledby` (ids from
    the content, so two charts of one page never share one and a page renders the same).
    Without `lebar` the chart scales to its container; with it the chart keeps its size
    in pixels (a wide drawing the page scrolls rather than shrinks out of reading)."""
    kunci = "g" + hashlib.sha256(f"{judul}\n{uraian}".encode()).hexdigest()[:10]
    ukuran = (
        _html('width="100%" style="max-width:{}px"', LEBAR * 3 // 2)
        if lebar is None
        else _html('width="{}" height="{}"', f"{lebar:g}", f"{tinggi:g}")
    )
    return _html(
        '<svg class="grafik" viewBox="0 0 {} {}" {} '
        'role="img" aria-labelledby="{}-j {}-u"><title id="{}-j">{}</title>'
        '<desc id="{}-u">{}</desc>{}</svg>',
        f"{lebar or LEBAR:g}",
        f"{tinggi:g}",
        ukuran,
        kunci,
        kunci,
        kunci,
        judul,
        kunci,
        uraian,
        format_html_join("", "{}", ((x,) for x in isi)),
    )


def _uraian(baris: list[tuple[str, Decimal | None]], satuan: str) -> str:
    return "; ".join(f"{label}: {_teks(nilai, satuan)}" for label, nilai in baris) + "."


def _skala(nilai: list[Decimal | None], acuan: Decimal | None) -> Decimal:
    """The value at the chart's far edge: the largest value or the reference line, and 1
    when both are zero (nothing to draw, no division by zero)."""
    ada = [v for v in nilai if v is not None] + ([acuan] if acuan is not None else [])
    return max([*ada, Decimal(0)]) or Decimal(1)


def batang(
    judul: str,
    baris: list[tuple[str, Decimal | None]],
    satuan: str = "%",
    acuan: Decimal | None = SERATUS,
) -> SafeString | None:
    """Horizontal bars, one per (label, value or None), each label above its bar so that
    long names (a sasaran) stay whole enough on a phone; the full name is the bar's
    tooltip. `acuan`: a dashed reference line (100 %: the target met). None without rows."""
    if not baris:
        return None
    kiri, kanan, tinggi_baris = 4, 64, 42  # right margin: room for the figure past a bar
    ruang = LEBAR - kiri - kanan
    atas = _skala([v for _, v in baris], acuan)

    def x(v: Decimal) -> float:
        return kiri + float(max(v, Decimal(0)) / atas) * ruang

    isi = []
    for i, (label, nilai) in enumerate(baris):
        y = 6 + i * tinggi_baris
        if nilai is None:
            tanda = _html('<text x="{}" y="{}" class="belum">belum ada nilai</text>', kiri, y + 30)
        else:
            ujung = x(nilai)
            tanda = _html(
                '<rect x="{}" y="{}" width="{}" height="15" class="batang"/>'
                '<text x="{}" y="{}" class="nilai">{}</text>',
                kiri, y + 18, ujung - kiri, ujung + 4, y + 30, _teks(nilai, satuan),
            )  # fmt: skip
        isi.append(
            _html(
                '<g><title>{}: {}</title><text x="{}" y="{}">{}</text>{}</g>',
                label,
                _teks(nilai, satuan),
                kiri,
                y + 12,
                shorten(label, 62, placeholder="…"),
                tanda,
            )  # fmt: skip
        )
    bawah = 6 + len(baris) * tinggi_baris
    if acuan is not None:
        xa = x(acuan)
        isi.append(
            _html(
                '<line x1="{}" y1="4" x2="{}" y2="{}" class="acuan"/>'
                '<text x="{}" y="{}" text-anchor="middle" class="acuan">{}</text>',
                xa,
                xa,
                bawah,
                xa,
                bawah + 13,
                _teks(acuan, satuan, 0),
            )  # fmt: skip
        )
    return _svg(judul, _uraian(baris, satuan), bawah + 18, isi)


def kolom(
    judul: str,
    baris: list[tuple[str, Decimal | None]],
    satuan: str = "%",
    acuan: Decimal | None = None,
) -> SafeString | None:
    """Vertical columns, one per (label, value or None), for a few periods (years,
    quarters); a period without a value shows "–". None without rows."""
    if not baris:
        return None
    tinggi, atas_tepi, bawah_tepi, kiri = 190, 22, 24, 6
    ruang_y = tinggi - atas_tepi - bawah_tepi
    slot = (LEBAR - 2 * kiri) / len(baris)
    lebar_kolom = min(56.0, slot * 0.6)
    atas = _skala([v for _, v in baris], acuan)
    dasar = tinggi - bawah_tepi

    def y(v: Decimal) -> float:
        return dasar - float(max(v, Decimal(0)) / atas) * ruang_y

    isi = [
        _html(
            '<line x1="{}" y1="{}" x2="{}" y2="{}" class="sumbu"/>',
            kiri,
            dasar,
            LEBAR - kiri,
            dasar,
        )
    ]
    if acuan is not None:
        ya = y(acuan)
        isi.append(
            _html(
                '<line x1="{}" y1="{}" x2="{}" y2="{}" class="acuan"/>'
                '<text x="{}" y="{}" text-anchor="end" class="acuan">{}</text>',
                kiri,
                ya,
                LEBAR - kiri,
                ya,
                LEBAR - kiri,
                ya - 3,
                _teks(acuan, satuan, 0),
            )  # fmt: skip
        )
    for i, (label, nilai) in enumerate(baris):
        tengah = kiri + slot * (i + 0.5)
        if nilai is None:
            tanda = _html(
                '<text x="{}" y="{}" text-anchor="middle" class="belum">–</text>',
                tengah, dasar - 6,
            )  # fmt: skip
        else:
            puncak = y(nilai)
            tanda = _html(
                '<rect x="{}" y="{}" width="{}" height="{}" class="batang"/>'
                '<text x="{}" y="{}" text-anchor="middle" class="nilai">{}</text>',
                tengah - lebar_kolom / 2, puncak, lebar_kolom, dasar - puncak,
                tengah, puncak - 5, _teks(nilai, satuan),
            )  # fmt: skip
        isi.append(
            _html(
                '<g><title>{}: {}</title><text x="{}" y="{}" text-anchor="middle">{}</text>{}</g>',
                label,
                _teks(nilai, satuan),
                tengah,
                tinggi - 7,
                label,
                tanda,
            )  # fmt: skip
        )
    return _svg(judul, _uraian(baris, satuan), tinggi, isi)


def tren(
    judul: str,
    titik: list[tuple[int, Decimal | None, Decimal | None]],
    satuan: str = "",
    jenis: str = "",
) -> SafeString | None:
    """Realisation (solid) against target (dashed) per year, each point with its figure as
    the indicator's unit writes it (`satuan`, `jenis`: "200" units, "80,00" %): titik is
    [(tahun, realisasi or None, target or None)]. None when nothing has a value."""
    nilai = [v for _, r, t in titik for v in (r, t) if v is not None]
    if not nilai:
        return None
    tinggi, tepi, kiri = 200, 34, 30
    atas = max(max(nilai), Decimal(0)) * Decimal("1.1") or Decimal(1)
    bawah = min(min(nilai), Decimal(0))
    langkah = (LEBAR - 2 * kiri) / max(len(titik) - 1, 1)

    def x(i: int) -> float:
        return kiri + i * langkah

    def y(v: Decimal) -> float:
        return tinggi - tepi - float((v - bawah) / (atas - bawah)) * (tinggi - 2 * tepi)

    def tulis(v: Decimal | None) -> str:
        return format_nilai(v, satuan, jenis, dengan_satuan=False)

    isi = []
    seri = (
        ("target", -8, [(i, t) for i, (_, _, t) in enumerate(titik) if t is not None]),
        ("realisasi", 17, [(i, r) for i, (_, r, _) in enumerate(titik) if r is not None]),
    )
    for kelas, geser, ada in seri:
        if len(ada) > 1:
            garis = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in ada)
            isi.append(_html('<polyline points="{}" class="{}"/>', garis, kelas))
        for i, v in ada:
            isi.append(
                _html(
                    '<circle cx="{}" cy="{}" r="3.5" class="{}"/>'
                    '<text x="{}" y="{}" text-anchor="middle" class="nilai {}">{}</text>',
                    x(i),
                    y(v),
                    kelas,
                    x(i),
                    y(v) + geser,
                    kelas,
                    tulis(v),
                )  # fmt: skip
            )
    for i, (tahun, _, _) in enumerate(titik):
        isi.append(
            _html('<text x="{}" y="{}" text-anchor="middle">{}</text>', x(i), tinggi - 10, tahun)
        )
    uraian = "; ".join(f"{tahun}: target {tulis(t)}, realisasi {tulis(r)}" for tahun, r, t in titik)
    return _svg(judul, uraian + ".", tinggi, isi)


class Terserap(Protocol):
    """A budget absorption (`kinerja.anggaran.Serapan`): its percentage of the pagu."""

    persen: Decimal | None


def dasbor(
    nama: str,
    tahun: int,
    per_sasaran: list[tuple[str, Decimal | None]],
    per_tahun: list[tuple[int, Decimal | None]],
    per_triwulan: Mapping[int, Terserap | None],
    judul_sasaran: str = "Capaian per sasaran",
) -> list[tuple[str, SafeString | None, str]]:
    """The dashboard of an OPD or a Pemda (`nama`) for `tahun`, as [(heading, chart,
    note)] for `templates/_dasbor.html`: capaian per sasaran (or per OPD), the mean
    capaian of each year, and the budget absorbed by the end of each quarter, cumulative
    (`anggaran.hitung.serapan_triwulan`, of the quarters the page may show).
    A chart without rows is None (the page says so)."""
    return [
        (
            f"{judul_sasaran} {tahun}",
            batang(f"{judul_sasaran} {nama} {tahun} (%)", per_sasaran),
            "Garis putus-putus: 100%, target tercapai.",
        ),
        (
            "Rata-rata capaian IKU per tahun",
            kolom(
                f"Rata-rata capaian IKU {nama} per tahun (%)",
                [(str(t), v) for t, v in per_tahun],
                acuan=SERATUS,
            ),
            "Rata-rata capaian IKU yang terukur pada setiap tahun.",
        ),
        (
            f"Serapan anggaran kumulatif per triwulan {tahun}",
            kolom(
                f"Serapan anggaran {nama} sampai akhir setiap triwulan {tahun} (%)",
                [
                    (singkatan_triwulan(q), None if s is None else s.persen)
                    for q, s in per_triwulan.items()
                ],
            ),
            "Realisasi keuangan sampai akhir triwulan terhadap pagu setahun; "
            "– : realisasi tercatat melintasi akhir triwulan, pembagiannya tidak diketahui.",
        ),
    ]


class LintasPohon(Protocol):
    """A crosscutting link to draw beside a node (`kinerja.pohon.Lintas` is one)."""

    arah: str
    opd: str
    simpul: str | None
    capaian: Decimal | None

    @property
    def uraian(self) -> str: ...


class SimpulPohon(Protocol):
    """A node of a tree to draw (`kinerja.pohon.Simpul` is one)."""

    tingkat: str
    nomor: str
    nama: str
    penanggung_jawab: tuple[str, str] | None

    @property
    def anak(self) -> Sequence["SimpulPohon"]: ...


def pohon(
    judul: str,
    akar: SimpulPohon,
    sebutan: Mapping[str, str],
    capaian: Callable[[SimpulPohon], Decimal | None],
    warna: Callable[[Decimal | None], str | None],
    pagu: Callable[[SimpulPohon], Decimal | None],
) -> SafeString:
    """A branch of a pohon kinerja, drawn top-down as an outline: one box per node (its
    level and number, name, owner, capaian and the budget under it), each child one step
    to the right under its parent and joined to it by an elbow line. A box's class is the
    capaian's colour band (`warna`), styled by the page as its table's figures are. The
    drawing keeps its size and the page scrolls it: shrunk to a phone it could not be read.
    A node's crosscutting links (its `lintas`, when it has any) are dashed boxes (class
    `simpul lintas`) right under it, before its children, joined by a dashed line
    (`cabang lintas`)."""
    indent, kotak, tinggi_kotak, jarak, tepi = 26.0, 250.0, 66.0, 10.0, 4.0
    posisi: list[tuple[int, SimpulPohon]] = []

    lintas: list[tuple[int, LintasPohon]] = []  # (row, link) of the crosscutting boxes

    def susun(s: SimpulPohon, kedalaman: int) -> int:
        baris = len(posisi)
        posisi.append((kedalaman, s))
        # A node's crosscutting links: dashed boxes right under it, before its children.
        for tautan in getattr(s, "lintas", ()):
            lintas.append((len(posisi), tautan))
            garis.append((kedalaman, baris, len(posisi)))
            posisi.append((kedalaman + 1, s))
        for a in s.anak:
            anak_baris = susun(a, kedalaman + 1)
            garis.append((kedalaman, baris, anak_baris))
        return baris

    garis: list[tuple[int, int, int]] = []
    susun(akar, 0)
    baris_lintas = dict(lintas)

    def y(baris: int) -> float:
        return tepi + baris * (tinggi_kotak + jarak)

    isi = []
    for kedalaman, dari, ke in garis:
        x = tepi + kedalaman * indent + indent / 2
        isi.append(
            _html(
                '<polyline class="cabang{}" points="{},{} {},{} {},{}"/>',
                " lintas" if ke in baris_lintas else "",
                x,
                y(dari) + tinggi_kotak,
                x,
                y(ke) + tinggi_kotak / 2,
                x + indent / 2,
                y(ke) + tinggi_kotak / 2,
            )  # fmt: skip
        )
    uraian = []
    for baris, (kedalaman, s) in enumerate(posisi):
        x, atas = tepi + kedalaman * indent, y(baris)
        if baris in baris_lintas:
            isi.append(_kotak_lintas(baris_lintas[baris], x, atas, kotak, tinggi_kotak))
            uraian.append(baris_lintas[baris].uraian)
            continue
        nilai, uang = capaian(s), pagu(s)
        label = f"{sebutan[s.tingkat]} {s.nomor}".strip()
        angka = f"Capaian {_teks(nilai, '%')}"
        if uang is not None:
            angka += f" · Pagu {format_rupiah(uang)}"
        pemilik = s.penanggung_jawab[0] if s.penanggung_jawab else ""
        uraian.append(f"{label} {s.nama}: {angka.lower()}")
        isi.append(
            _html(
                "<g><title>{}: {}. {}</title>"
                '<rect x="{}" y="{}" width="{}" height="{}" rx="4" class="simpul {}"/>'
                '<text x="{}" y="{}" class="tingkat">{}</text>'
                '<text x="{}" y="{}" class="nama">{}</text>'
                '<text x="{}" y="{}" class="pemilik">{}</text>'
                '<text x="{}" y="{}" class="nilai">{}</text></g>',
                label,
                s.nama,
                angka,
                x,
                atas,
                kotak,
                tinggi_kotak,
                warna(nilai) or "tanpa",
                x + 6,
                atas + 13,
                label,
                x + 6,
                atas + 28,
                shorten(s.nama, 34, placeholder="…"),
                x + 6,
                atas + 43,
                shorten(pemilik, 40, placeholder="…"),
                x + 6,
                atas + 58,
                angka,
            )  # fmt: skip
        )
    kedalaman_terbesar = max(k for k, _ in posisi)
    return _svg(
        judul,
        "; ".join(uraian) + ".",
        y(len(posisi)) - jarak + tepi,
        isi,
        lebar=2 * tepi + kedalaman_terbesar * indent + kotak,
    )


def _kotak_lintas(t: LintasPohon, x: float, atas: float, kotak: float, tinggi: float) -> SafeString:
    """The box of a crosscutting link (`kinerja.pohon.Lintas`) under the node it belongs
    to: dashed, naming the direction, the partner OPD, its node and its capaian."""
    arah = "Crosscutting · didukung oleh" if t.arah == "didukung" else "Crosscutting · mendukung"
    return _html(
        "<g><title>{}</title>"
        '<rect x="{}" y="{}" width="{}" height="{}" rx="4" class="simpul lintas"/>'
        '<text x="{}" y="{}" class="tingkat">{}</text>'
        '<text x="{}" y="{}" class="nama">{}</text>'
        '<text x="{}" y="{}" class="pemilik">{}</text>'
        '<text x="{}" y="{}" class="nilai">{}</text></g>',
        t.uraian,
        x,
        atas,
        kotak,
        tinggi,
        x + 6,
        atas + 13,
        arah,
        x + 6,
        atas + 28,
        shorten(t.opd, 34, placeholder="…"),
        x + 6,
        atas + 43,
        shorten(t.simpul or "", 40, placeholder="…"),
        x + 6,
        atas + 58,
        f"Capaian {_teks(t.capaian, '%')}" if t.capaian is not None else "Capaian mitra –",
    )  # fmt: skip
